"""Gathering post-level facts from wherever a dump carries them.

Posts arrive piecemeal: a `--posts` file, post-level columns repeated on every comment row, a YouTube
`videos` response, an instaloader post JSON. `PostCollector` merges them by `post_id`: the first non-empty
value of each field wins (posts files are read first, so they are authoritative), later disagreeing values
are reported to `warn` as conflicts, not applied. Creator follower counts that only exist per channel
(YouTube `channels` responses) are joined onto posts through the channel id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from ..records import InputWarning, PostIn, handle_key, name_key
from .events import CreatorRecord, PostRecord

_POST_FIELDS = tuple(f.name for f in fields(PostIn) if f.name != "post_id")
# Counts a comment row may carry for itself under a post column's name (a listening tool's per-mention "Likes", the
# commenter's "Followers"). A post's own figure repeated on its rows is constant, or drifts one way while the dump is
# scraped (a viral post's likes grow 8,000 -> 10,500 page by page); the rows' own figures go up and down, or fall
# steeply when the export lists its top comments first. So a count whose values, within one file's rows of one post,
# spread (max > ROW_SPREAD x min + ROW_SPREAD_ABS) and both rise and fall, or fall to under half (max > ROW_FALL x min
# + ROW_SPREAD_ABS), is the rows' own, and so is that column in every row of that file. Except snapshots: daily
# scrapes of a growing post, merged and sorted by comment time, go up and down too (100, 150, 100, 150), but
# between a few figures (at most SNAPSHOT_VALUES, each on two rows on average) within ROW_FALL of each other, where
# rows' own counts take many values or spread wide (comment likes 0, 3, 0, 1). When every post that made a file's
# column the rows' own looks so, the column is the posts' and each such post keeps its largest figure (the latest).
_ROW_COUNTS = ("followers", "likes", "comments", "shares", "saves", "views")
ROW_SPREAD = 1.25
ROW_SPREAD_ABS = 1
ROW_FALL = 2.0
SNAPSHOT_VALUES = 8


@dataclass(slots=True)
class _RowFigures:
    """How one file's comment rows of one post move one count (see `_ROW_COUNTS`)."""

    low: int
    high: int
    last: int
    rose: bool = False
    fell: bool = False
    counts: dict[int, int] | None = field(default_factory=dict)  # value -> rows; None past SNAPSHOT_VALUES values

    def add(self, value: int) -> None:
        if self.counts is not None:
            self.counts[value] = self.counts.get(value, 0) + 1
            if len(self.counts) > SNAPSHOT_VALUES:
                self.counts = None
        self.low, self.high = min(self.low, value), max(self.high, value)
        self.rose, self.fell = self.rose or value > self.last, self.fell or value < self.last
        self.last = value

    def rows_own(self) -> bool:
        """Up and down with a spread, or falling steeply: the rows' own figures, not the post's."""
        return self.fell and self.high > (ROW_SPREAD if self.rose else ROW_FALL) * self.low + ROW_SPREAD_ABS

    def snapshots(self) -> bool:
        """A few repeated figures within ROW_FALL of each other: merged scrapes of one growing figure."""
        return (self.counts is not None and sum(self.counts.values()) >= 2 * len(self.counts)
                and self.high <= ROW_FALL * self.low + ROW_SPREAD_ABS)


# names the engagement stage groups by a key, compared by the same key: "Verano 2025" vs "VERANO 2025" (one
# campaign) or "@Ana" vs "ana" (one creator) is no conflict
_NAME_KEYS = {"campaign": name_key, "creator": handle_key}


def _same_name(field: str, a: object, b: object) -> bool:
    key = _NAME_KEYS.get(field)
    return key is not None and isinstance(a, str) and isinstance(b, str) and key(a) == key(b)


