"""Atomic, streaming writers for JSONL, CSV, Parquet and Excel (.xlsx) outputs.

Every writer writes to a temporary file in the target's directory (".<name>.<random>.tmp"), flushes and
fsyncs it, then `os.replace`s it over the target and fsyncs the directory. An exception or Ctrl-C before
the commit removes the temporary file, so a reader of the target sees either the previous complete file or
the new complete file, never a half-written one. (A hard kill can leave a stray *.tmp file; never a broken
target.)

Row values: mappings or dataclasses (via their `to_dict()` when they have one). JSONL writes datetimes as ISO
8601. CSV cells: None -> empty, bool -> true/false, datetime -> ISO 8601, dict -> JSON, and a list of
scalars -> its items joined by ";" (readable in a spreadsheet: "emoji_only;link"); a list whose items contain
";" or are not scalars is written as a JSON array instead (the cell then starts with "["). `split_list_cell`
reads either form back. Parquet keeps native types and writes one row group per `batch_size` rows.
Excel (.xlsx, openpyxl's write-only mode, streamed): numbers, booleans and times stay typed (times in UTC,
Excel has no time zones); text is always a literal string, never a formula (comments are written by
strangers); lists and dicts as in CSV; characters XML cannot hold are removed and a cell's text is cut at
Excel's 32,767 characters (ending in "…"; the JSONL/Parquet outputs keep it whole). Past Excel's row limit
the table goes on in another worksheet ("comments (2)") with the header repeated.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import math
import os
import re
import sys
import tempfile
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from ..config import IO_OUTPUT_FORMATS, IO_PARQUET_ROW_GROUP, IO_XLSX_CELL_CHARS, IO_XLSX_SHEET_ROWS
from .surrogates import has_surrogates, repair, repair_value

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_EXT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet",
                ".xlsx": "xlsx"}


# ---------------------------------------------------------------------------------------------------------
# atomic file replacement
# ---------------------------------------------------------------------------------------------------------
def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform / filesystem
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _target_mode(target: Path) -> int:
    """Keep an existing file's permissions; new files get the usual 0666 & ~umask (mkstemp gives 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to `path`; on normal exit it is fsynced and renamed over `path`."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, _target_mode(target))
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:  # KeyboardInterrupt included: never leave the temporary file behind
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """`open()` whose result only appears at `path` when the block completes (e.g. for the HTML report)."""
    if "b" in mode:
        encoding = None
    with atomic_path(path) as tmp, open(tmp, mode, encoding=encoding, newline=newline) as f:
        yield f
        f.flush()


