"""Which GUM document is in which split, and which documents are reserved.

Read from GUM/splits.md. GUM news documents are the project's extraction gold set: never
trained on, never used for model selection (``is_gum_news``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

NEWS_TEST = ("GUM_news_nasa", "GUM_news_sensitive")
INTERVIEW_TEST = ("GUM_interview_hill", "GUM_interview_libertarian")


@lru_cache(maxsize=4)
def _splits(corpora: Path) -> dict[str, str]:
    split = ""
    out: dict[str, str] = {}
    for line in (corpora / "GUM" / "splits.md").read_text(encoding="utf8").splitlines():
        head = re.match(r"^## (\w+)", line)
        if head:
            split = head.group(1)
            continue
        item = re.match(r"^\s*\*\s*(\S+)", line)
        if item and split:
            out[item.group(1)] = split
    return out


def gum_split(corpora: Path, name: str) -> str:
    """train, dev, test or test2 (documents missing from splits.md raise KeyError)."""
    return _splits(corpora)[name]


def is_gum_news(name: str) -> bool:
    return name.startswith("GUM_news_")
