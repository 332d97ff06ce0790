"""The public API: Pipeline, registry, Config, Result and explain()."""

from __future__ import annotations

import dataclasses

import pytest

import cleantext
from cleantext import Config, Pipeline, VideoCardOptions, register_cleaner, register_normalizer

CARD = "Story starts here.\n1:30\nPM confirms plan\nStory goes on.\n"


def test_default_pipeline_order() -> None:
    assert Pipeline().steps == cleantext.DEFAULT_STEPS
    # The site template first (a no-op without one), then server errors (they can run to hundreds
    # of lines above the page), the line families, the segmenter, and the blank lines removals
    # left side by side last.
    assert Pipeline.default().steps[:3] == ("site_template", "server_errors", "player_notices")
    assert Pipeline().steps[-2:] == ("unrelated_stories", "blank_runs")


def test_clean_and_clean_document_agree() -> None:
    result = cleantext.clean_document(CARD)
    assert result.text == cleantext.clean(CARD) == "Story starts here.\nStory goes on.\n"
    assert [r.line for r in result.removals] == [1, 2]
    assert {r.rule for r in result.removals} == {"duration", "card-title"}
    assert result.changed and result.original == CARD
    assert result.kept_lines == (0, 3)
    assert result.removed_by("video_cards") == list(result.removals)


def test_explain_names_every_removed_line_and_its_reason() -> None:
    explanation = cleantext.clean_document(CARD).explain()
    assert "line 2: [video_cards/duration] video duration 1:30: '1:30'" in explanation
    assert "line 3: [video_cards/card-title]" in explanation
    assert "removed 2 of 4 lines (video_cards 2)" in explanation
    assert cleantext.clean_document("Nothing to see.").explain() == "nothing removed (1 lines kept)"


def test_pipeline_from_names_and_list_argument() -> None:
    assert cleantext.clean(CARD, ["player_notices"]) == CARD
    assert cleantext.clean(CARD, Pipeline(["video_cards"])) == "Story starts here.\nStory goes on.\n"


def test_adding_removing_and_reordering_steps() -> None:
    base = Pipeline(["player_notices", "video_cards"])
    assert base.without("video_cards").steps == ("player_notices",)
    assert base.with_step("captions").steps == ("player_notices", "video_cards", "captions")
    assert base.with_step("captions", before="video_cards").steps == ("player_notices", "captions", "video_cards")
    assert base.with_step("captions", after="player_notices").steps == ("player_notices", "captions", "video_cards")
    assert base.steps == ("player_notices", "video_cards"), "pipelines are immutable"
    assert Pipeline(list(reversed(base.steps))).steps == ("video_cards", "player_notices")


@pytest.mark.parametrize(
    "make, error",
    [
        (lambda: Pipeline(["no_such_step"]), KeyError),
        (lambda: Pipeline("video_cards"), TypeError),
        (lambda: Pipeline(["video_cards", "video_cards"]), ValueError),
        (lambda: Pipeline(["video_cards"]).without("captions"), KeyError),
        (lambda: Pipeline(["video_cards"]).with_step("video_cards"), ValueError),
        (lambda: Pipeline(["video_cards"]).with_step("captions", before="x"), KeyError),
        (lambda: Pipeline(["video_cards"]).with_step("captions", before="video_cards", after="video_cards"), ValueError),
    ],
)
def test_pipeline_misuse_gives_clear_errors(make, error) -> None:
    with pytest.raises(error):
        make()


def test_bytes_input_is_rejected_with_a_clear_error() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        cleantext.clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode bytes first"):
        cleantext.clean(bytearray(b"bytes"))  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 5, ["a list", "of lines"]])
def test_other_non_text_input_is_named_without_a_decoding_hint(value) -> None:
    with pytest.raises(TypeError, match=f"not {type(value).__name__}$"):
        cleantext.clean(value)


