"""Readings a review and a newcomer's corpus found wrong after the rules of real67 and real68:
*X said this was ...* is no naming of the sentence before, a heading that gives an answer's
owner in other words, KCNA's puppet bodies in a text about the two Koreas, a comma that closes
an opening phrase before a verb like *claims*, adjectives in *-ing* inside an inverted subject,
*This commentary argues* in an op-ed, a G7 warning, a state that threatens, a joint
communique, a plan one *has*, a concession's *he was wrong* and *by Friday*.

Every text here was written for this file in the styles of wire copy, Korean English-language
press, KCNA, TASS and Chinese statements as reported, ministry records and commentary; none is
copied from an outlet. The expected values were checked by hand against
``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("text", [
    "North Korea fired an ICBM on Wednesday. Defense Minister Lee Jong-sup said this was a clear "
    "violation of UN resolutions.",
    "The drills will go on. The White House said this week that they were defensive.",
    "The drills will go on. President Yoon Suk Yeol said this year's drills were the largest.",
])
def test_said_this_before_a_clause_names_no_earlier_source(text):
    got = rows(text)
    assert got[0] == ("authorial", None, None)
    assert got[1][0] == "quoted"


@pytest.mark.parametrize("naming, source", [
    ("This was stated in an interview with RIA Novosti by Deputy Foreign Minister Sergei "
     "Ryabkov.", "Sergei Ryabkov"),
    ("This was stated by Gen. Paul LaCamera, commander of U.S. Forces Korea.", "Paul LaCamera"),
    ("This was stated by Sen. Lindsey Graham.", "Lindsey Graham"),
    ("This was stated on April 27 by Deputy Foreign Minister Sergei Ryabkov.", "Sergei Ryabkov"),
    ("Ryabkov said this on Friday.", "Ryabkov"),
])
def test_the_naming_sentence_gives_the_sentence_before_to_its_source(naming, source):
    got = rows("The drills are a threat to peace. " + naming)
    assert got[0][:2] == ("quoted", source)
    assert got[1] == ("authorial", None, None)


@pytest.mark.parametrize("heading, owner", [
    ("Answer by Foreign Ministry Spokeswoman Maria Zakharova to a media question about the "
     "Washington Declaration", "Maria Zakharova"),
    ("Foreign Ministry Spokesperson Wang Wenbin Answers a Journalist's Question on the "
     "Washington Declaration", "Wang Wenbin"),
])
def test_a_heading_that_names_the_answers_owner(heading, owner):
    got = rows(heading + "\n\nQuestion: How do you view the declaration?\n\n"
               "Answer: We regard it as a dangerous step. It raises tension in the region.")
    assert got[2][:2] == ("speech", owner)
    assert got[3][:2] == ("speech", owner)


@pytest.mark.parametrize("text", [
    "The DPRK Foreign Ministry issued a statement on Monday denouncing the south Korean regime."
    "\n\nThe puppet authorities blustered that the drills were defensive in nature.",
    "KCNA on Tuesday slammed the drills staged by the Yoon Suk Yeol group.\n\n"
    "The puppet regime claimed that the exercises posed no threat to anyone.",
    "KCNA on Tuesday slammed the drills of the south Korean military.\n\nThe puppet defence "
    "ministry clamoured that the DPRK was to blame.",
])
def test_kcnas_puppet_bodies_in_a_text_about_the_koreas_are_south_koreas(text):
    assert rows(text)[1][2] == "South Korea"


def test_kcnas_puppet_authorities_of_another_war_stay_their_own():
    got = rows("KCNA on Friday denounced the arms deliveries to Ukraine.\n\nThe puppet "
               "authorities claimed that the weapons were needed for defence, the agency said.")
    assert got[1][2] != "South Korea"


@pytest.mark.parametrize("sentence", [
    "Speaking in Seoul, Yoon claims the group gives South Korea a real say.",
    "In an interview with Yonhap, Yoon notes that the group has met twice.",
])
def test_a_comma_closes_the_opening_phrase_before_a_verb_that_may_be_a_noun(sentence):
    assert one(sentence) == ("quoted", "Yoon", "Yoon Suk Yeol")


@pytest.mark.parametrize("sentence", [
    "\"We need our own deterrent,\" said a ruling People Power Party lawmaker.",
    "\"The umbrella is credible,\" said the outgoing U.S. ambassador, Philip Goldberg.",
])
def test_an_adjective_in_ing_does_not_cut_an_inverted_subject(sentence):
    assert one(sentence)[0] == "quoted"


@pytest.mark.parametrize("word", ["commentary", "piece"])
def test_this_commentary_in_an_op_ed_is_the_writers(word):
    got = rows(f"The Nuclear Consultative Group Needs Teeth\n\nThis {word} argues that the NCG "
               "is more symbolic than substantive.")
    assert got[1] == ("authorial", None, None)


@pytest.mark.parametrize("sentence, voice", [
    ("The G7 gave North Korea a stern warning on Saturday.", "quoted"),
    ("Kim Yo Jong gave the United States a stern warning on Sunday.", "quoted"),
    ("Pyongyang's Hwasong-18 gave the region a stark warning.", "authorial"),
    ("The B-52s sounded a warning to Pyongyang.", "authorial"),
])
def test_a_warning_given_by_a_body_or_a_person_not_a_weapon(sentence, voice):
    assert one(sentence)[0] == voice


@pytest.mark.parametrize("sentence, speaker", [
    ("The reclusive state threatened to respond with \"overwhelming\" force.",
     "the reclusive state"),
    ("The hardliners threatened to walk out of the talks.", "the hardliners"),
    ("The joint communique underscored the allies' resolve to deter North Korea.",
     "the joint communique"),
    ("More than forty-five lawmakers said the declaration fell short.", "forty-five lawmakers"),
    ("Fewer than thirteen senators said they backed the plan.", "thirteen senators"),
])
def test_sources_that_speak(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "Kishida has a plan to use the talks to tell Xi that Tokyo will not back down.",
    "Biden is scheduled to use the visit to warn Pyongyang that any attack would end the regime.",
    "Although Austin said the deployment was temporary, he was wrong: the submarine stayed "
    "for months.",
    "The deal was considered a \"done deal\" by Friday, ending weeks of wrangling.",
    "The statement was later read on state television by an announcer.",
    "Neither did the ministry say whether Moscow would raise the issue.",
    "Nor has the ministry said whether Moscow would raise the issue.",
])
def test_the_writers_sentences(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence, source", [
    ("These drills were described as a \"dangerous provocation\" by North Korea, which vowed "
     "to bolster its nuclear deterrent.", "North Korea"),
    ("The launch was branded a \"grave threat\" by Pyongyang on Tuesday, raising fears of a "
     "test.", "Pyongyang"),
])
def test_a_passive_agent_before_a_relative_or_a_day(sentence, source):
    assert one(sentence)[:2] == ("quoted", source)


def test_a_concession_before_he_was_careful_to_add_still_reports():
    got = one("Although Austin said the deployment was temporary, he was careful to add that "
              "more visits would follow.")
    assert got[:2] == ("quoted", "Austin")


@pytest.mark.parametrize("sentence, source", [
    ("Yoon will visit Washington next month, Yonhap reported, citing the presidential office.",
     "the presidential office"),
    ("Japan will join the drills, Yonhap reported, citing a military official.",
     "military official"),
    ("Pyongyang slammed the drills as a rehearsal for invasion, NK News reported, citing state "
     "media.", "Pyongyang"),
])
def test_a_relay_citing_a_source_after_a_clause_that_reports_nothing(sentence, source):
    assert one(sentence)[:2] == ("quoted", source)


@pytest.mark.parametrize("text, actor", [
    ("A senior official at South Korea's foreign ministry said the talks went well. "
     "The official said the NCG would meet in June.", "South Korea"),
    ("Kurt Campbell, the White House coordinator, said the talks went well. "
     "The coordinator said more would follow.", "Kurt Campbell"),
    ("Cho Hyun-dong, the ambassador, denied the report. The ambassador told Nikkei Asia that "
     "the group would stay bilateral.", "Cho Hyun-dong"),
    ("The Chosun Ilbo said the plan was sound. The Hankyoreh said it was hollow. "
     "The paper said Seoul had been misled.", "The Hankyoreh"),
])
def test_role_nouns_refer_back_to_the_right_source(text, actor):
    assert rows(text)[-1][2] == actor


@pytest.mark.parametrize("text, speaker", [
    ("MOSCOW, June 26. /tass/. The new partnership is designed to play a stabilizing role, "
     "Zakharova said.", "Zakharova"),
    ("TOKYO, March 3. /TASS/. Japan will join the drills, the ministry said.", "the ministry"),
])
def test_a_lower_case_russian_agency_dateline_stays_with_its_lede(text, speaker):
    got = rows(text)
    assert len(got) == 1 and got[0][:2] == ("quoted", speaker)


def test_a_survey_by_a_maker_is_the_makers_not_the_survey_before():
    got = rows("A Gallup Korea survey found 60 percent backed the plan. A survey by the Asan "
               "Institute found support was lower.")
    assert got[1] == ("quoted", "survey by the Asan Institute", "Asan Institute")


@pytest.mark.parametrize("sentence, speaker, actor", [
    ("NHK reports that South Korea's Unification Ministry expressed regret.",
     "South Korea's Unification Ministry", "South Korea"),
    ("Reuters reported that Japan's defense ministry voiced concern over the launch.",
     "Japan's defense ministry", "Japan"),
])
def test_a_named_source_inside_an_outlets_report_speaks(sentence, speaker, actor):
    assert one(sentence) == ("quoted", speaker, actor)
