"""The unrelated-story segmenter on synthetic multi-story documents (see multistory.py).

For each kind of document (single story, random appended stories, same-site appended stories):
Pk and WindowDiff of the line segmentation, shingle F1 of the main story kept against the gold main
story, and the share of documents cut at all (for single stories: false splits). Beside it, in the
same run, the keep-everything baseline. Speed in documents a second and MB/s, on the issue's 3-5 KB
documents and on the first 300 of any size, beside a plain line split, the two-rule core of the C4
line filter and datatrove's whole C4 filter; the segmenter must run at 0.3x datatrove's or faster.

The issue's goals (random Pk <= 0.05 and F1 >= 0.97, hard Pk <= 0.08 and F1 >= 0.95, false splits
<= 2%) are reported in ``extra_info``; the floors asserted here are the latest measured figures with
a margin, so that a regression fails the run without pretending the goals are met.
"""

from __future__ import annotations

import dataclasses

import os
import time
from bisect import bisect_left
from typing import Callable, Sequence

import pytest

import multistory
from layouts import enciphered
from baselines import DEVDATA, c4_line_filter, datatrove_c4_filter, lines_holding_snippets
from cleantext.scoring import collapse_ws, pk, shingle_score, window_diff
from cleantext.segmenter import _stopwords, story_starts, segment_lines

# Floors: the latest measured figures minus a margin, in the smaller of the two runs. CI's short
# mode builds its documents from the first 150 pages only: random 0.922, hard 0.922 there, against
# 0.944 and 0.933 on 1000 documents from all pages; single stories cut 4.3% there (6 of 141), 1.8%
# on 1000 (2.0% before the topic and numbered-list vetoes, random 0.945). (Before MAX_LEAD_RECURRENCE and the table rule: 0.917, 0.922 and 5.0% there, 0.946,
# 0.929 and 2.7% on 1000; before SHORT_STORY_UNITS: 0.899, 0.923 and 3.5% there, 0.943, 0.925
# and 2.7% on 1000.)
FLOOR_RANDOM_F1 = 0.90
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
        if kind == "single":
            out[kind]["share cut losing a 'with' snippet"] = sum(1 for d, h in chosen if h and _cut_loses_story_text(d, h[0])) / len(chosen)
        else:
            known = [(d, h, known_extent_boundaries(d, h)) for d, h in chosen]
            out[kind]["pk, known extent"] = sum(pk(len(d.lines), ref, h) for d, h, ref in known) / len(known)
            out[kind]["main story f1, known extent"] = shingle_score(
                ("\n".join(d.lines[: ref[0]]), "\n".join(d.lines[: h[0]] if h else d.lines)) for d, h, ref in known
            ).f1
    return out


def known_extent_boundaries(doc: multistory.MultiStoryDoc, hypothesis: Sequence[int]) -> tuple[int, ...]:
    """The boundaries of *doc* with the first moved to *hypothesis*'s first cut when that cut falls
    in the main story's unknown tail: after its last line that holds one of its page's "with"
    snippets, up to where the next story starts. The stories are article extractions, which often
    end in what the page printed after the article (a comment section, a cookie notice, a reader
    quiz, a card offer); a cut there removes no known story text, and the strict scores count it
    as a cut inside the story. The goals are judged on the strict scores; these say how much of
    what they count against a cut is that tail. A main story with no snippet line has no known
    extent, and its boundaries stay."""
    boundaries = doc.boundaries
    if not boundaries or not hypothesis:
        return boundaries
    holding = lines_holding_snippets(doc.lines[: boundaries[0]], doc.main_with)
    if holding and holding[-1] < hypothesis[0] < boundaries[0]:
        return (hypothesis[0], *boundaries[1:])
    return boundaries


def _cut_loses_story_text(doc: multistory.MultiStoryDoc, cut: int) -> bool:
    """Whether the lines from *cut* on hold one of the main story's page's "with" snippets (see
    ``MultiStoryDoc.main_with``): a cut of a single story that holds none removed furniture the
    article extraction kept, such as cookie settings or a comment section's rules."""
    removed = collapse_ws("\n".join(doc.lines[cut:]))
    return any(collapse_ws(snippet) in removed for snippet in doc.main_with if snippet.strip())


