"""Load and check gold annotation files (the format of ../shared/gold/GUIDELINES.md).

Annotated strings are exact substrings of ``text``; ``occurrence`` (1-based) picks among repeats.
``locate`` turns them into character offsets so the scorer can compare spans.

    python -m eval.goldset eval/gold            # check every file, print a summary
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STATEMENT_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organization", "media", "anonymous", "unnamed_group", "unspecified"}
BOUNDS = {"exact", "approximately", "at_least", "more_than", "less_than", "up_to", "nearly", "range", "vague"}
PLACE_USAGES = {"location", "actor", "both", "dateline"}
GRANULARITIES = {"day", "week", "month", "year", "time", "range", "period", "vague"}
EVENT_TYPES = {
    "ASSAULT",
    "SEIZE",
    "RETREAT",
    "DEFEND",
    "MOBILIZE",
    "RESTRICT",
    "EVACUATE",
    "KILL",
    "INJURE",
    "THREATEN",
    "DEMAND",
    "PROPOSE",
    "AGREE",
    "REJECT",
    "ACCUSE",
    "SUPPORT",
    "SANCTION",
    "ARREST",
}
REQUIRED = ("id", "published", "source", "licence", "text", "statements", "quantities", "places", "dates")


@dataclass
class GoldError:
    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


def locate(text: str, needle: str, occurrence: int = 1, after: int = 0) -> int:
    """Start offset of the ``occurrence``-th ``needle`` in ``text`` at or after ``after``; -1 if absent."""
    pos = after - 1
    for _ in range(max(occurrence, 1)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def check_file(path: Path) -> list[GoldError]:
    errors: list[GoldError] = []

    def err(where: str, msg: str) -> None:
        errors.append(GoldError(path.name, where, msg))

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [GoldError(path.name, "file", str(exc))]
    for key in REQUIRED:
        if key not in doc:
            err("file", f"missing key {key!r}")
    if errors:
        return errors
    text = doc["text"]
    if doc["id"] != path.stem:
        err("id", f"id {doc['id']!r} differs from the file name")

    def need(where: str, value: Any, occurrence: Any = 1) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value:
            err(where, f"not a non-empty string: {value!r}")
        elif locate(text, value, int(occurrence or 1)) < 0:
            err(where, f"{value!r} (occurrence {occurrence or 1}) is not in the text")

    ids = set()
    for i, st in enumerate(doc["statements"]):
        w = f"statements[{i}] {st.get('id')}"
        ids.add(st.get("id"))
        need(w + ".content", st.get("content"), st.get("occurrence"))
        need(w + ".cue", st.get("cue"))
        need(w + ".speaker_text", st.get("speaker_text"))
        if st.get("kind") not in STATEMENT_KINDS:
            err(w, f"kind {st.get('kind')!r}")
        if st.get("speaker_type") not in SPEAKER_TYPES:
            err(w, f"speaker_type {st.get('speaker_type')!r}")
        if not isinstance(st.get("anonymous"), bool):
            err(w, "anonymous must be true or false")
    for i, q in enumerate(doc["quantities"]):
        w = f"quantities[{i}] {q.get('id')}"
        need(w + ".text", q.get("text"), q.get("occurrence"))
        if q.get("bound") not in BOUNDS:
            err(w, f"bound {q.get('bound')!r}")
        if not isinstance(q.get("value"), (int, float)):
            err(w, f"value {q.get('value')!r} is not a number")
        if q.get("statement_id") and q["statement_id"] not in ids:
            err(w, f"statement_id {q['statement_id']!r} is not a statement id")
    for i, p in enumerate(doc["places"]):
        w = f"places[{i}]"
        need(w + ".text", p.get("text"))
        if p.get("usage") not in PLACE_USAGES:
            err(w, f"usage {p.get('usage')!r}")
    for i, d in enumerate(doc["dates"]):
        w = f"dates[{i}]"
        need(w + ".text", d.get("text"), d.get("occurrence"))
        if d.get("granularity") not in GRANULARITIES:
            err(w, f"granularity {d.get('granularity')!r}")
    for i, ev in enumerate(doc.get("events", [])):
        w = f"events[{i}] {ev.get('id')}"
        need(w + ".trigger", ev.get("trigger"), ev.get("occurrence"))
        if ev.get("type") not in EVENT_TYPES:
            err(w, f"type {ev.get('type')!r}")
        if ev.get("statement_id") and ev["statement_id"] not in ids:
            err(w, f"statement_id {ev['statement_id']!r} is not a statement id")
    return errors


def gold_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith("_"))


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else "eval/gold")
    files = gold_files(root)
    problems = [e for f in files for e in check_file(f)]
    for e in problems:
        print(e)
    counts: dict[str, int] = {}
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        for key in ("statements", "quantities", "places", "dates", "events"):
            counts[key] = counts.get(key, 0) + len(doc.get(key, []))
    print(f"{len(files)} files, {len(problems)} problems;", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
