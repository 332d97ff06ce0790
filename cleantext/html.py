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

    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    tree.strip_tags(list(NEVER_CONTENT))
    for node in root.css(HIDDEN_SELECTOR):
        node.decompose()
    for node in root.css(",".join(BLOCK_TAGS)):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    flat = root.text(deep=True, separator="", strip=False)
    lines = (_SPACES.sub(" ", part).strip() for part in flat.split(_BREAK))
    return "\n".join(line for line in lines if line)
