"""Speakers named inside a description, relayed by a news agency or set off by a relative clause,
and their actors (issue 13, a newcomer's second test on real coverage). Sentences written for
this project in the styles of wire copy, Korean English-language press, KCNA and Chinese
statements as reported; each failed before these rules (the speaker or the actor in the
comment)."""

from __future__ import annotations

import pytest

from analysis.corpus.actor_linker import ActorLinker
from analysis.corpus.actor_list import load_actors
from analysis.corpus.documents import Document
from analysis.metrics.actors import find_actor_mentions
from analysis.report.plots import METRIC_LABELS
from analysis.tables.aggregate import overview
from analysis.tables.sentences import sentence_table


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document.from_text(text, doc_id="t")
    return [(s.voice, s.speaker, s.actor) for s in doc.sentences]


@pytest.mark.parametrize("text, speaker, actor", [
    # a name inside a description is the body; the appositive name speaks (was "U.S. Forces
    # Korea", "Chinese Foreign Ministry", "Seoul")
    ("The head of the U.S. Forces Korea, Gen. Paul LaCamera, said on Thursday that the "
     "alliance was ready to \u201cfight tonight.\u201d", "Paul LaCamera", "Paul LaCamera"),
    ("A spokesman for the Chinese Foreign Ministry, Wang Wenbin, said Washington should stop "
     "\u201ccreating tension\u201d on the peninsula.", "Wang Wenbin", "Wang Wenbin"),
    ("The spokesman for the defence ministry in Seoul, Jeon Ha-kyu, said the drills would go "
     "ahead as planned.", "Jeon Ha-kyu", "Jeon Ha-kyu"),
    # a person of an affiliation before an aside (was "CSIS")
    ("Victor Cha of CSIS, a former White House official, said the declaration was a \u201cbig "
     "deal\u201d for Seoul.", "Victor Cha", "Victor Cha"),
    # a fronted phrase, then the name and its aside (was "Seoul")
    ("Speaking in Seoul, Park Jin, the foreign minister, said the alliance had entered a new "
     "phase.", "Park Jin", "Park Jin"),
    # a noun phrase before a relative clause (was "NCG", "Busan"); the actor of an unnamed
    # source keeps the determiner its sentence writes
    ("A senior administration official, who briefed reporters on condition of anonymity, said "
     "the NCG would meet four times a year.", "senior administration official",
     "a senior administration official"),
    ("On Thursday, a senior military official, who declined to be named, said the submarine "
     "had left Busan.", "senior military official", "a senior military official"),
    # a statement carried by an agency speaks; "said the North would" is no inversion (was
    # "North")
    ("The statement, carried by KCNA, said the North would take \u201cmore decisive "
     "action.\u201d", "the statement", "the statement"),
    # the leader of a listed organisation speaks for it (actor was the speaker itself)
    ("The commander of U.S. Forces Korea said the submarine visit showed the strength of the "
     "alliance.", "commander of U.S. Forces Korea", "USFK"),
    ("The head of USFK, who took command in 2021, said the alliance was ready.",
     "head of USFK", "USFK"),
    # a named body of China (actor was "Chinese Foreign Ministry" and its spokesperson)
    ("The Chinese Foreign Ministry said Washington was pursuing \u201cgeopolitical "
     "self-interest.\u201d", "Chinese Foreign Ministry", "China"),
    ("Chinese Foreign Ministry spokesperson said the U.S. should respect the security concerns "
     "of other countries.", "Chinese Foreign Ministry spokesperson", "China"),
    ("A spokesperson for China's foreign ministry said Beijing opposed any move that heightened "
     "tension.", "spokesperson for China's foreign ministry", "China"),
])
def test_speaker_of_a_description_or_an_aside(text, speaker, actor):
    assert _rows(text) == [("quoted", speaker, actor)]


