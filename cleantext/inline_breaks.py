"""Text broken at inline elements: sentences split where a link or an emphasis began, read whole.

Scrapers that take a page's text node by node with a newline between every two (BeautifulSoup's
``get_text("\\n")``, with ``strip=True`` or without; lxml's ``itertext()`` joined with newlines)
break a paragraph wherever a link, a ``<b>`` or a ``<span>`` starts or ends::

    Bake it for 40 minutes in a
    preheated oven
    , then let it cool on a
    wire rack
    .

Line by line such a paragraph is a run of short lines without full stops, which is what a menu
is to the ``boilerplate`` classifier, and the widget rules read a fragment, not the sentence. So
before judging, the lines such a break split are read as the line they were (as
:mod:`cleantext.hard_wrap` does for a wrap); the removals then fall on every input line of it, and
the output keeps the input's layout.

Two breaks are taken for inline ones:

- a line that opens with punctuation that only ever follows a word (",", ".", ";", ")", "，",
  "。"): no line of a page's own starts so, so it is joined to the line before wherever it stands;
- in a block (a run of non-blank lines) that holds a line of the first kind, which shows that
  the block was taken node by node, or in the OPENER_REACH lines after a line that ends with an
  article ("Wer sich den Traum vom" / "Neuwagen": no phrase ends with one, see PHRASE_OPENERS):
  a line after one that ends with an article, a comma or an open bracket ("Rost," / "Schüssel,";
  "北京，" / "上海"), and a line that opens with a small letter after one that ends no sentence
  ("in a" / "preheated oven"). A page's own lines go on in small letters too (a teaser's "von
  KB_Redaktion" under its headline, a menu in lower case), and joined they read as prose: joined
  wherever a line ends no sentence, the development pages as scraped lost 0.0012 of snippet F1.

In a loosely spaced text (:mod:`cleantext.loose_spacing`), one more: a line that ends with a
space or a tab before a line that opens with neither ("and the bridge should open to " /
"cyclists"). ``get_text("\\n")`` writes a text node as it stands, and a node that ends with a space
is one that an inline element follows on the same line of the page; between two blocks it writes
the source's newlines, blank lines. On the development pages through get_text("\\n") snippet F1
0.8716 -> 0.8793, 17 of 884 change when cleaned again (12: a cleaned page that is no longer loosely
spaced is read without these joins). In any text the same rule costs plain get_text() (no
separator, whose lines end where the source's lines end, spaces and all) 0.0017 and an article
extraction two "with" snippets; a line that opens with a space joined too: 0.8672, more menus kept.

The evidence is the block's, not the text's: a text-wide count of such lines changes when the
furniture that held them goes, and a text judged with the joins the first time and without them
the second did not clean to the same text twice (51 of the 884 development pages through
get_text("\n") against 15 before; 10 now). Nor the few lines around a mark (2, 4 or 8 on either
side): on the pages with strip=True, one block a page, snippet F1 0.8561-0.8612 against 0.8665
(before the articles were read).

On the development pages' HTML through BeautifulSoup's get_text("\n"), snippet F1 0.8371 ->
0.8633 when these joins were made (0.8441 with marks only, 0.8522 before the articles were read);
with strip=True 0.8464 -> 0.8736; plain get_text(), whose breaks carry no marks, 0.8385 -> 0.8399.
The pages as scraped 0.9153 -> 0.9155, without blank lines 0.8983 -> 0.8992, articles kept
97.20% -> 97.24%; inscriptis's and resiliparse's text 0.0001-0.0002 better, Markdown unchanged
(it is read as Markdown). (The classifier's position feature changed after: the benchmark's
figure for get_text("\n") is 0.8601, against 0.8287 on the code before both.) The pipeline keeps
the lines its widget tables remove apart (see :meth:`cleantext.Pipeline._widget_lines`), at the
cost of running those tables twice on a text with joins (116 of the 884 pages as scraped have
one: a line that opens with a comma).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from .hard_wrap import Unwrapped
from .punctuation import AFTER_SENTENCE

__all__ = ["joined_at_inline_breaks"]

#: A line that opens with punctuation that closes or continues what came before it, never opens a
#: line of its own. Not quotation marks: German opens with » and Swedish with ”. Not a dash, which
#: opens list items. Not "]", which closes a Markdown link's text whose target follows ("](/news)",
#: a teaser card's last line). A full stop, colon or semicolon right before a letter or digit
#: opens code, not prose (".article-body {", ":root", ".NET", ".5").
OPENS_WITH_FOLLOWING_MARK = regex.compile(r"[ \t]*(?:[,)%，。、；：！？）」』]|[.:;!?](?![\p{L}\p{N}_#-]))")
#: Code (style rules, a script's braces) is never joined: a prose line before ".x { color: red }"
#: would go with it as script residue.
CODE = regex.compile(r"[{}]")
#: A line that opens with a small letter (scripts without case never do: they are joined at marks
#: only).
OPENS_SMALL = regex.compile(r"[ \t]*\p{Ll}")
#: A line that ends in a comma or an open bracket: what follows goes on, whatever its case
#: ("Rost," / "Schüssel,", a German noun; "北京，" / "上海", a script without case).
ENDS_OPEN = regex.compile(r"[,，、(（\[][ \t]*$")
#: Articles, and prepositions merged with one ("vom", "au", "della"), in the languages of the
#: widget tables: a phrase never ends with one, so a line that does was broken before its noun
#: ("Wer sich den Traum vom" / "Neuwagen", at a link). Lower case only: "Plan A", "Vitamin D".
#: Not the ones that end sentences in another language: "an" (German "Melden Sie sich an"), "da"
#: ("Der Frühling ist da"), "do" and "no" (English), "uno" ("cada uno"). English "die" and "den"
#: are kept, measured with them: without them the pages through get_text("\n") scored 0.8608
#: against 0.8623.
PHRASE_OPENERS = (
    "the a",  # en
    "der die das den dem des ein eine einen einem einer eines vom zum zur im am",  # de
    "le la les un une des du au aux",  # fr
    "el los las un una del al",  # es
    "il lo gli la le un una della dello degli del al nel",  # it
    "o os a as um uma dos das na",  # pt
    "de het een",  # nl
)
#: How many lines after a line that ends with an article are read as taken node by node. A
#: mark is evidence for its whole block; an article, for the lines after it only: a page without
#: blank lines is one block, and read whole for one such line, 52 of the development pages
#: without blank lines changed and snippet F1 fell 0.8986 -> 0.8982 (reaching 1, 3, 6 or 10
#: lines: 0.8983, 0.8985, 0.8987, 0.8987; through get_text("\n") 0.8594, 0.8616, 0.8629, 0.8632).
OPENER_REACH = 6
#: The words of PHRASE_OPENERS, looked up as a line's last word.
OPENERS = frozenset(word for words in PHRASE_OPENERS for word in words.split())
#: Unicode's whitespace, as the regex engine reads it (str.isspace also takes the separators
#: U+001C-U+001F).
WHITESPACE = regex.compile(r"\s")
#: Characters of scripts written without spaces, and their punctuation: no space is put between
#: two lines joined at one of them.
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}，。、；：！？（）「」『』]")
#: A line that ends a sentence, or announces what follows (":"): the next line starts anew.
ENDS_SENTENCE = regex.compile(rf"[.!?:。！？…]{AFTER_SENTENCE}[ \t]*$")


def ends_with_opener(line: str) -> bool:
    """Whether *line* holds two words or more (split at spaces and tabs) and its last is one of
    PHRASE_OPENERS: "Wer sich den Traum vom", not "vom" alone nor "Plan A".

    A look at the line's last word, not a regex searched over the line: a pattern anchored at the
    end is still tried from every word of it, and most lines are paragraphs; asked of every line
    of a block without a following mark, that search was half the time the pipeline spent on a
    text before its first step.

    >>> ends_with_opener("Wer sich den Traum vom "), ends_with_opener("vom"), ends_with_opener("Plan A")
    (True, False, False)
    """
    body = line.rstrip(" \t")
    space = max(body.rfind(" "), body.rfind("\t"))
    if space <= 0 or body[space + 1 :] not in OPENERS:
        return False
    # The word before must be a word: the spaces and tabs before the last one follow a character
    # that is none (a no-break space before them is not one).
    before = body[:space].rstrip(" \t")
    return bool(before) and WHITESPACE.match(before[-1]) is None


def joined_at_inline_breaks(kept: Sequence[tuple[int, str]], alone: Collection[int] = (), after_trailing_space: bool = False) -> Unwrapped:
    """Lines *kept* (``(index, text)``) as :class:`~cleantext.hard_wrap.Unwrapped`, with the lines
    an inline break split joined again (see the module's docstring); ``continued`` is empty when
    there are none. The lines whose index is in *alone* are joined to none (the pipeline gives
    those its widget tables remove: a notice stays a notice). With *after_trailing_space* (a
    loosely spaced text's lines), a line that ends with a space or a tab goes on on the next, when
    that opens with neither. Linear in the text.

    >>> text = ["Home", "Recipes", "Bake it in a", "preheated oven", ",", "then cool it on a", "wire rack", "."]
    >>> view = joined_at_inline_breaks(list(enumerate(text)))
    >>> view.lines
    [(0, 'Home'), (1, 'Recipes'), (2, 'Bake it in a preheated oven, then cool it on a wire rack.')]
    >>> view.input_lines(2)
    (2, 3, 4, 5, 6, 7)
    """
    # Which lines stand in a block (a run of non-blank lines) that holds a line opening with a
    # following mark: a paragraph taken node by node.
    marks = [OPENS_WITH_FOLLOWING_MARK.match(line) is not None for _, line in kept]
    node_by_node = [False] * len(kept)
    start = 0
    for end in range(len(kept) + 1):
        if end == len(kept) or not kept[end][1].strip():
            if any(marks[start:end]):
                node_by_node[start:end] = [True] * (end - start)
            else:
                for k in range(start, end - 1):
                    if ends_with_opener(kept[k][1]):
                        hi = min(end, k + OPENER_REACH + 1)
                        node_by_node[k:hi] = [True] * (hi - k)
            start = end + 1
    # Each judged line as its first input line and its parts, joined once at the end: a text of
    # many breaks in a row must not be copied again at each of them (linear time).
    groups: list[tuple[int, list[str]]] = []
    tails: dict[int, list[int]] = {}
    # The position in groups of the last group that does not open with a line alone.
    last_open = -1
    for position, (index, line) in enumerate(kept):
        # Most lines open with no mark, outside a block taken node by node: nothing joins them to
        # the line before (every test below needs one of these), and asking costs more than the
        # rest of the function.
        if after_trailing_space or marks[position] or node_by_node[position]:
            # A group that opens with a line alone is never joined onto, so its first line is the
            # one to ask. Lines alone are passed over: once a widget table has removed them, the
            # line after them stands under the one before them, and so it is read now (cleaned
            # again, a text must read as it did: "minister." / notice / ":" went on as
            # "minister.:" only the second time).
            target = groups[-1] if groups and groups[-1][0] not in alone else (groups[last_open] if last_open >= 0 else None)
            if target is not None and line.strip() and target[1][-1].strip() and CODE.search(line) is None and index not in alone:
                first, parts = target
                last = parts[-1]
                after_space = after_trailing_space and last[-1] in " \t" and line[0] not in " \t"
                mark = not after_space and marks[position]
                if after_space or mark or (node_by_node[position] and (ENDS_OPEN.search(last) or ends_with_opener(last) or (OPENS_SMALL.match(line) and not ENDS_SENTENCE.search(last)))):
                    parts[-1] = last = last.rstrip()
                    body = line.strip()
                    # A mark goes on the word before it; a word goes on after a space, but not
                    # in a script written without spaces.
                    parts.append(body if mark or UNSPACED.match(last[-1]) or UNSPACED.match(body) else " " + body)
                    tails.setdefault(first, []).append(index)
                    continue
        groups.append((index, [line]))
        if index not in alone:
            last_open = len(groups) - 1
    return Unwrapped([(first, "".join(parts)) for first, parts in groups], {first: tuple(tail) for first, tail in tails.items()})
