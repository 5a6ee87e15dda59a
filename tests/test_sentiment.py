"""Sentiment stage: label mapping, Hugging Face swap-in (a tiny random model saved here), the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_map_labels_rejects_a_label_named_twice():
    with pytest.raises(SentimentModelError, match="name 'negative' more than once"):
        map_labels({0: "negative", 1: "Negative", 2: "positive"})
    assert map_labels({0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"}).shape == (5, 3)


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


def test_swap_in_folder_without_its_tokenizer_is_refused(tmp_path):
    """QA: a folder holding only config.json and the weights loaded a stand-in tokenizer of BERT's 5 special tokens;
    every word was [UNK], and every comment got the same prediction without a word."""
    from transformers import BertConfig, BertForSequenceClassification

    cfg = BertConfig(vocab_size=1000, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32, max_position_embeddings=64, num_labels=3,
                     id2label={0: "negative", 1: "neutral", 2: "positive"})
    BertForSequenceClassification(cfg).save_pretrained(str(tmp_path))
    with pytest.raises(SentimentModelError, match="tokenizer has 5 tokens for a model of 1,000.*tokenizer files"):
        SentimentModel.load(tmp_path)


def test_max_tokens_is_checked_against_what_the_model_takes(tmp_path):
    """QA: max_tokens above the model's positions crashed on the first long comment, and 1-2 (the special tokens
    alone) turned truncation off; left out, it is MAX_TOKENS cut to the model's positions (64 here)."""
    _tiny_hf_model(tmp_path, {0: "negative", 1: "neutral", 2: "positive"})
    assert SentimentModel.load(tmp_path).max_tokens == 64
    long_text = " ".join(["good"] * 300)
    assert SentimentModel.load(tmp_path, max_tokens=64).predict([long_text, "bad"]).probs.shape == (2, 3)
    with pytest.raises(SentimentModelError, match="max_tokens 65 is more than .* takes \\(64 tokens\\)"):
        SentimentModel.load(tmp_path, max_tokens=65)
    with pytest.raises(SentimentModelError, match="no room for text.*at least 3"):
        SentimentModel.load(tmp_path, max_tokens=2)
    assert SentimentModel.load(tmp_path, max_tokens=3)._encode([long_text]) == [[2, 12, 3]]  # [CLS] good [SEP]
    with pytest.raises(SentimentModelError, match="max_tokens 513 is more than"):
        SentimentModel.load("fast", engine="torch", max_tokens=513)


