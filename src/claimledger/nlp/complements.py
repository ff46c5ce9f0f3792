"""The content clause of a speech verb, where the parser hung it somewhere else.

UD makes the finite clause reported by a speech verb (``data/speech_verbs.txt``) its ``ccomp``.
A parser trained on little news text often misplaces that clause in three shapes, repaired here
(run by ``cl_attribution``, after the parser):

1. *Relabel*: the clause hangs from the speech verb, after it, with its own subject and a
   finite verb, but under another relation (``advcl``, ``xcomp``, ``acl`` …): ``Bruce indicated
   NiMo listed five companies``, ``admitted on Sept. 10 that the motive was to protect …``
   (an ``nsubj:outer`` counts as a subject). A nominal or adjectival predicate with its own
   subject and a finite copula is a clause too, whatever nominal relation it got: ``mentioned
   [we were a close sixth]`` (``sixth`` ``advmod``). It becomes ``ccomp``, unless a
   subordinator other than "that" (``if``, ``because``, ``when``) marks it as an adverbial
   clause; "whether", and "if" after "ask", mark an embedded question, a content clause too
   (``asked if anyone had heard``), unless a preposition governs it ("comment on whether").
2. *Subject taken for an object*: without "that", the clause's subject is parsed as the
   speech verb's object and the clause as a modifier of that noun or of the verb: ``said
   [her family]obj spent`` (``spent`` ``acl`` of ``family``), ``said nothing happened``
   (``happened`` ``advcl`` of ``said``). When the noun directly follows the verb and the
   subjectless finite clause directly follows the noun, the noun becomes the clause's
   ``nsubj`` and the clause the verb's ``ccomp``; after "say", a bare past form the tagger
   read as a participle counts as finite (``said the convoy carrying aid [arrived]``: one says
   a clause, not a convoy). The same when an apposition or relative
   clause set off by commas sits between them, where the clause may also have been taken
   for a ``parataxis`` or an unmarked ``conj`` of the verb: ``said [the strike], which hit a
   school, killed 12 people``, ``said [the suspect], a man from Leeds, had been arrested``.
   The same when the tagger read the reported predicate as an adjective of the object
   (``said Ukraine will not [cede]amod territory``: a modifier with its own subject and a
   finite auxiliary is a clause, ``_clause_read_as_modifier``).
3. *Clause under the addressee, the channel or the time*: ``told [the committee]iobj that the
   agency expects …``, ``said [in a statement]obl that …``, ``said [Tuesday night]obl:unmarked
   that …`` (also with "that" taken for the clause's object where it cannot be one, and, after
   a bare time word right after the verb, without "that": ``said [Friday] the suspect had been
   arrested``, the time word then ``obl:unmarked``; and without "that" under a prepositional
   channel when the clause has no gap a relative clause would need: ``said [in a statement] it
   had fired rockets``): a clause marked by "that" and with a subject of its own is not a relative clause
   of that noun (a relative "that" would be its subject or object, not its marker), nor of the
   last word of a name there (``stated to [LA Weekly]`` that …). It becomes the verb's
   ``ccomp``. A direct object takes a clause of its own ("denied the claim that …"),
   so objects count only when they name a person or organisation (a proper noun, a pronoun, or
   a speaker noun such as "reporters").
4. *Quotation after the verb*: ``concluded, "Usually, Internet Explorer is …"``, ``writing:
   "I have come to …"``, also after the verb's short adjuncts (``said in a video statement:
   "We are at war."``, where the parser made the quotation an apposition of "statement"): the
   word that heads the quotation (the one whose head lies outside it, with the largest
   subtree) becomes the verb's ``ccomp``, when it has a subject or is a finite verb and does
   not itself govern the speech verb. Not when the verb itself follows a quotation, which then
   resumes (``“I have told you,” said the curate, “that this is done …”``).
5. *Quotation before the verb*: ``(Jerusalem Post) "We're not happy …," commented Khader
   Habib``: a quotation closed (after a comma) right before the verb, whose head hangs
   elsewhere and does not govern the verb, becomes its ``ccomp``.
6. *Coordinated subject cut after its first conjunct*: ``said [two soldiers]obj and [a
   civilian were killed]conj`` (see ``_split_subject``).
7. *Clause right after the verb taken for parataxis or a conjunct*: ``has revealed [many are
   not getting enough iodine]``, ``observed [that the date … coincided]conj``: a finite clause
   with its own subject, with nothing but the verb's adjuncts or addressee between them (no
   punctuation, no object naming a thing), is its ``ccomp`` (see ``_adjacent_clause``). In the
   same shape without a subject, a quantifier taken for the verb's object ("said [many] had
   fled") is the clause's subject, as a noun is in 2.
8. *Clause hung on a verb higher up*: ``reports that the party is wavering and [saying]
   [their position will depend …]``: a content clause starting right after a speech verb
   with no complement is that verb's ``ccomp``, not the governing verb's.
9. *Subject gap in the reported clause of a relative clause*: ``a cost [that] experts [said]
   [would add up to …]``: a speech verb in a relative clause, with its own subject and no
   complement, followed at once by a finite predicate with no subject, which the parser hung
   elsewhere: the predicate is its ``ccomp`` and the relative word that clause's subject (see
   ``_gap_clause``; ``_relative_subject`` gives the relative word to a ``ccomp`` the parser
   did find). Where the parser made that predicate the root and the sentence's own predicate
   its conjunct with no coordinator (``A man who police said [was armed] [was shot] dead``),
   the conjunct becomes the root (``_gap_in_root``).
10. *Embedded question with "be"*: ``asked [what]obj the reason [was]acl:relcl``: the wh-word
   is the predicate (UD EWT: "asked how the food was", ``how`` the ``ccomp``, "was" its
   ``cop``), see ``_wh_predicate``.

Before these, words the parser took for the verb's content are relabelled: ``said, adding
that …``: a gerund right after a comma, with no subject, auxiliary or marker, that the parser
made the verb's ``ccomp`` or ``parataxis`` becomes an adverbial clause (``advcl``, as UD EWT
annotates it); ``said Thursday it was …``: a bare time noun (a weekday, "today", "night",
"week" …) made a ``ccomp`` before the verb's real ``ccomp`` becomes ``obl:unmarked``; a
participle before the verb made its ``ccomp`` is an adverbial clause (``Asked whether …,
Peskov said``) or a modifier of the noun right before it (``in a statement released on
Sunday, said``), see ``_fronted_participle``.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from .speakers import speaker_nouns, speech_verbs

_SUBJECTS = {"nsubj", "nsubj:pass", "nsubj:outer", "expl", "csubj", "csubj:pass"}
_MISLABELS = {"advcl", "xcomp", "acl", "acl:relcl", "dep", "obj"}
# relations of a word that cannot have a subject: with one, it predicates (a clause)
_NOMINAL = {"advmod", "obl", "nmod", "appos", "amod", "iobj", "compound", "nummod"}
_MODIFIERS = {"acl", "acl:relcl"}
# relations that make a speech verb a modifier of a quotation after it, which it cannot be
_NOT_A_REPORT = {"obl", "nmod", "advcl", "acl", "advmod", "dep"}
_PARENTHETICAL = {"appos", "acl", "acl:relcl"}
_LEFT_OF_VERB = {"aux", "aux:pass", "advmod", "cop", "neg"}
_ADDRESSEE_DEPS = {"iobj", "obl", "obj"}
_NOUNS = ("NOUN", "PROPN", "PRON")
_NOUN_MARKS = {"det", "nmod:poss", "amod", "nummod", "case", "cop"}
_WH = {"when", "where", "while", "whenever", "once"}
_CLOSING = {"”", "’", "»"}
_MIN_QUOTE = 3
_MAX_ADJUNCT = 8
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME_WORDS = {*_DAYS, "today", "yesterday", "tonight", "tomorrow", "night", "morning", "evening"}
_TIME_WORDS |= {"afternoon", "week", "weekend", "month", "year"}
_ASKING = {"ask", "wonder", "inquire", "enquire", "query"}
_WH_PREDICATES = {"what", "how", "who", "where", "when", "why"}
_QUANTIFIERS = {"many", "most", "some", "few", "several", "all", "both", "none", "others", "each", "one"}


def speech_verb_tokens(doc: Doc) -> list[Token]:
    """The tokens ``speakers.is_speech_verb`` accepts, read from the lemma and POS arrays (one
    string lookup per distinct lemma, not per token)."""
    strings, verbs = doc.vocab.strings, speech_verbs()
    known: dict[int, bool] = {}
    out = []
    for i, (lemma, pos) in enumerate(doc.to_array([LEMMA, POS]).tolist()):
        if pos != VERB and pos != AUX:
            continue
        ok = known.get(lemma)
        if ok is None:
            ok = known[lemma] = strings[lemma].lower() in verbs
        if ok:
            out.append(doc[i])
    return out


def fix_complements(doc: Doc, verbs: list[Token] | None = None) -> None:
    for verb in speech_verb_tokens(doc) if verbs is None else verbs:
        _gerund_is_adverbial(verb)
        _time_is_adjunct(verb)
        _fronted_participle(verb)
        if any(c.dep_ == "ccomp" for c in verb.children):
            _relative_subject(verb)
            continue
        rules = (
            _wh_predicate,
            _object_with_subject,
            _relabel,
            _adjacent_clause,
            _gap_clause,
            _clause_of_nearer_verb,
            _object_as_subject,
            _clause_read_as_modifier,
            _split_subject,
            _clause_under_addressee,
            _quote_after_verb,
            _quote_before_verb,
        )
        for rule in rules:
            if rule(verb):
                break


def _gerund_is_adverbial(verb: Token) -> None:
    """``said, adding that …``: a gerund after a comma, with no subject, auxiliary or marker of
    its own, is an adverbial clause of the verb (as in UD EWT), not its content."""
    for clause in verb.rights:
        if clause.dep_ not in ("ccomp", "parataxis") or not _is_gerund(clause) or clause.i < 1:
            continue
        if clause.nbor(-1).text != "," or any(c.i < clause.i and c.dep_ != "punct" for c in clause.children):
            continue
        if not any(
            c.dep_ in _SUBJECTS or c.dep_.startswith("aux") or c.dep_ == "mark" for c in clause.children
        ):
            clause.dep_ = "advcl"


def _fronted_participle(verb: Token) -> None:
    """A past participle before the verb that the parser made its ``ccomp`` (often tagged as a
    finite past: the forms are the same) is not its content, which before its verb is a
    quotation: ``[Asked] whether Russia would attack again, Peskov said …`` (no subject) is an
    ``advcl``; ``The ministry, in a [statement] [released] late on Sunday, said …`` is an
    ``acl`` of the noun right before it, and the words the participle took before that noun
    (the verb's subject, the noun's preposition phrase) go back to the verb."""
    for part in verb.lefts:
        if part.dep_ != "ccomp" or part.pos_ != "VERB" or not _bare_past(part):
            continue
        if _marks(part) or any(t.is_quote for t in part.subtree):
            continue
        before = [c for c in part.lefts if not c.is_punct]
        noun = before[-1] if before else None
        if noun is not None and _pp_right_before(noun, part):
            if not any(c.dep_ in _SUBJECTS for c in verb.children):
                for child in before:
                    child.head = verb
                part.head, part.dep_ = noun, "acl"
        elif not _has_subject(part):
            part.dep_ = "advcl"


def _pp_right_before(noun: Token, part: Token) -> bool:
    """``noun`` ends right before ``part`` and is the object of a preposition ("in a statement")."""
    if noun.pos_ not in _NOUNS or max(t.i for t in noun.subtree) != part.i - 1:
        return False
    return noun.dep_ not in _SUBJECTS and any(c.dep_ == "case" for c in noun.children)


def _bare_past(word: Token) -> bool:
    """A past form (or past participle) with no auxiliary or copula."""
    past = "Past" in word.morph.get("Tense", []) or "Part" in word.morph.get("VerbForm", [])
    return past and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in word.children)


def _past(word: Token) -> bool:
    return "Past" in word.morph.get("Tense", [])


def _time_is_adjunct(verb: Token) -> None:
    """``said [Thursday] it was concerned``: a bare time noun that the parser made a ccomp of the
    verb, before the verb's real ccomp, is a temporal adjunct (``obl:unmarked``)."""
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
    for word in clauses[:-1]:
        if word.lower_ in _TIME_WORDS and not any(
            c.dep_ in _SUBJECTS or c.dep_ == "cop" for c in word.children
        ):
            word.dep_ = "obl:unmarked"


