"""The HTML report: complete, self-contained, escaped everywhere, and it renders in a real browser."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analyzer.engagement import UNKNOWN_CREATOR, summarize
from analyzer.records import InputWarning, PostIn, RowError, ScoredComment
from analyzer.report import render_report, write_report

DEMO = Path(__file__).resolve().parent.parent / "datasets" / "demo"
XSS_COMMENT = "<script>alert(1)</script>"
XSS_NAME = '"><img src=x onerror=alert(1)>'
T0 = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)

# --------------------------------------------------------------------------------------------------
# A transparent rule-based stand-in for the models, so the demo dump can be summarised without them
# --------------------------------------------------------------------------------------------------
_SPAM = re.compile(
    r"(?i)bitcoin|crypto|cripto|\$\d+[,.]?\d*/day|dm me|perfil|profile|giveaway|sorteo|ganaste|won|selected|"
    r"seguidores|followers|follow me|paid to travel|travel for free|gana dinero|make \$"
)
_NEG = re.compile(
    r"(?i)\bpero\b|caro|no me funcion|expir|publicidad\?|anuncio|joke|skipp|oversharp|janky|behind|thick|mess|"
    r"not a fan|trouble|please go back|echo de menos|demasiado|me parece poco|no explicaste|siempre el mismo|gotea|"
    r"broke|isn't working|crowded|tourist trap|mucho arroz|amargo|se me corta|se me pega|falta|sobró|otra colaboración|"
    r"fingerprint problem|too close|returned"
)
_POS = re.compile(
    r"(?i)😍|🔥|❤|love|great|amazing|gorgeous|beautiful|lovely|stunning|awesome|nice|cool|wow|rico|delicioso|"
    r"preciosa|precioso|guapa|guapísima|me encanta|ideal|bonit|genia|gracias|thanks|increíbles|insane|buenísima|"
    r"10 puntos|amo|perfect|appreciat|wonderful|cracking|yummy|💪|🙌|👍"
)


def _label(row: dict, creator: str) -> dict:
    text, author = row["text"], row["author"]
    followers, following = row.get("author_followers"), row.get("author_following")
    pod_like = following is not None and followers is not None and following > 2 * followers
    if author == creator:
        auth, weight, bot = "genuine", 0.95, 0.02
    elif _SPAM.search(text) and pod_like:
        auth, weight, bot = "spam", 0.02, 0.9
    elif pod_like:
        auth, weight, bot = "superficial", 0.08, 0.75
    elif len(text.split()) <= 4 and "?" not in text:
        auth, weight, bot = "superficial", 0.3, 0.1
    else:
        auth, weight, bot = "genuine", 0.92, 0.05
    if _NEG.search(text) and auth == "genuine":
        sent, p = "negative", (0.8, 0.15, 0.05)
    elif _POS.search(text):
        sent, p = "positive", (0.03, 0.12, 0.85)
    else:
        sent, p = "neutral", (0.1, 0.8, 0.1)
    p_auth = {"genuine": (0.85, 0.1, 0.05), "superficial": (0.1, 0.8, 0.1), "spam": (0.02, 0.05, 0.93)}[auth]
    return dict(
        sentiment=sent,
        sentiment_score=max(p),
        p_negative=p[0],
        p_neutral=p[1],
        p_positive=p[2],
        authenticity=auth,
        p_genuine=p_auth[0],
        p_superficial=p_auth[1],
        p_spam=p_auth[2],
        bot_like=bot,
        genuine_weight=weight,
        relevance={"genuine": 0.68, "superficial": 0.22, "spam": 0.04}[auth],
    )


def load_demo() -> tuple[list[ScoredComment], dict[str, PostIn]]:
    """The demo dump, labelled by the rules above; pod bursts (>= 5 look-alike accounts within 2 min) clustered."""

    def opt_int(v: str) -> int | None:
        return int(v) if v else None

    def opt_bool(v: str) -> bool | None:
        return {"true": True, "false": False}.get(v.lower()) if v else None

    posts: dict[str, PostIn] = {}
    with open(DEMO / "posts.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            posts[r["post_id"]] = PostIn(
                post_id=r["post_id"],
                creator=r["creator"],
                followers=opt_int(r["followers"]),
                caption=r["caption"],
                likes=opt_int(r["likes"]),
                comments=opt_int(r["post_comments"]),
                shares=opt_int(r["shares"]),
                saves=opt_int(r["saves"]),
                views=opt_int(r["views"]),
                posted_at=datetime.fromisoformat(r["posted_at"].replace("Z", "+00:00")),
                platform=r["platform"] or None,
                sponsored=opt_bool(r["sponsored"]),
                disclosed=opt_bool(r["disclosed"]),
                campaign=r["campaign"] or None,
                fee=float(r["fee"]) if r["fee"] else None,
            )
    rows = [json.loads(line) for line in (DEMO / "comments.jsonl").read_text(encoding="utf-8").splitlines()]
    scored = []
    for r in rows:
        post = posts[r["post_id"]]
        created = datetime.fromisoformat(r["created_at"].replace("Z", "+00:00"))
        scored.append(
            ScoredComment(
                comment_id=r["comment_id"],
                post_id=r["post_id"],
                author=r["author"],
                created_at=created,
                parent_id=r["parent_id"],
                text=r["text"],
                normalized=r["text"].lower(),
                lang="es"
                if post.creator in ("cocina_de_lupita", "martavistemadrid", "profe_fit_caro")
                else "en",
                platform=post.platform,
                **_label(r, post.creator),
            )
        )
    # pod bursts: superficial look-alike accounts commenting within 2 minutes of the post
    for pid, post in posts.items():
        burst = [
            c
            for c in scored
            if c.post_id == pid
            and c.authenticity == "superficial"
            and c.bot_like > 0.5
            and c.created_at - post.posted_at <= timedelta(minutes=2)
        ]
        if len(burst) >= 5:
            for c in burst:
                c.coordinated = c.burst = True
                c.cluster_id = f"pod-{pid}"
                c.reasons = ["burst of near-identical comments", "following >> followers"]
    for c in scored:
        if c.authenticity == "spam":
            c.reasons = ["spam keywords", "following >> followers"]
    return scored, posts


# --------------------------------------------------------------------------------------------------
# Hostile input
# --------------------------------------------------------------------------------------------------
def _sc(cid: str, post_id: str, author: str, text: str, **kw) -> ScoredComment:
    base = dict(
        comment_id=cid,
        post_id=post_id,
        author=author,
        created_at=T0,
        parent_id=None,
        text=text,
        normalized=text.lower(),
        lang="en",
        sentiment="negative",
        sentiment_score=0.9,
        p_negative=0.9,
        p_neutral=0.05,
        p_positive=0.05,
        authenticity="genuine",
        p_genuine=0.9,
        p_superficial=0.05,
        p_spam=0.05,
        bot_like=0.1,
        genuine_weight=0.9,
    )
    base.update(kw)
    return ScoredComment(**base)


def hostile() -> tuple[list[ScoredComment], dict[str, PostIn], list[RowError]]:
    posts = {
        XSS_NAME: PostIn(
            post_id=XSS_NAME,
            creator=XSS_NAME,
            followers=12_000,
            caption=f"{XSS_COMMENT} code {XSS_NAME} usa el código HACK20 @brand",
            likes=300,
            comments=5,
            campaign=XSS_NAME,
            platform=XSS_NAME,
        ),
    }
    scored = [
        _sc("c1", XSS_NAME, "critic", XSS_COMMENT, reasons=[XSS_COMMENT]),
        _sc("c0", XSS_NAME, XSS_NAME, "creator reply " + XSS_COMMENT, parent_id="c1"),
        _sc(
            "c2",
            XSS_NAME,
            "fan <b>bold</b>",
            "Genuine question ¿qué tal? 😍 " + XSS_COMMENT,
            sentiment="positive",
        ),
        _sc(
            "c3",
            XSS_NAME,
            "bot1",
            "nice " + XSS_NAME,
            authenticity="spam",
            p_spam=0.97,
            coordinated=True,
            cluster_id=XSS_NAME,
            genuine_weight=0.0,
            created_at=T0 + timedelta(seconds=3),
        ),
        _sc(
            "c4",
            XSS_NAME,
            "bot2'\"",
            "nice " + XSS_NAME,
            authenticity="spam",
            p_spam=0.95,
            coordinated=True,
            cluster_id=XSS_NAME,
            genuine_weight=0.0,
            created_at=T0 + timedelta(seconds=6),
        ),
    ]
    errors = [RowError(source=XSS_NAME, row=3, error=XSS_COMMENT)]
    return scored, posts, errors


def _hostile_html() -> str:
    scored, posts, errors = hostile()
    return render_report(
        summarize(scored, posts),
        scored,
        title=XSS_NAME,
        generated_at=XSS_COMMENT,
        errors=errors,
        source=XSS_NAME,
    )


# --------------------------------------------------------------------------------------------------
# String-level tests
# --------------------------------------------------------------------------------------------------
class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_hostile_text_is_escaped_everywhere() -> None:
    page = _hostile_html()
    assert XSS_COMMENT not in page and XSS_NAME not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    parsed = _TagCollector()
    parsed.feed(page)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    # the hostile strings come back as text, in the page body and inside SVG labels/titles
    text = "".join(parsed.text)
    assert text.count(XSS_COMMENT) >= 3 and text.count(XSS_NAME) >= 5
    svg_titles = re.findall(r"<title>(.*?)</title>", page)
    assert any("&quot;&gt;&lt;img" in t for t in svg_titles[1:])


def test_direction_overrides_cannot_spoof_a_handle() -> None:
    """QA: an author "user\u202egnp.exe" rendered as "@userexe.png" and "\u202eevil_rlo" as "@olr_live": the
    analyst would name another account to the client. Shown in stored (logical) order, controls removed."""
    spoof, isolate = "user\u202egnp.exe", "\u2067evil\u2069_x"
    scored = [_sc("1", "pA", spoof, "Follow me for more deals, check my profile"),
              _sc("2", "pA", isolate, "nice")]
    posts = {"pA": PostIn("pA", creator="cre\u202dator", followers=10_000, likes=50, comments=2)}
    page = render_report(summarize(scored, posts), scored, generated_at="2025-11-01")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page)
    assert "@usergnp.exe" in page and "@evil_x" in page and "@creator" in page


def test_report_is_self_contained_and_complete() -> None:
    scored, posts = load_demo()
    summary = summarize(scored, posts)
    page = render_report(
        summary, scored, title="Demo", generated_at=datetime(2025, 11, 1, tzinfo=timezone.utc), errors=2
    )
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    # offline: no script, no external resource of any kind (the only URL is the SVG namespace)
    assert "<script" not in page.lower()
    urls = set(re.findall(r"(?:https?:)?//[\w.-]+", page))
    assert urls == {"http://www.w3.org"}, urls
    assert not re.search(r"""(?:src|href)\s*=""", page)
    for section in (
        "quality",
        "ranking",
        "er",
        "mix",
        "campaigns",
        "disclosure",
        "clusters",
        "promoted",
        "flagged",
        "posts",
        "method",
    ):
        assert f'id="{section}"' in page
    assert page.count("<svg") == 4  # score, ER vs genuine ER, sentiment mix, authenticity mix
    for creator in (
        "cocina_de_lupita",
        "martavistemadrid",
        "profe_fit_caro",
        "gadgetgrant",
        "wanderwithpoppy",
    ):
        assert f"@{creator}" in page
    assert "2 input row(s) could not be used" in page
    assert "LUPITA15" in page  # the undisclosed post's evidence
    assert "Qué guapa!! 😍🔥" in page  # the pod's shared text, UTF-8 and emoji kept
    assert "brisa-summer-2025" in page
    promoted = page[page.index('id="promoted"'):page.index('id="flagged"')]
    assert "@profit_signals_pro" in promoted and "cryptoking_88" in promoted  # the crypto pitcher's handle


def test_how_the_input_was_read_is_listed_with_the_data_quality_notes() -> None:
    """The readers' file notes (CLI) and the API's "input_note" warnings are listed word for word in the
    data-quality section, escaped; an input note is not counted as a dropped value."""
    scored, posts = load_demo()
    note = "a.csv: dates read day first (dd/mm/yyyy), as row 5 proves ('25/03/2024 <b>')"
    api = InputWarning("input_note", "records", None, None, "records: columns matched by their usual names")
    page = render_report(summarize(scored, posts), scored, input_notes=[note], warnings=[api])
    quality = page[page.index('id="quality"'):page.index('id="ranking"')]
    assert html.escape(note) in quality and "<b>" not in quality
    assert "records: columns matched by their usual names" in quality
    assert "×" not in quality  # nothing was dropped


def test_empty_and_comments_only_inputs_render() -> None:
    empty = render_report(summarize([], {}), [], generated_at="2025-11-01")
    assert "No creators." in empty and "No coordinated clusters" in empty and "<svg" not in empty
    scored, _, _ = hostile()
    page = render_report(summarize(scored, {}), scored)  # no post data: no followers, no ER
    assert "(creator unknown)" in page
    assert "No follower counts in the post data" in page
    assert "no post data" in page


def test_write_report_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scored, posts, _ = hostile()
    summary = summarize(scored, posts)
    target = tmp_path / "out" / "report.html"
    write_report(target, summary, scored, title="first")
    assert "<title>first</title>" in target.read_text(encoding="utf-8")

    import analyzer.report as report_mod

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(report_mod.os, "replace", boom)
    with pytest.raises(OSError):
        write_report(target, summary, scored, title="second")
    assert "<title>first</title>" in target.read_text(encoding="utf-8")  # old report intact
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]  # no temp file left behind


# --------------------------------------------------------------------------------------------------
# Browser
# --------------------------------------------------------------------------------------------------
def _png_pixels(data: bytes, max_rows: int | None = None) -> tuple[int, int, int, list[bytes], list[bytes]]:
    """Width, height, bytes per pixel, the first `max_rows` unfiltered scanlines and every raw (filtered) one.

    An 8-bit non-interlaced PNG, decoded with zlib + numpy (PIL is not a dependency); Sub/Up rows are
    vectorised, Average/Paeth rows looped in Python, hence `max_rows` to keep the test fast.
    """
    import numpy as np

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, chunk = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and interlace == 0
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[color]
    raw = zlib.decompress(idat)
    stride = width * bpp
    filtered = [raw[y * (stride + 1) : (y + 1) * (stride + 1)] for y in range(height)]
    rows: list[bytes] = []
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(min(height, max_rows or height)):
        start = y * (stride + 1)
        f = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1).copy()
        if f == 1:
            line = np.cumsum(line.reshape(-1, bpp), axis=0, dtype=np.uint8).reshape(-1)
        elif f == 2:
            line = line + prev
        elif f in (3, 4):
            out, up = bytearray(line.tobytes()), prev.tobytes()
            for i in range(stride):
                a = out[i - bpp] if i >= bpp else 0
                b = up[i]
                if f == 3:
                    out[i] = (out[i] + ((a + b) >> 1)) & 255
                else:
                    c = up[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    out[i] = (out[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            line = np.frombuffer(bytes(out), dtype=np.uint8)
        rows.append(line.tobytes())
        prev = line
    return width, height, bpp, rows, filtered


def _chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    cmd = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp / 'profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, timeout=120, check=False)


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    # the demo data plus hostile rows: what an analyst would open, with an attack hidden in it
    scored, posts = load_demo()
    h_scored, h_posts, errors = hostile()
    scored += h_scored
    posts.update(h_posts)
    page = tmp_path / "report.html"
    write_report(page, summarize(scored, posts), scored, title="Demo " + XSS_NAME, errors=errors)
    url = page.as_uri()

    dom = _chromium(["--dump-dom", url], tmp_path)
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    html_out = dom.stdout.decode("utf-8")
    assert "@cocina_de_lupita" in html_out
    assert "<script" not in html_out.lower()  # no element from user text, none of our own either
    assert not re.search(r"<img\b", html_out, re.I)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_out
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_out

    shot = tmp_path / "r.png"
    res = _chromium(["--hide-scrollbars", f"--screenshot={shot}", "--window-size=1280,2000", url], tmp_path)
    assert shot.exists(), res.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert len(data) > 20_000
    width, height, bpp, rows, filtered = _png_pixels(data, max_rows=600)
    assert (width, height) == (1280, 2000)
    assert len(set(filtered)) > 500  # a one-colour image would repeat a handful of filtered rows
    colours = {row[i : i + 3] for row in rows[::4] for i in range(0, len(row), bpp * 3)}
    assert len(colours) > 50  # header gradient, KPI cards, text: far from a blank page
    # the stylesheet was applied: a dark header band above a light page margin
    assert sum(rows[20][640 * bpp : 640 * bpp + 3]) < 3 * 100
    assert sum(rows[590][5 * bpp : 5 * bpp + 3]) > 3 * 220


def test_campaign_card_compares_er_and_genuine_er_over_the_same_posts() -> None:
    """A campaign post without comments in the dump has no genuine figure: the card must not set the ER of all
    posts against the genuine ER of the commented ones (1.34% -> 2.21% read as more genuine than total)."""
    scored = [_sc("1", "pA", "ann", "Me encanta esta receta gracias!"), _sc("2", "pA", "bob", "Qué rico se ve")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, comments=2, campaign="summer"),
             "pB": PostIn("pB", creator="bruno", followers=50_000, likes=300, comments=0, campaign="summer")}
    summary = summarize(scored, posts)
    camp = summary.campaigns[0]
    assert camp.genuine_er > camp.er and camp.matched_er >= camp.genuine_er
    card = render_report(summary, scored, generated_at="2025-11-01").split("class='camp'>", 1)[1].split("</dl>")[0]
    text = re.sub(r"<[^>]+>", " ", card)
    assert "ER, all 2 posts" in text and "1 post with comments" in text
    arrow = re.search(r"([\d.]+)% →\s+([\d.]+)%", text)
    assert arrow and float(arrow.group(1)) >= float(arrow.group(2))  # the ER it starts from covers the same posts
    assert not re.search(re.escape(f"{camp.er * 100:.2f}") + r"%\s*→", text)  # never from the all-posts ER


def test_campaign_card_counts_the_posts_each_rate_covers() -> None:
    """QA: with one post lacking a follower count the card read "ER, all 4 posts" over 3 posts, and "genuine ER,
    3 post(s) with comments" over the 2 of them that also had followers."""
    scored = [_sc("1", "pA", "ann", "Me encanta esta receta gracias!"), _sc("2", "pC", "bob", "Qué rico se ve"),
              _sc("3", "pD", "cris", "La hice hoy y salió perfecta")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, comments=1, campaign="s"),
             "pB": PostIn("pB", creator="bruno", followers=50_000, likes=300, comments=0, campaign="s"),
             "pC": PostIn("pC", creator="carla", followers=20_000, likes=200, comments=1, campaign="s"),
             "pD": PostIn("pD", creator="dani", likes=90, comments=1, campaign="s")}  # no follower count
    camp = summarize(scored, posts).campaigns[0]
    assert (camp.er_post_ids, camp.genuine_er_post_ids) == (["pA", "pB", "pC"], ["pA", "pC"])
    card = render_report(summarize(scored, posts), scored, generated_at="2025-11-01").split("class='camp'>", 1)[1]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card.split("</dl>")[0]))
    assert "ER, 3 posts with a follower count" in text and "genuine ER, 2 posts with comments" in text
    assert "all 4 posts" not in text


