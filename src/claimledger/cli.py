"""The command line: parse, call the library, print, exit code. Nothing else lives here.

Exit codes: 0 success; 1 some input was rejected (the rest went through); 2 usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import click

from . import __version__
from .errors import ClaimLedgerError
from .records import Article, Ledger, Rejection

FORMATS = ("table", "json", "jsonl")


def _fail(rejection: Rejection) -> None:
    click.echo(f"claimledger: [{rejection.code}] {rejection.source}: {rejection.message}", err=True)


def _input_options(f):  # type: ignore[no-untyped-def]
    f = _with_settings(f)
    f = click.option(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="Seconds one article may take before it is rejected (0: no limit).",
    )(f)
    f = click.option(
        "--max-chars",
        type=int,
        default=None,
        metavar="N",
        help="Longest article text analysed; longer ones are cut at a paragraph break.",
    )(f)
    f = click.option("--published", metavar="YYYY-MM-DD", help="Publication date (overrides the input's).")(f)
    f = click.option("--encoding", metavar="NAME", help="Text encoding of the input when it is not UTF-8.")(f)
    f = click.option(
        "--max-bytes", type=int, default=None, metavar="N", help="Largest single input file read, in bytes."
    )(f)
    return f


def _workers_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Analyse in N processes (the pipeline loaded once in each); output keeps the input order.",
    )(f)


def _with_settings(f):  # type: ignore[no-untyped-def]
    """Take the settings options off a command's arguments and apply them while it runs."""
    import functools

    from . import settings

    @functools.wraps(f)
    def run(*args, max_chars=None, time_limit=None, **kwargs):  # type: ignore[no-untyped-def]
        with settings.overrides(max_chars=max_chars, time_limit=time_limit):
            return f(*args, **kwargs)

    return run


def _articles(
    paths: tuple[str, ...],
    published: str | None,
    encoding: str | None,
    max_bytes: int | None,
    rejected: list[Rejection],
) -> Iterator[Article]:
    from .ingest import DEFAULT_MAX_BYTES, read_paths
    from .ingest.article import parse_published

    try:
        when = parse_published(published, source="--published")
    except ClaimLedgerError as exc:
        raise click.BadParameter(exc.message, param_hint="--published") from exc
    for item in read_paths(
        paths or ("-",), published=when, encoding=encoding, max_bytes=max_bytes or DEFAULT_MAX_BYTES
    ):
        if isinstance(item, Rejection):
            _fail(item)
            rejected.append(item)
        else:
            yield item


def _ledgers(
    articles: Iterator[Article], rejected: list[Rejection], workers: int | None = None
) -> Iterator[Ledger]:
    """Analyse articles one batch at a time; an article that fails is rejected, not fatal.
    With more than one worker (settings: workers) the analysis runs in that many processes."""
    from . import settings
    from .pipeline import analyze_stream
    from .scale.pool import analyze_parallel

    workers = int(settings.get("workers", workers))
    results = analyze_stream(articles) if workers <= 1 else analyze_parallel(articles, workers=workers)
    for item in results:
        if isinstance(item, Rejection):
            _fail(item)
            rejected.append(item)
        else:
            yield item


@click.group()
@click.version_option(__version__, prog_name="claimledger")
def main() -> None:
    """claimledger: who said what, with which numbers, where and when — from news text."""


@main.command()
@click.argument("paths", nargs=-1)
@_input_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for people; json/jsonl: the ledger format (jsonl: one ledger per line).",
)
@_workers_option
def analyze(
    paths: tuple[str, ...],
    published: str | None,
    encoding: str | None,
    max_bytes: int | None,
    fmt: str,
    workers: int | None,
) -> None:
    """Print the ledger of each article in PATHS (files, directories, - for stdin)."""
    rejected: list[Rejection] = []
    ledgers = _ledgers(_articles(paths, published, encoding, max_bytes, rejected), rejected, workers)
    if fmt == "jsonl":
        for ledger in ledgers:
            click.echo(ledger.to_json())
    elif fmt == "json":
        items = list(ledgers)
        if len(items) == 1:
            click.echo(items[0].to_json(indent=2))
        elif items:
            click.echo("[\n" + ",\n".join(x.to_json(indent=2) for x in items) + "\n]")
    else:
        from .render import render_ledger

        for ledger in ledgers:
            render_ledger(ledger)
    sys.exit(1 if rejected else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, metavar="PATH", help="Database file (default ./claimledger.db).")
