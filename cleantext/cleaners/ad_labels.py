"""Remove the labels of advertisement slots.

Rules: ``cleantext/data/ad_labels.toml``: "Advertisement", "ADVERTISEMENT", "Anzeige",
"Werbung", "Publicité", "Publicidad", "Pubblicità", "Publicidade", "Advertentie", "Sponsored",
decorated forms ("- Advertisement -", "[Anzeige]"), "story continues below" notes, "Sponsored by
<name>" lines, and advertising and affiliate disclosures ("This post contains affiliate links.",
"As an Amazon Associate I earn from qualifying purchases.", "*Werbung. Dieser Beitrag enthält
Werbung für ..."). The label must be the whole line; a sentence about advertising is kept.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[ad_labels]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: An ad label is a word or a short note ("Story continues below advertisement"); an affiliate
#: disclosure is a sentence or three ("We recommend ... We may receive compensation if you ..."; the
#: longest of the development pages run to about 500 characters), which is as long as a line this
#: family looks at gets. Each rule keeps its own, lower limit.
MAX_AD_LABEL_CHARS = 600


@register_cleaner("ad_labels", takes_rules=True)
def drop_ad_labels(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove advertisement labels ("Advertisement", "Anzeige", "Publicité", "Sponsored").

    Why: the ad is gone and its label splits a paragraph from the next.

    >>> from cleantext import Pipeline
    >>> Pipeline(["ad_labels"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "- ADVERTISEMENT -\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "ad_labels", config, MAX_AD_LABEL_CHARS)
