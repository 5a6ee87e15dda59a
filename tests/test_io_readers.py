"""Generic dumps (CSV / JSONL / Parquet / JSON arrays): mapping, posts, stats, ColumnMap, InputError."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analyzer.io import ColumnMap, DumpReader, InputError, read_comments, read_posts
from analyzer.io.columns import NOTES_KEY
from analyzer.io.readers import DUPLICATE_CLASH
from analyzer.records import CommentIn, RowError

FIX = Path(__file__).parent / "fixtures" / "io"
UTC = timezone.utc


def ok(items):
    return [i for i in items if isinstance(i, CommentIn)]


def errors(items):
    return [i for i in items if isinstance(i, RowError)]


def test_csv_comments_with_repeated_post_columns_and_posts_file():
    reader = DumpReader(FIX / "comments.csv", posts=FIX / "posts.csv")
    items = list(reader.comments())
    assert [c.comment_id for c in ok(items)] == ["c1", "c2", "c3", "c4", "c5", "c6"]
    c1, c2, c3, c4, c5, c6 = items
    assert c1.text == "¡Me encanta este labial! 😍 ¿Dónde lo compro?"
    assert c1.created_at == datetime(2024, 3, 2, 18, 45, 10, tzinfo=UTC)
    assert (c1.likes, c1.platform, c1.author, c1.source) == (
        12,
        "instagram",
        "maria_lopez",
        f"{FIX / 'comments.csv'}:2",
    )
    assert c2.parent_id == "c1" and c2.created_at == datetime(2024, 3, 2, 18, 50, tzinfo=UTC)  # epoch ms
    assert c4.text == "Qué bonito\ntodo, de verdad 💖"  # quoted multi-line field
    assert c4.created_at == datetime(2024, 3, 2, 19, 10, tzinfo=UTC)  # +01:00 normalised to UTC
    assert c5.created_at == datetime.fromtimestamp(1709510000, UTC)  # epoch seconds
    assert c6.text == "🔥🔥🔥"  # emoji-only comments are kept
    # author-account columns; the zero-follower account keeps its 0 (not None)
    assert c1.account.followers == 1250 and c1.account.created_at == datetime(2019, 6, 1, tzinfo=UTC)
    assert (c3.account.followers, c3.account.posts, c3.account.default_avatar) == (0, 0, True)
    assert c6.account is None
    # the posts file is authoritative; comment rows only fill what it lacks
    p1, p2 = reader.posts["p1"], reader.posts["p2"]
    assert (p1.followers, p1.likes, p1.comments, p1.fee) == (48500, 3150, 215, 1200.0)
    assert p1.url == "https://www.instagram.com/p/C4p1p1p1p1p/" and p1.sponsored is True
    assert (p2.followers, p2.sponsored, p2.views) == (0, False, 900)
    assert reader.stats.post_conflicts > 0  # rows said likes=3100, the posts file 3150
    st = reader.stats.files[0]
    assert (st.rows, st.comments, st.errors, st.encoding) == (6, 6, 0, "utf-8")


def test_post_columns_alone_build_posts_when_no_posts_file():
    reader = DumpReader(FIX / "comments.csv")
    list(reader.comments())
    p1 = reader.posts["p1"]
    assert (p1.creator, p1.followers, p1.likes, p1.comments, p1.shares, p1.saves) == (
        "lucia.beauty",
        48200,
        3100,
        210,
        45,
        120,
    )
    assert (p1.campaign, p1.fee, p1.disclosed, p1.platform) == ("spring24", 850.0, True, "instagram")
    assert reader.posts["p2"].posted_at == datetime.fromtimestamp(1709500000, UTC)
    assert reader.posts["p2"].followers == 0


def test_jsonl_unmapped_fields_go_to_extra():
    items = list(read_comments(FIX / "comments.jsonl"))
    assert [c.comment_id for c in items] == ["k1", "k2", "k3"]
    assert items[2].extra == {"lang_hint": "es"}
    assert items[1].account.followers == 0
    assert items[2].created_at == datetime(2024, 5, 1, 10, tzinfo=UTC)


def test_column_map_renames_and_case_insensitive_headers(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("ID,Body ,Usuario,Fecha,Video\n7,hola mundo,ana,2024-01-02,v9\n", encoding="utf-8")
    cols = ColumnMap.from_overrides(
        {"id": "id", "text": "body", "author": "usuario", "time": "fecha", "post": "video"}
    )
    (c,) = read_comments(f, columns=cols)
    assert (c.comment_id, c.text, c.author, c.post_id) == ("7", "hola mundo", "ana", "v9")
    assert c.created_at == datetime(2024, 1, 2, tzinfo=UTC)
    with pytest.raises(ValueError, match="unknown column field"):
        ColumnMap.from_overrides({"txt": "body"})


def test_usual_column_names_of_other_exports_are_matched_and_reported(tmp_path):
    # an export-tool CSV: "Comment", "Username", "Date", "Video ID", spaces and case as people type them
    f = tmp_path / "export.csv"
    f.write_text("Comment ID,Username,Date,Video ID,Comment,Likes\n"
                 "7,ana,2024-01-02T10:00:00Z,v9,¡Qué rico!,3\n", encoding="utf-8")
    reader = DumpReader(f)
    (c,) = list(reader.comments())
    assert (c.comment_id, c.text, c.author, c.post_id) == ("7", "¡Qué rico!", "ana", "v9")
    assert c.created_at == datetime(2024, 1, 2, 10, tzinfo=UTC)
    (note,) = reader.stats.files[0].notes  # "Comment ID" matched comment_id exactly, so it is not listed
    assert "text <- 'Comment'" in note and "author <- 'Username'" in note and "post <- 'Video ID'" in note
    assert "time <- 'Date'" in note and "'Comment ID'" not in note
    # a named column always wins over a usual name, and a stated name is never replaced by a guess
    g = tmp_path / "both.jsonl"
    g.write_text('{"text": "the text", "message": "other", "user": "u1"}\n', encoding="utf-8")
    reader = DumpReader(g)
    (c,) = list(reader.comments())
    assert (c.text, c.author, c.extra["message"]) == ("the text", "u1", "other")
    assert reader.stats.files[0].notes == [f"{g}: columns matched by their usual names: author <- 'user' "
                                           "(name others with --text-col etc.; in Python, ColumnMap(text_col=...))"]
    with pytest.raises(InputError, match="no 'cuerpo' column"):
        list(read_comments(f, columns=ColumnMap(text_col="cuerpo")))


def test_semicolon_delimited_csv_is_detected(tmp_path):
    f = tmp_path / "es.csv"
    f.write_text("comment_id;text;post_id\n1;Hola, ¿qué tal?;p\n", encoding="utf-8")
    (c,) = read_comments(f)
    assert c.text == "Hola, ¿qué tal?"


def test_tsv(tmp_path):
    f = tmp_path / "c.tsv"
    f.write_text("comment_id\ttext\n1\tuno, dos\n", encoding="utf-8")
    assert [c.text for c in read_comments(f)] == ["uno, dos"]


def test_parquet_batches_with_native_types(tmp_path, monkeypatch):
    import analyzer.io.tabular as tabular

    monkeypatch.setattr(tabular, "PARQUET_BATCH_ROWS", 128)
    f = tmp_path / "c.parquet"
    n = 1000  # several reader batches
    table = pa.table(
        {
            "comment_id": [f"q{i}" for i in range(n)],
            "text": [f"texto {i}" if i != 3 else None for i in range(n)],
            "created_at": pa.array([datetime(2024, 1, 1, tzinfo=UTC)] * n, pa.timestamp("ms", tz="UTC")),
            "followers": pa.array([0] * n, pa.int64()),
            "post_id": ["p"] * n,
        }
    )
    pq.write_table(table, f, row_group_size=300)
    items = list(read_comments(f))
    assert len(items) == n
    (err,) = errors(items)
    assert (err.row, err.error, err.comment_id) == (4, "text is null", "q3")
    good = ok(items)
    assert good[0].created_at == datetime(2024, 1, 1, tzinfo=UTC) and good[-1].comment_id == f"q{n - 1}"
    assert good[-1].source.endswith(f":{n}")


def test_json_array_of_comment_objects(tmp_path):
    f = tmp_path / "arr.json"
    f.write_text(
        json.dumps([{"comment_id": "a", "text": "uno"}, {"comment_id": "b", "text": 2}]), encoding="utf-8"
    )
    items = list(read_comments(f))
    assert items[0].text == "uno"
    assert (items[1].row, items[1].error) == (2, "text is not a string: int")


def test_json_arrays_written_one_after_another_are_all_read(tmp_path):
    """QA: pages of an API answer appended to one file ([...][...]) lost every page after the first ("trailing
    garbage; rest of file skipped"). Every array is read, records numbered on; a stray non-array value is one
    row error; a syntax error later on still stops there with what came before kept."""
    f = tmp_path / "pages.json"
    f.write_text('[{"id": "a1", "text": "hola"}, {"id": "a2", "text": "qué bonito"}]\n'
                 '[{"id": "b1", "text": "page two"}, 7]\n{"text": "stray"}\n[]', encoding="utf-8")
    reader = DumpReader(f)
    items = list(reader.comments())
    assert [(i.comment_id, i.text) for i in items if isinstance(i, CommentIn)] == [
        ("a1", "hola"), ("a2", "qué bonito"), ("b1", "page two")]
    errors = [(e.row, e.error) for e in items if isinstance(e, RowError)]
    assert errors == [(4, "JSON record is not an object: int"),
                      (5, "top-level JSON value is not an array of records: dict")]
    assert any("3 JSON arrays one after another" in n for n in reader.stats.files[0].notes)

    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": "a1", "text": "uno"}]\n[{"id": "b1", "text": "dos"}, {"text": oops}]', encoding="utf-8")
    items = list(read_comments(broken))
    assert [i.comment_id for i in items if isinstance(i, CommentIn)] == ["a1", "b1"]
    assert [(e.row, e.error.split(":")[0]) for e in items if isinstance(e, RowError)] == [
        (3, "invalid JSON after record 2")]

    single = tmp_path / "single.json"
    single.write_text('[{"id": "a1", "text": "uno"}, {"text": oops}]', encoding="utf-8")
    assert [type(i).__name__ for i in read_comments(single)] == ["CommentIn", "RowError"]


def test_gzip_compressed_jsonl(tmp_path):
    f = tmp_path / "dump.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as g:
        g.write('{"text": "comprimido ✓"}\n')
    (c,) = read_comments(f)
    assert c.text == "comprimido ✓" and c.comment_id == "dump:1"  # stem without .jsonl.gz


def test_multiple_files_keep_order_and_ids_are_unique_across_files(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.csv"
    a.write_text('{"comment_id": "1", "text": "a1"}\n{"comment_id": "2", "text": "a2"}\n', encoding="utf-8")
    b.write_text("comment_id,text\n3,b3\n2,b2 repeated id\n", encoding="utf-8")
    reader = DumpReader([a, b])
    items = list(reader.comments())
    assert [getattr(i, "text", None) for i in items[:3]] == ["a1", "a2", "b3"]
    assert isinstance(items[3], RowError) and items[3].error == DUPLICATE_CLASH
    assert (items[3].source, items[3].row, items[3].comment_id) == (str(b), 3, "2")
    assert [(s.rows, s.comments, s.errors) for s in reader.stats.files] == [(2, 2, 0), (2, 1, 1)]
    summary = reader.stats.summary()  # counts in words: "1 duplicate", "1 error" (QA: "1 posts")
    assert "2 rows, 1 ok, 1 error, 1 duplicate" in summary and "total: 4 rows, 3 comments, 1 error" in summary


def test_dedupe_can_be_switched_off(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("comment_id,text\n1,a\n1,b\n", encoding="utf-8")
    assert len(ok(DumpReader(f, dedupe=False).comments())) == 2


def test_generated_ids_are_deterministic(tmp_path):
    f = tmp_path / "noid.csv"
    f.write_text("text\nuno\ndos\n", encoding="utf-8")
    first = [c.comment_id for c in read_comments(f)]
    assert first == ["noid:2", "noid:3"] == [c.comment_id for c in read_comments(f)]
    reader = DumpReader(f)
    c = next(reader.comments())
    assert c.extra[NOTES_KEY] == ["generated comment_id"]


def test_files_of_one_name_in_several_folders_get_ids_of_their_own(tmp_path):
    """QA: a folder of daily exports (day1/comments.csv, day2/comments.csv) gave both files the ids comments:2,
    comments:3, so the second day's comments were all rejected as duplicates of the first's."""
    for day, texts in (("day1", "hola,a\nbuenas,b\n"), ("day2", "adios,c\nchao,d\n")):
        (tmp_path / "dump" / day).mkdir(parents=True)
        (tmp_path / "dump" / day / "comments.csv").write_text("text,author\n" + texts, encoding="utf-8")
    (tmp_path / "dump" / "other.csv").write_text("text\nqué tal\n", encoding="utf-8")
    items = list(DumpReader(tmp_path / "dump").comments())
    assert [(c.comment_id, c.text) for c in items] == [
        ("day1/comments:2", "hola"), ("day1/comments:3", "buenas"), ("day2/comments:2", "adios"),
        ("day2/comments:3", "chao"), ("other:2", "qué tal")]
    one = tmp_path / "dump" / "day1" / "comments.csv"  # the same file named twice: its ids, and duplicates
    items = list(DumpReader([one, one]).comments())
    assert [c.comment_id for c in items if isinstance(c, CommentIn)] == ["comments:2", "comments:3"]


def test_files_of_one_stem_in_one_folder_get_ids_of_their_own(tmp_path):
    """QA: export.csv and export.jsonl (or comments.csv and comments.csv.gz) in one folder both gave ids export:2,
    export:3..., so the second file's comments were all rejected as duplicates of the first's."""
    import gzip

    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "export.csv").write_text("text\nhola\nbuenas\n", encoding="utf-8")
    (dump / "export.jsonl").write_text('{"text":"adios"}\n{"text":"chao"}\n', encoding="utf-8")
    with gzip.open(dump / "export.csv.gz", "wt", encoding="utf-8") as f:
        f.write("text\nqué tal\n")
    reader = DumpReader(dump)
    items = list(reader.comments())
    assert all(isinstance(c, CommentIn) for c in items) and reader.stats.files[0].duplicates == 0
    assert sorted((c.comment_id, c.text) for c in items) == [
        ("export.csv.gz:2", "qué tal"), ("export.csv:2", "hola"), ("export.csv:3", "buenas"),
        ("export.jsonl:1", "adios"), ("export.jsonl:2", "chao")]
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "export.csv").write_text("text\nbye\n", encoding="utf-8")
    ids = [c.comment_id for c in DumpReader([dump / "export.csv", dump / "export.jsonl",
                                             tmp_path / "other" / "export.csv"]).comments()]
    assert ids == ["dump/export.csv:2", "dump/export.csv:3", "dump/export.jsonl:1", "dump/export.jsonl:2",
                   "other/export:2"]


def test_long_comments_are_kept_whole(tmp_path):
    long_text = "¡Qué largo! " * 12000  # 168 KB; longer than the csv module's default 131072-char field limit
    assert len(long_text) > 131072
    csv_f, jsonl_f = tmp_path / "l.csv", tmp_path / "l.jsonl"
    csv_f.write_text(f'comment_id,text\n1,"{long_text}"\n2,corto\n', encoding="utf-8")
    jsonl_f.write_text(
        json.dumps({"comment_id": "1", "text": long_text}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert [c.text for c in read_comments(csv_f)] == [long_text, "corto"]
    assert [c.text for c in read_comments(jsonl_f)] == [long_text]


def test_bad_optional_fields_keep_the_comment_with_notes(tmp_path):
    f = tmp_path / "n.csv"
    f.write_text(
        "comment_id,text,comment_likes,created_at,followers,sponsored,post_id\n"
        "1,hola,-3,mañana,\"1,5\",quizás,p\n"
        '2,adiós,"1,234",1714554000,"48,200",sí,q\n',
        encoding="utf-8",
    )
    reader = DumpReader(f)
    c1, c2 = reader.comments()
    assert c1.likes is None and c1.created_at is None
    assert c1.extra[NOTES_KEY] == [
        "bad created_at: not an ISO 8601 time or epoch: 'mañana'",
        "bad likes: negative count: -3",
        "bad post followers: not a count: '1,5'",
        "bad post sponsored: not a boolean: 'quizás'",
    ]
    assert c2.likes == 1234 and NOTES_KEY not in c2.extra
    assert (reader.posts["q"].followers, reader.posts["q"].sponsored) == (48200, True)
    assert reader.posts["p"].followers is None


def test_a_count_too_large_to_be_real_is_dropped_with_a_note(tmp_path):
    """QA: followers 2**63 overflowed the Int64 columns: the Parquet output crashed half-written and
    Summary.to_pandas() raised. A count over IO_MAX_COUNT is a broken cell: dropped with a note, the comment kept."""
    f = tmp_path / "big.csv"
    f.write_text("comment_id,text,comment_likes,post_id,followers\n"
                 "1,hola,99999999999999999999999,p,9223372036854775808\n2,adiós,12.5K,q,1000000000000000\n",
                 encoding="utf-8")
    reader = DumpReader(f)
    c1, c2 = reader.comments()
    assert c1.likes is None and reader.posts["p"].followers is None
    assert c1.extra[NOTES_KEY] == [
        "bad likes: count too large to be real: 99,999,999,999,999,999,999,999 (more than 1,000,000,000,000,000)",
        "bad post followers: count too large to be real: 9,223,372,036,854,775,808 (more than 1,000,000,000,000,000)",
    ]
    assert c2.likes == 12500 and reader.posts["q"].followers == 10**15
    assert reader.stats.files[0].with_notes == 1


def test_placeholders_are_absent_and_counts_may_carry_a_unit_or_an_approximation(tmp_path):
    """"N/A", "-", "sin datos" in a number, date or flag cell mean no value: absent, with no warning. Counts copied
    from profile pages keep their unit or approximation ("48,200 likes", "1,2 M seguidores", "~1200", "12k+");
    the text column is never a placeholder ("-" is a comment). Flags read Spanish Excel's VERDADERO / FALSO
    and check marks."""
    f = tmp_path / "sheet.csv"
    f.write_text(
        "comment_id;text;post_id;followers;fee;created_at;comment_likes;sponsored\n"
        "1;-;p1;N/A;-;sin datos;—;n/a\n"
        "2;bien;p2;1,2 M seguidores;~$1,200;#N/A;48,200 likes;-\n"
        "3;wow;p3;12k+;approx. 900;2024-03-05;~1200;no\n"
        "4;sí;p4;;;;;VERDADERO\n5;ok;p5;;;;;FALSO\n6;ya;p6;;;;;✓\n",
        encoding="utf-8",
    )
    reader = DumpReader(f)
    c1, c2, c3, *_ = reader.comments()
    posts = reader.posts
    assert c1.text == "-" and not any(c.extra for c in (c1, c2, c3)) and not reader.warnings
    assert [posts[p].sponsored for p in ("p4", "p5", "p6")] == [True, False, True]  # Spanish Excel, check marks
    assert [posts[p].followers for p in ("p1", "p2", "p3")] == [None, 1_200_000, 12_000]
    assert [posts[p].fee for p in ("p1", "p2", "p3")] == [None, 1200.0, 900.0]
    assert [posts[p].sponsored for p in ("p1", "p2", "p3")] == [None, None, False]
    assert [c.likes for c in (c1, c2, c3)] == [None, 48_200, 1_200]
    assert c1.created_at is None and c2.created_at is None


def test_spreadsheet_style_counts_fees_and_times_are_read(tmp_path):
    """What analysts' sheets hold: abbreviated follower counts ("12.5K", "1,2M", "12,5 mil"), fees written the
    Spanish or the English way with a currency mark, a date column exported as Excel serial numbers. A 0 or a
    1970 time is a placeholder: the field is dropped with a note, the comment kept."""
    f = tmp_path / "sheet.csv"
    f.write_text(
        "comment_id;text;post_id;followers;fee;created_at;comment_likes\n"
        "1;qué bonito;p1;12.5K;€1.200,50;45356.6;1,2 mil\n"
        "2;me encanta;p2;1,2M;$1,200.50;1709648520;3\n"
        "3;wow;p3;12,5 mil;1 500 MXN;0;2.5k\n"
        "4;hola;p4;3 millones;12,5;86400;7\n",
        encoding="utf-8",
    )
    reader = DumpReader(f)
    c1, c2, c3, c4 = reader.comments()
    posts = reader.posts
    assert [posts[p].followers for p in ("p1", "p2", "p3", "p4")] == [12_500, 1_200_000, 12_500, 3_000_000]
    assert [posts[p].fee for p in ("p1", "p2", "p3", "p4")] == [1200.5, 1200.5, 1500.0, 12.5]
    assert c1.created_at == datetime(2024, 3, 5, 14, 24, tzinfo=UTC)  # Excel serial 45356.6
    assert c2.created_at == datetime(2024, 3, 5, 14, 22, tzinfo=UTC)  # epoch seconds
    assert c3.created_at is None and c4.created_at is None
    assert c3.extra[NOTES_KEY] == ["bad created_at: not a plausible time: 0 is 1970-01-01 (a placeholder?)"]
    assert [c.likes for c in (c1, c2, c3, c4)] == [1200, 3, 2500, 7]


def test_day_month_year_times_are_read_only_when_their_order_is_certain(tmp_path):
    """Spanish/UK sheets write 25/03/2024, US ones 03/25/2024; 05/03/2024 could be either, and a wrong date would
    misplace the comment in bursts, so it is dropped with a note saying how to write it."""
    f = tmp_path / "dates.csv"
    f.write_text("comment_id,text,created_at\n1,a,25/03/2024 14:22\n2,b,03/25/2024\n3,c,25.03.2024\n"
                 "4,d,05/03/2024 10:00\n5,e,31/02/2024\n", encoding="utf-8")
    c1, c2, c3, c4, c5 = read_comments(f)
    assert c1.created_at == datetime(2024, 3, 25, 14, 22, tzinfo=UTC)
    assert c2.created_at == c3.created_at == datetime(2024, 3, 25, tzinfo=UTC)
    assert c4.created_at is None and c5.created_at is None
    assert c4.extra[NOTES_KEY] == ["bad created_at: ambiguous day/month order: '05/03/2024 10:00' (pass "
                                   "--date-order dmy or mdy, in Python ColumnMap(date_order=...), or write ISO "
                                   "8601: 2024-03-05 14:22)"]
    assert c5.extra[NOTES_KEY] == ["bad created_at: not a date: '31/02/2024'"]


def test_sheet_dates_with_a_12_hour_clock_or_a_two_digit_year(tmp_path):
    """US exports write "3/25/24 2:22 PM", Spanish ones "25/03/2024 12:05 a. m."; 2-digit years are 20yy after
    "/" or "." only ("24-03-05" may be year-month-day); an hour over 12 with AM/PM is not a time."""
    f = tmp_path / "clock.csv"
    f.write_text("text,created_at\na,3/25/24 2:22 PM\nb,25/03/2024 12:05 a. m.\nc,12/25/2024 12:00 AM\n"
                 "d,25.03.24\ne,24-03-05\nf,25/03/2024 13:00 PM\ng,3/26/24 11:59:59 p.m.\n", encoding="utf-8")
    got = {c.text: c for c in read_comments(f)}
    assert got["a"].created_at == datetime(2024, 3, 25, 14, 22, tzinfo=UTC)
    assert got["b"].created_at == datetime(2024, 3, 25, 0, 5, tzinfo=UTC)
    assert got["c"].created_at == datetime(2024, 12, 25, 0, 0, tzinfo=UTC)
    assert got["d"].created_at == datetime(2024, 3, 25, tzinfo=UTC)
    assert got["g"].created_at == datetime(2024, 3, 26, 23, 59, 59, tzinfo=UTC)
    assert got["e"].created_at is None
    assert got["e"].extra[NOTES_KEY][-1] == "bad created_at: not an ISO 8601 time or epoch: '24-03-05'"
    assert got["f"].created_at is None
    assert got["f"].extra[NOTES_KEY][-1] == "bad created_at: not a time: '25/03/2024 13:00 PM'"


def test_dates_with_the_month_as_a_word_and_xs_api_time(tmp_path):
    """Excel's 25-Mar-24, Spanish "25 de marzo de 2024 a las 14:22", US "Mar 25, 2024 at 2:22 PM", RFC 2822 with
    its offset, X's API time, year-first 2024/03/25, ISO basic 20240325 (text or number: as epoch seconds it
    would be 1970) and ISO with GMT or a 12-hour clock are all read (offsets to UTC); a month word neither
    language has, or 31 February, is dropped with a note."""
    rows = ["25-Mar-24", "25 de marzo de 2024 a las 14:22", "Mar 25, 2024 at 2:22 PM",
            "Mon, 25 Mar 2024 14:22:10 -0500", "Wed Oct 10 20:19:24 +0000 2018", "2024/03/25 14:22",
            "lunes, 25 de marzo de 2024, 9:05 p. m.", "3 dic. 2023", "20240325", 20240325,
            "2024-03-25 14:22:10 GMT", "2024-03-25 2:22 PM", "25 foo 2024", "31 feb 2024"]
    f = tmp_path / "worded.jsonl"
    f.write_text("".join(json.dumps({"comment_id": str(i), "text": "x", "created_at": v}) + "\n"
                         for i, v in enumerate(rows)), encoding="utf-8")
    got = [c.created_at for c in read_comments(f)]
    assert got[:8] == [datetime(2024, 3, 25, tzinfo=UTC), datetime(2024, 3, 25, 14, 22, tzinfo=UTC),
                       datetime(2024, 3, 25, 14, 22, tzinfo=UTC), datetime(2024, 3, 25, 19, 22, 10, tzinfo=UTC),
                       datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC), datetime(2024, 3, 25, 14, 22, tzinfo=UTC),
                       datetime(2024, 3, 25, 21, 5, tzinfo=UTC), datetime(2023, 12, 3, tzinfo=UTC)]
    assert got[8:12] == [datetime(2024, 3, 25, tzinfo=UTC)] * 2 + [datetime(2024, 3, 25, 14, 22, 10, tzinfo=UTC),
                                                                  datetime(2024, 3, 25, 14, 22, tzinfo=UTC)]
    assert got[12:] == [None, None]


def test_auto_date_order_is_learned_from_the_files_own_dates(tmp_path):
    """A Spanish export written 05/03/2024 ... 25/03/2024: the later 25/03 proves the file is day first, so the
    earlier ambiguous rows (comments' and posts' times) are read day first too, with a file note; the rows keep
    their input order around a malformed one. A US file is learned month first; a file with no proof keeps its
    ambiguous dates unread."""
    es = tmp_path / "es.csv"
    es.write_text("comment_id,text,created_at,post_id,posted_at\n1,a,05/03/2024 10:00,p,04/03/2024\n"
                  '2,"b,c\n3,d,06/03/2024,p,04/03/2024\n4,e,25/03/2024 08:30,q,20/03/2024\n', encoding="utf-8")
    reader = DumpReader(es)
    items = list(reader.comments())
    assert [getattr(x, "comment_id", None) or x.row for x in items] == ["1", 3, "3", "4"]
    assert isinstance(items[1], RowError) and "malformed CSV row" in items[1].error
    c1, c3, c4 = items[0], items[2], items[3]
    assert (c1.created_at, c3.created_at) == (datetime(2024, 3, 5, 10, tzinfo=UTC), datetime(2024, 3, 6, tzinfo=UTC))
    assert c4.created_at == datetime(2024, 3, 25, 8, 30, tzinfo=UTC) and not any(c.extra for c in (c1, c3, c4))
    assert reader.posts["p"].posted_at == datetime(2024, 3, 4, tzinfo=UTC)
    assert reader.stats.files[0].notes == [f"{es}: dates read day first (dd/mm/yyyy), as row 5 proves "
                                           "('25/03/2024 08:30')"]
    us = tmp_path / "us.jsonl"
    us.write_text('{"text": "a", "created_at": "05/03/2024"}\n{"text": "b", "created_at": "03/25/2024"}\n',
                  encoding="utf-8")
    assert [c.created_at.day for c in read_comments(us)] == [3, 25]
    none = tmp_path / "none.csv"
    none.write_text("text,created_at\na,05/03/2024\nb,06/03/2024\n", encoding="utf-8")
    reader = DumpReader(none)
    assert [c.created_at for c in reader.comments()] == [None, None] and reader.stats.files[0].notes == []


def test_auto_date_order_stops_at_a_contradiction_and_waits_a_bounded_window(tmp_path, monkeypatch):
    """A file whose dates prove both orders is mixed: ambiguous dates after the contradiction are not read and a
    note names both rows. Rows wait for a proof at most IO_DATE_ORDER_WINDOW items (rows without a date column
    included) or IO_DATE_ORDER_WINDOW_CHARS characters of input; the ones that gave up are kept, unread, in
    order."""
    import analyzer.io.columns as columns

    mixed = tmp_path / "mixed.csv"
    mixed.write_text("text,created_at\na,25/03/2024\nb,05/03/2024\nc,03/26/2024\nd,05/03/2024\n",
                     encoding="utf-8")
    reader = DumpReader(mixed)
    a, b, c, d = reader.comments()
    assert (a.created_at.day, b.created_at.month, c.created_at.day, d.created_at) == (25, 3, 26, None)
    assert reader.stats.files[0].notes[1] == (f"{mixed}: dates in both day/month orders (row 2: '25/03/2024', "
                                              "row 4: '03/26/2024'): ambiguous ones from row 4 on are not read; "
                                              "pass --date-order")
    monkeypatch.setattr(columns, "IO_DATE_ORDER_WINDOW", 2)
    late = tmp_path / "late.csv"
    late.write_text("text,created_at\na,05/03/2024\nb,\nc,06/03/2024\nd,25/03/2024\n", encoding="utf-8")
    got = list(read_comments(late))
    assert [x.text for x in got] == ["a", "b", "c", "d"]
    assert [x.created_at and x.created_at.day for x in got] == [None, None, 6, 25]  # a gave up; c waited for d
    # records without the date column count against the window too, and so do huge texts
    keyless = tmp_path / "keyless.jsonl"
    keyless.write_text('{"text": "a", "created_at": "05/03/2024"}\n{"text": "b"}\n{"text": "c"}\n'
                       '{"text": "d", "created_at": "25/03/2024"}\n', encoding="utf-8")
    assert next(iter(read_comments(keyless))).created_at is None  # "a" waited 2 items, not for "d"
    monkeypatch.setattr(columns, "IO_DATE_ORDER_WINDOW", 10)
    monkeypatch.setattr(columns, "IO_DATE_ORDER_WINDOW_CHARS", 1000)
    huge = tmp_path / "huge.csv"
    huge.write_text(f"text,created_at\na,05/03/2024\n{'x' * 2000},\nd,25/03/2024\n", encoding="utf-8")
    assert [c.created_at and c.created_at.day for c in read_comments(huge)] == [None, None, 25]


def test_stated_date_order_reads_the_ambiguous_dates(tmp_path):
    """ColumnMap(date_order=...) (the CLI's --date-order) settles 05/03/2024 for the whole input, posts' times
    included; a date that contradicts the stated order is dropped with a note."""
    f = tmp_path / "dates.csv"
    f.write_text("comment_id,text,created_at,post_id,posted_at\n1,a,05/03/2024 10:00,p,04/03/2024\n"
                 "2,b,25/03/2024,p,04/03/2024\n", encoding="utf-8")
    dmy = DumpReader(f, columns=ColumnMap(date_order="dmy"))
    c1, c2 = dmy.comments()
    assert c1.created_at == datetime(2024, 3, 5, 10, tzinfo=UTC) and c2.created_at == datetime(2024, 3, 25, tzinfo=UTC)
    assert dmy.posts["p"].posted_at == datetime(2024, 3, 4, tzinfo=UTC)
    m1, m2 = read_comments(f, columns=ColumnMap(date_order="mdy"))
    assert m1.created_at == datetime(2024, 5, 3, 10, tzinfo=UTC)
    assert m2.created_at is None and m2.extra[NOTES_KEY] == ["bad created_at: not a date: '25/03/2024'"]
    with pytest.raises(ValueError, match="date_order must be one of auto, dmy, mdy"):
        ColumnMap(date_order="ymd")


def test_read_posts_from_posts_table_and_comment_dump(tmp_path):
    posts = read_posts(FIX / "posts.csv")
    assert set(posts) == {"p1", "p2"} and posts["p1"].comments == 215
    from_dump = read_posts(FIX / "comments.csv")
    assert from_dump["p1"].likes == 3100 and from_dump["p2"].creator == "nuevo.creador"
    bad = tmp_path / "bad_posts.csv"
    bad.write_text("post_id,likes\n,5\nx,7\n", encoding="utf-8")
    seen: list[RowError] = []
    posts = read_posts(bad, on_error=seen.append)
    assert list(posts) == ["x"] and seen[0].error == "missing post_id ('post_id')" and seen[0].row == 2


def test_directory_input_is_expanded_recursively(tmp_path):
    d = tmp_path / "dump"
    (d / "sub").mkdir(parents=True)
    shutil.copy(FIX / "comments.jsonl", d / "sub" / "x.jsonl")
    (d / "notes.txt").write_text("ignored", encoding="utf-8")
    assert len(list(read_comments(d))) == 3


# --------------------------------------------------------------------------------------------------------
# unusable input -> InputError, raised before any row is yielded
# --------------------------------------------------------------------------------------------------------
def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found") as e:
        list(read_comments([FIX / "comments.csv", tmp_path / "nope.csv"]))
    assert e.value.path == str(tmp_path / "nope.csv")


def test_no_text_column_names_the_columns_and_the_option(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("id,nota\n1,hola\n", encoding="utf-8")
    gen = read_comments([FIX / "comments.csv", f])
    with pytest.raises(InputError, match=r"no 'text' column \(columns are: 'id', 'nota'\).*--text-col"):
        next(gen)  # fails before yielding the first file's rows
    j = tmp_path / "c.jsonl"
    j.write_text('{"nota": "x"}\n{"nota": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_comments(j))
    p = tmp_path / "c.parquet"
    pq.write_table(pa.table({"nota": ["x"]}), p)
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_comments(p))


def test_posts_file_without_post_id_column(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("creator,followers\na,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'post_id' column.*--post-col"):
        list(read_comments(FIX / "comments.csv", posts=f))


def test_unknown_formats(tmp_path):
    f = tmp_path / "c.dat"
    f.write_text("text\nhola\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the format"):
        list(read_comments(f))
    assert [c.text for c in read_comments(f, fmt="csv")] == ["hola"]  # a stated format wins
    with pytest.raises(InputError, match="unknown format"):
        list(read_comments(FIX / "comments.csv", fmt="xml"))
    with pytest.raises(InputError, match="not a readable .xlsx workbook"):
        list(read_comments(FIX / "comments.csv", fmt="xlsx"))
    j = tmp_path / "weird.json"
    j.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(InputError, match="unrecognised JSON document"):
        list(read_comments(j))
    with pytest.raises(InputError, match="unrecognised JSON document"):  # QA: fmt json read it as 0 rows, exit 0
        list(read_comments(j, fmt="json"))
    yt = tmp_path / "threads.dat"
    yt.write_text('{"kind": "youtube#commentThreadListResponse", "items": [{"kind": "youtube#commentThread", "id": "t1",'
                  ' "snippet": {"videoId": "v1", "topLevelComment": {"kind": "youtube#comment", "id": "c1", "snippet":'
                  ' {"textOriginal": "qué buen video", "authorDisplayName": "@ana", "videoId": "v1"}}}}]}',
                  encoding="utf-8")
    assert [c.text for c in read_comments(yt, fmt="json")] == ["qué buen video"]  # a platform export is JSON too
    with pytest.raises(InputError, match="empty file"):
        (tmp_path / "e.csv").write_bytes(b"")
        list(read_comments(tmp_path / "e.csv"))
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    with pytest.raises(InputError, match="holds no"):
        list(read_comments(empty_dir))


def test_unknown_stated_encoding():
    with pytest.raises(InputError, match="unknown encoding"):
        list(read_comments(FIX / "comments.csv", encoding="klingon-8"))


def test_stated_utf16_without_a_bom_and_codecs_of_no_text_file(tmp_path):
    """QA: --encoding utf-16 (or utf-32) on a file without a BOM ended in a traceback ("UTF-16 stream does not start
    with BOM"), and so did rot13, base64 and idna; utf-16 now takes the byte order the file's NULs give."""
    for codec in ("utf-16-le", "utf-16-be"):
        f = tmp_path / f"{codec}.csv"
        f.write_bytes("text\nhola\nqué tal\n".encode(codec))
        assert [c.text for c in read_comments(f, encoding="utf-16")] == ["hola", "qué tal"]
    plain = tmp_path / "plain.csv"
    plain.write_text("text\nhola\n", encoding="utf-8")
    for codec in ("rot13", "base64", "idna", "zlib"):
        with pytest.raises(InputError, match=f"'{codec}' is not an encoding text files are written in"):
            list(read_comments(plain, encoding=codec))


def test_post_and_comment_problems_are_warnings_with_file_row_and_id(tmp_path):
    posts = tmp_path / "posts.csv"
    posts.write_text(
        "post_id,creator,followers,likes,caption\n"
        "p1,chef,0,100,Pan de muerto\n"      # row 2
        ",chef,5,5,no id\n"                  # row 3: unusable
        "p2,chef,-5,abc,Sunset\n"            # row 4: two fields dropped, the post kept
        "p1,chef,1000,100,Pan de muerto\n",  # row 5: followers disagree with row 2
        encoding="utf-8",
    )
    dump = tmp_path / "comments.csv"
    dump.write_text(
        "comment_id,post_id,text,created_at,comment_likes\n"
        "c1,p1,¿cuánto tiempo al horno?,ayer por la tarde,3\n"
        "c2,p2,nice sunset,2024-01-01T00:00:00Z,-1\n",
        encoding="utf-8",
    )
    reader = DumpReader(dump, posts=posts)
    items = list(reader.comments())
    assert [i.comment_id for i in items] == ["c1", "c2"]  # a warning never costs a comment
    got = sorted((w.kind, w.source, w.row, w.id, w.detail.split(":")[0]) for w in reader.warnings)
    assert got == sorted([
        ("post_row", str(posts), 3, None, "missing post_id ('post_id')"),
        ("post_field", str(posts), 4, "p2", "bad post followers"),
        ("post_field", str(posts), 4, "p2", "bad post likes"),
        ("post_conflict", str(posts), 5, "p1", "followers 1000 ignored"),
        ("comment_field", str(dump), 2, "c1", "bad created_at"),
        ("comment_field", str(dump), 3, "c2", "bad likes"),
    ])
    conflict = next(w for w in reader.warnings if w.kind == "post_conflict")
    assert "gave 0" in conflict.detail  # says which value was kept
    assert reader.posts["p1"].followers == 0 and reader.posts["p2"].followers is None
    assert dict(reader.stats.warnings) == {"post_row": 1, "post_field": 2, "post_conflict": 1, "comment_field": 2}
    pst = reader.stats.post_files[0]
    assert (pst.rows, pst.comments, pst.errors, pst.with_notes) == (4, 3, 1, 1)
    assert "with a dropped or repaired value" in pst.line() and "warnings:" in reader.stats.summary()
    # a callback gets them instead of the list; a second pass starts afresh
    seen = []
    again = DumpReader(dump, posts=posts, on_warning=seen.append)
    list(again.comments())
    list(again.comments())
    assert again.warnings == [] and len(seen) == 12 and again.stats.warnings["post_field"] == 2
    posts_only = []
    read_posts(posts, on_warning=posts_only.append)
    assert sorted(w.kind for w in posts_only) == ["post_conflict", "post_field", "post_field", "post_row"]


def _xlsx(path, rows, extra_sheet=False):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Comentarios"
    for r in rows:
        ws.append(r)
    if extra_sheet:
        wb.create_sheet("Resumen").append(["not comments"])
    wb.save(path)
    return path


def test_xlsx_export_is_read_row_by_row_with_sheet_row_numbers(tmp_path):
    f = _xlsx(tmp_path / "export.xlsx", [
        [None],                                                              # a title-less blank first row
        ["comment_id", "post_id", "created_at", "text", "followers"],
        [17912345678, "p1", datetime(2024, 5, 1, 10, 0), "¿Qué lente usaste? 😍", 12000],
        [2, "p1", "2024-05-01T10:05:00Z", 100, 12000],                       # a number typed as the comment
        [None, None, None, None, None],                                      # blank row: skipped, not a row
        [3, "p1", None, "   ", None],                                        # empty comment: a row error
        [4, "p1", "ayer", "sígueme y te sigo", None],                        # unreadable time: kept + warning
    ], extra_sheet=True)
    reader = DumpReader(f)
    items = list(reader.comments())
    ok = [i for i in items if isinstance(i, CommentIn)]
    assert [(c.comment_id, c.text) for c in ok] == [("17912345678", "¿Qué lente usaste? 😍"), ("2", "100"),
                                                    ("4", "sígueme y te sigo")]
    assert ok[0].created_at == datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc) and ok[0].source == f"{f}:3"
    (err,) = [i for i in items if isinstance(i, RowError)]
    assert (err.row, err.error) == (6, "empty comment")
    assert [(w.row, w.id) for w in reader.warnings] == [(7, "4")]
    st = reader.stats.files[0]
    assert (st.fmt, st.rows, st.comments, st.errors) == ("xlsx", 4, 3, 1)
    assert any("'Resumen'" in n for n in st.notes) and reader.posts["p1"].followers == 12000
    # forced format for a file without the extension; legacy .xls is refused with a way out
    plain = tmp_path / "export_noext"
    shutil.copy(f, plain)
    assert len(list(read_comments(plain, fmt="xlsx"))) == 4
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match="save it as .xlsx or .csv"):
        list(read_comments(tmp_path / "old.xls"))
    nocol = _xlsx(tmp_path / "nocol.xlsx", [["id", "nota"], [1, "hola"]])
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_comments(nocol))
    posts = read_posts(_xlsx(tmp_path / "posts.xlsx", [["post_id", "followers", "caption"], ["p1", 1200, "Receta"]]))
    assert (posts["p1"].followers, posts["p1"].caption) == (1200, "Receta")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a readable .xlsx"):
        list(read_comments(broken))


