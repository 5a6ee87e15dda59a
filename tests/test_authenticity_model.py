"""The shipped authenticity artifact: safe loading, verdicts, bot_like/genuine_weight, reasons, evaluate_csv."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone

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
    with pytest.raises(ValueError):
        map_labels(["maybe"])


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
