"""The vendored assets: pinned, licensed, present, and the only things the pages load."""

from __future__ import annotations

import json
import re
from pathlib import Path

from claimledger.serve import app as serve_app

from ..conftest import ROOT

SERVE = Path(serve_app.__file__).parent
VENDOR = SERVE / "static" / "vendor"
PINNED = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
LICENSES = (VENDOR / "LICENSES.md").read_text(encoding="utf-8")


def _rows() -> dict[str, list[str]]:
    rows = {}
    for line in LICENSES.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 6 and cells[0] in PINNED:
            rows[cells[0]] = cells
    return rows


def test_every_pinned_package_is_recorded_with_version_licence_and_source():
    rows = _rows()
    assert set(rows) == set(PINNED)
    for name, (_, version, licence, _files, _purpose, source) in rows.items():
        assert version == PINNED[name] and re.fullmatch(r"\d+\.\d+\.\d+", version)
        assert licence and licence != "None"
        assert f"https://www.npmjs.com/package/{name}/v/{version}" in source
        assert (VENDOR / name / "LICENSE").stat().st_size > 100


def test_the_lock_file_pins_the_same_versions():
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    for name, version in PINNED.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
        assert lock["packages"][f"node_modules/{name}"]["integrity"].startswith("sha512-")


def test_every_vendored_file_is_listed():
    rows = _rows()
    for path in VENDOR.rglob("*"):
        if path.is_dir() or path.parent == VENDOR or path.name == "LICENSE":
            continue
        package = path.relative_to(VENDOR).parts[0]
        assert f"`{path.name}`" in rows[package][3], path


def _our_files() -> list[Path]:
    return [p for p in (SERVE / "templates").glob("*.html")] + [p for p in (SERVE / "static").glob("*.*")]


def test_pages_load_only_files_this_server_has():
    referenced = set()
    for path in _our_files():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), f"{path.name} refers to another site"
        referenced |= set(re.findall(r"""["'](/static/[^"'?#]+)""", text))
    assert referenced, "the pages load their scripts and styles from /static"
    for url in referenced:
        assert (SERVE / url.removeprefix("/")).is_file(), url
    for needed in (
        "htmx.min.js",
        "vega.min.js",
        "vega-lite.min.js",
        "vega-embed.min.js",
        "leaflet.js",
        "topojson-client.min.js",
        "countries-50m.json",
    ):
        assert any(u.endswith(needed) for u in referenced), needed


def test_no_inline_script_or_style_in_templates():
    for path in (SERVE / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, f"{path.name}: {tag}"
        assert not re.search(r"\sstyle=|<style|\son[a-z]+=", text), path.name
        assert "|safe" not in text, f"{path.name} turns off escaping"
