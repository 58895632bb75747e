"""Keyphrases that read like a reader's list (issue 14): case as written, whole names,
"U.S." with its period, noun phrases only, no transcript furniture, near-duplicates merged.

The test texts are written for these tests in the style of wire copy, a White House
transcript and the Korean English-language press; they quote no real article.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.metrics import keyphrases as kp
from analysis.metrics.furniture import mask_furniture

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
             ).read_text(encoding="utf-8")

WIRE = """Yoon arrives in Washington as allies weigh nuclear plan

SEOUL, South Korea (AP) — South Korean President Yoon Suk Yeol flew to Washington on Monday \
for a state visit that officials in Seoul expect to produce new steps on extended deterrence \
against North Korea.
Yoon Suk Yeol will meet President Joe Biden at the White House on Wednesday, the presidential \
office said. The Republic of Korea and the U.S. are expected to announce a Nuclear \
Consultative Group, a body that would give Seoul a say in U.S. nuclear planning.
Beijing criticised the plan. Chinese officials said the U.S. should stop stoking tension on \
the Korean Peninsula.
Under the plan, U.S. SSBNs would make a rare port call in South Korea. The last visit of a \
U.S. ballistic missile submarine was in the 1980s, according to the Ministry of National \
Defense.
"The Republic of Korea will never pursue nuclear weapons of its own," Yoon Suk Yeol told \
reporters before leaving.
"""

TRANSCRIPT = """THE WHITE HOUSE

Remarks by President Biden and President Yoon Suk Yeol of the Republic of Korea in Joint \
Press Conference

Rose Garden

1:43 P.M. EDT

PRESIDENT BIDEN: Good afternoon. Please, please have a seat. (Applause.) Today the Republic \
of Korea and the United States take a step toward a stronger alliance. The Washington \
Declaration commits us to extended deterrence, and the Nuclear Consultative Group will give \
our allies a voice. (Applause.)

PRESIDENT YOON: (As interpreted.) Thank you, President Biden. Good afternoon. The Nuclear \
Consultative Group is a new step for our alliance. Extended deterrence is stronger today than \
ever. (Applause.)

Q Thank you, Mr. President. A question on the Nuclear Consultative Group: will South Korea \
have a say over nuclear weapons?

PRESIDENT BIDEN: Look, the Nuclear Consultative Group is about consultation, not control. \
(Laughter.) Extended deterrence is our commitment to the Republic of Korea.

END 2:39 P.M. EDT
"""

KOREAN_PRESS = """Seoul, Washington launch Nuclear Consultative Group

President Yoon Suk Yeol's state visit to Washington produced the Washington Declaration, \
under which Seoul and Washington will launch the Nuclear Consultative Group (NCG), the \
presidential office said Thursday.
The NCG will meet four times a year, according to the Ministry of National Defense. Vice \
Defense Minister Shin Beom-chul said the group would strengthen extended deterrence against \
the North.
Pyongyang denounced the declaration. The Korean Central News Agency called the Nuclear \
Consultative Group a "reckless" plan.
Critics in Seoul said the Nuclear Consultative Group falls short of the nuclear sharing that \
NATO allies have. Shin Beom-chul rejected that reading.
"""

HEADLINE_VERBS = """Biden rolls out red carpet as allies unveil nuclear plan

