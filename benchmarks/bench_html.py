"""HTML extraction (issue 6): cleantext.clean_html beside the extractors people use, on the
development pages' ``html``, in the same run: snippet F1 and pages per second on one core.

Systems: cleantext (default, and with the whole default text pipeline after the tree), trafilatura
(default and ``fast=True``), readability-lxml (its summary, as text with html-text), resiliparse
(``extract_plain_text(main_content=True)``), jusText (the page's best stop list), html-text (all
text) and selectolax's plain text (``html_to_text``: the floor, every visible line). The others are
benchmark-only dependencies (the ``bench`` extra); a missing one is left out with a message.

``test_html_speed_bound`` measures how fast any design of issue 6's shape (selectolax, then the
text pipeline) could go, beside resiliparse in the same run: see its docstring.

The table goes to ``extra_info`` (and so to the README through report.py); a scatter plot of F1
against pages/s is written to ``benchmarks/results/html-extractors.png`` when matplotlib is there.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import cleantext
from baselines import JUSTEXT_LANGUAGES
from cleantext.html import clean_html, html_to_text
from cleantext.scoring import snippet_score

RESULTS = Path(__file__).resolve().parent / "results"
#: Floors pinned below the latest measured figures (full set 0.922; first 150 pages in CI 0.921).
FLOOR_F1 = 0.90
#: The issue's goal is F1 at least trafilatura's (0.917 full, 0.911 on CI's 150 pages); a
#: regression below it by more than this fails the run (not zero: trafilatura's own releases move).
MAX_F1_BEHIND_TRAFILATURA = 0.01
#: cleantext must stay this many times faster than trafilatura (measured: about 3x).
FLOOR_SPEEDUP_OVER_TRAFILATURA = 1.5


def _trafilatura(fast: bool) -> Callable[[str], str]:
    import trafilatura

    return lambda html: trafilatura.extract(html, fast=fast) or ""


def _readability() -> Callable[[str], str]:
    import html_text
    from readability import Document

    def extract(html: str) -> str:
        try:
            return html_text.extract_text(Document(html).summary())
        except Exception:  # readability raises on some empty or odd pages: count as nothing found
            return ""

    return extract


def _resiliparse() -> Callable[[str], str]:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda html: extract_plain_text(html, main_content=True)


def _justext() -> Callable[[str], str]:
    import justext

    stoplists = {lang: justext.get_stoplist(lang) for lang in JUSTEXT_LANGUAGES}

    def extract(html: str) -> str:
        words = {w.lower() for w in html_to_text(html).split()}
        best = max(stoplists, key=lambda lang: len(words & stoplists[lang]))
        try:
            paragraphs = justext.justext(html.encode("utf-8", "replace"), stoplists[best], encoding="utf-8")
        except Exception:  # jusText's lxml raises on some documents: count as nothing found
            return ""
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def _html_text() -> Callable[[str], str]:
    import html_text

    return html_text.extract_text


SYSTEMS: dict[str, Callable[[], Callable[[str], str]]] = {
    "cleantext": lambda: clean_html,
    "cleantext + whole text pipeline": lambda: (lambda html: clean_html(html, pipeline=cleantext.DEFAULT_STEPS)),
    "selectolax text (floor)": lambda: html_to_text,
    "trafilatura": lambda: _trafilatura(False),
    "trafilatura fast": lambda: _trafilatura(True),
    "readability-lxml": _readability,
    "resiliparse": _resiliparse,
    "jusText": _justext,
    "html-text": _html_text,
}


def _measure(pages: list[dict], extract: Callable[[str], str]) -> dict[str, float]:
    extract(pages[0]["html"])  # imports and caches before the clock
    start = time.perf_counter()
    outputs = [extract(p["html"]) for p in pages]
    seconds = time.perf_counter() - start
    score = snippet_score((out, p["with"], p["without"]) for p, out in zip(pages, outputs))
    return {"f1": score.f1, "precision": score.precision, "recall": score.recall, "pages/s": len(pages) / seconds}


def _plot(table: dict[str, dict[str, float]]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        print(f"scatter plot not drawn: {exc}")
        return
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for name, row in table.items():
        ours = name.startswith("cleantext")
        ax.scatter(row["pages/s"], row["f1"], s=60 if ours else 35, color="tab:red" if ours else "tab:blue")
        ax.annotate(name, (row["pages/s"], row["f1"]), textcoords="offset points", xytext=(5, 4), fontsize=8)
    ax.set_xscale("log")
    ax.set_xlabel("pages per second, one core (log scale)")
    ax.set_ylabel("snippet F1")
    ax.set_title(f"HTML extraction on {table['cleantext']['pages']:.0f} development pages")
    ax.grid(True, alpha=0.3)
    RESULTS.mkdir(exist_ok=True)
    fig.tight_layout()
    fig.savefig(RESULTS / "html-extractors.png", dpi=110)
    plt.close(fig)


def test_html_extractors(benchmark, pages) -> None:
    table: dict[str, dict[str, float]] = {}

    def run_all() -> None:
        for name, make in SYSTEMS.items():
            try:
                extract = make()
            except ImportError as exc:
                print(f"{name} not measured: {exc} (pip install -e '.[bench]')")
                continue
            table[name] = _measure(pages, extract) | {"pages": len(pages)}

    benchmark.pedantic(run_all, rounds=1, iterations=1)
    benchmark.extra_info["html extractors"] = table
    _plot(table)
    ours = table["cleantext"]
    assert ours["f1"] >= FLOOR_F1
    assert ours["f1"] > table["selectolax text (floor)"]["f1"]
    if "trafilatura" in table:
        benchmark.extra_info["f1 minus trafilatura's"] = round(ours["f1"] - table["trafilatura"]["f1"], 4)
        assert ours["f1"] >= table["trafilatura"]["f1"] - MAX_F1_BEHIND_TRAFILATURA
        assert ours["pages/s"] >= FLOOR_SPEEDUP_OVER_TRAFILATURA * table["trafilatura"]["pages/s"]


def _best_seconds(func: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def test_html_speed_bound(benchmark, pages) -> None:
    """The least work a ``clean_html`` of this shape does, per page, against resiliparse's time.

    Three parts, each timed alone (best of 3): selectolax parsing the page; one Python walk that
    reads every text node (finding the article needs at least that); and the HTML text steps run
    on the article's text as ``clean_html`` finds it (the issue asks for the same text pipeline
    after the tree). Their sum leaves out all the tree's cleaning, so it is a floor on
    ``clean_html``'s time per page: when it is above resiliparse's whole time per page, no tuning
    of the tree code reaches resiliparse's speed without making the text steps faster too.
    ``clean_html`` itself is timed the same way, and must not beat the floor.
    """
    from selectolax.lexbor import LexborHTMLParser

    from cleantext.html import HTML_STEPS, clean_html_document

    htmls = [p["html"] for p in pages]
    # Outside the clock: the text the steps see, as clean_html finds it.
    article_texts = [clean_html_document(html).result.original for html in htmls]
    steps = cleantext.Pipeline(HTML_STEPS)
    trees = [LexborHTMLParser(html) for html in htmls]

    def walk_all() -> None:
        for tree in trees:
            for node in tree.root.traverse(include_text=True):
                if node.tag == "-text":
                    node.text_content

    row: dict[str, float] = {}

    def measure() -> None:
        parts = {
            "parse ms/page": _best_seconds(lambda: [LexborHTMLParser(html) for html in htmls]),
            "one text walk ms/page": _best_seconds(walk_all),
            "text steps on the article ms/page": _best_seconds(lambda: [steps.run(text) for text in article_texts]),
        }
        row.update({name: 1000 * seconds / len(htmls) for name, seconds in parts.items()})
        row["bound pages/s"] = len(htmls) / sum(parts.values())
        row["clean_html pages/s"] = len(htmls) / _best_seconds(lambda: [clean_html(html) for html in htmls])
        try:
            resiliparse = _resiliparse()
        except ImportError as exc:
            print(f"resiliparse not measured: {exc} (pip install -e '.[bench]')")
            return
        seconds = _best_seconds(lambda: [resiliparse(html) for html in htmls])
        row["resiliparse ms/page"] = 1000 * seconds / len(htmls)
        row["bound / resiliparse speed"] = row["bound pages/s"] / (len(htmls) / seconds)

    benchmark.pedantic(measure, rounds=1, iterations=1)
    benchmark.extra_info["speed bound"] = {name: round(value, 3) for name, value in row.items()}
    # A floor on clean_html's time is only one if clean_html is no faster than it.
    assert row["clean_html pages/s"] <= row["bound pages/s"] * 1.1


def test_huge_page(benchmark) -> None:
    """A 50 MB page (``CLEANTEXT_BENCH_HTML_MB``; CI uses less) is cleaned whole: nothing is cut
    for size, and the speed is reported."""
    megabytes = int(os.environ.get("CLEANTEXT_BENCH_HTML_MB", "50"))
    unit = "<p>The plan was announced on Monday, officials said, and talks continue.</p><div class='share'>Share</div>"
    html = "<html><body><nav><a href='/'>Home</a></nav><article>" + unit * (megabytes * 1_000_000 // len(unit)) + "</article></body></html>"
    text = benchmark.pedantic(lambda: clean_html(html), rounds=1, iterations=1)
    benchmark.extra_info["page MB"] = megabytes
    benchmark.extra_info["HTML MB/s"] = len(html) / 1e6 / benchmark.stats["mean"]
    assert text.count("\n") + 1 == html.count("<p>")
