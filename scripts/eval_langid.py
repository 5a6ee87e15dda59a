"""Language-ID accuracy of the preprocess stage on labelled Spanish/English tweets, per length bucket.

    python scripts/eval_langid.py --data ../shared/data [--variants] [--json out.json]

Sets: UMSAB es/en (train+val text), EmoEvent es/en (dev). Each text goes through `normalize`'s own content
extraction (repair, placeholders removed, emoji removed), then the detector. A prediction is right only when it
equals the gold language: `mixed`, `other` and `und` count as errors. Buckets count words with a letter:
<=3, 4-10, >10. `--variants` also compares language sets, lingua's low-accuracy mode and the rule layer.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

from analyzer import config
from analyzer.preprocess.langid import LanguageIdentifier
from analyzer.preprocess.normalize import _prepare

BUCKETS = (("<=3", 0, 3), ("4-10", 4, 10), (">10", 11, 10**9))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_sets(data: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (gold language, texts)."""
    sets: dict[str, tuple[str, list[str]]] = {}
    for lang, folder in (("es", "spanish"), ("en", "english")):
        base = data / "xlmt_umsab_sentiment" / folder
        sets[f"umsab_{lang}"] = (lang, _lines(base / "train_text.txt") + _lines(base / "val_text.txt"))
        with open(data / "emoevent" / "splits" / lang / "dev.tsv", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        sets[f"emoevent_{lang}"] = (lang, [r["tweet"] for r in rows])
    return sets


def bucket_of(n_words: int) -> str:
    return next(name for name, lo, hi in BUCKETS if lo <= n_words <= hi)


def evaluate(ident: LanguageIdentifier, prepared: dict[str, tuple[str, list[tuple[str, int]]]]) -> dict:
    """Accuracy per set, per gold language and per bucket, plus the confusion counts and timing."""
    out: dict = {"sets": {}, "by_lang_bucket": {}}
    tallies: dict[tuple[str, str], list[int]] = {}
    n_calls = 0
    t0 = time.process_time()  # CPU time: other jobs on a shared machine do not inflate it
    for name, (gold, items) in prepared.items():
        confusion: Counter[str] = Counter()
        for content, n_words in items:
            pred = ident.detect_content(content)
            n_calls += 1
            confusion[pred] += 1
            keys = [(gold, bucket_of(n_words))]
            if "_w" not in name:  # "all" = whole texts; the word windows only feed the length buckets
                keys.append((gold, "all"))
            for key in keys:
                t = tallies.setdefault(key, [0, 0])
                t[0] += pred == gold
                t[1] += 1
        out["sets"][name] = {
            "n": len(items),
            "accuracy": round(confusion[gold] / max(1, len(items)), 4),
            "predicted": dict(confusion.most_common()),
        }
    elapsed = time.process_time() - t0
    for (gold, bucket), (ok, n) in sorted(tallies.items()):
        out["by_lang_bucket"][f"{gold} {bucket}"] = {"n": n, "accuracy": round(ok / max(1, n), 4)}
    out["texts_per_s"] = round(n_calls / elapsed, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--variants", action="store_true", help="also compare language sets / modes / rules")
    ap.add_argument("--json", type=Path, help="write the full results here")
    args = ap.parse_args(argv)
    missing = [d for d in ("xlmt_umsab_sentiment", "emoevent") if not (args.data / d).is_dir()]
    if missing:  # a wrong --data is a usage error, not a traceback (QA)
        ap.error(f"--data {args.data}: no {', '.join(missing)} folder (pass the shared data folder, ../shared/data)")

    prepared: dict[str, tuple[str, list[tuple[str, int]]]] = {}
    for name, (gold, texts) in load_sets(args.data).items():
        items = []
        for t in texts:
            d = _prepare(t)
            items.append((d.content, int(d.signals["n_words_alpha"])))
        prepared[name] = (gold, items)
        # Short comments are rare in tweets: also score fixed-size word windows cut from the middle of each text.
        for k in (1, 2, 3, 5):
            windows = []
            for content, _n in items:
                words = content.split()
                if len(words) >= k + 2:
                    start = len(words) // 3
                    windows.append((" ".join(words[start : start + k]), k))
            prepared[f"{name}_w{k}"] = (gold, windows)

    variants: dict[str, LanguageIdentifier] = {"default": LanguageIdentifier(cache_size=0)}
    if args.variants:
        base = tuple(config.LANGID_LANGUAGES)
        variants.update(
            {
                "no-rules": LanguageIdentifier(rules=False, cache_size=0),
                "low-accuracy": LanguageIdentifier(low_accuracy=True, cache_size=0),
                "es-en-only": LanguageIdentifier(languages=("es", "en"), cache_size=0),
                "es-en-pt-it": LanguageIdentifier(languages=("es", "en", "pt", "it"), cache_size=0),
                "+ca+gl+nl": LanguageIdentifier(languages=(*base, "ca", "nl"), cache_size=0),
                "no-mixed": LanguageIdentifier(mixed_min_words=10**6, cache_size=0),
                "no-runner-up": LanguageIdentifier(short_runner_up=2.0, cache_size=0),
                "no-fast-path": LanguageIdentifier(fast_path=0, cache_size=0),
                "fast-path-3": LanguageIdentifier(fast_path=3, cache_size=0),
                "runner-up-0.3": LanguageIdentifier(short_runner_up=0.3, cache_size=0),
            }
        )
    results = {}
    for vname, ident in variants.items():
        ident.detect_content("warm up")
        results[vname] = evaluate(ident, prepared)
        r = results[vname]
        print(f"\n== {vname}: {ident.languages} low_accuracy={ident.low_accuracy} rules={ident.rules}"
              f"  ({r['texts_per_s']:.0f} texts/s per CPU second, uncached)")
        for name, s in r["sets"].items():
            print(f"  {name:13s} n={s['n']:5d} acc={s['accuracy']:.4f}  {s['predicted']}")
        for key, s in r["by_lang_bucket"].items():
            print(f"  {key:9s} n={s['n']:5d} acc={s['accuracy']:.4f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
