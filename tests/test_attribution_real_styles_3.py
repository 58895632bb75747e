"""Patterns of real coverage (second round): a press-conference excerpt opened by a role in
the room (``STAFF:``) and answered by a titled label, and joint speakers, which a later
singular role or body noun never stands for.

Every sentence here was written for this file in the style of Defense Department press
conferences, wire copy and Chinese and Russian statements as reported; none is copied from an
outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.reactions import reaction_source
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.transcripts import is_transcript


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


BRIEFING = ("STAFF: The joint news conference starts now. The minister speaks first.\n\n"
            "MINISTER OF NATIONAL DEFENSE LEE JONG-SUP (THROUGH INTERPRETER): Good afternoon.\n\n"
            "We met today to review the combined defense posture.\n\n"
            "Secretary Austin and I agreed to expand the drills.")


@pytest.mark.parametrize("role", ["STAFF", "MODERATOR"])
def test_an_excerpt_opened_by_a_role_label_and_answered_by_a_titled_one(role):
    # Was quoted and authorial: two labelled paragraphs, the first a role, made no transcript.
    text = BRIEFING.replace("STAFF", role)
    assert is_transcript(text, list(iter_sentences(text)))
    minister = "Minister Of National Defense Lee Jong-Sup"
    assert [(v, s) for v, s, _ in rows(text)] == [
        ("speech", role.capitalize())] * 2 + [("speech", minister)] * 3


def test_a_role_label_answered_by_another_role_makes_no_transcript():
    text = ("STAFF: The briefing will start shortly.\n\nMODERATOR: Thank you all.\n\n"
            "The ministers met for two hours.")
    assert not is_transcript(text, list(iter_sentences(text)))


def test_a_joint_speaker_is_no_later_spokesperson_nor_agency():
    # Was actor "Beijing and Moscow" for the spokesperson and "U.S. and South Korea" for
    # the agency: a joint speaker was kept as the last person and organisation.
    text = ("Beijing and Moscow said the drills undermined regional stability. "
            "The spokesperson said the allies should show restraint.\n\n"
            "The U.S. and South Korea said the exercise was defensive. "
            "The agency said the drills were a rehearsal for invasion.")
    got = rows(text)
    assert got[0] == ("quoted", "Beijing and Moscow", "Beijing and Moscow")
    assert got[1][2] != "Beijing and Moscow"
    assert got[3][2] != "U.S. and South Korea"


@pytest.mark.parametrize(("sentence", "source"), [
    ("The drills were met with concern from Moscow's foreign ministry.",
     "Moscow's foreign ministry"),
    ("The plan has drawn sharp criticism and threats from Chinese state media.",
     "Chinese state media"),
    ("The launch prompted swift condemnation from Tokyo over the timing.", "Tokyo"),
    ("The drill drew a rebuke from the ministry.", "ministry"),
    ("The ship drew fire from the coast.", None),
    ("The move faced no vote from the committee.", None),
])
def test_the_source_of_a_reaction_noun(sentence, source):
    assert reaction_source(sentence) == source


def test_a_reaction_noun_makes_its_source_speak():
    # Was authorial: no reporting verb.
    got = rows("The summit was met with concern from China's foreign ministry.")
    assert got == [("quoted", "China's foreign ministry", "China")]


@pytest.mark.parametrize(("text", "expected"), [
    # Was authorial: "reports" and "stated" were not read before their subject.
    ("A U.S. submarine has arrived in Busan ahead of the drills, reports Yonhap.",
     ("quoted", "Yonhap", "Yonhap")),
    # The Russian agencies' translated formula, the source after a fronted "About this".
    ("About this on Saturday stated Kim Yo Jong, sister of the North Korean leader.",
     ("quoted", "Kim Yo Jong", "Kim Yo Jong")),
    # Was authorial: "reminded" reports before a "that" clause.
    ("In a statement, the United States reminded North Korea that any attack would end "
     "the regime.", ("quoted", "United States", "United States")),
])
def test_inverted_and_reminding_reports(text, expected):
    assert rows(text) == [expected]


def test_reminded_of_reports_nothing():
    assert rows("The drills reminded many residents of the 2010 shelling.") == [
        ("authorial", None, None)]


def test_according_to_an_object_pronoun_is_the_person_it_stands_for():
    # Was speaker "her".
    got = rows("Kim Yo Jong issued a press statement on Friday. According to her, the "
               "declaration \"reflects the most hostile policy.\"")
    assert got[1] == ("quoted", "Kim Yo Jong", "Kim Yo Jong")


SPOKESMAN = ("PYONGYANG, May 1 (KCNA) -- A spokesman for the DPRK Foreign Ministry gave the "
             "following answer to a question raised by KCNA on Monday:\n\n"
             "The U.S. is deploying its strategic assets in the region.\n\n"
             "Such moves will never be tolerated, the spokesman said.")


def test_the_following_answer_of_a_spokesman_for_a_body_speaks_for_the_country():
    # Was speaker and actor "spokesman": the body after "for" was dropped.
    got = rows(SPOKESMAN)
    assert got[0] == ("authorial", None, None)
    assert got[1] == ("quoted", "spokesman for the DPRK Foreign Ministry", "North Korea")
    assert got[2][2] == "North Korea"


def test_the_spokesman_is_the_spokesman_for_the_body_named_before():
    # Was actor "spokesman": the indefinite role phrase was kept without its body.
    got = rows("A spokesperson for China's foreign ministry said the drills raised tension. "
               "The spokesperson said Beijing would watch the deployment closely.")
    assert got[0] == ("quoted", "spokesperson for China's foreign ministry", "China")
    assert got[1] == ("quoted", "the spokesperson", "China")


def test_a_sentence_of_a_printed_statement_that_quotes_a_name_is_still_the_statement():
    # Was authorial: the quoted name made it no part of the block.
    got = rows("Kim Yo Jong released the following press statement on Saturday:\n\n"
               "The \"Washington Declaration\" is the product of the most hostile policy.\n\n"
               "We will further strengthen our deterrent.")
    assert got[1:] == [("quoted", "Kim Yo Jong", "Kim Yo Jong")] * 2


def test_officials_in_a_capital_or_at_a_ministry_speak_for_the_country():
    # Was speaker and actor "officials": the according-to phrase stopped at "in" / "at".
    assert rows("The talks will open in June, according to officials in Seoul.") == [
        ("quoted", "officials in Seoul", "South Korea")]
    got = rows("The briefing will cover the schedule, according to officials at South Korea's "
               "foreign ministry. The officials said the group would meet in June.")
    assert [a for _, _, a in got] == ["South Korea", "South Korea"]


def test_a_report_in_a_newspaper_stays_the_report():
    assert rows("The plan was drafted in May, according to a report in The Korea Herald.") == [
        ("quoted", "report", "a report")]  # an unnamed source keeps its determiner


@pytest.mark.parametrize("text", ["The group was first announced at the summit in April.",
                                  "The measure was widely reported in Seoul."])
def test_a_passive_with_an_adverb_names_no_speaker(text):
    # Was quoted, speaker "group was first": the adverb hid the passive auxiliary.
    assert rows(text) == [("authorial", None, None)]


def test_a_date_between_subject_and_verb_is_no_part_of_the_subject():
    # Was speaker "state-run Global Times on April 29".
    got = rows("The state-run China Daily on May 2 suggested that Seoul would pay a "
               "price.")
    assert got[0][1] == "state-run China Daily"


def test_a_transcript_label_of_titles_and_a_full_name_links_to_the_name():
    # Was actor "Minister Of National Defense Lee Jong-Sup".
    got = rows(BRIEFING)
    assert got[2][2] == "Lee Jong-Sup"


def test_the_statement_is_its_authors():
    # Was actor "the statement": the document noun stood for no one.
    got = rows("Kim Yo Jong, the powerful sister of leader Kim Jong Un, said in a statement "
               "carried by state media that the North would respond. The statement said "
               "Washington and Seoul would pay a price.")
    assert got[1] == ("quoted", "the statement", "Kim Yo Jong")


def test_the_readout_is_the_white_houses():
    got = rows("In its readout of the call, the White House said the leaders discussed the "
               "alliance. The readout said they agreed to meet again.")
    assert got[1] == ("quoted", "the readout", "White House")


def test_a_body_of_the_north_speaks_for_north_korea():
    # Was actor "North's defence ministry": the speaker had lost the article of "the North".
    got = rows("The North's defence ministry said in a statement that the deployment was a "
               "provocation.")
    assert got == [("quoted", "North's defence ministry", "North Korea")]


def test_a_title_line_gives_a_korean_ministers_given_name():
    text = ("Secretary Antony J. Blinken and Foreign Minister Park Jin at a Joint Press "
            "Availability\n\nFOREIGN MINISTER PARK: (Via interpreter) Good afternoon.\n\n"
            "SECRETARY BLINKEN: Thank you, Minister Park.\n\nMODERATOR: Questions, please.")
    got = rows(text)
    assert got[1] == ("speech", "Foreign Minister Park", "Park Jin")
    assert got[2] == ("speech", "Secretary Blinken", "Antony Blinken")


def test_a_countrys_delegation_or_side_speaks_for_the_country():
    # Was actor "U.S. delegation" and "the ROK side".
    got = rows("The U.S. delegation reiterated its commitment to extended deterrence. "
               "The ROK side noted that it would contribute conventional forces.")
    assert [a for _, _, a in got] == ["United States", "South Korea"]


@pytest.mark.parametrize(("text", "expected"), [
    # Was authorial: "amid" ran into the subject and "indicating" was no cue.
    ("The news comes amid Seoul officials indicating that the group's first session may "
     "take place in June.", ("quoted", "Seoul officials", "South Korea")),
    ("The drills will go ahead amid analysts warning that Pyongyang could respond.",
     ("quoted", "analysts", "analysts")),
    # The noun "warning" is no gerund cue; the act "issued a stern warning" reports (its
    # subject's words, :mod:`analysis.corpus.speech_nouns`), as the labellers read it.
    ("North Korea issued a stern warning that it would respond.",
     ("quoted", "North Korea", "North Korea")),
])
def test_a_gerund_of_reporting_after_its_subject(text, expected):
    assert rows(text) == [expected]
