"""Remove video cards: a line that is only a duration ("1:30"), and the card's title after it.

A video card scraped to text is a player notice and/or a duration line, then a short title:

    Please use Chrome browser for a more accessible video player
    1:30
    PM confirms 'return hubs' plan

Durations come as ``1:30``, ``01:30``, ``1:02:33``, ``Duration 1:30``, ``1:30 min`` or ``▶ 1:30``.
Times inside prose are never touched (the line must be the duration alone, and a bare time between
the two halves of a sentence broken across lines stays), and a run of bare
times of day in rising order (a list of kick-off times) is kept unless a player notice announces it.
A run of bare times is taken for a schedule when the times rise and are all round (minutes a
multiple of five: 12:30, 15:00, 17:30): durations of clips rarely are (3:53, 5:23). And the bare
times of a whole text are a timeline when there are TIMELINE_MIN_TIMES or more and each is earlier
(or each later) than the one before: a live blog's entries, newest first ("18:40", "18:15",
"17:50", each over its headline and its paragraphs), however far apart they stand.
The title is taken only when it looks like one: short, and not ending like a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..config import Config
from ..document import Document
from ..punctuation import AFTER_SENTENCE
from ..registry import Mark, register_cleaner
from ._table import family_table

# The whole (stripped) line is a duration. Bounded repeats only: no backtracking blow-up.
DURATION = regex.compile(
    r"""
    [(\[]?
    (?:(?P<label>duration|length|runtime|running\ time|video\ length|dauer|länge|laufzeit|durée
        |duración|durata|duração|duur)\s{0,3}:?\s{0,3}
      |(?P<play>[▶►▷⏵⏯]\ufe0f?)\s{0,3})?
    (?P<time>(?P<hours>\d{1,2}:)?(?P<minutes>\d{1,3}):(?P<seconds>[0-5]\d))
    (?:\s{0,3}(?P<unit>min|mins|minutes|minute|min\.|minuten|minutos|minuti))?
    [)\]]?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A bare time of day ("15:00"): what a kick-off list is made of.
BARE_TIME = regex.compile(r"(\d{1,2}):([0-5]\d)")
# A title ends like a headline: no full stop, comma, colon or semicolon at the end.
SENTENCE_END = regex.compile(rf"[.,;:!…]{AFTER_SENTENCE}$")
STARTS_LIKE_TITLE = regex.compile(r"[\p{L}\p{N}'\"‘“«¿¡]")
# A sentence broken across lines around a bare time ("The train leaves at / 10:45 / and arrives
# at noon."): the line before ends in a lower-case word, the line after starts with one. A card's
# duration follows a sentence's end, a notice or a label ("Video"), and its title starts like a
# headline.
ENDS_MID_SENTENCE = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{1,40},?$")
STARTS_MID_SENTENCE = regex.compile(r"\p{Ll}{1,40}(?![\p{L}\p{N}])")
#: Times in a schedule are round: their minutes are a multiple of this.
SCHEDULE_MINUTE_STEP = 5
#: Longest line tested as a player notice (as in player_notices).
MAX_NOTICE_CHARS = 160
#: How far around a bare time we look for other times that would make it a list.
LIST_WINDOW = 3
#: The fewest bare times of day, in order, that make a timeline (a live blog's timestamps). The
#: durations of a rail of videos fall in order by chance: three of them one time in three, four
#: one time in twelve (either way round).
TIMELINE_MIN_TIMES = 4


def _is_strong_duration(m: regex.Match) -> bool:
    return bool(m.group("label") or m.group("play") or m.group("unit") or m.group("hours"))


def _looks_like_title(line: str, config: Config) -> bool:
    text = line.strip()
    if not text or len(text) > config.video_cards.max_title_chars:
        return False
    words = text.split()
    if len(words) > config.video_cards.max_title_words:
        return False
    return bool(STARTS_LIKE_TITLE.match(text)) and not SENTENCE_END.search(text) and not DURATION.fullmatch(text)


def _time_of_day(m: regex.Match, after_notice: bool) -> int | None:
    """The minutes since midnight of a bare time of day ("18:40": no label, no play sign, no
    player notice before it, under 24 hours), or None for any other duration-shaped line."""
    if after_notice or _is_strong_duration(m):
        return None
    hours, minutes = int(m.group("minutes")), int(m.group("seconds"))
    return hours * 60 + minutes if hours < 24 else None


def _is_timeline(entries: list[tuple[int, regex.Match, bool]]) -> bool:
    """Whether the bare times among *entries* (every duration-shaped line of a text: kept
    position, match, follows a player notice) are a timeline: TIMELINE_MIN_TIMES or more times of
    day, each earlier than the one before, or each later."""
    values = [t for _, m, after_notice in entries if (t := _time_of_day(m, after_notice)) is not None]
    if len(values) < TIMELINE_MIN_TIMES:
        return False
    pairs = list(zip(values, values[1:]))
    return all(a > b for a, b in pairs) or all(a < b for a, b in pairs)


