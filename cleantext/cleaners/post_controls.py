"""Remove what social sites, forums, Q&A sites and video pages print around a post: its toolbar,
its controls and its details.

Rules: ``cleantext/data/post_controls.toml``: the toolbar's buttons per language ("Like",
"Comment", "Reply", "Report", "Save", "Repost", "Gefällt mir", "Antworten", "J'aime", "Responder",
"Нравится", "いいね", "赞", "좋아요", …) and the counts beside them ("12", "1.2K", "34 comments"); the
controls no sentence or heading is made of ("Share Improve this answer Follow", "Translate post",
"Report this post", "Quote Tweet", "Sort by: best", "r/news"); and the post's details ("Join
Date: Mar 2012", "Posts: 1,234", "answered Mar 5, 2019 at 14:22", "Originally Posted by
janedoe", "Posted by u/jane_doe 3 years ago", "Replying to @janedoe").

A toolbar comes one button a line:

    Like
    Comment
    Repost
    Send

One such word alone proves nothing ("Support", "Love" or "Save" may head a section or be a line of
dialogue), so a button goes only in a row of MIN_BUTTONS or more, MIN_KEPT_BUTTONS of them still in
the text. The row passes over blank lines and the counts beside the buttons, and counts the lines
a widget table removed among them ("Share" goes with share_prompts, and is still the same row's
button); the lines other steps removed are passed over. A count at either end of a row is left
alone: a figure may close the paragraph before it. The controls and details go wherever they
stand. The step runs after ``boilerplate``, which judges a page's toolbars, user cards and menus by
their run of short lines and must see them whole: taken before it, a Q&A page's "Improve this
answer" lines left its user cards ("710 4 4 silver badges 16 16 bronze badges") looking like
text.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, get_step, register_cleaner
from ._table import family_table

#: A toolbar has at least this many buttons in a row: two ("Like", "Share") may be a heading and a
#: word, three single-word lines of this vocabulary in a row are not prose.
MIN_BUTTONS = 3
#: ...and at least this many of them still in the text: one word beside two lines a widget table
#: removed may be the heading of what follows them.
MIN_KEPT_BUTTONS = 2
#: Longest line tested at all. A post's controls and details are short: the longest phrase has 34
#: characters, and the details' rule tries lines of 80 at most (its own max_chars).
MAX_LINE_CHARS = 300
#: The rules whose lines go only in a row: the buttons (their ids open so) and the counts.
BUTTON_RULE_PREFIX = "button-word"
COUNT_RULE_ID = "button-count"
ROW_RULE_ID = "button-row"


def _rows(doc: Document, kinds: dict[int, str]) -> Iterator[list[int]]:
    """The rows of MIN_BUTTONS or more buttons: the kept lines of each (buttons and the counts
    between them). *kinds* says of each line that matched a rule whether it is a "button", a
    "count" or a "control" (a line this step takes alone, such as "Kommentieren"); a control and a
    line a widget table removed are buttons of the row that are taken already, blank lines and the
    lines other steps removed are passed over, and any other line ends the row."""
    removed = doc.removals
    row: list[tuple[int, str]] = []
    for index, text in enumerate(doc.stripped):
        if index in removed:
            if get_step(removed[index].cleaner).judges_lines_alone:
                row.append((index, "widget"))
            continue
        if not text:
            continue
        kind = kinds.get(index)
        if kind is not None:
            row.append((index, kind))
            continue
        yield from _taken(row)
        row = []
    yield from _taken(row)


def _taken(row: list[tuple[int, str]]) -> Iterator[list[int]]:
    """The kept lines of *row* when it holds MIN_BUTTONS buttons, MIN_KEPT_BUTTONS of them still in
    the text, its counts at either end left."""
    if sum(1 for _, kind in row if kind != "count") < MIN_BUTTONS or sum(1 for _, kind in row if kind == "button") < MIN_KEPT_BUTTONS:
        return
    while row and row[0][1] == "count":
        row = row[1:]
    while row and row[-1][1] == "count":
        row = row[:-1]
    yield [index for index, kind in row if kind in ("button", "count")]


@register_cleaner("post_controls", takes_rules=True, settles=True)
def drop_post_controls(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove a post's toolbar, controls and details: "Like" / "Comment" / "Repost" / "Send",
    "Share Improve this answer Follow", "answered Mar 5, 2019 at 14:22", "Join Date: Mar 2012".

    Why: what a social site, a forum, a Q&A site or a video page prints around a post is its
    buttons and its metadata, not text. A toolbar's words alone may be a heading or dialogue, a row
    of them is not (see the module's docstring).

    >>> from cleantext import Pipeline
    >>> Pipeline(["post_controls"]).clean(
    ...     "Support\\n"
    ...     "Our customers asked for it for years, and today we opened the new office in Leeds.\\n"
    ...     "Like\\n"
    ...     "Comment\\n"
    ...     "Repost\\n"
    ...     "Send\\n"
    ...     "answered Mar 5, 2019 at 14:22\\n"
    ...     "Thank you to everyone who helped us get here.")
    'Support\\nOur customers asked for it for years, and today we opened the new office in Leeds.\\nThank you to everyone who helped us get here.'
    """
    kinds: dict[int, str] = {}
    for index, rule in family_table("post_controls", config).matching_lines(doc, MAX_LINE_CHARS):
        if rule.id == COUNT_RULE_ID:
            kinds[index] = "count"
        elif rule.id.startswith(BUTTON_RULE_PREFIX):
            kinds[index] = "button"
        else:
            kinds[index] = "control"
            yield index, rule.id, rule.reason
    if "button" not in kinds.values():
        return
    for row in _rows(doc, kinds):
        names = [doc.stripped[index] for index in row if kinds[index] == "button"]
        shown = ", ".join(f"'{name}'" for name in names[:3]) + (", …" if len(names) > 3 else "")
        reason = f"toolbar buttons (a row of {len(row)} lines: {shown})"
        for index in row:
            yield index, (COUNT_RULE_ID if kinds[index] == "count" else ROW_RULE_ID), reason
