"""One self-contained HTML report for a brand analyst: inline CSS and inline SVG, no script, no requests.

Every piece of user-controlled text (comments, handles, captions, ids, campaign names) goes through
`_e` (`html.escape` with quotes) before it reaches the page, in element text, SVG `<title>`/labels and
attributes alike; a Content-Security-Policy without script sources is a second line of defence.
"""

from __future__ import annotations

import html
import math
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from .config import EngagementConfig
from .engagement import (
    BURIED_NOTE,
    NO_POST_ID,
    UNKNOWN_CREATOR,
    CreatorSummary,
    PostSummary,
    Summary,
    by_creator,
    money_range,
)
from .records import WARNING_KINDS, InputWarning, RowError, ScoredComment, grouped, half_up, plural

__all__ = ["render_report", "write_report"]

FLAGGED_PER_LIST = 6  # comments shown per "most telling" list
CLUSTERS_LISTED = 15  # cluster rows in the report (every one is in clusters.*)
# under the wide tables on screens too narrow for every column (CSS shows it there only)
_SCROLL_HINT = '<p class="scrollhint">More columns to the right: scroll the table sideways →</p>'
MAX_ERRORS_LISTED = 10

COMPONENT_LABELS = {
    "genuine_er": "Genuine ER vs tier",
    "authenticity": "Authenticity",
    "sentiment": "Sentiment",
    "relevance": "Relevance",
    "coordination": "No coordination",
    "disclosure": "Disclosure",
}
COMPONENT_SHORT = {
    "genuine_er": "Gen. ER",
    "authenticity": "Authentic",
    "sentiment": "Sentiment",
    "relevance": "Relevance",
    "coordination": "No pod",
    "disclosure": "Disclosed",
}
COMPONENT_COLORS = {
    "genuine_er": "#2563eb",
    "authenticity": "#16a34a",
    "sentiment": "#0d9488",
    "relevance": "#8b5cf6",
    "coordination": "#ea580c",
    "disclosure": "#ca8a04",
}
SENTIMENT_COLORS = {"negative": "#dc2626", "neutral": "#94a3b8", "positive": "#16a34a"}
AUTH_COLORS = {"genuine": "#16a34a", "superficial": "#f59e0b", "spam": "#dc2626"}
ER_COLOR, GER_COLOR = "#94a3b8", "#2563eb"
DASHED = "dashed"  # a legend entry drawn as the benchmark's dashed line, not a colour square


# --------------------------------------------------------------------------------------------------
# Formatting (every helper returns escaped text)
# --------------------------------------------------------------------------------------------------
# Bidirectional embedding/override/isolate controls: "user\u202egnp.exe" would show as "userexe.png", so a handle an
# analyst passes on could name another account. Removed from everything shown (the data keeps them).
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _e(value: object) -> str:
    """Escape anything for element text and double- or single-quoted attributes (bidi controls removed)."""
    return html.escape("" if value is None else str(value).translate(_BIDI_CONTROLS), quote=True)


def _clip(text: str | None, n: int) -> str:
    """Shorten raw text (before escaping, so an entity is never cut in half)."""
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _pct(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "—"
    return f"{half_up(x, digits, 100):.{digits}f}%" if math.isfinite(x) else f"{x * 100:.{digits}f}%"


def _num(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "—"
    return grouped(x, digits)


def _money(lo: float | None, hi: float | None, digits: int = 0, currency: str | None = None) -> str:
    """"$1,200" for dollars (and unstated or estimated costs), "EUR 1,200" when the fees say another currency."""
    if lo is None or hi is None:
        return "—"
    return money_range(lo, hi, currency, digits)


def _signed(x: float | None) -> str:
    return "—" if x is None else f"{x + 0.0:+.2f}".replace("-0.00", "0.00").replace("+0.00", "0.00")


def _name(creator: str | None) -> str:
    return creator if creator else UNKNOWN_CREATOR


def _handle(creator: str | None) -> str:
    return f"@{creator.lstrip('@')}" if creator else UNKNOWN_CREATOR


def _band_chip(band: str | None) -> str:
    if band is None:
        return '<span class="chip chip-none">n/a</span>'
    return f'<span class="chip chip-{_e(band)}">{_e(band)}</span>'


def _score_class(score: float | None) -> str:
    if score is None:
        return "none"
    return "high" if score >= 70 else "mid" if score >= 45 else "low"


# --------------------------------------------------------------------------------------------------
# SVG charts
# --------------------------------------------------------------------------------------------------
def _legend(items: Iterable[tuple[str, str]]) -> str:
    spans = "".join(f'<span><i class="dash"></i>{_e(label)}</span>' if c == DASHED else
                    f'<span><i style="background:{c}"></i>{_e(label)}</span>' for label, c in items)
    return f'<div class="legend">{spans}</div>'


def _ink(background: str) -> str:
    """Text colour for a label on a "#rrggbb" fill: dark on light fills (grey, amber), white on dark ones."""
    r, g, b = (int(background[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#0f172a" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "#fff"


def _stacked_hbars(
    rows: Sequence[tuple[str, Sequence[tuple[float, str, str]], str]],
    *,
    scale_max: float,
    axis_ticks: Sequence[float],
    tick_fmt,
    aria: str,
    label_w: int = 190,
    width: int = 1040,
    bar_h: int = 22,
    gap: int = 12,
    seg_labels: bool = False,
) -> str:
    """Horizontal stacked bars; rows = (label, [(value, colour, tooltip)], right-hand note). `seg_labels`: each
    segment wide enough for it shows its value as a percentage (readable in print, on touch screens and without
    telling colours apart; the tooltip has every value)."""
    plot_w = width - label_w - 90
    top = 8
    h = top + len(rows) * (bar_h + gap) + 24
    parts = [
        '<div class="chartwrap">'
        f'<svg class="chart" viewBox="0 0 {width} {h}" width="100%" role="img" aria-label="{_e(aria)}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="13">'
    ]
    for t in axis_ticks:
        x = label_w + plot_w * (t / scale_max if scale_max else 0)
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{h - 20}" class="grid"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{h - 6}" text-anchor="middle" class="tick">{_e(tick_fmt(t))}</text>'
        )
    for i, (label, segments, note) in enumerate(rows):
        y = top + i * (bar_h + gap)
        parts.append(
            f'<text x="{label_w - 10}" y="{y + bar_h / 2 + 4.5:.1f}" text-anchor="end" class="lab">'
            f"<title>{_e(label)}</title>{_e(_clip(label, max(8, (label_w - 14) // 7)))}</text>"
        )
        x = float(label_w)
        for value, color, tip in segments:
            if value <= 0:
                continue
            w = plot_w * value / scale_max if scale_max else 0
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar_h}" fill="{_e(color)}">'
                f"<title>{_e(tip)}</title></rect>"
            )
            if seg_labels and w >= 34:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + bar_h / 2 + 4:.1f}" text-anchor="middle" '
                             f'class="seg" fill="{_ink(color)}">{value:.0f}%</text>')
            x += w
        parts.append(f'<text x="{x + 8:.1f}" y="{y + bar_h / 2 + 4.5:.1f}" class="val">{_e(note)}</text>')
    parts.append("</svg></div>")
    return "".join(parts)


