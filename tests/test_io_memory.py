"""Reading is streaming: a 50k-line JSONL goes through the generator without being materialised.

Peak memory is measured as the growth of the process's peak RSS (ru_maxrss) in a fresh subprocess while it
consumes the generator: tracemalloc would multiply the reader's cost several times over (it hooks every
allocation), and the pytest process's own high-water mark would hide the growth. Calibration on this input:
streaming grows the peak by ~1.5 MB; keeping the items in a list (PROBE mode "keep") grows it by ~97 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROWS = 50_000
PROBE = textwrap.dedent(
    """
    import json, resource, sys
    from analyzer.io import DumpReader
    path, mode = sys.argv[1], sys.argv[2]
    reader = DumpReader(path)
    items = reader.comments()
    first = next(items)  # imports done, file checked, first row read: measure from here
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if mode == "stream":
        n = 1 + sum(1 for _ in items)
    else:
        kept = [first, *items]
        n = len(kept)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    stats = reader.stats.files[0]
    print(json.dumps({"n": n, "growth_kb": after - before, "ok": stats.comments, "rows": stats.rows}))
    """
)


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("mem") / "big.jsonl"
    text = "me encanta este producto, ¿dónde lo compro? 😍 " * 8  # ~400 characters per comment
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(
            f'{{"comment_id": "c{i}", "text": "{i} {text}", "post_id": "p{i // 1000}", "created_at": {1714554000 + i}}}\n'
            for i in range(ROWS)
        )
    return path


def probe(path: Path, mode: str) -> dict:
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), mode], capture_output=True, text=True, cwd=repo, check=True
    )
    return json.loads(out.stdout)


def test_reading_50k_lines_does_not_materialise(big_jsonl):
    size_mb = big_jsonl.stat().st_size / 1e6
    assert size_mb > 20
    streamed = probe(big_jsonl, "stream")
    assert streamed["n"] == streamed["ok"] == streamed["rows"] == ROWS
    assert streamed["growth_kb"] < 8_000, streamed  # a few MB at most, for 20+ MB of input
