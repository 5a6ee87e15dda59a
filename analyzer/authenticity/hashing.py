"""The spam head's word-bounded character n-gram hashers, made cheap at prediction time.

scikit-learn's `HashingVectorizer(analyzer="char_wb")` builds and hashes every n-gram of every comment in Python:
two such blocks (char 1-4 lowercased, char 1-3 case kept) were about half of the authenticity stage's time. A
char_wb n-gram never crosses a word (each whitespace-separated word is padded with one space and cut on its own),
so a comment's counts are the sum of its words' counts, and words repeat across a dump. `WordMemoHasher` keeps
each word's hashed columns and adds them up: the same matrix as the parent class, to the bit (tested), built
from dictionary lookups for every word seen before.

Only loaded models are switched (`speed_up`); `plain` gives back stock objects for saving, so artifacts keep to
stock scikit-learn types (the skops trusted list).
"""

from __future__ import annotations

import copy
import functools
from array import array

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

_MEMO = "_memo_columns"
_GRAM_MEMO = "_memo_grams"
_DONOR = "_memo_donor"  # another hasher whose word memo this one reads first (`lend_memos`)
_MEMOS = (_MEMO, _GRAM_MEMO, _DONOR)  # per-instance caches and links: never copied between hashers nor saved


def _column(gram: str, n_features: int) -> int:
    """The column scikit-learn's FeatureHasher gives a string feature: |murmur3_32(utf-8)| mod n_features."""
    h = murmurhash3_32(gram, seed=0)
    return (2**31 - 1 - (n_features - 1)) % n_features if h == -(2**31) else abs(h) % n_features


@functools.lru_cache(maxsize=256)
def _gram_slices(length: int, min_n: int, max_n: int) -> tuple[slice, ...]:
    """Where scikit-learn's `_char_wb_ngrams` cuts a padded word of this length: its n-grams for n = min_n..max_n
    in order, and the whole padded word once (then no longer n-grams) when it is no longer than n. Slicing by a
    cached tuple is C-speed; building each slice in a Python loop was most of the cost of a word seen first."""
    out: list[slice] = []
    for n in range(min_n, max_n + 1):
        if length <= n:
            out.append(slice(0, length))
            break
        out.extend(slice(i, i + n) for i in range(length - n + 1))
    return tuple(out)