def test_costs_show_the_currency_the_fees_were_written_in() -> None:
    scored = [_sc("1", "pA", "ann", "Me encanta esta receta gracias!")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, comments=1, campaign="summer",
                          fee=1200.5, fee_currency="EUR")}
    page = render_report(summarize(scored, posts), scored, generated_at="2025-11-01")
    card = page.split("class='camp'>", 1)[1].split("</dl>")[0]
    # money rounds half up as every other number of the report (QA: 1,201 in the tables' text, EUR 1,200 here)
    assert "EUR 1,201" in card and "$1,20" not in card


def test_money_rounds_as_the_other_numbers_and_long_names_wrap() -> None:
    """QA: money rounded half to even (EUR 1,200 for 1200.5, $2.12 for 2.125) where _num gives 1,201 and 2.13;
    a campaign or creator name with no spaces ran out of its card and off the page."""
    from analyzer.report import _money, _num

    assert _money(1200.5, 1200.5, 0, "EUR") == "EUR " + _num(1200.5) == "EUR 1,201"
    assert _money(2.125, 2.125, 2, None) == "$" + _num(2.125, 2) == "$2.13"
    assert _money(10.5, 20.5, 0, None) == "$11–$21"
    rule = next(r for r in render_report(summarize([], {}), [], generated_at="2025-11-01").split("\n")
                if r.startswith(".camp{"))
    assert "overflow-wrap:anywhere" in rule and "min-width:0" in rule


