"""Convert the corpora under $CORPORA into spaCy DocBins for training and model selection.

    python scripts/train/convert.py CORPORA OUTDIR

Writes OUTDIR/{ud_train,ud_dev,ner_train,ner_dev}.spacy and OUTDIR/stats.json. What goes where
(and what never goes anywhere) is decided here and documented in docs/MODEL.md:

- ud_train: UD EWT train (+ UNER EWT train entities) and the permissive GUM train documents
  (GUM/dep, every genre except news; entities derived from GUM's mention layer).
- ud_dev: UD EWT dev (+ UNER EWT dev) and GUM dev documents of GUM/dep except news.
- ner_train: ud_train + WikiGold + CrossNER politics (all splits) + BTC sections E, G + re3d
  subsets UK_Government, Australian_Department_of_Foreign_Affairs, Wikipedia.
- ner_dev: ud_dev.
Never read here: GUM/dep_noncommercial, GUM news documents, GUM test documents, UD EWT test,
UD PUD, UNER test files, the reserved re3d subsets, BTC section F (its test split).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).parent))

from conllu import Document, gum_mentions, read_documents  # noqa: E402
from labels import (  # noqa: E402
    Spans,
    add_norp,
    bio_spans,
    gum_named_spans,
    map_place,
    strip_titles,
    title_words,
)
from splits import gum_split, is_gum_news  # noqa: E402

from claimledger.nlp.gazetteer import demonyms, place_label  # noqa: E402
from claimledger.nlp.speakers import speech_verbs  # noqa: E402

PARAGRAPH = "\n\n"
# Morphological features the morphologizer learns: the ones extraction can use (number of a
# speaker, tense and mood of a cue verb, negation, cardinal vs ordinal numbers). Fewer feature
# combinations mean a smaller output layer: faster, and less memory per batch.
KEEP_FEATS = ("Mood", "Number", "NumType", "Person", "Polarity", "PronType", "Tense", "VerbForm")
SPEECH_VERBS = speech_verbs()


# --- UD documents --------------------------------------------------------------------------


def ud_doc(vocab, doc: Document, spans: Spans | None, missing: list[tuple[int, int]]) -> Doc:
    """A spaCy Doc with the full UD annotation; paragraphs are separated by a "\\n\\n" token.

    ``spans``/``missing`` are entity spans and spans without NER annotation, in word offsets
    over the whole document (without the paragraph tokens). ``spans=None``: no NER at all.
    """
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    index: list[int] = []  # word offset -> token index
    for p, para in enumerate(doc.paragraphs):
        if p:
            spaces[-1] = False
            words.append(PARAGRAPH)
            spaces.append(False)
            tags.append("_SP")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(PARAGRAPH)
            heads.append(len(words) - 2)
            deps.append("dep")
            starts.append(False)
        for sent in para:
            base = len(words)
            for k, w in enumerate(sent.words):
                index.append(len(words))
                words.append(w.form)
                spaces.append(w.space_after)
                tags.append(w.xpos)
                pos.append(w.upos)
                morphs.append(keep_feats(w.feats))
                lemmas.append(w.lemma)
                heads.append(base + w.head - 1 if w.head else base + k)
                deps.append("ROOT" if w.deprel == "root" else w.deprel)
                starts.append(k == 0)
            spaces[-1] = True
    spaces[-1] = False
    out = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )
    if spans is not None:
        ents = [out[index[s] : index[e - 1] + 1] for s, e, _ in spans]
        for span, (_, _, label) in zip(ents, spans, strict=True):
            span.label_ = label
        miss = [out[index[s] : index[e - 1] + 1] for s, e in missing]
        out.set_ents(ents, missing=miss, default="outside")
    return out


def keep_feats(feats: str) -> str:
    """UD features restricted to ``KEEP_FEATS``."""
    if feats in ("", "_"):
        return ""
    return "|".join(f for f in feats.split("|") if f.split("=")[0] in KEEP_FEATS)


def harmonize_speech(doc: Document, verbs: frozenset[str]) -> int:
    """Make a final attribution the head of the quotation before it, as UD EWT and PUD do.

    ``"We will fight," he said.``: GUM (and part of EWT) attach ``said`` as ``parataxis`` of
    ``fight``; UD EWT mostly, and PUD, make ``said`` the head and ``fight`` its ``ccomp``. We
    train on the second convention (the one of our evaluation sets). Applied when a speech verb
    is ``parataxis`` of an earlier word, has an ``nsubj`` and ends its sentence (every later word
    is in its subtree or punctuation). Returns the number of sentences changed.
    """
    changed = 0
    for sent in doc.sentences:
        words = sent.words
        for v, verb in enumerate(words, start=1):
            if not (
                verb.lemma in verbs
                and verb.upos == "VERB"
                and verb.deprel.startswith("parataxis")
                and 0 < verb.head < v
            ):
                continue
            kids = {i for i, w in enumerate(words, start=1) if w.head == v}
            if not any(words[k - 1].deprel == "nsubj" for k in kids):
                continue
            subtree = _subtree(words, v)
            if not all(j in subtree or words[j - 1].deprel == "punct" for j in range(v + 1, len(words) + 1)):
                continue
            h = verb.head
            head = words[h - 1]
            verb.head, verb.deprel = head.head, head.deprel
            head.head, head.deprel = v, "ccomp"
            for j in range(v + 1, len(words) + 1):
                if words[j - 1].head == h and words[j - 1].deprel == "punct":
                    words[j - 1].head = v
            changed += 1
            break
    return changed


def _subtree(words, root: int) -> set[int]:
    out = {root}
    grew = True
    while grew:
        grew = False
        for i, w in enumerate(words, start=1):
            if i not in out and w.head in out:
                out.add(i)
                grew = True
    return out


def doc_arrays(doc: Document) -> tuple[list[str], list[str], list[int], list[bool]]:
    words, xpos, heads, spaces = [], [], [], []
    offset = 0
    for sent in doc.sentences:
        for w in sent.words:
            words.append(w.form)
            xpos.append(w.xpos)
            heads.append(offset + w.head - 1 if w.head else -1)
            spaces.append(w.space_after)
        offset += len(sent.words)
    return words, xpos, heads, spaces


# --- UNER over UD EWT ------------------------------------------------------------------------


def read_uner(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """sent_id -> (tokens, IOB2 tags); OTH and the stray B-O of the pre-release file -> O."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    sent_id, toks, tags = "", [], []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if toks:
                out[sent_id] = (toks, tags)
            toks, tags = [], []
        else:
            cols = line.split("\t")
            tag = cols[2]
            toks.append(cols[1])
            tags.append(tag if tag[2:] in ("PER", "ORG", "LOC") else "O")  # OTH, B-O -> O
    return out


