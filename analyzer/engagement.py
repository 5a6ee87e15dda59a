"""Genuine-engagement metrics per post, creator and campaign: pure functions over scored comments.

Raw engagement rate (ER) rewards bought likes, bots and engagement pods; the numbers here discount them
with the authenticity stage's per-comment `genuine_weight` (0-1), so that an analyst can compare what a
creator's audience really does. Nothing here loads a model; every threshold lives in `EngagementConfig`.

Definitions (per post; the README copies them):

* audience comments: comments in the dump on the post whose author is not the creator (the creator's own
  replies are not audience engagement). n = their number, w_i = genuine_weight clamped to [0, 1].
* authentic share  s = mean(w_i) over audience comments; inauthentic share = 1 - s (None when n = 0).
* comments C = the platform's comment count when known, else the number of comments in the dump.
  Audience comments C_a = max(C - creator replies in the dump, 0).
* engagements E = likes + C (+ shares + saves when `include_shares_saves`); unknown shares or saves are 0, noted;
  unknown likes (post data present) leave E, G, ER and genuine ER unknown, noted.
* genuine engagements  G = s x C_a + s x likes (+ s x (shares + saves))
  i.e. each audience comment counts by its genuine_weight (sum w_i, scaled by C_a / n when the dump holds
  only a sample of the platform's comments) and likes/shares/saves are discounted by the inauthentic share.
* ER = E / followers; genuine ER = G / followers; both None (with a note) when followers are 0 or unknown.
* giveaway: a caption that announces one (like, follow, tag to enter) flags the post; its engagement is entries,
  so a creator's medians leave it out when the creator has other rated posts.
* bands (`er_bands_by_tier`) and the benchmark are calibrated on (likes + C) / followers; when E also counts
  shares and saves, their thresholds are multiplied by the band factor E / (likes + C) (a creator's: over its
  posts with followers), so ER and genuine ER are judged as if shares and saves were left out.
* sentiment mix: share of each sentiment label among audience comments, weighted by w_i; net sentiment =
  positive - negative (-1..1); None (with a note) when sum w_i < `min_sentiment_weight`.
* shares of genuine / superficial / spam (authenticity label) and coordinated comments (`coordinated`: a
  duplicate campaign or a pod; a burst alone is not coordination, a post's first minutes bring one, and it only
  weighs lightly in bot_like).
* reply rate = top-level audience comments with at least one reply authored by the creator / top-level
  audience comments. unique commenters = distinct audience authors. relevance = mean `relevance`.
* disclosure: strong sponsorship signals in the caption (discount code, affiliate link, "paid partnership",
  "en colaboración con", the `sponsored` flag, a `fee` paid; @brand tags are listed as supporting evidence only;
  a caption that labels itself an ad is sponsored by its own word) without
  a disclosure (#ad, #publi, #colaboración, ..., "paid partnership with", a leading "AD |", the platform's
  `disclosed` flag) -> `undisclosed_sponsorship`. It is judged (`disclosure_checked`) only when the caption is
  known or a flag decides it (`sponsored` or `disclosed` true): a post whose caption nobody saw earns no credit.
  A disclosure that starts after `disclosure_visible_chars` or after `disclosure_hashtag_pile` hashtags in a row is
  `disclosure_buried` (disclosed, with a note to review it; the score is unchanged).
* post data: a post record with none of `POST_DATA_FIELDS` (the bare post_id a comment-only export names) is
  no post data, exactly as if the post were missing.
* cost: `fee` when known, else followers / 1000 x `cost_per_1k_followers` (a low-high range, USD);
  cost per genuine engagement = cost / G. Costs in several currencies (`PostIn.fee_currency`; "$" counts as
  USD) are never added up: a creator's or campaign's cost figures stay None, with a note.

Per creator: ER and genuine ER are medians over posts; comment-level shares are pooled over all the
creator's audience comments. Genuine figures of a creator or campaign (genuine engagements, genuine ER, cost
per genuine engagement) cover only the posts whose G is known (`genuine_post_ids`: audience comments in the
dump); a post without any still has engagement, of unknown authenticity, so it is left out and named in the
notes. `matched_er` (`matched_median_er`) is the ER over the same posts as genuine ER, the like-for-like
comparison; cost per genuine engagement = cost of the priced posts with a known G (G = 0 included) / their G.

The 0-100 genuine engagement score = 100 x sum(weight_k x component_k) / sum(weight_k over the components
that could be computed), with components in [0, 1]:

* genuine_er   = min(1, median genuine ER / the tier's `benchmark_band` threshold x band factor)
* authenticity = s (pooled)
* sentiment    = (net sentiment + 1) / 2
* relevance    = mean relevance, clamped to [0, 1]
* coordination = 1 - min(1, coordinated share / `coordination_zero_at`)
* disclosure   = 1 - posts with undisclosed sponsorship / posts whose disclosure was checked

A campaign (`PostIn.campaign`, else all posts) pools its posts the same way; its score is the mean of its
creators' scores computed on their campaign posts only.

Across the dump: coordinated clusters (`ClusterSummary`) and the accounts the comments promote
(`PromotedAccount`: @handles named by several accounts or in several comments that are not a creator, a caption's
tag or a commenter of the dump).
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .authenticity.lexicon import is_giveaway_caption
from .config import AUTHENTICITY_LABELS, SENTIMENT_LABELS, EngagementConfig
from .preprocess.unicode_repair import plain_letters
from .records import (
    PostIn,
    ScoredComment,
    cast_columns,
    column_dtypes,
    grouped,
    handle_key,
    name_key,
    plural,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "CampaignSummary",
    "ClusterSummary",
    "CreatorSummary",
    "DisclosureCheck",
    "PostSummary",
    "Summary",
    "Table",
    "check_disclosure",
    "er_band",
    "has_post_data",
    "score_components",
    "summarize",
    "tier_for",
]

UNKNOWN_CREATOR = "(creator unknown)"
ALL_POSTS = "(all posts)"
NO_CAMPAIGN = "(no campaign)"

T = TypeVar("T")
DEFAULT_CONFIG = EngagementConfig()


# --------------------------------------------------------------------------------------------------
# Tables: a list of records that also exports as dicts and as a DataFrame
# --------------------------------------------------------------------------------------------------
class Table(list, Generic[T]):
    """A list of summary records with `to_dict()`, `to_pandas()` and lookup by the record's key."""

    def __init__(
        self, items: Iterable[T] = (), key: Callable[[T], Any] | None = None, record_type: type | None = None
    ) -> None:
        super().__init__(items)
        self._key = key
        self._record_type = record_type  # gives an empty table its columns

    def get(self, key: Any, default: T | None = None) -> T | None:
        for item in self:
            if self._key is not None and self._key(item) == key:
                return item
        return default

    def to_dict(self) -> list[dict[str, Any]]:
        return [item.to_dict() for item in self]  # type: ignore[attr-defined]

    def arrow_schema(self) -> Any:
        """The Parquet schema of this table, from its record type: the same types whatever the rows hold."""
        from .io.writers import _parquet_schema_for

        if self._record_type is None:
            return None
        return _parquet_schema_for(self._record_type, nested=_FLAT_KEYS,
                                   computed=tuple(getattr(self._record_type, "computed", ())))

    def columns(self) -> list[str] | None:
        """The record's `to_dict()` keys (an empty table's header), None when the record type is unknown."""
        if self._record_type is None:
            return None
        return [f.name for f in fields(self._record_type)] + list(getattr(self._record_type, "computed", ()))

    def flat_columns(self) -> list[str] | None:
        """`to_pandas()`'s columns: a nested dict field as its `name_key` columns, whatever the rows hold."""
        cols = self.columns()
        if cols is None:
            return None
        return [c for name in cols for c in ([f"{name}_{k}" for k in _FLAT_KEYS[name]] if name in _FLAT_KEYS
                                              else [name])]

    def to_pandas(self) -> pd.DataFrame:
        """One row per record; nested dicts become `name_key` columns and lists ' | '-joined strings. The columns
        are the record type's, in order, however many rows and whatever their values (a daily load's schema
        does not drift: a creator with no sentiment mix still has the `sentiment_mix_*` columns, empty)."""
        import pandas as pd

        rows = [_flatten(item.to_dict()) for item in self]  # type: ignore[attr-defined]
        cols = self.flat_columns()
        if cols is None:
            return pd.DataFrame(rows)
        known = set(cols)
        more = list(dict.fromkeys(k for r in rows for k in r if k not in known))  # keys of a custom config
        df = pd.DataFrame(rows, columns=cols + more)
        return cast_columns(df, column_dtypes(self._record_type, nested=_FLAT_KEYS, lists_as_text=True,
                                              times_as_text=True))


# nested dict fields of the summary records and the keys `to_pandas` spreads them over (config.score_weights'
# default components; a config with other components adds its own columns after these)
_FLAT_KEYS: dict[str, tuple[str, ...]] = {
    "sentiment_mix": tuple(SENTIMENT_LABELS),
    "components": tuple(EngagementConfig().score_weights),
}


