"""Bytes -> text, refusing what is not text.

In: the raw bytes of a file.
Out: ``(text, encoding, warnings)``; or ``IngestError`` for empty, blank,
binary or oversized input. A BOM is kept in the text (offsets stay exact
against the decoded text; the line splitter treats it as blank).
"""
from __future__ import annotations

import codecs

from analyzer.ingest.errors import IngestError

# Magic numbers of binary formats users drop by mistake.
_MAGIC = {
    b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive (or .docx/.xlsx)",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable", b"\xd0\xcf\x11\xe0": "an old Office document",
}
# Share of NUL bytes (outside UTF-16) above which a file is binary: real text
# has none; a few stray NULs in scraped text are tolerated (and kept).
_NUL_SHARE_BINARY = 0.05
# Share of control characters (not tab/newline) in the decoded text above which it is binary.
_CONTROL_SHARE_BINARY = 0.05
_SNIFF = 4096
# ... but a handful of odd characters in a short text is damage, not binary.
_MIN_ODD_CHARS = 8


def decode_bytes(data: bytes, *, name: str, max_bytes: int) -> tuple[str, str, list[str]]:
    """Decode ``data``; ``name`` only words the error messages."""
    if len(data) > max_bytes:
        raise IngestError(f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,} bytes "
                          f"(raise it with --max-bytes)")
    if not data:
        raise IngestError(f"{name}: empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise IngestError(f"{name}: binary file ({what}), not text")
    text, encoding, warnings = _decode(data)
    _refuse_binary_text(text, data, name, encoding)
    if not any(not (c.isspace() or c in "\ufeff\x00") for c in text):
        raise IngestError(f"{name}: only whitespace, no text")
    return text, encoding, warnings


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        return "\ufeff" + text, "utf-16", []
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return data.decode(bom_less, errors="replace"), bom_less, []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:_SNIFF] and _nul_share(data) > _NUL_SHARE_BINARY:
        return data.decode("utf-8", errors="replace"), "utf-8", []
    return _guess(data)


def _utf16_without_bom(data: bytes) -> str:
    """ASCII-heavy UTF-16 has a NUL in every other byte, all on one side."""
    sample = data[:_SNIFF - _SNIFF % 2]
    if len(sample) < 8:
        return ""
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return ""


def _utf8(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    # The BOM stays as U+FEFF at offset 0 so offsets match the file's text.
    try:
        return data.decode("utf-8"), encoding, []
    except UnicodeDecodeError:
        return (data.decode("utf-8", errors="replace"), encoding,
                ["invalid UTF-8 bytes replaced by U+FFFD"])


def _guess(data: bytes) -> tuple[str, str, list[str]]:
    """Not clean UTF-8: UTF-8 with a few bad bytes, cp1252 for Windows text,
    else charset-normalizer's best guess, else Latin-1."""
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for c in loose if ord(c) > 127 and c != "\ufffd")
    if good >= bad:  # real UTF-8 multibyte text with a few corrupt bytes
        return loose, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"]
    try:
        return data.decode("cp1252"), "cp1252", []
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is not None:
            return str(best), best.encoding, []
    except Exception:  # noqa: BLE001 - the library is only a better guess
        pass
    return data.decode("latin-1"), "latin-1", []


def _nul_share(data: bytes) -> float:
    return data.count(b"\x00") / max(len(data), 1)


def _refuse_binary_text(text: str, data: bytes, name: str, encoding: str) -> None:
    if not encoding.startswith("utf-16") and _nul_share(data) > _NUL_SHARE_BINARY:
        raise IngestError(f"{name}: binary file (many NUL bytes), not text")
    sample = text[:_SNIFF * 4]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v\x00")
    replaced = sample.count("\ufffd")
    odd = control + replaced
    if odd > _MIN_ODD_CHARS and odd / len(sample) > _CONTROL_SHARE_BINARY:
        raise IngestError(f"{name}: binary file (unreadable bytes), not text")
