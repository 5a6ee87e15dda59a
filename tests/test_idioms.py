"""The idiom rule: a comment that is only a praise/complaint idiom takes that idiom's class."""

from __future__ import annotations

import numpy as np
import pytest

from analyzer.config import SENTIMENT_IDIOM_WEIGHT, SENTIMENT_LABELS, models_dir
from analyzer.idioms import polarity

POS, NEG = SENTIMENT_LABELS.index("positive"), SENTIMENT_LABELS.index("negative")


@pytest.mark.parametrize("text, expected", [
    ("me encantó 😍", POS),
    ("Qué temazo!!", POS),
    ("@ana.g es una pasadaaa jajaja", POS),
    ("Mola muchísimo el vídeo, tío", POS),
    ("this slaps 🔥🔥", POS),
    ("LOVE IT", POS),
    ("qué asco de video", NEG),
    ("ewww", NEG),
    ("so cringe 💀", NEG),
    ("Esto está de puta madre", POS),  # a phrase read as one word
    ("no cap this is fire", POS),  # "no cap" is "no lie", not a negation
    ("this is mid ngl", NEG),
    # QA (LatAm): tenderness and regional praise read negative or neutral; "causa", "saludos" are fillers
    ("Ay qué ternura 🥺", POS),
    ("qué chimba 🔥", POS),
    ("demasiado chévere tu contenido causa, saludos", POS),
    ("buenazo causa", POS),
    # left to the model: negation, a second clause, mixed polarity, an unknown word, nothing but emoji
    ("no me encantó", None),
    ("ni tan mal", None),
    ("me encanta pero llegó roto", None),
    ("brutal el accidente", None),
    ("genial y horrible", None),
    ("not great", None),
    ("puta madre", None),  # alone it is as often anger
    ("😍😍😍", None),
    ("", None),
])
def test_polarity_fires_only_on_whole_idiom_comments(text, expected):
    assert polarity(text) == expected


def test_a_long_comment_is_never_an_idiom():
    assert polarity("me encanta " * 6) == POS
    assert polarity("me encanta " * 7) is None  # 14 words: it says more than its idiom


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
def test_the_model_takes_the_idioms_class_and_leaves_other_comments_alone():
    from analyzer.sentiment import SentimentModel

    texts = ["me encantó", "Es una pasada", "qué chévere", "¿dónde compraste la chaqueta?", "Qué asco de video"]
    plain = SentimentModel.load(idioms=False, spam_branch=False).predict(texts)
    ruled = SentimentModel.load(spam_branch=False).predict(texts)
    assert ruled.labels[:3] == ["positive"] * 3 and ruled.labels[4] == "negative"
    # the model alone misread at least one of the idioms (why the rule exists); the rest is untouched
    assert any(label != "positive" for label in plain.labels[:3])
    np.testing.assert_allclose(ruled.probs[3], plain.probs[3])
    expected = (1 - SENTIMENT_IDIOM_WEIGHT) * plain.probs[0]
    expected[POS] += SENTIMENT_IDIOM_WEIGHT
    np.testing.assert_allclose(ruled.probs[0], expected, rtol=1e-5)
