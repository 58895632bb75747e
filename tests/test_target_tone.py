"""Tests for :mod:`analysis.metrics.target_tone` (target-dependent tone model)."""

from __future__ import annotations

import copy
import gzip
import json

import numpy as np
import pytest

from analysis.metrics import target_tone as tt
from analysis.metrics.target_tone import training

SHIPPED = tt.default_model_path()
needs_artefact = pytest.mark.skipif(
    not SHIPPED.is_file(), reason="artefact missing: run scripts/train_target_tone.py"
)

# ---------------------------------------------------------------------------------------------
# A tiny invented training set, so the fit/serialise/load round trip runs in well under a second.
# ---------------------------------------------------------------------------------------------

_TINY = [
    ("[Pyongyang] condemned the drills as a reckless provocation.", "negative"),
    ("Analysts blamed [Kim] for the failed talks and the brutal crackdown.", "negative"),
    ("Critics said [the regime] lied about the missile launch.", "negative"),
    ("[Seoul] was accused of corruption and incompetence.", "negative"),
    ("[Biden] met Yoon at the White House on Wednesday.", "neutral"),
    ("The statement was released by [the ministry] in the morning.", "neutral"),
    ("[Yoon] will travel to Washington next week.", "neutral"),
    ("Officials from [Tokyo] attended the meeting.", "neutral"),
    ("[Yoon] praised the alliance as a great success.", "positive"),
    ("Experts hailed [Biden] for his wise and steady leadership.", "positive"),
    ("[Seoul] won applause for its generous support.", "positive"),
    ("Voters admire [the president] and trust his excellent judgment.", "positive"),
]


def _unbracket(s: str) -> tuple[str, int, int]:
    start = s.index("[")
    end = s.index("]") - 1
    return s.replace("[", "").replace("]", ""), start, end


TINY_TEXTS, TINY_SPANS, TINY_LABELS = [], [], []
for _s, _lab in _TINY:
    _t, _a, _b = _unbracket(_s)
    TINY_TEXTS.append(_t)
    TINY_SPANS.append((_a, _b))
    TINY_LABELS.append(_lab)

TINY_SETTINGS = copy.deepcopy(training.DEFAULT_SETTINGS)
TINY_SETTINGS["word"].update(min_df=1)
TINY_SETTINGS["char"].update(min_df=1, max_features=2000)
TINY_SETTINGS["window"].update(min_df=1)


@pytest.fixture(scope="module")
def tiny_model() -> tt.TargetToneModel:
    return training.fit_target_tone_model(
        TINY_TEXTS, TINY_SPANS, TINY_LABELS, TINY_SETTINGS, c=10.0, calibration="sigmoid",
        cv=2, meta={"train_file": "invented"},
    )


def test_unbracket_helper() -> None:
    text, a, b = _unbracket("Critics said [the regime] lied.")
    assert text[a:b] == "the regime"


def test_mask_target_replaces_span_and_repeats() -> None:
    text = "Donald Trump said Trump would win, and Trumpism is popular."
    masked = tt.mask_target(text, 0, 12)
    assert masked.count(tt.TARGET_TOKEN) == 2  # the span and the later "Trump"
    assert "Trumpism" in masked  # not a whole-word repeat
    # pronoun targets never mask other words
    assert tt.mask_target("He said he would.", 0, 2).count(tt.TARGET_TOKEN) == 1


def test_window_doc_is_position_tagged() -> None:
    ex = tt.prepare("Critics blamed Kim for the failure", 15, 18, training.DEFAULT_SETTINGS)
    doc = tt.window_doc(ex, size=6, near=1)
    assert "ln_blamed" in doc.split() and "l_critics" in doc.split()
    assert "rn_for" in doc.split() and "r_failure" in doc.split()
    assert "rn_failure" not in doc.split()


