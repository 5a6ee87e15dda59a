"""Training and validation protocol of the authenticity stage (driven by scripts/train_authenticity.py).

Protocol (every figure goes to the model card):
- spam head: YouTube leave-one-video-out (4 videos; the 5th is withheld), ScamSpot grouped by creator
  (5 folds over post-owner accounts, evaluated on lowercased text as in comments-rating.csv), project held-out;
- superficial head + 3 classes: project held-out split, per language, with and without captions;
- bot text model: TweepFake validation split; account model: Colombia 2014, 5-fold CV;
- coordination: synthetic dumps (analyzer.authenticity.synthetic), recall and genuine false-positive rate.
The shipped heads are then fit on everything but the held-out/validation parts.
"""

from __future__ import annotations

import json
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support, roc_auc_score
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from .. import config
from ..preprocess import normalize_batch
from .account import ACCOUNT_FEATURES, colombia_to_account_features
from .data import load_colombia, load_project, load_scamspot, load_tweepfake, load_youtube
from .features import BANK_NAMES, CAPTION_NAMES, LEX_NAMES, SIGNAL_COLS, FeatureBuilder
from .lexicon import GENERIC_TEMPLATES
from .model import AuthenticityModel

SEED = 13


# --------------------------------------------------------------------------------------------------
# Head recipes (chosen by the ablation printed in the summary; see MODEL_CARD.md)
# --------------------------------------------------------------------------------------------------
def _columns(kind: str, dim: int) -> list[str]:
    hand = list(SIGNAL_COLS) + list(LEX_NAMES)
    emb = list(BANK_NAMES) + [f"emb_{j}" for j in range(dim)]
    return {
        "spam": hand + emb,
        "spam_noemb": hand,
        "superficial": hand + list(CAPTION_NAMES) + emb,
        "superficial_noemb": hand + [c for c in CAPTION_NAMES if c != "caption_cos"],
        "relevance": list(CAPTION_NAMES) + ["n_content_words", "generic_word_share", "all_generic"],
        "relevance_noemb": [c for c in CAPTION_NAMES if c != "caption_cos"]
        + ["n_content_words", "generic_word_share", "all_generic"],
    }[kind]


def make_head(kind: str, dim: int = 384, *, text: bool | None = None, C: float | None = None) -> tuple[Pipeline, dict]:
    """(unfitted Pipeline, spec). Spec says which named columns it reads and whether text comes first."""
    cols = _columns(kind, dim)
    base = kind.removesuffix("_noemb")
    use_text = {"spam": True, "superficial": False, "relevance": False}[base] if text is None else text
    c = C if C is not None else {"spam": 0.5, "superficial": 0.1, "relevance": 1.0}[base]
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    if use_text:
        ct = ColumnTransformer([
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                      max_features=40000, dtype=np.float32), 0),
            ("dense", StandardScaler(), slice(1, 1 + len(cols))),
        ])
        pipe = Pipeline([("features", ct), ("clf", clf)])
    else:
        pipe = Pipeline([("scale", StandardScaler()), ("clf", clf)])
    return pipe, {"columns": cols, "text": use_text}


def make_bot_text_head() -> Pipeline:
    """TweepFake style model: word 1-2 grams incl. punctuation, case kept (machine text differs in form)."""
    return Pipeline([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True, lowercase=False,
                                  token_pattern=r"(?u)\b\w+\b|[^\w\s]", max_features=30000, dtype=np.float32)),
        ("clf", LogisticRegression(C=4.0, max_iter=3000)),
    ])


def make_account_head() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=SEED)


# --------------------------------------------------------------------------------------------------
# Data assembly
# --------------------------------------------------------------------------------------------------
@dataclass
class Block:
    """One source, featurised: rows of X (named columns), texts the heads read, labels and groups."""

    name: str
    df: pd.DataFrame
    X: np.ndarray
    texts: list[str]


def featurize(df: pd.DataFrame, builder: FeatureBuilder, emb_fn, *, text_col: str = "text",
              caption_col: str | None = None) -> tuple[np.ndarray, list[str]]:
    ncs = normalize_batch(df[text_col].tolist())
    texts = [nc.normalized for nc in ncs]
    emb = emb_fn(texts) if builder.use_embeddings else None
    caps = cap_emb = None
    if caption_col is not None:
        caps = df[caption_col].tolist()
        if builder.use_embeddings:
            cn = normalize_batch([c or "" for c in caps])
            cap_emb = emb_fn([nc.normalized for nc in cn])
    X, _ = builder.transform(ncs, embeddings=emb, captions=caps, caption_embeddings=cap_emb)
    return X, texts