# ---------------------------------------------------------------------------------------------------------
# value conversion
# ---------------------------------------------------------------------------------------------------------
def to_record(row: Any, native: bool = False) -> dict[str, Any]:
    """A plain dict from a mapping or a dataclass: its `to_dict()` (the text-output form) when it has one, with
    `native=True` (Parquet, xlsx) its datetime fields put back as datetimes (typed columns); a dataclass without
    `to_dict()` through `dataclasses.asdict`. Strings that
    still hold unpaired UTF-16 surrogates (an error record's excerpt of the raw input) are repaired: no format
    can encode them, and one must not end a run."""
    if isinstance(row, Mapping):
        rec = dict(row)
    elif dataclasses.is_dataclass(row) and not isinstance(row, type):
        to_dict = getattr(row, "to_dict", None)
        if callable(to_dict):
            rec = to_dict()
            if native:
                for f in dataclasses.fields(row):
                    value = getattr(row, f.name)
                    if isinstance(value, (datetime, date)) and f.name in rec:
                        rec[f.name] = value
        else:
            rec = dataclasses.asdict(row)
    else:
        raise TypeError(f"cannot write a row of type {type(row).__name__}; give a mapping or a dataclass")
    for k, v in rec.items():
        if isinstance(v, str):
            if has_surrogates(v):
                rec[k] = repair(v)
        elif isinstance(v, (list, tuple, dict)):
            rec[k] = repair_value(v)
    return rec


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_record(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _dumps(value: Any) -> str:
    """One JSON line. NaN and Infinity (an input column carried with --keep-columns) are written as null: as
    `Infinity` the line was no JSON to jq, JavaScript or Postgres (QA)."""
    try:
        return json.dumps(value, ensure_ascii=False, default=_json_default, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(value), ensure_ascii=False, default=_json_default, allow_nan=False)


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    if getattr(value, "ndim", None) == 0 and hasattr(value, "item"):  # numpy scalars
        return _finite(value.item())
    return value


def _is_scalar(v: Any) -> bool:
    return v is None or isinstance(v, (str, int, float, bool))


def csv_cell(value: Any) -> str:
    """The CSV text of one value (see the module docstring for lists)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
        if all(_is_scalar(v) and ";" not in csv_cell(v) for v in items) and not (
            items and csv_cell(items[0]).startswith("[")
        ):
            return ";".join(csv_cell(v) for v in items)
        return _dumps(items)
    if isinstance(value, Mapping) or dataclasses.is_dataclass(value):
        return _dumps(value)
    return str(value)


def split_list_cell(cell: str) -> list[Any]:
    """Read back a list cell written by `write_csv`: a JSON array, or ";"-joined items ("" is [])."""
    if not cell:
        return []
    if cell.startswith("["):
        return json.loads(cell)
    return cell.split(";")


_PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _excel_safe(cell: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): user comments may start with "=" or "@". A plain number
    ("-3", "-0.25", read from a CSV as text) is no formula: it stays a number Excel can sum."""
    if cell.startswith(_FORMULA_PREFIXES) and not _PLAIN_NUMBER_RE.fullmatch(cell):
        return "'" + cell
    return cell


# ---------------------------------------------------------------------------------------------------------
# streaming row writers
# ---------------------------------------------------------------------------------------------------------
def _parquet_schema_for(cls: type, nested: dict[str, tuple[str, ...]] | None = None,
                        computed: tuple[str, ...] = ()) -> Any:
    """An Arrow schema from a dataclass's annotations, so that an empty or all-null day's file has the same types as
    a full one (QA: every column of an all-bad input's Parquet tables was `null`, which a daily load cannot append).
    `nested`: dict fields written as structs of these float keys; `computed`: int columns beyond the fields."""
    import pyarrow as pa

    def plain(t: Any) -> Any:
        if typing.get_origin(t) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(t) if a is not type(None)]
            return args[0] if len(args) == 1 else str
        return t

    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if not f.metadata.get("output", True):  # kept for the API, not a column (ScoredComment.extra)
            continue
        t = plain(hints[f.name])
        origin, args = typing.get_origin(t), typing.get_args(t)
        if t is bool:
            at = pa.bool_()
        elif t is int:
            at = pa.int64()
        elif t is float:
            at = pa.float64()
        elif t is datetime:
            at = pa.timestamp("us", tz="UTC")
        elif origin in (list, tuple) and args and plain(args[0]) is str:
            at = pa.list_(pa.string())
        elif origin is dict and nested and f.name in nested:
            at = pa.struct([(k, pa.float64()) for k in nested[f.name]])
        else:
            at = pa.string()
        out.append(pa.field(f.name, at))
    out += [pa.field(name, pa.int64()) for name in computed]
    return pa.schema(out)


