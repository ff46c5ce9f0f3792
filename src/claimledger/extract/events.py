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
from .mentions import Mention, capitalised_of_name, doc_quotes, is_plural, make_mention

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
    "perpetrate",
    "commit",
    "reaffirm",
    "reiterate",
    "express",
    "pledge",
    "offer",
    "provide",
    "extend",
    "voice",
    "underscore",
    "give",
    "lend",
    "fly",
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
    named_again: int | None = None  # the latest sentence that tells more of it ("The strikes targeted ...")


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
        is_verb = _is_verb(tok)  # asked of each trigger by most rules below
        if not is_verb and (_refers_back(tok, trig, out) or _names_a_kind(tok)):
            continue
        if not is_verb and trig.type in ("KILL", "INJURE") and _whose(tok) is not None:
            continue  # "Warhol's death", "the death of a soldier": someone's death, not a killing
        if not is_verb and _is_agent_of_same(tok, trig, out):
            continue  # "struck by a coalition airstrike": one happening
        if _is_potential(tok):
            continue  # "ISIL's ability to launch operations", "a safe haven to plot attacks"
        if not is_verb and trig.type == "ASSAULT" and _campaign_of_other_kind(tok):
            continue  # "a campaign to persuade users": the persuasion is the act
        if (
            is_verb
            and tok.dep_ == "acl"
            and not _finite_on_noun(tok)  # told with the noun below
            and any(e.type == trig.type and e.trigger.start == tok.head.idx for e in out)
        ):
            continue  # "conducted a strike on the location to target enemy fighters": one happening
        same = _relative_on_same(tok, trig, out) if is_verb else None
        if same is not None:  # "attacks in Tel Tamer, which targeted civilians": the attacks themselves
            target = out[same].target or _event(tok, trig, span, sent_of).target
            out[same] = replace(out[same], target=target, named_again=sent_of.get(tok.i, 0))
            continue
        if is_verb and lemma in _PLACE_TAKING and not _takes_place(tok):
            continue  # "an effort to clear the backlog": no ground taken
        if is_verb and _is_compound_modifier(tok):
            continue  # "Iranian-backed groups", "U.S.-led coalition": a description, not a report
        if _modifies_title(tok):
            continue  # "Pentagon press secretary John Kirby": part of a title
        if is_verb and _is_background(tok) and _told_before(trig, sent_of.get(tok.i, 0), out):
            continue  # "attempted to seize the complex ... After seizing the area, the ISF": told
        if is_verb and _is_kept_from(tok):
            continue  # "to deter the SDF from targeting the militants": what is kept from happening
        if is_verb and _is_imposed(tok):
            continue  # "requires members to sign": an obligation, not a signing
        if is_verb and _names_event_object(tok):
            continue  # "offered support", "conducted strikes": the noun is the event
        trig = _retyped(tok, lemma, trig)
        if lemma in _DISPATCH and trig.type == "MOBILIZE" and is_verb and not _sends_forces(tok):
            continue  # "sent a letter": only forces sent are a deployment
        if lemma in _MOVES and not is_verb and not _is_military_move(tok):
            continue  # "a move to ban": only a military move is a deployment
        if trig.modality == "threat" or (trig.type in ("ASSAULT", "KILL") and is_verb):
            if _intended(tok, _VOW_HEADS) is not None:
                trig = Trigger(
                    "THREATEN", "intended", trig.object_role
                )  # "we will strike", "vowed to destroy"
            elif trig.modality == "threat":
                continue  # "strikes destroyed a bridge": a result, told with its attack
        event = _event(tok, trig, span, sent_of)
        if trig.type == "SUPPORT" and (_names_operation(event.target) or _operation_after(tok)):
            continue  # "a soldier who was supporting Operation Inherent Resolve": serving in it
        if not is_verb and event.actor is None:
            if _is_counted(tok) and not _is_provocation(tok):
                event = _with_running_parties(event, out)
            if (
                event.actor is None
                and event.target is None
                and not _is_situated(tok)
                and not (trig.type in ("KILL", "INJURE") and _is_reported_casualty(tok))
            ):
                continue  # "support", "the threat": a bare noun names a kind of act, not a happening
        out.append(event)
    return [_with_cause(ev, out) for ev in out]


_BACKGROUND_MARKS = {"after", "since", "once", "following", "upon"}


def _is_background(verb: Token) -> bool:
    """ "After seizing the area, the ISF fought off counterattacks": a subjectless time clause
    gives what is already known as the frame of what follows, not a new report."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in verb.children)
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def _told_before(trig: Trigger, sentence: int, earlier: list[RawEvent]) -> bool:
    """An event of the type in the running account a few sentences back."""
    return any(e.type == trig.type and 0 <= sentence - e.sentence <= RUNNING_SENTENCES for e in earlier)


def _names_operation(target: Mention | None) -> bool:
    """A named military operation ("Operation Inherent Resolve") is no side one can aid: those
    "supporting" it, or deployed "in support of" it, take part in it (SUPPORT is aid to a party)."""
    words = target.span.text.split() if target is not None else []
    return len(words) > 1 and words[0] == "Operation" and words[1][:1].isupper()


def _operation_after(verb: Token) -> bool:
    """ "who was supporting Operation Inherent Resolve" with the operation's name parsed as
    common nouns and not as the object (core7): the capitalised "Operation" and name right after
    the verb."""
    doc = verb.doc
    return (
        verb.i + 2 < len(doc)
        and doc[verb.i + 1].text == "Operation"
        and doc[verb.i + 2].text[:1].isupper()
        and not doc[verb.i + 1].is_sent_start
    )


def _relative_on_same(verb: Token, trig: Trigger, earlier: list[RawEvent]) -> int | None:
    """The earlier event of the verb's type that its relative pronoun subject stands for."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:outer")), None)
    if subject is None and _finite_on_noun(verb):
        subject = verb.head  # "The U.S. strikes targeted ..." with "targeted" hung on the strikes
    noun = _antecedent(subject) if subject is not None and subject.lower_ in _RELATIVES else None
    if noun is None:
        return _subject_on_same(subject, trig, earlier) if subject is not None else None
    return next(
        (i for i, e in enumerate(earlier) if e.type == trig.type and e.trigger.start == noun.idx), None
    )


def _subject_on_same(subject: Token, trig: Trigger, earlier: list[RawEvent]) -> int | None:
    """ "The U.S. strikes targeted infrastructure facilities": a verb of the type of its subject
    event noun tells what that event hit; when the noun names an earlier event again ("the
    strikes" after "conducted airstrikes"), that earlier event."""
    found = _trigger_of(subject) if subject.pos_ in ("NOUN", "PROPN") else None
    if found is None or found[1].type != trig.type:
        return None
    same = [i for i, e in enumerate(earlier) if e.type == trig.type]
    own = next((i for i in same if earlier[i].trigger.start == subject.idx), None)
    if own is not None:
        return own
    return same[-1] if same and _refers_back(subject, found[1], earlier) else None


_CASUALTY_STATES = {"death", "injury"}


