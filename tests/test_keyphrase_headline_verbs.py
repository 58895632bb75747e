"""A capitalised headline word the tagger reads as a verb is no keyphrase
(``analysis.metrics.keyphrase_groups.drop_headline_only``), on texts written for these tests in
the styles of real coverage: an aggregator's rewrite under a title-case headline."""

import pytest

from analysis.metrics import keyphrase_groups
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import default_tagger

FLEET = ("Northern Fleet To Strengthen Coastal Patrols Amid Rising Friction\n\n"
         "The northern fleet has announced plans to add coastal patrols after a season of "
         "friction with its neighbours, the agency reports.\n\n"
         "Its commander said the patrols would guard fishing grounds and the harbour "
         "approaches through the winter.\n")

DRILLS = ("Foreign Ministry Faults Joint Drills for Threatening Regional Calm\n\n"
          "A foreign ministry spokeswoman said the joint drills near the border were feeding "
          "an arms race in the region.\n\n"
          "She urged both governments to return to talks and to keep the border calm.\n")


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


@pytest.mark.parametrize(("text", "verb"), [(FLEET, "strengthen"), (DRILLS, "threatening")])
def test_a_headline_verb_written_nowhere_else_is_no_candidate(text, verb):
    assert verb not in keys(text)


@pytest.mark.parametrize(("text", "verb"), [(FLEET, "strengthen"), (DRILLS, "threatening")])
def test_without_the_rule_the_headline_verb_stays(monkeypatch, text, verb):
    monkeypatch.setattr(keyphrase_groups, "HEADLINE_VERBS", False)
    assert verb in keys(text)


def test_headline_nouns_and_body_phrases_stay():
    found = keys(FLEET)
    assert {"coastal patrol", "northern fleet", "friction"} <= found  # keys: light stems
