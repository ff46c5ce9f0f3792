"""``cl_names``: a person's name is headed by its first word, the others its ``flat``.

UD (EWT, GUM, PUD) writes a personal name as a ``flat`` structure headed by its first word:
in "Barack Obama", ``Obama`` is the ``flat`` of ``Barack``, and the name's relation (``nsubj``
of "said") and its dependents (a title as ``nmod:desc``, an apposition) are on ``Barack``.
After a title ("US President Barack Obama", "Afghan Ambassador Hamdullah Mohib") the parser
often builds the name as a noun compound instead, headed by its last word (``Barack``
``compound`` of ``Obama``), so that the subject of "said" is the surname.

For every PERSON entity (after ``cl_titles`` and ``cl_doc_names`` have set the names) whose
words are all proper nouns, that does not end in an organisation or place noun
(``data/org_heads.txt``, ``data/place_heads.txt``: "Andy Warhol Foundation" is a mistyped
organisation, headed by its last word), and whose last word heads the others through ``compound`` or
``flat`` inside the name, the first word takes the name's head and relation, the other words
become its ``flat``, and the dependents outside the name move to the first word. A title
noun right before a name that hangs from it as a ``compound`` ("Home [Secretary] Suella
Braverman") is its ``nmod:desc``, the relation UD EWT and GUM give a title before a name
(train: 149 ``nmod:desc``, 30 ``compound``, most of these "Sheikh", which our entities include
in the name).

Measured when it was written (``evaluate.py --sets dev,newsdev``, the name flattening alone,
before the title rule): LAS 81.42 -> 81.52 on dev, 78.64 -> 78.94 on GUM news dev, speech-verb subjects 81.3 -> 83.3 % on GUM news dev. Older UD EWT email and
weblog documents still annotate some names head-last (``compound``), which the parser learnt
by heart: on the train split, where it reproduces them, LAS moves 93.36 -> 93.31; on UD EWT
dev alone the rule gains 31 words and loses 25 (mostly shops and places the NER took for
people, "Burger King").
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .docnames import surname_ends
from .labels import extraposed_subject
from .orgs import is_org_head, place_heads
from .titles import is_title

_INSIDE = ("compound", "flat")
_AUXILIARY = ("AUX", "PART", "ADV")


@Language.component("cl_names")
def flat_names(doc: Doc) -> Doc:
    _sentence_initial_surnames(doc)
    titles = {span.end: span for span in doc.spans.get("titles", [])}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if len(ent) > 1:
            _flatten(ent)
            _join_split_name(ent)
        if ent.start in titles:
            _title_taken_for_the_head(titles[ent.start], ent)
        _title_is_descriptive(ent)
        _name_apposed_to_noun_phrase(ent)
    it = doc.vocab.strings.add("it")
    possessive = {doc.vocab.strings.add(form) for form in _POSSESSIVE}
    words = doc.to_array([LOWER, DEP])
    if not (words[:, 1] == doc.vocab.strings.add("csubj")).any():
        it = 0  # no clausal subject in the text: no expletive "it" to find
    for i, lower in enumerate(words[:, 0].tolist()):  # the word-triggered rules
        if lower == it:
            extraposed_subject(doc[i])
        elif lower in possessive:
            _possessor_phrase(doc[i])
    return doc


def _sentence_initial_surnames(doc: Doc) -> None:
    """ "Whitmore stated ...", "Rathbun requested donations": a capitalised word that opens a
    sentence, right before a verb (or before its auxiliaries, "Sunak has made", the verb its
    head), is the surname of a person the text has named in full before ("Steve Whitmore"),
    when it is outside any entity and the text never writes it in lower case. The tagger,
    without a capital to go by at a sentence start, sometimes reads such a word as an adverb,
    a verb or a common noun (and then ``cl_doc_names``, which spreads surnames
    over proper nouns only, leaves it). The word becomes a proper noun and a PERSON, and the
    ``nsubj`` of the verb: either it hung from the verb already, or the parser made it the
    head of the verb's clause (the verb an ``amod`` of its object), and the verb takes its
    place."""
    ents = list(doc.ents)
    surnames = surname_ends(ents)
    if not surnames:
        return
    candidates = [
        s.start
        for s in doc.sents
        if s.end - s.start > 2 and surnames.get(doc[s.start].orth, len(doc)) <= s.start
    ]
    if not candidates:
        return
    lower = {t.lower for t in doc if t.is_lower}
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for i in candidates:
        tok, verb = doc[i], doc[i + 1]
        if (
            tok.head.i > i
            and tok.head.pos_ == "VERB"
            and all(t.pos_ in _AUXILIARY for t in doc[i + 1 : tok.head.i])
        ):
            verb = tok.head  # "Sunak has made": the verb after its auxiliaries
        if i in taken or tok.pos_ == "PROPN" or tok.lower in lower or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c != tok and c.i < verb.i for c in verb.children):
            continue  # a "subject" the parser found after the verb does not stop it ("told LA Weekly that")
        if tok.head == verb or tok.is_ancestor(verb):
            _subject_of(tok, verb)
            added.append(Span(doc, i, i + 1, label="PERSON"))
    if added:
        doc.ents = sorted(ents + added, key=lambda e: e.start)


def _subject_of(tok: Token, verb: Token) -> None:
    """Make ``tok`` (a proper noun) the ``nsubj`` of ``verb``; when ``tok`` headed the clause,
    ``verb`` takes its head, relation and other dependents first."""
    if tok.head != verb:
        was_root = tok.head == tok
        head, dep = tok.head, tok.dep_
        for child in list(tok.children):
            if child != verb:
                child.head = verb
        verb.head = verb if was_root else head
        verb.dep_ = dep
    tok.head, tok.dep_ = verb, "nsubj"
    tok.pos_, tok.tag_ = "PROPN", "NNP"
    tok.lemma_ = tok.text


def _title_taken_for_the_head(title: Span, name: Span) -> None:
    """``Pentagon press secretary, [Brig. Gen.] Pat Ryder, told``: a title (``cl_titles``) right
    before a name, that the parser made the phrase's head (here the appositive of "secretary")
    while hanging the name beside it on the same head, is the name's ``nmod:desc``: the name
    takes the title's head and relation, as UD annotates a title before a name."""
    root, inside = name.root, range(title.start, name.end)
    tops = [t for t in title if t.head.i not in inside]
    if len(tops) != 1 or root.head.i in inside or root.dep_ in ("appos", "flat", "conj"):
        return
    top = tops[0]
    if root.head != top.head or top.head == top:
        return
    moved = [c for c in top.children if c.i not in inside]  # the commas around the phrase
    root.head, root.dep_ = top.head, top.dep_
    top.head, top.dep_ = root, "nmod:desc"
    for child in moved:
        child.head = root


