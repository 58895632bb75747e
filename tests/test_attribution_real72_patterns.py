"""Sources read off the errors of a blind set of real coverage (real72, scored before its
errors were read): *According to Yonhap, citing the defense ministry, ...*, a body's statement
with its title relayed by an agency, a naming frame after a quotation (*Minister Shin said this
in his opening remarks at ...*), and the pronoun of *during which they* after a meeting.

Every text here was written for this file in the styles of wire copy, Korean English-language
press and KCNA as reported; none is copied from an outlet. The expected values were checked
by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("sentence, speaker", [
    ("According to Yonhap, citing the defense ministry, four fighter jets joined the drill.",
     "defense ministry"),
    ("According to Kyodo, citing a government source, Tokyo will send an observer.",
     "government source"),
])
def test_an_opening_relay_that_cites_a_source_gives_the_words_to_the_source(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1].endswith(speaker)


def test_an_opening_relay_without_a_cited_source_keeps_them():
    assert one("According to Yonhap, four fighter jets joined the drill.")[:2] == \
        ("quoted", "Yonhap")


@pytest.mark.parametrize("sentence, actor", [
    ("North Korea's foreign ministry issued a statement titled “We will answer force with "
     "force,” according to the Korean Central News Agency.", "North Korea"),
    ("The KPA General Staff released a statement entitled “Nothing will be tolerated,” "
     "according to KCNA.", "North Korea"),
])
def test_a_titled_statement_relayed_by_an_agency_is_its_issuers(sentence, actor):
    got = one(sentence)
    assert got[0] == "quoted" and got[2] == actor


def test_a_naming_frame_after_a_quotation_is_the_writers_and_keeps_the_quotation():
    got = rows("Defense Minister Shin Won-sik said, “We must stay ready.”\n\nMinister Shin "
               "said this in his opening remarks at a forum in Seoul on Wednesday.\n\nHe also "
               "asked for help from the international community.")
    assert [r[:2] for r in got] == [("quoted", "Shin Won-sik"), ("authorial", None),
                                    ("quoted", "Shin")]  # the last naming, "Minister Shin"


@pytest.mark.parametrize("sentence, speaker", [
    ("Earlier in the day, the two defense chiefs held talks in Seoul, during which they "
     "reaffirmed the importance of the alliance.", "defense chiefs"),
    ("Yoon and Biden held talks at the White House, where they pledged to deepen ties.",
     "Yoon and Biden"),
])
def test_the_pronoun_of_during_which_after_a_meeting_is_the_meetings_subject(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and got[1].endswith(speaker)


@pytest.mark.parametrize("sentence, speaker", [
    ("Reporters met the minister at the airport, where he said the talks had gone well.", "he"),
    ("The envoy met North Korean defectors in Seoul, where they told him of abuses at home.",
     "they"),
])
def test_a_pronoun_of_another_number_is_not_the_meetings_subject(sentence, speaker):
    assert one(sentence)[1] == speaker


def test_another_sources_said_so_after_a_quotation_is_its_own_report():
    got = rows("“Provocations will be met with force,” North Korea's defense ministry said.\n\n"
               "China said so last year, too.")
    assert [r[:2] for r in got] == [("quoted", "North Korea's defense ministry"),
                                    ("quoted", "China")]
