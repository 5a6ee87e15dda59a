"""Text-encoding detection for dumps that come from APIs (UTF-8), Windows tools (UTF-16 with BOM) and
spreadsheets (CP1252 / Latin-1).

Order: BOM sniffing -> UTF-16 without a BOM, or binary data refused (NUL / control bytes in the first 8 KiB)
-> strict UTF-8 over the whole stream (chunked, bounded memory; a single late "ñ" in
Latin-1 must not slip through a head-only check) -> charset-normalizer on the bytes around the first invalid
UTF-8 position -> CP1252, or Latin-1 when CP1252 cannot decode the file.

charset-normalizer is only trusted when it says the text is in a non-Latin script (e.g. Cyrillic CP1251). Among
Latin codepages it cannot tell them apart on short Spanish text: it picks CP1250 for Latin-1 Spanish, which
turns "ñ" into "ń". Spreadsheet exports in es/en locales are CP1252 (a superset of Latin-1's printable range),
so that is the fallback.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from ..records import plural
from .errors import InputError

Opener = Callable[[], BinaryIO]

_CHUNK = 1 << 20  # bytes per read when skipping
_VALIDATE_CHUNK = 64 * 1024  # decoded to check validity; a str of emoji costs 4 bytes/char, keep it small
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Encoding:
    """The codec to read a file with and how it was chosen (shown in the CLI summary)."""

    name: str  # a Python codec name; BOM-consuming variants (utf-8-sig, utf-16) when a BOM is present
    reason: str  # "bom", "utf-16-sniffed", "utf-8", "charset-normalizer", "cp1252-fallback", "latin-1-fallback",
    # "stated", "utf-8-damaged"
    errors: str = "strict"  # "replace" only for a stated encoding, which is read whatever its bytes
    undecodable_at: int | None = None  # the first byte the codec cannot decode (read as U+FFFD), when known
    n_undecodable: int = 0  # "utf-8-damaged": how many such bytes

    def note(self, label: str) -> str | None:
        """The file note when bytes were read as U+FFFD: a stated encoding that does not fit the file, or a UTF-8
        file with a few broken bytes (a cut multi-byte character, a line from another tool)."""
        if self.undecodable_at is None:
            return None
        if self.reason == "utf-8-damaged":
            n = self.n_undecodable
            return (f"{label}: mostly UTF-8, but {plural(n, 'byte')} {'are' if n != 1 else 'is'} not valid "
                    f"UTF-8 (first at byte {self.undecodable_at:,}) and {'were' if n != 1 else 'was'} read as U+FFFD; "
                    "the rest of the file was read as UTF-8")
        return (f"{label}: bytes that are not valid {self.name} (first at byte {self.undecodable_at:,}) were read "
                "as U+FFFD: is the file really in that encoding? Leave --encoding out to have it detected")

    @property
    def is_utf8(self) -> bool:
        return codecs.lookup(self.name).name in ("utf-8", "utf-8-sig")


def _sniff_bom(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def _first_invalid(opener: Opener, codec: str) -> int | None:
    """Byte offset of the first undecodable byte under `codec`, or None when the whole stream decodes."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    offset = 0
    with opener() as f:
        while chunk := f.read(_VALIDATE_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as e:
                return offset + e.start
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return offset
    return None


# a file whose valid multi-byte UTF-8 characters (at least _DAMAGED_UTF8_MIN) outnumber its undecodable bytes this
# many times over is UTF-8 with a few broken bytes: read as Latin-1 for them, every "é" and emoji of the file would
# become "Ã©" (a cp1252 file almost never holds a valid UTF-8 sequence: its accents are lone bytes before ASCII)
_DAMAGED_UTF8_RATIO = 2
_DAMAGED_UTF8_MIN = 3


def _utf8_damage(opener: Opener) -> tuple[int, int]:
    """(non-ASCII characters that decode as UTF-8, undecodable byte runs) over the whole stream."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    good = broken = 0

    def count(text: str) -> None:
        nonlocal good, broken
        bad = text.count("\ufffd")
        broken += bad
        good += len(text) - len(text.encode("ascii", "ignore")) - bad

    with opener() as f:
        while chunk := f.read(_VALIDATE_CHUNK):
            count(decoder.decode(chunk))
    count(decoder.decode(b"", final=True))
    return good, broken


def _sample_around(opener: Opener, pos: int, radius: int = 32 * 1024) -> bytes:
    with opener() as f:
        start = max(0, pos - radius)
        # compressed streams do not seek cheaply backwards; read forward to `start`
        remaining = start
        while remaining:
            got = f.read(min(remaining, _CHUNK))
            if not got:
                break
            remaining -= len(got)
        return f.read(2 * radius)


def _mostly_non_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin < 0.5 * len(letters)


_SNIFF_BYTES = 8192
# C0 control bytes that text files carry (tab, newlines, form feed, escape); the others mark binary data
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_BINARY_CONTROL_SHARE = 0.05


def _sniff_unmarked(head: bytes) -> str | None:
    """UTF-16 without a BOM ("utf-16-le" / "utf-16-be": ASCII-range text puts a NUL in every other byte), or None
    for a stream that may be text. Raises InputError for binary data: bytes that are not UTF-8 with more than 1%
    NUL bytes or a share of control bytes no text has (a zip, an image, an .xls renamed .csv)."""
    if not head:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros and zeros.count(0) > 0.4 * len(zeros) and other.count(0) <= 0.05 * len(other):
            try:  # incremental: the head may end inside a surrogate pair (QA: an emoji across byte 8,192)
                codecs.getincrementaldecoder(name)("strict").decode(head, final=False)
            except UnicodeDecodeError:
                break
            return name
    try:  # valid UTF-8 is text, control characters and all (our own CSV writer keeps a comment's as they are)
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return None
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)  # NUL included
    # a stray NUL or two (broken exports) still reads as text; random bytes (compressed or encrypted data) do not
    if head.count(0) > max(4, 0.01 * len(head)) or controls > max(8, _BINARY_CONTROL_SHARE * len(head)):
        raise InputError("not a text file: binary data in its first bytes (a spreadsheet, archive or image "
                         "with the wrong extension?)")
    return None


def detect_encoding(opener: Opener) -> Encoding:
    """Pick the codec of a text stream; reads it once fully (chunked) when there is no BOM."""
    with opener() as f:
        head = f.read(_SNIFF_BYTES)
    bom = _sniff_bom(head)
    if bom:
        return Encoding(bom, "bom")
    unmarked = _sniff_unmarked(head)
    if unmarked:
        return Encoding(unmarked, "utf-16-sniffed")
    bad = _first_invalid(opener, "utf-8")
    if bad is None:
        return Encoding("utf-8", "utf-8")
    good, broken = _utf8_damage(opener)
    if good >= max(_DAMAGED_UTF8_MIN, _DAMAGED_UTF8_RATIO * broken):  # UTF-8 with a few broken bytes
        return Encoding("utf-8", "utf-8-damaged", errors="replace", undecodable_at=bad, n_undecodable=broken)
    sample = _sample_around(opener, bad)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
    except Exception:  # pragma: no cover - charset-normalizer is a dependency; never let it break reading
        best = None
    if best is not None and best.encoding not in ("ascii", "utf_8") and _mostly_non_latin(str(best)):
        return Encoding(best.encoding, "charset-normalizer")
    if _first_invalid(opener, "cp1252") is None:
        return Encoding("cp1252", "cp1252-fallback")
    return Encoding("latin-1", "latin-1-fallback")


# a stated codec -> (its BOM, the codec that drops it)
_STATED_BOMS = {"utf-8": (codecs.BOM_UTF8, "utf-8-sig"), "utf-16-le": (codecs.BOM_UTF16_LE, "utf-16"),
                "utf-16-be": (codecs.BOM_UTF16_BE, "utf-16"), "utf-32-le": (codecs.BOM_UTF32_LE, "utf-32"),
                "utf-32-be": (codecs.BOM_UTF32_BE, "utf-32")}


def resolve_encoding(opener: Opener, stated: str | None) -> Encoding:
    """A stated encoding wins (undecodable bytes become U+FFFD); otherwise detect."""
    if not stated:
        return detect_encoding(opener)
    try:
        info = codecs.lookup(stated)
    except LookupError as e:
        raise InputError(f"unknown encoding {stated!r}") from e
    try:  # rot13, base64, zlib are codecs, but not of text files; idna reads no file (no "replace")
        usable = getattr(info, "_is_text_encoding", True) and isinstance(codecs.decode(b"a", info.name, "replace"), str)
    except (UnicodeError, ValueError, TypeError):
        usable = False
    if not usable:
        raise InputError(f"{stated!r} is not an encoding text files are written in (use utf-8, utf-16, cp1252, "
                         "latin-1, ...)")
    name = info.name
    mark = _STATED_BOMS.get(name)
    if mark is not None:  # the stated codec's own BOM is dropped, not read as U+FEFF before the first header
        with opener() as f:  # (QA: --encoding utf-16le on a file with a BOM: "no 'text' column ('\ufefftext')")
            if f.read(len(mark[0])) == mark[0]:
                name = mark[1]
    elif name in ("utf-16", "utf-32"):  # these need a BOM to be read; without one, the byte order is told by the
        with opener() as f:  # NULs as the sniff tells it, else little-endian, Windows' (QA: a traceback)
            head = f.read(_SNIFF_BYTES)
        if not _sniff_bom(head):
            name = (_sniff_unmarked(head) if name == "utf-16" else None) or f"{name}-le"
    try:
        bad = _first_invalid(opener, name)
    except (UnicodeError, ValueError) as e:
        raise InputError(f"the stated encoding {stated!r} cannot read this file: {e}") from e
    return Encoding(name, "stated", errors="replace", undecodable_at=bad)


def open_text(opener: Opener, enc: Encoding) -> TextIO:
    """A text stream that keeps line endings untouched (newline="") for the csv module."""
    return io.TextIOWrapper(opener(), encoding=enc.name, errors=enc.errors, newline="")


class Utf8Reader(io.RawIOBase):
    """Re-encodes a text stream as UTF-8 bytes, for byte-only parsers (ijson) fed non-UTF-8 files."""

    def __init__(self, text: TextIO) -> None:
        self._text = text
        self._buf = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            data = self._buf + self._text.read().encode("utf-8")
            self._buf = b""
            return data
        while len(self._buf) < size:
            chunk = self._text.read(max(size, 8192))
            if not chunk:
                break
            self._buf += chunk.encode("utf-8")
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readinto(self, b) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._text.close()
        super().close()


def open_utf8_bytes(opener: Opener, enc: Encoding) -> BinaryIO:
    """A binary stream of UTF-8 (no BOM) for the JSON parser, whatever the file's encoding."""
    if codecs.lookup(enc.name).name == "utf-8" and enc.errors == "strict":
        return opener()
    if enc.name == "utf-8-sig" and enc.errors == "strict":
        f = opener()
        if f.read(3) != codecs.BOM_UTF8:  # pragma: no cover - detect said BOM
            f.close()
            f = opener()
        return f
    return Utf8Reader(open_text(opener, enc))  # type: ignore[return-value]
