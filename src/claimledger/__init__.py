"""claimledger: a ledger of attributed claims from news reporting.

>>> import claimledger
>>> ledger = claimledger.analyze("Kyiv said on Monday that 12 drones were shot down.", published="2024-08-13")
>>> ledger.to_json()  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Ledger", "analyze", "analyze_many", "open_store", "__version__"]

if TYPE_CHECKING:
    from .pipeline import analyze, analyze_many
    from .records import Ledger
    from .store import open_store


def __getattr__(name: str) -> Any:
    # Lazy: importing claimledger must not import spaCy or load anything.
    if name in ("analyze", "analyze_many"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Ledger":
        from .records import Ledger

        return Ledger
    if name == "open_store":
        from .store import open_store

        return open_store
    raise AttributeError(f"module 'claimledger' has no attribute {name!r}")
