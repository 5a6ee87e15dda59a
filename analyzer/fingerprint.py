"""Fingerprints of the texts a model was trained on, so that an evaluation can say how much of its data the model saw.

Scoring a model on rows it was trained on gives figures that look far better than what it does on new text (the
YouTube spam files and SemEval's tweets are both training sources and tempting test sets). A model folder may hold
`TRAINING_FINGERPRINTS` (one sorted uint64 array in safetensors, 8 bytes a text: 200 KB for 25,000 texts), and
`scripts/evaluate.py` reports how many evaluated rows it holds.

A text's key keeps what two copies of one tweet or comment share whatever the export did to them: case, HTML
escapes, @mentions, links, punctuation and spacing are dropped (so a copy with another link still matches). A text
of emoji or symbols only keeps its stripped text as the key. The same key deduplicates the sentiment training data
against its validation sets (`scripts/sentiment_data.py`), so "seen in training" means one thing throughout.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

TRAINING_FINGERPRINTS = "training_fingerprints.safetensors"
# a mention and a link as the tweet sets write them (UMSAB/TweetEval's "@user", "http"; scripts/sentiment_data.py)
MENTION_RE = re.compile(r"@\w+")
URL_RE = re.compile(r"https?://\S+|www\.\S+")
_NON_WORD = re.compile(r"[\W_]+")


def dedup_key(text: str) -> str:
    """Lowercased word characters of `text` without mentions and links ("" for emoji-only text)."""
    return _NON_WORD.sub("", URL_RE.sub("", MENTION_RE.sub("", html.unescape(text).lower())))


def text_key(text: str) -> str:
    """`dedup_key`, or the stripped text when that is empty (emoji-only comments are texts too)."""
    return dedup_key(text) or text.strip()


def fingerprints(texts: Iterable[str]) -> np.ndarray:
    """One uint64 per text: the first 8 bytes of BLAKE2b of its key (0 for a blank text, which matches nothing)."""
    out = []
    for t in texts:
        k = text_key(t)
        out.append(int.from_bytes(hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest(), "little") if k else 0)
    return np.asarray(out, dtype=np.uint64)


def save_training_fingerprints(folder: str | Path, texts: Iterable[str], sources: Mapping[str, int],
                               also: np.ndarray | None = None) -> Path:
    """Write the sorted unique fingerprints of `texts` (and `also`: those of a model this one started from) into
    `folder`; `sources` (name -> rows) goes in the header."""
    from safetensors.numpy import save_file

    fp = fingerprints(texts)
    fp = np.unique(fp if also is None else np.concatenate([fp, also.astype(np.uint64)]))
    fp = fp[fp != 0]
    path = Path(folder) / TRAINING_FINGERPRINTS
    meta = {"key": "analyzer.fingerprint.text_key, blake2b-64", "texts": str(len(fp)),
            **{f"source.{k}": str(v) for k, v in sources.items()}}
    save_file({"fingerprints": fp}, str(path), metadata=meta)
    return path


def load_training_fingerprints(folder: str | Path) -> np.ndarray | None:
    """The sorted fingerprints stored with a model folder; None when it has none (a Hugging Face model)."""
    path = Path(folder) / TRAINING_FINGERPRINTS
    if not path.is_file():
        return None
    from safetensors.numpy import load_file

    return load_file(str(path))["fingerprints"]


def seen_in_training(texts: list[str], folder: str | Path | None) -> np.ndarray | None:
    """Boolean mask: which of `texts` the model in `folder` was trained on (by key); None when unknown."""
    stored = load_training_fingerprints(folder) if folder is not None else None
    if stored is None:
        return None
    fp = fingerprints(texts)
    return np.isin(fp, stored) & (fp != 0)


def overlap_report(seen: np.ndarray | None, excluded: bool = False, where: Sequence[int] | None = None) -> dict:
    """What an evaluation prints about its rows and the model's training data, from `seen_in_training` (`rows`
    None: not recorded). `excluded`: those rows were left out of the figures (`--unseen-only`). `where`: each
    row's line (or data row) in its file, for `first_rows` (QA: positions among the scored rows were given as line
    numbers); default, the rows' positions."""
    if seen is None:
        return {"rows": None, "note": "the model records no training texts (not a comment-analyzer artifact, or an "
                                      "older one): overlap unknown"}
    n = int(seen.sum())
    return {"rows": n, "of": len(seen), "share": round(n / max(1, len(seen)), 4),
            "first_rows": [int(where[i]) if where is not None else int(i) + 1 for i in np.flatnonzero(seen)[:10]],
            "excluded": excluded}


def overlap_warning(report: dict) -> str | None:
    """A line for stderr when some rows were training rows: their figures flatter the model (or were left out)."""
    if not report.get("rows"):
        return None
    n = report["of"]
    if report.get("excluded"):
        return f"left out {report['rows']} of {n} rows: texts the model was trained on (--unseen-only)"
    return (f"warning: {report['rows']} of {n} evaluated rows ({report['share']:.1%}) are texts the model was trained "
            "on (same text up to case, mentions, links and punctuation): the figures are optimistic; pass "
            "--unseen-only to score the others alone (train_overlap in the output)")


class UnknownTrainingData(ValueError):
    """--unseen-only asked of a model that records no training texts."""


def unseen_mask(seen: np.ndarray | None, n: int, unseen_only: bool) -> np.ndarray:
    """The rows to score: all, or with `unseen_only` those the model was not trained on (an error when unknown, or
    when none is left)."""
    if not unseen_only:
        return np.ones(n, bool)
    if seen is None:
        raise UnknownTrainingData("--unseen-only: the model records no training texts, so its unseen rows are unknown")
    if seen.all():
        raise UnknownTrainingData(f"--unseen-only: all {n} rows are texts the model was trained on; nothing to score")
    return ~seen
