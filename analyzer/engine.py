"""ONNX Runtime engine for the sentiment network: the same weights, about 1.3x faster on CPU.

Why: on our 2-core AVX2 reference machine ONNX Runtime's fused kernels run the fine-tuned e5 network ~1.3x
faster than PyTorch eager with identical outputs (max |logit diff| ~1e-5; `scripts/benchmark.py`), while
int8 gave no speed on AVX2 and cost accuracy. The graph is exported once from the loaded torch network
into the cache folder (keyed by the weights, so a retrained artifact gets a new export), checked against
torch on a probe batch, and reused by later runs. Anything failing on the way falls back to torch.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import warnings
from pathlib import Path

import numpy as np

from .config import cache_dir

ONNX_OPSET = 17
EXPORT_TOLERANCE = 1e-3  # max |logit| difference to torch on the probe batch before the export is trusted
PROBE = ["query: me encanta 😍", "query: this is the worst update ever, nothing works", "query: ok"]


def available() -> bool:
    """onnxruntime and onnx (for the export) are installed."""
    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "onnx"))


def export_key(weights_sha256: str, cfg: dict) -> str:
    """Cache key of an export: the artifact's weights digest, its shape settings and the tool versions."""
    import onnxruntime
    import torch

    h = hashlib.sha256(weights_sha256.encode())
    branch = (cfg.get("spam_branch") or {}).get("sha256")
    h.update(json.dumps({"cfg": {k: cfg.get(k) for k in ("num_layers", "pruned_vocab", "format")}, "spam_branch": branch,
                         "torch": torch.__version__, "ort": onnxruntime.__version__, "opset": ONNX_OPSET,
                         "attention": "eager"},
                        sort_keys=True).encode())
    return h.hexdigest()[:20]


def export(net, path: Path) -> Path:
    """Export `net` (input_ids, attention_mask) -> (logits, pooled[, spam]) with dynamic batch and length,
    atomically (`spam` when the network carries a spam branch)."""
    import torch

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    ids = torch.ones((2, 8), dtype=torch.long)
    dyn = {0: "batch", 1: "tokens"}
    outputs = ["logits", "pooled"] + (["spam"] if getattr(net, "spam_branch", None) is not None else [])
    with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad(), _eager_attention(net):
        warnings.simplefilter("ignore")  # tracer warnings about python control flow in HF code
        torch.onnx.export(net.eval(), (ids, ids.clone()), str(tmp), input_names=["input_ids", "attention_mask"],
                          output_names=outputs, opset_version=ONNX_OPSET, dynamo=False,
                          dynamic_axes={"input_ids": dyn, "attention_mask": dyn, **{o: {0: "batch"} for o in outputs}})
    os.replace(tmp, path)
    return path


@contextlib.contextmanager
def _eager_attention(net):
    """Trace attention as plain matmul/softmax rather than torch's fused SDPA call, then restore the setting.

    Why: the SDPA trace adds mask-conversion nodes that ONNX Runtime runs on every batch; the plain graph ran the
    e5 networks 4% (6 layers) to 9% (12 layers) faster on the 2-core AVX2 machine with the same outputs (max
    |logit diff| ~2e-6; 2026-11-23). ORT's own BERT fusion of that graph (onnxruntime.transformers.optimizer)
    was slower again on short comments, so it is not applied."""
    configs = {id(c): c for m in net.modules() if hasattr(c := getattr(m, "config", None), "_attn_implementation")}
    saved = {k: c._attn_implementation for k, c in configs.items()}
    try:
        for c in configs.values():
            c._attn_implementation = "eager"
        yield
    finally:
        for k, c in configs.items():
            c._attn_implementation = saved[k]


class OnnxNet:
    """Callable like the torch network: (input_ids, attention_mask) tensors -> (logits, pooled[, spam]) tensors."""

    def __init__(self, path: Path, threads: int | None = None):
        import onnxruntime as ort

        so = ort.SessionOptions()
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.intra_op_num_threads = int(threads or 0)
        so.inter_op_num_threads = 1
        so.log_severity_level = 3
        self.path = path
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])

    def __call__(self, input_ids, attention_mask):
        import torch

        outs = self.session.run(None, {"input_ids": np.asarray(input_ids, dtype=np.int64),
                                       "attention_mask": np.asarray(attention_mask, dtype=np.int64)})
        return tuple(torch.from_numpy(o) for o in outs)


def onnx_net(net, tokenizer, weights_sha256: str, cfg: dict, *, threads: int | None = None,
             root: Path | None = None) -> OnnxNet:
    """The cached ONNX export of `net` (made now if missing), verified against torch on a probe batch."""
    import torch

    net = net.eval()  # dropout off: the export and the probe check must see the inference network
    path = (root or cache_dir()) / "onnx" / f"sentiment-{export_key(weights_sha256, cfg)}.onnx"
    enc = tokenizer(PROBE, padding=True, return_tensors="pt")
    with torch.inference_mode():
        ref = _checked(net(enc["input_ids"], enc["attention_mask"]))
    for attempt in (1, 2):  # a cached file that fails (half-written by a killed run, other ORT) is redone once
        fresh = not path.exists()
        if fresh:
            export(net, path)
        try:
            eng = OnnxNet(path, threads)
            got = _checked(eng(enc["input_ids"].numpy(), enc["attention_mask"].numpy()))
            diff = float((ref - got).abs().max()) if ref.shape == got.shape else float("inf")
            if not diff <= EXPORT_TOLERANCE:
                raise RuntimeError(f"ONNX export differs from torch by {diff:.2e} on the probe batch")
            return eng
        except Exception:
            path.unlink(missing_ok=True)
            if fresh or attempt == 2:
                raise
    raise AssertionError("unreachable")


def _checked(outs):
    """The outputs the probe compares: the logits, and the spam logit when there is one (pooled is their input)."""
    import torch

    return torch.cat([outs[0].float()] + ([outs[2].float().reshape(-1, 1)] if len(outs) > 2 else []), 1)
