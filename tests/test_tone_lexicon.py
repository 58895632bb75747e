"""Tests for analysis.metrics.tone_lexicon: VADER's domain adjustments for the general tone."""

from __future__ import annotations

import json

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.metrics.tone import tone_scores
from analysis.metrics.tone_lexicon import (
    NO_ADJUSTMENTS,
    TONE_LEXICON_PATH,
    ToneLexicon,
    load_tone_lexicon,
)


def _tone(text, lexicon=None):
    return tone_scores(text, lexicon)["tone"]


@pytest.mark.parametrize("text", [
    "KCNA said the joint drills were a rehearsal for an invasion of the North.",
    "North Korea denounced the Freedom Shield drills as a reckless provocation.",
    "Pyongyang vowed merciless retaliation against any provocation by the United States.",
    "The North's foreign ministry called the exercise nuclear blackmail.",
])
def test_threat_wording_reads_negative(text):
    # plain VADER calls each neutral or positive ("United", "Freedom" read as praise)
    assert _tone(text, NO_ADJUSTMENTS) >= 0.0
    assert _tone(text) <= -0.3


def test_a_name_is_no_praise():
    text = "In return, the United States will consult Seoul more closely on nuclear planning."
    assert _tone(text, NO_ADJUSTMENTS) == pytest.approx(0.4215, abs=1e-4)  # "United": +1.8
    assert _tone(text) == 0.0
    # the word itself still counts where it is no name
    assert _tone("The allies stood united.") == _tone("The allies stood united.",
                                                        NO_ADJUSTMENTS) > 0


def test_mask_names_keeps_other_words_and_case():
    lexicon = load_tone_lexicon()
    text = ("Defense Secretary Lloyd Austin met the Ministry of National Defense; "
            "the UN Security Council met; the United Nations; a security pact.")
    assert lexicon.mask_names(text) == (
        "name Secretary Lloyd Austin met the Ministry of National name; "
        "the UN name Council met; the name Nations; a security pact.")
    assert NO_ADJUSTMENTS.mask_names(text) == text


def test_content_without_evaluative_words_stays_neutral():
    # the documented limit: a threat in content, not wording
    assert _tone("North Korea vowed to bolster its nuclear arsenal.") == 0.0


def test_every_added_valence_copies_a_vader_entry_it_lacks():
    lexicon = SentimentIntensityAnalyzer().lexicon
    data = json.loads(TONE_LEXICON_PATH.read_text(encoding="utf-8"))
    assert data["version"] == load_tone_lexicon().version == "1.0.0"
    for word, spec in data["valences"].items():
        assert word not in lexicon, word
        assert lexicon[spec["as"]] == spec["valence"], word


def test_bad_lexicon_is_refused(tmp_path):
    bad = tmp_path / "tone.json"
    bad.write_text(json.dumps({"version": "x", "names": ["United States"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="group 'w'"):
        load_tone_lexicon(bad)
    bad.write_text(json.dumps({"version": "x", "valences": {"doom": {"valence": -9}}}),
                   encoding="utf-8")
    with pytest.raises(ValueError, match="valence of 'doom'"):
        load_tone_lexicon(bad)
    assert ToneLexicon("y").valences == ()


def test_sentence_table_uses_the_adjustments_and_says_so():
    from analysis.corpus import Document
    from analysis.tables.sentences import sentence_table

    doc = Document.from_text("KCNA called the drills a rehearsal for invasion.", "k")
    table = sentence_table([doc], metrics=("tone",))
    assert table["tone"].iloc[0] == pytest.approx(_tone(doc.text)) and table["tone"].iloc[0] < 0
    assert table.attrs["tone_lexicon_version"] == "1.0.0"


def test_mask_names_without_a_cue_still_masks():
    # The cue test (the letters opening group w) is skipped for a name it cannot vouch
    # for: a case-blind one, or one whose group w sits inside another group.
    shouting = ToneLexicon(version="t", names=(r"(?i:\b(?P<w>united)\s+states\b)",))
    assert shouting.mask_names("Protesters outside the UNITED STATES embassy in Seoul") == \
        "Protesters outside the name STATES embassy in Seoul"
    nested = ToneLexicon(version="t", names=(r"\b(?:(?P<w>Freedom)\s+Shield)\b",))
    assert nested.mask_names("The Freedom Shield drills began on Monday.") == \
        "The name Shield drills began on Monday."
    cued = ToneLexicon(version="t", names=(r"\b(?P<w>Freedom)\s+(?:Shield|Edge)\b",))
    assert cued.mask_names("Seoul and Washington held Freedom Edge drills with Tokyo.") == \
        "Seoul and Washington held name Edge drills with Tokyo."
    assert cued.mask_names("Seoul said the drills would go ahead.") == \
        "Seoul said the drills would go ahead."
