"""The whole pipeline through the Python API and the CLI, with the shipped models on real-looking input."""

from __future__ import annotations

import json
import math
from contextlib import nullcontext
from pathlib import Path
from unittest.mock import patch

import pytest

from analyzer.config import AUTHENTICITY_LABELS, LANGUAGES, SENTIMENT_LABELS, models_dir
from analyzer.io.readers import DUPLICATE_CLASH, DUPLICATE_SAME
from analyzer.records import CommentIn, PostIn, RowError

HAVE_MODELS = (models_dir() / "sentiment" / "sentiment_config.json").exists() and any(
    (models_dir() / "authenticity").glob("*")
)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not HAVE_MODELS, reason="shipped models missing")]

DEMO = Path(__file__).resolve().parents[1] / "datasets" / "demo"

RECORDS = [
    {"comment_id": "c1", "text": "¿La receta lleva comino o solo orégano? Me quedó riquísima 😍", "author": "ana",
     "post_id": "p1", "created_at": "2025-06-01T10:00:00Z"},
    {"comment_id": "c2", "text": "This is the worst tutorial, the link is broken and the audio is awful", "author": "bob",
     "post_id": "p1", "created_at": "2025-06-01T10:05:00Z"},
    {"comment_id": "c3", "text": "💰 I invested $500 with @mrs_trades and got $6,800 in a week DM her now", "author": "x1",
     "post_id": "p1", "created_at": "2025-06-01T10:06:00Z"},
    {"comment_id": "c4", "text": "😍😍😍", "author": "cami", "post_id": "p1", "created_at": "2025-06-01T10:07:00Z"},
    {"comment_id": "c5", "text": None, "author": "nul", "post_id": "p1"},                 # null
    {"comment_id": "c6", "text": "   ", "author": "blank", "post_id": "p1"},            # empty
    {"comment_id": "c1", "text": "duplicate id", "author": "dup", "post_id": "p1"},       # duplicate
    {"comment_id": "c7", "text": float("nan"), "post_id": "p1"},                          # NaN
    {"comment_id": "c8", "text": "jajaja " * 20000, "author": "huge", "post_id": "p1"},  # ~140 KB
]
POSTS_ROWS = {"p1": dict(creator="cocina_mx", followers=0, caption="Receta de pozole rojo con orégano y chile guajillo")}


@pytest.fixture(scope="module")
def analyzer():
    from analyzer import Analyzer

    return Analyzer.load()


def _check_scored(c) -> None:
    assert c.sentiment in SENTIMENT_LABELS and c.authenticity in AUTHENTICITY_LABELS and c.lang in LANGUAGES
    assert math.isclose(c.p_negative + c.p_neutral + c.p_positive, 1.0, abs_tol=2e-3)
    assert math.isclose(c.p_genuine + c.p_superficial + c.p_spam, 1.0, abs_tol=2e-3)
    assert -1 <= c.sentiment_score <= 1 and 0 <= c.genuine_weight <= 1 and 0 <= c.bot_like <= 1


def test_score_comments_counts_and_labels(analyzer):
    res = analyzer.score_comments(RECORDS)
    assert len(res.comments) + len(res.errors) == len(RECORDS)  # nothing is lost
    assert {c.comment_id for c in res.comments} == {"c1", "c2", "c3", "c4", "c8"}
    errs = " | ".join(e.error for e in res.errors)
    assert "text is null" in errs and "empty comment" in errs and "duplicate comment_id" in errs
    assert [e.error for e in res.errors if e.comment_id == "c7"] == ["text is null"]  # a NaN cell: absent
    by_id = {c.comment_id: c for c in res.comments}
    for c in res.comments:
        _check_scored(c)
    assert by_id["c1"].lang == "es" and by_id["c2"].lang == "en"
    assert by_id["c2"].sentiment == "negative"
    assert by_id["c3"].authenticity == "spam"
    assert by_id["c4"].authenticity == "superficial"
    assert by_id["c1"].authenticity == "genuine"
    assert by_id["c1"].genuine_weight > by_id["c3"].genuine_weight


def test_strings_and_records_through_the_api_get_the_readers_text_rules(analyzer):
    """Texts given straight to the Python API (strings, CommentIn) are held to the rules the file readers apply:
    blank and longer-than-any-comment texts are per-row errors; a text at the limit is scored, and a pasted
    document is read only as far as the stages need (sentiment's first tokens, the heads' first
    AUTH_MAX_TEXT_CHARS), so it scores like its opening."""
    from analyzer.config import AUTH_MAX_TEXT_CHARS, IO_MAX_COMMENT_CHARS

    opening = "¡Qué receta tan rica! La hice ayer con mi familia y quedó buenísima, gracias por compartirla. "
    doc = (opening * (IO_MAX_COMMENT_CHARS // len(opening) + 1))[:IO_MAX_COMMENT_CHARS]
    res = analyzer.score_comments(["   ", doc + "!", CommentIn(comment_id="r", text=""), doc, opening])
    assert len(res.comments) + len(res.errors) == 5
    assert [(e.row, e.error.split(":")[0]) for e in res.errors] == [(1, "empty comment"), (2, "text too long"),
                                                                    (3, "empty comment")]
    assert res.errors[2].comment_id == "r"
    long, short = res.comments
    assert long.sentiment == short.sentiment == "positive" and long.lang == short.lang == "es"
    assert long.authenticity == short.authenticity
    assert len(doc) > AUTH_MAX_TEXT_CHARS


def test_dataframe_input_and_pandas_output(analyzer):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(RECORDS[:4])
    res = analyzer.score_comments(df)
    out = res.to_pandas()
    assert list(out["comment_id"]) == ["c1", "c2", "c3", "c4"]
    for col in ("lang", "normalized", "sentiment", "sentiment_score", "authenticity", "bot_like", "reasons",
                "coordinated", "burst", "duplicate", "genuine_weight"):
        assert col in out.columns
    # times are datetimes, as in the Parquet output (they were ISO text), ready for a pipeline's time filters
    assert str(out["created_at"].dtype).startswith("datetime64") and out["created_at"].dt.tz is not None
    assert list(out["created_at"]) == [c.created_at for c in res.comments]
    assert str(analyzer.score_comments([]).to_pandas()["created_at"].dtype).startswith("datetime64")
    for rows in ([], [{"text": "hola"}], [{"text": "hola", "author_created_at": "2024-01-01"}]):  # QA: drifted
        assert str(analyzer.score_comments(rows).to_pandas()["author_created_at"].dtype) == "datetime64[us, UTC]"


def test_stream_matches_batch_and_keeps_order(analyzer):
    batch = analyzer.score_comments(RECORDS)
    streamed = list(analyzer.score_stream(iter(RECORDS), chunk_size=2))
    scored = [x for x in streamed if hasattr(x, "sentiment")]
    assert [c.comment_id for c in scored] == [c.comment_id for c in batch.comments]
    assert len(streamed) == len(RECORDS)
    for a, b in zip(scored, batch.comments, strict=True):
        assert a.sentiment == b.sentiment and a.p_positive == pytest.approx(b.p_positive, abs=1e-3)


def test_summarize_with_zero_followers(analyzer):
    from analyzer.records import PostIn

    res = analyzer.score_comments(RECORDS[:4])
    summary = analyzer.summarize(res.comments, {"p1": PostIn(post_id="p1", **POSTS_ROWS["p1"])})
    post = summary.posts.to_dict()[0]
    assert post["post_id"] == "p1" and post["er"] is None and post["genuine_er"] is None  # zero followers: no division


def test_cli_score_and_report_on_demo(tmp_path):
    from analyzer.cli import main

    out = tmp_path / "out"
    rc = main(["score", str(DEMO / "comments.jsonl"), "--posts", str(DEMO / "posts.csv"), "-o", str(out),
               "--format", "csv", "--report", "-q"])
    assert rc == 0
    for name in ("comments.csv", "posts.csv", "creators.csv", "campaigns.csv", "clusters.csv", "promoted.csv",
                 "errors.jsonl", "warnings.jsonl", "summary.json", "report.html"):
        assert (out / name).exists(), name
    import csv

    with open(out / "comments.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 317 and all(r["relevance"] for r in rows)  # every demo post has a caption
    info = json.loads((out / "summary.json").read_text())
    assert info["rows_in"] == info["comments_scored"] + info["row_errors"]
    html = (out / "report.html").read_text()
    assert "<script" not in html.lower()


def test_score_comments_keeps_posts_authoritative_and_reports_warnings(analyzer):
    from analyzer.records import PostIn

    rows = [dict(RECORDS[0], created_at="ayer por la tarde", followers=9999, likes=40), RECORDS[1]]
    res = analyzer.score_comments(rows, posts={"p1": PostIn(post_id="p1", **POSTS_ROWS["p1"])})
    assert [c.comment_id for c in res.comments] == ["c1", "c2"] and not res.errors
    post = res.posts["p1"]
    assert (post.followers, post.likes) == (0, 40)  # the posts argument wins; the rows fill what it lacks
    assert post.caption == POSTS_ROWS["p1"]["caption"]
    assert sorted((w.kind, w.id) for w in res.warnings) == [("comment_field", "c1"), ("post_conflict", "p1")]
    assert "followers 9999 ignored" in next(w.detail for w in res.warnings if w.kind == "post_conflict")


def test_cli_reports_post_problems_without_losing_comments(tmp_path, capsys):
    from analyzer.cli import main

    posts = tmp_path / "posts.csv"
    posts.write_text("post_id,followers,caption\np1,-5,Receta de pozole rojo\n,10,no id\n", encoding="utf-8")
    dump = tmp_path / "comments.jsonl"
    formula = {"comment_id": "c9", "text": "=HYPERLINK(\"http://x.example\") gana dinero", "post_id": "p1"}
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [*RECORDS[:2], formula]),
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(dump), "--posts", str(posts), "-o", str(out), "--report", "--no-progress",
                 "--excel"]) == 0
    err = capsys.readouterr().err
    assert "2 warnings" in err and "negative count" in err and str(posts) in err  # the posts file is listed too
    assert "rows kept" not in err and ": None:" not in err  # the post_row's row was not kept, and has no id
    import csv

    raw = (out / "comments.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # --excel: BOM so Excel reads UTF-8 accents
    rows = {r["comment_id"]: r for r in csv.DictReader(raw.decode("utf-8-sig").splitlines())}
    assert rows["c9"]["text"].startswith("'=HYPERLINK") and float(rows["c2"]["sentiment_score"]) < 0
    warnings = [json.loads(line) for line in (out / "warnings.jsonl").read_text().splitlines()]
    assert sorted((w["kind"], w["row"]) for w in warnings) == [("post_field", 2), ("post_row", 3)]
    info = json.loads((out / "summary.json").read_text())
    assert info["comments_scored"] == 3 and info["warnings"] == {"post_field": 1, "post_row": 1}
    assert "1 error," in info["post_files"][0] and "1 with a dropped or repaired value" in info["post_files"][0]
    assert "negative count" in (out / "report.html").read_text()  # the report lists post-level warnings


def test_cli_names_a_row_error_without_a_row_by_its_file_alone(tmp_path, capsys):
    """QA: a broken line of a YouTube JSONL log printed "ytbroken.jsonl:None: invalid JSON on line 2"."""
    from analyzer.cli import main

    page = json.loads((Path(__file__).parent / "fixtures" / "io" / "youtube_comment_threads.json").read_text())
    dump = tmp_path / "ytbroken.jsonl"
    dump.write_text(json.dumps(page) + "\n{broken\n", encoding="utf-8")
    assert main(["score", str(dump), "-o", str(tmp_path / "o"), "--sentiment-model", "fast"]) == 0
    err = capsys.readouterr().err
    assert f"row error {dump}: invalid JSON on line 2" in err and ":None" not in err


def test_cli_prints_its_own_warnings_as_one_line(tmp_path, capsys, monkeypatch):
    """QA: the CLI printed our RuntimeWarnings as Python does, "/…/analyzer/pipeline.py:438: RuntimeWarning: …"
    followed by a line of source code; now one "comment-analyzer: warning: …" line."""
    import analyzer.sentiment as sentiment
    from analyzer.cli import main

    monkeypatch.setattr(sentiment, "cpu_has_bf16", lambda: False)
    dump = tmp_path / "one.csv"
    dump.write_text("text\nqué buen video\n", encoding="utf-8")
    assert main(["score", str(dump), "-o", str(tmp_path / "o"), "--sentiment-model", "fast", "--engine", "torch",
                 "--precision", "bf16", "-q"]) == 0
    err = capsys.readouterr().err
    assert "comment-analyzer: warning: precision bf16: this CPU has no native bfloat16" in err
    assert "RuntimeWarning" not in err and ".py:" not in err


def test_cli_a_failed_write_leaves_a_folder_the_next_run_takes(tmp_path, capsys, monkeypatch):
    """QA: a run that failed while writing (disk full; a crash in a writer) left some tables and no summary.json,
    and the next run into the folder was refused as one no run wrote. Now what it wrote is removed, a disk error
    is one line with exit 5, and the next run goes ahead."""
    import analyzer.io as io_module
    from analyzer.cli import EXIT_OUTPUT, main

    dump = tmp_path / "one.csv"
    dump.write_text("text\nqué buen video\nme encanta\n", encoding="utf-8")
    out = tmp_path / "out"
    real = io_module.write_jsonl

    def disk_full(path, *a, **k):
        if Path(path).name == "warnings.jsonl":
            raise OSError(28, "No space left on device")
        return real(path, *a, **k)

    monkeypatch.setattr(io_module, "write_jsonl", disk_full)
    assert main(["score", str(dump), "-o", str(out), "--sentiment-model", "fast", "-q"]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "cannot write the outputs: [Errno 28] No space left on device" in err and "Traceback" not in err
    assert list(out.iterdir()) == []  # comments, posts, ..., errors.jsonl were written, then removed
    def interrupted(path, *a, **k):  # Ctrl-C among the writes: the same clean folder
        if Path(path).name == "warnings.jsonl":
            raise KeyboardInterrupt
        return real(path, *a, **k)

    monkeypatch.setattr(io_module, "write_jsonl", interrupted)
    assert main(["score", str(dump), "-o", str(out), "--sentiment-model", "fast", "-q"]) == 130
    assert list(out.iterdir()) == []
    monkeypatch.setattr(io_module, "write_jsonl", real)
    assert main(["score", str(dump), "-o", str(out), "--sentiment-model", "fast", "-q"]) == 0
    assert json.loads((out / "summary.json").read_text())["comments_scored"] == 2


def test_stream_puts_a_reply_naming_no_post_on_its_parents_post(analyzer):
    """QA: score_comments put a reply that names no post (YouTube's comments.list replies) on its parent's post;
    score_stream and the CLI's --stream left it without one, so the creator's reply counted as audience."""
    from analyzer.io.readers import PostOfIds

    posts = {"v1": PostIn(post_id="v1", creator="chef_ana", followers=20000, likes=900, caption="Pan casero")}
    cs = [CommentIn(comment_id="c1", text="¿Cuánto se deja reposar la masa?", author="luis", post_id="v1"),
          CommentIn(comment_id="c2", text="Una hora en un lugar tibio!", author="chef_ana", parent_id="c1"),
          CommentIn(comment_id="c3", text="gracias!! me salió perfecto", author="luis", parent_id="c2"),
          CommentIn(comment_id="c4", text="y esto de dónde sale", author="x", parent_id="nowhere")]
    batch = [(c.comment_id, c.post_id, c.creator_reply) for c in analyzer.score_comments(cs, posts=posts).comments]
    assert batch == [("c1", "v1", False), ("c2", "v1", True), ("c3", "v1", False), ("c4", None, False)]
    for size in (1, 2, 64):  # the parent in an earlier chunk, or in the same one
        assert [(c.comment_id, c.post_id, c.creator_reply)
                for c in analyzer.score_stream(cs, posts=posts, chunk_size=size)] == batch, size
    table = PostOfIds(capacity=4)  # grows many times
    for i in range(5000):
        table.put(f"id{i}", f"post{i % 7}" if i % 3 else None)
    assert [table.get(f"id{i}") for i in range(12)] == [None if i % 3 == 0 else f"post{i % 7}" for i in range(12)]
    assert table.get("id4999") == "post1" and table.get("missing") is None


def test_a_posts_key_with_a_lone_surrogate_matches_its_comments(analyzer):
    """QA: comment post ids were repaired to U+FFFD but the posts= key was not: the post split in two ("1 comment
    on 1 post missing from the post data") and Summary.to_dict() could not be written as UTF-8."""
    posts = {"p\udc00": PostIn(post_id="p\udc00", followers=10000, likes=300)}
    res = analyzer.score_comments([{"text": "qué rico se ve", "post_id": "p\udc00", "comment_id": "1"}], posts=posts)
    assert res.comments[0].post_id == "p\ufffd" and list(res.posts) == ["p\ufffd"]
    summary = analyzer.summarize(res)
    assert [(p["post_id"], p["n_comments_dump"]) for p in summary.posts.to_dict()] == [("p\ufffd", 1)]
    json.dumps(summary.to_dict(), ensure_ascii=False, default=str).encode("utf-8")
    assert not any("differs from its key" in w.detail for w in res.warnings)


def test_cli_streams_excel_workbooks(tmp_path):
    from openpyxl import load_workbook

    from analyzer.cli import main

    dump = tmp_path / "comments.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False, allow_nan=True) + "\n" for r in RECORDS),
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(dump), "-o", str(out), "--format", "xlsx", "--stream", "-q"]) == 0
    ws = load_workbook(out / "comments.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    info = json.loads((out / "summary.json").read_text())
    assert len(body) == info["comments_scored"] == 5 and info["rows_in"] == 5 + info["row_errors"]
    assert {r[header.index("comment_id")] for r in body} == {"c1", "c2", "c3", "c4", "c8"}
    assert all(isinstance(r[header.index("p_spam")], float) for r in body)  # numbers stay numbers
    assert (out / "posts.xlsx").exists() and (out / "creators.xlsx").exists()


def test_cli_exit_codes(tmp_path, capsys, monkeypatch):
    from analyzer.cli import EXIT_INPUT, EXIT_USAGE, main

    assert main(["score", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "o")]) == EXIT_INPUT
    bad = tmp_path / "notext.csv"
    bad.write_text("comment_id,nota\n1,hola\n", encoding="utf-8")
    assert main(["score", str(bad), "-o", str(tmp_path / "o2")]) == EXIT_INPUT
    assert "text" in capsys.readouterr().err
    # a missing posts file and an unknown encoding are found before the models load (they would take seconds)
    import analyzer.pipeline

    def no_load(*a, **k):
        raise AssertionError("the models were loaded before the input was checked")

    monkeypatch.setattr(analyzer.pipeline.Analyzer, "load", no_load)
    assert main(["score", str(bad), "-o", str(tmp_path / "o5")]) == EXIT_INPUT  # no text column: found first too
    assert "no 'text' column" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text("comment_id,text\n1,hola\n", encoding="utf-8")
    assert main(["score", str(good), "--posts", str(tmp_path / "posts.csv"), "-o", str(tmp_path / "o4")]) == EXIT_INPUT
    assert "file not found" in capsys.readouterr().err and not (tmp_path / "o4").exists()
    assert main(["report", str(good), "--encoding", "utf-9", "-o", str(tmp_path / "r.html")]) == EXIT_INPUT
    assert "unknown encoding" in capsys.readouterr().err
    assert main(["score", str(bad), "-o", str(tmp_path / "o3"), "--excel", "--format", "parquet"]) == EXIT_USAGE
    assert "--excel writes CSV" in capsys.readouterr().err and not (tmp_path / "o3").exists()
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    assert "examples" in capsys.readouterr().out


