"""Comment -> named dense features for the authenticity heads.

Three blocks, each measured in scripts/train_authenticity.py (ablation in the model card):
- hand: normalisation signals (log1p), promo/scam lexicon flags, genericness (lexicon share, "first!",
  emoji-only, lone tag), content-word count;
- context: caption similarity (cosine of encoder embeddings) and content-word overlap with the caption,
  with `caption_known` so one model serves dumps with and without captions;
- embedding: the sentiment encoder's pooled vector (384) and its closeness to a bank of generic comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .. import config
from ..preprocess import SIGNAL_NAMES, NormalizedComment, signals_matrix
from ..preprocess.unicode_repair import plain_letters
from .lexicon import PROMO_NAMES, generic_share, is_first_comment, promo_matches, words
from .text import content_words, stem

LEX_NAMES: tuple[str, ...] = tuple(f"lex_{n}" for n in PROMO_NAMES) + (
    "lex_n_promo", "generic_word_share", "all_generic", "first_comment", "tag_only", "n_content_words",
    "has_raw_link", "has_raw_handle", "mention_share", "tag_list", "has_timestamp", "laugh_only",
)
# "0:43", "1:12", "a las 8:30": a moment of the clip (or a time) is as specific as a short comment gets (QA: "el
# minuto 0:43 🔥" was superficial at 0.91)
_TIMESTAMP_RE = re.compile(r"(?<![\d:.,])\d{1,2}:[0-5]\d(?![\d:])")
_LAUGH_WORDS = frozenset((config.LAUGH_ES, config.LAUGH_EN, "xd", "lol", "lmao"))
CAPTION_NAMES: tuple[str, ...] = ("caption_known", "caption_cos", "caption_overlap", "caption_overlap_share",
                                  "caption_number_overlap")
BANK_NAMES: tuple[str, ...] = ("generic_bank_max", "generic_bank_top3")
SIGNAL_COLS: tuple[str, ...] = tuple(f"sig_{n}" for n in SIGNAL_NAMES)


def _raw_link(text: str) -> bool:
    t = text.lower()
    return "http" in t or "www." in t or ".com" in t or ".me/" in t or ".ly/" in t


def original_view(text: str) -> str:
    """The original text as the heads that read it see it (spam n-grams, TweepFake style, lexicon): as written,
    and when it uses fancy letters, followed by its plain-letter reading. The n-grams then see both the font (a
    spam sign they learned from ScamSpot) and the words it hides (𝗗𝗠 𝗳𝗼𝗿 𝗰𝗼𝗹𝗹𝗮𝗯 scored P(spam) 0.02 against
    0.99 for the plain text when only the fancy form was read). Training and scoring both go through it."""
    plain = plain_letters(text)
    return text if plain == text else f"{text}\n{plain}"


def head_texts(nc: NormalizedComment) -> tuple[str, str]:
    """What the heads read of a comment: its original view and normalised text up to AUTH_MAX_TEXT_CHARS (any
    real comment whole; a pasted document bounded, so one row cannot cost the n-gram heads without limit)."""
    return original_view(nc.original[:config.AUTH_MAX_TEXT_CHARS]), bounded_normalized(nc)


def bounded_normalized(nc: NormalizedComment) -> str:
    """The normalised half of `head_texts`, without building the original view (content words need only this)."""
    return nc.normalized[:config.AUTH_MAX_TEXT_CHARS]


def lexicon_block(normalized: Sequence[NormalizedComment],
                  contents: Sequence[list[str]] | None = None) -> tuple[np.ndarray, list[list[str]]]:
    """(n, len(LEX_NAMES)) features and, per comment, the promo pattern names that matched. `contents`: each
    comment's `content_words` of its bounded normalised text, when the caller has them already."""
    out = np.zeros((len(normalized), len(LEX_NAMES)), dtype=np.float32)
    matched: list[list[str]] = []
    k = len(PROMO_NAMES)
    for i, nc in enumerate(normalized):
        original, norm = head_texts(nc)
        m = promo_matches(original, norm)
        matched.append(m)
        for name in m:
            out[i, PROMO_NAMES.index(name)] = 1.0
        ws = words(norm)
        share, n_words = generic_share(ws)
        s = nc.signals
        content = content_words(norm) if contents is None else contents[i]
        out[i, k] = len(m)
        out[i, k + 1] = share
        out[i, k + 2] = float(n_words > 0 and share == 1.0) or float(s.get("is_emoji_only", 0.0))
        out[i, k + 3] = float(is_first_comment(norm))
        out[i, k + 4] = float(s.get("n_mentions", 0) > 0 and s.get("n_words_alpha", 0) == 0)
        out[i, k + 5] = np.log1p(len(content))
        out[i, k + 6] = float(_raw_link(original))
        out[i, k + 7] = float("@" in original)
        # how much of the comment is tags: "participo @a @b @c" (a giveaway's tag list) is mostly tags, "@ana el
        # domingo los hacemos, ya compré las hojas" is a message to a friend
        n_m = float(s.get("n_mentions", 0.0))
        out[i, k + 8] = n_m / (n_m + len(content)) if n_m else 0.0
        out[i, k + 9] = float(n_m >= 2)  # friends tagged in a list (a giveaway's rule), not a message to one
        out[i, k + 10] = float(_TIMESTAMP_RE.search(norm) is not None)
        out[i, k + 11] = float(bool(ws) and all(w in _LAUGH_WORDS for w in ws))  # "jajaja 😂", "lol"
    return out, matched


