from __future__ import annotations

import pytest

from claimledger.errors import BinaryInput, EmptyInput, UndecodableInput
from claimledger.ingest.decode import decode_bytes, normalize_text


def test_utf8_with_and_without_bom():
    assert decode_bytes("Kyiv’s “offer”".encode()) == "Kyiv’s “offer”"
    assert decode_bytes(b"\xef\xbb\xbfKyiv") == "Kyiv"


def test_utf16_with_bom():
    assert decode_bytes("Kharkiv said".encode("utf-16")) == "Kharkiv said"


def test_named_legacy_encoding():
    assert decode_bytes("Zürich".encode("cp1252"), encoding="cp1252") == "Zürich"


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_input(data):
    with pytest.raises(EmptyInput):
        decode_bytes(data)


def test_binary_input():
    with pytest.raises(BinaryInput):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_undecodable_bytes_say_where():
    with pytest.raises(UndecodableInput, match="offset 5"):
        decode_bytes(b"Kyiv \xff\xfe said")


def test_normalize_keeps_paragraphs_and_drops_controls():
    text = "KYIV:\r\nfirst line  \r\n\r\n\r\n\r\nsecond\x07 para\u2028third"
    assert normalize_text(text) == "KYIV:\nfirst line\n\nsecond  para\nthird"