def test_tiny_model_roundtrip_matches_in_memory(tiny_model, tmp_path) -> None:
    path = tmp_path / "tiny.json.gz"
    payload = training.save_model(tiny_model, path)
    # plain gzip'd JSON, no pickle anywhere
    data = json.loads(gzip.decompress(payload))
    assert data["format"] == tt.FORMAT_VERSION
    assert data["meta"]["train_file"] == "invented"
    loaded = tt.load_target_tone_model(path)
    assert loaded is tt.load_target_tone_model(path)  # cached
    probe_texts = TINY_TEXTS + ["Pyongyang praised nobody and condemned Seoul for the drills."]
    probe_spans = TINY_SPANS + [(39, 44)]
    p_mem = tiny_model.predict_proba(probe_texts, probe_spans)
    p_load = loaded.predict_proba(probe_texts, probe_spans)
    np.testing.assert_allclose(p_load, p_mem, atol=1e-4)
    assert (p_load.argmax(1) == p_mem.argmax(1)).all()
    # the tiny model at least fits its own training data (argmax: no uncertain label)
    fitted = loaded.predict(TINY_TEXTS, TINY_SPANS, uncertain_below=0.0)
    assert list(fitted["tone_label"]) == TINY_LABELS


def test_save_is_byte_stable(tiny_model, tmp_path) -> None:
    a = training.save_model(tiny_model, tmp_path / "a.json.gz")
    again = training.fit_target_tone_model(
        TINY_TEXTS, TINY_SPANS, TINY_LABELS, TINY_SETTINGS, c=10.0, calibration="sigmoid",
        cv=2, meta={"train_file": "invented"},
    )
    b = training.save_model(again, tmp_path / "b.json.gz")
    assert a == b
    plain = training.save_model(tiny_model, tmp_path / "a.json")
    assert json.loads(plain) == json.loads(gzip.decompress(a))


def test_class_weight_sets_the_priors_of_an_unbalanced_set() -> None:
    # Drop two of the four positives: balanced weights (uniform priors) must then give the
    # positive class a higher intercept, relative to the others, than unweighted classes
    # (the training shares, 4/4/2, as priors).
    keep = [i for i, lab in enumerate(TINY_LABELS) if lab != "positive"] + [8, 9]
    args = ([TINY_TEXTS[i] for i in keep], [TINY_SPANS[i] for i in keep],
            [TINY_LABELS[i] for i in keep], TINY_SETTINGS)
    plain = training.fit_target_tone_model(*args, c=10.0, calibration="none",
                                           class_weight=None)
    balanced = training.fit_target_tone_model(*args, c=10.0, calibration="none")

    def lift(m: tt.TargetToneModel) -> float:
        return float(m.intercept[2] - m.intercept[:2].mean())

    assert lift(balanced) > lift(plain)
    with pytest.raises(ValueError, match="class_weight"):
        training.fit_target_tone_model(*args, class_weight="inverse")


def test_corrupt_artefact_rejected(tiny_model, tmp_path) -> None:
    d = training.model_to_dict(tiny_model)
    d["head"]["coef"] = [row[:-1] for row in d["head"]["coef"]]
    with pytest.raises(ValueError, match="coef shape"):
        tt.TargetToneModel.from_dict(d)
    with pytest.raises(ValueError, match="format"):
        tt.TargetToneModel.from_dict({**training.model_to_dict(tiny_model), "format": "other/9"})


def test_probabilities_and_columns(tiny_model) -> None:
    df = tiny_model.predict(TINY_TEXTS, TINY_SPANS)
    assert list(df.columns) == ["tone_label", "p_negative", "p_neutral", "p_positive", "role"]
    probs = df[["p_negative", "p_neutral", "p_positive"]].to_numpy()
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-9)
    assert ((probs >= 0) & (probs <= 1)).all()
    assert set(df["tone_label"]) <= {*tt.LABELS, tt.UNCERTAIN}
    assert len(tiny_model.predict([], [])) == 0


