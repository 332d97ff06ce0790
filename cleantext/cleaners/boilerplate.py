"""Remove the furniture of whole pages scraped as text: menus, breadcrumbs, footers, cookie
banners, share bars, lists of other articles, comment forms."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Set as AbstractSet
from typing import NamedTuple

from ..boilerplate import SENTENCE_END, STAGE1_FEATURES, TAIL_CHARS, LineFacts, Model, scored_lines, words_of
from ..config import BoilerplateOptions, Config
from ..document import Document
from ..loose_spacing import blank_gaps
from ..measure_lists import may_hold_a_list, measure_list_lines
from ..registry import Mark, get_step, register_cleaner
from ..rules import builtin_table
from .menu_labels import MAX_MENU_LABEL_CHARS, PAGE_EVIDENCE_RULE_PREFIXES

RULE_ID = "page_furniture"
#: The rule and reason of a blank line that goes with the furniture beside it.
BLANK_RULE_ID = "blank_in_furniture"
BLANK_REASON = "blank line beside removed page furniture"
#: The rule of a line that goes because a later pass removes its very text elsewhere on the page.
COPY_RULE_ID = "furniture_copy"
#: Texts with fewer non-blank lines than this are never judged: a few lines are a snippet or a
#: short article, and there is too little page around them to tell furniture from content.
MIN_LINES = 8
#: Passes at most, so the work stays linear. On the 884 development pages as text (this step
#: alone, 2026-12-07), 524 settle after one pass that removes lines, 222 after two and 76 after
#: three; 8 need more than six and one does not settle in 12, and stays whole (each pass after the
#: first peels a line or two off the ends; copies of what a pass removes go with it, see
#: _copies_of_removed). In the default pipeline every page settles.
MAX_PASSES = 12
#: How many times the step judges what it leaves again when that is another kind of text (without
#: blank lines, or double-spaced) than it was given.
MAX_KIND_CHANGES = 2
#: ...and takes what that judgement removes only when it holds at most this share of the words
#: left. A text that a second judgement empties is one the step cannot judge twice alike: on the
#: development pages, a school's curriculum table went from 21,168 characters to 941 so, and in
#: BeautifulSoup's layout a blog post (gizmeo.eu) lost its article to its archive menu; both were
#: pages that changed when cleaned again before, and stay so.
MAX_REJUDGED_SHARE = 0.5
#: A text whose first pass finds fewer furniture lines than this, and under MIN_FURNITURE_SHARE of
#: its lines, is an article with a few odd lines (a fact box, a line of match results, a table
#: row), not a page, and stays whole: a page's furniture comes in menus, link lists and footers. On
#: the 884 development pages as text, 871 have 10 or more furniture lines making 10% of the page
#: or more, and page snippet F1 is unchanged at 0.881; of their 884 already clean article texts,
#: 29 had 1 to 9 lines removed, and the default pipeline now keeps 97.30% of their words instead of
#: 97.16%. (Fewer than 10 lines alone, whatever their share: 97.41% kept, but F1 0.880, and a short
#: page's menu of six lines would stay.)
MIN_FURNITURE_LINES = 10
MIN_FURNITURE_SHARE = 0.1
#: A text with fewer blank lines than this per non-blank line has no blocks to speak of (see
#: drop_page_furniture). The development pages have 0.04 or more; texts extracted by tools and
#: `get_text("\n")` scrapes have none.
BLANK_FREE_SHARE = 0.02
#: A text in which a blank line separates this share or more of its neighbouring non-blank lines
#: is double-spaced: every paragraph, heading and label a block of its own, as extractors and
#: converters print a clean article. Its blocks say nothing (each is one line), so it is judged as
#: a text without blank lines is, first as a whole. 19 of the 884 development pages separate 90%
#: or more of their lines so, and 3 all of them.
DOUBLE_SPACED_SHARE = 0.95
#: A text without blank lines whose first and last FRAME_LINES lines both hold FRAME_SHORT lines
#: shorter than FRAME_CHARS is framed by a menu and a footer: a page, even when the text as it is
#: gave too little furniture to say so. On the development pages with their blank lines taken
#: out: snippet F1 0.809 -> 0.846 (516 of the 884 are framed). Two development articles are framed
#: so, two recipes whose ingredient lists open and end them; they keep 97.00% of the articles'
#: words instead of 97.01%. (7 of 10 lines under 25 characters: 0.837, no article framed; 6 of 10
#: under 25: 0.846, but 96.78% of article words kept; 7 under 35: 0.850 and 96.95%.)
FRAME_LINES = 10
FRAME_SHORT = 7
FRAME_CHARS = 30
#: ...or whose first MENU_HEAD_LINES lines hold MENU_HEAD_SHORT or more shorter than FRAME_CHARS:
#: a long menu at the top is a page's whatever its end (a footer of teaser headlines is not short).
#: yle.fi's page opens with 60 menu lines and ends with teasers; judged whole, its menu became the
#: main story and the segmenter cut the article off as story 2. On the development pages without
#: blank lines: snippet F1 0.8954 -> 0.8972 (six pages gain, one Polish recipe's opening
#: ingredients cost it a line: 26 article words; 15 of 20 lines: 0.8969; 19 of 20: 0.8962;
#: 13 of 15: 0.8967 and 0.07 points of article words).
MENU_HEAD_LINES = 20
MENU_HEAD_SHORT = 16
#: A judgement that would leave fewer words than this (letters-and-digits runs; a CJK character
#: counts as one) has not found the article: what stays is a few labels, counters and headings
#: ("Tomaten richtig schneiden / 2 / 727 / 0"). The page is then judged with each line a block of
#: its own, and when that leaves too little too, it stays whole: a page this step cannot judge
#: comes out whole, not (almost) empty. On the 884 development pages as text, three came out so
#: (5, 10 and 11 words, none of their "with" snippets); the next fewest words kept is 23.
MIN_KEPT_WORDS = 15
#: A judgement that removes this share or more of a page's prose, its lines of PROSE_CHARS
#: characters or more that end as a sentence does (counted in characters), has read the article's blocks as
#: a menu's: the page is judged again with each line a block of its own, and that judgement stands
#: when it keeps more of the prose (and leaves MIN_KEPT_WORDS). BeautifulSoup's get_text("\n")
#: puts a blank line only where the source had one, so an article's paragraphs share blocks with
#: the menus and share bars around them: zfk.de's article went whole with its menu, and 28 of the
#: 884 development pages in that layout lost every "with" snippet they held, 25 now (snippet F1
#: 0.8797 -> 0.8812). The pages as text, their articles (97.475% of words kept -> 97.480%:
#: mix1.de's keeps its paragraph) and the other layouts move by 0.0002 at most (markdownify 0.8895
#: -> 0.8893, inscriptis 0.9065 -> 0.9064); a share of 0.8 or 0.95 does the same, lines of 100 or
#: 200 characters a little less.
PROSE_LOST_SHARE = 0.9
PROSE_CHARS = 150
#: A text without blank lines that holds this many lines naming a site's own pages or menu
#: entries (see :func:`_names_site_pages`) is a page, even when judged as one block it gave no
#: furniture and no short lines frame it.
MIN_MENU_LABELS = 2
#: The commonest entries of a site's menu, beside the names of its own pages that ``menu_labels``
#: removes: words that may also head a section of an article, and so are not removed, but two of
#: them, or one and a page's name, alone on their lines are a menu.
MENU_WORDS: frozenset[str] = frozenset({
    "home", "kontakt", "contact", "suche", "search", "menu", "menü", "login", "anmelden", "registrieren", "about", "faq",
    "newsletter", "archiv", "archive", "blog", "shop", "presse", "jobs", "karriere", "inicio", "accueil", "contacto",
    "buscar", "rechercher", "cerca", "contatti", "zoeken",
    # A share bar's or a footer's networks, each a link on its own line.
    "facebook", "twitter", "instagram", "youtube", "linkedin", "reddit", "whatsapp", "pinterest", "tiktok", "xing", "telegram",
    # A news site's sections.
    "politik", "wirtschaft", "kultur", "sport", "sports", "politics", "business", "technology", "entertainment", "world",
    "opinion", "lifestyle", "deportes", "internacional", "nacional", "economía", "opinión", "cultura", "política",
    "tecnología", "international", "économie", "société", "culture", "politique", "esteri", "cronaca", "economia",
    "politica", "spettacoli", "esportes", "mundo",
    # The same entries in the other languages the widget families know: contact, search, news.
    "kontakty", "yhteystiedot", "kapcsolat", "επικοινωνία", "liên hệ", "संपर्क", "контакты", "контакти",
    "iletişim", "kontak", "sök", "søg", "søk", "haku", "keresés", "caută", "αναζήτηση", "tìm kiếm", "खोजें", "поиск",
    "пошук", "ara", "cari", "nyheter", "nyheder", "uutiset", "urheilu", "hírek", "știri", "ειδήσεις", "tin tức",
    "समाचार", "новости", "новини", "haberler", "berita", "zprávy", "kulttuuri", "ekonomi", "talous",
})  # fmt: skip
#: The stricter threshold for ``mode="page"``, where no clean article needs protecting.
PAGE_THRESHOLD = 0.5

#: How the stage-1 features read in a reason, when they count against a line.
FEATURE_WORDS: dict[str, str] = {
    "short": "short line",
    "up_to_15_chars": "very short line",
    "log_block_lines": "in a long block",
    "block_mean_log_chars": "among short lines",
    "ends_sentence": "no sentence end",
    "stopword_share": "few function words",
    "frequent_word_share": "few common words",
    "capitalised_share": "capitalised words",
    "separator": "separators (| » ›)",
    "url_or_handle": "URL or handle",
    "repeated": "repeated on the page",
    "digit_share": "digits",
    "position": "position on the page",
    "position_sq": "position on the page",
    "ends_colon": "ends with a colon",
    "title_word_share": "shares no words with the title",
    "sentence_like": "not a sentence",
}


#: The features that count against a line when they are absent (0): the others count only by
#: their value.
ABSENCE_COUNTS: frozenset[str] = frozenset({"ends_sentence", "title_word_share", "sentence_like", "stopword_share", "frequent_word_share"})

#: For each feature a reason names: its position in the row, its words, its weight, and what its
#: absence adds to the score.
WhyTerms = list[tuple[int, str, float, float]]


def _why_terms(weights: list[float]) -> WhyTerms:
    """The features of :data:`FEATURE_WORDS` with their weights, worked out once per run: only
    those that can count against a line. Every stage-1 feature is zero or more, so a feature
    with a positive weight counts against a line only when its absence does (ABSENCE_COUNTS);
    leaving the others out makes the reasons cheaper to write and does not change them."""
    terms = [
        (k, FEATURE_WORDS[name], w, -w if name in ABSENCE_COUNTS else 0.0)
        for k, (name, w) in enumerate(zip(STAGE1_FEATURES, weights))
        if name in FEATURE_WORDS
    ]
    return [term for term in terms if term[2] < 0 or term[3] < 0]


def _why(features: list[float], terms: WhyTerms) -> str:
    """The two features that count most against a line, in words."""
    against: dict[str, float] = {}
    for k, label, w, absent in terms:
        f = features[k]
        # A feature counts against the line when its value pushes the score down.
        push = w * f if f else absent
        if push < 0:
            against[label] = against.get(label, 0.0) + push
    top = sorted(against, key=against.__getitem__)[:2]
    return ", ".join(top) if top else "its neighbours"


@register_cleaner("boilerplate", settles=True)
def drop_page_furniture(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove the lines of a whole page that are not its article (menus, footers, banners ...).

    Why: plain scrapers hand back the whole page as text; a reader wants the article. Each line
    gets a content score from a small two-stage classifier (:mod:`cleantext.boilerplate`): its
    length, function words, punctuation, separators and repetition, then its neighbours' scores,
    so a heading inside the article stays and a long line inside a menu goes. A text that is
    already an article scores high throughout and passes through, as does one in which only a few
    odd lines score low (MIN_FURNITURE_LINES); a text in which no line would stay comes out whole
    rather than empty. A recipe's ingredient list, which looks like a menu line by line, stays
    (:mod:`cleantext.measure_lists`). A page without blank lines, which would be one long block to
    the classifier, is judged with each line a block of its own (BLANK_FREE_SHARE, FRAME_LINES,
    MIN_MENU_LABELS).

    The step settles (see :func:`~cleantext.registry.register_cleaner`): its features are relative
    to the whole text, so when a later step removes lines (a menu label, another story) it judges
    what is left again, as a second cleaning would.

    Example: the cubadebate.cu page of the development data starts "Cuba / Prensa Cubana /
    Consejo Editorial / ... / Youtube / Facebook / Twitter" before the article: those lines go,
    each with a reason such as "page furniture (content score 0.04; short line, among short lines)".
    """
    options = config.boilerplate
    if options.mode == "article":
        return
    kept = doc.kept()
    marks = _page_marks(doc, kept, options)
    # What the step leaves may be another kind of text than it was given: a small page's one gap
    # between blocks went with its last line, and what is left has no blank lines, which a second
    # cleaning judges a line a block, taking its menu labels. Found by the idempotence property:
    # "… / Home / 0. / Home / (blank) / PM confirms plan" kept both "Home" lines once and lost
    # them when cleaned again. What is left is then judged again as that cleaning would judge it,
    # its frame and menu labels read on itself, until it no longer changes kind; but a judgement
    # that would take most of what is left is a page this step cannot judge twice alike, and the
    # first one stands (MAX_REJUDGED_SHARE).
    kind = None
    for _ in range(MAX_KIND_CHANGES):
        gone = {mark[0] for mark in marks}
        if not gone:
            break
        left = [(index, line) for index, line in kept if index not in gone]
        kind, left_kind = kind or _kind(kept), _kind(left)
        if left_kind == kind:
            break
        more = _page_marks(doc, left, options, among={index for index, _ in left})
        if not more or _word_count(doc, more) > MAX_REJUDGED_SHARE * _word_count(doc, left):
            break
        marks += more
        kept, kind = left, left_kind
    yield from marks