def _whose(noun: Token) -> Token | None:
    """Who died or was hurt, when the noun names someone's death or injury: a possessive
    ("Warhol's death") or, for the nouns of a state, its "of" phrase ("the death of a soldier";
    not "the killing of civilians", which names a killing)."""
    owner = _possessor(noun)
    if owner is not None or (noun.lemma_ or noun.lower_).lower() not in _CASUALTY_STATES:
        return owner
    return next((c for c in noun.children if c.dep_ == "nmod" and _case(c) == "of"), None)


def _is_reported_casualty(noun: Token) -> bool:
    """Deaths and injuries are news by themselves ("the crew reported minor injuries", "there were
    no injuries", "mounting civilian deaths"), but a bare singular names a cause or a kind
    ("substituted due to injury")."""
    return _tagged_plural(noun) or any(c.dep_ in ("det", "nummod") for c in noun.children)


def _is_compound_modifier(verb: Token) -> bool:
    doc = verb.doc
    return verb.dep_ == "amod" and verb.i > 0 and doc[verb.i - 1].text in ("-", "–") and verb.head.i > verb.i


def _modifies_title(tok: Token) -> bool:
    """A trigger word right before a lower-case title noun that is not its own argument names
    the title ("press secretary", "press officer"), whatever the tagger made of it."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not tok.is_lower:
        return False
    title = doc[tok.i + 1]
    return title.is_lower and title.lower_ in lexicon.word_set("titles.txt") and title.head != tok


def _is_agent_of_same(noun: Token, trig: Trigger, earlier: list[RawEvent]) -> bool:
    if noun.dep_ not in ("obl", "obl:agent") or _case(noun) != "by":
        return False
    verb = noun.head
    return any(e.type == trig.type and e.trigger.start == verb.idx for e in earlier)


def _names_event_object(verb: Token) -> bool:
    if (verb.lemma_ or verb.lower_).lower() not in _LIGHT_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    return obj is not None and _trigger_of(obj) is not None and not _names_a_kind(obj)


def _with_cause(event: RawEvent, events: list[RawEvent]) -> RawEvent:
    """Deaths and injuries with no actor of their own were caused by the attack reported with
    them: the nearest assault with an actor in the same sentence, else just before it (also an
    earlier assault told more of there: "The U.S. strikes targeted ... Four militants were killed")."""
    if event.type not in ("KILL", "INJURE") or event.actor is not None:
        return event

    def told(e: RawEvent) -> int:
        again = e.named_again
        return again if again is not None and again <= event.sentence else e.sentence

    causes = [
        e
        for e in events
        if e.type == "ASSAULT" and e.actor is not None and 0 <= event.sentence - told(e) <= 1
    ]
    if not causes:
        return event
    cause = min(causes, key=lambda e: (told(e) != event.sentence, abs(e.trigger.start - event.trigger.start)))
    return replace(event, actor=cause.actor)


_QUANTIFIERS = {"each", "every", "any", "no", "such"}


def _names_a_kind(noun: Token) -> bool:
    """A trigger noun that classifies rather than reports: a modifier of another noun ("attack
    aircraft", "fighting positions", "strike assessments"), a predicate nominal ("is one strike",
    "classified as a strike"), a quantified noun ("in each strike"), or a word of a proper name
    ("Operation Inherent Resolve")."""
    if noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        return True
    if any(c.dep_ == "cop" for c in noun.children) or _case(noun) == "as":
        return True
    if any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in noun.children):
        return not _is_denied_existence(noun)
    if not noun.is_title or noun.is_sent_start or noun.i == 0:
        return False
    before, after = noun.doc[noun.i - 1], noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        noun.ent_type_ not in ("", "NORP", "GPE")
        or noun.pos_ == "PROPN"
        or before.is_title
        and before.i > 0
        or (after is not None and after.is_title)
    )


# Nouns of what a party could do: an act in their purpose clause is possible, not reported.
_POTENTIAL_NOUNS = {"ability", "capability", "capacity", "haven", "means", "freedom", "opportunity"}


def _is_potential(tok: Token) -> bool:
    """ "degrade ISIL's ability to defend Raqqah and launch external operations", "deny ISIL a safe
    haven to plot external attacks": what the capacity or room allows has not happened."""
    verb = tok.head if not _is_verb(tok) and tok.dep_ in ("obj", "dobj") else tok
    for _ in range(3):
        if verb.dep_ == "acl" and (verb.head.lemma_ or verb.head.lower_).lower() in _POTENTIAL_NOUNS:
            return True
        if verb.dep_ != "conj" or verb.head == verb:
            return False
        verb = verb.head
    return False


def _campaign_of_other_kind(noun: Token) -> bool:
    """ "an aggressive campaign to persuade users": a campaign whose purpose is an act of another
    kind (persuading, supporting) is that kind of campaign, not a use of force."""
    if (noun.lemma_ or noun.lower_).lower() != "campaign":
        return False
    for clause in noun.children:
        if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children):
            found = _trigger_of(clause)
            return found is not None and found[1].type not in _FORCE_TYPES
    return False


_FORCE_TYPES = {"ASSAULT", "SEIZE", "DEFEND", "RETREAT", "KILL", "INJURE", "THREATEN"}
_PROVOCATION_NOUNS = {"response", "retaliation", "reprisal", "reaction", "revenge"}


def _is_provocation(noun: Token) -> bool:
    """ "These strikes were authorized in response to recent attacks": what an act answers was
    done by the other side, not the next event of the running account."""
    head = noun.head
    return noun.dep_ == "nmod" and (head.lemma_ or head.lower_).lower() in _PROVOCATION_NOUNS


# Verbs that take ground only when their object is a place ("cleared the village", not "clear the
# backlog"); with no object ("Iraqi forces cleared ...") the ground is understood.
_PLACE_TAKING = {"clear"}
_GROUND_NOUNS = {
    "area", "town", "city", "village", "district", "neighbourhood", "neighborhood", "region",
    "territory", "road", "route", "building", "compound", "complex", "position", "positions",
    "bridge", "dam", "province", "street", "site", "base", "airport", "port", "border", "zone",
}  # fmt: skip


def _takes_place(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass")), None)
    if obj is None:
        return True
    # "cleared 15 to 20 percent of the city": a part of a place is ground too
    parts = [c for c in obj.children if c.dep_ == "nmod" and _case(c) == "of"]
    return any(
        t.ent_type_ in ("GPE", "LOC", "FAC") or (t.lemma_ or t.lower_).lower() in _GROUND_NOUNS
        for t in (obj, *parts)
    )


def _is_denied_existence(noun: Token) -> bool:
    """ "There were no injuries": a report that it did not happen, not a kind."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        and any(c.dep_ == "expl" for c in head.children)
    )


def _is_counted(noun: Token) -> bool:
    """Plural or numbered happenings ("five strikes engaged ...") continue a running account;
    a singular indefinite noun ("a strike means ...") is as likely a definition."""
    if _case(noun) == "of" and not any(c.dep_ in ("det", "nummod", "nmod:poss") for c in noun.children):
        return False  # "the planning and execution of airstrikes": airstrikes in general
    if _tagged_plural(noun):
        return True
    return any(c.dep_ == "nummod" or c.lower_ in _DEFINITE for c in noun.children)


def _tagged_plural(noun: Token) -> bool:
    """Plural by the tagger's own word (not by a guess from the word's ending, as ``is_plural``)."""
    return noun.morph.get("Number", []) == ["Plur"] or noun.tag_ in ("NNS", "NNPS")


def _is_situated(noun: Token) -> bool:
    """A noun with its own place or time ("terrorist attacks in Iraq today", "restrictions in
    the Sumy region"); an "of" phrase ("in support of the government of Iraq") is neither."""
    return any(
        t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or t.pos_ == "PROPN"
        for c in noun.children
        if c.dep_.split(":")[0] in ("nmod", "obl") and _case(c) not in ("of", "for", "with")
        for t in (c, *c.lefts)
    )


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
    "condolence",
    "solidarity",
}


