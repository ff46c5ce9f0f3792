"""Event rules on hand-built parses."""

from __future__ import annotations

import pytest

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


def test_a_relative_pronoun_subject_stands_for_its_noun_and_the_light_verb_object_is_the_event():
    (strikes,) = events("""
Coalition 2 compound PROPN ORG
nations 0 root NOUN nation
which 5 nsubj PRON
have 5 aux AUX
conducted 2 acl:relcl VERB conduct
strikes 5 obj NOUN strike
in 8 case ADP
Iraq 6 nmod PROPN GPE
. 2 punct PUNCT
""")
    assert (strikes.type, strikes.trigger.text) == ("ASSAULT", "strikes")
    assert strikes.actor.span.text == "Coalition nations"  # without "which have conducted ... Iraq"


def test_a_noun_that_classifies_is_no_event():
    found = events("""
Aircraft 2 nsubj NOUN aircraft
flew 0 root VERB fly
in 4 case ADP
support 2 obl NOUN support
of 7 case ADP
the 7 det DET
government 4 nmod NOUN government
, 10 punct PUNCT
using 10 advcl VERB use
attack 12 compound NOUN attack
and 13 cc CCONJ
bomber 10 conj NOUN bomber
aircraft 2 obj NOUN aircraft
. 2 punct PUNCT
""")
    assert found == []  # "in support of" names no happening, "attack aircraft" is a kind of plane


def test_numbered_strikes_continue_the_running_account_a_definition_does_not():
    found = events("""
Forces 2 nsubj NOUN force
conducted 0 root VERB conduct
five 4 nummod NUM
strikes 2 obj NOUN strike
. 2 punct PUNCT
Near 7 case ADP
Mosul 10 obl PROPN GPE
, 7 punct PUNCT
two 10 nummod NUM
strikes 11 nsubj NOUN strike
engaged 0 root VERB engage
units 11 obj NOUN unit
. 11 punct PUNCT
A 15 det DET
strike 17 nsubj NOUN strike
is 17 cop AUX be
one 0 root NUM one
event 17 obj NOUN event
. 17 punct PUNCT
""")
    assert [(e.trigger.text, e.actor.span.text if e.actor else None) for e in found] == [
        ("strikes", "Forces"),
        ("strikes", "Forces"),
    ]


def test_a_place_taken_for_a_compound_of_the_strikes_with_its_preposition_is_no_side():
    found = events("""
Forces 2 nsubj NOUN force
conducted 0 root VERB conduct
five 4 nummod NUM
strikes 2 obj NOUN strike
. 2 punct PUNCT
Near 7 case ADP
Al 11 compound PROPN GPE
Huwayjah 7 flat PROPN GPE
, 7 punct PUNCT
two 11 nummod NUM
strikes 12 nsubj NOUN strike
disabled 0 root VERB disable
bridges 12 obj NOUN bridge
. 12 punct PUNCT
""")
    assert [(e.trigger.text, e.actor.span.text if e.actor else None) for e in found] == [
        ("strikes", "Forces"),
        ("strikes", "Forces"),
    ]


def test_a_death_caused_by_an_airstrike_has_the_airstrike_actor():
    kill, airstrike = events("""
He 3 nsubj:pass PRON
was 3 aux:pass AUX be
killed 0 root VERB kill
by 7 case ADP
a 7 det DET
coalition 7 compound NOUN coalition
airstrike 3 obl NOUN airstrike
. 3 punct PUNCT
""")
    assert (kill.type, kill.actor.span.text) == ("KILL", "coalition")
    assert (airstrike.type, airstrike.actor.span.text) == ("ASSAULT", "coalition")


def test_an_announced_strike_is_a_threat_and_a_hyphenated_participle_no_support():
    found = events("""
We 3 nsubj PRON
will 3 aux AUX
continue 0 root VERB continue
to 5 mark PART
strike 3 xcomp VERB strike
Iranian 8 compound ADJ NORP
- 8 punct PUNCT
backed 9 amod VERB back
groups 5 obj NOUN group
. 3 punct PUNCT
""")
    (threat,) = found
    assert (threat.type, threat.modality, threat.trigger.text) == ("THREATEN", "intended", "strike")


def _coded(ledger):
    names = {e.id: e.name for e in ledger.entities}
    return [
        (
            ev.type,
            names.get(ev.actor or ""),
            names.get(ev.target or ""),
            ledger.places[ev.place].name if ev.place is not None else None,
            ledger.dates[ev.date].value if ev.date is not None else None,
            ev.modality,
        )
        for ev in ledger.events
    ]


def _type_actors(text, nlp):
    """(type, actor) of each event coded by the whole pipeline for a text."""
    from claimledger import analyze

    return [(t, a) for t, a, *_ in _coded(analyze(text, nlp=nlp))]


def test_the_example_article_codes_its_main_events(example_ledger):
    """The seed acceptance: who did what where and when in examples/kursk.txt (2024-08-13)."""
    coded = _coded(example_ledger)
    assert ("ASSAULT", "Ukraine", "Russia", "Kursk Oblast", "2024-08-06", None) in coded  # the incursion
    assert ("SEIZE", "Ukraine", None, "Kursk Oblast", "2024-08-06", None) in coded  # two dozen settlements
    assert any(c[:2] == ("DEFEND", "Russia") and c[3] == "Kursk Oblast" for c in coded)  # as Russia reports
    assert ("RESTRICT", "Ukraine", None, "Sumy Oblast", None, None) in coded  # no date given in the text
    assert any(c[:2] == ("THREATEN", "Vladimir Putin") and c[5] == "intended" for c in coded)
    assert any(
        c[:2] == ("PROPOSE", "Ukraine") and c[4] == "2024-08-13" for c in coded
    )  # "on Tuesday ... offered"


def test_state_forces_by_name_and_acronym(nlp):
    actors = _type_actors(
        "Iraqi Security Forces attempted to seize the hospital complex. "
        "After seizing the area, the ISF fought off several counterattacks.",
        nlp=nlp,
    )
    assert ("SEIZE", "Iraq") in actors
    assert ("DEFEND", "Iraq") in actors  # "the ISF": the Iraqi Security Forces, a state's forces


