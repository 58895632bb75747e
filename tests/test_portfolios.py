"""A post's field between a role noun and a name (analysis.corpus.portfolios): *secretary for
press affairs Kim Eun-hye* is Kim Eun-hye, while *an aide to President Biden* stays the aide.
Sentences written for these tests, in the style of Korean English-language press."""

import pytest

from analysis.corpus import Document
from analysis.corpus.portfolios import has_portfolio, portfolio_tail
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


def test_has_portfolio_only_before_a_name():
    assert has_portfolio("presidential secretary for press affairs Kim Eun-hye")
    assert not has_portfolio("secretary for press affairs")
    assert not has_portfolio("an aide to President Biden")


def test_clean_name_drops_a_post_with_its_field():
    assert clean_name("Senior presidential secretary for press affairs Kim Eun-hye") == \
        "Kim Eun-hye"
    assert clean_name("Secretary of State Antony Blinken") == "Antony Blinken"


def test_one_spokesperson_is_one_actor_under_every_naming():
    text = ("Senior presidential secretary for press affairs Kim Eun-hye told a briefing that "
            "the agreement was historic.\n\n"
            "Kim said President Yoon would brief party leaders next week.\n\n"
            "Presidential spokesperson Kim Eun-hye said the visit was a success.")
    doc = Document.from_text(text)
    assert [s.actor for s in doc.sentences] == ["Kim Eun-hye"] * 3
