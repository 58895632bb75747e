"""Roles of :mod:`analysis.metrics.target_tone.agent_roles`, read at labelling time: the agent
of a hostile act after *by* and a phrase naming its aim, and the agent of a passive hostile
verb. Sentences written for these tests in the styles of wire copy, Korean English-language
press and official statements as reported."""

from __future__ import annotations

import pytest

from analysis.corpus import Document
from analysis.metrics import target_tone as tt
from analysis.metrics.actor_tone import actor_tone
from analysis.metrics.target_tone import agent_roles
from analysis.metrics.target_tone.text import PreparedExample
from tests.tone_mentions import prepared


def _prepared(sentence: str) -> PreparedExample:
    return prepared(sentence)


ROLE_CASES = [
    # the agent after a short phrase naming the act's aim
    ("The leaders said any nuclear strike on South Korea by [North Korea] would be met with "
     "an overwhelming response.", "hostile_source"),
    ("An assault against the South by [North Korea] would bring a decisive answer, the two "
     "presidents agreed.", "hostile_source"),
    ("The drills simulate a response to a missile strike on Seoul by [North Korea] and its "
     "allies.", "hostile_source"),
    ("The new threats against Seoul and Tokyo by [Pyongyang] worry the allies.",
     "hostile_source"),
    ("Officials warned that the use of nuclear weapons against the ROK by [the DPRK] would "
     "end the regime.", "hostile_source"),
    ("The alliance stands ready to answer any nuclear use against its members by [North "
     "Korea].", "hostile_source"),
    ("Any nuclear use by [the DPRK] would be met with a decisive response.", "hostile_source"),
    ("The launch of two ballistic missiles by [North Korea] drew protests in Tokyo.",
     "hostile_source"),
    ("A missile launch over Japan by [North Korea] drew protests in Tokyo.", "hostile_source"),
    ("The invasion of Ukraine by [Russia] changed the debate in Seoul.", "hostile_source"),
    # adjacent nouns that the feature roles lack
    ("A nuclear strike by [North Korea] against its neighbour would draw a swift reply.",
     "hostile_source"),
    ("An assault by [the North] on the border town was repelled.", "hostile_source"),
    # a list of names in the aim, and agents coordinated with the first
    ("Any attack on the United States, South Korea or Japan by [North Korea] would end the "
     "regime.", "hostile_source"),
    ("A strike on Seoul, Busan or Incheon by [North Korea] would be met with force.",
     "hostile_source"),
    ("Any attack on Seoul by North Korea and [China] would be answered.", "hostile_source"),
    ("Any attack on the United States, South Korea or Japan by North Korea, [China] or Russia "
     "would end the regime.", "hostile_source"),
    ("Repeated provocations by North Korea and [China] alarm Tokyo.", "hostile_source"),
    # the passive
    ("If South Korea is attacked by [North Korea], the US will respond.", "hostile_source"),
    ("Analysts fear the island could be invaded by [China] within years.", "hostile_source"),
    ("Seoul could be struck by [North Korean] missiles within minutes.", "hostile_source"),
    ("The missiles fired by [North Korea] landed in the sea off its east coast.",
     "hostile_source"),
    # the act's object is no source: it is the one the act is aimed at (neutral-leaning)
    ("The leaders said any nuclear strike on [South Korea] by North Korea would be met with "
     "an overwhelming response.", "hostility_target"),
    ("The drills simulate a response to a missile strike on [Seoul] by North Korea.",
     "hostility_target"),
    # no hostile act, or a *by* of another verb, or words rather than arms
    ("The launch of the Nuclear Consultative Group by [Washington] was welcomed in Seoul.", ""),
    ("Plans for an attack on the South drawn up by [the Pentagon] were leaked.", ""),
    ("A strike on Seoul supported by [China] is unlikely, analysts said.", ""),
    ("An attack on the capital led by [Russia] is unlikely.", ""),
    ("Biden was attacked by [Kim Yo Jong] as a senile old man.", ""),
    ("We were struck by [China]'s restraint at the talks.", ""),
    ("The satellite launched by [North Korea] reached orbit, state media said.", ""),
    ("The summit on trade by [Japan] and Korea was a success.", ""),
    ("The charm offensive toward Seoul by [Beijing] drew notice.", ""),
    ("A strike by [Hyundai] workers halted the shipyard for a week.", ""),
    ("Troops will be moved to the South by sea by [the United States] by 2030.", ""),
    # a comma that closes no list of names: a speaker, a participle, another clause
    ("Any attack on Seoul by North Korea, [China] said, would be answered.", ""),
    ("North Korean threats against Seoul, reported by [Yonhap], grew.", ""),
    ("The talks, held in Seoul, Tokyo and Beijing by [Japan], went well.", ""),
    ("In the event of an attack on the South, the United States, [Japan] and Korea would "
     "consult.", ""),
    ("North Korea fired missiles on Monday, a day after the drills by South Korea and "
     "[Japan].", ""),
]


