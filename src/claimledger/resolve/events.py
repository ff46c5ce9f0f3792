"""Events as ledger records: actors and targets resolved to entities, the place and date of the
trigger's clause, the statement that reports the event, and the quantities that count it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract import lexicon
from ..extract.events import FIRST_PLURAL, RUNNING_SENTENCES, RawEvent
from ..extract.mentions import Mention
from ..nlp.gazetteer import demonyms as demonym_kinds
from ..records import Event, Place, Quantity, Statement, TimeExpr
from ..records import Span as TextSpan
from .speakers import STATE_FORCE_HEADS, Referent, SpeakerResolver

EXTRACTOR = "events@1"


def build_events(
    raw: list[RawEvent],
    resolver: SpeakerResolver,
    statements: list[Statement],
    places: list[Place],
    dates: list[TimeExpr],
    quantities: list[Quantity],
    text: str,
) -> list[Event]:
    """Events with entity keys in ``actor``/``target`` (the caller maps keys to entity ids)."""
    out: list[Event] = []
    datelines = [(p.start, p.end) for p in places if p.usage == "dateline"]
    running: dict[tuple[str, str], tuple[int, Referent]] = {}
    for ev in raw:
        actor = _resolved(resolver, ev.actor, statements, datelines, text)
        target = _resolved(resolver, ev.target, statements, datelines, text)
        if actor is not None:
            # a running account ("Near Mosul, two strikes disabled two bridges"): the side its
            # earlier events hit, when this one names only things
            key = (ev.type, actor.key)
            last = running.get(key)
            if target is None and last is not None and ev.sentence - last[0] <= RUNNING_SENTENCES:
                target = last[1]
            if target is not None:
                running[key] = (ev.sentence, target)
        if actor is None and ev.type not in _CASUALTIES:
            continue  # PLOVER codes an event from its source actor; deaths and injuries stand alone
        if actor is not None and target is not None and actor.key == target.key:
            target = None
        out.append(
            Event(
                id=f"v{len(out) + 1}",
                type=ev.type,
                trigger=ev.trigger,
                actor=actor.key if actor else None,
                target=target.key if target else None,
                place=_place(ev, places, text),
                date=_date(ev, dates, text),
                statement=_statement(ev, statements),
                negated=ev.negated,
                modality=ev.modality,
                quantities=[q.id for q in quantities if ev.clause[0] <= q.start and q.end <= ev.clause[1]],
                extractor=EXTRACTOR,
            )
        )
    return out


def _resolved(
    resolver: SpeakerResolver,
    mention: Mention | None,
    statements: list[Statement],
    datelines: list[tuple[int, int]],
    text: str,
) -> Referent | None:
    if mention is not None and mention.head in _FIRST_SINGULAR | FIRST_PLURAL:
        return _first_person(resolver, mention, statements, text)  # never the nearest organisation
    ref = _party(resolver, _off_dateline(mention, datelines))
    if ref is None:
        return None
    seat = (
        lexicon.table("government_seats.tsv").get(ref.name.casefold()) if ref.type == "organization" else None
    )
    if seat and seat[1:] == ["forces"] and mention is not None:
        return _state(resolver, seat[0], mention)  # "CENTCOM will continue to act": the state's forces
    return _by_fullest_alias(resolver, _expanded(resolver, ref, text), text)


def _by_fullest_alias(resolver: SpeakerResolver, ref: Referent, text: str) -> Referent:
    """A group known by several names (``party_aliases.tsv``) is named by the fullest the
    article uses ("ISIS", "IS" and "Islamic State" in one report → Islamic State)."""
    aliases = lexicon.table("party_aliases.tsv")
    group = aliases.get(ref.name.casefold(), [None])[0]
    if group is None:
        return ref
    found: list[TextSpan] = []
    for alias, (other, *_) in aliases.items():
        if other != group:
            continue
        if len(alias) <= 4:  # an acronym is one only in capitals ("IS", not "is")
            pattern = re.compile(rf"\b{re.escape(alias.upper())}\b")
        else:
            pattern = re.compile(rf"\b{re.escape(alias)}\b", re.IGNORECASE)
        found += [TextSpan(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
    fullest = max(found, key=lambda s: len(s.text), default=None)
    if fullest is None or len(fullest.text) <= len(ref.name):
        return ref
    name = Mention(fullest, "name", fullest.text.casefold(), label="ORG", name=fullest)
    return resolver.resolve(name)


_FIRST_SINGULAR = {"i", "me", "my"}


def _first_person(
    resolver: SpeakerResolver, mention: Mention | None, statements: list[Statement], text: str
) -> Referent | None:
    """ "I", "we" inside someone's words are the speaker ("I congratulate" → Ash Carter) or, for
    "we" said by a person, the state the text gives as theirs."""
    if mention is None or mention.head not in _FIRST_SINGULAR | FIRST_PLURAL:
        return None
    speaking = [s for s in statements if s.speaker and s.speaker.start <= mention.span.start < s.speaker.end]
    holders = [s for s in statements if s.content.start <= mention.span.start < s.content.end and s.speaker]
    if not speaking and not holders:
        return None
    speaker = (speaking or [min(holders, key=lambda s: s.content.end - s.content.start)])[0].speaker
    ref = resolver.referents.get(speaker.entity or "") if speaker is not None else None
    if ref is None or ref.anonymous:
        return None
    if mention.head in _FIRST_SINGULAR:
        return ref if ref.type == "person" else None
    if ref.type == "person":
        code = next(
            (e.country_code for e in resolver.gaz.lookup(ref.affiliation or "")[:1] if e.kind == "country"),
            None,
        )
        if code:
            return _state(resolver, code, mention)
        titles = ref.roles + _apposed_title(text, speaker.end if speaker is not None else len(text))
        return _body_in_title(resolver, titles, mention)
    return ref


_APPOSITION = re.compile(r",\s+((?:the\s+)?[^,;\"“”\n]{3,80}?)(?=,|\s+said\b|\s+told\b|$)")


def _apposed_title(text: str, end: int) -> list[str]:
    """The title set after a speaker's name ("Jeff Rathke, the State Department Spokesperson,
    said"; "Gen. Joseph Votel, commander of U.S. Central Command said")."""
    found = _APPOSITION.match(text, end)
    if found is None:
        return []
    words = {w.casefold() for w in re.findall(r"[\w-]+", found.group(1))}
    return [found.group(1)] if words & lexicon.word_set("titles.txt") else []