def test_a_faction_is_not_its_state(nlp):
    pairs = _type_actors("Syrian opposition forces liberated the town of Dabiq from ISIL control.", nlp=nlp)
    assert pairs == [("SEIZE", "Syrian opposition forces")]


def test_someones_death_is_no_killing():
    found = events("""
The 2 det DET
ministry 3 nsubj NOUN ministry
announced 0 root VERB announce
Warhol 6 nmod:poss PROPN PERSON
’s 4 case PART
death 3 obj NOUN death
. 3 punct PUNCT
""")
    assert found == []


def test_an_active_participle_has_its_noun_as_subject():
    (harm,) = events("""
Militant 2 amod ADJ
groups 0 root NOUN group
attempting 2 acl VERB attempt
to 5 mark PART
harm 3 xcomp VERB harm
Americans 5 obj PROPN NORP
. 2 punct PUNCT
""")
    assert (harm.type, harm.actor.span.text, harm.target.span.text) == (
        "ASSAULT",
        "Militant groups",
        "Americans",
    )


def test_an_acronym_party_takes_the_long_form_and_we_is_the_speaker_not_a_neighbour(nlp):
    coded = _type_actors(
        "The Islamic State of Iraq and the Levant has lost ground. ISIL fighters attacked the town.\n\n"
        '"The Coalition complies with the Law of Armed Conflict. We will continue to strike ISIL," '
        "said Col. John Dorrian.",
        nlp=nlp,
    )
    assert ("ASSAULT", "Islamic State of Iraq and the Levant") in coded
    assert not any(a == "Law of Armed Conflict" for _, a in coded)


def test_a_by_agent_hung_on_an_active_clause_is_the_passives_agent():
    (ban,) = events("""
the 2 det DET
religion 4 nsubj:pass NOUN religion
was 4 aux:pass AUX be
banned 0 root VERB ban
from 6 mark SCONJ
conducting 4 advcl VERB conduct
worship 6 obj NOUN worship
by 10 case ADP
the 10 det DET
Ministry 6 obl PROPN ministry ORG
. 4 punct PUNCT
""")
    assert (ban.type, ban.actor.span.text) == ("RESTRICT", "the Ministry")


def test_support_from_or_with_the_support_of_a_side_is_that_sides_not_a_requested_or_in_support_of():
    (given,) = events("""
The 2 det DET
rebels 3 nsubj NOUN rebel
received 0 root VERB receive
support 3 obj NOUN support
from 6 case ADP
Turkey 4 nmod PROPN turkey GPE
. 3 punct PUNCT
""")
    assert (given.type, given.actor.span.text) == ("SUPPORT", "Turkey")
    backed = events("""
With 3 case ADP with
the 3 det DET
support 10 obl NOUN support
of 6 case ADP
the 6 det DET
Coalition 3 nmod PROPN coalition ORG
, 3 punct PUNCT
the 9 det DET
SDF 10 nsubj PROPN sdf ORG
retook 0 root VERB retake
the 12 det DET
town 10 obj NOUN town
. 10 punct PUNCT
""")
    assert [(e.type, e.actor.span.text) for e in backed] == [
        ("SUPPORT", "the Coalition"),
        ("SEIZE", "the SDF"),
    ]
    asked = events("""
They 2 nsubj PRON they
requested 0 root VERB request
support 2 obj NOUN support
from 6 case ADP
the 6 det DET
Coalition 3 nmod PROPN coalition ORG
. 2 punct PUNCT
""")
    assert all(e.actor is None for e in asked if e.type == "SUPPORT")
    helped = events("""
Aircraft 2 nsubj NOUN aircraft
flew 0 root VERB fly
in 4 case ADP
support 2 obl NOUN support
of 7 case ADP
the 7 det DET
Coalition 4 nmod PROPN coalition ORG
. 2 punct PUNCT
""")
    assert all(e.actor is None or "Coalition" not in e.actor.span.text for e in helped)


def test_a_stance_restated_with_its_holder_is_a_new_act_bound_to_the_subject():
    found = events("""
Austin 2 nsubj PROPN PERSON
underscored 0 root VERB underscore
his 4 nmod:poss PRON
support 2 obj NOUN support
. 2 punct PUNCT
Gallant 7 nsubj PROPN PERSON
reviewed 7 root VERB review
plans 7 obj NOUN plan
. 7 punct PUNCT
Austin 11 nsubj PROPN PERSON
reaffirmed 11 root VERB reaffirm
his 13 nmod:poss PRON
support 11 obj NOUN support
. 11 punct PUNCT
""")
    assert [(e.type, e.actor.span.text) for e in found] == [("SUPPORT", "Austin"), ("SUPPORT", "Austin")]
    assert found[1].trigger.start > found[0].trigger.start


def test_a_happening_named_again_with_a_possessive_is_the_same_event():
    found = events("""
Russia 2 nsubj PROPN GPE
launched 0 root VERB launch
an 4 det DET
offensive 2 obj NOUN offensive
. 2 punct PUNCT
Ukraine 7 nsubj PROPN GPE
stopped 7 root VERB stop
its 9 nmod:poss PRON
offensive 7 obj NOUN offensive
. 7 punct PUNCT
""")
    assert [(e.type, e.actor.span.text) for e in found] == [("ASSAULT", "Russia")]


def test_the_agent_of_a_light_verb_participle_on_the_trigger_noun_is_the_actor():
    found = events("""
rocket 2 compound NOUN rocket
attacks 0 root NOUN attack
launched 2 acl VERB launch
by 6 case ADP
terrorist 6 amod ADJ
groups 3 obl:agent NOUN group
. 2 punct PUNCT
""")
    assert [(e.type, e.actor.span.text) for e in found] == [("ASSAULT", "terrorist groups")]


_CONDEMNS = """
The 3 det DET
United 3 compound PROPN GPE
States 4 nsubj PROPN GPE
condemns 0 root VERB condemn
the 6 det DET
attack 4 obj NOUN attack
. 4 punct PUNCT
"""