def test_swap_in_model_without_a_padding_token_pads_with_end_of_text(tmp_path):
    """QA: a GPT-2 style classifier (no padding token) failed on any batch of two or more comments."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import GPT2Config, GPT2ForSequenceClassification, PreTrainedTokenizerFast

    words = ["<|endoftext|>", "<unk>"] + "i love hate this que asco me encanta good bad".split()
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", eos_token="<|endoftext|>",
                            bos_token="<|endoftext|>").save_pretrained(str(tmp_path))
    torch.manual_seed(0)
    cfg = GPT2Config(vocab_size=len(words), n_embd=16, n_layer=1, n_head=2, n_positions=32, num_labels=3,
                     id2label={0: "negative", 1: "neutral", 2: "positive"}, pad_token_id=None)
    GPT2ForSequenceClassification(cfg).save_pretrained(str(tmp_path))
    model = SentimentModel.load(tmp_path, idioms=False)
    texts = ["i love this", "bad", "que asco me encanta good", "hate"]
    together = model.predict(texts).probs
    assert np.allclose(together, np.vstack([model.predict([t]).probs for t in texts]), atol=1e-5)


def test_bf16_on_a_cpu_without_it_warns(monkeypatch):
    """QA: --precision bf16 on an AVX2 CPU ran emulated, 7.6x slower than fp32, without a word."""
    import warnings

    import analyzer.sentiment as sentiment

    for native in (False, True):
        monkeypatch.setattr(sentiment, "cpu_has_bf16", lambda native=native: native)
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            SentimentModel.load("fast", engine="torch", precision="bf16")
        said = [str(w.message) for w in seen if issubclass(w.category, RuntimeWarning)]
        assert any("no native bfloat16" in m for m in said) is not native


def test_threads_apply_while_the_model_runs_not_to_the_process(monkeypatch):
    """QA: SentimentModel.load(threads=1) set torch's process-wide count, so a model loaded later with the default
    ("all cores"), and any other torch code, ran on one thread. Now the count is set around each predict."""
    seen = []
    before = torch.get_num_threads()
    n = 1 if before > 1 else 2
    model = SentimentModel.load("fast", engine="torch", threads=n)
    assert torch.get_num_threads() == before  # loading changes nothing for the rest of the process
    real = model.net.forward

    def spy(*a, **k):
        seen.append(torch.get_num_threads())
        return real(*a, **k)

    monkeypatch.setattr(model.net, "forward", spy)
    model.predict(["qué buen video", "no me gustó nada"])
    assert seen and set(seen) == {n} and torch.get_num_threads() == before
    assert SentimentModel.load("fast", engine="torch").threads is None and torch.get_num_threads() == before


def test_predict_repairs_unpaired_surrogates():
    """QA: a text with a lone surrogate (an API caller's half an emoji) failed in the tokenizer with a TypeError."""
    model = SentimentModel.load("fast", engine="torch")
    out = model.predict(["me encanta \ud83d", "me encanta \ufffd"])
    assert np.allclose(out.probs[0], out.probs[1])


def _count_rows(model: SentimentModel) -> list[int]:
    """Rows per network call, recorded by wrapping the module's forward."""
    seen: list[int] = []
    forward = model.net.forward

    def counting(input_ids, attention_mask):
        seen.append(int(input_ids.shape[0]))
        return forward(input_ids, attention_mask)

    model.net.forward = counting
    return seen


def test_identical_texts_run_through_the_network_once(tmp_path):
    _tiny_hf_model(tmp_path, {0: "negative", 1: "neutral", 2: "positive"})
    model = SentimentModel.load(tmp_path)
    seen = _count_rows(model)
    texts = ["i love this", "bad", "i love this", "que asco", "bad", "i love this"]
    out = model.predict(texts)
    assert sum(seen) == 3  # three distinct texts
    model.dedupe = False
    seen.clear()
    full = model.predict(texts)
    assert sum(seen) == 6
    np.testing.assert_allclose(out.probs, full.probs, atol=1e-6)
    assert out.labels == full.labels and out.labels[0] == out.labels[2] == out.labels[5]
    model.dedupe = True
    seen.clear()
    model.predict(["bad", "bad"], langs=["en", "es"])  # a stated language is part of what makes rows alike
    assert sum(seen) == 2


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
def test_shipped_model_dedupe_broadcasts_embeddings_and_probabilities():
    model = SentimentModel.load(engine="torch")
    texts = ["😍😍😍", "qué rico se ve, ¿lleva comino?", "😍😍😍", "nice pic", "😍😍😍"]
    out = model.predict(texts, return_embeddings=True)
    model.dedupe = False
    full = model.predict(texts, return_embeddings=True)
    np.testing.assert_allclose(out.probs, full.probs, atol=1e-5)
    np.testing.assert_allclose(out.embeddings, full.embeddings, atol=1e-5)
    assert (out.embeddings[0] == out.embeddings[4]).all()


def test_swap_in_five_star_model_collapses_to_three(tmp_path):
    _tiny_hf_model(tmp_path, {0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"})
    model = SentimentModel.load(tmp_path, idioms=False)  # the label mapping alone ("i love this" is an idiom)
    with torch.no_grad():
        raw = torch.softmax(
            model.net.model(**model.tokenizer(["i love this"], return_tensors="pt")).logits, -1
        )[0]
    got = model.predict(["i love this"]).probs[0]
    assert got[0] == pytest.approx(float(raw[0] + raw[1]), abs=1e-5)
    assert got[2] == pytest.approx(float(raw[3] + raw[4]), abs=1e-5)


def test_logit_bias_of_the_wrong_width_is_a_clear_error(tmp_path):
    """A bias must have one value per model logit (5 for a star model), per language too."""
    _tiny_hf_model(tmp_path, {0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"})
    with pytest.raises(SentimentModelError, match="'en' has 3 values; this model has 5 logits"):
        SentimentModel.load(str(tmp_path), logit_bias={"en": [0.0, 1.0, 0.0]})
    model = SentimentModel.load(str(tmp_path), logit_bias={"en": [0.0, 0.0, 0.0, 0.0, 9.0]})
    out = model.predict(["good", "good"], langs=["en", "es"])
    assert out.labels[0] == "positive" and out.probs[0, 2] > out.probs[1, 2]


def test_swap_in_unmappable_model_is_a_clear_error(tmp_path):
    _tiny_hf_model(tmp_path, {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    with pytest.raises(SentimentModelError, match="cannot map"):
        SentimentModel.load(tmp_path)


def test_missing_model_path_is_a_clear_error(tmp_path, monkeypatch):
    """Names that cannot be a hub model fail at once with the reason (offline, the hub lookup of a typo
    retried for ~50 s, then blamed the connection)."""
    import transformers

    def no_hub(*a, **k):  # these names must never reach the hub
        raise AssertionError("asked the Hugging Face hub")

    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", no_hub)
    for name, why in ((tmp_path / "nope", "no such model folder"), (str(tmp_path / "nope"), "no such model folder"),
                      ("fastt", "did you mean 'fast'"), ("defualt", "did you mean 'default'"),
                      (str(tmp_path), "neither a comment-analyzer model"),
                      ("a/b/c", "no such model folder")):  # a hub name has one "/"
        with pytest.raises(SentimentModelError, match=why):
            SentimentModel.load(name)
    # QA: "models/sentimnt" (its first folder exists here) waited ~50 s on the hub as if it were "org/name"
    (tmp_path / "models").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SentimentModelError, match="no such model folder"):
        SentimentModel.load("models/sentimnt")
    assert SentimentModel.load(" Fast ", engine="torch").name.endswith("sentiment-fast")  # aliases ignore case


def test_a_hub_name_out_of_reach_is_read_from_the_cache_or_refused_at_once(tmp_path, monkeypatch):
    """QA: offline, a hub name (a typo, or a model never downloaded) went through five retries, about a minute,
    before transformers said it was not cached. One short connection attempt decides: out of reach, a cached
    model loads from the cache alone and an uncached name is refused with both reasons."""
    import socket

    import transformers
    from huggingface_hub import constants

    def unreachable(*a, **k):
        raise OSError("Name or service not known")

    for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(socket, "create_connection", unreachable)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    real = transformers.AutoTokenizer.from_pretrained
    asked = []

    def spy(name, *a, **k):
        asked.append(k.get("local_files_only"))
        return real(name, *a, **k)

    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", spy)
    with pytest.raises(SentimentModelError, match="not in the local Hugging Face cache .* cannot be reached"):
        SentimentModel.load("someorg/no-such-model")
    with pytest.raises(SentimentModelError, match="no model folder here and no Hugging Face model name"):
        SentimentModel.load("org/na me!")
    assert asked == []  # refused before transformers was asked

    # the same name in the cache (the hub's layout: refs/main -> snapshots/<commit>/files)
    repo = tmp_path / "hub" / "models--someorg--tiny-sentiment"
    _tiny_hf_model(repo / "snapshots" / "abc123", {0: "negative", 1: "neutral", 2: "positive"})
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("abc123")
    model = SentimentModel.load("someorg/tiny-sentiment")
    assert asked == [True] and len(model.predict(["i love this", "que asco"])) == 2


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


REAL = [
    "Me encanta, qué buena receta, gracias!! 😍",
    "Qué asco de servicio, nunca más compro aquí 😡",
    "¿Dónde compraste la chaqueta? la quiero",
    "I absolutely love this, best video ever ❤️",
    "meh",
    "This is terrible, worst purchase I've made " * 30,  # past the 128-token truncation
]


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
@pytest.mark.skipif(not __import__("analyzer.engine").engine.available(), reason="onnxruntime not installed")
def test_onnx_engine_matches_torch_and_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path))
    torch_model = SentimentModel.load(engine="torch")
    onnx_model = SentimentModel.load(engine="onnx")
    assert (torch_model.engine, onnx_model.engine) == ("torch", "onnx")
    exported = list((tmp_path / "onnx").glob("sentiment-*.onnx"))
    assert len(exported) == 1 and onnx_model.runner.path == exported[0]
    # attention is traced as plain matmul/softmax (the SDPA trace's per-layer NaN guards are absent), and the
    # torch network keeps its own attention setting after the export
    import onnx

    ops = {n.op_type for n in onnx.load(str(exported[0])).graph.node}
    assert "IsNaN" not in ops and {"MatMul", "Softmax"} <= ops
    assert onnx_model.net.bert.config._attn_implementation == torch_model.net.bert.config._attn_implementation
    a = torch_model.predict(REAL, return_embeddings=True)
    b = onnx_model.predict(REAL, return_embeddings=True)
    assert a.labels == b.labels
    assert np.abs(a.probs - b.probs).max() < 1e-4
    assert np.abs(a.embeddings - b.embeddings).max() < 1e-4
    # a second load reuses the export (same file, not rewritten)
    mtime = exported[0].stat().st_mtime_ns
    assert SentimentModel.load(engine="auto").engine == "onnx"
    assert exported[0].stat().st_mtime_ns == mtime
    with pytest.raises(SentimentModelError, match="bf16"):
        SentimentModel.load(engine="onnx", precision="bf16")
    with pytest.raises(SentimentModelError, match="engine"):
        SentimentModel.load(engine="tpu")


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment-fast" / "sentiment_config.json").exists(), reason="no fast model")
@pytest.mark.skipif(not __import__("analyzer.engine").engine.available(), reason="onnxruntime not installed")
def test_int8_runs_onnx_runtime_quantised_graph_close_to_fp32(tmp_path, monkeypatch):
    """precision="int8" under the onnx/auto engine runs ONNX Runtime's dynamically quantised copy of the fp32
    export (cached beside it, redone when broken); engine="torch" keeps torch's own dynamic quantisation."""
    import onnx

    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path))
    fp32 = SentimentModel.load("fast", engine="onnx")
    int8 = SentimentModel.load("fast", precision="int8")
    assert int8.engine == "onnx" and int8.runner.path.name == fp32.runner.path.stem + "-int8.onnx"
    ops = {n.op_type for n in onnx.load(str(int8.runner.path)).graph.node}
    assert {"DynamicQuantizeLinear", "MatMulInteger"} <= ops
    a, b = fp32.predict(REAL, return_embeddings=True), int8.predict(REAL, return_embeddings=True)
    assert a.labels[:4] == b.labels[:4] == ["positive", "negative", "neutral", "positive"]
    assert 0 < np.abs(a.probs - b.probs).max() < 0.2  # quantised: close, not identical
    assert np.abs(a.embeddings - b.embeddings).max() < 0.1
    # a broken cached int8 file is redone, and so is a broken fp32 export it would be made from
    int8.runner.path.write_bytes(b"truncated")
    again = SentimentModel.load("fast", precision="int8", engine="onnx")
    assert again.predict(REAL).labels == b.labels
    again.runner.path.unlink()
    fp32.runner.path.write_bytes(b"truncated")
    again = SentimentModel.load("fast", precision="int8", engine="onnx")
    assert again.predict(REAL).labels == b.labels and fp32.runner.path.stat().st_size > 1_000_000
    # torch's own int8 stays available: quantised Linear modules, no ONNX runner
    t8 = SentimentModel.load("fast", precision="int8", engine="torch")
    assert t8.engine == "torch" and ".quantized." in type(t8.net.head).__module__


def test_corrupt_onnx_export_falls_back_to_torch(tmp_path, monkeypatch):
    """A broken cached export must not break scoring: auto falls back to torch, explicit onnx is an error."""
    from analyzer import engine as onnx_engine

    if not onnx_engine.available() or not (models_dir() / "sentiment" / "sentiment_config.json").exists():
        pytest.skip("needs onnxruntime and the shipped model")
    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path))
    monkeypatch.setattr(onnx_engine, "export", lambda net, path: path.write_bytes(b"not an onnx file") or path)
    with pytest.warns(RuntimeWarning, match="ONNX engine unavailable"):
        model = SentimentModel.load(engine="auto")
    assert model.engine == "torch"
    assert model.predict(["me encanta"]).labels == ["positive"]
    with pytest.raises(SentimentModelError, match="onnx engine unavailable"):
        SentimentModel.load(engine="onnx")


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
def test_logit_bias_shifts_towards_the_biased_class():
    base = SentimentModel.load(engine="torch", logit_bias=None).predict(REAL)
    biased = SentimentModel.load(engine="torch", logit_bias=[0.0, 5.0, 0.0]).predict(REAL)
    assert (biased.probs[:, 1] > base.probs[:, 1]).all()
    assert biased.labels.count("neutral") > base.labels.count("neutral")


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
def test_language_bias_moves_only_rows_of_that_language():
    from analyzer.preprocess import normalize

    ncs = [normalize(t) for t in REAL]
    texts, langs = [nc.normalized for nc in ncs], [nc.lang for nc in ncs]
    assert {"es", "en"} <= set(langs)
    base = SentimentModel.load(engine="torch", logit_bias=None).predict(texts, langs=langs)
    model = SentimentModel.load(engine="torch", logit_bias={"en": [0.0, 5.0, 0.0]})
    biased = model.predict(texts, langs=langs)
    en = np.array(langs) == "en"
    assert (biased.probs[en, 1] > base.probs[en, 1] + 0.05).all()
    np.testing.assert_allclose(biased.probs[~en], base.probs[~en], atol=1e-6)
    # without langs the model detects them from the (normalised) texts: same answer here
    np.testing.assert_allclose(model.predict(texts).probs, biased.probs, atol=1e-6)
    # QA: a normalised text of placeholders ("phone", "http") read as English to the bare identifier, so the
    # English offset applied; the normalisation stage calls it und
    odd = [normalize(t) for t in ("+52 55 1234 5678", "https://t.co/abc", "xD")]
    assert {nc.lang for nc in odd} == {"und"}
    np.testing.assert_allclose(model.predict([nc.normalized for nc in odd]).probs,
                               model.predict([nc.normalized for nc in odd], langs=["und"] * 3).probs, atol=1e-6)
    with pytest.raises(ValueError, match="langs has 1 entries"):
        model.predict(texts, langs=["en"])


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
def test_shipped_calibration_shifts_english_neutral_and_leaves_spanish_alone():
    """The artifact's `logit_bias_by_lang` (scripts/calibrate_sentiment.py) is applied on load: English rows
    lean to neutral, Spanish rows (no accepted offset) score exactly as without calibration."""
    model = SentimentModel.load(engine="torch")
    assert model.logit_bias is None and "es" not in model.logit_bias_by_lang
    assert model.logit_bias_by_lang["en"][1] > 0
    raw = SentimentModel.load(engine="torch", logit_bias=None)
    langs = ["es", "es", "es", "en", "en", "en"]
    a, b = model.predict(REAL, langs=langs), raw.predict(REAL, langs=langs)
    np.testing.assert_allclose(a.probs[:3], b.probs[:3], atol=1e-6)
    assert (a.probs[3:, 1] > b.probs[3:, 1]).all()


