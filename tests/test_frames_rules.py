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
    mask_initialism_periods,
)
from tests.frame_rules import frames_of

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "frames_dev.csv"
DEVTEST = ROOT / "data" / "frames_devtest.csv"



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
    # The guide's own example of rule 2: the presidents conferring is consultation between
    # the allies (alliance); the attack is only a hypothetical (not threat).
    ("In case of a nuclear attack on the South, the two presidents would confer at once.",
     {"alliance"}),
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


# --- lexicon 2.2.0: the error classes of the team set 2 as general rules -------------------


@pytest.mark.parametrize("text,expected", [
    ("The admiral said the port call showed the depth of America's commitment to Seoul.",
     {"alliance", "deterrence"}),
    ("The U.S. commitment was restated twice in the final communique.", {"alliance"}),
    ("Officials vowed to defend Seoul with every means at their disposal.", {"alliance"}),
    ("Our commitment to the Republic of Korea will not waver, the secretary said.",
     {"alliance"}),
    ("The finance minister restated his commitment to tax reform.", set()),
    ("Yoon reaffirmed Seoul's commitment to free trade at the forum.", set()),
    ("Officials said the guarantee would be reviewed next year.", set()),
    ("Washington's pledge to come to Seoul's aid has never been put to the test.",
     {"alliance"}),
    ("The American promise was more than words, the minister said.", {"alliance"}),
    ("The United States remains committed to the defense of the Republic of Korea.",
     {"alliance"}),
    ("The candidate's pledge to cut taxes won loud applause.", set()),
])
def test_commitment_tied_to_the_ally_is_alliance_a_bare_commitment_is_not(text, expected):
    # Rules 12 and 16: the commitment to defend the ally. Tied to the allies (an American
    # owner right before it, or the ally right after it) it counts 1.0; alone only 0.5.
    assert frames_of(text) == expected


def test_ally_linked_cue_reports_its_rule_and_weight():
    (cue,) = [c for c in frame_cues("Washington's guarantee to the ROK is firm.")
              if c.text == "guarantee"]
    assert (cue.frame, cue.weight, cue.rule) == ("alliance", 1.0, "ally linked")
    (bare,) = frame_cues("The guarantee is firm.")
    assert (bare.frame, bare.weight, bare.rule) == ("alliance", 0.5, "lexicon")


@pytest.mark.parametrize("text,expected", [
    ("The plan covers the use of American nuclear weapons in any war with the North.",
     {"deterrence"}),
    ("The North keeps adding nuclear weapons to its arsenal.", {"threat"}),
    ("Nobody would say whether U.S. warheads were on board.", {"deterrence"}),
    ("Pyongyang keeps adding warheads to its stockpile, the report said.", {"threat"}),
    ("Officials would not say whether the ship carried warheads.", set()),
    ("Kim vowed to match every visit with a display of the North's own military strength.",
     {"threat"}),
])
def test_rule7_an_allied_owner_right_before_the_weapon_wins(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Beijing urged all sides to return to dialogue, its spokesman said.", {"diplomacy"}),
    ("Talks with Beijing on fishing rights resumed in May.", set()),
    ("Pyongyang has vowed to bolster its nuclear capabilities further.", {"threat"}),
])
def test_china_as_counterpart_only_close_before_the_cue_an_owner_further(text, expected):
    # A Chinese speaker six words before "dialogue" is not its counterpart; North Korea as
    # the owner of a capability may stand a whole clause before it.
    assert frames_of(text) == expected


def test_allied_owner_rule_is_reported():
    cues = frame_cues("The plan covers the use of American nuclear weapons in any war with "
                      "the North.")
    (weapon,) = [c for c in cues if c.text == "nuclear weapons"]
    assert (weapon.frame, weapon.rule) == ("deterrence", "owner:allies")