def align_spans(src: list[str], dst: list[str], spans: Spans) -> tuple[Spans, bool]:
    """Move spans from tokens ``src`` to tokens ``dst`` of the same characters (spaces aside)."""
    if src == dst:
        return spans, True
    if "".join(src) != "".join(dst):
        return [], False
    starts, ends, pos = {}, {}, 0
    for j, tok in enumerate(dst):
        starts[pos] = j
        pos += len(tok)
        ends[pos] = j + 1
    offs, pos = [], 0
    for tok in src:
        offs.append((pos, pos + len(tok)))
        pos += len(tok)
    out: Spans = []
    for s, e, label in spans:
        cs, ce = offs[s][0], offs[e - 1][1]
        if cs not in starts or ce not in ends:
            return [], False
        out.append((starts[cs], ends[ce], label))
    return out, True


_UNER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def uner_doc_spans(doc: Document, uner: dict) -> tuple[Spans, list[tuple[int, int]], int]:
    """Entities of a UD EWT document from UNER; sentences that cannot be aligned are missing."""
    spans: Spans = []
    missing: list[tuple[int, int]] = []
    unaligned = 0
    offset = 0
    all_words: list[str] = []
    for sent in doc.sentences:
        words = [w.form for w in sent.words]
        all_words += words
        entry = uner.get(sent.sent_id)
        local: Spans = []
        ok = False
        if entry is not None:
            toks, tags = entry
            raw = [(s, e, _UNER_LABELS[lab]) for s, e, lab in bio_spans(tags)]
            local, ok = align_spans(toks, words, raw)
        if not ok:
            unaligned += 1
            missing.append((offset, offset + len(words)))
        else:
            for s, e, label in local:
                if label == "LOC":
                    label = map_place(words, s, e)
                spans.append((offset + s, offset + e, label))
        offset += len(sent.words)
    spans = add_norp(all_words, spans)
    spans = [s for s in spans if not any(m0 <= s[0] < m1 for m0, m1 in missing)]
    return spans, missing, unaligned


