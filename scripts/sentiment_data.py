"""Readers for the public sentiment sets under ../shared/data (shared by training and evaluation scripts).

Formats: TweetEval/UMSAB (`*_text.txt` + `*_labels.txt`, 0/1/2, no final newline), SemEval-2017 Task 4A
(`id<TAB>label<TAB>text`, word labels, literal `\\uXXXX` escapes, one malformed line), EmoEvent
(TSV with quoted tweets; emotion mapped to polarity: joy -> positive; sadness, anger, disgust, fear ->
negative; others -> neutral; surprise dropped as ambiguous).
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

from analyzer.fingerprint import MENTION_RE, URL_RE, dedup_key, text_key  # noqa: F401  (one key for "the same text")
from analyzer.io.surrogates import repair  # the project's one rule for surrogate pairs and lone halves

LABELS = ("negative", "neutral", "positive")
EMOTION_TO_POLARITY = {"joy": 2, "sadness": 0, "anger": 0, "disgust": 0, "fear": 0, "others": 1}

_ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
_WS = re.compile(r"\s+")


def unescape_semeval(text: str) -> str:
    """SemEval's literal escapes decoded; an emoji written as two escapes (a UTF-16 surrogate pair) is joined,
    an unpaired half becomes U+FFFD (the tokenizer refuses lone surrogates)."""
    return repair(_ESC.sub(lambda m: chr(int(m.group(1), 16)), text).replace('\\"', '"'))


def training_text(text: str) -> str:
    """Light normalisation shared by training and evaluation: the conventions of UMSAB/TweetEval."""
    text = html.unescape(text)
    text = MENTION_RE.sub("@user", text)
    text = URL_RE.sub("http", text)
    return _WS.sub(" ", text).strip()


def read_lines(path: Path) -> list[str]:
    """The file's lines: split on "\n" only (a tweet may hold U+2028, which `str.splitlines` would cut), a
    "\r" before it dropped, a UTF-8 BOM dropped, no empty last line for a final newline (which may be missing).
    A file with no "\n" but "\r" line ends (old Mac editors, some exports) is split on "\r"."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: not UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start}): save it as "
                         "UTF-8") from None
    lines = text.split("\n" if "\n" in text or "\r" not in text else "\r")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def read_lines_pair(text_file: Path, label_file: Path) -> list[tuple[str, int]]:
    """TweetEval/UMSAB files: one text per line, one label (0 negative, 1 neutral, 2 positive) per line. A label
    line that is blank or not 0/1/2 is an error naming the line: skipping it would pair texts with the wrong
    labels. A blank text line is an error too (a tweet is never empty: a stray newline split one). Blank lines at
    the end of either file are ignored."""
    texts = read_lines(text_file)
    raw = read_lines(label_file)
    for lines in (texts, raw):
        while lines and not lines[-1].strip():
            lines.pop()
    blank = next((no for no, t in enumerate(texts, start=1) if not t.strip()), None)
    if blank is not None:
        raise ValueError(f"{text_file}:{blank}: empty text")
    labels = []
    for no, line in enumerate(raw, start=1):
        if line.strip() not in ("0", "1", "2"):
            raise ValueError(f"{label_file}:{no}: label {line.strip()!r} is not 0, 1 or 2")
        labels.append(int(line))
    if len(texts) != len(labels):
        raise ValueError(f"{text_file}: {len(texts)} texts but {len(labels)} labels")
    return list(zip(texts, labels, strict=True))


def read_umsab(data: Path, lang: str, split: str) -> list[tuple[str, int]]:
    folder = Path(data) / "xlmt_umsab_sentiment" / {"es": "spanish", "en": "english"}[lang]
    return read_lines_pair(folder / f"{split}_text.txt", folder / f"{split}_labels.txt")


def read_tweeteval_val(data: Path) -> list[tuple[str, int]]:
    folder = Path(data) / "tweeteval_sentiment"
    return read_lines_pair(folder / "val_text.txt", folder / "val_labels.txt")


