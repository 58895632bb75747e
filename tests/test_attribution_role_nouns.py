"""Role nouns that refer back to a person named with a role: the role set off before the name
(``A former U.S. commander in Korea, Robert Abrams, said``), a place after a role word and a
preposition (``commander in Korea``: no person called Korea), and role nouns with a qualifier
(``the retired general``, ``the former envoy``).

Every text here was written for this file in the styles of wire copy and Korean
English-language press; none is copied from an outlet. The expected values were checked by
hand.
"""

import pytest

from analysis.corpus.role_referents import fronted_role, title_words
from tests.speaker_rows import rows


@pytest.mark.parametrize("text, actor", [
    ("A former U.S. commander in Korea, Robert Abrams, said the alliance was strong. "
     "The former commander warned against complacency.", "Robert Abrams"),
    ("The former top U.S. envoy for North Korea, Sung Kim, said talks were unlikely. "
     "The envoy added that Washington remained open to dialogue.", "Sung Kim"),
    ("A retired general, Chun In-bum, said the plan was sound. "
     "\"It is a step forward,\" the retired general said.", "Chun In-bum"),
    ("Chun In-bum, a retired lieutenant general, said the plan was sound. "
     "\"It is a step forward,\" the retired general said.", "Chun In-bum"),
])
def test_a_role_set_off_before_or_after_a_name_is_that_persons(text, actor):
    assert rows(text)[1][2] == actor


def test_a_place_after_a_role_and_a_preposition_is_no_person():
    text = ("Former U.S. Forces Korea commander Robert Abrams spoke first. "
            "A panel then discussed the powers of the commander in Korea. "
            "The former commander warned against complacency.")
    assert rows(text)[2] == ("quoted", "the former commander", "Robert Abrams")


@pytest.mark.parametrize("sentence, expected", [
    ("A former U.S. commander in Korea, Robert Abrams, said it.", ("commander", "Robert Abrams")),
    ("The new defense minister, Shin Won-sik, said it.", ("minister", "Shin Won-sik")),
    # not a role: an opening phrase of time or of place before the subject
    ("A day later, Kim Yo Jong, the leader's sister, said it.", None),
    ("After meeting the envoy, Yoon Suk Yeol said it.", None),
    # the phrase stops at a preposition: "officials" of "a meeting of officials" is no role
    ("A meeting of officials in Seoul, Yoon Suk Yeol said, went well.", None),
])
def test_fronted_role(sentence, expected):
    roles = frozenset("commander minister envoy official officials leader".split())
    found = fronted_role(sentence, roles)
    if expected is None:
        assert found is None
    else:  # the role and the end of the name it describes
        role, name = expected
        assert found == (role, sentence.index(name) + len(name))


@pytest.mark.parametrize("sentence, name, expected", [
    ("South Korean defense minister Lee Jong-sup said", "Lee", ("defense", "minister")),
    ("a former commander in Korea, Robert Abrams", "Korea", ()),
    ("the ambassador to China said", "China", ()),
    ("The ambassador told Nikkei Asia that", "Nikkei", ()),
    ("Lee said", "Lee", ()),
])
def test_title_words(sentence, name, expected):
    roles = frozenset("minister commander ambassador".split())
    assert title_words(sentence, sentence.index(name), roles) == expected
