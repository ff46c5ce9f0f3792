"""``cl_doc_names``: a name the text has already tagged is the same entity where it recurs.

Runs after ``cl_titles``. A news text names someone or something in full once and repeats the
name (or, for a person, the surname) later; the statistical NER decides each mention on its own
and misses some of them. Three rules, each over one pass of the document:

1. *Repeated name*: an ORG of capitalised words ("Firefox", "Heaven Sent Gaming") or a PERSON
   of two words or more tags every other occurrence of exactly the same words outside any
   entity, when the text gives those words no other label ("Harrow" the school and the town:
   nothing to spread). An occurrence counts only when its first word is tagged as a proper
   noun there too ("Will" the verb does not), or, for a name of two words or more, is
   capitalised and never written in lower case in the text (the tagger garbles an email's
   signature lines: "Debra/NOUN Perlingiere/NOUN"), and a one-word name must be neither a
   stop word nor a word the text also writes in lower case ("Hope" and "hope"). Places are left to the
   gazetteer, and one-word PERSON names spread only as surnames.
2. *Surname*: the last word of a PERSON of two words or more ("Masoud Shojai" … "Shojai told")
   is that person where it stands alone as a proper noun outside any entity after the full
   name (a text introduces a person in full first), unless the text also tags the word as
   something else.

A name stands alone when no capitalised word comes right before or after it in its sentence
and no word is written against it ("al-Sadr" is not "Sadr", "CJTF-OIR" not "CJTF").

   A one-word ORG, or GPE/LOC the gazetteer did not link, after such a full name and
   with its last word ("Kristen Wilkins" … "Wilkins" tagged ORG) is that person too, unless
   it is a known organisation name (``data/org_names.txt``).

   Before both, a PERSON the NER ended before the hyphen of a romanised given name goes on
   over it ("Lee Cheuk-yan", "Moon Jae-in"; not "Obama-led").

3. *Coordinated people*: a one-word GPE/LOC the gazetteer does not know, coordinated only with
   PERSON entities ("Rumsfeld, Wolfowitz and Feith"), is a PERSON.

0. *Signatures* (first): two or three capitalised words after the closing of a letter or an
   email and its comma ("Best regards, Debra Perlingiere"), up to the end of their line, are
   a PERSON (a title noun after them left out), which rule 1 then finds where it recurs. So
   is the quoted name before an email address in a mail header ('"Townsend, George"
   <gtownsend@manorisd.net>'), "Last, First" as one name, and the one proper noun that
   opens a line, or follows a greeting, with a comma after it ("Traci,", "Hi Vladi,"): the
   person addressed (not a day or a month, nor a word the text writes in lower case).

   A planet's name ("transit Venus") or a transcript's note in parentheses ("(Applause.)")
   tagged PERSON alone is no entity (first of all).

4. *Storms*: a PERSON or ORG that begins with or follows "Hurricane", "Typhoon", "Cyclone" or
   "Tropical Storm" is the storm ("Cyclone Phailin", EVENT), and so is its one-word given name
   tagged PERSON elsewhere in the text ("Phailin's winds"). Runs first.

Rule 1 and the first part of rule 2 change nothing already tagged: they only add entities.

The surname rule is on (``SURNAMES``, the factory's ``surnames`` setting): it finds surnames
the NER misses ("Whitmore stated", "Rathbun asserted"). It first needed a fix in the claim
extraction, which read a quotation that ends a sentence as attributed by the name and verb that
open the next one (``extract/attribution.py``, ``_name_after_quote``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .orgs import is_org_head, org_names, place_heads, word_list
from .titles import is_title

# Places are left to the gazetteer: a place name the NER typed wrongly once ("Harrow" the
# school, "Roma" the deal) would spread.
_LABELS = ("PERSON", "ORG")
_MIN_NAME = 2
SURNAMES = True  # see the module docstring


def _name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text or tok.text.endswith("."))


def _is_name(ent: Span) -> bool:
    return all(_name_token(t) or t.lower_ in ("of", "the", "and", "-", "&") for t in ent) and _name_token(
        ent[0]
    )


@Language.factory("cl_doc_names", default_config={"surnames": SURNAMES})
def make_doc_names(nlp: Language, name: str, surnames: bool) -> Callable[[Doc], Doc]:
    return lambda doc: tag_repeated_names(doc, surnames=surnames)


def tag_repeated_names(doc: Doc, *, surnames: bool = True) -> Doc:
    """Tag repeated names and, when ``surnames``, surnames (see the module docstring)."""
    orths = doc.to_array(ORTH).tolist()
    ents = _no_people(doc, list(doc.ents))
    ents = _signed(doc, _greeted(doc, _senders(doc, ents, orths), orths))
    if not ents:
        return doc
    retyped = _storms([_hyphenated_given_name(e) for e in _appositive_people(ents)])
    surname_at = surname_ends(retyped) if surnames else {}
    retyped = _surnames_retyped(retyped, surname_at)
    if retyped != ents:
        doc.ents = ents = retyped
    labels: dict[tuple[int, ...], Counter[str]] = defaultdict(Counter)
    for ent in ents:
        if _is_name(ent):
            labels[tuple(t.orth for t in ent)][ent.label_] += 1
    for key, counts in list(labels.items()):
        label = next(iter(counts))
        if len(counts) > 1 or label not in _LABELS or label == "PERSON" and len(key) == 1:
            del labels[key]
    # a one-word name the text gives another label is not taken for a surname
    other = {ent[0].orth for ent in ents if len(ent) == 1 and ent.label_ != "PERSON"} if surnames else set()
    if not labels and not surname_at:
        return _coordinated_people(doc)
    by_first: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    for key in labels:
        by_first[key[0]].append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)
    lower = {t.lower for t in doc if t.is_lower}
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        propn = tok.pos_ == "PROPN"
        known = tok.orth in by_first
        acronym = known and _acronym(tok)
        if i in taken or not (propn or known and (acronym or tok.is_title and tok.lower not in lower)):
            i += 1
            continue
        keys = by_first.get(tok.orth, [])
        if not propn and not acronym:  # a signature line the tagger garbles: "Debra/NOUN Perlingiere/NOUN"
            keys = [key for key in keys if len(key) >= _MIN_NAME]
        span = _repeated(doc, i, keys, taken, lower)
        if span is not None:
            added.append(Span(doc, span[0], span[1], label=next(iter(labels[span[2]]))))
            i = span[1]
            continue
        if propn and tok.orth not in other and surname_at.get(tok.orth, len(doc)) <= i and _alone(doc, i):
            added.append(Span(doc, i, i + 1, label="PERSON"))
        i += 1
    if added:
        doc.ents = sorted(ents + added, key=lambda e: e.start)
    return _coordinated_people(doc)


_MISTYPED = ("ORG", "GPE", "LOC")
# Person nouns that name a group, not the one person a name in apposition is, and roles a country
# or an organisation fills as well ("Turkey, a member of NATO", "Gazprom, a major player").
_GROUP_NOUNS = frozenset(
    (
        "bunch", "crowd", "elite", "faculty", "family", "minority", "population", "public", "staff",
        "workforce", "member", "partner", "leader", "supporter", "founder", "owner", "client",
        "customer", "consumer", "representative", "user", "subscriber", "player", "participant",
        "holder", "maker", "proponent", "opponent", "successor", "defender", "hero", "ruler",
        "character", "god", "national", "native", "recipient", "delegate", "official", "agent",
        "appellant", "appellee", "respondent", "plaintiff", "defendant", "broadcaster", "critic",
        "peer", "patron", "employee", "individual", "human",
    )
)  # fmt: skip


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Singular nouns that head mentions of one person (``data/person_nouns.txt``)."""
    return word_list("person_nouns.txt") - _GROUP_NOUNS


