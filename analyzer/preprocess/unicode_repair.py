"""Unicode repair: undo what exports and "font generator" sites do to a comment before anything reads it.

Order matters and is fixed: literal escapes and HTML first (they hide characters), then mojibake (ftfy needs
the real bytes), then invisible/control characters, then styled letters, then NFC. Everything is gated by a
cheap test so that plain ASCII comments, the majority, pay for almost nothing.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from ftfy import fix_encoding
from ftfy.badness import is_bad

from .emoji_spans import EMOJI_PATTERN


@dataclass(slots=True)
class RepairReport:
    """What the repair changed; feeds `signals` (counts of each kind of damage)."""

    html: int = 0  # entities unescaped + tags dropped
    escapes: int = 0  # literal \\uXXXX / <U+XXXX> escapes decoded
    mojibake: int = 0  # 1 when ftfy re-decoded the text
    invisible: int = 0  # zero-width, BOM, bidi and control characters removed
    fancy_letters: int = 0  # letters mapped from mathematical/fullwidth/circled/small-caps styles
    homoglyphs: int = 0  # Cyrillic/Greek/Cherokee look-alikes mapped to Latin inside Latin words
    homoglyph_words: int = 0  # ... in this many words (they stay counted as mixed-script words)


# --------------------------------------------------------------------------------------------------
# Styled ("fancy") letters -> plain ASCII, built once from Unicode character names.
# --------------------------------------------------------------------------------------------------
_FANCY_RANGES = (
    (0x1D400, 0x1D800),  # Mathematical Alphanumeric Symbols (bold, italic, script, fraktur, double-struck...)
    (0x2100, 0x2150),  # Letterlike symbols: the holes of the block above (ℂ, ℋ, ℯ, ...)
    (0x2460, 0x2500),  # Enclosed alphanumerics: circled / parenthesized letters and digits
    (0x1F100, 0x1F200),  # Enclosed alphanumeric supplement: squared, negative circled/squared letters
    (0xFF00, 0xFF60),  # Fullwidth forms
    (0x1D00, 0x1DC0),  # Phonetic extensions: small caps ᴀ, modifier letters ᵃ
    (0x2070, 0x20A0),  # Superscripts and subscripts (letters only; digits like m² are left alone)
    (0x02B0, 0x0300),  # Spacing modifier letters ʰ ˢ
    (0x0250, 0x02B0),  # IPA extensions: small caps ʙ ɢ ʜ ɪ ʟ ɴ ʀ ʏ
    (0xA720, 0xA800),  # Latin extended-D: small caps ꜰ ꜱ ꞯ
)
_STYLE_WORDS = (
    "LATIN", "MATHEMATICAL", "SCRIPT", "DOUBLE-STRUCK", "BLACK-LETTER", "FULLWIDTH", "SQUARED", "CIRCLED",
    "PARENTHESIZED", "MODIFIER", "SUPERSCRIPT", "SUBSCRIPT",
)
_NAME_LETTER = re.compile(r"(?:^|\s)(CAPITAL|SMALL)(?: LETTER)? ([A-Z])$")
_NAME_SMALL_CAP = re.compile(r"LETTER SMALL CAPITAL ([A-Z])$")
_NAME_DIGIT = re.compile(r"(?:MATHEMATICAL|FULLWIDTH|CIRCLED) .*DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$")
_DIGITS = {w: str(i) for i, w in enumerate("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split())}
# Styled letters that are also emoji (🅰️ 🅱️ 🅾️ 🅿️ Ⓜ️): mapped only when no emoji selector follows.
_EMOJI_LETTERS = {"\U0001F170": "A", "\U0001F171": "B", "\U0001F17E": "O", "\U0001F17F": "P", "\u24C2": "M"}


def _build_fancy_tables() -> tuple[dict[int, str], dict[int, str]]:
    """(letters, others): codepoint -> ASCII for styled letters (counted as fancy) and digits/punctuation."""
    letters: dict[int, str] = {}
    others: dict[int, str] = {}
    for lo, hi in _FANCY_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if ch in _EMOJI_LETTERS:
                continue
            name = unicodedata.name(ch, "")
            if not name or any(w in name for w in ("REGIONAL", "TURNED", "REVERSED", "WITH", "GREEK")):
                continue
            if m := _NAME_SMALL_CAP.search(name):
                letters[cp] = m.group(1).lower()
            elif (m := _NAME_LETTER.search(name)) and any(w in name for w in _STYLE_WORDS):
                letters[cp] = m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower()
            elif m := _NAME_DIGIT.search(name):
                others[cp] = _DIGITS[m.group(1)]
    for cp in range(0xFF01, 0xFF5F):  # fullwidth punctuation -> ASCII (letters/digits already handled)
        if cp not in letters and cp not in others:
            others[cp] = chr(cp - 0xFEE0)
    for cp in letters:
        others.pop(cp, None)
    letters.update({0x0493: "f", 0x01EB: "q"})  # ғ ǫ: the "small caps" F and Q of font-generator sites
    return letters, others


_FANCY_LETTERS, _FANCY_OTHERS = _build_fancy_tables()
FANCY_TABLE: dict[int, str] = {**_FANCY_OTHERS, **_FANCY_LETTERS}


def _char_class(cps: object) -> str:
    """A regex character class for a set of codepoints, compressed into ranges."""
    ordered = sorted(cps)  # type: ignore[call-overload]
    parts: list[str] = []
    start = prev = ordered[0]
    for cp in [*ordered[1:], -2]:
        if cp == prev + 1:
            prev = cp
            continue
        parts.append(re.escape(chr(start)) if start == prev else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = cp
    return "[" + "".join(parts) + "]"


# Pre-check with plain block ranges: `re` tests astral ranges one by one, so the exact class is 30x slower.
_FANCY_ANY_RE = re.compile(
    "[\u0250-\u02ff\u1d00-\u1dbf\u2070-\u209f\u2100-\u214f\u2460-\u24ff\ua720-\ua7ff\uff01-\uff5e"
    "\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff]"
)
_FANCY_LETTER_RE = re.compile(_char_class(_FANCY_LETTERS))
_EMOJI_LETTER_RE = re.compile("([" + "".join(_EMOJI_LETTERS) + "])(?!\ufe0f)")

# --------------------------------------------------------------------------------------------------
# Invisible and control characters
# --------------------------------------------------------------------------------------------------
# Deleted outright. ZWJ (U+200D) and variation selectors are handled separately: they belong inside emoji.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff"
    "\ufff9\ufffa\ufffb\uffa0"
)
# Controls that separate words (vertical tab, form feed, the file/group/record/unit separators, next line) and
# blanks that show nothing (U+2800, the Braille blank Instagram users space paragraphs with): a space each, so
# "hola\x0bmundo" stays two words; the other controls are deleted.
_SPACING = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2800"
_SPACING_RE = re.compile("[" + re.escape(_SPACING) + "]")
_CONTROL = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)])
_ASCII_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
# UTF-8 read as Latin-1/cp1252 leaves a lead byte (Â-ô) before a continuation-byte character: ftfy's own
# detector is a large regex, so it runs only when this cheap one finds such a pair.
_MOJIBAKE_GATE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_DELETE_RE = re.compile("[" + re.escape(_INVISIBLE + _CONTROL) + "]")
# "Font generator" marks drawn over letters: strike-through, slash, underline and overline (m̶e̶ ̶e̶n̶c̶a̶n̶t̶a̶,
# q̷u̷e̷, m̲e̲), never a Spanish or English accent; and "Zalgo" stacks, two or more marks on one letter after NFC
# has composed every real accent (keycap U+20E3 belongs to emoji: left alone). Read as the plain letters.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2\u20e4-\u20ff\ufe20-\ufe2f"
_MARK_GATE_RE = re.compile(f"[{_COMBINING}]")
_MARK_NOISE_RE = re.compile(f"(?<=[^\\W\\d_])[{_COMBINING}]{{2,}}|[\u0305\u0332-\u0338\u033f\u20d2\u20e5\u20e6]")
# Heavy Zalgo: three or more marks stacked on one letter, seen before NFC composes the first of them into the
# letter ("ǒ" + the rest, which the rule above then misses: QA, 295 of 300 heavy stacks came back marked). The
# stack goes; a first mark that is a Spanish accent (acute, diaeresis, tilde) stays. Two marks (Vietnamese ệ) stay.
_ZALGO_RE = re.compile(f"(?<=[^\\W\\d_])([{_COMBINING}])[{_COMBINING}]{{2,}}")


def _unstack(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1) in "\u0301\u0308\u0303" else ""


_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR_RE = re.compile("[\ud800-\udbff][\udc00-\udfff]")


# Emoji mojibake that lost a byte: cp1252 has no character for 0x81 0x8D 0x8F 0x90 0x9D, and many exports drop
# them, so 😍 (F0 9F 98 8D) arrives as "ðŸ˜" and ❤️ (E2 9D A4 EF B8 8F) as "â¤ï¸", which ftfy cannot undo. The
# lost byte is one of those five, last or third: 🏽 (F0 9F 8F BD) arrives as "ðŸ½", 🏆 (F0 9F 8F 86) as "ðŸ†",
# 🍕 and 🐶 likewise (blocks F0 9F 8D / 8F / 90). The candidate first in _COMMON_EMOJI (the most used emoji, most
# used first) is taken; a fragment with no common candidate is dropped rather than left as letters the models
# misread. A skin tone (🏻-🏿) is taken only glued to the emoji before it; apart, "ðŸ»" is 🍻 / 🐻.
_LOST = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_COMMON_EMOJI = ("😂❤😍🤣😊🙏💕😭😘👍😅👏😁🔥🥰💔💖💙😢🤔😆🙄💪😉☺👌🤗💜😔😎😇🌹🤦🎉💞✌✨🤷😱😌🌸🙌😒😜💛🙈"
                 "💯😋😝😐😏🤍🤝❣❌❗❓🖤💚🧡💐🌍"
                 # lost third byte: skin tones, then the F0 9F 8F / 90 / 8D blocks (sport, animals, food)
                 "🏻🏼🏽🏾🏿🏆🐶🍕🍾🍷🐱🍀🐾🍻🐝🐍🍑🍓🍒🍫🍰🍿🏃🏠🐻🐼🐷🐸🐰🍺🍹🍸🍔🍟🍎🍉🍋🍌🍭🍦🍩🍪🏀🏈🏅🏁🏳🏴"
                 "🐥🐣🐟🐠🐬🐳🐢🐞🐛🐴🐵🐒🐕🐈🍃🍂🍁🍄🍇🍊🍍🍏🍐🍗🍖🍝🍜🍣🍞🍳🍴🍵🍼🍽🏊🏋🏄🏖🏡")
_SKIN_TONES = "🏻🏼🏽🏾🏿"
_CP1252_CONT = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                "\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122")
# (a lost byte that arrived as U+FFFD instead of nothing goes with it)
_LOST_BYTE_RE = re.compile(f"ðŸ([{_CP1252_CONT}])\ufffd?(?![{_CP1252_CONT}])|â([{_CP1252_CONT}])\ufffd?(?![{_CP1252_CONT}])"
                           "|ï¸\ufffd?")
# "â€" + a lost byte: the zero-width joiner (E2 80 8D) inside an emoji sequence (🤦‍♀️ arrived as "ðŸ¤¦â€â™€ï¸"),
# else the closing quote ” (E2 80 9D: "â€œnoâ€"). Put back before ftfy, which then mends the rest around it.
_LOST_JOINER_RE = re.compile(f"â€\ufffd?(?![{_CP1252_CONT}])(ðŸ|â|ï¸)?")


_CONT_CHAR_RE = re.compile(f"[{_CP1252_CONT}\ufe0f]")
_LOST_AS_FFFD_RE = re.compile(f"ðŸ([{_CP1252_CONT}])\ufffd")  # read by ftfy as one "�" if left to it


def _lost_as_fffd(m: re.Match[str]) -> str:
    b = _byte(m.group(1))
    return (_emoji_lost_byte(b, _glued(m)) if b is not None else None) or ""


_THIRD_AS_FFFD_RE = re.compile(f"ðŸ\ufffd([{_CP1252_CONT}])")  # the third byte arrived as "�": 🏽 as "ðŸ�½"


def _third_as_fffd(m: re.Match[str]) -> str:
    b = _byte(m.group(1))
    return (_emoji_lost_byte(b, _glued(m), last=False) if b is not None else None) or ""


# The tag letters of 🏴󠁧󠁢󠁳󠁣󠁴󠁿 / 🏴󠁧󠁢󠁥󠁮󠁧󠁿 (U+E0061.., F3 A0 81 xx) lose their 0x81: "ó\xa0§" is the tag "g".
_LOST_TAG_RE = re.compile(f"ó\xa0([{_CP1252_CONT}])(?![{_CP1252_CONT}])")


def _lost_tag(m: re.Match[str]) -> str:
    b = _byte(m.group(1))
    return chr(0xE0040 + (b & 0x3F)) if b is not None else m.group(0)


def _lost_joiner(m: re.Match[str]) -> str:
    return "\u200d" + m.group(1) if m.group(1) else "\u201d"



def _emoji_lost_byte(b: int, glued: bool, last: bool = True) -> str | None:
    """The most used emoji F0 9F `b` x (last byte x lost; only when `last`) or F0 9F x `b` (third byte lost), x one of
    _LOST; None when none is common. Skin tones only when `glued` to a preceding emoji."""
    cands = [bytes([0xF0, 0x9F, b, x]).decode("utf-8", "ignore") for x in _LOST] if last else []
    cands += [bytes([0xF0, 0x9F, x, b]).decode("utf-8", "ignore") for x in _LOST]
    common = [c for c in cands if c and c in _COMMON_EMOJI and (glued or c not in _SKIN_TONES)]
    return min(common, key=_COMMON_EMOJI.index) if common else None


def _glued(m: re.Match[str]) -> bool:
    """Whether the fragment follows an emoji (or the mojibake of one) with no space: a skin tone's place."""
    i = m.start()
    if i == 0:
        return False
    prev = m.string[i - 1]
    return ord(prev) >= 0x2600 or bool(_CONT_CHAR_RE.match(prev))


