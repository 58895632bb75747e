"""The opt-in frame encoder (int8 MiniLM): real probabilities on hand-written sentences."""

import numpy as np
import pytest

from analysis.metrics import frame_encoder as fe
from analysis.metrics.frames import FRAMES, frame_scores

PARAPHRASE = "Seoul wants a bigger say in how Washington would use its arsenal if war came."
MARKETS = "Shares of the carmaker fell three percent on Tuesday after a weak earnings report."
LAUNCH = "The North fired two ballistic missiles into the sea on Thursday."


@pytest.fixture(scope="module")
def encoder():
    return fe.load_frame_encoder()


def test_paraphrase_of_deterrence_is_added_only_by_the_encoder(encoder):
    # nuclear planning said without a deterrence word: the default misses it
    assert "deterrence" not in frame_scores(PARAPHRASE)["frames"]
    result = fe.encoder_frame_scores(PARAPHRASE, encoder)
    assert result["encoder"]["deterrence"] > 0.9
    assert result["encoder_frames"] == {"deterrence"}
    assert "deterrence" in result["frames"]
    assert frame_scores(PARAPHRASE)["frames"] <= result["frames"]  # it only adds


def test_off_topic_and_threat_sentences(encoder):
    p = encoder.probabilities([MARKETS, LAUNCH])
    assert p.shape == (2, 4)
    assert p[0].max() < 0.2
    assert encoder.frames(MARKETS) == set()
    threat = FRAMES.index("threat")
    assert p[1, threat] > 0.9
    assert np.delete(p[1], threat).max() < 0.1
    assert encoder.frames(LAUNCH) == {"threat"}


def test_probabilities_do_not_depend_on_the_other_sentences(encoder):
    alone = encoder.probabilities([LAUNCH])[0]
    together = encoder.probabilities([PARAPHRASE, MARKETS, LAUNCH])[2]
    assert np.array_equal(alone, together)
    assert encoder.probabilities([]).shape == (0, 4)
    with pytest.raises(ValueError, match="single string"):
        encoder.probabilities(LAUNCH)


def test_threshold_and_missing_folder(tmp_path):
    strict = fe.load_frame_encoder(threshold=0.99)
    assert strict.threshold == 0.99
    assert strict.frames(PARAPHRASE) == set()  # its deterrence probability is under 0.99
    with pytest.raises(FileNotFoundError, match="frame encoder not found"):
        fe.load_frame_encoder(str(tmp_path))
