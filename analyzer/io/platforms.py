"""Streaming parsers for platform exports, written against each platform's public API documentation.

- YouTube Data API v3: `commentThreadListResponse` (threads with `replies.comments[]`), `commentListResponse`,
  `videoListResponse` (snippet + statistics + `paidProductPlacementDetails.hasPaidProductPlacement`) and
  `channelListResponse` (`statistics.subscriberCount`, joined to videos through `snippet.channelId`).
- Instagram Graph API: an IG Media object (`caption`, `like_count`, `comments_count`, `timestamp`,
  `comments.data[]` with `replies.data[]`), a media list (`data[]`), the comments edge (`data[]` of comments)
  and an IG User / `business_discovery` object (`followers_count`, `media.data[]`). The Graph API documents no
  read field for the paid-partnership label, so Instagram Graph posts leave `sponsored` unset.
- instaloader: a post's `{node, instaloader}` JSON (`.json` or `.json.xz`; `edge_media_to_sponsor_user` gives
  the paid-partnership flag) and its sibling `<name>_comments.json` (a list of comments with `answers`).
- TikTok Research API: `data.comments[]` (id, text, video_id, parent_comment_id, like_count, reply_count,
  create_time) and `data.videos[]` (like/comment/share/view counts, username, video_description, create_time).
  The comment object has no author field. `is_branded_content` is read when present but the Research API
  video query does not document it.

Each accepts one response per file, a JSON array of responses (or of bare resources), one response per line
(JSONL), or responses / arrays written one after another, as pagination loops produce. Big arrays are streamed
with ijson; one page (at most 100 resources on these APIs) or one media object is the largest unit held in
memory. `row` in errors and sources is the 1-based ordinal of the comment within the file.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import AccountInfo, CommentIn, PostIn, RowError
from .coerce import (
    excerpt,
    parse_bool,
    parse_count,
    parse_datetime,
    parse_id,
    parse_or_note,
    parse_str,
    text_problem,
    type_name,
)
from .columns import GENERATED_ID_NOTE, NOTES_KEY
from .errors import CoerceError, InputError
from .events import CreatorRecord, FileNote, PostRecord
from .jsonvalues import first_line, later_units
from .sources import Source
from .tabular import nested_replies

Event = Any  # CommentIn | RowError | PostRecord | CreatorRecord | FileNote


@dataclass
class _Broken:
    """A JSON parse error; documents end there, JSONL files go on with the next line."""

    message: str
    line: int | None = None


def _items(src: Source, prefix: str, appended: bool = False) -> Iterator[Any]:
    """Values at `prefix`. `appended`: the values are the file's self-contained units, which go on across JSON
    values written one after another (appended API pages, jsonvalues): the documents (""), the elements of each
    top-level array ("item"), or the items of each response ("items.item")."""
    import ijson

    n = 0
    with src.open_json_bytes() as f:
        it = ijson.items(f, prefix, use_float=True, multiple_values=appended and prefix != "item")
        while True:
            try:
                obj = next(it)
            except StopIteration:
                return
            except ijson.JSONError as e:
                if appended and prefix == "item":  # more arrays or responses may follow (jsonvalues)
                    error = e
                    break
                yield _Broken(first_line(e))
                return
            n += 1
            yield obj
    try:  # the first array's n elements were yielded above
        for kind, value in later_units(src, n, error):
            if kind != "array":
                yield value
    except ijson.JSONError as e:
        yield _Broken(first_line(e))


def _scalars(src: Source, wanted: set[str]) -> dict[str, Any]:
    """Values at the given ijson prefixes (scalars only), in one streaming pass that skips big arrays."""
    import ijson

    found: dict[str, Any] = {}
    with src.open_json_bytes() as f:
        try:
            for prefix, event, value in ijson.parse(f, use_float=True):
                if prefix in wanted and event not in ("start_map", "start_array", "end_map", "end_array"):
                    found.setdefault(prefix, value)
        except ijson.JSONError:
            pass  # the streaming pass that follows reports the error
    return found


def _json_lines(src: Source) -> Iterator[Any]:
    with src.open_text() as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as e:
                yield _Broken(f"invalid JSON on line {lineno}: {getattr(e, 'msg', e)}", lineno)


def _elements(src: Source, big_prefix: str | None) -> Iterator[Any]:
    """The file's top-level units: lines, array elements, the items of one big array, or the document."""
    assert src.shape is not None
    if src.shape.container == "lines":
        yield from _json_lines(src)
    elif src.shape.container == "array":
        yield from _items(src, "item", appended=True)
    else:
        yield from _items(src, big_prefix or "", appended=True)


