"""Train + validate the authenticity stage and write models/authenticity/ (artifact + MODEL_CARD.md).

    .venv/bin/python scripts/train_authenticity.py --data ../shared/data --project datasets/authenticity \
        --out models/authenticity --sentiment-model models/sentiment

Embeddings come from the sentiment encoder and are cached under runs/authenticity/ keyed by the encoder's
sha256, so a re-run on the same encoder only refits the heads (~minutes); a new encoder re-embeds ~6k texts.
Prints progress, then one JSON summary (every validation figure) on the last line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyzer.authenticity.card import write_model_card  # noqa: E402
from analyzer.authenticity.train import run  # noqa: E402
from analyzer.cli import existing_dir  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=existing_dir, help="the shared data folder (../shared/data)")
    ap.add_argument("--project", default="datasets/authenticity", help="folder with comments_es.csv/comments_en.csv")
    ap.add_argument("--out", default="models/authenticity")
    ap.add_argument("--sentiment-model", default=None, help="sentiment artifact providing embeddings (default: models/sentiment)")
    ap.add_argument("--cache", default="runs/authenticity", help="embedding cache folder")
    ap.add_argument("--quick", action="store_true", help="subsample TweepFake and synthetic dumps (smoke runs)")
    ap.add_argument("--ablation", action="store_true", help="also validate a spam head with embeddings (slow)")
    ap.add_argument("--spam-branch-oof", default=None,
                    help="out-of-fold spam-branch logits (scripts/train_spam_branch.py cv): fuse them into the spam "
                         "decision; the sentiment model must carry the branch fitted with the same recipe")
    ap.add_argument("--dump-spam-oof", default=None, metavar="FILE.npz",
                    help="also save the spam SVM's out-of-fold decisions (for train_spam_branch.py probe --svm-oof)")
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    summary = run(args.data, args.project, args.out, args.sentiment_model, cache_dir=args.cache, log=log,
                  quick=args.quick, ablation=args.ablation, spam_branch_oof=args.spam_branch_oof,
                  spam_oof_out=args.dump_spam_oof)
    write_model_card(Path(args.out), summary)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
