"""Sentiment stage: label mapping, Hugging Face swap-in (a tiny random model saved here), the shipped model."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from analyzer.config import SENTIMENT_LABELS, models_dir
from analyzer.sentiment import SentimentModel, SentimentModelError, map_labels


def _tiny_hf_model(path, id2label: dict[int, str]) -> None:
    """Save a randomly initialised BERT classifier + word-level tokenizer that `from_pretrained` can load."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"] + "i love hate this que asco me encanta good bad".split()
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]"
    )
    fast.save_pretrained(str(path))
    torch.manual_seed(0)
    cfg = BertConfig(
        vocab_size=len(words),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(id2label),
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    BertForSequenceClassification(cfg).save_pretrained(str(path))


TEXTS = ["i love this", "que asco", "me encanta", "bad", "x" * 5000, ""]


def test_map_labels_three_class_any_case():
    m = map_labels({0: "Negative", 1: "NEUTRAL", 2: "positive"})
    assert (m == np.eye(3)).all()
    m = map_labels({0: "positive", 1: "negative", 2: "neutral"})  # order differs from ours
    assert m[0].argmax() == 2 and m[1].argmax() == 0 and m[2].argmax() == 1


def test_map_labels_two_class_and_stars():
    two = map_labels({0: "NEG", 1: "POS"})
    assert two.tolist() == [[1, 0, 0], [0, 0, 1]]
    stars = map_labels({0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"})
    assert stars.argmax(1).tolist() == [0, 0, 1, 2, 2]


def test_map_labels_rejects_unnamed_labels():
    with pytest.raises(SentimentModelError, match="cannot map"):
        map_labels({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    with pytest.raises(SentimentModelError, match="negative or a positive"):
        map_labels({0: "neutral", 1: "positive"})


def test_swap_in_hf_three_class_model(tmp_path):
    _tiny_hf_model(tmp_path, {0: "negative", 1: "neutral", 2: "positive"})
    model = SentimentModel.load(tmp_path)
    out = model.predict(TEXTS)
    assert out.probs.shape == (len(TEXTS), 3)
    assert np.allclose(out.probs.sum(1), 1.0, atol=1e-5)
    assert set(out.labels) <= set(SENTIMENT_LABELS)
    assert ((out.scores >= -1) & (out.scores <= 1)).all()
    assert out.embeddings is None  # a foreign model gives no e5 embeddings
    # batching and length sorting must not reorder results
    one_by_one = np.vstack([model.predict([t]).probs for t in TEXTS])
    assert np.allclose(one_by_one, out.probs, atol=1e-5)
    first = out[0]
    assert (
        first.label == out.labels[0]
        and abs(first.score - (first.probs["positive"] - first.probs["negative"])) < 1e-6
    )


def test_swap_in_five_star_model_collapses_to_three(tmp_path):
    _tiny_hf_model(tmp_path, {0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"})
    model = SentimentModel.load(tmp_path)
    with torch.no_grad():
        raw = torch.softmax(
            model.net.model(**model.tokenizer(["i love this"], return_tensors="pt")).logits, -1
        )[0]
    got = model.predict(["i love this"]).probs[0]
    assert got[0] == pytest.approx(float(raw[0] + raw[1]), abs=1e-5)
    assert got[2] == pytest.approx(float(raw[3] + raw[4]), abs=1e-5)


def test_swap_in_unmappable_model_is_a_clear_error(tmp_path):
    _tiny_hf_model(tmp_path, {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    with pytest.raises(SentimentModelError, match="cannot map"):
        SentimentModel.load(tmp_path)


def test_missing_model_path_is_a_clear_error(tmp_path):
    with pytest.raises(SentimentModelError):
        SentimentModel.load(tmp_path / "nope")


@pytest.mark.slow
@pytest.mark.skipif(
    not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model"
)
def test_shipped_model_reads_spanish_and_english():
    model = SentimentModel.load()
    texts = [
        "Me encanta, qué buena receta, gracias!! 😍",
        "Qué asco de servicio, nunca más compro aquí 😡",
        "I absolutely love this, best video ever ❤️",
        "This is terrible, worst purchase I've made",
        "x" * 20000,
    ]
    out = model.predict(texts, return_embeddings=True)
    assert out.labels[:4] == ["positive", "negative", "positive", "negative"]
    assert out.embeddings.shape == (5, 384)
    assert np.allclose(np.linalg.norm(out.embeddings, axis=1), 1.0, atol=1e-4)
    int8 = SentimentModel.load(precision="int8").predict(texts[:4])
    assert int8.labels == out.labels[:4]
