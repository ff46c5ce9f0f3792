"""``cl_orgs``: organisation names the statistical NER missed, cut short or typed as a place.

Runs after ``cl_gazetteer``. Four rules, from the shape of English organisation names:

1. *Head noun*: a run of capitalised words ending in an organisation noun
   (``data/org_heads.txt``: "Authority", "Navy", "Gazette" …), optionally continued by "of"
   (+ "the") and more capitalised words, is an ORG: "Civil Defense Authority", "Indonesian
   Navy", "Doctor Who Society of Canada", "Ezzedine al-Qassam Brigades" (the Arabic article
   written against a name word belongs to it). The run starts after a determiner or possessive
   ("Saudi Arabia's Civil Defense Authority" gives "Civil Defense Authority") and needs two
   words at least ("the Army" alone is left to the NER); an adjective of praise or blame and
   the noun alone ("Great Service", "Poor Service") is a review's verdict. It replaces the
   place and group entities inside it and an organisation it extends; it never cuts through another entity
   or overrides a PERSON (unless the PERSON ends in the organisation noun of a name after
   "the": "the Andy Warhol Foundation"), or a country or region the gazetteer knows by
   exactly that name ("West Bank").
   Names put head first begin with such a noun (``data/org_lead_nouns.txt``: "Jabhat",
   "Kataib", "Instituto" …) and go on over the capitalised words after it and the Arabic
   article and hyphens written against them ("Asaib Ahl al-Haq", "Tehrik-i-Taliban
   Pakistan"); they override a PERSON inside them.
2. *Place retyped*: a GPE/LOC entity whose head (its last word, or the word before "of")
   is such a noun is an ORG ("LA Weekly", "United States Navy"), unless the gazetteer knows
   exactly that name as a country or region ("West Bank").
   An ORG entity whose last word is a capitalised noun for a building or public place
   (``data/place_heads.txt``: "Mansion", "Station", "Bridges" …) is retyped LOC, as UNER and
   GUM annotate facilities ("Pittock Mansion", "International Space Station").
3. *Acronyms of the text's organisations*: an all-capital word in parentheses right after an
   ORG and starting with its first letter (``Greater New Orleans Fair Housing Action Center
   (GNOFHAC)``), or made of the initials of an ORG's capitalised words ("Syrian Democratic
   Forces" … "SDF", three letters at least), is that organisation wherever it occurs in the
   document, unless the gazetteer knows it as a place ("US"). The acronym of a named facility
   is that place ("ISS", LOC).
4. *Known names*: organisations that news texts name without an organisation noun
   (``data/org_names.txt``: "Xinhua", "Kremlin", "Gazprom" …) are ORG wherever they stand on
   their own (no capitalised word right before, other than a sentence's first "The", or
   after), retyping an entity of exactly those words ("Xinhua" tagged PERSON) but never
   cutting into another; not an all-capital name in a line of capitals, nor a name that is
   also a town after a preposition of place ("in Duma"). "House" after "the" or "this" (a
   sentence's first "The" too) and not opening a longer name is the chamber ("the House did its job").
5. *Edges*: the letters after a person's name ("Mark Tedeschi, QC") are no ORG; no entity
   ends in a lower-case function word or "The" ("Claudia Mo of", and "Washington D.C. The"
   across a sentence end the abbreviation hides; "James To" is a name) nor in the word that
   opens a caption's picture credit ("Washington D.C. Image: United States Navy"); a name
   does not begin with the known place of a stance ("pro-Beijing DAB" gives "DAB"); an ORG does not take in the article before it ("The Church of Scientology" gives
   "Church of Scientology"; UNER EWT train leaves "the" out of 354 ORG names and takes it in
   26 times, GUM never) nor a title noun after its organisation noun ("the State Department
   Spokesperson" gives "State Department"; ``data/titles.txt``). After "<title noun> of/to
   [the]", a name of two or three capitalised words glued to the end of an organisation or
   place is the person holding the title: "CEO of the Refugee Council Enver Solomon" gives
   ORG "Refugee Council" and PERSON "Enver Solomon" ("ambassador to the United States
   Hamdullah Mohib": GPE and PERSON).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .gazetteer import PLACE_OVER_ORG_KINDS

_PLACES = ("GPE", "LOC", "NORP")
_MIN_WORDS = 2
# Adjectives of praise or blame: with an organisation noun alone they title a review.
_EVALUATIVE = frozenset(
    [
        "great",
        "good",
        "poor",
        "bad",
        "excellent",
        "prompt",
        "friendly",
        "terrible",
        "awful",
        "awesome",
        "best",
        "worst",
        "wonderful",
        "horrible",
        "amazing",
        "fast",
        "quick",
        "professional",
        "reliable",
        "fantastic",
        "outstanding",
        "nice",
        "rude",
        "slow",
        "lousy",
        "superb",
        "courteous",
        "helpful",
    ]
)
_HEADLINE_WORDS = 3
_MIN_ACRONYM = 2
_MIN_INITIALS = 3  # two initials ("US", "AQ") match too many other words


def word_list(name: str) -> frozenset[str]:
    """A one-column list under ``data/``: stripped lines, no blanks, no ``#`` comments."""
    text = resources.files("claimledger.data").joinpath(name).read_text("utf8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    return word_list("org_heads.txt")


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """Nouns ending the names of buildings and public places (``data/place_heads.txt``)."""
    return word_list("place_heads.txt")


@lru_cache(maxsize=1)
def org_lead_nouns() -> frozenset[str]:
    """Nouns that begin organisation names put head first (``data/org_lead_nouns.txt``)."""
    return word_list("org_lead_nouns.txt")


# Legal forms ending company names, written as they are ("Deutsche Bank AG", "Tata Sons Pvt Ltd",
# "Warner Bros.").
_COMPANY_FORMS = frozenset(
    (
        "Inc.",
        "Ltd.",
        "Corp.",
        "Inc",
        "Ltd",
        "Corp",
        "GmbH",
        "AG",
        "LLC",
        "LLP",
        "PLC",
        "plc",
        "Pty",
        "N.V.",
        "Bros.",
    )
)


def is_org_head(tok: Token) -> bool:
    return tok.is_title and tok.lower_ in org_heads() or tok.text in _COMPANY_FORMS


def _is_name_word(tok: Token) -> bool:
    if tok.pos_ in ("DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX", "NUM"):
        return False
    if tok.pos_ in ("ADV", "VERB") and (tok.is_sent_start or not tok.is_title):
        return False  # a capitalised "verb" inside a sentence is a mistagged name word ("United")
    return (tok.is_title or (tok.is_upper and len(tok) > 1)) and tok.is_alpha or tok.text.endswith(".")


IsPlace = Callable[[Span], bool]


@Language.factory("cl_orgs")
def make_orgs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The place test is the gazetteer's, when the pipeline has one."""
    is_place = (
        getattr(nlp.get_pipe("cl_gazetteer"), "is_place", None) if "cl_gazetteer" in nlp.pipe_names else None
    )
    return lambda doc: find_orgs(doc, is_place)


@lru_cache(maxsize=1)
def org_names() -> dict[str, list[tuple[str, ...]]]:
    """Known organisation names (``data/org_names.txt``) by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(
        (tuple(_NAME_TOKENS.findall(x)) for x in word_list("org_names.txt")), key=len, reverse=True
    ):
        out.setdefault(words[0], []).append(words)
    return out


@lru_cache(maxsize=1)
def _org_names_by_orth() -> dict[int, list[tuple[str, ...]]]:
    """``org_names`` keyed by the first word's string id (a token's ``orth``), so that a text's
    words are looked up as integers, without making a Token and its text for every word."""
    return {get_string_id(first): names for first, names in org_names().items()}


_NAME_TOKENS = re.compile(r"[^\s-]+|-")  # the tokenizer splits "al-Qaeda" at its hyphen
# Before a name the gazetteer also knows as a town ("Duma", "Hamas"), these make it the town.
_LOCATIVE = frozenset(("in", "near", "at", "outside", "around", "from", "to", "into", "toward", "towards"))


def find_orgs(doc: Doc, is_place: IsPlace | None = None) -> Doc:
    place = is_place or (lambda span: False)
    ents = list(doc.ents)
    for span in _head_noun_spans(doc):
        ents = _merge(span, ents)
    for span in _lead_noun_spans(doc):
        ents = _merge(span, ents, lead=True)
    for span in _known_names(doc, place) + _the_house(doc):
        ents = _name_known(span, ents)
    ents = [_with_feature_noun(_retyped(_trimmed(e))) for e in ents if not _post_nominal(e)]
    ents = [_without_stance(e, place) for e in ents]
    ents = [part for e in ents for part in _role_holder(e, place)]
    ents = [part for e in ents for part in _member_of(e, place)]
    ents = _acronyms(doc, ents, place)
    ents = _short_forms(doc, ents)
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


# Letters written after a person's name for a rank, office or degree ("Mark Tedeschi, QC").
_POST_NOMINALS = frozenset(
    ("QC", "KC", "SC", "MP", "MEP", "MSP", "MD", "PhD", "OBE", "MBE", "CBE", "KBE", "FRS")
)


def _post_nominal(ent: Span) -> bool:
    """An ORG that is the letters after a person's name ("Tom Molomby, SC, said")."""
    if ent.label_ != "ORG" or len(ent) != 1 or ent.text not in _POST_NOMINALS or ent.start < 2:
        return False
    before = ent.doc[ent.start - 1]
    name = ent.doc[ent.start - 2] if before.text == "," else before
    return name.ent_type_ == "PERSON"


