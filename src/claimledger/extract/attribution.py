"""Find attributions in a parsed Doc: cue, speaker mention and content of every speech act.

Rules follow the dependency analysis of reported speech (Krestel, Bergler & Witte 2008; Pareti
2015's PARC scheme of source, cue and content):
- the speaker is the subject of the cue, the agent of a passive cue, the object of "according to",
  or the subject shared through coordination ("said X and offered Y") or a participle clause
  ("..., citing Y");
- the content is the cue's clausal complement (ccomp), infinitival complement ("vowed to ..."),
  object with "as" ("described the operation as ..."), or object; a cue in parataxis with a
  quotation ("'...,' Tykhy told reporters") takes the quotation;
- an agentless passive ("has been described as") gives no speaker.
Works on Docs with a dependency parse; ``find_quote_attributions`` covers Docs without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Span as TextSpan
from . import lexicon
from .dates import WEEKDAYS
from .mentions import (
    Mention,
    doc_text,
    is_dateline,
    is_plural,
    is_temporal,
    is_title_word,
    make_mention,
    noun_taken_for_verb,
)
from .quotes import Quote

_NOT_SPEECH_HEADS = {"decline", "refuse", "refrain", "fail"}  # "declined to comment"
_SOURCE_NOUNS = {
    "analysis",
    "data",
    "report",
    "reports",
    "estimate",
    "estimates",
    "figure",
    "figures",
    "statement",
    "assessment",
    "count",
    "tally",
    "study",
    "survey",
    "account",
    "accounts",
    "information",
    "reading",
}
_ADDRESSEE_IN_CUE = {"reporters", "journalists", "the press", "media", "lawmakers", "parliament"}
_SUBJECT_DEPS = ("nsubj", "nsubj:outer", "csubj")
_PASSIVE_SUBJECT_DEPS = ("nsubj:pass", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: TextSpan
    lemma: str
    content: TextSpan
    speaker: Mention | None
    via: Mention | None = None
    sentence: int = 0
    passive: bool = False


def is_cue(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb used as a verb (not "the alleged attack")."""
    if (
        tok.pos_
        and tok.pos_ not in ("VERB",)
        and not _verb_tagged_noun(tok)
        and not _verb_tagged_adjective(tok)
    ):
        return False
    lemma = _cue_lemma(tok)
    if lemma is None:
        return False
    if _modifies_noun(tok):
        return False  # "thousands of alleged Islamic State members"
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        return False  # "whose claim acceptance rate": a compound modifier is a noun, however tagged
    if tok.head is not tok and tok.head.lemma_.lower() in _NOT_SPEECH_HEADS and tok.dep_ == "xcomp":
        return False  # "declined to comment"
    if _requested_of_subject(tok):
        return False  # "People were encouraged to submit designs and suggest what ...": asked to
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in tok.children):
        return False  # "if Russia agreed to a just peace": a condition, not a speech act
    if _kept_from(tok):
        return False  # "banning migrants from claiming asylum", "refrained from saying"
    return not any(
        c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in tok.children
    )  # "have not said"


_CONDITIONAL_MARKS = {"if", "unless", "whether"}
# Verbs that ask or let someone do something: in the passive, the subject is asked to speak.
_REQUEST_HEADS = {"encourage", "invite", "ask", "urge", "request", "allow", "permit", "expect"}


def _requested_of_subject(tok: Token) -> bool:
    """A cue in the to-infinitive of a passive verb of asking or letting ("were encouraged to
    suggest", "was asked to comment"), also a bare conjunct of that infinitive ("to submit
    designs and suggest"): what someone is asked to say, not what anyone said."""
    inf = tok
    if (
        tok.dep_ == "conj"
        and tok.head.dep_ == "xcomp"
        and not any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in tok.children)
    ):
        inf = tok.head
    head = inf.head
    return (
        inf.dep_ == "xcomp"
        and head is not inf
        and (head.lemma_ or "").lower() in _REQUEST_HEADS
        and any(c.dep_ == "aux:pass" for c in head.children)
    )


def _kept_from(tok: Token) -> bool:
    """An -ing form right after "from" is an act someone is kept from or refrains from ("ban
    migrants from claiming asylum", "refrained from commenting"), not one that took place;
    "apart/aside from saying ..." is the exception, a report all the same."""
    doc = tok.doc
    return (
        tok.lower_.endswith("ing")
        and tok.i > 0
        and doc[tok.i - 1].lower_ == "from"
        and not (tok.i > 1 and doc[tok.i - 2].lower_ in ("apart", "aside"))
    )


def _modifies_noun(tok: Token) -> bool:
    """A participle inside a noun phrase, after a determiner, preposition, number or adjective
    and before its noun ("of alleged members", "the reported attack"), not a cue of its own
    ("and reiterated Ukraine's willingness", parsed the same way, follows a conjunction)."""
    if tok.dep_ != "amod" or tok.head.i < tok.i or tok.i == 0:
        return False
    if any(c.dep_ in (*_SUBJECT_DEPS, "obj", "dobj", "ccomp") for c in tok.children):
        return False
    return tok.doc[tok.i - 1].pos_ in ("DET", "ADP", "NUM", "ADJ")


def _verb_tagged_adjective(tok: Token) -> bool:
    """ "Secretary Austin underscored his support": a cue's -ed form tagged as an adjective but
    heading a clause with a subject and an object."""
    if tok.pos_ != "ADJ" or not tok.lower_.endswith("ed"):
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & set(_SUBJECT_DEPS)) and bool(deps & {"obj", "dobj", "ccomp"})


def _verb_tagged_noun(tok: Token) -> bool:
    """ "The U.S. Department of Agriculture notes, "...": a cue's -s form the tagger took for a
    plural noun, after a noun and before a comma or colon and a quotation, or before "that"."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("s") or tok.lower_ not in lexicon.cues() or tok.i == 0:
        return False
    doc = tok.doc
    if doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = doc[tok.i + 1 : tok.i + 3]
    if len(nxt) and nxt[0].lower_ == "that":
        return True
    return len(nxt) == 2 and nxt[0].text in (",", ":") and nxt[1].is_quote


# "released / issued / provided the following statement:" then the quotation
_STATEMENT_GIVING = {"release", "issue", "provide", "give", "deliver"}
_STATEMENT_NOUNS = {"statement", "remarks", "comment", "comments"}


def _gives_statement(tok: Token) -> bool:
    return (tok.lemma_ or "").lower() in _STATEMENT_GIVING and any(
        c.dep_ in ("obj", "dobj") and (c.lemma_ or c.lower_).lower() in _STATEMENT_NOUNS for c in tok.children
    )


def _cue_lemma(tok: Token) -> str | None:
    if _gives_statement(tok):
        return (tok.lemma_ or tok.lower_).lower()
    cues = lexicon.cues()
    for key in ((tok.lemma_ or "").lower(), tok.lower_):
        if key in cues:
            lemma = cues[key].lemma
            if lemma == "point":
                return None
            return lemma
    if (tok.lemma_ or tok.lower_) in ("point", "pointed", "points", "pointing") and any(
        c.lower_ == "out" for c in tok.children
    ):
        return "point out"
    if tok.i + 1 < len(tok.doc):  # two-word cues: "made clear", "called for", "speculated on"
        nxt = tok.doc[tok.i + 1].lower_
        for key in (f"{(tok.lemma_ or '').lower()} {nxt}", f"{tok.lower_} {nxt}"):
            if key in cues:
                return cues[key].lemma
    return None


def find_attributions(doc: Doc, quotes: list[Quote], sent_of: dict[int, int]) -> list[Attribution]:
    """Every attribution with a cue in ``doc``, in text order."""
    found: list[Attribution] = []
    quoted = _quoted_tokens(doc, quotes)
    for tok in doc:
        if tok.i in quoted:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            split = _according_to_inside(tok, sent_of)
            if split:
                found.extend(split)
                continue
            att = _according_to(tok, sent_of)
        elif tok.lower_ == "per" and tok.i == tok.sent.start:
            att = _per_phrase(tok, sent_of)
        elif is_cue(tok):
            split = _interrupting(tok, sent_of)
            if split:
                found.extend(split)
                continue
            att = _verb_attribution(tok, quotes, sent_of)
        else:
            att = None
        if att is not None:
            found.append(att)
    return found


def _interrupting(verb: Token, sent_of: dict[int, int]) -> list[Attribution]:
    """A cue between commas inside the reported clause splits it in two segments, both the
    speaker's: inverted ("Institutional recipients, said Mauer, are required to ...") or not
    ("The strike, officials said, killed 12 civilians"). The parser hangs the cue as parataxis
    on the clause's verb or on its subject. After a fronted adjunct ("Also in the past 24 hours,
    Davis said, the coalition conducted five airstrikes") only the clause after the cue is the
    content, as when the cue is parsed as the root."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "parataxis" or verb.i == 0:
        return []
    if head.i < verb.i and head.dep_ in _SUBJECT_DEPS and head.head.i > verb.i:
        head = head.head  # hung on the reported clause's subject
    if head.i < verb.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    subject = next((c for c in verb.children if c.dep_ in ("obj", "nsubj") and c.i > verb.i), None)
    if subject is None:  # "X, officials said, Y": the subject between the comma and the cue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or any(c.dep_ in ("ccomp", "obj", "xcomp") for c in verb.children):
            return []
        opening = subject.left_edge.i - 1
        after = verb.right_edge.i if doc[verb.right_edge.i].text == "," else verb.right_edge.i + 1
    else:
        opening = verb.i - 1
        after = max(t.i for t in subject.subtree if not t.is_punct) + 1  # the comma may hang on it
    if subject.pos_ not in ("PROPN", "NOUN", "PRON") or opening < 1 or doc[opening].text != ",":
        return []
    if (
        after >= head.i
        or doc[after].text != ","
        or any(t.dep_ == "nsubj" for t in doc[verb.i + 1 : subject.i])
    ):
        return []
    start = min(head.left_edge.i, doc[opening - 1].left_edge.i)
    first_words = doc[start:opening]
    if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in first_words):
        return []
    lemma = _cue_lemma(verb) or verb.lemma_
    sentence = sent_of.get(verb.i, 0)
    speaker = make_mention(subject, sentence)
    cue = _cue_span(verb, lemma)
    second = _trimmed(doc, after + 1, min(head.right_edge.i + 1, verb.sent.end))
    if any(c.dep_ in _SUBJECT_DEPS for c in head.children if c.i > after):
        if not first_words or any(t.head == head and t.dep_ in _SUBJECT_DEPS for t in first_words):
            return []
        return [Attribution(cue, lemma, second, speaker, sentence=sentence)]  # a fronted adjunct
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in first_words):
        return []  # the first segment must be the reported clause's subject, the second its predicate
    first = _trimmed(doc, _after_dateline(doc, start, opening), opening)
    return _segments(cue, lemma, (first, second), speaker, sentence)


