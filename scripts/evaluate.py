"""Evaluate a stage on labeled data; prints ONE JSON object on stdout (progress on stderr).

    python scripts/evaluate.py sentiment --text val_text.txt --labels val_labels.txt [--model NAME_OR_PATH]
    python scripts/evaluate.py sentiment --tsv twitter-2016dev-A.txt
    python scripts/evaluate.py authenticity --csv FILE --text-col CONTENT --label-col CLASS [--positive 1]
        [--caption-col caption]

Sentiment files: TweetEval/UMSAB format (one text per line, labels 0 negative / 1 neutral / 2 positive, the
text file may lack a final newline) or SemEval's `id<TAB>label<TAB>text` with word labels. Texts go through the
same normalisation as the product (`--preprocess pipeline`), unless told otherwise. Both tasks report
`train_overlap`: how many rows are texts the model was trained on (analyzer/fingerprint.py), with a warning on
stderr when any are, since figures on them flatter the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_data as sd  # noqa: E402

from analyzer.cli import existing_dir, whole_number  # noqa: E402
from analyzer.config import SENTIMENT_LABELS, SENTIMENT_PRECISIONS  # noqa: E402
from analyzer.fingerprint import overlap_report, overlap_warning, seen_in_training, unseen_mask  # noqa: E402


def classification_report(y_true: list[int], y_pred: list[int], labels: tuple[str, ...]) -> dict:
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
        recall_score,
    )

    idx = list(range(len(labels)))
    # macro averages over the classes the gold labels hold (as the authenticity report does): a class absent
    # from a file has no recall to average, and counting it as 0 would sink the score of a perfect model
    present = sorted(set(y_true))
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=idx, zero_division=0)
    return {
        "n": len(y_true),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0)),
        "macro_recall": float(recall_score(y_true, y_pred, labels=present, average="macro", zero_division=0)),
        "per_class": {labels[i]: {"precision": float(p[i]), "recall": float(r[i]) if s[i] else None,
                                  "f1": float(f[i]) if s[i] else None, "support": int(s[i])} for i in idx},
        **({"classes_absent": [labels[i] for i in idx if not s[i]]} if len(present) < len(idx) else {}),
        "confusion": {"labels": list(labels), "matrix": confusion_matrix(y_true, y_pred, labels=idx).tolist()},
    }


def preprocess(texts: list[str], mode: str) -> tuple[list[str], list[str] | None]:
    """(texts as the model sees them, their detected languages; None: the model detects them itself)."""
    if mode == "none":
        return texts, None
    if mode == "light":
        return [sd.training_text(t) for t in texts], None
    from analyzer.preprocess import normalize

    ncs = [normalize(t) for t in texts]
    return [nc.normalized for nc in ncs], [nc.lang for nc in ncs]


def run_sentiment(args) -> dict:
    skipped: list[tuple[int, str]] = []
    if args.tsv:
        rows, skipped = sd.semeval_tsv(Path(args.tsv))
        gone = {n for n, _ in skipped}  # every line is a row or a skipped line: the rows' own line numbers
        lines = [n for n in range(1, len(rows) + len(skipped) + 1) if n not in gone]
        for n, why in skipped[:5]:  # a typo'd label shrinks n: say so, not only count it
            print(f"skipped {args.tsv}:{n}: {why}", file=sys.stderr)
        if len(skipped) > 5:
            print(f"skipped {len(skipped) - 5} more lines (all in the output's skipped_lines)", file=sys.stderr)
    else:
        rows = sd.read_lines_pair(Path(args.text), Path(args.labels))
        lines = list(range(1, len(rows) + 1))
    if not rows:
        reasons = "; ".join(f"line {n}: {why}" for n, why in skipped[:3])
        raise ValueError(f"no labelled text to evaluate in {args.tsv or args.text}" + (f" ({reasons})" if reasons else ""))
    from analyzer.sentiment import SentimentModel

    model = SentimentModel.load(args.model, threads=args.threads or None, precision=args.precision, spam_branch=False,
                                idioms=not args.no_idioms)
    seen = seen_in_training([t for t, _ in rows], model.name if model.kind == "e5" else None)
    keep = unseen_mask(seen, len(rows), args.unseen_only)
    rows = [r for r, k in zip(rows, keep, strict=True) if k]
    overlap = overlap_report(seen, excluded=args.unseen_only, where=lines)
    texts, langs = preprocess([t for t, _ in rows], args.preprocess)
    print(f"scoring {len(texts)} texts with {model.name}", file=sys.stderr)
    pred = model.predict(texts, langs=langs).probs.argmax(1)
    out = classification_report([y for _, y in rows], [int(x) for x in pred], SENTIMENT_LABELS)
    out.update({"model": model.name, "preprocess": args.preprocess, "precision": args.precision,
                "idioms": model.idioms,
                "skipped_malformed": len(skipped),
                "skipped_lines": [{"line": n, "reason": why} for n, why in skipped],  # all (QA: cut at 20)
                # rows whose text the model was trained on (analyzer/fingerprint.py): their figures flatter it
                "train_overlap": overlap})
    return out


def run_authenticity(args) -> dict:
    from analyzer.authenticity.evaluate import evaluate_csv

    return evaluate_csv(args.csv, text_col=args.text_col, label_col=args.label_col, positive=args.positive,
                        caption_col=args.caption_col, model=args.model, sentiment_model=args.sentiment_model,
                        unseen_only=args.unseen_only)


UNSEEN_HELP = ("score only the rows whose text the model was not trained on (train_overlap counts the others); "
               "needs a model that records its training texts")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="task", required=True)
    s = sub.add_parser("sentiment", help="negative/neutral/positive metrics")
    s.add_argument("--text", help="TweetEval/UMSAB texts, one per line (with --labels)")
    s.add_argument("--labels", help="their labels, one per line: 0 negative, 1 neutral, 2 positive")
    s.add_argument("--tsv", help="SemEval id<TAB>label<TAB>text with word labels (instead)")
    s.add_argument("--model", default=None, help="HF name/path or a comment-analyzer artifact (default: shipped)")
    s.add_argument("--preprocess", choices=("pipeline", "light", "none"), default="pipeline")
    s.add_argument("--precision", choices=SENTIMENT_PRECISIONS, default="fp32")
    s.add_argument("--no-idioms", action="store_true",
                   help="the model alone, without the idiom rule (analyzer/idioms.py) the product applies")
    s.add_argument("--threads", type=whole_number(0), default=0, help="torch/ONNX threads (0: the library's default)")
    s.add_argument("--unseen-only", action="store_true", help=UNSEEN_HELP)
    a = sub.add_parser("authenticity", help="genuine/superficial/spam or spam/ham metrics")
    a.add_argument("--csv", required=True)
    a.add_argument("--text-col", required=True)
    a.add_argument("--label-col", required=True)
    a.add_argument("--positive", default=None, help="the positive label for roc_auc (e.g. 1 or spam)")
    a.add_argument("--caption-col", default=None)
    a.add_argument("--unseen-only", action="store_true", help=UNSEEN_HELP)
    a.add_argument("--model", default=None, type=existing_dir,
                   help="an authenticity model folder (default: models/authenticity)")
    a.add_argument("--sentiment-model", default=None, metavar="NAME_OR_PATH",
                   help="score as the pipeline does with this sentiment model (as the CLI's --sentiment-model): "
                        "`fast` measures the heads fitted on its embeddings")
    args = ap.parse_args(argv)
    if args.task == "sentiment" and bool(args.tsv) == bool(args.text or args.labels):
        s.error("give --text and --labels, or --tsv (one of the two)")
    if args.task == "sentiment" and not args.tsv and not (args.text and args.labels):
        s.error("--text and --labels go together")
    from analyzer.authenticity.model import AuthenticityModelError
    from analyzer.sentiment import SentimentModelError

    try:  # exit codes as the CLI's: 3 unusable input, 4 model load failure
        result = run_sentiment(args) if args.task == "sentiment" else run_authenticity(args)
    except (SentimentModelError, AuthenticityModelError) as e:
        print(f"evaluate.py: model: {e}", file=sys.stderr)
        return 4
    except (ValueError, UnicodeError, pd.errors.ParserError, OSError) as e:  # a missing file: 3, as in the CLI
        print(f"evaluate.py: input: {e}", file=sys.stderr)
        return 3
    warning = overlap_warning(result["train_overlap"])
    if warning:
        print(warning, file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False, default=lambda o: o.item() if isinstance(o, np.generic) else str(o)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