def test_calibration_metrics_match_sklearn_and_bias_only_its_language():
    """scripts/calibrate_sentiment.py's fast numpy metrics equal scikit-learn's; offsets touch one language."""
    from sklearn.metrics import f1_score, recall_score

    cal = _script("calibrate_sentiment")
    rng = np.random.default_rng(0)
    for _ in range(20):
        y, p = rng.integers(0, 3, 200), rng.integers(0, 3, 200)
        p[:5] = 0  # every class may be missing from one side: zero-division cases
        assert cal.macro(y, p, "f1") == pytest.approx(f1_score(y, p, labels=[0, 1, 2], average="macro", zero_division=0))
        assert cal.macro(y, p, "recall") == pytest.approx(recall_score(y, p, labels=[0, 1, 2], average="macro",
                                                                       zero_division=0))
    logp = np.log(np.array([[0.5, 0.3, 0.2], [0.5, 0.3, 0.2]]))
    langs = np.array(["en", "es"])
    assert cal.predict_with(logp, langs, {}).tolist() == [0, 0]
    assert cal.predict_with(logp, langs, {"en": 1.0}).tolist() == [1, 0]
    # an n-gram weight adds w x its log-probabilities to that language's rows only
    lex = {"es": np.log(np.array([[0.1, 0.1, 0.8], [0.1, 0.1, 0.8]]))}
    assert cal.predict_with(logp, langs, {"es": (1.0, 0.0)}, lex).tolist() == [0, 2]
    assert cal.predict_with(logp, langs, {"es": (0.1, 0.0)}, lex).tolist() == [0, 0]


