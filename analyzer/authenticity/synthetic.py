"""Synthetic comment dumps with engagement pods, for tests and benchmarks of the coordination detector.

Realistic on the points that matter: pods post *variants* of one generic line ("Amazing!! 😍🔥",
"amazing 😍🔥🔥", "Amaziiing 😍🔥") within minutes, often right after publication, and the same accounts
come back on the creator's other posts; genuine comments are varied, and generic ones ("❤️", "wow",
"hermosa") come from unrelated people, spread over days but denser right after publication (viral start).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..records import CommentIn

POD_LINES = (
    ("Amazing", "😍🔥"), ("So beautiful", "😍"), ("Love this", "🔥🙌"), ("Gorgeous", "💕✨"), ("Wow", "😍😍"),
    ("Incredible shot", "📸🔥"), ("Qué linda", "😍"), ("Hermosa", "🔥❤️"), ("Me encanta", "💖"),
    ("Stunning", "👏"), ("Great content", "💯"), ("Precioso", "✨"),
)
GENERIC_FAN = ("❤️", "😍", "🔥", "wow", "hermosa", "love it", "❤️❤️", "😍😍😍", "nice", "qué linda", "👏👏",
               "beautiful", "me encanta", "🙌")
_SUBJ = ("the lighting", "that jacket", "the recipe", "your dog", "the second photo", "this trail", "the colour",
         "the sauce", "your hair", "the view", "that song", "the edit", "the outfit", "la receta", "el vestido",
         "la playa", "tu perro", "el color", "la música", "el paisaje", "la tercera foto", "ese lugar")
_VERB = ("reminds me of", "makes me want to try", "is exactly what I needed for", "looks better than",
         "me recuerda a", "me dan ganas de probar", "es justo lo que buscaba para", "queda mejor que")
_OBJ = ("my trip to Lisbon", "my sister's wedding", "summer in Oaxaca", "last weekend", "my grandma's kitchen",
        "the 90s", "my first apartment", "mi viaje a Cusco", "la boda de mi prima", "el verano pasado",
        "mi cocina", "los domingos en casa", "my morning runs", "la universidad")
_TAIL = ("", "", " where is it from?", " ¿dónde lo compraste?", " how long did it take?", " lol", " jaja",
         " 10/10", " need the link", " ¿cuánto tiempo lleva?", " saving this", " can't wait for part 2")


@dataclass
class SyntheticDump:
    comments: list[CommentIn]
    is_pod: list[bool]
    is_generic_fan: list[bool]
    post_times: dict[str, datetime]


def _variant(rng: random.Random, word: str, emoji: str) -> str:
    w = word
    r = rng.random()
    if r < 0.3:
        w = w.lower()
    elif r < 0.4:
        w = w.upper()
    if rng.random() < 0.4:  # elongate a vowel
        vs = [i for i, c in enumerate(w) if c.lower() in "aeiou"]
        if vs:
            i = rng.choice(vs)
            w = w[: i + 1] + w[i] * rng.randint(1, 3) + w[i + 1 :]
    punct = rng.choice(("", "", "!", "!!", "!!!", " !"))
    em = "".join(e * rng.randint(1, 3) for e in emoji)
    if len(emoji) > 1 and rng.random() < 0.15:
        em = em[: len(em) // 2] or em
    return f"{w}{punct} {em}".strip()


_OPEN = ("", "", "ok but ", "honestly ", "not gonna lie, ", "la verdad ", "omg ", "wait, ", "ay ", "bro ",
         "okay so ", "jajaja ", "real talk: ", "mira ", "", "")
_NAMES = ("Ana", "Leo", "Sofi", "Marco", "my mom", "mi abuela", "Dani", "Priya", "Jess", "Tomás", "Kai", "Lu")


def _genuine(rng: random.Random) -> str:
    """Varied: random slots, and a personal detail (a name, a number) in half of them."""
    parts = [rng.choice(_OPEN), rng.choice(_SUBJ), rng.choice(_VERB), rng.choice(_OBJ)]
    if rng.random() < 0.5:
        parts.append(rng.choice((f"with {rng.choice(_NAMES)}", f"con {rng.choice(_NAMES)}",
                                 f"back in {rng.randint(1995, 2024)}", f"{rng.randint(2, 40)} times",
                                 f"desde hace {rng.randint(2, 12)} años")))
    text = " ".join(x.strip() for x in parts if x) + rng.choice(_TAIL)
    return text[0].upper() + text[1:]


def _when(rng: random.Random, pub: datetime) -> datetime:
    """Half in the first hours (viral start, exponential), the rest spread over 4 days."""
    if rng.random() < 0.5:
        return pub + timedelta(seconds=rng.expovariate(1 / 2400))
    return pub + timedelta(seconds=rng.uniform(3 * 3600, 4 * 86400))


def make_dump(*, n_posts: int = 6, genuine_per_post: int = 150, fans_per_post: int = 25,
              pod_sizes: tuple[int, int] = (10, 40), pod_posts: float = 0.7, seed: int = 0) -> SyntheticDump:
    """A creator's posts, a few days apart; each gets genuine comments (half in the first 3 h), generic fan
    comments from unrelated accounts, and on a share `pod_posts` of the posts a pod of 10-40 accounts
    (drawn from one recurring roster) posting variants of one line within ~2-10 minutes."""
    rng = random.Random(seed)
    t0 = datetime(2025, 3, 1, 18, 0, tzinfo=timezone.utc)
    roster = [f"pod_member_{i:03d}" for i in range(60)]
    comments: list[CommentIn] = []
    is_pod: list[bool] = []
    is_fan: list[bool] = []
    post_times: dict[str, datetime] = {}
    cid = 0

    def add(text: str, author: str, when: datetime, post: str, pod: bool, fan: bool) -> None:
        nonlocal cid
        comments.append(CommentIn(comment_id=f"c{cid}", text=text, author=author, created_at=when, post_id=post))
        is_pod.append(pod)
        is_fan.append(fan)
        cid += 1

    for p in range(n_posts):
        post = f"post{p}"
        pub = t0 + timedelta(days=3 * p, hours=rng.randint(0, 5))
        post_times[post] = pub

        for _ in range(genuine_per_post):
            add(_genuine(rng), f"user_{rng.randint(0, 10**6)}", _when(rng, pub), post, False, False)
        for _ in range(fans_per_post):
            add(rng.choice(GENERIC_FAN), f"fan_{rng.randint(0, 10**6)}", _when(rng, pub), post, False, True)
        if rng.random() < pod_posts:
            size = rng.randint(*pod_sizes)
            members = rng.sample(roster, size)
            word, emoji = rng.choice(POD_LINES)
            start = pub + timedelta(seconds=rng.uniform(0, 3600) if rng.random() < 0.5 else rng.uniform(0, 86400))
            span = rng.uniform(120, 600)
            for m in members:
                add(_variant(rng, word, emoji), m, start + timedelta(seconds=rng.uniform(0, span)), post, True, False)
    order = sorted(range(len(comments)), key=lambda i: comments[i].created_at)
    return SyntheticDump([comments[i] for i in order], [is_pod[i] for i in order], [is_fan[i] for i in order],
                         post_times)
