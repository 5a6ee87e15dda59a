"""Damaged and oddly written files (QA): a cut or corrupt part costs its rows, reported, never the run."""

from __future__ import annotations

import gzip
import json
import lzma
import re
import zipfile
from pathlib import Path

import pytest

from analyzer.io import DumpReader
from analyzer.records import CommentIn, RowError


def read(path):
    reader = DumpReader(path)
    items = list(reader.comments())
    good = [i for i in items if isinstance(i, CommentIn)]
    bad = [i for i in items if isinstance(i, RowError)]
    assert len(good) + len(bad) == len(items)
    return reader, good, bad


def _workbook(path: Path, rows: int, merge: str | None = None) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["comment_id", "post_id", "author", "text"])
    for i in range(1, rows + 1):
        ws.append([f"c{i}", f"p{(i - 1) // 3 + 1}", f"u{i}", f"comentario {i}, me gusta mucho"])
    if merge:
        ws.merge_cells(merge)
    wb.save(path)


def _rewrite_sheet(src: Path, dst: Path, edit) -> None:
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w") as zo:
        for item in zi.infolist():
            data = zi.read(item.filename)
            zo.writestr(item, edit(data) if item.filename.endswith("sheet1.xml") else data)


def test_an_xlsx_whose_stated_size_is_too_small_loses_no_row(tmp_path):
    """Read-only openpyxl trusts <dimension ref>; some writers store a stale one (QA: 4 of 6 rows dropped silently)."""
    _workbook(tmp_path / "t.xlsx", 6)
    for ref in (b"A1:D3", b"A1:B3"):
        out = tmp_path / f"dim_{ref.decode().replace(':', '')}.xlsx"
        _rewrite_sheet(tmp_path / "t.xlsx", out, lambda d, ref=ref: re.sub(rb'<dimension ref="[^"]*"\s*/>',
                                                                            b'<dimension ref="' + ref + b'"/>', d))
        _, good, bad = read(out)
        assert [c.comment_id for c in good] == [f"c{i}" for i in range(1, 7)] and not bad
        assert good[-1].text == "comentario 6, me gusta mucho" and good[-1].post_id == "p2"


def test_a_damaged_worksheet_keeps_the_rows_before_the_damage(tmp_path):
    _workbook(tmp_path / "t.xlsx", 20)

    def cut(data: bytes) -> bytes:  # the sheet's XML ends inside row 10 (a file cut while being written)
        return data[: data.index(b'<row r="10"') + 25]

    _rewrite_sheet(tmp_path / "t.xlsx", tmp_path / "cut.xlsx", cut)
    reader, good, bad = read(tmp_path / "cut.xlsx")
    assert [c.comment_id for c in good] == [f"c{i}" for i in range(1, 9)]
    assert len(bad) == 1 and "damaged worksheet data" in bad[0].error and bad[0].row == 10


