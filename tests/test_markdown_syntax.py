"""Markdown as scrapers write it (Firecrawl, Jina Reader, markdownify, html2text): found, read as
its words by the steps, and given back as it came."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.markdown_syntax import is_markdown, plain_line

MENU = [f"* [{label}](https://www.example.com/{label.lower()}/)" for label in ("Home", "Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Kontakt", "Impressum")]
ARTICLE = [
    "# Wie Städte sich auf Hitzewellen vorbereiten",
    "",
    "Immer mehr Städte in Deutschland legen [Hitzeaktionspläne](https://www.example.com/hitze) an, die festlegen, was bei tagelanger Hitze geschehen soll.",
    "",
    "In Köln etwa werden Trinkbrunnen aufgestellt, öffentliche Gebäude als kühle Orte geöffnet und ältere Menschen angerufen, sagt die [Stadt](https://www.stadt-koeln.de/).",
    "",
    "Fachleute sagen, dass solche Pläne **Leben retten** können, wenn sie rechtzeitig umgesetzt werden und alle Ämter mitziehen.",
    "",
    "Die Kosten sind im Vergleich zu den Folgen gering, heißt es beim [Deutschen Städtetag](https://www.staedtetag.de/), der die Pläne seit Jahren empfiehlt.",
    "",
    "Kritik kommt von Sozialverbänden, die mehr Hilfe für Wohnungslose fordern, die der Hitze am stärksten ausgesetzt sind.",
]
FOOTER = ["", "* [Datenschutz](https://www.example.com/datenschutz/)", "* [AGB](https://www.example.com/agb/)", "* [Facebook](https://facebook.com/example)", "* [Twitter](https://twitter.com/example)", "", "© 2024 Beispielzeitung"]


def _lines_the_steps_see(page: str) -> list[str]:
    """The lines a step is given for Markdown *page* (the judged text: see Pipeline._judged_text)."""
    from cleantext import Pipeline, register_cleaner

    seen: list[str] = []

    @register_cleaner("test_see_judged_lines", replace=True)
    def see_judged_lines(doc, config):
        seen.extend(line for _, line in doc.kept())
        return iter(())

    Pipeline(["test_see_judged_lines"]).run(page)
    return seen


def _removed_with_blank_lines_dropped(page: str) -> set[int]:
    """The lines of *page* removed when a step removes every line it is given blank."""
    from cleantext import Pipeline, register_cleaner

    @register_cleaner("test_drop_judged_blank_lines", replace=True)
    def drop_judged_blank_lines(doc, config):
        for i, line in doc.kept():
            if not line.strip():
                yield i, "blank", "a blank line"

    return {r.line for r in Pipeline(["test_drop_judged_blank_lines"]).run(page).removals}


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("* [Home](https://www.example.com/)", "Home"),
        ("- Zwei Eier", "Zwei Eier"),
        ("  + nested [item](/a)", "nested item"),
        ("12. Twelfth step", "Twelfth step"),
        ("3) Third step", "Third step"),
        ("* ", "* "),  # a marker alone stays: never blank unless the line is
        ("2021\\. Das Jahr begann", "2021. Das Jahr begann"),  # an escaped number is no list
        ("### [Ministers meet in Brussels](https://news.example/eu)", "Ministers meet in Brussels"),
        ('The [ministry](https://gov.example/press "Press office") said on **Monday** it would act.', "The ministry said on Monday it would act."),
        ("[![Logo](https://img.example/logo.png)](https://example.com/)", "Logo"),
        ("[![](https://img.example/logo.png)](https://example.com/)", "Image"),
        ("[](https://example.com/)", "Link"),
        # An icon link's text is emphasis around nothing (html2text): a link without words.
        ('[__](https://facebook.com/example "Facebook") [__](https://t.me/example "Telegram")', "Link Link"),
        ("[![**](https://img.example/icon.png)](/)", "Image"),
        # Brackets inside a link's text: escaped (turndown, html2text) or one bare pair (markdownify).
        ("* [\\[PDF\\] Annual report 2023](https://example.com/report.pdf)", "[PDF] Annual report 2023"),
        ("[[sic] -- Wissenschaftskommunikation](https://scienceblogs.de/sic/)", "[sic] -- Wissenschaftskommunikation"),
        ("[Blog A](/a)[[sic] Blog B](/b)", "Blog A[sic] Blog B"),
        # An escaped closing bracket does not close the text; a link inside a link is read alone.
        ("[not \\](a link) here", "[not ](a link) here"),
        ("[a [b](/x) c](/y)", "[a b c](/y)"),
        ("See [1] and [2] (both 2020).", "See [1] and [2] (both 2020)."),
        # html2text: a space before the target's closing parenthesis, emphasis as "_..._".
        ("  * [TV](https://de.example.com/tv )", "TV"),
        ('[Home](/ "Start page" )', "Home"),
        # A target may hold parentheses, escaped (html2text) or in a pair (a Wikipedia page).
        ("[ SCHLIESSEN](javascript:void\\(0\\))", "SCHLIESSEN"),
        ("[Zurück](javascript:void(0)) [Foo](https://en.wikipedia.org/wiki/Foo_(bar))", "Zurück Foo"),
        # A title may hold escaped quotes and parentheses (markdownify writes a gallery's HTML
        # caption into it): it used to end the target there, and the link was read as its syntax.
        ('[![lion-0002](/thumbs/lion-0002.jpg "lion-0002")](/lion-0002.jpg "<a href=\\"https://flickr.example/p\\">© P. Mahimbi (Lion, 2010)</a>")', "lion-0002"),
        ("_Es werden Whiskies aus Schottland verkostet_.", "Es werden Whiskies aus Schottland verkostet."),
        ("*Die Lagerung im Fass.*", "Die Lagerung im Fass."),
        # ... but not snake_case, arithmetic, a lone star or an escaped one.
        ("file_name and 2*3 and a * b", "file_name and 2*3 and a * b"),
        ("\\*not emphasis\\*", "*not emphasis*"),
        ("> A quoted __line__", "A quoted line"),
        ("1\\. First step", "1. First step"),
        ("Plain text stays as it is.", "Plain text stays as it is."),
        ("**", "**"),  # never blank unless the line is
        ("", ""),
    ],
)

def test_a_markdown_line_reads_as_its_words(line: str, plain: str) -> None:
    assert plain_line(line) == plain


def test_markdown_is_told_by_its_links() -> None:
    assert is_markdown(MENU)
    # One link is enough: a cleaned page may keep no more, and must read the same when cleaned again.
    assert is_markdown(["A paragraph with one [link](https://a.example/b) in it.", "- a list item"])
    assert not is_markdown(["# Bitcoin", "# Wirtschaft", "# Akzeptanz", "A tag row is no Markdown."])
    assert not is_markdown(["See [1] and [2] (both 2020).", "Plain text."])


def test_a_markdown_article_passes_through() -> None:
    # Its inline links would count as a link list to the classifier: read as words they do not.
    article = "\n".join(ARTICLE) + "\n"
    assert cleantext.clean(article) == article


def test_a_markdown_page_is_cleaned_as_its_words_and_keeps_its_markdown() -> None:
    page = "\n".join(MENU + [""] + ARTICLE + FOOTER) + "\n"
    words = "\n".join(plain_line(line) for line in page.splitlines()) + "\n"
    result = cleantext.clean_document(page)
    # The same lines go as from the text read as its words, each by the same rule (the scores in
    # the reasons differ: a Markdown page's first heading is its title, the text's first line) ...
    assert [(r.line, r.cleaner, r.rule) for r in result.removals] == [(r.line, r.cleaner, r.rule) for r in cleantext.clean_document(words).removals]
    # ... but the lines are the input's, Markdown and all.
    assert all(page.splitlines()[r.line] == r.text for r in result.removals)
    kept = result.text.splitlines()
    for line in ARTICLE:
        if line:
            assert line in kept
    links = MENU + FOOTER[1:5]
    assert sum(line not in kept for line in links) > len(links) / 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab []()!*_#>\\:/.\"-\t|"), max_size=120))
def test_plain_line_is_one_line_and_blank_only_when_the_line_is(line: str) -> None:
    plain = plain_line(line)
    assert "\n" not in plain
    assert bool(plain.strip()) == bool(line.strip())


def test_heading_underlines_are_told_from_rules() -> None:
    from cleantext.markdown_syntax import heading_underlines

    lines = ["Headline", "========", "", "Text.", "", "---", "Sub", "  ---  ", "-----", "", "* item"]
    # "---" after a blank line is a rule; a second line of dashes underlines nothing.
    assert heading_underlines(lines) == [1, 7]


def test_a_heading_and_its_underline_go_or_stay_together() -> None:
    from cleantext import Pipeline, register_cleaner

    @register_cleaner("test_drop_menu_heading", replace=True)
    def drop_menu_heading(doc, config):
        for i, line in doc.kept():
            if line == "Menu":
                yield i, "menu", "a menu heading"

    @register_cleaner("test_drop_dashes", replace=True)
    def drop_dashes(doc, config):
        for i, line in doc.kept():
            if set(line) == {"-"}:
                yield i, "dashes", "a line of dashes"

    page = "\n".join(["Menu", "----", "", *MENU, "", "Wie Städte sich vorbereiten", "---------------------------", "", *ARTICLE[2:]])
    result = Pipeline(["test_drop_menu_heading"]).run(page)
    # The underline goes with its heading, and says so; alone it would make the line above it a heading.
    assert {r.line: r.reason for r in result.removals} == {0: "a menu heading", 1: "underline of the heading above (a menu heading)"}
    # An underline judged alone (a line of dashes) stays under a heading that stays.
    result = Pipeline(["test_drop_dashes"]).run(page)
    assert result.removals == ()
    assert result.text == page


def test_a_heading_underline_is_judged_as_a_blank_line() -> None:
    """The steps see a setext underline as a blank line (the heading is a block of its own, as a
    text scraper prints it); whatever they do with that blank line, it follows its heading."""
    from cleantext import Pipeline, register_cleaner

    @register_cleaner("test_drop_blank_and_menu", replace=True)
    def drop_blank_and_menu(doc, config):
        for i, line in doc.kept():
            if not line.strip():
                yield i, "blank", "a blank line"
            elif line == "Menu":
                yield i, "menu", "a menu heading"

    page = "\n".join(["Menu", "----", "", *MENU, "", "Wie Städte sich vorbereiten", "---------------------------", "", *ARTICLE[2:]])
    lines = page.splitlines()
    seen = _lines_the_steps_see(page)
    assert [k for k, line in enumerate(seen) if not line] == [k for k, line in enumerate(lines) if not line or set(line) == {"-"}]
    result = Pipeline(["test_drop_blank_and_menu"]).run(page)
    reasons = {r.line: r.reason for r in result.removals}
    assert reasons[1] == "underline of the heading above (a menu heading)"
    # The underline of the heading that stays, stays; the real blank lines go.
    underline = lines.index("---------------------------")
    assert underline not in reasons
    assert all(reasons[k] == "a blank line" for k, line in enumerate(lines) if not line)


def test_a_table_reads_as_its_cells_and_its_rows_of_no_words_go_with_its_words() -> None:
    """A Markdown table's rows read as their cells (as a text scraper prints a row); its delimiter
    row and markdownify's empty header row are judged as blank lines and share the fate of the
    table's first row of words."""
    from cleantext import Pipeline, register_cleaner
    from cleantext.markdown_syntax import table_syntax_rows

    assert plain_line("| 1 Pck. | [Vanillin-Zucker](/vanillin) |") == "1 Pck. Vanillin-Zucker"
    assert plain_line("| a \\| b | c |") == "a | b c"  # an escaped pipe is inside a cell
    assert plain_line("|  |  |") == "|  |  |"  # never blank unless the line is
    table = ["|  |  |", "| --- | --- |", "| 250 g | Weizenmehl |", "| 2 | Eier |"]
    assert table_syntax_rows(["Zutaten", "", *table]) == {2: 4, 3: 4}
    # Rows of no words after the last row of words go with that one; a table of none is left alone.
    assert table_syntax_rows(["| a | b |", "| --- | --- |", "| 1 | 2 |", "|  |  |"]) == {1: 2, 3: 2}
    assert table_syntax_rows(["| --- |", "|  |"]) == {}

    @register_cleaner("test_drop_flour", replace=True)
    def drop_flour(doc, config):
        for i, line in doc.kept():
            if line in ("250 g Weizenmehl", "2 Eier") or not line.strip():
                yield i, "recipe", "a recipe's line"

    page = "\n".join([*MENU[:2], "", "Zutaten", "", *table, "", *ARTICLE[2:]])
    lines = page.splitlines()
    start = lines.index(table[0])
    assert _lines_the_steps_see(page)[start : start + 4] == ["", "", "250 g Weizenmehl", "2 Eier"]
    result = Pipeline(["test_drop_flour"]).run(page)
    reasons = {r.line: r.reason for r in result.removals}
    assert reasons[start] == reasons[start + 1] == "table row of no words, with the table's words (a recipe's line)"
    # Judged as blank lines, the rows of no words stay with a table that stays.
    removed = _removed_with_blank_lines_dropped(page)
    assert start not in removed and start + 1 not in removed


