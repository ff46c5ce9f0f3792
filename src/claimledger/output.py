"""Shared output options of the read commands: the same rows as a table, JSON, JSONL or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")


def render_rows(rows: Sequence[dict[str, Any]], fmt: str, title: str | None = None) -> str | None:
    """Text for ``json``/``jsonl``/``csv``; for ``table`` print with rich and return None."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        columns = list(rows[0]) if rows else []
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _cell(v) for k, v in r.items()})
        return buf.getvalue().rstrip("\n")
    _table(rows, title)
    return None


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _table(rows: Sequence[dict[str, Any]], title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=160)
    table = Table(title=title, title_justify="left", expand=True)
    columns = list(rows[0]) if rows else ["(nothing found)"]
    for col in columns:
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(*(Text("" if r.get(c) is None else str(_cell(r.get(c)))) for c in columns))
    console.print(table)
