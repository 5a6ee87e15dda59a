"""Input files: expanding paths, opening compressed files, and deciding each file's format.

The format comes from `fmt=` when stated, else from the extension plus content sniffing: JSON documents are
parsed incrementally for their first few thousand events to see their shape (top-level keys, the `kind` of a
YouTube response, `data.comments` of TikTok, `node`/`instaloader` of instaloader...), never loaded whole.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .encoding import Encoding, open_text, open_utf8_bytes, resolve_encoding
from .errors import InputError
from .surrogates import LoneEscapes

TABULAR_FORMATS = ("csv", "tsv", "jsonl", "json", "parquet", "xlsx", "txt")
PLATFORM_FORMATS = ("youtube", "instagram", "instaloader", "tiktok")
FORMATS = TABULAR_FORMATS + PLATFORM_FORMATS

_COMPRESSION = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open}
_EXT_FORMAT = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "txt",  # one comment per line, no header
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",  # recognised only to say how to convert it
}
_HEAD_BYTES = 256 * 1024
_HEAD_EVENTS = 20_000
_SNIFF_LINES = 50  # JSONL lines described when the first says nothing of the platform

# keys that identify an Instagram Graph API media object (none of them is a comment field: `like_count`
# and `timestamp` exist on both) / comment object
_IG_MEDIA_KEYS = frozenset(
    {"caption", "comments_count", "media_type", "media_product_type", "permalink", "media_url", "shortcode"}
)
_IG_COMMENT_KEYS = frozenset({"text", "timestamp", "username", "from", "replies", "like_count", "hidden"})
_TIKTOK_COMMENT_KEYS = frozenset({"parent_comment_id", "reply_count", "create_time"})
_TIKTOK_VIDEO_KEYS = frozenset({"video_description", "view_count", "share_count", "region_code", "music_id"})


@dataclass
class JsonShape:
    """What the head of a JSON file looks like: enough to route it to the right parser.

    `top_keys` are the keys of the object, or of the first array element / first line; `kind` is the
    YouTube `kind` found there; `data_keys` are the keys under "data" when it is an object (TikTok);
    `data_item_keys` those of the first element of a "data" array (Instagram); `nested_item_keys` those of
    the first element of data.comments / data.videos.
    """

    container: str  # "object", "array" or "lines" (one JSON value per line)
    top_keys: set[str] = field(default_factory=set)
    kind: str | None = None
    data_keys: set[str] = field(default_factory=set)
    data_item_keys: set[str] = field(default_factory=set)
    nested_item_keys: set[str] = field(default_factory=set)
    data_list: bool = False  # "data" is an array (empty on a Graph API page with no comments)


@dataclass
class Source:
    """One input file with its resolved format and encoding (both decided before any row is read)."""

    path: Path
    fmt: str = ""
    kind: str | None = None  # platform sub-kind, e.g. "youtube" files are dispatched per resource
    shape: JsonShape | None = None
    encoding: Encoding | None = None
    display: str | None = None  # the name rows and stats show when the path is a stand-in (stdin's copy: "<stdin>")
    id_prefix: str | None = None  # set by `distinct_stems` when another input file has the same stem
    lone_escapes: int = 0  # unpaired surrogate escapes the JSON reads repaired (the most any one read met)
    cut_at: int | None = None  # compressed data that ends early: the decompressed bytes it gave (a cut download)

    @property
    def label(self) -> str:
        return self.display or str(self.path)

    @property
    def stem(self) -> str:
        """The prefix of generated comment ids: the file name without compression and format extensions, with its
        folders when files of one name in several folders are read together (`distinct_stems`)."""
        return self.id_prefix or self.file_stem

    @property
    def file_stem(self) -> str:
        name = self.path.name
        for exts in (_COMPRESSION, sorted(_EXT_FORMAT, key=len, reverse=True)):
            for ext in exts:
                if name.lower().endswith(ext):
                    name = name[: -len(ext)]
                    break
        return name

    @property
    def compression(self) -> str | None:
        suffix = self.path.suffix.lower()
        return suffix if suffix in _COMPRESSION else None

    def open_bytes(self) -> BinaryIO:
        comp = self.compression
        if comp:
            raw = _EndsEarly(_COMPRESSION[comp](self.path, "rb"), self._cut)
            return io.BufferedReader(raw, 1 << 16)  # type: ignore[return-value]
        return open(self.path, "rb")

    def _cut(self, at: int) -> None:
        self.cut_at = at

    def open_text(self):
        assert self.encoding is not None
        return open_text(self.open_bytes, self.encoding)

    def open_json_bytes(self) -> BinaryIO:
        """UTF-8 bytes for the JSON parsers, with unpaired surrogate escapes rewritten as U+FFFD (`LoneEscapes`)
        and counted in `lone_escapes`."""
        assert self.encoding is not None
        raw = open_utf8_bytes(self.open_bytes, self.encoding)
        return LoneEscapes(raw, on_close=self._count_escapes)  # type: ignore[return-value]

    def _count_escapes(self, n: int) -> None:
        self.lone_escapes = max(self.lone_escapes, n)


class _EndsEarly(io.RawIOBase):
    """A decompressing stream whose data ends before the end-of-stream marker (a cut download or copy) ends there
    instead of raising: the rows before the cut are read, and the reader reports the cut as a row error (QA: one
    truncated .gz stopped the whole run, exit 3). Corrupt data still raises."""

    def __init__(self, f: BinaryIO, on_cut) -> None:
        self._f = f
        self._on_cut = on_cut
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        try:
            data = self._f.read1(len(b))  # read1: what is decompressed so far (read(n) drops it at the cut)
        except EOFError:
            self._on_cut(self._pos)
            return 0
        n = len(data)
        b[:n] = data
        self._pos += n
        return n

    def close(self) -> None:
        self._f.close()
        super().close()


def expand_paths(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """Files as given, directories expanded (recursively, sorted) to the files whose extension we read (not
    .txt: named one by one, a .txt file is read as one comment per line)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    missing: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and not f.name.startswith((".", "~$"))  # hidden files, Excel lock files
                and _ext_format(f) not in (None, "xls", "txt")  # a folder's .txt files are usually notes
            )
            if not found:
                txt = sorted(f for f in p.rglob("*.txt") if f.is_file() and not f.name.startswith("."))
                hint = (f"; its .txt files are skipped as notes ({', '.join(f.name for f in txt[:3])}"
                        f"{', ...' if len(txt) > 3 else ''}): name a .txt dump on its own" if txt else "")
                raise InputError(f"{p}: directory holds no CSV/JSONL/JSON/Parquet/Excel files{hint}", str(p))
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            missing.append(str(p))
    if missing:
        raise InputError("file not found: " + ", ".join(missing), missing[0])
    return out


