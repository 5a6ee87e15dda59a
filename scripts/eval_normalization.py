"""Which normalisation options help the sentiment model: macro-F1 on UMSAB es/en validation per option.

    python scripts/eval_normalization.py --model PATH --data ../shared/data [--split val] [--out results.json]

Scores every combination of `emoji_mode` (raw | text) and `slang` (none | safe | all), plus `unnormalized`
(the text as given, the baseline). Prints one JSON object: {option: {language: macro_f1, ..., "mean": ...}}
and the best option by mean macro-F1; set DEFAULT_EMOJI_MODE / DEFAULT_SLANG_MODE in analyzer/config.py from it.
Only train/val splits exist here (test is withheld); tune on val.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from analyzer import config
from analyzer.preprocess import NormalizeOptions, normalize_batch

LANG_DIRS = {"es": "spanish", "en": "english"}


def load_umsab(data: Path, lang: str, split: str) -> tuple[list[str], list[str]]:
    """Texts and label names of one UMSAB split (labels 0/1/2 = negative/neutral/positive)."""
    base = data / "xlmt_umsab_sentiment" / LANG_DIRS[lang]
    texts = (base / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
    labels = (base / f"{split}_labels.txt").read_text(encoding="utf-8").split()
    if len(texts) != len(labels):
        raise SystemExit(f"{base}: {len(texts)} texts but {len(labels)} labels")
    return texts, [config.SENTIMENT_LABELS[int(x)] for x in labels]


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Unweighted mean of per-class F1 over the three sentiment labels."""
    scores = []
    for label in config.SENTIMENT_LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def option_grid() -> dict[str, NormalizeOptions | None]:
    grid: dict[str, NormalizeOptions | None] = {"unnormalized": None}
    for emoji_mode, slang in itertools.product(config.EMOJI_MODES, config.SLANG_MODES):
        grid[f"emoji={emoji_mode},slang={slang}"] = NormalizeOptions(emoji_mode=emoji_mode, slang=slang)
    return grid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="path given to SentimentModel.load")
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--split", default="val", choices=("train", "val"))
    ap.add_argument("--limit", type=int, default=0, help="first N texts per language (0 = all), for a smoke run")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args(argv)

    from analyzer.sentiment import SentimentModel

    model = SentimentModel.load(args.model)
    data = {lang: load_umsab(args.data, lang, args.split) for lang in LANG_DIRS}
    if args.limit:
        data = {lang: (t[: args.limit], g[: args.limit]) for lang, (t, g) in data.items()}

    results: dict[str, dict[str, float]] = {}
    for name, opts in option_grid().items():
        row: dict[str, float] = {}
        for lang, (texts, gold) in data.items():
            inputs = texts if opts is None else [nc.normalized for nc in normalize_batch(texts, opts)]
            pred = [p.label for p in model.predict(inputs)]
            row[lang] = round(macro_f1(gold, pred), 4)
        row["mean"] = round(sum(row[lang] for lang in data) / len(data), 4)
        results[name] = row
        print(f"{name:28s} {row}", file=sys.stderr)
    best = max((k for k in results if k != "unnormalized"), key=lambda k: results[k]["mean"])
    out = {"split": args.split, "n": {lang: len(t) for lang, (t, _) in data.items()}, "macro_f1": results, "best": best}
    text = json.dumps(out, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
