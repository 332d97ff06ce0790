"""Quality, measured in the same run as speed, with floors that fail the run when a change drops
below them (trafilatura's evaluation gate, in our terms).

- the corpus: every seed file must give exactly its hand-written expected output;
- the development pages: snippet F1 of cleantext.clean on the whole-page ``text`` beside the
  unchanged text and the C4-style filter, and the share of words of ``article`` texts (already
  clean articles) that cleantext keeps.
"""

from __future__ import annotations

import pytest

import cleantext
from baselines import CORPUS, c4_line_filter, corpus_inputs, language_group
from cleantext.scoring import snippet_score

#: Floors pinned below the latest measured figures: a drop under them is a regression.
FLOOR_PAGE_F1 = 0.70
FLOOR_ARTICLE_WORDS_KEPT = 0.95


def test_corpus_expectations(benchmark) -> None:
    inputs = corpus_inputs()

    def check() -> int:
        ok = 0
        for path in inputs:
            expected = path.with_suffix(".expected").read_text(encoding="utf-8")
            ok += cleantext.clean(path.read_text(encoding="utf-8")) == expected
        return ok

    ok = benchmark.pedantic(check, rounds=1, iterations=1)
    benchmark.extra_info["corpus files as expected"] = f"{ok}/{len(inputs)}"
    assert ok == len(inputs), f"only {ok} of {len(inputs)} corpus files give their expected output ({CORPUS})"


def _snippet_f1(pages: list[dict], func) -> dict[str, float]:
    score = snippet_score((func(p["text"]), p["with"], p["without"]) for p in pages)
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1}


def test_page_snippets(benchmark, pages) -> None:
    ours = benchmark.pedantic(lambda: _snippet_f1(pages, cleantext.clean), rounds=1, iterations=1)
    benchmark.extra_info["cleantext"] = ours
    benchmark.extra_info["unchanged"] = _snippet_f1(pages, lambda t: t)
    benchmark.extra_info["c4 filter"] = _snippet_f1(pages, c4_line_filter)
    by_group: dict[str, list[dict]] = {}
    for page in pages:
        by_group.setdefault(language_group(page["url"], page["text"]), []).append(page)
    benchmark.extra_info["by language"] = {
        group: {
            "pages": len(group_pages),
            "cleantext": _snippet_f1(group_pages, cleantext.clean)["f1"],
            "unchanged": _snippet_f1(group_pages, lambda t: t)["f1"],
            "c4 filter": _snippet_f1(group_pages, c4_line_filter)["f1"],
        }
        for group, group_pages in sorted(by_group.items())
    }
    assert ours["f1"] >= FLOOR_PAGE_F1


def test_articles_pass_through(benchmark, pages) -> None:
    def kept_share() -> float:
        total = kept = 0
        for page in pages:
            words = page["article"].split()
            total += len(words)
            kept += len(cleantext.clean(page["article"]).split())
        return kept / total if total else 1.0

    share = benchmark.pedantic(kept_share, rounds=1, iterations=1)
    benchmark.extra_info["article words kept"] = share
    assert share >= FLOOR_ARTICLE_WORDS_KEPT
