"""Speaker resolution on hand-built parses."""

from __future__ import annotations

from claimledger.extract.mentions import named_mentions, sentence_index
from claimledger.extract.quotes import find_quotes
from claimledger.extract.statements import extract_statements
from claimledger.resolve.speakers import SpeakerResolver, title_author

from ..extract.docs import parse


def resolved(rows, title=None):
    """The resolved speaker of each statement, and the resolver that holds their entities."""
    doc = parse(rows)
    raw = extract_statements(doc, find_quotes(doc.text))
    resolver = SpeakerResolver(named_mentions(doc, sentence_index(doc)), title=title)
    return [resolver.speaker(s.speaker) if s.speaker else None for s in raw], resolver


def speakers(rows):
    return resolved(rows)[0]


PRONOUN_TWO_SENTENCES_AWAY = """
Spokesman 2 compound NOUN spokesman
Georgiy 3 compound PROPN PERSON
Tykhy 4 nsubj PROPN PERSON
spoke 0 root VERB speak
. 4 punct PUNCT
Talks 7 nsubj NOUN talk
resumed 0 root VERB resume
. 7 punct PUNCT
He 10 nsubj PRON
said 0 root VERB say
peace 12 nsubj NOUN
mattered 10 ccomp VERB matter
. 10 punct PUNCT
"""


def test_pronoun_two_sentences_away_resolves_to_the_full_name():
    (sp,) = speakers(PRONOUN_TWO_SENTENCES_AWAY)
    assert (sp.text, sp.name, sp.type, sp.anonymous) == ("He", "Georgiy Tykhy", "person", False)


def test_surname_later_resolves_to_the_fullest_form_with_role():
    found = speakers("""
Military 2 amod ADJ
analyst 4 compound NOUN
Mykola 4 compound PROPN PERSON
Bielieskov 5 nsubj PROPN PERSON
suggested 0 root VERB suggest
Russia 7 nsubj PROPN GPE
erred 5 ccomp VERB err
. 5 punct PUNCT
Bielieskov 10 nsubj PROPN PERSON
said 0 root VERB say
it 12 nsubj PRON
mattered 10 ccomp VERB matter
. 10 punct PUNCT
""")
    first, second = found
    assert first.name == second.name == "Mykola Bielieskov"
    assert first.role == "Military analyst" and second.role == "Military analyst"
    assert first.entity == second.entity


def test_anonymous_source_and_later_definite_description():
    found = speakers("""
A 4 det DET
Ukrainian 4 amod ADJ NORP
security 4 compound NOUN
official 5 nsubj NOUN official
said 0 root VERB say
goals 7 nsubj NOUN goal
changed 5 ccomp VERB change
. 5 punct PUNCT
The 10 det DET
official 11 nsubj NOUN official
noted 0 root VERB note
troops 13 nsubj NOUN troop
moved 11 ccomp VERB move
. 11 punct PUNCT
""")
    first, second = found
    assert first.anonymous and first.name == "Ukrainian security official" and first.type == "person"
    assert second.text == "The official" and second.name == first.name and second.entity == first.entity


def test_capital_as_speaker_is_the_state():
    (sp,) = speakers("""
Kyiv 2 nsubj PROPN GPE
said 0 root VERB say
talks 4 nsubj NOUN talk
failed 2 ccomp VERB fail
. 2 punct PUNCT
""")
    assert (sp.name, sp.type, sp.anonymous) == ("Ukraine", "organization", False)


def test_organisation_name_without_article():
    (sp,), resolver = resolved("""
The 4 det DET
Russian 4 amod ADJ ORG
Defence 4 compound PROPN ORG
Ministry 5 nsubj PROPN ORG
claimed 0 root VERB claim
attacks 7 nsubj NOUN attack
failed 5 ccomp VERB fail
. 5 punct PUNCT
""")
    assert (sp.name, sp.type) == ("Russian Defence Ministry", "organization")
    (entity,) = resolver.entities()
    assert entity.affiliation == "Russia"