def _word_count(doc: Document, lines: Iterable[tuple[int, str] | Mark]) -> int:
    """How many words (see :func:`~cleantext.boilerplate.words_of`) the lines of *doc* at the
    indices of *lines* hold (kept lines or removals)."""
    return sum(len(words_of(doc.lines[line[0]])) for line in lines)


def _kind(kept: list[tuple[int, str]]) -> tuple[bool, bool]:
    """What decides how lines *kept* are judged: whether they are without blank lines (see
    :func:`_blank_free`), and whether double-spaced (see :func:`_double_spaced`), from one count of
    their gaps."""
    non_blank, gaps = blank_gaps(line for _, line in kept)
    pairs = max(non_blank - 1, 0)
    return len(gaps) < BLANK_FREE_SHARE * non_blank, pairs >= MIN_LINES and len(gaps) >= DOUBLE_SPACED_SHARE * pairs


def _page_marks(doc: Document, kept: list[tuple[int, str]], options: BoilerplateOptions, among: AbstractSet[int] | None = None) -> list[Mark]:
    """The removals of :func:`drop_page_furniture` on lines *kept* of *doc*; a page's frame and
    menu labels are read on the lines *among* (by default all of the text as it came)."""
    all_kept = kept
    # A double-spaced text (every line a block of its own) is judged without its blank lines, as
    # a text without them is: first as a whole, so that a clean article passes. Judged with them,
    # 289 of the 884 development articles double-spaced lost lines (92.3% of words kept).
    # One count of the gaps says both: without its blank lines, a double-spaced text has none.
    blank_free, double_spaced = _kind(kept)
    if double_spaced:
        kept = [(index, line) for index, line in kept if line.strip()]
        blank_free = True
    model = options.model or Model.builtin()
    threshold = options.threshold if options.threshold is not None else (max(model.threshold, PAGE_THRESHOLD) if options.mode == "page" else model.threshold)
    # Judge, remove, and judge what is left again until nothing more goes: the result is then a
    # text this step leaves alone, so cleaning twice gives what cleaning once gives. A text that
    # has not settled after MAX_PASSES passes is one this step cannot judge: what the passes so far
    # removed is not a fixed point, and a second cleaning would remove more. Keeping measured lists
    # (see _one_pass) can leave an island, such as a reader's recipe in the comments, whose
    # neighbours then go one line a pass; such a text is judged again without keeping them, and
    # when that does not settle either, it stays whole.
    # What each line says alone: the same in every pass, and when the step runs again (it settles).
    memo: dict[str, LineFacts | None] = doc.line_facts
    # Asked once: a view of the same lines, or fewer of them, cannot hold a list the text cannot.
    may_hold_lists = may_hold_a_list("\n".join(line for _, line in kept))
    # A Markdown page's first heading is its title (see features_and_words). On the development
    # pages as html2text prints them: snippet F1 0.8476 -> 0.8510 (unwrapped 0.8522 -> 0.8536,
    # links left out 0.8570 -> 0.8578); as markdownify's Markdown 0.8801 -> 0.8812. 38 and 24
    # pages change, both ways: gelbe-liste.de loses its article in html2text's Markdown and gets
    # it back in markdownify's, swap-stop.org the other way round; four more get theirs back in
    # html2text's. The pages as text are unchanged.
    title = doc.lines[doc.headline] if doc.headline is not None else None
    judge = Judge(model, threshold, memo, _why_terms(model.w1), title)
    marks = _judged(kept, judge, options.mode, may_hold_lists)
    # The frame is read on the text as it came: an earlier step that removed the footer (an
    # aggregator tail of share buttons and comments) leaves a page without blank lines that no
    # longer looks framed, whose menu then stayed (on the blank-free development pages snippet F1
    # 0.848 with the frame read on the lines left, 0.852 on the text as it came). Only the lines a
    # widget table removed (a player notice, a caption) are left out of it, as a second cleaning
    # would not see them: read with two long player notices among its last ten lines, a text was
    # no page the first time and a page the second, which then lost its short lines (found by the
    # idempotence property). Blank-free development pages 0.8986 -> 0.8984 (xinhuanet.com keeps
    # one line of its footer, whose frame was four share labels), articles kept 97.146% -> 97.150%.
    blank_free_page = blank_free and bool(marks or _framed(doc, all_kept, among) or _names_site_pages(doc, among))
    if not blank_free_page and not leaves_too_little(kept, marks) and _loses_its_prose(kept, marks):
        # Judged in its blocks, the page lost nearly all of its prose: blocks that mix an
        # article's paragraphs with a menu's lines (a scrape with few blank lines) judge each by
        # the menu. Judged a line a block, it may keep the article (see PROSE_LOST_SHARE).
        in_blocks = _one_block_a_line(kept)
        block_marks = [mark for mark in _judged(in_blocks, judge, options.mode, may_hold_lists) if mark[0] >= 0]
        if _prose_chars(kept, block_marks)[1] > _prose_chars(kept, marks)[1] and not leaves_too_little(kept, block_marks):
            marks = block_marks
    if blank_free_page or leaves_too_little(kept, marks):
        # A whole page without blank lines is one block to the classifier, whose block features
        # then say "long block of text" of every line, menus included: on the development pages
        # with their blank lines taken out, snippet F1 fell from 0.897 to 0.687, below the text
        # left unchanged. Once the text is known to be a page (as it is, it gave furniture, or a
        # menu and a footer frame it), it is judged again with each line a block of its own, as
        # most lines of the pages the classifier learned from are. So is a page whose article
        # shares a block with its comments and teasers, and went with them (MIN_KEPT_WORDS).
        in_blocks = _one_block_a_line(kept)
        block_marks = [mark for mark in _judged(in_blocks, judge, options.mode, may_hold_lists) if mark[0] >= 0]
        if blank_free_page or not leaves_too_little(kept, block_marks):
            marks = block_marks or marks
    if leaves_too_little(kept, marks):
        return []
    if double_spaced:
        marks += _blank_lines_beside(all_kept, marks)
    return marks


