"""`evaluate_csv`: score a labelled CSV with the authenticity model and print-ready metrics (one dict).

Labels are mapped onto our classes: 1/true/yes/spam/scam/fake/bot -> spam; 0/false/no/ham/real/legit/human
-> not_spam (binary files such as YouTube and ScamSpot; genuine too when the file has no superficial row);
genuine/superficial/spam stay themselves (3-class files). Binary files are judged on P(spam) >=
AUTH_SPAM_THRESHOLD, which is the model's own spam decision.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score

from .. import config

SPAM_ALIASES = frozenset({"1", "1.0", "true", "yes", "spam", "scam", "fake", "bot"})
HAM_ALIASES = frozenset({"0", "0.0", "false", "no", "ham", "real", "legit", "human", "not_spam", "genuine_or_superficial",
                         "genuine"})
THREE = tuple(config.AUTHENTICITY_LABELS)


LABELS_ACCEPTED = ("1/0, true/false, yes/no, spam/ham (or not_spam, \"not spam\"), scam/real, fake, bot/human, "
                   "legit, genuine/spam, or genuine/superficial/spam")


def _label_key(value) -> str:
    """A label as the mapping reads it: case, surrounding blanks and inner spaces or hyphens ("not spam") aside."""
    return re.sub(r"[\s\-]+", "_", str(value).strip().lower())


def map_labels(values, rows: list[int] | None = None) -> tuple[list[str], str, dict[str, str]]:
    """(mapped labels, mode 'binary'|'3class', mapping used). Raises ValueError on an unknown label, naming its
    first data row: `rows[i]` is value i's row in the file (default: its position)."""
    low = [_label_key(v) for v in values]
    vocab = set(low)
    # 3-class only when the file holds superficial rows: "spam" alone is as binary as spam/ham, and a genuine/spam
    # file is too (QA: scored 3-class, its genuine rows read superficial counted as errors though the file never
    # says whether a comment is superficial)
    if vocab <= set(THREE) and "superficial" in vocab:
        return low, "3class", {v: v for v in sorted(vocab)}
    mapping: dict[str, str] = {}
    for v in sorted(vocab):
        if v in SPAM_ALIASES:
            mapping[v] = "spam"
        elif v in HAM_ALIASES:
            mapping[v] = "not_spam"
        else:
            first = rows[low.index(v)] if rows is not None else low.index(v) + 1
            raise ValueError(f"cannot map label {v!r} (first at data row {first}); expected {LABELS_ACCEPTED}")
    return [mapping[v] for v in low], "binary", mapping


def read_labelled_csv(csv: str | Path) -> pd.DataFrame:
    """A labelled CSV as text cells: UTF-8 (a BOM allowed), UTF-16 with its BOM, or, failing that, Windows-1252
    (Excel's "CSV" in Spanish and English locales); the delimiter sniffed among , ; TAB | (Excel writes ";" where
    "," is the decimal mark)."""
    import csv as csvmod
    import io

    raw = Path(csv).read_bytes()
    if not raw.strip():
        raise ValueError(f"{csv}: empty file")
    try:  # UTF-16 with its BOM: Excel's "Unicode Text" export (QA: read as cp1252, a header of "ÿþt\x00e\x00...")
        text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        sep = csvmod.Sniffer().sniff(text[:65536], delimiters=",;\t|").delimiter
    except csvmod.Error:
        sep = ","
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise ValueError(f"{csv}: not a readable CSV ({e})") from None


