"""Drop whole stories that a scraper appended after (or, rarely, before) the one asked for."""

from __future__ import annotations

from typing import Iterator

import regex

from ..config import Config
from ..document import Document
from ..registry import register_cleaner
from ..segmenter import CJK_RUN, MAIN_STORY_MIN_UNITS, SHORT_STORY_UNITS, Segment, content_terms, segment_lines, terms_reader

RULE_ID = "unrelated_story"
#: A title line's shares in each story (see _title_shares), kept for the other title rule.
TitleSharesMemo = dict[str, tuple[list[float], list[float]]]
#: On a whole page (the ``boilerplate`` step found page furniture in the text), a main story
#: holding less than this share of what is left, and fewer than MIN_MAIN_PARAGRAPHS_ON_PAGES
#: paragraphs, is taken for what the furniture classifier left of the page's top, not for a
#: story, and nothing is cut. Measured on the development pages as text: snippet F1 0.861 ->
#: 0.868 (recall 0.890 -> 0.905), flat from 0.35 to 0.5; the pages had lost their article after a
#: short first "story" in 41 of the 78 pages cut. Article texts (no furniture found) and the
#: seeds are not affected.
MIN_MAIN_SHARE_ON_PAGES = 0.35
#: ...but a main story of this many paragraphs (lines of PARAGRAPH_CHARS characters or more) is
#: a story, however long what follows it, and a boundary scored SURE_BOUNDARY_ON_PAGES or more is
#: trusted after any lead: a page scraped from an infinite scroll carries its article and then
#: the next one, often longer than the first. On 250 development pages with another site's
#: article appended (benchmarks/bench_quality.py), the share guard alone left 46% of the
#: appended story's paragraphs in; five paragraphs 19%; four 14%; four and the sure boundary 9%
#: (the pages' own snippet F1 0.867 -> 0.872). On the plain development pages it costs snippet
#: F1 0.8911 -> 0.8893 (five paragraphs: 0.8895; the sure boundary alone costs nothing): on a
#: few pages the classifier left a run of teasers long enough to pass for a short story.
#: Paragraphs are counted in characters, so this works for scripts written without spaces.
MIN_MAIN_PARAGRAPHS_ON_PAGES = 4
PARAGRAPH_CHARS = 100
#: ...and a paragraph is prose: a line with an address in it, or a run of file names without
#: spaces, is none, however long. What a converter leaves of an image gallery or a list of links
#: at a page's top (html2text's "alles/garten/thumbs/thumbs_28-04-2008.jpg)](http://...", a
#: column of article addresses) passed for the paragraphs of a first story, and the article
#: after it went as the second. On the development pages as html2text prints them: snippet F1
#: 0.8427 -> 0.8434 (not wrapped 0.8491 -> 0.8497); the pages as text, without blank lines, the
#: articles, as markdownify's and inscriptis's text and with an appended story: the same F1 and
#: the same share of appended paragraphs kept. (Asking for a sentence end instead cost the pages
#: with an appended story 0.9055 -> 0.9044.)
MIN_PARAGRAPH_SPACES = 8
SURE_BOUNDARY_ON_PAGES = 0.95
#: On a whole page, scrapers put the page's title (its ``<title>``) on the first line. When the
#: first story holds under TITLE_SHARE_RATIO as many of the title's words as a later story, and
#: that story holds MIN_TITLE_SHARE of them or more, the later story is the article and the first
#: is what the furniture classifier left of the page's top (a sidebar of recent comments, a list
#: of the latest posts, a table of contents). The title line itself does not count, nor a line
#: that repeats it, nor a title of fewer than MIN_TITLE_TERMS content words. On the development
#: pages as text: snippet F1 0.8907 -> 0.8924; three pages get their article back (nine "with"
#: snippets) and two more lose a list of other posts, none is made worse; the same for
#: MIN_TITLE_SHARE from 0.3 to 0.6 and TITLE_SHARE_RATIO from 0.3 to 0.5. (Leaving out every line
#: made only of title words, such as a breadcrumb, instead: 0.8913, two pages worse.)
#: Only on pages: on the 884 article texts the first line is a headline that a later section can
#: share more words with (a journal article's second "Author, Article and Disclosure
#: Information" block), and there it kept 97.06% of their words instead of 97.18%. (An article
#: whose headline names a later story stays whole instead: see drop_unrelated_stories.)
MIN_TITLE_SHARE = 0.5
TITLE_SHARE_RATIO = 0.5
MIN_TITLE_TERMS = 2
#: The title's words are counted only when it has this many: a first line of two words is as
#: often a logo's alt text as a title ("# [![Jobs & Hires](logo.gif)](/)", html2text's first
#: line), and one word of it in a later story chose that story (on the development pages as
#: html2text prints them: snippet F1 0.8428 -> 0.8451; as inscriptis's text 0.8950 -> 0.8966; as
#: text and as markdownify's Markdown the same).
MIN_SHARED_TITLE_TERMS = 3
#: A first line is the page's title only if the story it names has a headline that says it again:
#: one line with this share of the title's words or more. Scrapers that skip the ``<head>``
#: (resiliparse, a ``<body>``'s text) open with a logo's alt text or the site's tagline
#: ("MailOnline - news, sport, celebrity, science and health stories", "Köln News ► aktuelle
#: Nachrichten von heute aus Köln"), whose words a column of teasers repeats line by line; the
#: article was taken for the page's top and went. A Markdown page's first heading is its headline
#: already and is not asked. On the development pages as resiliparse prints them: snippet F1
#: 0.9014 -> 0.9022 (two pages get their article back; 0.7 the same, at 0.3 one of them does not);
#: as text, without their title line, and as markdownify's, inscriptis's and html2text's output,
#: the same output.
MIN_HEADLINE_TITLE_SHARE = 0.5
#: ...and before the words are counted: when the page's title line comes again among the first
#: HEADLINE_LINES lines of one later story, and of no other, that story is the article, which
#: repeats the title as its headline; what comes before it is the page's top (on handwerksblatt.de
#: a column of teasers that names the title's words as often as the article does). On the
#: development pages as text this is the case once: snippet F1 0.8978 -> 0.8984 (three "with"
#: snippets), no page worse.
HEADLINE_LINES = 3
#: On a whole page, a first story of fewer than THIN_LEAD_PARAGRAPHS paragraphs before a later one
#: of MIN_MAIN_PARAGRAPHS_ON_PAGES or more is no sure cut either, whatever its share of the text:
#: it is what the classifier left of the page's top (a menu's entries with their descriptions, on
#: freiheit.org and fdpbt.de as inscriptis prints them, where the title is not the first line), or
#: a short article before a sidebar's long blurbs. Choosing the later story lost the article of the
#: second kind and a recipe's ingredient list; the text stays whole. On the development pages as
#: inscriptis's text: snippet F1 0.8932 -> 0.8949 (three pages get their article back, none
#: worse); as Markdown (markdownify) 0.8687 -> 0.8695; as text, without blank lines, and with an
#: appended story: the same output.
THIN_LEAD_PARAGRAPHS = 2
#: A page's title often ends in the site's name ("Schneewittchen-Kuchen mit Mini-Marshmallows Rezept
#: | LECKER"), which the site's menus and teasers repeat: a trailing part of at most SITE_NAME_WORDS
#: words after a separator is left out of the title's words. ("›" too: "Laufen im Winter: Von „bäh!“
#: zu „yeah!“ in 12 Monaten. › Nordish by Nature"; no development page's output changed with it.)
TITLE_SEPARATOR = regex.compile(r"\s(?:\||–|—|-|·|•|»|›|::)\s")
SITE_NAME_WORDS = 3
#: A title line is read up to this many characters (a long first line is a paragraph, not a title,
#: and its separators and words past this say nothing of the page).
TITLE_CHARS = 400


