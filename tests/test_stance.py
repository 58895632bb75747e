"""Tests of the stance measures: frames (Entman 1993, :mod:`analysis.metrics.frames`),
hedges/boosters (Hyland 2005, :mod:`analysis.metrics.certainty`), VADER tone (Hutto & Gilbert
2014, :mod:`analysis.metrics.tone`), their columns of the sentence table and the comparison by
voice (:mod:`analysis.tables`), hand-label agreement (:mod:`analysis.metrics.frame_labels`) and
the supervised classifier (:mod:`analysis.metrics.frame_classifier`).

Expected values were checked by hand against the sentences.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus import Document, load_corpus
from analysis.metrics.certainty import epistemic_markers
from analysis.metrics.frame_classifier import (
    FrameClassifier,
    cross_validate_frames,
    train_frame_classifier,
)
from analysis.metrics.frame_labels import frame_agreement, lexicon_agreement, read_frame_labels
from analysis.metrics.frames import FRAMES, frame_cues, frame_scores, load_frame_lexicon
from analysis.metrics.lexicon import RESOURCES
from analysis.metrics.readability import REASON_SMOG
from analysis.metrics.tone import tone_scores, vader
from analysis.tables.aggregate import FEW_TONE, aggregate, by_voice
from analysis.tables.sentences import sentence_table

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
SEED_LABELS = ROOT / "data" / "seed_frame_labels.csv"
SEED_ID = "washington_declaration_nuclear_consultative_group"

MEASURED_SEED_MICRO_F1 = 1.0
"""Lexicon v2.0.0 vs the team labels, measured with lexicon_agreement (23 gold pairs, 23 hits)."""


def small_corpus() -> list[Document]:
    """Two short articles: a has an authorial, a quoted (Yoon) and, in a second paragraph,
    another authorial sentence; b one quoted sentence (speaker unnamed: "he")."""
    a = Document.from_text(
        "The US will deploy strategic assets, including a submarine. “This is a wonderful, "
        "historic day for our alliance,” Yoon said.\n\n"
        "North Korea may possibly respond with missile launches.", doc_id="a")
    b = Document.from_text("“Talks with Pyongyang must resume,” he said.", doc_id="b")
    return [a, b]


def seed_corpus():
    """The seed article through the corpus model."""
    return load_corpus(SEED)


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
    ("Sanctions were tightened without talks with Pyongyang.", "diplomacy"),
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
    # the lexicon's counterpart rule; with the model too (model 1.6.0 at 0.75 gave the first
    # threat at p=0.84 from the counterpart's name, which the counterpart guard now blanks)
    for use_model in (False, True):
        assert frame_scores("Moon met his North Korean counterpart.",
                            use_model=use_model)["frames"] == {"diplomacy"}
        # guide 2.18 rule 121: the allied counterpart met is a person at a meeting (rule 3);
        # talks with the counterpart stay the engagement between the allies (rule 9)
        assert frame_scores("Biden met his South Korean counterpart.",
                            use_model=use_model)["frames"] == set()
        assert frame_scores("Biden held talks with his South Korean counterpart.",
                            use_model=use_model)["frames"] == {"alliance"}


def test_nuclear_consultative_group_is_one_multiword_cue():
    text = "The allies establish a Nuclear Consultative Group to plan together."
    sc = frame_scores(text)
    ncg = [c for c in frame_cues(text) if "Consultative" in c.text]
    # one span, a nuclear planning body: deterrence (guide rule 4); never a bare "Consultative"
    assert {(c.text, c.start, c.end, c.frame, c.weight) for c in ncg} == {
        ("Nuclear Consultative Group", 23, 49, "deterrence", 1.0),
    }
    assert [c.text for c in sc["evidence"]["alliance"]] == ["allies", "together"]
    assert sc["frames"] == {"alliance", "deterrence"}


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
    assert sc["frames"] == {f for f in FRAMES if sc[f] >= 1.0} | sc["model_frames"]


def test_lexicon_files_are_versioned_with_rationales():
    frames = json.loads((RESOURCES / "frames.json").read_text(encoding="utf-8"))
    assert frames["version"] == load_frame_lexicon().version == "2.36.2"
    for spec in frames["frames"].values():
        for group in spec["groups"]:
            assert group["rationale"]
            assert all(e["weight"] > 0 for e in group["entries"])
    epi = json.loads((RESOURCES / "epistemic.json").read_text(encoding="utf-8"))
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


def test_commentary_hedges_less_clear_arguably_and_prove_as_turn_out():
    # written in the style of think-tank commentary
    m = epistemic_markers("Whether the group gives Seoul real influence is less clear.")
    assert [c.text for c in m["evidence"]["hedges"]] == ["clear"]
    assert m["boosters"] == 0
    m = epistemic_markers("The pact is arguably the biggest change in a generation, but it "
                          "could prove costly.")
    assert [c.text for c in m["evidence"]["hedges"]] == ["arguably", "could"]
    assert m["boosters"] == 0
    # the factive forms stay boosters
    m = epistemic_markers("The allies have proved that deterrence works.")
    assert [c.text for c in m["evidence"]["boosters"]] == ["proved"]


# --- tone -------------------------------------------------------------------------------


def test_vader_tone_sign():
    pos = tone_scores("This is a wonderful, excellent and happy day for a great friendship.")
    neg = tone_scores("This is a horrible, terrible and deadly disaster that kills people.")
    assert pos["tone"] > 0.5 and pos["tone_pos"] > pos["tone_neg"]
    assert neg["tone"] < -0.5 and neg["tone_neg"] > neg["tone_pos"]
    assert tone_scores("The meeting is on Tuesday.")["tone"] == 0.0


# --- tables -------------------------------------------------------------------------------


def test_sentence_table_frame_columns_evidence_and_version():
    df = sentence_table(small_corpus())
    assert list(df.columns[:11]) == ["doc_id", "paragraph", "sentence", "start", "end", "text",
                                     "voice", "quote", "speaker", "actor", "n_words"]
    assert {*(f"frame_{f}" for f in FRAMES), *(f"score_{f}" for f in FRAMES),
            "frame_evidence", "frame_negated"} <= set(df.columns)
    assert df.attrs["frame_lexicon_version"] == "2.36.2"
    assert df.attrs["epistemic_lexicon_version"]
    flags = df[[f"frame_{f}" for f in FRAMES]]
    assert all(pd.api.types.is_bool_dtype(t) for t in flags.dtypes)
    # one frame per sentence: deterrence, alliance, threat, diplomacy
    assert flags.to_numpy().tolist() == [[True, False, False, False], [False, False, True, False],
                                         [False, False, False, True], [False, True, False, False]]
    assert df["score_deterrence"].tolist() == [3.0, 0.0, 0.0, 0.0]
    assert df.loc[0, "frame_evidence"] == "deterrence: deploy, strategic assets, submarine"
    assert df.loc[2, "frame_evidence"] == "threat: missile launches"
    assert df.loc[3, "frame_evidence"] == "diplomacy: Talks"
    assert df["voice"].tolist() == ["authorial", "quoted", "authorial", "quoted"]
    assert df["speaker"].tolist() == ["", "Yoon", "", "he"]  # b's "he": named as written
    assert df["n_words"].tolist() == [9, 11, 8, 7]


def test_sentence_table_metric_groups():
    df = sentence_table(small_corpus(), metrics=("tone",))
    assert "frame_alliance" not in df.columns and "hedges" not in df.columns
    assert "tone" in df.columns and df.attrs["metrics"] == ("tone",)
    with pytest.raises(ValueError, match="unknown metric group"):
        sentence_table(small_corpus(), metrics=("stance",))


def test_certainty_columns_and_document_rates():
    sent = sentence_table(small_corpus())
    assert sent["hedges"].tolist() == [0, 0, 2, 0]
    assert sent["boosters"].tolist() == [0, 0, 0, 1]
    assert sent["hedge_terms"].tolist() == [(), (), ("may", "possibly"), ()]
    assert sent["booster_terms"].tolist() == [(), (), (), ("must",)]
    doc = aggregate(sent, "document").set_index("doc_id")
    # doc a: 9 + 11 + 8 = 28 words, 2 hedges -> 71.43 per 1,000 words
    assert doc.loc["a", "n_words"] == 28
    assert doc.loc["a", "hedges"] == 2
    assert doc.loc["a", "hedges_per_1000_words"] == pytest.approx(2000 / 28)
    assert doc.loc["b", "boosters_per_1000_words"] == pytest.approx(1000 / 7)
    para = aggregate(sent, "paragraph")
    assert para[["doc_id", "paragraph", "hedges"]].values.tolist() == [["a", 1, 0], ["a", 2, 2],
                                                                        ["b", 1, 0]]
    assert para.loc[1, "hedges_per_1000_words"] == pytest.approx(2000 / 8)


def test_document_tone_interval_is_deterministic():
    sent = sentence_table(small_corpus())
    one = aggregate(sent, "document")
    two = aggregate(sent, "document")
    assert one.equals(two)
    a = one.set_index("doc_id").loc["a"]
    # VADER compound of a's sentences: 0.1779, 0.5719, 0.0
    assert a["tone"] == pytest.approx((0.1779 + 0.5719 + 0.0) / 3)
    assert 0.0 <= a["tone_ci_low"] <= a["tone"] <= a["tone_ci_high"] <= 0.5719
    b = one.set_index("doc_id").loc["b"]
    assert b["tone"] == 0.0
    # one sentence: no tone interval, and (as for any unit under 30 sentences) no SMOG
    assert math.isnan(b["tone_ci_low"]) and math.isnan(b["tone_ci_high"])
    assert b["reason"] == f"{REASON_SMOG}; {FEW_TONE}"
    assert "fewer than two" in FEW_TONE
    assert "tone" in one.attrs["tone"] and "not stance" in one.attrs["tone"]


def test_by_voice_compares_quoted_and_authorial():
    out = by_voice(sentence_table(small_corpus())).set_index("voice")
    assert out.index.tolist() == ["authorial", "quoted", "all"]
    assert out["n_sentences"].tolist() == [2, 2, 4]
    assert out.loc["quoted", "share_alliance"] == 0.5
    assert out.loc["quoted", "share_diplomacy"] == 0.5
    assert out.loc["authorial", "share_deterrence"] == 0.5
    assert out.loc["all", "share_any_frame"] == 1.0
    assert out.loc["authorial", "hedges_per_1000_words"] == pytest.approx(2000 / 17)
    assert out.loc["quoted", "tone"] == pytest.approx(0.5719 / 2)
    assert out.loc["quoted", "tone"] > out.loc["authorial", "tone"]


# --- hand labels and agreement ------------------------------------------------------------


def test_seed_labels_file():
    labels = read_frame_labels(SEED_LABELS, required=("doc_id", "sentence"))
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
    assert df.loc[13, "text"] == "The declaration claims."
    assert not df.loc[13, [f"frame_{f}" for f in FRAMES]].any()
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
    queries = texts + ["Allies held drills with bombers."]
    matrix = clf.predict(queries)
    assert matrix.shape == (len(texts) + 1, 4) and set(np.unique(matrix)) <= {0, 1}
    pred = clf.predict_frames(queries)
    assert len(pred) == len(texts) + 1
    assert all(p <= set(FRAMES) for p in pred)
    assert pred[0] == {"alliance"} and pred[6] == {"diplomacy"} and pred[9] == {"threat"}
    # predict is the indicator matrix of predict_frames, columns in FRAMES order
    assert matrix.tolist() == [[int(f in p) for f in FRAMES] for p in pred]
    assert matrix[0].tolist() == [0, 0, 1, 0]
    assert clf.predict_proba(["x"]).shape == (1, 4)
    assert clf.classes_ == list(FRAMES)
    with pytest.raises(ValueError, match="unknown frame"):
        FrameClassifier().fit(texts[:2], [{"alliance"}, {"economy"}])
    with pytest.raises(RuntimeError, match="not fitted"):
        FrameClassifier().predict(["x"])


def test_frame_classifier_is_a_scikit_learn_estimator():
    from sklearn.base import clone

    texts = [t for t, _ in TINY]
    labels = [s for _, s in TINY]
    clf = FrameClassifier(C=2.0)
    assert clf.get_params()["C"] == 2.0 and FrameClassifier().get_params()["C"] == 4.0
    assert clone(clf.set_params(threshold=0.4)).get_params()["threshold"] == 0.4
    # fitting on the indicator matrix (FRAMES order) equals fitting on the frame sets
    indicators = np.array([[int(f in s) for f in FRAMES] for s in labels])
    on_sets = FrameClassifier().fit(texts, labels).predict_proba(texts)
    on_matrix = FrameClassifier().fit(texts, indicators).predict_proba(texts)
    np.testing.assert_array_equal(on_sets, on_matrix)
    # ClassifierMixin.score on multi-label targets: subset accuracy (all four frames right)
    fitted = FrameClassifier().fit(texts, labels)
    exact = np.mean([p == s for p, s in zip(fitted.predict_frames(texts), labels, strict=True)])
    assert fitted.score(texts, indicators) == pytest.approx(exact)


def test_frame_agreement_values_checked_by_hand():
    gold = [{"alliance"}, {"alliance", "threat"}, set(), {"deterrence"}]
    pred = [{"alliance"}, {"alliance"}, {"threat"}, set()]
    out = frame_agreement(gold, pred)
    assert list(out.index) == [*FRAMES, "micro", "macro"]
    assert list(out.columns) == ["precision", "recall", "f1", "kappa", "support", "predicted",
                                 "tp"]
    # alliance: identical codings
    assert out.loc["alliance", ["precision", "recall", "f1", "kappa"]].tolist() == [1, 1, 1, 1]
    # deterrence: one missed positive; observed agreement 3/4 = chance agreement 3/4 -> kappa 0
    assert out.loc["deterrence", ["precision", "recall", "f1", "kappa"]].tolist() == [0, 0, 0, 0]
    assert out.loc["deterrence", ["support", "predicted", "tp"]].tolist() == [1, 0, 0]
    # threat: gold on sentence 2, predicted on sentence 3: po = 1/2, pe = 1/16 + 9/16 = 5/8,
    # kappa = (1/2 - 5/8) / (3/8) = -1/3
    assert out.loc["threat", "kappa"] == pytest.approx(-1 / 3)
    assert out.loc["threat", "f1"] == 0.0
    # diplomacy: never labelled nor predicted -> undefined, left out of the macro mean
    assert out.loc["diplomacy", ["precision", "recall", "f1", "kappa"]].isna().all()
    # micro over the 16 (sentence, frame) pairs: tp 2, gold 4, predicted 3;
    # po = 13/16, pe = (4*3 + 12*13) / 256 = 21/32 -> kappa = (13/16 - 21/32) / (11/32) = 5/11
    micro = out.loc["micro"]
    assert (micro["precision"], micro["recall"]) == (pytest.approx(2 / 3), 0.5)
    assert micro["f1"] == pytest.approx(4 / 7)
    assert micro["kappa"] == pytest.approx(5 / 11)
    assert micro[["support", "predicted", "tp"]].tolist() == [4, 3, 2]
    macro = out.loc["macro"]
    assert macro["precision"] == macro["recall"] == macro["f1"] == pytest.approx(1 / 3)
    assert macro["kappa"] == pytest.approx((0 + 1 - 1 / 3) / 3)
    with pytest.raises(ValueError, match="4 gold label sets but 3 predictions"):
        frame_agreement(gold, pred[:3])


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
    assert clf.predict_frames(["Talks with Pyongyang resumed."]) == [{"diplomacy"}]
    assert clf.predict(["Talks with Pyongyang resumed."]).tolist() == [[0, 1, 0, 0]]
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


# The faster VADER of analysis.metrics.tone must give VADER's own scores, to the last digit.
_VADER_WORDS = (
    "good great bad awful not never no without doubt but kind of sort very extremely "
    "barely hardly least at so this the a deal talks threat peace war kill killer bomb "
    "support deter nuclear GREAT BAD Seoul Yoon said n't isn't cut mustard ! ? :) :( "
    "😀 💔 , . happy sad fear"
    # punctuation attached, which VADER strips from a word (capitals and boosters read then)
    " GREAT! (VERY very, BAD. so, never. “kind n't. ISN'T, Good! --"
).split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VADER_WORDS), min_size=0, max_size=40))
def test_fast_vader_gives_vaders_scores(tokens):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = " ".join(tokens)
    assert vader().polarity_scores(text) == \
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
        assert vader().polarity_scores(text) == original.polarity_scores(text), text
    # Sanity of the comparison itself: VADER does score these.
    assert original.polarity_scores("Kind of great, but awful.")["compound"] != 0
