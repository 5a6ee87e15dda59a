"""The shipped authenticity artifact: safe loading, verdicts, bot_like/genuine_weight, reasons, evaluate_csv."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from analyzer import config
from analyzer.authenticity.evaluate import evaluate_csv, map_labels
from analyzer.authenticity.model import (
    ARTIFACT_HEADS,
    AuthenticityModel,
    AuthenticityModelError,
    default_model_path,
)
from analyzer.preprocess import normalize_batch
from analyzer.records import AccountInfo, CommentIn

pytestmark = pytest.mark.skipif(not (default_model_path() / ARTIFACT_HEADS).exists(),
                                reason="models/authenticity not trained yet (scripts/train_authenticity.py)")

SPAM = ["Check out my channel for daily beats!! subscribe 🙏 http://youtu.be/xyz",
        "I invested $1500 and got $45k profit in a week thanks to @fx_mentor_jess, DM her",
        "Sígueme y te sigo 🔥 @promo.tienda.mx",
        "🎉 Felicidades, ganaste nuestro sorteo! reclama tu premio en wa.me/5215512345678",
        "DM us for a collab 💌 we'd love to feature you @brand.collabs"]
SUPERFICIAL = ["nice pic 🔥🔥", "😍😍😍", "wow", "me encanta ❤️", "qué linda", "love it!!", "primero"]
GENUINE = ["does it have to be white miso or can i use red? mine spread a lot after chilling 24h",
           "¿Cuántas veces por semana recomiendas las sentadillas búlgaras si tengo la rodilla lesionada?",
           "made this last night with oat milk instead and it still set perfectly, thanks for the tip about the lid"]


class _NoEmbeddings:
    provides_embeddings = False


@pytest.fixture(scope="module")
def model():
    return AuthenticityModel.load()


def test_labels_without_embeddings(model):
    res = model.predict_texts(SPAM + SUPERFICIAL + GENUINE, encoder=_NoEmbeddings())
    labels = [r.label for r in res]
    assert labels[: len(SPAM)].count("spam") >= len(SPAM) - 1
    sup = labels[len(SPAM) : len(SPAM) + len(SUPERFICIAL)]
    assert sup.count("superficial") >= len(SUPERFICIAL) - 1
    assert labels[-len(GENUINE) :].count("genuine") >= len(GENUINE) - 1
    for r in res:
        assert abs(sum(r.probs.values()) - 1) < 1e-6
        assert 0 <= r.bot_like <= 1 and 0 <= r.genuine_weight <= 1
    # weights order: genuine > superficial > spam on average
    gw = [r.genuine_weight for r in res]
    assert np.mean(gw[-len(GENUINE) :]) > np.mean(gw[len(SPAM) : -len(GENUINE)]) > np.mean(gw[: len(SPAM)])


def test_reasons_name_the_evidence(model):
    res = model.predict_texts(["𝐏𝐫𝐨𝐦𝐨𝐭𝐞 𝐢𝐭 𝐨𝐧 @foodie.feature.hub 🔥 https://bit.ly/x", "😍😍😍"],
                              encoder=_NoEmbeddings())
    assert "fancy unicode + link" in res[0].reasons
    assert any("DM/collab" in r for r in res[0].reasons)
    assert res[1].label == "superficial" and "emoji only" in res[1].reasons


def test_spam_the_lexicon_does_not_explain_names_the_words_the_text_model_reacted_to(model):
    """A scam testimonial with no promo pattern is spam on the n-gram head alone; its reason quotes the words of
    the comment that pushed the SVM's decision up, so an analyst can judge the flag."""
    text = "i bless the day i came across your page you are indeed a good woman @hosanna_lawrence"
    (res,) = model.predict_texts([text], encoder=_NoEmbeddings())
    assert res.label == "spam"
    (why,) = [r for r in res.reasons if r.startswith("worded like spam: ")]
    grams = [g.strip("'") for g in why.removeprefix("worded like spam: ").split(", ")]
    assert 1 <= len(grams) <= 3 and all(g in text for g in grams)
    assert not any(w in grams for w in ("i", "a", "you"))  # words too short to tell a reader anything are left out


def test_spam_words_maps_hashed_columns_back_to_the_comments_ngrams():
    """On a head fitted here, the planted spam word is found through the hashing trick, and a comment with no
    word pushing towards spam gets none."""
    from analyzer.authenticity.model import spam_words
    from analyzer.authenticity.train import make_head

    spam = [f"zorblax deal number {i} today" for i in range(20)]
    ham = [f"lovely recipe number {i} today" for i in range(20)]
    head, _ = make_head("spam")
    head.fit(np.array(spam + ham, dtype=object).reshape(-1, 1), [1] * 20 + [0] * 20)
    found, none = spam_words(head, ["try zorblax now", "lovely recipe"])
    assert found[0] == "zorblax" and none == []
    # QA: reasons quoted pieces of tagged friends' handles ("lopez_ @sofi_acosta"): never shown
    in_handle, outside = spam_words(head, ["great stuff @zorblax.deal", "zorblax now @zorblax.deal"])
    assert in_handle == [] and outside[0] == "zorblax"


def test_pod_accounts_and_coordination_flow_into_bot_like(model):
    t0 = datetime(2025, 5, 1, 12, tzinfo=timezone.utc)
    texts = ["Amazing!! 😍🔥", "amazing 😍🔥🔥", "Amaziiing 😍🔥", "AMAZING 😍🔥", "amazing!!! 😍🔥",
             "Amaaazing 😍🔥🔥", "amazing 😍🔥"] + GENUINE
    comments = [CommentIn(comment_id=str(i), text=t, author=f"acc{i}", post_id="p",
                          created_at=t0 + timedelta(minutes=i if i < 7 else 60 * i)) for i, t in enumerate(texts)]
    bot_acc = AccountInfo(followers=3, following=4800, posts=1, created_at=t0 - timedelta(days=5),
                          default_avatar=True)
    comments[-1].account = bot_acc
    comments[-2].account = AccountInfo(followers=900, following=400, posts=350,
                                       created_at=t0 - timedelta(days=2000), default_avatar=False)
    res = model.predict(normalize_batch(texts), comments=comments)
    for r in res[:7]:
        assert r.coordinated and r.genuine_weight == 0.0 and r.bot_like >= config.AUTH_BOT_WEIGHTS["coordinated"]
        assert any(x.startswith("coordinated with 6 other accounts") for x in r.reasons)
    assert not any(r.coordinated for r in res[7:])
    assert res[-1].bot_like > res[-2].bot_like
    assert any(x.startswith("bot-like account") for x in res[-1].reasons)
    assert set(model.last_timing) >= {"heads_s", "coordination_s", "total_s"}


def test_empty_batch(model):
    assert model.predict([]) == []


def test_untrusted_types_are_refused(model, tmp_path):
    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer

    src = default_model_path()
    dst = tmp_path / "auth"
    shutil.copytree(src, dst)
    sio.dump({"spam": FunctionTransformer(func=print)}, str(dst / ARTIFACT_HEADS))  # a swapped heads file
    with pytest.raises(AuthenticityModelError, match="trusted"):
        AuthenticityModel.load(dst)
    meta = json.loads((dst / "authenticity.json").read_text())
    meta["format"] = "something-else"
    (dst / "authenticity.json").write_text(json.dumps(meta))
    with pytest.raises(AuthenticityModelError):
        AuthenticityModel.load(dst)


def test_map_labels():
    assert map_labels(["1", "0", "1"])[:2] == (["spam", "not_spam", "spam"], "binary")
    assert map_labels(["scam", "real"])[0] == ["spam", "not_spam"]
    assert map_labels(["Spam", "ham"])[0] == ["spam", "not_spam"]
    assert map_labels(["genuine", "superficial", "spam"])[1] == "3class"
    assert map_labels(["spam", "spam"])[1] == map_labels(["1", "1"])[1] == "binary"  # a spam-only file
    # QA: a genuine/spam file (no superficial rows) was scored 3-class: its genuine rows read superficial were errors
    assert map_labels(["genuine", "spam"])[:2] == (["not_spam", "spam"], "binary")
    assert map_labels(["genuine", "superficial"])[1] == "3class"
    with pytest.raises(ValueError, match=r"'maybe' \(first at data row 2\).*not_spam"):
        map_labels(["1", "maybe"])
    assert map_labels(["Not Spam", "not-spam", " SPAM "])[0] == ["not_spam", "not_spam", "spam"]