@register_cleaner("unrelated_stories")
def drop_unrelated_stories(doc: Document, config: Config) -> Iterator[tuple[int, str, str]]:
    """Remove every line of the stories that are not the main one.

    Infinite-scroll and live pages run several stories together with nothing between them but a
    change of subject. This step runs the story segmenter (:mod:`cleantext.segmenter`) on the lines
    the earlier steps kept, so widget lines cannot blur the change of subject, and removes the
    stories other than the main one (``Config.stories.main``: the first, by default).

    On a whole page (the ``boilerplate`` step found furniture in it, or the text opens with the
    page's title: :func:`_is_page`), a first story holding under
    :data:`MIN_MAIN_SHARE_ON_PAGES` of the text, in fewer than :data:`MIN_MAIN_PARAGRAPHS_ON_PAGES`
    paragraphs, before a boundary scored under :data:`SURE_BOUNDARY_ON_PAGES`, is too unsure a cut,
    and the text stays (with ``main="longest"`` or ``"title"`` the user has said which story to
    keep); so does one of fewer than :data:`THIN_LEAD_PARAGRAPHS` paragraphs before a story of
    more, unless the page's title names the first story: then the later stories it does not name
    go all the same (:func:`_title_shares_naming_the_first`). And on a whole page, when the page's
    first line (its title) names a later story and not the first (:data:`MIN_TITLE_SHARE`), or a
    later story repeats the title as its headline (:data:`HEADLINE_LINES`), the later story is the
    main one: the first is what the classifier left of the page's top, such as a sidebar of recent
    comments. In an article, whose headline names a later story so, the text stays whole.

    Example: Sky News' Kosovo "return hubs" article followed by "The Online Safety Act is putting
    free speech at risk ..." and a story on Jeremy Corbyn's new party: everything from the Online
    Safety Act paragraph on goes, each line labelled with the boundary's score.
    """
    kept = doc.kept()
    if not kept:
        return
    opts = config.stories
    page = _is_page(doc)
    # The segmenter may end a first story after MAIN_STORY_MIN_UNITS paragraphs, a short news
    # item. On a whole page it is asked for SHORT_STORY_UNITS: allowing three there moved the
    # snippets of 17 of the 884 development pages, most of them scraped without blank lines, with
    # two more "with" snippets lost than gained (the classifier often leaves three paragraphs of
    # teasers or an intro box above the article).
    main_paragraphs = SHORT_STORY_UNITS if page else MAIN_STORY_MIN_UNITS
    segments = segment_lines([text for _, text in kept], main=opts.main, title=opts.title, min_score=opts.min_score, min_main_paragraphs=main_paragraphs)
    if len(segments) < 2:
        return
    main_index = next(k for k, segment in enumerate(segments) if segment.is_main)
    named = None
    # Both title rules may ask the same title's shares in the same stories; they are read once.
    memo: TitleSharesMemo = {}
    # Under an unsure cut, the shares of the title's words in each story, when the title names
    # the first story: only the stories it does not name go.
    unnamed: list[float] | None = None
    if opts.main == "first":
        named = _story_the_title_names(doc, kept, segments, memo)
        if named is not None and not page:
            # An article whose headline (its first line) names a later story and not the first:
            # the first is not surely the main one, and the text stays whole (choosing the later
            # story, as on a page, lost a journal article's second "Author, Article and Disclosure
            # Information" block: see MIN_TITLE_SHARE). Pages cleaned once come back so: on
            # baechli-bergsport.ch as markdownify prints it, what the classifier left of the page's
            # top stayed and the article went when cleaned again. On the 884 article texts 97.48%
            # -> 97.54% of words kept (that journal article, also a single story of the built set
            # that was cut); the pages and the appended sets come out the same.
            return
        if page and named is None and (_short_lead_of_a_page(doc, kept, segments) or _thin_lead_before_prose(kept, segments)):
            unnamed = _title_shares_naming_the_first(doc, kept, segments, memo)
            if unnamed is None or not any(_leaves_out(unnamed, k) for k in range(1, len(segments))):
                return
    if named is not None:
        main_index, shares = named
    for number, segment in enumerate(segments, 1):
        if number - 1 == main_index:
            continue
        if unnamed is not None:
            if not _leaves_out(unnamed, number - 1):
                continue  # a story the title names as well: part of the page's own text
            reason = (
                f"story {number} of {len(segments)}, which the page's title does not name "
                f"(title words: {unnamed[number - 1]:.2f} here, {unnamed[0]:.2f} in story 1)"
            )
        elif named is not None and shares is None and doc.headline is not None:
            reason = f"story {number} of {len(segments)}, not the one under the page's headline (story {main_index + 1} opens with its first heading)"
        elif named is not None and shares is None:
            reason = f"story {number} of {len(segments)}, not the one the page's title names (story {main_index + 1} repeats the title as its headline)"
        elif named is not None:
            reason = (
                f"story {number} of {len(segments)}, not the one the page's title names "
                f"(title words: {shares[number - 1]:.2f} here, {shares[main_index]:.2f} in story {main_index + 1})"
            )
        else:
            reason = (
                f"story {number} of {len(segments)}, unrelated to the main story "
                f"(boundary score {segment.score:.2f}, word similarity to the main story {segment.similarity:.2f})"
            )
        for position in range(segment.start, segment.end):
            yield kept[position][0], RULE_ID, reason


