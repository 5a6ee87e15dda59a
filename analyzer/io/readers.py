"""The reading entry points: `DumpReader`, `read_comments`, `read_posts`.

A `DumpReader` streams comments from any mix of files (generic CSV/JSONL/Parquet/JSON or platform exports),
in input order, as `CommentIn` or `RowError`; `reader.posts` fills as it streams (posts files first, then
post-level columns and platform post objects), and `reader.stats` counts rows per file so that for every file
`rows == comments + errors` (count in = count out + errors).

Duplicate comment ids (across all files of one reader) are reported: the first occurrence is kept, each later
one becomes a RowError "duplicate comment_id". Paginated exports overlap (TikTok and YouTube pages can repeat
items), and counting a comment twice would inflate engagement, so a suffixed copy would be wrong. The seen-id
set stores 64-bit hashes (~16 bytes per comment); two different ids colliding has probability ~n²/2⁶⁵
(about 3e-8 for a million comments).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..records import CommentIn, InputWarning, PostIn, RowError, plural
from .columns import GENERATED_ID_NOTE, NOTES_KEY, ColumnMap
from .errors import InputError
from .events import CreatorRecord, FileNote, PostRecord
from .platforms import iter_platform
from .posts import PostCollector
from .sources import PLATFORM_FORMATS, Source, distinct_stems, expand_paths, prepare
from .surrogates import repair_event
from .tabular import check, iter_tabular, txt_is_table

PathLike = str | Path
Paths = PathLike | Iterable[PathLike]


@dataclass
class FileStats:
    """Per-file counts for the CLI summary; `rows == comments + errors` always holds."""

    source: str
    fmt: str
    encoding: str | None = None
    rows: int = 0  # comment rows read (kept or not); posts files: post rows
    comments: int = 0  # CommentIn yielded (posts files: post rows accepted)
    errors: int = 0  # RowError yielded, duplicates included
    duplicates: int = 0
    generated_ids: int = 0
    with_notes: int = 0  # rows kept with a dropped optional field (comments: CommentIn.extra["io_notes"])
    new_posts: int = 0  # posts first seen in this file
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        enc = f", {self.encoding}" if self.encoding else ""
        parts = [plural(self.rows, "row"), f"{self.comments:,} ok", plural(self.errors, "error")]
        if self.duplicates:
            parts.append(plural(self.duplicates, "duplicate"))
        if self.generated_ids:
            parts.append(plural(self.generated_ids, "generated id"))
        if self.with_notes:
            parts.append(f"{self.with_notes} with a dropped or repaired value")
        if self.new_posts:
            parts.append(plural(self.new_posts, "post"))
        return f"{self.source} ({self.fmt}{enc}): " + ", ".join(parts)


@dataclass
class ReadStats:
    files: list[FileStats] = field(default_factory=list)
    post_files: list[FileStats] = field(default_factory=list)
    warnings: Counter[str] = field(default_factory=Counter)  # InputWarning counts by kind

    @property
    def post_conflicts(self) -> int:
        """Post fields that disagreed with an earlier source (first value kept)."""
        return self.warnings["post_conflict"]

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    @property
    def comments(self) -> int:
        return sum(f.comments for f in self.files)

    @property
    def errors(self) -> int:
        return sum(f.errors for f in self.files)

    def summary(self) -> str:
        lines = [f.line() for f in self.post_files + self.files]
        lines += [n for f in self.post_files + self.files for n in f.notes]
        lines.append(f"total: {plural(self.rows, 'row')}, {plural(self.comments, 'comment')}, "
                     f"{plural(self.errors, 'error')}")
        if self.post_conflicts:
            lines.append(f"{self.post_conflicts} post fields disagreed between sources (first value kept)")
        others = sorted((k, n) for k, n in self.warnings.items() if k != "post_conflict" and n)  # conflicts: above
        if others:
            lines.append("warnings: " + ", ".join(f"{k} {n}" for k, n in others))
        return "\n".join(lines)


class _IdSet:
    """A set of 64-bit string hashes in one flat array (open addressing): bounded, ~16 bytes per id. Subclasses
    keep values beside the hashes in `_columns`, arrays that grow and move with the table."""

    def __init__(self, capacity: int = 1024) -> None:
        self._table = array("q", bytes(8 * capacity))
        self._columns: list[array] = []
        self._mask = capacity - 1
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def _slot(self, h: int) -> int:
        """Where hash `h` is in the table, or the empty slot where it goes."""
        table, mask = self._table, self._mask
        i = h & mask
        while table[i] and table[i] != h:
            i = (i + 1) & mask
        return i

    def _insert(self, key: str) -> tuple[int, bool]:
        """(the key's slot, whether it was new); the table grows, and the slot moves, as it fills."""
        h = hash(key) or 1  # 0 marks an empty slot
        i = self._slot(h)
        if self._table[i]:
            return i, False
        self._table[i] = h
        self._n += 1
        if 2 * self._n > self._mask:
            self._grow()
            i = self._slot(h)
        return i, True

    def add(self, key: str) -> bool:
        """Insert; False when it was already there."""
        return self._insert(key)[1]

    def _grow(self) -> None:
        old, columns = self._table, self._columns
        size = 2 * len(old)
        self._table = array("q", bytes(8 * size))
        self._columns = [array(c.typecode, bytes(c.itemsize * size)) for c in columns]
        self._mask = mask = size - 1
        table, moved = self._table, list(zip(self._columns, columns, strict=True))
        for j, h in enumerate(old):
            if h:
                i = h & mask
                while table[i]:
                    i = (i + 1) & mask
                table[i] = h
                for new, col in moved:
                    new[i] = col[j]


class PostOfIds(_IdSet):
    """comment id -> post id for the comments of a stream so far: an `_IdSet` of their ids with each one's index
    into the posts seen (~24 bytes a comment). `score_stream` puts a reply that names no post on its parent's post,
    as `score_comments` does, when the parent came earlier in the stream."""

    def __init__(self, capacity: int = 1024) -> None:
        super().__init__(capacity)
        self._columns = [array("i", bytes(4 * capacity))]
        self._posts: list[str] = []
        self._index: dict[str, int] = {}

    def put(self, comment_id: str, post_id: str | None) -> None:
        if post_id is None:
            return
        v = self._index.get(post_id)
        if v is None:
            v = self._index[post_id] = len(self._posts)
            self._posts.append(post_id)
        i = self._insert(comment_id)[0]  # first: a growing table replaces the column
        self._columns[0][i] = v

    def get(self, comment_id: str) -> str | None:
        i = self._slot(hash(comment_id) or 1)
        return self._posts[self._columns[0][i]] if self._table[i] else None


def _events(src: Source, columns: ColumnMap, mode: str) -> Iterator[object]:
    events = iter_platform(src) if src.fmt in PLATFORM_FORMATS else iter_tabular(src, columns, mode)
    yield from map(repair_event, events)
    if src.cut_at is not None:
        yield RowError(src.label, None, f"the {src.compression} data ends early, after {src.cut_at:,} bytes of text (a cut "
                       "download or copy?): the rows after them are lost, and the last row read may be cut short")
    if src.lone_escapes:
        yield FileNote(f"{src.label}: {plural(src.lone_escapes, 'unpaired UTF-16 surrogate escape')} (\\ud800-\\udfff "
                       "without its other half) read as U+FFFD")


def _prepare(
    paths: Paths, fmt: str | None, encoding: str | None, columns: ColumnMap, mode: str,
    seen_names: list[str] | None = None, labels: Mapping[str, str] | None = None,
) -> list[Source]:
    labels = labels or {}
    sources = [prepare(p, fmt, encoding, labels.get(str(p))) for p in expand_paths(paths)]
    distinct_stems(sources)
    for src in sources:
        if src.fmt == "txt" and fmt is None and txt_is_table(src, columns, mode):
            src.fmt = "tsv"
        if src.fmt not in PLATFORM_FORMATS:
            names = check(src, columns, mode)
            if seen_names is not None:
                seen_names.extend(names)
    return sources


def unfound_named_columns(columns: ColumnMap, seen_names: list[str]) -> str | None:
    """The note naming the columns a caller named (--col, --followers-col, ColumnMap(...)) that no input file has:
    a typo would otherwise leave the field empty without a word (the text column's absence is an error)."""
    from .columns import resolve

    defaults = ColumnMap()
    found = resolve(columns, seen_names).keys
    missing = [f"{name.removesuffix('_col')}={getattr(columns, name)!r}" for name in columns.column_fields()
               if getattr(columns, name) != getattr(defaults, name) and name not in found]
    if not missing:
        return None
    return (f"named columns found in no input file: {', '.join(missing)}; those fields stay empty "
            "(check the spelling: names match ignoring case, spaces, hyphens and dots)")


def row_count_notes(collector: PostCollector, source: str, columns: ColumnMap, api: bool = False) -> list[str]:
    """At the end of `source`: a note per post count its comment rows carry as their own (see
    `PostCollector.row_counts`): those posts' counts are unknown rather than one row's."""
    from .columns import _POST_FIELDS

    own = {"likes": "likes", "followers": "author_followers"}  # what such a column usually is, per comment
    notes = []
    for name, (shown, left) in collector.finish_rows(source).items():
        column = getattr(columns, _POST_FIELDS[name][0])
        if name in own:
            hint = (f"; to read it as each comment's own, name it: ColumnMap({own[name]}_col={column!r})" if api
                    else f"; to read it as each comment's own, name it with --col {own[name]}={column}")
        else:
            hint = ""
        where = "posts=" if api else "a --posts file"
        if left:
            used = (f"the post {name} it gave for {plural(left, 'post')} {'is' if left == 1 else 'are'} left unknown "
                    f"rather than taken from a row{hint}; give posts' figures with {where}")
        else:
            used = f"not used for the posts, whose {name} came from elsewhere{hint}"
        notes.append(f"{source}: the post {name} column changes between the rows of {plural(shown, 'post')} as a "
                     f"post's own figure does not (up and down, or falling steeply), so it is each row's own: {used}")
    return notes


def _stats_for(src: Source) -> FileStats:
    st = FileStats(src.label, src.fmt, src.encoding.name if src.encoding else None)
    note = src.encoding.note(src.label) if src.encoding else None
    if note:
        st.notes.append(note)
    return st


class DumpReader:
    """Streams comments from dump files and gathers their posts as a side result.

    >>> reader = DumpReader(["comments.csv"], posts="posts.csv")
    >>> for item in reader.comments(): ...          # CommentIn | RowError, in input order
    >>> reader.posts["p1"].followers, reader.stats.summary()
    """

    def __init__(
        self,
        paths: Paths,
        *,
        posts: Paths | None = None,
        fmt: str | None = None,
        columns: ColumnMap | None = None,
        encoding: str | None = None,
        dedupe: bool = True,
        on_warning: Callable[[InputWarning], None] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        # iterables are listed once so that comments() can be called again
        self.paths = paths if isinstance(paths, (str, Path)) else list(paths)
        self.posts_paths = posts if posts is None or isinstance(posts, (str, Path)) else list(posts)
        self.fmt = fmt
        self.columns = columns or ColumnMap()
        self.encoding = encoding
        self.dedupe = dedupe
        self.labels = dict(labels or {})  # path -> name shown in row errors, warnings and stats (stdin's copy: "<stdin>")
        self.stats = ReadStats()
        self.post_errors: list[RowError] = []
        self.on_warning = on_warning  # None: warnings are kept in self.warnings
        self.warnings: list[InputWarning] = []
        self._collector = PostCollector(self._warn)

    def _warn(self, w: InputWarning) -> None:
        self.stats.warnings[w.kind] += 1
        if self.on_warning is None:
            self.warnings.append(w)
        else:
            self.on_warning(w)

    @property
    def posts(self) -> dict[str, PostIn]:
        """Posts seen so far (complete once `comments()` is exhausted), keyed by post_id."""
        return self._collector.posts()

    def check(self) -> None:
        """Raise now the InputError `comments()` would raise before its first row (a missing file, an unknown
        format, no text column): the CLI calls it before loading the models, so such a mistake costs no seconds
        of loading. Reads only the files' heads."""
        _prepare(self.paths, self.fmt, self.encoding, self.columns, "comments", labels=self.labels)
        if self.posts_paths:
            _prepare(self.posts_paths, None, self.encoding, self.columns, "posts", labels=self.labels)

    def comments(self) -> Iterator[CommentIn | RowError]:
        """One pass over all inputs; every call starts afresh. Raises InputError before the first row when
        a file is missing, of unknown format, or lacks the text column."""
        self.stats = ReadStats()
        self.post_errors = []
        self.warnings = []
        self._collector = PostCollector(self._warn)
        seen_names: list[str] = []
        sources = _prepare(self.paths, self.fmt, self.encoding, self.columns, "comments", seen_names, self.labels)
        post_sources = (
            _prepare(self.posts_paths, None, self.encoding, self.columns, "posts", seen_names, self.labels)
            if self.posts_paths else []
        )
        unfound = unfound_named_columns(self.columns, seen_names) if seen_names else None
        for src in post_sources:
            self.stats.post_files.append(self._read_posts_file(src))
        seen = SeenIds() if self.dedupe else None
        for src in sources:
            st = _stats_for(src)
            if unfound:  # a run-level note, said once: with the first file
                st.notes.append(unfound)
                unfound = None
            self.stats.files.append(st)
            before = len(self._collector)
            for ev in _events(src, self.columns, "comments"):
                if isinstance(ev, CommentIn):
                    st.rows += 1
                    dup = seen.error(ev) if seen is not None else None
                    if dup is not None:
                        st.errors += 1
                        st.duplicates += 1
                        yield RowError(src.label, _row_of(ev), dup, ev.comment_id, _short(ev.text))
                        continue
                    st.comments += 1
                    if ev.extra.get(NOTES_KEY):
                        st.generated_ids += GENERATED_ID_NOTE in ev.extra[NOTES_KEY]
                        dropped = comment_warnings(ev)
                        st.with_notes += bool(dropped)
                        for w in dropped:
                            self._warn(w)
                    yield ev
                elif isinstance(ev, RowError):
                    st.rows += 1
                    st.errors += 1
                    yield ev
                else:
                    self._side(ev, st)
            st.new_posts = len(self._collector) - before
            st.notes.extend(row_count_notes(self._collector, st.source, self.columns))

    def _side(self, ev: object, st: FileStats) -> None:
        if isinstance(ev, PostRecord):
            if ev.source is None:
                ev.source = st.source
            for note in ev.notes:  # posts-file rows and platform post objects (comment rows note their comment)
                self._warn(InputWarning("post_field", ev.source, ev.row, ev.post.post_id, note))
            self._collector.add(ev)
        elif isinstance(ev, CreatorRecord):
            self._collector.add_creator(ev)
        elif isinstance(ev, FileNote):
            st.notes.append(ev.text)

    def _read_posts_file(self, src: Source, on_error: Callable[[RowError], None] | None = None) -> FileStats:
        st = _stats_for(src)
        before = len(self._collector)
        platform = src.fmt in PLATFORM_FORMATS
        for ev in _events(src, self.columns, "posts"):
            if isinstance(ev, PostRecord):
                if not platform:
                    st.rows += 1
                    st.comments += 1
                st.with_notes += bool(ev.notes)  # warned about in _side
            elif isinstance(ev, RowError):
                if platform:
                    continue  # a bad comment in a platform file read for its posts is not a post error
                st.rows += 1
                st.errors += 1
                self.post_errors.append(ev)
                self._warn(InputWarning("post_row", ev.source, ev.row, None, ev.error, ev.raw))
                if on_error:
                    on_error(ev)
                continue
            elif isinstance(ev, CommentIn):
                continue
            self._side(ev, st)
        st.new_posts = len(self._collector) - before
        return st


def split_source(source: str | None) -> tuple[str | None, int | None]:
    """`CommentIn.source` "file:row" -> (file, row); (source, None) when it carries no row."""
    if source and ":" in source:
        head, tail = source.rsplit(":", 1)
        if tail.isdigit():
            return head, int(tail)
    return source, None


DUPLICATE_SAME = "duplicate comment_id: the same comment again (overlapping exports?); the first one is scored"
DUPLICATE_CLASH = ("duplicate comment_id: another text under an id already read (is the id column right?); "
                   "this comment is not scored")


class SeenIds:
    """The comment ids read so far, and (id, text) pairs, as 64-bit hashes (~32 bytes a comment): a repeated id is
    a row error, told apart as the same comment again (overlapping export pages: harmless) or a different comment
    under a used id (a wrong id column: comments are lost unless the user fixes it). Batch, stream and CLI share it."""

    def __init__(self) -> None:
        self._ids = _IdSet()
        self._pairs = _IdSet()

    def error(self, c: CommentIn) -> str | None:
        """None for a first-seen id (now recorded); else the row error's text (a nested reply's says which reply
        of its row it is, as its other row errors do)."""
        new_pair = self._pairs.add(f"{c.comment_id}\x1f{c.text}")
        if self._ids.add(c.comment_id):
            return None
        why = DUPLICATE_CLASH if new_pair else DUPLICATE_SAME
        return f"reply {c.reply}: {why}" if c.reply else why


def _row_of(c: CommentIn) -> int | None:
    return split_source(c.source)[1]


def comment_warnings(c: CommentIn) -> list[InputWarning]:
    """The comment's dropped optional fields (notes in `CommentIn.extra["io_notes"]`) as InputWarnings."""
    label, row = split_source(c.source)
    return [InputWarning("comment_field", label, row, c.comment_id, note)
            for note in c.extra.get(NOTES_KEY) or () if note != GENERATED_ID_NOTE]


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_comments(
    paths: Paths,
    *,
    posts: Paths | None = None,
    fmt: str | None = None,
    columns: ColumnMap | None = None,
    encoding: str | None = None,
) -> Iterator[CommentIn | RowError]:
    """Stream comments (CommentIn) and bad rows (RowError) in input order; see DumpReader for posts/stats."""
    return DumpReader(paths, posts=posts, fmt=fmt, columns=columns, encoding=encoding).comments()


def read_posts(
    paths: Paths,
    *,
    fmt: str | None = None,
    columns: ColumnMap | None = None,
    encoding: str | None = None,
    on_error: Callable[[RowError], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> dict[str, PostIn]:
    """Posts by post_id from posts tables (one row per post, or comment rows with post-level columns) and
    platform exports (YouTube videos/channels, TikTok videos, Instagram media, instaloader posts).
    `on_error` gets each unusable row; `on_warning` each InputWarning (those rows, dropped fields, conflicts)."""
    reader = DumpReader([], columns=columns, encoding=encoding, on_warning=on_warning or (lambda w: None))
    for src in _prepare(paths, fmt, encoding, reader.columns, "posts"):
        reader.stats.post_files.append(reader._read_posts_file(src, on_error))
    return reader.posts


__all__ = ["DumpReader", "FileStats", "InputError", "ReadStats", "read_comments", "read_posts"]