def _segments(
    cue: TextSpan, lemma: str, contents: tuple[TextSpan, TextSpan], speaker: Mention, sentence: int
) -> list[Attribution]:
    """The two segments of a clause interrupted by its attribution, both the speaker's."""
    return [Attribution(cue, lemma, content, speaker, sentence=sentence) for content in contents]


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    """The indices of the tokens that start inside a quotation (looked up once, not per token)."""
    ids: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is not None:
            ids.update(t.i for t in span if q.contains(t.idx))
    return ids


def _verb_attribution(verb: Token, quotes: list[Quote], sent_of: dict[int, int]) -> Attribution | None:
    lemma = _cue_lemma(verb) or verb.lemma_
    if _ranks_a_report(verb) or _wh_infinitive(verb) or (lemma == "deny" and _denied_thing(verb)):
        return None
    inverted = _inverted_name(verb, quotes) or _name_after_quote(verb, quotes)
    if inverted is not None:  # '"...," said Col. Travis Caughlin, ...' whatever the parse
        name, quote = inverted
        # the name the span ends in heads it, not a title the parser gave a subject relation of
        # its own ('said Maj. | Gen. John Brennan': both subjects of 'said', 'Maj.' first)
        head = next((e.root for e in verb.doc.ents if e.end == name.end and e.start >= name.start), name.root)
        return Attribution(
            cue=_cue_span(verb, lemma),
            lemma=lemma,
            content=_inner(verb.doc, quote),
            speaker=make_mention(head, sent_of.get(verb.i, 0), start=name.start, from_char=name.start_char),
            via=None,
            sentence=sent_of.get(verb.i, 0),
        )
    reduced = _reduced_relative_report(verb, lemma, sent_of)
    if reduced is not None:
        return reduced
    gerund = _gerund_below(verb)
    if gerund is not None:  # "Russia has reported successfully repelling ...", "reported" parsed as aux
        content: TextSpan | None = _trimmed(verb.doc, verb.i + 1, _clause_end(gerund, verb.i + 1))
    else:
        content = _content(verb, lemma, quotes)
    if content is None and verb.dep_ == "amod" and verb.head.i > verb.i:
        # "and reiterated Ukraine's willingness to ...", the verb parsed as an adjective
        noun = verb.head.head if verb.head.dep_ == "nmod:poss" else verb.head
        content = _trimmed(verb.doc, verb.i + 1, min(noun.right_edge.i + 1, verb.sent.end))
    if content is None:
        return None
    opening = next(
        (q for q in quotes if q.start == content.start and (q.end >= content.end or q.start < verb.idx)), None
    )
    if opening is not None:  # 'said, "We have been very clear ..."': the quotation is the content
        # (not when the clause runs on after it: 'that "it's a different ballgame" in terms of ...')
        content = _inner(verb.doc, opening)
    earlier = _coordinated_cue_before(verb)
    repeated = (  # "Cooper said A, and said B": B is Cooper's too
        earlier is not None
        and (earlier.lemma_ or "").lower() == (verb.lemma_ or "").lower()
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )
    subject, passive = _speaker_head(earlier if repeated and earlier is not None else verb)
    absolute = _with_subject(verb)
    if absolute is not None:  # "..., with Boswell stating: ...", whatever the parse made of it
        subject, passive = absolute, False
    if subject is None and gerund is not None:
        subject, passive = _speaker_head(gerund)
    if subject is None and not passive and earlier is not None:
        # "He defended X and reiterated Y", however "reiterated" was parsed
        subject, passive = _speaker_head(earlier)
    if subject is not None:
        subject = _main_subject_for_pronoun(subject, verb) or subject
    subject_start = _joined_start(subject) if subject is not None else None
    main = _finite_verb_before(verb) if _is_infinitive(verb) and subject is not None else None
    if main is not None and subject is not None and subject.i < verb.i:
        # "Blinken spoke with Minister Kuleba to offer support", "Kuleba" parsed as the subject
        # of "offer": a to-infinitive has no subject of its own, it is the main clause's
        subject, passive = _speaker_head(main)
        subject_start = _joined_start(subject) if subject is not None else None
        verb_for_subject = main
    else:
        verb_for_subject = verb
    cut = verb_for_subject.idx
    via = _via(verb, sent_of.get(verb.i, 0))
    possessed = _possessor_source(verb) if subject is None and not passive else None
    if possessed is not None:  # "VOA's reporting from U.S. officials that ..."
        subject, possessor = possessed
        if possessor is not None:
            mark = next((c for c in possessor.children if c.dep_ == "case" and c.i > possessor.i), None)
            via = make_mention(possessor, sent_of.get(verb.i, 0), before_char=mark.idx if mark else None)
    if subject is not None and _quoted_before(subject, verb_for_subject, quotes):
        # '"The U.S. strikes targeted ...," Army Col. Joe Buccino, the command's officer, said':
        # the parser took a noun of the quotation for the subject; the speaker is outside it
        subject = None
    if subject is None and not passive:
        over = _subject_over_participle(verb_for_subject)
        if over is not None:  # "Two officials, speaking to VOA on condition of anonymity, said"
            subject, participle = over
            cut = participle.idx
    if subject is None and not passive:
        found = _preverbal_subject(verb_for_subject)
        if found is not None:  # the parser lost the subject: '"...," Khaled Al-Maeena, editor ..., said'
            subject, subject_start = found
    if passive and subject is None and not _reported_passive(verb, content):
        return None  # "the team had been denied visas": not a report of speech
    if (
        subject is not None
        and subject.pos_ in ("VERB", "AUX", "ADP", "SCONJ")
        and not noun_taken_for_verb(subject)
    ):
        subject = None  # a clause misparsed as the subject ("Citing privacy rules, ...")
    titled = _titled_person(subject, verb_for_subject) if subject is not None else None
    if titled is not None:  # "Deputy Assistant Secretary of Defense for Russia, Ukraine and
        subject, subject_start = titled  # Eurasia Laura Cooper told": the name the title ends in
    if subject is not None and is_dateline(subject):
        # "WASHINGTON —Syrian Kurdish troops say": the subject is what the dateline was parsed with
        subject = next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > subject.i), None)
        subject_start = None
    entry = lexicon.cues().get(lemma)
    if entry is not None and entry.restricted and not _is_source(subject):
        return None  # "the video shows", unlike "the figures show"
    sentence = sent_of.get(verb.i, 0)
    speaker = (
        make_mention(
            subject,
            sentence,
            start=subject_start,
            before_char=cut if subject.i < verb_for_subject.i else None,
            end=_infinitive_modifier_end(subject),
        )
        if subject is not None
        else None
    )
    if speaker is not None and _overlaps(speaker.span, content):
        speaker = None if passive else speaker
    return Attribution(
        cue=_cue_span(verb, lemma),
        lemma=lemma,
        content=content,
        speaker=speaker,
        via=via,
        sentence=sentence,
        passive=passive and subject is None,
    )


# cues whose passive participle, after a noun with a "by" agent, reports that noun: "an attack
# claimed by Daesh" (Daesh claimed the attack), "casualties reported by the ministry"
_REDUCED_RELATIVE_CUES = {"claim", "report"}


_INCLUDING = {"including", "like", "such"}


def _included_member(noun: Token, participle: Token) -> Token | None:
    """ "the attacks in Iraq, including one in Baghdad [claimed] by Daesh": an "including" (or
    "like", "such as") phrase of ``noun`` that ends right before the participle: the participle
    modifies the nearer noun, the included one, however the parser attached it."""
    for child in noun.rights:
        if child.i > participle.i or max(t.i for t in child.subtree) != participle.i - 1:
            continue
        if any(c.dep_ == "case" and c.lower_ in _INCLUDING and c.i < child.i for c in child.children):
            return child
    return None


def _reduced_relative_report(verb: Token, lemma: str, sent_of: dict[int, int]) -> Attribution | None:
    """ "…, including one in Baghdad claimed by Daesh": a participle of "claim" or "report" in a
    reduced relative clause (``acl`` of the noun before it, no subject or auxiliary) with a
    "by" agent: the agent is the speaker, the noun's phrase up to the participle the content."""
    if lemma not in _REDUCED_RELATIVE_CUES or verb.dep_ != "acl" or verb.head.i > verb.i:
        return None
    if "Past" not in verb.morph.get("Tense", []) or any(
        c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "aux:pass") for c in verb.children
    ):
        return None
    agent = _agent(verb)
    noun = _included_member(verb.head, verb) or verb.head
    if agent is None or agent.i < verb.i or noun.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return None
    sentence = sent_of.get(verb.i, 0)
    return Attribution(
        cue=_cue_span(verb, lemma),
        lemma=lemma,
        content=_trimmed(verb.doc, noun.left_edge.i, verb.i, drop_case=True),
        speaker=make_mention(agent, sentence),
        sentence=sentence,
    )


def _quoted_before(subject: Token, verb: Token, quotes: list[Quote]) -> bool:
    """A subject inside a quotation that closes before the cue: the quoted words are the
    statement, not its source."""
    return subject.i < verb.i and any(q.contains(subject.idx) and q.end <= verb.idx for q in quotes)