class Judge(NamedTuple):
    """What every pass of the step judges lines with: the model and its threshold, what each
    line says alone (*memo*, see :func:`~cleantext.boilerplate.features_and_words`), the features
    a reason names (*terms*, see :func:`_why_terms`), and the page's title when its layout marks
    one (*title*, see :func:`~cleantext.boilerplate.features_and_words`)."""

    model: Model
    threshold: float
    memo: dict[str, LineFacts | None]
    terms: WhyTerms
    title: str | None


def _judged(kept: list[tuple[int, str]], judge: Judge, mode: str, may_hold_lists: bool) -> list[Mark]:
    """The removals of this step on lines *kept* (see :func:`_settled_marks`): with measured lists
    kept when the text may hold one (*may_hold_lists*, see
    :func:`~cleantext.measure_lists.may_hold_a_list`), else, or when that does not settle,
    without; [] when neither settles."""
    for keep_measure_lists in (True, False) if may_hold_lists else (False,):
        marks = _settled_marks(kept, judge, mode, keep_measure_lists)
        if marks is not None:
            return marks
    return []


def _is_prose(line: str) -> bool:
    """Whether *line* is a paragraph of prose: PROSE_CHARS characters or more (stripped), ending as
    a sentence does. Counted in characters, which costs a length where words cost a
    tokenisation, and reads unspaced scripts alike."""
    if len(line) < PROSE_CHARS:
        return False
    text = line.strip()
    return len(text) >= PROSE_CHARS and SENTENCE_END.search(text[-TAIL_CHARS:]) is not None


