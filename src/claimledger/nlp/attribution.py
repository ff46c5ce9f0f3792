"""``cl_attribution``: one tree shape for a quotation followed by its attribution.

``“We will fight,” he said.`` and ``Russia will attack, the official said.``: UD EWT and PUD
make the speech verb the head and the quoted or reported clause its ``ccomp``; a parser trained
on mixed data often returns the older shape (the clause is the root and ``said`` its
``parataxis``). This component rewrites that shape after the parser, so that extraction can
always find the content as the ``ccomp`` of the speech verb.

It applies when a speech verb (``data/speech_verbs.txt``) is ``parataxis`` of an earlier
word in its sentence, has an ``nsubj``, and ends the sentence (every later token is in its
subtree or punctuation). The verb takes over its head's relation and head; the old head
becomes its ``ccomp``; sentence-final punctuation moves to the verb. Two other shapes of the
same attribution are read the same way:

- the verb as ``conj`` of the quote (``“…,” he added``), when nothing coordinates them: no
  ``cc`` on the verb, and a comma or closing quotation mark right before the attribution;
- the verb as ``acl`` of its own subject, which the parser took for a dependent of the quote
  (``…,” the message claimed``): the subject becomes the verb's ``nsubj``.

Before that, a verb whose form is an inflection of a speech verb gets that verb as its lemma:
the trained lemmatizer garbles some regular forms ("insisted" -> "insiste", "reiterated" ->
"reiterat", "noting" -> "not"), which would hide the verb from every rule that reads
``data/speech_verbs.txt``. Forms are built by regular English inflection (``-s``/``-es``/``-ies``,
``-ed``/``-d``/``-ied``, ``-ing`` with a final silent e dropped, a final consonant doubled as in
"admitted") plus the irregular "said", "told", "wrote", "written"; a form that two verbs could
share is left alone. Only tokens tagged VERB are touched, and the -ing forms tagged NOUN that
work as verbs: used as a clause ("…, writing: “…”"), or right before an opening quotation
mark with nothing marking a noun (``with one poster writing "How can …"``), where the noun
the parser made their ``compound`` becomes their subject and a preposition their marker.

A medial attribution that the parser made the head of the sentence (``The attack, officials
said, killed 12 people``: the speech verb with two subjects) is turned into the UD shape, the
clause the head and the attribution its ``parataxis`` (``_medial_attribution``).

Then the content clauses the parser hung elsewhere are repaired (``complements.py``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .complements import fix_complements, is_finite, names_person, speech_verb_tokens
from .speakers import is_speech_verb, speech_verbs

_SHAPES = ("parataxis", "conj", "acl", "ccomp")
_CONJ = get_string_id("conj")
_LEFT_OF_VERB = {"aux", "aux:pass", "advmod", "cop", "punct", "neg"}
_SUBJECTS = {"nsubj", "nsubj:pass", "expl", "csubj"}
_NOMINAL = ("NOUN", "PROPN", "PRON")
_BARE_NOUN_DEPS = ("obl", "obj", "dep", "ccomp")
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written")}
_VOWELS = set("aeiou")
_CLAUSAL = {"advcl", "xcomp", "acl", "ccomp", "conj"}
_CLAUSAL_MODIFIERS = ("acl", "acl:relcl", "ccomp", "advcl")
_NOUN_DEPENDENTS = {"det", "nmod:poss", "amod", "case", "cop", "compound", "nummod"}
# what marks a noun when a preposition and a compound do not ("with one poster writing"): see _quoting
_NOUN_MARKS = _NOUN_DEPENDENTS - {"case", "compound"}
_CLOSING_QUOTES = {"”", "’", "»"}


def _inflections(verb: str) -> set[str]:
    """Regular (and a few irregular) inflected forms of ``verb``; doubled variants included."""
    forms = {verb, *_IRREGULAR.get(verb, ())}
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
        return forms
    forms.add(verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s")
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing" if not verb.endswith("ee") else verb + "ing"}
        return forms
    forms |= {verb + "ed", verb + "ing"}
    if verb[-1] not in _VOWELS | {"w", "x", "y"} and verb[-2:-1] in _VOWELS and verb[-3:-2] not in _VOWELS:
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # admitted, committing
    return forms


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, str]:
    """Inflected form -> speech verb lemma, for forms only one speech verb yields."""
    seen: dict[str, set[str]] = {}
    for verb in speech_verbs():
        for form in _inflections(verb):
            seen.setdefault(form, set()).add(verb)
    return {form: next(iter(verbs)) for form, verbs in seen.items() if len(verbs) == 1}


@lru_cache(maxsize=1)
def _form_ids() -> dict[int, str]:
    return {get_string_id(form): lemma for form, lemma in speech_forms().items()}


def fix_speech_lemmas(doc: Doc) -> None:
    forms = _form_ids()
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        lemma = forms.get(lower)
        if lemma is None:
            continue
        tok = doc[i]
        if tok.pos_ == "NOUN" and tok.lower_.endswith("ing") and (_verbal_gerund(tok) or _quoting(tok)):
            tok.pos_ = "VERB"
            tok.set_morph("Tense=Pres|VerbForm=Part")  # type: ignore[attr-defined]  # not in the stubs
            _compound_is_subject(tok)
        elif tok.pos_ == "NOUN" and tok.lower_.endswith("s") and tok.lower_ != lemma:
            _present_verb(tok)
            _verb_read_into_subject(tok)
            _subordinate_verb(tok)
        if tok.pos_ == "VERB" and tok.lemma_.lower() != lemma:
            tok.lemma_ = lemma


def _present_verb(tok: Token) -> None:
    """``The Kremlin denies that it is planning an attack``: a speech verb's -s form tagged NOUN
    and made the root, with the noun before it as its compound and a that-clause with its own
    subject as its modifier, is the present-tense verb: the noun becomes its subject (taking
    the words before it), the clause its ``ccomp``. A noun reading would have a determiner or
    possessor of its own and a verb elsewhere ("the claims that … are false"). The same with a
    quotation opening right after it (past a comma) instead of the that-clause ("The U.S.
    Department of Agriculture notes, "Ground-level ozone causes …"", the clause a
    ``parataxis``), where the noun before it may end in an "of" phrase."""
    if tok.dep_ != "ROOT" or any(c.dep_ in ("cop", "nmod:poss", "case") for c in tok.children):
        return
    clause = next((c for c in tok.rights if c.dep_ in _CLAUSAL_MODIFIERS or c.dep_ == "parataxis"), None)
    if clause is None:
        return
    infinitive = _infinitive_after(tok, clause)
    quoted = not infinitive and _opens_quote(tok.doc[tok.i + 1 : tok.i + 3], clause)
    if not infinitive:
        that = clause.left_edge.lower_ == "that" and clause.left_edge.i == tok.i + 1
        if not (that or quoted) or clause.dep_ == "parataxis" and not quoted:
            return
        if not any(c.dep_ in _SUBJECTS for c in clause.children):
            return
    before = [c for c in tok.lefts if not c.is_punct]
    subj = before[-1] if before else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return
    if subj.i != tok.i - 1 and not (quoted and subj.right_edge.i == tok.i - 1):
        return
    if subj.dep_ not in ("compound", "nsubj", "nmod"):
        return
    tok.pos_ = "VERB"
    tok.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")  # type: ignore[attr-defined]
    subj.dep_ = "nsubj"
    for word in before[:-1]:
        if not any(t.is_punct for t in tok.doc[word.i + 1 : subj.i]):
            word.head = subj  # "the [M5S party]", not "In the second case, [the M5S party]"
    clause.dep_ = "xcomp" if infinitive else "ccomp"
    for child in tok.rights:
        if child.dep_ == "nmod" and child.i < clause.i:
            child.dep_ = "obl"  # "asks [to the government] to assure": the verb's oblique


def _infinitive_after(tok: Token, clause: Token) -> bool:
    """``The party asks (to the government) to assure …``: ``clause`` is a to-infinitive (a
    verb whose first word is "to") after ``tok``, with nothing between them but prepositional
    phrases on ``tok``; so it is the form's infinitive complement, as after "asks", "promises",
    "vows"."""
    first = clause.left_edge
    if clause.pos_ != "VERB" or first.lower_ != "to" or first.head != clause or first.i <= tok.i:
        return False
    k = tok.i + 1
    while k < first.i:
        pp = tok.doc[k]
        if pp.dep_ != "case" or pp.head.head != tok or pp.head.dep_ != "nmod":
            return False
        k = pp.head.right_edge.i + 1
    return k == first.i


def _subordinate_verb(tok: Token) -> None:
    """``unless lisa promises to get …``: a speech verb's -s form tagged NOUN that opens an
    adverbial or complement clause with a subordinator ("unless", "if", "because") and has a
    noun right before it as its ``compound`` is the clause's present verb, the noun its
    subject: a subordinator marks a clause, and a noun predicate would have a copula."""
    if tok.dep_ not in _CLAUSAL or any(c.dep_ in _NOUN_MARKS for c in tok.children):
        return
    if not any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < tok.i for c in tok.children):
        return
    prev = tok.doc[tok.i - 1]
    if prev.head != tok or prev.dep_ != "compound" or prev.pos_ not in _NOMINAL:
        return
    tok.pos_ = "VERB"
    tok.set_morph(_PRESENT_3SG)  # type: ignore[attr-defined]
    _compound_is_subject(tok)


_PRESENT_3SG = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _verb_read_into_subject(tok: Token) -> None:
    """``The U.S. Department of Agriculture notes, "Ground-level ozone causes …"``: a speech
    verb's -s form tagged NOUN and read as the head of the subject's "of" phrase ("of
    [Agriculture notes]"), while the subject went to the reported clause after it, which so
    has two subjects (one before the verb, one of its own after it). The form is the present
    verb: the noun before it heads the "of" phrase again (taking its preposition and
    determiner), the subject is the verb's, and the reported clause (a quotation opening right
    after it, or a that-clause) its ``ccomp``; the verb takes the clause's place in the tree,
    with the words after the closing quotation mark ("…," highlighting …). A noun reading leaves the clause with one subject ("The author of the field notes, “A
    Guide”, said …"). Where the sentence has no verb at all (the subject its root), a
    that-clause with its own subject hung on the form is its content: "The head of the Red
    Cross notes that the camps are full"."""
    subj, doc = tok.head, tok.doc
    noun = doc[tok.i - 1]
    after = doc[tok.i + 1 : tok.i + 3]
    if not len(after) or tok.dep_ != "nmod" or noun.head != tok or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if subj.i > tok.i or not any(c.dep_ == "case" for c in tok.lefts):
        return
    if subj.head == subj:  # no verb: "The head of the Red Cross [notes] [that the camps are full]"
        clause = next((c for c in tok.rights if c.left_edge.i == tok.i + 1), None)
        if clause is None or after[0].lower_ != "that" or not _own_subject(clause):
            return
        _of_phrase_back(tok, noun, subj)
        moved = [c for c in subj.children if c.i > tok.i]  # the final punctuation
        tok.head, tok.dep_ = tok, subj.dep_
        subj.head, subj.dep_ = tok, "nsubj"
        for child in moved:
            child.head = tok
        clause.dep_ = "ccomp"
        return
    clause = subj.head
    if subj.dep_ not in ("nsubj", "nsubj:pass") or not tok.i < clause.i:
        return
    if not any(c.dep_ in _SUBJECTS and c.i > tok.i for c in clause.children):
        return
    if not (
        len(after) and after[0].lower_ == "that" and after[0].head == clause or _opens_quote(after, clause)
    ):
        return
    _of_phrase_back(tok, noun, subj)
    # words before the subject go with the verb, and the final punctuation, or after a
    # quotation everything after its closing mark (", highlighting …")
    last = clause.sent.end - 1
    if after[0].lower_ == "that":
        moved = [c for c in clause.children if c.i < subj.i or c.i == last and c.is_punct]
    else:
        end = _quote_end(doc, tok.i + 1, clause.sent.end)
        moved = [c for c in clause.children if c.i < subj.i or c.i > end]
    tok.head = tok if clause.head == clause else clause.head
    tok.dep_ = clause.dep_
    subj.head, subj.dep_ = tok, "nsubj"
    clause.head, clause.dep_ = tok, "ccomp"
    for child in moved:
        child.head = tok


def _of_phrase_back(tok: Token, noun: Token, subj: Token) -> None:
    """``tok`` is the present verb; ``noun``, the word before it, heads the "of" phrase of
    ``subj`` again, with the words before it that hung on ``tok``."""
    tok.pos_ = "VERB"
    tok.set_morph(_PRESENT_3SG)  # type: ignore[attr-defined]
    for child in list(tok.lefts):
        if child != noun:
            child.head = noun
    noun.head, noun.dep_ = subj, "nmod"


def _quote_end(doc: Doc, start: int, end: int) -> int:
    """The closing quotation mark of the quotation opening at or after ``start`` (``end - 1``
    when it does not close before ``end``)."""
    marks = [k for k in range(start, end) if doc[k].is_quote]
    return marks[1] if len(marks) > 1 else end - 1


def _opens_quote(after: Span, clause: Token) -> bool:
    """An opening quotation mark (after a comma or colon) right after the verb, inside ``clause``."""
    words = [t for t in after if t.text not in (",", ":")][:1]
    if not words or not words[0].is_quote or words[0].text in _CLOSING_QUOTES:
        return False
    first = words[0].i
    return clause.left_edge.i <= first <= clause.right_edge.i


def _quoting(tok: Token) -> bool:
    """``with one poster [writing] "How can people …"``: an -ing form tagged NOUN right before
    an opening quotation mark (or a comma or colon and one) introduces the quotation, when
    nothing marks it as a noun (a determiner, possessor, adjective, number or copula)."""
    doc, k = tok.doc, tok.i + 1
    if k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    if k >= len(doc) or not doc[k].is_quote or doc[k].text in _CLOSING_QUOTES:
        return False
    return not any(c.dep_ in _NOUN_MARKS for c in tok.children)


def _compound_is_subject(verb: Token) -> None:
    """Dependents of a noun-tagged form that is now a verb: the noun right before it, its
    ``compound``, is its subject, and a preposition its marker ("[with] [one poster]
    writing")."""
    prev = verb.doc[verb.i - 1] if verb.i else None
    if prev is not None and prev.head == verb and prev.dep_ == "compound" and prev.pos_ in _NOMINAL:
        prev.dep_ = "nsubj"
    for child in verb.lefts:
        if child.dep_ == "case":
            child.dep_ = "mark"


def _verbal_gerund(tok: Token) -> bool:
    """An -ing form tagged NOUN that the parser used as a clause ("…, writing: “…”"): a clausal
    relation and no determiner, possessor, adjective, preposition or copula of a noun."""
    return tok.dep_ in _CLAUSAL and not any(c.dep_ in _NOUN_DEPENDENTS for c in tok.children)


def final_attribution(verb: Token, sent: Span) -> bool:
    """Whether ``verb`` is a sentence-final attribution in one of the shapes above."""
    if not (is_speech_verb(verb) and verb.dep_.split(":")[0] in _SHAPES):
        return False
    subtree = {t.i for t in verb.subtree}
    later = [
        t for t in sent[verb.i - sent.start + 1 :] if t.i not in subtree and not (t.is_punct or t.is_space)
    ]
    if verb.dep_.startswith("acl"):
        return not later and _reduced_attribution(verb, sent)
    if not (sent.start <= verb.head.i < verb.i):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children) and hung_subject(verb) is None:
        return False
    quoted = _after_quote(verb.left_edge)
    if later and not (quoted and _escaped(verb, later)):
        return False
    if verb.dep_ == "ccomp" and is_speech_verb(verb.head):
        return False  # "he said “I should warn you”": the ccomp of a speech verb is its content
    if _complement_filled(verb):
        return False
    if verb.dep_ in ("conj", "ccomp"):
        return not any(c.dep_ == "cc" for c in verb.children) and quoted
    return True