@pytest.mark.parametrize(
    ("then", "actor"),
    [
        pytest.param(
            """
We 9 nsubj PRON we
support 0 root VERB support
Iraq 9 obj PROPN GPE
. 9 punct PUNCT
""",
            "The United States",
            id="unquoted narration: the body the release speaks for",
        ),
        pytest.param(
            """
“ 10 punct PUNCT
We 10 nsubj PRON we
support 0 root VERB support
Iraq 10 obj PROPN GPE
. 10 punct PUNCT
” 10 punct PUNCT
""",
            "We",
            id="quoted words: left to the speaker",
        ),
    ],
)
def test_we_outside_quoted_words_is_the_body_the_release_speaks_for(then, actor):
    found = events(_CONDEMNS.strip() + then.rstrip())
    support = next(e for e in found if e.type == "SUPPORT")
    assert support.actor.span.text == actor


def test_a_relative_clause_of_force_on_an_attacks_place_is_about_the_attacks():
    found = events("""
The 3 det DET
United 3 compound PROPN GPE
States 4 nsubj PROPN GPE
condemns 0 root VERB condemn
ISIL 7 nmod:poss PROPN ORG
’s 5 case PART
attacks 4 obj NOUN attack
in 10 case ADP
Hasaka 10 amod ADJ GPE
Province 7 nmod PROPN GPE
, 13 punct PUNCT
which 13 nsubj PRON which
targeted 10 acl:relcl VERB target
and 15 cc CCONJ
killed 13 conj VERB kill
civilians 13 obj NOUN civilian
. 4 punct PUNCT
""")
    by_type = {e.type: e for e in found}
    assert sorted(by_type) == ["ACCUSE", "ASSAULT", "KILL"] and len(found) == 3
    assert by_type["ASSAULT"].actor.span.text.startswith("ISIL")
    assert by_type["ASSAULT"].target.span.text == "civilians"
    assert by_type["KILL"].actor.span.text.startswith("ISIL")


def test_the_object_of_the_governing_verb_controls_its_complement():
    found = events("""
Commanders 2 nsubj NOUN commander
sent 0 root VERB send
fighters 2 obj NOUN fighter
to 5 mark PART
attack 2 xcomp VERB attack
the 7 det DET
town 5 obj NOUN town
. 2 punct PUNCT
""")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert attack.actor.span.text == "fighters"


def test_a_trigger_noun_taken_for_the_root_keeps_its_subject_and_not_its_mandate():
    found = events("""
forces 2 nsubj NOUN force
earlier 4 advmod ADV
conducted 4 amod VERB conduct
airstrikes 0 root NOUN airstrike
at 6 case ADP
direction 4 nmod NOUN direction
against 8 case ADP
infrastructure 4 nmod NOUN infrastructure
. 4 punct PUNCT
""")
    (strike,) = found
    assert (strike.type, strike.actor.span.text, strike.target.span.text) == (
        "ASSAULT",
        "forces",
        "infrastructure",
    )


def test_a_passive_subject_controls_its_complement_but_not_an_as_clause():
    found = events("""
States 3 nsubj:pass PROPN GPE
are 3 aux:pass AUX
resolved 0 root VERB resolve
to 5 mark PART
stand 3 xcomp VERB stand
with 7 case ADP
Ukraine 5 obl PROPN GPE
. 3 punct PUNCT
""")
    assert [(e.type, e.actor.span.text) for e in found] == [("SUPPORT", "States")]
    found = events("""
The 2 det DET
EU 4 nsubj:pass PROPN ORG
is 4 aux:pass AUX
committed 0 root VERB commit
to 6 mark PART
contribute 4 xcomp VERB contribute
as 8 mark SCONJ
agreed 6 advcl VERB agree
in 10 case ADP
Resolutions 8 obl NOUN resolution
. 4 punct PUNCT
""")
    agreed = next(e for e in found if e.type == "AGREE")
    assert agreed.actor is None


def test_a_bare_trigger_noun_in_an_of_phrase_does_not_continue_the_running_account():
    doc = parse("""
Forces 2 nsubj NOUN force
conducted 0 root VERB conduct
five 4 nummod NUM
strikes 2 obj NOUN strike
. 2 punct PUNCT
The 7 det DET
Coalition 8 nsubj PROPN ORG
plans 0 root VERB plan
the 10 det DET
execution 8 obj NOUN execution
of 12 case ADP
airstrikes 10 nmod NOUN airstrike
. 8 punct PUNCT
Near 15 case ADP
Mosul 18 obl PROPN GPE
, 15 punct PUNCT
two 18 nummod NUM
strikes 19 nsubj NOUN strike
engaged 0 root VERB engage
units 19 obj NOUN unit
. 19 punct PUNCT
""")
    doc[11].tag_ = "NNS"  # a plural, as the tagger marks it: counted unless it only names a kind
    found = extract_events(doc, sentence_index(doc))
    assert [(e.trigger.text, e.actor.span.text if e.actor else None) for e in found] == [
        ("strikes", "Forces"),
        ("strikes", "Forces"),
    ]


def test_a_trigger_noun_tagged_as_a_verb_in_a_nouns_place_is_the_noun():
    (strikes,) = events("""
American 2 amod ADJ NORP
forces 3 nsubj NOUN force
conducted 0 root VERB conduct
precision 5 compound NOUN precision
airstrikes 3 obj VERB airstrike
. 3 punct PUNCT
""")
    assert (strikes.type, strikes.trigger.text, strikes.actor.span.text) == (
        "ASSAULT",
        "airstrikes",
        "American forces",
    )


def test_a_verb_of_its_subject_events_type_tells_what_that_event_hit_and_a_death_after_it_is_its():
    found = events("""
Coalition 2 compound NOUN coalition
forces 3 nsubj NOUN force
conducted 0 root VERB conduct
an 5 det DET
airstrike 3 obj NOUN airstrike
. 3 punct PUNCT
The 8 det DET
strikes 9 nsubj NOUN strike
targeted 0 root VERB target
facilities 9 obj NOUN facility
. 9 punct PUNCT
Four 13 nummod NUM
militants 15 nsubj:pass NOUN militant
were 15 aux:pass AUX be
killed 0 root VERB kill
. 15 punct PUNCT
""")
    (strike, kill) = found
    assert (strike.trigger.text, strike.actor.span.text, strike.target.span.text) == (
        "airstrike",
        "Coalition forces",
        "facilities",
    )
    assert (kill.type, kill.actor.span.text) == ("KILL", "Coalition forces")


