"""Scores for evaluating cleaning: snippet F1 (the devdata "with"/"without" snippets) and
word 4-gram shingle F1 against a gold text, as article-extraction benchmarks compute them.

They live in the package (not in ``benchmarks/``) so that users can score their own data the same
way and so that the unit tests can check them against hand-worked examples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

__all__ = ["PRF", "snippet_counts", "snippet_score", "shingles", "shingle_score", "collapse_ws", "pk", "window_diff"]

_WS = regex.compile(r"\s+")
_WORD = regex.compile(r"\w+")


def collapse_ws(text: str) -> str:
    """Collapse every run of white space to one space, as the snippet scoring compares texts."""
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (0 where undefined), with the counts behind them when known."""

    precision: float
    recall: float
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @classmethod
    def from_counts(cls, tp: float, fp: float, fn: float) -> PRF:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        return cls(precision, recall, tp, fp, fn)


def snippet_counts(output: str, with_: Iterable[str], without: Iterable[str]) -> tuple[int, int, int, int]:
    """(TP, FN, FP, TN) for one page: a ``with`` snippet found is a TP, a ``without`` found a FP."""
    text = collapse_ws(output)
    tp = fn = fp = tn = 0
    for snippet in with_:
        if collapse_ws(snippet) in text:
            tp += 1
        else:
            fn += 1
    for snippet in without:
        if collapse_ws(snippet) in text:
            fp += 1
        else:
            tn += 1
    return tp, fn, fp, tn


def snippet_score(pages: Iterable[tuple[str, Sequence[str], Sequence[str]]]) -> PRF:
    """Snippet precision/recall/F1 summed over ``(output, with, without)`` triples."""
    tp = fn = fp = 0
    for output, with_, without in pages:
        a, b, c, _ = snippet_counts(output, with_, without)
        tp, fn, fp = tp + a, fn + b, fp + c
    return PRF.from_counts(tp, fp, fn)


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """The set of word *n*-grams of *text* (``\\w+`` tokens, lower-cased)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[k : k + n]) for k in range(len(words) - n + 1)}


def shingle_score(pairs: Iterable[tuple[str, str]], n: int = 4) -> PRF:
    """Shingle P/R/F1 over ``(gold, output)`` pairs: per document TP/FP/FN normalised by their sum,
    precision and recall averaged over documents, F1 of those averages."""
    precisions: list[float] = []
    recalls: list[float] = []
    for gold, output in pairs:
        g, o = shingles(gold, n), shingles(output, n)
        tp, fp, fn = len(g & o), len(o - g), len(g - o)
        total = tp + fp + fn
        if total == 0:  # both empty: perfect
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        tp_, fp_, fn_ = tp / total, fp / total, fn / total
        precisions.append(tp_ / (tp_ + fp_) if tp_ + fp_ else (1.0 if not g else 0.0))
        recalls.append(tp_ / (tp_ + fn_) if tp_ + fn_ else 1.0)
    if not precisions:
        return PRF(0.0, 0.0)
    return PRF(sum(precisions) / len(precisions), sum(recalls) / len(recalls))


def _labels(n: int, boundaries: Iterable[int]) -> list[int]:
    """Segment number of each of ``n`` items, given the indices where segments after the first start."""
    cuts = sorted(b for b in set(boundaries) if 0 < b < n)
    labels, seg, nxt = [], 0, 0
    for i in range(n):
        while nxt < len(cuts) and cuts[nxt] <= i:
            seg, nxt = seg + 1, nxt + 1
        labels.append(seg)
    return labels


def _window(n: int, reference: Sequence[int], k: int | None) -> int:
    if k is None:
        k = max(1, round(n / (len(set(b for b in reference if 0 < b < n)) + 1) / 2))
    return max(1, min(k, n - 1))


def pk(n: int, reference: Sequence[int], hypothesis: Sequence[int], k: int | None = None) -> float:
    """Beeferman's Pk: the chance that two items ``k`` apart are wrongly put in the same or in
    different segments. ``reference`` and ``hypothesis`` are the indices where segments start
    (the first segment's 0 may be left out); ``k`` defaults to half the mean reference segment length.

    >>> pk(10, [5], [5]), pk(10, [5], []), pk(10, [5], [4])
    (0.0, 0.25, 0.25)
    """
    if n < 2:
        return 0.0
    k = _window(n, reference, k)
    ref, hyp = _labels(n, reference), _labels(n, hypothesis)
    errors = sum((ref[i] == ref[i + k]) != (hyp[i] == hyp[i + k]) for i in range(n - k))
    return errors / (n - k)


def window_diff(n: int, reference: Sequence[int], hypothesis: Sequence[int], k: int | None = None) -> float:
    """Pevzner and Hearst's WindowDiff: the share of windows of ``k`` items in which the reference
    and the hypothesis hold a different number of boundaries (penalises near misses and extra cuts
    alike).

    >>> window_diff(10, [5], [5]), window_diff(10, [5], [4, 5])
    (0.0, 0.25)
    """
    if n < 2:
        return 0.0
    k = _window(n, reference, k)
    ref, hyp = _labels(n, reference), _labels(n, hypothesis)
    errors = sum((ref[i + k] - ref[i]) != (hyp[i + k] - hyp[i]) for i in range(n - k))
    return errors / (n - k)