def test_unknown_creators_pool_is_not_ranked_and_kpis_count_the_audience() -> None:
    """QA: two comments on a post missing from the posts file made "(creator unknown)" rank #1 (score 77 from one
    sentiment component); the KPI shares counted the creators' own replies; "Most coordinated" listed every
    comment with a cluster id although only the pod's were coordinated."""
    scored = [_sc(f"a{i}", "pA", f"fan{i}", f"Receta {i} buenísima, ¿cuánto horno?", sentiment="positive",
                  p_negative=0.05, p_positive=0.9, genuine_weight=0.3 + 0.05 * i) for i in range(4)]
    scored += [_sc("r1", "pA", "alice", "¡gracias!", cluster_id="dupR"),
               _sc("r2", "pA", "alice", "¡Gracias!", cluster_id="dupR"),
               _sc("d1", "pA", "fan8", "dónde lo compro", cluster_id="dupQ"),
               _sc("d2", "pA", "fan9", "¿Dónde lo compro?", cluster_id="dupQ"),
               _sc("x1", "ghost", "u1", "Me encantó", sentiment="positive", p_negative=0.0, p_positive=1.0,
                   genuine_weight=1.0)]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, comments=6)}
    summary = summarize(scored, posts)
    unknown = summary.creators.get(None)
    # its components would score it above alice: the tables give it no score (a sort by score put it third)
    assert unknown.score is None and unknown.components["sentiment"] > summary.creators.get("alice").components["sentiment"]
    assert [c.creator for c in summary.creators] == ["alice", None]
    assert any("not ranked" in n for n in unknown.notes)
    t = summary.totals
    assert (t["comments"], t["audience_comments"], t["creator_replies"], t["genuine_comments"]) == (9, 7, 2, 7)
    assert t["clusters"] == 1 and t["pods"] == 0  # the creator's thank-you replies are no cluster of the audience
    page = render_report(summary, scored, generated_at="2025-11-01")
    table = page.split("class=\"rank\">", 1)[1].split("</table>")[0]
    ranks = [re.sub(r"<[^>]+>", "", r.split("</td>")[0]) for r in table.split("<tr><td>")[1:]]
    assert ranks == ["1", "—"]
    chart = page.split("Creator ranking", 1)[1].split("class=\"rank\">", 1)[0]
    assert "(creator unknown)" not in html.unescape(chart)  # no bar for the unranked pool
    assert "of weight" in table  # alice's score lacks the disclosure part (no caption): said under it
    kpis = re.sub(r"<[^>]+>", " ", page.split('<div class="kpis">', 1)[1].split("</section>")[0])
    assert "100%" in kpis and "7 from" in kpis and "2 creator replies" in kpis and "0 pods · 1 duplicate group" in kpis
    flagged = page.split('id="flagged"', 1)[1]
    coordinated_list = flagged.split("Most coordinated", 1)[1].split("Most negative", 1)[0]
    assert "dónde lo compro" not in coordinated_list.lower()