def _score_chart(creators: Sequence[CreatorSummary], config: EngagementConfig) -> str:
    rows = []
    for c in creators:
        if c.creator is None or c.score is None:  # unranked: the unknown creators' pool, a creator with no score
            continue  # (the table lists them, without a rank: a bar from the disclosure part alone would read 100)
        segs = []
        known_w = sum(w for k, w in config.score_weights.items() if c.components.get(k) is not None)
        for k, w in config.score_weights.items():
            v = c.components.get(k)
            if v is None or not known_w:
                continue
            pts = 100 * w * v / known_w
            label = COMPONENT_LABELS.get(k, k)
            segs.append(
                (
                    pts,
                    COMPONENT_COLORS.get(k, "#64748b"),
                    f"{_handle(c.creator)} · {label}: {v:.2f} → {pts:.1f} pts",
                )
            )
        rows.append((_handle(c.creator), segs, "—" if c.score is None else f"{c.score:.0f}"))
    chart = _stacked_hbars(
        rows,
        scale_max=100,
        axis_ticks=[0, 25, 50, 75, 100],
        tick_fmt=lambda t: f"{t:.0f}",
        aria="Genuine engagement score per creator, split into weighted components",
    )
    legend = _legend(
        (f"{COMPONENT_LABELS.get(k, k)} ({w:.0%})", COMPONENT_COLORS.get(k, "#64748b"))
        for k, w in config.score_weights.items()
    )
    return chart + legend


def _mix_chart(creators: Sequence[CreatorSummary], kind: str) -> str:
    if not creators:
        return '<p class="muted">No comments.</p>'
    rows = []
    for c in creators:
        if kind == "sentiment":
            mix = c.sentiment_mix or {}
            segs = [
                (
                    100 * mix.get(k, 0.0),
                    SENTIMENT_COLORS[k],
                    f"{_handle(c.creator)} · {k}: {_pct(mix.get(k))}",
                )
                for k in SENTIMENT_COLORS
            ]
            note = f"net {_signed(c.net_sentiment)}"
        else:
            mix = {"genuine": c.genuine_share, "superficial": c.superficial_share, "spam": c.spam_share}
            segs = [
                (100 * (mix[k] or 0.0), AUTH_COLORS[k], f"{_handle(c.creator)} · {k}: {_pct(mix[k])}")
                for k in AUTH_COLORS
            ]
            note = f"pod {_pct(c.coordinated_share, 0)}"
        if not any(v > 0 for v, _, _ in segs):
            # comments whose genuine weight is too small to read a sentiment from are not "no comments"
            note = "no genuine comments" if kind == "sentiment" and c.n_audience_comments else "no comments"
        rows.append((_handle(c.creator), segs, note))
    aria = (
        "Sentiment mix of genuine comments per creator (weighted by genuine weight)"
        if kind == "sentiment"
        else "Authenticity mix of audience comments per creator"
    )
    chart = _stacked_hbars(
        rows,
        scale_max=100,
        axis_ticks=[0, 50, 100],
        tick_fmt=lambda t: f"{t:.0f}%",
        aria=aria,
        label_w=160,
        width=620,
        bar_h=20,
        gap=10,
        seg_labels=True,
    )
    colors = SENTIMENT_COLORS if kind == "sentiment" else AUTH_COLORS
    return chart + _legend((k, v) for k, v in colors.items())


def _er_chart(creators: Sequence[CreatorSummary]) -> str:
    """Grouped vertical bars: median ER and median genuine ER per creator, tier benchmark as a tick."""
    data = [c for c in creators if c.median_er is not None]
    if not data:
        return '<p class="muted">No follower counts in the post data: engagement rates cannot be charted.</p>'
    width, height, left, bottom, top = 1040, 300, 56, 54, 16
    plot_w, plot_h = width - left - 16, height - bottom - top
    vmax = max(max(_chart_er(c) or 0, c.median_er or 0, c.median_genuine_er or 0, c.benchmark_er or 0) for c in data)
    step = _nice_step(vmax)
    vmax = step * max(1, -(-vmax // step))
    group_w = plot_w / len(data)
    bar_w = min(44.0, group_w * 0.3)
    parts = [
        '<div class="chartwrap">'
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Median engagement rate vs genuine engagement rate per creator" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="13">'
    ]
    t = 0.0
    while t <= vmax + 1e-12:
        y = top + plot_h * (1 - t / vmax)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 16}" y2="{y:.1f}" class="grid"/>')
        parts.append(
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="tick">{t * 100:.1f}%</text>'
        )
        t += step
    for i, c in enumerate(data):  # benchmarks first, so bars and their labels sit on top
        cx = left + group_w * (i + 0.5)
        if c.benchmark_er:
            by = top + plot_h * (1 - c.benchmark_er / vmax)
            parts.append(
                f'<line x1="{cx - bar_w - 12:.1f}" y1="{by:.1f}" x2="{cx + bar_w + 12:.1f}" y2="{by:.1f}" '
                f'class="bench"><title>{_e(_handle(c.creator))} · {_e(c.tier)} benchmark: '
                f"{_pct(c.benchmark_er, 1)}</title></line>"
            )
    for i, c in enumerate(data):
        cx = left + group_w * (i + 0.5)
        name = _handle(c.creator)
        for j, (value, color, label) in enumerate(
            ((_chart_er(c), ER_COLOR, "ER"), (c.median_genuine_er, GER_COLOR, "genuine ER"))
        ):
            if value is None:
                continue
            bh = plot_h * value / vmax
            x = cx - bar_w - 3 + j * (bar_w + 6)
            y = top + plot_h - bh
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(bh, 0.5):.1f}" fill="{color}" rx="2">'
                f"<title>{_e(name)} · {label}: {_pct(value, 2)}"
                f"{_e(_chart_basis(c)) if label == 'ER' else ''}</title></rect>"
            )
            lab_y = y - 5
            if c.benchmark_er:  # a label the dashed benchmark line crosses goes above the line
                by = top + plot_h * (1 - c.benchmark_er / vmax)
                if lab_y - 12 <= by <= lab_y + 3:
                    lab_y = by - 5
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{lab_y:.1f}" text-anchor="middle" class="val halo">'
                f"{_pct(value, 1)}</text>"
            )
        parts.append(
            f'<text x="{cx:.1f}" y="{top + plot_h + 20}" text-anchor="middle" class="lab">'
            f"<title>{_e(name)}</title>{_e(_clip(name, 22))}</text>"
        )
        parts.append(
            f'<text x="{cx:.1f}" y="{top + plot_h + 37}" text-anchor="middle" class="tick">'
            f"{_e(c.tier or 'tier ?')} · {_e(_num(c.followers))}</text>"
        )
    parts.append("</svg></div>")
    legend = _legend(
        [
            ("ER (median over the posts genuine ER covers)" if any(_chart_basis(c) for c in data)
             else "ER (median over posts)", ER_COLOR),
            ("Genuine ER", GER_COLOR),
            ("Tier benchmark (score = 100% there)", DASHED),
        ]
    )
    left_out = [c for c in creators if c.median_er is None]
    if left_out:
        legend += (f"<p class='muted small'>Not charted (no follower count, or 0 followers): "
                   f"{_e(', '.join(_handle(c.creator) for c in left_out))}</p>")
    return "".join(parts) + legend


