"""Normalisation stage: raw comment -> text for the sentiment model, language, and authenticity signals.

    from analyzer.preprocess import normalize
    nc = normalize("JAJAJA q lindooo 😍 @ana_g")   # nc.normalized == "jaja q lindo 😍 @user"
"""

from __future__ import annotations

from .langid import LanguageIdentifier, detect_language
from .normalize import (
    DEFAULT_OPTIONS,
    NonStringInputError,
    NormalizedComment,
    NormalizeOptions,
    benchmark_normalize,
    normalize,
    normalize_batch,
)
from .signals import SIGNAL_DOCS, SIGNAL_NAMES, signals_matrix, signals_vector

__all__ = [
    "DEFAULT_OPTIONS",
    "SIGNAL_DOCS",
    "SIGNAL_NAMES",
    "LanguageIdentifier",
    "NonStringInputError",
    "NormalizeOptions",
    "NormalizedComment",
    "benchmark_normalize",
    "detect_language",
    "normalize",
    "normalize_batch",
    "signals_matrix",
    "signals_vector",
]