def test_small_numbers_read_naturally() -> None:
    from analyzer.report import _signed

    assert [_signed(x) for x in (-0.0032, 0.0004, 0.25, -0.5, None)] == ["0.00", "0.00", "+0.25", "-0.50", "—"]


def test_spam_list_shows_each_pitch_once_before_repeats() -> None:
    pitch = "Invierte con @fx.maria y gana 5000 a la semana"
    scored = [_sc(f"s{i}", "pA", f"bot{i}", pitch, authenticity="spam", p_spam=0.99 - i / 100, p_genuine=0.0,
                  genuine_weight=0.0) for i in range(6)]
    scored.append(_sc("t1", "pA", "shop1", "Réplicas de tenis al mayoreo, pedidos al DM", authenticity="spam",
                      p_spam=0.8, p_genuine=0.1, genuine_weight=0.0))
    page = render_report(summarize(scored, {"pA": PostIn("pA", creator="alice", followers=5000)}), scored)
    spam_list = page.split("Most likely spam", 1)[1].split("Most coordinated", 1)[0]
    assert spam_list.index("Réplicas") < spam_list.index(pitch, spam_list.index(pitch) + 1)  # before the 2nd copy


def test_er_chart_names_the_creators_it_cannot_chart() -> None:
    scored = [_sc("1", "pA", "ann", "Qué receta"), _sc("2", "pB", "bob", "Me encanta el vestido azul")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500),
             "pB": PostIn("pB", creator="fit_ana", followers=0, likes=30)}
    page = render_report(summarize(scored, posts), scored)
    assert "Not charted (no follower count, or 0 followers): @fit_ana" in html.unescape(page)