def _is_schedule(group: list[tuple[int, regex.Match, bool]]) -> bool:
    """Whether a group of nearby duration-shaped lines is a schedule of times of day.

    *group* holds (kept position, match, follows a player notice). A schedule has two or more
    bare times (see :func:`_time_of_day`), all round, in rising order.
    """
    if len(group) < 2:
        return False
    values = [_time_of_day(m, after_notice) for _, m, after_notice in group]
    # Round: the minutes past the hour are a multiple of SCHEDULE_MINUTE_STEP.
    if any(t is None or t % 60 % SCHEDULE_MINUTE_STEP for t in values):
        return False
    return all(a < b for a, b in zip(values, values[1:]))  # type: ignore[operator]


@register_cleaner("video_cards", settles=True)
def drop_video_cards(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove video cards: a duration line ("1:30"), the title after it, and the notice before it.

    Why: a duration alone on a line is what is left of a video player; the short line after it is
    the video's title, not part of the story. A player notice directly followed by a title is a
    card without a duration. The whole card goes, so running this step twice changes nothing more.

    >>> from cleantext import Pipeline
    >>> Pipeline(["video_cards"]).clean(
    ...     "They would be for failed asylum seekers.\\n"
    ...     "1:30\\n"
    ...     "PM confirms 'return hubs' plan\\n"
    ...     "Downing Street said so.\\n"
    ...     "The match kicks off at 1:30pm.")
    'They would be for failed asylum seekers.\\nDowning Street said so.\\nThe match kicks off at 1:30pm.'
    """
    notices = family_table("player_notices", config)
    kept = doc.kept()

    # The player notices of at most MAX_NOTICE_CHARS characters, found once: matching_lines tries
    # only the lines the table can match, and the loop at the end asks about every line.
    notice_lines = {i for i, _ in notices.matching_lines(doc, MAX_NOTICE_CHARS)}

    def is_notice(pos: int) -> bool:
        return kept[pos][0] in notice_lines

    def title_at(pos: int) -> bool:
        return pos < len(kept) and _looks_like_title(kept[pos][1], config) and not is_notice(pos)

    def notices_before(pos: int) -> Iterator[Mark]:
        """The run of player notices right before kept position *pos* (all belong to the card)."""
        k = pos - 1
        while k >= 0 and is_notice(k):
            k -= 1
        for j in range(k + 1, pos):
            yield kept[j][0], "card-notice", "player notice of a video card"

    # Group duration-shaped lines that stand within LIST_WINDOW lines of each other; a group is
    # kept whole (a schedule) or removed whole (video cards), so a second run decides the same.
    groups: list[list[tuple[int, regex.Match, bool]]] = []
    for pos, (_, line) in enumerate(kept):
        text = line.strip()
        m = DURATION.fullmatch(text) if len(text) <= 40 and ":" in text else None
        if m is None:
            continue
        entry = (pos, m, pos > 0 and is_notice(pos - 1))
        if groups and pos - groups[-1][-1][0] <= LIST_WINDOW:
            groups[-1].append(entry)
        else:
            groups.append([entry])

    def inside_a_sentence(pos: int) -> bool:
        """Whether the line at kept position *pos* stands between two halves of a sentence."""
        return (
            0 < pos < len(kept) - 1
            and ENDS_MID_SENTENCE.search(kept[pos - 1][1].rstrip()[-60:]) is not None
            and STARTS_MID_SENTENCE.match(kept[pos + 1][1].lstrip()) is not None
        )

    # The titles of cards without a duration (a player notice, then a title), known before the
    # durations are judged: a line after such a title is no second half of its sentence. (Found
    # by the idempotence property: in "Please use Chrome browser … / 5 min read / 1:30 / a" the
    # time was read inside "5 min read … a"; a second run, without the card, took it.)
    notice_titles = [
        pos + 1 for pos in range(len(kept) - 1) if is_notice(pos) and not DURATION.fullmatch(kept[pos + 1][1].strip()) and title_at(pos + 1)
    ]
    taken_titles: set[int] = set(notice_titles)
    timeline = _is_timeline([entry for group in groups for entry in group])
    for group in groups:
        if _is_schedule(group):
            continue
        for pos, m, after_notice in group:
            if timeline and _time_of_day(m, after_notice) is not None:
                continue  # an entry's time in a live blog, which its headline follows
            # A time of day in a sentence broken across lines is not a duration; but a card title
            # this step has just taken is not the first half of a sentence (in "1:30 / Politics
            # latest: ... / 1:30 / a", a second run would no longer see it, and take the time).
            if not (after_notice or _is_strong_duration(m)) and pos - 1 not in taken_titles and inside_a_sentence(pos):
                continue
            yield from notices_before(pos)
            yield kept[pos][0], "duration", f"video duration {m.group('time')}"
            if title_at(pos + 1):
                taken_titles.add(pos + 1)
                yield kept[pos + 1][0], "card-title", "video card title (short line after a duration)"
    for pos in notice_titles:
        yield from notices_before(pos)
        yield kept[pos][0], "card-title", "video card title (short line after a player notice)"
