"""Remove what a comment section's form and header leave in the text.

Rules: ``cleantext/data/comment_forms.toml``: the form's labels and notices ("Leave a Reply",
"Cancel reply", "You must be logged in to post a comment.", "Your email address will not be
published. Required fields are marked *", "Schreibe einen Kommentar", "Laisser un commentaire",
"Deja una respuesta", "Lascia un commento", "Deixe um comentário", "Geef een reactie") and the
header above the comments ("3 thoughts on “Return hubs”", "142 Antworten zu Würde des Lebens"),
the house rules ("Comments are moderated ...", "Die Kommentarfunktion wird ... geschlossen"),
invitations to comment ("Let us know in the comments below!"), and the site's invitation to write
to it, with the address ("Email us at news@example.com", "Bei Fragen und Anregungen zu diesem
Artikel ..."), and what any form says about its fields and its captcha ("This field is required.",
"Bitte geben Sie Ihren Nachnamen an.", "Your message has been sent.", "I'm not a robot").
Most are the strings of blog templates that many sites share, in their usual translations. Each
must be the whole line, so prose about comments is kept.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[comment_forms]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: The longest house-rules notice ("Please understand that comments are moderated and ...", two
#: sentences); the form's labels and the comment-count header keep their own limit of 200 in the
#: rules file, so a paragraph of comment text is longer or does not match.
MAX_FORM_LINE_CHARS = 400


@register_cleaner("comment_forms", takes_rules=True)
def drop_comment_forms(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove comment forms ("Leave a Reply", "Cancel reply") and comment headers ("3 thoughts on …").

    The form's labels and notices, and the header over the comments ("3 thoughts on “Return
    hubs”", "142 Antworten zu …").

    Why: the form is not part of the story; on a page scraped whole it sits between the article
    and its comments, and left in it reads as a stray line of the article.

    >>> from cleantext import Pipeline
    >>> Pipeline(["comment_forms"]).clean(
    ...     "Work will start in the spring.\\n"
    ...     "2 thoughts on “Return hubs”\\n"
    ...     "The plan is a mistake, whatever the minister says.\\n"
    ...     "Leave a Reply Cancel reply\\n"
    ...     "You must be logged in to post a comment.\\n"
    ...     "Posted by the editors.")
    'Work will start in the spring.\\nThe plan is a mistake, whatever the minister says.\\nPosted by the editors.'
    """
    return table_marks(doc, "comment_forms", config, MAX_FORM_LINE_CHARS)
