"""Text-mode list markers (inscriptis, lynx): list items judged without their markers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.list_markers import MIN_MARKED_LINES, is_marked_list_layout, unmarked_line

MENU = ["  * Startseite", "  * Politik", "  * Wirtschaft", "      + Finanzen", "      + Börse", "  * Kultur", "  * Sport", ""]
ARTICLE = [
    "    Hitzeaktionspläne in deutschen Städten",
    "",
    "    Immer mehr Städte in Deutschland legen Hitzeaktionspläne an, die festlegen, was bei tagelanger Hitze geschehen soll.",
    "",
    "    In Köln etwa werden Trinkbrunnen aufgestellt, öffentliche Gebäude als kühle Orte geöffnet und ältere Menschen angerufen.",
    "",
    "    Fachleute sagen, dass solche Pläne Leben retten können, wenn sie rechtzeitig umgesetzt werden und alle Ämter mitziehen.",
    "",
    "    Die Kosten sind im Vergleich zu den Folgen gering, heißt es beim Deutschen Städtetag, der die Pläne seit Jahren empfiehlt.",
    "",
]
FOOTER = ["  * Impressum", "  * Datenschutz", "  * Kontakt", "  * Vorschau auf den nächsten Artikel"]


def test_only_indented_markers_make_the_layout() -> None:
    assert is_marked_list_layout(MENU)
    # An extractor's article writes its items at the start of the line: no layout of markers.
    assert not is_marked_list_layout([line.lstrip() for line in MENU])
    assert not is_marked_list_layout(MENU[: MIN_MARKED_LINES - 1])


def test_a_page_as_inscriptis_prints_it_loses_its_menus_and_keeps_its_layout() -> None:
    page = "\n".join(MENU + ARTICLE + FOOTER)
    result = cleantext.clean_document(page)
    kept = result.text.splitlines()
    assert not set(kept) & {line for line in MENU + FOOTER if line}
    assert [line for line in ARTICLE if len(line) > 100] == [line for line in kept if len(line) > 100]
    # The removals name the input's lines, markers and all.
    assert {removal.text for removal in result.removals if removal.text.strip()} >= {"  * Politik", "  * Vorschau auf den nächsten Artikel"}


def test_a_clean_article_with_a_marked_list_passes_through() -> None:
    items = [f"  * {text}" for text in ("Trinkbrunnen in allen Bezirken aufstellen.", "Öffentliche Gebäude als kühle Orte öffnen.", "Ältere Menschen, die allein leben, täglich anrufen.", "Notunterkünfte auch tagsüber offen halten.", "Hitzewarnungen über Radio und Apps verbreiten.")]
    article = "\n".join(ARTICLE[:6] + ["    Der Plan sieht fünf Maßnahmen vor:", ""] + items + [""] + ARTICLE[6:])
    assert cleantext.clean(article) == article


@given(st.text(alphabet=" \t*+•-ab\u00a0", max_size=30))
def test_an_unmarked_line_is_blank_only_when_the_line_is(line: str) -> None:
    assert bool(unmarked_line(line).strip()) == bool(line.strip())
