"""Streaming readers for one-row-per-comment dumps: CSV/TSV, JSONL, Parquet, JSON arrays, Excel (.xlsx) and
plain text (.txt, one comment per line).

Each reader yields, in input order, `CommentIn` / `RowError` / `PostRecord` events and never holds more than
one record (Parquet: one record batch; CSV: one damaged record's lines, at most the csv field-size limit;
Excel: openpyxl's read-only mode streams the sheet's XML). `row` is the 1-based physical line for CSV and JSONL
(what an editor shows; the CSV header is line 1), the spreadsheet's row number for Excel (first worksheet; the
header is its first non-blank row), and the 1-based record ordinal for Parquet and JSON arrays.

CSV damage is contained: the parser runs in strict mode, and when a record is malformed (a stray quote that
swallows following lines, a wrong number of fields) only its first line is reported; the lines it swallowed
are parsed again as rows of their own. Lines whose fields are all blank (",,,," from spreadsheets) and blank
JSONL lines and blank spreadsheet rows are not rows.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from ..config import (
    IO_CSV_FIELD_LIMIT,
    IO_JSON_FALLBACK_BYTES,
    IO_MAX_LINE_CHARS,
    IO_PARQUET_READ_BATCH,
    IO_PREAMBLE_CELLS,
    IO_PREAMBLE_LINES,
)
from ..records import RowError, plural
from .coerce import excerpt, is_missing, type_name
from .columns import (
    ColumnMap,
    PendingRow,
    Resolved,
    RowMapper,
    alias_note,
    generated_id,
    normalise_name,
    resolve,
)
from .errors import InputError
from .events import FileNote
from .jsonvalues import first_line, later_units
from .sources import Source

MAX_LINE_CHARS = IO_MAX_LINE_CHARS
CSV_FIELD_LIMIT = IO_CSV_FIELD_LIMIT
PARQUET_BATCH_ROWS = IO_PARQUET_READ_BATCH
_DELIMITERS = (",", ";", "\t", "|")  # ";" is what Excel writes in es-ES / es-MX locales
_PEEK_RECORDS = 20


def _raise_field_limit() -> None:
    # process-wide setting; only ever raised, so other csv users are not restricted
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)


# Stands in for a bare "\r" inside a line of a "\n" or "\r\n" file while csv reads it: csv ends a record at any
# "\r" outside quotes, so a comment with a stray carriage return became two broken rows.
_CR = "\ue000"


def _bare_cr(line: str) -> bool:
    return line.endswith("\r")  # a line read with newline="" ends "\r" only where no "\n" follows


def _restore_cr(text: str) -> str:
    return text.replace(_CR, "\r") if _CR in text else text


class _Lines:
    """Physical lines for csv.reader, with pushback and a record of the lines the current record used.

    In a file whose lines end "\n" or "\r\n" (decided by its first line), a bare "\r" is part of the line, not its
    end: the pieces are joined with _CR in between, and each piece still counts as a line, as editors number them.
    A classic Mac file, whose lines end "\r", is read as lines.
    """

    def __init__(self, text: TextIO) -> None:
        self._it = iter(text)
        self._pending: deque[tuple[int, str]] = deque()
        self._join: bool | None = None
        self.lineno = 0
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._pending:
            item = self._pending.popleft()
        else:
            line = next(self._it)
            self.lineno += 1
            item = (self.lineno, line)
            if self._join is None:
                self._join = not _bare_cr(line)
            while self._join and _bare_cr(line) and _CR not in line:
                more = next(self._it, None)
                if more is None or _CR in more:
                    if more is not None:
                        self._pending.append((self.lineno + 1, more))
                        self.lineno += 1
                    break
                self.lineno += 1
                line = line[:-1] + _CR + more
                item = (item[0], line)
        self.taken.append(item)
        return item[1]

    def push_front(self, items: list[tuple[int, str]]) -> None:
        self._pending.extendleft(reversed(items))


def _sniff_delimiter(header_line: str, fmt: str) -> str:
    if fmt == "tsv":
        return "\t"
    counts = {d: len(next(csv.reader([header_line], delimiter=d), [])) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] > 1 else ","


def _key(mode: str) -> str:
    """The column a file of `mode` cannot do without: comments need their text, posts their id."""
    return "text_col" if mode == "comments" else "post_col"


def _needed(columns: ColumnMap, mode: str) -> tuple[str, str]:
    """(the name of the column `_key(mode)` stands for, the CLI flag that names it)."""
    return (columns.text_col, "--text-col") if mode == "comments" else (columns.post_col, "--post-col")


def _csv_header(src: Source, columns: ColumnMap, mode: str) -> tuple[list[str], str, int]:
    """(header, delimiter, the header's line number). The header is the first line, unless that line lacks the
    text column (posts: post_id) and one of the next lines has it: social-listening and scheduling tools write a
    few lines of report title, date range and filters before the table (a preamble)."""
    with src.open_text() as f:
        first = f.readline(MAX_LINE_CHARS)
        delimiter = _sniff_delimiter(first, src.fmt) if first.strip() else ","
    header: list[str] = []
    if first.strip():
        with src.open_text() as f:
            try:
                header = next(csv.reader(f, delimiter=delimiter, strict=True))
            except (csv.Error, StopIteration) as e:
                raise InputError(f"{src.label}: unreadable CSV header: {e}", src.label) from e
        if resolve(columns, header).get(_key(mode)) is not None:
            return header, delimiter, 1
    found = _header_after_preamble(src, columns, mode)
    if found is not None:
        return found
    if not first.strip():
        raise InputError(f"{src.label}: empty file or blank header line", src.label)
    return header, delimiter, 1


def _filled(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip())


def _is_preamble(above: Sequence[Sequence[Any]], header: Sequence[Any]) -> bool:
    """Whether the non-blank lines above a candidate header read as a report's title lines: at most
    IO_PREAMBLE_CELLS filled cells each ("Report", "Query:,verano 2025"), fewer than the header has. A table's first
    row above it (the real header, a data row) has more: then the candidate is a data row whose cell happens to
    read "comment" (QA), not the header."""
    n = _filled(header)
    return n >= 2 and all(_filled(line) <= min(IO_PREAMBLE_CELLS, n - 1) or _labelled(line) for line in above)


def _labelled(line: Sequence[Any]) -> bool:
    """A filter line that names itself, "Redes:,Instagram,TikTok,X,YouTube": its first filled cell ends in ":"."""
    first = next((str(c).strip() for c in line if c is not None and str(c).strip()), "")
    return first.endswith(":")


def _header_after_preamble(src: Source, columns: ColumnMap, mode: str) -> tuple[list[str], str, int] | None:
    lines: list[str] = []
    with src.open_text() as f:
        for _ in range(IO_PREAMBLE_LINES):
            line = f.readline(MAX_LINE_CHARS)
            if not line:
                break
            lines.append(line)
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        delimiter = _sniff_delimiter(line, src.fmt)
        try:
            cells = next(csv.reader([line], delimiter=delimiter, strict=True))
            above = [next(csv.reader([x], delimiter=delimiter), []) for x in lines[: number - 1] if x.strip()]
        except (csv.Error, StopIteration):
            continue
        if resolve(columns, cells).get(_key(mode)) is not None:
            return (cells, delimiter, number) if _is_preamble(above, cells) else None
    return None


def _preamble_note(src: Source, at: int) -> Iterator[FileNote]:
    if at > 1:
        unit = "line" if src.fmt != "xlsx" else "row"
        yield FileNote(f"{src.label}: the table's header is {unit} {at}; the {plural(at - 1, unit)} above it (a "
                       "report's title and filters) are not read as rows")


def _require(src: Source, res: Resolved, mode: str, columns: ColumnMap, available: list[str]) -> None:
    if res.get(_key(mode)) is None:
        name, flag = _needed(columns, mode)
        shown = ", ".join(repr(c) for c in available[:20]) or "none"
        enc = src.encoding
        # QA: a UTF-8 file read with --encoding utf-16 listed its header as '整瑸…' and said nothing of the encoding
        hint = (f"; the file was read as {enc.name}, the encoding stated: if these names look garbled, it is in "
                "another one (leave --encoding out to have it detected)" if enc is not None and enc.reason == "stated"
                else "")
        raise InputError(
            f"{src.label}: no {name!r} column (columns are: {shown}); name it with {flag} / ColumnMap{hint}",
            src.label,
        )


def check(src: Source, columns: ColumnMap, mode: str) -> list[str]:
    """Fail early (before any row is yielded) when the file lacks the text column (posts: post_id). Returns the
    column names it saw (a table's header, the keys of the first JSON records; [] for a .txt)."""
    if src.fmt == "txt" and mode != "comments":
        raise InputError(f"{src.label}: a .txt file holds comments, one per line; posts need a table", src.label)
    if mode == "posts":
        columns = columns.for_posts()
    names: list[str] = []
    if src.fmt in ("csv", "tsv"):
        names = _csv_header(src, columns, mode)[0]
    elif src.fmt == "parquet":
        names = _parquet_file(src).schema_arrow.names
    elif src.fmt == "xlsx":
        with _xlsx_sheet(src) as (wb, _):
            sheets = [w.title for w in wb.worksheets]
            names = _xlsx_header(src, _table_sheet(src, wb, columns, mode), columns, mode)[0]
        if len(sheets) > 1 and resolve(columns, names).get(_key(mode)) is None:
            name, flag = _needed(columns, mode)
            raise InputError(f"{src.label}: none of its {len(sheets)} worksheets ({', '.join(map(repr, sheets[:6]))}"
                             f"{' ...' if len(sheets) > 6 else ''}) has a {name!r} column (the first one's columns "
                             f"are: {', '.join(map(repr, names[:20])) or 'none'}); name it with {flag} / ColumnMap",
                             src.label)
    elif src.fmt in ("jsonl", "json"):
        for rec in _peek_objects(src):
            names.extend(str(k) for k in rec if str(k) not in names)
            if resolve(columns, rec).get(_key(mode)) is not None:
                return names
        if not names:
            return names
    else:
        return names
    _require(src, resolve(columns, names), mode, columns, names)
    return names


def _peek_objects(src: Source) -> Iterator[dict[str, Any]]:
    n = 0
    if src.fmt == "jsonl":
        with src.open_text() as f:
            for _, line in _iter_lines(f):
                if n >= _PEEK_RECORDS:
                    return
                if line is None or not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    n += 1
                    yield obj
    else:
        import ijson

        with src.open_json_bytes() as f:
            try:
                for obj in ijson.items(f, "item", use_float=True):
                    if n >= _PEEK_RECORDS:
                        return
                    if isinstance(obj, dict):
                        n += 1
                        yield obj
            except ijson.JSONError:
                return


def iter_tabular(src: Source, columns: ColumnMap, mode: str = "comments") -> Iterator[Any]:
    """Events of one tabular file; `mode` "posts" reads each row as a post (a --posts file)."""
    readers = {"csv": _iter_csv, "tsv": _iter_csv, "jsonl": _iter_jsonl, "json": _iter_json_array,
               "parquet": _iter_parquet, "xlsx": _iter_xlsx, "txt": _iter_txt}
    if src.fmt not in readers:  # pragma: no cover - dispatch is by the reader
        raise InputError(f"{src.label}: not a tabular format: {src.fmt}", src.label)
    if mode == "posts":
        columns = columns.for_posts()
    mapper = RowMapper(columns, src.label, src.stem)
    emit = JsonRecords(columns, src.label, src.stem, replies=mode == "comments") if src.fmt in ("jsonl", "json") \
        else _pending
    yield from mapper.map_rows(readers[src.fmt](src, columns, emit, mode), mode)
    if isinstance(emit, JsonRecords):
        yield from emit.notes()


def _pending(rec: dict[str, Any], row: int, res: Resolved, raw: Any = None) -> tuple[PendingRow]:
    """The readers' `emit`: the row goes to RowMapper.map_rows, which maps it in input order."""
    return (PendingRow(rec, row, res, raw),)


# where scrapers nest a comment's replies inside the comment (normalised key paths, tried in this order): Apify's and
# most scrapers' `replies: [...]`, Graph-API shapes `replies: {data: [...]}` and Facebook's `comments: {data: [...]}`,
# YouTube's `replies: {comments: [...]}`, Reddit-style `children`
_REPLY_PATHS = (("replies",), ("replies", "data"), ("replies", "comments"), ("comments", "data"), ("comments",),
                ("children",), ("reply_comments",), ("replycomments",), ("reply_comment",), ("sub_comments",),
                ("subcomments",), ("respuestas",))


def nested_replies(rec: dict[str, Any]) -> tuple[str, list[Any]] | None:
    """(the record's key holding its nested replies, the replies) when it has a list of them with an object in it,
    or a Graph-API wrapper (`comments: {data: []}`) even when empty: a comment's reply edge is no column (QA: an
    empty one was read as the post's comment count)."""
    by_norm = {normalise_name(k): k for k in rec if isinstance(k, str)}
    for path in _REPLY_PATHS:
        key = by_norm.get(path[0])
        if key is None:
            continue
        value = rec[key]
        if len(path) == 2:
            if not isinstance(value, dict):
                continue
            inner = {normalise_name(k): v for k, v in value.items() if isinstance(k, str)}
            value = inner.get(path[1])
            if isinstance(value, list) and not any(not isinstance(v, dict) for v in value):
                return key, value
        if isinstance(value, list) and value and any(isinstance(v, dict) for v in value):
            return key, value
    return None


def _plain_replies(rec: dict[str, Any]) -> bool:
    """Whether the record has a replies list of plain values only (texts? ids?): not read as comments, noted."""
    for k, v in rec.items():
        if isinstance(k, str) and (normalise_name(k),) in _REPLY_PATHS and isinstance(v, list) and v \
                and not any(isinstance(x, (dict, list)) for x in v):
            return True
    return False


_END = object()
# where a comment's author is an object: Facebook's and Instagram's `from`, scrapers' `author` / `user` / `owner`
_AUTHOR_OBJECTS = ("from", "author", "user", "owner")
_AUTHOR_NAMES = ("username", "screen_name", "unique_id", "uniqueid", "name", "display_name", "displayname")
_AUTHOR_IDS = ("id", "id_str", "user_id", "uid", "pk", "channelid", "channel_id")


class JsonRecords:
    """The JSON readers' `emit`: resolves each record's keys to columns (records of one file may differ), and in a
    comments file whose records nest their replies (a JSON scraper's `replies: [...]`) makes each reply a row of its
    own, depth first, in input order, with `parent_id` set to the id of the comment it is nested in and that
    comment's `post_id` / `platform` when it names none. A reply that is not an object is a RowError, so count in =
    count out + errors holds for every comment the file carries."""

    def __init__(self, columns: ColumnMap, label: str, stem: str, replies: bool) -> None:
        self.columns = columns
        self.label, self.stem = label, stem
        self.replies = replies
        self.resolver = _ResolveCache(columns, label)
        self.replies_read = 0
        self.plain = 0  # records whose replies list holds plain values only

    def notes(self) -> Iterator[FileNote]:
        if self.replies_read:
            n = self.replies_read
            yield FileNote(f"{self.label}: {n:,} {'reply' if n == 1 else 'replies'} nested inside comments read as "
                           "comments of their own (parent_id: the comment they are nested in)")
        if self.plain:
            yield FileNote(f"{self.label}: {plural(self.plain, 'comment')} with a replies list of plain values "
                           "(not objects: texts or ids?): not read as comments, kept as the column")

    def _resolve(self, rec: dict[str, Any]) -> tuple[dict[str, Any], Resolved]:
        """The record's columns; a record whose author is an object (Facebook's `from: {name, id}`, a scraper's
        `author` / `user` / `owner`) gets that object's name and id as its author and author_id (QA: Facebook
        comments had no author, so the creator's replies went uncounted)."""
        res = self.resolver(rec)
        if res.get("author_col") is not None and not isinstance(rec.get(res.keys["author_col"]), dict):
            return rec, res
        obj_key = next((k for k, v in rec.items() if isinstance(v, dict) and isinstance(k, str)
                        and normalise_name(k) in _AUTHOR_OBJECTS), None)
        if obj_key is None:
            return rec, res
        sub = {normalise_name(a): b for a, b in rec[obj_key].items() if isinstance(a, str)}
        name = next((sub[n] for n in _AUTHOR_NAMES if isinstance(sub.get(n), str) and sub[n].strip()), None)
        aid = next((sub[n] for n in _AUTHOR_IDS if isinstance(sub.get(n), (str, int)) and not isinstance(sub[n], bool)),
                   None)
        out = dict(rec)
        for attr, value in (("author_col", name), ("author_id_col", aid)):
            key = res.get(attr)
            if value is not None and (key is None or isinstance(out.get(key), dict)):
                out[key or getattr(self.columns, attr)] = value
        return out, self.resolver(out)

    def __call__(self, rec: dict[str, Any], row: int, raw: Any = None) -> Iterator[Any]:
        found = nested_replies(rec) if self.replies else None
        if found is None:
            if self.replies and _plain_replies(rec):
                self.plain += 1
            rec, res = self._resolve(rec)
            yield from self.resolver.take_note()
            yield PendingRow(rec, row, res, raw)
            return
        key, items = found
        top, res = self._resolve({k: v for k, v in rec.items() if k != key})  # the nested list is no column
        yield from self.resolver.take_note()
        yield PendingRow(top, row, res, raw)
        stack = [(top, res, 0, iter(items))]
        k = 0
        while stack:
            parent, pres, pk, it = stack[-1]
            item = next(it, _END)
            if item is _END:
                stack.pop()
                continue
            k += 1
            self.replies_read += 1
            if not isinstance(item, dict):
                yield RowError(self.label, row, f"reply {k}: a nested reply is not an object: {type_name(item)}",
                               None, excerpt(item))
                continue
            deeper = nested_replies(item)
            child = {c: v for c, v in item.items() if deeper is None or c != deeper[0]}
            self._inherit(child, parent, pres, row, pk)
            child, cres = self._resolve(child)
            yield from self.resolver.take_note()
            yield PendingRow(child, row, cres, None, k)
            if deeper is not None:
                stack.append((child, cres, k, iter(deeper[1])))

    def _inherit(self, child: dict[str, Any], parent: dict[str, Any], pres: Resolved, row: int, pk: int) -> None:
        """Give a reply its parent's id as parent_id, and the parent's post and platform when it names none."""
        cres = self.resolver(child)
        id_key = pres.get("id_col")
        parent_id = parent.get(id_key) if id_key else None
        if is_missing(parent_id):
            parent_id = generated_id(self.stem, row, pk)
        for attr, value in (("parent_col", parent_id), ("post_col", _value(parent, pres, "post_col")),
                            ("platform_col", _value(parent, pres, "platform_col"))):
            if value is None:
                continue
            key = cres.get(attr) or getattr(self.columns, attr)
            if is_missing(child.get(key)):
                child[key] = value


def _value(rec: dict[str, Any], res: Resolved, attr: str) -> Any:
    key = res.get(attr)
    value = rec.get(key) if key else None
    return None if is_missing(value) else value


def _iter_csv(src: Source, columns: ColumnMap, emit, mode: str = "comments") -> Iterator[Any]:
    _raise_field_limit()
    header, delimiter, at = _csv_header(src, columns, mode)
    ncols = len(header)
    res = resolve(columns, header)
    yield from _preamble_note(src, at)
    yield from _header_note(src, res)
    with src.open_text() as f:
        lines = _Lines(f)
        for _ in range(at - 1):  # the preamble: physical lines, whatever their quotes
            next(lines)
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        next(reader)  # header, already validated
        while True:
            lines.taken = []
            error = None
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                record, error = None, str(e)
            taken = lines.taken
            if not taken:
                break
            first_no, first_line = taken[0]
            if record is not None and all(not c.strip() for c in record):
                continue
            if record is not None and len(record) > ncols and not any(c.strip() for c in record[ncols:]):
                record = record[:ncols]  # a trailing delimiter ("1,hola,"): blank cells beyond the header, as in .xlsx
            if record is not None and len(record) != ncols:
                error = f"expected {ncols} fields, got {len(record)}"
            if error is not None and "field larger than field limit" in error:
                # a well-formed row with a quoted field over the limit: skip to the end of that row (its inner
                # lines are text, not rows: re-reading them gave one "malformed row" error per line of the text)
                inside = "".join(line for _, line in taken).count('"') % 2 == 1
                while inside and (line := next(lines, None)) is not None:
                    inside ^= line.count('"') % 2 == 1
                yield RowError(src.label, first_no, f"a field is longer than the CSV limit of {CSV_FIELD_LIMIT:,} "
                               "characters: the row is skipped", None, excerpt(_restore_cr(first_line)))
                continue
            if error is not None:
                if len(taken) > 1:
                    lines.push_front(taken[1:])  # re-read what the broken record swallowed
                yield RowError(src.label, first_no, f"malformed CSV row: {error}", None,
                               excerpt(_restore_cr(first_line)))
                continue
            raw = first_line if len(taken) == 1 else "".join(line for _, line in taken)
            if _CR in raw:
                raw, record = _restore_cr(raw), [_restore_cr(c) for c in record]
            yield from emit(res.record(header, record), first_no, res, raw)


def _iter_lines(f: TextIO) -> Iterator[tuple[int, str | None]]:
    """(line number, line) with None for a line longer than MAX_LINE_CHARS (skipped, not loaded)."""
    lineno = 0
    while True:
        line = f.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        lineno += 1
        if len(line) > MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            while True:  # drain the rest of the overlong line in bounded pieces
                rest = f.readline(MAX_LINE_CHARS)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            yield lineno, None
        else:
            yield lineno, line


class _ResolveCache:
    """JSON records usually share one key order; resolve each distinct key tuple once."""

    def __init__(self, columns: ColumnMap, label: str) -> None:
        self.columns = columns
        self.label = label
        self._cache: dict[tuple[str, ...], Resolved] = {}
        self._noted: set[tuple[str, str]] = set()
        self.note: str | None = None  # set when a record brings an alias match not reported yet

    def __call__(self, rec: dict[str, Any]) -> Resolved:
        keys = tuple(rec)
        res = self._cache.get(keys)
        if res is None:
            if len(self._cache) > 256:
                self._cache.clear()
            res = self._cache[keys] = resolve(self.columns, keys)
            new = tuple(pair for pair in res.aliased if pair not in self._noted)
            if new:  # records of one file may differ in keys: each guess is said once
                self._noted.update(new)
                self.note = alias_note(self.label, replace(res, aliased=new))
        return res

    def take_note(self) -> Iterator[FileNote]:
        if self.note is not None:
            yield FileNote(self.note)
            self.note = None


def _json_problem(line: str) -> str:
    """The decoder's message with the column on the line itself (the trailing newline moves it)."""
    try:
        json.loads(line.rstrip("\r\n"))
    except ValueError as e:
        msg, col = getattr(e, "msg", str(e)), getattr(e, "colno", None)
        where = "" if not col else f" column {col}" if msg.endswith(" at") else f" at column {col}"
        return f"invalid JSON: {msg}{where}"  # "Unterminated string starting at column 27", not "at at"
    return "invalid JSON"  # pragma: no cover - only called after a failed parse


def txt_is_table(src: Source, columns: ColumnMap, mode: str = "comments") -> bool:
    """A .txt whose first line is a tab-separated header naming the text column (posts: post_id) is a table,
    not one comment per line: Excel's "Unicode Text" export (UTF-16, tab-separated) is saved as .txt."""
    with src.open_text() as f:
        first = f.readline(MAX_LINE_CHARS)
    if "\t" not in first:
        return False
    return resolve(columns, first.rstrip("\r\n").split("\t")).get(_key(mode)) is not None


def _header_note(src: Source, res: Resolved) -> Iterator[FileNote]:
    note = alias_note(src.label, res)
    if note is not None:
        yield FileNote(note)


def _iter_txt(src: Source, columns: ColumnMap, emit, mode: str = "comments") -> Iterator[Any]:
    """One comment per non-blank line (the file has no header, so ids are "{stem}:{line}"). A line-per-comment
    file cannot hold a comment's own line breaks: export those as CSV or JSONL."""
    res = resolve(columns, [columns.text_col])
    with src.open_text() as f:
        for lineno, line in _iter_lines(f):
            if line is None:
                yield RowError(src.label, lineno, f"line longer than {MAX_LINE_CHARS} characters", None, None)
                continue
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            yield from emit({columns.text_col: text}, lineno, res, text)


def _iter_jsonl(src: Source, columns: ColumnMap, emit: JsonRecords, mode: str = "comments") -> Iterator[Any]:
    label = src.label
    with src.open_text() as f:
        for lineno, line in _iter_lines(f):
            if line is None:
                yield RowError(label, lineno, f"line longer than {MAX_LINE_CHARS} characters", None, None)
                continue
            if not line or line.isspace():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                yield RowError(label, lineno, _json_problem(line), None, excerpt(line))
                continue
            if type(obj) is not dict:
                yield RowError(
                    label, lineno, f"JSON line is not an object: {type_name(obj)}", None, excerpt(line)
                )
                continue
            yield from emit(obj, lineno, line)


def _iter_json_array(src: Source, columns: ColumnMap, emit: JsonRecords, mode: str = "comments") -> Iterator[Any]:
    import ijson

    n = 0
    with src.open_json_bytes() as f:
        items = ijson.items(f, "item", use_float=True)
        while True:
            try:
                obj = next(items)
            except StopIteration:
                break
            except ijson.JSONError as e:
                rest = _records_after(src, n)
                if rest is not None:  # NaN / Infinity: Python's json reads them (as no value)
                    yield FileNote(f"{src.label}: NaN / Infinity values (not JSON, but Python writes them) read as "
                                   "no value")
                    for obj in rest:
                        n += 1
                        yield from _json_record(src, emit, obj, n)
                    break
                yield from _later_values(src, emit, n, e if n else None)
                break
            n += 1
            yield from _json_record(src, emit, obj, n)


def _later_values(src: Source, emit: JsonRecords, skip: int, error: Exception | None) -> Iterator[Any]:
    """The records after the first `skip`, read where the fast reader stopped with `error`: those of further JSON
    arrays written one after another (jsonvalues), numbered on across the arrays (a top-level value that is not an
    array is one row error), or the parse error that ends a broken file."""
    import ijson

    n, arrays = skip, 0
    try:
        for kind, value in later_units(src, skip, error):
            if kind == "array":
                arrays += 1
                continue
            n += 1
            if kind == "value":
                yield _stray_value(src, n, value)
            else:
                yield from _json_record(src, emit, value, n)
    except ijson.JSONError as e:
        yield RowError(src.label, n + 1, f"invalid JSON after record {n}: {first_line(e)}; rest of file skipped")
    if arrays > 1:
        yield FileNote(f"{src.label}: {arrays} JSON arrays one after another (pages appended to one file?), read "
                       "in order as one list")


def _stray_value(src: Source, n: int, value: Any) -> RowError:
    return RowError(src.label, n, f"top-level JSON value is not an array of records: {type_name(value)}", None,
                    excerpt(value))


def _json_record(src: Source, emit: JsonRecords, obj: Any, n: int) -> Iterator[Any]:
    if not isinstance(obj, dict):
        yield RowError(src.label, n, f"JSON record is not an object: {type_name(obj)}", None, excerpt(obj))
    else:
        yield from emit(obj, n, None)


def _records_after(src: Source, n: int) -> list[Any] | None:
    """The records after the first `n` of a JSON array the streaming parser refused, when Python's json reads the
    file (NaN, Infinity: QA, one NaN lost every record after it) and it is at most IO_JSON_FALLBACK_BYTES; else
    None (the parser's error stands)."""
    with src.open_json_bytes() as f:
        data = f.read(IO_JSON_FALLBACK_BYTES + 1)
    if len(data) > IO_JSON_FALLBACK_BYTES:
        return None
    try:
        doc = json.loads(data, parse_constant=lambda _: None)
    except (ValueError, RecursionError):
        return None
    return doc[n:] if isinstance(doc, list) else None


def _parquet_file(src: Source):
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(src.path)
    except (pa.ArrowException, OSError) as e:
        raise InputError(f"{src.label}: not a readable Parquet file: {e}", src.label) from e


def _iter_parquet(src: Source, columns: ColumnMap, emit, mode: str = "comments") -> Iterator[Any]:
    pf = _parquet_file(src)
    names = [n for n in pf.schema_arrow.names if not n.startswith("__index_level_")]
    res = resolve(columns, names)
    yield from _header_note(src, res)
    import pyarrow as pa

    n = 0
    for group in range(pf.metadata.num_row_groups):
        start = n  # the rows before this group
        try:  # a damaged page spoils its row group only (QA: a traceback, and every row read before it lost)
            for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, row_groups=[group], columns=names):
                if res.read is not None:  # duplicated names: to_pylist() would keep the last column of a name
                    batch = batch.select(list(res.read))
                for rec in batch.to_pylist():
                    n += 1
                    yield from emit(rec, n, res, None)
        except (pa.ArrowException, OSError) as e:
            lost = pf.metadata.row_group(group).num_rows - (n - start)
            n += 1
            yield RowError(src.label, n, f"unreadable Parquet data in row group {group + 1} ({lost:,} rows from row "
                           f"{n:,} not read: {first_line(e)}); reading goes on with the next row group")
            n += lost - 1


@contextmanager
def _xlsx_sheet(src: Source, index: int = 0) -> Iterator[tuple[Any, Any]]:
    """(workbook, its worksheet `index`), opened read-only: rows are streamed from the zip, never all in memory."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    with open(src.path, "rb") as fh:  # a file object: openpyxl judges a path by its extension
        try:
            wb = load_workbook(fh, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as e:
            raise InputError(f"{src.label}: not a readable .xlsx workbook: {e}", src.label) from e
        try:
            if not wb.worksheets:
                raise InputError(f"{src.label}: the workbook has no worksheet", src.label)
            ws = wb.worksheets[index]
            # read-only mode trusts the sheet's <dimension ref>: a writer that stores a wrong one ("A1", or the
            # range before rows were added) had every row and column beyond it dropped without a word (QA)
            ws.reset_dimensions()
            yield wb, ws
        finally:
            wb.close()


def _sheet_has_formulas(path: Path) -> bool:
    """Whether some worksheet of the workbook holds a formula cell (`<f>`), by a streaming scan of the zip."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with z.open(name) as fh:
                        tail = b""
                        while chunk := fh.read(1 << 20):
                            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                                return True
                            tail = chunk[-3:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError):
        return False  # a damaged member is reported by the reading itself (_guarded_rows)
    return False


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _vertical_merges(src: Source, ws) -> list[tuple[int, int, int]]:
    """(column, first row, last row) of the worksheet's merged ranges that span rows, from its `<mergeCells>` (a
    streaming scan: read-only mode does not expose them). Only the top-left cell of a merge holds the value: a post
    id or author merged over its comments' rows left those rows with none (QA: comments attached to no post)."""
    import zipfile

    from openpyxl.utils.cell import column_index_from_string

    found: list[tuple[int, int, int]] = []
    try:
        with zipfile.ZipFile(src.path) as z, z.open(ws._worksheet_path.lstrip("/")) as fh:
            tail = b""
            while True:
                chunk = fh.read(1 << 20)
                buf = tail + chunk
                cut = buf.rfind(b"<") if chunk else -1  # a tag cut at the chunk's end is read with the next one
                for m in _MERGE_RE.finditer(buf, 0, cut if cut > 0 else len(buf)):
                    r1, r2 = int(m.group(2)), int(m.group(4))
                    if r2 > r1:
                        found.append((column_index_from_string(m.group(1).decode()), r1, r2))
                if not chunk:
                    break
                tail = buf[cut:] if cut > 0 else b""
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, AttributeError, ValueError):
        return []
    return found


