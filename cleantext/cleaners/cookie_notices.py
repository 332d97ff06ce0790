"""Remove cookie and consent banners scraped into the text.

Rules: ``cleantext/data/cookie_notices.toml``: notices that start by saying the site uses
cookies ("We use cookies to ...", "Wir verwenden Cookies ...", "Nous utilisons des cookies ...",
"Utilizamos cookies ...", "Utilizziamo i cookie ...", "Wij gebruiken cookies ..."), consent
sentences ("By continuing to browse, you agree ...") and the buttons ("Accept all cookies",
"Alle akzeptieren", "Tout refuser"), and the placeholder a consent manager leaves where it blocked
an embed ("Empfohlener redaktioneller Inhalt", "Click to load content from YouTube"). Bare "OK" /
"Accept" are not taken: alone on a line they may be an answer in an interview.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[cookie_notices]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: Consent banners can be long (a paragraph of legal text), but not longer than this.
MAX_COOKIE_NOTICE_CHARS = 900


@register_cleaner("cookie_notices", takes_rules=True)
def drop_cookie_notices(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove cookie and consent banners ("We use cookies to ...", "Accept all cookies").

    Why: the banner belongs to the site, not to the story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["cookie_notices"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "We use cookies to give you the best experience on our website.\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "cookie_notices", config, MAX_COOKIE_NOTICE_CHARS)