def test_the_known_extent_boundaries_are_worked_by_hand() -> None:
    """Main story of five lines whose "with" snippet is on line 2; the next story starts on line 5
    and another on line 8. A cut on line 3 or 4 (the tail after the last known line) stands for the
    first boundary; a cut on line 2 or earlier (known story text) and a missed boundary do not."""
    lines = ("Headline", "First paragraph.", "The known snippet is here.", "Comment one", "Comment two", "Other story", "More", "Still more", "Third", "End")
    doc = multistory.MultiStoryDoc(lines, (0, 5, 8), "random", "en", ("known snippet",))
    assert known_extent_boundaries(doc, [3, 8]) == (3, 8)
    assert known_extent_boundaries(doc, [4]) == (4, 8)
    assert known_extent_boundaries(doc, [2, 8]) == (5, 8)
    assert known_extent_boundaries(doc, [5, 8]) == (5, 8)
    assert known_extent_boundaries(doc, [6]) == (5, 8)
    assert known_extent_boundaries(doc, []) == (5, 8)
    no_snippet = dataclasses.replace(doc, main_with=())
    assert known_extent_boundaries(no_snippet, [3, 8]) == (5, 8)
    # Pk against the moved boundary: a cut on line 3 is no error at all there.
    assert pk(len(lines), known_extent_boundaries(doc, [3, 8]), [3, 8]) == 0.0
    assert pk(len(lines), doc.boundaries, [3, 8]) > 0.0


def test_segmenter_quality(benchmark, docs) -> None:
    result = benchmark.pedantic(lambda: score(docs, ours), rounds=1, iterations=1)
    benchmark.extra_info["cleantext"] = result
    benchmark.extra_info["keep all"] = score(docs, keep_all)
    benchmark.extra_info["single-story share"] = result["single"]["docs"] / len(docs)
    assert result["single"]["docs"] / len(docs) >= 0.40
    assert result["random"]["main story f1"] >= FLOOR_RANDOM_F1
    assert result["hard"]["main story f1"] >= FLOOR_HARD_F1
    assert result["single"]["share cut"] <= CEILING_FALSE_SPLITS


#: The same documents in lower case (test_segmenter_without_case): a stand-in for the scripts
#: without case, where no name can be read. On 1000 documents 2.0% of single stories are cut
#: (4.0% before the long words stood in for names; 1.8% with case), main-story F1 0.931 / 0.923;
#: on CI's 300, 7.1% (7.8% before; 4.3% with case).
CEILING_FALSE_SPLITS_WITHOUT_CASE = 0.08


def test_segmenter_without_case(benchmark, docs) -> None:
    lowered = [dataclasses.replace(d, lines=tuple(line.lower() for line in d.lines)) for d in docs]
    result = benchmark.pedantic(lambda: score(lowered, ours), rounds=1, iterations=1)
    benchmark.extra_info["cleantext, documents in lower case"] = result
    assert result["single"]["share cut"] <= CEILING_FALSE_SPLITS_WITHOUT_CASE
    assert result["random"]["main story f1"] >= FLOOR_RANDOM_F1 - 0.02


#: The same documents in a language no stop list knows (test_segmenter_without_stop_list, see
#: layouts.enciphered): on 1000 documents random neighbours' main-story F1 0.937, Pk 0.096, 2.2%
#: of single stories cut (0.709, 0.246 and 0.7% before the text's own function words stood in for
#: a stop list: hardly a cut at all, and the floor below fails).
FLOOR_RANDOM_F1_WITHOUT_STOP_LIST = 0.86
CEILING_FALSE_SPLITS_WITHOUT_STOP_LIST = 0.08


def test_segmenter_without_stop_list(benchmark, docs) -> None:
    unknown = [dataclasses.replace(d, lines=tuple(enciphered(line) for line in d.lines)) for d in docs]
    result = benchmark.pedantic(lambda: score(unknown, ours), rounds=1, iterations=1)
    benchmark.extra_info["cleantext, documents in a language without a stop list"] = result
    assert result["single"]["share cut"] <= CEILING_FALSE_SPLITS_WITHOUT_STOP_LIST
    assert result["random"]["main story f1"] >= FLOOR_RANDOM_F1_WITHOUT_STOP_LIST


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


