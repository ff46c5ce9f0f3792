"""claimledger on Spark: the per-article function of ``claimledger analyze`` mapped over partitions.

    python -m claimledger.scale.spark articles.jsonl ledgers.parquet --master 'local[*]'
    spark-submit --archives env.tar.gz#environment .../claimledger/scale/spark.py in/ out/

Input is JSONL (one article object per line, the same fields as ``claimledger analyze``: ``id``,
``text`` or ``html``, ``published``, ``title``, ``outlet``, ``url``) or Parquet with those
columns. Each partition is analysed by :func:`analyze_partition`, which reads records with the
same readers as the CLI and runs :func:`claimledger.pipeline.analyze_stream` with the pipeline of
its Python worker process (loaded once per process and reused across tasks). The output is
Parquet with one row per input record (:data:`OUTPUT_COLUMNS`)::

    seq      long    position of the record in the input (0-based; with one JSONL file, line - 1)
    source   string  where it came from: ``path:line`` (JSONL) or ``path[row]`` (Parquet)
    id       string  the article id (null if the record never became an article)
    ledger   string  the ledger JSON, byte-identical to a line of ``analyze --format jsonl``
    code     string  the error code of a rejected record (null for a ledger)
    message  string  why it was rejected

Blank JSONL lines are skipped, as the CLI skips them. The order of ``seq`` is the input order for
one file; Spark may list the files of a folder in another order. See ``docs/SCALE.md`` for
running on a cluster. Needs the ``spark`` extra (``pyspark>=4``) and Java 17.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

# absolute imports: spark-submit runs this file as a script, not as a module of the package
from claimledger import settings
from claimledger.errors import AnalysisError, ClaimLedgerError
from claimledger.pipeline import BATCH_SIZE
from claimledger.records import Article, Ledger, Rejection
from claimledger.scale.pool import Setup, chunks

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

OUTPUT_COLUMNS = (
    ("seq", "long"),
    ("source", "string"),
    ("id", "string"),
    ("ledger", "string"),
    ("code", "string"),
    ("message", "string"),
)
OutputRow = tuple[int, str, "str | None", "str | None", "str | None", "str | None"]
INPUT_FORMATS = ("jsonl", "parquet")


def analyze_partition(
    records: Iterable[tuple[Any, int]],
    *,
    kind: str,
    name: str,
    published: str | None = None,
    setup: Setup | None = None,
) -> Iterator[OutputRow]:
    """Output rows for ``(record, seq)`` pairs: a JSONL line (str) or a Parquet row (a dict).
    ``setup``: the pipeline path and the driver's settings (default: this process's)."""
    from claimledger import settings
    from claimledger.nlp import load

    setup = setup or Setup.here()
    nlp = load(setup.model)  # once per Python worker process
    for chunk in chunks(records, BATCH_SIZE):
        with settings.overrides(**setup.settings):
            rows = _analyze_chunk(chunk, nlp, kind=kind, name=name, published=published)
        yield from rows


def _analyze_chunk(
    chunk: list[tuple[Any, int]], nlp: Any, *, kind: str, name: str, published: str | None
) -> list[OutputRow]:
    from claimledger.pipeline import analyze_stream

    parsed = [(seq, item) for record, seq in chunk for item in _read(record, seq, kind, name, published)]
    # analyze_stream yields one result per article, but not always in their order (it reports
    # refused languages first): match them up by article id
    results: dict[str, deque[Ledger | Rejection]] = defaultdict(deque)
    for result in analyze_stream([a for _, a in parsed if isinstance(a, Article)], nlp=nlp):
        results[result.article.id if isinstance(result, Ledger) else result.source].append(result)
    rows: list[OutputRow] = []
    for seq, item in parsed:
        source = _source(kind, name, seq)
        if isinstance(item, Rejection):
            rows.append((seq, source, None, None, item.code, item.message))
            continue
        result = results[item.id].popleft()
        if isinstance(result, Ledger):
            rows.append((seq, source, item.id, result.to_json(), None, None))
        else:
            rows.append((seq, source, item.id, None, result.code, result.message))
    return rows


def _read(record: Any, seq: int, kind: str, name: str, published: str | None) -> list[Article | Rejection]:
    """The CLI's readers: a JSONL line (nothing for a blank one) or one Parquet row."""
    from claimledger.ingest.jsonl import read_jsonl_lines, read_object

    source = _source(kind, name, seq)
    try:
        if kind == "jsonl":
            found = read_jsonl_lines(
                [record.encode("utf-8")], name=name, published=published, max_bytes=_max_bytes()
            )
            return [_renamed(item, source) for item in found]
        return [read_object(record, source=source, published=published)]
    except ClaimLedgerError as exc:
        return [Rejection(source, exc.code, exc.message)]
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not fail the task (Spark retries it, then the job)
        return [Rejection(source, AnalysisError.code, f"reading failed: {type(exc).__name__}: {exc}")]


def _renamed(item: Article | Rejection, source: str) -> Article | Rejection:
    # the reader saw one line and calls it "name:1"; the line number is the record's
    return Rejection(source, item.code, item.message) if isinstance(item, Rejection) else item


def _source(kind: str, name: str, seq: int) -> str:
    return f"{name}:{seq + 1}" if kind == "jsonl" else f"{name}[{seq}]"


def _max_bytes() -> int:
    from claimledger.ingest import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


def output_schema() -> Any:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    types = {"long": LongType(), "string": StringType()}
    return StructType([StructField(name, types[t], nullable=name != "seq") for name, t in OUTPUT_COLUMNS])