def test_reported_casualties_stand_alone_but_not_a_cause_or_someones_death():
    (injuries,) = events("""
There 2 expl PRON
were 0 root VERB be
no 4 det DET
injuries 2 nsubj NOUN injury
. 2 punct PUNCT
""")
    assert (injuries.type, injuries.actor, injuries.negated) == ("INJURE", None, True)
    assert (
        events("""
He 2 nsubj:pass PRON
was 0 root VERB be
substituted 2 xcomp VERB substitute
due 6 case ADJ
to 4 fixed ADP
injury 3 obl NOUN injury
. 2 punct PUNCT
""")
        == []
    )
    assert (
        events("""
The 2 det DET
ministry 3 nsubj NOUN ministry
announced 0 root VERB announce
the 5 det DET
death 3 obj NOUN death
of 8 case ADP
a 8 det DET
soldier 5 nmod NOUN soldier
. 3 punct PUNCT
""")
        == []
    )


def test_an_act_a_capacity_or_haven_would_allow_is_no_event():
    assert (
        events("""
They 2 nsubj PRON
degraded 0 root VERB degrade
ISIL 5 nmod:poss NOUN ORG
’s 3 case PART
ability 2 obj NOUN ability
to 7 mark PART
launch 5 acl VERB launch
operations 7 obj NOUN operation
against 11 case ADP
the 11 det DET
West 7 obl PROPN
. 2 punct PUNCT
""")
        == []
    )


def test_a_campaign_to_persuade_is_no_assault_but_a_campaign_to_liberate_is_still_one():
    (persuade,) = events("""
Microsoft 2 nsubj PROPN ORG
launched 0 root VERB launch
a 4 det DET
campaign 2 obj NOUN campaign
to 6 mark PART
persuade 4 acl VERB persuade
users 6 obj NOUN user
. 2 punct PUNCT
""")
    assert (persuade.type, persuade.actor.span.text) == ("DEMAND", "Microsoft")
    found = events("""
Iraqi 2 amod ADJ NORP
forces 3 nsubj NOUN force
began 0 root VERB begin
a 5 det DET
campaign 3 obj NOUN campaign
to 7 mark PART
liberate 5 acl VERB liberate
Mosul 7 obj PROPN GPE
. 3 punct PUNCT
""")
    assert [e.type for e in found] == ["ASSAULT", "SEIZE"]


def test_what_an_act_responds_to_does_not_continue_the_running_account():
    found = events("""
American 2 amod ADJ NORP
forces 3 nsubj NOUN force
conducted 0 root VERB conduct
strikes 3 obj NOUN strike
. 3 punct PUNCT
The 7 det DET
strikes 9 nsubj:pass NOUN strike
were 9 aux:pass AUX be
authorized 0 root VERB authorize
in 11 case ADP
response 9 obl NOUN response
to 14 case ADP
recent 14 amod ADJ
attacks 11 nmod NOUN attack
. 9 punct PUNCT
""")
    assert [(e.trigger.text, e.actor.span.text) for e in found] == [("strikes", "American forces")]


def test_a_definite_act_with_a_new_source_is_another_act_not_the_earlier_one_again():
    found = events("""
American 2 amod ADJ NORP
forces 3 nsubj NOUN force
supported 0 root VERB support
them 3 obj PRON
. 3 punct PUNCT
With 8 case ADP
the 8 det DET
support 13 obl NOUN support
of 11 case ADP
the 11 det DET
Coalition 8 nmod PROPN ORG
they 13 nsubj PRON
made 0 root VERB make
progress 13 obj NOUN progress
. 13 punct PUNCT
""")
    assert [(e.type, e.actor.span.text) for e in found] == [
        ("SUPPORT", "American forces"),
        ("SUPPORT", "the Coalition"),
    ]


def test_clearing_takes_ground_only_when_it_clears_a_place_or_part_of_one():
    assert (
        events("""
Sunak 2 nsubj PROPN PERSON
wants 0 root VERB want
to 4 mark PART
clear 2 xcomp VERB clear
the 6 det DET
backlog 4 obj NOUN backlog
. 2 punct PUNCT
""")
        == []
    )
    (seize,) = events("""
Iraqi 2 amod ADJ NORP
forces 3 nsubj NOUN force
cleared 0 root VERB clear
20 5 nummod NUM
percent 3 obj NOUN percent
of 8 case ADP
the 8 det DET
city 5 nmod NOUN city
. 3 punct PUNCT
""")
    assert (seize.type, seize.actor.span.text) == ("SEIZE", "Iraqi forces")


def test_a_request_put_forward_or_coming_from_a_party_is_that_partys_demand():
    (advanced,) = events("""
The 2 det DET
request 4 nsubj:pass NOUN request
was 4 aux:pass AUX be
advanced 0 root VERB advance
by 7 case ADP
the 7 det DET
Municipality 4 obl:agent PROPN ORG
. 4 punct PUNCT
""")
    assert (advanced.type, advanced.trigger.text, advanced.actor.span.text) == (
        "DEMAND",
        "advanced",
        "the Municipality",
    )
    (requests,) = events("""
Requests 3 nsubj NOUN request
have 3 aux AUX
come 0 root VERB come
from 6 case ADP
the 6 det DET
Municipality 3 obl PROPN ORG
. 3 punct PUNCT
""")
    assert (requests.type, requests.actor.span.text) == ("DEMAND", "the Municipality")


def test_a_pronoun_in_reported_words_is_the_reporter_that_agrees_and_a_dateline_is_never_one():
    (siege,) = events("""
WASHINGTON 6 nsubj PROPN GPE
— 1 punct PUNCT
Kurdish 4 amod ADJ NORP
troops 1 appos NOUN troop
there 6 advmod ADV
say 0 root VERB say
they 9 nsubj PRON
are 9 aux AUX be
tightening 6 ccomp VERB tighten
their 11 nmod:poss PRON
siege 9 obj NOUN siege
. 6 punct PUNCT
""")
    assert (siege.type, siege.actor.span.text) == ("ASSAULT", "Kurdish troops")