# --- plain token/tag files --------------------------------------------------------------------

_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|n't|'re|'ll|'ve|'m|'d)$")


def token_doc(vocab, words: list[str], spans: Spans, missing: Spans | None = None) -> Doc:
    """A Doc from tokens with a plausible spacing (no space before , . ) 's ...)."""
    spaces = [not (i + 1 < len(words) and _NO_SPACE_BEFORE.match(words[i + 1])) for i in range(len(words))]
    spaces[-1] = False
    doc = Doc(vocab, words=words, spaces=spaces)
    ents = []
    for s, e, label in spans:
        span = doc[s:e]
        span.label_ = label
        ents.append(span)
    doc.set_ents(ents, missing=[doc[s:e] for s, e, _ in (missing or [])], default="outside")
    return doc


def read_columns(path: Path, sep: str | None = "\t") -> list[tuple[list[str], list[str]]]:
    """Sentences of a two-column token/tag file (blank line between sentences)."""
    sents, toks, tags = [], [], []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        if not line.strip():
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        cols = line.split(sep) if sep else line.split()
        if len(cols) < 2:
            continue
        toks.append(cols[0])
        tags.append(cols[-1].strip())
    return sents


def map_generic(
    words: list[str], spans: list[tuple[int, int, str]], mapping: dict[str, str]
) -> tuple[Spans, Spans]:
    """Apply a label mapping; values PLACE (gazetteer split), NORP? (NORP if a demonym, else
    O) and MISSING (annotation we cannot map: no supervision) are special."""
    out: Spans = []
    missing: Spans = []
    forms = demonyms()
    for s, e, lab in spans:
        target = mapping.get(lab, "O")
        text = " ".join(words[s:e])
        if target == "PLACE":
            out.append((s, e, place_label(text)))
        elif target == "NORP?":
            if text in forms or words[s] in forms:
                out.append((s, e, "NORP"))
        elif target == "MISSING":
            missing.append((s, e, ""))
        elif target == "PERSON":
            start = strip_titles(words, s, e)
            if start < e:
                out.append((start, e, "PERSON"))
        elif target != "O":
            out.append((s, e, target))
    return add_norp(words, out), missing


WIKIGOLD = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE", "MISC": "NORP?"}
CROSSNER = {
    "politician": "PERSON",
    "person": "PERSON",
    "politicalparty": "ORG",
    "organisation": "ORG",
    "country": "GPE",
    "location": "PLACE",
    "misc": "NORP?",
}
BTC = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}


def wikigold_docs(vocab, path: Path) -> list[Doc]:
    """One Doc per article (``-DOCSTART-``), sentences as given."""
    docs, article = [], []
    for toks, tags in read_columns(path, sep=None):
        if toks[0] == "-DOCSTART-":
            if article:
                docs.append(_article_doc(vocab, article))
            article = []
            toks, tags = toks[1:], tags[1:]
        if toks:
            article.append((toks, tags))
    if article:
        docs.append(_article_doc(vocab, article))
    return docs


def _article_doc(vocab, sents) -> Doc:
    words = [t for toks, _ in sents for t in toks]
    tags = [t for _, ts in sents for t in ts]
    spans, missing = map_generic(words, bio_spans(tags), WIKIGOLD)
    doc = token_doc(vocab, words, spans, missing)
    i = 0
    for toks, _ in sents:
        doc[i].is_sent_start = True
        for k in range(1, len(toks)):
            doc[i + k].is_sent_start = False
        i += len(toks)
    return doc


def join_mentions(toks: list[str], tags: list[str]) -> tuple[list[str], list[str], Spans]:
    """BTC splits a Twitter @mention into "@" and the name, each B-tagged: join them into one
    token and leave it without NER supervision (news text has no @mentions)."""
    out_t, out_g, missing = [], [], []
    i = 0
    while i < len(toks):
        if toks[i] == "@" and i + 1 < len(toks):
            missing.append((len(out_t), len(out_t) + 1, ""))
            out_t.append("@" + toks[i + 1])
            out_g.append("O")
            i += 2
            continue
        out_t.append(toks[i])
        out_g.append(tags[i])
        i += 1
    return out_t, out_g, missing


