"""Remove the site's notices about a text: its licence, its disclaimer, where it first appeared.

Rules: ``cleantext/data/disclaimers.toml``: licence notices ("This work is licensed under a
Creative Commons Attribution 4.0 International License", "Dieses Blog steht unter einer Creative
Commons Namensnennung 3.0 Lizenz.", "Lizenz: CC-BY 4.0"), editorial disclaimers ("The views
expressed are those of the author.", "Les opinions exprimées ... n'engagent que leurs auteurs.",
"Dieser Beitrag gibt die Meinung des Autors wieder."), republication notices ("This article was
originally published on The Conversation.", "Dieser Artikel erschien zuerst in ...") and a wire
service's rights line ("This material may not be published, broadcast, rewritten or
redistributed.", "© dpa-infocom, dpa:220124-99-835563/5"), and the site's copyright footer, which
opens with the sign or the word and a year ("© 2020 - Richtig sparen mit VERIVOX, ..."), the
note on what kind of text this is ("Bei diesem Beitrag handelt es sich um ein Blog aus der
...-Community", "This post is a guest post by ...") and a suggested citation with its link or DOI.
Each rule pairs the two halves of the site's formula (licensed under + Creative Commons; the views
expressed + are those of; this article + was first published), so an article about licences,
opinions or publishing keeps its sentences. Affiliate disclosures, the other small print under a
post, are ``ad_labels``'.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[disclaimers]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A notice is a sentence or three; the longest disclaimers of the development pages run to about
#: 500 characters.
MAX_NOTICE_CHARS = 600


@register_cleaner("disclaimers", takes_rules=True)
def drop_site_notices(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove licence notices, editorial disclaimers, republication and rights notices.

    Why: they are the site's small print about the text (under what licence it may be copied, that
    the author speaks for themself, where it first appeared), repeated under every article, and say
    nothing of the story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["disclaimers"]).clean(
    ...     "Work will start in the spring.\\n"
    ...     "This work is licensed under a Creative Commons Attribution 4.0 International License.\\n"
    ...     "The council approved the plan on Tuesday.")
    'Work will start in the spring.\\nThe council approved the plan on Tuesday.'
    """
    return table_marks(doc, "disclaimers", config, MAX_NOTICE_CHARS)