@pytest.mark.parametrize("text, speaker", [
    # the agency relays: the one it quotes speaks (was "KCNA", "Yonhap", "North's official")
    ("KCNA quoted Kim Yo Jong as saying the declaration was \u201cthe product of the most "
     "hostile policy.\u201d", "Kim Yo Jong"),
    ("The North's official Korean Central News Agency quoted Kim Yo Jong as saying the drills "
     "would be answered.", "Kim Yo Jong"),
    ("Yonhap cited a military official as saying the missile flew about 1,000 km.",
     "military official"),
    ("Yonhap quoted one of the minister's aides as saying the meeting went well.",
     "minister's aides"),
    # a passive names its subject as before
    ("Kim Yo Jong was quoted by KCNA as saying the drills would be answered.", "Kim Yo Jong"),
    # "When asked whether Beijing ..." is the reporter's question (was "Beijing")
    ("When asked whether Beijing would respond, Chinese foreign ministry spokesperson Mao Ning "
     "said China \u201cfirmly opposes\u201d the move.", "Mao Ning"),
])
def test_relayed_and_asked_sources(text, speaker):
    assert _rows(text)[0][:2] == ("quoted", speaker)


def test_appositive_with_a_relative_clause_keeps_the_name_before_it():
    # an aside of two parts (a role, then "which ...") is no subject of its own
    assert _rows("Park Min-young, a researcher at the Asan Institute, which advises the "
                 "government, said the group was \u201ca real step.\u201d") == [
        ("quoted", "Park Min-young", "Park Min-young")]
    # an auxiliary inside the aside's relative clause leaves the appositive a name's (was
    # "Hillary Clinton", read as an inverted subject)
    assert _rows("Lee Min-ho, 49, a Navy veteran who now is a civil servant, said Yoon "
                 "should be ready for questions.")[0] == ("quoted", "Lee Min-ho", "Lee Min-ho")
    # an inanimate noun before "which" is no speaker of "continued"
    assert _rows("Internet gambling, which became legal in 2013, continued to grow.") == [
        ("authorial", None, None)]


def test_linker_reads_conditional_aliases_inside_a_longer_speaker():
    linker = ActorLinker(load_actors())
    assert linker.link("Chinese Foreign Ministry") == "China"
    assert linker.link("Chinese military") == "China"
    assert linker.link("American officials") == "United States"
    # the alias's own conditions still hold inside the speaker
    assert linker.link("Chinese Taipei Olympic Committee officials") == \
        "Chinese Taipei Olympic Committee officials"
    assert linker.link("Kim Tae-hyo") == "Kim Tae-hyo"
    # a leader speaks for a body, never for a country named alone
    assert linker.link("the head of South Korea's spy agency") == "South Korea"
    assert linker.link("the head of North Korea") == "the head of North Korea"


def test_usfk_is_one_organisation_mention_not_the_united_states():
    found = [(actor, alias) for _, _, actor, alias in find_actor_mentions(
        "U.S. Forces Korea and the U.S. military said USFK would host the drills.")]
    assert found == [("USFK", "U.S. Forces Korea"), ("United States", "U.S."),
                     ("USFK", "USFK")]


def test_quoted_share_counts_the_reporting_clause_in_quotes_share_does_not():
    doc = Document.from_text("\u201cWe will respond,\u201d the minister said.\n\n"
                             "The drills began on Monday.\n", doc_id="t")
    row = overview(sentence_table([doc], metrics=())).iloc[0]
    # the example of docs/methods.md: 6 words in the quoted sentence (reporting clause
    # included), 3 of them inside the quotation marks; 5 authorial words
    assert (row["n_words"], row["n_quoted_words"], row["n_words_in_quotes"]) == (11, 6, 3)
    assert row["quoted_share"] == pytest.approx(6 / 11)
    assert row["in_quotes_share"] == pytest.approx(3 / 11)
    assert METRIC_LABELS["quoted_share"] == "share of words in quoted sentences"
