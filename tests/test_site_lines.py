"""A news site's own lines around a story are stage, not the writer's words: rights notices,
an opinion page's disclaimer, a link's label and a list of other stories under its heading
(analysis/corpus/site_lines.py, analysis/corpus/furniture_lines.py).

The lines here were written for this file in the shapes sites print; none is copied.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.site_lines import is_list_heading, is_site_line


@pytest.mark.parametrize("line", [
    "ⓒ The Harbour Daily & Harbour Media Co.",
    "Copyright © 2023 Invented News Agency. All rights reserved.",
    "All rights reserved.",
    "Unauthorized reproduction and redistribution prohibited.",
    "Reproduction of this article without permission is strictly prohibited.",
    "The views expressed are her own.",
    "The opinions expressed in this column are those of the author and do not reflect the "
    "paper's position.",
    "Acquire Licensing Rights, opens new tab",
    "Our Standards: The Invented Trust Principles.",
])
def test_site_lines_are_found(line):
    assert is_site_line(line)


@pytest.mark.parametrize("line", [
    "Unauthorized use of nuclear weapons is prevented by strict controls.",
    "The views expressed by the minister drew criticism from the opposition.",
    "Seoul reserved the right to respond to any provocation.",
    "Copyright law was not part of the talks.",
    "The allies said the reproduction of the drill was planned for June.",
])
def test_story_sentences_are_not_site_lines(line):
    assert not is_site_line(line)


def test_list_headings():
    assert is_list_heading("Related articles") and is_list_heading("Most viewed:")
    assert is_list_heading("Read more")
    assert not is_list_heading("Related talks are planned for June.")


def test_a_page_text_keeps_its_story_and_stages_the_site_lines():
    text = ("Seoul said the group would meet in June.\n\n"
            "The allies will also hold drills.\n\n"
            "Related articles\n\n"
            "Allies to hold first group meeting in June\n\n"
            "North Korea fires missile ahead of talks\n\n"
            "Analysts say the talks matter.\n\n"
            "ⓒ The Harbour Daily. All rights reserved.")
    voices = [(s.voice, s.text) for s in Document.from_text(text).sentences]
    assert voices == [
        ("quoted", "Seoul said the group would meet in June."),
        ("authorial", "The allies will also hold drills."),
        ("stage", "Related articles"),
        ("stage", "Allies to hold first group meeting in June"),
        ("stage", "North Korea fires missile ahead of talks"),
        # a sentence with a final stop ends the list: the story's own again
        ("quoted", "Analysts say the talks matter."),
        ("stage", "ⓒ The Harbour Daily."),
        ("stage", "All rights reserved.")]


def test_an_op_ed_signature_with_a_disclaimer_is_stage():
    text = ("A promise, not a guarantee\n\nBy Ana Ruiz\n\n"
            "The pact is a clever bargain. It may not last.\n\n"
            "Ana Ruiz is a senior fellow at an invented institute. The views expressed are her "
            "own.")
    voices = [s.voice for s in Document.from_text(text).sentences]
    assert voices == ["authorial", "stage", "authorial", "authorial", "stage", "stage"]


@pytest.mark.parametrize("line", [
    "The court said unauthorized reproduction of the film was prohibited under the copyright "
    "act.",
    "Unauthorized reproduction of the documents is a crime, prosecutors said.",
    "Reproduction of the leaked memo is prohibited, the ministry told reporters.",
    "The views expressed are his own and do not reflect the policy of the office, Hale said.",
    "Click here to read the full statement, the ministry said in an email to reporters.",
    "(c) The ministry will review the pact every two years, the statement said.",
])
def test_a_reported_notice_is_the_storys(line):
    assert not is_site_line(line)


def test_a_related_list_ends_at_a_story_paragraph():
    text = ("Seoul said the group would meet in June.\n\nRelated articles\n\n"
            "Allies to hold first group meeting in June\n\n"
            "North Korea says drills are a rehearsal for invasion\n\n"
            "Kim Jong Un said in a speech to party cadres on Sunday:\n\n"
            "\"We will answer every drill.\"")
    voices = [s.voice for s in Document.from_text(text).sentences]
    assert voices == ["quoted", "stage", "stage", "stage", "quoted", "quoted"]
    text = ("Related articles\n\nAllies to hold first group meeting in June\n\n"
            "The envoy said the two sides remain far apart on sanctions relief, according to "
            "officials")
    assert [s.voice for s in Document.from_text(text).sentences] == ["stage", "stage", "quoted"]
