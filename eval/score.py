"""Score claimledger against gold annotation files and enforce the pinned floors.

    python -m eval.score                      # every split, table on stdout, eval/results.json
    python -m eval.score --split dev -v       # one split, with per-article errors
    python -m eval.score --gate               # exit 1 when any metric is below eval/floors.json

Matching (one-to-one, greedy by overlap): a predicted span matches a gold span when their
character overlap is at least half of the longer of the two. Metrics:
- statements: content match (P/R/F1); attribution = content match and the right speaker
  (resolved names compared after normalisation; a person also by surname; null = null);
  cue and kind accuracy over matched statements;
- quantities: span match; value+unit+bound F1 (all three right); claimant accuracy over matches;
- dates: span match; value accuracy over gold dates (resolved value equal, unmatched = wrong);
- places: distinct surface forms (P/R/F1); country accuracy over matched forms;
- events: type+actor (F1) and type+actor+target (F1), trigger overlap.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .goldset import gold_files, locate

ROOT = Path(__file__).parent
GOLD = ROOT / "gold"
SEED = ROOT.parent.parent / "shared" / "gold" / "seed-kursk.json"
FLOORS = ROOT / "floors.json"
RESULTS = ROOT / "results.json"


# -- span helpers ---------------------------------------------------------------------------------
def _span(text: str, needle: str | None, occurrence: int | None = 1) -> tuple[int, int] | None:
    if not needle:
        return None
    start = locate(text, needle, int(occurrence or 1))
    return (start, start + len(needle)) if start >= 0 else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def _match(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]], threshold: float = 0.5
) -> dict[int, int]:
    """Gold index → predicted index, greedily by overlap, one to one."""
    pairs = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


# -- name normalisation ---------------------------------------------------------------------------
_DROP = re.compile(r"^(the|a|an)\s+|['’]s\b|[.,“”\"']", re.IGNORECASE)


def norm_name(name: str | None) -> str:
    if not name:
        return ""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = _DROP.sub("", name.strip())
    return " ".join(name.casefold().replace("defense", "defence").replace("-", " ").split())


def same_speaker(gold: dict[str, Any], pred: str | None) -> bool:
    names = {norm_name(gold.get("speaker")), norm_name(gold.get("speaker_normalized"))} - {""}
    p = norm_name(pred)
    if not names:
        return not p
    if not p:
        return False
    if p in names:
        return True
    p_tokens = set(p.split())
    for g in names:
        g_tokens = set(g.split())
        if gold.get("speaker_type") == "person" and g.split()[-1] == p.split()[-1]:
            return True  # a person by surname
        if (
            gold.get("speaker_type") != "person"
            and (g_tokens <= p_tokens or p_tokens <= g_tokens)
            and len(g_tokens & p_tokens) >= 1
        ):
            small = min(len(g_tokens), len(p_tokens))
            if small >= 2 or (
                small == 1
                and (g_tokens | p_tokens) - (g_tokens & p_tokens)
                <= {"government", "ministry", "officials", "forces", "military"}
            ):
                return True
    return False


def same_country(gold: str | None, pred: str | None) -> bool:
    aliases = {
        "united states of america": "united states",
        "usa": "united states",
        "uk": "united kingdom",
        "palestine": "palestinian territory",
        "state of palestine": "palestinian territory",
    }
    g, p = norm_name(gold), norm_name(pred)
    return aliases.get(g, g) == aliases.get(p, p)


# -- counting ---------------------------------------------------------------------------------------
@dataclass
class Tally:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, tp: float, n_pred: float, n_gold: float) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    errors: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, t in sorted(self.tallies.items()):
            p, r, f = t.prf()
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = round(p, 4), round(r, 4), round(f, 4)
        for name, ratio in sorted(self.ratios.items()):
            out[name] = round(ratio.value(), 4)
        return out


# -- per-article scoring ----------------------------------------------------------------------------
def score_article(gold: dict[str, Any], ledger: Any, scores: Scores, verbose: bool = False) -> None:
    text = gold["text"]
    name = gold["id"]
    _score_statements(gold, ledger, text, name, scores, verbose)
    _score_quantities(gold, ledger, text, name, scores, verbose)
    _score_dates(gold, ledger, text, name, scores, verbose)
    _score_places(gold, ledger, name, scores, verbose)
    if gold.get("events") is not None and "events" in gold:
        _score_events(gold, ledger, text, name, scores, verbose)


def _score_statements(gold, ledger, text, name, scores, verbose):  # type: ignore[no-untyped-def]
    g_spans = [_span(text, s["content"], s.get("occurrence")) for s in gold["statements"]]
    keep = [i for i, sp in enumerate(g_spans) if sp]
    g_list = [gold["statements"][i] for i in keep]
    g_spans = [g_spans[i] for i in keep]
    preds = ledger.statements
    p_spans = [(s.content.start, s.content.end) for s in preds]
    matched = _match(g_spans, p_spans)
    scores.tallies["statement"].add(len(matched), len(preds), len(g_list))
    right = 0
    for gi, pi in matched.items():
        g, p = g_list[gi], preds[pi]
        ok = same_speaker(g, p.speaker.name if p.speaker else None)
        right += ok
        scores.ratios["cue_accuracy"].add(_same_cue(g.get("cue"), p.cue))
        scores.ratios["kind_accuracy"].add(g.get("kind") == p.kind)
        scores.ratios["speaker_accuracy"].add(ok)
        if verbose and not ok:
            scores.errors.append(
                f"{name} speaker {g['id']}: gold {g.get('speaker')!r} pred {p.speaker.name if p.speaker else None!r} | {g['content'][:60]}"
            )
    scores.tallies["attribution"].add(right, len(preds), len(g_list))
    if verbose:
        for gi, g in enumerate(g_list):
            if gi not in matched:
                scores.errors.append(
                    f"{name} missed {g['id']} [{g.get('cue')}] {g.get('speaker')}: {g['content'][:70]}"
                )
        used = set(matched.values())
        for pi, p in enumerate(preds):
            if pi not in used:
                scores.errors.append(
                    f"{name} spurious {p.id} [{p.cue.text if p.cue else None}] {p.speaker.name if p.speaker else None}: {p.content.text[:70]}"
                )


def _same_cue(gold_cue: str | None, pred_cue: Any) -> bool:
    if not gold_cue or pred_cue is None:
        return not gold_cue and pred_cue is None
    g, p = gold_cue.casefold().split(), pred_cue.text.casefold().split()
    return bool(set(g) & set(p)) or (pred_cue.lemma and pred_cue.lemma in gold_cue.casefold())


def _score_quantities(gold, ledger, text, name, scores, verbose):  # type: ignore[no-untyped-def]
    g_list = [q for q in gold["quantities"] if _span(text, q["text"], q.get("occurrence"))]
    g_spans = [_span(text, q["text"], q.get("occurrence")) for q in g_list]
    preds = ledger.quantities
    matched = _match(g_spans, [(q.start, q.end) for q in preds])
    scores.tallies["quantity_span"].add(len(matched), len(preds), len(g_list))
    full = 0
    for gi, pi in matched.items():
        g, p = g_list[gi], preds[pi]
        ok = (
            _close(g["value"], p.value)
            and _close(g.get("value_max"), p.value_max)
            and g.get("unit") == p.unit
            and g["bound"] == p.bound
        )
        full += ok
        claimant_gold = None if g.get("asserted_by") in (None, "reporter") else g["asserted_by"]
        claim_ok = (claimant_gold is None and p.asserted_by is None) or (
            claimant_gold is not None
            and p.asserted_by is not None
            and same_speaker(
                {
                    "speaker": claimant_gold,
                    "speaker_normalized": g.get("asserted_by_normalized"),
                    "speaker_type": "person" if " " in claimant_gold else "organization",
                },
                p.asserted_by.name,
            )
        )
        scores.ratios["claimant_accuracy"].add(claim_ok)
        if verbose and not ok:
            scores.errors.append(
                f"{name} quantity {g['text']!r}: gold {g['value']} {g.get('unit')} {g['bound']} pred {p.value} {p.unit} {p.bound}"
            )
        if verbose and not claim_ok:
            scores.errors.append(
                f"{name} claimant {g['text']!r}: gold {claimant_gold!r} pred {p.asserted_by.name if p.asserted_by else None!r}"
            )
    scores.tallies["quantity_vub"].add(full, len(preds), len(g_list))
    if verbose:
        used = set(matched.values())
        scores.errors += [
            f"{name} quantity missed {g['text']!r}" for gi, g in enumerate(g_list) if gi not in matched
        ]
        scores.errors += [
            f"{name} quantity spurious {p.text!r}" for pi, p in enumerate(preds) if pi not in used
        ]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))


def _score_dates(gold, ledger, text, name, scores, verbose):  # type: ignore[no-untyped-def]
    g_list = [d for d in gold["dates"] if _span(text, d["text"], d.get("occurrence"))]
    g_spans = [_span(text, d["text"], d.get("occurrence")) for d in g_list]
    preds = ledger.dates
    matched = _match(g_spans, [(d.start, d.end) for d in preds])
    scores.tallies["date_span"].add(len(matched), len(preds), len(g_list))
    for gi, g in enumerate(g_list):
        p = preds[matched[gi]] if gi in matched else None
        ok = p is not None and (p.value or None) == (g.get("resolved") or None)
        scores.ratios["date_value_accuracy"].add(ok)
        if verbose and not ok:
            scores.errors.append(
                f"{name} date {g['text']!r}: gold {g.get('resolved')} pred {p.value if p else 'MISSING'}"
            )


def _score_places(gold, ledger, name, scores, verbose):  # type: ignore[no-untyped-def]
    g_forms = {p["text"]: p for p in gold["places"]}
    p_forms: dict[str, Any] = {}
    for p in ledger.places:
        p_forms.setdefault(p.text, p)
    hits = set(g_forms) & set(p_forms)
    scores.tallies["place"].add(len(hits), len(p_forms), len(g_forms))
    for form in sorted(hits):
        ok = same_country(g_forms[form].get("country"), p_forms[form].country)
        scores.ratios["place_country_accuracy"].add(ok)
        if verbose and not ok:
            scores.errors.append(
                f"{name} place {form!r}: gold {g_forms[form].get('country')} pred {p_forms[form].country}"
            )
    if verbose:
        scores.errors += [f"{name} place missed {f!r}" for f in sorted(set(g_forms) - hits)]
        scores.errors += [
            f"{name} place spurious {f!r} ({p_forms[f].name}, {p_forms[f].country})"
            for f in sorted(set(p_forms) - hits)
        ]


def _score_events(gold, ledger, text, name, scores, verbose):  # type: ignore[no-untyped-def]
    g_list = gold.get("events", [])
    preds = ledger.events
    entity_names = {e.id: e.name for e in ledger.entities}

    def actor(pred_id: str | None) -> str | None:
        return entity_names.get(pred_id or "", pred_id)

    for key, fields in (("event_type_actor", ("actor",)), ("event_type_actor_target", ("actor", "target"))):
        used: set[int] = set()
        hit: set[int] = set()
        for gi, g in enumerate(g_list):
            for pi, p in enumerate(preds):
                if pi in used or p.type != g["type"]:
                    continue
                if all(_same_party(g.get(f), actor(getattr(p, f))) for f in fields):
                    used.add(pi)
                    hit.add(gi)
                    break
        scores.tallies[key].add(len(hit), len(preds), len(g_list))
        if verbose and key == "event_type_actor":
            scores.errors += _event_errors(name, text, g_list, preds, hit, used, actor)


def _event_errors(name, text, g_list, preds, hit, used, actor):  # type: ignore[no-untyped-def]
    """Diagnostics only (the scores above do not look at triggers): each gold event the
    type+actor matching left unpaired, set against the unpaired prediction whose trigger
    overlaps its own (wrong type, wrong actor) or none (missed); then the unpaired predictions."""
    out = []
    free = [pi for pi in range(len(preds)) if pi not in used]
    for gi, g in enumerate(g_list):
        if gi in hit:
            continue
        g_span = _span(text, g["trigger"], g.get("occurrence"))
        overlap = (
            {pi: _overlap(g_span, (preds[pi].trigger.start, preds[pi].trigger.end)) for pi in free}
            if g_span
            else {}
        )
        near = max((pi for pi, o in overlap.items() if o > 0), key=overlap.__getitem__, default=None)
        gold_desc = f"{g['type']} [{g['trigger']}] actor {g.get('actor')!r} ({g.get('actor_text')!r})"
        if near is None:
            out.append(f"{name} event missed {g['id']} {gold_desc}")
            continue
        p = preds[near]
        free.remove(near)
        what = "wrong type" if p.type != g["type"] else "wrong actor"
        out.append(f"{name} event {what} {g['id']} {gold_desc}: pred {p.type} actor {actor(p.actor)!r}")
    for pi in free:
        p = preds[pi]
        out.append(
            f"{name} event spurious {p.id} {p.type} [{p.trigger.text}] actor {actor(p.actor)!r} "
            f"target {actor(p.target)!r}"
        )
    return out


def _same_party(gold: str | None, pred: str | None) -> bool:
    if not gold:
        return not pred
    return same_speaker({"speaker": gold, "speaker_type": "organization"}, pred) or norm_name(
        gold
    ) == norm_name(pred)


# -- running ------------------------------------------------------------------------------------------
def load_split(split: str) -> list[dict[str, Any]]:
    if split == "seed":
        return [json.loads(SEED.read_text(encoding="utf-8"))] if SEED.exists() else []
    return [json.loads(p.read_text(encoding="utf-8")) for p in gold_files(GOLD / split)]


def run(splits: list[str], verbose: bool = False) -> dict[str, dict[str, float]]:
    from claimledger import analyze
    from claimledger.nlp import load

    nlp = load()
    results: dict[str, dict[str, float]] = {}
    for split in splits:
        docs = load_split(split)
        if not docs:
            continue
        scores = Scores()
        started = time.perf_counter()
        for gold in docs:
            published = gold.get("published") or gold.get("meta", {}).get("reference_date")
            ledger = analyze(
                gold["text"], published=published, id=gold["id"], title=gold.get("title"), nlp=nlp
            )
            score_article(gold, ledger, scores, verbose)
        metrics = scores.metrics()
        metrics["articles"] = len(docs)
        metrics["seconds"] = round(time.perf_counter() - started, 2)
        results[split] = metrics
        if verbose:
            print(f"\n## {split}: errors")
            for line in scores.errors:
                print("  " + line)
    return results


TABLE_ROWS = [
    ("statement_f1", "statements F1 (content overlap ≥ 50%)"),
    ("statement_p", "  precision"),
    ("statement_r", "  recall"),
    ("attribution_f1", "attribution F1 (content + speaker)"),
    ("speaker_accuracy", "speaker accuracy (matched statements)"),
    ("cue_accuracy", "cue accuracy (matched)"),
    ("kind_accuracy", "kind accuracy (matched)"),
    ("quantity_vub_f1", "quantity value+unit+bound F1"),
    ("quantity_span_f1", "quantity span F1"),
    ("claimant_accuracy", "claimant accuracy (matched quantities)"),
    ("date_value_accuracy", "date value accuracy (over gold dates)"),
    ("date_span_f1", "date span F1"),
    ("place_f1", "place F1 (distinct surface forms)"),
    ("place_country_accuracy", "place country accuracy"),
    ("event_type_actor_f1", "event type+actor F1"),
    ("event_type_actor_target_f1", "event type+actor+target F1"),
    ("articles", "articles"),
]


def print_table(results: dict[str, dict[str, float]]) -> None:
    splits = list(results)
    print(f"{'metric':45}" + "".join(f"{s:>10}" for s in splits))
    for key, label in TABLE_ROWS:
        if not any(key in results[s] for s in splits):
            continue
        cells = []
        for s in splits:
            v = results[s].get(key)
            cells.append(f"{'':>10}" if v is None else f"{v:>10.0f}" if key == "articles" else f"{v:>10.3f}")
        print(f"{label:45}" + "".join(cells))


def gate(results: dict[str, dict[str, float]]) -> list[str]:
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failures = []
    for split, metrics in floors.items():
        for key, floor in metrics.items():
            value = results.get(split, {}).get(key)
            if value is None or value + 1e-9 < floor:
                failures.append(f"{split}.{key} = {value} is below the floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", action="append", help="seed, dev or test (default: all)")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a metric is below eval/floors.json")
    ap.add_argument("-v", "--verbose", action="store_true", help="print per-article errors")
    args = ap.parse_args(argv)
    splits = args.split or ["seed", "dev", "test"]
    results = run(splits, args.verbose)
    print_table(results)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    if args.gate:
        failures = gate(results)
        for f in failures:
            print(f"GATE FAILED: {f}")
        if failures:
            return 1
        print("gate: every metric at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