def evaluate_csv(csv: str | Path, text_col: str, label_col: str, positive: str | None = None,
                 caption_col: str | None = None, model=None, *, encoder=None, sentiment_model=None,
                 unseen_only: bool = False) -> dict:
    """Metrics of the authenticity model on a CSV: n, per-class precision/recall/F1/support, macro_f1,
    roc_auc of `positive` (default: spam), label mapping and mode. `model`: an AuthenticityModel or its folder
    (default: the shipped one); `encoder`: the sentiment model that provides embeddings (default artifact).
    `sentiment_model` (a name or path, as the CLI's --sentiment-model): score as the pipeline does with that
    model: `fast` and `comments` with the heads fitted on their embeddings, an artifact no heads were fitted on
    with the no-embedding heads.
    `unseen_only`: score only the rows whose text the model was not fit on (the model must record its texts)."""
    from ..fingerprint import overlap_report, seen_in_training, unseen_mask
    from .model import AuthenticityModel, default_model_path

    df = read_labelled_csv(csv)
    for c in (text_col, label_col) + ((caption_col,) if caption_col else ()):
        if c not in df.columns:
            raise ValueError(f"column {c!r} not in {csv} (columns: {list(df.columns)})")
    n_read = len(df)
    blank_label = df[label_col].str.strip() == ""
    blank_text = ~blank_label & (df[text_col].str.strip() == "")  # nothing to score: not a 0 for the model
    df = df[~blank_label & ~blank_text]
    data_rows = (df.index + 1).tolist()  # each kept row's data row in the file (the header not counted)
    df = df.reset_index(drop=True)
    if df.empty:
        raise ValueError(f"{csv}: no row with both a text and a label ({n_read} rows read)")
    try:
        y, mode, mapping = map_labels(df[label_col], data_rows)  # QA: the row counted after blank rows
    except ValueError as e:
        raise ValueError(f"{csv}, column {label_col!r}: {e}") from None
    pos = "spam"
    if positive is not None:  # read as the labels are: any alias of a class the file holds
        pk = _label_key(positive)
        if mode == "3class":  # "scam", "1": spam's aliases name it here too
            pos = "spam" if pk in SPAM_ALIASES else pk if pk in THREE else ""
        else:
            pos = "spam" if pk in SPAM_ALIASES else "not_spam" if pk in HAM_ALIASES else ""
        if pos not in y:
            raise ValueError(f"positive label {positive!r} names no class of the file's labels {sorted(mapping)}"
                             + (f" (read as {pos!r}, which no row has)" if pos else ""))
    m = model if isinstance(model, AuthenticityModel) else AuthenticityModel.load(model)  # an object, a path or None
    embeddings = True
    if sentiment_model is not None:
        from ..pipeline import auth_head_set
        from ..sentiment import SentimentModel

        sm = SentimentModel.load(sentiment_model, spam_branch=False)
        embeddings = auth_head_set(sm, m) is not None
        if sm.provides_embeddings and embeddings:
            encoder = sm
    folder = None if isinstance(model, AuthenticityModel) else Path(model) if model else default_model_path()
    seen = seen_in_training(df[text_col].tolist(), folder)
    keep = unseen_mask(seen, len(df), unseen_only)
    overlap = overlap_report(seen, excluded=unseen_only, where=data_rows)
    if unseen_only:
        df, y = df[keep].reset_index(drop=True), [v for v, k in zip(y, keep, strict=True) if k]
    captions = df[caption_col].tolist() if caption_col else None
    res = m.predict_texts(df[text_col].tolist(), captions=captions, encoder=encoder if embeddings else False)
    probs = np.array([[r.probs[k] for k in THREE] for r in res]).reshape(-1, 3)
    if mode == "binary":
        pred = ["spam" if r.probs["spam"] >= config.AUTH_SPAM_THRESHOLD else "not_spam" for r in res]
        classes = ["spam", "not_spam"]
        score = probs[:, 2] if pos == "spam" else 1 - probs[:, 2]
    else:
        pred = [r.label for r in res]
        classes = list(THREE)
        score = probs[:, THREE.index(pos)]
    p, r, f, s = precision_recall_fscore_support(y, pred, labels=classes, zero_division=0)
    # a class no row holds has no recall or F1 (None, as the sentiment report gives): not a 0 to average
    per = {c: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4) if s[i] else None,
               "f1": round(float(f[i]), 4) if s[i] else None, "support": int(s[i])} for i, c in enumerate(classes)}
    present = [c for c in classes if per[c]["support"] > 0]
    yb = np.array([v == pos for v in y])
    auc = float(roc_auc_score(yb, score)) if 0 < yb.sum() < len(yb) else None
    return {"n": len(y), "skipped_blank_label": int(blank_label.sum()), "skipped_blank_text": int(blank_text.sum()),
            "mode": mode, "positive": pos, "label_map": mapping, "per_class": per,
            "macro_f1": round(float(np.mean([per[c]["f1"] for c in present])), 4) if present else None,
            "roc_auc": None if auc is None else round(auc, 4),
            "embeddings": bool(getattr(m, "last_timing", {}).get("embeddings", False)),
            # captions feed the superficial head only: they can move 3-class results, never P(spam)
            "captions": caption_col is not None,
            # rows whose text the model was trained on (analyzer/fingerprint.py): their figures flatter it
            "train_overlap": overlap}
