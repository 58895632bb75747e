"""The most quoted voice: grouped by actor, a joint actor counted for each member, no single
winner on a tie (analysis/report/voice_ranking.py)."""

import pandas as pd

from analysis.report.commentary import describe_corpus
from analysis.report.voice_ranking import (
    members,
    most_quoted_sentence,
    most_quoted_title,
    voice_ranking,
)


def _table(rows):
    """rows: (doc_id, speaker, actor, n_words); every sentence a direct quotation."""
    return pd.DataFrame([{"doc_id": d, "sentence": i + 1, "speaker": s, "actor": a,
                          "n_words": n, "quote": "direct" if s else "none",
                          "voice": "quoted" if s else "authorial"}
                         for i, (d, s, a, n) in enumerate(rows)])


NEWCOMER = _table([  # the three-article corpus of the report, one sentence per voice
    ("a", "Biden and Yoon", "Joe Biden and Yoon Suk Yeol", 20),
    ("a", "Biden", "Joe Biden", 10),
    ("b", "Yoon", "Yoon Suk Yeol", 8),
    ("b", "KCNA", "KCNA", 12),
    ("c", "North Korea's state media", "KCNA", 9),
    ("c", "", "", 41),
])


def test_members_split_only_a_joint_of_two_names():
    assert members("Joe Biden and Yoon Suk Yeol") == ["Joe Biden", "Yoon Suk Yeol"]
    assert members("KCNA") == ["KCNA"]
    assert members("Ministry of Trade and Industry") == ["Ministry of Trade and Industry"]
    assert members("A and B and C") == ["A and B and C"]


def test_ranking_groups_by_actor_and_counts_a_joint_actor_for_each_member():
    ranking = voice_ranking(NEWCOMER)
    # Joe Biden: 20 + 10 words in 2 sentences; Yoon: 20 + 8 in 2; KCNA: 12 + 9 in 2.
    assert list(ranking["speaker"]) == ["Joe Biden", "Yoon Suk Yeol", "KCNA"]
    assert list(ranking["n_sentences"]) == [2, 2, 2]
    assert list(ranking["n_words"]) == [30, 28, 21]
    assert list(ranking["n_documents"]) == [1, 2, 2]
    assert ranking["share"].iloc[0] == 30 / 100  # of the table's 100 words, not double counted
    assert "Joe Biden and Yoon Suk Yeol" not in set(ranking["speaker"])


def test_without_an_actor_column_the_surface_speaker_is_the_voice():
    ranking = voice_ranking(NEWCOMER.drop(columns="actor"))
    assert list(ranking["speaker"]) == ["Biden", "Yoon", "KCNA", "North Korea's state media"]
    assert list(ranking["n_sentences"]) == [2, 2, 1, 1]
    assert most_quoted_title(ranking) == "Biden and Yoon are quoted most, 2 sentences each"


def test_a_joint_members_take_the_actors_the_table_gives_them():
    table = _table([("a", "Biden and Yoon", "Biden and Yoon", 12),
                    ("a", "Biden", "Joe Biden", 9),
                    ("b", "North Korea's state news agency KCNA", "KCNA", 11),
                    ("b", "KCNA", "KCNA", 8),
                    ("c", "Yoon", "Yoon Suk Yeol", 11),
                    ("c", "North Korea's state media", "KCNA", 9)])
    ranking = voice_ranking(table)
    # Joe Biden 12 + 9 words, Yoon Suk Yeol 12 + 11: both 2 sentences, KCNA 3.
    assert list(ranking["speaker"]) == ["KCNA", "Yoon Suk Yeol", "Joe Biden"]
    assert list(ranking["n_sentences"]) == [3, 2, 2]
    assert most_quoted_title(ranking) == "KCNA is the most quoted voice (3 sentences)"


def test_a_tie_of_all_names_no_winner():
    ranking = voice_ranking(NEWCOMER)
    assert most_quoted_title(ranking) == "No speaker stands out: 3 speakers, 2 sentences each"
    assert most_quoted_sentence(ranking) == (
        "No speaker stands out: each of the 3 speakers (Joe Biden, Yoon Suk Yeol and KCNA) "
        "has 2 sentences.")


