"""Reporting verbs that report nothing: the writer's idioms (*It's worth noting*, *no way to
tell*, *had nothing to say*), acts (*declared war*, *claimed a victory*, *charged with*,
*responded by* or *to*), a place before *underscores*, adjectives of a count (*pledged
delegates*), plural nouns after a number or a kind (*four states*, *swing states*), a web
headline's exclamation rubric (*WOW:*, *Revealed:*), which is no speaker label, a thing's name
(*a play called "X"*), object relatives (*which Pyongyang has denounced.*), verbs after *barely*;
bare clauses with adjuncts and *That's according to X.*; furniture lines (a stage direction in
capitals, a promotion line).

Every sentence here was written for this file in the style of wire copy and web headlines; none
is copied from an outlet. The expected values were checked by hand.
"""

from analysis.corpus.quotes import rule_readings
from analysis.corpus.sentences import iter_sentences
from tests.speaker_rows import rows

AUTHORIAL = ("authorial", None, None)


def test_the_writers_idioms_of_saying_and_telling_are_authorial():
    text = ("It's worth noting that the allies have held such talks before. "
            "There is no way to tell whether Pyongyang will respond. "
            "It is too early to say what the group will decide first. "
            "It goes without saying that a nuclear test would end the talks. "
            "Needless to say, Seoul was not told in advance.")
    assert rows(text) == [AUTHORIAL] * 5


def test_declared_war_is_an_act_and_declared_that_still_reports():
    text = ("In 2013 the North declared war on the South in all but name, and it cut the "
            "military hotline. The North declared that the drills were a rehearsal for an "
            "invasion.")
    assert rows(text) == [AUTHORIAL, ("quoted", "North", "North Korea")]


def test_pledged_delegates_are_a_count_and_he_pledged_that_reports():
    text = ("Biden won all 24 pledged delegates in the state's primary on Tuesday. "
            "He pledged that the alliance would stand.")
    assert rows(text) == [AUTHORIAL, ("quoted", "Biden", "Joe Biden")]


def test_states_after_a_number_or_a_kind_of_state_is_the_plural_noun():
    text = ("Turnout in the four states that voted on Saturday was low. "
            "Yoon visited two of the swing states that make chips for Korean firms. "
            "Most Southern states that hold primaries in March have large military bases.")
    assert rows(text) == [AUTHORIAL] * 3


def test_an_exclamation_rubric_is_no_speaker_label():
    for rubric in ("WOW", "Revealed", "BOOM", "Just Leaked", "FIX IS IN"):
        text = f"{rubric}: Yoon Sings American Pie At State Dinner.\n\nHe sang on Wednesday."
        assert rows(text) == [AUTHORIAL, AUTHORIAL], rubric
    # A name before the colon is still the headline's speaker.
    text = "Yoon: Alliance Stronger Than Ever.\n\nYoon spoke in Washington on Thursday."
    assert rows(text)[0] == ("quoted", "Yoon", "Yoon Suk Yeol")


def test_responded_to_or_by_an_act_is_no_report_and_responded_that_is():
    text = ("Beijing responded by sidestepping the talks. "
            "The ministry has not responded to requests for comment. "
            "Seoul responded that the drills would go ahead. "
            "A Chinese official responded by saying Seoul should be careful.")
    assert rows(text) == [AUTHORIAL, AUTHORIAL, ("quoted", "Seoul", "South Korea"),
                          ("quoted", "Chinese official", "China")]  # an official of a country


def test_claimed_or_charged_with_an_act_as_object_is_no_report():
    text = ("The North claimed a victory over the drills. The storm claimed ten lives. "
            "Two sailors were charged with desertion. The hotel charged more than that. "
            "KCNA claimed the drills were a rehearsal for war. "
            "Pyongyang charged that Seoul had broken the deal.")
    assert rows(text) == [AUTHORIAL] * 4 + [("quoted", "KCNA", "KCNA"),
                                            ("quoted", "Pyongyang", "North Korea")]


