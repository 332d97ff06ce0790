"""Text whose blank lines are its HTML's source layout (cleantext.loose_spacing): judged without its
blank lines, each going with the line above it, and the output keeps the input's spacing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.document import Document
from cleantext.hard_wrap import Unwrapped
from cleantext.inline_breaks import joined_at_inline_breaks
from cleantext.loose_spacing import MIN_GAPS, loosely_spaced, with_blank_lines, without_blank_lines

# A news page as BeautifulSoup's get_text("\n") gives it (from an indented page of our own): the
# newline between two tags is a text node, so two blocks stand two blank lines apart; the pieces of
# a paragraph a link broke stand on lines of their own, with the source's wrap and indentation.
MENU = ["News", "Politics", "Sport", "Culture", "Weather", "Log in"]
ARTICLE = [
    "Council approves new bridge over the Elbe",
    "The city council approved the new bridge over the Elbe on Tuesday evening, after\n        a debate that lasted more than four hours.",
    "The plan passed by nine votes to two. Work is due to start in the spring, and the\n        bridge should open to \ncyclists\n and pedestrians two years later.",
    "Residents have asked for a crossing since the old ferry stopped running in 2019,\n        said the mayor, who called the vote a good day for both banks of the river.",
    "Who pays",
    "The bridge will cost about 12 million euros. The regional government pays two thirds,\n        the city the rest, from a fund it set aside \nin last year's budget\n.",
    "Two councillors voted against it: they said the money would be better spent on\n        the schools of the eastern districts.",
]
TEASERS = ["Most read", "Storm closes harbour", "New mayor sworn in", "Football club wins cup", "Museum reopens"]
FOOTER = ["Imprint", "Privacy policy", "Contact", "Terms of use", "© 2024 Riverside Gazette"]
PAGE = "\n\n\n".join(["\n\n\nCouncil approves new bridge over the Elbe | Riverside Gazette", "Riverside Gazette", *MENU, *ARTICLE, *TEASERS, *FOOTER]) + "\n\n"


def test_a_text_whose_gaps_are_mostly_two_blank_lines_or_more_is_loosely_spaced() -> None:
    assert loosely_spaced(PAGE.splitlines())
    # A scraper that prints a page's blocks, and a double-spaced article: one blank line a gap.
    assert not loosely_spaced("\n\n".join([*MENU, *ARTICLE]).splitlines())
    # Half the gaps wide is not most of them; a text of few gaps says too little.
    assert not loosely_spaced(["a", "", "", "b", "", "c", "", "", "d", "", "e", "", "", "f", "", "g"])
    assert loosely_spaced(["a", "", "", "b", "", "c", "", "", "d", "", "", "e", "", "", "f", "", "g"])
    few = "\n\n\n".join(MENU[: MIN_GAPS - 1]).splitlines()
    assert not loosely_spaced(few)
    assert loosely_spaced("\n\n\n".join(MENU[:MIN_GAPS + 1]).splitlines())
    assert not loosely_spaced([]) and not loosely_spaced(["", "", ""])


def test_each_blank_line_goes_with_the_line_above_it() -> None:
    lines = ["", "", "Home", "", "", "News", "It rained", "", "."]
    view = without_blank_lines(list(enumerate(lines)))
    assert view.lines == [(2, "Home"), (5, "News"), (6, "It rained"), (8, ".")]
    # The text's leading gap goes with its first line.
    assert view.input_lines(0) == (2, 0, 1, 3, 4)
    assert view.input_lines(1) == (5,)
    assert view.input_lines(2) == (6, 7)
    assert view.hides_blank_lines
    # Joined at an inline break, a line takes the blank lines of the lines it was joined from.
    joined = with_blank_lines(joined_at_inline_breaks(view.lines), view)
    assert [line for _, line in joined.lines] == ["Home", "News", "It rained."]
    assert sorted(joined.input_lines(2)) == [6, 7, 8]
    # Without blank lines there is nothing to hide; a text of blank lines alone stays as it is.
    plain = without_blank_lines(list(enumerate(["Home", "News"])))
    assert not plain.hides_blank_lines and plain.lines == [(0, "Home"), (1, "News")]
    assert without_blank_lines([(0, ""), (1, " ")]).lines == [(0, ""), (1, " ")]
    unjoined = Unwrapped([(0, "Home")], {})
    assert with_blank_lines(unjoined, plain) is unjoined


def test_a_loosely_spaced_page_keeps_its_article_whole_and_its_spacing() -> None:
    result = cleantext.clean_document(PAGE)
    # Judged with its blank lines, each block of the page a block to the classifier, the page lost
    # its last paragraph as "position on the page".
    for paragraph in ARTICLE[1:]:
        assert paragraph in result.text
    for furniture in [*MENU, "Most read", "Storm closes harbour", "Privacy policy", "© 2024"]:
        assert furniture not in result.text
    # Between two lines it keeps, the input's gap; none that removed lines left at the end.
    assert f"{ARTICLE[1]}\n\n\n{ARTICLE[2]}" in result.text
    # The page's title (its first line) stays, with the blank lines the text opened with.
    assert result.text.startswith("\n\n\nCouncil approves new bridge over the Elbe | Riverside Gazette\n\n\n" + ARTICLE[0])
    assert result.text.endswith(ARTICLE[-1] + "\n")
    # The output is the input's lines that no removal names; the blank ones say they went with a line.
    removed = {removal.line: removal for removal in result.removals}
    lines = PAGE.splitlines()
    assert result.text.splitlines() == [line for index, line in enumerate(lines) if index not in removed]
    menu_line = lines.index("Politics")
    assert removed[menu_line + 1].reason.startswith("blank line that went with a removed line (page furniture")
    assert cleantext.clean(result.text) == result.text


def test_pages_as_scrapers_print_their_blocks_are_judged_as_before() -> None:
    # One blank line a gap: the blocks are the page's, and the view is not taken.
    page = "\n\n".join(["Riverside Gazette", *MENU, *(" ".join(p.split()) for p in ARTICLE), *TEASERS, *FOOTER])
    judged = cleantext.Pipeline()._judged_text(Document(page))
    assert judged[0] is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "Home", "It rained", ",", "The council met on Tuesday."]), st.integers(0, 3)), max_size=30))
def test_the_view_holds_every_input_line_once(parts: list[tuple[str, int]]) -> None:
    lines = [line for text, gap in parts for line in [text, *[""] * gap]]
    spaced = without_blank_lines(list(enumerate(lines)))
    view = with_blank_lines(joined_at_inline_breaks(spaced.lines), spaced)
    covered = sorted(index for position in range(len(view.lines)) for index in view.input_lines(position))
    assert covered == list(range(len(lines)))


def test_in_a_loosely_spaced_text_a_line_that_ends_with_a_space_goes_on() -> None:
    # get_text("\n") writes a text node as it stands: one that ends with a space is continued by
    # an inline element on the same line of the page ("<p>Ich biete Start-ups und Unternehmen
    # <strong>Rechtsberatung</strong> im IT-Recht.</p>").
    lines = ["Ich biete Start-ups und Unternehmen ", "Rechtsberatung", " im IT-Recht.", "", "", "Kontakt ", "", "", "Impressum"]
    joined = joined_at_inline_breaks(list(enumerate(lines)), after_trailing_space=True)
    assert [line for _, line in joined.lines] == ["Ich biete Start-ups und Unternehmen Rechtsberatung", " im IT-Recht.", "", "", "Kontakt ", "", "", "Impressum"]
    # Not before a line that opens with a space (the source's indentation), nor across a blank
    # line, nor in a text that is not loosely spaced (plain get_text() ends lines where the source
    # does, spaces and all).
    assert joined_at_inline_breaks(list(enumerate(["Home ", "  News"])), after_trailing_space=True).lines == [(0, "Home "), (1, "  News")]
    assert [line for _, line in joined_at_inline_breaks(list(enumerate(lines))).lines] == lines
    page = "\n\n\n".join(["Home", "News", "Sport", "Ich biete Start-ups und Unternehmen \nRechtsberatung\n im IT-Recht.", "Kontakt", "Impressum"])
    view, judged, _ = cleantext.Pipeline()._judged_text(Document(page))
    assert view is not None and "Ich biete Start-ups und Unternehmen Rechtsberatung" in judged.lines
