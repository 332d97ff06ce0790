"""Remove subscription-wall notices and the offers around them.

Rules: ``cleantext/data/paywalls.toml``: "Subscribe to continue reading", "This article is
for subscribers only", "Already a subscriber? Log in", "Jetzt weiterlesen mit SZ Plus", "Cet
article est réservé aux abonnés", "Este contenido es exclusivo para suscriptores", "Questo articolo
è riservato agli abbonati", "Já é assinante? Faça login", "Dit artikel is alleen voor abonnees",
and a magazine's subscription offer ("Jetzt 3 Ausgaben gratis lesen!").
Appeals for support or donations are the other half of reader revenue and go too ("Support
independent journalism. Donate today.", "Unterstützen Sie diese Form des Journalismus"). The
notice addresses the reader about the site's subscription; a story about subscriptions is kept.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[paywalls]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A paywall notice is a sentence or two and a button.
MAX_PAYWALL_CHARS = 300


@register_cleaner("paywalls", takes_rules=True)
def drop_paywall_notices(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove subscription walls ("Subscribe to continue reading", "Jetzt weiterlesen mit ...").

    Why: the notice is the site talking to its reader; it says nothing about the story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["paywalls"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "Already a subscriber? Log in\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "paywalls", config, MAX_PAYWALL_CHARS)
