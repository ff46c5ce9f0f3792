"""Attribution rules on hand-built parses (UD labels), independent of any trained model."""

from __future__ import annotations

import pytest

from claimledger.extract.quotes import find_quotes
from claimledger.extract.statements import extract_statements

from .docs import parse


def statements(rows):
    doc = parse(rows)
    return extract_statements(doc, find_quotes(doc.text))


def test_subject_speaker_with_title_and_that_clause():
    (s,) = statements("""
Regional 2 amod ADJ
governor 4 compound NOUN
Alexei 4 compound PROPN PERSON
Smirnov 5 nsubj PROPN PERSON
said 0 root VERB say
that 11 mark SCONJ
Ukrainian 8 amod ADJ NORP
forces 11 nsubj NOUN force
had 11 aux AUX have
already 11 advmod ADV
advanced 5 ccomp VERB advance
12 13 nummod NUM
kilometers 11 obl NOUN kilometer
. 5 punct PUNCT
""")
    assert (s.kind, s.cue.text, s.lemma) == ("indirect", "said", "say")
    assert s.content.text == "Ukrainian forces had already advanced 12 kilometers"
    assert s.speaker.span.text == "Regional governor Alexei Smirnov"
    assert s.speaker.name.text == "Alexei Smirnov" and s.speaker.role.text == "Regional governor"


def test_speaker_after_the_quote_takes_the_quotation():
    (s,) = statements("""
“ 5 punct PUNCT
Russia 3 nsubj PROPN GPE
will 5 aux AUX
not 5 advmod PART
stop 0 root VERB
, 5 punct PUNCT
” 5 punct PUNCT
Tykhy 9 nsubj PROPN PERSON
told 5 parataxis VERB tell
reporters 9 obj NOUN reporter
. 5 punct PUNCT
""")
    assert (s.kind, s.content.text, s.cue.text) == ("direct", "Russia will not stop", "told reporters")
    assert s.speaker.span.text == "Tykhy"


def test_inverted_said_the_ministry():
    (s,) = statements("""
“ 3 punct PUNCT
Attacks 3 nsubj NOUN attack
failed 0 root VERB fail
, 3 punct PUNCT
” 3 punct PUNCT
said 3 parataxis VERB say
the 8 det DET
ministry 6 nsubj NOUN ministry
. 3 punct PUNCT
""")
    assert s.content.text == "Attacks failed" and s.speaker.span.text == "the ministry" and s.speaker.definite


def test_agentless_passive_has_no_speaker():
    (s,) = statements("""
This 2 det DET
maneuver 5 nsubj:pass NOUN
has 5 aux AUX
been 5 aux:pass AUX be
described 0 root VERB describe
as 10 case ADP
the 10 det DET
most 9 advmod ADV
significant 10 amod ADJ
attack 5 obl NOUN
. 5 punct PUNCT
""")
    assert s.speaker is None and s.agentless
    assert s.cue.text == "has been described as" and s.content.text == "the most significant attack"


def test_coordinated_speech_acts_are_two_statements_with_one_speaker():
    found = statements("""
Ukraine 2 nsubj PROPN GPE
said 0 root VERB say
it 5 nsubj PRON
would 5 aux AUX
leave 2 ccomp VERB
and 7 cc CCONJ
offered 2 conj VERB offer
to 9 mark PART
talk 7 xcomp VERB
. 2 punct PUNCT
""")
    assert [(s.cue.text, s.content.text, s.speaker.span.text) for s in found] == [
        ("said", "it would leave", "Ukraine"),
        ("offered", "to talk", "Ukraine"),
    ]


def test_participle_cue_takes_the_main_subject():
    found = statements("""
Ukraine 3 nsubj PROPN GPE
has 3 aux AUX
imposed 0 root VERB impose
restrictions 3 obj NOUN restriction
, 6 punct PUNCT
citing 3 advcl VERB cite
sabotage 6 obj NOUN
. 3 punct PUNCT
""")
    (s,) = found
    assert (s.lemma, s.content.text, s.speaker.span.text) == ("cite", "sabotage", "Ukraine")


def test_according_to_follows_the_source_noun_to_the_originating_source():
    (s,) = statements("""
Troops 2 nsubj NOUN troop
control 0 root VERB
800 4 nummod NUM
kilometers 2 obj NOUN kilometer
, 2 punct PUNCT
according 9 case VERB
to 6 fixed ADP
the 9 det DET
analysis 2 obl NOUN
of 11 case ADP
data 9 nmod NOUN
from 15 case ADP
the 15 det DET
US-based 15 amod ADJ
Institute 11 nmod PROPN ORG
. 2 punct PUNCT
""")
    assert s.cue.text == "according to" and s.lemma == "according to"
    assert s.speaker.span.text == "the US-based Institute" and s.speaker.label == "ORG"
    assert s.content.text == "Troops control 800 kilometers"


def test_according_to_inside_another_statement_keeps_at_least_whole():
    """The parser may call "at" of "at least" a case word; the nested claim still starts with it,
    and the outer statement ends before "with"."""
    found = statements("""
Syrsky 2 nsubj PROPN PERSON
reported 0 root VERB report
that 5 mark SCONJ
troops 5 nsubj NOUN troop
controlled 2 ccomp VERB control
1,000 7 nummod NUM
kilometers 5 obj NOUN kilometer
, 14 punct PUNCT
with 14 case ADP
at 11 case ADP
least 12 nmod ADJ
800 13 nummod NUM
kilometers 14 nmod NOUN kilometer
control 5 obl NOUN
according 18 case VERB
to 15 fixed ADP
the 18 det DET
ISW 14 nmod PROPN ORG
. 2 punct PUNCT
""")
    by_lemma = {s.lemma: s for s in found}
    assert by_lemma["according to"].content.text == "at least 800 kilometers control"
    assert by_lemma["according to"].speaker.span.text == "the ISW"
    assert by_lemma["report"].content.text == "troops controlled 1,000 kilometers"


def test_declined_to_comment_is_not_a_statement():
    found = statements("""
The 2 det DET
ministry 3 nsubj NOUN
declined 0 root VERB decline
to 5 mark PART
comment 3 xcomp VERB comment
. 3 punct PUNCT
""")
    assert found == []


def test_reporting_verb_as_adjective_is_not_a_cue():
    found = statements("""
The 3 det DET
alleged 3 amod ADJ allege
attack 4 nsubj NOUN
happened 0 root VERB
. 4 punct PUNCT
""")
    assert found == []


def test_split_quotation_gives_two_linked_segments():
    found = statements("""
“ 2 punct PUNCT
Russia 3 nsubj PROPN GPE
lost 0 root VERB lose
, 3 punct PUNCT
” 3 punct PUNCT
he 7 nsubj PRON
said 3 parataxis VERB say
, 3 punct PUNCT
“ 11 punct PUNCT
we 11 nsubj PRON
won 3 parataxis VERB win
. 3 punct PUNCT
” 3 punct PUNCT
""")
    first, second = found
    assert (first.content.text, second.content.text) == ("Russia lost", "we won.")
    assert second.part_of == first.content.start and second.speaker == first.speaker


def test_quote_paragraph_without_cue_continues_the_running_speaker():
    found = statements("""
Bielieskov 2 nsubj PROPN PERSON
said 0 root VERB say
Russia 4 nsubj PROPN GPE
erred 2 ccomp VERB err
. 2 punct PUNCT
“ 9 punct PUNCT
They 9 nsubj PRON
had 9 aux AUX
never 9 advmod ADV
expected 0 root VERB expect
such 11 amod ADJ
bold 12 amod ADJ
actions 9 obj NOUN action
here 9 advmod ADV
. 9 punct PUNCT
” 9 punct PUNCT
""")
    first, second = found
    assert second.kind == "direct" and second.cue is None and second.continued
    assert second.speaker == first.speaker


def test_scare_quote_alone_is_not_a_statement():
    found = statements("""
The 2 det DET
“ 3 punct PUNCT
operation 6 nsubj NOUN
” 3 punct PUNCT
has 6 aux AUX
ended 0 root VERB end
. 6 punct PUNCT
""")
    assert found == []


def test_negated_speech_is_not_a_statement():
    found = statements("""
Officials 4 nsubj NOUN official
have 4 aux AUX
not 4 neg PART
said 0 root VERB say
why 7 advmod ADV
talks 7 nsubj NOUN talk
failed 4 ccomp VERB fail
. 4 punct PUNCT
""")
    assert found == []


def test_passive_deny_without_agent_is_not_speech():
    found = statements("""
The 2 det DET
team 5 nsubj:pass NOUN
had 5 aux AUX
been 5 aux:pass AUX be
denied 0 root VERB deny
visas 5 obj NOUN visa
. 5 punct PUNCT
""")
    assert found == []


def test_restricted_cue_needs_a_source_subject():
    found = statements("""
The 2 det DET
poll 3 nsubj NOUN poll
found 0 root VERB find
support 5 nsubj NOUN
fell 3 ccomp VERB fall
. 3 punct PUNCT
""")
    (s,) = found
    assert (s.lemma, s.speaker.span.text, s.content.text) == ("find", "The poll", "support fell")
    found = statements("""
The 2 det DET
video 3 nsubj NOUN video
shows 0 root VERB show
troops 5 nsubj NOUN troop
fled 3 ccomp VERB flee
. 3 punct PUNCT
""")
    assert found == []


def test_said_takes_no_object_content_and_deny_needs_a_claim():
    found = statements("""
“ 3 punct PUNCT
Fine 3 nsubj ADJ
done 0 root VERB
, 3 punct PUNCT
” 3 punct PUNCT
said 3 parataxis VERB say
Ambassador 8 compound PROPN PERSON
Mohib 6 obj PROPN PERSON
. 3 punct PUNCT
""")
    (s,) = found
    assert s.content.text == "Fine done" and s.kind == "direct"


def test_according_to_at_the_end_takes_the_whole_clause():
    (s,) = statements("""
A 2 det DET
storm 3 nsubj NOUN
caused 0 root VERB cause
damage 3 obj NOUN
, 6 punct PUNCT
killing 3 advcl VERB kill
107 6 obj NUM
, 11 punct PUNCT
according 11 case VERB
to 9 fixed ADP
officials 6 obl NOUN official
. 3 punct PUNCT
""")
    assert s.content.text == "A storm caused damage, killing 107" and s.speaker.span.text == "officials"


def test_chained_acts_of_one_speaker_do_not_overlap():
    found = statements("""
Faraon 2 nsubj PROPN PERSON
recounted 0 root VERB recount
the 4 det DET
reality 2 obj NOUN
of 6 case ADP
battles 4 nmod NOUN battle
, 8 punct PUNCT
describing 6 acl VERB describe
the 10 det DET
scene 8 obj NOUN
as 12 case ADP
terrifying 8 obl ADJ
. 2 punct PUNCT
""")
    first, second = found
    assert first.content.text == "the reality of battles"
    assert second.content.text == "the scene as terrifying" and second.lemma == "describe"