def _prose_chars(kept: list[tuple[int, str]], marks: list[Mark]) -> tuple[int, int]:
    """How many characters lines *kept* hold in prose (see :func:`_is_prose`), and how many of
    them removals *marks* leave."""
    gone = {mark[0] for mark in marks}
    total = left = 0
    for index, line in kept:
        if _is_prose(line):
            chars = len(line.strip())
            total += chars
            if index not in gone:
                left += chars
    return total, left


def _keep_prose_runs(lines: Sequence[str], removed: list[bool]) -> None:
    """Keep, in *removed* (one flag per line of *lines*), every paragraph of a run of prose
    paragraphs (see :func:`_is_prose`; blank lines between them do not break the run, any other
    line does) of which one is kept.

    An article's paragraphs stand together, and a page's furniture rarely holds two paragraphs
    of prose in a row with nothing between them. The classifier judges each line with its place
    on the page, and a pass that removes a footer leaves the article's last paragraphs at the
    page's end, where the next pass may find them "after the span of sure prose" and take them:
    fluessiggas.de's article lost its last paragraph ("Die Aussicht, dass erneuerbarer
    Dimethylether (rDME) in naher Zukunft zum Heizen verfügbar ist, ...") and kept the one after
    it. On the 884 development pages as text: snippet F1 0.9180 -> 0.9192 (four "with" snippets
    kept, two "without" ones removed, none lost either way), articles as before. Shorter
    paragraphs (80 or 100 characters) joined more runs, and as many teasers and newsletter
    prompts as paragraphs (0.9195 and 0.9189).
    """
    runs: list[list[int]] = [[]]
    for pos, line in enumerate(lines):
        if _is_prose(line):
            runs[-1].append(pos)
        elif runs[-1] and line.strip():  # a blank line goes on with the run
            runs.append([])
    for run in runs:
        if not all(removed[pos] for pos in run):
            for pos in run:
                removed[pos] = False


