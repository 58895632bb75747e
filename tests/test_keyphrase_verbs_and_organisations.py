"""Keyphrase candidates on coverage in the styles of wire copy and the Korean English-language
press (issue 14): a headline's verb after a name is no part of a candidate ("Seoul gains",
"Biden rolls"), and an organisation's name with an inner "for", "and" or "of" stays whole.

Every text is written for these tests; none quotes a real article.
"""

from __future__ import annotations

import pytest

from analysis.corpus.tagger import load_tagger
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import extract_keyphrases

HERALD = """Seoul gains bigger say in US nuclear planning

Yoon hails deal as Seoul wins bigger role

President Yoon Suk Yeol and US President Joe Biden on Wednesday adopted a declaration that \
sets up a Nuclear Consultative Group, giving Seoul a bigger say in US nuclear planning.

"The group is a meaningful step for extended deterrence," said a senior fellow at the Center \
for Strategic and International Studies in Washington.

The Ministry of Foreign Affairs said the group would meet four times a year. A researcher at \
the Korea Institute for Defense Analyses said the group strengthened extended deterrence, but \
that it would need time to mature.

Experts at the Center for Strategic and International Studies said the Ministry of Foreign \
Affairs had pushed for a standing body.
"""

WIRE = """Biden rolls out red carpet for Yoon as allies unveil nuclear plan

WASHINGTON (AP) — Under the deal, Seoul gains a bigger say in nuclear planning, and Biden \
rolls out the red carpet for a state visit.

The Korea Institute for Defense Analyses called the plan a milestone. The Ministry of \
Unification and Seoul officials welcomed it, while North Korea's state media condemned it. \
US forces in Korea will take part in the planning, and Seoul officials said the group would \
meet in June.

Related: Pyongyang slams drills as Seoul wins bigger role
"""


def candidate_keys(text: str) -> set[str]:
    """The normalised candidates of ``text`` (noun phrases from the tagger, as by default)."""
    return set(candidates(text, load_tagger())[1].tf)


def _phrases(text: str, k: int = 40) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


@pytest.mark.parametrize("text", [HERALD, WIRE])
def test_a_verb_after_a_name_is_in_no_candidate(text):
    keys = candidate_keys(text)
    for fragment in ("seoul gain", "biden roll", "pyongyang slam", "seoul win", "yoon hail"):
        assert not [k for k in keys if k == fragment or k.startswith(fragment + " ")]
    assert not {"gain", "roll", "slam", "hail"} & keys


def test_a_plural_noun_after_a_name_stays_in_its_phrase():
    keys = candidate_keys(WIRE)
    assert "us force" in keys and "seoul official" in keys


@pytest.mark.parametrize(("text", "names"), [
    (HERALD, ["Center for Strategic and International Studies", "Ministry of Foreign Affairs",
              "Korea Institute for Defense Analyses"]),
    (WIRE, ["Korea Institute for Defense Analyses"]),
])
def test_an_organisation_name_with_inner_for_and_of_stays_whole(text, names):
    phrases = _phrases(text)
    for name in names:
        assert name in phrases
    keys = candidate_keys(text)
    for fragment in ("center", "strategic", "international study", "korea institute",
                     "defense analyse"):
        assert fragment not in keys


def test_and_joins_no_two_names():
    keys = candidate_keys(WIRE)
    assert "ministry of unification" in keys
    assert not any(k.startswith("ministry of unification and") for k in keys)
    text = ("Allies meet\n\nThe Ministry of National Defense and Joint Chiefs of Staff said the "
            "drills would go ahead. The Korea Institute for Defense Analyses and Sejong "
            "Institute disagreed.")
    keys = candidate_keys(text)
    assert "ministry of national defense" in keys and "joint chief of staff" in keys
    assert "korea institute for defense analyse" in keys
    assert not any("sejong" in k for k in keys if " and " in k)


def test_a_name_longer_than_the_limit_is_not_joined():
    text = ("Study finds\n\nResearchers at the University of Michigan Institute for Social "
            "Research said the survey was new. The University of Michigan Institute for Social "
            "Research published it.")
    keys = candidate_keys(text)
    assert "social research" in keys
    assert not any(" for " in k for k in keys)