def test_a_speech_act_in_a_condition_is_not_a_statement():
    found = statements("""
Kyiv 2 nsubj PROPN GPE
would 3 aux AUX
halt 0 root VERB halt
attacks 3 obj NOUN attack
if 7 mark SCONJ
Russia 7 nsubj PROPN GPE
agreed 3 advcl VERB agree
to 10 case ADP
a 10 det DET
peace 7 obl NOUN peace
. 3 punct PUNCT
""")
    assert found == []


def test_official_readout_verbs_take_their_object_as_content():
    (s,) = statements("""
The 3 det DET
United 3 compound PROPN GPE
States 4 nsubj PROPN GPE
condemns 0 root VERB condemn
the 7 det DET
terrorist 7 amod ADJ
attacks 4 obj NOUN attack
in 9 case ADP
Baghdad 7 nmod PROPN GPE
. 4 punct PUNCT
""")
    assert (s.lemma, s.content.text, s.speaker.span.text) == (
        "condemn",
        "the terrorist attacks in Baghdad",
        "The United States",
    )


def test_coordinated_that_clauses_are_one_content():
    (s,) = statements("""
He 2 nsubj PRON
conveyed 0 root VERB convey
that 6 mark SCONJ
his 5 nmod:poss PRON
thoughts 6 nsubj NOUN thought
are 2 ccomp AUX be
with 8 case ADP
families 6 obl NOUN family
, 13 punct PUNCT
and 13 cc CCONJ
that 13 mark SCONJ
he 13 nsubj PRON
sends 2 conj VERB send
wishes 13 obj NOUN wish
. 2 punct PUNCT
""")
    assert s.content.text == "his thoughts are with families, and that he sends wishes"


def test_as_on_the_object_and_a_cue_clause_hung_on_its_subject():
    """The parser may hang "described ..." on "servicemen" and "as a shock" on "operation"."""
    (s,) = statements("""
Ukrainian 2 amod ADJ NORP
servicemen 0 root NOUN serviceman
described 2 acl VERB describe
the 5 det DET
operation 3 obj NOUN operation
as 8 case ADP
a 8 det DET
shock 5 nmod NOUN shock
. 2 punct PUNCT
""")
    assert (s.lemma, s.content.text) == ("describe", "the operation as a shock")
    assert s.speaker.span.text == "Ukrainian servicemen"


def test_cue_misparsed_as_the_auxiliary_of_a_gerund():
    (s,) = statements("""
Russia 3 nsubj PROPN GPE
has 3 aux AUX
reported 5 aux VERB report
successfully 5 advmod ADV
repelling 0 root VERB repel
attacks 5 obj NOUN attack
. 5 punct PUNCT
""")
    assert (s.lemma, s.content.text, s.speaker.span.text) == (
        "report",
        "successfully repelling attacks",
        "Russia",
    )


def test_and_that_clause_found_by_its_words_and_a_semicolon_continuation():
    (s,) = statements("""
Officials 2 nsubj NOUN official
confirmed 0 root VERB confirm
that 5 mark SCONJ
forces 5 nsubj NOUN force
cleared 2 ccomp VERB clear
the 7 det DET
dam 5 obj NOUN dam
, 11 punct PUNCT
and 11 cc CCONJ
that 11 det DET
troops 2 conj NOUN troop
held 11 acl VERB hold
; 15 punct PUNCT
ten 15 nummod NUM
died 2 parataxis VERB die
. 2 punct PUNCT
""")
    assert s.content.text == "forces cleared the dam, and that troops held; ten died"


def test_according_to_without_a_comma_ends_the_source_at_its_name():
    (s,) = statements("""
According 5 case VERB
to 1 fixed ADP
the 5 det DET
Interior 5 compound PROPN ORG
Ministry 0 root PROPN ORG
over 7 advmod ADV
345 8 nummod NUM
pilgrims 5 nmod NOUN pilgrim
died 8 acl VERB die
near 11 case ADP
Mecca 9 obl PROPN GPE
, 13 punct PUNCT
Arabia 11 appos PROPN GPE
. 5 punct PUNCT
""")
    assert s.lemma == "according to"
    assert s.speaker.span.text == "the Interior Ministry"
    assert s.content.text == "over 345 pilgrims died near Mecca, Arabia"


def test_said_and_said_again_are_two_statements_of_one_speaker():
    found = statements("""
Cooper 2 nsubj PROPN PERSON
said 0 root VERB say
her 4 nmod:poss PRON
party 5 nsubj NOUN party
backed 2 ccomp VERB back
it 5 obj PRON
, 9 punct PUNCT
and 9 cc CCONJ
said 5 conj VERB say
delays 11 nsubj NOUN delay
hurt 9 ccomp VERB hurt
. 2 punct PUNCT
""")
    first, second = sorted(found, key=lambda s: s.cue.start)
    assert first.content.text == "her party backed it"
    assert second.content.text == "delays hurt"
    assert first.speaker.span.text == second.speaker.span.text == "Cooper"


def test_released_the_following_statement_takes_the_quotation_after_the_colon():
    found = statements("""
Votel 2 nsubj PROPN PERSON
released 0 root VERB release
the 5 det DET
following 5 amod VERB follow
statement 2 obj NOUN statement
: 2 punct PUNCT
“ 9 punct PUNCT
We 9 nsubj PRON
mourn 0 root VERB mourn
him 9 obj PRON
. 9 punct PUNCT
” 9 punct PUNCT
""")
    (s,) = [s for s in found if s.cue is not None]
    assert (s.lemma, s.content.text, s.speaker.span.text) == ("release", "We mourn him.", "Votel")


def test_said_comma_quotation_takes_the_quotation_without_its_marks():
    (s,) = statements("""
Votel 2 nsubj PROPN PERSON
said 0 root VERB say
, 2 punct PUNCT
“ 6 punct PUNCT
We 6 nsubj PRON
won 2 ccomp VERB win
. 6 punct PUNCT
” 6 punct PUNCT
""")
    assert (s.kind, s.content.text) == ("direct", "We won.")


def test_quote_then_said_then_a_titled_name_whatever_the_parse():
    """The parser made the name the clause of "said"; the words say who spoke."""
    (s,) = statements("""
“ 3 punct PUNCT
We 3 nsubj PRON
won 7 ccomp VERB win
, 3 punct PUNCT
” 3 punct PUNCT
said 7 dep VERB say
Col. 9 compound NOUN
Travis 9 compound PROPN PERSON
Caughlin 0 root PROPN PERSON
. 9 punct PUNCT
""")
    assert (s.kind, s.content.text, s.cue.text) == ("direct", "We won", "said")
    assert s.speaker.span.text == "Col. Travis Caughlin"


def test_subject_lost_by_the_parser_is_the_phrase_before_the_cue():
    # "Rathke" attached as an adverb: the noun phrase opening the sentence is the speaker
    (s,) = statements("""
Rathke 3 advmod PROPN PERSON
also 3 advmod ADV
asked 0 root VERB ask
the 5 det DET
governments 3 obj NOUN government
not 8 advmod PART
to 8 mark PART
act 3 xcomp VERB
. 3 punct PUNCT
""")
    assert s.speaker is not None and s.speaker.span.text == "Rathke" and s.content.text == "not to act"


def test_subject_lost_over_an_appositive_between_commas():
    # '"...," Khaled Al-Maeena, editor at the Gazette, said.' with the name hung on the quotation
    (s,) = statements("""
“ 3 punct PUNCT
It 3 nsubj PRON
happened 14 ccomp VERB happen
, 3 punct PUNCT
” 3 punct PUNCT
Khaled 3 parataxis PROPN PERSON
Al-Maeena 6 flat PROPN PERSON
, 9 punct PUNCT
editor 6 parataxis NOUN
at 12 case ADP
the 12 det DET
Gazette 9 nmod PROPN ORG
, 14 punct PUNCT
said 0 root VERB say
. 14 punct PUNCT
""")
    assert s.content.text == "It happened"
    assert s.speaker is not None and s.speaker.span.text == "Khaled Al-Maeena"


def test_no_speaker_from_an_object_before_the_cue():
    # "people who visited the site said" with "People" unattached: "the site" follows a verb,
    # so it is no subject
    stmts = statements("""
People 6 dep NOUN person
who 3 nsubj PRON
visited 1 acl:relcl VERB visit
the 5 det DET
site 3 obj NOUN
said 0 root VERB say
, 6 punct PUNCT
“ 10 punct PUNCT
It 10 nsubj PRON
burned 6 ccomp VERB burn
. 6 punct PUNCT
” 6 punct PUNCT
""")
    assert all(s.speaker is None or s.speaker.span.text != "the site" for s in stmts)


def test_as_clause_cue_reports_the_rest_of_the_sentence():
    (s,) = statements("""
As 3 mark SCONJ
Heald 3 nsubj PROPN PERSON
told 9 advcl VERB tell
The 6 det DET
Huffington 6 compound PROPN ORG
Post 3 iobj PROPN ORG
, 3 punct PUNCT
ozone 9 nsubj NOUN
dropped 0 root VERB drop
sharply 9 advmod ADV
. 9 punct PUNCT
""")
    assert (s.content.text, s.speaker.span.text) == ("ozone dropped sharply", "Heald")


def test_that_clause_after_an_oblique_is_the_content_however_attached():
    # "Whitmore stated to LA Weekly that the crime involved drives": "that" hung on "Weekly"
    (s,) = statements("""
Whitmore 2 nsubj PROPN PERSON
stated 0 root VERB state
to 5 case ADP
LA 5 compound PROPN
Weekly 2 obl PROPN
that 9 mark SCONJ
the 8 det DET
crime 9 nsubj NOUN
involved 5 acl VERB involve
drives 9 obj NOUN
. 2 punct PUNCT
""")
    assert s.content.text == "the crime involved drives" and s.speaker.span.text == "Whitmore"


def test_cue_tagged_as_a_noun_before_a_quotation():
    (s,) = statements("""
The 3 det DET
U.S. 3 compound PROPN ORG
Department 6 nsubj PROPN ORG
notes 3 nmod NOUN note
, 4 punct PUNCT
“ 8 punct PUNCT
Ozone 8 nsubj NOUN
harms 0 root VERB harm
plants 8 obj NOUN
” 8 punct PUNCT
. 8 punct PUNCT
""")
    assert (s.kind, s.content.text, s.cue.text) == ("direct", "Ozone harms plants", "notes")
    assert s.speaker is not None and s.speaker.span.text == "The U.S. Department"