def test_sending_is_a_deployment_only_when_forces_are_sent():
    (send,) = events("""
The 2 det DET
army 3 nsubj NOUN army
sent 0 root VERB send
advisers 3 obj NOUN adviser
. 3 punct PUNCT
""")
    assert (send.type, send.actor.span.text) == ("MOBILIZE", "The army")
    assert (
        events("""
The 2 det DET
army 3 nsubj NOUN army
sent 0 root VERB send
a 5 det DET
letter 3 obj NOUN letter
. 3 punct PUNCT
""")
        == []
    )


def test_clashes_between_two_sides_code_the_first_as_actor_also_when_tagged_as_a_verb():
    (clashes,) = events("""
Clashes 4 nsubj VERB clash
have 4 aux AUX
been 4 cop AUX be
ongoing 0 root ADJ
between 7 case ADP
Kurdish 7 amod ADJ NORP
forces 4 obl NOUN force
and 9 cc CCONJ
militants 7 conj NOUN militant
. 4 punct PUNCT
""")
    assert (clashes.type, clashes.actor.span.text, clashes.target.span.text) == (
        "ASSAULT",
        "Kurdish forces",
        "militants",
    )


def test_an_acronym_taken_for_an_auxiliary_opens_the_party_phrase():
    (attack,) = events("""
IS 4 aux AUX ORG
sleeper 3 amod ADJ
cells 4 nsubj NOUN cell
launched 0 root VERB launch
the 6 det DET
attack 4 obj NOUN attack
. 4 punct PUNCT
""")
    assert (attack.type, attack.actor.span.text) == ("ASSAULT", "IS sleeper cells")
    (attack,) = events("""
Sleeper 2 amod ADJ
cells 4 nsubj NOUN cell
is 4 aux AUX be
launching 0 root VERB launch
the 6 det DET
attack 4 obj NOUN attack
. 4 punct PUNCT
""")
    assert attack.actor.span.text == "Sleeper cells"  # a real auxiliary stays out


def test_a_trigger_word_naming_a_title_is_no_event():
    found = events("""
Pentagon 2 nsubj PROPN ORG
press 0 root VERB press
secretary 4 nmod:desc NOUN secretary
John 2 obj PROPN PERSON
Kirby 4 flat PROPN PERSON
. 2 punct PUNCT
""")
    assert found == []
    (urge,) = events("""
Rights 2 compound NOUN group ORG
groups 3 nsubj NOUN group
urged 0 root VERB urge
officials 3 obj NOUN official
to 6 mark PART
act 3 xcomp VERB act
. 3 punct PUNCT
""")
    assert (urge.type, urge.target.span.text) == ("DEMAND", "officials")  # the title is its object


def test_a_group_is_named_by_the_fullest_of_its_names_the_article_uses(nlp):
    text = (
        "Fighting raged after a plot by Islamic State sleeper cells. "
        "The terrorist ISIS organization has mobilized most of its sleeper cells, Abdi said."
    )
    assert ("MOBILIZE", "Islamic State") in _type_actors(text, nlp)
    text = "The terrorist ISIS organization has mobilized most of its sleeper cells, Abdi said."
    assert ("MOBILIZE", "ISIS") in _type_actors(text, nlp)


def test_a_persons_we_is_the_state_or_body_their_title_names(nlp):
    pairs = _type_actors(
        "“We have provided some airstrikes to support them,” Pentagon press secretary John Kirby "
        "told reporters Friday.",
        nlp=nlp,
    )
    assert ("ASSAULT", "United States") in pairs
    pairs = _type_actors(
        "“We have provided some airstrikes to support them,” press secretary John Kirby "
        "told reporters Friday.",
        nlp=nlp,
    )
    assert "ASSAULT" not in {t for t, _ in pairs}  # no state or body given: no actor


def test_a_series_of_strikes_is_the_strikes_of_the_light_verbs_subject():
    (strikes,) = events("""
Coalition 2 compound NOUN coalition
forces 3 nsubj NOUN force
carried 0 root VERB carry
out 3 compound:prt ADP
a 6 det DET
series 3 obj NOUN series
of 8 case ADP
strikes 6 nmod NOUN strike
against 11 case ADP
IS 11 compound PROPN ORG
militants 8 nmod NOUN militant
. 3 punct PUNCT
""")
    assert (strikes.type, strikes.actor.span.text, strikes.target.span.text) == (
        "ASSAULT",
        "Coalition forces",
        "IS militants",
    )


def test_moving_or_keeping_forces_is_a_deployment_but_not_moving_anything_else():
    (move, keep) = events("""
Russia 2 nsubj PROPN GPE
moves 0 root VERB move
forces 2 obj NOUN force
and 5 cc CCONJ
maintains 2 conj VERB maintain
thousands 5 obj NOUN thousand
of 8 case ADP
troops 6 nmod NOUN troop
. 2 punct PUNCT
""")
    assert [(e.type, e.trigger.text, e.actor.span.text) for e in (move, keep)] == [
        ("MOBILIZE", "moves", "Russia"),
        ("MOBILIZE", "maintains", "Russia"),
    ]
    assert (
        events("""
The 2 det DET
ministry 3 nsubj NOUN ministry
maintains 0 root VERB maintain
its 5 nmod:poss PRON
position 3 obj NOUN position
and 7 cc CCONJ
moved 3 conj VERB move
the 9 det DET
meeting 7 obj NOUN meeting
. 3 punct PUNCT
""")
        == []
    )


def test_a_move_is_a_deployment_only_when_military():
    (moves,) = events("""
Russia 3 nmod:poss PROPN GPE
military 3 amod ADJ
moves 0 root NOUN move
. 3 punct PUNCT
""")
    assert (moves.type, moves.actor.span.text) == ("MOBILIZE", "Russia")
    found = events("""
Russia 2 nmod:poss PROPN GPE
move 0 root NOUN move
to 4 mark PART
ban 2 acl VERB ban
protests 4 obj NOUN protest
. 2 punct PUNCT
""")
    assert [e.type for e in found] == ["RESTRICT"]  # the ban, not a deployment


