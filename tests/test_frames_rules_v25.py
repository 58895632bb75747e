"""Rules 27-34 of ``docs/frame_annotation_guide.md`` (version 2.4) and the lexicon 2.5.0 families
that follow them.

Every sentence was written for this file in the style of real coverage (wire copy, Korean
English-language press, White House transcript turns, commentary, Chinese, Russian and KCNA
statements as reported); none is in a labelled set. The expected frames were labelled by hand
from the guide before running the lexicon. The lexicon alone is tested (``use_model=False``).
"""

from __future__ import annotations

import pytest

from analysis.metrics.frames import frame_cues
from tests.frame_rules import frames_of

# --- rule 27: Seoul's say and the allies consulting, in paraphrase ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("The arrangement gives South Korean officials a say in how American warheads might be "
     "employed.", {"alliance", "deterrence"}),
    ("Conservatives in Seoul hailed an unprecedented voice in U.S. nuclear decisions.",
     {"alliance", "deterrence"}),
    ("Seoul now has a seat at the nuclear planning table, the presidential office said.",
     {"alliance", "deterrence"}),
    ("The deal gives Seoul a formal role in nuclear consultations for the first time.",
     {"alliance", "deterrence"}),
    ("The two militaries will brief each other every month on the North's missile launches.",
     {"alliance", "threat"}),
    # a say in something else is no partnership cue
    ("Shareholders want a bigger say in pay, the proxy adviser said.", {"alliance"}),
])
def test_rule27_seouls_say_in_other_words(text, expected):
    assert frames_of(text) == expected


# --- rule 28: the trilateral partnership named by its members --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The declaration tightens the alignment between Washington, Seoul and Tokyo.",
     {"alliance"}),
    # naming the three as the subject of a drill does not make the partnership salient (rule 6)
    ("Washington, Seoul and Tokyo will hold their first joint air drill next month.",
     {"deterrence"}),
    # an alignment with another power is not the partnership
    ("Analysts worry about Moscow's deepening alignment with Pyongyang.", set()),
    ("The United States, South Korea and Japan began sharing missile warning data in real time "
     "on Tuesday.", {"alliance", "deterrence"}),
    ("Korea and Japan agreed to revive shuttle diplomacy between their leaders.", {"alliance"}),
])
def test_rule28_the_trilateral_partnership_by_its_members(text, expected):
    assert frames_of(text) == expected


# --- rule 29: doubt about the ally's defence --------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Many in Seoul wonder whether Washington would come to their aid if the North struck.",
     {"alliance"}),
    ("Few believe a U.S. president would fight on Seoul's behalf, the columnist wrote.",
     {"alliance"}),
    ("Washington restated its extended deterrence to the Republic of Korea.",
     {"alliance", "deterrence"}),
    ("The think tank published a primer on extended deterrence in Europe.", {"deterrence"}),
])
def test_rule29_the_allys_defence_doubt_and_extension(text, expected):
    assert frames_of(text) == expected


# --- rule 30: the planned answer, nuclear consultation, the planning group ---------------------

@pytest.mark.parametrize("text,expected", [
    ("The minister said the army would make the North pay a heavy price for any attack.",
     {"deterrence"}),
    ("The allies vowed to respond swiftly and decisively to any nuclear use by the regime.",
     {"alliance", "deterrence"}),
    ("Any strike on the South would be met with the full weight of the alliance, the statement "
     "said.", {"alliance", "deterrence"}),
    ("Officials of the new planning group will meet again in the spring.", {"deterrence"}),
    ("The talks covered procedures for nuclear consultation in a crisis.",
     {"alliance", "deterrence"}),
    ("A nuclear attack by the North on the South or on Japan would end the regime, the general "
     "said.", {"deterrence"}),
])
def test_rule30_the_planned_answer_is_deterrence(text, expected):
    assert frames_of(text) == expected


# --- rule 31: offers of talks and their fate --------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Seoul offered talks on reuniting separated families, the ministry said.", {"diplomacy"}),
    ("MR. KIRBY: We haven't heard back, but the offer still stands.", {"diplomacy"}),
    ("Moscow said it favoured a diplomatic settlement on the peninsula.", {"diplomacy"}),
    ("Beijing urged the parties to resolve their differences through dialogue.", {"diplomacy"}),
    ("The missile launch dimmed the prospects for talks before the end of the year.",
     {"diplomacy", "threat"}),
    ("The Unification Ministry said it would keep calling on the inter-Korean liaison line.",
     {"diplomacy"}),
    # the institution named alone, and the armistice boilerplate, are not diplomacy
    ("The unification minister, a former professor, took office in July.", set()),
    ("The war ended in 1953 in an armistice rather than a peace treaty.", set()),
])
def test_rule31_offers_of_talks_and_their_fate(text, expected):
    assert frames_of(text) == expected


# --- rule 32: whose partners, whose anniversary ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Moscow urged Washington and its allies to show restraint.", set()),
    ("Ties between Seoul and Beijing have cooled since the spring.", set()),
    ("Chinese officials attended the parade for the 70th anniversary of the armistice in "
     "Pyongyang.", set()),
    ("Neutral states prize the freedom that comes from staying out of any alliance.", set()),
    # the partnership itself is still named
    ("South Korea and the United States marked the 70th anniversary of their alliance.",
     {"alliance"}),
])
def test_rule32_whose_partners_whose_anniversary(text, expected):
    assert frames_of(text) == expected


# --- rule 33: North Korea's status, danger words, the launch as an event ------------------------

@pytest.mark.parametrize("text,expected", [
    ("KCNA said the North would never give up its nuclear weapons.", {"threat"}),
    ("Beijing warned that the deployment would only deepen the security dilemma in the region.",
     {"deterrence", "threat"}),
    ("The Russian ministry said such steps undermine strategic stability in Northeast Asia.",
     {"threat"}),
    ("Japan's coast guard said the missile fell inside the country's exclusive economic zone.",
     {"threat"}),
    ("MS. JEAN-PIERRE: We condemn this launch in the strongest terms.", {"threat"}),
    ("State television showed troops rehearsing a nuclear counterattack.",
     {"deterrence", "threat"}),
])
def test_rule33_status_danger_words_and_the_launch(text, expected):
    assert frames_of(text) == expected


# --- rule 34: denials in other words ----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Washington has no plans to put nuclear weapons back in South Korea, the official said.",
     set()),
    ("The administration does not regard the arrangement as nuclear sharing.", set()),
    ("Officials said there were no plans for nuclear sharing of the NATO kind.", set()),
    # a denial reaches only its clause
    ("There are no plans to base weapons there; the submarines will keep visiting.",
     {"deterrence"}),
])
def test_rule34_denials_in_other_words(text, expected):
    assert frames_of(text) == expected


def test_the_contingency_window_reaches_a_long_attack_clause():
    cues = frame_cues("A nuclear attack by the North on the United States or its allies would "
                      "end the regime.")
    attack = next(c for c in cues if c.text == "nuclear attack")
    assert attack.frame == "deterrence" and attack.rule == "contingency 'would'"