def _html_to_text(s: str) -> str:
    """YouTube `textDisplay` may be HTML (<br>, <a href>, &amp;); used only when `textOriginal` is absent."""
    if "<" not in s and "&" not in s:
        return s
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


class _Emitter:
    """Builds comments with the shared row policy (see columns.py) and numbers them within the file."""

    def __init__(self, src: Source, platform: str) -> None:
        self.src = src
        self.platform = platform
        self.n = 0
        self._last_post: str | None = None

    def broken(self, b: _Broken) -> RowError:
        if b.line is not None:
            return RowError(self.src.label, None, b.message)
        return RowError(
            self.src.label,
            self.n + 1,
            f"invalid JSON after comment {self.n}: {b.message}; rest of file skipped",
        )

    def error(self, message: str, raw: Any, cid: str | None = None) -> RowError:
        self.n += 1
        return RowError(self.src.label, self.n, message, cid, excerpt(raw))

    def post_of_comment(self, post_id: str | None, creator_key: str | None = None) -> PostRecord | None:
        """A bare post record the first time a comment names a post, so comment-only exports list posts."""
        if post_id is None or post_id == self._last_post:
            return None
        self._last_post = post_id
        return PostRecord(PostIn(post_id=post_id, platform=self.platform, creator_id=creator_key), creator_key)

    def comment(
        self,
        raw: Any,
        *,
        cid: Any,
        text: Any,
        text_field: str,
        author: Any = None,
        created_at: Any = None,
        post_id: Any = None,
        parent_id: Any = None,
        likes: Any = None,
        account: AccountInfo | None = None,
        extra: dict[str, Any] | None = None,
        author_id: Any = None,
        creator_id: Any = None,
    ) -> CommentIn | RowError:
        self.n += 1
        row = self.n
        label = self.src.label
        try:
            comment_id = parse_id(cid)
        except CoerceError as e:
            return RowError(label, row, f"bad comment_id: {e}", None, excerpt(raw))
        problem = text_problem(text)
        if problem:
            if text is None and not (isinstance(raw, dict) and text_field in raw):
                problem = f"missing text field {text_field!r}"
            return RowError(label, row, problem, comment_id, excerpt(raw))
        notes: list[str] = []
        if comment_id is None:
            comment_id = f"{self.src.stem}:{row}"
            notes.append(GENERATED_ID_NOTE)
        extra = {k: v for k, v in (extra or {}).items() if v is not None}
        values = {
            "author": self._field(parse_str, author, "author", notes),
            "created_at": self._field(parse_datetime, created_at, "created_at", notes),
            "post_id": self._field(parse_id, post_id, "post_id", notes),
            "parent_id": self._field(parse_id, parent_id, "parent_id", notes),
            "likes": self._field(parse_count, likes, "likes", notes),
            "author_id": self._field(parse_id, author_id, "author_id", notes),
            "creator_id": _safe(parse_id, creator_id),
        }
        if notes:
            extra[NOTES_KEY] = notes
        return CommentIn(
            comment_id=comment_id,
            text=text,
            platform=self.platform,
            account=account,
            source=f"{label}:{row}",
            extra=extra,
            **values,
        )

    _field = staticmethod(parse_or_note)


