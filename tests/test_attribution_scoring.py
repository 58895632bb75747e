"""The attribution model scores each feature of a sentence once."""

import pytest

from analysis.corpus.attribution_model import AttributionModel, sentence_features


def test_probability_counts_each_feature_once():
    # A repeated word and a repeated "to" pair are one feature each, as in sentence_features.
    model = AttributionModel({"intercept": 0.0, "threshold": 0.5, "weights": {
        "w=officials": 1.0, "i=plans": 2.0, "b=officials_said": 0.5, "qm": -0.25,
        "v=said": 0.125, "q=none": 0.0}})
    sentence = "Officials said officials plans to go and plans to stay “now”."
    z = 1.0 + 2.0 + 0.5 - 0.25 + 0.125
    assert model.probability(sentence_features(sentence, "none", "start")) == pytest.approx(
        1 / (1 + 2.718281828459045 ** -z), rel=1e-12)
