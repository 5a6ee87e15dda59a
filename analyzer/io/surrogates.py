"""Unpaired UTF-16 surrogates and NUL characters: repaired where records come in, and never written out.

A JSON escape such as "\\ud800" without its pair, or a string built by a broken decoder upstream, yields a Python
str that cannot be encoded as UTF-8: the tokenizer, the n-gram hasher and every writer would fail on it (one such
comment used to end a run with a traceback and half its output files). Pairs written as two code points are
joined into the character they stand for; lone ones become U+FFFD, the replacement character.
"""

from __future__ import annotations

import dataclasses
import re
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
