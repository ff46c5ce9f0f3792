"""The exception tree of claimledger and its coded messages.

Every error the library raises on purpose derives from :class:`ClaimLedgerError` and carries a
short code, so that a user can search for it and the CLI can print one clear line::

    ClaimLedgerError
    ├── InputError            E1xx  the input cannot be read as an article
    │   ├── MissingInput      E101  a path that does not exist
    │   ├── EmptyInput        E102  nothing but whitespace
    │   ├── BinaryInput       E103  bytes that are not text (NUL bytes, control characters)
    │   ├── UndecodableInput  E104  bytes in no encoding we can read
    │   ├── MalformedInput    E105  JSON/JSONL/HTML/feed that cannot be parsed
    │   ├── UnsupportedInput  E106  a file type we do not read
    │   ├── InputTooLarge     E107  over the configured size limit
    │   └── NotEnglish        E108  another language: reported, not mis-analysed
    ├── ModelError            E2xx  the shipped language pipeline is missing or broken
    ├── FormatError           E3xx  a ledger that violates LEDGER_FORMAT.md (e.g. a span mismatch)
    ├── StoreError            E4xx  the database cannot be opened, migrated or written
    │   └── ReadOnlyStore     E401  a write to a store opened read-only
    └── AnalysisError         E500  an article made the analysis fail (a bug: please report it)
        └── AnalysisTimeout   E501  an article took longer than the time limit
"""

from __future__ import annotations


class ClaimLedgerError(Exception):
    """Base of every error claimledger raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(ClaimLedgerError):
    code = "E100"


class MissingInput(InputError):
    code = "E101"


class EmptyInput(InputError):
    code = "E102"


class BinaryInput(InputError):
    code = "E103"


class UndecodableInput(InputError):
    code = "E104"


class MalformedInput(InputError):
    code = "E105"


class UnsupportedInput(InputError):
    code = "E106"


class InputTooLarge(InputError):
    code = "E107"


class NotEnglish(InputError):
    code = "E108"


class ModelError(ClaimLedgerError):
    code = "E200"


class FormatError(ClaimLedgerError):
    code = "E300"


class StoreError(ClaimLedgerError):
    code = "E400"


class ReadOnlyStore(StoreError):
    code = "E401"


class AnalysisError(ClaimLedgerError):
    code = "E500"


class AnalysisTimeout(AnalysisError):
    code = "E501"
