"""The news tokenizer: spaCy's English rules plus a few splits that news text needs.

Changes to spaCy's defaults, each matching how UD English (EWT, GUM) tokenizes:

- a hyphenated word after an abbreviation splits: ``U.S.-led`` -> ``U.S. - led``;
- a dash between numbers splits, so ranges are three tokens: ``10–15``, ``1969-1970``
  (phone-number shapes such as ``555-0134`` stay whole, as UD keeps them);
- a money magnitude splits off a number: ``5.2bn`` -> ``5.2 bn`` (like ``20km`` -> ``20 km``);
- a colon or quotation mark glued between words splits: ``said:“We`` -> ``said : “ We``;
- a mail header's quoted name glued to its address splits off it:
  ``"Julie"<julie...@bellsouth.net>`` -> ``" Julie " < julie...@bellsouth.net >``;
- military ranks and a few titles keep their full stop (``Lt. Col. Travis Caughlin``), as
  spaCy already does for ``Gen.``, ``Gov.``, ``Sen.``, ``Dr.``: otherwise the stop ends a sentence.

``km²``, ``U.S.``, ``p.m.``, typographic quotes and apostrophes (``Ukraine’s``) and em dashes
already tokenize well with spaCy's rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.char_classes import ALPHA
from spacy.lang.tokenizer_exceptions import URL_PATTERN
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

_DASHES = r"\-–—"
_EXTRA_INFIXES = [
    rf"(?<=[0-9])[{_DASHES}](?=[0-9])",  # 10–15, 1969-1970
    rf"(?<=[A-Z]\.)-(?=[{ALPHA}])",  # U.S.-led
    rf"(?<=[{ALPHA}]):(?=[“\"‘])",  # said:“We
    r"(?<=:)[“\"‘]",
]
# A mail header's quoted name glued to the address: '"Ryan Reynolds"<rreynol...@cogeco.ca>'.
_ADDRESS_INFIXES = [rf"(?<=[{ALPHA}.])\"(?=<)", r"(?<=\")<(?=\S)"]
# spaCy's URL rule reads 'Reynolds"<rreynol...@cogeco.ca' as a URL with a user name; not
# when a quotation mark and "<" stand in it.
_URL_MATCH = re.compile(r'(?u)^(?![^\s"]*"<)' + URL_PATTERN.removeprefix("^")).match
_EXTRA_SUFFIXES = [r"(?<=[0-9])(?:bn|mn|tn|trn)"]
_PHONE = re.compile(r"^(?:\+?\d{1,3}[-.])?\(?\d{3}\)?[-.]\d{3,4}(?:[-.]\d{4})?$")


_ABBREVIATIONS = (
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Cmdr.",
    "Cdr.",
    "Brig.",
    "Cpl.",
    "Pvt.",
    "Spc.",
    "Amb.",
    "Ret.",
    "Tex.",
)


def add_abbreviations(tokenizer: Tokenizer) -> None:
    """Keep the full stop of the ranks and titles above inside their token."""
    for abbr in _ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])


def add_address_split(tokenizer: Tokenizer, defaults: type) -> None:
    """Split a quoted name glued to its email address ('"Julie"<julie...@bellsouth.net>' ->
    '" Julie " < julie...@bellsouth.net >'), as UD EWT tokenizes mail headers: a pipeline
    saved before this rule gets the infixes and the URL rule of ``news_tokenizer``."""
    tokenizer.infix_finditer = _infix_finditer(defaults)
    tokenizer.url_match = _URL_MATCH


def _infix_finditer(defaults: type) -> Callable[[str], Iterator[re.Match[str]]]:
    infixes = list(getattr(defaults, "infixes", None) or []) + _EXTRA_INFIXES + _ADDRESS_INFIXES
    return compile_infix_regex(infixes).finditer


@registry.tokenizers("claimledger.news_tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        return news_tokenizer(nlp)

    return make


def news_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's tokenizer for ``nlp.lang`` with the news rules of this module."""
    defaults = nlp.Defaults
    suffixes = list(defaults.suffixes or []) + _EXTRA_SUFFIXES
    rules = dict(defaults.tokenizer_exceptions)
    tokenizer = Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes or []).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=_infix_finditer(defaults),
        token_match=_PHONE.match,
        url_match=_URL_MATCH,
    )
    add_abbreviations(tokenizer)
    return tokenizer
