"""Page furniture in the HTML tree: the elements to drop before the text is judged, and where the
main content is.

Four judgements, each recorded as a :class:`DomRemoval` with its reason, in this order:

1. **Furniture elements** (:func:`drop_furniture`): navigation, site headers, footers, asides,
   forms, picture captions, and elements whose ``class`` / ``id`` / ``role`` name them as furniture
   (``share-bar``, ``related-posts``, ``cookie-consent``, ``newsletter`` ...:
   :data:`FURNITURE_WORDS`). A ``<header>`` inside the article or named for it
   (``entry-header``) stays, and so does any element holding more than 30% of the page's text:
   ``<body class="has-sidebar">`` or ``<div id="comments-wrapper">`` around the whole page must not
   empty it.
2. **The main content** (:func:`find_main_content`): the element that holds the most prose and the
   least else. Each container scores ``prose - 0.35 * other text`` (prose: blocks of
   :data:`PROSE_MIN_CHARS` characters or more that are mostly not link text), raised when its
   class names content (``article-body``, ``entry-content``: :data:`CONTENT_WORDS`) or it is an
   ``<article>`` / ``<main>``. The best-scoring container is the main content; the rest of the
   page is removed as "outside the main content" (:func:`outside_of`). A page without prose keeps
   its whole body.
3. **What follows the article's body** (:func:`drop_tail`): author boxes, tag rows, teasers and
   comments that no class names, found as what comes after the child holding most of the prose.
4. **Link lists inside it** (:func:`drop_link_blocks`): blocks whose text is mostly link text (tag
   lists, "related" lists, tables of contents), with the heading right before them.

Why these and not more: on the 884 development pages they take the snippet F1 of selectolax's
plain text from 0.70 to 0.90 (``benchmarks/bench_html.py``); each rule's share is noted where it
is defined. The text pipeline then takes the widget lines left inside the article.

>>> from selectolax.lexbor import LexborHTMLParser
>>> tree = LexborHTMLParser('<body><nav><a href="/">Home</a></nav><div class="share-bar">Share</div>'
...     '<div class="article-body"><p>' + 'The plan was announced on Monday, the minister said. ' * 3 + '</p></div></body>')
>>> removals = drop_furniture(tree.body)
>>> [r.reason for r in removals]
['furniture element <nav>', 'furniture element <div class="share-bar"> (share)']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from functools import lru_cache

import regex

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = [
    "DomRemoval",
    "TextMeasure",
    "measure_text",
    "drop_furniture",
    "furniture_selector",
    "find_main_content",
    "drop_link_blocks",
    "drop_tail",
    "FURNITURE_TAGS",
    "FURNITURE_WORDS",
    "CONTENT_WORDS",
]


@dataclass(frozen=True, slots=True)
class DomRemoval:
    """One element removed from the HTML tree before its text was judged, and why.

    ``element`` is a short description (``<div class="share-bar">``); ``text`` is its visible text,
    white space collapsed.
    """

    element: str
    text: str
    rule: str
    reason: str

    def __str__(self) -> str:
        return f"[html/{self.rule}] {self.reason}: {self.text[:120]!r}"


#: Elements that are furniture by their tag or ARIA role, wherever they are. Picture captions
#: (``figcaption``) are furniture to a reader of the text without the pictures (measured: +0.006
#: snippet F1 on the development pages).
FURNITURE_TAGS: tuple[str, ...] = (
    "nav", "aside", "footer", "header", "form", "menu", "figcaption",
    '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]',
    '[role="search"]', '[role="dialog"]', '[role="alertdialog"]', '[role="menu"]', '[role="menubar"]',
)  # fmt: skip

#: Words in a class or id that name furniture. Matched as whole parts of the name (split at ``-``,
#: ``_`` and spaces, or camelCase), so ``share-bar`` and ``shareButtons`` match ``share`` but
#: ``bookshare`` and ``downloads`` do not match ``share`` and ``ads``.
FURNITURE_WORDS: tuple[str, ...] = (
    # navigation
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer",
    "masthead", "pagination", "pager", "toolbar", "skip", "topbar",
    # sharing and following
    "share", "sharing", "social", "sharebar", "follow",
    # other articles
    "related", "recommended", "recommendations", "recirculation", "outbrain", "taboola", "teaser",
    "teasers",
    # sign-ups, walls and pop-ups
    "newsletter", "subscribe", "subscription", "signup", "login", "paywall", "popup", "modal",
    "overlay",
    # comments
    "comment", "comments", "commentlist", "disqus", "respond",
    # consent
    "cookie", "cookies", "consent", "gdpr",
    # advertising
    "ad", "ads", "advert", "advertisement", "advertising", "adsense", "adslot", "sponsor",
    "sponsored", "promo", "promotion", "banner",
    # tags and labels
    "tags", "tagcloud",
    # about the author, lists of other articles
    "author", "bio", "promote", "promoted", "popular", "trending", "mostread",
    # picture captions and credits, slideshows, embedded players and posts (as figcaption:
    # measured +0.003 snippet F1 together)
    "caption", "credit", "embed", "slider", "carousel",
)  # fmt: skip

# Not furniture words, though they look it: "widget" (Elementor wraps every block of a page in
# elementor-widget-container) and "cmp" (Adobe's core components are all cmp-*): measured, both
# removed article text on the development pages.

#: Words in a class or id that name the content itself. They outweigh furniture words:
#: ``content-sidebar-wrap`` and ``post-comments`` are not dropped by name (measured: letting
#: comment, share or related words win over them lowered F1 by 0.003).
CONTENT_WORDS: tuple[str, ...] = (
    "article", "articlebody", "content", "entry", "post", "story", "body", "text", "main", "blog",
    "hentry", "prose", "richtext",
)  # fmt: skip


# The parts of a class or id name: runs of letters split at separators and camelCase steps
# ("shareButtons" -> share, Buttons); digits end a part ("ad300" -> ad).
_NAME_PART = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_FURNITURE_SET = frozenset(FURNITURE_WORDS)
_CONTENT_SET = frozenset(CONTENT_WORDS)
_CANDIDATES = ",".join(FURNITURE_TAGS) + ",[class],[id]"
_NEVER_FURNITURE = frozenset(("body", "html", "article", "main"))
# Tags that are the site's furniture at the top of a page but part of the article inside it.
_ARTICLE_PARTS = frozenset(("header",))

_FURNITURE_TAG_NAMES = frozenset(t for t in FURNITURE_TAGS if not t.startswith("["))
_FURNITURE_ROLES = frozenset(t.split('"')[1] for t in FURNITURE_TAGS if t.startswith("[role="))

#: A block with at least this many characters, mostly not link text, is prose.
PROSE_MIN_CHARS = 40
#: A block is mostly link text when more than this share of its characters is inside ``<a>``.
PROSE_MAX_LINK_SHARE = 0.3
#: A furniture element holding more than this share of the page's text is kept (it wraps the
#: article: ``<div id="page" class="has-sidebar">``).
FURNITURE_MAX_TEXT_SHARE = 0.3
#: Weights of the main-content score: non-prose text counts against an element this much...
#: (1.0 before :func:`drop_tail` took teasers out of the chosen element: a data table or a link
#: row inside an article then lost it to a fact box; 0.35 measured +0.003 F1, flat from 0.25 to 0.5)
OTHER_TEXT_WEIGHT = 0.35
#: ... and a content name (``article-body``) or an ``<article>`` / ``<main>`` tag multiplies it.
CONTENT_NAME_WEIGHT = 1.2
#: How many levels down :func:`drop_tail` follows the article's body (8 rather than 4: +0.002).
TAIL_LEVELS = 8
#: A child holding at least this share of its parent's prose is the article's body to
#: :func:`drop_tail` (F1 on the development pages is flat from 0.4 to 0.6).
BODY_PROSE_SHARE = 0.5
#: Blocks inside the main content whose link text exceeds this share are link lists.
LINK_BLOCK_SHARE = 0.5

# Elements whose text runs on inside the line of the block around them.
_INLINE = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark nobr q s samp "
    "small span strike strong sub sup time tt u var wbr br".split()
)
# Elements that hold a paragraph, not an article: the main content is never one of them (a page
# of short paragraphs would otherwise lose all but its longest one).
_NOT_CONTAINERS = frozenset("p li h1 h2 h3 h4 h5 h6 blockquote pre dt dd ul ol dl figcaption caption".split()) | _INLINE
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LINK_BLOCKS = "p, li, ul, ol, dl, div, section, td, tr, table, h1, h2, h3, h4, h5, h6"


def describe(node: LexborNode) -> str:
    """``<div class="share-bar">``: the tag with its id or class, for reasons."""
    attrs = node.attributes
    for name in ("id", "class"):
        value = attrs.get(name)
        if value:
            value = " ".join(value.split())[:60]
            return f'<{node.tag} {name}="{value}">'
    return f"<{node.tag}>"


def _visible(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


class TextMeasure:
    """How much text, prose and link text each element holds (its whole subtree), by ``mem_id``.

    Built in one walk over the text nodes: each text node counts for its nearest block element
    (not the ``<span>`` or ``<a>`` around it) and for all of that element's ancestors.
    """

    __slots__ = ("total", "prose", "links", "nodes")

    def __init__(self) -> None:
        self.total: dict[int, int] = {}
        self.prose: dict[int, int] = {}
        self.links: dict[int, int] = {}
        self.nodes: dict[int, LexborNode] = {}


def measure_text(root: LexborNode) -> TextMeasure:
    """Count the text under every element of *root* (see :class:`TextMeasure`)."""
    blocks: dict[int, list] = {}
    for text_node in root.traverse(include_text=True):
        if text_node.tag != "-text":
            continue
        content = text_node.text_content
        if not content or content.isspace():
            continue
        size = len(content.strip())
        block, in_link = text_node.parent, False
        while block is not None and block.tag in _INLINE:
            in_link = in_link or block.tag == "a"
            block = block.parent
        if block is None:
            continue
        entry = blocks.get(block.mem_id)
        if entry is None:
            entry = blocks[block.mem_id] = [block, 0, 0]
        entry[1] += size
        if in_link:
            entry[2] += size
    top = root.mem_id
    measure = TextMeasure()
    total, prose, links, nodes = measure.total, measure.prose, measure.links, measure.nodes
    for block, size, link_size in blocks.values():
        is_prose = size >= PROSE_MIN_CHARS and link_size <= PROSE_MAX_LINK_SHARE * size
        node: LexborNode | None = block
        while node is not None:
            key = node.mem_id
            nodes[key] = node
            total[key] = total.get(key, 0) + size
            if link_size:
                links[key] = links.get(key, 0) + link_size
            if is_prose:
                prose[key] = prose.get(key, 0) + size
            node = None if key == top else node.parent
    return measure


@lru_cache(maxsize=65536)
def furniture_word(name: str) -> str | None:
    """The furniture word in a class/id *name*, unless a content word is there too.

    >>> furniture_word("shareButtons"), furniture_word("downloads"), furniture_word("entry-content")
    ('share', None, None)
    """
    parts = {part.lower() for part in _NAME_PART.findall(name)}
    if parts.isdisjoint(_FURNITURE_SET):
        return None
    if not parts.isdisjoint(_CONTENT_SET):
        return None
    return next(word for word in FURNITURE_WORDS if word in parts)


@lru_cache(maxsize=65536)
def content_named(name: str) -> bool:
    """Whether a class/id *name* names the content (``article-body``, ``entryContent``)."""
    return not _CONTENT_SET.isdisjoint(part.lower() for part in _NAME_PART.findall(name))


def _part_of_the_article(node: LexborNode, attrs: dict) -> bool:
    """Whether a ``<header>`` or ``<footer>`` belongs to the article (``<header
    class="entry-header">``, or one inside ``<article>`` / ``<main>``), not to the site."""
    if content_named(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
        return True
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def drop_furniture(root: LexborNode) -> list[DomRemoval]:
    """Remove furniture elements under *root* (by tag, role, class or id) and say why.

    ``<div class="share-bar">Share on Facebook</div>`` goes as 'furniture element <div
    class="share-bar"> (share)'. An element holding more than :data:`FURNITURE_MAX_TEXT_SHARE` of the page's text stays.
    """
    limit = FURNITURE_MAX_TEXT_SHARE * len(root.text(deep=True))
    chosen: list[tuple[LexborNode, str, str]] = []
    seen: set[int] = set()
    for node in root.css(_CANDIDATES):  # document order; an element matching twice comes twice
        tag = node.tag
        if tag in _NEVER_FURNITURE or node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        attrs = node.attributes
        if tag in _FURNITURE_TAG_NAMES or attrs.get("role") in _FURNITURE_ROLES:
            if tag in _ARTICLE_PARTS and _part_of_the_article(node, attrs):
                continue
            rule, reason = "furniture_tag", "furniture element {}"
        else:
            word = furniture_word(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")
            if word is None:
                continue
            rule, reason = "furniture_name", "furniture element {} (" + word + ")"
        if len(node.text(deep=True)) > limit:
            continue
        chosen.append((node, rule, reason))
    return _remove_outermost(root, chosen)


def _remove_outermost(root: LexborNode, chosen: list[tuple[LexborNode, str, str]]) -> list[DomRemoval]:
    """Remove the chosen elements (in document order) and record each, skipping those inside
    another chosen one: its text is already in the outer element's record."""
    taken: set[int] = set()
    outermost: list[tuple[LexborNode, str, str]] = []
    stop = root.mem_id
    for item in chosen:
        node = item[0].parent
        inside = False
        while node is not None and node.mem_id != stop:
            if node.mem_id in taken:
                inside = True
                break
            node = node.parent
        if not inside:
            taken.add(item[0].mem_id)
            outermost.append(item)
    removals = []
    for node, rule, reason in outermost:
        text = _visible(node)
        if text:
            element = describe(node)
            removals.append(DomRemoval(element, text, rule, reason.format(element)))
    for node, _, _ in reversed(outermost):
        node.decompose()
    return removals