def _retyped(tok: Token, lemma: str, trig: Trigger) -> Trigger:
    """ "offered support", "pledged assistance": giving help is SUPPORT, not a proposal; "the
    request was advanced by", "advanced a proposal": putting an act forward is that act."""
    if trig.type in ("PROPOSE",) or lemma in ("pledge", "promise", "provide", "send"):
        obj = next((c for c in tok.children if c.dep_ in ("obj", "dobj")), None)
        if obj is not None and {(obj.lemma_ or "").lower(), obj.lower_} & _AID_NOUNS:
            return Trigger("SUPPORT", None, trig.object_role)
    if lemma in _PUT_FORWARD:
        theme = next((c for c in tok.children if c.dep_ in ("obj", "dobj", "nsubj:pass")), None)
        found = _trigger_of(theme) if theme is not None and theme.pos_ == "NOUN" else None
        if found is not None and found[1].type not in _FORCE_TYPES:
            return Trigger(found[1].type, found[1].modality, "none")
    return trig


# Verbs of force that with a speech act for object put it forward ("advanced a request").
_PUT_FORWARD = {"advance", "push", "press"}


# Verbs of sending: a deployment when what is sent is forces ("may send additional military
# advisers", "sending in Apache attack helicopters"), aid when it is help (_AID_NOUNS).
_DISPATCH = {"send", "send in", "move", "maintain", "place", "station"}
_SENT_FORCES = {
    "force", "troop", "soldier", "adviser", "advisor", "marine", "personnel", "unit", "battalion",
    "brigade", "reinforcement", "aircraft", "jet", "helicopter", "fighter", "bomber", "warship",
    "ship", "carrier", "destroyer", "submarine", "drone", "mercenary", "contingent",
}  # fmt: skip


def _sends_forces(verb: Token) -> bool:
    """ "sent troops", "continues to move forces", "maintains thousands of troops": forces are
    what is sent, moved or kept (not "sent a letter", "maintain the pressure")."""
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass")), None)
    if obj is None:  # "sending in Apache attack helicopters" with the particle taken for a preposition
        obj = next(
            (
                c
                for c in verb.children
                if c.dep_ == "obl" and _case(c) == "in" and c.left_edge.i == verb.i + 1
            ),
            None,
        )
    if obj is None:
        return False
    counted = next((c for c in obj.children if c.dep_ == "nmod" and _case(c) == "of"), None)
    return any(_is_force_word(t) for t in (obj, counted) if t is not None)


def _is_force_word(tok: Token) -> bool:
    words = {(tok.lemma_ or tok.lower_).lower(), tok.lower_, tok.lower_.rstrip("s")}
    return bool(words & _SENT_FORCES)


_MOVES = {"move", "movement"}
_MILITARY_WORDS = {"military", "troop", "troops", "army", "naval", "force", "forces"}