def test_calibration_accepts_each_step_only_when_it_wins_held_out():
    """scripts/calibrate_sentiment.py's rule: the offset must beat no change, and the n-gram weight the simpler
    accepted choice, in `min_share` of the cross-fit splits."""
    cal = _script("calibrate_sentiment")

    def cf(off, lex, lex_vs_off):
        return {"offset": {"share_positive": off},
                "lexical": {"share_positive": lex, "vs_offset": {"share_positive": lex_vs_off}}}

    off, lex = (0.0, 0.8), (0.6, 0.4)
    assert cal.decide(off, lex, cf(0.95, 0.99, 0.95), 0.9) == lex
    assert cal.decide(off, lex, cf(0.95, 0.99, 0.60), 0.9) == off  # beats nothing, but not the offset
    assert cal.decide(off, lex, cf(0.50, 0.92, 0.99), 0.9) == lex  # offset refused: judged against no change
    assert cal.decide(off, lex, cf(0.50, 0.80, 0.99), 0.9) == (0.0, 0.0)
    assert cal.decide(off, None, cf(0.95, 0, 0), 0.9) == off
    assert cal.decide((0.0, 0.0), (0.0, 0.0), cf(1.0, 1.0, 1.0), 0.9) == (0.0, 0.0)


def test_student_artifact_round_trip_keeps_its_depth(tmp_path):
    """A shallower student (keep_layers) saves with num_layers and loads back with the same outputs."""
    from analyzer.encoder import base_model_dir
    from analyzer.sentiment import build_net, keep_layers, save_artifact, spaced_layers

    if not (base_model_dir().exists()):
        pytest.skip("no converted base encoder")
    assert spaced_layers(12, 6) == [0, 2, 4, 7, 9, 11]
    assert spaced_layers(12, 12) == list(range(12))
    torch.manual_seed(0)
    net, tok = build_net()
    keep_layers(net, spaced_layers(12, 3))
    with pytest.raises(SentimentModelError):
        keep_layers(net, [5])
    save_artifact(net, tmp_path, {"seed": 0})
    model = SentimentModel.load(tmp_path, engine="torch")
    assert len(model.net.bert.encoder.layer) == 3 and model.meta["num_layers"] == 3
    enc = tok(["query: hola que tal"], return_tensors="pt")
    with torch.inference_mode():
        want = net.eval()(enc["input_ids"], enc["attention_mask"])[0]
        got = model.net(enc["input_ids"], enc["attention_mask"])[0]
    assert torch.allclose(want, got, atol=2e-2)  # fp16 storage


def test_ffn_pruned_student_keeps_the_most_active_units_and_round_trips(tmp_path):
    """prune_ffn narrows every feed-forward block to the chosen units (the exact sub-network: cutting units
    that never fire changes nothing), and a narrowed artifact saves its width and loads back."""
    from analyzer.encoder import base_model_dir
    from analyzer.sentiment import build_net, ffn_importance, keep_layers, prune_ffn, save_artifact

    if not (base_model_dir().exists()):
        pytest.skip("no converted base encoder")
    torch.manual_seed(0)
    net, tok = build_net()
    keep_layers(net, [0, 11])
    enc = tok(["query: me encanta esta receta 😍", "query: the worst update ever"], padding=True,
              return_tensors="pt")
    width = 1536
    # silence half of every block's units: bias -1e4 -> GELU output exactly 0 for any input
    dead = [list(range(1, width, 2)), list(range(0, width, 2))]
    with torch.no_grad():
        for layer, d in zip(net.bert.encoder.layer, dead, strict=True):
            layer.intermediate.dense.bias[d] = -1e4
    net.eval()
    with torch.inference_mode():
        want = net(enc["input_ids"], enc["attention_mask"])[0]
    imp = ffn_importance(net, [(enc["input_ids"], enc["attention_mask"])])
    for v, d in zip(imp, dead, strict=True):
        assert v.shape == (width,) and float(v[d].max()) == 0.0 and float(v.min()) >= 0.0
    keep = [torch.topk(v, 768).indices.tolist() for v in imp]
    assert [sorted(set(range(width)) - set(k)) for k in keep] == dead
    prune_ffn(net, 768, keep)
    assert net.bert.encoder.layer[1].intermediate.dense.out_features == 768
    assert net.bert.encoder.layer[1].output.dense.in_features == 768
    with torch.inference_mode():
        got = net(enc["input_ids"], enc["attention_mask"])[0]
    assert torch.allclose(want, got, atol=1e-4)
    with pytest.raises(SentimentModelError):
        prune_ffn(net, 1000)  # wider than what is left
    save_artifact(net, tmp_path, {"seed": 0})
    model = SentimentModel.load(tmp_path, engine="torch")
    assert model.meta["intermediate_size"] == 768 and model.meta["num_layers"] == 2
    with torch.inference_mode():
        again = model.net(enc["input_ids"], enc["attention_mask"])[0]
    assert torch.allclose(want, again, atol=2e-2)  # fp16 storage