def _byte(ch: str) -> int | None:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch) if ord(ch) < 0x100 else None


def _lost_byte(m: re.Match[str]) -> str:
    if m.group(0) == "ï¸":  # the variation selector FE0F without its last byte: presentation only
        return "\ufe0f"
    third, second = m.group(1), m.group(2)
    b = _byte(third if third is not None else second)
    if b is None:
        return m.group(0)
    if third is not None:
        return _emoji_lost_byte(b, _glued(m)) or ""
    # "â" + lost 0x9D + third byte: U+2740..U+277F (❤ ❣ ❌ ❗ ❓)
    c = bytes([0xE2, 0x9D, b]).decode("utf-8", "ignore")
    return c if c and c in _COMMON_EMOJI else m.group(0)


# "ðŸ˜" + a plain space is ambiguous: 😍 that lost its 0x8D before a space, or 😠 (F0 9F 98 A0) whose last byte,
# NBSP in cp1252, became a space on the way (ftfy's reading). 😍 and 👍 are far more common than 😠 and 👠 (QA: "ðŸ‘
# muy bien" came out "👠muy bien"), so a lost-byte emoji among the common ones wins; a real NBSP is not ambiguous, nor
# are two spaces (the NBSP's and the one after the emoji: ftfy's reading).
_SPACE_OR_LOST_RE = re.compile(f"ðŸ([{_CP1252_CONT}]) (?! )")


