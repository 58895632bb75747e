"""Voice decisions of real coverage, tenth round: classes of the writer's narration read as
speech, and classes of speech read as narration.

The writer's: a claim about a statement (*This is the first time X has confirmed ...*, *X's
remark is the first comment on ...*), a referral instead of an answer, a decision not to act, a
forecast with a coordinated subject, an exercise as a subject, a doubt after a fronted clause, a
concessive opening clause before the writer's main claim, a quantifier before a text's parts, a
host's welcome, and a fact sheet's section heading with its acronym (a purpose after the
subject, *X sought to ...*, is left to the model: PolNeAR attributes it). Someone's words: *made
clear*, *drew attention to*, *point out*, *attributed X to*, *reacted to X by warning*, *issued
a statement reaffirming*, a closing reporting clause before a wire sign-off, and a paragraph
opened by a doubled quotation mark.

Every sentence here was written for this file in the style of wire copy, Korean and Russian
English-language press and White House fact sheets; none is copied from an outlet. The
expected values were checked by hand.
"""

import pytest

from analysis.corpus.minor_reports import reporting_clause
from analysis.corpus.paragraph_labels import paragraph_label
from analysis.corpus.quotes import quote_spans
from analysis.corpus.speech_acts import act_subject
from analysis.corpus.voice_classes import without_signoff, writer_act, writer_clause
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize("sentence", [
    "This is the first time Tokyo has confirmed its worries about the program through formal "
    "channels.",
    "The ambassador's statement is Beijing's first public comment on the plan, and suggests "
    "friction will grow.",
    "USFK spokesman Jim Lee, citing security, referred questions back to the release on Monday.",
    "The drill aimed to rehearse a reply to a surprise missile strike, testing how the two "
    "navies would share data.",
    "The navy and the air force decided not to publicise the drill until it was over.",
    "Minister Lee and Secretary Hegseth are expected to discuss the budget on Friday.",
    "The exercise, named \u201cSteel Shield,\u201d is part of a plan the two navies agreed "
    "upon last spring.",
    "But even as the two navies agreed on the patrols, it is unclear how often they could sail "
    "together.",
    "All mentions of Japan that had appeared in earlier texts were dropped this time.",
    "Prime Minister Kishida welcomed President Yoon on Friday for a working visit to mark the "
    "anniversary.",
])
def test_narration_is_the_writers(sentence):
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize("sentence, source", [
    ("Austin made clear no tactical weapons would return to the peninsula.", "Austin"),
    ("The minister drew attention to the fact that the bombers had flown closer than before.",
     "the minister"),
    ("Analysts, however, point out that the new group meets only twice a year.", "analysts"),
    ("An unnamed envoy has attributed the friction mainly to a larger Chinese naval presence.",
     "unnamed envoy"),
    ("Tokyo on Friday sharply reacted to the plan by warning both Seoul and Beijing against "
     "\u201cstoking tension\u201d in the strait.", "Tokyo"),
    ("The three leaders issued a joint statement at the G7 meeting reaffirming their shared "
     "resolve on the strait.", "the three leaders"),
])
def test_phrasal_speech_acts_report(sentence, source):
    assert rows(sentence) == [("quoted", source)]


def test_a_wire_signoff_does_not_hide_the_closing_clause():
    text = ("Seoul and Washington held talks on Monday.\n\n"
            "Park and Lee also confirmed plans to widen data sharing with Tokyo by the end of "
            "the year, the JCS said. \u2014 Reuters\n\nThe talks will resume in May.")
    assert rows(text) == [("authorial", None), ("quoted", "Park and Lee"),
                          ("authorial", None)]
    assert without_signoff("the JCS said. (Yonhap)") == "the JCS said."
    assert without_signoff("the JCS said.") is None
    assert without_signoff("The Fed met the press - AP") == "The Fed met the press"