def _complement_filled(verb: Token) -> bool:
    """A verb with an object or an infinitive complement of its own does not report the
    clause before it: it is a clause of its own ("the assortment of customers adds
    entertainment to the meal", "1561 Ruy Lopez proposes the 50-move rule", "what can I
    say?"). An attribution has none, or only an addressee ("…, he warned the council") or a
    quotation that follows it ("…," it added; and, later, "Kim Jong-un issued …")."""
    return any(
        c.dep_ in ("obj", "xcomp") and not _quoted(verb, c) and not (c.dep_ == "obj" and names_person(c))
        for c in verb.children
    )


def _quoted(verb: Token, tok: Token) -> bool:
    """A quotation mark between ``verb`` and its dependent ``tok`` after it."""
    return tok.i > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1 : tok.i])


def hung_subject(verb: Token) -> Token | None:
    """The verb's subject, which the parser hung on the quotation: a noun phrase between the
    quotation and the verb (only punctuation after it), right after the closing quote or comma:
    ``“Nobody expected this,” [one resident], who asked not to be named, told AFP``."""
    doc, quote = verb.doc, verb.head
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for noun in quote.rights:
        if not (noun.i < verb.i and noun.pos_ in ("NOUN", "PROPN", "PRON")) or noun.dep_ in ("punct", "cc"):
            continue
        end = max(t.i for t in noun.subtree)
        between = doc[end + 1 : verb.left_edge.i]
        if end < verb.left_edge.i and all(t.is_punct for t in between) and _after_quote(noun.left_edge):
            return noun
    return None


