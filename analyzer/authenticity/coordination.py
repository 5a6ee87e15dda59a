"""Cross-comment signals over a dump: near-duplicate clusters, coordinated pods, bursts, repeating authors.

Near-duplicates: canonical text (`text.canonical`: case, accents, repeated letters/emoji, punctuation folded)
-> character shingles -> MinHash (multiply-shift hashing, vectorised over the whole dump) -> LSH banding.
Each item is linked to the representative of each of its band buckets (its smallest canonical text: the same
links in any input order) when their signatures agree on at least `threshold` of the positions; connected
components of those links are the clusters. Work is O(n * num_perm) and memory O(n * num_perm): a 1M-comment
dump is never compared pairwise (a bucket holding 10k copies of "❤️" costs 10k links, not 10k^2 comparisons as a
query-all-candidates LSH would).

Pods vs. fans: near-identical text from many accounts is not enough ("❤️" from unrelated fans spread over
days is normal). A cluster's comments on one post are cut into time-tight runs (gap <= `gap_s`); a run with
`min_authors` distinct accounts is coordinated when
  (a) it is far denser than the cluster's background share predicts: P[Poisson(b * n_window) >= authors] <=
      `max_p`, where b is the cluster's share of the dump's comments outside such runs (shrunk towards a prior
      share, larger for one-word/one-emoji texts that many people type independently), or
  (b) `min_shared_authors` of its accounts also form a time-tight near-duplicate run on another post
      (the same accounts co-occurring across posts is the pod signature).

Co-occurrence pods (text-independent): pods often post *varied* generic praise ("Qué guapa 😍", "Ideal!! 🔥",
"Me encanta 🔥🔥"), so each near-duplicate family on a post is too small for (a)/(b). What gives them away is
that the same accounts land within seconds of each other on post after post. Top-level, timed comments by
accounts active on >= `co_min_posts` posts are scanned per post in time order; two accounts co-occur on a
post when their comments are <= `co_window_s` apart (at most `co_max_neighbors` later comments looked at per
comment: O(n * co_max_neighbors), no all-pairs). A pair is linked when it co-occurs on >= `co_min_posts`
posts and on >= `co_min_share` of the posts the less active of the two commented on (loyal fans who comment
on every post at varied times meet by chance on a small share of them). Groups are the connected parts of
the (co_min_authors - 1)-core of that graph (every member tightly recurrent with >= co_min_authors - 1 others);
a group's comments on one post, cut at gaps > `co_window_s`, that hold >= `co_min_authors` members are a pod
run, and the group is coordinated when it has pod runs on >= `co_min_posts` posts.
Residual risk: a handful of superfans who, on every post, comment within a minute or two of each other look
like a pod here (there is no timing-only way to tell them apart); the share and core conditions make
chance meetings of fans who comment at varied times very unlikely.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from scipy.stats import poisson

from .. import config
from ..records import CommentIn, handle_key, plural
from .text import canonical

_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass
class CoordinationFlags:
    """Cross-comment findings for one comment (all False/None when it stands alone)."""

    coordinated: bool = False
    duplicate: bool = False
    burst: bool = False
    author_repeat: bool = False
    cluster_id: str | None = None
    cluster_size: int = 0  # comments in its near-duplicate cluster (whole dump / stream window)
    n_authors: int = 0  # distinct accounts in its coordinated run (or cluster when not coordinated)
    reasons: list[str] = field(default_factory=list)


def _shingle_hashes(texts: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """All k-character shingle hashes (uint64) and their owning text index, sorted by owner; vectorised over
    the concatenated code points. A text shorter than k is one shingle (itself); empty texts have none."""
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    cps = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    starts = np.cumsum(lens) - lens
    ends = starts + lens
    owner = np.repeat(np.arange(len(texts)), lens)
    pos = np.arange(total)
    end_of = ends[owner]
    padded = np.concatenate([cps, np.zeros(k, dtype=np.uint64)])
    h = np.zeros(total, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for m in range(k):
            c = np.where(pos + m < end_of, padded[m : m + total], np.uint64(0))
            h = (h ^ c) * np.uint64(0x100000001B3)
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
    keep = (pos + k <= end_of) | ((lens[owner] < k) & (pos == starts[owner]))
    return h[keep], owner[keep]


class MinHasher:
    """Vectorised MinHash over 32-bit words: h_p(x) = mix(a_p * x + b_p mod 2^32) with an xor-shift-multiply
    finaliser, min over an item's shingles. 32-bit lanes keep it SIMD-friendly; identical texts are hashed once."""

    def __init__(self, num_perm: int = 64, shingle: int = 3, seed: int = 1):
        self.num_perm = num_perm
        self.shingle = shingle
        self.seed = seed
        rng = np.random.default_rng(seed)
        self._a = (rng.integers(0, 2**31, size=num_perm, dtype=np.int64) * 2 + 1).astype(np.uint32)
        self._b = rng.integers(0, 2**32, size=num_perm, dtype=np.int64).astype(np.uint32)

    def signatures(self, canon: Sequence[str], chunk: int = 16384) -> np.ndarray:
        """(n, num_perm) uint32 signatures; rows of empty texts are all 0xFFFFFFFF (never match)."""
        uniq, inv = np.unique(np.asarray(canon, dtype=object), return_inverse=True) if len(canon) else \
            (np.zeros(0, dtype=object), np.zeros(0, dtype=np.int64))
        sig = np.full((len(uniq), self.num_perm), 0xFFFFFFFF, dtype=np.uint32)
        h, own = _shingle_hashes(uniq.tolist(), self.shingle)
        h32 = (h ^ (h >> np.uint64(32))).astype(np.uint32)
        a, b = self._a[:, None], self._b[:, None]
        with np.errstate(over="ignore"):
            for s in range(0, len(h32), chunk):  # owners are sorted: reduce per owner segment
                hs, os_ = h32[s : s + chunk], own[s : s + chunk]
                v = a * hs[None, :]
                v += b
                v ^= v >> np.uint32(15)
                v *= np.uint32(0x2C1B3C6D)
                v ^= v >> np.uint32(12)
                starts = np.flatnonzero(np.r_[True, os_[1:] != os_[:-1]])
                mins = np.minimum.reduceat(v, starts, axis=1).T
                rows = os_[starts]
                sig[rows] = np.minimum(sig[rows], mins)
        return sig[inv.reshape(-1)] if len(canon) else np.zeros((0, self.num_perm), dtype=np.uint32)


