"""Column mapping for tabular dumps (CSV / JSONL / Parquet / JSON arrays) and the row -> record conversion.

One row is one comment. Post-level columns may be repeated on every row (they feed the `PostCollector`);
author-account columns fill `AccountInfo`. Column names match case-insensitively, ignoring surrounding blanks and
treating spaces, hyphens and dots as "_" ("Created At " finds `created_at`), because spreadsheet headers are
hand-edited. When a default column is absent, the usual names other exports give it are tried (`_ALIASES`:
"Comment", "message", "body", "Username", "timestamp", "video_id", ...); which ones were used is reported as a
file note, so a guess is never silent. Of columns named alike (the same name, or names equal in that matching:
"Text" and "text"), the first is read and the others are not, said in a file note (`duplicate_note`): a
spreadsheet's header row is typed by hand, and a dict of the row would otherwise keep the last one silently.

Row policy (the same for every tabular format):
- text missing / null / not a string / blank -> RowError ("missing text field 'text'", "text is null",
  "text is not a string: float", "empty comment"). Blank comments (only whitespace and invisible format
  characters such as a zero-width space, see coerce.text_problem) carry nothing to score; emoji-only ones are
  kept. Long comments are kept whole; truncation is the model's job.
- comment id missing -> a deterministic id "{file-stem}:{row}" and the note "generated comment_id".
- optional fields with a bad value (likes "lots", an unparseable date) -> the field is None and a note
  "bad <field>: <reason>" is added to `CommentIn.extra["io_notes"]`; the comment is kept.
- columns that map to nothing are kept in `CommentIn.extra` under their own name.
- day/month/year dates (05/03/2024) in the stated `ColumnMap.date_order`; with "auto", in the order the input's
  own dates prove (`DateOrderLearner`: one 25/03/2024 makes the file day-first), said in a file note.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import tzinfo
from functools import lru_cache, partial
from typing import Any

from ..config import IO_DATE_ORDER_WINDOW, IO_DATE_ORDER_WINDOW_CHARS, IO_DATE_ORDERS
from ..records import AccountInfo, CommentIn, PostIn, RowError
from .coerce import (
    day_month_order,
    excerpt,
    is_missing,
    parse_amount,
    parse_bool,
    parse_count,
    parse_currency,
    parse_datetime,
    parse_id,
    parse_or_note,
    parse_str,
    text_problem,
)
from .errors import CoerceError
from .events import FileNote, PostRecord

NOTES_KEY = "io_notes"
GENERATED_ID_NOTE = "generated comment_id"  # a note, not a dropped value
Emitted = tuple[PostRecord | None, "CommentIn | RowError | None"]


@dataclass(frozen=True)
class ColumnMap:
    """Input column names for each field; override any of them (the CLI's --text-col, --id-col, ...)."""

    # comment fields
    id_col: str = "comment_id"
    text_col: str = "text"
    author_col: str = "author"
    author_id_col: str = "author_id"  # the author's account id: tells the creator's replies when names differ
    time_col: str = "created_at"
    post_col: str = "post_id"
    parent_col: str = "parent_id"
    likes_col: str = "comment_likes"  # likes on the comment itself (`likes` is the post's)
    platform_col: str = "platform"
    # post-level fields, repeated per comment row or in a --posts file
    creator_col: str = "creator"
    creator_id_col: str = "creator_id"
    followers_col: str = "followers"
    caption_col: str = "caption"
    post_likes_col: str = "likes"
    post_comments_col: str = "post_comments"  # "comments" is accepted too when this column is absent
    shares_col: str = "shares"
    saves_col: str = "saves"
    views_col: str = "views"
    posted_at_col: str = "posted_at"
    sponsored_col: str = "sponsored"
    disclosed_col: str = "disclosed"
    campaign_col: str = "campaign"
    fee_col: str = "fee"
    url_col: str = "post_url"  # "url" is accepted too when this column is absent
    # author-account fields
    author_followers_col: str = "author_followers"
    author_following_col: str = "author_following"
    author_posts_col: str = "author_posts"
    author_created_at_col: str = "author_created_at"
    author_default_avatar_col: str = "author_default_avatar"
    author_verified_col: str = "author_verified"
    # how day/month/year dates of this input are written ("auto": as its own dates prove, see DateOrderLearner)
    date_order: str = "auto"
    # the zone of this input's times written without one ("2024-03-01 18:45"): an IANA name ("America/Mexico_City",
    # "Europe/Madrid") or "UTC"; times that carry a zone or an epoch are read as written
    time_zone: str = "UTC"
    # a named column an input lacks falls back to the field's default name and usual names (set for --posts files:
    # `--col followers=Seguidores` names the comment rows' column, the posts file keeps its own `followers`)
    named_or_default: bool = False

    def __post_init__(self) -> None:
        if self.date_order not in IO_DATE_ORDERS:
            raise ValueError(f"date_order must be one of {', '.join(IO_DATE_ORDERS)}, not {self.date_order!r}")
        zone_of(self.time_zone)  # a bad name fails here, before any row is read

    def for_posts(self) -> ColumnMap:
        """This map as a posts file reads it: the comment's and its author's fields at their defaults, so that a
        column named for the comment (`--col likes=likes`, the comment's own likes in the dump) does not take the
        posts file's column of that name from the post's field (QA: the posts' likes were lost)."""
        defaults = ColumnMap()
        post_side = {"post_col", "platform_col", *(attr for attr, _ in _POST_FIELDS.values())}
        return replace(self, named_or_default=True, **{name: getattr(defaults, name) for name in self.column_fields()
                                                       if name not in post_side})

    @property
    def tz(self) -> tzinfo:
        """The zone naive times are read in."""
        return zone_of(self.time_zone)

    def time_reader(self, learned: str | None = None) -> Callable[[Any], Any]:
        """How this map reads a time: in its stated day/month order (with "auto", the order `learned` from the
        file so far, if any) and its zone. The one rule for columns and typed records alike."""
        order = self.date_order if self.date_order != "auto" else (learned or "auto")
        return partial(parse_datetime, order=order, tz=self.tz)

    def read_time(self, value: Any):
        """A time given in a typed record (the API's CommentIn.created_at, PostIn.posted_at), read as its columns
        are (QA: CommentIn and PostIn times ignored both the order and the zone)."""
        return self.time_reader()(value)

    @classmethod
    def column_fields(cls) -> list[str]:
        return [f.name for f in fields(cls) if f.name.endswith("_col")]

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, str | None]) -> ColumnMap:
        """Build from {"text": "body", "id_col": "cid", ...}; None values keep the default."""
        names = set(cls.column_fields())
        kw: dict[str, str] = {}
        for key, value in overrides.items():
            if value is None:
                continue
            attr = key if key.endswith("_col") else f"{key}_col"
            if attr not in names:
                raise ValueError(f"unknown column field {key!r}; known: {', '.join(sorted(names))}")
            kw[attr] = value
        return replace(cls(), **kw)