def _after_quote(first: Token) -> bool:
    """A comma or closing quotation mark right before the attribution that starts at ``first``
    (punctuation the parser hung on the attribution itself counts as before it). A quotation
    mark is closing when nothing separates it from the word before it (``fight,”``)."""
    doc, i = first.doc, first.i
    while i < len(doc) - 1 and doc[i].is_punct:
        i += 1
    k = i - 1
    while k >= 0 and doc[k].is_punct:
        if doc[k].text == "," or doc[k].is_quote and k > 0 and not doc[k - 1].whitespace_:
            return True
        k -= 1
    return False


def _escaped(verb: Token, later: list[Token]) -> bool:
    """Words after the verb that the parser hung on the quotation before it: each in the subtree
    of a nominal or adverbial dependent of the quotation's head, after the verb, with no
    quotation mark (a resumed quotation, ``“…,” said the curate, “that this is …”``, stays)."""
    hung = [c for c in verb.head.rights if c.i > verb.i and c.pos_ not in ("VERB", "AUX")]
    inside = {t.i for c in hung for t in c.subtree}
    return all(t.i in inside for t in later) and not any(t.is_quote for t in verb.doc[verb.i : later[-1].i])


_RELATIVE_WORDS = {"who", "whom", "whose", "which", "that", "where", "when"}