def _subject_over_participle(verb: Token) -> tuple[Token, Token] | None:
    """The speaker of a cue the parser gave no subject because a participle clause stands between
    them ("Two officials, speaking to VOA on condition of anonymity to discuss plans, said"; "a
    coalition official speaking on condition of anonymity told"): the noun phrase right before the
    participle, which the parser made the participle's subject or hung the participle on.
    Returns the subject and the participle."""
    doc = verb.doc
    k = verb.i - 1
    if k > verb.sent.start and doc[k].text == ",":
        k -= 1
    if k <= verb.sent.start:
        return None
    participle = None
    for tok in (doc[k], *doc[k].ancestors):
        if tok.i >= verb.i:
            break
        if tok.pos_ == "VERB" and tok.lower_.endswith("ing") and k <= tok.right_edge.i < verb.i:
            participle = tok
    if participle is None:
        return None
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
        subject: Token | None = participle.head
    else:
        subject = next(
            (c for c in participle.children if c.dep_ in _SUBJECT_DEPS and c.i < participle.i), None
        )
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    between = doc[subject.i + 1 : participle.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return subject, participle


def _titled_person(subject: Token, verb: Token) -> tuple[Token, int] | None:
    """A title subject whose phrase ends in a person's name right before the cue, which the
    parser took for a conjunct of the title's "of" phrase ("Secretary of Defense for Russia,
    Ukraine and Eurasia Laura Cooper told"): the person heads the speaker, titled by the rest."""
    if subject.ent_type_ == "PERSON" or subject.i > verb.i:
        return None
    person = _person_ending_at(verb.doc, verb.i)
    if person is None or not subject.i < person.start <= subject.right_edge.i:
        return None
    if is_title_word(subject):
        return person.root, subject.left_edge.i
    return _appended_person(subject, person)


def _appended_person(subject: Token, person: Span) -> tuple[Token, int] | None:
    """A subject that cannot speak (a place, a thing) whose phrase ends, after a comma, in a
    titled person's name right before the cue: the parser hung the speaker on the last noun of
    the clause before ("..., on three sides of Mosul, the country's second-largest city,
    Pentagon press operations director Navy Capt. Jeff Davis said today": 'city' the subject,
    the name its appositive). The person heads the speaker, from the word after the comma."""
    if _personal(subject) or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = subject.doc
    comma = next((k for k in range(person.start - 1, subject.i, -1) if doc[k].text == ","), None)
    if comma is None or any(
        t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[comma + 1 : person.start]
    ):
        return None
    if not all(_title_like(t) for t in doc[comma + 1 : person.start]):
        return None
    return person.root, comma + 1


def _person_ending_at(doc: Doc, i: int) -> Span | None:
    """The PERSON entity that ends right before token i (a name right before its cue)."""
    return next((e for e in doc.ents if e.label_ == "PERSON" and e.end == i), None)


def _possessor_source(verb: Token) -> tuple[Token, Token | None] | None:
    """The speaker of a nominal cue: its possessor ("Kyiv's claim that ..."), or the source in its
    "from" phrase, with the possessor as intermediary ("VOA's reporting from U.S. officials that
    ..." — the officials said it, VOA relayed it)."""
    possessor = next((c for c in verb.children if c.dep_ == "nmod:poss" and c.i < verb.i), None)
    if possessor is None or possessor.pos_ not in ("PROPN", "NOUN"):
        return None
    source = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in ("obl", "nmod")
            and any(g.lower_ == "from" and g.dep_ == "case" for g in c.children)
            and _personal(c)
        ),
        None,
    )
    return (source, possessor) if source is not None else (possessor, None)


def _wh_infinitive(verb: Token) -> bool:
    """ "to discuss how to counter ...", "decide whether to respond": an act under consideration,
    not one performed."""
    return _is_infinitive(verb) and verb.i >= 2 and verb.doc[verb.i - 2].lower_ in _WH_WORDS


_RANKS = {"first", "second", "last", "only", "latest"}


def _ranks_a_report(verb: Token) -> bool:
    """ "Politico was first to report the troop consideration", "the first outlet to reveal":
    who broke the news, a reporter's note on the sources, not a report of what was said."""
    if not _is_infinitive(verb) or verb.i < 2:
        return False
    before = verb.doc[verb.i - 2]
    return before.lower_ in _RANKS or any(c.lower_ in _RANKS and c.i < before.i + 1 for c in before.children)


def _with_subject(verb: Token) -> Token | None:
    """The subject of an absolute "with" clause: "with Boswell stating", "with the i reporting" —
    the noun phrase between "with" and the -ing cue."""
    if not verb.lower_.endswith("ing") or verb.i == 0:
        return None
    doc = verb.doc
    last = doc[verb.i - 1]
    if last.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    i = last.i
    while i > verb.sent.start and _in_noun_phrase(doc, i - 1) and doc[i - 1].lower_ != "with":
        i -= 1
    if i > verb.sent.start and doc[i - 1].lower_ == "with":
        return last
    if i > verb.sent.start and doc[i - 1].text == "," and doc[i].lower_ in ("the", "a", "an"):
        return last  # "..., the government recommending ...": an absolute clause after a comma
    return None


def _is_infinitive(verb: Token) -> bool:
    """A to-infinitive ("to offer"), by the word before it."""
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to" and verb.doc[verb.i - 1].pos_ == "PART"


def _finite_verb_before(verb: Token) -> Token | None:
    """The nearest verb before ``verb`` in its sentence that is neither an infinitive nor a
    participle in -ing: the verb of the clause a to-infinitive depends on."""
    for tok in reversed(verb.doc[verb.sent.start : verb.i - 1]):
        if tok.pos_ == "VERB" and not tok.lower_.endswith("ing") and not _is_infinitive(tok):
            return tok
        if tok.is_punct and tok.text in (";", ":") or tok.is_quote:
            return None
    return None


_NP_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"}
_NP_LINKS = {"of", "for"}  # "Minister of Education Stefania Giannini"


def _preverbal_subject(verb: Token) -> tuple[Token, int] | None:
    """The subject of a finite cue by word order, when the parse gave it none: the noun phrase
    right before the verb (over adverbs, auxiliaries and one appositive between commas), which
    must begin the sentence or follow a comma, a quotation or a conjunction. Returns its head and
    first token. "Rathke also asked ...", "Kathryn Waters, director of the gallery, expressed ..."."""
    if verb.dep_ in ("acl", "acl:relcl", "xcomp", "advcl") or verb.lower_.endswith("ing"):
        return None
    doc, lo = verb.doc, verb.sent.start
    i = verb.i - 1
    while (
        i >= lo and not doc[i].is_punct and (doc[i].pos_ in ("AUX", "ADV", "PART") and doc[i].lower_ != "to")
    ):
        i -= 1
    if i >= lo and doc[i].text == ",":  # an appositive: ", the chairman of the panel,"
        j = i - 1
        while j >= lo and doc[j].text not in (",", "(", "—", "–") and not doc[j].is_quote:
            if doc[j].pos_ in ("VERB", "AUX"):
                return None
            j -= 1
        if j < lo or doc[j].text != "," or j == i - 1:
            return None
        i = j - 1
    if i < lo or doc[i].pos_ not in ("PROPN", "NOUN", "PRON") or doc[i].is_quote:
        return None
    start = i
    while start - 1 >= lo and _in_noun_phrase(doc, start - 1):
        start -= 1
    if start > lo and not (doc[start - 1].is_punct or doc[start - 1].pos_ == "CCONJ"):
        return None  # "officials who visited the site said": an object, not the subject
    if start > lo and doc[start - 1].text in ("-", "‑"):
        return None
    return _phrase_head(doc[start : i + 1]), start


def _in_noun_phrase(doc: Doc, k: int) -> bool:
    tok = doc[k]
    if tok.text in ("-", "‑") and k > 0 and not doc[k - 1].whitespace_ and not tok.whitespace_:
        return True  # "Al-Maeena"
    if tok.is_quote or tok.is_punct and not tok.text.endswith("."):
        return False
    return tok.pos_ in _NP_POS or tok.lower_ in _NP_LINKS or _name_word_tagged_verb(tok)


def _name_word_tagged_verb(tok: Token) -> bool:
    """A capitalised word inside a sentence (not its first two words: an opening quote may come
    first) right before a capitalised proper noun, tagged as a verb for its ending: the first
    name of a person ('"...," Khaled | Al-Maeena, editor ..., said': 'Khaled' VERB)."""
    doc = tok.doc
    k, first = tok.i, tok.sent.start
    return (
        tok.pos_ == "VERB"
        and tok.is_title
        and k + 1 < len(doc)
        and doc[k + 1].pos_ == "PROPN"
        and doc[k + 1].is_title
        and k > first + 1
        and (tok.lemma_ or tok.text).lower() not in lexicon.cues()
    )


def _phrase_head(span: Span) -> Token:
    """The head of a noun phrase found by word order: a person's name in it, else the last noun
    before an "of"/"for" phrase, else the last word."""
    people = [
        e for e in span.doc.ents if e.label_ == "PERSON" and span.start <= e.start and e.end <= span.end
    ]
    if people:
        return span.doc[people[-1].end - 1]
    link = next((t for t in span if t.lower_ in _NP_LINKS), None)
    if link is not None:
        nouns = [t for t in span if t.i < link.i and t.pos_ in ("PROPN", "NOUN")]
        if nouns:
            return nouns[-1]
    return span[-1]


def _coordinated_cue_before(verb: Token) -> Token | None:
    """The reporting verb of the same sentence that ``verb`` is coordinated with by "and"/"but"
    ("defended ... and reiterated"), judged by the words, not the parse."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ not in ("and", "but"):
        return None
    for tok in reversed(doc[verb.sent.start : verb.i - 1]):
        if tok.pos_ == "VERB" and is_cue(tok):
            return tok
    return None


def _inverted_name(verb: Token, quotes: list[Quote]) -> tuple[Span, Quote] | None:
    """'"…," said Col. Travis Caughlin': a quotation closing right before the cue and a named
    person or organisation (after at most a title or two) right after it."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    if i < 0 or not doc[i].is_quote:
        return None
    quote = next((q for q in quotes if q.end == doc[i].idx + len(doc[i].text)), None)
    if quote is None or verb.i + 1 >= len(doc):
        return None
    for ent in doc.ents:
        if _inverted_speaker(ent, verb) and verb.i + 1 <= ent.start <= verb.i + 3:
            between = doc[verb.i + 1 : ent.start]
            if all(t.lower_ in ("the", "a") or t.text.endswith(".") or t.is_title for t in between):
                person = _person_after_title(ent) if ent.label_ == "ORG" else None
                return doc[verb.i + 1 : (person or ent).end], quote
        if ent.start > verb.i + 3:
            break
    return None


