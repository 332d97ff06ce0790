"""Remove the boxes about the site, the blogger or the writer: the heading and the paragraph under it.

Rules: ``cleantext/data/about_boxes.toml``: the headings ("Über uns", "About me", "About the
author", "Autoreninfo", "Über Steffi 1009 Artikel", in English, German, French, Spanish, Italian,
Portuguese, Dutch and Polish). The paragraph is the next line that is still in, when it is prose
(MIN_ABOUT_WORDS words or more, ending like a statement): a heading followed by another short line
is a menu entry, left to the ``boilerplate`` and ``menu_labels`` steps, which judge menus whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..punctuation import QUOTED_FULL_STOPS
from ..registry import Mark, register_cleaner
from ._table import family_table

#: Longest heading tested.
MAX_ABOUT_HEADING_CHARS = 80
#: The paragraph under the heading: prose of this many words or more, ending like a statement
#: (ABOUT_END: not a question, which is more often the next article's headline, "Wie spreche ich
#: mit meiner Tochter über ihre Pubertät?", and not a run of menu entries)...
MIN_ABOUT_WORDS = 12
ABOUT_END = (".", "!", "…", ".)", "!)", *QUOTED_FULL_STOPS)
#: ...and at most this long (a site's or writer's description is a paragraph, not a story).
MAX_ABOUT_CHARS = 1200
#: Under a heading that names the writer's box ("About the author", "Autoreninfo": the rule
#: "about-the-author"), the paragraph may end as it likes, but for a question or a colon: sites
#: cut a biography short ("... war viele Jahre Korrespondent in Russland", cicero.de). "Über
#: uns" may head a menu's entries, which end in no full stop either, so the other headings keep
#: the ending test.
ANY_END_RULES = frozenset({"about-the-author"})


@register_cleaner("about_boxes", takes_rules=True)
def drop_about_boxes(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove "Über uns" / "About the author" boxes: the heading and the paragraph of prose under it.

    Why: blogs and news sites print a description of themselves or of the writer under or beside
    every article ("Seit 50 Jahren sind wir als Knabenchor aktiv. …", "Matthew is PCMag's UK-based
    editor and news reporter. …"). It is prose, so the ``boilerplate`` classifier keeps it, but it
    is the same on every page and not part of the story. Its heading says what it is.

    >>> from cleantext import Pipeline
    >>> Pipeline(["about_boxes"]).clean(
    ...     "The council approved the new bridge on Tuesday.\\n"
    ...     "About the author\\n"
    ...     "Jane Smith has covered local politics for the Herald since 2009 and lives in the city.\\n"
    ...     "Comments")
    'The council approved the new bridge on Tuesday.\\nComments'
    """
    table = family_table("about_boxes", config)
    kept = doc.kept()
    stripped = doc.stripped
    position = {index: k for k, (index, _) in enumerate(kept)}
    for index, rule in table.matching_lines(doc, MAX_ABOUT_HEADING_CHARS):
        k = position[index] + 1
        while k < len(kept) and not stripped[kept[k][0]]:
            k += 1
        if k == len(kept):
            continue
        paragraph_index = kept[k][0]
        text = stripped[paragraph_index]
        ends_as_it_may = rule.id in ANY_END_RULES and not text.endswith(("?", ":"))
        if len(text) <= MAX_ABOUT_CHARS and (text.endswith(ABOUT_END) or ends_as_it_may) and len(text.split()) >= MIN_ABOUT_WORDS:
            yield index, rule.id, rule.reason
            yield paragraph_index, rule.id, f"{rule.reason}: the paragraph under {stripped[index]!r}"
