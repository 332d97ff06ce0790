"""Quality, measured in the same run as speed, with floors that fail the run when a change drops
below them (trafilatura's evaluation gate, in our terms).

- the corpus: every seed file must give exactly its hand-written expected output;
- the development pages: snippet F1 of cleantext.clean on the whole-page ``text`` beside the
  unchanged text, the C4 line rule, datatrove's whole C4 filter, jusText and trafilatura, and the
  share of words of ``article`` texts (already clean articles) that cleantext keeps.
"""

from __future__ import annotations

from collections import Counter

import pytest

import cleantext
from cleantext.boilerplate import Model
from baselines import CORPUS, c4_line_filter, corpus_inputs, datatrove_c4_filter, devdata_pages, justext_lines, language_group, lines_holding_snippets, trafilatura_lines
from cleantext.scoring import collapse_ws, snippet_score
from layouts import WRAP_WIDTH, double_spaced, enciphered, enciphered_page, hard_wrapped, lower_cased, other_converters
from multistory import pages_with_a_story

#: Floors pinned below the latest measured figures: a drop under them is a regression. Page F1 is
#: 0.891 on all 884 pages and 0.894 on CI's first 150 (0.882 and 0.879 before this stop's widget
#: rules and server_errors; 0.874 and 0.869 before the comment-form and tag-line families; 0.868
#: and 0.837 before the line classifier's wide-page features; 0.850 and 0.817 before
#: aggregator_tail required the story's prose before a tail and unrelated_stories a main story of
#: a third of a page).
FLOOR_PAGE_F1 = 0.86
#: Article words kept: 0.972 on all 884 articles and 0.954 on CI's first 150 (the 0.960 noted here
#: before was stale: the code of the stop before this one gave 0.954 too; 0.974 and 0.966
#: before server_errors, which takes the PHP warnings two of those extractions kept: 0.5% of the
#: first 150 articles' words; 0.964 and 0.952 before the segmenter's lead-recurrence and table
#: vetoes and the boilerplate step's few-odd-lines guard).
FLOOR_ARTICLE_WORDS_KEPT = 0.95
#: The same on the extractions that hold no known furniture (test_articles_pass_through): 0.984
#: on all 884 pages' 578 such extractions, 0.992 on the 101 among CI's first 150.
FLOOR_CLEAN_ARTICLE_WORDS_KEPT = 0.97
#: Whole pages with another site's article appended: the share of the appended story's paragraphs
#: that survive. 0.078 on 250 pages (0.095 before the title rule of unrelated_stories under an
#: unsure cut; 0.46 before the page guard trusted a main story of four paragraphs or a sure
#: boundary; 0.73 without the segmenter); 0.052 on CI's 150 (0.071 before the title rule).
CEILING_APPENDED_STORY_KEPT = 0.2
#: The same with another site's whole page appended (its menus and footer around its article):
#: 0.064 on 250 pages (0.088 at its first run, 2026-12-07, before the title rule; 0.60 without the
#: segmenter), 0.044 on CI's 150 (0.048).
CEILING_APPENDED_PAGE_KEPT = 0.2
#: Whole pages without blank lines: cleantext must beat the unchanged text by this much snippet F1.
#: 0.846 against 0.693 on all 884 pages.
MIN_GAIN_WITHOUT_BLANK_LINES = 0.05
#: Pages converted by other tools (test_pages_from_other_converters): cleantext must beat the
#: unchanged text by this much snippet F1 on each. On all 884 pages: Markdown (markdownify) 0.878
#: against 0.683 (0.805 before Markdown was read as its words), inscriptis's text 0.897 against
#: 0.696, resiliparse's text of the whole page 0.902 against 0.698, BeautifulSoup's get_text("\n")
#: 0.851 against 0.692.
MIN_GAIN_OTHER_CONVERTERS = 0.1
#: Article words kept in other layouts (test_articles_in_other_layouts), each: on CI's first 150
#: articles 0.958 double-spaced, 0.948 wrapped with blank lines between paragraphs, 0.955 wrapped
#: without (0.954 as they come). A wrap changes where lines break, and the segmenter's cuts on a
#: few list-like articles with them.
FLOOR_LAYOUT_ARTICLE_WORDS_KEPT = 0.93
#: The line classifier's weights are fitted on the development pages that test_page_snippets
#: scores. test_pages_held_out scores each half of the pages with weights fitted on the other half
#: only; the in-sample figure may exceed the held-out one by at most this much snippet F1 (a larger
#: gap is a model that learned the pages rather than pages: retrain with fewer features or more
#: regularisation). On all 884 pages: 0.912 held out against 0.916 in sample; on CI's first 150
#: 0.910 against 0.912. The halves are those of all 884 pages in CI's short mode too: trained on the
#: other half of the first 150 alone (75 pages), the held-out figure measured the small training
#: set more than overfitting: 0.895 against 0.912, and 0.883 with the closing-quote fix of the
#: sentence-end feature, which on all 884 pages moved it from 0.911 to 0.912 (and the mean over
#: three splits from 0.9075 to 0.9080).
MAX_HELD_OUT_GAP = 0.02
#: Whole pages in lower case (test_pages_without_case): cleantext must beat the unchanged text by
#: this much snippet F1. 0.895 against 0.692 on all 884 pages (0.913 with their case): the
#: classifier's capitalisation feature and the segmenter's names have nothing to read.
MIN_GAIN_WITHOUT_CASE = 0.1
#: ...and in a language without a stop list (test_pages_without_stop_list): F1 0.873 against the
#: unchanged text's 0.693 on the 884 pages (0.856 before the text's own function words stood in
#: for a stop list).
MIN_GAIN_WITHOUT_STOP_LIST = 0.12
#: Whole pages hard-wrapped at 78 columns: cleantext must beat the unchanged text by this much
#: snippet F1. 0.905 against 0.693 on all 884 pages (0.489 before the pipeline joined the lines a
#: wrap broke).
MIN_GAIN_HARD_WRAPPED = 0.1
#: Whole pages whose cleaned text changes when it is cleaned again (test_pages_cleaned_again), as a
#: share of the pages: 5 of 884 (0.6%; 20 before the boilerplate step settled, 60 before any step
#: did). The unit tests check idempotence on generated text; on real pages the segmenter, which
#: does not settle, can find another story in what is left of the first.
CEILING_CHANGED_WHEN_CLEANED_AGAIN = 0.02


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


