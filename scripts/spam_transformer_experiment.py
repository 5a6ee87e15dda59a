"""Would a fine-tuned transformer beat the shipped spam head (a linear SVM on n-grams + signals)? An experiment;
its results are in the authenticity card. Not used by the product: a second 12-layer pass per comment would
break the authenticity stage's 20% share of pipeline time (a spam head sharing the sentiment pass would not).

Same protocols as scripts/train_authenticity.py: ScamSpot on unseen creators (GroupKFold(5) over post owners,
scored lowercased) and YouTube leave-one-video-out (scored on the HTML-stripped text). multilingual-e5-small is
fine-tuned end to end from the base encoder (word embeddings frozen, as for sentiment) with a 2-class head on
mean-pooled states; every training text is also seen lowercased. Seeded; a GPU is used when present (on an
H100 the final model took 35 s alone, a fold 90-220 s with 4-10 running at once; not timed on a CPU).

    python scripts/spam_transformer_experiment.py export --data ../shared/data --rows runs/spam-tf/rows.jsonl
    python scripts/spam_transformer_experiment.py train --rows runs/spam-tf/rows.jsonl --fold 0 --out runs/spam-tf/ss0.json
    python scripts/spam_transformer_experiment.py train --rows ... --video Psy --out runs/spam-tf/yt_Psy.json
    python scripts/spam_transformer_experiment.py train --rows ... --all --out runs/spam-transformer   # final model
    python scripts/spam_transformer_experiment.py report runs/spam-tf/ss*.json runs/spam-tf/yt_*.json

`multitask` trains the sentiment model (train_sentiment.py's mixture) and a spam head on one encoder, one spam
batch per sentiment step, and writes a ScamSpot fold plus the sentiment validation figures: the way to ship
the gain without a second pass.

    python scripts/spam_transformer_experiment.py multitask --rows ... --data ../shared/data --fold 0 --out mt0.json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

EPOCHS, LR, BATCH, MAX_LEN = 4, 4e-5, 32, 128


def export(data: Path, rows_path: Path) -> None:
    from analyzer.authenticity.data import load_scamspot, load_youtube
    from analyzer.authenticity.train import scamspot_folds, youtube_plain_text

    ss, yt = load_scamspot(data), load_youtube(data)
    fold = scamspot_folds(ss.group)
    rows_path.parent.mkdir(parents=True, exist_ok=True)
    with open(rows_path, "w", encoding="utf-8") as f:
        for t, lab, k in zip(ss.text, ss.label, fold, strict=True):
            f.write(json.dumps({"src": "ss", "text": t, "y": int(lab == "spam"), "fold": int(k)}) + "\n")
        for t, lab, g in zip(yt.text, yt.label, yt.group, strict=True):
            f.write(json.dumps({"src": "yt", "text": youtube_plain_text(t), "y": int(lab == "spam"), "fold": -1,
                                "video": g}) + "\n")
    print(f"{len(ss)} ScamSpot rows (folds {np.bincount(fold).tolist()}), {len(yt)} YouTube rows -> {rows_path}")


def _read_rows(path: Path) -> list[dict]:
    return [dict(json.loads(x), i=i) for i, x in enumerate(Path(path).read_text(encoding="utf-8").splitlines())]


def _setup(seed: int):
    """Seed everything; the device to train on."""
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def _spam_net(dev):
    """The base encoder with a 2-class head (word embeddings frozen, as for sentiment) and its tokenizer."""
    import torch

    from analyzer.sentiment import build_net

    net, tok = build_net()
    net.spam_head = torch.nn.Linear(net.head.in_features, 2)
    net.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    return net.to(dev).train(), tok


def _spam_logits(net, ids, mask):
    return net.spam_head(net.dropout(net(ids, mask)[1]))


def _held_out(net, tok, te: list[dict], dev) -> dict:
    """P(spam) on the held-out rows, lowercased and in their original case."""
    import torch

    from analyzer.config import E5_QUERY_PREFIX
    from analyzer.encoder import pad_batch

    net.eval()
    out = {"idx": [r["i"] for r in te], "y": [r["y"] for r in te]}
    with torch.inference_mode():
        for case in ("lower", "original"):
            tid = tok([E5_QUERY_PREFIX + (r["text"].lower() if case == "lower" else r["text"]) for r in te],
                      truncation=True, max_length=MAX_LEN)["input_ids"]
            p: list[float] = []
            for s in range(0, len(tid), 128):
                x, m = pad_batch(tid[s:s + 128], tok.pad_token_id)
                p += torch.softmax(_spam_logits(net, x.to(dev), m.to(dev)).float(), -1)[:, 1].cpu().tolist()
            out[case] = p
    return out


def train(args) -> None:
    import torch
    import train_sentiment as ts

    from analyzer.config import E5_QUERY_PREFIX
    from analyzer.encoder import pad_batch
    from analyzer.sentiment import save_artifact

    rows = _read_rows(args.rows)
    videos = sorted({r["video"] for r in rows if r["src"] == "yt"})
    seed = 13 + (videos.index(args.video) if args.video else args.fold or 0) + args.seed_offset
    dev = _setup(seed)
    if args.all:
        tr, te = rows, []
    elif args.video:
        tr = [r for r in rows if r["src"] == "ss" or r["video"] != args.video]
        te = [r for r in rows if r["src"] == "yt" and r["video"] == args.video]
    else:
        tr = [r for r in rows if r["src"] == "yt" or r["fold"] != args.fold]
        te = [r for r in rows if r["src"] == "ss" and r["fold"] == args.fold]
    texts = [r["text"] for r in tr] + [r["text"].lower() for r in tr]
    labels = torch.tensor([r["y"] for r in tr] * 2)
    net, tok = _spam_net(dev)
    ids = tok([E5_QUERY_PREFIX + t for t in texts], truncation=True, max_length=MAX_LEN)["input_ids"]
    total = args.max_steps or int(math.ceil(len(ids) / BATCH) * EPOCHS)
    params, opt, sched = ts.make_optimizer(net, LR, total)
    rng, step, t0 = random.Random(seed), 0, time.time()
    while step < total:
        order = list(range(len(ids)))
        rng.shuffle(order)
        for s in range(0, len(order), BATCH):
            if step >= total:
                break
            b = order[s:s + BATCH]
            x, m = pad_batch([ids[i] for i in b], tok.pad_token_id)
            loss = torch.nn.functional.cross_entropy(_spam_logits(net, x.to(dev), m.to(dev)), labels[b].to(dev))
            ts.optimizer_step(loss, params, opt, sched)
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{total} loss {loss.item():.4f} {time.time() - t0:.0f} s on {dev}", flush=True)
    if args.all:  # saved as a sentiment-format artifact whose head is the spam head
        net.head = net.spam_head
        del net.spam_head
        save_artifact(net.cpu(), args.out, {
            "labels": ["ham", "spam"], "task": "spam", "seed": seed, "trained": time.strftime("%Y-%m-%d"),
            "steps": total, "recipe": {"epochs": EPOCHS, "lr": LR, "batch_size": BATCH, "max_len": MAX_LEN,
                                       "data": "ScamSpot 2,745 + YouTube 1,586 (HTML stripped), each also lowercased"}})
        print(f"saved {args.out} ({time.time() - t0:.0f} s)")
        return
    out = {"fold": args.fold, "video": args.video, "seed": seed, **_held_out(net, tok, te, dev)}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out))
    print(f"wrote {args.out} ({len(te)} rows, {time.time() - t0:.0f} s)")


def multitask(args) -> None:
    """One encoder, two heads: the sentiment fine-tune (train_sentiment.py's mixture and recipe) with a spam head
    trained on the same pass, one spam batch per sentiment step. Writes the held-out ScamSpot fold like `train`
    plus the sentiment validation figures, so both costs of sharing the encoder are measured."""
    import torch
    import train_sentiment as ts

    from analyzer.config import E5_QUERY_PREFIX
    from analyzer.encoder import pad_batch

    seed = 13 + args.fold + args.seed_offset
    dev = _setup(seed)
    mix_args = argparse.Namespace(data=str(args.data), es_repeat=2, emoevent=True, emoevent_dev=False,
                                  en_per_class=5000)
    mix, val_sets, _ = ts.build_mixture(mix_args, random.Random(seed))
    rows = _read_rows(args.rows)
    tr = [r for r in rows if r["src"] == "yt" or r["fold"] != args.fold]
    te = [r for r in rows if r["src"] == "ss" and r["fold"] == args.fold]
    net, tok = _spam_net(dev)
    s_ids = tok([E5_QUERY_PREFIX + t for t, *_ in mix], truncation=True, max_length=64)["input_ids"]
    s_y = torch.tensor([y for _, y, *_ in mix])
    p_texts = [r["text"] for r in tr] + [r["text"].lower() for r in tr]
    p_ids = tok([E5_QUERY_PREFIX + t for t in p_texts], truncation=True, max_length=MAX_LEN)["input_ids"]
    p_y = torch.tensor([r["y"] for r in tr] * 2)
    total = args.max_steps or int(math.ceil(len(s_ids) / BATCH) * args.epochs)
    params, opt, sched = ts.make_optimizer(net, LR, total)
    rng, t0, step = random.Random(seed), time.time(), 0
    s_order: list[int] = []
    p_order: list[int] = []
    while step < total and time.time() - t0 < args.max_seconds:
        if len(s_order) < BATCH:
            s_order += rng.sample(range(len(s_ids)), len(s_ids))
        if len(p_order) < BATCH:
            p_order += rng.sample(range(len(p_ids)), len(p_ids))
        sb, s_order = s_order[:BATCH], s_order[BATCH:]
        pb, p_order = p_order[:BATCH], p_order[BATCH:]
        x, m = pad_batch([s_ids[i] for i in sb], tok.pad_token_id)
        loss = torch.nn.functional.cross_entropy(net(x.to(dev), m.to(dev))[0], s_y[sb].to(dev))
        x, m = pad_batch([p_ids[i] for i in pb], tok.pad_token_id)
        loss = loss + torch.nn.functional.cross_entropy(_spam_logits(net, x.to(dev), m.to(dev)), p_y[pb].to(dev))
        ts.optimizer_step(loss, params, opt, sched)
        step += 1
        if step % 100 == 0:
            print(f"step {step}/{total} loss {loss.item():.4f} {time.time() - t0:.0f} s on {dev}", flush=True)
    sent = ts.evaluate(net, tok, val_sets, 64, dev)
    out = {"fold": args.fold, "video": None, "seed": seed, "steps": step, "total_steps": total,
           "sentiment": {"es": sent["es_umsab"]["macro_f1"], "en": sent["en_umsab"]["macro_f1"],
                         "te": sent["en_tweeteval"]["macro_recall"], "selection": sent["selection"]},
           **_held_out(net, tok, te, dev)}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out))
    print(f"wrote {args.out}: {step}/{total} steps, sentiment {out['sentiment']} ({time.time() - t0:.0f} s)")


def report(paths: list[Path]) -> dict:
    """Pooled ScamSpot F1/AUC (lowercased) over fold files; per-video and mean F1 (original text) over video files."""
    from sklearn.metrics import f1_score, roc_auc_score

    runs = [json.loads(Path(p).read_text()) for p in paths]
    out: dict = {}
    ss = [r for r in runs if r.get("video") is None]
    if ss:
        y = np.concatenate([r["y"] for r in ss])
        p = np.concatenate([r["lower"] for r in ss])
        out["scamspot"] = {"n": int(len(y)), "folds": sorted(r["fold"] for r in ss),
                           "f1_lowercased": round(float(f1_score(y, p >= 0.5)), 4),
                           "roc_auc_lowercased": round(float(roc_auc_score(y, p)), 4)}
    yt = [r for r in runs if r.get("video") is not None]
    if yt:
        per = {r["video"]: round(float(f1_score(r["y"], np.array(r["original"]) >= 0.5)), 4) for r in yt}
        out["youtube"] = {"per_video_f1": per, "lovo_mean_f1": round(float(np.mean(list(per.values()))), 4)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export", help="ScamSpot rows with their creator folds + YouTube rows, as JSON lines")
    e.add_argument("--data", type=Path, required=True)
    e.add_argument("--rows", type=Path, required=True)
    t = sub.add_parser("train", help="fine-tune for one fold / video (writes held-out P(spam)) or on all rows")
    t.add_argument("--rows", type=Path, required=True)
    t.add_argument("--out", required=True)
    g = t.add_mutually_exclusive_group(required=True)
    g.add_argument("--fold", type=int, help="ScamSpot creator fold held out (0-4)")
    g.add_argument("--video", help="YouTube video held out")
    g.add_argument("--all", action="store_true", help="train on every row and save the model")
    t.add_argument("--seed-offset", type=int, default=0, help="seed = 13 + fold (or the video's index in sorted order) + offset")
    t.add_argument("--max-steps", type=int, default=0, help="stop early (smoke tests)")
    mt = sub.add_parser("multitask", help="sentiment + spam heads on one encoder, one ScamSpot fold held out")
    mt.add_argument("--rows", type=Path, required=True)
    mt.add_argument("--data", type=Path, required=True, help="path to shared/data (sentiment mixture)")
    mt.add_argument("--fold", type=int, required=True)
    mt.add_argument("--out", required=True)
    mt.add_argument("--epochs", type=float, default=1.3, help="over the sentiment mixture (the shipped recipe)")
    mt.add_argument("--seed-offset", type=int, default=0)
    mt.add_argument("--max-steps", type=int, default=0)
    mt.add_argument("--max-seconds", type=float, default=float("inf"), help="stop training after this long")
    r = sub.add_parser("report", help="pool held-out files into F1 / AUC (one JSON object)")
    r.add_argument("files", type=Path, nargs="+")
    args = ap.parse_args(argv)
    if args.cmd == "export":
        export(args.data, args.rows)
    elif args.cmd == "train":
        train(args)
    elif args.cmd == "multitask":
        multitask(args)
    else:
        print(json.dumps(report(args.files)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
