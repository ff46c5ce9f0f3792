"""Who a speaker mention refers to, within one article, and the article's entities.

- names: people by surname ("Tykhy" → "Georgiy Tykhy", the fullest form in the text),
  organisations by their normalised name, states by country ("Kyiv said" → Ukraine);
- pronouns: the nearest preceding person (he/she), organisation or state (it), group (they) —
  statement speakers first, then named people, within a few sentences (Krestel et al. 2008);
- descriptions: a definite description ("the official", "the minister") takes the nearest earlier
  referent with the same head noun or role; otherwise it is a source of its own, anonymous when
  no name or specific organisation is given (GUIDELINES.md); "the official", which any holder of an
  office may be called, is the titled person who spoke last when he spoke after any earlier
  "official" ("an SDF official told VOA ... said Farhad Shami, head of SDF's media center ... The
  Kurdish official said" → Farhad Shami; the earlier anonymous official stays apart);
- the writer: "I" in a release whose title names its author ("Statement by Secretary of Defense
  Ash Carter on ...", "Lt. Gen. Townsend statement on ...") is that author when no earlier person
  spoke;
- documents: "the statement added" is the author of the statement just reported ("X said in a
  statement ... the statement added" → X), the latest statement speaker that is no description.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from ..extract import lexicon
from ..extract.mentions import Mention
from ..geo import REGION_WORD, load_gazetteer
from ..records import Entity, Speaker
from ..records import Span as TextSpan

EXTRACTOR = "speakers@1"
# Heads that name a state's own forces ("Ukrainian troops" → Ukraine); events use them too.
STATE_FORCE_HEADS = frozenset(
    {"force", "forces", "troops", "troop", "army", "military", "soldiers", "navy", "government"}
)
_FORCE_NOUNS = STATE_FORCE_HEADS | {
    "servicemen",
    "authorities",
    "units",
    "unit",
    "jets",
    "aircraft",
    "drones",
    "artillery",
    "fighters",
    "side",
    "defences",
    "defenses",
    "command",
    "officials",
    "leadership",
    "regime",
}
PRONOUN_WINDOW = 4  # sentences back
_FIRST_PERSON = {"i", "me", "we", "us"}
_GROUP_NOUNS = {"group", "organization", "organisation", "militia", "movement"}
# Nouns any office-holder may be called, whatever his title: "the official".
_OFFICE_NOUNS = {"official"}
# Documents that "say" what their author said in them: "the statement added".
_DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "release", "readout"}
_ORG_NORMALISE = [
    (re.compile(r"^(the|a|an)\s+", re.I), ""),
    (re.compile(r"['’]s\b"), ""),
    (re.compile(r"\bdefense\b", re.I), "defence"),
]


@dataclass
class Referent:
    key: str
    name: str
    type: str  # person | organization | state | group
    anonymous: bool = False
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    heads: set[str] = field(default_factory=set)
    mentions: list[TextSpan] = field(default_factory=list)
    gender: str | None = None
    last_pos: int = -1
    last_sentence: int = -1
    id: str | None = None


class SpeakerResolver:
    """Resolves mentions in text order; keeps the referents it has seen."""

    def __init__(self, named: list[Mention], title: str | None = None) -> None:
        self.gaz = load_gazetteer()
        self._author_named = title_author(title) if title else None
        self.referents: dict[str, Referent] = {}
        self._seen: dict[tuple[int, int], Referent] = {}  # one mention, one referent (coordinated cues)
        self._authors: list[tuple[int, Referent]] = []  # statement speakers, by position
        self.order: list[Referent] = []
        self._named = sorted(named, key=lambda m: m.span.start)
        self._people = self._cluster_people()

    # -- people named in the text -------------------------------------------------------------
    def _cluster_people(self) -> dict[str, str]:
        """Surname/first-token → fullest name, from every PERSON mention."""
        full: dict[str, str] = {}
        for m in self._named:
            if m.label != "PERSON":
                continue
            name = (m.name or m.span).text
            parts = _name_tokens(name)
            if not parts:
                continue
            key = parts[-1].casefold()
            if key not in full or len(parts) > len(_name_tokens(full[key])):
                full[key] = _clean_name(name)
        return full

    def _surname_key(self, word: str) -> str:
        """The key of the one person whose name holds ``word`` (a middle or compound surname:
        "Faki" in "Moussa Faki Mahamat"), else ``word`` itself."""
        key = word.casefold()
        if key in self._people and len(_name_tokens(self._people[key])) > 1:
            return key
        holders = {
            k for k, full in self._people.items() if key in (t.casefold() for t in _name_tokens(full)[1:])
        }
        if not holders and len(key) >= 5:  # a misspelt surname: "Water said" after "Kathryn Waters"
            holders = {k for k, full in self._people.items() if len(_name_tokens(full)) > 1 and _near(k, key)}
        return holders.pop() if len(holders) == 1 else key

    # -- public --------------------------------------------------------------------------------
    def resolve(self, m: Mention) -> Referent:
        if m.long_form is not None and m.kind != "pronoun":  # "ISIL", "the M5S party": the body spelled out
            m = replace(m, kind="name", label="ORG", name=m.long_form, modifier=None)
        ref = self._seen.get((m.span.start, m.span.end)) or self._joint(m) or self._find(m) or self._new(m)
        self._seen[(m.span.start, m.span.end)] = ref
        ref.mentions.append(m.span)
        ref.last_pos, ref.last_sentence = m.span.start, m.sentence
        if m.role is not None and m.role.text not in ref.roles:
            ref.roles.append(m.role.text)
        ref.heads.add(m.head)
        if m.role is not None:
            ref.heads.update(w.casefold() for w in m.role.text.split())
        ref.affiliation = ref.affiliation or self._affiliation(m)
        return ref

    def speaker(self, m: Mention) -> Speaker:
        ref = self.resolve(m)
        if not ref.key.startswith("desc:") and ref.type in ("person", "organization", "state"):
            self._authors.append((m.span.start, ref))
        role = m.role.text if m.role is not None else (ref.roles[0] if ref.roles else None)
        return Speaker(
            text=m.span.text,
            start=m.span.start,
            end=m.span.end,
            name=ref.name,
            entity=ref.key,
            type="organization" if ref.type == "state" else ref.type,  # type: ignore[arg-type]
            anonymous=ref.anonymous,
            role=role,
        )

    def party(self, m: Mention) -> Referent:
        """The side an event actor or target stands for: a state for its forces, government or
        places ("Ukrainian forces", "Kyiv", "Russia's Kursk region" → the state), else the referent."""
        if m.kind == "description" and m.modifier is not None and not m.demonyms:
            # "ISIL targets", "Coalition military forces": the named body they belong to
            named = Mention(
                m.modifier,
                "name",
                m.modifier.text.lower(),
                label="ORG",
                name=m.long_form or m.modifier,
                sentence=m.sentence,
            )
            if self._state_code(named) is None:
                return self.resolve(named)
        code = self._side_code(m)
        if code is not None:
            key = f"state:{code}"
            ref = self.referents.get(key)
            if ref is None:
                country = self.gaz.country(code)
                ref = Referent(key, country.name if country else m.span.text, "state")
                self.referents[key] = ref
                self.order.append(ref)
            ref.mentions.append(m.span)
            ref.last_pos, ref.last_sentence = m.span.start, m.sentence
            return ref
        return self.resolve(m)

    def _side_code(self, m: Mention) -> str | None:
        if m.kind == "pronoun":
            return None
        if m.head in _FORCE_NOUNS and m.demonyms and m.label not in ("PERSON", "ORG"):
            for word in m.demonyms:
                code = self.gaz.demonym(re.sub(r"['’]s$", "", word))
                if code:
                    return code
        state = self._state_code(m)
        if state is not None:
            return state
        if m.kind == "name" and m.label not in ("PERSON", "ORG", "NORP"):
            text = _strip_determiner(m.name.text if m.name else m.span.text)
            for entry in self.gaz.lookup(text)[:1]:
                if entry.kind != "city" or entry.population >= 100_000:
                    return entry.country_code  # a village called West does not make "the West" a side
            stem, _, last = text.rpartition(" ")
            # "the Kursk region" is Kursk Oblast; "Hurricane Katrina" is not a region of Hurricane, Utah
            region = self.gaz.region_named(stem) if stem and REGION_WORD.match(last) else None
            if region is not None:
                return region.country_code
        if m.kind == "name" and m.label == "NORP":
            return self.gaz.demonym(m.span.text)
        return None

    def add_named(self) -> None:
        """Register every named person and organisation, so that entities list them all."""
        for m in self._named:
            if m.label in ("PERSON", "ORG") and not any(m.span in r.mentions for r in self.order):
                self.resolve(m)

    def entities(self) -> list[Entity]:
        out = []
        for n, ref in enumerate(sorted(self.order, key=lambda r: r.mentions[0].start), 1):
            ref.id = f"e{n}"
            out.append(
                Entity(
                    id=ref.id,
                    name=ref.name,
                    type=ref.type,  # type: ignore[arg-type]
                    roles=list(ref.roles),
                    affiliation=ref.affiliation,
                    # by start, then end: two mentions starting together ("ISIL" and "ISIL in
                    # Iraq and Syria") in one order whatever the set's (hash-seeded) order
                    mentions=sorted(set(ref.mentions), key=lambda s: (s.start, s.end)),
                    extractor=EXTRACTOR,
                )
            )
        return out

    # -- matching ------------------------------------------------------------------------------
    def _find(self, m: Mention) -> Referent | None:
        if m.kind == "pronoun":
            return self._antecedent(m)
        state = self._state_code(m)
        if state is not None:
            return self.referents.get(f"state:{state}")
        if m.kind == "name" and self._is_person(m):
            return self.referents.get(f"person:{self._person_key(m)}")
        if m.kind == "name":
            return self.referents.get(f"org:{_org_key(m.name.text if m.name else m.span.text)}")
        if m.definite:
            return self._described(m)
        return None

    def _new(self, m: Mention) -> Referent:
        state = self._state_code(m)
        if state is not None:
            country = self.gaz.country(state)
            ref = Referent(
                f"state:{state}", country.name if country else m.span.text, "state", affiliation=None
            )
        elif m.kind == "name" and self._is_person(m):
            key = self._person_key(m)
            ref = Referent(
                f"person:{key}",
                self._people.get(key, _clean_name(m.name.text if m.name else m.span.text)),
                "person",
            )
        elif m.kind == "name":
            name = _clean_name(m.name.text if m.name else m.span.text)
            ref = Referent(f"org:{_org_key(name)}", name, "organization")
        else:
            kind = self._noun_type(m)
            name = _strip_determiner(m.span.text)
            ref = Referent(
                f"desc:{name.casefold()}:{m.span.start}", name, kind, anonymous=kind in ("person", "group")
            )
            if m.kind == "pronoun":
                ref.anonymous, ref.type = False, "person" if m.gender else "group"
        self.referents[ref.key] = ref
        self.order.append(ref)
        return ref

    def _antecedent(self, m: Mention) -> Referent | None:
        if m.head in _FIRST_PERSON:
            return self._first_person(m)
        wanted: tuple[str, ...] = {"m": ("person",), "f": ("person",)}.get(m.gender or "") or (
            ("group", "organization", "state") if m.plural else ("organization", "state")
        )
        barred = self._barred(m)
        best = None
        for ref in self.order:
            if (
                ref.type in wanted
                and ref.key not in barred
                and ref.last_pos < m.span.start
                and m.sentence - ref.last_sentence <= PRONOUN_WINDOW
            ) and (best is None or ref.last_pos > best.last_pos):
                best = ref
        named = [
            n
            for n in self._named
            if n.label == "PERSON"
            and not n.quoted  # a name in someone's words is not who "she" is in the narration
            and n.span.start < m.span.start
            and f"person:{self._person_key(n)}" not in barred
            and m.sentence - n.sentence <= PRONOUN_WINDOW
        ]
        if "person" in wanted and named and (best is None or named[-1].span.start > best.last_pos):
            return self.resolve(_salient(named))
        return best

    def _barred(self, m: Mention) -> set[str]:
        """The people named in the words a pronoun source governs, whom it cannot refer to."""
        if m.disjoint is None:
            return set()
        start, end = m.disjoint
        return {
            f"person:{self._person_key(n)}"
            for n in self._named
            if n.label == "PERSON" and start <= n.span.start and n.span.end <= end
        }

    def _first_person(self, m: Mention) -> Referent | None:
        """ "I"/"we" in the narration are the writer of a statement: the last speaker of the same
        kind ("The United States condemns ... We offer ..."), never a name merely mentioned."""
        wanted = ("person",) if m.head in ("i", "me") else ("organization", "state", "group")
        earlier = [
            r
            for r in self.order
            if r.type in wanted and r.last_pos < m.span.start and not r.key.startswith("desc:")
        ]  # "media reports have speculated ... As we have made clear": not the reports
        best = max(earlier, key=lambda r: r.last_pos, default=None)
        if best is not None and m.sentence - best.last_sentence <= PRONOUN_WINDOW:
            return best
        return self._title_author() if wanted == ("person",) else None

    def _title_author(self) -> Referent | None:
        """The person a "Statement by X" title names as the release's author, as the text names him."""
        if self._author_named is None:
            return None
        name, role = self._author_named
        parts = _name_tokens(name)
        key = self._surname_key(parts[-1])
        ref = self.referents.get(f"person:{key}")
        if ref is None:
            ref = Referent(
                f"person:{key}", self._people.get(key, name), "person", roles=[role] if role else []
            )
            self.referents[ref.key] = ref
            self.order.append(ref)
        return ref

    def _described(self, m: Mention) -> Referent | None:
        head = m.head.casefold()
        if m.count is not None and m.plural and self._noun_type(m) in ("person", "group"):
            return self._counted(m, m.count)
        best = None
        for ref in sorted(self.order, key=lambda r: -r.last_pos):
            if ref.last_pos < m.span.start and head in ref.heads:
                best = ref
                break
        if head in _OFFICE_NOUNS and not m.plural:
            holder = self._office_holder(m)
            if holder is not None and (best is None or best.last_pos < holder.last_pos):
                return holder
        if head in _DOCUMENT_NOUNS and m.name is None and m.modifier is None and not m.demonyms:
            author = self._author(m)
            if author is not None and (best is None or best.last_pos < author.last_pos):
                return author
        # a person named earlier with this role, even if not yet a speaker: "Secretary of State
        # Antony J. Blinken spoke today ... The Secretary emphasized ..."
        for n in reversed(self._named):
            if n.span.start >= m.span.start or n.label != "PERSON" or n.role is None:
                continue
            if best is not None and best.last_pos > n.span.start:
                break
            if head in (w.casefold() for w in n.role.text.split()):
                return self.resolve(n)
        if best is None and head in _GROUP_NOUNS and not m.plural:
            return self._nearest_organisation(m)
        return best

    def _author(self, m: Mention) -> Referent | None:
        """ "the statement added": who made the statement reported last, within a few sentences."""
        earlier = [ref for pos, ref in self._authors if pos < m.span.start]
        if not earlier or m.sentence - earlier[-1].last_sentence > PRONOUN_WINDOW:
            return None
        return earlier[-1]

    def _office_holder(self, m: Mention) -> Referent | None:
        """ "the Kurdish official": the last speaker, if a named person with a title, within a few
        sentences and of no other country than the description gives."""
        ref = self._author(m)
        if ref is None or ref.type != "person" or not ref.roles:
            return None
        wanted = self._affiliation(m)
        return ref if wanted is None or ref.affiliation in (None, wanted) else None

    def _nearest_organisation(self, m: Mention) -> Referent | None:
        """ "The group claimed ...": the organisation named last before, within a few sentences."""
        for n in reversed(self._named):
            if n.span.start >= m.span.start or n.quoted or n.label != "ORG":
                continue
            return self.resolve(n) if m.sentence - n.sentence <= PRONOUN_WINDOW else None
        return None

    def _counted(self, m: Mention, count: int) -> Referent | None:
        """ "The two leaders agreed": the last ``count`` people named before, together."""
        people: list[Mention] = []
        for n in reversed(self._named):
            if n.span.start >= m.span.start or n.label != "PERSON" or n.quoted:
                continue
            key = self._person_key(n)
            if all(self._person_key(p) != key for p in people):
                people.append(n)
            if len(people) == count:
                break
        if len(people) < count or m.sentence - people[-1].sentence > PRONOUN_WINDOW:
            return None
        return self._group([self.resolve(n) for n in sorted(people, key=lambda n: n.span.start)])

    def _joint(self, m: Mention) -> Referent | None:
        """ "Secretary Blinken and Chairperson Faki agreed": the people together, each resolved
        by name."""
        if m.kind != "name" or len(m.members) < 2:
            return None
        return self._group(
            [
                self.resolve(
                    Mention(
                        n, "name", n.text.split()[-1].casefold(), label="PERSON", name=n, sentence=m.sentence
                    )
                )
                for n in m.members
            ]
        )

    def _group(self, members: list[Referent]) -> Referent:
        key = "group:" + "+".join(r.key for r in members)
        ref = self.referents.get(key)
        if ref is None:
            ref = Referent(key, " and ".join(r.name for r in members), "group")
            self.referents[key] = ref
            self.order.append(ref)
        return ref

    # -- typing ----------------------------------------------------------------------------------
    def _is_person(self, m: Mention) -> bool:
        if m.label == "PERSON":
            return True
        if m.label in ("GPE", "ORG", None) and self._known_surname(m):
            return True  # "Tykhy told reporters" tagged as a place or a body, "Georgiy Tykhy" named earlier
        if m.label in ("ORG", "GPE", "NORP"):
            return False
        return m.role is not None or self._noun_type(m) == "person"

    def _person_key(self, m: Mention) -> str:
        parts = _name_tokens(m.name.text if m.name else m.span.text)
        return self._surname_key(parts[-1]) if parts else m.span.text.casefold()

    def _known_surname(self, m: Mention) -> bool:
        """A one-word name that is the last word of a longer person's name in this article."""
        parts = _name_tokens(m.name.text if m.name else m.span.text)
        full = self._people.get(self._surname_key(parts[-1])) if len(parts) == 1 else None
        return full is not None and len(_name_tokens(full)) > 1

    def _state_code(self, m: Mention) -> str | None:
        """A country or capital used as a speaker or actor ("Ukraine said", "Kyiv said")."""
        if m.kind != "name" or m.label in ("ORG", "NORP"):
            return None
        if m.label == "PERSON" and (len(_name_tokens(m.span.text)) > 1 or self._known_surname(m)):
            return None  # a one-word "person" that is a capital is the capital ("Kyiv's objective")
        text = _strip_determiner(m.name.text if m.name else m.span.text)
        for entry in self.gaz.lookup(text)[:1]:
            if entry.kind == "country":
                return entry.country_code
            if entry.kind == "city" and self.gaz.capital_of(entry) is not None:
                return self.gaz.capital_of(entry)
        return None

    def _noun_type(self, m: Mention) -> str:
        entry = lexicon.table("speaker_nouns.tsv").get(m.head.casefold())
        if entry is None:
            return "group" if m.plural else "person" if m.kind == "pronoun" else "organization"
        kind = entry[0]
        return "group" if m.plural and kind == "person" else kind

    def _affiliation(self, m: Mention) -> str | None:
        for word in (*m.demonyms, *(m.role.text.split() if m.role else ())):
            word = re.sub(r"['’]s$", "", word)
            code = self.gaz.demonym(word) or next(
                (e.country_code for e in self.gaz.lookup(word)[:1] if e.kind == "country"), None
            )
            if code:
                country = self.gaz.country(code)
                return country.name if country else None
        return None


