"""Lists of measured quantities (ingredients, nutrition tables) survive the page classifier."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
import cleantext.cleaners.boilerplate as boilerplate_step
from cleantext.measure_lists import MIN_MEASURED, may_hold_a_list, measure_list_lines, units

# A whole page as a plain scraper gives it: the page's title, a menu, the recipe, a footer.
RECIPE_PAGE = """Apfelkuchen vom Blech mit Streuseln | Beispielverlag
Startseite
Rezepte
Backen
Kochen
Getränke
Magazin
Newsletter
Login
Suche

Apfelkuchen vom Blech mit Streuseln

Dieser Apfelkuchen vom Blech ist schnell gemacht und reicht für die ganze Familie, wenn am Sonntag alle zum Kaffee kommen.
Die Äpfel werden nur geschält und in Spalten geschnitten, die Streusel sind in wenigen Minuten geknetet.

Zutaten
Für den Teig:
250 g Mehl
150 g Zucker
125 g Butter
2 Eier
1 TL Backpulver
Für die Streusel:
200 g Mehl
100 g Zucker
1 Prise Salz
Zimt

Den Backofen auf 180 Grad vorheizen und das Blech mit Backpapier auslegen, damit nichts anklebt.
Mehl, Zucker, Butter, Eier und Backpulver zu einem glatten Teig verkneten und auf dem Blech verteilen.
Die Äpfel schälen, in Spalten schneiden und dicht an dicht auf den Teig legen, dann die Streusel darüber geben.
Den Kuchen etwa 40 Minuten backen, bis die Streusel goldbraun sind, und auf dem Blech abkühlen lassen.

