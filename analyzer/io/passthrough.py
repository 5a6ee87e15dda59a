"""Input columns carried into the comments table (`--keep-columns`, `ScoreResult.to_pandas(keep=...)`).

Why: a pipeline joins the scores back to its own data (campaign codes, internal ids, moderation flags), and a dump
without comment ids has nothing else to join on. The readers keep every column that maps to no field in
`CommentIn.extra` (the pipeline hands it on as `ScoredComment.extra`); these helpers choose which of them to write.
Names match as the readers match columns (case, spaces, hyphens and dots ignored); a kept column named like an
output column ("sentiment" from an earlier tool) is written as "input_<name>", so no score is overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..records import ScoredComment
from .columns import NOTES_KEY, _norm
from .writers import _parquet_schema_for, csv_cell, to_record

KEEP_ALL = "all"
CLASH_PREFIX = "input_"


def parse_keep(value: str | Sequence[str] | None) -> str | tuple[str, ...]:
    """`KEEP_ALL`, or the named columns ("a,b" or a list; blanks and repeats dropped); () keeps none."""
    if value is None:
        return ()
    if isinstance(value, str):
        if value.strip().casefold() == KEEP_ALL:
            return KEEP_ALL
        value = value.split(",")
    names: dict[str, str] = {}
    for name in value:
        if not isinstance(name, str):
            raise TypeError(f"keep: column names are strings, got {type(name).__name__}")
        if name.strip():
            names.setdefault(_norm(name), name.strip())
    return tuple(names.values())


def input_fields(extra: dict[str, Any]) -> dict[str, Any]:
    """A comment's own input columns from `CommentIn.extra` (the readers' notes left out)."""
    return extra if NOTES_KEY not in extra else {k: v for k, v in extra.items() if k != NOTES_KEY}


@dataclass(frozen=True)
class KeptColumns:
    """Which input columns a table carries: (matching key, output column) pairs, and notes for names that no
    comment has. `every=True` (`KEEP_ALL` without a fixed header): each row carries all of its own."""

    pairs: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    every: bool = False

    @property
    def names(self) -> list[str]:
        return [out for _, out in self.pairs]

    def missing(self, found: set[str]) -> tuple[str, ...]:
        """A note per named column whose key is not in `found` (`keys_of` over the comments): a typo, or a column
        the readers took as one of the tool's fields."""
        return tuple(f"kept column {out!r}: no comment has an unread input column of that name (left empty; a "
                     "column the tool reads is not carried: comment fields are in the comments table under their "
                     "own names, post fields such as likes, followers, creator or campaign in the posts, creators "
                     "and campaigns tables)"
                     for key, out in self.pairs if key not in found)

    def __bool__(self) -> bool:
        return bool(self.pairs) or self.every


_OUTPUT_KEYS = frozenset(_norm(c) for c in ScoredComment.columns())


def _output_name(name: str) -> str:
    return CLASH_PREFIX + name if _norm(name) in _OUTPUT_KEYS else name


def resolve_keep(keep: str | Sequence[str] | None, comments: Iterable[ScoredComment] | None = None) -> KeptColumns:
    """The columns to carry. `KEEP_ALL` needs the comments (every input column any of them has, in order of first
    appearance); without them it is `every` (a stream whose rows each carry their own). Named columns are
    written even where no comment has them, with a note, so a pipeline's schema does not depend on the dump."""
    keep = parse_keep(keep)
    if keep == KEEP_ALL:
        if comments is None:
            return KeptColumns(every=True)
        seen: dict[str, str] = {}
        for c in comments:
            for k in input_fields(c.extra):
                seen.setdefault(_norm(k), k)
        return KeptColumns(_named(seen.items()))
    kept = KeptColumns(_named((_norm(name), name) for name in keep))
    if comments is None or not kept.pairs:
        return kept
    found: set[str] = set()
    for c in comments:
        found.update(keys_of(c))
    return KeptColumns(kept.pairs, kept.missing(found))


def _named(keys_names: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(key, output column) pairs with distinct column names ("input_x" asked for beside a clashing "x")."""
    pairs, used = [], set()
    for key, name in keys_names:
        out, n = _output_name(name), 2
        while _norm(out) in used:
            out, n = f"{_output_name(name)}_{n}", n + 1
        used.add(_norm(out))
        pairs.append((key, out))
    return tuple(pairs)


def keys_of(c: ScoredComment) -> set[str]:
    """The matching keys of the comment's input columns."""
    return {_norm(k) for k in input_fields(c.extra)} if c.extra else set()


def kept_values(c: ScoredComment, kept: KeptColumns) -> dict[str, Any]:
    """The comment's kept input columns (output column -> value as read)."""
    own = input_fields(c.extra)
    if kept.every:
        return {_output_name(k): v for k, v in own.items()}
    by_key = {_norm(k): v for k, v in own.items()} if own else {}
    return {out: by_key.get(key) for key, out in kept.pairs}


def comment_row(c: ScoredComment, kept: KeptColumns, *, native: bool = False, as_text: bool = False) -> dict[str, Any]:
    """The comment's output record (`to_record(c, native)`) with the kept input columns after the tool's own.
    Values stay as read; `as_text` (Parquet) writes them as text, since one column can hold numbers and words
    across rows and files."""
    rec = to_record(c, native=native)
    values = kept_values(c, kept)
    if as_text:
        values = {k: None if v is None else csv_cell(v) for k, v in values.items()}
    rec.update(values)
    return rec


def parquet_schema(kept: KeptColumns) -> Any:
    """The comments table's Arrow schema with the kept columns as text."""
    import pyarrow as pa

    schema = _parquet_schema_for(ScoredComment)
    for name in kept.names:
        schema = schema.append(pa.field(name, pa.string()))
    return schema
