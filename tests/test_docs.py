"""Docs cannot drift: every command and every setting is documented."""

from __future__ import annotations

from claimledger import settings
from claimledger.cli import main

from .conftest import ROOT


def test_every_command_is_in_the_cli_docs():
    text = (ROOT / "docs" / "CLI.md").read_text()
    for name in main.commands:
        assert f"`{name}" in text, f"command {name!r} is missing from docs/CLI.md"


def test_settings_doc_is_generated_from_the_settings_list():
    assert (ROOT / "docs" / "SETTINGS.md").read_text() == settings.markdown()


def test_settings_precedence(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert settings.get("time_limit") == 60.0
    (tmp_path / "claimledger.toml").write_text("time_limit = 5.0\n")
    assert settings.get("time_limit") == 5.0
    monkeypatch.setenv("CLAIMLEDGER_TIME_LIMIT", "7")
    assert settings.get("time_limit") == 7.0
    with settings.overrides(time_limit=9.0):
        assert settings.get("time_limit") == 9.0
    assert settings.get("time_limit", 3.0) == 3.0
