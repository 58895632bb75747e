"""Tests for the fine-tuned encoder of :mod:`analysis.metrics.target_tone` (int8 ONNX MiniLM)."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.metrics import target_tone as tt
from analysis.metrics.target_tone import encoder, encoder_inputs

ENCODER_FILE = encoder.resources_dir() / encoder.ENCODER_RESOURCE
needs_encoder = pytest.mark.skipif(
    not ENCODER_FILE.is_file(), reason="encoder missing: run scripts/train_target_tone_encoder.py"
)


def _unbracket(s: str) -> tuple[str, int, int]:
    start = s.index("[")
    end = s.index("]") - 1
    return s.replace("[", "").replace("]", ""), start, end


@pytest.fixture(scope="module")
def tokenizer():
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(encoder.resources_dir() / encoder.TOKENIZER_RESOURCE))


def test_marked_text_wraps_the_target() -> None:
    text = "Seoul thanked Washington."
    assert encoder_inputs.marked_text(text, 14, 24) == (
        "Seoul thanked  [unused0] Washington [unused1] .")


@needs_encoder
def test_encode_marks_the_target_and_pads(tokenizer) -> None:
    texts = ["Washington vowed to deter aggression from North Korea.", "Yoon spoke."]
    spans = [(42, 53), (0, 4)]
    ids, mask, marker = encoder_inputs.encode(tokenizer, texts, spans)
    tokens = [tokenizer.id_to_token(int(i)) for i in ids[0]]
    assert tokens == ["[CLS]", "washington", "vowed", "to", "deter", "aggression", "from",
                      "[unused0]", "north", "korea", "[unused1]", ".", "[SEP]"]
    assert marker.tolist() == [7, 1]
    # "[CLS] [unused0] yoon [unused1] spoke . [SEP]" and six pads
    assert mask.sum(axis=1).tolist() == [13, 7]
    assert ids[1, 7:].tolist() == [0] * 6


@needs_encoder
def test_encode_keeps_the_target_of_a_long_sentence(tokenizer) -> None:
    text = "Officials met. " * 40 + "Seoul praised Tokyo. " + "Talks went on. " * 40
    start = text.index("Tokyo")
    ids, mask, marker = encoder_inputs.encode(tokenizer, [text], [(start, start + 5)], 32)
    tokens = [tokenizer.id_to_token(int(i)) for i in ids[0]]
    assert len(tokens) == 32 and tokens[0] == "[CLS]" and tokens[-1] == "[SEP]"
    assert tokens[marker[0]:marker[0] + 3] == ["[unused0]", "tokyo", "[unused1]"]
    assert "praised" in tokens


# Written for these tests; labels checked by hand.
ENCODER_CASES = [
    ("Washington vowed to deter aggression from [North Korea].", "negative"),
    ("Yoon warmly thanked [Biden] for his steadfast friendship and generous support.",
     "positive"),
    ("[Yoon] will meet Biden at the White House on Wednesday.", "neutral"),
    ("KCNA accused [Washington] of pushing the peninsula to the brink of nuclear war.",
     "negative"),
]


@needs_encoder
@pytest.mark.parametrize(("sentence", "expected"), ENCODER_CASES)
def test_encoder_hand_checked(sentence, expected) -> None:
    model = tt.load_target_tone_model(kind="encoder")
    text, a, b = _unbracket(sentence)
    assert model.predict_one(text, a, b) == expected


@needs_encoder
def test_encoder_is_deterministic_and_batch_independent() -> None:
    model = tt.load_target_tone_model(kind="encoder")
    cases = [_unbracket(s) for s, _ in ENCODER_CASES]
    texts, spans = [t for t, _, _ in cases], [(a, b) for _, a, b in cases]
    first = model.predict(texts, spans)
    second = model.predict(texts, spans)
    cols = ["p_negative", "p_neutral", "p_positive"]
    assert first[cols].to_numpy().tobytes() == second[cols].to_numpy().tobytes()
    alone = model.predict(texts[1:2], spans[1:2])
    assert alone[cols].to_numpy().tobytes() == first[cols].to_numpy()[1:2].tobytes()
    np.testing.assert_allclose(first[cols].sum(axis=1), 1.0, atol=1e-9)
    assert list(first.columns) == ["tone_label", *cols, "role"]


@needs_encoder
def test_encoder_never_favours_a_deterred_actor() -> None:
    """The role rule applies to the encoder: an adverse role is never labelled positive."""
    model = tt.load_target_tone_model(kind="encoder")
    text, a, b = _unbracket("The historic and proud declaration will deter [North Korea].")
    pred = model.predict([text], [(a, b)])
    assert pred.loc[0, "role"] == "pressure_object"
    assert pred.loc[0, "tone_label"] != "positive"


@needs_encoder
def test_both_kinds_load_and_the_default_is_the_encoder() -> None:
    assert isinstance(tt.load_target_tone_model(), tt.EncoderToneModel)
    assert isinstance(tt.load_target_tone_model(kind="linear"), tt.TargetToneModel)
    assert isinstance(tt.load_target_tone_model(tt.default_model_path()), tt.TargetToneModel)
    assert tt.load_target_tone_model() is tt.load_target_tone_model()
    with pytest.raises(ValueError):
        tt.load_target_tone_model(kind="bert")


def test_missing_encoder_folder_raises(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        tt.load_encoder_model(str(tmp_path))