def _body_in_title(resolver: SpeakerResolver, titles: list[str], mention: Mention) -> Referent | None:
    """The state or body a person's title names ("Pentagon press secretary John Kirby": the
    United States; "SDF General Commander Mazloum Abdi": the Syrian Democratic Forces)."""
    seats = lexicon.table("government_seats.tsv")
    for role in titles:
        lowered = role.casefold()
        seat = next(
            (code for name, (code, *_) in seats.items() if re.search(rf"\b{re.escape(name)}\b", lowered)),
            None,
        )
        if seat:
            return _state(resolver, seat, mention)
        for word in role.split():
            code = resolver.gaz.demonym(word)
            if code:
                return _state(resolver, code, mention)  # "U.S. Army General"
            body = next(
                (
                    r
                    for r in resolver.order
                    if r.type in ("organization", "group") and word in (r.name, _initials(r.name))
                ),
                None,
            )
            if body is not None and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", word):
                return _state_of_name(resolver, body) or body  # a body the article names
    return None


def _off_dateline(mention: Mention | None, datelines: list[tuple[int, int]]) -> Mention | None:
    """ "TAMPA, Fla. – U.S. forces struck ...": a dateline parsed as the subject is no party."""
    if mention is None or any(s <= mention.span.start < e for s, e in datelines):
        return None
    return mention


def _party(resolver: SpeakerResolver, mention: Mention | None) -> Referent | None:
    """An actor or target that is a party: a state, a named person or organisation, or a
    description of people ("civilians", "Ukrainian servicemen"); anything else is dropped."""
    if mention is not None and mention.kind == "pronoun" and mention.head == "their":
        mention = replace(mention, plural=True)  # "their advance": a group, like "they"
    ref = _party_referent(resolver, mention)
    if ref is None or (
        mention is not None and mention.kind == "pronoun" and ref.name.casefold() in _PERSONAL
    ):
        return None  # a pronoun with no antecedent in reach
    return _fullest(resolver, ref)


