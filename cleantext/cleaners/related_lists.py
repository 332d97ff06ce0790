"""Remove the list of links under a related-links header that ``related_links`` removed.

A "Mehr zum Thema", "Related stories" or "Leggi anche:" header stands over a list of headlines of
other articles. ``related_links`` removes the header, a line it can judge alone; this step removes
the headlines after it: the run of lines that look like headlines (LIST_ITEM_MAX_WORDS words at most,
no sentence end, no second sentence inside, not a measured ingredient), up to MAX_LIST_ITEMS of
them, blank lines and lines other steps removed skipped. The first line that ends like a sentence,
or is longer, ends the list: a story that goes on after the box keeps its paragraphs.

It runs after ``boilerplate``, which judges a list of links by its run of short lines and must see
the run whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..config import Config
from ..document import Document
from ..measure_lists import opens_with_measure
from ..punctuation import AFTER_SENTENCE
from ..registry import Mark, register_cleaner
from .boilerplate import leaves_too_little

#: The related_links rules whose lines head a list: its headers, and "More on this story" / "Mehr
#: zu diesem Thema" (more-on-topic), which head a list of headlines as often as "Related
#: stories" does (on the development pages: 15 lines on 9 pages, none a "with" snippet; in one
#: extraction a roundup's heading, "Idle Hour" under "More on Idle Hour's decision", went too).
#: Not the promo lines with their own headline, nor navigation links or breadcrumbs.
HEADER_RULE_PREFIX = ("related-header", "more-on-topic")
#: A headline: at most this many words...
LIST_ITEM_MAX_WORDS = 20
LIST_ITEM_MIN_WORDS = 2
LIST_ITEM_MAX_CHARS = 160
#: A headline in Chinese or Japanese has no spaces to count words by: this many characters.
LIST_ITEM_MIN_CJK_CHARS = 4
LIST_ITEM_MAX_CJK_CHARS = 40
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: ...and not ending like a sentence or a label (a question may be a headline).
SENTENCE_OR_LABEL_END = regex.compile(rf"[.!:;,…。！：；，]{AFTER_SENTENCE}$")
#: ...nor holding a sentence's end followed by another sentence. A question mark inside is a
#: headline's ("Do masks offer protection from new coronavirus? It depends"); on the development
#: pages the lists it had ended early kept four headlines (one a "without" snippet), and no list
#: ran on into a story.
SENTENCE_INSIDE = regex.compile(rf"[.!…]{AFTER_SENTENCE}\s\p{{Lu}}")
#: A list item's number ("1. Senate passes spending bill", "2) ..."): a "Most read" list is often
#: numbered, and the number's full stop ends no sentence.
ITEM_NUMBER = regex.compile(r"\d{1,2}[.)]\s")
#: The longest list taken.
MAX_LIST_ITEMS = 10


def _is_list_item(line: str) -> bool:
    words = line.split(None, LIST_ITEM_MAX_WORDS)
    number = ITEM_NUMBER.match(line)
    if len(words) < LIST_ITEM_MIN_WORDS and CJK.search(line) is not None:
        # "两会时间：政府工作报告解读": one "word" to the split, a headline by its characters.
        wordy = LIST_ITEM_MIN_CJK_CHARS <= len(line) <= LIST_ITEM_MAX_CJK_CHARS
    else:
        wordy = LIST_ITEM_MIN_WORDS <= len(words) <= LIST_ITEM_MAX_WORDS
    return (
        wordy
        and len(line) <= LIST_ITEM_MAX_CHARS
        and SENTENCE_OR_LABEL_END.search(line) is None
        # "350 g Zucker": a recipe's ingredients after a "weiterlesen" are no headlines.
        and not opens_with_measure(line)
        # Two sentences are dialogue or prose ("Öh, glaub ja. Weshalb?"), not one headline.
        and SENTENCE_INSIDE.search(line, number.end() if number else 0) is None
    )


@register_cleaner("related_lists")
def drop_related_lists(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove the headlines listed under a related-links header ("Mehr zum Thema", "Related stories").

    Why: the header alone says what follows; the list it heads is links to other articles, whose
    headlines read as stray lines of the story. On a whole page the ``boilerplate`` step removes
    most such lists; in an article text, or beside the article on a page, the list stays. A list
    that is all the text has left stays too (see ``leaves_too_little`` in the boilerplate step).

    >>> from cleantext import Pipeline
    >>> Pipeline(["related_links", "related_lists"]).clean(
    ...     "The council approved the new bridge on Tuesday.\\n"
    ...     "Related stories\\n"
    ...     "Floods close the old river crossing\\n"
    ...     "Residents vote on the new town plan\\n"
    ...     "Work is due to start in the spring.")
    'The council approved the new bridge on Tuesday.\\nWork is due to start in the spring.'
    """
    headers = sorted(r.line for r in doc.removals.values() if r.cleaner == "related_links" and r.rule.startswith(HEADER_RULE_PREFIX))
    stripped = doc.stripped
    taken: set[int] = set()
    marks: list[Mark] = []
    for header in headers:
        items = 0
        # The lines after the header, blank lines and lines other steps removed skipped (the
        # boilerplate step often takes some of a list's items and leaves others). But a run of
        # MAX_LIST_ITEMS removed lines in a row is a whole list or menu the classifier took, and
        # ends the list: the page's headline after it is no item of a "Últimas noticias" above it
        # (prensalibre.com, with another story appended, lost its headline so).
        removed_run = 0
        for index in range(header + 1, min(len(doc.lines), header + 1 + 3 * MAX_LIST_ITEMS)):
            text = stripped[index]
            if not text:
                continue
            if doc.is_removed(index):
                removed_run += 1
                if removed_run >= MAX_LIST_ITEMS:
                    break
                continue
            removed_run = 0
            if items == MAX_LIST_ITEMS or index in taken or not _is_list_item(text):
                break
            taken.add(index)
            items += 1
            marks.append((index, "related-list-item", f"related link (listed under {stripped[header][:60]!r})"))
    # A list that is all the steps before left of the text stays: a text comes out whole rather
    # than empty, as the boilerplate step keeps a page's last lines (on a blog page scraped without
    # blank lines, nurmeinstandpunkt.wordpress.com, it had left two lines of such a list).
    if leaves_too_little(doc.kept(), marks):
        return
    yield from marks
