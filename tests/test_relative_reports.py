"""Reports inside a relative clause on the writer's noun (:mod:`analysis.corpus.relative_reports`).

Every sentence here was written for this file in the style of wire copy and Korean
English-language press; none is copied from an outlet. The expected readings were checked by
hand against the rules of ``data/voices_README.md`` (reported words about half of the sentence
or more).
"""

import pytest

from analysis.corpus.minor_reports import reporting_clause
from analysis.corpus.quotes import outside_quotes, quote_spans
from analysis.corpus.relative_reports import minor_relative_report
from tests.speaker_rows import voice_speaker_rows as rows


def _minor(sentence: str, raw: str) -> bool:
    outside = outside_quotes(sentence, 0, len(sentence), quote_spans(sentence))
    return minor_relative_report(sentence, outside, raw, reporting_clause)


@pytest.mark.parametrize("sentence", [
    # "in which" on an event of the writer's narration, the report at the end
    "The accord was signed by the two leaders during their summit in Manila, in which Tokyo "
    "reaffirmed its pledge to share radar data with the coast guard, which patrols the shoals.",
    # "which" in the middle, closed by its comma; the writer's claim goes on after it
    "The new rocket uses a liquid engine, which the army noted last year takes hours to fuel, "
    "so its launch sites are easy to spot from orbit.",
    # a quotation that closes the relative clause with its comma
    "The measures, which aides said will be known as the \"Manila Compact,\" come as the "
    "prime minister hosts his counterpart for a three-day state visit.",
])
def test_relative_report_on_the_writers_noun_is_the_writers(sentence):
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the relative clause holds most of the sentence: the report is its claim
    ("Canberra sent a frigate, which the navy said would monitor fishing fleets that have "
     "entered the disputed waters near the reef in recent weeks.", "navy"),
    # a relative clause on a text gives that text's content, which the main clause introduces
    ("Minister Cho gave an interview to a local paper, in which Cho argued that the drills "
     "must go on.", "Cho"),
    # the source after the relative clause's closing comma is the main clause's
    ("At the rally in Daegu, where he was cheered by a crowd of veterans, Lee said the pact "
     "would keep the country safe for decades.", "Lee"),
    # a comma inside a number does not close the clause: the report is most of the sentence
    ("Pyongyang fired a rocket on Friday, which the army said flew about 1,000 km before it "
     "fell into the sea.", "army"),
    # a main clause with its own reporting verb keeps the sentence reported
    ("The ministry said the drill was routine, which the envoy confirmed on Monday.", "ministry"),
])
def test_relative_report_that_is_not_minor_stays_reported(sentence, speaker):
    voice, got = rows(sentence)[0]
    assert voice == "quoted"
    assert speaker in (got or "")


def test_pronoun_source_in_a_relative_clause_is_not_minor():
    sentence = ("The district in the south of the province drew forty candidates for the "
                "seats on its new school board, which he said were split evenly.")
    assert not _minor(sentence, "he")
    assert _minor(sentence.replace("he said", "the clerk said"), "the clerk")


def test_quotation_outside_the_relative_clause_keeps_the_reading():
    sentence = ("Park called the talks \"a turning point,\" which the envoy said would open "
                "a new channel.")
    assert not _minor(sentence, "the envoy")
