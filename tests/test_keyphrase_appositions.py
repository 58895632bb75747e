"""A common noun before a name of several words (``analysis.metrics.keyphrase_appositions``)
and a demonym mostly written as a modifier but also as a plural noun
(``analysis.metrics.keyphrase_demonyms.show_plurals``), on texts written for these tests in
the styles of real coverage (a defence ministry's release, a wire report, a poll story)."""

import pytest

from analysis.metrics import keyphrase_appositions
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


@pytest.fixture
def descriptors(monkeypatch):
    """The apposition rule switched on (its default)."""
    monkeypatch.setattr(keyphrase_appositions, "DESCRIPTORS", True)


def top(text: str, k: int = 10, pos: bool = True) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k, pos=pos)]


def keys(text: str, pos: bool = True) -> set[str]:
    return set(candidates(text, default_tagger() if pos else None)[1].tf)


PORT_CALL = ("The U.S. aircraft carrier Theodore Roosevelt docked at a naval base in Busan on "
             "Thursday for a five-day port call. Sailors from the USS Theodore Roosevelt will "
             "join drills with the South Korean navy, the ministry said.")


def test_name_after_a_common_noun_starts_anew(descriptors):
    assert "carrier theodore roosevelt" not in keys(PORT_CALL)
    assert "theodore roosevelt" in keys(PORT_CALL) or "uss theodore roosevelt" in keys(PORT_CALL)
    # the chunk is kept: "aircraft carrier", only ever before the name, is read as its modifier
    assert {"carrier", "aircraft"} <= keys(PORT_CALL)
    assert "aircraft carrier" not in keys(PORT_CALL)
    assert not any(p.startswith("carrier ") for p in top(PORT_CALL, 30))


def test_name_after_a_common_noun_starts_anew_without_the_tagger(descriptors):
    text = ("The frigate Ernest Taylor left Sasebo on Monday. Crews of the frigate Ernest Taylor "
            "trained with Korean sailors for two days.")
    assert "frigate ernest taylor" not in keys(text, pos=False)
    assert {"ernest taylor", "frigate"} <= keys(text, pos=False)


def test_think_tank_before_an_institute(descriptors):
    text = ("Researchers at the think tank Sejong Institute said the plan leaves Seoul without "
            "a say over launches. The Sejong Institute has long urged closer planning.")
    assert "tank sejong institute" not in keys(text)
    assert "Sejong Institute" in top(text)


def test_one_word_name_stays_with_its_noun(descriptors):
    text = ("Forecasters said hurricane Delia would reach the coast by Sunday. Hurricane Delia "
            "has already flooded two islands, and hurricane Delia is still gaining strength.")
    assert "hurricane delia" in keys(text)


def test_ordinal_before_a_name_is_no_descriptor(descriptors):
    text = ("Runners lined up on Monday for the 60th Seoul Marathon. The 60th Seoul Marathon "
            "drew a record field of 30,000 entrants.")
    assert "60th seoul marathon" in keys(text)


POLL = ("A Gallup Korea poll published on Friday found that 71% of South Koreans back a "
        "nuclear arsenal of their own. South Korean officials played down the figure, and the "
        "South Korean government repeated that it will not build the bomb. A South Korean "
        "port will host the next submarine visit.")


def test_demonym_mostly_a_modifier_is_shown_as_the_people():
    shown = top(POLL, 30)
    assert "South Koreans" in shown
    assert "South Korean" not in shown


def test_demonym_only_a_modifier_is_no_keyphrase():
    text = POLL.replace("71% of South Koreans back", "71% of voters back")
    shown = top(text, 30)
    assert not {"South Korean", "South Koreans"} & set(shown)


def test_name_before_a_noun_modifies_it_and_keeps_its_chunk(descriptors):
    # "alongside" is read as a noun; "South Korean" modifies "soldiers", no name in apposition
    text = ("About 28,500 American troops are based on the peninsula alongside South Korean "
            "soldiers, the command said on Monday.")
    assert "peninsula alongside" not in keys(text)
    assert "south korean soldier" in keys(text)


def test_the_rule_is_on_by_default():
    assert "carrier theodore roosevelt" not in keys(PORT_CALL)


def test_switched_off_the_descriptor_stays_with_the_name(monkeypatch):
    monkeypatch.setattr(keyphrase_appositions, "DESCRIPTORS", False)
    assert "carrier theodore roosevelt" in keys(PORT_CALL)


def test_name_only_written_after_its_descriptor_is_a_candidate(descriptors):
    # the name never stands alone: it was dropped as nested in "carrier Kestrel Bay" before
    text = ("The Navy said the aircraft carrier Kestrel Bay would leave Yokosuka next week. "
            "Two destroyers will escort the aircraft carrier Kestrel Bay to the drills.")
    assert "kestrel bay" in keys(text)
    assert not {"carrier kestrel bay", "aircraft carrier kestrel bay"} & keys(text)
    assert "Kestrel Bay" in top(text)


def test_phrase_before_the_name_still_modifies_it(descriptors):
    # the chunk is kept: "fashion designer" stands only before the name, a modifier, no unit
    text = ("The fashion designer Mira Solberg showed a spring line in Seoul on Friday. "
            "Critics praised the fashion designer Mira Solberg for the cut of her coats.")
    assert "fashion designer" not in keys(text)
    assert {"designer", "mira solberg"} <= keys(text)


def test_drop_crossing_keeps_spans_that_end_before_the_name():
    spans = [("aircraft", "aircraft", 0, 0), ("aircraft carrier", "aircraft carrier", 0, 1),
             ("carrier carl vinson", "carrier Carl Vinson", 1, 3),
             ("carl vinson", "Carl Vinson", 2, 3),
             ("aircraft carrier carl vinson", "aircraft carrier Carl Vinson", 0, 3)]
    kept = [s[0] for s in keyphrase_appositions.drop_crossing(spans, {2})]
    assert kept == ["aircraft", "aircraft carrier", "carl vinson"]
    assert keyphrase_appositions.drop_crossing(spans, set()) is spans
