"""Writers: formats, CSV list encoding, and atomicity (no half-written file after an exception or Ctrl-C)."""

from __future__ import annotations

import csv
import json
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.io import (
    AtomicWriter,
    atomic_open,
    read_comments,
    split_list_cell,
    write_csv,
    write_jsonl,
    write_parquet,
    write_rows,
)
from analyzer.io.coerce import text_problem
from analyzer.records import ScoredComment

UTC = timezone.utc
WHEN = datetime(2024, 3, 2, 18, 45, tzinfo=UTC)


def scored(i: int, **kw) -> ScoredComment:
    base = dict(
        comment_id=f"c{i}", post_id="p1", author="ana", created_at=WHEN, parent_id=None,
        text=f"¡Qué bien! {i} 😍", normalized=f"qué bien {i}", lang="es",
        sentiment="positive", sentiment_score=0.9, p_negative=0.02, p_neutral=0.08, p_positive=0.9,
        authenticity="genuine", p_genuine=0.8, p_superficial=0.15, p_spam=0.05, bot_like=0.1, genuine_weight=0.8,
    )  # fmt: skip
    base.update(kw)
    return ScoredComment(**base)


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_jsonl_round_trip_of_dataclasses_and_dicts(tmp_path):
    out = tmp_path / "out" / "scored.jsonl"  # parent directories are created
    n = write_jsonl(out, [scored(1, reasons=["emoji_only"]), {"comment_id": "x", "text": "ñ", "at": WHEN}])
    assert n == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    first, second = map(json.loads, lines)
    assert first["text"] == "¡Qué bien! 1 😍" and first["created_at"] == "2024-03-02T18:45:00+00:00"
    assert first["reasons"] == ["emoji_only"] and second == {
        "comment_id": "x",
        "text": "ñ",
        "at": WHEN.isoformat(),
    }
    assert "😍" in lines[0]  # non-ASCII kept, not \u-escaped
    # what we write, we can read back as a comment dump
    assert [c.text for c in read_comments(out)] == ["¡Qué bien! 1 😍", "ñ"]


def test_csv_lists_are_semicolon_joined_or_json(tmp_path):
    out = tmp_path / "s.csv"
    rows = [
        scored(1, reasons=["emoji_only", "link"], text='dice "hola",\nadiós'),
        scored(2, reasons=[]),
        scored(3, reasons=["has;semicolon", "x"]),
        {"comment_id": "d", "reasons": [{"k": 1}], "coordinated": True, "relevance": None},
    ]
    write_csv(out, rows, columns=["comment_id", "text", "reasons", "coordinated", "relevance", "created_at"])
    with open(out, encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    assert got[0]["text"] == 'dice "hola",\nadiós'  # quoting survives a round trip
    assert [r["reasons"] for r in got] == ["emoji_only;link", "", '["has;semicolon", "x"]', '[{"k": 1}]']
    assert [split_list_cell(r["reasons"]) for r in got] == [
        ["emoji_only", "link"],
        [],
        ["has;semicolon", "x"],
        [{"k": 1}],
    ]
    assert (got[0]["coordinated"], got[3]["coordinated"], got[3]["relevance"]) == ("false", "true", "")
    assert got[0]["created_at"] == "2024-03-02T18:45:00+00:00"


def test_csv_header_from_first_row_and_unknown_keys_are_refused(tmp_path):
    write_csv(tmp_path / "a.csv", [{"a": 1, "b": 2}, {"b": 3}])
    assert (tmp_path / "a.csv").read_text() == "a,b\n1,2\n,3\n"
    with pytest.raises(ValueError, match=r"not in the header: \['c'\]"):
        write_csv(tmp_path / "b.csv", [{"a": 1, "b": 1}, {"a": 2, "c": 3}])
    assert not (tmp_path / "b.csv").exists() and leftovers(tmp_path) == []


def test_csv_excel_mode(tmp_path):
    out = tmp_path / "x.csv"
    write_csv(
        out, [{"text": '=HYPERLINK("http://evil")', "score": -0.42}, {"text": "@mención", "score": -3},
              {"text": "-1 para el vídeo", "score": 0.5}, {"text": "normal", "score": None}], excel=True
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    # text that would start a formula is neutralised; negative numbers stay numbers
    assert rows[1:] == [['\'=HYPERLINK("http://evil")', "-0.42"], ["'@mención", "-3"], ["'-1 para el vídeo", "0.5"],
                        ["normal", ""]]
    # QA: a carried input column's name is the user's text too: it reached the header as a live formula
    write_csv(out, [{"text": "hola", '=HYPERLINK("http://x.y","click")': "v"}], excel=True)
    assert next(csv.reader(out.read_text(encoding="utf-8-sig").splitlines())) == [
        "text", '\'=HYPERLINK("http://x.y","click")']


def test_jsonl_writes_nan_and_infinity_as_null(tmp_path):
    """QA: an input column carried with --keep-columns holding Infinity was written as `Infinity`, which jq,
    JavaScript and Postgres refuse as JSON."""
    import numpy as np

    out = tmp_path / "x.jsonl"
    write_jsonl(out, [{"text": "hola", "score": float("inf"), "extra": {"a": [float("nan"), 1.5]},
                       "n": np.float32("-inf")}, {"text": "adiós", "score": 2.5}])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line, parse_constant=lambda c: pytest.fail(c)) for line in lines] == [
        {"text": "hola", "score": None, "extra": {"a": [None, 1.5]}, "n": None}, {"text": "adiós", "score": 2.5}]