# A military unit's number, written as an ordinal in figures, opens its name, as a spelled-out
# or Roman one does ("Ninth Legion", "IV Corps", "U.S. Sixth Fleet": GUM train, WikiGold); not
# other bodies' ("the 117th [Congress]" in GUM, "the 33rd Board of Governors").
_ORDINAL = re.compile(r"[1-9][0-9]*(?:st|nd|rd|th)")
_UNIT_NOUNS = frozenset(
    ("army", "battalion", "brigade", "brigades", "corps", "fleet", "legion", "regiment", "militia", "guard")
)


def _head_noun_spans(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    for tok in doc:
        if not is_org_head(tok) or (spans and tok.i < spans[-1].end) or _is_headline(tok.sent):
            continue
        start = tok.i
        while start > 0 and (
            _is_name_word(doc[start - 1])
            or _is_inner_hyphen(doc, start - 1)
            or _is_article_particle(doc, start - 1)
        ):
            start -= 1
        start = _after_inner_title(doc, start, tok.i)
        if start > 0 and tok.lower_ in _UNIT_NOUNS and _ORDINAL.fullmatch(doc[start - 1].text):
            start -= 1  # "the 47th Brigade", "the 82nd Airborne Corps", "the 501st Legion"
        start = _coordinated_start(doc, start, tok.i)
        end = _continue_with_of(doc, tok.i + 1)
        if end - start == _MIN_WORDS and doc[start].lower_ in _EVALUATIVE:
            continue  # "Great Service", "Poor Service": a review's verdict, not a name
        if end - start >= _MIN_WORDS:
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


# Titles of an office holder that no organisation's name holds in its middle (not "Justice",
# "Executive", "Private", "King", "St.": "Israeli Justice Ministry", "Mount St. Mary's College").
_OFFICE_TITLES = frozenset(
    (
        "secretary", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
        "ambassador", "commander", "director", "chairman", "chairwoman", "chairperson", "ceo",
    )
)  # fmt: skip


def _after_inner_title(doc: Doc, start: int, head: int) -> int:
    """ "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder": an office title inside the
    run before the organisation noun ends a title, and the name begins after it ("Air Force");
    a title word opening the run is left to the rest of the rules ("President Obama Foundation")."""
    for k in range(head - 1, start, -1):
        if doc[k].lower_ in _OFFICE_TITLES:
            return k + 1
    return start


_ARABIC_ARTICLES = ("al", "el")
_PARTICLES = (*_ARABIC_ARTICLES, "ul", "ut", "ud", "i", "e")  # "Asaib Ahl al-Haq", "Tehrik-i-Taliban"


def _lead_noun_spans(doc: Doc) -> list[Span]:
    """ "Jabhat al-Nusra", "Instituto Gonzaga": a capitalised noun that begins organisation
    names (``data/org_lead_nouns.txt``) and the capitalised words after it, the Arabic article
    and hyphens written against them included."""
    spans: list[Span] = []
    lead = org_lead_nouns()
    for tok in doc:
        if not tok.is_title or tok.lower_ not in lead or (spans and tok.i < spans[-1].end):
            continue
        end = tok.i + 1
        while end < len(doc) and _goes_on(doc, end, lead):
            end += 1
        while end > tok.i + 1 and (doc[end - 1].text == "-" or doc[end - 1].lower_ in _PARTICLES):
            end -= 1
        if end - tok.i >= _MIN_WORDS and not _is_headline(tok.sent):
            spans.append(Span(doc, tok.i, end, label="ORG"))
    return spans


def _goes_on(doc: Doc, i: int, lead: frozenset[str]) -> bool:
    """Whether ``doc[i]`` continues a name begun by a lead noun: a name word, a capitalised
    word or a particle written after a hyphen, a hyphen written against both its
    neighbours, a particle before its hyphen ("al-")."""
    tok, prev = doc[i], doc[i - 1]
    glued = not prev.whitespace_
    after_hyphen = glued and prev.text == "-"
    if _is_name_word(tok) and tok.lower_ not in lead or tok.is_title and after_hyphen:
        return True
    if tok.text == "-":
        return glued and not tok.whitespace_ and i + 1 < len(doc)
    if tok.lower_ not in _PARTICLES:
        return False
    return after_hyphen or (not glued and i + 1 < len(doc) and doc[i + 1].text == "-")


def _known_names(doc: Doc, is_place: IsPlace) -> list[Span]:
    """Occurrences of known organisation names that stand on their own: no capitalised word
    right before (mid-sentence, other than a sentence's first "The") or after, no word written
    against them; an all-capital name not next to another all-capital word (a shouted "FOR
    CIA AGENTS" says nothing); a name that is also a town not after a preposition of place
    ("in Duma" is the Syrian town, "the Duma" the Russian parliament)."""
    names = _org_names_by_orth()
    spans = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in names:
            continue
        tok = doc[i]
        for words in names[orth]:
            end = tok.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[tok.i : end]) != words:
                continue
            before = doc[tok.i - 1] if tok.i else None
            after = doc[end] if end < len(doc) else None
            if before is not None and not tok.is_sent_start and not _open_before(before, tok.text.isupper()):
                break
            if after is not None and (
                after.is_title and not after.is_sent_start or after.text == "-" or _shouted(after, tok.text)
            ):
                break
            span = Span(doc, tok.i, end, label="ORG")
            if before is not None and before.lower_ in _LOCATIVE and is_place(span):
                break
            spans.append(span)
            break
    return spans