def _party_referent(resolver: SpeakerResolver, mention: Mention | None) -> Referent | None:
    if mention is None or (mention.kind == "pronoun" and mention.head not in _PERSONAL):
        return None
    if mention.kind == "description" and _is_measure(mention.head) and not _is_party_noun(mention):
        return None  # "at least 12 kilometers" is how far, not who
    state = _state_forces(resolver, mention)
    if state is not None:
        return state
    if _is_faction(mention):
        return resolver.resolve(mention)  # "Syrian opposition forces" are not Syria's forces
    acronym = _acronym_modifier(resolver, mention)
    if acronym is not None:
        # "ISIL fighters", "SDF units", "IS sleeper cells" (the tagger took the acronym for a
        # common noun or a verb): the body, whatever its members are called
        return resolver.resolve(Mention(acronym, "name", acronym.text.casefold(), label="ORG", name=acronym))
    if mention.kind == "description" and mention.modifier is None and not _is_party_noun(mention):
        return None  # "taxes", "anti-personnel mines": not who acts
    if mention.head in _ALLIANCES:
        # "a coalition airstrike", "the U.S.-led coalition", "the Counter-Daesh Coalition": the
        # coalition, the one multi-state body of its kind in a report
        return resolver.resolve(replace(mention, kind="name", label="ORG", name=_head_span(mention)))
    ref = resolver.party(mention)
    if ref.key.startswith(("state:", "org:", "person:")) or ref.type in ("person", "group"):
        return ref
    if mention.kind == "description" and _is_party_noun(mention):
        return ref  # "the army" with no side named, "Iranian-backed groups"
    return None


# Words that, beside a demonym and a force noun, still name a state's own forces ("Iraqi Security
# Forces", "U.S. military forces"); any other qualifier names a faction ("Syrian opposition forces").
_STATE_FORCE_WORDS = {
    "security",
    "armed",
    "military",
    "defence",
    "defense",
    "air",
    "naval",
    "special",
    "government",
    "federal",
    "national",
    "ground",
    "coalition",
}
_FORCE_HEADS = STATE_FORCE_HEADS | {
    "people",
    "person",
    "official",
    "officials",
}  # "Saudi officials": its government


def _words(mention: Mention) -> list[str]:
    """The words of the phrase up to its head ("Ukrainian troops", not "from the territories")."""
    words = re.findall(r"[\w.’'-]+", mention.span.text)
    for i, w in enumerate(words):
        if w.casefold() == mention.head or w.casefold().startswith(mention.head) and mention.head:
            return words[: i + 1]
    return words


def _state_forces(resolver: SpeakerResolver, mention: Mention) -> Referent | None:
    """A state for its forces, also when named like an organisation: "Iraqi Security Forces",
    "the Iraqis" (a demonym in the plural)."""
    if mention.kind == "pronoun":
        return None
    named = mention.name.text.split() if mention.kind == "name" and mention.name is not None else []
    if len(named) == 1 and named[0].endswith("s") and resolver.gaz.demonym(named[0]):
        # "our Coalition partners, especially the Turks" with the people named in apposition
        return _state(resolver, resolver.gaz.demonym(named[0]) or "", mention)
    words = [w for w in _words(mention) if w.casefold() not in ("the", "a", "an")]
    demonym_codes = [resolver.gaz.demonym(re.sub(r"['’]s$", "", w)) for w in words]
    if len(words) == 1 and demonym_codes[0] and words[0].endswith("s"):
        return _state(resolver, demonym_codes[0], mention)  # "the Iraqis"
    if mention.kind == "description" and mention.head in _PLACE_NOUNS and any(demonym_codes):
        return _state(resolver, next(c for c in demonym_codes if c), mention)  # "Ukrainian cities"
    if mention.kind == "description" and mention.head in _FORCE_HEADS and any(demonym_codes):
        code = next(c for c in demonym_codes if c)
        if all(c or w.casefold() in _STATE_FORCE_WORDS | _FORCE_HEADS for w, c in zip(words, demonym_codes)):
            return _state(resolver, code, mention)  # "the Ukrainian people", "U.S. military forces"
    if mention.label == "ORG" and words and demonym_codes[0] and _names_forces(words):
        return _state(resolver, demonym_codes[0], mention)
    return None


_PLACE_NOUNS = {"city", "town", "village", "territory", "soil", "region", "border", "land", "position"}


def _names_forces(words: list[str]) -> bool:
    """Demonym + state-force words + a force noun: "Iraqi Security Forces"."""
    return words[-1].casefold() in _FORCE_HEADS and all(
        w.casefold() in _STATE_FORCE_WORDS | _FORCE_HEADS for w in words[1:]
    )


