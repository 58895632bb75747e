"""Speakers of editorials, op-eds and their press reviews read off real100's remaining speaker
errors (issue 13): the body that issues a statement with a participle, a text before its topic,
a reporting *it* after a quotation, an editorial of the newspaper named last, present-tense
verbs of commentary before a quotation and footnote numbers after a stop. Texts written for
these tests in those styles."""

from __future__ import annotations

import pytest

from analysis.corpus.sentences import split_sentences
from tests.speaker_rows import one, rows


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The White House issued a statement saying it was deeply concerned by the decree.",
     "White House"),
    ("The National Security Council swiftly issued a statement voicing grave concern.",
     "National Security Council"),
    ("The foreign ministry issued a statement expressing regret over the joint drills.",
     "the foreign ministry"),
    ("The Democratic Party released a statement saying the deal would cost too much.",
     "Democratic Party"),
])
def test_the_body_that_issues_a_statement_with_a_participle_speaks(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_capitalised_modifier_before_a_common_noun_is_not_read_as_a_name():
    voice, speaker, _ = one("The Democratic nominee said the alliance needed no new pledges.")
    assert (voice, speaker) == ("quoted", "the Democratic nominee")


@pytest.mark.parametrize(("sentence", "speaker", "actor"), [
    ("A White House fact sheet on the agreement suggests that enrichment will stay abroad.",
     "White House fact sheet on the agreement", "White House"),
    ("A Pentagon report on the exercise says the two navies trained with a carrier.",
     "Pentagon report on the exercise", "Pentagon"),
])
def test_a_text_before_its_topic_speaks_not_its_topic(sentence, speaker, actor):
    assert one(sentence) == ("quoted", speaker, actor)


def test_a_reporting_it_after_a_quotation_is_the_speaker_not_a_text_the_quotation_names():
    text = ("The Dong-A Ilbo weighed in on Monday.\n\n"
            "“The joint statement leaves Seoul with no real say,” the paper wrote.\n\n"
            "It added that the consultative group “must be more than a talking shop.”")
    assert rows(text)[2][:2] == ("quoted", "The Dong-A Ilbo")


def test_an_editorial_or_op_ed_with_no_author_is_the_newspaper_named_last():
    text = ("The Hankyoreh, a progressive daily, criticised the summit.\n\n"
            "However, the op-ed conceded that the consultative group was a step forward.\n\n"
            "The editorial observes, “Deterrence cannot rest on promises alone.”")
    readings = rows(text)
    assert readings[1] == ("quoted", "the op-ed", "The Hankyoreh")
    assert readings[2] == ("quoted", "the editorial", "The Hankyoreh")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The column cautions: “Seoul should not mistake a visit for a guarantee.”", "the column"),
    ("The editorial observes, “The umbrella is only as good as the will behind it.”",
     "the editorial"),
])
def test_present_tense_verbs_of_commentary_report_before_a_quotation(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "The committee observes a minute of silence every June.",
    "The debris floats in the harbour.",
])
def test_those_verbs_without_a_quotation_or_that_are_acts(sentence):
    assert one(sentence)[0] == "authorial"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Biden administration expressed shock at not being told of the decree in advance.",
     "the Biden administration"),
    ("The 2040 trends report floats the possibility of a nuclear-armed Seoul.",
     "2040 trends report"),
])
def test_shock_expressed_and_a_possibility_floated_are_reported(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_footnote_number_after_a_stop_ends_the_sentence():
    text = ("Seoul gave up its own bomb.1 The president called it a historic upgrade.2 "
            "Critics agree.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Seoul gave up its own bomb.1", "The president called it a historic upgrade.2",
        "Critics agree."]
    decimals = "Spending rose 3.5 percent. Version 2.1 Then came the cuts."
    assert [decimals[a:b] for a, b in split_sentences(decimals)] == [
        "Spending rose 3.5 percent.", "Version 2.1 Then came the cuts."]


def test_a_footnoted_last_sentence_is_a_sentence_not_a_menu_line():
    text = ("Seoul agreed to the terms. Washington agreed to them. Yoon described the "
            "declaration as an upgrade of extended deterrence, the nuclear umbrella.1")
    assert rows(text)[-1][:2] == ("quoted", "Yoon")
