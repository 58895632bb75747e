"""Voice patterns read off the errors of the blind set real99 (broadcast and interview
transcripts on the alliance, 2023-26: Korean television and radio scripts with their anchors',
reporters' and sound bites' labels, and the news that reported such interviews), on texts
written for these tests in those styles (issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import rows

SCRIPT = (
    "[Report]\n\n"
    "The three leaders met in Lima on Friday.\n\n"
    "They adopted a joint statement condemning the North's troop deployment.\n\n"
    '[President Kim Min-su: "Our cooperation matters more than ever. It is built to last."]\n\n'
    "The leaders also agreed to open a joint office."
)


def test_a_bracketed_sound_bite_is_its_speakers_speech_and_the_report_resumes():
    got = rows(SCRIPT)
    assert got[0][0] == "stage"
    assert got[1][0] == "authorial"  # the outlet's copy, read as an article
    assert [g[:2] for g in got[3:5]] == [("speech", "President Kim Min-su")] * 2
    assert got[5][0] == "authorial"


def test_a_bite_named_in_double_parentheses_before_its_quotation_is_speech():
    text = ("((NARRATOR))\n\n"
            "Crowds gathered outside parliament late on Tuesday. The president said the decree "
            "was needed.\n\n"
            "((Kim Min-su, South Korean President (male, Korean))\n\n"
            '"With this decree, I will protect the nation."\n\n'
            "((NARRATOR))\n\n"
            "Lawmakers voted to lift it within hours.")
    got = rows(text)
    assert got[3][0] == "stage"
    assert got[4][:2] == ("speech", "Kim Min-su")
    assert got[6][0] == "authorial"


def test_one_word_name_labels_of_a_known_person_make_a_dialogue():
    text = ('Trump: "I have a very good relationship with him. I think it will stay that way."'
            "\n\nReporter: (Asks whether the two leaders might meet this year.)\n\n"
            'Trump: "Well, I meet a lot of people. I would like to meet him."')
    got = rows(text)
    assert [g[:2] for g in got] == [("speech", "Trump")] * 2 + [("speech", "Reporter")] + [
        ("speech", "Trump")] * 2


def test_a_one_word_heading_is_no_dialogue():
    text = ("Update: The ministry revised its figures on Monday.\n\n"
            "Update: Officials said the count would change again.")
    assert rows(text)[0][0] != "speech"


def test_an_articles_headings_between_dashes_open_no_dash_interview():
    text = ("Seoul (AFP) – The allies began their largest drills in years on Monday.\n\n"
            "– 'Who is watching?' –\n\n"
            "Officials said the drills would last eleven days.\n\n"
            "– Old tensions –\n\n"
            "North Korea has condemned such drills in the past.")
    assert "speech" not in {g[0] for g in rows(text)}


@pytest.mark.parametrize("text", [
    '((NARRATOR))\n\nThe president spoke in 2023.\n\n((File Footage, April 2023))\n\n'
    '"We stand together," President Joe Biden said.',
    '((NARRATOR))\n\nLawmakers gathered.\n\n((National Assembly, Seoul))\n\n'
    '"The vote is final," the speaker said.',
    '[Report]\n\nThe allies met.\n\n[Graphic: "Joint drills to expand"]\n\n'
    'Officials said more drills were planned.',
])
def test_a_tape_a_place_or_a_graphic_in_brackets_is_no_bite(text):
    assert "speech" not in {g[0] for g in rows(text)}


def test_one_word_labels_over_summaries_make_no_dialogue():
    text = ("Trump: Called South Korea a money machine.\n\nBiden: Praised the alliance as "
            "ironclad.\n\nTrump: Said he would meet Kim again.")
    assert "speech" not in {g[0] for g in rows(text)}


def test_analyzed_that_reports_and_analyzed_a_thing_does_not():
    assert rows("Intro line here.\n\nThe Joint Chiefs of Staff analyzed that the missile was an "
                "ICBM-class missile.")[1][:2] == ("quoted", "Joint Chiefs of Staff")
    assert rows("Intro line here.\n\nOfficials analyzed the data for weeks.")[1][0] == "authorial"


def test_a_bite_with_a_comma_and_a_post_inside_its_bracket_is_speech():
    text = ("[Report]\n\nResidents reacted to the news.\n\n"
            '[Choi Eun-ji, Seoul resident: "I was shocked. I could not sleep."]\n\n'
            "The government said it would respond.")
    got = rows(text)
    assert [g[:2] for g in got[2:4]] == [("speech", "Choi Eun-ji")] * 2
    assert got[4][0] == "quoted"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Victor Cha, a Korea scholar at a Washington think tank, highly praised the summit's focus.",
     "Victor Cha"),
    ("Kim Yo Jong, the leader's sister, bitterly denounced the drills as a rehearsal for war.",
     "Kim Yo Jong"),
])
def test_an_ly_adverb_between_an_asides_comma_and_its_verb_keeps_the_subject(sentence, speaker):
    assert rows("Intro line here.\n\n" + sentence)[1][:2] == ("quoted", speaker)


def test_tensions_name_no_source():
    text = ("Intro line here.\n\nTensions on the peninsula are at their highest in years, as the "
            "North keeps testing missiles while issuing threats of nuclear war.")
    assert rows(text)[1][0] == "authorial"
