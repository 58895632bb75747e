"""Roles of :mod:`analysis.metrics.target_tone.message_roles`, read at labelling time: the
source of a threat named a few words before "posed by", and the recipient of a deterrent
message. Sentences written for these tests in the styles of wire copy, Korean English-language
press and Chinese statements as reported."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.metrics import target_tone as tt
from analysis.metrics.actor_tone import actor_tone
from analysis.metrics.target_tone import message_roles
from analysis.metrics.target_tone.text import PreparedExample
from tests.tone_mentions import prepared


def _prepared(sentence: str) -> PreparedExample:
    return prepared(sentence)


ROLE_CASES = [
    # a threat, danger or risk posed by the target, a few words after the noun
    ("Officials in Tokyo spoke of the growing danger to peace in the region posed by [the "
     "DPRK].", "hostile_source"),
    ("The ministers discussed the risks to the alliance and to Japan posed by [Pyongyang]'s "
     "weapons.", "hostile_source"),
    ("He said the dangers of the policy posed by [China] and Russia were growing.",
     "hostile_source"),
    ("Analysts weighed the danger from [North Korea] against the cost of the drills.",
     "hostile_source"),
    # read for any target, an ally included
    ("Mao said the risk to regional stability posed by [Washington] was growing.",
     "hostile_source"),
    # no threat noun before "posed by"; the threatened is not the source
    ("The questions posed by [reporters] about the threat went unanswered.", ""),
    ("She spoke of the threat that the drills posed to [North Korea]'s security.", ""),
    # the recipient of a deterrent message: a stern adjective or a word of deterrence
    ("The submarine's visit is an unmistakable message to [North Korea] that the allies are "
     "ready.",
     "pressure_object"),
    ("The bomber flight sends a signal to [the North] ahead of the holiday.",
     "pressure_object"),
    ("The joint exercise is a stark reminder to [Pyongyang] of the allies' resolve.",
     "pressure_object"),
    ("The drills put [Pyongyang] on notice, an official said.", "pressure_object"),
    ("Kim's sister sent a warning message to [Washington] over the drills.", "pressure_object"),
    ("It is a clear message to [Pyongyang] that provocations will not win it the talks it "
     "wants.", "pressure_object"),
    # messages of goodwill, reassurance or dialogue, and plain messages, give no role
    ("Biden sent a message of support to [Seoul] after the summit.", ""),
    ("Kim Jong Un sent a congratulatory message to [Vladimir Putin] on Russia Day.", ""),
    ("Kim sent a message to [Xi Jinping] thanking him for his warm greetings.", ""),
    ("Moon sent a signal to [Pyongyang] that the door to dialogue remains open.", ""),
    ("The visit sends a clear message to [Seoul] that Washington stands by its ally.", ""),
    ("The envoy carried a message to [Tokyo] about the trade talks.", ""),
    # a message to a country's people is not pressure on the state
    ("The president delivered a message to the people of [North Korea] in a radio address.",
     ""),
    ("A defense official described the flight as a powerful signal of friendship with "
     "[Seoul].", ""),
]


@pytest.mark.parametrize(("sentence", "role"), ROLE_CASES)
def test_mention_role_reads_posed_threats_and_message_recipients(sentence, role) -> None:
    ex = _prepared(sentence)
    assert tt.mention_role(ex) == role
    # labelling-time roles only: the linear model's role features are unchanged
    assert tt.adverse_role(ex) == ""


def test_the_adjacent_posed_by_stays_a_model_feature() -> None:
    ex = _prepared("The threats posed by [Pyongyang] are growing.")
    assert tt.adverse_role(ex) == "hostile_source"
    left, _, _ = tt.roles.clause_words(ex)
    assert message_roles.is_posed_threat_source(left)


def test_actor_tone_favours_no_recipient_of_a_deterrent_message() -> None:
    # Wire and Korean-press styles, written for this test, with warm words around the actor.
    texts = [
        "Both leaders proudly hailed their great success in reducing the risks to the "
        "alliance posed by Pyongyang.",
        "The summit was a triumph, and the leaders happily vowed to meet every danger to the "
        "region posed by the DPRK.",
        "The leaders warmly praised the drills as a strong message to the North.",
        "Officials hailed the flight as a stark reminder to Pyongyang of the allies' shared "
        "resolve.",
        "Kim Jong Un sent a warm message to Beijing on the anniversary of the treaty.",
    ]
    docs = [Document.from_text(t, doc_id=f"d{i}") for i, t in enumerate(texts)]
    rows = actor_tone(docs).set_index(["doc_id", "matched"])
    got = {key: (rows.loc[key, "role"], rows.loc[key, "tone_label"]) for key in [
        ("d0", "Pyongyang"), ("d1", "DPRK"), ("d2", "the North"), ("d3", "Pyongyang"),
        ("d4", "Beijing")]}
    # Without these roles the first four were positive (0.90, 0.74, 0.82, 0.78).
    assert got == {
        ("d0", "Pyongyang"): ("hostile_source", "uncertain"),
        ("d1", "DPRK"): ("hostile_source", "uncertain"),
        ("d2", "the North"): ("pressure_object", "uncertain"),
        ("d3", "Pyongyang"): ("pressure_object", "uncertain"),
        ("d4", "Beijing"): ("", "positive"),
    }
    assert rows.loc[("d0", "Pyongyang"), "p_positive"] > 0.55
