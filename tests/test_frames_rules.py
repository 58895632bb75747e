"""One test per decision rule of ``docs/frame_annotation_guide.md`` (version 2.1).

Every sentence here was written for this file in the style of real coverage of the Washington
Declaration (wire copy, Korean English-language press, transcripts, official texts, North Korean
and Chinese statements as reported); none is in the dev sets. The expected frames were labelled
by hand from the guide before running the lexicon.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from analysis.metrics.frame_labels import parse_frames
from analysis.metrics.frames import (
    FRAMES,
    FRAMES_LEXICON_PATH,
    frame_cues,
    frame_scores,
    load_frame_lexicon,
)

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "frames_dev.csv"
DEVTEST = ROOT / "data" / "frames_devtest.csv"


def frames_of(text: str) -> set[str]:
    return frame_scores(text)["frames"]


# --- rule 1: explicit wording first ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The leaders signed the text on a Wednesday afternoon.",
    "The won edged higher in Seoul trading after the announcement.",
    "Kim Yo Jong mocked the American president's age in a statement.",
    "A senior administration official previewed the declaration on a call with reporters.",
    "Yoon's motorcade crossed the Potomac shortly after noon.",
    "Yoon's speech to Congress drew repeated standing ovations.",
])
def test_rule1_no_frame_without_explicit_wording(text):
    assert frames_of(text) == set()


# --- rule 2: contingency is not threat ------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("In case of a nuclear attack on the South, the two presidents would confer at once.",
     set()),
    ("The plan is to deter a nuclear strike on Seoul.", {"deterrence"}),
    ("Should the North ever launch a nuclear attack, the response would be overwhelming.",
     {"deterrence"}),
    ("Any nuclear attack on the alliance would be met with a decisive response.",
     {"alliance", "deterrence"}),
])
def test_rule2_hypothetical_attack_is_not_threat(text, expected):
    assert frames_of(text) == expected


def test_rule2_contingent_cue_is_reported_with_its_trigger_and_counts_half_to_deterrence():
    text = "In the event of a nuclear attack, Seoul would be consulted."
    (cue,) = [c for c in frame_cues(text) if c.text == "nuclear attack"]
    assert (cue.frame, cue.weight, cue.rule) == ("deterrence", 0.5, "contingency 'In the event of'")
    sc = frame_scores(text)
    assert sc["threat"] == 0.0 and sc["deterrence"] == 0.5


@pytest.mark.parametrize("text,expected", [
    ("The allies pledged to deter North Korean aggression.",
     {"alliance", "deterrence", "threat"}),
    ("North Korea fired a volley of short-range missiles on Sunday morning.", {"threat"}),
    ("The North has threatened a preemptive nuclear attack on the South.", {"threat"}),
])
def test_rule2_real_danger_and_named_disposition_stay_threat(text, expected):
    assert frames_of(text) == expected


# --- rule 3: a visit, ceremony or summit that is only a setting is not alliance ---------------


@pytest.mark.parametrize("text", [
    "Yoon landed outside Washington on Monday for a six-day state visit.",
    "At the state dinner, guests dined on crab cakes and short ribs.",
    "After the talks, the two presidents walked to the Rose Garden.",
    "The declaration was announced on the third day of the state visit.",
    "Biden hosted Yoon for a state dinner on Wednesday evening.",
    "The two presidents held a joint press conference at the White House.",
    "Yoon addressed a joint session of Congress on the fourth day of his visit.",
    "The two leaders met on the second day of the state visit.",
])
def test_rule3_visit_as_date_or_setting_is_not_alliance(text):
    assert "alliance" not in frames_of(text)


@pytest.mark.parametrize("text", [
    "The visit was staged to show that the two allies stand side by side.",
    "The state dinner celebrated 70 years of friendship between the two nations.",
])
def test_rule3_visit_presented_as_about_the_partnership_is_alliance(text):
    assert frames_of(text) == {"alliance"}


# --- rule 4: the Nuclear Consultative Group is nuclear planning ---------------------------------


@pytest.mark.parametrize("text,expected", [
    ("The NCG will work on joint nuclear planning.", {"deterrence"}),
    ("The first session of the Nuclear Consultative Group opened on Tuesday.", {"deterrence"}),
    ("The group gives Seoul a voice in how American nuclear weapons would be used.",
     {"alliance", "deterrence"}),
    ("Through the NCG, the allies will share information on strategic planning.",
     {"alliance", "deterrence"}),
    ("Under the accord, Seoul gets a greater role in planning for nuclear contingencies.",
     {"alliance", "deterrence"}),
])
def test_rule4_ncg_is_deterrence_and_alliance_only_for_consultation(text, expected):
    assert frames_of(text) == expected


# --- rule 5: "end the regime" and the overwhelming response ------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("An attack would spell the end of the Kim regime, the minister said.", {"deterrence"}),
    ("Biden said a nuclear strike would end the regime in Pyongyang.", {"deterrence"}),
    ("\"The regime will face its end,\" the defense ministry warned.", {"deterrence"}),
    ("A nuclear strike would be met with an overwhelming response from the alliance.",
     {"alliance", "deterrence"}),
    ("Biden made clear that a North Korean nuclear attack on the South would be met with a "
     "devastating response.", {"deterrence"}),
])
def test_rule5_end_of_regime_and_overwhelming_response_are_deterrence(text, expected):
    assert frames_of(text) == expected


# --- rule 6: deterrence vs alliance ---------------------------------------------------------


def test_rule6_drills_are_deterrence_alliance_only_when_the_partnership_is_named():
    assert frames_of("South Korea and the US regularly hold drills.") == {"deterrence"}
    assert frames_of("The allies held their largest field exercise in years.") == {
        "alliance", "deterrence"}


# --- rule 7: whose weapons? -----------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("A US ballistic missile submarine docked in Busan.", {"deterrence"}),
    ("North Korea's nuclear weapons are the reason for the pact.", {"threat"}),
    ("The North vowed to build up its nuclear deterrent.", {"threat"}),
    ("Seoul asked whether Washington would station tactical nuclear weapons in South Korea.",
     {"deterrence"}),
    ("Pyongyang said the bomber flights pushed the region toward nuclear war.",
     {"deterrence", "threat"}),
    ("A nuclear-armed North Korea is a reality Washington refuses to accept.", {"threat"}),
    ("Pyongyang's nuclear-capable missiles can now reach the US mainland.", {"threat"}),
    ("US nuclear-capable bombers will visit the peninsula more often.", {"deterrence"}),
])
def test_rule7_allied_weapons_are_deterrence_north_korean_weapons_threat(text, expected):
    assert frames_of(text) == expected


# --- rule 8: negation and scope -------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Officials said there was no tension at all between the delegations.", set()),
    ("The declaration does not mean nuclear sharing, officials said.", set()),
    ("Washington has not stopped Pyongyang's missile launches.", {"threat"}),
    ("Seoul will not seek its own nuclear weapons.", {"deterrence"}),
    ("The pact is not only about deterrence but about trust between the allies.",
     {"alliance", "deterrence"}),
])
def test_rule8_negation_cancels_only_what_it_governs(text, expected):
    assert frames_of(text) == expected


# --- rule 9: who is the counterpart? --------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Washington says it will keep its channels to Pyongyang open.", {"diplomacy"}),
    ("The two leaders will deepen consultation on the North's missile threats.",
     {"alliance", "threat"}),
    ("Relations between the two Koreas have sunk to a new low.", {"diplomacy"}),
    ("Beijing called for a political settlement through dialogue.", {"diplomacy"}),
    ("China urged Washington and Pyongyang to return to dialogue.", {"diplomacy"}),
    ("US-China relations have cooled since the balloon incident.", set()),
    ("Seoul and Washington will also set up a hotline between the two presidents.", {"alliance"}),
    ("North Korea denounced the summit, calling it proof of the allies' plan for an invasion.",
     {"alliance", "threat"}),
])
def test_rule9_counterpart_decides_diplomacy_or_alliance(text, expected):
    assert frames_of(text) == expected


# --- rule 10: reported North Korean and Chinese reactions -----------------------------------


@pytest.mark.parametrize("text,expected", [
    ("KCNA said the agreement revealed the allies' most hostile intent.",
     {"alliance", "threat"}),
    ("Beijing said it firmly opposes the move.", set()),
    ("State media branded the two leaders \"warmongers\" bent on a nuclear showdown.", {"threat"}),
    ("The Chinese spokesman accused Washington of fanning confrontation in the region.",
     {"threat"}),
    ("Moscow accused the allies of escalating tensions with their drills.",
     {"alliance", "deterrence", "threat"}),
])
def test_rule10_reported_reactions_by_what_they_make_salient(text, expected):
    assert frames_of(text) == expected


# --- rule 11: quotes and transcript turns ---------------------------------------------------


def test_rule11_speaker_tags_are_ignored_and_questions_labelled_by_content():
    assert frames_of("PRESIDENT BIDEN: Thank you all for being here.") == set()
    assert frames_of("Q: Will this reassure your South Korean allies?") == {"alliance"}
    assert frames_of("PRESIDENT YOON: Our alliance is stronger than ever.") == {"alliance"}


# --- rule 12: history, economics ------------------------------------------------------------


def test_rule12_alliance_history_and_economic_cooperation_are_alliance():
    assert frames_of("The alliance was forged in blood during the Korean War.") == {"alliance"}
    assert frames_of("Both countries pledged closer cooperation on chips and batteries.") == {
        "alliance"}
    assert frames_of("The Korean War ended 70 days before the treaty was signed.") == set()
    assert frames_of("Washington and Seoul are working hand in hand on supply chains.") == {
        "alliance"}
    assert frames_of("The trip produced billions in investment pledges from US firms.") == set()


# --- lexicon 2.1.0: wording families of real coverage and rules 13-20 -----------------------


@pytest.mark.parametrize("text,expected", [
    ("Seoul reaffirmed its duties under the Treaty on the Non-Proliferation of Nuclear Weapons.",
     {"deterrence"}),
    ("A growing share of South Koreans now tell pollsters they want their own bomb.",
     {"deterrence"}),
    ("The president promised that South Korea would remain a non-nuclear state.",
     {"deterrence"}),
    ("Beijing said the pact undermined the nuclear non-proliferation regime.", set()),
    ("Moscow warned that the move harmed global non-proliferation efforts.", set()),
])
def test_rule15_own_bomb_debate_and_npt_pledge_are_deterrence(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Under the new arrangement, Seoul will have a say over how American nuclear plans are "
     "drawn up.", {"alliance", "deterrence"}),
    ("South Korean officers will take part in planning for nuclear contingencies for the first "
     "time.", {"alliance", "deterrence"}),
    ("The NCG is to report to both presidents after every session.", {"alliance", "deterrence"}),
    ("The NCG will convene every quarter at the deputy-minister level.", {"deterrence"}),
    ("Results of each session will be reported to their respective presidents.", {"alliance"}),
])
def test_rule4_seouls_say_in_nuclear_planning_adds_alliance(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The measures are meant to calm nerves in Seoul about America's resolve.", {"alliance"}),
    ("Polls show South Koreans' faith in the U.S. security guarantee has slipped.",
     {"alliance"}),
    ("Officials insisted there was no gap between Seoul and Washington on the North.",
     {"alliance"}),
])
def test_rules16_19a_reassurance_credibility_and_unity_idioms_are_alliance(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Ohio-class boat carrying nuclear-tipped ballistic missiles surfaced off Busan.",
     {"deterrence"}),
    ("North Korea fired another missile into the sea on Thursday.", {"threat"}),
    ("Analysts tracked the missile as it flew east.", set()),
    ("The allies will share missile warning data in real time.", {"alliance", "deterrence"}),
    ("Pyongyang pledged to keep building up its nuclear force.", {"threat"}),
    ("American nuclear forces took part in the exercise.", {"deterrence"}),
    ("Washington's threat to end the regime drew a furious reply from Pyongyang.",
     {"deterrence"}),
    ("North Korea will flex its military muscle in response, the statement said.", {"threat"}),
    ("The allies showed off their military muscle in a combined air drill.",
     {"alliance", "deterrence"}),
    ("Biden threatened that the regime would cease to exist if it ever used nuclear weapons.",
     {"deterrence"}),
])
def test_rules7_14_19d_whose_weapon_or_warning(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Seoul expects the North to respond to the summit with a new round of tests.", {"threat"}),
    ("Kim Jong Un inspected a new solid-fuel missile at a launch site.", {"threat"}),
    ("The pact risks feeding a nuclear competition in Northeast Asia.", {"threat"}),
    ("Our forces stand ready to overwhelm any adversary, the general said.", {"deterrence"}),
])
def test_build_up_and_testing_are_threat_a_hypothetical_adversary_is_not(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The White House said it is ready to sit down with Pyongyang without preconditions.",
     {"diplomacy"}),
    ("North Korea has shown no interest in dialogue with Washington.", {"diplomacy"}),
    ("Yoon's thaw with Tokyo has yet to win over voters.", set()),
    ("Pyongyang fumed that Biden had openly spoken of ending its government.", {"deterrence"}),
])
def test_rules9_19b_talks_refusals_and_regime_end(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Redeploying tactical nuclear weapons to the peninsula is not on the table, officials "
     "said.", set()),
    ("This is not nuclear sharing; the weapons stay under American control.", {"deterrence"}),
    ("Sanctions relief is off the table for now, the envoy said.", {"diplomacy"}),
    ("The welcome included a review of troops and a 21-gun salute.", set()),
])
def test_rules8_19c_negation_scope_and_ceremony(text, expected):
    assert frames_of(text) == expected


def test_negation_after_the_cue_is_reported_and_stops_at_a_clause_boundary():
    negated = frame_scores("Nuclear sharing was never on the agenda, the aide said.")["negated"]
    assert [(c.text, c.frame, c.rule) for c in negated] == [
        ("Nuclear sharing", "deterrence", "negated by 'never on the agenda'")]
    kept = frame_scores("Officials discussed nuclear sharing; talks were not on the agenda.")
    assert kept["frames"] == {"deterrence"}
    assert [c.text for c in kept["negated"]] == ["talks"]


# --- lexicon file and dev sets --------------------------------------------------------------


def test_contingency_frame_must_be_a_frame(tmp_path):
    raw = json.loads(FRAMES_LEXICON_PATH.read_text(encoding="utf-8"))
    raw["contingency"]["frame"] = "peace"
    bad = tmp_path / "frames.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"frames\.json: contingency\.frame must be one of"):
        load_frame_lexicon(bad)


def test_dev_sets_are_a_deterministic_split_of_labelled_sentences():
    rows = {}
    for path, parity in ((DEV, 1), (DEVTEST, 0)):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert reader.fieldnames == ["id", "text", "frames", "style", "note"]
            for row in reader:
                assert int(row["id"][2:]) % 2 == parity, (path.name, row["id"])
                assert parse_frames(row["frames"]) <= set(FRAMES)
                assert row["style"] in {"wire", "korean_press", "transcript", "official",
                                        "commentary", "state_media"}
                rows[row["id"]] = row
    assert len(rows) == 227
    assert sorted(rows) == [f"wd{k:03d}" for k in range(1, 228)]
    assert len({r["text"] for r in rows.values()}) == 227
