"""`AuthenticityModel`: genuine / superficial / spam, bot_like, genuine_weight and reasons per comment.

Structure (why hierarchical): spam knowledge comes from YouTube + ScamSpot + the project set, but only the
project set separates superficial from genuine (YouTube "ham" and ScamSpot "real" mix both). So
  P(spam) = spam head;  P(superficial) = (1 - P(spam)) * q;  P(genuine) = (1 - P(spam)) * (1 - q),
where q = P(superficial | not spam) is the superficial head trained on the project set's non-spam rows.
The label follows the same hierarchy: spam if P(spam) >= spam_threshold, else superficial if q >= 0.5.

Every head is a stock scikit-learn estimator; all live in one skops file loaded with an explicit
trusted-types list (unknown types are refused). Feature construction is plain code (features.py) plus
arrays in `bank.npz`; nothing in the artifact can run code on load.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .. import config
from ..preprocess import NormalizedComment
from ..preprocess.langid import FUNCTION_WORDS
from ..records import CommentIn
from .account import account_rules, has_account_info, username_score
from .coordination import CoordinationDetector, CoordinationFlags
from .features import FeatureBuilder, head_texts
from .hashing import plain, speed_up
from .lexicon import (
    HACKED_ACCOUNT_PATTERNS,
    HANDLE_RE,
    PROMO_REASONS,
    is_buyer_request,
    is_investment_referral,
    is_named_referral,
    is_personal_story,
    is_phishing,
    is_phone_ad,
    is_recovery_referral,
    is_sales_offer,
    is_scam_alert,
    is_scam_warning,
    is_self_promotion,
    is_service_complaint,
    is_stock_praise,
    is_support_reply,
)

ARTIFACT_HEADS = "heads.skops"
ARTIFACT_BANK = "bank.npz"
ARTIFACT_META = "authenticity.json"
ARTIFACT_FORMAT = "comment-analyzer/authenticity-v1"
BANK_KEY = "generic_bank"  # in bank.npz; "generic_bank@fast": the bank embedded by another shipped encoder

# The only types the heads file may contain (checked against skops.io.get_untrusted_types before loading).
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.utils._bunch.Bunch",
    "collections.OrderedDict",
    "builtins.slice",
    "numpy.float64",
    "numpy.float32",
    "numpy.int64",
    "numpy.dtype",
)


# feature column -> the words a report shows: every style cue present is listed ("fancy unicode + link") ...
STYLE_REASONS: tuple[tuple[str, str], ...] = (
    ("sig_fancy_unicode", "fancy unicode"), ("has_raw_link", "link"), ("sig_n_phones", "phone number"),
    ("sig_mixed_script_words", "mixed-script words"))
# ... while a superficial comment gets the first of these that applies, most specific first
SUPERFICIAL_REASONS: tuple[tuple[str, str], ...] = (
    ("first_comment", "only claims to be first"), ("tag_only", "only tags someone"),
    ("sig_is_emoji_only", "emoji only"), ("laugh_only", "laughter only"),
    ("all_generic", "generic praise that fits any post"))
# rule (predict_arrays key) -> the reason a spam verdict it explains shows, the first that applies; True: only when no
# lexicon pattern matched (the pattern's own reason says it already). Spam no rule explains shows the text model's words
SPAM_RULE_REASONS: tuple[tuple[str, bool, str], ...] = (
    ("phone_ad", True, "asks to call or message a phone number"),
    ("sales", False, "offers the writer's own goods or services for sale"),
    ("referral", False, "recommends someone to recover accounts or money (recovery scam)"),
    ("invest", False, "credits someone else's handle for investment gains (investment scam)"),
    ("named", False, "credits a named private person and says how to reach them (referral scam)"),
    ("promo", True, "invites readers to the writer's own page"))
# rule -> the reason a genuine verdict shows, each that applies
GENUINE_RULE_REASONS: tuple[tuple[str, str], ...] = (
    ("buyer", "a buyer's question (price, link, where to buy)"),
    ("complaint", "a customer's complaint about their own account or order"),
    ("support", "a support reply to a customer, in the account's own voice"),
    ("story", "a personal story that names no one to contact and pitches nothing"))


# grammar words and link pieces: an n-gram made of these alone is not shown as spam evidence
_UNTELLING = FUNCTION_WORDS | {"com", "www", "http", "https", "net", "org"}


class AuthenticityModelError(ValueError):
    """The authenticity artifact is missing, malformed or contains untrusted types."""


def default_model_path() -> Path:
    return config.models_dir() / "authenticity"


@dataclass
class AuthenticityResult:
    """One comment's verdict; `probs` keys are AUTHENTICITY_LABELS."""

    label: str
    probs: dict[str, float]
    bot_like: float
    genuine_weight: float
    reasons: list[str] = field(default_factory=list)
    relevance: float | None = None
    coordinated: bool = False
    burst: bool = False
    duplicate: bool = False
    cluster_id: str | None = None


