"""Would self-training on ScamSpot's never-rated comments help the spam head? (An experiment; its result is in
the authenticity card.)

ScamSpot's scraper JSON holds 1,212 comments typed `unknown` (never rated) under the same creators as the rated
ones. Each training run of the shipped spam head (train.make_head, same sources and weights as
scripts/train_authenticity.py) is followed by a second fit that adds those unknowns, pseudo-labelled by the first
fit's SVM where |decision| >= margin, as ScamSpot rows (original + lowercased copy, weight
SOURCE_WEIGHTS["scamspot_per_copy"] x `wscale`). Only unknowns of the fold's TRAINING creators are used, so a
left-out creator's comments never reach training, labelled or not (the shipped head would likewise see only the
creators it is trained on). Same protocol as the card: YouTube leave-one-video-out mean F1 and ScamSpot
unseen-creator F1 (5 grouped folds, lowercased). The baseline (no unknowns) must reproduce 0.9515 / 0.9044.

    python scripts/spam_selftrain_experiment.py --data ../shared/data      # ~30 min on 2 cores
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analyzer.authenticity.model import head_proba  # noqa: E402
from analyzer.authenticity.train import (  # noqa: E402
    SOURCE_WEIGHTS,
    SpamSources,
    make_head,
    scamspot_by_creator,
    youtube_lovo,
)


def load_unrated(data_dir: str) -> tuple[list[str], np.ndarray]:
    """ScamSpot's never-rated comments (type `unknown`): texts and their post-owner accounts."""
    p = Path(data_dir) / "scamspot_instagram_comments" / "scraper" / "comments_extracted.json"
    raw = json.loads(p.read_text(encoding="utf-8"))
    rows = [(v["text"], v["account"]) for v in raw.values()
            if v.get("type") not in ("scam", "real") and isinstance(v.get("text"), str) and v["text"].strip()]
    return [t for t, _ in rows], np.asarray([a for _, a in rows])


class Head:
    """The shipped spam head, optionally refit once (or `rounds` times) with pseudo-labelled unrated comments."""

    def __init__(self, unrated: list[str] = (), margin: float | None = None, wscale: float = 1.0, rounds: int = 1):
        self.unrated, self.margin, self.wscale, self.rounds = list(unrated), margin, wscale, rounds
        self.n_pseudo = 0

    def _fit(self, tx, y, w):
        pipe, self.spec = make_head("spam")
        self.pipe = pipe.fit(np.asarray(tx, dtype=object).reshape(-1, 1), y, clf__sample_weight=w)
        return self

    def decision(self, texts) -> np.ndarray:
        return self.pipe.decision_function(np.asarray(texts, dtype=object).reshape(-1, 1))

    def fit(self, tx, y, w):
        self._fit(tx, y, w)
        if self.margin is None or not self.unrated:
            return self
        for _ in range(self.rounds):
            d = self.decision(self.unrated)
            keep = np.abs(d) >= self.margin
            u = [self.unrated[i] for i in np.flatnonzero(keep)]
            yu = (d[keep] > 0).astype(int)
            wu = np.full(2 * len(u), SOURCE_WEIGHTS["scamspot_per_copy"] * self.wscale)
            self.n_pseudo = len(u)
            self._fit(list(tx) + u + [t.lower() for t in u], np.r_[y, yu, yu], np.r_[w, wu])
        return self

    def proba(self, texts) -> np.ndarray:
        return head_proba(self.pipe, self.spec, np.asarray(texts, dtype=object).reshape(-1, 1))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    SpamSources.add_arguments(ap)
    args = ap.parse_args(argv)
    src = SpamSources.from_args(args)
    yt, ss, text, groups = src.yt, src.ss, src.text, src.ss.group.to_numpy()
    un_text, un_acct = load_unrated(args.data)
    print(f"unrated comments: {len(un_text)} under {len(set(un_acct.tolist()))} creators", file=sys.stderr)

    def unrated_of(ss_mask) -> list[str]:
        creators = set(groups[ss_mask].tolist())
        return [t for t, a in zip(un_text, un_acct, strict=True) if a in creators]

    def run(margin, wscale=1.0, rounds=1) -> dict:
        t0 = time.time()
        all_yt, all_ss = np.ones(len(yt), bool), np.ones(len(ss), bool)
        pseudo = []

        def fit(yt_mask, ss_mask):
            head = Head(unrated_of(ss_mask), margin, wscale, rounds).fit(*src.train_set(yt_mask, ss_mask)[:3])
            pseudo.append(head.n_pseudo)
            return head

        lovo, _ = youtube_lovo(
            yt.group.to_numpy(), src.y["yt"], lambda tr: fit(tr, all_ss),
            lambda head, te: head.proba([text["yt"][i] for i in np.flatnonzero(te)]))
        scam, _ = scamspot_by_creator(
            groups, src.y["ss"], lambda tr: fit(all_yt, tr),
            lambda head, te, lower: head.proba([text["ssl" if lower else "ss"][i] for i in np.flatnonzero(te)]))
        return {"margin": margin, "wscale": wscale, "rounds": rounds, "pseudo_rows_per_fit": pseudo,
                "youtube_lovo_mean_f1": lovo["spam_f1_mean"], "youtube_per_video": lovo["spam_f1_per_video"],
                "scamspot_f1": scam["scam_f1_lowercased"], "scamspot_auc": scam["roc_auc_lowercased"],
                "seconds": round(time.time() - t0)}

    variants = [(None,), (0.5,), (1.0,), (0.0,), (0.5, 0.5), (0.5, 1.0, 2)]
    out = []
    for v in variants:
        out.append(run(*v))
        print(json.dumps(out[-1]), file=sys.stderr, flush=True)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