def _snippet_f1(pages: list[dict], outputs: list[str]) -> dict[str, float]:
    score = snippet_score((out, p["with"], p["without"]) for p, out in zip(pages, outputs))
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1}


def _by_language(pages: list[dict], systems: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Snippet F1 of each system's outputs per language group."""
    by_group: dict[str, list[int]] = {}
    for k, page in enumerate(pages):
        by_group.setdefault(language_group(page["url"], page["text"]), []).append(k)
    table = {}
    for group, members in sorted(by_group.items()):
        chosen = [pages[k] for k in members]
        table[group] = {"pages": len(members)} | {name: _snippet_f1(chosen, [outs[k] for k in members])["f1"] for name, outs in systems.items()}
    return table


def _worse_than_unchanged(table: dict[str, dict[str, float]]) -> list[str]:
    """The language groups where cleantext scores below the unchanged text (none may: issue 5)."""
    return [group for group, row in table.items() if row["cleantext"] < row["unchanged"]]


def test_page_snippets(benchmark, pages) -> None:
    cleaned = benchmark.pedantic(lambda: [cleantext.clean(p["text"]) for p in pages], rounds=1, iterations=1)
    systems = {
        "cleantext": cleaned,
        "unchanged": [p["text"] for p in pages],
        "c4 filter": [c4_line_filter(p["text"]) for p in pages],
    }
    for name, make in (("datatrove C4", datatrove_c4_filter), ("jusText", lambda: justext_lines), ("trafilatura", lambda: trafilatura_lines)):
        try:
            func = make()
            systems[name] = [func(p["text"]) for p in pages]
        except ImportError as exc:
            print(f"baseline {name} not measured: {exc} (pip install -e '.[bench]')")
    ours = _snippet_f1(pages, cleaned)
    benchmark.extra_info["cleantext"] = ours
    benchmark.extra_info["unchanged"] = _snippet_f1(pages, systems["unchanged"])
    for name in systems:
        if name not in ("cleantext",):
            benchmark.extra_info[name] = _snippet_f1(pages, systems[name])
    cv = Model.builtin().data.get("cross_validated", {})
    benchmark.extra_info["boilerplate step alone, 2-fold cross-validated (train_boilerplate.py)"] = cv
    table = benchmark.extra_info["by language"] = _by_language(pages, systems)
    assert not _worse_than_unchanged(table), f"language groups worse than the unchanged text: {_worse_than_unchanged(table)}"
    assert ours["f1"] >= FLOOR_PAGE_F1


def _clean_extraction(page: dict) -> bool:
    """Whether trafilatura's extraction of *page* holds all its "with" snippets and none of its
    "without" ones: an article text with no known furniture in it."""
    article = collapse_ws(page["article"])
    return all(collapse_ws(s) in article for s in page["with"]) and not any(collapse_ws(s) in article for s in page["without"])


def test_articles_pass_through(benchmark, pages) -> None:
    """The share of the words of the pages' article extractions that cleaning keeps. Some of the
    extractions hold furniture (a page's menus where extraction failed, cookie settings, comments)
    or several stories (a news site's next items), so the figure is reported also on the
    extractions that hold every "with" snippet and no "without" one: 578 of the 884 pages. Those
    still hold comment sections and cookie dialogs that no snippet names (meininger.de's
    extraction ends in 20 lines of consent switches), so a third figure counts only the words of
    the lines from an extraction's first line with a "with" snippet to its last: the article's
    known extent, with what every step removed there."""
    kept_words: list[tuple[int, int]] = []
    results: list[cleantext.Result] = []

    def kept_share() -> float:
        kept_words.clear()
        results.clear()
        for page in pages:
            results.append(cleantext.clean_document(page["article"]))
            kept_words.append((len(page["article"].split()), len(results[-1].text.split())))
        total = sum(n for n, _ in kept_words)
        return sum(k for _, k in kept_words) / total if total else 1.0

    share = benchmark.pedantic(kept_share, rounds=1, iterations=1)
    benchmark.extra_info["article words kept"] = share
    clean = [counts for page, counts in zip(pages, kept_words) if _clean_extraction(page)]
    clean_total = sum(n for n, _ in clean)
    clean_share = sum(k for _, k in clean) / clean_total if clean_total else 1.0
    benchmark.extra_info["article words kept, extractions without known furniture"] = clean_share
    benchmark.extra_info["extractions without known furniture"] = len(clean)
    span_total, span_lost, spans = _words_lost_inside_the_snippets(pages, results)
    benchmark.extra_info["article words kept from the first to the last line with a 'with' snippet"] = (
        1.0 - sum(span_lost.values()) / span_total if span_total else 1.0
    )
    benchmark.extra_info["extractions with two or more lines holding 'with' snippets"] = spans
    benchmark.extra_info["words removed there, per step (of the words there)"] = {
        step: f"{words} ({words / span_total:.2%})" for step, words in span_lost.most_common() if words
    }
    benchmark.extra_info["words there"] = span_total
    assert share >= FLOOR_ARTICLE_WORDS_KEPT
    assert clean_share >= FLOOR_CLEAN_ARTICLE_WORDS_KEPT


def _words_lost_inside_the_snippets(pages: list[dict], results: list[cleantext.Result]) -> tuple[int, Counter[str], int]:
    """The words of the article extractions' lines from the first line that holds a "with"
    snippet to the last (the article's known extent: what lies outside it may be a comment
    section or a cookie dialog the extraction kept), the words that cleaning removed from those
    lines, by step, and how many extractions have two such lines or more (the others are left
    out: one line gives no extent)."""
    total, spans = 0, 0
    lost: Counter[str] = Counter()
    for page, result in zip(pages, results):
        lines = page["article"].splitlines()
        holding = lines_holding_snippets(lines, page["with"])
        if len(holding) < 2:
            continue
        first, last = holding[0], holding[-1]
        spans += 1
        total += sum(len(line.split()) for line in lines[first : last + 1])
        for removal in result.removals:
            if first <= removal.line <= last:
                lost[removal.cleaner] += len(removal.text.split())
    return total, lost, spans


def test_the_known_extent_is_counted_as_worked_by_hand() -> None:
    """_words_lost_inside_the_snippets on two hand-made extractions (no development data needed)."""
    article = "\n".join([
        "The council approved the new bridge on Tuesday after a long debate.",  # first "with" line
        "Advertisement",  # removed inside the extent: 1 word
        "Work is due to start in the spring and should take two years.",  # last "with" line
        "Advertisement",  # removed outside the extent: not counted
    ])
    pages = [
        {"article": article, "with": ["approved the new bridge", "start in the spring"]},
        {"article": article, "with": ["approved the new bridge"]},  # one line gives no extent
    ]
    results = [cleantext.clean_document(page["article"]) for page in pages]
    assert [removal.line for removal in results[0].removals] == [1, 3]
    total, lost, spans = _words_lost_inside_the_snippets(pages, results)
    assert (total, dict(lost), spans) == (12 + 1 + 13, {"ad_labels": 1}, 1)


def test_pages_without_blank_lines(benchmark, pages) -> None:
    """The same pages as a scraper that writes one block a line and no blank lines gives them
    (``get_text("\\n")``): no blocks for the classifier to read. Before the ``boilerplate`` step
    judged such a page with each line a block of its own, cleantext scored 0.687 here, below the
    unchanged text (0.693)."""
    texts = ["\n".join(line for line in p["text"].splitlines() if line.strip()) for p in pages]
    _score_pages_as(benchmark, pages, texts, MIN_GAIN_WITHOUT_BLANK_LINES)


def _score_pages_as(benchmark, pages: list[dict], texts: list[str], min_gain: float) -> None:
    """Clean *texts* (the pages in another layout) under the benchmark and record their snippet
    F1 beside the unchanged texts' and the C4 filter's, by language too; fail when cleantext does
    not beat the unchanged text by *min_gain*, or any language group does worse than it."""
    cleaned = benchmark.pedantic(lambda: [cleantext.clean(t) for t in texts], rounds=1, iterations=1)
    ours = _snippet_f1(pages, cleaned)
    unchanged = _snippet_f1(pages, texts)
    benchmark.extra_info["cleantext"] = ours
    benchmark.extra_info["unchanged"] = unchanged
    benchmark.extra_info["c4 filter"] = _snippet_f1(pages, [c4_line_filter(t) for t in texts])
    table = benchmark.extra_info["by language"] = _by_language(pages, {"cleantext": cleaned, "unchanged": texts})
    assert not _worse_than_unchanged(table), f"language groups worse than the unchanged text: {_worse_than_unchanged(table)}"
    assert ours["f1"] >= unchanged["f1"] + min_gain


def test_pages_with_an_appended_story(benchmark, pages) -> None:
    """An infinite scroll scraped as text: a page, then the next article. The page's snippets
    should score as they do alone, and the appended story should go."""
    _score_appended(benchmark, pages_with_a_story(pages), "appended story paragraphs kept", CEILING_APPENDED_STORY_KEPT)


def test_pages_with_an_appended_page(benchmark, pages) -> None:
    """An infinite scroll of whole pages scraped as text: a page, then another site's whole page,
    its menus and footer with its article. The first page's snippets should score as they do
    alone, and the second page's article (and furniture) should go."""
    docs = pages_with_a_story(pages, whole_page=True)
    _score_appended(benchmark, docs, "appended page's article paragraphs kept", CEILING_APPENDED_PAGE_KEPT)


def _score_appended(benchmark, docs: list, kept_label: str, ceiling: float) -> None:
    """Snippet F1 of the first pages of *docs* (:class:`multistory.PageWithStory`) and the share
    of the appended article's paragraphs kept, for cleantext with and without its segmenter and
    for the unchanged text."""
    without_segmenter = cleantext.Pipeline().without("unrelated_stories")

    def appended_kept(outputs: list[str]) -> float:
        total = kept = 0
        for doc, out in zip(docs, outputs):
            text = collapse_ws(out)
            total += len(doc.appended)
            kept += sum(1 for line in doc.appended if collapse_ws(line) in text)
        return kept / total if total else 0.0

    cleaned = benchmark.pedantic(lambda: [cleantext.clean(d.text) for d in docs], rounds=1, iterations=1)
    plain = [without_segmenter.clean(d.text) for d in docs]
    benchmark.extra_info["documents"] = len(docs)
    for name, outputs in (("cleantext", cleaned), ("cleantext without unrelated_stories", plain), ("unchanged", [d.text for d in docs])):
        benchmark.extra_info[name] = _snippet_f1([d.page for d in docs], outputs) | {kept_label: appended_kept(outputs)}
    assert benchmark.extra_info["cleantext"][kept_label] <= ceiling


def test_pages_without_case(benchmark, pages) -> None:
    """The same pages in lower case: a stand-in for the scripts without case (Arabic, Hindi, Thai,
    CJK), whose pages the development data hardly has (8 of 884), and for text written in lower
    case. Whatever reads a capital letter has nothing to read here: a menu's Title Case, a name
    inside a sentence (the segmenter's name vetoes), a headline's capitals."""
    lowered = [lower_cased(p) for p in pages]
    _score_pages_as(benchmark, lowered, [p["text"] for p in lowered], MIN_GAIN_WITHOUT_CASE)


def test_pages_without_stop_list(benchmark, pages) -> None:
    """The same pages in a language no stop list or phrase table knows (layouts.enciphered: every
    letter replaced by another): what cleantext does with a page in Finnish, Czech or Swahili. The
    phrase tables find nothing here, so what is measured is the classifier and the segmenter on
    their own, reading the text's own function words (cleantext.function_words)."""
    enciphered = [enciphered_page(p) for p in pages]
    _score_pages_as(benchmark, enciphered, [p["text"] for p in enciphered], MIN_GAIN_WITHOUT_STOP_LIST)


def test_pages_hard_wrapped(benchmark, pages) -> None:
    """The same pages as text-mode browsers and converters print them (``lynx -dump``, html2text):
    every block wrapped at 78 columns. Line by line a wrapped paragraph looks like a menu: before
    the pipeline read such a text a paragraph a line (:mod:`cleantext.hard_wrap`), cleantext
    scored 0.489 here, below the unchanged text."""
    benchmark.extra_info["wrap width"] = WRAP_WIDTH
    _score_pages_as(benchmark, pages, [hard_wrapped(p["text"]) for p in pages], MIN_GAIN_HARD_WRAPPED)


#: The layouts of test_articles_in_other_layouts.
ARTICLE_LAYOUTS = {
    "double-spaced": double_spaced,
    "lower-cased": str.lower,
    "wrapped at 78, blank lines between paragraphs": lambda text: hard_wrapped(double_spaced(text)),
    "wrapped at 78, no blank lines": hard_wrapped,
    # A language no stop list covers (see test_pages_without_stop_list), with case and without.
    "without a stop list": enciphered,
    "without a stop list, lower-cased": lambda text: enciphered(text).lower(),
}


def test_articles_in_other_layouts(benchmark, pages) -> None:
    """The share of the article extractions' words kept when the same articles come double-spaced
    (a blank line between paragraphs, as many extractors print them), hard-wrapped, in lower case or
    in a language without a stop list (97.29% kept, 95.28% in lower case as well, against 97.15% and
    95.02% before the segmenter's OWN_FUNCTION_WORDS_MARGIN). Judged as
    blocks of one line each, 289 of the 884 double-spaced articles lost lines (92.3% of words
    kept); wrapped at 78, 25% were kept before the pipeline joined the lines a wrap broke."""
    shares: dict[str, float] = {}

    def kept_shares() -> dict[str, float]:
        for name, layout in ARTICLE_LAYOUTS.items():
            texts = [layout(page["article"]) for page in pages]
            total = sum(len(text.split()) for text in texts)
            shares[name] = sum(len(cleantext.clean(text).split()) for text in texts) / total if total else 1.0
        return shares

    benchmark.pedantic(kept_shares, rounds=1, iterations=1)
    benchmark.extra_info["article words kept"] = dict(shares)
    for name, share in shares.items():
        assert share >= FLOOR_LAYOUT_ARTICLE_WORDS_KEPT, f"{name}: {share:.3f} of the article words kept"


def test_pages_from_other_converters(benchmark, pages) -> None:
    """The pages' HTML as other converters print it: Markdown (markdownify; Firecrawl-style
    scrapers give the same layout), inscriptis's text, resiliparse's (the whole page, without
    its title) and BeautifulSoup's text node by node. Read line by line, a Markdown page's
    paragraphs with inline links look like link lists; the pipeline reads Markdown as its words
    (:mod:`cleantext.markdown_syntax`), and a paragraph that a link broke into lines as the
    sentence it was (:mod:`cleantext.inline_breaks`)."""
    try:
        converters = other_converters()
    except ImportError as exc:
        pytest.skip(f"other converters not measured: {exc} (pip install -e '.[bench]')")
    converted = {name: [convert(page["html"]) for page in pages] for name, convert in converters.items()}

    def clean_all() -> dict[str, list[str]]:
        return {name: [cleantext.clean(text) for text in texts] for name, texts in converted.items()}

    cleaned = benchmark.pedantic(clean_all, rounds=1, iterations=1)
    for name, texts in converted.items():
        ours = _snippet_f1(pages, cleaned[name])
        unchanged = _snippet_f1(pages, texts)
        benchmark.extra_info[name] = {
            "cleantext": ours["f1"],
            "unchanged": unchanged["f1"],
            "c4 filter": _snippet_f1(pages, [c4_line_filter(t) for t in texts])["f1"],
            # Cleaning is meant to be idempotent here too (test_pages_cleaned_again does the text).
            "share changed when cleaned again": sum(cleantext.clean(text) != text for text in cleaned[name]) / len(texts),
        }
        assert ours["f1"] >= unchanged["f1"] + MIN_GAIN_OTHER_CONVERTERS, f"{name}: {ours['f1']:.3f} against {unchanged['f1']:.3f} unchanged"


def test_pages_held_out(benchmark, pages) -> None:
    """Snippet F1 on pages whose labels the line classifier never saw: all the development pages
    are split in two halves (even and odd), and each page scored is cleaned with weights that
    ``benchmarks/train_boilerplate.py`` fits on the other half alone
    (``BoilerplateOptions(model=...)``). In CI's short mode the pages scored are the first ones,
    and the weights are still fitted on half of all the pages, as the shipped weights are fitted
    on all of them (see MAX_HELD_OUT_GAP). Only the classifier's weights are held out: the widget
    rules and the pipeline's thresholds were written with all the development pages in view."""
    try:
        from train_boilerplate import train
    except ImportError as exc:
        pytest.skip(f"held-out pages not measured: {exc} (pip install -e '.[bench]')")
    every = list(devdata_pages(every=True))
    assert [p["url"] for p in every[: len(pages)]] == [p["url"] for p in pages], "the pages scored are the first of all pages"
    train_halves = [list(range(0, len(every), 2)), list(range(1, len(every), 2))]
    test_halves = [[i for i in half if i < len(pages)] for half in train_halves]
    if not all(test_halves):
        pytest.skip("held-out pages not measured: fewer than two pages")
    held_out: list[str] = [""] * len(pages)

    def clean_held_out() -> list[str]:
        for train_half, test_half in ((train_halves[0], test_halves[1]), (train_halves[1], test_halves[0])):
            model = Model(train([every[i] for i in train_half]))
            config = cleantext.Config(boilerplate=cleantext.BoilerplateOptions(model=model))
            for i in test_half:
                held_out[i] = cleantext.clean(pages[i]["text"], config=config)
        return held_out

    benchmark.pedantic(clean_held_out, rounds=1, iterations=1)
    in_sample = [cleantext.clean(p["text"]) for p in pages]
    unchanged = [p["text"] for p in pages]
    ours, theirs = _snippet_f1(pages, held_out), _snippet_f1(pages, in_sample)
    benchmark.extra_info["cleantext, classifier trained on the other half"] = ours
    benchmark.extra_info["cleantext, classifier trained on all pages"] = theirs
    benchmark.extra_info["unchanged"] = _snippet_f1(pages, unchanged)
    table = benchmark.extra_info["by language"] = _by_language(pages, {"cleantext": held_out, "in sample": in_sample, "unchanged": unchanged})
    assert not _worse_than_unchanged(table), f"language groups worse than the unchanged text: {_worse_than_unchanged(table)}"
    assert theirs["f1"] - ours["f1"] <= MAX_HELD_OUT_GAP, f"held out {ours['f1']:.4f}, in sample {theirs['f1']:.4f}"


def test_pages_cleaned_again(benchmark, pages) -> None:
    """Cleaning twice should give what cleaning once gives: the pages whose cleaned text changes
    when it is cleaned again, and which steps remove lines the second time."""
    once = [cleantext.clean(p["text"]) for p in pages]
    results = benchmark.pedantic(lambda: [cleantext.clean_document(text) for text in once], rounds=1, iterations=1)
    changed = [result for result in results if result.removals]
    by_step: dict[str, int] = {}
    for result in changed:
        for step in {removal.cleaner for removal in result.removals}:
            by_step[step] = by_step.get(step, 0) + 1
    share = len(changed) / len(pages)
    benchmark.extra_info["pages"] = len(pages)
    benchmark.extra_info["pages changed when cleaned again"] = len(changed)
    benchmark.extra_info["share changed"] = share
    benchmark.extra_info["steps removing lines the second time (pages)"] = dict(sorted(by_step.items()))
    assert share <= CEILING_CHANGED_WHEN_CLEANED_AGAIN, f"{len(changed)} of {len(pages)} pages change when cleaned again"
