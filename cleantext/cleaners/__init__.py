"""The built-in cleaners, one module per family. Importing this package registers them all."""

from . import (  # noqa: F401  (imported for their registration)
    ad_labels,
    aggregator_tail,
    boilerplate,
    bylines,
    captions,
    comment_forms,
    cookie_notices,
    newsletter_signups,
    paywalls,
    player_notices,
    read_more,
    reading_time,
    related_links,
    server_errors,
    share_prompts,
    site_template,
    social_embeds,
    stories,
    tag_lists,
    video_cards,
)