@contextmanager
def _xlsx_formulas(src: Source, index: int = 0) -> Iterator[Any]:
    """The first worksheet's rows as written (formulas as their text), or None when it has no formula: a text
    cell that starts with "=" is stored by openpyxl / xlsxwriter / pandas as a formula with no cached value, so
    the values-only reading gives None for "=)) me encanta" (QA: such comments became "text is null" errors)."""
    if not _sheet_has_formulas(Path(src.path)):
        yield None
        return
    from openpyxl import load_workbook

    with open(src.path, "rb") as fh:
        wb = load_workbook(fh, read_only=True, data_only=False)
        try:
            ws = wb.worksheets[index]
            ws.reset_dimensions()  # as in _xlsx_sheet: the two readings must see the same rows
            yield ws.iter_rows(values_only=True)
        finally:
            wb.close()


def _table_sheet(src: Source, wb, columns: ColumnMap, mode: str):
    """The first worksheet, or when it lacks the text column (posts: post_id) the first later one that has it (QA: a
    workbook opening with a cover or summary sheet was refused as "no 'text' column", the other sheets unnamed)."""
    first = wb.worksheets[0]
    for ws in wb.worksheets if len(wb.worksheets) > 1 else ():
        ws.reset_dimensions()
        try:
            names = _xlsx_header(src, ws, columns, mode)[0]
        except InputError:  # an empty or damaged sheet
            continue
        if resolve(columns, names).get(_key(mode)) is not None:
            return ws
    return first