def _is_faction(mention: Mention) -> bool:
    if mention.kind != "description" or mention.head not in _FORCE_HEADS or not mention.demonyms:
        return False
    demonyms = {d.casefold() for d in mention.demonyms}
    qualifiers = [
        w.casefold()
        for w in _words(mention)
        if w.casefold() not in demonyms and w.casefold() not in ("the", "a", "an") and w[0].isalpha()
    ]
    stateless = [d for d in mention.demonyms if demonym_kinds().get(d) == "ethnic"]
    # "Syrian Kurdish troops": a people with no state of its own names a faction, not Syria
    return bool(stateless) or any(q not in _STATE_FORCE_WORDS | _FORCE_HEADS for q in qualifiers)


def _state(resolver: SpeakerResolver, code: str, mention: Mention | TextSpan) -> Referent:
    span = mention.span if isinstance(mention, Mention) else mention
    key = f"state:{code}"
    ref = resolver.referents.get(key)
    if ref is None:
        country = resolver.gaz.country(code)
        ref = Referent(key, country.name if country else span.text, "state")
        resolver.referents[key] = ref
        resolver.order.append(ref)
    ref.mentions.append(span)
    return ref


def _fullest(resolver: SpeakerResolver, ref: Referent) -> Referent:
    """The article's fullest name for a party: a person named by surname or title and surname
    ("Austin" → "Lloyd J. Austin III"), an organisation by its acronym ("ISF" → "Iraqi Security
    Forces", then the state for its forces)."""
    if ref.type == "person" or (ref.type != "state" and re.fullmatch(r"[A-Z][a-z]+", ref.name)):
        tokens = ref.name.split()  # a surname the tagger took for an organisation too
        fuller = [
            r
            for r in resolver.order
            if r.type == "person" and len(r.name.split()) > len(tokens) and _contains(r.name.split(), tokens)
        ]
        return max(fuller, key=lambda r: len(r.name)) if fuller else ref
    if _is_acronym(ref):
        for r in resolver.order:
            if r is ref or _initials(r.name) != ref.name:
                continue
            if r.type in ("organization", "group"):
                return _state_of_name(resolver, r) or r
    return ref


def _is_acronym(ref: Referent) -> bool:
    return ref.type == "organization" and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", ref.name) is not None


_NAME_RUN = re.compile(r"(?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:of|and|the|for|de|al)\s+)*(?:[A-Z][\w’'-]*|\d+))+")


def _expanded(resolver: SpeakerResolver, ref: Referent, text: str) -> Referent:
    """An acronym the article spells out somewhere, also when the tagger did not take the long
    form for a name ("ISIL" → "Islamic State of Iraq and the Levant")."""
    if not _is_acronym(ref):
        return ref
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        for i in range(len(words)):  # "The Islamic State ..." or "Iraqi Security Forces"
            name = " ".join(words[i:])
            if _initials(name) == ref.name and words[i][0].isupper() and words[i] not in ("The", "A"):
                found = Mention(
                    TextSpan(name, match.end() - len(name), match.end()), "name", name.casefold(), label="ORG"
                )
                return _state_of_name(resolver, resolver.resolve(found)) or resolver.resolve(found)
    return ref


def _state_of_name(resolver: SpeakerResolver, ref: Referent) -> Referent | None:
    words = ref.name.split()
    code = resolver.gaz.demonym(words[0])
    if code and _names_forces(words) and ref.mentions:
        return _state(resolver, code, ref.mentions[-1])
    return None


_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """ "Austin" in "Lloyd J. Austin III": the same surname, the other words among the longer's."""
    core = longer[:-1] if longer[-1] in _SUFFIXES else longer
    return core[-1] == shorter[-1] and all(t in longer for t in shorter)


def _initials(name: str) -> str:
    """ "ISIL" for "Islamic State of Iraq and the Levant", "M5S" for "Movimento 5 Stelle"."""
    words = [w for w in re.split(r"[\s–-]+", name) if w and (w[0].isupper() or w.isdigit())]
    return "".join(w[0] for w in words)