def test_a_blockquotes_lines_of_no_words_are_judged_blank_and_go_with_its_words() -> None:
    """markdownify quotes a tweet paragraph by paragraph with ">" lines between: judged as text,
    those were lines of punctuation, furniture to the classifier. They are judged as blank lines
    and share the fate of the quote's next line of words (its last one after the end)."""
    from cleantext import Pipeline, register_cleaner
    from cleantext.markdown_syntax import quote_syntax_lines

    quote = ["> The drone came within metres of the carrier.  ", ">   ", "> Nobody on board noticed it.", ">"]
    assert quote_syntax_lines(["Text.", "", *quote]) == {3: 4, 5: 4}
    assert quote_syntax_lines(["> >", ">"]) == {}  # a quote of no words is left to the steps
    assert quote_syntax_lines(["    > code, not a quote", "    >"]) == {}

    @register_cleaner("test_drop_quote", replace=True)
    def drop_quote(doc, config):
        for i, line in doc.kept():
            if "carrier" in line or "Nobody" in line:
                yield i, "quote", "an embedded post"

    page = "\n".join([*MENU[:2], "", *ARTICLE[2:4], "", *quote, "", *ARTICLE[4:]])
    lines = page.splitlines()
    start = lines.index(quote[0])
    assert _lines_the_steps_see(page)[start : start + 4] == ["The drone came within metres of the carrier.  ", "", "Nobody on board noticed it.", ""]
    reasons = {r.line: r.reason for r in Pipeline(["test_drop_quote"]).run(page).removals}
    assert reasons[start + 1] == reasons[start + 3] == "blockquote line of no words, with the quote's words (an embedded post)"
    # With the quote's words kept, its empty lines stay, whatever the steps did with them as blanks.
    removed = _removed_with_blank_lines_dropped(page)
    assert start + 1 not in removed and start + 3 not in removed


