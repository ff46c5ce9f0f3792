"""The shapes of the API's answers and parameters, for validation and the OpenAPI document.

The ledger itself is the versioned ``claimledger/1`` format (LEDGER_FORMAT.md); it is passed
through as a JSON object rather than re-declared here, so the format has one definition.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, Field

# -- parameters shared by the API routes and the pages -------------------------------------------------
NO_CONTROL = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"  # printable text: no NUL or control characters
DAY_OR_EMPTY = r"^(\d{4}-\d{2}-\d{2})?$"  # forms send an empty field as ""
MAX_TEXT_PARAM = 200
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000

Words = Annotated[
    str | None, Query(max_length=MAX_TEXT_PARAM, pattern=NO_CONTROL, description="Words to look for.")
]
Name = Annotated[
    str | None, Query(max_length=MAX_TEXT_PARAM, pattern=NO_CONTROL, description="A name, in any spelling.")
]
Since = Annotated[
    str | None,
    Query(pattern=DAY_OR_EMPTY, description="Only this day (YYYY-MM-DD) or later; empty means any."),
]
Unit = Annotated[
    str | None, Query(max_length=40, pattern=NO_CONTROL, description='A unit: "km2", "people", "drones" …')
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
BigLimit = Annotated[int, Query(ge=1, le=5000, description="At most this many rows.")]


# -- errors -----------------------------------------------------------------------------------------
class ErrorDetail(BaseModel):
    code: str = Field(
        description='"not_found", "invalid_request", "internal_error", or a library code like "E102"'
    )
    message: str
    status: int


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid parameters"},
    500: {"model": ErrorBody, "description": "Internal error"},
}


# -- answers ------------------------------------------------------------------------------------------
class ArticleRow(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    statements: int
    quantities: int
    snippet: str = Field(description="The first 240 characters of the text.")


class ArticlePage(BaseModel):
    q: str | None
    limit: int
    offset: int
    total: int | None = Field(description="Articles stored (null for a search: matches are not counted).")
    has_next: bool
    articles: list[ArticleRow]


class StatementRow(BaseModel):
    article_id: str
    id: str
    kind: str
    cue: str | None
    content: str
    speaker_text: str | None
    speaker_name: str | None
    speaker_entity: str | None
    anonymous: bool
    role: str | None
    published: str | None
    outlet: str | None
    title: str | None


class ClaimRow(BaseModel):
    as_of: str | None = Field(description="The date the number refers to, else the publication date.")
    claimant: str = Field(description='Who asserts the number ("reporter" for the article\'s own voice).')
    source: str = Field(description="The claimant, or the reporter of the outlet.")
    claim: str
    value: float
    value_max: float | None
    bound: str
    unit: str | None
    interval: str = Field(description='The values the claim admits: "at least 800 km2", "900–1,100 km2".')
    measures: str | None
    place: str | None
    outlet: str | None
    article: str
    quantity: str
    statement: str | None


class Window(BaseModel):
    from_: str | None = Field(alias="from")
    to: str | None
    status: Literal["single", "consistent", "contradictory"]
    agreed: str | None = Field(description="The values every claim admits, when consistent.")
    sources: list[str]
    explanation: str
    claims: list[ClaimRow]


class ClaimGroup(BaseModel):
    id: str
    status: Literal["single", "consistent", "contradictory"]
    about: str
    unit: str | None
    place: str | None
    series: bool = Field(description="Claims in several time windows: a series, not a contradiction.")
    sources: list[str]
    windows: list[Window]


class EntityRow(BaseModel):
    name: str
    type: str
    articles: int
    names: list[str]
    roles: list[str]
    affiliation: str | None


class EntityDetail(EntityRow):
    linked: list[str] = Field(description="Why spellings were joined into this entity.")


class Moment(BaseModel):
    date: str | None
    kind: str
    summary: str
    source: str = Field(description="Article id.")
    outlet: str | None
    place: str | None
    lat: float | None
    lon: float | None
    day: str | None = Field(description="The first day the date covers, for charts.")


class EntityMoment(BaseModel):
    date: str | None
    kind: str
    as_: str | None = Field(alias="as")
    text: str
    outlet: str | None
    article: str


class EntityProfile(BaseModel):
    entity: EntityDetail
    statements: list[StatementRow]
    claims: list[ClaimRow]
    moments: list[EntityMoment]


class AnalyzeRequest(BaseModel):
    text: str = Field(
        min_length=1, max_length=500_000, description="The article: plain text, or HTML with html=true."
    )
    html: bool = False
    published: dt.date | None = None
    title: str | None = Field(None, max_length=500)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=200, pattern=NO_CONTROL)
    store: bool = Field(
        False, description="Also store the ledger (replacing an older analysis of the same id)."
    )


class AnalyzeResult(BaseModel):
    stored: Literal["added", "replaced", "unchanged"] | None
    ledger: dict[str, Any] = Field(description="The ledger (format claimledger/1).")
