"""Per-chunk jobs for pool tests; module level, so that spawned workers can import them."""

from __future__ import annotations

import os

from claimledger.scale.pool import analyze_chunk


def crash_on_marked(articles, model):
    """Kill the worker process (as an out-of-memory kill would) when a chunk holds a 'crash' article."""
    if any(a.id.startswith("crash") for a in articles):
        os._exit(3)
    return analyze_chunk(articles, model)
