"""The site template: lines learned from several pages of one site, removed with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Config, SiteTemplate

FURNITURE = ["Home | News | Sport | Weather", "Follow us on Mastodon", "© 2025 Example News. All rights reserved."]


def page(k: int) -> str:
    story = [
        f"Story {k}: the council voted on plan number {k} on Monday, officials said.",
        f"Residents of district {k} said they had not been asked before the vote.",
    ]
    return "\n".join([FURNITURE[0], *story, FURNITURE[1], FURNITURE[2]]) + "\n"


def test_lines_on_most_pages_are_learned_and_removed_with_a_reason() -> None:
    pages = [page(k) for k in range(6)]
    template = SiteTemplate.learn(pages)
    assert template.pages == 6 and len(template) == 3
    result = cleantext.clean_document(pages[2], config=Config(site_template=template))
    assert result.text.splitlines() == pages[2].splitlines()[1:3]
    assert [r.cleaner for r in result.removals] == ["site_template"] * 3
    assert result.removals[0].reason == "site template: on 6 of 6 pages of the site"


def test_lines_are_compared_as_phrase_keys() -> None:
    template = SiteTemplate.learn([page(k) for k in range(4)])
    assert "  home | NEWS | sport |   weather " in template
    assert "Home | News" not in template


def test_without_a_template_the_step_removes_nothing() -> None:
    text = page(1)
    assert cleantext.Pipeline(["site_template"]).clean(text) == text
    assert "site_template" in cleantext.DEFAULT_STEPS


def test_too_few_pages_or_too_rare_lines_give_no_template() -> None:
    assert len(SiteTemplate.learn([page(0), page(1)])) == 0  # under MIN_PAGES
    pages = [page(k) for k in range(3)] + [f"Another layout {k}\nOnly prose here, on page {k}.\n" for k in range(5)]
    assert len(SiteTemplate.learn(pages)) == 0  # on 3 of 8 pages: under half
    assert len(SiteTemplate.learn(pages, min_share=0.3)) == 3


def test_bad_input_is_refused() -> None:
    with pytest.raises(TypeError):
        SiteTemplate.learn([b"bytes are not text"])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        SiteTemplate.learn([page(0)], min_share=0)
    with pytest.raises(ValueError):
        SiteTemplate.learn([page(0)], min_pages=0)


@settings(max_examples=60, deadline=None)
@given(
    shared=st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), min_size=1, max_size=40), max_size=4),
    own=st.lists(st.lists(st.text(min_size=1, max_size=60), max_size=5), min_size=3, max_size=8),
)
def test_a_line_on_fewer_pages_than_min_pages_is_never_template(shared: list[str], own: list[list[str]]) -> None:
    pages = ["\n".join(shared + [f"{k}-{line}" for line in lines]) for k, lines in enumerate(own)]
    template = SiteTemplate.learn(pages, min_pages=3)
    for key, count in template.lines.items():
        on_pages = sum(1 for p in pages if key in {cleantext.rules.phrase_key(line) for line in p.splitlines()})
        assert count == on_pages >= 3
