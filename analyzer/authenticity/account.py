"""Account-level features a dump may carry, mapped onto the Colombia-2014 profile features.

Dumps give followers, following, post count, creation date, default avatar, verified (`AccountInfo`); the
Colombia 2014 spammer set (Twitter, Spanish) has those plus derived rates. Only the mappable ones are used,
so a model trained there reads our dumps; anything missing is NaN (HistGradientBoosting handles NaN).
Username features (digit share, trailing digit run) are not in that set and feed `bot_like` directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone

import numpy as np

from ..records import AccountInfo

ACCOUNT_FEATURES: tuple[str, ...] = ("default_avatar", "verified", "log_age_days", "log_following",
                                     "log_followers", "reputation", "log_posts", "log_posts_per_day",
                                     "log_fofo", "log_following_per_day")
_TRAILING_DIGITS = re.compile(r"(\d{4,})$")


def _f(x) -> float:
    return float("nan") if x is None else float(x)


def account_row(acc: AccountInfo | None, at: datetime | None = None) -> np.ndarray:
    """One row of ACCOUNT_FEATURES (NaN where unknown). `at`: when the comment was made (age reference)."""
    out = np.full(len(ACCOUNT_FEATURES), np.nan, dtype=np.float64)
    if acc is None:
        return out
    fol, fng, posts = _f(acc.followers), _f(acc.following), _f(acc.posts)
    age = np.nan
    if acc.created_at is not None:
        ref = at or datetime.now(timezone.utc)
        c = acc.created_at
        if (c.tzinfo is None) != (ref.tzinfo is None):
            c, ref = c.replace(tzinfo=None), ref.replace(tzinfo=None)
        age = max((ref - c).total_seconds() / 86400.0, 0.0)
    out[0] = _f(acc.default_avatar) if acc.default_avatar is not None else np.nan
    out[1] = _f(acc.verified) if acc.verified is not None else np.nan
    out[2] = np.log1p(age)
    out[3] = np.log1p(fng)
    out[4] = np.log1p(fol)
    out[5] = fol / (fol + fng) if fol + fng > 0 else (np.nan if np.isnan(fol + fng) else 0.0)
    out[6] = np.log1p(posts)
    a = max(age, 1.0) if not np.isnan(age) else np.nan
    out[7] = np.log1p(posts / a)
    out[8] = np.log1p(fol / (fng + 1.0))
    out[9] = np.log1p(fng / a)
    return out


def account_matrix(accounts: Sequence[AccountInfo | None], times: Sequence[datetime | None] | None = None
                   ) -> np.ndarray:
    times = times if times is not None else [None] * len(accounts)
    return np.stack([account_row(a, t) for a, t in zip(accounts, times, strict=True)]) if len(accounts) else \
        np.zeros((0, len(ACCOUNT_FEATURES)))


def colombia_to_account_features(df) -> np.ndarray:
    """The Colombia 0-tweets frame -> ACCOUNT_FEATURES (same transforms as `account_row`)."""
    fol, fng, st = df["followers"].to_numpy(float), df["following"].to_numpy(float), df["statuses"].to_numpy(float)
    age = df["age_days"].to_numpy(float)
    a = np.maximum(age, 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        rep = np.where(fol + fng > 0, fol / (fol + fng), 0.0)
    return np.c_[df["default_profile_image"], df["verified"], np.log1p(age), np.log1p(fng), np.log1p(fol), rep,
                 np.log1p(st), np.log1p(st / a), np.log1p(fol / (fng + 1.0)), np.log1p(fng / a)]


def has_account_info(acc: AccountInfo | None) -> bool:
    return acc is not None and any(v is not None for v in (acc.followers, acc.following, acc.posts,
                                                             acc.created_at, acc.default_avatar))


def username_score(name: str | None) -> tuple[float, str | None]:
    """(score in [0, 1], reason): digit share of the handle, raised for a long trailing digit run
    (maria84720193). None names score 0."""
    if not name:
        return 0.0, None
    handle = name.strip().lstrip("@")
    if not handle:
        return 0.0, None
    digits = sum(c.isdigit() for c in handle)
    share = digits / len(handle)
    tail = _TRAILING_DIGITS.search(handle)
    score = min(1.0, share * 1.5 + (0.3 if tail and len(tail.group(1)) >= 5 else 0.0))
    if score < 0.3:
        return score, None
    return score, f"username {int(round(100 * share))}% digits"