def test_a_creator_without_a_score_gets_no_bar_and_no_rank() -> None:
    """QA: a creator with posts but no comments has no score (min_score_coverage), yet the report drew a full bar
    ("Disclosure: 1.00 -> 100.0 pts") longer than the scored creator's and numbered it 2."""
    scored = [_sc(f"a{i}", "pA", f"fan{i}", f"Receta {i} buenísima", sentiment="positive", p_negative=0.05,
                  p_positive=0.9) for i in range(3)]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, caption="receta"),
             "pZ": PostIn("pZ", creator="otro", followers=10_000, likes=100, caption="hola")}
    summary = summarize(scored, posts)
    assert summary.creators.get("otro").score is None
    page = render_report(summary, scored, generated_at="2025-11-01")
    table = page.split("class=\"rank\">", 1)[1].split("</table>")[0]
    ranks = [re.sub(r"<[^>]+>", "", r.split("</td>")[0]) for r in table.split("<tr><td>")[1:]]
    assert ranks == ["1", "—"]
    chart = page.split("Creator ranking", 1)[1].split("class=\"rank\">", 1)[0]
    assert "@otro" not in html.unescape(chart) and "@alice" in html.unescape(chart)


def test_creator_notes_reach_the_report_and_the_unknown_pool_shows_no_score() -> None:
    """QA: a creator's costs in two currencies showed only "—" (the reason sat in creators.csv only), and the pool
    of posts without a creator showed a score of 90, the highest on the page, though it is no one to rank."""
    scored = [_sc("1", "pA", "ann", "Me encanta esta receta gracias!"), _sc("2", "pB", "bob", "Qué rico se ve"),
              _sc("3", "pX", "cris", "La hice hoy y salió perfecta")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, comments=1, fee=100, fee_currency="EUR"),
             "pB": PostIn("pB", creator="alice", followers=10_000, likes=300, comments=1, fee=2000, fee_currency="MXN"),
             "pX": PostIn("pX", followers=8_000, likes=90, comments=1)}  # no creator
    summary = summarize(scored, posts)
    alice = next(c for c in summary.creators if c.creator == "alice")
    (note,) = [n for n in alice.notes if "currencies" in n]
    page = render_report(summary, scored, generated_at="2025-11-01")
    notes = page.split("Notes on the creators' figures", 1)[1].split("</ul>", 1)[0]
    assert "@alice" in notes and html.escape(note, quote=True) in notes
    pool = next(c for c in summary.creators if c.creator is None)
    assert pool.score is None  # no score in the tables either (a sort by score ranked it among the creators)
    row = page.split("<table class=\"rank\">", 1)[1].split(f"{UNKNOWN_CREATOR}</strong>", 1)[1].split("</tr>", 1)[0]
    assert re.search(r"class='score score-[a-z]+'>—<", row)