def _title_is_descriptive(name: Span) -> None:
    """``[Home Secretary] Suella Braverman``: a title noun right before the name that hangs
    from it as a ``compound`` is its ``nmod:desc``, as UD EWT and GUM annotate titles."""
    if name.start == 0:
        return
    title = name.doc[name.start - 1]
    if title.head == name.root and title.dep_ == "compound" and is_title(title):
        title.dep_ = "nmod:desc"


def _name_apposed_to_noun_phrase(name: Span) -> None:
    """``[His father] Mohamed El-Hassan Mohamed said``, ``[Tunisia's coach] Nabil Maaloul said``:
    a common noun right before the name, with a determiner or possessor of its own (a full noun
    phrase, not a bare title), that the parser hung on the name (as its ``nmod:desc``,
    ``compound`` or even ``nsubj``) heads the pair, the name its appositive, as UD annotates two
    juxtaposed noun phrases naming one person; the noun takes the name's head and relation."""
    if name.start == 0:
        return
    doc, head = name.doc, name.root
    noun = doc[name.start - 1]
    if noun.pos_ != "NOUN" or noun.head != head or noun.dep_ not in ("nmod:desc", "compound", "nsubj"):
        return
    if not any(c.dep_ in ("det", "nmod:poss") for c in noun.lefts) or not noun.is_lower:
        return
    outer, dep = head.head, head.dep_
    noun.head = noun if outer == head else outer
    noun.dep_ = dep
    head.head, head.dep_ = noun, "appos"


