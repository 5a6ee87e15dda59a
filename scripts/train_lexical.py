"""Train the per-language n-gram sentiment models that a sentiment artifact fuses with its transformer.

Why: see analyzer/lexical.py. The models are trained on the sentiment training data only (the transformer's
sources; every validation tweet removed by the same normalised-text key as `train_sentiment.py`), with the
regularisation C chosen by stratified k-fold cross-validation on that training data, so validation is left for
`scripts/calibrate_sentiment.py`, which decides per language whether and how much of the model to add.

    python scripts/train_lexical.py --data ../shared/data [--model models/sentiment] [--langs es,en]
    python scripts/calibrate_sentiment.py --data ../shared/data [--model models/sentiment] --write

Spanish: UMSAB (InterTASS) train, weighted 2 as in the transformer's mixture, + EmoEvent Spanish train (the same
emotion -> polarity mapping). English: SemEval-2013..2016 Task 4A + UMSAB English train, all rows (the
logistic regression balances the classes by weight instead of by sampling).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_data as sd  # noqa: E402

UMSAB_ES_WEIGHT = 2.0


def training_rows(data: Path, lang: str) -> tuple[list[str], np.ndarray, np.ndarray, dict]:
    """(texts, labels, sample weights, counts) for `lang`, validation tweets removed."""
    val_keys = {sd.dedup_key(t) for rows in (sd.read_umsab(data, "es", "val"), sd.read_umsab(data, "en", "val"),
                                              sd.read_tweeteval_val(data)) for t, _ in rows}

    def clean(rows):
        return [(t, y) for t, y in rows if sd.dedup_key(t) not in val_keys]

    if lang == "es":
        parts = {"umsab_es_train": (clean(sd.read_umsab(data, "es", "train")), UMSAB_ES_WEIGHT),
                 "emoevent_es_train": (clean(sd.read_emoevent(data, "es", "train")), 1.0)}
    elif lang == "en":
        parts = {"semeval_2013_2016": (clean(sd.read_semeval_train(data)), 1.0),
                 "umsab_en_train": (clean(sd.read_umsab(data, "en", "train")), 1.0)}
    else:
        raise SystemExit(f"no training data for language {lang!r} (es, en)")
    texts, labels, weights = [], [], []
    for rows, w in parts.values():
        texts += [t for t, _ in rows]
        labels += [y for _, y in rows]
        weights += [w] * len(rows)
    counts = {name: {"rows": len(rows), "weight": w} for name, (rows, w) in parts.items()}
    return texts, np.array(labels), np.array(weights), counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model", type=Path, default=None, help="sentiment artifact to add the models to")
    ap.add_argument("--langs", default="es,en")
    ap.add_argument("--c-grid", default="0.5,1,2,4", help="regularisation values tried by cross-validation")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    from analyzer.lexical import LexicalSentiment
    from analyzer.preprocess import normalize
    from analyzer.sentiment import default_model_path, lexical_file

    out_dir = args.model or default_model_path()
    grid = [float(c) for c in args.c_grid.split(",")]
    for lang in args.langs.split(","):
        raw, y, w, counts = training_rows(args.data, lang)
        texts = [normalize(t).normalized for t in raw]  # what the product feeds the sentiment stage
        print(f"[{lang}] {len(texts)} training texts, labels {np.bincount(y, minlength=3).tolist()}", flush=True)
        folds = StratifiedKFold(args.folds, shuffle=True, random_state=args.seed)
        cv = {}
        for c in grid:
            t0 = time.time()
            pred = np.zeros_like(y)
            for fit, held in folds.split(texts, y):
                model = LexicalSentiment(C=c).fit([texts[i] for i in fit], y[fit], w[fit])
                pred[held] = model.predict([texts[i] for i in held])
            cv[c] = float(f1_score(y, pred, average="macro", sample_weight=w))
            print(f"[{lang}] C={c}: {args.folds}-fold macro-F1 {cv[c]:.4f} ({time.time() - t0:.0f} s)", flush=True)
        best = max(grid, key=lambda c: (round(cv[c], 4), -c))  # ties: the stronger regularisation
        model = LexicalSentiment(C=best).fit(texts, y, w)
        path = out_dir / lexical_file(lang)
        model.save(path, {"lang": lang, "trained": dt.date.today().isoformat(), "seed": args.seed,
                          "script": "scripts/train_lexical.py", "data": counts, "n_texts": len(texts),
                          "cv": {"folds": args.folds, "metric": "macro_f1 (weighted)",
                                 "by_C": {str(c): round(v, 4) for c, v in cv.items()}, "chosen_C": best}})
        print(f"[{lang}] C={best} -> {path} ({model.columns_.size} columns, "
              f"{path.stat().st_size / 1e6:.1f} MB)", flush=True)
    print(json.dumps({"written": [str(out_dir / lexical_file(x)) for x in args.langs.split(",")]}))
    print("next: scripts/calibrate_sentiment.py --write decides whether and how much of them to use",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