def test_buried_disclosures_and_the_er_bar_basis_are_shown() -> None:
    """QA (an agency audit): #ad after 15 hashtags showed as plainly 'disclosed'; the ER bar of a creator whose
    genuine ER covers fewer posts showed the matched median under the legend 'ER (median over posts)'."""
    caption = "Mi rutina de noche " + " ".join(f"#t{i}" for i in range(12)) + " #publi"
    scored = [_sc("1", "pA", "ann", "¿Qué sérum usas de noche?"), _sc("2", "pA", "bob", "Lo probé y me encantó")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500, comments=2, caption=caption),
             "pB": PostIn("pB", creator="alice", followers=10_000, likes=100, comments=0, caption="Otra")}
    summary = summarize(scored, posts)
    pa = summary.posts.get("pA")
    assert pa.sponsored and pa.disclosed and pa.disclosure_buried and not pa.undisclosed_sponsorship
    assert any("after 12 other hashtags" in n for n in pa.notes)
    page = render_report(summary, scored, generated_at="2025-11-01")
    assert ">buried</span>" in page and "Disclosed, but where readers may not see it" in page
    alice = summary.creators.get("alice")
    assert alice.matched_median_er != alice.median_er
    text = html.unescape(page)
    assert "ER (median over the posts genuine ER covers)" in text and "(the 1 post with comments; over all 2 posts" in text