_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_STATEMENT_BY = re.compile(
    r"^(?:joint\s+)?statement\s+(?:by|from)\s+(?P<by>.+?)(?:\s+(?:on|regarding|about|following|after|to)\s.*)?$"
    r"|^(?P<of>.+?)(?:['’]s)?\s+statement\s+(?:on|regarding|about|following|after)\s",
    re.IGNORECASE,
)


def title_author(title: str) -> tuple[str, str | None] | None:
    """The person a release's title names as its author, with the title before the name:
    "Statement by Secretary of Defense Ash Carter on ..." → ("Ash Carter", "Secretary of Defense");
    "Lt. Gen. Townsend statement on ..." → ("Townsend", "Lt. Gen."). None when no title word comes
    before the name ("Statement on International Forces ...", "Statement by NATO")."""
    match = _STATEMENT_BY.match(" ".join(title.split()))
    if match is None:
        return None
    words = (match.group("by") or match.group("of")).split()
    titles = {k for k, v in lexicon.table("speaker_nouns.tsv").items() if v[1:] == ["yes"]}
    titles |= lexicon.word_set("department_words.txt")  # "Secretary of Defense": the office
    n = len(words)
    while n > 0 and words[n - 1][:1].isupper() and not _is_title_word(words[n - 1], titles):
        n -= 1
    name = words[n:]
    if n == 0 or not name or not _is_title_word(words[n - 1], titles) or len(name) > 4:
        return None
    return " ".join(name), " ".join(w for w in words[:n] if w.lower() != "the") or None


