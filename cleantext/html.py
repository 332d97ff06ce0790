"""HTML pages in, articles out, with selectolax (the Lexbor parser): :func:`clean_html`,
:func:`clean_html_document` and the plain :func:`html_to_text`.

What is never content goes first (scripts, styles, templates, SVG, embedded frames, form
controls, hidden elements); then the furniture elements and everything outside the main content
(:mod:`cleantext.dom`); then each block element (paragraph, heading, list item, table row,
caption, ``<br>`` ...) of what is left becomes a line of its own, with the white space inside it
collapsed, and the text pipeline judges the lines. So the same rules serve text and HTML input,
and every removal, element or line, carries its reason.

>>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
...              "<body><h1>Return hubs</h1><p>The plan was\\n   announced.</p><ul><li>One</li><li>Two</li></ul></body></html>")
'Return hubs\\nThe plan was announced.\\nOne\\nTwo'
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count, repeat
from typing import TYPE_CHECKING

import regex

from .budget import time_budget
from .charset import decode_html
from .config import Config
from .document import Removal, Result
from .dom import PROSE_MIN_CHARS, DomRemoval, describe, drop_furniture, drop_link_blocks, drop_tail, find_main_content, measure_text, outside_of
from .metadata import Metadata, extract_metadata
from .pipeline import DEFAULT_STEPS, Pipeline

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["clean_html", "clean_html_document", "HtmlResult", "HTML_STEPS", "html_to_text", "is_html_document", "html_pipeline_for", "NEVER_CONTENT", "BLOCK_TAGS"]

#: Elements whose text is never part of what a reader reads.
NEVER_CONTENT: tuple[str, ...] = (
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "select", "option", "textarea", "input", "dialog",
)  # fmt: skip

#: Hidden by the page itself: the reader never sees these.
HIDDEN_SELECTOR = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]'

#: Elements that start and end a line of text.
BLOCK_TAGS: tuple[str, ...] = (
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td",
    "th", "tr", "ul", "title",
)  # fmt: skip

#: Deeper than this, opening tags are dropped before parsing. Browsers stop nesting at a similar
#: depth (Blink at 512); Lexbor does not, and its time grows with the square of the depth, so
#: 20,000 nested <div>s took 0.7 s and 200,000 over a minute. No page nests real content this deep.
MAX_DEPTH = 512
#: A page with at most this many tags is parsed as it is: even nested all the way down it costs
#: Lexbor about 0.03 s (4,096 nested <div>s), and skipping the depth scan saves 2 ms on a typical
#: page (93% of the development pages have fewer tags; the median has 1,400).
UNCHECKED_TAGS = 4096
# Tags whose end is implied by the next sibling, and void tags, do not deepen the tree; nor does
# <a>, which the parser closes when another <a> opens inside it (unclosed links are common).
_FLAT_TAGS = frozenset(
    "a p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption "
    "area base br col embed hr img input link meta source track wbr param keygen".split()
)
# A whole tag; [^<>]* stops at the next "<", so the scan stays linear.
_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,40})[^<>]*>?")


# Any opening or closing tag's start; group 1 is "/" for a closing tag, group 2 the name. For the
# fast depth test, which stays in C (findall, accumulate, map) but for one set lookup per tag.
_TAG_START = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,40})")


def _max_depth(html: str) -> int:
    """The deepest nesting :func:`_cap_depth` would count, computed without a Python loop.

    With s(t) = opens - closes after tag t, the count that never goes below zero (a stray closing
    tag at depth 0 is ignored) is s(t) - min(0, lowest s so far).
    """
    # 1 for a closing tag, 0 for an opening one; flat tags do not count.
    closing = [len(slash) for slash, name in _TAG_START.findall(html) if name.lower() not in _FLAT_TAGS]
    if not closing:
        return 0
    closes_so_far = accumulate(closing)
    balance = list(map(operator.sub, count(1), map(operator.mul, repeat(2), closes_so_far)))
    lowest = map(min, repeat(0), accumulate(balance, min))
    return max(map(operator.sub, balance, lowest))


def _cap_depth(html: str) -> str:
    """*html* with the opening tags that would nest deeper than :data:`MAX_DEPTH` removed (a rough
    count of open minus closed tags, which only matters for pathological input); a page of at most
    :data:`UNCHECKED_TAGS` tags is returned as it is."""
    if html.count("<") <= UNCHECKED_TAGS or _max_depth(html) <= MAX_DEPTH:
        return html  # cheap however deep, or not that deep (the exact scan below is a Python loop)
    depth = 0
    drop: list[tuple[int, int]] = []
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if name in _FLAT_TAGS:
            continue
        if match.group(1):
            depth = max(depth - 1, 0)
        elif depth >= MAX_DEPTH:
            drop.append(match.span())
        else:
            depth += 1
    if not drop:
        return html
    pieces, last = [], 0
    for start, end in drop:
        pieces.append(html[last:start])
        last = end
    pieces.append(html[last:])
    return "".join(pieces)


# A character the parser never leaves in text (it turns NUL into U+FFFD), so it can mark the
# block boundaries through the flattening of the tree.
_BREAK = "\x00"
_SPACES = regex.compile(r"\s+")


def _parse(html: str | bytes, content_type: str | None = None) -> tuple[LexborHTMLParser, str | None]:
    """The parsed page, and the codec its bytes were decoded with (None for str input)."""
    from selectolax.lexbor import LexborHTMLParser

    encoding = None
    if isinstance(html, (bytes, bytearray, memoryview)):
        html, encoding = decode_html(bytes(html), content_type)
    elif not isinstance(html, str):
        raise TypeError(f"HTML must be str or bytes, not {type(html).__name__}")
    return LexborHTMLParser(_cap_depth(html)), encoding


def _unwrap_noscript_articles(tree: LexborHTMLParser) -> None:
    """Keep the text of a ``<noscript>`` that holds paragraphs: some templates (Blogger's among
    them) put the whole article there for readers without JavaScript and draw it with a script
    otherwise. Other ``<noscript>`` elements (tracking pixels, "enable JavaScript") still go.
    (Measured: +0.0014 snippet F1 on the development pages.)"""
    for node in tree.root.css("noscript"):  # type: ignore[union-attr]
        if any(len(p.text(deep=True).strip()) >= PROSE_MIN_CHARS for p in node.css("p")):
            node.unwrap()


def _drop_invisible(tree: LexborHTMLParser, root: LexborNode) -> None:
    _unwrap_noscript_articles(tree)
    # Remove in reverse document order, so a nested match goes before the element holding it.
    # (selectolax's strip_tags grows faster than the page: 30x the time for 10x the <br>s.)
    for node in reversed(tree.root.css(",".join(NEVER_CONTENT))):  # type: ignore[union-attr]
        node.decompose()
    for node in reversed(root.css(HIDDEN_SELECTOR)):
        node.decompose()


def _block_text(root: LexborNode) -> str:
    """The text under *root*, one block a line, white space collapsed inside each line."""
    for node in root.css(",".join(BLOCK_TAGS)):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    flat = root.text(deep=True, separator="", strip=False)
    lines = (_SPACES.sub(" ", part).strip() for part in flat.split(_BREAK))
    return "\n".join(line for line in lines if line)


def html_to_text(html: str | bytes) -> str:
    """The visible text of *html*, one block a line, white space collapsed inside each line: the
    whole page, furniture included (:func:`clean_html` keeps only the article).

    Bytes are decoded as :func:`cleantext.charset.decode_html` says. Never raises on malformed or
    truncated HTML (the parser repairs it as a browser would); an empty or text-free page gives
    ``''``.
    """
    tree, _ = _parse(html)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    _drop_invisible(tree, root)
    return _block_text(root)


#: The text steps run on the text of the main content: the default pipeline without
#: ``boilerplate`` and ``unrelated_stories``, whose work the HTML tree does with better evidence
#: (measured on the development pages, benchmarks/bench_html.py: with them snippet F1 falls from
#: 0.922 to 0.913 and speed from 75 to 50 pages/s in the latest run). Pass ``pipeline=`` to run
#: them anyway.
HTML_STEPS: tuple[str, ...] = tuple(s for s in DEFAULT_STEPS if s not in ("boilerplate", "unrelated_stories"))


_DEFAULT_HTML_PIPELINE: Pipeline | None = None


def _html_pipeline(pipeline: Pipeline | list[str] | tuple[str, ...] | None, config: Config | None) -> Pipeline:
    global _DEFAULT_HTML_PIPELINE
    if isinstance(pipeline, Pipeline):
        return pipeline if config is None else pipeline.with_config(config)
    if pipeline is None and config is None:
        if _DEFAULT_HTML_PIPELINE is None:
            _DEFAULT_HTML_PIPELINE = Pipeline(HTML_STEPS)
        return _DEFAULT_HTML_PIPELINE
    return Pipeline(HTML_STEPS if pipeline is None else pipeline, config)


#: What an HTML document opens with: a doctype or an <html> tag, after a byte-order mark, white
#: space, an XML declaration and comments ("<!-- BEGIN TemplatePart head -->"). Stricter than
#: :func:`cleantext.records.looks_like_html` (which takes a comment alone, or a <meta>, <head> or
#: <body> tag, for a file of unknown kind): :func:`cleantext.clean` turns a document it takes into
#: its article, and a scraped text can open with a left-over comment. Every run is bounded, a
#: comment ends at its first "-->", and the prefix is an atomic group (once matched, never tried
#: another way): a failed match gives up after a few thousand characters. 878 of the 884
#: development pages' HTML open so (the others with a PHP warning, a script, a style sheet or a
#: <meta> tag); none of their texts or articles does.
HTML_DOCUMENT_START = regex.compile(
    r"\A\ufeff?(?>(?:\s{0,1000}(?:<\?xml[^>]{0,300}>|<!--(?:[^-]|-(?!->)){0,3000}-->)){0,20})\s{0,1000}(?:<!doctype\s{1,20}html|<html[\s>])",
    regex.IGNORECASE | regex.DOTALL,
)


def is_html_document(text: str) -> bool:
    """Whether *text* is an HTML document rather than text (:data:`HTML_DOCUMENT_START`).

    >>> is_html_document("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), is_html_document("<!-- ad -->\\nStory.")
    (True, False)
    """
    return HTML_DOCUMENT_START.match(text) is not None


@lru_cache(maxsize=32)
def html_pipeline_for(pipeline: Pipeline) -> Pipeline:
    """The pipeline for HTML input given the one chosen for text: :data:`HTML_STEPS` (with its
    config) when it is the default, else the user's choice as it is."""
    if pipeline.steps == DEFAULT_STEPS:
        return pipeline.without("boilerplate", "unrelated_stories")
    return pipeline


@dataclass(frozen=True)
class HtmlResult:
    """What cleaning one HTML page gave: the article text, the page's metadata, every element
    removed from the tree (:attr:`dom_removals`) and the text pipeline's :class:`Result` (every
    line removed after)."""

    text: str
    metadata: Metadata
    dom_removals: tuple[DomRemoval, ...]
    result: Result
    main_content: str
    """The element chosen as the main content (``<div class="article-body">``), or ``<body>``."""
    encoding: str | None = None
    """The codec the bytes were decoded with (None for str input)."""

    @property
    def removals(self) -> tuple[Removal, ...]:
        """The text pipeline's removals (line numbers in the text of the main content)."""
        return self.result.removals

    def explain(self) -> str:
        """Every removal, HTML elements first, then text lines, each with its reason."""
        out = [str(r) for r in self.dom_removals]
        out.append(f"main content: {self.main_content}")
        out.append(self.result.explain())
        return "\n".join(out)


def clean_html_document(
    html: str | bytes,
    url: str | None = None,
    pipeline: Pipeline | list[str] | tuple[str, ...] | None = None,
    *,
    config: Config | None = None,
    main_content: bool = True,
    content_type: str | None = None,
    timeout: float | None = None,
) -> HtmlResult:
    """Clean an HTML page and explain it: see :func:`clean_html` for the arguments.

    >>> page = ('<html><head><title>Return hubs</title></head><body><nav><a href="/">Home</a></nav>'
    ...         '<article><h1>Return hubs</h1><p>The plan was announced on Monday, the minister said.</p>'
    ...         '<p>Advertisement</p><p>Talks with Kosovo will continue, officials said on Tuesday.</p></article>'
    ...         '<footer>Copyright 2025</footer></body></html>')
    >>> result = clean_html_document(page)
    >>> print(result.text)
    Return hubs
    The plan was announced on Monday, the minister said.
    Talks with Kosovo will continue, officials said on Tuesday.
    >>> result.metadata.title, result.main_content
    ('Return hubs', '<article>')
    """
    runner = _html_pipeline(pipeline, config)
    with time_budget(timeout) as deadline:
        tree, encoding = _parse(html, content_type)
        metadata = extract_metadata(tree, url)
        root = tree.body if tree.body is not None else tree.root
        if root is None:
            return HtmlResult("", metadata, (), runner.run(""), "<body>", encoding)
        _drop_invisible(tree, root)
        removals: list[DomRemoval] = []
        main = root
        if main_content:
            removals += drop_furniture(root)
            deadline.check()
            measure = measure_text(root)
            main, _ = find_main_content(root, measure)
            if main.mem_id != root.mem_id:
                removals += outside_of(main, root)
            removals += drop_tail(main, measure)
            removals += drop_link_blocks(main, measure)
        deadline.check()
        text = _block_text(main)
        result = runner._run(text, deadline.check)
    return HtmlResult(result.text, metadata, tuple(removals), result, describe(main), encoding)


def clean_html(
    html: str | bytes,
    url: str | None = None,
    pipeline: Pipeline | list[str] | tuple[str, ...] | None = None,
    *,
    config: Config | None = None,
    main_content: bool = True,
    content_type: str | None = None,
    timeout: float | None = None,
) -> str:
    """The article of an HTML page as text, one block a line.

    The page is parsed with selectolax; invisible elements, furniture elements and everything
    outside the main content go (see :mod:`cleantext.dom`); the text of what is left then goes
    through the text pipeline (*pipeline*, default :data:`HTML_STEPS`; *config* as for
    :func:`cleantext.clean`). *html* may be bytes: the encoding comes from a BOM, *content_type*
    (an HTTP ``Content-Type`` value), the page's ``<meta>`` or the bytes themselves. *url* fills
    the metadata's URL when the page names none. ``main_content=False`` keeps the whole visible
    page for the text pipeline (use the default pipeline then, whose ``boilerplate`` step judges
    whole pages). *timeout*: see :func:`cleantext.clean`.
    """
    return clean_html_document(html, url, pipeline, config=config, main_content=main_content, content_type=content_type, timeout=timeout).text
