"""Text rewrites on repaired text: placeholders for mentions/links/contacts, hashtag splitting, elongation and
punctuation caps, laughter and slang normalisation.

Every rewrite is idempotent on its own output (placeholders are not matched again, caps are fixed points), which
is what makes `normalize` idempotent. Patterns are anchored at token boundaries so that no pattern backtracks
quadratically on long runs of letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import product

from .. import config

# --------------------------------------------------------------------------------------------------
# Mentions, links, e-mails, phone numbers, hashtags: one pass, one counter list
# --------------------------------------------------------------------------------------------------
_TLDS = (
    "com|net|org|edu|gov|io|co|me|ly|gl|tv|xyz|info|biz|link|shop|app|site|online|store|club|live|to|gg|be|us|uk|"
    "ru|mx|ar|cl|pe|br|de|fr|it|ve|ec|uy|py|bo|cr|gt|hn|sv|ni|pa|do|pr|cu|cat|ws|tk|ml|ga|cf|top|vip|pro|bio|page|"
    "tech|fun|space|website|wtf|news|email|in|ca|au|nz|jp|cn|kr|ch|nl|pl|pt|eu|asia|am|fm|ai|sh|im|is|st|cc|ph|es"
)
# Endings that are also Spanish/English words: after a missing space ("I loved it.It was", "gracias.De verdad",
# "jaja.me muero") they end a sentence, not a domain, so they make a link only with a path ("wa.me/52…", "t.me/x")
# ("es" too: "lo mejor.es que"), unless the name before it is lowercase and the ending ends the comment ("compra
# en zara.es")
_WORD_TLDS = frozenset("me|de|it|in|to|be|do|us|am|is|im|pe|pa|ve|ni|ca|st|sh|es".split("|"))
_PATH = r"/(?:[^\s<>\"]*[^\s<>\"'.,;:!?)\]}])?"
# a link ends before closing punctuation, except a bracket it opened itself (Wikipedia's "México_(país)")
_URL_RE = re.compile(r"(?<![#@])(?:https?://|www\.)(?:(?:[^\s<>\"()]|\([^\s<>\"()]*\))*"
                     r"(?:\([^\s<>\"()]*\)|[^\s<>\"'.,;:!?()\]}]))?", re.IGNORECASE)
_BARE_DOMAIN_RE = re.compile(
    rf"(?<![\w.@/#-])(?:[a-z0-9-]+\.)+(?:"
    rf"(?:{'|'.join(t for t in _TLDS.split('|') if t not in _WORD_TLDS)})\b(?:{_PATH})?"
    rf"|(?:{'|'.join(sorted(_WORD_TLDS))})\b{_PATH})", re.IGNORECASE
)
_TLD_GATE_RE = re.compile(rf"\.(?:{_TLDS})\b", re.IGNORECASE)  # starts with a literal: a fast pre-check
# a missing space before a capitalised word that is also an ending ("Gran video.Top!", "Gracias.Bio") ends a
# sentence; a domain's ending is written lowercase (or all capitals: "WWW.TIENDA.COM")
_SENTENCE_TLD_RE = re.compile(r"\.[A-Z][a-z]+")
_SPANISH_SHOP_RE = re.compile(r"(?<![\w.@/#-])[a-z0-9][a-z0-9-]{2,}\.es(?=[\s!.)]*$)")


def _bare_domain(m: re.Match[str], counts: list[int]) -> str:
    link = m.group(0)
    if "/" not in link and _SENTENCE_TLD_RE.fullmatch(link[link.rfind("."):]):
        return link
    counts[URL] += 1
    return config.URL_TOKEN


_EMAIL_RE = re.compile(r"(?<![\w.+#-])[\w.+-]+(?:'[\w.+-]+)*@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")  # john.o'brien@
_KEYCAP = "\ufe0f\u20e3"  # a digit followed by these is an emoji (1️⃣), not part of a handle or number
# a handle's dots stand one at a time between word characters (as Instagram and TikTok allow): "@user...Hola" is
# "@user" and an ellipsis, so a normalised "@user...Hola Mundo" reads the same the second time
_MENTION_RE = re.compile(rf"@\w+(?:\.\w+)*(?![{_KEYCAP}])")
# "#site.com": neither tag nor link; "#a1️⃣": the tag "#a" then the keycap emoji (the tag ends before a keycap digit)
_HASHTAG_RE = re.compile(rf"(?<![@&#])#+(?=\w*[^\W\d_])\w+?(?=\d[{_KEYCAP}]|(?!\w|\.\w|[{_KEYCAP}]))")
# not after a decimal point ("3.14159265358"); a lone "1" may lead (US long distance "1-800-...", Mexico's old
# mobile "+52 1 55 ...": QA, both were cut in two)
_PHONE_RE = re.compile(
    r"(?<![\w+#@])(?<!\d[.,])(?:\+\d{1,3}[\s.-]?)?(?:1[\s-])?(?:\(\d{1,4}\)[\s.-]?)?"
    r"(?:\d{9,15}|\d{1,5}(?:[\s.-]\d{2,5}){1,5})(?![\w\ufe0f\u20e3])"  # Chile's "+56 9 8765 4321": one digit first
)
_PHONE_GATE_RE = re.compile(r"\d(?:[\s().-]{0,2}\d){7}")  # eight digits close together
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+")
_DIGIT_RE = re.compile(r"\d")
_GROUP_RE = re.compile(r"\d+")
# Token-kind index in the counter list passed to `replace_tokens`.
URL, EMAIL, MENTION, HASHTAG, PHONE = range(5)


# Spain's nine-digit numbers written 3-3-3 ("612 345 678", "912 345 678") look like thousands but start with 6-9:
# as a count they would be hundreds of millions
_ES_MOBILE_RE = re.compile(r"[6-9]\d\d \d{3} \d{3}")
_YEARS_RE = re.compile(r"(?:1[89]|20)\d\d(?:[\s.-]+(?:1[89]|20)\d\d)+")  # "Mundiales 2014 2018 2022", "2022-2023"


def _phone(m: re.Match[str], counts: list[int]) -> str:
    s = m.group(0)
    if _YEARS_RE.fullmatch(s):
        return s
    n_digits = len(_DIGIT_RE.findall(s))  # reject thousands ("1.000.000.000") and short numbers
    if n_digits < 8 or n_digits > 15 or (s[0] != "+" and (n_digits < 9 or (_THOUSANDS_RE.fullmatch(s)
                                                                          and not _ES_MOBILE_RE.fullmatch(s)))):
        return s
    groups = [int(g) for g in _GROUP_RE.findall(s)]
    if len(groups) >= 4 and all(b == a + 1 for a, b in zip(groups, groups[1:], strict=False)):  # a count: "10 11 12 13 14"
        return s
    counts[PHONE] += 1
    return config.PHONE_TOKEN


def _hashtag(m: re.Match[str], counts: list[int]) -> str:
    counts[HASHTAG] += 1
    words = split_hashtag(m.group(0).lstrip("#"))
    s, start, end = m.string, m.start(), m.end()
    before = " " if start and s[start - 1].isalnum() else ""  # "hola#tag": keep the words apart
    after = " " if end < len(s) and s[end].isalnum() else ""
    return before + words + after


def replace_tokens(text: str, counts: list[int]) -> str:
    """Mentions -> `@user`, links -> `http`, e-mails/phones -> tokens, hashtags -> their words.

    `counts` (length 5, indexed by URL/EMAIL/MENTION/HASHTAG/PHONE) is incremented in place. Each pattern runs
    only when a substring test says it can match (most comments have none of these).
    """
    if "http" in text or "www" in text or "HTTP" in text or "WWW" in text:
        text, n = _URL_RE.subn(config.URL_TOKEN, text)
        counts[URL] += n
    if "." in text and _TLD_GATE_RE.search(text):
        text = _BARE_DOMAIN_RE.sub(lambda m: _bare_domain(m, counts), text)
        if ".es" in text:
            text, n = _SPANISH_SHOP_RE.subn(config.URL_TOKEN, text)
            counts[URL] += n
    if "@" in text:
        text, n = _EMAIL_RE.subn(config.EMAIL_TOKEN, text)
        counts[EMAIL] += n
        last_end = [-1]

        def mention(m: re.Match[str]) -> str:
            counts[MENTION] += 1
            start = m.start()
            prev = m.string[start - 1] if start else " "
            glued = prev.isalnum() or prev == "_" or start == last_end[0]  # "twitter@handle", "@a@b"
            last_end[0] = m.end()
            return " " + config.USER_TOKEN if glued else config.USER_TOKEN

        text = _MENTION_RE.sub(mention, text)
    if "#" in text:
        text = _HASHTAG_RE.sub(lambda m: _hashtag(m, counts), text)
    if _PHONE_GATE_RE.search(text):
        text = _PHONE_RE.sub(lambda m: _phone(m, counts), text)
    return text


# --------------------------------------------------------------------------------------------------
# Hashtag splitting
# --------------------------------------------------------------------------------------------------
def _segment(word: str) -> list[str] | None:
    """Split an all-lowercase run into lexicon words, or None when it cannot be covered or the cover is a guess.
    Of the covers, the fewest pieces, then the fewest one-letter pieces ("ya no mas", not "y ano mas"). A guess: a
    one-letter piece beside another of one or two letters ("best i es", "a mi go"), or Spanish "un" before an
    English word, which is English's prefix ("#unhappy", "#unfollowme"; QA: "un happy" flipped the sentiment)."""
    n = len(word)
    if n > 40:
        return None
    best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    for end in range(1, n + 1):
        for start in range(max(0, end - 12), end):
            prev = best[start]
            piece = word[start:end]
            if prev is None or piece not in config.HASHTAG_LEXICON:
                continue
            cand = (prev[0] + 1, prev[1] + (len(piece) == 1), [*prev[2], piece])
            if best[end] is None or cand[:2] < best[end][:2]:  # type: ignore[index]
                best[end] = cand
    if best[n] is None:
        return None
    pieces = best[n][2]
    for a, b in zip(pieces, pieces[1:], strict=False):
        if (min(len(a), len(b)) == 1 and max(len(a), len(b)) <= 2) or (a == "un" and b in config.HASHTAG_LEXICON_EN):
            return None
    return pieces


