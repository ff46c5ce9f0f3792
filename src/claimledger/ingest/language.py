"""Is this English? A small, offline language check for articles.

Scripts decide first (Cyrillic, Arabic, Hebrew, CJK, Devanagari... text is not English); Latin
text is scored by the share of each language's most frequent function words
(``data/stopwords.tsv``). Short texts are given the benefit of the doubt.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

MIN_WORDS = 12
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS = {
    "CYRILLIC": "ru/uk",
    "ARABIC": "ar",
    "HEBREW": "he",
    "CJK": "zh/ja",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "GREEK": "el",
    "THAI": "th",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
}


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    text = (resources.files("claimledger") / "data" / "stopwords.tsv").read_text(encoding="utf-8")
    return {
        row.split("\t")[0]: frozenset(row.split("\t")[1].split())
        for row in text.splitlines()
        if row.strip() and not row.startswith("#")
    }


def detect_language(text: str) -> str:
    """An ISO 639-1 code (or a script family such as "ru/uk"); "en" when unsure."""
    sample = text[:20_000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "en"
    scripts: dict[str, int] = {}
    for ch in letters[:5000]:
        name = unicodedata.name(ch, "")
        for key in _SCRIPTS:
            if name.startswith(key) or (key == "CJK" and "CJK" in name):
                scripts[key] = scripts.get(key, 0) + 1
                break
    top = max(scripts, key=lambda k: scripts[k]) if scripts else None
    if top and scripts[top] > 0.4 * min(len(letters), 5000):
        return _SCRIPTS[top]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return "en"
    scores = {lang: sum(w in stop for w in words) / len(words) for lang, stop in _stopwords().items()}
    best = max(scores, key=lambda k: scores[k])
    if best != "en" and scores[best] > 1.5 * scores["en"] and scores[best] > 0.08:
        return best
    return "en"