# field -> (ColumnMap attribute, converter)
_COMMENT_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "author": ("author_col", parse_str),
    "author_id": ("author_id_col", parse_id),
    "created_at": ("time_col", parse_datetime),
    "post_id": ("post_col", parse_id),
    "parent_id": ("parent_col", parse_id),
    "likes": ("likes_col", parse_count),
    "platform": ("platform_col", parse_str),
}
_POST_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "creator": ("creator_col", parse_str),
    "creator_id": ("creator_id_col", parse_id),
    "followers": ("followers_col", parse_count),
    "caption": ("caption_col", parse_str),
    "likes": ("post_likes_col", parse_count),
    "comments": ("post_comments_col", parse_count),
    "shares": ("shares_col", parse_count),
    "saves": ("saves_col", parse_count),
    "views": ("views_col", parse_count),
    "posted_at": ("posted_at_col", parse_datetime),
    "sponsored": ("sponsored_col", parse_bool),
    "disclosed": ("disclosed_col", parse_bool),
    "campaign": ("campaign_col", parse_str),
    "fee": ("fee_col", parse_amount),
    "fee_currency": ("fee_col", parse_currency),
    "url": ("url_col", parse_str),
}
_ACCOUNT_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "followers": ("author_followers_col", parse_count),
    "following": ("author_following_col", parse_count),
    "posts": ("author_posts_col", parse_count),
    "created_at": ("author_created_at_col", parse_datetime),
    "default_avatar": ("author_default_avatar_col", parse_bool),
    "verified": ("author_verified_col", parse_bool),
}
# how each AccountInfo field is read (records a caller builds are read as a file's columns are)
ACCOUNT_PARSERS: dict[str, Callable[[Any], Any]] = {name: parse for name, (_, parse) in _ACCOUNT_FIELDS.items()}
# used only when the configured column is absent and the configured name is the default; first match wins.
# Only names that mean the same field in every export we know: no "likes" or "followers" variants (comment or
# post? author or creator?), which a wrong guess would turn into wrong engagement rates.
_ALIASES = {
    "id_col": ("id", "commentid", "comment_id_str", "cid"),
    "text_col": ("comment", "comment_text", "message", "msg", "body", "content", "textoriginal", "textdisplay",
                 "text_original", "text_display", "full_text", "tweet", "comentario", "texto", "mensaje"),
    "author_col": ("username", "user_name", "user", "author_name", "authordisplayname", "screen_name", "handle",
                   "usuario", "autor", "ownerusername", "owner_username", "uniqueid", "unique_id"),  # Apify's
    "time_col": ("timestamp", "created_time", "create_time", "created", "published_at", "publishedat", "date",
                 "datetime", "date_time", "time", "fecha", "createtimeiso", "create_time_iso"),
    "post_col": ("postid", "post", "media_id", "mediaid", "video_id", "videoid", "shortcode", "aweme_id"),
    "parent_col": ("parent_comment_id", "parentid", "parent", "in_reply_to", "reply_to", "respuesta_a",
                   "repliestoid", "replies_to_id"),
    "creator_col": ("creador", "creadora", "influencer"),
    "post_comments_col": ("comments",),
    "author_id_col": ("authorchannelid", "author_channel_id", "user_id", "userid", "from_id"),
    "creator_id_col": ("channelid", "channel_id", "owner_id", "creator_user_id"),
    "url_col": ("url",),
}


