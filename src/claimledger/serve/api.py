"""The JSON API under ``/api``: the twin of every page, from the same query functions (views).

Routes are plain ``def``: FastAPI runs them in its thread pool, and each thread has its own store
connection (``app.Stores``). Every parameter is validated (types, lengths, bounds) before it
reaches the store, which passes it to SQL as a parameter.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from . import views
from .app import html_page, store_of
from .models import (
    ERRORS,
    MAX_TEXT_PARAM,
    NO_CONTROL,
    AnalyzeRequest,
    AnalyzeResult,
    ArticlePage,
    BigLimit,
    ClaimGroup,
    ClaimRow,
    EntityProfile,
    EntityRow,
    Limit,
    Moment,
    Name,
    Offset,
    Since,
    StatementRow,
    Unit,
    Words,
)

router = APIRouter(prefix="/api", responses=ERRORS)

ArticleId = Annotated[
    str, Path(min_length=1, max_length=200, pattern=NO_CONTROL, description="The article id.")
]
EntityName = Annotated[
    str,
    Path(min_length=1, max_length=MAX_TEXT_PARAM, pattern=NO_CONTROL, description="A name, any spelling."),
]


@router.get("", summary="What the API offers")
def index(request: Request) -> dict[str, Any]:
    paths = request.app.openapi()["paths"]
    endpoints = [
        {"path": path, "method": method.upper(), "summary": op.get("summary", "")}
        for path, ops in paths.items()
        for method, op in ops.items()
    ]
    return {
        "name": "claimledger",
        "docs": "/api/docs",
        "openapi": "/api/openapi.json",
        "endpoints": endpoints,
    }


@router.get("/articles", response_model=ArticlePage, summary="Articles, newest first, or matching words")
def articles(request: Request, q: Words = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Full-text search over titles and texts with ``q``; pages of ``limit`` rows from ``offset``."""
    return views.article_page(store_of(request), q, limit=limit, offset=offset)


@router.get("/articles/{article_id:path}", summary="One article's ledger (format claimledger/1)")
def article(request: Request, article_id: ArticleId) -> dict[str, Any]:
    return views.article_ledger(store_of(request), article_id).to_dict()


@router.get("/statements", response_model=list[StatementRow], summary="Who said what, across articles")
def statements(request: Request, q: Words = None, limit: BigLimit = 200) -> list[dict[str, Any]]:
    """Statements whose words or speaker match ``q`` (full text), else the newest."""
    return views.statement_rows(store_of(request), q, limit=limit)


def _claims(
    request: Request, about: str | None, entity: str | None, since: str | None, unit: str | None, limit: int
) -> list[dict[str, Any]]:
    return views.claim_rows(
        store_of(request), about=about, entity=entity, since=since, unit=unit, limit=limit
    )


@router.get(
    "/claims", response_model=list[ClaimRow], summary="Numeric claims (every quantity) with intervals"
)
def claims(
    request: Request,
    about: Words = None,
    entity: Name = None,
    since: Since = None,
    unit: Unit = None,
    limit: BigLimit = 5000,
) -> list[dict[str, Any]]:
    """Every stored quantity as a claim: its claimant, bound and the interval of values it admits.
    Filters: words in what is measured (``about``), a claimant in any spelling (``entity``), a
    first date (``since``), a ``unit``."""
    return _claims(request, about, entity, since, unit, limit)


@router.get("/quantities", response_model=list[ClaimRow], summary="The same rows as /api/claims")
def quantities(
    request: Request,
    about: Words = None,
    entity: Name = None,
    since: Since = None,
    unit: Unit = None,
    limit: BigLimit = 5000,
) -> list[dict[str, Any]]:
    return _claims(request, about, entity, since, unit, limit)


