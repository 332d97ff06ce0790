"""PLACEHOLDER until the segmenter lands."""
from __future__ import annotations
from dataclasses import dataclass

@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    score: float
    is_main: bool

def segment_stories(text: str) -> list[Segment]:
    n = len(text.splitlines())
    return [Segment(0, n, 1.0, True)]