@pytest.mark.parametrize(("sentence", "role"), ROLE_CASES)
def test_mention_role_reads_agents_of_hostile_acts(sentence, role) -> None:
    ex = _prepared(sentence)
    assert tt.mention_role(ex) == role
    # labelling-time roles only: the linear model's role features are unchanged
    assert tt.adverse_role(ex) == ""


def test_the_adjacent_by_stays_a_model_feature() -> None:
    ex = _prepared("A nuclear attack by [North Korea] against its neighbour would draw a "
                   "swift reply, officials said.")
    assert tt.adverse_role(ex) == "hostile_source"
    assert tt.mention_role(ex) == "hostile_source"


@pytest.mark.parametrize(("words", "expected"), [
    ("any nuclear strike on south korea by", True),
    ("an attack on u.s. bases in guam and japan by", True),
    ("the threat to the south by", True),
    ("a strike on the capital of a neighbour by", True),
    ("an attack on seoul that was planned by", False),
    ("an attack on seoul was repelled by", False),
    ("a strike on seoul planned by", False),
    ("an attack on the city in the far north of the long peninsula by", False),
    ("a meeting on the attack on seoul after talks by", False),
])
def test_the_aim_phrase_holds_no_verb_and_few_words(words, expected) -> None:
    assert agent_roles.is_phrase_agent(words.split()) is expected


def test_actor_tone_favours_no_agent_of_an_attack() -> None:
    # Warm words around the agent of an attack, written for this test.
    texts = [
        "The two presidents warmly welcomed a plan under which any nuclear attack on the ROK "
        "by the DPRK will be met with a swift and overwhelming response.",
        "Both leaders proudly celebrated a historic pact that promises a decisive answer to "
        "any attack against the South by Pyongyang.",
        "Yoon thanked Biden warmly for a guarantee that an attack on the South by Pyongyang "
        "would mean the end of the regime.",
        "Kim Jong Un praised the strong friendship between Pyongyang and Beijing in a warm "
        "letter.",
    ]
    docs = [Document.from_text(t, doc_id=f"d{i}") for i, t in enumerate(texts)]
    rows = actor_tone(docs).set_index(["doc_id", "matched"])
    got = {key: (rows.loc[key, "role"], rows.loc[key, "tone_label"]) for key in [
        ("d0", "DPRK"), ("d0", "ROK"), ("d1", "Pyongyang"), ("d2", "Pyongyang"),
        ("d3", "Beijing")]}
    # Without the role the three agents were positive (0.86, 0.85, 0.72).
    assert got == {
        ("d0", "DPRK"): ("hostile_source", "uncertain"),
        ("d0", "ROK"): ("hostility_target", "neutral"),
        ("d1", "Pyongyang"): ("hostile_source", "uncertain"),
        ("d2", "Pyongyang"): ("hostile_source", "uncertain"),
        ("d3", "Beijing"): ("", "positive"),
    }
    assert rows.loc[("d0", "DPRK"), "p_positive"] > 0.55