def head_X(spec: dict, X: np.ndarray, names: list[str], texts: list[str]):
    from .model import head_input

    return head_input(spec, X, names, texts)


def fit_head(kind: str, X, names, texts, y, **kw):
    pipe, spec = make_head(kind, **kw)
    pipe.fit(head_X(spec, X, names, texts), y)
    return pipe, spec


def proba(pipe, spec, X, names, texts):
    return pipe.predict_proba(head_X(spec, X, names, texts))[:, 1]


def prf(y_true, y_pred, labels) -> dict:
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    return {lab: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4), "f1": round(float(f[i]), 4),
                  "support": int(s[i])} for i, lab in enumerate(labels)}


# --------------------------------------------------------------------------------------------------
def run(data_dir: str | Path, project_dir: str | Path, out_dir: str | Path, sentiment_model: str | Path | None,
        cache_dir: str | Path = "runs/authenticity", log=print, quick: bool = False) -> dict:
    """Validate, fit, save. Returns the summary dict (also written into the model card)."""
    from ..sentiment import SentimentModel
    from .embed_cache import EmbeddingCache, model_fingerprint

    t_start = time.time()
    rng = np.random.default_rng(SEED)
    log("loading the sentiment encoder (for embeddings)")
    enc = SentimentModel.load(sentiment_model)
    cache = EmbeddingCache(enc, cache_dir, log=log)
    fingerprint = model_fingerprint(enc)
    emb_fn = cache.get
    bank = emb_fn([nc.normalized for nc in normalize_batch(list(GENERIC_TEMPLATES))])
    fb = FeatureBuilder(generic_bank=bank, use_embeddings=True)
    fb0 = FeatureBuilder(use_embeddings=False)
    dim = bank.shape[1]
    names = fb.feature_names(dim)
    names0 = fb0.feature_names()

    log("loading data")
    yt = load_youtube(data_dir)
    ss = load_scamspot(data_dir)
    pr = load_project(project_dir)
    ss_lower = ss.assign(text=ss["text"].str.lower())
    log(f"  youtube {len(yt)} ({yt.group.nunique()} videos), scamspot {len(ss)} ({ss.group.nunique()} creators), "
        f"project {len(pr)} (train {int((pr.split == 'train').sum())}, heldout {int((pr.split == 'heldout').sum())})")

    log("featurising")
    feats: dict[str, tuple] = {}
    for key, df, cap in (("yt", yt, None), ("ss", ss, None), ("ssl", ss_lower, None), ("pr", pr, "caption")):
        X, texts = featurize(df, fb, emb_fn, caption_col=cap)
        X0 = X[:, : len(names0)]  # the no-embedding feature set is a prefix (caption_cos is zeroed below)
        X0 = X0.copy()
        X0[:, names0.index("caption_cos")] = 0.0
        feats[key] = (X, X0, texts)
    # project rows without caption: the same comments as a dump without captions would give them
    Xp_nc, _ = featurize(pr, fb, emb_fn, caption_col=None)

    y_yt = (yt.label == "spam").to_numpy(int)
    y_ss = (ss.label == "spam").to_numpy(int)
    y_pr_spam = (pr.label == "spam").to_numpy(int)
    tr_pr = (pr.split == "train").to_numpy()
    summary: dict = {"data": {"youtube": int(len(yt)), "youtube_videos": sorted(yt.group.unique().tolist()),
                              "scamspot": int(len(ss)), "scamspot_creators": int(ss.group.nunique()),
                              "project": {f"{a}/{b}": int(v) for (a, b), v in pr.groupby(["lang", "split"]).size().items()}}}

    def spam_train_set(use_emb: bool, yt_mask=None, ss_mask=None, pr_mask=None):
        i = 0 if use_emb else 1
        parts_X, parts_t, parts_y = [], [], []
        for key, mask, y in (("yt", yt_mask, y_yt), ("ss", ss_mask, y_ss), ("ssl", ss_mask, y_ss),
                             ("pr", pr_mask, y_pr_spam)):
            X, t = feats[key][i], feats[key][2]
            m = np.ones(len(X), bool) if mask is None else mask
            parts_X.append(X[m])
            parts_t += [s for s, k in zip(t, m, strict=True) if k]
            parts_y.append(y[m])
        return np.vstack(parts_X), parts_t, np.concatenate(parts_y)

    # ---------------------------------------------------------------- spam: YouTube leave-one-video-out
    for use_emb in (True, False):
        tag = "" if use_emb else "_noemb"
        nm = names if use_emb else names0
        i = 0 if use_emb else 1
        log(f"spam{tag}: YouTube leave-one-video-out")
        per_video = {}
        pooled_y, pooled_p = [], []
        for g in sorted(yt.group.unique()):
            te = (yt.group == g).to_numpy()
            Xtr, ttr, ytr = spam_train_set(use_emb, yt_mask=~te, pr_mask=tr_pr)
            pipe, spec = fit_head("spam" + tag, Xtr, nm, ttr, ytr)
            p = proba(pipe, spec, feats["yt"][i][te], nm, [t for t, k in zip(feats["yt"][2], te, strict=True) if k])
            per_video[g] = round(float(f1_score(y_yt[te], p >= config.AUTH_SPAM_THRESHOLD)), 4)
            pooled_y.append(y_yt[te])
            pooled_p.append(p)
            log(f"  {g}: spam F1 {per_video[g]}")
        py, pp = np.concatenate(pooled_y), np.concatenate(pooled_p)
        summary[f"youtube_lovo{tag}"] = {
            "spam_f1_per_video": per_video, "spam_f1_mean": round(float(np.mean(list(per_video.values()))), 4),
            "spam_f1_pooled": round(float(f1_score(py, pp >= config.AUTH_SPAM_THRESHOLD)), 4),
            "roc_auc_pooled": round(float(roc_auc_score(py, pp)), 4), "target": 0.95}

        # ------------------------------------------------------------ spam: ScamSpot unseen creators
        log(f"spam{tag}: ScamSpot grouped by creator (5 folds)")
        p_low = np.zeros(len(ss))
        p_orig = np.zeros(len(ss))
        for tri, tei in GroupKFold(n_splits=5).split(ss, groups=ss.group):
            m = np.zeros(len(ss), bool)
            m[tri] = True
            Xtr, ttr, ytr = spam_train_set(use_emb, ss_mask=m, pr_mask=tr_pr)
            pipe, spec = fit_head("spam" + tag, Xtr, nm, ttr, ytr)
            p_low[tei] = proba(pipe, spec, feats["ssl"][i][tei], nm, [feats["ssl"][2][j] for j in tei])
            p_orig[tei] = proba(pipe, spec, feats["ss"][i][tei], nm, [feats["ss"][2][j] for j in tei])
        summary[f"scamspot_by_creator{tag}"] = {
            "scam_f1_lowercased": round(float(f1_score(y_ss, p_low >= config.AUTH_SPAM_THRESHOLD)), 4),
            "scam_f1_original_case": round(float(f1_score(y_ss, p_orig >= config.AUTH_SPAM_THRESHOLD)), 4),
            "roc_auc_lowercased": round(float(roc_auc_score(y_ss, p_low)), 4),
            "per_class_lowercased": prf(np.where(y_ss == 1, "spam", "real"),
                                        np.where(p_low >= config.AUTH_SPAM_THRESHOLD, "spam", "real"),
                                        ["spam", "real"]),
            "target": 0.93}
        log(f"  scam F1 (lowercased) {summary[f'scamspot_by_creator{tag}']['scam_f1_lowercased']}")

    # ---------------------------------------------------------------- project held-out (3 classes)
    log("project held-out: spam head on all spam sources + project train; superficial head on project train")
    res_proj: dict = {}
    final_heads: dict = {}
    final_specs: dict = {}
    for use_emb in (True, False):
        tag = "" if use_emb else "_noemb"
        nm = names if use_emb else names0
        i = 0 if use_emb else 1
        Xtr, ttr, ytr = spam_train_set(use_emb, pr_mask=tr_pr)
        spam_pipe, spam_spec = fit_head("spam" + tag, Xtr, nm, ttr, ytr)
        Xp, tp = feats["pr"][i], feats["pr"][2]
        ns = (pr.label != "spam").to_numpy()
        m = tr_pr & ns
        ysup = (pr.label == "superficial").to_numpy(int)
        # the same rows without captions, so one head serves both kinds of dump
        Xnc = Xp_nc if use_emb else Xp_nc[:, : len(names0)]
        Xaug = np.vstack([Xp[m], Xnc[m]])
        taug = [tp[j] for j in np.flatnonzero(m)] * 2
        sup_pipe, sup_spec = fit_head("superficial" + tag, Xaug, nm, taug, np.r_[ysup[m], ysup[m]])
        rel_pipe, rel_spec = fit_head("relevance" + tag, Xp[tr_pr], nm, [tp[j] for j in np.flatnonzero(tr_pr)],
                                      (pr.label[tr_pr] == "genuine").to_numpy(int))
        ho = ~tr_pr
        out = {}
        for cap_mode, XX in (("with_caption", Xp), ("no_caption", Xnc)):
            ps = proba(spam_pipe, spam_spec, XX[ho], nm, [tp[j] for j in np.flatnonzero(ho)])
            q = proba(sup_pipe, sup_spec, XX[ho], nm, [tp[j] for j in np.flatnonzero(ho)])
            pred = np.where(ps >= config.AUTH_SPAM_THRESHOLD, "spam", np.where(q >= 0.5, "superficial", "genuine"))
            gold = pr.label[ho].to_numpy()
            langs = pr.lang[ho].to_numpy()
            by_lang = {}
            for lang in ("es", "en", "mixed", "all"):
                lm = np.ones(len(gold), bool) if lang == "all" else langs == lang
                if not lm.any():
                    continue
                gs = lm & np.isin(gold, ["genuine", "superficial"])
                entry = {
                    "n": int(lm.sum()),
                    "sup_vs_gen_macro_f1": round(float(f1_score(gold[gs], pred[gs], labels=["genuine", "superficial"],
                                                                average="macro", zero_division=0)), 4),
                    "sup_vs_gen_macro_f1_head_only": round(float(f1_score(
                        gold[gs], np.where(q[gs] >= 0.5, "superficial", "genuine"), average="macro")), 4),
                    "macro_f1_3class": round(float(f1_score(gold[lm], pred[lm], labels=list(config.AUTHENTICITY_LABELS),
                                                            average="macro", zero_division=0)), 4),
                    "spam_f1": round(float(f1_score(gold[lm] == "spam", pred[lm] == "spam", zero_division=0)), 4),
                    "per_class": prf(gold[lm], pred[lm], list(config.AUTHENTICITY_LABELS)),
                }
                by_lang[lang] = entry
            out[cap_mode] = by_lang
            if cap_mode == "with_caption":
                rp = proba(rel_pipe, rel_spec, Xp[ho], nm, [tp[j] for j in np.flatnonzero(ho)])
                gg = gold == "genuine"
                out["relevance_auc_genuine_vs_rest"] = round(float(roc_auc_score(gg, rp)), 4)
        res_proj[f"project_heldout{tag}"] = {**out, "target_sup_vs_gen_macro_f1": 0.85}
        log(f"  {tag or 'emb'}: " + json.dumps({k: {lg: v[lg]['sup_vs_gen_macro_f1'] for lg in v}
                                                  for k, v in out.items() if isinstance(v, dict)}))
        # final heads: spam on all spam sources (project train only), superficial/relevance as above
        final_heads["spam" + tag], final_specs["spam" + tag] = spam_pipe, spam_spec
        final_heads["superficial" + tag], final_specs["superficial" + tag] = sup_pipe, sup_spec
        final_heads["relevance" + tag], final_specs["relevance" + tag] = rel_pipe, rel_spec
    summary.update(res_proj)

    # ---------------------------------------------------------------- TweepFake (bot text)
    log("bot text model: TweepFake train -> validation")
    tw_tr = load_tweepfake(data_dir, "train")
    tw_va = load_tweepfake(data_dir, "validation")
    if quick:
        tw_tr = tw_tr.sample(4000, random_state=SEED)
    bot_text = make_bot_text_head().fit(tw_tr.text.to_numpy(object), (tw_tr.label == "bot").to_numpy(int))
    pv = bot_text.predict_proba(tw_va.text.to_numpy(object))[:, 1]
    yv = (tw_va.label == "bot").to_numpy(int)
    pp = bot_text.predict_proba(np.asarray(feats["pr"][2], dtype=object))[:, 1]
    summary["tweepfake_validation"] = {
        "accuracy": round(float(accuracy_score(yv, pv >= 0.5)), 4), "bot_f1": round(float(f1_score(yv, pv >= 0.5)), 4),
        "roc_auc": round(float(roc_auc_score(yv, pv)), 4), "n": int(len(yv)),
        "mean_p_machine_on_project": {lab: round(float(pp[(pr.label == lab).to_numpy()].mean()), 4)
                                      for lab in config.AUTHENTICITY_LABELS}}
    log(f"  {summary['tweepfake_validation']}")
    final_heads["bot_text"] = bot_text
    final_specs["bot_text"] = {"columns": [], "text": True}

    # ---------------------------------------------------------------- Colombia (account)
    log("account model: Colombia 2014 profile features, 5-fold CV (+ random missingness)")
    cx, cy = load_colombia(data_dir)
    A = colombia_to_account_features(cx)
    A_aug, y_aug = _with_missingness(A, cy, rng)
    p_cv = np.zeros(len(cy))
    p_cv_missing = np.zeros(len(cy))
    A_missing = _mask_random(A, rng)
    for tri, tei in StratifiedKFold(5, shuffle=True, random_state=SEED).split(A, cy):
        a_tr, y_tr = _with_missingness(A[tri], cy[tri], rng)
        h = make_account_head().fit(a_tr, y_tr)
        p_cv[tei] = h.predict_proba(A[tei])[:, 1]
        p_cv_missing[tei] = h.predict_proba(A_missing[tei])[:, 1]
    summary["account_colombia_cv"] = {
        "roc_auc": round(float(roc_auc_score(cy, p_cv)), 4), "spammer_f1": round(float(f1_score(cy, p_cv >= 0.5)), 4),
        "roc_auc_with_random_missing_fields": round(float(roc_auc_score(cy, p_cv_missing)), 4),
        "features": list(ACCOUNT_FEATURES), "n": int(len(cy)), "spammer_share": round(float(cy.mean()), 4)}
    log(f"  {summary['account_colombia_cv']['roc_auc']}")
    final_heads["account"] = make_account_head().fit(A_aug, y_aug)
    final_specs["account"] = {"columns": list(ACCOUNT_FEATURES), "text": False}

    # ---------------------------------------------------------------- coordination (synthetic)
    summary["coordination_synthetic"] = coordination_report(seeds=range(3 if quick else 10))
    log(f"  coordination: {summary['coordination_synthetic']}")

    # ---------------------------------------------------------------- save
    meta = {"trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "seed": SEED,
            "encoder": {"path": str(enc.name), "weights_sha256": fingerprint, "step": enc.meta.get("step")},
            "embedding_dim": dim, "labels": list(config.AUTHENTICITY_LABELS), "validation": summary,
            "python": platform.python_version()}
    model = AuthenticityModel(final_heads, final_specs, bank.astype(np.float32), meta)
    model.save(out_dir)
    summary["artifact_bytes"] = int(sum(f.stat().st_size for f in Path(out_dir).iterdir() if f.is_file()))
    summary["train_seconds"] = round(time.time() - t_start, 1)
    return summary