def _case_pieces(word: str) -> list[str]:
    """Split at underscores, letter/digit changes and camelCase humps ("NFLDraft2019" -> NFL Draft 2019)."""
    pieces: list[str] = []
    cur = ""
    for i, ch in enumerate(word):
        if ch == "_":
            if cur:
                pieces.append(cur)
            cur = ""
            continue
        if cur:
            prev = cur[-1]
            nxt = word[i + 1] if i + 1 < len(word) else ""
            boundary = (
                (prev.isdigit() != ch.isdigit())
                or (ch.isupper() and prev.islower())
                or (ch.isupper() and prev.isupper() and nxt.islower())
            )
            if boundary:
                pieces.append(cur)
                cur = ""
        cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def split_hashtag(tag: str) -> str:
    """`HashtagsEnCamelCase` -> "Hashtags En Camel Case"; `felizcumpleaños` -> "feliz cumpleaños" (lexicon)."""
    out: list[str] = []
    for piece in _case_pieces(tag):
        low = piece.lower()
        if len(piece) >= 6 and (piece.islower() or piece.isupper()) and low not in config.HASHTAG_LEXICON:
            seg = _segment(low)
            if seg and len(seg) > 1:
                out.extend(seg if piece.islower() else [s.upper() for s in seg])
                continue
        out.append(piece)
    return " ".join(out)