def test_the_creators_own_reply_says_it_is_not_engagement(analyzer):
    """A reply by the post's creator (handle matched without "@" and case) is scored like any comment, says why
    it does not count, and is left out of the post's audience comments."""
    from analyzer.records import PostIn

    rows = [RECORDS[0], dict(RECORDS[1], comment_id="r1", author="@Cocina_MX", text="¡Gracias Ana! Solo orégano")]
    res = analyzer.score_comments(rows, posts={"p1": PostIn(post_id="p1", **POSTS_ROWS["p1"])})
    ana, reply = res.comments
    assert reply.reasons[0] == "the creator's own reply (not counted as engagement)"
    assert not any("creator" in r for r in ana.reasons)
    (post,) = analyzer.summarize(res.comments, res.posts).posts
    assert (post.n_creator_replies, post.n_audience_comments) == (1, 1)


def test_api_records_learn_their_day_month_order(analyzer):
    """Dicts handed to the API learn their day/month order as files do: the first record's 05/03/2024 waits
    for the second's 25/03/2024 and is read day first, and the result says so in an "input_note" warning. A
    stream holds a row for that no longer than its chunk size."""
    rows = [dict(RECORDS[0], created_at="05/03/2024 10:00"), dict(RECORDS[1], created_at="25/03/2024")]
    res = analyzer.score_comments(rows)
    assert [c.comment_id for c in res.comments] == ["c1", "c2"] and not res.errors
    assert [(c.created_at.month, c.created_at.day) for c in res.comments] == [(3, 5), (3, 25)]
    assert [(w.kind, w.detail) for w in res.warnings] == [
        ("input_note", "records: dates read day first (dd/mm/yyyy), as row 2 proves ('25/03/2024')")]
    streamed = list(analyzer.score_stream(rows))
    assert [(c.created_at.month, c.created_at.day) for c in streamed] == [(3, 5), (3, 25)]
    one_by_one = list(analyzer.score_stream(rows, chunk_size=1))  # a row waits no longer than for its chunk
    assert one_by_one[0].created_at is None and one_by_one[1].created_at.day == 25


def test_dataframe_rows_with_numpy_and_pandas_values_are_read_as_values():
    """Pipelines hand over DataFrames and `iterrows()` dicts: numpy int64/float64/bool_/datetime64 are read as
    numbers, flags and times, and NaT / NA / NaN are absent values (a NaT used to become the comment's time)."""
    import numpy as np
    import pandas as pd

    from analyzer.io.events import PostRecord
    from analyzer.pipeline import _as_inputs

    df = pd.DataFrame({"comment_id": [1, 2], "text": ["hola", "bien"],
                       "created_at": [pd.Timestamp("2024-03-05 10:00"), pd.NaT], "post_id": ["p", "q"],
                       "followers": [np.int64(1200), np.int64(5)], "comment_likes": [3, 4],
                       "sponsored": [np.bool_(True), np.bool_(False)], "caption": ["receta", pd.NA]})
    for data in (df, [dict(row) for _, row in df.iterrows()]):  # frame -> native values; iterrows -> numpy
        items = list(_as_inputs(data))
        comments = [x for x in items if isinstance(x, CommentIn)]
        posts = {x.post.post_id: x.post for x in items if isinstance(x, PostRecord)}
        assert [c.comment_id for c in comments] == ["1", "2"] and all(not c.extra for c in comments)
        assert str(comments[0].created_at) == "2024-03-05 10:00:00+00:00" and comments[1].created_at is None
        assert [c.likes for c in comments] == [3, 4]
        assert (posts["p"].followers, posts["p"].sponsored, posts["p"].caption) == (1200, True, "receta")
        assert (posts["q"].followers, posts["q"].sponsored, posts["q"].caption) == (5, False, None)


def test_cli_date_order_reaches_the_readers():
    from analyzer.cli import _columns, build_parser

    args = build_parser().parse_args(["score", "x.csv", "-o", "out", "--date-order", "dmy", "--text-col", "body"])
    cols = _columns(args)
    assert (cols.date_order, cols.text_col) == ("dmy", "body")
    assert _columns(build_parser().parse_args(["score", "x.csv", "-o", "out"])).date_order == "auto"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["score", "x.csv", "-o", "out", "--date-order", "ymd"])


def test_stage_timings_are_recorded(analyzer):
    analyzer.reset_timings()
    analyzer.score_comments(RECORDS)
    t = analyzer.timings
    assert {"normalize", "sentiment", "authenticity", "coordination"} <= set(t)
    assert all(v >= 0 for v in t.values()) and t["sentiment"] > 0


@pytest.mark.skipif(not (models_dir() / "sentiment-fast" / "sentiment_config.json").exists(),
                    reason="fast model not shipped")
def test_fast_model_feeds_its_own_authenticity_heads(analyzer, tmp_path, monkeypatch):
    """The distilled model's embeddings are not the ones the default heads were trained on: the artifact holds
    heads fitted on the fast model's own embeddings ("@fast"), and its pipeline feeds them from its one pass. An
    encoder no head set was fitted on gets the no-embedding heads, never heads trained on other vectors."""
    import numpy as np
    import pandas as pd

    from analyzer import Analyzer
    from analyzer.authenticity.evaluate import evaluate_csv
    from analyzer.records import PostIn

    fast = Analyzer.load("fast")
    assert analyzer.auth_head_set == "" and fast.auth_head_set == "@fast" and fast.auth_embeddings
    assert {"superficial@fast", "relevance@fast"} <= set(fast.authenticity.heads)
    assert fast.embedder is None and len(fast.sentiment.net.bert.encoder.layer) < 12
    res = fast.score_comments(RECORDS, posts={"p1": PostIn("p1", **POSTS_ROWS["p1"])})
    assert len(res.comments) + len(res.errors) == len(RECORDS)
    by_id = {c.comment_id: c for c in res.comments}
    for c in res.comments:
        _check_scored(c)
    assert by_id["c3"].authenticity == "spam" and by_id["c4"].authenticity == "superficial"
    # the 6-layer student is weaker on question + praise ("¿lleva comino…? Me quedó riquísima 😍" -> neutral,
    # see its model card); plain cases it must get right
    assert by_id["c2"].sentiment == "negative" and by_id["c4"].sentiment == "positive"
    # the pipeline's verdicts are the @fast heads' on the fast embeddings, not the default or no-embedding heads'
    texts = [c.text for c in res.comments]
    captions = [POSTS_ROWS["p1"]["caption"]] * len(texts)
    own = fast.authenticity.predict_texts(texts, captions=captions, encoder=fast.sentiment)
    noemb = fast.authenticity.predict_texts(texts, captions=captions, encoder=False)
    sup = [r.probs["superficial"] for r in own]
    assert np.allclose([c.p_superficial for c in res.comments], sup, atol=2e-3)
    assert not np.allclose(sup, [r.probs["superficial"] for r in noemb], atol=1e-2)
    # `evaluate.py authenticity --sentiment-model fast` measures the heads the fast pipeline runs
    csv = tmp_path / "labelled.csv"
    pd.DataFrame({"text": texts, "label": ["spam" if c.authenticity == "spam" else "ham" for c in res.comments]}
                 ).to_csv(csv)
    assert evaluate_csv(csv, "text", "label", sentiment_model="fast", model=fast.authenticity)["embeddings"] is True
    # an e5 artifact no head set was fitted on (a 2-layer random one): no-embedding heads, in the pipeline and in
    # evaluation alike
    import torch

    from analyzer.sentiment import build_net, keep_layers, save_artifact

    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path / "cache"))
    torch.manual_seed(0)
    net, _ = build_net()
    keep_layers(net, [0, 11])
    save_artifact(net, tmp_path / "other", {"seed": 0})
    other = Analyzer.load(tmp_path / "other", engine="torch")
    assert other.auth_head_set is None and not other.auth_embeddings
    assert evaluate_csv(csv, "text", "label", sentiment_model=tmp_path / "other",
                        model=fast.authenticity)["embeddings"] is False
    assert [r.label for r in fast.authenticity.predict_texts(texts, encoder=other.sentiment)] == \
        [r.label for r in noemb]


def test_pipeline_feeds_the_spam_branch_into_a_fusion_fitted_on_it(tmp_path, monkeypatch):
    """A sentiment artifact with a spam branch and an authenticity artifact whose fusion names that branch: the
    pipeline passes the branch's logits through, so P(spam) is the fused value; Analyzer.load leaves the branch
    unloaded when the authenticity artifact has no fusion."""
    import copy

    import numpy as np

    from analyzer import Analyzer
    from analyzer.authenticity import AuthenticityModel, CoordinationDetector
    from analyzer.authenticity.model import fuse_spam, head_input
    from analyzer.preprocess import normalize_batch
    from analyzer.sentiment import (
        SentimentModel,
        build_net,
        keep_layers,
        new_spam_branch,
        save_artifact,
        save_spam_branch,
    )

    monkeypatch.setenv("COMMENT_ANALYZER_CACHE", str(tmp_path / "cache"))
    import torch

    torch.manual_seed(0)
    net, _ = build_net()
    keep_layers(net, [0, 11])
    save_artifact(net, tmp_path / "s", {"seed": 0})
    branch = new_spam_branch(net, 1, from_layer=1)
    torch.nn.init.normal_(branch.head.weight, std=1.0)
    sha = save_spam_branch(branch, tmp_path / "s", {})["sha256"]
    sentiment = SentimentModel.load(tmp_path / "s", engine="torch")
    shipped = AuthenticityModel.load()
    fused = copy.copy(shipped)
    fused.meta = {**shipped.meta, "spam_fusion": {"coef": [0.5, 4.0], "intercept": 0.0, "branch_sha256": sha}}
    records = RECORDS[:4]
    for auth, want_fused in ((fused, True), (shipped, False)):
        an = Analyzer(sentiment, auth, auth_head_set=None, detector_factory=CoordinationDetector)
        out = an.score_comments(records).comments
        texts = [c.normalized for c in out]
        z = sentiment.predict(texts).spam_logits
        spec = shipped.specs["spam"]
        d = shipped.heads["spam"].decision_function(head_input(spec, np.zeros((4, 0)), [], [r["text"] for r in records]))
        p = np.array([c.p_spam for c in out])
        want = fuse_spam(d, z, fused.meta["spam_fusion"]) if want_fused else \
            shipped.predict_arrays(normalize_batch([r["text"] for r in records]))["p_spam"]
        assert np.allclose(p, want, atol=2e-4)
        assert not np.allclose(fuse_spam(d, z, fused.meta["spam_fusion"]),
                               shipped.predict_arrays(normalize_batch([r["text"] for r in records]))["p_spam"],
                               atol=1e-2)  # the two cases differ, so the check above tells them apart
    assert Analyzer.load(tmp_path / "s", engine="torch").sentiment.spam_branch_sha256 is None  # no fusion shipped