def _copies_of_removed(lines: Sequence[str], scores: Sequence[float | None], removed: Sequence[bool]) -> set[int]:
    """The positions of lines of *lines* that stay by their own scores (*removed* says which go)
    but have the very text (stripped) of a line that goes.

    Used in the passes after the first: a run of repeated blocks ("Dziękujemy za zainteresowanie
    naszym newsletterem" / "Aby wypisać się z newslettera …" after each of eleven teasers on
    klubjagiellonski.pl) went one block a pass, each copy standing while the block after it stood.
    The first 300 development pages run together (71,000 lines) did not settle in MAX_PASSES
    passes, and were judged again and again: 35 passes of 48,000 lines, 22 s. With the copies
    going together they settle in 9 passes (12 in all, 12 s). A line's copy is the same furniture
    wherever it stands. In the first pass, where each copy is judged in its place, it cost more than
    it gave: a line repeated inside an article ("Herzlichen Glückwunsch.") went with its copy in a
    page's footer (snippet F1 0.9192 -> 0.9185). In the later passes: 0.9192 -> 0.9196 (one "with"
    snippet kept, one "without" removed), articles keep 97.48% of their words as before, and the
    884 pages need 2,795 passes instead of 2,814.
    """
    going = {lines[pos].strip() for pos, gone in enumerate(removed) if gone}
    return {pos for pos, line in enumerate(lines) if scores[pos] is not None and not removed[pos] and line.strip() in going}