def test_a_paragraph_broken_by_soft_line_breaks_is_judged_as_one_line() -> None:
    """Markdown renders a soft line break as a space: markdownify keeps a page's source newlines
    inside a paragraph, and the steps judge the paragraph whole, as a reader sees it. A hard break,
    a heading, a list item, a quote, a table, a link card's lines and a line of links alone are no
    paragraph's lines."""
    from cleantext import Pipeline, register_cleaner
    from cleantext.markdown_syntax import paragraphs

    wrapped = ["Gegen den Strom zu schwimmen, sei eigentlich nie ihr Ziel", "gewesen, sagt Birgit Kelle gleich zu Anfang.", "Sie habe einfach über Dinge geschrieben."]
    assert paragraphs(wrapped) == [[0, 1, 2]]
    assert paragraphs(["Erste Zeile mit hartem Umbruch  ", "zweite Zeile."]) == [[0], [1]]
    assert paragraphs(["Ein Absatz", "", "Noch einer"]) == [[0], [1], [2]]
    assert paragraphs(["Ein Absatz", "* [Home](/)", "[News](/news) · [Sport](/sport)", "# Titel", "> Zitat", "| a | b |"]) == [[0], [1], [2], [3], [4], [5]]
    # A list item goes on over its indented lines (markdownify prints an ingredient's amount, unit
    # and name as three elements); an item of its own, nested or not, does not go on the one above.
    assert paragraphs(["* 1", "  Pck. ", "  Vanillepuddingpulver", "* Salz", "  + [Übersicht](/x)"]) == [[0, 1, 2], [3], [4]]
    assert plain_line(":   Für die Creme Puddingpulver glatt rühren.") == "Für die Creme Puddingpulver glatt rühren."
    # A link card's lines (a link that opens on one line and closes on another) stay apart.
    assert paragraphs(["[Hackers offer a discount to the government", "------](https://news.example/a)"]) == [[0], [1]]
    # ...nor do the lines inside such a link: how far its link closes is the link_cards step's to tell.
    assert paragraphs(["[![](/img/a.png)", "A kicker of the teaser", "and its headline](/story)", "A line of prose", "goes on."]) == [[0], [1], [2], [3, 4]]

    @register_cleaner("test_drop_kelle", replace=True)
    def drop_kelle(doc, config):
        for i, line in doc.kept():
            if "Birgit Kelle" in line:
                yield i, "kelle", "a paragraph about Birgit Kelle"

    page = "\n".join([*MENU[:2], "", *wrapped, "", *ARTICLE[2:]])
    seen = _lines_the_steps_see(page)
    assert " ".join(wrapped) in seen and wrapped[1] not in seen
    # A removal of the judged paragraph falls on each of its lines, with its reason.
    result = Pipeline(["test_drop_kelle"]).run(page)
    lines = page.splitlines()
    start = lines.index(wrapped[0])
    assert {r.line: r.reason for r in result.removals} == {start + k: "a paragraph about Birgit Kelle" for k in range(3)}
