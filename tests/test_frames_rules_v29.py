"""Guide 2.9 and lexicon 2.9.0: the NCG referred back to without its name, read from the
document's earlier sentences (rule 50); the launch referred back to (rule 51); the credibility
idiom with the city at stake in other words (rule 52); and the model's counterpart guard (a
meeting with a North Korean counterpart is not threat by the counterpart's name).

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, official read-outs and briefings (none is from a labelled set or from real coverage); its
frames were checked by hand against the guide.
"""

from __future__ import annotations

import pytest

from analysis import sentence_table
from analysis.corpus import Document
from analysis.metrics.frame_context import (
    CONTEXT_RULE,
    document_frame_scores,
    ncg_reference,
    passage_frame_scores,
    passage_of,
)
from analysis.metrics.frame_guards import north_korea_blanked
from analysis.metrics.frame_lexicon import load_frame_lexicon
from analysis.metrics.frames import FRAMES, frame_scores
from tests.frame_rules import frames_of

NAMED = ("SEOUL, Aug 2 — Officials of the two countries met in Washington on Friday for the "
         "fourth round of the Nuclear Consultative Group.")
CO_CHAIRED = "This time the session was co-chaired by two vice defence ministers."
NEXT = "The group's next session is expected before the end of the year, a spokesman said."
SETTING = "The meeting came a day after the North fired a cruise missile into the Yellow Sea."
THIRD = "A third meeting will follow in the spring."




# --- rule 50: the NCG referred back to ---------------------------------------------------------

def test_references_carry_deterrence_after_the_ncg_is_named():
    # alone, the three references are any meeting (no frame); after NAMED they are the NCG's
    # calendar (rule 17), and the bare "the meeting" that dates another event stays threat
    texts = [NAMED, CO_CHAIRED, NEXT, SETTING, THIRD]
    assert [frames_of(t) for t in texts[1:3]] == [set(), set()]
    scored = document_frame_scores(texts, use_model=False)
    assert [s["frames"] for s in scored] == [
        {"deterrence"}, {"deterrence"}, {"deterrence"}, {"threat"}, {"deterrence"}]
    cue = scored[1]["evidence"]["deterrence"][0]
    assert (cue.text, cue.rule, cue.weight) == ("co-chaired", CONTEXT_RULE, 1.0)
    assert scored[2]["evidence"]["deterrence"][0].text == "The group's"


def test_no_reference_before_the_ncg_is_named():
    scored = document_frame_scores([CO_CHAIRED, NEXT, NAMED], use_model=False)
    assert [s["frames"] for s in scored] == [set(), set(), {"deterrence"}]


@pytest.mark.parametrize("text", [
    "Biden's next meeting with Kim Jong Un is not on the calendar.",
    "The first session of the National Assembly opened on Monday.",
    "The ruling party's co-chair resigned after the by-election.",
    "The meeting ended shortly after noon.",
    "Lawmakers questioned the body of evidence behind the report.",
])
def test_other_meetings_and_groups_are_not_the_ncg(text):
    assert ncg_reference(text) is None
    assert document_frame_scores([NAMED, text], use_model=False)[1]["frames"] == frames_of(text)


def test_passages_are_documents_and_other_ids_stand_alone():
    assert passage_of("t12-08-02") == "t12-08"
    assert passage_of("t5-001") is None and passage_of("wd001") is None
    texts = [NAMED, THIRD, NAMED, THIRD]
    ids = ["t1-01-01", "t1-01-02", "x-001", "x-002"]
    assert [s["frames"] for s in passage_frame_scores(texts, ids, use_model=False)] == [
        {"deterrence"}, {"deterrence"}, {"deterrence"}, set()]


def test_sentence_table_reads_the_document_and_starts_afresh_for_the_next():
    first = Document.from_text(" ".join([NAMED, CO_CHAIRED, SETTING]), "wire-a")
    second = Document.from_text(CO_CHAIRED, "wire-b")
    table = sentence_table([first, second], ("frames",))
    flagged = [{f for f in FRAMES if row[f"frame_{f}"]} for _, row in table.iterrows()]
    assert flagged == [{"deterrence"}, {"deterrence"}, {"threat"}, set()]
    assert table["frame_evidence"].tolist()[1] == "deterrence: co-chaired"
    assert table["score_deterrence"].tolist()[1] == 1.0


# --- rule 51: the launch referred back to ------------------------------------------------------

@pytest.mark.parametrize("text, frames", [
    ("The launch came two days before the allies' spring drills began.",
     {"alliance", "deterrence", "threat"}),
    ("The won barely moved after the launch.", {"threat"}),
    ("Q: On this launch, has the President spoken with Prime Minister Kishida?", {"threat"}),
])
def test_the_launch_is_threat(text, frames):
    assert frames_of(text) == frames


@pytest.mark.parametrize("text, frames", [
    # the launch of Seoul's Strategic Command is never the North's launch; the command itself is
    # the allies' capability (guide rule 97, lexicon 2.15.0)
    ("The ministry hailed the launch of the new Strategic Command.", {"deterrence"}),
    ("The launch of the new phone drew long queues in Gangnam.", set()),
    ("The primaries that launched his career are long gone.", set()),
])
def test_launch_controls(text, frames):
    assert frames_of(text) == frames


# --- rule 52: the city at stake in other words -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pollsters asked whether Washington would put its own cities at risk to defend Busan.",
    "Would a president gamble a city of his own for Incheon, the columnist asked.",
    "Few in Seoul believe America would fight with an American city at stake.",
])
def test_city_at_stake_is_alliance(text):
    assert "alliance" in frames_of(text)


def test_city_controls():
    assert frames_of("The mayor said the festival would put the city on the map.") == set()


# --- the model's counterpart guard ------------------------------------------------------------

def test_counterpart_name_alone_gives_no_model_threat():
    lexicon = load_frame_lexicon()
    assert north_korea_blanked("Moon met his North Korean counterpart.", lexicon).split() == [
        "Moon", "met", "his", "counterpart."]
    for text in ("Moon met his North Korean counterpart.",
                 "The unification minister met his North Korean counterpart at Panmunjom."):
        assert frame_scores(text)["frames"] == {"diplomacy"}


def test_counterpart_guard_keeps_threat_said_in_words():
    text = ("The envoy met his North Korean counterpart hours after the North fired two "
            "ballistic missiles.")
    assert frame_scores(text)["frames"] == {"diplomacy", "threat"}


@pytest.mark.parametrize("text", [
    "Co-chaired by two vice defence ministers, the session lasted three hours.",
    "Co-chairs from both defence ministries briefed reporters afterwards.",
])
def test_a_sentence_opening_on_co_chaired_is_a_reference(text):
    # the capitalised first word is the same reference as "co-chaired" inside a sentence
    assert ncg_reference(text).group(0).lower().startswith("co-chair")
    scored = document_frame_scores([NAMED, text], use_model=False)
    assert scored[1]["frames"] == {"deterrence"}
    assert "Co-chair" in scored[1]["evidence"]["deterrence"][0].text
