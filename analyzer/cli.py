"""`comment-analyzer`: score comment dumps and write the HTML report.

Exit codes: 0 done (row errors are reported in errors.jsonl and on stderr); 1 done but rows failed (or the
input held no comment) and --strict was given; 2 bad command line (also -o that would overwrite an input);
3 unusable input (no such file, no text column, unknown format); 4 a model could not be loaded; 130 interrupted by Ctrl-C or SIGTERM (nothing half-written is left behind).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import warnings
from pathlib import Path

from .config import (
    DEFAULT_SENTIMENT_ENGINE,
    IO_DATE_ORDERS,
    IO_OUTPUT_FORMATS,
    IO_XLSX_CELL_CHARS,
    ONNX_PRECISIONS,
    SENTIMENT_BATCH_SIZE,
    SENTIMENT_ENGINES,
    SENTIMENT_PRECISIONS,
)
from .records import ScoredComment, plural

EXIT_OK, EXIT_ROW_ERRORS, EXIT_USAGE, EXIT_INPUT, EXIT_MODEL, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 5, 130

EPILOG = """examples:
  comment-analyzer score dump.csv -o out/                      # comments.jsonl, posts/creators/campaigns tables
  comment-analyzer score export.xlsx -o out/ --excel           # CSV tables that open cleanly in Excel
  comment-analyzer score dump.csv -o out/ --format xlsx        # Excel workbooks: comments.xlsx, posts.xlsx, ...
  comment-analyzer score yt_threads.json --posts posts.csv -o out/ --format csv
  comment-analyzer score export.jsonl --text-col body --id-col cid --author-col user -o out/
  comment-analyzer score huge.jsonl -o out/ --stream           # huge dumps: ~1.5 KB per comment for the summaries
  comment-analyzer report dump.csv --posts posts.csv -o report.html
  comment-analyzer score dump.csv -o out/ --sentiment-model cardiffnlp/twitter-xlm-roberta-base-sentiment

input formats (detected; force with --input-format): csv, tsv, jsonl, json, parquet, xlsx, txt (one comment per
line), YouTube Data API commentThreads/videos/channels, Instagram Graph API media+comments, instaloader
(.json/.json.xz), TikTok Research API; gzip/xz/bz2-compressed files and folders (read recursively).
"""


def whole_number(low: int):
    """argparse type: a whole number >= `low` (the CLI's and the scripts' counts: 0 threads or a batch of 0 would
    fail every row, not the command; a negative --limit would silently drop the last comments)."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
        if n < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}: {n}")
        return n

    return parse


_positive_int = whole_number(1)


