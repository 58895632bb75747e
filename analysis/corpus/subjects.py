"""The subject noun phrase of a sentence, read with the packaged part-of-speech tagger.

A sentence the learned model promotes to reported speech (:mod:`analysis.corpus.attribution_model`)
has no reporting clause to name its source: its source is, as a rule, its grammatical subject
(``His advisers believe ...``, ``In the House, lawmakers this week passed ...``, ``Those
greens have blamed ...``). The capitalised-words reading of
:func:`analysis.corpus.opening_subjects.sentence_subject` stops at ``His`` or ``More`` and finds
nothing in a lower-case subject; :func:`subject_phrase` reads the words before the sentence's
first verb instead, with the tags of :func:`analysis.corpus.tagger.tag_text`.
"""

from __future__ import annotations

from .speakers import SPEAKER_NOUNS

_MAX_WORDS = 8
"""A longer run of words before the first verb is no subject of this kind (a fronted clause)."""
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_VERBAL = frozenset({"VERB", "AUX"})
_OPENERS = frozenset({"ADP", "SCONJ", "ADV", "CCONJ", "VERB", "AUX", "PART", "INTJ"})
"""Tags of a first word that opens a fronted phrase (``In Seoul,``, ``Still,``, ``Asked
about``), not a subject."""
_LEADS = frozenset("but and so yet still".split())
_SUBORDINATORS = frozenset("when while if because although though whether".split())
"""Words that open a clause: the words before the first verb that hold one are no subject."""


def subject_phrase(sentence: str) -> str | None:
    """The words before the first verb of ``sentence``, after a fronted phrase ending in a
    comma (``In the House, lawmakers ...``) and an opening conjunction, up to a determiner that
    follows a noun (``lawmakers this week`` gives ``lawmakers``); ``None`` when they hold no
    noun, name, pronoun or number, when they hold a subordinator (``Usually when history is
    made``), when there are more than eight of them or when the sentence has no verb.
    ``His advisers believe that`` gives ``His advisers``; ``Experts question whether`` gives
    ``Experts`` (the tagger reads *question* as a noun)."""
    from .tagger import tag_text

    tags = tag_text(sentence)
    verb = next((i for i, t in enumerate(tags) if t[3] in _VERBAL), None)
    if not verb:
        return None
    start = 0
    comma = sentence.rfind(",", 0, tags[verb][0])
    if comma >= 0:
        if tags[0][3] not in _OPENERS:
            return None  # "Kim, 45, a teacher, said": an appositive, not a fronted phrase
        start = next(i for i, t in enumerate(tags) if t[0] > comma)
    while start < verb and (tags[start][2].lower() in _LEADS or tags[start][3] == "CCONJ"):
        start += 1
    words = tags[start:verb]
    if not words or len(words) > _MAX_WORDS:
        return None
    k = next((i for i, t in enumerate(words) if t[2].lower() == "whether"), 0)
    if k >= 2 and words[k - 1][3] == "NOUN" and (words[k - 2][3] in {"NOUN", "PROPN"} or
                                                 words[k - 2][2].lower() in SPEAKER_NOUNS):
        return sentence[words[0][0]:words[k - 2][1]]  # "experts question whether": a verb
    end = len(words)
    for i in range(1, len(words)):
        if words[i][3] == "DET" and words[i - 1][3] in {"NOUN", "PROPN"}:
            end = i
            break
    words = words[:end]
    while words and words[-1][3] in {"ADV", "PUNCT", "ADP", "DET", "CCONJ"}:
        words = words[:-1]
    if not any(t[3] in _NOMINAL for t in words) or any(t[2] in _SUBORDINATORS for t in words):
        return None  # no noun, or a clause ("Usually when history is made")
    return sentence[words[0][0]:words[-1][1]]