# --------------------------------------------------------------------------------------------------
# Elongation and punctuation
# --------------------------------------------------------------------------------------------------
ELONGATION_RE = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)
# A stretched accented vowel: the accent, then its plain vowel ("Mamáaaa", "Síiii", "bebéeee"): one run, cut to the
# accented vowel (QA: the plain run alone was cut, "Mamáa", "Síi"). Two or more after it, as a run is three.
_ACCENT_RUN_RE = re.compile("|".join(f"{a}[{v}{a}]{{2,}}" for a, v in zip("áéíóú", "aeiou", strict=True)),
                            re.IGNORECASE)
# Pre-check: nothing to cut without a triple (spaces, digits and the "..." ellipsis do not count), "....", or a
# stretched accented vowel.
TRIPLE_RE = re.compile(r"([^\s\d.])\1\1|\.{4}|(?i:[áéíóú][aeiouáéíóú]{2})")
_PUNCT_RUN_RE = re.compile(r"([!?¡¿,;:])\1{2,}|\.{4,}")
_PUNCT_SEQ_RE = re.compile(r"[!?¡¿.,;:]{2,}")


def count_repeated_punct(text: str) -> int:
    """Runs such as "!!", "?!?", "....", ",,": emphatic punctuation (an ellipsis "..." is not counted)."""
    n = 0
    for run in _PUNCT_SEQ_RE.findall(text):
        dots = run.count(".")
        if len(run) - dots - run.count(",") - run.count(";") - run.count(":") >= 2 or dots >= 4:
            n += 1
        elif ",," in run or ";;" in run or "::" in run:
            n += 1
    return n