@pytest.mark.parametrize("text,expected", [
    ("South Korean planners will be brought into the drafting of American nuclear plans.",
     {"alliance", "deterrence"}),
    ("Will Seoul's generals actually be in the room when nuclear targeting decisions are made?",
     {"alliance", "deterrence"}),
    ("Our engineers are studying the debris together with the U.S. side.", {"alliance"}),
    ("The keys were left in the room, the hotel said.", set()),
    ("Together with his wife, the president toured the museum.", set()),
])
def test_rule4_seouls_part_in_planning_in_other_words_needs_the_allies_named(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Seventy years ago, young Americans came to fight for our freedom, the president said.",
     {"alliance"}),
    ("Many of the Americans who fought alongside Koreans in that war never came home.",
     {"alliance"}),
    ("Veterans recalled how the two armies fought together through the winter of 1950.",
     {"alliance"}),
    ("Yoon will lay a wreath at the memorial on Tuesday morning.", set()),
    ("The state dinner on Wednesday will be followed by a concert.", set()),
    ("She has fought for working families all her career.", set()),
    ("Seventy years after the ceasefire, the front line is still heavily mined.", set()),
    ("The two presidents bowed before the names of the fallen at the Wall of Remembrance.",
     {"alliance"}),
])
def test_rule12_remembrance_of_shared_sacrifice_is_alliance_a_ceremony_date_is_not(text,
                                                                                   expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Its launches this spring followed a testing calendar, analysts said.", {"threat"}),
    ("The agency said Kim watched the launch from a command post.", {"threat"}),
    ("KCNA called the drills a rehearsal for invading the North.", {"deterrence", "threat"}),
    ("The statement said the flights had pushed the region to the brink of nuclear war.",
     {"threat"}),
    ("Some commentators warn of a new cold war in Northeast Asia.", {"threat"}),
    ("The ministry launches a scholarship scheme in the autumn.", set()),
    ("The bombs were withdrawn from the peninsula at the end of the Cold War.", set()),
    ("In the event of a nuclear attack on the South, Washington would consult Seoul at once.",
     {"alliance"}),
])
def test_launches_and_danger_words_are_threat_a_contingency_is_not(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Officials of the two governments bargained over the annex for weeks.", {"alliance"}),
    ("Beijing renewed its call for talks and for a political process on the peninsula.",
     {"diplomacy"}),
    ("She said any resumption of talks was further away than ever.", {"diplomacy"}),
    ("Pyongyang said it had no intention of sitting at the same table with Washington.",
     {"diplomacy"}),
    ("A bilateral meeting in the Oval Office is set for 11 a.m.", set()),
    ("The two sides opened a bilateral dialogue on space technology.", {"alliance"}),
    ("The annual Korea-U.S. defense dialogue opened in Washington on Monday.", {"alliance"}),
])
def test_rules3_9_calls_for_talks_refusals_and_bilateral_settings(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The deal does not mean returning tactical nuclear weapons to the peninsula.", set()),
    ("The aim is deterrence without triggering an arms race.", {"deterrence"}),
    ("Nuclear sharing is not on offer; the bombs stay under U.S. control.", {"deterrence"}),
    ("A U.S. soldier who ran across the border on Tuesday is believed to be held in the North.",
     set()),
    ("Some 28,500 American soldiers are stationed in the South.", {"deterrence"}),
    ("The three countries will hold their naval drill every summer.", {"deterrence"}),
])
def test_rules6_8_negation_of_a_return_initialisms_and_single_soldiers(text, expected):
    assert frames_of(text) == expected


def test_initialism_period_is_masked_without_moving_offsets():
    text = "the U.S. side and the U.N. envoy, backed by the U.S."
    masked = mask_initialism_periods(text)
    assert masked == "the U.S  side and the U.N  envoy, backed by the U.S."
    assert len(masked) == len(text)
    (cue,) = [c for c in frame_cues("The bombs stay under U.S. control.")]
    assert (cue.text, cue.frame) == ("U.S. control", "deterrence")


# --- lexicon file and dev sets --------------------------------------------------------------


def test_contingency_frame_must_be_a_frame(tmp_path):
    raw = json.loads(FRAMES_LEXICON_PATH.read_text(encoding="utf-8"))
    raw["contingency"]["frame"] = "peace"
    bad = tmp_path / "frames.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"frames\.json: contingency\.frame must be one of"):
        load_frame_lexicon(bad)


def test_ally_link_weight_must_be_positive(tmp_path):
    raw = json.loads(FRAMES_LEXICON_PATH.read_text(encoding="utf-8"))
    group = next(g for g in raw["frames"]["alliance"]["groups"] if "ally_link_weight" in g)
    group["ally_link_weight"] = 0
    bad = tmp_path / "frames.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"frames\.json: frames\.alliance\.groups\[\d+\]: "
                                         r"ally_link_weight must be a positive number"):
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


# --- lexicon 2.3.0: broad families from the errors of team set 3 ---------------------------


@pytest.mark.parametrize("text,expected", [
    # rules 8 and 19c: denial phrases longer than one word negate the cue that follows
    ("The declaration stops short of the nuclear sharing that some in Seoul had sought.", set()),
    ("Critics said the deal fell well short of NATO-style nuclear sharing.", set()),
    ("The communique makes no mention of bringing back tactical nuclear weapons.", set()),
    ("The White House said the arrangement does not amount to nuclear sharing.", set()),
    # ... but "short" alone is no negator
    ("The drill was cut short by bad weather on Tuesday.", {"deterrence"}),
    # rule 18: the wire boilerplate of the legal state of war is background
    ("The two Koreas are still technically at war because the 1950-53 conflict ended in a "
     "truce.", set()),
    # rules 13 and 21: North Korea's allies, trading partners and generic allies are not the
    # US-South Korea partnership; America's ally in Asia still is
    ("China, North Korea's main ally, called on all sides to show restraint.", set()),
    ("Beijing is Pyongyang's only ally and its biggest trading partner.", set()),
    ("Beijing, Pyongyang's only treaty ally, urged calm.", set()),
    ("Washington's allies in Europe are watching the experiment closely.", set()),
    ("South Korea is America's closest ally in Asia, the senator said.", {"alliance"}),
    # rule 5: the regime's end as a clause
    ("Pentagon officials said the regime would end if it ever used a nuclear weapon.",
     {"deterrence"}),
    # rules 8 and 15: South Korea's bomb "of its own", pledged away or wanted, is deterrence
    ("Many South Koreans want nuclear weapons of their own.", {"deterrence"}),
    ("Seoul agreed not to build a nuclear arsenal of its own.", {"deterrence"}),
    ("The report reviews America's declaratory policy in detail.", {"deterrence"}),
    # rule 19b: readiness to talk is a stance toward dialogue
    ("Biden said he was ready to talk with Kim without conditions.", {"diplomacy"}),
])
def test_lexicon_2_3_denials_boilerplate_adversary_allies_and_stances(text, expected):
    assert frames_of(text) == expected


def test_denial_phrase_is_reported_as_the_negator():
    sc = frame_scores("The declaration stops short of nuclear sharing.", use_model=False)
    assert [(c.text, c.rule) for c in sc["negated"]] == [
        ("nuclear sharing", "negated by 'stops short of'")]
