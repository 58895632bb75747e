"""The cue positions and word tokens a reporting clause and a bare clause share. Sentences
written for this project in wire style."""

from analysis.corpus.bare_clauses import is_bare_clause
from analysis.corpus.cues import cue_tokens


def test_cue_tokens_give_the_cue_positions_and_the_tokens_of_a_sentence_with_a_cue():
    cues, tokens = cue_tokens("Park said on Tuesday that Seoul told Washington.")
    assert cues == (1, 6)
    assert [t.group(0) for t in tokens] == [
        "Park", "said", "on", "Tuesday", "that", "Seoul", "told", "Washington"]
    assert tokens[6].span() == (32, 36)


def test_cue_tokens_give_no_tokens_to_a_sentence_without_a_cue():
    assert cue_tokens("The drills resumed near the border.") == ((), ())


def test_a_bare_clause_reads_the_shared_tokens():
    assert is_bare_clause("The ministry said in a statement:", "The ministry")
    assert not is_bare_clause("The ministry said the drills would resume.", "The ministry")
