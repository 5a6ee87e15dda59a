"""Train the sentiment model's spam branch: copies of k encoder layers, fine-tuned for spam (`SpamBranch`).

Why: a fine-tuned e5 beats the n-gram SVM on ScamSpot's unseen creators (0.928 vs 0.904 F1, see the
authenticity card), but a second 12-layer pass per comment breaks the authenticity stage's share of pipeline
time. The branch reads the sentiment pass's hidden states entering layer `--from-layer` (computed anyway) and
adds only its k layers; the sentiment network stays frozen, so sentiment predictions do not change.

Protocols as scripts/train_authenticity.py: ScamSpot on unseen creators (GroupKFold(5) over post owners, scored
lowercased) and YouTube leave-one-video-out. Texts go through the product's normalisation first, as in the
pipeline; ScamSpot training rows are seen in original case and lowercased; `--project` adds the project train
rows to every fold's training, as for the SVM. Seeded. The hidden states of every layer are cached (fp16) under
`--out` on the first run. On 2 CPU cores one branch layer trains in ~3.5 min per fold (one thread), so `cv` is
~35 min; results in the authenticity card.

    python scripts/train_spam_branch.py cv --data ../shared/data --project datasets/authenticity --from-layer 6
    python scripts/train_spam_branch.py fit --data ../shared/data --project datasets/authenticity --from-layer 6 \
        --model models/sentiment       # attaches spam_branch.safetensors to that artifact
    python scripts/train_authenticity.py ... --spam-branch-oof runs/spam-branch/oof-L6k1-s13.npz   # the fusion

`probe` is the zero-layer variant: a logistic regression on each layer's mean-pooled and first-token states (no
extra layer to run), same protocols, fused with the SVM's out-of-fold decisions when given
(`train_authenticity.py --dump-spam-oof FILE`, then `probe --svm-oof FILE`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

EPOCHS, LR, BATCH = 4, 1e-4, 32


def log(msg: str) -> None:
    print(time.strftime("%H:%M:%S"), msg, flush=True)


def load_rows(data: Path, project: Path | None = None) -> list[dict]:
    """ScamSpot (original case + lowercased copy), YouTube and project-train rows (always training rows, as for
    the SVM), normalised as the pipeline does."""
    from analyzer.authenticity.data import load_scamspot, load_youtube
    from analyzer.authenticity.train import scamspot_folds, youtube_plain_text
    from analyzer.preprocess import normalize_batch

    ss, yt = load_scamspot(data), load_youtube(data)
    fold = scamspot_folds(ss.group)
    rows = []
    for case in ("original", "lower"):
        for j, (t, lab, k) in enumerate(zip(ss.text, ss.label, fold, strict=True)):
            rows.append({"src": "ss", "id": j, "case": case, "raw": t.lower() if case == "lower" else t,
                         "y": int(lab == "spam"), "fold": int(k)})
    for j, (t, lab, g) in enumerate(zip(yt.text, yt.label, yt.group, strict=True)):
        rows.append({"src": "yt", "id": j, "case": "original", "raw": youtube_plain_text(t),
                     "y": int(lab == "spam"), "video": g})
    if project is not None:
        from analyzer.authenticity.data import load_project

        pr = load_project(project)
        pr = pr[pr.split == "train"]
        for j, (t, lab) in enumerate(zip(pr.text, pr.label, strict=True)):
            rows.append({"src": "pr", "id": j, "case": "original", "raw": t, "y": int(lab == "spam")})
    for r, nc in zip(rows, normalize_batch([r["raw"] for r in rows]), strict=True):
        r["text"] = nc.normalized
    log(f"{len(ss)} ScamSpot comments x2 cases, {len(yt)} YouTube comments")
    return rows


def hidden_states(model, texts: list[str], layers: list[int]) -> dict[int, list[np.ndarray]]:
    """Per layer l and text, the sentiment network's hidden states entering encoder layer l (tokens x hidden)."""
    import torch

    from analyzer.encoder import length_sorted_batches, pad_batch

    ids = model._encode(texts)
    out: dict[int, list] = {la: [None] * len(ids) for la in layers}
    done = 0
    with torch.inference_mode():
        for n_batch, batch in enumerate(length_sorted_batches([len(x) for x in ids], 64)):
            x, m = pad_batch([ids[i] for i in batch], model.tokenizer.pad_token_id)
            hs = model.net.bert(input_ids=x, attention_mask=m, output_hidden_states=True).hidden_states
            for la in layers:
                for j, i in enumerate(batch):
                    out[la][i] = hs[la][j, : len(ids[i])].numpy().astype(np.float16)
            done += len(batch)
            if n_batch % 20 == 0:
                log(f"  hidden states {done}/{len(ids)}")
    return out


