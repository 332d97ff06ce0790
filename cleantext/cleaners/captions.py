"""Remove picture captions and credits.

Rules: ``cleantext/data/captions.toml``: lines labelled as captions ("Image: ...", "Foto: ..."),
lines that end in a credit ("... Pic: PA", "... (Photo: Reuters)"), bare agency credits
("(Getty Images)"), copyright lines ("© Reuters") and captions that end in a copyright holder
("... © AFP / Name") or a stock agency ("... (jdoe / iStock.com)", "Dee Dee Myers Getty Images"),
captions that say what kind of picture it was ("... (Symbolbild)", "... (file photo)"),
captions after their zoom button ("Vergrößern Eine kleine runde Aussparung ..."), and the buttons
and counters of a picture gallery ("Alle Bilder anzeigen", "Image zoom",
"Bild 3 von 10").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A caption is a sentence or two; a longer line is a paragraph even if it mentions a photo.
MAX_CAPTION_CHARS = 420


@register_cleaner("captions", takes_rules=True)
def drop_captions(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove picture captions and credits ("Image: ... Pic: PA", "(Getty Images)"), and picture
    gallery controls ("Image zoom", "1 von 17").

    Why: the picture is gone; its caption interrupts the story and often repeats it.

    >>> from cleantext import Pipeline
    >>> Pipeline(["captions"]).clean(
    ...     "Ms Osmani called the UK a steadfast ally.\\n"
    ...     "Image: Foreign Secretary David Lammy signed a friendship book. Pic: PA\\n"
    ...     "Nearly 22,000 people used the Western Balkans route.")
    'Ms Osmani called the UK a steadfast ally.\\nNearly 22,000 people used the Western Balkans route.'
    """
    return table_marks(doc, "captions", config, MAX_CAPTION_CHARS)