@pytest.mark.parametrize(
    ("text", "span", "match"),
    [
        ("", (0, 1), "empty"),
        ("   ", (0, 1), "empty"),
        ("Seoul acts.", (3, 3), "invalid target span"),
        ("Seoul acts.", (4, 2), "invalid target span"),
        ("Seoul acts.", (-1, 3), "invalid target span"),
        ("Seoul acts.", (0, 99), "invalid target span"),
        ("Seoul acts.", (5, 6), "whitespace"),
        ("Seoul acts.", (0.0, 5), "must be an int"),
        ("Seoul acts.", (0,), "span must be"),
    ],
)
def test_invalid_input_raises(tiny_model, text, span, match) -> None:
    with pytest.raises(ValueError, match=match):
        tiny_model.predict([text], [span])


def test_mismatched_lengths_raise(tiny_model) -> None:
    with pytest.raises(ValueError, match="texts but"):
        tiny_model.predict(["Seoul acts.", "Tokyo acts."], [(0, 5)])
    with pytest.raises(ValueError, match="sequence of strings"):
        tiny_model.predict("Seoul acts.", [(0, 5)])  # type: ignore[arg-type]


def test_read_newsmtsc_flattens_targets(tmp_path) -> None:
    rec = {
        "primary_gid": "x",
        "sentence_normalized": "Yoon praised Biden.",
        "targets": [
            {"from": 0, "to": 4, "mention": "Yoon", "polarity": 4.0},
            {"from": 13, "to": 18, "mention": "Biden", "polarity": 6.0},
        ],
    }
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps(rec) + "\n\n")
    df = training.read_newsmtsc(p)
    assert list(df["label"]) == ["neutral", "positive"]
    assert list(df["mention"]) == ["Yoon", "Biden"]


# Role of the target in its clause. Sentences written for these tests in the styles of wire
# copy, Korean English-language press and KCNA statements as reported; roles checked by hand.
ROLE_CASES = [
    ("The two leaders said the declaration would deter potential aggression from "
     "[North Korea].", "pressure_object"),
    ("Seoul and Washington vowed to counter [Pyongyang] together with Tokyo.", "pressure_object"),
    ("Seoul and Washington vowed to counter Pyongyang together with [Tokyo].", ""),
    ("The UN Security Council imposed new sanctions on [North Korea] after the test.",
     "pressure_object"),
    ("[Pyongyang] was roundly condemned for the launch.", "pressure_object"),
    ("The alliance will defend against [North Korea].", "pressure_object"),
    ("The alliance will defend [South Korea] against any attack.", ""),
    ("The statement was condemned by [China] as provocative.", ""),
    ("[North Korea]'s growing nuclear threat has pushed Seoul closer to Washington.",
     "hostile_source"),
    ("The threats posed by [Pyongyang] are growing, officials said.", "hostile_source"),
    ("[North Korea] fired two short-range ballistic missiles on Thursday.", "hostile_source"),
    ("[Washington] launched the Nuclear Consultative Group last year.", ""),
    ("KCNA said [the United States] had threatened the country with nuclear war.",
     "hostile_source"),
    ("Biden met his counterpart [Yoon] at the White House.", ""),
    ("Biden praised [Yoon] for his courage.", ""),
    # Passives, fixed phrases of pressure and the agent after "from" (issue 14).
    ("[Pyongyang] has been widely criticised by its neighbours for the satellite launch.",
     "pressure_object"),
    ("Officials said they want a region in which [North Korea] is contained and deterred.",
     "pressure_object"),
    ("New penalties on [North Korea] were announced by the Treasury on Friday.",
     "pressure_object"),
    ("Officials in Tokyo said the allies must rein in [Pyongyang] before the next test.",
     "pressure_object"),
    ("The foreign ministers vowed to hold [the DPRK] accountable for the launch.",
     "pressure_object"),
    ("Extended deterrence is meant to keep [North Korea] in check, the minister said.",
     "pressure_object"),
    ("The drills were aimed squarely at [Pyongyang], analysts said.", "pressure_object"),
    ("Washington pressed [Beijing] to halt its coal trade with the North.", "pressure_object"),
    ("Washington pressed [Seoul] to join the chip alliance.", ""),
    ("[North Korea] will face swift consequences for any nuclear use, the Pentagon said.",
     "pressure_object"),
    ("The spokesman said [Washington] must stop its provocative military drills.",
     "pressure_object"),
    ("KCNA mocked [Yoon] as a puppet of Washington.", "pressure_object"),
    ("The launch drew a sharp rebuke from [Tokyo] within the hour.", ""),
    ("[Seoul] said the figures were contained in the ministry's report.", ""),
    # Sources of hostile acts: modifier, possessive, progressive and staging verbs.
    ("The air force stands ready to answer any [Chinese] incursion into its airspace.",
     "hostile_source"),
    ("[Beijing]'s coercive trade measures have hurt Korean exporters.", "hostile_source"),
    ("The summit was a response to [Pyongyang]'s nuclear ambitions.", "hostile_source"),
    ("[The DPRK] has been firing cruise missiles toward the West Sea.", "hostile_source"),
    ("[Kim Jong Un] supervised the test of a new tactical weapon, state media said.",
     "hostile_source"),
    ("The [North Korean] regime continues to threaten its neighbours.", "hostile_source"),
    ("[North Korean] hackers stole millions from crypto exchanges last year.",
     "hostile_source"),
    ("[Yoon] is expected to launch the new group in July.", ""),
    ("[Japan] hosted the G7 leaders in Hiroshima.", ""),
]