def _inverted_speaker(ent: Span, verb: Token) -> bool:
    """A person or organisation; also a lone name the NER took for a place when it ends the
    sentence right after the cue ('"...," said Colburn.'): a place does not say things there."""
    if ent.label_ in ("PERSON", "ORG"):
        return True
    doc = ent.doc
    return (
        ent.label_ == "GPE"
        and ent.start == verb.i + 1
        and ent.end < len(doc)
        and doc[ent.end].text in (".", ",")
        and all(t.pos_ == "PROPN" for t in ent)
    )


def _person_after_title(org: Span) -> Span | None:
    """ "said Pentagon spokesman Brent Colburn": the organisation modifies a title, and the
    person after the title is the speaker."""
    doc = org.doc
    person = next((e for e in doc.ents if e.label_ == "PERSON" and org.end < e.start <= org.end + 4), None)
    if person is None:
        return None
    between = doc[org.end : person.start]
    if any(is_title_word(t) for t in between) and all(
        is_title_word(t) or t.text.endswith(".") for t in between
    ):
        return person
    return None


def _name_after_quote(verb: Token, quotes: list[Quote]) -> tuple[Span, Quote] | None:
    """'"...," Pentagon press secretary John Kirby told reporters': a quotation closing, then a
    titled name ending right before the cue, whatever the parse made of the words between."""
    doc = verb.doc
    person = _person_ending_at(doc, verb.i)
    if person is None:
        return None
    i = person.start - 1
    while i >= 0 and person.start - i <= 6 and _title_like(doc[i]):
        i -= 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or not doc[i].is_quote:
        return None
    if i > 0 and doc[i - 1].text == ".":
        # '"... we will." Shojai told reporters': the quotation ended its sentence; the
        # name and cue open the next one, with words of their own
        return None
    quote = next((q for q in quotes if q.end == doc[i].idx + len(doc[i].text)), None)
    if quote is None:
        return None
    start = i + 1
    while doc[start].text == ",":
        start += 1
    return doc[start : person.end], quote


def _title_like(tok: Token) -> bool:
    """A word of a title and its organisation before a name ("Pentagon press secretary")."""
    if tok.is_punct and (tok.text == "." or not tok.text.endswith(".")):
        return False  # a full stop ends a sentence; of punctuation, only dotted marks ("...") pass
    if tok.pos_ in ("PRON", "AUX", "SCONJ", "CCONJ", "ADP", "PART", "NUM") or tok.is_quote:
        return tok.lower_ == "of"  # "Minister of Defense"
    if tok.pos_ == "VERB" and tok.lower_ in lexicon.cues():
        return False
    return tok.is_alpha or tok.text.endswith(".")  # the tagger may take "press" for a verb


def _gerund_below(verb: Token) -> Token | None:
    """The -ing verb a cue was misparsed as the auxiliary of ("has reported repelling")."""
    head = verb.head
    if verb.dep_ == "aux" and head.i > verb.i and head.pos_ == "VERB" and head.lower_.endswith("ing"):
        return head
    return None


def _joined_start(subject: Token) -> int | None:
    """Where a subject split by the parser begins: an earlier sibling subject right before it."""
    earlier = [c for c in subject.head.children if c.dep_ in _SUBJECT_DEPS and c.i < subject.i]
    if earlier and earlier[-1].right_edge.i + 1 == subject.left_edge.i:
        # "spokesman | Georgiy Tykhy", not "forces advanced ..., the governor"
        between = subject.doc[earlier[-1].left_edge.i : subject.left_edge.i]
        if not any(t.pos_ in ("VERB", "AUX") for t in between):
            return earlier[-1].left_edge.i
    return None


def _reported_passive(verb: Token, content: TextSpan) -> bool:
    """A passive cue without an agent reports speech only with "as" ("has been described as")
    or a clause ("it was claimed that ...", "he was quoted as saying ...")."""
    return any(_has_as(c) or c.dep_ in ("ccomp", "csubj:pass", "csubj") for c in verb.children)


def _is_source(subject: Token | None) -> bool:
    """A subject that can make a restricted cue a report: a named source or a document/data noun
    ("the poll found", "figures show")."""
    if subject is None:
        return False
    if subject.pos_ == "PRON" and subject.lower_ in ("they", "we", "he", "she", "i"):
        return True  # "they found": people, not a video
    noun = lexicon.table("speaker_nouns.tsv").get((subject.lemma_ or subject.text).lower())
    return (
        (noun is not None and noun[0] in ("person", "group"))
        or subject.ent_type_ in ("ORG", "PERSON", "GPE")
        or (subject.lemma_ or subject.text).lower() in _SOURCE_NOUNS | _DATA_NOUNS
    )


_DATA_NOUNS = {
    "poll",
    "polls",
    "survey",
    "surveys",
    "result",
    "results",
    "research",
    "study",
    "studies",
    "census",
    "investigation",
    "inquiry",
    "review",
    "audit",
    "record",
    "records",
    "document",
    "documents",
    "letter",
    "analysis",
}


def _speaker_head(verb: Token) -> tuple[Token | None, bool]:
    """The head of the speaker phrase and whether the cue is passive."""
    seen = 0
    tok = verb
    while seen < 6:
        seen += 1
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS] or [
            g  # "Ukraine | has imposed": the subject hung on the auxiliary
            for c in tok.children
            if c.dep_ == "aux" and c.i < tok.i
            for g in c.children
            if g.dep_ in _SUBJECT_DEPS
        ]
        if subjects:
            # two subjects side by side are one phrase split by the parser ("spokesman | Georgiy
            # Tykhy"): the one nearest the verb heads it
            # a subject before the verb wins over one the parser found after it ("Whitmore told
            # LA Weekly ... and told the police, "everything he did"")
            before = [c for c in subjects if c.i < tok.i]
            return _antecedent_of_relative((before or subjects)[-1]), False
        noun = _subject_of_infinitive_before(tok)
        if noun is not None:
            return noun, False
        for child in tok.children:
            if child.dep_ in _PASSIVE_SUBJECT_DEPS or child.dep_ == "aux:pass":
                return _agent(tok), True
        # "said X and offered Y", "..., citing Y", "declaring the incursion as ..."
        if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head is not tok:
            tok = tok.head
            continue
        if tok.dep_ in ("acl", "parataxis", "appos") and _subject_like(tok.head):
            return tok.head, False  # "officials, saying ...", or a cue misattached to its subject
        root = tok.sent.root
        if (
            tok.dep_ == "acl"
            and root.pos_ in ("NOUN", "PROPN")
            and root.i < tok.i
            and any(c.dep_ in ("obj", "ccomp") for c in tok.children)
        ):
            # "Ukrainian servicemen who participated in the offensive described the operation as
            # ...": a sentence with a noun for its root and the cue, with an object of its own,
            # hung on a noun inside that root's phrase: the cue is the predicate, the root noun
            # its subject
            return root, False
        if tok.dep_ == "acl" and (
            _after_comma(tok) or any(c.dep_ == "mark" and c.i < tok.i for c in tok.children)
        ):
            # ", describing the scene" hung on the object of the main verb: climb to that verb
            verb_above = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
            if verb_above is not None:
                tok = verb_above
                continue
        return None, False
    return None, False


def _subject_of_infinitive_before(verb: Token) -> Token | None:
    """A to-infinitive clause before a verb without a subject, given a subject of its own: a
    to-infinitive has none (only 'for X to ...'), so that noun is the subject of the verb, the
    infinitive its modifier ("Figures to be published today show ...": 'Figures' parsed as the
    passive subject of 'published', an advcl of 'show')."""
    for clause in verb.children:
        if clause.i > verb.i or clause.dep_ not in ("advcl", "csubj", "csubj:pass"):
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if not any(m.lower_ == "to" for m in marks) or any(m.lower_ == "for" for m in marks):
            continue
        noun = next(
            (
                c
                for c in clause.children
                if c.i < clause.i and (c.dep_ in _SUBJECT_DEPS or c.dep_ in _PASSIVE_SUBJECT_DEPS)
            ),
            None,
        )
        if noun is not None and noun.pos_ in ("NOUN", "PROPN", "PRON"):
            return noun
    return None


def _infinitive_modifier_end(subject: Token) -> int | None:
    """Where the to-infinitive that a subject heads by meaning ends, when the parser made the
    subject the infinitive's own (``_subject_of_infinitive_before``): "Figures to be published
    today" is the speaker phrase."""
    clause = subject.head
    if subject.i < clause.i and _subject_of_infinitive_before(clause.head) == subject:
        return clause.right_edge.i + 1 if clause.right_edge.i < clause.head.i else None
    return None


def _antecedent_of_relative(subject: Token) -> Token:
    """A relative pronoun as subject ("servicemen who ... described") stands for its noun."""
    if subject.lower_ in ("who", "which", "that") and subject.i > 0:
        noun = subject.head.head
        if (
            subject.head.dep_.startswith("acl")
            and noun.pos_ in ("NOUN", "PROPN")
            and (subject.lower_ != "who" or _personal(noun))
        ):
            return noun
        # by word order: the nearest noun before it, for "who" one that can stand for people
        # ("EU leaders at the end of last year, who invited her": not "year" or "end")
        for tok in reversed(subject.doc[subject.sent.start : subject.i]):
            if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
                break
            if tok.pos_ in ("NOUN", "PROPN") and (subject.lower_ != "who" or _personal(tok)):
                return tok
    return subject