@router.get(
    "/claims.csv",
    summary="Numeric claims as CSV (the claims page's download)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def claims_csv(
    request: Request,
    about: Words = None,
    entity: Name = None,
    since: Since = None,
    unit: Unit = None,
    limit: Annotated[int, Query(ge=1, le=10_000_000, description="At most this many rows.")] = 10_000_000,
) -> Response:
    rows = _claims(request, about, entity, since, unit, limit)
    return Response(
        to_csv(rows, list(ClaimRow.model_fields)),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="claims.csv"'},
    )


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """CSV for spreadsheets: a text cell that starts like a formula (=, +, -, @) is prefixed with
    an apostrophe, so that an article cannot plant a formula in an analyst's sheet."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.get("/groups", response_model=list[ClaimGroup], summary="Claim groups: claims about the same thing")
def groups(request: Request) -> list[dict[str, Any]]:
    """Every group of two or more claims about the same thing (unit, what is measured, place),
    split into time windows, each judged consistent or contradictory with an explanation."""
    return views.claim_groups(store_of(request))


@router.get("/conflicts", response_model=list[ClaimGroup], summary="Contradictions between sources")
def conflicts(
    request: Request, all: Annotated[bool, Query(description="Every group of two or more claims.")] = False
) -> list[dict[str, Any]]:
    """Groups whose numbers cannot all be true, with the explanation (``claimledger conflicts``)."""
    return views.claim_groups(store_of(request), conflicts_only=not all)


@router.get("/entities", response_model=list[EntityRow], summary="People and bodies across articles")
def entities(request: Request, q: Name = None, limit: BigLimit = 500) -> list[dict[str, Any]]:
    return views.entity_list(store_of(request), q, limit=limit)


@router.get("/entities/{name:path}", response_model=EntityProfile, summary="One person or body")
def entity(request: Request, name: EntityName) -> dict[str, Any]:
    """Names seen, roles, affiliation, why names were linked; statements and claims over time."""
    return views.entity_profile(store_of(request), name)


@router.get("/timeline", response_model=list[Moment], summary="Dated events, claims and statements")
def timeline(
    request: Request,
    about: Words = None,
    entity: Name = None,
    place: Name = None,
    since: Since = None,
    limit: BigLimit = 500,
) -> list[dict[str, Any]]:
    return views.timeline_rows(
        store_of(request), about=about, entity=entity, place=place, since=since, limit=limit
    )


@router.get("/places", summary="Geocoded places as GeoJSON")
def places(request: Request) -> dict[str, Any]:
    """A FeatureCollection of points with name, kind, country, mentions and articles."""
    return views.places(store_of(request))


@router.post("/analyze", response_model=AnalyzeResult, summary="Analyse a text (and optionally store it)")
def analyze(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    """The ledger of a new article, analysed on the spot; ``store: true`` also stores it."""
    ledger = views.analyse(
        body.text,
        html=body.html,
        published=body.published.isoformat() if body.published else None,
        title=body.title,
        outlet=body.outlet,
        url=body.url,
        id=body.id,
    )
    stored = store_of(request).put(ledger) if body.store else None
    return {"stored": stored, "ledger": ledger.to_dict()}


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from the OpenAPI document (no CDN, no inline script)."""
    spec = request.app.openapi()
    context = {
        "title": "API",
        "json_url": "/api/openapi.json",
        "summary": spec["info"].get("summary", ""),
        "openapi": spec["openapi"],
        "endpoints": list(_endpoints(spec)),
    }
    return html_page(request, "api_docs.html", context)


def _endpoints(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            yield {
                "id": op.get("operationId", f"{method}-{path}"),
                "method": method,
                "path": path,
                "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "parameters": [_parameter(p) for p in op.get("parameters", [])],
                "body": body.get("$ref", "").rsplit("/", 1)[-1] or None,
                "responses": list(op.get("responses", {})),
            }


def _parameter(p: dict[str, Any]) -> dict[str, Any]:
    schema = p.get("schema", {})
    variants = [schema, *schema.get("anyOf", [])]
    types = [v["type"] for v in variants if "type" in v and v["type"] != "null"]
    keys = ("minimum", "maximum", "minLength", "maxLength", "pattern")
    constraints = [f"{k} {v[k]}" for v in variants for k in keys if k in v]
    if "default" in schema:
        constraints.append(f"default {schema['default']}")
    return {
        "name": p["name"],
        "where": p["in"],
        "required": p.get("required", False),
        "type": " | ".join(types),
        "constraints": constraints,
        "description": p.get("description") or schema.get("description", ""),
    }