def _is_page(doc: Document) -> bool:
    """Whether *doc* was a whole page: the ``boilerplate`` step found furniture in it, or its
    first line reads as a page's title, parts joined by a separator (:data:`TITLE_SEPARATOR`:
    "Headline | Site", "Site - Section - Headline").

    The title is how a page's text that was cleaned once still reads as a page: the furniture has
    gone, and without the page's rules a second cleaning judged the cut that the first had found
    too unsure as an article's (a main story of three paragraphs) and made it. On the development
    pages, guenter-pilger.de's open letter to the Bundestag ("Rentenpolitik | Blog | Mailaktion
    Bundestag | Alles klar?") lost the letter to its three-line introduction when cleaned again,
    and a Stack Exchange question ("verb choice - When to use "wurde" versus "war" ... - German
    Language Stack Exchange") its question and answers to the network's blurb above them; both
    now pass through. A headline with a dash ("Bayern - Dortmund 2:1") is read as a title too,
    which only makes the step surer before it cuts: 129 of the 884 article texts open with a
    separator, and none of them changes, nor does any of the 884 pages, the pages with another
    site's article or page appended, or the 1000 built documents run through the pipeline.
    """
    if any(removal.cleaner == "boilerplate" for removal in doc.removals.values()):
        return True
    first = _first_line(doc)
    return first is not None and _reads_as_title(doc.lines[first])


