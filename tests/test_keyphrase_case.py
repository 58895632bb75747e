"""Broadcast-script labels and texts written without case, on texts written for these tests
in the styles of real coverage (a cable-news closed caption in lower case, an all-capitals
caption, a Korean broadcaster's script with its turn labels, a wire video script, a Korean
wire report with its byline, a Chinese news agency's report of a North Korean commentary)."""

from analysis.metrics.keyphrase_case import (
    caseless,
    keyphrase_text,
    mask_script_labels,
    restore_case,
)
from analysis.metrics.keyphrases import extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


CAPTION = (
    "right now president biden is meeting south korean president yoon at the white house. "
    "the two leaders are set to sign an agreement on nuclear deterrence, a response to north "
    "korea's growing arsenal. dana whitcombe is standing by. dana, what are u.s. officials "
    "saying?\n\n>> well, i'm told the agreement gives seoul a bigger say in nuclear planning, "
    "and the u.s. will send a nuclear-armed submarine to busan. north korea's reaction is "
    "expected within days. president biden said on tuesday the alliance has never been "
    "stronger.")


def test_a_lower_case_caption_gets_the_capitals_of_known_names():
    restored = restore_case(CAPTION)
    assert len(restored) == len(CAPTION)
    assert restored.startswith("right now President Biden is meeting South Korean President "
                               "Yoon at the White House. ")
    assert ("North Korea's growing arsenal. Dana Whitcombe is standing by. Dana, what are "
            "U.S. officials saying?") in restored
    assert "well, I'm told" in restored
    assert "to Busan. North Korea's reaction" in restored and "on Tuesday the" in restored
    assert "nuclear deterrence" in restored and "the alliance" in restored


def test_a_lower_case_caption_has_no_lower_case_names_among_its_keyphrases():
    phrases = top(CAPTION)
    assert {"Biden", "Yoon", "North Korea"} <= set(phrases)
    names = {"biden", "yoon", "korea", "seoul", "busan", "dana", "whitcombe", "u.s", "u.s."}
    assert not [p for p in phrases if p.islower() and names & set(p.split())]


def test_an_all_capitals_caption_is_read_in_lower_case_with_its_names_restored():
    shouting = "PRESIDENT BIDEN AND PRESIDENT YOON MET IN WASHINGTON. THE ALLIES AGREED ON A " \
               "NUCLEAR CONSULTATIVE GROUP TO COUNTER NORTH KOREA'S NUCLEAR THREAT."
    assert restore_case(shouting) == (
        "President Biden and President Yoon met in Washington. the allies agreed on a "
        "Nuclear Consultative Group to counter North Korea's nuclear threat.")


def test_a_text_with_normal_case_is_left_as_it_is():
    text = ("Seoul and Washington agreed on Wednesday to set up a nuclear planning group, "
            "officials said. The group will meet four times a year.")
    assert not caseless(text)
    assert restore_case(text) is text
    assert caseless("the allies met in seoul on monday.")
    assert restore_case("") == ""


SCRIPT = (
    "\u25c0 Anchor \u25b6 Seoul and Washington agreed to draw up joint guidelines on nuclear "
    "planning by the middle of next year. Our correspondent reports from Washington.\n\n"
    "\u25c0 Report \u25b6 The second session of the Nuclear Consultative Group took place "
    "in Washington. The two delegations agreed to rehearse a nuclear contingency in next "
    "year's combined exercises, and to share more information on the North's nuclear "
    "programme. The group will meet again in the spring.")


def test_broadcast_turn_labels_are_masked():
    masked = mask_script_labels(SCRIPT)
    assert len(masked) == len(SCRIPT)
    assert masked.startswith("." + " " * 10 + "Seoul and Washington")
    assert "Anchor" not in masked and "Report \u25b6" not in masked
    phrases = top(SCRIPT)
    assert "Nuclear Consultative Group" in phrases
    assert not {"Anchor", "Report"} & set(phrases)


def test_wire_script_notes_and_a_korean_wire_byline_are_masked():
    video = ("((INTRO:)) The allies signed a nuclear planning agreement on Wednesday.\n\n"
             "((NARRATOR)) President Joe Biden welcomed President Yoon Suk Yeol ((YOON SUK "
             "YUHL)) to the White House.")
    masked = mask_script_labels(video)
    assert "INTRO" not in masked and "NARRATOR" not in masked and "YUHL" not in masked
    assert "President Joe Biden welcomed President Yoon Suk Yeol" in masked
    assert not {"INTRO", "NARRATOR", "YOON SUK YUHL"} & set(top(video))
    wire = ("(Seoul = Yonhap News) Correspondent Lee Ji-won = The defense ministry said on "
            "Friday that the allies would hold a tabletop exercise on nuclear contingencies "
            "next month. The exercise is the first of its kind, a ministry official said.")
    masked = keyphrase_text(wire)
    assert masked.index("The defense ministry") == wire.index("The defense ministry")
    assert "Yonhap" not in masked[:60] and "Lee Ji-won" not in masked
    phrases = top(wire)
    assert "tabletop exercise" in phrases
    assert not [p for p in phrases if "Correspondent" in p or "Yonhap" in p]


def test_a_common_word_opening_a_sentence_before_a_noun_is_no_name():
    text = ("State media in North Korea on Sunday called the allies' nuclear agreement a "
            "reckless provocation. The commentary said the agreement would push the peninsula "
            "toward nuclear war, and warned of countermeasures.")
    phrases = top(text)
    assert "State media" in phrases
    assert "State" not in phrases
