"""The attribution model's direct scoring of a sentence equals scoring its feature list."""

import pytest

from analysis.corpus.attribution_model import AttributionModel, default_model, sentence_features

SENTENCES = [
    "Yoon Suk Yeol believes that the declaration will deter Pyongyang.",
    "The ministry plans to send the envoy to Washington to brief officials to the end.",
    "Officials said the submarine would visit Busan, and officials said it would stay.",
    "“We will respond,” the spokesperson told reporters on Thursday.",
    "KCNA called the visit a ``grave provocation'' against the North.",
    "North Korea's state media warned that the drills were a rehearsal for invasion.",
    "The Nuclear Consultative Group meets twice a year.",
    "Analysts in Seoul expect more of the same.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(("quote", "previous", "following"), [
    ("none", "start", "end"), ("none", "direct", "indirect"), ("none", "frame", "none")])
def test_sentence_probability_is_the_probability_of_the_features(sentence, quote, previous,
                                                                  following):
    model = default_model()
    expected = model.probability(sentence_features(sentence, quote, previous, following))
    assert model.sentence_probability(sentence, quote, previous, following) == expected


def test_sentence_probability_counts_each_feature_once():
    # A repeated word and a repeated "to" pair are one feature each, as in sentence_features.
    model = AttributionModel({"intercept": 0.0, "threshold": 0.5, "weights": {
        "w=officials": 1.0, "i=plans": 2.0, "b=officials_said": 0.5, "qm": -0.25,
        "v=said": 0.125, "q=none": 0.0}})
    sentence = "Officials said officials plans to go and plans to stay “now”."
    z = 1.0 + 2.0 + 0.5 - 0.25 + 0.125
    assert model.sentence_probability(sentence, "none", "start") == pytest.approx(
        1 / (1 + 2.718281828459045 ** -z), rel=1e-12)
    assert model.sentence_probability(sentence, "none", "start") == model.probability(
        sentence_features(sentence, "none", "start"))
