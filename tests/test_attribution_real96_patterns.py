"""Voice patterns of the coverage of US strategic assets on the peninsula and the reactions to
them (blind set real96), and of the patterns left open after real93-95: a Japanese press
conference's reporter under a broadcaster's initials, present-tense naming (*Some call the visit
a show of force*), on texts written for these tests in the styles of wire copy, the Korean press
and Japan's foreign ministry transcripts (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import one, rows

MOFA = ("Mr. KAMIKAWA Yoko, Minister for Foreign Affairs: Good afternoon. I have one "
        "announcement today. I will visit Seoul next week.\n\n"
        "NHK, OKADA: I would like to ask about North Korea. What is your view of the launch?\n\n"
        "Minister Kamikawa: The launch is a clear violation of Security Council resolutions.")

OPENING = ("I would like to begin with a short report on my visit to Seoul. I held talks with "
           "Foreign Minister Cho Tae-yul and we confirmed close cooperation. That is all from "
           "me.\n\n"
           "Kyodo News, SAKAGUCHI: I would like to ask about North Korea. What is your view?\n\n"
           "Minister Kamikawa: The launch is a clear violation of Security Council resolutions.")


def test_a_broadcasters_initials_and_the_reporters_name_in_capitals_are_the_reporters_turn():
    got = [g[:2] for g in rows(MOFA)]
    assert got[3:5] == [("speech", "NHK, Okada")] * 2
    assert got[5] == ("speech", "Minister Kamikawa")


def test_one_question_and_answer_after_unlabelled_opening_remarks_is_a_dialogue():
    got = [g[:2] for g in rows(OPENING)]
    assert got[:3] == [("speech", None)] * 3
    assert got[3:] == [("speech", "Kyodo News, Sakaguchi")] * 2 + [("speech", "Minister Kamikawa")]


def test_an_articles_prose_before_one_question_is_no_opening():
    text = ("The minister took questions after the cabinet meeting on Friday. Reporters asked "
            "about the launch.\n\n" + OPENING.split("\n\n", 1)[1])
    assert rows(text)[0][0] == "authorial"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Some critics call the port visit a show of force.", "critics"),
    ("Many call it a turning point for the alliance.", "Many"),
    ("Others call it the most visible sign yet of commitment.", "others"),
    ("Analysts called the drills the largest in years.", "analysts"),
    ("Pyongyang routinely called the drills rehearsals for invasion.", "Pyongyang"),
    ("Officials describe the visit as a signal to Pyongyang.", "officials"),
])
def test_naming_in_the_present_or_with_a_superlative_or_a_plural_complement_reports(
        sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "In a phone call with Yoon, Kishida agreed to deepen cooperation.",
    "The call lasted 40 minutes and covered the missile launches.",
    "It was a close call for the crew of the patrol boat.",
    "Yoon called the defence chiefs for talks.",
    "Biden called the leaders of Japan and Korea on Tuesday.",
    "Instead, the study should be a five-alarm call to Congress to act as a whole.",
    "Small groups of protesters continued to call for more information about the shooting.",
])
def test_a_call_that_names_nothing_is_no_report(sentence):
    assert one(sentence)[0] == "authorial"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Park explains that the allies' radars can render the North's weapons useless. Therefore, "
     "the North's threatened first strike is unrealistic.", "Park"),
    ("First of all, Geng stressed that the situation remains tense. Second, China has the right "
     "to decide its own policy on the peninsula.", "Geng"),
    ("Wang said in his speech: At present, tension on the peninsula has risen. The situation has "
     "developed so far for a reason.", "Wang"),
])
def test_a_conclusion_a_second_point_or_words_after_a_colon_go_on_with_the_report(text, speaker):
    got = rows("The council met on Monday.\n\n" + text)
    assert [g[:2] for g in got[1:]] == [("quoted", speaker)] * 2


def test_a_second_point_or_a_conclusion_after_the_writers_sentence_stays_the_writers():
    got = rows("The council met on Monday. Second, the drills began on Tuesday.\n\n"
               "The talks failed. Therefore, the drills went ahead.")
    assert {g[0] for g in got} == {"authorial"}


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Upon noting that the situation is tense, the spokeswoman pointed out that China is "
     "concerned.", "the spokeswoman"),
    ("North Korea reacted sharply, with its state-run news agency affirming that the carriers "
     "are its first targets.", "its state-run news agency"),
    ("Geng Shuang advised the US side to change its old mistakes.", "Geng Shuang"),
    ("The two nations evaluated the drill as a showcase of their combined readiness.",
     "the two nations"),
])
def test_real96_sources(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "Therefore, North Korea's officially stated preemptive strike is unrealistic.",
    "His warning about the U.S. losing its deterrence is particularly resounding now.",
    "The source of the current aggravation of the situation is the allies' drills.",
    "She advised the campaign on foreign policy.",
    "We call for an end to the irresponsible line of the United States and its \"strategies\".",
])
def test_real96_writers_sentences(sentence):
    assert one(sentence)[0] == "authorial"


def test_her_statement_after_a_country_speaks_is_the_woman_named_before():
    text = ("North Korea has slammed the United States over the carrier's visit.\n\n"
            "The statement by Kim Yo Jong, the powerful sister of the leader, was published "
            "by KCNA.\n\n"
            "\"The US has stepped up provocations against us,\" her statement read.")
    assert rows(text)[2][2] == "Kim Yo Jong"


def test_words_after_a_colon_run_on_past_a_scare_quote_until_the_writer_speaks_again():
    text = ("Geng Shuang said in his speech: At present, tension on the peninsula has risen. "
            "The situation has developed so far for a reason. The DPRK made moves in 2018, but "
            "the United States ignored the principle of \"action for action\". Geng's remarks "
            "drew no reply.")
    got = [g[:2] for g in rows("The council met.\n\n" + text)[1:]]
    assert got == [("quoted", "Geng Shuang")] * 3 + [("authorial", None)]


def test_a_paragraph_with_a_quotation_after_the_colon_is_read_sentence_by_sentence():
    text = ("Geng Shuang said in his speech: At present, tension has risen. The allies "
            "\"must stop the drills and return to the table at once,\" he added later. The "
            "drills began in March.")
    assert rows(text)[-1][0] == "authorial"


def test_they_after_two_posts_joined_by_and_is_that_pair():
    text = ("A former U.S. secretary of state and a former defense secretary appeared at a House "
            "hearing on Tuesday. They warned against the possibility of North Korean "
            "provocations.")
    assert rows(text)[1][:2] == ("quoted", "A former U.S. secretary of state and a former "
                                           "defense secretary")


def test_a_captions_change_of_speaker_at_two_chevrons_splits_and_reads_speech():
    text = (">> GOOD MORNING. THE COMMITTEE WILL COME TO ORDER. >> THANK YOU, MR. CHAIRMAN. WE "
            "FACE A SERIOUS THREAT IN THE REGION.")
    got = rows(text)
    assert len(got) == 4 and {g[:2] for g in got} == {("speech", None)}


def test_a_label_after_the_chevrons_names_the_turn():
    text = (">> SEN. WICKER: THANK YOU, MR. CHAIRMAN. WE FACE A SERIOUS THREAT.\n\n"
            ">> GEN. LACAMERA: THANK YOU, SENATOR. THE THREAT IS REAL.")
    assert [g[1] for g in rows(text)] == ["Sen. Wicker"] * 2 + ["Gen. Lacamera"] * 2


def test_one_chevron_in_an_article_is_no_caption():
    text = "The council met on Monday. Analysts said >> was a typo in the release. Talks ended."
    assert rows(text)[0][0] == "authorial"


@pytest.mark.parametrize("sentence", [  # review rv96: the rules' edges
    "Families call their relatives on a smuggled phone every month.",
    "Organizers call the march off at a moment's notice.",
    "Ministry officials call the reporters back as a courtesy.",
    "Austin called his counterpart the first morning of the visit.",
    "She advised the campaign from January to mid-March.",
    "Cha advised the Blue House up to his retirement.",
    "Inspectors evaluated the pilots as part of the annual certification.",
    "Inspectors evaluated the pilots as a group.",
])
def test_rv96_no_report(sentence):
    assert one(sentence)[0] == "authorial"


@pytest.mark.parametrize("text", [
    "First, Yoon pledged to deepen the alliance. Second, an American missile submarine docked "
    "in Busan.",
    "Officials said the summit would open at nine. Consequently, roads around the venue were "
    "closed.",
    "Mao Ning said at the briefing: China opposes the drills. The remarks came a day after the "
    "launch.",
    "Zhang Jun said in his remarks to the council: The situation is tense. The council later "
    "adopted a presidential statement.",
])
def test_rv96_the_writer_speaks_again_after_a_report(text):
    assert rows("The council met.\n\n" + text)[2][0] == "authorial"


def test_a_japanese_broadcasters_initials_also_name_a_reporters_turn():
    text = MOFA.replace("NHK, OKADA", "FNN, MORI")
    assert rows(text)[3][1] == "FNN, Mori"


def test_a_chain_of_points_goes_on_with_the_source():
    text = ("Lee argued that the NCG gives Seoul a real voice in nuclear planning. Second, it "
            "raises the cost of any attack for Pyongyang. Lastly, it quiets the calls for a "
            "homegrown bomb.")
    assert [g[:2] for g in rows("The council met.\n\n" + text)[1:]] == [("quoted", "Lee")] * 3


def test_a_one_paragraph_text_under_a_titled_label_reads_without_error():
    text = "Minister Kamikawa: The launch is a clear violation. We protested at once."
    assert len(rows(text)) == 2