def column_docs(vocab, path: Path, mapping: dict[str, str]) -> list[Doc]:
    docs = []
    for toks, tags in read_columns(path):
        toks, tags, at = join_mentions(toks, tags)
        spans, missing = map_generic(toks, bio_spans(tags), mapping)
        missing += [m for m in at if not any(s <= m[0] < e for s, e, _ in spans)]
        docs.append(token_doc(vocab, toks, spans, missing))
    return docs


# --- re3d (JSON, character offsets) ------------------------------------------------------------

RE3D_SUBSETS = ("UK_Government", "Australian_Department_of_Foreign_Affairs", "Wikipedia")
_DETERMINERS = {
    "the",
    "The",
    "a",
    "A",
    "an",
    "An",
    "its",
    "Its",
    "their",
    "Their",
    "all",
    "All",
    "both",
    "Both",
    "his",
    "His",
    "her",
    "Her",
    "our",
    "Our",
    "this",
    "This",
}


def re3d_docs(nlp, root: Path) -> list[Doc]:
    """Entities with confidence >= 0.5, cleaned to OntoNotes-style names (docs/MODEL.md)."""
    docs = []
    for subset in RE3D_SUBSETS:
        folder = root / "re3d" / "json" / subset.replace("_", " ")
        if not folder.exists():
            folder = root / "re3d" / "json" / subset
        texts = {}
        for line in (folder / "documents.json").read_text(encoding="utf8").splitlines():
            d = json.loads(line)
            texts[d["_id"]] = d["text"]
        ents: dict[str, list[dict]] = {}
        for line in (folder / "entities.json").read_text(encoding="utf8").splitlines():
            e = json.loads(line)
            if e["confidence"] >= 0.5:
                ents.setdefault(e["documentId"], []).append(e)
        for doc_id, text in texts.items():
            docs.append(_re3d_doc(nlp, text, ents.get(doc_id, [])))
    return docs


def _re3d_doc(nlp, text: str, entities: list[dict]) -> Doc:
    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    cands: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    titles = title_words()
    forms = demonyms()
    for e in entities:
        if text[e["begin"] : e["end"]].strip() != e["value"].strip():
            continue  # the 5 entities whose offsets do not match their value
        span = doc.char_span(e["begin"], e["end"], alignment_mode="expand")
        if span is None:
            continue
        s, end = span.start, span.end
        while s < end and (words[s] in _DETERMINERS or not words[s][:1].isupper()):
            s += 1
        while end > s and words[end - 1] in ("’s", "'s", ",", "."):
            end -= 1
        if s >= end:
            continue
        kind = e["type"]
        if kind == "Nationality":
            if words[s] in forms:
                cands.append((s, s + 1, "NORP"))
            continue
        if kind == "Person":
            name = strip_titles(words, s, end)
            caps = [i for i in range(name, end) if words[i][:1].isupper()]
            if name < end and len(caps) == end - name and words[name].lower() not in titles:
                cands.append((name, end, "PERSON"))
            if name > s:
                missing.append((s, name))  # titles such as "Foreign Office Minister"
            continue
        if not all(w[:1].isupper() or w in ("of", "for", "and", "the", "-", "&") for w in words[s:end]):
            missing.append((s, end))  # "Assad’s regime", "the Syrian people": unclear
            continue
        if kind == "Organisation":
            label = "GPE" if place_label(" ".join(words[s:end])) == "GPE" else "ORG"
            cands.append((s, end, label))
        elif kind == "Location":
            cands.append((s, end, place_label(" ".join(words[s:end]))))
    chosen: Spans = []
    taken: set[int] = set()
    # dict.fromkeys, not set: a span given two labels keeps the first whatever the hash seed
    for s, e, label in sorted(dict.fromkeys(cands), key=lambda c: (c[1] - c[0], c[0])):
        if taken.isdisjoint(range(s, e)):  # nested names win over their container
            chosen.append((s, e, label))
            taken.update(range(s, e))
    miss = [(s, e, "") for s, e in missing if taken.isdisjoint(range(s, e))]
    return token_doc_from(doc, add_norp(words, sorted(chosen)), miss)