def test_a_tie_at_the_top_names_both():
    ranking = voice_ranking(pd.concat([NEWCOMER, _table([("c", "Biden", "Joe Biden", 5),
                                                         ("c", "Yoon", "Yoon Suk Yeol", 5)])]))
    assert most_quoted_title(ranking) == "Joe Biden and Yoon Suk Yeol are quoted most, " \
                                         "3 sentences each"
    # 35 and 33 of 110 words; then KCNA alone with 2 sentences (21 of 110 words).
    assert most_quoted_sentence(ranking) == (
        "Joe Biden and Yoon Suk Yeol are quoted most, 3 sentences each (32% and 30% of all "
        "words), followed by KCNA (2 sentences, 19% of all words).")


def test_a_single_leader_is_named():
    ranking = voice_ranking(pd.concat([NEWCOMER, _table([("c", "KCNA", "KCNA", 5)])]))
    assert most_quoted_title(ranking) == "KCNA is the most quoted voice (3 sentences)"
    assert most_quoted_sentence(ranking).startswith("KCNA (3 sentences, 25% of all words) is "
                                                    "quoted most, followed by Joe Biden and "
                                                    "Yoon Suk Yeol (2 sentences each).")


def test_one_and_no_speaker():
    one = voice_ranking(_table([("a", "Biden", "Joe Biden", 10), ("a", "", "", 10)]))
    assert most_quoted_title(one) == "Joe Biden is the only quoted voice (1 sentence)"
    assert most_quoted_sentence(one) == "The only speaker is Joe Biden (1 sentence, 50% of " \
                                        "all words)."
    none = voice_ranking(_table([("a", "", "", 10)]))
    assert most_quoted_title(none) == "No attributed speech"
    assert most_quoted_sentence(none) == "No sentence is attributed to a named speaker."


def test_corpus_commentary_claims_no_order_on_a_tie():
    overview = pd.DataFrame({"n_words": [40, 30, 30], "n_sentences": [2, 2, 2],
                             "n_paragraphs": [1, 1, 1], "n_quoted_words": [30, 20, 9]})
    text = describe_corpus(overview, voice_ranking(NEWCOMER), "three")
    assert "in order" not in text and "No speaker stands out" in text


def test_corpus_commentary_names_transcript_turns_only_when_there_are_some():
    overview = pd.DataFrame({"n_words": [40, 30], "n_sentences": [2, 2],
                             "n_paragraphs": [1, 1], "n_quoted_words": [30, 20]})
    table = _table([("a", "Yoon", "Yoon Suk Yeol", 20), ("b", "Biden", "Joe Biden", 10)])
    text = describe_corpus(overview, voice_ranking(table), "two")
    assert "(direct quotation, partial quotation or reported speech)" in text
    table.loc[1, "quote"], table.loc[1, "voice"] = "turn", "speech"
    text = describe_corpus(overview, voice_ranking(table), "two")
    assert "(direct quotation, partial quotation, reported speech or a transcript's turns)" \
        in text


def test_the_press_questions_in_a_transcript_are_no_voice():
    briefing = _table([("t", "Q", "Q", 30), ("t", "Q", "Q", 25), ("t", "QUESTION", "", 20),
                       ("t", "Kirby", "John Kirby", 12), ("t", "Kirby", "John Kirby", 8)])
    ranking = voice_ranking(briefing)
    assert list(ranking["speaker"]) == ["John Kirby"]
    assert list(ranking["n_sentences"]) == [2]
    assert ranking["share"].iloc[0] == 20 / 95  # shares of every word, questions included
    assert most_quoted_title(ranking) == "John Kirby is the only quoted voice (2 sentences)"


def test_the_one_who_runs_a_briefing_is_no_voice_either():
    briefing = _table([("t", "Staff", "Staff", 3), ("t", "Staff", "Staff", 9),
                       ("t", "Staff", "Staff", 7), ("t", "Moderator", "", 4),
                       ("t", "Lloyd Austin", "Lloyd Austin", 30),
                       ("t", "Lloyd Austin", "Lloyd Austin", 20),
                       ("t", "Mark A. Milley", "Mark A. Milley", 15)])
    ranking = voice_ranking(briefing)
    # Staff's three sentences ("Lita?", "Next question.") would have ranked second
    assert list(ranking["speaker"]) == ["Lloyd Austin", "Mark A. Milley"]
    assert list(ranking["n_sentences"]) == [2, 1]
    assert ranking["share"].iloc[0] == 50 / 88
