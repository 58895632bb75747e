"""The supervised frame model that backs up the lexicon: shipped file, inference, combination.

Sentences are written for these tests in the style of wire copy and Korean English-language
press; the expected frames follow ``docs/frame_annotation_guide.md``.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from analysis.metrics.frame_classifier import FrameClassifier
from analysis.metrics.frame_labels import lexicon_agreement
from analysis.metrics.frame_model import (
    FRAME_MODEL_PATH,
    frame_model_from_payload,
    load_frame_model,
    model_bytes,
    model_payload,
    read_frame_model,
)
from analysis.metrics.frames import FRAMES, format_evidence, frame_scores

SEED_LABELS = Path(__file__).resolve().parents[1] / "data" / "seed_frame_labels.csv"

TINY = [
    ("The allies held a joint drill with a nuclear-capable bomber.", {"alliance", "deterrence"}),
    ("Seoul and Washington pledged to deepen their alliance.", {"alliance"}),
    ("North Korea fired two ballistic missiles into the sea.", {"threat"}),
    ("Pyongyang rejected an offer of talks from Washington.", {"diplomacy"}),
    ("A submarine armed with nuclear missiles will visit Busan.", {"deterrence"}),
    ("The leaders signed the text on a Wednesday afternoon.", set()),
    ("Kim Jong Un vowed to expand his nuclear arsenal.", {"threat"}),
    ("The president said the door to dialogue with the North stays open.", {"diplomacy"}),
]


def tiny_classifier() -> FrameClassifier:
    return FrameClassifier(use_lexicon=False, threshold=0.75).fit(
        [t for t, _ in TINY], [f for _, f in TINY])


def test_inference_from_the_payload_reproduces_scikit_learn():
    clf = tiny_classifier()
    model = frame_model_from_payload(model_payload(clf, 0.75, "test", {}), "test")
    texts = ["The allies will hold another drill near the border next month.",
             "Talks with the North have stalled since 2019, officials said.",
             "Nothing here matches."]
    expected = clf.predict_proba(texts)
    for text, row in zip(texts, expected, strict=True):
        got = model.probabilities(text)
        assert [round(got[f], 4) for f in FRAMES] == [round(float(p), 4) for p in row]


def test_payload_bytes_are_deterministic_and_carry_no_timestamp():
    payload = model_payload(tiny_classifier(), 0.75, "test", {"n": len(TINY)})
    a, b = model_bytes(payload), model_bytes(payload)
    assert a == b
    assert a[4:8] == b"\x00\x00\x00\x00"  # gzip MTIME field
    assert json.loads(gzip.decompress(a))["terms"] == payload["terms"]


def test_words_only_classifier_is_required():
    clf = FrameClassifier(use_lexicon=True).fit([t for t, _ in TINY], [f for _, f in TINY])
    with pytest.raises(ValueError, match="words only"):
        model_payload(clf, 0.75, "test", {})


def test_shipped_model_is_the_documented_one():
    model = load_frame_model()
    assert model.threshold == 0.75 and model.min_words == 6 and model.ngram_range == (1, 2)
    assert model.training["n_sentences"] == 3526
    assert model.version == "1.11.0"
    assert len(model.vocabulary) == len(model.idf) == len(model.coef[0])


@pytest.mark.parametrize("text,frame", [
    # a reported North Korean warning that an allied visit could bring its nuclear use: the
    # allies' carrier is deterrence, the warning is danger (guide rules 7 and 10); the lexicon
    # reads the weapons as a contingency only
    ("North Korea's defence minister warned that the carrier's visit could meet the conditions "
     "for using nuclear weapons.", "threat"),
])
def test_model_adds_frames_the_lexicon_misses_with_evidence(text, frame):
    lexicon_only = frame_scores(text, use_model=False)
    assert frame not in lexicon_only["frames"]
    sc = frame_scores(text)
    assert frame in sc["frames"] and sc["model_frames"] == {frame}
    assert sc["model"][frame] >= 0.75
    assert f"{frame}: " in format_evidence(sc)
    assert f"model p={sc['model'][frame]:.2f}" in format_evidence(sc)


@pytest.mark.parametrize("text", [
    "The leaders signed the text on a Wednesday afternoon.",
    "Markets barely moved after the announcement, traders said.",
    "The Pentagon said the boat would stay in port for several days before heading back to sea.",
])
def test_model_adds_nothing_to_settings_and_markets(text):
    assert frame_scores(text)["model_frames"] == set()


def test_model_never_adds_a_frame_whose_cue_the_lexicon_negated():
    text = "Sanctions were tightened without talks with Pyongyang."
    sc = frame_scores(text)
    assert sc["model"]["diplomacy"] >= 0.75  # the words alone look like diplomacy
    assert "diplomacy" not in sc["frames"] and sc["model_frames"] == set()


def test_model_is_not_asked_without_a_cue_or_a_party_of_the_story():
    # a schedule with no cue and no party named, so no model frame
    sc = frame_scores("Officials said the panel would convene four times a year.")
    assert sc["model"] == {} and sc["frames"] == set()
    # an off-topic sentence in wire style
    sc = frame_scores("The committee said the new rules would take effect next spring.")
    assert sc["model"] == {} and sc["frames"] == set()


def test_model_is_silent_on_fragments():
    sc = frame_scores("U.S. forces")
    assert sc["model"] == {} and sc["model_frames"] == set()
    assert sc["frames"] == {"deterrence"}  # the lexicon's cue still counts


def test_model_never_removes_a_lexicon_frame():
    text = "The allies pledged to deter North Korean aggression."
    assert frame_scores(text)["frames"] >= frame_scores(text, use_model=False)["frames"]


def test_seed_frames_are_unchanged_by_the_model(seed_corpus):
    # data/seed_frame_labels.csv: the lexicon alone already agrees with all 23 pairs
    for use_model in (False, True):
        table = lexicon_agreement(SEED_LABELS, seed_corpus, use_model=use_model)
        assert table.loc["micro", "f1"] == 1.0 and table.loc["micro", "tp"] == 23


def test_bad_model_files_name_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="missing.json.gz"):
        read_frame_model(tmp_path / "missing.json.gz")
    plain = tmp_path / "plain.json.gz"
    plain.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="plain.json.gz"):
        read_frame_model(plain)
    other = tmp_path / "other.json.gz"
    other.write_bytes(gzip.compress(json.dumps({"format": "tagger/1"}).encode()))
    with pytest.raises(ValueError, match="other.json.gz.*not a frame model"):
        read_frame_model(other)
    data = json.loads(gzip.decompress(FRAME_MODEL_PATH.read_bytes()))
    data["idf"] = data["idf"][:-1]
    short = tmp_path / "short.json.gz"
    short.write_bytes(gzip.compress(json.dumps(data).encode()))
    with pytest.raises(ValueError, match="short.json.gz.*another shape"):
        read_frame_model(short)


def test_names_a_party_is_either_mention_table() -> None:
    """The one-table party test (:attr:`FrameLexicon.party_table`) agrees with asking the
    counterpart table and the ally table in turn, on every labelled team sentence and on
    sentences written for this test."""
    import csv

    from analysis.metrics.frame_lexicon import load_frame_lexicon
    from analysis.metrics.frames import mask_initialism_periods, names_a_party
    from analysis.metrics.lexicon import tokens

    lex = load_frame_lexicon()
    texts = [
        "Pyongyang's foreign ministry said nothing on Friday.",
        "The U.S. and the ROK will hold the first NCG meeting in Seoul.",
        "Shares of chipmakers rose 2% on the Kospi index.",
        "Beijing urged all sides to exercise restraint.",
        "The court adjourned the hearing until Monday.",
    ]
    for path in sorted((SEED_LABELS.parent).glob("frames_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            texts.extend(row["text"] for row in csv.DictReader(fh))
    answers = []
    for text in texts:
        masked = mask_initialism_periods(text)
        toks = tokens(masked)
        two = bool(lex.counterpart_table.scan(masked, toks) or lex.ally_table.scan(masked, toks))
        assert names_a_party(text, lex) == two, text
        answers.append(two)
    assert answers[:5] == [True, True, False, True, False]
    assert 300 < sum(answers) < len(answers)


def _reference_probabilities(model, text: str) -> dict[str, float]:
    """The model's arithmetic written the general way: at each word its unigram, then the
    bigram it starts (joined by a space), counted in order of first occurrence; sublinear
    tf times idf, l2 norm, one loop over the frames."""
    import math

    from analysis.corpus.tokens import words

    toks = [w.lower() for w in words(text)]
    counts: dict[str, int] = {}
    for k in range(len(toks)):
        for term in (toks[k], " ".join(toks[k:k + 2]) if k + 1 < len(toks) else None):
            if term in model.vocabulary:
                counts[term] = counts.get(term, 0) + 1
    z = list(model.intercept)
    if counts:
        weights = {t: (1.0 + math.log(c)) * model.idf[model.vocabulary[t]] if c > 1
                   else model.idf[model.vocabulary[t]] for t, c in counts.items()}
        norm = math.sqrt(sum_in_order(w * w for w in weights.values()))
        for j in range(len(z)):
            z[j] += sum_in_order(w * model.coef[j][model.vocabulary[t]]
                                 for t, w in weights.items()) / norm
    return {f: 1.0 / (1.0 + math.exp(-x)) for f, x in zip(FRAMES, z, strict=True)}


def sum_in_order(values) -> float:
    total = 0.0
    for v in values:
        total += v
    return total


@pytest.mark.parametrize("text", [
    "North Korea warned that the nuclear submarine visit would invite a nuclear response.",
    "Seoul and Washington agreed to hold the Nuclear Consultative Group talks twice a year, "
    "the alliance's first such body, and Seoul and Washington will meet again in Seoul.",
    "Yoon told reporters the allies would respond to any North Korean provocation.",
    "The markets closed higher on Thursday after a quiet week of trading in Asia.",
    "",
])
def test_shipped_model_inference_is_the_general_arithmetic_bit_for_bit(text):
    # The shipped path looks bigrams up word by word and writes the four frames' dot
    # products out; same terms in the same order, same operations, so the very same floats
    # (the sentence table prints them, and its bytes must not move).
    model = load_frame_model()
    assert model.probabilities(text) == _reference_probabilities(model, text)