def _nice_step(vmax: float) -> float:
    for step in (0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0):
        if vmax / step <= 6:
            return step
    return vmax / 5 or 1.0


# --------------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------------
def _kpis(summary: Summary, n_errors: int) -> str:
    t = summary.totals
    n = t.get("audience_comments", 0) or 0  # the shares are of the audience's comments, as in the tables

    def share(k: str) -> str:
        return _pct(t.get(k, 0) / n, 0) if n else "—"

    pods, dups = t.get("pods", 0) or 0, (t.get("clusters", 0) or 0) - (t.get("pods", 0) or 0)
    cards = [
        ("Comments analysed", _num(t.get("comments", 0)),
         f"{_num(n)} from {_num(t.get('authors'))} audience accounts" + (
             f" · {_num(t.get('creator_replies'))} creator replies" if t.get("creator_replies") else ""), ""),
        (
            "Creators · posts",
            f"{_num(t.get('creators'))} · {_num(t.get('posts'))}",
            plural(t.get("campaigns") or 0, "campaign"),
            "",
        ),
        (
            "Genuine comments",
            share("genuine_comments"),
            plural(t.get("genuine_comments") or 0, "comment"),
            "good",
        ),
        (
            "Superficial · spam",
            f"{share('superficial_comments')} · {share('spam_comments')}",
            plural(t.get("spam_comments") or 0, "spam comment"),
            "warn",
        ),
        (
            "Coordinated (pods)",
            share("coordinated_comments"),
            f"{_num(pods)} pod{'' if pods == 1 else 's'} · {_num(dups)} duplicate group{'' if dups == 1 else 's'}",
            "warn" if pods else "",
        ),
        (
            "Undisclosed sponsorship",
            _num(t.get("undisclosed_posts")),
            "post to review" if t.get("undisclosed_posts") == 1 else "posts to review",
            "bad" if t.get("undisclosed_posts") else "good",
        ),
        ("Rows rejected", _num(n_errors), "input rows with errors", "bad" if n_errors else ""),
    ]
    return (
        '<div class="kpis">'
        + "".join(
            f'<div class="kpi {cls}"><div class="kpi-label">{_e(label)}</div><div class="kpi-value">{_e(value)}</div>'
            f'<div class="kpi-sub">{_e(sub)}</div></div>'
            for label, value, sub, cls in cards
        )
        + "</div>"
    )


def _where(source: str | None, row: int | None) -> str:
    return f"{source or ''}" + (f":{row}" if row is not None else "")


def _quality_notes(
    summary: Summary, errors: Sequence[RowError], n_errors: int, warnings: Sequence[InputWarning] = (),
    input_notes: Sequence[str] = (),
) -> str:
    # how the input was read (columns matched by another name, the day/month order dates were read in, ...)
    read_as = [*input_notes, *(w.detail for w in warnings if w.kind == "input_note")]
    warnings = [w for w in warnings if w.kind != "input_note"]
    items = [_e(n) for n in summary.notes] + [_e(_clip(n, 240)) for n in read_as[:MAX_ERRORS_LISTED]]
    if n_errors:
        items.append(f"{_e(_num(n_errors))} input row(s) could not be used and are not in these numbers.")
    for err in errors[:MAX_ERRORS_LISTED]:
        items.append(f"<code>{_e(_clip(_where(err.source, err.row), 60))}</code> {_e(_clip(err.error, 160))}")
    if len(errors) > MAX_ERRORS_LISTED:
        items.append(f"… and {_e(len(errors) - MAX_ERRORS_LISTED)} more row errors.")
    for kind, n in Counter(w.kind for w in warnings).items():
        items.append(f"{_e(_num(n))} × {_e(WARNING_KINDS.get(kind, kind))}.")
    # post-level warnings move the numbers (a dropped follower count leaves a post without a rate): list them
    post_warnings = [w for w in warnings if w.kind != "comment_field"]
    for w in post_warnings[:MAX_ERRORS_LISTED]:
        what = f"post {w.id}: " if w.id else ""
        items.append(f"<code>{_e(_clip(_where(w.source, w.row), 60))}</code> {_e(_clip(what + w.detail, 160))}")
    if len(post_warnings) > MAX_ERRORS_LISTED:
        items.append(f"… and {_e(len(post_warnings) - MAX_ERRORS_LISTED)} more post warnings.")
    per_post: dict[str, list[str]] = {}
    for p in summary.posts:
        for note in p.notes:
            per_post.setdefault(note, []).append(p.post_id or NO_POST_ID)
    for note, ids in per_post.items():
        shown = ", ".join(_clip(i, 24) for i in ids[:6]) + (f" +{len(ids) - 6}" if len(ids) > 6 else "")
        items.append(f'{_e(note)} <span class="muted">({_e(shown)})</span>')
    if not items:
        return '<p class="muted">No data-quality issues found.</p>'
    return '<ul class="notes">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _ranking_table(creators: Sequence[CreatorSummary], config: EngagementConfig) -> str:
    head = (
        "<tr><th>#</th><th>Creator</th><th>Tier · followers</th><th class='num'>Score</th>"
        + "".join(
            f"<th class='num comp' title='{_e(COMPONENT_LABELS.get(k, k))}'>{_e(COMPONENT_SHORT.get(k, k))}"
            f"<br><span>{w:.0%}</span></th>"
            for k, w in config.score_weights.items()
        )
        + "<th class='num'>ER<br><span>genuine ER</span></th><th class='num'>Replies</th>"
        "<th class='num'>Cost / post<br><span>per genuine eng.</span></th></tr>"
    )
    rows = []
    notes: list[str] = []  # what each creator's figures rest on (missing followers, currencies, coverage)
    ranked = 0
    for c in creators:
        # the pool of unknown creators' posts and a creator with no score (min_score_coverage) are not ranked
        rankable = c.creator is not None and c.score is not None
        ranked += rankable
        rank = ranked if rankable else "—"
        comps = "".join(
            f"<td class='num comp'>{_e('—' if c.components.get(k) is None else f'{c.components[k]:.2f}')}</td>"
            for k in config.score_weights
        )
        flags = ""
        if c.undisclosed_posts:
            flags += ' <span class="chip chip-bad" title="undisclosed sponsorship">undisclosed ad</span>'
        if (c.coordinated_share or 0) >= 0.1:
            flags += ' <span class="chip chip-warn" title="coordinated comments">pod</span>'
        src = {"fee": "fee", "estimate": "estimate", "mixed": "fee + estimate"}.get(c.cost_source or "", "")
        shown = c.score if c.creator is not None else None  # the unknown creators' pool is no one to score
        if c.notes:
            notes.append(f"<li><strong>{_e(_handle(c.creator))}</strong>: {_e('; '.join(c.notes))}</li>")
        rows.append(
            f"<tr><td>{rank}</td><td><strong>{_e(_handle(c.creator))}</strong>{flags}"
            f"<div class='muted small'>{_e(' · '.join(x for x in (', '.join(c.platforms), _posts(c.n_posts), plural(c.n_audience_comments, 'comment')) if x))}</div></td>"
            f"<td>{_e(c.tier or '—')}<div class='muted small'>{_e(_num(c.followers))}</div></td>"
            f"<td class='num'><span class='score score-{_score_class(shown)}'>{_e('—' if shown is None else f'{shown:.0f}')}</span>"
            + (f"<div class='muted small' title='share of the score weight that could be computed'>"
               f"{c.score_coverage:.0%} of weight</div>" if shown is not None and c.score_coverage < 1 else "")
            + f"</td>{comps}"
            f"<td class='num'>{_e(_pct(c.median_er, 2))} {_band_chip(c.er_band)}<br>"
            f"<strong>{_e(_pct(c.median_genuine_er, 2))}</strong> {_band_chip(c.genuine_er_band)}"
            f"{_same_posts_er(c)}</td>"
            f"<td class='num'>{_e(_pct(c.reply_rate, 0))}</td>"
            f"<td class='num'>{_e(_money(c.cost_per_post_low, c.cost_per_post_high, 0, c.cost_currency))}"
            f"<div class='muted small'>{_e(src)}</div>"
            f"<strong>{_e(_money(c.cost_per_genuine_engagement_low, c.cost_per_genuine_engagement_high, 2, c.cost_currency))}</strong>"
            "</td></tr>"
        )
    table = f'<div class="tablewrap"><table class="rank">{head}{"".join(rows)}</table></div>{_SCROLL_HINT}'
    if not notes:
        return table
    return (table + "<h3 style='margin-top:14px'>Notes on the creators' figures</h3>"
            f"<ul class='notes muted small'>{''.join(notes)}</ul>")