def test_restricted_cue_with_people_as_subject():
    (s,) = statements("""
The 2 det DET
researchers 3 nsubj NOUN researcher
found 0 root VERB find
that 6 mark SCONJ
ozone 6 nsubj NOUN
caused 3 ccomp VERB cause
damage 6 obj NOUN
. 3 punct PUNCT
""")
    assert s.content.text == "ozone caused damage" and s.speaker.span.text == "The researchers"


def test_restricted_cue_with_a_thing_as_subject_is_no_statement():
    stmts = statements("""
The 2 det DET
video 3 nsubj NOUN video
shows 0 root VERB show
that 6 mark SCONJ
troops 6 nsubj NOUN
advanced 3 ccomp VERB advance
. 3 punct PUNCT
""")
    assert stmts == []


def test_a_colon_before_a_quotation_ends_the_reported_clause_and_whilst_shares_the_subject():
    stmts = statements("""
Sunak 2 nsubj PROPN PERSON
reaffirmed 0 root VERB reaffirm
the 4 det DET
record 2 obj NOUN
whilst 6 mark SCONJ
promising 4 acl VERB promise
an 8 det DET
update 10 nsubj NOUN
is 10 cop AUX
due 6 ccomp ADJ
: 2 punct PUNCT
“ 14 punct PUNCT
We 14 nsubj PRON
work 2 parataxis VERB work
hard 14 advmod ADV
on 17 case ADP
it 14 obl PRON
. 14 punct PUNCT
” 14 punct PUNCT
""")
    contents = [(s.content.text, s.speaker.span.text if s.speaker else None) for s in stmts]
    assert ("the record", "Sunak") in contents
    assert ("an update is due", "Sunak") in contents
    assert all(":" not in c for c, _ in contents)


def test_object_content_leaves_out_the_cues_recipient_and_time():
    (s,) = statements("""
Mogherini 2 nsubj PROPN PERSON
proposed 0 root VERB propose
the 4 det DET
initiative 2 obj NOUN
to 7 case ADP
EU 7 compound PROPN ORG
leaders 2 obl NOUN
last 9 amod ADJ
year 2 obl:tmod NOUN
. 2 punct PUNCT
""")
    assert s.content.text == "the initiative"


def test_subject_hung_on_the_auxiliary_still_speaks_for_a_participle_cue():
    (s,) = statements("""
Ukraine 2 nsubj PROPN GPE
has 3 aux AUX
imposed 0 root VERB impose
restrictions 3 obj NOUN
, 6 punct PUNCT
citing 3 advcl VERB cite
hostilities 6 obj NOUN
. 3 punct PUNCT
""")
    assert s.content.text == "hostilities" and s.speaker is not None and s.speaker.span.text == "Ukraine"


def test_two_word_cue_with_a_prepositional_object():
    (s,) = statements("""
Media 2 compound NOUN
reports 4 nsubj NOUN report
have 4 aux AUX
speculated 0 root VERB speculate
on 7 case ADP
the 7 det DET
role 4 obl NOUN
of 9 case ADP
forces 7 nmod NOUN
. 4 punct PUNCT
""")
    assert (s.cue.text, s.lemma, s.content.text) == (
        "have speculated on",
        "speculate on",
        "the role of forces",
    )


def test_two_word_cue_made_clear_with_an_object():
    (s,) = statements("""
Austin 2 nsubj PROPN PERSON
made 0 root VERB make
clear 2 xcomp ADJ
his 5 nmod:poss PRON
support 2 obj NOUN
. 2 punct PUNCT
""")
    assert (s.cue.text, s.lemma, s.content.text) == ("made clear", "make clear", "his support")


def test_cue_tagged_as_an_adjective_with_subject_and_object():
    (s,) = statements("""
Secretary 3 nsubj PROPN
Austin 1 flat PROPN PERSON
underscored 0 root ADJ underscore
his 5 nmod:poss PRON
support 3 obj NOUN
. 3 punct PUNCT
""")
    assert s.content.text == "his support" and s.speaker.span.text == "Secretary Austin"


def test_urge_without_an_addressee_takes_its_object():
    (s,) = statements("""
Austin 2 nsubj PROPN PERSON
urged 0 root VERB urge
de-escalation 2 obj NOUN
. 2 punct PUNCT
""")
    assert s.content.text == "de-escalation"


def test_with_absolute_clause_names_the_speaker_of_the_quotation():
    # "It quoted critics, with Boswell stating: "..."": Boswell's words, not the paper's
    stmts = statements("""
It 2 nsubj PRON
quoted 0 root VERB quote
critics 2 obj NOUN
, 6 punct PUNCT
with 5 case ADP
Boswell 3 nmod PROPN PERSON
stating 3 acl VERB state
: 6 punct PUNCT
“ 11 punct PUNCT
People 11 nsubj NOUN
need 2 parataxis VERB need
decisions 11 obj NOUN
. 11 punct PUNCT
” 11 punct PUNCT
""")
    quoted = [s for s in stmts if s.content.text == "People need decisions."]
    assert len(quoted) == 1 and quoted[0].speaker.span.text == "Boswell"


def test_subject_before_the_verb_wins_over_one_after_it():
    stmts = statements("""
Whitmore 2 nsubj PROPN PERSON
told 0 root VERB tell
reporters 2 iobj NOUN
that 6 mark SCONJ
he 6 nsubj PRON
left 2 ccomp VERB leave
, 2 punct PUNCT
everything 2 nsubj PRON
. 2 punct PUNCT
""")
    assert stmts[0].speaker.span.text == "Whitmore"


def test_short_quotation_that_is_its_own_sentence_continues_the_speaker():
    stmts = statements("""
“ 4 punct PUNCT
It 4 nsubj PRON
was 4 cop AUX
magical 0 root ADJ
, 4 punct PUNCT
” 4 punct PUNCT
Allton 8 nsubj PROPN PERSON
said 4 parataxis VERB say
. 4 punct PUNCT
“ 12 punct PUNCT
I 12 nsubj PRON
smacked 0 root VERB smack
them 12 obj PRON
. 12 punct PUNCT
” 12 punct PUNCT
""")
    assert [(s.content.text, s.speaker.span.text) for s in stmts][-1] == ("I smacked them.", "Allton")


def test_absolute_with_clause_is_a_statement_of_its_own_and_ends_the_outer_content():
    # "Officials tell BBC News claims will be assessed, with the i reporting no one will be refused."
    stmts = statements("""
Officials 2 nsubj NOUN official
tell 0 root VERB tell
BBC 4 compound PROPN ORG
News 2 iobj PROPN ORG
claims 8 nsubj:pass NOUN claim
will 8 aux AUX
be 8 aux:pass AUX
assessed 2 ccomp VERB assess
, 13 punct PUNCT
with 13 mark ADP
the 12 det DET
i 13 nsubj PRON
reporting 18 advcl VERB report
no 15 det DET
one 18 nsubj:pass PRON
will 18 aux AUX
be 18 aux:pass AUX
refused 8 parataxis VERB refuse
. 2 punct PUNCT
""")
    found = {(s.content.text, s.speaker.span.text if s.speaker else None) for s in stmts}
    assert ("claims will be assessed", "Officials") in found
    assert ("no one will be refused", "the i") in found


def test_a_time_phrase_between_object_and_verb_still_makes_the_object_a_clause_subject():
    (s,) = statements("""
Figures 2 nsubj NOUN figure
show 0 root VERB show
migrants 2 obj NOUN migrant
last 5 amod ADJ
year 6 obl:tmod NOUN year
drove 2 parataxis VERB drive
claims 6 obj NOUN
up 6 advmod ADV
. 2 punct PUNCT
""")
    assert s.content.text == "migrants last year drove claims up"


def test_an_object_with_a_relative_clause_is_no_bare_clause():
    stmts = statements("""
Kim 2 nsubj PROPN PERSON
conceded 0 root VERB concede
a 4 det DET
penalty 2 obj NOUN
which 8 obj PRON
the 7 det DET
referee 8 nsubj NOUN
awarded 4 acl:relcl VERB award
. 2 punct PUNCT
""")
    assert stmts == []


def test_who_stands_for_the_nearest_noun_for_people_not_a_time_phrase():
    # "proposed it to EU leaders at the end of last year, who invited her": "who" hung on "end"
    stmts = statements("""
Mogherini 2 nsubj PROPN PERSON
proposed 0 root VERB propose
it 2 obj PRON
to 6 case ADP
EU 6 compound PROPN ORG
leaders 2 obl NOUN leader
at 9 case ADP
the 9 det DET
end 2 obl NOUN
of 12 case ADP
last 12 amod ADJ
year 9 nmod NOUN year
, 15 punct PUNCT
who 15 nsubj PRON
invited 9 acl:relcl VERB invite
her 15 obj PRON
to 18 mark PART
build 15 xcomp VERB build
. 2 punct PUNCT
""")
    invited = next(s for s in stmts if s.lemma == "invite")
    assert invited.speaker.span.text == "EU leaders"


def test_who_after_a_comma_stands_for_the_name_before_it():
    stmts = statements("""
He 2 nsubj PRON
met 0 root VERB meet
Devocht 2 obj PROPN PERSON
, 7 punct PUNCT
who 7 nsubj PRON
had 7 aux AUX
told 2 advcl:relcl VERB tell
him 7 iobj PRON
he 11 nsubj PRON
would 11 aux AUX
help 7 ccomp VERB help
. 2 punct PUNCT
""")
    (s,) = stmts
    assert s.speaker.span.text == "Devocht"


def test_content_before_the_speaker_across_a_sentence_break_at_the_comma():
    # the segmenter began a new sentence at ", Capt. Jeff Davis said today."
    (s,) = statements("""
Iraqi 2 amod ADJ NORP
forces 3 nsubj NOUN force
held 0 root VERB hold
their 5 nmod:poss PRON
positions 3 obj NOUN
near 7 case ADP
Mosul 3 obl PROPN GPE
, 12 punct PUNCT
Capt. 10 compound PROPN
Jeff 12 nsubj PROPN PERSON
Davis 10 flat PROPN PERSON
said 0 root VERB say
today 12 obl:tmod NOUN
. 12 punct PUNCT
""")
    assert (
        s.content.text == "Iraqi forces held their positions near Mosul"
        and s.speaker.name.text == "Jeff Davis"
    )


def test_mixed_content_keeps_the_whole_quotation_it_opens():
    from claimledger.extract.statements import classify
    from claimledger.records import Span as TextSpan

    text = 'She said it was "damning that it is not done already [...] including for Albania" after all.'
    cut = text.index("[...]") + 5  # where a sentence segmenter broke the sentence
    start = text.index("it was")
    kind, content = classify(TextSpan(text[start:cut], start, cut), find_quotes(text), text)
    assert kind == "mixed"
    assert content.text == 'it was "damning that it is not done already [...] including for Albania"'


