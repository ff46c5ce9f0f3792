"""Bytes to text, refusing what is not text instead of guessing.

UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read as such; any other encoding must
be named (``--encoding``, an HTML ``<meta charset>``). Guessing single-byte encodings turns
binary files and damaged UTF-8 into plausible-looking garbage, which a ledger must not store.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BinaryInput, EmptyInput, UndecodableInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline and carriage return, plus DEL and the C1 block.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BINARY_SAMPLE = 8192


def decode_bytes(data: bytes, *, encoding: str | None = None, source: str | None = None) -> str:
    """Decode ``data`` as text or raise a coded :class:`InputError`.

    >>> decode_bytes("Kyiv said".encode())
    'Kyiv said'
    """
    bom_encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if bom_encoding is None and encoding is None and b"\x00" in data[:_BINARY_SAMPLE]:
        raise BinaryInput("binary data (NUL bytes), not text", source=source)
    enc = encoding or bom_encoding or "utf-8"
    try:
        text = data.decode(enc)
    except LookupError as exc:
        raise UndecodableInput(f"unknown encoding {enc!r}", source=source) from exc
    except UnicodeDecodeError as exc:
        raise UndecodableInput(
            f"not valid {enc} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "name the encoding with --encoding",
            source=source,
        ) from exc
    return check_text(text, source=source)


def check_text(text: str, *, source: str | None = None) -> str:
    """Refuse empty or binary-looking text; return it unchanged otherwise."""
    if not text.strip():
        raise EmptyInput("no text (empty or whitespace only)", source=source)
    sample = text[:_BINARY_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        raise BinaryInput("binary data (control characters), not text", source=source)
    return text


def normalize_text(text: str) -> str:
    """The text exactly as it will be analysed: NFC, LF line ends, no control characters.

    Paragraph breaks (blank lines) are kept; trailing spaces on lines and the ends are removed.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub(" ", text.replace("\ufeff", "")).replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