def cached_states(model, texts: list[str], layer: int, root: Path) -> list[np.ndarray]:
    """`hidden_states` entering `layer`, kept on disk (fp16) keyed by the model weights, the layer and the texts.
    A miss computes and stores every layer's states at once (one pass serves later variants)."""
    import hashlib

    def path(la: int) -> Path:
        key = hashlib.sha256(json.dumps([model.weights_sha256, la, texts]).encode()).hexdigest()[:16]
        return root / f"states-{key}.npz"

    if not path(layer).exists():
        root.mkdir(parents=True, exist_ok=True)
        n = len(model.net.bert.encoder.layer)
        for la, states in hidden_states(model, texts, list(range(n + 1))).items():
            np.savez(path(la), flat=np.concatenate(states), ends=np.cumsum([len(x) for x in states]))
    with np.load(path(layer)) as z:
        flat, ends = z["flat"].astype(np.float32), z["ends"]
    return np.split(flat, ends[:-1])


def _pad(states: list[np.ndarray]):
    import torch

    t = max(s.shape[0] for s in states)
    h = torch.zeros((len(states), t, states[0].shape[1]))
    m = torch.zeros((len(states), t), dtype=torch.long)
    for i, s in enumerate(states):
        h[i, : len(s)] = torch.from_numpy(s)
        m[i, : len(s)] = 1
    return h, m


def train_branch(net, states: list[np.ndarray], y: np.ndarray, *, k: int, from_layer: int, seed: int,
                 epochs: float = EPOCHS, lr: float = LR):
    """A fresh branch (copy of the net's top k layers + a 1-logit head) trained on these rows."""
    import torch
    import train_sentiment as ts

    from analyzer.sentiment import new_spam_branch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    branch = new_spam_branch(net, k, from_layer).train()
    n = len(states)
    steps = int(np.ceil(n / BATCH) * epochs)
    params, opt, sched = ts.make_optimizer(branch, lr, steps, 0.06)
    pos_weight = torch.tensor(float((y == 0).sum() / max(1, (y == 1).sum())))
    rng = random.Random(seed)
    lengths = [len(s) for s in states]
    queue: list[list[int]] = []
    for step in range(steps):
        if not queue:
            queue = ts.batches_by_length(lengths, BATCH, rng)
        idx = np.asarray(queue.pop())
        h, m = _pad([states[i] for i in idx])
        z = branch(h, m)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            z, torch.from_numpy(y[idx]).float(), pos_weight=pos_weight)
        ts.optimizer_step(loss, params, opt, sched)
        if step % 100 == 0 or step == steps - 1:
            log(f"    step {step + 1}/{steps} loss {loss.item():.4f}")
    return branch.eval()


def branch_logits(branch, states: list[np.ndarray]) -> np.ndarray:
    import torch

    from analyzer.encoder import length_sorted_batches

    out = np.zeros(len(states), dtype=np.float32)
    with torch.inference_mode():
        for idx in length_sorted_batches([len(s) for s in states], 128):
            h, m = _pad([states[i] for i in idx])
            out[idx] = branch(h, m).numpy()
    return out


def prepare(args):
    """The sentiment model, the rows, the layer the branch reads, those rows' hidden states there, the labels."""
    from analyzer.sentiment import SentimentModel

    model = SentimentModel.load(args.model, engine="torch", logit_bias=None)
    rows = load_rows(args.data, args.project)
    start = from_layer(args, model)
    states = cached_states(model, [r["text"] for r in rows], start, Path(args.out))
    return model, rows, start, states, np.array([r["y"] for r in rows])