def _relative_attribution(verb: Token) -> tuple[Token, Token] | None:
    """``“The problem is not with the groups …,” Habib said.``: a sentence-final speech verb with
    its own subject right after a comma or closing quotation mark, hung as a relative clause on
    a noun of the quotation. A relative clause has a relative word or a gap; this one has neither
    (no relative word before the verb, no object or clause of its own): it is the attribution,
    and the quotation's root its ``ccomp``. Returns that root and the verb's subject."""
    if not (verb.dep_.startswith("acl") and is_speech_verb(verb)):
        return None
    sent = verb.sent
    root = sent.root
    if not root.i <= verb.head.i < verb.i or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in _NOMINAL or not _after_quote(subj.left_edge):
        return None
    if any(t.lower_ in _RELATIVE_WORDS for t in verb.doc[subj.left_edge.i : verb.i]):
        return None
    if any(c.i < subj.i and not c.is_punct and not _closed_before(c, subj) for c in verb.children):
        return None
    subtree = {t.i for t in verb.subtree}
    if any(t.i not in subtree and not (t.is_punct or t.is_space) for t in sent[verb.i - sent.start + 1 :]):
        return None
    return root, subj


def _clause_taken_for_subject(verb: Token) -> None:
    """``“The problem is not with the groups …,” Habib said.``: a speech verb with two subjects,
    the first a clause of its own (with a subject or copula) closed by a comma or quotation mark
    before the second: the first is the quotation, its ``ccomp``."""
    if not is_speech_verb(verb):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return
    clause, subj = subjects
    if not any(c.dep_ in ("nsubj", "cop") and c.i < clause.i for c in clause.children):
        return
    if _after_quote(subj.left_edge) and _closed_before(clause, subj):
        clause.dep_ = "ccomp"


def _closed_before(tok: Token, subj: Token) -> bool:
    """Whether ``tok``'s phrase ends before the punctuation that precedes ``subj``."""
    doc = tok.doc
    k = subj.left_edge.i - 1
    while k > tok.i and doc[k].is_punct:
        k -= 1
    return max(t.i for t in tok.subtree if not t.is_punct) <= k


def _reduced_attribution(verb: Token, sent: Span) -> bool:
    """``…,” the message claimed``: the verb's head is its subject, right before it."""
    subj, quote = verb.head, verb.head.head
    if not (sent.start <= quote.i < subj.i < verb.i) or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if any(c.dep_ in ("nsubj", "obj", "ccomp") for c in verb.children):
        return False
    if max(t.i for t in subj.subtree if t.i < verb.i) != verb.left_edge.i - 1:
        return False
    return quote.head.i == quote.i and _after_quote(subj.left_edge)


@Language.component("cl_attribution")
def fix_attributions(doc: Doc) -> Doc:
    fix_speech_lemmas(doc)
    _rejoin_split_names(doc)
    _rejoin_fronted_phrases(doc)
    verbs = speech_verb_tokens(doc)
    for i in (doc.to_array(DEP) == _CONJ).nonzero()[0].tolist():
        _conjunct_taken_into_relative(doc[i])
    for verb in verbs:
        _inverted_modifier(verb)
        _relative_main_clause(verb)
        _subject_apposed_to_fronted_phrase(verb)
        _subject_taken_into_fronted_clause(verb)
        _lost_final_subject(verb)
        _clause_taken_for_subject(verb)
        relative = _relative_attribution(verb)
        if relative is not None:
            quote, speaker = relative
            hung = [c for c in verb.children if c.i < speaker.left_edge.i and not c.is_punct]
            _promote(verb, quote)
            for tok in hung:  # words of the quotation the parser hung on the verb
                tok.head = quote
        elif final_attribution(verb, verb.sent):
            if verb.dep_.startswith("acl"):
                _promote_reduced(verb)
            else:
                subj = hung_subject(verb)
                _promote(verb)
                if subj is not None:
                    subj.head, subj.dep_ = verb, "nsubj"
    for verb in verbs:
        _medial_attribution(verb)
        _medial_advcl(verb)
        _medial_dep(verb)
        _medial_inverted(verb)
        _reduced_passive(verb)
        _clause_before_content(verb)
        _subject_taken_for_content(verb)
    for sent in doc.sents:
        _verb_under_fronted_phrase(sent.root)
        if sent.root not in verbs:
            _subject_apposed_to_fronted_phrase(sent.root)
    fix_complements(doc, verbs)
    _inverted_subjects(verbs)  # after the complements: it needs the quotation as the verb's ccomp
    return doc


_UNDER_PHRASE = ("nmod", "compound", "appos", "conj", "dep")


