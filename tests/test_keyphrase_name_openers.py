"""Names that open with a stop word keep it ("New York", "New Delhi", "Great Britain", "New
Year"), and a two-word demonym before a hyphenated modifier is a modifier too.

"New" and "Great" break keyphrase chunks as stop words, so "the New York Times" gave "York
Times" and "officials in New Delhi" gave "Delhi"; "South Korean fifth-generation jets" kept
"South Korean" alone. Every text here was written for this file in the style of wire copy;
none is copied. The expected values were checked by hand.
"""

from analysis.metrics.keyphrase_name_openers import opener_names
from analysis.metrics.keyphrases import extract_keyphrases


def keys(text: str) -> list[str]:
    return [k for k, _ in extract_keyphrases(text)]


def test_names_keep_their_stop_word_opening():
    text = ("Officials in New Delhi and New Zealand met on Monday. The New York Times said the "
            "talks in New Delhi went well. Envoys from New Zealand and Great Britain joined "
            "the talks in New Delhi.")
    got = keys(text)
    assert "New Delhi" in got and "New Zealand" in got and "Great Britain" in got
    assert not {"Delhi", "Zealand", "Britain", "York Times"} & set(got)


def test_new_year_and_a_common_new():
    text = ("Kim welcomed the New Year with a speech. In his New Year speech, Kim vowed more "
            "nuclear weapons. New sanctions followed the speech. A new year began.")
    got = keys(text)
    assert "New Year" in got and "Year" not in got
    assert not any(k.startswith("New sanctions") for k in got)  # a sentence's "New" stays out


def test_openers_come_from_the_known_names():
    names = opener_names()
    assert ("york",) in names["new"] and ("britain",) in names["great"]
    assert "south" not in names  # not a stop word: "South Korea" never needed this


def test_a_demonym_before_a_hyphenated_modifier_is_no_keyphrase():
    text = ("The US and South Korean air forces held a joint air drill on Friday. US bombers and "
            "South Korean fifth-generation fighters took part in the air drill near Guam.")
    assert "South Korean" not in keys(text)
