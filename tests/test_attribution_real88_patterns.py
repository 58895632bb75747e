"""Voice patterns of the session that collected the blind set real88 (the declaration and its
first months, 2023), on sentences written for these tests in the styles of wire copy and the
Korean English-language press (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The panel, responsible for monitoring sanctions on North Korea, said the North had evaded "
     "the measures through ship-to-ship transfers.", "the panel"),
    ("The committee, tasked with reviewing the base relocation, said the cost would rise.",
     "the committee"),
    ("The commission, set up by the defence ministry in March, said the transfer could take "
     "years.", "the commission"),
])
def test_an_adjective_or_participle_aside_leaves_the_subject_before_it(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]


ANCHOR = (
    "HOLLIS: Good evening, a busy night at the Pentagon. The defence secretary is set to meet "
    "his Japanese counterpart on Friday.\n\n"
    "Their talks will be followed by a joint briefing. I want to bring in our correspondent, "
    "who joins us now from Tokyo.\n\n"
    "It's good to have you with us.")


def test_a_transcript_excerpt_under_one_name_in_capitals_is_that_speaker_s_turn():
    assert set(rows(ANCHOR)) == {("speech", "Hollis")}


@pytest.mark.parametrize("text", [
    # a dateline, a rubric, or no first or second person: an article's label
    "SEOUL: The allies held talks on Friday. Officials said the drills would go on.\n\n"
    "The ministry gave no details.",
    "UPDATE: The ministry said the launch was a ballistic missile.\n\n"
    "We will update this story as we learn more.",
    "HOLLIS: The allies held talks on Friday.\n\nThe ministry gave no details.",
])
def test_a_single_capitalised_label_without_an_audience_is_no_turn(text):
    assert "speech" not in {voice for voice, _ in rows(text)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the source that closes the sentence after a relative clause reports all of it
    ("The president and the first lady plan to host the visiting leader for a state visit, "
     "which includes a state dinner on Wednesday, the White House said in a media advisory.",
     [("quoted", "White House")]),
    # the antecedent of a relative clause that carries most of the sentence
    ("The flight data matched the assessment of the Japanese coast guard, which said the "
     "missile landed outside the country's exclusive economic zone and that no ship had "
     "reported any damage.", [("quoted", "Japanese coast guard")]),
    ("The carrier docked after a long voyage across the Pacific, which officials said was "
     "routine.", [("authorial", None)]),
    # As and a report with a noun object: the writer's cause, the main claim the writer's
    ("As North Korea has mentioned the preemptive use of nuclear weapons against the South, "
     "fears have grown in Seoul that Washington would stay out of a war.", [("authorial", None)]),
    ("As the minister noted in his speech, the alliance has never been stronger.",
     [("quoted", "the minister")]),
    ("As Biden said last week, the alliance is the linchpin of peace.", [("quoted", "Biden")]),
    # an aside over a purpose alone, and a negated explanation
    ("The allies have staged larger drills this year, in order, they say, to better counter "
     "the North's missile threats.", [("authorial", None)]),
    ("He did not explain the intelligence that led him to believe this.", [("authorial", None)]),
])
def test_sentence_readings(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("Meanwhile at the summit, the United States and South Korea appear to have drawn a line. "
     "They have warned that they will not tolerate any nuclear use by the North.",
     "the United States and South Korea"),
    ("Biden and Yoon met at the White House on Wednesday. They said the alliance had never been "
     "stronger.", "Biden and Yoon"),
])
def test_they_after_two_names_joined_as_the_subject(text, speaker):
    assert rows(text)[-1] == ("quoted", speaker)


def test_issuing_a_named_document_is_an_act_not_a_report():
    text = ("Biden and Yoon met at the White House on Wednesday. They said the alliance had "
            "never been stronger. There the two men jointly issued the \"Washington "
            "Declaration,\" a pact that deepens their nuclear planning.")
    assert rows(text)[-1] == ("authorial", None)


def test_a_document_named_in_quotation_marks_after_an_article_is_no_quotation():
    from analysis.corpus.quoted_titles import without_titles
    text = 'The two men issued the "Washington Declaration," a pact on planning.'
    span = (text.index('"') + 1, text.index('"', text.index('"') + 1))
    assert without_titles(text, [span]) == []
    said = 'He said "the declaration" was only a start.'  # lower case: someone's words
    inner = (said.index('"') + 1, said.index('"', said.index('"') + 1))
    assert without_titles(said, [inner]) == [inner]


@pytest.mark.parametrize(("text", "expected"), [
    # a kicker's label before a headline in title case is no speaker's turn
    ("FIX IS IN: Moderators Ignore The Foundation Scandal.\n\nWe now know the bureau is "
     "looking into it too.", {"speech": False}),
    # a listener by name after As: the main clause is the source's
    ("As Clinton told the New York Daily News, tax relief is given in exchange for jobs.",
     {"quoted": True}),
])
def test_guards_from_polnear_train(text, expected):
    voices = {voice for voice, _ in rows(text)}
    assert all((voice in voices) is present for voice, present in expected.items())


def test_a_clause_before_who_is_no_antecedent():
    assert rows("A jury found Zimmerman, who alleged that Martin was trying to bash his head "
                "on the pavement during a struggle, not guilty.")[0][1] != \
        "jury found Zimmerman"


def test_a_named_source_in_a_purpose_aside_still_reports():
    assert rows("The carrier group sailed into Busan in order, officials said, to show "
                "Pyongyang the allies' resolve.") == [("quoted", "officials")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # review rv88: a name in apposition speaks for its description; a name with no article
    ("The statement came from Kim Yo Jong, the leader's sister, who said the drills were a "
     "rehearsal for invasion and that the North would answer with overwhelming force.",
     "Kim Yo Jong"),
    ("The ministry quoted Kim Yo Jong, who said the drills were a rehearsal for an invasion of "
     "the North and would be met with force.", "Kim Yo Jong"),
    ("The panel, critical of Washington's tariff policy, said Seoul needs a new trade "
     "strategy.", "the panel"),
])
def test_review_rv88_speakers(sentence, speaker):
    assert rows(sentence) == [("quoted", speaker)]


def test_a_name_after_a_preposition_is_no_antecedent():
    assert rows("The change is likely to placate nervous Democrats on Capitol Hill, who have "
                "argued that it helps them down the ballot every single time.") == [
        ("authorial", None)]
