"""Platform exports (YouTube Data API v3, Instagram Graph API, instaloader, TikTok Research API)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from analyzer.io import DumpReader, InputError, read_comments, read_posts
from analyzer.io.readers import DUPLICATE_SAME
from analyzer.io.sources import Source, classify_json, sniff_json
from analyzer.records import CommentIn, RowError

FIX = Path(__file__).parent / "fixtures" / "io"
UTC = timezone.utc
VIDEO = "dQ7wK3pLx9s"
THREAD = "UgzW3pQ9aLr5bT1xYk54AaABAg"


def load(name: str):
    return json.loads((FIX / name).read_text(encoding="utf-8"))


def comments(*paths, **kw) -> list[CommentIn]:
    items = list(read_comments(list(paths), **kw))
    assert all(isinstance(i, CommentIn) for i in items), [i for i in items if isinstance(i, RowError)]
    return items


# --------------------------------------------------------------------------------------------------------
# YouTube
# --------------------------------------------------------------------------------------------------------
def test_youtube_comment_threads_with_replies():
    top, r1, r2, en, fire = comments(FIX / "youtube_comment_threads.json")
    assert (top.comment_id, top.post_id, top.parent_id, top.platform) == (THREAD, VIDEO, None, "youtube")
    assert top.text.startswith("¡Qué receta tan buena!") and top.text.endswith("😋")
    assert (top.author, top.likes, top.created_at) == (
        "@martagarcia88",
        57,
        datetime(2024, 3, 5, 19, 22, 41, tzinfo=UTC),
    )
    assert top.extra == {"reply_count": 2} and top.author_id == "UCa1b2c3d4e5f6g7h8i9j0kL"
    assert [r1.parent_id, r2.parent_id] == [THREAD, THREAD]
    assert r1.comment_id == THREAD + ".A1b2C3d4E5f" and r1.author == "@CocinaConVale"
    # textOriginal is preferred over the HTML textDisplay
    assert en.text == "Great video!\nCould you do a gluten-free version? Tips & tricks welcome"
    # without textOriginal, textDisplay is turned into plain text
    assert fire.text == "🔥🔥🔥 1:35"


def test_youtube_videos_and_channels_fill_the_post():
    reader = DumpReader(
        FIX / "youtube_comment_threads.json",
        posts=[FIX / "youtube_videos.json", FIX / "youtube_channels.json"],
    )
    assert len(list(reader.comments())) == 5
    post = reader.posts[VIDEO]
    assert (post.creator, post.followers) == ("Cocina con Vale", 245000)  # subscriberCount via channelId
    assert (post.likes, post.comments, post.views) == (9120, 642, 184322)  # statistics are strings in the API
    assert post.sponsored is True and post.disclosed is True  # paidProductPlacementDetails
    assert post.posted_at == datetime(2024, 3, 5, 17, 0, 8, tzinfo=UTC)
    assert post.caption.startswith("Tarta de queso en 10 minutos | Cocina con Vale\nHoy os enseño")
    assert post.url == f"https://www.youtube.com/watch?v={VIDEO}"


def test_youtube_channel_followers_join_even_when_channels_come_first():
    posts = read_posts([FIX / "youtube_channels.json", FIX / "youtube_videos.json"])
    assert posts[VIDEO].followers == 245000


def test_youtube_hidden_subscriber_count_is_unknown(tmp_path):
    doc = load("youtube_channels.json")
    doc["items"][0]["statistics"]["hiddenSubscriberCount"] = True
    f = tmp_path / "ch.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    assert read_posts([f, FIX / "youtube_videos.json"])[VIDEO].followers is None


def test_youtube_paginated_dumps_as_array_and_as_jsonl(tmp_path):
    page = load("youtube_comment_threads.json")
    second = json.loads(json.dumps(page))
    for item in second["items"]:  # a second page with different ids
        item["id"] = item["snippet"]["topLevelComment"]["id"] = item["id"] + "p2"
        for r in item.get("replies", {}).get("comments", []):
            r["id"] += "p2"
    arr = tmp_path / "pages.json"
    arr.write_text(json.dumps([page, second]), encoding="utf-8")
    lines = tmp_path / "pages.jsonl"
    lines.write_text(json.dumps(page) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    a, b = comments(arr), comments(lines)
    assert len(a) == len(b) == 10
    assert [c.comment_id for c in a] == [c.comment_id for c in b]
    assert a[5].comment_id == THREAD + "p2" and a[5].source == f"{arr}:6"
    # the same page twice: the overlap is reported, not double-counted
    dup = tmp_path / "dup.jsonl"
    dup.write_text(json.dumps(page) + "\n" + json.dumps(page) + "\n", encoding="utf-8")
    items = list(read_comments(dup))
    assert sum(isinstance(i, RowError) and i.error == DUPLICATE_SAME for i in items) == 5  # overlapping pages


def test_youtube_comment_list_response_and_unsupported_kinds(tmp_path):
    replies = load("youtube_comment_threads.json")["items"][0]["replies"]["comments"]
    doc = {
        "kind": "youtube#commentListResponse",
        "items": [*replies, {"kind": "youtube#playlist", "id": "PLx"}],
    }
    f = tmp_path / "comments_list.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    items = list(read_comments(f))
    assert [i.parent_id for i in items[:2]] == [THREAD, THREAD]
    assert (
        isinstance(items[2], RowError)
        and items[2].error == "unsupported YouTube resource kind: 'youtube#playlist'"
    )


# --------------------------------------------------------------------------------------------------------
# Instagram Graph API
# --------------------------------------------------------------------------------------------------------
def test_instagram_media_with_id_after_the_comments():
    doc = load("instagram_media.json")
    assert list(doc)[-1] == "id"  # as the Graph API returns it: the id comes last
    reader = DumpReader(FIX / "instagram_media.json")
    c1, reply, en, spam = reader.comments()
    assert {c.post_id for c in (c1, reply, en, spam)} == {"17895695668004550"}
    assert (c1.author, c1.likes, c1.created_at) == ("camila_r", 4, datetime(2024, 3, 10, 15, 20, tzinfo=UTC))
    assert (reply.parent_id, reply.author) == ("17900000000000001", "moda.sofia")
    assert c1.author_id == "17841400000000001"
    post = reader.posts["17895695668004550"]
    assert (post.creator, post.likes, post.comments) == ("moda.sofia", 1532, 4)
    assert post.posted_at == datetime(2024, 3, 10, 15, 4, 5, tzinfo=UTC)  # "+0000" offset
    assert post.url == "https://www.instagram.com/p/C4xYz12AbCd/" and post.sponsored is None


def test_instagram_business_discovery_gives_followers_even_zero():
    reader = DumpReader(FIX / "instagram_business_discovery.json")
    (c,) = reader.comments()
    assert (c.text, c.post_id) == ("¡Mucho éxito! 👏", "18012345678901234")
    post = reader.posts["18012345678901234"]
    assert (post.creator, post.followers, post.likes) == ("tienda.nueva", 0, 3)


def test_instagram_media_list_and_comments_edge(tmp_path):
    media = load("instagram_media.json")
    listing = tmp_path / "media_list.json"
    listing.write_text(json.dumps({"data": [media], "paging": {"cursors": {"after": "x"}}}), encoding="utf-8")
    assert [c.post_id for c in comments(listing)] == ["17895695668004550"] * 4
    edge = tmp_path / "edge.json"
    edge.write_text(json.dumps({"data": media["comments"]["data"]}), encoding="utf-8")
    got = comments(edge)
    assert [c.comment_id for c in got] == [
        "17900000000000001",
        "17900000000000002",
        "17900000000000003",
        "17900000000000004",
    ]
    assert got[0].post_id is None  # the comments edge does not name its media


def test_instagram_pagination_loop_saves_are_read_whole(tmp_path):
    """QA: a pagination loop's saves (one `{"data": [...], "paging": ...}` response per line, or an array of
    them; media pages, comment-edge pages, business_discovery responses) were read as 0 comments, exit 0."""
    media = load("instagram_media.json")
    page = {"data": [media], "paging": {"cursors": {"after": "x"}}}
    ids = ["17900000000000001", "17900000000000002", "17900000000000003", "17900000000000004"]
    lines = tmp_path / "media_pages.jsonl"
    lines.write_text(json.dumps(page) + "\n" + json.dumps({"data": [], "paging": {}}) + "\n", encoding="utf-8")
    array = tmp_path / "media_pages.json"
    array.write_text(json.dumps([page, page | {"data": []}]), encoding="utf-8")
    for f in (lines, array):
        assert [c.comment_id for c in comments(f)] == ids and {c.post_id for c in comments(f)} == {media["id"]}
    edge = tmp_path / "edge_pages.jsonl"
    half = media["comments"]["data"]
    edge.write_text("\n".join(json.dumps({"data": [c], "paging": {}}) for c in half) + "\n", encoding="utf-8")
    assert [c.comment_id for c in comments(edge)] == ids
    bd = tmp_path / "bd_pages.jsonl"
    bd.write_text(json.dumps({"business_discovery": {"username": "ana.style", "followers_count": 48200,
                                                     "media": {"data": [media]}}, "id": "1784"}) + "\n",
                  encoding="utf-8")
    reader = DumpReader(bd)
    assert [c.comment_id for c in reader.comments()] == ids
    assert reader.posts[media["id"]].followers == 48200 and set(reader.posts) == {media["id"]}


def test_instagram_comments_saved_as_a_bare_array_keep_their_replies(tmp_path):
    """QA: the comments edge's `data` lists joined into one array were read as generic records: the nested
    `replies.data` were dropped without a word."""
    data = load("instagram_media.json")["comments"]["data"]
    bare = tmp_path / "comments.json"
    bare.write_text(json.dumps(data), encoding="utf-8")
    got = comments(bare)
    assert [c.comment_id for c in got] == [
        "17900000000000001", "17900000000000002", "17900000000000003", "17900000000000004"]
    assert got[1].parent_id == "17900000000000001" and {c.platform for c in got} == {"instagram"}


def test_instagram_comments_with_a_scrapers_bare_replies_list_keep_them(tmp_path):
    """QA: `{"data": [{"text": ..., "replies": [...]}]}` reads as Instagram comments, whose reader followed only
    the Graph API's `replies.data`: the bare list was dropped without a word (count in != out + errors), and with
    it the creator's reply."""
    top = {"id": "1", "text": "me encanta", "timestamp": "2024-03-01T18:45:00+0000", "username": "ana",
           "replies": [{"id": "2", "text": "gracias!", "timestamp": "2024-03-01T19:00:00+0000", "username": "creator"},
                       "not an object"]}
    graph = {"id": "3", "text": "otro", "username": "bo", "replies": {"data": [{"id": "4", "text": "sí"}]}}
    f = tmp_path / "ig.json"
    f.write_text(json.dumps({"data": [top, graph]}), encoding="utf-8")
    reader = DumpReader(f)
    items = list(reader.comments())
    assert reader.stats.files[0].fmt == "instagram"
    assert [(c.comment_id, c.parent_id) for c in items if isinstance(c, CommentIn)] == [
        ("1", None), ("2", "1"), ("3", None), ("4", "3")]
    assert [e.error for e in items if isinstance(e, RowError)] == ["comment is not an object: str"]


