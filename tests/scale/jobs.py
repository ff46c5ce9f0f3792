"""Per-chunk jobs for pool tests; module level, so that spawned workers can import them."""

from __future__ import annotations

import os

from claimledger import settings
from claimledger.records import Rejection
from claimledger.scale.pool import analyze_chunk


def crash_on_marked(articles, setup):
    """Kill the worker process (as an out-of-memory kill would) when a chunk holds a 'crash' article."""
    if any(a.id.startswith("crash") for a in articles):
        os._exit(3)
    return analyze_chunk(articles, setup)


def report_settings(articles, setup):
    """What the worker sees: its pid and its time limit, as a rejection per article."""
    with settings.overrides(**setup.settings):
        seen = f"{os.getpid()} {settings.get('time_limit')}"
    return [Rejection(a.id, "E000", seen) for a in articles]
