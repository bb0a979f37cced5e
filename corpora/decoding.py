"""Bytes to text: size limits, binary sniffing, encoding detection.

UTF-8 is preferred whenever the bytes are valid UTF-8 (charset detectors can
mistake short UTF-8 for something else); a BOM decides when present; otherwise
charset-normalizer guesses (cp1252, cp1251, KOI8-R, UTF-16 without BOM, ...).
Every refusal is an ``InputError`` with one line: what is wrong, the limit,
what to do.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from corpora.errors import InputError
from corpora.limits import MAX_UPLOAD_MB

ENV_MAX_MB = "PARALLAX_MAX_UPLOAD_MB"
MAX_CONTROL_SHARE = 0.01  # more control characters than this: a binary file, not text
# Valid multi-byte characters per invalid byte from which a file is taken for broken UTF-8: a text in
# an 8-bit encoding (cp1252, cp1251) almost never forms one valid sequence, so 2 is safe.
UTF8_SHARE = 2
_BAD_BYTE = re.compile(r"[\udc80-\udcff]")

_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Signatures of binary formats we may be handed by mistake, and what they are.
MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or an Office file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as .docx"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "an RTF document; save it as .docx or .txt"),
]


def max_upload_bytes(max_bytes: int | None = None) -> int:
    """The size limit: the argument (the edge passes ``PARALLAX_MAX_UPLOAD_MB``), else
    ``limits.MAX_UPLOAD_MB``."""
    if max_bytes is not None:
        return int(max_bytes)
    return int(MAX_UPLOAD_MB * 1024 * 1024)


def human_size(size: int) -> str:
    """200 MB, 20 MB, 1.5 MB, 12 KB: sizes as a user reads them."""
    value, unit = (size / 1048576, "MB") if size >= 1048576 else (size / 1024, "KB")
    return f"{value:.1f}".rstrip("0").rstrip(".") + f" {unit}"


def check_size(size: int, limit: int, name: str, what: str = "the file is") -> None:
    """Refuse a file over the limit, saying by how much and what to do; ``what`` names the size
    ("the .docx's XML unpacks to", for a size counted after decompression)."""
    if size > limit:
        raise InputError(
            f"{name}: {what} {human_size(size)}, over the {human_size(limit)} limit; "
            f"split it into smaller files or raise the limit with {ENV_MAX_MB}"
        )


def sniff_binary(data: bytes) -> str | None:
    """What binary format ``data`` starts like, if any."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            return what
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: the high bytes of spaces and punctuation are NULs, on one side only.

    Accepted only if what it decodes to is almost all printable text.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    for share_hi, share_lo, codec in ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls, "utf-16-be")):
        if share_hi >= 0.1 and share_lo < 0.02:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:2048])
            return text if printable >= 0.98 * len(text[:2048]) else None
    return None


def decode_bytes(data: bytes, name: str) -> str:
    """Text of a plain-text file, whatever its encoding; an ``InputError`` if it is not text."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; choose a file with some text in it")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: the file starts like {codec.upper()} but its bytes are not valid "
                    f"{codec.upper()}; save it again as UTF-8"
                ) from None
            return _check_text(text, name)
    binary = sniff_binary(data)
    if binary:
        raise InputError(f"{name}: this is {binary}, not plain text; give it the right file extension")
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(
                f"{name}: this looks like a binary file (it contains NUL bytes), not text; "
                "Parallax reads .txt, .md, .html, .docx and .pdf"
            )
        return _check_text(text, name)
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    _refuse_broken_utf8(data, name)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            f"{name}: the bytes are not text in any encoding Parallax knows (UTF-8, UTF-16, Windows-125x, "
            "KOI8-R, ISO-8859-x...); save the file as UTF-8 and try again"
        )
    return _check_text(str(best), name)


def _refuse_broken_utf8(data: bytes, name: str) -> None:
    """Refuse UTF-8 with a few invalid bytes, saying where the first one is.

    Such a file is UTF-8 (a legacy 8-bit text almost never forms valid multi-byte sequences), so a
    detector's guess (cp775, ...) would turn every accented letter into garbage; replacing the bad
    bytes would change the text without anyone noticing. The user fixes a few places instead.
    """
    text = data.decode("utf-8", "surrogateescape")  # each invalid byte becomes one of U+DC80..U+DCFF
    bad = len(data) - len(text.encode("utf-8", "ignore"))  # counted in C: a 20 MB file takes no time
    ascii_bytes = len(data) - len(data.translate(None, bytes(range(128))))
    multibyte = len(text) - ascii_bytes - bad
    if bad and multibyte >= UTF8_SHARE * bad:
        first = _BAD_BYTE.search(text)
        at = first.start() if first else 0
        line = text.count("\n", 0, at) + 1
        byte = ord(text[at]) - 0xDC00
        raise InputError(
            f"{name}: the file is UTF-8 but {bad} byte(s) are not valid UTF-8 (the first, 0x{byte:02X}, "
            f"on line {line}); fix those characters or save the file again as UTF-8"
        )


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the file is empty; choose a file with some text in it")
    sample = text[:100_000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError(
            f"{name}: this looks like a binary file ({controls} control characters), not text; "
            "Parallax reads .txt, .md, .html, .docx and .pdf"
        )
    return text