def _chart_er(c) -> float | None:
    """The ER bar beside a genuine ER bar: over the same posts when the genuine figure covers fewer."""
    if c.median_genuine_er is not None and c.matched_median_er is not None:
        return c.matched_median_er
    return c.median_er


def _chart_basis(c) -> str:
    """The ER bar's posts, said in its tooltip when they are not all the creator's posts with followers."""
    if c.median_genuine_er is None or c.matched_median_er is None or _same_er_posts(c):
        return ""
    return (f" (the {_posts(len(c.genuine_er_post_ids))} with comments; over all "
            f"{_posts(len(c.er_post_ids))}: {_pct(c.median_er, 2)})")


def _covers_all(c) -> bool:
    """Whether a creator's or campaign's genuine engagements cover all its posts (else only those with comments)."""
    return len(c.genuine_post_ids) >= c.n_posts


def _same_er_posts(c) -> bool:
    """Whether genuine ER covers every post ER does (else only those with comments as well as followers)."""
    return len(c.genuine_er_post_ids) >= len(c.er_post_ids)


def _posts(n: int) -> str:
    return plural(n, "post")


def _same_posts_er(c) -> str:
    if c.matched_median_er is None or _same_er_posts(c):
        return ""
    return (f"<div class='muted small'>ER {_e(_pct(c.matched_median_er, 2))} on the "
            f"{_e(_posts(len(c.genuine_er_post_ids)))} with comments</div>")


def _er_pair(c) -> str:
    """A campaign's "ER → genuine ER" over the same posts: when the genuine figure covers fewer posts (the others
    have no audience comments in the dump), the arrow starts from the ER of those posts and the all-posts ER is
    shown apart, so the two never compare different post sets."""
    if _same_er_posts(c) or c.matched_er is None:
        return f"<dt>ER → genuine ER</dt><dd>{_e(_pct(c.er, 2))} → <strong>{_e(_pct(c.genuine_er, 2))}</strong></dd>"
    n_er = len(c.er_post_ids)
    er_posts = f"all {_posts(n_er)}" if n_er >= c.n_posts else f"{_posts(n_er)} with a follower count"
    return (f"<dt>ER, {_e(er_posts)}</dt><dd>{_e(_pct(c.er, 2))}</dd>"
            f"<dt>ER → genuine ER, {_e(_posts(len(c.genuine_er_post_ids)))} with comments</dt>"
            f"<dd>{_e(_pct(c.matched_er, 2))} → <strong>{_e(_pct(c.genuine_er, 2))}</strong></dd>")


def _notes(notes) -> str:
    if not notes:
        return ""
    return "<ul class='muted small'>" + "".join(f"<li>{_e(n)}</li>" for n in notes) + "</ul>"


def _campaigns(summary: Summary) -> str:
    if not summary.campaigns:
        return '<p class="muted">No posts.</p>'
    cards = []
    for c in summary.campaigns:
        warn = (
            f"<div class='camp-warn'>⚠ {_e(_posts(len(c.undisclosed_posts)))} without ad disclosure</div>"
            if c.undisclosed_posts
            else ""
        )
        cards.append(
            f"<div class='camp'><div class='camp-title'>{_e(c.label)}</div>"
            f"<div class='muted small'>{_e(', '.join(_handle(x) for x in c.creators))}</div>"
            f"<dl><dt>Posts</dt><dd>{_e(c.n_posts)}</dd>"
            "<dt title='followers summed over the posts: a creator with two posts counts twice'>Potential "
            f"impressions</dt><dd>{_e(_num(c.followers_reached))}</dd>"
            f"{_er_pair(c)}"
            + (f"<dt>Genuine engagements</dt><dd>{_e(_num(c.genuine_engagements))} of {_e(_num(c.engagements))}</dd>"
               if _covers_all(c) else
               f"<dt>Genuine engagements, {_e(_posts(len(c.genuine_post_ids)))} with comments</dt>"
               f"<dd>{_e(_num(c.genuine_engagements))} (all posts: {_e(_num(c.engagements))} engagements)</dd>")
            + f"<dt>Net sentiment</dt><dd>{_e(_signed(c.net_sentiment))}</dd>"
            f"<dt>Coordinated · spam</dt><dd>{_e(_pct(c.coordinated_share, 0))} · {_e(_pct(c.spam_share, 0))}</dd>"
            f"<dt>Cost</dt><dd>{_e(_money(c.cost_low, c.cost_high, 0, c.cost_currency))}</dd>"
            f"<dt>Cost / genuine eng.</dt><dd>{_e(_money(c.cost_per_genuine_engagement_low, c.cost_per_genuine_engagement_high, 2, c.cost_currency))}</dd>"
            f"<dt>Mean score</dt><dd><span class='score score-{_score_class(c.score)}'>{_e('—' if c.score is None else f'{c.score:.0f}')}</span></dd>"
            f"</dl>{warn}{_notes(c.notes)}</div>"
        )
    return '<div class="camps">' + "".join(cards) + "</div>"