def _is_gerund(word: Token) -> bool:
    forms = word.morph.get("VerbForm", [])
    return word.pos_ == "VERB" and word.lower_.endswith("ing") and ("Part" in forms or "Ger" in forms)


def is_finite(pred: Token) -> bool:
    """``pred`` is a finite verb, or one of its auxiliaries / its copula is ("had been
    arrested"); a bare participle ("the man arrested") is not."""
    toks = [pred, *(c for c in pred.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    return any("Fin" in t.morph.get("VerbForm", []) for t in toks)


def _marks(pred: Token) -> set[str]:
    return {c.lower_ for c in pred.children if c.dep_ == "mark"}


def _has_subject(pred: Token) -> bool:
    return any(c.dep_ in _SUBJECTS and c.lower_ != "that" for c in pred.children)


def _is_wh_clause(pred: Token) -> bool:
    """An adverbial wh-word before the verb: "said [when he arrived]"."""
    return any(c.dep_ == "advmod" and c.lower_ in _WH for c in pred.lefts)


def _object_with_subject(verb: Token) -> bool:
    """``said [Mohamed]nsubj [wishes]obj to use his fame``: a noun-tagged -s form after the verb,
    parsed as its object but with a subject of its own right before it and no determiner,
    possessor or adjective, is the present-tense predicate of the reported clause: a verb, the
    speech verb's ``ccomp``, and a to-infinitive the parser made its modifier its ``xcomp``."""
    obj = next((c for c in verb.rights if c.dep_ == "obj"), None)
    if obj is None or obj.pos_ != "NOUN" or not obj.lower_.endswith("s"):
        return False
    subj = next((c for c in obj.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.right_edge.i != obj.i - 1 or subj.pos_ not in _NOUNS:
        return False
    if any(c.dep_ in _NOUN_MARKS for c in obj.children):
        return False
    obj.pos_ = "VERB"
    obj.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")  # type: ignore[attr-defined]
    obj.dep_ = "ccomp"
    for child in obj.rights:
        if child.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in child.lefts):
            child.dep_ = "xcomp"
    return True


def _relabel(verb: Token) -> bool:
    for clause in verb.rights:
        if (
            (clause.dep_ in _MISLABELS or clause.dep_ in _NOMINAL and _is_predicate(clause))
            and is_finite(clause)
            and _has_subject(clause)
            and _content_marks(verb, clause)
            and not _is_wh_clause(clause)
        ):
            clause.dep_ = "ccomp"
            return True
    return False


def _wh_predicate(verb: Token) -> bool:
    """``asked [what] the reason [was]``: a wh-word the parser made the verb's object, with a
    bare form of "be" after it taken for a relative clause of the wh-word, is the predicate
    of an embedded question (UD: the wh-word heads it, "be" its ``cop``, "the reason" its
    subject) and the verb's ``ccomp``. Only when "be" ends the clause: with anything after it
    ("what the reason was for …") the shape is left to the parser. Only after a verb that asks
    ("ask", "wonder", "inquire"): after "tell", "explain", "know" UD EWT reads "what this is",
    "where you are" as a free relative, the wh-word the verb's object (on UD EWT + GUM train the
    rule made 12 such arcs wrong after other verbs)."""
    if verb.lemma_.lower() not in _ASKING:
        return False
    wh = next((c for c in verb.rights if c.dep_ == "obj" and c.lower_ in _WH_PREDICATES), None)
    if wh is None or wh.i != verb.i + 1 + sum(1 for c in verb.rights if c.dep_ == "iobj" and c.i < wh.i):
        return False
    be = next((c for c in wh.rights if c.dep_ in _MODIFIERS | {"advcl:relcl"}), None)
    if be is None or be.lemma_ != "be" or not is_finite(be):
        return False
    subj = [c for c in be.children if c.dep_ in ("nsubj", "expl")]
    others = [c for c in be.children if c.dep_ not in ("nsubj", "expl", "punct")]
    if len(subj) != 1 or others or subj[0].i < wh.i or be.right_edge.i != be.i:
        return False
    subj[0].head, subj[0].dep_ = wh, "nsubj"
    be.head, be.dep_ = wh, "cop"
    for punct in [c for c in be.children if c.dep_ == "punct"]:
        punct.head = wh
    wh.dep_ = "ccomp"
    return True


def _adjacent_clause(verb: Token) -> bool:
    """``has revealed [many are not getting enough]parataxis``, ``observed [that the date …
    coincided]conj``: a finite clause with its own subject right after the verb (or after its
    adjuncts and addressee, with no punctuation between), taken for a ``parataxis`` or for an
    unmarked ``conj`` of the verb, is its content. Parataxis proper is set off by punctuation
    ("told me about the new place in town, I was so excited"), or follows the verb's own
    content ("ask this question it's intimidating": a direct object that names no party is the
    verb's content); a conjunct with "and"/"but" is a coordinated clause, and a bare subject
    and verb ("you know", "I think") a parenthetical, unlike an existential with its subject
    after the verb ("told VOA there is [a heightened urgency]")."""
    for clause in verb.rights:
        if clause.dep_ not in ("parataxis", "conj"):
            continue
        if not (is_finite(clause) and _has_subject(clause) and _content_marks(verb, clause)):
            return False
        if _is_wh_clause(clause) or any(c.dep_ == "cc" for c in clause.children):
            return False
        if all(c.dep_ in _SUBJECTS and c.i < clause.i or c.dep_ == "punct" for c in clause.children):
            return False  # not an existential: "there is [a heightened urgency]"
        if not _right_after_verb(verb, clause):
            return False
        clause.dep_ = "ccomp"
        return True
    return False


def _clause_of_nearer_verb(verb: Token) -> bool:
    """``reports that the party is now wavering and [saying] [their position will depend …]``:
    a content clause that starts right after a speech verb with no complement, but that the
    parser hung on a verb higher up (one that governs this verb), is this verb's content."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end or any(c.dep_ in ("obj", "xcomp") for c in verb.children):
        return False
    clause = doc[verb.i + 1]
    while clause.dep_ != "ccomp" and clause.head != clause and clause.head.left_edge.i == verb.i + 1:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.left_edge.i != verb.i + 1:
        return False
    if clause.head == verb or clause.head not in verb.ancestors or verb in clause.subtree:
        return False
    if not (is_finite(clause) and (_has_subject(clause) or "that" in _marks(clause))):
        return False
    clause.head = verb
    return True


_RELATIVES = {"that", "which", "who"}
_BEFORE_PREDICATE = {"aux", "aux:pass", "cop", "advmod"}


def _gap_clause(verb: Token) -> bool:
    """``a cost [that] experts [said] [would add up to …]``, ``institutions, [which] it [said]
    [were] more beneficial``, ``for reasons they [stated] [was not receiving] …``: a speech verb
    in a relative clause, with a subject of its own and no complement, followed right away by a
    finite predicate with no subject (the relative word is its subject: the gap of the
    relative clause is in the reported clause). The parser hung the predicate elsewhere (on the
    verb of the sentence, or as a second relative clause of the noun); it is the speech verb's
    ``ccomp``, and the relative word its ``nsubj``. Not when the predicate is the sentence's
    root or has a subject of its own, as in "[the things he says] are wrong"."""
    if verb.dep_ not in _MODIFIERS or not any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children):
        return False
    if verb.i + 1 >= verb.sent.end or any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "obj" and not (c.lower_ in _RELATIVES and c.i < verb.i)
        for c in verb.children
    ):
        return False  # a relative word before the verb taken for its object is no complement
    pred = verb.doc[verb.i + 1]
    while pred.dep_ in _BEFORE_PREDICATE and pred.head.i > pred.i:
        pred = pred.head
    if pred.head == verb or pred.dep_ in _BEFORE_PREDICATE or not (is_finite(pred) and _with_verb(pred)):
        return False  # the verb's already, or a copula "what we said [was] …"
    first = min((c.i for c in pred.lefts if c.dep_ in _BEFORE_PREDICATE), default=pred.i)
    if first != verb.i + 1:
        return False
    if pred.head == pred:
        return _gap_in_root(verb, pred)
    subjects = [c for c in pred.children if c.dep_ in _SUBJECTS]
    if any(c.lower_ not in _RELATIVES or c.i > verb.i for c in subjects):
        return False
    relative = subjects[0] if subjects else None
    if relative is not None:  # "which it said were": the verb hangs on the relative word
        if verb.head != relative or pred.dep_ not in _MODIFIERS:
            return False
        verb.head = pred.head
        verb.dep_ = "acl:relcl"
    elif verb in pred.subtree:
        return False
    else:
        relative = next((c for c in verb.lefts if c.lower_ in _RELATIVES and c.dep_ not in _SUBJECTS), None)
        if relative is not None:  # "that experts said would": "that" is the reported clause's subject
            relative.head, relative.dep_ = pred, _subject_dep(pred)
    pred.head, pred.dep_ = verb, "ccomp"
    return True


def _gap_in_root(verb: Token, pred: Token) -> bool:
    """``A man who police [said] [was armed] [was shot] dead``, ``The weapons, which officials
    said were supplied by Iran, were seized``: the parser made the reported predicate the root,
    with the relative clause's noun as its subject, and the sentence's own predicate a
    conjunct of it with no coordinator. The conjunct (finite, with no subject) is the root
    and takes the noun as its subject; the reported predicate is the speech verb's ``ccomp``
    and the relative word its subject; the words before the noun and the final punctuation
    go with the root."""
    noun = verb.head
    if noun.head != pred or noun.dep_ not in ("nsubj", "nsubj:pass") or noun.i > verb.i:
        return False
    main = next((c for c in pred.rights if c.dep_ == "conj"), None)
    if main is None or not (is_finite(main) and _with_verb(main)):
        return False
    if any(c.dep_ in _SUBJECTS or c.dep_ == "cc" for c in main.children):
        return False
    doc = verb.doc
    relative = next((t for t in doc[noun.i + 1 : verb.i] if t.lower_ in _RELATIVES), None)
    moved = [c for c in pred.children if c.i < noun.left_edge.i or c.i > main.i]
    main.head, main.dep_ = main, pred.dep_
    noun.head, noun.dep_ = main, _subject_dep(main)
    pred.head, pred.dep_ = verb, "ccomp"
    if relative is not None:
        relative.head, relative.dep_ = pred, _subject_dep(pred)
    for child in moved:
        child.head = main
    return True


def _with_verb(pred: Token) -> bool:
    """A verb or a predicate with a copula or auxiliary ("was [armed]", tagged ADJ)."""
    return _predicates(pred) or any(c.dep_ in ("aux", "aux:pass") for c in pred.children)


def _relative_subject(verb: Token) -> None:
    """``paintings, [which] I'd [say] [were] about the size of …``: in a relative clause whose
    speech verb has a subject and a finite ``ccomp`` with none, the relative word the parser
    hung on the verb (``dep``, ``mark``) is the subject of that clause."""
    if verb.dep_ not in _MODIFIERS or not any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children):
        return
    pred = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if pred is None or not is_finite(pred) or any(c.dep_ in _SUBJECTS for c in pred.children):
        return
    relative = next((c for c in verb.lefts if c.lower_ in _RELATIVES and c.dep_ not in _SUBJECTS), None)
    if relative is not None:
        relative.head, relative.dep_ = pred, _subject_dep(pred)


def _right_after_verb(verb: Token, clause: Token) -> bool:
    """Only the verb's adjuncts and addressees lie between it and ``clause``: words of the verb's
    subtree, no verb, no punctuation, and no object that names a thing ("explains it pretty
    well, there's …")."""
    doc = verb.doc
    start = next((t.i for t in clause.subtree if not t.is_punct), clause.i)
    for word in doc[verb.i + 1 : start]:
        if word.is_punct or word.pos_ in ("VERB", "AUX") or verb not in word.ancestors:
            return False
        if word.head == verb and word.dep_ == "obj" and not names_person(word):
            return False
    return True


def names_person(noun: Token) -> bool:
    """A party named by a proper noun, a speaker noun or a personal pronoun other than "it"."""
    if noun.pos_ == "PRON":
        return "Prs" in noun.morph.get("PronType", []) and noun.lower_ != "it"
    return _names_party(noun)


def _content_marks(verb: Token, clause: Token) -> bool:
    """Markers of a content clause: "that" (with "to" in "that the motive was to protect"),
    "whether" (an embedded question), "if" after "ask"; not behind a preposition ("comment on
    whether …")."""
    marks = _marks(clause)
    if marks <= {"that", "to"}:
        return True
    if any(c.dep_ == "case" for c in clause.children):
        return False
    return marks == {"whether"} or (marks == {"if"} and verb.lemma_.lower() == "ask")


def _is_predicate(word: Token) -> bool:
    """A nominal or adjectival predicate: a finite copula and a subject of its own."""
    return any(c.dep_ == "cop" for c in word.children) and _has_subject(word)


def _object_as_subject(verb: Token) -> bool:
    """``said [the convoy] [arrived]``: the noun right after the verb, taken for its object (or,
    "claims [Church of Scientology]xcomp imprisoned her", for a nominal ``xcomp``, which a
    speech verb never has), is the subject of the finite clause after it that has none."""
    noun = next((c for c in verb.rights if c.dep_ in ("obj", "iobj", "xcomp")), None)
    if noun is None or noun.left_edge.i != verb.i + 1 or not _nominal(noun):
        return False
    candidates = [c for c in noun.rights if c.dep_ in _MODIFIERS]
    candidates += [c for c in verb.rights if c.i > noun.i and c.dep_ in _MISLABELS - {"obj"}]
    # a parataxis or conjunct right after the noun (``_bare_clause_after`` checks the gap)
    candidates += [c for c in verb.rights if c.i > noun.i and c.dep_ in ("parataxis", "conj")]
    for clause in candidates:
        if not _bare_clause_after(clause, noun, verb) or any(c.dep_ == "cc" for c in clause.children):
            continue
        clause.head = verb
        clause.dep_ = "ccomp"
        noun.head = clause
        noun.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in clause.children) else "nsubj"
        return True
    return False


def _clause_read_as_modifier(verb: Token) -> bool:
    """``said Ukraine will not [cede]amod [territory]obj``: a modifier of the verb's object, before
    it, with a subject of its own and a finite auxiliary is no adjective but the predicate of
    the reported clause (the tagger read it as an adjective): it becomes the verb's ``ccomp``
    (a verb) and the object its object."""
    obj = next((c for c in verb.rights if c.dep_ == "obj"), None)
    if obj is None:
        return False
    pred = next(
        (c for c in obj.lefts if c.dep_ in ("amod", "compound") and _has_subject(c) and is_finite(c)), None
    )
    if pred is None:
        return False
    if pred.pos_ == "ADJ":
        pred.pos_ = "VERB"
    pred.head, pred.dep_ = verb, "ccomp"
    obj.head = pred
    return True


def _nominal(word: Token) -> bool:
    """A noun or pronoun, or a quantifier standing alone as one ("revealed [many] are not
    getting enough", "said [most] had fled")."""
    if word.pos_ in _NOUNS:
        return True
    return word.lower_ in _QUANTIFIERS and not any(c.dep_ != "punct" for c in word.children)


def _predicates(word: Token) -> bool:
    """A verb, or a nominal / adjectival predicate with a copula."""
    return word.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in word.children)


def _split_subject(verb: Token) -> bool:
    """``said [two soldiers]obj and [a civilian were killed]conj``: a coordinated subject cut
    after its first conjunct. The object (right after the verb) and the conjoined finite clause
    are rejoined when the clause's "and"/"or" directly follows the object, its subject directly
    follows the "and", and the finite verb agrees with the whole coordination only (a plural
    verb after a singular last conjunct), or the speech verb is "say" and the object a plural
    or counted noun (nobody "says" soldiers)."""
    noun = next((c for c in verb.rights if c.dep_ == "obj"), None)
    if noun is None or noun.left_edge.i != verb.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    end = max(t.i for t in noun.subtree)
    for clause in verb.rights:
        if clause.dep_ != "conj" or clause.i <= end or not is_finite(clause):
            continue
        cc = next((c for c in clause.lefts if c.dep_ == "cc"), None)
        subj = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if cc is None or subj is None or cc.i != end + 1 or subj.left_edge.i != cc.i + 1:
            continue
        if not (_plural_for_singular(clause, subj) or verb.lemma_ == "say" and _counted(noun)):
            continue
        subj.head, subj.dep_ = noun, "conj"
        cc.head = subj
        noun.head, noun.dep_ = clause, _subject_dep(clause)
        clause.head, clause.dep_ = verb, "ccomp"
        return True
    return False


def _subject_dep(clause: Token) -> str:
    return "nsubj:pass" if any(c.dep_ == "aux:pass" for c in clause.children) else "nsubj"


def _plural_for_singular(clause: Token, subj: Token) -> bool:
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    finite = [t for t in verbs if "Fin" in t.morph.get("VerbForm", [])]
    return "Sing" in subj.morph.get("Number", []) and any("Plur" in t.morph.get("Number", []) for t in finite)


def _counted(noun: Token) -> bool:
    return "Plur" in noun.morph.get("Number", []) or any(c.dep_ == "nummod" for c in noun.children)


def _parenthetical(noun: Token) -> bool:
    """An apposition or relative clause set off by a comma after the noun: "the suspect, a
    man from Leeds," / "the strike, which hit a school,"."""
    for mod in noun.rights:
        first = mod.left_edge
        if mod.dep_ in _PARENTHETICAL and (first.text == "," or first.nbor(-1).text == ","):
            return True
    return False


def _bare_clause_after(clause: Token, noun: Token, verb: Token) -> bool:
    """A finite clause with no subject, marker or relative word right after ``noun`` (or after
    the comma that closes the noun's parenthetical). After "say", a bare past form counts as
    finite: the tagger reads "arrived" in ``said the convoy carrying aid arrived`` as a
    participle modifying "convoy", but "say" reports a clause, not a convoy; "reported the men
    killed" keeps its participle. So does a past form with an object of its own ("claims the
    Church imprisoned her"), which a passive participle cannot have."""
    if clause.pos_ not in ("VERB", "AUX") or _has_subject(clause):
        return False
    takes_clause = verb.lemma_ == "say" or any(c.dep_ == "obj" for c in clause.children)
    if not (is_finite(clause) or takes_clause and _bare_past(clause) and _past(clause)):
        return False
    if _marks(clause) or any("Rel" in c.morph.get("PronType", []) for c in clause.children):
        return False
    if any(c.dep_ == "acl:relcl" and not _predicates(c) for c in noun.rights):
        return False  # "a penalty [which the referee] awarded": the verb completes the relative
    left = [c for c in clause.lefts if c.dep_ != "punct"]
    if any(c.dep_ not in _LEFT_OF_VERB for c in left):
        return False
    start = left[0].i if left else clause.i
    inside = {t.i for t in clause.subtree}
    end = max(t.i for t in noun.subtree if t.i not in inside)
    gap = noun.doc[end + 1 : start]
    return not gap or (len(gap) == 1 and gap[0].text == "," and _parenthetical(noun))


def _clause_under_addressee(verb: Token) -> bool:
    for noun in verb.rights:
        if noun.dep_.split(":")[0] not in _ADDRESSEE_DEPS or (noun.dep_ == "obj" and not _names_party(noun)):
            continue
        # the clause may hang from the last word of a name ("stated to [LA Weekly]flat that")
        words = [noun, *(c for c in noun.rights if c.dep_ == "flat")]
        time = noun.lower_ in _TIME_WORDS and noun.i == verb.i + 1
        for clause in (c for word in words for c in word.rights):
            if clause.dep_ not in _MODIFIERS or not _has_subject(clause):
                continue
            that = _leading_that(clause)
            if that is None and not (time or _no_gap(clause) and _is_channel(noun)):
                continue
            if that is not None:
                that.dep_ = "mark"
            clause.head = verb
            clause.dep_ = "ccomp"
            if time:
                noun.dep_ = "obl:unmarked"
            return True
    return False


def _is_channel(noun: Token) -> bool:
    """A prepositional phrase of the verb: "in a statement", "on Telegram"."""
    return noun.dep_.startswith("obl") and any(c.dep_ == "case" for c in noun.children)


def _no_gap(clause: Token) -> bool:
    """A clause with no relative word and no place left for one: its subject and its object
    (or copula) are there and it does not end in a stranded preposition, so it cannot be a
    relative clause of the noun before it ("in a statement [it had fired rockets]", not "a
    statement [it had issued]")."""
    if any("Rel" in c.morph.get("PronType", []) for c in clause.children):
        return False
    if not any(c.dep_ in ("obj", "cop", "ccomp", "xcomp") for c in clause.children):
        return False
    return clause.right_edge.pos_ != "ADP" or clause.right_edge.head != clause


def _leading_that(clause: Token) -> Token | None:
    """The "that" marking ``clause``: its marker, or the first word of the clause taken for its
    object or a loose dependent where it cannot be one (the clause is passive or has an object
    of its own: "said Monday [that]obj 12 people were killed")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None:
        return mark
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    if first.lower_ != "that" or first.head != clause:
        return None
    kids = [c for c in clause.children if c != first]
    if first.dep_ == "dep" or any(c.dep_ in ("aux:pass", "obj", "cop") for c in kids):
        return first
    return None


def _names_party(noun: Token) -> bool:
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return noun.lemma_.lower() in speaker_nouns() or noun.lower_ in speaker_nouns()


def _follows_quotation(verb: Token) -> bool:
    """A quotation mark among the punctuation right before the verb's phrase."""
    doc = verb.doc
    k = min(verb.left_edge.i, verb.i) - 1
    while k >= 0 and doc[k].is_punct:
        if doc[k].is_quote:
            return True
        k -= 1
    return False


def _after_adjuncts(verb: Token) -> int:
    """The index after the verb's short adjuncts and objects (``said [in a video statement]:``,
    ``told [reporters]:``): words of the verb's subtree, none of them a verb, up to a comma, a
    colon or a quotation mark. The verb's own index + 1 when there are none or they run on."""
    doc, i = verb.doc, verb.i + 1
    end = min(verb.sent.end, i + _MAX_ADJUNCT)
    while i < end and doc[i].text not in (",", ":") and not doc[i].is_quote:
        if doc[i].pos_ in ("VERB", "AUX") or verb not in doc[i].ancestors:
            return verb.i + 1
        i += 1
    return i if i < end else verb.i + 1


def _quote_after_verb(verb: Token) -> bool:
    if _follows_quotation(verb):
        return False  # "“I have told you,” said the curate, “that …”": the quotation resumes
    if _as_clause(verb):
        return False
    doc, i = verb.doc, _after_adjuncts(verb)
    if i < len(doc) and doc[i].text in (",", ":"):
        i += 1
    if i >= len(doc) or not doc[i].is_quote or doc[i].text in _CLOSING:
        return False  # after the verb (its adjuncts, and a comma or colon), a straight quote opens
    sent_end = verb.sent.end
    close = next((t.i for t in doc[i + 1 : sent_end] if t.is_quote), sent_end)
    inside = range(i + 1, close)
    if len(inside) < _MIN_QUOTE:
        return False
    top = _quotation_top(doc, i + 1, close)
    if (
        top is not None
        and verb.head == top
        and verb.dep_ in _NOT_A_REPORT
        and verb.i < top.i
        and is_finite(top)
        and _predicates(top)
    ):
        # "with one poster writing "How can people look …"": the parser made the quotation the
        # head of the verb's clause (the verb its obl); the verb takes the quotation's place.
        # Only the quotation's own dependent: a verb deeper inside it may be inside a
        # quotation itself ("it's time to say goodbye," Microsoft says on "..."). A parataxis
        # ("He said: “We won”", the quotation the root) is UD's other shape and stays.
        verb.head = verb if top.head == top else top.head
        verb.dep_ = top.dep_
        top.head, top.dep_ = verb, "ccomp"
        return True
    return _attach_quotation(verb, top)


def _as_clause(verb: Token) -> bool:
    """``As Brian Jenkins once said, “terrorism is theater”``: a speech verb opened by "as" (its
    marker, or taken into its subject) is an adverbial clause of the quotation, the main
    clause (UD EWT)."""
    first = verb.left_edge
    if first.lower_ != "as":
        return False
    return first.head == verb or first.head.head == verb and first.head.dep_ == "nsubj"


def _quotation_top(doc: Doc, first: int, end: int) -> Token | None:
    """The word heading the quotation ``doc[first:end]``: of the words whose head lies outside
    it, the one with the largest subtree (punctuation aside)."""
    heads = [doc[k] for k in range(first, end) if not (first <= doc[k].head.i < end) or doc[k].head.i == k]
    heads = [t for t in heads if not t.is_punct]
    return max(heads, key=lambda t: len(list(t.subtree))) if heads else None


def _attach_quotation(verb: Token, top: Token | None) -> bool:
    if top is None or (top.head == verb and top.dep_ == "ccomp") or verb in top.subtree:
        return False
    if not (_has_subject(top) or is_finite(top)):
        return False
    top.head = verb
    top.dep_ = "ccomp"
    return True


def _quote_before_verb(verb: Token) -> bool:
    """``(Jerusalem Post) "We're not happy …," commented Khader Habib``: a quotation closed
    (after a comma) right before the verb, whose head the parser hung elsewhere, is its content
    (not when the quotation's head governs the verb: that shape is the attribution's, above)."""
    doc, sent = verb.doc, verb.sent
    k = verb.i - 1
    if k < sent.start + 2 or not doc[k].is_quote or doc[k - 1].text != ",":
        return False
    opening = next((t.i for t in reversed(doc[sent.start : k - 1]) if t.is_quote), None)
    if opening is None or k - 1 - (opening + 1) < _MIN_QUOTE:
        return False
    return _attach_quotation(verb, _quotation_top(doc, opening + 1, k - 1))