def cv(args) -> dict:
    from sklearn.metrics import f1_score, roc_auc_score

    model, rows, start, states, y = prepare(args)
    src = np.array([r["src"] for r in rows])
    case = np.array([r["case"] for r in rows])
    fold = np.array([r.get("fold", -1) for r in rows])
    video = np.array([r.get("video", "") for r in rows])
    out = Path(args.out)
    oof_path, res_path = out / f"oof-{tag(args, model)}.npz", out / f"cv-{tag(args, model)}.json"
    oof = np.full(len(rows), np.nan, dtype=np.float32)
    res: dict = {"recipe": recipe(args)}
    if oof_path.exists() and res_path.exists():  # another protocol's run of the same recipe: merge into it
        with np.load(oof_path) as z:
            if json.loads(str(z["recipe"])) == recipe(args) and len(z["logit"]) == len(rows):
                oof = z["logit"].copy()
                res = json.loads(res_path.read_text())

    def save() -> None:
        out.mkdir(parents=True, exist_ok=True)
        np.savez(oof_path, logit=oof, y=y, src=src, case=case, fold=fold, video=video,
                 id=np.array([r["id"] for r in rows]), recipe=json.dumps(recipe(args)))
        res_path.write_text(json.dumps(res, indent=2))

    def held_out(name: str, test: np.ndarray, seed: int) -> np.ndarray:
        """Train a branch on every row outside the `test` mask, write its logits for the test rows into oof;
        returns the test indices."""
        tr, te = np.where(~test)[0], np.where(test)[0]
        log(f"{name}: train {len(tr)} test {len(te)}")
        b = train_branch(model.net, [states[i] for i in tr], y[tr], k=args.k, from_layer=start, seed=seed,
                         epochs=args.epochs, lr=args.lr)
        oof[te] = branch_logits(b, [states[i] for i in te])
        return te

    if args.only in ("all", "scamspot"):
        for f in range(5):
            te = held_out(f"ScamSpot fold {f}", (src == "ss") & (fold == f), args.seed + f)
            lo = te[case[te] == "lower"]
            log(f"  fold {f}: F1 (lowercased) {f1_score(y[lo], oof[lo] >= 0):.4f}")
        low = (src == "ss") & (case == "lower")
        res["scamspot_f1_lowercased"] = round(float(f1_score(y[low], oof[low] >= 0)), 4)
        res["scamspot_auc_lowercased"] = round(float(roc_auc_score(y[low], oof[low])), 4)
        log(f"ScamSpot unseen creators, lowercased: F1 {res['scamspot_f1_lowercased']} "
            f"AUC {res['scamspot_auc_lowercased']}")
        save()
    if args.only in ("all", "youtube"):
        per_video = {}
        for v in sorted(set(video[src == "yt"])):
            te = held_out(f"YouTube {v}", (src == "yt") & (video == v), args.seed + 10)
            per_video[v] = round(float(f1_score(y[te], oof[te] >= 0)), 4)
            log(f"  F1 {per_video[v]}")
        res["youtube_f1_per_video"] = per_video
        res["youtube_f1_mean"] = round(float(np.mean(list(per_video.values()))), 4)
        save()
    log(json.dumps(res))
    return res


def from_layer(args, model) -> int:
    """The encoder layer whose input the branch reads (default: the top `k` layers are copied); set on args."""
    if args.from_layer is None:
        args.from_layer = len(model.net.bert.encoder.layer) - args.k
    return args.from_layer


def tag(args, model) -> str:
    return f"L{from_layer(args, model)}k{args.k}-s{args.seed}"


def recipe(args) -> dict:
    """What makes two branches alike: the out-of-fold logits stand for the shipped branch only if these match."""
    return {"layers": args.k, "from_layer": args.from_layer, "epochs": args.epochs, "lr": args.lr, "batch": BATCH, "seed": args.seed,
            "project_rows": args.project is not None}


