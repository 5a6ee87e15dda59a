"""Input/output layer: streaming readers for comment dumps and atomic writers for results.

Reading (bounded memory, input order preserved)::

    from analyzer.io import ColumnMap, DumpReader

    reader = DumpReader(["dump.csv", "yt_threads.json"], posts="posts.csv", columns=ColumnMap(text_col="body"))
    for item in reader.comments():          # CommentIn | RowError
        ...
    reader.posts                             # dict[str, PostIn], complete after the loop
    print(reader.stats.summary())            # per file: rows = ok + errors

Writing (temporary file + fsync + os.replace; nothing half-written survives an exception or Ctrl-C)::

    from analyzer.io import AtomicWriter, write_jsonl
    write_jsonl("out/scored.jsonl", (s.to_dict() for s in scored))
    with AtomicWriter("out/scored.parquet") as w:
        for s in scored: w.write(s)

Policies (details in the module docstrings): blank/non-string text -> RowError; missing id -> "{stem}:{row}"
plus a note; duplicate ids -> RowError for every occurrence after the first; bad optional fields -> None plus
a note in `CommentIn.extra["io_notes"]`; every dropped value, unusable posts row and post field two sources
disagree on -> an `InputWarning` (`reader.warnings`, or `DumpReader(on_warning=...)`), its row kept;
unusable input -> `InputError`.
"""

from __future__ import annotations

from .columns import NOTES_KEY, ColumnMap
from .encoding import Encoding, detect_encoding
from .errors import InputError
from .readers import DumpReader, FileStats, ReadStats, read_comments, read_posts
from .sources import FORMATS
from .writers import (
    AtomicWriter,
    atomic_open,
    atomic_path,
    split_list_cell,
    write_csv,
    write_jsonl,
    write_parquet,
    write_rows,
)

__all__ = [
    "FORMATS",
    "NOTES_KEY",
    "AtomicWriter",
    "ColumnMap",
    "DumpReader",
    "Encoding",
    "FileStats",
    "InputError",
    "ReadStats",
    "atomic_open",
    "atomic_path",
    "detect_encoding",
    "read_comments",
    "read_posts",
    "split_list_cell",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_rows",
]