def test_a_quotation_after_a_colon_is_the_words_of_the_sentence_subject():
    found = statements("""
Roberto 2 compound PROPN PERSON
Maroni 3 nsubj PROPN PERSON
said 0 root VERB say
taxes 5 nsubj NOUN tax
mattered 3 ccomp VERB matter
. 3 punct PUNCT
Nunzio 8 compound PROPN PERSON
Galantino 10 nsubj PROPN PERSON
has 10 aux AUX have
called 0 root VERB call
the 12 det DET
ruling 10 obj NOUN ruling
: 10 punct PUNCT
“ 17 punct PUNCT
We 17 nsubj PRON
will 17 aux AUX
face 0 root VERB face
a 20 det DET
dangerous 20 amod ADJ
sentence 17 obj NOUN
today 17 advmod ADV
. 17 punct PUNCT
” 17 punct PUNCT
""")
    assert [(s.speaker.span.text, s.kind, s.content.text) for s in found] == [
        ("Roberto Maroni", "indirect", "taxes mattered"),
        ("Nunzio Galantino", "direct", "We will face a dangerous sentence today."),
    ]


def test_a_clause_interrupted_by_its_inverted_cue_is_two_segments_of_one_statement():
    found = statements("""
Institutional 2 amod ADJ
recipients 4 nsubj NOUN recipient
, 4 punct PUNCT
said 8 parataxis VERB say
Mauer 4 obj PROPN PERSON
, 4 punct PUNCT
are 8 aux:pass AUX be
required 0 root VERB require
to 10 mark PART
exhibit 8 xcomp VERB exhibit
photographs 10 obj NOUN photograph
. 8 punct PUNCT
""")
    first, second = found
    assert (first.speaker.span.text, first.content.text) == ("Mauer", "Institutional recipients")
    assert (second.speaker.span.text, second.content.text) == ("Mauer", "are required to exhibit photographs")
    assert first.cue == second.cue and second.part_of == first.content.start


# "The strike, officials said, killed 12 civilians.": the cue between commas hangs as parataxis
# on the reported clause's subject (head 2) or on its verb (head 7); both parses occur.
@pytest.mark.parametrize("cue_head", [2, 7])
def test_a_clause_interrupted_by_subject_and_cue_is_two_segments_of_one_statement(cue_head):
    found = statements(f"""
The 2 det DET
strike 7 nsubj NOUN
, 5 punct PUNCT
officials 5 nsubj NOUN official
said {cue_head} parataxis VERB say
, 5 punct PUNCT
killed 0 root VERB kill
12 9 nummod NUM
civilians 7 obj NOUN civilian
. 7 punct PUNCT
""")
    first, second = found
    assert [(s.speaker.span.text, s.cue.text, s.content.text) for s in found] == [
        ("officials", "said", "The strike"),
        ("officials", "said", "killed 12 civilians"),
    ]
    assert second.part_of == first.content.start


def test_an_according_to_phrase_after_the_subject_splits_the_clause_in_two_segments():
    found = statements("""
Russian 2 amod ADJ NORP
forces 9 nsubj NOUN force
, 7 punct PUNCT
according 7 case VERB accord
to 4 fixed ADP
the 7 det DET
ministry 2 nmod NOUN
, 2 punct PUNCT
lost 0 root VERB lose
300 11 nummod NUM
soldiers 9 obj NOUN soldier
. 9 punct PUNCT
""")
    first, second = found
    assert [(s.speaker.span.text, s.cue.text, s.content.text) for s in found] == [
        ("the ministry", "according to", "Russian forces"),
        ("the ministry", "according to", "lost 300 soldiers"),
    ]
    assert second.part_of == first.content.start


def test_an_including_phrase_after_the_object_belongs_to_the_content():
    found = statements("""
The 3 det DET
United 3 compound PROPN GPE
States 4 nsubj PROPN GPE
condemns 0 root VERB condemn
the 6 det DET
attacks 4 obj NOUN attack
in 8 case ADP
Iraq 6 nmod PROPN GPE
today 4 obl:unmarked NOUN today
, 12 punct PUNCT
including 12 case VERB include
one 4 obl NUM
in 14 case ADP
Baghdad 12 nmod PROPN GPE
. 4 punct PUNCT
""")
    assert [s.content.text for s in found] == ["the attacks in Iraq today, including one in Baghdad"]


@pytest.mark.parametrize(
    ("preposition", "content"),
    [
        ("for", "his support for security"),  # completes the noun, wherever the parser hung it
        ("to", "his support"),  # the recipient of "reaffirmed ... to" is the verb's
    ],
)
def test_a_prepositional_phrase_right_after_a_noun_object(preposition, content):
    found = statements(f"""
Austin 2 nsubj PROPN PERSON
reaffirmed 0 root VERB reaffirm
his 4 nmod:poss PRON
support 2 obj NOUN
{preposition} 6 case ADP
security 2 obl NOUN
. 2 punct PUNCT
""")
    assert [s.content.text for s in found] == [content]


def test_according_to_an_outlet_before_a_speaker_and_cue_is_the_channel():
    found = statements("""
According 4 case VERB accord
to 1 fixed ADP
the 4 det DET
Herald 7 obl PROPN ORG
, 4 punct PUNCT
Burrows 7 nsubj PROPN PERSON
said 0 root VERB say
flags 9 nsubj NOUN flag
mattered 7 ccomp VERB matter
. 7 punct PUNCT
""")
    assert [(s.speaker.span.text, s.via and s.via.span.text, s.content.text) for s in found] == [
        ("Burrows", "the Herald", "flags mattered")
    ]


def test_inverted_organisation_title_and_name_is_the_person():
    (s,) = statements("""
“ 3 punct PUNCT
Talks 3 nsubj NOUN talk
failed 0 root VERB fail
, 3 punct PUNCT
” 3 punct PUNCT
said 3 parataxis VERB say
Pentagon 8 compound PROPN ORG
spokesman 9 nmod:desc NOUN
Brent 10 compound PROPN PERSON
Colburn 6 obj PROPN PERSON
. 3 punct PUNCT
""")
    assert s.content.text == "Talks failed"
    assert (
        s.speaker.span.text == "Pentagon spokesman Brent Colburn" and s.speaker.name.text == "Brent Colburn"
    )


def test_inverted_lone_name_taken_for_a_place_is_the_speaker():
    # the NER labelled "Colburn" a place and the parser made the quotation's noun the subject
    (s,) = statements("""
“ 4 punct PUNCT
Russia 3 nmod:poss PROPN GPE
actions 7 nsubj NOUN action
matter 3 acl VERB
, 3 punct PUNCT
” 3 punct PUNCT
said 0 root VERB say
Colburn 7 nsubj PROPN GPE
. 7 punct PUNCT
""")
    assert s.content.text == "Russia actions matter" and s.speaker.span.text == "Colburn"


def test_titled_name_between_quotation_and_cue_whatever_the_parse():
    # "press" tagged as a verb, "told" hung on the quotation's verb as a conjunct
    (s,) = statements("""
“ 3 punct PUNCT
We 3 nsubj PRON
struck 0 root VERB strike
, 3 punct PUNCT
” 3 punct PUNCT
Pentagon 7 nsubj PROPN ORG
press 3 parataxis VERB
secretary 9 nmod:desc NOUN
John 7 obj PROPN PERSON
Kirby 9 flat PROPN PERSON
told 3 conj VERB tell
reporters 11 iobj NOUN reporter
. 3 punct PUNCT
""")
    assert (s.kind, s.content.text) == ("direct", "We struck")
    assert (
        s.speaker.span.text == "Pentagon press secretary John Kirby" and s.speaker.name.text == "John Kirby"
    )


def test_titled_name_before_cue_after_a_clause_whatever_the_parse():
    (s,) = statements("""
The 3 det DET
United 3 amod ADJ GPE
States 5 nsubj PROPN GPE
may 5 aux AUX
send 14 ccomp VERB
advisers 5 obj NOUN adviser
to 8 case ADP
Kyiv 5 obl PROPN GPE
, 10 punct PUNCT
Pentagon 10 compound PROPN ORG
spokesperson 8 conj NOUN
Pat 10 appos PROPN PERSON
Ryder 12 flat PROPN PERSON
told 0 root VERB tell
VOA 14 iobj PROPN ORG
. 14 punct PUNCT
""")
    assert s.content.text == "The United States may send advisers to Kyiv"
    assert s.speaker.name.text == "Pat Ryder"


def test_dateline_parsed_as_subject_is_not_the_speaker():
    (s,) = statements("""
WASHINGTON 6 nsubj PROPN GPE
— 1 punct PUNCT
Kurdish 4 amod ADJ NORP
troops 1 appos NOUN troop
now 6 advmod ADV
say 0 root VERB say
they 8 nsubj PRON
advance 6 ccomp VERB advance
. 6 punct PUNCT
""")
    assert s.content.text == "they advance" and s.speaker.span.text == "Kurdish troops"


def test_as_clause_cue_with_its_own_complement_reports_that_complement():
    (s,) = statements("""
The 2 det DET
Senate 3 nsubj PROPN ORG
passed 0 root VERB pass
a 6 det DET
aid 6 compound NOUN
bill 3 obj NOUN
, 10 punct PUNCT
as 10 mark SCONJ
Ukraine 10 nsubj PROPN GPE
said 3 advcl VERB say
shortages 13 nsubj NOUN shortage
were 13 aux AUX be
hurting 10 ccomp VERB hurt
it 13 obj PRON
. 3 punct PUNCT
""")
    assert s.content.text == "shortages were hurting it" and s.speaker.span.text == "Ukraine"


def test_participle_inside_a_noun_phrase_is_not_a_cue():
    found = statements("""
It 2 nsubj PRON
holds 0 root VERB hold
thousands 2 obj NOUN thousand
of 7 case ADP
alleged 7 amod VERB allege
Islamic 7 compound PROPN ORG
members 3 nmod NOUN member
. 2 punct PUNCT
""")
    assert found == []