def _disclosure(posts: Sequence[PostSummary]) -> str:
    bad = [p for p in posts if p.undisclosed_sponsorship]
    ok = [p for p in posts if p.sponsored and p.disclosed]
    # sponsored by a fee or flag, but no caption was seen: neither disclosed nor undisclosed (QA: listed as disclosed)
    unchecked = [p for p in posts if p.sponsored and not p.disclosed and not p.undisclosed_sponsorship]
    parts = []
    for p in bad:
        ev = "".join(f"<li>{_e(x)}</li>" for x in p.sponsored_evidence)
        parts.append(
            f"<div class='alert'><div class='alert-title'>⚠ {_e(_handle(p.creator))} · post <code>{_e(p.post_id)}</code>"
            f"{' · campaign ' + _e(p.campaign) if p.campaign else ''}</div>"
            f"<div>Reads as sponsored but carries no disclosure (#ad, #publi, “paid partnership with”, platform label).</div>"
            + (f"<div class='quote'>{_e(_clip(p.caption, 300))}</div>" if p.caption else "")
            + f"<ul>{ev}</ul></div>"
        )
    buried = [p for p in ok if p.disclosure_buried]
    for p in buried:
        where = next((n.removeprefix(BURIED_NOTE) for n in p.notes if n.startswith(BURIED_NOTE)), "")
        parts.append(
            f"<div class='alert alert-warn'><div class='alert-title'>⚠ {_e(_handle(p.creator))} · post "
            f"<code>{_e(p.post_id)}</code>{' · campaign ' + _e(p.campaign) if p.campaign else ''}</div>"
            f"<div>Disclosed, but where readers may not see it: {_e(where)}. The FTC and Spain's influencer code ask "
            "for the label at the start of the caption, not after “more” or among hashtags.</div></div>"
        )
    if ok:
        items = "".join(
            f"<li>{_e(_handle(p.creator))} · <code>{_e(p.post_id)}</code>: {_e('; '.join(p.disclosure_evidence))}"
            f"{' (buried)' if p.disclosure_buried else ''}</li>"
            for p in ok
        )
        parts.append(
            f"<div class='okbox'><div class='alert-title'>✓ Disclosed sponsored posts</div><ul>{items}</ul></div>"
        )
    if unchecked:
        items = "".join(f"<li>{_e(_handle(p.creator))} · <code>{_e(p.post_id)}</code>: "
                        f"{_e('; '.join(p.sponsored_evidence))}</li>" for p in unchecked)
        parts.append(
            "<div class='alert alert-warn'><div class='alert-title'>? Sponsored posts whose disclosure was not "
            "checked</div><div>No caption in the post data, so whether they carry #ad or a platform label is "
            f"unknown (they count neither way in the disclosure score).</div><ul>{items}</ul></div>"
        )
    if not parts:
        return '<p class="muted">No sponsorship signals found in the captions.</p>'
    return "".join(parts)


def _handle_list(names: Sequence[str], limit: int) -> str:
    """The first `limit` accounts as @handles, then "+N" for the rest (escaped HTML)."""
    shown = ", ".join(_e(_handle(a)) for a in names[:limit])
    return shown + (f" <span class='muted'>+{_e(len(names) - limit)}</span>" if len(names) > limit else "")


def _clusters(summary: Summary) -> str:
    if not summary.clusters:
        return '<p class="muted">No coordinated clusters were detected.</p>'
    rows = []
    for cl in summary.clusters[:CLUSTERS_LISTED]:
        texts = "".join(f"<div class='quote'>{_e(_clip(t, 140))}</div>" for t in cl.texts[:3])
        if len(cl.texts) > 3:
            texts += f"<div class='muted small'>+{_e(len(cl.texts) - 3)} more variants</div>"
        authors = _handle_list(cl.authors, 15)
        span = "—" if cl.span_seconds is None else _duration(cl.span_seconds)
        kind = ('<span class="chip chip-bad">pod</span>' if cl.coordinated
                else '<span class="chip">duplicates</span>')
        rows.append(
            f"<tr><td><code class='nowrap'>{_e(_clip(cl.cluster_id, 24))}</code><div>{kind}</div></td><td class='num'><strong>{_e(cl.count)}</strong></td>"
            f"<td class='num'>{_e(cl.n_authors)}</td><td>{texts}</td><td class='small'>{authors}</td>"
            f"<td>{_e(', '.join(_handle(c) for c in cl.creators) or '—')}<div class='muted small'>"
            f"{_e(', '.join(str(p) for p in cl.post_ids[:6]))}</div></td><td class='num'>{_e(span)}</td></tr>"
        )
    head = (
        "<tr><th>Cluster</th><th class='num'>Comments</th><th class='num'>Accounts</th><th class='w30'>Shared text</th>"
        "<th class='w35'>Who posted it</th><th>Creator · posts</th><th class='num'>Time span</th></tr>"
    )
    more = len(summary.clusters) - CLUSTERS_LISTED
    note = f"<p class='muted small'>+{_e(more)} more clusters in clusters.*</p>" if more > 0 else ""
    return f'<div class="tablewrap"><table>{head}{"".join(rows)}</table></div>{note}'


def _promoted(summary: Summary) -> str:
    if not summary.promoted:
        return '<p class="muted">No account outside the creators, captions and commenters is named repeatedly.</p>'
    rows = []
    for a in summary.promoted[:MAX_ERRORS_LISTED]:
        promoters = _handle_list(a.promoters, 8)
        rows.append(
            f"<tr><td><strong>{_e(_handle(a.handle))}</strong></td><td class='num'>{_e(a.n_comments)}</td>"
            f"<td class='num'>{_e(a.n_promoters)}</td><td class='num'>{_e(_pct(a.spam_share, 0))}</td>"
            f"<td class='small'>{promoters}</td><td><div class='quote'>{_e(_clip(a.example, 140))}</div></td>"
            f"<td>{_e(', '.join(_handle(c) for c in a.creators) or '—')}<div class='muted small'>"
            f"{_e(', '.join(str(p) for p in a.post_ids[:6]))}</div></td></tr>"
        )
    more = len(summary.promoted) - MAX_ERRORS_LISTED
    note = f"<p class='muted small'>+{_e(more)} more in promoted.*</p>" if more > 0 else ""
    head = (
        "<tr><th>Account named</th><th class='num'>Comments</th><th class='num'>Accounts naming it</th>"
        "<th class='num'>Flagged spam</th><th>Named by</th><th class='w30'>Example</th><th>Creator · posts</th></tr>"
    )
    return f'<div class="tablewrap"><table>{head}{"".join(rows)}</table></div>{note}'


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def _first_of_each(items: Iterable[ScoredComment], key: Callable[[ScoredComment], str]) -> list[ScoredComment]:
    """The same order, but the first item of each `key` before any repeat: one pod, or six accounts pasting one
    crypto pitch, should not fill a list that can show other kinds. One pass (the lists can hold a whole dump)."""
    seen: set[str] = set()
    first: list[ScoredComment] = []
    rest: list[ScoredComment] = []
    for c in items:
        k = key(c)
        (rest if k in seen else first).append(c)
        seen.add(k)
    return first + rest


