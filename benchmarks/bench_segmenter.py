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
from bisect import bisect_left
from typing import Callable, Sequence

import pytest

import multistory
from baselines import DEVDATA, c4_line_filter
from cleantext.scoring import pk, shingle_score, window_diff
from cleantext.segmenter import _stopwords, story_starts, segment_lines

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


def texttiling() -> Segmenter:
    """nltk's TextTiling (Hearst 1997) with its default windows, one line a paragraph, and the
    stop words of all the languages cleantext has lists for; its first segment is the main story.
    A document too short to tile is left whole."""
    from nltk.tokenize.texttiling import TextTilingTokenizer

    tiler = TextTilingTokenizer(stopwords=sorted(_stopwords()))

    def segment(lines: Sequence[str]) -> list[int]:
        text = "\n\n".join(lines)
        try:
            tiles = tiler.tokenize(text)
        except ValueError:  # "Input vector needs to be bigger than window size", "No paragraph breaks"
            return []
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 2
        cuts, end = [], 0
        for tile in tiles[:-1]:  # the tiles are consecutive pieces of the text, cut at paragraph breaks
            end += len(tile)
            line = bisect_left(starts, end)
            if 0 < line < len(lines):
                cuts.append(line)
        return sorted(set(cuts))

    return segment


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


def by_language(docs: list[multistory.MultiStoryDoc], segmenter: Segmenter) -> dict[str, dict[str, float]]:
    """Per language group: Pk over the multi-story documents, main-story F1 over all, and the
    share of single stories cut."""
    out: dict[str, dict[str, float]] = {}
    for lang in sorted({d.lang for d in docs}):
        chosen = [(d, segmenter(d.lines)) for d in docs if d.lang == lang]
        multi = [(d, h) for d, h in chosen if d.boundaries]
        single = [(d, h) for d, h in chosen if not d.boundaries]
        pairs = [("\n".join(d.main_lines), "\n".join(d.lines[: h[0]] if h else d.lines)) for d, h in chosen]
        out[lang] = {
            "docs": len(chosen),
            "pk": sum(pk(len(d.lines), d.boundaries, h) for d, h in multi) / len(multi) if multi else 0.0,
            "main story f1": shingle_score(pairs).f1,
            "single share cut": sum(1 for _, h in single if h) / len(single) if single else 0.0,
        }
    return out


def test_segmenter_by_language(benchmark, docs) -> None:
    result = benchmark.pedantic(lambda: by_language(docs, ours), rounds=1, iterations=1)
    benchmark.extra_info["cleantext by language group"] = result
    benchmark.extra_info["keep all by language group"] = by_language(docs, keep_all)
    assert sum(r["docs"] for r in result.values()) == len(docs)


def test_texttiling_baseline(benchmark, docs) -> None:
    """TextTiling runs at about a document a second here, so it is measured on the first
    CLEANTEXT_BENCH_TEXTTILING_DOCS documents, beside cleantext on the same ones."""
    try:
        tiling = texttiling()
    except ImportError as exc:
        pytest.skip(f"TextTiling baseline not measured: {exc} (pip install -e '.[bench]')")
    sample = docs[: int(os.environ.get("CLEANTEXT_BENCH_TEXTTILING_DOCS", "60"))]
    result = benchmark.pedantic(lambda: score(sample, tiling), rounds=1, iterations=1)
    benchmark.extra_info["docs"] = len(sample)
    benchmark.extra_info["texttiling"] = result
    benchmark.extra_info["cleantext on the same documents"] = score(sample, ours)
    benchmark.extra_info["docs per second"] = len(sample) / benchmark.stats.stats.mean
    assert result["single"]["docs"] + result.get("random", {}).get("docs", 0) + result.get("hard", {}).get("docs", 0) == len(sample)


def test_segmenter_speed(benchmark, docs) -> None:
    texts = [d.lines for d in docs[:300]]
    benchmark.pedantic(lambda: [segment_lines(t) for t in texts], rounds=3, iterations=1)
    benchmark.extra_info["docs"] = len(texts)
    benchmark.extra_info["docs per second"] = len(texts) / benchmark.stats.stats.mean


def test_c4_filter_speed_baseline(benchmark, docs) -> None:
    """The issue's yardstick for speed: the segmenter should run at 0.3x the C4 line filter."""
    texts = [d.text for d in docs[:300]]
    benchmark.pedantic(lambda: [c4_line_filter(t) for t in texts], rounds=3, iterations=1)
    benchmark.extra_info["docs"] = len(texts)
    benchmark.extra_info["docs per second"] = len(texts) / benchmark.stats.stats.mean


def test_line_split_speed_baseline(benchmark, docs) -> None:
    texts = [d.text for d in docs[:300]]
    benchmark.pedantic(lambda: [t.splitlines() for t in texts], rounds=3, iterations=1)
    benchmark.extra_info["docs"] = len(texts)
