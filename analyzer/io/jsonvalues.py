"""Files of several JSON values one after another: `[...][...]` or `{...}{...}`, what appending each page of an
API's answer to one file gives (QA: everything after the first page was skipped as "trailing garbage").

The fast readers stream one value with ijson's C backend; on a parse error they ask `more_than_one_value`, and
only then read the file again with `units`, which walks the parser's events (slower, but only for such files).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .sources import Source

_OPEN = ("start_map", "start_array")
_CLOSE = ("end_map", "end_array")


def more_than_one_value(src: Source) -> bool:
    """Whether a second top-level JSON value follows the file's first complete one."""
    import ijson

    depth = 0
    with src.open_json_bytes() as f:
        events = ijson.parse(f, multiple_values=True)
        try:
            for _, event, _ in events:
                depth += (event in _OPEN) - (event in _CLOSE)
                if depth == 0:
                    break
            return next(events, None) is not None
        except ijson.JSONError:
            return False


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