def test_evaluate_csv_reads_excel_csvs_and_checks_the_positive_label(model, tmp_path):
    """QA: a semicolon CSV (Excel where "," is the decimal mark) failed with a pandas tokenizer error, a cp1252
    one with a bare codec error; --positive superficial on a file without superficial rows gave roc_auc null
    silently, while aliases of its classes (ham) were refused; an absent class showed recall 0.0."""
    rows = [(t, "spam") for t in SPAM] + [(t, "genuine") for t in GENUINE]
    semi = tmp_path / "semi.csv"
    semi.write_bytes(("texto;etiqueta\n" + "".join(f"{t.replace(';', ',')};{y}\n" for t, y in rows)
                      + "Qué canción tan bonita, ¿cómo se llama?;genuine\n").encode("cp1252", errors="replace"))
    out = evaluate_csv(semi, "texto", "etiqueta", model=model, encoder=_NoEmbeddings())
    # genuine/spam without superficial rows: binary (spam vs the rest), as the file cannot say what is superficial
    assert out["n"] == len(rows) + 1 and out["mode"] == "binary" and set(out["per_class"]) == {"spam", "not_spam"}
    assert out["macro_f1"] == pytest.approx((out["per_class"]["spam"]["f1"] + out["per_class"]["not_spam"]["f1"]) / 2,
                                            abs=1e-4)
    with pytest.raises(ValueError, match="names no class"):
        evaluate_csv(semi, "texto", "etiqueta", positive="superficial", model=model, encoder=_NoEmbeddings())
    binary = tmp_path / "yt.csv"
    binary.write_text("CONTENT,CLASS\n" + "".join(f'"{t}",{int(y == "spam")}\n' for t, y in rows), encoding="utf-8")
    ham = evaluate_csv(binary, "CONTENT", "CLASS", positive="ham", model=model, encoder=_NoEmbeddings())
    spam = evaluate_csv(binary, "CONTENT", "CLASS", positive="1", model=model, encoder=_NoEmbeddings())
    assert ham["positive"] == "not_spam" and ham["roc_auc"] == pytest.approx(spam["roc_auc"])
    for bad in ("scam2", "superficial"):
        with pytest.raises(ValueError, match="names no class"):
            evaluate_csv(binary, "CONTENT", "CLASS", positive=bad, model=model, encoder=_NoEmbeddings())
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="empty file"):
        evaluate_csv(tmp_path / "empty.csv", "CONTENT", "CLASS", model=model, encoder=_NoEmbeddings())


def test_evaluate_csv_binary_and_three_class(model, tmp_path):
    import pandas as pd

    p = tmp_path / "yt.csv"
    pd.DataFrame({"CONTENT": SPAM + GENUINE, "CLASS": [1] * len(SPAM) + [0] * len(GENUINE)}).to_csv(p, index=False)
    out = evaluate_csv(p, "CONTENT", "CLASS", model=model, encoder=_NoEmbeddings())
    assert out["n"] == len(SPAM) + len(GENUINE) and out["mode"] == "binary"
    assert set(out["per_class"]) == {"spam", "not_spam"}
    assert out["per_class"]["spam"]["f1"] >= 0.8 and out["roc_auc"] >= 0.9
    q = tmp_path / "proj.csv"
    pd.DataFrame({"text": SPAM + SUPERFICIAL + GENUINE,
                  "label": ["spam"] * len(SPAM) + ["superficial"] * len(SUPERFICIAL) + ["genuine"] * len(GENUINE),
                  "caption": ["Miso cookies, chill the dough 24h"] * 15}).to_csv(q, index=False)
    out = evaluate_csv(q, "text", "label", positive="superficial", caption_col="caption", model=model,
                       encoder=_NoEmbeddings())
    assert out["mode"] == "3class" and out["positive"] == "superficial"
    assert set(out["per_class"]) == set(config.AUTHENTICITY_LABELS)
    assert out["macro_f1"] >= 0.7
    with pytest.raises(ValueError):
        evaluate_csv(q, "nope", "label", model=model, encoder=_NoEmbeddings())
    # `scripts/evaluate.py authenticity --model DIR` passes a folder: it is loaded, not used as a model object
    by_path = evaluate_csv(q, "text", "label", positive="superficial", caption_col="caption",
                           model=str(default_model_path()), encoder=_NoEmbeddings())
    assert by_path["per_class"] == out["per_class"]
    u16 = tmp_path / "unicode.txt"  # Excel's "Unicode Text": UTF-16 with a BOM, tab-separated
    u16.write_bytes(pd.read_csv(q).to_csv(sep="\t", index=False).encode("utf-16"))
    assert evaluate_csv(u16, "text", "label", model=model, encoder=_NoEmbeddings())["n"] == out["n"]
    # "any alias of a class the file holds" (README): spam's aliases in a 3-class file too (QA: refused)
    assert evaluate_csv(q, "text", "label", positive="scam", model=model, encoder=_NoEmbeddings())["positive"] == "spam"


@pytest.mark.slow
@pytest.mark.skipif(not (config.models_dir() / "sentiment" / "sentiment_config.json").exists(),
                    reason="no sentiment artifact")
def test_with_encoder_embeddings(model):
    res = model.predict_texts(SPAM[:2] + SUPERFICIAL[:3] + GENUINE[:2],
                              captions=[None] * 5 + ["Miso cookies: chill the dough 24h"] * 2)
    labels = [r.label for r in res]
    assert labels[:2] == ["spam", "spam"]
    assert labels[2:5].count("superficial") >= 2
    assert labels[5:].count("genuine") >= 1
    assert res[5].relevance is not None and res[0].relevance is None


def test_spam_probability_keeps_the_svm_boundary(model):
    """P(spam) is sigmoid(scale * decision): >= 0.5 exactly where the SVM says spam, increasing in the margin."""
    from analyzer.authenticity.model import head_input, head_proba

    texts = SPAM + SUPERFICIAL + GENUINE
    spec = model.specs["spam"]
    assert spec["decision_scale"] > 0
    Xin = head_input(spec, np.zeros((len(texts), 0)), [], texts)
    d = model.heads["spam"].decision_function(Xin)
    p = head_proba(model.heads["spam"], spec, Xin)
    assert np.array_equal(p >= 0.5, d >= 0)
    order = np.argsort(d)
    assert np.all(np.diff(p[order]) >= 0)
    assert (p[: len(SPAM)] >= 0.5).sum() >= 4 and (p[len(SPAM):] < 0.5).all()


def test_spam_fusion_applies_only_with_the_branch_it_was_fitted_on(model):
    """With the branch its fusion names, P(spam) is fuse_spam(SVM decision, branch logit); with any other branch,
    or none, the SVM decides exactly as before."""
    import copy

    from analyzer.authenticity.lexicon import is_phishing
    from analyzer.authenticity.model import fuse_spam, head_input

    texts = SPAM + SUPERFICIAL + GENUINE
    norm = normalize_batch(texts)
    fused_model = copy.copy(model)
    fused_model.meta = {**model.meta, "spam_fusion": {"coef": [1.5, 0.8], "intercept": -0.3, "branch_sha256": "abc"}}
    z = np.where(np.arange(len(texts)) >= len(SPAM) + len(SUPERFICIAL), 9.0, -9.0)  # calls the genuine ones spam
    svm_only = model.predict_arrays(norm)["p_spam"]
    for sha in (None, "other"):
        arr = fused_model.predict_arrays(norm, spam_logits=z, spam_branch_sha256=sha)
        assert not arr["spam_fused"] and np.array_equal(arr["p_spam"], svm_only)
    arr = fused_model.predict_arrays(norm, spam_logits=z, spam_branch_sha256="abc")
    spec = model.specs["spam"]
    d = model.heads["spam"].decision_function(head_input(spec, np.zeros((len(texts), 0)), [], texts))
    # the fused value, then the rules' floors: phishing ("ganaste… reclama tu premio en wa.me/…" is a fake-winner
    # notice), self-promotion ("check my profile") and an investment testimonial crediting a handle; no cap applies
    floor = np.array([is_phishing(m, t) for m, t in zip(arr["matched"], texts, strict=True)])
    assert floor.sum() == 1 and arr["promo"].sum() >= 1
    assert not (arr["warning"] | arr["buyer"] | arr["complaint"] | arr["support"] | arr["alert"]).any()
    expected = fuse_spam(d, z, fused_model.meta["spam_fusion"])
    for flags, least in ((floor, config.AUTH_PHISHING_SPAM_MIN), (arr["phone_ad"], config.AUTH_PHONE_SPAM_MIN),
                         (arr["sales"], config.AUTH_SALES_SPAM_MIN), (arr["promo"], config.AUTH_SELF_PROMO_SPAM_MIN),
                         (arr["referral"], config.AUTH_RECOVERY_SPAM_MIN),
                         (arr["invest"], config.AUTH_INVESTMENT_REFERRAL_SPAM_MIN)):
        expected = np.where(flags, np.maximum(expected, least), expected)
    assert arr["spam_fused"] and np.allclose(arr["p_spam"], expected)
    assert (arr["p_spam"][-len(GENUINE):] > 0.5).all() and (svm_only[-len(GENUINE):] < 0.5).all()
    labels = [r.label for r in fused_model.predict(norm, spam_logits=z, spam_branch_sha256="abc")]
    assert labels[-len(GENUINE):] == ["spam"] * len(GENUINE)
    with pytest.raises(ValueError, match="spam_logits"):
        fused_model.predict_arrays(norm, spam_logits=z[:3], spam_branch_sha256="abc")


def test_spam_fusion_report_is_cross_fitted_by_video_and_fold():
    """Each video / creator fold is scored by a fusion fitted without it; an informative branch lifts F1 over
    the decision alone and gets a positive weight."""
    from sklearn.metrics import f1_score

    from analyzer.authenticity.model import fuse_spam
    from analyzer.authenticity.train import fit_spam_fusion, spam_fusion_report

    rng = np.random.default_rng(0)
    n_yt, n_ss = 400, 500
    y_yt, y_ss = rng.integers(0, 2, n_yt), rng.integers(0, 2, n_ss)
    noisy = lambda y, s: (2 * y - 1) * 1.0 + rng.normal(0, s, len(y))  # noqa: E731
    d_yt, d_ss, z_yt, z_ss = noisy(y_yt, 2.0), noisy(y_ss, 2.0), noisy(y_yt, 0.7) * 3, noisy(y_ss, 0.7) * 3
    videos = np.array(["A", "B", "C", "D"])[np.arange(n_yt) % 4]
    folds = np.arange(n_ss) % 5
    rep = spam_fusion_report(d_yt, z_yt, y_yt, videos, d_ss, z_ss, y_ss, folds)
    f = fit_spam_fusion(np.r_[d_yt, d_ss], np.r_[z_yt, z_ss], np.r_[y_yt, y_ss])
    assert f["coef"][1] > 0 and f["coef"][0] > 0
    assert rep["scamspot_f1_lowercased"] > f1_score(y_ss, d_ss >= 0) + 0.05
    # video A is scored by a fusion fitted on everything but video A
    a = videos == "A"
    fa = fit_spam_fusion(np.r_[d_yt[~a], d_ss], np.r_[z_yt[~a], z_ss], np.r_[y_yt[~a], y_ss])
    want = round(float(f1_score(y_yt[a], fuse_spam(d_yt[a], z_yt[a], fa) >= 0.5)), 4)
    assert rep["youtube_f1_per_video"]["A"] == want
    assert rep["branch_alone"]["scamspot_f1_lowercased"] == round(float(f1_score(y_ss, z_ss >= 0)), 4)