def test_unnamed_group_is_anonymous():
    (sp,) = speakers("""
Ukrainian 2 amod ADJ NORP
servicemen 3 nsubj NOUN serviceman
described 0 root VERB describe
the 5 det DET
operation 3 obj NOUN
as 8 case ADP
a 8 det DET
shock 3 obl NOUN
. 3 punct PUNCT
""")
    assert (sp.name, sp.type, sp.anonymous) == ("Ukrainian servicemen", "group", True)


def test_titles_before_a_name_are_the_role_even_inside_an_entity():
    (sp,) = speakers("""
Secretary 7 nsubj PROPN PERSON
of 3 case ADP PERSON
State 1 nmod PROPN PERSON
Antony 1 flat PROPN PERSON
J. 1 flat PROPN PERSON
Blinken 1 flat PROPN PERSON
said 0 root VERB say
allies 9 nsubj NOUN ally
agreed 7 ccomp VERB agree
. 7 punct PUNCT
""")
    assert (sp.name, sp.role, sp.type) == ("Antony J. Blinken", "Secretary of State", "person")


def test_a_subject_split_by_the_parser_is_one_speaker():
    (sp,) = speakers("""
Foreign 2 compound PROPN
Ministry 3 compound PROPN
spokesman 6 nsubj NOUN spokesman
Georgiy 6 nsubj PROPN
Tykhy 4 flat PROPN
said 0 root VERB say
talks 8 nsubj NOUN talk
failed 6 ccomp VERB fail
. 6 punct PUNCT
""")
    assert (sp.text, sp.name, sp.role) == (
        "Foreign Ministry spokesman Georgiy Tykhy",
        "Georgiy Tykhy",
        "Foreign Ministry spokesman",
    )


def test_definite_title_resolves_to_a_person_named_earlier_with_that_role():
    """The person with the role need not have spoken yet: a readout names the Secretary first."""
    (sp,) = speakers("""
Secretary 3 compound PROPN
Antony 3 compound PROPN PERSON
Blinken 4 nsubj PROPN PERSON
spoke 0 root VERB speak
today 4 obl NOUN
. 4 punct PUNCT
The 8 det DET
Secretary 9 nsubj PROPN
emphasized 0 root VERB emphasize
that 13 mark SCONJ
allies 13 nsubj NOUN ally
are 13 cop AUX
united 9 ccomp ADJ
. 9 punct PUNCT
""")
    assert (sp.text, sp.name, sp.type, sp.anonymous) == ("The Secretary", "Antony Blinken", "person", False)


def test_named_person_keeps_a_generational_suffix_and_the_title_before_the_name():
    doc = parse("""
Secretary 5 compound PROPN
Lloyd 5 compound PROPN PERSON
J. 5 compound PROPN PERSON
Austin 6 nsubj PROPN PERSON
III 4 flat PROPN
spoke 0 root VERB speak
. 6 punct PUNCT
""")
    (m,) = [m for m in named_mentions(doc, sentence_index(doc)) if m.label == "PERSON"]
    assert m.name.text == "Lloyd J. Austin III"
    assert m.role.text == "Secretary"


def test_description_resolves_to_a_person_given_that_role_in_apposition():
    found = speakers("""
Alireza 2 flat PROPN PERSON
Mehraban 7 nsubj PROPN PERSON
, 6 punct PUNCT
the 6 det DET
team's 6 nmod:poss NOUN
coach 2 appos NOUN coach
arrived 0 root VERB arrive
. 7 punct PUNCT
The 10 det DET
coach 11 nsubj NOUN coach
said 0 root VERB say
robots 13 nsubj NOUN robot
matter 11 ccomp VERB matter
. 11 punct PUNCT
""")
    (sp,) = found
    assert (sp.text, sp.name, sp.anonymous) == ("The coach", "Alireza Mehraban", False)