def _cap_punct(m: re.Match[str]) -> str:
    return m.group(1) * 2 if m.group(1) else "..."


# Words whose triple letters are spelled, not stretched: Roman numerals (XIII, III), sizes (XXXL), www, and
# three capitals alike (AAA batteries, the KKK); "NOOOO" and "siiii" are still cut.
_KEEP_TRIPLE_RE = re.compile(r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
                             r"|X{2,4}[SL]|[Ww]{3}|([A-Z])\1\1")


# The longest word the spelled-triple and double-vowel rules name ("MMMDCCCLXXXVIII", "reestructurarnos") is far
# shorter: a longer run of letters is none of them, and is not walked to its ends for each of its letter runs
# (QA: a 22,400-letter "JAJAJJJAJAAAA..." took 8.7 s, its runs x its length)
_WORD_WALK = 40


def _word_around(s: str, i: int, j: int) -> tuple[int, int] | None:
    """The bounds of the word holding s[i:j], or None when it is longer than _WORD_WALK letters either way."""
    lo, hi = max(0, i - _WORD_WALK), min(len(s), j + _WORD_WALK)
    while i > lo and s[i - 1].isalpha():
        i -= 1
    while j < hi and s[j].isalpha():
        j += 1
    if (i == lo and i > 0 and s[i - 1].isalpha()) or (j == hi and j < len(s) and s[j].isalpha()):
        return None
    return i, j


def _spelled(m: re.Match[str]) -> bool:
    word = _word_around(m.string, m.start(), m.end())
    return word is not None and _KEEP_TRIPLE_RE.fullmatch(m.string[word[0]:word[1]]) is not None


# Spanish doubles only these letters (calle, perro, acción): a stretched run of any other letter is one letter
# ("feoooo" -> "feo", "muuuuy" -> "muy"). Two letters ("feoo", "amoo") read as neither word to the models and
# as English to language ID (QA: 11 of 49 such pairs moved to neutral). English doubles most letters (good, too,
# see, miss): there a run keeps two only where that spells a listed word (config.EN_DOUBLE_WORDS, `_cut_word`).
_ES_DOUBLES = frozenset("lrcLRC")


# The Spanish words a comment stretches that spell a doubled vowel ("leeeer" is leer, not "ler"; "creeeeo" is
# still creo): a stretched e/o keeps two only where that makes one of these words.
_ES_DOUBLE_VOWEL_RE = re.compile(
    r"(?:re)?(?:l|cr|pos|prov)ee(?:r|rl[oa]s?|rte|rme|mos|n|s)?|cr[eé]eme|des[eé]e[ns]?|coop\w*|coord\w*|zoo\w*"
    r"|microondas|re(?:e(?:mplaz|scrib|leg|ncontr|nvi|structur)\w*)")