@pytest.mark.parametrize(("sentence", "role"), ROLE_CASES)
def test_adverse_role_hand_checked(sentence, role) -> None:
    text, a, b = _unbracket(sentence)
    assert tt.adverse_role(tt.prepare(text, a, b, training.DEFAULT_SETTINGS)) == role


def test_decide_labels_uncertain_below_threshold_and_for_positive_adverse_role() -> None:
    proba = np.array([[0.7, 0.2, 0.1], [0.45, 0.35, 0.2], [0.1, 0.2, 0.7], [0.1, 0.2, 0.7],
                      [0.8, 0.1, 0.1]])
    roles = ["", "", "", "pressure_object", "hostile_source"]
    assert tt.decide_labels(proba, roles, 0.5) == [
        "negative", "uncertain", "positive", "uncertain", "negative"]
    assert tt.decide_labels(proba, roles, 0.0)[1] == "negative"


@pytest.mark.parametrize("method", ["sigmoid", "temperature"])
def test_calibrate_matches_scikit_learn(method) -> None:
    """The artefact's calibration map reproduces CalibratedClassifierCV.predict_proba."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    x = rng.normal(size=(90, 4))
    y = np.repeat([0, 1, 2], 30)
    x[:, 0] += y
    cal = CalibratedClassifierCV(LogisticRegression(), method=method, cv=3, ensemble=False)
    cal.fit(x, y)
    head = cal.calibrated_classifiers_[0].estimator
    params = training.calibration_params(cal, method)
    z = x @ head.coef_.T + head.intercept_
    np.testing.assert_allclose(tt.calibrate(z, params), cal.predict_proba(x), atol=1e-12)


def test_read_newsmtsc_names_file_and_line_of_a_bad_record(tmp_path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"sentence_normalized": "Yoon spoke.", "targets": '
                 '[{"from": 0, "to": 4, "mention": "Yoon", "polarity": 5.0}]}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl, line 1"):
        training.read_newsmtsc(p)


# ---------------------------------------------------------------------------------------------
# The shipped artefact
# ---------------------------------------------------------------------------------------------


@needs_artefact
def test_shipped_artefact_is_plain_json() -> None:
    raw = SHIPPED.read_bytes()
    assert raw[:2] == b"\x1f\x8b"  # gzip
    data = json.loads(gzip.decompress(raw).decode("utf-8"))
    assert data["format"] == tt.FORMAT_VERSION
    assert data["labels"] == list(tt.LABELS)
    assert data["meta"]["train_file"] == "train.jsonl"
    assert data["meta"]["n_sentences"] == 7758
    assert data["calibration"]["method"] == "temperature"
    assert data["uncertain_below"] == tt.UNCERTAIN_BELOW == 0.55
    assert SHIPPED.stat().st_size < 5_000_000


# Hand-checked invented sentences; the target is in brackets.
SHIPPED_CASES = [
    (
        "The regime's reckless provocation threatens the region, and [Pyongyang] has once again "
        "violated its promises.",
        "negative",
    ),
    ("Critics accused [Kim Jong Un] of brutal repression and lying to the world.", "negative"),
    (
        "[Yoon] was praised for his courageous leadership and his remarkable success in "
        "strengthening the alliance.",
        "positive",
    ),
    ("Experts hailed [Biden] as a wise, trusted and admirable partner.", "positive"),
    ("[Yoon] will meet Biden at the White House on Wednesday.", "neutral"),
]


@needs_artefact
@pytest.mark.parametrize(("sentence", "expected"), SHIPPED_CASES)
def test_shipped_model_hand_checked_examples(sentence, expected) -> None:
    model = tt.load_target_tone_model()
    text, a, b = _unbracket(sentence)
    assert model.predict_one(text, a, b) == expected


@needs_artefact
def test_shipped_model_probabilities_sum_to_one() -> None:
    model = tt.load_target_tone_model()
    texts, spans = [], []
    for sentence, _ in SHIPPED_CASES:
        text, a, b = _unbracket(sentence)
        texts.append(text)
        spans.append((a, b))
    df = model.predict(texts, spans)
    np.testing.assert_allclose(df[["p_negative", "p_neutral", "p_positive"]].sum(axis=1), 1.0,
                               atol=1e-9)
    with pytest.raises(ValueError):
        model.predict_one("Seoul acts.", 0, 0)


@needs_artefact
def test_shipped_model_is_target_dependent() -> None:
    """One sentence, opposite tone toward two actors (hand-checked)."""
    model = tt.load_target_tone_model()
    text = (
        "Yoon praised Biden for his steadfast support, while North Korea was condemned for its "
        "reckless missile tests."
    )
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Biden", "North Korea")]
    assert list(model.predict([text, text], spans)["tone_label"]) == ["positive", "negative"]


# News-style sentences written for these tests (wire copy, Korean English-language press, White
# House remarks, KCNA and Chinese statements as reported); the target is in brackets and the
# label was checked by hand. A sentence that deters, condemns or sanctions an actor, or names it
# as the source of a threat, is never positive toward it.
NEWS_CASES = [
    ("The new consultative group is meant to deter [North Korea] from ever using its nuclear "
     "weapons, a senior administration official told reporters.", "negative"),
    pytest.param(
        "The upgraded alliance is a powerful and welcome guarantee against aggression from "
        "[North Korea], Yoon told lawmakers.", "negative",
        marks=pytest.mark.xfail(strict=True, reason="known limit: with model 3.0 the reading "
                                "is mostly neutral (p_neutral 0.47, p_negative 0.27; linear "
                                "2.2: p_positive 0.40, p_negative 0.39), so 'uncertain'")),
    ("Seoul's foreign ministry condemned [Pyongyang]'s latest missile launch as a clear "
     "violation of UN Security Council resolutions.", "negative"),
    ("North Korea's state news agency KCNA accused [Washington] of pushing the peninsula to the "
     "brink of nuclear war.", "negative"),
    ("China's foreign ministry criticised [the United States] for stoking confrontation on the "
     "peninsula.", "negative"),
    ("[North Korea]'s official KCNA news agency carried the statement on Saturday.", "neutral"),
    ("Biden hailed the alliance with [South Korea] as ironclad and thanked Yoon for his "
     "steadfast partnership.", "positive"),
    ("Biden thanked [Yoon] for his steadfast partnership and praised his courageous leadership.",
     "positive"),
]


@needs_artefact
@pytest.mark.parametrize(("sentence", "expected"), NEWS_CASES)
def test_shipped_model_news_style_hand_checked(sentence, expected) -> None:
    model = tt.load_target_tone_model()
    text, a, b = _unbracket(sentence)
    assert model.predict_one(text, a, b) == expected


@needs_artefact
def test_shipped_model_never_favours_a_deterred_or_condemned_actor() -> None:
    """Warm words about the alliance around a deterred actor give it no positive label."""
    model = tt.load_target_tone_model()
    cases = [_unbracket(s) for s, _ in ROLE_CASES if "[" in s]
    cases += [_unbracket(
        "The joint declaration is a proud and historic step to strengthen the alliance and deter "
        "potential aggression from [North Korea].")]
    pred = model.predict([t for t, _, _ in cases], [(a, b) for _, a, b in cases])
    adverse = pred[pred["role"].isin(tt.ROLES)]
    assert len(adverse) == 28
    assert (pred["role"] == tt.CRITIC).sum() == 2  # condemned by China, a rebuke from Tokyo
    assert "positive" not in set(adverse["tone_label"])


CRITIC_CASES = [
    # The one who condemns or accuses: subject, possessor's body, agent of a passive.
    ("[Beijing] on Thursday sharply criticized Washington for stirring up bloc confrontation.",
     "critic"),
    ("[North Korea]'s foreign ministry slammed the joint drills as a rehearsal for invasion.",
     "critic"),
    ("[North Korean] state media mocked the summit as a farce.", "critic"),
    ("[Pyongyang] accused Seoul of begging for nuclear weapons, the state news agency said.",
     "critic"),
    ("The missile launch was condemned by [Tokyo] within the hour.", "critic"),
    ("The plan drew a sharp rebuke from [Beijing].", "critic"),
    # the object of the criticism keeps its adverse role, and "said" makes no critic
    ("[The DPRK] was roundly condemned for the test.", "pressure_object"),
    ("[Seoul] has been criticized for its silence on the launch.", "pressure_object"),
    ("KCNA denounced [Yoon] as a traitor to the nation.", "pressure_object"),
    ("[China]'s embassy said the deployment would aggravate tensions.", ""),
    # the one named inside the critic's description is not the critic, nor the criticised:
    # a person the critic is described by (leans neutral as the critic does)
    ("The younger sister of North Korean leader [Kim Jong Un] denounced the pact, KCNA said.",
     "critic_descriptor"),
    ("A spokesman for [China]'s foreign ministry condemned the drills.", "critic_descriptor"),
    ("[Japan] welcomed the declaration as a step toward peace.", ""),
    # stated opposition is a critic's stance, not tone toward the one who states it
    ("Spokesperson Wang Wenbin said [China] firmly opposes any move that raises tension.",
     "critic"),
    ("[Seoul] protested the map to the Japanese embassy.", "critic"),
    ("The deployment is opposed by many in [South Korea].", ""),
]


@pytest.mark.parametrize(("sentence", "role"), CRITIC_CASES)
def test_mention_role_finds_the_critic(sentence, role) -> None:
    text, a, b = _unbracket(sentence)
    ex = tt.prepare(text, a, b, training.DEFAULT_SETTINGS)
    assert tt.mention_role(ex) == role
    assert tt.adverse_role(ex) == (role if role in tt.ROLES else "")


def test_critics_lean_neutral_and_other_rows_are_unchanged() -> None:
    import pandas as pd

    table = pd.DataFrame({"tone_label": ["negative", "negative", "negative", "uncertain"],
                          "p_negative": [0.77, 0.92, 0.77, 0.52],
                          "p_neutral": [0.19, 0.04, 0.19, 0.44],
                          "p_positive": [0.04, 0.04, 0.04, 0.04],
                          "role": ["critic", "critic", "pressure_object", ""]})
    out = tt.lean_critics_neutral(table)
    # half the model's reading plus 0.5 on neutral: [0.385, 0.595, 0.02]
    assert out.loc[0, ["p_negative", "p_neutral", "p_positive"]].tolist() == pytest.approx(
        [0.385, 0.595, 0.02])
    assert out.loc[0, "tone_label"] == "neutral"
    # a confident negative reading leans to neutral 0.52, below 0.55: not claimed either way
    assert out.loc[1, "p_neutral"] == pytest.approx(0.52) and out.loc[1, "tone_label"] == \
        "uncertain"
    assert out.loc[2:].equals(table.loc[2:])
    assert tt.lean_critics_neutral(table, weight=0.0).equals(table)
    assert table.loc[0, "p_negative"] == 0.77  # the input is not modified
