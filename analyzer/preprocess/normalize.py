"""`normalize(text) -> NormalizedComment`: what the sentiment model reads, plus signals for authenticity.

Stages: Unicode repair -> placeholders (@user, http, email, phone; hashtags to words) -> elongation caps ->
language -> laughter -> slang -> emoji (raw or named) -> whitespace. The text stays cased and natural: the
encoder's tokenizer is cased and reads emoji natively.

Contract: never raises on a `str`; raises `NonStringInputError` (a `TypeError`) on anything else, so that the
io layer can report the row instead of scoring "nan". Deterministic, and idempotent on `normalized`:
normalize(normalize(x).normalized).normalized == normalize(x).normalized. With the language-dependent options
(emoji_mode="text", slang="all") this holds as long as the second pass detects the same language; emoji
names can shift language ID on near-empty input, so those options stay measurement switches.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .. import config
from .emoji_spans import EMOJI_ONLY_FILLER_RE, EMOJI_RE, emoji_to_text
from .langid import LanguageIdentifier, default_identifier
from .rewrite import (
    EMAIL,
    HASHTAG,
    LAUGH_GATE_RE,
    MENTION,
    PHONE,
    TRIPLE_RE,
    URL,
    count_elongations,
    count_repeated_punct,
    cut_elongations,
    expand_slang,
    laughter_for_langid,
    normalize_laughter,
    replace_tokens,
    slang_candidates,
)
from .unicode_repair import RepairReport, repair, strip_orphan_joiners


class NonStringInputError(TypeError):
    """Raised for input that is not a `str` (None, NaN, numbers, bytes): never silently turned into text."""

    def __init__(self, value: object, index: int | None = None) -> None:
        self.value = value
        self.index = index
        kind = "NaN" if isinstance(value, float) and math.isnan(value) else type(value).__name__
        where = f" at index {index}" if index is not None else ""
        super().__init__(f"comment text must be str, got {kind}{where}: {value!r:.60}")


@dataclass(frozen=True)
class NormalizeOptions:
    """Switches measured by scripts/eval_normalization.py; defaults live in analyzer.config."""

    emoji_mode: str = config.DEFAULT_EMOJI_MODE  # "raw" | "text"
    slang: str = config.DEFAULT_SLANG_MODE  # "none" | "safe" | "all"
    detect_language: bool = True  # False: lang is "und" (for timing normalisation alone)

    def __post_init__(self) -> None:
        if self.emoji_mode not in config.EMOJI_MODES:
            raise ValueError(f"emoji_mode must be one of {config.EMOJI_MODES}, got {self.emoji_mode!r}")
        if self.slang not in config.SLANG_MODES:
            raise ValueError(f"slang must be one of {config.SLANG_MODES}, got {self.slang!r}")


DEFAULT_OPTIONS = NormalizeOptions()


@dataclass(frozen=True)
class NormalizedComment:
    """One comment after normalisation. `signals` keys are `SIGNAL_NAMES` (analyzer.preprocess.signals)."""

    original: str
    normalized: str
    lang: str
    signals: dict[str, float] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
_PLACEHOLDERS_RE = re.compile(
    rf"(?<!\S)(?:{re.escape(config.USER_TOKEN)}|{re.escape(config.URL_TOKEN)}|{re.escape(config.EMAIL_TOKEN)}"
    rf"|{re.escape(config.PHONE_TOKEN)})(?!\S)"
)
_PLACEHOLDER_STRINGS = (config.USER_TOKEN, config.URL_TOKEN, config.EMAIL_TOKEN, config.PHONE_TOKEN)
_ALPHA_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_NON_LATIN_LETTER_RE = re.compile(r"[^\W\d_A-Za-zª-ºÀ-ÖØ-öø-ɏḀ-ỿ]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]")
_DOUBLE_RE = re.compile(r"([^\s\d.])\1")
_RUN_RE = re.compile(r"([^\s\d.])\1+")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_BREAK_RE = re.compile(r"[.!?…]+\s+(?=\S)|\n\s*(?=\S)|\s[¿¡]")
_CURRENCY = "$€£¥₿"
_MONEY_SYMBOL_RE = re.compile(r"[$€£¥₿]\s?\d+(?:[.,]\d+)*(?:\s?[kK]\b)?|\d+(?:[.,]\d+)*\s?[$€£¥₿]")
# Currency codes, one list for both orders ("USD 500", "500 usd"). After a number, "pen" (Peru's sol) is left out:
# "1 pen" is more often a pen than money.
_MONEY_CODES = ("usd", "eur", "gbp", "mxn", "cop", "ars", "clp", "pen", "btc", "usdt")
_MONEY_CODES_AFTER = tuple(c for c in _MONEY_CODES if c != "pen") + ("dólares", "dolares", "euros", "pesos")
_MONEY_CODE_RE = re.compile(  # starts with a digit class, so the engine skips ahead quickly; only at a number's
    # start, and the number taken whole ((?=(?P<n>…))(?P=n): atomic), so a long digit run is linear, not quadratic
    r"\d(?<![\d.,]\d)(?=(?P<num>(?:[.,]?\d)*))(?P=num)\s?"
    # "10k" is money unless it counts an audience or a distance ("10k views", "2k likes", "10k seguidores")
    r"(?:[kK]\b(?!\s*(?i:views|likes|followers|subs\b|subscribers|seguidores|suscriptores|vistas|visitas|"
    r"reproducciones|me gusta|comments|comentarios|run|race|carrera|km))"
    r"|(?i:" + "|".join(_MONEY_CODES_AFTER) + r")\b)"
)


_MONEY_CODE_FIRST_RE = re.compile(  # "USD 500", "MXN 2,000", "btc 0.5": the code before the number
    r"(?i:\b(?:" + "|".join(_MONEY_CODES) + r"))\s?\d+(?:[.,]\d+)*(?:\s?[kK]\b)?"
)


def _count_money(text: str) -> int:
    """Currency amounts: "$1500", "2000€", "$45k", "45k usd", "USD 500" (one amount counts once)."""
    n = 0
    if any(c in text for c in _CURRENCY):
        n = len(_MONEY_SYMBOL_RE.findall(text))
        text = _MONEY_SYMBOL_RE.sub(" ", text)
    n += len(_MONEY_CODE_FIRST_RE.findall(text))
    text = _MONEY_CODE_FIRST_RE.sub(" ", text)
    return n + len(_MONEY_CODE_RE.findall(text))


@dataclass(slots=True)
class _Draft:
    """The language-independent half of one comment, kept between the two halves of a batch."""

    original: str
    report: RepairReport
    text: str  # placeholders in, elongations cut
    content: str  # text without placeholders and emoji: what language ID and letter statistics read
    lower_words: set[str]
    n_emoji: int
    signals: dict[str, float]
    stretched: str | None = None  # `text` before its letter runs were cut, when it had some


def _prepare(text: str) -> _Draft:
    report = RepairReport()
    repaired = repair(text, report)
    counts = [0, 0, 0, 0, 0]
    tok = replace_tokens(repaired, counts)
    # Placeholders are dropped from what language ID reads, whether made now or already in the input
    # (a second pass must see the same words).
    u, h, e, p = _PLACEHOLDER_STRINGS
    content = _PLACEHOLDERS_RE.sub(" ", tok) if (u in tok or h in tok or e in tok or p in tok) else tok

    if repaired.isascii():
        emoji_seqs: list[str] = []
        non_latin = mixed_script = 0
    else:
        emoji_seqs = EMOJI_RE.findall(repaired)
        if emoji_seqs:
            content = EMOJI_RE.sub(" ", content)
        non_latin = len(_NON_LATIN_LETTER_RE.findall(content))
        mixed_script = 0
    n_emoji = len(emoji_seqs)

    # Elongations, runs and emphatic punctuation: nothing to do unless some character appears 3 times in a row.
    n_elong = 0
    stretched = None
    if TRIPLE_RE.search(tok):
        runs = [len(m.group(0)) for m in _RUN_RE.finditer(tok)]
        max_run = float(max(runs)) if runs else 1.0
        n_elong = count_elongations(tok)
        if n_elong:
            stretched = tok  # the language-aware cut happens once the language is known (_rewrite)
        tok = cut_elongations(tok)
        content = cut_elongations(content, "langid")  # language ID reads "perfecto", not "perfectoo"
    else:
        max_run = 2.0 if _DOUBLE_RE.search(tok) else 1.0

    if LAUGH_GATE_RE.search(content):
        content = laughter_for_langid(content)
    words = _ALPHA_WORD_RE.findall(content)
    n_alpha = len(words)
    joined = "".join(words)
    n_letters = len(joined)
    if non_latin:
        mixed_script = sum(1 for w in words if _LATIN_LETTER_RE.search(w) and _NON_LATIN_LETTER_RE.search(w))
    if report.homoglyphs:  # look-alikes read as Latin still count as the script they were written in (a spam dodge)
        non_latin += report.homoglyphs
        mixed_script += report.homoglyph_words
    lower_words = set(" ".join(words).lower().split())
    stripped = "".join(tok.split())
    n_visible = len(stripped)
    n_digits = len(_DIGIT_RE.findall(stripped)) if _DIGIT_RE.search(stripped) else 0
    signals: dict[str, float] = {
        "n_chars": float(len(repaired)),
        "n_words": 0.0,  # set by _finish, on the final text
        "n_words_alpha": float(n_alpha),
        "mean_word_len": n_letters / n_alpha if n_alpha else 0.0,
        "unique_word_ratio": len(lower_words) / n_alpha if n_alpha else 0.0,
        "n_sentences": float(len(_SENTENCE_BREAK_RE.findall(repaired.strip())) + 1) if n_alpha else 0.0,
        "n_emoji": float(n_emoji),
        "n_unique_emoji": float(len(set(emoji_seqs))),
        "emoji_ratio": n_emoji / (n_emoji + n_alpha) if n_emoji else 0.0,
        "is_emoji_only": 1.0 if n_emoji and not n_alpha and EMOJI_ONLY_FILLER_RE.fullmatch(content) else 0.0,
        "is_empty": 0.0,  # set by _finish
        "n_mentions": float(counts[MENTION]),
        "n_urls": float(counts[URL]),
        "n_hashtags": float(counts[HASHTAG]),
        "n_emails": float(counts[EMAIL]),
        "n_phones": float(counts[PHONE]),
        "n_money": float(_count_money(tok)) if n_digits else 0.0,
        "fancy_unicode": 1.0 if report.fancy_letters >= config.FANCY_MIN_CHARS else 0.0,
        "n_fancy_letters": float(report.fancy_letters),
        "non_latin_share": non_latin / n_letters if n_letters else 0.0,
        "mixed_script_words": float(mixed_script),
        "uppercase_ratio": (0.0 if joined.islower() else len(_UPPER_RE.findall(joined)) / n_letters) if n_letters else 0.0,
        "n_elongations": float(n_elong),
        "max_char_run": max_run if n_visible else 0.0,
        "n_repeated_punct": float(count_repeated_punct(tok)),
        "has_question": 1.0 if ("?" in tok or "¿" in tok) else 0.0,
        "has_exclamation": 1.0 if ("!" in tok or "¡" in tok) else 0.0,
        "digit_share": n_digits / n_visible if n_visible else 0.0,
        "has_laughter": 0.0,  # laughter and slang: set by _finish (they depend on the language)
        "n_laughter": 0.0,
        "n_slang": 0.0,
        "mojibake_fixed": float(report.mojibake),
        "n_html": float(report.html),
        "n_invisible": float(report.invisible),
    }
    return _Draft(text, report, tok, content, lower_words, n_emoji, signals, stretched)


def _rewrite(draft: _Draft, lang: str, opts: NormalizeOptions, laugh: list[int], slang: list[int]) -> str:
    text = cut_elongations(draft.stretched, "es") if lang == "es" and draft.stretched is not None else draft.text
    if opts.emoji_mode == "text" and draft.n_emoji and lang in ("es", "en"):
        # Named first, so that the rewrites below see the same words on a second pass. Only in a comment
        # with a language: English names in an `und`/`mixed` comment would change what language ID sees next
        # time (breaking idempotence); the model reads raw emoji anyway.
        text = emoji_to_text(text, lang)
    if LAUGH_GATE_RE.search(text):
        text = normalize_laughter(text, lang, laugh)
    if slang_candidates(draft.lower_words, text.lower(), opts.slang, lang):
        text = expand_slang(text, opts.slang, lang, slang)
    if not text.isascii():
        text = strip_orphan_joiners(text)
    return " ".join(text.split())


def _finish(draft: _Draft, lang: str, opts: NormalizeOptions) -> str:
    """The language-dependent rewrites; returns the normalized text and completes `draft.signals`."""
    laugh, slang = [0, 0], [0, 0]
    text = _rewrite(draft, lang, opts, laugh, slang)
    if laugh[1] or slang[1] or draft.report.escapes or draft.report.html or draft.report.mojibake \
            or (not text.isascii() and not unicodedata.is_normalized("NFC", text)):
        # a rewrite may leave a stray combining mark beside a new letter ("JAJAJ\u0301" -> "jaja\u0301")
        text = _fixed_point(text, lang, opts)
    s = draft.signals
    s["n_words"] = float(text.count(" ") + 1) if text else 0.0
    s["is_empty"] = 0.0 if text else 1.0
    s["has_laughter"] = 1.0 if laugh[0] else 0.0
    s["n_laughter"] = float(laugh[0])
    s["n_slang"] = float(slang[0])
    return text


def _fixed_point(text: str, lang: str, opts: NormalizeOptions) -> str:
    """Re-run the stages until the text stops changing (at most 3 more rounds).

    Needed only where one pass can expose new work: language-dependent rewrites (xD, gated slang) and
    layered encodings (an escape hiding an entity hiding a tag). Keeps `normalize` idempotent.
    """
    for _ in range(3):
        draft = _prepare(text)
        again = _rewrite(draft, lang, opts, [0, 0], [0, 0])
        if again == text:
            break
        text = again
    return text


def _lang_of(draft: _Draft, opts: NormalizeOptions, identifier: LanguageIdentifier | None) -> str:
    if not opts.detect_language:
        return "und"
    content = draft.content
    if opts.slang != "none" and slang_candidates(draft.lower_words, content.lower(), "safe", "und"):
        content = expand_slang(content, "safe", "und", [0, 0])  # as the normalized text will read
    return (identifier or default_identifier()).detect_content(content)


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------
def normalize(
    text: str,
    options: NormalizeOptions | None = None,
    *,
    identifier: LanguageIdentifier | None = None,
    **overrides: Any,
) -> NormalizedComment:
    """Normalise one comment. `overrides` are NormalizeOptions fields (`normalize(t, emoji_mode="text")`).

    Raises NonStringInputError (a TypeError) when `text` is not a str; never raises on a str.
    """
    if not isinstance(text, str):
        raise NonStringInputError(text)
    opts = options or DEFAULT_OPTIONS
    if overrides:
        opts = replace(opts, **overrides)
    draft = _prepare(text)
    lang = _lang_of(draft, opts, identifier)
    normalized = _finish(draft, lang, opts)
    return NormalizedComment(text, normalized, lang, draft.signals)


def normalize_batch(
    texts: Iterable[str],
    options: NormalizeOptions | None = None,
    *,
    identifier: LanguageIdentifier | None = None,
    **overrides: Any,
) -> list[NormalizedComment]:
    """Normalise many comments; language ID runs once per distinct text (batch-level cache).

    Raises NonStringInputError with `.index` set at the first non-str element.
    """
    opts = options or DEFAULT_OPTIONS
    if overrides:
        opts = replace(opts, **overrides)
    drafts: list[_Draft] = []
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise NonStringInputError(t, index=i)
        drafts.append(_prepare(t))
    if opts.detect_language:
        ident = identifier or default_identifier()
        langs = [_lang_of(d, opts, ident) for d in drafts]
    else:
        langs = ["und"] * len(drafts)
    return [NormalizedComment(d.original, _finish(d, lang, opts), lang, d.signals) for d, lang in zip(drafts, langs, strict=True)]


def _reference_loop_us() -> float:
    """CPU µs of `sum(range(1000))` (best of 5): a speed gauge for comparing runs across machines and loads."""
    best = math.inf
    for _ in range(5):
        t0 = time.process_time()
        for _ in range(200):
            sum(range(1000))
        best = min(best, (time.process_time() - t0) / 200 * 1e6)
    return best


def _timed(fn: Any) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def benchmark_normalize(texts: Sequence[str], *, repeats: int = 3) -> dict[str, float]:
    """Throughput of `normalize_batch` on `texts` in comments/s, single-threaded: normalisation alone, then with
    language ID (a fresh detector: cold cache, then warm).

    `*_cpu_per_s` use this process's CPU time, which other jobs on a shared machine do not inflate the way they
    inflate wall time. `reference_loop_us` is the CPU time of a fixed pure-Python loop measured alongside, and
    `cost_in_reference_loops` (CPU µs per comment / reference) carries over between machines: an idle 3 GHz
    core runs the reference in about 7 µs.
    """
    texts = list(texts)
    n = len(texts)
    normalize_batch(texts[:50], detect_language=False)
    wall = cpu = math.inf
    for _ in range(repeats):
        w, c = _timed(lambda: normalize_batch(texts, detect_language=False))
        wall, cpu = min(wall, w), min(cpu, c)
    ref = _reference_loop_us()
    ident = LanguageIdentifier()
    ident.detect_content("warm up the language models")
    cold_w, cold_c = _timed(lambda: normalize_batch(texts, identifier=ident))
    warm_w, warm_c = _timed(lambda: normalize_batch(texts, identifier=ident))
    return {
        "n_comments": float(n),
        "normalize_cpu_per_s": n / cpu,
        "normalize_wall_per_s": n / wall,
        "with_langid_cold_cpu_per_s": n / cold_c,
        "with_langid_cold_wall_per_s": n / cold_w,
        "with_langid_cached_cpu_per_s": n / warm_c,
        "reference_loop_us": ref,
        "cost_in_reference_loops": cpu / n * 1e6 / ref,
    }