def _cut_run_es(m: re.Match[str]) -> str:
    run, s, i, j = m.group(0), m.string, m.start(), m.end()
    if _spelled(m):
        return run
    ends = j == len(s) or not s[j].isalpha()
    whole = (i == 0 or not s[i - 1].isalpha()) and ends  # "Mmmmm", "zzzz"
    if whole or (run[0] in _ES_DOUBLES and not ends):  # no Spanish word ends in rr, ll or cc: "amorrrr" is amor
        return run[0] + run[-1]
    if (bounds := _word_around(s, i, j)) is not None:
        wi, wj = bounds
        before = ELONGATION_RE.sub(lambda r: r.group(1), s[wi:i])
        after = ELONGATION_RE.sub(lambda r: r.group(1), s[j:wj])
        word = before + run[:2] + after
        if run[0] in "eEoO" and _ES_DOUBLE_VOWEL_RE.fullmatch(word.lower()):
            return run[0] + run[-1]
        # an English loanword stretched in a Spanish comment ("una queeeen", "está coooool", "qué gooood"): its
        # double stays, unless the single letter spells a Spanish word ("poooor favor", "sooon lo máximo")
        if len(word) >= 4 and _en_double(word) and (before + run[0] + after).lower() not in _ES_SINGLE_WORDS:
            return run[0] + run[-1]
    return run[0]


# Spanish words that an English double word stretches to when cut to one letter ("poor" -> por, "soon" -> son)
_ES_SINGLE_WORDS = frozenset("por son ten sed bot mis non mes pero para".split())


_EN_SUFFIXES = ("s", "es", "ed", "d", "ing", "ings", "er", "ers", "est", "ly", "y", "ie", "ies", "iest")
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _en_double(word: str) -> bool:
    """Whether `word` is a listed English word with a double letter, or one with a common ending ("feeling")."""
    w = word.lower()
    return w in config.EN_DOUBLE_WORDS or any(
        w.endswith(suf) and w[: -len(suf)] in config.EN_DOUBLE_WORDS for suf in _EN_SUFFIXES if len(w) > len(suf) + 2)


def _cut_word(m: re.Match[str], langid: bool) -> str:
    """A word's stretched letter runs, cut together: two letters where that spells a listed English word ("goooood"
    -> good, "tooooo" -> too) or, for language ID, a Spanish double ("perrrro", "leeeer"); else one ("loooove" ->
    love, "amiiigaaa" -> amiga, "lolll" -> lol). A word that is all one run ("Mmmmm", "zzzz") keeps two; spelled
    triples (XIII, XXXL, www, AAA) are left alone."""
    span = m.group(0)
    runs = list(ELONGATION_RE.finditer(span))
    if not runs or _KEEP_TRIPLE_RE.fullmatch(span):
        return span
    if len(runs) == 1 and runs[0].group(0) == span:
        return span[0] + span[-1]  # "Mmmmm" -> "Mm", not "MM"

    def build(keep: tuple[int, ...]) -> str:
        out, at = [], 0
        for r, k in zip(runs, keep, strict=True):
            run = r.group(0)
            out += [span[at:r.start()], run[0] + (run[-1] if k == 2 else "")]
            at = r.end()
        return "".join([*out, span[at:]])

    if len(runs) <= 3:  # which runs are doubles: fewest first ("goooood" -> good, not "god"; "reallyyy" -> really)
        for keep in sorted(product((1, 2), repeat=len(runs)), key=sum):
            word = build(keep)
            if _en_double(word) or (langid and _ES_DOUBLE_VOWEL_RE.fullmatch(word.lower())):
                return word
    return build(tuple(2 if langid and r.group(1) in _ES_DOUBLES else 1 for r in runs))


def count_elongations(text: str) -> int:
    """The letter runs `cut_elongations` shortens (spelled triples such as XIII are not elongations)."""
    accents = list(_ACCENT_RUN_RE.finditer(text))
    if accents:  # "Síiii" is one stretch, not an accent and a run of i
        text = _ACCENT_RUN_RE.sub(lambda m: m.group(0)[0], text)
    return len(accents) + sum(not _spelled(m) for m in ELONGATION_RE.finditer(text))


def cut_elongations(text: str, letters: str = "en") -> str:
    """"siiiiii" -> "si", "!!!!!" -> "!!", "......" -> "..." (digits are never touched: 1000000 stays; nor are
    spelled triples: XIII, XXXL, www, AAA). `letters`: what a stretched letter run keeps: "en" (any language but
    Spanish: one, two where that spells a listed English word, see `_cut_word`), "es" (one, two for l/r/c:
    "siiii" -> "si", "perrrro" -> "perro") or "langid" (as "en", plus Spanish doubles: what language ID reads)."""
    text = _ACCENT_RUN_RE.sub(lambda m: m.group(0)[0], text)
    if letters == "es":
        text = ELONGATION_RE.sub(_cut_run_es, text)
    else:
        text = _LETTERS_RE.sub(partial(_cut_word, langid=letters == "langid"), text)
    return _PUNCT_RUN_RE.sub(_cap_punct, text)


