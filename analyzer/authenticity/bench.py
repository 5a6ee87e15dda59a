"""Time the authenticity stage alone (no transformer): `time_stage(model, normalized, embeddings, ...)`.

For scripts/benchmark.py: the pipeline's encoder pass is shared with sentiment, so the stage's own cost is
feature building + heads + coordination + combining, which this measures (ms per 1k comments).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from ..preprocess import NormalizedComment
from ..records import CommentIn


def time_stage(model, normalized: Sequence[NormalizedComment], *, embeddings: np.ndarray | None = None,
               comments: Sequence[CommentIn] | None = None, captions: Sequence[str | None] | None = None,
               caption_embeddings: np.ndarray | None = None, repeats: int = 3) -> dict[str, float]:
    """Best-of-`repeats` wall time of `model.predict` and its parts, in ms per 1k comments."""
    best: dict[str, float] | None = None
    for _ in range(max(1, repeats)):
        t = time.perf_counter()
        model.predict(normalized, embeddings=embeddings, comments=comments, captions=captions,
                      caption_embeddings=caption_embeddings)
        total = time.perf_counter() - t
        if best is None or total < best["total_s"]:
            best = {**model.last_timing, "total_s": total}
    n = max(1, len(normalized))
    return {"n": len(normalized), **{k.replace("_s", "_ms_per_1k"): round(v * 1e6 / n, 1)
                                     for k, v in best.items() if k.endswith("_s")}}
