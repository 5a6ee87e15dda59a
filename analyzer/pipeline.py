"""The pipeline: records in -> normalise -> sentiment (+ embeddings) -> coordination -> authenticity -> scored.

    from analyzer import Analyzer
    an = Analyzer.load()
    result = an.score_comments(df_or_records, posts=posts)      # batch: exact cross-comment flags
    for item in an.score_stream(reader.comments()):             # bounded memory, for pipelines
        ...
    summary = an.summarize(result.comments, result.posts)

One transformer pass per comment: the sentiment model's pooled hidden state is also the authenticity
embedding. Only when a foreign (Hugging Face) sentiment model is swapped in does the bundled encoder run a
second pass, because the authenticity model was trained on the bundled encoder's embeddings.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import numpy as np

from .config import (
    AUTH_COORDINATION,
    CAPTION_CACHE_POSTS,
    DEFAULT_SENTIMENT_ENGINE,
    SENTIMENT_BATCH_SIZE,
    EngagementConfig,
    check_whole_numbers,
)
from .engagement import CREATOR_REPLY_REASON, is_creator, tagged_handles
from .io.passthrough import input_fields
from .records import (
    AccountInfo,
    CommentIn,
    InputWarning,
    PostIn,
    RowError,
    ScoredComment,
    author_columns,
    cast_columns,
    column_dtypes,
    handle_key,
)

DEFAULT_CHUNK = 1024


@dataclass
class ScoreResult:
    """What `score_comments` returns: scored comments, per-row errors (count in = out + errors), posts, and
    warnings (values dropped or ignored while their comment or post was kept; see `records.InputWarning`)."""

    comments: list[ScoredComment]
    errors: list[RowError]
    posts: dict[str, PostIn] = field(default_factory=dict)
    warnings: list[InputWarning] = field(default_factory=list)

    def to_dicts(self) -> list[dict[str, Any]]:
        return [c.to_dict() for c in self.comments]

    def to_pandas(self, keep: str | Iterable[str] | None = None):
        """One row per scored comment; an empty result still has the columns (a pipeline's df["sentiment"]).
        `created_at` is a datetime column (tz-aware UTC), as in the Parquet output, not ISO text.
        `keep`: input columns to carry after the scores, "all" or names (as `--keep-columns`; a name no comment
        has gives an empty column; one named like an output column comes as "input_<name>")."""
        import pandas as pd

        from .io.passthrough import comment_row, resolve_keep

        kept = resolve_keep(keep if keep is None or isinstance(keep, str) else list(keep), self.comments)
        rows = [comment_row(c, kept, native=True) for c in self.comments]
        df = pd.DataFrame(rows, columns=ScoredComment.columns() + kept.names)
        for name in kept.names:  # as given: ints with gaps would turn float64 (2**60 + 1 loses its last digits)
            df[name] = pd.Series([r.get(name) for r in rows], dtype=object, index=df.index)
        # one dtype per column whatever the rows (a daily load's schema must not drift): microsecond UTC times
        # also for an empty result or a day without authors' dates (QA), float relevance also when none has one
        for name in ("created_at", "author_created_at"):
            df[name] = pd.to_datetime(df[name], utc=True).astype("datetime64[us, UTC]")
        return cast_columns(df, column_dtypes(ScoredComment))

    def errors_to_pandas(self):
        import pandas as pd

        df = pd.DataFrame([e.to_dict() for e in self.errors], columns=[f.name for f in fields(RowError)])
        return cast_columns(df, column_dtypes(RowError))


def _as_inputs(data: Any, columns=None, source: str = "records", date_window: int | None = None) -> Iterator[Any]:
    """Accept CommentIn, dicts (column names as in the CLI), strings, or a pandas DataFrame. Yields CommentIn,
    RowError, PostRecord and FileNote (the dicts' learned day/month order, see columns.DateOrderLearner; rows
    wait for it at most `date_window` items)."""
    from .io.columns import ColumnMap, RowMapper, duplicate_note, resolve
    from .io.events import FileNote
    from .io.surrogates import repair_event

    if data is None:
        return
    if isinstance(data, (str, bytes)):  # iterating it would score each character as a comment
        raise TypeError("a single string is not a batch of comments: pass a list ([text]) or another iterable "
                        "of comments; to score a file, read it with analyzer.io.read_comments or the CLI")
    if isinstance(data, Mapping):  # iterating it would score each key as a comment
        raise TypeError("a single record (dict) is not a batch of comments: pass a list of records ([record]); "
                        "for a dict of columns, pandas.DataFrame(d)")
    columns = columns or ColumnMap()
    if not isinstance(columns, ColumnMap):
        raise TypeError(f"columns must be an analyzer.io.ColumnMap (ColumnMap(text_col=...)), not "
                        f"{type(columns).__name__}")
    if hasattr(data, "to_dict") and hasattr(data, "columns"):  # a DataFrame
        res = resolve(columns, [str(c) for c in data.columns])
        if res.read is not None:  # names alike: to_dict() would keep the last column of a name; read the first
            yield FileNote(duplicate_note(source, res))
            data = data.iloc[:, list(res.read)]
        if not all(isinstance(c, str) for c in data.columns):  # read_csv(header=None) numbers its columns 0, 1..:
            data = data.set_axis([str(c) for c in data.columns], axis=1)  # matched and kept by their text
        data = data.to_dict("records")
    for item in RowMapper(columns, source, source).map_rows(_pending_inputs(data, columns, source),
                                                            window=date_window):
        yield repair_event(item)  # readers did it for files; a no-op then


def _pending_inputs(data: Iterable[Any], columns, source: str) -> Iterator[Any]:
    """`_as_inputs`' items before mapping: dicts become PendingRows, the rest is checked here."""
    from .io.coerce import excerpt, is_missing, text_problem
    from .io.tabular import JsonRecords

    records = JsonRecords(columns, source, source, replies=True)  # as a JSON file's: nested replies are comments
    for i, item in enumerate(data, start=1):
        if isinstance(item, RowError):
            yield item
        elif isinstance(item, (CommentIn, str)):
            given = isinstance(item, CommentIn)
            comment = item if given else CommentIn(comment_id=f"{source}:{i}", text=item, source=f"{source}:{i}")
            problem = text_problem(comment.text)
            if not problem and given:
                comment, problem = _checked_record(comment, columns)
                if comment.source is None:  # its place in the input, as rows read from dicts or files carry
                    comment = replace(comment, source=f"{source}:{i}")
            if problem:  # a bare string's error has no id: none was given
                yield RowError(source=source, row=i, error=problem,
                               comment_id=str(comment.comment_id) if given and comment.comment_id else None,
                               raw=excerpt(comment.text))
            else:
                yield comment
        elif isinstance(item, Mapping) or (hasattr(item, "to_dict") and hasattr(item, "index")):
            yield from records(dict(item) if isinstance(item, Mapping) else item.to_dict(), i)  # a Series: iterrows()
        elif is_missing(item):  # a list of texts or a Series with a gap: None, NaN, pd.NA
            yield RowError(source=source, row=i, error="text is null", raw=repr(item)[:200])
        else:
            yield RowError(source=source, row=i, error=f"unsupported record type: {type(item).__name__}",
                           raw=repr(item)[:200])
    yield from records.notes()


def _input_note(source: str, text: str) -> InputWarning:
    """A note on a batch of records as a whole (a guessed column, rows carrying their own counts): no row, no id."""
    return InputWarning("input_note", source, None, None, text)


def _row_count_warnings(collector, source: str, columns) -> list[InputWarning]:
    """The end of a batch's rows: its post counts that are each row's own (see `PostCollector.finish_rows`)."""
    from .io.columns import ColumnMap
    from .io.readers import row_count_notes

    return [_input_note(source, note) for note in row_count_notes(collector, source, columns or ColumnMap(), api=True)]


def _row_error(c: CommentIn, error: str, default: str = "records") -> RowError:
    """A read comment's RowError, placed as the readers place theirs: source "records:3" -> ("records", row 3)."""
    from .io.readers import split_source

    label, row = split_source(c.source)
    return RowError(label or default, row, error, c.comment_id, c.text[:200])


def _checked_record(c: CommentIn, columns=None) -> tuple[CommentIn, str | None]:
    """A caller's CommentIn made as the readers make them (ids as text, times tz-aware, account counts read like a
    file's), or the reason it cannot be. As for rows read from dicts or files, only a bad comment_id is a row
    error: an optional field that cannot be read (a time "ayer", a count "n/a followers", pandas' NaT) is dropped
    with a note (a "comment_field" warning) and the comment kept. Times and likes are read as `columns` (a
    ColumnMap) reads a file's: in its zone and day/month order; "12k" likes."""
    from .io.coerce import parse_count, parse_id, parse_or_note
    from .io.columns import ACCOUNT_PARSERS, NOTES_KEY, ColumnMap
    from .io.errors import CoerceError

    changes: dict[str, Any] = {}
    notes: list[str] = []
    if c.comment_id is not None and not isinstance(c.comment_id, str):
        try:
            changes["comment_id"] = parse_id(c.comment_id)
        except CoerceError as e:
            return c, f"bad comment_id: {e}"
    if not changes.get("comment_id", c.comment_id):
        return c, "comment_id is missing"

    for name in ("author", "author_id", "post_id", "parent_id", "platform"):
        value = getattr(c, name)
        if value is not None and not isinstance(value, str):
            changes[name] = parse_or_note(parse_id, value, name, notes)
    if c.created_at is not None:  # naive -> the map's zone (UTC), NaT -> None, text read like a file's
        changes["created_at"] = parse_or_note((columns or ColumnMap()).read_time, c.created_at, "created_at", notes)
    if c.likes is not None and (not isinstance(c.likes, int) or isinstance(c.likes, bool) or c.likes < 0):
        changes["likes"] = parse_or_note(parse_count, c.likes, "likes", notes)  # "12k", numpy, NaN (QA)
    account = c.account
    if account is not None:
        given = account if isinstance(account, dict) else vars(account) if isinstance(account, AccountInfo) else None
        if given is None:
            notes.append(f"bad account: not an AccountInfo or dict: {type(account).__name__}")
            changes["account"] = None
        else:
            unknown = sorted(set(given) - set(ACCOUNT_PARSERS))
            if unknown:
                notes.append(f"account fields not known, ignored: {', '.join(map(str, unknown))}")
            values = {k: parse_or_note(ACCOUNT_PARSERS[k], given[k], f"account.{k}", notes)
                      for k in ACCOUNT_PARSERS if k in given}
            changes["account"] = AccountInfo(**values) if any(v is not None for v in values.values()) else None
    extra = c.extra if isinstance(c.extra, dict) else dict(c.extra or {})
    if notes:
        extra = {**extra, NOTES_KEY: [*(extra.get(NOTES_KEY) or ()), *notes]}
    if extra is not c.extra:
        changes["extra"] = extra
    return (replace(c, **changes) if changes else c), None


def is_own(c: CommentIn, post: PostIn | None) -> bool:
    """Whether the comment is its post creator's own (a reply): by name, or by account id where both are known
    (YouTube shows "@handle" as the author of a channel titled otherwise; a reply read from comments.list names its
    channel but not its video, so the post may be unknown). Not audience engagement."""
    if post is not None and is_creator(c.author, post.creator):
        return True
    creator_id = (post.creator_id if post is not None else None) or c.creator_id
    return c.author_id is not None and c.author_id == creator_id


def _audience_flags(detect: Callable[[list[int]], list], comments: list[CommentIn], posts: Mapping[str, PostIn]):
    """Coordination flags from `detect` over the audience's comments only (positions in `comments`); the
    creators' own replies get none: their thank-yous are no pod, and the clusters table leaves them out. Nor do a
    giveaway's entries: tag lists under a post that announces one follow its rule, they are not a pod. Unless
    `min_authors` accounts tag the very same accounts besides those the caption names: entrants tag their own
    friends, a pod hiding in the giveaway pushes the same handles (those entries are judged as any comment)."""
    from .authenticity.coordination import CoordinationFlags
    from .authenticity.lexicon import is_giveaway_caption, is_giveaway_entry

    giveaway: dict[str, bool] = {}  # per post id: a caption is searched once, not once per comment under it
    named: dict[str, set[str | None]] = {}  # per giveaway post id: the handles its caption tags, and its creator
    entries: dict[int, tuple[str, frozenset[str]]] = {}  # giveaway entry -> (post, handles tagged beyond the caption's)

    def left_out(i: int, c: CommentIn) -> bool:
        post = posts.get(c.post_id) if c.post_id else None
        if post is None:
            return is_own(c, None)
        if c.post_id not in giveaway:
            giveaway[c.post_id] = is_giveaway_caption(post.caption)
        if is_own(c, post):
            return True
        if giveaway[c.post_id] and is_giveaway_entry(c.text):
            if c.post_id not in named:
                named[c.post_id] = tagged_handles(post.caption) | {handle_key(post.creator)}
            entries[i] = (c.post_id, frozenset(tagged_handles(c.text) - named[c.post_id]))
            return True
        return False

    own = [left_out(i, c) for i, c in enumerate(comments)]
    authors: dict[tuple[str, frozenset[str]], set[str]] = {}
    for i, key in entries.items():
        if key[1]:
            authors.setdefault(key, set()).add(comments[i].author_id or comments[i].author or f"#{i}")
    pushed = {key for key, who in authors.items() if len(who) >= int(AUTH_COORDINATION["min_authors"])}
    for i, key in entries.items():
        if key in pushed:
            own[i] = False
    if not any(own):
        return detect(list(range(len(comments))))
    idx = [i for i, o in enumerate(own) if not o]
    flags = [CoordinationFlags() for _ in comments]
    for i, f in zip(idx, detect(idx) if idx else [], strict=True):
        flags[i] = f
    return flags


def _posts_from_parents(comments: list[CommentIn]) -> list[CommentIn]:
    """A reply that names no post belongs to its parent's post (YouTube's comments.list?parentId= replies carry
    no videoId), followed up the thread; one whose thread names no post stays without."""
    if not any(c.post_id is None and c.parent_id for c in comments):
        return comments
    post_of = {c.comment_id: c.post_id for c in comments}
    parent_of = {c.comment_id: c.parent_id for c in comments}
    out = []
    for c in comments:
        if c.post_id is None and c.parent_id:
            seen, cur = set(), c.parent_id
            while cur in post_of and post_of[cur] is None and cur not in seen:
                seen.add(cur)
                cur = parent_of.get(cur)
            if cur in post_of and post_of[cur] is not None:
                c = replace(c, post_id=post_of[cur])
        out.append(c)
    return out


def _post_collector(posts: Mapping[str, PostIn] | None, warn=None, columns=None):
    """A PostCollector seeded with the caller's posts, so they win over post-level columns of the rows; their
    times are read in `columns`' zone and day/month order."""
    from .io.events import PostRecord
    from .io.posts import PostCollector
    from .io.surrogates import repair_record, repair_value

    if posts is not None and (not isinstance(posts, Mapping)
                              or not all(isinstance(p, PostIn) for p in posts.values())):
        raise TypeError("posts must map post ids to PostIn records ({post_id: PostIn(...)}); to read a posts "
                        "table, use analyzer.io.read_posts or pass post columns with the comments")
    collector = PostCollector(warn)
    for key, post in (posts or {}).items():  # the key repaired as the comments' post ids are (QA: two posts)
        post, notes = _checked_post(repair_value(key), repair_record(post)[0], columns)
        for note in notes:
            if warn is not None:
                warn(InputWarning("post_field", "posts", None, post.post_id, note))
        collector.add(PostRecord(post, source="posts"))
    return collector


def _checked_post(key: Any, post: PostIn, columns=None) -> tuple[PostIn, list[str]]:
    """A caller's PostIn made as the readers make them: its key and ids as text (a database's 101 matches a
    comment's "101"), NaN / pd.NA as no value, text numbers, fees and times read like a file's ("50,000",
    "€1.200,50", "2024-03-01T10:00:00Z"). A value that cannot be read is dropped with a note; the post is kept."""
    from .io.coerce import is_missing, parse_currency, parse_datetime, parse_id, parse_or_note
    from .io.columns import _POST_FIELDS, ColumnMap
    from .io.errors import CoerceError

    notes: list[str] = []
    changes: dict[str, Any] = {}
    try:
        pid = parse_id(key)
    except CoerceError as e:
        raise TypeError(f"posts: a key must be a post id, not {key!r} ({e})") from e
    if post.post_id != pid:
        if post.post_id is not None and str(post.post_id) != pid:
            notes.append(f"PostIn.post_id {post.post_id!r} differs from its key {pid!r}: the key is used")
        changes["post_id"] = pid
    for name, (_, convert) in _POST_FIELDS.items():
        value = getattr(post, name)
        if value is None:
            continue
        if name == "fee_currency" and isinstance(value, str):  # "usd", "€", "dólares" as a fee cell's mark reads
            try:  # (QA: "usd" and "USD" were two currencies, so a creator's costs were not added up)
                read = parse_currency(value)
            except CoerceError:
                read = None
            fixed = read or value.strip().upper() or None
            if fixed != value:
                changes[name] = fixed
            continue
        if convert is parse_datetime:
            convert = (columns or ColumnMap()).read_time
        if is_missing(value):
            changes[name] = None
            continue
        fixed = parse_or_note(convert, value, name, notes)
        if fixed != value or type(fixed) is not type(value):
            changes[name] = fixed
    if isinstance(post.fee, str) and post.fee_currency is None and "fee" in changes:
        try:
            changes["fee_currency"] = parse_currency(post.fee)
        except CoerceError:
            pass
    return (replace(post, **changes) if changes else post), notes


def auth_head_set(sentiment, authenticity) -> str | None:
    """Which authenticity heads read this sentiment model's embeddings (`AuthenticityModel.head_set`): "" for the
    encoder they were trained on, and for a model without embeddings (a swapped-in HF model, for which the bundled
    encoder embeds); "@fast" / "@comments" for the other shipped artifacts, which have heads fitted on their own
    vectors; None for any other artifact, whose vectors no head saw: the `*_noemb` heads are used."""
    from .authenticity.embed_cache import model_fingerprint

    if not sentiment.provides_embeddings:
        return ""
    return authenticity.head_set(model_fingerprint(sentiment))


class Analyzer:
    """The full pipeline. Load once (`Analyzer.load()`), then score many batches or streams."""

    def __init__(self, sentiment, authenticity, *, embedder=None, detector_factory=None,
                 engagement: EngagementConfig | None = None, chunk_size: int = DEFAULT_CHUNK,
                 normalize_options=None, auth_head_set: str | None = ""):
        self.sentiment = sentiment
        # which authenticity heads read the sentiment pass's embeddings (`auth_head_set()`); None: the no-embedding
        # heads (an encoder no head was fitted on) instead of a second transformer pass
        self.auth_head_set = auth_head_set
        self.authenticity = authenticity
        self.embedder = embedder
        self.detector_factory = detector_factory
        self.engagement = engagement or EngagementConfig()
        self.chunk_size = chunk_size
        self.normalize_options = normalize_options
        self._caption_cache: dict[str, tuple[str, np.ndarray | None]] = {}
        # wall seconds spent per stage since the last reset_timings() (scripts/benchmark.py reads them); with
        # several threads scoring at once they add up across the threads
        self.timings: dict[str, float] = {}
        # the caption cache and the timings are shared by threads that score through one Analyzer
        self._lock = threading.Lock()

    @property
    def auth_embeddings(self) -> bool:
        """Whether the authenticity stage reads encoder embeddings (False: its no-embedding heads)."""
        return self.auth_head_set is not None

    def reset_timings(self) -> None:
        with self._lock:
            self.timings = {}

    def _add_time(self, stage: str, seconds: float) -> None:
        with self._lock:
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds

    @contextmanager
    def _timed(self, stage: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self._add_time(stage, time.perf_counter() - t0)

    @classmethod
    def load(cls, sentiment_model: str | Path | None = None, authenticity_model: str | Path | None = None, *,
             precision: str = "fp32", threads: int | None = None, batch_size: int = SENTIMENT_BATCH_SIZE,
             chunk_size: int = DEFAULT_CHUNK, engagement: EngagementConfig | None = None,
             engine: str = DEFAULT_SENTIMENT_ENGINE) -> Analyzer:
        """Load the shipped models (or a swapped-in HF sentiment model by name/path).
        `engine`: how the e5 network runs (config.SENTIMENT_ENGINES; same outputs, onnx is faster)."""
        from .authenticity import AuthenticityModel, CoordinationDetector
        from .sentiment import SentimentModel

        check_whole_numbers(threads=threads, batch_size=batch_size, chunk_size=chunk_size)
        authenticity = AuthenticityModel.load(authenticity_model)
        # a sentiment artifact's spam branch runs only when this authenticity artifact fuses it (see `SpamBranch`)
        branch = bool(authenticity.meta.get("spam_fusion"))
        sentiment = SentimentModel.load(sentiment_model, threads=threads, precision=precision,
                                        batch_size=batch_size, engine=engine, spam_branch=branch)
        embedder, head_set = None, auth_head_set(sentiment, authenticity)
        if not sentiment.provides_embeddings:  # a swapped-in HF model: the bundled encoder embeds (2nd pass)
            embedder = SentimentModel.load(None, threads=threads, precision=precision, batch_size=batch_size,
                                           engine=engine, spam_branch=branch)
        return cls(sentiment, authenticity, embedder=embedder, detector_factory=CoordinationDetector,
                   engagement=engagement, chunk_size=chunk_size, auth_head_set=head_set)

    # ------------------------------------------------------------------------------------------------
    def _normalize(self, texts: list[str]):
        from .preprocess import normalize_batch

        with self._timed("normalize"):
            if self.normalize_options is not None:
                return normalize_batch(texts, options=self.normalize_options)
            return normalize_batch(texts)

    def _captions(self, comments: list[CommentIn], posts: Mapping[str, PostIn]) -> list[tuple[str | None, np.ndarray | None]]:
        """Each comment's post caption and its embedding. Captions not seen yet are normalised and embedded
        together, once per post (cached across chunks)."""
        with_caption = {c.post_id: posts[c.post_id] for c in comments
                        if c.post_id and c.post_id in posts and posts[c.post_id].caption}
        with self._lock:  # another thread may evict or replace entries meanwhile: keep what was read
            cached = {pid: self._caption_cache[pid] for pid, p in with_caption.items()
                      if self._caption_cache.get(pid, (None, None))[0] == p.caption}
        todo = [(pid, p.caption) for pid, p in with_caption.items() if pid not in cached]
        fresh: dict[str, tuple[str, np.ndarray | None]] = {}
        if todo:
            embs: list[np.ndarray | None] = [None] * len(todo)
            if self.embedder is not None or self.auth_embeddings:
                texts = [nc.normalized for nc in self._normalize([cap for _, cap in todo])]
                with self._timed("captions"):
                    out = (self.embedder or self.sentiment).predict(texts, return_embeddings=True).embeddings
                if out is not None:
                    embs = list(out)
            fresh = {pid: (cap, e) for (pid, cap), e in zip(todo, embs, strict=True)}
        wanted = {**cached, **fresh}
        with self._lock:
            for pid, entry in fresh.items():
                self._caption_cache.pop(pid, None)
                self._caption_cache[pid] = entry
            while len(self._caption_cache) > max(CAPTION_CACHE_POSTS, len(wanted)):  # a long-running pipeline's
                self._caption_cache.pop(next(iter(self._caption_cache)))  # oldest posts go first (insertion order)
        return [wanted[c.post_id] if c.post_id in wanted else (None, None) for c in comments]

    def _score_chunk(self, comments: list[CommentIn], posts: Mapping[str, PostIn], flags: list,
                     normalized: list | None = None) -> list[ScoredComment]:
        if normalized is None:
            normalized = self._normalize([c.text for c in comments])
        texts = [nc.normalized for nc in normalized]
        with self._timed("sentiment"):
            sent = self.sentiment.predict(texts, langs=[nc.lang for nc in normalized],
                                          return_embeddings=self.embedder is None and self.auth_embeddings)
        embeddings = sent.embeddings if self.auth_embeddings else None
        spam_logits = getattr(sent, "spam_logits", None)
        branch = getattr(self.sentiment, "spam_branch_sha256", None)
        if self.embedder is not None:
            with self._timed("embedder"):  # a swapped-in HF model gives no embeddings: a second pass
                emb_batch = self.embedder.predict(texts, return_embeddings=True)
            embeddings, spam_logits = emb_batch.embeddings, getattr(emb_batch, "spam_logits", None)
            branch = getattr(self.embedder, "spam_branch_sha256", None)
        caps = self._captions(comments, posts)
        cap_emb = None
        if embeddings is not None and any(e is not None for _, e in caps):
            cap_emb = np.zeros_like(embeddings)
            for i, (_, e) in enumerate(caps):
                cap_emb[i] = e if e is not None else np.nan
        captions = [c for c, _ in caps] if any(c for c, _ in caps) else None
        if embeddings is not None and cap_emb is None:
            captions = None  # captions without embeddings of the same encoder cannot be compared
        post_of = [posts.get(c.post_id) if c.post_id else None for c in comments]
        own = [is_own(c, post) for c, post in zip(comments, post_of, strict=True)]
        creators = [post.creator if post is not None else None for post in post_of]
        with self._timed("authenticity"):
            auth = self.authenticity.predict(normalized, embeddings=embeddings, comments=comments,
                                             captions=captions, caption_embeddings=cap_emb,
                                             coordination=flags, spam_logits=spam_logits, spam_branch_sha256=branch,
                                             head_set=self.auth_head_set or "", own=own,
                                             creators=creators)
        t_assemble = time.perf_counter()
        out = []
        for i, c in enumerate(comments):
            s, a, f = sent[i], auth[i], flags[i]
            out.append(ScoredComment(
                comment_id=c.comment_id, post_id=c.post_id, author=c.author, created_at=c.created_at,
                parent_id=c.parent_id, text=c.text, normalized=normalized[i].normalized, lang=normalized[i].lang,
                sentiment=s.label, sentiment_score=round(s.score, 4), p_negative=round(s.probs["negative"], 4),
                p_neutral=round(s.probs["neutral"], 4), p_positive=round(s.probs["positive"], 4),
                authenticity=a.label, p_genuine=round(a.probs["genuine"], 4),
                p_superficial=round(a.probs["superficial"], 4), p_spam=round(a.probs["spam"], 4),
                bot_like=round(float(a.bot_like), 4), genuine_weight=round(float(a.genuine_weight), 4),
                coordinated=bool(f.coordinated), burst=bool(f.burst), duplicate=bool(f.duplicate),
                cluster_id=f.cluster_id, relevance=None if a.relevance is None else round(float(a.relevance), 4),
                reasons=[CREATOR_REPLY_REASON, *a.reasons] if own[i] else list(a.reasons), platform=c.platform,
                author_id=c.author_id, creator_reply=own[i], comment_likes=c.likes, **author_columns(c.account),
                extra=input_fields(c.extra),
            ))
        self._add_time("assemble", time.perf_counter() - t_assemble)
        return out

    @staticmethod
    def _post_times(posts: Mapping[str, PostIn]) -> dict:
        return {pid: p.posted_at for pid, p in posts.items() if p.posted_at is not None}

    def _detect(self, comments: list[CommentIn], posts: Mapping[str, PostIn], normalized: list | None = None):
        detector = self.detector_factory()
        if normalized is None:
            normalized = self._normalize([c.text for c in comments])
        with self._timed("coordination"):
            return _audience_flags(lambda idx: detector.detect(
                [comments[i] for i in idx], [normalized[i].normalized for i in idx],
                post_times=self._post_times(posts)), comments, posts)

    # ------------------------------------------------------------------------------------------------
    def score_comments(self, data: Any, *, posts: Mapping[str, PostIn] | None = None, columns=None,
                       progress=None, source: str = "records") -> ScoreResult:
        """Score a whole batch. Cross-comment flags (pods, duplicates, bursts) see the entire batch.

        `posts` are authoritative: post-level columns of the rows only fill what they lack (as in the CLI),
        and each disagreement is a "post_conflict" warning in the result. `source` names the batch in errors,
        warnings and generated ids ("records:3"): give each batch its own ("2024-06-01:3") when ids are keys
        across batches."""
        from .io.events import FileNote, PostRecord
        from .io.readers import SeenIds, comment_warnings

        comments: list[CommentIn] = []
        errors: list[RowError] = []
        warnings: list[InputWarning] = []
        collector = _post_collector(posts, warnings.append, columns)
        seen = SeenIds()
        for item in _as_inputs(data, columns, source=source):
            if isinstance(item, PostRecord):
                collector.add(item)
            elif isinstance(item, FileNote):
                warnings.append(_input_note(source, item.text))
            elif isinstance(item, RowError):
                errors.append(item)
            elif (dup := seen.error(item)) is not None:
                errors.append(_row_error(item, dup))
            else:
                comments.append(item)
                warnings += comment_warnings(item)
        found_posts = collector.posts()
        warnings += _row_count_warnings(collector, source, columns)  # the records are one source
        comments = _posts_from_parents(comments)
        normalized = self._normalize([c.text for c in comments]) if comments else []  # once, for both uses
        flags = self._detect(comments, found_posts, normalized) if comments else []
        scored: list[ScoredComment] = []
        for start in range(0, len(comments), self.chunk_size):
            part = comments[start : start + self.chunk_size]
            scored += self._safe_chunk(part, found_posts, flags[start : start + self.chunk_size], errors,
                                       normalized[start : start + self.chunk_size])
            if progress:
                progress(len(part))
        return ScoreResult(scored, errors, found_posts, warnings)

    def _safe_chunk(self, part, posts, flags, errors, normalized: list | None = None) -> list[ScoredComment]:
        """Score a chunk; if it fails as a whole, retry one by one so one bad comment costs only itself."""
        try:
            return self._score_chunk(part, posts, flags, normalized)
        except Exception:  # noqa: BLE001 - isolate the culprit below, then report it per row
            out = []
            for c, f in zip(part, flags, strict=True):
                try:
                    out += self._score_chunk([c], posts, [f])
                except Exception as e:  # noqa: BLE001
                    errors.append(_row_error(c, f"scoring failed: {type(e).__name__}: {e}"))
            return out

    def score_stream(self, items: Iterable[Any], *, posts: Mapping[str, PostIn] | None = None, columns=None,
                     chunk_size: int | None = None,
                     live_posts: Callable[[], Mapping[str, PostIn]] | None = None, source: str = "records",
                     on_warning: Callable[[InputWarning], None] | None = None,
                     found_posts: dict[str, PostIn] | None = None) -> Iterator[ScoredComment | RowError]:
        """Score an iterable lazily, chunk by chunk, in input order; memory stays bounded.

        Cross-comment flags use everything seen so far (compact MinHash state), and a reply that names no post
        takes its parent's when the parent came earlier (batch: anywhere in the input): the first members of a pod
        may be emitted before the pod is recognisable (the CLI's --stream reads in chunks of 1,024 comments, so
        only larger dumps see this). Use `score_comments` (the CLI without --stream) when exact batch semantics
        matter. A row whose 05/03/2024 date needs the input's
        day/month order waits for a row that proves it at most `chunk_size` rows, then is kept with that date
        unread. `live_posts`: the posts a reader has seen so far, asked again at every chunk (a `DumpReader`
        streaming its files keeps them: `live_posts=lambda: reader.posts`); they win over `posts` and rows.
        What `score_comments` returns beside the comments comes out of a stream through two arguments:
        `on_warning` is called with each InputWarning as it arises (dropped fields, post conflicts, input notes),
        and `found_posts`, a dict, is filled with the posts read from the rows' post columns (merged with
        `posts`), ready for `summarize(scored, found_posts)` once the stream ends. `source`: as in score_comments.
        """
        from .authenticity import CoordinationStream
        from .io.events import FileNote, PostRecord
        from .io.readers import PostOfIds, SeenIds, comment_warnings

        if chunk_size is not None and (not isinstance(chunk_size, int) or isinstance(chunk_size, bool)
                                       or chunk_size < 1):
            raise ValueError(f"chunk_size must be a whole number >= 1, got {chunk_size!r}")
        size = chunk_size or self.chunk_size
        collector = _post_collector(posts, on_warning, columns)  # as in score_comments
        known = collector.posts()  # the live merged view
        stream = CoordinationStream(self.detector_factory())
        buf: list[CommentIn | RowError] = []  # a chunk, row errors in their places: output keeps input order
        seen = SeenIds()  # duplicates are reported as in batch mode, in ~32 bytes a comment
        post_of = PostOfIds()  # a reply naming no post goes on its parent's, as in batch (QA: it stayed without)

        def flush():
            nonlocal known
            if live_posts is not None:  # captions, followers: what the reader has seen up to this chunk
                known = {**collector.posts(), **live_posts()}
            part = [c for c in buf if isinstance(c, CommentIn)]
            done: dict[str, ScoredComment | RowError] = {}
            if part:
                normalized = self._normalize([c.text for c in part])
                with self._timed("coordination"):
                    flags = _audience_flags(lambda idx: stream.update(
                        [part[i] for i in idx], [normalized[i].normalized for i in idx],
                        post_times=self._post_times(known)), part, known)
                errs: list[RowError] = []
                scored = self._safe_chunk(part, known, flags, errs, normalized)
                done = {x.comment_id: x for x in [*scored, *errs]}  # ids are unique in a stream (checked)
            for x in buf:
                yield x if isinstance(x, RowError) else done.get(x.comment_id) or _row_error(
                    x, "scoring failed: no result")

        # rows wait for a date that proves the day/month order no longer than they wait for their chunk
        # labelled as in score_comments: the same rows get the same generated ids ("records:3") either way
        inputs = _as_inputs(items, columns, source=source, date_window=size)
        n_buf = 0  # comments in the chunk
        while True:
            try:
                item = next(inputs)
            except StopIteration:
                break
            except Exception:  # the source failed: what it gave before is scored and yielded, then its error
                if buf:
                    yield from flush()
                raise
            if isinstance(item, PostRecord):
                collector.add(item)
                continue
            if isinstance(item, FileNote):
                if on_warning is not None:
                    on_warning(_input_note(source, item.text))
                continue
            if isinstance(item, RowError):
                buf.append(item)
            elif (dup := seen.error(item)) is not None:
                buf.append(_row_error(item, dup, source))
            else:
                if item.post_id is None and item.parent_id:
                    parent_post = post_of.get(item.parent_id)
                    if parent_post is not None:
                        item = replace(item, post_id=parent_post)
                post_of.put(item.comment_id, item.post_id)
                buf.append(item)
                if on_warning is not None:
                    for w in comment_warnings(item):
                        on_warning(w)
            # a chunk is `size` comments, row errors aside, as in score_comments: the network sees the same batches
            # either way (int8 scores depend a little on a batch's other comments); errors alone bound it at 4x
            n_buf += isinstance(buf[-1], CommentIn)
            if n_buf >= size or len(buf) >= 4 * size:
                yield from flush()
                n_buf = 0
                buf = []
        if buf:
            yield from flush()
        ends = _row_count_warnings(collector, source, columns)  # held conflicts warned too
        if on_warning is not None:
            for w in ends:
                on_warning(w)
        if found_posts is not None:
            found_posts.update(collector.posts())

    def summarize(self, scored: Iterable[ScoredComment], posts: Mapping[str, PostIn] | None = None):
        """Per-post, per-creator and per-campaign engagement, coordinated clusters and the accounts the comments
        promote (see `analyzer.engagement`). `scored` is `ScoreResult.comments` (or the ScoreResult itself, whose
        posts are then used unless `posts` is given). The RowErrors a `score_stream` yields among its comments
        are passed over: they hold no engagement (the README's example fed the stream's items here and failed)."""
        from .engagement import summarize

        if isinstance(scored, ScoreResult):
            scored, posts = scored.comments, posts if posts is not None else scored.posts
        if scored is None or isinstance(scored, (str, bytes, Mapping)):
            raise TypeError(f"summarize takes scored comments (ScoreResult.comments), not {type(scored).__name__}")
        items = [x for x in scored if not isinstance(x, RowError)]
        wrong = next((x for x in items if not isinstance(x, ScoredComment)), None)
        if wrong is not None:
            raise TypeError("summarize takes ScoredComment records (ScoreResult.comments, or score_stream's "
                            f"scored items), got {type(wrong).__name__}")
        # a caller's posts are read as score_comments reads them (ids as text, "48,200", NaN fees, numpy and Decimal
        # numbers): after score_stream, this is where they come in (QA: an int key crashed, a NaN fee gave a NaN cost)
        return summarize(items, dict(_post_collector(posts).posts()) if posts else {}, config=self.engagement)


# --------------------------------------------------------------------------------------------------
# pysentimiento-style one-liner
# --------------------------------------------------------------------------------------------------
@dataclass
class TextPrediction:
    """`output`: the label (None when the text had nothing to score: see `error`); `score`: the sentiment score
    (sentiment task) or the genuine weight (authenticity task)."""

    text: str
    normalized: str
    lang: str
    output: str | None
    probas: dict[str, float]
    score: float | None = None
    error: str | None = None


class _TaskAnalyzer:
    """`predict(text | list[str])` for one task; the language is detected, not asked for."""

    def __init__(self, task: str, sentiment=None, authenticity=None):
        self.task = task
        self.sentiment = sentiment
        self.authenticity = authenticity

    def predict(self, texts: str | list[str]):
        """One TextPrediction per text. A text with nothing to score (empty, blank, invisible characters only) gets
        `output=None` and `error="empty comment"`, as score_comments makes it a row error; the others are scored."""
        from .io.coerce import text_problem
        from .preprocess import normalize_batch

        if isinstance(texts, (bytes, bytearray)):
            raise TypeError("predict takes text (str), not bytes: decode it first (e.g. data.decode('utf-8'))")
        if not isinstance(texts, str) and (isinstance(texts, Mapping) or not isinstance(texts, Iterable)):
            # None, a number, a dict (whose keys would be scored): say what predict takes
            raise TypeError(f"predict takes a text (str) or a list of texts, not {type(texts).__name__}")
        single = isinstance(texts, str)
        items = [texts] if single else list(texts)
        problems = [text_problem(t) for t in items]
        keep = [i for i, why in enumerate(problems) if why is None]
        normalized = normalize_batch([items[i] for i in keep])
        norm_texts = [nc.normalized for nc in normalized]
        scored: list[TextPrediction] = []
        if self.task == "sentiment":
            res = self.sentiment.predict(norm_texts, langs=[nc.lang for nc in normalized]) if keep else []
            for i, nc, r in zip(keep, normalized, res, strict=True):
                scored.append(TextPrediction(items[i], nc.normalized, nc.lang, r.label, r.probs, r.score))
        elif keep:
            batch = self.sentiment.predict(norm_texts, return_embeddings=True)
            res = self.authenticity.predict(normalized, embeddings=batch.embeddings, spam_logits=batch.spam_logits,
                                            spam_branch_sha256=self.sentiment.spam_branch_sha256)
            for i, nc, r in zip(keep, normalized, res, strict=True):
                scored.append(TextPrediction(items[i], nc.normalized, nc.lang, r.label, r.probs, r.genuine_weight))
        by_index = dict(zip(keep, scored, strict=True))
        # a text that is not one shows as its repr (a None as "", not the word "None"); its error says why
        out = [by_index.get(i) or TextPrediction(t if isinstance(t, str) else "" if t is None else repr(t), "", "und",
                                                 None, {}, error=problems[i])
               for i, t in enumerate(items)]
        return out[0] if single else out


def create_analyzer(task: str = "sentiment", lang: str | None = None, **kwargs):
    """`create_analyzer("sentiment")`, `create_analyzer("authenticity")` or `create_analyzer("full")`.

    `lang` is accepted for pysentimiento compatibility but not needed: each comment's language is detected.
    """
    from .sentiment import SentimentModel

    if lang is not None and str(lang).strip().lower() not in ("es", "en"):
        raise ValueError(f"unsupported language {lang!r}: comment-analyzer reads Spanish and English")
    task = str(task).strip().lower()
    if task == "full":
        return Analyzer.load(**kwargs)
    # what each task's models take (the rest of Analyzer.load's options do not apply to them)
    allowed = {"sentiment": {"sentiment_model", "precision", "threads", "batch_size", "engine"},
               "authenticity": {"authenticity_model", "precision", "threads", "batch_size", "engine"}}
    if task not in allowed:
        raise ValueError(f"unknown task {task!r}: choose sentiment, authenticity or full")
    unknown = sorted(set(kwargs) - allowed[task])
    if unknown:
        why = (" (the authenticity heads read the bundled encoder's embeddings)" if "sentiment_model" in unknown
               else "")
        raise TypeError(f"create_analyzer({task!r}) takes {', '.join(sorted(allowed[task]))}; not "
                        f"{', '.join(unknown)}{why}")
    opts = {k: v for k, v in kwargs.items() if k in ("precision", "threads", "batch_size", "engine")}
    if task == "sentiment":
        # sentiment only: the artifact's spam branch (authenticity's) is not loaded, so its layers never run
        return _TaskAnalyzer(task, sentiment=SentimentModel.load(kwargs.get("sentiment_model"), spam_branch=False,
                                                                 **opts))
    from .authenticity import AuthenticityModel

    return _TaskAnalyzer(task, sentiment=SentimentModel.load(None, **opts),
                         authenticity=AuthenticityModel.load(kwargs.get("authenticity_model")))