def _is_military_move(noun: Token) -> bool:
    """ "Russia's military moves", "troop movements": a move is a deployment only when it is
    military (not "a move to ban")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _MILITARY_WORDS for c in noun.children)


def _with_running_parties(event: RawEvent, earlier: list[RawEvent]) -> RawEvent:
    """A noun trigger with no actor of its own ("Near Raqqa, four strikes engaged ISIL units")
    continues the most recent event of its type within a few sentences: same actor and target."""
    for prev in reversed(earlier):
        if (
            prev.type == event.type
            and prev.actor is not None
            and event.sentence - prev.sentence <= RUNNING_SENTENCES
        ):
            return replace(event, actor=prev.actor, target=event.target or prev.target)
    return event


# How far back a running account reaches: its actor here, the side it hit in resolve.events.
RUNNING_SENTENCES = 6


_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def _refers_back(noun: Token, trig: Trigger, earlier: list[RawEvent]) -> bool:
    """One event per happening: "the incursion", "the operation" after an event of that type
    name it again; so does a trigger noun that only qualifies another noun ("the scale of the
    offensive", "the goal of the operation")."""
    definite = any(c.dep_ in ("det", "nmod:poss") and c.lower_ in _DEFINITE for c in noun.children)
    if definite and trig.type in _STANCES and _is_restated(noun):
        return False  # "reaffirmed his ironclad support": saying it again is a new act
    if definite and any(e.type == trig.type for e in earlier):
        return not _has_new_party(noun, trig, earlier)
    return noun.dep_ == "nmod" and _case(noun) == "of" and definite


def _has_new_party(noun: Token, trig: Trigger, earlier: list[RawEvent]) -> bool:
    """ "U.S. forces are advising ... with the support of the Coalition": a definite noun whose
    own source is a party no earlier event of its type had is another act, not that one again."""
    if trig.type not in _SOURCED_ACTS:
        return False
    actor = _noun_arguments(noun, trig)[0]
    if actor is None or actor.pos_ == "PRON" or actor.lower_ in _POSSESSIVES:
        return False
    heads = {e.actor.head for e in earlier if e.type == trig.type and e.actor is not None}
    return bool(heads) and (actor.lemma_ or actor.lower_).lower() not in heads and actor.lower_ not in heads


# Acts that are stances taken in words: stating one again ("reaffirmed his support", "repeated
# their demand") is a new act, not the earlier one named again.
_STANCES = {"SUPPORT", "DEMAND", "PROPOSE", "REJECT", "ACCUSE", "AGREE", "THREATEN"}


def _is_restated(noun: Token) -> bool:
    """A stance noun with its holder's possessive, the object of a verb that is not itself an
    event ("reaffirmed his support", "underscored their commitment"), is stated anew."""
    head = noun.head
    return (
        noun.dep_ in ("obj", "dobj")
        and head is not noun
        and _possessor(noun) is not None
        and _trigger_of(head) is None
    )


def _trigger_of(tok: Token) -> tuple[str, Trigger, tuple[int, int]] | None:
    """The trigger entry a token starts, with its token range (multi-word triggers included)."""
    table = triggers()
    pos = (
        "VERB"
        if _is_verb(tok)
        else "NOUN"
        if tok.pos_ in ("NOUN", "PROPN") or _is_noun_tagged_verb(tok)
        else None
    )
    if pos is None:
        return None
    lemma = _lemma(tok.lemma_, tok.lower_, pos)
    if (lemma, pos) in _phrase_starts():
        found = _phrase_of(tok, lemma, pos, table)
        if found is not None:
            return found
    if (lemma, pos) in table:
        if pos == "NOUN" and tok.dep_ == "compound" and (tok.head.lemma_, "NOUN") in table:
            return None  # "air strike": the head carries it
        return lemma, table[(lemma, pos)], (tok.i, tok.i + 1)
    return None


@functools.cache
def _phrase_starts() -> frozenset[tuple[str, str]]:
    """The first word (and part of speech) of each multi-word trigger: only a token that starts
    one need look at its children and the words after it."""
    return frozenset((lemma.split()[0], pos) for lemma, pos in triggers() if " " in lemma)


def _phrase_of(
    tok: Token, lemma: str, pos: str, table: dict[tuple[str, str], Trigger]
) -> tuple[str, Trigger, tuple[int, int]] | None:
    """The multi-word trigger a token starts: with a particle or fixed object, or the next words."""
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
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if pos == "VERB" and nxt is not None and nxt.pos_ in ("ADP", "ADV", "PART"):
        phrasal = f"{lemma} {nxt.lower_}"  # "fought off several attacks", "off" parsed as a preposition
        if (phrasal, pos) in table:
            return phrasal, table[(phrasal, pos)], (tok.i, tok.i + 2)
    if tok.i + 2 < len(doc) and pos == "NOUN":
        three = f"{lemma} {doc[tok.i + 1].lower_} {doc[tok.i + 2].lower_}"
        if (three, "NOUN") in table:
            return three, table[(three, "NOUN")], (tok.i, tok.i + 3)
    if tok.i + 1 < len(doc) and pos == "NOUN":
        two = f"{lemma} {doc[tok.i + 1].lower_}"
        if (two, "NOUN") in table:
            return two, table[(two, "NOUN")], (tok.i, tok.i + 2)
    return None


def _is_verb(tok: Token) -> bool:
    """A verb, or a participle the tagger took for an adjective in a verb's place ("those who
    were injured")."""
    if tok.pos_ == "VERB":
        return not _is_noun_tagged_verb(tok)
    return (
        tok.pos_ == "ADJ"
        and tok.lower_.endswith("ed")
        and tok.dep_ in ("acl:relcl", "ROOT", "conj", "ccomp", "advcl")
    )


_NOMINAL_DEPS = {"obj", "dobj", "nsubj", "nsubj:pass", "obl", "nmod"}


def _is_noun_tagged_verb(tok: Token) -> bool:
    """A trigger noun the tagger took for a verb in a noun's place ("conducted precision
    airstrikes" with "airstrikes" a VERB and the object): no verb of that form is a trigger,
    the noun is."""
    if tok.pos_ != "VERB" or tok.dep_ not in _NOMINAL_DEPS:
        return False
    table = triggers()
    noun = _lemma(tok.lemma_, tok.lower_, "NOUN")
    if (noun, "NOUN") not in table:
        return False
    verbal = any(c.dep_ in _VERBAL_DEPS for c in tok.children)
    return not verbal or (_lemma(tok.lemma_, tok.lower_, "VERB"), "VERB") not in table


# Dependents only a verb has: a verb tagged in a noun's place with one of them is a verb after all.
_VERBAL_DEPS = {"aux", "aux:pass", "nsubj", "nsubj:pass", "obj", "dobj", "mark", "xcomp", "ccomp"}


@functools.lru_cache(maxsize=16384)
def _lemma(tagger_lemma: str, word: str, pos: str) -> str:
    """The tagger's lemma, or when that is no trigger, a regular base form of the word that is
    ("criticised" lemmatised as "criticis", "seizing" as "seiz"). Cached by word: the same
    words come back in every article."""
    table = triggers()
    lemma = (tagger_lemma or word).lower()
    if (lemma, pos) in table:
        return lemma
    if (_IRREGULAR.get(word), pos) in table:
        return _IRREGULAR[word]
    for suffix, repl in _INFLECTIONS:
        stem = word[: len(word) - len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        if (stem + repl, pos) in table:
            return stem + repl
        if not repl and stem[-1] == stem[-2] and (stem[:-1], pos) in table:
            return stem[:-1]  # "repelling", "shelled" is regular
    return lemma


_IRREGULAR = {
    "struck": "strike",
    "shot": "shoot",
    "fought": "fight",
    "took": "take",
    "taken": "take",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "drove": "drive",
    "driven": "drive",
}
_INFLECTIONS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("ed", "e"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)


def _event(tok: Token, trig: Trigger, span: tuple[int, int], sent_of: dict[int, int]) -> RawEvent:
    doc = tok.doc
    sentence = sent_of.get(tok.i, 0)
    if _is_verb(tok):
        actor, target = _verb_arguments(tok, trig)
    else:
        actor, target = _noun_arguments(tok, trig)
    actor = _agent_of_event(actor)
    if actor is not None and actor.lower_ in _THIRD_PERSON:
        actor = (
            _reporting_subject(actor) or _adverbial_subject(actor) or actor
        )  # "Syrian Kurdish troops say they are tightening their siege"
    owner = _possessor(actor) if actor is not None and _is_force_word(actor) else None
    if owner is not None and owner.lower_ in ("its", "their"):
        # "Ukraine said ammunition shortages were causing its forces to pull back": the forces
        # of the side whose words report them
        actor = _reporting_subject(owner) or actor
    if actor is not None and actor.lower_ in FIRST_PLURAL:
        actor = _narrator(actor) or actor  # "The Coalition complies ... We will continue to strike"
    if trig.type in ("DEFEND", "ACCUSE"):
        target = _agent_of_event(target)  # "repelled attacks", "condemns ISIL's attacks": the attackers
    if target is not None and (target.ent_type_ in ("DATE", "TIME") or target.lower_ in _WEEKDAYS):
        target = None  # "On Monday, ... a coalition airstrike": when, not whom
    if target is None and not _is_verb(tok) and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "five strikes engaged two ISIL tactical units": what the strikes hit
        target = next((c for c in tok.head.children if c.dep_ in ("obj", "dobj")), None)
    clause_root = tok.head if not _is_verb(tok) and tok.dep_ in ("obj", "nsubj", "nsubj:pass") else tok
    first = min(clause_root.left_edge.i, tok.left_edge.i)
    last = max(clause_root.right_edge.i, tok.right_edge.i)
    trigger_span = doc[span[0] : span[1]]
    return RawEvent(
        type=trig.type,
        trigger=TextSpan(trigger_span.text, trigger_span.start_char, trigger_span.end_char),
        actor=_party_mention(actor, sent_of, sentence),
        target=_party_mention(target, sent_of, sentence),
        sentence=sentence,
        clause=(doc[first].idx, doc[last].idx + len(doc[last].text)),
        negated=_negated(tok),
        modality=trig.modality or _intended(tok),
    )


# Third-person pronouns: number (True: plural) for binding to a reporting verb's subject.
_THIRD_PERSON = {
    "they": True,
    "their": True,
    "them": True,
    "he": False,
    "his": False,
    "its": False,
    "she": False,
    "her": False,
}


def _reporting_subject(pronoun: Token) -> Token | None:
    """A pronoun in the clause someone's words report stands for that someone when they agree in
    number ("Syrian Kurdish troops say they are tightening their siege", "Russia said it ...")."""
    clause = pronoun.head
    for _ in range(3):  # the pronoun's own clause: up from a possessor or an object noun
        if clause.dep_ in ("ccomp", "parataxis") or clause.head is clause:
            break
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head is clause:
        return None
    speaker = _subject(clause.head)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    return speaker if is_plural(speaker) == _THIRD_PERSON[pronoun.lower_] else None


def _adverbial_subject(pronoun: Token) -> Token | None:
    """A subject pronoun after an adverbial clause stands for that clause's subject when they
    agree in number ("after Iraqi forces continued to receive heavy fire, they requested
    support")."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubj:pass") or pronoun.lower_ not in ("they", "he", "she"):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        subject = next(  # its own subject, also one the parser hung lower in the clause
            (t for t in clause.subtree if t.dep_ in ("nsubj", "nsubj:pass") and t.i < pronoun.i), None
        )
        if (
            subject is not None
            and subject.pos_ in ("NOUN", "PROPN")
            and is_plural(subject) == _THIRD_PERSON[pronoun.lower_]
        ):
            return subject
    return None


FIRST_PLURAL = {"we", "our", "us"}
_NARRATOR_SENTENCES = 3


def _narrator(pronoun: Token) -> Token | None:
    """ "We" in the narration of a release, outside anyone's quoted words, is the body the text
    speaks for: the organisation or state that is the subject of the latest main clause a few
    sentences back ("The Coalition complies with the Law of Armed Conflict ... We will continue
    to strike"). Quoted "we" is its speaker's (resolve.events)."""
    doc = pronoun.doc
    if _quoted(pronoun):
        return None
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    for sent in reversed(sents[max(0, here - _NARRATOR_SENTENCES) : here + 1]):
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubj:outer")), None)
        if (
            subject is not None
            and subject.i < pronoun.i
            and subject.pos_ in ("PROPN", "NOUN")
            and (subject.ent_type_ in ("ORG", "GPE") or subject.lower_ in _PARTY_NOUNS)
            and not _quoted(subject)
        ):
            return subject
    return None


def _quoted(tok: Token) -> bool:
    return any(q.contains(tok.idx) for q in doc_quotes(tok.doc))


def _agent_of_event(tok: Token | None) -> Token | None:
    """An event named as the agent ("killed by a coalition airstrike", "U.S. strikes targeted")
    stands for whoever carried it out."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    found = _trigger_of(tok)
    if found is None or found[1].type in ("KILL", "INJURE"):
        return tok  # "his death": the one who died, not who caused it
    return _noun_arguments(tok, found[1])[0]


def _party_mention(tok: Token | None, sent_of: dict[int, int], sentence: int) -> Mention | None:
    """The party's phrase without its relative clause or a coordinated party: in "nations which
    have conducted strikes in Iraq", Iraq says where, not who; of "the SDF and IS militants",
    the first is coded (one actor per event)."""
    if tok is None or _is_dateline(tok):
        return None
    first = next(
        (
            c
            for c in tok.lefts
            if c.dep_ in ("compound", "flat")
            and any(g.dep_ == "conj" and g.i < tok.i for g in c.children)
            and not _is_dateline(c)  # "TAMPA, Fla., Aug. 19 - U.S. forces" with the dateline on them
        ),
        None,
    )
    if first is not None:
        # "Secretary Blinken and Chairperson Faki agreed" parsed with the first name on the last:
        # the first party is coded
        conj = next(g for g in first.children if g.dep_ == "conj" and g.i < tok.i)
        return make_mention(first, sent_of.get(first.i, sentence), before_char=conj.left_edge.idx)
    clause = next((c for c in tok.rights if c.dep_ in ("acl:relcl", "relcl", "acl", "conj")), None)
    if clause is not None and clause.dep_ == "conj":
        clause = next((c for c in clause.lefts if c.dep_ == "cc"), clause)
    cut = clause.left_edge.idx if clause is not None else None
    return make_mention(tok, sent_of.get(tok.i, sentence), start=_name_taken_for_verb(tok), before_char=cut)


def _name_taken_for_verb(tok: Token) -> int | None:
    """ "IS sleeper cells launched the attack": an acronym the tagger took for an auxiliary
    ("IS" as "is") right before the phrase, named as an organisation, is the phrase's first word."""
    at = tok.left_edge.i - 1
    if at < 0:
        return None
    word = tok.doc[at]
    if word.pos_ == "AUX" and word.ent_type_ == "ORG" and word.text.isupper() and word.head.i > tok.i:
        return at
    return None


def _agent_after(verb: Token) -> Token | None:
    """ "was rejected by Prime Minister Boris Johnson" with "by ..." hung elsewhere by the parser:
    the name the "by" right after the verb introduces."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "by" or doc[i].head.i <= i:
        return None
    tok = doc[i].head
    while (
        tok.dep_ in ("compound", "flat", "nmod:desc", "amod")
        and tok.head.i > tok.i
        and tok.head.pos_ == "PROPN"
    ):
        tok = tok.head
    return tok if tok.pos_ in ("PROPN", "NOUN") else None


def _agent_in_dependent(verb: Token) -> Token | None:
    """ "was banned from conducting worship at the sites by the Ministry": a "by" name the parser
    hung on an active clause of the passive verb is the passive's agent (an active verb takes no
    "by" agent of its own)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB" or _is_passive(clause):
            continue
        for tok in clause.subtree:
            if tok.dep_ in ("obl", "nmod") and _case(tok) == "by" and tok.pos_ in ("PROPN", "NOUN"):
                return tok
    return None


def _is_dateline(tok: Token) -> bool:
    """ "TAMPA, Fla., Aug. 19 - U.S. forces ...": a capitalised place opening a paragraph and
    followed by a comma or dash is the dateline, never a party (whatever the parser made of it)."""
    doc = tok.doc
    first = tok.left_edge
    opens = first.i == 0 or "\n" in doc[first.i - 1].text or doc[first.i - 1].is_space
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return opens and tok.text.isupper() and len(tok.text) > 2 and after in (",", "-", "—", "–")


def _verb_arguments(verb: Token, trig: Trigger) -> tuple[Token | None, Token | None]:
    actor = target = None
    passive = _is_passive(verb)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:outer") and not passive and not _is_dateline(child):
            actor = child
        elif child.dep_ == "nsubj:pass" and not passive and not _is_dateline(child) and _sole_subject(child):
            actor = child  # "Thailand has cracked down" with the subject taken for a passive one
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
            and child.ent_type_ not in ("DATE", "TIME")
        ):
            target = child
    governor = _infinitive_taken_for_modifier(verb)
    if governor is not None and actor is None:
        # "groups attempting to harm Americans" with "harm" an amod of "Americans" (core7): the
        # infinitive's object is the noun, its subject the governing verb's
        actor = _subject(governor) or _modified_noun(governor) or _inherited_subject(governor)
        target = target or (verb.head if trig.object_role == "target" else None)
    if actor is None and not passive:
        actor = _aux_subject(verb) or _modified_noun(verb) or _inherited_subject(verb) or _purpose_actor(verb)
    if actor is None and passive:
        actor = _agent_after(verb) or _agent_in_dependent(verb)
    if actor is None and passive and verb.dep_ == "conj":  # "was struck and killed by ..."
        # shared only when it stands after this conjunct: in "was interrogated by an attorney and
        # then arrested" the "by" phrase is inside the first conjunct, the arrest's agent unsaid
        actor = next(
            (
                c
                for c in verb.head.children
                if c.dep_ in ("obl", "obl:agent") and _case(c) == "by" and c.i > verb.i
            ),
            None,
        )
    return _antecedent(actor), target


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATIVES = {"which", "who", "that", "whom"}


def _antecedent(tok: Token | None) -> Token | None:
    """A relative pronoun stands for the noun its clause modifies: "nations which have conducted
    strikes" → "nations"."""
    if tok is None or tok.lower_ not in _RELATIVES:
        return tok
    clause = tok.head
    if clause.dep_ not in ("acl:relcl", "acl", "relcl"):
        # "attacks in Hasaka Province, which targeted and killed scores of civilians" with the
        # relative clause's verb hung elsewhere (core7: an amod of "scores"): a relative pronoun
        # after a comma stands for the noun right before the comma
        before = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
        if tok.lower_ != "which" or before is None or before.pos_ not in ("NOUN", "PROPN"):
            return tok
        return _event_behind_place(before) or before
    return _event_behind_place(clause.head) or clause.head


_LOCATIVE = {"in", "at", "near", "of"}


def _event_behind_place(noun: Token) -> Token | None:
    """ "attacks in the town of Tel Tamer in Hasaka Province, which targeted and killed
    civilians": a clause of force hung on the last place of an event's locative phrase is about
    the event, not the place."""
    place = noun
    while place.dep_ == "nmod" and _case(place) in _LOCATIVE and place.head is not place:
        place = place.head
        found = _trigger_of(place) if place.pos_ in ("NOUN", "PROPN") else None
        if found is not None and found[1].type not in ("KILL", "INJURE"):
            return place if _is_place(noun) else None
    return None


_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "area", "country"}


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ in _PLACE_NOUNS