def _flatten(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        if v is None and k in _FLAT_KEYS:  # no mix: its name_key columns stay empty
            continue
        if isinstance(v, dict):
            for kk, vv in v.items():
                out[f"{k}_{kk}"] = vv
        elif isinstance(v, (list, tuple)):
            out[k] = " | ".join("" if x is None else str(x) for x in v)
        else:
            out[k] = v
    return out


def _record_dict(obj: Any) -> dict[str, Any]:
    d = asdict(obj)
    for f in fields(obj):
        v = d[f.name]
        if isinstance(v, datetime):
            d[f.name] = v.isoformat()
        elif isinstance(v, tuple):
            d[f.name] = list(v)
    return d


# --------------------------------------------------------------------------------------------------
# Tiers and bands
# --------------------------------------------------------------------------------------------------
def tier_for(followers: int | None, config: EngagementConfig = DEFAULT_CONFIG) -> str | None:
    """The tier whose lower bound is the highest one <= followers; None when followers are unknown or 0 (an
    export's placeholder far more often than a real account, and the creator summary reads it as unknown too)."""
    if followers is None or followers <= 0:
        return None
    name = None
    for tier, lower in sorted(config.tiers, key=lambda t: t[1]):
        if followers >= lower:
            name = tier
    return name


def _bands(tier: str | None, config: EngagementConfig) -> tuple[tuple[str, float], ...]:
    if tier is not None and tier in config.er_bands_by_tier:
        return config.er_bands_by_tier[tier]
    return config.er_bands


def er_band(er: float | None, tier: str | None, config: EngagementConfig = DEFAULT_CONFIG,
            factor: float | None = 1.0) -> str | None:
    """The first band (checked top-down) whose threshold the ER reaches, using the tier's bands; `factor` puts
    the thresholds on the ER's basis (see `band_factor`; None: that basis is unknown, so is the band)."""
    if er is None or factor is None:
        return None
    for name, threshold in sorted(_bands(tier, config), key=lambda b: -b[1]):
        if round(er, 12) >= _on_basis(threshold, factor):
            return name
    return None


def _on_basis(threshold: float, factor: float) -> float:
    """A band threshold on the ER's basis, rounded to 12 decimals: 0.03 x 301/300 is 0.030100000000000002, which put
    an ER of exactly 0.0301 (a post's one share) a band lower than the same post without it (QA)."""
    return round(threshold * factor, 12)


def benchmark_er(tier: str | None, config: EngagementConfig = DEFAULT_CONFIG,
                 factor: float | None = 1.0) -> float | None:
    """The ER that earns the full genuine-ER component for this tier (`config.benchmark_band`), on the ER's basis
    (`factor`, see `band_factor`; None: unknown)."""
    if factor is None:
        return None
    for name, threshold in _bands(tier, config):
        if name == config.benchmark_band:
            return _on_basis(threshold, factor)
    return None


NO_LIKES_NOTE = ("likes unknown (hidden, or not in the post data): engagement, ER and genuine ER not computed, as "
                 "a rate from the comments alone would understate it")
ORPHAN_NOTE = ("post not in the posts data: likes and followers unknown, so engagement, ER and genuine ER are not "
               "computed (the other posts' figures count likes; this one's would be its comments alone)")
GIVEAWAY_NOTE = ("giveaway: the caption asks for likes, follows or tags to enter, so its engagement is entries, not "
                 "comparable with organic posts (the creator's median ER leaves it out when it has other posts)")
NO_BAND_BASIS_NOTE = ("ER band and benchmark unknown: the engagement is all shares and saves (likes and comments 0), "
                      "and the bands are calibrated on (likes + comments) / followers")


def _likes_unknown(p: PostSummary) -> bool:
    """A post whose engagement is unknown for want of its like count (see NO_LIKES_NOTE and ORPHAN_NOTE)."""
    return p.likes is None and p.engagements is None


def band_factor(engagements: float, likes_comments: float) -> float | None:
    """E / (likes + comments): the bands are calibrated on (likes + comments) / followers, so when E also counts
    shares and saves their thresholds (and the benchmark) are multiplied by this to judge ER on its own basis, as
    if shares and saves were left out (QA: a Reel's saves lifted it a band). 1 when E holds nothing more; None
    when E is all shares and saves (likes and comments 0: the basis cannot be told)."""
    if engagements <= likes_comments:
        return 1.0
    if likes_comments <= 0:
        return None
    return engagements / likes_comments


# --------------------------------------------------------------------------------------------------
# Disclosure
# --------------------------------------------------------------------------------------------------
# "código X" / "coupon X" / "promo code X": any all-caps token; the bare English word "code" needs a digit in
# the token ("code TECH15"), so "VS Code HTML tips" is not a discount code
_CODE_WORD = r"(?:discount\s+code|promo\s*code|coupon(?:\s+code)?|c[oó]digo(?:\s+de\s+descuento)?|cup[oó]n|cupom)"
_CODE_AFTER_WORD = re.compile(
    rf"(?i:\b{_CODE_WORD})\s*[:\-–]?\s*[\"'“«*]?([A-Z][A-Z0-9_]{{2,19}})\b"
)
# a code written in lower case needs a digit after the trigger word ("código ana20"), as "code" does
_CODE_LOWER = re.compile(rf"(?i)\b{_CODE_WORD}\s*[:\-–]?\s*[\"'“«*]?([a-z][a-z0-9_]*\d[a-z0-9_]*)\b")
_CODE_AFTER_CODE = re.compile(r"(?i:\bcode)\s*[:\-–]?\s*[\"'“«*]?([A-Za-z][A-Za-z0-9_]*\d[A-Za-z0-9_]*)\b")
# "use code SAVE", "with my code MARIA": the bare word after a verb that applies a code, all-caps without a digit
# (not "VS Code HTML", whose "Code" follows no such verb)
_CODE_AFTER_USE = re.compile(
    r"(?i:\b(?:use|using|with|enter|apply)\s+(?:my\s+|the\s+|our\s+|her\s+|his\s+)?code)\s*[:\-–]?\s*"
    r"[\"'“«*]?([A-Z][A-Z0-9_]{2,19})\b"
)
# capitals after "código"/"code" that name a kind of code, not a discount ("el código HTML", "QR code")
_NOT_CODES = frozenset({"HTML", "CSS", "QR", "PIN", "SQL", "API", "JSON", "PHP", "SMS", "OTP", "ISBN", "SKU", "IBAN",
                        "SWIFT", "BIC", "CVV", "CURP", "RFC", "NIF", "DNI", "POSTAL", "ZIP", "UTF", "ASCII",
                        "MORSE", "JAVA", "PYTHON", "C", "XML", "YAML", "DE", "DEL", "PARA", "THE", "FOR"})
# "20% off with ANA20", "descuento con ANA20", "10% de dto. usando GLOW": capitals after the offer itself
_CODE_AFTER_OFF = re.compile(
    r"(?i:\b(?:off|descuento|dto\.?)\s+(?:with|con|using|usando)\s+(?:my\s+|the\s+|el\s+|mi\s+)?)[\"'“«*]?"
    r"([A-Z][A-Z0-9_]{2,19})\b"
)
_CODE_STANDALONE = re.compile(r"\b(?:CODE|CODIGO|CÓDIGO|PROMO|DESCUENTO|CUPON|SAVE)\d{1,3}\b")
# "Use ANA10 for 15% off", "usa ANA10 y tienes 10% de descuento": capitals after a verb that applies them, with the
# offer right after it (QA: missed); the token needs a digit or 4+ capitals, the offer "N% off" / "N% de descuento"
_CODE_BEFORE_OFF = re.compile(
    r"(?i:\b(?:use|using|apply|usa|usen|usá|usad|usando|aplica)\s+)[\"'“«*]?([A-Z][A-Z0-9_]*\d[A-Z0-9_]*|[A-Z]{4,})\b"
    r"(?i:[\"'”»*]?\s+(?:for|para|y\s+(?:tienes|ten[eé]s|obt[eé]n|consigue|get)|and\s+get|to\s+get|=)\s+(?:a\s+|un\s+)?"
    r"\d+\s?%\s*(?:off|de\s+descuento|de\s+dto|dto|descuento)\b)"
)
# a gift from a brand is a material connection the FTC asks to disclose: "PR package", "gifted by @x", "gracias @x por
# enviarme este kit" are sponsorship signals; a gift named without a product word ("gracias @mama por el regalo") is
# no brand's (#gifted is itself a disclosure)
_GIFT_PHRASES = re.compile(
    r"(?i)\b(pr\s+(?:package|box|kit)|gifted\s+(?:by|from)\s+@[\w.]+|(?:thanks?|thank\s+you|gracias)\s+(?:to\s+|a\s+)?"
    r"@[\w.]+\s+(?:for|por)\s+(?:the\s+|el\s+|este\s+|my\s+|this\s+|los\s+)?(?:pr\b|kit|package|paquete|env[ií]o|enviarme"
    r"|free\s+(?:products?|samples?|gifts?)|productos?|muestras?|sending\s+(?:me\s+)?(?:this|the|these))"
    r"|(?:kit|paquete|package|caja)\s+que\s+me\s+(?:envi[oó]|mand[oó]|regal[oó])\s+@[\w.]+"
    r"|me\s+(?:lo|la|los|las)\s+(?:envi[oó]|mand[oó])\s+@[\w.]+|productos?\s+regalad[oa]s?\s+(?:por|de)\s+@[\w.]+"
    r"|(?:free|gifted)\s+products?\s+(?:from|by)\s+@[\w.]+)")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?:/[^\s<>\"']*)?")
_AFFILIATE_HOSTS = (
    "amzn.to",
    "a.co",
    "rstyle.me",
    "liketk.it",
    "shopstyle.it",
    "tidd.ly",
    "go.magik.ly",
    "howl.me",
)
# link-in-bio pages (linktr.ee), plain shorteners (bit.ly) and campaign tracking (utm_*) carry a creator's own links
# as often as a brand's: not sponsorship signals on their own, unless utm_medium says the traffic is paid
_AFFILIATE_QUERY = re.compile(
    r"(?i)[?&](?:(?:ref|tag|aff|affiliate|aff_id|affid)=|utm_medium=(?:affiliate|influencer|paid|sponsored|partner)\b)")
# partnership wording: a sponsorship signal, and itself a disclosure (Instagram's "Paid partnership" /
# "Colaboración pagada" label; "en colaboración con @marca" is accepted wording in Spain's influencer code)
_SPONSOR_PHRASES = re.compile(
    r"(?i)\b(paid\s+partnership|en\s+colaboraci[oó]n\s+con|in\s+collaboration\s+with|colaboraci[oó]n\s+pagada"
    r"|in\s+partnership\s+with|en\s+alianza\s+con|brand\s+ambassador|embajador[a]?\s+de)\b"
)
_MENTION = re.compile(r"(?<![\w.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_DISCLOSURE_TAGS = re.compile(
    r"(?i)(?<![\w/#])#(ad|ads|advert|advertisement|sponsored|sponsoredpost|sponsor|partner|paidpartnership|publi"
    r"|publicidad|publicidadpagada|colaboraci[oó]n|colaboraci[oó]npagada|patrocinad[oa]|patrocinio|anuncio|gifted"
    r"|ambassador|brandambassador|embajador[a]?|affiliate|affiliatelink|afiliado|afiliados|enlacedeafiliado"
    r"|commissionsearned|partnership)(?!\w)"
)
# the FTC's and Spain's accepted wording, affiliate disclosures included ("affiliate link", "enlace de afiliado",
# "I earn a commission"): a post that says its link pays the creator has disclosed it
_DISCLOSURE_PHRASES = re.compile(
    r"(?i)\b(paid\s+partnership|sponsored\s+by|patrocinad[oa]\s+por|publicaci[oó]n\s+patrocinada|colaboraci[oó]n\s+pagada"
    r"|en\s+colaboraci[oó]n\s+con|in\s+collaboration\s+with|in\s+partnership\s+with|en\s+alianza\s+con"
    r"|brand\s+ambassador|embajador[a]?\s+de|affiliate\s+links?|(?:enlace|link)s?\s+(?:de\s+)?afiliad[oa]s?"
    r"|(?:i|we)\s+(?:may\s+)?earn\s+(?:a\s+)?(?:small\s+)?commission|gano\s+una\s+(?:peque[ñn]a\s+)?comisi[oó]n"
    r"|por\s+patrocinar|for\s+sponsoring|colaboraci[oó]n\s+remunerada|contenido\s+patrocinado|publicidad\s+pagada"
    r"|paid\s+promotion|(?:este|esta|this)\s+(?:v[ií]deo|post|reel|publicaci[oó]n)\s+(?:est[aá]\s+|is\s+)?"
    r"(?:patrocinad[oa]|sponsored))\b"
)
# a caption that opens with the label: "AD | ...", "Publicidad: ...", "Publi. ...", "AD - ...", "[AD] ...",
# "(ad) ...", "Publi con @marca ...", after emoji too ("📢 AD | ...", "✨AD✨ ..."); not a word that starts with it
# ("Ad-free", "Ad-libbing", "Sponsored-looking": a dash must stand apart), nor a handle (@ad: ...), nor "Anuncio:"
# unbracketed, as often an announcement ("Anuncio: ¡estamos esperando un bebé!") as an ad (QA: all read as disclosed)
_LABELS = r"ad|ads|advert|advertisement|sponsored|publi|publicidad|patrocinad[oa]|anuncio"
_OPENING_LABELS = r"ad|ads|advert|advertisement|sponsored|publi|publicidad|patrocinad[oa]"
_LEADING_AD = re.compile(
    rf"(?i)^[^\w\[(@#]*(?P<label>[\[(]\s*(?:{_LABELS})\s*[\])]"
    rf"|(?:{_OPENING_LABELS})(?=\s*[|:.]|\s*[-–—]\s|\s*[^\w\s\-–—'’.,:|]|\s+(?:con|with|x)\s+@))"
)
# the label elsewhere, set apart as a label: "[AD]", "(publicidad)", "| publi", or the caption's last word ("...
# Publicidad.") (QA: these read as undisclosed)
_LABEL_ANYWHERE = re.compile(
    rf"(?im)(?:[\[(【*]\s*(?:{_LABELS})\s*[\])】*]"  # [AD], (publicidad), [ publi ], 【AD】, *publi*
    rf"|(?<![\w./])[|·•/–—-]\s*(?:{_LABELS})\b(?=\s*(?:$|[|·•#]|con\s+@|with\s+@|x\s+@))"  # "| publi", "- publi",
    # "| Publi con @x"; not a link's path (brand.com/ad) or a word's end (self-ad)
    rf"|(?:^|[.!?|·•–—])\s*(?:[^\w\s#@]+\s*)?(?:{_LABELS})\b[.!]?(?=(?:\s*(?:#\w+|[^\w\s#]+))*\s*$))"  # a line or caption that ends
)


@dataclass
class DisclosureCheck:
    """Sponsorship signals vs disclosure found in a post's caption and flags."""

    sponsored: bool
    disclosed: bool
    undisclosed_sponsorship: bool
    checked: bool  # the caption or a deciding flag was seen: without one, "no sponsorship found" means nothing
    sponsored_evidence: list[str] = field(default_factory=list)
    disclosure_evidence: list[str] = field(default_factory=list)
    buried_note: str | None = None  # where a disclosure below the visible part or in a pile of hashtags was found

    @property
    def disclosure_buried(self) -> bool:
        """Disclosed, but below the caption's visible part or in a pile of hashtags."""
        return self.buried_note is not None


_HASHTAG = re.compile(r"(?<![\w/#&])#\w+")
_HASHTAG_RUN = re.compile(r"(?:(?<![\w/#&])#\w+[\s,.;·|]*)+$")
BURIED_NOTE = "disclosure may not be clear enough: "  # a post's note; the report quotes what follows it


# a label the caption denies ("no es #publi", "not #sponsored", "Not sponsored by @x", "no es una colaboración
# pagada"): the negation right before it, a few filler words allowed
_NEGATION_BEFORE = re.compile(
    r"(?i)(?:^|[^\w'])(?:no|not|non|ni|sin|nunca|never|isn'?t|is\s+not|ain'?t)\s+(?:(?:es|era|está|son|un|una|an?|is|it'?s|"
    r"this|esto|the|de|el|la|nada|de\s+nada)\s+){0,3}[\"'“«(]?$")


def _negated(text: str, start: int) -> bool:
    return _NEGATION_BEFORE.search(text[max(0, start - 40):start]) is not None


def _host(url: str) -> str:
    u = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", url)
    return u.split("/", 1)[0].split("?", 1)[0].lower()


def check_disclosure(
    caption: str | None,
    sponsored_flag: bool | None = None,
    disclosed_flag: bool | None = None,
    creator: str | None = None,
    fee: float | None = None,
    visible_chars: int | None = None,
    fee_currency: str | None = None,
    hashtag_pile: int | None = None,
) -> DisclosureCheck:
    """Flags a post that reads as paid (code, affiliate link, partnership wording, flag, a fee paid) but is not
    labelled. A post that labels itself (#ad, #publi) is sponsored by its own word, and disclosed.

    @mentions alone are not enough (creators tag friends and photographers); when another signal is
    present they are listed as the likely brand. A disclosure that only starts after the caption's first
    `visible_chars` characters (what Instagram shows before "more"; the FTC asks for it above that cut) or
    among a closing pile of hashtags is `disclosure_buried`: disclosed, but to be reviewed.
    """
    # styled and full-width letters (𝐚𝐝, ＃ａｄ) and accents stored apart (Mac exports) read as plain text
    text = unicodedata.normalize("NFKC", plain_letters(caption or ""))  # + small caps ᴀᴅ, 🅰🅳 (NFKC leaves them)
    strong: list[str] = []
    if sponsored_flag:
        strong.append("platform flag: sponsored")
    if fee is not None and fee > 0:
        strong.append(f"fee paid: {money_mark(fee_currency)}{fee:,.2f}".removesuffix(".00"))  # "$300", "EUR 300"
    codes: set[str] = set()
    for rx in (_CODE_AFTER_WORD, _CODE_LOWER, _CODE_AFTER_CODE, _CODE_AFTER_USE, _CODE_AFTER_OFF, _CODE_STANDALONE,
               _CODE_BEFORE_OFF):
        for m in rx.finditer(text):
            token = m.group(m.lastindex or 0)
            if token.upper() in _NOT_CODES:
                continue
            if token not in codes:
                codes.add(token)
                strong.append(f"discount code: {m.group(0).strip()}")
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?)")
        host = _host(url)
        if host in _AFFILIATE_HOSTS or _AFFILIATE_QUERY.search(url):
            strong.append(f"affiliate link: {url}")
    for m in _SPONSOR_PHRASES.finditer(text):
        if not _negated(text, m.start()):
            strong.append(f"partnership wording: {m.group(0)}")
    named_gifts = []  # a gift whose wording names the giving brand also discloses it (FTC: "thanks to XYZ brand for
    # the free product"; Autocontrol: "regalo de [marca]"); "PR package" alone is insiders' jargon, no disclosure
    for m in _GIFT_PHRASES.finditer(text):
        strong.append(f"gift from a brand: {m.group(0)}")
        if "@" in m.group(0) and not _negated(text, m.start()):
            named_gifts.append(m)

    disclosure: list[str] = []
    if disclosed_flag:
        disclosure.append("platform flag: disclosed")
    starts: list[int] = []  # where each disclosure in the caption begins
    for m in _DISCLOSURE_TAGS.finditer(text):
        if not _negated(text, m.start()):
            disclosure.append(f"disclosure tag: {m.group(0)}")
            starts.append(m.start())
    for m in _DISCLOSURE_PHRASES.finditer(text):
        if not _negated(text, m.start()):
            disclosure.append(f"disclosure wording: {m.group(0)}")
            starts.append(m.start())
    for m in named_gifts:
        disclosure.append(f"gift named: {m.group(0)}")
        starts.append(m.start())
    if lead := _LEADING_AD.match(text):
        disclosure.append(f"disclosure label: {lead.group('label')}")
        starts.append(0)
    else:
        for m in _LABEL_ANYWHERE.finditer(text):
            disclosure.append(f"disclosure label: {m.group(0).strip(' .!|·•–—')}")
            starts.append(m.start())
    visible_chars = DEFAULT_CONFIG.disclosure_visible_chars if visible_chars is None else visible_chars
    hashtag_pile = DEFAULT_CONFIG.disclosure_hashtag_pile if hashtag_pile is None else hashtag_pile
    buried = None
    if starts and not disclosed_flag:
        first = min(starts)
        if first >= visible_chars:
            buried = f"the disclosure starts at character {first + 1}, after the {visible_chars} shown before 'more'"
        else:
            run = _HASHTAG_RUN.search(text[:first])  # the hashtags right before it, nothing else between
            pile = len(_HASHTAG.findall(run.group(0))) if run else 0
            if pile >= hashtag_pile:
                buried = f"the disclosure comes after {pile} other hashtags"

    own = _handle(creator)
    evidence = list(strong)
    if strong:
        for m in _MENTION.finditer(text):
            if m.group(1).lower() != own:
                evidence.append(f"brand tag: @{m.group(1)}")
    disclosed = bool(disclosure)
    if disclosed and not strong:  # labelled as an ad by the post itself: sponsored by its own word
        evidence.append("labelled as sponsored by the post itself")
    sponsored = bool(strong) or disclosed
    return DisclosureCheck(
        sponsored=sponsored,
        disclosed=disclosed,
        # a fee alone says nothing of a caption nobody saw: judged only with the caption or the platform's flag
        undisclosed_sponsorship=sponsored and not disclosed and (caption is not None or bool(sponsored_flag)),
        checked=caption is not None or bool(sponsored_flag) or bool(disclosed_flag),
        sponsored_evidence=_dedupe(evidence),
        disclosure_evidence=_dedupe(disclosure),
        buried_note=buried,  # found only among disclosures, so on sponsored posts only
    )


