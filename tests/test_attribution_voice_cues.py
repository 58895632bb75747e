"""Reporting cues and voice on the forms of Washington Declaration coverage (issue 13): joint
speakers, kicker lines, reporting participles used as adjectives, announcements of events, and
the lines that are never quotations (questions, headlines, datelines).

Every sentence here was written for this file in the style of wire copy, Korean
English-language press and White House releases; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.cues import find_reporting_clause
from analysis.corpus.joint_subjects import joint_speaker
from analysis.corpus.kickers import is_kicker
from analysis.corpus.paragraph_labels import paragraph_label


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


# --- joint speakers ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Biden and Yoon said in a joint statement that the alliance would answer any attack.",
     "Biden and Yoon"),
    ("President Biden and President Yoon said in a joint statement on Wednesday that the two "
     "nations would set up a consultative group.", "Biden and Yoon"),
    ("The U.S. and South Korea said in a joint statement that they would hold the drills.",
     "U.S. and South Korea"),
    ("Washington and Seoul said they would share more intelligence on missile launches.",
     "Washington and Seoul"),
])
def test_a_joint_statement_is_reported_speech_with_both_speakers(text, speaker):
    assert rows(text) == [("quoted", speaker)]


def test_a_joint_subject_needs_two_names_opening_the_sentence():
    # a conjunction or "Both" before the names, or a clause of the writer's, is no joint name
    assert find_reporting_clause("But Yoon and Kishida said they would meet in May.",
                                 False)[0] == "Kishida"
    assert find_reporting_clause("Seoul fired a flare, and Yoon said the drills would go on.",
                                 False)[0] == "Yoon"
    assert joint_speaker("the leaders and officials") is None
    assert joint_speaker("Biden and Yoon and Kishida") is None


# --- kicker lines -----------------------------------------------------------------------------

@pytest.mark.parametrize("kicker", [
    'WATCH: "We will respond decisively," Biden says',
    "READ MORE: Yoon says the alliance has never been stronger",
    'Related: "A bond forged in blood": Yoon addresses Congress',
    "RECOMMENDED: North Korea's Kim Yo Jong slams nuclear declaration",
])
def test_a_kicker_line_is_neither_a_speaker_label_nor_reported_speech(kicker):
    text = f"The two leaders met for two hours.\n\n{kicker}\n\nThe visit lasted six days."
    assert rows(text) == [("authorial", None)] * 3
    start = text.index(kicker)
    assert is_kicker(text, start)
    assert paragraph_label(text, start, start + len(kicker)) is None


def test_a_speaker_label_and_a_sentence_opening_with_more_stay_as_they_were():
    assert not is_kicker("More than 100 lawmakers said they would attend.", 0)
    assert rows("Yoon: The alliance has never been stronger.")[0] == ("quoted", "Yoon")


# --- reporting participles used as adjectives --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The measures announced on Wednesday fall short of redeploying tactical nuclear weapons.",
    "Under the agreement announced Wednesday, Seoul will not seek its own nuclear arsenal.",
    "The commitments stated in the declaration are not legally binding.",
    "The steps announced by the two leaders mark a shift in the alliance.",
    "The remarks, reported by Yonhap, were made at a closed-door meeting.",
])
def test_a_reporting_participle_used_as_an_adjective_reports_nothing(text):
    assert find_reporting_clause(text, False) == (None, False)
    if not text.startswith("Under"):  # there the learned model gives its own reading
        assert rows(text) == [("authorial", None)]


@pytest.mark.parametrize(("text", "speaker"), [
    # another verb reports: the participle's noun is the subject of that verb
    ("The statement, issued by the foreign ministry, described the drills as a rehearsal for "
     "invasion.", "The statement"),
    # the same form as a finite verb
    ("The ministry announced on Wednesday that it would send an envoy to Washington.",
     "The ministry"),
    ("The agreement stated that Seoul would remain a member of the NPT.", "The agreement"),
    ("After campaign aides insisted in June that he would stay, Yoon flew to Boston.",
     "campaign aides"),
    # a prepositional phrase that modifies the subject, not one opening the sentence (a group
    # from several sides is the group: analysis.corpus.group_subjects)
    ("Officials from the two countries reaffirmed that the group would meet in June.",
     "Officials"),
])
def test_a_finite_reporting_verb_of_the_same_form_still_reports(text, speaker):
    assert find_reporting_clause(text, False)[0] == speaker


# --- announcements of events -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Pentagon announced the deployment of a nuclear-armed submarine to the peninsula.",
    "The Pentagon announced the first-ever deployment of a ballistic missile submarine.",
    "Seoul announced the launch of a new nuclear consultative group.",
])
def test_announcing_an_event_is_the_writers_sentence(text):
    assert rows(text) == [("authorial", None)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Pentagon announced that it would deploy a submarine.", "Pentagon"),
    ("Yoon announced a plan to visit Tokyo in May.", "Yoon"),
    ("The ministry announced the deployment would begin in June.", "ministry"),
])
def test_announcing_content_is_still_reported_speech(text, speaker):
    voice, got = rows(text)[0]
    assert voice == "quoted" and speaker in got


# --- never quotations ---------------------------------------------------------------------------

def test_questions_headlines_and_datelines_are_never_quotations():
    text = ("Biden vows 'overwhelming' response to any North Korean attack\n\n"
            "SEOUL, April 27 (Yonhap) -- President Yoon Suk Yeol said Thursday the declaration "
            "was a milestone.\n\n"
            "Will Washington really trade Los Angeles for Seoul? Few analysts think so.")
    got = rows(text)
    assert got[0] == ("authorial", None)
    assert got[1] == ("quoted", "Yoon Suk Yeol")
    assert got[2] == ("authorial", None)


# --- a bare reporting clause --------------------------------------------------------------------

def test_a_bare_reporting_clause_is_the_writers_but_names_the_quotations_speaker():
    text = ("“What is Pyongyang hiding?” Mr. Kim asked.\n\n"
            "The spokesperson added:\n\n"
            "We will respond to any provocation. The drills will go ahead.")
    # "“...?” Mr. Kim asked." is one sentence (sentences.py): its name and verb close it
    assert rows(text) == [("quoted", "Kim"), ("authorial", None),
                          ("quoted", "the spokesperson"), ("quoted", "the spokesperson")]
    # not split from its quotation by punctuation: it reads as indirect speech
    assert rows("The ministry said. “The drills are a rehearsal for invasion.”") == [
        ("quoted", "the ministry"), ("quoted", "the ministry")]
