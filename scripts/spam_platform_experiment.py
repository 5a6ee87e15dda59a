"""Would platform-aware n-grams help the spam head? (An experiment; its result is in the authenticity card.)

Feature augmentation (Daumé 2007): every n-gram block is copied once per source platform (YouTube, Instagram,
the written project set), filled only on that platform's rows, so general weights are shared and
platform-specific ones sit on top. Same protocol as scripts/train_authenticity.py (text-only spam head, same
sources and weights): YouTube leave-one-video-out mean F1 and ScamSpot unseen-creator F1 (5 grouped folds,
lowercased). Variants: the shipped single-block head; augmented, predicted with the platform known; augmented
with a platform-blind copy of every row ("dropout"), predicted with and without the platform. It builds the
shipped blocks, weights and classifier (train.make_head) and reproduces the shipped
head's figures first (0.9515 / 0.9044).

    python scripts/spam_platform_experiment.py --data ../shared/data      # ~12 min on 2 cores
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analyzer.authenticity.model import head_proba  # noqa: E402
from analyzer.authenticity.train import SpamSources, make_head, scamspot_by_creator, youtube_lovo  # noqa: E402

PLATFORMS = ("youtube", "instagram", "project")


class SpamHead:
    """The shipped spam head (train.make_head: its n-gram blocks and classifier); `platforms` adds one augmented
    copy of the n-grams per platform and `blind_share` > 0 also trains on a platform-less copy of every row
    (weight share `blind_share`)."""

    def __init__(self, platforms: tuple[str, ...] = (), blind_share: float = 0.0, blind_predict: bool = False):
        self.platforms, self.blind_share, self.blind_predict = platforms, blind_share, blind_predict
        pipe, self.spec = make_head("spam")
        self.features, self.clf = pipe.named_steps["features"], pipe.named_steps["clf"]

    def _X(self, texts, plats, fit=False):
        arr = np.asarray(texts, dtype=object).reshape(-1, 1)
        X = sp.csr_matrix(self.features.fit_transform(arr) if fit else self.features.transform(arr))
        plats = np.asarray(plats)
        return sp.hstack([X] + [sp.diags((plats == p).astype(np.float32)) @ X for p in self.platforms]).tocsr()

    def fit(self, texts, y, w, plats):
        if self.blind_share:
            texts, y = list(texts) * 2, np.r_[y, y]
            w = np.r_[w * (1 - self.blind_share), w * self.blind_share]
            plats = list(plats) + ["unknown"] * len(plats)
        self.clf.fit(self._X(texts, plats, fit=True), y, sample_weight=w)
        return self

    def proba(self, texts, plats):
        plats = ["unknown"] * len(texts) if self.blind_predict else plats
        return head_proba(self.clf, self.spec, self._X(texts, plats))  # scale 1: 0.5 is the SVM boundary


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    SpamSources.add_arguments(ap)
    args = ap.parse_args(argv)
    src = SpamSources.from_args(args)
    yt, ss, text = src.yt, src.ss, src.text

    def run(make) -> dict:
        t0 = time.time()
        all_yt, all_ss = np.ones(len(yt), bool), np.ones(len(ss), bool)
        lovo, _ = youtube_lovo(
            yt.group.to_numpy(), src.y["yt"], lambda tr: make().fit(*src.train_set(tr, all_ss)),
            lambda head, te: head.proba([text["yt"][i] for i in np.flatnonzero(te)], ["youtube"] * int(te.sum())))
        scam, _ = scamspot_by_creator(
            ss.group.to_numpy(), src.y["ss"], lambda tr: make().fit(*src.train_set(all_yt, tr)),
            lambda head, te, lower: head.proba([text["ssl" if lower else "ss"][i] for i in np.flatnonzero(te)],
                                               ["instagram"] * int(te.sum())))
        return {"youtube_lovo_mean_f1": lovo["spam_f1_mean"], "youtube_per_video": lovo["spam_f1_per_video"],
                "scamspot_f1": scam["scam_f1_lowercased"], "scamspot_auc": scam["roc_auc_lowercased"],
                "seconds": round(time.time() - t0)}

    variants = {
        "shipped (one block)": lambda: SpamHead(),
        "augmented, platform known": lambda: SpamHead(PLATFORMS),
        "augmented, platform unknown at prediction": lambda: SpamHead(PLATFORMS, blind_predict=True),
        "augmented + blind copy, platform known": lambda: SpamHead(PLATFORMS, blind_share=0.5),
        "augmented + blind copy, platform unknown": lambda: SpamHead(PLATFORMS, blind_share=0.5, blind_predict=True),
    }
    out = {}
    for name, make in variants.items():
        out[name] = run(make)
        print(json.dumps({name: out[name]}), file=sys.stderr, flush=True)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