def test_ner_mistakes_on_a_spokesman_and_his_surname_do_not_change_who_speaks():
    """NER calls "Georgiy Tykhy" after "spokesman" an ORG and the bare "Tykhy" a place; the title
    makes the first a person and the surname then refers to him."""
    found = speakers("""
Spokesman 3 compound NOUN spokesman
Georgiy 3 compound PROPN ORG
Tykhy 4 nsubj PROPN ORG
said 0 root VERB say
talks 6 nsubj NOUN talk
failed 4 ccomp VERB fail
. 4 punct PUNCT
Tykhy 9 nsubj PROPN GPE
added 0 root VERB add
that 12 mark SCONJ
troops 12 nsubj NOUN troop
stayed 9 ccomp VERB stay
. 9 punct PUNCT
""")
    first, second = found
    assert first.name == second.name == "Georgiy Tykhy"
    assert first.type == second.type == "person"


def test_surname_after_a_generational_suffix_resolves_to_the_full_name():
    found = speakers("""
Lloyd 3 compound PROPN PERSON
J. 3 flat PROPN PERSON
Austin 5 nsubj PROPN PERSON
III 3 flat PROPN PERSON
spoke 0 root VERB speak
. 5 punct PUNCT
Austin 8 nsubj PROPN PERSON
reaffirmed 0 root VERB reaffirm
his 10 nmod:poss PRON
support 8 obj NOUN
. 8 punct PUNCT
""")
    assert [sp.name for sp in found] == ["Lloyd J. Austin III"]


def test_a_middle_name_resolves_to_the_one_person_bearing_it():
    found = speakers("""
Moussa 2 compound PROPN PERSON
Faki 4 nsubj PROPN PERSON
Mahamat 2 flat PROPN PERSON
spoke 0 root VERB speak
. 4 punct PUNCT
Faki 7 nsubj PROPN PERSON
reaffirmed 0 root VERB reaffirm
his 9 nmod:poss PRON
support 7 obj NOUN
. 7 punct PUNCT
""")
    assert [sp.name for sp in found] == ["Moussa Faki Mahamat"]


def test_a_description_takes_the_person_named_in_apposition_after_a_comma():
    # "According to the team's coach, Alireza Mehraban, they scored": the comma hung on "coach"
    found = speakers("""
According 5 case VERB according
to 1 fixed ADP
the 4 det DET
team 5 nmod:poss NOUN
coach 10 obl NOUN
, 5 punct PUNCT
Alireza 8 compound PROPN PERSON
Mehraban 10 dep PROPN PERSON
, 8 punct PUNCT
they 11 nsubj PRON
scored 0 root VERB score
. 11 punct PUNCT
""")
    assert found[0].name == "Alireza Mehraban" and found[0].role == "team coach"


def test_a_person_named_after_a_title_tagged_as_an_organisation():
    # "Undersecretary for Education Mr. Toccafondi says ...": the title is an ORG entity and the head
    found = speakers("""
Undersecretary 6 nsubj NOUN ORG
for 4 case ADP ORG
Education 1 nmod PROPN ORG
Mr. 5 compound PROPN
Toccafondi 1 nmod PROPN PERSON
says 0 root VERB say
fees 8 nsubj NOUN
rise 6 ccomp VERB
. 6 punct PUNCT
""")
    assert found[0].name == "Toccafondi"


def test_a_to_infinitive_cue_speaks_for_the_main_clause_subject():
    # "Secretary Blinken spoke with Minister Kuleba to offer support", "Kuleba" parsed as the
    # subject of "offer"
    found = speakers("""
Secretary 2 compound PROPN
Blinken 3 nsubj PROPN PERSON
spoke 0 root VERB speak
with 6 case ADP
Minister 6 compound PROPN
Kuleba 8 nsubj PROPN PERSON
to 8 mark PART
offer 3 advcl VERB offer
support 8 obj NOUN
. 3 punct PUNCT
""")
    assert [sp.name for sp in found] == ["Blinken"]


