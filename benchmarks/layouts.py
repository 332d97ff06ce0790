"""The same text as other scrapers print it: double-spaced, or hard-wrapped at a fixed width.

Extractors and converters differ in layout more than in content: newspaper-style extractors put
a blank line between paragraphs, text-mode browsers and html2text wrap every paragraph at 72-80
columns. A cleaner that reads lines must give the same article from each (see
``bench_quality.py::test_pages_hard_wrapped`` and ``test_articles_in_other_layouts``).
"""

from __future__ import annotations

import textwrap

#: html2text's default body width; lynx and w3m dump at 79-80 columns.
WRAP_WIDTH = 78


def double_spaced(text: str) -> str:
    """*text*'s non-blank lines with one blank line between every two."""
    return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def hard_wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """*text* with every line wrapped at *width*, blank lines kept, as a text-mode browser prints
    a page: greedy, words (URLs) longer than the width left whole."""
    wrap = textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(wrap.fill(line) if line.strip() else "" for line in text.splitlines()) + "\n"