def _join_split_name(name: Span) -> None:
    """``In the 69th minute, [Romelu] Lukaku doubled the lead`` (the first name an ``advmod`` of
    the verb), ``On Wednesday, Home Secretary [Suella] Braverman told`` (an ``appos`` of
    "Wednesday"), ``an [Andy] Warhol exhibit`` (both words ``compound`` of "exhibit"): a
    person's name the parser split, its last word carrying the name's relation while an
    earlier word hangs outside the name, is rebuilt as one ``flat`` name headed by its first
    word, which takes the last word's head and relation. Only names of capitalised words
    (the tagger may take a first name for an adjective), not one that opens with a title
    ("Colonel Rudolf Strasburgh": the title is no part of the ``flat``) or ends in an
    organisation or place noun; left alone where the first word is a conjunct (a list of
    names the entity ran together) or heads the last word's head (no cycle)."""
    first, last = name[0], name[-1]
    inside = range(name.start, name.end)
    if last.head.i in inside or all(t.head.i in inside for t in name[:-1]):
        return  # headed by a word of its own, or the head-last compound of ``_flatten``
    if (
        first.dep_ == "conj"
        or last.dep_ == "punct"
        or is_title(first)
        or is_org_head(last)
        or last.lower_ in place_heads()
    ):
        return
    if any(not t.text.rstrip(".").isalpha() or not t.is_title or t.is_sent_start for t in name[1:]):
        return
    if not first.text.rstrip(".").isalpha() or not first.is_title:
        return
    if any(t.is_ancestor(last.head) for t in name[:-1]):
        return
    _head_first(name, [c for t in name[1:] for c in t.children if c.i not in inside])


_POSSESSIVE = ("'s", "’s", "'", "’")


def _possessor_phrase(tok: Token) -> None:
    """``the [Church] of Scientology's website``: the possessive ``'s`` closes the whole
    possessor phrase, so UD hangs it on the phrase's head ("Church", ``case``), which is the
    ``nmod:poss`` of the possessed noun and takes the phrase's determiner. The parser hangs
    the ``'s`` on the last noun ("Scientology", an ``nmod`` of "Church") and makes the head a
    ``compound`` of the possessed noun, the "the" a ``det`` of it. Where the ``'s`` of an
    ``nmod`` follows the head it hangs from, a ``compound`` of the noun(s) right after the
    ``'s``, the head becomes that noun's ``nmod:poss``, with the ``'s`` and the determiners
    before it (a noun with a possessor phrase takes no article of its own)."""
    if tok.dep_ != "case":
        return
    noun = tok.head
    head = noun.head
    if noun.dep_ != "nmod" or not head.i < noun.i < tok.i or head.dep_ != "compound":
        return
    if head.pos_ not in ("NOUN", "PROPN") or head.head.i != tok.i + 1:
        return
    owned = head.head
    while owned.dep_ == "compound" and owned.head.i > owned.i:
        owned = owned.head  # "the Church of Scientology's cruise ship": the ship
    head.head, head.dep_ = owned, "nmod:poss"
    tok.head = head
    for det in [c for c in head.head.lefts if c.dep_ == "det" and c.i < head.i]:
        det.head = head


def _head_first(name: Span, outside: list[Token]) -> None:
    """Rebuild ``name`` the UD way: its first word takes the last word's head and relation, the
    other words are its ``flat``, and ``outside`` (dependents outside the name) hang on it."""
    first, last = name[0], name[-1]
    head, dep = last.head, last.dep_
    first.head = first if head == last else head
    first.dep_ = dep
    for t in name[1:]:
        t.head, t.dep_ = first, "flat"
    for child in outside:
        child.head = first


def _flatten(name: Span) -> None:
    last = name[-1]
    if any(t.pos_ != "PROPN" for t in name) or is_org_head(last) or last.lower_ in place_heads():
        return  # "Andy Warhol Foundation", "Hobby Lobby": an organisation or place taken for a name
    if last.head.i in range(name.start, name.end) and last.head != last:
        return  # the name hangs from inside itself: not a head-last compound
    if any(t.head.i not in range(name.start, name.end) or t.dep_ not in _INSIDE for t in name[:-1]):
        return
    _head_first(name, [c for t in name for c in t.children if not name.start <= c.i < name.end])