def _loses_its_prose(kept: list[tuple[int, str]], marks: list[Mark]) -> bool:
    """Whether removals *marks* take PROSE_LOST_SHARE or more of the prose of lines *kept*."""
    if not marks:
        return False
    total, left = _prose_chars(kept, marks)
    return total > 0 and left <= (1 - PROSE_LOST_SHARE) * total


def leaves_too_little(kept: list[tuple[int, str]], marks: list[Mark]) -> bool:
    """Whether removals *marks* would leave fewer than MIN_KEPT_WORDS words of lines *kept*
    (False when they remove nothing)."""
    if not marks:
        return False
    gone = {mark[0] for mark in marks}
    words = 0
    for index, line in kept:
        if index not in gone:
            words += len(words_of(line))
            if words >= MIN_KEPT_WORDS:
                return False
    return True


def _blank_free(kept: list[tuple[int, str]]) -> bool:
    """Whether lines *kept* have (almost) no blank lines between their blocks: fewer than
    BLANK_FREE_SHARE gaps (runs of blank lines between two non-blank lines) per non-blank line.
    The development pages have 0.04 or more.

    Blank lines before the first non-blank line and after the last are no gap between blocks,
    and a run counts once: a removed first line leaves its blank line at the text's start, which
    ``blank_runs`` then removes, and judged with it a blank-free text was no page the first time
    and a page the second (found by the idempotence property)."""
    return _kind(kept)[0]


def _double_spaced(kept: list[tuple[int, str]]) -> bool:
    """Whether a blank line separates DOUBLE_SPACED_SHARE or more of the neighbouring non-blank
    lines of *kept* (and there are MIN_LINES of them)."""
    return _kind(kept)[1]