def test_organisation_subject_with_a_person_in_apposition_names_the_person():
    # "The Combined Joint Task Force – Inherent Resolve Commander, Lt. Gen. Stephen J. Townsend,
    # said that ...": the parser hangs the commander's name on the organisation, which the NER
    # tags ORG; the speaker is the person named in apposition, not the organisation.
    (s,) = statements("""
The 5 det DET
Combined 5 amod ADJ ORG
Joint 4 amod ADJ ORG
Task 5 compound PROPN ORG
Force 17 nsubj PROPN ORG
– 9 punct PUNCT
Inherent 8 compound PROPN
Resolve 9 compound PROPN
Commander 5 appos PROPN
, 13 punct PUNCT
Lt. 13 compound PROPN
Gen. 13 compound PROPN
Stephen 5 appos PROPN PERSON
J. 13 flat PROPN PERSON
Townsend 13 flat PROPN PERSON
, 5 punct PUNCT
said 0 root VERB say
that 21 mark SCONJ
the 20 det DET
operation 21 nsubj NOUN
began 17 ccomp VERB begin
. 17 punct PUNCT
""")
    assert s.speaker.name.text == "Stephen J. Townsend"


def test_person_entity_ending_in_a_title_is_the_description_of_the_appositive_name():
    # the same with the NER's PERSON span over "Inherent Resolve Commander" and a parser that
    # makes that span the subject, the name its appositive
    (s,) = statements("""
The 5 det DET
Combined 5 amod ADJ ORG
Joint 5 amod ADJ ORG
Task 5 compound PROPN ORG
Force 7 compound PROPN ORG
– 5 punct PUNCT
Inherent 17 nsubj PROPN PERSON
Resolve 7 flat PROPN PERSON
Commander 7 flat PROPN PERSON
, 13 punct PUNCT
Lt. 12 compound PROPN
Gen. 13 nmod:desc PROPN
Stephen 7 appos PROPN PERSON
J. 13 flat PROPN PERSON
Townsend 13 flat PROPN PERSON
, 7 punct PUNCT
said 0 root VERB say
that 21 mark SCONJ
the 20 det DET
operation 21 nsubj NOUN
began 17 ccomp VERB begin
. 17 punct PUNCT
""")
    assert s.speaker.name.text == "Stephen J. Townsend"


@pytest.mark.parametrize("host", ["region", "governor"])
def test_name_in_apposition_to_the_last_noun_of_an_of_phrase(host):
    # "the president of the Lombardy region, Roberto Maroni, said ...": the parser hangs the
    # name on 'region', the last noun of the subject's 'of' phrase; a region names nobody, so
    # the name is the president's. A person noun there keeps its appositive ("the aide of the
    # governor, Roberto Maroni," is the governor).
    (s,) = statements(f"""
the 2 det DET
president 11 nsubj NOUN
of 5 case ADP
the 5 det DET
{host} 2 nmod NOUN
, 7 punct PUNCT
Roberto 5 appos PROPN PERSON
Maroni 7 flat PROPN PERSON
, 2 punct PUNCT
has 11 aux AUX
said 0 root VERB say
taxes 15 nsubj NOUN tax
are 15 cop AUX be
too 15 advmod ADV
high 11 ccomp ADJ
. 11 punct PUNCT
""")
    if host == "region":
        assert s.speaker.name.text == "Roberto Maroni"
    else:
        assert s.speaker.name is None or s.speaker.name.text != "Roberto Maroni"


def test_content_clause_the_parser_split_off_as_a_sentence_of_its_own():
    # "told VOA | Thursday there is ...": two roots, no punctuation between them
    (s,) = statements("""
An 2 det DET
official 3 nsubj NOUN
told 0 root VERB tell
VOA 3 iobj PROPN ORG
Thursday 7 mark PROPN DATE
there 7 expl PRON
is 0 root VERB be
a 10 det DET
heightened 10 amod ADJ
urgency 7 nsubj NOUN
for 12 case ADP
training 7 obl NOUN
, 16 punct PUNCT
as 16 mark SCONJ
troops 16 nsubj NOUN troop
arrived 7 advcl VERB arrive
. 7 punct PUNCT
""")
    assert s.cue.text == "told" and s.speaker.span.text == "An official"
    assert s.content.text == "there is a heightened urgency for training"


def test_cue_sentence_ended_by_punctuation_takes_no_next_sentence():
    assert not statements("""
An 2 det DET
official 3 nsubj NOUN
told 0 root VERB tell
VOA 3 iobj PROPN ORG
. 3 punct PUNCT
There 7 expl PRON
is 0 root VERB be
a 9 det DET
plan 7 nsubj NOUN
. 7 punct PUNCT
""")


def test_quotation_opening_a_longer_clause_is_not_the_whole_content():
    (s,) = statements("""
Cooper 2 nsubj PROPN PERSON
told 0 root VERB tell
VOA 2 iobj PROPN ORG
that 10 mark SCONJ
“ 10 punct PUNCT
it 10 nsubj PRON
is 10 cop AUX
a 10 det DET
different 10 amod ADJ
ballgame 2 ccomp NOUN
” 10 punct PUNCT
in 13 case ADP
terms 10 nmod NOUN
of 15 case ADP
skills 13 nmod NOUN
. 2 punct PUNCT
""")
    assert s.kind == "mixed"
    assert s.content.text == "“it is a different ballgame” in terms of skills"


def test_title_subject_ending_in_a_name_parsed_as_a_conjunct_names_the_person():
    # "Secretary of Defense for Russia, Ukraine and Eurasia Laura Cooper told": the parser
    # took the name for a third conjunct of "Russia"
    (s,) = statements("""
Assistant 2 compound PROPN
Secretary 13 nsubj PROPN
of 4 case ADP
Defense 2 nmod PROPN ORG
for 6 case ADP
Russia 4 nmod PROPN GPE
, 8 punct PUNCT
Ukraine 6 conj PROPN GPE
and 10 cc CCONJ
Eurasia 6 conj PROPN
Laura 6 conj PROPN PERSON
Cooper 11 flat PROPN PERSON
told 0 root VERB tell
VOA 13 iobj PROPN ORG
that 18 mark SCONJ
troops 18 nsubj NOUN troop
will 18 aux AUX
train 13 ccomp VERB
. 13 punct PUNCT
""")
    assert (
        s.speaker.span.text == "Assistant Secretary of Defense for Russia, Ukraine and Eurasia Laura Cooper"
    )
    assert s.speaker.name.text == "Laura Cooper"


def test_speaker_before_a_participle_clause_parsed_as_its_subject():
    # "Two officials, speaking to VOA on condition of anonymity, said ...": the parser made
    # "officials" the subject of "speaking" and left "said" without one
    (s,) = statements("""
Two 2 nummod NUM
officials 4 nsubj NOUN official
, 4 punct PUNCT
speaking 12 ccomp VERB speak
to 6 case ADP
VOA 4 obl PROPN ORG
on 8 case ADP
condition 4 obl NOUN
of 10 case ADP
anonymity 8 nmod NOUN
, 4 punct PUNCT
said 0 root VERB say
advisers 15 nsubj NOUN adviser
were 15 cop AUX be
few 12 ccomp ADJ
. 12 punct PUNCT
""")
    assert s.speaker.span.text == "Two officials"
    assert s.content.text == "advisers were few"


def test_speaker_with_a_participle_clause_hung_on_it_without_commas():
    # "Earlier, a coalition official speaking anonymously told VOA ...", as parsed
    (s,) = statements("""
Earlier 0 root ADV
, 5 punct PUNCT
an 4 det DET
official 1 parataxis NOUN official
speaking 4 acl VERB speak
anonymously 5 advmod ADV
told 1 parataxis VERB tell
VOA 7 iobj PROPN ORG
that 11 mark SCONJ
aircraft 11 nsubj NOUN
responded 7 ccomp VERB respond
. 1 punct PUNCT
""")
    assert s.speaker.span.text == "an official"


def test_per_opening_a_sentence_attributes_like_according_to():
    # the parser made "Pentagon" the root, as it did on the real sentence
    (s,) = statements("""
Per 3 case ADP
the 3 det DET
Pentagon 0 root PROPN ORG
, 7 punct PUNCT
the 6 det DET
office 7 nsubj NOUN
performs 3 conj NOUN
missions 7 obj NOUN mission
. 3 punct PUNCT
""")
    assert (s.cue.text, s.lemma) == ("Per", "according to")
    assert s.speaker.span.text == "the Pentagon"
    assert s.content.text == "the office performs missions"


def test_per_as_a_rate_is_no_attribution():
    assert not statements("""
Prices 2 nsubj NOUN price
rose 0 root VERB rise
5 4 nummod NUM
percent 2 obl NOUN
per 6 case ADP
year 2 obl NOUN
. 2 punct PUNCT
""")


def test_being_first_to_report_is_not_a_statement():
    assert not statements("""
Politico 3 nsubj PROPN ORG
was 3 cop AUX
first 0 root ADV
to 5 mark PART
report 3 advcl VERB report
the 8 det DET
troop 8 compound NOUN
plan 5 obj NOUN
. 3 punct PUNCT
""")
    assert not statements("""
Politico 3 nsubj PROPN ORG
was 3 cop AUX
the 5 det DET
first 5 amod ADJ
outlet 0 root NOUN
to 7 mark PART
report 5 acl VERB report
the 9 det DET
plan 7 obj NOUN
. 5 punct PUNCT
""")


def test_possessor_of_a_nominal_cue_relays_the_source_in_its_from_phrase():
    (s,) = statements("""
Cooper 4 nsubj PROPN PERSON
would 4 aux AUX
not 4 advmod PART
confirm 0 root VERB confirm
VOA 7 nmod:poss PROPN ORG
’s 5 case PART
reporting 4 obj VERB report
from 10 case ADP
U.S. 10 compound PROPN GPE
officials 7 obl NOUN official
that 14 mark SCONJ
Washington 14 nsubj PROPN GPE
will 14 aux AUX
send 4 ccomp VERB send
missiles 14 obj NOUN missile
. 4 punct PUNCT
""")
    assert s.cue.text == "reporting"
    assert s.speaker.span.text == "U.S. officials"
    assert s.via is not None and s.via.span.text == "VOA"


def test_what_of_a_free_relative_is_not_part_of_the_speaker():
    (s,) = statements("""
following 0 root VERB follow
what 3 det DET
authorities 4 nsubj NOUN authority
described 1 ccomp VERB describe
as 7 case ADP
a 7 det DET
plot 4 obl NOUN
. 1 punct PUNCT
""")
    assert s.speaker.span.text == "authorities"


def test_cue_in_a_wh_infinitive_is_an_act_under_consideration():
    assert not statements("""
Officials 2 nsubj NOUN official
met 0 root VERB meet
to 4 mark PART
discuss 2 advcl VERB discuss
how 7 advmod ADV
to 7 mark PART
counter 4 ccomp VERB counter
what 9 nsubj PRON
is 9 cop AUX
seen 7 ccomp VERB see
. 2 punct PUNCT
""")


