"""Configuration: one frozen, typed object for every step (in the spirit of ftfy's TextFixerConfig).

Each field says what it changes and when it can hurt legitimate text. Build one with keyword
arguments and ``dataclasses.replace`` it to change a field::

    from cleantext import Config, StoryOptions
    config = Config(stories=StoryOptions(main="longest"))
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .rules import RuleSet
from .template import SiteTemplate

if TYPE_CHECKING:
    from .boilerplate import Model

__all__ = ["Config", "VideoCardOptions", "StoryOptions", "BoilerplateOptions"]


@dataclass(frozen=True)
class VideoCardOptions:
    """How the ``video_cards`` step recognises the title line of a video card."""

    max_title_words: int = 14
    """A card title has at most this many words. Raising it risks taking a short real paragraph
    that follows a duration line."""
    max_title_chars: int = 110
    """...and at most this many characters (for scripts written without spaces)."""


@dataclass(frozen=True)
class StoryOptions:
    """How the ``unrelated_stories`` step chooses the main story and when it dares to cut."""

    main: Literal["first", "longest", "title"] = "first"
    """Which segment is the story: the one the text starts with, the longest, or the one that
    best matches ``title``."""
    title: str | None = None
    """The page title, used when ``main="title"``."""
    min_score: float = 0.6
    """A boundary needs at least this confidence (0-1) to cut. Lowering it cuts more unrelated
    tails but risks splitting a long single-topic article: a false split costs more than a miss."""


@dataclass(frozen=True)
class BoilerplateOptions:
    """How the ``boilerplate`` step treats the text (see :mod:`cleantext.boilerplate`)."""

    mode: Literal["auto", "page", "article"] = "auto"
    """``auto``: judge every text, keeping clean articles whole (the default); ``page``: the text
    is known to be a whole page, so lines are judged more strictly; ``article``: the text is known
    to be an article already, so the step removes nothing."""
    threshold: float | None = None
    """The content score a line needs to stay (0-1; default: the model's, chosen so that clean
    articles keep at least 99.5% of their words on the development data). Raising it removes
    more furniture and, sooner, short article lines."""
    model: Model | str | os.PathLike[str] | None = None
    """The line classifier's weights (default: the model shipped in the package, trained on the
    development pages): a :class:`cleantext.boilerplate.Model`, or the path of the JSON file that
    ``benchmarks/train_boilerplate.py --pages FILE --out PATH`` wrote after training on your own
    labelled pages (for sites or languages the development pages do not cover), read here once.
    Its threshold is used unless ``threshold`` is set."""

    def __post_init__(self) -> None:
        from .boilerplate import Model

        if self.mode not in ("auto", "page", "article"):
            raise ValueError(f"boilerplate mode must be 'auto', 'page' or 'article', not {self.mode!r}")
        if self.threshold is not None and not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"boilerplate threshold must be between 0 and 1, not {self.threshold!r}")
        if isinstance(self.model, (str, os.PathLike)):
            object.__setattr__(self, "model", Model.load(self.model))  # frozen: set once, here
        elif self.model is not None and not isinstance(self.model, Model):
            raise TypeError(f"boilerplate model must be a cleantext.boilerplate.Model or the path of one, not {type(self.model).__name__}")


@dataclass(frozen=True)
class Config:
    """Everything the default steps can be told. The defaults are what ``clean(text)`` uses."""

    video_cards: VideoCardOptions = field(default_factory=VideoCardOptions)
    stories: StoryOptions = field(default_factory=StoryOptions)
    boilerplate: BoilerplateOptions = field(default_factory=BoilerplateOptions)
    site_template: SiteTemplate | None = field(default=None, hash=False)
    """The template of the site the texts come from (:meth:`SiteTemplate.learn`), for the
    ``site_template`` step; None (the default): that step removes nothing. Learn it from pages of
    different stories: lines that many pages share are removed wherever they stand."""
    rules: RuleSet = field(default_factory=RuleSet)
    """Extra phrases and patterns per cleaner family (see :mod:`cleantext.rules`)."""
    options: Mapping[str, Any] = field(default_factory=dict, hash=False)
    """Free-form options for user-written cleaners, by cleaner name: ``options={"my_step": {...}}``."""

    def option(self, step: str, default: Any = None) -> Any:
        """The options given for the user step *step*, or *default*."""
        return self.options.get(step, default)
