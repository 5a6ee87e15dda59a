"""Typed records that flow one way through the pipeline: io -> preprocess -> sentiment/authenticity ->
engagement -> report. Readers yield `CommentIn`/`PostIn`/`RowError`; the pipeline yields `ScoredComment`.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any


def handle_key(name: str | None) -> str | None:
    """An account name compared without "@", outer spaces and case ("@Ana" is "ana"): creators and authors."""
    if name is None:
        return None
    h = _nfc(name).strip().lstrip("@").casefold()
    return h or None


def _nfc(text: str) -> str:
    """One Unicode form, so that "José" typed with a combining accent (macOS exports) is the same name (QA: two
    creators, two campaigns, and the creator's reply counted as audience)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def plural(n: int, word: str) -> str:
    """ "1 comment", "1,024 comments": counts a reader sees (notes, report, run log) without "(s)"."""
    return f"{n:,} {word}{'s' * (n != 1)}"


def half_up(x: float, digits: int, scale: int = 1) -> Decimal:
    """x x scale rounded half up on its shortest decimal form: 0.03565 shows as 3.57%, 1200.5 as 1,201, as a
    reader rounds the tables' values, not as `format` rounds the binary float (half to even, or just below)."""
    return (Decimal(repr(float(x))) * scale).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def grouped(x: float, digits: int = 0) -> str:
    """x with thousands separators and `digits` decimals, rounded half up (`half_up`): "1,201" for 1200.5. The
    report's numbers and money read the same."""
    return f"{half_up(x, digits):,.{digits}f}" if math.isfinite(x) else f"{x:,.{digits}f}"


def name_key(name: str) -> str:
    """A label compared without case and spacing ("VERANO  2025" is "verano 2025"): campaigns, near-miss post ids."""
    return " ".join(_nfc(name).split()).casefold()


@dataclass
class AccountInfo:
    """What a dump may say of the comment's author; every field optional."""

    followers: int | None = None
    following: int | None = None
    posts: int | None = None
    created_at: datetime | None = None
    default_avatar: bool | None = None
    verified: bool | None = None


def author_columns(account: AccountInfo | None) -> dict[str, Any]:
    """The `author_*` output columns of a comment's account (all None when the dump says nothing of it)."""
    return {f"author_{f.name}": None if account is None else getattr(account, f.name) for f in fields(AccountInfo)}


@dataclass
class CommentIn:
    """One comment as read from a dump. `text` is always a str (readers reject non-strings as RowError)."""

    comment_id: str
    text: str
    author: str | None = None
    created_at: datetime | None = None
    post_id: str | None = None
    parent_id: str | None = None
    platform: str | None = None
    likes: int | None = None
    account: AccountInfo | None = None
    source: str | None = None  # file name and row/line, for error messages and traceability
    extra: dict[str, Any] = field(default_factory=dict)
    author_id: str | None = None  # the platform's id of the author's account (YouTube channel id, Instagram user id)
    # the account id of the creator whose post the comment is under, where the export gives it without the post (a
    # YouTube reply from comments.list names its channel, not its video): tells the creator's own replies
    creator_id: str | None = None
    reply: int = 0  # k > 0: the k-th reply nested in the record of `source`'s row (its row errors say so)


@dataclass
class PostIn:
    """Post-level facts; each field optional because exports differ."""

    post_id: str
    creator: str | None = None
    followers: int | None = None
    caption: str | None = None
    likes: int | None = None
    comments: int | None = None  # the platform's comment count (may exceed the comments in the dump)
    shares: int | None = None
    saves: int | None = None
    views: int | None = None
    posted_at: datetime | None = None
    platform: str | None = None
    sponsored: bool | None = None  # platform flag / dump column: the post is a paid partnership
    disclosed: bool | None = None  # platform's own disclosure label
    campaign: str | None = None
    fee: float | None = None  # what the brand paid for the post, when known
    fee_currency: str | None = None  # the fee's currency as written ("EUR", "MXN", "$"), None when not stated
    url: str | None = None
    creator_id: str | None = None  # the platform's id of the creator's account: their replies are told by it


@dataclass
class RowError:
    """A row that could not be used: reported, never silently dropped (count in = count out + errors)."""

    source: str
    row: int | None
    error: str
    comment_id: str | None = None
    raw: str | None = None  # a short excerpt of the offending input

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


WARNING_KINDS = {
    "comment_field": "a comment's optional field was unreadable and dropped (the comment is scored)",
    "post_row": "a posts-file row could not be used (no usable post_id)",
    "post_field": "a post's field was unreadable and dropped (the post is kept)",
    "post_conflict": "two sources gave a post different values; the first was kept",
    "input_note": "how the input was read as a whole (the day/month order its dates were read in)",
}


@dataclass
class InputWarning:
    """Something the run read past without losing a comment: a dropped value, an unusable posts row, a
    disagreement between sources. Comments' count in = count out + errors is unaffected; these say which
    numbers rest on less than the input offered (a dropped follower count leaves a post without a rate)."""

    kind: str  # a key of WARNING_KINDS
    source: str | None
    row: int | None
    id: str | None  # the comment_id (comment_field) or post_id (post_*)
    detail: str
    raw: str | None = None  # a short excerpt of the offending row (post_row)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ScoredComment:
    """The per-comment output; field names are the JSONL/CSV column names."""

    comment_id: str
    post_id: str | None
    author: str | None
    created_at: datetime | None
    parent_id: str | None
    text: str
    normalized: str
    lang: str
    sentiment: str
    sentiment_score: float
    p_negative: float
    p_neutral: float
    p_positive: float
    authenticity: str
    p_genuine: float
    p_superficial: float
    p_spam: float
    bot_like: float
    genuine_weight: float
    coordinated: bool = False
    burst: bool = False
    duplicate: bool = False
    cluster_id: str | None = None
    relevance: float | None = None
    reasons: list[str] = field(default_factory=list)
    platform: str | None = None
    author_id: str | None = None
    # the creator replying on their own post (by name, or by account id: YouTube shows "@handle" as the author
    # while the channel is titled otherwise): not audience engagement
    creator_reply: bool = False
    # what the input said of the comment and its author, as read (the account signals behind `bot_like`), so the
    # table shows them: read into fields, they are not input columns that --keep-columns could bring back
    comment_likes: int | None = None
    author_followers: int | None = None
    author_following: int | None = None
    author_posts: int | None = None
    author_created_at: datetime | None = None
    author_default_avatar: bool | None = None
    author_verified: bool | None = None
    # The input's own columns that map to no field, as read (name -> value), for joining results back to the
    # pipeline's data. Not an output column: `--keep-columns` / `to_pandas(keep=...)` choose which to write.
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, metadata={"output": False})

    @staticmethod
    def columns() -> list[str]:
        """The output columns (JSONL/CSV/Parquet/xlsx), in order."""
        return [f.name for f in fields(ScoredComment) if f.metadata.get("output", True)]

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in _SCORED_COLUMNS}
        d["reasons"] = list(self.reasons)
        if self.created_at is not None:
            d["created_at"] = self.created_at.isoformat()
        if self.author_created_at is not None:
            d["author_created_at"] = self.author_created_at.isoformat()
        return d