def test_a_sponsored_post_whose_caption_nobody_saw_is_not_shown_as_disclosed() -> None:
    """QA: a post with a fee and no caption (sponsored, disclosure unchecked: posts.jsonl said disclosed false) was
    listed under "Disclosed sponsored posts" with no evidence and got the green "disclosed" chip."""
    scored = [_sc("1", "pA", "ann", "Me encanta esta rutina"), _sc("2", "pB", "bob", "Qué buena idea")]
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=290, comments=1, fee=500, fee_currency="USD"),
             "pB": PostIn("pB", creator="alice", followers=10_000, likes=100, comments=1, fee=500, fee_currency="USD",
                          caption="Mi rutina con @marca #publi")}
    summary = summarize(scored, posts)
    pa, pb = summary.posts.get("pA"), summary.posts.get("pB")
    assert pa.sponsored and not pa.disclosed and not pa.disclosure_checked and not pa.undisclosed_sponsorship
    assert pb.sponsored and pb.disclosed
    page = render_report(summary, scored, generated_at="2025-11-01")
    disclosed = page.split("Disclosed sponsored posts", 1)[1].split("</div>", 2)[1]
    assert "<code>pB</code>" in disclosed and "<code>pA</code>" not in disclosed
    unchecked = page.split("Sponsored posts whose disclosure was not checked", 1)[1].split("</ul>", 1)[0]
    assert "<code>pA</code>" in unchecked and "fee paid" in unchecked
    assert page.count('class="chip chip-good">disclosed</span>') == 1
    assert page.count(">not checked</span>") == 1