def _verb_under_fronted_phrase(root: Token) -> None:
    """``According to Ambassador Hamdullah Mohib, the participation of this team in this
    competition [shows] progress``: a sentence whose root the parser made the noun of a fronted
    prepositional phrase, with the noun phrase after its comma as the noun's ``conj`` (or
    appositive) and the finite verb after that as a nominal dependent of the noun, has the verb
    as its root: the phrase is the verb's ``obl``, the noun phrase its ``nsubj``, and the
    verb's dependents between them (``in this competition``) go back to the subject."""
    if root.pos_ not in ("NOUN", "PROPN") or not any(
        c.dep_ == "case" and c.i < root.i for c in root.children
    ):
        return
    kids = list(root.rights)
    verb = next((c for c in kids if c.pos_ == "VERB" and c.dep_ in _UNDER_PHRASE and is_finite(c)), None)
    if verb is None or any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return
    doc = root.doc
    subj = next(
        (c for c in kids if c.dep_ in ("conj", "appos") and c.pos_ in _NOMINAL and c.i < verb.i), None
    )
    if subj is None:
        return
    first = next(t.i for t in subj.subtree if not t.is_punct)  # the comma may hang on the noun
    if first == 0 or doc[first - 1].text != ",":
        return
    if any(c.dep_ == "cc" for c in subj.children):
        return  # a real coordination of two nouns of the phrase
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "obl"
    subj.head, subj.dep_ = verb, "nsubj"
    left = [c for c in verb.lefts if c.i > subj.i and c.dep_ not in _LEFT_OF_VERB]
    noun = next((c for c in reversed(left) if c.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None and any(c.dep_ == "case" for c in left):
        # the parser read the verb as the noun of the phrase: "in this science competition"
        noun.head, noun.dep_ = subj, "nmod"
        for child in left:
            if child != noun:
                child.head = noun
    else:
        for child in left:
            child.head = subj
    for child in kids:
        if child.i > verb.i:
            child.head = verb


def _conjunct_taken_into_relative(verb: Token) -> None:
    """``to congratulate the Syrians who fought to free Dabiq and [thank] our ally``: a verb in
    its bare form (no subject, auxiliary or marker of its own) that the parser made the
    ``conj`` of a past-tense verb in a relative clause cannot share that verb's subject (it
    would read "who fought … and thanked"); it is the conjunct of the infinitive whose object the
    relative clause modifies, as UD attaches a conjunct to the first conjunct."""
    head = verb.head
    if verb.pos_ != "VERB" or head.i > verb.i or verb.lower_ != verb.lemma_.lower():
        return
    if "Past" in verb.morph.get("Tense", []):
        return  # "who set … and put": a past form that looks like the bare one
    if head.dep_ != "acl:relcl" or "Past" not in head.morph.get("Tense", []):
        return
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "aux:pass", "mark") for c in verb.children):
        return
    noun = head.head
    infinitive = noun.head
    if noun.dep_ not in ("obj", "iobj") or "Inf" not in infinitive.morph.get("VerbForm", []):
        return
    if not any(c.dep_ in ("mark", "aux") for c in infinitive.children):
        return  # "to congratulate", "will congratulate": an infinitive with its own marker
    verb.head = infinitive


def _inverted_modifier(verb: Token) -> None:
    """``"…," commented Khader Habib, a senior official.``: a speech verb right after a closing
    quotation mark and comma (or the comma and the mark), read as an adjective (``amod``) of the
    proper name after it, is an inverted attribution: the verb takes the noun's place in the
    tree (the final punctuation with it) and the noun is its subject; the quotation, if the
    parser hung it on the noun, is the verb's ``ccomp``."""
    doc = verb.doc
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or verb.i < 2:
        return
    if any(t.pos_ != "PROPN" for t in doc[verb.i + 1 : noun.i + 1]):
        return  # the name right after the verb (headed by its last word before ``cl_names``)
    before = (doc[verb.i - 2], doc[verb.i - 1])
    if not any(t.text == "," for t in before) or not any(t.is_quote for t in before):
        return
    moved = [c for c in noun.children if c.i < verb.i or c.is_punct and c == doc[noun.sent.end - 1]]
    verb.head = verb if noun.head == noun else noun.head
    verb.dep_ = noun.dep_
    for child in moved:
        child.head = verb
        if child.dep_ in ("parataxis", "ccomp", "conj", "dep") and child.i < verb.i:
            child.dep_ = "ccomp"
    noun.head, noun.dep_ = verb, "nsubj"


def _relative_main_clause(verb: Token) -> None:
    """``Scientology officials have stated they have not received the materials``: a speech verb
    made a relative clause (with no relative word) of the noun right before its subject, where
    that noun is the root of the sentence, so that the sentence has no predicate but the
    relative, and the verb has a complement with nothing missing (a reported clause with its
    own subject, or an object), where a relative clause would have a gap. The verb is the
    predicate: the root noun becomes part of its subject, a ``compound`` of a noun subject,
    or, a common noun before a proper noun ("The secularist magazine MicroMega describe ..."),
    the subject with the name its ``appos``."""
    noun = verb.head
    if verb.dep_ != "acl:relcl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != noun.i + 1 or subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i:
        return
    if any(c.lower_ in _RELATIVE_WORDS for c in kids) or any(c.dep_ == "cop" for c in noun.children):
        return
    if not any(c.dep_ == "obj" or c.dep_ == "ccomp" and _own_subject(c) for c in kids):
        return
    moved = [c for c in noun.children if c.i > verb.i]  # the final punctuation
    verb.head, verb.dep_ = verb, "ROOT"
    for child in moved:
        child.head = verb
    if noun.pos_ == "NOUN" and subj.pos_ == "PROPN":
        subj.head, subj.dep_ = noun, "appos"
        noun.head, noun.dep_ = verb, "nsubj"
    else:
        noun.head, noun.dep_ = subj, "compound"


