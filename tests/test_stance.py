"""Tests of analysis.stance: frames (Entman 1993), hedges/boosters (Hyland 2005), VADER tone
(Hutto & Gilbert 2014), voice comparison, hand-label agreement and the supervised classifier.

Expected values were checked by hand against the sentences.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import stance
from analysis.stance import (
    FRAMES,
    FrameClassifier,
    by_voice,
    cross_validate_frames,
    epistemic_markers,
    epistemic_table,
    frame_scores,
    frames_table,
    lexicon_agreement,
    sentence_table,
    tone_scores,
    tone_table,
    train_frame_classifier,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
SEED_LABELS = ROOT / "data" / "seed_frame_labels.csv"
SEED_ID = "washington_declaration_nuclear_consultative_group"

MEASURED_SEED_MICRO_F1 = 1.0
"""Lexicon v1.0.0 vs the team labels, measured with lexicon_agreement (23 gold pairs, 23 hits)."""


# --- a tiny stand-in for analysis.corpus (only the attributes stance uses) -----------------


@dataclass
class FakeSentence:
    doc_id: str
    paragraph: int
    index: int
    text: str
    voice: str = "authorial"
    speaker: str | None = None


@dataclass
class FakeDocument:
    doc_id: str
    sentences: list[FakeSentence] = field(default_factory=list)


def fake_corpus() -> list[FakeDocument]:
    a = FakeDocument("a", [
        FakeSentence("a", 1, 1, "The US will deploy strategic assets, including a submarine."),
        FakeSentence("a", 1, 2, "“This is a wonderful, historic day for our alliance,” Yoon "
                                "said.", "quoted", "Yoon"),
        FakeSentence("a", 2, 3, "North Korea may possibly respond with missile launches."),
    ])
    b = FakeDocument("b", [
        FakeSentence("b", 1, 1, "“Talks with Pyongyang must resume,” he said.", "quoted", "Kim"),
    ])
    return [a, b]


def seed_corpus():
    """The seed article through the real corpus model when it loads, else the stand-in built
    from the package splitter (same sentence split)."""
    try:
        from analysis.corpus import load_corpus

        return load_corpus(SEED)
    except Exception:  # pragma: no cover - corpus.py still being written
        from analysis.sentences import iter_sentences

        text = SEED.read_text(encoding="utf-8")
        sents = [FakeSentence(SEED_ID, p, i, text[s:e])
                 for i, (p, s, e) in enumerate(iter_sentences(text), start=1)]
        return [FakeDocument(SEED_ID, sents)]


# --- frames -------------------------------------------------------------------------------


def test_negated_breakthrough_does_not_fire_diplomacy():
    sc = frame_scores("There was no diplomatic breakthrough with North Korea.")
    assert sc["diplomacy"] == 0.0
    assert "diplomacy" not in sc["frames"]
    assert [(c.text, c.frame) for c in sc["negated"]] == [("diplomatic breakthrough",
                                                           "diplomacy")]
    assert sc["negated"][0].rule == "negated by 'no'"


def test_sought_breakthroughs_are_diplomacy():
    text = ("He added that the two countries also seek “serious and substantial diplomatic "
            "breakthroughs” with North Korea.")
    sc = frame_scores(text)
    assert sc["frames"] == {"diplomacy"}
    (cue,) = sc["evidence"]["diplomacy"]
    assert cue.text == "diplomatic breakthroughs"
    assert text[cue.start:cue.end] == cue.text


@pytest.mark.parametrize("text,frame", [
    ("Sanctions were tightened without talks.", "diplomacy"),
    ("Officials insisted North Korea is not a threat.", "threat"),
    ("The drill was not a provocation, Seoul said.", "threat"),
    ("The allies pledged non-threatening steps.", "threat"),
])
def test_negated_cues_count_toward_nothing(text, frame):
    sc = frame_scores(text)
    assert sc[frame] == 0.0
    assert frame not in sc["frames"]
    assert any(c.frame == frame for c in sc["negated"])


def test_negation_does_not_jump_over_a_verb():
    # "not" negates "stopped", not "provocations": still a threat sentence.
    assert frame_scores("North Korea has not stopped its provocations.")["frames"] == {"threat"}


def test_dialogue_with_pyongyang_is_diplomacy_between_allies_is_alliance():
    nk = frame_scores("Biden said he remains open to dialogue with Pyongyang.")
    assert nk["frames"] == {"diplomacy"}
    assert nk["evidence"]["diplomacy"][0].rule == "counterpart:north_korea"
    allies = frame_scores("Officials promised deeper dialogue between Washington and Seoul.")
    assert allies["frames"] == {"alliance"}
    assert allies["diplomacy"] == 0.0
    assert [c.text for c in allies["evidence"]["alliance"]] == ["dialogue",
                                                                "Washington and Seoul"]


def test_dialogue_about_north_korea_between_allies_is_not_diplomacy():
    sc = frame_scores("Seoul and Washington will deepen dialogue on North Korea's nuclear threat.")
    assert sc["frames"] == {"alliance", "threat"}


def test_seed_dialogue_and_information_sharing_are_alliance():
    sc = frame_scores("The “Washington Declaration” outlines new steps for the two countries to "
                      "engage in deeper dialogue and information-sharing efforts.")
    assert sc["diplomacy"] == 0.0
    assert {"dialogue", "information-sharing"} <= {c.text for c in sc["evidence"]["alliance"]}


def test_north_korean_counterpart_is_diplomacy_south_korean_is_alliance():
    assert frame_scores("Moon met his North Korean counterpart.")["frames"] == {"diplomacy"}
    assert frame_scores("Biden met his South Korean counterpart.")["frames"] == {"alliance"}


def test_nuclear_consultative_group_is_one_multiword_cue():
    text = "The allies establish a Nuclear Consultative Group to plan together."
    sc = frame_scores(text)
    ncg = [c for c in stance.frame_cues(text) if "Consultative" in c.text]
    # one span, reported for alliance (1.0) and deterrence (0.5); never a bare "Consultative"
    assert {(c.text, c.start, c.end, c.frame, c.weight) for c in ncg} == {
        ("Nuclear Consultative Group", 23, 49, "alliance", 1.0),
        ("Nuclear Consultative Group", 23, 49, "deterrence", 0.5),
    }
    assert [c.text for c in sc["evidence"]["alliance"]].count("Nuclear Consultative Group") == 1
    assert sc["deterrence"] == 0.5 and "deterrence" not in sc["frames"]


def test_longest_match_and_inflection():
    sc = frame_scores("The US will send a ballistic missile submarine and B-52 bombers.")
    assert sc["frames"] == {"deterrence"}  # not threat: "ballistic missile" is inside
    assert [c.text for c in sc["evidence"]["deterrence"]] == ["ballistic missile submarine",
                                                              "B-52", "bombers"]
    sc = frame_scores("The allies deployed troops after Pyongyang's provocations.")
    assert sc["frames"] == {"alliance", "deterrence", "threat"}
    assert [c.text for c in sc["evidence"]["deterrence"]] == ["deployed", "troops"]


def test_weak_cues_need_company():
    sc = frame_scores("South Korea and the US signed the document.")
    assert sc["alliance"] == 0.5 and sc["frames"] == set()
    assert frame_scores("United States officials arrived.")["alliance"] == 0.0


def test_china_relations_resolve_to_no_frame():
    sc = frame_scores("US-China relations have soured.")
    assert sc["frames"] == set()
    assert [c.text for c in sc["unassigned"]] == ["relations"]


@pytest.mark.parametrize("text", ["", "   ", "… — “ ”", "\n\n"])
def test_empty_text_gives_zero_scores_and_no_frames(text):
    sc = frame_scores(text)
    assert all(sc[f] == 0.0 for f in FRAMES)
    assert sc["frames"] == set() and sc["n_words"] == 0
    tone = tone_scores(text)
    assert math.isnan(tone["tone"]) and tone["tone_note"] == "empty text: no words to score"
    ep = epistemic_markers(text)
    assert (ep["hedges"], ep["boosters"], ep["attributions"]) == (0, 0, 0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc North Korea talks not no, threat-.’s “”US")),
               max_size=80))
def test_frame_scores_never_raises_and_offsets_point_into_text(text):
    sc = frame_scores(text)
    for cues in [*sc["evidence"].values(), sc["negated"], sc["unassigned"]]:
        for c in cues:
            assert text[c.start:c.end] == c.text
    assert sc["frames"] == {f for f in FRAMES if sc[f] >= 1.0}


def test_lexicon_files_are_versioned_with_rationales():
    base = Path(stance.__file__).parent / "resources"
    frames = json.loads((base / "frames.json").read_text(encoding="utf-8"))
    assert frames["version"] == stance.load_frame_lexicon().version == "1.0.0"
    for spec in frames["frames"].values():
        for group in spec["groups"]:
            assert group["rationale"]
            assert all(e["weight"] > 0 for e in group["entries"])
    epi = json.loads((base / "epistemic.json").read_text(encoding="utf-8"))
    assert epi["version"] and any("Hyland" in s for s in epi["sources"])


# --- epistemic stance ---------------------------------------------------------------------


def test_hedge_and_booster_counts_on_a_hand_made_sentence():
    text = ("The submarine may possibly visit in May, and officials reportedly say it will "
            "certainly deter Pyongyang, according to a report that must be proven.")
    m = epistemic_markers(text)
    assert [c.text for c in m["evidence"]["hedges"]] == ["may", "possibly", "reportedly"]
    assert [c.text for c in m["evidence"]["boosters"]] == ["certainly", "must", "proven"]
    assert [c.text for c in m["evidence"]["attributions"]] == ["according to"]
    assert (m["hedges"], m["boosters"], m["attributions"]) == (3, 3, 1)


def test_negated_booster_is_a_hedge_and_multiword_booster():
    m = epistemic_markers("It is not certain, but in every instance we prevailed.")
    assert [c.text for c in m["evidence"]["hedges"]] == ["certain"]
    assert [c.text for c in m["evidence"]["boosters"]] == ["in every instance"]


# --- tone -------------------------------------------------------------------------------


def test_vader_tone_sign():
    pos = tone_scores("This is a wonderful, excellent and happy day for a great friendship.")
    neg = tone_scores("This is a horrible, terrible and deadly disaster that kills people.")
    assert pos["tone"] > 0.5 and pos["tone_pos"] > pos["tone_neg"]
    assert neg["tone"] < -0.5 and neg["tone_neg"] > neg["tone_pos"]
    assert tone_scores("The meeting is on Tuesday.")["tone"] == 0.0


# --- tables -------------------------------------------------------------------------------


def test_frames_table_columns_evidence_and_version():
    df = frames_table(fake_corpus())
    assert list(df.columns[:6]) == ["doc_id", "paragraph", "sentence", "text", "voice",
                                    "speaker"]
    assert {"frames", *FRAMES, "evidence", "lexicon_version"} <= set(df.columns)
    assert df.attrs["lexicon_version"] == "1.0.0"
    assert (df["lexicon_version"] == "1.0.0").all()
    assert df["frames"].tolist() == ["deterrence", "alliance", "threat", "diplomacy"]
    assert df.loc[0, "evidence"] == "deterrence: deploy, strategic assets, submarine"
    assert df.loc[2, "evidence"] == "threat: missile launches"
    assert df.loc[3, "evidence"] == "diplomacy: Talks"


def test_epistemic_table_units():
    corpus = fake_corpus()
    sent = epistemic_table(corpus)
    assert sent["hedges"].tolist() == [0, 0, 2, 0]
    assert sent["boosters"].tolist() == [0, 0, 0, 1]
    doc = epistemic_table(corpus, unit="document").set_index("doc_id")
    # doc a: 9 + 11 + 8 = 28 words, 2 hedges -> 71.43 per 1,000 words
    assert doc.loc["a", "n_words"] == 28
    assert doc.loc["a", "hedges_per_1000_words"] == pytest.approx(2000 / 28)
    assert doc.loc["b", "boosters_per_1000_words"] == pytest.approx(1000 / 7)
    with pytest.raises(ValueError, match="unit"):
        epistemic_table(corpus, unit="paragraph")


def test_tone_table_document_interval_is_deterministic():
    corpus = fake_corpus()
    one = tone_table(corpus, unit="document")
    two = tone_table(corpus, unit="document")
    assert one.equals(two)
    a = one.set_index("doc_id").loc["a"]
    assert a["tone_ci_low"] <= a["tone_mean"] <= a["tone_ci_high"]
    b = one.set_index("doc_id").loc["b"]
    assert math.isnan(b["tone_ci_low"]) and "fewer than two" in b["tone_note"]
    assert "tone" in one.attrs["measure"] and "not stance" in one.attrs["measure"]


def test_by_voice_compares_quoted_and_authorial():
    out = by_voice(frames_table(fake_corpus())).set_index("voice")
    assert out.index.tolist() == ["authorial", "quoted", "all"]
    assert out.loc["authorial", "n_sentences"] == 2
    assert out.loc["quoted", "share_alliance"] == 0.5
    assert out.loc["quoted", "share_diplomacy"] == 0.5
    assert out.loc["authorial", "share_deterrence"] == 0.5
    assert out.loc["authorial", "hedges_per_1000_words"] == pytest.approx(2000 / 17)
    assert out.loc["quoted", "tone_mean"] > out.loc["authorial", "tone_mean"]


# --- hand labels and agreement ------------------------------------------------------------


def test_seed_labels_file():
    labels = stance.read_frame_labels(SEED_LABELS, required=("doc_id", "sentence"))
    assert len(labels) == 17
    assert labels["sentence"].astype(int).tolist() == list(range(1, 18))
    counts = {f: sum(f in s for s in labels["frame_set"]) for f in FRAMES}
    assert counts == {"deterrence": 7, "diplomacy": 1, "alliance": 11, "threat": 4}


def test_lexicon_agreement_on_seed_labels():
    out = lexicon_agreement(SEED_LABELS, seed_corpus())
    assert out.attrs["n_sentences"] == 17
    assert out.attrs["text_mismatches"] == 0
    assert out.attrs["micro_f1"] >= 0.8
    assert out.attrs["micro_f1"] == pytest.approx(MEASURED_SEED_MICRO_F1, abs=0.05)
    assert out.loc["micro", "support"] == 23
    assert list(out.index) == [*FRAMES, "micro", "macro"]
    # without a corpus the label texts are scored directly: same result
    assert lexicon_agreement(SEED_LABELS).attrs["micro_f1"] == out.attrs["micro_f1"]


def test_seed_corpus_table_runs_end_to_end():
    df = sentence_table(seed_corpus())
    assert len(df) == 17
    assert df.loc[13, "frames"] == ""  # "The declaration claims."
    assert df.loc[13, "hedges"] == 1
    assert df.loc[14, "boosters"] == 1  # "in every instance"


# --- supervised classifier ----------------------------------------------------------------

TINY = [
    ("The allies celebrated their alliance.", {"alliance"}),
    ("Allies stand united in solidarity.", {"alliance"}),
    ("The partnership between the allies is strong.", {"alliance"}),
    ("Bombers and submarines strengthen deterrence.", {"deterrence"}),
    ("Troops held drills with fighter jets.", {"deterrence"}),
    ("The navy deployed a submarine.", {"deterrence"}),
    ("Talks with Pyongyang resumed.", {"diplomacy"}),
    ("Negotiations with North Korea stalled.", {"diplomacy"}),
    ("Diplomacy with Kim Jong Un continues.", {"diplomacy"}),
    ("Missile launches raised tensions.", {"threat"}),
    ("The threat of provocations grows.", {"threat"}),
    ("Aggression and tensions worry the allies.", {"threat", "alliance"}),
    ("The weather was mild on Tuesday.", set()),
]


def test_frame_classifier_fits_and_predicts():
    texts = [t for t, _ in TINY]
    labels = [s for _, s in TINY]
    clf = FrameClassifier().fit(texts, labels)
    pred = clf.predict(texts + ["Allies held drills with bombers."])
    assert len(pred) == len(texts) + 1
    assert all(p <= set(FRAMES) for p in pred)
    assert pred[0] == {"alliance"} and pred[6] == {"diplomacy"} and pred[9] == {"threat"}
    assert clf.predict_proba(["x"]).shape == (1, 4)
    assert clf.get_params()["C"] == 4.0
    with pytest.raises(ValueError, match="unknown frame"):
        FrameClassifier().fit(texts[:2], [{"alliance"}, {"economy"}])


def test_cross_validate_and_train_from_csv(tmp_path):
    import pandas as pd

    path = tmp_path / "labels.csv"
    pd.DataFrame({"text": [t for t, _ in TINY],
                  "frames": [";".join(sorted(s)) for _, s in TINY]}).to_csv(path, index=False)
    cv = cross_validate_frames(path, cv=3)
    assert cv.shape == (6, 7)
    assert list(cv.index) == [*FRAMES, "micro", "macro"]
    assert list(cv.columns) == ["precision", "recall", "f1", "kappa", "support", "predicted",
                                "tp"]
    assert len(cv.attrs["fold_micro_f1"]) == 3 and cv.attrs["n_sentences"] == 13
    assert 0.0 <= cv.loc["micro", "f1"] <= 1.0
    clf = train_frame_classifier(path)
    assert clf.predict(["Talks with Pyongyang resumed."]) == [{"diplomacy"}]
    with pytest.raises(ValueError, match="cv must be"):
        cross_validate_frames(path, cv=20)


def test_cross_validate_seed_labels_shape():
    cv = cross_validate_frames(SEED_LABELS, cv=5)
    assert cv.shape == (6, 7)
    assert cv.loc["micro", "support"] == 23


def test_bad_csv_names_file_and_column(tmp_path):
    path = tmp_path / "bad_labels.csv"
    path.write_text("sentence,labels\nHello,alliance\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad_labels\.csv: missing column 'text'"):
        train_frame_classifier(path)
    path.write_text("text,label\nHello,alliance\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad_labels\.csv: missing column 'frames'"):
        cross_validate_frames(path)
    path.write_text("text,frames\nHello,economy\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad_labels\.csv: row 2, column 'frames'.*economy"):
        train_frame_classifier(path)
    with pytest.raises(FileNotFoundError, match="nope.csv"):
        train_frame_classifier(tmp_path / "nope.csv")


# The faster VADER of analysis.stance must give VADER's own scores, to the last digit.
_VADER_WORDS = (
    "good great bad awful not never no without doubt but kind of sort very extremely "
    "barely hardly least at so this the a deal talks threat peace war kill killer bomb "
    "support deter nuclear GREAT BAD Seoul Yoon said n't isn't cut mustard ! ? :) :( "
    "😀 💔 , . happy sad fear"
).split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VADER_WORDS), min_size=0, max_size=40))
def test_fast_vader_gives_vaders_scores(tokens):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = " ".join(tokens)
    assert stance._vader().polarity_scores(text) == \
        SentimentIntensityAnalyzer().polarity_scores(text)


def test_fast_vader_on_news_sentences():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    original = SentimentIntensityAnalyzer()
    from analysis.corpus import load_corpus

    sentences = [s.text for d in load_corpus(Path(__file__).parents[1] / "seeds")
                 for s in d.sentences]
    sentences += ["No, it is not good at all!!!", "Kind of great, but awful.",
                  "It never was so good.", "Without doubt a great deal :)", "I ❤ Seoul"]
    assert len(sentences) > 20
    for text in sentences:
        assert stance._vader().polarity_scores(text) == original.polarity_scores(text), text
    # Sanity of the comparison itself: VADER does score these.
    assert original.polarity_scores("Kind of great, but awful.")["compound"] != 0
