"""The characters that may close a sentence after its full stop, shared by every step that asks
whether a line ends like a sentence.

Quotation marks close differently by language: English and Dutch "…" and “…”, German „…“ and
‚…‘ (the closing mark is the one English opens with), German and Danish »…« (closed by «),
Swiss and French «…» (closed by »; but see :data:`AFTER_SENTENCE` on French print's « … »),
Swedish and Finnish ”…”, Chinese and Japanese 「…」 and 『…』. A line ending ``Spaß.“`` or
``です。」`` ends a sentence as surely as one ending ``fun.”``; a test that knows only ``”``
and ``»`` takes German and Japanese quotations for lines without an end, and the
``boilerplate`` step scored a quoted German paragraph (mopo.de: "… hat man richtig Spaß.“") as
furniture for it.

Only closing marks: ``„`` and ``「`` open a quotation and never follow a sentence's end.
"""

from __future__ import annotations

#: Every mark that may close a quotation, for use inside a regex character class (none of them is
#: special there) or with ``str.endswith``.
CLOSING_QUOTES = "\"'”“’‘»«›‹」』"

#: A full stop followed by the quote that closes its sentence's quotation ('.”', '.“', '.»'), for
#: the steps that compare a line's last characters with ``str.endswith``.
QUOTED_FULL_STOPS = tuple(f".{quote}" for quote in CLOSING_QUOTES)

#: What may stand between a sentence's last mark and the end of its line, as a regex: up to three
#: closing quotes or brackets, right after it. Not the space French typography sets before "»"
#: ("C’est fini. »"): German teaser lists end each teaser with " »" as a "read more" arrow
#: ("... vor Ende des 2. Weltkriegs produziert wurden. »", bos-fahrzeuge.info), and read as
#: sentences the teasers stayed; allowing it cost page snippet F1 0.0008 on the development pages.
AFTER_SENTENCE = rf"[{CLOSING_QUOTES})\]]{{0,3}}"
