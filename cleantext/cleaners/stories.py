"""PLACEHOLDER until the segmenter lands: keeps everything."""
from __future__ import annotations
from ..registry import register_cleaner

@register_cleaner("unrelated_stories")
def drop_unrelated_stories(doc, config):
    """Remove stories appended after the main one (placeholder: removes nothing yet)."""
    return iter(())
