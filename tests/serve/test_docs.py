"""docs/SERVE.md cannot drift: every page, endpoint and CLI option of serve is documented."""

from __future__ import annotations

import re

from claimledger.serve import api, pages

from ..conftest import ROOT, run_cli

DOC = (ROOT / "docs" / "SERVE.md").read_text(encoding="utf-8")


def _documented(path: str) -> bool:
    plain = re.sub(r"\{(\w+):path\}", r"{\1}", path)
    generic = re.sub(r"\{\w+\}", "{", plain)
    return f"`{plain}" in DOC or f" {plain}`" in DOC or generic.split("{")[0] + "{" in DOC


def test_every_page_is_documented():
    for route in pages.router.routes:
        if route.path != "/" and "POST" not in route.methods:
            assert _documented(route.path), route.path


def test_every_endpoint_is_documented():
    for route in api.router.routes:
        assert _documented(route.path), route.path
        for method in route.methods - {"HEAD"}:
            if route.path not in ("/api", "/api/docs"):
                assert f"`{method} {re.sub(r':path', '', route.path)}" in DOC, (method, route.path)


def test_every_serve_option_is_documented():
    out = run_cli("serve", "--help").stdout.decode()
    for option in re.findall(r"--[a-z-]+", out):
        if option != "--help":
            assert option in DOC, option