def _space_or_lost(m: re.Match[str]) -> str:
    b = _byte(m.group(1))
    emoji = _emoji_lost_byte(b, _glued(m)) if b is not None else None
    return emoji + " " if emoji else m.group(0)


def _join_pair(m: re.Match[str]) -> str:
    return m.group(0).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
# Joiners/selectors/tags outside an emoji sequence are noise; inside one they are the emoji.
_JOINER_RE = re.compile(f"({EMOJI_PATTERN})|[\u200d\u20e3\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
_JOINER_CHARS = re.compile("[\u200d\u20e3\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")

# --------------------------------------------------------------------------------------------------
# HTML and literal escapes (API / spreadsheet exports)
# --------------------------------------------------------------------------------------------------
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|center|code|del|div|em|font|h[1-6]|hr|i|iframe|img|ins|li|mark|ol|p|pre|q|s|"
    "small|span|strike|strong|sub|sup|table|tbody|td|th|tr|tt|u|ul|wbr"
)
# Attributes must carry a value, so that prose such as "a <b and c> d" is not taken for a tag.
_TAG_RE = re.compile(
    rf"</?(?:{_TAG_NAMES})(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))*\s*/?>", re.IGNORECASE
)
_ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})|<U\+([0-9a-fA-F]{4,8})>")


