"""A blog's "Recent Comments" widget (the recent_comments step)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.cleaners.recent_comments import MIN_RUN_LINES, comment_line, connectors, drop_recent_comments, excerpt_name
from cleantext.document import Document
from cleantext.registry import register_cleaner

STEP = cleantext.Pipeline(["recent_comments"])
STORY = "The council approved the new bridge over the river on Tuesday after two years of debate and protest."
WIDGET = ["Toutant Duke on Bonny Light Horseman (album review)", "Alex on Jason Hawk Harris (album review)", "Mia on The Arctic Monkeys: Part 2"]


def test_the_widget_and_its_heading_go_each_with_its_reason() -> None:
    result = STEP.run("\n".join([STORY, "Recent Comments", *WIDGET, "Impressum"]))
    assert result.text.splitlines() == [STORY, "Impressum"]
    reasons = {r.line: (r.rule, r.reason) for r in result.removals}
    assert reasons[1] == ("recent-comments-heading", "recent comments widget (its heading)")
    assert {reasons[i] for i in (2, 3, 4)} == {("recent-comment", "recent comments widget (a run of 3 '<name> on <post>' lines)")}


def test_lines_another_step_removed_still_count_in_the_run() -> None:
    @register_cleaner("test_drop_vinz", replace=True)
    def drop_vinz(doc, config):  # type: ignore[no-untyped-def]
        return [(i, "vinz", "a test step") for i, line in doc.kept() if line.startswith("vinz")]

    # The classifier often takes some of a widget's lines and leaves others: the widget is judged
    # whole (three lines here, though one is gone), and this step removes the lines still in.
    text = "\n".join([STORY, "Heiko bei Ihr spinnt doch!", "vinz bei Ihr spinnt doch!", "Jana bei Laufen im Winter"])
    result = cleantext.Pipeline(["test_drop_vinz", "recent_comments"]).run(text)
    assert result.text.splitlines() == [STORY]
    assert {r.line: r.cleaner for r in result.removals} == {1: "recent_comments", 2: "test_drop_vinz", 3: "recent_comments"}
    # A removed line that is no widget line ends the run at first (passed over, it let a page's
    # headline above its teasers join the widget-shaped lines under them); but the step then looks
    # again as a second cleaning would, without the removed lines, and there the run is whole.
    text = "\n".join([STORY, "Heiko bei Ihr spinnt doch!", "vinz: Impressum", "Jana bei Ihr spinnt doch!", "Ute bei Laufen im Winter"])
    result = cleantext.Pipeline(["test_drop_vinz", "recent_comments"]).run(text)
    assert result.text.splitlines() == [STORY]
    assert cleantext.Pipeline(["recent_comments"]).clean(result.text) == result.text


def test_a_line_that_repeats_whole_is_no_comment_on_the_same_post() -> None:
    # A page's headline in its teasers and over its article: the same words, not two readers.
    headline = "Adolescente encontrada morta em vala estava grávida de 3 meses, confirma irmã"
    text = "\n".join([STORY, headline, headline, "Gestação era mantida em segredo pela vítima e a irmã", STORY])
    assert STEP.clean(text) == text
    two_readers = "\n".join([STORY, "Ana em A nova ponte sobre o rio", "João em A nova ponte sobre o rio", "Rui em A festa da cidade", STORY])
    assert STEP.clean(two_readers).splitlines() == [STORY, STORY]


def test_a_user_heading_makes_a_run_without_repeats_a_widget() -> None:
    run = ["Anna on The new bridge over the river", "Paul on The old ferry across the water", "Mia on Why the town hall is closing"]
    text = "\n".join([STORY, "What readers say", *run])
    assert STEP.clean(text) == text
    rules = {"recent_comments": [{"phrases": ["What readers say"], "reason": "reader comments box"}]}
    result = cleantext.Pipeline(["recent_comments"], rules=rules).run(text)
    assert result.text.splitlines() == [STORY]
    assert result.removals[0].reason == "reader comments box"


def test_each_language_has_its_joining_word() -> None:
    table = connectors()
    assert {"en", "de", "fr", "es", "it", "pt", "nl"} <= set(table)
    for words in table.values():
        for word in words:
            line = comment_line(0, f"Anna {word} The new bridge over the river")
            assert line is not None and line.name == "Anna" and line.word == word


def test_names_of_up_to_three_words_and_no_more() -> None:
    assert comment_line(0, "Steffi Gruber bei ZEN Damenmode").name == "Steffi Gruber"
    assert comment_line(0, "unser Fachexperte lulli-nulli bei Dieb am Hauptbahnhof").name == "unser Fachexperte lulli-nulli"
    assert comment_line(0, "Sendung vom Februar 2014 Dresden bei Umfrage") is None
    assert comment_line(0, "Smith on Monday said the vote was lost.") is None


EXCERPTS = [
    "Anna: I walked over the new bridge yesterday and the view from the top of it is really...",
    "Paul: The lights along the railing make it look lovely at night, though I still wish they...",
    "Mia Jones: Does anyone know when the old ferry will stop running? I heard it might go on for...",
]


def test_excerpts_cut_short_are_the_widget_in_its_other_shape() -> None:
    result = STEP.run("\n".join([STORY, "Neueste Kommentare", *EXCERPTS, "Impressum"]))
    assert result.text.splitlines() == [STORY, "Impressum"]
    reasons = {r.line: (r.rule, r.reason) for r in result.removals}
    assert reasons[1] == ("recent-comments-heading", "recent comments widget (its heading)")
    expected = ("recent-comment-excerpt", "recent comments or teasers widget (a run of 3 '<name>: <excerpt>' lines, 3 of them cut short)")
    assert {reasons[i] for i in (2, 3, 4)} == {expected}
    # The same comments in full are a discussion, not the widget; so are two cut short.
    whole = [line.rstrip(".") + "." for line in EXCERPTS]
    assert STEP.clean("\n".join([STORY, *whole])) == "\n".join([STORY, *whole])
    two = "\n".join([STORY, *EXCERPTS[:2], whole[2]])
    assert STEP.clean(two) == two


def test_excerpts_cut_at_many_lengths_are_dialogue() -> None:
    # A widget cuts every excerpt at about one length; a play's lines trail off at any length.
    lines = [STORY, "Anna: Well, I thought...", "Ben: You thought we would just leave the old ferry running for another ten years or so without...", "Anna: That we might...", "Ben: Go on..."]
    assert STEP.clean("\n".join(lines)) == "\n".join(lines)


def test_excerpt_names_are_up_to_three_words_before_a_colon() -> None:
    assert excerpt_name("Mia Jones: Does anyone know...") == "Mia Jones"
    assert excerpt_name("Heiderose von Manthey: WIR KÖNNEN ANDERS ...") == "Heiderose von Manthey"
    assert excerpt_name("Come and get it now: Wie wäre es damit...") is None
    assert excerpt_name("Daniel Ludewig: Was steckt dahinter?: Die Umsetzung") == "Daniel Ludewig"
    assert excerpt_name("Anna:no space...") is None
    assert excerpt_name("Anna: " + "x" * 400 + "...") is None


def test_the_default_pipeline_runs_it_before_the_segmenter() -> None:
    steps = cleantext.Pipeline().steps
    assert steps.index("boilerplate") < steps.index("recent_comments") < steps.index("unrelated_stories")


LINES = [STORY, "Recent Comments", "Kommentare", "", *WIDGET, "Heiko bei Ihr spinnt doch!", "vinz bei Ihr spinnt doch!", "Jane on vocals", "Link zu Facebook", *EXCERPTS, "The new bridge"]


def _step_alone(text: str) -> tuple[str, list]:
    """The step run on *text* read line by line (a pipeline may first judge a text of many
    lines of one length as hard-wrapped, and join them: that view has properties of its own),
    and what it keeps, blank lines left out."""
    doc = Document(text)
    marks = list(drop_recent_comments(doc, cleantext.Config()))
    gone = {mark[0] for mark in marks}
    return "\n".join(line for i, line in enumerate(doc.lines) if i not in gone and line.strip()), marks


@example(lines=[STORY, WIDGET[0], WIDGET[1], "Recent Comments", *["Heiko bei Ihr spinnt doch!"] * 3, WIDGET[0]])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=3 * MIN_RUN_LINES + 6))
def test_it_is_idempotent_and_never_empties_a_text(lines: list[str]) -> None:
    # The example: once the "bei" widget and its heading are gone, the "on" lines above and below
    # it are a run of three, which a second cleaning would take: the step looks again itself.
    text = "\n".join(lines)
    once, marks = _step_alone(text)
    assert _step_alone(once)[0] == once
    if any(line.strip() for line in lines):
        assert once.strip()
    assert all(rule and reason for _, rule, reason in marks)