def _is_passive(verb: Token) -> bool:
    """ "was struck and killed by ...": the second verb shares the first one's passive voice."""
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if any(c.dep_ == "nsubj:pass" for c in verb.children) and not _active_auxiliaries(verb):
        return True
    if _is_participle(verb) and any(c.dep_ == "cop" for c in verb.children):
        return True  # "was struck" with "was" parsed as a copula
    if _is_participle(verb) and verb.dep_ == "acl" and verb.head.i < verb.i and not _finite_on_noun(verb):
        return True  # "a system backed by the Red Cross", "the taxes requested in arrears"
    own_subject = any(c.dep_ in ("nsubj", "nsubj:outer") for c in verb.children)
    return verb.dep_ == "conj" and not own_subject and _is_participle(verb) and _is_passive(verb.head)


_PASSIVE_AUX = {"be", "get"}


def _active_auxiliaries(verb: Token) -> bool:
    """ "Thailand has recently cracked down", "will strike": auxiliaries none of which is a form of
    "be" or "get" make an active verb, whatever the parser called its subject; a passive needs
    one ("has been struck"), a headline's bare participle has none ("Five killed in attack")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return bool(auxes) and not any((a.lemma_ or a.lower_).lower() in _PASSIVE_AUX for a in auxes)


def _infinitive_taken_for_modifier(verb: Token) -> Token | None:
    """The verb governing an infinitive that the parser made an adjective of its object ("to
    harm Americans" with 'harm' amod of 'Americans', 'to' a case marker): a verb after "to"
    modifies no noun."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.i == 0 or doc[verb.i - 1].lower_ != "to" or verb.head.i != verb.i + 1:
        return None
    governor = verb.head.head
    return governor if governor.pos_ == "VERB" and governor.i < verb.i else None


def _sole_subject(subject: Token) -> bool:
    """The only subject of its verb (a parse with two is left alone)."""
    return sum(1 for c in subject.head.children if c.dep_.startswith("nsubj")) == 1


def _is_participle(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        or verb.morph.get("VerbForm", []) == ["Part"]
        and "Past" in verb.morph.get("Tense", [])
    )


def _purpose_actor(verb: Token) -> Token | None:
    """An infinitive on a noun has the noun's actor: "Microsoft has launched a campaign to
    persuade users", "Sunak's effort to clear the backlog", "Coalition efforts to support"."""
    if verb.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    for child in noun.children:
        if child.dep_ == "nmod:poss" or (child.dep_ in ("compound", "amod") and _is_party_word(child)):
            return child
        if child.dep_ == "nmod" and _case(child) == "by":
            return child  # "attempts by enemy groups to penetrate"
    head = noun.head
    if noun.dep_ in ("obj", "dobj") and (head.lemma_ or "").lower() in _LIGHT_VERBS:
        return _subject(head) or _inherited_subject(head)  # not "thwarted attempts to penetrate"
    if _purpose_on_partner(verb):
        return _subject(head) or _inherited_subject(head)
    return None


def _purpose_on_partner(verb: Token) -> bool:
    """ "CENTCOM will continue to act with partners to hold the Houthis accountable" with the
    purpose clause hung on the partners: the acting subject's purpose, which they share."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)
        and noun.dep_ == "obl"
        and _case(noun) == "with"
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _subject(verb: Token) -> Token | None:
    own = [
        s
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubj:outer")
        for s in ([_past_dateline(c)] if _is_dateline(c) else [c])
        if s is not None
    ]
    return own[-1] if own else _aux_subject(verb) or _stranded_subject(verb) or _modified_noun(verb)


def _past_dateline(dateline: Token) -> Token | None:
    """ "WASHINGTON —Syrian Kurdish troops say" parsed with the troops in apposition to the
    dateline: the apposition is the subject."""
    return next((c for c in dateline.children if c.dep_ == "appos" and c.i > dateline.i), None)


def _modified_noun(verb: Token) -> Token | None:
    """ "groups attempting to harm Americans", "fighters firing on Iraqi forces": an active
    participle on a noun has that noun as its subject."""
    if _finite_on_noun(verb):
        return verb.head  # "The U.S. strikes targeted infrastructure" with "targeted" on "strikes"
    if verb.dep_ != "acl" or verb.head.i > verb.i or not verb.lower_.endswith("ing"):
        return None
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _finite_on_noun(verb: Token) -> bool:
    """A past form with an object of its own that the parser hung on the noun before it as a
    modifier (acl) is that noun's predicate, not a reduced relative: a passive participle takes
    no object ("The U.S. strikes targeted infrastructure facilities", core7)."""
    if verb.dep_ != "acl" or verb.head.i > verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not (verb.lower_.endswith("ed") or verb.tag_ in ("VBD", "VBN")):
        return False
    if any(c.dep_.startswith(("aux", "nsubj", "mark", "cop")) for c in verb.children):
        return False
    if any(t.lower_ in _RELATIVES for t in verb.doc[verb.head.i + 1 : verb.i]):
        return False
    return any(c.dep_ in ("obj", "dobj") and c.i > verb.i for c in verb.children)


def _stranded_subject(verb: Token) -> Token | None:
    """ "In support of the ISF, Coalition aircraft conducted a strike" with the subject parsed as
    part of the opening phrase: the bare noun phrase between the comma and the verb."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    tok = doc[i]
    if verb.dep_ not in ("ROOT", "conj") or tok.pos_ not in ("NOUN", "PROPN") or tok.head.i > tok.i:
        return None
    if any(c.dep_ == "case" for c in tok.children):
        return None
    start = tok.left_edge.i
    while start < tok.i and doc[start].is_punct:
        start += 1
    return tok if start > 0 and doc[start - 1].text == "," else None


def _aux_subject(verb: Token) -> Token | None:
    """ "Ukraine has imposed", "Russia has reported repelling" with the subject hung on the
    auxiliary (or on a verb parsed as one)."""
    for aux in verb.children:
        if aux.dep_ == "aux" and aux.i < verb.i:
            found = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubj:outer")), None)
            if found is not None:
                return found
    return None


def _inherited_subject(verb: Token) -> Token | None:
    """The subject of a governing verb: "forces launched ..., seizing control"; "vowed to dislodge"."""
    tok = verb
    for _ in range(4):
        if tok is not verb and tok.dep_ == "acl":
            return _purpose_actor(tok)  # "to hold the Houthis accountable and degrade ..."
        if tok.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or tok.head == tok:
            return None
        if tok.dep_ == "advcl" and _reduced_passive(tok):
            return None  # "contribute to a transition as agreed in the Resolutions": agreed by others
        controller = _controller(tok) if tok.dep_ == "xcomp" else None
        if controller is not None:
            return controller
        complement = tok.dep_ == "xcomp"
        tok = tok.head
        found = _subject(tok)
        if complement and found is None:
            # "the United States ... are resolved to stand with Ukraine", "were ordered to attack"
            found = next((c for c in tok.children if c.dep_ == "nsubj:pass"), None)
        if found is not None:
            return found
    return None


def _reduced_passive(verb: Token) -> bool:
    """ "as agreed", "as planned": a participle after "as" with no subject of its own is a
    passive whose agent is left unsaid, not the main clause's subject acting."""
    return (
        verb.lower_.endswith("ed")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in verb.children)
    )