Impressum
Datenschutz
Kontakt
Mediadaten
Jobs
Cookie-Einstellungen
© 2024 Beispielverlag
"""
INGREDIENTS = ["250 g Mehl", "150 g Zucker", "125 g Butter", "2 Eier", "1 TL Backpulver", "200 g Mehl", "1 Prise Salz", "Für die Streusel:"]


def test_a_recipe_page_keeps_its_ingredient_list_and_loses_its_menu() -> None:
    cleaned = cleantext.clean(RECIPE_PAGE).splitlines()
    for line in INGREDIENTS:
        assert line in cleaned
    assert "Den Kuchen etwa 40 Minuten backen, bis die Streusel goldbraun sind, und auf dem Blech abkühlen lassen." in cleaned
    for furniture in ("Startseite", "Login", "Impressum", "Mediadaten"):
        assert furniture not in cleaned


def test_without_the_list_rule_the_classifier_takes_the_ingredients_for_furniture(monkeypatch) -> None:
    # What the rule is for: the same page, judged by the classifier alone, loses the list.
    monkeypatch.setattr(boilerplate_step, "measure_list_lines", lambda lines: set())
    cleaned = cleantext.clean(RECIPE_PAGE).splitlines()
    assert not any(line in cleaned for line in INGREDIENTS[:5])


def test_a_page_the_lists_keep_from_settling_is_judged_without_them(monkeypatch) -> None:
    # Keeping a list can leave an island whose neighbours go one line a pass; the step then judges
    # the page as it would without the rule, rather than leaving the whole page in.
    original = boilerplate_step._settled_marks
    monkeypatch.setattr(boilerplate_step, "measure_list_lines", lambda lines: set())
    without_rule = cleantext.clean(RECIPE_PAGE)
    monkeypatch.undo()
    calls = []

    def never_settles_with_lists(kept, judge, mode, keep_measure_lists):
        calls.append(keep_measure_lists)
        return None if keep_measure_lists else original(kept, judge, mode, keep_measure_lists)

    monkeypatch.setattr(boilerplate_step, "_settled_marks", never_settles_with_lists)
    assert cleantext.clean(RECIPE_PAGE) == without_rule
    assert calls == [True, False]


def test_lists_in_several_languages_are_found() -> None:
    english = ["Ingredients", "2 cups flour", "1½ teaspoons baking powder", "3 tbsp sugar", "1 large egg", "Method"]
    spanish = ["2 tazas de harina", "1 cucharadita de sal", "½ taza de azúcar", "Preparación"]
    polish = ["2 szklanki mąki", "1 łyżeczka soli", "3 łyżki cukru"]
    french = ["Pour la pâte :", "250 g de farine", "2 cuillères à soupe de sucre", "1 pincée de sel"]
    assert measure_list_lines(english) == {1, 2, 3, 4}
    assert measure_list_lines(spanish) == {0, 1, 2}
    assert measure_list_lines(polish) == {0, 1, 2}
    assert measure_list_lines(french) == {0, 1, 2, 3}


def test_sub_headings_and_plain_items_belong_to_the_list_only_inside_it() -> None:
    lines = ["Für den Teig:", "", "125 g Mehl", "Salz", "Pfeffer", "65 g Zucker", "1 EL Öl", "Für die Deko:", "Impressum"]
    # The heading before the first item is the list's; the one after the last item is not.
    assert measure_list_lines(lines) == {0, 2, 3, 4, 5, 6}
    # More than three lines without an amount in a row end the list.
    broken = ["125 g Mehl", "Salz", "Pfeffer", "Zimt", "Muskat", "65 g Zucker", "1 EL Öl"]
    assert measure_list_lines(broken) == set()


def test_lines_that_open_with_numbers_but_name_no_unit_are_no_list() -> None:
    menus = [
        ["3 Kommentare", "12 Shares", "2021 Archiv", "5 min Lesezeit", "4 Tsd. Abonnenten"],
        ["12.03.2022 Neue Öffnungszeiten", "11.03.2022 Sommerfest", "10.03.2022 Jahresbericht"],
        ["1. Platz Müller", "2. Platz Meier", "3. Platz Schulz"],
        ["Preis 19,99 €", "Versand 4,95 €", "Gesamt 24,94 €"],
    ]
    for lines in menus:
        assert measure_list_lines(lines) == set(), lines
    # Two amounts are not yet a list.
    assert measure_list_lines(["125 g Mehl", "65 g Zucker", "Impressum"]) == set()


def test_mixed_numbers_and_ranges_open_an_ingredient() -> None:
    # eatwhattonight.com writes "1 1/2 tsp" and "1 – 1 1/2 tbsp": the list must see them as the
    # whole-text scan does, or a run of them counts too few ingredients.
    lines = ["1 1/2-2 tbsp kecap manis", "1 – 1 1/2 tbsp light soya sauce", "2 tsp dark soya sauce", "1 1/2 tsp sugar"]
    assert may_hold_a_list("\n".join(lines))
    assert measure_list_lines(lines) == {0, 1, 2, 3}


def test_an_ingredient_opens_with_its_amount_in_a_unit() -> None:
    # "2 Eier à 50 g" names a unit only later: it belongs to a list but does not make one, so the
    # list test and the whole-text scan (may_hold_a_list) count the same lines.
    later_units = ["2 Eier à 50 g", "3 Äpfel zu je 100 g", "4 Scheiben Brot, 200 g"]
    assert not may_hold_a_list("\n".join(later_units))
    assert measure_list_lines(later_units) == set()
    assert measure_list_lines(later_units + ["125 g Mehl", "65 g Zucker", "1 EL Öl"]) == {0, 1, 2, 3, 4, 5}


def test_a_unit_must_be_a_whole_word() -> None:
    # "g" of "gute", "l" of "lange": the words go on, so no unit was named.
    assert measure_list_lines(["3 gute Gründe", "2 lange Nächte", "5 tolle Tage"]) == set()


def test_every_language_file_gives_units() -> None:
    found = units()
    for unit in ("g", "ml", "tablespoons", "el", "cucharada", "cucchiaio", "colher", "eetlepel", "łyżka", "cuillère"):
        assert unit in found


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", "125 g Mehl", "2 Eier", "Salz", "Für den Teig:", "Impressum", "1 TL Zimt", "Eine lange Zeile Prosa, die einen ganzen Satz bildet und endet."]), max_size=30))
def test_found_positions_are_lines_of_the_text_and_need_enough_measured_lines(lines: list[str]) -> None:
    found = measure_list_lines(lines)
    assert all(0 <= pos < len(lines) and lines[pos].strip() for pos in found)
    if not may_hold_a_list("\n".join(lines)):
        assert found == set()
    if found:
        measured = sum(1 for pos in found if lines[pos] in ("125 g Mehl", "1 TL Zimt"))
        assert measured >= MIN_MEASURED


def test_a_recipe_table_in_markdown_is_a_list_with_its_header_and_rule_rows() -> None:
    # markdownify and other Markdown scrapers print a recipe's ingredient table as a pipe table
    # (chefkoch.de): the cells' borders stand where a bullet would, the sub-heading is a row of its
    # own, and the rule row under it must stay with it or the table no longer renders.
    table = [
        "Zutaten",
        "| Für den Mürbeteig: | |",
        "| --- | --- |",
        "| 125 g | Mehl |",
        "| 65 g | Zucker |",
        "| 1 | Ei(er) |",
        "| 1 TL | Backpulver |",
        "",
        "| Für die Füllung: | |",
        "| :--- | ---: |",
        "| 500 ml | Milch |",
        "Impressum",
    ]
    assert may_hold_a_list("\n".join(table))
    assert measure_list_lines(table) == {1, 2, 3, 4, 5, 6, 8, 9, 10}
    # A table of numbers without units is no list, and a rule row alone makes none.
    scores = ["| Platz | Punkte |", "| --- | --- |", "| 1 | 42 |", "| 2 | 40 |", "| 3 | 37 |"]
    assert measure_list_lines(scores) == set()

