"""The list of headlines under a related-links header (the related_lists step)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext

STEPS = cleantext.Pipeline(["related_links", "share_prompts", "related_lists"])
STORY = "The council approved the new bridge over the river on Tuesday after two years of debate."
AFTER = "Work on the bridge is due to start in the spring and should take eighteen months."
HEADLINES = ["Floods close the old river crossing", "Residents vote on the new town plan", "Why the ferry is back?"]


def test_the_headlines_under_a_related_header_go_with_it() -> None:
    for header in ("Related stories", "Mehr zum Thema", "Leggi anche:", "Das könnte Sie auch interessieren"):
        result = STEPS.run("\n".join([STORY, header, "", *HEADLINES, "", AFTER]))
        assert [line for line in result.text.splitlines() if line] == [STORY, AFTER], header
        reasons = {r.reason for r in result.removals if r.cleaner == "related_lists"}
        assert reasons == {f"related link (listed under {header!r})"}


def test_a_line_that_ends_like_a_sentence_ends_the_list() -> None:
    text = "\n".join([STORY, "Related stories", HEADLINES[0], AFTER, "A short line without an end"])
    assert STEPS.clean(text).splitlines() == [STORY, AFTER, "A short line without an end"]


def test_ingredients_dialogue_and_labels_are_not_headlines() -> None:
    for line in ("350 g Zucker", "1 Pck. Vanillepuddingpulver", "Öh, glaub ja. Weshalb?", "Zutaten:", "Word"):
        text = "\n".join([STORY, "Related stories", line, AFTER])
        assert STEPS.clean(text).splitlines() == [STORY, line, AFTER], line


def test_a_headline_may_ask_a_question_and_answer_it() -> None:
    # "Do masks offer protection from new coronavirus? It depends" (japantimes.co.jp): a question
    # inside a headline is no second sentence of prose, as "Öh, glaub ja. Weshalb?" is.
    line = "Do masks offer protection from new coronavirus? It depends"
    text = "\n".join([STORY, "Related stories", line, HEADLINES[0], AFTER])
    assert STEPS.clean(text).splitlines() == [STORY, AFTER]


def test_a_numbered_list_is_a_list_and_its_numbers_end_no_sentence() -> None:
    # A "Most Popular" list is often numbered: the full stop after "1" is the item's number, not
    # a sentence's end before "Senate" (the list stayed whole under its removed header).
    items = ["1. Senate passes spending bill", "2. Storm knocks out power to thousands", "3) Why the ferry is back"]
    text = "\n".join([STORY, AFTER, "Most Popular", *items])
    assert STEPS.clean(text).splitlines() == [STORY, AFTER]
    # A numbered line that holds two sentences is still prose.
    line = "1. Stir the sauce. Then add the eggs"
    assert STEPS.clean("\n".join([STORY, "Related stories", line, AFTER])).splitlines() == [STORY, line, AFTER]


def test_see_also_labels_head_a_list() -> None:
    # Labels the header table lacked: the headline under "À lire également" stayed.
    for label in ("À lire également", "Further reading", "Lea también", "Bekijk ook", "Lies auch"):
        result = STEPS.run("\n".join([STORY, label, HEADLINES[0], AFTER]))
        assert result.text.splitlines() == [STORY, AFTER], label
        assert [r.cleaner for r in result.removals] == ["related_links", "related_lists"], label


def test_a_marker_that_the_story_goes_on_heads_no_list() -> None:
    # "Story continues below" says the story goes on: the heading after it is the story's own
    # (it was taken as a related link when the marker was a related-links header).
    heading = "Why the bridge took two years"
    for marker in ("Story continues below", "Article continues below", "Continue reading below"):
        result = STEPS.run("\n".join([STORY, marker, heading, AFTER]))
        assert result.text.splitlines() == [STORY, heading, AFTER], marker
    # Nor does a reading tip, a box of one link inside the article (fitforfun.de): when the link
    # went, the heading of the next section followed it.
    text = "\n".join([STORY, "Lesetipp", heading, AFTER])
    assert STEPS.clean(text).splitlines() == [STORY, "Lesetipp", heading, AFTER]


def test_more_on_a_topic_heads_a_list() -> None:
    # "More on this story" stood over headlines that stayed, as "Related stories" did not.
    for header in ("More on this story", "More from Politics", "Mehr zu diesem Thema", "Más sobre este tema"):
        text = "\n".join([STORY, AFTER, header, *HEADLINES[:2]])
        assert STEPS.clean(text).splitlines() == [STORY, AFTER], header


def test_a_chinese_headline_is_counted_by_its_characters() -> None:
    # No spaces to split on: "两会时间：政府工作报告解读" was one word, too few for a headline.
    story, after = "国务院总理主持召开国务院常务会议，部署稳定就业的政策措施。", "会议要求加大就业帮扶力度。"
    text = "\n".join([story, "相关新闻", "两会时间：政府工作报告解读", after])
    assert STEPS.clean(text).splitlines() == [story, after]
    # A sentence ends the list, in the script's own full stop.
    text = "\n".join([story, "相关新闻", "会议指出就业是最基本的民生。", after])
    assert STEPS.clean(text).splitlines() == [story, "会议指出就业是最基本的民生。", after]


def test_lines_other_steps_removed_are_skipped_and_the_list_has_an_end() -> None:
    # A share bar inside the list does not end it.
    text = "\n".join([STORY, "Related stories", HEADLINES[0], "Share on Facebook", HEADLINES[1], AFTER])
    assert STEPS.clean(text).splitlines() == [STORY, AFTER]
    # At most MAX_LIST_ITEMS headlines are taken.
    from cleantext.cleaners.related_lists import MAX_LIST_ITEMS

    many = [f"Headline number {k} about the river" for k in range(MAX_LIST_ITEMS + 3)]
    kept = STEPS.clean("\n".join([STORY, "Related stories", *many])).splitlines()
    assert kept == [STORY, *many[MAX_LIST_ITEMS:]]


def test_only_a_related_header_heads_a_list() -> None:
    # A navigation link or a promo line with its own headline is not a list's header.
    for line in ("Back to overview", "Read more: Floods close the old river crossing"):
        text = "\n".join([STORY, line, HEADLINES[0], AFTER])
        assert HEADLINES[0] in STEPS.clean(text).splitlines(), line
    # Without related_links nothing was a header.
    text = "\n".join([STORY, "Related stories", *HEADLINES, AFTER])
    assert cleantext.Pipeline(["related_lists"]).clean(text) == text


def test_a_list_that_is_all_the_text_has_left_stays() -> None:
    # Nothing but the header and its headlines: removing them would leave the text empty, and a
    # text comes out whole rather than empty (as the boilerplate step keeps a page's last lines).
    text = "\n".join(["Related stories", *HEADLINES])
    result = STEPS.run(text)
    assert result.text.splitlines() == HEADLINES
    assert {r.cleaner for r in result.removals} == {"related_links"}
    # A story of fewer words than MIN_KEPT_WORDS keeps its list too; one of more loses it.
    from cleantext.cleaners.boilerplate import MIN_KEPT_WORDS

    short = " ".join(["word"] * (MIN_KEPT_WORDS - 1))
    assert len(STORY.split()) >= MIN_KEPT_WORDS
    assert STEPS.clean("\n".join([short, "Related stories", *HEADLINES[:2]])).splitlines() == [short, *HEADLINES[:2]]
    assert STEPS.clean("\n".join([STORY, "Related stories", *HEADLINES[:2]])).splitlines() == [STORY]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([STORY, AFTER, "Related stories", "Mehr zum Thema", "Share on Facebook", "", *HEADLINES, "Zutaten:"]), max_size=30))
def test_the_steps_together_are_idempotent(lines: list[str]) -> None:
    text = "\n".join(lines)
    once = STEPS.clean(text)
    assert STEPS.clean(once) == once
