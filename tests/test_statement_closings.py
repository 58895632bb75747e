"""A statement printed in full under a frame line: the paragraph that speaks of it from outside
closes it (the writer's again), and an issuer named with a possessive keeps its head noun. Texts
written for these tests in the styles of wire copy and state media as reported."""

from analysis.corpus.statement_frames import closing_paragraph, following_frame
from tests.speaker_rows import voice_speaker_rows

STATEMENT = (
    "SEOUL, May 2 (Wire) -- The Foreign Ministry of the DPRK released the following press "
    "statement on Tuesday:\n\n"
    "The so-called declaration cooked up in Washington is a product of the most hostile "
    "policy.\n\n"
    "We will take every necessary countermeasure to defend the sovereignty of the Republic.\n\n")


def issuer(line: str) -> str | None:
    """The speaker :func:`following_frame` names for a frame line standing alone."""
    return following_frame(line, 0, len(line))


def test_a_paragraph_about_the_statement_closes_it():
    rows = voice_speaker_rows(
        STATEMENT + "The ministry's statement was carried by the state news agency early on "
        "Wednesday.\n\nThe talks in Seoul ended without a joint text.")
    assert rows == [("authorial", None)] + [("quoted", "Foreign Ministry of the DPRK")] * 2 + [
        ("authorial", None)] * 2


def test_without_a_closing_paragraph_the_statement_runs_to_the_end():
    rows = voice_speaker_rows(
        STATEMENT + "The statement of the puppet military is a lie.\n\n"
        "The Republic will answer force with force.")
    assert rows == [("authorial", None)] + [("quoted", "Foreign Ministry of the DPRK")] * 4


def test_closing_paragraph_finds_the_first_opening_that_speaks_of_the_text():
    text = ("A issued the following statement:\n\nWe warn them.\n\nThe joint statement is a "
            "lie.\n\nThe statement came after the summit.\n\nThis statement is our last "
            "warning.")
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    paragraphs = {p + 1: (s, text.find("\n\n", s) % (len(text) + 1)) for p, s in
                  enumerate(starts)}
    # "The joint statement is" names another text; "The statement came" closes; "This
    # statement is" is the statement speaking of itself
    assert closing_paragraph(text, paragraphs, 2) == 4
    assert closing_paragraph(text, paragraphs, 5) == len(text)
    assert closing_paragraph(text, {1: paragraphs[1], 2: paragraphs[2]}, 2) == len(text)


def test_an_issuer_named_with_a_possessive_keeps_its_head():
    assert issuer("North Korea's defence minister issued the following press statement on "
                  "Tuesday:") == "North Korea's defence minister"
    assert issuer("Pyongyang's foreign ministry on Monday issued the following "
                  "statement:") == "Pyongyang's foreign ministry"
    assert issuer("China's Foreign Ministry issued the following statement:") == \
        "China's Foreign Ministry"
    assert issuer("Kang Sun Nam, North Korea's defence minister, issued the following press "
                  "statement on Tuesday:") == "Kang Sun Nam"
    assert issuer("North Korea's defence minister Kang Sun Nam issued the following press "
                  "statement:") == "Kang Sun Nam"
    assert issuer("North Korea's first vice foreign minister issued the following "
                  "statement:") == "North Korea's first vice foreign minister"


def test_a_line_saying_whose_briefing_follows_hands_the_answers_to_the_ministry():
    rows = voice_speaker_rows(
        "BEIJING, May 2 (Wire) -- The following is from the regular press conference of the "
        "Chinese foreign ministry on Tuesday.\n\n"
        "Question: Seoul and Washington held their first group meeting. What is your comment?\n\n"
        "The situation on the peninsula remains sensitive. All sides should show restraint.\n\n"
        "Question: Will China raise the matter with Seoul?\n\n"
        "We hope the ROK side will act in the interest of peace.")
    assert rows == [("authorial", None), ("quoted", "Question"), ("quoted", "Question"),
                    ("quoted", "Chinese foreign ministry"),
                    ("quoted", "Chinese foreign ministry"), ("quoted", "Question"),
                    ("quoted", "Chinese foreign ministry")]


def test_a_statement_carried_by_the_agency_is_the_agencys_words():
    rows = voice_speaker_rows(
        "PYONGYANG, May 2 (Wire) -- The Korean Central News Agency carried the following "
        "statement on Sunday.\n\nThe puppet group will pay dearly for its reckless choice.")
    assert rows == [("authorial", None), ("quoted", "Korean Central News Agency")]


def test_a_line_saying_whose_text_follows_names_its_speaker_without_time_or_place():
    assert issuer("The following are remarks by U.S. Secretary of State Antony "
                  "Blinken.") == "U.S. Secretary of State Antony Blinken"
    assert issuer("The following is a speech by the president of the United States to the "
                  "nation on Tuesday in Washington.") == "president of the United States"
    assert issuer("The following is from the regular press conference of the Chinese foreign "
                  "ministry on Friday.") == "Chinese foreign ministry"