def read_semeval_tsv(path: Path) -> tuple[list[tuple[str, int]], int]:
    """Rows with a known label (SemEval's words, or TweetEval's 0/1/2); returns (rows, skipped line count).
    `semeval_tsv_problems` says which lines were skipped and why."""
    rows, problems = semeval_tsv(path)
    return rows, len(problems)


def semeval_tsv_problems(path: Path) -> list[tuple[int, str]]:
    """(line number, reason) of each line `read_semeval_tsv` skips: a header, a blank line, a line without
    id<TAB>label<TAB>text, a label that is not negative/neutral/positive (a typo shrinks n silently otherwise), an
    empty text (nothing to score: a model error made up)."""
    return semeval_tsv(path)[1]


def semeval_tsv(path: Path) -> tuple[list[tuple[str, int]], list[tuple[int, str]]]:
    """(rows with a known label, (line, reason) of each line skipped), from one reading of the file."""
    rows: list[tuple[str, int]] = []
    problems: list[tuple[int, str]] = []
    for n, line in enumerate(read_lines(path), start=1):
        parts = line.split("\t")
        if not line.strip():
            problems.append((n, "blank line"))
            continue
        if len(parts) < 3:
            problems.append((n, "not id<TAB>label<TAB>text"))
            continue
        label = parts[1].strip().lower()
        y = LABELS.index(label) if label in LABELS else int(label) if label in ("0", "1", "2") else None
        text = unescape_semeval("\t".join(parts[2:]).strip())
        if y is None and n == 1 and label in ("label", "sentiment", "polarity", "class"):
            problems.append((n, "header line"))
        elif y is None:
            problems.append((n, f"unknown label {parts[1].strip()!r} (negative, neutral, positive or 0, 1, 2)"))
        elif not text:
            problems.append((n, "empty text"))
        else:
            rows.append((text, y))
    return rows, problems


SEMEVAL_TRAIN_FILES = (
    "twitter-2013train-A.txt", "twitter-2013dev-A.txt", "twitter-2013test-A.txt", "twitter-2014test-A.txt",
    "twitter-2014sarcasm-A.txt", "twitter-2015train-A.txt", "twitter-2015test-A.txt", "twitter-2016train-A.txt",
    "twitter-2016dev-A.txt", "twitter-2016devtest-A.txt", "twitter-2016test-A.txt",
)


def read_semeval_train(data: Path) -> list[tuple[str, int]]:
    rows = []
    for name in SEMEVAL_TRAIN_FILES:
        rows += read_semeval_tsv(Path(data) / "semeval2017_task4a_english" / "Subtask_A" / name)[0]
    return rows


COMMENTS_FILE = Path(__file__).resolve().parent.parent / "datasets" / "sentiment_comments" / "comments.tsv"
# every file of the comment set, in the order they were written (batch 2: hyperbole, sarcasm, plain complaints)
COMMENTS_FILES = (COMMENTS_FILE, COMMENTS_FILE.with_name("comments_batch2.tsv"))


def read_comments(path: Path, split: str) -> list[tuple[str, int, str]]:
    """The project's hand-written social-media comments (`datasets/sentiment_comments`): (text, label, lang)
    of one split ("train" or "heldout"). A row with an unknown label or language is an error naming its line:
    the file is ours, so a typo in it is a bug to fix, not a row to skip."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, rec in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            if rec.get("split") != split:
                continue
            label, lang, text = rec.get("label"), rec.get("lang"), (rec.get("text") or "").strip()
            if label not in LABELS or lang not in ("es", "en") or not text:
                raise ValueError(f"{path}:{n}: bad row (label {label!r}, lang {lang!r}, text {text[:40]!r})")
            rows.append((text, LABELS.index(label), lang))
    return rows


def read_emoevent(data: Path, lang: str, split: str) -> list[tuple[str, int]]:
    path = Path(data) / "emoevent" / "splits" / lang / f"{split}.tsv"
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            pol = EMOTION_TO_POLARITY.get((rec.get("emotion") or "").strip())
            if pol is not None and rec.get("tweet"):
                rows.append((rec["tweet"], pol))
    return rows
