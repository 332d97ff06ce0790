"""A sentence ends the same in every quoting convention, for every step that asks."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import hard_wrap, segmenter
from cleantext.boilerplate import STAGE1_FEATURES, line_features
from cleantext.cleaners import about_boxes, aggregator_tail, recent_comments, related_lists, video_cards

#: Quotations closed the way their languages close them: English, German („…“ and ‚…‘), German
#: and Danish (»…«), Swiss and French («…», without the space French print sets before »), Swedish
#: (”…”), Japanese (「…」).
QUOTED = [
    'She said it was "over."',
    "She said it was “over.”",
    "Er sagte: „Es ist vorbei.“",
    "Er sagte: ‚Es ist vorbei.‘",
    "Er sagte: »Es ist vorbei.«",
    "Il a dit : «C’est fini.»",
    "Han sa: ”Det är över.”",
    "彼は「もう終わりだ。」",
]


@pytest.mark.parametrize("line", QUOTED)
def test_the_line_classifier_reads_a_quotation_as_a_sentence_end(line: str) -> None:
    row = line_features([line])[0]
    assert row is not None and row[STAGE1_FEATURES.index("ends_sentence")] == 1.0


@pytest.mark.parametrize("line", QUOTED)
def test_every_sentence_end_test_accepts_every_closing_quote(line: str) -> None:
    assert hard_wrap.SENTENCE_END.search(line)
    assert line.endswith(aggregator_tail.PROSE_ENDS)
    if "。" in line:
        return  # the steps below read the full stops of alphabetic scripts only
    assert related_lists.SENTENCE_OR_LABEL_END.search(line)
    assert video_cards.SENTENCE_END.search(line)
    assert recent_comments.PROSE_END.search(line)
    assert segmenter._closes_a_story(line)
    assert line.endswith(about_boxes.ABOUT_END)
    assert line.endswith(segmenter.STEP_ENDS)


@pytest.mark.parametrize("line", ["Er sagte: „", "Mehr zum Thema: Die Fahrzeuge der Nachkriegszeit. »"])
def test_an_opening_quote_or_a_more_arrow_is_no_sentence_end(line: str) -> None:
    # " »" after a teaser is a "read more" arrow, not a French closing quote.
    row = line_features([line])[0]
    assert row is not None and row[STAGE1_FEATURES.index("ends_sentence")] == 0.0


def test_a_quoted_german_paragraph_stays_among_its_article() -> None:
    # The last paragraph ends with a German closing quote; before the shared closing marks the
    # classifier read it as a line without an end, like a menu's.
    article = "\n\n".join(
        [
            "Der Verein hat am Montag seinen neuen Trainer vorgestellt, der schon im Sommer beginnen soll.",
            "Er kommt aus der zweiten Liga und hat dort drei Jahre lang eine junge Mannschaft geführt.",
            "Die Fans hatten sich lange einen Trainer gewünscht, der auf die eigene Jugend setzt.",
            "Was aber erwartet ihn in der neuen Liga? Er weiß es genau: „Das wird nicht leicht, aber wenn die Mannschaft mitzieht, haben wir richtig Spaß.“",
        ]
    )
    assert cleantext.clean(article) == article
