"""Account-level features a dump may carry, mapped onto the Colombia-2014 profile features.

Dumps give followers, following, post count, creation date, default avatar, verified (`AccountInfo`); the
Colombia 2014 spammer set (Twitter, Spanish) has those plus derived rates. Only the mappable ones are used,
so a model trained there reads our dumps; anything missing is NaN (HistGradientBoosting handles NaN).
Username features (digit share, trailing digit run) are not in that set and feed `bot_like` directly.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import numpy as np

from ..records import AccountInfo

ACCOUNT_FEATURES: tuple[str, ...] = ("default_avatar", "verified", "log_age_days", "log_following",
                                     "log_followers", "reputation", "log_fofo", "log_following_per_day")
# The raw fields a dump may carry, in the order `account_features` reads them; a profile's "pattern" is the
# set of them it has (dumps rarely carry all: followers + following alone is common). Post counts are left out:
# the Colombia set counts tweets (its non-spammers' median is 3,191), dumps count posts (Instagram: dozens to
# hundreds), so the scale does not transfer (an ordinary 120 / 150 account with 80 posts read as a spammer).
ACCOUNT_FIELDS: tuple[str, ...] = ("default_avatar", "verified", "age_days", "following", "followers")
# Direction each feature may push P(spammer) in the account head (HistGradientBoosting monotonic_cst): +1 only
# up, -1 only down, 0 free. Domain knowledge, not the Colombia set's: its spammers are older, bigger accounts
# than its non-spammers (2014 election propaganda), which would make a healthy profile look bot-like.
ACCOUNT_MONOTONIC: tuple[int, ...] = (1, -1, -1, 1, -1, -1, -1, 1)
_TRAILING_DIGITS = re.compile(r"(\d{4,})$")


def _f(x) -> float:
    return float("nan") if x is None else float(x)


def account_features(fields: np.ndarray) -> np.ndarray:
    """Rows of ACCOUNT_FIELDS (NaN where unknown) -> rows of ACCOUNT_FEATURES: the one transform for training
    (Colombia) and scoring (dumps)."""
    R = np.atleast_2d(np.asarray(fields, dtype=np.float64))
    av, ve, age, fng, fol = R.T
    a = np.maximum(age, 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        rep = np.where(fol + fng > 0, fol / (fol + fng), np.where(np.isnan(fol + fng), np.nan, 0.0))
        return np.c_[av, ve, np.log1p(age), np.log1p(fng), np.log1p(fol), rep, np.log1p(fol / (fng + 1.0)),
                     np.log1p(fng / a)]


def account_fields(acc: AccountInfo | None, at: datetime | None = None) -> np.ndarray:
    """One row of ACCOUNT_FIELDS (NaN where unknown). `at`: when the comment was made (age reference)."""
    out = np.full(len(ACCOUNT_FIELDS), np.nan, dtype=np.float64)
    if acc is None:
        return out
    age = np.nan
    if acc.created_at is not None:
        ref = at or datetime.now(timezone.utc)
        c = acc.created_at
        if (c.tzinfo is None) != (ref.tzinfo is None):
            c, ref = c.replace(tzinfo=None), ref.replace(tzinfo=None)
        age = max((ref - c).total_seconds() / 86400.0, 0.0)
    out[:] = [_f(acc.default_avatar), _f(acc.verified), age, _f(acc.following), _f(acc.followers)]
    return out


def account_row(acc: AccountInfo | None, at: datetime | None = None) -> np.ndarray:
    """One row of ACCOUNT_FEATURES (NaN where unknown)."""
    return account_features(account_fields(acc, at))[0]


def field_pattern(fields: np.ndarray) -> str:
    """The known fields of one ACCOUNT_FIELDS row, as a key ("following+followers"): the account head's
    reference level depends on what it was shown."""
    return "+".join(f for f, v in zip(ACCOUNT_FIELDS, fields, strict=True) if not np.isnan(v)) or "none"


def account_evidence(p: np.ndarray, fields: np.ndarray, reference: dict[str, float] | None) -> np.ndarray:
    """The account head's P(spammer) as evidence in [0, 1]: its excess over the median non-spammer profile
    that shows the same fields (`reference`, fitted with the head), so an ordinary account adds nothing."""
    p = np.asarray(p, dtype=np.float64)
    if not reference:
        return p
    ref = np.array([reference.get(field_pattern(r), 0.0) for r in np.atleast_2d(fields)])
    return np.clip((p - ref) / np.maximum(1e-6, 1.0 - ref), 0.0, 1.0)


def colombia_fields(df) -> np.ndarray:
    """The Colombia 0-tweets frame -> rows of ACCOUNT_FIELDS."""
    return np.c_[df["default_profile_image"], df["verified"], df["age_days"], df["following"],
                 df["followers"]].astype(np.float64)


def colombia_to_account_features(df) -> np.ndarray:
    """The Colombia 0-tweets frame -> ACCOUNT_FEATURES (same transform as `account_row`)."""
    return account_features(colombia_fields(df))


def has_account_info(acc: AccountInfo | None) -> bool:
    return acc is not None and any(v is not None for v in (acc.followers, acc.following,
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
