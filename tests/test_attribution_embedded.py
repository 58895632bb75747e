"""Speaker problems of a newcomer's test corpus (QA report items 6, 7 and 11): an embedded
``what it said was`` inside the writer's own sentence, Yonhap's ``X was quoted as saying``, the
writer's judgement ``critics are right to ask``, a speaker phrase that keeps its determiner and
numeral, and a non-speaking subject (``The agreement ... creates``).

Every sentence here was written for this file in the style of wire copy and Korean
English-language press; none is copied from an outlet. The expected values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.cues import find_reporting_clause


def rows(text, **kw):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text, **kw).sentences]


def test_what_it_said_was_inside_a_background_sentence_is_no_reporting_clause():
    text = ("Seoul's defence ministry said it was monitoring the North's military closely.\n\n"
            "The North in March conducted what it said was a test of a new underwater drone, "
            "and launched a long-range missile toward the sea.")
    assert rows(text)[1] == ("authorial", None, None)
    for sentence in ("Pyongyang fired what it called a new solid-fuel missile on Friday.",
                     "The North launched what officials described as a cruise missile.",
                     "The army staged what state media said was a counterattack drill."):
        assert find_reporting_clause(sentence, False) == (None, False)
    # A reporting clause of the whole sentence still counts.
    assert find_reporting_clause("Officials said the North launched a cruise missile.",
                                 False) == ("Officials", False)


def test_x_was_quoted_as_saying_names_x_as_the_speaker():
    text = ("President Yoon Suk Yeol met community leaders in Boston on Friday, according to "
            "his spokesperson Lee Do-woon.\n\n"
            "\"The alliance has never been stronger,\" Yoon was quoted as saying.")
    assert rows(text)[1] == ("quoted", "Yoon", "Yoon Suk Yeol")
    relayed = "                                         Kim was quoted by KCNA as saying."
    assert find_reporting_clause(relayed, True) == ("Kim", False)


def test_critics_are_right_to_ask_is_the_writers_judgement():
    text = ("Seoul gains a seat at the planning table. Still, critics are right to ask "
            "whether a consultative body can replace an arsenal of one's own.")
    got = rows(text)
    assert got[1][0] == "authorial"
    assert "critics are right to" not in {sp for _, sp, _ in got}


def test_a_speaker_phrase_keeps_its_determiner_and_numeral():
    raw, _ = find_reporting_clause(
        "The allies will hold joint drills next month, the two countries announced Monday.",
        False)
    assert raw == "the two countries"


def test_an_agreement_that_creates_something_is_no_speaker():
    text = ("WASHINGTON (AP) — The United States will send a nuclear-armed submarine to South "
            "Korea, President Joe Biden announced Wednesday.\n\n"
            "The agreement, dubbed the Washington Declaration, also creates a consultative "
            "group that will give Seoul a greater say in how the U.S. would plan for a nuclear "
            "conflict. In return, South Korea reaffirmed its commitment not to build its own "
            "nuclear weapons.")
    got = rows(text)
    assert got[1] == ("authorial", None, None)
    assert got[2][1] == "South Korea"


def test_a_partial_quotation_after_a_judgement_is_the_subordinate_clauses_subject():
    text = ("Still, critics are right to ask whether a consultative body is enough.\n\n"
            "When President Biden stood beside his guest and promised the \"end\" of any "
            "regime that attacked the South, he was reaching for the strongest words he had.")
    assert rows(text)[1][:2] == ("quoted", "Biden")
    assert find_reporting_clause(
        "When the minister arrived, he promised an answer.", False) == ("he", False)


def test_what_it_called_with_a_quoted_fragment_is_the_sentence_subjects():
    text = ("Pyongyang fired what it called \"a warning to the warmongers\" into the sea "
            "on Friday.")
    assert rows(text)[0][:2] == ("quoted", "Pyongyang")
