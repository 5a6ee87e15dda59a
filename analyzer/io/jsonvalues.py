"""Files of several JSON values one after another: `[...][...]` or `{...}{...}`, what appending each page of an
API's answer to one file gives (QA: everything after the first page was skipped as "trailing garbage").

The fast readers stream one value with ijson's C backend; where it stops with a parse error, `later_units` reads
the file again by walking the parser's events (slower, but only for such files and broken ones), and tells the
two apart on the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .sources import Source

_OPEN = ("start_map", "start_array")
_CLOSE = ("end_map", "end_array")


def first_line(err: Exception) -> str:
    """A parse error's first line (yajl's go on with the text and a caret), or its type when it says nothing."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def units(src: Source) -> Iterator[tuple[str, Any]]:
    """("array", None) at the start of each top-level array, ("record", value) for each of its elements and
    ("value", value) for each top-level value that is not an array, in file order. Raises ijson.JSONError where
    the file stops being JSON (after yielding what came before)."""
    import ijson
    from ijson.common import ObjectBuilder

    depth = 0  # 1 = directly inside a top-level array
    builder: ObjectBuilder | None = None
    kind = "record"
    with src.open_json_bytes() as f:
        for _, event, value in ijson.parse(f, multiple_values=True, use_float=True):
            if builder is None:
                if depth == 0 and event == "start_array":
                    depth = 1
                    yield "array", None
                    continue
                if depth == 1 and event == "end_array":
                    depth = 0
                    continue
                kind = "value" if depth == 0 else "record"
                if event not in _OPEN:  # a scalar element or document
                    yield kind, value
                    continue
                builder = ObjectBuilder()
            builder.event(event, value)
            depth += (event in _OPEN) - (event in _CLOSE)
            if event in _CLOSE and depth == (0 if kind == "value" else 1):
                yield kind, builder.value
                builder = None


def later_units(src: Source, skip: int, error: Exception | None) -> Iterator[tuple[str, Any]]:
    """`units` after the first `skip` records (those the fast reader gave before it stopped with `error`). Where
    the file breaks inside its first value or right after it, it is one broken value, not several, and `error`
    itself is raised (when given); else the walk's own parse error."""
    import ijson

    records = values = 0
    try:
        for kind, value in units(src):
            if kind == "record":
                records += 1
                if records <= skip:
                    continue
            else:
                values += 1
            yield kind, value
    except ijson.JSONError as walked:
        raise (error if error is not None and values <= 1 else walked) from None