def head_input(head_spec: dict, X: np.ndarray, names: list[str], texts: Sequence[str] | None):
    """The array a head reads: selected dense columns, with the text in front when it has a TF-IDF part
    (`spec["text"]` names which text: "original" or "normalized")."""
    idx = [names.index(c) for c in head_spec["columns"]]
    dense = X[:, idx]
    if not head_spec.get("text"):
        return dense
    out = np.empty((len(X), 1 + len(idx)), dtype=object)
    out[:, 0] = list(texts) if texts is not None else [""] * len(X)
    out[:, 1:] = dense
    return out


def head_proba(head, head_spec: dict, Xin) -> np.ndarray:
    """P(positive) of a fitted head. A margin classifier (spec `decision_scale`, the spam head's linear SVM)
    maps its decision value d to sigmoid(scale * d): the 0.5 threshold stays exactly the SVM's boundary and the
    scale, fitted on out-of-fold decisions in training, makes the value usable as a probability."""
    if "decision_scale" in head_spec:
        z = float(head_spec["decision_scale"]) * head.decision_function(Xin)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))
    return head.predict_proba(Xin)[:, 1]


def spam_words(head, texts: Sequence[str], k: int = 3) -> list[list[str]]:
    """Per text, the word n-grams that push the spam head's linear decision up most: for each hashed column of
    its `words` block, the comment's tf-idf value times the classifier's weight (times the block's weight), mapped
    back to the n-grams that hash there. For the reasons of a spam label no lexicon pattern explains, so an analyst
    sees what the text model reacted to. [] where no word pushes towards spam or the head has no such block."""
    from sklearn.utils import murmurhash3_32

    try:
        ct, clf = head.named_steps["features"], head.named_steps["clf"]
        block, cols = ct.named_transformers_["words"], ct.output_indices_["words"]
        hasher = block.named_steps["hash"]
    except (AttributeError, KeyError):
        return [[] for _ in texts]
    if not len(texts):
        return []
    X = block.transform(list(texts)).tocsr()
    coef = clf.coef_.ravel()[cols] * float((ct.transformer_weights or {}).get("words", 1.0))
    analyze, n = hasher.build_analyzer(), hasher.n_features
    out = []
    for r, text in enumerate(texts):
        row = X.getrow(r)
        push = dict(zip(row.indices.tolist(), (row.data * coef[row.indices]).tolist(), strict=True))
        scored: dict[str, float] = {}
        for gram in analyze(text):
            h = murmurhash3_32(gram, seed=0)  # sklearn's FeatureHasher column: |murmur3| mod n_features
            col = (2**31 - 1 - (n - 1)) % n if h == -(2**31) else abs(h) % n
            if push.get(col, 0.0) > 0:
                scored.setdefault(gram, push[col])
        top = sorted(scored, key=lambda g: -scored[g])
        # pieces of the @handles a comment tags ("lopez_ @sofi_acosta") tell an analyst nothing: not shown
        if "@" in text:  # only n-grams the comment has outside its handles
            outside = set(analyze(HANDLE_RE.sub(" | ", text)))
            top = [g for g in top if g in outside]
        # "i", "on", "to my", "antes de", "com" carry weight but tell a reader nothing: none of them shown
        telling = [g for g in top if len(g) >= 3 and not all(w in _UNTELLING for w in g.split())]
        picked: list[str] = []
        shown: set[str] = set()
        for gram in telling:  # an n-gram sharing a word with one already shown adds little
            words = set(gram.split())
            if not words & shown:
                picked.append(gram)
                shown |= words
            if len(picked) == k:
                break
        out.append(picked)
    return out


def verdict(p_spam: float, q_superficial: float) -> str:
    """The verdict's hierarchy: spam if P(spam) >= AUTH_SPAM_THRESHOLD, else superficial if q >= 0.5."""
    if p_spam >= config.AUTH_SPAM_THRESHOLD:
        return "spam"
    return "superficial" if q_superficial >= 0.5 else "genuine"


