"""Wire credit lines, bylines with a role or an outlet and photo credits are stage lines; an
empty or negated *say* reports no words; a source's anonymity and a reduced relative clause's
subject give no keyphrase. All texts are invented, in the styles of Reuters, AP and Korean
English-language copy."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.metrics.furniture import mask_furniture
from analysis.metrics.keyphrases import extract_keyphrases

BODY = ("The allies agreed on Wednesday to form a nuclear planning group.\n\n"
        "The group will meet four times a year.")

LINES = [
    "By Jane Doe, Staff Reporter",
    "By Jane Doe, staff reporter",
    "By Jane Doe and John Roe, The Associated Press",
    "Reporting by Jane Doe; Editing by John Smith",
    "Reporting by Kim Min-ji in Seoul; Additional reporting by Lee Joon; Writing by Jane Doe; "
    "Editing by John Smith",
    "(Reporting by Jane Doe; Editing by John Smith)",
    "Photo: Reuters",
    "Photo: Reuters / Credit: John Photographer",
]


def _voice(text: str, line: str) -> str:
    return next(s.voice for s in Document.from_text(text, "d").sentences if s.text == line)


@pytest.mark.parametrize("line", LINES)
def test_credit_lines_are_stage_at_the_top_and_in_the_body(line):
    top = f"Allies agree on planning group\n\n{line}\n\n{BODY}"
    # after the first four paragraphs: past the byline window
    late = f"Allies agree\n\nSeoul\n\nMay 2, 2023\n\n{BODY}\n\n{line}\n\nTalks go on."
    assert _voice(top, line) == "stage"
    assert _voice(late, line) == "stage"


@pytest.mark.parametrize("line", LINES)
def test_keyphrase_text_blanks_the_credit_lines(line):
    text = f"Allies agree\n\n{BODY}\n\n{line}\n\nTalks go on."
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert "Jane" not in masked and "Reuters" not in masked and "Photographer" not in masked
    assert "The group will meet four times a year." in masked


@pytest.mark.parametrize("line", [
    "By Tuesday, the allies had agreed on the plan.",
    "Reporting by the agency showed a rise in launches.",
    "Photo: a man watches a news broadcast of the launch at a Seoul station.",
])
def test_sentences_that_resemble_credit_lines_stay_the_writers(line):
    assert _voice(f"Allies agree\n\n{BODY}\n\n{line}\n\nTalks go on.", line) == "authorial"


def _reading(sentence: str) -> tuple[str, str | None]:
    s = Document.from_text(f"Talks\n\nThe declaration spoke of peace. {sentence}", "d")
    return s.sentences[-1].voice, s.sentences[-1].speaker


@pytest.mark.parametrize("sentence", [
    "It said nothing about enrichment either.",
    "The report said little about sanctions.",
    "Ms. Han has said almost nothing about the drills.",
    "The ministry would not say whether the ship was hit.",
    "The campaign won't say if the envoy met Kim.",
])
def test_empty_or_negated_say_is_the_writers(sentence):
    assert _reading(sentence) == ("authorial", None)


@pytest.mark.parametrize("sentence, speaker", [
    ("Kim said nothing would change.", "Kim"),  # "nothing" is the clause's subject
    ("Park would not say when, but Park said talks would resume.", "Park"),
])
def test_say_with_content_stays_reported(sentence, speaker):
    assert _reading(sentence) == ("quoted", speaker)


WIRE = ("North Korea tests missile\n\n"
        "SEOUL (Reuters) - North Korea fired a ballistic missile on Wednesday, a South Korean "
        "official who spoke on condition of anonymity said. The launch was a step officials "
        "said would raise tension on the peninsula. Another official, speaking on condition of "
        "anonymity, said the missile flew 600 km. Defense officials said the missile was new.")


def test_anonymity_and_a_reduced_relative_give_no_keyphrase():
    phrases = [k for k, _ in extract_keyphrases(WIRE, k=15)]
    assert "ballistic missile" in phrases
    assert not any(p in {"condition", "anonymity", "step officials"} for p in phrases)
    assert "Defense officials" in phrases or "defense officials" in phrases
