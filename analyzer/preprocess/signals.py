"""The named numbers the authenticity stage reads, in one fixed order (`SIGNAL_NAMES`).

All values are floats (flags are 0.0/1.0) so that `signals_vector` can stack them into a feature matrix.
Counts are raw; ratios are in [0, 1].
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from .normalize import NormalizedComment

SIGNAL_DOCS: dict[str, str] = {
    "n_chars": "characters after Unicode repair (before placeholders)",
    "n_words": "whitespace tokens of `normalized`",
    "n_words_alpha": "words with a letter, placeholders and emoji excluded",
    "mean_word_len": "mean length of those words",
    "unique_word_ratio": "distinct lowercased words / n_words_alpha (0 when none)",
    "n_sentences": "sentences with a letter (split at . ! ? … newlines and ¿ ¡)",
    "n_emoji": "emoji sequences (❤️, 👍🏽, 🏳️‍🌈 count once)",
    "n_unique_emoji": "distinct emoji sequences",
    "emoji_ratio": "n_emoji / (n_emoji + n_words_alpha)",
    "is_emoji_only": "1 when the comment has emoji and no words (mentions/links/punctuation ignored)",
    "is_empty": "1 when nothing is left to read (empty, whitespace, invisible characters only)",
    "n_mentions": "@handles",
    "n_urls": "links, including bare domains such as site.com",
    "n_hashtags": "#hashtags",
    "n_emails": "e-mail addresses",
    "n_phones": "phone numbers (9-15 digits, or with a + country code)",
    "n_money": "currency amounts ($1500, 2000€, 45k usd)",
    "fancy_unicode": "1 when at least FANCY_MIN_CHARS letters were styled (𝓯𝓪𝓷𝓬𝔂, ｆｕｌｌ, ⓒⓘⓡⓒ, ᴄᴀᴘs)",
    "n_fancy_letters": "styled letters mapped to plain ones",
    "non_latin_share": "letters outside the Latin script / all letters",
    "mixed_script_words": "words mixing Latin and other-script letters (homoglyph spam: saaлvi)",
    "uppercase_ratio": "uppercase letters / letters",
    "n_elongations": "letter runs of 3+ (siiii)",
    "max_char_run": "longest run of one repeated character (spaces, digits and dots excluded)",
    "n_repeated_punct": "runs like !!, ?!?, ...., ,,",
    "has_question": "1 when ? or ¿ occurs",
    "has_exclamation": "1 when ! or ¡ occurs",
    "digit_share": "digits / non-space characters (placeholders in place)",
    "has_laughter": "1 when laughter occurs (jaja, jsjs, xD, haha, lol, lmao)",
    "n_laughter": "laughter tokens",
    "n_slang": "abbreviations expanded",
    "mojibake_fixed": "1 when the text was re-decoded (canciÃ³n -> canción)",
    "n_html": "HTML entities unescaped and tags dropped",
    "n_invisible": "zero-width, BOM, bidi and control characters removed",
}
SIGNAL_NAMES: tuple[str, ...] = tuple(SIGNAL_DOCS)
SIGNAL_INDEX: dict[str, int] = {name: i for i, name in enumerate(SIGNAL_NAMES)}


def signals_vector(nc: NormalizedComment) -> np.ndarray:
    """The signals of one comment as a float32 vector in `SIGNAL_NAMES` order."""
    s = nc.signals
    return np.fromiter((s[name] for name in SIGNAL_NAMES), dtype=np.float32, count=len(SIGNAL_NAMES))


def signals_matrix(comments: list[NormalizedComment]) -> np.ndarray:
    """Stack `signals_vector` for many comments: shape (n, len(SIGNAL_NAMES))."""
    out = np.empty((len(comments), len(SIGNAL_NAMES)), dtype=np.float32)
    for i, nc in enumerate(comments):
        s = nc.signals
        out[i] = [s[name] for name in SIGNAL_NAMES]
    return out
