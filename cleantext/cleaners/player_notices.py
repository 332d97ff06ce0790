"""Remove the notices a video or audio player leaves in scraped text.

Rules: ``cleantext/data/player_notices.toml`` (browser hints, "enable JavaScript" messages,
unavailable-video messages, bare "Watch:" labels; English, German, French, Spanish, Italian,
Portuguese and Dutch).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: Longest line a player notice can be; the longest built-in phrase has about 100 characters.
MAX_NOTICE_CHARS = 160


@register_cleaner("player_notices", takes_rules=True)
def drop_player_notices(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove video-player notices: "Please use Chrome browser for a more accessible video player".

    Why: the player is not in the text, so its notice is noise between two paragraphs.

    >>> from cleantext import Pipeline
    >>> Pipeline(["player_notices"]).clean(
    ...     "They would be for failed asylum seekers.\\n"
    ...     "Please use Chrome browser for a more accessible video player\\n"
    ...     "Downing Street said so.")
    'They would be for failed asylum seekers.\\nDowning Street said so.'
    """
    return table_marks(doc, "player_notices", config, MAX_NOTICE_CHARS)