def _first_line(doc: Document) -> int | None:
    """The index of the first non-blank line of *doc*; None for a blank text."""
    return next((k for k, line in enumerate(doc.lines) if line.strip()), None)


def _reads_as_title(line: str) -> bool:
    """Whether *line* reads as a page's title: parts joined by a :data:`TITLE_SEPARATOR`."""
    return TITLE_SEPARATOR.search(line[:TITLE_CHARS]) is not None


def _story_the_title_names(
    doc: Document, kept: list[tuple[int, str]], segments: list[Segment], memo: TitleSharesMemo | None = None
) -> tuple[int, list[float] | None] | None:
    """The later story that the page's first line (its title; in Markdown its first heading,
    :attr:`Document.headline`) names when the first story does not, with the share of the title's
    words in each story (see :data:`MIN_TITLE_SHARE`), or None for the shares when the story
    repeats the title as its headline or opens with the page's headline (see
    :data:`HEADLINE_LINES`); None when the first story is the one the title names, or the title
    cannot tell (a first line whose words no line of the story says again together is no title:
    :data:`MIN_HEADLINE_TITLE_SHARE`). *memo* keeps the title's shares for
    :func:`_title_shares_naming_the_first`, which the step may ask next about the same stories."""
    # A Markdown page marks its title as its first heading (Document.headline), which opens the
    # article; its first line is whatever the page opens with. On the development pages as
    # html2text prints them: snippet F1 0.8468 -> 0.8476 (unwrapped 0.8505 -> 0.8522, links left
    # out 0.8556 -> 0.8570); as markdownify's Markdown 0.8795 -> 0.8801. Every page that changed
    # got its article back (four pages, each in one to three of the layouts); none lost a "with"
    # snippet. The pages as text have no Markdown and keep their output.
    found = _page_title(doc)
    if found is None:
        return None
    first, title_line, title = found
    if len(title) < MIN_TITLE_TERMS:
        return None
    headed = [k for k, segment in enumerate(segments) if _opens_with_title(kept, segment, title_line, first, itself=doc.headline is not None)]
    if len(headed) == 1 and headed[0] > 0:
        return headed[0], None
    if len(title) < MIN_SHARED_TITLE_TERMS:
        return None
    shares, headline_shares = _title_shares(kept, segments, title, title_line, memo)
    best = max(range(len(shares)), key=shares.__getitem__)
    if best == 0 or shares[best] < MIN_TITLE_SHARE or shares[0] >= TITLE_SHARE_RATIO * shares[best]:
        return None
    if doc.headline is None and headline_shares[best] < MIN_HEADLINE_TITLE_SHARE:
        return None
    return best, shares