# --------------------------------------------------------------------------------------------------------
# instaloader
# --------------------------------------------------------------------------------------------------------
def test_instaloader_directory_post_xz_and_comments_with_answers():
    reader = DumpReader(FIX / "instaloader")
    top, answer, en = reader.comments()
    assert [c.post_id for c in (top, answer, en)] == ["C4AbCdEfGhI"] * 3
    assert (top.comment_id, top.author, top.likes) == ("18034567890123457", "dani.trips", 6)
    assert top.created_at == datetime.fromtimestamp(1709412000, UTC)
    assert (answer.parent_id, answer.author, answer.account.verified) == (
        "18034567890123457",
        "viajes.ana",
        True,
    )
    assert top.account.verified is False
    post = reader.posts["C4AbCdEfGhI"]
    assert (post.creator, post.followers, post.likes, post.comments) == ("viajes.ana", 18400, 2411, 57)
    assert post.sponsored is True and post.disclosed is True  # edge_media_to_sponsor_user
    assert post.caption.startswith("Atardecer en Tulum 🌅")
    assert [s.fmt for s in reader.stats.files] == ["instaloader", "instaloader"]


def test_instaloader_comments_file_alone_finds_its_sibling_post():
    reader = DumpReader(FIX / "instaloader" / "2024-03-02_18-30-00_UTC_comments.json")
    assert len(list(reader.comments())) == 3
    assert reader.posts["C4AbCdEfGhI"].followers == 18400


