"""Lenient, explicit conversion of dump values (CSV strings, JSON scalars, Arrow values) to typed fields.

Exports disagree on types: counts arrive as 1234, "1234", "1,234", 1234.0; times as ISO 8601, epoch seconds or
epoch milliseconds. Every converter returns None for "missing" (None, "", NaN) and raises `CoerceError` with a
short reason for a value that is present but unusable, so the caller decides between a note and a RowError.
All datetimes come out timezone-aware in UTC (naive inputs are taken as UTC) so downstream time arithmetic
never mixes naive and aware values.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any

import numpy as np

from ..config import IO_MAX_COMMENT_CHARS, IO_MAX_COUNT
from .errors import CoerceError

# Epoch values at or above this are milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973.
_EPOCH_MS_THRESHOLD = 1e11
_NUMERIC = re.compile(r"[+-]?\d+(\.\d+)?")
_THOUSANDS = (
    re.compile(r"\d{1,3}(,\d{3})+"),  # 1,234,567
    # 1.234.567 and 10.000: Spanish sheets' thousands. A count has no fraction, so "10.000" is never ten (pandas
    # writes a whole float as "10.0"); "0.500" is no thousands group and stays unreadable
    re.compile(r"[1-9]\d{0,2}(\.\d{3})+"),
    re.compile(r"\d{1,3}([ _\u00a0\u202f]\d{3})+"),  # 1 234 567, 1_234_567
)
# abbreviated counts as profile pages and influencer tools show them: "12.5K", "1,2M", "12,5 mil", "3 mill."
_ABBREVIATED = re.compile(r"(\d+)(?:[.,](\d{1,2}))?\s*(k|mil|m|mm|mill\.?|millones|b|bn)", re.IGNORECASE)
_MULTIPLIERS = {"k": 10**3, "mil": 10**3, "m": 10**6, "mm": 10**6, "mill": 10**6, "mill.": 10**6,
                "millones": 10**6, "b": 10**9, "bn": 10**9}
# currency marks around a fee: symbols and the ISO codes of the markets the product serves
_CODES = "USD|EUR|GBP|MXN|COP|ARS|CLP|PEN|UYU|BOB|PYG|VES|CRC|GTQ|DOP|CAD|AUD|BRL"
# dollar and sol marks of the region's markets: MX$ 25,000, R$ 500, S/ 500, COL$ 80.000
_LOCAL_MARKS = r"US\$|MX\$|R\$|C\$|A\$|COL\$|AR\$|CL\$|UY\$|RD\$|S/\.?"
_CURRENCY = re.compile(rf"^(?:{_LOCAL_MARKS}|(?:{_CODES})\$?|[$€£])\s*|\s*(?:[$€£]|{_CODES}|pesos|euros|d[oó]lares)$",
                       re.IGNORECASE)
# Excel's serial day numbers (days since 1899-12-30) for 1990..2099: a date column exported without its format
_EXCEL_SERIAL = (32_874, 73_051)
_EXCEL_EPOCH = datetime(1899, 12, 30)  # naive: a serial day is the sheet's wall-clock time, read in ColumnMap's zone
_EARLIEST_EPOCH_YEAR = 2000  # an epoch value before this is a placeholder (0) or a misread, not a comment's time
# what sheets write for "no value" in a number, date or flag cell: read as absent, not as a bad value
_PLACEHOLDERS = frozenset({"n/a", "na", "n.a.", "n/d", "s/d", "nd", "-", "--", "—", "–", "?", "none", "null", "nil",
                           "nan", "sin datos", "no disponible", "#n/a", "#n/d"})
# around a count: approximations ("~1200", "12k+", "aprox. 3000") and the unit a profile page shows after it
_APPROX = re.compile(r"^(?:~|≈|\+|aprox\.?|approx\.?|ca\.)\s*|\s*\+$", re.IGNORECASE)
_COUNT_UNIT = re.compile(r"\s+(?:followers?|seguidores|likes?|me gusta|views?|vistas|visualizaciones|reproducciones|"
                         r"comments?|comentarios|subs|subscribers|suscriptores|shares?|compartidos|saves?|guardados|"
                         r"fans)$", re.IGNORECASE)
# flags as sheets write them, Spanish Excel's VERDADERO/FALSO and check marks included
_TRUE = frozenset({"true", "t", "yes", "y", "1", "si", "sí", "x", "verdadero", "v", "✓", "✔", "☑"})
_FALSE = frozenset({"false", "f", "no", "n", "0", "falso", "✗", "✘", "☐"})


def is_missing(value: Any) -> bool:
    """None, an empty/blank string, a float or Decimal NaN, or pandas' NaT / NA and numpy's NaT: the field is absent."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Decimal):
        return value.is_nan()
    if type(value).__name__ in ("NaTType", "NAType"):  # pandas, without importing it
        return True
    return isinstance(value, np.datetime64) and bool(np.isnat(value))