class PostCollector:
    """Merges post records by post_id; `posts()` returns the merged view with creator followers applied."""

    def __init__(self, warn: Callable[[InputWarning], None] | None = None) -> None:
        self._posts: dict[str, PostIn] = {}
        self._creator_of: dict[str, str] = {}
        self._creators: dict[str, CreatorRecord] = {}
        self._warn = warn  # told of each conflict: which post, field, both values and where the second came from
        self._rows: dict[tuple[str, str, str], _RowFigures] = {}  # (source, post, count) -> how its rows move it
        self.row_counts: dict[tuple[str, str], set[str]] = {}  # (source, count) -> posts whose rows carry their own
        # conflicts between rows of one file over a count, held until the file ends: said only if the column turns
        # out to be the post's (then the first value is indeed kept), else the file's note says it all
        self._held: dict[tuple[str, str], list[InputWarning]] = {}
        # (post, count) -> the file whose comment rows gave the kept value (None: a posts file, a platform's post)
        self._from_rows: dict[tuple[str, str], str | None] = {}
        self._unset: dict[tuple[str, str], Any] = {}  # (post, count) -> the rows' value `posts()` left unknown

    def __len__(self) -> int:
        return len(self._posts)

    def add(self, rec: PostRecord) -> None:
        new = rec.post
        origin = (rec.source or "") if rec.per_row else None  # the file whose comment rows gave these figures
        if rec.per_row:
            self._track_rows(rec)
        if rec.creator_key:
            self._creator_of.setdefault(new.post_id, rec.creator_key)
        old = self._posts.get(new.post_id)
        if old is None:
            self._posts[new.post_id] = PostIn(**{f: getattr(new, f) for f in ("post_id", *_POST_FIELDS)})
            for name in _ROW_COUNTS:
                if getattr(new, name) is not None:
                    self._from_rows[(new.post_id, name)] = origin
            return
        for name in _POST_FIELDS:
            value = getattr(new, name)
            if value is None or name == "fee_currency":
                continue
            current = getattr(old, name)
            if current is None or self._rows_own(new.post_id, name, rec) or self._placeholder(new.post_id, name, current):
                # a file whose rows carry their own counts gave no post figure to keep; a row's 0 was a placeholder
                setattr(old, name, value)
                if name in _ROW_COUNTS:
                    self._from_rows[(new.post_id, name)] = origin
                if name == "fee":  # the currency goes with its amount (QA: one row's 100 with another's EUR)
                    old.fee_currency = new.fee_currency
            elif name == "fee" and current == value and old.fee_currency is None and new.fee_currency is not None:
                old.fee_currency = new.fee_currency  # the same amount, its currency stated this time
            elif name == "fee" and current == value and new.fee_currency not in (None, old.fee_currency):
                if self._warn is not None:
                    self._warn(_conflict(rec, "fee_currency", old.fee_currency, new.fee_currency))
            elif current != value and self._warn is not None and not _same_name(name, current, value):
                source = rec.source or ""
                if rec.per_row and name in _ROW_COUNTS:  # held: the file may turn out to carry its rows' own
                    if (source, name) not in self.row_counts:  # else the file's note says it all
                        self._held.setdefault((source, name), []).append(_conflict(rec, name, current, value))
                else:
                    self._warn(_conflict(rec, name, current, value))

    def _rows_own(self, pid: str, name: str, rec: PostRecord) -> bool:
        """Whether the post's kept `name` came from another file's rows that carry their own counts, so that this
        record's figure replaces it (QA: the first file's per-mention likes hid a second file's real 3,100)."""
        if name not in _ROW_COUNTS:
            return False
        kept_from = self._from_rows.get((pid, name))
        source = rec.source or ""
        return (kept_from is not None and kept_from != source and (kept_from, name) in self.row_counts
                and not (rec.per_row and (source, name) in self.row_counts))

    def _placeholder(self, pid: str, name: str, current: Any) -> bool:
        """A count of 0 that comment rows gave before a real figure: a scraper's "not loaded yet" (QA: the first
        row's 0 likes was kept over the 3,100 of every later row). A posts file's 0 stands."""
        return name in _ROW_COUNTS and current == 0 and self._from_rows.get((pid, name)) is not None

    def finish_rows(self, source: str) -> dict[str, tuple[int, int]]:
        """At the end of `source`: the counts its rows carry as their own, {count: (posts whose rows show it, posts
        whose count is left unknown)}; the conflicts held for its other counts are now warned."""
        for name in [n for src, n in self.row_counts if src == source]:
            self._snapshots(source, name)
        for (src, name), held in list(self._held.items()):
            if src == source:
                del self._held[(src, name)]
                if (src, name) not in self.row_counts and self._warn is not None:
                    for w in held:
                        self._warn(w)
        return {name: (len(pids), self.unknown_counts(src, name))
                for (src, name), pids in sorted(self.row_counts.items()) if src == source}

    def unknown_counts(self, source: str, name: str) -> int:
        """How many posts' `name` the rows of `source` gave and `posts()` leaves unknown (see `row_counts`)."""
        if (source, name) not in self.row_counts:
            return 0
        return sum(1 for (_, n), src in self._from_rows.items() if n == name and src == source)

    def _track_rows(self, rec: PostRecord) -> None:
        """Follow how one file's comment rows of each post move its counts (see `_ROW_COUNTS`): one post whose rows
        spread a count up and down shows what the file's column holds, so every post whose count came from those
        rows is left unknown."""
        pid, source = rec.post.post_id, rec.source or ""
        for name in _ROW_COUNTS:
            value = getattr(rec.post, name)
            if value is None:
                continue
            st = self._rows.get((source, pid, name))
            if st is None:
                self._rows[(source, pid, name)] = _RowFigures(value, value, value, counts={value: 1})
                continue
            st.add(value)
            if st.rows_own():
                self.row_counts.setdefault((source, name), set()).add(pid)

    def _snapshots(self, source: str, name: str) -> None:
        """Take back the file's rows-own verdict on `name` when every post behind it looks like merged snapshots
        of one growing figure (see SNAPSHOT_VALUES): each keeps its largest figure, said in one warning per post;
        the file's other posts keep the figure their rows gave."""
        pids = self.row_counts[(source, name)]
        stats = {pid: self._rows[(source, pid, name)] for pid in pids}
        if not all(st.snapshots() for st in stats.values()):
            return
        del self.row_counts[(source, name)]
        held = self._held.get((source, name))
        if held:  # their figures are said below, in one warning per post
            held[:] = [w for w in held if w.id not in stats]
        for (pid, n), src in self._from_rows.items():
            if n == name and src == source and getattr(self._posts[pid], name) is None and (pid, n) in self._unset:
                setattr(self._posts[pid], name, self._unset.pop((pid, n)))  # a live view had left it unknown
        for pid, st in sorted(stats.items()):
            figures = "; ".join(f"{v:,}" for v in sorted(st.counts))
            if self._from_rows.get((pid, name)) == source:
                setattr(self._posts[pid], name, st.high)
            if self._warn is not None:
                kept = getattr(self._posts[pid], name)
                self._warn(InputWarning(
                    "post_conflict", source, None, pid,
                    f"{name}: its comment rows give {len(st.counts)} figures ({figures}), as scrapes of a growing post "
                    f"merged into one file do: {kept:,} kept" + (" (the largest, the latest)" if kept == st.high
                                                                 else " (from an earlier source)")))

    def add_creator(self, rec: CreatorRecord) -> None:
        old = self._creators.get(rec.key)
        if old is None:
            self._creators[rec.key] = rec
        elif old.followers is None:
            old.followers = rec.followers

    def posts(self) -> dict[str, PostIn]:
        if self.row_counts:  # a file whose rows carry their own counts: its posts' counts are unknown, not the first
            for (pid, name), source in self._from_rows.items():
                if source is not None and (source, name) in self.row_counts:
                    value = getattr(self._posts[pid], name)
                    if value is not None:
                        self._unset[(pid, name)] = value  # back if the file's verdict is taken back at its end
                    setattr(self._posts[pid], name, None)
        for post_id, key in self._creator_of.items():
            post = self._posts.get(post_id)
            creator = self._creators.get(key)
            if post is None or creator is None:
                continue
            if post.followers is None:
                post.followers = creator.followers
            if post.creator is None:
                post.creator = creator.name
        return self._posts


def _shown(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else repr(value)


def _conflict(rec: PostRecord, name: str, kept: Any, ignored: Any) -> InputWarning:
    return InputWarning(
        "post_conflict", rec.source, rec.row, rec.post.post_id,
        f"{name} {_shown(ignored)} ignored: an earlier source gave {_shown(kept)} (the first value is kept)",
    )
