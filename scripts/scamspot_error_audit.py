"""Where does the spam head miss on ScamSpot's unseen creators, and how much of it is the labels? (An audit; its
result is in the authenticity card.)

1. Out-of-fold P(spam) of the shipped text head (train.make_head on train.SpamSources, the card's protocol: 5
   creator folds, lowercased), its F1 and its errors (written to --errors as TSV for reading).
2. Label conflicts inside ScamSpot, with no model: pairs of comments whose text, lowercased and with @handles /
   #tags removed, shares >= J of its character 5-grams (Jaccard; texts of >= 20 characters) but whose labels differ.
3. The report's "accounts the comments promote" (engagement.summarize) over ScamSpot's rated comments as one dump
   (no authors: each comment counts as one promoter): how many handles, how many comments name one, and how many
   of those are labelled scam, against ScamSpot's base rate.
4. With --audit (datasets/scamspot_label_audit.csv, the comment ids a reading of the errors judged mislabelled),
   what F1 the same predictions would have with those labels read the other way. A what-if, not a score: the
   card's figure stays the one on the labels as given.

    python scripts/scamspot_error_audit.py --data ../shared/data --errors runs/scamspot_errors.tsv \\
        --audit datasets/scamspot_label_audit.csv          # ~30 s
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analyzer.authenticity.model import head_proba  # noqa: E402
from analyzer.authenticity.train import SpamSources, make_head, scamspot_by_creator  # noqa: E402

_TAGS = re.compile(r"[@#][\w.]+")
_NON_WORD = re.compile(r"[^\w]+")


def conflicts(texts: list[str], y: np.ndarray, thresholds=(1.0, 0.8, 0.6), min_chars: int = 20) -> dict:
    """Near-duplicate pairs with different labels, per Jaccard threshold on character 5-gram sets."""
    keys = [_NON_WORD.sub(" ", _TAGS.sub("", t.lower())).strip() for t in texts]
    hv = HashingVectorizer(analyzer="char", ngram_range=(5, 5), binary=True, norm=None, alternate_sign=False,
                           n_features=2**20, lowercase=False)
    X = hv.transform(keys).astype(np.float32)
    size = np.asarray(X.sum(1)).ravel()
    inter = (X @ X.T).tocoo()
    long = np.array([len(k) >= min_chars for k in keys])
    keep = (inter.row < inter.col) & long[inter.row] & long[inter.col]
    r, c, v = inter.row[keep], inter.col[keep], inter.data[keep]
    jac = v / (size[r] + size[c] - v)
    out = {}
    for th in thresholds:
        m = jac >= th - 1e-9
        differ = m & (y[r] != y[c])
        out[f"jaccard>={th}"] = {"pairs": int(m.sum()), "pairs_with_different_labels": int(differ.sum()),
                                 "rows_in_such_pairs": len(set(r[differ].tolist()) | set(c[differ].tolist()))}
    return out


def promoted_accounts(ss, y: np.ndarray) -> dict:
    """engagement.summarize's promoted accounts over the rated comments, authenticity = the gold label."""
    from analyzer.engagement import summarize
    from analyzer.records import PostIn, ScoredComment

    def scored(cid, post_id, text, spam):
        p = (0.0, 0.0, 1.0) if spam else (1.0, 0.0, 0.0)
        return ScoredComment(comment_id=cid, post_id=post_id, author=None, created_at=None, parent_id=None,
                             text=text, normalized=text, lang="en", sentiment="neutral", sentiment_score=0.0,
                             p_negative=0.0, p_neutral=1.0, p_positive=0.0,
                             authenticity="spam" if spam else "genuine", p_genuine=p[0], p_superficial=p[1],
                             p_spam=p[2], bot_like=0.0, genuine_weight=1.0 - p[2])

    comments = [scored(str(i), pid, t, bool(v)) for i, pid, t, v in zip(ss.id, ss.post_id, ss.text, y, strict=True)]
    posts = {pid: PostIn(post_id=pid, creator=g) for pid, g in zip(ss.post_id, ss.group, strict=True)}
    promoted = summarize(comments, posts).promoted
    named = {i for a in promoted for i in a.comment_ids}
    gold = dict(zip(ss.id.astype(str), y, strict=True))
    return {"handles": len(promoted), "comments_naming_one": len(named),
            "scam_share_of_those": round(sum(gold[i] for i in named) / max(1, len(named)), 4),
            "scam_share_overall": round(float(y.mean()), 4),
            "top": [(a.handle, a.n_comments, a.spam_share) for a in promoted[:10]]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    SpamSources.add_arguments(ap)
    ap.add_argument("--errors", type=Path, default=None, help="write the head's errors here (TSV)")
    ap.add_argument("--audit", type=Path, default=None, help="comment ids read as mislabelled (CSV)")
    args = ap.parse_args(argv)
    src = SpamSources.from_args(args)
    ss, y = src.ss, src.y["ss"]

    def fit(ss_mask):
        texts, labels, weights, _ = src.train_set(None, ss_mask)
        pipe, spec = make_head("spam")
        pipe.fit(np.asarray(texts, dtype=object).reshape(-1, 1), labels, clf__sample_weight=weights)
        return pipe, spec

    def predict(head, te, lower):
        texts = [src.text["ssl" if lower else "ss"][i] for i in np.flatnonzero(te)]
        return head_proba(head[0], head[1], np.asarray(texts, dtype=object).reshape(-1, 1))

    summary, p = scamspot_by_creator(ss.group.to_numpy(), y, fit, predict)
    pred = (p["lower"] >= 0.5).astype(int)
    missed, false_alarm = np.flatnonzero((y == 1) & (pred == 0)), np.flatnonzero((y == 0) & (pred == 1))
    out = {"scam_f1": summary["scam_f1_lowercased"], "scams": int(y.sum()), "rows": len(y),
           "missed_scams": len(missed), "false_alarms": len(false_alarm),
           "label_conflicts": conflicts(src.text["ss"], y), "promoted_accounts": promoted_accounts(ss, y)}
    if args.errors:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with args.errors.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter="\t")
            w.writerow(["error", "comment_id", "creator", "p_spam", "text"])
            for kind, idx in (("missed_scam", missed), ("false_alarm", false_alarm)):
                for i in idx:
                    w.writerow([kind, ss.id[i], ss.group[i], round(float(p["lower"][i]), 2),
                                " ".join(src.text["ss"][i].split())[:300]])
    if args.audit:
        with args.audit.open(encoding="utf-8") as f:
            read_as = {row["comment_id"]: row["label_read"] for row in csv.DictReader(f)}
        ids = ss.id.astype(str).to_numpy()
        unknown = sorted(set(read_as) - set(ids.tolist()))
        if unknown:
            raise SystemExit(f"audit ids not in ScamSpot: {unknown[:5]}")
        y_read = np.array([int(read_as[i] == "scam") if i in read_as else int(t) for i, t in zip(ids, y, strict=True)])
        out["audit"] = {"relabelled": len(read_as), "to_scam": int(sum(v == "scam" for v in read_as.values())),
                        "to_real": int(sum(v == "real" for v in read_as.values())),
                        "relabelled_that_were_errors": int(sum((y_read != y) & (pred != y))),
                        "what_if_f1": round(float(f1_score(y_read, pred)), 4)}
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
