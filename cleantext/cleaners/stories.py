"""Drop whole stories that a scraper appended after (or, rarely, before) the one asked for."""

from __future__ import annotations

from typing import Iterator

from ..config import Config
from ..document import Document
from ..registry import register_cleaner
from ..segmenter import segment_lines

RULE_ID = "unrelated_story"


@register_cleaner("unrelated_stories")
def drop_unrelated_stories(doc: Document, config: Config) -> Iterator[tuple[int, str, str]]:
    """Remove every line of the stories that are not the main one.

    Infinite-scroll and live pages run several stories together with nothing between them but a
    change of subject. This step runs the story segmenter (:mod:`cleantext.segmenter`) on the lines
    the earlier steps kept, so widget lines cannot blur the change of subject, and removes the
    stories other than the main one (``Config.stories.main``: the first, by default).

    Example: Sky News' Kosovo "return hubs" article followed by "The Online Safety Act is putting
    free speech at risk ..." and a story on Jeremy Corbyn's new party: everything from the Online
    Safety Act paragraph on goes, each line labelled with the boundary's score.
    """
    kept = doc.kept()
    if not kept:
        return
    opts = config.stories
    segments = segment_lines([text for _, text in kept], main=opts.main, title=opts.title, min_score=opts.min_score)
    if len(segments) < 2:
        return
    for number, segment in enumerate(segments, 1):
        if segment.is_main:
            continue
        reason = f"story {number} of {len(segments)}, unrelated to the main story (boundary score {segment.score:.2f})"
        for position in range(segment.start, segment.end):
            yield kept[position][0], RULE_ID, reason
