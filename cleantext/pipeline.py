"""The pipeline: an ordered list of named steps, run over one document.

>>> from cleantext import Pipeline
>>> Pipeline.default().steps[:3]
('site_template', 'server_errors', 'player_notices')
>>> Pipeline(["video_cards"]).clean("Story.\\n1:30\\nMore story.")
'Story.\\nMore story.'
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Mapping

from .budget import time_budget
from .config import Config
from .document import Document, Removal, Result, build_result
from .hard_wrap import Unwrapped, unwrapped, wrap_width
from .inline_breaks import joined_at_inline_breaks
from .list_markers import is_marked_list_layout, unmarked_line
from .loose_spacing import loosely_spaced, with_blank_lines, without_blank_lines
from .markdown_syntax import first_h1, heading_underlines, is_markdown, paragraph_view, plain_line, quote_syntax_lines, table_syntax_rows
from .registry import Step, get_step
from .rules import RuleSet, load_rules

__all__ = ["Pipeline", "DEFAULT_STEPS"]

#: The default order. Line-level furniture goes first, so that the story segmenter judges the text
#: without it; the segmenter runs on what is left, and ``blank_runs`` last, on the gaps every
#: removal left. The widget families (share prompts to disclaimers) run after aggregator_tail, which
#: needs to see share bars, comment forms and tag lines as evidence of a tail.
#: ``run_on_menus``, ``related_lists``, ``menu_labels`` and ``post_controls`` run after ``boilerplate``,
#: which judges a menu, a toolbar or a list of links by its run of short lines and must see the run whole; ``teaser_cards``
#: too, which takes the teasers the classifier left (taken before it, their headlines stayed).
#: ``bylines`` is registered but not here: a byline is metadata that many users keep.
#: ``site_template`` comes first and does nothing unless ``Config.site_template`` holds a template;
#: ``server_errors`` next, as a server's messages can run to hundreds of lines above the page, and
#: ``script_residue`` after ``player_notices`` (whose video notices keep their own reason), as a
#: page's scripts can fill as many.
DEFAULT_STEPS: tuple[str, ...] = (
    "site_template",
    "server_errors",
    "player_notices",
    "script_residue",
    "video_cards",
    "about_boxes",
    "link_cards",
    "related_links",
    "captions",
    "aggregator_tail",
    "share_prompts",
    "newsletter_signups",
    "ad_labels",
    "cookie_notices",
    "reading_time",
    "social_embeds",
    "read_more",
    "paywalls",
    "comment_forms",
    "tag_lists",
    "disclaimers",
    "boilerplate",
    "teaser_cards",
    "run_on_menus",
    "related_lists",
    "menu_labels",
    "post_controls",
    "recent_comments",
    "unrelated_stories",
    "blank_runs",
)


#: How many times the settling steps may run again after the rest (each pass is linear in the text).
MAX_SETTLE_PASSES = 3
#: Pipelines that run this many rule families or more have each document scanned once for the
#: needed strings of all of them (see :mod:`cleantext.needed_strings`); with fewer, each family
#: looks for its own strings only (see SCAN_MIN_STRINGS in :mod:`cleantext.rules`).
SHARED_SCAN_MIN_FAMILIES = 3


class Pipeline:
    """An immutable, ordered list of named steps and the :class:`Config` they run with.

    ``Pipeline()`` is the default pipeline. Steps are names from the registry (see
    :func:`cleantext.list_cleaners`); methods that change the list return a new pipeline.
    """

    __slots__ = ("_steps", "config", "_shares_scan")

    def __init__(
        self,
        steps: Iterable[str] | None = None,
        config: Config | None = None,
        *,
        rules: str | Path | Mapping[str, Any] | RuleSet | None = None,
    ) -> None:
        if isinstance(steps, str):
            raise TypeError("steps must be a list of step names, not one string; use Pipeline([name]) or 'a,b'.split(',')")
        names = tuple(DEFAULT_STEPS if steps is None else steps)
        self._steps: tuple[Step, ...] = tuple(get_step(n) for n in names)
        if len(set(names)) != len(names):
            raise ValueError(f"a step appears twice in {names}")
        config = config or Config()
        if rules is not None:
            config = dataclasses.replace(config, rules=load_rules(rules))
        self.config = config
        # Whether the rule tables scan each document once for all their needed strings: it pays
        # when several families share the scan, not for one alone (see cleantext.needed_strings).
        self._shares_scan = sum(1 for step in self._steps if step.takes_rules) >= SHARED_SCAN_MIN_FAMILIES

    @classmethod
    def default(cls, config: Config | None = None) -> Pipeline:
        return cls(None, config)

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(s.name for s in self._steps)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.steps)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self.steps == other.steps and self.config == other.config

    def __hash__(self) -> int:
        return hash(self.steps)

    # -- changing the list (each returns a new pipeline) ------------------------------------------
    def _with(self, names: Sequence[str]) -> Pipeline:
        return Pipeline(names, self.config)

    def without(self, *names: str) -> Pipeline:
        """This pipeline without the steps *names* (each must be in it)."""
        for name in names:
            if name not in self.steps:
                raise KeyError(f"{name!r} is not in {self!r}")
        return self._with([n for n in self.steps if n not in names])

    def with_step(self, name: str, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """This pipeline with *name* added at the end, or just before/after another step."""
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        names = list(self.steps)
        if name in names:
            raise ValueError(f"{name!r} is already in {self!r}")
        anchor = before if before is not None else after
        if anchor is None:
            names.append(name)
        else:
            if anchor not in names:
                raise KeyError(f"{anchor!r} is not in {self!r}")
            names.insert(names.index(anchor) + (after is not None), name)
        return self._with(names)

    def with_config(self, config: Config) -> Pipeline:
        return Pipeline(self.steps, config)

    # -- running ------------------------------------------------------------------------------------
    def run(self, text: str, *, timeout: float | None = None) -> Result:
        """Clean *text* and return the :class:`Result` (kept text, removals, ``explain()``).

        With *timeout* (seconds), raise :class:`~cleantext.budget.DocumentTimeout` when cleaning
        takes longer (see :mod:`cleantext.budget`); nothing is returned for that document.

        The cleaners run in order, each on the lines the ones before it left; then the cleaners
        registered with ``settles=True`` run again if later ones removed lines since (see
        :meth:`_settle`).
        """
        with time_budget(timeout) as deadline:
            return self._run(text, deadline.check)

    def _run(self, text: str, check_time: Any) -> Result:
        doc = Document(text, shared_scan=self._shares_scan)
        view, judged, followers = self._judged_text(doc)
        normalizers = []
        layout = []
        # The settling steps, each with the number of lines removed when it last ran (see _settle).
        settling: dict[Step, int] = {}
        for step in self._steps:
            if step.kind == "normalizer":
                normalizers.append(step.func)
                continue
            if step.layout:
                layout.append(step)
                continue
            self._apply(step, judged)
            if step.settles:
                settling[step] = len(judged.removals)
            check_time()
        self._settle(settling, judged, check_time)
        # The layout steps tidy what the others left, once they have settled (see register_cleaner).
        for step in layout:
            self._apply(step, judged)
            check_time()
        if view is not None:
            _spread_removals(judged, doc, view)
            if view.hides_blank_lines:
                # The steps saw no blank line; the layout steps tidy the input's: a kept line's
                # blank lines stayed with it when the lines after it went to the text's end.
                for step in layout:
                    self._apply(step, doc)
        if followers:
            _syntax_follows_its_line(doc, followers)
        if not normalizers:
            return build_result(doc)
        texts = list(doc.lines)
        for i, line in doc.kept():
            for func in normalizers:
                line = func(line)
            if not isinstance(line, str) or "\n" in line or "\r" in line:
                raise ValueError("a normaliser must return one line of text")
            texts[i] = line
        return build_result(doc, texts)

    def _judged_text(self, doc: Document) -> tuple[Unwrapped | None, Document, dict[int, tuple[int, str]] | None]:
        """The text the steps judge for *doc*, how its lines map to *doc*'s, and, when *doc* is
        Markdown, its lines of syntax (see :func:`_syntax_followers`; None when it is not): *doc*
        itself, unless its layout hides what a reader sees.

        A hard-wrapped text (lynx -dump, html2text, mail) is judged a paragraph a line: line by
        line a wrapped paragraph looks like a menu to every step that weighs a line's length or
        its sentence ends (see :mod:`cleantext.hard_wrap`). A Markdown text is judged as its words
        (:mod:`cleantext.markdown_syntax`), a paragraph one line however its source broke it: a
        paragraph's inline links are no link list. So is a text whose list items are indented
        after a marker, as inscriptis prints them: each item without its marker
        (:mod:`cleantext.list_markers`). So is a text taken node by node from
        its HTML (BeautifulSoup's ``get_text("\\n")``), a sentence a line again where a link or an
        emphasis broke it (:mod:`cleantext.inline_breaks`), and without its blank lines when most
        of its gaps are runs of two or more, the source's layout rather than its blocks
        (:mod:`cleantext.loose_spacing`). The removals then fall on the input's
        lines, and the output keeps its layout.
        """
        lines = doc.lines
        width = wrap_width(lines)  # asked first: most texts are not wrapped
        markdown = is_markdown(lines)
        marked = not markdown and is_marked_list_layout(lines)
        if width is not None:
            view = unwrapped(list(enumerate(lines)), width)
        elif markdown:
            # A Markdown paragraph is one judged line, as a reader sees it, however its source
            # broke it (see markdown_syntax.paragraphs): markdownify's pages 0.8873 -> 0.8889 (recall 0.8690 ->
            # 0.8724), and 17 of them change when cleaned again instead of 20; a list item with
            # its indented lines one line too: 0.8895 (18).
            view = paragraph_view(lines)
        elif marked:
            view = Unwrapped(list(enumerate(lines)), {})
        else:
            # A loosely spaced text is judged without its blank lines, and its lines joined where
            # an inline break split them with no blank line to stop a join (see loose_spacing).
            loose = loosely_spaced(lines)
            spaced = without_blank_lines(list(enumerate(lines))) if loose else Unwrapped(list(enumerate(lines)), {})
            view = joined_at_inline_breaks(spaced.lines, after_trailing_space=loose)
            if view.continued:
                view = joined_at_inline_breaks(spaced.lines, alone=self._widget_lines(doc), after_trailing_space=loose)
            view = with_blank_lines(view, spaced)
        if not view.continued and not markdown and not marked:
            return None, doc, None
        if markdown:
            texts = [plain_line(line) for _, line in view.lines]
        elif marked:
            texts = [unmarked_line(line) for _, line in view.lines]
        else:
            texts = [line for _, line in view.lines]
        followers = _syntax_followers(lines) if markdown else None
        if followers:
            # A setext underline is the heading's syntax, not a line a reader sees: judged as a
            # blank line, it leaves the heading a block of its own, as a text scraper prints it
            # (a line of dashes inside the block dragged the heading's neighbours down). So are a
            # table's delimiter row and a quote's empty lines. Each follows its line (see
            # _syntax_follows_its_line).
            for k, (index, line) in enumerate(view.lines):
                if index in followers and line == lines[index]:
                    texts[k] = ""
        judged = Document("\n".join(texts), shared_scan=self._shares_scan)
        judged.line_origin = [index for index, _ in view.lines]
        if markdown:
            judged.headline = _judged_line(judged.line_origin, first_h1(lines))
        return view, judged, followers

    def _widget_lines(self, doc: Document) -> frozenset[int]:
        """The lines of *doc* that this pipeline's widget tables remove, each line judged alone
        (steps that take rules and do not settle): a player notice, a caption. Text taken node by
        node is judged with such lines apart from their neighbours (see
        :mod:`cleantext.inline_breaks`): joined to a line after it ("Please use Chrome browser
        for a more accessible video player" + "a"), a notice matched no rule and stayed, and went
        when the text was cleaned again (found by the idempotence property)."""
        scratch = Document("\n".join(doc.lines), shared_scan=self._shares_scan)
        for step in self._steps:
            if step.judges_lines_alone:
                self._apply(step, scratch)
        return frozenset(scratch.removals)

    def _apply(self, step: Step, doc: Document) -> None:
        """Run one cleaner and record its removals."""
        marks = list(step.func(doc, self.config))  # decide on one state, then record
        for mark in marks:
            _record(doc, step.name, mark)

    def _settle(self, settling: dict[Step, int], doc: Document, check_time: Any) -> None:
        """Run each settling step again, in order, if lines were removed since it last ran, until
        none needs to (at most MAX_SETTLE_PASSES passes, so the work stays linear).

        A settling step judges a line by its neighbours: video_cards keeps "1:30" and "15:00" three
        lines apart as a schedule of times of day. When a later step removes "15:00" (a tail, page
        furniture), the "1:30" left alone is a video's duration, and a second cleaning would remove
        it; settling removes it in the first. Each settling step is idempotent alone, so it runs
        again only after another step has removed something.
        """
        for _ in range(MAX_SETTLE_PASSES):
            ran = False
            for step, seen in settling.items():
                if seen != len(doc.removals):
                    self._apply(step, doc)
                    settling[step] = len(doc.removals)
                    ran = True
                    check_time()
            if not ran:
                return

    def clean(self, text: str, *, timeout: float | None = None) -> str:
        """The cleaned text of *text* (*timeout*: see :meth:`run`)."""
        return self.run(text, timeout=timeout).text

    __call__ = clean


def _spread_removals(judged: Document, doc: Document, view: Unwrapped) -> None:
    """Record on *doc* (the input's lines) the removals made on *judged* (its lines as the steps
    read them, each hard-wrapped paragraph joined, see *view*): a removed paragraph goes with all
    of its lines, each with the paragraph's reason."""
    for removal in judged.removals.values():
        for index in view.input_lines(removal.line):
            text = doc.lines[index]
            reason = removal.reason
            if view.hides_blank_lines and not text.strip() and removal.text.strip():
                # A blank line that went with a line (a loosely spaced text's, see loose_spacing) says so.
                reason = f"blank line that went with a removed line ({reason})"
            doc.remove(Removal(index, text, removal.cleaner, removal.rule, reason))


def _syntax_followers(lines: Sequence[str]) -> dict[int, tuple[int, str]]:
    """The lines of Markdown *lines* that are syntax a reader does not see, each with the line
    whose fate it shares and what it is: a setext heading's underline (see
    :func:`~cleantext.markdown_syntax.heading_underlines`), a table's rows of no words (see
    :func:`~cleantext.markdown_syntax.table_syntax_rows`) and a blockquote's lines of no words (see
    :func:`~cleantext.markdown_syntax.quote_syntax_lines`)."""
    followers = {index: (index - 1, "underline of the heading above") for index in heading_underlines(lines)}
    for index, row in table_syntax_rows(lines).items():
        followers.setdefault(index, (row, "table row of no words, with the table's words"))
    for index, line in quote_syntax_lines(lines).items():
        followers.setdefault(index, (line, "blockquote line of no words, with the quote's words"))
    return followers


def _syntax_follows_its_line(doc: Document, followers: dict[int, tuple[int, str]]) -> None:
    """Give each line of Markdown syntax in *doc* (*followers*, from :func:`_syntax_followers`)
    the fate of its line: removed with it, with its reason, or kept with it.

    Left to the steps, an underline was a line of dashes: on the development pages as markdownify
    prints them, 120 underlines on the first 400 stayed under a removed heading (making the
    paragraph above them a heading) and 114 went from under a kept one. The steps now see it as a
    blank line (see :meth:`Pipeline._judged_text`), which the classifier removes beside furniture;
    it follows its heading all the same. Judged so, markdownify's pages score snippet F1 0.8778 ->
    0.8790 (the text as scraped is not Markdown, and html2text writes "#" headings: both unchanged
    within 0.0003). A table's delimiter row ("| --- | --- |") and markdownify's empty header row
    ("|  |  |") are read so too, and go or stay with the table's first row of words; the rows of
    words read as their cells (see :func:`~cleantext.markdown_syntax.plain_line`). So are a
    blockquote's lines of no words (">"), with the quote's next line of words: markdownify's pages
    0.8846 -> 0.8873 (461 such lines on 72 pages; report24.news's article, which quotes three
    posts so, came out empty, its paragraphs held in blocks of punctuation)."""
    for index, (leader, what) in followers.items():
        removal = doc.removals.get(leader)
        # Judged as a blank line, a syntax line can only have gone as one (a blank line beside
        # furniture): whatever happened to it, it follows its line, and says so.
        doc.restore(index)
        if removal is not None:
            doc.remove(Removal(index, doc.lines[index], removal.cleaner, removal.rule, f"{what} ({removal.reason})"))


def _judged_line(origin: Sequence[int], index: int | None) -> int | None:
    """The judged line that holds input line *index* (*origin*: the input line each judged line
    starts at, in order), or None for None."""
    if index is None:
        return None
    return max(bisect_right(origin, index) - 1, 0)


def _record(doc: Document, cleaner: str, mark: Any) -> None:
    try:
        index, rule, reason = mark
    except (TypeError, ValueError):
        raise TypeError(f"cleaner {cleaner!r} must yield (line, rule, reason) tuples, got {mark!r}") from None
    if not isinstance(index, int) or isinstance(index, bool):
        raise TypeError(f"cleaner {cleaner!r} yielded a line index that is not an int: {index!r}")
    doc.remove(Removal(index, doc.lines[index] if 0 <= index < len(doc) else "", cleaner, str(rule), str(reason)))