def find_main_content(root: LexborNode, measure: TextMeasure) -> tuple[LexborNode, float]:
    """The element that holds the page's article, and its score (see the module docstring).

    *root* itself when no element holds prose.
    """
    best, best_score = root, float("-inf")
    for key, node in measure.nodes.items():
        prose = measure.prose.get(key, 0)
        if not prose or node.tag in _NOT_CONTAINERS:
            continue
        score = prose - OTHER_TEXT_WEIGHT * (measure.total[key] - prose)
        if node.tag in ("article", "main") or node.attributes.get("itemprop") == "articleBody":
            score *= CONTENT_NAME_WEIGHT
        else:
            attrs = node.attributes
            if (attrs.get("class") or attrs.get("id")) and content_named(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
                score *= CONTENT_NAME_WEIGHT
        if score > best_score:
            best, best_score = node, score
    return best, max(best_score, 0.0)


def outside_of(main: LexborNode, root: LexborNode) -> list[DomRemoval]:
    """The text of *root* outside *main*: every sibling along the path from *main* up to *root*."""
    removals: list[DomRemoval] = []
    node = main
    where = describe(main)
    while node is not None and node.mem_id != root.mem_id:
        parent = node.parent
        if parent is None:
            break
        for sibling in parent.iter(include_text=True):
            if sibling.mem_id == node.mem_id:
                continue
            if sibling.tag == "-text":
                text, element = " ".join((sibling.text_content or "").split()), "text"
            else:
                text, element = _visible(sibling), describe(sibling)
            if text:
                removals.append(DomRemoval(element, text, "outside_main", f"outside the main content {where}"))
        node = parent
    return removals


def drop_link_blocks(main: LexborNode, measure: TextMeasure) -> list[DomRemoval]:
    """Remove blocks inside *main* whose text is mostly link text: tag lists, "related" lists,
    tables of contents. ``<ul><li><a>Brexit</a></li><li><a>Kosovo</a></li></ul>`` goes as
    'link list (100% link text)', and a heading right before it ("Related stories") with it."""
    chosen = []
    taken: set[int] = set()
    for node in main.css(_LINK_BLOCKS):
        key = node.mem_id
        size = measure.total.get(key, 0)
        link_size = measure.links.get(key, 0)
        if size and link_size > LINK_BLOCK_SHARE * size and key not in taken:
            heading = _heading_before(node)
            if heading is not None and heading.mem_id not in taken:
                taken.add(heading.mem_id)
                chosen.append((heading, "link_list_heading", "the heading of a link list"))
            taken.add(key)
            chosen.append((node, "link_list", f"link list ({100 * link_size // size}% link text)"))
    return _remove_outermost(main, chosen)


def _heading_before(node: LexborNode) -> LexborNode | None:
    """The ``<h1>``-``<h6>`` right before *node* (white space between them allowed), if any."""
    previous = node.prev
    while previous is not None and previous.tag == "-text" and not (previous.text_content or "").strip():
        previous = previous.prev
    return previous if previous is not None and previous.tag in _HEADINGS else None



def drop_tail(main: LexborNode, measure: TextMeasure) -> list[DomRemoval]:
    """Remove what follows the article's body inside *main*: author boxes, tag rows, "more from
    this column", share rows, teaser cards and comments that no class names.

    At each of :data:`TAIL_LEVELS` levels, from *main* down, one child holds the article: the one
    with at least :data:`BODY_PROSE_SHARE` of the level's prose, or else the last child with any
    prose. The children after it go, and the walk goes on inside it. So
    ``<div id="content"><article>...</article><section class="more-posts"><h3>Most read</h3><p>A
    teaser of another story, long enough to be prose.</p></section></div>`` loses the section, and
    ``<article><p>...</p><p>...</p><div>Lust auf mehr?</div></article>`` its last ``<div>``.
    Children before the article's body stay: that is where its title, standfirst and byline are.
    (Measured on the development pages: snippet F1 +0.005 for the last-prose rule alone, and
    +0.012 more for the majority rule, mostly teasers beside the article in the same container.)
    """
    chosen: list[tuple[LexborNode, str, str]] = []
    node = main
    for _ in range(TAIL_LEVELS):
        children = [child for child in node.iter() if measure.total.get(child.mem_id)]
        prose = [measure.prose.get(child.mem_id, 0) for child in children]
        body = max((k for k, size in enumerate(prose) if size), default=None)
        if body is None:
            break
        bulk = max(range(len(children)), key=prose.__getitem__)
        if prose[bulk] >= BODY_PROSE_SHARE * measure.prose.get(node.mem_id, 0) and children[bulk].tag not in _NOT_CONTAINERS:
            body = bulk
        chosen.extend((child, "after_article", "after the article's body") for child in children[body + 1 :])
        node = children[body]
    return _remove_outermost(main, chosen)
