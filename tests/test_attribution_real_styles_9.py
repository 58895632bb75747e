"""Patterns of real coverage (ninth round): a television news script's ``Anchor:`` and
``Report:`` parts as the outlet's own copy, an interview printed after an article's report
(``Q.``/``A.`` answered in the first person), and sources that name nobody (an ordinal, a day, a
capitalised adjective before its noun, a promise) or stand inside a modifier of the subject
(``the allies in the Asia-Pacific region``).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.broadcast_scripts import HANDOVER_RE, is_outlet_role
from analysis.corpus.source_plausibility import (
    before_comma,
    fuller_subject,
    junk_source,
    plausible_clause_source,
    subject_before_modifier,
    unglued_name,
)


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


SCRIPT = (
    "Anchor: Both leading candidates have set out plans to deal with the North's weapons, but "
    "they take different roads. Our Han Ji-woo looks at their pledges.\n\n"
    "Report: Democratic Party candidate Park Min-jun vowed to ease military tensions with the "
    "North through talks.\n\n"
    "[Seo Ji-hoon / Professor, Korea University] \"Both of them want the alliance to stay "
    "strong.\"\n\n"
    "Park also promised to expand the country's missile defense network.")


def test_a_news_scripts_anchor_and_report_parts_are_the_outlets_copy():
    got = rows(SCRIPT)
    assert got[:2] == [("authorial", None)] * 2  # the anchor's lead and handover
    assert got[2] == ("quoted", "Park Min-jun")  # the report read as an article
    assert got[3] == ("speech", "Seo Ji-hoon")  # an interview bite stays a turn
    assert got[4] == ("quoted", "Park")  # back to the reporter's copy


def test_outlet_roles_and_handovers():
    assert is_outlet_role("Anchor") and is_outlet_role("Reporter") and is_outlet_role("Report")
    assert not is_outlet_role("Host") and not is_outlet_role("Q")
    assert not is_outlet_role("Mr. Kirby") and not is_outlet_role(None)
    assert HANDOVER_RE.match("Correspondent Choi Yu-na reports.")
    assert HANDOVER_RE.match("Lee Ha-eun has more.")
    assert HANDOVER_RE.match("Our Han Ji-woo looks at their pledges.")
    assert not HANDOVER_RE.match("Park Min-jun vowed to ease tensions.")


def test_a_briefing_keeps_its_turns():
    got = rows("Q: Will the submarine dock in Busan this month?\n\n"
               "MR. KIRBY: I am not going to get ahead of the Navy on that.\n\n"
               "Q: And the bombers?\n\n"
               "MR. KIRBY: Same answer.")
    assert [v for v, _ in got] == ["speech"] * 4
    assert got[1][1] == "Mr. Kirby"


INTERVIEWED = (
    "Gen. Jane Roe said the allies had kept their drills mostly computer-based this spring, "
    "with some field training added.\n\n"
    "Below are her answers, edited for length.\n\n"
    "Q. What does the exercise focus on this year?\n\n"
    "A. I won't go into the scenarios, but we are watching the region closely. "
    "Our job is to be ready.")


def test_an_interview_printed_after_a_report_is_read_as_turns():
    got = rows(INTERVIEWED)
    assert got[0] == ("quoted", "Jane Roe")  # the article's own report keeps its source
    assert got[1] == ("authorial", None)
    assert got[2] == ("speech", "Q")
    assert [v for v, _ in got[3:]] == ["speech"] * 2


def test_an_explainers_impersonal_answers_stay_the_writers():
    got = rows("The allies set up a new planning body in April.\n\n"
               "Q: What is the Nuclear Consultative Group?\n\n"
               "A: It is a body of officials from both countries that meets four times a "
               "year.\n\n"
               "Q: Who leads it?\n\n"
               "A: Deputy ministers of defense from the two sides chair it.")
    assert [v for v, _ in got] == ["authorial"] * 5


def test_ordinals_days_adjectives_and_promises_name_no_source():
    assert rows("Second, Lee Jae-myung, who has criticized the plan before, will take office "
                "in June.") == [("authorial", None)]
    assert rows("The first concern was that the North's missiles can now reach the U.S. "
                "mainland.") == [("authorial", None)]
    assert rows("Extended deterrence is the promise that Washington will defend its allies "
                "with all its forces.") == [("authorial", None)]
    assert rows("The pledge allows allies to forgo their own bombs while tying them closer "
                "to Washington.") == [("authorial", None)]
    got = rows('Monday\'s "Seoul Statement", issued after the talks, reaffirmed the allies\' '
               '"ironclad" commitment to the treaty and to "regular" visits of strategic '
               'assets.')
    assert got == [("quoted", "Seoul Statement")]


def test_a_plural_or_a_role_after_an_adjective_still_speaks():
    assert rows("Conservative lawmakers criticized the deal as too weak, saying it gave Seoul "
                "nothing.") == [("quoted", "Conservative lawmakers")]
    assert not junk_source("Corporate lobbyists describe the work as different.", "Corporate")
    assert fuller_subject("Trump calls for talks with the North.", "Trump") == "Trump"
    assert fuller_subject("Pentagon spokesperson Jane Roe outlined it.", "Pentagon") == \
        "Pentagon spokesperson Jane Roe"
    assert fuller_subject("Seoul plans to expand the drills.", "Seoul") == "Seoul"


def test_a_name_inside_a_modifier_of_the_subject_is_no_subject():
    got = rows('According to the spokeswoman, the U.S. and its allies in the Asia-Pacific '
               'region have indicated a move toward "the same dangerous patterns of nuclear '
               'deterrence that Washington built in Europe."')
    assert got == [("quoted", "spokeswoman")]
    assert subject_before_modifier(
        "Candidates representing the Democratic Party and the Justice Party have pledged",
        "the Justice Party") == "Candidates"
    assert subject_before_modifier("Officials in Seoul and Tokyo said", "Seoul and Tokyo") == \
        "Officials"
    assert subject_before_modifier("Officials from the Foreign Ministry said",
                                   "the Foreign Ministry") == "the Foreign Ministry"


def test_titles_agents_and_fronted_phrases_stay_whole():
    assert subject_before_modifier("U.S. Secretary of State Jane Roe said", "State Jane Roe") \
        == "State Jane Roe"
    assert subject_before_modifier("experts interviewed by the paper say", "the paper") == \
        "the paper"
    assert subject_before_modifier("On Monday the ministry said", "the ministry") == \
        "the ministry"
    assert subject_before_modifier("Many in the crowd said", "the crowd") == "the crowd"
    assert plausible_clause_source("Police in Seoul said", "Police in Seoul said",
                                   "Police in Seoul", False) == "Police in Seoul"
    got = rows("According to Yonhap, the defense minister said the drills would go ahead.")
    assert got == [("quoted", "the defense minister")]  # a relay's inner source still speaks


def test_a_relay_quoting_someone_according_to_whom_is_the_one_quoted():
    got = rows("Yonhap quotes an officer of the South Korean Navy, according to whom the visit "
               'by the carrier "showed once more the resolve of the allies."')
    assert got == [("quoted", "officer of the South Korean Navy")]
    assert rows("The drills will end on Friday, according to the Joint Chiefs of Staff.") == \
        [("quoted", "Joint Chiefs of Staff")]


def test_an_initialism_after_an_affiliation_does_not_end_the_subject():
    got = rows("Jane Roe, a senior fellow at the Institute for Peace and Security Studies "
               "(IPSS), wrote in a column on Monday that the group had met its first test.")
    assert got == [("quoted", "Jane Roe")]


def test_a_word_glued_before_a_name_and_a_title_glued_after_it():
    assert unglued_name("moves KCNA") == "KCNA"
    assert unglued_name("lawmaker Kim") == "lawmaker Kim"
    assert unglued_name("officials Kim") == "officials Kim"
    assert before_comma("Jane Roe, Senior Spokesperson for the State Department, responded.",
                        "Jane Roe Senior Spokesperson") == "Jane Roe"
    assert before_comma("At the meeting, the envoys agreed.", "the envoys") == "the envoys"


def test_two_countries_joined_by_a_hyphen_are_no_persons_he():
    got = rows("The allies staged joint US-South Korea drills on Monday. "
               "He also stressed the resolve of the alliance to strengthen its defenses.")
    assert got[1][1] != "US-South Korea"


def test_a_mediums_report_of_someones_words_is_theirs():
    assert rows("The Korea Times reported that Minister Kim Do-hyun said that the drills would "
                "resume in the autumn.") == [("quoted", "Kim Do-hyun")]
    got = rows("On Monday, China's state-run Global Times, citing an interview with analyst Li "
               "Wei, warned that the plan would raise the risk of an arms race.")
    assert got == [("quoted", "Li Wei")]
    assert rows("The paper reported that the drills ended on Friday.") == \
        [("quoted", "the paper")]


def test_the_paper_is_the_newspaper_named_latest():
    text = ("Pyongyang, May 9 (KCNA) -- The south Korean puppets' pact with the U.S. is drawing "
            "fire abroad.\n\n"
            "Chinese Global Times quoted analysts as saying \"the pact will only raise "
            "tensions.\"\n\n"
            "The paper said \"the deployment of strategic assets is a dangerous step.\"")
    doc = Document.from_text(text)
    last = doc.sentences[-1]
    assert (last.voice, last.speaker) == ("quoted", "the paper")
    assert "Global Times" in last.actor
    got = rows("The Korea Institute for Defense Analyses held a forum on Monday.\n\n"
               "The paper said the talks would resume.")  # no newspaper named: as before
    assert got[1][0] == "quoted" and "Global Times" not in (got[1][1] or "")


def test_a_relative_clause_before_said_and_a_capitalised_complement():
    got = rows("The governor of Gyeonggi, which surrounds nearly all of the capital, said the "
               "Russia-Ukraine war had convinced him that Seoul needs its own deterrent.")
    assert got == [("quoted", "governor of Gyeonggi")]
    got = rows("He is unpopular with his colleagues in the Assembly, whom he has long "
               "criticized, said Kim Min-ho.")
    assert got == [("quoted", "Kim Min-ho")]  # an inverted subject ending the clause
