"""What must always hold, whatever the input (hypothesis)."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.document import split_lines
from cleantext.html import is_html_document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that look like scraped text: prose, furniture from every family, times, blanks.
FURNITURE = [
    "Please use Chrome browser for a more accessible video player", "1:30", "12:05", "Duration 1:30",
    "PM confirms plan", "More on Kosovo", "Related Topics:", "Politics latest: More headaches",
    "Image: A caption here. Pic: PA", "(Getty Images)", "Hashtags", "Comments", "No comments yet...",
    "Try Our AI Features", "The Independent", "20 minutes ago", "- The Independent", "", " ",
    "Read more: Another story", "Advertisement", "Share this article", "Home", "Contact us",
    "© 2025 Example Media. All rights reserved.", "15:00", "Watch:", "Tags: a, b",
    "Facebook Twitter WhatsApp Email", "Sign up for our newsletter", "- Advertisement -",
    "We use cookies to improve your experience.", "5 min read", "— Name (@handle) June 3, 2025",
    "Lire aussi : Un titre", "Already a subscriber? Log in", "By Jane Smith, Reuters",
    # Invisible format characters alone on a line, as editors leave them (the classifier reads
    # such a line as blank).
    "\u200b", "\u2063", "\ufeff \u200e",
]
PROSE_WORDS = "the minister said talks on return hubs for failed asylum seekers would continue in autumn while critics argued costs".split()
prose_line = st.lists(st.sampled_from(PROSE_WORDS), min_size=8, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
scraped_line = st.one_of(st.sampled_from(FURNITURE), prose_line, st.text(max_size=60))
scraped_text = st.lists(scraped_line, max_size=40).map("\n".join)
# Text taken node by node from indented HTML: runs of blank lines between the lines, which the
# pipeline judges without them when most gaps are two or more (cleantext.loose_spacing).
loosely_spaced_text = st.lists(st.tuples(scraped_line, st.integers(0, 3)), max_size=40).map(lambda parts: "\n".join(line + "\n" * gap for line, gap in parts))
any_text = st.one_of(scraped_text, loosely_spaced_text, st.text(), st.text(alphabet=string.printable))


@SETTINGS
@given(any_text)
def test_kept_and_removed_lines_rebuild_the_input(text: str) -> None:
    result = cleantext.clean_document(text)
    assert result.original == text
    kept = result.kept_lines
    removed = [r.line for r in result.removals]
    assert sorted(set(kept) | set(removed)) == list(range(len(text.splitlines())))
    assert not set(kept) & set(removed)


@SETTINGS
@given(any_text)
def test_every_kept_line_is_an_input_line_in_order(text: str) -> None:
    assume(not is_html_document(text))  # clean() gives an HTML document's article instead
    out_lines = cleantext.clean(text).splitlines()
    in_lines = text.splitlines()
    it = iter(in_lines)
    assert all(any(line == candidate for candidate in it) for line in out_lines)


@SETTINGS
@given(any_text)
def test_the_annotated_view_marks_every_input_line_once(text: str) -> None:
    result = cleantext.clean_document(text)
    rows = result.annotated().split("\n")[:-1]
    lines = text.splitlines()
    assert len(rows) == len(lines)
    removed = {r.line: r for r in result.removals}
    for i, (row, line) in enumerate(zip(rows, lines)):
        if i in removed:
            assert row == f"- {line}\t# {removed[i].cleaner}/{removed[i].rule}: {removed[i].reason}"
        else:
            assert row == f"  {line}"


@SETTINGS
@given(any_text)
def test_every_removal_is_explained(text: str) -> None:
    result = cleantext.clean_document(text)
    for removal in result.removals:
        assert removal.cleaner and removal.rule and removal.reason
        assert removal.text == text.splitlines()[removal.line]
    if result.removals:
        assert str(len(result.removals)) in result.explain()


@SETTINGS
@given(scraped_text)
# Found by this test: which tail start aggregator_tail decided on depended on a marker or ad label
# that a later step removes.
@example("Advertisement\nHashtags\nThe the the the the the the the the the the minister minister minister minister.\nHashtags\nHashtags")
@example("Tags: a, b\n0\nHashtags\nHashtags")
@example("Share\nThe minister said on Monday that the plan for return hubs would go ahead this year.\nHashtags\nHashtags")
# Found by this test: video_cards kept "1:30" as a schedule with a "15:00" that the boilerplate step
# or the tail then removed; aggregator_tail judged a tail by prose that tag_lists then joined to it
# (both steps now settle, see Pipeline._settle); the boilerplate step stopped after six passes on a
# page that would have gone on peeling a line a pass (it now needs a fixed point or keeps the page).
@example(";\ra\n\n1:30\n00\n15:00\n00\nPM confirms plan\nPM confirms plan")
@example("PM confirms plan\nHashtags\nThe the the the the the the the.\n0\n1:30\nHashtags\n\n15:00\n0")
@example("The the the the the the the the.\nTags: a, b\nThe the the the the the the the the the the minister minister minister minister.\nHashtags\nHashtags")
@example("P\r0\r0\r0\u20280\u20280\r0\nP\r0\r0\r0\u20280\u20280\r0")
# Found by this test: video_cards kept the second "1:30" as a time of day inside a sentence whose
# first half was the card title it had just taken; the second run took it.
@example("1:30\nPolitics latest: More headaches\n1:30\na")
# Found by this test: the boilerplate step judged a text with "Contact us" in it, which menu_labels
# (a later step) then removed; judged again without it, the text was a page. It now settles.
@example("A\nContact us\n0\n0000\nA:0:0:0:0:0::0:A.\nHashtags\n0\nA0000000000000000000000000:0:0:0:0:0:::A.\n0")
# Found by this test: hard_wrap took four identical player notices for a wrapped paragraph and
# joined the last one to the line after it (a line said again beside itself is now no wrap); the boilerplate
# step counted a line's position up to the text's trailing blank lines, which the first run left
# and the second did not have (positions now run between the first and last non-blank lines).
@example("Please use Chrome browser for a more accessible video player\n" * 4 + "Image: A caption here. Pic: PA\nPlease use Chrome browser for a more accessible video player\na")
@example("PM confirms plan\n0\n0\n00:0:0.\nPM confirms plan\n\n0\n0:0:0.\n0\n\nPlease use Chrome browser for a more accessible video player")
# Found by this test: the boilerplate step read a blank-free text's frame with two long player
# notices among its last ten lines (no frame: left whole); cleaned again, without them, the text was
# framed as a page and lost its short lines. The frame is now read without widget-table removals.
@example(
    "PM confirms plan\nHashtags\nHashtags\nHashtags\nHashtags\n0\n0\n00.\n0\r0\n000:0.\n0:0:0:0:0:0:0:0.\n"
    "Please use Chrome browser for a more accessible video player\nPlease use Chrome browser for a more accessible video player\n"
    "PM confirms plan\nPM confirms plan\nHashtags\nHashtags\n0\r0\n000000000000000000000000000000\n000000000000000000000000000:0."
)
# Found by this test: the text's one blank line stood under a removed player notice, and counted
# as a gap between blocks (the text was no blank-free page); cleaned again without it, the text was
# one, and its menu labels went. Only gaps between non-blank lines count now.
@example(
    "Please use Chrome browser for a more accessible video player\n\n0\nPM confirms plan\nHashtags\nNo comments yet...\n"
    "Home\nHome\n0\n0:0:0:0:0:0:0:0:0:0"
)
# Found by this test: three player notices between video cards agreed on a hard wrap's width (a
# line said again further on now counts once).
@example(
    "Please use Chrome browser for a more accessible video player\nDuration 1:30\nTags: a, b\n"
    "Please use Chrome browser for a more accessible video player\nDuration 1:30\n"
    "Please use Chrome browser for a more accessible video player\na"
)
# Found by this test: "?" showed the text was taken node by node, and the notice was judged joined
# to the "a" after it (the pipeline now keeps lines its widget tables remove apart).
@example("Please use Chrome browser for a more accessible video player\na\nPolitics latest: More headaches\n?")
# Found by this test at 20,000 examples (two seeds): a line that opens with a following mark after
# a notice stood alone the first time and went on the line before the notice the second (lines
# alone are now passed over).
@example("0 0 .\nHashtags\nThe the the the the the the the the the the the the the minister minister minister.\nPlease use Chrome browser for a more accessible video player\n:\nHashtags")
@example("00\n00\n000\n0:0:0:0:0:0:0:0:0\n0\x1e\r0\n0000.\n0\nPlease use Chrome browser for a more accessible video player\n::0")
# Found by this test at 3,000 examples (seed 11): the text's one gap between blocks went with its
# last line, and what was left had no blank lines; cleaned again, it was judged a line a block and
# lost both "Home" lines (the boilerplate step now judges what it leaves again when it changes kind).
@example("Comments\nNo comments yet...\nHome\nBy Jane Smith, Reuters\n0\n0000000:0:0:0:0.\n0.\nHome\n\nPM confirms plan")
# Found by this test at 2,500 examples (seed 22): the frame of a page without blank lines was read
# on the text as it came only; without its last two lines (a video card), it was framed, and a
# second cleaning took 16 lines (the frame is now read on the lines left too).
@example(
    "Hashtags\nHashtags\nHashtags\nHashtags\n0\n0\n0\n0.\n0\x1e0\n0:0:0:0:0:0:0:0:0:0:0:0.\n0\n0\n0\n0\n0\x1e0\n"
    "000000000000000000000000000000\n00000000000000000000000000000.\n00000000000000000000000000000.\n1:30\n"
    "000000000000000000000000000000"
)
# Found by this test on a random draw in CI (stop 65), on the code of stop 64 as well: a later pass
# of the boilerplate step took a repeated line ("01") as the copy of a removed one, which left
# no line standing, and a pass that would take every line took none; the thirteen lines it kept
# ("Hashtags", "02::::v", "01" ...) lost eleven when cleaned again (copies now yield to that rule).
@example(
    "Please use Chrome browser for a more accessible video player\nRead more: Another story\n"
    "1:000:000000000000:0:001:0000:00:000000:A\nHashtags\n02::::v\n"
    "The the said minister talks failed for the asylum hubs minister continue minister argued minister minister minister.\n"
    "\n01\n\n0R\x81®Vã0*x\x88\x9c¸È\U0005365f\U00070065\U00107784\n\x1d\x19\U00079fd8¹/\n:Á\n"
    "The the the the the the the the the the the the minister the minister the minister.\n\n01\n"
    "1:000:000000000000:0:001:0000:00:00000:A0\n\nThe the the seekers seekers return the the.\n\nÀ\n"
    "The the minister minister on on return the."
)
def test_cleaning_is_idempotent(text: str) -> None:
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


# Found by test_cleaning_is_idempotent at 5,000 examples (seed 208, stop 66), and left open: the
# boilerplate step keeps these lines whole, as every scored line would go ("a page where nothing
# would stay"); blank_runs then takes the blank line that the player notice's removal left beside
# another, and without it the last line of prose scores above the threshold, so a second cleaning
# takes the rest. Judging the text with such blank lines squeezed out moved 130 of the 884
# development pages (snippet F1 0.9195 -> 0.9188): the classifier reads runs of blank lines.
# Strict: the test fails once a change fixes it, and the text can join the examples above.
KNOWN_NOT_IDEMPOTENT = (
    "Hashtags\n\nComments\n\nPlease use Chrome browser for a more accessible video player\n\x1e;\n\n\n;\n\n"
    "Try Our AI Features\nTry Our AI Features\n00000000000000000000:0:0:\n000000000000000000:0:0.\n"
    "Minister minister minister minister minister minister minister minister minister."
)


@pytest.mark.xfail(strict=True, reason="known: a blank line that blank_runs takes moves the boilerplate step's judgement")
def test_a_text_cleaned_twice_known_exception() -> None:
    once = cleantext.clean(KNOWN_NOT_IDEMPOTENT)
    assert cleantext.clean(once) == once


@pytest.mark.parametrize(
    "step",
    [
        "player_notices", "video_cards", "related_links", "captions", "aggregator_tail", "share_prompts",
        "newsletter_signups", "ad_labels", "cookie_notices", "reading_time", "social_embeds", "read_more",
        "paywalls", "comment_forms", "tag_lists", "disclaimers", "bylines", "server_errors", "script_residue", "menu_labels", "about_boxes", "post_controls",
    ],
)
@SETTINGS
@given(text=scraped_text)
# Found by this test: aggregator_tail searched on past a start with too little prose before it,
# and after the cut an earlier start had enough.
@example(
    text="The the the the the the the the the the the minister minister minister minister.\nPlease use Chrome browser for a more"
    " accessible video player\n20 minutes ago\nPlease use Chrome browser for a more accessible video player\nThe the the the the"
    " the the the the the the the the the minister minister minister minister.\nHashtags\n#0\nThe the the the the the the the"
    " the the the the the the the the the the the the the the the the."
)
# Found by this test at 5,000 examples (seed 207, stop 66): video_cards read "1:30" as a time inside
# the sentence "5 min read … a" before it took "5 min read" as the title of a player notice's card;
# a second run, without the card, took the time.
@example(text="Please use Chrome browser for a more accessible video player\n5 min read\n1:30\na")
def test_each_line_cleaner_alone_is_idempotent(step: str, text: str) -> None:
    pipeline = cleantext.Pipeline([step])
    once = pipeline.clean(text)
    assert pipeline.clean(once) == once


def _article(words: list[str]) -> list[str]:
    # One article's paragraphs share their vocabulary as they go: each line takes up half of the
    # words of the line before. (Independent random lines from a 20-word vocabulary can split into
    # two halves with no word in common, which is two topics to any segmenter, not one article.)
    return [" ".join(words[k : k + 12]).capitalize() + "." for k in range(0, max(len(words) - 6, 1), 6)]


article_lines = st.lists(st.sampled_from(PROSE_WORDS), min_size=12, max_size=160).map(_article)


@SETTINGS
@given(article_lines, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_article_like_text_passes_unchanged(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    assert cleantext.clean(text) == text


@SETTINGS
@given(st.lists(prose_line, min_size=1, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_prose_lines_pass_the_line_steps_unchanged(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    assert cleantext.clean(text, cleantext.HTML_STEPS) == text


@SETTINGS
@given(any_text)
def test_same_input_same_output_whatever_was_cleaned_before(text: str) -> None:
    first = cleantext.clean(text)
    cleantext.clean("Please use Chrome browser for a more accessible video player\n1:30\nOther")
    assert cleantext.clean(text) == first


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "a\x00b\nPlease use Chrome browser for a more accessible video player\x00",
        "\ud800 lone surrogate\n1:30\n\udfff",
        "line one\r\nline two\r\n1:30\r\nTitle\r\n",
        "\ufeffBOM first line\nMore on Kosovo\n",
        "x" * 1_000_000,
        "1:30\n" * 100_000,
        "\u2028".join(["More on Kosovo"] * 1000),
        "\r" * 1000 + "\x0b\x0c\x1c\x1d\x1e\x85",
    ],
    ids=["empty", "nul", "nul-in-lines", "surrogates", "crlf", "bom", "1mb-line", "100k-lines", "u2028", "odd-breaks"],
)
def test_any_unicode_input_returns(text: str) -> None:
    result = cleantext.clean_document(text)
    assert isinstance(result.text, str)
    assert result.original == text


def test_split_lines_matches_str_splitlines() -> None:
    text = "a\r\nb\rc\nd\u2028e\x85f\x0cg"
    bodies, ends = split_lines(text)
    assert bodies == text.splitlines()
    assert "".join(b + e for b, e in zip(bodies, ends)) == text