def test_press_release_header_attributes_the_quotation_after_it():
    # "(Attributable to Press Secretary John Kirby)" then the quoted release; NER saw only "John"
    (s,) = statements("""
( 2 punct PUNCT
Attributable 0 root ADJ
to 5 case ADP
Press 5 compound PROPN
Secretary 2 obl PROPN
John 0 root PROPN PERSON
Kirby 0 root PROPN
) 7 punct PUNCT
“ 13 punct PUNCT
U.S. 11 compound PROPN GPE
forces 13 nsubj NOUN force
earlier 13 advmod ADV
conducted 0 root VERB conduct
airstrikes 13 obj NOUN airstrike
in 16 case ADP
Syria 13 obl PROPN GPE
. 13 punct PUNCT
” 13 punct PUNCT
""")
    assert (s.kind, s.cue.text) == ("direct", "Attributable to")
    assert s.content.text == "U.S. forces earlier conducted airstrikes in Syria."
    assert s.speaker.name.text == "John Kirby"
    assert s.speaker.role.text == "Press Secretary"


@pytest.mark.parametrize(
    "closing",
    [
        # '"We won." Caughlin told ...': the full stop inside the marks
        ". 3 punct PUNCT\n” 3 punct PUNCT",
        # '"We won". Caughlin told ...': outside them, where it is no title word to walk past
        "” 3 punct PUNCT\n. 3 punct PUNCT",
    ],
    ids=["stop-inside-marks", "stop-after-marks"],
)
def test_quotation_ending_its_sentence_is_not_given_to_the_next_sentences_speaker(closing):
    """The full stop ends the quotation's sentence; the name and cue after it open a new
    sentence with content of their own."""
    found = statements(f"""
“ 3 punct PUNCT
We 3 nsubj PRON
won 0 root VERB win
{closing}
Caughlin 7 nsubj PROPN PERSON
told 0 root VERB tell
reporters 7 obj NOUN reporter
the 10 det DET
army 11 nsubj NOUN
left 7 ccomp VERB leave
. 7 punct PUNCT
""")
    by_content = {s.content.text: s for s in found}
    assert by_content["the army left"].speaker.span.text == "Caughlin"
    # all Caughlin says is that clause, none of the quotation
    assert [s.content.text for s in found if s.speaker and s.speaker.span.text == "Caughlin"] == [
        "the army left"
    ]


def test_a_body_named_after_a_rank_is_no_person():
    # "General" is a rank, but in "Ukraine's General Staff" no name follows it
    (s,) = statements("""
Ukraine 4 nmod:poss PROPN GPE
's 1 case PART
General 4 compound PROPN general
Staff 5 nsubj PROPN staff
said 0 root VERB say
forces 7 nsubj NOUN force
withdrew 5 ccomp VERB withdraw
. 5 punct PUNCT
""")
    assert (s.speaker.span.text, s.speaker.kind, s.speaker.name.text, s.speaker.role) == (
        "Ukraine's General Staff",
        "name",
        "General Staff",
        None,
    )


def test_a_cue_between_commas_after_a_fronted_adjunct_takes_the_clause_after_it():
    # "Also in the past 24 hours, Davis said, the coalition conducted five airstrikes."
    (s,) = statements("""
Also 6 advmod ADV
in 6 case ADP
the 6 det DET
past 6 amod ADJ
24 6 nummod NUM
hours 13 obl NOUN hour
, 9 punct PUNCT
Davis 9 nsubj PROPN PERSON
said 13 parataxis VERB say
, 9 punct PUNCT
the 12 det DET
coalition 13 nsubj NOUN coalition
conducted 0 root VERB conduct
strikes 13 obj NOUN strike
. 13 punct PUNCT
""")
    assert (s.speaker.span.text, s.content.text) == ("Davis", "the coalition conducted strikes")


def test_a_dateline_with_an_agency_in_brackets_is_not_part_of_the_first_segment():
    # "KYIV (Reuters) — The strike, officials said, killed 12 civilians."
    first, second = statements("""
KYIV 12 dep PROPN GPE
( 3 punct PUNCT
Reuters 1 appos PROPN ORG
) 3 punct PUNCT
— 1 punct PUNCT
The 7 det DET
strike 12 nsubj NOUN
, 10 punct PUNCT
officials 10 nsubj NOUN official
said 7 parataxis VERB say
, 10 punct PUNCT
killed 0 root VERB kill
12 14 nummod NUM
civilians 12 obj NOUN civilian
. 12 punct PUNCT
""")
    assert [s.content.text for s in (first, second)] == ["The strike", "killed 12 civilians"]


_COACH = """
According 4 case VERB according
to 1 fixed ADP
the 4 det DET
coach 11 obl NOUN
, 7 punct PUNCT
Alireza 7 compound PROPN PERSON
Mehraban 4 {dep} PROPN PERSON
, 11 punct PUNCT
the 10 det DET
team 11 nsubj NOUN
scored 0 root VERB score
. 11 punct PUNCT
"""


@pytest.mark.parametrize("dep", ["appos", "conj"])
def test_name_after_a_description_and_a_comma_names_it_as_appos_or_comma_conj(dep):
    # "According to the coach, Alireza Mehraban, the team scored.": UD says appos; a parser may
    # say conj, but a description and a name with nothing but a comma between them are no list
    (st,) = statements(_COACH.format(dep=dep))
    assert (st.speaker.name.text, st.content.text) == ("Alireza Mehraban", "the team scored")


@pytest.mark.parametrize(
    ("obj", "preposition", "content"),
    [
        ("escalation", "towards", "escalation towards calm"),  # "towards" completes a noun
        ("solidarity", "with", "solidarity with calm"),  # a relation noun takes its "with"
        ("proposal", "with", "proposal"),  # "discussed the proposal with X": the verb's "with"
    ],
)
def test_towards_and_with_after_a_noun_object(obj, preposition, content):
    found = statements(f"""
Austin 2 nsubj PROPN PERSON
urged 0 root VERB urge
{obj} 2 obj NOUN
{preposition} 5 case ADP
calm 2 obl NOUN
. 2 punct PUNCT
""")
    assert [s.content.text for s in found] == [content]


def test_a_cue_word_in_a_noun_compound_is_no_cue():
    # "nationalities whose claim acceptance rate is above 95%": "claim" tagged VERB, a compound
    found = statements("""
whose 4 nmod:poss PRON
claim 4 compound VERB
acceptance 4 compound NOUN
rate 6 nsubj NOUN
is 6 cop AUX be
high 0 root ADJ
. 6 punct PUNCT
""")
    assert found == []


def test_according_to_source_made_the_head_of_the_sentence_keeps_its_clause_apart():
    # "According to the ambassador, the team shows progress.": the parser made "ambassador"
    # the root and the reported clause ("team ... progress", no verb found) its appositive
    found = statements("""
According 4 case VERB accord
to 1 fixed ADP
the 4 det DET
ambassador 0 root NOUN
, 7 punct PUNCT
the 7 det DET
team 4 appos NOUN
shows 9 compound NOUN show
progress 7 nmod NOUN
. 4 punct PUNCT
""")
    assert [(s.speaker.span.text, s.content.text) for s in found] == [
        ("the ambassador", "the team shows progress")
    ]


def test_according_to_source_with_an_appositive_then_the_clause():
    # "According to Kuleba, the minister, the team shows progress."
    found = statements("""
According 3 case VERB accord
to 1 fixed ADP
Kuleba 0 root PROPN PERSON
, 6 punct PUNCT
the 6 det DET
minister 3 appos NOUN
, 9 punct PUNCT
the 9 det DET
team 3 appos NOUN
shows 11 compound NOUN show
progress 9 nmod NOUN
. 3 punct PUNCT
""")
    assert [s.content.text for s in found] == ["the team shows progress"]


@pytest.mark.parametrize(
    ("verb", "lemma", "content"),
    [
        ("announced", "announce", "training is urgent"),
        ("left", "leave", "training is urgent, as the Pentagon left"),
    ],
)
def test_content_ends_before_a_trailing_as_clause_that_reports(verb, lemma, content):
    # "An official told VOA training is urgent, as the Pentagon announced it.": the "as" clause
    # is a report of its own (not when its verb reports nothing)
    found = statements(f"""
An 2 det DET
official 3 nsubj NOUN
told 0 root VERB tell
VOA 3 iobj PROPN ORG
training 7 nsubj NOUN
is 7 cop AUX be
urgent 3 ccomp ADJ
, 12 punct PUNCT
as 12 mark SCONJ
the 11 det DET
Pentagon 12 nsubj PROPN ORG
{verb} 7 advcl VERB {lemma}
. 3 punct PUNCT
""")
    (told,) = [s for s in found if s.cue.text == "told"]
    assert told.content.text == content


@pytest.mark.parametrize("dep", ["xcomp", "advcl", "ccomp"])
def test_gerund_right_after_the_cue_is_its_content(dep):
    # "Russia has reported successfully repelling new attacks."
    found = statements(f"""
Russia 3 nsubj PROPN GPE
has 3 aux AUX have
reported 0 root VERB report
successfully 5 advmod ADV
repelling 3 {dep} VERB repel
new 7 amod ADJ
attacks 5 obj NOUN attack
. 3 punct PUNCT
""")
    assert [(s.speaker.span.text, s.content.text) for s in found] == [
        ("Russia", "successfully repelling new attacks")
    ]


_WITH_ABSOLUTE = """
Troops 2 nsubj NOUN troop
held 0 root VERB hold
1,000 4 nummod NUM
km 2 obj NOUN
, {comma_head} punct PUNCT
{word} 8 case ADP
800 8 nummod NUM
km {km_head} {km_dep} NOUN
under 10 case ADP
control 8 nmod NOUN
according 13 case VERB accord
to 11 fixed ADP
ISW {isw_head} {isw_dep} PROPN ORG
. 2 punct PUNCT
"""


@pytest.mark.parametrize(("isw_head", "isw_dep"), [(10, "nmod"), (2, "obl")])
def test_according_to_after_a_with_phrase_vouches_for_that_phrase(isw_head, isw_dep):
    # "Troops held 1,000 km, with 800 km under control according to ISW.": wherever the parser
    # hung "according to ISW" (on "control", or on the sentence's verb)
    rows = _WITH_ABSOLUTE.format(
        comma_head=8, word="with", km_head=2, km_dep="obl", isw_head=isw_head, isw_dep=isw_dep
    )
    (st,) = [s for s in statements(rows) if s.cue.text == "according to"]
    assert st.content.text == "800 km under control"


def test_according_to_after_another_phrase_is_not_narrowed():
    # "Troops held 1,000 km, of 800 km under control according to ISW." (no "with")
    rows = _WITH_ABSOLUTE.format(comma_head=8, word="of", km_head=4, km_dep="nmod", isw_head=2, isw_dep="obl")
    (st,) = [s for s in statements(rows) if s.cue.text == "according to"]
    assert st.content.text.startswith("Troops held")


