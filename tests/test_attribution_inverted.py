"""Inverted attribution after a leading quotation, as wire copy writes it: verbs other than
*said* before the source (*declared*, *vowed*, *urged*, *claimed*, *acknowledged*, *admitted*,
*announced*, *responded*) and a source that is one of a group (*said one of the advisers*:
the advisers are the source). A quotation that opens the sentence and is followed by such a
clause is the source's words even when the clause is longer than the quotation.

Every sentence here was written for this file in the style of wire and Korean English-language
copy; none is copied from an outlet. The expected values were checked by hand.
"""

from tests.speaker_rows import rows

AUTHORIAL = ("authorial", None, None)


def test_a_leading_quotation_with_an_inverted_verb_other_than_said_is_quoted():
    text = ('The allies agreed on a new consultative body.\n\n'
            '"This is a turning point," declared Lee Jong-sup, the defense minister.\n\n'
            '"We will answer any attack in kind," vowed Kim Yo Jong, the leader\'s sister.\n\n'
            '"Talks are the only way out," urged Mao Ning, a foreign ministry spokesperson.')
    got = rows(text)
    assert got[0] == AUTHORIAL
    assert [(v, s) for v, s, _ in got[1:]] == [
        ("quoted", "Lee Jong-sup"), ("quoted", "Kim Yo Jong"), ("quoted", "Mao Ning")]


def test_acknowledged_and_admitted_after_a_quotation_name_their_source():
    text = ('"The timing was not ideal," acknowledged a senior administration official.\n\n'
            '"We were caught off guard," admitted one of the ministry\'s officials.')
    assert [(v, s) for v, s, _ in rows(text)] == [
        ("quoted", "senior administration official"),
        ("quoted", "ministry's officials")]


def test_one_of_a_group_after_an_inverted_said_is_the_source():
    text = ('"The deal is a bluff," said one of the advisers, who spoke on condition of '
            'anonymity because the talks were private.')
    assert [(v, s) for v, s, _ in rows(text)] == [("quoted", "the advisers")]


def test_a_long_clause_after_an_unrecognised_verb_stays_the_writers():
    # "chanted" is no reporting verb of the rules: the short quotation stays a partial one
    # and the sentence the writer's, as before.
    text = '"No war," the protesters chanted outside the embassy for most of the afternoon.'
    assert rows(text) == [AUTHORIAL]
