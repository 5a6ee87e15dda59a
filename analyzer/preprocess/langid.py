"""Per-comment language: `es`, `en`, `mixed` (clear evidence of both), `other`, or `und` (no words).

lingua (n-gram Naive Bayes, built for short text) restricted to a small set of languages: a Spanish/English
comment is only confused with its neighbours, so listing the likely ones (pt, it, fr, de) keeps `other`
reachable while removing dozens of rare confusions. A short-text rule layer (¿ ¡ ñ, function words, laughter)
decides the cases where n-grams have too little to go on. Figures: scripts/eval_langid.py.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import config

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PLACEHOLDER_RE = re.compile(r"(?<!\S)(?:@\w+|https?://\S+|www\.\S+|#)")

# Cue words. Each list leaves out words the other language also uses ("no", "a", "me", "super", "ok").
_ES_WORDS = frozenset(
    """que qué de del el la los las y en es por con para una un lo mi mis te muy pero más mas como cómo está
    esta este esto eso ese esa estos esas son hay ya yo tu tú su sus al se le les nos ni sí si porque pues
    también bien gracias hola todo todos nada mucho mucha muchos ser soy eres fue hace tiene tengo quiero amo
    hermoso hermosa bonito bonita lindo linda precioso preciosa bello bella increíble jaja jeje jiji cuando
    donde dónde quién quien algo ahora hoy siempre nunca vez cada mejor peor feliz buen bueno buena buenos
    buenas nuevo nueva otro otra mismo sin sobre entre hasta desde hacia tan vamos va voy ver vida amor día
    años año ahí aquí así aunque dios mío mía chido chévere bacano genial guapa guapo encanta gusta estás
    estoy están cuál wey güey neta pana parce boludo vos piola mola tío tía hostia oye mira verdad ay manches
    órale chale joder porfa muero mames onda chimba""".split()
)
_EN_WORDS = frozenset(
    """the and is are was were you your you're i'm it's this that with what who for of to in on my we they he
    she his her them our have has had do does did don't can't not but just so very really love beautiful it
    pretty cute nice good great awesome amazing thanks thank please lol haha omg wow how why when where which
    there here all one would could should will be been being get got like from about out up if or at an by as
    im dont cant u ur yes yeah happy best cool much idk tbh lmao btw pls plz thx hello hi hey guys gorgeous
    lovely congrats congratulations wonderful stunning""".split()
)
# Spanish words that Portuguese, Italian, French and German do not share: enough to overrule an n-gram "other".
_ES_STRONG = frozenset(
    """el los las muy pero está esto eso esa hay yo porque también gracias hola estoy estás están qué
    cómo dónde cuál quién ahí aquí así aunque jaja jeje wey güey tío tía mola oye verdad gustó encantó mucho
    mucha muchos ahora bueno buena quiero hermoso hermosa""".split()
)
_EN_STRONG = frozenset(
    """the and is are you your you're i'm it's this that with what of to my they she have has don't can't
    just really thanks please how why when where which there would could should been from about yeah idk tbh
    lmao btw pls plz thx""".split()
)
# Function words only (no "cute", "amor"): code-switching is judged on grammar, not on borrowed vocabulary.
_ES_FUNC = frozenset(
    """que qué de del el la los las y en es por con para una lo mi mis te muy pero más como cómo está esta
    este esto eso ese esa son hay ya yo tu tú su sus al se le les nos ni sí porque pues también cuando donde
    dónde quién algo ahora hoy siempre nunca tan estoy estás están soy eres""".split()
)
_EN_FUNC = frozenset(
    """the and is are was were you your you're i i'm it's this that with what who for of to on my we they he she
    his her them our have has had do does did don't can't not but just so very really how why when where it
    which there here would could should will be been from about out if or at by""".split()
)
# Everyday words of the neighbour languages that are neither Spanish nor English words ("ti", "che", "ciao",
# "tack", "le", "les" are left out: Spanish or English also write them). In a short comment with no strong
# Spanish or English word they make it `other`: "Muito lindo", "Eu amo", "Merci", "Grazie mille" (QA: read as es).
_OTHER_STRONG = frozenset(
    """muito muita muitos você vocês não eu obrigado obrigada obg vc vcs então isso meu minha amei adorei
    parabéns demais fofo fofa ótimo ótima saudade tá
    grazie molto bellissimo bellissima bellissimi sono questo questa anche tutto tutti bravissimo bravissima
    merci très c'est j'adore trop magnifique oui avec mais suis ça j'aime bisous génial
    danke schön sehr ich nicht wunderschön toll liebe
    mooi prachtig leuk heel""".split()  # in capitals, "EU" is the European Union or Estados Unidos: not counted
)
# Catalan words Spanish does not write: lingua's "ca" stands only with one of them (Spain's Catalan comments read as
# Spanish without "ca" in the set; with it, a Spanish tweet about "Barcelona" or "#guanyarem" went to Catalan)
_CA_ONLY = frozenset(
    """molt molts moltes gràcies mercès aquest aquesta aquests aquestes això allò amb però perquè doncs gens tothom avui
    també és són estic estàs està ets sóc tinc vull puc fer feina quin quina quins quines meva teva seva teu seu
    nostre vostre noia noi xulo xula bonic bonica maco maca millor vosaltres nosaltres hi ho els dels pels
    m'agrada t'estimo enhorabona felicitats bon""".split()
)
FUNCTION_WORDS: frozenset[str] = _ES_FUNC | _EN_FUNC  # grammar words of either language
_ES_CHARS_RE = re.compile("[ñÑ¿¡áéíóúÁÉÍÓÚ]")
_ES_ONLY_CHARS_RE = re.compile("[ñÑ¿¡]")  # an accented vowel is also Portuguese, French, Catalan, or a name
_SHARED_WORDS = frozenset("he no me a son once fin sin come".split())  # English words that are Spanish too
_RUN_RE = re.compile(r"(.)\1+")
_CLAUSE_RE = re.compile(r"[,.;:!?¿¡()\[\]\"“”…]+|\s[-–—]\s")


def _lingua_lang(code: str) -> Any:
    from lingua import IsoCode639_1

    return getattr(IsoCode639_1, code.upper())


@dataclass
class LanguageIdentifier:
    """A configured detector with a bounded cache; `detect` never raises on a str."""

    languages: tuple[str, ...] = config.LANGID_LANGUAGES
    low_accuracy: bool = config.LANGID_LOW_ACCURACY
    rules: bool = True  # the short-text rule layer (measured: scripts/eval_langid.py)
    mixed_min_words: int = config.MIXED_MIN_WORDS
    mixed_min_share: float = config.MIXED_MIN_SHARE
    short_words: int = config.LANGID_SHORT_WORDS
    short_runner_up: float = config.LANGID_SHORT_RUNNER_UP
    fast_path: int = config.LANGID_FAST_PATH_WORDS  # 0 disables
    cache_size: int = config.LANGID_CACHE_SIZE
    _cache: OrderedDict[str, str] = field(default_factory=OrderedDict, repr=False)
    _detector: Any = field(default=None, repr=False)

    @property
    def detector(self) -> Any:
        if self._detector is None:
            from lingua import LanguageDetectorBuilder

            builder = LanguageDetectorBuilder.from_iso_codes_639_1(*[_lingua_lang(c) for c in self.languages])
            if self.low_accuracy:
                builder = builder.with_low_accuracy_mode()
            self._detector = builder.build()
        return self._detector

    # ----------------------------------------------------------------------------------------------
    @staticmethod
    def _cues(words: list[str], text: str) -> tuple[int, int]:
        """(Spanish, English) evidence: function words of each, plus one for ñ ¿ ¡ or an accented vowel."""
        es = en = 0
        for w in words:
            low = w.lower()
            if low in _ES_WORDS:
                es += 1
            elif low in _EN_WORDS:
                en += 1
            elif len(low) > 2:
                flat = _RUN_RE.sub(r"\1", low)  # elongated: "siii", "lindoo"
                es += flat in _ES_WORDS
                en += flat in _EN_WORDS
        if _ES_CHARS_RE.search(text):
            es += 1
        return es, en

    def _switches(self, words: list[str]) -> bool:
        """One switch of language inside a clause ("los hice para el brunch y they loved it"): a run of Spanish
        cue words, then a run of English ones (or the reverse), each with 2+ cue words and a grammar word. Words
        Capitalised after the first (titles, names, split hashtags: "talking to the moon de Bruno Mars", "Game Of
        Thrones") and words both languages write are not read; a second switch (a title inside) is no mix."""
        tags: list[tuple[str, bool]] = []  # (language, is a grammar word) of each cue word, in order
        for i, w in enumerate(words):
            low = w.lower()
            if (i and w[0].isupper()) or low in _SHARED_WORDS:
                continue
            if low in _ES_WORDS:
                tags.append(("es", low in _ES_FUNC))
            elif low in _EN_WORDS:
                tags.append(("en", low in _EN_FUNC))
        runs: list[list[tuple[str, bool]]] = []
        for tag in tags:
            if runs and runs[-1][0][0] == tag[0]:
                runs[-1].append(tag)
            else:
                runs.append([tag])
        return len(runs) == 2 and all(len(r) >= self.mixed_min_words and any(f for _, f in r) for r in runs)

    def _is_mixed(self, text: str) -> bool:
        """Code-switching: Spanish and English grammar in one comment, judged on function words only.

        Either clauses (split at punctuation) that are each one-sided, or, within one clause, at least
        `mixed_min_words` function words of each language. Mostly Capitalised clauses are skipped: titles and
        names ("Better Call Saul", "Champions League") are not code-switching.
        """
        votes = {"es": 0, "en": 0}
        cues = {"es": 0, "en": 0}
        for clause in _CLAUSE_RE.split(text):
            words = _WORD_RE.findall(clause)
            if not words or sum(w[0].isupper() for w in words) * 2 > len(words):
                continue
            es = sum(w.lower() in _ES_FUNC for w in words) + (1 if _ES_CHARS_RE.search(clause) else 0)
            en = sum(w.lower() in _EN_FUNC for w in words)
            cues["es"] += es
            cues["en"] += en
            if len(words) >= self.mixed_min_words:
                es_any, en_any = self._cues(words, clause)  # a clause votes on all cue words, by majority
                if min(es_any, en_any) >= self.mixed_min_words and self._switches(words):
                    return True
                if es_any > en_any and not en:
                    votes["es"] += len(words)
                elif en_any > es_any and not es:
                    votes["en"] += len(words)
        total = votes["es"] + votes["en"]
        if total and min(votes.values()) / total >= self.mixed_min_share:
            return True
        n_cues = cues["es"] + cues["en"]
        return min(cues.values()) >= self.mixed_min_words and min(cues.values()) / n_cues >= self.mixed_min_share

    def _from_lingua(self, joined: str, n_words: int) -> str:
        values = self.detector.compute_language_confidence_values(joined)
        if values and values[0].language.iso_code_639_1.name.lower() == "ca" and _CA_ONLY.isdisjoint(
                w.lower() for w in _WORD_RE.findall(joined)):
            values = values[1:]  # n-grams alone ("Barcelona", "#guanyarem") do not make a Spanish text Catalan
        if not values or values[0].value <= 0.0:
            return "other"
        top = values[0].language.iso_code_639_1.name.lower()
        if top in ("es", "en") or n_words > self.short_words:
            return top
        # Short text: a close es/en runner-up beats a neighbour language (pt/it/fr/de) on so little evidence.
        runner = next((v for v in values[1:] if v.language.iso_code_639_1.name.lower() in ("es", "en")), None)
        if runner is not None and runner.value >= self.short_runner_up * values[0].value:
            return runner.language.iso_code_639_1.name.lower()
        return top

    def _decide(self, text: str, words: list[str]) -> str:
        n = len(words)
        if n >= 2 * self.mixed_min_words and self._is_mixed(text):
            return "mixed"
        if not self.rules:
            top = self._from_lingua(" ".join(words), n)
            return top if top in ("es", "en") else "other"
        es, en = self._cues(words, text)
        if n <= 3 and es == 1 and _ES_CHARS_RE.search(text) and not _ES_ONLY_CHARS_RE.search(text):
            # the one Spanish cue is an accent: a name's in English ("I love Bogotá", "Love you Sofía") or a
            # neighbour language's ("Parabéns"): English words or a confident lingua decide (QA)
            if any(w.lower() in _EN_WORDS and w.lower() not in _SHARED_WORDS for w in words):
                return "en"
            top = self.detector.compute_language_confidence_values(" ".join(words))
            if top and top[0].value >= config.LANGID_ACCENT_OVERRULE:
                code = top[0].language.iso_code_639_1.name.lower()
                return code if code in ("es", "en") else "other"
        low = [w.lower() for w in words]
        if n <= config.LANGID_OTHER_WORDS and any(w in _OTHER_STRONG and not (o.isupper() and len(o) <= 3)
                                                  for w, o in zip(low, words, strict=True)) \
                and not any(w in _ES_STRONG or w in _EN_STRONG for w in low):
            return "other"
        if n <= 3 and (es > 0) != (en > 0):  # too short for n-grams: one-sided cues decide
            return "es" if es else "en"
        es_strong = sum(w in _ES_STRONG for w in low)
        en_strong = sum(w in _EN_STRONG for w in low)
        if self.fast_path and es_strong >= self.fast_path and not en:  # obvious cases skip the n-gram model
            return "es"
        if self.fast_path and en_strong >= self.fast_path and not es:
            return "en"
        if n <= 3 and es and es == en:  # as many cues each ("que cute", "que cool"): the grammar word's language
            own = set(low) - _SHARED_WORDS  # (QA: other, en; lingua guesses on two words)
            es_f, en_f = len(own & _ES_FUNC), len(own & _EN_FUNC)
            if es_f != en_f:
                return "es" if es_f > en_f else "en"
        top = self._from_lingua(" ".join(words), n)
        if top in ("es", "en"):
            # the grammar of one language with the other's vocabulary is the first language with loanwords:
            # "el outfit esta top", "participo en el giveaway" (lingua reads the English nouns)
            es_f, en_f = len(set(low) & _ES_FUNC), len(set(low) & _EN_FUNC)
            if top == "en" and es_f >= 2 and not en_f:
                return "es"
            if top == "es" and en_f >= 2 and not es_f:
                return "en"
            return top
        if es_strong >= 2 and es_strong > en_strong:  # lingua says pt/it/fr/de; Spanish-only words disagree
            return "es"
        if en_strong >= 2 and en_strong > es_strong:
            return "en"
        if n <= 3 and es and en:  # Spanglish too short for n-grams: "Qué cute", "qué nice" (QA: other)
            if es != en:
                return "es" if es > en else "en"
        return "other"

    def detect_content(self, text: str) -> str:
        """Language of text that has already been stripped of mentions, links and emoji."""
        text = text[: config.LANGID_MAX_CHARS]  # also keeps a pasted document out of the cache's keys
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        words = _WORD_RE.findall(text)
        lang = self._decide(text, words) if words else "und"
        if self.cache_size > 0:
            if len(self._cache) >= self.cache_size:
                try:
                    self._cache.popitem(last=False)
                except KeyError:  # another thread emptied it first (threads share one analyzer)
                    pass
            self._cache[text] = lang
        return lang

    def detect(self, text: str) -> str:
        """Language of any raw text (mentions, links and hashtag signs are ignored)."""
        return self.detect_content(_PLACEHOLDER_RE.sub(" ", text))

    def detect_many(self, texts: Sequence[str]) -> list[str]:
        """Batch form: duplicates and cached texts are looked up once."""
        return [self.detect_content(t) for t in texts]


@lru_cache(maxsize=1)
def default_identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def detect_language(text: str) -> str:
    """`es` | `en` | `mixed` | `other` | `und` for one raw comment: the same answer as `normalize(text).lang`
    (the text is repaired and stripped of mentions, links and emoji first). Raises NonStringInputError."""
    from .normalize import normalize

    return normalize(text).lang