def analyze_input(
    spark: SparkSession,
    path: str,
    *,
    input_format: str | None = None,
    published: str | None = None,
    model: str | None = None,
    partitions: int | None = None,
) -> DataFrame:
    """The output rows for the articles at ``path`` (lazy: nothing runs until it is written)."""
    from claimledger.ingest.article import parse_published
    from claimledger.ingest.jsonl import ARTICLE_KEYS

    kind = input_format or _format_of(path)
    when = parse_published(published, source="--published")
    if kind == "jsonl":
        rdd = spark.read.text(path).rdd.map(lambda row: row[0])
    elif kind == "parquet":
        frame = spark.read.parquet(path)
        columns = [c for c in (*ARTICLE_KEYS, "date") if c in frame.columns]
        rdd = frame.select(*columns).rdd.map(lambda row: row.asDict())
    else:
        raise ValueError(f"unknown input format {kind!r}; expected one of {INPUT_FORMATS}")
    indexed = rdd.zipWithIndex()
    if partitions:
        # range partitions of seq, sorted within: the input order survives the spread
        indexed = indexed.map(lambda pair: (pair[1], pair[0])).sortByKey(numPartitions=partitions)
        indexed = indexed.map(lambda pair: (pair[1], pair[0]))
    setup = Setup.here(model)  # the driver's settings, applied on every executor
    rows = indexed.mapPartitions(
        lambda part: analyze_partition(part, kind=kind, name=path, published=when, setup=setup)
    )
    return spark.createDataFrame(rows, output_schema())


def run(
    spark: SparkSession,
    path: str,
    output: str,
    *,
    input_format: str | None = None,
    published: str | None = None,
    model: str | None = None,
    partitions: int | None = None,
    mode: str = "errorifexists",
) -> dict[str, int]:
    """Analyse ``path``, write Parquet to ``output``; return the number of ledgers and rejections."""
    frame = analyze_input(
        spark, path, input_format=input_format, published=published, model=model, partitions=partitions
    )
    frame.write.mode(mode).parquet(output)
    written = spark.read.parquet(output)
    ledgers = written.where("ledger IS NOT NULL").count()
    return {"ledgers": ledgers, "rejected": written.count() - ledgers}


def local_session(master: str = "local[2]", *, app: str = "claimledger") -> SparkSession:
    """A Spark session for one machine: this Python for the workers, bound to 127.0.0.1, no UI."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName(app)
    for key, value in LOCAL_CONF.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "4",
    "spark.sql.session.timeZone": "UTC",
    "spark.python.worker.reuse": "true",
}


def java_missing() -> str | None:
    """Why Spark cannot start here (no Java), or None."""
    java_home = os.environ.get("JAVA_HOME")
    if (java_home and Path(java_home, "bin", "java").exists()) or shutil.which("java"):
        return None
    return (
        "Spark needs Java 17 or newer and no 'java' was found (PATH, JAVA_HOME); "
        "on Debian/Ubuntu: apt-get install openjdk-17-jre-headless"
    )


def _format_of(path: str) -> str:
    suffix = Path(path.rstrip("/")).suffix.lower()
    return "parquet" if suffix == ".parquet" else "jsonl"


def main(argv: list[str] | None = None) -> int:
    """The spark-submit entry point (prints one summary line; exit 1 if anything was rejected)."""
    parser = argparse.ArgumentParser(
        prog="claimledger.scale.spark", description="Analyse a JSONL or Parquet dump on Spark; write Parquet."
    )
    parser.add_argument("input", help="JSONL file or folder, or Parquet (any URL Spark reads)")
    parser.add_argument("output", help="Parquet folder to write (any URL Spark writes)")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, help="default: from the suffix (.parquet)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for every article")
    parser.add_argument("--model", metavar="PATH", help="language pipeline path (default: the shipped one)")
    parser.add_argument("--time-limit", type=float, metavar="SECONDS", help="as for claimledger analyze")
    parser.add_argument("--max-chars", type=int, metavar="N", help="as for claimledger analyze")
    parser.add_argument("--partitions", type=int, help="spread the input over N partitions, in order")
    parser.add_argument("--overwrite", action="store_true", help="replace the output folder if it exists")
    parser.add_argument(
        "--master", help="Spark master for a run without spark-submit, e.g. 'local[4]' (binds to 127.0.0.1)"
    )
    args = parser.parse_args(argv)
    reason = java_missing()
    if reason:
        print(f"claimledger: {reason}", file=sys.stderr)
        return 2
    if args.master and args.master.startswith("local"):
        spark = local_session(args.master)
    else:  # under spark-submit: the master and settings come from it
        from pyspark.sql import SparkSession

        builder = SparkSession.builder.appName("claimledger")
        spark = (builder.master(args.master) if args.master else builder).getOrCreate()
    try:
        with settings.overrides(time_limit=args.time_limit, max_chars=args.max_chars):
            counts = run(
                spark,
                args.input,
                args.output,
                input_format=args.input_format,
                published=args.published,
                model=args.model,
                partitions=args.partitions,
                mode="overwrite" if args.overwrite else "errorifexists",
            )
    except ClaimLedgerError as exc:
        print(f"claimledger: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    print(
        f"claimledger: {counts['ledgers']} ledgers, {counts['rejected']} rejected → {args.output}",
        file=sys.stderr,
    )
    return 1 if counts["rejected"] else 0


if __name__ == "__main__":
    # run as a file by spark-submit: call the installed module, so that Spark pickles its
    # functions by reference and the executors import them from their own claimledger
    from claimledger.scale.spark import main as _main

    sys.exit(_main())
