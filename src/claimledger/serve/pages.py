"""The HTML pages. Each is built from the same query function (views) as its JSON twin under
``/api``, linked from the page ("JSON"), and takes the same validated parameters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..records import Ledger
from . import views
from .annotate import annotate, quantity_tip
from .api import ArticleId, EntityName
from .app import html_page, store_of
from .models import DAY_OR_EMPTY, NO_CONTROL, Limit, Name, Offset, Since, Unit, Words
from .templates import pathseg, query

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

MAX_PASTE = 500_000
MAX_CLAIM_ROWS = 1000  # a page, not a dump: the CSV download has every row


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/articles", status_code=302)


@router.get("/articles")
def articles(request: Request, q: Words = None, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    data = views.article_page(store_of(request), q, limit=limit, offset=offset)
    params = {"q": data["q"], "limit": limit if limit != 50 else None}
    return html_page(
        request,
        "articles.html",
        {
            "title": "Articles",
            "data": data,
            "params": params,
            "json_url": "/api/articles" + query(params, offset=offset or None),
        },
    )


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: ArticleId) -> HTMLResponse:
    ledger = views.article_ledger(store_of(request), article_id)
    context = ledger_context(ledger)
    title = ledger.article.title or ledger.article.id
    return html_page(
        request,
        "article.html",
        {**context, "title": title, "json_url": "/api/articles/" + pathseg(ledger.article.id)},
    )


def ledger_context(ledger: Ledger) -> dict[str, Any]:
    """What the annotated-article view shows: the marked-up text, its legend and the tables."""
    annotated = annotate(ledger)
    names = {e.id: e.name for e in ledger.entities}
    return {
        "ledger": ledger,
        "article": ledger.article,
        "text_html": annotated.html,
        "speakers": annotated.speakers,
        "quantities": [{"qty": q, "tip": quantity_tip(q)} for q in ledger.quantities],
        "events": [
            {
                "ev": ev,
                "actor": names.get(ev.actor or ""),
                "target": names.get(ev.target or ""),
                "place": ledger.places[ev.place].name
                if ev.place is not None and ev.place < len(ledger.places)
                else None,
                "date": ledger.dates[ev.date].value
                if ev.date is not None and ev.date < len(ledger.dates)
                else None,
            }
            for ev in ledger.events
        ],
    }


@router.get("/claims")
def claims(
    request: Request, about: Words = None, entity: Name = None, since: Since = None, unit: Unit = None
) -> HTMLResponse:
    rows = views.claim_rows(
        store_of(request), about=about, entity=entity, since=since, unit=unit, limit=MAX_CLAIM_ROWS + 1
    )
    params = {"about": about, "entity": entity, "since": since, "unit": unit}
    return html_page(
        request,
        "claims.html",
        {
            "title": "Claims",
            "rows": rows[:MAX_CLAIM_ROWS],
            "more": len(rows) > MAX_CLAIM_ROWS,
            "units": sorted({r["unit"] for r in rows if r["unit"]} | ({unit} if unit else set())),
            "params": params,
            "csv_url": "/api/claims.csv" + query(params),
            "json_url": "/api/claims" + query(params),
        },
    )


@router.get("/conflicts")
def conflicts(request: Request, all: bool = False) -> HTMLResponse:
    groups = views.claim_groups(store_of(request), conflicts_only=not all)
    return html_page(
        request,
        "conflicts.html",
        {
            "title": "Conflicts",
            "groups": groups,
            "show_all": all,
            "json_url": "/api/conflicts" + query({"all": "true" if all else None}),
        },
    )


@router.get("/entities")
def entities(request: Request, q: Name = None) -> HTMLResponse:
    rows = views.entity_list(store_of(request), q)
    return html_page(
        request,
        "entities.html",
        {"title": "Entities", "rows": rows, "q": q, "json_url": "/api/entities" + query({"q": q})},
    )


@router.get("/entities/{name:path}")
def entity(request: Request, name: EntityName) -> HTMLResponse:
    data = views.entity_profile(store_of(request), name)
    return html_page(
        request,
        "entity.html",
        {"title": data["entity"]["name"], "data": data, "json_url": "/api/entities/" + pathseg(name)},
    )


@router.get("/timeline")
def timeline(
    request: Request, about: Words = None, entity: Name = None, place: Name = None, since: Since = None
) -> HTMLResponse:
    params = {"about": about, "entity": entity, "place": place, "since": since}
    moments = views.timeline_rows(store_of(request), about=about, entity=entity, place=place, since=since)
    return html_page(
        request,
        "timeline.html",
        {
            "title": "Timeline",
            "moments": moments,
            "params": params,
            "json_url": "/api/timeline" + query(params),
        },
    )


@router.get("/map")
def map_(request: Request, place: Name = None) -> HTMLResponse:
    geo = views.places(store_of(request))
    return html_page(
        request,
        "map.html",
        {"title": "Map", "geo": geo, "focus": place, "json_url": "/api/places"},
    )


# -- analysing a pasted article ---------------------------------------------------------------------------
TextField = Annotated[str, Form(min_length=1, max_length=MAX_PASTE)]
DayField = Annotated[str, Form(pattern=DAY_OR_EMPTY, max_length=10)]
ShortField = Annotated[str, Form(max_length=500, pattern=NO_CONTROL)]


@router.get("/analyze")
def analyze_form(request: Request) -> HTMLResponse:
    form = {"text": "", "published": "", "title": "", "outlet": "", "html": False}
    return html_page(
        request, "analyze.html", {"title": "Analyse", "form": form, "result": False, "json_url": None}
    )


@router.post("/analyze")
def analyze(
    request: Request,
    text: TextField,
    published: DayField = "",
    title: ShortField = "",
    outlet: ShortField = "",
    html: Annotated[bool, Form()] = False,
) -> HTMLResponse:
    """The ledger of the pasted text, shown like an article page, with a button to store it."""
    form = {"text": text, "published": published, "title": title, "outlet": outlet, "html": html}
    ledger = views.analyse(text, html=html, published=published, title=title, outlet=outlet)
    stored = store_of(request).get(ledger.article.id) is not None
    template = "_analysis.html" if request.headers.get("hx-request") == "true" else "analyze.html"
    context = {"title": "Analyse", "form": form, "result": True, "stored": stored, "json_url": None}
    return html_page(request, template, {**context, **ledger_context(ledger)})


@router.post("/analyze/store")
def store_analysis(
    request: Request,
    text: TextField,
    published: DayField = "",
    title: ShortField = "",
    outlet: ShortField = "",
    html: Annotated[bool, Form()] = False,
) -> RedirectResponse:
    """Analyse again (the result is the same) and store; then show the stored article."""
    ledger = views.analyse(text, html=html, published=published, title=title, outlet=outlet)
    store_of(request).put(ledger)
    return RedirectResponse("/articles/" + pathseg(ledger.article.id), status_code=303)