def _controller(xcomp: Token) -> Token | None:
    """Object control: the object of the governing verb before the complement is its subject
    ("ordered troops to attack", "forced them to withdraw"; "Iranian-backed Houthis struck" with
    the parser taking "backed" for the verb and "struck" for its complement)."""
    return next(
        (
            c
            for c in xcomp.head.children
            if c.dep_ in ("obj", "dobj") and c.i < xcomp.i and c.pos_ in ("NOUN", "PROPN", "PRON")
        ),
        None,
    )


def _possessor(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "nmod:poss"), None)


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
                and not _names_the_kind(child)
                and not _has_place_preposition(child)
                and actor is None
            )
            or child.dep_ == "nmod"
            and _case(child) == "by"
        ):
            actor = child
        elif (
            child.dep_ == "nmod"
            and actor is None
            and _names_a_side(child)
            and not _asked_for(noun)
            and (
                _case(child) == "from"
                and trig.type in _SOURCED_ACTS
                or _case(child) == "of"
                and trig.type in _SOURCED_ACTS
                and _case(noun) in _BACKED_CASES
                and any(c.lower_ == "the" for c in noun.children)
            )
        ):
            actor = child  # "support from our ally Turkey", "with the support of the Coalition"
        elif (
            child.dep_ == "nmod"
            and _case(child) in _TARGET_CASES
            and target is None
            and (child.lemma_ or child.lower_).lower() not in _MANDATES
        ):
            target = child
    head = noun.head
    if trig.type in ("KILL", "INJURE"):
        return actor, target  # "announced the death of a soldier": who announced it did not kill
    if actor is None and trig.type == "ASSAULT":
        actor, target = _between(noun) or (actor, target)
    if (
        actor is None
        and noun.dep_ == "nsubj"
        and (head.lemma_ or "").lower() == "come"
        and trig.type in _SOURCED_ACTS
    ):
        # "Requests have come from the Municipality of Bogliasco"
        actor = next(
            (c for c in head.children if c.dep_ == "obl" and _case(c) == "from" and _names_a_side(c)), None
        )
    if actor is None and noun.dep_ in ("obj", "dobj", "obl") and _light_verb_inside(noun):
        # "forces earlier this evening conducted airstrikes" parsed with "conducted" on the noun
        actor = _subject(head)
    if actor is None and noun.dep_ == "ROOT" and _light_verb_inside(noun):
        # the same with the noun taken for the root: the subject hangs somewhere before it
        actor = next((t for t in noun.subtree if t.i < noun.i and t.dep_ in ("nsubj", "nsubj:outer")), None)
    if actor is not None and actor.lower_ in _POSSESSIVES:
        actor = _bound_possessor(noun, actor)  # "Austin reaffirmed his support": Austin's
    if actor is None:
        actor = _agent_of_light_participle(noun)  # "rocket attacks launched by terrorist groups"
    carrier = _series_of(noun)  # "carried out a series of strikes against IS militants"
    if carrier is not None:
        noun, head = carrier, carrier.head
    if actor is None and noun.dep_ in ("obj", "dobj") and (head.lemma_ or "").lower() in _LIGHT_VERBS:
        actor = _antecedent(_subject(head) or _inherited_subject(head))
        if target is None:
            target = next((c for c in head.children if c.dep_ == "obl" and _case(c) in _TARGET_CASES), None)
    return actor, target


