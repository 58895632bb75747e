"""Descriptive tables and computed commentary."""

from __future__ import annotations

from analysis.corpus import Corpus, Document
from analysis.report.commentary import Commentary, describe_corpus
from analysis.tables.aggregate import overview, speakers
from analysis.tables.sentences import sentence_table

# overview and speakers take the sentence table (ids, voice and speaker suffice: metrics=()).


def test_overview_counts_quoted_words_of_the_seed(seed_corpus):
    row = overview(sentence_table(seed_corpus, metrics=())).iloc[0]
    assert (row["n_paragraphs"], row["n_sentences"], row["n_speakers"]) == (12, 17, 3)
    # Quoted sentences 3, 4, 7, 8, 9, 13, 14, 15 by the package's word tokens.
    quoted = sum(len(s.words) for s in seed_corpus[0].sentences if s.voice == "quoted")
    assert row["n_quoted_words"] == quoted == 26 + 23 + 23 + 13 + 12 + 33 + 3 + 31
    assert row["quoted_share"] == quoted / row["n_words"]


def test_the_press_asking_is_no_speaker_of_a_briefing():
    text = ("BEIJING, May 2 (Wire) -- The following is from the regular press conference of "
            "the Chinese foreign ministry on Tuesday.\n\n"
            "Question: Seoul and Washington met again. What is your comment?\n\n"
            "The situation on the peninsula remains sensitive.\n\n"
            "Q: Will China raise it with Seoul?\n\n"
            "We hope the ROK side will act in the interest of peace.")
    sentences = sentence_table(Corpus([Document.from_text(text, "b")]), metrics=())
    assert set(sentences["speaker"]) - {""} == {"Question", "Q", "Chinese foreign ministry"}
    assert overview(sentences).iloc[0]["n_speakers"] == 1


def test_speakers_ranked_by_words(seed_corpus):
    table = speakers(sentence_table(seed_corpus, metrics=()))
    assert list(table["speaker"]) == ["Biden", "Washington Declaration", "GlobalData"]
    biden = table.iloc[0]
    counts = (biden["n_sentences"], biden["direct"], biden["partial"], biden["indirect"])
    assert counts == (5, 3, 2, 0)


def test_commentary_is_markdown_and_plain_text_with_the_numbers(seed_corpus):
    sentences = sentence_table(seed_corpus, metrics=())
    text = describe_corpus(overview(sentences), speakers(sentences), "seeds")
    assert isinstance(text, Commentary)
    assert text._repr_markdown_() == repr(text) == str(text)
    # 387 words: the same as `wc -w`, since the seed has no free-standing punctuation.
    assert "one article: 12 paragraphs, 17 sentences and 387 words" in text
    assert "Biden (5 sentences" in text


def test_commentary_for_several_documents_does_not_assume_one_article():
    docs = [Document.from_text("Alpha said hello. Then left.", doc_id="a"),
            Document.from_text("Plain text here.", doc_id="b")]
    corpus = Corpus(docs, name="two")
    sentences = sentence_table(corpus, metrics=())
    text = describe_corpus(overview(sentences), speakers(sentences), "two")
    assert "holds 2 articles" in text
    assert "one article" not in text
    # medians of 2 and 1 sentences (1.5), of 5 and 3 words (4)
    assert "the median article has 4 words in 1.5 sentences" in text


def test_commentary_says_how_many_articles_are_wire_copies():
    from analysis.corpus.duplicates import find_duplicates

    story = ("SEOUL, May 3 (Invented Wire) - The allies will hold the first session of their new "
             "nuclear planning group in Seoul next month, the defence ministry said on Wednesday. "
             "Officials said the talks would cover joint exercises, information sharing and the "
             "visit of an American missile submarine to a southern port.")
    other = ("Quarterly talks are a start, not a guarantee, the columnist writes, and nobody "
             "knows what happens when a crisis breaks at three in the morning.")
    docs = [Document.from_text(story, doc_id="wire", meta={"date": "2023-05-03"}),
            Document.from_text(story, doc_id="reprint", meta={"date": "2023-05-04"}),
            Document.from_text(other, doc_id="column", meta={"date": "2023-05-04"})]
    corpus = Corpus(docs, name="three")
    sentences = sentence_table(corpus, metrics=())
    text = describe_corpus(overview(sentences), speakers(sentences), "three",
                           find_duplicates(corpus))
    assert text.endswith(
        "1 article of the 3 is a copy of another article of the corpus (at least 40% of its "
        "5-word shingles in an earlier one, `find_duplicates`); every count here takes each copy "
        "as it stands, so a story several outlets printed weighs as many times "
        "(`compare_groups(..., dedupe=True)` counts it once).")
    alone = Corpus(docs[::2], name="two")
    two = sentence_table(alone, metrics=())
    assert describe_corpus(overview(two), speakers(two), "two", find_duplicates(alone)).endswith(
        "No article is a copy of another (at least 40% of its 5-word shingles in an earlier one, "
        "`find_duplicates`).")
    # without the table, and for one article, nothing is said
    assert "copy" not in describe_corpus(overview(two), speakers(two), "two")


def test_rows_left_out_at_loading_are_kept_and_said_in_the_commentary(tmp_path):
    import warnings

    from analysis.corpus import load_corpus
    from analysis.errors import CorpusWarning

    table = tmp_path / "stories.jsonl"
    table.write_text('{"id": "a", "text": "The allies met in Seoul on Monday."}\n'
                     '{"id": "b", "text": ""}\n'
                     '{"id": "c", "text": "Pyongyang warned of consequences."}\n'
                     '{"id": "d", "text": "   "}\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(table)
    # the warnings are still shown, one per row left out, and the corpus keeps them
    shown = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert len(shown) == 2 and all(m.startswith("skipped ") for m in shown)
    assert corpus.skipped == shown
    sentences = sentence_table(corpus, metrics=())
    text = describe_corpus(overview(sentences), speakers(sentences), "stories",
                           skipped=corpus.skipped)
    # 7 and 4 words: "The allies met in Seoul on Monday.", "Pyongyang warned of consequences."
    assert ("holds 2 articles with 2 sentences and 11 words in all; the median article has "
            "5.5 words in 1 sentence. 2 files or rows of the input were left out and are not "
            "counted (the loading warnings say which, and why).") in text
    one = describe_corpus(overview(sentences), speakers(sentences), "stories",
                          skipped=corpus.skipped[:1])
    assert "1 file or row of the input was left out and is not counted" in one
    assert "left out" not in describe_corpus(overview(sentences), speakers(sentences), "s")


def test_overview_says_why_a_document_of_furniture_only_has_no_shares():
    docs = [Document.from_text("By a staff reporter", "byline_only"),
            Document.from_text("Seoul and Washington met. \"We agree,\" Yoon said.", "story")]
    table = overview(sentence_table(Corpus(docs), metrics=()))
    row = table.set_index("doc_id").loc["byline_only"]
    assert row["n_words"] == 0 and row["quoted_share"] != row["quoted_share"]  # NaN
    assert row["reason"] == "no counted word (only stage lines, a byline or furniture)"
    assert table.set_index("doc_id").loc["story", "reason"] == ""
