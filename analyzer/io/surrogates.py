"""Unpaired UTF-16 surrogates and NUL characters: repaired where records come in, and never written out.

A JSON escape such as "\\ud800" without its pair, or a string built by a broken decoder upstream, yields a Python
str that cannot be encoded as UTF-8: the tokenizer, the n-gram hasher and every writer would fail on it (one such
comment used to end a run with a traceback and half its output files). Pairs written as two code points are
joined into the character they stand for; lone ones become U+FFFD, the replacement character.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    return not text.isascii() and _SURROGATE_RE.search(text) is not None


def repair(text: str) -> str:
    """`text` with surrogate pairs joined, lone surrogates and NUL characters replaced by U+FFFD (unchanged when it
    has none). A NUL from a broken export is valid UTF-8, but PostgreSQL's text and jsonb refuse it: a table
    loaded from our output would fail on one comment."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    if not has_surrogates(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def repair_value(value: Any) -> Any:
    """`repair` through strings, lists, tuples and dicts (keys too); other values unchanged."""
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, (list, tuple)):
        return type(value)(repair_value(v) for v in value)
    if isinstance(value, dict):
        return {repair_value(k): repair_value(v) for k, v in value.items()}
    return value


def repair_record(record: Any) -> tuple[Any, list[str]]:
    """(the dataclass `record` with every string field repaired, the names of the fields that changed). The same
    object comes back when nothing needed repair."""
    changed = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, (str, list, tuple, dict)):
            fixed = repair_value(value)
            if fixed != value:
                changed[f.name] = fixed
    return (dataclasses.replace(record, **changed) if changed else record), list(changed)


REPAIR_NOTE = ("characters no UTF-8 writer or database takes repaired (UTF-16 surrogate pairs joined, unpaired ones "
               "and NUL replaced with U+FFFD)")


def repair_event(item: Any) -> Any:
    """A reader's item with its strings repaired: a comment (CommentIn) gets a note per repaired field in
    `extra["io_notes"]` (reported as a "comment_field" warning), a post (PostRecord) in its `notes` ("post_field");
    anything else comes back unchanged."""
    from ..records import CommentIn
    from .columns import NOTES_KEY
    from .events import PostRecord

    if isinstance(item, CommentIn):
        fixed, names = repair_record(item)
        if names:
            fixed.extra = {**fixed.extra, NOTES_KEY: [*(fixed.extra.get(NOTES_KEY) or ()),
                                                      *(f"{n}: {REPAIR_NOTE}" for n in names)]}
        return fixed
    if isinstance(item, PostRecord):
        post, names = repair_record(item.post)
        if names:
            item = dataclasses.replace(item, post=post, notes=[*item.notes, *(f"{n}: {REPAIR_NOTE}" for n in names)])
        return item
    return item


# One JSON escape: a surrogate pair first, then a single \uXXXX, then any other (so "\\\\ud800" is an escaped
# backslash and the text "ud800", not an escape)
_ESCAPE_RE = re.compile(rb"\\(?:u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|u(d[89a-f][0-9a-f]{2})|.)", re.I | re.S)
_LONE_HINT_RE = re.compile(rb"\\u[dD][89a-fA-F]")
_REPLACEMENT_ESCAPE = b"\\ufffd"


class LoneEscapes:
    """A binary JSON stream with each unpaired surrogate escape ("\\ud83d" without its low half, as a scraper
    that cuts a text by UTF-16 units writes) rewritten as "\\ufffd", counted in `repaired`.

    The streaming parser (yajl) read such an escape as "?" without a word (QA); JSON lines, read by Python's json,
    give U+FFFD and a note. Chunks are cut where the 6 bytes before the cut hold no backslash, so no escape, pair or
    run of backslashes is ever split between two chunks.
    """

    def __init__(self, raw: Any, chunk: int = 1 << 16, on_close: Callable[[int], None] | None = None) -> None:
        self._raw = raw
        self._chunk = chunk
        self._carry = b""
        self._eof = False
        self._out = bytearray()
        self._on_close = on_close
        self.repaired = 0

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes (all that is left when `size` is negative or None), fewer only at the end."""
        want = -1 if size is None or size < 0 else size
        while (want < 0 or len(self._out) < want) and self._fill():
            pass
        if want < 0 or want >= len(self._out):
            data = bytes(self._out)
            self._out.clear()
        else:
            data = bytes(self._out[:want])
            del self._out[:want]
        return data

    def _fill(self) -> bool:
        """Move the next piece of the raw stream, fixed, into the output buffer; False when nothing is left."""
        if self._eof:
            if not self._carry:
                return False
            self._out += self._fix(self._carry)
            self._carry = b""
            return True
        new = self._raw.read(self._chunk)
        if not new:
            self._eof = True
            return True
        data = self._carry + new
        cut = len(data) - 12
        while cut > 0:
            back = data.rfind(b"\\", max(0, cut - 6), cut)
            if back < 0:
                break
            cut = back
        if cut > 0:
            self._carry = data[cut:]
            self._out += self._fix(data[:cut])
        else:
            self._carry = data  # all backslashes so far: read on
        return True

    def _fix(self, data: bytes) -> bytes:
        if not _LONE_HINT_RE.search(data):
            return data
        return _ESCAPE_RE.sub(self._one, data)

    def _one(self, m: re.Match[bytes]) -> bytes:
        if m.group(3) is not None:  # a surrogate escape not in a high-low pair
            self.repaired += 1
            return _REPLACEMENT_ESCAPE
        return m.group(0)

    def close(self) -> None:
        self._raw.close()
        if self._on_close is not None:
            self._on_close(self.repaired)
            self._on_close = None

    def __enter__(self) -> LoneEscapes:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