@_input_options
@click.option("--force", is_flag=True, help="Analyse and store again even if the article is unchanged.")
@_workers_option
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    published: str | None,
    encoding: str | None,
    max_bytes: int | None,
    force: bool,
    workers: int | None,
) -> None:
    """Analyse the articles in PATHS and store their ledgers (idempotent). With --workers, the
    analysis runs in worker processes and this process alone writes to the database."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .store import DEFAULT_DB

    store = _open(db or DEFAULT_DB)
    rejected: list[Rejection] = []
    tally = {"added": 0, "replaced": 0, "unchanged": 0}
    console = Console(stderr=True)
    producer_known = None

    def todo(articles: Iterator[Article]) -> Iterator[Article]:
        from .ingest import text_hash

        for article in articles:
            if (
                not force
                and producer_known is not None
                and store.has(article.id, text_hash(article.text), producer_known)
            ):
                tally["unchanged"] += 1
                continue
            yield article

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        producer_known = _producer_key()
        articles = todo(_articles(paths, published, encoding, max_bytes, rejected))
        for ledger in _ledgers(articles, rejected, workers):
            tally[store.put(ledger)] += 1
            progress.update(task, advance=1, description=f"ingesting {ledger.article.id}")
    for r in rejected:
        store.reject(r)
    store.close()
    click.echo(
        f"claimledger: {sum(tally.values())} articles: {tally['added']} added, {tally['replaced']} replaced, "
        f"{tally['unchanged']} unchanged; {len(rejected)} rejected",
        err=True,
    )
    sys.exit(1 if rejected else 0)


def _open(db: str):  # type: ignore[no-untyped-def]
    from .store import open_store

    try:
        return open_store(db)
    except ClaimLedgerError as exc:
        click.echo(f"claimledger: {exc}", err=True)
        sys.exit(1)


def _producer_key() -> str:
    import json

    from .nlp import describe
    from .pipeline import producer

    return json.dumps(producer(describe()), sort_keys=True)


# -- reading the store -----------------------------------------------------------------------------
def _read_options(f):  # type: ignore[no-untyped-def]
    from .output import FORMATS as READ_FORMATS

    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(READ_FORMATS),
        default="table",
        show_default=True,
        help="table for people; json, jsonl or csv for programs.",
    )(f)
    f = click.option(
        "--db",
        default=None,
        metavar="PATH|URL",
        help="SQLite file or postgresql:// URL (default ./claimledger.db).",
    )(f)
    return f


def _emit(rows: list[dict], fmt: str, title: str) -> None:  # type: ignore[type-arg]
    from .output import render_rows

    text = render_rows(rows, fmt, title)
    if text:
        click.echo(text)


def _store(db: str | None):  # type: ignore[no-untyped-def]
    from .store import DEFAULT_DB

    return _open(db or DEFAULT_DB)


@main.command()
@click.option("--about", metavar="TEXT", help="Only claims whose text or measured thing mentions TEXT.")
@click.option("--entity", metavar="NAME", help="Only claims made by this person or body (any spelling).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only claims about this date or later.")
@_read_options
def claims(about: str | None, entity: str | None, since: str | None, db: str | None, fmt: str) -> None:
    """Numeric claims across articles, with the interval each one admits."""
    from .compare.rows import claim_rows

    with _store(db) as store:
        rows = claim_rows(store, about=about, entity=entity, since=since)
    _emit(rows, fmt, f"Claims ({len(rows)})")


@main.command()
@click.option(
    "--all", "show_all", is_flag=True, help="Every group of two or more claims, not only contradictions."
)
@_read_options
def conflicts(show_all: bool, db: str | None, fmt: str) -> None:
    """Groups of claims about the same thing whose numbers cannot all be true."""
    from .compare.rows import conflict_rows

    with _store(db) as store:
        rows, groups = conflict_rows(store, show_all)
    _emit(
        rows,
        fmt,
        f"Conflicts ({sum(1 for g in groups if g.status == 'contradictory')} of {len(groups)} groups)",
    )


@main.command()
@click.argument("name", required=False)
@_read_options
def entities(name: str | None, db: str | None, fmt: str) -> None:
    """People and bodies across articles; with NAME, that entity's profile."""
    from .compare.entities import merge_entities, profile

    with _store(db) as store:
        if name is None:
            merged = merge_entities(store.entity_rows())
            listing: list[dict[str, Any]] = [
                {
                    "name": e.name,
                    "type": e.type,
                    "articles": e.articles,
                    "names": sorted(e.names),
                    "roles": sorted(e.roles, key=lambda r: -e.roles[r])[:3],
                    "affiliation": _top(e.affiliations),
                }
                for e in merged
            ]
            _emit(listing, fmt, f"Entities ({len(listing)})")
            return
        found = profile(store, name)
    if found is None:
        click.echo(f"claimledger: no entity named {name!r}", err=True)
        sys.exit(1)
    ent = found.entity
    rows = [
        {
            "date": s.published,
            "kind": "statement",
            "as": s.speaker_text,
            "text": f"{s.cue or ''}: {s.content}",
            "outlet": s.outlet,
            "article": s.article_id,
        }
        for s in found.statements
    ] + [
        {
            "date": c.as_of,
            "kind": "claim",
            "as": c.claimant,
            "text": c.text,
            "outlet": c.outlet,
            "article": c.article_id,
        }
        for c in found.claims
    ]
    rows.sort(key=lambda r: r["date"] or "")
    header = (
        f"{ent.name} ({ent.type}) · names: {', '.join(sorted(ent.names))} · roles: "
        f"{', '.join(sorted(ent.roles)) or '-'} · affiliation: {_top(ent.affiliations) or '-'} · {ent.articles} articles"
    )
    if fmt == "table":
        click.echo(header)
        for reason in ent.reasons:
            click.echo(f"  linked: {reason}")
    _emit(rows, fmt, "Statements and claims over time")


