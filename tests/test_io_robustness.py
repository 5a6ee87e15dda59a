"""Deliberately broken inputs: every bad row is reported and reading goes on (count in = count out + errors)."""

from __future__ import annotations

import json
from pathlib import Path

from analyzer.io import DumpReader, read_comments
from analyzer.io.readers import DUPLICATE_CLASH
from analyzer.io.tabular import MAX_LINE_CHARS
from analyzer.records import CommentIn, RowError

FIX = Path(__file__).parent / "fixtures" / "io"


def split(items):
    items = list(items)
    good = [i for i in items if isinstance(i, CommentIn)]
    bad = [i for i in items if isinstance(i, RowError)]
    assert len(good) + len(bad) == len(items)
    return good, bad


def test_broken_csv_every_row_accounted_for():
    # 12 logical rows (the all-blank ",,," line is not a row): 6 usable, 6 reported
    reader = DumpReader(FIX / "broken.csv")
    items = list(reader.comments())
    good, bad = split(items)
    st = reader.stats.files[0]
    assert (st.rows, st.comments, st.errors, st.duplicates, st.generated_ids) == (12, 6, 6, 1, 1)
    assert st.rows == len(good) + len(bad) == 12
    assert [c.comment_id for c in good] == ["b1", "b3", "b4", "broken:7", "b11", "b12"]
    assert [(e.row, e.error, e.comment_id) for e in bad] == [
        (3, "malformed CSV row: ',' expected after '\"'", None),
        (6, "empty comment", "b5"),
        (8, DUPLICATE_CLASH, "b1"),  # another text under b1
        (9, "empty comment", "b8"),
        (10, "malformed CSV row: expected 4 fields, got 5", None),
        (11, "malformed CSV row: expected 4 fields, got 2", None),
    ]
    assert bad[0].raw == 'b2,"Comilla sin cerrar, y sigue,pepe,p1'  # only the line to blame
    assert bad[0].source == str(FIX / "broken.csv")


def test_csv_lines_swallowed_by_a_stray_quote_are_recovered():
    good, _ = split(read_comments(FIX / "broken.csv"))
    by_id = {c.comment_id: c for c in good}
    assert by_id["b3"].text == "Este se recupera" and by_id["b3"].source.endswith(":4")
    assert by_id["b4"].text == 'Bien "citado", sí'
    assert by_id["b11"].text == "Multi\nlínea válida"  # a legitimate multi-line field is untouched


def test_unclosed_quote_at_end_of_file(tmp_path):
    f = tmp_path / "eof.csv"
    f.write_text('comment_id,text\n1,ok\n2,"never closed\n3,after\n4,also after\n', encoding="utf-8")
    good, bad = split(read_comments(f))
    assert [c.comment_id for c in good] == ["1", "3", "4"]
    assert [(e.row, e.error) for e in bad] == [(3, "malformed CSV row: unexpected end of data")]


def test_json_errors_read_as_sentences(tmp_path):
    """QA: "Unterminated string starting at at column 27"."""
    f = tmp_path / "b.jsonl"
    f.write_text('{"comment_id": "1", "text": "ok"}\n{"comment_id": "2", "text": "hola}\n', encoding="utf-8")
    (err,) = [e for e in read_comments(f) if not isinstance(e, CommentIn)]
    assert err.error == "invalid JSON: Unterminated string starting at column 29"


def test_broken_jsonl_every_row_accounted_for():
    reader = DumpReader(FIX / "broken.jsonl")
    good, bad = split(list(reader.comments()))
    st = reader.stats.files[0]
    assert (st.rows, st.comments, st.errors) == (13, 4, 9)  # 14 lines, one blank
    assert [c.comment_id for c in good] == ["j1", "broken:9", "j11", "13"]
    assert [(e.row, e.error, e.comment_id) for e in bad] == [
        (2, "invalid JSON: Expecting ',' delimiter at column 61", None),
        (3, "JSON line is not an object: list", None),
        (4, "text is not a string: int", "j4"),
        (5, "text is null", "j5"),
        (6, "text is null", "j6"),  # NaN: absent, as in a DataFrame
        (7, "missing text field 'text'", "j7"),
        (8, "empty comment", "j8"),
        (10, DUPLICATE_CLASH, "j1"),
        (12, "bad comment_id: not an identifier: dict", None),
    ]
    assert bad[3].raw == '{"comment_id": "j5", "text": null}'
    j11 = good[2]
    assert j11.likes is None and j11.created_at is None and len(j11.extra["io_notes"]) == 2


def test_overlong_jsonl_line_is_reported_not_loaded(tmp_path, monkeypatch):
    import analyzer.io.tabular as tabular

    monkeypatch.setattr(tabular, "MAX_LINE_CHARS", 1000)
    f = tmp_path / "long.jsonl"
    huge = json.dumps({"comment_id": "big", "text": "x" * 5000})
    f.write_text(
        '{"comment_id": "a", "text": "antes"}\n' + huge + '\n{"comment_id": "b", "text": "después"}\n'
    )
    good, bad = split(read_comments(f))
    assert [c.text for c in good] == ["antes", "después"]
    assert (bad[0].row, bad[0].error) == (2, "line longer than 1000 characters")
    assert MAX_LINE_CHARS >= 1_000_000  # the production limit leaves room for very long comments


