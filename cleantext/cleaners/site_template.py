"""Remove the lines of a site's template, learned from several of its pages (see
:mod:`cleantext.template`)."""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner

RULE_ID = "template_line"


@register_cleaner("site_template")
def drop_site_template(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove lines that stand on many pages of the site (``Config.site_template``).

    Why: a site's menus, footers and banners repeat on every page, whatever their wording or
    language, while articles do not; once a template is learned from a batch of the site's pages
    (:meth:`cleantext.SiteTemplate.learn`), a line in it is furniture on sight. Without a template
    this step removes nothing.

    Example: with a template learned from twenty pages of a news site, "Home | News | Sport" goes
    as "site template: on 20 of 20 pages of the site", and so does "© 2025 Example News".
    """
    template = config.site_template
    if template is None or not template.lines:
        return
    for i, line in doc.kept():
        pages = template.pages_with(line)
        if pages:
            yield i, RULE_ID, f"site template: on {pages} of {template.pages} pages of the site"
