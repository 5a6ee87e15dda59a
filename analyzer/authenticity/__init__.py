"""Authenticity stage: genuine / superficial / spam, bot_like, genuine_weight, reasons; cross-comment coordination.

    from analyzer.authenticity import AuthenticityModel, CoordinationDetector
    model = AuthenticityModel.load()                       # models/authenticity/ (skops, trusted types only)
    results = model.predict(normalized, embeddings=sentiment_batch.embeddings, comments=comments,
                            captions=captions, caption_embeddings=caption_emb)
    flags = CoordinationDetector().detect(comments)        # whole dump; CoordinationStream for score_stream

Heavy imports (scikit-learn, skops, scipy) happen when these names are first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "AuthenticityModel",
    "AuthenticityModelError",
    "AuthenticityResult",
    "CoordinationDetector",
    "CoordinationFlags",
    "CoordinationStream",
    "FeatureBuilder",
    "evaluate_csv",
]

if TYPE_CHECKING:  # pragma: no cover
    from .coordination import CoordinationDetector, CoordinationFlags, CoordinationStream
    from .evaluate import evaluate_csv
    from .features import FeatureBuilder
    from .model import AuthenticityModel, AuthenticityModelError, AuthenticityResult

_WHERE = {
    "AuthenticityModel": "model", "AuthenticityModelError": "model", "AuthenticityResult": "model",
    "CoordinationDetector": "coordination", "CoordinationFlags": "coordination",
    "CoordinationStream": "coordination", "FeatureBuilder": "features", "evaluate_csv": "evaluate",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(name)