def _xlsx_header(src: Source, ws, columns: ColumnMap, mode: str) -> tuple[list[str], int, bool]:
    """Column names (blank cells -> column_N), their row's number, and whether title rows stood above them: the
    first non-empty row, unless it lacks the text column (posts: post_id) and a row among the next ones has it (a
    report's title rows, as in `_csv_header`)."""
    first: tuple[list[str], int] | None = None
    above: list[tuple[Any, ...]] = []
    for number, values in enumerate(_guarded_rows(src, ws.iter_rows(values_only=True)), start=1):
        if isinstance(values, RowError):
            raise InputError(f"{src.label}: {values.error.replace('; rest of sheet skipped', '')} in its first rows",
                             src.label)
        if number > IO_PREAMBLE_LINES and first is not None:
            break
        if any(v is not None and str(v).strip() for v in values):
            names = [str(v).strip() if v is not None and str(v).strip() else f"column_{i}"
                     for i, v in enumerate(values, start=1)]
            if resolve(columns, names).get(_key(mode)) is not None and (not above or _is_preamble(above, values)):
                return names, number, bool(above)
            first = first or (names, number)
            above.append(values)
    if first is None:
        raise InputError(f"{src.label}: empty worksheet", src.label)
    return (*first, False)


def _iter_xlsx(src: Source, columns: ColumnMap, emit, mode: str = "comments") -> Iterator[Any]:
    """Rows of the first worksheet as records; `row` is the spreadsheet's row number. A number or date typed
    into the text column is the comment's text ("100"), so it is turned back into a string; a date comes back as
    the value Excel stored ("10/10" typed in 2024 reads "2024-10-10"), not as it was typed."""
    with _xlsx_sheet(src) as (wb, first), ExitStack() as later:
        ws = _table_sheet(src, wb, columns, mode)
        index = wb.worksheets.index(ws)
        written = later.enter_context(_xlsx_formulas(src, index))
        if len(wb.worksheets) > 1:
            rest = [w for w in wb.worksheets if w is not ws]
            others = ", ".join(repr(w.title) for w in rest[:3]) + (" ..." if len(rest) > 3 else "")
            why = f" (worksheet {first.title!r} has no {_needed(columns, mode)[0]!r} column)" if index else ""
            yield FileNote(f"{src.label}: read worksheet {ws.title!r} only{why}; not read: {others}")
        names, header_row, preamble = _xlsx_header(src, ws, columns, mode)
        res = resolve(columns, names)
        if preamble:
            yield from _preamble_note(src, header_row)
        yield from _header_note(src, res)
        text_key = res.keys.get("text_col")
        width = len(names)
        merges = sorted((m for m in _vertical_merges(src, ws) if m[0] <= width and m[1] > header_row),
                        key=lambda m: m[1])
        if merges:
            cols = sorted({names[c - 1] for c, _, _ in merges})
            yield FileNote(f"{src.label}: {plural(len(merges), 'merged cell range')} over several rows "
                           f"({', '.join(repr(c) for c in cols[:5])}): each row below a merge's first takes its value")
        # the merges the current row is inside of, with their top-left values: each row looks at those only, not
        # at every merge of the sheet (a post id merged over each post's rows: thousands of merges)
        open_merges: list[tuple[int, int, Any]] = []  # (column, last row, value)
        next_merge = 0
        fee_key = res.keys.get("fee_col")
        fee_index = names.index(fee_key) if fee_key in names else None
        # the fee's currency may live in the cell's number format ("[$€-C0A] #,##0.00", "[$MXN] 0"), not its value
        fee_cells = None
        if fee_index is not None:  # a second reading of the sheet, only for a file with a fee column (posts)
            fmt_ws = later.enter_context(_xlsx_sheet(src, index))[1]
            fee_cells = fmt_ws.iter_rows(min_col=fee_index + 1, max_col=fee_index + 1)
        rows = _guarded_rows(src, ws.iter_rows(values_only=True))
        for number, values in enumerate(rows, start=1):
            if isinstance(values, RowError):
                yield replace(values, row=number)
                return
            if len(values) < width:  # without a stated dimension, each row is as wide as its last cell
                values = (*values, *(None,) * (width - len(values)))
            as_written = next(written, None) if written is not None else None
            fee_cell = next(fee_cells, (None,))[0] if fee_cells is not None else None
            if fee_cell is not None and isinstance(values[fee_index], (int, float)) \
                    and not isinstance(values[fee_index], bool):
                mark = _format_currency(getattr(fee_cell, "number_format", None))
                if mark:
                    values = (*values[:fee_index], f"{mark} {values[fee_index]:.2f}", *values[fee_index + 1:])
            if as_written is not None and None in values:
                # a cell with no value but a formula: text that starts with "=" as pandas & co. store it ("=)) me
                # encanta", an author "=juan", a note "=A1"); a number column then warns instead of going blank
                values = tuple(w if v is None and isinstance(w, str) and w.startswith("=") else v
                               for v, w in zip(values, as_written, strict=False)) + tuple(values[len(as_written):])
            if merges and number > header_row:
                open_merges = [m for m in open_merges if m[1] >= number]
                for col, _, top in open_merges:
                    if values[col - 1] is None and top is not None:
                        values = (*values[:col - 1], top, *values[col:])
                while next_merge < len(merges) and merges[next_merge][1] == number:
                    col, _, r2 = merges[next_merge]
                    open_merges.append((col, r2, values[col - 1]))
                    next_merge += 1
            if number <= header_row or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            rec = res.record(names, values[:width])
            if len(values) > width and any(v is not None for v in values[width:]):
                yield RowError(src.label, number, f"row has values beyond the {width} header columns", None,
                               excerpt(list(values)))
                continue
            text = rec.get(text_key) if text_key else None
            if text is not None and not isinstance(text, (str, bool)):
                rec[text_key] = _cell_text(text)
            yield from emit(rec, number, res, None)