# --------------------------------------------------------------------------------------------------
# Comment statistics (shared by post, creator and campaign levels)
# --------------------------------------------------------------------------------------------------
_handle = handle_key


def mentions(text: str | None) -> list[str]:
    """The @handles a text names (not an e-mail's), as written, each once, in order."""
    return list(dict.fromkeys(m.group(1) for m in _MENTION.finditer(text or "")))


def tagged_handles(text: str | None) -> set[str]:
    """The @handles a text names, compared as `handle_key` compares account names."""
    return {h.casefold() for h in mentions(text)}


def _weight(c: ScoredComment) -> float:
    w = c.genuine_weight
    if w is None or not isinstance(w, (int, float)) or math.isnan(w):
        return 0.0
    return min(1.0, max(0.0, float(w)))


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _mean(values: Iterable[float]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _median(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return float(statistics.median(vals)) if vals else None


@dataclass
class _CommentStats:
    n: int = 0
    authentic_share: float | None = None
    sentiment_mix: dict[str, float] | None = None
    net_sentiment: float | None = None
    genuine_share: float | None = None
    superficial_share: float | None = None
    spam_share: float | None = None
    coordinated_share: float | None = None
    mean_relevance: float | None = None
    unique_commenters: int = 0
    genuine_weight: float = 0.0  # sum of the audience's genuine weights (sentiment needs a minimum of it)

    def sentiment_note(self, config: EngagementConfig) -> str | None:
        """Why an audience with comments shows no sentiment: too little of it is genuine to speak for."""
        if not self.n or self.sentiment_mix is not None:
            return None
        return (f"no sentiment among genuine comments: the {plural(self.n, 'audience comment')} "
                f"{'weigh' if self.n != 1 else 'weighs'} {self.genuine_weight:.2f} as genuine engagement in all (needs "
                f"{config.min_sentiment_weight:g}): spam, low-effort or bot-like")

    def summary_fields(self, record_type: type) -> dict[str, Any]:
        """The audience figures `record_type` (a post, creator or campaign summary) declares, by name: the one
        mapping from these stats to the summaries' columns."""
        declared = {f.name for f in fields(record_type)}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in declared and f.name != "n"}


def _comment_stats(audience: Sequence[ScoredComment], config: EngagementConfig) -> _CommentStats:
    n = len(audience)
    if n == 0:
        return _CommentStats()
    weights = [_weight(c) for c in audience]
    total_w = sum(weights)
    mix = None
    net = None
    if total_w >= max(config.min_sentiment_weight, 1e-9):
        mix = {
            lab: sum(w for c, w in zip(audience, weights, strict=True) if c.sentiment == lab) / total_w
            for lab in SENTIMENT_LABELS
        }
        net = mix.get("positive", 0.0) - mix.get("negative", 0.0)
    labels = Counter(c.authenticity for c in audience)
    rel = [c.relevance for c in audience if c.relevance is not None and not math.isnan(c.relevance)]
    return _CommentStats(
        n=n,
        authentic_share=total_w / n,
        sentiment_mix=mix,
        net_sentiment=net,
        genuine_share=labels.get(AUTHENTICITY_LABELS[0], 0) / n,
        superficial_share=labels.get(AUTHENTICITY_LABELS[1], 0) / n,
        spam_share=labels.get(AUTHENTICITY_LABELS[2], 0) / n,
        coordinated_share=sum(1 for c in audience if c.coordinated) / n,
        mean_relevance=sum(rel) / len(rel) if rel else None,
        unique_commenters=len({_handle(c.author) for c in audience if _handle(c.author)}),
        genuine_weight=total_w,
    )


CREATOR_REPLY_REASON = "the creator's own reply (not counted as engagement)"


def is_creator(author: str | None, creator: str | None) -> bool:
    """Whether a comment's author is the post's creator (handles compared without "@" and case): the creator's
    own replies are not audience engagement."""
    own = _handle(creator)
    return own is not None and _handle(author) == own


def by_creator(c: ScoredComment, creator: str | None) -> bool:
    """Whether the comment is the post creator's own: flagged so when scored (`creator_reply`: by name or by
    account id), or its author named as the creator."""
    return c.creator_reply or is_creator(c.author, creator)


def _split_audience(comments: Sequence[ScoredComment], creator: str | None) -> tuple[list, list]:
    audience: list[ScoredComment] = []
    replies: list[ScoredComment] = []
    for c in comments:
        (replies if by_creator(c, creator) else audience).append(c)
    return audience, replies


# --------------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------------
@dataclass
class PostSummary:
    """Engagement, authenticity, sentiment, disclosure and cost of one post."""

    post_id: str | None
    creator: str | None
    platform: str | None = None
    campaign: str | None = None
    posted_at: datetime | None = None
    caption: str | None = None
    followers: int | None = None
    tier: str | None = None
    likes: int | None = None
    comments: int | None = None  # the count used in ER (platform's when known, else the dump's)
    comments_source: str | None = None  # "platform" | "dump"
    shares: int | None = None
    saves: int | None = None
    n_comments_dump: int = 0
    n_audience_comments: int = 0
    n_creator_replies: int = 0
    engagements: float | None = None
    genuine_engagements: float | None = None
    er: float | None = None
    genuine_er: float | None = None
    band_factor: float | None = 1.0  # E / (likes + comments): the bands' thresholds x this (see band_factor())
    er_band: str | None = None
    genuine_er_band: str | None = None
    authentic_share: float | None = None
    inauthentic_share: float | None = None
    sentiment_mix: dict[str, float] | None = None
    net_sentiment: float | None = None
    genuine_share: float | None = None
    superficial_share: float | None = None
    spam_share: float | None = None
    coordinated_share: float | None = None
    n_top_level: int = 0
    n_top_level_replied: int = 0
    reply_rate: float | None = None
    unique_commenters: int = 0
    mean_relevance: float | None = None
    sponsored: bool = False
    disclosed: bool = False
    undisclosed_sponsorship: bool = False
    disclosure_buried: bool = False  # disclosed below the caption's visible part or in a pile of hashtags (a note says)
    sponsored_evidence: list[str] = field(default_factory=list)
    disclosure_evidence: list[str] = field(default_factory=list)
    cost_low: float | None = None
    cost_high: float | None = None
    cost_source: str | None = None  # "fee" | "estimate"
    cost_currency: str | None = None  # the fee's currency (ISO code or mark; "$" and unstated: USD, noted); estimates USD
    cost_per_genuine_engagement_low: float | None = None
    cost_per_genuine_engagement_high: float | None = None
    has_post_data: bool = False  # the post record carries one of POST_DATA_FIELDS
    disclosure_checked: bool = False  # counted in the disclosure component (caption or a deciding flag known)
    # the caption announces a giveaway (like, follow, tag to enter): its engagement is entries, not organic interest
    giveaway: bool = False
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _record_dict(self)


@dataclass
class CreatorSummary:
    """A creator's posts rolled up: medians of ER, pooled comment shares, score with its components."""

    creator: str | None
    followers: int | None = None
    tier: str | None = None
    platforms: list[str] = field(default_factory=list)
    n_posts: int = 0
    post_ids: list[str | None] = field(default_factory=list)
    n_audience_comments: int = 0
    unique_commenters: int = 0
    engagements: float | None = None
    genuine_engagements: float | None = None
    genuine_post_ids: list[str | None] = field(default_factory=list)  # the posts genuine figures cover: G known
    er_post_ids: list[str | None] = field(default_factory=list)  # the posts ER covers: follower count known
    genuine_er_post_ids: list[str | None] = field(default_factory=list)  # genuine ER's: followers and G known
    median_er: float | None = None
    median_genuine_er: float | None = None
    matched_median_er: float | None = None  # median ER over the posts median_genuine_er covers
    giveaway_posts: list[str | None] = field(default_factory=list)  # left out of the medians when organic ones exist
    band_factor: float | None = 1.0  # E / (likes + comments) over the posts with followers (see band_factor())
    er_band: str | None = None
    genuine_er_band: str | None = None
    benchmark_er: float | None = None  # on the ER's basis: the tier's threshold x band_factor
    authentic_share: float | None = None
    sentiment_mix: dict[str, float] | None = None
    net_sentiment: float | None = None
    genuine_share: float | None = None
    superficial_share: float | None = None
    spam_share: float | None = None
    coordinated_share: float | None = None
    reply_rate: float | None = None
    mean_relevance: float | None = None
    sponsored_posts: list[str | None] = field(default_factory=list)
    undisclosed_posts: list[str | None] = field(default_factory=list)
    score: float | None = None
    components: dict[str, float | None] = field(default_factory=dict)
    score_coverage: float = 0.0  # share of the score's weight that could be computed
    cost_per_post_low: float | None = None
    cost_per_post_high: float | None = None
    cost_low: float | None = None
    cost_high: float | None = None
    cost_source: str | None = None  # "fee" | "estimate" | "mixed"
    cost_currency: str | None = None  # the costs' one currency when stated (see PostSummary.cost_currency)
    cost_per_genuine_engagement_low: float | None = None
    cost_per_genuine_engagement_high: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.creator if self.creator is not None else UNKNOWN_CREATOR

    def to_dict(self) -> dict[str, Any]:
        return _record_dict(self)


@dataclass
class CampaignSummary:
    """A campaign's posts pooled; the score is the mean of its creators' campaign-only scores."""

    campaign: str | None
    label: str
    # as the creators table names them: None for the pool of posts whose creator is unknown (it was listed as
    # "(creator unknown)" here and null there: QA, a join of the two lost that pool)
    creators: list[str | None] = field(default_factory=list)
    n_posts: int = 0
    n_audience_comments: int = 0
    followers_reached: int | None = None  # sum of followers over posts (potential impressions)
    engagements: float | None = None
    genuine_engagements: float | None = None
    genuine_post_ids: list[str | None] = field(default_factory=list)  # the posts genuine figures cover: G known
    er_post_ids: list[str | None] = field(default_factory=list)  # the posts ER covers: follower count known
    genuine_er_post_ids: list[str | None] = field(default_factory=list)  # genuine ER's: followers and G known
    er: float | None = None  # sum of engagements / sum of followers over posts with followers
    genuine_er: float | None = None  # the same, of G, over the posts with followers and a known G
    matched_er: float | None = None  # ER over the posts genuine_er covers: the like-for-like comparison
    authentic_share: float | None = None
    sentiment_mix: dict[str, float] | None = None
    net_sentiment: float | None = None
    superficial_share: float | None = None
    spam_share: float | None = None
    coordinated_share: float | None = None
    undisclosed_posts: list[str | None] = field(default_factory=list)
    score: float | None = None
    components: dict[str, float | None] = field(default_factory=dict)
    cost_low: float | None = None
    cost_high: float | None = None
    cost_currency: str | None = None  # the costs' one currency when stated (None: unstated or USD estimate)
    cost_per_genuine_engagement_low: float | None = None
    cost_per_genuine_engagement_high: float | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _record_dict(self)


@dataclass
class ClusterSummary:
    """One group of near-identical audience comments (same `cluster_id`): who posted, what, and how fast.
    `coordinated`: a pod or bot run (members flagged coordinated); otherwise the same text from several accounts
    over time (a duplicate group: weaker evidence, weighted as such)."""

    cluster_id: str
    count: int
    authors: list[str]
    texts: list[str]  # distinct texts, most frequent first
    post_ids: list[str | None]
    creators: list[str]
    comment_ids: list[str]
    first_at: datetime | None = None
    last_at: datetime | None = None
    span_seconds: float | None = None
    coordinated: bool = False

    computed: ClassVar[tuple[str, ...]] = ("n_authors",)  # to_dict() keys beyond the fields

    @property
    def n_authors(self) -> int:
        return len(self.authors)

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["n_authors"] = self.n_authors
        return d


@dataclass
class PromotedAccount:
    """An account the comments keep naming that is neither a creator, nor tagged in a caption, nor a commenter of
    the dump: scam rings push an "investment manager" this way ("I made $12k with @...", "DM @..."), promoters
    their own page. Brand safety wants to know who the comments advertise."""

    handle: str
    n_comments: int
    promoters: list[str]  # distinct authors naming it ("(unknown)" once per comment without an author)
    spam_share: float  # of those comments labelled spam
    post_ids: list[str | None]
    creators: list[str]
    comment_ids: list[str]
    example: str  # the most common text naming it

    computed: ClassVar[tuple[str, ...]] = ("n_promoters",)

    @property
    def n_promoters(self) -> int:
        return len(self.promoters)

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["n_promoters"] = self.n_promoters
        return d


@dataclass
class Summary:
    """Everything `summarize` computes; each table exports with `to_dict()` / `to_pandas()`."""

    posts: Table[PostSummary]
    creators: Table[CreatorSummary]
    campaigns: Table[CampaignSummary]
    clusters: Table[ClusterSummary]
    promoted: Table[PromotedAccount] = field(default_factory=lambda: Table([], key=lambda a: a.handle,
                                                                          record_type=PromotedAccount))
    totals: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    config: EngagementConfig = field(default_factory=EngagementConfig, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "totals": dict(self.totals),
            "notes": list(self.notes),
            "posts": self.posts.to_dict(),
            "creators": self.creators.to_dict(),
            "campaigns": self.campaigns.to_dict(),
            "clusters": self.clusters.to_dict(),
            "promoted": self.promoted.to_dict(),
        }

    def to_pandas(self) -> dict[str, pd.DataFrame]:
        return {
            "posts": self.posts.to_pandas(),
            "creators": self.creators.to_pandas(),
            "campaigns": self.campaigns.to_pandas(),
            "clusters": self.clusters.to_pandas(),
            "promoted": self.promoted.to_pandas(),
        }


# --------------------------------------------------------------------------------------------------
# Post level
# --------------------------------------------------------------------------------------------------
# PostIn fields that some metric reads (audience split, ER, G, cost, disclosure). Comment-only exports name each
# post by a bare record (post_id, perhaps platform); post_id, platform, campaign, posted_at, views and url alone
# inform no metric, so such a record is no post data.
POST_DATA_FIELDS: tuple[str, ...] = (
    "creator", "followers", "caption", "likes", "comments", "shares", "saves", "sponsored", "disclosed", "fee",
)


def has_post_data(post: PostIn | None) -> bool:
    """Whether the record says anything a metric reads (see POST_DATA_FIELDS)."""
    return post is not None and any(getattr(post, f) is not None for f in POST_DATA_FIELDS)


def _post_summary(
    post_id: str | None,
    post: PostIn | None,
    comments: Sequence[ScoredComment],
    config: EngagementConfig,
    likes_expected: bool = False,
) -> PostSummary:
    """`likes_expected`: the run has post data (a posts file), so a post missing from it has unknown likes like
    one whose row lacks them; without any post data every post's engagement is its comments (comparable)."""
    notes: list[str] = []
    has_data = has_post_data(post)
    creator = post.creator if post else None
    audience, replies = _split_audience(comments, creator)
    stats = _comment_stats(audience, config)
    platform = (post.platform if post else None) or next((c.platform for c in comments if c.platform), None)

    # reply rate: top-level audience comments answered by the creator
    top_level = [c for c in audience if not c.parent_id]
    replied_ids = {c.parent_id for c in replies if c.parent_id}
    n_replied = sum(1 for c in top_level if c.comment_id in replied_ids)
    reply_rate = n_replied / len(top_level) if (creator and top_level) else None

    followers = post.followers if post else None
    likes = post.likes if post else None
    shares = post.shares if post else None
    saves = post.saves if post else None
    if post is not None and post.comments is not None and post.comments >= len(comments):
        n_comments, source = post.comments, "platform"
    else:  # no platform count, or a stale snapshot below the comments the dump holds: those are seen
        if post is not None and post.comments is not None:
            notes.append(f"platform comment count {post.comments} is below the {len(comments)} in the dump: "
                         "the dump's count is used")
        n_comments, source = len(comments), "dump"
    n_audience_count = max(n_comments - len(replies), 0)

    counted = [likes, shares, saves] if config.include_shares_saves else [likes]
    names = ["likes", "shares", "saves"] if config.include_shares_saves else ["likes"]
    # a post's likes unknown (hidden like counts, a posts file without them): a rate or a genuine count from the
    # comments alone would rank it far below its real engagement (QA: 0.12%, band "low"), so they are unknown
    no_likes = likes is None and (has_data or likes_expected)
    if no_likes and not has_data:
        notes.append(ORPHAN_NOTE)
    elif has_data:
        missing = [n for n, v in zip(names, counted, strict=True) if v is None and n != "likes"]
        if no_likes:
            notes.append(NO_LIKES_NOTE)
        elif missing:
            notes.append(f"{', '.join(missing)} unknown: counted as 0")
    other = float(sum(v for v in counted if v is not None))
    engagements = None if no_likes else other + n_comments
    s = stats.authentic_share
    genuine = s * (n_audience_count + other) if s is not None and not no_likes else None
    if s is None and engagements:
        notes.append("no audience comments in the dump: authenticity and genuine engagement unknown")
    if note := stats.sentiment_note(config):
        notes.append(note)

    tier = tier_for(followers, config)
    factor = band_factor(engagements, (likes or 0) + n_comments) if engagements is not None else None
    if factor is None and not no_likes:
        notes.append(NO_BAND_BASIS_NOTE)
    er = genuine_er = None
    if engagements is None:
        pass  # likes unknown: said above
    elif not followers:  # None or 0: never divide
        if not has_data:
            notes.append("post not in the posts data: follower-based metrics unavailable")
        else:
            notes.append("followers unknown or 0: ER not computed")
    else:
        er = engagements / followers
        genuine_er = genuine / followers if genuine is not None else None

    giveaway = is_giveaway_caption(post.caption if post else None)
    if giveaway:
        notes.append(GIVEAWAY_NOTE)
    disc = check_disclosure(
        post.caption if post else None,
        post.sponsored if post else None,
        post.disclosed if post else None,
        creator,
        fee=post.fee if post else None,
        visible_chars=config.disclosure_visible_chars,
        fee_currency=post.fee_currency if post else None,
        hashtag_pile=config.disclosure_hashtag_pile,
    )
    if disc.buried_note:
        notes.append(BURIED_NOTE + disc.buried_note)

    cost_low = cost_high = None
    cost_source = cost_currency = None
    if post is not None and post.fee is not None:
        cost_low = cost_high = float(post.fee)
        # a bare "$" and a fee without a currency count as USD (as the sums do): cost_currency says so, so that a
        # filter on "USD" finds them, and a note says it was assumed ("$" is also the peso's sign)
        written = post.fee_currency
        cost_source, cost_currency = "fee", ESTIMATE_CURRENCY if written in (None, "$") else written
        if written is None:
            notes.append(f"fee written without a currency: counted as {ESTIMATE_CURRENCY}")
        elif written == "$":
            notes.append(f'fee in "$": counted as {ESTIMATE_CURRENCY} (write MXN, COP, ARS, CLP... for pesos)')
    elif followers:
        lo, hi = config.cost_per_1k_followers
        cost_low, cost_high = followers / 1000 * lo, followers / 1000 * hi
        cost_source, cost_currency = "estimate", ESTIMATE_CURRENCY
    cpge_lo = cpge_hi = None
    if cost_low is not None and genuine:
        cpge_lo, cpge_hi = cost_low / genuine, cost_high / genuine
    elif cost_low is not None and genuine == 0:
        notes.append(NO_GENUINE_NOTE)

    return PostSummary(
        post_id=post_id,
        creator=creator,
        platform=platform,
        campaign=post.campaign if post else None,
        posted_at=post.posted_at if post else None,
        caption=post.caption if post else None,
        followers=followers,
        tier=tier,
        likes=likes,
        comments=n_comments,
        comments_source=source,
        shares=shares,
        saves=saves,
        n_comments_dump=len(comments),
        n_audience_comments=len(audience),
        n_creator_replies=len(replies),
        engagements=engagements,
        genuine_engagements=genuine,
        er=er,
        genuine_er=genuine_er,
        band_factor=factor,
        er_band=er_band(er, tier, config, factor),
        genuine_er_band=er_band(genuine_er, tier, config, factor),
        **stats.summary_fields(PostSummary),
        inauthentic_share=1 - s if s is not None else None,
        n_top_level=len(top_level),
        n_top_level_replied=n_replied,
        reply_rate=reply_rate,
        sponsored=disc.sponsored,
        disclosed=disc.disclosed,
        undisclosed_sponsorship=disc.undisclosed_sponsorship,
        disclosure_buried=disc.disclosure_buried,
        sponsored_evidence=disc.sponsored_evidence,
        disclosure_evidence=disc.disclosure_evidence,
        cost_low=cost_low,
        cost_high=cost_high,
        cost_source=cost_source,
        cost_currency=cost_currency,
        cost_per_genuine_engagement_low=cpge_lo,
        cost_per_genuine_engagement_high=cpge_hi,
        has_post_data=has_data,
        disclosure_checked=disc.checked,
        giveaway=giveaway,
        notes=notes,
    )


# --------------------------------------------------------------------------------------------------
# Score
# --------------------------------------------------------------------------------------------------
def score_components(
    *,
    genuine_er: float | None,
    tier: str | None,
    authentic_share: float | None,
    net_sentiment: float | None,
    mean_relevance: float | None,
    coordinated_share: float | None,
    undisclosed_share: float | None,
    config: EngagementConfig = DEFAULT_CONFIG,
    band_factor: float | None = 1.0,
) -> dict[str, float | None]:
    """Each component in [0, 1] (None when its input is unknown); definitions in the module docstring."""
    bench = benchmark_er(tier, config, band_factor)
    comp: dict[str, float | None] = {
        "genuine_er": min(1.0, max(0.0, genuine_er / bench)) if genuine_er is not None and bench else None,
        "authenticity": authentic_share,
        "sentiment": (net_sentiment + 1) / 2 if net_sentiment is not None else None,
        "relevance": min(1.0, max(0.0, mean_relevance)) if mean_relevance is not None else None,
        "coordination": (
            1 - min(1.0, coordinated_share / config.coordination_zero_at)
            if coordinated_share is not None
            else None
        ),
        "disclosure": 1 - undisclosed_share if undisclosed_share is not None else None,
    }
    return {k: comp.get(k) for k in config.score_weights}


def _score(components: dict[str, float | None], config: EngagementConfig) -> tuple[float | None, float]:
    """100 x weighted mean over the known components, and the share of the total weight they carry."""
    total = sum(config.score_weights.values())
    known = {k: v for k, v in components.items() if v is not None and config.score_weights.get(k, 0) > 0}
    w_known = sum(config.score_weights[k] for k in known)
    if w_known <= 0 or total <= 0:
        return None, 0.0
    score = 100 * sum(config.score_weights[k] * v for k, v in known.items()) / w_known
    return score, w_known / total


# --------------------------------------------------------------------------------------------------
# Creator and campaign level
# --------------------------------------------------------------------------------------------------
def _sum_known(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return float(sum(vals)) if vals else None


@dataclass
class _CostRollup:
    low: float | None = None  # total over the priced posts
    high: float | None = None
    source: str | None = None
    n_priced: int = 0
    basis: list[PostSummary] = field(default_factory=list)  # priced posts with a known G: what cpge divides
    basis_low: float | None = None
    basis_high: float | None = None
    basis_g: float = 0.0
    cpge_low: float | None = None
    cpge_high: float | None = None
    currencies: list[str] = field(default_factory=list)  # set when the posts' costs are in several: no sums
    currency: str | None = None  # else the one currency of the priced posts

    def summary_fields(self) -> dict[str, Any]:
        """The cost columns a creator and a campaign summary share."""
        return {"cost_low": self.low, "cost_high": self.high, "cost_currency": self.currency,
                "cost_per_genuine_engagement_low": self.cpge_low, "cost_per_genuine_engagement_high": self.cpge_high}


# the currency of the follower-based cost estimate (config.cost_per_1k_followers); "$" fees count as it
ESTIMATE_CURRENCY = "USD"
# why a priced post, creator or campaign has no cost per genuine engagement although its G is known
NO_GENUINE_NOTE = ("no genuine engagement (G = 0): the cost bought nothing genuine, so cost per genuine "
                   "engagement is unbounded and left empty")


def money_mark(currency: str | None) -> str:
    """How an amount in `currency` is written: "$" for dollars and unstated or estimated costs, else "EUR "."""
    return "$" if currency in (None, "$", ESTIMATE_CURRENCY) else f"{currency} "


def money_range(low: float, high: float, currency: str | None, digits: int = 0) -> str:
    """"$1,200" for one amount (known fees), "$1,200–$1,800" for an estimated range."""
    mark = money_mark(currency)
    lo, hi = grouped(low, digits), grouped(high, digits)
    return f"{mark}{lo}" if abs(low - high) < 1e-9 else f"{mark}{lo}–{mark}{hi}"


def _cost_rollup(posts: Sequence[PostSummary]) -> _CostRollup:
    """Total cost range, and cost per genuine engagement = cost of the priced posts with a known G / their G.

    A post with G = 0 (an all-spam audience) stays in: its cost bought nothing genuine. A post with G unknown
    is left out of both sides, so the ratio never divides one set's cost by another's engagements.
    """
    priced = [p for p in posts if p.cost_low is not None]
    if not priced:
        return _CostRollup()
    # every priced post states its currency (`_post_summary` counts "$" and an unstated fee as USD, as the
    # estimate is): a bare 18000 beside "MXN 25,000" is a clash, not 43,000 MXN
    currencies = {p.cost_currency for p in priced}
    if len(currencies) > 1:  # 1,500 MXN + 1,200 EUR is a number that means nothing: no sums
        return _CostRollup(n_priced=len(priced), currencies=sorted(currencies))
    sources = {p.cost_source for p in priced}
    out = _CostRollup(
        currency=currencies.pop(),
        low=sum(p.cost_low for p in priced),
        high=sum(p.cost_high for p in priced),
        source=sources.pop() if len(sources) == 1 else "mixed",
        n_priced=len(priced),
        basis=[p for p in priced if p.genuine_engagements is not None],
    )
    if out.basis:
        out.basis_low = sum(p.cost_low for p in out.basis)
        out.basis_high = sum(p.cost_high for p in out.basis)
        out.basis_g = sum(p.genuine_engagements for p in out.basis)
        if out.basis_g > 0:
            out.cpge_low, out.cpge_high = out.basis_low / out.basis_g, out.basis_high / out.basis_g
    return out


NO_POST_ID = "(no post id)"  # how the comments that name no post are shown as one post


def _ids(posts: Sequence[PostSummary], limit: int = 5) -> str:
    """The first `limit` post ids, then "+N more"."""
    shown = ", ".join(NO_POST_ID if p.post_id is None else str(p.post_id) for p in posts[:limit])
    return shown + (f", +{len(posts) - limit} more" if len(posts) > limit else "")


def _genuine_basis_notes(posts: Sequence[PostSummary], cost: _CostRollup, er_note: str | None) -> list[str]:
    """Which posts the genuine figures leave out, how genuine ER compares over the same posts (`er_note`) and
    what the cost per genuine engagement divides, when they differ from the raw figures' posts (creator and
    campaign share this wording)."""
    notes: list[str] = []
    if cost.currencies:
        notes.append(
            f"costs in several currencies ({', '.join(cost.currencies)}; follower-based estimates and fees "
            f"written without a currency count as {ESTIMATE_CURRENCY}): cost and cost per genuine engagement are "
            "not computed; give every fee in one currency"
        )
    unpriced = [p for p in posts if p.cost_low is None]
    if unpriced and cost.n_priced:
        notes.append(
            f"cost covers {cost.n_priced} of {len(posts)} posts (no fee and no follower count on {_ids(unpriced)}): "
            "cost per post and cost per genuine engagement are over the priced ones"
        )
    no_likes = [p for p in posts if _likes_unknown(p)]
    unknown = [p for p in posts if p.genuine_engagements is None and not _likes_unknown(p)]
    if unknown:
        notes.append(
            f"{len(unknown)} of {len(posts)} posts have no audience comments in the dump ({_ids(unknown)}): "
            "their genuine engagement is unknown, so genuine engagements, genuine ER and cost per genuine "
            "engagement leave them out"
        )
    if no_likes:
        notes.append(
            f"{len(no_likes)} of {len(posts)} posts have no like count ({_ids(no_likes)}): their engagement is "
            "unknown, so ER, genuine ER and cost per genuine engagement leave them out"
        )
    if er_note:
        notes.append(er_note)
    if cost.basis and cost.basis_g == 0:
        notes.append(NO_GENUINE_NOTE)
    if cost.cpge_low is not None and len(cost.basis) < cost.n_priced:
        notes.append(
            f"cost per genuine engagement = cost of the {len(cost.basis)} of {cost.n_priced} priced posts "
            f"with a known genuine engagement ({money_range(cost.basis_low, cost.basis_high, cost.currency)}) / their "
            f"{cost.basis_g:,.1f} genuine engagements"
        )
    return notes


def _creator_summary(
    name: str | None,
    posts: Sequence[PostSummary],
    comments_by_post: dict[str | None, list[ScoredComment]],
    config: EngagementConfig,
) -> CreatorSummary:
    notes: list[str] = []
    audience: list[ScoredComment] = []
    for p in posts:
        a, _ = _split_audience(comments_by_post.get(p.post_id, []), p.creator)
        audience.extend(a)
    stats = _comment_stats(audience, config)

    with_followers = [p for p in posts if p.followers]
    latest = max(
        with_followers, key=lambda p: (p.posted_at is not None, _ts(p.posted_at), p.followers), default=None
    )
    followers = latest.followers if latest else None
    tier = tier_for(followers, config)
    if followers is None:
        zero = any(p.followers == 0 for p in posts)
        notes.append(f"followers {'0' if zero else 'unknown'}: ER, tier and the follower-based cost estimate not "
                     "computed")

    if note := stats.sentiment_note(config):
        notes.append(note)
    # a giveaway's likes and comments are entries: the creator's rates are its organic posts' when it has rated ones
    organic = [p for p in posts if not p.giveaway]
    measured = organic if any(p.er is not None for p in organic) else list(posts)
    if len(measured) < len(posts):
        left = [p for p in posts if p.giveaway]
        notes.append(f"median ER and genuine ER leave out {plural(len(left), 'giveaway post')} ({_ids(left)}): "
                     "entries the caption asks for are not organic engagement")
    median_er = _median(p.er for p in measured)
    g_rated = [p for p in measured if p.genuine_er is not None]
    median_ger = _median(p.genuine_er for p in g_rated)
    matched_median_er = _median(p.er for p in g_rated)
    n_top = sum(p.n_top_level for p in posts)
    reply_rate = sum(p.n_top_level_replied for p in posts) / n_top if (name is not None and n_top) else None

    judged = [p for p in posts if p.disclosure_checked]
    undisclosed = [p.post_id for p in posts if p.undisclosed_sponsorship]  # always judged posts
    undisclosed_share = len(undisclosed) / len(judged) if judged else None
    if judged and len(judged) < len(posts):
        unjudged = [p for p in posts if not p.disclosure_checked]
        notes.append(
            f"disclosure judged on {len(judged)} of {len(posts)} posts (no caption or sponsorship flag on "
            f"{_ids(unjudged)})"
        )

    rated = [p for p in measured if p.er is not None]
    based = [p for p in rated if p.band_factor is not None]  # posts whose basis is known
    factor = band_factor(sum(p.engagements or 0 for p in based), sum((p.likes or 0) + (p.comments or 0) for p in based)) \
        if based else None
    if factor is None and rated:
        notes.append(NO_BAND_BASIS_NOTE)
    components = score_components(
        genuine_er=median_ger,
        tier=tier,
        band_factor=factor,
        authentic_share=stats.authentic_share,
        net_sentiment=stats.net_sentiment,
        mean_relevance=stats.mean_relevance,
        coordinated_share=stats.coordinated_share,
        undisclosed_share=undisclosed_share,
        config=config,
    )
    score, coverage = _score(components, config)
    missing = ", ".join(k for k, v in components.items() if v is None)
    if name is None:  # posts of no known creator pooled together: no one to score, listed after the ranked ones
        notes.append("creator unknown (posts missing from the posts data or without a creator): not ranked, "
                     "no score (its components are kept)")
        score = None
    elif score is not None and coverage < config.min_score_coverage:
        notes.append(f"no score: only {coverage:.0%} of its weight is known (unknown: {missing}); a score needs "
                     f"{config.min_score_coverage:.0%}, so this creator is not ranked")
        score = None
    elif score is not None and coverage < 1:
        notes.append(f"score uses {coverage:.0%} of the weight (unknown: {missing})")

    n_rated = sum(p.er is not None for p in measured)
    er_note = (
        f"median genuine ER covers {len(g_rated)} of the {n_rated} posts in median ER; median ER over the same "
        f"posts: {matched_median_er:.2%}"
        if median_ger is not None and len(g_rated) < n_rated
        else None
    )
    cost = _cost_rollup(posts)
    notes.extend(_genuine_basis_notes(posts, cost, er_note))
    return CreatorSummary(
        creator=name,
        followers=followers,
        tier=tier,
        platforms=sorted({p.platform for p in posts if p.platform}),
        n_posts=len(posts),
        post_ids=[p.post_id for p in posts],
        n_audience_comments=stats.n,
        engagements=_sum_known(p.engagements for p in posts),
        genuine_engagements=_sum_known(p.genuine_engagements for p in posts),
        genuine_post_ids=[p.post_id for p in posts if p.genuine_engagements is not None],
        er_post_ids=[p.post_id for p in measured if p.er is not None],
        genuine_er_post_ids=[p.post_id for p in g_rated],
        giveaway_posts=[p.post_id for p in posts if p.giveaway],
        median_er=median_er,
        median_genuine_er=median_ger,
        matched_median_er=matched_median_er,
        band_factor=factor,
        er_band=er_band(median_er, tier, config, factor),
        genuine_er_band=er_band(median_ger, tier, config, factor),
        benchmark_er=benchmark_er(tier, config, factor) if tier else None,
        **stats.summary_fields(CreatorSummary),
        reply_rate=reply_rate,
        sponsored_posts=[p.post_id for p in posts if p.sponsored],
        undisclosed_posts=undisclosed,
        score=score,
        components=components,
        score_coverage=coverage,
        cost_per_post_low=cost.low / cost.n_priced if cost.low is not None else None,
        cost_per_post_high=cost.high / cost.n_priced if cost.high is not None else None,
        cost_source=cost.source,
        **cost.summary_fields(),
        notes=notes,
    )


def _group_by_creator(posts: Iterable[PostSummary]) -> dict[str | None, list[PostSummary]]:
    """Posts per creator, matched case-insensitively without '@'; the first spelling seen is kept."""
    groups: dict[str | None, list[PostSummary]] = {}
    display: dict[str | None, str | None] = {}
    for p in posts:
        key = _handle(p.creator)
        display.setdefault(key, p.creator.strip() if p.creator and key else None)
        groups.setdefault(key, []).append(p)
    return {display[k]: v for k, v in groups.items()}


def _campaign_summary(
    campaign: str | None,
    label: str,
    posts: Sequence[PostSummary],
    comments_by_post: dict[str | None, list[ScoredComment]],
    config: EngagementConfig,
) -> CampaignSummary:
    audience: list[ScoredComment] = []
    for p in posts:
        a, _ = _split_audience(comments_by_post.get(p.post_id, []), p.creator)
        audience.extend(a)
    stats = _comment_stats(audience, config)
    rated = [p for p in posts if p.er is not None]
    reach = sum(p.followers for p in rated)
    er = sum(p.engagements for p in rated) / reach if rated else None
    g_rated = [p for p in rated if p.genuine_er is not None]  # genuine ER's posts, a subset of ER's
    g_reach = sum(p.followers for p in g_rated)
    genuine_er = sum(p.genuine_engagements for p in g_rated) / g_reach if g_rated else None
    matched_er = sum(p.engagements for p in g_rated) / g_reach if g_rated else None

    creators = [
        _creator_summary(name, ps, comments_by_post, config) for name, ps in _group_by_creator(posts).items()
    ]
    # the creators' means: the pool of posts whose creator is unknown is no one to score (the ranking shows none)
    known = [c for c in creators if c.creator is not None]
    scores = [c.score for c in known if c.score is not None]
    components = {k: _mean(c.components.get(k) for c in known) for k in config.score_weights}
    cost = _cost_rollup(posts)
    notes = []
    no_followers = [p for p in posts if not p.followers]
    if no_followers:  # posts with followers but no likes are said by _genuine_basis_notes
        notes.append(
            f"{len(no_followers)} of {len(posts)} posts have no follower count: left out of ER and genuine ER"
        )
    er_note = (
        f"genuine ER {genuine_er:.2%} covers {len(g_rated)} of the {len(rated)} posts in ER {er:.2%}; ER over "
        f"the same posts: {matched_er:.2%}"
        if genuine_er is not None and len(g_rated) < len(rated)
        else None
    )
    notes.extend(_genuine_basis_notes(posts, cost, er_note))
    if note := stats.sentiment_note(config):
        notes.append(note)
    return CampaignSummary(
        campaign=campaign,
        label=label,
        creators=[c.creator for c in creators],
        n_posts=len(posts),
        n_audience_comments=stats.n,
        followers_reached=sum(p.followers for p in posts if p.followers) or None,  # every post's audience
        engagements=_sum_known(p.engagements for p in posts),
        genuine_engagements=_sum_known(p.genuine_engagements for p in posts),
        genuine_post_ids=[p.post_id for p in posts if p.genuine_engagements is not None],
        er_post_ids=[p.post_id for p in posts if p.er is not None],
        genuine_er_post_ids=[p.post_id for p in g_rated],
        er=er,
        genuine_er=genuine_er,
        matched_er=matched_er,
        **stats.summary_fields(CampaignSummary),
        undisclosed_posts=[p.post_id for p in posts if p.undisclosed_sponsorship],
        score=sum(scores) / len(scores) if scores else None,
        components=components,
        **cost.summary_fields(),
        notes=notes,
    )


def _clusters(
    scored: Sequence[ScoredComment], creator_of: dict[str | None, str | None]
) -> list[ClusterSummary]:
    groups: dict[str, list[ScoredComment]] = defaultdict(list)
    n_replies: Counter[str] = Counter()
    for c in scored:  # audience comments: a creator's own "¡gracias!" replies are no pod
        if c.cluster_id is not None and str(c.cluster_id) != "":
            if by_creator(c, creator_of.get(c.post_id)):
                n_replies[str(c.cluster_id)] += 1
            else:
                groups[str(c.cluster_id)].append(c)
    out = []
    for cid, members in groups.items():
        if len(members) < 2 and n_replies[cid]:  # near-duplicates of the creator's replies, not of each other
            continue
        # a duplicate group is one text from several accounts: one account repeating itself is not; but a lone
        # member flagged as a duplicate stays (in a stream, the comment it repeats was written before the group was
        # recognised, without the id): every cluster_id in the comments table is in this one
        if (not any(c.coordinated for c in members) and len({_handle(c.author) for c in members}) < 2
                and not (len(members) == 1 and members[0].duplicate)):
            continue
        members = sorted(members, key=lambda c: (c.created_at is None, _ts(c.created_at)))
        times = [c.created_at for c in members if c.created_at is not None]
        first = min(times, key=_ts) if times else None
        last = max(times, key=_ts) if times else None
        texts = [t for t, _ in Counter(c.text for c in members).most_common()]
        out.append(
            ClusterSummary(
                cluster_id=cid,
                count=len(members),
                authors=_dedupe(c.author for c in members if c.author),
                texts=texts,
                post_ids=_dedupe(c.post_id for c in members),
                creators=_dedupe(creator_of.get(c.post_id) for c in members if creator_of.get(c.post_id)),
                comment_ids=[c.comment_id for c in members],
                first_at=first,
                last_at=last,
                span_seconds=(_ts(last) - _ts(first)) if first is not None and last is not None else None,
                coordinated=any(c.coordinated for c in members),
            )
        )
    out.sort(key=lambda c: (not c.coordinated, -c.count, c.cluster_id))
    return out


def _promoted(
    scored: Sequence[ScoredComment], creator_of: dict[str | None, str | None], captions: Iterable[str | None],
    config: EngagementConfig,
) -> list[PromotedAccount]:
    """Accounts named in comments by at least `promoted_min_accounts` accounts or in `promoted_min_comments`
    comments; creators, handles tagged in a caption (partners, photographers) and the dump's own commenters
    (replies name them) are left out."""
    known = {_handle(c) for c in creator_of.values()} | {_handle(c.author) for c in scored}
    for caption in captions:
        known |= tagged_handles(caption)
    naming: dict[str, list[ScoredComment]] = defaultdict(list)
    shown: dict[str, str] = {}
    n_tags: dict[str, int] = {}  # handles each comment names
    for c in scored:
        handles = mentions(c.text)
        n_tags[c.comment_id] = len(handles)
        for handle in handles:
            key = handle.casefold()
            if key not in known:
                naming[key].append(c)
                shown.setdefault(key, handle)
    out = []
    for key, cs in naming.items():
        # friends tagged in a list ("participo @a @b @c", a giveaway's own rule) by comments none of which is
        # spam are an audience's tags, not an account being promoted (QA: 65 friends buried the scam handle)
        if all(n_tags[c.comment_id] >= 2 and c.authenticity != "spam" for c in cs):
            continue
        promoters: list[str] = []  # distinct authors in order; a comment without one counts on its own
        for c in cs:
            if not c.author or c.author not in promoters:
                promoters.append(c.author or "(unknown)")
        if len(promoters) < config.promoted_min_accounts and len(cs) < config.promoted_min_comments:
            continue
        out.append(PromotedAccount(
            handle=shown[key], n_comments=len(cs), promoters=promoters,
            spam_share=round(sum(c.authenticity == "spam" for c in cs) / len(cs), 4),
            post_ids=_dedupe(c.post_id for c in cs),
            creators=_dedupe(creator_of.get(c.post_id) for c in cs if creator_of.get(c.post_id)),
            comment_ids=[c.comment_id for c in cs],
            example=Counter(c.text for c in cs).most_common(1)[0][0],
        ))
    # handles pushed by spam first (what an analyst is looking for), then by how many accounts name them
    out.sort(key=lambda a: (a.spam_share == 0, -a.n_promoters, -a.n_comments, a.handle.casefold()))
    return out


def _ts(dt: datetime | None) -> float:
    """Seconds since the epoch; naive datetimes are read as UTC so mixed dumps still sort."""
    if dt is None:
        return 0.0
    if dt.tzinfo is None:
        from datetime import timezone

        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------
def summarize(
    scored: Iterable[ScoredComment],
    posts: dict[str, PostIn] | None = None,
    config: EngagementConfig = DEFAULT_CONFIG,
) -> Summary:
    """Post, creator, campaign and cluster summaries; works from comments alone (posts may be empty)."""
    comments = list(scored)
    posts = dict(posts or {})
    by_post: dict[str | None, list[ScoredComment]] = defaultdict(list)
    for c in comments:
        by_post[c.post_id].append(c)

    notes: list[str] = []
    with_data = {pid for pid, p in posts.items() if has_post_data(p)}  # bare records count as missing
    if not with_data:
        notes.append(
            "no post data: followers, likes and captions unknown, so ER, cost and disclosure are not computed "
            "(give a posts file, or name the columns: --col followers=..., --col post_likes=...; in Python, "
            "posts={post_id: PostIn(...)} or ColumnMap(followers_col=..., post_likes_col=...))"
        )
    else:
        orphan = [pid for pid in by_post if pid is not None and pid not in with_data]
        if orphan:
            n = sum(len(by_post[pid]) for pid in orphan)
            notes.append(f"{plural(n, 'comment')} on {plural(len(orphan), 'post')} missing "
                         "from the post data")
    if None in by_post:
        n = len(by_post[None])
        notes.append(f"{plural(n, 'comment')} {'have' if n != 1 else 'has'} no post_id")
    # ids compared exactly (YouTube's are case-sensitive), but a near miss is most likely one id written two ways
    idle = {name_key(pid): pid for pid in posts if pid not in by_post}
    near = [(idle[k], pid) for pid in by_post if pid is not None and pid not in posts
            and (k := name_key(pid)) in idle]
    if near:
        shown = ", ".join(f"{a!r} ~ {b!r}" for a, b in near[:5]) + (f", +{len(near) - 5} more" if len(near) > 5 else "")
        notes.append(f"post ids of the posts data and of the comments differ only in case or spacing ({shown}): ids "
                     "are matched exactly, so those posts have no comments and those comments no post data")

    post_ids = list(posts) + [pid for pid in by_post if pid not in posts]
    post_summaries = [
        _post_summary(pid, posts.get(pid) if pid is not None else None, by_post.get(pid, []), config,
                      likes_expected=bool(with_data))
        for pid in post_ids
    ]
    post_summaries.sort(
        key=lambda p: (
            (_handle(p.creator) or "\uffff"),
            p.posted_at is None,
            _ts(p.posted_at),
            p.post_id or "",
        )
    )

    by_creator_name = _group_by_creator(post_summaries)
    for name, ps in by_creator_name.items():  # one spelling per creator in every table ("@Ana" and "ana" are one)
        for p in ps:
            p.creator = name
    creators = [_creator_summary(name, ps, by_post, config) for name, ps in by_creator_name.items()]
    # ranked by score, creators measured on genuine ER first: one without a follower count is scored on the other
    # 70% of the weight and would outrank measured creators on what is left; the pool of unknown creators' posts
    # is nobody's rank, so it comes last
    creators.sort(key=lambda c: (c.creator is None, c.score is None, c.components.get("genuine_er") is None,
                                 -(c.score or 0.0), c.name.casefold()))

    # one campaign however its name is cased or spaced ("Glow-Q1", "glow-q1 "): the first spelling names it
    spelling: dict[str, str] = {}
    by_campaign: dict[str | None, list[PostSummary]] = defaultdict(list)
    for p in post_summaries:
        key = name_key(p.campaign) if p.campaign is not None else None
        p.campaign = spelling.setdefault(key, p.campaign.strip()) if key is not None else None  # as its table names it
        by_campaign[p.campaign].append(p)
    if set(by_campaign) == {None}:
        campaigns = (
            [_campaign_summary(None, ALL_POSTS, post_summaries, by_post, config)] if post_summaries else []
        )
    else:
        campaigns = [
            _campaign_summary(name, name if name is not None else NO_CAMPAIGN, ps, by_post, config)
            for name, ps in sorted(by_campaign.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
        ]

    creator_of = {p.post_id: p.creator for p in post_summaries}
    clusters = _clusters(comments, creator_of)
    promoted = _promoted(comments, creator_of, (p.caption for p in posts.values()), config)

    # the audience's comments: a creator's replies to them are not engagement (counted apart)
    audience = [c for c in comments if not by_creator(c, creator_of.get(c.post_id))]
    authors = {_handle(c.author) for c in audience if _handle(c.author)}
    totals = {
        "comments": len(comments),
        "audience_comments": len(audience),
        "creator_replies": len(comments) - len(audience),
        # posts and creators that exist: the comments without a post id and the posts without a creator are
        # pooled as one row each in the tables, but they are no post and no creator to count
        "posts": sum(1 for p in post_summaries if p.post_id is not None),
        "creators": sum(1 for c in creators if c.creator is not None),
        "campaigns": len(campaigns),
        "authors": len(authors),
        "clusters": len(clusters),
        "pods": sum(1 for cl in clusters if cl.coordinated),
        "promoted_accounts": len(promoted),
        "coordinated_comments": sum(1 for c in audience if c.coordinated),
        "spam_comments": sum(1 for c in audience if c.authenticity == "spam"),
        "superficial_comments": sum(1 for c in audience if c.authenticity == "superficial"),
        "genuine_comments": sum(1 for c in audience if c.authenticity == "genuine"),
        "undisclosed_posts": sum(1 for p in post_summaries if p.undisclosed_sponsorship),
        "languages": dict(Counter(c.lang for c in comments).most_common()),
    }
    return Summary(
        posts=Table(post_summaries, key=lambda p: p.post_id, record_type=PostSummary),
        creators=Table(creators, key=lambda c: c.creator, record_type=CreatorSummary),
        campaigns=Table(campaigns, key=lambda c: c.campaign, record_type=CampaignSummary),
        clusters=Table(clusters, key=lambda c: c.cluster_id, record_type=ClusterSummary),
        promoted=Table(promoted, key=lambda a: a.handle, record_type=PromotedAccount),
        totals=totals,
        notes=notes,
        config=config,
    )
