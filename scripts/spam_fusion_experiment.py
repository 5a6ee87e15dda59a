"""Would the encoder's sentence embedding help the spam head as a second opinion? (An experiment; its result is in
the authenticity card.)

Putting the 384-d embedding into the linear SVM next to the n-grams cost ~0.04 YouTube F1 (the card's
`spam_emb` ablation). This tries late fusion instead: a separate logistic regression on the standardised
embeddings, trained on the same rows and weights, whose logit is added to the shipped SVM's decision value with a
small weight beta (`d = d_svm + beta * logit_emb`, boundary at 0). Same protocol as
scripts/train_authenticity.py: YouTube leave-one-video-out mean F1 and ScamSpot unseen-creator F1 (5 grouped folds,
lowercased). beta = 0 reproduces the shipped head (0.9515 / 0.9044). Embeddings come from the training cache
(`runs/authenticity`, filled by train_authenticity.py; missing ones are computed, slowly, on the CPU).

    python scripts/spam_fusion_experiment.py --data ../shared/data      # ~2 min on 2 cores with a warm cache
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analyzer.authenticity.train import SpamSources, make_head, scamspot_by_creator, youtube_lovo  # noqa: E402

BETAS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--project", type=Path, default=Path("datasets/authenticity"))
    ap.add_argument("--model", default=None, help="sentiment artifact whose embeddings are used (default: shipped)")
    ap.add_argument("--cache", type=Path, default=Path("runs/authenticity"))
    ap.add_argument("--emb-C", type=float, default=0.1, help="C of the embedding logistic regression")
    args = ap.parse_args(argv)

    from analyzer.authenticity.embed_cache import EmbeddingCache
    from analyzer.preprocess import normalize_batch
    from analyzer.sentiment import SentimentModel

    t0 = time.time()
    src = SpamSources(args.data, args.project)
    yt, ss, text, y = src.yt, src.ss, src.text, src.y
    # as in training: the SVM reads the original text (YouTube HTML as the readers deliver it: src.text), the
    # embedding the normalised one; ScamSpot trains as original + lowercased copies and is scored lowercased
    raw = {**text, "yt": yt.text.tolist()}
    cache = EmbeddingCache(SentimentModel.load(args.model), args.cache, log=lambda m: print(m, file=sys.stderr))
    emb = {k: cache.get([nc.normalized for nc in normalize_batch(v)]) for k, v in raw.items()}

    def fit(yt_mask, ss_mask):
        idx = src.index(yt_mask, ss_mask)
        tx, yy, ww, _ = src.train_set(yt_mask, ss_mask)
        E = np.vstack([emb[k][idx[k]] for k in idx])
        svm, _ = make_head("spam")
        svm.fit(np.asarray(tx, dtype=object).reshape(-1, 1), yy, clf__sample_weight=ww)
        lr = Pipeline([("scale", StandardScaler()),
                       ("clf", LogisticRegression(C=args.emb_C, max_iter=5000, class_weight="balanced"))])
        lr.fit(E, yy, clf__sample_weight=ww)
        return svm, lr

    def decisions(models, key, mask):
        svm, lr = models
        i = np.flatnonzero(mask)
        d_svm = svm.decision_function(np.asarray([text[key][j] for j in i], dtype=object).reshape(-1, 1))
        return np.stack([d_svm, lr.decision_function(emb[key][i])], 1)

    # out-of-fold (svm, embedding) decision pairs (ScamSpot: the lowercased scoring); the protocol helpers take any
    # per-row score, so they get the SVM's and the betas are applied afterwards
    oof = {"yt": np.zeros((len(yt), 2)), "ss": np.zeros((len(ss), 2))}

    def keep(key, mask, d):
        oof[key][mask] = d
        return d[:, 0]

    youtube_lovo(yt.group.to_numpy(), y["yt"], lambda tr: fit(tr, np.ones(len(ss), bool)),
                 lambda m, te: keep("yt", te, decisions(m, "yt", te)))
    print(f"youtube done ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)
    scamspot_by_creator(ss.group.to_numpy(), y["ss"], lambda tr: fit(np.ones(len(yt), bool), tr),
                        lambda m, te, lower: keep("ss", te, decisions(m, "ssl", te)) if lower
                        else decisions(m, "ss", te)[:, 0])
    print(f"scamspot done ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)

    videos = sorted(set(yt.group))
    out = {"emb_C": args.emb_C, "variants": {}}
    for name, col in (("embedding_alone", None), *((f"beta_{b}", b) for b in BETAS)):
        dy = oof["yt"][:, 1] if col is None else oof["yt"][:, 0] + col * oof["yt"][:, 1]
        ds = oof["ss"][:, 1] if col is None else oof["ss"][:, 0] + col * oof["ss"][:, 1]
        per = {v: round(float(f1_score(y["yt"][(yt.group == v).to_numpy()], dy[(yt.group == v).to_numpy()] >= 0)), 4)
               for v in videos}
        out["variants"][name] = {"youtube_lovo_mean_f1": round(float(np.mean(list(per.values()))), 4),
                                 "youtube_per_video": per,
                                 "scamspot_f1": round(float(f1_score(y["ss"], ds >= 0)), 4),
                                 "scamspot_auc": round(float(roc_auc_score(y["ss"], ds)), 4)}
    out["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
