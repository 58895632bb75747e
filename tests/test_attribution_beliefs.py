"""A view held by a sentence's subject (*Her advisers believe ...*, *He thinks ...*, *The Bank of
Korea does not expect ...*) is that subject's, whatever the learned model says
(:mod:`analysis.corpus.beliefs`). Sentences written for these tests in the styles of wire copy,
the Korean English-language press and a briefing transcript."""

import pytest

from analysis.corpus.beliefs import belief_subject
from analysis.corpus.quotes import rule_readings
from analysis.corpus.sentences import iter_sentences
from tests.speaker_rows import quote_rows


@pytest.mark.parametrize("text,expected", [
    ("South Korean officials expect the talks to resume before the end of the year.",
     [("indirect", "quoted", "South Korean officials")]),
    ("The president's advisers believe a second summit could break the deadlock.",
     [("indirect", "quoted", "president's advisers")]),
    ("The Bank of Korea does not expect inflation to ease before spring.",
     [("indirect", "quoted", "Bank of Korea")]),
    ("Pyongyang sees the drills as a rehearsal for an invasion.",
     [("indirect", "quoted", "Pyongyang")]),
    ("Lee Jae-myung wants voters to remember that he opposed the deployment.",
     [("indirect", "quoted", "Lee Jae-myung")]),
    ("Chinese diplomats hope Washington will ease the export controls.",
     [("indirect", "quoted", "Chinese diplomats")]),
    # A pronoun takes the person the story named before.
    ("Yoon Suk Yeol met the envoy on Tuesday. He also thinks the sanctions have not worked.",
     [("none", "authorial", None), ("indirect", "quoted", "Yoon Suk Yeol")]),
    ("Kim Yo Jong issued the statement late on Sunday. She wants Seoul to halt the leaflet "
     "launches.", [("none", "authorial", None), ("indirect", "quoted", "Kim Yo Jong")]),
])
def test_a_view_held_by_the_subject_is_attributed(text, expected):
    assert quote_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Inflation fears mounted in Seoul after the won fell to a 13-year low.",  # a plural noun
    "Seoul sees similar benefits in the deal.",  # "sees" without "as"
    "Most believe the talks will fail.",  # a quantifier: no one in particular
    "Democrats think so.",
])
def test_the_writers_sentences_stay_authorial(text):
    assert quote_rows(text) == [("none", "authorial", None)]


def test_the_rules_readings_are_unchanged():
    # The rule acts where the model promotes, so the readings the model's features see (and
    # the shipped weights) stay as they were.
    text = "Chinese diplomats hope Washington will ease the export controls."
    assert rule_readings(text, list(iter_sentences(text))) == ["none"]


@pytest.mark.parametrize("sentence,subject", [
    ("Her advisers think she has the discipline to win the debate.", "Her advisers"),
    ("But he fears the alliance has lost its footing.", "he"),
    ("U.S. intelligence officials believe Pyongyang has resumed work at the site.",
     "U.S. intelligence officials"),
    ("The Ministry of Unification hopes to reopen the liaison office.",
     "The Ministry of Unification"),
    ("Economists expect the central bank to hold rates in May.", "Economists"),
    ("I think the briefing is over.", None),  # the first person: the writer's or a speaker's
    ("You know, the deal was never popular.", None),
    ("Don't believe the rumours, the spokesman said.", None),
    ("What Washington wants is a freeze.", None),
    ("Health worries have dogged the candidate.", None),
    ("He knows about the plan.", None),
])
def test_belief_subject(sentence, subject):
    assert belief_subject(sentence) == subject


@pytest.mark.parametrize("text,expected", [
    ("Pyongyang views the allies' joint drills as a rehearsal for an invasion.",
     [("indirect", "quoted", "Pyongyang")]),
    ("Tokyo regards the disputed islets as its own territory.",
     [("indirect", "quoted", "Tokyo")]),
    ("The Democratic Party considers the special counsel bill unconstitutional.",
     [("indirect", "quoted", "Democratic Party")]),
])
def test_a_view_of_something_as_something_is_the_subjects(text, expected):
    assert quote_rows(text) == expected


@pytest.mark.parametrize("sentence,subject", [
    ("Beijing viewed the deployment as a threat to its security.", "Beijing"),
    ("Seoul regards the accord as a milestone for the alliance.", "Seoul"),
    ("He considers the tariff threat a bluff.", "He"),
    ("Moon views the summit with caution.", None),  # no "as": no view of X as Y
    ("Yoon's views on the alliance, as well as his tone, unsettled Beijing.", None),
    ("The minister considers whether to resign before the audit.", None),  # a deliberation
    ("Lee considers running for mayor of Seoul next year.", None),
])
def test_views_regards_and_considers(sentence, subject):
    assert belief_subject(sentence) == subject


@pytest.mark.parametrize("text,expected", [
    ("Donald Trump is telling supporters in Ohio that the race is far from over.",
     [("indirect", "quoted", "Donald Trump")]),
    ("Opposition lawmakers are slamming the defence minister over the delayed radar deal.",
     [("indirect", "quoted", "Opposition lawmakers")]),
    ("The White House is also calling for a prompt vote on the aid package.",
     [("indirect", "quoted", "White House")]),
    ("Lee Jae-myung is thanking volunteers at a rally in Incheon.",
     [("indirect", "quoted", "Lee Jae-myung")]),
    ("Han Dong-hoon is doubling down on his call for a special counsel.",
     [("indirect", "quoted", "Han Dong-hoon")]),
    ("Beijing is pushing back against the new export curbs on chipmaking tools.",
     [("indirect", "quoted", "Beijing")]),
])
def test_a_speech_act_in_the_present_progressive_is_the_subjects(text, expected):
    assert quote_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Seoul is pushing to expand chip exports to the Gulf.",  # an act, no words
    "The ministry is not saying when the talks will resume.",  # negated: nothing said
    "Voters are rejecting the incumbent in record numbers.",
    "Hyundai is building a battery plant in Georgia.",
])
def test_other_progressives_stay_authorial(text):
    assert quote_rows(text) == [("none", "authorial", None)]


@pytest.mark.parametrize("sentence,subject", [
    ("Tokyo viewed the launch as a provocation.", "Tokyo"),
    ("Washington regarded the offer as a stalling tactic.", "Washington"),
    ("Unification ministry officials are once again urging restraint.",
     "Unification ministry officials"),
    ("She is weighing in on the budget fight.", "She"),
    ("Seoul is\u00a0taking aim at the\u00a0new tariffs.", "Seoul"),  # a no-break space
])
def test_the_literal_tests_before_the_pattern_pass_every_form(sentence, subject):
    assert belief_subject(sentence) == subject