def test_the_two_leaders_are_the_last_two_people_named():
    found = speakers("""
Lloyd 2 compound PROPN PERSON
Austin 3 nsubj PROPN PERSON
spoke 0 root VERB speak
with 6 case ADP
Yoav 6 compound PROPN PERSON
Gallant 3 obl PROPN PERSON
. 3 punct PUNCT
The 10 det DET
two 10 nummod NUM
leaders 11 nsubj NOUN leader
agreed 0 root VERB agree
to 13 mark PART
meet 11 xcomp VERB meet
. 11 punct PUNCT
""")
    assert [sp.name for sp in found] == ["Lloyd Austin and Yoav Gallant"]


def test_the_group_is_the_organisation_named_just_before():
    found = speakers("""
Dabiq 3 nsubj PROPN GPE
mattered 0 root VERB matter
to 4 case ADP
ISIL 2 obl PROPN ORG
. 2 punct PUNCT
The 7 det DET
group 8 nsubj NOUN group
claimed 0 root VERB claim
it 10 nsubj PRON
won 8 ccomp VERB win
. 8 punct PUNCT
""")
    assert [sp.name for sp in found] == ["ISIL"]


def test_first_person_in_narration_is_the_last_speaker_of_its_kind():
    found = speakers("""
Ash 2 compound PROPN PERSON
Carter 3 nsubj PROPN PERSON
said 0 root VERB say
talks 5 nsubj NOUN talk
failed 3 ccomp VERB fail
. 3 punct PUNCT
ISIL 8 nsubj PROPN ORG
claimed 0 root VERB claim
it 10 nsubj PRON
won 8 ccomp VERB win
. 8 punct PUNCT
I 13 nsubj PRON
welcome 0 root VERB welcome
the 15 det DET
news 13 obj NOUN
. 13 punct PUNCT
""")
    assert [sp.name for sp in found] == ["Ash Carter", "ISIL", "Ash Carter"]


def test_a_name_inside_a_quotation_is_no_antecedent_for_a_pronoun_in_the_narration():
    found = speakers("""
Kristen 2 compound PROPN PERSON
Wilkins 3 nsubj PROPN PERSON
said 0 root VERB say
, 3 punct PUNCT
“ 7 punct PUNCT
Andy 7 nsubj PROPN PERSON
painted 3 ccomp VERB paint
. 7 punct PUNCT
” 7 punct PUNCT
She 11 nsubj PRON
explained 0 root VERB explain
how 13 advmod ADV
it 14 nsubj PRON
worked 11 ccomp VERB work
. 11 punct PUNCT
""")
    assert found[-1].name == "Kristen Wilkins"


def test_a_misspelt_surname_resolves_to_the_person_it_is_one_letter_from():
    found = speakers("""
Kathryn 2 compound PROPN PERSON
Waters 3 nsubj PROPN PERSON
said 0 root VERB say
art 5 nsubj NOUN
mattered 3 ccomp VERB matter
. 3 punct PUNCT
Water 8 nsubj PROPN
said 0 root VERB say
names 10 nsubj NOUN
mattered 8 ccomp VERB matter
. 8 punct PUNCT
""")
    assert [sp.name for sp in found] == ["Kathryn Waters", "Kathryn Waters"]


def test_a_pronoun_source_is_not_the_person_named_in_its_own_words():
    # Kevin Allton is the subject, Warhol named later in the same sentence; "He said, 'Andy
    # Warhol was ...'": a speaker does not name himself in his quotation
    found = speakers("""
Kevin 2 compound PROPN PERSON
Allton 3 nsubj PROPN PERSON
admired 0 root VERB admire
Warhol 3 obj PROPN PERSON
. 3 punct PUNCT
He 7 nsubj PRON
said 0 root VERB say
, 7 punct PUNCT
" 12 punct PUNCT
Andy 11 compound PROPN PERSON
Warhol 12 nsubj PROPN PERSON
mattered 7 ccomp VERB matter
. 12 punct PUNCT
" 12 punct PUNCT
""")
    assert found[-1].name == "Kevin Allton"