def fuse_spam(decision: np.ndarray, branch_logit: np.ndarray, fusion: dict) -> np.ndarray:
    """P(spam) from the SVM's decision value and the sentiment network's spam-branch logit: a logistic
    regression on the two (`fusion` = {"coef": [a, b], "intercept": c}, fitted on out-of-fold values by
    train.fit_spam_fusion). Why both: the n-grams see links, handles and case the normalised text hides; the
    branch sees what the n-grams miss in unseen creators' pitches."""
    a, b = fusion["coef"]
    z = a * np.asarray(decision, dtype=np.float64) + b * np.asarray(branch_logit, dtype=np.float64) + fusion["intercept"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


def spam_proba(head, head_spec: dict, Xin, spam_logits: np.ndarray | None = None,
               fusion: dict | None = None) -> np.ndarray:
    """P(spam) of the spam head: fused with the spam-branch logits when both they and a fusion are given,
    else the head alone (`head_proba`). One place for training's held-out scoring and for prediction."""
    if spam_logits is None or fusion is None:
        return head_proba(head, head_spec, Xin)
    return fuse_spam(head.decision_function(Xin), spam_logits, fusion)


class AuthenticityModel:
    """Loaded artifact + prediction. Build one with `AuthenticityModel.load()`; train with
    scripts/train_authenticity.py (analyzer.authenticity.train)."""

    def __init__(self, heads: dict, specs: dict, bank: np.ndarray | None, meta: dict | None = None,
                 detector: CoordinationDetector | None = None, extra_banks: dict[str, np.ndarray] | None = None):
        self.heads = heads
        self.specs = specs
        self.bank = bank
        self.meta = meta or {}
        self.detector = detector or CoordinationDetector()
        self.builder = FeatureBuilder(generic_bank=bank, use_embeddings=True)
        self.builder_noemb = FeatureBuilder(use_embeddings=False)
        # the heads of the other shipped encoders (config.AUTH_EXTRA_ENCODERS), by head-set suffix ("@fast"): each
        # reads its own encoder's embeddings, so its generic bank is embedded by that encoder too
        self.extra_banks = dict(extra_banks or {})
        self.extra_builders = {k: FeatureBuilder(generic_bank=b, use_embeddings=True) for k, b in self.extra_banks.items()}
        self.last_timing: dict[str, float] = {}
        self._encoder = None

    # ------------------------------------------------------------------------------------------ io
    @classmethod
    def load(cls, path: str | Path | None = None) -> AuthenticityModel:
        import skops.io as sio

        if path is not None and not isinstance(path, (str, Path)):
            raise TypeError(f"authenticity_model: a folder (str or Path), not {type(path).__name__}")
        p = Path(path) if path else default_model_path()
        heads_file = p / ARTIFACT_HEADS
        if not heads_file.exists():  # QA: an existing folder that is some other model read as "missing"
            raise AuthenticityModelError(
                f"{p} is not an authenticity model folder (no {ARTIFACT_HEADS} in it)" if p.exists() else
                f"authenticity model missing at {p}; train it with scripts/train_authenticity.py")
        try:  # a damaged or truncated file is the model's failure, said as such (QA: a BadZipFile traceback)
            meta = json.loads((p / ARTIFACT_META).read_text())
            if not isinstance(meta, dict) or meta.get("format") != ARTIFACT_FORMAT:
                raise AuthenticityModelError(f"{p}: not a comment-analyzer authenticity artifact")
            untrusted = sio.get_untrusted_types(file=str(heads_file))
            unknown = sorted(set(untrusted) - set(TRUSTED_TYPES))
            if unknown:
                raise AuthenticityModelError(f"{heads_file} contains types outside the trusted list: {unknown}")
            heads = sio.load(str(heads_file), trusted=list(untrusted))
            speed_up(heads)  # same features, memoised per word (hashing.py)
            bank, extra = None, {}
            if (p / ARTIFACT_BANK).exists():
                with np.load(p / ARTIFACT_BANK, allow_pickle=False) as z:
                    bank = z[BANK_KEY].astype(np.float32) if BANK_KEY in z else None
                    extra = {k.removeprefix(BANK_KEY): z[k].astype(np.float32) for k in z.files
                             if k.startswith(BANK_KEY + "@")}
            return cls(heads, meta["heads"], bank, meta, extra_banks=extra)
        except AuthenticityModelError:
            raise
        except Exception as e:  # noqa: BLE001 - json, zip, skops, numpy: any of them says the folder is damaged
            raise AuthenticityModelError(f"cannot read the authenticity model in {p} (damaged or incomplete?): "
                                         f"{type(e).__name__}: {e}") from e

    def save(self, path: str | Path) -> Path:
        import skops.io as sio

        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        tmp = p / (ARTIFACT_HEADS + ".tmp")
        sio.dump(plain(self.heads), str(tmp))
        untrusted = sio.get_untrusted_types(file=str(tmp))
        unknown = sorted(set(untrusted) - set(TRUSTED_TYPES))
        if unknown:
            tmp.unlink()
            raise AuthenticityModelError(f"refusing to save types outside the trusted list: {unknown}")
        tmp.replace(p / ARTIFACT_HEADS)
        if self.bank is not None:
            np.savez_compressed(p / ARTIFACT_BANK, **{BANK_KEY: self.bank.astype(np.float16)},
                                **{BANK_KEY + k: b.astype(np.float16) for k, b in self.extra_banks.items()})
        meta = {**self.meta, "format": ARTIFACT_FORMAT, "heads": self.specs}
        (p / ARTIFACT_META).write_text(json.dumps(meta, indent=2, ensure_ascii=False))
        return p

    # ------------------------------------------------------------------------------------------ predict
    def head_set(self, weights_sha256: str | None) -> str | None:
        """Which heads read the embeddings of the encoder whose weights have this digest: "" the encoder the
        artifact was trained on (or any, for an artifact that names none), "@fast" another shipped encoder the
        artifact holds heads for (meta "extra_encoders"), None one it has no heads for (use the no-embedding
        heads: those vectors were never seen in training)."""
        main = (self.meta.get("encoder") or {}).get("weights_sha256")
        if main is None or weights_sha256 == main:
            return ""
        for enc in (self.meta.get("extra_encoders") or {}).values():
            if enc.get("weights_sha256") == weights_sha256 and enc.get("head_set") in self.extra_builders:
                return enc["head_set"]
        return None

    def _head_proba(self, name: str, X: np.ndarray, names: list[str], texts: dict[str, list[str]]) -> np.ndarray:
        spec = self.specs[name]
        return head_proba(self.heads[name], spec, head_input(spec, X, names, texts.get(spec.get("text") or "")))

    def uses_spam_branch(self, branch_sha256: str | None) -> bool:
        """Whether this artifact's spam fusion was fitted on that spam branch (`SentimentModel.spam_branch_sha256`)."""
        fusion = self.meta.get("spam_fusion")
        return bool(fusion and branch_sha256 and fusion.get("branch_sha256") == branch_sha256)

    def predict_arrays(self, normalized: Sequence[NormalizedComment], *, embeddings: np.ndarray | None = None,
                       captions: Sequence[str | None] | None = None,
                       caption_embeddings: np.ndarray | None = None, spam_logits: np.ndarray | None = None,
                       spam_branch_sha256: str | None = None, head_set: str = "",
                       own: Sequence[bool] | None = None,
                       creators: Sequence[str | None] | None = None) -> dict[str, np.ndarray]:
        """Per-comment arrays: p_spam, q_superficial, probs (n, 3) in AUTHENTICITY_LABELS order, relevance
        (NaN without caption), text_machine, plus the promo matches (list) for reasons. `spam_logits` (the
        sentiment pass's spam branch, whose digest is `spam_branch_sha256`) join the spam decision only when
        `uses_spam_branch` says the fusion was fitted on that branch; otherwise the SVM decides alone.
        `head_set`: whose embeddings these are (`head_set()` of the encoder's digest; "" the trained-on one).
        `own`: which comments are their post creator's own replies (config.AUTH_CREATOR_SPAM_MAX). `creators`: each
        comment's post creator's handle, where known: the referral and scam-alert rules do not count it as a third
        party."""
        use_emb = embeddings is not None
        if use_emb and head_set and head_set not in self.extra_builders:
            raise ValueError(f"this authenticity artifact has no heads for embeddings of head set {head_set!r}")
        fb = (self.extra_builders[head_set] if head_set else self.builder) if use_emb else self.builder_noemb
        if captions is not None and use_emb and caption_embeddings is None:
            raise ValueError("captions with embeddings need caption_embeddings from the same encoder")
        X, matched = fb.transform(normalized, embeddings=embeddings, captions=captions,
                                  caption_embeddings=caption_embeddings)
        names = fb.feature_names(X.shape[1] - len(fb.feature_names(0)) if use_emb else 0)
        bounded = [head_texts(nc) for nc in normalized]
        texts = {"original": [o for o, _ in bounded], "normalized": [n for _, n in bounded]}
        suffix = head_set if use_emb else "_noemb"
        spam_head = "spam" + suffix if "spam" + suffix in self.heads else "spam"  # spam reads no embeddings
        fused = spam_head == "spam" and spam_logits is not None and self.uses_spam_branch(spam_branch_sha256)
        if fused and len(spam_logits) != len(X):
            raise ValueError(f"spam_logits has {len(spam_logits)} entries for {len(X)} comments")
        spec = self.specs[spam_head]
        p_spam = spam_proba(self.heads[spam_head], spec, head_input(spec, X, names, texts.get(spec.get("text") or "")),
                            spam_logits if fused else None, self.meta.get("spam_fusion")) if len(X) else np.zeros(0)
        q = self._head_proba("superficial" + suffix, X, names, texts) if len(X) else np.zeros(0)
        warning = np.array([is_scam_warning(m, t) for m, t in zip(matched, texts["original"], strict=True)], bool)
        if len(X):  # the rules over the heads (config.AUTH_TIMESTAMP_SUPERFICIAL_MAX, AUTH_PHISHING_SPAM_MIN,
            # AUTH_PHONE_SPAM_MIN, AUTH_SALES_SPAM_MIN, AUTH_WARNING_SPAM_MAX, AUTH_BUYER_*,
            # AUTH_COMPLAINT_SPAM_MAX, AUTH_SELF_PROMO_SPAM_MIN, AUTH_RECOVERY_SPAM_MIN,
            # AUTH_INVESTMENT_REFERRAL_SPAM_MIN, AUTH_NAMED_REFERRAL_SPAM_MIN, AUTH_SUPPORT_SPAM_MAX, AUTH_CREATOR_*,
            # AUTH_STOCK_PRAISE_SUPERFICIAL_MIN, AUTH_PERSONAL_STORY_SPAM_MAX)
            original = texts["original"]
            if creators is not None and len(creators) != len(X):
                raise ValueError(f"creators has {len(creators)} entries for {len(X)} comments")
            creator_of = list(creators) if creators is not None else [None] * len(original)
            n_ph = X[:, names.index("sig_n_phones")]

            def rules_on(t: str, m: list[str], c: str | None, phones: float) -> tuple[bool, ...]:
                """Every rule on one comment (`m`: its promo matches; `c`: its post creator's handle, no third
                party to the referral and alert rules). One comment at a time: `fold` keeps its last results, so
                a comment is folded once, not once per rule."""
                return (is_stock_praise(t), is_phishing(m, t), is_phone_ad(t, phones), is_sales_offer(t),
                        is_self_promotion(t), is_recovery_referral(t, c), is_investment_referral(t, c),
                        is_named_referral(t), is_buyer_request(t), is_service_complaint(t), is_support_reply(m, t),
                        is_scam_alert(t, c), is_personal_story(t, c))

            hits = np.array([rules_on(t, m, c, float(k))
                             for t, m, c, k in zip(original, matched, creator_of, n_ph, strict=True)], bool)
            (stock, phish, phone_ad, sales, promo, referral, invest, named, buyer, complaint, support, alert,
             story) = hits.T
            q = np.where(stock, np.maximum(q, config.AUTH_STOCK_PRAISE_SUPERFICIAL_MIN), q)
            q = np.where(X[:, names.index("has_timestamp")] > 0, np.minimum(q, config.AUTH_TIMESTAMP_SUPERFICIAL_MAX), q)
            named = named & ~referral & ~invest  # a handle's referral has its own reason
            buyer, complaint = buyer & ~phone_ad, complaint & ~phone_ad
            floored = phish | phone_ad | sales | promo | referral | invest | named | (n_ph > 0)
            support = support & ~floored
            alert = alert & ~floored & ~warning  # a quoting warning has its own reason
            # a story names no link, hashtag or email (the normaliser's counts) and is not in a fancy font
            pitch_marks = ("sig_n_urls", "sig_n_hashtags", "sig_n_emails", "sig_fancy_unicode")
            story = story & ~floored & (sum(X[:, names.index(c)] for c in pitch_marks) == 0)
            # every floor, then every cap: a comment a floor and a cap both fit is capped
            for hit, least in ((phish, config.AUTH_PHISHING_SPAM_MIN), (phone_ad, config.AUTH_PHONE_SPAM_MIN),
                               (sales, config.AUTH_SALES_SPAM_MIN), (promo, config.AUTH_SELF_PROMO_SPAM_MIN),
                               (referral, config.AUTH_RECOVERY_SPAM_MIN),
                               (invest, config.AUTH_INVESTMENT_REFERRAL_SPAM_MIN),
                               (named, config.AUTH_NAMED_REFERRAL_SPAM_MIN)):
                p_spam = np.where(hit, np.maximum(p_spam, least), p_spam)
            for hit, most in ((warning | alert, config.AUTH_WARNING_SPAM_MAX), (buyer, config.AUTH_BUYER_SPAM_MAX),
                              (complaint, config.AUTH_COMPLAINT_SPAM_MAX), (support, config.AUTH_SUPPORT_SPAM_MAX),
                              (story, config.AUTH_PERSONAL_STORY_SPAM_MAX)):
                p_spam = np.where(hit, np.minimum(p_spam, most), p_spam)
            q = np.where(buyer, np.minimum(q, config.AUTH_BUYER_SUPERFICIAL_MAX), q)
            if own is not None:
                if len(own) != len(X):
                    raise ValueError(f"own has {len(own)} entries for {len(X)} comments")
                hacked = (np.array([bool(HACKED_ACCOUNT_PATTERNS.intersection(m)) for m in matched], bool)
                          | referral | invest | named)
                mine = np.asarray(own, bool) & ~hacked
                p_spam = np.where(mine, np.minimum(p_spam, config.AUTH_CREATOR_SPAM_MAX), p_spam)
                q = np.where(mine, np.minimum(q, config.AUTH_CREATOR_SUPERFICIAL_MAX), q)
        else:
            phone_ad = sales = buyer = complaint = promo = referral = invest = named = support = alert = stock = \
                story = np.zeros(0, bool)
        probs = np.stack([(1 - p_spam) * (1 - q), (1 - p_spam) * q, p_spam], axis=1) if len(X) else \
            np.zeros((0, 3))
        rel = np.full(len(X), np.nan)
        known = X[:, names.index("caption_known")] > 0 if len(X) else np.zeros(0, bool)
        if known.any() and "relevance" + suffix in self.specs:
            rel[known] = self._head_proba("relevance" + suffix, X[known], names, {})
        machine = (self.heads["bot_text"].predict_proba(np.asarray(texts["original"], dtype=object))[:, 1]
                   if "bot_text" in self.heads and len(X) else np.zeros(len(X)))
        return {"p_spam": p_spam, "spam_fused": fused, "q_superficial": q, "probs": probs, "relevance": rel,
                "text_machine": machine, "matched": matched, "warning": warning, "phone_ad": phone_ad, "sales": sales,
                "buyer": buyer, "complaint": complaint, "support": support, "alert": alert, "promo": promo,
                "referral": referral, "invest": invest, "named": named, "stock": stock, "story": story,
                "X": X, "names": names, "spam_head": spam_head,
                "spam_text": texts.get(spec.get("text") or ""),
                "col": {c: j for j, c in enumerate(names)}}

    def predict(self, normalized: Sequence[NormalizedComment], *, embeddings: np.ndarray | None = None,
                comments: Sequence[CommentIn] | None = None, captions: Sequence[str | None] | None = None,
                caption_embeddings: np.ndarray | None = None,
                coordination: Sequence[CoordinationFlags] | None = None, spam_logits: np.ndarray | None = None,
                spam_branch_sha256: str | None = None, head_set: str = "",
                own: Sequence[bool] | None = None,
                creators: Sequence[str | None] | None = None) -> list[AuthenticityResult]:
        """Score a batch. `embeddings`: the sentiment encoder's pooled vectors for `normalized` (None: the
        no-embedding heads). `comments` (same order) brings authors, times, posts and accounts; when given
        and `coordination` is None, the batch is run through the coordination detector as one dump. `own`: which
        are their post creator's own replies (pipeline.is_own), whose own-page pointers and thank-yous are theirs;
        `creators`: each comment's post creator's handle (None where unknown; see `predict_arrays`)."""
        t0 = time.perf_counter()
        n = len(normalized)
        if comments is not None and len(comments) != n:
            raise ValueError("comments and normalized differ in length")
        arr = self.predict_arrays(normalized, embeddings=embeddings, captions=captions,
                                  caption_embeddings=caption_embeddings, spam_logits=spam_logits,
                                  spam_branch_sha256=spam_branch_sha256, head_set=head_set, own=own,
                                  creators=creators)
        t1 = time.perf_counter()
        if coordination is None and comments is not None:
            coordination = self.detector.detect(comments, [nc.normalized for nc in normalized])
        t2 = time.perf_counter()
        acc_p = np.full(n, np.nan)  # account evidence (rules), NaN where the dump says nothing of the account
        acc_why: dict[int, list[str]] = {}
        for i, c in enumerate(comments or []):
            if has_account_info(c.account):
                acc_p[i], acc_why[i] = account_rules(c.account, c.created_at)
        # spam verdicts no lexicon pattern explains: the words the text model reacted to, in one pass
        unexplained = [i for i in range(n) if verdict(arr["p_spam"][i], arr["q_superficial"][i]) == "spam"
                       and not arr["matched"][i]
                       and not any(arr[rule][i] for rule, _, _ in SPAM_RULE_REASONS)]  # those have their rule's reason
        texts = arr["spam_text"] or [""] * n
        arr["spam_words"] = dict(zip(unexplained, spam_words(self.heads[arr["spam_head"]],
                                                             [texts[i] for i in unexplained]), strict=True))
        out = [self._result(i, arr, comments[i] if comments is not None else None,
                            coordination[i] if coordination is not None else None, acc_p[i], acc_why.get(i, []))
               for i in range(n)]
        t3 = time.perf_counter()
        self.last_timing = {"n": n, "embeddings": embeddings is not None, "heads_s": t1 - t0, "coordination_s": t2 - t1, "combine_s": t3 - t2,
                            "total_s": t3 - t0}
        return out

    # ------------------------------------------------------------------------------------------ combine
    def _result(self, i: int, arr: dict, comment: CommentIn | None, flags: CoordinationFlags | None,
                acc_p: float, acc_why: list[str]) -> AuthenticityResult:
        probs = arr["probs"][i]
        p_spam = float(probs[2])
        label = verdict(p_spam, float(arr["q_superficial"][i]))
        col = arr["col"]  # column name -> index, built once per batch
        row = arr["X"][i]
        reasons: list[str] = []
        # text reasons, most telling first
        promo = [PROMO_REASONS[m] for m in arr["matched"][i]]
        if label == "spam":
            reasons.extend(promo)
        elif arr["warning"][i]:  # its DM/prize words are the scam it quotes (config.AUTH_WARNING_SPAM_MAX)
            reasons.append("warns about a scam (its DM/prize words quote the scam)")
        elif arr["alert"][i]:  # config.AUTH_WARNING_SPAM_MAX
            reasons.append("warns others about a scam or scammer")
        elif promo and p_spam >= config.AUTH_SPAM_HINT_MIN:  # said as what it is: a doubt, not the verdict
            reasons.append(f"some spam wording ({', '.join(promo)}), not enough to call it spam")
        # below that, a lexicon word in a genuine comment ("invertí en una freidora") is no reason to show
        style = [why for c, why in STYLE_REASONS if row[col[c]] > 0]
        if style:
            reasons.append(" + ".join(style))
        if label == "superficial" and arr["stock"][i]:  # config.AUTH_STOCK_PRAISE_SUPERFICIAL_MIN
            reasons.append("praise in stock phrases with nothing of the writer's own (as engagement bots write)")
        elif label == "superficial":  # the first that applies
            reasons.append(next((why for c, why in SUPERFICIAL_REASONS if row[col[c]] > 0),
                                "low-effort, not specific to the post"))
        if label == "spam":
            rule_why = next((why for rule, unmatched_only, why in SPAM_RULE_REASONS
                             if arr[rule][i] and not (unmatched_only and arr["matched"][i])), None)
            if rule_why is not None:
                reasons.append(rule_why)
            elif not arr["matched"][i]:  # the text model alone: say what it reacted to
                grams = arr["spam_words"].get(i)
                reasons.append("worded like spam: " + ", ".join(f"'{g}'" for g in grams) if grams
                               else "worded like spam (text model)")
        if label == "genuine" and row[col["has_timestamp"]] > 0:
            reasons.append("points at a moment of the post")
        if label == "genuine":
            reasons.extend(why for rule, why in GENUINE_RULE_REASONS if arr[rule][i])
        rel = arr["relevance"][i]
        relevance = None if np.isnan(rel) else float(rel)
        if relevance is not None:
            if relevance >= 0.7 and label == "genuine":
                reasons.append("specific to the post")
            elif relevance < 0.2 and label != "genuine" and not any("not specific" in r for r in reasons):
                # relevance is P(genuine) from caption features, not a topic match: "yum 😋" under a smoothie scores
                # low without being off-topic (QA: it read "unrelated to the caption")
                reasons.append("nothing in it specific to the caption")
        # bot_like: noisy-OR of the available evidence (weights in config.AUTH_BOT_WEIGHTS)
        w = config.AUTH_BOT_WEIGHTS
        ref = float(self.specs.get("bot_text", {}).get("reference", 0.0))
        machine = max(0.0, (float(arr["text_machine"][i]) - ref) / max(1e-6, 1.0 - ref))
        ev: list[tuple[float, float]] = [(w["text_machine"], machine), (w["spam"], p_spam)]
        if not np.isnan(acc_p):
            ev.append((w["account"], float(acc_p)))
            if acc_p >= config.AUTH_ACCOUNT_REASON_MIN:
                reasons.append(f"bot-like account ({', '.join(acc_why)})")
        if comment is not None:
            us, why = username_score(comment.author)
            ev.append((w["username"], us))
            if why:
                reasons.append(why)
        coordinated = burst = duplicate = False
        cluster_id = None
        if flags is not None:
            coordinated, burst, duplicate, cluster_id = flags.coordinated, flags.burst, flags.duplicate, \
                flags.cluster_id
            ev.append((w["coordinated"], float(coordinated)))
            ev.append((w["author_repeat"], float(flags.author_repeat)))
            ev.append((w["duplicate"], float(duplicate and not coordinated)))
            ev.append((w["burst"], float(burst)))
            reasons.extend(flags.reasons)
        bot_like = 1.0 - float(np.prod([1.0 - wk * sk for wk, sk in ev]))
        if machine >= 0.75 and label != "superficial":
            reasons.append("machine-like text")
        gw = (float(probs[0]) + config.AUTH_SUPERFICIAL_CREDIT * float(probs[1])) * (1.0 - bot_like)
        if coordinated:
            gw *= config.AUTH_COORDINATED_FACTOR
        return AuthenticityResult(
            label=label, probs={k: float(v) for k, v in zip(config.AUTHENTICITY_LABELS, probs, strict=True)},
            bot_like=round(bot_like, 4), genuine_weight=round(min(1.0, max(0.0, gw)), 4),
            reasons=_dedupe(reasons), relevance=relevance, coordinated=coordinated, burst=burst,
            duplicate=duplicate, cluster_id=cluster_id)

    # ------------------------------------------------------------------------------------------ helpers
    def predict_texts(self, texts: Sequence[str], *, captions: Sequence[str | None] | None = None,
                      encoder=None) -> list[AuthenticityResult]:
        """Convenience for evaluation: normalise, embed with the sentiment encoder (the default artifact
        unless `encoder` is given; None embeddings if it has none, if this artifact has no heads for its
        embeddings, or if `encoder` is False: the no-embedding heads), predict."""
        from ..preprocess import normalize_batch
        from .embed_cache import model_fingerprint

        normalized = normalize_batch(list(texts))
        emb = cap_emb = spam = None
        enc = None if encoder is False else encoder if encoder is not None else self._default_encoder()
        head_set = self.head_set(model_fingerprint(enc)) if enc is not None else None
        if enc is not None and getattr(enc, "provides_embeddings", False) and head_set is not None:
            batch = enc.predict([nc.normalized for nc in normalized], return_embeddings=True)
            emb, spam = batch.embeddings, batch.spam_logits
            if captions is not None:
                uniq = sorted({c for c in captions if c})
                cn = normalize_batch(uniq)
                ce = enc.predict([nc.normalized for nc in cn], return_embeddings=True).embeddings if uniq else None
                lut = {c: ce[j] for j, c in enumerate(uniq)}
                cap_emb = np.stack([lut[c] if c else np.zeros(emb.shape[1], np.float32) for c in captions])
        return self.predict(normalized, embeddings=emb, captions=captions, caption_embeddings=cap_emb,
                            spam_logits=spam, spam_branch_sha256=getattr(enc, "spam_branch_sha256", None),
                            head_set=head_set or "")

    def _default_encoder(self):
        if self._encoder is None:
            from ..sentiment import SentimentModel, SentimentModelError

            try:
                self._encoder = SentimentModel.load()
            except SentimentModelError:
                self._encoder = False
        return self._encoder or None


def _dedupe(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