@lru_cache(maxsize=16)
def zone_of(name: str) -> tzinfo:
    """The IANA zone of that name ("UTC" included); ValueError naming the problem otherwise."""
    from datetime import timezone
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name.strip().upper() == "UTC":
        return timezone.utc
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError) as e:  # "Mexico" is a folder of zones
        raise ValueError(f"unknown time zone {name!r}: give an IANA name such as America/Mexico_City, "
                         "Europe/Madrid or UTC") from e


def _norm(name: str) -> str:
    return "_".join(name.strip().casefold().replace("-", " ").replace(".", " ").split())


normalise_name = _norm  # how input column names are compared (case, blanks, hyphens and dots ignored)


Plan = tuple[tuple[str, str, Callable[[Any], Any]], ...]  # (field, input key, converter) for present columns


@dataclass(frozen=True)
class Resolved:
    """ColumnMap attribute -> the actual key in the input (only for columns present), and per-record
    conversion plans listing only the present columns (so a row costs what its columns cost)."""

    keys: dict[str, str]
    unmapped: tuple[str, ...]
    aliased: tuple[tuple[str, str], ...] = ()  # (field, input key) matched through _ALIASES
    comment_plan: Plan = ()
    post_plan: Plan = ()
    account_plan: Plan = ()
    post_keys: tuple[str, ...] = ()  # input keys of the post plan, to spot rows repeating the last post
    date_keys: tuple[str, ...] = ()  # input keys of times read in the learned day/month order (date_order auto)
    # columns not read because an earlier one has the same (normalised) name: (name, position, name read,
    # its position), 1-based positions in the input's column order
    shadowed: tuple[tuple[str, int, str, int], ...] = ()
    read: tuple[int, ...] | None = None  # 0-based positions of the columns read, when some are not (shadowed)

    def get(self, attr: str) -> str | None:
        return self.keys.get(attr)

    def record(self, names: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
        """A positional row (CSV, Excel, Parquet) as a record of the columns read: with duplicated names, the
        first column's value, not the last one that `dict(zip(...))` would keep."""
        if self.read is None:
            return dict(zip(names, values, strict=False))
        n = len(values)
        return {names[i]: values[i] for i in self.read if i < n}


def _plan(keys: dict[str, str], spec: dict[str, tuple[str, Callable[[Any], Any]]]) -> Plan:
    """Times keep `parse_datetime` as their converter: the reader applies the map's `time_reader` per row."""
    return tuple((name, keys[attr], convert) for name, (attr, convert) in spec.items() if attr in keys)


def resolve(columns: ColumnMap, available: Iterable[str]) -> Resolved:
    """Match configured column names against the input's keys (case-insensitive, blanks ignored). `available` in
    the input's order, duplicates included: of keys alike, the first is the column (see `Resolved.shadowed`)."""
    by_norm: dict[str, str] = {}
    first_at: dict[str, int] = {}
    shadowed: list[tuple[str, int, str, int]] = []
    read: list[int] = []
    for i, key in enumerate(available):
        if isinstance(key, str):
            norm = _norm(key)
            if norm not in first_at:
                by_norm[norm], first_at[norm] = key, i
            elif norm:  # blank names are never read, so not reported either
                shadowed.append((key, i + 1, by_norm[norm], first_at[norm] + 1))
                continue
        read.append(i)
    keys: dict[str, str] = {}
    defaults = ColumnMap()
    wanted_of = {name: getattr(columns, name) for name in columns.column_fields()}
    # exact (normalised) names first, so an alias never takes a named column; of those, the names a caller gave
    # before the defaults: `--col author_followers=Followers` takes "Followers" from the creator's `followers`
    named = sorted(wanted_of, key=lambda name: wanted_of[name] == getattr(defaults, name))
    for name in named:
        wanted = wanted_of[name]
        actual = by_norm.get(_norm(wanted))
        if actual is None and columns.named_or_default:
            actual = by_norm.get(_norm(getattr(defaults, name)))
        if actual is not None and actual not in keys.values():
            keys[name] = actual
    aliased: list[tuple[str, str]] = []
    for name, wanted in wanted_of.items():
        if name in keys or (wanted != getattr(defaults, name) and not columns.named_or_default):
            continue
        for alias in _ALIASES.get(name, ()):
            actual = by_norm.get(alias)
            if actual is not None and actual not in keys.values():
                keys[name] = actual
                aliased.append((name, actual))
                break
    used = set(keys.values())
    unmapped = tuple(k for k in by_norm.values() if k not in used and k.strip())
    plans = [_plan(keys, spec) for spec in (_COMMENT_FIELDS, _POST_FIELDS, _ACCOUNT_FIELDS)]
    return Resolved(
        keys,
        unmapped,
        tuple(aliased),
        *plans,
        tuple(key for _, key, _ in plans[1]),
        tuple(key for plan in plans for _, key, convert in plan if convert is parse_datetime)
        if columns.date_order == "auto" else (),
        tuple(shadowed),
        tuple(read) if shadowed else None,
    )


_ORDER_NAMES = {"dmy": "day first (dd/mm/yyyy)", "mdy": "month first (mm/dd/yyyy)"}


class DateOrderLearner:
    """The day/month order of one input, learned from its own dates (`--date-order auto`).

    A Spanish or UK export writes 25/03/2024, a US one 03/25/2024; 05/03/2024 is either. One input is written
    in one locale, so the first date that proves an order settles the ambiguous ones of the same input. An input
    whose dates prove both orders is mixed: from then on its ambiguous dates are not read (as with no evidence).
    """

    def __init__(self) -> None:
        self.order: str | None = None  # the learned order while it stands; None: unknown or mixed
        self.mixed = False
        self._proof: tuple[int, str] | None = None  # (row, value) that settled the order

    def observe(self, rec: Mapping[str, Any], res: Resolved, row: int) -> tuple[bool, str | None]:
        """Take in a row's dates: (whether one of them is ambiguous with the order still unknown, the file note
        this row's evidence calls for, if any)."""
        waiting, note = False, None
        for key in res.date_keys:
            said = day_month_order(rec.get(key))
            if said == "either":
                waiting = True
            elif said in _ORDER_NAMES and not self.mixed:
                if self.order is None:
                    self.order, self._proof = said, (row, rec.get(key))
                    note = f"dates read {_ORDER_NAMES[said]}, as row {row} proves ({rec.get(key)!r})"
                elif said != self.order:
                    first_row, first = self._proof
                    self.order, self.mixed = None, True
                    note = (f"dates in both day/month orders (row {first_row}: {first!r}, row {row}: "
                            f"{rec.get(key)!r}): ambiguous ones from row {row} on are not read; pass --date-order")
        return waiting and self.order is None and not self.mixed, note


def _input_chars(item: Any) -> int:
    """About how much input a held item keeps in memory: its raw line, else its string values."""
    if not isinstance(item, PendingRow):
        return 0
    if isinstance(item.raw, str):
        return len(item.raw)
    return sum(len(v) for v in item.rec.values() if isinstance(v, str))


@dataclass(frozen=True, slots=True)
class PendingRow:
    """One input record on its way to `RowMapper.map_rows` (the readers yield these, the mapper turns them into
    events), so rows can wait for the input's day/month order without leaving input order."""

    rec: Mapping[str, Any]
    row: int
    res: Resolved
    raw: Any = None
    reply: int = 0  # k > 0: the k-th reply nested in the record of `row` (JSON scrapers nest replies in comments)


class RowMapper:
    """Turns one input record (a dict of column -> value) into a CommentIn/RowError plus a PostRecord."""

    def __init__(self, columns: ColumnMap, label: str, stem: str, platform: str | None = None) -> None:
        self.columns = columns
        self.label = label
        self.stem = stem
        self.platform = platform
        self._last_post: tuple[Any, ...] | None = None
        self.dates = DateOrderLearner()  # consulted only for times read with date_order "auto" (Resolved.date_keys)

    def map_rows(self, items: Iterable[Any], mode: str = "comments", window: int | None = None) -> Iterator[Any]:
        """Events of a stream of `PendingRow`s (mapped as comments, or posts for mode "posts") and other events
        (passed through), in input order. A row whose date only a known day/month order can read waits, with
        everything after it, until a later row proves the order, the input ends, or the waiting items reach
        `window` (default IO_DATE_ORDER_WINDOW) or IO_DATE_ORDER_WINDOW_CHARS characters of input (huge texts);
        then they are mapped with what is known by then."""
        window = IO_DATE_ORDER_WINDOW if window is None else max(1, window)
        emit = self.comment if mode == "comments" else self.post_row
        held: deque[Any] = deque()
        held_chars = 0
        noted: set[tuple[tuple[str, int, str, int], ...]] = set()

        def mapped(item: Any) -> Iterator[Any]:
            if isinstance(item, PendingRow):
                out = emit(item.rec, item.row, item.res, item.raw, item.reply) if item.reply else \
                    emit(item.rec, item.row, item.res, item.raw)
                yield from (x for x in out if x is not None)
            else:
                yield item

        def release() -> Iterator[Any]:
            nonlocal held_chars
            held_chars = 0
            while held:
                yield from mapped(held.popleft())

        for item in items:
            waiting = False
            if isinstance(item, PendingRow) and item.res.shadowed and item.res.shadowed not in noted:
                noted.add(item.res.shadowed)
                yield FileNote(duplicate_note(self.label, item.res))
            if isinstance(item, PendingRow) and item.res.date_keys:
                waiting, note = self.dates.observe(item.rec, item.res, item.row)
                if note:
                    yield FileNote(f"{self.label}: {note}")
                if self.dates.order is not None or self.dates.mixed:
                    yield from release()  # settled: the held rows are read with it
            if waiting or held:
                held.append(item)
                held_chars += _input_chars(item)
                if len(held) >= window or held_chars >= IO_DATE_ORDER_WINDOW_CHARS:
                    yield from release()
                continue
            yield from mapped(item)
        yield from release()

    def comment(self, rec: Mapping[str, Any], row: int, res: Resolved, raw: Any = None, reply: int = 0) -> Emitted:
        """(a PostRecord for the row's post_id, or None when it repeats the previous row; the CommentIn or RowError).
        `reply` k > 0: the record is the k-th reply nested in the row's record (its errors say so)."""
        id_key, text_key = res.keys.get("id_col"), res.keys.get("text_col")
        where = f"reply {reply}: " if reply else ""
        try:
            cid = parse_id(rec.get(id_key)) if id_key else None
        except CoerceError as e:
            return None, self._error(row, f"{where}bad comment_id: {e}", None, raw, rec)
        text = rec.get(text_key) if text_key else None
        problem = text_problem(text)
        if problem:
            if text_key is None or text_key not in rec:
                problem = f"missing text field {self.columns.text_col!r}"
            return None, self._error(row, where + problem, cid, raw, rec)
        notes: list[str] = []
        if cid is None:
            cid = generated_id(self.stem, row, reply)
            notes.append(GENERATED_ID_NOTE)
        values = self._convert(rec, res.comment_plan, notes) if res.comment_plan else {}
        platform = values.get("platform")
        if platform:
            values["platform"] = platform.lower()
        elif self.platform:
            values["platform"] = self.platform
        account = None
        if res.account_plan:
            account_values = self._convert(rec, res.account_plan, notes)
            if any(v is not None for v in account_values.values()):
                account = AccountInfo(**account_values)
        post = self._post(rec, res, values.get("post_id"), values.get("platform"), notes, row, per_row=True)
        # every unread column, an empty one as None: `--keep-columns all` then writes the input's columns in their
        # order whatever the first rows hold, so a daily pipeline's schema does not change with the dump
        extra: dict[str, Any] = {k: None if is_missing(v := rec.get(k)) else v for k in res.unmapped}
        if notes:
            extra[NOTES_KEY] = notes
        comment = CommentIn(
            comment_id=cid,
            text=text,
            account=account,
            source=f"{self.label}:{row}",
            extra=extra,
            reply=reply,
            **values,
        )
        return post, comment

    def post_row(self, rec: Mapping[str, Any], row: int, res: Resolved, raw: Any = None) -> Emitted:
        """A row of a posts file: (PostRecord, None), or (None, RowError) without a usable post_id."""
        key = res.keys.get("post_col")
        try:
            post_id = parse_id(rec.get(key)) if key else None
        except CoerceError as e:
            return None, self._error(row, f"bad post_id: {e}", None, raw, rec)
        if post_id is None:
            return None, self._error(row, f"missing post_id ({self.columns.post_col!r})", None, raw, rec)
        platform = None
        if "platform_col" in res.keys:
            try:
                platform = parse_str(rec.get(res.keys["platform_col"]))
            except CoerceError:
                platform = None
        platform = (platform or self.platform or "").lower() or None
        self._last_post = None  # every row of a posts file is a post record
        notes: list[str] = []
        post = self._post(rec, res, post_id, platform, notes, row)
        if post is not None:
            post.notes = notes
        return post, None

    def _post(
        self,
        rec: Mapping[str, Any],
        res: Resolved,
        post_id: str | None,
        platform: str | None,
        notes: list[str],
        row: int | None = None,
        per_row: bool = False,
    ) -> PostRecord | None:
        if post_id is None:
            return None
        # post columns repeat on every comment row: skip a row that repeats the previous row's post verbatim
        signature = (post_id, platform, *map(rec.get, res.post_keys))
        if signature == self._last_post:
            return None
        self._last_post = signature
        values = self._convert(rec, res.post_plan, notes, prefix="post ")
        return PostRecord(PostIn(post_id=post_id, platform=platform, **values), source=self.label, row=row,
                          per_row=per_row)

    def _convert(self, rec: Mapping[str, Any], plan: Plan, notes: list[str], prefix: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, key, convert in plan:
            if convert is parse_datetime:
                convert = self.columns.time_reader(self.dates.order)
            out[name] = parse_or_note(convert, rec.get(key), f"{prefix}{name}", notes)
        return out

    def _error(self, row: int, message: str, cid: str | None, raw: Any, rec: Any) -> RowError:
        shown = raw if raw is not None else rec
        return RowError(source=self.label, row=row, error=message, comment_id=cid, raw=excerpt(shown))


def generated_id(stem: str, row: int, reply: int = 0) -> str:
    """The id a comment without one gets: "{file-stem}:{row}", and ".{k}" for the k-th reply nested in that row."""
    return f"{stem}:{row}.{reply}" if reply else f"{stem}:{row}"


def alias_note(label: str, res: Resolved) -> str | None:
    """The file note saying which columns were found under another name, or None."""
    if not res.aliased:
        return None
    shown = ", ".join(f"{name.removesuffix('_col')} <- {key!r}" for name, key in res.aliased)
    return f"{label}: columns matched by their usual names: {shown} (name others with --text-col etc.; in Python, ColumnMap(text_col=...))"


def duplicate_note(label: str, res: Resolved) -> str:
    """The file note naming the columns not read because an earlier column has the same name."""
    groups: dict[tuple[str, int], list[str]] = {}
    for name, pos, first, first_pos in res.shadowed:
        groups.setdefault((first, first_pos), []).append(f"column {pos} {name!r}")
    shown = "; ".join(f"column {pos} {first!r} (not {', '.join(others)})" for (first, pos), others in groups.items())
    return (f"{label}: columns named alike, the first of each is read: {shown}; names match ignoring case, "
            "spaces, hyphens and dots, so rename a column to have it read")