#: The issue's speed goal is for documents of 3-5 KB: at least 1000 a second on one core, and at
#: least 0.3x the C4 filter. The speed tests below run on the built documents of that size (the
#: built documents average 13 KB) and, for the record, on the first 300 documents of any size.
SPEED_DOC_BYTES = (3000, 5000)
SPEED_DOCS = 300


def _sized(docs: list[multistory.MultiStoryDoc]) -> list[multistory.MultiStoryDoc]:
    low, high = SPEED_DOC_BYTES
    chosen = [d for d in docs if low <= len(d.text.encode("utf-8")) <= high]
    if not chosen:
        pytest.skip(f"no built document of {low}-{high} bytes")
    return chosen


def _lines(doc: multistory.MultiStoryDoc) -> Sequence[str]:
    return doc.lines


def _text(doc: multistory.MultiStoryDoc) -> str:
    return doc.text


def _time(benchmark, func: Callable, chosen: list[multistory.MultiStoryDoc], read: Callable) -> None:
    """Time *func* on ``read(doc)`` of each chosen document (best of three rounds); MB/s counts
    the documents' text."""
    inputs = [read(d) for d in chosen]
    benchmark.pedantic(lambda: [func(x) for x in inputs], rounds=3, iterations=1, warmup_rounds=1)
    benchmark.extra_info["docs"] = len(inputs)
    benchmark.extra_info["docs per second"] = len(inputs) / benchmark.stats.stats.min
    benchmark.extra_info["MB/s"] = sum(len(d.text.encode("utf-8")) for d in chosen) / 1e6 / benchmark.stats.stats.min


#: The issue's goal: the segmenter at least this share of the C4 filter's speed, in the same run.
MIN_SPEED_RATIO_TO_C4 = 0.3


def _best_seconds(func: Callable, inputs: list, rounds: int = 3) -> float:
    """Best of *rounds* timed runs after one untimed one, as ``_time`` measures."""
    for x in inputs:
        func(x)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for x in inputs:
            func(x)
        best = min(best, time.perf_counter() - start)
    return best


def test_segmenter_speed_3_5kb(benchmark, docs) -> None:
    """The segmenter on 3-5 KB documents, and its speed over datatrove's C4 filter's: the filter
    is timed right after the segmenter (best of three rounds each), so that the ratio compares the
    same moment of the machine. Without datatrove the segmenter is still timed."""
    chosen = _sized(docs)
    _time(benchmark, segment_lines, chosen, _lines)
    try:
        c4 = datatrove_c4_filter()
    except ImportError as exc:
        print(f"segmenter speed not compared with datatrove's C4 filter: {exc} (pip install -e '.[bench]')")
        return
    ratio = _best_seconds(c4, [d.text for d in chosen]) / benchmark.stats.stats.min
    benchmark.extra_info["speed over datatrove's C4 filter"] = ratio
    assert ratio >= MIN_SPEED_RATIO_TO_C4


def test_c4_filter_speed_3_5kb(benchmark, docs) -> None:
    """The two-rule core of the C4 line filter on the same documents."""
    _time(benchmark, c4_line_filter, _sized(docs), _text)


def test_datatrove_c4_speed_3_5kb(benchmark, docs, datatrove_c4) -> None:
    """datatrove's whole C4 filter, the one the issue times, on the same documents."""
    _time(benchmark, datatrove_c4, _sized(docs), _text)


def test_segmenter_speed(benchmark, docs) -> None:
    _time(benchmark, segment_lines, docs[:SPEED_DOCS], _lines)


def test_c4_filter_speed_baseline(benchmark, docs) -> None:
    _time(benchmark, c4_line_filter, docs[:SPEED_DOCS], _text)


def test_datatrove_c4_speed_baseline(benchmark, docs, datatrove_c4) -> None:
    _time(benchmark, datatrove_c4, docs[:SPEED_DOCS], _text)


def test_line_split_speed_baseline(benchmark, docs) -> None:
    _time(benchmark, str.splitlines, docs[:SPEED_DOCS], _text)