class AtomicWriter:
    """Writes rows incrementally to a temporary file and commits on successful exit.

    >>> with AtomicWriter("out/scored.csv") as w:       # format from the extension, or fmt=
    ...     for row in rows: w.write(row)
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        fmt: str | None = None,
        *,
        columns: Sequence[str] | None = None,
        excel: bool = False,
        schema: Any = None,
        batch_size: int = IO_PARQUET_ROW_GROUP,
        sheet_rows: int = IO_XLSX_SHEET_ROWS,
    ) -> None:
        self.path = Path(path)
        self.fmt = fmt or _EXT_FORMATS.get(self.path.suffix.lower())
        if self.fmt not in IO_OUTPUT_FORMATS:
            raise ValueError(f"{path}: cannot tell the output format; pass fmt= one of {', '.join(IO_OUTPUT_FORMATS)}")
        self.columns = list(columns) if columns is not None else None
        self._explicit_columns = columns is not None
        self.excel = excel  # CSV: UTF-8 BOM (Excel then reads UTF-8) and formula neutralising
        self.schema = schema
        self.batch_size = batch_size
        self.count = 0
        self._ctx: contextlib.AbstractContextManager[Path] | None = None
        self._tmp: Path | None = None
        self._file: IO[str] | None = None
        self._csv: Any = None
        self._pq: Any = None
        self._batch: list[dict[str, Any]] = []
        self.sheet_rows = sheet_rows
        self._xlsx: _XlsxTable | None = None

    def __enter__(self) -> AtomicWriter:
        self._ctx = atomic_path(self.path)
        self._tmp = self._ctx.__enter__()
        if self.fmt in ("jsonl", "csv"):
            encoding = "utf-8-sig" if self.excel and self.fmt == "csv" else "utf-8"
            self._file = open(self._tmp, "w", encoding=encoding, newline="")
            if self.fmt == "csv" and self.columns is not None:
                self._start_csv()
        elif self.fmt == "xlsx":
            self._xlsx = _XlsxTable(self.path.stem, self.sheet_rows)
        return self

    def _start_csv(self) -> None:
        assert self._file is not None and self.columns is not None
        self._column_set = frozenset(self.columns)
        self._csv = csv.writer(self._file, lineterminator="\r\n" if self.excel else "\n")
        # QUOTE_MINIMAL only quotes characters of the line terminator: with "\n" a lone "\r" in a cell would be
        # written bare and read back as a line break. Such rows are written fully quoted instead.
        self._csv_quoted = csv.writer(self._file, lineterminator="\r\n" if self.excel else "\n",
                                      quoting=csv.QUOTE_ALL)
        # a carried input column's name is the user's text too (QA: "=HYPERLINK(...)" reached the header raw)
        self._csv.writerow([_excel_safe(c) for c in self.columns] if self.excel else self.columns)

    def write(self, row: Any) -> None:
        rec = to_record(row, native=self.fmt in ("parquet", "xlsx"))
        if self.fmt == "jsonl":
            assert self._file is not None
            self._file.write(_dumps(rec) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self.columns = list(rec)
                self._start_csv()
            assert self.columns is not None
            if not self._explicit_columns:  # silently dropping a field would lose data
                extra = [k for k in rec if k not in self._column_set]
                if extra:
                    raise ValueError(f"row has columns not in the header: {extra}; pass columns=")
            values = [rec.get(c) for c in self.columns]
            cells = [csv_cell(v) for v in values]
            if self.excel:  # numbers are data, not formulas: -0.42 stays a number Excel can sum
                cells = [c if isinstance(v, (int, float)) else _excel_safe(c) for v, c in zip(values, cells, strict=True)]
            (self._csv_quoted if any("\r" in c for c in cells) else self._csv).writerow(cells)
        elif self.fmt == "xlsx":
            assert self._xlsx is not None
            if self.columns is None:
                self.columns = list(rec)
            self._xlsx.append([rec.get(c) for c in self.columns], self.columns)
        else:
            if self.schema is None and dataclasses.is_dataclass(row) and not isinstance(row, type):
                self.schema = _parquet_schema_for(type(row))
            self._batch.append(rec)
            if len(self._batch) >= self.batch_size:
                self._flush_parquet()
        self.count += 1

    def write_many(self, rows: Iterable[Any]) -> int:
        for row in rows:
            self.write(row)
        return self.count

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._batch:
            return
        if self.schema is None:
            inferred = pa.Table.from_pylist(self._batch).schema
            # an all-null column in the first batch would otherwise fix the column to the null type
            self.schema = pa.schema(
                [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in inferred]
            )
        try:
            table = pa.Table.from_pylist(self._batch, schema=self.schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as e:
            raise ValueError(f"{self.path}: rows do not fit the Parquet schema ({e}); pass schema=") from e
        if self._pq is None:
            assert self._tmp is not None
            self._pq = pq.ParquetWriter(self._tmp, self.schema)
        self._pq.write_table(table)
        self._batch = []

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._ctx is not None
        ctx, self._ctx = self._ctx, None
        if exc_type is not None:
            self._close_quietly()
            ctx.__exit__(exc_type, exc, tb)  # removes the temporary file; the exception propagates
            return
        try:
            self._finish()
        except BaseException:
            self._close_quietly()
            ctx.__exit__(*sys.exc_info())
            raise
        ctx.__exit__(None, None, None)

    def _finish(self) -> None:
        if self.fmt == "csv" and self._csv is None:
            self.columns = self.columns or []
            self._start_csv()  # an empty result still gets its header (when known)
        if self._xlsx is not None:
            assert self._tmp is not None
            self._xlsx.save(self._tmp, self.columns or [])
            self._xlsx = None
        if self.fmt == "parquet":
            self._flush_parquet()
            if self._pq is None:  # no rows: write an empty file with the (possibly empty) schema
                import pyarrow as pa
                import pyarrow.parquet as pq

                assert self._tmp is not None
                schema = self.schema or pa.schema([(c, pa.null()) for c in self.columns or []])
                pq.write_table(schema.empty_table(), self._tmp)
            else:
                self._pq.close()
                self._pq = None
        if self._file is not None:
            self._file.flush()
            self._file.close()
            self._file = None

    def _close_quietly(self) -> None:
        with contextlib.suppress(Exception):
            if self._pq is not None:
                self._pq.close()
        with contextlib.suppress(Exception):
            if self._file is not None:
                self._file.close()


class _XlsxTable:
    """One table as worksheets of a write-only workbook (rows stream to disk; see the module docstring)."""

    def __init__(self, title: str, sheet_rows: int) -> None:
        from openpyxl import Workbook

        self.wb = Workbook(write_only=True)
        self.title = _sheet_title(title)
        self.sheet_rows = sheet_rows
        self.ws: Any = None
        self.sheets = 0
        self.rows_in_sheet = 0

    def _new_sheet(self, columns: Sequence[str]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.sheets += 1
        suffix = f" ({self.sheets})" if self.sheets > 1 else ""
        self.ws = self.wb.create_sheet(self.title[: 31 - len(suffix)] + suffix)
        self.ws.freeze_panes = "A2"
        header = []
        for name in columns:
            cell = WriteOnlyCell(self.ws, value=_xlsx_text(str(name)))
            cell.data_type, cell.font = "s", Font(bold=True)
            header.append(cell)
        self.ws.append(header)
        self.rows_in_sheet = 0

    def append(self, values: list[Any], columns: Sequence[str]) -> None:
        if self.ws is None or self.rows_in_sheet >= self.sheet_rows:
            self._new_sheet(columns)
        self.ws.append([_xlsx_cell(self.ws, v) for v in values])
        self.rows_in_sheet += 1

    def save(self, path: Path, columns: Sequence[str]) -> None:
        if self.ws is None:  # an empty table still gets its header (when known)
            self._new_sheet(columns)
        self.wb.save(path)


def _sheet_title(stem: str) -> str:
    cleaned = "".join("_" if ch in '[]:*?/\\' else ch for ch in stem).strip("'") or "table"
    return cleaned[:31]


def _xlsx_text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= IO_XLSX_CELL_CHARS else text[: IO_XLSX_CELL_CHARS - 1] + "…"


def _xlsx_cell(ws: Any, value: Any) -> Any:
    """A typed cell value; text as a WriteOnlyCell forced to a literal string (never a formula)."""
    from datetime import timezone

    from openpyxl.cell import WriteOnlyCell

    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) >= 10**15:  # Excel keeps 15 digits: a 19-digit TikTok id as text
        value = str(value)
    elif isinstance(value, (int, float)):
        return None if isinstance(value, float) and not math.isfinite(value) else value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    if isinstance(value, date):
        return value
    cell = WriteOnlyCell(ws, value=_xlsx_text(value if isinstance(value, str) else csv_cell(value)))
    cell.data_type = "s"
    return cell


def write_jsonl(path: str | os.PathLike[str], rows: Iterable[Any]) -> int:
    """One JSON object per line (UTF-8, non-ASCII kept). Returns the number of rows written."""
    with AtomicWriter(path, "jsonl") as w:
        return w.write_many(rows)


def write_csv(
    path: str | os.PathLike[str],
    rows: Iterable[Any],
    columns: Sequence[str] | None = None,
    *,
    excel: bool = False,
) -> int:
    """CSV with a header; `columns` fixes order and selects fields (default: the first row's keys).
    `excel=True` adds a UTF-8 BOM, CRLF line ends and neutralises cells that start a formula."""
    with AtomicWriter(path, "csv", columns=columns, excel=excel) as w:
        return w.write_many(rows)


def write_parquet(
    path: str | os.PathLike[str],
    rows: Iterable[Any],
    *,
    schema: Any = None,
    batch_size: int = IO_PARQUET_ROW_GROUP,
) -> int:
    """Parquet written in row groups of `batch_size` rows, so memory stays bounded for any row count."""
    with AtomicWriter(path, "parquet", schema=schema, batch_size=batch_size) as w:
        return w.write_many(rows)


def write_rows(path: str | os.PathLike[str], rows: Iterable[Any], fmt: str | None = None, **kw: Any) -> int:
    """Write by the extension of `path` (.jsonl/.csv/.parquet) or `fmt`."""
    with AtomicWriter(path, fmt, **kw) as w:
        return w.write_many(rows)
