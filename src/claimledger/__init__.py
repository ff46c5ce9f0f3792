"""claimledger: a ledger of attributed claims from news reporting."""

__version__ = "0.1.0"
