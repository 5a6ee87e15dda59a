"""Gathering post-level facts from wherever a dump carries them.

Posts arrive piecemeal: a `--posts` file, post-level columns repeated on every comment row, a YouTube
`videos` response, an instaloader post JSON. `PostCollector` merges them by `post_id`: the first non-empty
value of each field wins (posts files are read first, so they are authoritative), later disagreeing values
are reported to `warn` as conflicts, not applied. Creator follower counts that only exist per channel
(YouTube `channels` responses) are joined onto posts through the channel id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from typing import Any

from ..records import InputWarning, PostIn, handle_key, name_key
from .events import CreatorRecord, PostRecord

_POST_FIELDS = tuple(f.name for f in fields(PostIn) if f.name != "post_id")
# counts a comment row may carry for itself under a post column's name (a listening tool's per-mention "Likes", the
# commenter's "Followers"): when the rows of one post spread them wider than a post's own figures move while a dump
# is scraped, they are not the post's
_ROW_COUNTS = ("followers", "likes", "comments", "shares", "saves", "views")
ROW_SPREAD = 1.25  # max > ROW_SPREAD x min + ROW_SPREAD_ABS: the rows disagree too much to be one post's snapshots
ROW_SPREAD_ABS = 2


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
        self._span: dict[tuple[str, str], tuple[int, int, str]] = {}  # (post, count) -> (min, max, source) of rows
        self.row_counts: dict[tuple[str, str], set[str]] = {}  # (source, count) -> posts whose rows spread it
        # (post, count) -> the file whose comment rows gave the kept value (None: a posts file, a platform's post)
        self._from_rows: dict[tuple[str, str], str | None] = {}

    def __len__(self) -> int:
        return len(self._posts)

    def add(self, rec: PostRecord) -> None:
        new = rec.post
        if rec.per_row:
            self._track_rows(rec)
        if rec.creator_key:
            self._creator_of.setdefault(new.post_id, rec.creator_key)
        old = self._posts.get(new.post_id)
        if old is None:
            self._posts[new.post_id] = PostIn(**{f: getattr(new, f) for f in ("post_id", *_POST_FIELDS)})
            for name in _ROW_COUNTS:
                if getattr(new, name) is not None:
                    self._from_rows[(new.post_id, name)] = (rec.source or "") if rec.per_row else None
            return
        for name in _POST_FIELDS:
            value = getattr(new, name)
            if value is None:
                continue
            current = getattr(old, name)
            if current is None:
                setattr(old, name, value)
                if name in _ROW_COUNTS:
                    self._from_rows[(new.post_id, name)] = (rec.source or "") if rec.per_row else None
            elif current != value and self._warn is not None and not _same_name(name, current, value) \
                    and not (rec.per_row and (rec.source or "", name) in self.row_counts):  # said in one note
                self._warn(_conflict(rec, name, current, value))

    def unknown_counts(self, source: str, name: str) -> int:
        """How many posts' `name` the rows of `source` gave and `posts()` leaves unknown (see `row_counts`)."""
        if (source, name) not in self.row_counts:
            return 0
        return sum(1 for (_, n), src in self._from_rows.items() if n == name and src == source)

    def _track_rows(self, rec: PostRecord) -> None:
        """Follow how the comment rows of each post spread its counts (see `_ROW_COUNTS`): one post whose rows
        spread a count shows what the file's column holds, so every post whose count came from those rows is
        left unknown."""
        pid = rec.post.post_id
        for name in _ROW_COUNTS:
            value = getattr(rec.post, name)
            if value is None:
                continue
            lo, hi, source = self._span.get((pid, name), (value, value, rec.source or ""))
            lo, hi = min(lo, value), max(hi, value)
            self._span[(pid, name)] = (lo, hi, source)
            if hi > ROW_SPREAD * lo + ROW_SPREAD_ABS:
                self.row_counts.setdefault((source, name), set()).add(pid)

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
