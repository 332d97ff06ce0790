"""The work grows linearly with the input, on inputs made to provoke backtracking.

Measured as a ratio inside one run (10x the input may take at most MAX_RATIO times as long), the
best of several repeats, so a slow or busy machine does not change the verdict. Absolute speed
goals live in benchmarks/, not here.
"""

from __future__ import annotations

import gc
import textwrap
import time
from collections.abc import Callable

import pytest

import cleantext
from cleantext.registry import list_steps

MAX_RATIO = 15.0
REPEATS = 5
ROUNDS = 3


def _letters(k: int) -> str:
    """*k* written in four lower-case letters: distinct words that are names to a regex."""
    return "".join(chr(97 + (k // 26**j) % 26) for j in range(4))


def _time_once(func: Callable[[], object]) -> float:
    # The collector's pauses depend on what else the process holds, not on the input's shape:
    # collect first and keep it off while timing, so the ratio measures our work alone.
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        func()
        return time.perf_counter() - start
    finally:
        gc.enable()


def growth_ratio(small: Callable[[], object], large: Callable[[], object]) -> float:
    """How many times longer the 10x input takes: the best of REPEATS interleaved runs.

    Small and large runs alternate, so a burst of load from another process slows both rather
    than one. A shared CI machine can still spoil a whole round, so a failing ratio is measured
    again (ROUNDS at most) and the best round counts. A super-linear step fails every round: a
    quadratic one gives about 100 here, far above MAX_RATIO.
    """
    small()  # warm the caches (compiled tables) before timing
    best = float("inf")
    for _ in range(ROUNDS):
        t_small = t_large = float("inf")
        for _ in range(REPEATS):
            t_small = min(t_small, _time_once(small))
            t_large = min(t_large, _time_once(large))
        # Below a millisecond the small run measures the clock, not the work: floor it.
        best = min(best, t_large / max(t_small, 1e-3))
        if best <= MAX_RATIO:
            break
    return best


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits-and-colons-line": lambda n: "1:" * (n * 500) + "1",
    "digits-and-colons-lines": lambda n: "1:30:1:30:1:30:1:30\n" * (n * 50),
    "more-on-repeated-line": lambda n: "More on " * (n * 300),
    "more-on-repeated-lines": lambda n: "More on Kosovo\n" * (n * 100),
    "huge-prose-line": lambda n: "The minister said talks would continue. " * (n * 200),
    "caption-like-line": lambda n: "Image: " + "Pic: PA " * (n * 200),
    "spaces-and-colons": lambda n: "Read more" + " " * (n * 2000) + ":" + "x" * 10,
    "many-short-lines": lambda n: "Home\nNews\n1:30\nTitle here\n\n" * (n * 40),
    "hashtags": lambda n: ("#tag " * 30 + "\n") * (n * 20),
    "alternating-cards": lambda n: "Please use Chrome browser for a more accessible video player\n1:30\nA title\nProse line that ends.\n" * (n * 20),
    # The widget families: lines just under each family's length limit, made of the pieces its
    # patterns repeat or look for, so that a backtracking pattern would show.
    "network-names": lambda n: ("Facebook Twitter " * 11 + "Prose\n") * (n * 20),
    "share-verbs": lambda n: ("Compartir en Facebook " * 8 + "y\n") * (n * 20),
    "dashes-before-handle": lambda n: ("- " * 250 + "(@handle) June 3\n") * (n * 5),
    "tweet-links": lambda n: ("word " * 100 + "pic.twitter.com/ " * 8 + "\n") * (n * 5),
    "cookie-words": lambda n: ("We use cookies " + "by continuing you agree " * 30 + "\n") * (n * 5),
    "read-more-labels": lambda n: ("Read more: " * 20 + "\n") * (n * 10),
    "signup-words": lambda n: ("Sign up for " + "our newsletter " * 15 + "x\n") * (n * 10),
    # The "you can subscribe" invitation: a free clause, then the modal; repeated so that every
    # start could open either.
    "you-can-subscribe-words": lambda n: ("you can subscribe to " * 8 + "kannst du den Newsletter " * 4 + "x\n") * (n * 10),
    "byline-names": lambda n: ("By Jane Smith and " * 9 + "x\n") * (n * 10),
    "dateline-dates": lambda n: ("Published 3 June 2025, updated " * 4 + "x\n") * (n * 10),
    "ad-decoration": lambda n: ("- * [ " * 12 + "Advertisement" + " - *" * 10 + "\n") * (n * 20),
    # Every marker pair is a candidate tail start with no prose before it: each is tested in O(1).
    "tail-markers-before-prose": lambda n: "Hashtags\nComments\n" * (n * 100) + "The minister said on Monday that talks with Kosovo would go on for weeks.\n" * (n * 100),
    # The recent-comments widget: a name of up to three words before a joining word, on lines of
    # many short words with joining words everywhere but one too many words before each, and on a
    # run of widget lines that never ends.
    "recent-comment-words": lambda n: ("a b c d on " * 14 + "x\n") * (n * 20),
    "recent-comment-runs": lambda n: "Neueste Kommentare\n" + "Heiko bei Ihr spinnt doch!\n" * (n * 100),
    # Its excerpt shape: names of many colon-free words before a colon that never comes, and a run
    # of excerpt lines, cut short, with a post's title between every two, that never ends.
    "comment-excerpt-names": lambda n: ("Anna " * 40 + "Paul: x...\n") * (n * 20),
    "comment-excerpt-runs": lambda n: "The council approved the new bridge over the river on Tuesday after two years of debate.\nRecent Comments\n" + "Anna: I walked over the new bridge...\nThe new bridge\nPaul: Me too, and the view...\n" * (n * 70),
    "comment-count-headers": lambda n: ("12 thoughts on " + "“Return hubs” " * 12 + "\n") * (n * 20),
    # A comment's writer and time ("Roberta says:" / "October 20, 2019 at 1:31 pm"): long names
    # before the verb, and dates that run on without the word and the time.
    "comment-writer-words": lambda n: ("Anna " * 60 + "says:\n" + "20, 2019, " * 40 + "at 1\n") * (n * 10),
    "comment-threads": lambda n: "The council approved the new bridge over the river on Tuesday after two years of debate.\n" * (n * 10) + "Anna says:\nOctober 20, 2019 at 1:31 pm\nI walked over it today.\nReply\n" * (n * 50),
    "tag-list-words": lambda n: ("Tags: " + "Kosovo, asylum, " * 15 + "x\n") * (n * 10),
    # A theme's footer of label-and-list parts: more parts than the pattern takes, bars and
    # bullets with spaces either side, lists of commas that never end in the full stop.
    "tag-footer-parts": lambda n: ("Tags: a, b " + "| Tags : a, b · Tags a " * 12 + "| x\n") * (n * 10),
    "tag-footer-commas": lambda n: ("Tags " + "a, b, " * 40 + "c!\n" + "Kategorien: " + "a, " * 60 + "b\n") * (n * 10),
    # Site notices: the halves of a formula repeated, never completed (licensed under, without
    # Creative Commons; affiliate links and a commission, without a reader or site).
    "licence-words": lambda n: ("licensed under " * 30 + "x\n") * (n * 10),
    "affiliate-words": lambda n: ("affiliate links commission " * 20 + "x\n") * (n * 10),
    "opinion-words": lambda n: ("the views expressed here are " * 18 + "x\n") * (n * 10),
    "republication-words": lambda n: ("This article was originally published on " * 9 + "x\n") * (n * 10),
    "error-report-questions": lambda n: ("Fehler gefunden? " * 11 + "x\n") * (n * 10),
    # The needed-strings scan tries the trie at every position: prefixes of a needed string
    # ("abonnement") that stop one character short make every attempt go deep and fail.
    "needed-string-prefixes": lambda n: ("abonnemen " * 80 + "\n") * (n * 10),
    # The Russian, Ukrainian and Polish tables: an opening imperative or subject followed by the
    # words a pattern looks for later, repeated so that every position could start either.
    "follow-words-ru": lambda n: ("Подписывайтесь " + "на наш канал " * 12 + "x\n") * (n * 10),
    "cookie-words-ru": lambda n: ("Продолжая пользоваться " + "сайтом и нажимая " * 30 + "x\n") * (n * 5),
    "paywall-words-ru": lambda n: ("Этот материал " + "доступен только для " * 12 + "x\n") * (n * 10),
    "read-more-labels-ru": lambda n: ("Читайте также: " * 15 + "\n") * (n * 10),
    "newsletter-words-pl": lambda n: ("Zapisz się " + "na maila " * 25 + "x\n") * (n * 10),
    # Chinese and Japanese: the pieces of a rights notice without the prohibition that ends it,
    # and bracketed labels without a headline.
    "reproduction-words-zh": lambda n: ("未经许可" * 38 + "x\n") * (n * 10),
    "reproduction-words-ja": lambda n: ("無断転載・" * 30 + "x\n") * (n * 10),
    "bracketed-labels-zh": lambda n: ("【相关新闻】" * 25 + "\n") * (n * 10),
    # A sign-up box's consent may be 700 characters long: the opening and the mail word repeated
    # up to that length, so that every occurrence could be where the rest of the line starts.
    "consent-words-de": lambda n: (("Ich bin damit einverstanden, " + "E-Mail " * 90)[:690] + "\n") * (n * 10),
    # A cookie category's opening, then words that almost name the site, up to the rule's limit.
    "cookie-category-words": lambda n: (("Diese Cookies sind " + "unser ourx " * 90)[:890] + "\n") * (n * 10),
    "data-consent-words-pl": lambda n: (("Wyrażam zgodę na przetwarzanie " + "danych osobowych " * 60)[:880] + "\n") * (n * 10),
    "consent-words-en": lambda n: (("I agree to receive " + "newsletters and offers " * 30)[:690] + "\n") * (n * 10),
    # An appeal's opening question, then the words it looks for, repeated up to the rule's limit.
    "support-question-words-de": lambda n: ("Gefällt dir unser Magazin? " + "Abo Spende " * 25 + "x\n") * (n * 10),
    "copyright-footers": lambda n: ("© 2020 - " + "Copyright © 2020 " * 25 + "x\n") * (n * 10),
    # The segmenter's bare item numbers ("Step 3" alone on a line before the step): long lines of
    # words and numbers that almost are one, each before a paragraph.
    "almost-item-numbers": lambda n: ("Step " * 60 + "12 3\nThe minister said on Monday that talks with Kosovo would go on for weeks.\n") * (n * 20),
    # What scripts leave: style rules that break off at the end of a long line (every rule could
    # start a reading of the line), a state object that never closes, tracker names without a
    # statement, and notices' words without "JavaScript" near them.
    "almost-style-rules": lambda n: ("a b{c:d} " * 400 + "e{\n") * (n * 2),
    "almost-structured-data": lambda n: ('{"a":' + '"b", ' * 500 + "\n") * (n * 2),
    "almost-tracking-snippets": lambda n: ("dataLayer gtag( googletag. " * 60 + "\n") * (n * 5),
    "almost-javascript-notices": lambda n: ("Please enable your browser; you need it " * 7 + "javascript\n") * (n * 10),
    # Breadcrumbs: "Start" and separators without the second separator the rule needs after it.
    "almost-breadcrumbs": lambda n: (("Start » " + "Rezepte Kuchen " * 9)[:230] + "\n") * (n * 10),
    # About boxes: headings that almost name a writer's article count, each before a paragraph.
    "almost-about-boxes": lambda n: ("Über " + "Steffi " * 10 + "1009\n" + "Ich bin Steffi und schreibe hier seit vielen Jahren über Hunde und Katzen.\n") * (n * 10),
    # Icon ligatures: names that almost are one, with their underscores, up to the rule's limit.
    # Bylines and the writers' biographies below them, many of each (about_boxes keeps one union of
    # the bylines' names, so each paragraph is tested once, not once per byline above it).
    "bylines-and-biographies": lambda n: ("By Jane Smith\n" + "Jane Smith is a reporter who has covered the city council for the Herald since 2009.\n") * (n * 150),
    "almost-biographies": lambda n: "".join(f"N{_letters(k)} Surname is a reporter who has covered the city council for many years now.\nBy Jane Smith\n" for k in range(n * 150)),
    "almost-icon-ligatures": lambda n: (("keyboard_arrow_dow " * 6)[:99] + "\n") * (n * 10),
    # Site credits: parts that could each open a credit ("| powered by", ". Theme:") and never end one.
    "almost-site-credits": lambda n: (("x | powered by . theme: a by " * 12)[:299] + "\n") * (n * 10),
    # The segmenter's datelines: short lines of figures and separators that almost are a date,
    # each just before a paragraph, so that every boundary's header walk reads them.
    "almost-datelines": lambda n: (("1.2." * 14 + "\nThe minister said on Monday that talks with Kosovo would go on for weeks.\n") * 6 + ("12-1-" * 11 + "\nA grandmaster won the national chess championship in Vardo with a round to spare.\n") * 6) * (n * 2),
    # Lists of measured quantities: amounts, fractions and ranges that almost reach a unit, among
    # enough real ingredient lines that the page is searched for lists at all.
    # Hard-wrapped text: one paragraph wrapped into thousands of lines, which the pipeline joins
    # into one; and lines of a wrap's width before words too long to have been moved (never joined).
    "hard-wrapped-paragraph": lambda n: textwrap.fill("The minister said talks with Kosovo would continue. " * (n * 150), 72) + "\n",
    "almost-wrapped-lines": lambda n: ("word " * 14 + "\n" + "x" * 41 + " y\n") * (n * 20),
    # html2text's layout: list items and table rows left whole after runs of blanks that almost
    # open an item, and wrapped lines ending in Markdown's hard break.
    "items-and-hard-breaks": lambda n: (
        (" \t" * 100 + "123\n" + "  * " + "an item left whole " * 12 + "\n" + "a | b " * 40 + "\n")
        + textwrap.fill("The minister said talks would continue. " * 6, 72).replace("\n", "  \n") + "\n"
    ) * (n * 10),
    # Indented list markers (inscriptis's layout), and lines that almost are one: a marker after
    # too long an indent, or followed by nothing but blanks.
    "almost-marked-items": lambda n: ("  * item of a list\n" * 5 + " " * 41 + "* x\n" + "  *" + " \t" * 200 + "\n") * (n * 20),
    # Links a wrap broke: every line leaves a link's text or target open for the next to close.
    "links-broken-by-a-wrap": lambda n: ("[![Picture of a\nriver](https://img.example/a/lazyload-\ntransparent.gif) Teaser ](https://x.example/y-\n") * (n * 50),
    # ... and targets broken over many lines that no line closes, under page headings.
    "targets-open-over-lines": lambda n: (
        "# Heading of the page\n\nThe minister said on Tuesday that the plan would go ahead next year, and\n"
        "that the money for it was there in the budget, as the [report](https://x.example/y) said.\n\n"
        + "[![](//cdn.example.com/a-\n" + "piece-of-the-target-\n" * 40
    ) * (n * 5),
    # Markdown: links that never close their target, and lines of real links, long enough that
    # every bracket is a place to try.
    "almost-markdown-links": lambda n: (("[a](" + "b" * 60 + " ") * 20 + "\n") * (n * 10),
    # ... and link titles with escaped quotes that never close.
    "unclosed-link-titles": lambda n: (('[a](b "' + '\\"x' * 300 + " ") * 3 + "\n") * (n * 10),
    # ... and link targets with parentheses, escaped or in pairs, that never close.
    "unclosed-link-targets": lambda n: (("[a](x" + "(y" * 200 + " [b](" + "\\(" * 200 + "(z)" * 100 + " ") * 2 + "\n") * (n * 10),
    # ... link texts with brackets inside: escaped ones, and runs of bare pairs after an opening
    # that never closes with "](" (each pair is a place to start again).
    "bracketed-link-texts": lambda n: (("[" + "[ab] \\[c\\] " * 150 + "\n") + ("[[x]" * 60 + "](/y)\n") + ("[\\" * 100 + "\n")) * (n * 5),
    "one-long-bracketed-line": lambda n: "Menu [" + "[ab] \\[c\\] [[d]" * (n * 300) + "\n",
    "markdown-link-lines": lambda n: ("* [Section](https://www.example.com/section/) [![](https://img.example/a.png)](/a) **b**\n" * 3 + "Prose with a [link](https://x.example/y) in it, as articles have.\n") * (n * 20),
    # Markdown tables and blockquotes: long runs of lines of no words (each takes its line of
    # words from a search, not a walk), rows with thousands of cells and escaped pipes, rows that
    # never close, and quote marks nested a thousand deep.
    "markdown-tables-and-quotes": lambda n: (
        "[a](/b)\n\n|  |  |\n" + "| --- | :---: |\n" * (n * 100) + "| 250 g | [Mehl](/m) |\n"
        + ("| a \\| b " * 300 + "|\n") * (n * 5) + ("| " + "c | " * 200 + "\n") * (n * 5)
        + ">\n" * (n * 100) + "> " * (n * 500) + "x\n" + (">  \n> A quoted line of a post.\n") * (n * 50)
    ),
    # A Markdown paragraph of thousands of soft-broken lines: one judged line, joined once.
    "markdown-soft-broken-paragraph": lambda n: "[a](/b)\n\n" + "the river rose [a](/b) and *fell* again\n" * (n * 300) + "\n",
    # Link cards: cards that open and never close (each opening starts over), and lines that
    # almost open one, with many brackets to take out first, before a closing with prose after it.
    "unclosed-link-cards": lambda n: "[![](/img/a.png)\nHeadline of a story that never closes\n" * (n * 50),
    "almost-link-cards": lambda n: ("* **[" + "a](b) " * 100 + "\n" + "x" * 50 + "](/y) z\n") * (n * 10),
    # Text taken node by node (cleantext.inline_breaks): one paragraph broken at thousands of
    # inline elements joins into one judged line, built once, not copied at every break.
    "node-by-node-breaks": lambda n: ("Bake it in a\n" + "preheated oven\n,\nthen cool it on a\n" * (n * 60) + ".\n"),
    # A loosely spaced text (cleantext.loose_spacing): each line's run of blank lines goes with it,
    # and a paragraph broken at thousands of inline elements takes all of theirs.
    "loosely-spaced-breaks": lambda n: ("Home\n\n\nBake it in a\n\n\n" + "preheated oven\n,\n\n\nthen cool it on a\n" * (n * 60) + ".\n\n\n"),
    "amounts-and-units": lambda n: ("125 g Mehl\n2 EL Öl\n" + "1,5 ½ - 2 " * 8 + "gx\n" + "1 " * 39 + "\nSalz\n") * (n * 20),
}

# Every built-in line cleaner, the opt-in ones (bylines) included: the default pipeline does not
# run them all.
BUILTIN_STEPS = sorted(
    name for name, step in list_steps().items() if step.kind == "cleaner" and step.func.__module__.startswith("cleantext.")
)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_ten_times_the_input_takes_at_most_fifteen_times_as_long(name: str) -> None:
    make = ADVERSARIAL[name]
    small, large = make(4), make(40)
    ratio = growth_ratio(lambda: cleantext.clean(small), lambda: cleantext.clean(large))
    assert ratio <= MAX_RATIO, f"{name}: {len(large)} chars took {ratio:.1f}x the time of {len(small)}"


# The input side of batches: HTML parsing (deep nesting, unclosed tags) and JSON-lines records
# (one huge line, many repeated tokens) must grow linearly too.
def _html(make: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
    from cleantext.html import html_to_text

    return lambda n: (lambda text=make(n): html_to_text(text))


def _clean_html(make: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
    from cleantext.html import clean_html

    return lambda n: (lambda text=make(n): clean_html(text))


def _json_record(make: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
    import json

    from cleantext.batch import BatchOptions, BatchStats, clean_record
    from cleantext.pipeline import Pipeline
    from cleantext.records import RawRecord

    pipeline = Pipeline()

    def build(n: int) -> Callable[[], object]:
        raw = RawRecord("f.jsonl", 1, json.dumps({"text": make(n)}).encode() + b"\n", "f.jsonl", "jsonl")
        return lambda: clean_record(raw, pipeline, BatchOptions(), BatchStats())

    return build


def _html_document_test(make: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
    from cleantext.html import is_html_document

    return lambda n: (lambda text=make(n): is_html_document(text))


ADVERSARIAL_INPUTS: dict[str, Callable[[int], Callable[[], object]]] = {
    # clean() asks whether a text is an HTML document: comments and declarations before a doctype
    # that never comes (each comment could end at a later "-->", were the prefix not atomic).
    "html-document-comments": _html_document_test(lambda n: ("<!--a-->" + " " * 999) * (n * 100)),
    "html-document-open-comment": _html_document_test(lambda n: "<!--" + "-" * (n * 5000)),
    "html-document-declarations": _html_document_test(lambda n: "<?xml " * (n * 5000)),
    "html-deep-divs": _html(lambda n: "<div>" * (n * 500) + "text" + "</div>" * (n * 500)),
    "html-unclosed-anchors": _html(lambda n: "<a href=x>link " * (n * 500)),
    "html-nested-tables": _html(lambda n: "<table><tr><td>" * (n * 100) + "cell"),
    "html-many-brs": _html(lambda n: "<br>" * (n * 5000)),
    "clean-html-deep-divs": _clean_html(lambda n: "<div class='content'>" * (n * 300) + "<p>text</p>" + "</div>" * (n * 300)),
    "clean-html-furniture-classes": _clean_html(lambda n: "<div class='share-bar nav'><p>Share this story with friends and family today.</p></div>" * (n * 200)),
    "clean-html-nested-furniture": _clean_html(lambda n: "<div class='sidebar'>" * (n * 100) + "<p>x</p>" + "</div>" * (n * 100)),
    "clean-html-link-lists": _clean_html(lambda n: "<ul>" + "<li><a href='/t'>Kosovo</a> and more words here</li>" * (n * 300) + "</ul>"),
    "clean-html-prose-blocks": _clean_html(lambda n: "<section><div><p>The plan was announced on Monday, officials said.</p></div></section>" * (n * 200)),
    "json-megabyte-line": _json_record(lambda n: "word " * (n * 25000)),
    "json-repeated-tokens": _json_record(lambda n: "1:30\n" * (n * 2500)),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_INPUTS))
def test_inputs_ten_times_larger_take_at_most_fifteen_times_as_long(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A page of at most UNCHECKED_TAGS tags skips the nesting-depth scan. Where the small input
    # is under that size and the large one over it, the ratio would include the scan's constant
    # cost per tag (a third of the large run's time), not growth: both sizes get the scan here.
    monkeypatch.setattr("cleantext.html.UNCHECKED_TAGS", 0)
    build = ADVERSARIAL_INPUTS[name]
    ratio = growth_ratio(build(4), build(40))
    assert ratio <= MAX_RATIO, f"{name}: 10x the input took {ratio:.1f}x the time"


def test_deep_nesting_is_capped_without_losing_the_text() -> None:
    from cleantext.html import MAX_DEPTH, html_to_text

    deep = '<div class="x">' * (MAX_DEPTH * 20) + "<p>The story.</p>" + "</div>" * (MAX_DEPTH * 20)
    assert html_to_text(deep) == "The story."


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_every_builtin_step_stays_linear(name: str) -> None:
    make = ADVERSARIAL[name]
    pipeline = cleantext.Pipeline(BUILTIN_STEPS)
    small, large = make(4), make(40)
    ratio = growth_ratio(lambda: pipeline.clean(small), lambda: pipeline.clean(large))
    assert ratio <= MAX_RATIO, f"{name}: {len(large)} chars took {ratio:.1f}x the time of {len(small)}"


def test_the_ratio_catches_quadratic_work() -> None:
    # The measure itself must be able to fail: a pair loop over 10x the items does 100x the work.
    def pairs(n: int) -> Callable[[], object]:
        return lambda: sum(1 for i in range(n) for j in range(n) if i < j)

    assert growth_ratio(pairs(150), pairs(1500)) > MAX_RATIO