def test_branch_oof_file_is_aligned_to_the_loaders_rows(tmp_path):
    """Out-of-fold branch logits (train_spam_branch.py cv) land on the loaders' row order: YouTube by id, ScamSpot by
    id from the lowercased copy only; a file that misses rows is refused."""
    from analyzer.authenticity.train import load_branch_oof

    src = np.array(["ss", "ss", "ss", "ss", "yt", "yt", "pr"])
    case = np.array(["original", "original", "lower", "lower", "original", "original", "original"])
    ids = np.array([0, 1, 1, 0, 1, 0, 0])
    logit = np.array([9.0, 9.0, 2.0, 1.0, 4.0, 3.0, 7.0], dtype=np.float32)
    np.savez(tmp_path / "oof.npz", src=src, case=case, id=ids, logit=logit, recipe=json.dumps({"layers": 1}))
    z_yt, z_ss, recipe = load_branch_oof(tmp_path / "oof.npz", 2, 2)
    assert z_yt.tolist() == [3.0, 4.0] and z_ss.tolist() == [1.0, 2.0] and recipe == {"layers": 1}
    with pytest.raises(ValueError, match="do not cover"):
        load_branch_oof(tmp_path / "oof.npz", 3, 2)


def test_features_read_a_pasted_document_only_up_to_the_cap():
    """The lexicon and caption features read the first AUTH_MAX_TEXT_CHARS of a comment (more than any platform
    allows), so a million-character paste costs milliseconds and scores like its opening."""
    from analyzer.authenticity.features import caption_block, lexicon_block

    cap = config.AUTH_MAX_TEXT_CHARS
    body = "me encanta esta receta de pozole con chile guajillo, la hice ayer y quedó riquísima. "
    tail = " sígueme y te sigo, gana dinero con bitcoin, link en mi perfil 👉 www.promo.com 1234 5678"
    doc = body * (cap // len(body) + 1) + tail * 50  # the spam starts after the cap
    head = doc[:cap]
    long_nc, head_nc = normalize_batch([doc, head])
    assert len(long_nc.normalized) > cap
    long_x, long_m = lexicon_block([long_nc])
    head_x, head_m = lexicon_block([head_nc])
    assert long_m == head_m == [[]]
    np.testing.assert_allclose(long_x, head_x)
    assert lexicon_block(normalize_batch([tail])[:1])[1][0]  # read, the tail would have matched
    caption = ["Receta de pozole rojo con chile guajillo"]
    np.testing.assert_allclose(caption_block([long_nc], caption, None, None), caption_block([head_nc], caption, None, None))


# Comments that stress the word-bounded n-gram hasher: case, accents, emoji, URLs, words shorter and exactly as
# long as an n-gram, runs of whitespace of every kind, empty and blank rows, a repeated word.
HASHER_TEXTS = ["", "   ", "a", "ab", "abc", "Ñandú ÁRBOL ñandú", "x\u00a0y\tz\n\n w  \r v", "🔥🔥 nice!! 🔥🔥",
                "https://x.co/AbC?q=1 @Us_er #Tag", "WOOOOW wooooow", "ça c'est génial", "l" * 300,
                "jajaja jajaja jajaja", *SPAM, *SUPERFICIAL, *GENUINE]


@pytest.mark.parametrize("params", [dict(ngram_range=(1, 4)), dict(ngram_range=(1, 3), lowercase=False),
                                    dict(ngram_range=(2, 5), norm="l2", binary=True),
                                    dict(ngram_range=(3, 3), strip_accents="unicode")])
def test_word_memo_hasher_builds_the_stock_hashers_matrix(params):
    from sklearn.feature_extraction.text import HashingVectorizer

    from analyzer.authenticity.hashing import WordMemoHasher

    stock = HashingVectorizer(analyzer="char_wb", n_features=2**12,
                              **{"alternate_sign": False, "norm": None, "dtype": np.float32, **params})
    fast = WordMemoHasher.from_stock(stock)
    fast.max_words = 5  # the memo restarts several times within one call
    want = stock.transform(HASHER_TEXTS)
    for _ in range(2):  # cold, then from the memo
        got = fast.transform(HASHER_TEXTS)
        assert type(got) is type(want) and got.dtype == want.dtype and got.shape == want.shape
        assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.data, want.data)
        assert 0 < len(fast._memo_columns) <= 5 and "l" * 300 not in fast._memo_columns  # bounded memo
    with pytest.raises(ValueError):
        stock.transform("one string")
    with pytest.raises(ValueError):
        fast.transform("one string")
    with pytest.raises(ValueError):  # the stock hasher raises a bare StopIteration here
        fast.transform([])


@pytest.mark.parametrize("lender_first", [True, False])
def test_word_memo_hasher_borrowing_a_longer_hashers_columns_gives_the_stock_matrix(lender_first):
    """The spam head's case-kept 1-3 hasher reads a word's columns from its lowercased 1-4 hasher's memo, cut
    short (lend_memos). Whichever runs first, with the lender's memo restarting within a call, the borrower's
    matrix is the stock hasher's; hashers of another hash space or shortest n-gram lend nothing."""
    from sklearn.feature_extraction.text import HashingVectorizer

    from analyzer.authenticity.hashing import WordMemoHasher, lend_memos

    def stock(**kw):
        return HashingVectorizer(analyzer="char_wb", alternate_sign=False, norm=None, **{"n_features": 2**12, **kw})

    lower, cased = stock(ngram_range=(1, 4)), stock(ngram_range=(1, 3), lowercase=False)
    other_space, other_min = stock(ngram_range=(1, 4), n_features=2**11), stock(ngram_range=(2, 4))
    fast = [WordMemoHasher.from_stock(v) for v in (lower, cased, other_space, other_min)]
    fast[0].max_words = 7
    lend_memos(fast)
    assert [getattr(h, "_memo_donor", None) for h in fast] == [None, fast[0], None, None]
    texts = [t.upper() if i % 3 == 0 else t for i, t in enumerate(HASHER_TEXTS)]  # cased words and lowercase ones
    for _ in range(2):
        order = [(fast[0], lower), (fast[1], cased)] if lender_first else [(fast[1], cased), (fast[0], lower)]
        for got_from, want_from in order:
            got, want = got_from.transform(texts), want_from.transform(texts)
            assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
            assert np.array_equal(got.data, want.data)


