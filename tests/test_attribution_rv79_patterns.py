"""Readings a second review found wrong after the rules of real69 and real70, mended: an
evaluative act before a relay keeps its source (only a plan gives the words to the cited
source), *the general secretary* is no secretary, *a Japanese official in Seoul* is Japan's, a
passage in a commentary is the commentary's, *Nobody said so*, a heading that mentions someone's
comments, *This commentary argues* after an article was named, a people's adjective after an
opening phrase, things that threaten, a poll's month, and a relative clause's subject.

Every text here was written for this file in the styles of wire copy, Korean English-language
press, KCNA as reported and ministry records; none is copied from an outlet. The expected
values were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("sentence, source", [
    ("Kim Yo Jong ridiculed Yoon as a fool, Yonhap reported, citing KCNA.", "Kim Yo Jong"),
    ("Kim Yo Jong took aim at Seoul's drills, Yonhap reported, citing KCNA.", "Kim Yo Jong"),
    ("Austin, who warned Pyongyang last month, will visit Seoul next week, Yonhap reported, "
     "citing the defense ministry.", "the defense ministry"),
    ("Yoon is set to visit Washington in April, Yonhap reported, citing the presidential office.",
     "the presidential office"),
])
def test_a_relay_citing_a_source_gives_it_a_plan_not_an_act(sentence, source):
    assert one(sentence)[:2] == ("quoted", source)


def test_the_general_secretary_is_no_secretary():
    got = rows("Secretary of State Antony Blinken said talks were open. Kim Jong Un, the general "
               "secretary of the ruling Workers Party, oversaw a missile launch. The secretary "
               "said the offer still stood.")
    assert got[2][2] == "Antony Blinken"


def test_an_official_in_a_city_is_his_countrys():
    got = rows("A Japanese official in Seoul said the talks went well. The official said Japan "
               "might join later.")
    assert got[1][2] == "Japan"


@pytest.mark.parametrize("sentence, speaker", [
    ("A passage in the KCNA commentary warned that the drills would be met with force.",
     "the KCNA commentary"),
])
def test_a_text_after_a_common_noun_is_the_source(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("naming", ["Nobody said so at the time.", "Few said so."])
def test_no_one_who_said_so_names_the_sentence_before(naming):
    assert rows("The alliance would hold. " + naming)[0] == ("authorial", None, None)


def test_a_heading_about_someones_comments_names_no_answerer():
    got = rows("Answer to a Media Question on the Comments by ROK President Yoon Suk Yeol\n\n"
               "Question: How do you view his remarks?\n\n"
               "Answer: We regard them as dangerous. They raise tension.")
    assert got[2][1] == "Answer"


def test_this_commentary_after_an_article_was_named_is_the_articles():
    got = rows("Rodong Sinmun ran a lengthy article on Monday. This commentary argues that the "
               "U.S. is preparing for war.")
    assert got[1][0] == "quoted"


@pytest.mark.parametrize("sentence", [
    "At the summit in Seoul, Japanese demands for a seat at the table went unanswered.",
    "Among lawmakers in Seoul, Democratic Party claims that the group is hollow have gained "
    "ground.",
    "The new consultative group threatens to upend the balance of power in Northeast Asia.",
    "The nuclear-armed state threatens the entire region with its missiles.",
    "The strategy showed its limits when Pyongyang tested another missile in July.",
    "The group that Biden said would meet quarterly has met only twice.",
])
def test_the_writers_sentences(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence, actor", [
    ("A poll by the Asan Institute in March found support was lower.", "Asan Institute"),
    ("North Korean media watchers said the language was unusually harsh.",
     "North Korean media watchers"),
])
def test_sources_named_with_a_setting_or_a_trade(sentence, actor):
    assert one(sentence)[2] == actor


@pytest.mark.parametrize("sentence", [
    "North Korea fired a missile, which it called a \"warning\" to the allies.",
    "The missile landed in waters the North calls its \"sovereign zone.\"",
    "Twenty people were injured on Monday in Seoul by an explosion that Mayor Oh Se-hoon "
    "described as \"an intentional act.\"",
])
def test_a_relative_clause_of_naming_qualifies_the_writers_noun(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence, speaker", [
    ("The opposition Democratic Party called the declaration an empty promise.",
     "The opposition Democratic Party"),
    ("The sister of North Korean leader Kim Yo Jong called it \"a manifestation of hostility.\"",
     "Kim Yo Jong"),
    ("The North called the drills \"a rehearsal for invasion.\"", "North"),
])
def test_a_subject_that_names_something_speaks(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and speaker.split()[-1] in got[1]