def fit(args) -> dict:
    """Train the branch on every row and attach it to the sentiment artifact (spam_branch.safetensors + config)."""
    from sklearn.metrics import f1_score

    from analyzer.sentiment import save_spam_branch

    model, rows, start, states, y = prepare(args)
    b = train_branch(model.net, states, y, k=args.k, from_layer=start, seed=args.seed, epochs=args.epochs, lr=args.lr)
    train_f1 = round(float(f1_score(y, branch_logits(b, states) >= 0)), 4)
    log(f"training-set F1 {train_f1} on {len(rows)} rows")
    entry = save_spam_branch(b, Path(model.name), {
        "recipe": recipe(args), "trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "rows": {src: int(sum(r["src"] == src for r in rows)) for src in ("ss", "yt", "pr")}, "train_f1": train_f1})
    log(f"wrote the spam branch into {model.name}: {json.dumps(entry)}")
    return entry


def probe(args) -> dict:
    """Linear probes on pooled hidden states, layer by layer, under the cv protocols (held-out masks alike)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, roc_auc_score
    from sklearn.preprocessing import StandardScaler

    from analyzer.authenticity.train import load_branch_oof, spam_fusion_report
    from analyzer.sentiment import SentimentModel

    model = SentimentModel.load(args.model, engine="torch", logit_bias=None)
    rows = load_rows(args.data, args.project)
    y = np.array([r["y"] for r in rows])
    src, case = np.array([r["src"] for r in rows]), np.array([r["case"] for r in rows])
    fold, video = np.array([r.get("fold", -1) for r in rows]), np.array([r.get("video", "") for r in rows])
    tests = [(src == "ss") & (fold == f) for f in range(5)]
    tests += [(src == "yt") & (video == v) for v in sorted(set(video[src == "yt"]))]
    low, yt = (src == "ss") & (case == "lower"), src == "yt"
    svm = np.load(args.svm_oof) if args.svm_oof else None
    out, results = Path(args.out), {}
    for layer in args.layers:
        states = cached_states(model, [r["text"] for r in rows], layer, out)
        x = np.concatenate([np.stack([s.mean(0) for s in states]), np.stack([s[0] for s in states])], axis=1)
        del states
        oof = np.full(len(rows), np.nan, dtype=np.float32)
        for te in tests:
            scaler = StandardScaler().fit(x[~te])
            clf = LogisticRegression(C=args.c, max_iter=3000, class_weight="balanced")
            clf.fit(scaler.transform(x[~te]), y[~te])
            oof[te] = clf.decision_function(scaler.transform(x[te]))
        res = {"scamspot_f1_lowercased": round(float(f1_score(y[low], oof[low] >= 0)), 4),
               "scamspot_auc_lowercased": round(float(roc_auc_score(y[low], oof[low])), 4),
               "youtube_f1_mean": round(float(np.mean([f1_score(y[yt & (video == v)], oof[yt & (video == v)] >= 0)
                                                       for v in sorted(set(video[yt]))])), 4)}
        path = out / f"oof-probe-L{layer}-C{args.c}.npz"
        np.savez(path, logit=oof, y=y, src=src, case=case, fold=fold, video=video,
                 id=np.array([r["id"] for r in rows]), recipe=json.dumps({"probe_layer": layer, "C": args.c}))
        if svm is not None:
            z_yt, z_ss, _ = load_branch_oof(path, len(svm["d_yt"]), len(svm["d_ss"]))
            fused = spam_fusion_report(svm["d_yt"], z_yt, svm["y_yt"], svm["video"], svm["d_ss"], z_ss, svm["y_ss"],
                                       svm["ss_fold"])
            res["fused"] = {k: fused[k] for k in ("scamspot_f1_lowercased", "youtube_f1_mean", "youtube_f1_per_video")}
        results[layer] = res
        log(f"layer {layer}: {json.dumps(res)}")
    (out / f"probe-C{args.c}.json").write_text(json.dumps(results, indent=2))
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cv", help="out-of-fold ScamSpot / YouTube logits and figures of the branch alone")
    f = sub.add_parser("fit", help="train on every row and attach the branch to the sentiment artifact")
    pr = sub.add_parser("probe", help="linear probes on each layer's pooled states (no extra layer), same protocols")
    pr.add_argument("--data", type=Path, required=True)
    pr.add_argument("--project", type=Path, default=None)
    pr.add_argument("--model", default="models/sentiment")
    pr.add_argument("--layers", type=lambda s: [int(x) for x in s.split(",")], default=list(range(4, 12)))
    pr.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    pr.add_argument("--svm-oof", default=None, help="train_authenticity.py --dump-spam-oof output: adds fused figures")
    pr.add_argument("--out", type=Path, default=Path("runs/spam-branch"))
    for p in (c, f):
        p.add_argument("--data", type=Path, required=True)
        p.add_argument("--project", type=Path, default=None, help="project set (datasets/authenticity): train rows")
        p.add_argument("--model", default="models/sentiment", help="sentiment artifact the branch belongs to")
        p.add_argument("--k", type=int, default=1, help="encoder layers the branch copies")
        p.add_argument("--from-layer", type=int, default=None,
                       help="first copied layer (the branch reads the states entering it); default: the top k")
        p.add_argument("--epochs", type=float, default=EPOCHS)
        p.add_argument("--lr", type=float, default=LR)
        p.add_argument("--seed", type=int, default=13)
        p.add_argument("--out", type=Path, default=Path("runs/spam-branch"), help="cache + out-of-fold files")
    c.add_argument("--only", choices=("all", "scamspot", "youtube"), default="all",
                   help="one protocol only (a quick screen); a later run of the other merges into the same files")
    args = ap.parse_args(argv)
    if args.cmd == "cv":
        cv(args)
    elif args.cmd == "probe":
        probe(args)
    else:
        fit(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