def test_user_cleaner_plugs_in_like_a_builtin() -> None:
    @register_cleaner("test_shouting", replace=True)
    def drop_shouting(doc, config):
        """Remove lines written entirely in capitals."""
        for i, line in doc.kept():
            if len(line) > 3 and line.isupper():
                yield i, "all-caps", "line in capitals"

    assert "test_shouting" in cleantext.list_cleaners()
    assert cleantext.list_cleaners()["test_shouting"] == "Remove lines written entirely in capitals."
    pipeline = Pipeline().with_step("test_shouting", before="player_notices")
    result = pipeline.run("A quiet line.\nBUY NOW\nAnother quiet line.")
    assert result.text == "A quiet line.\nAnother quiet line."
    assert result.removals[0].cleaner == "test_shouting" and result.removals[0].rule == "all-caps"


def test_user_cleaner_reads_its_options_from_config() -> None:
    @register_cleaner("test_drop_word", replace=True)
    def drop_word(doc, config):
        """Remove lines equal to a configured word."""
        word = config.option("test_drop_word", {}).get("word")
        for i, line in doc.kept():
            if line == word:
                yield i, "word", f"the word {word!r}"

    config = Config(options={"test_drop_word": {"word": "spam"}})
    assert cleantext.clean("eggs\nspam\nham", ["test_drop_word"], config=config) == "eggs\nham"


def _register_lonely_x_and_drop_y() -> None:
    @register_cleaner("test_lonely_x", replace=True, settles=True)
    def drop_lonely_x(doc, config):
        """Remove an "x" line with no other "x" line next to it (judged by its neighbours)."""
        kept = doc.kept()
        for k, (i, line) in enumerate(kept):
            neighbours = [kept[j][1] for j in (k - 1, k + 1) if 0 <= j < len(kept)]
            if line == "x" and "x" not in neighbours:
                yield i, "lonely", "an x alone"

    @register_cleaner("test_drop_y_and_before", replace=True)
    def drop_y(doc, config):
        """Remove a "y" line and the line before it."""
        kept = doc.kept()
        for k, (i, line) in enumerate(kept):
            if line == "y":
                if k:
                    yield kept[k - 1][0], "before-y", "the line before a y"
                yield i, "y", "a y"


def test_a_settling_cleaner_runs_again_on_what_later_steps_left() -> None:
    _register_lonely_x_and_drop_y()
    pipeline = Pipeline(["test_lonely_x", "test_drop_y_and_before"])
    text = "a\nx\nx\ny\nb"
    result = pipeline.run(text)
    # The first "x" had an "x" beside it until the later step removed that one with the "y";
    # settling removes it in the same cleaning, so a second cleaning changes nothing.
    assert result.text == "a\nb"
    assert sorted((r.line, r.cleaner, r.rule) for r in result.removals) == [
        (1, "test_lonely_x", "lonely"), (2, "test_drop_y_and_before", "before-y"), (3, "test_drop_y_and_before", "y"),
    ]
    assert pipeline.clean(result.text) == result.text


def test_a_cleaner_that_does_not_settle_runs_once() -> None:
    _register_lonely_x_and_drop_y()

    @register_cleaner("test_lonely_x_once", replace=True)
    def once(doc, config):
        """The same rule, registered without settles=True."""
        yield from cleantext.registry.get_step("test_lonely_x").func(doc, config)

    pipeline = Pipeline(["test_lonely_x_once", "test_drop_y_and_before"])
    once_cleaned = pipeline.clean("a\nx\nx\ny\nb")
    assert once_cleaned == "a\nx\nb"
    assert pipeline.clean(once_cleaned) == "a\nb"  # what settling is for
    assert cleantext.registry.get_step("test_lonely_x").settles
    assert not cleantext.registry.get_step("test_lonely_x_once").settles