def _absent(value: Any) -> bool:
    """`is_missing`, or a placeholder a sheet writes for "no value" in a typed cell ("N/A", "-", "sin datos")."""
    return is_missing(value) or (isinstance(value, str) and value.strip().casefold() in _PLACEHOLDERS)


def native(value: Any) -> Any:
    """numpy scalars (rows from `DataFrame.iterrows()`, arrays) as the Python values the parsers expect:
    int64 -> int, float64 -> float, bool_ -> bool, datetime64 -> datetime; and a database's NUMERIC (Decimal, as
    psycopg, BigQuery and Snowflake return it) -> int when whole, else float."""
    if isinstance(value, Decimal):
        return int(value) if value.is_finite() and value == value.to_integral_value() else float(value)
    if isinstance(value, np.generic):
        if isinstance(value, np.datetime64):
            return value.astype("datetime64[us]").item()
        return value.item()
    return value


def parse_or_note(convert: Callable[[Any], Any], value: Any, label: str, notes: list[str]) -> Any:
    """`convert(value)`, or None with "bad {label}: why" added to `notes`: an optional field that cannot be read is
    dropped, not its row (the readers, the platform exports and the records a caller builds all say it so)."""
    try:
        return convert(value)
    except CoerceError as e:
        notes.append(f"bad {label}: {e}")
        return None


def text_problem(text: Any) -> str | None:
    """Why a comment's text cannot be scored ("text is null", "empty comment", "text too long: ..."), or None.
    One rule for every way comments come in (tables, platform exports, the Python API)."""
    if not isinstance(text, str) and is_missing(text):  # None, or the NaN / NA of a DataFrame cell
        return "text is null"
    if not isinstance(text, str):
        return f"text is not a string: {type_name(text)}"
    if not _visible(text):
        return "empty comment"
    if len(text) > IO_MAX_COMMENT_CHARS:
        return (f"text too long: {len(text):,} characters (limit {IO_MAX_COMMENT_CHARS:,}; no platform allows a "
                "comment this long: a whole document or a broken export?)")
    return None


# letters that show as blank: the Braille blank and the Hangul fillers (a common "empty comment" trick)
_BLANK_LETTERS = frozenset("\u2800\u3164\u115f\u1160\uffa0")
# categories that show nothing on their own: controls (NUL from a broken export), format characters (zero-width
# space and joiner, BOM, bidi marks) and combining marks with no letter to sit on (a lone variation selector)
_UNSEEN = frozenset(("Cc", "Cf", "Mn", "Me"))


def _visible(text: str) -> bool:
    """Whether the text has a character that shows: not only whitespace, controls, format characters, lone
    combining marks and blank letters, which a comment box (or a broken export) lets through but which carry
    nothing to score. Emoji are visible, with their modifiers, variation selectors and ZWJ sequences."""
    return any(not ch.isspace() and ch not in _BLANK_LETTERS and unicodedata.category(ch) not in _UNSEEN
               for ch in text)


def type_name(value: Any) -> str:
    return type(value).__name__