def _decode_escape(m: re.Match[str]) -> str:
    cp = int(m.group(1) or m.group(2) or m.group(3), 16)
    if cp > 0x10FFFF:
        return m.group(0)
    return chr(cp)


def _fix_escapes(text: str, report: RepairReport) -> str:
    text, n = _ESCAPE_RE.subn(_decode_escape, text)
    report.escapes += n
    if _SURROGATE_RE.search(text):  # "\\ud83d\\ude0d" decodes to a surrogate pair: join it into one emoji
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _fix_html(text: str, report: RepairReport) -> str:
    if "&" in text:
        for _ in range(3):  # double-escaped exports: &amp;#39; -> &#39; -> '
            n = len(_ENTITY_RE.findall(text))
            if not n:
                break
            unescaped = html.unescape(text)
            if unescaped == text:
                break
            report.html += n
            text = unescaped
    if "<" in text:
        text, n = _TAG_RE.subn(" ", text)
        report.html += n
    return text


def _apply_fancy(text: str, report: RepairReport) -> str:
    report.fancy_letters += len(_FANCY_LETTER_RE.findall(text))
    text = text.translate(FANCY_TABLE)
    if _EMOJI_LETTER_RE.search(text):
        report.fancy_letters += len(_EMOJI_LETTER_RE.findall(text))
        text = _EMOJI_LETTER_RE.sub(lambda m: _EMOJI_LETTERS[m.group(1)], text)
    return text


