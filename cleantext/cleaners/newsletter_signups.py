"""Remove newsletter sign-up boxes.

Rules: ``cleantext/data/newsletter_signups.toml``: calls to action ("Sign up for our
newsletter", "Newsletter abonnieren", "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro
boletín", "Iscriviti alla newsletter", "Assine nossa newsletter", "Schrijf je in voor onze
nieuwsbrief") and the form around them ("Enter your email address", "Thanks for signing up!").
A line must start with the call to action, or be a short lead-in and the call ("Lust auf mehr? Lass
dir die besten Storys in deinen Posteingang liefern."), or the first-person consent under the box
("Mit Absenden meiner E-Mail-Adresse willige ich ein ..."), so prose about a newsletter is kept.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[newsletter_signups]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A sign-up box is a call to action and a line of small print; a paragraph is longer. Each rule
#: sets its own limit (260 for the calls to action); only the first-person consent under a box,
#: a paragraph of legal text ("Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf
#: ein, ..."), may run to this.
MAX_SIGNUP_CHARS = 700


@register_cleaner("newsletter_signups", takes_rules=True)
def drop_newsletter_signups(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove newsletter sign-up boxes ("Sign up for our newsletter", "Newsletter abonnieren").

    Why: the form is not part of the story, and its small print often repeats on every page.

    >>> from cleantext import Pipeline
    >>> Pipeline(["newsletter_signups"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "Sign up for our free morning newsletter\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "newsletter_signups", config, MAX_SIGNUP_CHARS)