def test_parquet_row_groups_and_schema_from_dataclass(tmp_path):
    out = tmp_path / "s.parquet"
    # cluster_id / relevance are None in the whole first batch: types come from the dataclass, not the data
    rows = (
        scored(i, cluster_id=None if i < 5 else f"k{i}", relevance=None if i < 5 else 0.5) for i in range(12)
    )
    assert write_parquet(out, rows, batch_size=5) == 12
    pf = pq.ParquetFile(out)
    assert pf.metadata.num_row_groups == 3 and pf.metadata.num_rows == 12
    schema = pf.schema_arrow
    assert (
        str(schema.field("cluster_id").type) == "string" and str(schema.field("relevance").type) == "double"
    )
    assert str(schema.field("created_at").type) == "timestamp[us, tz=UTC]"
    table = pf.read()
    assert (
        table.column("cluster_id").to_pylist()[-1] == "k11" and table.column("reasons").to_pylist()[0] == []
    )


def test_parquet_dicts_with_all_null_first_batch_and_bad_types(tmp_path):
    out = tmp_path / "d.parquet"
    write_parquet(out, [{"a": 1, "b": None}, {"a": 2, "b": "x"}], batch_size=1)
    assert pq.read_table(out).to_pylist() == [{"a": 1, "b": None}, {"a": 2, "b": "x"}]
    with pytest.raises(ValueError, match="do not fit the Parquet schema"):
        write_parquet(tmp_path / "bad.parquet", [{"a": 1}, {"a": "text"}], batch_size=1)
    assert not (tmp_path / "bad.parquet").exists() and leftovers(tmp_path) == []


def test_empty_outputs_are_valid_files(tmp_path):
    assert write_jsonl(tmp_path / "e.jsonl", []) == 0 and (tmp_path / "e.jsonl").read_text() == ""
    write_csv(tmp_path / "e.csv", [], columns=["comment_id", "text"])
    assert (tmp_path / "e.csv").read_text() == "comment_id,text\n"
    write_parquet(tmp_path / "e.parquet", [])
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_write_rows_picks_format_from_extension(tmp_path):
    write_rows(tmp_path / "r.parquet", [{"a": 1}])
    assert pq.read_table(tmp_path / "r.parquet").to_pylist() == [{"a": 1}]
    with pytest.raises(ValueError, match="cannot tell the output format"):
        write_rows(tmp_path / "r.xls", [{"a": 1}])


# --------------------------------------------------------------------------------------------------------
# atomicity
# --------------------------------------------------------------------------------------------------------
def failing_rows(n_ok: int, exc: BaseException):
    for i in range(n_ok):
        yield scored(i)
    raise exc


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_exception_mid_write_leaves_no_target(tmp_path, fmt):
    out = tmp_path / f"new.{fmt}"
    with pytest.raises(RuntimeError, match="scoring failed"):
        write_rows(out, failing_rows(50, RuntimeError("scoring failed")), batch_size=10)
    assert not out.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_ctrl_c_mid_write_keeps_the_previous_file(tmp_path, fmt):
    out = tmp_path / f"prev.{fmt}"
    write_rows(out, [scored(i) for i in range(3)])
    before = out.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        write_rows(out, failing_rows(40, KeyboardInterrupt()), batch_size=10)
    assert out.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_streaming_writer_is_invisible_until_commit(tmp_path):
    out = tmp_path / "live.jsonl"
    out.write_text("old\n")
    with AtomicWriter(out) as w:
        for i in range(3):
            w.write({"i": i})
            assert out.read_text() == "old\n"  # readers still see the previous complete file
        assert len(leftovers(tmp_path)) == 1
    assert out.read_text().splitlines() == ['{"i": 0}', '{"i": 1}', '{"i": 2}']
    assert leftovers(tmp_path) == [] and w.count == 3