_SCORED_COLUMNS = tuple(ScoredComment.columns())


# --------------------------------------------------------------------------------------------------
# DataFrame dtypes: one per column, from the record's declared types, whatever the rows hold
# --------------------------------------------------------------------------------------------------
def column_dtypes(record_type: type, *, nested: dict[str, tuple[str, ...]] | None = None,
                  lists_as_text: bool = False, times_as_text: bool = False) -> dict[str, Any]:
    """The pandas dtype of each column of `record_type`'s table, from its field annotations: an empty batch, an
    all-bad one, or a day when no comment has an author gives the same schema as a full one (appending daily
    loads to a Parquet dataset or warehouse table must not fail or widen types). `nested`: dict fields spread
    over `name_key` float columns; lists and times are text when the table writes them so."""
    import types
    import typing

    import pandas as pd

    text = pd.Series(["a"]).dtype  # pandas' own string dtype ("str" from pandas 3, object before)
    hints = typing.get_type_hints(record_type)
    out: dict[str, Any] = {}
    for f in fields(record_type):
        hint = hints[f.name]
        args = typing.get_args(hint)
        union = typing.get_origin(hint) in (typing.Union, types.UnionType)
        base = [a for a in args if a is not type(None)] if union else [hint]
        optional = union and type(None) in args
        if nested and f.name in nested:
            out.update({f"{f.name}_{k}": "float64" for k in nested[f.name]})
            continue
        if len(base) != 1:
            continue
        b, origin = base[0], typing.get_origin(base[0])
        if b is bool:
            out[f.name] = "boolean" if optional else "bool"
        elif b is float:
            out[f.name] = "float64"
        elif b is int:
            out[f.name] = "Int64" if optional else "int64"
        elif b is str or (times_as_text and b is datetime) or (lists_as_text and origin in (list, tuple)):
            out[f.name] = text
    return out


def cast_columns(df: Any, dtypes: dict[str, Any]) -> Any:
    """`df` with each column it has cast to its dtype in `dtypes` (others untouched)."""
    for name, dtype in dtypes.items():
        if name in df.columns:
            df[name] = df[name].astype(dtype)
    return df