def _appositive_people(ents: list[Span]) -> list[Span]:
    """ "Valeska Paris, an Australian woman and former Scientologist, has claimed": a name the
    NER typed a place or an organisation (not one the gazetteer knows), with a singular person
    noun in apposition right after its comma, is a PERSON; so is every other mention of exactly
    those words with that label. Roles a country or a company fills too ("a member of NATO", "a
    major player") say nothing (``_GROUP_NOUNS``)."""
    found: dict[tuple[str, tuple[int, ...]], bool] = {}
    for ent in ents:
        if ent.label_ in _MISTYPED and not ent.kb_id_ and _person_appositive(ent):
            found[(ent.label_, tuple(t.orth for t in ent))] = True
    if not found:
        return ents
    return [
        Span(e.doc, e.start, e.end, label="PERSON") if (e.label_, tuple(t.orth for t in e)) in found else e
        for e in ents
    ]


_MAX_APPOSITIVE_GAP = 4


def _person_appositive(ent: Span) -> bool:
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    if ent.root.dep_ in ("obl", "nmod") or ent.start > 0 and doc[ent.start - 1].pos_ in ("ADP", "DET"):
        return False  # "a kid from Brooklyn, the son of …": the appositive is the kid's
    for child in ent.root.children:
        if (
            child.dep_ in ("appos", "list")  # the parser takes some appositions for lists
            and ent.end < child.i <= ent.end + _MAX_APPOSITIVE_GAP
            and child.pos_ == "NOUN"
            and "Plur" not in child.morph.get("Number", [])
            and child.lower_ in person_nouns()
        ):
            return True
    return False