def _band_keys(sig: np.ndarray, bands: int) -> np.ndarray:
    """(n, bands) uint64 keys: each band's rows mixed into one 64-bit value."""
    n, p = sig.shape
    r = p // bands
    x = sig[:, : bands * r].reshape(n, bands, r).astype(np.uint64)
    key = np.zeros((n, bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(r):
            key = (key ^ x[:, :, j]) * np.uint64(0x100000001B3) + np.uint64(j + 1)
    return key


def near_duplicate_components(sig: np.ndarray, valid: np.ndarray, bands: int, threshold: float,
                              rank: np.ndarray | None = None) -> np.ndarray:
    """Component label per row (rows with `valid` False get their own label). Linear in n. Each row is linked to
    its band bucket's representative, the row of lowest `rank` (default: the first); rank rows by their canonical
    text and the components are the same whatever the input order (QA: linked to the first row, a chain A~B~C
    was one cluster in one order and two in another)."""
    n = len(sig)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    keys = _band_keys(sig, bands)
    idx = np.flatnonzero(valid)
    by = np.arange(n) if rank is None else np.asarray(rank)
    pairs: list[np.ndarray] = []
    for b in range(bands):
        kb = keys[idx, b]
        order = np.lexsort((by[idx], kb))  # by key, then rank: each bucket's first is its representative
        starts = np.flatnonzero(np.r_[True, kb[order][1:] != kb[order][:-1]])
        heads = np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        rep = np.empty_like(idx)
        rep[order] = idx[order[heads]]
        mask = rep != idx
        if mask.any():
            pairs.append(idx[mask] * np.int64(n) + rep[mask])
    if not pairs:
        return np.arange(n, dtype=np.int64)
    pr = np.unique(np.concatenate(pairs))  # a pair met in several bands is verified once
    a, r = pr // n, pr % n
    agree = np.empty(len(a), dtype=bool)
    for s in range(0, len(a), 65536):
        agree[s : s + 65536] = (sig[a[s : s + 65536]] == sig[r[s : s + 65536]]).mean(axis=1) >= threshold
    a, r = a[agree], r[agree]
    g = sparse.coo_matrix((np.ones(len(a), dtype=np.int8), (a, r)), shape=(n, n))
    _, labels = connected_components(g, directed=False)
    return labels.astype(np.int64)


@dataclass
class _Item:
    idx: int
    author: str
    post: str
    t: float | None
    reply: bool = False


class CoordinationDetector:
    """Batch detector over a whole dump. Parameters are documented in the module docstring and config."""

    def __init__(self, **params: float) -> None:
        """Parameters: `config.AUTH_COORDINATION` (read when the detector is made: one source for the pipeline,
        training and tests; QA, the pipeline built it with defaults of its own and an edit of config did nothing),
        any of them overridden by name."""
        merged = {**config.AUTH_COORDINATION, **params}
        unknown = sorted(set(merged) - set(config.AUTH_COORDINATION))
        if unknown:
            raise TypeError(f"CoordinationDetector: unknown parameters {', '.join(unknown)}")
        for name, default in config.AUTH_COORDINATION.items():  # shingle, num_perm, ..., typed as config writes them
            setattr(self, name, type(default)(merged[name]))
        self._hasher = MinHasher(self.num_perm, self.shingle, self.seed)

    # ----------------------------------------------------------------------------------------------
    def canonicalize(self, texts: Sequence[str]) -> list[str]:
        return [canonical(t) for t in texts]

    def signatures(self, canon: Sequence[str]) -> np.ndarray:
        return self._hasher.signatures(canon)

    def detect(self, comments: Sequence[CommentIn], texts: Sequence[str] | None = None, *,
               post_times: dict[str, datetime] | None = None) -> list[CoordinationFlags]:
        """Flags for every comment. `texts`: what to compare (default: the raw comment texts; the
        normalised texts work as well since canonicalisation drops placeholders)."""
        texts = [c.text for c in comments] if texts is None else list(texts)
        canon = self.canonicalize(texts)
        return self._detect(comments, canon, self.signatures(canon), post_times=post_times)

    # ----------------------------------------------------------------------------------------------
    def _detect(self, comments: Sequence[CommentIn], canon: Sequence[str], sig: np.ndarray, *,
                post_times: dict[str, datetime] | None = None, only: set[int] | None = None
                ) -> list[CoordinationFlags]:
        n = len(comments)
        flags = [CoordinationFlags() for _ in range(n)]
        if n == 0:
            return flags
        valid = np.fromiter((bool(c) for c in canon), dtype=bool, count=n)
        rank = np.empty(n, dtype=np.int64)
        rank[sorted(range(n), key=canon.__getitem__)] = np.arange(n)
        labels = near_duplicate_components(sig, valid, self.bands, self.threshold, rank)
        # authors compared as engagement compares them ("@Fan_001" is "fan_001": QA, one account spelled two ways
        # in two exports was two accounts here, and its own text a duplicate from "1 other account")
        items = [
            _Item(i, handle_key(c.author) or f"?{c.comment_id}", c.post_id or "?",
                  c.created_at.timestamp() if c.created_at is not None else None, c.parent_id is not None)
            for i, c in enumerate(comments)
        ]

        def first(idxs: Sequence[int]) -> int:
            """A group's earliest comment (then by id and text): what its length rule and id are read from, the
            same whatever the input order (QA: read from the group's first row, a short first member turned
            the duplicate flag off for the whole group in one order and not in another)."""
            return min(idxs, key=lambda i: (items[i].t is None, items[i].t or 0.0, str(comments[i].comment_id),
                                            canon[i]))
        members: dict[int, list[int]] = defaultdict(list)
        for i in np.flatnonzero(valid):
            members[int(labels[i])].append(int(i))
        post_count: dict[str, int] = defaultdict(int)
        post_times_sorted: dict[str, list[float]] = defaultdict(list)
        for it in items:
            post_count[it.post] += 1
            if it.t is not None:
                post_times_sorted[it.post].append(it.t)
        for v in post_times_sorted.values():
            v.sort()

        # --- candidate runs: per (cluster, post), time-tight with >= 2 authors --------------------------
        runs: list[tuple[int, str, list[int]]] = []  # (component, post, member indices)
        for comp, idxs in members.items():
            if len(idxs) < 2:
                continue
            if only is not None and not any(i in only for i in idxs):
                continue
            by_post: dict[str, list[int]] = defaultdict(list)
            for i in idxs:
                by_post[items[i].post].append(i)
            for post, pidx in by_post.items():
                for run in self._split_runs(pidx, items):
                    if len({items[i].author for i in run}) >= 2:
                        runs.append((comp, post, run))

        total = n
        comp_size = {c: len(v) for c, v in members.items()}
        # background per component: its comments outside its own big runs / all comments outside those windows
        big = [r for r in runs if len({items[i].author for i in r[2]}) >= self.min_authors]
        in_runs: dict[int, int] = defaultdict(int)
        win_total: dict[int, int] = defaultdict(int)
        run_window: dict[int, int] = {}
        for k, (comp, post, run) in enumerate(big):
            nw = self._window_count(run, items, post, post_count, post_times_sorted)
            run_window[k] = nw
            in_runs[comp] += len(run)
            win_total[comp] += nw

        # recurrence: authors of a big-enough run that meet again in a run on another post
        author_runs: dict[str, set[int]] = defaultdict(set)
        cand = [r for r in runs if len({items[i].author for i in r[2]}) >= self.min_shared_authors]
        for k, (_, _, run) in enumerate(cand):
            for a in {items[i].author for i in run}:
                author_runs[a].add(k)

        def recurrence(run_authors: set[str], post: str) -> int:
            shared: dict[int, int] = defaultdict(int)
            for a in run_authors:
                for k in author_runs.get(a, ()):
                    if cand[k][1] != post:
                        shared[k] += 1
            return max(shared.values(), default=0)

        for k, (comp, post, run) in enumerate(big):
            authors = {items[i].author for i in run}
            na = len(authors)
            head = canon[first(run)]
            short = len(head) <= self.short_len
            prior = self.prior_share_short if short else self.prior_share
            outside_n = max(0, total - win_total[comp])
            outside_c = max(0, comp_size[comp] - in_runs[comp])
            b = (outside_c + self.prior_weight * prior) / (outside_n + self.prior_weight)
            lam = b * run_window[k]
            pval = float(poisson.sf(na - 1, lam))
            rec = recurrence(authors, post)
            if pval <= self.max_p or rec >= self.min_shared_authors:
                cid = "pod-" + hashlib.blake2b(f"{comp_key(head)}|{post}".encode(), digest_size=4).hexdigest()
                span = self._span(run, items)
                why = f"coordinated with {plural(na - 1, 'other account')} (near-identical text"
                why += f" within {_fmt_span(span)})" if span is not None else ")"
                if rec >= self.min_shared_authors:
                    why += f"; {rec} of them also together on another post"
                for i in run:
                    f = flags[i]
                    f.coordinated = True
                    f.cluster_id = cid
                    f.n_authors = na
                    f.reasons.append(why)

        # --- co-occurrence pods (same accounts within seconds on several posts, any text) ---------------
        self._co_occurrence(items, [bool(c.author) for c in comments], flags, only)

        # --- duplicates and repeating authors ---------------------------------------------------------
        for idxs in members.values():
            if len(idxs) < 2 or len(head := canon[first(idxs)]) < self.min_dup_chars:
                for i in idxs:
                    flags[i].cluster_size = len(idxs)
                continue
            if only is not None and not any(i in only for i in idxs):
                continue
            by_author: dict[str, list[int]] = defaultdict(list)
            for i in idxs:
                by_author[items[i].author].append(i)
            n_authors = len(by_author)
            dup_id = "dup-" + hashlib.blake2b(comp_key(head).encode(), digest_size=4).hexdigest()
            for i in idxs:
                f = flags[i]
                f.cluster_size = len(idxs)
                # a group id only for a text from several accounts, as the clusters table lists them (QA: one
                # account repeating itself got an id the table had no row for)
                if n_authors >= 2:
                    if f.cluster_id is None:
                        f.cluster_id = dup_id
                        f.n_authors = n_authors
                    f.duplicate = True
                    if not f.coordinated:
                        f.reasons.append(f"near-identical text from {plural(n_authors - 1, 'other account')}")
            for aidx in by_author.values():
                posts = {items[i].post for i in aidx}
                if len(posts) >= self.author_repeat_min or len(aidx) >= self.author_repeat_min:
                    why = (f"same text from this account on {len(posts)} posts" if len(posts) > 1
                           else f"same text repeated {len(aidx)} times by this account")
                    for i in aidx:
                        flags[i].author_repeat = True
                        flags[i].duplicate = True
                        flags[i].reasons.append(why)

        # --- bursts -----------------------------------------------------------------------------------
        self._bursts(items if only is None else [items[i] for i in sorted(only)], flags, post_times_sorted,
                     post_times)
        return flags

    # ----------------------------------------------------------------------------------------------
    def _split_runs(self, idxs: list[int], items: list[_Item]) -> list[list[int]]:
        """Cut one post's cluster members into runs with consecutive gaps <= gap_s. Untimed ones form one run."""
        timed = sorted((i for i in idxs if items[i].t is not None), key=lambda i: items[i].t)
        untimed = [i for i in idxs if items[i].t is None]
        out: list[list[int]] = [untimed] if len(untimed) >= 2 else []
        cur: list[int] = []
        for i in timed:
            if cur and items[i].t - items[cur[-1]].t > self.gap_s:
                out.append(cur)
                cur = []
            cur.append(i)
        if cur:
            out.append(cur)
        return [r for r in out if len(r) >= 2]

    def _co_occurrence(self, items: list[_Item], has_author: list[bool], flags: list[CoordinationFlags],
                       only: set[int] | None) -> None:
        """Co-occurrence pods (module docstring): the same >= co_min_authors accounts within co_window_s of
        each other on >= co_min_posts posts, whatever they write. Linear in the dump size (bounded per-comment
        neighbour scan over the comments of recurring accounts)."""
        k, m, w = max(2, self.co_min_authors), max(1, self.co_min_posts), self.co_window_s
        elig = [it for it, ok in zip(items, has_author, strict=True) if ok and it.t is not None and not it.reply
                and it.post != "?"]
        if len(elig) < k or w <= 0:
            return
        aid: dict[str, int] = {}
        pid: dict[str, int] = {}
        a = np.fromiter((aid.setdefault(it.author, len(aid)) for it in elig), dtype=np.int64, count=len(elig))
        p = np.fromiter((pid.setdefault(it.post, len(pid)) for it in elig), dtype=np.int64, count=len(elig))
        t = np.fromiter((it.t for it in elig), dtype=float, count=len(elig))
        ix = np.fromiter((it.idx for it in elig), dtype=np.int64, count=len(elig))
        n_a, n_p = len(aid), len(pid)
        posts_of = np.bincount(np.unique(a * n_p + p) // n_p, minlength=n_a)  # distinct posts per account
        keep = posts_of[a] >= m
        if keep.sum() < k:
            return
        order = np.flatnonzero(keep)[np.lexsort((t[keep], p[keep]))]
        a, p, t, ix = a[order], p[order], t[order], ix[order]

        # pairs of accounts within w on the same post: offset scan over the (post, time) order of each
        # account's first comment per post, so that every (pair, post) is met at most once
        first = np.sort(np.unique(a * n_p + p, return_index=True)[1])
        fa, fp, ft = a[first], p[first], t[first]
        found: list[np.ndarray] = []
        for d in range(1, min(self.co_max_neighbors, len(fa) - 1) + 1):
            near = (fp[d:] == fp[:-d]) & (ft[d:] - ft[:-d] <= w)
            if not near.any():
                break  # sorted by (post, time): no pair further apart can be near either
            x, y = fa[d:][near], fa[:-d][near]
            found.append(np.minimum(x, y) * n_a + np.maximum(x, y))
        if not found:
            return
        pair, n_together = np.unique(np.concatenate(found), return_counts=True)  # posts each pair shares
        lo, hi = pair // n_a, pair % n_a
        need = np.maximum(m, np.ceil(self.co_min_share * np.minimum(posts_of[lo], posts_of[hi]) - 1e-9))
        edge = n_together >= need
        lo, hi = lo[edge], hi[edge]
        while len(lo):  # (k - 1)-core: peel accounts linked to fewer than k - 1 others
            deg = np.bincount(lo, minlength=n_a) + np.bincount(hi, minlength=n_a)
            ok = (deg[lo] >= k - 1) & (deg[hi] >= k - 1)
            if ok.all():
                break
            lo, hi = lo[ok], hi[ok]
        if not len(lo):
            return
        g = sparse.coo_matrix((np.ones(len(lo), dtype=np.int8), (lo, hi)), shape=(n_a, n_a))
        _, group = connected_components(g, directed=False)
        in_core = np.zeros(n_a, dtype=bool)
        in_core[lo] = in_core[hi] = True

        # pod runs: a group's comments on one post, cut at gaps > w, holding >= k of its accounts
        by_gp: dict[tuple[int, int], list[int]] = defaultdict(list)  # positions, already in time order
        for j in np.flatnonzero(in_core[a]).tolist():
            by_gp[(int(group[a[j]]), int(p[j]))].append(j)
        pod_runs: dict[int, list[tuple[int, list[int]]]] = defaultdict(list)
        for (grp, post), pos in by_gp.items():
            cur: list[int] = []
            for j in [*pos, -1]:
                if j >= 0 and (not cur or t[j] - t[cur[-1]] <= w):
                    cur.append(j)
                    continue
                if len({int(a[x]) for x in cur}) >= k:
                    pod_runs[grp].append((post, cur))
                cur = [j] if j >= 0 else []
        names = list(aid)
        post_names = list(pid)
        for runs in pod_runs.values():
            n_posts = len({post for post, _ in runs})
            if n_posts < m:
                continue
            members = {int(a[x]) for _, run in runs for x in run}
            anchor = min(names[x] for x in members)  # stable cluster ids: the group's first account name
            for post, run in runs:
                na = len({int(a[x]) for x in run})
                span = float(t[run[-1]] - t[run[0]])
                why = (f"commented within {_fmt_span(span)} of {plural(na - 1, 'other account')} that also comment together "
                       f"on {n_posts - 1} other posts (same {len(members)} accounts, any text)")
                cid = "pod-" + hashlib.blake2b(f"co|{anchor}|{post_names[post]}".encode(), digest_size=4).hexdigest()
                for x in run:
                    i = int(ix[x])
                    if only is not None and i not in only:
                        continue
                    f = flags[i]
                    f.coordinated = True
                    f.cluster_id = cid  # the whole run on this post, whatever near-duplicate family it is in
                    f.n_authors = max(f.n_authors, na)
                    f.reasons.append(why)

    def _window_count(self, run: list[int], items: list[_Item], post: str, post_count: dict[str, int],
                      times: dict[str, list[float]]) -> int:
        """Comments on the post in the run's time window (padded by gap_s / 2); the whole post if untimed."""
        ts = [items[i].t for i in run if items[i].t is not None]
        if len(ts) < len(run):
            return post_count[post]
        lo, hi = min(ts) - self.gap_s / 2, max(ts) + self.gap_s / 2
        arr = times[post]
        return max(len(run), int(np.searchsorted(arr, hi, "right") - np.searchsorted(arr, lo, "left")))

    @staticmethod
    def _span(run: list[int], items: list[_Item]) -> float | None:
        ts = [items[i].t for i in run if items[i].t is not None]
        return (max(ts) - min(ts)) if len(ts) == len(run) else None

    def _bursts(self, items: list[_Item], flags: list[CoordinationFlags], times: dict[str, list[float]],
                post_times: dict[str, datetime] | None) -> None:
        """Burst: the comment is one of >= burst_min_count comments on the post within one span of burst_window_s
        seconds, or within publication_window_s of the post's publication. (QA: counted over +-burst_window_s, a
        2-minute span, and said "within 60 s" of ten comments no minute held more than six of.)"""
        pub = {k: v.timestamp() for k, v in (post_times or {}).items() if v is not None}
        by_post: dict[str, list[_Item]] = defaultdict(list)
        for it in items:
            if it.t is not None:
                by_post[it.post].append(it)
        w, m = self.burst_window_s, self.burst_min_count
        for post, its in by_post.items():
            arr = np.asarray(times[post])
            t = np.fromiter((it.t for it in its), dtype=float, count=len(its))
            best = np.zeros(len(its), dtype=np.int64)
            if len(arr) >= m:
                # comments in the window that starts at each comment; a window holding the most can always start
                # at a comment. A comment's best: the fullest such window that still reaches it
                starting = np.searchsorted(arr, arr + w, "right") - np.arange(len(arr))
                full = np.where(starting >= m, starting, 0)
                if full.any():
                    best = _range_max(full, np.searchsorted(arr, t - w, "left"), np.searchsorted(arr, t, "right"))
            p = pub.get(post)
            after = t - p if p is not None else np.full(len(t), -1.0)
            for it, c, a in zip(its, best.tolist(), after.tolist(), strict=True):
                f = flags[it.idx]
                if c >= m:
                    f.burst = True
                    f.reasons.append(f"{c} comments on this post within {int(w)} s")
                if 0 <= a <= self.publication_window_s:
                    f.burst = True
                    f.reasons.append(f"posted {int(a)} s after publication")


def _range_max(values: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """max(values[lo[k]:hi[k]]) for each k (every range non-empty), with a sparse table: O(n log n)."""
    table = [values]
    while 2 ** len(table) <= len(values):
        prev, half = table[-1], 2 ** (len(table) - 1)
        table.append(np.maximum(prev[:-half], prev[half:]))
    level = np.floor(np.log2(np.maximum(hi - lo, 1))).astype(np.int64)
    out = np.empty(len(lo), dtype=values.dtype)
    for k in np.unique(level).tolist():
        sel = level == k
        row = table[k]
        out[sel] = np.maximum(row[lo[sel]], row[hi[sel] - 2 ** k])
    return out


def comp_key(canon_text: str) -> str:
    return canon_text[:64]


def _fmt_span(seconds: float) -> str:
    if seconds < 90:
        return f"{int(round(seconds))} s"
    if seconds < 5400:
        return f"{int(round(seconds / 60))} min"
    return f"{seconds / 3600:.1f} h"


class CoordinationStream:
    """Streaming form for `score_stream`: `update(batch)` returns the flags of that batch's comments.

    State is bounded: the last `max_events` comments (and, when `horizon_s` is set, none older than that before
    the newest timestamp) with their MinHash signatures, ~(num_perm * 4 + 100) bytes each. No horizon by default:
    dumps are often in post order, not time order, and a 7-day horizon measured from the newest comment read so
    far trimmed whole earlier posts, so pods recurring over weeks were lost (demo dump in chunks of 200: 0 of the
    36 pod comments batch mode flags; 26 without the horizon). Each update re-runs the batch
    logic on that window, restricted to clusters touching the new comments, so a pod is caught once enough of
    its members are inside the window; members emitted in earlier batches are not revised (a batch run over the
    whole dump sees them all). A batch is always judged whole, with the window before it: a comment dated more
    than `horizon_s` after a pod in the same batch does not push the pod out.
    """

    def __init__(self, detector: CoordinationDetector | None = None, *, max_events: int = 5000,
                 horizon_s: float | None = None):
        self.detector = detector or CoordinationDetector()
        self.max_events = max_events
        self.horizon_s = horizon_s
        self._comments: list[CommentIn] = []
        self._canon: list[str] = []
        self._sig = np.zeros((0, self.detector.num_perm), dtype=np.uint32)
        self._post_times: dict[str, datetime] = {}

    def __len__(self) -> int:
        return len(self._comments)

    def update(self, comments: Sequence[CommentIn], texts: Sequence[str] | None = None, *,
               post_times: dict[str, datetime] | None = None) -> list[CoordinationFlags]:
        texts = [c.text for c in comments] if texts is None else list(texts)
        canon = self.detector.canonicalize(texts)
        sig = self.detector.signatures(canon)
        if post_times:
            self._post_times.update(post_times)
        self._comments.extend(comments)
        self._canon.extend(canon)
        self._sig = np.vstack([self._sig, sig]) if len(self._sig) else sig
        k = len(comments)
        self._trim(keep=k)  # the past is cut to the bounds; the batch itself is judged whole
        n = len(self._comments)
        flags = self.detector._detect(self._comments, self._canon, self._sig, post_times=self._post_times,
                                      only=set(range(n - k, n)))
        self._trim()
        return flags[n - k:]

    def _trim(self, keep: int = 0) -> None:
        """Drop the oldest comments beyond `max_events` or `horizon_s` before the newest, never the last `keep`."""
        limit = len(self._comments) - keep
        drop = max(0, len(self._comments) - self.max_events)
        if self.horizon_s is not None:
            ts = [c.created_at.timestamp() for c in self._comments if c.created_at is not None]
            if ts:
                cutoff = max(ts) - self.horizon_s
                while drop < len(self._comments) and self._comments[drop].created_at is not None \
                        and self._comments[drop].created_at.timestamp() < cutoff:
                    drop += 1
        drop = min(drop, max(0, limit))
        if drop:
            del self._comments[:drop]
            del self._canon[:drop]
            self._sig = self._sig[drop:]