def test_a_pronoun_does_not_corefer_with_a_name_in_the_clause_it_governs():
    found = speakers("""
Kristen 2 compound PROPN PERSON
Wilkins 3 nsubj PROPN PERSON
praised 0 root VERB praise
Warhol 3 obj PROPN PERSON
. 3 punct PUNCT
She 7 nsubj PRON
explained 0 root VERB explain
how 12 advmod ADV
Warhol 11 poss PROPN PERSON
's 9 case PART
camera 12 nsubj NOUN camera
worked 7 ccomp VERB work
. 7 punct PUNCT
""")
    assert found[-1].name == "Kristen Wilkins"


def test_a_surname_tagged_as_an_organisation_is_the_person_bearing_it():
    found = speakers("""
Kristen 2 compound PROPN PERSON
Wilkins 3 nsubj PROPN PERSON
said 0 root VERB say
art 5 nsubj NOUN
mattered 3 ccomp VERB matter
. 3 punct PUNCT
Wilkins 8 nsubj PROPN ORG
said 0 root VERB say
names 10 nsubj NOUN
mattered 8 ccomp VERB matter
. 8 punct PUNCT
""")
    assert [(sp.name, sp.type) for sp in found] == [
        ("Kristen Wilkins", "person"),
        ("Kristen Wilkins", "person"),
    ]


def test_an_acronym_spelled_out_in_the_text_is_the_body_it_stands_for():
    import spacy

    from claimledger.extract.mentions import long_forms

    doc = spacy.blank("en")(
        "Deputies of Movimento 5 Stelle (M5S) and the Islamic State of Iraq and the Levant (ISIL) "
        "met the Union of Rationalist Atheists (UAAR)."
    )
    forms = {k: v.text for k, v in long_forms(doc).items()}
    assert forms == {"M5S": "Movimento 5 Stelle", "ISIL": "Islamic State of Iraq and the Levant"}


def test_a_party_named_by_its_acronym_speaks_as_the_party_spelled_out():
    found = speakers("""
Movimento 3 compound PROPN ORG
5 3 nummod NUM ORG
Stelle 0 root PROPN ORG
( 5 punct PUNCT
M5S 3 appos PROPN ORG
) 5 punct PUNCT
. 3 punct PUNCT
The 10 det DET
M5S 10 compound NOUN
party 11 nsubj NOUN party
said 0 root VERB say
taxes 13 nsubj NOUN tax
mattered 11 ccomp VERB matter
. 11 punct PUNCT
""")
    assert [(sp.text, sp.name, sp.type) for sp in found] == [
        ("The M5S party", "Movimento 5 Stelle", "organization")
    ]


def test_the_city_speaking_is_the_municipality_named_before():
    found = speakers("""
The 2 det DET
request 4 nsubj:pass NOUN request
was 4 aux:pass AUX be
advanced 0 root VERB advance
by 7 case ADP
the 7 det DET
Municipality 4 obl PROPN municipality
of 9 case ADP
Livorno 7 nmod PROPN
. 4 punct PUNCT
The 12 det DET
city 13 nsubj NOUN city
said 0 root VERB say
fees 15 nsubj NOUN fee
mattered 13 ccomp VERB matter
. 13 punct PUNCT
""")
    assert [(sp.text, sp.name, sp.type) for sp in found] == [
        ("The city", "Municipality of Livorno", "organization")
    ]


def test_a_pronoun_after_a_sentence_naming_two_people_is_its_subject():
    # "Secretary Austin spoke with Minister Gallant. He said peace mattered.": the subject of the
    # sentence before is who "he" is, not the last person named in it.
    (sp,) = speakers("""
Secretary 2 compound PROPN
Austin 3 nsubj PROPN PERSON
spoke 0 root VERB speak
with 6 case ADP
Minister 6 compound PROPN
Gallant 3 obl PROPN PERSON
. 3 punct PUNCT
He 9 nsubj PRON
said 0 root VERB say
peace 11 nsubj NOUN
mattered 9 ccomp VERB matter
. 9 punct PUNCT
""")
    assert (sp.text, sp.name) == ("He", "Austin")


