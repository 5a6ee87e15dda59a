"""comment-analyzer: sentiment, authenticity and genuine engagement of Spanish/English comments.

Entry points: `Analyzer.load()` (the full pipeline), `create_analyzer(task)` (one stage), `normalize(text)`.
Heavy modules (torch, transformers) are imported lazily so that `import analyzer` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Analyzer", "create_analyzer", "normalize", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Analyzer, create_analyzer
    from .preprocess import normalize


def __getattr__(name: str) -> Any:
    if name in ("Analyzer", "create_analyzer"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "normalize":
        from .preprocess import normalize

        return normalize
    raise AttributeError(name)