def _personal(tok: Token) -> bool:
    """A noun that can stand for people: a named person, body or group, or a speaker noun."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    entry = lexicon.table("speaker_nouns.tsv").get((tok.lemma_ or tok.text).lower())
    return entry is not None and entry[0] in ("person", "group")


def _subject_like(noun: Token) -> bool:
    """A noun that can be the speaker of a participle or parataxis cue hanging on it: a subject,
    a sentence root, or a named person/organisation."""
    return noun.pos_ in ("NOUN", "PROPN", "PRON") and (
        noun.dep_ in ("nsubj", "nsubj:pass", "ROOT") or noun.ent_type_ in ("PERSON", "ORG")
    )


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("obl:agent", "agent", "obl") and any(
            g.lower_ == "by" and g.dep_ == "case" for g in child.children
        ):
            return child
    return None


def _content(verb: Token, lemma: str, quotes: list[Quote]) -> TextSpan | None:
    """The content of a cue: where it starts is chosen by the cue's frame (clause, infinitive,
    object with "as", object); it runs to the end of the cue's own clause, so that a content
    clause the parser attached one level too high or too low is still whole."""
    doc = verb.doc
    as_clause = _as_clause_content(verb, quotes)
    if as_clause is not None:
        return as_clause
    first = _content_start(verb, lemma)
    if first is None:
        that = _that_after(verb)
        if that is not None:  # "told LA Weekly in a statement that ...", however it was attached
            return _trimmed(doc, that.i, _sentence_end(that))
        bare = _bare_clause_after(verb)
        if bare is not None:  # "with the i reporting no one will be refused ..."
            return _trimmed(doc, verb.i + 1, _sentence_end(bare))
        quote = (
            _quote_for(verb, quotes) or _quote_after_colon(verb, quotes) or _quote_right_after(verb, quotes)
        )
        if quote is not None:
            return _inner(doc, quote)
        split = _clause_split_off(verb)
        if split is not None:
            return split
        return _clause_before(verb)
    start = max(first.left_edge.i, verb.i + 1)
    end = _clause_end(verb, start)
    if _object_is_a_clause_subject(first):
        end = max(end, _sentence_end(first))
    elif first.dep_ in ("obj", "dobj") and not _has_as_phrase(verb, first):
        end = min(end, _object_end(verb, first))
    end = _colon_before_quote(doc, start, end, quotes)
    end = _report_after_as(doc, start, end)
    return _trimmed(doc, start, end, drop_case=first.dep_ in ("obl", "nmod"))


def _report_after_as(doc: Doc, start: int, end: int) -> int:
    """A content ends before a report of its own that trails it after a comma, an "as" clause
    with a cue and its subject ("there is a heightened urgency for training, | as the Pentagon
    announced that ..."): that clause is another statement, however the parser attached it."""
    for tok in doc[start + 2 : end]:
        if tok.lower_ != "as" or tok.dep_ != "mark" or doc[tok.i - 1].text != ",":
            continue
        cue = tok.head
        if tok.i < cue.i < end and is_cue(cue) and any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            return tok.i - 1
    return end


_ADJUNCT_DEPS = {"obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod", "npadvmod", "advcl"}


def _has_as_phrase(verb: Token, obj: Token) -> bool:
    return any(_has_as(c) for c in (*verb.children, *obj.children))


def _object_end(verb: Token, obj: Token) -> int:
    """Where an object content ends: after the object and what else completes the cue, not the
    cue's adjuncts after it ("proposed the initiative | to EU leaders at the end of last year"),
    nor a "via" phrase the parser hung on the object: it names the medium of the act
    ("requested donations | via a statement made on his blog")."""
    end = obj.right_edge.i + 1
    for child in obj.rights:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "via" for c in child.children):
            end = min(end, child.left_edge.i)
            break
    for child in verb.children:  # in text order, so that a completing phrase extends ``end``
        if child.i > obj.i and (
            child.dep_ not in _ADJUNCT_DEPS | _NOT_CONTENT_DEPS
            or _elaborates(child)
            or _completes_noun(child, end)
            or child.dep_ == "conj"
            and _infinitive_conjunct(verb, child, obj.i)
        ):
            end = max(end, child.right_edge.i + 1)
    return end


# prepositions that, right after a noun object, complete the noun however the parser attached them:
# "reaffirmed his support for Israel's security", "expressed concern over the strikes", "urged
# de-escalation towards a sustainable calm"
_NOUN_PREPOSITIONS = {"for", "of", "over", "against", "about", "on", "towards", "toward"}
# nouns of a relation between parties, which "with" completes ("offered solidarity with the
# Ukrainian people", "stressed cooperation with allies"); after other objects "with" is the
# verb's ("discussed the war with his counterpart")
_WITH_NOUNS = {
    "solidarity",
    "cooperation",
    "coordination",
    "partnership",
    "relations",
    "ties",
    "talks",
    "dialogue",
    "engagement",
    "consultations",
    "negotiations",
    "friendship",
    "unity",
    "sympathy",
}


def _completes_noun(tok: Token, end: int) -> bool:
    """An ``obl`` of the cue right after its noun object (``end``), whose preposition completes
    the noun; UD lets the parser attach such a phrase to the noun or to the verb."""
    if tok.dep_ != "obl" or tok.left_edge.i != end or tok.doc[end].dep_ != "case":
        return False
    prep = tok.doc[end].lower_
    return (
        prep in _NOUN_PREPOSITIONS
        or prep == "with"
        and (tok.doc[end - 1].lemma_ or "").lower() in _WITH_NOUNS
    )


_ELABORATING = {"including", "such", "especially", "notably", "particularly", "among"}


def _elaborates(tok: Token) -> bool:
    """A phrase after a comma that lists members of what precedes (", including one in Baghdad",
    ", such as soybean"), which the parser may hang on the verb: it belongs to the object."""
    words = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if not t.is_punct]
    return bool(words) and words[0].lower_ in _ELABORATING and _after_comma(tok)


def _colon_before_quote(doc: Doc, start: int, end: int, quotes: list[Quote]) -> int:
    """A reported clause ends at a colon that opens a quotation ('defended the record ...:
    "The Home Secretary and I ..."'): the quotation is a segment of its own."""
    for tok in doc[start:end]:
        if tok.text == ":" and _quote_right_after(tok, quotes) is not None:
            words = [t for t in doc[start : tok.i] if not (t.is_punct or t.is_space)]
            return tok.i if words else end
    return end


def _as_clause_content(verb: Token, quotes: list[Quote]) -> TextSpan | None:
    """ "As Heald told The Huffington Post, US surface ozone has dropped": a cue in an "as"
    clause reports the rest of its sentence (the quotation, when one follows right after);
    "..., as the minister said." reports what comes before it."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    if mark is None or verb.dep_ not in ("advcl", "ROOT", "parataxis"):
        return None
    doc, sent = verb.doc, verb.sent
    if mark.i == sent.start or (
        mark.i > sent.start and doc[sent.start : mark.i].text.strip() in ("", "“", '"')
    ):
        comma = next((t for t in doc[verb.i + 1 : sent.end] if t.text in (",", ":")), None)
        if comma is None or comma.i + 1 >= sent.end:
            return None
        quote = _quote_right_after(doc[comma.i], quotes)
        if quote is not None:
            return _inner(doc, quote)
        return _trimmed(doc, comma.i + 1, sent.end)
    if any(c.dep_ in ("ccomp", "obj", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None  # "..., as Ukraine said ammunition shortages were ...": the cue has its own content
    before = doc[mark.i - 1]
    if before.text in (",", "—", "–") and all(
        t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : sent.end]
    ):
        return _trimmed(doc, sent.start, before.i)
    return None


def _that_after(verb: Token) -> Token | None:
    """A "that" opening a clause a few words after a cue that has no clause of its own: the
    cue's addressee, oblique or adverbs come in between, but no verb or punctuation."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : min(verb.i + 10, verb.sent.end)]:
        if tok.lower_ == "that":
            return tok if tok.dep_ == "mark" or tok.pos_ == "SCONJ" else None
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct or tok.is_quote:
            return None
    return None


def _clause_split_off(verb: Token) -> TextSpan | None:
    """ "An official told VOA | Thursday there is ...": the parser ended the cue's sentence
    right after the cue and its addressee, without punctuation, and made the content clause a
    sentence of its own. That next sentence (after its leading time words, which belong to the
    cue) is the content, when it runs on in the same paragraph."""
    doc, sent = verb.doc, verb.sent
    last = doc[sent.end - 1]
    if sent.end >= len(doc) or last.is_punct or last.is_space or last.whitespace_ != " ":
        return None
    after = doc[verb.i + 1 : sent.end]
    if len(after) > 4 or any(t.pos_ not in ("PROPN", "NOUN", "PRON", "DET") for t in after):
        return None  # only the addressee may stand between the cue and the split
    nxt = doc[sent.end].sent
    start = nxt.start
    while start < nxt.end - 1 and (is_temporal(doc[start]) or doc[start].text == ","):
        start += 1
    words = [t for t in doc[start : nxt.end] if not t.is_punct]
    if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return _trimmed(doc, start, _clause_end(nxt.root, start))


_RELATIVE_WORDS = {"which", "who", "whom", "whose", "that", "where", "when"}


