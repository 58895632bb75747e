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


SENTENCES = [
    # wire copy, White House readout, Korean press, commentary, a KCNA statement as reported
    ("Officials said officials plans to go and plans to stay “now”.", "none", "start", "end"),
    ("The White House said the two leaders agreed that the alliance would deepen.", "none",
     "direct", "end"),
    ("Yoon told reporters in Seoul that the declaration was a turning point.", "indirect",
     "start", "direct"),
    ("Critics believe the Nuclear Consultative Group changes little: Seoul wants more.",
     "none", "none", "none"),
    ("KCNA called the submarine visit “a grave provocation” and vowed to respond.", "partial",
     "start", "end"),
    ("We will stand with our ally, Biden said.", "direct", "start", "end"),
    ("Markets in Seoul closed higher on Thursday.", "none", "start", "end"),
    ("That Seoul wants its own bomb is no secret to anyone who told us so.", "none", "start",
     "end"),
    ("", "none", "start", "end"),
]


@pytest.mark.parametrize("sentence,quote,previous,following", SENTENCES)
def test_sentence_probability_is_the_feature_rule_bit_for_bit(sentence, quote, previous,
                                                             following):
    # The fast path looks each distinct word's weight up instead of writing "w=..." strings;
    # fsum is exact, so the probability is the very same float as the general rule's.
    from analysis.corpus.attribution_model import default_model

    tiny = AttributionModel({"intercept": -0.5, "threshold": 0.5, "cues": ["said", "told"],
                             "weights": {"w=officials": 1.0, "i=plans": 2.0, "w=said": 0.7,
                                         "b=officials_said": 0.5, "qm": -0.25, "fp": 0.3,
                                         "v=told": 0.125, "q=none": 0.1, "cn=1": 0.2,
                                         "t=agreed": 0.4, "f=we": 0.05, "i=secret": 0.3,
                                         "s=told": 0.15}})
    for model in (tiny, default_model()):
        expected = model.probability(sentence_features(sentence, quote, previous, following,
                                                       model.cues))
        assert model.sentence_probability(sentence, quote, previous, following) == expected