_PROCESS = """
Officials 2 nsubj NOUN official
announced 0 root VERB announce
a 4 det DET
process 2 obj NOUN
to 6 mark PART
suggest 4 acl VERB
designs 6 obj NOUN
, 10 punct PUNCT
and 10 cc CCONJ
{verb} 2 conj VERB {lemma}
rules 10 obj NOUN
. 2 punct PUNCT
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "morph", "content"),
    [
        (
            "determine",
            "determine",
            "Tense=Pres|VerbForm=Fin",
            "a process to suggest designs, and determine rules",
        ),
        ("changed", "change", "Tense=Past|VerbForm=Fin", "a process to suggest designs"),
    ],
)
def test_bare_verb_conjoined_with_a_past_cue_continues_the_infinitive(verb, lemma, morph, content):
    # "Officials announced a process to suggest designs, and determine rules.": "determine"
    # cannot share "announced"'s tense; "and changed rules" can (a second act of the officials)
    doc = parse(_PROCESS.format(verb=verb, lemma=lemma))
    doc[1].set_morph("Tense=Past|VerbForm=Fin")
    doc[5].set_morph("VerbForm=Inf")
    doc[9].set_morph(morph)
    found = extract_statements(doc, find_quotes(doc.text))
    (st,) = [s for s in found if s.cue.text == "announced"]
    assert st.content.text == content


@pytest.mark.parametrize(("verb", "lemma", "found"), [("claimed", "claim", True), ("seen", "see", False)])
def test_a_report_in_a_reduced_relative_clause_with_its_agent(verb, lemma, found):
    # "X condemns the attacks, including one in Baghdad claimed by Daesh.": Daesh claimed it
    doc = parse(f"""
X 2 nsubj PROPN ORG
condemns 0 root VERB condemn
the 4 det DET
attacks 2 obj NOUN attack
, 7 punct PUNCT
including 7 case VERB include
one 4 nmod NUM
in 9 case ADP
Baghdad 7 nmod PROPN GPE
{verb} 7 acl VERB {lemma}
by 12 case ADP
Daesh 10 obl:agent PROPN ORG
. 2 punct PUNCT
""")
    doc[9].set_morph("Tense=Past|VerbForm=Part")
    reports = [
        (s.speaker.span.text, s.content.text)
        for s in extract_statements(doc, find_quotes(doc.text))
        if s.cue.text == verb
    ]
    assert reports == ([("Daesh", "one in Baghdad")] if found else [])


@pytest.mark.parametrize(
    ("verb", "lemma", "found"), [("urged", "urge", True), ("maintained", "maintain", False)]
)
def test_an_infinitive_after_the_object_is_content_only_for_cues_that_take_one(verb, lemma, found):
    # "ISIL urged its fighters to sow discord." / "ISIL maintained its campaign to sow discord."
    doc = parse(f"""
ISIL 2 nsubj PROPN ORG
{verb} 0 root VERB {lemma}
its 4 nmod:poss PRON
campaign 2 obj NOUN
to 6 mark PART
sow 2 advcl VERB sow
discord 6 obj NOUN
. 2 punct PUNCT
""")
    contents = [s.content.text for s in extract_statements(doc, find_quotes(doc.text))]
    assert contents == (["to sow discord"] if found else [])


def test_inverted_medial_attribution_with_the_comma_hung_on_the_name():
    # "Recipients, said Mauer, are required to exhibit photographs." (UD shape, comma on "Mauer")
    found = statements("""
Recipients 7 nsubj:pass NOUN recipient
, 3 punct PUNCT
said 7 parataxis VERB say
Mauer 3 nsubj PROPN PERSON
, 4 punct PUNCT
are 7 aux:pass AUX be
required 0 root VERB require
to 9 mark PART
exhibit 7 xcomp VERB exhibit
photographs 9 obj NOUN photograph
. 7 punct PUNCT
""")
    assert [(s.speaker.span.text, s.content.text) for s in found] == [
        ("Mauer", "Recipients"),
        ("Mauer", "are required to exhibit photographs"),
    ]


def test_inverted_name_after_a_title_the_parser_made_a_second_subject_heads_the_speaker():
    # '"We will win," said Maj. Gen. John Brennan.': 'Maj.' and 'John' both subjects of 'said'
    (s,) = statements("""
“ 4 punct PUNCT
We 4 nsubj PRON we
will 4 aux AUX
win 7 ccomp VERB
, 4 punct PUNCT
” 4 punct PUNCT
said 0 root VERB say
Maj. 7 nsubj PROPN
Gen. 10 nmod:desc PROPN
John 7 nsubj PROPN PERSON
Brennan 10 flat PROPN PERSON
. 7 punct PUNCT
""")
    assert s.content.text == "We will win"
    assert s.speaker.span.text == "Maj. Gen. John Brennan"
    assert s.speaker.name.text == "John Brennan"


def test_titled_name_hung_on_a_place_subject_before_the_cue_is_the_speaker():
    # "Iraqi forces held Mosul, the country's city, Pentagon press director Navy Capt. Jeff
    # Davis said today": the parser made 'city' the subject, the name its appositive
    (s,) = statements("""
Iraqi 2 amod ADJ NORP
forces 3 nsubj NOUN force
held 18 ccomp VERB hold
Mosul 3 obj PROPN GPE
, 9 punct PUNCT
the 7 det DET
country 9 nmod:poss NOUN
’s 7 case PART
city 18 nsubj NOUN
, 14 punct PUNCT
Pentagon 13 compound PROPN ORG
press 13 compound NOUN
director 14 compound NOUN
Navy 9 appos PROPN
Capt. 14 flat PROPN
Jeff 9 appos PROPN PERSON
Davis 16 flat PROPN PERSON
said 0 root VERB say
today 18 obl:unmarked NOUN
. 18 punct PUNCT
""")
    assert s.speaker.name.text == "Jeff Davis"
    assert s.speaker.span.text == "Pentagon press director Navy Capt. Jeff Davis"


def test_role_after_a_name_parsed_as_a_conjunct_without_conjunction_is_its_apposition():
    # '"We hold it," said Farhad Shami, head of the center.': 'head' a conj of the name, no cc
    (s,) = statements("""
“ 3 punct PUNCT
We 3 nsubj PRON we
hold 7 ccomp VERB
it 3 obj PRON
, 3 punct PUNCT
” 3 punct PUNCT
said 0 root VERB say
Farhad 7 nsubj PROPN PERSON
Shami 8 flat PROPN PERSON
, 11 punct PUNCT
head 8 conj NOUN
of 14 case ADP
the 14 det DET
center 11 nmod NOUN
. 7 punct PUNCT
""")
    assert s.speaker.name.text == "Farhad Shami"
    assert s.speaker.role.text == "head of the center"


def test_first_name_tagged_as_a_verb_before_a_surname_is_part_of_the_preverbal_speaker():
    # '“It was worse,” Khaled Al-Maeena, editor at the Gazette, said.': 'Khaled' VERB and the
    # head of the words before the cue, which has no subject
    (s,) = statements("""
“ 4 punct PUNCT
It 4 nsubj PRON it
was 4 cop AUX be
worse 15 ccomp ADJ
, 4 punct PUNCT
” 4 punct PUNCT
Khaled 15 ccomp VERB khale
Al-Maeena 7 nsubj:pass PROPN ORG
, 10 punct PUNCT
editor 7 conj NOUN
at 13 case ADP
the 13 det DET
Gazette 10 nmod PROPN ORG
, 7 punct PUNCT
said 0 root VERB say
. 15 punct PUNCT
""")
    assert s.content.text == "It was worse"
    assert s.speaker is not None and s.speaker.span.text == "Khaled Al-Maeena"


def test_subject_the_parser_gave_a_to_infinitive_before_the_cue_is_the_cues():
    # "Figures to be published today show that 45,756 migrants crossed": 'Figures' parsed as
    # the passive subject of 'published', an advcl of 'show'; a to-infinitive has no subject
    (s,) = statements("""
Figures 4 nsubj:pass NOUN figure
to 4 mark PART
be 4 aux:pass AUX
published 6 advcl VERB publish
today 4 obl:unmarked NOUN
show 0 root VERB show
that 10 mark SCONJ
45,756 9 nummod NUM
migrants 10 nsubj NOUN migrant
crossed 6 ccomp VERB cross
. 6 punct PUNCT
""")
    assert s.content.text == "45,756 migrants crossed"
    assert s.speaker is not None and s.speaker.span.text == "Figures to be published today"


def test_for_to_infinitive_keeps_its_subject():
    # "For talks to resume, officials must agree that ...": 'talks' is the infinitive's own
    # subject, not the speaker
    (s,) = statements("""
For 4 mark SCONJ
talks 4 nsubj NOUN talk
to 4 mark PART
resume 8 advcl VERB resume
, 4 punct PUNCT
officials 8 nsubj NOUN official
must 8 aux AUX
agree 0 root VERB agree
that 11 mark SCONJ
troops 11 nsubj NOUN troop
withdraw 8 ccomp VERB withdraw
. 8 punct PUNCT
""")
    assert s.speaker is not None and s.speaker.span.text == "officials"


@pytest.mark.parametrize("before", ["from", "apart from"])
def test_cue_after_from_is_an_act_kept_from_happening(before):
    # "The law bans migrants from claiming that they are minors": no claim was made;
    # "apart from claiming that ..." reports one
    words = before.split()
    rows = "\n".join(
        [
            "The 2 det DET",
            "law 3 nsubj NOUN law",
            "bans 0 root VERB ban",
            "migrants 3 obj NOUN migrant",
        ]
        + [f"{w} {5 + len(words)} mark SCONJ" for w in words]
        + [
            "claiming 3 advcl VERB claim",
            f"that {9 + len(words)} mark SCONJ",
            f"they {9 + len(words)} nsubj PRON they",
            f"are {9 + len(words)} cop AUX be",
            f"minors {5 + len(words)} ccomp NOUN minor",
            ". 3 punct PUNCT",
        ]
    )
    found = statements(rows)
    assert len(found) == (0 if before == "from" else 1)


def test_noun_of_a_quotation_before_the_cue_is_no_speaker():
    # '“The strikes hit depots,” Col. Joe Buccino, the officer, said.': the parser made
    # 'strikes' the subject of 'said' and the quotation's verb its modifier
    (s,) = statements("""