# Nouns that count acts of one kind: "a series of strikes" is the strikes.
_SERIES = {"series", "wave", "string", "spate", "round", "barrage", "volley", "salvo"}


def _series_of(noun: Token) -> Token | None:
    """The counting noun a trigger noun hangs on by "of" ("a series of strikes"), which stands in
    the trigger's place in its clause."""
    head = noun.head
    if noun.dep_ == "nmod" and _case(noun) == "of" and (head.lemma_ or head.lower_).lower() in _SERIES:
        return head
    return None


def _between(noun: Token) -> tuple[Token, Token | None] | None:
    """ "Clashes have been ongoing between the Syrian Democratic Forces and IS militants",
    "fighting between X and Y": the first side is coded as the actor, the other as the target."""
    holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]
    for holder in holders:
        for side in holder.children:
            if side.dep_ in ("nmod", "obl") and _case(side) == "between":
                other = next((c for c in side.children if c.dep_ == "conj"), None)
                return side, other
    return None


_POSSESSIVES = {"his": False, "her": False, "its": False, "their": True}


def _bound_possessor(noun: Token, pronoun: Token) -> Token:
    """A possessive on the object of a verb refers to that verb's subject when they agree in
    number ("Secretary Austin reaffirmed his ironclad support": Austin's, not the last man
    named before); a subject that is itself a pronoun or disagrees leaves it as it is."""
    if noun.dep_ not in ("obj", "dobj") or noun.head is noun:
        return pronoun
    subject = _subject(noun.head)
    if subject is None or subject.pos_ == "PRON":
        return pronoun
    plural = subject.morph.get("Number", []) == ["Plur"] or subject.tag_ in ("NNS", "NNPS")
    return subject if plural == _POSSESSIVES[pronoun.lower_] else pronoun