def _ext_format(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in _COMPRESSION:
        suffixes = suffixes[:-1]
    return _EXT_FORMAT.get(suffixes[-1]) if suffixes else None


@contextmanager
def _reading(src: Source) -> Iterator[None]:
    """Read failures, and input errors raised without a file (encoding sniffing), as InputError naming `src`."""
    try:
        yield
    except (OSError, EOFError, lzma.LZMAError) as e:
        raise InputError(f"{src.label}: cannot read: {e}", src.label) from e
    except InputError as e:
        if e.path:
            raise
        raise InputError(f"{src.label}: {e}", src.label) from e


def _read_head(src: Source) -> bytes:
    with _reading(src), src.open_json_bytes() as f:
        return f.read(_HEAD_BYTES)


def sniff_json(src: Source, lines: bool = False, asked: str | None = None) -> JsonShape:
    """Parse the head of a JSON/JSONL file incrementally and record its shape. `lines`: the extension says
    JSONL, so even a one-line file is one record per line (and a broken first line is that line's error). Raises
    InputError for a file that is no JSON at all; `asked`: the format the caller named, for that message."""
    import ijson

    head = _read_head(src)
    stripped = head.lstrip()
    if not stripped:
        raise InputError(f"{src.label}: empty file", src.label)
    first_line, _, rest = stripped.partition(b"\n")
    cut = b"\n" not in stripped and len(head) >= _HEAD_BYTES  # a first record longer than the head
    if lines or rest.strip():
        try:
            first = json.loads(first_line)
        except ValueError:
            first = None
        if isinstance(first, dict):
            shape = JsonShape("lines")
            _describe_object(first, shape)
            # a pagination log's first page may say nothing of the platform (an API error page, an empty
            # `{"data": []}`): describe the head's next lines too, as an array's elements are (QA: such a file was
            # read as generic records and refused whole)
            for line in rest.split(b"\n")[:-1][:_SNIFF_LINES]:
                if classify_json(shape)[0] != "json":
                    break
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    _describe_object(obj, shape)
            return shape
        if lines:  # a broken or non-object first line of a JSONL file is that line's error, not the file's
            found = _lines_of_objects(stripped)
            if found is not None:
                shape = JsonShape("lines")
                _describe_object(found, shape)
                return shape
    if stripped[:1] not in (b"{", b"["):  # named JSON but not JSON: say so (QA: "top-level keys: " and nothing)
        first = stripped.split(b"\n", 1)[0][:60].decode("utf-8", "replace")
        raise InputError(f"{src.label}: is not JSON (it starts {first!r}); "
                         + (f"the format asked for is {asked}" if asked else "check the file or pass its format"),
                         src.label)
    if lines and cut:  # JSONL by its extension: describe the first record from its start
        shape = JsonShape("lines")
    else:
        shape = JsonShape("array" if stripped[:1] == b"[" else "object")
    base = "item" if shape.container == "array" else ""
    try:
        for n, (prefix, event, value) in enumerate(ijson.parse(io.BytesIO(head))):
            if n > _HEAD_EVENTS:
                break
            if event == "map_key":
                if prefix == base:
                    shape.top_keys.add(value)
                elif prefix == _join(base, "data"):
                    shape.data_keys.add(value)
                elif prefix == _join(base, "data.item"):
                    shape.data_item_keys.add(value)
                elif prefix in (_join(base, "data.comments.item"), _join(base, "data.videos.item")):
                    shape.nested_item_keys.add(value)
            elif prefix == _join(base, "data") and event == "start_array":
                shape.data_list = True
            elif prefix == _join(base, "kind") and event == "string" and shape.kind is None:
                shape.kind = value
            elif prefix == "" and event not in ("start_map", "start_array"):
                break  # a bare scalar document
    except ijson.JSONError:
        pass  # the head is cut mid-document; what we saw is enough
    return shape


def _lines_of_objects(head: bytes) -> dict[str, Any] | None:
    """The first object line of a head most of whose whole lines are JSON objects (one record per line, the first
    broken or an array: QA, such a .jsonl was refused, or read as one array and lost), else None (a pretty-printed
    document: of its lines, only an array's last one-line element may parse as an object)."""
    whole = [line for line in head.split(b"\n")[:-1] if line.strip()]  # the last line may be cut
    objects = []
    for line in whole:
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict):
            objects.append(obj)
    return objects[0] if objects and 2 * len(objects) > len(whole) else None


