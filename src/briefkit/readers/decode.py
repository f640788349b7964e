"""Bytes -> str for text sources: BOM, then strict UTF-8, then cp1252 with a warning."""

from __future__ import annotations

import codecs

from briefkit.errors import SourceError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode a text file; returns (text, warnings). Raises SourceError for non-text."""
    if not data.strip():
        raise SourceError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), []
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"invalid {encoding} after its byte-order mark: {exc.reason}"
                ) from None
    if _looks_binary(data):
        raise SourceError("binary data, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        position = exc.start
    text = data.decode("cp1252", errors="replace")
    return text, [f"not valid UTF-8 (byte {position}); read as cp1252"]
