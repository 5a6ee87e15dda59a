"""The n-gram sentiment model (analyzer/lexical.py) and its fusion into the sentiment stage."""

from __future__ import annotations

import json

import numpy as np
import pytest

from analyzer.lexical import LEXICAL_FORMAT, LexicalSentiment

# real-register comments, labelled 0 negative / 1 neutral / 2 positive
TRAIN = [
    ("qué asco de servicio, nunca más compro aquí", 0), ("horrible, me llegó roto y nadie responde", 0),
    ("worst purchase ever, total waste of money", 0), ("this is awful, the app crashes every time", 0),
    ("malísimo el final, me decepcionó", 0), ("I hate how slow the delivery was", 0),
    ("¿a qué hora es el directo mañana?", 1), ("what size is the blue one?", 1),
    ("el pedido llega el martes según la web", 1), ("the store opens at 9 on sundays", 1),
    ("¿cuánto cuesta el envío a Colombia?", 1), ("is this available in europe?", 1),
    ("me encanta, qué bonito te quedó 😍", 2), ("love this so much, amazing work", 2),
    ("buenísimo el vídeo, gracias por compartir", 2), ("great job, the colours look perfect", 2),
    ("qué maravilla, lo quiero ya", 2), ("best thing I bought this year, so happy", 2),
]


def _fit(**kw) -> LexicalSentiment:
    texts, y = zip(*TRAIN, strict=True)
    return LexicalSentiment(C=10.0, min_df=1, n_features=2 ** 16, **kw).fit(list(texts), list(y))


def test_fit_separates_the_training_classes_and_outputs_log_probabilities():
    model = _fit()
    texts, y = zip(*TRAIN, strict=True)
    assert (model.predict(list(texts)) == np.array(y)).mean() >= 0.9
    lp = model.predict_log_proba(["me encanta 😍", "qué asco", "what time is it?"])
    assert lp.shape == (3, 3) and (lp <= 0).all()
    np.testing.assert_allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)
    assert lp[0].argmax() == 2 and lp[1].argmax() == 0
    assert model.predict_log_proba([]).shape == (0, 3)


def test_min_df_keeps_only_columns_seen_in_enough_texts():
    texts, y = zip(*TRAIN, strict=True)
    loose = LexicalSentiment(min_df=1, n_features=2 ** 16).fit(list(texts), list(y))
    strict = LexicalSentiment(min_df=2, n_features=2 ** 16).fit(list(texts), list(y))
    assert 0 < strict.columns_.size < loose.columns_.size
    # a column seen in one text has the largest idf; min_df=2 drops every one of them
    assert strict.idf_.max() < loose.idf_.max()


def test_sample_weight_moves_the_decision():
    texts, y = [t for t, _ in TRAIN], np.array([lab for _, lab in TRAIN])
    probe = ["me encanta el envío"]
    plain = LexicalSentiment(min_df=1, n_features=2 ** 16).fit(texts, y)
    w = np.where(y == 1, 8.0, 1.0)  # neutral rows count 8 times
    heavy = LexicalSentiment(min_df=1, n_features=2 ** 16).fit(texts, y, w)
    assert heavy.predict_log_proba(probe)[0, 1] > plain.predict_log_proba(probe)[0, 1]


def test_save_load_round_trip_is_plain_arrays_and_json(tmp_path):
    model = _fit()
    path = model.save(tmp_path / "lexical_es.safetensors", {"lang": "es"})
    cfg = json.loads(path.with_suffix(".json").read_text())
    assert cfg["format"] == LEXICAL_FORMAT and cfg["lang"] == "es" and cfg["n_columns"] == model.columns_.size
    from safetensors.numpy import load_file

    assert set(load_file(str(path))) == {"columns", "idf", "coef", "intercept", "classes"}
    back = LexicalSentiment.load(path)
    probe = ["qué bonito", "nunca más", "what size?", "😍😍"]
    np.testing.assert_allclose(back.predict_log_proba(probe), model.predict_log_proba(probe), atol=2e-2)
    assert back.predict(probe).tolist() == model.predict(probe).tolist()
    path.with_suffix(".json").write_text(json.dumps({**cfg, "format": "something-else"}))
    with pytest.raises(ValueError, match="not a comment-analyzer/lexical-sentiment"):
        LexicalSentiment.load(path)


def _tiny_artifact(tmp_path, weights: dict):
    """A copy of the shipped artifact's config with this test's n-gram model and weights."""
    from analyzer.config import models_dir
    from analyzer.sentiment import ARTIFACT_CONFIG, ARTIFACT_WEIGHTS, lexical_file

    src = models_dir() / "sentiment"
    (tmp_path / ARTIFACT_WEIGHTS).symlink_to(src / ARTIFACT_WEIGHTS)
    cfg = json.loads((src / ARTIFACT_CONFIG).read_text())
    cfg.pop("spam_branch", None)
    cfg["logit_bias_by_lang"] = {}
    cfg["lexical_weight_by_lang"] = weights
    (tmp_path / ARTIFACT_CONFIG).write_text(json.dumps(cfg))
    _fit().save(tmp_path / lexical_file("es"))
    return tmp_path


@pytest.mark.slow
def test_sentiment_model_adds_the_weighted_ngram_log_probabilities_to_rows_of_that_language(tmp_path):
    from analyzer.config import models_dir
    from analyzer.sentiment import SentimentModel, SentimentModelError

    if not (models_dir() / "sentiment" / "sentiment_config.json").exists():
        pytest.skip("no shipped model")
    art = _tiny_artifact(tmp_path, {"es": 1.0})
    texts = ["qué asco de servicio", "me encanta 😍", "what size is it?", "love this"]
    langs = ["es", "es", "en", "en"]
    fused = SentimentModel.load(art, engine="torch", idioms=False)  # the fusion alone ("love this" is an idiom)
    raw = SentimentModel.load(art, engine="torch", lexical=False, idioms=False)
    assert set(fused.lexical) == {"es"} and not raw.lexical
    a, b = fused.predict(texts, langs=langs), raw.predict(texts, langs=langs)
    lex = fused.lexical["es"][0].predict_log_proba(texts[:2])
    expect = np.log(b.probs[:2]) + lex
    expect = np.exp(expect - expect.max(1, keepdims=True))
    np.testing.assert_allclose(a.probs[:2], expect / expect.sum(1, keepdims=True), atol=1e-4)
    np.testing.assert_allclose(a.probs[2:], b.probs[2:], atol=1e-6)  # English rows: no English model
    # a weight of 0 loads nothing; a named file that is missing is a clear error
    (tmp_path / "zero").mkdir()
    assert not SentimentModel.load(_tiny_artifact(tmp_path / "zero", {"es": 0.0}), engine="torch").lexical
    (tmp_path / "missing").mkdir()
    _tiny_artifact(tmp_path / "missing", {"en": 0.5})
    with pytest.raises(SentimentModelError, match="cannot load the en lexical model"):
        SentimentModel.load(tmp_path / "missing", engine="torch")