def test_settling_passes_are_bounded() -> None:
    # Two settling steps that each remove the last line whenever they run would wake each other up
    # once per line; the pipeline stops after MAX_SETTLE_PASSES passes, so the work stays linear.
    _register_lonely_x_and_drop_y()
    for name in ("test_peel_a", "test_peel_b"):

        @register_cleaner(name, replace=True, settles=True)
        def peel(doc, config):
            """Remove the last kept line (a pathological step: never idempotent)."""
            kept = doc.kept()
            if kept:
                yield kept[-1][0], "peel", "the last line"

    text = "\n".join(str(k) for k in range(40))
    # One settling step alone: its own removals do not wake it up, so it runs once.
    assert len(Pipeline(["test_peel_a"]).run(text).removals) == 1
    # Two wake each other up, and a later step wakes both: MAX_SETTLE_PASSES more runs at most.
    runs = 1 + cleantext.pipeline.MAX_SETTLE_PASSES
    for steps in (["test_peel_a", "test_peel_b"], ["test_peel_a", "test_peel_b", "test_drop_y_and_before"]):
        result = Pipeline(steps).run("y\n" + text)
        assert [len([r for r in result.removals if r.cleaner == name]) for name in ("test_peel_a", "test_peel_b")] == [runs, runs]


def test_registering_a_name_twice_needs_replace() -> None:
    @register_cleaner("test_twice", replace=True)
    def first(doc, config):
        return iter(())

    with pytest.raises(ValueError, match="already registered"):

        @register_cleaner("test_twice")
        def second(doc, config):
            return iter(())


def test_a_cleaner_that_yields_garbage_is_reported() -> None:
    @register_cleaner("test_bad_marks", replace=True)
    def bad(doc, config):
        yield "not a mark"

    with pytest.raises(TypeError, match="test_bad_marks"):
        cleantext.clean("x", ["test_bad_marks"])


def test_normalisers_transform_lines_but_keep_structure_and_removals() -> None:
    text = "  Story   starts\there.  \n\n1:30\nPM confirms plan\n  Story goes on.\n"
    pipeline = Pipeline(["video_cards", "collapse_spaces"])
    result = pipeline.run(text)
    assert result.text == "Story starts here.\n\nStory goes on.\n"
    assert result.original == text  # the input is still there, exactly


def test_user_normaliser() -> None:
    @register_normalizer("test_upper", replace=True)
    def upper(line):
        """Upper-case every line."""
        return line.upper()

    assert cleantext.clean("a\nb", ["test_upper"]) == "A\nB"


def test_config_is_frozen_and_typed() -> None:
    config = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.video_cards = VideoCardOptions()  # type: ignore[misc]
    longer_titles = Config(video_cards=VideoCardOptions(max_title_words=2))
    # With titles of at most two words, "PM confirms plan" is not taken for a card title.
    assert cleantext.clean(CARD, ["video_cards"], config=longer_titles) == "Story starts here.\nPM confirms plan\nStory goes on.\n"


def test_crlf_and_missing_final_newline_are_kept() -> None:
    text = "Story starts here.\r\n1:30\r\nStory goes on."
    assert cleantext.clean(text, ["video_cards"]) == "Story starts here.\r\nStory goes on."


def test_widget_tables_judge_lines_alone_and_context_steps_do_not() -> None:
    from cleantext.registry import get_step

    assert get_step("player_notices").judges_lines_alone and get_step("captions").judges_lines_alone
    # aggregator_tail takes rules but settles (a tail is judged by what stands before it);
    # boilerplate and the segmenter take none.
    assert not any(get_step(name).judges_lines_alone for name in ("aggregator_tail", "boilerplate", "unrelated_stories"))


def test_about_boxes_judge_the_heading_again_when_a_later_step_frees_its_paragraph() -> None:
    # "Wer wir sind" followed by a short line is a menu's entry and stays; once captions takes the
    # short line (a picture credit), the heading stands over its paragraph, and the box goes in the
    # same cleaning (hss.de's page kept it the first time and lost it when cleaned again).
    text = "\n".join([
        "Der Verein hat am Dienstag seinen neuen Vorstand gewählt und die Pläne für das Jahr vorgestellt.",
        "Wer wir sind",
        "Foto: dpa",
        "Wir sind ein Verein, der sich seit vielen Jahren für den Schutz der heimischen Vögel einsetzt.",
    ])
    pipeline = Pipeline(["about_boxes", "captions"])
    once = pipeline.clean(text)
    assert once.splitlines() == text.splitlines()[:1]
    assert pipeline.clean(once) == once
