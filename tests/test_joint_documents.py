"""A document of two parties is the source, not the second party: *A joint statement by the
U.S. and South Korea says ...* was credited to South Korea alone, the subject reader stopping at
*and* (analysis/corpus/inner_sources.py).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from analysis.corpus import Document


def first(text):
    """(voice, speaker, actor) of the first sentence of ``text``."""
    s = Document.from_text(text).sentences[0]
    return s.voice, s.speaker, s.actor


@pytest.mark.parametrize("text, speaker", [
    ("A joint statement by Canada and Mexico says the two navies will hold drills each spring.",
     "joint statement"),
    ("A joint statement by the U.S. and South Korea said an attack would end the regime.",
     "joint statement"),
    ("A joint communique from France and Italy said the allies would share satellite data.",
     "joint communique"),
    ("The agreement between Manila and Tokyo states that the patrols will continue.",
     "the agreement"),
    # issued by two: the text with both its makers, as "issued by the ministry" keeps its one
    ("The declaration issued by Manila and Canberra said the patrols would continue.",
     "declaration issued by Manila and Canberra"),
    ("A joint statement by the U.S., Japan and South Korea says the drills will expand.",
     "joint statement"),
])
def test_a_text_of_two_parties_is_the_source(text, speaker):
    assert first(text)[:2] == ("quoted", speaker)


def test_two_parties_that_speak_themselves_stay_joint():
    assert first("Canada and Mexico said the two navies will hold drills each spring.") == \
        ("quoted", "Canada and Mexico", "Canada and Mexico")
    # one maker, as before: the document noun with its maker
    assert first("A report by the Congressional Research Service said the group met twice.")[:2] \
        == ("quoted", "report")



def test_a_text_issued_by_one_body_keeps_its_maker():
    assert first("A statement issued by the ministry says the drills will go ahead.")[:2] == (
        "quoted", "the ministry")


def test_a_pronoun_stands_for_neither_of_two_joined_subjects():
    text = ("Ambassador Ana Ruiz said on Tuesday that talks would resume.\n\n"
            "President Tom Hale and Prime Minister Eva Lind are scheduled to meet on "
            "Wednesday.\n\n\"We are ready,\" she said.")
    speakers = [s.speaker for s in Document.from_text(text).sentences]
    assert speakers == ["Ana Ruiz", None, "Ana Ruiz"]