def _time_zone(value: str) -> str:
    """argparse type of --time-zone: an IANA zone name, checked before any work."""
    from .io.columns import zone_of

    try:
        zone_of(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e
    return value.strip()


def _column_pair(value: str) -> tuple[str, str]:
    """argparse type of --col: FIELD=COLUMN, FIELD one of ColumnMap's (likes of the post are post_likes)."""
    from .io import ColumnMap

    field, sep, column = value.partition("=")
    field = field.strip().lower().replace("-", "_").removesuffix("_col")
    known = [n.removesuffix("_col") for n in ColumnMap.column_fields()]
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=COLUMN (e.g. post_likes=like_count), not {value!r}")
    if field not in known:
        raise argparse.ArgumentTypeError(f"unknown field {field!r}; fields: {', '.join(known)}")
    return field, column.strip()


# Every table `score` writes, by stem (in any of IO_OUTPUT_FORMATS), and its other files. The previous run's
# are removed before a new run writes, so a folder never mixes two runs; summary.json is written last.
_SUMMARY_TABLES = ("posts", "creators", "campaigns", "clusters", "promoted")  # attributes of engagement.Summary
_TABLES = ("comments", *_SUMMARY_TABLES)
_OTHER_OUTPUTS = ("errors.jsonl", "warnings.jsonl", "report.html", "summary.json")


_OUTPUT_NAMES = tuple(f"{t}.{f}" for t in _TABLES for f in IO_OUTPUT_FORMATS) + _OTHER_OUTPUTS


def _previous_run(out_dir: Path) -> list[str] | None:
    """The files an earlier `score` run wrote into `out_dir`, as its summary.json lists them (a run before that list
    existed: every name `score` writes); None when the folder holds no summary.json of a run (QA: files of the
    user's own named like ours, a hand-labelled comments.csv, were deleted as "the previous run's outputs")."""
    try:
        info = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    ours = isinstance(info.get("run"), dict) and "version" in info["run"]
    # runs of versions before `run` existed: their summary's own keys
    if not ours and not {"inputs", "rows_in", "comments_scored", "row_errors", "sentiment_model"} <= set(info):
        return None
    listed = info.get("outputs")
    if isinstance(listed, list):
        return [n for n in listed if n in _OUTPUT_NAMES]
    return list(_OUTPUT_NAMES)


def _remove_files(out_dir: Path, names, *, links: bool) -> list[str]:
    """Unlink the files `names` in `out_dir` (with `links`, symbolic links too, dangling ones included); returns the
    names removed."""
    removed = []
    for name in names:
        path = out_dir / name
        if path.is_file() or (links and path.is_symlink()):
            path.unlink()
            removed.append(name)
    return removed


def _clear_previous_outputs(out_dir: Path) -> list[str]:
    """Remove the files the earlier `score` run wrote into `out_dir` (see _previous_run); returns their names."""
    return _remove_files(out_dir, _previous_run(out_dir) or [], links=True)


def _unfinished_outputs(out_dir: Path) -> list[str]:
    """Remove the outputs a run that failed while writing had written, and return their names (QA: a disk-full or
    a crash left some tables and no summary.json, and the next run refused the folder as one no run wrote). Every
    output-named file there is this run's: the previous run's were removed first, and a folder holding other
    files under those names is refused before any work."""
    return _remove_files(out_dir, _OUTPUT_NAMES, links=False)


def _paths_problem(args) -> str | None:
    """Why the run would destroy a file the user has, checked before any work (QA): an output that is an input
    (`report x.jsonl -o x.jsonl`, a dump or posts file inside the `score` folder under an output's name), or files
    named like the outputs in a folder no earlier run wrote (its summary.json lists what a run wrote)."""
    from .io.sources import expand_paths

    out = Path(args.output)
    if args.command == "score":
        same = next((v for v in args.inputs if not _is_pipe(v) and Path(v).is_dir()
                     and Path(v).resolve() == out.resolve()), None)
        if same is not None:  # QA: its files were all left out as outputs, and 0 comments scored with exit 0
            return (f"-o {out}: is the input folder {same} itself; write the results to a folder of their own (e.g. "
                    f"-o {Path(same) / 'scored'}, which the input folder's reading leaves out)")
        targets = {(out / n).resolve() for n in _OUTPUT_NAMES}
    else:
        targets = {_report_file(args).resolve()}
    try:
        inputs = expand_paths(_input_paths(args)) + expand_paths(args.posts or [])
    except Exception:  # noqa: BLE001 - a missing or unreadable input is reported by the reader, with its own code
        inputs = []
    hit = next((p for p in inputs if p.resolve() in targets), None)
    if hit is not None:
        return (f"-o {out}: would overwrite the input {hit}; write the results elsewhere (e.g. -o "
                f"{(hit.parent / 'scored') if args.command == 'score' else hit.with_suffix('.html')})")
    if args.command == "score" and out.is_dir() and _previous_run(out) is None:
        mine = [n for n in _OUTPUT_NAMES if (out / n).exists()]
        if mine:
            return (f"-o {out}: holds {', '.join(mine[:4])}{', ...' if len(mine) > 4 else ''}, which no earlier run "
                    "wrote there (no summary.json of one), and score would replace them: choose a new or empty "
                    "folder, or move those files")
    return None


def _stdin_problem(args) -> str | None:
    """Stdin named twice (`score - -`): it can be read once (QA: a traceback, stdin closed after the first copy)."""
    return "- (stdin) is named more than once: it can be read once" if args.inputs.count("-") > 1 else None


def _is_pipe(value: str) -> bool:
    """`-` (stdin), or a path that exists but is no file or folder: a FIFO, /dev/stdin, bash's <(zcat …)."""
    p = Path(value)
    return value == "-" or (p.exists() and not p.is_file() and not p.is_dir())


def _spool_pipes(args, folder: Path) -> list[str]:
    """Inputs as paths the readers can open more than once (they sniff, then read): each pipe is copied to a file
    in `folder` (named `.gz` when it is gzip, which the readers decompress as any .gz file), its format named by
    --input-format or by its first bytes (JSON if it starts with { or [, TSV if its first line has tabs and no
    commas, else CSV). Row errors, warnings and file lines name each copy as given (`args.input_labels`: stdin is
    "<stdin>"), since the copy is removed after the run."""
    import shutil

    from .io.sources import Source

    out = []
    for n, value in enumerate(args.inputs):
        if not _is_pipe(value):
            out.append(value)
            continue
        raw = folder / f"input{n}.raw"
        with (sys.stdin.buffer if value == "-" else open(value, "rb")) as src, open(raw, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        with open(raw, "rb") as f:
            gz = ".gz" if f.read(2) == b"\x1f\x8b" else ""
        raw = raw.rename(raw.with_name(raw.name + gz))
        fmt = args.input_format
        if fmt is None:
            with Source(raw).open_bytes() as f:
                head = f.read(65536).lstrip(b"\xef\xbb\xbf \t\r\n")
            first = head.split(b"\n", 1)[0]
            fmt = ("jsonl" if head[:1] == b"{" else "json" if head[:1] == b"[" else
                   "tsv" if b"\t" in first and b"," not in first else "csv")
        name = raw.rename(folder / f"{'stdin' if value == '-' else Path(value).name}.{fmt}{gz}")
        _log(args, f"{value}: read as {fmt} (copied to a temporary file, removed after the run)")
        args.input_labels[str(name)] = "<stdin>" if value == "-" else value  # row errors name the input as given
        out.append(str(name))
    return out


def _report_file(args) -> Path:
    """The file `report -o` writes: report.html inside it when -o names a folder ("out/", existing or not)."""
    out = Path(args.output)
    return out / "report.html" if out.is_dir() or args.output.endswith(("/", os.sep)) else out


def _input_paths(args) -> list[Path]:
    """The comment files to read: folders expanded, leaving out anything inside the `score` output folder."""
    from .io.sources import expand_paths

    out = Path(args.output)
    if args.command != "score":
        return [Path(p) for p in args.inputs]
    inside = out.resolve()
    paths: list[Path] = []
    for p in map(Path, args.inputs):
        if p.is_dir() and (inside == p.resolve() or p.resolve() in inside.parents):
            paths.extend(f for f in expand_paths(p) if inside not in f.resolve().parents)
        else:
            paths.append(p)
    return paths


PROGRESS_LINE_SECONDS = 10.0  # --progress: how often a line is written
STREAM_SUMMARY_CHARS = 280  # --stream keeps this much of each comment for the summary tables and the report


def _clip(text: str, handles: bool = False) -> str:
    """A comment as --stream keeps it for summaries: whole when short, else cut with a visible "…". With `handles`,
    the cut moves before a handle it would split, and the @handles named after it follow the "…": the promoted
    accounts table reads them (QA: a pitch naming its account after character 280 was missed by --stream only)."""
    if len(text) <= STREAM_SUMMARY_CHARS:
        return text
    head = text[: STREAM_SUMMARY_CHARS - 1]
    if not handles:
        return head + "…"
    from .engagement import mentions

    split = _HANDLE_AT_END.search(head)
    if split is not None:
        head = head[: split.start()].rstrip()
    return head + "…" + "".join(f" @{h}" for h in mentions(text[len(head):]))


_HANDLE_AT_END = re.compile(r"@[\w.]*$")


def summary_record(item: ScoredComment) -> ScoredComment:
    """What --stream keeps of a written comment for the summary tables and the report: its texts clipped and its
    input columns dropped (about 1.5 KB a comment, `scripts/stream_memory.py`)."""
    item.text, item.normalized = _clip(item.text, handles=True), _clip(item.normalized)
    item.extra = {}
    return item


def _output_problem(args) -> str | None:
    """Why `-o` cannot be written, checked before any work: a file where `score` needs a directory."""
    out = Path(args.output)
    if args.output == "-":
        return ("-o -: results are files (score writes a folder of tables, report an HTML page), not stdout; "
                "name a folder or a file")
    if args.command == "score" and out.exists() and not out.is_dir():
        return f"-o {out}: exists and is not a directory (score writes a folder of tables)"
    blocker = next((q for q in out.parents if q.exists() and not q.is_dir()), None)
    if blocker is not None:  # afile.txt/sub: nothing could be created under a file
        return f"-o {out}: {blocker} is a file, not a folder"
    # a folder that cannot be written (read-only disk, permissions) fails now, not after an hour of scoring
    folder = out if (args.command == "score" and out.is_dir()) else next(
        (q for q in ([out] if args.command == "score" else []) + list(out.parents) if q.is_dir()), Path("."))
    try:
        import tempfile

        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as e:
        return f"-o {out}: cannot write in {folder} ({e.strerror or e})"
    return None


def _keep_problem(args, fmt: str) -> str | None:
    """`--keep-columns all` in a stream: a table's header is written before the rows that name the columns."""
    from .io.passthrough import KEEP_ALL, parse_keep

    try:
        keep = parse_keep(getattr(args, "keep_columns", None))
    except TypeError as e:
        return str(e)
    if keep == KEEP_ALL and args.stream and fmt != "jsonl":
        return (f"--keep-columns all with --stream needs --format jsonl (a {fmt} header is written before the rows "
                "are read): name the columns, e.g. --keep-columns campaign_code,internal_id")
    return None


def existing_dir(value: str) -> Path:
    """argparse type for a data folder (the scripts' --data): a missing one is a usage error, not a traceback
    after minutes of loading."""
    path = Path(value)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {value}")
    return path


def existing_file(value: str) -> Path:
    """argparse type for an input file the command cannot run without."""
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {value}")
    return path


def _over_cell_limit(c, kept=None) -> bool:
    """Whether the xlsx table cuts one of the comment's cells: its text, or a kept input column's value."""
    if len(c.text) > IO_XLSX_CELL_CHARS or len(c.normalized) > IO_XLSX_CELL_CHARS:
        return True
    if kept and c.extra:
        from .io.passthrough import kept_values

        return any(isinstance(v, str) and len(v) > IO_XLSX_CELL_CHARS for v in kept_values(c, kept).values())
    return False


def _engine_problem(args) -> str | None:
    """A precision the chosen engine cannot run, refused before the models load (a command-line error)."""
    if getattr(args, "engine", None) == "onnx" and args.precision not in ONNX_PRECISIONS:
        return (f"--engine onnx runs {'/'.join(ONNX_PRECISIONS)}; use --engine torch (or auto) for "
                f"--precision {args.precision}")
    return None


# the fields a --<name>-col flag can point at (ColumnMap.<name>_col); the others keep their names and aliases
_COLUMN_FLAGS = ("text", "id", "author", "author_id", "time", "post", "parent", "creator", "creator_id", "followers",
                 "caption", "campaign", "fee")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="comment dump files (any mix of formats)")
    p.add_argument("--posts", action="append", default=[], metavar="FILE",
                   help="post-level rows keyed by post_id (followers, caption, likes, ...); repeatable")
    from .io.sources import FORMATS

    p.add_argument("--input-format", choices=FORMATS, default=None,
                   help="force the input format instead of detecting it")
    p.add_argument("--encoding", default=None, help="force the input encoding (default: detected)")
    p.add_argument("--date-order", choices=IO_DATE_ORDERS, default="auto",
                   help="how day/month/year dates are written: dmy (25/03/2024, Spanish/UK), mdy (03/25/2024, US); "
                        "auto learns each file's order from its dates that prove it (25/03) and leaves ambiguous "
                        "dates unread where none does (default)")
    p.add_argument("--time-zone", default="UTC", metavar="ZONE", type=_time_zone,
                   help="the zone of times written without one, e.g. America/Mexico_City or Europe/Madrid (default "
                        "UTC); times with a zone or an offset, and epochs, are read as written")
    for name in _COLUMN_FLAGS:
        p.add_argument(f"--{name.replace('_', '-')}-col", default=None, metavar="COL",
                       help=f"column holding the {name} field")
    p.add_argument("--col", action="append", type=_column_pair, default=[], metavar="FIELD=COLUMN",
                   help="the column holding any field, e.g. --col post_likes=like_count --col "
                        "post_comments=comments_count --col author_followers=user_followers (fields: post_likes, "
                        "post_comments, shares, saves, views, posted_at, sponsored, disclosed, url, likes = the "
                        "comment's own likes, platform, author_following, author_posts, author_created_at, "
                        "author_default_avatar, author_verified and the --*-col fields above); repeatable")
    p.add_argument("--sentiment-model", default=None, metavar="NAME_OR_PATH",
                   help="default: the bundled 12-layer model (models/sentiment); \"fast\": the bundled distilled "
                        "model (2.2-2.4x faster); \"comments\": the bundled model tuned on comment slang; or a Hugging "
                        "Face model name or path (a name needs internet)")
    p.add_argument("--authenticity-model", default=None, metavar="PATH",
                   help="authenticity artifact folder (default: the bundled models/authenticity)")
    p.add_argument("--precision", choices=SENTIMENT_PRECISIONS, default="fp32",
                   help="int8: ONNX Runtime's dynamic quantisation (torch's own int8 with --engine torch), ~1.5x "
                        "faster sentiment for 0.9 (fast) to 2.2 (default) points of validation score; bf16: torch "
                        "only, where the CPU supports it (model cards)")
    p.add_argument("--engine", choices=SENTIMENT_ENGINES, default=DEFAULT_SENTIMENT_ENGINE,
                   help="how the bundled sentiment network runs: onnx (ONNX Runtime, faster), torch, or auto")
    p.add_argument("--threads", type=_positive_int, default=None,
                   help="CPU threads of the sentiment network, ONNX Runtime or torch (default: all cores)")
    p.add_argument("--batch-size", type=_positive_int, default=SENTIMENT_BATCH_SIZE,
                   help=f"comments per sentiment batch (default {SENTIMENT_BATCH_SIZE})")
    p.add_argument("--stream", action="store_true",
                   help="read and score in chunks (memory: the models plus ~1.5 KB per comment for the summary "
                        "tables); cross-comment flags use what was seen so far")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when any row could not be scored or the input held no comment")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--progress", action="store_true",
                   help=f"progress lines on stderr even when it is not a terminal (a job's log): one every "
                        f"{PROGRESS_LINE_SECONDS:.0f} s with the count, rate and, in batch mode, the time left")
    p.add_argument("-q", "--quiet", action="store_true", help="no run log on stderr (errors still shown)")


