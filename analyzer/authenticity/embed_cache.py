"""Encoder embeddings for training, cached on disk per model so that re-running training is fast.

The cache key is the sha256 of the sentiment artifact's weights: a retrained encoder never reuses stale
vectors. Inside one cache file, vectors are keyed by a hash of the exact text fed to the encoder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..encoder import sha256_file


def model_fingerprint(model) -> str:
    """sha256 of the weights file of an e5 sentiment artifact (or of the model name for HF models)."""
    digest = getattr(model, "weights_sha256", None)  # SentimentModel: hashed once, shared with its ONNX export
    if digest:
        return digest
    path = Path(getattr(model, "name", "") or "")
    weights = path / "model.safetensors"
    if weights.exists():
        return sha256_file(weights)
    return hashlib.sha256(str(path).encode()).hexdigest()


def _text_key(t: str) -> str:
    return hashlib.blake2b(t.encode("utf-8"), digest_size=12).hexdigest()


class EmbeddingCache:
    """`get(texts)` -> (n, d) float32, computing only what the cache file lacks."""

    def __init__(self, model, cache_dir: str | Path, batch_size: int = 256, log=print):
        self.model = model
        self.fingerprint = model_fingerprint(model)
        self.path = Path(cache_dir) / f"emb-{self.fingerprint[:16]}.npz"
        self.batch_size = batch_size
        self.log = log
        self._store: dict[str, np.ndarray] = {}
        if self.path.exists():
            z = np.load(self.path)
            self._store = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))

    def get(self, texts: Sequence[str]) -> np.ndarray:
        keys = [_text_key(t) for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._store}.items())
        if todo:
            self.log(f"  embedding {len(todo)} new texts (cache has {len(self._store)})")
            for n_done, s in enumerate(range(0, len(todo), self.batch_size), 1):
                chunk = todo[s : s + self.batch_size]
                emb = self.model.predict([t for _, t in chunk], return_embeddings=True).embeddings
                if emb is None:
                    raise ValueError("the sentiment model provides no embeddings (not an e5 artifact)")
                for (k, _), v in zip(chunk, emb, strict=True):
                    self._store[k] = v.astype(np.float32)
                if n_done % 8 == 0:  # long runs on a busy machine: keep what is done
                    self._save()
                    self.log(f"  ... {min(s + self.batch_size, len(todo))}/{len(todo)}")
            self._save()
        return np.stack([self._store[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ks = list(self._store)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(ks), vecs=np.stack([self._store[k] for k in ks]))
        tmp.replace(self.path)