def _bare_clause_after(verb: Token) -> Token | None:
    """A clause without "that" right after a cue the parse gave no content: a noun phrase and a
    finite auxiliary or verb ("reporting | no one will be refused"). Returns the clause's first word."""
    doc = verb.doc
    i = verb.i + 1
    while i < verb.sent.end and doc[i].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"):
        if doc[i].lower_ in _RELATIVE_WORDS:
            return None  # "conceded a penalty which the referee awarded": an object and its clause
        i += 1
    if i == verb.i + 1 or i >= verb.sent.end:
        return None
    nxt = doc[i]
    finite = nxt.pos_ == "AUX" or (nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm", []))
    return doc[verb.i + 1] if finite else None


def _quote_right_after(verb: Token, quotes: list[Quote]) -> Quote | None:
    """A quotation opening right after the cue, past a comma or colon ('notes, "Ground-level ..."')."""
    text = doc_text(verb.doc)
    end = verb.idx + len(verb.text)
    for q in quotes:
        if q.start >= end and not text[end : q.start].strip(" ,:\n"):
            return q
    return None


_WH_WORDS = {"how", "why", "what", "whether", "when", "where", "who"}


def _object_is_a_clause_subject(first: Token) -> bool:
    """ "Heald noted the findings show ...": a content clause without "that" whose subject the
    parser took for the cue's object. The word after the object is a finite verb (or modal)."""
    if first.dep_ not in ("obj", "dobj"):
        return False
    if any(_finite_modifier(c) for c in first.rights):
        return True  # "found [a quarter of citizens] [favoured]acl changing ..."
    after = first.right_edge.i + 1
    # over quotation marks and time words: 'any process "must be well thought out"', "migrants
    # crossing the Channel last year drove"
    while after < first.sent.end and (first.doc[after].is_quote or is_temporal(first.doc[after])):
        after += 1
    if after >= first.sent.end:
        return False
    nxt = first.doc[after]
    form = nxt.morph.get("VerbForm", [])
    finite = nxt.pos_ in ("VERB", "AUX") and not ({"Part", "Ger"} & set(form))  # "Inf" too: "show"
    return finite and nxt.head.i != first.i and nxt.dep_ not in ("acl", "acl:relcl")


def _finite_modifier(clause: Token) -> bool:
    """ "a recent poll found [only a quarter of citizens] [favoured]acl changing the flag": an
    indicative finite verb the parser hung on the object as a modifier, with no subject,
    subordinator or relative word of its own (nor one after the object), is no reduced relative (a participle is not
    finite) but the content clause's predicate, the object its subject."""
    if clause.dep_ != "acl" or clause.pos_ != "VERB":
        return False
    if any(t.lower_ in _RELATIVE_WORDS for t in clause.doc[clause.head.i : clause.i]):
        return False  # "a penalty which the referee awarded": the verb completes the relative
    if "Fin" not in clause.morph.get("VerbForm", []) or "Ind" not in clause.morph.get("Mood", []):
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubj:pass", "mark") or c.lower_ in _RELATIVE_WORDS for c in clause.children
    )


def _sentence_end(tok: Token) -> int:
    """The end of ``tok``'s sentence before a trailing participle clause after a comma."""
    sent = tok.sent
    for t in tok.doc[tok.right_edge.i + 1 : sent.end]:
        if t.text in (",", ";") and t.i + 1 < sent.end and tok.doc[t.i + 1].lower_.endswith("ing"):
            return t.i
    return sent.end


def _inner(doc: Doc, quote: Quote) -> TextSpan:
    """A quotation without its marks, as a content span."""
    return TextSpan(doc_text(doc)[quote.inner_start : quote.inner_end], quote.inner_start, quote.inner_end)


def _quote_after_colon(verb: Token, quotes: list[Quote]) -> Quote | None:
    """'Rathbun stated,' / 'released the following statement:' then a quotation right after
    (often the next paragraph)."""
    sent = verb.sent
    last = sent[-1] if not sent[-1].is_space else sent[-2] if len(sent) > 1 else sent[-1]
    if last.text not in (":", ",") or any(
        t.i > verb.i and t.pos_ == "VERB" and t.dep_ not in ("amod", "acl") for t in sent if t.i < last.i
    ):  # "the following statement:" is fine
        return None
    text = doc_text(verb.doc)
    for q in quotes:
        if q.start >= last.idx and not text[last.idx + 1 : q.start].strip():
            return q
    return None


def _clause_before(verb: Token) -> TextSpan | None:
    """Attribution after the content without quotation marks: "ISIL has had control of Mosul for
    two years, Davis said." — the content is the sentence up to the comma before the speaker."""
    sent = verb.sent
    doc = verb.doc
    start = sent.start
    comma = next((t for t in reversed(list(doc[sent.start : verb.i])) if t.text in (",", "—", "–")), None)
    if comma is None and sent.start > 0 and doc[sent.start - 1].text == ",":
        # the segmenter ended a sentence at the comma before the speaker: the content is there
        comma, start = doc[sent.start - 1], doc[sent.start - 1].sent.start
    elif comma is not None and comma.i == sent.start and sent.start > 0:
        start = doc[sent.start - 1].sent.start  # ... or began one with that comma
    if comma is None or comma.i - start < 4:
        return None
    between = doc[comma.i + 1 : verb.i]
    after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    is_subject_only = all(
        t.dep_ in ("nsubj", "det", "compound", "amod", "flat", "aux", "nmod:poss", "case", "appos")
        or t.pos_ == "PROPN"
        for t in between
    ) or _titled_name_before(verb, between)
    inverted = not between and all(
        t.dep_ in ("nsubj", "det", "compound", "amod", "flat", "obl:tmod", "advmod", "npadvmod", "obl")
        or t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "ADV")
        for t in after
    )
    tail_ok = all(
        t.lower_ in _ATTRIBUTION_TAIL or t.pos_ in ("NOUN", "PROPN", "ADP", "DET", "ADJ") for t in after
    )
    if not ((between and is_subject_only and tail_ok) or inverted):
        return None
    return _trimmed(doc, _after_dateline(doc, start, comma.i), comma.i)


_DASHES = ("—", "–", "-", "--")


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a content opening a paragraph begins after its dateline ("Pentagon — The United
    States may send ...", "WASHINGTON —Syrian ...", "KYIV (Reuters) - The strike ..."): after up
    to three capitalised words, an agency in brackets, and a dash."""
    if start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space:
        return start
    i = start
    while i < min(start + 3, end) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1
    if start < i < end and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : min(i + 5, end)] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if start < i < end - 1 and doc[i].text in _DASHES:
        return i + 1
    return start


def _titled_name_before(verb: Token, between: Span) -> bool:
    """ "..., Pentagon spokesperson Maj. Gen. Pat Ryder told VOA": a title and a person's name
    ending right before the cue, however the parser attached its words."""
    person = _person_ending_at(verb.doc, verb.i)
    return (
        person is not None
        and len(between) <= 8
        and person.start >= between.start
        and all(_title_like(t) for t in between)
    )


# words that may follow "X said" in a clause-before-cue attribution ("..., X told reporters on Monday")
_ATTRIBUTION_TAIL = {
    *WEEKDAYS,
    "today",
    "yesterday",
    "on",
    "in",
    "a",
    "the",
    "statement",
    "reporters",
    "told",
}


def _content_start(verb: Token, lemma: str) -> Token | None:
    """The token whose phrase begins the content, by the cue's frame."""
    if _gives_statement(verb):
        return None  # the quotation after the colon is the content
    kids = [c for c in verb.children if c.i > verb.i]
    frames = lexicon.cues().get(lemma, lexicon.CueEntry(lemma, frozenset())).frames
    obj = next((c for c in kids if c.dep_ in ("obj", "dobj")), None)
    clause = next((c for c in kids if c.dep_ in ("ccomp", "csubj")), None)
    if obj is not None and clause is not None and obj.i < clause.i and _object_is_a_clause_subject(obj):
        return obj  # "told Sky News any process "must be ..."": the clause's subject begins it
    if clause is not None:
        return clause
    nxt = _next_word(verb)
    if nxt is not None and nxt.lower_ == "to" and ("to" in frames or not frames):
        return nxt  # "vowed to 'dislodge' ...", robust to how the infinitive was attached
    for child in kids:
        if child.dep_ == "xcomp" and any(g.lower_ == "to" for g in child.children):
            return child
    if nxt is not None and _gerund_complement(verb, nxt):
        return nxt  # "has reported successfully repelling new attacks", however it was attached
    as_phrase = next((c for c in kids if _has_as(c)), None)
    if as_phrase is None and obj is not None:  # "described the operation as a shock", "as" on the object
        as_phrase = next((c for c in obj.children if c.i > obj.i and _has_as(c)), None)
    if obj is not None and as_phrase is not None:
        return obj
    if as_phrase is not None:  # passive: "has been described as the most significant attack"
        return as_phrase
    prep = lemma.split()[-1] if " " in lemma else None
    if prep in _CUE_PREPOSITIONS:  # "called for X", "speculated on X": the prepositional object
        return next(
            (c for c in kids if c.dep_ in ("obl", "nmod") and any(g.lower_ == prep for g in c.children)), None
        )
    if obj is not None and (obj.lower_ in _WH_WORDS or _object_is_a_clause_subject(obj)):
        return obj  # "explained how ...", "explained Warhol's obsession began ...": a clause
    if obj is None and "obj" in frames:
        split = _object_after_addressee(kids)
        if split is not None:  # "made clear to Minister Gallant his ironclad support"
            return split
    if obj is not None and lemma not in _ADDRESSEE_CUES and ("obj" in frames or not frames):
        if lemma == "deny" and (obj.lemma_ or obj.lower_).lower() not in _DENIABLE:
            return None  # "were denied visas" is a refusal, not a denial of a claim
        return obj
    for child in kids:  # "urged Ukraine to ...": the infinitive after the addressee
        if child.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in child.children):
            # not for a cue that takes no infinitive ("maintain its campaign to sow discord":
            # a purpose clause)
            return child if "to" in frames or not frames else None
    if obj is not None and "obj" in frames and lemma in _ADDRESSEE_CUES:
        return obj  # "urged de-escalation": no addressee, what is urged
    return None


