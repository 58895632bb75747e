"""Voices read off the blind sets real103 (US officials' briefings, UN statements and the news
that reported them) and real104 (wire copy on the declaration and US strategic assets). Every
sentence here is written by the team in those styles; none is copied."""

from __future__ import annotations

from analysis.corpus.documents import Document


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_a_council_statement_thanking_the_chair_without_a_comma_is_one_speech():
    # thanks to the chair with no comma, and "this Council" for the room: a speech as a
    # mission posts it, no turn label; before, only a third of its sentences spoke in the
    # first person and it read as an article
    text = ("Thank you very much Madam President. And thank you to the Under-Secretary for "
            "the briefing to this Council.\n\n"
            "The United States condemns the DPRK's launch of two ballistic missiles on Monday.\n\n"
            "Two weeks ago we sat in this chamber to discuss an earlier launch. The DPRK "
            "answered with another one.\n\n"
            "These launches break several resolutions of this Council. They put shipping and "
            "aviation in the region at risk.")
    assert rows(text) == [("speech", None)] * 7


def test_a_report_on_the_council_stays_an_article():
    text = ("The Security Council met on Monday after the launch.\n\n"
            "The U.S. envoy told the council the launches broke its resolutions.\n\n"
            "China and Russia blocked a joint statement, diplomats said.")
    assert [v for v, _ in rows(text)] == ["authorial", "quoted", "quoted"]


def test_a_shot_list_s_lines_are_stage_and_its_bite_is_the_named_speaker_s():
    text = ("1. Wide of the defence minister arriving at the podium\n\n"
            "2. Close of South Korean and US flags\n\n"
            "3. SOUNDBITE (Korean) Kim Min-ho, South Korean Defence Minister:\n\n"
            "\"We will answer any provocation at once. The alliance is ready.\"\n\n"
            "4. Mid of reporters")
    assert rows(text) == [("stage", None), ("stage", None), ("stage", None),
                          ("quoted", "Kim Min-ho"), ("quoted", "Kim Min-ho"), ("stage", None)]


def test_a_numbered_paragraph_of_an_article_is_no_shot():
    text = ("The ministry listed its demands.\n\n"
            "1. Wide consultations must start at once, the ministry said.")
    assert rows(text)[1] == ("quoted", "the ministry")


def test_events_in_sequence_name_no_source():
    # the learned model read each as reported, its subject the source
    text = ("North Korea condemned the submarine deal on Sunday, calling it a threat.\n\n"
            "The announcement follows the signing of a defence agreement between the two "
            "presidents, which includes a pledge to pursue denuclearization.\n\n"
            "The timing also follows a rare show of unity among Beijing, Moscow and Pyongyang: "
            "last week the three leaders stood together at a parade, widely read as a signal.\n\n"
            "The release of the joint fact sheet appears to be delayed by a dispute over where "
            "the boats will be built.")
    assert [v for v, _ in rows(text)] == ["quoted", "authorial", "authorial", "authorial"]


def test_an_expressed_desire_or_wish_is_reported():
    text = ("On Monday, President Donald Trump expressed his desire to meet Kim Jong Un again "
            "this year.\n\n"
            "The foreign minister expressed her wish for an early resumption of dialogue.")
    assert rows(text) == [("quoted", "Donald Trump"), ("quoted", "the foreign minister")]


def test_lashing_out_in_the_progressive_and_hits_out_are_speech_acts():
    text = ("Defense Minister Kang Sun-nam is also lashing out at the allies' drills.\n\n"
            "The spokesman hits out at the carrier's visit.")
    assert rows(text) == [("quoted", "Kang Sun-nam"), ("quoted", "the spokesman")]


def test_a_new_paragraph_s_quotation_after_a_closed_partial_one_takes_its_closing_source():
    # before, the partial quotation's source ran on into the next paragraph's quotation
    text = ("The Pentagon said Monday that a \"limited number\" of the troops had reached the "
            "front.\n\n"
            "\"As we said last week, we assess that the units will join the fighting within "
            "weeks\n\n"
            "\"Some of them are already close to the border,\" Maj. Gen. Jane Doe told "
            "reporters.")
    assert [s for _, s in rows(text)] == ["Pentagon", "Jane Doe", "Jane Doe"]


# --- real105 (North Korean, Chinese and Russian statements as reported) ---------------------

def test_commented_after_a_quotation_names_its_source():
    text = ("“The answer to any attack will be swift,” commented KCNA, the agency that speaks "
            "for the state.")
    assert rows(text) == [("quoted", "KCNA")]


def test_an_agency_quoting_someone_urging_gives_the_one_quoted():
    text = ("On Monday, KCNA quoted an unnamed spokesperson for the defence ministry urging "
            "Seoul and Washington to halt their \"reckless\" drills.")
    assert rows(text)[0][1] == "unnamed spokesperson for the defence ministry"


def test_a_pact_that_reveals_something_is_no_source_before_the_closing_one():
    text = ("The pact revealed the “true colours of the confrontational will” of the allies, "
            "the state news agency KCNA said on Tuesday.\n\n"
            "That pledge threatened the North's security, it said.\n\n"
            "The drills clearly showed the aggressive nature of the allies.\n\n"
            "The report revealed that the allies had planned the drills for months.")
    assert rows(text) == [("quoted", "state news agency KCNA"),
                          ("quoted", "state news agency KCNA"),
                          ("authorial", None), ("quoted", "the report")]


def test_a_medium_set_off_by_commas_between_subject_and_verb():
    # before, the aside hid the subject: every one read as the writer's
    text = ("The defence ministry, in a statement issued on Wednesday, called the flight an "
            "“open threat” to its security.\n\n"
            "Kim, in a speech to party cadres on Friday, vowed to expand the nuclear force.")
    assert rows(text) == [("quoted", "the defence ministry"), ("quoted", "Kim")]


def test_she_is_no_plural_speaker_named_before():
    text = ("Foreign ministry spokesperson Mao Ning said the US was to blame.\n\n"
            "Both leaders reiterated in a joint statement the “importance of peace” in the "
            "strait.\n\n"
            "She said that the US is stoking bloc confrontation.")
    assert rows(text)[2] == ("quoted", "Mao Ning")
