"""HTML input: clean_html and clean_html_document, the tree judgements (cleantext.dom), encodings
(cleantext.charset) and metadata (cleantext.metadata)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.charset import decode_html
from cleantext.html import HTML_STEPS, clean_html, clean_html_document, html_to_text
from cleantext.metadata import extract_metadata

PARAGRAPHS = [
    "The government announced on Monday that talks with Kosovo about return hubs would continue, officials said.",
    "Critics of the plan, including several charities, said it would move people to countries they had never seen.",
    "The minister told reporters that the first agreements could be signed before the end of the year.",
]


def page(article: str, *, around: bool = True) -> str:
    furniture = (
        '<header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>'
        '<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav>'
        '<div class="cookie-consent"><p>We use cookies to improve your experience on our website, by continuing you agree.</p></div>'
    )
    after = (
        '<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>'
        '<section id="comments"><p>Anna wrote: I do not think this plan will work at all, and here is why it fails.</p></section>'
        '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/c">Another story about something else entirely</a></li></ul></aside>'
        "<footer><p>Copyright 2025 The News Company. All rights reserved.</p></footer>"
    )
    head = "<html><head><title>Return hubs | The News</title></head><body>"
    return head + (furniture if around else "") + article + (after if around else "") + "</body></html>"


ARTICLE = "<article><h1>Return hubs</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"


def test_the_article_is_kept_and_the_furniture_goes() -> None:
    text = clean_html(page(ARTICLE))
    assert text.splitlines() == ["Return hubs", *PARAGRAPHS]


def test_every_removed_element_says_why() -> None:
    result = clean_html_document(page(ARTICLE))
    reasons = {r.rule for r in result.dom_removals}
    assert {"furniture_tag", "furniture_name"} <= reasons
    gone = " ".join(r.text for r in result.dom_removals)
    for piece in ("We use cookies", "Share on Facebook", "Anna wrote", "Most read", "Copyright 2025"):
        assert piece in gone
    assert all(r.reason and r.element.startswith("<") for r in result.dom_removals)
    explained = result.explain()
    assert "furniture element <nav>" in explained and "main content: <article>" in explained


def test_a_clean_article_page_passes_through() -> None:
    assert clean_html(page(ARTICLE, around=False)).splitlines() == ["Return hubs", *PARAGRAPHS]


def test_content_outside_the_main_element_is_explained() -> None:
    html = (
        "<body><div class='promo-box-x'><p>Buy our magazine now, the best magazine in the country for only ten pounds.</p>"
        "<p>Subscribers get every issue delivered to their door each month without fail, guaranteed.</p></div>"
        f"<div class='story-body'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS * 2)}</div></body>"
    )
    result = clean_html_document(html)
    assert "Buy our magazine" not in result.text
    outside = [r for r in result.dom_removals if r.rule in ("outside_main", "furniture_name")]
    assert any("Buy our magazine" in r.text for r in outside)


def test_a_furniture_name_on_the_wrapper_of_the_article_does_not_empty_the_page() -> None:
    html = f"<body><div id='page' class='has-sidebar layout-with-comments'>{ARTICLE}</div></body>"
    assert clean_html(html).splitlines() == ["Return hubs", *PARAGRAPHS]


def test_content_words_outweigh_furniture_words_in_a_name() -> None:
    html = f"<body><div class='entry-content share-enabled'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div><div class='share-bar'>Share</div></body>"
    assert clean_html(html).splitlines() == PARAGRAPHS


def test_link_lists_inside_the_article_go() -> None:
    tags = "<ul class='x'><li><a href='/t/1'>Kosovo</a></li><li><a href='/t/2'>Migration</a></li><li><a href='/t/3'>Politics</a></li></ul>"
    html = "<body><article>" + f"<p>{PARAGRAPHS[0]}</p>" + tags + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]) + "</article></body>"
    result = clean_html_document(html)
    assert result.text.splitlines() == PARAGRAPHS
    assert any(r.rule == "link_list" and "Kosovo" in r.text for r in result.dom_removals)


def test_what_follows_the_last_paragraph_goes() -> None:
    tail = "<div class='x1'><h3>Lust auf mehr?</h3><div>Jane Smith writes about politics</div></div>"
    html = "<body><article><div class='x2'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + tail + "</div></article></body>"
    result = clean_html_document(html)
    assert result.text.splitlines() == PARAGRAPHS
    assert [r.rule for r in result.dom_removals] == ["after_article"]
    assert "Lust auf mehr?" in result.dom_removals[0].text


def test_teasers_after_the_article_body_go_and_its_header_stays() -> None:
    # The container holds the article and, after it, teaser cards with prose of their own: the
    # article's body has most of the prose, so what follows it goes; its header comes before it.
    teasers = "".join(
        f"<div class='card'><h3><a href='/{k}'>Other story {k}</a></h3><p>A teaser of another story, long enough to count as prose.</p></div>"
        for k in range(3)
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<body><div class='wrap'><div class='head'><h1>Return hubs</h1></div><div class='body'>{body}</div>{teasers}</div></body>"
    result = clean_html_document(html)
    assert result.text.splitlines() == ["Return hubs", *PARAGRAPHS]
    assert {r.rule for r in result.dom_removals} == {"after_article"}
    assert sum("Other story" in r.text for r in result.dom_removals) == 3


def test_an_article_inside_noscript_is_kept_and_other_noscript_goes() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<body><noscript><img src='/pixel.gif'>Please enable JavaScript.</noscript>"
        f"<div class='post-body'><script>render()</script><noscript>{body}</noscript></div></body>"
    )
    assert clean_html(html).splitlines() == PARAGRAPHS


def test_the_text_pipeline_runs_after_the_tree() -> None:
    html = "<body><article>" + f"<p>{PARAGRAPHS[0]}</p><p>Advertisement</p><p>{PARAGRAPHS[1]}</p>" + "</article></body>"
    result = clean_html_document(html)
    assert result.text.splitlines() == PARAGRAPHS[:2]
    assert [r.cleaner for r in result.removals] == ["ad_labels"]


def test_pipeline_and_main_content_options() -> None:
    html = page(ARTICLE)
    everything = clean_html(html, pipeline=[], main_content=False)
    assert everything == html_to_text(html)
    assert "Share on Facebook" in everything
    assert HTML_STEPS == tuple(s for s in cleantext.DEFAULT_STEPS if s not in ("boilerplate", "unrelated_stories"))
    with_segmenter = clean_html(html, pipeline=cleantext.DEFAULT_STEPS)
    assert PARAGRAPHS[0] in with_segmenter


def test_a_page_without_prose_keeps_its_body() -> None:
    html = "<body><ul><li>Apples</li><li>Pears</li></ul><p>Open daily.</p></body>"
    assert clean_html(html) == "Apples\nPears\nOpen daily."


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "plain text, no tags at all",
        "<a href='x'><a href='y'>nested anchors</a></a>",
        "<svg><template><p>inside</p></template></svg><p>after the svg</p>",
        "<a href='x'></a>",
        "<br>" * 5000,
        "<html><body><p>truncated in the middle of a tag <a hr",
        "<div>" * 20000 + "deep" + "</div>" * 20000,
        "<table><tr><td>" * 300 + "cell",
        "<p>\x00\ufffd\ud800 odd characters</p>",
        "<!-- an unclosed comment <p>text",
        "<script>never closed",
        "</p></div></body></html>",
    ],
)
def test_shapes_that_break_other_extractors_do_not_break_this_one(html: str) -> None:
    result = clean_html_document(html)
    assert isinstance(result.text, str)
    if "nested anchors" in html or "after the svg" in html:
        assert result.text  # the text is there, not emptied


def test_bytes_in() -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".encode("latin-1")
    result = clean_html_document(latin)
    assert result.text == "Caf\u00e9 cr\u00e8me" and result.encoding == "cp1252"
    assert clean_html("<p>Gr\u00fc\u00dfe</p>".encode("utf-16"), pipeline=[]) == "Gr\u00fc\u00dfe"


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", None, "utf-8"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'><p>\xcf\xf0\xe8</p>", None, "cp1251"),
        (b"<meta charset='utf-8'><p>caf\xe9</p>", "text/html; charset=ISO-8859-1", "cp1252"),  # HTTP wins
        (b"<p>caf\xc3\xa9</p>", None, "utf-8"),
        (b"<p>caf\xe9</p>", None, "cp1252"),  # not UTF-8, no label
        (b"<meta charset='no-such-codec'><p>caf\xc3\xa9</p>", None, "utf-8"),
        (b"<meta charset='utf-16'><p>x</p>", None, "utf-8"),  # ASCII bytes cannot be UTF-16
    ],
)
def test_encoding_order(data: bytes, content_type: str | None, expected: str) -> None:
    assert decode_html(data, content_type)[1] == expected


def test_decode_refuses_str() -> None:
    with pytest.raises(TypeError):
        decode_html("<p>x</p>")  # type: ignore[arg-type]


def test_bad_input_types() -> None:
    with pytest.raises(TypeError):
        clean_html(None)  # type: ignore[arg-type]


def test_metadata() -> None:
    from selectolax.lexbor import LexborHTMLParser

    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The News"},
            {"@type": "NewsArticle", "headline": "Return hubs", "datePublished": "2025-06-03", "author": [{"name": "Jane Smith"}, {"name": "Ali Khan"}]},
        ],
    }
    html = (
        "<html lang='en'><head><title>Return hubs | The News</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<script type='application/ld+json'>{broken json</script>"
        "<link rel='canonical' href='https://news.example/return-hubs'>"
        "<meta property='og:site_name' content='The News'><meta name='description' content='Talks go on.'>"
        "</head><body></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(html), url="https://news.example/?utm=1")
    assert meta.title == "Return hubs"
    assert meta.author == "Jane Smith, Ali Khan"
    assert meta.date == "2025-06-03"
    assert meta.language == "en"
    assert meta.url == "https://news.example/return-hubs"
    assert meta.site_name == "The News"
    assert meta.description == "Talks go on."
    assert clean_html_document(html).metadata == meta.__class__(**{**meta.as_dict(), "url": "https://news.example/return-hubs"})


def test_metadata_falls_back_to_the_title_and_the_given_url() -> None:
    result = clean_html_document("<html><head><title> A   title </title></head><body><p>x</p></body></html>", url="https://a.example/x")
    assert result.metadata.title == "A title"
    assert result.metadata.url == "https://a.example/x"
    assert result.metadata.author is None


# -- properties ------------------------------------------------------------------------------------

_words = st.text(alphabet="abcdefghij klmnop,.", min_size=1, max_size=80).map(str.strip).filter(bool)
_block = st.tuples(
    st.sampled_from(["p", "div", "li", "h2", "nav", "footer", "aside", "section"]),
    st.sampled_from(["", "share-bar", "article-body", "comments", "content", "x"]),
    st.booleans(),
    _words,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_block, min_size=1, max_size=25))
def test_no_visible_text_disappears_without_a_reason(blocks: list[tuple[str, str, bool, str]]) -> None:
    """Every piece of visible text is either in the output or in a removal (element or line)."""
    parts = []
    for tag, cls, link, words in blocks:
        inner = f"<a href='/x'>{words}</a>" if link else words
        parts.append(f"<{tag} class='{cls}'>{inner}</{tag}>")
    html = "<html><body>" + "".join(parts) + "</body></html>"
    result = clean_html_document(html)
    accounted = " ".join([result.text, *(r.text for r in result.dom_removals), *(r.text for r in result.removals)])
    accounted = " ".join(accounted.split())
    for _, _, _, words in blocks:
        assert " ".join(words.split()) in accounted


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_text(data: bytes) -> None:
    assert isinstance(clean_html(data), str)


# -- the command line ------------------------------------------------------------------------------


def test_cli_detects_html_by_suffix_and_by_content(tmp_path) -> None:
    html = page(ARTICLE)
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    by_suffix = subprocess.run([sys.executable, "-m", "cleantext", str(tmp_path / "page.html")], capture_output=True, text=True, check=True)
    assert by_suffix.stdout.splitlines() == ["Return hubs", *PARAGRAPHS]
    by_content = subprocess.run([sys.executable, "-m", "cleantext", "-"], input=html, capture_output=True, text=True, check=True)
    assert by_content.stdout.splitlines() == ["Return hubs", *PARAGRAPHS]
    as_text = subprocess.run([sys.executable, "-m", "cleantext", "--input-format", "text", "-"], input=html, capture_output=True, text=True, check=True)
    assert "<article>" in as_text.stdout  # told it is text: the tags stay text


# -- the tree's judgements, one by one ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("share-bar", "share"),
        ("shareButtons", "share"),
        ("ad300", "ad"),
        ("c-related_posts", "related"),
        ("downloads", None),  # "ads" inside a word is not the word
        ("bookshare", None),
        ("canvas", None),  # nor "nav"
        ("entry-content share-enabled", None),  # a content name outweighs
        ("elementor-widget-container", None),  # page builders wrap content in "widgets"
        ("", None),
    ],
)
def test_furniture_words_are_whole_parts_of_a_name(name: str, word: str | None) -> None:
    from cleantext.dom import furniture_word

    assert furniture_word(name) == word


def test_the_main_content_is_a_container_not_one_paragraph() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from cleantext.dom import find_main_content, measure_text

    long_one = "This one paragraph is much longer than the others, it goes on and on, with commas, and more. " * 3
    short = "A short paragraph of the story, still prose."
    tree = LexborHTMLParser(f"<body><div id='story'><p>{long_one}</p><p>{short}</p><p>{short}</p></div><ul><li>Home</li></ul></body>")
    main, score = find_main_content(tree.body, measure_text(tree.body))
    assert main.tag == "div" and main.attributes["id"] == "story" and score > 0


def test_clean_turns_an_html_document_into_its_article() -> None:
    """A scraper that fetched the page without extracting it hands clean() HTML: clean() gives the
    article, as clean_html and the command line do; clean_document reads it as text, and warns."""
    html = page(ARTICLE)
    assert cleantext.clean(html) == clean_html(html)
    assert all(p in cleantext.clean(html) for p in PARAGRAPHS) and "<p>" not in cleantext.clean(html)
    prologue = '<?xml version="1.0" encoding="utf-8"?>\n<!-- cached 12:00 -->\n<!DOCTYPE html>\n' + html
    assert cleantext.clean(prologue) == clean_html(prologue)
    # The user's choice of steps carries over, as the command line carries it (html_pipeline_for).
    assert cleantext.clean(html, ["video_cards"]) == clean_html(html, pipeline=["video_cards"])
    with pytest.warns(UserWarning, match="clean_html_document"):
        result = cleantext.clean_document(html)
    assert "<p>" in result.text  # read as text, markup and all
    # Text is text, whatever markup it holds: a left-over comment or tag at its start is no document.
    for text in ("<!-- ad -->\nThe minister spoke.\nShe left.", "<p>The minister spoke.</p>\nShe left.", "<b>Warning</b>: x in /www/a.php on line 2\nStory."):
        assert not cleantext.html.is_html_document(text)
        assert cleantext.clean(text) == cleantext.clean_document(text).text
