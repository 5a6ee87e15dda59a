"""Side-channel records that parsers yield between comments; the reader routes them, users never see them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import PostIn


@dataclass
class PostRecord:
    """A (possibly partial) post seen in an input, with the platform's creator id when known."""

    post: PostIn
    creator_key: str | None = None  # e.g. a YouTube channel id, to join channel follower counts
    source: str | None = None  # the file it was read from and its row, for warnings
    row: int | None = None
    notes: list[str] = field(default_factory=list)  # fields dropped as unreadable (posts-file rows only)
    per_row: bool = False  # post columns repeated on a comment row (not a posts file or a platform's post object)


@dataclass
class CreatorRecord:
    """Creator-level facts (YouTube channel statistics) keyed like `PostRecord.creator_key`."""

    key: str
    followers: int | None = None
    name: str | None = None


@dataclass
class FileNote:
    """Something the user should know about a whole file (shown in the CLI summary)."""

    text: str