def test_stale_cached_onnx_file_is_redone(tmp_path, monkeypatch):
    """A cached export that cannot be loaded (half-written by a killed run) is exported again."""
    from analyzer import engine as onnx_engine
    from analyzer.encoder import sha256_file
    from analyzer.sentiment import ARTIFACT_CONFIG, ARTIFACT_WEIGHTS, default_model_path

    if not onnx_engine.available() or not (default_model_path() / ARTIFACT_CONFIG).exists():
        pytest.skip("needs onnxruntime and the shipped model")
    import json

    cfg = json.loads((default_model_path() / ARTIFACT_CONFIG).read_text())
    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path))
    stale = tmp_path / "onnx" / f"sentiment-{onnx_engine.export_key(sha256_file(default_model_path() / ARTIFACT_WEIGHTS), cfg)}.onnx"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"\x08\x07half")
    model = SentimentModel.load(engine="onnx")
    assert model.engine == "onnx" and stale.stat().st_size > 1_000_000


def _script(name: str):
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # registered first: a dataclass in it resolves its own annotations through it
    spec.loader.exec_module(mod)
    return mod


def test_sweep_ranks_recipes_by_seed_mean_and_prefers_the_soup():
    """scripts/sweep_sentiment.py: the rule fixed before the GPU sweep (seed means, full seed sets, soup or the
    seed nearest the mean)."""
    sw = _script("sweep_sentiment")

    def run(recipe, seed, sel, es=0.6):
        return {"recipe": recipe, "seed": seed, "final": {"selection": sel, "es": es, "en": 0.7, "te": 0.7}}

    done = {"a_s1": run("a", 1, 0.70), "a_s2": run("a", 2, 0.68), "a_s3": run("a", 3, 0.66),
            "b_s1": run("b", 1, 0.75), "b_s2": run("b", 2, 0.74),  # better but only two seeds finished
            "c_s1": {"recipe": "c", "seed": 1, "rc": "killed"}}
    summary, by_recipe = sw.summarize(done)
    assert summary["a"]["selection"] == pytest.approx(0.68) and summary["a"]["n_seeds"] == 3
    assert "c" not in summary and len(by_recipe["b"]) == 2
    assert sw.rank(summary, min_seeds=3) == ["a"]
    assert sw.rank(summary, min_seeds=2) == ["b", "a"]
    assert sw.rank(summary, min_seeds=5) == ["b", "a"]  # nobody has 5: all, best first
    assert sw.choose_candidate("a", summary, {"a": {"selection": 0.68}}, by_recipe) == "soup_a"  # ties go to the soup
    assert sw.choose_candidate("a", summary, {"a": {"selection": 0.60}}, by_recipe) == "a_s2"  # nearest the mean


def test_spam_transformer_report_pools_folds_and_averages_videos(tmp_path):
    from sklearn.metrics import f1_score, roc_auc_score

    st = _script("spam_transformer_experiment")
    rng = np.random.default_rng(3)
    files, ys, ps = [], [], []
    for k in range(3):  # ScamSpot folds: pooled, not averaged
        y = rng.integers(0, 2, 40)
        p = np.clip(y * 0.6 + rng.random(40) * 0.5, 0, 1)
        ys.append(y)
        ps.append(p)
        files.append(tmp_path / f"ss{k}.json")
        files[-1].write_text(json.dumps({"fold": k, "video": None, "y": y.tolist(), "lower": p.tolist(),
                                         "original": (1 - p).tolist()}))
    per = {}
    for v in ("A", "B"):  # YouTube videos: original-case F1 per video, then the mean
        y = rng.integers(0, 2, 30)
        p = rng.random(30)
        per[v] = f1_score(y, p >= 0.5)
        files.append(tmp_path / f"yt_{v}.json")
        files[-1].write_text(json.dumps({"fold": None, "video": v, "y": y.tolist(), "lower": [0.0] * 30,
                                         "original": p.tolist()}))
    out = st.report(files)
    y, p = np.concatenate(ys), np.concatenate(ps)
    assert out["scamspot"]["n"] == 120 and out["scamspot"]["folds"] == [0, 1, 2]
    assert out["scamspot"]["f1_lowercased"] == round(f1_score(y, p >= 0.5), 4)
    assert out["scamspot"]["roc_auc_lowercased"] == round(roc_auc_score(y, p), 4)
    assert out["youtube"]["per_video_f1"] == {v: round(f, 4) for v, f in per.items()}
    assert out["youtube"]["lovo_mean_f1"] == round(float(np.mean([round(f, 4) for f in per.values()])), 4)