def _safe(convert: Callable[[Any], Any], value: Any) -> Any:
    """Ids and keys: a bad value is None (a post without an id is no post; the export's comments still count)."""
    try:
        return convert(value)
    except CoerceError:
        return None


class _PostFields:
    """A post's fields: a bad value is dropped and noted; the reader reports each note as a "post_field"
    warning (a post is not a row, so nothing is lost from the count, but a dropped like count moves a rate)."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def __call__(self, convert: Callable[[Any], Any], value: Any, name: str) -> Any:
        return parse_or_note(convert, value, f"post {name}", self.notes)


# ---------------------------------------------------------------------------------------------------------
# YouTube Data API v3
# ---------------------------------------------------------------------------------------------------------
def _yt_comment(
    em: _Emitter, c: Any, *, video_id: Any, parent_id: Any = None, replies: Any = None
) -> CommentIn | RowError:
    sn = _get(c, "snippet") or {}
    text = sn.get("textOriginal")
    field = "textOriginal"
    if text is None and isinstance(sn.get("textDisplay"), str):
        text, field = _html_to_text(sn["textDisplay"]), "textDisplay"
    return em.comment(
        sn if sn else c,
        cid=_get(c, "id"),
        text=text,
        text_field=field,
        author=sn.get("authorDisplayName"),
        created_at=sn.get("publishedAt"),
        post_id=sn.get("videoId") or video_id,
        parent_id=sn.get("parentId") or parent_id,
        likes=sn.get("likeCount"),
        author_id=_get(sn, "authorChannelId", "value"),
        creator_id=sn.get("channelId"),  # the channel the comment is on (its video's), not the author's
        extra={
            "reply_count": replies,
            "moderation_status": sn.get("moderationStatus"),
        },
    )


def _yt_video(v: dict[str, Any]) -> PostRecord | None:
    vid = _safe(parse_id, v.get("id"))
    if vid is None:
        return None
    chk = _PostFields()
    sn = v.get("snippet") or {}
    st = v.get("statistics") or {}
    title, desc = sn.get("title"), sn.get("description")
    caption = "\n".join(x for x in (title, desc) if isinstance(x, str) and x) or None
    paid = chk(parse_bool, _get(v, "paidProductPlacementDetails", "hasPaidProductPlacement"), "sponsored")
    post = PostIn(
        post_id=vid,
        creator=chk(parse_str, sn.get("channelTitle"), "creator"),
        caption=caption,
        likes=chk(parse_count, st.get("likeCount"), "likes"),
        comments=chk(parse_count, st.get("commentCount"), "comments"),
        views=chk(parse_count, st.get("viewCount"), "views"),
        posted_at=chk(parse_datetime, sn.get("publishedAt"), "posted_at"),
        platform="youtube",
        sponsored=paid,
        disclosed=paid,  # the box makes YouTube show "Includes paid promotion": the platform's own label
        url=f"https://www.youtube.com/watch?v={vid}",
        creator_id=_safe(parse_id, sn.get("channelId")),
    )
    return PostRecord(post, _safe(parse_id, sn.get("channelId")), notes=chk.notes)


def _yt_resource(em: _Emitter, r: Any) -> Iterator[Event]:
    kind = _get(r, "kind")
    if kind == "youtube#commentThread":
        sn = r.get("snippet") or {}
        video_id = sn.get("videoId")
        post = em.post_of_comment(_safe(parse_id, video_id), _safe(parse_id, sn.get("channelId")))
        if post:
            yield post
        top = sn.get("topLevelComment")
        if top is None:  # the thread's own comment is missing (deleted, trimmed export): its replies are not
            yield em.error("comment thread without topLevelComment", r, _safe(parse_id, r.get("id")))
            parent = r.get("id")  # a thread's id is its top comment's id
        else:
            yield _yt_comment(em, top, video_id=video_id, replies=sn.get("totalReplyCount"))
            parent = _get(top, "id")
        for reply in _get(r, "replies", "comments") or []:
            yield _yt_comment(em, reply, video_id=video_id, parent_id=parent)
    elif kind == "youtube#comment":
        yield _yt_comment(em, r, video_id=None)
    elif kind == "youtube#video":
        rec = _yt_video(r)
        if rec:
            yield rec
    elif kind == "youtube#channel":
        key = _safe(parse_id, r.get("id"))
        if key:
            st = r.get("statistics") or {}
            hidden = st.get("hiddenSubscriberCount") is True
            followers = None if hidden else _safe(parse_count, st.get("subscriberCount"))
            yield CreatorRecord(key, followers, _safe(parse_str, _get(r, "snippet", "title")))
    else:
        yield em.error(f"unsupported YouTube resource kind: {kind!r}", r)


def iter_youtube(src: Source) -> Iterator[Event]:
    em = _Emitter(src, "youtube")
    assert src.shape is not None
    big = "items.item" if "items" in src.shape.top_keys else None
    for el in _elements(src, big):
        if isinstance(el, _Broken):
            yield em.broken(el)
            continue
        if (
            isinstance(el, dict)
            and isinstance(el.get("items"), list)
            and "ListResponse" in str(el.get("kind"))
        ):
            for r in el["items"]:
                yield from _yt_resource(em, r)
        else:
            yield from _yt_resource(em, el)


# ---------------------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------------------
_IG_MEDIA_SCALARS = ("id", "caption", "like_count", "comments_count", "timestamp", "username", "permalink")


def _ig_post(
    m: dict[str, Any], creator: str | None = None, followers: int | None = None
) -> PostRecord | None:
    mid = _safe(parse_id, m.get("id"))
    if mid is None:
        return None
    chk = _PostFields()
    post = PostIn(
        post_id=mid,
        creator=chk(parse_str, m.get("username"), "creator")
        or chk(parse_str, _get(m, "owner", "username"), "creator")
        or creator,
        followers=followers,
        caption=chk(parse_str, m.get("caption"), "caption"),
        likes=chk(parse_count, m.get("like_count"), "likes"),
        comments=chk(parse_count, m.get("comments_count"), "comments"),
        posted_at=chk(parse_datetime, m.get("timestamp"), "posted_at"),
        platform="instagram",
        url=chk(parse_str, m.get("permalink"), "url"),
        creator_id=_safe(parse_id, _get(m, "owner", "id")),
    )
    return PostRecord(post, notes=chk.notes)


def _ig_comment(em: _Emitter, c: Any, media_id: Any, parent_id: Any = None) -> Iterator[Event]:
    if not isinstance(c, dict):
        yield em.error(f"comment is not an object: {type_name(c)}", c)
        return
    made = em.comment(
        c,
        cid=c.get("id"),
        text=c.get("text"),
        text_field="text",
        author=c.get("username") or _get(c, "from", "username"),
        created_at=c.get("timestamp"),
        post_id=media_id or _get(c, "media", "id"),
        parent_id=c.get("parent_id") or parent_id,
        likes=c.get("like_count"),
        author_id=_get(c, "from", "id"),
        extra={"hidden": c.get("hidden")},
    )
    yield made
    # replies point at the id the comment got (a generated one when the export left it out); they nest where the
    # generic JSON reader finds them: the Graph API's `replies.data`, a scraper's bare `replies: [...]` (QA: that
    # list was dropped without a word when a file of such comments read as Instagram)
    own_id = made.comment_id if isinstance(made, CommentIn) else c.get("id")
    found = nested_replies(c)
    for reply in found[1] if found else ():
        yield from _ig_comment(em, reply, media_id, parent_id=own_id)


def _ig_media(
    em: _Emitter, m: Any, creator: str | None = None, followers: int | None = None
) -> Iterator[Event]:
    if not isinstance(m, dict):
        yield em.error(f"media is not an object: {type_name(m)}", m)
        return
    rec = _ig_post(m, creator, followers)
    if rec:
        yield rec
    media_id = rec.post.post_id if rec else None
    for c in _get(m, "comments", "data") or []:
        yield from _ig_comment(em, c, media_id)


def _ig_is_comment(el: Any) -> bool:
    return isinstance(el, dict) and "text" in el and not (set(el) & {"caption", "comments_count", "media_type"})


def _ig_element(em: _Emitter, el: Any) -> Iterator[Event]:
    """One element of an array or JSONL save: a media object, a comment, or a whole response as a pagination loop
    saves it (`{"data": [...], "paging": ...}` of media or of comments, a user / business_discovery response)."""
    if _ig_is_comment(el):
        yield from _ig_comment(em, el, None)
        return
    if isinstance(el, dict) and ("business_discovery" in el or ("media" in el and "id" not in el)):
        user = el.get("business_discovery", el)
        followers = _safe(parse_count, user.get("followers_count")) if isinstance(user, dict) else None
        creator = _safe(parse_str, user.get("username")) if isinstance(user, dict) else None
        for m in _get(user, "media", "data") or []:
            yield from _ig_media(em, m, creator, followers)
        return
    if isinstance(el, dict) and isinstance(el.get("data"), list) and not (set(el) & {"id", "text", "caption"}):
        for item in el["data"]:
            yield from _ig_comment(em, item, None) if _ig_is_comment(item) else _ig_media(em, item)
        return
    yield from _ig_media(em, el)


def iter_instagram(src: Source) -> Iterator[Event]:
    em = _Emitter(src, "instagram")
    assert src.shape is not None
    kind, container = src.kind, src.shape.container
    if container != "object":
        for el in _elements(src, None):
            if isinstance(el, _Broken):
                yield em.broken(el)
            else:
                yield from _ig_element(em, el)
        return
    if kind == "media":
        # The Graph API often puts "id" after "comments": read the scalars first, then stream the comments.
        head = _scalars(src, {*_IG_MEDIA_SCALARS, "owner.username"})
        media = {k: head.get(k) for k in _IG_MEDIA_SCALARS}
        media["owner"] = {"username": head.get("owner.username")}
        rec = _ig_post(media)
        if rec:
            yield rec
        media_id = rec.post.post_id if rec else None
        for c in _items(src, "comments.data.item"):
            if isinstance(c, _Broken):
                yield em.broken(c)
            else:
                yield from _ig_comment(em, c, media_id)
    elif kind == "user":
        base = "business_discovery." if "business_discovery" in src.shape.top_keys else ""
        head = _scalars(src, {f"{base}followers_count", f"{base}username"})
        followers = _safe(parse_count, head.get(f"{base}followers_count"))
        creator = _safe(parse_str, head.get(f"{base}username"))
        for m in _items(src, f"{base}media.data.item"):
            if isinstance(m, _Broken):
                yield em.broken(m)
            else:
                yield from _ig_media(em, m, creator, followers)
    elif kind == "media_list":
        for m in _items(src, "data.item"):
            if isinstance(m, _Broken):
                yield em.broken(m)
            else:
                yield from _ig_media(em, m)
    else:  # comments edge
        for c in _items(src, "data.item"):
            if isinstance(c, _Broken):
                yield em.broken(c)
            else:
                yield from _ig_comment(em, c, None)


# ---------------------------------------------------------------------------------------------------------
# instaloader
# ---------------------------------------------------------------------------------------------------------
def _instaloader_post(doc: Any) -> PostRecord | None:
    node = doc.get("node") if isinstance(doc, dict) else None
    if not isinstance(node, dict):
        return None
    shortcode = _safe(parse_id, node.get("shortcode") or node.get("code"))
    if shortcode is None:
        return None
    chk = _PostFields()
    edges = _get(node, "edge_media_to_caption", "edges") or []
    caption = _get(edges[0], "node", "text") if edges else node.get("caption")
    likes = _get(node, "edge_media_preview_like", "count")
    if likes is None:
        likes = _get(node, "edge_liked_by", "count")
    comments = _get(node, "edge_media_to_comment", "count")
    if comments is None:
        comments = _get(node, "edge_media_to_parent_comment", "count")
    sponsor_edges = _get(node, "edge_media_to_sponsor_user", "edges")
    if isinstance(sponsor_edges, list):
        sponsored: bool | None = bool(sponsor_edges)
    else:
        sponsored = chk(parse_bool, node.get("is_paid_partnership"), "sponsored")
    owner = node.get("owner") or {}
    post = PostIn(
        post_id=shortcode,
        creator=chk(parse_str, owner.get("username"), "creator"),
        followers=chk(parse_count, _get(owner, "edge_followed_by", "count"), "followers"),
        caption=chk(parse_str, caption, "caption"),
        likes=chk(parse_count, likes, "likes"),
        comments=chk(parse_count, comments, "comments"),
        views=chk(parse_count, node.get("video_view_count"), "views") if node.get("is_video") else None,
        posted_at=chk(parse_datetime, node.get("taken_at_timestamp") or node.get("date"), "posted_at"),
        platform="instagram",
        sponsored=sponsored,
        disclosed=sponsored,  # the sponsor tag is Instagram's "Paid partnership" label
        url=f"https://www.instagram.com/p/{shortcode}/",
    )
    return PostRecord(post, notes=chk.notes)


def _load_json(path: Path) -> Any:
    src = Source(path)
    with src.open_bytes() as f:
        return json.load(f)


def _instaloader_sibling(path: Path) -> Path | None:
    name = path.name
    for suffix in ("_comments.json", "_comments.json.xz"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            for ext in (".json", ".json.xz"):
                candidate = path.with_name(base + ext)
                if candidate.is_file():
                    return candidate
    return None


def _il_comment(em: _Emitter, c: Any, post_id: str | None, parent_id: Any = None) -> Iterator[Event]:
    if not isinstance(c, dict):
        yield em.error(f"comment is not an object: {type_name(c)}", c)
        return
    owner = c.get("owner") or {}
    verified = owner.get("is_verified")
    made = em.comment(
        c,
        cid=c.get("id"),
        text=c.get("text"),
        text_field="text",
        author=owner.get("username"),
        created_at=c.get("created_at"),
        post_id=post_id,
        parent_id=parent_id,
        likes=c.get("likes_count"),
        account=AccountInfo(verified=verified) if isinstance(verified, bool) else None,
        author_id=owner.get("id"),
    )
    yield made
    # answers point at the id the comment got: a generated one when instaloader's record has none (as _ig_comment)
    own_id = made.comment_id if isinstance(made, CommentIn) else c.get("id")
    for answer in c.get("answers") or []:
        yield from _il_comment(em, answer, post_id, parent_id=own_id)


def iter_instaloader(src: Source) -> Iterator[Event]:
    em = _Emitter(src, "instagram")
    if src.kind == "post":
        for doc in _items(src, ""):
            if isinstance(doc, _Broken):
                yield em.broken(doc)
            elif (rec := _instaloader_post(doc)) is not None:
                yield rec
            else:
                yield FileNote(f"{src.label}: instaloader JSON without a post node")
        return
    sibling = _instaloader_sibling(src.path)
    post_id: str | None = None
    if sibling is not None:
        try:
            rec = _instaloader_post(_load_json(sibling))
        except (OSError, ValueError, EOFError) as e:
            rec = None
            yield FileNote(f"{src.label}: cannot read the post file {sibling.name}: {e}")
        if rec:
            post_id = rec.post.post_id
            yield rec
    if post_id is None:
        name = src.path.name
        post_id = name[: name.index("_comments.json")] if "_comments.json" in name else src.stem
        yield FileNote(f"{src.label}: no sibling post JSON; comments keyed to post_id {post_id!r}")
        yield PostRecord(PostIn(post_id=post_id, platform="instagram"))
    for el in _elements(src, None):
        if isinstance(el, _Broken):
            yield em.broken(el)
        else:
            yield from _il_comment(em, el, post_id)


# ---------------------------------------------------------------------------------------------------------
# TikTok Research API
# ---------------------------------------------------------------------------------------------------------
def _tt_comment(em: _Emitter, c: Any) -> Iterator[Event]:
    if not isinstance(c, dict):
        yield em.error(f"comment is not an object: {type_name(c)}", c)
        return
    video_id = _safe(parse_id, c.get("video_id"))
    parent = _safe(parse_id, c.get("parent_comment_id"))
    if parent in (None, "0", video_id):  # top-level comments point at the video (or nothing)
        parent = None
    post = em.post_of_comment(video_id)
    if post:
        yield post
    yield em.comment(
        c,
        cid=c.get("id"),
        text=c.get("text"),
        text_field="text",
        created_at=c.get("create_time"),
        post_id=video_id,
        parent_id=parent,
        likes=c.get("like_count"),
        extra={"reply_count": c.get("reply_count")},
    )


def _tt_video(v: Any) -> PostRecord | None:
    if not isinstance(v, dict):
        return None
    vid = _safe(parse_id, v.get("id"))
    if vid is None:
        return None
    chk = _PostFields()
    user = chk(parse_str, v.get("username"), "creator")
    saves = v.get("favourites_count", v.get("favorites_count"))
    branded = chk(parse_bool, v.get("is_branded_content"), "sponsored")
    post = PostIn(
        post_id=vid,
        creator=user,
        caption=chk(parse_str, v.get("video_description"), "caption"),
        likes=chk(parse_count, v.get("like_count"), "likes"),
        comments=chk(parse_count, v.get("comment_count"), "comments"),
        shares=chk(parse_count, v.get("share_count"), "shares"),
        saves=chk(parse_count, saves, "saves"),
        views=chk(parse_count, v.get("view_count"), "views"),
        posted_at=chk(parse_datetime, v.get("create_time"), "posted_at"),
        platform="tiktok",
        sponsored=branded,
        disclosed=branded,
        url=f"https://www.tiktok.com/@{user}/video/{vid}" if user else None,
    )
    return PostRecord(post, notes=chk.notes)


def iter_tiktok(src: Source) -> Iterator[Event]:
    em = _Emitter(src, "tiktok")
    assert src.shape is not None
    key = "videos" if src.kind == "videos" else "comments"
    big = f"data.{key}.item" if src.shape.container == "object" else None
    for el in _elements(src, big):
        if isinstance(el, _Broken):
            yield em.broken(el)
            continue
        page = el.get("data") if isinstance(el, dict) and isinstance(el.get("data"), dict) else None
        if page is not None:
            code = _get(el, "error", "code")
            if code not in (None, "ok"):
                yield FileNote(f"{src.label}: TikTok API error {code!r}: {_get(el, 'error', 'message')}")
            units = page.get(key) or []
        else:
            units = [el]
        for unit in units:
            if key == "comments":
                yield from _tt_comment(em, unit)
            elif (rec := _tt_video(unit)) is not None:
                yield rec


PARSERS: dict[str, Callable[[Source], Iterator[Event]]] = {
    "youtube": iter_youtube,
    "instagram": iter_instagram,
    "instaloader": iter_instaloader,
    "tiktok": iter_tiktok,
}


def iter_platform(src: Source) -> Iterator[Event]:
    try:
        parser = PARSERS[src.fmt]
    except KeyError as e:  # pragma: no cover - dispatch is by the reader
        raise InputError(f"{src.label}: not a platform format: {src.fmt}", src.label) from e
    return parser(src)