def _main_subject_for_pronoun(pronoun: Token, verb: Token) -> Token | None:
    """A subject pronoun of a cue in a clause that modifies the main clause or one of its nouns
    stands for the main clause's subject before it when they agree ("Scientology officials went
    to the sheriff's station, where they claimed Montalvo left ..."): the subject is the most
    salient antecedent, and the speaker is named, not a pronoun."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("they", "he", "she"):
        return None
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("advcl", "acl:relcl", "acl", "obl", "nmod", "obj"):
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause is verb:
        return None
    main = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if main is None or main.pos_ not in ("NOUN", "PROPN"):
        return None
    if pronoun.lower_ == "they":
        return main if is_plural(main) else None
    return main if main.ent_type_ == "PERSON" and not is_plural(main) else None


def _object_after_addressee(kids: list[Token]) -> Token | None:
    """ "made clear to Minister Gallant his ironclad support for ...", parsed as one "to" phrase
    ('Gallant' an adjective of 'support'): a determiner or possessive comes first in its noun
    phrase, so one after other words of the phrase begins a new one, the object after the
    addressee."""
    for child in kids:
        if child.dep_ not in ("obl", "nmod"):
            continue
        case = next(
            (c for c in child.children if c.dep_ == "case" and c.lower_ == "to" and c.i < child.i), None
        )
        if case is None:
            continue
        det = next(
            (c for c in child.children if c.dep_ in ("det", "nmod:poss") and case.i + 1 < c.i < child.i), None
        )
        if det is not None and any(not t.is_punct for t in child.doc[case.i + 1 : det.left_edge.i]):
            return det
    return None


def _gerund_complement(verb: Token, nxt: Token) -> bool:
    """An -ing clause right after the cue (adverbs aside), hung on it as a complement or an
    unmarked adverbial, with no subject of its own: what is reported ("reported repelling",
    "denied attacking"); UD makes it an ``xcomp``, parsers also ``advcl`` or ``ccomp``."""
    return (
        nxt.head == verb
        and nxt.pos_ == "VERB"
        and nxt.lower_.endswith("ing")
        and nxt.dep_ in ("xcomp", "advcl", "ccomp")
        and not any(c.dep_ in ("mark", *_SUBJECT_DEPS) for c in nxt.children)
    )


_CUE_PREPOSITIONS = {"for", "on", "about"}
_ADDRESSEE_CUES = {"tell", "ask", "urge", "inform", "brief", "assure"}


def _denied_thing(verb: Token) -> bool:
    """ "had been denied visas", "denied them entry": "deny" with a recipient (the passive's
    subject or an indirect object) and a thing not given is a refusal, however the parser
    attached the clause after it."""
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if obj is None or (obj.lemma_ or obj.lower_).lower() in _DENIABLE:
        return False
    return any(c.dep_ in ("aux:pass", "iobj") for c in verb.children)


_DENIABLE = {
    "allegation",
    "accusation",
    "claim",
    "report",
    "involvement",
    "responsibility",
    "charge",
    "rumor",
    "rumour",
    "wrongdoing",
    "knowledge",
    "existence",
    "role",
    "link",
    "participation",
    "presence",
    "attack",
}
_NOT_CONTENT_DEPS = {"conj", "cc", "parataxis", "punct", "discourse", "vocative"}


def _clause_end(verb: Token, start: int) -> int:
    """End (exclusive) of the cue's clause to the right of ``start``: coordinated clauses,
    parataxis, trailing participle clauses after a comma and "according to" phrases stay out."""
    end = _next_coordinated_cue(verb, start)
    if end is not None:
        return end  # "defended the incursion as legitimate | and reiterated ..."
    end = start + 1
    for child in verb.children:
        if child.dep_ == "conj" and child.i > start and _is_that_clause(child):
            end = max(end, child.right_edge.i + 1)  # "conveyed that X, and that Y": both
            continue
        if child.dep_ == "conj" and child.i > start and _infinitive_conjunct(verb, child, start):
            end = max(end, child.right_edge.i + 1)
            continue
        if child.dep_ == "parataxis" and child.i > start and _after_semicolon(child):
            end = max(end, child.right_edge.i + 1)  # "IE6 has 277 vulnerabilities; 39 percent ..."
            continue
        if child.i < start or child.dep_ in _NOT_CONTENT_DEPS:
            continue
        if child.dep_ in ("advcl", "acl", "obl") and _after_comma(child) and not _elaborates(child):
            continue
        if any(t.lower_ == "according" for t in child.children):
            continue
        end = max(end, child.right_edge.i + 1)
    return min(end, verb.sent.end)


def _infinitive_conjunct(verb: Token, conj: Token, start: int) -> bool:
    """ "announced the start of a process to suggest designs, and determine whether ...": a
    bare verb hung on a past-tense cue as its conjunct, with no subject or auxiliary of its
    own, cannot share the cue's tense; it continues an infinitive of the content before it."""
    if "Past" not in verb.morph.get("Tense", []) or conj.pos_ != "VERB":
        return False
    if (
        "Past" in conj.morph.get("Tense", [])
        or conj.lower_.endswith("ed")
        or "Part" in conj.morph.get("VerbForm", [])
    ):
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "aux:pass", "mark") for c in conj.children):
        return False
    return any(
        "Inf" in t.morph.get("VerbForm", []) and any(c.lower_ == "to" for c in t.children)
        for t in verb.doc[start : conj.i]
    )


def _next_coordinated_cue(verb: Token, start: int) -> int | None:
    """Where a second speech act coordinated with ``verb`` begins ("and reiterated"), if the
    parser buried it inside the first one's content: the "and" before it."""
    doc = verb.doc
    for tok in doc[start : verb.sent.end]:
        if tok.i > start and doc[tok.i - 1].lower_ in ("and", "but") and tok.pos_ == "VERB" and is_cue(tok):
            same_act = (tok.lemma_ or "").lower() == (verb.lemma_ or "").lower()  # "said X, and said Y"
            if not same_act and (tok.dep_ == "conj" or verb not in tok.ancestors):
                continue  # a verb of the content clause ("that Russia attacked and claimed")
            return tok.i - 1
    return None


def _after_semicolon(tok: Token) -> bool:
    left = tok.left_edge.i
    return tok.doc[left].text == ";" or (left > 0 and tok.doc[left - 1].text == ";")


def _is_that_clause(tok: Token) -> bool:
    """A clause opened by "that" ("..., and that he sends his best wishes"), by its label or, when
    the parser got the clause wrong, by its words (", and that Iraqi forces ...")."""
    if any(c.lower_ == "that" and c.dep_ == "mark" for c in tok.children):
        return True
    opening = [t.lower_ for t in tok.doc[tok.left_edge.i : tok.i] if not t.is_punct][:2]
    return opening == ["and", "that"]


def _after_comma(tok: Token) -> bool:
    """Whether a phrase opens with or follows a comma (UD hangs the comma on the phrase)."""
    left = tok.left_edge.i
    marks = (",", ";", "—", "–")
    return tok.doc[left].text in marks or (left > 0 and tok.doc[left - 1].text in marks)


def _next_word(verb: Token) -> Token | None:
    """The first token after the cue that is not an adverb, particle or quotation mark."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + 4, len(doc))):
        tok = doc[i]
        if tok.dep_ in ("advmod", "compound:prt") or tok.is_quote:
            continue
        return tok
    return None


_BOUND_PAIRS = {("at", "least"), ("at", "most"), ("up", "to"), ("more", "than"), ("less", "than")}


def _opens_bound(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` starts a bound phrase of a number ("at least 800")."""
    return i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in _BOUND_PAIRS


def _trimmed(doc: Doc, start: int, end: int, drop_case: bool = False) -> TextSpan:
    """``doc[start:end]`` without a leading "that"/comma (or case word) and trailing punctuation."""
    while start < end - 1 and (
        doc[start].lower_ in ("that", ",", ":", "—", "–")
        or (drop_case and doc[start].dep_ == "case" and not _opens_bound(doc, start))
    ):
        if doc[start].lower_ == "that" and doc[start].dep_ not in ("mark", "punct", ""):
            break
        start += 1
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct and not doc[end - 1].is_quote):
        end -= 1
    return _tokens_span(doc, start, end)


def _has_as(tok: Token) -> bool:
    return tok.dep_ in ("obl", "advcl", "xcomp", "nmod", "acl") and any(
        g.lower_ == "as" and g.dep_ in ("case", "mark") for g in tok.children
    )


def _quote_for(verb: Token, quotes: list[Quote]) -> Quote | None:
    """The quotation a cue attributes: the one its head lies in ('"...," X said' parses the
    quote's verb as the root), else the nearest quotation in the same sentence."""
    sent = verb.sent
    in_sentence = [q for q in quotes if q.inner_start < sent.end_char and q.inner_end > sent.start_char]
    if not in_sentence:
        return None
    if verb.dep_ in ("parataxis", "ROOT"):
        head_quote = next((q for q in in_sentence if q.contains(verb.head.idx)), None)
        if head_quote is not None:
            return head_quote
    if verb.dep_ == "ROOT" or verb.dep_ == "parataxis":
        # '"...," X said.' or 'X said: "..."'; a quotation that is most of the sentence
        big = [q for q in in_sentence if (q.inner_end - q.inner_start) * 2 >= len(sent.text) - 20]
        if big:
            return min(big, key=lambda q: min(abs(q.start - verb.idx), abs(q.end - verb.idx)))
    return None


def _tokens_span(doc: Doc, start: int, end: int) -> TextSpan:
    end = max(end, start + 1)
    span = doc[start:end]
    return TextSpan(span.text, span.start_char, span.end_char)


def _cue_span(verb: Token, lemma: str) -> TextSpan:
    """The cue: the verb with its auxiliaries ("has reported", "has been described"), a particle
    ("pointed out"), and a generic addressee of "tell" ("told reporters")."""
    doc = verb.doc
    start, end = verb.i, verb.i + 1
    for child in verb.children:
        if child.dep_ in ("aux", "aux:pass") and child.i < verb.i and child.i >= start - 3:
            start = min(start, child.i)
        if child.dep_ in ("compound:prt", "prt") and child.i == end:
            end = child.i + 1
        if lemma == "tell" and child.dep_ in ("obj", "iobj") and child.i == end:
            phrase = doc[child.left_edge.i : child.right_edge.i + 1].text.lower()
            if phrase in _ADDRESSEE_IN_CUE:
                end = child.right_edge.i + 1
    if lemma == "describe" and any(c.lower_ == "as" for c in doc[verb.i + 1 : verb.i + 2]):
        end = verb.i + 2
    if (
        " " in lemma
        and end == verb.i + 1
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ == lemma.split()[-1]
    ):
        end = verb.i + 2  # "made clear", "speculated on"
    if start < verb.i and any(t.is_punct for t in doc[start : verb.i]):
        start = verb.i
    if start < verb.i and any(doc[i].dep_ in ("nsubj", "nsubj:pass") for i in range(start, verb.i)):
        start = verb.i  # inverted subject between auxiliary and verb
    return _tokens_span(doc, start, end)