def test_percentages_round_half_up_as_a_reader_rounds_the_tables():
    """QA: the posts table said er 0.03565 and the report 3.56% (format rounds the binary float just below 3.565)."""
    from analyzer.report import _num, _pct

    assert (_pct(0.03565, 2), _pct(0.0125, 1), _pct(None), _num(2.5), _num(1234.5), _num(0.125, 2)) == \
        ("3.57%", "1.3%", "—", "3", "1,235", "0.13")


def test_shares_are_printed_on_the_bars_and_unread_sentiment_is_not_called_no_comments() -> None:
    """QA: the creators' sentiment and authenticity shares were only in hover tooltips (lost in print and on touch
    screens, colour alone on the page), and a creator whose one comment weighed too little for a sentiment read
    "no comments" beside an authenticity bar for that comment."""
    scored = [_sc(f"a{i}", "pA", f"fan{i}", f"Receta {i} buenísima", sentiment="positive", p_negative=0.05,
                  p_positive=0.9) for i in range(3)]
    scored.append(_sc("s1", "pB", "bot1", "Invierte con @fx.maria", authenticity="spam", p_spam=0.99,
                      p_genuine=0.0, genuine_weight=0.0))
    posts = {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500),
             "pB": PostIn("pB", creator="bob", followers=10_000, likes=50)}
    mix = render_report(summarize(scored, posts), scored).split('id="mix"', 1)[1].split("</section>", 1)[0]
    sentiment, authenticity = mix.split("Authenticity of audience comments", 1)
    assert re.search(r'class="seg" fill="#fff">100%</text>', authenticity)  # bob's spam bar: 100% spam, labelled
    assert "no genuine comments" in sentiment and "no comments" not in sentiment.replace("no genuine comments", "")
    assert len(re.findall(r'class="seg"', sentiment)) == 1  # alice's one positive segment


def test_the_header_names_the_run_and_long_lists_are_cut() -> None:
    from analyzer.report import CLUSTERS_LISTED

    scored = []
    for k in range(CLUSTERS_LISTED + 2):  # one duplicate cluster per text
        scored += [_sc(f"c{k}-{j}", "pA", f"u{k}-{j}", f"texto repetido número {k}", cluster_id=f"dup-{k}")
                   for j in range(2)]
    summary = summarize(scored, {"pA": PostIn("pA", creator="alice", followers=10_000, likes=500)})
    page = render_report(summary, scored, source="dump <b>.csv", run={
        "version": "9.9", "engine": "onnx", "precision": "fp32", "sentiment_model": "models/sentiment",
        "authenticity_model": "bundled"})
    head = page.split("</header>", 1)[0]
    assert "source: dump &lt;b&gt;.csv" in head
    assert ("comment-analyzer 9.9 · sentiment model: models/sentiment (onnx, fp32) · "
            "authenticity model: bundled") in head
    assert len(summary.clusters) == CLUSTERS_LISTED + 2
    table = page.split('id="clusters"', 1)[1].split("</section>", 1)[0]
    assert table.count("<tr>") == CLUSTERS_LISTED + 1  # the header and the first CLUSTERS_LISTED
    assert "+2 more clusters in clusters.*" in table