def _agent_of_light_participle(noun: Token) -> Token | None:
    """ "attacks launched by terrorist groups", "strikes carried out by the coalition": the agent
    of a light verb's participle on the trigger noun is who acted."""
    for child in noun.children:
        if (
            child.dep_ == "acl"
            and child.i > noun.i
            and (child.lemma_ or child.lower_).lower() in _LIGHT_VERBS
        ):
            agent = next(
                (c for c in child.children if c.dep_ in ("obl:agent", "obl") and _case(c) == "by"), None
            )
            if agent is not None:
                return agent
    return None


# "at President Biden's direction", "at the request of": on whose word, not whom it hits.
_MANDATES = {"direction", "request", "order", "orders", "behest", "invitation", "instruction", "command"}


# Acts whose "from" phrase is their source ("support from Turkey", "a request from Baghdad"), and
# the phrases in which their "of" phrase is too ("with the support of the Coalition", "at the
# request of the Iraqi government"; but "in support of Iraq" names whom it helps).
_SOURCED_ACTS = {"SUPPORT", "DEMAND", "PROPOSE", "THREATEN", "ACCUSE"}
_BACKED_CASES = {"with", "at", "upon", "under"}


def _asked_for(noun: Token) -> bool:
    """ "requested immediate support from the Coalition": help asked for, not given."""
    head = noun.head
    lemma = (head.lemma_ or head.lower_).lower()
    return noun.dep_ in ("obj", "dobj") and (
        lemma in _INTENT_HEADS or triggers().get((lemma, "VERB"), _NO_TRIGGER).type == "DEMAND"
    )


_NO_TRIGGER = Trigger("", None, "none")


def _names_a_side(tok: Token) -> bool:
    """A phrase that names a party by name or demonym ("our ally Turkey", "the Coalition"), not a
    thing the parser hung there ("results from the sentence of the Court"); "the Municipality of
    Bogliasco" with its head tagged a noun is a name too."""
    return capitalised_of_name(tok) or any(
        _is_party_word(t) or t.pos_ == "PROPN" for t in tok.subtree if t.i <= tok.i
    )


def _light_verb_inside(noun: Token) -> bool:
    return any(
        c.dep_ in ("amod", "acl") and c.i < noun.i and (c.lemma_ or c.lower_).lower() in _LIGHT_VERBS
        for c in noun.children
    )


_PARTY_NOUNS = {"coalition", "government", "military", "army", "navy", "police", "regime", "enemy"}


def _names_the_kind(modifier: Token) -> bool:
    """ "military support", "military operations": a plain adjective says what kind of act,
    not whose (unlike "a coalition airstrike", "Ukrainian forces")."""
    return modifier.dep_ == "amod" and modifier.pos_ == "ADJ" and modifier.is_lower and not modifier.ent_type_


def _is_party_word(tok: Token) -> bool:
    """A demonym or name standing for a side ("Ukrainian offensive", "Israeli strikes"), or a
    collective noun for one ("a coalition airstrike")."""
    if tok.ent_type_ in ("NORP", "GPE", "ORG") or tok.lower_ in _PARTY_NOUNS:
        return True
    from ..geo import load_gazetteer

    return tok.is_title and load_gazetteer().demonym(tok.text) is not None


def _has_place_preposition(tok: Token) -> bool:
    """A modifier with a preposition of its own other than "by" is a misparsed adjunct, not the
    side behind the noun: "Near Al Huwayjah, two strikes" parsed with "Al Huwayjah" a compound of
    "strikes" and "Near" its case."""
    return any(c.dep_ == "case" and c.lower_ != "by" for c in tok.children)


def _case(tok: Token) -> str | None:
    """The preposition of a phrase, also when the parser hung it on a modifier ("by a coalition
    airstrike" with "by" on "coalition")."""
    own = next((c.lower_ for c in tok.children if c.dep_ == "case"), None)
    first = tok.left_edge
    if own is None and first.i < tok.i and first.dep_ == "case" and first.pos_ == "ADP":
        return first.lower_
    return own


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in tok.children):
        return True
    if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True  # "There were no injuries"
    head = tok.head
    if (head.lemma_ or "").lower() == "fail" and tok.dep_ == "xcomp":
        return True
    # "thwarted attempts ... to penetrate": the attempt's event did not happen
    if head.lemma_ in _ATTEMPT_NOUNS and tok.dep_ in ("acl", "xcomp", "nmod"):
        return (head.head.lemma_ or "").lower() in _FAILED_ATTEMPT_HEADS
    return False


_VOW_HEADS = {"vow", "threaten", "pledge", "promise", "warn", "plan", "intend", "commit", "prepare", "aim"}


# Verbs of necessity and obligation: what they require is a rule or a condition, not a happening.
_NECESSITY = {"need", "require", "oblige", "obligate"}


# Verbs that keep someone from an act ("deter the SDF from targeting the militants").
_PREVENTING = {
    "deter", "prevent", "stop", "keep", "bar", "ban", "block", "discourage", "dissuade", "restrain",
    "prohibit", "hinder",
}  # fmt: skip


def _is_kept_from(verb: Token) -> bool:
    """The act in a "from" clause of a verb of prevention is what is kept from happening, not a
    happening reported (the prevention, if a trigger, is coded from its own verb)."""
    return (
        verb.dep_ in ("advcl", "xcomp", "obl")
        and any(c.dep_ == "mark" and c.lower_ == "from" for c in verb.children)
        and (verb.head.lemma_ or "").lower() in _PREVENTING
    )


def _is_imposed(tok: Token) -> bool:
    """ "The Sea Org requires members to sign a contract, agreeing to work ...": the signing
    (and what goes with it) is an obligation laid on them, not an act reported."""
    for _ in range(4):
        if tok.dep_ == "xcomp" and (tok.head.lemma_ or "").lower() in _NECESSITY - {"need"}:
            return True
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _intended(tok: Token, heads: set[str] = _INTENT_HEADS) -> str | None:
    """Announced, not done: a future ("will strike", "will continue to strike") or a verb of
    intention above ("vowed to destroy", "plans to withdraw", "committed to ... destroy")."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
            return "intended"
        head = tok.head
        if tok.dep_ in ("xcomp", "ccomp", "advcl") and (head.lemma_ or "").lower() in heads:
            return "intended"
        purpose = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children)
        if purpose and (head.lemma_ or "").lower() in _NECESSITY:
            return None  # "to defeat Daesh we would need to work with ...": an aim, not announced
        if _purpose_on_partner(tok):
            tok = head.head  # "will act with partners to hold them accountable" hung on the partners
            continue
        if not (tok.dep_ in ("xcomp", "conj") or purpose) or head == tok:
            return None
        tok = head  # "will continue to strike", "will act ... to hold them accountable and degrade"
    return None