def parse_id(value: Any) -> str | None:
    """Identifiers: strings (stripped) or integers; 12.0 from a pandas float column becomes "12"."""
    if is_missing(value):
        return None
    value = native(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        raise CoerceError(f"not an identifier: {type_name(value)}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        if abs(value) > 2**53:  # a 19-digit Instagram id in a float column (one blank id makes pandas use float64)
            raise CoerceError(f"{value:.0f} is too large for a float to hold exactly: the id was rounded when it "
                              "was stored as a number; keep ids as text (in Excel, format the column as Text before "
                              "the ids go in; in pandas, dtype=str) or leave the id column out to have ids generated")
        return str(int(value))
    raise CoerceError(f"not an identifier: {type_name(value)}")


def parse_str(value: Any) -> str | None:
    """Free-text fields other than the comment (author, creator, caption): numbers are stringified."""
    if is_missing(value):
        return None
    value = native(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    raise CoerceError(f"not a string: {type_name(value)}")


def parse_count(value: Any) -> int | None:
    """Non-negative integer counts (likes, followers...): thousands separators, abbreviations ("12.5K"), a unit
    word ("48,200 likes", "1,2 M seguidores") and approximation marks ("~1200", "12k+") are accepted."""
    if _absent(value):
        return None
    value = native(value)
    if isinstance(value, bool):
        raise CoerceError(f"not a count: {type_name(value)}")
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise CoerceError(f"not a whole number: {value!r}")
        n = int(value)
    elif isinstance(value, str):
        s = _APPROX.sub("", _COUNT_UNIT.sub("", value.strip()))
        abbreviated = _abbreviated(s)
        if abbreviated is not None:
            return _bounded(abbreviated)
        whole = re.fullmatch(r"(\d{1,3}(?:\.\d{3})+),0{1,2}|(\d{1,3}(?:,\d{3})+)\.0{1,2}", s)
        if whole:  # "100.000,00" / "48,200.00": a whole number a sheet wrote with its decimals
            s = whole.group(1) or whole.group(2)
        if any(p.fullmatch(s) for p in _THOUSANDS):
            s = re.sub(r"[,. _\u00a0\u202f]", "", s)
        if re.fullmatch(r"[+-]?\d+", s):
            n = int(s)
        elif re.fullmatch(r"[+-]?\d+\.0{1,2}", s):  # 12.0 / 12.00: a whole float as exports write it
            n = int(s.split(".")[0])
        else:
            raise CoerceError(f"not a count: {value[:40]!r}")
    else:
        raise CoerceError(f"not a count: {type_name(value)}")
    if n < 0:
        raise CoerceError(f"negative count: {n}")
    return _bounded(n)


def _bounded(n: int) -> int:
    if n > IO_MAX_COUNT:
        shown = f"{n:,}" if n < 10**30 else f"{n:.3g}"
        raise CoerceError(f"count too large to be real: {shown} (more than {IO_MAX_COUNT:,})")
    return n


def _abbreviated(s: str) -> int | None:
    """ "12.5K" -> 12500, "1,2M" -> 1200000, "12,5 mil" -> 12500; None when `s` is not written that way."""
    m = _ABBREVIATED.fullmatch(s)
    if m is None:
        return None
    whole, frac, unit = m.groups()
    return int(round((int(whole) + int(frac or 0) / 10 ** len(frac or "")) * _MULTIPLIERS[unit.lower()]))


_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "US$": "USD", "EUROS": "EUR", "DÓLARES": "USD", "DOLARES": "USD",
                     "PESOS": "pesos", "MX$": "MXN", "R$": "BRL", "C$": "CAD", "A$": "AUD", "COL$": "COP",
                     "AR$": "ARS", "CL$": "CLP", "UY$": "UYU", "RD$": "DOP", "S/": "PEN", "S/.": "PEN"}


def parse_currency(value: Any) -> str | None:
    """The currency mark a fee is written with: an ISO code ("MXN 25,000", "1 500 COP$"), EUR / GBP / USD for
    €, £, US$ and the words, "$" alone (dollars or pesos: the symbol does not say), "pesos"; None for a bare
    number. Read from the same cell as `parse_amount`, so fees in several currencies are never summed unseen."""
    if not isinstance(value, str):
        return None
    marks = {_currency_of(m.group(0)) for m in _CURRENCY.finditer(value.strip())}
    precise = marks - {"$"}
    if len(precise) > 1:  # "€ 100 USD": which one was paid is not for us to guess
        raise CoerceError(f"two currencies in one amount: {value[:40]!r}")
    return next(iter(precise), "$" if marks else None)  # "$25,000 MXN" is pesos: the code says more than "$"


def _currency_of(mark: str) -> str:
    mark = mark.strip().upper()
    if mark in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[mark]
    code = mark.rstrip("$")
    return code if code else "$"


def parse_amount(value: Any) -> float | None:
    """Money (a post's fee): a finite non-negative number, written the English or the Spanish way: "$1,500.50",
    "€1.500,50", "1 500,50 €", "MXN 25,000", "12,5", "1.5K". The currency mark is read apart (`parse_currency`). The last of "." and "," is the decimal mark when both appear; a lone one followed by
    exactly three digits separates thousands ("1.200" is 1200, as a fee never is 1.2), else it is decimal."""
    if _absent(value):
        return None
    value = native(value)
    if isinstance(value, bool):
        raise CoerceError(f"not an amount: {type_name(value)}")
    if isinstance(value, (int, float)):
        x = float(value)
    elif isinstance(value, str):
        x = _amount_text(value)
    else:
        raise CoerceError(f"not an amount: {type_name(value)}")
    if not math.isfinite(x) or x < 0:
        raise CoerceError(f"not a non-negative amount: {x!r}")
    return x


def _amount_text(value: str) -> float:
    parse_currency(value)  # two currencies in one cell: no amount either
    s = _CURRENCY.sub("", _APPROX.sub("", value.strip())).strip()
    abbreviated = _abbreviated(s)
    if abbreviated is not None:
        return float(abbreviated)
    s = re.sub(r"(?<=\d)[ \u00a0\u202f'](?=\d{3}\b)", "", s)  # 1 500 / 1'500 thousands groups
    if not re.fullmatch(r"\d[\d.,]*", s):
        raise CoerceError(f"not an amount: {value[:40]!r}")
    last = max(s.rfind("."), s.rfind(","))
    marks = {c for c in s if c in ".,"}
    if len(marks) == 2:  # 1.500,50 / 1,500.50: the last mark is the decimal one
        whole, frac = s[:last], s[last + 1:]
        if not re.fullmatch(r"\d{1,3}([.,]\d{3})*", whole) or len({c for c in whole if c in ".,"}) != 1:
            raise CoerceError(f"not an amount: {value[:40]!r}")
        s = re.sub(r"[.,]", "", whole) + "." + frac
    elif marks:
        mark = marks.pop()
        if s.count(mark) > 1 or re.fullmatch(r"\d{1,3}[.,]\d{3}", s):  # 1.500.000 / 1.500: thousands
            if not re.fullmatch(r"\d{1,3}([.,]\d{3})+", s):
                raise CoerceError(f"not an amount: {value[:40]!r}")
            s = s.replace(mark, "")
        else:  # 12,5 / 12.50: decimal
            s = s.replace(mark, ".")
    if not _NUMERIC.fullmatch(s):
        raise CoerceError(f"not an amount: {value[:40]!r}")
    return float(s)


def parse_bool(value: Any) -> bool | None:
    """Flags: booleans, 0/1, and true/false, yes/no, sí/no (any case)."""
    if _absent(value):
        return None
    value = native(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        s = value.strip().casefold()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
        raise CoerceError(f"not a boolean: {value[:40]!r}")
    raise CoerceError(f"not a boolean: {type_name(value)}")


def _from_epoch(x: float) -> datetime:
    """Epoch seconds or milliseconds (aware UTC); a number in Excel's serial-day range is a spreadsheet date exported
    as a number (45356.6 is 2024-03-05 14:24, not 12 hours after 1970), naive: the sheet's wall-clock time, as its
    written dates are. Anything else before 2000 is refused."""
    if not math.isfinite(x):
        raise CoerceError(f"not a time: {x!r}")
    if _EXCEL_SERIAL[0] <= x < _EXCEL_SERIAL[1]:
        return _EXCEL_EPOCH + timedelta(days=x)
    if abs(x) >= _EPOCH_MS_THRESHOLD:
        x /= 1000.0
    try:
        dt = datetime.fromtimestamp(x, tz=timezone.utc)
    except (OverflowError, OSError, ValueError) as e:
        raise CoerceError(f"epoch out of range: {x!r}") from e
    if dt.year < _EARLIEST_EPOCH_YEAR:
        raise CoerceError(f"not a plausible time: {x:g} is {dt:%Y-%m-%d} (a placeholder?)")
    return dt


# a sheet's time of day: hour, minute, optional seconds and a 12-hour mark as US ("2:22 PM") and Spanish
# ("2:22 p. m.") locales write it
_TIME = r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?"
# d/m/y or m/d/y as sheets write it: 4- or 2-digit year (2-digit: 20yy, see `_year`), an optional time
_SLASHED = re.compile(rf"(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}|\d{{2}})(?:[ T,]+{_TIME})?", re.IGNORECASE)


def _year(digits: str) -> int:
    """A written year; two digits are 20yy (every comment was written after 2000)."""
    return int(digits) + (2000 if len(digits) == 2 else 0)


def _proven_order(a: int, b: int) -> str | None:
    """The order the first two numbers of a day/month/year date prove: "dmy" (the first is over 12, so the day),
    "mdy" (the second is), "either" (both could be a month), None (neither could: not a date)."""
    if a > 12 >= b:
        return "dmy"
    if b > 12 >= a:
        return "mdy"
    return "either" if a <= 12 and b <= 12 else None


def _slashed(s: str) -> re.Match | None:
    """The day/month/year match of `s`, or None. A 2-digit year only after "/" or ".": "24-03-05" is as likely
    year-month-day, so it is not read as the 24th of March 2005."""
    m = _SLASHED.fullmatch(s)
    return None if m is None or (len(m.group(4)) == 2 and m.group(2) == "-") else m


def day_month_order(value: Any) -> str | None:
    """What a day/month/year string says about its order (see `_proven_order`); None for any other value, and for
    a date no order can read ("31/02/2025" proves nothing: QA, it set the file day-first)."""
    m = _slashed(value.strip()) if isinstance(value, str) else None
    if not m:
        return None
    said = _proven_order(int(m.group(1)), int(m.group(3)))
    if said in ("dmy", "mdy"):
        try:
            _slashed_date(value.strip(), said)
        except (CoerceError, ValueError):
            return None
    return said


def _slashed_date(s: str, order: str) -> datetime | None:
    """05/03/2024 14:22 as spreadsheets in es/en locales write it. `order` "dmy" (Spanish, UK) or "mdy" (US)
    states it; "auto" takes only what cannot be in doubt (a first number over 12 is the day, a second over 12 the
    day) and refuses the rest (raises), since a wrong date would misplace the comment in bursts (the readers
    learn a file's order from its dates that prove it: columns.DateOrderLearner). None: not this shape."""
    m = _slashed(s)
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
    proven = _proven_order(a, b) if order == "auto" else order
    if proven == "dmy":
        day, month = a, b
    elif proven == "mdy":
        day, month = b, a
    elif proven is None:
        raise CoerceError(f"not a date: {s[:40]!r}")
    else:
        raise CoerceError(f"ambiguous day/month order: {s[:40]!r} (pass --date-order dmy or mdy, in "
                          "Python ColumnMap(date_order=...), or write ISO 8601: 2024-03-05 14:22)")
    return _assemble(s, year, month, day, *m.group(5, 6, 7, 8))


def _assemble(s: str, year: int, month: int, day: int, hour: str | None, minute: str | None, sec: str | None,
              half: str | None, tz: str | None = None) -> datetime:
    """A datetime from matched parts; `half` "a"/"p" is a 12-hour clock (12 AM is 0 h, 12 PM is 12 h), `tz` an
    offset ("+0000", "-05:00", "Z", "UTC", "GMT"). Raises CoerceError for a day, month or hour that cannot be."""
    h, mi, se = (int(g) if g else 0 for g in (hour, minute, sec))
    if half:
        if not 1 <= h <= 12:
            raise CoerceError(f"not a time: {s[:40]!r}")
        h = h % 12 + (12 if half.lower() == "p" else 0)
    zone = None
    if tz:
        if tz.upper() in ("Z", "UTC", "GMT"):
            zone = timezone.utc
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return datetime(year, month, day, h, mi, se, tzinfo=zone)
    except ValueError as e:
        raise CoerceError(f"not a date: {s[:40]!r}") from e


_MONTHS = {name: k for k, names in enumerate((
    "january jan enero ene", "february feb febrero", "march mar marzo", "april apr abril abr", "may mayo",
    "june jun junio", "july jul julio", "august aug agosto ago", "september sep sept septiembre setiembre set",
    "october oct octubre", "november nov noviembre", "december dec diciembre dic"), start=1)
    for name in names.split()}
_CLOCK = rf"{_TIME}(?:\s*(Z|UTC|GMT|[+-]\d{{2}}:?\d{{2}}))?"  # a time of day and its offset
_WEEKDAY = r"(?:[^\W\d]+\.?,?\s+)?"  # "Mon, " / "lunes " before the date
_NAMED = (  # (pattern, order of its groups: day, month name, year)
    (re.compile(rf"{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?[\s./-]+(?:de\s+)?([^\W\d_]+)\.?[\s./,-]+(?:de\s+|del\s+)?"
                rf"(\d{{4}}|\d{{2}})(?:(?:\s*,\s*|\s+)(?:at\s+|a\s+las\s+|-\s*)?{_CLOCK})?", re.IGNORECASE), "dmy"),
    (re.compile(rf"{_WEEKDAY}([^\W\d_]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
                rf"(?:(?:\s*,\s*|\s+)(?:at\s+|a\s+las\s+|-\s*)?{_CLOCK})?", re.IGNORECASE), "mdy"),
)
# X/Twitter API v1.1 and its archives: "Wed Oct 10 20:19:24 +0000 2018"
_TWITTER = re.compile(r"[^\W\d]{3}\s+([^\W\d]{3})\s+(\d{1,2})\s+" + r"(\d{1,2}):(\d{2}):(\d{2})\s+([+-]\d{4})\s+(\d{4})")
_YEAR_FIRST = re.compile(rf"(\d{{4}})([/.-])(\d{{1,2}})\2(\d{{1,2}})(?:[ T,]+{_CLOCK})?", re.IGNORECASE)
_BASIC_DATE = re.compile(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")  # 20240325: ISO 8601 basic format


def _worded_date(s: str) -> datetime | None:
    """Dates with the month as a word, in English or Spanish ("25-Mar-24" as Excel writes it, "25 de marzo de
    2024", "Mar 25, 2024 at 2:22 PM", "Mon, 25 Mar 2024 14:22:10 +0000"), X's "Wed Oct 10 20:19:24 +0000 2018" and
    year-first "2024/03/25 14:22" (never ambiguous). None: not one of these shapes."""
    m = _TWITTER.fullmatch(s)
    if m and m.group(1).lower() in _MONTHS:
        return _assemble(s, int(m.group(7)), _MONTHS[m.group(1).lower()], int(m.group(2)), *m.group(3, 4, 5), None,
                         m.group(6))
    m = _YEAR_FIRST.fullmatch(s)
    if m:
        return _assemble(s, int(m.group(1)), int(m.group(3)), int(m.group(4)), *m.group(5, 6, 7, 8, 9))
    for pattern, order in _NAMED:
        m = pattern.fullmatch(s)
        if m is None:
            continue
        day, name = (m.group(1), m.group(2)) if order == "dmy" else (m.group(2), m.group(1))
        month = _MONTHS.get(name.lower())
        if month is None:
            continue
        return _assemble(s, _year(m.group(3)), month, int(day), *m.group(4, 5, 6, 7, 8))
    return None


def _basic_date(s: str) -> datetime:
    """20240325 (yyyymmdd), a date column exported as a number: naive, like "2024-03-25"."""
    return _assemble(s, int(s[:4]), int(s[4:6]), int(s[6:]), None, None, None, None)


def parse_datetime(value: Any, order: str = "auto", tz: tzinfo | None = None) -> datetime | None:
    """ISO 8601 (with Z, +00:00 or +0000), a date, epoch seconds / milliseconds, Excel serial days, a
    day/month/year (in the stated `order`, else only when certain), a date with the month as an English or Spanish
    word, or X's API time -> aware UTC datetime. A time without a zone is read in `tz` (default UTC): exports
    written in local time (a Mexican brand's spreadsheet) say so with `ColumnMap(time_zone=...)`."""
    if _absent(value):
        return None
    value = native(value)
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, bool):
        raise CoerceError(f"not a time: {type_name(value)}")
    elif isinstance(value, (int, float)):
        if float(value).is_integer() and _BASIC_DATE.fullmatch(str(int(value))):
            dt = _basic_date(str(int(value)))
        else:
            dt = _from_epoch(float(value))
    elif isinstance(value, str):
        s = value.strip()
        if s.endswith((" UTC", " GMT")):
            s = s[:-4] + "+00:00"
        if _BASIC_DATE.fullmatch(s):  # as epoch seconds it would be 1970: never a comment's time
            dt = _basic_date(s)
        elif _NUMERIC.fullmatch(s):
            dt = _from_epoch(float(s))
        else:
            try:
                dt = datetime.fromisoformat(s)
            except ValueError as e:
                dt = _slashed_date(s, order)
                if dt is None:
                    dt = _worded_date(s)
                if dt is None:
                    raise CoerceError(f"not an ISO 8601 time or epoch: {value[:40]!r}") from e
    else:
        raise CoerceError(f"not a time: {type_name(value)}")
    if dt.tzinfo is None:
        return dt.replace(tzinfo=tz or timezone.utc).astimezone(timezone.utc)
    return dt.astimezone(timezone.utc)


def excerpt(raw: Any, limit: int = 200) -> str | None:
    """A short, single-line-ish excerpt of the offending input for a RowError."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        import json

        try:
            raw = json.dumps(raw, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            raw = repr(raw)
    raw = raw.rstrip("\r\n")
    return raw if len(raw) <= limit else raw[: limit - 1] + "…"