def _top(counts: dict[str, int]) -> str | None:
    return max(counts, key=lambda k: counts[k]) if counts else None


@main.command()
@click.option("--about", metavar="TEXT", help="A story: words in the events, claims or statements.")
@click.option("--entity", metavar="NAME", help="A person or body (any spelling).")
@click.option("--place", metavar="NAME", help="A place or country.")
@click.option("--since", metavar="YYYY-MM-DD")
@_read_options
def timeline(
    about: str | None, entity: str | None, place: str | None, since: str | None, db: str | None, fmt: str
) -> None:
    """Dated events, claims and statements in order."""
    from dataclasses import asdict

    from .compare.timeline import timeline as build

    with _store(db) as store:
        moments = build(store, about=about, entity=entity, place=place, since=since)
    _emit([asdict(m) for m in moments], fmt, f"Timeline ({len(moments)})")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]), required=True)
@click.option(
    "--table",
    type=click.Choice(["claims", "statements", "places", "events", "ledgers"]),
    default=None,
    help="What to export (default: ledgers for jsonl, places for geojson, claims for csv, all tables for parquet).",
)
@click.option(
    "--output", "-o", metavar="PATH", help="File (or directory for parquet); default standard output."
)
@click.option(
    "--db",
    default=None,
    metavar="PATH|URL",
    help="SQLite file or postgresql:// URL (default ./claimledger.db).",
)
def export(fmt: str, table: str | None, output: str | None, db: str | None) -> None:
    """Export the store: CSV, JSONL, GeoJSON (places) or Parquet (one file per table)."""
    from .export import export_store

    with _store(db) as store:
        try:
            written = export_store(store, fmt, table, output)
        except ClaimLedgerError as exc:
            click.echo(f"claimledger: {exc}", err=True)
            sys.exit(1)
    if output:
        click.echo(f"claimledger: wrote {written}", err=True)


@main.command()
@click.option("--since", metavar="YYYY-MM-DD", help="Only rejections recorded on or after this day.")
@_read_options
def rejections(since: str | None, db: str | None, fmt: str) -> None:
    """What ingest refused or failed to analyse, when, and why."""
    with _store(db) as store:
        rows = [
            {"at": at, "code": code, "source": source, "message": message}
            for source, code, message, at in store.rejections()
            if not since or at >= since
        ]
    _emit(rows, fmt, f"Rejections ({len(rows)})")


@main.command()
@click.option(
    "--db",
    default=None,
    metavar="PATH|URL",
    help="SQLite file or postgresql:// URL (default ./claimledger.db).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback exposes the store (and the analyse form) to the network.",
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
@click.option("--read-only", is_flag=True, help="Publish the database: answer reads, refuse every write.")
def serve(db: str | None, host: str, port: int, read_only: bool) -> None:
    """The web UI and JSON API (/api) over the store, at http://HOST:PORT/."""
    try:
        import uvicorn

        from .serve import create_app
        from .serve.security import LOCAL_HOSTS
    except ImportError as exc:
        click.echo(
            f"claimledger: serve needs the server extra: pip install 'claimledger[server]' ({exc})", err=True
        )
        sys.exit(1)
    from .store import DEFAULT_DB

    local = host in LOCAL_HOSTS
    try:
        app = create_app(db or DEFAULT_DB, allowed_hosts=LOCAL_HOSTS if local else None, read_only=read_only)
    except ClaimLedgerError as exc:
        click.echo(f"claimledger: {exc}", err=True)
        sys.exit(1)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"claimledger: serving {db or DEFAULT_DB} at http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


if __name__ == "__main__":  # pragma: no cover
    main()