def _mask_random(A: np.ndarray, rng: np.random.Generator, p: float = 0.3) -> np.ndarray:
    out = A.copy()
    out[rng.random(A.shape) < p] = np.nan
    return out


def _with_missingness(A: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The rows as they are plus a copy with ~30% of fields blanked: dumps rarely carry every field."""
    return np.vstack([A, _mask_random(A, rng)]), np.r_[y, y]


def coordination_report(seeds=range(10)) -> dict:
    """Recall on pod comments and the share of non-pod comments flagged, over synthetic dumps."""
    from .coordination import CoordinationDetector
    from .synthetic import make_dump

    det = CoordinationDetector(**config.AUTH_COORDINATION)
    tp = fn = fp = tn = fan_fp = fans = 0
    t = 0.0
    n = 0
    for s in seeds:
        d = make_dump(seed=s)
        t0 = time.perf_counter()
        flags = det.detect(d.comments, post_times=d.post_times)
        t += time.perf_counter() - t0
        n += len(flags)
        for f, pod, fan in zip(flags, d.is_pod, d.is_generic_fan, strict=True):
            if pod:
                tp += f.coordinated
                fn += not f.coordinated
            else:
                fp += f.coordinated
                tn += not f.coordinated
                if fan:
                    fans += 1
                    fan_fp += f.coordinated
    return {"dumps": len(list(seeds)), "comments": n, "pod_recall": round(tp / max(1, tp + fn), 4),
            "non_pod_flagged": round(fp / max(1, fp + tn), 4), "generic_fans_flagged": round(fan_fp / max(1, fans), 4),
            "ms_per_1k": round(1000 * t / max(1, n) * 1000, 1), "targets": {"recall": 0.9, "non_pod_flagged": 0.02}}
