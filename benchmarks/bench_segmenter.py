"""The unrelated-story segmenter on synthetic multi-story documents (see multistory.py).

For each kind of document (single story, random appended stories, same-site appended stories):
Pk and WindowDiff of the line segmentation, shingle F1 of the main story kept against the gold main
story, and the share of documents cut at all (for single stories: false splits). Beside it, in the
same run, the keep-everything baseline. Speed in documents a second, beside a plain line split.

The issue's goals (random Pk <= 0.05 and F1 >= 0.97, hard Pk <= 0.08 and F1 >= 0.95, false splits
<= 2%) are reported in ``extra_info``; the floors asserted here are the latest measured figures with
a margin, so that a regression fails the run without pretending the goals are met.
"""

from __future__ import annotations

import os
from typing import Callable, Sequence

import pytest

import multistory
from baselines import DEVDATA
from cleantext.scoring import pk, shingle_score, window_diff
from cleantext.segmenter import story_starts, segment_lines

# Floors: the latest measured figures minus a margin, in the smaller of the two runs. CI's short
# mode builds its documents from the first 150 pages only: random 0.899, hard 0.923 there, against
# 0.943 and 0.925 on 1000 documents from all pages; single stories cut 3.5% there, 2.7% on 1000.
# (0.89 / 0.92 in an earlier commit, at 0.903 / 0.935 there, before LATER_CANDIDATE_MARGIN and the
# leading-name veto gave back a little F1 to stop cutting long lists and blogs.)
FLOOR_RANDOM_F1 = 0.885
FLOOR_HARD_F1 = 0.91
CEILING_FALSE_SPLITS = 0.06

Segmenter = Callable[[Sequence[str]], list[int]]


def ours(lines: Sequence[str]) -> list[int]:
    return story_starts(segment_lines(lines))


def keep_all(lines: Sequence[str]) -> list[int]:
    return []


@pytest.fixture(scope="module")
def docs() -> list[multistory.MultiStoryDoc]:
    if not DEVDATA.exists():
        pytest.skip(f"development data not found at {DEVDATA}; segmenter quality not measured")
    return multistory.load(int(os.environ.get("CLEANTEXT_BENCH_DOCS", "1000")))


def score(docs: list[multistory.MultiStoryDoc], segmenter: Segmenter) -> dict[str, dict[str, float]]:
    hyps = [segmenter(d.lines) for d in docs]
    out: dict[str, dict[str, float]] = {}
    for kind in ("single", "random", "hard"):
        chosen = [(d, h) for d, h in zip(docs, hyps) if d.kind == kind]
        if not chosen:
            continue
        pairs = [("\n".join(d.main_lines), "\n".join(d.lines[: h[0]] if h else d.lines)) for d, h in chosen]
        out[kind] = {
            "docs": len(chosen),
            "pk": sum(pk(len(d.lines), d.boundaries, h) for d, h in chosen) / len(chosen),
            "windowdiff": sum(window_diff(len(d.lines), d.boundaries, h) for d, h in chosen) / len(chosen),
            "main story f1": shingle_score(pairs).f1,
            "share cut": sum(1 for _, h in chosen if h) / len(chosen),
        }
    return out


def test_segmenter_quality(benchmark, docs) -> None:
    result = benchmark.pedantic(lambda: score(docs, ours), rounds=1, iterations=1)
    benchmark.extra_info["cleantext"] = result
    benchmark.extra_info["keep all"] = score(docs, keep_all)
    benchmark.extra_info["single-story share"] = result["single"]["docs"] / len(docs)
    assert result["single"]["docs"] / len(docs) >= 0.40
    assert result["random"]["main story f1"] >= FLOOR_RANDOM_F1
    assert result["hard"]["main story f1"] >= FLOOR_HARD_F1
    assert result["single"]["share cut"] <= CEILING_FALSE_SPLITS


def test_segmenter_speed(benchmark, docs) -> None:
    texts = [d.lines for d in docs[:300]]
    benchmark.pedantic(lambda: [segment_lines(t) for t in texts], rounds=3, iterations=1)
    benchmark.extra_info["docs"] = len(texts)
    benchmark.extra_info["docs per second"] = len(texts) / benchmark.stats.stats.mean


def test_line_split_speed_baseline(benchmark, docs) -> None:
    texts = [d.text for d in docs[:300]]
    benchmark.pedantic(lambda: [t.splitlines() for t in texts], rounds=3, iterations=1)
    benchmark.extra_info["docs"] = len(texts)