def _subject_apposed_to_fronted_phrase(verb: Token) -> None:
    """``After the match, Hernan Dario Gomez, Panama coach, said, "…"``, ``With the support of
    the Coalition, the SDF, which includes ..., has made progress``: a finite verb with no
    subject, whose fronted prepositional phrase has a noun phrase after a comma as the
    appositive of one of its nouns, that phrase running up to the verb (past commas and the
    verb's auxiliaries): the appositive is the verb's subject, which the parser hung on the
    phrase before it. Run on speech verbs and on every sentence's root verb; an imperative
    (not finite: "After the match, John, call me") has a vocative there instead."""
    if verb.pos_ not in ("VERB", "AUX") or not is_finite(verb):
        return
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    doc = verb.doc
    start = verb.i  # the verb's auxiliaries and adverbs right before it
    while start > 0 and doc[start - 1].head == verb and doc[start - 1].dep_ in _BEFORE_VERB:
        start -= 1
    for obl in verb.lefts:
        if obl.dep_ != "obl" or not any(c.dep_ == "case" and c.i < obl.i for c in obl.children):
            continue
        names = [t for t in obl.subtree if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") and t.i > obl.i]
        if not names:
            continue
        outer = [t for t in names if not any(a in names for a in t.ancestors)]
        name = outer[
            -1
        ]  # "the SDF" after "Coalition, ", not "Panama coach" inside "Hernan ..., Panama coach"
        first = next(t for t in name.subtree if not t.is_punct)
        if doc[first.i - 1].text != ",":
            continue
        end = name.right_edge.i + 1
        while end < start:  # commas, and a relative clause the parser hung one noun earlier
            relative = next(
                (t for t in doc[end].ancestors if t.dep_ == "acl:relcl" and t.left_edge.i == end), None
            )
            if relative is None and doc[end].dep_ == "acl:relcl" and doc[end].left_edge.i == end:
                relative = doc[end]
            if relative is not None:
                end = relative.right_edge.i + 1
            elif doc[end].is_punct:
                end += 1
            else:
                break
        if end != start:
            continue
        name.head, name.dep_ = verb, "nsubj"
        for child in list(obl.rights):
            if child.is_punct and child.i > name.i:
                child.head = name  # the comma closing the subject's parenthetical
        return


_BEFORE_VERB = ("aux", "aux:pass", "advmod", "neg")


def _subject_taken_into_fronted_clause(verb: Token) -> None:
    """``Speaking in the parents' defense, Tom Molomby, SC, said that …``: a finite speech verb
    with no subject, after a fronted clause of its own without a subject (a participle) whose
    last dependent is a noun phrase after a comma, with no preposition, running up to the verb
    (past commas and the verb's auxiliaries): the parser took the verb's subject into the
    fronted clause (as its ``parataxis``, ``appos``, ``dep`` or object); it is the verb's
    ``nsubj``."""
    if not is_finite(verb) or any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].head == verb and doc[start - 1].dep_ in _BEFORE_VERB:
        start -= 1
    for clause in verb.lefts:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or is_finite(clause):
            continue
        if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children):
            continue
        nouns = [c for c in clause.rights if not c.is_punct]
        noun = nouns[-1] if nouns else None
        if noun is None or noun.pos_ not in _NOMINAL or noun.dep_ not in _TAKEN_SUBJECT:
            continue
        first = next(t for t in noun.subtree if not t.is_punct)
        if any(c.dep_ == "case" for c in noun.children) or doc[first.i - 1].text != ",":
            continue
        end = noun.right_edge.i + 1
        while end < start and doc[end].is_punct:
            end += 1
        if end != start:
            continue
        for tok in doc[noun.right_edge.i + 1 : start]:
            if tok.head == clause:
                tok.head = verb
        noun.head, noun.dep_ = verb, "nsubj"
        return


_TAKEN_SUBJECT = ("parataxis", "appos", "dep", "obj", "conj")


def _rejoin_split_names(doc: Doc) -> None:
    """A sentence boundary the parser put inside a name ("SDF General Commander Mazloum | Abdi
    on Friday said ..."): a verbless fragment ending in a capitalised proper noun with one space
    and no punctuation before a capitalised proper noun that opens the next sentence is no
    sentence. The fragment's head takes the place the first word of the next sentence had, and
    that word becomes its ``flat`` part. Boundaries set before the parser (blank lines) stay.
    A next sentence opening with two capitalised names ("Ben Rogers | Professor Ronn:", "Intel |
    Bob Noyce and …", "Kay | Peggy Banczak is …") follows a heading or byline, not a split name
    (UD EWT and GUM train: 14 arcs made wrong, none right). A one-word fragment is left to the
    rule: it may be a family name written first ("Wu | Chi-wai of the Democratic Party") as
    well as a byline ("Reuters | China launched …")."""
    starts = [sent.start for sent in doc.sents]
    for k in range(1, len(starts)):
        first = doc[starts[k]]
        last = doc[starts[k] - 1]
        if (
            last.whitespace_ != " "
            or not (last.pos_ == first.pos_ == "PROPN")
            or not (last.is_alpha and last.is_title and first.is_alpha and first.is_title)
            or first.dep_ == "ROOT"
            or first.i + 1 < len(doc)
            and doc[first.i + 1].pos_ == "PROPN"
            and doc[first.i + 1].is_title
        ):
            continue
        fragment = doc[starts[k - 1] : starts[k]]
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in fragment):
            continue
        root = fragment.root
        root.head, root.dep_ = first.head, first.dep_
        first.head, first.dep_ = root, "flat"


def _rejoin_fronted_phrases(doc: Doc) -> None:
    """``During Prime Minister's Questions Wednesday, | Sunak defended …``: a verbless fragment
    headed by a prepositional phrase and ending in a comma (or one the parser put at the start of
    the next sentence) is no sentence but the fronted
    adjunct of the clause after it: the phrase becomes the ``obl`` of that clause's verb."""
    starts = [sent.start for sent in doc.sents]
    for k in range(1, len(starts)):
        if doc[starts[k] - 1].text != "," and doc[starts[k]].text != ",":
            continue  # the comma may end the fragment or open the next sentence
        fragment = doc[starts[k - 1] : starts[k]]
        root = fragment.root
        if root.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "case" and c.i < root.i for c in root.children
        ):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "case" for t in fragment):
            continue  # "according" of "according to" is tagged a verb
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        verb = doc[starts[k] : end].root
        if verb.pos_ not in ("VERB", "AUX") or not is_finite(verb):
            continue
        root.head, root.dep_ = verb, "obl"


_NAME_PHRASE_POS = frozenset(("PROPN", "NOUN", "ADJ", "DET", "NUM", "ADP"))
_MAX_NAME_PHRASE = 12


def _lost_final_subject(verb: Token) -> None:
    """``…, Pentagon spokesperson Maj. Gen. Pat Ryder told VOA Monday.``: a speech verb hung on
    the clause before it (as a subjectless ``conj``, ``advcl`` or ``parataxis``, with no
    coordinator or subordinator) after a comma and a noun phrase whose words the parser
    spread over that clause (the name an appositive or object of some noun there). The phrase
    (nouns, proper nouns, adjectives, determiners, numbers and prepositions only, ending in a
    noun) is the verb's ``nsubj``, headed by its last word, from which its other words that
    hung outside it hang as ``compound`` (the NER has not run yet: ``cl_names`` then gives a
    personal name its UD shape, the first word the head, a title before it ``nmod:desc``)."""
    if verb.dep_ not in ("conj", "advcl", "parataxis") or verb.head.i > verb.i:
        return
    kids = list(verb.children)
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("cc", "mark") for c in kids):
        return
    doc, sent = verb.doc, verb.sent
    comma = next(
        (
            k
            for k in range(verb.i - 1, max(sent.start, verb.i - _MAX_NAME_PHRASE - 2), -1)
            if doc[k].text == ","
        ),
        None,
    )
    if comma is None or comma + 1 >= verb.i or verb.head.i >= comma:
        return
    phrase = doc[comma + 1 : verb.i]
    if any(t.pos_ not in _NAME_PHRASE_POS for t in phrase) or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return
    inside = range(phrase.start, phrase.end)
    if any(a.i in inside for a in verb.ancestors):
        return
    head = phrase[-1]
    for tok in phrase[:-1]:
        if tok.head.i not in inside:
            tok.head, tok.dep_ = head, "compound"
    head.head, head.dep_ = verb, "nsubj"
    if verb.dep_ == "advcl":
        verb.dep_ = "parataxis"  # an unmarked clause with a subject: the reporting parataxis


