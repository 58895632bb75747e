"""Guide 2.32, rule 169 (lexicon 2.32.0): South Korea's story with a third power, read off the
errors of the blind set real87 (China and South Korea). Sentences written for these tests in
the styles of the Korean English-language press, wire copy and Chinese readouts."""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of
from tests.frame_rules import story_frames as _story

CONCERN = ("South Korea voiced concern over the steel structures China installed in the Yellow "
           "Sea, the foreign ministry said.")
TALKS = ("Chinese Foreign Minister Wang Yi held talks with his South Korean counterpart in "
         "Beijing on Tuesday.")


@pytest.mark.parametrize("opening", [CONCERN, TALKS])
@pytest.mark.parametrize("later", [
    "The two sides agreed to keep communicating through channels at all levels.",
    "Both countries should deepen cooperation and strengthen mutual trust, he said.",
    "The issue came up during the two countries' maritime cooperation talks.",
])
def test_later_partnership_words_are_that_pair_s(opening, later):
    assert frames_of(later) == {"alliance"}  # alone, the pair words read as the allies'
    assert _story(opening, later)[1] == set()


def test_the_story_ends_where_another_ally_is_named():
    later = "The two sides agreed to keep communicating through channels at all levels."
    assert _story(CONCERN, "Washington has backed Seoul's position, the State Department said.",
                  later)[2] == {"alliance"}
    assert _story(CONCERN, "The allies discussed the issue at the Nuclear Consultative Group.",
                  later)[2] == {"alliance"}
    assert _story(CONCERN, "The Pentagon declined to comment on the structures.",
                  later)[2] == {"alliance"}


def test_a_south_korean_official_keeps_the_story():
    later = "Both sides agreed to coordinate closely ahead of the APEC meetings."
    assert _story(TALKS, "Cho Hyun said Seoul values the momentum in improving relations.",
                  later)[2] == set()


def test_no_story_without_south_korea_or_with_the_united_states():
    later = "The two sides agreed to keep communicating through channels at all levels."
    assert _story("China installed another steel structure in the Yellow Sea last year.",
                  later)[1] == {"alliance"}  # China alone opens no story
    assert _story("South Korea and the United States discussed the structures China built.",
                  later)[1] == {"alliance"}  # the ally named with them: the allies' story
    assert _story("Japan voiced concern over the structures China installed.",
                  later)[1] == {"alliance"}  # another ally's concern, not South Korea's


def test_the_allied_forces_and_the_north_keep_their_frames_in_the_story():
    assert _story(CONCERN, "North Korea fired two ballistic missiles into the sea.")[1] == \
        {"threat"}
    assert _story(CONCERN, "The South Korean navy deployed a destroyer near the structure.")[1] \
        == {"deterrence"}


@pytest.mark.parametrize(("text", "expected"), [
    # rule 33's launch wording: one zone a missile lands in, not the zones two countries share
    ("Japan's coast guard said the missile fell inside the country's exclusive economic zone.",
     {"threat"}),
    ("The missiles splashed down outside Japan's exclusive economic zone.", {"threat"}),
    ("The zone lies where the exclusive economic zones of the two neighbours overlap.", set()),
    # rule 42's other senses: an oil drilling facility; an ally of the North or of China
    ("Beijing said the platform was a fish farm and an oil drilling facility.", set()),
    ("The marines held live-fire drilling on the island.", {"deterrence"}),
    ("Pyongyang, a longtime ally of China, rejected the proposal.", set()),
    ("Seoul, a treaty ally of the United States, rejected the proposal.", {"alliance"}),
])
def test_launch_zone_and_other_senses(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rule 33 gains danger words of reported statements (real88)
    ("Despite repeated warnings, the United States continues to aggravate the situation in the "
     "region, the ministry said.", {"threat"}),
    ("Nobody can deny the dangerousness of the security environment the country faces.",
     {"threat"}),
    ("Such moves only aggravate the situation on the peninsula, the spokesperson said.",
     {"threat"}),
    ("The ministry said the talks had eased the situation.", set()),
    # the same words in another field (review rv88): no party of the peninsula, no danger
    ("Fertiliser prices would aggravate the situation for farmers, the union said.", set()),
    ("The dangerousness of lithium batteries is well known.", set()),
])
def test_danger_words_of_reported_statements(text, expected):
    assert frames_of(text) == expected


def test_a_third_power_in_the_allies_story_opens_no_story_of_its_own():
    # review rv88: one South Korea-China sentence inside a US-South Korea story
    assert _story("Yoon and Biden met at the White House on Wednesday.",
                  "South Korea has long depended on China for a quarter of its exports.",
                  "The two leaders pledged to deepen cooperation between the two countries.")[2] \
        == {"alliance"}


@pytest.mark.parametrize(("text", "expected"), [
    # rule 126: a chain of it and its carries the North on to a later owning pronoun (real89)
    ("North Korea said this week it had tested its newest ICBM on Monday to gauge the war "
     "readiness of its nuclear forces against mounting US hostility.", {"threat"}),
    ("South Korea said it would deploy its new destroyers and strengthen its military.",
     {"deterrence"}),
])
def test_a_pronoun_chain_keeps_the_owner(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rule 48's words (real89)
    ("Japan, South Korea and the United States activated a system to share real-time data on "
     "North Korean missile launches.", {"deterrence"}),
    ("The agency shares real-time data on traffic with the city.", set()),
])
def test_missile_data(text, expected):
    assert frames_of(text) == expected
