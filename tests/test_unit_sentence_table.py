"""The export's shortcuts give the values of the full computation: the lean sentence table
that paragraph and document rows aggregate, the sentences that no lexicon table may match, and
the pattern look-up that rules out a word type by its first letters."""

import pandas as pd
import pytest

from analysis.corpus import Document, load_corpus
from analysis.metrics.lexicon import PatternTable, tokens
from analysis.tables.aggregate import aggregate
from analysis.tables.sentences import (
    SENTENCE_ONLY_COLUMNS,
    sentence_table,
    unit_sentence_table,
)

from .conftest import ROOT, SEED_DIR

WIRE = (
    "SEOUL, April 27 (Yonhap) -- South Korea and the United States agreed on Wednesday to "
    "set up a Nuclear Consultative Group, and a U.S. ballistic missile submarine will make "
    "a port call in Busan for the first time in decades.\n\n"
    "The group will meet four times a year, officials said. \"We will respond swiftly,\" "
    "President Yoon Suk Yeol told reporters, calling the deal an upgraded alliance.\n\n"
    "North Korea's KCNA said the drills were a rehearsal for invasion and possibly a "
    "prelude to war.\n\n"
    "Shares in Seoul closed slightly higher.")


@pytest.fixture(scope="module")
def docs():
    return [Document.from_text(WIRE, doc_id="wire"), *load_corpus(SEED_DIR),
            *load_corpus(ROOT / "tests" / "fixtures" / "outlets")]


def test_lean_table_is_the_aggregation_table_less_the_sentence_only_columns(docs):
    full = sentence_table(docs, details=False)
    lean = unit_sentence_table(docs)
    assert "text" in full.columns and "text" not in lean.columns
    assert list(lean.columns) == [c for c in full.columns if c not in SENTENCE_ONLY_COLUMNS]
    pd.testing.assert_frame_equal(lean, full[list(lean.columns)], check_exact=True)
    assert lean.attrs == full.attrs


@pytest.mark.parametrize("unit", ["document", "paragraph"])
def test_units_aggregated_from_the_lean_table_are_those_of_the_full_one(docs, unit):
    full = aggregate(sentence_table(docs, details=False), unit)
    lean = aggregate(unit_sentence_table(docs), unit)
    pd.testing.assert_frame_equal(lean, full, check_exact=True)
    assert lean.attrs == full.attrs


def test_wire_sentences_keep_their_frames_and_markers(docs):
    table = unit_sentence_table(docs[:1])
    # hand-checked: the NCG and submarine sentence is deterrence, "possibly" a hedge, the
    # market line has no frame and no marker (no lexicon table may match in it)
    first, kcna, market = table.iloc[0], table.iloc[3], table.iloc[-1]
    assert bool(first["frame_deterrence"]) and not bool(first["frame_threat"])
    assert bool(kcna["frame_threat"]) and kcna["hedges"] == 1
    assert not market[[c for c in table.columns if c.startswith("frame_")]].any()
    assert (market["hedges"], market["boosters"], market["attributions"]) == (0, 0, 0)


def test_inflected_forms_of_short_words_still_find_their_patterns():
    # "spies" -> "spy" shares only two first letters with its base form, "allied" -> "ally"
    # three: the first-letters gate must let both through, and rule out "spinach".
    table = PatternTable()
    for pattern in ("spy", "ally", "deter", "bus"):
        table.add(pattern, {"kind": "test"})
    text = "Two spies allied to deter the buses, not the spinach."
    found = [text[tokens(text)[i].start:tokens(text)[j - 1].end]
             for i, j, _ in table.scan(text, tokens(text))]
    assert found == ["spies", "allied", "deter", "buses"]