def _guarded_rows(src: Source, rows: Iterator[Any]) -> Iterator[Any]:
    """The worksheet's rows, then a RowError where its XML or zip member turns out damaged (a cut or corrupted
    file): the rows before it are kept, as a broken JSON file's are (QA: a traceback, and every row lost)."""
    import zipfile
    from xml.etree.ElementTree import ParseError

    try:
        yield from rows
    except (ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        yield RowError(src.label, None, f"damaged worksheet data ({type(e).__name__}: {e}); rest of sheet skipped")


_FORMAT_MARK_RE = re.compile(r"\[\$([^\]\-]+)")  # "[$€-C0A]", "[$MXN]", "[$US$-409]"; "[$-409]" names no currency
_FORMAT_SYMBOL_RE = re.compile(r'"?([€£]|US\$|MX\$|\$)"?')


def _format_currency(number_format: str | None) -> str | None:
    """The currency an Excel number format shows, as a mark `parse_currency` reads ("€", "MXN", "$"), or None."""
    if not number_format or number_format == "General":
        return None
    m = _FORMAT_MARK_RE.search(number_format)
    if m:
        return m.group(1).strip() or None
    m = _FORMAT_SYMBOL_RE.search(re.sub(r"\[[^\]]*\]", "", number_format))  # "[$-409]", "[Red]": no mark
    return m.group(1) if m else None


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.hour == value.minute == value.second == 0:
        return value.date().isoformat()  # a date typed as a comment: the day alone when Excel stored no time of day
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