def _flagged(summary: Summary, scored: Sequence[ScoredComment]) -> str:
    creator_of = {p.post_id: p.creator for p in summary.posts}
    scored = [c for c in scored if not by_creator(c, creator_of.get(c.post_id))]  # audience only
    size = {cl.cluster_id: cl.count for cl in summary.clusters}
    spam = _first_of_each(sorted((c for c in scored if c.authenticity == "spam"), key=lambda c: -c.p_spam),
                          key=lambda c: (c.normalized or c.text).casefold())  # each distinct pitch first
    coord_one_each = _first_of_each(  # one example per cluster first
        sorted((c for c in scored if c.coordinated),
               key=lambda c: (-size.get(str(c.cluster_id), 0), -c.bot_like, c.comment_id)),
        key=lambda c: str(c.cluster_id))
    negative = _first_of_each(sorted(
        (c for c in scored if c.authenticity == "genuine" and c.sentiment == "negative"),
        key=lambda c: -c.p_negative,
    ), key=lambda c: (c.normalized or c.text).casefold())
    lists = [
        ("Most likely spam", spam, lambda c: f"spam {c.p_spam:.2f}", "bad"),
        (
            "Most coordinated",
            coord_one_each,
            lambda c: f"bot-like {c.bot_like:.2f}" + (f" · cluster {c.cluster_id}" if c.cluster_id else ""),
            "warn",
        ),
        ("Most negative genuine comments", negative, lambda c: f"negative {c.p_negative:.2f}", "neg"),
    ]
    cols = []
    for title, items, badge, cls in lists:
        cards = []
        for c in items[:FLAGGED_PER_LIST]:
            reasons = (f"<div class='muted small'>{_e(_clip(', '.join(c.reasons[:4]), 240))}</div>"
                       if c.reasons else "")
            cards.append(
                f"<li class='cmt cmt-{cls}'><div class='cmt-meta'><strong>{_e(_handle(c.author))}</strong> on "
                f"{_e(_handle(creator_of.get(c.post_id)))} · <code>{_e(_clip(c.post_id or '', 20))}</code>"
                f"<span class='badge'>{_e(badge(c))}</span></div>"
                f"<div class='cmt-text'>{_e(_clip(c.text, 280))}</div>{reasons}</li>"
            )
        body = "".join(cards) if cards else "<li class='muted'>None.</li>"
        cols.append(
            f"<div class='flagcol'><h3>{_e(title)} <span class='muted'>({_e(len(items))})</span></h3><ul class='cmts'>{body}</ul></div>"
        )
    return '<div class="flags">' + "".join(cols) + "</div>"


def _giveaway_chip(p: PostSummary) -> str:
    if not p.giveaway:
        return ""
    return ('<br><span class="chip chip-warn" title="the caption asks for likes, follows or tags to enter: entries, not '
            'organic engagement; left out of the creator\'s median ER when it has other posts">giveaway</span>')


def _posts_table(posts: Sequence[PostSummary]) -> str:
    head = (
        "<tr><th>Post</th><th>Creator</th><th class='num'>Followers</th><th class='num'>Likes</th>"
        "<th class='num'>Comments</th><th class='num'>ER</th><th class='num'>Genuine ER</th>"
        "<th class='num'>Authentic</th><th class='num'>Net sent.</th><th class='num'>Pod</th>"
        "<th class='num'>Replies</th><th class='num'>Relevance</th><th>Disclosure</th></tr>"
    )
    rows = []
    for p in posts:
        if p.undisclosed_sponsorship:
            disc = '<span class="chip chip-bad">undisclosed</span>'
        elif p.disclosure_buried:
            disc = '<span class="chip chip-warn" title="disclosed where readers may not see it">buried</span>'
        elif p.sponsored and p.disclosed:
            disc = '<span class="chip chip-good">disclosed</span>'
        elif p.sponsored:
            disc = '<span class="chip chip-warn" title="sponsored, but no caption was seen">not checked</span>'
        else:
            disc = '<span class="muted">—</span>'
        when = p.posted_at.strftime("%Y-%m-%d") if isinstance(p.posted_at, datetime) else ""
        rows.append(
            f"<tr><td><code>{_e(_clip(p.post_id or NO_POST_ID, 24))}</code>"
            f"<div class='muted small nowrap'>{_e(p.platform or '')} {_e(when)}</div></td>"
            f"<td>{_e(_handle(p.creator))}</td><td class='num'>{_e(_num(p.followers))}</td>"
            f"<td class='num'>{_e(_num(p.likes))}</td>"
            f"<td class='num'>{_e(_num(p.comments))}<div class='muted small'>{_e(p.n_comments_dump)} in dump</div></td>"
            f"<td class='num'>{_e(_pct(p.er, 2))}{_giveaway_chip(p)}</td>"
            f"<td class='num'><strong>{_e(_pct(p.genuine_er, 2))}</strong></td>"
            f"<td class='num'>{_e(_pct(p.authentic_share, 0))}</td><td class='num'>{_e(_signed(p.net_sentiment))}</td>"
            f"<td class='num'>{_e(_pct(p.coordinated_share, 0))}</td><td class='num'>{_e(_pct(p.reply_rate, 0))}</td>"
            f"<td class='num'>{_e('—' if p.mean_relevance is None else f'{p.mean_relevance:.2f}')}</td><td>{disc}</td></tr>"
        )
    return f'<div class="tablewrap"><table class="posts">{head}{"".join(rows)}</table></div>{_SCROLL_HINT}'


def _band_basis_note(config: EngagementConfig) -> str:
    if not config.include_shares_saves:
        return ""
    return (" Where shares and saves are counted, the thresholds and the benchmark are multiplied by the band factor "
            "ER / ((likes + comments) / followers), so a post is judged as if they were left out.")


def _methodology(config: EngagementConfig) -> str:
    weights = ", ".join(f"{COMPONENT_LABELS.get(k, k)} {w:.0%}" for k, w in config.score_weights.items())
    tiers = sorted(config.tiers, key=lambda t: t[1])
    tier_txt = ", ".join(f"{name} ≥{lower:,}" for name, lower in tiers)
    bench = "; ".join(
        f"{tier}: " + " / ".join(f"{band} ≥{thr * 100:.2g}%" for band, thr in bands if thr > 0)
        for tier, bands in config.er_bands_by_tier.items()
    )
    lo, hi = config.cost_per_1k_followers
    ss = " + shares + saves" if config.include_shares_saves else ""
    return f"""
<ol class="method">
<li><strong>Engagement rate (ER)</strong> = (likes + comments{ss}) / followers, per post; creators show the median over
their posts. Comments are the platform's count when the post data has it, otherwise the comments in the dump.</li>
<li><strong>Genuine ER</strong>: each audience comment (not the creator's own replies) counts by its genuine weight
(0–1, from the authenticity model: superficial, spam, bot-like and coordinated comments weigh little). The authentic
share <em>s</em> is the mean weight; likes{", shares and saves" if config.include_shares_saves else ""} are discounted by the
inauthentic share 1 − <em>s</em>. Genuine engagements = <em>s</em> × (audience comments + likes{ss}), where audience
comments are the post's comment count (the platform's when known) less the creator's replies found in the dump.</li>
<li><strong>Sentiment</strong> is the share of each label among audience comments weighted by genuine weight, so pods and
spam do not move it; net sentiment = positive − negative. It is left blank when the weights add up to less than
{config.min_sentiment_weight:g} (an audience of spam and bots has no mood to report).</li>
<li><strong>Score (0–100)</strong> = weighted mean of components in [0, 1]: {_e(weights)}. Genuine ER is compared with
the tier's “{_e(config.benchmark_band)}” threshold; coordination reaches 0 at a
{_e(_pct(config.coordination_zero_at, 0))} coordinated share; disclosure is the share of posts without an undisclosed
sponsorship. Components that cannot be computed are left out and the remaining weights rescaled.</li>
<li><strong>Tiers</strong>: {_e(tier_txt)} followers. <strong>ER bands</strong> by tier (Instagram-centred, from
published tier averages, on (likes + comments) / followers): {_e(bench)}.{_band_basis_note(config)}</li>
<li><strong>Cost</strong>: the post's fee when known, otherwise ${lo:,.0f}–${hi:,.0f} per 1,000 followers per post;
cost per genuine engagement = cost / genuine engagements.</li>
<li><strong>Disclosure</strong>: discount codes, affiliate links, “paid partnership” / “en colaboración con” wording or a
sponsored flag or a fee paid, without #ad, #publi, #publicidad, #colaboración, #patrocinado, “paid partnership with” or a
platform disclosure label, is flagged for review; a caption that labels itself an ad counts as sponsored and disclosed.
A disclosure that starts after the first {config.disclosure_visible_chars} characters (what Instagram shows before
“more”) or after a run of {config.disclosure_hashtag_pile} or more hashtags is marked “buried”. It is a heuristic, not legal advice.</li>
<li><strong>Table columns</strong>: <em>Authentic</em> is the authentic share <em>s</em>; <em>Pod</em> (“No pod” in the
ranking, as a 0–1 component) the share of audience comments in a coordinated cluster; <em>Replies</em> the share of
top-level audience comments the creator answered in the dump; <em>Relevance</em> (0–1) how closely the audience comments
talk about the caption (blank without captions). Languages: es Spanish, en English, mixed both in one comment,
other another language, und too short or symbol-only to tell.</li>
</ol>"""