def caption_block(normalized: Sequence[NormalizedComment], captions: Sequence[str | None] | None,
                  embeddings: np.ndarray | None, caption_embeddings: np.ndarray | None,
                  contents: Sequence[list[str]] | None = None) -> np.ndarray:
    """Relevance to the post: cosine (when both embeddings exist) and content-word/number overlap. `contents`:
    as for `lexicon_block`."""
    n = len(normalized)
    out = np.zeros((n, len(CAPTION_NAMES)), dtype=np.float32)
    if captions is None:
        return out
    cache: dict[str, tuple[set[str], set[str]]] = {}
    for i, (nc, cap) in enumerate(zip(normalized, captions, strict=True)):
        if not cap:
            continue
        if cap not in cache:
            cw = content_words(cap)
            cache[cap] = ({stem(w) for w in cw if not w.isdigit()}, {w for w in cw if w.isdigit()})
        cap_stems, cap_nums = cache[cap]
        cw = content_words(bounded_normalized(nc)) if contents is None else contents[i]
        stems = {stem(w) for w in cw if not w.isdigit()}
        nums = {w for w in cw if w.isdigit()}
        ov = len(stems & cap_stems)
        out[i, 0] = 1.0
        out[i, 2] = np.log1p(ov)
        out[i, 3] = ov / len(stems) if stems else 0.0
        out[i, 4] = float(bool(nums & cap_nums))
        if embeddings is not None and caption_embeddings is not None:
            out[i, 1] = float(embeddings[i] @ caption_embeddings[i])
    return out


class FeatureBuilder:
    """Stateless apart from the generic bank (plain array). `transform` returns (n, len(names)) float32.

    Parameters
    ----------
    generic_bank : (k, d) L2-normalised embeddings of GENERIC_TEMPLATES, or None.
    use_embeddings : append the raw embedding and bank similarities (False: the no-encoder fallback).
    """

    def __init__(self, generic_bank: np.ndarray | None = None, use_embeddings: bool = True):
        self.generic_bank = generic_bank
        self.use_embeddings = use_embeddings

    def feature_names(self, dim: int = 384) -> list[str]:
        names = list(SIGNAL_COLS) + list(LEX_NAMES) + list(CAPTION_NAMES)
        if self.use_embeddings:
            names += list(BANK_NAMES) + [f"emb_{j}" for j in range(dim)]
        return names

    def transform(self, normalized: Sequence[NormalizedComment], *, embeddings: np.ndarray | None = None,
                  captions: Sequence[str | None] | None = None,
                  caption_embeddings: np.ndarray | None = None) -> tuple[np.ndarray, list[list[str]]]:
        """Features and the promo-pattern names per comment (for reasons)."""
        sig = np.log1p(np.clip(signals_matrix(list(normalized)), 0, None))
        contents = [content_words(bounded_normalized(nc)) for nc in normalized]  # both blocks read them
        lex, matched = lexicon_block(normalized, contents)
        cap = caption_block(normalized, captions, embeddings if self.use_embeddings else None,
                            caption_embeddings if self.use_embeddings else None, contents)
        blocks = [sig, lex, cap]
        if self.use_embeddings:
            if embeddings is None:
                raise ValueError("this feature set needs encoder embeddings")
            emb = np.asarray(embeddings, dtype=np.float32)
            if self.generic_bank is not None and len(self.generic_bank):
                sims = emb @ self.generic_bank.T.astype(np.float32)
                top = np.sort(sims, axis=1)[:, ::-1]
                bank = np.stack([top[:, 0], top[:, : min(3, top.shape[1])].mean(1)], axis=1)
            else:
                bank = np.zeros((len(emb), 2), dtype=np.float32)
            blocks += [bank, emb]
        return np.hstack(blocks).astype(np.float32), matched