# Institutions named by one capitalised noun after "the" ("the House", "the Crown").
_THE_INSTITUTIONS = frozenset(get_string_id(x) for x in ("House", "Crown"))


def _the_house(doc: Doc) -> list[Span]:
    """ "the House did its job", "this House": "House" capitalised after "the" or "this" (or a
    sentence's first "The") is the legislative chamber, as "the Senate"; not the start of a
    longer name ("the House of Lords", "the House Judiciary Committee", "the House-passed bill").
    So is "the Crown", the state as a party to a case ("the Crown prosecutor", "asserted by the
    Crown"; "the Crown of Aragon", "Crown Council" and the series "The Crown" are other names)."""
    spans = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in _THE_INSTITUTIONS or i == 0:
            continue
        tok = doc[i]
        before = doc[tok.i - 1]
        if before.text not in ("the", "this") and not (before.text == "The" and before.is_sent_start):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (
            after.is_title
            or after.lower_ == "of"
            or after.text == "-"
            or not tok.whitespace_
            and after.is_alpha
        ):
            continue
        spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return spans


# Words after a short form that make it the start of a longer name ("the Church of England",
# "the Council for ...", "the Court on ...").
_NAME_GOES_ON = frozenset(("of", "for", "on", "-", "&"))
_OF = frozenset(("of",))


