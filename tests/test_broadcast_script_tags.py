"""A broadcaster's published script with its part tags on their own lines (``[Anchor Lead]``,
``[Pkg]``, ``[Soundbite]``), then a bite's ``Name (Post): words``.

The tag names the part of the script, not a speaker: the script stays an article (the anchor's
and the reporter's parts are the outlet's copy) and each bite is its named speaker's words. A
tag read as a bracketed speaker label made every sentence after the first bite the speech of
"Soundbite". Every sentence here was written for this file in the style of a Korean
broadcaster's English script; none is copied. The expected values were checked by hand.
"""

from analysis.corpus.paragraph_labels import paragraph_label
from analysis.corpus.role_labels import is_rubric_tag
from tests.speaker_rows import rows

SCRIPT = (
    "NCG LAUNCH\n\n[Anchor Lead]\n\n"
    "Seoul and Washington held the first meeting of their new nuclear planning body on Tuesday. "
    "We have the details.\n\n[Pkg]\n\n"
    "The group met in Seoul for three hours.\n\n"
    "[Soundbite]\nPark Ji-hoon (Korea Institute for Defense Analyses): The meeting shows that "
    "Washington is willing to share its planning with Seoul.\n\n"
    "North Korea has not yet responded to the meeting.\n\n"
    "Kim Tae-ho (Principal Deputy National Security Adviser): The group will meet four times a "
    "year from now on.\n\n"
    "The next meeting is slated for December in Washington.")


def test_script_tags_open_no_turn_and_bites_keep_their_speakers():
    got = [(voice, speaker) for voice, speaker, _ in rows(SCRIPT)]
    assert got == [
        ("stage", None), ("stage", None),
        ("authorial", None), ("authorial", None),
        ("stage", None),
        ("authorial", None),
        ("quoted", "Park Ji-hoon"),
        ("authorial", None),
        ("quoted", "Kim Tae-ho"),  # a post of 42 characters in the parenthesis
        ("authorial", None),
    ]


def test_the_same_script_with_single_line_breaks():
    lines = SCRIPT.replace("\n\n", "\n")
    got = [(voice, speaker) for voice, speaker, _ in rows(lines)]
    assert ("quoted", "Park Ji-hoon") in got and ("quoted", "Kim Tae-ho") in got
    assert all(speaker != "Soundbite" for _, speaker in got)
    assert got[-1] == ("authorial", None)


def test_tags_are_rubrics_and_names_are_not():
    assert is_rubric_tag("Soundbite") and is_rubric_tag("Anchor Lead") and is_rubric_tag("Pkg")
    assert not is_rubric_tag("Host") and not is_rubric_tag("Kim Min-ji")
    bite = "[Soundbite]\nLee Su-min (Professor, Korea University): Pyongyang will answer soon."
    assert paragraph_label(bite, 0, len(bite)) == "Lee Su-min"
