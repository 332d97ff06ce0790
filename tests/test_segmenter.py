"""The unrelated-story segmenter and the segmentation metrics (no ../shared needed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.scoring import pk, window_diff
import regex

from cleantext.segmenter import CJK_RUN, NOT_PLAIN_CHAR, PLAIN_CHARS, _is_unit, _latin_terms, _plain_terms, terms_reader, content_terms, story_starts, segment_lines, segment_stories

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

FLOOD = [
    "Flood water swept through the river town of Hallow on Sunday after three days of heavy rain.",
    "Residents of Hallow were moved to the school hall as the river rose above its flood walls.",
    "The mayor of Hallow said the flood defences built after the last river flood had held for hours.",
    "Emergency crews pumped flood water from streets near the river bridge through the night.",
    "Insurers expect flood claims from Hallow to be higher than after the river flood of 2019.",
    "Forecasters warn more rain could push the river over the flood walls again on Tuesday.",
]
CHESS = [
    "A teenage grandmaster won the national chess championship in Vardo with a round to spare.",
    "Her chess coach said the grandmaster had prepared the opening for months before Vardo.",
    "The championship final in Vardo lasted six hours and ended when her rival's clock ran out.",
    "Chess federation officials said record crowds watched the championship games in Vardo.",
    "The grandmaster now qualifies for the world chess championship cycle next spring.",
    "Organisers plan to bring the chess championship back to Vardo's concert hall next year.",
]


def test_one_story_is_one_segment() -> None:
    (segment,) = segment_stories("\n".join(FLOOD))
    assert (segment.start, segment.end, segment.is_main) == (0, len(FLOOD), True)


def test_two_unrelated_stories_are_cut_where_the_second_starts() -> None:
    segments = segment_stories("\n".join(FLOOD + CHESS))
    assert [(s.start, s.end, s.is_main) for s in segments] == [(0, 6, True), (6, 12, False)]
    assert 0.6 <= segments[1].score <= 1.0


def test_each_segment_says_how_much_it_shares_with_the_main_story() -> None:
    segments = segment_stories("\n".join(FLOOD + CHESS))
    assert segments[0].similarity == 1.0
    # The two stories share only "said" and "next": the cosine of the weighted words is small but
    # not zero...
    assert 0.0 < segments[1].similarity < 0.15
    # ...and with two stories it is the similarity the cut was scored by.
    assert segments[1].score < 1.0
    # ...and with the chess story the main one, the figures are measured against it.
    by_title = segment_stories("\n".join(FLOOD + CHESS), main="title", title="Chess championship in Vardo")
    assert [s.similarity for s in by_title] == [segments[1].similarity, 1.0]
    # One story: nothing to compare.
    assert [s.similarity for s in segment_stories("\n".join(FLOOD))] == [1.0]
    reasons = {r.reason for r in cleantext.clean_document("\n".join(FLOOD + CHESS)).removals}
    assert reasons == {f"story 2 of 2, unrelated to the main story (boundary score {segments[1].score:.2f}, word similarity to the main story {segments[1].similarity:.2f})"}


def test_the_headline_of_the_next_story_goes_with_it() -> None:
    lines = FLOOD + ["Teenager takes chess title"] + CHESS
    segments = segment_lines(lines)
    assert story_starts(segments) == [len(FLOOD)]


def test_a_question_headline_goes_with_the_story_it_asks_about() -> None:
    # Headlines are often questions ("Was ist Creative Commons?"): the question mark does not end
    # a paragraph of the story before when the line shares its words with the story after.
    lines = FLOOD + ["Vardo chess champion?"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD)]
    # ...and a closing question about the story before stays with it.
    lines = FLOOD + ["Hallow flood walls?"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 1]


def test_a_headline_that_quotes_a_word_goes_with_its_story() -> None:
    # A closing quote ends the story before only after a full stop inside it.
    lines = FLOOD + ['Teenager takes "chess title"'] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD)]
    lines = FLOOD + ["Chess title for “teenage grandmaster”"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD)]
    # A quoted sentence that ends in its full stop is the last line of the story before, though
    # it names the chess story's words.
    lines = FLOOD + ['"The chess title was never in doubt."'] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 1]


#: Two stories of one sports site: a match report, then a transfer. They share the site's words
#: (match, goal, coach, header, the break), so the words alone score the cut between them just
#: under what it needs; but each names its own people and places.
MATCH_REPORT = [
    "The home side took the lead after ten minutes when Tomas Berger headed in a corner from Jonas Ritter at the near post, with Erik Vogel and Jan Hruby watching from the bench.",
    "The visitors answered before the break, as Pavel Novak beat the keeper Lukas Brandt from the edge of the box after a pass from Ivo Marek and a run by Ondrej Kolar.",
    "After the break the coach Stefan Haller sent on Felix Wagner and Moritz Keller, and the home side pressed for a second goal against Novak, Kolar and Marek.",
    "Wagner hit the post twice before Berger scored his second goal of the match from a penalty given for a foul by Adam Sykora on Ritter, which Keller had won.",
    "In the last minutes the visitors threw everyone forward, and Brandt saved a header from Sykora and a late shot from Martin Dvorak, Novak and Kolar.",
    "The coach Haller praised Berger, Ritter, Vogel and Brandt after the match, while the visiting coach Karel Horak said Dvorak, Hruby and Marek deserved a point.",
]
TRANSFER = [
    "The club has signed the striker and transfer target Diego Alvarez from Valencia for the coming season, its sporting director Olivier Laurent said after the home side won the match against Lyon and Nantes with a late header. His contract runs to 2027 and the signing was his agent's idea.",
    "The transfer striker Alvarez scored fourteen league goals last season for Valencia and Sevilla, where he scored from the edge of the box and played under the coach Julien Moreau and beside Mateo Ruiz and Hugo Martin. The contract signing took place in the Valencia stadium.",
    "The director Laurent said the coach had watched the transfer target the striker score a second goal from a penalty against Bilbao, from the edge of the box after the break, and had talked to Moreau, Ruiz and Javier Castillo about him. The agent called the signing a fair contract.",
    "The club paid a transfer fee of twelve million euros to the director, with bonuses for goals, and the keeper and the coach expect Alvarez to play his first match after the break against Bordeaux and Lens, said Laurent and Pierre Lambert. Valencia wanted the agent to wait with the signing.",
    "The striker Alvarez will wear the shirt of the club worn last season by Antoine Girard, who scored with a header in the last minutes of every second match and hit the post before he left for Monaco and Lille. The agent read the contract in the stadium twice. It came from a corner at the near post.",
    "Supporters of the club who saw the penalty and the header met the striker and the director after the match on Tuesday, before the break, and Laurent said Girard, Ruiz, Martin and Castillo had all called to wish Alvarez well in Nantes. His agent and Valencia agreed the contract quickly.",
]


def test_a_change_of_names_is_enough_where_the_words_fall_just_short() -> None:
    from cleantext.segmenter import DEFAULT_MIN_SCORE, NAME_CHANGE_RELIEF

    segment = segment_lines
    lines = MATCH_REPORT + TRANSFER
    # The cut by words alone: under the default score, within the relief.
    (by_words,) = segment(lines, min_score=DEFAULT_MIN_SCORE - NAME_CHANGE_RELIEF)[1:]
    assert (by_words.start, DEFAULT_MIN_SCORE - NAME_CHANGE_RELIEF <= by_words.score < DEFAULT_MIN_SCORE) == (len(MATCH_REPORT), True)
    # 44 and 43 names, none of the transfer's known from the match: the cut is made.
    assert story_starts(segment(lines)) == [len(MATCH_REPORT)]
    # The same words in lower case name nobody: the words decide alone, and fall short.
    assert story_starts(segment([line.lower() for line in lines])) == []
    # A transfer story about the match's own players is the report going on.
    known = [line.replace("Alvarez", "Berger").replace("Laurent", "Haller").replace("Ruiz", "Ritter").replace("Girard", "Novak") for line in TRANSFER]
    assert story_starts(segment(MATCH_REPORT + known)) == []


def test_names_change_asks_for_enough_names_and_few_known_ones() -> None:
    from cleantext.segmenter import NAME_CHANGE_MAX_KNOWN, NAME_CHANGE_NAMES, _names_change

    before = [[f"name{i}"] for i in range(NAME_CHANGE_NAMES)]
    after = [[f"other{i}"] for i in range(NAME_CHANGE_NAMES)]
    assert _names_change(before + after, 0, NAME_CHANGE_NAMES, 2 * NAME_CHANGE_NAMES)
    # One name too few on either side: no evidence.
    assert not _names_change(before[1:] + after, 0, NAME_CHANGE_NAMES - 1, 2 * NAME_CHANGE_NAMES - 1)
    assert not _names_change(before + after[1:], 0, NAME_CHANGE_NAMES, 2 * NAME_CHANGE_NAMES - 1)
    # Up to NAME_CHANGE_MAX_KNOWN of the names after the cut may be known from before it.
    known = int(NAME_CHANGE_MAX_KNOWN * NAME_CHANGE_NAMES)
    mixed = [[f"name{i}"] for i in range(known)] + after[known:]
    assert _names_change(before + mixed, 0, NAME_CHANGE_NAMES, 2 * NAME_CHANGE_NAMES)
    mixed = [[f"name{i}"] for i in range(known + 1)] + after[known + 1 :]
    assert not _names_change(before + mixed, 0, NAME_CHANGE_NAMES, 2 * NAME_CHANGE_NAMES)


def test_a_label_that_ends_the_story_stays_with_it() -> None:
    # "Comments" shares no word with the chess story: it is the flood story's furniture, not a headline.
    lines = FLOOD + ["Comments"] + CHESS
    segments = segment_lines(lines)
    assert story_starts(segments) == [len(FLOOD) + 1]


def test_the_lines_between_a_headline_and_its_story_go_with_it() -> None:
    # A byline or a photo credit shares no word with anything, but below the next story's
    # headline it is that story's.
    for between in (["By Ann Oakes"], ["By Ann Oakes", "Photo: Kim Lee/Pressbild"], ["Updated: 5 min"]):
        lines = FLOOD + ["Teenager takes chess title"] + between + CHESS
        assert story_starts(segment_lines(lines)) == [len(FLOOD)], between
    # Without a headline above it the byline stays with the story before (a label such as
    # "Comments" is furniture of the story it ends)...
    lines = FLOOD + ["By Ann Oakes"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 1]
    # ...and a line that shares more with the story before stops the search: what is above it is
    # that story's, whatever it names.
    lines = FLOOD + ["Chess club reopens", "Hallow flood walls hold", "By Ann Oakes"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 3]
    # The headline may stand well above the paragraph, over a byline, a date and a player's lines.
    between = ["By Ann Oakes", "Photo: Kim Lee", "Updated 5 min ago", "Listen to this article", "3 min read"]
    lines = FLOOD + ["Share", "Teenager takes chess title"] + between + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 1]
    # A sentence that ends the story before is no headline, though it names the next story's words.
    lines = FLOOD + ["The chess club was closed.", "By Ann Oakes"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 2]


def test_the_dateline_of_the_next_story_goes_with_it() -> None:
    # A date shares no word with either story; an infinite scroll prints it above the next one.
    for dateline in ("02.12.2022", "20.04.2018 16:22", "Aktualisiert am 19.02.2020", "2021-10-16 | Chess"):
        lines = FLOOD + [dateline] + CHESS
        assert story_starts(segment_lines(lines)) == [len(FLOOD)], dateline
    # ...with its headline before it.
    lines = FLOOD + ["Teenager takes chess title", "02.12.2022"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD)]
    # A date line that names the story before is its last line.
    lines = FLOOD + ["Hallow flood update 02.12.2022"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 1]
    # A telephone number is no date: three figures open no date.
    lines = FLOOD + ["+81 158-23-2012"] + CHESS
    assert story_starts(segment_lines(lines)) == [len(FLOOD) + 1]


def test_main_can_be_the_longest_or_the_one_matching_the_title() -> None:
    lines = FLOOD[:5] + CHESS
    assert [s.is_main for s in segment_lines(lines, main="longest")] == [False, True]
    assert [s.is_main for s in segment_lines(lines, main="title", title="Chess championship in Vardo")] == [False, True]
    assert [s.is_main for s in segment_lines(lines, main="title", title="River flood in Hallow")] == [True, False]


def test_bad_options_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="main must be"):
        segment_lines(FLOOD, main="biggest")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="title"):
        segment_lines(FLOOD[:5] + CHESS, main="title")
    with pytest.raises(ValueError, match="min_score"):
        segment_lines(FLOOD, min_score=2)
    with pytest.raises(TypeError):
        segment_stories(b"bytes")  # type: ignore[arg-type]


def test_a_higher_min_score_never_cuts_more() -> None:
    lines = FLOOD + CHESS
    cuts = [len(segment_lines(lines, min_score=m)) for m in (0.0, 0.3, 0.6, 0.9, 1.0)]
    assert cuts == sorted(cuts, reverse=True)


def test_seed_003_is_cut_into_its_stories() -> None:
    (path,) = CORPUS.glob("003_*.txt")
    segments = segment_stories(path.read_text(encoding="utf-8"))
    # Line 31 (the Online Safety Act) opens the first appended story, 1-based. The later stories
    # (Corbyn's party, line 58) share names with each other, so they may stay in one segment.
    assert [s.start + 1 for s in segments][:2] == [1, 31]
    assert [s.is_main for s in segments][:2] == [True, False]


def test_a_story_that_keeps_naming_its_subject_is_not_cut() -> None:
    # Same subject ("Hallow") named right after the least similar point: no cut.
    lines = FLOOD + [line.replace("chess", "Hallow chess") for line in CHESS]
    assert len(segment_lines(lines)) == 1


def test_text_without_case_names_its_subject_by_its_long_words() -> None:
    # Without capitals no name is found; the long words stand in for the name vetoes (measured on
    # the built documents in lower case by bench_segmenter.py), and two stories are still two.
    assert len(segment_lines([line.lower() for line in FLOOD + CHESS])) == 2
    from cleantext.segmenter import _unit_names

    assert _unit_names(["Officials in Kosovo said Vjosa Osmani met the envoy."]) == [["kosovo", "vjosa", "osmani"]]
    assert _unit_names(["officials in kosovo said vjosa osmani met the envoy."]) == [["offici", "kosovo", "osmani"]]
    assert _unit_names(["北京市政府周一宣布了新的交通规划方案。"]) == [[]]  # CJK terms are character pairs


@pytest.mark.parametrize("name", ["000", "001", "004"])
def test_single_story_seeds_are_not_cut(name: str) -> None:
    (path,) = CORPUS.glob(f"{name}_*.txt")
    assert len(segment_stories(path.read_text(encoding="utf-8"))) == 1


def test_the_pipeline_step_explains_each_dropped_story() -> None:
    result = cleantext.clean_document("\n".join(FLOOD + CHESS) + "\n")
    assert result.text == "\n".join(FLOOD) + "\n"
    reasons = {r.reason for r in result.removed_by("unrelated_stories")}
    assert len(reasons) == 1 and "story 2 of 2" in reasons.pop()


def test_a_table_row_padded_with_spaces_is_not_a_paragraph() -> None:
    # Words are counted, not spaces: a results table's row is not prose that can open a story.
    row = "        2.          TSV Langenau          Württemberg          54,18          sec."
    assert not _is_unit(row, len(content_terms(row)))
    assert _is_unit(FLOOD[0], len(content_terms(FLOOD[0])))


def test_content_terms_handle_cjk_and_drop_function_words() -> None:
    assert content_terms("the and of") == []
    assert content_terms("東京都") == ["東京", "京都"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FLOOD + CHESS + ["", "short line", "1:30"]), max_size=40))
def test_segments_cover_every_line_once_in_order(lines: list[str]) -> None:
    segments = segment_lines(lines)
    assert segments[0].start == 0 and segments[-1].end == len(lines)
    assert all(a.end == b.start for a, b in zip(segments, segments[1:]))
    assert all(s.start < s.end for s in segments) or not lines
    assert sum(s.is_main for s in segments) == 1


# --- metrics -------------------------------------------------------------------------------


def test_pk_and_window_diff_are_zero_for_a_perfect_answer() -> None:
    assert pk(100, [30, 60], [30, 60]) == 0.0
    assert window_diff(100, [30, 60], [30, 60]) == 0.0


def test_pk_counts_a_missed_boundary() -> None:
    # k = 25: every pair straddling line 50 (25 of 75) is wrongly joined.
    assert pk(100, [50], []) == pytest.approx(25 / 75)


def test_window_diff_punishes_an_extra_cut_that_pk_forgives_less() -> None:
    assert window_diff(100, [50], [50, 52]) > 0
    assert pk(100, [50], [50, 52]) <= window_diff(100, [50], [50, 52])


def test_near_misses_cost_less_than_far_misses() -> None:
    assert pk(100, [50], [48]) < pk(100, [50], [20])
    assert window_diff(100, [50], [48]) < window_diff(100, [50], [20])


def test_a_shift_in_word_weights_without_new_words_is_not_a_new_story() -> None:
    # Found by hypothesis: ten lines of the same words, the last three adding only "said", were
    # cut at 0.72 because "said" outweighed words that every line repeats.
    lines = ["The the the the minister minister minister minister."] * 7 + ["The the the the minister minister minister said."] * 2 + ["The the the the minister minister said said."]
    assert len(segment_stories("\n".join(lines))) == 1


def test_a_short_first_story_of_a_whole_page_is_not_trusted() -> None:
    # What the page-furniture classifier leaves at the top of a page can look like a short first
    # "story"; cutting everything after it would cut the article. Only on pages (furniture found).
    from cleantext.cleaners.stories import _short_lead_of_a_page
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    lines = ["Home", "Trending now: a short teaser line.", *[f"Paragraph {k} of the article, long enough to count for its share." for k in range(6)]]
    segments = [Segment(0, 1, 1.0, True), Segment(1, 7, 0.8, False)]  # over the kept lines
    page = Document("\n".join(lines))
    page.remove(Removal(0, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert _short_lead_of_a_page(page, page.kept(), segments)
    article = Document("\n".join(lines[1:]))  # no furniture found: an article, trusted as it is
    assert not _short_lead_of_a_page(article, article.kept(), segments)
    long_lead = [Segment(0, 4, 1.0, True), Segment(4, 7, 0.8, False)]
    assert not _short_lead_of_a_page(page, page.kept(), long_lead)


def test_a_thin_first_story_before_a_story_of_paragraphs_is_no_sure_cut(monkeypatch) -> None:
    # freiheit.org as inscriptis prints it: no title line, and a menu's entries with their
    # descriptions left at the top after the classifier, then the article. Cutting after the
    # entries cut the article; taking the later story instead cuts a short article before a
    # sidebar's long blurbs. On a page such a text stays whole.
    import cleantext.cleaners.stories as step
    from cleantext.cleaners.stories import MIN_MAIN_PARAGRAPHS_ON_PAGES, THIN_LEAD_PARAGRAPHS, _short_lead_of_a_page, _thin_lead_before_prose
    from cleantext.config import Config
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    paragraph = "Margot Friedländer turns one hundred, and in a long conversation she tells of her life in Berlin."
    menu = ["Stiftungssitz", "Potsdam", "Mit allen Kräften für eine liberale Welt. Unser Kernanliegen ist die Freiheit des Einzelnen."]
    menu += [f"Landesbüro {k}" for k in range(30)]  # long enough a menu that its share passes _short_lead_of_a_page
    story = [f"{paragraph} Part {k}." for k in range(MIN_MAIN_PARAGRAPHS_ON_PAGES + THIN_LEAD_PARAGRAPHS)]
    lines = ["Direkt zum Inhalt", *menu, *story]
    page = Document("\n".join(lines))
    page.remove(Removal(0, lines[0], "boilerplate", "page_furniture", "page furniture"))
    kept = page.kept()
    segments = [Segment(0, len(menu), 1.0, True), Segment(len(menu), len(kept), 0.9, False)]
    assert _thin_lead_before_prose(kept, segments)
    assert not _short_lead_of_a_page(page, kept, segments)
    monkeypatch.setattr(step, "segment_lines", lambda *args, **kwargs: segments)
    assert list(step.drop_unrelated_stories(page, Config())) == []
    # A text that is no page (nothing removed as furniture) is cut as the segmenter says.
    article = Document("\n".join(lines[1:]))
    assert len(list(step.drop_unrelated_stories(article, Config()))) == len(story)
    # A first story of THIN_LEAD_PARAGRAPHS paragraphs is a story...
    lead = len(menu) + THIN_LEAD_PARAGRAPHS
    assert not _thin_lead_before_prose(kept, [Segment(0, lead, 1.0, True), Segment(lead, len(kept), 0.9, False)])
    # ...and a thin one before stories of fewer than MIN_MAIN_PARAGRAPHS_ON_PAGES is left to the
    # other guards.
    few = len(menu) + MIN_MAIN_PARAGRAPHS_ON_PAGES - 1
    assert not _thin_lead_before_prose(kept[:few], [Segment(0, len(menu), 1.0, True), Segment(len(menu), few, 0.9, False)])


def test_addresses_and_file_names_are_no_paragraphs_however_long() -> None:
    # What a converter leaves of a gallery or a column of links at a page's top passed for the
    # paragraphs of a first story, and the article after it went as the second.
    from cleantext.cleaners.stories import PARAGRAPH_CHARS, _is_paragraph

    assert _is_paragraph("Margot Friedländer turns one hundred, and in a long conversation she tells of her life in Berlin and New York.")
    assert not _is_paragraph("https://de.starsinsider.com/gesundheit/588409/this-is-what-happens-to-your-body-when-you-stop-drinking-alcohol")
    assert not _is_paragraph("alles/garten/thumbs/thumbs_28-04-2008.jpg)](http://www.colours-of-the-soul.alhelm.net/bilder-galerie-alles/garten/)")
    assert not _is_paragraph("loewengalerie-0013_gimli62_liones-at-sabi-sabi-sands-reserve loewengalerie-0014_jsutcliffe_lion-and-lioness-x")
    # A script written without spaces counts by its characters.
    assert _is_paragraph("这是一段很长的中文文字，用来测试段落的规则是否会把没有空格的文字当作段落。" * 3)
    assert not _is_paragraph("Short line.") and PARAGRAPH_CHARS > len("Short line.")


def test_a_first_story_of_four_paragraphs_is_trusted_however_long_the_next() -> None:
    # An infinite scroll: the page's article, then a longer one. The article holds under 35% of
    # the text but has four paragraphs: it is a story, and the cut after it stands.
    from cleantext.cleaners.stories import MIN_MAIN_PARAGRAPHS_ON_PAGES, PARAGRAPH_CHARS, SURE_BOUNDARY_ON_PAGES, _short_lead_of_a_page
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    paragraph = "A paragraph of the article, with a few more words in it, that is long enough to count as one of its paragraphs."
    assert len(paragraph) >= PARAGRAPH_CHARS
    lead = [paragraph] * MIN_MAIN_PARAGRAPHS_ON_PAGES
    lines = ["Home", *lead, *[paragraph + " And then some more words of the next one."] * 20]
    page = Document("\n".join(lines))
    page.remove(Removal(0, "Home", "boilerplate", "page_furniture", "page furniture"))
    n = len(lead)
    segments = [Segment(0, n, 1.0, True), Segment(n, len(lines) - 1, 0.9, False)]  # over the kept lines
    assert not _short_lead_of_a_page(page, page.kept(), segments)
    # One paragraph fewer, and the same share: not trusted...
    fewer = [Segment(0, n - 1, 1.0, True), Segment(n - 1, len(lines) - 1, 0.9, False)]
    assert _short_lead_of_a_page(page, page.kept(), fewer)
    # ...unless the boundary after it is sure.
    sure = [Segment(0, n - 1, 1.0, True), Segment(n - 1, len(lines) - 1, SURE_BOUNDARY_ON_PAGES, False)]
    assert not _short_lead_of_a_page(page, page.kept(), sure)


def test_on_a_page_the_story_the_title_names_is_the_main_one() -> None:
    # A page whose top kept a sidebar of recent comments (prose, so it reads as a first story)
    # before the article its title names: the article is the main story, the sidebar goes.
    from cleantext.cleaners.stories import _story_the_title_names
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    title = "Macro photos of insects taken with a smartphone | Gadget blog"
    sidebar = [f"Reader {k}: thanks for the tip about the router settings, it worked for me." for k in range(5)]
    article = [f"His macro photos of insects were all taken with a smartphone, paragraph {k}." for k in range(6)]
    lines = [title, "Home", *sidebar, *article]
    page = Document("\n".join(lines))
    page.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    kept = page.kept()
    segments = [Segment(0, 6, 1.0, True), Segment(6, 12, 0.9, False)]  # the title line and the sidebar, then the article
    named = _story_the_title_names(page, kept, segments)
    assert named is not None and named[0] == 1
    # The title line does not count for the story it sits in: with it, the first story would
    # hold all the title's words.
    assert named[1][0] == 0.0
    # When the first story is the one the title names, nothing changes.
    first_named = Document("\n".join([title, "Home", *article, *sidebar]))
    first_named.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert _story_the_title_names(first_named, first_named.kept(), [Segment(0, 7, 1.0, True), Segment(7, 12, 0.9, False)]) is None
    # Nor does a line that repeats the title (the page's headline) where the sidebar ends.
    repeated = Document("\n".join([title, "Home", *sidebar, title, *article]))
    repeated.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    named = _story_the_title_names(repeated, repeated.kept(), [Segment(0, 7, 1.0, True), Segment(7, 13, 0.9, False)])
    assert named is not None and named[0] == 1 and named[1][0] == 0.0
    # A title of one word cannot tell.
    short = Document("\n".join(["Home", *sidebar, *article]))
    assert _story_the_title_names(short, short.kept(), [Segment(0, 6, 1.0, True), Segment(6, 11, 0.9, False)]) is None
    # Nor can two words, which are as often a logo's alt text ("Jobs & Hires") as a title: one of
    # them in the second story does not make it the article.
    logo = Document("\n".join(["Insects & Smartphones", *sidebar, *article]))
    assert _story_the_title_names(logo, logo.kept(), [Segment(0, 6, 1.0, True), Segment(6, 11, 0.9, False)]) is None
    # But a story that repeats a two-word title as its headline is the article.
    headed = Document("\n".join(["Insect photos", *sidebar, "Insect photos", *article]))
    assert _story_the_title_names(headed, headed.kept(), [Segment(0, 6, 1.0, True), Segment(6, 13, 0.9, False)]) == (1, None)


def test_a_first_line_no_headline_says_again_is_no_title() -> None:
    # A scraper that skips the <head> (resiliparse) opens with the site's tagline, not the page's
    # title, and a column of teasers after the article repeats its words, each line one or two of
    # them: the teasers are no article the tagline names.
    from cleantext.cleaners.stories import _story_the_title_names
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    tagline = "Cologne news: current reports from Cologne today"
    article = [f"Five children died in a fire in a house in Rostov on Saturday, officials said, part {k}." for k in range(5)]
    teasers = [
        "Storm worries at FC Cologne: the offence scores no goals",
        "Kurdish rally in Cologne: the marches passed off peacefully",
        "A huge crowd is expected today, and this is the reason",
        "Actor's last appearance in the series before his death, reports say",
        "Barenboim receives the Adenauer prize in Cologne this evening",
        "Current traffic news: speed limit of sixty on the motorway",
    ]
    page = Document("\n".join([tagline, "Home", *article, *teasers]))
    page.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    kept = page.kept()
    segments = [Segment(0, 6, 1.0, True), Segment(6, len(kept), 0.9, False)]
    assert _story_the_title_names(page, kept, segments) is None
    # With a headline that says the tagline's words again, the teasers would be the article: the
    # rule asks for the headline, not for different words.
    headed = Document("\n".join([tagline, "Home", *article, "Current reports from Cologne: news today", *teasers]))
    headed.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    named = _story_the_title_names(headed, headed.kept(), [Segment(0, 6, 1.0, True), Segment(6, len(headed.kept()), 0.9, False)])
    assert named is not None and named[0] == 1


def test_on_a_markdown_page_the_first_heading_is_the_title() -> None:
    # html2text's page opens with a row of icon links, not the page's title, and a gallery's
    # captions left at its top read as a first story; the article opens with the page's first
    # heading ("# ..."), which names it.
    from cleantext.cleaners.stories import _story_the_title_names
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    captions = [f"Caption {k}: the old camper on the ferry, seen from the harbour in the evening light." for k in range(5)]
    article = [f"Paragraph {k}: vanlife in Sweden means free camping under the right of public access, with rules." for k in range(6)]
    lines = ["Link Link Link Link", "Home", *captions, "Vanlife in Sweden: free camping and its rules", *article]
    page = Document("\n".join(lines))
    page.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    kept = page.kept()
    segments = [Segment(0, 6, 1.0, True), Segment(6, len(kept), 0.9, False)]
    # Read from the first line, the title cannot tell.
    assert _story_the_title_names(page, kept, segments) is None
    # Marked as the headline (the pipeline does so for a Markdown text), it opens the article.
    page.headline = 7
    assert _story_the_title_names(page, kept, segments) == (1, None)
    # A headline above the first story changes nothing.
    page.headline = 2
    assert _story_the_title_names(page, kept, segments) is None


def test_the_pipeline_marks_a_markdown_pages_first_heading_as_its_headline() -> None:
    from cleantext.document import Document

    markdown = ["[__](https://facebook.com/example)", "", "* [Home](/)", "", "# Vanlife in Sweden", "", "Free camping has [rules](/rules)."]
    _, judged, _ = cleantext.Pipeline()._judged_text(Document("\n".join(markdown)))
    assert judged.headline is not None and judged.lines[judged.headline] == "Vanlife in Sweden"
    # Text that is not Markdown has no headline its layout marks.
    _, plain, _ = cleantext.Pipeline()._judged_text(Document("Home\nVanlife in Sweden\nFree camping has rules."))
    assert plain.headline is None


def test_the_site_name_at_the_end_of_a_title_does_not_name_a_story() -> None:
    # lecker.de as Markdown: the title ends in the site's name, which the menu's teasers left at
    # the page's top repeat ("... | LECKER"); counted, it gave them half the title's words and the
    # recipe could not win by the ratio. Its own words name the recipe.
    from cleantext.cleaners.stories import _story_the_title_names, _without_site_name
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    title = "Cherry cake with marshmallows recipe | LECKER"
    teasers = [f"LECKER teaser {k}: ideas for every day, each recipe baked quickly and well." for k in range(5)]
    recipe = [f"Step {k} of the cherry cake: spread the marshmallows over the cherries and bake." for k in range(6)]
    page = Document("\n".join([title, "Home", *teasers, *recipe]))
    page.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    named = _story_the_title_names(page, page.kept(), [Segment(0, 6, 1.0, True), Segment(6, 12, 0.9, False)])
    assert named is not None and named[0] == 1
    assert _without_site_name(title) == "Cherry cake with marshmallows recipe"
    # Only a short trailing part is a site name; a headline's own dash stays.
    assert _without_site_name("Bayern - Dortmund: the title race is open again - kicker") == "Bayern - Dortmund: the title race is open again"
    assert _without_site_name("Bayern beat Dortmund 2-1") == "Bayern beat Dortmund 2-1"
    assert _without_site_name("Bayern - Dortmund") == "Bayern - Dortmund"
    assert _without_site_name("Cherry cake with marshmallows | Baking | LECKER") == "Cherry cake with marshmallows"
    assert _without_site_name("Recipes | Baking | LECKER") == "Recipes | Baking"


def test_under_an_unsure_cut_the_stories_the_title_does_not_name_still_go(monkeypatch) -> None:
    # flowfx.de: a short post (one paragraph, too thin a first story for the guards to trust a
    # cut) and then, as an infinite scroll adds it, another site's long article. The page's title
    # names the post and not the article: the article goes, and a story that names the title as
    # well (the post's own comments) stays.
    import cleantext.cleaners.stories as step
    from cleantext.cleaners.stories import _leaves_out, _thin_lead_before_prose, _title_shares_naming_the_first
    from cleantext.config import Config
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    title = "Copy and paste from tmux to the system clipboard | FlowFX"
    post = [
        "Copy and paste from tmux to the system clipboard",
        "Like every week, I wanted to copy the selected text of a tmux pane to the system clipboard, and here is how it goes.",
    ]
    comments = [
        "Comments",
        "Thanks, the tmux setting to copy to the clipboard was exactly what I was looking for, it works on my machine now.",
    ]
    other = [f"The council approved the new bridge over the river on Tuesday after a long debate, the mayor said, part {k}." for k in range(6)]
    lines = [title, "Home", *post, *comments, *other]
    page = Document("\n".join(lines))
    page.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    kept = page.kept()
    first, named = 1 + len(post), 1 + len(post) + len(comments)  # over the kept lines: the title, the post
    segments = [Segment(0, first, 1.0, True), Segment(first, named, 0.9, False), Segment(named, len(kept), 0.9, False)]
    assert _thin_lead_before_prose(kept, segments)  # the guard alone would keep the whole text
    shares = _title_shares_naming_the_first(page, kept, segments)
    assert shares is not None and not _leaves_out(shares, 1) and _leaves_out(shares, 2)
    monkeypatch.setattr(step, "segment_lines", lambda *args, **kwargs: segments)
    marks = list(step.drop_unrelated_stories(page, Config()))
    assert [line for line, _, _ in marks] == list(range(2 + len(post) + len(comments), len(lines)))
    assert "which the page's title does not name (title words: 0.00 here, 1.00 in story 1)" in marks[0][2]
    # A first line without a separator may be a widget's heading, not the page's title: the text
    # stays whole.
    heading = Document("\n".join(["Copy and paste from tmux to the system clipboard", "Home", *post, *comments, *other]))
    heading.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert _title_shares_naming_the_first(heading, heading.kept(), segments) is None
    assert list(step.drop_unrelated_stories(heading, Config())) == []
    # Nor can a title tell when no line of the first story says it again (a headline), though
    # its lines hold most of the title's words between them.
    notes = ["Notes on tmux and its clipboard", "Like every week, I wanted to copy some text from one window to the system, and here is how it goes, at last."]
    unheaded = Document("\n".join([title, "Home", *notes, *comments, *other]))
    unheaded.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert _title_shares_naming_the_first(unheaded, unheaded.kept(), segments) is None
    # When every later story names the title as well, nothing goes.
    same = Document("\n".join([title, "Home", *post, *comments, *[f"{line} Copy it from tmux to the clipboard again." for line in other]]))
    same.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert list(step.drop_unrelated_stories(same, Config())) == []


def test_a_text_that_opens_with_a_pages_title_is_judged_as_a_page() -> None:
    # A page's text cleaned once has lost its furniture but keeps the page's title: cleaned again,
    # it is still a page, and a main story of three paragraphs is as unsure a cut as it was.
    from cleantext import Pipeline
    from cleantext.cleaners.stories import _is_page
    from cleantext.document import Document

    step = Pipeline(["unrelated_stories"])
    titled = "\n".join(["Flood in Hallow | Hallow Gazette", *SHORT_FLOOD, *CHESS])
    assert _is_page(Document(titled))
    assert step.clean(titled) == titled
    # The same text under a headline without a separator is an article: the chess story goes.
    headed = "\n".join(["Flood in Hallow", *SHORT_FLOOD, *CHESS])
    assert not _is_page(Document(headed))
    assert step.clean(headed) == "\n".join(["Flood in Hallow", *SHORT_FLOOD]) + "\n"
    # A title names the site after a separator, or before it; a headline with a dash reads as a
    # title too, which only makes the step surer before it cuts.
    assert _is_page(Document("Hallow Gazette - Flood in Hallow\n" + "\n".join(SHORT_FLOOD)))
    assert _is_page(Document("Bayern - Dortmund 2:1\n" + "\n".join(SHORT_FLOOD)))


def test_on_a_page_the_story_that_repeats_the_title_as_its_headline_is_the_main_one(monkeypatch) -> None:
    # A column of teasers at the page's top names the title's words as often as the article does
    # (handwerksblatt.de): the word shares cannot tell, the article's headline can.
    from cleantext.cleaners.stories import _story_the_title_names
    from cleantext.document import Document, Removal
    from cleantext.segmenter import Segment

    title = "Haircuts under the new rules: what applies at the hairdresser"
    teasers = [f"Teaser {k}: the new rules for the hairdresser and what applies to haircuts this week." for k in range(5)]
    article = [f"Paragraph {k} of the article on haircuts: what applies at the hairdresser under the new rules." for k in range(6)]
    lines = [title, "Home", *teasers, "Monday, 21 January", title, *article]
    page = Document("\n".join(lines))
    page.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    kept = page.kept()
    segments = [Segment(0, 6, 1.0, True), Segment(6, len(kept), 0.9, False)]
    assert _story_the_title_names(page, kept, segments) == (1, None)
    # Without the repeated headline the shares decide, and cannot.
    plain = Document("\n".join([title, "Home", *teasers, "Monday, 21 January", *article]))
    plain.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert _story_the_title_names(plain, plain.kept(), [Segment(0, 6, 1.0, True), Segment(6, len(plain.kept()), 0.9, False)]) is None
    # A headline that opens two stories (a live page's updates) names neither.
    twice = Document("\n".join([title, "Home", *teasers, title, *article[:3], title, *article[3:]]))
    twice.remove(Removal(1, "Home", "boilerplate", "page_furniture", "page furniture"))
    k = len(twice.kept())
    assert _story_the_title_names(twice, twice.kept(), [Segment(0, 6, 1.0, True), Segment(6, 10, 0.9, False), Segment(10, k, 0.9, False)]) is None
    # ...and the step says why it kept the later story.
    import cleantext.cleaners.stories as step
    from cleantext.config import Config

    monkeypatch.setattr(step, "segment_lines", lambda lines, **options: segments)
    reasons = {reason for _, _, reason in step.drop_unrelated_stories(page, Config())}
    assert reasons == {"story 1 of 2, not the one the page's title names (story 2 repeats the title as its headline)"}


def test_the_step_keeps_the_story_the_title_names_and_says_why() -> None:
    # The step itself, on a document in which the boilerplate step has found furniture (a page).
    from cleantext.cleaners.stories import drop_unrelated_stories
    from cleantext.config import Config
    from cleantext.document import Document, Removal

    title = "Macro photos of insects taken with a smartphone | Gadget blog"
    sidebar = [f"Reader {n}: thanks for the tip about the router settings, the network speed is fine again now and the downloads work." for n in ("Anna", "Ben", "Carla", "Dev", "Emil", "Fay")]
    article = [f"He took macro photos of insects with a smartphone in the garden: part {k} of the series on beetles, ants and bees, close up." for k in range(8)]
    lines = [title, "Menu", *sidebar, *article]
    page = Document("\n".join(lines))
    page.remove(Removal(1, "Menu", "boilerplate", "page_furniture", "page furniture"))
    marks = list(drop_unrelated_stories(page, Config()))
    removed = {index for index, _, _ in marks}
    assert removed == set(range(2, 2 + len(sidebar))) | {0}  # the sidebar, and the title line that sat above it
    assert all("not the one the page's title names" in reason for _, _, reason in marks)
    # With no furniture found the page's title still makes the text a page (a page's text cleaned
    # once): the same story goes.
    cleaned_once = Document("\n".join([title, *sidebar, *article]))
    assert {index for index, _, _ in drop_unrelated_stories(cleaned_once, Config())} == set(range(1 + len(sidebar)))
    # The same text as an article (no furniture found, a headline without a separator): the
    # headline names the later story, not the first, so the first is not surely the main one and
    # the text stays whole.
    article_text = Document("\n".join([title.split(" | ")[0], *lines[1:]]))
    assert list(drop_unrelated_stories(article_text, Config())) == []
    # Under a headline that names neither, the first story is the main one, and what the
    # segmenter cuts after it goes as an unrelated story.
    unnamed = Document("\n".join(["Notes from the week", *lines[1:]]))
    as_article = list(drop_unrelated_stories(unnamed, Config()))
    assert as_article and all(index >= 2 + len(sidebar) and "unrelated to the main story" in reason for index, _, reason in as_article)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)).filter(lambda c: not CJK_RUN.match(c)), max_size=200))
def test_the_fast_word_reader_reads_text_without_cjk_as_the_general_one(line: str) -> None:
    # segment_lines reads a text with no CJK character through _latin_terms, for speed; it must
    # find exactly the terms content_terms finds.
    assert _latin_terms(line) == content_terms(line)


def test_a_text_with_cjk_anywhere_is_read_with_character_pairs(monkeypatch) -> None:
    import cleantext.segmenter as segmenter

    def latin_reader_used(line: str) -> list[str]:
        raise AssertionError("the fast reader was used")

    monkeypatch.setattr(segmenter, "_latin_terms", latin_reader_used)
    monkeypatch.setattr(segmenter, "_plain_terms", latin_reader_used)
    chinese = "这是一个关于城市洪水的长篇报道，记者在现场采访了许多居民和救援人员。" * 2
    # One CJK line anywhere: every line is read by content_terms (CJK runs as character pairs).
    assert [s.start for s in segment_lines(FLOOD + [chinese] * 6)][1:] == [len(FLOOD)]
    # No CJK: the fast reader is used.
    with pytest.raises(AssertionError, match="fast reader"):
        segment_lines(FLOOD + CHESS)


def _plain_code_points() -> list[str]:
    """Every character PLAIN_CHARS allows, read off its ranges."""
    chars, i = [], 0
    while i < len(PLAIN_CHARS):
        if i + 2 < len(PLAIN_CHARS) and PLAIN_CHARS[i + 1] == "-":
            chars += [chr(c) for c in range(ord(PLAIN_CHARS[i]), ord(PLAIN_CHARS[i + 2]) + 1)]
            i += 3
        else:
            chars.append(PLAIN_CHARS[i])
            i += 1
    return chars


def test_the_standard_engine_reads_every_plain_character_as_the_regex_module_does() -> None:
    # _plain_terms finds words with the standard library's classes; on a text of PLAIN_CHARS alone
    # they must say "letter" and "letter, mark or number" of each (lower-cased) character exactly
    # where the regex module's classes do, or the two readers would find different words.
    import re

    chars = _plain_code_points()
    assert len(chars) > 900 and all(NOT_PLAIN_CHAR.search(c) is None for c in chars)
    std_first, std_rest = re.compile(r"[^\W\d_]"), re.compile(r"[^\W_]")
    rx_first, rx_rest = regex.compile(r"\p{L}"), regex.compile(r"[\p{L}\p{M}\p{N}]")
    for char in chars:
        for low in char.lower():
            assert bool(std_first.fullmatch(low)) == bool(rx_first.fullmatch(low)), hex(ord(char))
            assert bool(std_rest.fullmatch(low)) == bool(rx_rest.fullmatch(low)), hex(ord(char))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_plain_code_points()), max_size=200))
def test_the_plain_word_reader_reads_plain_text_as_the_general_one(line: str) -> None:
    assert terms_reader(line) is _plain_terms
    assert _plain_terms(line) == content_terms(line)


def test_each_text_gets_the_reader_its_characters_allow() -> None:
    assert terms_reader("Flood water swept through the town – “again”, said Renée. 5 € ™ �") is _plain_terms
    # "İ" lower-cases to "i" and a combining dot; "²" is a number but no digit; Greek is no Latin script.
    for text in ("İstanbul’da sel", "Fläche in m²", "Πλημμύρες στην πόλη"):
        assert terms_reader(text) is _latin_terms, text
    assert terms_reader("洪水 in the town") is content_terms


BODY_FAT_INTRO = [
    "Stepping on the bathroom scale every morning can be frustrating when your body never seems to change.",
    "The scale hides what your body is made of, since muscle and fat both add to the number each morning.",
    "Some heavy athletes are healthy, while slim office workers can carry too much fat on the scale.",
    "So the scale says less about your body and its fat than most people think it does.",
    "Here are seven ways to find your body fat percentage instead of stepping on the scale each morning.",
]
BODY_FAT_METHODS = [
    "Skinfold calipers: cheap and portable, accuracy depends on practice; body fat error about five percent.",
    "Tape measure and navy formula: cheap and portable, accuracy depends on practice; body fat error about four percent.",
    "DEXA scan: expensive clinic visit, accuracy very high; body fat error about two percent, low radiation.",
    "Hydrostatic weighing: expensive clinic visit, accuracy high; body fat error about two percent, underwater tank.",
    "Air displacement pod: expensive clinic visit, accuracy high; body fat error about three percent, sealed pod.",
    "Impedance scale: cheap home device, accuracy depends on hydration; body fat error about eight percent.",
    "Body scanner: expensive clinic visit, accuracy depends on software; body fat error about four percent.",
]


def _kept_whole_only_by_the_veto(monkeypatch, intro: list[str], rest: list[str], veto: str, off: object) -> None:
    """*intro* + *rest* is one segment; with the veto *veto* of the segmenter set to *off*, it is
    cut where *rest* starts (so the test shows the veto doing the work)."""
    import cleantext.segmenter as segmenter

    assert [s.start for s in segment_lines(intro + rest)] == [0]
    monkeypatch.setattr(segmenter, veto, off)
    assert [s.start for s in segment_lines(intro + rest)] == [0, len(intro)]


def test_a_list_that_keeps_using_the_introduction_s_topic_words_is_not_cut(monkeypatch) -> None:
    # The methods share little with the introduction once words are weighed by rarity ("body" and
    # "fat" are in nearly every paragraph), but every one of them says "body fat".
    _kept_whole_only_by_the_veto(monkeypatch, BODY_FAT_INTRO, BODY_FAT_METHODS, "TOPIC_COVER", 1.01)


def test_another_story_does_not_use_the_topic_words_of_the_one_before() -> None:
    from collections import Counter

    from cleantext.segmenter import _topic_coverage

    units = [Counter(content_terms(line)) for line in FLOOD + CHESS]
    assert _topic_coverage(units, 0, len(FLOOD), len(units)) == 0.0
    assert _topic_coverage(units, 0, 3, len(FLOOD)) == 1.0  # the flood story goes on


GREENHOUSE_INTRO = [
    "Exotic house plants are in fashion, but many of them need a warmer and damper climate than ours.",
    "A living greenhouse offers a refuge from cold grey weather and makes the winter months far brighter.",
    "The modular kit can stand alone as a conservatory or lean against the house as a sunny extension.",
    "Built on the principle of thermal separation, it keeps twenty degrees inside even in deep winter.",
    "Putting it up is simple: you need only a drill and between twenty and thirty special screws.",
]
GREENHOUSE_STEPS = [
    "1. Lay out the base profiles on the concrete slab once it has set and check them with a level.",
    "2. Join the profiles with the corner caps and anchor them so that frame and slab are firmly tied.",
    "3. Push the tubes onto the base profiles, then mount the eaves profiles on the corner posts.",
    "4. Fasten the eaves profiles to the existing ones with an angle bracket and fit the roof mounts.",
    "5. Hang the glass panes between the profiles, leaving the opening for the door free for now.",
    "6. Insert the middle struts between the panes and screw one strut to each side of the frame.",
    "7. Fit the gable struts, set the slanted panes into both gables and push the ridge into place.",
]


def test_a_story_does_not_end_inside_its_numbered_list(monkeypatch) -> None:
    _kept_whole_only_by_the_veto(monkeypatch, GREENHOUSE_INTRO, GREENHOUSE_STEPS, "_opens_numbered_list", lambda unit_lines, index: False)


def test_a_story_does_not_end_inside_its_bulleted_list(monkeypatch) -> None:
    # A list whose items change subject (the flood's, then the chess final's) is one list: the
    # cut between two of its items is vetoed, and only the veto keeps the text whole.
    flood_items = FLOOD[:3] + ["- " + line for line in FLOOD[3:]]
    chess_items = ["- " + line for line in CHESS]
    _kept_whole_only_by_the_veto(monkeypatch, flood_items, chess_items, "_bulleted_list_goes_on", lambda lines, units: set())
    monkeypatch.undo()
    # Blank lines between the items keep the list going...
    assert story_starts(segment_lines(flood_items + [""] + chess_items)) == []
    # ...but another marker, or a headline between, starts another list: an appended story may
    # open with a list of its own.
    assert story_starts(segment_lines(flood_items + ["* " + line for line in CHESS])) == [len(flood_items)]
    assert story_starts(segment_lines(flood_items + ["Teenager takes chess title"] + chess_items)) == [len(flood_items)]


def test_a_numbered_item_opens_a_list_only_when_its_neighbour_is_the_next_or_last_number() -> None:
    from cleantext.segmenter import _opens_numbered_list

    steps = ["Intro paragraph of the guide.", "1. First step.", "2. Second step.", "Closing paragraph."]
    assert _opens_numbered_list(steps, 1) and _opens_numbered_list(steps, 2)
    assert not _opens_numbered_list(steps, 0) and not _opens_numbered_list(steps, 3)
    # A year or a lone number is no list.
    assert not _opens_numbered_list(["1. Only item.", "2019 was a dry year for the region."], 0)


def test_lead_recurrence_is_the_share_of_the_story_weight_still_in_use_after_the_cut() -> None:
    from cleantext.segmenter import _bag, _lead_recurrence

    vectors = [{"flood": 2.0, "river": 1.0}, {"flood": 1.0, "hallow": 1.0}, {"chess": 3.0, "river": 0.5}]
    # Left of the cut at 2: flood 3, river 1, hallow 1 (total 5); the right part uses "river" only.
    left = _bag(vectors, 0, 2)
    assert _lead_recurrence(left, {"chess", "river"}) == pytest.approx(1 / 5)
    assert _lead_recurrence(left, {"flood", "river", "hallow"}) == pytest.approx(1.0)
    assert _lead_recurrence(left, set()) == 0.0
    assert _lead_recurrence(_bag([{}, {}], 0, 1), {"flood"}) == 0.0  # nothing to measure: no veto


def test_a_cut_after_which_the_story_goes_on_using_its_words_is_vetoed(monkeypatch) -> None:
    # An introduction in general terms, then the details: the word weights change their mix at
    # the cut, but the details still use the introduction's words, so it is one story.
    import cleantext.segmenter as segmenter

    assert story_starts(segment_lines(FLOOD + CHESS)) == [len(FLOOD)]
    monkeypatch.setattr(segmenter, "_lead_recurrence", lambda *args: segmenter.MAX_LEAD_RECURRENCE)
    assert story_starts(segment_lines(FLOOD + CHESS)) == []


def test_a_handle_the_story_named_that_comes_back_after_the_cut_vetoes_it() -> None:
    # An article about someone's posts quotes them, in another language or on another subject, and
    # names them again between the quotes (blog.gaijinpot.com's Japanese tweets): one story.
    from cleantext.segmenter import _handle_recurs

    # Handles of no word the term reader reads ("k_666"), so that only the veto ties the parts.
    quoted = [*FLOOD[:-1], FLOOD[-1] + " The river warden @k_666 posted advice on what to do."]
    posts = [*CHESS[:3], "In a later post @K_666 went on with the chess championship news from Vardo.", *CHESS[3:]]
    assert story_starts(segment_lines(quoted + posts)) == []
    # A handle of its own, or an e-mail address, is no link between two stories.
    for line in ("In a later post @v_123 went on with the chess championship news from Vardo.", "Write to chess.k_666@vardo.example for the results."):
        assert story_starts(segment_lines(quoted + [*CHESS[:3], line, *CHESS[3:]])) == [len(FLOOD)]
    assert not _handle_recurs(["Mail hallowwarden@example.org today."], 0, 1, 1)
    assert _handle_recurs(["Ask @warden_1.", "More from @WARDEN_1 later."], 0, 1, 2)
    assert not _handle_recurs(["Ask @warden_1.", "Mail me@warden_1 later."], 0, 1, 2)


def test_a_story_does_not_end_between_two_rows_of_its_table() -> None:
    # The same two subjects as table rows: one table (a results page, a list of constituencies),
    # however its vocabulary changes from row to row.
    rows = [f"| {line} |" for line in FLOOD + CHESS]
    assert story_starts(segment_lines(FLOOD + CHESS)) == [len(FLOOD)]
    assert story_starts(segment_lines(rows)) == []
    # A table that ends before the next story's prose does not stop the cut.
    assert story_starts(segment_lines(rows[: len(FLOOD)] + CHESS)) == [len(FLOOD)]


def test_a_story_does_not_end_inside_a_list_whose_numbers_stand_on_lines_of_their_own(monkeypatch) -> None:
    # Recipe sites write the step's number alone on its line, then the step.
    import cleantext.segmenter as segmenter

    steps = [part for k, line in enumerate(GREENHOUSE_STEPS, 1) for part in (str(k), line.split(" ", 1)[1])]
    assert story_starts(segment_lines(GREENHOUSE_INTRO + steps)) == []
    monkeypatch.setattr(segmenter, "_numbered", lambda lines, index: lines[index])
    assert story_starts(segment_lines(GREENHOUSE_INTRO + steps)) != []


def test_a_blank_line_may_stand_between_an_item_number_and_its_step() -> None:
    # html2text prints an <ol>'s "4." as a paragraph of its own, a blank line before the step.
    from cleantext.segmenter import _numbered

    steps = [part for k, line in enumerate(GREENHOUSE_STEPS, 1) for part in (f"{k}.", "", line.split(" ", 1)[1], "")]
    assert story_starts(segment_lines(GREENHOUSE_INTRO + [""] + steps)) == []
    assert _numbered(["4.", "", "Bake it."], 2) == "4. Bake it."
    # Two blank lines part a number from what follows.
    assert _numbered(["4.", "", "", "Bake it."], 3) == "Bake it."


def test_a_bare_item_number_is_put_in_front_of_the_item_after_it() -> None:
    from cleantext.segmenter import _numbered

    lines = ["Step 2", "Stir in the flour.", "2019", "A dry year.", "Serves 4 people", "Bake it."]
    assert _numbered(lines, 1) == "2. Stir in the flour."
    assert _numbered(lines, 3) == "A dry year."  # four digits: a year, not an item
    assert _numbered(lines, 5) == "Bake it."  # a number inside a phrase is not an item's number
    assert _numbered(lines, 0) == "Step 2"
    # A numbered box of headlines (a site's most read) is not a list of steps: a story may end there.
    assert _numbered(["1", "Sinus 2021: Kinder und Senioren verunfallen oft zu Fuss"], 1) == "Sinus 2021: Kinder und Senioren verunfallen oft zu Fuss"


#: A news item of three paragraphs that keep to their subject.
SHORT_FLOOD = [
    "Flood water swept through the river town of Hallow after three days of heavy rain on the river.",
    "Residents of Hallow fled the flood as the river rose above the flood walls of Hallow.",
    "The mayor of Hallow thanked the crews whose flood walls held the river back from Hallow.",
]


def test_a_main_story_of_three_paragraphs_is_cut_off_only_at_a_sure_boundary(monkeypatch) -> None:
    import cleantext.segmenter as segmenter

    segments = segment_lines(SHORT_FLOOD + CHESS)
    assert story_starts(segments) == [3] and segments[1].score >= segmenter.SHORT_MAIN_STORY_MIN_SCORE
    # The same boundary, below the score a three-paragraph main story needs: no cut.
    monkeypatch.setattr(segmenter, "SHORT_MAIN_STORY_MIN_SCORE", 1.01)
    assert story_starts(segment_lines(SHORT_FLOOD + CHESS)) == []
    # Two paragraphs are never a story the segmenter cuts off.
    monkeypatch.undo()
    assert story_starts(segment_lines(SHORT_FLOOD[:2] + CHESS)) == []


def test_only_the_first_story_may_be_as_short_as_three_paragraphs() -> None:
    # Three paragraphs of one subject, then nine of another: the first part of the text may end
    # after the three; a part that starts later needs four (a cut there only splits appended stories).
    from cleantext.segmenter import MAIN_STORY_MIN_UNITS, SHORT_STORY_UNITS, _dissimilar_cuts

    vectors = [{"flood": 1.0}] * MAIN_STORY_MIN_UNITS + [{"chess": 1.0}] * 9
    assert _dissimilar_cuts(vectors, 0, len(vectors))[0] == (MAIN_STORY_MIN_UNITS, 0.0)
    later = [{"weather": 1.0}] * 2 + vectors
    assert all(index >= 2 + SHORT_STORY_UNITS for index, _ in _dissimilar_cuts(later, 2, len(later)))


ORCHARD = [
    "Apple growers in the valley picked their biggest harvest this autumn after a warm summer.",
    "The growers sold most apples to cider makers in the valley and to markets in the capital.",
    "Cider makers expect the valley's apples to make a sweeter cider than in past seasons.",
]


def test_a_story_between_two_others_may_be_as_short_as_three_paragraphs(monkeypatch) -> None:
    # A three-paragraph news item between the main story and the next one is a story of its own:
    # once the boundary after it is found, the part before that boundary may end in fewer
    # paragraphs than the end of the text may.
    import cleantext.segmenter as segmenter

    assert len(ORCHARD) == segmenter.INNER_STORY_MIN_UNITS < segmenter.MIN_TAIL_UNITS
    segments = segment_lines(FLOOD + ORCHARD + CHESS)
    assert story_starts(segments) == [len(FLOOD), len(FLOOD) + len(ORCHARD)]
    assert segments[1].score >= segmenter.INNER_STORY_MIN_SCORE
    # At the end of the text, the same three paragraphs are not cut off (MIN_TAIL_UNITS)...
    assert story_starts(segment_lines(FLOOD + ORCHARD)) == []
    # ...two paragraphs are never a story of their own: they go with one of their neighbours...
    assert len(story_starts(segment_lines(FLOOD + ORCHARD[:2] + CHESS))) == 1
    # ...and below the score an inner story needs, the news item stays with the story above it.
    monkeypatch.setattr(segmenter, "INNER_STORY_MIN_SCORE", 1.01)
    assert story_starts(segment_lines(FLOOD + ORCHARD + CHESS)) == [len(FLOOD) + len(ORCHARD)]


def test_three_paragraphs_under_a_menu_are_not_a_short_news_item() -> None:
    # A blank-free page whose classifier kept its menu: the three paragraphs under it are the
    # article's opening, not a story of their own.
    menu = ["Home", "About", "News", "Jobs", "Contact", "Imprint"]
    assert story_starts(segment_lines(["Flood in Hallow", "By Anna Berg", *SHORT_FLOOD, *CHESS])) == [5]
    assert story_starts(segment_lines([*menu, *SHORT_FLOOD, *CHESS])) == []


def test_a_whole_page_asks_for_four_paragraphs_of_main_story() -> None:
    assert story_starts(segment_lines(SHORT_FLOOD + CHESS)) == [3]
    assert story_starts(segment_lines(SHORT_FLOOD + CHESS, min_main_paragraphs=4)) == []
    for bad in (2, 6):
        with pytest.raises(ValueError, match="min_main_paragraphs"):
            segment_lines(SHORT_FLOOD + CHESS, min_main_paragraphs=bad)


def test_the_step_cuts_after_a_three_paragraph_story_in_an_article_but_not_on_a_page() -> None:
    from cleantext.cleaners.stories import drop_unrelated_stories
    from cleantext.config import Config
    from cleantext.document import Document, Removal

    article = Document("\n".join(["Flood in Hallow", *SHORT_FLOOD, *CHESS]))
    removed = [line for line, _, _ in drop_unrelated_stories(article, Config())]
    assert removed == list(range(4, 4 + len(CHESS)))
    page = Document("\n".join(["Home", *SHORT_FLOOD, *CHESS]))
    page.remove(Removal(0, "Home", "boilerplate", "page_furniture", "page furniture"))
    assert list(drop_unrelated_stories(page, Config())) == []


SHELTER = [
    "The city shelter took in forty stray cats this winter, the shelter director said on Monday.",
    "Most of the cats were found near the harbour, where fishermen had fed them for years.",
    "The shelter director said the cats are healthy but need homes before the spring.",
    "Volunteers at the shelter check each of the cats and give them their vaccines.",
    "Families who adopt one of the cats receive a free first visit to a vet near the harbour.",
    "The director hopes the shelter can find homes for all the cats by the end of March.",
]
PRESS_NOTE = "Further information is available in our press release and in the monthly report."
RAILWAY = [
    "The railway company will replace its oldest trains on the coastal line next year.",
    "The new trains will run every thirty minutes between the coastal towns and the capital.",
    "Engineers tested the trains on the coastal line for six months before the railway ordered them.",
    "The railway said the trains use less power and carry two hundred more passengers.",
    "Passengers on the coastal line have complained about delays on the old trains for years.",
    "The first of the new trains will enter service on the coastal line in September.",
    "The railway will publish the punctuality of the new trains in its monthly report, with information on each line.",
    "The monthly report will also give information on the coastal line's delays, the railway said.",
]


def test_a_paragraph_that_shares_nothing_with_the_next_story_s_opening_ends_the_story_before() -> None:
    # The press note shares words only with the railway story's last paragraphs: the split put it
    # at the head of that story; the story opens with the paragraph that names its subject.
    segments = segment_stories("\n".join([*SHELTER, PRESS_NOTE, *RAILWAY]))
    assert [(s.start, s.end) for s in segments] == [(0, 7), (7, 15)]


def test_opening_unit_moves_a_boundary_by_one_paragraph_at_most_and_never_across_a_story() -> None:
    from collections import Counter

    from cleantext.segmenter import _opening_unit

    counts = [Counter({"cat": 1}), Counter({"cat": 1}), Counter(), Counter(), Counter({"train": 1}), Counter({"train": 1})]
    assert _opening_unit(counts, 4, 6) == 4  # shares "train" with the next paragraph
    assert _opening_unit(counts, 2, 6) == 3  # shares nothing ahead: one step, not two
    assert _opening_unit(counts, 3, 4) == 3  # the last paragraph of its story stays where it is


# Two German stories that share nothing but common words (wirklich, ganz, besonders, bereits,
# natürlich, immer, danach, trotzdem, deshalb, gerade, damals, vielleicht, morgen, außerdem, neue,
# bisher, gibt, oft, zwar): each has its own subject words, and every paragraph of one has a
# counterpart in the other built of the same common words.
FLOOD_DE = [
    "Das Hochwasser am Fluss hat die Altstadt heute wirklich ganz besonders schwer getroffen, sagte die Feuerwehr.",
    "Die Feuerwehr pumpte bereits am Morgen die Keller der Altstadt aus, natürlich immer wieder vergeblich.",
    "Der Pegel am Fluss stieg danach trotzdem weiter, und die Sandsäcke der Feuerwehr reichten lange nicht.",
    "Viele Keller in der Altstadt standen deshalb gerade zur Zeit der Flut ganz unter Wasser, wie damals.",
    "Vielleicht sinkt der Pegel morgen wieder, doch die Feuerwehr rechnet außerdem mit neuen Sandsäcken am Fluss.",
    "Bisher gibt es in der Altstadt oft Hochwasser, aber die Keller liefen zwar selten so schnell voll.",
]
CHESS_DE = [
    "Das Schachturnier im Rathaus war heute wirklich ganz besonders spannend, sagte der Großmeister danach.",
    "Der Großmeister spielte bereits in der ersten Partie eine seltene Eröffnung, natürlich immer mit Weiß.",
    "Seine Gegnerin verteidigte die Partie danach trotzdem lange, und die Eröffnung kostete sie viel Zeit.",
    "Viele Zuschauer im Rathaus verfolgten deshalb gerade die letzte Partie am Brett ganz still, wie damals.",
    "Vielleicht gewinnt der Großmeister morgen das Turnier, doch seine Gegnerin hofft außerdem auf neue Chancen am Brett.",
    "Bisher gibt es im Rathaus oft Schachturniere, aber die Partien dauerten zwar selten so lange.",
]


def test_stop_language_is_the_language_whose_function_words_the_text_uses() -> None:
    from cleantext.segmenter import stop_language

    assert stop_language("\n".join(FLOOD_DE)) == "de"
    assert stop_language("\n".join(FLOOD)) == "en"
    assert stop_language("La crue a inondé les caves de la vieille ville, et les pompiers sont sur place.") == "fr"
    # No function word of any list, or two languages as often: no language.
    assert stop_language("東京の天気は晴れ") is None
    assert stop_language("") is None
    assert stop_language("the river, der Fluss") is None


def test_each_common_word_list_belongs_to_a_language_with_a_stop_list_and_repeats_none_of_it() -> None:
    from cleantext.segmenter import _common_words, _stop_lists

    common, stop = _common_words(), _stop_lists()
    assert set(common) >= {"de", "fr", "es", "it", "pt", "nl"} and set(common) <= set(stop)
    for language, words in common.items():
        assert len(words) >= 100, language
        assert not words & stop[language], language
        # Terms are words of three letters or more; a shorter one could never be left out.
        assert all(len(word) >= 3 and word.isalpha() and word == word.lower() for word in words), language


def test_stories_that_share_only_common_words_are_cut_on_the_second_reading(monkeypatch) -> None:
    import cleantext.segmenter as segmenter

    segments = segment_lines(FLOOD_DE + CHESS_DE)
    assert story_starts(segments) == [len(FLOOD_DE)]
    assert segments[1].score >= segmenter.DEFAULT_MIN_SCORE + segmenter.SECOND_READING_MARGIN
    # Read with the common words (the first reading), the two stories are one.
    monkeypatch.setattr(segmenter, "_common_stems", lambda language: frozenset())
    assert story_starts(segment_lines(FLOOD_DE + CHESS_DE)) == []


def test_the_second_reading_does_not_cut_off_a_first_story_of_four_paragraphs() -> None:
    # A story of five paragraphs is enough, and one of four is not, however sure the cut: the
    # sections of a single story (an introduction, a listicle's items) share as little.
    assert story_starts(segment_lines(FLOOD_DE[:5] + CHESS_DE)) == [5]
    assert story_starts(segment_lines(FLOOD_DE[:4] + CHESS_DE)) == []
    # And each story alone stays whole.
    assert story_starts(segment_lines(FLOOD_DE)) == story_starts(segment_lines(CHESS_DE)) == []


def test_a_part_that_uses_the_headline_s_words_is_still_the_headline_s_story() -> None:
    # The chess paragraphs share almost nothing with the flood ones, but the headline names both:
    # one report. Under a headline that names the flood alone they are another story; under one
    # that names the chess alone, the flood paragraphs are (a sidebar above the article).
    assert story_starts(segment_lines(FLOOD + CHESS)) == [len(FLOOD)]
    assert story_starts(segment_lines(["Hallow river flood: Vardo chess championship"] + FLOOD + CHESS)) == []
    assert story_starts(segment_lines(["Hallow river flood"] + FLOOD + CHESS)) == [1 + len(FLOOD)]
    assert story_starts(segment_lines(["Vardo chess championship"] + FLOOD + CHESS)) == [1 + len(FLOOD)]
    # A section's name over the headline (a kicker too short to name a story) does not hide it.
    assert story_starts(segment_lines(["News", "Hallow river flood: Vardo chess championship"] + FLOOD + CHESS)) == []
    # (A headline long enough to be a paragraph does not count as the story before the cut using
    # its words: see test_the_step_keeps_the_story_the_title_names_and_says_why.)


def test_a_first_story_holds_a_paragraph_besides_the_headline_and_its_copies() -> None:
    # A page's heading, its image's alt text and its caption say the headline three times, and
    # nothing of the flood below, whose paragraphs use none of its words: three paragraphs, but
    # no story to cut the flood off from.
    headline = "Living with water: what a wet spring means for a small town"
    top = [headline, "", f'![{headline}]( "{headline}")', "", headline + "."]
    flood = [line for paragraph in FLOOD for line in ("", paragraph)]
    assert story_starts(segment_lines(top + flood)) == []
    text = "\n".join(top + flood)
    assert cleantext.clean(text) == text
    # One paragraph of the headline's story between them and the flood is a story of its own.
    own = "A wet spring means a small town living with water learns where the water goes."
    assert story_starts(segment_lines(top + ["", own] + flood)) == [len(top) + 3]


def test_a_headline_is_a_short_first_line_that_does_not_end_a_sentence() -> None:
    from cleantext.segmenter import HEADLINE_MAX_WORDS, _headline

    assert _headline(["", "  Chess championship in Vardo  "], content_terms) == (1, {"chess", "champi", "vardo"})
    assert _headline(["The chess championship in Vardo ended."], content_terms) is None
    assert _headline([" ".join(["chess"] * (HEADLINE_MAX_WORDS + 1))], content_terms) is None
    assert _headline(["", ""], content_terms) is None
    # A kicker (fewer words than HEADLINE_SHARED_TERMS) stands over the headline, which is the next line...
    assert _headline(["Nacionales", "", "Tribunal confirma la condena"], content_terms) == (2, {"tribun", "confir", "conden"})
    # ...when that reads as one; a paragraph under a short first line leaves the short line.
    assert _headline(["Chess", "The championship in Vardo ended on Sunday."], content_terms) == (0, {"chess"})


def test_paragraphs_name_the_headline_when_they_use_enough_of_its_words() -> None:
    from cleantext.segmenter import _names_the_headline

    headline = {"chess", "champi", "vardo", "flood"}
    vectors = [{"river": 1.0}, {"chess": 1.0, "vardo": 1.0}, {"champi": 1.0}]
    assert _names_the_headline(headline, vectors, 1, 3)  # three of four
    assert not _names_the_headline(headline, vectors, 2, 3)  # one
    assert not _names_the_headline(headline, vectors, 0, 2)  # two: under HEADLINE_SHARED_TERMS
    many = headline | {"grand", "master", "wins", "nation"}
    assert not _names_the_headline(many, vectors, 1, 3)  # three of eight: under HEADLINE_SHARE


# An English story and a French one that share a few words ("festival", "concert").
LYON_APP = [
    "The city of Lyon has launched a smartphone app that lets residents report potholes near the festival and concert sites in minutes.",
    "Within a week of its launch the smartphone app had been downloaded by more than forty thousand people before the festival.",
    "Officials say the reports go straight to the road crews, who are told where the damage is and how urgent it is.",
    "Critics of the app say that older residents without a smartphone will be left out of the new system.",
    "The council plans to add a telephone line for those residents before the end of the year, the mayor said.",
    "A similar app in Marseille cut the time needed to repair a pothole from three weeks to five days.",
]
VIENNE_JAZZ = [
    "Le festival de jazz de Vienne a annoncé sa programmation avec des musiciens de jazz venus de toute l'Europe.",
    "Les billets pour les concerts de jazz au théâtre antique seront vendus le mois prochain, avec des billets moins chers pour les étudiants.",
    "Les organisateurs attendent deux cent mille spectateurs au théâtre antique, et les musiciens joueront aussi dans les rues.",
    "Plusieurs musiciens de jazz venus des États-Unis joueront pour la première fois au théâtre cette année.",
    "La mairie a promis des navettes gratuites pour les spectateurs entre la gare et le théâtre antique les soirs de concert.",
    "Les spectateurs sans billets pourront écouter les musiciens sur les places de la ville, où le jazz sera gratuit.",
]


def _only_the_relief_cuts(monkeypatch, lines: list[str], cut: int, relief: str) -> float:
    """Assert that the segmenter cuts *lines* at *cut* even when asked to be surer than that cut
    scores, and not once the relief named *relief* is 0; give that surer score."""
    import cleantext.segmenter as segmenter

    (boundary,) = [segment for segment in segment_lines(lines) if segment.start == cut]
    surer = boundary.score + 0.05
    assert story_starts(segment_lines(lines, min_score=surer)) == [cut]
    with monkeypatch.context() as patch:
        patch.setattr(segmenter, relief, 0.0)
        assert story_starts(segment_lines(lines, min_score=surer)) == []
    return surer


def test_where_the_language_changes_a_cut_may_score_less(monkeypatch) -> None:
    # Asked to be surer than that cut is, the segmenter still cuts there: the language changes,
    # and that is what lets it...
    _only_the_relief_cuts(monkeypatch, LYON_APP + VIENNE_JAZZ, len(LYON_APP), "LANGUAGE_CHANGE_RELIEF")
    # ...and two stories in one language get no such relief.
    _, chess = segment_lines(FLOOD + CHESS)
    assert story_starts(segment_lines(FLOOD + CHESS, min_score=chess.score + 0.05)) == []


def test_a_part_s_language_needs_enough_function_words_and_a_clear_lead() -> None:
    from cleantext.segmenter import LANGUAGE_MIN_HITS, _part_language, stop_word_hits

    hits: dict[int, Counter[str]] = {}
    assert _part_language(hits, FLOOD, 0, len(FLOOD)) == "en"
    assert sorted(hits) == list(range(len(FLOOD)))  # each paragraph counted once, and kept
    assert _part_language(hits, VIENNE_JAZZ, 0, 0) is None  # nothing to read
    # A few function words are not enough to tell...
    few = ["Die Keller der Altstadt und die Straßen"]
    assert sum(stop_word_hits(few[0]).values()) and _part_language({}, few, 0, 1) is None
    # ...nor are words that two languages share about as often ("die", "der" are Dutch too).
    shared = ["die der die der die der die der die der die der"]
    assert stop_word_hits(shared[0])["de"] >= LANGUAGE_MIN_HITS and _part_language({}, shared, 0, 1) is None


def test_the_language_changes_for_good_only_after_a_story_and_into_the_rest_of_the_part() -> None:
    from cleantext.segmenter import SHORT_STORY_UNITS, _language_changes

    def changes(parts: list[list[str]], index: int) -> bool:
        lines = [line for part in parts for line in part]
        return _language_changes({}, lines, 0, index, len(lines))

    assert changes([LYON_APP, VIENNE_JAZZ], len(LYON_APP))
    assert not changes([LYON_APP, FLOOD], len(LYON_APP))  # one language
    # Fewer than SHORT_STORY_UNITS paragraphs before: a header or an abstract in another language
    # above the article, not a story (an archive's English header above a German blog post).
    short = LYON_APP[: SHORT_STORY_UNITS - 1]
    assert not changes([short, VIENNE_JAZZ], len(short))
    # The first language comes back after the cut (a French post in an English forum thread):
    # the part after the cut, read whole, is not French.
    assert not changes([LYON_APP, VIENNE_JAZZ, FLOOD, CHESS], len(LYON_APP))


# FLOOD as a site that sets its apostrophes curly (CHESS sets them straight: "rival's", "Vardo's").
FLOOD_CURLY = [
    line.replace("The mayor of Hallow said", "Hallow’s mayor said").replace("Insurers expect", "Hallow’s insurers expect")
    for line in FLOOD
]


def test_where_the_typography_changes_a_cut_may_score_less(monkeypatch) -> None:
    assert sum(line.count("’") for line in FLOOD_CURLY) == 2
    # Asked to be surer than that cut is, the segmenter still cuts there: the apostrophes change
    # shape, so the chess story comes from another hand, and that is what lets it...
    surer = _only_the_relief_cuts(monkeypatch, FLOOD_CURLY + CHESS, len(FLOOD), "TYPOGRAPHY_CHANGE_RELIEF")
    # ...and the same stories set alike get no such relief.
    flood_straight = [line.replace("’", "'") for line in FLOOD_CURLY]
    assert story_starts(segment_lines(flood_straight + CHESS, min_score=surer)) == []


def test_a_cut_before_the_story_the_headline_names_gets_no_typography_relief() -> None:
    # A page's top (an author's bio, a sidebar) is often typed by another hand than the article
    # below it; when the part after the cut is the story the headline names, a change of
    # typography is no evidence that it is another story (schneems.com's bio, with straight
    # apostrophes, above its article, with curly ones, in lower case, where no names are read).
    def cuts(headline: str, min_score: float | None = None) -> list[int]:
        lines = [headline] + CHESS + FLOOD_CURLY
        return story_starts(segment_lines(lines) if min_score is None else segment_lines(lines, min_score=min_score))

    _, flood = segment_lines(["Weekend roundup"] + CHESS + FLOOD_CURLY)
    surer = flood.score + 0.05
    assert cuts("Weekend roundup") == cuts("River flood in Hallow") == [1 + len(CHESS)]
    assert cuts("Weekend roundup", surer) == [1 + len(CHESS)]  # the typography's relief
    assert cuts("River flood in Hallow", surer) == []  # none: the flood story is the headline's


def test_the_typography_changes_where_a_family_of_marks_changes_shape_on_both_sides() -> None:
    from cleantext.segmenter import MIN_STORY_UNITS, TYPOGRAPHY_WINDOW, _part_marks, _typography_changes

    def changes(before: list[str], after: list[str]) -> bool:
        return _typography_changes({}, before + after, 0, len(before), len(before) + len(after))

    plain = ["A line of a story with no marks in it at all, as many are."] * (MIN_STORY_UNITS - 1)
    english = plain + ["The coach said it was “the best day” of a “long season” for the club."]
    german = plain + ["Der Trainer sprach vom „besten Tag“ einer „langen Saison“ für den Verein."]
    straight = ['The coach said it was "the best day" of a "long season" for the club.']
    assert changes(english, straight) and changes(german, straight)
    # German „…“ and English “…” share their closing mark: one style, not two.
    assert not changes(german, english[-1:]) and not changes(english, german[-1:])
    # One mark on a side is too few to tell a style by (an apostrophe in a quoted name)...
    assert not changes(english, ["It's over, the coach said after the game in the rain."])
    # ...and a first part shorter than MIN_STORY_UNITS paragraphs gets no relief: a page's header.
    assert not changes(english[1:], straight)
    # Only the TYPOGRAPHY_WINDOW paragraphs either side of the cut are read.
    assert not changes(english[-1:] + plain * TYPOGRAPHY_WINDOW, straight)
    # An apostrophe is one between letters, a dash one with spaces around it; each paragraph is
    # read once.
    marks: dict = {}
    counts = _part_marks(marks, ["rock ’n’ roll and the 1990–2000 well-known ones — and – this ... …"], 0, 1)
    assert counts == Counter({("dash", "em"): 1, ("dash", "en"): 1, ("ellipsis", "three full stops"): 1, ("ellipsis", "one character"): 1})
    assert list(marks) == [0]