def test_a_damaged_parquet_row_group_costs_only_its_rows(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    n = 2000
    table = pa.table({"comment_id": [f"c{i}" for i in range(n)],
                      "text": [f"comentario número {i} muy bonito {i * 7919 % 1000}" for i in range(n)]})
    path = tmp_path / "d.parquet"
    pq.write_table(table, path, row_group_size=500)
    meta = pq.ParquetFile(path).metadata
    col = meta.row_group(2).column(1)  # the text column of the third group
    raw = bytearray(path.read_bytes())
    start = col.data_page_offset + 10
    raw[start:start + 200] = b"\xff" * 200
    path.write_bytes(bytes(raw))
    _, good, bad = read(path)
    ids = {c.comment_id for c in good}
    assert len(bad) == 1 and "row group 3" in bad[0].error and "500 rows" in bad[0].error
    assert ids == {f"c{i}" for i in range(n) if not 1000 <= i < 1500}


def test_a_merged_post_id_cell_gives_every_row_under_it_the_post(tmp_path):
    """Only a merge's top-left cell holds its value (QA: comments under a merged post id had none)."""
    _workbook(tmp_path / "m.xlsx", 6, merge="B2:B4")  # p1 merged over the first three comments
    reader, good, bad = read(tmp_path / "m.xlsx")
    assert not bad and [c.post_id for c in good] == ["p1", "p1", "p1", "p2", "p2", "p2"]
    assert any("merged cell range" in note for f in reader.stats.files for note in f.notes)


def test_an_empty_graph_api_page_and_an_error_page_first_do_not_stop_a_folder(tmp_path):
    (tmp_path / "empty.json").write_text('{"data": []}')
    (tmp_path / "last_page.json").write_text('{"data": [], "paging": {"cursors": {"before": "x", "after": "y"}}}')
    page = {"data": [{"id": "17890", "text": "me encanta este color", "timestamp": "2024-05-01T10:00:00+0000",
                      "username": "ana", "like_count": 2}]}
    (tmp_path / "page.json").write_text(json.dumps(page))
    _, good, bad = read(tmp_path)
    assert [c.comment_id for c in good] == ["17890"] and not bad


def test_a_jsonl_log_that_opens_with_an_api_error_page_is_read_by_its_later_lines(tmp_path):
    lines = [{"data": {}, "error": {"code": "rate_limit_exceeded", "message": "slow down"}},
             {"data": {"comments": [{"id": 7001, "text": "qué buen video", "video_id": 9, "create_time": 1700000000,
                                     "like_count": 1}], "cursor": 1, "has_more": False},
              "error": {"code": "ok", "message": ""}}]
    f = tmp_path / "tiktok.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    reader, good, _ = read(f)
    assert [c.comment_id for c in good] == ["7001"] and reader.stats.files[0].fmt == "tiktok"


@pytest.mark.parametrize(("suffix", "opener"), [(".gz", gzip.open), (".xz", lzma.open)])
def test_a_cut_compressed_file_keeps_its_rows_and_reports_the_cut(tmp_path, suffix, opener):
    full = tmp_path / f"full.csv{suffix}"
    body = "comment_id,text\n" + "".join(f"c{i},comentario número {i} con algo de texto distinto {i * i}\n"
                                         for i in range(3000))
    with opener(full, "wt", encoding="utf-8") as fh:
        fh.write(body)
    cut = tmp_path / f"cut.csv{suffix}"
    cut.write_bytes(full.read_bytes()[: len(full.read_bytes()) * 2 // 3])
    reader, good, bad = read(cut)
    assert len(good) > 1000 and [c.comment_id for c in good] == [f"c{i}" for i in range(len(good))]
    assert any("ends early" in e.error for e in bad)
    assert reader.stats.files[0].rows == len(good) + len(bad)


def test_a_trailing_delimiter_is_not_an_extra_field(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("id,text\n1,hola,\n2,muy bien,\n3,otra,cosa\n")
    _, good, bad = read(f)
    assert [c.text for c in good] == ["hola", "muy bien"]
    assert len(bad) == 1 and bad[0].row == 4 and "expected 2 fields, got 3" in bad[0].error


def test_instaloader_answers_point_at_the_id_their_comment_got(tmp_path):
    comments = [{"created_at": 1700000000, "text": "¿dónde lo compraste?", "owner": {"username": "ana"},
                 "answers": [{"id": "a1", "created_at": 1700000100, "text": "en la tienda del centro",
                              "owner": {"username": "creator"}}]}]
    f = tmp_path / "2024-01-01_12-00-00_UTC_comments.json"
    f.write_text(json.dumps(comments))
    _, good, bad = read(f)
    assert not bad and len(good) == 2
    parent, answer = good
    assert parent.comment_id and answer.parent_id == parent.comment_id


def test_a_date_typed_into_the_text_column_reads_as_the_day(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["comment_id", "text"])
    ws.append(["c1", datetime(2024, 10, 10)])  # "10/10" typed into Excel
    ws.append(["c2", datetime(2024, 10, 10, 18, 30)])
    ws.append(["c3", 100])
    wb.save(tmp_path / "d.xlsx")
    _, good, bad = read(tmp_path / "d.xlsx")
    assert [c.text for c in good] == ["2024-10-10", "2024-10-10T18:30:00", "100"] and not bad


def test_a_workbook_opening_with_a_cover_sheet_is_read_from_its_table_sheet(tmp_path):
    """QA: a cover or summary first sheet was refused as "no 'text' column", the other sheets unnamed."""
    openpyxl = pytest.importorskip("openpyxl")
    from analyzer.io import InputError

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Resumen"
    cover.append(["Informe de comentarios", "noviembre"])
    data = wb.create_sheet("Comentarios")
    data.append(["comment_id", "text"])
    data.append(["c1", "¿tienen talla M?"])
    wb.create_sheet("Notas").append(["nada"])
    wb.save(tmp_path / "w.xlsx")
    reader, good, bad = read(tmp_path / "w.xlsx")
    assert [c.text for c in good] == ["¿tienen talla M?"] and not bad
    notes = " ".join(n for f in reader.stats.files for n in f.notes)
    assert "read worksheet 'Comentarios' only (worksheet 'Resumen' has no 'text' column)" in notes

    data.title, data["B1"] = "Datos", "cuerpo"  # no sheet has the column: the error names every sheet
    wb.save(tmp_path / "none.xlsx")
    with pytest.raises(InputError, match=r"none of its 3 worksheets \('Resumen', 'Datos', 'Notas'\)"):
        list(DumpReader(tmp_path / "none.xlsx").comments())