# Nouns written after a name to make a compound ("a Trump-style rally"), not a name syllable.
_NAME_COMPOUND_NOUNS = frozenset(("style", "type", "era", "like", "free", "esque"))
_MAX_SYLLABLE = 5


def _hyphenated_given_name(ent: Span) -> Span:
    """ "Lee Cheuk-yan", "Moon Jae-in": a PERSON of two words or more that the NER ended before
    a hyphen and a short lower-case word written against it goes on over them, the second
    syllable of a romanised Chinese or Korean given name ("-led", "-style" are no syllables)."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) < _MIN_NAME or end + 1 >= len(doc) or doc[end - 1].whitespace_:
        return ent
    hyphen, syllable = doc[end], doc[end + 1]
    if hyphen.text != "-" or hyphen.whitespace_ or not syllable.is_lower or not syllable.is_alpha:
        return ent
    if len(syllable) > _MAX_SYLLABLE or syllable.pos_ == "VERB" or syllable.text in _NAME_COMPOUND_NOUNS:
        return ent
    if syllable.ent_type_:
        return ent
    return Span(doc, ent.start, end + 2, label="PERSON", kb_id=ent.kb_id_)


# Nouns ending the names of institutions that are neither organisation nor building heads.
_INSTITUTION_NOUNS = frozenset(("hospital", "clinic", "center", "centre"))


def surname_ends(ents: list[Span]) -> dict[int, int]:
    """Surname (orth) -> the token after the first full name ending in it: the last word of
    a PERSON of two words or more, not a title word nor an organisation or building noun ("Al
    Assad University Hospital" tagged PERSON gives no surname "Hospital"), nor the end of an
    "of" phrase the NER took into the name ("Ann Chiang of DAB", "Catherine of Aragon")."""
    first: dict[int, int] = {}
    for ent in ents:
        last = ent[-1]
        if (
            ent.label_ == "PERSON"
            and len(ent) > 1
            and last.is_alpha
            and _name_token(last)
            and not is_title(last)
            and not is_org_head(last)
            and last.lower_ not in place_heads()
            and last.lower_ not in _INSTITUTION_NOUNS
            and not any(t.lower_ == "of" for t in ent)
        ):
            first.setdefault(last.orth, ent.end)
    return first


def _surnames_retyped(ents: list[Span], first: dict[int, int]) -> list[Span]:
    """A one-word organisation or place the gazetteer does not know ("Wilkins" tagged ORG),
    after a PERSON of two words or more ending in that word ("Kristen Wilkins"), is that
    person (``first``: see ``surname_ends``); a known organisation name ("Google") stays. A
    place the gazetteer knows is the person only where it acts (``_acts``) and the full name is
    a plain one, capitalised words only ("Valeska Paris"; not "Prince of Wales")."""
    if not first:
        return ents
    known = org_names()
    plain = {e.end for e in ents if e.label_ == "PERSON" and all(t.text[:1].isupper() for t in e)}
    out = list(ents)
    for k, ent in enumerate(ents):
        if len(ent) != 1 or ent.label_ not in _MISTYPED or ent.text in known:
            continue
        if ent.kb_id_ and not (_acts(ent) and first.get(ent[0].orth) in plain):
            continue
        if first.get(ent[0].orth, ent.start + 1) <= ent.start:
            out[k] = Span(ent.doc, ent.start, ent.end, label="PERSON")
    return out


def _acts(ent: Span) -> bool:
    """A place name the gazetteer knows, used as a person's surname is: the subject of a verb
    or a possessive ("Paris claims", "Paris's father") without an article, not the object of a preposition ("born
    in Paris") nor a place with its country ("Paris, France")."""
    doc = ent.doc
    if ent.root.dep_ not in ("nsubj", "nsubj:pass", "nmod:poss"):
        return False
    if ent.start > 0 and doc[ent.start - 1].pos_ == "DET":
        return False  # "An Iraq in which militias proliferate"
    return not (
        ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ in ("GPE", "LOC")
    )


# The last word of a letter's or an email's closing ("Best regards,", "Sincerely,").
_VALEDICTIONS = frozenset(("regards", "sincerely", "thanks", "cheers", "wishes", "faithfully", "truly"))
_MAX_SIGNATURE = 3
# Last words of a group that signs ("Sales Team", "Customer Service").
_GROUP_SIGNERS = frozenset(("team", "staff", "support", "service", "services", "desk", "crew", "family"))


_NOT_NAME_POS = frozenset(("VERB", "AUX", "ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "INTJ"))


def _signs(tok: Token) -> bool:
    """A capitalised word that can be part of a name ("Here you go" after "Thanks, Sean",
    "Visit" after "Regards," start sentences)."""
    return tok.is_title and tok.is_alpha and tok.pos_ not in _NOT_NAME_POS


def _signed(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Best regards, Debra Perlingiere": the capitalised name words (two or three) after a closing
    and its comma, up to the end of their line, sign the letter: a PERSON, without a title
    noun after the name ("Jeffrey Dasovich Director"); not a team or a company ("Sales Team")."""
    strings = doc.vocab.strings
    closings = {strings.add(word) for word in _VALEDICTIONS}
    lowers = doc.to_array(LOWER).tolist()
    found = [i for i in range(len(lowers) - 1) if lowers[i] in closings]
    if not found:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for tok in (doc[i] for i in found):
        if doc[tok.i + 1].text != ",":
            continue
        start = tok.i + 2
        while start < len(doc) and doc[start].is_space:
            start += 1
        end = start
        while end < len(doc) and end - start < _MAX_SIGNATURE and _signs(doc[end]):
            end += 1
            if end < len(doc) and doc[end].is_space:
                break  # the end of the signature's line
        longer = end < len(doc) and _signs(doc[end])  # more name words: no signature
        while end > start and is_title(doc[end - 1]):
            end -= 1
        if (
            end - start >= _MIN_NAME
            and not longer
            and not is_org_head(doc[end - 1])
            and doc[end - 1].lower_ not in _GROUP_SIGNERS
            and taken.isdisjoint(range(start, end))
        ):
            added.append(Span(doc, start, end, label="PERSON"))
    if not added:
        return ents
    doc.ents = ents = sorted(ents + added, key=lambda e: e.start)
    return ents


# The planets: never a person on their own ("transit Venus", "natal Saturn"; UNER EWT leaves
# them untagged), unless a longer name of the text ends or begins with them ("Freddie Mercury").
_PLANETS = frozenset(("Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"))
# What a transcript notes in parentheses of the audience or the speaker: "(Applause.)".
_STAGE_DIRECTIONS = frozenset(
    ("applause", "laughter", "laughs", "laughing", "cheers", "cheering", "booing", "boos", "chuckles")
    + ("inaudible", "unintelligible", "crosstalk", "sighs", "silence", "pause")
)


def _no_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word PERSON that is a planet's name or a transcript's note in parentheses
    ("(Applause.)", "(Laughter)") is no entity."""
    longer = {t.orth for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in (e[0], e[-1])}
    kept = [e for e in ents if not _no_person(doc, e, longer)]
    if len(kept) < len(ents):
        doc.ents = kept
    return kept


def _no_person(doc: Doc, ent: Span, longer: set[int]) -> bool:
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    if ent.text in _PLANETS:
        return ent[0].orth not in longer
    if ent[0].lower_ not in _STAGE_DIRECTIONS or ent.start == 0 or doc[ent.start - 1].text != "(":
        return False
    end = ent.end + (ent.end < len(doc) and doc[ent.end].text == ".")
    return end < len(doc) and doc[end].text == ")"


# Words before the name a letter greets ("Hi Vladi,", "Good morning Debra,").
_GREETINGS = frozenset(("hi", "hey", "hello", "dear", "morning", "afternoon", "evening"))
# Capitalised words that open a line with a comma and are no one greeted.
_NOT_GREETED = frozenset(
    (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "god", "christ", "jesus", "lord", "folks", "guys", "all",
    )
)  # fmt: skip


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_


def _greeting_before(doc: Doc, i: int) -> bool:
    """A greeting opens the line or the sentence right before ``doc[i]``: "Hi", "Dear", "Good
    morning" ("… any questions. Hey Vladi, do you …")."""
    if i == 0 or doc[i - 1].lower_ not in _GREETINGS:
        return False
    first = i - 2 if i > 1 and doc[i - 2].lower_ == "good" else i - 1
    return _line_start(doc, first) or doc[first].is_sent_start or doc[first - 1].text in (".", "!", "?")


_MIN_ADVERB = 9


def _adverb(tok: Token) -> bool:
    """ "Successively, she was …", "Originally, the …": a long word in -ly opening a line is a
    sentence adverb the tagger took for a name ("Kimberly", "Beverly" are shorter)."""
    return len(tok) >= _MIN_ADVERB and tok.lower_.endswith("ly")


def _greeted(doc: Doc, ents: list[Span], orths: list[int]) -> list[Span]:
    """ "Traci,\n\nI have visited …", "Hey Vladi, do you …": the one proper noun that opens
    a line of a letter or a post, or follows a greeting, with a comma after it, is the person
    addressed, where the NER found nothing (not a day or a month, "Friday, June 4"; not an
    exclamation, "Christ, …"; not a title, "General, is this …"; not a word the text also
    writes in lower case; not the first name of a list, "Ubisoft, Microsoft and …")."""
    comma = doc.vocab.strings.add(",")
    before_commas = [i for i in range(len(orths) - 1) if orths[i + 1] == comma]
    if not before_commas:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    lower: set[int] | None = None
    added = []
    for i in before_commas:
        tok = doc[i]
        if tok.pos_ != "PROPN" or i in taken or not tok.is_title or not tok.is_alpha:
            continue
        if tok.lower_ in _NOT_GREETED or tok.is_stop or _adverb(tok):
            continue
        if is_title(tok):
            continue  # "General, is this a waiver?": a title addressed, no name
        if not (_line_start(doc, i) or _greeting_before(doc, i)):
            continue
        if i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN" or any(c.dep_ == "conj" for c in tok.children):
            continue  # a list: "Ubisoft, Microsoft, and PlayStation VR had …"
        if lower is None:
            lower = {t.lower for t in doc if t.is_lower}
        if tok.lower not in lower:
            added.append(Span(doc, i, i + 1, label="PERSON"))
    if not added:
        return ents
    doc.ents = ents = sorted(ents + added, key=lambda e: e.start)
    return ents


_QUOTES = ('"', "“", "”")
_MAX_SENDER = 4


def _sender_word(tok: Token) -> bool:
    """A word of a sender's name: capitalised ("Les", "McGilloway"), an initial ("S."), or
    letters in capitals ("TJO")."""
    text = tok.text
    return (tok.is_alpha and text[:1].isupper()) or (len(text) == 2 and text[0].isupper() and text[1] == ".")


def _address_after(doc: Doc, i: int) -> bool:
    """An email address in the angle brackets opening at ``doc[i]`` (the tokenizer may cut it
    at an ellipsis: "rreynol ... @cogeco.ca")."""
    for tok in doc[i + 1 : i + 5]:
        if tok.text == ">":
            return False
        if "@" in tok.text:
            return True
    return False


def _senders(doc: Doc, ents: list[Span], orths: list[int]) -> list[Span]:
    """'"Townsend, George" <gtownsend@manorisd.net>': the quoted name before an email address
    in angle brackets, as mail headers write the sender, is a PERSON, "Last, First" included
    (UNER EWT train tags 8 of 10 so; not a group or a company: "The Cat Album", "Sales
    Team")."""
    bracket = doc.vocab.strings.add("<")
    added = []
    for k in (i for i, orth in enumerate(orths) if orth == bracket):
        tok = doc[k]
        if not _address_after(doc, k):
            continue
        close = tok.i - 1
        if close < 2 or doc[close].text not in _QUOTES:
            continue
        start = close - 1
        while start > 0 and close - start <= _MAX_SENDER and doc[start - 1].text not in _QUOTES:
            start -= 1
        if start == 0 or doc[start - 1].text not in _QUOTES or start == close:
            continue
        words = doc[start:close]
        commas = [t for t in words if t.text == ","]
        names = [t for t in words if t.text != ","]
        if len(commas) > 1 or (commas and (commas[0].i in (start, close - 1))):
            continue
        if not all(_sender_word(t) for t in names):
            continue
        if is_org_head(names[-1]) or names[-1].lower_ in _GROUP_SIGNERS or names[0].lower_ == "the":
            continue
        added.append(Span(doc, start, close, label="PERSON"))
    if not added:
        return ents
    inside = {i for span in added for i in range(span.start, span.end)}
    kept = [e for e in ents if inside.isdisjoint(range(e.start, e.end))]
    doc.ents = ents = sorted(kept + added, key=lambda e: e.start)
    return ents


# Words that name a storm before its given name ("Hurricane Katrina", "Cyclone Phailin");
# "Storm" alone only after "Tropical" ("Storm Thorgerson" is a person).
_STORM_NOUNS = frozenset(("Hurricane", "Typhoon", "Cyclone"))
_TROPICAL = ("Storm", "Depression")


def _storm_start(doc: Doc, i: int) -> int | None:
    """Where the storm noun before (or at) ``doc[i]`` begins, if there is one."""
    if doc[i].text in _STORM_NOUNS:
        return i
    if doc[i].text in _TROPICAL and i > 0 and doc[i - 1].text == "Tropical":
        return i - 1
    return None


def _storms(ents: list[Span]) -> list[Span]:
    """ "Cyclone Phailin", "Hurricane Katrina": a storm's given name is no person. A PERSON
    (or ORG) that begins with a storm noun or follows one ("Hurricane", "Typhoon", "Cyclone",
    "Tropical Storm") is the storm, an EVENT as OntoNotes types named storms (UNER and GUM do
    not tag them as people), taking in the noun; the given name standing alone as a PERSON
    elsewhere in the text ("Phailin's winds") is the storm too."""
    if not ents:
        return ents
    doc = ents[0].doc
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    names: set[int] = set()
    for k, ent in enumerate(ents):
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        start = _storm_start(doc, ent.start) if len(ent) > 1 else None
        if start is None and ent.start > 0 and ent.start - 1 not in taken:
            start = _storm_start(doc, ent.start - 1)
        if start is None or start < ent.start and start in taken:
            continue
        out[k] = Span(doc, start, ent.end, label="EVENT")
        if ent.end - start == (3 if doc[start].text == "Tropical" else 2):
            names.add(doc[ent.end - 1].orth)  # a one-word given name
    if not names:
        return ents
    return [
        Span(doc, e.start, e.end, label="EVENT")
        if e.label_ == "PERSON" and len(e) == 1 and e[0].orth in names
        else e
        for e in out
    ]


def _coordinated_people(doc: Doc) -> Doc:
    """A one-word place the gazetteer does not know, coordinated with people ("Rumsfeld,
    Wolfowitz and Feith" with only Wolfowitz and Feith tagged PERSON), is a person."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ not in ("GPE", "LOC") or ent.kb_id_ or len(ent) != 1:
            continue
        tok = ent[0]
        family = [tok.head, *tok.head.conjuncts] if tok.dep_ == "conj" else list(tok.conjuncts)
        kinds = {t.ent_type_ for t in family if t.i != tok.i}
        if kinds == {"PERSON"}:
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
    return doc


def _repeated(
    doc: Doc, i: int, keys: list[tuple[int, ...]] | tuple[()], taken: set[int], lower: set[int]
) -> tuple[int, int, tuple[int, ...]] | None:
    for key in keys:
        end = i + len(key)
        if end > len(doc) or any(j in taken for j in range(i, end)):
            continue
        if tuple(t.orth for t in doc[i:end]) != key:
            continue
        if len(key) == 1 and not _acronym(doc[i]) and (doc[i].lower in lower or doc[i].is_stop):
            continue
        if not _alone(doc, i, end):
            continue  # "Google" inside a longer name "Google Earth", "Senate Republicans"
        return i, end, key
    return None


def _acronym(tok: Token) -> bool:
    """An all-capital word of two letters or more ("IS", "SDF"), which the tagger may take for
    another word ("IS" tagged AUX) but which a text's own ORG "IS" names wherever it stands
    alone ("IS detainees", "the IS attack"); not in a line of capitals ("THIS IS IT")."""
    if not (tok.is_upper and tok.is_alpha and len(tok) > 1):
        return False
    doc, i = tok.doc, tok.i
    return not any(0 <= j < len(doc) and doc[j].is_upper and doc[j].is_alpha for j in (i - 1, i + 1))


def _alone(doc: Doc, start: int, end: int | None = None) -> bool:
    """Words standing on their own: no capitalised word right before or after in the sentence
    ("Heaven Sent Gaming" is not "Heaven"), and no word joined to them without a space
    ("al-Sadr" is not "Sadr")."""
    end = start + 1 if end is None else end
    if start > 0:
        before = doc[start - 1]
        if not before.whitespace_ and _joins(before) or _name_token(before) and not doc[start].is_sent_start:
            return False
    if end < len(doc):
        after = doc[end]
        if not doc[end - 1].whitespace_ and _joins(after) or _name_token(after) and not after.is_sent_start:
            return False
    return True


def _joins(tok: Token) -> bool:
    """A word or joining mark written against a name ("al-", "-OIR", "/Firefox")."""
    return tok.is_alpha or tok.is_digit or tok.text in ("-", "–", "/", "&")