def _short_forms(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the Church", "the Court", "the Party": an organisation noun, capitalised after "the" (a
    sentence's first "The" too) and standing alone, is the short form of the text's organisation
    whose name holds that noun ("the Church of Scientology" … "the Church denied", "the Supreme
    Court" … "the Court has ruled"); news capitalises the noun only for that organisation ("the
    church" is any). GUM train tags 27 of 31 such short forms ORG; without an organisation of
    that noun in the text, nothing is added ("the Committee", "the Administration")."""
    nouns = {t.lower for e in ents if e.label_ == "ORG" and len(e) > 1 for t in e if is_org_head(t)}
    if not nouns:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower not in nouns or i in taken or i == 0:
            continue
        tok = doc[i]
        if not tok.is_title:
            continue
        before = doc[tok.i - 1]
        if before.text != "the" and not (before.text == "The" and before.is_sent_start):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (
            after.is_title
            and not after.is_sent_start
            or after.lower_ in _NAME_GOES_ON
            or not tok.whitespace_
            and after.is_alpha
        ):
            continue
        added.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return ents + added if added else ents


def _shouted(tok: Token, name: str) -> bool:
    """An all-capital word next to an all-capital name: a line written in capitals."""
    return name.isupper() and _capitals(tok)


def _capitals(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and len(tok) > 1


def _open_before(before: Token, upper: bool) -> bool:
    """Nothing before a known name that makes it part of a longer name: "The" opening the
    sentence is an article, and so is a one-word demonym or group the text tagged NORP ("the
    Ukrainian General Staff", "the Democratic Congress": GUM tags the name alone); any other
    capitalised word (or a word written against it) is not."""
    if not before.whitespace_:
        return False
    if (
        before.is_sent_start
        and before.lower_ == "the"
        or before.ent_type_ == "NORP"
        and before.ent_iob_ == "B"
    ):
        return True
    return not before.is_title and not (upper and _capitals(before))


def _name_known(span: Span, ents: list[Span]) -> list[Span]:
    """Add a known organisation name, or retype the entities inside its words ("Downing
    Street" where the NER typed "Street" PERSON); an entity running past it is left alone."""
    overlap = [e for e in ents if e.start < span.end and span.start < e.end]
    if not overlap:
        return [*ents, span]
    if all(span.start <= e.start and e.end <= span.end for e in overlap):
        return [e for e in ents if e not in overlap] + [span]
    return ents


def _is_inner_hyphen(doc: Doc, i: int) -> bool:
    """ "American-Arab": a hyphen with no space around it, between two name words."""
    return (
        doc[i].text == "-"
        and i > 0
        and not doc[i - 1].whitespace_
        and (_is_name_word(doc[i - 1]) or _is_article_particle(doc, i - 1))
    )


def _is_article_particle(doc: Doc, i: int) -> bool:
    """The Arabic article written against the next name word ("Ezzedine al-Qassam Brigades")."""
    return (
        doc[i].lower_ in _ARABIC_ARTICLES
        and not doc[i].whitespace_
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and _is_name_word(doc[i + 2])
    )


def _is_headline(sent: Span) -> bool:
    """Every word capitalised ("Thanks For The Prompt Service"): case says nothing here."""
    words = [t for t in sent[1:] if t.is_alpha and t.pos_ not in ("ADP", "CCONJ", "DET", "PART")]
    return len(words) >= _HEADLINE_WORDS and all(t.is_title or t.is_upper for t in words)


# Days and months (not "may", a modal): they end a name's "of" phrase ("... Brotherhood of
# Magicians Wednesday, October 9") and follow a title without naming anyone (titles.py).
CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


# Prepositions after an organisation noun that go on with its name: "Ministry of Defence",
# "Institute for the Study of War", "Council on Foreign Relations".
_NAME_PREPS = frozenset(("of", "for", "on"))


def _continue_with_of(doc: Doc, i: int, preps: frozenset[str] = _NAME_PREPS) -> int:
    """End of "of/for/on [the] Capitalised Words" after a head noun (and of one "of" phrase
    after a "for"/"on" one: "Institute for the Study of War"), or ``i`` when there is none; a
    day or month name ends it ("the Council on Friday", "on May 15"). A "for"/"on" phrase is
    read only where the NER did not end a name at the noun (GUM news annotates "the
    [Andy Warhol Foundation] for the Visual Arts"), and not when it begins with a person or a
    place or is an organisation of its own ("Member of Parliament for Kayseri", "the National
    Hockey League for FC Basel"). UNER EWT and GUM train, WikiGold and CrossNER politics take
    the "for"/"on" phrase into the name 86 times in 97 ("Council on Foreign Relations")."""
    if i >= len(doc) or doc[i].lower_ not in preps:
        return i
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and _is_name_word(doc[k]) and doc[k].lower_ not in CALENDAR_WORDS:
        k += 1
    if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN":
        return i  # "Board of Muslim clerics": the capitalised words modify a common noun
    if k == j:
        return i
    if doc[i].lower_ != "of":
        first = doc[j]
        if doc[i - 1].ent_type_ and doc[i].ent_iob_ != "I":
            return i  # the NER ended the name at its noun ("the Andy Warhol Foundation for ...")
        if (
            first.lower_ == "may"
            or first.ent_type_ in ("PERSON", "GPE", "LOC")
            or (
                first.ent_type_ == "ORG"
                and first.ent_iob_ == "B"
                and (k >= len(doc) or doc[k].ent_iob_ != "I")
            )
        ):
            return i
        if k < len(doc) and doc[k].lower_ == "of":
            return _continue_with_of(doc, k, _OF)
    if (
        doc[k - 1].ent_type_ in _PLACES
        and (k >= len(doc) or doc[k].ent_iob_ != "I")
        or is_org_head(doc[k - 1])
    ):
        return k  # "Agrarian Party of Russia and Civilian Power", "Union of Right Forces and Yabloko"
    return _coordinated_end(doc, k)


def _plain_name_words(doc: Doc, start: int, end: int, places: bool = False) -> bool:
    """Capitalised words of a name that are no person, organisation noun or (unless ``places``)
    place of their own."""
    other = ("PERSON",) if places else ("PERSON", "GPE", "LOC")
    return all(_is_name_word(t) and t.ent_type_ not in other and not is_org_head(t) for t in doc[start:end])


def _coordinated_end(doc: Doc, k: int) -> int:
    """ "Department of Housing and Urban Development": the name goes on past "and" when one or
    two capitalised words follow and end it (not another organisation, person or country)."""
    if k + 1 >= len(doc) or doc[k].lower_ != "and":
        return k
    m = k + 1
    while m < len(doc) and m - k <= 3 and _is_name_word(doc[m]):
        m += 1
    if m == k + 1 or m - k > 3 or not _plain_name_words(doc, k + 1, m):
        return k
    return m


def _coordinated_start(doc: Doc, start: int, head: int) -> int:
    """ "the Newfoundland and Labrador Court of Appeal": a name of one or two capitalised words
    (place names too), "and", then the run before the head noun, right after "the"."""
    if start < 3 or start == head or doc[start - 1].lower_ != "and":
        return start
    first = start - 2
    while first > start - 3 and first > 0 and _is_name_word(doc[first - 1]):
        first -= 1
    if doc[first - 1].lower_ != "the" or not _plain_name_words(doc, first, start - 1, places=True):
        return start
    if not _plain_name_words(doc, start, head, places=True):
        return start
    return first


def _merge(span: Span, ents: list[Span], lead: bool = False) -> list[Span]:
    """``lead``: the span begins with an organisation noun ("Kataib Hezbollah" tagged PERSON)."""
    overlap = [e for e in ents if e.start < span.end and span.start < e.end]
    for e in overlap:
        inside = span.start <= e.start and e.end <= span.end
        if not inside or (e.label_ == "PERSON" and not lead and not _person_named_org(e, span, overlap)):
            return ents
        if e.label_ == "ORG" and len(e) == len(span):
            return ents
        if len(e) == len(span) and _known_place(e):
            return ents
    return [e for e in ents if e not in overlap] + [span]


def _person_named_org(person: Span, span: Span, overlap: list[Span]) -> bool:
    """ "the Sydney Morning Herald" (PERSON "Herald"), "the far-right John Birch Society": a
    PERSON ending in the organisation noun of a name that follows "the", or in an organisation
    noun no surname is (``_NEVER_SURNAMES``; "Senator Frank Church" stays a person); "the John
    M. Olin Foundation", "Clinton Foundation": a PERSON the name of an organisation goes on
    from, its namesake, unless a title follows or comes between ("Jane Smith Press Secretary",
    "Michael Gapinski Account Vice President Emery Financial Group" in a signature) or another
    entity is inside ("Kriste K. Sullivan Enron Corp.")."""
    doc = span.doc
    last = doc[person.end - 1]
    if is_org_head(last):
        return last.lower_ in _NEVER_SURNAMES or span.start > 0 and doc[span.start - 1].lower_ == "the"
    if person.end == span.end or any(t.lower_ in title_nouns() for t in doc[person.end : span.end + 1]):
        return False
    if span.end < len(doc) and doc[span.end].is_title:
        return False  # "Lora Sullivan Federal Government Affairs Representative": the run goes on
    return len(overlap) == 1


# Organisation nouns that are no English surname ("Church", "Court", "Post", "Fleet" are).
_NEVER_SURNAMES = frozenset(
    (
        "academy",
        "agency",
        "association",
        "authority",
        "bureau",
        "commission",
        "committee",
        "company",
        "corporation",
        "council",
        "department",
        "federation",
        "foundation",
        "industries",
        "institute",
        "institution",
        "ministry",
        "organisation",
        "organization",
        "party",
        "school",
        "society",
        "university",
        "airlines",
        "airways",
        "broadcasting",
        "communications",
        "consortium",
        "directorate",
        "electronics",
        "embassy",
        "holdings",
        "legislature",
        "motors",
        "petroleum",
        "pharmaceuticals",
        "publishers",
        "secretariat",
        "technologies",
        "telecom",
        "tribunal",
        "inc.",
        "ltd.",
        "corp.",
        "bros.",
    )
)


@lru_cache(maxsize=1)
def title_nouns() -> frozenset[str]:
    """Lower-case title and role nouns (``data/titles.txt``); ``titles.py`` reads them from here."""
    return word_list("titles.txt")


_END_WORDS = ("the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to")


def _end_word(tok: Token) -> bool:
    """A function word written in lower case, or "The" ("James To" and "Wilson Or" are names)."""
    return tok.text == "The" or tok.is_lower and tok.text in _END_WORDS


# Words that open a picture credit in a caption ("… in Washington D.C. Image: United States Navy").
_CREDIT_WORDS = frozenset(("Image", "Photo", "Picture", "Credit"))


def _is_credit(tok: Token) -> bool:
    """ "Image" in "Image: Nick Moreau": a credit word right before its colon."""
    doc = tok.doc
    return tok.text in _CREDIT_WORDS and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _trimmed(ent: Span) -> Span:
    """An entity without a function word at its end ("Claudia Mo of", "Washington D.C. The"
    across a sentence end the abbreviation hides) nor the word of a picture credit that
    follows it in a caption ("Washington D.C. Image: …"); an ORG also without the article
    before it and a title noun after its organisation noun."""
    start, end = ent.start, ent.end
    while end - start > 1 and (_end_word(ent.doc[end - 1]) or _is_credit(ent.doc[end - 1])):
        end -= 1
    if ent.label_ != "ORG":
        return ent if end == ent.end else Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id_)
    if end - start > 1 and ent[0].lower_ == "the":
        start += 1
    last = ent.doc[end - 1]
    if (
        end - start > _MIN_WORDS
        and last.lower_ in title_nouns()
        and _org_ends_before(ent.doc, start, end - 1)
    ):
        end -= 1
    if end - start > 1 and end == ent.end and _press_title(ent.doc, end):
        end -= 1  # "Pentagon Press Secretary": the title is "Press Secretary"
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


def _press_title(doc: Doc, end: int) -> bool:
    """ "Press" ending a name before an office title ("Pentagon Press Secretary", "White House
    Press Officer") is the title's first word."""
    return doc[end - 1].text == "Press" and end < len(doc) and doc[end].lower_ in _OFFICE_TITLES | {"officer"}


def _org_ends_before(doc: Doc, start: int, i: int) -> bool:
    """An organisation's name ends right before ``doc[i]``: its organisation noun ("State
    Department Spokesperson"), or one name word after "of" after it ("Conservative Party of
    Canada MP", "Popular Front of India Chairman"; not "Office of the Prime Minister")."""
    if is_org_head(doc[i - 1]):
        return True
    return i - 3 >= start and doc[i - 2].lower_ == "of" and is_org_head(doc[i - 3]) and doc[i - 1].is_title


_STANCES = ("pro", "anti")


def _without_stance(ent: Span, is_place: IsPlace) -> Span:
    """ "pro-Beijing DAB", "anti-Kremlin Yabloko party": a name that the NER began with the
    place of a stance written against "pro-"/"anti-" starts after it; the place belongs to the
    hyphenated modifier, as the gazetteer drops a place standing alone there. Only a place the
    gazetteer knows ("anti-Islamic State coalition" keeps its name)."""
    doc, i = ent.doc, ent.start
    if len(ent) < _MIN_WORDS or i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_:
        return ent
    if doc[i - 2].whitespace_ or doc[i - 2].lower_ not in _STANCES or not is_place(doc[i : i + 1]):
        return ent
    return Span(doc, i + 1, ent.end, label=ent.label_, kb_id=ent.kb_id_)


_ROLE_PREPS = ("of", "to", "for", "at")
_MAX_HOLDER = 3


def _role_holder(ent: Span, is_place: IsPlace) -> list[Span]:
    """ "CEO of the Refugee Council Enver Solomon": the organisation or place, then the person."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "LOC") or len(ent) < _MIN_WORDS + 1:
        return [ent]
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in _ROLE_PREPS or doc[i - 1].lower_ not in title_nouns():
        return [ent]
    for k in range(max(ent.start + 1, ent.end - _MAX_HOLDER), ent.end - 1):
        tail = doc[k : ent.end]
        if not all(t.is_title and t.is_alpha and not is_org_head(t) for t in tail):
            continue
        if any(t.lower_ in title_nouns() for t in tail) or is_place(tail):
            continue
        head = doc[ent.start : k]
        if (ent.label_ == "ORG" and is_org_head(head[-1])) or (ent.label_ != "ORG" and is_place(head)):
            return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k, ent.end, label="PERSON")]
    return [ent]


_MAX_MEMBER = 3


def _member_of(ent: Span, is_place: IsPlace) -> list[Span]:
    """ "Fernando Cheung of the Labour Party", "Michael Tien of NPP": an ORG the NER ran over a
    person's name and the "of" that names the person's party or employer is the person, then the
    organisation. The words before "of" must look like a personal name (two or three capitalised
    words, none an organisation, place or title noun: "Bank of England", "Daughters of the
    American Revolution", "Supreme Court of Cassation", "Foreign Minister of Iran" keep their
    "of"), and the words after it must be an organisation by their last word ("Party") or an
    acronym ("NPP")."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return [ent]
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or not _MIN_WORDS <= of - ent.start <= _MAX_MEMBER:
        return [ent]
    name = doc[ent.start : of]
    if not all(t.is_title and t.is_alpha and not is_org_head(t) and t.tag_ != "NNPS" for t in name):
        return [ent]  # "Girl Scouts of the USA": a plural is no one's name
    if any(t.lower_ in title_nouns() or t.lower_ in org_lead_nouns() for t in name) or is_place(name):
        return [ent]
    if len(name) > _MIN_WORDS and is_place(name[:_MIN_WORDS]):
        return [ent]  # "Nova Scotia House of Assembly"
    start = of + 1
    if start < ent.end - 1 and doc[start].lower_ == "the":
        start += 1
    org = doc[start : ent.end]
    last = org[-1] if len(org) else None
    if last is None or not (is_org_head(last) or (last.is_upper and last.is_alpha and len(org) == 1)):
        return [ent]
    if not is_org_head(last) and is_place(org):
        return [ent]  # "USA" is no party's acronym
    return [Span(doc, ent.start, of, label="PERSON"), Span(doc, start, ent.end, label="ORG")]


# Capitalised nouns of natural features and bases that a place's name goes on into ("Hong Kong
# Island", "Flag Land Base", "Mississippi River").
_FEATURE_NOUNS = frozenset(
    (
        "island", "islands", "river", "mountains", "peninsula", "valley", "bay", "strait", "canal",
        "desert", "basin", "delta", "coast", "sea", "base",
    )
)  # fmt: skip


def _with_feature_noun(ent: Span) -> Span:
    """ "Hong Kong Island", "Flag Land Base": a place the NER ended before a capitalised noun of a
    natural feature or a base, or before a building or place noun (``data/place_heads.txt``:
    "Kyiv Station"), that no entity holds, goes on over it, a place (LOC) of its own."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC") or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if not nxt.is_title or nxt.is_sent_start or nxt.ent_type_ or not doc[ent.end - 1].whitespace_:
        return ent
    if nxt.lower_ not in _FEATURE_NOUNS and nxt.lower_ not in place_heads():
        return ent
    if ent.end + 1 < len(doc) and (doc[ent.end + 1].is_title or doc[ent.end + 1].lower_ == "of"):
        return ent  # the name goes on ("Persian Gulf Sea Base Command"): not for this rule
    return Span(doc, ent.start, ent.end + 1, label="LOC")


def _is_facility(ent: Span) -> bool:
    """A building or public place by its last word ("Pittock Mansion", "Blue Water Bridges")."""
    return len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in place_heads()


def _known_place(ent: Span) -> bool:
    """The gazetteer's countries and regions stay places ("West Bank")."""
    return ent.kb_id_.split(":")[0] in PLACE_OVER_ORG_KINDS


def _retyped(ent: Span) -> Span:
    if ent.label_ == "ORG" and _is_facility(ent):
        return Span(ent.doc, ent.start, ent.end, label="LOC")
    if ent.label_ not in ("GPE", "LOC") or _known_place(ent):
        return ent
    of = next((t.i for t in ent if t.lower_ == "of" and t.i > ent.start), ent.end)
    head = ent.doc[of - 1]
    if is_org_head(head) and of - ent.start >= _MIN_WORDS:
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    return ent


def _acronyms(doc: Doc, ents: list[Span], is_place: IsPlace) -> list[Span]:
    """Acronyms of the text's organisations, and of its named facilities ("International Space
    Station" … "ISS"), take the label of their name."""
    named = [e for e in ents if e.label_ == "ORG" or _is_facility(e)]
    defined = {_initials(e): e.label_ for e in named if len(e) > 1}
    defined.update({_bracketed(e): e.label_ for e in named})
    defined = {a: label for a, label in defined.items() if len(a) >= _MIN_ACRONYM}
    if not defined:
        return ents
    taken = {t for e in ents for t in range(e.start, e.end)}
    for tok in doc:
        if tok.text in defined and is_place(doc[tok.i : tok.i + 1]):
            del defined[tok.text]
    out = [
        Span(doc, e.start, e.end, label=defined[e.text]) if len(e) == 1 and e.text in defined else e
        for e in ents
    ]
    out += [
        Span(doc, t.i, t.i + 1, label=defined[t.text]) for t in doc if t.text in defined and t.i not in taken
    ]
    return out


def _initials(ent: Span) -> str:
    """ "Syrian Democratic Forces" -> "SDF" (function words skipped; three letters at least)."""
    letters = "".join(t.text[0] for t in ent if t.is_title and t.is_alpha)
    return letters if len(letters) >= _MIN_INITIALS else ""


def _bracketed(ent: Span) -> str:
    """The acronym in "(GNOFHAC)" right after the name, when it starts with the name's letter."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return ""
    acr = doc[ent.end + 1]
    first = next((t for t in ent if t.pos_ != "DET"), ent[0])
    if acr.is_upper and acr.is_alpha and len(acr) > 1 and acr.text[0] == first.text[0]:
        return acr.text
    return ""