def plain_letters(text: str) -> str:
    """The text with "fancy" letters (𝗗𝗠, ℙ𝕣𝕠𝕞𝕠, ᴄʜᴇᴄᴋ, ｆｒｅｅ, 🅵🆁🅴🅴) read as the plain ones, case and everything
    else kept: what the case-sensitive spam n-grams should see (scammers pick those fonts to slip past filters)."""
    return _apply_fancy(text, RepairReport()) if _FANCY_ANY_RE.search(text) else text


def _strip_joiners(text: str) -> str:
    return _JOINER_RE.sub(lambda m: m.group(1) or "", text)


def strip_orphan_joiners(text: str) -> str:
    """Drop ZWJ/selectors/keycap marks left outside an emoji by a later rewrite (a safety net)."""
    if "\u200d" in text or "\ufe0f" in text or "\u20e3" in text or "\ufe0e" in text:
        return _JOINER_RE.sub(lambda m: m.group(1) or "", text)
    return text


def _repair_once(text: str, report: RepairReport) -> str:
    if "\\" in text or "<U+" in text:
        text = _fix_escapes(text, report)
    if "&" in text or "<" in text:
        text = _fix_html(text, report)
    if _SPACING_RE.search(text):
        report.invisible += text.count("\u2800")  # a blank that shows nothing; the controls are whitespace
        text = _SPACING_RE.sub(" ", text)
    if text.isascii():
        if _ASCII_CONTROL_RE.search(text):
            n = len(text)
            text = _ASCII_CONTROL_RE.sub("", text)
            report.invisible += n - len(text)
        return text
    if _SURROGATE_RE.search(text):  # an emoji given as its two UTF-16 halves is joined; lone halves cannot be
        text = _SURROGATE_PAIR_RE.sub(_join_pair, text)  # encoded by anything downstream: deleted
        n = len(text)
        text = _SURROGATE_RE.sub("", text)
        report.invisible += n - len(text)
    if "ðŸ" in text and " " in text:
        fixed = _SPACE_OR_LOST_RE.sub(_space_or_lost, text)
        if fixed != text:
            report.mojibake = 1
            text = fixed
    if "\ufffd" in text and "ðŸ" in text:
        fixed = _THIRD_AS_FFFD_RE.sub(_third_as_fffd, _LOST_AS_FFFD_RE.sub(_lost_as_fffd, text))
        if fixed != text:
            report.mojibake = 1
            text = fixed
    if "ó\xa0" in text and "ðŸ´" in text:
        fixed = _LOST_TAG_RE.sub(_lost_tag, text)
        if fixed != text:
            report.mojibake = 1
            text = fixed
    if "â€" in text:
        fixed = _LOST_JOINER_RE.sub(_lost_joiner, text)
        if fixed != text:
            report.mojibake = 1
            text = fixed
    if _MOJIBAKE_GATE_RE.search(text) and is_bad(text):
        fixed = fix_encoding(text)
        if fixed != text:
            report.mojibake = 1
            text = fixed
    if ("ðŸ" in text or "â" in text or "ï¸" in text) and _LOST_BYTE_RE.search(text):
        fixed = _LOST_BYTE_RE.sub(_lost_byte, text)
        if fixed != text:
            report.mojibake = 1
            text = fixed
    if _DELETE_RE.search(text):
        n = len(text)
        text = _DELETE_RE.sub("", text)
        report.invisible += n - len(text)
    if _JOINER_CHARS.search(text):
        n = len(_JOINER_CHARS.findall(text))
        text = _strip_joiners(text)
        report.invisible += n - len(_JOINER_CHARS.findall(text))
    if _FANCY_ANY_RE.search(text):
        text = _apply_fancy(text, report)
    if _CONFUSABLE_RE.search(text) and _LATIN_RE.search(text):
        text = _unconfuse(text, report)
    if _MARK_GATE_RE.search(text):
        decomposed = unicodedata.normalize("NFD", text)
        if _ZALGO_RE.search(decomposed):
            text = _ZALGO_RE.sub(_unstack, decomposed)
            report.fancy_letters += 1
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _MARK_GATE_RE.search(text):
        n = len(_MARK_NOISE_RE.findall(text))
        if n:
            report.fancy_letters += n
            text = _MARK_NOISE_RE.sub("", text)
    return text


