"""ONNX Runtime engine for the sentiment network: the same weights, about 1.3x faster on CPU.

Why: on our 2-core AVX2 reference machine ONNX Runtime's fused kernels run the fine-tuned e5 network ~1.3x
faster than PyTorch eager with identical outputs (max |logit diff| ~1e-5; `scripts/benchmark.py`). The graph is
exported once from the loaded torch network into the cache folder (keyed by the weights, so a retrained artifact
gets a new export), checked against torch on a probe batch, and reused by later runs. Anything failing on the way
falls back to torch. `precision="int8"` runs a dynamically quantised copy of that graph (`quantize_int8`): faster,
not identical (the model cards give its validation cost).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import warnings
from pathlib import Path

import numpy as np

from .config import ONNX_PRECISIONS, cache_dir

ONNX_OPSET = 17
EXPORT_TOLERANCE = 1e-3  # max |logit| difference to torch on the probe batch before the export is trusted
# the same check for an int8 graph: it catches a broken file, not int8's own error (up to ~2 logits on the bench)
INT8_TOLERANCE = 1.0
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


def quantize_int8(src: Path, path: Path) -> Path:
    """ONNX Runtime dynamic quantisation of `src`: int8 weights per output channel, activations quantised per
    batch at run time; written atomically.

    Why ONNX Runtime's and not torch's: on the 2-core AVX2 EPYC VM it ran both e5 networks 1.5x faster than their
    fp32 graphs, keeping 94-95% of fp32's labels on the bench comments (torch's dynamic int8: 82%). Per-channel
    weights kept more labels than per-tensor (0.90-0.95); 7-bit weights (`reduce_range`) were no better on the mean
    validation score of the two models (2026-11-23)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    level = logging.root.manager.disable
    logging.disable(logging.WARNING)  # the quantiser logs a pre-processing hint that is for image models
    try:
        quantize_dynamic(str(src), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        logging.disable(level)
    os.replace(tmp, path)
    return path


def onnx_net(net, tokenizer, weights_sha256: str, cfg: dict, *, threads: int | None = None,
             root: Path | None = None, precision: str = "fp32") -> OnnxNet:
    """The cached ONNX export of `net` (made now if missing), verified against torch on a probe batch;
    `precision="int8"`: its dynamically quantised copy (`quantize_int8`), cached beside it."""
    import torch

    if precision not in ONNX_PRECISIONS:
        raise ValueError(f"ONNX precision must be one of {ONNX_PRECISIONS}, not {precision!r}")
    net = net.eval()  # dropout off: the export and the probe check must see the inference network
    fp32_path = (root or cache_dir()) / "onnx" / f"sentiment-{export_key(weights_sha256, cfg)}.onnx"
    path = fp32_path.with_name(f"{fp32_path.stem}-int8.onnx") if precision == "int8" else fp32_path
    tolerance = INT8_TOLERANCE if precision == "int8" else EXPORT_TOLERANCE
    enc = tokenizer(PROBE, padding=True, return_tensors="pt")
    with torch.inference_mode():
        ref = _checked(net(enc["input_ids"], enc["attention_mask"]))
    for attempt in (1, 2):  # a cached file that fails (half-written by a killed run, other ORT) is redone once
        # fresh: every file this graph comes from is made now (a failure then is not a stale cache's)
        fresh = not path.exists() and not fp32_path.exists()
        try:
            if precision == "int8" and not path.exists():  # a broken cached fp32 source fails here, and is redone
                quantize_int8(fp32_path if fp32_path.exists() else export(net, fp32_path), path)
            elif not path.exists():
                export(net, path)
            eng = OnnxNet(path, threads)
            got = _checked(eng(enc["input_ids"].numpy(), enc["attention_mask"].numpy()))
            diff = float((ref - got).abs().max()) if ref.shape == got.shape else float("inf")
            if not diff <= tolerance:
                raise RuntimeError(f"ONNX {precision} graph differs from torch by {diff:.2e} on the probe batch")
            return eng
        except Exception:
            path.unlink(missing_ok=True)
            if precision == "int8":
                fp32_path.unlink(missing_ok=True)  # the int8 graph's source may be the broken file
            if fresh or attempt == 2:
                raise
    raise AssertionError("unreachable")


def _checked(outs):
    """The outputs the probe compares: the logits, and the spam logit when there is one (pooled is their input)."""
    import torch

    return torch.cat([outs[0].float()] + ([outs[2].float().reshape(-1, 1)] if len(outs) > 2 else []), 1)