def test_spam_branch_round_trip_leaves_sentiment_alone_and_matches_onnx(tmp_path, monkeypatch):
    """A spam branch saved beside an artifact loads back: the same spam logits as the branch computed by hand on
    the network's hidden states, unchanged sentiment, the same logits through ONNX, and a tampered file refused."""

    from analyzer import engine as onnx_engine
    from analyzer.encoder import base_model_dir
    from analyzer.sentiment import (
        SPAM_BRANCH_WEIGHTS,
        build_net,
        keep_layers,
        new_spam_branch,
        save_artifact,
        save_spam_branch,
    )

    if not base_model_dir().exists():
        pytest.skip("no converted base encoder")
    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path / "cache"))
    torch.manual_seed(0)
    net, tok = build_net()
    keep_layers(net, [0, 5, 11])
    save_artifact(net, tmp_path / "m", {"seed": 0})
    plain = SentimentModel.load(tmp_path / "m", engine="torch")
    assert plain.spam_branch_sha256 is None and plain.predict(["hola"]).spam_logits is None
    branch = new_spam_branch(net, 2)
    torch.nn.init.normal_(branch.head.weight, std=0.5)
    entry = save_spam_branch(branch, tmp_path / "m", {"recipe": {"layers": 2}})
    texts = ["check my bio for free crypto 💰💰", "qué rico se ve, lo voy a preparar", "ok"]
    model = SentimentModel.load(tmp_path / "m", engine="torch")
    assert model.spam_branch_sha256 == entry["sha256"] and model.meta["spam_branch"]["layers"] == 2
    got = model.predict(texts, return_embeddings=True)
    want_plain = plain.predict(texts, return_embeddings=True)
    assert np.array_equal(got.probs, want_plain.probs) and np.array_equal(got.embeddings, want_plain.embeddings)
    enc = tok(["query: " + t for t in texts], padding=True, return_tensors="pt")
    with torch.inference_mode():
        hidden = plain.net.bert(**enc, output_hidden_states=True).hidden_states[1]  # entering the top 2 of 3
        by_hand = model.net.spam_branch(hidden, enc["attention_mask"]).numpy()
    assert got.spam_logits.shape == (3,) and np.abs(got.spam_logits - by_hand).max() < 1e-4
    assert np.abs(by_hand).max() > 0.05  # a real signal, not zeros
    if onnx_engine.available():
        onnx = SentimentModel.load(tmp_path / "m", engine="onnx").predict(texts)
        assert np.abs(onnx.spam_logits - got.spam_logits).max() < 1e-3
    weights = tmp_path / "m" / SPAM_BRANCH_WEIGHTS
    weights.write_bytes(weights.read_bytes()[:-4] + b"\0\0\0\0")
    with pytest.raises(SentimentModelError, match="sha256"):
        SentimentModel.load(tmp_path / "m", engine="torch")


@pytest.mark.skipif(not (models_dir() / "sentiment" / "sentiment_config.json").exists(), reason="no shipped model")
def test_long_text_is_cut_before_tokenizing_without_changing_the_tokens():
    """`_encode` cuts a text to 64 characters per kept token before the tokenizer sees it (a pasted document
    would otherwise be tokenized whole): the ids are those of the whole text, truncated."""
    from analyzer.preprocess import normalize

    model = SentimentModel.load("fast", engine="torch")
    text = normalize("Supercalifragilisticexpialidocious antidisestablishmentarianism 😍 #receta " * 3000).normalized
    assert len(text) > 64 * model.max_tokens
    whole = model.tokenizer([model.prefix + text], truncation=True, max_length=model.max_tokens)["input_ids"]
    assert model._encode([text]) == whole and len(whole[0]) == model.max_tokens
    # QA: a run of characters the vocabulary lacks is one [UNK] however long: cut at 64 characters per token, the
    # complaint after 10,000 of them was lost and the comment read neutral
    unknown = "你好世界" * 2500 + " this is terrible, the worst product ever, I hate it"
    whole = model.tokenizer([model.prefix + unknown], truncation=True, max_length=model.max_tokens)["input_ids"]
    assert len(whole[0]) < model.max_tokens and model._encode([unknown]) == whole


def _sentiment_data():
    return _script("sentiment_data")


def test_evaluation_files_pair_each_text_with_its_own_label(tmp_path):
    """TweetEval/UMSAB files as users hand them over: CRLF, a BOM, no final newline, a U+2028 inside a tweet
    (str.splitlines cut it in two), blank lines after the labels. A bad or blank label is an error with its line:
    skipping it would shift every later label onto the wrong text."""
    sd = _sentiment_data()
    texts, labels = tmp_path / "t.txt", tmp_path / "l.txt"
    texts.write_bytes("\ufeffTe odio\r\nLa reunión es a las 5\r\nTe quiero\u2028eres maravilloso 😍".encode())
    labels.write_bytes(b"\xef\xbb\xbf0\r\n1\r\n2\r\n\r\n")
    assert sd.read_lines_pair(texts, labels) == [("Te odio", 0), ("La reunión es a las 5", 1),
                                                 ("Te quiero\u2028eres maravilloso 😍", 2)]
    for bad, line in ((b"0\n1\n3\n", 3), (b"0\n\n1\n2\n", 2), (b"0\n-1\n2\n", 2)):
        labels.write_bytes(bad)
        with pytest.raises(ValueError, match=f"l.txt:{line}:"):
            sd.read_lines_pair(texts, labels)
    labels.write_bytes(b"0\n1\n2\n")
    texts.write_bytes("Te odio\nLa reunión\nTe quiero\n\n\n".encode())  # blank lines after the last text
    assert [y for _, y in sd.read_lines_pair(texts, labels)] == [0, 1, 2]
    texts.write_bytes("Te odio\rLa reunión\rTe quiero\r".encode())  # old Mac line ends: no "\n" at all
    assert sd.read_lines_pair(texts, labels) == [("Te odio", 0), ("La reunión", 1), ("Te quiero", 2)]
    texts.write_bytes(b"Te odio\n\nTe quiero\n")  # a blank text is never scored as a tweet
    with pytest.raises(ValueError, match="t.txt:2: empty text"):
        sd.read_lines_pair(texts, labels)
    tsv = tmp_path / "s.tsv"
    tsv.write_text("1\tpositive\tTe quiero\u2028mucho\n2\tnope\tx\n", encoding="utf-8")
    assert sd.read_semeval_tsv(tsv) == ([("Te quiero\u2028mucho", 2)], 1)
    # SemEval writes non-ASCII as literal escapes; an emoji is two of them (a surrogate pair): one character
    tsv.write_text("1\tpositive\tI love it \\ud83d\\ude00 so much\\u002c \\ud800 half\n", encoding="utf-8")
    assert sd.read_semeval_tsv(tsv) == ([("I love it 😀 so much, \ufffd half", 2)], 0)


def test_macro_scores_average_the_classes_the_labels_hold():
    """A file without neutral tweets: a perfect model scored macro-recall 0.667 (the absent class counted as 0)."""
    ev = _script("evaluate")
    rep = ev.classification_report([0, 2, 2, 0], [0, 2, 2, 0], ("negative", "neutral", "positive"))
    assert rep["macro_recall"] == 1.0 and rep["macro_f1"] == 1.0 and rep["classes_absent"] == ["neutral"]
    assert rep["per_class"]["neutral"] == {"precision": 0.0, "recall": None, "f1": None, "support": 0}
    full = ev.classification_report([0, 1, 2], [0, 2, 2], ("negative", "neutral", "positive"))
    assert full["macro_recall"] == pytest.approx(2 / 3) and "classes_absent" not in full