def test_atomic_open_and_permissions(tmp_path):
    out = tmp_path / "report.html"
    with atomic_open(out) as f:
        f.write("<html>ñ</html>")
    assert out.read_text(encoding="utf-8") == "<html>ñ</html>"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    os.chmod(out, 0o640)
    with atomic_open(out) as f:
        f.write("v2")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # an existing file keeps its mode
    with pytest.raises(RuntimeError), atomic_open(out) as f:
        f.write("half")
        raise RuntimeError("report rendering failed")
    assert out.read_text() == "v2" and leftovers(tmp_path) == []


# --------------------------------------------------------------------------------------------------------
# round trip: whatever the writers emit, the readers give back unchanged
# --------------------------------------------------------------------------------------------------------
_texts = st.text(
    # lone surrogates cannot be UTF-8 encoded; NUL is repaired to U+FFFD on purpose (databases refuse it)
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=60,
).filter(lambda t: text_problem(t) is None)  # a text the readers accept as a comment (not blank or controls)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_texts, min_size=1, max_size=8))
def test_written_comments_read_back_identically(tmp_path, texts):
    rows = [{"comment_id": f"r{i}", "text": t, "author": "ñandú"} for i, t in enumerate(texts)]
    for name, writer in (("rt.csv", write_csv), ("rt.jsonl", write_jsonl)):
        writer(tmp_path / name, rows)
        back = list(read_comments(tmp_path / name))
        assert [(c.comment_id, c.text) for c in back] == [(r["comment_id"], r["text"]) for r in rows], name


def test_carriage_return_in_a_cell_round_trips(tmp_path):
    """Found by hypothesis: a lone "\\r" was written unquoted and read back as a line break."""
    rows = [{"comment_id": "a", "text": "0\r"}, {"comment_id": "b", "text": "uno\rdos"}]
    write_csv(tmp_path / "cr.csv", rows)
    back = list(read_comments(tmp_path / "cr.csv"))
    assert [(c.comment_id, c.text) for c in back] == [("a", "0\r"), ("b", "uno\rdos")]


def test_xlsx_keeps_types_never_writes_formulas_and_splits_past_the_sheet_limit(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "comments.xlsx"
    rows = [
        scored(1, text='=HYPERLINK("http://evil.example","gana $$$")', sentiment_score=-0.42,
               reasons=["link", "promo_lexicon"], created_at=datetime(2024, 3, 2, 19, 45, tzinfo=timezone(timedelta(hours=1)))),
        scored(2, text="@ana bonito\x00\x07 día", sentiment_score=float("nan")),
        scored(3, text="x" * 40_000),
    ]
    with AtomicWriter(out, sheet_rows=2) as w:  # a tiny sheet limit stands in for Excel's 1,048,575 rows
        w.write_many(rows)
    assert leftovers(tmp_path) == []
    wb = load_workbook(out)
    assert wb.sheetnames == ["comments", "comments (2)"]
    first, second = wb["comments"], wb["comments (2)"]
    header = [c.value for c in first[1]]
    assert header == [c.value for c in second[1]] and header[:3] == ["comment_id", "post_id", "author"]
    col = {name: i for i, name in enumerate(header)}
    r1, r2 = [c for c in first[2]], [c for c in first[3]]
    assert r1[col["text"]].data_type == "s" and r1[col["text"]].value.startswith("=HYPERLINK")  # text, not a formula
    assert r1[col["sentiment_score"]].value == -0.42 and r1[col["sentiment_score"]].data_type == "n"
    assert r1[col["created_at"]].value == datetime(2024, 3, 2, 18, 45)  # UTC, naive (Excel has no zones)
    assert r1[col["reasons"]].value == "link;promo_lexicon" and r1[col["coordinated"]].value is False
    assert r2[col["text"]].value == "@ana bonito día" and r2[col["sentiment_score"]].value is None
    long = [c.value for c in second[2]][col["text"]]
    assert len(long) == 32_767 and long.endswith("…")
    # an empty table still has its header when the columns are known
    with AtomicWriter(tmp_path / "empty.xlsx", columns=["a", "b"]) as w:
        pass
    assert [c.value for c in load_workbook(tmp_path / "empty.xlsx").active[1]] == ["a", "b"]
