"""The command line: parse, call the library, print, exit code. Nothing else lives here.

Exit codes: 0 success; 1 some input was rejected (the rest went through); 2 usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from . import __version__
from .errors import ClaimLedgerError
from .records import Article, Ledger, Rejection

FORMATS = ("table", "json", "jsonl")


def _fail(rejection: Rejection) -> None:
    click.echo(f"claimledger: [{rejection.code}] {rejection.source}: {rejection.message}", err=True)


def _input_options(f):  # type: ignore[no-untyped-def]
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
        default=1,
        show_default=True,
        metavar="N",
        help="Analyse in N processes (the pipeline loaded once in each); output keeps the input order.",
    )(f)


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


def _ledgers(articles: Iterator[Article], rejected: list[Rejection], workers: int = 1) -> Iterator[Ledger]:
    """Analyse articles one batch at a time; an article that fails is rejected, not fatal.
    With ``workers`` > 1 the analysis runs in that many processes; results keep the input order."""
    from .pipeline import analyze_stream
    from .scale.pool import analyze_parallel

    results = analyze_stream(articles) if workers == 1 else analyze_parallel(articles, workers=workers)
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
    workers: int,
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
    workers: int,
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

    from .nlp import load
    from .pipeline import _producer

    return json.dumps(_producer(load()), sort_keys=True)


if __name__ == "__main__":  # pragma: no cover
    main()