def test_the_statement_speaking_is_the_author_of_the_statement_reported_last():
    found = speakers("""
John 2 compound PROPN PERSON
Brennan 3 nsubj PROPN PERSON
said 0 root VERB say
in 6 case ADP
a 6 det DET
statement 3 obl NOUN statement
strikes 8 nsubj NOUN strike
worked 3 ccomp VERB work
. 3 punct PUNCT
Tom 11 compound PROPN PERSON
Smith 12 nsubj PROPN PERSON
arrived 0 root VERB arrive
. 12 punct PUNCT
Raids 15 nsubj NOUN raid
continued 22 ccomp VERB continue
near 18 case ADP
the 18 det DET
prison 15 obl NOUN prison
, 15 punct PUNCT
the 21 det DET
statement 22 nsubj NOUN statement
added 0 root VERB add
. 22 punct PUNCT
""")
    assert [sp.name for sp in found] == ["John Brennan", "John Brennan"]  # not Tom Smith, who said nothing


FIRST_PERSON_RELEASE = """
I 2 nsubj PRON
welcome 0 root VERB welcome
the 4 det DET
news 2 obj NOUN
. 2 punct PUNCT
ISIL 7 nsubj PROPN ORG
lost 0 root VERB lose
Dabiq 7 obj PROPN GPE
. 7 punct PUNCT
"""


def test_i_in_a_release_is_the_author_its_title_names():
    found, resolver = resolved(
        FIRST_PERSON_RELEASE, title="Statement by Secretary of Defense Ash Carter on Dabiq"
    )
    assert [(sp.name, sp.type, sp.anonymous) for sp in found] == [("Ash Carter", "person", False)]
    assert [(e.name, e.roles) for e in resolver.entities()] == [("Ash Carter", ["Secretary of Defense"])]
    # without a title naming its author, "I" stays the unnamed writer
    assert [sp.name for sp in speakers(FIRST_PERSON_RELEASE)] == ["I"]
    no_author = resolved(FIRST_PERSON_RELEASE, title="Statement on International Forces in Mosul")[0]
    assert [sp.name for sp in no_author] == ["I"]


def test_the_author_in_a_releases_title():
    assert title_author("Statement by Secretary of State Antony J. Blinken on Sudan") == (
        "Antony J. Blinken",
        "Secretary of State",
    )
    assert title_author("Statement from Pentagon Press Secretary Rear Admiral John Kirby") == (
        "John Kirby",
        "Pentagon Press Secretary Rear Admiral",
    )
    assert title_author("Lt. Gen. Townsend statement on SDF advance") == ("Townsend", "Lt. Gen.")
    assert title_author("Statement by NATO on Syria") is None  # no title word: no person named
    assert title_author("CENTCOM commander's statement on Keating") is None  # described, not named
    assert title_author("Kyiv statement draws criticism") is None  # not a release's title


OFFICIAL_THEN_NAMED = """
An 3 det DET
SDF 3 compound PROPN ORG
official 4 nsubj NOUN official
said 0 root VERB say
advances 6 nsubj NOUN advance
continued 4 ccomp VERB continue
. 4 punct PUNCT
Farhad 9 flat PROPN PERSON
Shami 14 nsubj PROPN PERSON
, 13 punct PUNCT
the 13 det DET
media 13 compound NOUN
head 9 appos NOUN head
said 0 root VERB say
IS 16 nsubj PROPN ORG
lost 14 ccomp VERB lose
. 14 punct PUNCT
The 20 det DET
Kurdish 20 amod ADJ NORP
official 21 nsubj NOUN official
said 0 root VERB say
fighters 23 nsubj NOUN fighter
died 21 ccomp VERB die
. 21 punct PUNCT
"""