def _via(verb: Token, sentence: int) -> Mention | None:
    """An intermediary: the organisation a speaker told something to ("told AFP")."""
    if (verb.lemma_ or "").lower() != "tell":
        return None
    for child in verb.children:
        if child.dep_ in ("obj", "iobj") and child.ent_type_ == "ORG":
            return make_mention(child, sentence)
    return None


def _according_to(according: Token, sent_of: dict[int, int]) -> Attribution | None:
    """ "according to X, CLAUSE" / "CLAUSE, according to X": X is the speaker, the clause the content."""
    doc = according.doc
    source = (
        according.head
        if according.dep_ in ("case", "mark")
        else next((c for c in according.children if c.dep_ in ("obl", "nmod", "pobj")), None)
    )
    if source is None or source is according:
        nxt = doc[according.i + 2] if according.i + 2 < len(doc) else None
        source = nxt.head if nxt is not None else None
    if source is None:
        return None
    source = _originating_source(source)
    sentence = sent_of.get(according.i, 0)
    cue = doc[according.i : according.i + 2]
    edge = _edge_content(according, source)
    if edge is not None:
        return Attribution(
            cue=TextSpan(cue.text, cue.start_char, cue.end_char),
            lemma="according to",
            content=edge,
            speaker=make_mention(source, sentence, before_char=edge.start),
            sentence=sentence,
        )
    absolute = _absolute_before(according)
    if absolute is not None:
        return Attribution(
            cue=TextSpan(cue.text, cue.start_char, cue.end_char),
            lemma="according to",
            content=absolute,
            speaker=make_mention(source, sentence),
            sentence=sentence,
        )
    pp = set(t.i for t in source.subtree) | {according.i, according.i + 1}
    pp |= set(t.i for t in according.head.subtree) if according.dep_ in ("case", "mark") else set()
    governor = according.head.head if according.dep_ in ("case", "mark") else according.head
    sent = according.sent
    if governor is according.head or governor.i in pp:
        governor = sent.root
    content_tokens = [t.i for t in governor.subtree if t.i not in pp and sent.start <= t.i < sent.end]
    if not content_tokens:
        return None
    start, end = _longest_run(content_tokens)
    while start < end and (
        doc[start].is_punct or doc[start].lower_ == "that" or doc[start].dep_ in ("case", "cc", "mark")
    ):
        if _opens_bound(doc, start):
            break  # "at least", "up to": part of the number, whatever the parser calls "at"
        start += 1  # "..., with at least 800 km2 under their control according to ISW"
    while end > start and doc[end - 1].is_punct and not doc[end - 1].is_quote:
        end -= 1
    if end <= start:
        return None
    return Attribution(
        cue=TextSpan(cue.text, cue.start_char, cue.end_char),
        lemma="according to",
        content=_tokens_span(doc, start, end),
        speaker=make_mention(source, sentence),
        sentence=sentence,
    )


def _absolute_before(according: Token) -> TextSpan | None:
    """ "..., with at least 800 square kilometers under their control according to the ISW":
    an "according to" phrase with no comma before it, right after a "with" phrase that a comma
    sets off (an absolute construction, no finite verb in it), vouches for that phrase only,
    wherever the parser attached it (to the noun there, or to the sentence's verb)."""
    doc, sent = according.doc, according.sent
    if according.i == sent.start or doc[according.i - 1].is_punct:
        return None
    comma = next((k for k in range(according.i - 1, sent.start, -1) if doc[k].text in (",", ";")), None)
    if comma is None or doc[comma].text != "," or doc[comma + 1].lower_ != "with" or comma + 3 > according.i:
        return None
    if any(
        t.pos_ == "AUX" or t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm", [])
        for t in doc[comma + 2 : according.i]
    ):
        return None
    return _trimmed(doc, comma + 2, according.i)


def _according_to_inside(according: Token, sent_of: dict[int, int]) -> list[Attribution]:
    """ "Russian forces, according to the ministry, lost 300 soldiers": an "according to" phrase
    between commas after the reported clause's subject splits the clause in two segments, both
    the source's (the parser hangs the phrase on the subject noun)."""
    doc = according.doc
    source = according.head
    subject = source.head
    if according.dep_ != "case" or source.dep_ not in ("nmod", "obl") or subject.i > according.i:
        return []
    host = subject.head
    if subject.dep_ not in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS or host.i < according.i:
        return []
    opening, closing = according.i - 1, source.right_edge.i + 1
    if opening <= subject.left_edge.i or doc[opening].text != "," or closing >= host.i:
        return []
    if doc[closing].text != ",":
        return []
    sentence = sent_of.get(according.i, 0)
    speaker = make_mention(_originating_source(source), sentence)
    first = _trimmed(doc, _after_dateline(doc, subject.left_edge.i, opening), opening)
    second = _trimmed(doc, closing + 1, min(host.right_edge.i + 1, according.sent.end))
    return _segments(
        _tokens_span(doc, according.i, according.i + 2), "according to", (first, second), speaker, sentence
    )


def _per_phrase(per: Token, sent_of: dict[int, int]) -> Attribution | None:
    """ "Per the Pentagon, the ODC performs ...": "per" opening a sentence with a noun phrase and
    a comma is "according to" (lemma and treatment shared), whatever the parser made of it.
    Mid-sentence "per" is a rate ("per day") and is not looked at."""
    doc, sent = per.doc, per.sent
    comma = next((t for t in doc[per.i + 1 : min(per.i + 10, sent.end)] if t.text == ","), None)
    if comma is None or comma.i == per.i + 1 or comma.i + 3 > sent.end:
        return None
    phrase = doc[per.i + 1 : comma.i]
    if not all(_in_noun_phrase(doc, t.i) for t in phrase) or not any(
        t.pos_ in ("PROPN", "NOUN") and not t.like_num for t in phrase
    ):
        return None
    sentence = sent_of.get(per.i, 0)
    head = _phrase_head(phrase)
    return Attribution(
        cue=TextSpan(per.text, per.idx, per.idx + len(per.text)),
        lemma="according to",
        content=_trimmed(doc, comma.i + 1, sent.end),
        speaker=make_mention(head, sentence, start=per.i + 1, before_char=comma.idx),
        sentence=sentence,
    )


def _edge_content(according: Token, source: Token) -> TextSpan | None:
    """ "According to X, CLAUSE." → CLAUSE; "CLAUSE, according to X." → CLAUSE: the whole rest of
    the sentence, whatever word the parser hung the phrase on."""
    doc, sent = according.doc, according.sent
    phrase_end = max(source.right_edge.i, according.i + 1) + 1
    words_before = [t for t in doc[sent.start : according.i] if not (t.is_punct or t.is_space)]
    if not words_before:
        phrase_end = _swallowed_clause(according, source) or phrase_end
        comma = next((t for t in doc[phrase_end : sent.end] if t.text == ","), None)
        verb_first = comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[phrase_end : comma.i])
        if comma is not None and comma.i + 1 < sent.end and not verb_first:
            return _trimmed(doc, comma.i + 1, sent.end)
        # "According to the Saudi Interior Ministry over 345 pilgrims have been killed": no comma;
        # the source's name ends where the clause begins
        ent = _source_entity(according, source)
        if ent is not None and ent.end + 2 < sent.end:
            return _trimmed(doc, ent.end, sent.end)
        return None
    rest = [t for t in doc[phrase_end : sent.end] if not (t.is_punct or t.is_space)]
    prev = doc[according.i - 1] if according.i > 0 else None
    if not rest and prev is not None and prev.text in (",", "—", "–"):
        return _trimmed(doc, sent.start, prev.i)
    return None


def _swallowed_clause(according: Token, source: Token) -> int | None:
    """ "According to the Ambassador, the participation of this team shows progress": when the
    parser made the source the head of the whole sentence, the reported clause hangs from it
    (as an appositive or a conjunct); the source's phrase ends at the comma before the first
    of its dependents that runs to the end of the sentence. Returns that comma's index."""
    doc, sent = according.doc, according.sent
    words = [t for t in doc[according.i : sent.end] if not (t.is_punct or t.is_space)]
    if source.head != source or not words:
        return None
    last = words[-1].i
    for child in source.rights:
        first = next((t for t in child.subtree if not t.is_punct), None)
        if (
            first is not None
            and first.i > according.i + 2
            and doc[first.i - 1].text == ","
            and child.right_edge.i >= last
        ):
            return first.i - 1
    return None


def _source_entity(according: Token, source: Token) -> Span | None:
    """The named source right after "according to (the)"."""
    for ent in according.doc.ents:
        if ent.label_ in ("ORG", "PERSON", "GPE") and (
            ent.start <= source.i < ent.end or according.i + 2 <= ent.start <= according.i + 3
        ):
            return ent
    return None


def _originating_source(noun: Token) -> Token:
    """From "the analysis of data from the Institute" down to "Institute": below a source noun
    (analysis, data, report...), the first name in its phrase, else the noun itself."""
    if (noun.lemma_ or noun.text).lower() not in _SOURCE_NOUNS:
        return noun
    for tok in noun.subtree:
        if (
            tok.i > noun.i
            and tok.dep_ in ("nmod", "obl", "appos", "conj")
            and (tok.ent_type_ in ("ORG", "PERSON", "GPE") or tok.pos_ == "PROPN")
        ):
            head = tok
            while (
                head.head.i != head.i
                and head.head.i > noun.i
                and head.head.pos_ == "PROPN"
                and head.dep_ in ("compound", "flat", "flat:name")
            ):
                head = head.head
            return head
    return noun


def _longest_run(indices: list[int]) -> tuple[int, int]:
    """The longest run of consecutive token indices, as [start, end)."""
    indices = sorted(indices)
    best = (indices[0], indices[0] + 1)
    start = prev = indices[0]
    for i in indices[1:] + [None]:  # type: ignore[list-item]
        if i is not None and i == prev + 1:
            prev = i
            continue
        if prev + 1 - start > best[1] - best[0]:
            best = (start, prev + 1)
        if i is not None:
            start = prev = i
    return best


def _overlaps(a: TextSpan, b: TextSpan) -> bool:
    return a.start < b.end and b.start < a.end
