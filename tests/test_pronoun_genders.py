"""A he or a she passes over a person the document or the actor list shows to take the other
pronoun. Texts written for these tests in the styles of wire copy and briefings as reported."""

from analysis.corpus.pronoun_genders import pronouns_named
from tests.speaker_rows import voice_speaker_rows


def test_she_passes_over_a_listed_man_for_the_spokeswoman_before_him():
    rows = voice_speaker_rows(
        "Chinese Foreign Ministry spokeswoman Mao Ning said on Monday that Beijing opposed the "
        "plan. President Joe Biden said the allies would respond to any attack. She continued, "
        "saying the moves would raise tension.")
    assert [speaker for _, speaker in rows] == ["Mao Ning", "Joe Biden", "Mao Ning"]


def test_he_passes_over_a_woman_the_text_names_as_one():
    rows = voice_speaker_rows(
        "Her husband, Kim Dong-su, a retired colonel, spoke first. Choi Eun-hee, his wife, said "
        "the alliance had never been stronger. “This time is different,” he said.")
    assert rows[1:] == [("quoted", "Choi Eun-hee"), ("quoted", "Kim Dong-su")]


def test_a_pronoun_keeps_the_last_person_when_nothing_tells_against_it():
    # nothing is known of Park Won-gon: the nearest person stays the pronoun's
    rows = voice_speaker_rows(
        "Mr. Cho Tae-yong said the plan was firm. Analyst Park Won-gon said the move was "
        "symbolic. She added that the group would meet in June.")
    assert [speaker for _, speaker in rows] == ["Cho Tae-yong", "Park Won-gon", "Park Won-gon"]


def test_a_bare_family_name_of_two_persons_tells_nothing():
    # "Kim" may be Kim Yo Jong or Kim Jong Un: a later "she" stays with the last "Kim"
    rows = voice_speaker_rows(
        "North Korea's Kim Yo Jong, sister of leader Kim Jong Un, said on Monday that the drills "
        "were a provocation. “They should stop,” Kim said in a statement. She also rejected "
        "calls for talks.")
    assert [speaker for _, speaker in rows][1:] == ["Kim", "Kim"]


def test_the_persons_a_sentence_names_with_a_role_or_an_honorific():
    assert pronouns_named("SEOUL -- North Korea's Kim Yo Jong, sister of leader Kim Jong Un, "
                          "said") == {"Kim Yo Jong": "she"}
    assert pronouns_named("Ms. Kim said. Her brother, Kim Jong Un, has. Foreign Ministry "
                          "spokeswoman Mao Ning said. Joe Biden and his wife, Jill Biden, "
                          "went.") == {"Kim": "she", "Kim Jong Un": "he", "Mao Ning": "she",
                                       "Jill Biden": "she"}
    assert pronouns_named("the allies met in seoul.") == {}


def test_no_sentence_opener_or_relative_clause_names_a_person():
    assert pronouns_named("Separately, his wife visited a school in Seoul.") == {}
    assert pronouns_named("In Seoul, the first lady visited a market.") == {}
    assert pronouns_named("Yoon Suk Yeol, the president whose wife faces charges, said "
                          "so.") == {}
    assert pronouns_named("Joe Biden, his wife said, was tired.") == {}
    rows = voice_speaker_rows(
        "Park Won-gon said the move was symbolic. Yoon Suk Yeol, the president whose wife "
        "faces charges, said the plan was firm. “It is over,” he said.")
    assert [speaker for _, speaker in rows] == ["Park Won-gon", "Yoon Suk Yeol", "Yoon Suk Yeol"]
