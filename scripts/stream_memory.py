"""Does streaming stay in bounded memory over a 1M-comment dump? Measures resident memory (VmRSS) as it goes.

Two parts, because the transformer scores ~40 comments/s on a 2-core CPU (1M comments = ~7 h):
  1. every stage except the transformer forward pass, over the whole dump: the streaming reader, normalisation,
     the streaming coordination window, the authenticity heads (no-embedding variant) and the id dedup set;
  2. the real `Analyzer.score_stream` (transformer included) over the first `--full` comments, keeping each result
     as the CLI's --stream keeps it for its summaries (`summary_record`): the bytes those records hold (deep size,
     shared objects counted once) per comment, the one cost that grows with the dump there.
The transformer's own memory is per batch (constant), so part 1 is where growth with dump size could hide.

    python scripts/stream_memory.py --n 1000000 --full 3000 [--bench ../shared/bench/comments-4k.txt]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def write_dump(path: Path, texts: list[str], n: int, n_posts: int = 2000) -> None:
    """`n` JSONL comments cycling the bench texts over `n_posts` posts, times increasing (a long crawl)."""
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            t = texts[i % len(texts)]
            row = {"comment_id": f"c{i}", "text": t if i < len(texts) else f"{t} #{i // len(texts)}",
                   "author": f"u{(i * 7919) % 250_000}", "post_id": f"p{(i // 500) % n_posts}",
                   "created_at": (t0 + timedelta(seconds=i * 3)).isoformat()}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def deep_bytes(objs: list, seen: set[int] | None = None) -> int:
    """Bytes held by `objs` and everything they reach (dicts, sequences, slotted or plain objects), each object
    counted once: what a list of kept records costs beyond the objects the run shares (interned labels)."""
    seen = set() if seen is None else seen
    total, todo = 0, list(objs)
    while todo:
        o = todo.pop()
        if id(o) in seen or o is None or isinstance(o, (bool, type)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            todo += [*o.keys(), *o.values()]
        elif isinstance(o, (list, tuple, set, frozenset)):
            todo += list(o)
        elif hasattr(o, "__slots__") and not isinstance(o, (str, bytes, int, float)):
            todo += [getattr(o, k) for k in o.__slots__ if hasattr(o, k)]
        elif hasattr(o, "__dict__"):
            todo.append(o.__dict__)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--full", type=int, default=3000, help="comments for the real pipeline part (0: skip)")
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench" / "comments-4k.txt")
    ap.add_argument("--chunk", type=int, default=1024)
    ap.add_argument("--every", type=int, default=100_000, help="RSS sample interval (comments)")
    args = ap.parse_args(argv)

    from analyzer.authenticity import AuthenticityModel, CoordinationDetector, CoordinationStream
    from analyzer.io import DumpReader
    from analyzer.preprocess import normalize_batch
    from analyzer.records import RowError

    texts = [t for t in args.bench.read_text(encoding="utf-8").split("\n") if t.strip()]
    out: dict = {"n": args.n, "chunk": args.chunk}
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.jsonl"
        t = time.perf_counter()
        write_dump(dump, texts, args.n)
        out["dump_mib"] = round(dump.stat().st_size / 2**20, 1)
        print(f"wrote {args.n} comments ({out['dump_mib']} MiB) in {time.perf_counter() - t:.0f} s", file=sys.stderr)

        auth = AuthenticityModel.load()
        stream = CoordinationStream(CoordinationDetector())
        samples, buf, seen, n_ok, n_err, n_flag = [], [], set(), 0, 0, 0
        base = rss_mib()
        t = time.perf_counter()

        def flush() -> None:
            nonlocal n_ok, n_flag
            normalized = normalize_batch([c.text for c in buf])
            flags = stream.update(buf, [nc.normalized for nc in normalized])
            res = auth.predict(normalized, embeddings=None, comments=buf, coordination=flags)
            n_ok += len(res)
            n_flag += sum(f.coordinated for f in flags)

        reader = DumpReader([dump])
        for item in reader.comments():
            if isinstance(item, RowError):
                n_err += 1
                continue
            seen.add(hash(item.comment_id))  # as Analyzer.score_stream keeps it
            buf.append(item)
            if len(buf) >= args.chunk:
                flush()
                buf = []
                if n_ok % args.every < args.chunk:
                    samples.append({"comments": n_ok, "rss_mib": round(rss_mib(), 1),
                                    "s": round(time.perf_counter() - t, 1)})
                    print(f"  {samples[-1]}", file=sys.stderr, flush=True)
        if buf:
            flush()
        rss = [s["rss_mib"] for s in samples]
        half = [s["rss_mib"] for s in samples if s["comments"] >= args.n // 2]
        out["without_transformer"] = {
            "scored": n_ok, "errors": n_err, "coordinated": n_flag, "seconds": round(time.perf_counter() - t, 1),
            "rss_before_mib": round(base, 1), "rss_max_mib": max(rss, default=base),
            "rss_growth_second_half_mib": round(max(half) - min(half), 1) if half else None,
            "id_set_entries": len(seen), "samples": samples}

        if args.full:
            from analyzer.cli import summary_record
            from analyzer.pipeline import Analyzer

            an = Analyzer.load()
            r0, t, n, peak = rss_mib(), time.perf_counter(), 0, 0.0
            trace, kept = [], []
            for item in an.score_stream(islice(DumpReader([dump]).comments(), args.full), chunk_size=256):
                n += 1
                if not isinstance(item, RowError):
                    kept.append(summary_record(item))
                if n % 500 == 0:
                    peak = max(peak, rss_mib())
                    trace.append({"comments": n, "rss_mib": round(rss_mib(), 1)})
            out["with_transformer"] = {"comments": n, "seconds": round(time.perf_counter() - t, 1),
                                       "rss_after_load_mib": round(r0, 1), "rss_max_mib": round(peak, 1),
                                       "trace": trace,
                                       "summary_bytes_per_comment": round(deep_bytes(kept) / max(len(kept), 1))}
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
