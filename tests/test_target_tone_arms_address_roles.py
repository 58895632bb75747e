"""Roles of :mod:`analysis.metrics.target_tone.arms_roles` (a build-up of nuclear or missile
capabilities; the one who strengthens its own deterrent) and
:mod:`analysis.metrics.target_tone.address_roles` (the warner across a time phrase, a speaker's
possessive descriptor, the one a demand is made of, the object of a hostile verb in a
contingency), plus a nuclear umbrella *over* the protected. Sentences written for these tests
in the styles of wire copy, think-tank briefs, Korean English-language press and North Korean
and Chinese statements as reported; the target is marked with « »."""

from __future__ import annotations

import pytest

from analysis.metrics import target_tone as tt
from analysis.metrics.target_tone import address_roles, arms_roles
from tests.tone_mentions import first_mentions, prepared

ROLE_CASES = [
    # a build-up of nuclear or missile capabilities (adverse)
    ("Since 2006 «Pyongyang» has steadily advanced its nuclear capabilities through repeated "
     "underground tests.", "hostile_source"),
    ("* «The North» keeps pushing ahead with the development of solid-fuel missiles that could "
     "reach Guam.", "hostile_source"),
    ("«North Korea» has been diversifying and strengthening its missile forces, the brief "
     "says.", "hostile_source"),
    ("Analysts expect «Pyongyang» to speed up the production of tactical nuclear warheads.",
     "hostile_source"),
    ("«Seoul» will strengthen its missile defence capabilities under the new budget.", ""),
    ("«Tokyo» is improving its ties with Canberra.", ""),
    ("«Seoul» is pushing ahead with the development of a new fighter jet.", ""),
    ("No one believes «Seoul» will advance its nuclear capabilities.", ""),
    # the one who strengthens its own deterrent (neutral-leaning)
    ("The agency said «the DPRK» would further bolster its nuclear war deterrent in answer to "
     "the drills.", "deterrer"),
    ("«North Korea» is required to improve its own nuclear deterrent, the statement said.",
     "deterrer"),
    ("He said «the country»'s nuclear war prevention capability must be strengthened without "
     "limit.", ""),
    ("He said «the country»'s nuclear war prevention must be strengthened without limit.",
     "deterrer"),
    ("Officials said «Washington» will strengthen extended deterrence for its allies.", ""),
    ("«Seoul»'s lack of a deterrent must be addressed, critics say.", ""),
    ("«Washington» will strengthen its extended deterrence for Seoul.", ""),
    ("«Tokyo» will improve its relations with Seoul and its deterrence.", ""),
    ("«Seoul» welcomed steps to bolster the alliance's deterrent.", ""),
    # a vow of force by the actor's own forces (the vower, neutral-leaning)
    ("He added that «North Korea»'s naval defence would not be confined to one area but would "
     "cover whatever waters are needed to keep peace.", "vower"),
    ("The armed forces of «the DPRK» shall defend the homeland and repel any reckless US "
     "moves.", "vower"),
    ("The forces of «Japan» will hold drills next week.", ""),
    ("«North Korea»'s army will parade on Saturday.", ""),
    ("«Japan»'s military will respond to the flood.", ""),
    # the warner across a time phrase or a verb of delivery (the critic, neutral-leaning)
    ("«Biden» on Thursday delivered a blunt warning to Pyongyang over its launches.", "critic"),
    ("At a joint briefing, «Kishida» directed a pointed warning at Beijing.", "critic"),
    ("Leaders «Kishida» and Yoon exchanged warnings to Pyongyang after the launch.", "critic"),
    ("Leaders Kishida and «Yoon» exchanged warnings to Pyongyang after the launch.", "critic"),
    ("«Seoul» on Monday issued new guidance on travel.", ""),
    ("Pyongyang sent a warning to «Tokyo» over the patrols.", "pressure_object"),
    # a person the speaker is described by through a possessive
    ("«Kim Jong Un»'s younger sister, Kim Yo Jong, lashed out at the summit on Sunday.",
     "critic_descriptor"),
    ("«Kim Jong Un»'s sister said the pact would only bring more danger.", "critic_descriptor"),
    ("«Kim Jong Un»'s sister is seen as a likely successor.", ""),
    ("«Biden»'s aide praised the summit.", ""),
    # the one a demand is made of (adverse)
    ("Seoul also demanded real cooperation from «Beijing» in curbing the threat.",
     "pressure_object"),
    ("The premier demanded that «Moscow» halt its arms deals with Pyongyang.",
     "pressure_object"),
    ("Seoul asked for advice from «Tokyo».", ""),
    # the object of a hostile verb in a contingency or with weapons (neutral-leaning)
    ("Yoon promised a crushing answer if Pyongyang ever attacks «the South» with nuclear arms.",
     "hostility_target"),
    ("Should the North strike «Seoul», the response would be swift.", "hostility_target"),
    ("Kim Yo Jong attacks «Biden» as a senile old man.", ""),
    # the protected, under an umbrella over it
    ("The pact bolsters the American nuclear umbrella over «the South».", "protected"),
    ("Beijing wants control over «Taiwan».", ""),
    ("He resigned from the Ministry of Defence over «Japan»'s stance.", ""),
]


@pytest.mark.parametrize("sentence,role", ROLE_CASES)
def test_role(sentence, role):
    assert tt.mention_role(prepared(sentence, "«»")) == role


def test_roles_are_adverse_or_neutral_leaning():
    assert arms_roles.DETERRER in tt.roles.NEUTRAL_LEANING
    assert address_roles.CRITIC == tt.CRITIC
    assert address_roles.CRITIC_DESCRIPTOR in tt.roles.NEUTRAL_LEANING


@pytest.mark.parametrize("words,expected", [
    (["its", "nuclear", "capabilities"], True),
    (["the", "missile", "programme"], True),
    (["its", "missile", "defence", "capabilities"], False),
    (["its", "military", "capabilities"], False),
    (["its", "nuclear", "deterrent"], False),
    (["two", "nuclear", "weapons"], True),
    (["weapons", "and", "nuclear"], False),
])
def test_arms_words(words, expected):
    assert arms_roles._arms(words) is expected


def test_warm_sentences_are_not_read_as_favour():
    """Sentences whose warm words are not aimed at the actor: before these roles the model
    read each as positive toward it; none is positive now."""
    texts = [
        "The leader said North Korea's proud nuclear war deterrent must be strengthened to "
        "guarantee peace and a bright future.",
        "North Korea has greatly advanced its nuclear capabilities with successful tests while "
        "refining and diversifying its delivery systems.",
        "Seoul also demanded cooperation from China, a permanent Security Council member "
        "and a respected regional partner, in easing tensions.",
    ]
    rows = first_mentions(texts)
    for doc_id, actor, role in (("w0", "North Korea", "deterrer"),
                                ("w1", "North Korea", "hostile_source"),
                                ("w2", "China", "pressure_object")):
        row = rows[(doc_id, actor)]
        assert row["role"] == role, (doc_id, row["role"])
        assert row["tone_label"] != "positive", (doc_id, row["tone_label"])
