"""Voice decisions of real coverage, ninth round: minor reports, the writer's frames, deks.

A source in a short relative clause, a reaction in a participle clause or under a forecast, an
act whose object is only a topic and a confirmed event are the writer's; so are a forecast of
what someone will say, a doubt, a short trailing *with* clause and a term after *what X
calls*; a sub-headline is a headline. A line of thinking, *as stated by X*, *explaining* and
several phrasal speech acts report.

Every sentence here was written for this file in the style of wire copy, Korean and South Asian
English-language press; none is copied from an outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus.minor_reports import reporting_clause
from analysis.corpus.speech_acts import act_subject
from analysis.corpus.writer_frames import writer_frame
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize("sentence", [
    "The rockets of the North have grown far more capable over the past year and a half, which "
    "analysts say could threaten air defences.",
    "The two navies will form a new council on the coast guard, which according to Japanese "
    "officials, will resemble an older forum.",
    "The drills went ahead soon after the rocket test over the eastern sea, drawing protests "
    "from Canada, the European Union and Chile.",
    "The plan to station the jets at the southern base is expected to be met with criticism from "
    "several opposition lawmakers.",
    "The Foreign Office of Canada tweeted about the North's rocket test on the same day.",
    "Park also commented on the fisheries deal and the right to build new ports, which was "
    "reportedly a sore point for the fleets.",
    "Premier Park confirmed the deployment with his Japanese counterpart earlier this week.",
    "Park met the premier in Osaka and announced the adoption of the Osaka Accord, under which "
    "the allies will share radar data.",
])
def test_a_minor_report_or_an_act_is_the_writers(sentence):
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize("sentence, source", [
    ("The plan drew criticism from Tokyo.", "Tokyo"),  # a reaction as the main claim
    ("He criticized the rival camps for their gifts to the party, which he said came with "
     "strings.", "He"),  # the main clause reports: the relative clause stays its report
    ("Mr. Lee wrote on Twitter on Monday.", "Lee"),  # a platform is no topic
    ("Mr. Lee has also commented on Kim's plan to sell the land, saying it was rushed.", "Lee"),
])
def test_a_report_that_is_the_claim_keeps_its_source(sentence, source):
    assert reporting_clause(sentence, False)[0] == source


@pytest.mark.parametrize("sentence", [
    "Some people will argue that the new bases raise the risk of war on the peninsula.",
    "It remains to be seen whether the council will change its focus under the new cabinet.",
    "It is still unclear whether the drills will go ahead after the storm.",
    "Doubts about the pledge of the allies have been growing across the country for a year, "
    "with some calling for a bomb of its own.",
    "The rockets have raised doubts about whether Washington would defend Tokyo under what it "
    "calls \"extended deterrence.\"",
    "There is a forecast that the arms race of the Cold War era could return to the region.",
])
def test_the_writers_frames_are_never_promoted(sentence):
    assert writer_frame(sentence)


@pytest.mark.parametrize("sentence", [
    "There are concerns about the judge's record among the senators.",  # PolNeAR attributes
    "We will argue that the plan fails.",
    'Park called the plan "a reckless gamble."',
    "Doubts are growing, with some calling for Japan to build a bomb of its own after the test.",
])
def test_other_sentences_are_no_frames(sentence):
    assert not writer_frame(sentence)


def test_a_dek_is_a_headline_but_a_lede_that_lost_its_stop_is_not():
    dek = ("Tokyo Slams ‘Reckless’ Plan for Jets\n\n"
           "The jet announcement came after Seoul and Manila reaffirmed their ‘air shield’ to "
           "counter threats from the north\n\n"
           "Tokyo has slammed the plan, saying it harms the region.")
    assert [v for v, _ in rows(dek)] == ["authorial", "authorial", "quoted"]
    lede = ("Envoy Says Park Is ‘Tired’\n\n"
            "Lin Bo, the deputy head of the party's bureau and a sister of the premier, says "
            "Park appears to be \"a tired man with no plan,\" not fit to lead the talks, media "
            "reported")
    assert rows(lede)[1][0] == "quoted"


@pytest.mark.parametrize("text, speaker", [
    ("Hawks in the party had argued for months that Tokyo must build its own jets. Only then "
     "could the public feel safe, the line of thinking went.", "line of thinking"),
    ("A new charter is expected to be signed by both capitals after the talks, as stated by "
     "Park's deputy security adviser.", "Park's deputy security adviser"),
    ("Park addressed worries about the premier's plan, explaining that the order of its steps "
     "does not mean delay.", "Park"),
])
def test_closing_sources(text, speaker):
    assert rows(text)[-1] == ("quoted", speaker)


@pytest.mark.parametrize("sentence, subject", [
    ("Some observers voice concern that the new pact may speed up an arms race.",
     "Some observers"),
    ("In a party editorial on Sunday, Lin finally responded to the charter and the warm welcome "
     "in Tokyo by predicting that Park will lose the vote.", "Lin"),
    ("Park's sister, a senior party official, lobbed a barrage of insults at the premier in a "
     "long post.", "Park's sister"),
    ("Park, in remarks at the summit beside the premier, appeared to direct criticism "
     "at Moscow.", "Park"),
    ("Tokyo and Seoul have underscored the importance of the talks ahead of the vote.",
     "Tokyo and Seoul"),
    ("Several senior members of Park's party have even called for Japan to build its own fleet.",
     "Several senior members"),
])
def test_phrasal_speech_acts(sentence, subject):
    assert act_subject(sentence) == subject


def test_a_second_verb_after_and_leaves_the_subject_to_the_clause_reader():
    assert act_subject("Likewise, Lee went after Kim for the refusal and called for her to "
                       "quit the race.") is None


def test_an_agreement_to_a_deal_is_an_act_the_model_may_not_promote():
    from analysis.corpus.voice_vetoes import writer_narration
    assert writer_narration("Park met Kim in Busan in May and agreed to a trade deal that "
                            "would lower duties on steel to 10%.")
    assert not writer_narration("Park agreed that the duties on steel were too high.")