def _join(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def _describe_object(obj: dict[str, Any], shape: JsonShape) -> None:
    """Adds what one record shows to `shape` (several lines of a JSONL file may be described)."""
    shape.top_keys |= set(obj)
    kind = obj.get("kind")
    if shape.kind is None and isinstance(kind, str):
        shape.kind = kind
    data = obj.get("data")
    if isinstance(data, dict):
        shape.data_keys |= set(data)
        for key in ("comments", "videos"):
            items = data.get(key)
            if isinstance(items, list) and items and isinstance(items[0], dict):
                shape.nested_item_keys |= set(items[0])
    elif isinstance(data, list):
        shape.data_list = True
        if data and isinstance(data[0], dict):
            shape.data_item_keys |= set(data[0])


def _has_text(keys: set[str]) -> bool:
    """Whether records with these keys carry a comment's text: a media object has a caption and no text, while a
    scraper's comments may repeat their post's caption, shortcode or permalink (QA: such dumps were read as
    Instagram media, 0 comments)."""
    from .columns import _ALIASES, normalise_name

    names = {normalise_name(k) for k in keys if isinstance(k, str)}
    return "text" in names or bool(names & set(_ALIASES["text_col"]))


def classify_json(shape: JsonShape) -> tuple[str, str | None]:
    """(format, platform kind) for a JSON shape; ("json", None) for generic comment records."""
    keys = shape.top_keys
    if shape.kind and shape.kind.startswith("youtube#"):
        return "youtube", shape.kind
    if {"node", "instaloader"} <= keys:
        return "instaloader", "post"
    if {"owner", "created_at"} <= keys and ("answers" in keys or "text" in keys):
        return "instaloader", "comments"
    if "comments" in shape.data_keys:
        return "tiktok", "comments"
    if "videos" in shape.data_keys:
        return "tiktok", "videos"
    if shape.container != "object" and {"video_id", "text"} <= keys and keys & _TIKTOK_COMMENT_KEYS:
        return "tiktok", "comments"
    if shape.container != "object" and keys & _TIKTOK_VIDEO_KEYS and "id" in keys:
        return "tiktok", "videos"
    if "business_discovery" in keys or ({"followers_count", "media"} <= keys):
        return "instagram", "user"
    if keys & _IG_MEDIA_KEYS and ("id" in keys or "comments" in keys) and not _has_text(keys):
        return "instagram", "media"
    if "data" in keys and shape.data_item_keys:
        if shape.data_item_keys & _IG_MEDIA_KEYS and not _has_text(shape.data_item_keys):
            return "instagram", "media_list"
        if "text" in shape.data_item_keys and shape.data_item_keys & (_IG_COMMENT_KEYS - {"text"}):
            return "instagram", "comments"
    if keys <= {"data", "paging"} and shape.data_list and not shape.data_item_keys:
        # a Graph API page with no comments (`{"data": []}`: a media without comments, the last page) or such
        # pages only: nothing to read, not an unknown document (QA: one such file in a folder stopped the run)
        return "instagram", "comments"
    if shape.container != "object" and {"text", "timestamp", "from"} <= keys:
        # Graph API comments saved as a bare array / JSONL (the `data` lists joined): "from" is Instagram's own
        # key, and read as generic records their `replies.data` would be dropped
        return "instagram", "comments"
    if shape.container == "object":
        return "unknown", None
    return "json", None


def prepare(path: Path, fmt: str | None, encoding: str | None, display: str | None = None) -> Source:
    """Decide a file's format (and encoding for text formats); raise InputError when it cannot be read."""
    src = Source(path, display=display)
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    ext = _ext_format(path)
    if ext == "xls" and fmt is None:
        raise InputError(f"{path}: legacy Excel .xls is not read; save it as .xlsx or .csv", str(path))
    if fmt in ("parquet", "xlsx") or (fmt is None and ext in ("parquet", "xlsx")):
        if path.suffix.lower() in _COMPRESSION:
            raise InputError(f"{path}: a compressed {fmt or ext} file is not read; decompress it first", str(path))
        src.fmt = fmt or ext
        return src
    src.encoding = resolve_encoding_safely(src, encoding)
    if fmt in ("csv", "tsv", "txt") or (fmt is None and ext in ("csv", "tsv", "txt")):
        src.fmt = fmt or ext or "csv"
        return src
    if ext is None and fmt is None:
        head = _read_head(src).lstrip()[:1]
        if head not in (b"{", b"["):
            raise InputError(
                f"{path}: cannot tell the format from the extension; pass fmt= (one of {', '.join(FORMATS)})",
                str(path),
            )
    shape = sniff_json(src, lines=(fmt or ext) == "jsonl", asked=fmt)
    detected, kind = classify_json(shape)
    src.shape, src.kind = shape, kind
    if fmt in PLATFORM_FORMATS:
        if detected != fmt:
            raise InputError(
                f"{path}: does not look like a {fmt} export (it looks like {detected})", str(path)
            )
        src.fmt = fmt
    elif fmt in ("json", "jsonl") and shape.container != "object":  # an object is a platform export or unknown
        src.fmt = "jsonl" if shape.container == "lines" else "json"
    elif detected == "unknown":  # also a JSON object named json: read as an array it gave 0 rows and no word
        raise InputError(
            f"{path}: unrecognised JSON document (top-level keys: {', '.join(sorted(shape.top_keys)[:12])}); "
            "expected one comment object per line (JSONL), an array of comment objects, or a platform export",
            str(path),
        )
    elif detected == "json":
        src.fmt = "jsonl" if shape.container == "lines" else "json"
    else:
        src.fmt = detected
    return src


def resolve_encoding_safely(src: Source, stated: str | None) -> Encoding:
    with _reading(src):
        return resolve_encoding(src.open_bytes, stated)


def distinct_stems(sources: Sequence[Source]) -> None:
    """Give files of one stem read together id prefixes that tell them apart: their folders when they are in
    different folders (a folder of daily exports: day1/comments.csv, day2/comments.csv give "day1/comments",
    "day2/comments"), and their whole names when two share a folder (export.csv and export.jsonl, comments.csv and
    comments.csv.gz give "export.csv", "export.jsonl"). With the stem alone their generated ids collided, and the
    second file's comments were rejected as duplicates (QA). One file named twice keeps its own ids."""
    by_stem: dict[str, list[Source]] = {}
    for src in sources:
        by_stem.setdefault(src.file_stem, []).append(src)
    for stem, group in by_stem.items():
        files = {src.path.absolute() for src in group}
        if len(files) < 2:  # one file, or one file named twice: its ids are its own
            continue
        folders = [src.path.absolute().parent for src in group]
        names_in: dict[Path, set[str]] = {}
        for src, folder in zip(group, folders, strict=True):
            names_in.setdefault(folder, set()).add(src.path.name)
        common = Path(os.path.commonpath(folders))
        for src, folder in zip(group, folders, strict=True):
            name = src.path.name if len(names_in[folder]) > 1 else stem
            rel = folder.relative_to(common).as_posix()
            src.id_prefix = name if rel == "." else f"{rel}/{name}"