class WordMemoHasher(HashingVectorizer):
    """`HashingVectorizer` for `analyzer="char_wb"`, non-alternating signs, whose `transform` memoises each
    word's hashed n-gram columns (words up to `max_word_chars` long, up to `max_words` of them, then the memo
    starts again; n-gram columns up to 4 `max_words`). Build it with
    `from_stock`; `supports` says which hashers qualify."""

    max_words = 20_000
    max_word_chars = 64

    @staticmethod
    def supports(v: object) -> bool:
        return (type(v) is HashingVectorizer and v.analyzer == "char_wb" and v.input == "content"
                and v.preprocessor is None and not v.alternate_sign)

    @classmethod
    def from_stock(cls, v: HashingVectorizer) -> WordMemoHasher:
        new = cls.__new__(cls)
        new.__dict__.update({k: x for k, x in v.__dict__.items() if k not in _MEMOS})
        return new

    def can_borrow_from(self, other: object) -> bool:
        """Whether `other`'s memoised word columns, cut short, are this hasher's: the same hash space and shortest
        n-gram, and n-grams at least as long (a word's n-grams come shortest first, so the columns of n-grams up
        to 3 long are the first part of those up to 4). The two hashers may read the text differently (one
        lowercased): the memo is keyed by the word as each reads it."""
        return (isinstance(other, WordMemoHasher) and other is not self and other.n_features == self.n_features
                and other.ngram_range[0] == self.ngram_range[0] and other.ngram_range[1] >= self.ngram_range[1])

    def to_stock(self) -> HashingVectorizer:
        old = HashingVectorizer.__new__(HashingVectorizer)
        old.__dict__.update({k: v for k, v in self.__dict__.items() if k not in _MEMOS})
        return old

    def _word_columns(self, word: str, min_n: int, max_n: int) -> array:
        """scikit-learn's `_char_wb_ngrams` for one word, hashed (each n-gram's column memoised too: " th" and
        "ing " recur across words)."""
        w = " " + word + " "
        grams = list(map(w.__getitem__, _gram_slices(len(w), min_n, max_n)))
        if len(word) > self.max_word_chars:
            return array("i", [_column(g, self.n_features) for g in grams])
        memo: dict[str, int] = self.__dict__.setdefault(_GRAM_MEMO, {})
        if len(memo) >= 4 * self.max_words:
            memo.clear()
        # each column read once with .get: threads sharing one analyzer share this memo, and another's clear()
        # between a check and a read raised KeyError (QA: the chunk fell back to one-comment-at-a-time scoring)
        cols = list(map(memo.get, grams))
        if None in cols:  # hash only the n-grams never seen (a set difference, not a loop over the word's n-grams)
            for g in set(grams).difference(memo):
                memo[g] = _column(g, self.n_features)
            cols = list(map(memo.get, grams))
            if None in cols:  # another thread cleared the memo meanwhile
                cols = [_column(g, self.n_features) for g in grams]
        return array("i", cols)

    def transform(self, X):
        if isinstance(X, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        self._validate_ngram_range()
        memo: dict[str, array] = self.__dict__.setdefault(_MEMO, {})
        donor = self.__dict__.get(_DONOR)
        lent: dict[str, array] = donor.__dict__.get(_MEMO, {}) if donor is not None else {}
        preprocess, decode = self.build_preprocessor(), self.decode
        min_n, max_n = self.ngram_range
        indices = array("i")
        indptr = array("q", [0])
        for doc in X:
            for word in preprocess(decode(doc)).split():
                cols = memo.get(word)
                if cols is None:
                    cols = lent.get(word)
                    cols = (self._word_columns(word, min_n, max_n) if cols is None
                            else cols[:len(_gram_slices(len(word) + 2, min_n, max_n))])
                    if len(word) <= self.max_word_chars:  # a pasted blob of one "word" is not worth keeping
                        if len(memo) >= self.max_words:
                            memo.clear()
                        memo[word] = cols
                indices.extend(cols)
            indptr.append(len(indices))
        if len(indptr) == 1:
            raise ValueError("Cannot vectorize empty sequence.")
        index_dtype = np.int32 if len(indices) <= np.iinfo(np.int32).max else np.int64
        out = sp.csr_matrix((np.ones(len(indices), dtype=self.dtype),
                             np.frombuffer(indices, dtype=np.int32).astype(index_dtype, copy=False),
                             np.frombuffer(indptr, dtype=np.int64).astype(index_dtype)),
                            shape=(len(indptr) - 1, self.n_features))
        out = out.tocsc().tocsr()  # two linear passes leave each row's columns sorted: 2x cheaper than a sort
        out.sum_duplicates()
        if self.binary:
            out.data.fill(1)
        if self.norm is not None:
            out = normalize(out, norm=self.norm, copy=False)
        return out


def _swap(obj, swap_one, seen: set[int]) -> None:
    """Replace, in place, every HashingVectorizer step that `swap_one` changes inside dicts, Pipelines and
    ColumnTransformer / FeatureUnion blocks (fitted and unfitted lists)."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, dict):
        for v in obj.values():
            _swap(v, swap_one, seen)
        return
    if isinstance(obj, Pipeline):
        for i, (name, step) in enumerate(obj.steps):
            new = swap_one(step)
            if new is not step:
                obj.steps[i] = (name, new)
            else:
                _swap(step, swap_one, seen)
        return
    for attr in ("transformers_", "transformers", "transformer_list"):
        blocks = getattr(obj, attr, None)
        if isinstance(blocks, list):
            for i, block in enumerate(blocks):
                if isinstance(block, tuple) and len(block) >= 2:
                    new = swap_one(block[1])
                    if new is not block[1]:
                        blocks[i] = (block[0], new, *block[2:])
                    else:
                        _swap(block[1], swap_one, seen)


def speed_up(heads: dict) -> int:
    """Switch every qualifying char_wb hasher in `heads` to `WordMemoHasher`, in place; returns how many."""
    count = 0

    def one(step):
        nonlocal count
        if WordMemoHasher.supports(step):
            count += 1
            return WordMemoHasher.from_stock(step)
        return step

    _swap(heads, one, set())
    lend_memos(_hashers(heads, set()))
    return count


def lend_memos(hashers: list[WordMemoHasher]) -> None:
    """Let each hasher read, for a word it has not seen, the memo of another that can lend it its columns (the
    longest n-grams first): the spam head's case-kept 1-3 hasher takes a lowercase word's columns from its
    lowercased 1-4 hasher, which runs first, instead of cutting and hashing the word again."""
    for h in hashers:
        donors = [o for o in hashers if h.can_borrow_from(o)]
        if donors:
            h.__dict__[_DONOR] = max(donors, key=lambda o: o.ngram_range[1])


def _hashers(obj, seen: set[int]) -> list[WordMemoHasher]:
    """Every WordMemoHasher inside `obj` (dicts, Pipelines, ColumnTransformer / FeatureUnion blocks), in order."""
    if isinstance(obj, WordMemoHasher):
        return [obj]
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, dict):
        children = list(obj.values())
    elif isinstance(obj, Pipeline):
        children = [step for _, step in obj.steps]
    else:  # the fitted blocks, the ones that transform
        children = [b[1] for attr in ("transformers_", "transformer_list") for b in (getattr(obj, attr, None) or [])
                    if isinstance(b, tuple) and len(b) >= 2]
    return [h for c in children for h in _hashers(c, seen)]


def plain(heads: dict) -> dict:
    """A deep copy of `heads` holding stock scikit-learn hashers only (for saving)."""
    out = copy.deepcopy(heads)
    _swap(out, lambda s: s.to_stock() if isinstance(s, WordMemoHasher) else s, set())
    return out
