"""The substring gates before costly patterns: every match of the pattern holds one of the
gate's words, so a text without any has no match (read from the compiled pattern), and the
readings behind the gates are unchanged on sentences written for these tests."""

import re
import re._parser as sre_parse
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    BRANCH,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    SUBPATTERN,
)

import pytest

from analysis.corpus import minor_reports, speech_acts
from analysis.corpus.minor_reports import closing_source
from analysis.corpus.speech_acts import ACT_STEMS, act_subject


def _heads(items: list) -> set[str]:
    """The literal openings of the matches of a parsed pattern, one per path, each cut at the
    first element that is no literal character."""
    if not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is LITERAL:
        return {chr(av) + h for h in _heads(rest)}
    if op in (AT, ASSERT, ASSERT_NOT):  # zero width
        return _heads(rest)
    if op is SUBPATTERN:
        return _heads(list(av[3]) + rest)
    if op is BRANCH:
        return set().union(*(_heads(list(b) + rest) for b in av[1]))
    if op in (MAX_REPEAT, MIN_REPEAT):
        low, _, body = av
        return _heads(list(body)) | (_heads(rest) if low == 0 else set())
    return {""}


def test_every_act_match_opens_with_a_gate_word():
    pattern = speech_acts._ACT_RE
    assert not pattern.flags & re.IGNORECASE
    heads = _heads(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    assert len(heads) > 40  # the alternatives were read, not one empty opening
    assert [h for h in heads if not h.startswith(ACT_STEMS)] == []


def test_closing_source_patterns_hold_their_gate_words():
    # "as stated by", "as noted by", ...: each alternative of the verb group is a gate word.
    verbs = re.search(r"\(\?:([a-z|]+)\)", minor_reports._AS_STATED_RE.pattern).group(1)
    assert set(verbs.split("|")) == set(minor_reports._STATING)
    assert minor_reports._EXPLAINING_RE.pattern.count("explaining") == 2


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The foreign ministry lashed out at the joint drills on Tuesday.", "The foreign ministry"),
    ("Opposition lawmakers took issue with the wording of the pledge.", "Opposition lawmakers"),
    ("The senator characterized the new group as a paper tiger.", "The senator"),
    ("Beijing highly assessed that the talks had gone well.", "Beijing"),
    ("Pyongyang's envoy condemned the plan in a long speech.", "Pyongyang's envoy"),
    ("The two leaders met in the Oval Office for an hour.", None),
])
def test_act_subject_behind_the_gate(sentence, subject):
    assert act_subject(sentence) == subject


@pytest.mark.parametrize(("sentence", "source"), [
    ("Deterrence now rests on both allies, as stated by the deputy adviser.",
     ("the deputy adviser", True)),
    ("Park raised the worries with his aides, explaining that the group was new.",
     ("Park", False)),
    ("The group will meet twice a year in Seoul.", (None, False)),
])
def test_closing_source_behind_the_gate(sentence, source):
    assert closing_source(sentence) == source
