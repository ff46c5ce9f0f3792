"""`make eval-peers`: claimledger beside open peers on the same gold articles, one table.

Peers, used as their documentation shows: quantulum3 (numbers and units; it has no bounds, so
every number counts as exact), dateparser's ``search_dates`` (``languages=["en"]``, relative
dates against the publication date), geotext (place names, with the country of each). The
metrics are those of ``eval/score.py``; a peer is given the benefit of the doubt where formats
differ (a month-level gold date counts as right when the peer's day lies in that month).

    python -m eval.peers [--split dev --split test]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import warnings
from typing import Any

from .score import Ratio, Tally, _close, _match, _span, load_split, same_country

QUANTULUM_UNITS = {
    "square kilometre": "km2",
    "kilometre": "km",
    "mile": "mi",
    "square mile": "mi2",
    "metre": "m",
    "percentage": "percent",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "hour": "hours",
    "minute": "minutes",
    "second": "seconds",
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "tonne": "tonnes",
    "kilogram": "kg",
    "hectare": "ha",
    "foot": "ft",
}


# -- peers -----------------------------------------------------------------------------------------
def quantulum_quantities(text: str) -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        found = parser.parse(text)
    out = []
    for q in found:
        unit = QUANTULUM_UNITS.get(q.unit.name)
        out.append(
            {
                "start": q.span[0],
                "end": q.span[1],
                "value": q.value,
                "value_max": None,
                "unit": unit,
                "bound": "exact",
            }
        )
    return out


def dateparser_dates(text: str, published: str | None) -> list[dict[str, Any]]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(published) if published else dt.datetime(2000, 1, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for phrase, when in found:
        start = text.find(phrase, pos)
        if start < 0:
            start = text.find(phrase)
        if start < 0:
            continue
        pos = start + len(phrase)
        out.append({"start": start, "end": start + len(phrase), "value": when.date().isoformat()})
    return out


def geotext_places(text: str) -> dict[str, str | None]:
    from geotext import GeoText

    from claimledger.geo import load_gazetteer

    gaz = load_gazetteer()
    g = GeoText(text)
    out: dict[str, str | None] = {}
    for name in g.countries:
        entry = next((e for e in gaz.lookup(name) if e.kind == "country"), None)
        out[name] = entry.name if entry else name
    index = g.index.cities if hasattr(g, "index") else {}
    for name in g.cities:
        code = index.get(name.lower()) if isinstance(index, dict) else None
        country = gaz.country(code) if isinstance(code, str) else None
        out.setdefault(name, country.name if country else None)
    return out


# -- scoring one system --------------------------------------------------------------------------------
class Scores:
    def __init__(self) -> None:
        self.qty_vub, self.qty_span, self.date_span, self.place = Tally(), Tally(), Tally(), Tally()
        self.date_value, self.country = Ratio(), Ratio()

    def row(self) -> dict[str, float]:
        return {
            "quantity value+unit+bound F1": self.qty_vub.prf()[2],
            "quantity span F1": self.qty_span.prf()[2],
            "date value accuracy": self.date_value.value(),
            "date span F1": self.date_span.prf()[2],
            "place F1": self.place.prf()[2],
            "place country accuracy": self.country.value(),
        }


def score_quantities(gold: dict[str, Any], preds: list[dict[str, Any]], s: Scores) -> None:
    text = gold["text"]
    g_list = [q for q in gold["quantities"] if _span(text, q["text"], q.get("occurrence"))]
    g_spans = [_span(text, q["text"], q.get("occurrence")) for q in g_list]
    matched = _match(g_spans, [(p["start"], p["end"]) for p in preds])
    s.qty_span.add(len(matched), len(preds), len(g_list))
    ok = sum(
        _close(g_list[gi]["value"], preds[pi]["value"])
        and _close(g_list[gi].get("value_max"), preds[pi]["value_max"])
        and g_list[gi].get("unit") == preds[pi]["unit"]
        and g_list[gi]["bound"] == preds[pi]["bound"]
        for gi, pi in matched.items()
    )
    s.qty_vub.add(ok, len(preds), len(g_list))


def score_dates(gold: dict[str, Any], preds: list[dict[str, Any]], s: Scores) -> None:
    text = gold["text"]
    g_list = [d for d in gold["dates"] if _span(text, d["text"], d.get("occurrence"))]
    g_spans = [_span(text, d["text"], d.get("occurrence")) for d in g_list]
    matched = _match(g_spans, [(p["start"], p["end"]) for p in preds])
    s.date_span.add(len(matched), len(preds), len(g_list))
    for gi, g in enumerate(g_list):
        value = preds[matched[gi]]["value"] if gi in matched else None
        s.date_value.add(_same_date(g.get("resolved"), value))


def _same_date(gold: str | None, pred: str | None) -> bool:
    if not gold:
        return pred is None
    if not pred:
        return False
    if "/" in gold:
        return gold == pred
    return pred.startswith(gold) if len(gold) < 10 else pred[:10] == gold[:10]


def score_places(gold: dict[str, Any], preds: dict[str, str | None], s: Scores) -> None:
    g_forms = {p["text"]: p for p in gold["places"]}
    hits = set(g_forms) & set(preds)
    s.place.add(len(hits), len(preds), len(g_forms))
    for form in hits:
        s.country.add(same_country(g_forms[form].get("country"), preds[form]))


def run(splits: list[str]) -> dict[str, dict[str, dict[str, float]]]:
    from claimledger import analyze
    from claimledger.nlp import load

    nlp = load()
    table: dict[str, dict[str, dict[str, float]]] = {}
    for split in splits:
        docs = load_split(split)
        ours, quant, dates, geo = Scores(), Scores(), Scores(), Scores()
        for gold in docs:
            published = gold.get("published") or gold.get("meta", {}).get("reference_date")
            ledger = analyze(gold["text"], published=published, id=gold["id"], nlp=nlp)
            score_quantities(
                gold,
                [
                    {
                        "start": q.start,
                        "end": q.end,
                        "value": q.value,
                        "value_max": q.value_max,
                        "unit": q.unit,
                        "bound": q.bound,
                    }
                    for q in ledger.quantities
                ],
                ours,
            )
            score_dates(
                gold, [{"start": d.start, "end": d.end, "value": d.value} for d in ledger.dates], ours
            )
            forms: dict[str, str | None] = {}
            for p in ledger.places:
                forms.setdefault(p.text, p.country)
            score_places(gold, forms, ours)
            score_quantities(gold, quantulum_quantities(gold["text"]), quant)
            score_dates(gold, dateparser_dates(gold["text"], published), dates)
            score_places(gold, geotext_places(gold["text"]), geo)
        table[split] = {
            "claimledger": ours.row(),
            "quantulum3": {k: v for k, v in quant.row().items() if k.startswith("quantity")},
            "dateparser": {k: v for k, v in dates.row().items() if k.startswith("date")},
            "geotext": {k: v for k, v in geo.row().items() if k.startswith("place")},
        }
    return table


PEER_OF = {"quantity": "quantulum3", "date": "dateparser", "place": "geotext"}


def print_table(table: dict[str, dict[str, dict[str, float]]]) -> None:
    splits = list(table)
    header = f"{'metric':36}" + "".join(f"{s + ' ours':>12}{s + ' peer':>12}" for s in splits) + "  peer"
    print(header)
    for metric in table[splits[0]]["claimledger"]:
        peer = PEER_OF[metric.split()[0]]
        cells = "".join(
            f"{table[s]['claimledger'][metric]:>12.3f}{table[s][peer][metric]:>12.3f}" for s in splits
        )
        print(f"{metric:36}{cells}  {peer}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", action="append")
    args = ap.parse_args(argv)
    print_table(run(args.split or ["dev", "test"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