def test_nothing_to_say_reports_no_words_for_the_rules():
    text = ("Asked about the talks, the envoy had nothing good to say about the allies. "
            "Lee had little to say.")
    assert rule_readings(text, list(iter_sentences(text))) == ["none", "none"]


def test_underscored_after_a_place_is_no_report_and_after_a_speaker_is():
    text = ("But the scene at Panmunjom underlines the fact that tension is high. "
            "Secretary Austin underscored the U.S. commitment. "
            "The ministry underlined that the deal stands.")
    assert rows(text) == [AUTHORIAL, ("quoted", "Austin", "Austin"),
                          ("quoted", "the ministry", "the ministry")]


def test_a_relative_clause_whose_object_is_which_or_whom_reports_nothing():
    text = ("The talks stalled over the 2018 military pact, which Pyongyang has denounced. "
            "Yoon named a general whom Biden mentioned later in his toast. "
            "The drills, which officials said would run for two weeks, began on Monday. "
            "He spoke at a dinner in which he said the alliance was stronger than ever.")
    # The third: a report with a gapped subject (said would) on the writer's noun, its
    # reported words under half the sentence, is the writer's (analysis.corpus.gap_reports).
    assert [v for v, _, _ in rows(text)] == ["authorial", "authorial", "authorial", "quoted"]


def test_a_stage_direction_in_capitals_inside_an_article_excerpt_is_nobodys_words():
    text = ("Yoon and Biden took two questions each.\n\n"
            "\"We will respond to any attack, and we will respond decisively.\n\n"
            "\"(CROSSTALK.)\n\n(APPLAUSE)\n\n"
            "\"It was a good day,\" Yoon said.")
    assert [v for v, _, _ in rows(text)] == [
        "authorial", "quoted", "stage", "stage", "quoted"]


def test_a_promotion_line_is_furniture_even_inside_a_quotation_left_open():
    text = ("\"The alliance is stronger than ever,\" Yoon said.\n\n"
            "\"Follow Kim Min-ji on Twitter @minji_k.\"\n\n"
            "Follow @yonhap.\n\n"
            "Follow the money, the lawmaker said.")
    assert [v for v, _, _ in rows(text)] == ["quoted", "stage", "stage", "quoted"]


def test_a_verb_after_barely_or_rarely_reports_nothing_and_joking_that_reports():
    text = ("In his toast, Yoon barely mentioned North Korea. "
            "Biden rarely mentioned China by name. "
            "He barely mentioned the summit, joking that dinners are more fun than talks.")
    assert rows(text) == [AUTHORIAL, AUTHORIAL, ("quoted", "Biden", "Joe Biden")]


def test_a_bare_clause_with_a_fronted_phrase_or_a_manner_adjunct_frames_a_quotation():
    text = ("\"We are ready.\" Lee said, gripping the lectern.\n\n"
            "In a speech in May, the minister said:\n\n"
            "The alliance has never been stronger.")
    assert rows(text) == [("quoted", "Lee", "Lee"), AUTHORIAL, AUTHORIAL,
                          ("quoted", "the minister", "Lee")]


def test_thats_according_to_only_names_the_source_of_the_sentence_before():
    text = ("Two-thirds of South Koreans back a nuclear arsenal of their own. "
            "That's according to a Gallup Korea poll released on Monday.")
    assert rows(text)[1] == AUTHORIAL


def test_a_thing_called_by_its_name_is_no_report_and_a_speaker_calling_it_is():
    text = ("The group organized a party called Anti-Prom in Seoul. "
            "Comedians staged a play called \"Sons of Kim\" in Seoul. "
            "Lee, a ruling party lawmaker, called the deal \"a triumph.\"")
    assert rows(text) == [AUTHORIAL, AUTHORIAL, ("quoted", "Lee", "Lee")]
