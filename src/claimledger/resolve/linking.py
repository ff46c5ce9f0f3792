"""The same person or body across articles and spellings, with a reason anyone can check.

Keys are built from normalised name tokens:
- transliteration variants fold together (Syrskyi/Syrsky/Syrskiy → syrsky, Zelenskyy/Zelensky →
  zelensky, Kharkov/Kharkiv-style kh → h, x → ks, w → v);
- a state is its ISO code; in an organisation, demonyms and country names become the country
  code and word order and filler words do not matter ("Russian Defence Ministry", "Russia's
  defence ministry", "the Russian Ministry of Defense" → org:RU defence ministry);
- people match when one name's tokens are contained in the other's, allowing one edit in long
  tokens, Ukrainian h for Russian g (Heorhii/Georgiy), and initials ("O. Syrsky").

>>> person_tokens("Oleksandr Syrskyi") == person_tokens("Syrsky Oleksandr")
True
>>> org_key("the Russian Ministry of Defense") == org_key("Russia's defence ministry")
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..geo import load_gazetteer

_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "general",
    "col",
    "colonel",
    "lt",
    "president",
    "minister",
    "prime",
    "sir",
    "lord",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "mayor",
    "sheikh",
    "king",
    "queen",
}
_ORG_FILLER = {"the", "of", "for", "and", "in", "on", "federation", "republic", "s", "state"}
_SPELLING = {"defense": "defence", "center": "centre", "organization": "organisation", "program": "programme"}


def fold(text: str) -> str:
    """ASCII, lower case, letters and spaces only."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"['’`]s\b", "", re.sub(r"[^a-z0-9'’` ]+", " ", text)).replace("'", "").split())


def translit(token: str) -> str:
    """One spelling for common romanisation variants of a name token."""
    t = token
    t = t.replace("kh", "h").replace("x", "ks").replace("w", "v").replace("ph", "f")
    t = re.sub(r"(?:yy|iy|yi|ii|ij|yj)$", "y", t)
    t = t.replace("yy", "y").replace("iy", "y")
    return t


def person_tokens(name: str) -> frozenset[str]:
    return frozenset(translit(t) for t in fold(name).split() if t not in _TITLES and t)


def org_key(name: str) -> str:
    gaz = load_gazetteer()
    words = []
    for w in fold(name).split():
        w = _SPELLING.get(w, w)
        if w in _ORG_FILLER:
            continue
        code = gaz.demonym(w)
        if code is None:
            country = next((e for e in gaz.lookup(w)[:1] if e.kind == "country"), None)
            code = country.country_code if country else None
        words.append(code if code else w)
    return "org:" + " ".join(sorted(set(words)))


def state_key(name: str) -> str | None:
    gaz = load_gazetteer()
    entry = next((e for e in gaz.lookup(name)[:1] if e.kind == "country"), None)
    return f"state:{entry.country_code}" if entry else None


def entity_key(name: str, type_: str) -> str:
    """The cross-article key of an entity of the ledger."""
    if type_ == "state":
        return state_key(name) or "state:" + fold(name)
    if type_ == "person":
        return "person:" + " ".join(sorted(person_tokens(name)))
    if type_ == "organization":
        return org_key(name)
    return f"{type_}:" + fold(name)


@dataclass(frozen=True, slots=True)
class Link:
    same: bool
    reason: str


def same_person(a: str, b: str) -> Link:
    """Whether two names can be the same person, and why."""
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return Link(False, "no name")
    if ta == tb:
        return Link(True, f"same name after normalising spelling ({' '.join(sorted(ta))})")
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    matched = {s: next((t for t in big if _token_match(s, t)), None) for s in small}
    if all(matched.values()):
        pairs = ", ".join(f"{s}~{t}" if s != t else s for s, t in matched.items())
        return Link(True, f"name tokens match ({pairs})")
    return Link(False, "different names")


def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial
    if a.replace("h", "g") == b.replace("h", "g"):
        return True  # Ukrainian h for Russian g: Heorhii / Georgiy
    return min(len(a), len(b)) >= 5 and _edit_distance(a, b) <= 1


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