The agreement strengthened nuclear deterrence on the peninsula, officials said. The allies \
will unveil the nuclear plan in Seoul next week, and the red carpet was rolled out for the \
visiting leader. Officials said the nuclear plan covers submarine visits and joint planning.
"""


def _all(text: str) -> list[str]:
    return [p for p, _ in kp.extract_keyphrases(text, 500)]


def test_wire_names_stay_whole_and_keep_their_case():
    phrases = _all(WIRE)
    assert phrases[0] == "Yoon Suk Yeol"
    assert not any(re.search(r"\b(Suk|Yeol)\b", p) for p in phrases if p != "Yoon Suk Yeol")
    # a title is no part of the name
    assert "South Korean President Yoon Suk Yeol" not in phrases
    assert "President Yoon Suk Yeol" not in phrases
    assert {"Republic of Korea", "Ministry of National Defense", "Joe Biden"} <= set(phrases)
    assert "Republic" not in phrases and "Korea" not in phrases
    # seen only at a sentence start, still written as the text writes them
    assert {"Beijing", "Chinese officials", "SSBNs", "Nuclear Consultative Group"} <= set(phrases)
    assert not any(p.lower() == p and p.lower() in ("beijing", "ssbns") for p in phrases)


def test_us_keeps_its_period():
    phrases = _all(WIRE)
    assert "U.S." in phrases
    assert not any(re.search(r"U\.S(?!\.)", p) for p in phrases)
    # the abbreviation's period ends no sentence: "SSBNs" after "U.S." is no sentence start
    assert kp.extract_keyphrases("The U.S. navy sent U.S. SSBNs to Busan.", 5)[0][0] != "ssbns"


def test_an_initialism_the_text_wrote_without_its_final_period_gets_it_back():
    text = ("Seoul asked for the U.S extended deterrence to be spelled out. The U.S extended "
            "deterrence plan was welcomed by lawmakers in Seoul. Lawmakers said the U.S extended "
            "deterrence plan must hold.")
    phrases = [p for p, _ in kp.extract_keyphrases(text, 10)]
    assert any(p.startswith("U.S. extended deterrence") for p in phrases), phrases
    assert not any(re.search(r"U\.S(?!\.)", p) for p in phrases)
    # before a hyphen the compound stays as written
    made = [p for p, _ in kp.extract_keyphrases(
        "The U.S-made drones flew. The U.S-made drones landed near Osan.", 5)]
    assert "U.S-made drones" in made, made


def test_transcript_furniture_is_never_a_candidate():
    phrases = _all(TRANSCRIPT)
    furniture = {"applause", "laughter", "edt", "p.m", "p.m.", "remarks", "afternoon",
                 "good afternoon", "interpreted", "q", "seat"}
    words = {w.lower() for p in phrases for w in p.split()}
    assert not words & furniture
    assert not any("PRESIDENT" in p or "END" in p.split() for p in phrases)
    assert phrases[:3].count("Nuclear Consultative Group") == 1
    assert "Republic of Korea" in phrases


def test_mask_furniture_keeps_offsets():
    line = "PRESIDENT YOON: (As interpreted.) Thank you. (Applause.)\n1:43 P.M. EDT\n"
    masked = mask_furniture(line)
    assert len(masked) == len(line)
    assert "PRESIDENT" not in masked and "interpreted" not in masked
    assert "Applause" not in masked and "1:43" not in masked
    assert masked.index("Thank") == line.index("Thank")
    # an acronym in brackets is no stage direction
    assert mask_furniture("the ROK Air Force (ROKAF) flew") == "the ROK Air Force (ROKAF) flew"


def test_korean_press_titles_and_names():
    phrases = _all(KOREAN_PRESS)
    assert phrases[0] == "Nuclear Consultative Group"
    assert {"Shin Beom-chul", "Ministry of National Defense", "Yoon Suk Yeol",
            "Korean Central News Agency", "Pyongyang"} <= set(phrases)
    assert "NCG" not in phrases  # "the Nuclear Consultative Group (NCG)": one entry
    assert not any(p in ("Defense", "Vice Defense", "Defense Minister", "Minister Shin")
                   for p in phrases)


def test_candidates_are_noun_phrases():
    phrases = [p.lower() for p in _all(HEADLINE_VERBS)]
    for fragment in ("biden rolls", "rolls red", "allies unveil", "unveil nuclear",
                     "strengthened nuclear", "agreement strengthened"):
        assert not any(fragment in p for p in phrases), fragment
    assert not any(len(p.split()) > 1 and p.split()[-1] == "nuclear" for p in phrases)
    assert {"nuclear deterrence", "nuclear plan", "red carpet"} <= set(phrases)


def test_near_duplicates_are_merged_in_the_seed_top10():
    top = [p.lower() for p, _ in kp.extract_keyphrases(SEED_TEXT, 10)]
    singles = [p for p in top if " " not in p]
    phrase_words = {w for p in top if " " in p for w in p.split()}
    assert not set(singles) & phrase_words
    assert "nuclear" not in top and "efforts" not in top
    # the merged phrase keeps the score of the word whose place it took: still best first
    scores = [s for _, s in kp.extract_keyphrases(SEED_TEXT, 10)]
    assert scores == sorted(scores, reverse=True)


def test_ranking_does_not_depend_on_k():
    full = kp.extract_keyphrases(SEED_TEXT, 30)
    for k in (5, 10, 12, 20):
        assert kp.extract_keyphrases(SEED_TEXT, k) == full[:k]


@pytest.mark.parametrize("text", [WIRE, TRANSCRIPT, KOREAN_PRESS, SEED_TEXT])
def test_every_phrase_is_written_in_the_text(text):
    flat = re.sub(r"\s+", " ", text)
    for p in _all(text):
        assert p in flat or p.lower() in flat.lower(), p


def test_heuristics_without_tagger_still_give_names_and_periods():
    phrases = [p for p, _ in kp.extract_keyphrases(WIRE, 500, pos=False)]
    assert phrases[0] == "Yoon Suk Yeol"
    assert "U.S." in phrases and "Republic of Korea" in phrases


def test_a_verb_after_a_modal_and_an_adverb_starts_no_phrase():
    text = ("The allies will not station nuclear weapons in the South, the ministry said. "
            "Seoul and Washington will also deploy strategic assets and plan to further "
            "strengthen nuclear deterrence.")
    phrases = [p.lower() for p in _all(text)]
    assert not any(p.split()[0] in ("station", "deploy", "strengthen") for p in phrases)
    assert {"nuclear weapons", "strategic assets", "nuclear deterrence"} <= set(phrases)


def test_a_repeated_ed_term_is_one_phrase_and_a_one_off_participle_is_not():
    repeated = ("Washington reaffirmed its commitment to extended deterrence. The extended "
                "deterrence pledge covers nuclear forces. Seoul welcomed the U.S. extended "
                "deterrence commitment.")
    phrases = [p.lower() for p in _all(repeated)]
    assert {"extended deterrence", "extended deterrence pledge"} <= set(phrases)
    assert not any(p.endswith("extended") for p in phrases)
    once = ("Officials said alleged police misconduct in the port city drew protests. The "
            "police misconduct inquiry opens Monday.")
    phrases = [p.lower() for p in _all(once)]
    assert "police misconduct" in phrases
    assert not any(p.startswith("alleged") for p in phrases)


def test_a_hosts_courtesy_is_furniture():
    masked = mask_furniture("PRESIDENT BIDEN: Please, please have a seat. The seat of power.")
    assert "have a seat" not in masked and masked.endswith("The seat of power.")
    assert "seat" not in {p.lower() for p in _all(TRANSCRIPT)}
    kept = "Seoul wants to have a seat at the table."
    assert mask_furniture(kept) == kept
