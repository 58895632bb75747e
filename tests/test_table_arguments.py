"""The table functions say what they need when given the wrong object: one TypeError or
ValueError naming what they got, never a KeyError from inside pandas."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import (
    actor_mentions,
    actor_tone,
    aggregate,
    by_voice,
    compare_groups,
    distinctive_terms,
    keyness,
    keyphrases_table,
    load_corpus,
    metric_table,
    overview,
    sentence_table,
    speakers,
    with_metadata,
)
from analysis.corpus import Corpus, Document
from analysis.tables.aggregate import with_position
from analysis.tables.compare import compare_pair

BUILD = "; build it with analysis.sentence_table(corpus)"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    docs = [Document.from_text("Seoul and Washington signed the declaration. \"It deters the "
                               "North,\" Yoon said.", name, {"outlet": name})
            for name in ("a", "b")]
    return Corpus(docs, name="two")


@pytest.mark.parametrize(("function", "args", "caller"), [
    (speakers, (), "speakers()"),
    (overview, (), "overview()"),
    (aggregate, ("document",), "aggregate()"),
    (by_voice, (), "aggregate()"),
    (with_position, (), "with_position()"),
])
def test_a_corpus_instead_of_a_sentence_table_is_a_type_error_naming_it(corpus, function, args,
                                                                        caller):
    with pytest.raises(TypeError) as info:
        function(corpus, *args)
    assert str(info.value) == f"{caller} needs a sentence table (a pandas DataFrame), not " \
                              f"Corpus{BUILD}"


def test_a_document_table_given_to_speakers_names_the_missing_columns(corpus):
    documents = aggregate(sentence_table(corpus), "document")
    with pytest.raises(ValueError) as info:
        speakers(documents)
    assert str(info.value) == ("speakers() needs a sentence table; got a table of document rows "
                               f"without the columns 'quote', 'speaker'{BUILD}")
    with pytest.raises(ValueError, match="aggregate\\(\\) needs a sentence table; got a table of "
                                         "document rows without the column 'speaker'"):
        aggregate(documents, "outlet")


def test_compare_and_with_metadata_name_the_wrong_object(corpus):
    table = "a"
    with pytest.raises(TypeError, match=r"^compare_groups\(\) needs a table of sentence, "
                                        r"paragraph or document rows with doc_id \(a pandas "
                                        r"DataFrame\), not Corpus"):
        compare_groups(corpus, "tone", "outlet")
    with pytest.raises(TypeError, match=r"^compare_pair\(\) needs .* not str$"):
        compare_pair(table, "tone", "outlet", "a", "b")
    with pytest.raises(TypeError, match=r"^with_metadata\(\) needs a table with doc_id .* not "
                                        r"Corpus"):
        with_metadata(corpus, corpus)
    sentences = sentence_table(corpus)
    with pytest.raises(TypeError, match="^the metadata must come from a Corpus .* got str$"):
        with_metadata(sentences, "corpus")
    # a sentence table given as the metadata: several rows per document
    with pytest.raises(ValueError, match="several rows for doc_id 'a' .*not a sentence or "
                                         "paragraph table"):
        with_metadata(sentences, sentences)
    # the right arguments still work
    assert with_metadata(sentences, corpus)["outlet"].tolist() == ["a", "a", "b", "b"]


def test_a_sentence_table_without_tone_needs_no_doc_id():
    table = pd.DataFrame({"n_words": [3, 4], "voice": ["authorial", "quoted"],
                          "speaker": ["", "Yoon"], "group": ["x", "x"]})
    assert aggregate(table, "group")["n_words"].tolist() == [7]


def test_speakers_of_a_corpus_where_nobody_speaks_is_an_empty_table(tmp_path):
    (tmp_path / "a.txt").write_text("Officials met in Seoul.", encoding="utf-8")
    # nobody speaks: an empty table with the columns, not an error from inside pandas
    out = speakers(sentence_table(load_corpus(tmp_path)))
    assert out.empty and list(out.columns) == ["speaker", "n_documents", "n_sentences", "n_words",
                                               "share", "direct", "partial", "indirect", "turn"]


def test_a_group_counts_its_documents_but_not_one_of_stage_lines_only():
    table = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "sentence": [1, 2, 1, 1],
                          "paragraph": [1, 1, 1, 1], "n_words": [3, 4, 5, 6],
                          "voice": ["authorial", "stage", "quoted", "stage"],
                          "speaker": ["", "", "Yoon", ""], "outlet": ["x", "x", "x", "y"]})
    out = aggregate(table, "outlet")
    assert out[["outlet", "n_documents", "n_sentences", "n_words"]].values.tolist() == \
        [["x", 2, 2, 8], ["y", 0, 0, 0]]
    assert "n_documents" not in aggregate(table, "document").columns  # one each, by definition


@pytest.mark.parametrize("function", [sentence_table, metric_table, keyphrases_table, keyness,
                                      distinctive_terms, actor_mentions, actor_tone])
def test_the_corpus_functions_name_a_table_a_path_or_one_document(corpus, function):
    name = f"{function.__name__}()"
    with pytest.raises(TypeError) as info:
        function(sentence_table(corpus))
    assert str(info.value) == (f"{name} needs a corpus (the documents: "
                               "analysis.load_corpus(path)), not a DataFrame; it reads the "
                               "texts, where the table functions (aggregate, compare_groups...) "
                               "take a table")
    with pytest.raises(TypeError) as info:
        function("coverage/")
    assert str(info.value) == (f"{name} needs a corpus (the documents), not a str "
                               "('coverage/'); load it first: analysis.load_corpus(path), or "
                               "Document.from_text(text) in a list")
    with pytest.raises(TypeError, match=r"not one Document; pass \[document\]"):
        function(list(corpus)[0])
    with pytest.raises(TypeError, match=r"not a list of texts; make documents of them"):
        function(["SEOUL -- The allies met.", "They agreed."])


def test_load_corpus_takes_one_path_and_says_when_column_names_are_not_used(tmp_path):
    with pytest.raises(TypeError) as info:
        load_corpus([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert str(info.value) == ("a corpus is one path (a file, a table or a folder), not a "
                               "list of 2; put the files in one folder")
    (tmp_path / "a.txt").write_text("Seoul and Washington met.", encoding="utf-8")
    with pytest.warns(UserWarning, match="text_column and id_column name a table's columns"):
        load_corpus(tmp_path, text_column="body")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_corpus(tmp_path)) == 1  # the defaults say nothing


def test_compare_groups_by_a_list_says_to_make_one_column(corpus):
    table = with_metadata(sentence_table(corpus), corpus)
    with pytest.raises(TypeError) as info:
        compare_groups(table, "tone", ["outlet", "language"])
    assert str(info.value) == (
        "compare_groups() compares the groups of one column (by='outlet'), not a list; for "
        "combinations make a column, e.g. table.assign(group=table['country'] + ' / ' + "
        "table['outlet_type'])")


def test_compare_groups_by_period_of_a_field_without_dates_says_so_in_one_line(corpus):
    table = with_metadata(sentence_table(corpus), corpus)
    with pytest.raises(ValueError) as info:
        compare_groups(table, "tone", "outlet", freq="W")
    message = str(info.value)
    assert message.startswith("field 'outlet' does not hold ISO 8601 dates, so freq='W' "
                              "cannot bucket it (")
    assert message.endswith("); bucket a date field such as 'date'")
    assert "format='mixed'" not in message and "\n" not in message  # no advice of pandas'


def test_the_export_source_warns_as_load_corpus_does_about_unused_column_names(tmp_path):
    from analysis.pipeline import source_of

    (tmp_path / "a.txt").write_text("Seoul and Washington met.", encoding="utf-8")
    with pytest.warns(UserWarning, match="text_column and id_column name a table's columns"):
        source_of(tmp_path, text_column="body")
    with pytest.warns(UserWarning, match="not used for text files"):
        source_of(tmp_path / "a.txt", id_column="story_id")
