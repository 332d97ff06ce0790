"""Remove the error messages a web server printed into the page.

Rules: ``cleantext/data/server_errors.toml``: PHP's warnings, notices and errors ("Warning:
Cannot modify header information - headers already sent by ... in /www/site/index.php on line
12", "Deprecated: ...", "Strict Standards: ..."), the lines of a stack trace ("#0
/var/www/lib/db.php(41): connect()", "#1 {main}") and "Error establishing a database
connection", and the message a page's script shows when a request failed ("Oops! Something went
wrong. Please try again later.", "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später
erneut."), the failure and the request to try again making the whole line. A PHP message must end
in the file and line the interpreter names, so a story's "Warning: the river is rising" is kept.

To add phrases of your own, see ``docs/adding-a-language.md``: a ``[[server_errors]]`` table in a
rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A message with a long class path and file path stays under this; a paragraph of prose that
#: happens to hold "on line" is longer or does not match.
MAX_SERVER_ERROR_CHARS = 1000


@register_cleaner("server_errors", takes_rules=True)
def drop_server_errors(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove PHP warnings, notices and errors and stack-trace lines printed into the page.

    Why: an old site's misconfigured server prints them above the page on every request, and a
    scraper keeps them as text; they hold paths and code, never the story. They can run to hundreds
    of lines at the top of a page, where the story segmenter would take them for the first story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["server_errors"]).clean(
    ...     "Deprecated: Assigning the return value of new by reference is deprecated in"
    ...     " /www/htdocs/wp-settings.php on line 520\\n"
    ...     "Malaga is one of the largest cities in Spain.")
    'Malaga is one of the largest cities in Spain.'
    """
    return table_marks(doc, "server_errors", config, MAX_SERVER_ERROR_CHARS)