def _finite_or_past(tok: Token) -> bool:
    """Finite, or a past form the tagger may have taken for a participle ("killed")."""
    return "Fin" in tok.morph.get("VerbForm", []) or "Past" in tok.morph.get("Tense", [])


def _medial_attribution(verb: Token) -> None:
    """``The attack, officials said, killed 12 people``: the parser gave the speech verb two
    subjects (the first set off by a comma) and hung the rest of the sentence on it as a
    subjectless finite clause after a comma. UD makes that clause the head, the first subject
    its subject and the attribution its ``parataxis``; words before the first subject and the
    final punctuation go with the clause. The first subject may have been taken for a bare
    oblique, object or ccomp (a noun with no preposition or copula): ``But the strike, the army
    said, hit …``."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) == 1:  # the first subject taken for a bare oblique: "the strike, the army said,"
        nouns = [c for c in verb.lefts if c.dep_ in _BARE_NOUN_DEPS and c.i < subjects[0].i]
        subjects[:0] = [
            c for c in nouns if c.pos_ in _NOMINAL and not any(k.dep_ == "case" for k in c.children)
        ]
    if len(subjects) != 2:
        return
    first, second = subjects
    doc = verb.doc
    end = max(t.i for t in first.subtree if not t.is_punct)
    if doc[end + 1].text != "," or min(second.left_edge.i, end + 3) != end + 2:
        return
    clause = next((c for c in verb.rights if c.dep_ in ("conj", "parataxis", "ccomp", "advcl")), None)
    if clause is None or not (
        clause.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in clause.children)
    ):
        return
    if doc[min(t.i for t in clause.subtree if not t.is_punct) - 1].text != ",":
        return
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("mark", "cc") for c in clause.children):
        return
    if not any(_finite_or_past(t) for t in (clause, *clause.children) if t.i <= clause.i):
        return
    moved = [c for c in verb.children if c.i < first.left_edge.i or c.i > clause.i]
    clause.head = clause if verb.head.i == verb.i else verb.head
    clause.dep_ = verb.dep_
    verb.head, verb.dep_ = clause, "parataxis"
    first.head = clause
    first.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in clause.children) else "nsubj"
    for tok in moved:
        tok.head = clause


_BARE_HOST_DEPS = ("obl", "obj", "nmod", "nsubj", "nsubj:pass")


def _reduced_passive(verb: Token) -> None:
    """``…, including one in Baghdad [claimed] by Daesh``: a past participle of a speech verb
    with a "by" agent and no subject, auxiliary or marker, right after a noun the parser made
    its dependent, while hanging the participle itself on the clause before as a clause of its
    own, is a reduced relative clause of that noun (UD ``acl``): the noun takes the
    participle's place, the participle becomes its ``acl`` and the "by" phrase ``obl:agent``."""
    if verb.dep_ not in ("advcl", "conj", "parataxis", "ccomp") or verb.head.i > verb.i:
        return
    if "Past" not in verb.morph.get("Tense", []):
        return
    kids = list(verb.children)
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "aux:pass", "mark", "cc") for c in kids):
        return
    agent = next(
        (c for c in kids if c.i > verb.i and any(k.lower_ == "by" and k.dep_ == "case" for k in c.children)),
        None,
    )
    noun = next((c for c in kids if c.i < verb.i and c.dep_ in _BARE_HOST_DEPS), None)
    if agent is None or noun is None or noun.pos_ not in (*_NOMINAL, "NUM"):
        return
    if max(t.i for t in noun.subtree) != verb.i - 1:
        return
    noun.head = verb.head
    verb.head, verb.dep_ = noun, "acl"
    agent.dep_ = "obl:agent"
    for child in kids:
        if child.i < noun.i:
            child.head = noun


