"""A line that only says who reported the sentence before it is the writer's
(:mod:`analysis.corpus.relay_lines`). Sentences written for these tests in the style of relay
coverage by news agencies."""

import pytest

from analysis.corpus.relay_lines import reports_the_previous
from tests.speaker_rows import voice_speaker_rows


@pytest.mark.parametrize("line", [
    "This was reported by the Nikkei daily.",
    "This was reported by the agency AFP, citing South Korean officials, according to Interfax.",
    "That was first announced by the presidential office.",
])
def test_a_line_naming_who_reported_the_previous_sentence_is_the_writers(line):
    text = "Seoul is weighing a larger naval budget for next year. " + line
    assert voice_speaker_rows(text)[-1] == ("authorial", None)


@pytest.mark.parametrize("line", [
    "It was reported by Yonhap that the talks would resume in June.",
    "This was reported by the daily, which said “the plan is final.”",
])
def test_a_relay_line_with_content_is_no_bare_relay(line):
    assert not reports_the_previous(line)


def test_a_passive_report_with_its_content_stays_the_sources():
    text = "It was reported by Yonhap that the talks would resume in June."
    assert voice_speaker_rows(text)[0][0] == "quoted"
