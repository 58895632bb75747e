"""Roles of :mod:`analysis.metrics.target_tone.vow_roles` (adverse, read at labelling time) and
:mod:`analysis.metrics.target_tone.speaker_roles` (neutral-leaning). Sentences written for these
tests in the styles of wire copy, think-tank commentary, Korean English-language press and
North Korean and Chinese statements as reported; the target is marked with « »."""

from __future__ import annotations

import pytest

from analysis.metrics import target_tone as tt
from analysis.metrics.target_tone import speaker_roles, vow_roles
from analysis.metrics.target_tone.text import PreparedExample
from tests.tone_mentions import first_mentions, prepared


def _prepared(sentence: str) -> PreparedExample:
    return prepared(sentence, "«»")


ROLE_CASES = [
    # a hostile act's agent after a participle
    ("Last week saw three cruise missile tests conducted by «North Korea» and a new round of "
     "talks in Geneva.", "hostile_source"),
    ("The provocations staged by «the DPRK» this spring drew a joint statement.",
     "hostile_source"),
    ("Officials counted the cyberattacks carried out by «Russia» against the grid.",
     "hostile_source"),
    ("The survey conducted by «Gallup» found wide support for the alliance.", ""),
    ("A safety test conducted by «Samsung» found no fault.", ""),
    ("The exercises conducted by «South Korea» and the US ended on Friday.", ""),
    # a vow of stern measures by the clause's subject, or by itself after a speech verb
    ("«Pyongyang» said its troops are watching the drills closely and are ready to take any "
     "necessary measures to defend the country.", "vower"),
    ("«North Korea» vowed to take corresponding countermeasures against the deployment.",
     "vower"),
    ("«The DPRK»'s armed forces are prepared to take decisive action against any provocation.",
     "vower"),
    ("«Beijing» said it would take steps in response to the sale.", "vower"),
    ("The agreement \"leaves us [«North Korea»] a situation where we are forced to take "
     "stronger action,\" she said.", "vower"),
    # the vow is another's, or the measures help: no role
    ("«Pyongyang» said Washington will take strong measures against it.", ""),
    ("«South Korea» will take necessary steps to support its exporters.", ""),
    ("The pact \"offers us [«North Korea»] a chance to show we are ready for talks,\" she said.",
     ""),
    ("«Japan» said the allies who take decisive action deserve praise.", ""),
    # a response by force
    ("«North Korea» responded to the drills by staging its own artillery drills near the "
     "border.", "hostile_source"),
    ("«Seoul» responded by testing a new vaccine.", ""),
    # the one exhorted
    ("«North Korea» should answer the government's sincere offer of dialogue and join efforts "
     "for peace, the minister said.", "pressure_object"),
    ("The envoy said «Beijing» must not shield Pyongyang from sanctions.", "pressure_object"),
    ("«Seoul» should be proud of its record, the ambassador said.", ""),
    ("Analysts said «Washington» is right to insist on talks.", ""),
    # the admonisher: tells others what to do, or answers another by words
    ("«China» hopes that Seoul and Washington will faithfully honour their obligations and work "
     "for peace, the spokesman said.", "admonisher"),
    ("«China» reminds Seoul and Washington of their treaty duties", "admonisher"),
    ("«The foreign ministry» on Monday called on both sides to show restraint.", "admonisher"),
    ("«Kim» responded to the summit and Yoon's cordial welcome in Washington by predicting that "
     "Biden would lose the next vote.", "admonisher"),
    ("«China» hopes to improve ties with Seoul this year.", ""),
    # urging and ordering others, also through a title or a name the body word introduces
    ("«North Korean» leader Kim Jong Un urged his generals to \"speed up\" preparations for "
     "war, state media said.", "admonisher"),
    ("North Korean leader «Kim Jong Un» on Sunday called on his air force to stand ready for "
     "any invasion.", "admonisher"),
    ("«Chinese» Foreign Minister Wang Yi urged Tokyo to keep out of the dispute.", "admonisher"),
    ("«Pyongyang» ordered its border units to stay on alert.", "admonisher"),
    ("The State Department urged «North Korea» to come back to the table.", ""),
    ("«North Korean» leader Kim Jong Un praised the new destroyer's crew.", ""),
    ("«Tokyo» wants to join the talks.", ""),
    # the term a sentence explains
    ("«ROK» stands for Republic of Korea, as the South calls itself.", "glossed"),
    ("The acronym is short for «Democratic People's Republic of Korea», the North's formal "
     "title.", "glossed"),
    ("«The DPRK» stands firm on its demands, the agency said.", ""),
    # the one said not to seek nuclear arms, and the one whose worries are eased
    ("He said «South Korea», as a member of the treaty, \"will never possess nuclear "
     "weapons,\" calling it a firm pledge.", "disavowed"),
    ("He stressed that «Japan» has no intention of acquiring nuclear weapons.", "disavowed"),
    ("The minister flatly dismissed any idea of «Seoul» building nuclear weapons of its own.",
     "disavowed"),
    ("Officials said the new steps aim to ease «South Korean» worries over the North.",
     "protected"),
    ("«North Korea» will not give up its nuclear weapons.", ""),
    ("«Pyongyang» has never developed a taste for talks.", ""),
    ("Critics say «Seoul» is developing its own nuclear weapons in secret.", "hostile_source"),
    # a mention that cuts a name short is read through the rest of the name
    ("BOSTON - «President Yoon» Suk Yeol denounced efforts to alter borders by force in a "
     "speech on Friday.", "critic"),
]


