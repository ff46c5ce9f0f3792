"""One list of settings: it feeds the CLI options, the environment, the config file and the docs.

A setting is read, in order, from the command line, the environment (``CLAIMLEDGER_<NAME>``), the
config file (``claimledger.toml`` in the working directory, or ``CLAIMLEDGER_CONFIG``), and its
default. ``docs/SETTINGS.md`` is generated from this list and a test keeps them in step.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "CLAIMLEDGER_" + self.name.upper()


SETTINGS = [
    Setting("db", "claimledger.db", "The store: a SQLite file path or a postgresql:// URL."),
    Setting(
        "max_bytes",
        8 * 1024 * 1024,
        "Largest single input file (or JSONL line) read, in bytes; larger ones are refused unread (E107).",
    ),
    Setting(
        "max_chars",
        100_000,
        "Largest article text analysed, in characters (a long news article has 20,000): a longer article is cut at the last paragraph break before the limit and its ledger says so (article.truncated). Memory and time grow with it: 300,000 characters take ~1.3 GB and a minute (make bench-big-input).",
    ),
    Setting(
        "time_limit",
        60.0,
        "Seconds one article may take in a batch before it is recorded as rejected (E501); 0 turns the limit off.",
    ),
    Setting("batch_size", 32, "Articles parsed together by the language pipeline."),
    Setting("workers", 1, "Worker processes for analyze and ingest."),
    Setting(
        "model",
        "",
        "Directory of a language pipeline to use instead of the shipped one (for example one rebuilt by make train); empty: the shipped pipeline.",
    ),
]
BY_NAME = {s.name: s for s in SETTINGS}


def _config_file() -> dict[str, Any]:
    path = Path(os.environ.get("CLAIMLEDGER_CONFIG", "claimledger.toml"))
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


_overrides: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "claimledger_settings", default=None
)


@contextlib.contextmanager
def overrides(**values: Any) -> Iterator[None]:
    """Settings given on the command line, for the duration of a command (None: not given)."""
    token = _overrides.set({**(_overrides.get() or {}), **{k: v for k, v in values.items() if v is not None}})
    try:
        yield
    finally:
        _overrides.reset(token)


def get(name: str, given: Any = None) -> Any:
    """The value of setting ``name``: ``given``, else the command line's, environment, config file, default."""
    setting = BY_NAME[name]
    if given is not None:
        return given
    given_now = _overrides.get() or {}
    if name in given_now:
        return given_now[name]
    if setting.env in os.environ:
        raw = os.environ[setting.env]
        return type(setting.default)(raw) if setting.default is not None else raw
    config = _config_file()
    if name in config:
        return config[name]
    return setting.default


def markdown() -> str:
    """The settings table of docs/SETTINGS.md."""
    lines = [
        "# Settings",
        "",
        "Every setting can be given on the command line (`--name`), in the environment",
        "(`CLAIMLEDGER_NAME`) or in `claimledger.toml` (`name = value`), in that order of precedence.",
        "This file is generated from `src/claimledger/settings.py` (`python -m claimledger.settings`).",
        "",
        "| setting | environment | default | meaning |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        lines.append(f"| `{s.name}` | `{s.env}` | `{s.default}` | {s.help} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(markdown(), end="")
