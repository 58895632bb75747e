"""Stage directions in square brackets ([In progress], [Via translator], [Crosstalk]), as
transcription services and broadcast transcripts write them, are furniture: never keyphrase
candidates (issue 14). An editor's insertion inside a quotation ([the North]) is words."""

from __future__ import annotations

from analysis.corpus import Document
from analysis.metrics.furniture import mask_furniture
from analysis.metrics.keyphrases import keyphrases_table


def test_square_bracketed_stage_directions_are_blanked_at_the_same_length():
    text = "[In progress] [Via translator] It is an honour. [Crosstalk] [Video begins in progress]"
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    for words in ("progress", "translator", "Crosstalk", "Video"):
        assert words not in masked
    assert "It is an honour." in masked


def test_an_editors_insertion_in_square_brackets_stays():
    text = "“We will respond to [the North] with force,” he said."
    assert mask_furniture(text) == text


def test_stage_directions_are_no_keyphrases():
    text = ("Prime Minister Kim Min-seok: [In progress] [Via translator] You are the first "
            "American president to receive the Grand Order of Mugunghwa. [Inaudible] Our "
            "alliance with the United States is the bedrock of our security. [Via translator] "
            "We will work together on shipbuilding and on the troops stationed here.")
    doc = Document.from_text(text, doc_id="d")
    phrases = {p.lower() for p in keyphrases_table([doc], k=10)["keyphrase"]}
    assert not phrases & {"translator", "progress", "inaudible"}