# --------------------------------------------------------------------------------------------------
# Page
# --------------------------------------------------------------------------------------------------
_CSS = """
:root{--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--bg:#f8fafc;--card:#fff;--accent:#2563eb}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 -apple-system,"Segoe UI",Roboto,"Noto Sans",
"DejaVu Sans",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji"}
header{background:linear-gradient(120deg,#0f172a,#1e3a8a);color:#fff;padding:28px 0 24px}
.wrap{max-width:1180px;margin:0 auto;padding:0 28px}
h1{margin:0 0 4px;font-size:26px;font-weight:650;letter-spacing:-.01em}
.subtitle{color:#cbd5e1;font-size:13px}
h2{font-size:18px;margin:0 0 4px;font-weight:650}
h3{font-size:14px;margin:0 0 8px}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 22px;margin:18px 0;
break-inside:avoid}
.lead{color:var(--muted);margin:0 0 14px;font-size:13px}
.kpis{display:grid;grid-template-columns:repeat(7,1fr);gap:10px;margin-top:-38px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:3px solid #cbd5e1;
box-shadow:0 1px 2px rgba(15,23,42,.06)}
.kpi.good{border-top-color:#16a34a}.kpi.warn{border-top-color:#f59e0b}.kpi.bad{border-top-color:#dc2626}
.kpi-label{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.kpi-value{font-size:22px;font-weight:650;margin:2px 0}
.kpi-sub{font-size:12px;color:var(--muted)}
.muted{color:var(--muted)}.small{font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;font-weight:600;color:#334155;border-bottom:2px solid var(--line);padding:8px 8px;vertical-align:bottom;
background:#f8fafc}
td{border-bottom:1px solid var(--line);padding:8px 8px;vertical-align:top}
.num{text-align:right;white-space:nowrap}
td.comp{color:#334155;font-variant-numeric:tabular-nums}
.tablewrap{overflow-x:auto}
.nowrap{white-space:nowrap}.w30{width:30%}.w35{width:32%}
table.rank,table.posts{font-size:12.5px}
table.rank td,table.rank th,table.posts td,table.posts th{padding:7px 6px}
table.posts{font-size:12px}table.posts td,table.posts th{padding:7px 5px}
th span{font-weight:400;color:var(--muted)}
.score{display:inline-block;min-width:38px;text-align:center;padding:3px 8px;border-radius:6px;font-weight:700;color:#fff}
.score-high{background:#16a34a}.score-mid{background:#d97706}.score-low{background:#dc2626}.score-none{background:#94a3b8}
.chip{display:inline-block;padding:1px 7px;border-radius:999px;font-size:11px;font-weight:600;background:#e2e8f0;color:#334155;
white-space:nowrap}
.chip-excellent{background:#dcfce7;color:#166534}.chip-good{background:#dbeafe;color:#1e40af}
.chip-average{background:#fef3c7;color:#92400e}.chip-low{background:#fee2e2;color:#991b1b}
.chip-bad{background:#fee2e2;color:#991b1b}.chip-warn{background:#fef3c7;color:#92400e}.chip-none{background:#f1f5f9;color:#94a3b8}
.chart{display:block;max-width:100%;height:auto}
.chartwrap{overflow-x:auto}
@media (max-width:720px){.chart{min-width:600px}}
.chart .grid{stroke:#e2e8f0;stroke-width:1}
.chart .tick{fill:#64748b;font-size:11px}
.chart .lab{fill:#0f172a;font-size:12.5px}
.chart .val{fill:#334155;font-size:11.5px;font-weight:600}
.chart .seg{font-size:11px;font-weight:600;pointer-events:none}
.chart .halo{paint-order:stroke;stroke:#fff;stroke-width:3px}
.chart .bench{stroke:#0f172a;stroke-width:2.5;stroke-dasharray:5 3}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12px;color:#334155;margin-top:6px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
.legend i.dash{width:18px;height:0;border-radius:0;border-top:2.5px dashed #0f172a;vertical-align:3px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:22px}.two>*{min-width:0}
.camps{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(320px,100%),1fr));gap:14px}
.camp{border:1px solid var(--line);border-radius:8px;padding:14px 16px;min-width:0;overflow-wrap:anywhere}
.camp-title{font-weight:650;font-size:15px}
.camp dl{display:grid;grid-template-columns:auto 1fr;gap:3px 14px;margin:10px 0 0;font-size:13px}
.camp dt{color:var(--muted)}.camp dd{margin:0;text-align:right}
.camp-warn{margin-top:10px;color:#991b1b;font-weight:600;font-size:13px}
.alert{border:1px solid #fecaca;background:#fef2f2;border-left:4px solid #dc2626;border-radius:8px;padding:12px 14px;margin-bottom:10px}
.okbox{border:1px solid #bbf7d0;background:#f0fdf4;border-left:4px solid #16a34a;border-radius:8px;padding:12px 14px}
.alert-title{font-weight:650;margin-bottom:4px}
.alert ul,.okbox ul{margin:6px 0 0;padding-left:20px}
.quote{background:#f8fafc;border-left:3px solid #8b5cf6;padding:3px 8px;margin:2px 0;border-radius:0 4px 4px 0;
overflow-wrap:anywhere}
.flags{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.flags>*{min-width:0}
.cmts{list-style:none;padding:0;margin:0}
.cmt{border:1px solid var(--line);border-left:4px solid #94a3b8;border-radius:6px;padding:8px 10px;margin-bottom:8px;
break-inside:avoid;overflow-wrap:anywhere;min-width:0}
.cmt-bad{border-left-color:#dc2626}.cmt-warn{border-left-color:#8b5cf6}.cmt-neg{border-left-color:#f59e0b}
.cmt-meta{font-size:12px;color:#334155;display:flex;flex-wrap:wrap;gap:4px;align-items:baseline}
.cmt-text{margin-top:4px;overflow-wrap:anywhere}
.badge{margin-left:auto;font-size:11px;background:#f1f5f9;border-radius:4px;padding:0 6px;color:#334155}
.notes{margin:0;padding-left:20px}
.notes li{margin:2px 0}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px;background:#f1f5f9;padding:0 4px;
border-radius:4px;overflow-wrap:anywhere}
.method{padding-left:20px;color:#334155;font-size:13px}
.method li{margin:4px 0}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 0 28px}
@media (max-width:900px){.kpis{grid-template-columns:repeat(2,1fr)}.two,.flags{grid-template-columns:1fr}}
.scrollhint{display:none;font-size:12px;color:var(--muted);margin:2px 0 0}
@media (max-width:1280px){.scrollhint{display:block}}
@media print{
  body{background:#fff;font-size:11px}
  header{background:#fff;color:var(--ink);padding:0 0 8px;border-bottom:2px solid var(--ink)}
  .subtitle{color:var(--muted)}
  .kpis{margin-top:10px}
  section{border:none;padding:6px 0;margin:10px 0}
  .kpi,.score,.chip,.alert,.okbox{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .chart{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .tablewrap{overflow:visible}
  table,table.rank,table.posts{font-size:9px}
  th,td,table.rank td,table.rank th,table.posts td,table.posts th{padding:3px 3px}
  td{overflow-wrap:anywhere}
  section{break-inside:auto}
  h2,h3,.lead{break-after:avoid}
  .chart,.legend,.camp,.cmt,tr,.alert,.okbox,.kpi{break-inside:avoid}
  .kpis{grid-template-columns:repeat(4,1fr)}
  .two{grid-template-columns:1fr 1fr}
  .num,.nowrap,.chip{white-space:normal}
  .scrollhint{display:none}
  @page{size:A4 landscape;margin:10mm}
}
"""