def test_an_announced_killing_is_a_threat_and_a_reported_one_a_killing():
    (threat,) = events("""
They 5 nsubj:pass PRON
will 5 aux AUX
be 5 aux:pass AUX
all 5 advmod ADV
killed 0 root VERB kill
by 8 case ADP
our 8 nmod:poss PRON
forces 5 obl NOUN force
. 5 punct PUNCT
""")
    assert (threat.type, threat.modality, threat.actor.span.text) == ("THREATEN", "intended", "our forces")
    (kill,) = events("""
Militants 2 nsubj NOUN militant
killed 0 root VERB kill
five 4 nummod NUM
soldiers 2 obj NOUN soldier
. 2 punct PUNCT
""")
    assert (kill.type, kill.modality) == ("KILL", None)


def test_troops_named_with_a_people_that_has_no_state_are_a_faction(nlp):
    coded = _type_actors("Syrian Kurdish troops besieged the prison in Hasaka.", nlp)
    assert coded == [("ASSAULT", "Syrian Kurdish troops")]
    coded = _type_actors("Syrian troops besieged the prison in Hasaka.", nlp)
    assert coded == [("ASSAULT", "Syria")]


def test_of_two_names_parsed_as_one_phrase_the_first_is_coded():
    (agree,) = events("""
Secretary 2 compound PROPN
Blinken 5 compound PROPN PERSON
and 4 cc CCONJ
Chairperson 2 conj PROPN PERSON
Faki 6 nsubj PROPN PERSON
agreed 0 root VERB agree
. 6 punct PUNCT
""")
    assert agree.actor.span.text == "Secretary Blinken"
    (agree,) = events("""
Chairperson 2 compound PROPN PERSON
Faki 3 nsubj PROPN PERSON
agreed 0 root VERB agree
. 3 punct PUNCT
""")
    assert agree.actor.span.text == "Chairperson Faki"


def test_a_plain_adjective_says_the_kind_of_act_not_whose():
    found = events("""
Both 2 nsubj PRON
called 0 root VERB call
to 4 mark PART
cease 2 xcomp VERB cease
military 6 amod ADJ
operations 4 obj NOUN operation
. 2 punct PUNCT
""")
    assert [e.type for e in found if e.type == "ASSAULT"] == []  # "military" is no party
    (strike,) = events("""
a 3 det DET
coalition 3 compound NOUN coalition
airstrike 0 root NOUN airstrike
. 3 punct PUNCT
""")
    assert strike.actor.span.text == "coalition"


def test_a_pronoun_after_an_adverbial_clause_is_its_subject_when_they_agree():
    rows = """
after 4 mark SCONJ
Iraqi 3 amod ADJ NORP
{subject} 4 nsubj NOUN {lemma}
came 7 advcl VERB come
, 4 punct PUNCT
they 7 nsubj PRON
requested 0 root VERB request
support 7 obj NOUN support
. 7 punct PUNCT
"""
    (request,) = [e for e in events(rows.format(subject="forces", lemma="force")) if e.type == "DEMAND"]
    assert request.actor.span.text == "Iraqi forces"
    (request,) = [
        e for e in events(rows.format(subject="commander", lemma="commander")) if e.type == "DEMAND"
    ]
    assert request.actor.span.text == "they"  # a singular subject is not "they"


def test_local_governments_are_parties(nlp):
    pairs = _type_actors(
        "In Italy, several municipalities have started asking schools to pay taxes.", nlp=nlp
    )
    assert ("DEMAND", "several municipalities") in pairs
    pairs = _type_actors("In Italy, several letters have started asking schools to pay taxes.", nlp=nlp)
    assert "DEMAND" not in {t for t, _ in pairs}  # letters are not who asks


def test_an_announced_destruction_is_a_threat_and_a_military_command_is_its_state(nlp):
    pairs = _type_actors(
        "CENTCOM will continue to act with partners to hold the Houthis accountable and degrade "
        "their military capabilities.",
        nlp=nlp,
    )
    assert ("THREATEN", "United States") in pairs
    pairs = _type_actors("Coalition aircraft conducted strikes that destroyed a bridge.", nlp=nlp)
    assert "THREATEN" not in {t for t, _ in pairs}  # done, not announced: a result


def test_a_persons_we_is_the_state_of_the_title_set_after_their_name(nlp):
    text = (
        'Jeff Rathke, the State Department spokesperson, said, "We urge the governments of the '
        'region to work together quickly."'
    )
    assert ("DEMAND", "United States") in _type_actors(text, nlp)
    text = 'Jeff Rathke, an American tourist, said, "We urge the governments of the region to work together."'
    assert "DEMAND" not in {t for t, _ in _type_actors(text, nlp)}  # no title, no state


def test_placing_forces_is_a_deployment_and_a_states_officials_are_the_state(nlp):
    pairs = _type_actors("Saudi officials placed over 60,000 security personnel in the area.", nlp=nlp)
    assert ("MOBILIZE", "Saudi Arabia") in pairs
    pairs = _type_actors("Saudi officials placed new cameras in the area.", nlp=nlp)
    assert "MOBILIZE" not in {t for t, _ in pairs}  # only forces placed are a deployment


def participle_events(rows):
    """Events of a parse whose verbs are tagged past participles (the tag voices a bare conjunct)."""
    doc = parse(rows)
    for tok in doc:
        if tok.pos_ == "VERB":
            tok.tag_ = "VBN"
    return extract_events(doc, sentence_index(doc))


def test_a_by_agent_before_the_conjunction_is_the_first_conjuncts_only():
    detained, charged = participle_events("""
He 3 nsubj:pass PRON he
was 3 aux:pass AUX be
detained 0 root VERB detain
by 6 case ADP
the 6 det DET
police 3 obl:agent NOUN police
and 9 cc CCONJ
then 9 advmod ADV
charged 3 conj VERB charge
. 3 punct PUNCT
""")
    assert (detained.type, detained.actor.span.text) == ("ARREST", "the police")
    assert (charged.type, charged.actor) == ("ARREST", None)
    # after the last conjunct, the "by" phrase is shared: "was detained and charged by the police"
    detained, charged = participle_events("""
He 3 nsubj:pass PRON he
was 3 aux:pass AUX be
detained 0 root VERB detain
and 5 cc CCONJ
charged 3 conj VERB charge
by 8 case ADP
the 8 det DET
police 3 obl:agent NOUN police
. 3 punct PUNCT
""")
    assert charged.actor.span.text == "the police"