def test_instaloader_comments_without_post_file(tmp_path):
    f = tmp_path / "2024-01-01_10-00-00_UTC_comments.json"
    shutil.copy(FIX / "instaloader" / "2024-03-02_18-30-00_UTC_comments.json", f)
    reader = DumpReader(f)
    got = list(reader.comments())
    assert {c.post_id for c in got} == {"2024-01-01_10-00-00_UTC"}
    assert "no sibling post JSON" in reader.stats.summary()


# --------------------------------------------------------------------------------------------------------
# TikTok Research API
# --------------------------------------------------------------------------------------------------------
def test_tiktok_comments_and_videos():
    reader = DumpReader(FIX / "tiktok_comments.json", posts=FIX / "tiktok_videos.json")
    top, reply, en = reader.comments()
    vid = "7341234567890123456"
    assert (top.comment_id, top.post_id, top.parent_id, top.author) == (
        "7341250000000000001",
        vid,
        None,
        None,
    )
    assert reply.parent_id == "7341250000000000001"  # replies point at their comment, top-level at the video
    assert (top.likes, top.extra["reply_count"], top.created_at) == (
        120,
        1,
        datetime.fromtimestamp(1709395200, UTC),
    )
    post = reader.posts[vid]
    assert (post.creator, post.likes, post.comments, post.shares, post.views, post.saves) == (
        "chef.mateo",
        5400,
        230,
        310,
        120000,
        870,
    )
    assert post.url == f"https://www.tiktok.com/@chef.mateo/video/{vid}" and post.sponsored is None