_CASUALTIES = {"KILL", "INJURE"}
_ALLIANCES = {"coalition", "alliance"}
_COLLECTIVES = {
    "coalition", "government", "military", "army", "navy", "police", "regime", "alliance",
    "municipality", "municipalities",  # local governments ("several municipalities have started asking")
}  # fmt: skip


def _acronym_modifier(resolver: SpeakerResolver, mention: Mention) -> TextSpan | None:
    if mention.kind != "description" or mention.modifier is not None:
        return None
    for match in re.finditer(r"\b[A-Z][A-Z0-9]{1,5}\b", mention.span.text):
        word = match.group()
        if word.casefold().startswith(mention.head) or resolver.gaz.demonym(word):
            return None
        if any(e.kind == "country" for e in resolver.gaz.lookup(word)[:1]):
            return None  # "US troops": the state, by the usual path
        start = mention.span.start + match.start()
        return TextSpan(word, start, start + len(word))
    return None


def _head_span(mention: Mention) -> TextSpan:
    """The head noun of a description, as text ("coalition" in "the U.S.-led coalition")."""
    text = mention.span.text
    at = text.casefold().rfind(mention.head)
    if at < 0:
        return mention.span
    return TextSpan(
        text[at : at + len(mention.head)],
        mention.span.start + at,
        mention.span.start + at + len(mention.head),
    )


def _is_party_noun(mention: Mention) -> bool:
    """A description that can stand for someone: its head names people or a body ("critics",
    "Ukrainian servicemen", "the ministry", "a coalition") or a state's forces."""
    head = mention.head.casefold()
    if head in _FORCE_HEADS or head in _COLLECTIVES or mention.demonyms:
        return True
    singular = head[:-1] if head.endswith("s") else head
    people = lexicon.word_set("person_nouns.txt")
    nouns = lexicon.table("speaker_nouns.tsv")
    last = mention.span.text.split()[-1].casefold() if mention.span.text.split() else head
    return any(w in people or w in nouns for w in (head, singular, last))


def _is_measure(head: str) -> bool:
    """A unit of measure ("kilometers", "percent"): a distance or share is never a party."""
    units = lexicon.table("units.tsv")
    word = head.casefold()
    return word in units or word.rstrip("s") in units


_PERSONAL = {"it", "they", "he", "she", "we", "his", "her", "its", "their"}


def _place(ev: RawEvent, places: list[Place], text: str) -> int | None:
    """The most specific place of the trigger's clause, else the nearest of its sentence
    ("launched an incursion into the Kursk region, seizing control of settlements"); a place
    that acts ("if Moscow agreed") or heads the article is no location."""
    usable = [i for i, p in enumerate(places) if p.usage not in ("dateline", "actor")]
    inside = [i for i in usable if ev.clause[0] <= places[i].start < ev.clause[1]]
    if not inside:
        start = max(text.rfind("\n\n", 0, ev.trigger.start) + 1, _sentence_start(text, ev.trigger.start))
        end = _sentence_end(text, ev.trigger.end)
        near = [i for i in usable if start <= places[i].start < end]
        return min(near, key=lambda i: abs(places[i].start - ev.trigger.start)) if near else None
    # the most specific place of the clause: a region or city before a country
    rank = {"city": 0, "region": 1, "country": 2}
    return min(inside, key=lambda i: (rank.get(places[i].kind, 3), abs(places[i].start - ev.trigger.start)))


def _date(ev: RawEvent, dates: list[TimeExpr], text: str) -> int | None:
    start = text.rfind("\n\n", 0, ev.trigger.start) + 1
    sentence_start = max(start, _sentence_start(text, ev.trigger.start))
    sentence_end = _sentence_end(text, ev.trigger.end)
    inside = [
        i for i, d in enumerate(dates) if sentence_start <= d.start and d.end <= sentence_end and d.value
    ]
    if not inside:
        return None
    return min(inside, key=lambda i: abs(dates[i].start - ev.trigger.start))


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    return cut + 1 if cut >= 0 else 0


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _statement(ev: RawEvent, statements: list[Statement]) -> str | None:
    for s in statements:
        if s.cue is not None and s.cue.start <= ev.trigger.start < s.cue.end:
            return s.id  # a speech act that is itself the event ("vowed", "accused")
    holders = [
        s for s in statements if s.content.start <= ev.trigger.start and ev.trigger.end <= s.content.end
    ]
    return min(holders, key=lambda s: s.content.end - s.content.start).id if holders else None
