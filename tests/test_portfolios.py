"""A post's field between a role noun and a name (analysis.corpus.portfolios): *secretary for
press affairs Kim Eun-hye* is Kim Eun-hye, while *an aide to President Biden* stays the aide.
Sentences written for these tests, in the style of Korean English-language press."""

import pytest

from analysis.corpus import Document
from analysis.corpus.portfolios import portfolio_tail, without_portfolio
from analysis.corpus.speakers import clean_name


@pytest.mark.parametrize(("words", "tail"), [
    ("for press affairs Kim Eun-hye", "Kim Eun-hye"),
    ("for national security Kim Tae-hyo", "Kim Tae-hyo"),
    ("of State Antony Blinken", "Antony Blinken"),
    ("to President Biden", "to President Biden"),  # a description, not a field
    ("for the ministry", "for the ministry"),
])
def test_portfolio_tail(words, tail):
    assert " ".join(portfolio_tail(words.split())) == tail


def test_without_portfolio_drops_only_a_field_before_a_name():
    assert without_portfolio("presidential secretary for press affairs Kim Eun-hye") == \
        "presidential secretary Kim Eun-hye"
    assert without_portfolio("secretary for press affairs") == "secretary for press affairs"
    assert without_portfolio("an aide to President Biden") == "an aide to President Biden"
    # an article opens no field: the minister described, not the minister's field
    assert without_portfolio("a spokesman for the minister of foreign affairs Park Jin") == \
        "a spokesman for the minister Park Jin"


def test_clean_name_drops_a_post_with_its_field():
    assert clean_name("Senior presidential secretary for press affairs Kim Eun-hye") == \
        "Kim Eun-hye"
    assert clean_name("Senior Presidential Secretary for Press Affairs Kim Eun-hye") == \
        "Kim Eun-hye"
    assert clean_name("Minister for Foreign Affairs Park Jin") == "Park Jin"
    assert clean_name("Secretary of State Antony Blinken") == "Antony Blinken"


@pytest.mark.parametrize(("text", "actor"), [
    ("An aide to the secretary of defense Lloyd Austin said the visit was postponed.",
     "an aide to the secretary of defense Lloyd Austin"),
    ("A spokesman for the minister of foreign affairs Park Jin said the talks went well.",
     "a spokesman for the minister of foreign affairs Park Jin"),
    ("The daughter of the secretary for press affairs Kim Eun-hye said she was proud.",
     "daughter of the secretary for press affairs Kim Eun-hye"),
])
def test_a_description_before_the_post_stays_the_one_described(text, actor):
    assert [s.actor for s in Document.from_text(text).sentences] == [actor]


def test_one_spokesperson_is_one_actor_under_every_naming():
    text = ("Senior presidential secretary for press affairs Kim Eun-hye told a briefing that "
            "the agreement was historic.\n\n"
            "Kim said President Yoon would brief party leaders next week.\n\n"
            "Presidential spokesperson Kim Eun-hye said the visit was a success.")
    doc = Document.from_text(text)
    assert [s.actor for s in doc.sentences] == ["Kim Eun-hye"] * 3
