"""Stage rows (a transcript's title, place and time lines, stage directions) count in no
statistic: the voice table's ``all`` row, notebook 04's sentence count, notebook 05's whole-corpus
shares and the actor mentions of notebook 03 agree on one corpus with a transcript in it."""

from __future__ import annotations

import pytest

from analysis import (
    actor_mentions,
    actor_tone,
    actor_tone_summary,
    load_corpus,
    sentence_table,
    with_metadata,
)
from analysis.export import metric_table
from analysis.report.commentary import describe_stance
from analysis.report.synthesis import comparisons
from analysis.tables.aggregate import by_voice

TRANSCRIPT = """Remarks by President Biden and President Yoon of the Republic of Korea

Rose Garden

1:43 P.M. EDT

PRESIDENT BIDEN: Thank you. Our two countries will deter any attack on South Korea.

Q: Will the submarine visit the peninsula this summer?

PRESIDENT BIDEN: It will visit Busan, and the alliance is stronger than ever.

(Applause.)
"""

ARTICLE = """Allies agree on nuclear planning group

The United States and South Korea agreed on Wednesday to set up a nuclear planning group.

"This is a historic step for deterrence," Yoon said at the White House.

Analysts in Seoul welcomed the move.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stage")
    (folder / "a_transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "a_transcript.json").write_text('{"outlet": "White House"}', encoding="utf-8")
    (folder / "b_article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_article.json").write_text('{"outlet": "Wire"}', encoding="utf-8")
    return load_corpus(folder)


@pytest.fixture(scope="module")
def sentences(corpus):
    return with_metadata(sentence_table(corpus), corpus)


def test_the_transcript_has_four_stage_rows(sentences):
    # title, place line, time line and (Applause.): read by hand
    assert (sentences["voice"] == "stage").sum() == 4
    assert len(sentences) == 4 + 4 + 4  # 4 spoken sentences in turns, 4 in the article


def test_the_corpus_counts_stage_lines_apart_from_sentences(corpus):
    assert repr(corpus) == f"Corpus(name={corpus.name!r}, documents=2, sentences=8, " \
        "stage_lines=4)"


def test_the_all_row_of_the_voice_table_has_the_quoted_share_of_every_voice(sentences):
    table = by_voice(sentences).set_index("voice")
    counted = sentences[sentences["voice"] != "stage"]
    someone_elses = counted.loc[counted["voice"] != "authorial", "n_words"].sum()
    assert table.loc["all", "n_sentences"] == 8
    assert table.loc["all", "quoted_share"] == pytest.approx(someone_elses
                                                             / counted["n_words"].sum())
    assert 0 < table.loc["all", "quoted_share"] < 1  # it read 0.0 when "all" was the voice
    assert set(table.loc["all", "speakers"]) >= {"President Biden", "Q", "Yoon"}


def test_stance_commentary_counts_the_sentences_of_the_voice_table(corpus, sentences):
    voice = by_voice(sentences)
    tone_docs = metric_table(corpus, "document")
    summary = actor_tone_summary(actor_tone(corpus))
    text = str(describe_stance(sentences, voice, tone_docs, summary, "test"))
    assert text.startswith("Of the 8 sentences of the 2 articles,")


def test_whole_corpus_shares_leave_the_stage_rows_out(corpus, sentences):
    docs = with_metadata(metric_table(corpus, "document"), corpus)
    table = comparisons(docs, sentences, "outlet", n_resamples=50)
    assert table.attrs["n_sentences"] == 8
    counted = sentences[sentences["voice"] != "stage"]
    assert table.attrs["overall"]["frame_deterrence"] == pytest.approx(
        counted["frame_deterrence"].mean())


def test_actor_mentions_leave_the_transcript_title_out_as_tone_does(corpus):
    mentions = actor_mentions(corpus)
    # the title names Biden, Yoon and the Republic of Korea: a stage row, no mention
    title = mentions[(mentions["doc_id"] == "a_transcript") & (mentions["paragraph"] == 1)]
    assert title.empty
    assert len(mentions) == len(actor_tone(corpus))
