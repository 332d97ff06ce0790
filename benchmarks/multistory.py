"""Synthetic multi-story documents built from the development pages' ``article`` texts.

Scrapes of infinite-scroll and aggregator pages run several stories together. We have no gold for
that, so we make it: take trafilatura's extraction of each development page as one story and join
stories end to end, the way a scraper would, remembering where each one starts.

* ``single``: one story alone (at least 40% of the documents: these measure false splits);
* ``random``: the main story followed by one to three stories drawn from any page of the same
  language group;
* ``hard``: the same, but the appended stories come from the same site when there is one (same
  house style, often the same beat), otherwise from the same language group.

Everything is drawn from a seeded ``random.Random``, so a run is reproducible.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Literal

from baselines import devdata_pages, language_group

Kind = Literal["single", "random", "hard"]
MIN_STORY_LINES = 4
MIN_STORY_WORDS = 120


@dataclass(frozen=True)
class MultiStoryDoc:
    """A built document: its lines, the line index where each story starts, and where it came from."""

    lines: tuple[str, ...]
    starts: tuple[int, ...]
    kind: Kind
    lang: str
    #: The main story's page's "with" snippets: text the page's article must keep. The stories are
    #: article extractions, which keep some furniture (cookie settings, comment rules); a cut that
    #: removes none of these snippets removed no known story text.
    main_with: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    @property
    def boundaries(self) -> tuple[int, ...]:
        """Line indices where an appended story starts (empty for a single story)."""
        return self.starts[1:]

    @property
    def main_lines(self) -> tuple[str, ...]:
        end = self.starts[1] if len(self.starts) > 1 else len(self.lines)
        return self.lines[:end]


@dataclass(frozen=True)
class Story:
    lines: tuple[str, ...]
    site: str
    lang: str
    with_snippets: tuple[str, ...] = ()


def site_of(url: str) -> str:
    """The host of *url*, lower case, without "www.": pages of one site share it."""
    return url.split("://", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")


def stories_from_pages(pages: Iterable[dict]) -> list[Story]:
    """One story per page whose extracted article is long enough to be a story."""
    out = []
    for page in pages:
        lines = tuple(line.strip() for line in (page.get("article") or "").splitlines() if line.strip())
        if len(lines) < MIN_STORY_LINES or sum(len(line.split()) for line in lines) < MIN_STORY_WORDS:
            continue
        out.append(Story(lines, site_of(page["url"]), language_group(page["url"], page["text"]), tuple(page.get("with") or ())))
    return out


def build(stories: list[Story], n_docs: int, kind: Kind | Literal["mixed"] = "mixed", seed: int = 13, single_share: float = 0.45) -> list[MultiStoryDoc]:
    """``n_docs`` documents; with ``kind="mixed"``, ``single_share`` of them single stories and the
    rest split between ``random`` and ``hard``."""
    rng = random.Random(seed)
    by_lang: dict[str, list[int]] = defaultdict(list)
    by_site: dict[str, list[int]] = defaultdict(list)
    for k, story in enumerate(stories):
        by_lang[story.lang].append(k)
        by_site[story.site].append(k)
    docs = []
    for n in range(n_docs):
        main = rng.randrange(len(stories))
        if kind == "mixed":
            doc_kind: Kind = "single" if rng.random() < single_share else ("random" if n % 2 else "hard")
        else:
            doc_kind = kind
        chosen = [main]
        if doc_kind != "single":
            lang_pool = [k for k in by_lang[stories[main].lang] if k != main]
            site_pool = [k for k in by_site[stories[main].site] if k != main]
            pool = site_pool if doc_kind == "hard" and site_pool else lang_pool
            if not pool:
                pool = [k for k in range(len(stories)) if k != main]
            for _ in range(rng.randint(1, 3)):
                pick = rng.choice(pool)
                if pick not in chosen:
                    chosen.append(pick)
        lines: list[str] = []
        starts = []
        for k in chosen:
            starts.append(len(lines))
            lines.extend(stories[k].lines)
        docs.append(MultiStoryDoc(tuple(lines), tuple(starts), doc_kind, stories[main].lang, stories[main].with_snippets))
    return docs


def load(n_docs: int = 600, kind: Kind | Literal["mixed"] = "mixed", seed: int = 13) -> list[MultiStoryDoc]:
    """Build from the development pages (``CLEANTEXT_BENCH_PAGES`` limits how many are read)."""
    return build(stories_from_pages(devdata_pages()), n_docs, kind, seed)


@dataclass(frozen=True)
class PageWithStory:
    """A development page's whole text with another site's article appended, as an infinite-scroll
    scraper gives it: ``page`` is the development page (its ``with`` / ``without`` snippets still
    say what the page's own text should give), ``appended`` the paragraphs of the story that was
    added (lines of eight words or more, to look for in the output)."""

    text: str
    page: dict
    appended: tuple[str, ...]


def pages_with_a_story(pages: list[dict], n_docs: int = 250, seed: int = 5, whole_page: bool = False) -> list[PageWithStory]:
    """``n_docs`` pages, each followed by the ``article`` of a page from another site (one of at
    least 150 words), drawn with a seeded ``random.Random``. With *whole_page*, that other page's
    whole text follows (its menus, its footer and its article, as an infinite scroll of whole pages
    gives it); ``appended`` is still its article's paragraphs."""
    rng = random.Random(seed)
    donors = [(site_of(p["url"]), p) for p in pages if len((p.get("article") or "").split()) >= 150]
    out = []
    for k in rng.sample(range(len(pages)), min(n_docs, len(pages))):
        page = pages[k]
        site = site_of(page["url"])
        others = [donor for donor_site, donor in donors if donor_site != site]
        if not others:
            continue
        donor = rng.choice(others)
        extra = donor["text"] if whole_page else donor["article"]
        text = page["text"].rstrip("\n") + "\n" + extra
        paragraphs = tuple(line.strip() for line in donor["article"].splitlines() if len(line.split()) >= 8)
        out.append(PageWithStory(text, page, paragraphs))
    return out