“ 3 punct PUNCT
The 3 det DET
strikes 15 nsubj NOUN strike
hit 3 acl VERB hit
depots 4 obj NOUN depot
, 10 punct PUNCT
” 10 punct PUNCT
Col. 10 nmod:desc PROPN
Joe 10 compound PROPN PERSON
Buccino 3 appos PROPN PERSON
, 13 punct PUNCT
the 13 det DET
officer 10 appos NOUN officer
, 15 punct PUNCT
said 0 root VERB say
. 15 punct PUNCT
""")
    assert s.content.text == "The strikes hit depots"
    assert s.speaker is not None and s.speaker.span.text == "Col. Joe Buccino"
    assert s.speaker.name.text == "Joe Buccino"


def test_cue_with_an_object_hung_inside_a_noun_root_takes_the_root_as_speaker():
    # "Ukrainian servicemen who fought in the offensive described the operation as a shock.":
    # the parser made 'servicemen' the root and 'described' an acl of 'offensive'
    (s,) = statements("""
Ukrainian 2 amod ADJ NORP
servicemen 0 root NOUN serviceman
who 4 nsubj PRON who
fought 2 acl:relcl VERB fight
in 7 case ADP
the 7 det DET
offensive 4 obl NOUN offensive
described 7 acl VERB describe
the 10 det DET
operation 8 obj NOUN operation
as 13 case ADP
a 13 det DET
shock 8 obl NOUN shock
. 2 punct PUNCT
""")
    assert s.speaker is not None
    assert s.speaker.span.text == "Ukrainian servicemen who fought in the offensive"


@pytest.mark.parametrize(
    ("morph", "content"),
    [
        ("Mood=Ind|Tense=Past|VerbForm=Fin", "only a quarter of citizens favoured changing the flag"),
        ("Tense=Past|VerbForm=Part", None),
    ],
)
def test_finite_verb_hung_on_the_object_is_the_content_predicate(morph, content):
    # "A recent poll found only a quarter of citizens favoured changing the flag.": the parser
    # hangs 'favoured' on 'quarter' as a modifier; a finite verb is no reduced relative, so the
    # object is the subject of the reported clause. A participle ("citizens favoured [by] ...")
    # would be a modifier: "found" with an object and no clause is no report.
    doc = parse("""
A 3 det DET
recent 3 amod ADJ
poll 4 nsubj NOUN
found 0 root VERB find
only 7 advmod ADV
a 7 det DET
quarter 4 obj NOUN
of 9 case ADP
citizens 7 nmod NOUN citizen
favoured 7 acl VERB favour
changing 10 xcomp VERB change
the 13 det DET
flag 11 obj NOUN
. 4 punct PUNCT
""")
    doc[3].set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
    doc[9].set_morph(morph)
    found = extract_statements(doc, find_quotes(doc.text))
    assert [s.content.text for s in found] == ([content] if content else [])


@pytest.mark.parametrize(("prep", "content"), [("via", "donations"), ("for", "donations for a statement")])
def test_via_phrase_hung_on_an_object_content_is_the_medium_not_the_content(prep, content):
    (s,) = statements(f"""
Rathbun 2 nsubj PROPN PERSON
requested 0 root VERB request
donations 2 obj NOUN donation
{prep} 6 case ADP
a 6 det DET
statement 3 nmod NOUN
. 2 punct PUNCT
""")
    assert s.cue.text == "requested"
    assert s.content.text == content


@pytest.mark.parametrize(("head", "content"), [(3, "one in Baghdad"), (6, "one in Baghdad")])
def test_participle_after_an_including_phrase_reports_the_included_noun(head, content):
    # "condemns attacks, including one in Baghdad claimed by Daesh": "claimed" hung on "attacks"
    # (head 3) or on "one" (head 6)
    doc = parse(f"""
US 2 nsubj PROPN GPE
condemns 0 root VERB condemn
attacks 2 obj NOUN attack
, 6 punct PUNCT
including 6 case VERB including
one 3 nmod NUM
in 8 case ADP
Baghdad 6 nmod PROPN GPE
claimed {head} acl VERB claim
by 11 case ADP
Daesh 9 obl:agent PROPN ORG
. 2 punct PUNCT
""")
    doc[8].set_morph("Tense=Past|VerbForm=Part")
    claimed = [s for s in extract_statements(doc, find_quotes(doc.text)) if s.cue.text == "claimed"]
    assert [(s.content.text, s.speaker.span.text) for s in claimed] == [(content, "Daesh")]


def test_participle_after_a_plain_modifier_reports_the_head_noun():
    doc = parse("""
US 2 nsubj PROPN GPE
condemns 0 root VERB condemn
attacks 2 obj NOUN attack
in 5 case ADP
Baghdad 3 nmod PROPN GPE
claimed 3 acl VERB claim
by 8 case ADP
Daesh 6 obl:agent PROPN ORG
. 2 punct PUNCT
""")
    doc[5].set_morph("Tense=Past|VerbForm=Part")
    claimed = [s for s in extract_statements(doc, find_quotes(doc.text)) if s.cue.text == "claimed"]
    assert [s.content.text for s in claimed] == ["attacks in Baghdad"]


def test_plural_noun_taken_for_a_finite_verb_heading_the_subject_is_the_speaker():
    # "Figures to be published today show migrants drove claims over 150,000": in its article
    # core7 tags 'Figures' a present verb, the clausal subject of 'show' with the infinitive its
    # xcomp
    rows = """
Figures 6 csubj VERB figure
to 4 mark PART
be 4 aux:pass AUX
published 1 xcomp VERB publish
today 4 obl:unmarked NOUN
show 0 root VERB show
migrants 8 nsubj NOUN migrant
drove 6 ccomp VERB drive
claims 8 obj NOUN claim
. 6 punct PUNCT
"""
    doc = parse(rows)
    doc[0].set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    (s,) = extract_statements(doc, find_quotes(doc.text))
    assert (s.cue.text, s.speaker.span.text, s.content.text) == (
        "show",
        "Figures to be published today",
        "migrants drove claims",
    )
    # a verb in "-ing" heading a subject clause stays a clause: "Fighting shows ..." names no one
    gerund = parse(rows.replace("Figures 6 csubj VERB figure", "Fighting 6 csubj VERB fight"))
    gerund[0].set_morph("VerbForm=Ger")
    assert all(st.speaker is None for st in extract_statements(gerund, find_quotes(gerund.text)))


@pytest.mark.parametrize("conjunct", [False, True])
def test_cue_in_the_infinitive_of_a_passive_request_reports_nothing(conjunct):
    # "People were encouraged to suggest what the flag should mean", also with the cue the
    # conjunct of the infinitive ("to submit designs and suggest what ...", core7)
    rows = """
People 3 nsubj:pass NOUN person
were 3 aux:pass AUX be
encouraged 0 root VERB encourage
to 5 mark PART
submit 3 xcomp VERB submit
designs 5 obj NOUN design
and 8 cc CCONJ
suggest 5 conj VERB suggest
what 12 obj PRON
the 11 det DET
flag 12 nsubj NOUN flag
should 12 aux AUX
mean 8 ccomp VERB mean
. 3 punct PUNCT
"""
    if not conjunct:
        rows = rows.replace("submit 3 xcomp VERB submit", "submit 3 advcl VERB submit")
        rows = rows.replace("suggest 5 conj VERB suggest", "suggest 3 xcomp VERB suggest")
    assert statements(rows) == []
    active = rows.replace("were 3 aux:pass AUX be", "were 3 aux AUX be")  # "People were ... suggesting"
    assert len(statements(active)) == 1


def test_deny_with_a_recipient_and_a_thing_not_given_is_a_refusal():
    # "The team had been denied visas, the President took action" with the next clause hung on
    # "denied" as its ccomp (core7, in an article whose sentences ran together)
    rows = """
The 2 det DET
team 5 nsubj:pass NOUN team
had 5 aux AUX have
been 5 aux:pass AUX be
denied 0 root VERB deny
visas 5 obj NOUN visa
, 10 punct PUNCT
the 9 det DET
President 10 nsubj PROPN
took 5 ccomp VERB take
action 10 obj NOUN action
. 5 punct PUNCT
"""
    assert statements(rows) == []
    # a report denied keeps its statement: "The ministry denied reports the President took action"
    active = (
        rows.replace(
            "The 2 det DET\nteam 5 nsubj:pass NOUN team", "The 2 det DET\nministry 5 nsubj NOUN ministry"
        )
        .replace("had 5 aux AUX have\nbeen 5 aux:pass AUX be", "has 5 aux AUX have\nnow 5 advmod ADV")
        .replace("visas 5 obj NOUN visa", "reports 5 obj NOUN report")
    )
    assert [s.lemma for s in statements(active)] == ["deny"]


def test_possessive_after_the_words_of_a_to_phrase_begins_the_object_after_the_addressee():
    # "Austin made clear to Minister Gallant his ironclad support for Israel" parsed as one "to"
    # phrase, 'Gallant' an adjective of 'support' (core7)
    rows = """
Austin 2 nsubj PROPN PERSON
made 0 root VERB make
clear 2 xcomp ADJ
to 9 case ADP
Minister 6 nmod:desc PROPN
Gallant 9 amod ADJ
his 9 nmod:poss PRON
ironclad 9 amod ADJ
support 2 obl NOUN
for 11 case ADP
Israel 9 nmod PROPN GPE
. 2 punct PUNCT
"""
    (s,) = statements(rows)
    assert (s.cue.text, s.content.text) == ("made clear", "his ironclad support for Israel")
    # a possessive right after "to" is the addressee's own: "made clear to his allies" has no object
    assert (
        statements("""
Austin 2 nsubj PROPN PERSON
made 0 root VERB make
clear 2 xcomp ADJ
to 7 case ADP
his 7 nmod:poss PRON
closest 7 amod ADJ
allies 2 obl NOUN
in 9 case ADP
Europe 7 nmod PROPN LOC
. 2 punct PUNCT
""")
        == []
    )


def test_pronoun_subject_of_a_cue_in_a_modifying_clause_is_the_main_subject_it_agrees_with():
    # "Scientology officials went to the station where they claimed Montalvo left"
    rows = """
Scientology 2 compound NOUN
officials 3 nsubj NOUN official
went 0 root VERB go
to 6 case ADP
the 6 det DET
station 3 obl NOUN station
where 9 advmod ADV
they 9 nsubj PRON
claimed 6 acl:relcl VERB claim
Montalvo 11 nsubj PROPN PERSON
left 9 ccomp VERB leave
. 3 punct PUNCT
"""
    (s,) = statements(rows)
    assert (s.speaker.span.text, s.content.text) == ("Scientology officials", "Montalvo left")
    singular = rows.replace("officials 3 nsubj NOUN official", "official 3 nsubj NOUN official")
    (s,) = statements(singular)
    assert s.speaker.span.text == "they"  # "they" is not one official