# --------------------------------------------------------------------------------------------------
# Laughter
# --------------------------------------------------------------------------------------------------
# Spanish: letters from {j, vowels (accented too), s} with two j's apart (jaja, JAJSJAJSJ, jsjsjs, jeje, ajaj,
# jajjaja, jajajá). Each form takes its whole run of letters at once ((?=(?P<x>...))(?P=x): an atomic group,
# Python 3.10-safe), so a long run that ends inside a word ("jajaja…ño") fails in linear time instead of
# backtracking through every split. "mu"/"bu"/"bw"/"mw" lead an evil laugh (muajaja, bwahaha); spaced beats
# ("ja ja ja", "ha, ha") need two of them ("ja" alone is a word in other languages).
_LAUGH_ES = (
    r"(?:[mb][uw])?(?=[jaeiousáéíóú]*?j[aeiousáéíóú]+j)(?=(?P<run_es>[jaeiousáéíóú]+))(?P=run_es)"
    r"|j[aeiáé](?:[ ,.]+j[aeiáé])+"
)
# English: haha/hehe/ahah (not "huh"), lol/lool/lolol, lmao/lmfao, rofl; spaced "ha ha", "ha, ha", "ha.ha", "he he
# he": beats apart by spaces, commas or one glued dot, and three when "he" is one ("he... he was so young", "Lo que
# ha. He visto" are words: QA, both read as laughter).
_LAUGH_EN = (
    r"(?:[mb][uw])?(?=[aeio]?h[aeio]+h)(?=(?P<run_en>[haeio]+))(?P=run_en)|lo+l(?:o+l)*|lmf?a+o+|rofl"
    r"|ha(?:(?:[ ,]+|\.)ha)+|h[ae](?:(?:[ ,]+|\.)h[ae]){2,}"
)
# xD, XDDD, xdxd: an emoticon used by both; huehue (from Portuguese) too: rendered in the comment's language.
_LAUGH_NEUTRAL = r"(?:x+d+)+|(?:hue){2,}"
# Cheap pre-check (starts with a character class, so the regex engine skips ahead): could laughter be here?
# The word-start test sits after the first character ((?<![\w@#].)) so that the class leads the pattern.
LAUGH_GATE_RE = re.compile(
    r"[jJhHlLxXrRaAeEiIoOmMbB](?<![\w@#].)(?:"
    r"(?<=[jJhH])[jJhH]*[aeiouAEIOUsS]+[jJhH]|(?<=[aAeEiIoO])[jJhH]+[aeiouAEIOUsS]+[jJhH]"
    r"|(?<=[jJhH])[aeiouáéAEIOUÁÉ][ ,.]+[jJhH]|(?<=[mMbB])[uUwW][aA]?[jJhH]"
    r"|(?<=[lL])(?:[oO]+[lL]|[mM][fF]?[aA])|(?<=[xX])[dD]+|(?<=[rR])[oO][fF][lL])"
)
LAUGH_RE = re.compile(
    rf"(?<![\w@#])(?:(?P<es>{_LAUGH_ES})|(?P<en>{_LAUGH_EN})|(?P<xd>{_LAUGH_NEUTRAL}))(?!\w)", re.IGNORECASE
)


# Capitalised two-beat forms with o/u/i are names far more often than laughter ("JoJo Siwa", "Juju", "Jiji", "Hoho"):
# kept. "Jaja", "Jeje", "Haha" at a sentence start are laughter; "jojo" in lower case is laughter too.
_NAME_LIKE_RE = re.compile(r"[JH][oui][jh][oui]|[JH][oui][JH][oui]")


def _name_like(m: re.Match[str]) -> bool:
    return _NAME_LIKE_RE.fullmatch(m.group(0)) is not None


