"""A report in a clause of time after the main clause (*..., a day after the allies warned
Pyongyang ...*) is the writer's narration, and neither the rules nor the learned second opinion
make the sentence someone's words; a subject that names no one (*Anything less will feed the
calls ...*) is no speaker (analysis/corpus/minor_reports.py, analysis/corpus/speakers.py).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from analysis.corpus import Document


def first(text):
    s = Document.from_text(text).sentences[0]
    return s.voice, s.speaker


@pytest.mark.parametrize("text", [
    "The North's state media made no mention on Friday of the new nuclear pact between Seoul "
    "and Washington, a day after the allies warned Pyongyang of an overwhelming response.",
    "The carrier docked in Busan on Monday, two days after Kim Yo Jong warned of stronger "
    "countermeasures against the drills.",
    "The destroyer left port on Sunday morning, hours before the ministry announced that the "
    "drills would be extended.",
    "Anything less will feed the calls for an independent nuclear deterrent.",
    "Nothing in the pact gives Seoul a say over the weapons themselves.",
])
def test_the_writer_narrates(text):
    assert first(text) == ("authorial", None)


def test_a_main_clause_report_stays_with_its_source():
    assert first("Seoul said on Friday the drills would go ahead, a day after Pyongyang warned "
                 "of a response.") == ("quoted", "Seoul")
    # the report opens the sentence: its clause is the main one
    assert first("After the allies warned Pyongyang of an overwhelming response, the North's "
                 "state media said the pact was a provocation.")[0] == "quoted"