def test_an_obligation_laid_on_someone_is_no_act_of_theirs():
    rows = """
The 2 det DET
group 3 nsubj NOUN group
{verb} 0 root VERB {lemma}
members 3 obj NOUN member
to 6 mark PART
sign 3 xcomp VERB sign
a 8 det DET
contract 6 obj NOUN contract
, 10 punct PUNCT
agreeing 6 advcl VERB agree
to 12 mark PART
work 10 xcomp VERB work
. 3 punct PUNCT
"""
    assert events(rows.format(verb="requires", lemma="require")) == []
    allowed = events(rows.format(verb="allows", lemma="allow"))
    assert [(e.type, e.trigger.text) for e in allowed] == [("AGREE", "sign"), ("AGREE", "agreeing")]


def test_the_aim_of_a_need_is_not_an_announced_use_of_force():
    rows = """
To 2 mark PART
defeat 6 advcl VERB defeat
Daesh 2 obj PROPN ORG
we 6 nsubj PRON we
would 6 aux AUX would
{verb} 0 root VERB {lemma}
to 8 mark PART
act 6 xcomp VERB act
. 6 punct PUNCT
"""
    assert events(rows.format(verb="need", lemma="need")) == []
    (vow,) = events(rows.format(verb="continue", lemma="continue"))  # "we would continue to act"
    assert (vow.type, vow.trigger.text, vow.modality) == ("THREATEN", "defeat", "intended")


def test_serving_in_a_named_operation_is_not_support_of_a_party():
    rows = """
A 2 det DET
soldier 0 root NOUN soldier
who 5 nsubj PRON who
was 5 aux AUX be
supporting 2 acl:relcl VERB support
{obj}
. 2 punct PUNCT
"""
    operation = "Operation 8 compound PROPN\nInherent 8 compound PROPN\nResolve 5 obj PROPN"
    assert events(rows.format(obj=operation)) == []
    (aid,) = events(rows.format(obj="Iraqi 7 amod ADJ NORP\nforces 5 obj NOUN force"))
    assert (aid.type, aid.target.span.text) == ("SUPPORT", "Iraqi forces")


def test_a_time_clause_frames_a_happening_already_told():
    frame = """
After 2 mark SCONJ
seizing 7 advcl VERB seize
the 4 det DET
town 2 obj NOUN town
, 2 punct PUNCT
forces 7 nsubj NOUN force
attacked 0 root VERB attack
. 7 punct PUNCT
"""
    alone = events(frame)
    assert [(e.type, e.trigger.text) for e in alone] == [("SEIZE", "seizing"), ("ASSAULT", "attacked")]
    told = """
Forces 2 nsubj NOUN force
seized 0 root VERB seize
the 4 det DET
town 2 obj NOUN town
. 2 punct PUNCT
"""
    after = "\n".join(
        f"{w} {int(h) + 5 if int(h) else 0} {rest}"
        for w, h, rest in (line.split(" ", 2) for line in frame.strip().splitlines())
    )
    found = events(told + after)
    assert [(e.type, e.trigger.text) for e in found] == [("SEIZE", "seized"), ("ASSAULT", "attacked")]


def test_an_act_kept_from_happening_is_not_reported():
    rows = """
Forces 2 nsubj NOUN force
deter 0 root VERB deter
the 4 det DET
militants 2 obj NOUN militant
{mark} 6 mark SCONJ
targeting 2 advcl VERB target
their 8 nmod:poss PRON
bases 6 obj NOUN base
. 2 punct PUNCT
"""
    assert events(rows.format(mark="from")) == []  # "deter the militants from targeting their bases"
    (attack,) = events(rows.format(mark="by"))  # "deter the militants by targeting their bases"
    assert (attack.type, attack.trigger.text, attack.actor.span.text) == ("ASSAULT", "targeting", "Forces")


def test_forces_sent_in_with_the_particle_taken_for_a_preposition():
    rows = """
The 2 det DET
coalition 3 nsubj NOUN coalition
sent 0 root VERB send
in 6 case ADP
attack 6 compound NOUN attack
{what} 3 obl NOUN {lemma}
. 3 punct PUNCT
"""
    (sent,) = events(rows.format(what="helicopters", lemma="helicopter"))
    assert (sent.type, sent.trigger.text, sent.actor.span.text) == ("MOBILIZE", "sent in", "The coalition")
    assert [e.type for e in events(rows.format(what="letters", lemma="letter"))] == []


def test_subject_taken_for_a_passive_one_of_an_active_perfect_is_the_actor():
    # "has cracked down": no form of "be" or "get", so no passive, whatever the subject's label
    (event,) = events("""
Thailand 4 nsubj:pass PROPN GPE
has 4 aux AUX have
recently 4 advmod ADV
cracked 0 root VERB crack
down 4 compound:prt ADP
on 8 case ADP
human 8 amod ADJ
trafficking 4 obl NOUN trafficking
. 4 punct PUNCT
""")
    assert (event.type, event.actor.span.text) == ("RESTRICT", "Thailand")


def test_subject_of_a_passive_with_a_be_auxiliary_stays_the_target():
    (event,) = events("""
The 2 det DET
town 5 nsubj:pass NOUN town
has 5 aux AUX have
been 5 aux:pass AUX be
attacked 0 root VERB attack
by 7 case ADP
rebels 5 obl NOUN rebel
. 5 punct PUNCT
""")
    assert (event.type, event.actor.span.text, event.target.span.text) == ("ASSAULT", "rebels", "The town")


