"""Tests for analysis.metrics.actors: mentions of the listed actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.metrics import actors as am

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _doc(text: str, doc_id: str = "d"):
    from analysis.corpus import Document

    return Document.from_text(text, doc_id)


# ----------------------------------------------------------------------------- actors

def _counts(text):
    out = {}
    for _, _, name, _ in am.find_actor_mentions(text):
        out[name] = out.get(name, 0) + 1
    return out


def test_actor_file_is_versioned_and_complete():
    data = am.load_actors()
    assert isinstance(data["version"], int)
    names = {a["name"]: a["kind"] for a in data["actors"]}
    assert names == {"United States": "country", "South Korea": "country",
                     "North Korea": "country", "Japan": "country", "China": "country",
                     "Joe Biden": "person", "Yoon Suk Yeol": "person", "Kim Jong Un": "person",
                     "KCNA": "organisation",
                     # version 3: the recurring voices of this coverage
                     "Kim Yo Jong": "person", "Mao Ning": "person", "Wang Wenbin": "person",
                     "Lloyd Austin": "person", "Antony Blinken": "person",
                     "John Kirby": "person", "Karine Jean-Pierre": "person",
                     "Joint Chiefs of Staff": "organisation", "Pentagon": "organisation",
                     "State Department": "organisation", "White House": "organisation",
                     # version 5: the US command in South Korea
                     "USFK": "organisation",
                     # version 9: Russia and the leaders of 2023-2025 coverage
                     "Russia": "country", "Vladimir Putin": "person",
                     "Lee Jae-myung": "person", "Donald Trump": "person"}
    assert data["version"] == 13  # version 13: North Korean media are KCNA


@pytest.mark.parametrize("text, expected", [
    # version 9: Russia by its names, its capital acting and its government's seat
    ("Russia and China shielded the North; Moscow said the Kremlin saw no threat.",
     {"Russia": 3, "China": 1, "North Korea": 1}),
    ("Russian diplomats met a Moscow-based analyst in downtown Moscow.", {"Russia": 1}),
    ("Putin hosted Kim Jong Un; President Putin and Vladimir Putin are one man.",
     {"Vladimir Putin": 3, "Kim Jong Un": 1}),
    ("Lee Jae Myung and Lee Jae-myung; President Trump, Donald J. Trump and Trump.",
     {"Lee Jae-myung": 2, "Donald Trump": 3}),
    # a family member's given name before "Trump" names that person
    ("Ivanka Trump and Melania Trump met Trump.", {"Donald Trump": 1}),
])
def test_version_9_actors(text, expected):
    assert _counts(text) == expected


def test_version_10_the_korean_peoples_army_is_north_korea():
    assert _counts("The KPA General Staff and the Korean People’s Army warned Seoul.") == \
        {"North Korea": 2, "South Korea": 1}
    from analysis.corpus import Document
    from analysis.tables.sentences import sentence_table

    text = ("The KPA General Staff said the drills were a rehearsal for invasion.\n\n"
            "South Korea’s Joint Chiefs of Staff said the missile flew 600 km.")
    t = sentence_table([Document.from_text(text, doc_id="k")])
    assert t["speaker"].tolist() == ["KPA General Staff", "South Korea’s Joint Chiefs of Staff"]
    assert t["actor"].tolist() == ["North Korea", "Joint Chiefs of Staff"]


def test_version_11_another_yoon_is_not_the_president():
    assert _counts("Rep. Yoon Sang-hyun, Yoon Sang-Hyun and Yoon Jae-ok questioned Yoon and "
                   "President Yoon.") == {"Yoon Suk Yeol": 2}
    # any spelling of his given name is still his
    assert _counts("Yoon Seok-youl, Yoon Sok-yol and Yoon Suk-youl are one man.") == \
        {"Yoon Suk Yeol": 3}
    from analysis.corpus import Document
    from analysis.tables.sentences import sentence_table

    text = ("Rep. Yoon Sang-hyun of the ruling People Power Party said the group should meet "
            "every quarter.\n\nYoon Suk Yeol said the alliance was ironclad.")
    t = sentence_table([Document.from_text(text, doc_id="y")])
    assert t["speaker"].tolist() == ["Yoon Sang-hyun", "Yoon Suk Yeol"]
    assert t["actor"].tolist() == ["Yoon Sang-hyun", "Yoon Suk Yeol"]


def test_the_russian_leader_is_putin_and_a_bare_president_never_lee():
    from analysis.corpus import Document
    from analysis.tables.sentences import sentence_table

    # Putin carries the leader's role only: a bare "the president" is never read as him
    text = ("Putin met Kim Jong Un in June. The Russian leader said the two would help "
            "each other.\n\nLee Jae-myung, the opposition leader, met Yoon Suk Yeol. "
            "The president said the group would meet in July.")
    t = sentence_table([Document.from_text(text, doc_id="r")])
    assert t["actor"].tolist() == ["", "Vladimir Putin", "", "Yoon Suk Yeol"]


def test_actor_mentions_hand_made_sentence():
    s = "The US-South Korean alliance angered Pyongyang, North Korea’s capital."
    assert _counts(s) == {"United States": 1, "South Korea": 1, "North Korea": 2}
    m = am.find_actor_mentions(s)
    assert [s[a:b] for a, b, _, _ in m] == ["US", "South Korean", "Pyongyang", "North Korea"]


@pytest.mark.parametrize("text, expected", [
    ("The “Washington Declaration” was signed in Washington.", {"United States": 1}),
    ("South Korea and the Korean Peninsula; the Korean War.", {"South Korea": 1}),
    ("Let us see what the U.S. and the USA and America do.", {"United States": 3}),
    # Out of a document the lone "Kim" is the list's Kim Jong Un; Kim Yo Jong is listed (v3).
    ("North Korean leader Kim Jong Un met Kim Yo-jong; Kim smiled.",
     {"North Korea": 1, "Kim Jong Un": 2, "Kim Yo Jong": 1}),
    ("President Biden and President Yoon Suk Yeol; Joe Biden and Yoon’s aides.",
     {"Joe Biden": 2, "Yoon Suk Yeol": 2}),
    ("Beijing, Tokyo and the PRC; Japanese and Chinese officials; South American trade.",
     {"China": 3, "Japan": 2}),
    ("The DPRK, the ROK, and the Democratic People's Republic of Korea.",
     {"North Korea": 2, "South Korea": 1}),
    ("The USAF’s B-52 and the ROKAF jets; George Washington University.", {}),
])
def test_actor_rules(text, expected):
    assert _counts(text) == expected


def test_actor_mentions_table_offsets_sentences_paragraphs():
    text = "Seoul hosted talks.\n\nThe US and Japan agreed. Later North Korea’s envoy left."
    doc = _doc(text, "t")
    out = am.actor_mentions([doc])
    assert list(out.columns) == ["doc_id", "actor", "alias", "matched", "start", "end",
                                 "sentence", "paragraph", "position"]
    assert list(out["actor"]) == ["South Korea", "United States", "Japan", "North Korea"]
    for _, r in out.iterrows():
        assert doc.text[r["start"]:r["end"]] == r["matched"]
        assert 0 <= r["position"] < 1
    if doc.sentences:  # real corpus model
        assert list(out["sentence"]) == [1, 2, 2, 3]
        assert list(out["paragraph"]) == [1, 2, 2, 2]
    assert out.iloc[-1]["position"] == pytest.approx(text.index("North") / len(text))


def test_custom_actor_list(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"version": 7, "actors": [
        {"name": "NATO", "kind": "organisation", "aliases": ["NATO", "the alliance"]}]}))
    actors = am.load_actors(path)
    assert _counts_with("NATO met; the alliance agreed. Nato?", actors) == {"NATO": 2}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"actors": []}))
    with pytest.raises(ValueError):
        am.load_actors(bad)


def _counts_with(text, actors):
    out = {}
    for _, _, name, _ in am.find_actor_mentions(text, actors):
        out[name] = out.get(name, 0) + 1
    return out


# ------------------------------------------------------- a capital city as a place, datelines

@pytest.mark.parametrize("text, expected", [
    # the city as a place: where a think tank or a newspaper is, not the state acting
    ("Analysts at a Seoul-based think tank said the talks would likely stall.", {}),
    ("A Seoul think tank warned that the North could test again.", {"North Korea": 1}),
    ("Washington-based analysts called the new group largely symbolic.", {}),
    ("The Pyongyang Times ran a long editorial on the summit.", {}),
    ("The launch came at 7:10 a.m. Seoul time, the Joint Chiefs said.",
     {"Joint Chiefs of Staff": 1}),
    ("Protesters rallied in downtown Seoul; the streets of Pyongyang were quiet.", {}),
    ("A Beijing-based diplomat said Beijing would not be pressured.", {"China": 1}),
    # the city as the seat of government stays the state
    ("Seoul said it would not seek its own nuclear weapons.", {"South Korea": 1}),
    ("Washington and Seoul agreed to expand joint drills.",
     {"United States": 1, "South Korea": 1}),
    ("Yoon flew to Washington for a state visit.", {"Yoon Suk Yeol": 1, "United States": 1}),
])
def test_capital_city_as_place_is_no_mention(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("SEOUL, South Korea (AP) — South Korea said on Thursday it would not go nuclear.",
     {"South Korea": 1}),
    ("Seoul, April 27 (Yonhap) -- Washington and Seoul agreed to expand joint drills.",
     {"United States": 1, "South Korea": 1}),
    ("Beijing, April 27 (Xinhua) -- China urged restraint on the peninsula.", {"China": 1}),
    ("Headline\n\nTokyo, April 27 (Kyodo) - Japan welcomed the declaration.", {"Japan": 1}),
    # a title-case city before a dash with no date or agency is no dateline
    ("Washington - Seoul ties deepened.", {"United States": 1, "South Korea": 1}),
])
def test_wire_dateline_names_no_actor(text, expected):
    assert _counts(text) == expected


def test_dateline_spans_cover_place_date_agency_and_dash():
    from analysis.corpus.datelines import dateline_spans

    text = "Intro line\nSEOUL, South Korea (AP) — The North fired.\nSeoul said no."
    (start, end), = dateline_spans(text)
    assert text[start:end] == "SEOUL, South Korea (AP) —"
    assert dateline_spans("WASHINGTON -- Officials met.") == [(0, 13)]
    assert dateline_spans("Washington — Officials met.") == []


def test_version_12_kcnas_names_and_an_unhyphenated_yoon():
    # "Yoon" before an unhyphenated Korean given name is another person; a headline is not
    assert _counts("Rep. Yoon Sang Hyun and Yoon Jae Ok questioned President Yoon.") == \
        {"Yoon Suk Yeol": 1}
    assert _counts("Yoon Meets Biden at White House") == \
        {"Yoon Suk Yeol": 1, "Joe Biden": 1, "White House": 1}
    from analysis.corpus import Document
    from analysis.tables.sentences import sentence_table

    text = ("The U.S. imperialists claimed that the drills were defensive.\n\n"
            "The puppet military is clamouring that the drills are routine.")
    t = sentence_table([Document.from_text(text, doc_id="k")])
    assert t["actor"].tolist() == ["United States", "South Korea"]


def test_version_13_north_korean_media_are_kcna():
    assert _counts("North Korean media reported the launch.") == {"KCNA": 1}
    assert _counts("Later, the North's media said nothing of it.") == {"KCNA": 1}
    assert _counts("North Korea fired a missile.") == {"North Korea": 1}


def test_version_13_north_korean_media_watchers_are_no_kcna():
    assert _counts("North Korean media watchers said the language was harsh.") == \
        {"North Korea": 1}
