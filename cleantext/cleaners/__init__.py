"""The built-in cleaners, one module per family. Importing this package registers them all."""

from . import (  # noqa: F401  (imported for their registration)
    aggregator_tail,
    captions,
    player_notices,
    related_links,
    stories,
    video_cards,
)
