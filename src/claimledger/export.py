"""Export the store: ledgers as JSONL, tables as CSV or Parquet, places as GeoJSON."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from .errors import ClaimLedgerError
from .store.base import Store

DEFAULT_TABLE = {"jsonl": "ledgers", "geojson": "places", "csv": "claims"}
TABLES = ("claims", "statements", "places", "events")


def export_store(store: Store, fmt: str, table: str | None, output: str | None) -> str:
    """Write the export and return where it went."""
    if fmt == "parquet":
        return _parquet(store, table, output)
    table = table or DEFAULT_TABLE[fmt]
    if fmt == "geojson" and table != "places":
        raise ClaimLedgerError("GeoJSON exports places (--table places)")
    with _open(output) as fh:
        if fmt == "jsonl":
            for item in _items(store, table):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            rows = list(_items(store, table))
            if table == "ledgers":
                raise ClaimLedgerError("ledgers are nested: export them as jsonl")
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["empty"], lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(
                    {
                        k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                        for k, v in row.items()
                    }
                )
        else:
            json.dump(geojson(store), fh, ensure_ascii=False)
            fh.write("\n")
    return output or "standard output"


class _open:
    def __init__(self, path: str | None) -> None:
        self.path = path
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.fh = open(self.path, "w", encoding="utf-8", newline="") if self.path else sys.stdout  # noqa: SIM115
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.path and self.fh is not None:
            self.fh.close()


def _items(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table == "ledgers":
        for ledger in store.ledgers():
            yield ledger.to_dict()
    elif table == "claims":
        for claim in store.claims():
            yield asdict(claim)
    elif table == "statements":
        for s in store.statements(limit=10**9):
            yield asdict(s)
    elif table == "places":
        yield from store.place_rows()
    elif table == "events":
        yield from store.event_rows()
    else:
        raise ClaimLedgerError(f"unknown table {table!r}")


def geojson(store: Store) -> dict[str, Any]:
    """Places as a FeatureCollection of points, with how often they are named."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
            "properties": {k: p[k] for k in ("name", "kind", "country", "mentions", "articles")},
        }
        for p in store.place_rows()
    ]
    return {"type": "FeatureCollection", "features": features}


def _parquet(store: Store, table: str | None, output: str | None) -> str:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ClaimLedgerError("Parquet export needs pyarrow: pip install 'claimledger[parquet]'") from exc
    if not output:
        raise ClaimLedgerError("Parquet export needs --output DIRECTORY")
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    for name in [table] if table else [*TABLES, "ledgers"]:
        rows = list(_items(store, name))
        if name == "ledgers":
            rows = [{"id": r["article"]["id"], "ledger": json.dumps(r, ensure_ascii=False)} for r in rows]
        pq.write_table(pa.Table.from_pylist(rows), folder / f"{name}.parquet")
    return str(folder)