def test_evaluate_script_usage_and_input_errors_exit_like_the_cli(tmp_path, capsys):
    """2 for a bad command line, 3 for unusable input (before any model loads); tracebacks with exit 1 before."""
    ev = _script("evaluate")
    t, lab, tsv = tmp_path / "t.txt", tmp_path / "l.txt", tmp_path / "s.tsv"
    t.write_text("hola\nadiós", encoding="utf-8")
    lab.write_text("2\n0\n", encoding="utf-8")
    tsv.write_text("only one field\n", encoding="utf-8")
    for argv in (["sentiment", "--text", str(t), "--labels", str(lab), "--tsv", str(tsv)],
                 ["sentiment", "--text", str(t)], ["sentiment", "--tsv", str(tsv), "--threads", "-1"]):
        with pytest.raises(SystemExit) as e:
            ev.main(argv)
        assert e.value.code == 2
    assert ev.main(["sentiment", "--tsv", str(tsv)]) == 3
    assert "no labelled text" in capsys.readouterr().err
    # QA: a missing input file was a usage error (2); the CLI's missing input is 3
    assert ev.main(["sentiment", "--text", str(tmp_path / "nope.txt"), "--labels", str(lab)]) == 3
    assert ev.main(["authenticity", "--csv", str(tmp_path / "nope.csv"), "--text-col", "t", "--label-col", "l"]) == 3
    assert "No such file" in capsys.readouterr().err
    # QA: a typo'd label, a header and an empty text were dropped or scored without a word
    tsv.write_text("id\tlabel\ttext\n1\tpostive\tqué rico\n\n2\tneutral\t  \n3\t2\tme encanta\n", encoding="utf-8")
    sd = _script("sentiment_data")
    assert sd.read_semeval_tsv(tsv) == ([("me encanta", 2)], 4)
    assert [(n, why.split(" (")[0]) for n, why in sd.semeval_tsv_problems(tsv)] == [
        (1, "header line"), (2, "unknown label 'postive'"), (3, "blank line"), (4, "empty text")]
    latin = tmp_path / "latin.txt"
    latin.write_bytes("qué rico\n".encode("latin-1"))
    assert ev.main(["sentiment", "--text", str(latin), "--labels", str(lab)]) == 3
    assert "latin.txt: not UTF-8" in capsys.readouterr().err
    lab.write_text("2\nfive\n", encoding="utf-8")
    assert ev.main(["sentiment", "--text", str(t), "--labels", str(lab)]) == 3
    csv = tmp_path / "a.csv"
    csv.write_text("text,label\nhola,nan\n", encoding="utf-8")
    assert ev.main(["authenticity", "--csv", str(csv), "--text-col", "text", "--label-col", "label"]) == 3
    assert "cannot map label" in capsys.readouterr().err
    # QA: the row was counted after dropping blank-label rows (data row 3, not 6)
    csv.write_text("text,label\nhello,\nbuy,\nhey,\nok,0\nfree money,1\nwow,spamm\n", encoding="utf-8")
    assert ev.main(["authenticity", "--csv", str(csv), "--text-col", "text", "--label-col", "label"]) == 3
    assert "cannot map label 'spamm' (first at data row 6)" in capsys.readouterr().err


