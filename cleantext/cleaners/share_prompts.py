"""Remove share and follow prompts that a social-sharing widget leaves between paragraphs.

Rules: ``cleantext/data/share_prompts.toml``: share labels ("Share this article", "Teilen",
"Partager", "Compartir", "Condividi", "Compartilhar", "Delen"), bare lists of networks ("Facebook
Twitter WhatsApp Email"), "share on <network>" buttons and counters ("1.2k shares"), and follow
prompts ("Follow us on Twitter", "Folgen Sie uns auf Instagram", "Volg ons op LinkedIn"), app
and channel prompts ("Download our apps for iOS and Android"), "Liked this article? Share it",
a recipe card's buttons ("Jump to Recipe Print Recipe"), rating prompts and requests for a review
("Artikel bewerten", "Was this article helpful?", "4,5 von 5 Sternen (12 Bewertungen)"), and a
page's controls ("Loading...", "Search for articles and topics").

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[share_prompts]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A share bar or follow prompt is one short line; a list of a dozen networks fits in 200.
MAX_SHARE_PROMPT_CHARS = 200


@register_cleaner("share_prompts", takes_rules=True)
def drop_share_prompts(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove share and follow prompts ("Share this article", "Follow us on Twitter", "Teilen").

    Why: the buttons are gone; their labels read as stray words between two paragraphs.

    >>> from cleantext import Pipeline
    >>> Pipeline(["share_prompts"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "Facebook Twitter WhatsApp Email\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "share_prompts", config, MAX_SHARE_PROMPT_CHARS)
