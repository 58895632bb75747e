"""Tone toward actors (analysis.metrics.actor_tone: actor_tone / actor_tone_summary) and the
stance commentary of notebook 04. Expectations checked by hand against the sentences."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import Corpus, Document
from analysis.metrics import actor_tone as at
from analysis.metrics.actor_tone import actor_tone, actor_tone_summary
from analysis.metrics.actors import actor_mentions
from analysis.metrics.frame_labels import lexicon_agreement
from analysis.report import commentary
from analysis.tables.aggregate import aggregate, by_voice
from analysis.tables.sentences import sentence_table

LABELS = Path(__file__).resolve().parents[1] / "data" / "seed_frame_labels.csv"


class SpanRecorder:
    """A stand-in model: negative toward North Korea, positive toward everyone else, and it
    records the (sentence, span) pairs it was given."""

    def __init__(self):
        self.calls = []

    def predict(self, texts, spans):
        self.calls.extend(zip(texts, spans, strict=True))
        rows = []
        for text, (s, e) in zip(texts, spans, strict=True):
            neg = text[s:e] in ("North Korea", "Pyongyang")
            rows.append({"tone_label": "negative" if neg else "positive",
                         "p_negative": 0.8 if neg else 0.1, "p_neutral": 0.1,
                         "p_positive": 0.1 if neg else 0.8, "role": ""})
        return pd.DataFrame(rows)


def _doc(text, doc_id="d"):
    return Document.from_text(text, doc_id=doc_id)


def test_spans_are_relative_to_the_sentence():
    doc = _doc("Talks stalled. Pyongyang fired a missile toward Japan.")
    rec = SpanRecorder()
    out = actor_tone([doc], model=rec)
    assert [(t[s:e]) for t, (s, e) in rec.calls] == ["Pyongyang", "Japan"]
    assert rec.calls[0][1] == (0, 9)  # offsets inside the second sentence, not the document
    assert out["sentence"].tolist() == [2, 2]
    assert out["actor"].tolist() == ["North Korea", "Japan"]
    assert out["tone_label"].tolist() == ["negative", "positive"]
    assert out["net_tone"].round(6).tolist() == [-0.7, 0.7]


def test_a_turn_label_names_the_speaker_and_is_no_mention():
    doc = _doc("Mao Ning: China opposes moves that raise tension.\n\n"
               "Biden warned: North Korea would face the end of its regime.")
    rec = SpanRecorder()
    out = actor_tone([doc], model=rec)
    # "Mao Ning:" labels the turn; "Biden warned:" is a reporting clause, Biden a mention
    assert [t[s:e] for t, (s, e) in rec.calls] == ["China", "Biden", "North Korea"]
    assert out["actor"].tolist() == ["China", "Joe Biden", "North Korea"]


def test_a_transcript_header_is_stage_text_and_gets_no_tone():
    text = ("Remarks by President Biden and President Yoon of the Republic of Korea\n\n"
            "Rose Garden\n\n1:43 P.M. EDT\n\n"
            "PRESIDENT BIDEN: Please, have a seat. Today Seoul and Washington stand together.\n\n"
            "PRESIDENT YOON: Thank you. Pyongyang must stop its provocations.")
    doc = Document.from_text(text, doc_id="wh")
    rec = SpanRecorder()
    out = actor_tone([doc], model=rec)
    # the header names Biden, Yoon and Korea, but it is nobody's words: only the turns count
    assert [s.voice for s in doc.sentences][:3] == ["stage", "stage", "stage"]
    assert out["voice"].tolist() == ["speech"] * len(out)
    assert out["actor"].tolist() == ["South Korea", "United States", "North Korea"]


def test_seed_mentions_all_scored_with_their_voice(seed_corpus):
    mentions = actor_mentions(seed_corpus)
    in_sentences = mentions["sentence"].notna().sum()
    out = actor_tone(seed_corpus, mentions, model=SpanRecorder())
    assert len(out) == in_sentences == 27  # actor list 3: + White House
    # Sentence 7 is Biden's quotation; both of its mentions are in the quoted voice.
    assert set(out.loc[out["sentence"] == 7, "voice"]) == {"quoted"}
    assert out.loc[out["sentence"] == 7, "actor"].tolist() == ["Joe Biden", "South Korea"]


def test_summary_counts_by_hand():
    tones = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b"],
        "actor": ["North Korea", "North Korea", "North Korea", "Japan"],
        "tone_label": ["negative", "negative", "neutral", "positive"],
        "net_tone": [-0.6, -0.4, 0.0, 0.5],
    })
    s = actor_tone_summary(tones)
    assert s["actor"].tolist() == ["North Korea", "Japan"]
    nk = s.iloc[0]
    assert (nk["n_mentions"], nk["n_documents"], nk["negative"], nk["neutral"], nk["positive"]) == (
        3, 2, 2, 1, 0)
    assert nk["share_negative"] == pytest.approx(2 / 3)
    assert nk["net_tone"] == pytest.approx(-1 / 3)
    # Two documents, resampled whole: a (net tone -1.0 over 2 mentions, both negative) and b
    # (0.0 over 1, neutral). Drawing a twice (p 1/4) gives -0.5, a and b -1/3, b twice 0: the
    # 2.5th and 97.5th percentiles are -0.5 and 0; the negative share's are 1 and 0.
    assert (nk["net_tone_ci_low"], nk["net_tone_ci_high"]) == (-0.5, 0.0)
    assert (nk["share_negative_ci_low"], nk["share_negative_ci_high"]) == (0.0, 1.0)
    assert math.isnan(s.iloc[1]["net_tone_ci_low"])  # one mention: no interval
    assert s["reason"].tolist() == ["net_tone: interval from 2 documents; unreliable",
                                    "one mention, no interval"]


def test_a_share_of_none_or_all_takes_wilsons_interval_not_a_bootstraps_zero_width():
    tones = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c"], "actor": ["North Korea"] * 5,
                          "tone_label": ["negative"] * 4 + ["neutral"],
                          "net_tone": [-0.6, -0.4, -0.5, -0.3, 0.0]})
    row = actor_tone_summary(tones).iloc[0]
    # 0 of 5 positive: Wilson's upper bound z^2 / (n + z^2) = 1.96^2 / (5 + 1.96^2) = 0.4345
    assert row["share_positive_ci_low"] == 0.0
    assert row["share_positive_ci_high"] == pytest.approx(3.8415 / 8.8415, abs=1e-4)
    # 4 of 5 negative is no boundary: the document bootstrap still gives it
    assert row["share_negative_ci_low"] < 0.8 <= row["share_negative_ci_high"] <= 1.0


def test_a_share_from_two_documents_is_widened_to_wilsons_interval():
    tones = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["Joe Biden"] * 3,
                          "tone_label": ["positive", "neutral", "positive"],
                          "net_tone": [0.6, 0.0, 0.5]})
    row = actor_tone_summary(tones).iloc[0]
    # Two documents: the bootstrap can give only 1/2, 2/3 and 1 (its 95% bounds 0.5 and 1.0);
    # Wilson's interval for 2 of 3, (2 + 1.92 -/+ 1.96 sqrt(2/3 + 0.96)) / (3 + 3.84), reaches
    # down to 0.2077, and the upper bound stays the bootstrap's 1.0.
    assert row["share_positive_ci_low"] == pytest.approx(0.2077, abs=1e-4)
    assert row["share_positive_ci_high"] == 1.0
    # the mean net_tone of two documents is not widened: its interval is marked instead
    assert row["reason"] == "net_tone: interval from 2 documents; unreliable"


def test_summary_of_one_document_resamples_mentions_and_says_so():
    from analysis.metrics.actor_tone import ONE_DOCUMENT
    from analysis.tables.bootstrap import mean_interval

    tones = pd.DataFrame({"doc_id": ["a"] * 4, "actor": ["China"] * 4,
                          "tone_label": ["negative", "negative", "neutral", "positive"],
                          "net_tone": [-0.5, -0.25, 0.0, 0.5]})
    row = actor_tone_summary(tones).iloc[0]
    assert row["reason"] == ONE_DOCUMENT == "one document, intervals resample its mentions"
    assert (row["net_tone_ci_low"], row["net_tone_ci_high"]) == mean_interval(
        [-0.5, -0.25, 0.0, 0.5], key=("actor", "China", "net_tone"))
    # the mean of four mentions drawn from them lies between -0.5 and 0.5
    assert -0.5 <= row["net_tone_ci_low"] < row["net_tone"] == -0.0625 < row[
        "net_tone_ci_high"] <= 0.5


def test_summary_reason_when_too_few_mentions_are_scored():
    tones = pd.DataFrame({"doc_id": ["a", "a"], "actor": ["China", "China"],
                          "tone_label": ["uncertain", "negative"], "net_tone": [math.nan, -0.5]})
    row = actor_tone_summary(tones).iloc[0]
    assert math.isnan(row["net_tone_ci_low"])
    assert row["reason"] == "fewer than 2 scored mentions, no net_tone interval"


def test_empty_and_no_actor():
    out = actor_tone([_doc("Nothing to see here.")])
    assert out.empty and "tone_label" in out.columns
    assert actor_tone_summary(out).empty


@pytest.mark.parametrize("text, target, label", [
    ("Pyongyang's reckless provocations threaten the whole region.", "Pyongyang", "negative"),
    ("Biden praised Yoon as a trusted and admired friend.", "Yoon", "positive"),
    ("Officials in Seoul said the meeting would take place on Tuesday.", "Seoul", "neutral"),
])
def test_packaged_model_on_clear_cases(text, target, label):
    out = actor_tone([_doc(text)])
    row = out[out["matched"] == target].iloc[0]
    assert row["tone_label"] == label
    assert row[f"p_{label}"] > 0.6


def test_describe_stance_on_the_seed(seed_corpus):
    sentences = sentence_table(seed_corpus)
    voice = by_voice(sentences)
    tone_docs = aggregate(sentences, "document")
    summary = actor_tone_summary(actor_tone(seed_corpus))
    text = commentary.describe_stance(sentences, voice, tone_docs, summary, "seeds")
    # 16 of 17 sentences carry a frame; alliance 11/17; deterrence 7/17 (team labels agree).
    assert "Of the 17 sentences of the article, 94% carry at least one" in text
    assert "*alliance* (65% of sentences)" in text
    assert "*deterrence* (41%)" in text
    # Deterrence: 1 of 8 quoted sentences (12.5%, written 13%), 6 of 9 authorial.
    assert "13% of the 8 quoted sentences against 67% of the 9 authorial" in text
    # 2 hedges and 3 boosters over 387 words.
    assert "5.2 hedges and 7.8 boosters per 1,000 words" in text
    # Counts per label, never a ranking of whom the coverage favours (issue 14).
    # Model 3.0 (encoder): "...seek serious and substantial diplomatic breakthroughs with North
    # Korea" is positive toward it (0.81; the linear model 2.2 left it uncertain, 0.48 neutral,
    # 0.43 positive): the sentence offers North Korea engagement, so positive or neutral are
    # both defensible by NewsMTSC's definition. Its two hostile mentions stay negative.
    assert "North Korea: 2 negative, 0 neutral, 1 positive and 0 uncertain of 3 mentions" in text
    # 7 of 26 uncertain with model 3.0 (6 with 2.2): fewer neutral-or-positive readings of the
    # bilateral sentences clear 0.55 (e.g. "Yoon's official state visit to Washington ...").
    assert "26% of the 27 mentions are uncertain" in text  # 7 of 27: + White House
    assert "favour" not in text


def test_describe_stance_single_voice_and_no_actor():
    corpus = Corpus([_doc("The weather was mild. Markets were calm.")], name="x")
    sentences = sentence_table(corpus)
    text = commentary.describe_stance(sentences, by_voice(sentences),
                                      aggregate(sentences, "document"),
                                      actor_tone_summary(actor_tone(corpus)), "x")
    assert "All sentences are authorial" in text
    assert "No actor of the list is mentioned" in text
    assert "of the article, 0% carry at least one" in text


def test_lexicon_agreement_missing_none(seed_corpus):
    other = Corpus([_doc("Unlabelled text here.", doc_id="other")], name="o")
    assert lexicon_agreement(LABELS, other, missing="none") is None
    with pytest.raises(ValueError, match="no labelled"):
        lexicon_agreement(LABELS, other)


def test_the_critic_leans_neutral_and_the_criticised_stays_negative():
    # Chinese-MFA and KCNA as reported, written for this test.
    docs = [Document.from_text(t, doc_id=f"c{i}") for i, t in enumerate([
        "Beijing on Thursday sharply criticized Washington for stirring up bloc confrontation "
        "in the region.",
        "Pyongyang accused Seoul of begging the United States for nuclear weapons, the state "
        "news agency said."])]
    rows = actor_tone(docs).set_index(["doc_id", "matched"])
    beijing, pyongyang = rows.loc[("c0", "Beijing")], rows.loc[("c1", "Pyongyang")]
    assert (beijing["role"], beijing["tone_label"]) == ("critic", "neutral")
    assert (pyongyang["role"], pyongyang["tone_label"]) == ("critic", "neutral")
    assert pyongyang["p_negative"] < 0.45 < 0.55 < pyongyang["p_neutral"]
    assert rows.loc[("c0", "Washington"), "tone_label"] == "negative"
    assert rows.loc[("c1", "Seoul"), "role"] == "pressure_object"
    assert rows.loc[("c1", "Seoul"), "tone_label"] == "negative"
    # without the rule the model reads Pyongyang's accusation as negative toward Pyongyang
    plain = actor_tone(docs, critic_weight=0).set_index(["doc_id", "matched"])
    assert plain.loc[("c1", "Pyongyang"), "tone_label"] == "negative"
    assert plain.loc[("c1", "Pyongyang"), "p_negative"] > 0.75


# ------------------------------------------------------------------- questions (issue 14)

@pytest.mark.parametrize("text, name, asked", [
    ("Will Seoul still have its say?", "Seoul", True),
    ("Q: Does the U.S. plan to deploy nuclear weapons to the peninsula?", "U.S.", True),
    ("Does Washington trust Mr. Yoon to keep the pledge?", "Washington", True),
    ('"Who is the real threat to peace?" KCNA asked in a commentary.', "KCNA", False),
    ("The question South Koreans keep asking: would America trade Los Angeles for Seoul?",
     "South Koreans", False),
    ("The question South Koreans keep asking: would America trade Los Angeles for Seoul?",
     "America", True),
    ("Seoul said it would not seek its own nuclear weapons.", "Seoul", False),
])
def test_mention_in_question(text, name, asked):
    from analysis.metrics.target_tone import in_question

    start = text.index(name)
    assert in_question(text, start, start + len(name)) is asked


def test_question_mention_is_uncertain_without_net_tone():
    from analysis.metrics.target_tone import QUESTION_REASON

    text = ("Yoon praised the alliance with Washington.\n\n"
            "Will Seoul still have its say once the group meets?")
    out = at.actor_tone([_doc(text)])
    asked = out[out["matched"] == "Seoul"].iloc[0]
    assert asked["tone_label"] == "uncertain"
    assert np.isnan(asked["net_tone"])
    assert asked["reason"] == QUESTION_REASON
    # the model's reading is kept for inspection
    assert asked[["p_negative", "p_neutral", "p_positive"]].sum() == pytest.approx(1.0)
    said = out[out["matched"] == "Washington"].iloc[0]
    assert said["reason"] in ("", "confidence below 0.55")
    assert not np.isnan(said["net_tone"])
    assert list(out.columns) == at.COLUMNS and at.COLUMNS[-1] == "reason"


def test_uncertain_reasons_name_confidence_and_adverse_role():
    import pandas as pd

    table = pd.DataFrame({"tone_label": ["uncertain", "uncertain", "negative"],
                          "p_negative": [0.40, 0.05, 0.80], "p_neutral": [0.35, 0.15, 0.10],
                          "p_positive": [0.25, 0.80, 0.10],
                          "role": ["", "pressure_object", ""]})
    assert at.uncertain_reasons(table, 0.55) == [
        "confidence below 0.55", "positive reading of a pressure_object", ""]
