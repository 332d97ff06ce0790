"""cleantext: turn scraped web text into the clean article a person would read.

>>> import cleantext
>>> cleantext.clean("The plan was announced on Monday.\\n1:30\\nPM confirms plan\\nIt was welcomed.")
'The plan was announced on Monday.\\nIt was welcomed.'

The public API is small: :func:`clean`, :func:`clean_document` (the :class:`Result` with every
removal and its reason), :func:`clean_html` and :func:`clean_html_document` for HTML pages (with
their :class:`Metadata`), :class:`Pipeline`, :class:`Config`, the registry
(:func:`list_cleaners`, :func:`register_cleaner`, :func:`register_normalizer`) and
:func:`segment_stories`.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Mapping

from . import cleaners as _cleaners  # noqa: F401  (registers the built-in cleaners)
from . import normalizers as _normalizers  # noqa: F401  (registers the built-in normalisers)
from .budget import DocumentTimeout
from .config import BoilerplateOptions, Config, StoryOptions, VideoCardOptions
from .document import Removal, Result
from .dom import DomRemoval
from .html import HTML_STEPS, HtmlResult, clean_html, clean_html_document, html_pipeline_for, is_html_document
from .metadata import Metadata
from .pipeline import DEFAULT_STEPS, Pipeline
from .registry import Step, list_steps, register_cleaner, register_normalizer
from .rules import RuleSet, RulesError, load_rules
from .segmenter import Segment, segment_stories
from .template import SiteTemplate

__version__ = "0.1.0"

__all__ = [
    "clean",
    "clean_document",
    "clean_html",
    "clean_html_document",
    "HtmlResult",
    "HTML_STEPS",
    "Metadata",
    "DomRemoval",
    "Pipeline",
    "DEFAULT_STEPS",
    "Config",
    "VideoCardOptions",
    "StoryOptions",
    "BoilerplateOptions",
    "SiteTemplate",
    "Result",
    "Removal",
    "Step",
    "list_cleaners",
    "register_cleaner",
    "register_normalizer",
    "RuleSet",
    "RulesError",
    "load_rules",
    "Segment",
    "segment_stories",
    "DocumentTimeout",
    "__version__",
]

_DEFAULT: Pipeline | None = None

PipelineLike = "Pipeline | list[str] | tuple[str, ...] | None"


def _pipeline(
    pipeline: Pipeline | list[str] | tuple[str, ...] | None,
    config: Config | None,
    rules: str | Path | Mapping[str, Any] | RuleSet | None,
) -> Pipeline:
    global _DEFAULT
    if isinstance(pipeline, Pipeline):
        if config is None and rules is None:
            return pipeline
        return Pipeline(pipeline.steps, config or pipeline.config, rules=rules)
    if pipeline is None and config is None and rules is None:
        if _DEFAULT is None:
            _DEFAULT = Pipeline()
        return _DEFAULT
    return Pipeline(pipeline, config, rules=rules)


def clean(
    text: str,
    pipeline: Pipeline | list[str] | tuple[str, ...] | None = None,
    *,
    config: Config | None = None,
    rules: str | Path | Mapping[str, Any] | RuleSet | None = None,
    timeout: float | None = None,
) -> str:
    """Return the article in *text*: page furniture, widget lines and appended stories removed.

    *pipeline* is a :class:`Pipeline` or a list of step names (default: :data:`DEFAULT_STEPS`);
    *config* a :class:`Config`; *rules* extra phrases and patterns (a TOML path or a mapping, see
    :mod:`cleantext.rules`); *timeout* a budget in seconds, past which
    :class:`DocumentTimeout` is raised (see :mod:`cleantext.budget`). Text that is already clean
    comes back unchanged.

    An HTML document (one that opens with a doctype or an ``<html>`` tag: what a scraper that
    fetched the page without extracting it hands back) is cleaned as HTML, as the command line
    does: the result is :func:`clean_html`'s, the article as text, with the pipeline chosen for
    HTML input (:func:`cleantext.html.html_pipeline_for`). Read as text, its markup would come back
    nearly whole.
    """
    pipe = _pipeline(pipeline, config, rules)
    if isinstance(text, str) and is_html_document(text):
        return clean_html(text, pipeline=html_pipeline_for(pipe), timeout=timeout)
    return pipe.run(text, timeout=timeout).text


def clean_document(
    text: str,
    pipeline: Pipeline | list[str] | tuple[str, ...] | None = None,
    *,
    config: Config | None = None,
    rules: str | Path | Mapping[str, Any] | RuleSet | None = None,
    timeout: float | None = None,
) -> Result:
    """Like :func:`clean`, but return the :class:`Result`: ``.text``, ``.removals``, ``.explain()``.

    The input is always read as text, whose lines the removals name; an HTML document gets a
    warning that :func:`clean_html_document` extracts its article (which :func:`clean` does)."""
    if isinstance(text, str) and is_html_document(text):
        warnings.warn(
            "the text is an HTML document, read here as text, markup and all; cleantext.clean_html_document(text) extracts its article",
            UserWarning,
            stacklevel=2,
        )
    return _pipeline(pipeline, config, rules).run(text, timeout=timeout)


def list_cleaners() -> dict[str, str]:
    """Every registered step (built-in and user-registered) with the first line of its docstring."""
    return {name: step.summary for name, step in sorted(list_steps().items())}