def _is_title_word(word: str, titles: set[str]) -> bool:
    """ "Secretary", "Gen.", "Vice-President", "Representative/Vice-President", "Defense"."""
    return any(part.lower().rstrip(".") in titles for part in re.split(r"[/-]", word) if part)


def _salient(named: list[Mention]) -> Mention:
    """Of the people named in the latest sentence that names any, the subject is who a later
    "he"/"she" most likely is ("Secretary Austin spoke with Minister Gallant ... He conveyed"),
    else the last named."""
    last = named[-1]
    subjects = [n for n in named if n.sentence == last.sentence and n.subject]
    return subjects[-1] if subjects else last


@functools.lru_cache(maxsize=4096)
def _name_tokens(text: str) -> tuple[str, ...]:
    """The capitalised words of a name, without a generational suffix ("Lloyd J. Austin III" →
    Lloyd, J., Austin), so that the surname is the last one (cached: the resolver asks for every
    known person's words at every mention)."""
    return tuple(
        t
        for t in re.split(r"[\s,]+", _clean_name(text))
        if t and t[0].isupper() and t.casefold() not in _NAME_SUFFIXES
    )


def _clean_name(text: str) -> str:
    return _strip_determiner(re.sub(r"['’]s$", "", text.strip()))


def _strip_determiner(text: str) -> str:
    return re.sub(r"^(?:the|a|an|one|another)\s+", "", text.strip(), flags=re.IGNORECASE)


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _org_key(name: str) -> str:
    key = name
    for pattern, repl in _ORG_NORMALISE:
        key = pattern.sub(repl, key)
    return " ".join(key.casefold().split())
