"""Write the training fingerprints (analyzer/fingerprint.py) of a model trained before artifacts recorded them.

    python scripts/fingerprint_training.py sentiment --model models/sentiment --data ../shared/data
    python scripts/fingerprint_training.py authenticity --model models/authenticity --data ../shared/data \
        [--project datasets/authenticity]

Sentiment: the training mixture is rebuilt from the recipe in the artifact's `sentiment_config.json` (same seed,
same code as scripts/train_sentiment.py) and its counts must equal the recorded ones, else nothing is written; the
fingerprints of the recipe's `init` model are added (a warm restart saw that model's data too). Authenticity: the
final heads are fit on every YouTube and ScamSpot comment present, the project set's train split and TweepFake's
train split (analyzer/authenticity/train.py), so those are its texts. New training runs write the file
themselves; this script is for artifacts that predate it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_sentiment as ts  # noqa: E402

from analyzer.cli import existing_dir  # noqa: E402
from analyzer.config import REPO_DIR  # noqa: E402
from analyzer.fingerprint import load_training_fingerprints, save_training_fingerprints  # noqa: E402


def sentiment(model: Path, data: Path) -> Path:
    cfg = json.loads((model / "sentiment_config.json").read_text())
    recipe = dict(cfg["recipe"])
    args = ts.parser().parse_args(["--data", str(data)])
    # trained before the comment set existed: no comment rows, no held-out comments; recorded paths are the repo's
    recipe["comments"] = [str(c if Path(c).is_absolute() else REPO_DIR / c) for c in recipe.get("comments", [])]
    for k, v in recipe.items():
        setattr(args, k, v)
    mix, _, stats = ts.build_mixture(args, random.Random(args.seed))
    recorded = {k: v for k, v in cfg["data"].items() if k != "prefix"}
    if stats != recorded:
        raise SystemExit(f"{model}: the rebuilt mixture differs from the recorded one (rebuilt {stats}, recorded "
                         f"{recorded}): not written")
    init = recipe.get("init")
    init_path = (REPO_DIR / init if not Path(init).is_absolute() else Path(init)) if init else None
    if init_path is not None and init_path.resolve() == model.resolve():
        init_path = None  # a stage that restarted from the artifact it replaced: same mixture, nothing to add
    if init_path is not None and load_training_fingerprints(init_path) is None:
        raise SystemExit(f"{model}: its init model {init} has no training fingerprints; write those first")
    print(f"{model}: {len(mix)} mixture rows, counts as recorded" + (f"; plus {init}'s texts" if init_path else ""),
          file=sys.stderr)
    return ts.write_training_fingerprints(model, mix, stats, init_path)


def authenticity(model: Path, data: Path, project: Path) -> Path:
    from analyzer.authenticity.train import training_texts

    texts, sources = training_texts(data, project)
    meta = json.loads((model / "authenticity.json").read_text())
    rec = meta["validation"]["data"]
    got = {"youtube": sources["youtube"], "scamspot": sources["scamspot"]}
    if got != {"youtube": rec["youtube"], "scamspot": rec["scamspot"]}:
        raise SystemExit(f"{model}: the data differs from what it was trained on ({got} vs recorded {rec}): not written")
    print(f"{model}: {len(texts)} training texts {sources}", file=sys.stderr)
    return save_training_fingerprints(model, texts, sources)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=("sentiment", "authenticity"))
    ap.add_argument("--model", required=True, type=existing_dir)
    ap.add_argument("--data", required=True, type=existing_dir, help="path to shared/data")
    ap.add_argument("--project", type=existing_dir, default=str(REPO_DIR / "datasets" / "authenticity"))
    args = ap.parse_args(argv)
    model = Path(args.model)
    path = sentiment(model, Path(args.data)) if args.kind == "sentiment" else \
        authenticity(model, Path(args.data), Path(args.project))
    print(f"wrote {path} ({path.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