def _blank_lines_beside(kept: list[tuple[int, str]], marks: list[Mark]) -> list[Mark]:
    """The blank lines of *kept* that go with removals *marks* made on its non-blank lines alone,
    by the rule of a pass (see :func:`_blank_lines_going`)."""
    gone = {mark[0] for mark in marks}
    going = _blank_lines_going([not line.strip() for _, line in kept], [index in gone for index, _ in kept])
    return [(kept[pos][0], BLANK_RULE_ID, BLANK_REASON) for pos in going]


def _blank_lines_going(blank: Sequence[bool], removed: Sequence[bool]) -> list[int]:
    """The positions of the blank lines (*blank*) that go with the removed lines (*removed*)
    around them: a blank line beside removed furniture goes with it, between kept lines it stays.
    So those before a removed line go, and those after the last line when it is removed."""
    going: list[int] = []
    waiting: list[int] = []  # blank lines since the last non-blank one
    last_removed = False
    for pos, is_blank in enumerate(blank):
        if is_blank:
            waiting.append(pos)
            continue
        if removed[pos]:
            going += waiting
        waiting = []
        last_removed = removed[pos]
    if last_removed:
        going += waiting
    return going


def _frame_lines(doc: Document, among: AbstractSet[int] | None = None) -> list[str]:
    """The lines of *doc* that the frame of a page is read on: all but those a widget table
    removed (a player notice, a caption: see
    :attr:`~cleantext.registry.Step.judges_lines_alone`), which a second cleaning would not see.
    Lines a step judging by context removed (an aggregator's tail, another story) stay, being the
    page's own footer more often than not. With *among*, only those of its lines."""
    removed = doc.removals
    return [
        line
        for index, line in enumerate(doc.lines)
        if (among is None or index in among) and (index not in removed or not get_step(removed[index].cleaner).judges_lines_alone)
    ]


def _framed(doc: Document, kept: list[tuple[int, str]], among: AbstractSet[int] | None) -> bool:
    """Whether a menu and a footer frame the page (:func:`_framed_by_short_lines`): read on the
    text as it came (see :func:`_frame_lines`), or on the lines *kept* that the step is given.
    A second cleaning reads its frame on what the first one left, where a step before this one
    may have taken lines off the page's end: found by the idempotence property, a text whose
    last lines were a video's duration and title ("1:30", "000…") had no frame as it came (the
    title is not short) and one without them, and lost 16 lines when cleaned again."""
    if _framed_by_short_lines(_frame_lines(doc, among)):
        return True
    return among is None and _framed_by_short_lines([line for _, line in kept])


def _framed_by_short_lines(text_lines: Sequence[str]) -> bool:
    """Whether the first and the last FRAME_LINES non-blank lines of *text_lines* both hold
    FRAME_SHORT or more lines shorter than FRAME_CHARS (a menu above and a footer below, the frame
    of a page), or the first MENU_HEAD_LINES hold MENU_HEAD_SHORT such lines (a long menu)."""
    lines = [line.strip() for line in text_lines if line.strip()]
    if len(lines) < 2 * FRAME_LINES:
        return False
    top = sum(1 for line in lines[:FRAME_LINES] if len(line) < FRAME_CHARS)
    bottom = sum(1 for line in lines[-FRAME_LINES:] if len(line) < FRAME_CHARS)
    if min(top, bottom) >= FRAME_SHORT:
        return True
    head = sum(1 for line in lines[:MENU_HEAD_LINES] if len(line) < FRAME_CHARS)
    return len(lines) >= 2 * MENU_HEAD_LINES and head >= MENU_HEAD_SHORT


def _names_site_pages(doc: Document, among: AbstractSet[int] | None = None) -> bool:
    """Whether the lines of *doc* (with *among*, those of its lines) hold MIN_MENU_LABELS or more
    that name a site's own pages ("Impressum", "Privacy Policy", "Startseite": what the
    ``menu_labels`` rules of PAGE_EVIDENCE_RULE_PREFIXES match) or are the commonest words of a
    menu (MENU_WORDS): the menu and footer of a page, which an article does not print. Read with
    the document's own phrase keys and the ``menu_labels`` table."""
    labels = builtin_table("menu_labels")
    keys = doc.phrase_keys
    found = 0
    for index, line in enumerate(doc.lines):
        if among is not None and index not in among:
            continue
        if len(line) <= MAX_MENU_LABEL_CHARS and (
            keys[index] in MENU_WORDS or ((rule := labels.match_line(doc, index)) is not None and rule.id.startswith(PAGE_EVIDENCE_RULE_PREFIXES))
        ):
            found += 1
            if found >= MIN_MENU_LABELS:
                return True
    return False


