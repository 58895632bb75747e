"""Guide 2.28 and lexicon 2.28.0: whose forces and whose partnership a sentence or a story
speaks of (rules 156-159), from the blind set of real coverage real77 (North Korean troops in
Russia and the Russia-North Korea pact).

- Rule 156: once a sentence names a force as the North's, its other force cues that no ally
  owns are the North's too: `threat`, not `deterrence`.
- Rule 157: a sentence that names North Korea and a third power and no ally speaks of their
  partnership: its partnership cues and the pact's terms count toward no frame, its troops are
  the North's.
- Rule 158: the North as the subject of *send* or *dispatch* owns the people sent; a third
  power's own forces (*Russian soldiers*) are neither the allies' posture nor the North's.
- Rule 159: in a story about North Korea and a third power, a later sentence that names no
  ally reads as rule 157's; a sentence that names an ally ends the story.

Every sentence was written for these tests in the style of wire copy, Korean English-language
press and official transcripts; its frames were checked by hand against the guide. Each
positive check fails on lexicon 2.27.2; the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of
from tests.frame_rules import story_frames as _story


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO's chief confirmed that North Korean troops had been sent to Russia and that the "
     "deployment was still growing.", {"threat"}),
    ("The spy agency said the deployment of soldiers to the Kursk region was completed last "
     "week.", {"threat"}),
    ("Officials said the North Korean soldiers had joined the troop deployment near the "
     "border.", {"threat"}),
    # controls: an ally's own force keeps its deterrence
    ("South Korean troops raised their alert after North Korean soldiers crossed the border.",
     {"deterrence", "threat"}),
    ("The US deployed more troops to the region as North Korean soldiers trained in Russia.",
     {"deterrence", "threat"}),
])
def test_one_owner_for_the_sentences_forces(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow and Pyongyang say the two countries' partnership now includes mutual military "
     "aid.", set()),
    ("Putin told Kim that the comprehensive strategic partnership between Russia and North Korea "
     "had raised the two countries' relations to a new level.", set()),
    ("Neither Pyongyang nor Moscow has confirmed the troop deployment, but the two countries "
     "signed a mutual defence pact last year.", {"threat"}),
    # controls: the allies named keep their partnership (the alliance too); a partnership of
    # three is theirs
    ("Washington and Seoul vowed closer cooperation after Russia and North Korea signed their "
     "pact.", {"alliance"}),
    ("Alarm at China's moves and North Korea's missile breakthroughs could pave the way for a "
     "durable three-way relationship.", {"alliance", "threat"}),
    ("The alliance must adapt to the threats posed by a nuclear-armed North Korea and an "
     "increasingly assertive China.", {"alliance", "threat"}),
])
def test_the_pairs_own_partnership(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The DPRK has sent around 10,000 soldiers in total to eastern Russia, the official said.",
     {"threat"}),
    ("Pyongyang dispatched about 6,000 military construction personnel to the region.",
     {"threat"}),
    ("Over 500,000 Russian soldiers have been killed or wounded, the minister said.", set()),
    # controls: a thing sent is no force of the North's; the allies' troops sent stay theirs
    ("North Korea sent a warning over the deployment of the American submarine.",
     {"deterrence"}),
    ("The United States sent more troops to South Korea last spring.", {"deterrence"}),
])
def test_the_north_sends_its_own_people_and_a_third_powers_forces(text, expected):
    assert frames_of(text) == expected



def test_a_story_of_the_pair_reads_its_later_sentences_as_theirs():
    frames = _story(
        "Russia and North Korea signed a mutual defence treaty on Wednesday.",
        "Putin said the two countries had raised their relations to a new level.",
        "The troops will train near the border, officials said.",
    )
    assert frames == [set(), set(), {"threat"}]


def test_a_sentence_that_names_an_ally_ends_the_story():
    frames = _story(
        "Russia and North Korea signed a mutual defence treaty on Wednesday.",
        "The US and South Korea responded with new drills off the east coast.",
        "The two countries also pledged closer cooperation.",
    )
    assert frames == [set(), {"deterrence"}, {"alliance"}]


def test_the_ncg_names_the_allies_even_in_the_pairs_story():
    frames = _story(
        "SECRETARY: We discussed the growing military cooperation between Russia and the DPRK.",
        "SECRETARY: The NCG has become part of how our two countries plan together.",
    )
    assert "alliance" in frames[1]


def test_our_bilateral_relations_in_the_pairs_story_are_theirs():
    # guide 2.29: "our" is whoever speaks (here China's spokesperson), not the allies
    frames = _story(
        "Reporter: Kim Jong Un and Putin met today; what does this mean for China-DPRK ties?",
        "Spokesperson: China and the DPRK are friendly neighbours.",
        "Our bilateral relations are making sound progress.",
    )
    assert frames[2] == set()


def test_the_story_starts_afresh_with_each_document():
    first = _story("Russia and North Korea signed a mutual defence treaty on Wednesday.")
    second = _story("The two countries pledged closer cooperation.")
    assert first == [set()] and second == [{"alliance"}]


# Guide 2.29 and lexicon 2.29.0 (rule 160; rules 42, 126 and 159 gain words), from the blind set
# real81 (North Korea's ties with Russia and China): each positive below fails on lexicon 2.28.0,
# the controls pass on both.

@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul warned that a potential arms deal between Pyongyang and Moscow would violate U.N. "
     "resolutions.", {"threat"}),
    ("Photos released by Washington as evidence of the Pyongyang-Moscow arms trade showed a "
     "cargo ship at Rajin.", {"threat"}),
    ("Russia began receiving large deliveries of munitions from North Korea after the summit.",
     {"threat"}),
    ("The ministry estimates that the North has shipped several million shells to Russia.",
     {"threat"}),
    ("Investigators said the debris came from a missile supplied by North Korea.", {"threat"}),
    # controls: the allies' arms deals and an arms deal with no counterpart have no frame
    ("Poland has signed a series of arms deals with South Korea in the last two years.", set()),
    ("The firm's arms exports rose by a fifth last year.", set()),
])
def test_the_norths_arms_trade_with_russia_is_threat(text, expected):
    assert frames_of(text) == expected


def test_the_dprks_full_name_names_no_ally():
    text = ("The treaty between the Russian Federation and the Democratic People's Republic of "
            "Korea has entered into force, KCNA said, calling it a strategic partnership.")
    assert frames_of(text) == set()
    # control: the Republic of Korea on its own is the ally
    assert frames_of("The Republic of Korea and the United States deepened their partnership "
                     "on Monday.") == {"alliance"}


@pytest.mark.parametrize(("text", "expected"), [
    # rule 42: exercising a veto or a right is no drill
    ("It is unfortunate that Russia and China decided to exercise their veto.", set()),
    ("Moscow said Pyongyang was merely exercising its right to self-defence.", set()),
    # rule 126: the North's pronoun owns its nuclear-powered submarine
    ("Experts are studying North Korea's disclosure of its nuclear-powered submarine.",
     {"threat"}),
    # controls: the allies' exercises and the allies' submarine keep their deterrence
    ("The allies will exercise their right to hold joint exercises.", {"alliance", "deterrence"}),
    ("The US Navy sent its nuclear-powered submarine to Busan.", {"deterrence"}),
])
def test_a_veto_exercised_and_the_norths_nuclear_powered_submarine(text, expected):
    assert frames_of(text) == expected


# Lexicon 2.29.1: a reviewer's probes of rules 156-160 (rv83), mended. Each case below is
# wrong on lexicon 2.29.0 and right on 2.27.2 and now.

@pytest.mark.parametrize(("text", "expected"), [
    # rule 156 reads one-word forces of the North's clause, never a phrase or an allied owner
    ("North Korean troops fighting in Kursk have suffered heavy losses, while U.S. forces in "
     "South Korea remain on alert.", {"deterrence", "threat"}),
    ("Analysts warned that North Korean soldiers could one day be used against the troops of "
     "South Korea and the United States.", {"deterrence", "threat"}),
    ("Any provocation by North Korean troops would be met with overwhelming force, the Joint "
     "Chiefs of Staff warned.", {"deterrence", "threat"}),
    ("After Kim Jong Un sent troops to Russia, President Lee ordered the military to raise its "
     "readiness along the border.", {"deterrence", "threat"}),
    ("Thousands of North Korean soldiers are now in Russia; the Pentagon said troop levels on "
     "the peninsula would not change.", {"deterrence", "threat"}),
    # rule 160: arms sent to Russia are the North's only when the North is the one named
    ("Seoul has banned the export of weapons to Russia since 2022, a trade ministry official "
     "said.", set()),
    ("Iran has been supplying Russia with attack drones for two years, the ministry said.",
     set()),
    ("China has provided Russia with diplomatic cover at the United Nations, the report said.",
     set()),
])
def test_the_reviewers_probes_of_rules_156_to_160(text, expected):
    assert frames_of(text) == expected


def test_a_story_opens_only_on_the_pairs_own_ties():
    # China and the North condemning the allies' drills open no story of theirs
    assert _story("China and North Korea both condemned this year's drills.",
                  "About 19,000 troops took part, fewer than last year.")[1] == {"deterrence"}
    # nor do China's influence and the North's programme named as owners
    assert _story("Both leaders discussed how to respond to China's growing influence and North "
                  "Korea's nuclear programme.",
                  "The two leaders also agreed to expand cooperation in shipbuilding.")[1] == {
        "alliance"}