def _medial_inverted(verb: Token) -> None:
    """``Institutional recipients, said Mauer, are required to …``: a speech verb between commas,
    right before a name, which the parser made the head of the sentence, the name a subject of
    the reported clause (its ``ccomp``) and the clause's own subject, before the verb, either
    the clause's too or the verb's. UD: the clause is the head, with the first subject, the
    attribution its ``parataxis``, the name the verb's ``nsubj``."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.i + 2 >= len(doc):
        return
    kids = list(verb.children)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i), None)
    name = doc[verb.i + 1]
    if clause is None or name.head != clause or name.dep_ not in _SUBJECTS or name.pos_ not in _NOMINAL:
        return
    end = max(t.i for t in name.subtree if not t.is_punct)  # the comma may hang on the name
    if end + 1 >= clause.i or doc[end + 1].text != ",":
        return
    own = [c for c in kids if c.dep_ in _SUBJECTS]
    first = own or [c for c in clause.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if len(first) != 1 or first[0].i > verb.i:
        return
    subject = first[0]
    clause.head = clause if verb.head == verb else verb.head
    clause.dep_ = verb.dep_
    verb.head, verb.dep_ = clause, "parataxis"
    name.head, name.dep_ = verb, "nsubj"
    passive = any(c.dep_ == "aux:pass" for c in clause.children)
    subject.head, subject.dep_ = clause, "nsubj:pass" if passive else "nsubj"
    for child in kids:
        if child.i < subject.i or child.i > clause.i:
            child.head = clause  # words before the clause's subject and the final punctuation


def _clause_before_content(verb: Token) -> None:
    """``I asked if a manager was on duty he told me he was``, ``So I said that's not our
    agreement, he said yes it is``: a speech verb reports one content clause. When the parser
    gave it two, a finite clause after it (with a subject or "that") and an unquoted finite
    clause with its own subject before it, the clause before is no report of this verb but the
    sentence it continues: UD makes that clause the head and the attribution its ``parataxis``
    (``conj`` when a coordinator joins them); words before the clause and the final
    punctuation go with it. A quotation before the verb stays its content (``“…,” he told UPI,
    “You say …”``), and so does a bare pronoun and verb ("I think", "you know"); a clause with
    a subordinator is none."""
    after = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    before = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if after is None or len(before) != 1 or not is_finite(after):
        return
    if not (_own_subject(after) or any(c.dep_ == "mark" and c.lower_ == "that" for c in after.children)):
        return
    clause = before[0]
    if not (is_finite(clause) and _own_subject(clause)) or any(c.dep_ == "mark" for c in clause.children):
        return  # a subordinate clause ("If Russia attacks, he said it would …") is no sentence
    if all(c.dep_ in _SUBJECTS and c.pos_ == "PRON" or c.is_punct for c in clause.children):
        return  # a parenthetical "I think"
    doc = verb.doc
    if any(t.is_quote for t in doc[clause.left_edge.i : verb.i]):
        return
    kids = list(verb.children)
    if not any(c.dep_ in _SUBJECTS and c.i > clause.i for c in kids):
        return
    clause.head = clause if verb.head == verb else verb.head
    clause.dep_ = verb.dep_
    verb.head = clause
    verb.dep_ = "conj" if any(c.dep_ == "cc" and c.i < verb.i for c in kids) else "parataxis"
    last = verb.sent.end - 1
    for child in kids:
        if child.i < clause.left_edge.i or (child.is_punct and child.i == last):
            child.head = clause


def _subject_taken_for_content(verb: Token) -> None:
    """``Claudio De Vincenti, undersecretary to the prime minister, said "a discussion table will
    be opened …"``: a speech verb with no subject (nor object) and its content after it, whose noun phrase
    before it (no quotation mark between) the parser made a ``ccomp``: a noun with no copula,
    subject, auxiliary, preposition or marker is no clause but the verb's subject (``nsubj``);
    a noun phrase the parser hung on it as a ``parataxis`` is its apposition."""
    kids = list(verb.children)
    if any(c.dep_ in _SUBJECTS or c.dep_ == "obj" for c in kids):
        return  # an object may be the inverted subject: "Kyiv, said Zelensky, “will never fall”"
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in kids):
        return
    noun = next((c for c in verb.lefts if c.dep_ in ("ccomp", "parataxis") and c.pos_ in _NOMINAL), None)
    if noun is None or any(c.dep_ in _NOT_A_SUBJECT for c in noun.children):
        return
    if any(t.is_quote for t in verb.doc[noun.left_edge.i : verb.i]):
        return
    noun.dep_ = "nsubj"
    for child in noun.rights:
        if child.dep_ == "parataxis" and child.pos_ in ("NOUN", "PROPN"):
            child.dep_ = "appos"


_NOT_A_SUBJECT = {*_SUBJECTS, "cop", "aux", "aux:pass", "case", "mark"}


def _own_subject(pred: Token) -> bool:
    return any(c.dep_ in _SUBJECTS and c.lower_ != "that" for c in pred.children)


def _medial_advcl(verb: Token) -> None:
    """``In the past day, Davis said, the coalition conducted five strikes``: a speech verb with a
    subject, set off by commas before the clause it reports and hung on that clause as an
    ``advcl``, is a reporting ``parataxis`` (UD): a finite clause with no subordinator ("as",
    "when", "if") is no adverbial clause."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or not _finite_or_past(verb):
        return
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or any(c.dep_ in ("mark", "ccomp") or c.tag_ == "WRB" for c in kids):
        return
    doc = verb.doc
    first = next((t.i for t in subj.subtree if not t.is_punct), subj.i)  # a comma may hang on it
    if first == 0 or doc[first - 1].text != "," or verb.i + 1 >= head.i or doc[verb.i + 1].text != ",":
        return
    verb.dep_ = "parataxis"
    for child in kids:  # words before the attribution belong to the reported clause
        if child.i < first - 1 and not child.is_punct:
            child.head = head


def _medial_dep(verb: Token) -> None:
    """``Institutional recipients, said Mauer, are required to …``: a finite speech verb that the
    parser left as an unclassified ``dep`` of a later clause, set off from it by a comma on each
    side and with no subordinator, is a reporting ``parataxis`` (UD's relation for a parenthetical
    attribution inside the clause it reports)."""
    head = verb.head
    if verb.dep_ != "dep" or head.i <= verb.i or not _finite_or_past(verb):
        return
    doc = verb.doc
    end = max(t.i for t in verb.subtree if t.i < head.i and not t.is_punct)
    if verb.i == 0 or doc[verb.i - 1].text != "," or end + 1 >= head.i or doc[end + 1].text != ",":
        return
    if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children):
        return
    verb.dep_ = "parataxis"


def _inverted_subjects(verbs: list[Token]) -> None:
    """``“We will respond,” warned [the general]``: after a quotation (its ``ccomp``) and a comma
    or closing quote, a speech verb with no subject takes the noun right after it, parsed as its
    object, as its subject."""
    for verb in verbs:
        obj = next((c for c in verb.rights if c.dep_ == "obj"), None)
        if obj is None or obj.left_edge.i != verb.i + 1:
            continue
        if obj.pos_ not in ("NOUN", "PROPN") or not _after_quote(verb):
            continue
        kids = list(verb.children)
        if any(c.dep_ in _SUBJECTS for c in kids) or not any(
            c.dep_ == "ccomp" and c.i < verb.i for c in kids
        ):
            continue
        obj.dep_ = "nsubj"


def _promote_reduced(verb: Token) -> None:
    """The quote (the root) under the verb, as for parataxis; the verb's old head its subject."""
    subj = verb.head
    _promote(verb, subj.head)
    subj.head = verb
    subj.dep_ = "nsubj"


def _promote(verb: Token, old: Token | None = None) -> None:
    """``old`` (the verb's head unless given) becomes the verb's ``ccomp``; the verb takes its place."""
    old = verb.head if old is None else old
    if old.head.i == old.i:
        new_head, new_dep = verb, old.dep_
    else:
        new_head, new_dep = old.head, old.dep_
    moved = [t for t in old.children if t.i > verb.i]  # punctuation, and words hung across the verb
    verb.head = new_head if new_head != verb else verb
    verb.dep_ = new_dep
    old.head = verb
    old.dep_ = "ccomp"
    for tok in moved:
        tok.head = verb