def test_directory_input_reads_xlsx_and_skips_lock_and_xls_files(tmp_path):
    d = tmp_path / "dump"
    d.mkdir()
    _xlsx(d / "a.xlsx", [["text"], ["qué bonito"], ["nice"]])
    (d / "~$a.xlsx").write_bytes(b"lock")
    (d / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    assert [c.text for c in read_comments(d)] == ["qué bonito", "nice"]


def test_txt_is_one_comment_per_line(tmp_path):
    f = tmp_path / "comentarios.txt"
    f.write_bytes("¡Qué buena receta! 😍\r\n\n   \ntext\nI&#39;ve watched it twice".encode())
    reader = DumpReader(f)
    got = [(c.comment_id, c.text, c.source) for c in reader.comments()]
    # no header ("text" is a comment), blank lines are not rows, no final newline needed, CRLF stripped
    assert got == [("comentarios:1", "¡Qué buena receta! 😍", f"{f}:1"), ("comentarios:4", "text", f"{f}:4"),
                   ("comentarios:5", "I&#39;ve watched it twice", f"{f}:5")]
    st = reader.stats.files[0]
    assert (st.fmt, st.rows, st.comments, st.generated_ids, reader.warnings) == ("txt", 3, 3, 3, [])
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Me encantó la canción, ¿dónde la compro?\nBuenísimo\n".encode("cp1252"))
    assert [c.text for c in read_comments(latin)][0] == "Me encantó la canción, ¿dónde la compro?"
    with pytest.raises(InputError, match="posts need a table"):
        read_posts(f)
    # Excel's "Unicode Text" export: UTF-16, tab-separated, saved as .txt -> read as the table it is
    excel_txt = tmp_path / "export.txt"
    excel_txt.write_bytes("comment_id\ttext\tauthor\r\n1\t¡Qué bonito! 😍\tana\r\n2\tNice pic\tbob\r\n".encode("utf-16"))
    got = [(c.comment_id, c.text, c.author) for c in read_comments(excel_txt)]
    assert got == [("1", "¡Qué bonito! 😍", "ana"), ("2", "Nice pic", "bob")]
    posts_txt = tmp_path / "posts.txt"
    posts_txt.write_bytes("post_id\tfollowers\r\np1\t1200\r\n".encode("utf-16"))
    assert read_posts(posts_txt)["p1"].followers == 1200
    one_tab = tmp_path / "tabs.txt"  # a comment that merely contains a tab is still a comment
    one_tab.write_text("jaja\tque risa\nsegundo\n", encoding="utf-8")
    assert [c.text for c in read_comments(one_tab)] == ["jaja\tque risa", "segundo"]


def test_columns_named_alike_read_the_first_and_say_so(tmp_path):
    """Found by hand: `text,text` scored the second column and lost the first without a word (a dict of the row
    keeps the last value of a name). Every format with a header reads the first of columns named alike ("Text"
    and "text" match too) and says which in a file note; the rows are all accounted for."""
    header, row = ["text", "comment_id", "Text", "TEXT "], ["first", "1", "second", "third"]
    csv_file = tmp_path / "dup.csv"
    csv_file.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    exact = tmp_path / "exact.csv"  # the reported case: the same name twice
    exact.write_text("text,text\nfirst,second\n", encoding="utf-8")
    excel_txt = tmp_path / "dup.txt"  # Excel's "Unicode Text" export
    excel_txt.write_bytes(("\t".join(header) + "\r\n" + "\t".join(row) + "\r\n").encode("utf-16"))
    pq.write_table(pa.table([pa.array([v]) for v in row], names=header), tmp_path / "dup.parquet")
    jsonl = tmp_path / "dup.jsonl"  # JSON keys are unique once parsed, but may still match alike
    jsonl.write_text(json.dumps(dict(zip(header, row, strict=True))) + "\n", encoding="utf-8")
    files = [csv_file, excel_txt, tmp_path / "dup.parquet", _xlsx(tmp_path / "dup.xlsx", [header, row]), jsonl]
    for f in files:
        reader = DumpReader(f)
        (c,) = list(reader.comments())
        assert (c.comment_id, c.text, c.extra) == ("1", "first", {}), f.name
        (note,) = reader.stats.files[0].notes
        shown = "TEXT" if f.suffix == ".xlsx" else "TEXT "  # Excel headers are stripped
        assert note.startswith(f"{f}: columns named alike, the first of each is read: column 1 'text' "
                               f"(not column 3 'Text', column 4 {shown!r}); names match ignoring case"), f.name
    reader = DumpReader(exact)
    (c,) = list(reader.comments())
    assert c.text == "first" and "column 1 'text' (not column 2 'text')" in reader.stats.files[0].notes[0]
    # the alike column is never read in another's place: not as an alias, not as an unmapped extra
    aliased = tmp_path / "alias.csv"
    aliased.write_text("Comment,author,comment,Author\nfirst,ana,second,bob\n", encoding="utf-8")
    reader = DumpReader(aliased)
    (c,) = list(reader.comments())
    assert (c.text, c.author, c.extra) == ("first", "ana", {"io_notes": ["generated comment_id"]})
    assert [n.split(": ", 1)[1][:40] for n in reader.stats.files[0].notes] == [
        "columns matched by their usual names: te", "columns named alike, the first of each i"]
    # a posts file too; unique names read as before, blank header cells are not columns to report
    posts = tmp_path / "posts.csv"
    posts.write_text("post_id,followers,Followers,,\np1,100,200,,\n", encoding="utf-8")
    reader = DumpReader(exact, posts=posts)
    list(reader.comments())
    assert reader.posts["p1"].followers == 100
    assert "column 2 'followers' (not column 3 'Followers')" in reader.stats.post_files[0].notes[0]
    plain = tmp_path / "plain.csv"
    plain.write_text("text,,\nhola,,\n", encoding="utf-8")
    reader = DumpReader(plain)
    assert [c.text for c in reader.comments()] == ["hola"] and reader.stats.files[0].notes == []


def test_spanish_thousands_and_written_currencies_are_read_as_meant():
    """QA: "10.000" followers were read as 10 (tier below-nano, ER 3530%), and "$25,000 MXN" counted as US dollars
    because the leading "$" won over the code. A count has no fraction, so one dot group is thousands; the most
    precise currency mark of the cell wins; two different currencies in one cell read as neither."""
    from analyzer.io.coerce import CoerceError, parse_amount, parse_count, parse_currency

    assert [parse_count(v) for v in ("10.000", "1.000", "12.500", "10.000 seguidores", "1.234.567", "12.0",
                                     "100.000,00", "48,200.00")] == [
        10_000, 1_000, 12_500, 10_000, 1_234_567, 12, 100_000, 48_200]
    for bad in ("0.500", "1,5", "10.00.0", "100.000,50"):
        with pytest.raises(CoerceError):
            parse_count(bad)
    cases = {"$25,000 MXN": ("MXN", 25_000.0), "MX$ 25,000": ("MXN", 25_000.0), "S/ 500": ("PEN", 500.0),
             "R$ 1.200,50": ("BRL", 1200.5), "COL$ 80.000": ("COP", 80_000.0), "$300": ("$", 300.0),
             "300": (None, 300.0), "US$ 300": ("USD", 300.0)}
    assert {v: (parse_currency(v), parse_amount(v)) for v in cases} == cases
    for fn in (parse_currency, parse_amount):
        with pytest.raises(CoerceError, match="two currencies"):
            fn("€ 100 USD")


def test_xlsx_comments_that_start_with_equals_are_read_as_written(tmp_path):
    """QA: openpyxl / xlsxwriter / pandas store a text cell that starts with "=" as a formula with no cached value,
    so "=)) me encanta" came back as None: a "text is null" row error. The formula's text is the comment."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["comment_id", "text", "comment_likes"])
    for row in (["a", "=)) me encanta", 3], ["b", "==> link en bio", "=1+1"], ["c", "normal", 1]):
        ws.append(row)
    f = tmp_path / "eq.xlsx"
    wb.save(f)
    got = list(DumpReader(f).comments())
    assert [c.text for c in got] == ["=)) me encanta", "==> link en bio", "normal"]
    assert [c.likes for c in got] == [3, None, 1]  # a formula in a count column: no count, and a warning
    assert "bad likes" in " ".join(got[1].extra.get(NOTES_KEY, []))


def test_a_csv_field_over_the_limit_is_one_row_error_not_one_per_line(tmp_path):
    """QA: a quoted 6 MB multi-line comment became 400,001 row errors: after the field-limit error, each of its
    inner lines was re-read as a malformed row. The row is skipped whole; the rows around it are read."""
    from analyzer.io.tabular import CSV_FIELD_LIMIT

    f = tmp_path / "big.csv"
    inner = "hola, qué tal\n" * (CSV_FIELD_LIMIT // 14 + 10)
    f.write_text(f'comment_id,text\n1,antes\n2,"{inner}"\n3,"con ""comillas"" y\nsalto"\n4,después\n', encoding="utf-8")
    reader = DumpReader(f)
    got = list(reader.comments())
    assert [c.comment_id if isinstance(c, CommentIn) else "ERR" for c in got] == ["1", "ERR", "3", "4"]
    assert "longer than the CSV limit" in got[1].error and got[2].text == 'con "comillas" y\nsalto'
    assert (reader.stats.rows, reader.stats.files[0].errors) == (4, 1)


def test_post_names_differing_only_in_case_are_no_conflict(tmp_path):
    """QA: 60 of 105 post_conflict warnings were 'Verano 2025' vs 'VERANO 2025', one campaign to the engagement
    stage; a real difference still warns."""
    f = tmp_path / "c.csv"
    f.write_text("comment_id,text,post_id,campaign,creator\n1,hola,p1,Verano 2025,@Ana\n2,qué rico,p1,VERANO  2025,ana\n"
                 "3,wow,p1,Otoño,ana\n", encoding="utf-8")
    reader = DumpReader(f)
    list(reader.comments())
    conflicts = [w for w in reader.warnings if w.kind == "post_conflict"]
    assert len(conflicts) == 1 and "Otoño" in conflicts[0].detail
    assert reader.posts["p1"].campaign == "Verano 2025"


def test_a_fee_keeps_its_own_currency_when_post_rows_repeat(tmp_path):
    """QA: two rows of one post, "100" then "EUR 250": the first fee was kept with the second row's currency, a
    "EUR 100" no row said. The currency goes with the amount kept; the same amount may state it later."""
    f = tmp_path / "posts.csv"
    f.write_text("post_id,creator,fee\np1,ana,100\np1,ana,EUR 250\np2,ana,300\np2,ana,MXN 300\n"
                 "p3,ana,EUR 50\np3,ana,USD 50\n", encoding="utf-8")
    seen = []
    posts = read_posts(f, on_warning=seen.append)
    assert (posts["p1"].fee, posts["p1"].fee_currency) == (100.0, None)
    assert (posts["p2"].fee, posts["p2"].fee_currency) == (300.0, "MXN")
    assert (posts["p3"].fee, posts["p3"].fee_currency) == (50.0, "EUR")
    said = [w.detail for w in seen]
    assert any(d.startswith("fee 250") for d in said) and any(d.startswith("fee_currency 'USD' ignored") for d in said)


def test_xlsx_fee_currency_from_the_cells_number_format(tmp_path):
    """QA: fees typed as numbers with a currency format ("[$€-C0A]", "[$MXN]") came out without a currency, so
    euros and pesos were summed with no note. The format is read for the fee column, rows kept aligned."""
    from openpyxl import Workbook

    from analyzer.io import read_posts

    wb = Workbook()
    ws = wb.active
    ws.append(["post_id", "creator", "fee"])
    rows = [("p1", "[$€-C0A] #,##0.00", 1200.5), ("p2", "[$MXN] 0", 900), None, ("p3", '"$"#,##0', 300),
            ("p4", "General", 250), ("p5", "General", "USD 300"), ("p6", "[$-409]#,##0", 75)]
    for r in rows:
        if r is None:
            ws.append([])
            continue
        ws.append([r[0], "ana", r[2]])
        ws.cell(row=ws.max_row, column=3).number_format = r[1]
    f = tmp_path / "posts.xlsx"
    wb.save(f)
    ps = read_posts([f])
    assert {k: (v.fee, v.fee_currency) for k, v in ps.items()} == {
        "p1": (1200.5, "EUR"), "p2": (900.0, "MXN"), "p3": (300.0, "$"), "p4": (250.0, None), "p5": (300.0, "USD"),
        "p6": (75.0, None)}


def test_replies_nested_in_json_comments_are_comments_of_their_own(tmp_path):
    """Scrapers nest replies inside the comment (Apify `replies: [...]`, Facebook `comments: {data: [...]}`, YouTube
    `replies: {comments: [...]}`): each reply is read, depth first, with the comment it answers as parent_id and
    that comment's post; a reply that is not an object is an error, so nothing is dropped without a word."""
    records = [
        {"id": "c1", "text": "qué receta tan buena", "ownerUsername": "ana", "post_id": "p1",
         "replies": [{"id": "r1", "text": "¡gracias!", "ownerUsername": "chef"}, {"text": "yo también la hice"}, 5]},
        {"text": "sin id", "post_id": "p1", "platform": "facebook",
         "comments": {"data": [{"id": "fb1", "message": "respuesta", "comments": {"data": [{"message": "nivel 3"}]}}]}},
        {"id": "c3", "text": "a count, not replies", "replies": 3},
        {"id": "c4", "text": "yt", "post_id": "p2", "replies": {"comments": [{"id": "y1", "textOriginal": "hola"}]}},
    ]
    jsonl = tmp_path / "scraped.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    array = tmp_path / "scraped.json"
    array.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    for path in (jsonl, array):
        reader = DumpReader(path)
        items = list(reader.comments())
        got = [(c.comment_id, c.text, c.post_id, c.parent_id, c.author) for c in ok(items)]
        assert got == [
            ("c1", "qué receta tan buena", "p1", None, "ana"),
            ("r1", "¡gracias!", "p1", "c1", "chef"),  # Apify's ownerUsername is the author
            ("scraped:1.2", "yo también la hice", "p1", "c1", None),
            ("scraped:2", "sin id", "p1", None, None),
            ("fb1", "respuesta", "p1", "scraped:2", None),  # the generated id of the comment it answers
            ("scraped:2.2", "nivel 3", "p1", "fb1", None),
            ("c3", "a count, not replies", None, None, None),
            ("c4", "yt", "p2", None, None),
            ("y1", "hola", "p2", "c4", None),
        ]
        assert [c.platform for c in ok(items)][3:6] == ["facebook"] * 3
        assert [(e.row, e.error) for e in errors(items)] == [(1, "reply 3: a nested reply is not an object: int")]
        assert "replies" not in ok(items)[0].extra and ok(items)[6].extra["replies"] == 3
        st = reader.stats.files[0]
        assert (st.rows, st.comments, st.errors) == (10, 9, 1)
        assert any("6 replies nested inside comments" in n for n in st.notes)
    # a posts file's records are posts: nothing is read out of them
    assert set(read_posts(jsonl)) == {"p1", "p2"}
    # a replies list of plain values (texts? ids?) is not read as comments, but said; an empty Graph-API wrapper is
    # a comment's reply edge, not the post's comment count (QA: "bad post comments: not a count: dict")
    odd = tmp_path / "odd.jsonl"
    odd.write_text(json.dumps({"id": "a", "text": "hola", "replies": ["gracias!", "jaja sí"]}) + "\n"
                   + json.dumps({"id": "b", "text": "qué tal", "post_id": "p", "comments": {"data": []}}) + "\n",
                   encoding="utf-8")
    reader = DumpReader(odd)
    assert [c.comment_id for c in reader.comments()] == ["a", "b"] and not reader.warnings
    assert reader.posts["p"].comments is None
    assert any("1 comment with a replies list of plain values" in n for n in reader.stats.files[0].notes)
    # a reply repeating an id is told by its place too, in files and through the API alike
    dup = tmp_path / "dup.jsonl"
    rec = {"id": "a", "text": "hola", "post_id": "p", "replies": [{"id": "b", "text": "gracias"},
                                                                 {"id": "a", "text": "copiado"}]}
    dup.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert [(e.row, e.error) for e in errors(DumpReader(dup).comments())] == [(1, f"reply 2: {DUPLICATE_CLASH}")]


def test_a_named_column_takes_its_column_before_a_default_of_the_same_name(tmp_path):
    """`--col author_followers=Followers` on a sheet whose "Followers" is the commenter's: the creator's default
    `followers` column must not claim it first (QA: the option was ignored and said to be found in no file)."""
    f = tmp_path / "c.csv"
    f.write_text("text,Followers,post_id\nhola,12,p1\n", encoding="utf-8")
    reader = DumpReader(f, columns=ColumnMap(author_followers_col="Followers"))
    (c,) = reader.comments()
    assert c.account.followers == 12 and reader.posts["p1"].followers is None
    assert not any("found in no input file" in n for n in reader.stats.files[0].notes)
    (d,) = DumpReader(f).comments()  # without the option, the column stays the creator's
    assert d.account is None


def test_counts_that_go_up_and_down_row_to_row_are_the_rows_own_not_the_posts(tmp_path):
    """QA: a listening-tool export carries each mention's own "Likes" and its author's "Followers"; read as post
    columns, the first row's 3 likes became the post's and every other row a post_conflict warning. A count whose
    rows of one post go up and down is the rows' own: the file's posts get no such count (unknown, not wrong) and one
    note says so. A post's figure repeated while it grows during the scrape (3,100 -> 3,104, or a viral 8,000 ->
    10,500), two scrapes of one post in two files, and a --posts file's figure are the post's (first value kept)."""
    f = tmp_path / "listening.csv"
    f.write_text("Mention,Likes,Followers,post_id\nme encanta,3,120,p1\nqué bonito,0,4500,p1\ngracias!,2,38,p1\n"
                 "wow,1,800,p2\n", encoding="utf-8")
    reader = DumpReader(f, columns=ColumnMap(text_col="Mention"))
    assert len(ok(list(reader.comments()))) == 4
    assert {k: (p.likes, p.followers) for k, p in reader.posts.items()} == {"p1": (None, None), "p2": (None, None)}
    assert reader.stats.post_conflicts == 0  # one note, not a warning per row
    notes = [n for n in reader.stats.files[0].notes if "as a post's own figure does not" in n]
    assert len(notes) == 2 and any("--col likes=likes" in n for n in notes)
    assert any("--col author_followers=followers" in n and "2 posts are left unknown" in n for n in notes)
    # named as the comment's own, they are read as such and no post count is made up
    reader = DumpReader(f, columns=ColumnMap(text_col="Mention", likes_col="Likes", author_followers_col="Followers"))
    assert [(c.likes, c.account.followers) for c in reader.comments()] == [(3, 120), (0, 4500), (2, 38), (1, 800)]
    assert not any("as a post's own figure does not" in n for n in reader.stats.files[0].notes)
    # a post's own figure growing during the scrape stays the post's (first value kept, the conflicts said)
    drift = tmp_path / "drift.csv"
    drift.write_text("text,likes,followers,post_id\na,8000,48000,v\nb,8600,48000,v\nc,10500,48010,v\n"
                     "d,1200,48000,w\ne,1200,48000,w\n", encoding="utf-8")
    reader = DumpReader(drift)
    list(reader.comments())
    assert (reader.posts["v"].likes, reader.posts["v"].followers, reader.posts["w"].likes) == (8000, 48000, 1200)
    assert reader.stats.post_conflicts == 3 and not any("own figure does not" in n for n in reader.stats.files[0].notes)
    # a top-comments export lists the most-liked first: likes that only fall, steeply, are the rows' own too (QA)
    top = tmp_path / "top.csv"
    top.write_text("text,likes,post_id\na,36,p1\nb,12,p1\nc,3,p1\nd,0,p1\n", encoding="utf-8")
    reader = DumpReader(top)
    list(reader.comments())
    assert reader.posts["p1"].likes is None and reader.stats.post_conflicts == 0
    # two scrapes of one post, one file each: a conflict between files, not rows carrying their own
    day1, day2 = tmp_path / "day1.csv", tmp_path / "day2.csv"
    day1.write_text("text,likes,post_id\na,3100,p1\nb,3100,p1\n", encoding="utf-8")
    day2.write_text("text,likes,post_id\nc,4500,p1\nd,4500,p1\n", encoding="utf-8")
    reader = DumpReader([day1, day2])
    list(reader.comments())
    assert reader.posts["p1"].likes == 3100 and reader.stats.post_conflicts == 1
    # daily scrapes merged into one file and sorted by comment time go up and down between a few repeated figures:
    # the post's, growing; the largest (the latest) is kept and said once per count, and the other posts of the
    # file keep theirs (QA: merged scrapes were read as each row's own, leaving the post's likes unknown)
    merged = tmp_path / "merged.csv"
    merged.write_text("comment_id,text,likes,comments,post_id\na,uno,3100,40,p1\na,uno,4500,52,p1\nb,dos,3100,40,p1\n"
                      "b,dos,4500,52,p1\nc,tres,4500,52,p1\nx,otro,800,5,p2\nx,otro,800,5,p2\n", encoding="utf-8")
    for live in (False, True):
        reader = DumpReader(merged)
        it = reader.comments()
        if live:  # a live view of the posts taken mid-file (the CLI's --stream) does not lose the figures
            next(it), next(it), next(it), next(it)
            assert reader._collector.posts()["p1"].likes is None
        list(it)
        assert {k: (p.likes, p.comments) for k, p in reader.posts.items()} == {"p1": (4500, 52), "p2": (800, 5)}
        assert [w.detail for w in reader.warnings] == [
            "likes: its comment rows give 2 figures (3,100; 4,500), as scrapes of a growing post merged into one "
            "file do: 4,500 kept (the largest, the latest)",
            "comments: its comment rows give 2 figures (40; 52), as scrapes of a growing post merged into one file "
            "do: 52 kept (the largest, the latest)"]
        assert not any("own figure does not" in n for n in reader.stats.files[0].notes)
    # a first row's 0 is a scraper's placeholder, not the post's figure (QA: 0 likes was kept over 3,100); a posts
    # file's 0 stands
    zero = tmp_path / "zero.csv"
    zero.write_text("text,likes,post_id\na,0,p1\nb,3100,p1\nc,3100,p1\n", encoding="utf-8")
    reader = DumpReader(zero)
    list(reader.comments())
    assert reader.posts["p1"].likes == 3100 and not reader.warnings
    zero_posts = tmp_path / "zero_posts.csv"
    zero_posts.write_text("post_id,likes\np1,0\n", encoding="utf-8")
    reader = DumpReader(zero, posts=zero_posts)
    list(reader.comments())
    assert reader.posts["p1"].likes == 0 and reader.stats.post_conflicts == 1
    # rows' own small counts repeat too, but spread wide (0 to 3) or take many values: still the rows' own
    likes = tmp_path / "comment_likes.csv"
    likes.write_text("text,likes,post_id\n" + "".join(f"c{i},{v},p1\n" for i, v in enumerate([0, 3, 0, 1, 0, 3, 1])),
                     encoding="utf-8")
    reader = DumpReader(likes)
    list(reader.comments())
    assert reader.posts["p1"].likes is None and not reader.warnings
    # a posts file's figure is authoritative: rows that carry their own do not unset it
    posts = tmp_path / "posts.csv"
    posts.write_text("post_id,likes\np1,900\n", encoding="utf-8")
    reader = DumpReader(f, posts=posts, columns=ColumnMap(text_col="Mention"))
    list(reader.comments())
    assert reader.posts["p1"].likes == 900 and reader.posts["p2"].likes is None
    assert reader.stats.post_conflicts == 0  # the rows' own likes are no conflict with the posts file's (QA: 113)
    assert any("the post likes it gave for 1 post is left unknown" in n for n in reader.stats.files[-1].notes)
    # following the note's advice: the dump's column is the comment's, and the posts file keeps its own "likes"
    reader = DumpReader(f, posts=posts, columns=ColumnMap(text_col="Mention", likes_col="Likes"))
    assert [c.likes for c in reader.comments()] == [3, 0, 2, 1]
    assert reader.posts["p1"].likes == 900 and read_posts(posts, columns=ColumnMap(likes_col="likes"))["p1"].likes == 900


def test_a_report_preamble_above_the_table_is_skipped_and_said(tmp_path):
    """QA: listening and scheduling tools write a title, the query and the date range above the table; the file was
    refused for lacking a text column. The header is the first line (of the first 30) that has it."""
    f = tmp_path / "export.csv"
    f.write_text('Brandwatch export\nQuery: "verano 2025"\n\nDate,Author,Full Text,post_id\n'
                 '2025-06-02,ana,"me encanta, ¿dónde lo compro?",p1\n2025-06-03,bob,nice,p1\n', encoding="utf-8")
    reader = DumpReader(f)
    items = list(reader.comments())
    assert [(c.comment_id, c.author, c.text) for c in items] == [
        ("export:5", "ana", "me encanta, ¿dónde lo compro?"), ("export:6", "bob", "nice")]  # rows keep their lines
    assert any("header is line 4; the 3 lines above it" in n for n in reader.stats.files[0].notes)
    posts = tmp_path / "posts.csv"
    posts.write_text("Campaign report,,\n,,\npost_id,followers,likes\np1,12000,340\n", encoding="utf-8")
    assert read_posts(posts)["p1"].followers == 12000
    from openpyxl import Workbook

    wb = Workbook()
    for row in (["Sprout Social: Inbox"], [], ["Message", "Network", "post_id"], ["hola qué tal", "Instagram", "p1"]):
        wb.active.append(row)
    wb.save(tmp_path / "inbox.xlsx")
    reader = DumpReader(tmp_path / "inbox.xlsx")
    assert [(c.comment_id, c.text) for c in reader.comments()] == [("inbox:4", "hola qué tal")]
    assert any("header is row 3" in n for n in reader.stats.files[0].notes)
    # a data row whose cell reads "comment" is no header: the table's own first line stands above it (QA)
    tricky = tmp_path / "tricky.csv"
    tricky.write_text("Date,Type,Mention Content,Author,Likes\n2024-03-25,comment,Me encanta,ana,12\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_comments(tricky))
    # no line has the text column: the error names the first line's columns, as before
    bad = tmp_path / "bad.csv"
    bad.write_text("Report\nfoo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_comments(bad))


def test_times_written_without_a_zone_are_read_in_the_stated_one(tmp_path):
    """QA: a Mexican brand's spreadsheet writes local times ("2024-03-01 18:45"), read as UTC: bursts against the
    post's time and the report's hours were 6 hours off. ColumnMap(time_zone=...) / --time-zone reads them in that
    zone (daylight saving included); times with an offset and epochs are read as written."""
    f = tmp_path / "c.csv"
    f.write_text("text,created_at,post_id,posted_at\nhola,2024-03-01 18:45,p1,01/03/2024 18:00\n"
                 "yo,2024-03-01T18:45:00Z,p1,01/03/2024 18:00\nx,1709318700,p1,01/03/2024 18:00\n"
                 "verano,2024-07-01 18:45,p1,01/03/2024 18:00\n", encoding="utf-8")
    reader = DumpReader(f, columns=ColumnMap(time_zone="America/Mexico_City", date_order="dmy"))
    got = [c.created_at for c in reader.comments()]
    assert got == [datetime(2024, 3, 2, 0, 45, tzinfo=UTC), datetime(2024, 3, 1, 18, 45, tzinfo=UTC),
                   datetime(2024, 3, 1, 18, 45, tzinfo=UTC), datetime(2024, 7, 2, 0, 45, tzinfo=UTC)]
    assert reader.posts["p1"].posted_at == datetime(2024, 3, 2, 0, 0, tzinfo=UTC)  # learned order, same zone
    madrid = [c.created_at for c in read_comments(f, columns=ColumnMap(time_zone="Europe/Madrid"))]
    assert madrid[0] == datetime(2024, 3, 1, 17, 45, tzinfo=UTC) and madrid[3] == datetime(2024, 7, 1, 16, 45, tzinfo=UTC)
    assert [c.created_at for c in read_comments(f)][0] == datetime(2024, 3, 1, 18, 45, tzinfo=UTC)  # default UTC
    with pytest.raises(ValueError, match="unknown time zone 'Mexico'"):
        ColumnMap(time_zone="Mexico")
    # QA: Excel serial days and yyyymmdd dates carry no zone either, but were read as UTC: one column 6 hours
    # skewed against itself
    g = tmp_path / "serial.csv"
    g.write_text("text,created_at\na,2024-03-05 14:24\nb,45356.6\nc,20240305\nd,2024-03-05\n", encoding="utf-8")
    got = [c.created_at for c in read_comments(g, columns=ColumnMap(time_zone="America/Mexico_City"))]
    assert got == [datetime(2024, 3, 5, 20, 24, tzinfo=UTC)] * 2 + [datetime(2024, 3, 5, 6, 0, tzinfo=UTC)] * 2


def test_comments_that_repeat_their_posts_caption_or_shortcode_are_not_instagram_media(tmp_path):
    """QA: a comment dump with `id` and its post's `caption` (or Apify's `shortcode`, Reddit's `permalink`) was
    sniffed as Instagram Graph media: 0 comments, exit 0. Records with a comment's text are comments."""
    recs = [{"id": "c1", "text": "me encanta", "caption": "Receta de tortilla", "shortcode": "C4x", "post_id": "p1"},
            {"id": "c2", "body": "great blend", "permalink": "/r/x/c2", "post_id": "p1"}]
    for i, rec in enumerate(recs):
        f = tmp_path / f"d{i}.json"
        f.write_text(json.dumps([rec]), encoding="utf-8")
        reader = DumpReader(f)
        assert [c.comment_id for c in reader.comments()] == [rec["id"]] and reader.stats.files[0].fmt == "json"
    media = tmp_path / "media.json"  # a media object (no text) is still Instagram's
    media.write_text(json.dumps({"id": "m1", "caption": "hola", "media_type": "IMAGE", "comments": {"data": [
        {"id": "k1", "text": "qué bonito", "username": "ana", "timestamp": "2024-03-01T10:00:00+0000"}]}}),
        encoding="utf-8")
    reader = DumpReader(media)
    assert [c.comment_id for c in reader.comments()] == ["k1"] and reader.stats.files[0].fmt == "instagram"


def test_an_author_given_as_an_object_is_the_comments_author(tmp_path):
    """QA: Facebook Graph comments name their author as `from: {name, id}`; read as a column it was nothing, so the
    page's own replies could not be told. The object's name and id are the author and author_id (also a scraper's
    `user` / `author` / `owner` object); a record's own author column stays as it is."""
    recs = [{"id": "1_1", "message": "¿hacen envíos a Cali?", "from": {"name": "Laura Gómez", "id": "5551"},
             "comments": {"data": [{"id": "1_2", "message": "¡Sí! 2 días", "from": {"name": "Tienda Sol", "id": "99"}}]}},
            {"id": "t1", "text": "great", "user": {"screen_name": "bob_k", "id_str": "42"}},
            {"id": "t2", "text": "ok", "author": "carla", "owner": {"username": "other", "id": "7"}}]
    f = tmp_path / "fb.json"
    f.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    got = [(c.comment_id, c.author, c.author_id, c.parent_id) for c in DumpReader(f).comments()]
    assert got == [("1_1", "Laura Gómez", "5551", None), ("1_2", "Tienda Sol", "99", "1_1"), ("t1", "bob_k", "42", None),
                   ("t2", "carla", None, None)]  # its own author: the object (another name) is not it


def test_an_impossible_date_proves_no_day_month_order(tmp_path):
    """QA: "31/02/2025" was taken as proof that the file writes day first (and then reported as not a date), so
    05/03/2025 was read as 5 March. A date that no order can read proves nothing."""
    f = tmp_path / "d.csv"
    f.write_text("text,created_at\nqué rico,05/03/2025 10:00\nprecio?,31/02/2025 12:00\n", encoding="utf-8")
    reader = DumpReader(f)
    assert [c.created_at for c in reader.comments()] == [None, None]
    assert not any("as row" in n and "proves" in n for n in reader.stats.files[0].notes)
    f.write_text("text,created_at\nqué rico,05/03/2025 10:00\nprecio?,25/03/2025 12:00\n", encoding="utf-8")
    assert [c.created_at.day for c in read_comments(f)] == [5, 25]  # a real proof still settles the order


def test_named_post_columns_fall_back_to_a_posts_files_own_names_and_files_do_not_depend_on_order(tmp_path):
    """QA: `--col followers=Seguidores` (the comment rows' column) made the posts file's own `followers` and `likes`
    unread; a first file carrying per-mention likes hid a second file's real figure, and the result depended on the
    files' order. A filter line naming itself ("Redes:,Instagram,TikTok,X,YouTube") is preamble however wide;
    TikTok's `reply_comment` list, `aweme_id` and `user.uid` are read."""
    comments, posts = tmp_path / "c.csv", tmp_path / "p.csv"
    comments.write_text("comment_id,post_id,text,Seguidores,Me gusta\nc1,p1,hola,50000,3100\n", encoding="utf-8")
    posts.write_text("post_id,creator,followers,likes\np1,ana,51000,3150\n", encoding="utf-8")
    reader = DumpReader(comments, posts=posts, columns=ColumnMap(followers_col="Seguidores", post_likes_col="Me gusta"))
    list(reader.comments())
    assert (reader.posts["p1"].followers, reader.posts["p1"].likes) == (51000, 3150)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("text,likes,post_id\nx,12,p1\ny,3,p1\nz,40,p1\n", encoding="utf-8")
    b.write_text("text,likes,post_id\nw,3100,p1\nv,3100,p1\n", encoding="utf-8")
    for files in ([a, b], [b, a]):
        reader = DumpReader(files)
        list(reader.comments())
        assert reader.posts["p1"].likes == 3100 and not reader.warnings, files
    wide = tmp_path / "wide.csv"
    wide.write_text("Informe:,Menciones Marca X\nRedes:,Instagram,TikTok,X,YouTube,Facebook\n"
                    "id,comentario,autor,post_id\nr1,me encanta,u1,p1\n", encoding="utf-8")
    assert [c.text for c in read_comments(wide)] == ["me encanta"]
    tt = tmp_path / "tt.jsonl"
    tt.write_text(json.dumps({"cid": "7301", "text": "¡qué paso!", "aweme_id": "v1",
                              "user": {"unique_id": "sofi", "uid": "6801"},
                              "reply_comment": [{"cid": "7302", "text": "gracias", "user": {"unique_id": "caro"}}]})
                  + "\n", encoding="utf-8")
    got = [(c.comment_id, c.author, c.author_id, c.post_id, c.parent_id) for c in read_comments(tt)]
    assert got == [("7301", "sofi", "6801", "v1", None), ("7302", "caro", None, "v1", "7301")]


def test_a_file_named_json_that_is_not_json_says_so(tmp_path):
    """QA: --input-format json on a CSV said "unrecognised JSON document (top-level keys: )"."""
    table = tmp_path / "x.csv"
    table.write_text("text\nhola\n", encoding="utf-8")
    with pytest.raises(InputError, match="is not JSON \\(it starts 'text'\\); the format asked for is json"):
        list(read_comments(table, fmt="json"))
    named = tmp_path / "y.json"
    named.write_text("hola\n", encoding="utf-8")
    with pytest.raises(InputError, match="is not JSON"):
        list(read_comments(named))