def render_report(
    summary: Summary,
    scored: Iterable[ScoredComment],
    *,
    title: str = "Genuine engagement report",
    generated_at: datetime | str | None = None,
    errors: Sequence[RowError] | int = (),
    source: str | None = None,
    warnings: Sequence[InputWarning] = (),
    input_notes: Sequence[str] = (),
    run: dict | None = None,
) -> str:
    """The whole report as one HTML string (UTF-8, no external resources, no script). `warnings`: what
    the reader dropped or ignored without losing a row (`DumpReader.warnings`), counted and, for posts, listed.
    `input_notes`: how the input was read (the readers' file notes: columns found under another name, the
    day/month order its dates were read in), listed with the data-quality notes. `source` names the input and
    `run` what produced the figures (the CLI passes summary.json's `sentiment_model` and `run`), shown under the
    title so a report passed on says which data and models it rests on."""
    comments = list(scored)
    config = summary.config
    rows_failed: list[RowError] = [] if isinstance(errors, int) else list(errors)
    n_errors = errors if isinstance(errors, int) else len(rows_failed)
    if generated_at is None:
        generated_at = datetime.now(timezone.utc)
    when = (
        generated_at.strftime("%Y-%m-%d %H:%M %Z").strip()
        if isinstance(generated_at, datetime)
        else str(generated_at)
    )
    creators = list(summary.creators)
    langs = ", ".join(f"{k} {v}" for k, v in (summary.totals.get("languages") or {}).items())
    sub = (
        f"Generated {when}"
        + (f" · source: {source}" if source else "")
        + (f" · languages: {langs}" if langs else "")
    )

    made = _provenance(run) if run else ""
    ranking = (
        _score_chart(creators, config) + _ranking_table(creators, config)
        if creators
        else '<p class="muted">No creators.</p>'
    )
    body = f"""
<header><div class="wrap"><h1>{_e(title)}</h1><div class="subtitle">{_e(sub)}</div>{made}</div></header>
<main class="wrap">
<div style="height:46px"></div>
{_kpis(summary, n_errors)}
<section id="quality"><h2>Data quality</h2>
<p class="lead">What the numbers below could not use or had to assume.</p>{_quality_notes(summary, rows_failed, n_errors, warnings, input_notes)}</section>
<section id="ranking"><h2>Creator ranking by genuine engagement score</h2>
<p class="lead">Each bar is the 0–100 score split into its weighted components; the table shows every component (0–1).</p>
{ranking}</section>
<section id="er"><h2>Engagement rate vs genuine engagement rate</h2>
<p class="lead">The gap between the grey and the blue bar is engagement the authenticity model does not believe:
pods, spam, bots and empty praise. The dashed line is the tier's benchmark.</p>{_er_chart(creators)}</section>
<section id="mix"><h2>Audience: sentiment and authenticity</h2>
<div class="two"><div><h3>Sentiment of genuine comments</h3>{_mix_chart(creators, "sentiment")}</div>
<div><h3>Authenticity of audience comments</h3>{_mix_chart(creators, "authenticity")}</div></div></section>
<section id="campaigns"><h2>Campaigns</h2>
<p class="lead">Each campaign's posts pooled: ER over the posts with a follower count, genuine ER over those with
comments too. Its mean score averages its creators' scores computed on the campaign's posts only, so it differs from
their overall scores in the ranking.</p>
{_campaigns(summary)}</section>
<section id="disclosure"><h2>Disclosure warnings</h2>
<p class="lead">Posts that read as paid promotion (codes, affiliate links, partnership wording) but are not labelled as ads.</p>
{_disclosure(summary.posts)}</section>
<section id="clusters"><h2>Coordinated comment clusters</h2>
<p class="lead">Groups of audience accounts posting the same or near-identical text. <strong>Pods</strong> post it
together within minutes (or come back together post after post): engagement pods or bot networks, whose comments
count for nothing. <strong>Duplicates</strong> are the same text from several accounts over time: weaker evidence,
their comments are only discounted.</p>{_clusters(summary)}</section>
<section id="promoted"><h2>Accounts the comments promote</h2>
<p class="lead">Accounts named again and again in the comments that are not a creator, not tagged in a caption and not
a commenter here: scam rings push an "investment manager" this way, spammers their own page.</p>{_promoted(summary)}</section>
<section id="flagged"><h2>The most telling comments</h2>{_flagged(summary, comments)}</section>
<section id="posts"><h2>Posts</h2>{_posts_table(summary.posts)}</section>
<section id="method"><h2>Methodology</h2>{_methodology(config)}</section>
</main>
<footer>comment-analyzer · scores are estimates from text and metadata; read the flagged comments before deciding.</footer>
"""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>{body}</body></html>\n"
    )


def _provenance(run: dict) -> str:
    """One line: the tool version and the models (escaped HTML)."""
    how = ", ".join(str(run[k]) for k in ("engine", "precision") if run.get(k))
    parts = [
        f"comment-analyzer {run['version']}" if run.get("version") else "",
        f"sentiment model: {run['sentiment_model']}" + (f" ({how})" if how else "") if run.get("sentiment_model")
        else "",
        f"authenticity model: {run['authenticity_model']}" if run.get("authenticity_model") else "",
        "streamed" if run.get("mode") == "stream" else "",
    ]
    return f'<div class="subtitle small">{_e(" · ".join(x for x in parts if x))}</div>'


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_report(
    path: str | os.PathLike[str],
    summary: Summary,
    scored: Iterable[ScoredComment],
    **kwargs,
) -> Path:
    """Render and write atomically (temp file in the same directory + os.replace): never a half report."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = render_report(summary, scored, **kwargs)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report is meant to be shared
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
