"""Patterns of real coverage (seventh round): broadcast scripts with decorated labels
(``◀ Anchor ▶``, ``((NARRATOR))``, ``((INTRO:))``), plain roles that hand over a turn inside one
paragraph (``Anchor: ... Report: ...``), a bite's name and post before a slash and a Hangul name
in brackets; a wire quotation whose speaker's given name is written like an auxiliary
(``Lee Do Woon``).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.transcripts import turn_label


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_decorated_and_plain_script_labels_open_turns():
    assert turn_label("◀ Anchor ▶ Good evening.") == "Anchor"
    assert turn_label("【Reporter】 The talks ended.") == "Reporter"
    assert turn_label("((NARRATOR)) The envoy landed.") == "NARRATOR"
    assert turn_label("((INTRO:)) [[Talks ended.]]") == "INTRO"
    assert turn_label("Report: The allies met.") == "Report"
    assert turn_label("Park Min-jae/ Vice Minister, Foreign Ministry We agreed.") == \
        "Park Min-jae"
    assert turn_label("[박민재/외교부 차관] “We agreed.”") == "박민재"
    assert turn_label("Reports: the allies met.") is None
    assert turn_label("Seoul/Tokyo talks ended.") is None


ANGLE_SCRIPT = (
    "◀ Anchor ▶ The allies held their third planning meeting in Seoul on Friday. "
    "Correspondent Choi Yu-na reports.\n\n"
    "◀ Report ▶ The two sides agreed to hold a joint drill next spring.\n\n"
    "[박민재/외교부 차관] “This is a clear step forward. We will keep talking.”\n\n"
    "Officials said a fourth meeting could come in the autumn.")


def test_an_angle_script_with_a_hangul_bite_is_read_as_turns():
    # Was read as an article: the decorated labels and the Hangul bite were no labels.
    got = rows(ANGLE_SCRIPT)
    assert got[:2] == [("speech", "Anchor")] * 2
    assert got[2] == ("speech", "Report")
    assert got[3:5] == [("speech", "박민재")] * 2
    assert got[5] == ("speech", "Report")  # the reporter resumes after the quoted bite


def test_plain_roles_hand_over_a_turn_inside_one_paragraph():
    # Was an article: the reporter's sentences went to the anchor as quotations.
    got = rows("Anchor: The two leaders met in Tokyo and agreed to share missile data. "
               "Lee Ha-eun has more. Report: The data will flow in real time from next "
               "month. The defense ministers will sign the plan in June.")
    assert got == [("speech", "Anchor")] * 2 + [("speech", "Report")] * 2


def test_double_parenthesis_labels_and_a_slash_bite():
    got = rows("((INTRO:)) [[The allies signed a new pact on Monday. VOA's Sam Reed reports.]]"
               "\n\n((NARRATOR)) The president welcomed his guest at the White House.")
    assert got == [("speech", "Intro")] * 2 + [("speech", "Narrator")]
    got = rows("[LEAD] The allies agreed on new guidelines.\n\n"
               "[REPORT] The guidelines cover peacetime as well.\n\n"
               "Park Min-jae/ Vice Minister, Foreign Ministry The two sides agreed on it.\n\n"
               "Meanwhile, the minister flew to Brussels.")
    assert got == [("speech", "Lead"), ("speech", "Report"), ("speech", "Park Min-jae"),
                   ("speech", "Report")]


def test_a_given_name_like_an_auxiliary_stays_in_the_name():
    # Was an empty speaker: "Do" in "Lee Do Woon" read as the auxiliary "do".
    got = rows("“The group will meet on Monday in Seoul,” presidential spokesperson Lee Do "
               "Woon said on the afternoon of June 2. “We will discuss sharing data.”")
    assert got == [("quoted", "Lee Do Woon")] * 2
