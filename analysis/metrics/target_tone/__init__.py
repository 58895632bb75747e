"""Target-dependent tone: the sentiment a news sentence expresses toward one named actor in it.

Given a sentence and the character span of a target mention (``"Pyongyang"``, ``"Yoon"``,
``"the White House"``), the model predicts whether the sentence is *negative*, *neutral* or
*positive* toward that target, with calibrated probabilities; a mention is ``uncertain`` when
the model's confidence is low or when it would call positive an actor that the sentence
deters, condemns or names as a threat (:mod:`.roles`). Two models share that API
(:func:`load_target_tone_model`): the default, a MiniLM encoder fine-tuned on NewsMTSC (Hamborg &
Donnay, 2021) by ``scripts/train_target_tone_encoder.py``, shipped as int8 ONNX and run by
onnxruntime (:mod:`.encoder`), blended with the linear model; and ``kind="linear"``, a small
linear model trained by ``scripts/train_target_tone.py`` and shipped as plain JSON in
``analysis/resources/target_tone.json.gz`` - no pickle, no joblib.

Modules: :mod:`.text` (span checks, masking), :mod:`.lexicon` (VADER), :mod:`.roles` (the
target's role in its clause), :mod:`.label_roles` (roles read at labelling time only),
:mod:`.message_roles` (two more: a threat "posed by" the target, a deterrent message's
recipient), :mod:`.agent_roles` (the agent of a hostile act after *by* and a phrase naming
its aim, or of a passive hostile verb), :mod:`.vow_roles` (a hostile act's agent after a
participle, a vow of stern measures, a response by force, the one exhorted), :mod:`.speaker_roles`
(neutral-leaning: the admonisher, a glossed term, a disavowal of nuclear arms, eased worries),
:mod:`.arms_roles` (a build-up of nuclear or missile capabilities; one's own deterrent
strengthened), :mod:`.address_roles` (the warner across a time phrase, a speaker's possessive
descriptor, the one a demand is made of, the object of a hostile verb in a contingency),
:mod:`.questions` (mentions inside a question),
:mod:`.features`
(design matrix), :mod:`.model` (artefact loading and prediction), :mod:`.encoder_inputs`
(marked encoder inputs) and :mod:`.encoder` (the ONNX encoder). Fitting and the NewsMTSC
reader live in :mod:`.training`, which loading a model never imports.

Heavy libraries (scipy, scikit-learn, vaderSentiment, onnxruntime, tokenizers) are imported
inside functions, so ``import analysis`` stays cheap.
"""

from .encoder import EncoderToneModel, load_encoder_model
from .features import DENSE_NAMES, TargetToneFeaturizer, window_doc
from .loading import load_target_tone_model
from .model import (
    CALIBRATION_METHODS,
    CRITIC_NEUTRAL_WEIGHT,
    DEFAULT_KIND,
    FORMAT_VERSION,
    LABELS,
    MODEL_KINDS,
    RESOURCE_NAME,
    UNCERTAIN,
    UNCERTAIN_BELOW,
    TargetToneModel,
    calibrate,
    decide_labels,
    default_model_path,
    lean_critics_neutral,
    load_linear_model,
    read_artefact,
)
from .questions import QUESTION_REASON, in_question, mark_questions
from .roles import CRITIC, ROLES, adverse_role, mention_role
from .text import TARGET_TOKEN, mask_target, prepare, validate_span

__all__ = [
    "CALIBRATION_METHODS",
    "CRITIC",
    "CRITIC_NEUTRAL_WEIGHT",
    "DEFAULT_KIND",
    "DENSE_NAMES",
    "EncoderToneModel",
    "FORMAT_VERSION",
    "LABELS",
    "MODEL_KINDS",
    "QUESTION_REASON",
    "RESOURCE_NAME",
    "ROLES",
    "TARGET_TOKEN",
    "TargetToneFeaturizer",
    "TargetToneModel",
    "UNCERTAIN",
    "UNCERTAIN_BELOW",
    "adverse_role",
    "calibrate",
    "decide_labels",
    "in_question",
    "lean_critics_neutral",
    "load_encoder_model",
    "default_model_path",
    "load_linear_model",
    "load_target_tone_model",
    "mark_questions",
    "mask_target",
    "mention_role",
    "prepare",
    "read_artefact",
    "validate_span",
    "window_doc",
]
