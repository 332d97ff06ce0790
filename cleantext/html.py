"""HTML to block-structured text, with selectolax (the Lexbor parser): the input side of cleaning
HTML files.

What is never content goes first (scripts, styles, templates, SVG, embedded frames, form
controls, hidden elements); then each block element (paragraph, heading, list item, table row,
caption, ``<br>`` ...) becomes a line of its own, with the white space inside it collapsed. The
text pipeline then judges the lines, so the same rules serve text and HTML input and every
removal is explained the same way.

>>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
...              "<body><h1>Return hubs</h1><p>The plan was\\n   announced.</p><ul><li>One</li><li>Two</li></ul></body></html>")
'Return hubs\\nThe plan was announced.\\nOne\\nTwo'
"""

from __future__ import annotations

import regex

__all__ = ["html_to_text", "NEVER_CONTENT", "BLOCK_TAGS"]

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
# Tags whose end is implied by the next sibling, and void tags, do not deepen the tree.
_FLAT_TAGS = frozenset(
    "p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption "
    "area base br col embed hr img input link meta source track wbr param keygen".split()
)
# A whole tag; [^<>]* stops at the next "<", so the scan stays linear.
_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,40})[^<>]*>?")


def _cap_depth(html: str) -> str:
    """*html* with the opening tags that would nest deeper than :data:`MAX_DEPTH` removed (a rough
    count of open minus closed tags, which only matters for pathological input)."""
    if html.count("<") <= MAX_DEPTH:
        return html  # cannot nest that deep: skip the scan
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


def html_to_text(html: str | bytes) -> str:
    """The visible text of *html*, one block a line, white space collapsed inside each line.

    Never raises on malformed or truncated HTML (the parser repairs it as a browser would); an
    empty or text-free page gives ``''``.
    """
    from selectolax.lexbor import LexborHTMLParser

    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    tree = LexborHTMLParser(_cap_depth(html))
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    # Remove in reverse document order, so a nested match goes before the element holding it.
    # (selectolax's strip_tags grows faster than the page: 30x the time for 10x the <br>s.)
    for node in reversed(tree.root.css(",".join(NEVER_CONTENT))):  # type: ignore[union-attr]
        node.decompose()
    for node in reversed(root.css(HIDDEN_SELECTOR)):
        node.decompose()
    for node in root.css(",".join(BLOCK_TAGS)):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    flat = root.text(deep=True, separator="", strip=False)
    lines = (_SPACES.sub(" ", part).strip() for part in flat.split(_BREAK))
    return "\n".join(line for line in lines if line)