# Look-alike letters of other scripts inside Latin words, a spam filter's dodge ("Ѕígueme y tе ѕigo" with Cyrillic
# Ѕ/е/ѕ, "Ꮯheck my ᏢᎡᎾFᏆᏞᎬ" in Cherokee, "ⅰ ⅼⅰke ⅰt" in Roman numerals): read as the Latin letters, so the models
# and the lexicons see the words (QA). A word with no Latin letter (Russian, Greek) is left alone.
_ROMAN_LETTERS = "ⅰⅴⅹⅼⅽⅾⅿⅠⅤⅩⅬⅭⅮⅯ"
_CONFUSABLES = {
    **dict(zip("аеорсухѕіјԁһԛԝАВЕКМНОРСТХУЅІЈ", "aeopcyxsijdhqwABEKMHOPCTXYSIJ", strict=True)),  # Cyrillic
    **dict(zip("οαινΑΒΕΖΗΙΚΜΝΟΡΤΧΥ", "oaivABEZHIKMNOPTXY", strict=True)),  # Greek
    **dict(zip("ᎪᏴᏟᎠᎬᏀᎻᏆᎫᏦᏞᎷᏢᎡᏚᎢᏙᏔᏃᎾ", "ABCDEGHIJKLMPRSTVWZO", strict=True)),  # Cherokee
    **dict(zip(_ROMAN_LETTERS, "ivxlcdmIVXLCDM", strict=True)),  # Roman numeral letters
}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_ROMAN = frozenset(_ROMAN_LETTERS)
_CONFUSABLE_RE = re.compile(f"[{''.join(_CONFUSABLES)}]")
_WORD_LETTERS_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile(r"[A-Za-zÀ-ÿ]")


def _unconfuse(text: str, report: RepairReport) -> str:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if not _CONFUSABLE_RE.search(w):
            return w
        if _LATIN_RE.search(_CONFUSABLE_RE.sub("", w)) or w in _ROMAN:  # Latin letters beside them, or "ⅰ"
            report.homoglyphs += len(_CONFUSABLE_RE.findall(w))
            report.homoglyph_words += 1
            return w.translate(_CONFUSABLE_TABLE)
        return w

    return _WORD_LETTERS_RE.sub(word, text)


def repair(text: str, report: RepairReport) -> str:
    """Return `text` with escapes, HTML, mojibake, invisible characters and styled letters undone.

    Fills `report` in place. Repeats until nothing changes (at most 4 rounds): one repair can expose another
    (an escape hiding an entity, a deleted control character joining "Â" to "¡"), and a second call must find
    nothing left to do. NFC, not NFKC: NFKC would also rewrite superscripts (m² -> m2) and some symbols; the
    styled-letter table does the useful part of NFKC.
    """
    for _ in range(4):
        fixed = _repair_once(text, report)
        if fixed == text:
            break
        text = fixed
    return text
