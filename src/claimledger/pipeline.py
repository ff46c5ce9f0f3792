"""One article in, its ledger out: ingest → nlp → extract → resolve → Ledger.

>>> ledger = analyze("KYIV: Ukraine said on Tuesday it would not hold the land.", published="2024-08-13")
>>> ledger.article.dateline.text
'KYIV'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from . import __version__, settings
from .errors import AnalysisError, AnalysisTimeout, ClaimLedgerError, NotEnglish
from .extract.dates import extract_dates
from .extract.events import extract_events
from .extract.mentions import doc_quotes, named_mentions, sentence_index
from .extract.places import extract_places
from .extract.quantities import RawQuantity, extract_quantities
from .extract.statements import RawStatement, extract_statements
from .ingest.article import make_article
from .records import Article, Claimant, Cue, Ledger, Place, Quantity, Rejection, Statement, TimeExpr
from .resolve.events import build_events
from .resolve.geocode import resolve_places
from .resolve.speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 32  # articles read, analysed and stored per chunk; the parser takes nlp.batch_size at a time


def analyze(
    text: str | Article,
    *,
    published: str | dt.date | None = None,
    id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    nlp: Language | None = None,
) -> Ledger:
    """The ledger of one article given as text (or as an :class:`Article`)."""
    article = (
        text
        if isinstance(text, Article)
        else make_article(text, id=id, title=title, outlet=outlet, url=url, published=published)
    )
    check_language(article)
    nlp = nlp or _default_nlp()
    return build_ledger(article, nlp(article.text), nlp)


def analyze_many(articles: Iterable[Article], *, nlp: Language | None = None) -> Iterator[Ledger]:
    """Ledgers for many articles, parsed in batches (same results as :func:`analyze`)."""
    nlp = nlp or _default_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=nlp.batch_size):
        yield build_ledger(article, doc, nlp)


def analyze_stream(
    articles: Iterable[Article], *, nlp: Language | None = None, time_limit: float | None = None
) -> Iterator[Ledger | Rejection]:
    """Like :func:`analyze_many`, but an article that fails, or takes longer than ``time_limit``
    seconds (settings: time_limit), becomes a :class:`Rejection` and the stream goes on: a batch
    never dies of one bad article."""
    nlp = nlp or _default_nlp()
    limit = float(settings.get("time_limit", time_limit))
    for chunk in _chunks(articles, BATCH_SIZE):
        refused = {}
        for article in chunk:
            try:
                check_language(article)
            except NotEnglish as exc:
                refused[article.id] = Rejection(article.id, exc.code, exc.message)
        if refused:
            yield from refused.values()
            chunk = [a for a in chunk if a.id not in refused]
        docs: list[Doc | None]
        try:
            with deadline(limit * len(chunk)):
                docs = list(nlp.pipe([a.text for a in chunk], batch_size=nlp.batch_size))
        except AnalysisTimeout as exc:
            if len(chunk) == 1:  # the article at fault is known: no second wait
                yield Rejection(chunk[0].id, exc.code, exc.message)
                continue
            docs = [None] * len(chunk)  # parse one by one below, each with its own limit
        except Exception:  # noqa: BLE001 - retry one by one to find the article at fault
            docs = [None] * len(chunk)  # parse one by one below
        for article, doc in zip(chunk, docs):
            yield _safe_ledger(article, doc, nlp, limit)


def _safe_ledger(article: Article, doc: Doc | None, nlp: Language, limit: float = 0) -> Ledger | Rejection:
    try:
        with deadline(limit):
            return build_ledger(article, doc if doc is not None else nlp(article.text), nlp)
    except ClaimLedgerError as exc:
        return Rejection(article.id, exc.code, exc.message)
    except Exception as exc:  # noqa: BLE001 - a batch must survive a bug triggered by one article
        return Rejection(article.id, AnalysisError.code, f"analysis failed: {type(exc).__name__}: {exc}")


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`AnalysisTimeout` in this block after ``seconds`` (main thread only; 0: none)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise AnalysisTimeout(f"analysis took longer than {seconds:g} s (time_limit)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _default_nlp() -> Language:
    from .nlp import load

    return load()


def check_language(article: Article) -> None:
    """Refuse an article in another language: the English pipeline would mis-analyse it."""
    if article.language != "en":
        raise NotEnglish(
            f"the text looks like {article.language!r}, not English; not analysed", source=article.id
        )


def build_ledger(article: Article, doc: Doc, nlp: Language | None = None) -> Ledger:
    """Extract and resolve everything in a parsed article."""
    text = article.text
    doc.user_data.setdefault("claimledger.text", text)  # extraction reads the text many times
    published = dt.date.fromisoformat(article.published) if article.published else None
    quotes = doc_quotes(doc)
    dateline = (article.dateline.start, article.dateline.end) if article.dateline else None
    places = resolve_places(extract_places(doc, dateline), text)
    countries = {p.country_code for p in places if p.country_code}
    dates = [
        TimeExpr(text[d.start : d.end], d.start, d.end, d.value, d.granularity, extractor="dates@1")  # type: ignore[arg-type]
        for d in extract_dates(text, published, countries)
    ]
    raw_statements = extract_statements(doc, quotes)
    sent_index = sentence_index(doc)
    resolver = SpeakerResolver(named_mentions(doc, sent_index), title=article.title)
    statements = _statements(raw_statements, resolver)
    resolver.add_named()
    raw_quantities = extract_quantities(doc, [(d.start, d.end) for d in dates])
    quantities = [_quantity(n, q, statements, places, dates, text) for n, q in enumerate(raw_quantities, 1)]
    events = build_events(
        extract_events(doc, sent_index), resolver, statements, places, dates, quantities, text
    )
    entities = resolver.entities()
    ids = {ref.key: ref.id for ref in resolver.order}
    statements = [_with_entity_ids(s, ids) for s in statements]
    quantities = [_with_claimant_ids(q, ids) for q in quantities]
    events = [replace(e, actor=ids.get(e.actor or ""), target=ids.get(e.target or "")) for e in events]
    ledger = Ledger(
        article=article,
        statements=statements,
        quantities=quantities,
        entities=entities,
        places=places,
        dates=dates,
        events=events,
        producer=_producer(nlp),
    )
    ledger.check_spans()
    return ledger


def _statements(raw: list[RawStatement], resolver: SpeakerResolver) -> list[Statement]:
    out: list[Statement] = []
    first_id: dict[int, str] = {}
    for n, r in enumerate(raw, 1):
        sid = f"s{n}"
        first_id.setdefault(r.content.start, sid)
        speaker = resolver.speaker(r.speaker) if r.speaker is not None else None
        via = resolver.speaker(r.via) if r.via is not None else None
        cue = Cue(r.cue.text, r.cue.start, r.cue.end, lemma=r.lemma or "") if r.cue is not None else None
        out.append(
            Statement(
                id=sid,
                kind=r.kind,
                cue=cue,
                content=r.content,
                speaker=speaker,
                via=via,  # type: ignore[arg-type]
                part_of=first_id.get(r.part_of) if r.part_of is not None else None,
                extractor="statements@1",
            )
        )
    return out


def _with_entity_ids(stmt: Statement, ids: dict[str, str | None]) -> Statement:
    speaker = replace(stmt.speaker, entity=ids.get(stmt.speaker.entity or "")) if stmt.speaker else None
    via = replace(stmt.via, entity=ids.get(stmt.via.entity or "")) if stmt.via else None
    return replace(stmt, speaker=speaker, via=via)


def _with_claimant_ids(qty: Quantity, ids: dict[str, str | None]) -> Quantity:
    if qty.asserted_by is None:
        return qty
    return replace(qty, asserted_by=Claimant(qty.asserted_by.name, ids.get(qty.asserted_by.entity or "")))


def _quantity(
    n: int, q: RawQuantity, statements: list[Statement], places: list[Place], dates: list[TimeExpr], text: str
) -> Quantity:
    holders = [s for s in statements if s.content.start <= q.start and q.end <= s.content.end]
    stmt = min(holders, key=lambda s: s.content.end - s.content.start) if holders else None
    claimant = None
    if stmt is not None and stmt.speaker is not None and stmt.speaker.name:
        claimant = Claimant(stmt.speaker.name, stmt.speaker.entity)
    return Quantity(
        text=text[q.start : q.end],
        start=q.start,
        end=q.end,
        id=f"q{n}",
        value=q.value,
        value_max=q.value_max,
        unit=q.unit,
        bound=q.bound,
        measures=q.measures,  # type: ignore[arg-type]
        asserted_by=claimant,
        statement=stmt.id if stmt else None,
        place=_nearest(q, [(p.start, p.end) for p in places], skip=[_not_about(p, text) for p in places]),
        date=_nearest(q, [(d.start, d.end) for d in dates], skip=[d.value is None for d in dates]),
        extractor="quantities@1",
    )


def _not_about(place: Place, text: str) -> bool:
    """A place a number is not about: the dateline, or a modifier glued by a hyphen ("US-based")."""
    return place.usage == "dateline" or text[place.end : place.end + 1] == "-"


def _nearest(q: RawQuantity, spans: list[tuple[int, int]], skip: list[bool]) -> int | None:
    """Index of the span nearest to the quantity within its sentence, or None."""
    lo, hi = q.sentence
    inside = [i for i, (s, e) in enumerate(spans) if lo <= s and e <= hi and not skip[i]]
    return min(inside, key=lambda i: abs(spans[i][0] - q.start)) if inside else None


def _producer(nlp: Language | None) -> dict[str, str]:
    return producer(nlp.meta if nlp is not None else {})


def producer(meta: dict[str, object]) -> dict[str, str]:
    """What made a ledger: claimledger's version and the language pipeline's name and version."""
    model = f"{meta.get('lang', 'en')}_{meta.get('name', 'rules')}-{meta.get('version', '0')}"
    return {"name": "claimledger", "version": __version__, "pipeline": model}
