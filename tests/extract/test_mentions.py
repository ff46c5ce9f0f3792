"""Mention spans (``extract/mentions.py``) on hand-built parses."""

from __future__ import annotations

from claimledger.extract.mentions import phrase_span

from .docs import parse

FIGURES = """
    Figures 6 nsubj NOUN
    to 4 mark PART
    be 4 aux:pass AUX
    published 1 xcomp VERB publish
    today 4 obl:unmarked NOUN
    show 0 ROOT VERB
    records 6 obj NOUN
    . 6 punct PUNCT
"""


def test_to_infinitive_hung_on_a_noun_as_xcomp_stays_in_its_phrase():
    # Figures to be published today show records .  ("published" xcomp of "Figures")
    assert phrase_span(parse(FIGURES)[0]) == (0, 5)


def test_xcomp_without_to_stays_out():
    no_to = parse(FIGURES.replace("to 4 mark PART", "to 4 advmod PART"))
    assert phrase_span(no_to[0]) == (0, 1)


def test_name_apposed_to_a_description_the_ner_took_for_a_name_is_the_appositive_person():
    from claimledger.extract.mentions import _appositive_person

    # "The Task Force – Resolve Commander, Gen. Stephen Townsend, provided it": "Resolve
    # Commander" a PERSON span ending in a title, the name its appositive
    doc = parse("""
The 3 det DET
Task 3 compound PROPN ORG
Force 12 nsubj PROPN ORG
– 5 punct PUNCT
Resolve 3 appos PROPN PERSON
Commander 5 flat PROPN PERSON
, 9 punct PUNCT
Gen. 9 nmod:desc PROPN
Stephen 5 appos PROPN PERSON
Townsend 9 flat PROPN PERSON
, 3 punct PUNCT
provided 0 root VERB provide
it 12 obj PRON
. 12 punct PUNCT
""")
    found = _appositive_person(doc[2])
    assert found is not None and found.text.endswith("Stephen Townsend")
    doc.ents = [e for e in doc.ents if e.start != 4]  # a description that is no entity
    assert _appositive_person(doc[2]) is None


def test_lower_case_word_tagged_proper_noun_names_no_one():
    from claimledger.extract.mentions import make_mention

    rows = """
        Ukrainian 2 amod ADJ
        servicemen 3 nsubj PROPN serviceman
        described 0 root VERB describe
        it 3 obj PRON
        . 3 punct PUNCT
    """
    assert make_mention(parse(rows)[1], 0).name is None
    assert make_mention(parse(rows.replace("servicemen 3", "Servicemen 3"))[1], 0).name is not None


def test_capitalised_noun_with_an_of_name_inside_a_sentence_is_a_name():
    from claimledger.extract.mentions import make_mention

    # "Requests have come from the Municipality of Bogliasco, next to Genova": the head tagged a
    # noun, the place's own modifier hung on it
    rows = """
Requests 3 nsubj NOUN request
have 3 aux AUX
come 0 ROOT VERB
from 6 case ADP
the 6 det DET
Municipality 3 obl NOUN municipality
of 8 case ADP
Bogliasco 6 nmod PROPN LOC
, 12 punct PUNCT
next 12 case ADV
to 12 case ADP
Genova 8 nmod PROPN GPE
. 3 punct PUNCT
"""
    mention = make_mention(parse(rows)[5], 0)
    assert (mention.kind, mention.name.text) == ("name", "Municipality of Bogliasco")
    lower = parse(rows.replace("Municipality 3", "municipality 3"))  # "the municipality of ..."
    assert make_mention(lower[5], 0).name is None
    plain = parse(rows.replace("of 8 case ADP", "in 8 case ADP"))  # "the Council in Bogliasco"
    assert make_mention(plain[5], 0).name is None


def test_title_right_before_a_name_hung_elsewhere_begins_the_persons_phrase():
    from claimledger.extract.mentions import make_mention

    # "Ukraine needs arms and money, Pentagon spokesperson Maj. Gen. Pat Ryder told VOA" with
    # "spokesperson" a conjunct of "arms" and "Pat" the subject (core7)
    doc = parse("""
Ukraine 2 nsubj PROPN GPE
needs 13 ccomp VERB need
arms 2 obj NOUN arm
and 5 cc CCONJ
money 3 conj NOUN money
, 8 punct PUNCT
Pentagon 8 compound PROPN ORG
spokesperson 3 conj NOUN spokesperson
Maj. 8 flat PROPN
Gen. 11 nmod:desc PROPN
Pat 13 nsubj PROPN PERSON
Ryder 11 flat PROPN PERSON
told 0 root VERB tell
VOA 13 iobj PROPN ORG
. 13 punct PUNCT
""")
    assert make_mention(doc[10], 0).span.text == "Gen. Pat Ryder"
    doc.spans["titles"] = [doc[6:10]]  # cl_titles: "Pentagon spokesperson Maj. Gen."
    mention = make_mention(doc[10], 0)
    assert (mention.span.text, mention.name.text) == (
        "Pentagon spokesperson Maj. Gen. Pat Ryder",
        "Pat Ryder",
    )


def test_capitalised_word_after_a_form_of_address_is_a_surname():
    from claimledger.extract.mentions import make_mention

    # "Mr Key promoted the campaign" with "Key" tagged a common noun and no entity found
    rows = """
Mr 2 compound PROPN
Key 3 nsubj NOUN key
promoted 0 ROOT VERB promote
the 5 det DET
campaign 3 obj NOUN campaign
. 3 punct PUNCT
"""
    mention = make_mention(parse(rows)[1], 0)
    assert (mention.kind, mention.name.text, mention.label) == ("name", "Key", "PERSON")
    lower = parse(rows.replace("Key 3", "key 3"))  # "Mr key": no name
    assert make_mention(lower[1], 0).name is None


def test_of_or_for_name_hung_under_the_common_noun_after_it_ends_before_that_noun():
    from claimledger.extract.mentions import make_mention

    # "The Rewards for Justice program is offering rewards" with 'program' the nmod of 'Rewards'
    # and 'Justice' its compound (core7)
    rows = """
The 2 det DET
Rewards 7 nsubj PROPN
for 5 case ADP
Justice 5 compound NOUN justice
program 2 nmod NOUN
is 7 aux AUX
offering 0 ROOT VERB offer
rewards 7 obj NOUN reward
. 7 punct PUNCT
"""
    assert make_mention(parse(rows)[1], 0).name.text == "Rewards for Justice"
    lower = parse(rows.replace("Justice 5 compound NOUN", "justice 5 compound NOUN"))
    assert make_mention(lower[1], 0).name.text == "Rewards"  # "Rewards for justice program"