def laughter_for_langid(text: str) -> str:
    """Laughter as language ID should see it: jaja/haha forms kept (they are evidence), xD dropped (it is not).

    Makes the language of a comment the same before and after normalisation (idempotence).
    """

    def sub(m: re.Match[str]) -> str:
        if _name_like(m):
            return m.group(0)
        kind = m.lastgroup
        return config.LAUGH_ES if kind == "es" else config.LAUGH_EN if kind == "en" else " "

    return LAUGH_RE.sub(sub, text)


def normalize_laughter(text: str, lang: str, counts: list[int]) -> str:
    """Spanish laughter -> "jaja", English -> "haha", xD -> the comment language's form (kept when the comment is
    neither Spanish nor English); counts[0] += n."""

    def sub(m: re.Match[str]) -> str:
        if _name_like(m):
            return m.group(0)
        counts[0] += 1
        if m.lastgroup == "es":
            return config.LAUGH_ES
        if m.lastgroup == "en":
            return config.LAUGH_EN
        if lang not in ("es", "en"):  # no language to render it in: kept (as "haha" it would make the text English)
            return m.group(0)
        counts[1] += 1  # language-dependent rewrite: the caller re-checks idempotence
        return config.LAUGH_ES if lang == "es" else config.LAUGH_EN

    return LAUGH_RE.sub(sub, text)


# --------------------------------------------------------------------------------------------------
# Slang / abbreviations
# --------------------------------------------------------------------------------------------------
def _word_table_re(words: object) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]
    return re.compile(rf"(?<![\w'’@#./\\-])(?:{alts})(?![\w'’/-]|\.\w)", re.IGNORECASE)


_SAFE_RE = _word_table_re(config.SLANG_SAFE)
_GATED_RE = {lang: _word_table_re(table) for lang, table in config.SLANG_GATED.items()}
def _literal_gate(keys: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(k) for k in keys)) if keys else None


_ALPHA_KEYS = {k for k in config.SLANG_SAFE if k.isalpha()}
_OTHER_GATE = _literal_gate([k for k in config.SLANG_SAFE if not k.isalpha()])  # b4, gr8, salu2
_GATED_ALPHA = {lang: {k for k in t if k.isalpha()} for lang, t in config.SLANG_GATED.items()}
_GATED_OTHER = {lang: _literal_gate([k for k in t if not k.isalpha()]) for lang, t in config.SLANG_GATED.items()}


def slang_candidates(lower_words: set[str], lower_text: str, mode: str, lang: str) -> bool:
    """Whether `expand_slang` could change anything: set lookups instead of a regex pass over the text."""
    if mode == "none":
        return False
    if not lower_words.isdisjoint(_ALPHA_KEYS) or (_OTHER_GATE is not None and _OTHER_GATE.search(lower_text)):
        return True
    if mode == "all" and lang in _GATED_ALPHA:
        other = _GATED_OTHER[lang]
        return not lower_words.isdisjoint(_GATED_ALPHA[lang]) or (other is not None and bool(other.search(lower_text)))
    return False


_AFTER_NUMBER_RE = re.compile(r"\d\s*$")


def _expander(table: dict[str, str], counts: list[int]) -> Callable[[re.Match[str]], str]:
    def sub(m: re.Match[str]) -> str:
        s = m.group(0)
        # a lone letter is an abbreviation only in lower case and not after a number (QA: "vitamina D" -> "De",
        # "Malcolm X" -> "Por", "10 k" -> "10 que")
        if len(s) == 1 and (s.isupper() or _AFTER_NUMBER_RE.search(m.string, 0, m.start())):
            return s
        out = table[s.lower()]
        counts[0] += 1
        if len(s) > 1 and s.isupper():
            return out.upper()
        if s[0].isupper():
            return out[0].upper() + out[1:]
        return out

    return sub


def expand_slang(text: str, mode: str, lang: str, counts: list[int]) -> str:
    """Expand abbreviations: "safe" applies the unambiguous table, "all" adds the table of `lang`.

    counts[0] += expansions, counts[1] += language-dependent expansions.
    """
    if mode == "none":
        return text
    text = _SAFE_RE.sub(_expander(config.SLANG_SAFE, counts), text)
    if mode == "all" and lang in _GATED_RE:
        gated = [0]
        text = _GATED_RE[lang].sub(_expander(config.SLANG_GATED[lang], gated), text)
        counts[0] += gated[0]
        counts[1] += gated[0]
    return text