def test_tiktok_branded_content_flag_is_read_when_present(tmp_path):
    doc = load("tiktok_videos.json")
    doc["data"]["videos"][0]["is_branded_content"] = True
    f = tmp_path / "v.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    (post,) = read_posts(f).values()
    assert post.sponsored is True


def test_tiktok_array_of_pages_with_an_error_page(tmp_path):
    page = load("tiktok_comments.json")
    failed = {"data": {}, "error": {"code": "rate_limit_exceeded", "message": "daily quota", "log_id": "x"}}
    f = tmp_path / "pages.json"
    f.write_text(json.dumps([page, failed]), encoding="utf-8")
    reader = DumpReader(f)
    assert len(list(reader.comments())) == 3
    assert "TikTok API error 'rate_limit_exceeded': daily quota" in reader.stats.summary()


# --------------------------------------------------------------------------------------------------------
# detection and overrides
# --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("youtube_comment_threads.json", ("youtube", "youtube#commentThreadListResponse")),
        ("youtube_videos.json", ("youtube", "youtube#videoListResponse")),
        ("instagram_media.json", ("instagram", "media")),
        ("instagram_business_discovery.json", ("instagram", "user")),
        ("tiktok_comments.json", ("tiktok", "comments")),
        ("tiktok_videos.json", ("tiktok", "videos")),
        ("instaloader/2024-03-02_18-30-00_UTC.json.xz", ("instaloader", "post")),
        ("instaloader/2024-03-02_18-30-00_UTC_comments.json", ("instaloader", "comments")),
        ("comments.jsonl", ("json", None)),
    ],
)
def test_format_sniffing(name, expected):
    from analyzer.io.encoding import Encoding

    src = Source(FIX / name, encoding=Encoding("utf-8", "utf-8"))
    assert classify_json(sniff_json(src, lines=name.endswith(".jsonl"))) == expected


def test_content_sniffing_ignores_misleading_extension(tmp_path):
    f = tmp_path / "export.jsonl"  # a platform response saved as one JSON line, not generic comment rows
    f.write_text(json.dumps(load("tiktok_comments.json")), encoding="utf-8")
    got = comments(f)
    assert [c.platform for c in got] == ["tiktok"] * 3 and got[1].parent_id == "7341250000000000001"


def test_explicit_fmt_must_match_content():
    assert len(comments(FIX / "tiktok_comments.json", fmt="tiktok")) == 3
    with pytest.raises(InputError, match="does not look like a youtube export"):
        list(read_comments(FIX / "tiktok_comments.json", fmt="youtube"))


def test_instaloader_uncompressed_post_json(tmp_path):
    import lzma

    stem = "2024-03-02_18-30-00_UTC"
    with lzma.open(FIX / "instaloader" / f"{stem}.json.xz", "rb") as f:
        (tmp_path / f"{stem}.json").write_bytes(f.read())
    shutil.copy(FIX / "instaloader" / f"{stem}_comments.json", tmp_path)
    reader = DumpReader(tmp_path)
    assert [c.post_id for c in reader.comments()] == ["C4AbCdEfGhI"] * 3
    assert reader.posts["C4AbCdEfGhI"].sponsored is True


