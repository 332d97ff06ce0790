"""PLACEHOLDER until the page classifier lands: keeps everything."""
from __future__ import annotations
from ..registry import register_cleaner

@register_cleaner("boilerplate")
def drop_boilerplate(doc, config):
    """Remove page furniture from whole-page text (placeholder: removes nothing yet)."""
    return iter(())
