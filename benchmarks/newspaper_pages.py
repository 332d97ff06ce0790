"""newspaper4k's test pages: news pages in a dozen languages, each with the article text that
newspaper extracts from it and its tests expect.

The development pages hold no Thai, Burmese, Arabic or Korean page and four Chinese and Japanese
ones; these 23 pages (Arabic, Burmese, Chinese, Japanese, Korean, Latvian, Spanish, Thai and
English, from CNN, BBC, Nikkei, Prachatai, Yonhap and others) are a check on sites and scripts
the classifier was not fitted on. They belong to their publishers and are read for evaluation
only: from newspaper4k's source distribution on PyPI (MIT), downloaded once into
``benchmarks/.cache/`` (not in git) and never copied into the project.

Scoring is by lines, as a reader would judge them, and works in every script: a line of the
output (of 15 characters or more, spaces aside) is right when the expected article holds it; an
expected line is found when the output holds it. Each is weighted by its characters.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
from pathlib import Path

#: The pinned source distribution: its test data does not change under us.
NEWSPAPER_SDIST = "newspaper4k==0.9.6"
CACHE = Path(__file__).resolve().parent / ".cache"
DATA = CACHE / "newspaper4k-0.9.6" / "tests" / "data"
#: Shorter lines (a date, a one-word heading) say little about which text is right.
MIN_LINE_CHARS = 15
_SPACES = re.compile(r"\s+")


def newspaper_pages() -> list[dict[str, str]]:
    """Every test page that has an expected text, as ``name``, ``html`` and ``article``; downloads
    the source distribution first when it is not in the cache. Raises OSError or
    subprocess.CalledProcessError when it cannot be had (no network, no pip)."""
    if not DATA.exists():
        _download()
    pages = []
    for html in sorted((DATA / "html").glob("*.html")):
        expected = DATA / "txt" / f"{html.stem}.txt"
        if expected.exists():
            pages.append(
                {
                    "name": html.stem,
                    "html": html.read_text(encoding="utf-8", errors="replace"),
                    "article": expected.read_text(encoding="utf-8"),
                }
            )
    if not pages:
        raise OSError(f"no test pages with expected texts under {DATA}")
    return pages


def _download() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", NEWSPAPER_SDIST, "-d", str(CACHE)],
        check=True,
        timeout=300,
    )
    archive = next(CACHE.glob("newspaper4k-0.9.6.tar.gz"))
    with tarfile.open(archive) as tar:
        # Plain files under the two test-data folders, and no name that climbs out of them.
        members = [
            m
            for m in tar.getmembers()
            if m.isfile() and m.name.startswith(("newspaper4k-0.9.6/tests/data/html/", "newspaper4k-0.9.6/tests/data/txt/")) and ".." not in m.name.split("/")
        ]
        # The "data" filter (Python 3.11.4+, and the 3.10 security releases) refuses links and
        # absolute paths besides.
        safety = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(CACHE, members=members, **safety)


def line_scores(output: str, expected: str) -> tuple[float, float]:
    """The precision and recall of *output* against *expected*, by lines (see the module's
    docstring).

    >>> line_scores("Share this on Facebook now\\nThe article's first line.", "The article's first line.\\nIts second line, not kept.")
    (0.5, 0.5)
    """
    output_lines = _scored_lines(output)
    expected_lines = _scored_lines(expected)
    flat_output, flat_expected = "".join(output_lines), "".join(expected_lines)
    right = sum(len(line) for line in output_lines if line in flat_expected)
    found = sum(len(line) for line in expected_lines if line in flat_output)
    precision = right / max(1, sum(len(line) for line in output_lines))
    recall = found / max(1, sum(len(line) for line in expected_lines))
    return precision, recall


def _scored_lines(text: str) -> list[str]:
    """The lines of *text* without their spaces, of MIN_LINE_CHARS characters or more."""
    lines = (_SPACES.sub("", line) for line in text.splitlines())
    return [line for line in lines if len(line) >= MIN_LINE_CHARS]
