"""A word and character n-gram sentiment model whose log-probabilities are added to the transformer's logits.

Why: a TF-IDF logistic regression sees every surface form of the training tweets (slang, misspellings, emoji
runs, hashtags) that an encoder fine-tuned for one epoch generalises away, and it costs about 1% of the
transformer's time. The two err differently, so a weighted sum of their log-probabilities can beat either alone.
Whether it does is decided per model and language by `scripts/calibrate_sentiment.py`, held out: for the shipped
models it did not (see the sentiment cards), so they carry no n-gram model; a model calibrated on other data may.

Features are hashed (scikit-learn's `HashingVectorizer`, deterministic for fixed parameters), so the artifact
needs no vocabulary: it stores the kept column indices (seen in at least `min_df` training texts), their idf
weights and the logistic-regression coefficients as plain arrays in safetensors, the parameters in JSON. Nothing
in it can run code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

LEXICAL_FORMAT = "comment-analyzer/lexical-sentiment"


class LexicalSentiment:
    """scikit-learn style: parameters in `__init__`, `fit(texts, y)`, `predict_log_proba(texts)`, `predict`.

    Pipeline: hashed word n-gram and char_wb n-gram counts (lowercased) -> columns seen in >= `min_df` training
    texts -> sublinear tf x smoothed idf -> L2 row norm -> multinomial logistic regression."""

    def __init__(self, *, C: float = 1.0, word_ngrams: tuple[int, int] = (1, 2),
                 char_ngrams: tuple[int, int] = (2, 5), n_features: int = 2 ** 20, min_df: int = 2,
                 class_weight: str | None = "balanced", max_iter: int = 2000):
        self.C = C
        self.word_ngrams = tuple(word_ngrams)
        self.char_ngrams = tuple(char_ngrams)
        self.n_features = int(n_features)
        self.min_df = int(min_df)
        self.class_weight = class_weight
        self.max_iter = max_iter

    def get_params(self) -> dict:
        return {"C": self.C, "word_ngrams": list(self.word_ngrams), "char_ngrams": list(self.char_ngrams),
                "n_features": self.n_features, "min_df": self.min_df, "class_weight": self.class_weight,
                "max_iter": self.max_iter}

    def _counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        from sklearn.feature_extraction.text import HashingVectorizer

        common = {"n_features": self.n_features, "alternate_sign": False, "norm": None, "lowercase": True,
                  "dtype": np.float32}
        word = HashingVectorizer(analyzer="word", ngram_range=self.word_ngrams, **common)
        char = HashingVectorizer(analyzer="char_wb", ngram_range=self.char_ngrams, **common)
        texts = list(texts)
        return sp.hstack([word.transform(texts), char.transform(texts)], format="csr")

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        from sklearn.preprocessing import normalize

        x = counts[:, self.columns_].tocsr()
        x.data = 1.0 + np.log(x.data)
        x = x @ sp.diags(self.idf_.astype(np.float32))
        return normalize(x, norm="l2", copy=False).tocsr()

    def fit(self, texts: Sequence[str], y: Sequence[int], sample_weight: Sequence[float] | None = None
            ) -> LexicalSentiment:
        """`sample_weight`: e.g. in-domain rows counted twice (document frequencies count each text once)."""
        from sklearn.linear_model import LogisticRegression

        counts = self._counts(texts)
        df = np.asarray((counts > 0).sum(axis=0)).ravel()
        self.columns_ = np.flatnonzero(df >= self.min_df).astype(np.int64)
        n = counts.shape[0]
        self.idf_ = (np.log((1.0 + n) / (1.0 + df[self.columns_])) + 1.0).astype(np.float32)
        lr = LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight=self.class_weight)
        lr.fit(self._weigh(counts), np.asarray(y), sample_weight=sample_weight)
        self.classes_ = lr.classes_.astype(np.int64)
        self.coef_ = np.ascontiguousarray(lr.coef_, dtype=np.float32)
        self.intercept_ = lr.intercept_.astype(np.float32)
        return self

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        x = self._weigh(self._counts(texts))
        return np.asarray(x @ self.coef_.T, dtype=np.float32) + self.intercept_

    def predict_log_proba(self, texts: Sequence[str]) -> np.ndarray:
        from scipy.special import log_softmax

        return log_softmax(self.decision_function(texts), axis=1)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classes_[self.decision_function(texts).argmax(axis=1)]

    # ---------------------------------------------------------------------------------------- artifact

    def save(self, path: str | Path, meta: dict | None = None) -> Path:
        """Arrays (coefficients in fp16) to `path` (.safetensors), parameters to `path` with .json."""
        from safetensors.numpy import save_file

        path = Path(path)
        arrays = {"columns": self.columns_.astype(np.int32), "idf": self.idf_.astype(np.float16),
                  "coef": self.coef_.astype(np.float16), "intercept": self.intercept_.astype(np.float32),
                  "classes": self.classes_.astype(np.int32)}
        # safetensors writes the raw buffer: a Fortran-ordered array (scikit-learn's coef_ can be) would be
        # read back transposed
        save_file({k: np.ascontiguousarray(v) for k, v in arrays.items()}, str(path))
        cfg = {"format": LEXICAL_FORMAT, "params": self.get_params(), "n_columns": int(self.columns_.size),
               **(meta or {})}
        path.with_suffix(".json").write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> LexicalSentiment:
        from safetensors.numpy import load_file

        path = Path(path)
        cfg = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if cfg.get("format") != LEXICAL_FORMAT:
            raise ValueError(f"{path.with_suffix('.json')} is not a {LEXICAL_FORMAT} file")
        model = cls(**cfg["params"])  # get_params() names __init__'s arguments
        arrays = load_file(str(path))
        model.columns_ = arrays["columns"].astype(np.int64)
        model.idf_ = arrays["idf"].astype(np.float32)
        model.coef_ = arrays["coef"].astype(np.float32)
        model.intercept_ = arrays["intercept"].astype(np.float32)
        model.classes_ = arrays["classes"].astype(np.int64)
        if model.coef_.shape != (model.classes_.size, model.columns_.size) or model.idf_.size != model.columns_.size:
            raise ValueError(f"{path}: array shapes do not agree")
        return model
