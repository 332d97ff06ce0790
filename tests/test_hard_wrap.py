"""Hard-wrapped text (lynx -dump, html2text, fmt, mail): found, read a paragraph a line, and
cleaned with whole paragraphs removed or kept."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Pipeline, segment_stories
from cleantext.hard_wrap import MAX_WIDTH, MIN_WIDTH, unwrap, unwrapped, wrap_width

# A clean article as an extractor gives it, one paragraph a line (seed 001's kind of text).
ARTICLE = [
    "Wie Städte sich auf Hitzewellen vorbereiten",
    "Immer mehr Städte in Deutschland legen Hitzeaktionspläne an, die festlegen, was bei tagelanger Hitze geschehen soll. "
    "Die Pläne reichen von Trinkbrunnen bis zu Anrufen bei älteren Menschen, die allein leben.",
    "In Köln etwa werden Trinkbrunnen aufgestellt, öffentliche Gebäude als kühle Orte geöffnet und ältere Menschen angerufen. "
    "Die Stadt hat dafür eine eigene Stelle geschaffen, die den Sommer über die Hitzewarnungen verfolgt.",
    "Fachleute sagen, dass solche Pläne Leben retten können, wenn sie rechtzeitig umgesetzt werden und alle Ämter mitziehen. "
    "In Frankreich sank die Zahl der Hitzetoten nach 2003 deutlich, als das Land einen solchen Plan einführte.",
    "Die Kosten sind im Vergleich zu den Folgen gering, heißt es beim Deutschen Städtetag, der die Pläne seit Jahren empfiehlt. "
    "Viele Maßnahmen nutzen ohnehin vorhandene Gebäude und Dienste, die nur anders eingesetzt werden.",
    "Kritik kommt von Sozialverbänden, die mehr Hilfe für Wohnungslose fordern, die der Hitze am stärksten ausgesetzt sind. "
    "Sie verlangen, dass Notunterkünfte auch tagsüber offen bleiben, solange die Warnung gilt.",
]
MENU = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Abo", "Login", "Suche"]
FOOTER = ["Mehr zum Thema", "Dürre in Brandenburg", "Waldbrände im Harz", "Impressum", "Datenschutz", "Kontakt", "AGB", "© 2024 Beispielzeitung"]


def joined_lines(lines: list[str], width: int) -> list[str]:
    """*lines* as :func:`unwrap` joins them at *width*: the text of each line it gives."""
    return [text for _, text, _ in unwrap(list(enumerate(lines)), width)]


def wrapped(paragraphs: list[str], width: int, blank_between: bool = True) -> str:
    """*paragraphs* as a text-mode browser prints them: each wrapped at *width*."""
    return ("\n\n" if blank_between else "\n").join(textwrap.fill(p, width) for p in paragraphs) + "\n"


@pytest.mark.parametrize("width", [60, 72, 78, 100])
def test_the_width_of_a_wrapped_article_is_found(width: int) -> None:
    text = wrapped(ARTICLE, width)
    found = wrap_width(text.splitlines())
    assert found is not None and width - 8 <= found <= width


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(ARTICLE),  # one paragraph a line
        "\n\n".join(ARTICLE),  # the same, double-spaced
        "\n".join(MENU + ARTICLE + FOOTER),  # a page without blank lines
        "\n".join(MENU * 3),  # short lines only
        "",
    ],
)
def test_text_that_was_not_wrapped_is_not_taken_for_wrapped(text: str) -> None:
    assert wrap_width(text.splitlines()) is None


def test_a_list_of_headlines_of_about_the_same_length_is_not_a_wrap() -> None:
    # By length alone teaser headlines look wrapped (the next headline's first word would not
    # have fitted), but none of them goes on mid-sentence: each starts with a capital.
    headlines = [
        "Platzprobleme in Hamburg: Hafenfähren lassen Passagiere an Land zurück",
        "Supermarkt-Leiterin wundert sich: Ladenhüter wird zum Verkaufshit",
        "Traditionsbäckerei in Hamburg: Sein Teig ist mehr als hundert Jahre alt",
        "Sturm-Chaos im Norden: Bahnstrecken unterbrochen, Fähre fällt aus",
        "Kiloweise Drogen bei Razzia gefunden: Bande mietete Wohnungen an",
        "Talk-Eklat beim FC St. Pauli: Ärger für den Klub-Boss nach der Sendung",
        "Neue Zahlen: Die Zahl der Einbrüche in Hamburg geht deutlich zurück",
        "Ninja-Warrior-Challenge in Hamburg: Die Redaktion tritt gegen Profi an",
    ]
    assert wrap_width(headlines * 2) is None


def test_a_line_said_again_beside_itself_is_no_wrap() -> None:
    # A template's notice on every video is one length: by length alone the notices agreed on a
    # width, the caption after one was joined to it, and cleaning again (nothing left to agree)
    # gave another text. Found by test_cleaning_is_idempotent.
    notice = "Please use Chrome browser for a more accessible video player"
    lines = [notice] * 4 + ["Image: A caption here. Pic: PA", notice, "a"]
    assert wrap_width(lines) is None
    once = cleantext.clean("\n".join(lines))
    assert once == "a"
    assert cleantext.clean(once) == once
    # A paragraph said twice on a page, not beside itself (a teaser repeating the lead), is still
    # wrapped text, counted once: its second saying neither makes a width nor hides one.
    lead = wrapped(ARTICLE[1:2], 72).splitlines()
    assert wrap_width(lead) is None
    assert wrap_width([*lead, "Mehr zum Thema", *lead]) is None  # three lines are too few, twice too
    article = wrapped(ARTICLE[1:4], 72).splitlines()
    width = wrap_width(article)
    assert width is not None
    assert wrap_width([*article, "Mehr zum Thema", *lead]) == width


def test_a_line_said_again_further_on_is_no_wrap() -> None:
    # Three notices between video cards agreed on a width, each joined to the title after it,
    # and stayed; cleaned again (two notices, nothing to agree) they went. Found by
    # test_cleaning_is_idempotent.
    notice = "Please use Chrome browser for a more accessible video player"
    lines = [notice, "Duration 1:30", "Duration 1:30", notice, "Duration 1:30", notice, "a"]
    assert wrap_width(lines) is None
    once = cleantext.clean("\n".join(lines))
    assert notice not in once
    assert cleantext.clean(once) == once


def test_markdown_links_may_pass_the_width() -> None:
    # html2text does not break URLs: a menu of Markdown links makes long lines no wrap broke.
    menu = [f"  * [Section {k}](https://www.example.com/section/{k}/with/a/long/path?utm_source=menu)" for k in range(30)]
    text = "\n".join(menu) + "\n\n" + wrapped(ARTICLE, 78)
    assert wrap_width(text.splitlines()) is not None


def test_paragraphs_of_about_the_same_length_are_not_a_wrap() -> None:
    # Lines of 110-130 characters, each a paragraph ending in a full stop, one after the other: the
    # next word would not have fitted after most of them, but a wrap does not end every line with
    # a sentence.
    lines = [f"Paragraph {k} says something about the topic at hand and goes on for a while, as paragraphs of a report do, to the end." for k in range(12)]
    assert wrap_width(lines) is None


def test_unwrap_joins_the_lines_of_each_paragraph_and_nothing_else() -> None:
    text = wrapped(ARTICLE, 72)
    lines = text.splitlines()
    view = unwrapped(list(enumerate(lines)))
    assert [line for _, line in view.lines if line.strip()] == ARTICLE
    # Every input line is in exactly one joined line, in order.
    covered = [index for position in range(len(view.lines)) for index in view.input_lines(position)]
    assert covered == list(range(len(lines)))


def test_a_menu_between_wrapped_paragraphs_stays_a_line_a_label() -> None:
    text = "\n".join(MENU) + "\n\n" + wrapped(ARTICLE, 72)
    view = unwrapped(list(enumerate(text.splitlines())))
    assert [line for _, line in view.lines[: len(MENU)]] == MENU


@pytest.mark.parametrize("width", [60, 78, 100])
@pytest.mark.parametrize("blank_between", [True, False])
def test_a_wrapped_clean_article_passes_through_untouched(width: int, blank_between: bool) -> None:
    # Line by line a wrapped paragraph looks like a menu; before the pipeline read it a paragraph a
    # line, the development articles wrapped at 78 kept 25% of their words.
    text = wrapped(ARTICLE, width, blank_between)
    assert cleantext.clean(text) == text


def test_a_wrapped_page_loses_its_menu_and_footer_and_keeps_its_wrapping() -> None:
    page = "\n".join(MENU) + "\n\n" + wrapped(ARTICLE, 78) + "\n" + "\n".join(FOOTER) + "\n"
    result = cleantext.clean_document(page)
    kept = result.text.splitlines()
    for label in ("Startseite", "Politik", "Login", "Impressum", "Datenschutz"):
        assert label not in kept
    # The article is there as it came, wrapped lines and all.
    assert wrapped(ARTICLE, 78).strip() in result.text
    assert cleantext.clean(result.text) == result.text


def test_a_removed_wrapped_paragraph_goes_whole_with_one_reason() -> None:
    # An appended story, wrapped like the article: the segmenter's cut removes its paragraphs, each
    # with all of its lines; no paragraph is cut in two.
    other = [
        "The Online Safety Act is putting free speech at risk, campaigners said on Monday, as new rules for platforms came into force across the country.",
        "Ofcom said platforms that failed to protect children from harmful content could face fines of up to ten per cent of their global turnover.",
        "Civil liberties groups said the rules would push platforms to remove lawful posts, while charities welcomed the new duties placed on the largest sites.",
        "The government said the act struck the right balance and would be reviewed after two years, once regulators had gathered evidence on how it worked.",
        "Tech companies said they had already changed their systems, adding age checks and new tools for parents to limit what children can see online.",
    ]
    text = wrapped(ARTICLE + ["Die Stadt will den Plan im nächsten Sommer erneut prüfen und die Erfahrungen mit den Ämtern auswerten."] + other, 72)
    result = cleantext.clean_document(text)
    lines = text.splitlines()
    view = unwrapped(list(enumerate(lines)))
    removed = {r.line for r in result.removals}
    for position in range(len(view.lines)):
        group = set(view.input_lines(position))
        assert group <= removed or not group & removed
    if removed:
        reasons = {r.line: r.reason for r in result.removals}
        for position in range(len(view.lines)):
            group = view.input_lines(position)
            if group[0] in removed:
                assert len({reasons[i] for i in group}) == 1


def test_segments_of_a_wrapped_text_are_in_its_own_lines() -> None:
    story = "\n".join(ARTICLE)
    text = wrapped(ARTICLE, 72)
    lines = text.splitlines()
    segments = segment_stories(text)
    assert segments[0].start == 0 and segments[-1].end == len(lines)
    assert all(a.end == b.start for a, b in zip(segments, segments[1:]))
    assert len(segments) == len(segment_stories(story))


def test_reasons_name_the_input_line() -> None:
    # The aggregator tail's reason names the line its tail starts at: the input's, not the joined
    # text's.
    article = wrapped(ARTICLE, 72)
    text = article + "\nTry Our AI Features\nComments\nNo comments yet...\n"
    start = len(article.splitlines()) + 1
    assert wrap_width(text.splitlines()) is not None
    result = Pipeline(["aggregator_tail"]).run(text)
    assert [r.line for r in result.removals] == [start, start + 1, start + 2]
    assert all(f"starts at line {start + 1} " in r.reason for r in result.removals[1:])


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from("the of minister said plan would go ahead next year money budget city water heat".split()), min_size=30, max_size=200),
    width=st.integers(min_value=MIN_WIDTH, max_value=MAX_WIDTH),
)
def test_unwrapping_gives_back_the_paragraph(words: list[str], width: int) -> None:
    paragraph = " ".join(words)
    lines = textwrap.wrap(paragraph, width)
    joined = unwrap(list(enumerate(lines)), width)
    # Greedy wrapping is undone exactly: one line, the paragraph, made of every input line.
    assert [text for _, text, _ in joined] == [paragraph]
    assert [first for first, _, _ in joined] == [0]
    assert list(joined[0][2]) == list(range(1, len(lines)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), max_size=60))
def test_unwrapped_covers_every_line_once(lines: list[str]) -> None:
    # Whatever the text, the joined view accounts for every input line exactly once, in order.
    lines = [line for text in lines for line in (text.splitlines() or [""])]
    view = unwrapped(list(enumerate(lines)))
    covered = [index for position in range(len(view.lines)) for index in view.input_lines(position)]
    assert covered == list(range(len(lines)))


def test_a_balanced_wrap_is_joined_where_lines_end_short_of_the_width() -> None:
    # fmt and mail programs fill lines to a goal below the width: here half the paragraphs are
    # wrapped at 70 columns in a text whose width is 78, so their lines end where the next word
    # would have fitted. Such a wrap is balanced, and its lines are joined with some slack.
    from cleantext.hard_wrap import _balanced

    paragraphs = ARTICLE[1:] * 2
    text = "\n\n".join(textwrap.fill(p, 78 if k % 2 else 70) for k, p in enumerate(paragraphs)) + "\n"
    lines = text.splitlines()
    width = wrap_width(lines)
    assert width is not None and _balanced(lines, width)
    view = unwrapped(list(enumerate(lines)), width)
    assert [line for _, line in view.lines if line.strip()] == paragraphs
    # A greedy wrap is not balanced: the slack would only join a block's last line to the next.
    greedy = wrapped(paragraphs, 78).splitlines()
    assert not _balanced(greedy, wrap_width(greedy))
    assert cleantext.clean(text) == text


def test_a_word_broken_after_its_hyphen_is_joined_without_a_space() -> None:
    # textwrap and html2text break "wp-includes" after the hyphen: joined with a space, the PHP
    # warning's path had a space in it and the warning stayed.
    warning = (
        "Deprecated: preg_replace(): The /e modifier is deprecated, use preg_replace_callback instead in "
        "/www/htdocs/w0094d70/wp-includes/formatting.php on line 82"
    )
    article = textwrap.wrap(" ".join(ARTICLE[1:4]), 72)
    lines = textwrap.wrap(warning, 72) + [""] + article
    assert any(line.endswith("wp-") for line in lines)  # the wrap did break the path
    joined = unwrapped(list(enumerate(lines)))
    assert warning in [line for _, line in joined.lines]
    kept = cleantext.clean("\n".join(lines)).splitlines()
    assert not any("preg_replace" in line for line in kept)
    assert [line for line in kept if line] == article
    # A dash between words keeps its spaces.
    assert unwrap([(0, "Der Plan ist gut, sagt die Stadt -"), (1, "und er kostet wenig.")], 34)[0][1] == "Der Plan ist gut, sagt die Stadt - und er kostet wenig."


def test_a_link_moved_whole_to_the_next_line_is_joined() -> None:
    # html2text moves a link's last word and its target to the next line as one "word", longer
    # than any word a wrapper moves: the line before it is still a wrapped line.
    lines = [
        "Die Regierung hat dem Antrag zugestimmt, wie die Agentur am Dienstag aus der",
        "Hauptstadt](https://www.example.com/nachrichten/politik/2022/antrag-regierung-zustimmung) meldete.",
    ]
    assert unwrap(list(enumerate(lines)), 78)[0][1] == " ".join(lines)
    # A run of CJK characters (no spaces) is no word a wrapper moves.
    cjk = ["这是一段很长的中文文字，用来测试换行的规则是否会把两段不同的文字连在一起，这样的文字没有空格。", "第二段" * 20]
    assert len(unwrap(list(enumerate(cjk)), 78)) == 2


def test_a_short_line_before_a_link_moved_whole_is_joined_and_a_label_is_not() -> None:
    # A link too long for any line leaves the line before it short: still a wrapped line, down to
    # LINK_FILL of the width. A label before a link is shorter and stays a line of its own.
    target = "[Masse](https://lernpfadprismen.example.com/masse/masse-des-quaders/)!"
    prose = ["Die Masse eines Körpers berechnest du, indem du das Volumen (V) mit der Dichte", "(ρ) multiplizierst. Siehe Kapitel", target]
    assert joined_lines(prose, 78) == [" ".join(prose)]
    label = ["Weiterlesen:", target, "Die Masse eines Körpers berechnest du, indem du das Volumen (V) mit der Dichte"]
    assert joined_lines(label, 78) == label


def test_a_list_item_is_never_the_rest_of_the_line_before() -> None:
    # A wrapper does not move a bullet to the start of a line: "* item" opens an item of its own,
    # however full the line before it is. A quotation's "> " lines are one paragraph.
    lines = [
        "Die Regierung hat dem Antrag zugestimmt, wie die Agentur am Dienstag aus Wien",
        "* [Politik](https://www.example.com/politik/) und weitere Meldungen des Tages",
        "",
        "> Der Druck auf mütterliches Wohlverhalten wächst und mit ihm die Unsicherheit",
        "> über die richtige und die falsche Liebe zum Kind.",
    ]
    joined = joined_lines(lines, 78)
    assert joined == lines[:3] + ["> Der Druck auf mütterliches Wohlverhalten wächst und mit ihm die Unsicherheit über die richtige und die falsche Liebe zum Kind."]


def test_list_items_and_table_rows_left_long_do_not_hide_the_width() -> None:
    # html2text wraps paragraphs at 78 and leaves list items and table rows whole, however long:
    # a few of them on a page are no sign that the text was not wrapped.
    item = "Power orientation: the degree of authority a leader adopts to influence the behaviour of the team, " * 3
    row = "Mo 9:00 | Di 9:00 | Mi 9:00 | Do 9:00 | Fr 9:00 | Sa 10:00 | So geschlossen, an Feiertagen nach Vereinbarung " * 2
    lines = wrapped(ARTICLE, 78).splitlines()
    long_lines = [f"  {k}. {item}" for k in range(1, 4)] + [f"  * {item}", row, f"-{item}"]
    assert wrap_width(lines + long_lines) == wrap_width(lines) == 78
    # The same lines as paragraphs of their own are prose no wrap broke.
    prose = [line.lstrip(" *-0123456789.") for line in long_lines]
    assert wrap_width(lines + prose) is None


def test_a_line_ending_in_a_hard_break_is_joined_only_to_the_rest_of_its_sentence() -> None:
    # Two spaces at the end of a line are Markdown's line break (html2text's <br>): the author
    # broke the line there, so the next line starts anew, unless it goes on mid-sentence (some
    # authors break every line of their prose so).
    signed = ["If we do not defend the very thing on which our work depends, we should not", "expect the public to defend it for us. **Elliot Ackerman**  ", "**Saladin Ambar**, Rutgers University  "]
    assert joined_lines(signed, 78) == [" ".join(signed[:2]).rstrip(), signed[2]]
    broken = ["Decorators in Python enable you to modify the behaviour of existing  ", "functions without changing the original function."]
    assert len(unwrap(list(enumerate(broken)), 72)) == 1


def test_a_link_or_image_a_wrap_broke_is_read_as_one_line() -> None:
    # html2text moves a link's target whole to the next line and breaks it after a hyphen: the
    # pieces are one teaser, however short or long each line is.
    card = [
        "[![Menschen trinken",
        "Rotwein](https://www.example.com/resource/crblob/7983140/0041eb1e793e1f1f2eac157b24515df3/lazyload-",
        "transparent-image-data.gif) stern Reisewelten Genussreisen in Deutschland ](https://reisen.example.com/)",
        "Die Regierung hat dem Antrag zugestimmt, wie die Agentur am Dienstag meldete.",
    ]
    joined = joined_lines(card, 78)
    assert joined == [" ".join(card[:2]) + card[2], card[3]]
    # A long target goes on over several lines, each piece without a space, until one closes it.
    gallery = [
        "[![](//cdn.example.com/bilder/hauptbild/der-herbst-ist-in-die-kueche-",
        "eingezogen--herbst-kueche-retrokuehlschrank-",
        "vintage__9bafcafb-f452-4f88-a9bb-6f66d752d66f.jpeg)](/fotos/der-herbst-ist-in-",
        "die-kueche-eingezogen--herbst-kueche-retrokuehlschrank-vintage-147172)",
        "",
        "Seit 2 Jahren gehört der Retro-Kühlschrank zu meiner Küche und ich kann mich",
    ]
    assert joined_lines(gallery, 78) == ["".join(gallery[:4]), *gallery[4:]]
    # A link closed on its line, or brackets that no link closes, join nothing.
    lines = ["See [the report](https://example.com/report) for more", "[1] Quelle: Statistisches Amt", "Anmerkungen [ohne Link", "und ohne Ziel."]
    assert len(unwrap(list(enumerate(lines)), 78)) == 4
