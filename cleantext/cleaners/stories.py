"""Drop whole stories that a scraper appended after (or, rarely, before) the one asked for."""

from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..document import Document
from ..registry import register_cleaner
from ..segmenter import Segment, segment_lines

RULE_ID = "unrelated_story"
#: On a whole page (the ``boilerplate`` step found page furniture in the text), a main story
#: holding less than this share of what is left, and fewer than MIN_MAIN_PARAGRAPHS_ON_PAGES
#: paragraphs, is taken for what the furniture classifier left of the page's top, not for a
#: story, and nothing is cut. Measured on the development pages as text: snippet F1 0.861 ->
#: 0.868 (recall 0.890 -> 0.905), flat from 0.35 to 0.5; the pages had lost their article after a
#: short first "story" in 41 of the 78 pages cut. Article texts (no furniture found) and the
#: seeds are not affected.
MIN_MAIN_SHARE_ON_PAGES = 0.35
#: ...but a main story of this many paragraphs (lines of PARAGRAPH_CHARS characters or more) is
#: a story, however long what follows it, and a boundary scored SURE_BOUNDARY_ON_PAGES or more is
#: trusted after any lead: a page scraped from an infinite scroll carries its article and then
#: the next one, often longer than the first. On 250 development pages with another site's
#: article appended (benchmarks/bench_quality.py), the share guard alone left 46% of the
#: appended story's paragraphs in; five paragraphs 19%; four 14%; four and the sure boundary 9%
#: (the pages' own snippet F1 0.867 -> 0.872). On the plain development pages it costs snippet
#: F1 0.8911 -> 0.8893 (five paragraphs: 0.8895; the sure boundary alone costs nothing): on a
#: few pages the classifier left a run of teasers long enough to pass for a short story.
#: Paragraphs are counted in characters, so this works for scripts written without spaces.
MIN_MAIN_PARAGRAPHS_ON_PAGES = 4
PARAGRAPH_CHARS = 100
SURE_BOUNDARY_ON_PAGES = 0.95


@register_cleaner("unrelated_stories")
def drop_unrelated_stories(doc: Document, config: Config) -> Iterator[tuple[int, str, str]]:
    """Remove every line of the stories that are not the main one.

    Infinite-scroll and live pages run several stories together with nothing between them but a
    change of subject. This step runs the story segmenter (:mod:`cleantext.segmenter`) on the lines
    the earlier steps kept, so widget lines cannot blur the change of subject, and removes the
    stories other than the main one (``Config.stories.main``: the first, by default).

    On a whole page (the ``boilerplate`` step found furniture in it), a first story holding under
    :data:`MIN_MAIN_SHARE_ON_PAGES` of the text, in fewer than :data:`MIN_MAIN_PARAGRAPHS_ON_PAGES`
    paragraphs, before a boundary scored under :data:`SURE_BOUNDARY_ON_PAGES`, is too unsure a cut,
    and the text stays (with ``main="longest"`` or ``"title"`` the user has said which story to
    keep).

    Example: Sky News' Kosovo "return hubs" article followed by "The Online Safety Act is putting
    free speech at risk ..." and a story on Jeremy Corbyn's new party: everything from the Online
    Safety Act paragraph on goes, each line labelled with the boundary's score.
    """
    kept = doc.kept()
    if not kept:
        return
    opts = config.stories
    segments = segment_lines([text for _, text in kept], main=opts.main, title=opts.title, min_score=opts.min_score)
    if len(segments) < 2 or (opts.main == "first" and _short_lead_of_a_page(doc, kept, segments)):
        return
    for number, segment in enumerate(segments, 1):
        if segment.is_main:
            continue
        reason = f"story {number} of {len(segments)}, unrelated to the main story (boundary score {segment.score:.2f})"
        for position in range(segment.start, segment.end):
            yield kept[position][0], RULE_ID, reason


def _short_lead_of_a_page(doc: Document, kept: list[tuple[int, str]], segments: list[Segment]) -> bool:
    """Whether *doc* was a whole page and its main story holds under
    :data:`MIN_MAIN_SHARE_ON_PAGES` of the kept text in fewer than
    :data:`MIN_MAIN_PARAGRAPHS_ON_PAGES` paragraphs, before a boundary scored under
    :data:`SURE_BOUNDARY_ON_PAGES` (see there): then the cut is too unsure."""
    if not any(removal.cleaner == "boilerplate" for removal in doc.removals.values()):
        return False
    main_index = next(k for k, segment in enumerate(segments) if segment.is_main)
    main = segments[main_index]
    if main_index + 1 < len(segments) and segments[main_index + 1].score >= SURE_BOUNDARY_ON_PAGES:
        return False
    main_lines = [kept[k][1] for k in range(main.start, main.end)]
    if sum(1 for text in main_lines if len(text) >= PARAGRAPH_CHARS) >= MIN_MAIN_PARAGRAPHS_ON_PAGES:
        return False
    total = sum(len(text) for _, text in kept)
    return sum(len(text) for text in main_lines) < MIN_MAIN_SHARE_ON_PAGES * total