def test_a_doubled_quotation_mark_opens_one_quotation():
    text = ('"The drills have grown larger every year," the envoy said.\n\n'
            '""Bomber flights near our coast now come every month. Nor can one overlook '
            'the new nuclear group," the envoy stressed.')
    assert rows(text) == [("quoted", "the envoy")] * 3
    para = '""Flights are more frequent," he said.'
    assert quote_spans(para) == [(0, 29)]
    assert quote_spans('<tweet pic="" author="x">') == [(11, 13), (21, 24)]  # pairs, as before


def test_a_heading_with_its_acronym_is_no_speaker():
    text = ("Cooperation Group (CG): The two navies created a group to plan joint patrols. "
            "The group will meet twice a year.")
    assert rows(text) == [("authorial", None), ("authorial", None)]
    assert paragraph_label(text, 0, len(text)) is None
    label = "FALLIN: We are going to talk about the alliance today."
    assert paragraph_label(label, 0, len(label)) == "Fallin"
    soundbite = "[Soundbite] Kim Min-ji(Analyst) : The alliance is strong and will stay so."
    assert paragraph_label(soundbite, 0, len(soundbite)) == "Kim Min-ji"


def test_the_class_checks_directly():
    assert writer_clause("All references to Japan were dropped.", "All references to Japan")
    assert not writer_clause("All officials said the talks went well.", "All officials")
    assert writer_act("Every reference to the summit was cut from the final text.")
    assert writer_act("It was the first time Manila had confirmed the talks.")
    # a purpose is left to the model: PolNeAR attributes "X sought to reassure ..."
    assert not writer_act("Kishida sought to reassure Seoul with a new package of port visits.")
    assert not writer_act("The drills began on Monday near the border.")


def test_a_span_of_time_fronted_before_a_pronoun_source():
    text = ("Foreign Minister Yoko Kamikawa said on Monday that the talks were useful.\n\n"
            "Hours later, she issued a statement calling on Seoul to share its radar data.")
    assert rows(text)[1] == ("quoted", "Yoko Kamikawa")
    assert act_subject("Hours later, she issued a statement calling on Seoul to act.") == "she"


@pytest.mark.parametrize("sentence, expected", [
    ("While some critics have belittled the pact, the new hotline, the yearly drills and the "
     "shared radar network are all real gains for the three nations this year.", None),
    # the main clause has its own source, or goes on with the opening's source: not minor
    ("While one agency says there are 300 launchers, another says there are about 200.",
     "one agency"),
    ("While Kishida has warned against haste in the talks, he has ordered a review of the "
     "defence budget for next year.", "Kishida"),
    # more than half of the sentence: the report is the claim
    ("Although the minister said the drills would continue, no date has been set.",
     "the minister"),
])
def test_a_concessive_opening_holds_a_minor_report(sentence, expected):
    assert reporting_clause(sentence, False)[0] == expected


def test_an_announced_event_with_a_quoted_name_is_an_act():
    sentence = ("Kishida and Yoon announced the creation of the council during a summit in May "
                "as part of a new \"Tokyo Accord\", under which Seoul also renewed its pledge to "
                "share data.")
    assert rows(sentence) == [("authorial", None)]


def test_a_naming_aside_does_not_hide_the_subject():
    assert rows("The deal, known as the Camp David pledge, says the three nations will consult "
                "promptly.") == [("quoted", "the deal")]
    # without a verb of saying the aside changes nothing: the writer's
    assert rows("The deal, known as the Camp David pledge, took effect in August.") == \
        [("authorial", None)]


def test_an_announced_event_under_a_subordinator_leaves_the_main_report():
    sentence = ("When Kishida announced his candidacy in May, he famously referred to the rival "
                "camp as \"cowards\" and \"traitors\" while promising to cut taxes.")
    assert rows(sentence) == [("quoted", "Kishida")]


def test_drawing_attention_to_oneself_is_an_act():
    assert rows("Kishida drew attention to himself when the rival camp was setting out its "
                "plan for the ports.") == [("authorial", None)]
