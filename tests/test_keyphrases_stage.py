"""No keyphrase comes from a line a document reads as stage: a remarks page's place line
(*Springfield, D.C.*) gave two of its top keyphrases (analysis/metrics/furniture.py
blank_stage, used by keyphrases_table, keyphrases_jsonl and the export).

The text was written for this file; none is copied.
"""

from analysis.corpus import Corpus, Document
from analysis.metrics.furniture import blank_stage
from analysis.metrics.keyphrases import keyphrases_jsonl, keyphrases_table

REMARKS = ("Remarks\n\nAna Ruiz, Secretary of Trade\n\nSpringfield, D.C.\n\nMarch 3, 2024\n\n"
           "SECRETARY RUIZ: Good afternoon. The harbour pact makes clear that our commitment to "
           "the islands is firm.\n\n"
           "QUESTION: Will the harbour pact survive the election?\n\n"
           "SECRETARY RUIZ: The harbour pact will survive. Our partners in Port Vila know it.")


def test_stage_lines_give_no_keyphrase():
    doc = Document.from_text(REMARKS, "remarks")
    assert [s.voice for s in doc.sentences[:4]] == ["stage"] * 4
    table = keyphrases_table(Corpus([doc]), k=8)
    assert table["keyphrase"].tolist() == ["harbour pact", "commitment", "firm", "partners",
                                           "Port Vila"]
    (row,) = keyphrases_jsonl(Corpus([doc]), k=8)
    assert row["keyphrases"] == table["keyphrase"].tolist()


def test_blank_stage_keeps_every_offset():
    doc = Document.from_text(REMARKS, "remarks")
    blanked = blank_stage(doc)
    assert len(blanked) == len(doc.text)
    assert blanked.startswith("       \n\n") and "D.C." not in blanked
    speech = doc.sentences[4]
    assert blanked[speech.start:speech.end] == speech.text
