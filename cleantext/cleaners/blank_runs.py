"""Remove the blank lines that removals leave side by side.

A widget's lines often stand between blank lines of their own ("Teilen mit:", blank, "Gefällt
mir:", blank, "Liken Lade …", blank). When the lines go and their blank lines stay, the reader gets
a gap of four or five empty lines where the page had one. Of the 884 development pages as text, the
default pipeline left a run of three or more blank lines in 118, though none of the pages had one.

The rule: between two kept lines that are not blank, the blank lines still kept form runs that the
input separated by removed lines. The longest run stays (the first of equal ones), as the gap the
page had there; the others go. Before the first kept line and after the last, only the blank lines
the text itself opened or ended with stay: 521 of the 884 development pages came out opening with
the blank line that had stood under their removed menu. Blank lines next to each other in the
input stay as they were, so a text nothing was removed from passes through untouched.

It is a layout step (see :func:`~cleantext.registry.register_cleaner`): it runs once, after the
other steps have settled, and the page classifier does not judge the page again for the blank
lines it removes. When it did (as a settling step), the classifier's position features moved with
the missing blank lines, and on three development pages it then took lines of the article (page
snippet F1 0.9133 -> 0.9122; as a layout step, unchanged).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner

RULE_ID = "blank-run"
REASON = "blank line that removed lines left beside another gap or at an end of the text"


@register_cleaner("blank_runs", layout=True)
def drop_blank_runs(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove the blank lines that removals leave side by side or at an end of the text.

    What: the blank lines that only removed lines kept apart from other kept blank lines, and
    those that removed lines left at the start or the end of the text.

    Why: the lines a cleaner removes leave their blank lines behind, and a gap of one blank line
    becomes one of five, or the article opens with the blank line that stood under the menu. The
    longest run of blank lines the input had in each gap stays, so the paragraphs keep the spacing
    the page gave them.

    >>> from cleantext import Pipeline
    >>> Pipeline(["share_prompts", "blank_runs"]).clean(
    ...     "The council approved the new bridge on Tuesday.\\n\\n"
    ...     "Share this article\\n\\nFollow us on Twitter\\n\\n"
    ...     "Work is due to start in the spring.")
    'The council approved the new bridge on Tuesday.\\n\\nWork is due to start in the spring.'
    """
    removed = doc.removals
    runs: list[list[int]] = []  # the runs of kept blank lines in the current gap
    in_run = False  # whether the line before was a kept blank line
    leading = True  # no kept line with text yet: the gap is the text's start
    for index, text in enumerate(doc.stripped):
        if index in removed:
            in_run = False
        elif not text:
            if not in_run:
                runs.append([])
                in_run = True
            runs[-1].append(index)
        else:
            yield from _at_start(runs) if leading else _extra_runs(runs)
            runs, in_run, leading = [], False, False
    # A text with no kept line left is all start: only the blank lines it opened with stay.
    yield from _at_start(runs) if leading else _at_end(runs, len(doc.lines))


def _extra_runs(runs: list[list[int]]) -> Iterator[Mark]:
    """The blank lines of all *runs* of one gap but its longest (the first of equal ones)."""
    if len(runs) < 2:
        return
    kept = max(runs, key=len)
    yield from _marks(run for run in runs if run is not kept)


def _at_start(runs: list[list[int]]) -> Iterator[Mark]:
    """The blank lines of the gap before the first kept line but those the text opened with:
    a page whose menu went would otherwise open with the blank line under the menu."""
    yield from _marks(run for run in runs if run[0] != 0)


def _at_end(runs: list[list[int]], n_lines: int) -> Iterator[Mark]:
    """The blank lines of the gap after the last kept line but those the text ended with."""
    yield from _marks(run for run in runs if run[-1] != n_lines - 1)


def _marks(runs: Iterable[list[int]]) -> Iterator[Mark]:
    for run in runs:
        for index in run:
            yield index, RULE_ID, REASON
