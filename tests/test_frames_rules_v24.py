"""Rules 22-26 of ``docs/frame_annotation_guide.md`` (version 2.3) and the lexicon 2.4.0 families
that follow them and rules 4, 5, 7, 9, 12, 16, 19 in transcript and commentary wording.

Every sentence was written for this file in the style of real coverage (White House and Pentagon
transcript turns, commentary, wire copy, Korean English-language press, KCNA and Chinese
statements as reported); none is in a labelled set. The expected frames were labelled by hand
from the guide before running the lexicon. The lexicon alone is tested (``use_model=False``).
"""

from __future__ import annotations

import pytest

from analysis.metrics.frames import frame_cues, frame_scores
from tests.frame_rules import frames_of

# --- rule 22: the NCG by another name --------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The new group will hold its first session in July, officials said.", {"deterrence"}),
    ("The group will meet every quarter, with its first session in Seoul this summer.",
     {"deterrence"}),
    ("Q: Will the group ever discuss with Seoul what happens if a tactical weapon is used?",
     {"deterrence"}),
    ("Critics call it a consultative body with no say over the trigger.", {"deterrence"}),
    ("The consultation body met for the second time in Washington in December.", {"deterrence"}),
    # a group that is not the NCG: no ally or North Korea named, and lobbies are groups too
    ("The group said it would file a lawsuit against the city on Monday.", set()),
    ("The spokeswoman also took questions on the Group of Seven meeting in Hiroshima.", set()),
])
def test_rule22_the_ncg_by_another_name_is_deterrence(text, expected):
    assert frames_of(text) == expected


# --- rule 23: capability in the words of officials and commentators --------------------------

@pytest.mark.parametrize("text,expected", [
    ("The return of American boomers to Korean ports is the whole point, a retired admiral said.",
     {"deterrence"}),
    ("A credible umbrella, not a bomb of its own, is what Seoul needs, the editorial said.",
     {"deterrence"}),
    ("Yoon's answer to the North, his aides say, is peace through strength.", {"deterrence"}),
    ("SECRETARY AUSTIN: We will defend our ally with the full range of our capabilities, "
     "conventional and nuclear.", {"alliance", "deterrence"}),
    # naming Japan alone does not make the partnership salient (rule 6)
    ("Japan's role in the regional defence posture has grown quietly since 2022.",
     {"deterrence"}),
    ("MINISTER: If the enemy provokes us, we will respond strongly and to the end.",
     {"deterrence", "threat"}),
    ("The Pentagon said any nuclear use by the North would draw a response the regime could not "
     "survive.", {"deterrence"}),
    ("Officials said a nuclear attack would bring about the demise of the North Korean regime.",
     {"deterrence"}),
    # an umbrella organisation and baby boomers are not the nuclear umbrella or submarines
    ("An umbrella organisation of veterans' groups will host the dinner.", set()),
    ("Baby boomers make up a shrinking share of the electorate.", set()),
])
def test_rule23_capability_in_other_words_is_deterrence(text, expected):
    assert frames_of(text) == expected


# --- rule 24: the credibility idiom ----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Would a president really trade Seattle for Seoul, the columnist asked.", {"alliance"}),
    ("No one believes Washington would risk San Francisco to save Busan, the professor wrote.",
     {"alliance"}),
    ("The summit was above all an exercise in reassurance.", {"alliance"}),
    ("The minister said the port call showed Washington would honour its pledge.", {"alliance",
                                                                                    "deterrence"}),
    # an exercise is still a drill, an unrelated trade is no frame
    ("The allies held their largest field exercise in years.", {"alliance", "deterrence"}),
    ("Traders in New York sold the won on Tuesday.", set()),
])
def test_rule24_trading_an_american_city_for_seoul_is_alliance(text, expected):
    assert frames_of(text) == expected


# --- rule 25: shared values and sacrifice in speeches ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("PRESIDENT YOON: Our two peoples share the same values, and we always will.", {"alliance"}),
    ("Freedom is not free, Yoon told the veterans gathered at the wall.", {"alliance"}),
    ("The ministers paid tribute to the two leaders' predecessors who built the alliance.",
     {"alliance"}),
    ("Yoon thanked the Americans who had fought for Korea's freedom.", {"alliance"}),
    ("PRESIDENT BIDEN: Our Korean friends will see how we plan, every step of the way.",
     {"alliance"}),
    ("AMBASSADOR: There is not a sliver of daylight between us on the North.", {"alliance"}),
])
def test_rule25_shared_values_and_sacrifice_are_alliance(text, expected):
    assert frames_of(text) == expected


