"""Acceptance metrics of a pipeline on the held-out test sets (never used for training/selection).

    python scripts/train/evaluate.py MODEL CORPORA OUT.json [--sets ewt,pud,gum] [--disable C1,C2]

``--sets dev,newsdev`` scores development text instead (for tuning rules; never acceptance).

How text is fed (the way articles arrive): every document is one text; paragraphs (``# newpar``)
are separated by a blank line, sentences inside a paragraph by one space (words keep their
``SpaceAfter``). UD PUD has no paragraph information and its sentences are a few per document,
not adjacent: a PUD document is its sentences joined by single spaces.

Scoring aligns gold words to predicted tokens by character offsets: a gold word counts as
aligned only when a predicted token has exactly its characters. Misaligned words are errors.

- UPOS: share of gold words whose aligned token has the gold UPOS.
- UAS/LAS: over gold words whose relation is not ``punct`` (spaCy's convention); right when
  the aligned token's head is the token aligned to the gold head (and, for LAS, the full
  relation label matches, e.g. ``nsubj:pass``; ``root`` = ``ROOT``). ``las_punct``: all words.
- ``las_conll18``: LAS as the official CoNLL 2018 UD shared-task script (``conll18_ud_eval.py``)
  computes it: over all words, punctuation included, comparing only the universal part of the
  relation (``nsubj:pass`` = ``nsubj``; "Let's ignore language-specific deprel subtypes").
- Subtypes a gold treebank never uses: UD EWT (our training data) writes ``obl:agent``,
  ``nsubj:outer`` and ``csubj:outer``; UD PUD uses none of the three (an agent is a plain ``obl``
  there). For PUD a predicted subtype outside PUD's label inventory is compared by its universal
  relation (predicted ``obl:agent`` = gold ``obl``); every label PUD does use is compared in full.
- Sentences: precision/recall/F1 of sentence spans (first to last word, by characters).
- Speech verbs (lemmas in ``src/claimledger/data/speech_verbs.txt``): of the gold words whose
  gold head is a speech verb, ``speech_clause`` = those with relation ccomp or parataxis whose
  predicted head and relation both match; ``speech_subj`` = the same for nsubj.
- NER: exact-span precision/recall/F1 by characters on PER/ORG/LOC. Our labels are mapped
  PERSON->PER, ORG->ORG, GPE->LOC, LOC->LOC; predicted NORP entities are dropped, because
  UNER has no such class (nationalities are outside PER/ORG/LOC there). GUM gold entities are
  derived from its mention layer exactly as for training (scripts/train/labels.py).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conllu import Document, read_documents  # noqa: E402
from convert import align_spans, bio_spans, doc_arrays, gum_entity_spans, read_uner  # noqa: E402
from splits import INTERVIEW_TEST, NEWS_TEST, gum_split  # noqa: E402

EVAL_LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def speech_verbs() -> frozenset[str]:
    text = resources.files("claimledger.data").joinpath("speech_verbs.txt").read_text("utf8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


# --- text the way articles arrive ------------------------------------------------------------


@dataclass
class GoldText:
    text: str
    offsets: list[tuple[int, int]]  # per word of the document
    sentences: list[tuple[int, int]]  # (first word, last word + 1)


def build_text(doc: Document, paragraphs: bool = True) -> GoldText:
    parts: list[str] = []
    pos = 0
    offsets: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    paras = doc.paragraphs if paragraphs else [doc.sentences]
    for p, para in enumerate(paras):
        if p:
            parts.append("\n\n")
            pos += 2
        for s, sent in enumerate(para):
            if s:
                parts.append(" ")
                pos += 1
            first = len(offsets)
            for k, w in enumerate(sent.words):
                parts.append(w.form)
                offsets.append((pos, pos + len(w.form)))
                pos += len(w.form)
                if w.space_after and k + 1 < len(sent.words):
                    parts.append(" ")
                    pos += 1
            sentences.append((first, len(offsets)))
    return GoldText("".join(parts), offsets, sentences)


# --- counters -----------------------------------------------------------------------------------


@dataclass
class Counts:
    c: Counter = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.c[key] += n

    def ratio(self, num: str, den: str) -> float | None:
        return round(100 * self.c[num] / self.c[den], 2) if self.c[den] else None

    def prf(self, prefix: str) -> dict[str, float | None]:
        tp, fp, fn = self.c[prefix + "tp"], self.c[prefix + "fp"], self.c[prefix + "fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "n_gold": tp + fn}


def label_inventory(docs: list[Document]) -> frozenset[str]:
    """Every relation the gold documents use (``root`` written ``ROOT``, as spaCy does)."""
    return frozenset(
        "ROOT" if w.deprel == "root" else w.deprel for d in docs for s in d.sentences for w in s.words
    )


def same_label(pred: str, gold: str, inventory: frozenset[str] | None) -> bool:
    """The full relation matches; a predicted subtype the gold treebank never uses (outside
    ``inventory``) is compared by its universal relation."""
    if pred == gold:
        return True
    return inventory is not None and pred not in inventory and pred.split(":")[0] == gold


def score_syntax(
    doc: Document,
    gold: GoldText,
    pred,
    counts: Counts,
    verbs: frozenset[str],
    errors: list | None = None,
    inventory: frozenset[str] | None = None,
):
    by_offsets = {(t.idx, t.idx + len(t.text)): t for t in pred if not t.is_space}
    words = [w for s in doc.sentences for w in s.words]
    heads = doc_arrays(doc)[2]
    aligned = [by_offsets.get(off) for off in gold.offsets]
    token_to_word = {t.i: i for i, t in enumerate(aligned) if t is not None}
    for i, (w, tok) in enumerate(zip(words, aligned, strict=True)):
        counts.add("words")
        counts.add("aligned", tok is not None)
        counts.add("upos_ok", tok is not None and tok.pos_ == w.upos)
        gold_dep = "ROOT" if w.deprel == "root" else w.deprel
        head_ok = False
        if tok is not None:
            ph = token_to_word.get(tok.head.i)
            head_ok = (ph == heads[i]) or (heads[i] == -1 and tok.head.i == tok.i)
        las_ok = head_ok and tok is not None and same_label(tok.dep_, gold_dep, inventory)
        counts.add("all")
        counts.add("las_all_ok", las_ok)
        # CoNLL 2018 shared-task LAS: every word, the universal part of the label only
        counts.add(
            "las_ud_ok", head_ok and tok is not None and tok.dep_.split(":")[0] == gold_dep.split(":")[0]
        )
        if w.deprel != "punct":
            counts.add("dep")
            counts.add("uas_ok", head_ok)
            counts.add("las_ok", las_ok)
        if heads[i] >= 0 and words[heads[i]].lemma in verbs and words[heads[i]].upos == "VERB":
            base = w.deprel.split(":")[0]
            pred_base = tok.dep_.split(":")[0] if tok is not None else ""
            if base in ("ccomp", "parataxis"):
                counts.add("clause")
                counts.add("clause_ok", head_ok and pred_base == base)
                if errors is not None and not (head_ok and pred_base == base):
                    errors.append((doc.doc_id, i, base, pred_base, head_ok, tok, words[heads[i]]))
            elif w.deprel == "nsubj":
                counts.add("subj")
                counts.add("subj_ok", head_ok and pred_base == "nsubj")
    gold_sents = {(gold.offsets[s][0], gold.offsets[e - 1][1]) for s, e in gold.sentences}
    pred_sents = set()
    for sent in pred.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            pred_sents.add((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    counts.add("sent_tp", len(gold_sents & pred_sents))
    counts.add("sent_fp", len(pred_sents - gold_sents))
    counts.add("sent_fn", len(gold_sents - pred_sents))


def score_ner(gold_spans: set[tuple[int, int, str]], pred, counts: Counts) -> None:
    pred_spans = {
        (e.start_char, e.end_char, EVAL_LABELS[e.label_]) for e in pred.ents if e.label_ in EVAL_LABELS
    }
    for label in ("", "PER_", "ORG_", "LOC_"):
        g = {s for s in gold_spans if not label or s[2] + "_" == label}
        p = {s for s in pred_spans if not label or s[2] + "_" == label}
        counts.add(f"ner_{label}tp", len(g & p))
        counts.add(f"ner_{label}fp", len(p - g))
        counts.add(f"ner_{label}fn", len(g - p))


def char_spans(gold: GoldText, spans) -> set[tuple[int, int, str]]:
    return {
        (gold.offsets[s][0], gold.offsets[e - 1][1], EVAL_LABELS[label])
        for s, e, label in spans
        if label in EVAL_LABELS
    }


def uner_spans(doc: Document, uner: dict, key) -> list[tuple[int, int, str]] | None:
    """UNER entities of a UD document in document word offsets (None: a sentence is missing)."""
    out, offset = [], 0
    for k, sent in enumerate(doc.sentences):
        entry = uner.get(key(doc, k, sent))
        if entry is None:
            return None
        toks, tags = entry
        words = [w.form for w in sent.words]
        spans, ok = align_spans(toks, words, [(s, e, lab) for s, e, lab in bio_spans(tags)])
        if not ok:
            return None
        out += [(offset + s, offset + e, lab) for s, e, lab in spans]
        offset += len(words)
    return out


def summary(counts: Counts, ner: bool) -> dict:
    out = {
        "words": counts.c["words"],
        "tokenization": counts.ratio("aligned", "words"),
        "upos": counts.ratio("upos_ok", "words"),
        "uas": counts.ratio("uas_ok", "dep"),
        "las": counts.ratio("las_ok", "dep"),
        "las_punct": counts.ratio("las_all_ok", "all"),
        "las_conll18": counts.ratio("las_ud_ok", "all"),
        "sent": counts.prf("sent_"),
        "speech_clause": counts.ratio("clause_ok", "clause"),
        "speech_clause_n": counts.c["clause"],
        "speech_subj": counts.ratio("subj_ok", "subj"),
        "speech_subj_n": counts.c["subj"],
    }
    if ner:
        out["ner"] = {
            lab or "ALL": counts.prf(f"ner_{lab}_" if lab else "ner_") for lab in ("", "PER", "ORG", "LOC")
        }
    return out


# --- the test sets --------------------------------------------------------------------------------


def eval_ewt(nlp, corpora: Path, verbs) -> dict:
    uner = read_uner(corpora / "UNER_English-EWT" / "en_ewt-ud-test.iob2")
    counts = Counts()
    docs = read_documents(corpora / "UD_English-EWT" / "en_ewt-ud-test.conllu")
    golds = [build_text(d) for d in docs]
    for doc, gold, pred in zip(docs, golds, nlp.pipe(g.text for g in golds), strict=True):
        score_syntax(doc, gold, pred, counts, verbs)
        spans = uner_spans(doc, uner, lambda d, k, s: s.sent_id)
        if spans is None:
            counts.add("ner_docs_skipped")
            continue
        score_ner(char_spans(gold, spans), pred, counts)
    out = summary(counts, ner=True)
    out["ner_docs_skipped"] = counts.c["ner_docs_skipped"]
    return out


def eval_pud(nlp, corpora: Path, verbs) -> dict:
    uner = read_uner(corpora / "UNER_English-PUD" / "en_pud-ud-test.iob2")
    docs = read_documents(corpora / "UD_English-PUD" / "en_pud-ud-test.conllu")
    golds = [build_text(d, paragraphs=False) for d in docs]
    inventory = label_inventory(docs)
    parts = {"all": Counts(), "news": Counts(), "wiki": Counts()}
    for doc, gold, pred in zip(docs, golds, nlp.pipe(g.text for g in golds), strict=True):
        part = parts["news" if doc.doc_id.startswith("n") else "wiki"]
        spans = uner_spans(doc, uner, lambda d, k, s: f"{d.doc_id}-{k + 1:04d}")
        for counts in (parts["all"], part):
            score_syntax(doc, gold, pred, counts, verbs, inventory=inventory)
            if spans is None:
                counts.add("ner_docs_skipped")
            else:
                score_ner(char_spans(gold, spans), pred, counts)
    out = {name: summary(c, ner=True) for name, c in parts.items()}
    out["all"]["ner_docs_skipped"] = parts["all"].c["ner_docs_skipped"]
    return out


def eval_gum(nlp, corpora: Path, verbs) -> dict:
    """GUM test documents of GUM/dep (never GUM/dep_noncommercial): syntax on all of them, NER
    on the news and Wikinews-interview test documents (reserved gold: evaluation only)."""
    syntax, ner = Counts(), Counts()
    paths = [
        p
        for p in sorted((corpora / "GUM" / "dep").glob("GUM_*.conllu"))
        if gum_split(corpora, p.stem) == "test"
    ]
    docs = [d for p in paths for d in read_documents(p)]
    golds = [build_text(d) for d in docs]
    for doc, gold, pred in zip(docs, golds, nlp.pipe(g.text for g in golds), strict=True):
        score_syntax(doc, gold, pred, syntax, verbs)
        if doc.doc_id in NEWS_TEST + INTERVIEW_TEST:
            score_ner(char_spans(gold, gum_entity_spans(doc)), pred, ner)
    out = summary(syntax, ner=False)
    out["docs"] = len(docs)
    out["ner_news_interview"] = {
        lab or "ALL": ner.prf(f"ner_{lab}_" if lab else "ner_") for lab in ("", "PER", "ORG", "LOC")
    }
    return out


def eval_dev(nlp, corpora: Path, verbs, errors: list | None = None) -> dict:
    """Development only (never reported as acceptance): EWT dev (+ UNER dev) and GUM dev
    (GUM/dep, no news; derived entities)."""
    uner = read_uner(corpora / "UNER_English-EWT" / "en_ewt-ud-dev.iob2")
    docs = read_documents(corpora / "UD_English-EWT" / "en_ewt-ud-dev.conllu")
    for p in sorted((corpora / "GUM" / "dep").glob("GUM_*.conllu")):
        if gum_split(corpora, p.stem) == "dev" and not p.stem.startswith("GUM_news_"):
            docs += read_documents(p)
    counts = Counts()
    golds = [build_text(d) for d in docs]
    for doc, gold, pred in zip(docs, golds, nlp.pipe(g.text for g in golds), strict=True):
        score_syntax(doc, gold, pred, counts, verbs, errors)
        if doc.doc_id.startswith("GUM_"):
            spans = gum_entity_spans(doc)
        else:
            spans = uner_spans(doc, uner, lambda d, k, s: s.sent_id)
        if spans is not None:
            score_ner(char_spans(gold, spans), pred, counts)
    return summary(counts, ner=True)


def eval_news_dev(nlp, corpora: Path, verbs) -> dict:
    """Development only: NER on the GUM news documents outside GUM's test split, which no model
    is trained on (GUM news is claimledger's extraction gold): dev text of the target genre."""
    docs = []
    for p in sorted((corpora / "GUM" / "dep").glob("GUM_news_*.conllu")):
        if gum_split(corpora, p.stem) != "test":
            docs += read_documents(p)
    counts = Counts()
    golds = [build_text(d) for d in docs]
    for doc, gold, pred in zip(docs, golds, nlp.pipe(g.text for g in golds), strict=True):
        score_syntax(doc, gold, pred, counts, verbs)
        score_ner(char_spans(gold, gum_entity_spans(doc)), pred, counts)
    out = summary(counts, ner=True)
    out["docs"] = len(docs)
    return out


def headline(res: dict) -> dict:
    """The acceptance figures of issue 3, flat."""
    out = {}
    if "ewt_test" in res:
        e = res["ewt_test"]
        out.update(
            {
                "EWT test LAS": e["las"],
                "EWT test UPOS": e["upos"],
                "EWT test sentence F": e["sent"]["f"],
                "UNER EWT test NER F": e["ner"]["ALL"]["f"],
            }
        )
    if "pud" in res:
        p = res["pud"]
        out.update(
            {
                "PUD LAS": p["all"]["las"],
                "PUD news LAS": p["news"]["las"],
                "PUD sentence F": p["all"]["sent"]["f"],
                "UNER PUD news NER F": p["news"]["ner"]["ALL"]["f"],
                "UNER PUD news ORG recall": p["news"]["ner"]["ORG"]["r"],
            }
        )
    if "gum_test" in res:
        g = res["gum_test"]
        out.update(
            {"GUM test LAS": g["las"], "GUM news+interview test NER F": g["ner_news_interview"]["ALL"]["f"]}
        )
    clause = Counter()
    for key, part in (("ewt_test", None), ("pud", "all"), ("gum_test", None)):
        if key in res:
            r = res[key] if part is None else res[key][part]
            for name in ("speech_clause", "speech_subj"):
                if r[name] is not None:
                    clause[name + "_ok"] += r[name] * r[name + "_n"] / 100
                    clause[name + "_n"] += r[name + "_n"]
    for name in ("speech_clause", "speech_subj"):
        if clause[name + "_n"]:
            out[f"speech-verb {name.split('_')[1]} (EWT+PUD+GUM test)"] = round(
                100 * clause[name + "_ok"] / clause[name + "_n"], 2
            )
    return out


def main(model: str, corpora: Path, out: Path, sets: list[str], disable: list[str]) -> None:
    import claimledger.nlp as cl_nlp

    nlp = cl_nlp.load(model)
    for name in disable:
        nlp.disable_pipe(name)
    verbs = speech_verbs()
    res: dict = {"model": str(model), "disabled": disable}
    t0 = time.time()
    if "ewt" in sets:
        res["ewt_test"] = eval_ewt(nlp, corpora, verbs)
    if "pud" in sets:
        res["pud"] = eval_pud(nlp, corpora, verbs)
    if "gum" in sets:
        res["gum_test"] = eval_gum(nlp, corpora, verbs)
    if "dev" in sets:
        res["dev"] = eval_dev(nlp, corpora, verbs)
    if "newsdev" in sets:
        res["news_dev"] = eval_news_dev(nlp, corpora, verbs)
    res["headline"] = headline(res)
    res["seconds"] = round(time.time() - t0, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    print_table(res)


def print_table(res: dict) -> None:
    print(f"{'metric':<45} {'value':>8}")
    for key, value in res["headline"].items():
        print(f"{key:<45} {value:>8}")


if __name__ == "__main__":
    args = sys.argv[1:]
    options = {"--sets": "ewt,pud,gum", "--disable": ""}
    for name in options:
        if name in args:
            i = args.index(name)
            options[name] = args[i + 1]
            args = args[:i] + args[i + 2 :]
    main(
        args[0],
        Path(args[1]),
        Path(args[2]),
        options["--sets"].split(","),
        [x for x in options["--disable"].split(",") if x],
    )
