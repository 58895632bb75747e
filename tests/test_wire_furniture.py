"""A wire story's end mark and credit line are nobody's words and carry no measure."""

from __future__ import annotations

import math

import pytest

from analysis.corpus import Document
from analysis.tables.sentences import sentence_table

STORY = ("Allies sign nuclear pact\n\n"
         "SEOUL, April 26 (Yonhap) -- The allies signed a pact on Wednesday to deter North "
         "Korea, officials said.\n\n"
         "(Reporting by Kim Min-ji; Additional reporting by Jane Doe; Editing by John Smith)"
         "\n\n(END)")


def test_end_mark_and_credit_line_are_stage_text():
    doc = Document.from_text(STORY, "wire")
    voices = [(s.text, s.voice, s.speaker) for s in doc.sentences]
    assert voices[1][1:] == ("quoted", "officials")
    assert voices[2][1:] == ("stage", None) and voices[2][0].startswith("(Reporting by")
    assert voices[3] == ("(END)", "stage", None)
    table = sentence_table([doc])
    stage = table[table["voice"] == "stage"]
    assert len(stage) == 2
    assert not stage[[c for c in table.columns if c.startswith("frame_")]].any().any()
    assert all(math.isnan(t) for t in stage["tone"])


@pytest.mark.parametrize("line", [
    "The END of talks came in 2019, officials said.",
    "(The ministry did not respond to a request for comment.)",
    "Reporting by the Yonhap agency showed the visit went ahead.",
])
def test_sentences_that_only_resemble_furniture_are_read_as_usual(line):
    doc = Document.from_text(f"Pact signed\n\n{line}", "d")
    assert doc.sentences[-1].voice != "stage"
