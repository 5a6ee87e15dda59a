"""Lexicon, canonical text and features: named matches, ES/EN coverage, no false alarms on ordinary comments."""

from __future__ import annotations

import numpy as np
import pytest

from analyzer.authenticity.features import CAPTION_NAMES, LEX_NAMES, FeatureBuilder
from analyzer.authenticity.lexicon import generic_share, is_first_comment, promo_matches, words
from analyzer.authenticity.text import canonical, content_words
from analyzer.preprocess import normalize_batch


@pytest.mark.parametrize("text, name", [
    ("sígueme y te sigo 🔥", "follow_back"),
    ("F4F 🔁 tech pages follow back", "follow_back"),
    ("check out my channel pls!!", "check_profile"),
    ("Pasen por mi perfil, subo recetas 💕", "check_profile"),
    ("DM us for a collab 💌", "dm_collab"),
    ("Escríbeme al privado para una colaboración", "dm_collab"),
    ("I invested $1500 and got $45k profit with @fx_mentor", "crypto_invest"),
    ("Invertí en bitcoin con la señora Ana y gané mucho", "crypto_invest"),
    ("Gana dinero desde casa, trabajo desde casa 100% real", "money_from_home"),
    ("make $300/day working from home", "money_from_home"),
    ("🎉 GANASTE el sorteo, reclama tu premio", "giveaway"),
    ("Congratulations you've won! claim your prize", "giveaway"),
    ("info por wa.me/5215512345678", "messaging_link"),
    ("join my telegram t.me/signals", "messaging_link"),
    ("20% off with discount code LUNA20 at our shop", "shop"),
    ("buy real followers cheap", "buy_followers"),
    ("comprar seguidores reales aquí", "buy_followers"),
])
def test_promo_patterns_fire_with_their_name(text, name):
    assert name in promo_matches(text)


@pytest.mark.parametrize("text", [
    "does it have to be white miso or can i use red?",
    "¿Cuántas veces por semana la recomendás?",
    "la receta de mi abuela lleva comino, ¿la tuya?",
    "I followed the recipe but mine came out flat",
    "😍😍😍",
    "qué linda foto",
])
def test_ordinary_comments_match_no_promo_pattern(text):
    assert promo_matches(text) == []


def test_generic_share_and_first():
    share, n = generic_share(words("so beautiful 😍"))
    assert n == 2 and share == 1.0
    share, _ = generic_share(words("me encantaaa"))
    assert share == 1.0
    share, _ = generic_share(words("the miso adds depth to the cookies"))
    assert share < 0.5
    assert is_first_comment("Primero!!") and is_first_comment("first")
    assert not is_first_comment("first time making this, worked great")


def test_canonical_merges_pod_variants_and_keeps_content():
    assert len({canonical(t) for t in ("Amazing!! 😍🔥", "amazing 😍🔥🔥", "Amaziiing 😍🔥")}) == 1
    assert canonical("Sígueme y te sigo!!") == "siguemeytesigo"
    assert canonical("@user http") == ""
    assert content_words("does it have to be white miso?") == ["white", "miso"]


def test_feature_builder_columns_and_caption_overlap():
    ncs = normalize_batch(["chill it for 24 hours?? the miso cookies", "nice pic 🔥🔥", "@ana_g", "primero"])
    cap = "Brown butter miso chocolate chip cookies. Chill the dough 24h"
    fb = FeatureBuilder(use_embeddings=False)
    X, matched = fb.transform(ncs, captions=[cap] * 4)
    names = fb.feature_names()
    assert X.shape == (4, len(names)) and np.isfinite(X).all()
    col = {n: i for i, n in enumerate(names)}
    assert X[0, col["caption_overlap"]] > 0 and X[1, col["caption_overlap"]] == 0
    assert X[1, col["all_generic"]] == 1 and X[0, col["all_generic"]] == 0
    assert X[2, col["tag_only"]] == 1
    assert X[3, col["first_comment"]] == 1
    assert all(m == [] for m in matched)
    X2, _ = fb.transform(ncs)  # no captions: caption block is zero, caption_known 0
    assert (X2[:, [col[c] for c in CAPTION_NAMES]] == 0).all()
    assert len(set(LEX_NAMES)) == len(LEX_NAMES)


def test_feature_builder_with_embeddings_and_bank():
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(3, 8)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    fb = FeatureBuilder(generic_bank=emb[:1], use_embeddings=True)
    X, _ = fb.transform(normalize_batch(["a", "b", "c"]), embeddings=emb, captions=["x", None, "y"],
                        caption_embeddings=emb[[1, 1, 2]])
    names = fb.feature_names(8)
    col = {n: i for i, n in enumerate(names)}
    assert X.shape[1] == len(names)
    assert X[0, col["generic_bank_max"]] == pytest.approx(1.0, abs=1e-5)
    assert X[2, col["caption_cos"]] == pytest.approx(1.0, abs=1e-5)
    assert X[1, col["caption_known"]] == 0
    with pytest.raises(ValueError):
        fb.transform(normalize_batch(["a"]))


def test_anchor_prefilter_finds_exactly_what_the_full_regex_scan_finds():
    """promo_matches skips a pattern unless one of its literal anchors is in the text. The shortcut must not
    change a single result: compare with a plain scan of every pattern on the project's labelled comments, their
    captions and the demo dump (real text: spam, styled letters, emoji, Spanish accents)."""
    import json
    from pathlib import Path

    import pandas as pd

    from analyzer.authenticity.lexicon import PROMO_PATTERNS, fold

    root = Path(__file__).resolve().parents[1] / "datasets"
    texts: list[str] = []
    for f in sorted((root / "authenticity").glob("comments_*.csv")):
        d = pd.read_csv(f, dtype=str, keep_default_na=False)
        texts += d["text"].tolist() + sorted(set(d["caption"]))
    with open(root / "demo" / "comments.jsonl", encoding="utf-8") as fh:
        texts += [json.loads(line).get("text") or "" for line in fh]
    assert len(texts) > 2000
    found = 0
    for t in texts:
        full = [name for name, pat in PROMO_PATTERNS.items() if pat.search(fold(t))]
        assert promo_matches(t) == full, t
        found += bool(full)
    assert found > 300  # the comparison covered many matching comments, not only clean ones


def test_spanish_scam_and_follow_bait_forms_are_named():
    """QA: 'sdv', '¿nos seguimos?', 'préstamos sin buró', 'réplicas', 'cuenta hackeada', 'pregúntame cómo',
    'sigan a @…' matched no pattern, so a spam verdict on them came without a named reason."""
    from analyzer.authenticity.lexicon import promo_matches
    from analyzer.preprocess import normalize

    expect = {"sdv 🔁": "follow_back", "¿Nos seguimos?": "follow_back", "Préstamos sin buró, depósito hoy": "money_from_home",
              "Réplicas 1:1 de tenis, interesadas MD": "shop", "¿Cuenta hackeada? escríbele a @x": "account_recovery",
              "17 años y ya gano más que mis papás, pregúntame cómo": "money_from_home",
              "Sigan a @memes.chidos 🔥": "testimonial", "me cambió la vida, escríbele": "money_from_home"}
    for text, name in expect.items():
        nc = normalize(text)
        assert name in promo_matches(nc.original, nc.normalized), text
    for text in ("¿Me sigues contando cómo te fue?", "Sigan así, qué bonito"):
        nc = normalize(text)
        assert not {"testimonial", "follow_back"} & set(promo_matches(nc.original, nc.normalized)), text
