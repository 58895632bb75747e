"""A single office title right before a person's name is no part of the keyphrase (issue 14;
text written for this project in the style of wire copy)."""

from __future__ import annotations

from analysis.metrics.keyphrases import extract_keyphrases

TEXT = ("Envoy hails submarine visit\n\n"
        "White House Pacific Coordinator Dana Whitfield said on Tuesday that the submarine's "
        "port call showed the strength of the alliance. Whitfield said the group would meet "
        "again in July. U.S. Trade Representative Marcus Ellery said the talks would go on.")


def test_office_title_is_cut_from_the_name():
    phrases = [k for k, _ in extract_keyphrases(TEXT, k=10)]
    assert "Dana Whitfield" in phrases
    assert not any("Coordinator" in p for p in phrases)
    assert "Marcus Ellery" in phrases
    assert not any("Representative" in p for p in phrases)


def test_plural_office_stays_in_a_name():
    phrases = [k for k, _ in extract_keyphrases(
        "The House of Representatives Armed Services Committee met on Tuesday. The House of "
        "Representatives voted on the bill.", k=10)]
    assert "House of Representatives" in " ".join(phrases)


def test_a_professors_title_is_no_keyphrase_of_its_own():
    phrases = [k for k, _ in extract_keyphrases(
        "\u201cIt is not the end of the alliance.\u201d Professor Han Sung-joo made that comment "
        "in a recent interview. Han said the summit would test the alliance. The professor "
        "warned that the alliance faced its hardest year.", k=10)]
    assert "Han Sung-joo" in phrases
    assert "Professor" not in phrases