def _page_title(doc: Document) -> tuple[int, str, set[str]] | None:
    """The line of *doc* that is the page's title, its first heading in Markdown
    (:attr:`Document.headline`), else its first non-blank line: its index, its text stripped, and
    its content words without the site's name (:func:`_without_site_name`); None for a blank text.
    Read so by both rules that ask the title (:func:`_story_the_title_names`,
    :func:`_title_shares_naming_the_first`)."""
    first = doc.headline if doc.headline is not None else _first_line(doc)
    if first is None:
        return None
    line = doc.lines[first]
    return first, line.strip(), set(content_terms(_without_site_name(line[:TITLE_CHARS])))


def _title_shares(
    kept: list[tuple[int, str]], segments: list[Segment], title: set[str], title_line: str, memo: TitleSharesMemo | None = None
) -> tuple[list[float], list[float]]:
    """The share of the *title* words that each story of *segments* holds, and the largest share
    that one of its lines holds (a headline that says the title again). With a *memo*, the shares
    of a title line already read for these stories are not read again: on a page whose title
    names no later story and whose lead is short, both title rules ask, and each reads every kept
    line into terms."""
    if memo is not None and title_line in memo:
        return memo[title_line]
    shares: list[float] = []
    headline_shares: list[float] = []
    # Read as the segmenter reads them (the same terms as content_terms, found faster in a text
    # without CJK): the step asked content_terms of every line of an article with a cut.
    terms_of = terms_reader("\n".join(text for _, text in kept))
    for segment in segments:
        # The title line itself, and the same line repeated (the page's headline), says nothing
        # about which story it names: it sits above the first story as often as above the article.
        words: set[str] = set()
        best_line = 0
        for k in range(segment.start, segment.end):
            if kept[k][1].strip() != title_line:
                found = title.intersection(terms_of(kept[k][1][:4000]))
                words |= found
                best_line = max(best_line, len(found))
        shares.append(len(words) / len(title))
        headline_shares.append(best_line / len(title))
    if memo is not None:
        memo[title_line] = (shares, headline_shares)
    return shares, headline_shares


def _title_shares_naming_the_first(
    doc: Document, kept: list[tuple[int, str]], segments: list[Segment], memo: TitleSharesMemo | None = None
) -> list[float] | None:
    """The share of the page title's words in each story of *segments*, when the first line of
    *doc* is a page's title of MIN_SHARED_TITLE_TERMS words or more, the first story holds
    MIN_TITLE_SHARE of them or more and one of its lines MIN_HEADLINE_TITLE_SHARE (its headline);
    None otherwise. The step asks when the guards find a cut too unsure
    (:func:`_short_lead_of_a_page`, :func:`_thin_lead_before_prose`): the stories the title does
    not name (:func:`_leaves_out`) still go.

    A page's title names the site after a separator ("Copy & paste from tmux to system clipboard |
    FlowFX", "HE:Kassel/Stammtisch – Piratenwiki"); when the first story holds most of its words, a
    later story that holds under TITLE_SHARE_RATIO as many is another article, such as the next one
    an infinite scroll adds after a short post, while one that holds as many stays with the first.
    A first line without a separator may be a widget's heading ("Stack Exchange Network", the first
    line of inscriptis's and resiliparse's text, which skip the ``<head>``), whose words its own
    description repeats: the question below it went as a story the "title" did not name. And
    without the headline, a shop page read without a stop list (vinosytapas.de enciphered) lost its
    article: the breadcrumbs at its top held the title's words, one or two a line.

    On 250 development pages with another site's article appended, 9.5% of the appended article's
    paragraphs were kept, 7.8% with this (the pages' own snippets: F1 0.9122 -> 0.9126); with
    another site's whole page appended 8.8% -> 6.4%. The 884 pages as text, without blank lines,
    wrapped, in lower case, without a stop list and as markdownify's, inscriptis's, resiliparse's
    and BeautifulSoup's text: the same output. (A ratio of 0.67 would take one more appended
    story, a long one whose lines hold two of the title's three words, "Leben" and "Meister".)
    """
    found = _page_title(doc)
    if found is None or not _reads_as_title(doc.lines[found[0]]):
        return None
    _, title_line, title = found
    if len(title) < MIN_SHARED_TITLE_TERMS:
        return None
    shares, headline_shares = _title_shares(kept, segments, title, title_line, memo)
    return shares if shares[0] >= MIN_TITLE_SHARE and headline_shares[0] >= MIN_HEADLINE_TITLE_SHARE else None