def test_bad_post_values_in_platform_exports_are_dropped_with_a_warning(tmp_path):
    yt = load("youtube_videos.json")
    yt["items"][0]["statistics"]["likeCount"] = "lots"
    tt = load("tiktok_videos.json")
    tt["data"]["videos"][0]["share_count"] = -4
    paths = []
    for name, doc in (("yt.json", yt), ("tt.json", tt)):
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(doc), encoding="utf-8")
    seen = []
    posts = read_posts(paths, on_warning=seen.append)
    assert posts[VIDEO].likes is None and posts[VIDEO].comments == 642  # only the bad value is dropped
    tiktok = posts["7341234567890123456"]
    assert tiktok.shares is None and tiktok.likes == 5400
    assert sorted((w.kind, w.source, w.id, w.detail.split(":")[0]) for w in seen) == sorted([
        ("post_field", str(paths[0]), VIDEO, "bad post likes"),
        ("post_field", str(paths[1]), "7341234567890123456", "bad post shares"),
    ])
    assert all(w.row is None for w in seen)  # a JSON export has no rows to point at
    # read as comment dumps, the same posts warn too, and every comment is still there
    reader = DumpReader([tmp_path / "yt.json", FIX / "youtube_comment_threads.json"])
    items = list(reader.comments())
    assert all(isinstance(i, CommentIn) for i in items) and reader.stats.warnings["post_field"] == 1


def test_youtube_responses_appended_to_one_file_are_all_read(tmp_path):
    """QA: a pagination loop that appends each pretty-printed response to one file (or each page's array) lost
    every page after the first as trailing garbage."""
    doc = json.loads((FIX / "youtube_comment_threads.json").read_text(encoding="utf-8"))
    one = list(read_comments(FIX / "youtube_comment_threads.json"))
    page = json.dumps(doc, indent=2)
    page2 = page.replace('"id": "', '"id": "p2')
    for name, text in (("responses.json", page + "\n" + page2), ("arrays.json", f"[{page}]\n[{page2}]")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        items = list(read_comments(path))
        assert all(isinstance(i, CommentIn) for i in items), name
        ids = [i.comment_id for i in items]
        assert ids == [c.comment_id for c in one] + ["p2" + c.comment_id for c in one], name


def test_youtube_thread_without_its_top_comment_keeps_the_replies(tmp_path):
    """A thread whose top-level comment is gone (deleted, trimmed export) is one row error; its replies are
    still comments: count in = count out + errors."""
    thread = {"kind": "youtube#commentThread", "id": "T2", "snippet": {"videoId": "vid1", "totalReplyCount": 1},
              "replies": {"comments": [{"kind": "youtube#comment", "id": "T2.r1",
                                        "snippet": {"videoId": "vid1", "textOriginal": "reply to a missing top",
                                                    "parentId": "T2", "authorDisplayName": "@carl"}}]}}
    path = tmp_path / "threads.json"
    path.write_text(json.dumps({"kind": "youtube#commentThreadListResponse", "items": [thread]}), encoding="utf-8")
    items = list(read_comments(path))
    errors = [i for i in items if isinstance(i, RowError)]
    comments = [i for i in items if isinstance(i, CommentIn)]
    assert [e.error for e in errors] == ["comment thread without topLevelComment"]
    assert [(c.comment_id, c.parent_id, c.post_id) for c in comments] == [("T2.r1", "T2", "vid1")]


def test_an_instagram_comment_without_id_keeps_its_replies_linked(tmp_path):
    """QA: a comment whose id the export left out got a generated id, but its replies' parent_id was None."""
    f = tmp_path / "media.json"
    f.write_text(json.dumps({"id": "m1", "caption": "hola", "comments": {"data": [
        {"id": None, "text": "¿dónde lo compraste?", "timestamp": "2024-03-25T14:22:05+0000", "username": "ana",
         "replies": {"data": [{"id": "r1", "text": "en el centro", "timestamp": "2024-03-25T15:00:00+0000",
                               "username": "creator"}]}}]}}), encoding="utf-8")
    top, reply = comments(f)
    assert top.comment_id.startswith("media:") and reply.parent_id == top.comment_id
