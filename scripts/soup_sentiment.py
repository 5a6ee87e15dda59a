"""Interpolate two sentiment artifacts' weights (a WiSE-FT "soup"): (1 - alpha) x BASE + alpha x TUNED.

Why: a warm restart on the project's comment set (`train_sentiment.py --init models/sentiment --comments-repeat N`)
reads comments better but loses Spanish tweet F1; a point between the two models often keeps most of both. The
result is an ordinary artifact (score it with `scripts/evaluate.py sentiment --model OUT ...`); it carries BASE's
config without the per-language offsets (re-choose them with `calibrate_sentiment.py`). Both artifacts must share
the network's shape (the same base encoder and head).

    python scripts/soup_sentiment.py --base models/sentiment --tuned runs/sent-comments2/model --alpha 0.5 --out runs/soup
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from safetensors.torch import load_file, save_file


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, type=Path)
    ap.add_argument("--tuned", required=True, type=Path)
    ap.add_argument("--alpha", required=True, type=float, help="weight of TUNED, 0-1")
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    if not 0.0 <= args.alpha <= 1.0:
        ap.error("--alpha must be between 0 and 1")
    a, b = load_file(args.base / "model.safetensors"), load_file(args.tuned / "model.safetensors")
    if a.keys() != b.keys() or any(a[k].shape != b[k].shape for k in a):
        ap.error("the two artifacts hold different tensors: not the same network")
    soup = {k: ((1 - args.alpha) * a[k].float() + args.alpha * b[k].float()).to(a[k].dtype) for k in a}
    args.out.mkdir(parents=True, exist_ok=True)
    save_file(soup, args.out / "model.safetensors", metadata={"format": "pt"})
    cfg = json.loads((args.base / "sentiment_config.json").read_text(encoding="utf-8"))
    for key in ("logit_bias", "logit_bias_by_lang", "calibration", "spam_branch"):
        cfg.pop(key, None)
    cfg["soup"] = {"base": str(args.base), "tuned": str(args.tuned), "alpha": args.alpha}
    (args.out / "sentiment_config.json").write_text(json.dumps(cfg, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.out} ({len(soup)} tensors, alpha {args.alpha})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