def _one_block_a_line(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines *kept* without their blank lines, with a blank line (index -1: not in the text)
    between every two, so that each is a block of its own."""
    out: list[tuple[int, str]] = []
    for index, line in kept:
        if line.strip():
            if out:
                out.append((-1, ""))
            out.append((index, line))
    return out


def _settled_marks(kept: list[tuple[int, str]], judge: Judge, mode: str, keep_measure_lists: bool) -> list[Mark] | None:
    """The removals of passes run until one removes nothing ([] when the text is no page or this
    step leaves it whole), or None when MAX_PASSES passes do not settle it."""
    active = list(range(len(kept)))
    marks: list[Mark] = []
    for _ in range(MAX_PASSES + 1):
        lines = [kept[p][1] for p in active]
        gone = _one_pass(lines, judge, keep_measure_lists, later=bool(marks))
        if not marks and mode != "page":  # the first pass decides whether this is a page
            found = sum(1 for _, rule, _ in gone if rule == RULE_ID)
            if found < MIN_FURNITURE_LINES and found < MIN_FURNITURE_SHARE * sum(1 for line in lines if line.strip()):
                return []
        if not gone:
            return marks
        marks += [(kept[active[pos]][0], rule, reason) for pos, rule, reason in gone]
        dropped = {pos for pos, _, _ in gone}
        active = [p for k, p in enumerate(active) if k not in dropped]
    return None


def _removed_lines(
    lines: list[str], scores: Sequence[float | None], by_score: Sequence[bool], copies: AbstractSet[int], keep_measure_lists: bool
) -> list[bool] | None:
    """Which of *lines* one pass removes (see :func:`_one_pass`): those scored below the
    threshold (*by_score*) and the *copies* of removed lines, less measured lists (with
    *keep_measure_lists*) and the runs of prose that keep a paragraph; None when none would go,
    or every scored line would (a clean article stays whole; a page where nothing would stay, too).
    """
    removed = list(by_score)
    for pos in copies:
        removed[pos] = True
    if keep_measure_lists and any(removed):
        for pos in measure_list_lines(lines):
            removed[pos] = False
    if any(removed):
        _keep_prose_runs(lines, removed)
    if not any(removed) or all(r for r, s in zip(removed, scores) if s is not None):
        return None
    return removed


def _one_pass(lines: list[str], judge: Judge, keep_measure_lists: bool = True, later: bool = False) -> list[tuple[int, str, str]]:
    """The positions in *lines* that go in one pass, with rule and reason (*judge*: see
    :class:`Judge`); *later*: an earlier pass removed lines (see :func:`_copies_of_removed`).

    With *keep_measure_lists*, the lines of lists of measured quantities stay whatever their
    scores (:mod:`cleantext.measure_lists`): a recipe's ingredients look like a menu to the
    classifier, short lines without sentence ends or function words."""
    if sum(1 for line in lines if line.strip()) < MIN_LINES:
        return []
    features, scores = scored_lines(lines, judge.model, judge.memo, judge.title)
    by_score = [s is not None and s < judge.threshold for s in scores]
    copies = _copies_of_removed(lines, scores, by_score) if later else set()
    removed = _removed_lines(lines, scores, by_score, copies, keep_measure_lists)
    if copies and removed is None:
        # The copies took the last lines that stood, and a pass that would take every line takes
        # none. Without them the pass is the one a second cleaning makes on these lines (its first
        # pass has no copies to take): found by the idempotence property, a page's remains kept
        # "01" twice, with junk lines around it, and lost them all when cleaned again.
        copies = set()
        removed = _removed_lines(lines, scores, by_score, copies, keep_measure_lists)
    if removed is None:
        return []
    gone = [
        (pos, COPY_RULE_ID, f"page furniture (the same text as a line removed as furniture; content score {score:.2f})")
        if pos in copies
        else (pos, RULE_ID, f"page furniture (content score {score:.2f}; {_why(features[pos], judge.terms)})")  # type: ignore[arg-type]
        for pos, score in enumerate(scores)
        if score is not None and removed[pos]
    ]
    gone += [(pos, BLANK_RULE_ID, BLANK_REASON) for pos in _blank_lines_going([score is None for score in scores], removed)]
    gone.sort(key=lambda mark: mark[0])  # in the text's order, as the marks are recorded
    return gone
