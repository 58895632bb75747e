"""Tone toward actors: a country named in a post held toward it is no mention of it, "Sung
Kim" is not Kim Jong Un in a document, and three more ways news addresses an adversary.

- "US Special Representative for North Korea Sung Kim" named North Korea as an actor the
  sentence was positive about (real coverage: a positive
  label for North Korea in a sentence about deterrence against it).
- The answer to an adversary ("the best answer to [Pyongyang]"), a show of strength to it
  ("showed [North Korea] what a united alliance can do") and tensions with it ("amid
  tensions with [North Korea]") are adverse roles: a positive reading is ``uncertain``, so no
  actor is favoured on the strength of sentences that deter it (a newcomer's sentences). A
  reply to an ally's request is no such answer.

Every sentence here was written for this file in the style of wire copy and commentary; none
is copied. The expected values were checked by hand.
"""

from pathlib import Path

import pytest

from analysis.corpus import load_corpus
from analysis.metrics.actor_tone import actor_tone
from analysis.metrics.actors import find_actor_mentions


def actors(text: str) -> list[str]:
    return [m[2] for m in find_actor_mentions(text)]


def test_a_post_toward_a_country_names_no_actor():
    assert actors("The US Special Representative for North Korea spoke on Tuesday.") == [
        "United States"]
    assert actors("The US Ambassador to South Korea, Philip Goldberg, met Yoon.") == [
        "United States", "Yoon Suk Yeol"]
    assert actors("China's special envoy to the Korean Peninsula visited Seoul.") == [
        "China", "South Korea"]
    # an envoy sent to a capital still names the state it is sent to
    assert actors("Washington sent an envoy to Beijing.") == ["United States", "China"]
    assert actors("China will send a special envoy to Pyongyang next week.") == [
        "China", "North Korea"]


def test_a_given_name_before_kim_is_another_kim_in_a_document(tmp_path):
    from analysis.metrics.actors import actor_mentions

    (tmp_path / "a.txt").write_text("Special Representative for North Korea Sung Kim spoke. "
                                    "Kim Jong Un fired missiles. Harry Kim said it was expected.\n",
                                    encoding="utf-8")
    found = actor_mentions(load_corpus(tmp_path))
    assert found["actor"].tolist() == ["Kim Jong Un"]
    # a headline's verb is no given name; Trump is listed from actor list 9 on
    assert actors("Trump Meets Kim in Singapore") == ["Donald Trump", "Kim Jong Un"]


def tone_by_sentence(folder: Path, texts: list[str]):
    """The actor tone table of one document per sentence (``s0``, ``s1``, ...), indexed by
    document and actor."""
    for i, text in enumerate(texts):
        (folder / f"s{i}.txt").write_text(text + "\n", encoding="utf-8")
    return actor_tone(load_corpus(folder)).set_index(["doc_id", "actor"])


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return tone_by_sentence(Path(tmp_path_factory.mktemp("answers")), [
             "A strong and united alliance is the best answer to Pyongyang.",
             "The allies proudly showed North Korea what a united alliance can do.",
             "Amid tensions with North Korea, the two allies agreed to deepen cooperation.",
             "The best answer to Beijing's request for talks came on Friday.",
             "The summit showed Seoul what a strong and trusted friend Washington is.",
             "The White House sent a quick reply to Seoul on Tuesday.",
             "Seoul moved to ease tensions with Tokyo over the labor dispute."])


@pytest.mark.parametrize("doc, role", [("s0", "pressure_object"), ("s1", "pressure_object"),
                                       ("s2", "hostile_source")])
def test_an_adversary_answered_shown_or_in_tension_is_not_favoured(table, doc, role):
    row = table.loc[(doc, "North Korea")]
    assert row["role"] == role
    assert row["tone_label"] != "positive"


@pytest.mark.parametrize("doc, actor", [
    ("s3", "China"),  # the best answer to a request: the possessive names what is answered
    ("s4", "South Korea"),  # a show of friendship
    ("s5", "South Korea"),  # a reply with no word of deterrence
    ("s6", "Japan"),  # easing tensions
])
def test_answers_shows_and_tensions_of_goodwill_are_no_adverse_role(table, doc, actor):
    assert table.loc[(doc, actor), "role"] == ""


@pytest.fixture(scope="module")
def shows(tmp_path_factory):
    return tone_by_sentence(Path(tmp_path_factory.mktemp("shows")), [
             "Washington showed its strength to Pyongyang by sending a submarine to Busan.",
             "The alliance sent a clear message of strength to North Korea.",
             "The Pentagon sent bombers to show North Korea that aggression would be met.",
             "The visit showed Seoul that Washington stands by its ally."])


@pytest.mark.parametrize("doc, actor, role", [
    ("s0", "North Korea", "pressure_object"), ("s1", "North Korea", "pressure_object"),
    ("s2", "North Korea", "pressure_object"), ("s3", "South Korea", "")])
def test_a_show_of_strength_presses_its_addressee(shows, doc, actor, role):
    assert shows.loc[(doc, actor), "role"] == role
    if role:
        assert shows.loc[(doc, actor), "tone_label"] != "positive"


def test_an_ambassador_sent_to_a_capital_names_its_country():
    assert actors("Seoul will send its ambassador to Beijing next week.") == [
        "South Korea", "China"]


def test_a_countrys_ambassador_as_speaker_leans_its_country_neutral():
    # Was positive toward North Korea (0.70-0.82): the ambassador's words about his country.
    from tests.tone_mentions import first_mentions

    rows = first_mentions([
        "North Korea's ambassador to the United Nations said on Tuesday his country must "
        "urgently bolster its self-defense capabilities.",
        "North Korea's ambassador said his country would bolster its self-defense capabilities."])
    for doc in ("w0", "w1"):
        row = rows[(doc, "North Korea")]
        assert row["role"] == "critic_descriptor" and row["tone_label"] != "positive"