def token_doc_from(doc: Doc, spans: Spans, missing: Spans) -> Doc:
    ents = []
    for s, e, label in spans:
        span = doc[s:e]
        span.label_ = label
        ents.append(span)
    taken = {i for s, e, _ in spans for i in range(s, e)}
    unknown = sorted({i for s, e, _ in missing for i in range(s, e)} - taken)
    miss = [doc[i : i + 1] for i in unknown]
    doc.set_ents(ents, missing=miss, default="outside")
    return doc


# --- main ---------------------------------------------------------------------------------------


def gum_entity_spans(doc: Document) -> Spans:
    """The named entities of a GUM document, from its mention layer (``labels.gum_named_spans``)
    plus demonyms as NORP: the training labels, and the gold of evaluate.py."""
    words, xpos, heads, spaces = doc_arrays(doc)
    mentions = [(m.start, m.end, m.etype) for m in gum_mentions(doc)]
    return add_norp(words, gum_named_spans(words, xpos, heads, spaces, mentions))


def gum_docs(vocab, corpora: Path, split: str, stats: dict) -> list[Doc]:
    docs = []
    for path in sorted((corpora / "GUM" / "dep").glob("GUM_*.conllu")):
        name = path.stem
        if is_gum_news(name) or gum_split(corpora, name) != split:
            continue
        for doc in read_documents(path):
            spans = gum_entity_spans(doc)
            stats["harmonized_speech"] = stats.get("harmonized_speech", 0) + harmonize_speech(
                doc, SPEECH_VERBS
            )
            docs.append(ud_doc(vocab, doc, spans, []))
    return docs


def ewt_docs(vocab, corpora: Path, split: str, stats: dict) -> list[Doc]:
    uner = read_uner(corpora / "UNER_English-EWT" / f"en_ewt-ud-{split}.iob2")
    docs, unaligned = [], 0
    for doc in read_documents(corpora / "UD_English-EWT" / f"en_ewt-ud-{split}.conllu"):
        spans, missing, n = uner_doc_spans(doc, uner)
        unaligned += n
        stats["harmonized_speech"] = stats.get("harmonized_speech", 0) + harmonize_speech(doc, SPEECH_VERBS)
        docs.append(ud_doc(vocab, doc, spans, missing))
    stats[f"ewt_{split}_unaligned_ner_sentences"] = unaligned
    return docs


def summarize(docs: list[Doc]) -> dict:
    labels: dict[str, int] = {}
    for doc in docs:
        for ent in doc.ents:
            labels[ent.label_] = labels.get(ent.label_, 0) + 1
    words = sum(1 for doc in docs for t in doc if not t.is_space)
    return {"docs": len(docs), "words": words, "entities": dict(sorted(labels.items()))}


def main(corpora: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    from claimledger.nlp.tokenizer import news_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = news_tokenizer(nlp)
    vocab = nlp.vocab
    stats: dict = {}
    parts: dict[str, list[Doc]] = {
        "ewt_train": ewt_docs(vocab, corpora, "train", stats),
        "gum_train": gum_docs(vocab, corpora, "train", stats),
        "ewt_dev": ewt_docs(vocab, corpora, "dev", stats),
        "gum_dev": gum_docs(vocab, corpora, "dev", stats),
        "wikigold": wikigold_docs(vocab, corpora / "WikiGold" / "wikigold.conll.txt"),
        "crossner": [
            d
            for split in ("train", "dev", "test")
            for d in column_docs(vocab, corpora / "CrossNER_politics" / f"{split}.txt", CROSSNER)
        ],
        "btc": [d for sec in ("e", "g") for d in column_docs(vocab, corpora / "BTC" / f"{sec}.conll", BTC)],
        "re3d": re3d_docs(nlp, corpora),
    }
    sets = {
        "ud_train": parts["ewt_train"] + parts["gum_train"],
        "ud_dev": parts["ewt_dev"] + parts["gum_dev"],
        "ner_extra": parts["wikigold"] + parts["crossner"] + parts["btc"] + parts["re3d"],
    }
    sets["ner_train"] = sets["ud_train"] + sets["ner_extra"]
    sets["ner_dev"] = sets["ud_dev"]
    for name, docs in sets.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
    stats["parts"] = {name: summarize(docs) for name, docs in parts.items()}
    (out / "stats.json").write_text(json.dumps(stats, indent=1) + "\n")
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