def test_truncated_json_array_reports_the_break_and_stops(tmp_path):
    f = tmp_path / "cut.json"
    f.write_text(
        '[{"comment_id": "1", "text": "uno"}, {"comment_id": "2", "text": "dos"}, {"comment_id": "3", "te'
    )
    reader = DumpReader(f)
    good, bad = split(list(reader.comments()))
    assert [c.comment_id for c in good] == ["1", "2"]
    assert bad[0].row == 3 and bad[0].error.startswith("invalid JSON after record 2:")
    assert reader.stats.files[0].rows == 3


def test_a_json_array_with_nan_loses_no_record(tmp_path, monkeypatch):
    """QA: Python's json.dumps writes NaN and Infinity; the streaming parser refused them, so every record from the
    first NaN on was lost as one "invalid JSON" error (the JSONL reader already read them as no value)."""
    rows = [{"comment_id": "1", "text": "hola", "followers": float("nan")}, {"comment_id": "2", "text": "adiós"},
            {"comment_id": "3", "text": "tres", "likes": float("inf")}, 4]
    f = tmp_path / "nan.json"
    f.write_text(json.dumps(rows), encoding="utf-8")
    reader = DumpReader(f)
    good, bad = split(list(reader.comments()))
    assert [c.comment_id for c in good] == ["1", "2", "3"] and good[2].likes is None
    assert [(e.row, e.error) for e in bad] == [(4, "JSON record is not an object: int")]
    assert any("NaN / Infinity values" in n for n in reader.stats.files[0].notes)
    monkeypatch.setattr("analyzer.io.tabular.IO_JSON_FALLBACK_BYTES", 10)  # too big to re-read: the error stands
    good, bad = split(list(DumpReader(f).comments()))
    assert good == [] and bad[0].error.startswith("invalid JSON after record 0:")


def test_truncated_platform_export_reports_the_break(tmp_path):
    text = (FIX / "tiktok_comments.json").read_text(encoding="utf-8")
    cut = text[: text.index('"Recipe in English')]
    f = tmp_path / "tiktok_cut.json"
    f.write_text(cut, encoding="utf-8")
    good, bad = split(read_comments(f))
    assert len(good) == 2
    assert bad[0].error.startswith("invalid JSON after comment 2:") and bad[0].row == 3


def test_wrong_types_in_platform_records(tmp_path):
    doc = json.loads((FIX / "tiktok_comments.json").read_text(encoding="utf-8"))
    doc["data"]["comments"][0]["text"] = None
    doc["data"]["comments"][1]["text"] = 42
    doc["data"]["comments"][2].pop("text")
    doc["data"]["comments"].append("not an object")
    doc["data"]["comments"].append({"text": "sin id 🙃", "video_id": 1, "like_count": "many"})
    f = tmp_path / "tt.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    reader = DumpReader(f)
    good, bad = split(list(reader.comments()))
    assert [e.error for e in bad] == [
        "text is null",
        "text is not a string: int",
        "missing text field 'text'",
        "comment is not an object: str",
    ]
    (c,) = good
    assert c.comment_id == "tt:5" and c.likes is None
    assert c.extra["io_notes"] == ["generated comment_id", "bad likes: not a count: 'many'"]
    st = reader.stats.files[0]
    assert st.rows == 5 == st.comments + st.errors


def test_nul_bytes_and_crlf_in_csv(tmp_path):
    f = tmp_path / "w.csv"
    f.write_bytes(b'comment_id,text\r\n1,con\x00nulo\r\n2,"dos\r\nl\xc3\xadneas"\r\n')
    good, bad = split(read_comments(f))
    assert [c.text for c in good] == ["con\ufffdnulo", "dos\r\nlíneas"] and not bad  # NUL: no database takes it


def test_a_bare_carriage_return_inside_an_unquoted_csv_field_stays_in_its_row(tmp_path):
    # a stray "\r" (a comment pasted from an old editor) ended the record: both halves became row errors
    for sep, name in ((",", "cr.csv"), ("\t", "cr.tsv")):
        for eol in ("\n", "\r\n"):
            f = tmp_path / name
            rows = ["id", "text", "author"], ["1", "hola", "ana"], ["2", "primera\rsegunda", "bob"], ["3", "x", "y", "z"]
            f.write_bytes(eol.join(sep.join(r) for r in rows).encode() + eol.encode())
            good, bad = split(read_comments(f))
            assert [(c.comment_id, c.text) for c in good] == [("1", "hola"), ("2", "primera\rsegunda")]
            # the "\r" still counts as a line, as editors number them: the broken row is line 5
            assert [(e.row, e.raw) for e in bad] == [(5, sep.join(rows[3]))]


