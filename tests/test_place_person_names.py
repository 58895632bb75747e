"""A person's name right after a title's place ("Ambassador to South Korea Vera Lindqvist"):
the place and the person are two names, in keyphrase candidates
(:mod:`analysis.metrics.keyphrase_person_starts`) and in the speaker tracker's record of the
person (:mod:`analysis.corpus.place_names`), on texts written for these tests."""

from analysis.corpus import Document
from analysis.corpus.place_names import person_after_place, placed_tail
from tests.candidate_keys import keys

WIRE = (
    "U.S. Ambassador to South Korea Vera Lindqvist said on Tuesday that Washington understood "
    "the worries of South Koreans about the alliance. Asked whether tactical weapons could "
    "return to the peninsula, the ambassador said she would not discuss a hypothetical case. "
    "Lindqvist added that the two allies would keep meeting every quarter.")


def test_a_place_after_a_title_ends_before_the_holders_name():
    found = keys(WIRE)
    assert "vera lindqvist" in found
    assert "south korea vera lindqvist" not in found
    found = keys("The British ambassador to Japan Colin Ferris met officials in Tokyo. "
                 "Ferris said the visit went well.")
    assert "colin ferris" in found and "japan colin ferris" not in found
    found = keys("Consul General in Busan Omar Haddad spoke at the opening of the fair on "
                 "Friday. Haddad praised the port city.")
    assert "omar haddad" in found and "busan omar haddad" not in found


def test_a_title_before_the_place_lets_an_unlisted_given_name_start_the_person():
    found = keys("U.S. Ambassador to Japan Rahm Okonkwo said on Monday that the alliance was "
                 "strong. Okonkwo added that talks would go on.")
    assert "rahm okonkwo" in found and "japan rahm okonkwo" not in found
    found = keys("The special envoy to North Korea Sung Kim visited Seoul on Monday and met "
                 "officials. Kim left on Friday.")
    assert "sung kim" in found and "north korea sung kim" not in found


def test_a_body_named_after_a_place_stays_whole():
    found = keys("Officers of the Republic of Korea Air Force took part in the drill. "
                 "Ships of the Japan Coast Guard sailed to the area.")
    assert "republic of korea air force" in found and "japan coast guard" in found
    assert "air force" not in found and "coast guard" not in found


def test_person_after_place_reads_the_run():
    stop = frozenset({"ambassador", "guard", "force"})
    assert person_after_place("South Korea Vera Lindqvist".split(), stop, titled=True) == 2
    assert person_after_place("South Korea Vera Lindqvist".split(), stop) is None  # unlisted
    assert person_after_place("Busan Colin Ferris".split(), stop) == 1  # a listed given name
    assert person_after_place("Japan Coast Guard".split(), stop) is None
    assert person_after_place("Washington Free Beacon".split(), stop) is None
    assert person_after_place("Washington Free Beacon".split(), stop, titled=True) == 1
    assert placed_tail("consul general in Busan Omar Haddad".split(),
                       frozenset({"general", "consul"})) == "Omar Haddad"


def test_the_ambassador_and_the_bare_surname_are_the_person_not_the_run():
    doc = Document.from_text(WIRE)
    first, second, third = doc.sentences
    assert (first.voice, first.speaker, first.actor) == ("quoted", "Vera Lindqvist",
                                                         "Vera Lindqvist")
    assert (second.voice, second.speaker, second.actor) == ("quoted", "the ambassador",
                                                            "Vera Lindqvist")
    assert (third.voice, third.speaker, third.actor) == ("quoted", "Lindqvist", "Vera Lindqvist")


def test_a_lower_case_title_before_the_place_gives_the_actor():
    doc = Document.from_text("The consul general in Busan Omar Haddad said the port was busy "
                             "all year. Haddad added that more ships came every month.")
    first, second = doc.sentences
    assert (first.voice, first.actor) == ("quoted", "Omar Haddad")
    assert (second.voice, second.speaker, second.actor) == ("quoted", "Haddad", "Omar Haddad")
