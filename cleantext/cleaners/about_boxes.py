"""Remove the boxes about the site, the blogger or the writer: the heading and the paragraph under it.

Rules: ``cleantext/data/about_boxes.toml``: the headings ("Über uns", "About me", "About the
author", "Autoreninfo", "Über Steffi 1009 Artikel", "Jule Radeck 300 posts", in English, German,
French, Spanish, Italian, Portuguese, Dutch and Polish). The paragraph is the next line that is
still in, when it is prose (MIN_ABOUT_WORDS words or more, ending like a statement): a heading
followed by another short line is a menu entry, left to the ``boilerplate`` and ``menu_labels``
steps, which judge menus whole.

A writer's biography may also stand after the story with no heading at all. It is known by its
first words: the name the byline gave ("By Matthew Humphries" above the story, "Matthew is PCMag's
UK-based editor and news reporter. …" below it). Bylines are found with the ``bylines`` step's
rules (``cleantext/data/bylines.toml``), so a language that has byline rules has this too.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ..config import Config
from ..document import Document
from ..punctuation import QUOTED_FULL_STOPS
from ..registry import Mark, register_cleaner
from ..rules import RuleTable
from ..segmenter import _stopwords
from ._table import family_table
from .bylines import MAX_BYLINE_CHARS

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
#: The ``bylines`` rule whose lines name the writer (its other rules are datelines).
BYLINE_RULE = "byline"
#: A capitalised word of a byline: a writer's given name or surname ("Matthew", "Humphries").
NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}’'-]+")
#: Where a byline's names end and its affiliation, place or date begin: "By Nada Tawfik, BBC News,
#: New York" names Nada Tawfik (and a paragraph "New data on Thursday showed ..." is the story's).
AFTER_NAMES = regex.compile(r"[,;|·•–—(\d]|\s-\s")
#: The first words of a paragraph: capitalised words, then the first word in lower case (the verb:
#: "Matthew is", "Jule Radeck studierte", "Roland Brockmann und Sebastian Drescher waren").
OPENING = regex.compile(r"((?:\p{Lu}[\p{Ll}\p{M}’'-]+\s){1,3})\p{Ll}")


@register_cleaner("about_boxes", takes_rules=True, settles=True)
def drop_about_boxes(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove "Über uns" / "About the author" boxes, and a writer's biography below a byline.

    A box is its heading and the paragraph of prose under it; a biography with no heading is a
    paragraph that opens with the byline's names and a verb.

    Why: blogs and news sites print a description of themselves or of the writer under or beside
    every article ("Seit 50 Jahren sind wir als Knabenchor aktiv. …", "Matthew is PCMag's UK-based
    editor and news reporter. …"). It is prose, so the ``boilerplate`` classifier keeps it, but it
    is the same on every page and not part of the story. Its heading says what it is.

    The step settles (see :func:`~cleantext.registry.register_cleaner`): a heading is judged by the
    line after it, and when a later step removes a short line between the two (a picture credit, a
    menu label), the heading is judged again over its paragraph, as a second cleaning would judge it.

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
    yield from _biographies_after_a_byline(doc, config)


def _biographies_after_a_byline(doc: Document, config: Config) -> Iterator[Mark]:
    """Paragraphs of prose below a byline that open with the byline's names and a verb: "By Jule
    Radeck" ... "Jule Radeck studierte Sportwissenschaften, bevor sie als Volontärin nach Hamburg
    zog. …". Each opening word must be a name of the byline (its capitalised words before any
    affiliation or date) and not a function word of any language ("By The Editors" names no one,
    so "The coverage is hostile ..." stays); a paragraph about someone else with the writer's
    given name goes on with a surname ("John Kerry said ..."), not a verb, and stays. On the
    development pages as text, 9 paragraphs open so, all biographies."""
    bylines = {index for index, _ in _byline_table(family_table("bylines", config)).matching_lines(doc, MAX_BYLINE_CHARS)}
    if not bylines:
        return
    stripped = doc.stripped
    stop = _stopwords()
    # One pass in order: the names of the bylines seen so far, against each paragraph below them
    # (a union, so the work stays linear however many bylines and paragraphs a page has).
    names: set[str] = set()
    for index, _ in doc.kept():
        text = stripped[index]
        if index in bylines:
            people = AFTER_NAMES.split(text, maxsplit=1)[0]
            names.update(word for word in NAME_WORD.findall(people) if word.lower() not in stop)
            continue
        if not names or len(text) > MAX_ABOUT_CHARS or not text.endswith(ABOUT_END):
            continue
        opening = OPENING.match(text)
        if opening is None:
            continue
        words = opening.group(1).split()
        if names.issuperset(words) and len(text.split()) >= MIN_ABOUT_WORDS:
            opening_words = " ".join(words)
            yield index, "byline-biography", f"about box (the writer's biography: opens with {opening_words!r}, the byline's name)"


@lru_cache(maxsize=8)
def _byline_table(table: RuleTable) -> RuleTable:
    """The bylines that name a writer (the rule BYLINE_RULE) as a table of their own: the family's
    other rules are datelines, and one of them (a date alone) would be tried on every short line."""
    return RuleTable(table.family, tuple(rule for rule in table.rules if rule.id == BYLINE_RULE))