def test_word_memo_hasher_shared_by_threads_gives_the_stock_matrix():
    """QA: two threads sharing one analyzer share this hasher; one thread's memo.clear() between another's check
    and read raised KeyError, and the chunk fell back to one-comment-at-a-time scoring (other figures under int8)."""
    import random
    import string
    import sys
    import threading

    from sklearn.feature_extraction.text import HashingVectorizer

    from analyzer.authenticity.hashing import WordMemoHasher

    stock = HashingVectorizer(analyzer="char_wb", ngram_range=(1, 4), n_features=2**14, alternate_sign=False)
    fast = WordMemoHasher.from_stock(stock)
    fast.max_words = 40  # clears all the time
    rng = random.Random(1)
    docs = [[" ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9))) for _ in range(12))
             for _ in range(600)] for _ in range(3)]
    failures: list[str] = []

    def run(k: int) -> None:
        try:
            for i in range(0, len(docs[k]), 20):
                got, want = fast.transform(docs[k][i:i + 20]), stock.transform(docs[k][i:i + 20])
                if (got != want).nnz:
                    failures.append(f"thread {k}: other matrix")
        except Exception as e:  # noqa: BLE001 - the failure under test
            failures.append(f"thread {k}: {e!r}")

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        threads = [threading.Thread(target=run, args=(k,)) for k in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []


def test_loaded_heads_hash_faster_but_save_stock_types(model, tmp_path):
    from sklearn.feature_extraction.text import HashingVectorizer

    from analyzer.authenticity.hashing import WordMemoHasher

    blocks = model.heads["spam"].named_steps["features"].named_transformers_
    assert isinstance(blocks["chars"].named_steps["hash"], WordMemoHasher)
    assert isinstance(blocks["cased_chars"].named_steps["hash"], WordMemoHasher)
    # the case-kept 1-3 hasher reads lowercase words' columns from the lowercased 1-4 one (which runs first)
    assert blocks["cased_chars"].named_steps["hash"]._memo_donor is blocks["chars"].named_steps["hash"]
    assert type(blocks["words"].named_steps["hash"]) is HashingVectorizer  # word n-grams cross words: stock
    model.predict_texts(SPAM + GENUINE, encoder=_NoEmbeddings())  # fills the memos
    model.save(tmp_path / "auth")
    import skops.io as sio

    untrusted = sio.get_untrusted_types(file=str(tmp_path / "auth" / ARTIFACT_HEADS))
    assert not [t for t in untrusted if "hashing" in t or "WordMemo" in t]
    again = AuthenticityModel.load(tmp_path / "auth")
    texts = SPAM + SUPERFICIAL + GENUINE
    a = model.predict_texts(texts, encoder=_NoEmbeddings())
    b = again.predict_texts(texts, encoder=_NoEmbeddings())
    assert [r.probs for r in a] == [r.probs for r in b]


def test_ordinary_accounts_are_no_bot_evidence_and_follow_spam_is(model):
    """QA, twice: the Colombia-2014 head gave P(spammer) 0.83 to a 1,000 / 500 account, then (constrained) 0.99 to a
    150 / 180 account 63 days old; ordinary commenters came out bot-like and genuine ER fell ~45%."""
    from analyzer.authenticity.account import account_rules

    t0 = datetime(2025, 5, 1, 12, tzinfo=timezone.utc)
    ordinary = [dict(followers=1000, following=500), dict(followers=300, following=300),
                dict(followers=5000, following=200), dict(followers=120, following=150, posts=80),
                dict(followers=150, following=180, created_at=t0 - timedelta(days=63)),
                dict(followers=2000, following=1990, created_at=t0 - timedelta(days=600)),
                dict(followers=900, following=400, posts=350, created_at=t0 - timedelta(days=2000),
                     default_avatar=False),
                dict(followers=None, following=850)]  # QA: a follower count "N/A" or blank read as 0 followers
    for kw in ordinary:
        assert account_rules(AccountInfo(**kw), t0) == (0.0, []), kw
    follow_spam, why = account_rules(AccountInfo(followers=20, following=3000), t0)
    assert follow_spam > 0.9 and why == ["follows 3,000 and is followed by 20"]
    bot, why = account_rules(AccountInfo(followers=3, following=4800, created_at=t0 - timedelta(days=3),
                                         default_avatar=True), t0)
    assert bot > 0.95 and len(why) == 3
    assert 0.5 < account_rules(AccountInfo(followers=500, following=450, created_at=t0 - timedelta(days=1)), t0)[0] < 0.8
    # QA: without the comment's time the age was measured against today (the same dump scored differently as the
    # days passed), and an account dated after its comment was "0 days old", the strongest evidence
    fresh = AccountInfo(followers=500, following=450, created_at=datetime.now(timezone.utc) - timedelta(days=2))
    assert account_rules(fresh, None) == (0.0, [])
    assert account_rules(AccountInfo(followers=500, following=450, created_at=t0 + timedelta(days=19)), t0) == (0.0, [])
    same_day, why = account_rules(AccountInfo(followers=500, following=450, created_at=t0 + timedelta(hours=5)), t0)
    assert why == ["account 0 days old"]  # a date read in another zone: the same day
    # more followers at the same following never raises it
    ev = [account_rules(AccountInfo(followers=f, following=800), t0)[0] for f in (10, 50, 100, 160, 800, 3000)]
    assert all(a >= b for a, b in zip(ev, ev[1:], strict=False)), ev
    texts = ["Qué receta tan buena, la hice ayer y salió perfecta"] * 3
    comments = [CommentIn("1", texts[0], author="maria", post_id="p", created_at=t0,
                          account=AccountInfo(followers=150, following=180, created_at=t0 - timedelta(days=63))),
                CommentIn("2", texts[1], author="maria", post_id="q", created_at=t0, account=None),
                CommentIn("3", texts[2], author="zx", post_id="r", created_at=t0,
                          account=AccountInfo(followers=20, following=3000, default_avatar=True))]
    with_acc, without, spammy = model.predict(normalize_batch(texts), comments=comments)
    assert with_acc.bot_like == pytest.approx(without.bot_like, abs=1e-6)
    assert not any(r.startswith("bot-like account") for r in with_acc.reasons)
    assert spammy.bot_like > without.bot_like + 0.4
    assert "bot-like account (follows 3,000 and is followed by 20, default avatar)" in spammy.reasons


def test_evaluate_csv_counts_rows_without_text_or_label(model, tmp_path):
    import pandas as pd

    p = tmp_path / "yt.csv"
    pd.DataFrame({"CONTENT": SPAM + GENUINE + ["", "   "], "CLASS": [1] * len(SPAM) + [""] + [0] * (len(GENUINE) - 1)
                  + [1, 0]}).to_csv(p, index=False)
    out = evaluate_csv(p, "CONTENT", "CLASS", model=model, encoder=_NoEmbeddings())
    assert out["n"] == len(SPAM) + len(GENUINE) - 1
    assert (out["skipped_blank_label"], out["skipped_blank_text"]) == (1, 2)
    empty = tmp_path / "e.csv"
    pd.DataFrame({"CONTENT": ["", "x"], "CLASS": ["1", ""]}).to_csv(empty, index=False)
    with pytest.raises(ValueError, match="no row with both"):
        evaluate_csv(empty, "CONTENT", "CLASS", model=model, encoder=_NoEmbeddings())


def test_fancy_letters_do_not_hide_spam_and_lexicon_words_do_not_smear_genuine_comments(model):
    """QA: 𝗗𝗠 𝗳𝗼𝗿 𝗰𝗼𝗹𝗹𝗮𝗯-style spam scored P(spam) 0.02-0.41 (the n-grams read only the fancy code points), and
    genuine comments wore scam reasons ('Invertí en una freidora de aire' -> 'crypto/investment pitch')."""
    from analyzer.authenticity.features import original_view

    assert original_view("ᴄʜᴇᴄᴋ ᴍʏ ᴘʀᴏꜰɪʟᴇ") == "ᴄʜᴇᴄᴋ ᴍʏ ᴘʀᴏꜰɪʟᴇ\ncheck my profile"
    assert original_view("plain text, ñ 😍") == "plain text, ñ 😍"
    fancy = ["ℙ𝕣𝕠𝕞𝕠 𝕖𝕟 𝕞𝕚 𝕡𝕖𝕣𝕗𝕚𝕝", "ᴄʜᴇᴄᴋ ᴍʏ ᴘʀᴏꜰɪʟᴇ 💋", "𝓼𝓲𝓰𝓾𝓮𝓶𝓮 𝔂 𝓽𝓮 𝓼𝓲𝓰𝓸"]
    genuine = ["Invertí en una freidora de aire hace un año y ya no uso el horno, ¿la tuya de cuántos litros es?",
               "¿El sorteo es solo para México o también Colombia?"]
    res = model.predict_texts(fancy + genuine, encoder=_NoEmbeddings())
    assert [r.label for r in res[:3]] == ["spam"] * 3
    for r in res[3:]:
        assert r.label != "spam"
        assert not any(x in ("crypto/investment pitch", "giveaway/prize bait") for x in r.reasons), r.reasons


def test_a_username_digit_share_is_a_reason_only_when_it_looks_generated():
    """QA: "username 22% digits" was shown on ordinary names (susana_70, marta_g88) whose bot_like was 0.11."""
    from analyzer.authenticity.account import username_score

    for ordinary in ("susana_70", "marta_g88", "juan.perez92", "ana"):
        assert username_score(ordinary)[1] is None, ordinary
    for generated in ("maria84720193", "user20241187", "x9k2m7p4", "pau.99729"):
        score, why = username_score(generated)
        assert why is not None and why.startswith("username") and score >= 0.5, generated
    # QA: a birth year or a short number at the end is how people name themselves: no bot evidence at all
    for person in ("sara_1998", "caro_2007", "kate_gomez289", "luis_mtz955", "susana_70"):
        assert username_score(person) == (0.0, None), person
    assert 0 < username_score("lucia_gomez_4829")[0] < 0.5  # four digits that are no year: counted, not named


@pytest.mark.parametrize("lang", ["es", "en"])
def test_project_dataset_is_its_build_scripts_output_split_by_post(lang):
    """datasets/authenticity: the build script holds every hand-written row (a batch appended to the CSV alone
    would vanish on the next rebuild), the held-out split is by post (no caption in both splits), and every
    label is present in both splits."""
    import csv
    import importlib.util

    folder = Path(__file__).resolve().parents[1] / "datasets" / "authenticity"
    spec = importlib.util.spec_from_file_location(f"build_{lang}_test", folder / f"build_{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.rows()
    with open(folder / f"comments_{lang}.csv", encoding="utf-8", newline="") as fh:
        shipped = list(csv.DictReader(fh))
    assert [{k: str(v) for k, v in r.items()} for r in built] == shipped
    split_of: dict[str, set] = {}
    for r in shipped:
        split_of.setdefault(r["caption"], set()).add(r["split"])
    assert all(len(s) == 1 for s in split_of.values())
    for split in ("train", "heldout"):
        assert {r["label"] for r in shipped if r["split"] == split} == set(config.AUTHENTICITY_LABELS)
    assert len(shipped) >= 750


def test_rules_over_the_heads_timestamps_and_phishing(model):
    """QA: "el minuto 0:43 🔥" was superficial (a moment of the clip fits under no other post) and a fake "Soporte de
    Instagram" notice with a link was genuine at P(spam) 0.13. The same notice quoted in a warning, and a mention of
    platform support with no call to action, stay genuine."""
    texts = ["el minuto 0:43 🔥", "the guy at 0:15 vibing 😂",
             "⚠️Soporte de Instagram⚠️ Tu cuenta ha sido reportada por infringir derechos de autor. Verifica tu "
             "cuenta aquí: bit.ly/ig-verif", "Instagram Security: your account will be disabled, confirm your "
             "identity at the link in our bio",
             "Me llegó un mensaje de 'Soporte de Instagram' diciendo que mi cuenta ha sido reportada, es falso, no den clic",
             "I reported it to Instagram support and nothing happened", "nice pic 🔥"]
    res = model.predict_texts(texts)
    assert [r.label for r in res] == ["genuine", "genuine", "spam", "spam", "genuine", "genuine", "superficial"]
    assert "points at a moment of the post" in res[0].reasons
    assert "impersonates platform support (phishing)" in res[2].reasons
    assert res[0].probs["superficial"] <= config.AUTH_TIMESTAMP_SUPERFICIAL_MAX + 1e-9



def test_rules_over_the_heads_fake_winners_and_victims_warnings(model):
    """Probes: "Ganaste! reclama tu premio en bit.ly/…" was genuine (P(spam) 0.39) and "You won! claim at bit.ly/…"
    0.15, while a victim's warning quoting the scam ("me escribió por DM diciendo que gané un premio… es falsa, no
    caigan") was spam at 0.88. A warning that is the scam (a handle to write to, "no es estafa") stays spam, and a
    winner's own story ("yo gané el sorteo pasado") is no prize notice."""
    from analyzer.authenticity.lexicon import fold, is_prize_claim, is_scam_warning, promo_matches

    claims = ["Ganaste! reclama tu premio en bit.ly/premio-ig", "You won! claim at bit.ly/prize-ig",
              "Felicidades ganaste el sorteo 🎉 revisa tus mensajes privados",
              "Felicidades ganaste el sorteo 🎉 no es estafa, revisa tus mensajes privados"]
    warnings = ["Cuidado!! Una cuenta me escribió por DM diciendo que gané un premio de este sorteo y me pidió datos "
                "de la tarjeta. Es falsa, no caigan",
                "Gente no respondan a los DM de \"ganaste\", es estafa, ya reporté a @sorteos.oficial.premios",
                "Beware of accounts DMing you that you won, the real account will never ask for your card details"]
    disguised = ["⚠️ Cuidado con cuentas falsas! La única cuenta oficial del sorteo es @sorteo.oficial.mx, "
                 "escríbenos por DM para reclamar tu premio",
                 "Beware of fake accounts! You won our giveaway, DM us to claim your prize"]
    story = ["Yo gané el sorteo pasado y sí me llegó el premio, revisen sus DM que ya anunciaron ganadores"]
    res = model.predict_texts(claims + warnings + disguised, encoder=False)
    assert [r.label for r in res] == ["spam"] * 4 + ["genuine"] * 3 + ["spam"] * 2
    assert all(r.probs["spam"] >= config.AUTH_PHISHING_SPAM_MIN - 1e-9 for r in res[:4])
    assert all(r.probs["spam"] <= config.AUTH_WARNING_SPAM_MAX + 1e-9 for r in res[4:7])
    assert "warns about a scam (its DM/prize words quote the scam)" in res[4].reasons

    def rule(fn, t):
        return fn(promo_matches(t.lower(), fold(t)), t)

    assert [rule(is_prize_claim, t) for t in claims + warnings + story] == [True] * 4 + [False] * 4
    assert [rule(is_scam_warning, t) for t in warnings + disguised + claims] == [True] * 3 + [False] * 6


def test_on_topic_praise_is_not_called_unrelated_to_the_caption(model):
    """QA: "yum 😋" under a smoothie and "Beautiful work ❤️" under crochet read "unrelated to the caption"."""
    res = model.predict_texts(["yum 😋", "Beautiful work ❤️", "Sígueme y te sigo 🔥 @promo.page"], encoder=False,
                              captions=["Green smoothie for breakfast: spinach, banana, oat milk",
                                        "Finished my first crochet blanket after 3 months 🧶",
                                        "Green smoothie for breakfast: spinach, banana, oat milk"])
    assert [r.label for r in res] == ["superficial", "superficial", "spam"]
    assert not any("unrelated" in why for r in res for why in r.reasons)
    assert sum("not specific" in why for why in res[0].reasons) == 1


def test_rule_over_the_heads_phone_ads(model):
    """QA: ads giving a phone number to call or message were genuine or superficial ("Tarot y amarres de amor,
    consulta al 987 654 321" at P(spam) 0.41, "wsp 987654321" 0.09): the spam head reads n-grams and never sees the
    number. An order number in a complaint, a shop's number passed on and a victim's warning stay genuine."""
    ads = ["Tarot y amarres de amor, consulta al 987 654 321", "Clases de inglés online 🇬🇧 info al 612 345 678",
           "Uñas acrílicas a domicilio en Santiago 💅 agenda al +56 9 8765 4321", "uñas acrílicas wsp 987654321"]
    others = ["Mi pedido 123456789 no ha llegado y nadie responde, qué mala atención",
              "Me llamaron del 987 654 321 diciendo que gané un sorteo, es estafa, no caigan"]
    res = model.predict_texts(ads + others, encoder=False)
    assert [r.label for r in res] == ["spam"] * 4 + ["genuine"] * 2
    assert all(r.probs["spam"] >= config.AUTH_PHONE_SPAM_MIN - 1e-9 for r in res[:4])
    assert "asks to call or message a phone number" in res[0].reasons


def test_rule_over_the_heads_sales_offers(model):
    """Blind probes: sellers of the post's own category, in a buyer's casual words, read genuine ("tengo ese mismo
    blazer pero a 350 pesos, envíos a toda la república, mándame mensaje", "I rent a flat in Old Town cheaper than
    Airbnb, message me"): they share the post's words, so the n-grams and caption features took them as specific.
    Buyers asking about the same things, a victim quoting a seller's scam and a third party "selling" are no offers."""
    from analyzer.authenticity.lexicon import is_sales_offer

    offers = ["Tengo ese mismo abrigo pero a 600 pesos, envíos a todo Monterrey, mándame mensaje",
              "I rent a cabin two miles from that trailhead, cheaper than any hotel, message me",
              "Doy clases de batería online a 15 dólares la hora, la primera es gratis",
              "selling my old Canon 80D with two lenses, barely used, $450 obo",
              "hago tortas de cumpleaños por encargo en Quito, pedidos al privado 🎂"]
    buyers = ["tengo el mismo abrigo en negro, ¿me pasas info del gorro por DM?",
              "¿alguien vende estos tenis en Lima? precio por privado porfa",
              "does anyone sell that lamp? I'd pay full price",
              "Cuidado, una cuenta me escribió 'vendo cuentas de Netflix, escríbeme' y era estafa",
              "this is clearly a hate article, tesla is selling and elon is the richest person on earth, free speech"]
    assert [is_sales_offer(t) for t in offers + buyers] == [True] * 5 + [False] * 5
    res = model.predict_texts(offers, encoder=False,
                              captions=["Mi abrigo de lana favorito para el invierno en Monterrey 🧥"] + [None] * 4)
    assert [r.label for r in res] == ["spam"] * 5
    assert all(r.probs["spam"] >= config.AUTH_SALES_SPAM_MIN - 1e-9 for r in res)
    assert "offers the writer's own goods or services for sale" in res[0].reasons


def test_sales_offers_with_a_rate_an_order_step_or_obo(model):
    """Blind probes: 12 of 40 sellers passed the first rule. A service priced per hour or piece ("$30/hr", "$25 per
    character"), the writer's own order or delivery step ("taking new clients", "hago envíos a todo el país", "me
    quedan 3 lugares"), "or best offer", "mayoreo y menudeo" and a service offered to whoever needs it ("si
    necesitan community manager yo les llevo las redes") are sales. A cook telling what a dish costs per person or
    kilo, a teacher who uses the video, a buyer's story of an "obo" ad, a tutor the writer paid and a tip of where
    the writer found something are not."""
    from analyzer.authenticity.lexicon import is_sales_offer

    offers = ["Tutoring calc 2 and physics over zoom, I tutor evenings, $35/hr",
              "I paint pet portraits from your photos, $40 per portrait, two week turnaround",
              "I do lash lifts from home in Leeds, taking new clients this month",
              "yo hago jabones artesanales de avena y miel, hago envíos a todo el país",
              "Doy taller de cerámica los sábados en Coyoacán, me quedan 2 lugares",
              "camera bag like that one, barely used, $60 obo",
              "bolsas de yute estampadas, mayoreo y menudeo, pregunta por modelos",
              "Qué lindo local! si necesitan fotos para el menú yo se las hago, escríbanme al privado"]
    others = ["if anyone needs the link I found it on amazon, dm me and I'll send it",
              "si alguien busca el libro, yo lo compré en Gandhi y me escribieron por DM cuando llegó",
              "I make this every sunday, it costs me about $4 per person instead of $15 at the diner",
              "hago lo mismo pero con pechuga, a 8 euros el kilo sale barato",
              "Doy clase de primaria y voy a usar este video con mis alumnos, gracias por hacerlo gratis",
              "I bought mine at $200 obo from a seller on marketplace and it was fine",
              "I paid $30/hr for a tutor and learned less than from this video",
              "I draw too! how long did the shading on the hair take?"]
    assert [is_sales_offer(t) for t in offers + others] == [True] * 8 + [False] * 8
    res = model.predict_texts(offers, encoder=False)
    assert [r.label for r in res] == ["spam"] * 8


def test_greetings_from_a_place_and_link_requests_after_the_eighth_refit(model):
    """Probes: generic praise with a greeting from a city read genuine (the place name looked specific) and "link
    please 🙏" read spam. Batches 9 and 10 of the project set hold such comments; these are not among them."""
    texts = ["Saludos desde Ica, sigue así que eres lo máximo 🙌", "un abrazo desde Puebla, siempre tan lindo tu contenido",
             "Greetings from Swansea, brilliant channel as always", "hello from Kenya, I love all your videos so much",
             "link pls 🙏 I need that lamp for my office",
             "gracias a ti aprendí a hacer el pan sin amasar, me sale perfecto 🙏"]
    captions = [None] * 4 + ["My desk setup tour 💡 the mushroom lamp is from a little shop in Lisbon",
                             "Pan sin amasar en 5 pasos 🍞 solo harina, agua, sal y levadura, 18 horas de reposo"]
    res = model.predict_texts(texts, captions=captions)
    assert [r.label for r in res] == ["superficial"] * 4 + ["genuine"] * 2


def test_evaluate_csv_names_rows_the_model_was_fit_on(model, tmp_path):
    """Review: scoring the shipped model on a YouTube file it was trained on gave spam F1 1.0 with no warning. The
    project set's train rows are training texts; its held-out rows are not, but for generic ones ("buen video") that
    the train split holds too (superficial comments repeat by nature)."""
    import pandas as pd

    from analyzer.fingerprint import text_key

    pr = pd.read_csv(Path(__file__).resolve().parents[1] / "datasets" / "authenticity" / "comments_es.csv", dtype=str,
                     keep_default_na=False)
    train, held = pr[pr.split == "train"], pr[pr.split == "heldout"]
    held = held[~held.text.map(text_key).isin(set(train.text.map(text_key)))]
    q = tmp_path / "q.csv"
    unlabelled = pd.DataFrame({"text": ["sin etiqueta"], "label": [""]})  # not scored, but a data row of the file
    pd.concat([unlabelled, held.head(5), train.head(3)])[["text", "label"]].to_csv(q, index=False)
    out = evaluate_csv(q, "text", "label", model=str(default_model_path()), encoder=_NoEmbeddings())
    # the file's data rows (QA: positions among the scored rows were given, 6 7 8)
    assert {k: out["train_overlap"][k] for k in ("rows", "first_rows")} == {"rows": 3, "first_rows": [7, 8, 9]}
    unseen = evaluate_csv(q, "text", "label", model=str(default_model_path()), encoder=_NoEmbeddings(), unseen_only=True)
    assert unseen["n"] == 5 and unseen["per_class"] != out["per_class"] and unseen["train_overlap"]["excluded"]
    assert evaluate_csv(q, "text", "label", model=model, encoder=_NoEmbeddings())["train_overlap"]["rows"] is None


def test_head_sets_for_the_shipped_encoders(model):
    """The artifact holds superficial and relevance heads fitted on each shipped sentiment model's own embeddings
    (config.AUTH_EXTRA_ENCODERS), named by that model's weights digest; an unknown digest gets no embedding heads,
    and embeddings said to be of a head set the artifact lacks are refused rather than read by the wrong heads."""
    import numpy as np

    from analyzer.authenticity.embed_cache import model_fingerprint
    from analyzer.preprocess import normalize_batch
    from analyzer.sentiment import SentimentModel

    extra = model.meta["extra_encoders"]
    assert set(extra) == set(config.AUTH_EXTRA_ENCODERS)
    for alias, enc in extra.items():
        sm = SentimentModel.load(alias)
        assert model.head_set(model_fingerprint(sm)) == enc["head_set"] == "@" + alias
        assert {"superficial@" + alias, "relevance@" + alias} <= set(model.heads)
        assert model.extra_banks[enc["head_set"]].shape == model.bank.shape
    assert model.head_set(model.meta["encoder"]["weights_sha256"]) == ""
    assert model.head_set("0" * 64) is None
    norm = normalize_batch(["nice pic 🔥", "¿cuántos gramos de harina lleva?"])
    with pytest.raises(ValueError, match="no heads"):
        model.predict_arrays(norm, embeddings=np.zeros((2, model.bank.shape[1]), np.float32), head_set="@other")


def test_buyer_requests_read_genuine(model):
    """Probes: "link please 🙏" and "precio del set? info por DM porfa" read spam (the n-grams took "link", "DM",
    "please" for a pitch) and "link de la lámpara porfa 🙏" superficial. A short buyer's question with a plea or a
    question mark is genuine; a writer pointing at their own page or asking to be contacted is no buyer."""
    from analyzer.authenticity.lexicon import is_buyer_request

    buyers = ["link del vestido porfa 🙏", "price?? 🙏", "¿tienen talla 38? porfa", "where can I buy that mug?",
              "info del curso por DM porfa"]
    others = ["link in bio? 🙏", "DM me for price 🙏", "price? check my page", "precio? escríbeme al wsp",
              "precio 15 dólares, envíos a todo el país, escríbeme", "@tienda_mx link porfa",
              "great video, I learned so much about where the cocoa comes from, please make more of these videos "
              "about chocolate?"]
    assert [is_buyer_request(t) for t in buyers + others] == [True] * 5 + [False] * 7
    for encoder in (None, False):
        res = model.predict_texts(buyers, encoder=encoder)
        assert [r.label for r in res] == ["genuine"] * 5
        assert all(r.probs["spam"] <= config.AUTH_BUYER_SPAM_MAX + 1e-9 for r in res)
        assert "a buyer's question (price, link, where to buy)" in res[0].reasons


def test_service_complaints_read_genuine(model):
    """Blind probe: "I've been locked out of my account ... support won't answer, please help" read spam (the n-grams
    took "account", "help", "please" and the "won" of "won't" for a recovery scam). A customer's complaint about their
    own account, order or payment is genuine; the recovery scam's testimonial (a handle, "thanks to", "recovered",
    "contact") is no complaint and stays spam."""
    from analyzer.authenticity.lexicon import is_service_complaint

    complaints = ["I've been locked out of my account for 3 days and support won't answer, please help",
                  "mi pedido no ha llegado y nadie responde los mensajes, ya van dos semanas",
                  "me cobraron dos veces el envío y sin respuesta del soporte",
                  "I can’t log in since the update and the app keeps crashing, please fix it",
                  "I got charged for the annual plan after cancelling my trial, can someone check? I sent a DM",
                  "les escribí hace días por un cobro que no reconozco en mi tarjeta, ¿me responden?"]
    scams = ["contact @recovery_hub they helped me get my account back",
             "I was hacked too and recovered my account thanks to a specialist, text him on whatsapp",
             "my account was suspended until I reached out to hackerjames on telegram, best expert",
             "mi cuenta fue hackeada y la recuperé gracias a @recuperacion_mx, escríbanle"]
    assert [is_service_complaint(t) for t in complaints + scams] == [True] * 6 + [False] * 4
    for encoder in (None, False):
        res = model.predict_texts(complaints + scams, encoder=encoder)
        assert [r.label for r in res[:6]] == ["genuine"] * 6
        assert all(r.probs["spam"] <= config.AUTH_COMPLAINT_SPAM_MAX + 1e-9 for r in res[:6])
        assert "a customer's complaint about their own account or order" in res[0].reasons
        assert [r.label for r in res[6:]] == ["spam"] * 4


def test_self_promotion_and_recovery_referrals_read_spam(model):
    """Blind probe: praise before "pasate por mi canal" / "follow me back?" left P(spam) at 0.3-0.5 (superficial or
    genuine), and victims' voices recommending a "recovery" handle ("@x me lo recuperó, cobra barato") read genuine.
    Both are spam after any amount of praise; a friend's reply, a warning about the handle, a platform's own handle
    and a complaint with no handle are not."""
    from analyzer.authenticity.lexicon import is_recovery_referral, is_self_promotion

    promos = ["qué voz tan linda 😍 pasen por mi canal que subo covers cada semana 🙏",
              "Great video as always!! could you follow me back? been here since the start 🙏",
              "amazing edit bro 🔥 go check my channel, I do the same kind of edits",
              "preciosa 😍 tengo contenido exclusivo en mi perfil 🔞"]
    not_promos = ["@ana check my story, I posted us at the concert", "hice tu receta y la subí a mi canal, quedó buenísima",
                  "cuidado con los que dicen sigueme y te sigo, son bots"]
    referrals = ["a mi primo le hackearon el insta y @recupera_tu_cuenta se lo devolvió en un día, es de confianza",
                 "lost my whole wallet to a fake broker, @funds_back_team recovered everything, contact them",
                 "@maria_g same thing happened to me, @hackpro_official got my account back in 2 hours"]
    not_referrals = ["cuidado con @recupera_tu_cuenta, es una estafa, me robaron 200 euros",
                     "@lu_gomez no le escribas a @recupera_tu_cuenta, a mi hermano le cobraron y nunca recuperó nada",
                     "anyone saying 'contact @funds_back_team' is a scammer, nobody can recover stolen crypto",
                     "my account was hacked and @instagram support did nothing",
                     "@bancof me robaron la tarjeta y nadie me ayuda"]
    assert [is_self_promotion(t) for t in promos + not_promos] == [True] * 4 + [False] * 3
    assert [is_recovery_referral(t) for t in referrals + not_referrals] == [True] * 3 + [False] * 5
    for encoder in (None, False):
        res = model.predict_texts(promos + referrals, encoder=encoder)
        assert [r.label for r in res] == ["spam"] * 7
        assert all(r.probs["spam"] >= config.AUTH_SELF_PROMO_SPAM_MIN - 1e-9 for r in res[:4])
        assert "recommends someone to recover accounts or money (recovery scam)" in res[4].reasons


def test_spanish_asks_for_the_writers_own_follows_and_videos_read_spam(model):
    """Ninth blind probe set: Spanish asks for the writer's own follow, like or live read superficial or genuine
    ("apóyame con un follow porfa", "denle amor a mi último video", "vengan a mi live"), and a spy-hacker
    referral read genuine: it thanks the handle ("gracias a @hacker_…") instead of recommending it. The same words
    about someone else, a home, a recipe or a friend are not asks, nor thanks to a friend's handle."""
    from analyzer.authenticity.lexicon import is_recovery_referral, is_self_promotion

    asks = ["Apóyame con un follow porfa 🙏 estoy empezando", "Subo covers todos los días, ¿me regalas un follow? 🎸",
            "Denle amor a mi último video 🥺 me costó mucho editarlo", "Oigan vengan a mi live ahorita, estoy jugando rankeds",
            "Mira lo que subí hoy 👉👉 no te vas a arrepentir 🔥", "great vid, give me a follow if you like anime edits"]
    not_asks = ["¿me regalas la receta de la salsa? porfa", "denle amor a mi mamá que hoy cumple años jaja",
                "vengan a mi casa a probarlo, lo hice con tu receta", "mira lo que subió @ana_lu, es igualito a tu video",
                "le di like a tu video y lo compartí con mi hermana"]
    assert [is_self_promotion(t) for t in asks + not_asks] == [True] * 6 + [False] * 5
    spy = "Mi esposo me era infiel y gracias a @hacker_ethical_jose pude ver sus chats 😢 gran profesional"
    thanks = "me hackearon la cuenta y gracias a @ana_lu me di cuenta rápido, ya cambié la clave"
    assert [is_recovery_referral(spy), is_recovery_referral(thanks)] == [True, False]
    for encoder in (None, False):
        assert [r.label for r in model.predict_texts([*asks, spy], encoder=encoder)] == ["spam"] * 7


def test_follow_back_promises_milestone_asks_and_private_hooks_read_spam(model):
    """Tenth blind probe set: "sigo a todos los q me sigan", "ayúdenme a llegar a 2k", "estamos a nada de los 1000"
    after a plug for the writer's channel, and advice kept for a private message ("just dm me and i'll tell you what
    worked", "si quieres te cuento por privado") read genuine. They ask for the writer's own follows or move a pitch to
    DMs (YouTube's "help me get/reach N subscribers" comments are all labelled spam). The same words about distances,
    weights, years or a friend's reply are not asks."""
    from analyzer.authenticity.lexicon import is_self_promotion

    asks = ["sigo a todos los que me sigan 🙏 subo dibujos", "I follow everyone back, promise 🤝",
            "Help me reach 500 subs this month, I post guitar covers", "ayúdenme a llegar a 1k porfa 🥺",
            "hago resúmenes de la liga en mi canal, estamos a nada de los 500",
            "went from broke to 4k a month, dm me and I'll show you how",
            "yo también lo viví hasta que encontré este negocio 🌸 si quieres te cuento por privado"]
    not_asks = ["sigo a todos los que me recomendaste, gracias", "help me reach the top shelf lol",
                "estamos a nada de los 1000 km del viaje 🚗", "ayúdame a llegar a 5 kilos menos jaja",
                "te cuento mañana cómo me fue 😅", "@ana te cuento por privado jaja", "we're so close to 2026 🎉"]
    assert [is_self_promotion(t) for t in asks + not_asks] == [True] * 7 + [False] * 7
    for encoder in (None, False):
        res = model.predict_texts(asks, encoder=encoder)
        assert [r.label for r in res] == ["spam"] * 7
        assert all(r.probs["spam"] >= config.AUTH_SELF_PROMO_SPAM_MIN - 1e-9 for r in res)


def test_prize_to_claim_at_a_link_reads_spam(model):
    """Blind probe: "Claim your £200 voucher here 👉 bit.ly/…" under a giveaway post read genuine (it names the
    post's prize). A prize to claim and a link to claim it at is the fake-giveaway scam; a winner's thanks, a question
    about claiming and a warning are not."""
    from analyzer.authenticity.lexicon import is_prize_claim, promo_matches

    claims = ["Claim your $500 gift card now 👉 bit.ly/win-card-now", "reclama tu bono de 100€ aquí: premios-ya.site"]
    others = ["how do I claim the prize? I won last week and nobody answered 😅",
              "gané el sorteo pasado y ya reclamé mi premio, gracias!",
              "ojo: 'reclama tu premio en premios-ya.site' es falso, no entren"]
    assert [is_prize_claim(promo_matches(t), t) for t in claims + others] == [True] * 2 + [False] * 3
    for encoder in (None, False):
        res = model.predict_texts(claims, encoder=encoder)
        assert [r.label for r in res] == ["spam"] * 2
        assert all(r.probs["spam"] >= config.AUTH_PHISHING_SPAM_MIN - 1e-9 for r in res)


def test_support_replies_read_genuine(model):
    """Blind probe: 14 of 19 real brand replies to customers read spam when the dump does not name the creator ("DM
    us", "escríbenos por DM", "envío gratis" are a pitch's words to the spam head). A reply in the account's own "we"
    voice is genuine; the impersonator's reply (a WhatsApp or phone number, a link, another handle, an agent's
    "escríbeme", a claim or verify step, a card number asked for) is not counted."""
    from analyzer.authenticity.lexicon import is_support_reply, promo_matches

    replies = ["@lucia.mx Hola Lucía, lamentamos el retraso con tu pedido 😔 escríbenos por DM tu número de orden y lo "
               "revisamos hoy mismo",
               "@tom_r Sorry about the wait, Tom! DM us your order number and we'll check where your parcel is",
               "@nacho.ar Te pedimos disculpas, ya procesamos el reintegro y lo vas a ver en tu resumen. Cualquier cosa "
               "escribinos por privado",
               "@kate_w We're so sorry for the trouble! The app outage is fixed now, thanks for your patience 🙏"]
    fakes = ["@lucia.mx Hola, soy asesor de la tienda, para tu reembolso escríbeme al WhatsApp +52 55 5550 1234",
             "@tom_r Sorry to hear that! Our team can help, please verify your account here: bit.ly/shop-verify",
             "@kate_w We're sorry! DM our support page @app_help_center247 to get your refund",
             "@nacho.ar lamentamos lo ocurrido, escribile a nuestro asesor @reintegros.ayuda por WhatsApp",
             "@tom_r Sorry to hear that. Kindly send us a DM with your full card number and expiry date to reverse it"]
    investigation = "@andrea Hola Andrea, ¿nos mandas por DM el número de guía? Abrimos una investigación y te respondemos"
    assert promo_matches(investigation) == ["dm_collab"]  # "investigación" is no investment pitch
    texts = replies + [investigation] + fakes
    never = "@lucia.mx lamentamos las molestias, escríbenos por DM tu número de cliente (nunca tu contraseña)"
    assert [is_support_reply(promo_matches(t), t) for t in [*texts, never]] == [True] * 5 + [False] * 5 + [True]
    for encoder in (None, False):
        res = model.predict_texts(texts, encoder=encoder)
        assert [r.label for r in res[:5]] == ["genuine"] * 5
        assert all(r.probs["spam"] <= config.AUTH_SUPPORT_SPAM_MAX + 1e-9 for r in res[:5])
        assert "a support reply to a customer, in the account's own voice" in res[0].reasons
        assert [r.label for r in res[5:9]] == ["spam"] * 4  # the fifth is left to the heads


def test_scam_alerts_read_genuine(model):
    """Blind probe: 7 of 25 warnings about scammers read spam ("do NOT message @x, he scammed my brother": the n-grams
    took "message" and "scammed" for a pitch). A warning that vouches for nobody is genuine, its quotes of the scam set
    aside; one that ends by recommending a handle or asks to be contacted is the scam in a warning's clothes."""
    from analyzer.authenticity.lexicon import is_scam_alert

    alerts = ["@caro_22 do NOT message @fix_my_ig_now, he took $300 from my cousin and blocked her",
              "los que comentan 'un experto me recuperó la cuenta' son estafadores, no les escriban y repórtenlos",
              "me llegó un mensaje de una cuenta igualita a esta diciendo que gané un iPhone, obvio reportada",
              "Cuidado con @premios.oficial_mx, te piden pagar el envío del premio y desaparecen"]
    scams = ["beware of fake hackers in these comments, only @real_recovery_pro is legit, he got my account back",
             "ojo con los estafadores, a mí me ayudó @recupera.cuentas, escríbanle",
             "don't trust the bots here, DM me and I'll tell you who recovered my funds",
             "cuidado con las cuentas falsas! la oficial es @sorteo_real_2024, escríbenos"]
    assert [is_scam_alert(t) for t in alerts + scams] == [True] * 4 + [False] * 4
    # Spain's "vosotros" contact ask ends the warning as a pitch too (eighth blind probe set)
    assert not is_scam_alert("Cuidado con las cuentas que os escriben prometiendo viajes gratis, es todo mentira. Si "
                             "queréis viajar ganando desde casa, escribidme por privado y os cuento")
    for encoder in (None, False):
        res = model.predict_texts(alerts + scams, encoder=encoder)
        assert [r.label for r in res[:4]] == ["genuine"] * 4
        assert all(r.probs["spam"] <= config.AUTH_WARNING_SPAM_MAX + 1e-9 for r in res[:4])
        assert "warns others about a scam or scammer" in res[0].reasons
        assert [r.label for r in res[4:7]] == ["spam"] * 3  # the fourth is left to the heads (a brand says it too)


def test_stock_praise_reads_superficial(model):
    """Blind probe (eleventh set): 13 of 20 comments written as engagement bots driven by a language model write them
    ("What a wonderful reminder that… Your passion truly shines through 🌿✨") read genuine, "specific to the post",
    because they say the caption back. Two stock phrases and nothing of the writer's own make them superficial; a
    person who adds their own story or asks something keeps the heads' verdict."""
    from analyzer.authenticity.lexicon import is_stock_praise

    caption = "Day 200 of learning piano on my own 🎹 Chopin's Nocturne in E-flat, finally"
    bots = ["What a beautiful testament to consistency! Your dedication to the piano truly shines through in every "
            "note. Keep inspiring us 🎹✨",
            "¡Qué hermosa forma de demostrar que la constancia da frutos! Sin duda un contenido valioso, gracias por "
            "compartir tu camino con el piano 💛"]
    people = ["Your dedication truly shows. I practised scales for a year before I could play a nocturne, how many "
              "hours a day do you do?",
              "Sin duda el mejor de todos tus videos, mi hija lo escuchó tres veces seguidas y ahora quiere clases"]
    assert [is_stock_praise(t) for t in bots + people] == [True, True, False, False]
    for encoder in (None, False):
        res = model.predict_texts(bots + people, captions=[caption] * 4, encoder=encoder)
        assert [r.label for r in res[:2]] == ["superficial"] * 2
        assert all(r.probs["superficial"] >= (1 - r.probs["spam"]) * config.AUTH_STOCK_PRAISE_SUPERFICIAL_MIN - 1e-6
                   for r in res[:2])
        assert any("stock phrases" in why for why in res[0].reasons)
        assert [r.label for r in res[2:]] == ["genuine"] * 2


def test_investment_referrals_read_spam_unless_the_handle_is_the_creators(model):
    """The investment scam's testimonial crediting a third party's handle (ScamSpot's commonest scam; 6 of its 84
    missed scams out of fold) is spam; a customer thanking the post's own creator for a withdrawal is not a
    referral, and a warning about such a handle is not one either."""
    from analyzer.authenticity.lexicon import is_investment_referral

    scams = ["started with $500 and withdrew $6,200 ten days later, thank you @grace.fx.signals, she is the best",
             "invertí 300 dólares con el mentor @cripto.andres_mx y ya hice mi primer retiro, 100% recomendado"]
    customer = "thanks @bitvault, my withdrawal arrived in minutes, best exchange I have used"
    warning = "cuidado con @trader.ana_fx, le deposité 500 dólares y me bloqueó"
    assert [is_investment_referral(t) for t in scams + [customer, warning]] == [True, True, True, False]
    assert not is_investment_referral(customer, creator="@BitVault")
    assert not is_investment_referral("my withdrawal arrived in minutes, thank you @bitvault.", creator="bitvault")
    for encoder in (None, False):
        res = model.predict_texts(scams, encoder=encoder)
        assert [r.label for r in res] == ["spam"] * 2
        assert all(r.probs["spam"] >= config.AUTH_INVESTMENT_REFERRAL_SPAM_MIN - 1e-9 for r in res)
        assert "credits someone else's handle for investment gains (investment scam)" in res[0].reasons
    nc = normalize_batch([customer, customer])
    unknown, known = model.predict(nc, creators=[None, "bitvault"])
    assert unknown.label == "spam" and known.label != "spam"


def test_personal_stories_naming_no_one_to_contact_are_not_spam(model, monkeypatch):
    """Long first-person stories about hacks, scams escaped and lost money read spam (7 of 20 genuine stories in the
    sixth blind probe set; 21 of ScamSpot's 95 long real comments out of fold): the spam head reads their hack,
    crypto and DM words as a pitch. A story that names no one to contact is capped; what a testimonial adds
    (another's handle, a named expert and gains, a hashtag, "escríbele") keeps the heads' verdict."""
    from analyzer.authenticity.lexicon import is_personal_story

    stories = [
        "My Instagram got hacked last spring and I lost every photo of my daughter's first year. Within an hour I had "
        "twenty DMs from 'recovery experts' asking for crypto up front. I paid none of them, filled in the official "
        "form twice, sent the video selfie and got my account back after nine days. Slow and boring, but it worked "
        "and it cost me nothing.",
        "A mí me vaciaron la cuenta del banco con un link falso que me llegó por SMS, 2.300 soles que había juntado "
        "para el colegio de mi hijo. Fui a la agencia al día siguiente, hice la denuncia y después de un mes me "
        "devolvieron una parte. Desde entonces no abro ningún enlace, llamo yo al banco y ya. Gracias por explicar "
        "esto tan claro."]
    pitches = [
        stories[0][:-1] + ", all thanks to @recoverywithmike, message him.",
        "I was drowning in debt and crying over my bank statements every month. Then a friend introduced me to Mrs. "
        "Helen Carter, a licensed forex manager. I invested just £500 and within two weeks I received £6,800 straight "
        "into my account. I've paid everything off and I'm finally helping my parents. If you're tired of "
        "struggling, she only takes a few clients.",
        "I lost my job last year and thought it was the end of the world for my family and me. I joined the "
        "#wealthwithsophia__ program with a little investment and my life changed, I can pay my rent and my kids' "
        "school again. I never believed in these things but I was wrong, God bless her for what she does for us.",
        "Hace un año yo ganaba el mínimo y no me alcanzaba ni para la renta de mi cuarto. Empecé a invertir con la "
        "licenciada Mariana Ortiz y con solo 1,500 pesos recibí ganancias cada semana directo a mi cuenta. Hoy ya pagué "
        "mis deudas y renté un depa propio. Yo también dudaba, pero es real, escríbele y dile que vas de mi parte."]
    # the hashtag is the normaliser's count, read by the model, not by the text rule
    assert [is_personal_story(t) for t in stories + pitches] == [True, True, False, False, True, False]
    others = [  # a spell caster reached by name, a plea for money, a mentor credited for money made from home
        "My husband walked out two years ago and I cried every night until I read about Priest Aldo and his love "
        "spells. I was sceptical but I had nothing left to lose. Three days after he cast the spell my husband came "
        "home begging for forgiveness. If your relationship is broken, just send Priest Aldo a message.",
        "God bless you for this video. Please i am a student from a poor family and i was sent out of school because "
        "i couldn't pay my school fees. My mother is a widow selling vegetables and it is not enough to feed us. I am "
        "begging anybody with a good heart to help me, even $10 will go far, God will reward you.",
        "Yo también llevaba años gastándome el sueldo en cosas que no funcionaban, hasta que mi mentora Beatriz Soler "
        "me enseñó a ganar dinero desde casa con su método y ahora me puedo permitir todo lo que necesito. Beatriz me "
        "cambió la vida, de verdad. Si alguna quiere saber cómo, que le pregunte a ella, es súper cercana."]
    assert not any(is_personal_story(t) for t in others)
    thanked = stories[0] + " Thank you @lau.finanzas for the video."
    assert not is_personal_story(thanked) and is_personal_story(thanked, creator="lau.finanzas")  # the post's creator
    assert not is_personal_story(" ".join(stories[0].split()[:30]))  # short: the heads alone decide
    arr = model.predict_arrays(normalize_batch(stories + pitches))
    assert arr["story"].tolist() == [True, True, False, False, False, False]
    for encoder in (None, False):
        res = model.predict_texts(stories + pitches, encoder=encoder)
        assert [r.label for r in res] == ["genuine"] * 2 + ["spam"] * 4
        assert all(r.probs["spam"] <= config.AUTH_PERSONAL_STORY_SPAM_MAX + 1e-6 for r in res[:2])
        assert "a personal story that names no one to contact and pitches nothing" in res[0].reasons
    monkeypatch.setattr(config, "AUTH_PERSONAL_STORY_SPAM_MAX", 1.0)  # the heads alone read the first story as spam
    assert model.predict_texts(stories[:1])[0].label == "spam"


def test_named_referrals_read_spam_and_warnings_about_the_person_do_not(model):
    """The referral scam that names a titled person instead of a handle (the eighth blind probe set's spell casters, healers
    and "recovery consultants" read genuine, 6 of its 16 missed scams): credited for money back, a cure or a partner
    returned, with a way to reach them. A warning about the same person, or a lowercased name, is left to the
    heads."""
    from analyzer.authenticity.lexicon import is_named_referral

    scams = ["Yo sufría mucho porque mi esposo me dejó por otra. Probé de todo hasta que una vecina me habló del "
             "Maestro Lucio, que hace amarres de amor. En siete días mi esposo regresó arrepentido. Llámenlo, su ayuda "
             "es de verdad.",
             "The bank refused to refund me. What finally worked was a recovery officer, Mr. James Whitaker, who got "
             "my £8,400 back in three weeks. Don't give up, he's easy to find on here."]
    warning = ("Cuidado con el supuesto ingeniero Carlos Méndez, me prometió recuperar mi cuenta por 200 dólares y me "
               "bloqueó. No lo contacten.")
    fan = "Dr. Patel's video on debt finally made me call the bank and ask for a payment plan, thank you"
    assert [is_named_referral(t) for t in scams + [warning, fan, scams[1].lower()]] == [True, True, False, False, False]
    for encoder in (None, False):
        res = model.predict_texts(scams, encoder=encoder)
        assert [r.label for r in res] == ["spam"] * 2
        assert all(r.probs["spam"] >= config.AUTH_NAMED_REFERRAL_SPAM_MIN - 1e-6 for r in res)
        assert "credits a named private person and says how to reach them (referral scam)" in res[1].reasons