def test_a_classic_mac_csv_whose_lines_end_in_carriage_returns_is_read_as_lines(tmp_path):
    f = tmp_path / "mac.csv"
    f.write_bytes(b'id,text\r1,hola\r2,"dos\rlineas"\r3,adios\r')
    good, bad = split(read_comments(f))
    assert [(c.comment_id, c.text) for c in good] == [("1", "hola"), ("2", "dos\rlineas"), ("3", "adios")]
    assert bad == []


def test_text_longer_than_any_comment_is_a_row_error_in_every_format(tmp_path):
    """A 1.5-million-character "comment" (a pasted document, a broken export) is reported per row, in tables
    and JSONL alike; the rows around it are read (a text at the limit is still scored: sentiment truncates)."""
    from analyzer.config import IO_MAX_COMMENT_CHARS

    long_text = "muy largo " * 150_000
    assert len(long_text) > IO_MAX_COMMENT_CHARS
    rows = [{"comment_id": "a", "text": "antes"}, {"comment_id": "big", "text": long_text},
            {"comment_id": "b", "text": "x" * IO_MAX_COMMENT_CHARS}]  # at the limit: still a comment
    jl = tmp_path / "long.jsonl"
    jl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    csv_file = tmp_path / "long.csv"
    csv_file.write_text("comment_id,text\n" + "".join(f"{r['comment_id']},{r['text']}\n" for r in rows),
                        encoding="utf-8")
    for f, line in ((jl, 2), (csv_file, 3)):  # the line the long text is on (the CSV header is line 1)
        good, bad = split(read_comments(f))
        assert [c.comment_id for c in good] == ["a", "b"], f.name
        assert [(e.row, e.comment_id) for e in bad] == [(line, "big")], f.name
        assert bad[0].error.startswith("text too long: 1,500,000 characters"), f.name


def test_a_jsonl_file_whose_first_line_is_broken_or_not_an_object_loses_only_that_line(tmp_path):
    """QA: a .jsonl whose first line was broken was refused as an "unrecognised JSON document", and one whose first
    line was an array was read as one JSON array (every line an error); a pretty-printed array named .jsonl is
    still read as the array it is."""
    good_lines = '{"id": "2", "text": "adiós"}\n{"id": "3", "text": "tres"}\n'
    for first, error in (('{"id": "1", "text": "hola"', "invalid JSON: Expecting ',' delimiter at column 27"),
                         ("[1, 2]", "JSON line is not an object: list")):
        f = tmp_path / "d.jsonl"
        f.write_text(first + "\n" + good_lines, encoding="utf-8")
        good, bad = split(read_comments(f))
        assert [c.comment_id for c in good] == ["2", "3"] and [(e.row, e.error) for e in bad] == [(1, error)]
    pretty = tmp_path / "pretty.jsonl"
    pretty.write_text('[\n{"id": "2", "text": "adiós"},\n{"id": "3", "text": "tres"}\n]\n', encoding="utf-8")
    good, bad = split(read_comments(pretty))
    assert [c.comment_id for c in good] == ["2", "3"] and bad == []


def test_jsonl_whose_first_record_is_longer_than_the_sniffed_head(tmp_path):
    """Found by hand: a .jsonl whose first line was longer than the 256 KiB format sniff was refused as an
    'unrecognised JSON document'. The extension says JSONL, so the first record is described from its start."""
    f = tmp_path / "first-huge.jsonl"
    f.write_text(json.dumps({"comment_id": "big", "text": "ja" * 600_000}) + "\n"
                 + json.dumps({"comment_id": "ok", "text": "bien"}) + "\n", encoding="utf-8")
    good, bad = split(read_comments(f))
    assert [c.text for c in good] == ["bien"]
    assert [(e.row, e.comment_id) for e in bad] == [(1, "big")] and "too long" in bad[0].error


def test_invisible_only_comments_are_empty_in_every_way_in(tmp_path):
    """Found by hand: a comment of zero-width characters only ("\\u200b", a BOM, "\\u200b\\u200d") was scored as
    a neutral comment while "\\u00a0" was an "empty comment" row error. Format characters (Unicode Cf) show
    nothing, so such text is empty too; emoji, with their modifiers, variation selectors and ZWJ joins, are
    comments."""
    from analyzer.pipeline import _as_inputs

    invisible = ["\u200b", "\ufeff", "\u200b\u200d", " \u2060\u200e\u200f\u00ad ", "\u00a0", "\u3000"]
    visible = ["❤️", "👍🏽", "👨\u200d👩\u200d👧", "\u200bhola", "\u202bشكرا\u202c"]
    f = tmp_path / "invisible.jsonl"
    f.write_text("".join(json.dumps({"comment_id": str(i), "text": t}) + "\n"
                         for i, t in enumerate(invisible + visible)), encoding="utf-8")
    good, bad = split(read_comments(f))
    assert [c.text for c in good] == visible
    assert [(e.comment_id, e.error) for e in bad] == [(str(i), "empty comment") for i in range(len(invisible))]
    # the Python API (Analyzer.score_comments / score_stream) checks its strings with the same rule
    good, bad = split(_as_inputs(invisible + visible))
    assert [c.text for c in good] == visible and {e.error for e in bad} == {"empty comment"}
    assert [e.row for e in bad] == list(range(1, len(invisible) + 1))
