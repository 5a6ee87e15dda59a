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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_data as sd  # noqa: E402

from analyzer import config  # noqa: E402
from analyzer.cli import existing_dir, whole_number  # noqa: E402
from analyzer.preprocess import NormalizeOptions, normalize_batch  # noqa: E402

LANG_DIRS = {"es": "spanish", "en": "english"}


def load_umsab(data: Path, lang: str, split: str) -> tuple[list[str], list[str]]:
    """Texts and label names of one UMSAB split (labels 0/1/2 = negative/neutral/positive), read as every script
    reads them (`sentiment_data.read_lines_pair`: a tweet may hold U+2028, a file may start with a BOM)."""
    folder = Path(data) / "xlmt_umsab_sentiment" / LANG_DIRS[lang]
    rows = sd.read_lines_pair(folder / f"{split}_text.txt", folder / f"{split}_labels.txt")
    return [t for t, _ in rows], [config.SENTIMENT_LABELS[y] for _, y in rows]


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Unweighted mean of per-class F1 over the classes the gold labels hold: scripts/evaluate.py's convention
    (a class absent from a subset has no F1 to average; counting it as 0 would sink a perfect model)."""
    scores = []
    for label in config.SENTIMENT_LABELS:
        if label not in gold:
            continue
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def option_grid() -> dict[str, NormalizeOptions | None]:
    grid: dict[str, NormalizeOptions | None] = {"unnormalized": None}
    for emoji_mode, slang in itertools.product(config.EMOJI_MODES, config.SLANG_MODES):
        grid[f"emoji={emoji_mode},slang={slang}"] = NormalizeOptions(emoji_mode=emoji_mode, slang=slang)
    return grid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="path given to SentimentModel.load")
    ap.add_argument("--data", type=existing_dir, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--split", default="val", choices=("train", "val"))
    ap.add_argument("--limit", type=whole_number(0), default=0, help="first N texts per language (0 = all), for a smoke run")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args(argv)

    from analyzer.sentiment import SentimentModel

    model = SentimentModel.load(args.model)
    try:
        data = {lang: load_umsab(args.data, lang, args.split) for lang in LANG_DIRS}
    except (OSError, ValueError) as e:  # a missing file, a bad label line: the file and line, not a traceback
        print(f"eval_normalization.py: input: {e}", file=sys.stderr)
        return 3
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
