"""Small text helpers shared by features and coordination: canonical form, content words, stems.

Why a canonical form: pods post variants ("Amazing!! 😍🔥", "amazing 😍🔥🔥", "Amaziiing 😍🔥"); lowercasing,
folding accents, collapsing repeated characters (letters *and* emoji) and dropping punctuation/space makes
them one string while keeping words, digits and emoji meaningful.
"""

from __future__ import annotations

import functools
import re

from .lexicon import fold, is_generic_word

_RUN_RE = re.compile(r"(.)\1+", re.DOTALL)
_PLACEHOLDER_RE = re.compile(r"@user|\bhttp\b|\bemail\b|\bphone\b")
_WORD_RE = re.compile(r"[^\W_]+")

STOPWORDS: frozenset[str] = frozenset("""
a al algo ante antes aqui asi aun bien cada como con contra cual cuando de del desde donde dos el ella ellas
ellos en entre era eres es esa ese eso esta estas este esto estos esta estan fue ha hay hace la las le les lo
los mas me mi mis mucho muy nada ni no nos o otra otro para pero poco por porque pues que quien se sea ser si
sin sobre solo son su sus tambien tan te tengo ti tiene todo todos tu tus un una uno unos usted va vos y ya yo
the a an and or but if of to in on at by for with from as is are was were be been being it its this that these
those i me my we our you your he she they them his her their what which who whom how why when where there here
do does did done have has had not no yes so too very can could would should will just than then also about
into over out up down more most some any all each both few other such only own same again once im ive dont
its thats youre u ur lol haha jaja jajaja hahaha
""".split())


# everything but letters, digits and pictographs (arrows/symbols/dingbats, emoji planes) goes
_NON_CONTENT_RE = re.compile(r"[^\w\u2190-\u2bff\U0001f000-\U0001faff]|_")


def canonical(text: str) -> str:
    """Lowercase, accent-folded, runs collapsed, punctuation/spaces/variation selectors dropped."""
    t = _NON_CONTENT_RE.sub("", _PLACEHOLDER_RE.sub(" ", fold(text)))
    return _RUN_RE.sub(r"\1", t)


def content_words(text: str) -> list[str]:
    """Words that could say something about a post: not stopwords, not generic praise, 3+ characters."""
    return [w2 for w in _WORD_RE.findall(fold(_PLACEHOLDER_RE.sub(" ", text))) if (w2 := _content_word(w))]


@functools.lru_cache(maxsize=1 << 16)
def _content_word(w: str) -> str | None:
    """A word's content form (runs cut to two), or None when it says nothing. Memoised: the same few thousand
    words recur over a dump, and two regex substitutions per word were a fifth of the authenticity stage's time."""
    w2 = _RUN_RE.sub(r"\1\1", w)
    return None if len(w2) < 3 or w2 in STOPWORDS or is_generic_word(w2) else w2


def stem(word: str) -> str:
    """Crude prefix stem (5 characters) so cookie/cookies, receta/recetas, chili/chilis meet."""
    return word if word.isdigit() else word[:5]
