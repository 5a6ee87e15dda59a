"""Does English data help Spanish? A cheap linear-probe proxy on the frozen bundled encoder.

Logistic regression on mean-pooled e5 embeddings, trained on Spanish only, English only, and both; scored on
UMSAB Spanish val (macro-F1). Seeded; prints one JSON object. (A full fine-tune per setting costs ~1 CPU-hour.)

    python scripts/probe_transfer.py --data ../shared/data [--en-per-class 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_data as sd  # noqa: E402

from analyzer.encoder import Encoder  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--en-per-class", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    data = Path(args.data)
    es_train = sd.read_umsab(data, "es", "train")
    es_val = sd.read_umsab(data, "es", "val")
    held = {sd.dedup_key(t) for t, _ in sd.read_umsab(data, "en", "val") + sd.read_tweeteval_val(data)}
    sem = [r for r in sd.read_semeval_train(data) if sd.dedup_key(r[0]) not in held]
    en_train = []
    for y in range(3):
        rows = [r for r in sem if r[1] == y]
        rng.shuffle(rows)
        en_train += rows[: args.en_per_class]
    enc = Encoder.load()
    emb = {name: enc.embed([sd.training_text(t) for t, _ in rows]) for name, rows in
           (("es_train", es_train), ("en_train", en_train), ("es_val", es_val))}
    y = {"es_train": np.array([r[1] for r in es_train]), "en_train": np.array([r[1] for r in en_train]),
         "es_val": np.array([r[1] for r in es_val])}
    out = {"n": {k: len(v) for k, v in y.items()}, "es_val_macro_f1": {}}
    for name, parts in (("es_only", ["es_train"]), ("en_only", ["en_train"]), ("es_plus_en", ["es_train", "en_train"])):
        X = np.vstack([emb[p] for p in parts])
        t = np.concatenate([y[p] for p in parts])
        clf = LogisticRegression(max_iter=2000, C=1.0, random_state=args.seed).fit(X, t)
        out["es_val_macro_f1"][name] = round(float(f1_score(y["es_val"], clf.predict(emb["es_val"]), average="macro")), 4)
        print(name, out["es_val_macro_f1"][name], file=sys.stderr, flush=True)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
