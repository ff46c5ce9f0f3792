"""``cl_speakers``: what kind of speaker the subject of a speech verb is.

For every ``nsubj`` of a verb whose lemma is in ``data/speech_verbs.txt`` (and the subjects
conjoined with it), sets ``Token._.speaker_type`` to ``person``, ``organization``, ``group`` or
``unknown``, from the first rule that applies:

1. the entity label of the token: PERSON -> person, ORG or GPE -> organization ("Moscow
   said"), NORP -> group;
2. a personal pronoun: he/she/I -> person, we/they -> group, it -> organization;
3. a title noun (``data/titles.txt``) or the token inside a ``titles`` span: person, or group
   when plural ("officials");
4. the head noun in ``data/speaker_nouns.tsv`` ("ministry" -> organization, "witnesses" ->
   group);
5. otherwise unknown.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

from .titles import SPANS_KEY, is_title

EXTENSION = "speaker_type"
_ENT_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group"}
_PRONOUNS = {
    "he": "person",
    "she": "person",
    "i": "person",
    "we": "group",
    "they": "group",
    "it": "organization",
}


def _lines(name: str) -> list[str]:
    text = resources.files("claimledger.data").joinpath(name).read_text("utf8")
    return [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that introduce reported speech (``data/speech_verbs.txt``)."""
    return frozenset(_lines("speech_verbs.txt"))


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in _lines("speaker_nouns.tsv"))


def is_speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in speech_verbs()


def speaker_type(tok: Token, in_title: bool = False) -> str:
    """The kind of speaker a subject token denotes (rules in the module docstring)."""
    if tok.ent_type_ in _ENT_TYPES:
        return _ENT_TYPES[tok.ent_type_]
    if tok.pos_ == "PRON":
        return _PRONOUNS.get(tok.lower_, "unknown")
    plural = tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number", [])
    if in_title or is_title(tok):
        return "group" if plural else "person"
    kind = speaker_nouns().get(tok.lemma_.lower()) or speaker_nouns().get(tok.lower_)
    return kind or "unknown"


@Language.factory("cl_speakers")
def make_speakers(nlp: Language, name: str):
    if not Token.has_extension(EXTENSION):
        Token.set_extension(EXTENSION, default=None)
    return type_speakers


def type_speakers(doc: Doc) -> Doc:
    """Set ``Token._.speaker_type`` on the subjects of speech verbs."""
    title_tokens = set()
    if SPANS_KEY in doc.spans:
        title_tokens = {t.i for span in doc.spans[SPANS_KEY] for t in span}
    nsubj = doc.vocab.strings.add("nsubj")
    for i, dep in enumerate(doc.to_array(DEP).tolist()):
        tok = doc[i]
        if dep != nsubj or not is_speech_verb(tok.head):
            continue
        for subj in (tok, *(c for c in tok.conjuncts if c.i > tok.i)):
            subj._.set(EXTENSION, speaker_type(subj, subj.i in title_tokens))
    return doc
