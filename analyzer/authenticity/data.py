"""Loaders for the training/validation sources of the authenticity stage (paths passed in, never copied).

Each loader returns a `pandas.DataFrame` with at least `text` and `label`, plus the grouping column the
validation protocol splits on (`group`), so that no video/creator/post lands on both sides of a split.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

YOUTUBE_FILES = ("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv", "Youtube04-Eminem.csv",
                 "Youtube05-Shakira.csv")
_U_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")


def load_youtube(data_dir: str | Path) -> pd.DataFrame:
    """UCI YouTube Spam Collection: text, label (spam/ham), group = video (the files present)."""
    root = Path(data_dir) / "youtube_spam_collection"
    frames = []
    for name in YOUTUBE_FILES:
        p = root / name
        if not p.exists():
            continue
        d = pd.read_csv(p)
        frames.append(pd.DataFrame({
            "text": d["CONTENT"].astype(str), "label": np.where(d["CLASS"] == 1, "spam", "ham"),
            "group": name.split("-")[1].removesuffix(".csv"), "author": d["AUTHOR"].astype(str),
            "date": d["DATE"].astype(str),
        }))
    if not frames:
        raise FileNotFoundError(f"no YouTube spam files under {root}")
    return pd.concat(frames, ignore_index=True)


def load_scamspot(data_dir: str | Path) -> pd.DataFrame:
    """ScamSpot rated comments from the scraper JSON (original case): label spam/real, group = creator account.

    The JSON, not `comments-rating.csv`, is used because only it names the post owner needed to split by
    creator (the CSV is lowercased and carries no account).
    """
    p = Path(data_dir) / "scamspot_instagram_comments" / "scraper" / "comments_extracted.json"
    raw = json.loads(p.read_text(encoding="utf-8"))
    rows = [(cid, v["text"], v["type"], v["account"], str(v.get("media"))) for cid, v in raw.items()
            if v.get("type") in ("scam", "real") and isinstance(v.get("text"), str)]
    d = pd.DataFrame(rows, columns=["id", "text", "type", "group", "post_id"])
    d["label"] = np.where(d["type"] == "scam", "spam", "real")
    return d.drop(columns="type")


def load_tweepfake(data_dir: str | Path, split: str = "train") -> pd.DataFrame:
    """TweepFake: text (emoji escapes decoded), label bot/human, class_type, group = screen_name."""
    p = Path(data_dir) / "tweepfake" / "splits" / f"{split}.csv"
    d = pd.read_csv(p, sep=";", dtype=str, keep_default_na=False)
    text = d["text"].map(lambda t: _U_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), t))
    return pd.DataFrame({"text": text, "label": d["account.type"], "class_type": d["class_type"],
                         "group": d["screen_name"]})


COLOMBIA_FEATURES = ("default_profile", "default_profile_image", "description", "location", "url", "verified",
                     "age_days", "following", "followers", "reputation", "statuses", "publication_rate",
                     "fofo_rate", "following_rate")


def load_colombia(data_dir: str | Path) -> tuple[pd.DataFrame, np.ndarray]:
    """Colombia 2014 spammers, 0-tweets (profile) view: features frame and y (1 = spammer; file says 0)."""
    root = Path(data_dir) / "colombia2014_twitter_spammers" / "0-tweets"
    x = np.loadtxt(root / "dataset.dat")
    y = np.loadtxt(root / "labels.dat").astype(int)
    return pd.DataFrame(x, columns=list(COLOMBIA_FEATURES)), (y == 0).astype(int)


def load_project(project_dir: str | Path) -> pd.DataFrame:
    """The project set (comments_es.csv + comments_en.csv): genuine/superficial/spam with captions."""
    root = Path(project_dir)
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(root.glob("comments_*.csv"))]
    if not frames:
        raise FileNotFoundError(f"no comments_*.csv under {root}")
    d = pd.concat(frames, ignore_index=True)
    d = d[d["label"].isin(["genuine", "superficial", "spam"])].reset_index(drop=True)
    d["group"] = d["post_id"]
    return d
