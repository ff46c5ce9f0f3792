"""Event rules on hand-built parses."""

from __future__ import annotations

from claimledger.extract.events import extract_events
from claimledger.extract.mentions import sentence_index

from .docs import parse


def events(rows):
    doc = parse(rows)
    return extract_events(doc, sentence_index(doc))


def test_light_verb_incursion_with_actor_target_and_participle_seizure():
    found = events("""
Ukrainian 2 amod ADJ NORP
forces 3 nsubj NOUN force
launched 0 root VERB launch
an 5 det DET
incursion 3 obj NOUN incursion
into 9 case ADP
Russia 9 nmod:poss PROPN GPE
’s 7 case PART
region 3 obl NOUN region
, 11 punct PUNCT
seizing 3 advcl VERB seize
control 11 obj NOUN control
of 14 case ADP
settlements 12 nmod NOUN settlement
. 3 punct PUNCT
""")
    (assault, seize) = found
    assert (assault.type, assault.trigger.text, assault.actor.span.text) == (
        "ASSAULT",
        "incursion",
        "Ukrainian forces",
    )
    assert assault.target.span.text == "Russia’s region"
    assert (seize.type, seize.trigger.text, seize.actor.span.text) == (
        "SEIZE",
        "seizing control",
        "Ukrainian forces",
    )


def test_thwarted_attempt_is_defend_and_a_negated_assault():
    found = events("""
The 3 det DET
Defence 3 compound PROPN ORG
Ministry 4 nsubj PROPN ORG
thwarted 0 root VERB thwart
attempts 4 obj NOUN attempt
to 7 mark PART
penetrate 5 acl VERB penetrate
deeper 7 advmod ADV
. 4 punct PUNCT
""")
    defend, assault = found
    assert (defend.type, defend.actor.span.text, defend.negated) == ("DEFEND", "The Defence Ministry", False)
    assert (assault.type, assault.negated) == ("ASSAULT", True)


def test_vow_to_dislodge_is_an_intended_threat_by_the_vower():
    found = events("""
Putin 2 nsubj PROPN PERSON
vowed 0 root VERB vow
to 4 mark PART
dislodge 2 xcomp VERB dislodge
Ukrainian 6 amod ADJ NORP
troops 4 obj NOUN troop
. 2 punct PUNCT
""")
    vow, dislodge = found
    assert (vow.type, vow.modality, vow.actor.span.text) == ("THREATEN", "intended", "Putin")
    assert (dislodge.type, dislodge.modality, dislodge.actor.span.text, dislodge.target.span.text) == (
        "THREATEN",
        "intended",
        "Putin",
        "Ukrainian troops",
    )


def test_passive_kill_has_the_victims_as_result_and_the_agent_as_actor():
    (kill,) = events("""
Three 2 nummod NUM
civilians 4 nsubj:pass NOUN civilian
were 4 aux:pass AUX be
killed 0 root VERB kill
by 7 case ADP
the 7 det DET
shelling 4 obl NOUN shelling
. 4 punct PUNCT
""")[:1]
    assert kill.type == "KILL" and kill.target is None


def test_a_definite_mention_of_the_same_happening_is_not_a_new_event():
    found = events("""
Troops 2 nsubj NOUN troop
launched 0 root VERB launch
an 4 det DET
offensive 2 obj NOUN offensive
. 2 punct PUNCT
The 7 det DET
offensive 8 nsubj NOUN offensive
surprised 0 root VERB surprise
Moscow 8 obj PROPN GPE
. 8 punct PUNCT
""")
    assert [e.trigger.text for e in found] == ["offensive"]