def test_the_official_is_the_titled_person_who_spoke_after_an_earlier_official():
    first, named, described = speakers(OFFICIAL_THEN_NAMED)
    assert first.anonymous and first.name == "SDF official"  # the earlier source stays apart
    assert named.name == "Farhad Shami"
    assert (described.text, described.name, described.entity) == (
        "The Kurdish official",
        "Farhad Shami",
        named.entity,
    )
    # a person given no title is no "official": the description is the earlier official's
    untitled = speakers("""
An 3 det DET
SDF 3 compound PROPN ORG
official 4 nsubj NOUN official
said 0 root VERB say
advances 6 nsubj NOUN advance
continued 4 ccomp VERB continue
. 4 punct PUNCT
Farhad 9 flat PROPN PERSON
Shami 10 nsubj PROPN PERSON
said 0 root VERB say
IS 12 nsubj PROPN ORG
lost 10 ccomp VERB lose
. 10 punct PUNCT
The 16 det DET
Kurdish 16 amod ADJ NORP
official 17 nsubj NOUN official
said 0 root VERB say
fighters 19 nsubj NOUN fighter
died 17 ccomp VERB die
. 17 punct PUNCT
""")
    assert [sp.name for sp in untitled] == ["SDF official", "Farhad Shami", "SDF official"]


def test_a_people_named_in_apposition_to_an_events_party_is_its_state():
    from claimledger.extract.mentions import Mention
    from claimledger.records import Span as TextSpan
    from claimledger.resolve.events import _party_referent

    # "support provided by our Coalition partners, especially the Turks": the partners' phrase
    # named by the people in apposition (core7: "Turks" appos of "partners")
    text = "our Coalition partners, especially the Turks"
    mention = Mention(
        TextSpan(text, 0, len(text)),
        "name",
        "partner",
        label="NORP",
        name=TextSpan("Turks", text.index("Turks"), len(text)),
        plural=True,
    )
    ref = _party_referent(SpeakerResolver([]), mention)
    assert ref is not None and ref.key == "state:TR"


JOINT = """
Secretary 2 nmod:desc PROPN
Blinken 6 nsubj PROPN PERSON
and 5 cc CCONJ
Chairperson 5 nmod:desc PROPN
Faki 2 conj PROPN PERSON
agreed 0 root VERB agree
the 8 det DET
talks 10 nsubj NOUN talk
must 10 aux AUX
resume 6 ccomp VERB resume
. 6 punct PUNCT
"""


def test_people_coordinated_in_one_speaker_phrase_speak_together():
    # "Secretary Blinken and Chairperson Faki agreed the talks must resume"
    (joint,) = speakers(JOINT)
    assert (joint.name, joint.type) == ("Blinken and Faki", "group")
    # one person beside an organisation is that person: "Secretary Blinken and the AU agreed"
    one = JOINT.replace(
        "Chairperson 5 nmod:desc PROPN\nFaki 2 conj PROPN PERSON", "the 5 det DET\nAU 2 conj PROPN ORG"
    )
    (single,) = speakers(one)
    assert single.name == "Blinken"


def test_an_entitys_mentions_starting_together_are_listed_shorter_first():
    # "ISIL in Iraq and Syria" and "ISIL" start at the same character: their order must not
    # depend on the order of a set (hash-seeded per process, so workers disagreed)
    from claimledger.records import Span as TextSpan

    _, resolver = resolved(JOINT)
    ref = resolver.order[0]
    ref.mentions[:] = [
        TextSpan("ISIL in Iraq and Syria", 10, 32),
        TextSpan("ISIL", 10, 14),
        TextSpan("ISIL", 0, 4),
    ]
    entity = next(e for e in resolver.entities() if e.id == ref.id)
    assert [(s.start, s.end) for s in entity.mentions] == [(0, 4), (10, 14), (10, 32)]