@pytest.mark.parametrize("sentence,role", ROLE_CASES)
def test_role(sentence, role):
    assert tt.mention_role(_prepared(sentence)) == role


def test_new_roles_are_adverse_or_neutral_leaning():
    assert {"hostile_source", "pressure_object"} <= set(tt.ROLES)
    assert set(speaker_roles.NEUTRAL_LEANING) <= set(tt.roles.NEUTRAL_LEANING)


@pytest.mark.parametrize("words,expected", [
    (["more", "decisive", "action"], True),
    (["any", "necessary", "measures"], True),
    (["steps", "in", "reaction"], True),
    (["countermeasures"], True),
    (["necessary", "measures", "to", "support"], False),
    (["measures"], False),
    (["a", "walk"], False),
])
def test_stern_measures(words, expected):
    assert vow_roles._stern_measures(words) is expected


@pytest.mark.parametrize("text,expected", [
    (" Suk Yeol condemned the move", " condemned the move"),
    (" Suk-yeol's office said", "'s office said"),
    (" Daily reported", " reported"),
    (" and Tokyo agreed", " and Tokyo agreed"),
    (" Kim Jong Un Said", " Kim Jong Un Said"),
])
def test_after_name(text, expected):
    assert speaker_roles.after_name(text) == expected


def test_warm_sentences_are_not_read_as_favour():
    """Sentences whose warm words are not aimed at the actor: before these roles the model
    read each as positive toward it; none is positive now."""
    texts = [
        "Amid three cruise missile tests conducted by North Korea, the calm and successful "
        "opening of the consultative group was the week's best news for lasting peace.",
        "North Korea should answer the government's sincere offer of dialogue and join efforts "
        "for peace and coexistence, the minister said.",
        "\"China hopes that Seoul and Washington will faithfully honour their obligations and "
        "do things that promote peace and stability,\" the spokesman said.",
    ]
    rows = first_mentions(texts)
    for doc_id, actor in (("w0", "North Korea"), ("w1", "North Korea"), ("w2", "China")):
        row = rows[(doc_id, actor)]
        assert row["role"] in {"hostile_source", "pressure_object", "admonisher"}, row["role"]
        assert row["tone_label"] != "positive", (doc_id, row["tone_label"])


@pytest.mark.parametrize("sentence,role", [
    ("Voters asked what «Senator Lee» stands for.", ""),
    ("«Democratic People's Republic of Korea» is the formal name used by Pyongyang.",
     "glossed"),
    # the critic's verb right after the name in a title-case headline is not taken for a name
    ("Still Angry, «Jimmy Kimmel» Blames Late Night Critics for Ratings Slide", "critic"),
])
def test_no_gloss_of_a_creed_and_no_name_tail_in_a_headline(sentence, role):
    assert tt.mention_role(_prepared(sentence)) == role
