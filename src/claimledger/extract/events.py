"""Events: who did what to whom, from trigger words and the parse (ontology: docs/EVENTS.md).

- a verb trigger's actor is its subject (shared through coordination and participle clauses:
  "launched an incursion ..., seizing control of ..."), or the agent of a passive, whose subject
  is then the target; its target is its object or an "on/against/into" phrase;
- a noun trigger takes its actor from a possessive ("Russia's attack"), a demonym ("the
  Ukrainian offensive"), a "by" phrase, or the subject of a light verb that governs it
  ("forces launched an incursion"); its target from "on/against/into" phrases;
- negation: a "not"/"never", a failing head ("failed to"), or an attempt that someone thwarted
  ("thwarted attempts to penetrate");
- modality "intended": announced, not done (vow, threat, offer, call) or governed by a verb of
  intention or the future ("vowed to dislodge", "plans to withdraw", "will strike").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..records import Span as TextSpan
from . import lexicon
from .mentions import Mention, make_mention

_LIGHT_VERBS = {
    "launch",
    "conduct",
    "carry",
    "mount",
    "stage",
    "begin",
    "continue",
    "start",
    "undertake",
    "make",
    "impose",
    "announce",
    "declare",
    "order",
    "step",
    "intensify",
    "escalate",
}
_TARGET_CASES = {"on", "against", "into", "at", "upon", "toward", "towards"}
_INTENT_HEADS = {
    "vow",
    "plan",
    "threaten",
    "promise",
    "intend",
    "want",
    "seek",
    "aim",
    "offer",
    "prepare",
    "pledge",
    "try",
    "attempt",
    "hope",
    "propose",
    "call",
    "urge",
    "demand",
    "ask",
}
_FAILED_ATTEMPT_HEADS = {"thwart", "foil", "repel", "repulse", "stop", "prevent", "block", "fail"}
_ATTEMPT_NOUNS = {"attempt", "effort", "bid", "try"}


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    modality: str | None
    object_role: str  # target | result | none


@dataclass(frozen=True, slots=True)
class RawEvent:
    type: str
    trigger: TextSpan
    actor: Mention | None
    target: Mention | None
    sentence: int
    clause: tuple[int, int]  # character range of the trigger's clause, to attach places/quantities
    negated: bool = False
    modality: str | None = None


@functools.cache
def triggers() -> dict[tuple[str, str], Trigger]:
    table: dict[tuple[str, str], Trigger] = {}
    for row in lexicon._lines("event_triggers.tsv"):
        lemma, pos, type_, modality, role = (row + ["", "", ""])[:5]
        for p in ("VERB", "NOUN") if pos == "ANY" else (pos,):
            table[(lemma, p)] = Trigger(type_, modality or None, role or "target")
    return table


def extract_events(doc: Doc, sent_of: dict[int, int]) -> list[RawEvent]:
    out: list[RawEvent] = []
    for tok in doc:
        found = _trigger_of(tok)
        if found is None:
            continue
        lemma, trig, span = found
        if tok.pos_ != "VERB" and _refers_back(tok, trig, out):
            continue
        trig = _retyped(tok, lemma, trig)
        event = _event(tok, trig, span, sent_of)
        if tok.pos_ != "VERB" and event.actor is None:
            event = _with_running_parties(event, out)
        out.append(event)
    return out


_AID_NOUNS = {
    "support",
    "assistance",
    "aid",
    "help",
    "weapons",
    "arms",
    "ammunition",
    "funding",
    "equipment",
    "condolences",
}


def _retyped(tok: Token, lemma: str, trig: Trigger) -> Trigger:
    """ "offered support", "pledged assistance": giving help is SUPPORT, not a proposal."""
    if trig.type in ("PROPOSE",) or lemma in ("pledge", "promise", "provide", "send"):
        obj = next((c for c in tok.children if c.dep_ in ("obj", "dobj")), None)
        if obj is not None and (obj.lemma_ or obj.lower_).lower() in _AID_NOUNS:
            return Trigger("SUPPORT", None, trig.object_role)
    return trig


def _with_running_parties(event: RawEvent, earlier: list[RawEvent]) -> RawEvent:
    """A noun trigger with no actor of its own ("Near Raqqa, four strikes engaged ISIL units")
    continues the most recent event of its type within a few sentences: same actor and target."""
    for prev in reversed(earlier):
        if (
            prev.type == event.type
            and prev.actor is not None
            and event.sentence - prev.sentence <= _RUNNING_SENTENCES
        ):
            return replace(event, actor=prev.actor, target=event.target or prev.target)
    return event


_RUNNING_SENTENCES = 6


_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def _refers_back(noun: Token, trig: Trigger, earlier: list[RawEvent]) -> bool:
    """One event per happening: "the incursion", "the operation" after an event of that type
    name it again; so does a trigger noun that only qualifies another noun ("the scale of the
    offensive", "the goal of the operation")."""
    definite = any(c.dep_ in ("det", "nmod:poss") and c.lower_ in _DEFINITE for c in noun.children)
    if definite and any(e.type == trig.type for e in earlier):
        return True
    return noun.dep_ == "nmod" and _case(noun) == "of" and definite


def _trigger_of(tok: Token) -> tuple[str, Trigger, tuple[int, int]] | None:
    """The trigger entry a token starts, with its token range (multi-word triggers included)."""
    table = triggers()
    pos = "VERB" if tok.pos_ in ("VERB",) else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return None
    lemma = (tok.lemma_ or tok.lower_).lower()
    doc = tok.doc
    for child in tok.children:  # particles and fixed objects: shoot down, pull back, take control, call for
        word = child.lower_
        if (f"{lemma} {word}", pos) in table and child.dep_ in (
            "compound:prt",
            "prt",
            "obj",
            "obl",
            "advmod",
        ):
            return f"{lemma} {word}", table[(f"{lemma} {word}", pos)], (tok.i, max(tok.i, child.i) + 1)
    if tok.i + 2 < len(doc) and pos == "NOUN":
        three = f"{lemma} {doc[tok.i + 1].lower_} {doc[tok.i + 2].lower_}"
        if (three, "NOUN") in table:
            return three, table[(three, "NOUN")], (tok.i, tok.i + 3)
    if tok.i + 1 < len(doc) and pos == "NOUN":
        two = f"{lemma} {doc[tok.i + 1].lower_}"
        if (two, "NOUN") in table:
            return two, table[(two, "NOUN")], (tok.i, tok.i + 2)
    if (lemma, pos) in table:
        if pos == "NOUN" and tok.dep_ == "compound" and (tok.head.lemma_, "NOUN") in table:
            return None  # "air strike": the head carries it
        return lemma, table[(lemma, pos)], (tok.i, tok.i + 1)
    return None


def _event(tok: Token, trig: Trigger, span: tuple[int, int], sent_of: dict[int, int]) -> RawEvent:
    doc = tok.doc
    sentence = sent_of.get(tok.i, 0)
    if tok.pos_ == "VERB":
        actor, target = _verb_arguments(tok, trig)
    else:
        actor, target = _noun_arguments(tok, trig)
    clause_root = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("obj", "nsubj", "nsubj:pass") else tok
    first = min(clause_root.left_edge.i, tok.left_edge.i)
    last = max(clause_root.right_edge.i, tok.right_edge.i)
    trigger_span = doc[span[0] : span[1]]
    return RawEvent(
        type=trig.type,
        trigger=TextSpan(trigger_span.text, trigger_span.start_char, trigger_span.end_char),
        actor=make_mention(actor, sent_of.get(actor.i, sentence)) if actor is not None else None,
        target=make_mention(target, sent_of.get(target.i, sentence)) if target is not None else None,
        sentence=sentence,
        clause=(doc[first].idx, doc[last].idx + len(doc[last].text)),
        negated=_negated(tok),
        modality=trig.modality or _intended(tok),
    )


def _verb_arguments(verb: Token, trig: Trigger) -> tuple[Token | None, Token | None]:
    actor = target = None
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:outer") and not passive:
            actor = child
        elif child.dep_ == "nsubj:pass":
            target = child if trig.object_role == "target" else None
        elif child.dep_ in ("obj", "dobj") and trig.object_role == "target" and target is None:
            target = child
        elif child.dep_ in ("obl", "obl:agent") and _case(child) == "by" and passive:
            actor = child
        elif (
            child.dep_ == "obl"
            and _case(child) in _TARGET_CASES
            and target is None
            and trig.object_role == "target"
        ):
            target = child
    if actor is None and not passive:
        actor = _inherited_subject(verb)
    return actor, target


def _inherited_subject(verb: Token) -> Token | None:
    """The subject of a governing verb: "forces launched ..., seizing control"; "vowed to dislodge"."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or tok.head is tok:
            return None
        tok = tok.head
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubj:outer"):
                return child
    return None


def _noun_arguments(noun: Token, trig: Trigger) -> tuple[Token | None, Token | None]:
    actor = target = None
    for child in noun.children:
        if (
            child.dep_ == "nmod:poss"
            and actor is None
            or (
                child.dep_ in ("amod", "compound")
                and child.i < noun.i
                and _is_party_word(child)
                and actor is None
            )
            or child.dep_ == "nmod"
            and _case(child) == "by"
        ):
            actor = child
        elif child.dep_ == "nmod" and _case(child) in _TARGET_CASES and target is None:
            target = child
    head = noun.head
    if actor is None and noun.dep_ in ("obj", "dobj") and (head.lemma_ or "").lower() in _LIGHT_VERBS:
        actor = next(
            (c for c in head.children if c.dep_ in ("nsubj", "nsubj:outer")), None
        ) or _inherited_subject(head)
        if target is None:
            target = next((c for c in head.children if c.dep_ == "obl" and _case(c) in _TARGET_CASES), None)
    return actor, target


def _is_party_word(tok: Token) -> bool:
    """A demonym or name standing for a side ("Ukrainian offensive", "Israeli strikes")."""
    if tok.ent_type_ in ("NORP", "GPE", "ORG"):
        return True
    from ..geo import load_gazetteer

    return tok.is_title and load_gazetteer().demonym(tok.text) is not None


def _case(tok: Token) -> str | None:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), None)


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in tok.children):
        return True
    head = tok.head
    if (head.lemma_ or "").lower() == "fail" and tok.dep_ == "xcomp":
        return True
    # "thwarted attempts ... to penetrate": the attempt's event did not happen
    if head.lemma_ in _ATTEMPT_NOUNS and tok.dep_ in ("acl", "xcomp", "nmod"):
        return (head.head.lemma_ or "").lower() in _FAILED_ATTEMPT_HEADS
    return False


def _intended(tok: Token) -> str | None:
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        return "intended"
    head = tok.head
    if tok.dep_ in ("xcomp", "ccomp") and (head.lemma_ or "").lower() in _INTENT_HEADS:
        return "intended"
    return None