def test_evaluate_lists_every_skipped_tsv_line(tmp_path, capsys):
    """QA: skipped_lines stopped at 20 without a word; stderr named 5, so lines 22-26 were named nowhere."""
    ev = _script("evaluate")
    tsv = tmp_path / "many.tsv"
    tsv.write_text("1\tpositive\tI love it\n" + "".join(f"{n}\tpostive\ttext {n}\n" for n in range(2, 27)),
                   encoding="utf-8")
    assert ev.main(["sentiment", "--tsv", str(tsv), "--model", "fast"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["skipped_malformed"] == 25 and [x["line"] for x in out["skipped_lines"]] == list(range(2, 27))


def test_evaluate_a_damaged_model_is_a_model_error(tmp_path, capsys):
    """QA: a truncated weights file or skops file gave a traceback (exit 1), a broken config an 'input' error (3);
    the CLI says 'cannot load models' with 4. The loaders now say the folder is damaged, and evaluate exits 4."""
    import shutil

    from analyzer.authenticity.model import AuthenticityModel, AuthenticityModelError

    ev = _script("evaluate")
    t, lab = tmp_path / "t.txt", tmp_path / "l.txt"
    t.write_text("hola\nadiós", encoding="utf-8")
    lab.write_text("2\n0\n", encoding="utf-8")
    cut, broken = tmp_path / "cut", tmp_path / "broken"
    shutil.copytree(models_dir() / "sentiment-fast", cut)
    (cut / "model.safetensors").write_bytes((cut / "model.safetensors").read_bytes()[:100_000])
    shutil.copytree(models_dir() / "sentiment-fast", broken)
    (broken / "sentiment_config.json").write_text("{", encoding="utf-8")
    for folder in (cut, broken):
        with pytest.raises(SentimentModelError, match="damaged or incomplete"):
            SentimentModel.load(folder)
        assert ev.main(["sentiment", "--text", str(t), "--labels", str(lab), "--model", str(folder)]) == 4
        assert "evaluate.py: model: cannot read the sentiment model" in capsys.readouterr().err
    heads = tmp_path / "heads"
    shutil.copytree(models_dir() / "authenticity", heads)
    (heads / "heads.skops").write_bytes((heads / "heads.skops").read_bytes()[:100_000])
    with pytest.raises(AuthenticityModelError, match="damaged or incomplete.*BadZipFile"):
        AuthenticityModel.load(heads)


def test_benchmark_refuses_negative_counts():
    """A --limit of -3 silently dropped the last three bench comments; threads 0 and empty sections ran."""
    bm = _script("benchmark")
    for argv in (["--limit", "-3"], ["--threads", "0"], ["--batch-size", "0"], ["--reps", "0"]):
        with pytest.raises(SystemExit):
            bm.parse_args(argv)
    assert bm.parse_args(["--limit", "20"]).limit == 20
    with pytest.raises(SystemExit, match="no section"):
        bm.main(["--sections", " , "])


def test_project_comment_set_is_well_formed_and_its_splits_do_not_overlap(tmp_path):
    """datasets/sentiment_comments (both batches): every row labelled and placed, the held-out split disjoint from
    training across the files (by the training script's own dedup key), both languages and all three labels in each
    split; a typo in the file is an error naming its line, not a skipped row."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    sd = _script("sentiment_data")
    assert [f.name for f in sd.COMMENTS_FILES] == ["comments.tsv", "comments_batch2.tsv"]
    train = [r for f in sd.COMMENTS_FILES for r in sd.read_comments(f, "train")]
    held = [r for f in sd.COMMENTS_FILES for r in sd.read_comments(f, "heldout")]
    assert len(train) >= 1100 and len(held) >= 250
    for rows in (train, held):
        assert {lang for _, _, lang in rows} == {"es", "en"} and {y for _, y, _ in rows} == {0, 1, 2}
    keys = [{sd.dedup_key(t) or t for t, _, _ in rows} for rows in (train, held)]  # emoji-only: by their text
    assert not keys[0] & keys[1]
    bad = tmp_path / "c.tsv"
    bad.write_text("id\ttext\tlabel\tlang\tregister\tsplit\nes-1\tqué chévere\tpostive\tes\tco\ttrain\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"c\.tsv:2: bad row \(label 'postive'"):
        sd.read_comments(bad, "train")


@pytest.mark.slow
@pytest.mark.skipif(not (models_dir() / "sentiment-comments" / "sentiment_config.json").exists(),
                    reason="no shipped comments model")
def test_comments_model_reads_held_out_delight_with_sad_emoji_that_the_default_misreads():
    """The `comments` alias (the default tuned further on datasets/sentiment_comments) on batch 2's held-out rows,
    which no model trained on: delight written with 😭/💀/"me muero" is read as positive far more often than by
    the default, and the same words for real sadness or mockery are not all pulled to positive with it."""
    import csv

    path = Path(__file__).resolve().parents[1] / "datasets" / "sentiment_comments" / "comments_batch2.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["split"] == "heldout"]
    praise = [r["text"] for r in rows if r["phenomenon"] == "hyperbole_praise"]
    sad = [r["text"] for r in rows if r["phenomenon"] == "hyperbole_contrast" and r["label"] == "negative"]
    assert len(praise) >= 20 and len(sad) >= 5
    comments, default = SentimentModel.load("comments"), SentimentModel.load()
    assert SentimentModel.load(" Comments ").weights_sha256 == comments.weights_sha256 != default.weights_sha256
    right = {name: sum(lab == "positive" for lab in m.predict(praise).labels)
             for name, m in (("comments", comments), ("default", default))}
    assert right["comments"] >= 0.7 * len(praise) and right["comments"] >= right["default"] + 0.25 * len(praise)
    assert sum(lab == "negative" for lab in comments.predict(sad).labels) >= 0.6 * len(sad)


def test_evaluate_names_the_rows_a_model_was_trained_on(tmp_path, capsys):
    """Review: evaluate.py scored a model on its own training rows without a word (UMSAB Spanish train: macro-F1 0.745
    against 0.661 on val). The artifact's training fingerprints name those rows, whatever an export did to their
    case, mentions, links and punctuation; held-out rows are not named; a swapped-in model records nothing."""
    import json

    from analyzer.fingerprint import overlap_report, overlap_warning, seen_in_training, text_key

    sd = _sentiment_data()
    assert text_key("@ana QUÉ chévere!! https://x.co/1") == text_key("qué chévere") != text_key("qué chévere hoy")
    assert text_key("😍😍") == "😍😍" and seen_in_training(["", "  "], models_dir() / "sentiment").tolist() == [False] * 2
    one_in_a_lot = np.zeros(100_000, bool)
    one_in_a_lot[7] = True  # a share that rounds to 0.0 still names its row count (it divided by the share)
    assert overlap_warning(overlap_report(one_in_a_lot)).startswith("warning: 1 of 100000 evaluated rows")
    # the comments model was tuned on the train split of the project's comment set; its held-out split never trained
    train = [r for f in sd.COMMENTS_FILES for r in sd.read_comments(f, "train")][:40:10]
    held = [r for f in sd.COMMENTS_FILES for r in sd.read_comments(f, "heldout")][:40:10]
    rows = [(f"@someone {t.upper()} http://t.co/x", y) for t, y, _ in train] + [(t, y) for t, y, _ in held]
    texts, labels = tmp_path / "t.txt", tmp_path / "l.txt"
    texts.write_text("\n".join(t.replace("\n", " ") for t, _ in rows), encoding="utf-8")
    labels.write_text("\n".join(str(y) for _, y in rows), encoding="utf-8")
    ev = _script("evaluate")
    for model, seen in (("comments", 4), ("default", 0)):
        assert ev.main(["sentiment", "--text", str(texts), "--labels", str(labels), "--model", model]) == 0
        out, err = capsys.readouterr()
        overlap = json.loads(out)["train_overlap"]
        assert (overlap["rows"], overlap["first_rows"]) == (seen, list(range(1, seen + 1))), model
        assert (f"{seen} of 8 evaluated rows (50.0%) are texts the model was trained on" in err) == bool(seen)
    tsv = tmp_path / "s.tsv"  # the file's line numbers, skipped lines counted (QA: positions among the kept rows)
    tsv.write_text("id\tlabel\ttext\n" + "".join(f"{k}\t{'positive' if y == 2 else 'negative' if y == 0 else 'neutral'}"
                                                f"\t{t}\n" + ("x\tpositiv\ttypo\n" if k == 1 else "")
                                                for k, (t, y) in enumerate(rows)), encoding="utf-8")
    assert ev.main(["sentiment", "--tsv", str(tsv), "--model", "comments"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["train_overlap"]["first_rows"] == [2, 3, 5, 6] and out["skipped_lines"][1]["line"] == 4
    argv = ["sentiment", "--text", str(texts), "--labels", str(labels), "--model", "comments", "--unseen-only"]
    assert ev.main(argv) == 0  # the held-out rows alone
    out, err = capsys.readouterr()
    assert (json.loads(out)["n"], json.loads(out)["train_overlap"]["excluded"]) == (4, True) and "left out 4 of 8" in err
    _tiny_hf_model(tmp_path / "hf", {0: "negative", 1: "neutral", 2: "positive"})
    assert ev.main(["sentiment", "--text", str(texts), "--labels", str(labels), "--model", str(tmp_path / "hf")]) == 0
    assert json.loads(capsys.readouterr().out)["train_overlap"]["rows"] is None
    assert ev.main(argv[:-3] + ["--model", str(tmp_path / "hf"), "--unseen-only"]) == 3  # unknown: not guessed
    assert "records no training texts" in capsys.readouterr().err