def test_unpaired_surrogates_are_repaired_reported_and_written(tmp_path, capsys):
    """A JSON "\\ud800" escape without its pair used to end the run with a traceback and half the outputs."""
    from analyzer.cli import main

    dump = tmp_path / "s.jsonl"
    dump.write_text('{"comment_id":"a","text":"fine comment"}\n'
                    '{"comment_id":"lone","text":"bad \\ud800 surrogate"}\n'
                    '{"comment_id":"pair","author":"x\\udc80y","text":"smile \\ud83d\\ude00 ok"}\n'
                    '{"comment_id":"blank","text":" \\u00a0 "}\n', encoding="utf-8")
    out = tmp_path / "out"
    for fmt in ("jsonl", "csv", "parquet", "xlsx"):
        assert main(["score", str(dump), "-o", str(out), "--format", fmt, "-q", "--sentiment-model", "fast"]) == 0
    info = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert info["rows_in"] == 4 and info["comments_scored"] == 3 and info["row_errors"] == 1
    import pandas as pd

    rows = pd.read_excel(out / "comments.xlsx").set_index("comment_id")
    assert rows.loc["lone", "text"] == "bad \ufffd surrogate" and rows.loc["pair", "author"] == "x\ufffdy"
    assert rows.loc["pair", "text"] == "smile 😀 ok"  # JSON joins an escaped pair itself: nothing to repair
    warned = [json.loads(line) for line in (out / "warnings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(w["id"], w["detail"].split(":")[0]) for w in warned} == {("lone", "text"), ("pair", "author")}
    capsys.readouterr()


def test_a_json_array_reads_an_unpaired_surrogate_escape_as_the_replacement_character_with_a_note(tmp_path):
    """QA: the streaming JSON parser read "\\ud83d" without its low half as "?" and said nothing (JSON lines gave
    U+FFFD and a note); an escaped backslash before "ud83d" is text, and a pair stays one emoji."""
    from analyzer.io import DumpReader

    dump = tmp_path / "s.json"
    dump.write_text('[{"id":"1","text":"hola \\ud83d mundo"},{"id":"2","text":"ok \\ud83d\\ude00 bien"},'
                    '{"id":"3","text":"barra \\\\ud83d literal"},{"id":"4","text":"fin \\udc00"}]', encoding="utf-8")
    reader = DumpReader([dump])
    texts = [c.text for c in reader.comments()]
    assert texts == ["hola \ufffd mundo", "ok 😀 bien", "barra \\ud83d literal", "fin \ufffd"]
    assert any("2 unpaired UTF-16 surrogate escapes" in n and "U+FFFD" in n for n in reader.stats.files[0].notes)


def test_the_surrogate_escape_filter_never_splits_an_escape_between_chunks():
    import io
    import random

    from analyzer.io.surrogates import LoneEscapes

    rnd = random.Random(7)
    parts = ["a", "\\\\", "\\ud83d", "\\ude00", "\\ud83d\\ude00", "\\u00e9", "\\n", "ñ", " "]
    for _ in range(300):
        body = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 40)))
        raw = ('"' + body + '"').encode("utf-8")
        want = json.loads(raw.decode("utf-8")).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        stream = LoneEscapes(io.BytesIO(raw), chunk=rnd.randint(1, 9))
        got = b"".join(iter(lambda s=stream: s.read(rnd.randint(1, 7)), b""))
        assert json.loads(got) == want, body
        assert "\ufffd" not in want or stream.repaired > 0


def test_writers_repair_what_reaches_them_unrepaired(tmp_path):
    from analyzer.io import write_jsonl, write_rows
    from analyzer.records import RowError

    err = RowError("x.jsonl", 2, "empty comment", "c1", raw="\u200b\ud800")
    write_jsonl(tmp_path / "e.jsonl", [err])
    assert json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))["raw"] == "\u200b\ufffd"
    write_rows(tmp_path / "t.csv", [{"a": "x\udfff", "b": ["y\ud800"]}], fmt="csv")
    assert "x\ufffd" in (tmp_path / "t.csv").read_text(encoding="utf-8")


def test_surrogate_repair_joins_pairs_given_as_two_code_points():
    from analyzer.io.surrogates import repair, repair_record

    assert repair("a\ud83d\ude00b") == "a😀b" and repair("\ud800x\udfff") == "\ufffdx\ufffd"
    assert repair("plain ñ 😀") == "plain ñ 😀"
    c = CommentIn("1", "ok", author="\ud83d\ude00", extra={"k": ["\ud800"]})
    fixed, names = repair_record(c)
    assert fixed.author == "😀" and fixed.extra == {"k": ["\ufffd"]} and sorted(names) == ["author", "extra"]
    assert repair_record(fixed) == (fixed, [])


def test_api_refuses_a_bare_string_and_bad_sizes(analyzer):
    with pytest.raises(TypeError, match="single string"):
        analyzer.score_comments("hola mundo")
    with pytest.raises(TypeError, match="single string"):
        list(analyzer.score_stream("abc"))
    for one in ({"text": "hola"}, {"text": ["hola", "adiós"]}):  # a record, or a dict of columns
        with pytest.raises(TypeError, match="single record"):
            analyzer.score_comments(one)
        with pytest.raises(TypeError, match="single record"):
            list(analyzer.score_stream(one))
    res = analyzer.score_comments(["hola mundo"])
    assert [c.text for c in res.comments] == ["hola mundo"]
    with pytest.raises(TypeError, match="ScoredComment"):
        analyzer.summarize(res.to_dicts())
    with pytest.raises(TypeError):
        analyzer.summarize(None)
    assert analyzer.summarize(res).posts.to_dict() == analyzer.summarize(res.comments, res.posts).posts.to_dict()
    # the README's stream example: a stream's items, row errors among them, summarized as they came (it failed)
    rows = [{"text": "me encanta", "post_id": "p1", "followers": 900, "likes": 40},
            {"text": "", "post_id": "p1"}, {"text": "nice pic", "post_id": "p1"}]
    posts: dict = {}
    items = list(analyzer.score_stream(rows, found_posts=posts))
    assert [type(x).__name__ for x in items] == ["ScoredComment", "RowError", "ScoredComment"]
    mixed, clean = analyzer.summarize(items, posts), analyzer.summarize(analyzer.score_comments(rows).comments, posts)
    assert mixed.posts[0].n_comments_dump == 2 and mixed.posts.to_dict() == clean.posts.to_dict()
    from analyzer import Analyzer

    for kw in ({"batch_size": 0}, {"threads": -3}, {"chunk_size": 0}):
        with pytest.raises(ValueError, match=next(iter(kw))):
            Analyzer.load("fast", **kw)


def test_cli_never_destroys_files_it_did_not_write(tmp_path, capsys):
    """QA: `score -o DIR` deleted the user's own comments.csv/report.html/summary.json as "the previous run's
    outputs"; a dump or posts file inside the output folder was overwritten by the scored table; `report x.jsonl -o
    x.jsonl` replaced the dump with HTML; and `score folder -o folder/out` read the last run's outputs back in on a
    re-run (it failed on an empty errors.jsonl). Refused before any work, or the output folder is skipped."""
    from analyzer.cli import EXIT_USAGE, main

    fast = ["-q", "--sentiment-model", "fast"]
    mine = tmp_path / "mine"
    mine.mkdir()
    for name, text in (("comments.csv", "id,label\n1,spam\n"), ("report.html", "<p>mine</p>"),
                       ("summary.json", '{"mine": true}')):
        (mine / name).write_text(text, encoding="utf-8")
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"comment_id": "1", "text": "qué buena receta, la hago el domingo"}\n', encoding="utf-8")
    assert main(["score", str(dump), "-o", str(mine), *fast]) == EXIT_USAGE
    assert "no earlier run" in capsys.readouterr().err
    assert (mine / "comments.csv").read_text(encoding="utf-8") == "id,label\n1,spam\n"
    # an input where an output goes: refused, the input intact
    inplace = tmp_path / "inplace"
    inplace.mkdir()
    (inplace / "comments.jsonl").write_text(dump.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["score", str(inplace / "comments.jsonl"), "-o", str(inplace), *fast]) == EXIT_USAGE
    assert "would overwrite the input" in capsys.readouterr().err
    # QA: the input folder itself as -o left all its files out as outputs: 0 comments scored, exit 0
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "c.csv").write_text("text\nhola\n", encoding="utf-8")
    assert main(["score", str(folder), "-o", str(folder), *fast]) == EXIT_USAGE
    assert "is the input folder" in capsys.readouterr().err and sorted(folder.iterdir()) == [folder / "c.csv"]
    # QA: stdin named twice ended in a traceback (closed after its first copy)
    assert main(["score", "-", "-", "-o", str(tmp_path / "twice"), *fast]) == EXIT_USAGE
    assert "named more than once" in capsys.readouterr().err
    posts = tmp_path / "pp" / "posts.csv"
    posts.parent.mkdir()
    posts.write_text("post_id,followers\np1,100\n", encoding="utf-8")
    assert main(["score", str(dump), "--posts", str(posts), "-o", str(posts.parent), "--format", "csv",
                 *fast]) == EXIT_USAGE
    assert posts.read_text(encoding="utf-8") == "post_id,followers\np1,100\n"
    assert main(["report", str(dump), "-o", str(dump), *fast]) == EXIT_USAGE
    assert dump.read_text(encoding="utf-8").startswith('{"comment_id"')
    capsys.readouterr()
    # a folder input that holds the output folder: re-runs read only the dump, not the last run's tables
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "d.jsonl").write_text(dump.read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):
        assert main(["score", str(proj), "-o", str(proj / "out"), "--format", "csv", *fast]) == 0
        assert json.loads((proj / "out" / "summary.json").read_text(encoding="utf-8"))["totals"]["comments"] == 1
    # a folder an older version wrote (its summary.json has no `run`) is still a run's: replaced, not refused
    old_run = tmp_path / "old"
    old_run.mkdir()
    (old_run / "comments.jsonl").write_text("{}\n", encoding="utf-8")
    (old_run / "summary.json").write_text(json.dumps({"inputs": [], "rows_in": 1, "comments_scored": 1, "row_errors": 0,
                                                      "sentiment_model": "x"}), encoding="utf-8")
    assert main(["score", str(dump), "-o", str(old_run), *fast]) == 0
    # a re-run replaces exactly what the last one wrote (summary.json lists it)
    listed = json.loads((proj / "out" / "summary.json").read_text(encoding="utf-8"))["outputs"]
    assert sorted(listed) == sorted(p.name for p in (proj / "out").iterdir())


def test_cli_warns_on_an_input_with_no_comment(tmp_path, capsys):
    """QA: an empty export (or one whose every row is bad) ended "scored 0 comments" with exit 0, silent under -q:
    a pipeline took a truncated dump for a good run. Now a warning on stderr even with -q, and exit 1 with --strict."""
    from analyzer.cli import EXIT_ROW_ERRORS, main

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    fast = ["-q", "--sentiment-model", "fast"]
    assert main(["score", str(empty), "-o", str(tmp_path / "o1"), *fast]) == 0
    assert "held no comments" in capsys.readouterr().err
    assert main(["score", str(empty), "-o", str(tmp_path / "o2"), "--strict", *fast]) == EXIT_ROW_ERRORS
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"comment_id": "1", "text": null}\nnot json\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["score", str(bad), "-o", str(tmp_path / "o3"), *fast]) == 0
    assert "gave no scorable comment (2 row errors)" in capsys.readouterr().err