def test_dateline_hung_on_the_subject_is_not_part_of_the_actor():
    # "TAMPA, Fla., Aug. 19, 2014 - U.S. military forces continued to attack ISIL terrorists"
    # with the dateline a compound of "forces" and its parts conjuncts of "TAMPA"
    (attack,) = events("""
TAMPA 12 compound PROPN ORG
, 3 punct PUNCT
Fla. 1 conj PROPN
, 6 punct PUNCT
Aug. 6 compound PROPN
19 1 conj NUM
, 8 punct PUNCT
2014 1 nmod:unmarked NUM
- 12 punct PUNCT
U.S. 12 compound PROPN GPE
military 12 amod ADJ
forces 13 nsubj NOUN force
continued 0 root VERB continue
to 15 mark PART
attack 13 xcomp VERB attack
ISIL 17 compound PROPN ORG
terrorists 15 obj NOUN terrorist
. 13 punct PUNCT
""")
    assert (attack.type, attack.actor.span.text) == ("ASSAULT", "U.S. military forces")


def test_purpose_clause_hung_on_a_with_phrase_is_the_acting_subjects():
    # "CENTCOM will continue to act with partners to hold the Houthis accountable and degrade
    # their military capabilities" with "to hold" an acl of "partners"
    rows = """
CENTCOM 3 nsubj PROPN ORG
will 3 aux AUX
continue 0 root VERB
to 5 mark PART
act 3 xcomp VERB
with 7 case ADP
partners 5 obl NOUN partner
to 9 mark PART
hold 7 acl VERB hold
the 11 det DET
Houthis 9 obj PROPN ORG
accountable 9 xcomp ADJ
and 14 cc CCONJ
degrade 9 conj VERB degrade
their 17 nmod:poss PRON
military 17 amod ADJ
capabilities 14 obj NOUN capability
. 3 punct PUNCT
"""
    (degrade,) = events(rows)
    assert (degrade.type, degrade.modality, degrade.actor.span.text) == ("THREATEN", "intended", "CENTCOM")
    assert events(rows.replace("with 7 case", "of 7 case")) == []  # not a partner in the act


def test_past_form_with_an_object_hung_on_the_noun_before_it_is_its_predicate():
    # "The U.S. strikes targeted infrastructure facilities. Four militants were killed." with
    # "targeted" an acl of "strikes": the strikes' own target, and the cause of the deaths
    found = events("""
The 3 det DET
U.S. 3 compound PROPN GPE
strikes 0 root NOUN strike
targeted 3 acl VERB target
infrastructure 6 compound NOUN
facilities 4 obj NOUN facility
. 3 punct PUNCT
Four 9 nummod NUM
militants 11 nsubj:pass NOUN militant
were 11 aux:pass AUX be
killed 0 root VERB kill
. 11 punct PUNCT
""")
    strikes, killed = found
    assert (strikes.type, strikes.trigger.text, strikes.actor.span.text) == ("ASSAULT", "strikes", "U.S.")
    assert strikes.target.span.text == "infrastructure facilities"
    assert (killed.type, killed.actor.span.text) == ("KILL", "U.S.")


def test_forces_of_a_possessive_pronoun_in_reported_words_are_the_reporting_sides():
    # "Ukraine said shortages were causing its forces to pull back"
    rows = """
Ukraine 2 nsubj PROPN GPE
said 0 root VERB say
shortages 5 nsubj NOUN shortage
were 5 aux AUX be
causing 2 ccomp VERB cause
its 7 nmod:poss PRON
forces 5 obj NOUN force
to 9 mark PART
pull 5 xcomp VERB pull
back 9 advmod ADV
. 2 punct PUNCT
"""
    (retreat,) = events(rows)
    assert (retreat.type, retreat.actor.span.text) == ("RETREAT", "Ukraine")
    (retreat,) = events(rows.replace("Ukraine 2 nsubj PROPN GPE", "Officials 2 nsubj NOUN official"))
    assert retreat.actor.span.text == "its forces"  # "its" is not the officials


def test_relative_pronoun_after_a_comma_stands_for_the_noun_before_it_however_its_verb_is_hung():
    # "ISIL's attacks in the town, which targeted and killed scores of civilians" with
    # "targeted" an amod of "scores" (core7), not a relative clause of "town"
    found = events("""
ISIL 3 nmod:poss PROPN ORG
’s 1 case PART
attacks 0 root NOUN attack
in 6 case ADP
the 6 det DET
town 3 nmod NOUN town
, 9 punct PUNCT
which 9 nsubj PRON
targeted 12 amod VERB target
and 11 cc CCONJ
killed 9 conj VERB kill
scores 6 conj NOUN score
of 14 case ADP
civilians 12 nmod NOUN civilian
. 3 punct PUNCT
""")
    killed = next(e for e in found if e.type == "KILL")
    assert killed.actor.span.text == "ISIL’s"


def test_supporting_a_named_operation_parsed_as_common_nouns_is_serving_in_it():
    # "a soldier who was supporting Operation Inherent Resolve" with the name tagged as common
    # nouns and 'Resolve' an obl (core7)
    rows = """
a 2 det DET
soldier 0 root NOUN soldier
who 5 nsubj PRON
was 5 aux AUX
supporting 2 acl:relcl VERB support
Operation 8 compound NOUN operation
Inherent 8 compound NOUN inherent
Resolve 5 obl NOUN resolve
. 2 punct PUNCT
"""
    assert events(rows) == []
    allies = (
        rows.replace("Operation 8 compound NOUN operation", "the 8 det DET")
        .replace("Inherent 8 compound NOUN inherent", "Kurdish 8 amod ADJ NORP")
        .replace("Resolve 5 obl NOUN resolve", "fighters 5 obj NOUN fighter")
    )
    assert [e.type for e in events(allies)] == ["SUPPORT"]  # "supporting the Kurdish fighters"


def test_infinitive_taken_for_an_adjective_of_its_object_has_the_governing_verbs_subject():
    # "groups attempting to harm Americans" with "harm" an amod of "Americans" and "to" a case
    # marker (core7)
    (harm,) = events("""
Iranian-backed 2 amod ADJ
groups 0 root NOUN group
attempting 2 acl VERB attempt
to 6 case ADP
harm 6 amod VERB harm
Americans 3 obl PROPN NORP
. 2 punct PUNCT
""")
    assert (harm.type, harm.actor.span.text) == ("ASSAULT", "Iranian-backed groups")
