"""What a page says about itself: title, author, date, language, canonical URL, site name and
description, from ``<meta>`` tags, JSON-LD and the ``<html>`` element.

Each field takes the first source that has it, in the order of :data:`SOURCES` (the publisher's
structured data first, then Open Graph and Dublin Core tags, then the plain HTML). Nothing is
guessed from the visible text.

>>> from selectolax.lexbor import LexborHTMLParser
>>> page = LexborHTMLParser('<html lang="en-GB"><head><title>Return hubs | Sky News</title>'
...     '<meta property="og:title" content="Return hubs"><meta name="author" content="Jane Smith">'
...     '<meta property="article:published_time" content="2025-06-03T10:00:00Z"></head></html>')
>>> meta = extract_metadata(page, url="https://news.sky.com/story/x")
>>> meta.title, meta.author, meta.date, meta.language, meta.url
('Return hubs', 'Jane Smith', '2025-06-03T10:00:00Z', 'en-GB', 'https://news.sky.com/story/x')
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

__all__ = ["Metadata", "extract_metadata", "SOURCES"]


@dataclass(frozen=True)
class Metadata:
    """Metadata of one page; a field is None when the page does not say."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    """As the page gives it (usually ISO 8601); not parsed."""
    language: str | None = None
    """A language tag such as ``en`` or ``pt-BR``."""
    url: str | None = None
    """The canonical URL, else ``og:url``, else the URL the caller passed."""
    site_name: str | None = None
    description: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


#: For each field, where to look, in order: ``("jsonld", key)``, ``("meta", attribute value)``
#: for ``<meta name|property|itemprop=... content=...>``, or an element's attribute or text.
SOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "title": (("jsonld", "headline"), ("meta", "og:title"), ("meta", "twitter:title"), ("meta", "dc.title"), ("text", "title")),
    "author": (("jsonld", "author"), ("meta", "author"), ("meta", "article:author"), ("meta", "dc.creator"), ("meta", "byl")),
    "date": (
        ("jsonld", "datePublished"), ("meta", "article:published_time"), ("meta", "og:published_time"),
        ("meta", "date"), ("meta", "dc.date"), ("meta", "dcterms.created"), ("meta", "pubdate"),
        ("meta", "datepublished"), ("attr", "time[datetime]|datetime"),
    ),
    "language": (("attr", "html[lang]|lang"), ("meta", "content-language"), ("meta", "og:locale"), ("meta", "dc.language")),
    "url": (("attr", 'link[rel="canonical"]|href'), ("meta", "og:url")),
    "site_name": (("meta", "og:site_name"), ("meta", "application-name"), ("jsonld", "publisher")),
    "description": (("meta", "description"), ("meta", "og:description"), ("meta", "twitter:description"), ("jsonld", "description")),
}  # fmt: skip

#: JSON-LD blocks larger than this are skipped (a page's data blob, not article metadata).
MAX_JSONLD_CHARS = 200_000
#: A metadata value longer than this is cut (a description should not carry a whole article).
MAX_VALUE_CHARS = 1000
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "WebPage", "Recipe", "Review")


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _name_of(value: Any) -> str | None:
    """A JSON-LD person or organisation as a string (``{"name": ...}``, a list of them, a string)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value[:10]) if n]
        return ", ".join(names) or None
    return None


def _jsonld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first article-like JSON-LD object of the page (``@graph`` and lists looked into)."""
    fallback: dict[str, Any] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item[:50])
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                    return item
                if not fallback and ("headline" in item or "datePublished" in item):
                    fallback = item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph[:50])
    return fallback


def _attr(tree: LexborHTMLParser, spec: str) -> str | None:
    selector, attribute = spec.split("|")
    node = tree.css_first(selector)
    value = node.attributes.get(attribute) if node is not None else None
    return value.strip() if value and value.strip() else None


def extract_metadata(tree: LexborHTMLParser, url: str | None = None) -> Metadata:
    """The :class:`Metadata` of a parsed page (call before removing ``<head>`` or scripts)."""
    metas = _meta_tags(tree)
    jsonld: dict[str, Any] | None = None
    values: dict[str, str | None] = {}
    for field, sources in SOURCES.items():
        value: str | None = None
        for kind, key in sources:
            if kind == "meta":
                value = metas.get(key)
            elif kind == "jsonld":
                if jsonld is None:
                    jsonld = _jsonld(tree)
                value = _name_of(jsonld.get(key))
            elif kind == "attr":
                value = _attr(tree, key)
            else:
                node = tree.css_first(key)
                value = " ".join(node.text(deep=True).split()) or None if node is not None else None
            if value:
                break
        values[field] = " ".join(value.split())[:MAX_VALUE_CHARS] if value else None
    if values["url"] is None:
        values["url"] = url
    return Metadata(**values)
