"""Remove the blank lines that removals leave side by side.

A widget's lines often stand between blank lines of their own ("Teilen mit:", blank, "Gefällt
mir:", blank, "Liken Lade …", blank). When the lines go and their blank lines stay, the reader gets
a gap of four or five empty lines where the page had one. Of the 884 development pages as text, the
default pipeline left a run of three or more blank lines in 118, though none of the pages had one.

The rule: between two kept lines that are not blank (or an end of the text), the blank lines still
kept form runs that the input separated by removed lines. The longest run stays (the first of
equal ones), as the gap the page had there; the others go. Blank lines next to each other in the
input stay as they were, so a text nothing was removed from passes through untouched.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner

RULE_ID = "blank-run"
REASON = "blank line left beside another gap by removed lines"


@register_cleaner("blank_runs", settles=True)
def drop_blank_runs(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove the blank lines that only removed lines kept apart from other kept blank lines.

    Why: the lines a cleaner removes leave their blank lines behind, and a gap of one blank line
    becomes one of five. The longest run of blank lines the input had in that gap stays, so the
    paragraphs keep the spacing the page gave them.

    >>> from cleantext import Pipeline
    >>> Pipeline(["share_prompts", "blank_runs"]).clean(
    ...     "The council approved the new bridge on Tuesday.\\n\\n"
    ...     "Share this article\\n\\nFollow us on Twitter\\n\\n"
    ...     "Work is due to start in the spring.")
    'The council approved the new bridge on Tuesday.\\n\\nWork is due to start in the spring.'
    """
    removed = doc.removals
    runs: list[list[int]] = []  # the runs of kept blank lines in the current gap
    run: list[int] = []
    for index, line in enumerate(doc.lines):
        if index in removed:
            if run:
                runs.append(run)
                run = []
        elif not line.strip():
            run.append(index)
        else:
            if run:
                runs.append(run)
                run = []
            yield from _extra_runs(runs)
            runs = []
    if run:
        runs.append(run)
    yield from _extra_runs(runs)


def _extra_runs(runs: list[list[int]]) -> Iterator[Mark]:
    """The blank lines of all *runs* of one gap but its longest (the first of equal ones)."""
    if len(runs) < 2:
        return
    kept = max(runs, key=len)
    for run in runs:
        if run is not kept:
            for index in run:
                yield index, RULE_ID, REASON