def build_parser() -> argparse.ArgumentParser:
    return _build_parsers()[0]


def _build_parsers() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser and each command's own (which `parse_args` reads intermixed arguments with)."""
    ap = argparse.ArgumentParser(prog="comment-analyzer", description=__doc__.splitlines()[0], epilog=EPILOG,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    from . import __version__

    ap.add_argument("--version", action="version", version=f"comment-analyzer {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score", help="score comments; write per-comment rows and per-post/creator tables",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_common(s)
    s.add_argument("-o", "--output", required=True, metavar="DIR", help="output directory")
    s.add_argument("--format", choices=IO_OUTPUT_FORMATS, default=None,
                   help="tables' format (default jsonl; xlsx: one workbook per table, typed cells, text never a formula)")
    s.add_argument("--excel", action="store_true",
                   help="CSV tables for spreadsheets (implies --format csv): a UTF-8 BOM so Excel shows accents and "
                        "emoji, CRLF line ends, and cells that would start a formula (=, +, -, @) prefixed with ' "
                        "(comments are written by strangers: CSV injection)")
    s.add_argument("--report", action="store_true", help="also write DIR/report.html")
    s.add_argument("--keep-columns", default=None, metavar="COLS",
                   help="input columns to carry into the comments table after the scores: comma-separated names "
                        "or 'all' (every column the tool does not read); one named like an output column is "
                        "written as input_<name>")
    r = sub.add_parser("report", help="score comments and write the self-contained HTML report",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_common(r)
    r.add_argument("-o", "--output", required=True, metavar="FILE.html")
    r.add_argument("--title", default="Genuine engagement report")
    return ap, {"score": s, "report": r}


def _columns(args):
    from dataclasses import replace

    from .io import ColumnMap

    overrides, _ = _column_overrides(args)
    return replace(ColumnMap.from_overrides(overrides), date_order=args.date_order, time_zone=args.time_zone)


def _column_overrides(args) -> tuple[dict[str, str], str | None]:
    """The columns named by --col and the --<field>-col flags, and the problem when two name one field apart."""
    overrides: dict[str, str] = {}
    for field, column in getattr(args, "col", []):
        if overrides.get(field, column) != column:
            return overrides, f"--col names two columns for {field}: {overrides[field]!r} and {column!r}"
        overrides[field] = column
    for n in _COLUMN_FLAGS:
        flag = getattr(args, f"{n}_col")
        if flag and overrides.get(n, flag) != flag:
            return overrides, f"--{n.replace('_', '-')}-col {flag!r} and --col {n}={overrides[n]!r} disagree"
        if flag:
            overrides[n] = flag
    return overrides, None


class _Progress:
    """Progress on stderr: a tqdm bar on a terminal; with `lines` (--progress, for logs of cron or Airflow jobs,
    where stderr is a file) a plain line every `every` seconds and one at the end; silent otherwise."""

    def __init__(self, mode: str | None, total: int | None = None, every: float = PROGRESS_LINE_SECONDS):
        self.bar, self.mode, self.total, self.every = None, mode, total, every
        self.done, self.t0 = 0, time.time()
        self.last = self.t0
        if mode == "bar":
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" comments", file=sys.stderr, dynamic_ncols=True)

    def set_total(self, total: int) -> None:
        """The total once it is known (batch mode reads every row before scoring): percentages and an ETA."""
        self.total = total
        if self.bar is not None:
            self.bar.total = total
            self.bar.refresh()

    def __call__(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.mode == "lines" and time.time() - self.last >= self.every:
            self.last = time.time()
            print(self.line(), file=sys.stderr, flush=True)

    def line(self) -> str:
        elapsed = max(time.time() - self.t0, 1e-9)
        rate = self.done / elapsed
        of = ""
        if self.total:
            left = (self.total - self.done) / rate if rate > 0 else None
            of = (f" of {self.total:,} ({100 * self.done / self.total:.0f}%)"
                  + (f", about {_eta(left)} left" if left is not None and self.done < self.total else ""))
        return f"progress: {self.done:,} comments scored{of} in {_eta(elapsed)}, {rate:,.0f}/s"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.mode == "lines" and self.done:
            print(self.line(), file=sys.stderr, flush=True)
            self.mode = None


def _eta(seconds: float) -> str:
    """12 s, 4 min, 1.5 h."""
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min" if seconds < 5400 else \
        f"{seconds / 3600:.1f} h"


def _log(args, msg: str) -> None:
    if not args.quiet:
        print(msg, file=sys.stderr)


def run(args) -> int:
    from . import __version__
    from .io import DumpReader, InputError, write_jsonl, write_rows
    from .io.passthrough import KeptColumns, comment_row, keys_of, parquet_schema, parse_keep, resolve_keep
    from .io.writers import to_record
    from .pipeline import Analyzer
    from .records import RowError

    fmt = getattr(args, "format", None) or "jsonl"
    excel = getattr(args, "excel", False)
    if excel:
        if getattr(args, "format", None) not in (None, "csv"):
            print("comment-analyzer: --excel writes CSV; drop --format or use --format csv", file=sys.stderr)
            return EXIT_USAGE
        fmt = "csv"
    table_kw = {"excel": True} if excel else {}
    problem = (_output_problem(args) or _stdin_problem(args) or _paths_problem(args) or _engine_problem(args) or _keep_problem(args, fmt)
               or _column_overrides(args)[1])
    if problem:
        print(f"comment-analyzer: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "report" and _report_file(args) != Path(args.output):  # "out/" names a folder
        args.output = str(_report_file(args))
        _log(args, f"-o names a folder: writing {args.output}")
    elif args.command == "report" and Path(args.output).suffix.lower() not in (".html", ".htm"):
        _log(args, f"-o {args.output}: the report is HTML; without an .html name a browser or mail client may not "
                   "open it as a page")
    t0 = time.time()
    try:
        reader = DumpReader(_input_paths(args), posts=args.posts or None, columns=_columns(args),
                            fmt=args.input_format, encoding=args.encoding,  # warnings kept in reader.warnings
                            labels=getattr(args, "input_labels", None))
        reader.check()  # no text column, an unknown format: said before the models load
    except InputError as e:
        print(f"comment-analyzer: {e}", file=sys.stderr)
        return EXIT_INPUT
    try:
        analyzer = Analyzer.load(args.sentiment_model, args.authenticity_model, precision=args.precision,
                                 threads=args.threads, batch_size=args.batch_size, engine=args.engine)
    except KeyboardInterrupt:
        print("comment-analyzer: interrupted while loading the models; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as e:  # noqa: BLE001 - any load failure is reported the same way
        print(f"comment-analyzer: cannot load models: {e}", file=sys.stderr)
        return EXIT_MODEL
    mode = None if args.no_progress or args.quiet else "bar" if sys.stderr.isatty() else \
        "lines" if args.progress else None
    progress = _Progress(mode)
    errors: list[RowError] = []
    scored: list[ScoredComment] = []
    out_dir = Path(args.output) if args.command == "score" else None
    keep = parse_keep(getattr(args, "keep_columns", None))
    kept = resolve_keep(keep) if keep else KeptColumns()  # named columns: the header is known before reading
    found_keys: set[str] = set()  # the kept names some comment has (stream)
    comment_columns = ScoredComment.columns() + kept.names  # the header even when every row is an error

    def comment_out(c: ScoredComment) -> ScoredComment | dict:
        return comment_row(c, kept, native=fmt in ("parquet", "xlsx"), as_text=fmt == "parquet") if kept else c

    def comments_kw() -> dict:
        return {"schema": parquet_schema(kept)} if fmt == "parquet" else {}  # typed even with no row
    def clear_previous() -> None:
        """The previous run's outputs go only once this run has read its input (a missing or unreadable file
        must not cost the user the results already in the folder)."""
        if out_dir is not None and out_dir.is_dir():
            removed = _clear_previous_outputs(out_dir)
            if removed:
                _log(args, f"replacing the previous run's outputs in {out_dir} ({len(removed)} files)")

    cut_cells = 0  # comments whose text the xlsx table cuts at Excel's cell limit
    made_dir = writing = False
    try:
        if args.stream:
            from contextlib import nullcontext
            from itertools import chain

            from .io import AtomicWriter

            stream = analyzer.score_stream(reader.comments(), live_posts=lambda: reader.posts)
            first = next(stream, None)  # the input opens and its first chunk is read before the folder is made
            if out_dir is not None:
                made_dir = not out_dir.exists()  # removed again if the run is interrupted before writing anything
                out_dir.mkdir(parents=True, exist_ok=True)
                # comments go to a temporary file; the previous run's outputs are removed only once the whole stream
                # is scored, just before that file takes its name: an interrupted stream leaves the last run whole
                table = AtomicWriter(out_dir / f"comments.{fmt}", fmt=fmt,
                                     columns=None if kept.every else comment_columns, **table_kw, **comments_kw())
            else:  # `report --stream`: no comments table, the summaries' records only (QA: it scored in batch)
                table = nullcontext()
            with table as w:
                for item in chain([] if first is None else [first], stream):
                    if isinstance(item, RowError):
                        errors.append(item)
                        continue
                    if w is not None:
                        w.write(comment_out(item))
                        if kept.pairs:
                            found_keys.update(keys_of(item))
                        cut_cells += fmt == "xlsx" and _over_cell_limit(item, kept)
                    progress(1)
                    scored.append(summary_record(item))  # summaries stay light
                clear_previous()
            posts = reader.posts
            kept_notes = kept.missing(found_keys)
        else:
            items = list(reader.comments())  # batch mode: posts (captions, followers) are complete after reading
            progress.set_total(sum(not isinstance(x, RowError) for x in items))
            result = analyzer.score_comments(items, posts=reader.posts, progress=progress)
            errors, scored = result.errors, result.comments
            posts = {**result.posts, **reader.posts}
            if keep and out_dir is not None:
                kept = resolve_keep(keep, scored)  # 'all': every input column some comment has
                comment_columns = ScoredComment.columns() + kept.names
            cut_cells = sum(_over_cell_limit(c, kept) for c in scored) if fmt == "xlsx" else 0
            kept_notes = kept.notes
        progress.close()
        cut_note = (f"{cut_cells} comment(s) longer than Excel's {IO_XLSX_CELL_CHARS:,}-character cell limit (text "
                    "or a kept column) are cut (ending in …) in comments.xlsx; --format jsonl, csv or parquet keeps them whole"
                    if cut_cells else None)
        summary = analyzer.summarize(scored, posts)
        stats = reader.stats
        info = {
            "inputs": [str(p) for p in getattr(args, "inputs_given", args.inputs)],
            "rows_in": stats.rows,
            "comments_scored": len(scored),
            "row_errors": len(errors),
            "files": [f.line() for f in stats.files],
            "post_files": [f.line() for f in stats.post_files],
            "file_notes": [n for f in stats.post_files + stats.files for n in f.notes],
            "warnings": dict(sorted(stats.warnings.items())),
            "posts": len(posts),
            "totals": dict(summary.totals),  # audience comments, creator replies, labels, authors, clusters, pods
            "notes": list(summary.notes) + ([cut_note] if cut_note else []) + list(kept_notes),  # run-level notes
            "seconds": round(time.time() - t0, 2),
            "sentiment_model": analyzer.sentiment.name,
            # how the run was made: a consumer must know when flags are partial (stream) or scores int8
            # what this run writes in the folder: the next run into it replaces these and nothing else
            "outputs": [f"{t}.{fmt}" for t in _TABLES]
            + [n for n in _OTHER_OUTPUTS if n != "report.html" or getattr(args, "report", False)],
            "run": {"version": __version__, "mode": "stream" if args.stream else "batch",
                    "precision": getattr(analyzer.sentiment, "precision", None),
                    "engine": getattr(analyzer.sentiment, "engine", None),
                    "authenticity_model": args.authenticity_model or "bundled"},
        }
        writing = True  # from here a failure removes what this run wrote (see _unfinished_outputs)
        if out_dir is not None:
            if not args.stream:
                clear_previous()
            out_dir.mkdir(parents=True, exist_ok=True)
            if not args.stream:
                write_rows(out_dir / f"comments.{fmt}", map(comment_out, scored), fmt=fmt, columns=comment_columns,
                           **table_kw, **comments_kw())
            for name in _SUMMARY_TABLES:
                table = getattr(summary, name)  # an empty table still gets its header
                rows = [to_record(r, native=fmt in ("parquet", "xlsx")) for r in table]  # typed times there
                typed = {"schema": table.arrow_schema()} if fmt == "parquet" else {}  # typed even with no row
                write_rows(out_dir / f"{name}.{fmt}", rows, fmt=fmt, **table_kw, **typed,
                           **({} if table else {"columns": table.columns()}))
            write_jsonl(out_dir / "errors.jsonl", errors)
            write_jsonl(out_dir / "warnings.jsonl", reader.warnings)
            report_path = out_dir / "report.html" if args.report else None
        else:
            report_path = Path(args.output)
        if report_path is not None:
            from .report import write_report

            write_report(report_path, summary, scored, title=getattr(args, "title", None) or
                         "Genuine engagement report", errors=errors, warnings=reader.warnings,
                         input_notes=info["file_notes"], run={**info["run"], "sentiment_model": info["sentiment_model"]},
                         source=", ".join(info["inputs"]) + "".join(f" + posts: {x}" for x in args.posts or []))
        if out_dir is not None:  # last: a folder without summary.json holds an unfinished run
            from .io import atomic_open

            with atomic_open(out_dir / "summary.json") as fh:
                fh.write(json.dumps(info, indent=2, ensure_ascii=False))
    except InputError as e:
        progress.close()
        print(f"comment-analyzer: {e}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        progress.close()
        if made_dir and out_dir is not None and out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()  # a stream stopped mid-way: no empty folder left behind
        if writing and out_dir is not None:  # stopped among the writes: the tables written so far go too
            _unfinished_outputs(out_dir)
        print("comment-analyzer: interrupted; no partial output was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as e:
        if not writing:
            raise
        removed = _unfinished_outputs(out_dir) if out_dir is not None else []
        if not isinstance(e, OSError):
            raise  # a bug: its traceback is for the report; the folder is left usable
        gone = f"; the {plural(len(removed), 'file')} it had written are removed" if removed else ""
        print(f"comment-analyzer: cannot write the outputs: {e}{gone}", file=sys.stderr)
        return EXIT_OUTPUT
    _log(args, f"scored {plural(len(scored), 'comment')}, {plural(len(errors), 'row error')}, "
               f"{plural(len(posts), 'post')} "
               f"in {info['seconds']} s -> {args.output}")
    if cut_note:
        _log(args, "  " + cut_note)
    for note in kept_notes:
        _log(args, "  " + note)
    for f in stats.post_files + stats.files:
        _log(args, "  " + f.line())
        for note in f.notes:
            _log(args, "    " + note)
    for e in errors[:5]:
        _log(args, f"  row error {e.source}{'' if e.row is None else f':{e.row}'}: {e.error}")  # not 'file:None'
    if len(errors) > 5:
        _log(args, f"  ... {len(errors) - 5} more (see errors.jsonl)")
    if reader.warnings:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(stats.warnings.items()))
        where = " (see warnings.jsonl)" if out_dir is not None else ""
        _log(args, f"  {plural(len(reader.warnings), 'warning')} ({kinds}); no comment is lost to them{where}")
        for w in reader.warnings[:5]:
            _log(args, f"  warning {w.source}:{w.row}: " + (f"{w.id}: " if w.id is not None else "") + w.detail)
    if not scored:  # said even with -q (QA: an empty or all-bad export looked like a good run): a truncated dump
        what = "held no comments" if not errors else f"gave no scorable comment ({plural(len(errors), 'row error')})"
        print(f"comment-analyzer: warning: the input {what}; the tables are empty"
              + (" (exit 1: --strict)" if args.strict else ""), file=sys.stderr)
        if args.strict:
            return EXIT_ROW_ERRORS
    if args.strict and errors:  # said even with -q: the exit status alone does not tell an on-call why
        print(f"comment-analyzer: --strict: {plural(len(errors), 'row')} could not be scored (errors.jsonl)",
              file=sys.stderr)
        return EXIT_ROW_ERRORS
    return EXIT_OK


def _terminated(signum, frame) -> None:
    """SIGTERM (how Airflow, Kubernetes and systemd stop a job) ends the run as Ctrl-C does: temporary files
    removed, the previous outputs kept where nothing was replaced yet, exit 130 with a message."""
    raise KeyboardInterrupt


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line, with input files allowed after options too (`score a.csv -o out/ b.csv`, as shells'
    globs and scripts that append files produce): a command's own parser reads its arguments intermixed
    (argparse cannot do that through subparsers)."""
    parser, commands = _build_parsers()
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in commands:
        args = commands[argv[0]].parse_intermixed_args(argv[1:])
        args.command = argv[0]
        return args
    return parser.parse_args(argv)  # --help, --version, a missing or unknown command: the top level's messages


def main(argv: list[str] | None = None) -> int:
    import signal
    import threading

    args = parse_args(argv)
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        if threading.current_thread() is threading.main_thread():  # signal handlers live in the main thread only
            previous = signal.signal(signal.SIGTERM, _terminated)
            try:
                return _run_spooled(args)
            finally:
                signal.signal(signal.SIGTERM, previous)
        return _run_spooled(args)


_PACKAGE_DIR = str(Path(__file__).resolve().parent)
_default_showwarning = warnings.showwarning


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Our own warnings (bf16 emulated, a model without padding, ONNX unavailable) as one line for a user, not
    Python's file:line and source echo (QA); other libraries' warnings are shown as Python shows them."""
    if str(filename).startswith(_PACKAGE_DIR):
        print(f"comment-analyzer: warning: {message}", file=file or sys.stderr)
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


def _run_spooled(args) -> int:
    """`run`, with stdin and other pipes among the inputs first copied to a temporary folder (see `_spool_pipes`),
    removed afterwards; summary.json and the report name them as given ("-")."""
    if not any(_is_pipe(v) for v in args.inputs) or _output_problem(args) or _stdin_problem(args):
        return run(args)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="comment-analyzer-input-") as tmp:
        args.inputs_given = list(args.inputs)
        args.input_labels = {}
        try:
            args.inputs = _spool_pipes(args, Path(tmp))
        except KeyboardInterrupt:
            print("comment-analyzer: interrupted while reading the input; nothing was written", file=sys.stderr)
            return EXIT_INTERRUPTED
        except OSError as e:
            print(f"comment-analyzer: cannot read the piped input: {e}", file=sys.stderr)
            return EXIT_INPUT
        return run(args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