def _leaves_out(shares: list[float], story: int) -> bool:
    """Whether the title whose words each story holds in *shares* (the first story naming it) does
    not name *story*: it holds under TITLE_SHARE_RATIO as many of its words as the first."""
    return story > 0 and shares[story] < TITLE_SHARE_RATIO * shares[0]


def _without_site_name(title: str) -> str:
    """*title* without the short parts a site appends after a separator, its name and its section
    (see :data:`SITE_NAME_WORDS`); a part goes only when more words stay than go, so "Bayern -
    Dortmund" stays whole.

    >>> _without_site_name("Schneewittchen-Kuchen mit Mini-Marshmallows Rezept | LECKER")
    'Schneewittchen-Kuchen mit Mini-Marshmallows Rezept'
    """
    end = len(title)
    for separator in reversed(list(TITLE_SEPARATOR.finditer(title))):
        words, rest = len(title[separator.end() : end].split()), len(title[: separator.start()].split())
        if words > SITE_NAME_WORDS or rest <= words:
            break
        end = separator.start()
    return title[:end]


def _opens_with_title(kept: list[tuple[int, str]], segment: Segment, title_line: str, title_index: int, itself: bool = False) -> bool:
    """Whether one of the first HEADLINE_LINES non-blank lines of *segment* repeats the page's
    title line (*title_line*, line *title_index* of the text, which counts itself only when it is
    the page's headline, *itself*: a first line above the page is no story's headline)."""
    opening = (kept[k] for k in range(segment.start, segment.end) if kept[k][1].strip())
    for _, (index, line) in zip(range(HEADLINE_LINES), opening):
        if (itself or index != title_index) and line.strip() == title_line:
            return True
    return False


def _paragraphs(kept: list[tuple[int, str]], segment: Segment) -> int:
    """How many lines of *segment* are paragraphs (see :func:`_is_paragraph`)."""
    return sum(1 for k in range(segment.start, segment.end) if _is_paragraph(kept[k][1]))


def _is_paragraph(line: str) -> bool:
    """Whether *line* is a paragraph of prose: PARAGRAPH_CHARS characters or more, no address in
    it, and MIN_PARAGRAPH_SPACES spaces or more unless its script is written without them."""
    if len(line.strip()) < PARAGRAPH_CHARS or "://" in line:
        return False
    return line.count(" ") >= MIN_PARAGRAPH_SPACES or CJK_RUN.search(line, 0, 200) is not None


def _thin_lead_before_prose(kept: list[tuple[int, str]], segments: list[Segment]) -> bool:
    """Whether the first story holds fewer than THIN_LEAD_PARAGRAPHS paragraphs and a later one
    MIN_MAIN_PARAGRAPHS_ON_PAGES or more (see :data:`THIN_LEAD_PARAGRAPHS`): then the cut is too
    unsure, whichever story is the article."""
    if _paragraphs(kept, segments[0]) >= THIN_LEAD_PARAGRAPHS:
        return False
    return any(_paragraphs(kept, segment) >= MIN_MAIN_PARAGRAPHS_ON_PAGES for segment in segments[1:])


def _short_lead_of_a_page(doc: Document, kept: list[tuple[int, str]], segments: list[Segment]) -> bool:
    """Whether *doc* was a whole page and its main story holds under
    :data:`MIN_MAIN_SHARE_ON_PAGES` of the kept text in fewer than
    :data:`MIN_MAIN_PARAGRAPHS_ON_PAGES` paragraphs, before a boundary scored under
    :data:`SURE_BOUNDARY_ON_PAGES` (see there): then the cut is too unsure."""
    if not _is_page(doc):
        return False
    main_index = next(k for k, segment in enumerate(segments) if segment.is_main)
    main = segments[main_index]
    if main_index + 1 < len(segments) and segments[main_index + 1].score >= SURE_BOUNDARY_ON_PAGES:
        return False
    if _paragraphs(kept, main) >= MIN_MAIN_PARAGRAPHS_ON_PAGES:
        return False
    total = sum(len(text) for _, text in kept)
    return sum(len(kept[k][1]) for k in range(main.start, main.end)) < MIN_MAIN_SHARE_ON_PAGES * total