# --- rule 26: testing as the North's act ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The North tested another solid-fuel engine on Friday, state media said.", {"threat"}),
    ("North Korea's testing this year has outpaced every year on record.", {"threat"}),
    ("MR. KIRBY: They're launching at a record pace, and we're watching closely.", {"threat"}),
    ("Seventy years on, the border remains among the most heavily armed on earth.", {"threat"}),
    ("Skirmishes along the sea border killed dozens of sailors in the 2000s.", {"threat"}),
    ("The JCS said it had detected the launch from the Pyongyang area at 6 a.m.", {"threat"}),
    ("KCNA said the country would take more offensive countermeasures.", {"threat"}),
    ("KCNA called the exercise a nuclear war manoeuvre against the DPRK.",
     {"deterrence", "threat"}),
    ("North Korean drones strayed into the South's airspace in December.", {"threat"}),
    # North Korea's weapons and sites by name, its shelling, factories, hackers, war deterrent
    ("Satellite images show new construction at the Yongbyon complex.", {"threat"}),
    ("The Haeil drone was tested again off the east coast, KCNA said.", {"threat"}),
    ("North Korean artillery shelled the border island for an hour.", {"threat"}),
    ("Kim Jong Un toured a munitions factory on Tuesday, state media said.", {"threat"}),
    ("A North Korean hacking group was blamed for the exchange theft.", {"threat"}),
    ("KCNA said the country would bolster its war deterrent without limit.", {"threat"}),
    ("The Global Times warned the visits would turn the peninsula into a powder keg.",
     {"threat"}),
    # a test of something else, and testing with nobody named, are no threat
    ("The evacuation plan has yet to be tested in a real emergency.", set()),
    ("Officials said they were testing the new booking system.", set()),
    ("Hackers stole customer data from the retailer last week.", set()),
    ("The company shelled out millions for the stadium.", set()),
])
def test_rule26_testing_by_the_north_is_threat(text, expected):
    assert frames_of(text) == expected


# --- further families of lexicon 2.4.0 ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # rule 4: Seoul's say as briefings, a voice, a look into planning (allies named)
    ("South Korean officials were briefed on American nuclear planning for the first time.",
     {"alliance", "deterrence"}),
    ("Seoul will receive briefings on American contingency plans twice a year.", {"alliance"}),
    ("Seoul got a greater voice, not a veto, the paper said.", {"alliance"}),
    ("The NCG will report regularly to the two presidents.", {"alliance", "deterrence"}),
    ("Our Korean colleagues get real insight into how we think about nuclear planning.",
     {"alliance", "deterrence"}),
    # rule 9: the allies' negotiation of the text
    ("Aides said the two sides spent weeks negotiating the text.", {"alliance"}),
    # rule 9: the Chinese call is diplomacy, not consultation between the allies
    ("Beijing urged all sides to resolve each other's concerns through dialogue and "
     "consultation.", {"diplomacy"}),
    # rule 19b: readiness to talk in transcript wording, sanctions relief, the grand bargain
    ("MR. KIRBY: We're ready to sit down with them, no preconditions.", {"diplomacy"}),
    ("Q: Would Washington ease sanctions if Pyongyang froze its programme?", {"diplomacy"}),
    ("A grand bargain with Kim is not on anyone's desk, the official said.", {"diplomacy"}),
    ("Pyongyang again ignored the morning call on the liaison channel.", {"diplomacy"}),
    # rules 7 and 15: building the bomb takes its owner's frame
    ("If Seoul decided to build a bomb, it would need about two years.", {"deterrence"}),
])
def test_lexicon_2_4_families(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize("text", [
    "The United States will not station nuclear weapons on the peninsula, the official said.",
    "Officials said there were no plans to bring American tactical nuclear weapons back.",
    "PRESIDENT BIDEN: There will be no American nuclear weapons on Korean soil.",
])
def test_rule19c_denied_stationing_of_weapons_is_no_frame(text):
    sc = frame_scores(text, use_model=False)
    assert sc["frames"] == set()
    assert any(c.frame == "deterrence" for c in sc["negated"])


def test_the_group_is_the_ncg_only_next_to_a_party_of_the_story():
    ncg = [c for c in frame_cues("The group will meet in Seoul in July.") if c.text == "group"
           or c.text == "The group"]
    assert [(c.frame, c.rule) for c in ncg] == [("deterrence", "allies named")]
    lobby = [c for c in frame_cues("The group will meet in Chicago in July.")
             if c.text == "The group"]
    assert [(c.frame, c.rule) for c in lobby] == [(None, "default")]
