"""Editor's notes, role bylines, rubric tags and role labels are nobody's words
(:mod:`analysis.corpus.editor_notes`, :mod:`analysis.corpus.role_labels`). All texts are
invented."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.corpus.editor_notes import is_editor_note, is_role_byline
from analysis.corpus.role_labels import is_rubric_tag
from analysis.metrics.furniture import mask_furniture


def rows(text):
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


@pytest.mark.parametrize("note", [
    "The following interview has been edited for length.",
    "This transcript has been lightly edited and condensed for clarity.",
    "Answers have been condensed for brevity.",
    "The interview was conducted in Korean and translated by the paper.",
    "Editor's note: The author is a former deputy national security adviser.",
    "This Q&A has been edited for length and clarity."])
def test_editor_note_on_the_text_is_recognised(note):
    assert is_editor_note(note)


@pytest.mark.parametrize("sentence", [
    "The declaration has been edited by both governments.",
    "The remarks were edited out of the broadcast, the ministry said.",
    "The text was translated into five languages, officials said.",
    "This story has been updated.",
    "The following statement was translated by KCNA."])
def test_sentence_about_someone_elses_edit_is_no_editor_note(sentence):
    assert not is_editor_note(sentence)


@pytest.mark.parametrize("line", ["By a guest columnist", "By a staff reporter",
                                  "By our correspondent", "By our Tokyo correspondent",
                                  "By the editorial board", "By Herald staff",
                                  "By a former US defense official", "By a senior fellow",
                                  "By a retired South Korean diplomat"])
def test_byline_of_a_role_is_recognised(line):
    assert is_role_byline(line)


@pytest.mark.parametrize("line", ["By Jane Doe", "By a margin of ten points",
                                  "By the end of the year", "By Tuesday, the allies agreed.",
                                  "By a staff reporter's count, ten missiles flew.",
                                  "By an official count", "By the official figures",
                                  "By Friday the negotiators", "By US and South Korean officials",
                                  "By Monday North Korean officials", "By the way the officials"])
def test_a_phrase_with_by_is_no_role_byline(line):
    assert not is_role_byline(line)


OPED = ("[Opinion] Deterrence needs more than words\n\nBy a guest columnist\n\n"
        "The allies have promised a great deal this spring. Promises are cheap, however.")


def test_role_byline_is_stage_and_gives_no_keyphrase():
    assert rows(OPED)[1] == ("stage", None, None)
    doc = Document.from_text(OPED)
    masked = mask_furniture(doc.text)
    assert "columnist" not in masked
    assert "allies" in masked


INTERVIEW = ("[Interview] Retired general says the nuclear group is overdue\n\n"
             "The following interview has been edited for length and clarity.\n\n"
             "Q. Is the group enough?\n\n"
             "A. Not yet. But I think it will grow.\n\n"
             "Q. What comes next?\n\n"
             "A. More drills, I expect.")


def test_rubric_headline_and_editor_note_of_an_interview_are_stage():
    got = rows(INTERVIEW)
    assert got[:2] == [("stage", None, None), ("stage", None, None)]
    assert got[2] == ("speech", "Q", None)
    assert {r[1] for r in got} == {None, "Q", "A"}  # no speaker "Interview"


def test_editor_note_in_an_article_is_stage():
    text = ("Seoul weighs its options\n\n"
            "This interview has been condensed for clarity.\n\n"
            "Park Jin said the allies would meet again in June.")
    assert rows(text)[1] == ("stage", None, None)
    assert rows(text)[2][:2] == ("quoted", "Park Jin")


@pytest.mark.parametrize("tag,rubric", [("Interview", True), ("Op-ed", True),
                                        ("Exclusive", True), ("Host", False),
                                        ("Lee Min-ho", False)])
def test_rubric_tags(tag, rubric):
    assert is_rubric_tag(tag) is rubric


def test_bracketed_host_label_still_opens_a_turn():
    text = ("[Host] Welcome to the program. Tonight we look at the alliance.\n\n"
            "[Guest] Thank you for having me.\n\n[Host] Let us begin with the summit.")
    assert [r[1] for r in rows(text)][:2] == ["Host", "Host"]


PANEL = ("Panel: the alliance after Washington\n\n"
         "Jane Roe: The declaration reassured Seoul.\n\n"
         "Tom Lee: I am not so sure. Support for a bomb is still high.\n\n"
         "Jane Roe: It has fallen since April.\n\n"
         "Moderator: Let us turn to Beijing.\n\n"
         "Audience member: What about Tokyo?\n\n"
         "Tom Lee: Tokyo is watching closely.")


def test_role_label_opens_a_turn_in_a_name_label_dialogue():
    got = rows(PANEL)
    assert got[5] == ("speech", "Moderator", None)
    assert got[6] == ("speech", "Audience member", None)
    assert got[7] == ("speech", "Tom Lee", "Tom Lee")


def test_role_label_is_not_counted_as_words():
    doc = Document.from_text(PANEL)
    from analysis.corpus.transcripts import label_end
    s = doc.sentences[5]
    assert s.text[label_end(s.text):] == "Let us turn to Beijing."


def test_unknown_capitalised_word_label_in_a_dialogue_is_no_turn():
    text = PANEL.replace("Moderator:", "Note:")
    assert rows(text)[5][1] == "Jane Roe"  # "Note:" is no role in the room
