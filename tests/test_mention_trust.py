"""Mentions a reader can trust: a bare family name, an acronym in parentheses, and the roles
that lean a mention neutral (the critic behind an appositive, a person the critic is described
by, the one whose offer is refused, the one addressed). Sentences written for these tests in the
styles of wire copy, Korean English-language press and White House transcripts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import Document
from analysis.metrics.actors import actor_mentions
from analysis.metrics.target_tone import lean_critics_neutral, mention_role, prepare


def _mentions(text: str) -> list[tuple[str, str]]:
    table = actor_mentions([Document.from_text(text, "d")])
    return list(zip(table["actor"], table["matched"], strict=True))


# ------------------------------------------------------------------- a bare family name

def test_a_bare_kim_with_no_earlier_full_naming_is_nobody_of_the_list():
    text = ("WASHINGTON (AP) - The United States will dock a nuclear-armed submarine in South "
            "Korea, President Joe Biden said Wednesday.\n\n"
            "Kim reported from Seoul. Ellen Kim, a researcher in Washington, contributed to "
            "this report.")
    found = _mentions(text)
    assert [m for m in found if m[0] == "Kim Jong Un"] == []
    assert ("Joe Biden", "Joe Biden") in found


def test_a_bare_kim_after_the_leader_is_named_is_the_leader():
    text = ("North Korean leader Kim Jong Un oversaw the launch of a solid-fuel missile on "
            "Thursday. Kim called the test a warning to the allies.")
    found = _mentions(text)
    assert found.count(("Kim Jong Un", "Kim")) == 1
    assert found.count(("Kim Jong Un", "Kim Jong Un")) == 1


def test_a_kim_named_before_the_leader_is_nobody_and_honorifics_keep_him():
    text = ("Kim greeted the crowd, the agency said. Later Kim Jong Un inspected the drill. "
            "Comrade Kim praised the gunners, and Chairman Kim left.")
    found = [m for m in _mentions(text) if m[0] == "Kim Jong Un"]
    assert found == [("Kim Jong Un", "Kim Jong Un"), ("Kim Jong Un", "Kim"),
                     ("Kim Jong Un", "Kim")]


def test_another_persons_full_name_never_links_to_the_listed_kim():
    text = ("Kim Jong Un vowed to expand the arsenal. Ellen Kim, an analyst at the Center for "
            "Strategic and International Studies, said the threat was real. Kim added that "
            "Seoul should stay calm. Kim Tong-hyung reported from Seoul.")
    found = [m for m in _mentions(text) if m[0] == "Kim Jong Un"]
    # the leader once; "Ellen Kim", the "Kim" after her and "Kim Tong-hyung" are not him
    assert found == [("Kim Jong Un", "Kim Jong Un")]


# ------------------------------------------------------------ an acronym in parentheses

def test_an_acronym_in_parentheses_after_its_name_is_one_mention():
    text = ("The United States and the Republic of Korea (ROK) today reaffirmed the ironclad "
            "U.S. commitment to the defense of the ROK. Meanwhile, the Joint Chiefs of Staff "
            "(JCS) said the allies would drill. In a statement carried by the Korean Central "
            "News Agency (KCNA), the North condemned the drill.")
    found = _mentions(text)
    assert [m for m in found if m[0] == "South Korea"] == [
        ("South Korea", "Republic of Korea"), ("South Korea", "ROK")]
    assert [m[1] for m in found if m[0] == "Joint Chiefs of Staff"] == ["Joint Chiefs of Staff"]
    assert [m[1] for m in found if m[0] == "KCNA"] == ["Korean Central News Agency"]


def test_a_parenthesised_name_of_another_actor_still_counts():
    found = _mentions("Officials from Seoul (and Tokyo) met in Washington.")
    assert [m[0] for m in found] == ["South Korea", "Japan", "United States"]


# ----------------------------------------------------------------------------- roles

def _role(text: str, target: str) -> str:
    start = text.index(target)
    return mention_role(prepare(text, start, start + len(target), {}))


KCNA_AFP = ("SEOUL, April 29 (AFP) - Kim Yo Jong, the powerful sister of North Korea's "
            "leader Kim Jong Un, on Saturday denounced the declaration as an expression of "
            "the \"most hostile\" policy, state media said.")


@pytest.mark.parametrize("text, target, role", [
    (KCNA_AFP, "Kim Yo Jong", "critic"),
    (KCNA_AFP, "Kim Jong Un", "critic_descriptor"),
    ("Mao Ning, a spokeswoman for the foreign ministry, on Thursday criticized the deal.",
     "Mao Ning", "critic"),
    ("The powerful sister of North Korean leader Kim Jong Un denounced the drills.",
     "Kim Jong Un", "critic_descriptor"),
    ("PRESIDENT BIDEN: Pyongyang has ignored Washington's offers to resume talks.",
     "Washington", "rebuffed"),
    ("North Korea has repeatedly rebuffed overtures from Seoul.", "Seoul", "rebuffed"),
    ("Q: President Yoon, many Koreans want their own bomb.", "President Yoon", "addressee"),
    ("PRESIDENT YOON: President Biden, Koreans will remember this visit.", "President Biden",
     "addressee"),
])
def test_roles_that_lean_neutral(text, target, role):
    assert _role(text, target) == role


@pytest.mark.parametrize("text, target", [
    # the refuser, a refused claim, an appositive subject that acts, a list of subjects
    ("PRESIDENT BIDEN: Pyongyang has ignored Washington's offers to resume talks.", "Pyongyang"),
    ("North Korea rejected Seoul's claims of a drone incursion.", "Seoul"),
    ("President Yoon, who took office last year, faces a hard choice.", "President Yoon"),
    ("Yoon, however, said the alliance was strong.", "Yoon"),
    # addressed, but the sentence is about him ("you"), or no turn label opens it
    ("PRESIDENT BIDEN: President Yoon, you've been a great friend.", "President Yoon"),
    ("President Biden, many Koreans want their own bomb.", "President Biden"),
    ("The US sent a submarine to South Korea, a move North Korea condemned, officials said.",
     "South Korea"),
])
def test_no_neutral_leaning_role(text, target):
    assert _role(text, target) == ""


def test_every_neutral_leaning_role_is_blended_with_neutral():
    table = pd.DataFrame({
        "tone_label": ["negative"] * 4 + ["negative"],
        "p_negative": [0.74] * 5, "p_neutral": [0.2] * 5, "p_positive": [0.06] * 5,
        "role": ["critic", "critic_descriptor", "rebuffed", "addressee", ""]})
    out = lean_critics_neutral(table, 0.5, 0.55)
    assert out["tone_label"].tolist() == ["neutral"] * 4 + ["negative"]
    assert out["p_neutral"].tolist() == pytest.approx([0.6] * 4 + [0.2])
    assert out["p_negative"].tolist() == pytest.approx([0.37] * 4 + [0.74])