def test_cli_output_folder_never_mixes_two_runs(tmp_path, capsys):
    from analyzer.cli import EXIT_USAGE, main

    dump = tmp_path / "d.csv"
    dump.write_text("comment_id,text\n1,hello there\n2,qué buena receta\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(dump), "-o", str(out), "--format", "csv", "-q", "--sentiment-model", "fast"]) == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # not ours: kept
    assert main(["score", str(dump), "-o", str(out), "-q", "--sentiment-model", "fast"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["notes.txt", "summary.json", "errors.jsonl", "warnings.jsonl"]
        + [f"{t}.jsonl" for t in ("comments", "posts", "creators", "campaigns", "clusters", "promoted")])
    capsys.readouterr()
    # bad command lines are refused before any work, with exit 2 and a message
    assert main(["score", str(dump), "-o", str(dump), "-q"]) == EXIT_USAGE
    assert "not a directory" in capsys.readouterr().err
    for command in ("score", "report"):  # under a file: refused before any work (a traceback, exit 1, before)
        assert main([command, str(dump), "-o", str(dump / "sub" / "r.html"), "-q"]) == EXIT_USAGE
        assert "is a file, not a folder" in capsys.readouterr().err
    for flag, value in (("--batch-size", "0"), ("--threads", "-3")):
        with pytest.raises(SystemExit) as e:
            main(["score", str(dump), "-o", str(tmp_path / "o2"), flag, value])
        assert e.value.code == EXIT_USAGE and flag in capsys.readouterr().err
    # a run that cannot read its input leaves the previous run's results in place (it emptied the folder)
    before = sorted(p.name for p in out.iterdir())
    for extra in ([], ["--stream"]):
        assert main(["score", str(tmp_path / "missing.csv"), "-o", str(out), "-q", "--sentiment-model", "fast",
                     *extra]) == 3
        assert sorted(p.name for p in out.iterdir()) == before
    binary = tmp_path / "bin.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert main(["score", str(binary), "-o", str(out), "-q", "--sentiment-model", "fast", "--stream"]) == 3
    assert sorted(p.name for p in out.iterdir()) == before
    # summary.json carries the totals the report shows (README: audience comments apart from creator replies)
    totals = json.loads((out / "summary.json").read_text(encoding="utf-8"))["totals"]
    assert totals["comments"] == 2 and totals["audience_comments"] + totals["creator_replies"] == 2
    # report -o naming a folder writes report.html inside it
    folder = tmp_path / "rep"
    folder.mkdir()
    assert main(["report", str(dump), "-o", str(folder), "-q", "--sentiment-model", "fast"]) == 0
    assert (folder / "report.html").stat().st_size > 1000
    # QA: a report passed on did not say which input, version or models it rests on
    from analyzer import __version__

    made = (folder / "report.html").read_text(encoding="utf-8").split("</header>", 1)[0]
    assert f"source: {dump}" in made and f"comment-analyzer {__version__}" in made
    assert "sentiment model: " in made and "sentiment-fast" in made and "authenticity model: bundled" in made
    capsys.readouterr()
    assert main(["report", str(dump), "-o", str(tmp_path / "weekly"), "--no-progress", "--sentiment-model",
                 "fast"]) == 0  # written where asked, with a word on the missing .html
    assert (tmp_path / "weekly").is_file() and "without an .html name" in capsys.readouterr().err


def test_cli_stream_reads_captions_like_batch_and_empty_tables_keep_their_header(tmp_path):
    """--stream used to score without the posts (captions, followers) its reader had read: relevance was null for
    every comment. And an all-error input wrote comments.csv without even a header."""
    from analyzer.cli import main

    lines = (DEMO / "comments.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    dump = tmp_path / "d.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = {}
    for mode in ("batch", "stream"):
        out = tmp_path / mode
        args = ["score", str(dump), "--posts", str(DEMO / "posts.csv"), "-o", str(out), "-q",
                "--sentiment-model", "fast"]
        assert main(args + (["--stream"] if mode == "stream" else [])) == 0
        runs[mode] = [json.loads(x) for x in (out / "comments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(r["relevance"] is not None for r in runs["batch"]) > 30
    assert [r["relevance"] for r in runs["stream"]] == [r["relevance"] for r in runs["batch"]]
    bad = tmp_path / "bad.csv"
    bad.write_text("comment_id,text\na,\nb,   \n", encoding="utf-8")
    assert main(["score", str(bad), "-o", str(tmp_path / "bad"), "--format", "csv", "-q", "--sentiment-model",
                 "fast"]) == 0
    header = (tmp_path / "bad" / "comments.csv").read_text(encoding="utf-8").splitlines()
    assert header[0].startswith("comment_id,post_id,author") and len(header) == 1
    assert (tmp_path / "bad" / "posts.csv").read_text(encoding="utf-8").startswith("post_id,")


def test_an_all_error_result_still_has_its_columns(analyzer):
    res = analyzer.score_comments([{"comment_id": "a", "text": ""}, "   "])
    assert len(res.errors) == 2 and "sentiment" in res.to_pandas().columns and len(res.to_pandas()) == 0
    # the same dtypes as a full result (QA: created_at was datetime64[s] empty, [us] full; relevance object)
    full = analyzer.score_comments([{"comment_id": "b", "text": "hola", "created_at": "2024-03-01T10:00:00Z"}])
    for df in (res.to_pandas(), full.to_pandas()):
        assert (str(df["created_at"].dtype), str(df["relevance"].dtype)) == ("datetime64[us, UTC]", "float64")
    assert list(analyzer.score_comments([]).errors_to_pandas().columns)[:3] == ["source", "row", "error"]
    # QA: 25 of 28 columns were `object` in an empty result (Arrow type null), and a column no row filled
    # (author, platform) changed type from day to day: every column keeps one dtype
    sparse = analyzer.score_comments([{"comment_id": "c", "text": "qué rico"}])
    empty = analyzer.score_comments([])
    dtypes = [df.dtypes.astype(str).to_dict() for df in (res.to_pandas(), full.to_pandas(), sparse.to_pandas(),
                                                          empty.to_pandas())]
    assert all(d == dtypes[0] for d in dtypes) and dtypes[0]["coordinated"] == "bool"
    assert dtypes[0]["sentiment_score"] == "float64" and dtypes[0]["author"] == dtypes[0]["comment_id"] != "object"
    assert res.errors_to_pandas().dtypes.equals(empty.errors_to_pandas().dtypes)
    tables = [analyzer.summarize(r.comments).to_pandas() for r in (empty, full)]
    for name in tables[0]:
        assert tables[0][name].dtypes.equals(tables[1][name].dtypes), name


def test_records_built_by_a_pipeline_are_read_like_rows(analyzer):
    """QA: one pandas NaT time, an AccountInfo with counts as text or a dict, or extra=None crashed the whole
    batch; a 19-digit id from a float column came back rounded, silently; control-only texts were scored."""
    import pandas as pd

    from analyzer.records import AccountInfo

    rows = [CommentIn("a", "hola", created_at=pd.NaT), CommentIn("b", "me encanta", extra=None),
            CommentIn("c", "me encanta", account=AccountInfo(followers="1,200", following="900",
                                                             created_at="2024-01-01")),
            CommentIn("d", "me encanta", account={"followers": 5, "plan": "gold"}),
            CommentIn("e", "qué rico", account=AccountInfo(followers=-3)),
            CommentIn("f", "\x00\x01"), CommentIn("g", "\ufe0f"), CommentIn("h", "\u3164")]
    res = analyzer.score_comments(rows)
    by_id = {c.comment_id: c for c in res.comments}
    assert set(by_id) == set("abcde") and by_id["a"].created_at is None
    assert sorted((e.comment_id, e.error) for e in res.errors) == [(x, "empty comment") for x in "fgh"]
    assert {w.id: w.detail for w in res.warnings} == {"d": "account fields not known, ignored: plan",
                                                      "e": "bad account.followers: negative count: -3"}
    df = pd.DataFrame({"comment_id": [1234567890123456789, None, 12.0], "text": ["hola", "adiós", "buenas"]})
    res = analyzer.score_comments(df)
    assert [c.comment_id for c in res.comments] == ["records:2", "12"]
    assert "too large for a float" in res.errors[0].error and res.errors[0].row == 1
    # iterrows() rows are records; a guessed column is said; a dict for `columns` is refused with the fix
    res = analyzer.score_comments(r for _, r in pd.DataFrame({"id": ["x", "y"], "message": ["hola", "ok"]}).iterrows())
    assert [c.comment_id for c in res.comments] == ["x", "y"] and not res.errors
    assert [w.kind for w in res.warnings] == ["input_note"] and "text <- 'message'" in res.warnings[0].detail
    with pytest.raises(TypeError, match="ColumnMap"):
        analyzer.score_comments(df, columns={"text_col": "text"})


def test_bad_command_lines_are_usage_errors_before_any_work(tmp_path, capsys):
    """An unknown --input-format, a precision the chosen engine cannot run, a missing --data folder or input
    file of a script: exit 2 with one line, not exit 3/4 or a traceback after minutes of loading."""
    import subprocess
    import sys

    from analyzer.cli import EXIT_USAGE, main

    dump = tmp_path / "d.csv"
    dump.write_text("comment_id,text\n1,hola\n", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["score", str(dump), "-o", str(tmp_path / "o"), "--input-format", "bogus"])
    assert e.value.code == EXIT_USAGE and "--input-format" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["score", str(dump), "-o", str(tmp_path / "o"), "--time-zone", "Mexico"])  # a folder of zones
    assert e.value.code == EXIT_USAGE and "America/Mexico_City" in capsys.readouterr().err
    assert main(["score", str(dump), "-o", str(tmp_path / "o"), "--precision", "bf16", "--engine", "onnx"]) == EXIT_USAGE
    assert "--engine torch" in capsys.readouterr().err and not (tmp_path / "o").exists()
    scripts = Path(__file__).resolve().parents[1] / "scripts"
    for cmd in (["train_sentiment.py", "--data", str(tmp_path / "none"), "--out", str(tmp_path / "x"), "--work",
                 str(tmp_path / "w")],
                ["evaluate.py", "sentiment", "--text", str(tmp_path / "none.txt"), "--labels", str(dump)],
                ["make_demo_dump.py", "--help"]):
        run = subprocess.run([sys.executable, str(scripts / cmd[0]), *cmd[1:]], capture_output=True, text=True,
                             timeout=120)
        if cmd[-1] == "--help":  # help only: nothing written
            assert run.returncode == 0 and "usage" in run.stdout and "wrote" not in run.stdout
        elif cmd[0] == "evaluate.py":  # a missing input file: 3, as the CLI's missing input
            assert run.returncode == 3 and "No such file" in run.stderr and "Traceback" not in run.stderr
        else:
            assert run.returncode == 2 and "no such" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "w").exists()


def test_summary_tables_keep_typed_times_in_parquet(tmp_path):
    """posts.posted_at and clusters.first_at were ISO strings in Parquet while comments.created_at was a
    timestamp: a data engineer's join or filter on time needs one type."""
    import pyarrow.parquet as pq

    from analyzer.cli import main

    out = tmp_path / "pq"
    assert main(["score", str(DEMO / "comments.jsonl"), "--posts", str(DEMO / "posts.csv"), "-o", str(out),
                 "--format", "parquet", "-q", "--sentiment-model", "fast"]) == 0
    types = {t: {f.name: str(f.type) for f in pq.read_schema(out / f"{t}.parquet")} for t in ("posts", "clusters")}
    assert types["posts"]["posted_at"].startswith("timestamp") and types["clusters"]["first_at"].startswith("timestamp")
    assert types["clusters"]["count"] == "int64"  # to_dict's computed columns stay
    jsonl = tmp_path / "js"
    assert main(["score", str(DEMO / "comments.jsonl"), "--posts", str(DEMO / "posts.csv"), "-o", str(jsonl), "-q",
                 "--sentiment-model", "fast"]) == 0
    first = json.loads((jsonl / "posts.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(first["posted_at"], str) and first["posted_at"].startswith("20")


def test_a_comment_cut_at_excels_cell_limit_is_said(tmp_path, capsys):
    from analyzer.cli import main
    from analyzer.config import IO_XLSX_CELL_CHARS

    dump = tmp_path / "long.jsonl"
    dump.write_text(json.dumps({"comment_id": "a", "text": "muy buena receta " * 2400}) + "\n"
                    + json.dumps({"comment_id": "b", "text": "ok"}) + "\n", encoding="utf-8")
    assert len("muy buena receta " * 2400) > IO_XLSX_CELL_CHARS
    for extra in ([], ["--stream"]):
        out = tmp_path / f"x{len(extra)}"
        assert main(["score", str(dump), "-o", str(out), "--format", "xlsx", "--sentiment-model", "fast", *extra]) == 0
        notes = json.loads((out / "summary.json").read_text(encoding="utf-8"))["notes"]
        assert any(n.startswith("1 comment(s) longer than Excel") for n in notes)
        assert "longer than Excel" in capsys.readouterr().err
    out = tmp_path / "j"
    assert main(["score", str(dump), "-o", str(out), "-q", "--sentiment-model", "fast"]) == 0  # jsonl keeps it
    assert not any("Excel" in n for n in json.loads((out / "summary.json").read_text(encoding="utf-8"))["notes"])


def test_dataframe_with_two_columns_of_one_name_reads_the_first(analyzer):
    import pandas as pd

    df = pd.DataFrame([["first one", "second one", "a1"]], columns=["text", "text", "author"])
    res = analyzer.score_comments(df)
    assert [c.text for c in res.comments] == ["first one"] and res.comments[0].author == "a1"
    notes = [w.detail for w in res.warnings if w.kind == "input_note"]
    assert any("columns named alike" in n and "'text'" in n for n in notes)


def test_a_malformed_record_is_a_row_error_not_a_failed_batch(analyzer):
    """QA: CommentIn(created_at="2024-01-01") crashed the whole batch in the coordination stage (AttributeError).
    A bad optional value is dropped with a warning, as in dict rows; only a missing id is a row error."""
    from datetime import datetime, timezone

    rows = [CommentIn("a", "hola, qué receta tan rica", created_at="2024-01-01T10:00:00Z", post_id=7),
            CommentIn("b", "adiós y gracias", created_at="no es una fecha"),
            CommentIn(5, "me encanta", created_at=datetime(2024, 1, 2, 9, 30)),
            CommentIn("", "sin id")]
    for res in (analyzer.score_comments(rows), None):
        if res is None:  # the stream: same verdicts
            out = list(analyzer.score_stream(rows))
            scored = [x for x in out if not isinstance(x, RowError)]
            errors = [x for x in out if isinstance(x, RowError)]
        else:
            scored, errors = res.comments, res.errors
        assert len(scored) + len(errors) == 4
        assert [(e.row, e.comment_id) for e in errors] == [(4, None)]
        by_id = {c.comment_id: c for c in scored}
        assert set(by_id) == {"a", "b", "5"} and by_id["a"].post_id == "7" and by_id["b"].created_at is None
        if res is not None:
            assert [(w.kind, w.id) for w in res.warnings] == [("comment_field", "b")]
            assert "created_at" in res.warnings[0].detail
        assert by_id["a"].created_at == datetime(2024, 1, 1, 10, tzinfo=timezone.utc)
        assert by_id["5"].created_at.tzinfo is not None


def test_stream_yields_row_errors_in_their_input_places(analyzer):
    rows = ["qué bonito", None, "me encanta", "", "gracias!!", {"comment_id": "x1", "text": "hola"},
            {"comment_id": "x1", "text": "otra vez"}]
    out = list(analyzer.score_stream(rows, chunk_size=4))
    kinds = ["err" if isinstance(x, RowError) else x.text for x in out]
    assert kinds == ["qué bonito", "err", "me encanta", "err", "gracias!!", "hola", "err"]
    assert [x.row for x in out if isinstance(x, RowError)][:2] == [2, 4]
    assert out[-1].error.startswith("duplicate comment_id: another text")


def test_create_analyzer_passes_its_options_and_refuses_unknown_ones():
    """QA: create_analyzer("sentiment", sentiment_model="fast", precision="int8", bogus=1) ignored all but the
    model, and create_analyzer("authenticity", sentiment_model="fast") loaded the default model anyway."""
    from analyzer import create_analyzer

    sent = create_analyzer("sentiment", "ES", sentiment_model="fast", engine="torch", batch_size=7)
    assert sent.sentiment.name.endswith("sentiment-fast") and sent.sentiment.engine == "torch"
    assert sent.sentiment.batch_size == 7
    (pred,) = sent.predict(["qué receta tan buena, gracias!!"])
    assert pred.output == "positive" and pred.lang == "es"
    empty, ok, blank = sent.predict(["", "me encantó 😍", "\u200b  "])  # as score_comments: nothing to score
    assert (empty.output, empty.error, blank.output, blank.error) == (None, "empty comment", None, "empty comment")
    assert ok.output == "positive" and ok.error is None
    assert sent.predict("   ").output is None and sent.predict([]) == []
    (none,) = sent.predict([None])  # QA: shown as text "None", as if someone had written the word
    assert (none.text, none.output, none.error) == ("", None, "text is null")
    with pytest.raises(TypeError, match="bytes"):
        sent.predict(b"hola")
    for bad in (None, 5, float("nan"), {"a": 1}):  # QA: None failed with "'NoneType' object is not iterable"
        with pytest.raises(TypeError, match="a text \\(str\\) or a list of texts"):
            sent.predict(bad)
    with pytest.raises(TypeError, match="bogus"):
        create_analyzer("sentiment", bogus=1)
    # QA: batch_size=-1 never ran the network (every text "negative" at probability 0); 0, "8" and 2.5 failed deep
    # inside the encoder at the first predict, threads=-2 inside torch
    for bad in ({"batch_size": -1}, {"batch_size": 0}, {"batch_size": "8"}, {"batch_size": 2.5}, {"threads": -2}):
        with pytest.raises(ValueError, match=f"{next(iter(bad))} must be a whole number >= 1"):
            create_analyzer("sentiment", **bad)
    with pytest.raises(TypeError, match="embeddings"):
        create_analyzer("authenticity", sentiment_model="fast")
    with pytest.raises(ValueError, match="unknown task"):
        create_analyzer("sentimiento")
    with pytest.raises(ValueError, match="unsupported language"):
        create_analyzer("sentiment", "pt")


def test_stream_options_and_posts_are_checked_and_the_caption_cache_is_bounded(analyzer, monkeypatch):
    import analyzer.pipeline as pl
    from analyzer.records import PostIn

    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="chunk_size"):
            list(analyzer.score_stream(["hola"], chunk_size=bad))
    for posts in ([PostIn("p1")], {"p1": {"caption": "x"}}):
        with pytest.raises(TypeError, match="PostIn"):
            analyzer.score_comments(["hola"], posts=posts)
    monkeypatch.setattr(pl, "CAPTION_CACHE_POSTS", 3)
    analyzer._caption_cache.clear()
    for call in range(3):  # a pipeline scoring new posts call after call
        posts = {f"p{call}-{i}": PostIn(f"p{call}-{i}", caption=f"Receta número {call}-{i} 🍰") for i in range(2)}
        rows = [{"comment_id": f"c{call}-{i}", "post_id": pid, "text": "se ve delicioso"}
                for i, pid in enumerate(posts)]
        res = analyzer.score_comments(rows, posts=posts)
        assert all(c.relevance is not None for c in res.comments)
        assert len(analyzer._caption_cache) <= 3
    assert set(analyzer._caption_cache) >= {"p2-0", "p2-1"}  # the newest stay


def test_threads_sharing_one_analyzer_do_not_trip_over_the_caption_cache(analyzer, monkeypatch):
    """Review: the caption cache was read back after the new captions were embedded; a thread that evicted a post
    meanwhile (another chunk, another thread) made that read a KeyError, and the whole chunk was scored again one
    comment at a time (a row that failed again would be lost). The eviction is made to land exactly there; then four
    threads score at once with room for two posts and must agree with one thread."""
    import threading

    import analyzer.pipeline as pl
    from analyzer.records import PostIn

    monkeypatch.setattr(pl, "CAPTION_CACHE_POSTS", 2)
    analyzer._caption_cache.clear()
    posts = {pid: PostIn(pid, caption=f"Receta de {pid}: pan de masa madre 🍞") for pid in ("pa", "pb")}
    rows = [{"comment_id": f"c-{pid}", "post_id": pid, "text": "qué buena pinta ese pan"} for pid in posts]
    analyzer.score_comments(rows[:1], posts=posts)  # "pa" cached
    real = analyzer._normalize

    def evicting(texts):  # another thread evicts while this one embeds the new caption of "pb"
        if any(t.startswith("Receta de pb") for t in texts):
            analyzer._caption_cache.clear()
        return real(texts)

    chunks = []
    whole = analyzer._score_chunk

    def counted(part, *args, **kw):
        chunks.append(len(part))
        return whole(part, *args, **kw)

    monkeypatch.setattr(analyzer, "_normalize", evicting)
    monkeypatch.setattr(analyzer, "_score_chunk", counted)
    res = analyzer.score_comments(rows, posts=posts)
    assert [c.relevance is not None for c in res.comments] == [True, True] and chunks == [2]  # one pass, no retry
    monkeypatch.setattr(analyzer, "_score_chunk", whole)
    monkeypatch.setattr(analyzer, "_normalize", real)
    jobs = [({f"{k}-{i}": PostIn(f"{k}-{i}", caption=f"Tutorial {k}.{i} de peinados 💇") for i in range(3)})
            for k in range(4)]
    batches = [[{"comment_id": f"c{pid}", "post_id": pid, "text": "me salió igualito, gracias"} for pid in p]
               for p in jobs]
    alone = [[round(c.relevance, 4) for c in analyzer.score_comments(b, posts=p).comments]
             for b, p in zip(batches, jobs, strict=True)]
    together: list = [None] * len(jobs)

    def work(k: int) -> None:
        together[k] = [round(c.relevance, 4) for c in analyzer.score_comments(batches[k], posts=jobs[k]).comments]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert together == alone and len(analyzer._caption_cache) <= 3


def test_stream_yields_what_it_read_before_its_source_failed(analyzer):
    def source():
        for i in range(7):
            yield {"comment_id": f"c{i}", "text": f"comentario número {i}, qué bonito"}
        raise OSError("connection reset")

    out = []
    with pytest.raises(OSError, match="connection reset"):
        for x in analyzer.score_stream(source(), chunk_size=5):
            out.append(x)
    assert [x.comment_id for x in out] == [f"c{i}" for i in range(7)]  # 5 in a chunk, then the 2 buffered


def test_duplicate_id_errors_name_their_row_like_other_errors(analyzer):
    import pandas as pd

    df = pd.DataFrame({"comment_id": ["a", "b", "a"], "text": ["uno", "dos", "tres"]})
    rows = [CommentIn("x", "hola"), CommentIn("x", "otra vez")]
    for errors in (analyzer.score_comments(df).errors, analyzer.score_comments(rows).errors,
                   [e for e in analyzer.score_stream(df) if isinstance(e, RowError)]):
        (err,) = errors
        assert err.error == DUPLICATE_CLASH and err.row in (2, 3) and ":" not in err.source
    nested = [{"id": "a", "text": "hola", "replies": [{"id": "a", "text": "copiado"}]}]
    for errors in (analyzer.score_comments(nested).errors,
                   [e for e in analyzer.score_stream(nested) if isinstance(e, RowError)]):
        assert [(e.row, e.error) for e in errors] == [(1, f"reply 1: {DUPLICATE_CLASH}")]


def test_a_repeated_comment_is_told_from_an_id_reused_by_another_comment(analyzer, tmp_path):
    """QA: overlapping export pages repeat whole comments (harmless) while a wrong id column puts different
    comments under one id (those comments are lost): both were "duplicate comment_id"."""
    from analyzer.io import DumpReader

    rows = [{"comment_id": "a", "text": "uno"}, {"comment_id": "b", "text": "dos"},
            {"comment_id": "a", "text": "uno"}, {"comment_id": "b", "text": "otro texto"}]
    dump = tmp_path / "pages.csv"
    dump.write_text("comment_id,text\n" + "".join(f"{r['comment_id']},{r['text']}\n" for r in rows), encoding="utf-8")
    for errors in (analyzer.score_comments(rows).errors,
                   [e for e in analyzer.score_stream(rows) if isinstance(e, RowError)],
                   [e for e in DumpReader(dump).comments() if isinstance(e, RowError)]):
        assert [(e.row, e.error) for e in errors][-2:] in ([(3, DUPLICATE_SAME), (4, DUPLICATE_CLASH)],
                                                          [(4, DUPLICATE_SAME), (5, DUPLICATE_CLASH)])


def test_report_streams_when_asked_and_says_how_it_ran(tmp_path):
    """QA: `report --stream` scored in batch mode (all comments in memory) while its footer said "streamed"."""
    import re

    from analyzer.cli import main

    rows = [{"comment_id": f"c{i}", "post_id": "p1", "author": f"u{i}", "text": t}
            for i, t in enumerate(["me encanta esta receta", "nice pic 🔥", "la hice y salió perfecta", "🔥🔥🔥"])]
    dump = tmp_path / "d.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    pages = {}
    for mode in ("batch", "stream"):
        out = tmp_path / f"{mode}.html"
        args = ["report", str(dump), "-o", str(out), "-q", "--sentiment-model", "fast"]
        with patch("analyzer.pipeline.Analyzer.score_comments", side_effect=AssertionError("batch")) \
                if mode == "stream" else nullcontext():
            assert main(args + (["--stream"] if mode == "stream" else [])) == 0
        pages[mode] = out.read_text(encoding="utf-8")
    assert "streamed" in pages["stream"] and "streamed" not in pages["batch"]
    kpis = [re.findall(r'class="kpi-value">([^<]*)<', page) for page in pages.values()]
    assert kpis[0] == kpis[1] and kpis[0][0] == "4"


def test_stream_summaries_say_where_they_cut_a_long_comment():
    from analyzer.cli import STREAM_SUMMARY_CHARS, _clip

    long = "Una reseña larga del producto con muchos detalles " * 20
    assert _clip("corto") == "corto" and len(_clip(long)) == STREAM_SUMMARY_CHARS and _clip(long).endswith("…")


def test_stream_summaries_keep_the_handles_named_after_the_cut(analyzer):
    """QA: --stream clipped texts to 280 characters before the promoted-accounts table read their @handles, so four
    accounts pushing @cryptoking_x after character 280 made a promoted account in batch mode and none in --stream;
    a cut inside a handle would also have made up a shorter one."""
    import copy

    from analyzer.cli import STREAM_SUMMARY_CHARS, _clip, summary_record

    filler = "Llevaba años ahorrando sin ver resultados y por fin encontré a alguien que sabe lo que hace. " * 3
    rows = [{"comment_id": f"c{i}", "post_id": "p1", "author": f"user{i}",
             "text": filler[: 290 - i] + f" escríbele a @cryptoking_x, me triplicó los ahorros {i}"} for i in range(4)]
    scored = analyzer.score_comments(rows).comments
    posts = {"p1": PostIn("p1", creator="ana", followers=5000, likes=300, comments=4, caption="Mi rutina")}
    batch = analyzer.summarize(scored, posts).promoted
    kept = [summary_record(copy.deepcopy(c)) for c in scored]
    assert all(len(c.text) < len(r["text"]) and "…" in c.text for c, r in zip(kept, rows, strict=True))
    stream = analyzer.summarize(kept, posts).promoted
    assert [a.handle for a in batch] == [a.handle for a in stream] == ["cryptoking_x"]
    split = _clip("x" * (STREAM_SUMMARY_CHARS - 4) + " @cryptoking_x", handles=True)
    assert split.endswith("x…" + " @cryptoking_x") and "@cry…" not in split


def test_input_columns_are_carried_back_when_asked(tmp_path, capsys, analyzer):
    """A pipeline joins scores back to its own columns (campaign codes, internal ids); the readers kept them in
    CommentIn.extra but no output carried them. Named or 'all', in every format and in the stream; a name like
    an output column must not overwrite the score, and a name no comment has is said, not silently empty."""
    import pandas as pd

    from analyzer.cli import EXIT_USAGE, main

    dump = tmp_path / "d.csv"
    dump.write_text("id,text,Campaign Code,sentiment,internal id\n"
                    "1,me encanta este color!! donde lo compro?,C-01,old,77\n"
                    "2,nice pic 🔥,C-02,,\n"
                    "3,check my profile for free followers,,x,79\n", encoding="utf-8")
    base = ["score", str(dump), "-q", "--sentiment-model", "fast"]
    assert main(base + ["-o", str(tmp_path / "plain"), "--format", "csv"]) == 0
    plain = pd.read_csv(tmp_path / "plain" / "comments.csv", dtype=str, keep_default_na=False)
    assert "Campaign Code" not in plain.columns  # nothing carried unless asked: the schema stays the tool's
    assert main(base + ["-o", str(tmp_path / "named"), "--format", "csv",
                        "--keep-columns", "campaign code, SENTIMENT ,nope"]) == 0
    named = pd.read_csv(tmp_path / "named" / "comments.csv", dtype=str, keep_default_na=False)
    assert list(named.columns)[-3:] == ["campaign code", "input_SENTIMENT", "nope"]
    assert named["campaign code"].tolist() == ["C-01", "C-02", ""] and named["nope"].tolist() == ["", "", ""]
    assert named["input_SENTIMENT"].tolist() == ["old", "", "x"]
    assert set(named["sentiment"]) <= set(SENTIMENT_LABELS) and named["sentiment"].tolist() == plain["sentiment"].tolist()
    notes = json.loads((tmp_path / "named" / "summary.json").read_text(encoding="utf-8"))["notes"]
    assert any("'nope'" in n for n in notes) and not any("campaign code" in n for n in notes)
    for fmt in ("jsonl", "parquet", "xlsx"):
        out = tmp_path / fmt
        assert main(base + ["-o", str(out), "--format", fmt, "--keep-columns", "all"]) == 0
        f = out / f"comments.{fmt}"
        d = (pd.read_json(f, lines=True, dtype=False) if fmt == "jsonl" else pd.read_parquet(f) if fmt == "parquet"
             else pd.read_excel(f, dtype=str))
        assert list(d.columns)[-3:] == ["Campaign Code", "input_sentiment", "internal id"], fmt
        assert d["Campaign Code"].tolist()[:2] == ["C-01", "C-02"] and str(d["internal id"][2]) == "79", fmt
    assert main(base + ["-o", str(tmp_path / "s"), "--stream", "--keep-columns", "all"]) == 0
    rows = [json.loads(x) for x in (tmp_path / "s" / "comments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r.get("Campaign Code") for r in rows] == ["C-01", "C-02", None] and rows[2]["internal id"] == "79"
    assert main(base + ["-o", str(tmp_path / "s2"), "--stream", "--format", "csv", "--keep-columns", "internal id"]) == 0
    s2 = pd.read_csv(tmp_path / "s2" / "comments.csv", dtype=str, keep_default_na=False)
    assert s2["internal id"].tolist() == ["77", "", "79"]
    capsys.readouterr()
    assert main(base + ["-o", str(tmp_path / "s3"), "--stream", "--format", "csv", "--keep-columns", "all"]) == EXIT_USAGE
    assert "--format jsonl" in capsys.readouterr().err and not (tmp_path / "s3").exists()
    # the API: a DataFrame's own columns come back through to_pandas(keep=...)
    df = pd.DataFrame({"text": ["qué rico se ve", "nice pic 🔥"], "order_ref": ["A1", "B2"], "lang": ["x", "y"]})
    res = analyzer.score_comments(df)
    assert res.comments[0].extra == {"order_ref": "A1", "lang": "x"} and "extra" not in res.comments[0].to_dict()
    out = res.to_pandas(keep="all")
    assert out["order_ref"].tolist() == ["A1", "B2"] and out["input_lang"].tolist() == ["x", "y"]
    assert "order_ref" not in res.to_pandas().columns and res.to_pandas(keep=["ORDER REF"])["ORDER REF"].tolist() == ["A1", "B2"]


def test_the_creators_replies_are_told_by_account_id_when_the_names_differ(tmp_path, analyzer):
    """QA: the YouTube Data API now gives "@cocinaconana" as authorDisplayName while videos.list names the channel
    "Cocina con Ana": the creator's replies were scored as audience comments (creator_replies 0, reply rate 0).
    The channel id (authorChannelId vs the video's channelId) tells them, as author_id / creator_id columns do."""
    from analyzer.cli import main

    chan, vid = "UCcocina0000000000000001", "vid00000001"
    def c(cid, text, name, author_chan, parent=None):
        sn = {"videoId": vid, "textOriginal": text, "authorDisplayName": name, "publishedAt": "2024-03-09T18:00:00Z",
              "authorChannelId": {"value": author_chan}, **({"parentId": parent} if parent else {})}
        return {"kind": "youtube#comment", "id": cid, "snippet": sn}
    thread = {"kind": "youtube#commentThread", "id": "t1", "snippet": {
        "videoId": vid, "channelId": chan, "totalReplyCount": 1,
        "topLevelComment": c("t1", "¿cuánto tiempo se hornea?", "@maria.g", "UCmaria")},
        "replies": {"comments": [c("t1.r1", "25 minutos a 180 grados!", "@cocinaconana", chan, "t1")]}}
    dump = tmp_path / "threads.json"
    dump.write_text(json.dumps({"kind": "youtube#commentThreadListResponse", "items": [thread]}), encoding="utf-8")
    videos = tmp_path / "videos.json"
    videos.write_text(json.dumps({"kind": "youtube#videoListResponse", "items": [{"kind": "youtube#video", "id": vid,
        "snippet": {"channelId": chan, "channelTitle": "Cocina con Ana", "title": "Tortilla"},
        "statistics": {"likeCount": "30", "commentCount": "2"}}]}), encoding="utf-8")
    out = tmp_path / "o"
    assert main(["score", str(dump), "--posts", str(videos), "-o", str(out), "-q", "--sentiment-model", "fast"]) == 0
    rows = {r["comment_id"]: r for r in map(json.loads, (out / "comments.jsonl").read_text(encoding="utf-8").splitlines())}
    assert rows["t1.r1"]["creator_reply"] is True and rows["t1"]["creator_reply"] is False
    assert rows["t1.r1"]["author_id"] == chan
    totals = json.loads((out / "summary.json").read_text(encoding="utf-8"))["totals"]
    assert (totals["creator_replies"], totals["audience_comments"]) == (1, 1)
    post = json.loads((out / "posts.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert post["reply_rate"] == 1.0
    # the same from a plain table with author_id / creator_id columns
    res = analyzer.score_comments([{"comment_id": "a", "text": "¿a qué temperatura?", "author": "fan", "author_id": "9",
                                    "post_id": "p", "creator": "Cocina con Ana", "creator_id": "77"},
                                   {"comment_id": "b", "text": "a 180, gracias!", "author": "@cocinaconana",
                                    "author_id": "77", "post_id": "p", "parent_id": "a"}])
    assert [c.creator_reply for c in res.comments] == [False, True]
    assert analyzer.summarize(res.comments, res.posts).posts[0].n_creator_replies == 1
    # replies read with comments.list alone name their channel (snippet.channelId) but no video: the creator's
    # reply is still told by it (QA: it was counted as the audience's)
    replies = []
    for cid, text, name, author_chan in (("r1", "25 minutos a 180 grados!", "@cocinaconana", chan),
                                          ("r2", "¡gracias por la receta!", "@pepe", "UCpepe")):
        reply = c(cid, text, name, author_chan, "t9")
        del reply["snippet"]["videoId"]
        reply["snippet"]["channelId"] = chan
        replies.append(reply)
    only = tmp_path / "replies.json"
    only.write_text(json.dumps({"kind": "youtube#commentListResponse", "items": replies}), encoding="utf-8")
    from analyzer.io import read_comments

    res = analyzer.score_comments(list(read_comments(only)))
    assert [(x.comment_id, x.post_id, x.creator_reply) for x in res.comments] == [("r1", None, True), ("r2", None, False)]


def test_kept_columns_keep_the_input_order_and_their_values_exact(tmp_path):
    """QA: `--keep-columns all` ordered columns by their first non-empty value and dropped an all-empty one (a
    daily pipeline's schema changed with the dump); a 19-digit id lost digits in xlsx; --excel wrote a kept "-3"
    as text ('-3)."""
    import pandas as pd

    from analyzer.cli import main

    dump = tmp_path / "d.jsonl"
    rows = [{"comment_id": "a", "text": "me encanta", "campaign_code": None, "region": "MX", "unused": None,
             "user_ref": 7350000000000000001, "delta": "-3"},
            {"comment_id": "b", "text": "qué rico", "campaign_code": "C1", "region": "AR", "unused": None,
             "user_ref": 12, "delta": "-0.25"}]
    dump.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    base = ["score", str(dump), "-q", "--sentiment-model", "fast", "--keep-columns", "all"]
    assert main(base + ["-o", str(tmp_path / "x"), "--format", "xlsx"]) == 0
    x = pd.read_excel(tmp_path / "x" / "comments.xlsx", dtype=str)
    assert list(x.columns)[-5:] == ["campaign_code", "region", "unused", "user_ref", "delta"]
    assert x["user_ref"].tolist() == ["7350000000000000001", "12"]  # all 19 digits, as text
    assert main(base + ["-o", str(tmp_path / "e"), "--excel"]) == 0
    lines = (tmp_path / "e" / "comments.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].endswith(",-3") and lines[2].endswith(",-0.25")  # numbers, not '-3


def test_a_reply_without_a_post_joins_its_parents_post(analyzer):
    """QA: YouTube's comments.list?parentId= replies carry no videoId: they were "comments with no post_id" although
    their parent, in the same run, names the video. Followed up the thread; a cycle or an unknown parent stays."""
    res = analyzer.score_comments([
        {"comment_id": "t1", "text": "¿a qué temperatura?", "post_id": "V1"},
        {"comment_id": "r1", "text": "a 180", "parent_id": "t1"},
        {"comment_id": "r2", "text": "gracias!!", "parent_id": "r1"},
        {"comment_id": "x1", "text": "hola", "parent_id": "x2"}, {"comment_id": "x2", "text": "hey", "parent_id": "x1"},
        {"comment_id": "z1", "text": "ok", "parent_id": "nowhere"}])
    assert {c.comment_id: c.post_id for c in res.comments} == {"t1": "V1", "r1": "V1", "r2": "V1", "x1": None,
                                                                "x2": None, "z1": None}


def test_the_creators_replies_get_no_coordination_flags(analyzer):
    """QA: the creator's repeated thank-yous carried a cluster_id that clusters.* (which leaves creators out) did
    not hold, and the reason "near-identical text from 1 other accounts" (two creators' replies grouped)."""
    rows = [{"comment_id": f"a{i}", "text": f"¿cuánto horno lleva la receta {i}?", "author": f"fan{i}", "post_id": p,
             "creator": cr} for i, (p, cr) in enumerate([("p1", "ana"), ("p2", "bea")])]
    rows += [{"comment_id": f"r{i}", "text": "¡Muchas gracias por tu comentario! 💕", "author": cr, "post_id": p,
              "parent_id": f"a{i}"} for i, (p, cr) in enumerate([("p1", "ana"), ("p2", "bea")])]
    rows += [{"comment_id": f"f{i}", "text": "Qué guapa!! 😍 sígueme", "author": f"pod{i}", "post_id": "p1"}
             for i in range(3)]
    res = analyzer.score_comments(rows)
    by = {c.comment_id: c for c in res.comments}
    for rid in ("r0", "r1"):
        r = by[rid]
        assert r.creator_reply and r.cluster_id is None and not (r.duplicate or r.coordinated), rid
        assert not any("near-identical" in x for x in r.reasons), r.reasons
    assert {by[f"f{i}"].cluster_id for i in range(3)} != {None}  # the audience's repeats are still grouped
    clusters = {c.cluster_id for c in analyzer.summarize(res.comments, res.posts).clusters}
    assert {c.cluster_id for c in res.comments if c.cluster_id} <= clusters


def test_cli_names_id_campaign_and_fee_columns_and_spanish_headers_are_read(tmp_path, capsys, monkeypatch):
    """QA: no flag could point at an author/creator id, campaign or fee column ("id_autor"), so the id-based
    creator replies were out of reach from the CLI; "creador" / "respuesta_a" were ignored without a word;
    `report -o out/` wrote a file named out; Ctrl-C while the models load printed a traceback."""
    from analyzer.cli import EXIT_INTERRUPTED, _columns, build_parser, main
    from analyzer.io import DumpReader

    args = build_parser().parse_args(["score", "x.csv", "-o", "out", "--author-id-col", "id_autor",
                                      "--creator-id-col", "id_creador", "--campaign-col", "campaña",
                                      "--fee-col", "tarifa"])
    cols = _columns(args)
    assert (cols.author_id_col, cols.creator_id_col, cols.campaign_col, cols.fee_col) == (
        "id_autor", "id_creador", "campaña", "tarifa")
    f = tmp_path / "es.csv"
    f.write_text("comment_id,text,post_id,creador,respuesta_a,id_autor,id_creador\n"
                 "1,¿cuánto horno?,p1,Cocina con Ana,,u9,c1\n2,25 minutos!,p1,Cocina con Ana,1,c1,c1\n", encoding="utf-8")
    reader = DumpReader(f, columns=cols)
    c1, c2 = reader.comments()
    assert (reader.posts["p1"].creator, reader.posts["p1"].creator_id, c2.parent_id, c2.author_id) == (
        "Cocina con Ana", "c1", "1", "c1")
    out = tmp_path / "newdir"
    assert main(["report", str(f), "-o", str(out) + "/", "-q", "--sentiment-model", "fast"]) == 0
    assert (out / "report.html").is_file()

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr("analyzer.pipeline.Analyzer.load", interrupted)
    capsys.readouterr()
    assert main(["score", str(f), "-o", str(tmp_path / "o"), "-q"]) == EXIT_INTERRUPTED
    assert "interrupted while loading" in capsys.readouterr().err


def test_cli_col_names_any_field_and_refuses_unknown_or_conflicting_ones(tmp_path, capsys):
    """QA: an export's like_count / comments_count / follower_count could not be mapped from the CLI (no flag for
    post likes, comment counts, shares, account fields...): every rate stayed empty."""
    from analyzer.cli import EXIT_USAGE, _columns, build_parser, main
    from analyzer.io import DumpReader

    parse = build_parser().parse_args
    args = parse(["score", "x.csv", "-o", "out", "--text-col", "body", "--col", "post_likes=like_count",
                  "--col", "post-comments=comments_count", "--col", "followers_col=follower_count",
                  "--col", "author_followers=user_followers"])
    cols = _columns(args)
    assert (cols.text_col, cols.post_likes_col, cols.post_comments_col, cols.followers_col,
            cols.author_followers_col) == ("body", "like_count", "comments_count", "follower_count", "user_followers")
    f = tmp_path / "c.csv"
    f.write_text("cid,body,post_id,like_count,comments_count,follower_count,user_followers\n"
                 "c1,me encanta,m1,120,2,5000,1.2K\nc2,qué rico,m1,120,2,5000,40\n", encoding="utf-8")
    reader = DumpReader(f, columns=cols)
    c1, _ = reader.comments()
    post = reader.posts["m1"]
    assert (post.likes, post.comments, post.followers, c1.account.followers) == (120, 2, 5000, 1200)
    for bad, why in ((["--col", "likez=a"], "unknown field 'likez'"), (["--col", "likes"], "expected FIELD=COLUMN")):
        with pytest.raises(SystemExit):
            parse(["score", "x.csv", "-o", "out", *bad])
        assert why in capsys.readouterr().err
    assert main(["score", str(f), "-o", str(tmp_path / "o"), "--text-col", "body", "--col", "text=other"]) == EXIT_USAGE
    assert "--text-col 'body' and --col text='other' disagree" in capsys.readouterr().err
    # regression QA: a typo'd --col left its field empty without a word; a column found in the posts file is fine
    posts = tmp_path / "p.csv"
    posts.write_text("post_id,creator,seguidores\nm1,ana,5000\n", encoding="utf-8")
    typo = DumpReader(f, posts=posts, columns=_columns(parse(["score", "x", "-o", "o", "--text-col", "body",
                                                              "--col", "post_likes=like_cuont",
                                                              "--col", "followers=seguidores"])))
    list(typo.comments())
    (note,) = [n for n in typo.stats.files[0].notes if "found in no input file" in n]
    assert "post_likes='like_cuont'" in note and "seguidores" not in note
    assert typo.posts["m1"].followers == 5000


def test_cli_for_schedulers_sigterm_unwritable_output_strict_and_run_record(tmp_path, capsys, monkeypatch):
    """QA (a nightly job): SIGTERM killed the run with no message and left a temporary file; an unwritable -o
    failed with a traceback after all the scoring; `-q --strict` exited 1 saying nothing; summary.json did not
    say whether scores were int8 or flags partial (stream)."""
    import json
    import os
    import signal
    import tempfile

    from analyzer.cli import EXIT_INTERRUPTED, EXIT_ROW_ERRORS, EXIT_USAGE, main

    f = tmp_path / "c.csv"
    f.write_text("comment_id,text\n1,qué rico se ve\n2,\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(f), "-o", str(out), "-q", "--strict", "--sentiment-model", "fast"]) == EXIT_ROW_ERRORS
    assert "--strict: 1 row could not be scored" in capsys.readouterr().err
    run = json.loads((out / "summary.json").read_text(encoding="utf-8"))["run"]
    assert run["mode"] == "batch" and run["precision"] == "fp32" and run["version"]

    def terminated(*a, **k):
        os.kill(os.getpid(), signal.SIGTERM)  # what an orchestrator sends; the handler makes it Ctrl-C

    monkeypatch.setattr("analyzer.pipeline.Analyzer.load", terminated)
    before = signal.getsignal(signal.SIGTERM)
    assert main(["score", str(f), "-o", str(out), "-q"]) == EXIT_INTERRUPTED
    assert "interrupted while loading" in capsys.readouterr().err
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is the run's, not left installed
    assert (out / "comments.jsonl").exists()  # the previous run's outputs are kept
    monkeypatch.undo()

    def read_only(*a, **k):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    assert main(["score", str(f), "-o", str(tmp_path / "ro" / "x"), "-q"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "cannot write in" in err and "Read-only file system" in err


def test_an_interrupted_stream_leaves_the_previous_run_whole(tmp_path, capsys, monkeypatch):
    """QA: `--stream` removed the previous run's tables once its first chunk was read, so a nightly stream killed
    an hour in left the folder with neither run's results."""
    from analyzer.cli import EXIT_INTERRUPTED, main

    f = tmp_path / "c.csv"
    f.write_text("comment_id,text\n1,qué rico se ve\n2,me encantó el final\n3,nice pic\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(f), "-o", str(out), "-q", "--sentiment-model", "fast"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert {"comments.jsonl", "summary.json", "posts.jsonl"} <= set(before)
    seen = []

    def killed_midway(text, handles=False):
        seen.append(text)
        if len(seen) == 4:  # the second comment's text (each comment's text and normalised text are clipped)
            raise KeyboardInterrupt
        return text

    monkeypatch.setattr("analyzer.cli._clip", killed_midway)
    assert main(["score", str(f), "-o", str(out), "-q", "--stream", "--sentiment-model", "fast"]) == EXIT_INTERRUPTED
    assert "interrupted" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing removed, no temporary file left
    seen.clear()  # into a new folder: no empty folder is left behind (QA)
    assert main(["score", str(f), "-o", str(tmp_path / "fresh"), "-q", "--stream", "--sentiment-model",
                 "fast"]) == EXIT_INTERRUPTED
    assert not (tmp_path / "fresh").exists()
    monkeypatch.undo()
    assert main(["score", str(f), "-o", str(out), "-q", "--stream", "--sentiment-model", "fast"]) == 0
    assert len((out / "comments.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert '"mode": "stream"' in (out / "summary.json").read_text(encoding="utf-8")


def test_posts_given_to_the_api_are_read_like_a_files(analyzer):
    """QA: PostIn records built from a DataFrame (NaN for missing, text numbers and times, integer keys and
    creator ids from a database) were used as given: a NaN creator failed the whole batch, a NaN caption made every
    comment a row error, int keys and ids silently matched nothing."""
    from datetime import datetime, timezone

    from analyzer.records import PostIn

    nan = float("nan")
    posts = {101: PostIn("101", creator="chef", creator_id=42, followers="50,000", likes=10.0, caption=nan,
                         fee="€1.200,50", posted_at="2024-03-01T10:00:00Z", campaign=nan),
             "p2": PostIn("p2", creator=nan, followers=nan, likes="muchos"),
             "p3": PostIn("pX", creator="bea")}
    rows = [{"comment_id": 1, "text": "qué rico se ve", "post_id": 101, "author": "fan"},
            {"comment_id": 2, "text": "¡gracias!", "post_id": 101, "author": "chef_alt", "author_id": 42},
            {"comment_id": 3, "text": "hola", "post_id": "p2"}, {"comment_id": 4, "text": "wow", "post_id": "p3"}]
    res = analyzer.score_comments(rows, posts=posts)
    assert len(res.comments) == 4 and not res.errors
    p = res.posts["101"]
    assert (p.followers, p.likes, p.caption, p.fee, p.fee_currency, p.campaign, p.creator_id) == (
        50_000, 10, None, 1200.5, "EUR", None, "42")
    assert p.posted_at == datetime(2024, 3, 1, 10, tzinfo=timezone.utc)
    assert [c.creator_reply for c in res.comments] == [False, True, False, False]
    assert (res.posts["p2"].creator, res.posts["p2"].followers, res.posts["p2"].likes) == (None, None, None)
    notes = [w.detail for w in res.warnings if w.kind == "post_field"]
    assert any("bad likes" in n for n in notes) and any("'pX' differs from its key 'p3'" in n for n in notes)
    s = analyzer.summarize(res.comments, res.posts)
    assert s.posts.get("101").n_creator_replies == 1 and s.posts.get("101").cost_currency == "EUR"


def test_dataframe_columns_named_by_numbers_are_read(analyzer):
    """QA: read_csv(header=None) names columns 0, 1, ...: text_col="0" found nothing (every row a 'missing text'
    error) and a column labelled 2024 was dropped from extra."""
    import pandas as pd

    from analyzer.io import ColumnMap

    df = pd.DataFrame([["me encanta", "u1"], ["qué malo", "u2"]])
    res = analyzer.score_comments(df, columns=ColumnMap(text_col="0", author_col="1"))
    assert [c.author for c in res.comments] == ["u1", "u2"] and not res.errors
    kept = analyzer.score_comments(pd.DataFrame({"text": ["x"], 2024: [7]}))
    assert kept.comments[0].extra == {"2024": 7}
    big = pd.DataFrame({"text": ["a1", "b2", "c3"], "order_ref": pd.array([2**60 + 1, None, 2**60 + 3], dtype="Int64")})
    refs = analyzer.score_comments(big).to_pandas(keep="all")["order_ref"].tolist()
    assert refs[0] == 2**60 + 1 and refs[2] == 2**60 + 3 and refs[1] is None  # exact, not float64


def test_stream_and_batch_give_the_same_generated_ids(analyzer):
    """QA: score_stream(["uno"]) named the comment "stream:1", score_comments "records:1": switching modes changed
    the join keys of id-less rows."""
    rows = ["uno dos tres", "", "me encanta"]
    batch = analyzer.score_comments(rows)
    stream = list(analyzer.score_stream(rows))
    assert [c.comment_id for c in batch.comments] == [x.comment_id for x in stream if hasattr(x, "sentiment")]
    assert [(e.source, e.row) for e in batch.errors] == [(x.source, x.row) for x in stream if hasattr(x, "error")]


def test_every_cluster_id_a_stream_writes_is_in_the_clusters_table(analyzer):
    """QA: in a stream, a comment repeating one of an earlier chunk carried a cluster_id that clusters.jsonl did not
    list (the earlier comment was written before the group existed): 317 ids in the comments, 197 in the table."""
    from datetime import datetime, timedelta, timezone

    t0 = datetime(2025, 5, 1, 12, tzinfo=timezone.utc)
    texts = ["Qué receta tan buena, la hago el domingo", "me encantó la parte del horno", "¿cuánto azúcar lleva?",
             "Lo intenté y salió perfecto, gracias", "dónde compraste ese molde?", "qué buena pinta tiene"]
    rows = [{"comment_id": f"c{i}", "text": texts[i % 6] + ("!" * (i // 6)), "author": f"user{i}", "post_id": "p1",
             "created_at": (t0 + timedelta(hours=i)).isoformat()} for i in range(12)]  # each text twice, chunks apart
    scored = [x for x in analyzer.score_stream(rows, chunk_size=5) if not isinstance(x, RowError)]
    ids = {c.cluster_id for c in scored if c.cluster_id}
    assert ids  # repeats across chunks were found
    listed = {cl.cluster_id for cl in analyzer.summarize(scored).clusters}
    assert ids <= listed


def test_stream_chunks_hold_the_same_comments_as_batch_chunks(analyzer, monkeypatch):
    """QA: with int8 a comment's score depends a little on its batch's other comments, and a stream counted row
    errors into its chunks (1,024 rows) where score_comments counts comments: 55 of 2,000 labels differed between
    the two modes on a file with 40 empty rows. A stream chunk is now `chunk_size` comments, errors aside."""
    from analyzer.pipeline import Analyzer

    sizes: list[int] = []
    real = Analyzer._safe_chunk

    def spy(self, part, *a, **k):
        sizes.append(len(part))
        return real(self, part, *a, **k)

    monkeypatch.setattr(Analyzer, "_safe_chunk", spy)
    rows = []
    for i in range(23):
        rows.append({"comment_id": f"c{i}", "text": f"comentario número {i}, qué buena receta"})
        if i % 3 == 0:
            rows.append({"comment_id": f"e{i}", "text": ""})  # a row error between comments
    out = list(analyzer.score_stream(rows, chunk_size=5))
    assert len(out) == len(rows) and sizes == [5, 5, 5, 5, 3]


def test_a_nul_in_a_comment_is_repaired_and_never_written(tmp_path):
    """QA: a raw NUL went into comments.csv and "\\u0000" into JSONL; PostgreSQL's text and jsonb refuse both, so a
    warehouse load failed on one comment of a nightly dump. Replaced with U+FFFD, with a warning; a comment of only
    NULs is an empty comment."""
    import json

    from analyzer.cli import main

    f = tmp_path / "n.csv"
    f.write_bytes(b"comment_id,text\n1,hola\x00mundo qu\xc3\xa9 rico\n2,\x00\x00\n3,ok\n")
    out = tmp_path / "o"
    assert main(["score", str(f), "-o", str(out), "-q", "--sentiment-model", "fast", "--format", "csv"]) == 0
    assert b"\x00" not in (out / "comments.csv").read_bytes()
    assert "hola\ufffdmundo qué rico" in (out / "comments.csv").read_text(encoding="utf-8")
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    warnings = [json.loads(x) for x in (out / "warnings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["comment_id"], e["error"]) for e in errors] == [("2", "empty comment")]
    assert [(w["id"], "NUL" in w["detail"]) for w in warnings] == [("1", True)]


def test_a_giveaways_entries_are_not_a_pod(analyzer):
    """Regression QA: 70 "participo @a @b @c 🙏" entries within an hour under a giveaway were one coordinated pod,
    every entrant's weight 0 and the report's pod share inflated. Under a post that announces a giveaway, tag lists
    follow its rule; the same comments under any other post are still a pod."""
    from datetime import datetime, timedelta, timezone

    from analyzer.records import PostIn

    t0 = datetime(2025, 5, 1, 12, tzinfo=timezone.utc)
    rows = [{"comment_id": f"c{i}", "text": f"participo @amiga{i} @amigo{i + 1} @prima{i + 2} 🙏", "author": f"fan{i}",
             "post_id": "p1", "created_at": (t0 + timedelta(minutes=i)).isoformat()} for i in range(30)]
    flagged = {}
    for caption in ("¡SORTEO! 🎁 Para participar sigue la cuenta y etiqueta a 3 amigos", "Nuevo pan de masa madre"):
        posts = {"p1": PostIn("p1", creator="panaderia", followers=8_000, likes=900, comments=30, caption=caption)}
        res = analyzer.score_comments(rows, posts=posts)
        flagged[caption[:6]] = sum(c.coordinated for c in res.comments)
    assert flagged == {"¡SORTE": 0, "Nuevo ": 30}


def test_a_pod_hiding_in_a_giveaways_tag_lists_is_still_found(analyzer):
    """Review: once giveaway entries were left out of coordination, a pod could hide there. Entrants tag their own
    friends (or only the accounts the caption asks for); 8 accounts tagging the very same outside handles with the
    same words within minutes are the pod, and only they are flagged."""
    from datetime import datetime, timedelta, timezone

    from analyzer.records import PostIn

    t0 = datetime(2025, 5, 1, 12, tzinfo=timezone.utc)
    rows = [{"comment_id": f"e{i}", "text": f"participo @amiga{i} @amigo{i + 1} @prima{i + 2} 🙏", "author": f"fan{i}",
             "post_id": "p1", "created_at": (t0 + timedelta(minutes=i)).isoformat()} for i in range(30)]
    rows += [{"comment_id": f"r{i}", "text": "@cafe.origen @panaderia participo!", "author": f"fiel{i}",
              "post_id": "p1", "created_at": (t0 + timedelta(minutes=i, seconds=30)).isoformat()} for i in range(6)]
    rows += [{"comment_id": f"pod{i}", "text": "me apunto 🔥🔥 @ofertas.vip.mx @gana.dinero.ya", "author": f"pod{i}",
              "post_id": "p1", "created_at": (t0 + timedelta(minutes=3, seconds=20 * i)).isoformat()} for i in range(8)]
    caption = "¡SORTEO! 🎁 Sigue a @panaderia y @cafe.origen y etiqueta a 3 amigos"
    posts = {"p1": PostIn("p1", creator="panaderia", followers=8_000, likes=900, comments=44, caption=caption)}
    res = analyzer.score_comments(rows, posts=posts)
    flagged = {c.comment_id for c in res.comments if c.coordinated}
    assert flagged == {f"pod{i}" for i in range(8)}


def test_the_comments_likes_and_its_authors_account_reach_the_table(analyzer):
    """QA: comment likes and the author's account (the signals behind bot_like) were read and then not written:
    they are fields, not input columns, so --keep-columns could not bring them back either."""
    res = analyzer.score_comments([
        {"comment_id": "a", "text": "sígueme y te sigo 🔥", "comment_likes": "3", "author_followers": "12",
         "author_following": "4,800", "author_created_at": "2024-03-01", "author_default_avatar": "yes"},
        {"comment_id": "b", "text": "¿cuánto tiempo al horno?"},
    ])
    a, b = res.comments
    assert (a.comment_likes, a.author_followers, a.author_following, a.author_default_avatar) == (3, 12, 4800, True)
    assert a.author_created_at.year == 2024 and a.to_dict()["author_created_at"].startswith("2024-03-01")
    assert (b.comment_likes, b.author_followers, b.author_verified) == (None, None, None)
    df = res.to_pandas()
    assert list(df["author_following"].astype("float")[:1]) == [4800.0] and str(df["author_created_at"].dtype) == \
        "datetime64[us, UTC]"


def test_api_records_with_nested_replies_score_them_as_the_cli_does(analyzer):
    """QA: score_comments(records) and score_stream returned only the top-level comments of records that nest their
    replies (the CLI expanded them): the same records give the same comments either way."""
    recs = [{"comment_id": "a1", "text": "¿a qué temperatura?", "post_id": "p1", "author": "fan",
             "replies": [{"comment_id": "a1r1", "text": "180 grados", "author": "chef"}]},
            {"comment_id": "a2", "text": "qué rico", "post_id": "p1"}]
    res = analyzer.score_comments(recs)
    assert [(c.comment_id, c.parent_id, c.post_id) for c in res.comments] == [
        ("a1", None, "p1"), ("a1r1", "a1", "p1"), ("a2", None, "p1")]
    assert any("1 reply nested inside comments" in w.detail for w in res.warnings)
    assert [c.comment_id for c in analyzer.score_stream(recs)] == ["a1", "a1r1", "a2"]


def test_parquet_tables_keep_their_types_on_a_day_with_no_good_row(tmp_path):
    """QA: an all-bad input's Parquet tables had every column typed `null` (a daily load could not append them),
    and a full day's types depended on its rows. Every table is written with its declared schema."""
    import pyarrow.parquet as pq

    from analyzer.cli import main

    bad, good = tmp_path / "bad.jsonl", tmp_path / "good.jsonl"
    bad.write_text('{"comment_id": "x", "text": ""}\n', encoding="utf-8")
    good.write_text(json.dumps({"comment_id": "a", "text": "me encanta 😍", "post_id": "p", "followers": 1200,
                                "likes": 40, "creator": "ana", "created_at": "2024-03-01T10:00:00Z"}) + "\n",
                    encoding="utf-8")
    for name, src in (("b", bad), ("g", good)):
        assert main(["score", str(src), "-o", str(tmp_path / name), "-q", "--format", "parquet",
                     "--sentiment-model", "fast"]) in (0, 1)
    for table in ("comments", "posts", "creators", "campaigns", "clusters", "promoted"):
        empty, full = (pq.read_schema(tmp_path / d / f"{table}.parquet") for d in ("b", "g"))
        assert empty.equals(full), table
        assert not [f.name for f in empty if str(f.type) == "null"], table
    assert str(pq.read_schema(tmp_path / "b" / "posts.parquet").field("sentiment_mix").type).startswith("struct")


def test_api_records_are_read_as_files_are_wherever_they_come_in(analyzer):
    """QA (a data engineer's pipeline): posts given to `summarize` after a stream were used raw (an int key
    crashed, "48,200" crashed, a NaN fee gave a NaN cost, numpy ints broke JSON); CommentIn and PostIn times ignored
    ColumnMap's zone and day/month order; CommentIn likes stayed "12k"; a database's Decimal ids and counts were
    refused; a gap in a list of texts was an "unsupported record type"."""
    from decimal import Decimal

    import numpy as np
    import pandas as pd

    from analyzer.io import ColumnMap
    from analyzer.records import PostIn, ScoredComment

    rows = [{"comment_id": f"c{i}", "text": t, "post_id": "101"}
            for i, t in enumerate(["me encanta este color", "qué bonito", "nice pic"])]
    items = [x for x in analyzer.score_stream(rows) if isinstance(x, ScoredComment)]
    expected = analyzer.summarize(items, {"101": PostIn("101", followers=48200, likes=2100)}).posts[0].to_dict()
    for given in ({101: PostIn("101", followers=48200, likes=2100)},
                  {"101": PostIn("101", followers="48,200", likes="2,100", fee=float("nan"))},
                  {"101": PostIn("101", followers=np.int64(48200), likes=np.int64(2100))},
                  {"101": PostIn("101", followers=Decimal("48200"), likes=Decimal("2100"))}):
        summary = analyzer.summarize(items, given)
        assert summary.posts[0].to_dict() == expected
        json.dumps(summary.to_dict(), allow_nan=False)
    fee = analyzer.summarize(items, {"101": PostIn("101", followers=48200, likes=2100, fee=Decimal("1200.50"))})
    assert fee.posts[0].cost_low == 1200.5
    # a currency written in lower case or as a symbol is the code a fee cell's mark reads as (QA: "usd" beside a
    # post's "$" left the creator's cost empty, "costs in several currencies (USD, usd)")
    two = {"101": PostIn("101", creator="ana", followers=48200, likes=2100, fee=300, fee_currency="usd"),
           "102": PostIn("102", creator="ana", followers=48200, likes=900, fee="US$ 200")}
    ana = analyzer.summarize(items, two).creators.get("ana")
    assert ana.cost_low == 500 and ana.cost_currency == "USD" and not any("currencies" in n for n in ana.notes)
    assert [analyzer.summarize(items, {"101": PostIn("101", followers=1, likes=1, fee=1, fee_currency=c)})
            .posts[0].cost_currency for c in ("€", " chf ", "dólares")] == ["EUR", "CHF", "USD"]

    mx = ColumnMap(time_zone="America/Mexico_City")
    res = analyzer.score_comments([CommentIn("1", "hola", post_id="p", created_at="2024-03-01 18:45")],
                                  posts={"p": PostIn("p", posted_at="2024-03-01 18:00")}, columns=mx)
    assert (res.comments[0].created_at.isoformat(), res.posts["p"].posted_at.isoformat()) == (
        "2024-03-02T00:45:00+00:00", "2024-03-02T00:00:00+00:00")
    dmy = analyzer.score_comments([CommentIn("1", "hola", created_at="05/03/2024 10:00")], columns=ColumnMap(date_order="dmy"))
    assert dmy.comments[0].created_at.isoformat() == "2024-03-05T10:00:00+00:00" and not dmy.warnings

    res = analyzer.score_comments([CommentIn("a", "hola amigos", likes="12k"), CommentIn("b", "hola", likes=np.int64(4)),
                                   CommentIn("c", "qué tal", likes=float("nan")), CommentIn("d", "bien", likes=-5)])
    assert [c.comment_likes for c in res.comments] == [12000, 4, None, None]
    assert [w.detail for w in res.warnings] == ["bad likes: negative count: -5"]
    json.dumps(res.to_dicts(), allow_nan=False)
    res.to_pandas()

    db = analyzer.score_comments([{"comment_id": Decimal("101"), "text": "qué rico", "post_id": Decimal("7"),
                                   "followers": Decimal("48200")}])
    assert (db.comments[0].comment_id, db.comments[0].post_id, db.posts["7"].followers, db.errors) == ("101", "7", 48200, [])
    for texts in (["hola", None], pd.Series(["hola", None])):
        assert [(e.row, e.error) for e in analyzer.score_comments(texts).errors] == [(2, "text is null")]


def test_a_stream_gives_its_warnings_and_posts_and_batches_can_name_themselves(analyzer):
    """QA: score_stream used the rows' post columns but gave no way to get them back (summarize then had no ER)
    and dropped every warning; generated ids repeated in every batch ("records:1")."""
    from analyzer.records import ScoredComment

    rows = [{"text": "me encanta 😍", "post_id": "p1", "followers": 1000, "likes": 50, "created_at": "ayer"},
            {"text": "qué bonito color", "post_id": "p1", "followers": 1000, "likes": 50}]
    warnings, posts = [], {}
    out = list(analyzer.score_stream(rows, on_warning=warnings.append, found_posts=posts, source="day1"))
    scored = [x for x in out if isinstance(x, ScoredComment)]
    assert [c.comment_id for c in scored] == ["day1:1", "day1:2"]
    assert [(w.kind, w.id) for w in warnings if w.kind == "comment_field"] == [("comment_field", "day1:1")]
    assert (posts["p1"].followers, posts["p1"].likes) == (1000, 50)
    batch = analyzer.score_comments(rows, source="day1")
    assert analyzer.summarize(scored, posts).posts[0].to_dict() == analyzer.summarize(batch).posts[0].to_dict()
    assert [c.comment_id for c in analyzer.score_comments(rows[:1], source="day2").comments] == ["day2:1"]


def test_cli_takes_inputs_after_options_and_names_an_overlapping_export(tmp_path):
    """QA: `score a.csv -o out/ b.csv` (a script appending files) failed with "unrecognized arguments: b.csv"."""
    from analyzer.cli import main

    a, b = tmp_path / "page1.csv", tmp_path / "page2.csv"
    a.write_text("comment_id,text\n1,qué buena receta\n2,me encantó\n", encoding="utf-8")
    b.write_text("comment_id,text\n2,me encantó\n3,la hice ayer\n", encoding="utf-8")  # page 2 repeats row 2
    out = tmp_path / "o"
    assert main(["score", str(a), "-o", str(out), "--format", "csv", str(b), "-q", "--sentiment-model", "fast"]) == 0
    info = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert info["inputs"] == [str(a), str(b)] and (info["comments_scored"], info["row_errors"]) == (3, 1)
    (error,) = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (error["source"], error["row"], error["error"]) == (str(b), 2, DUPLICATE_SAME)


def test_cli_reads_pipes_and_reports_progress_in_a_log(tmp_path, monkeypatch, capsys):
    """QA (a pipeline): `zcat dump | comment-analyzer score -` said "file not found: -", `<(…)` "file not found:
    /dev/fd/63", `-o -` made a folder named "-", and with stderr in a log file a long run said nothing until the
    end. Pipes are copied once (the readers open a file more than once), gzip or not, named by their first bytes."""
    import gzip
    import io
    import os
    import threading

    from analyzer.cli import EXIT_USAGE, main

    csv_bytes = "comment_id,text\n1,qué buena receta\n2,love this\n3,\n".encode()

    class _Stdin:
        buffer = io.BytesIO(gzip.compress(csv_bytes))

    monkeypatch.setattr("sys.stdin", _Stdin)
    out = tmp_path / "o"
    assert main(["score", "-", "-o", str(out), "--progress", "--sentiment-model", "fast", "--format", "csv"]) == 0
    err = capsys.readouterr().err
    info = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert info["inputs"] == ["-"] and info["rows_in"] == 3 and info["comments_scored"] == 2 and info["row_errors"] == 1
    assert "-: read as csv (copied to a temporary file" in err
    # the copy is gone after the run: row errors and file lines name the input as given, not the copy's path
    (error,) = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (error["source"], error["row"]) == ("<stdin>", 4) and info["files"][0].startswith("<stdin> (csv")
    assert "progress: 2 comments scored of 2 (100%)" in err  # the last line; a line every 10 s before it

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(b'{"comment_id": "a", "text": "hola"}\n'))
    writer.start()
    assert main(["score", str(fifo), "-o", str(tmp_path / "o2"), "-q", "--sentiment-model", "fast"]) == 0
    writer.join()
    info = json.loads((tmp_path / "o2" / "summary.json").read_text(encoding="utf-8"))
    assert info["inputs"] == [str(fifo)] and info["comments_scored"] == 1
    assert info["files"][0].startswith(f"{fifo} (jsonl")

    dump = tmp_path / "d.csv"
    dump.write_bytes(csv_bytes)
    capsys.readouterr()
    assert main(["score", str(dump), "-o", "-"]) == EXIT_USAGE and not Path("-").exists()
    assert "not stdout" in capsys.readouterr().err


def test_wrong_model_arguments_say_what_is_wrong(tmp_path):
    """QA: an existing folder that is another model was "authenticity model missing ...; train it", a file named
    as the sentiment model gave transformers' own config error, and a number a TypeError from inside pathlib."""
    from analyzer import Analyzer
    from analyzer.authenticity import AuthenticityModelError
    from analyzer.sentiment import SentimentModelError

    table = tmp_path / "x.csv"
    table.write_text("text\nhola\n", encoding="utf-8")
    with pytest.raises(AuthenticityModelError, match="is not an authenticity model folder"):
        Analyzer.load(None, models_dir() / "sentiment")
    with pytest.raises(SentimentModelError, match="is neither a comment-analyzer model folder"):
        Analyzer.load(str(table))
    with pytest.raises(TypeError, match="sentiment_model: a name or a folder"):
        Analyzer.load(123)
    with pytest.raises(TypeError, match="authenticity_model: a folder"):
        Analyzer.load(None, 5)


def test_creator_replies_pointing_to_their_own_content_read_genuine(analyzer):
    """Blind probe: under their own posts, creators' replies "The VOD is on my channel if anyone doubts it", "full
    routine is linked in my bio" read spam and "gracias reina 💖" superficial. When the dump names the creator, their
    own replies are theirs (config.AUTH_CREATOR_SPAM_MAX); a crypto pitch from the creator's account (a hacked
    account's post) is still spam. The same texts from a fan are judged as any comment."""
    from analyzer import config

    texts = ["No mods, all on stream! The VOD is on my channel if anyone doubts it lol",
             "Full routine with timings is linked in my bio, it's free, no app needed 💪",
             "gracias reina 💖",
             "💰 I made $5k this week with crypto trading, DM me to invest with my account manager 💰"]
    posts = {"p": PostIn(post_id="p", creator="@lia.lifts", caption="Leg day, 45 minutes, no machines")}
    for author, own in (("@lia.lifts", True), ("fan_22", False)):
        cs = [CommentIn(comment_id=str(i), text=t, post_id="p", author=author) for i, t in enumerate(texts)]
        res = analyzer.score_comments(cs, posts=posts).comments
        assert [r.creator_reply for r in res] == [own] * 4
        if own:
            assert [r.authenticity for r in res] == ["genuine"] * 3 + ["spam"]
            assert all(r.p_spam <= config.AUTH_CREATOR_SPAM_MAX + 1e-9 for r in res[:3])
        else:
            assert res[0].authenticity == "spam" and res[3].authenticity == "spam"


def test_the_post_creators_handle_is_no_third_party_for_the_referral_rules(analyzer):
    """A customer thanking a fintech brand for a withdrawal under the brand's own post names the creator, not a
    trader to go to: the investment-referral rule (config.AUTH_INVESTMENT_REFERRAL_SPAM_MIN) leaves it alone when
    the dump names the post's creator; the same text where the creator is unknown, and a third party's handle
    credited under the brand's post, read as the scam's testimonial."""
    customer = "thanks @bitvault, my withdrawal arrived in minutes, best exchange I have used"
    scam = "thanks @grace.fx.signals, my withdrawal of $6,000 arrived, she is the best trader"
    posts = {"p": PostIn(post_id="p", creator="@BitVault", caption="New: instant withdrawals to your bank account")}
    cs = [CommentIn(comment_id="1", text=customer, post_id="p", author="ana"),
          CommentIn(comment_id="2", text=scam, post_id="p", author="bob"),
          CommentIn(comment_id="3", text=customer, author="ana")]
    res = analyzer.score_comments(cs, posts=posts).comments
    assert [r.authenticity for r in res] == ["genuine", "spam", "spam"]
    assert "credits someone else's handle for investment gains (investment scam)" in res[2].reasons
