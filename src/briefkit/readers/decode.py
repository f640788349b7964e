"""Bytes -> str for text sources: BOM, then strict UTF-8, then a guessed legacy encoding.

Legacy text (a Russian article in cp1251, a Polish one in cp1250) is recognised with
charset-normalizer among the common single- and multi-byte code pages, and the guess is
named in a warning. Where Western European code pages read the bytes equally well,
cp1252 wins (charset-normalizer alone would often say cp1250); a weak guess falls back
to cp1252 too.
"""

from __future__ import annotations

import codecs
from typing import Any

from briefkit.errors import SourceError

# The legacy encodings news and report files actually come in; UTF-16/32 without a BOM
# and DOS code pages are left out (they "decode" almost anything).
LEGACY_ENCODINGS = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "koi8_u",
    "mac_cyrillic",
    "iso8859_5",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
]
FALLBACK = "cp1252"
TIE = 0.01  # chaos and coherence closer than this are a tie
WEAK_GUESS = 0.1  # more "chaos" than this: the guess is no better than cp1252

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
    encoding = guess_legacy_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text, [f"not valid UTF-8 (byte {position}); read as {encoding}, a guessed encoding"]


def _strictly(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def guess_legacy_encoding(data: bytes) -> str:
    """The likeliest legacy encoding of text that is not UTF-8."""
    from charset_normalizer import from_bytes

    matches: list[Any] = list(from_bytes(data, cp_isolation=LEGACY_ENCODINGS))
    if not matches:
        return FALLBACK
    least = min(m.chaos for m in matches)
    clean = [m for m in matches if m.chaos <= least + TIE]
    most = max(m.coherence for m in clean)
    best = [m for m in clean if m.coherence >= most - TIE]
    named = [m for m in best if m.language and m.language != "Unknown"]
    chosen = next((m for m in best if m.encoding == FALLBACK), None) or (named or best)[0]
    if chosen.chaos > WEAK_GUESS and _strictly(data, FALLBACK):
        return FALLBACK
    return str(chosen.encoding)
