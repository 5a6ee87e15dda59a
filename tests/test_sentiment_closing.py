"""Long comments are read by their closing sentence too (analyzer/sentiment.py `closing_sentence`)."""

from __future__ import annotations

import numpy as np
import pytest

from analyzer.config import SENTIMENT_CLOSING_MIN_WORDS, SENTIMENT_CLOSING_WEIGHT
from analyzer.sentiment import closing_sentence

STORY = ("El año pasado me quedé sin trabajo, con dos niños y sin saber cómo pagar la renta, lloraba todas las noches "
         "y no tenía ganas de nada. Una vecina me pasó tus videos de presupuesto y empecé a anotar cada peso que "
         "gastaba. Hoy terminé de pagar la última deuda y abrí una cuenta de ahorro para mis hijos, gracias!! 🙏")
LAST = "Hoy terminé de pagar la última deuda y abrí una cuenta de ahorro para mis hijos, gracias!!"


def test_closing_sentence_is_the_last_real_sentence_of_a_long_comment():
    # a trailing emoji-only piece is not a sentence; the one before it closes the comment
    assert closing_sentence(STORY) == LAST
    assert closing_sentence(STORY.replace("!! 🙏", " 🙏")) == LAST[:-2] + " 🙏"
    short = "me encantó. lo hice ayer y salió perfecto, gracias!"
    assert len(short.split()) <= SENTIMENT_CLOSING_MIN_WORDS and closing_sentence(short) is None
    run_on = " ".join(["y luego fuimos al mercado"] * 8)  # long, but one sentence
    assert len(run_on.split()) > SENTIMENT_CLOSING_MIN_WORDS and closing_sentence(run_on) is None
    assert closing_sentence("") is None


@pytest.fixture(scope="module")
def models():
    from analyzer.sentiment import SentimentModel

    return (SentimentModel.load(spam_branch=False), SentimentModel.load(spam_branch=False, closing=False))


def test_a_long_comment_mixes_in_its_closing_sentence_and_short_ones_are_untouched(models):
    on, off = models
    texts = [STORY, "qué rico se ve, mañana lo preparo", "Not worth it. The battery died after a week."]
    mixed, plain = on.predict(texts), off.predict(texts)
    end = off.predict([closing_sentence(STORY)])
    expected = (1 - SENTIMENT_CLOSING_WEIGHT) * plain.probs[0] + SENTIMENT_CLOSING_WEIGHT * end.probs[0]
    np.testing.assert_allclose(mixed.probs[0], expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(mixed.probs[1:], plain.probs[1:])  # short: no closing sentence
    # the story of debt ends paid off: the model alone weighs its hardship, the closing sentence adds its verdict
    assert mixed.probs[0, 2] - plain.probs[0, 2] > 0.1
    # embeddings are the whole comment's, as the authenticity stage was fitted on
    np.testing.assert_allclose(on.predict(texts, return_embeddings=True).embeddings,
                               off.predict(texts, return_embeddings=True).embeddings)
