"""The corpus model: loading, segmentation, quotations and speakers."""

from __future__ import annotations

import json
import warnings

import pytest

from analysis.corpus import Document, load_corpus
from analysis.corpus.sentences import split_sentences
from analysis.errors import CorpusError

SEED_ID = "washington_declaration_nuclear_consultative_group"


def sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_seed_has_17_sentences_in_12_paragraphs(seed_corpus):
    doc = seed_corpus[SEED_ID]
    assert len(doc.paragraphs) == 12
    assert len(doc.sentences) == 17
    assert [s.index for s in doc.sentences] == list(range(1, 18))
    per_paragraph = [sum(s.paragraph == p for s in doc.sentences) for p in range(1, 13)]
    assert per_paragraph == [1, 1, 1, 1, 2, 3, 1, 1, 2, 2, 1, 1]


def test_sentence_offsets_slice_back_to_text(seed_corpus):
    doc = seed_corpus[SEED_ID]
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_quote_holding_two_sentences_is_split_inside_the_quote(seed_corpus):
    texts = [s.text for s in seed_corpus[SEED_ID].sentences]
    assert ("“Nothing, nothing is beyond our ability to reach when our nations stand united."
            in texts)
    assert "We have proven that time and again over the last 70 years.”" in texts


def test_quotations_are_attributed_to_their_speakers(seed_corpus):
    rows = {s.index: s for s in seed_corpus[SEED_ID].sentences}
    # Direct quotation with its reporting clause, and its continuation in the paragraph.
    for i in (7, 8, 9):
        assert (rows[i].voice, rows[i].quote, rows[i].speaker) == ("quoted", "direct", "Biden")
    # "Biden called ... a “prudent step”" and "He added that ..." (pronoun -> Biden).
    assert (rows[3].quote, rows[3].speaker) == ("partial", "Biden")
    assert (rows[4].quote, rows[4].speaker) == ("partial", "Biden")
    # "according to GlobalData’s ... report"
    assert (rows[13].quote, rows[13].speaker) == ("indirect", "GlobalData")
    # "The declaration claims." hands its speaker to the quotation that follows.
    assert rows[14].speaker == "Washington Declaration"
    assert (rows[15].quote, rows[15].speaker) == ("direct", "Washington Declaration")


def test_journalist_sentences_are_authorial(seed_corpus):
    rows = {s.index: s for s in seed_corpus[SEED_ID].sentences}
    for i in (1, 2, 5, 6, 10, 11, 12, 16, 17):
        assert (rows[i].voice, rows[i].speaker) == ("authorial", None), rows[i].text
    # Quotation marks around a name are not a quotation.
    assert rows[1].quote == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Gen. Kim in Seoul. Talks failed.", ["He met Gen. Kim in Seoul.", "Talks failed."]),
        ("Mr. Biden spoke. Dr. Yoon agreed.", ["Mr. Biden spoke.", "Dr. Yoon agreed."]),
        ("The U.S. Navy sent a B-52. It flew on.", ["The U.S. Navy sent a B-52.", "It flew on."]),
        ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
        ("Spending rose 3.5 percent. Analysts, e.g. Kim, agreed.",
         ["Spending rose 3.5 percent.", "Analysts, e.g. Kim, agreed."]),
        ("F-15 and F-16 jets escorted the B-52. US-South Korean drills followed.",
         ["F-15 and F-16 jets escorted the B-52.", "US-South Korean drills followed."]),
        ("“Why?” he asked. Why? Because.", ["“Why?” he asked.", "Why?", "Because."]),
        ('"Stop it." She left.', ['"Stop it."', "She left."]),
        ("“Why now?” Rep. Jang asked the committee. “Enough!” Park shouted, banging the desk.",
         ["“Why now?” Rep. Jang asked the committee.",
          "“Enough!” Park shouted, banging the desk."]),
        ("“Why?” He added, “Is it so?” “What now?” Park said, “We wait.”",
         ["“Why?”", "He added, “Is it so?”", "“What now?”", "Park said, “We wait.”"]),
        ("A reporter asked Yoon, “Will Seoul build its own bomb?” Yoon said no.",
         ["A reporter asked Yoon, “Will Seoul build its own bomb?”", "Yoon said no."]),
        ("“Why now?” Yoon said, however, that the timing was right.",
         ["“Why now?”", "Yoon said, however, that the timing was right."]),
        ("“What did we get?” Democratic Party leader Lee Jae-myung asked on Tuesday.",
         ["“What did we get?” Democratic Party leader Lee Jae-myung asked on Tuesday."]),
        ("John F. Kennedy spoke on Jan. 5 in Washington.",
         ["John F. Kennedy spoke on Jan. 5 in Washington."]),
        ("It ends without a period", ["It ends without a period"]),
    ],
)
def test_sentence_splitting_on_news_text(text, expected):
    assert sentences_of(text) == expected


def test_headline_without_period_is_its_own_sentence():
    doc = Document.from_text("Allies sign nuclear pact\n\nThe two leaders met. They agreed.")
    assert [s.text for s in doc.sentences] == ["Allies sign nuclear pact", "The two leaders met.",
                                               "They agreed."]
    assert [s.paragraph for s in doc.sentences] == [1, 2, 2]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("“We will respond,” the ministry said.", "direct", "the ministry"),
        ("“We are ready,” said Kim Jong Un.", "direct", "Kim Jong Un"),
        ("Officials met, according to the Yonhap news agency.", "indirect", "Yonhap"),
        ("The minister said talks would resume.", "indirect", "the minister"),
    ],
)
def test_reporting_clauses(text, quote, speaker):
    s = Document.from_text(text).sentences[0]
    assert (s.quote, s.speaker, s.voice) == (quote, speaker, "quoted")


def test_surname_resolves_to_full_name_and_pronoun_to_last_speaker():
    doc = Document.from_text("President Joe Biden said the talks failed. “It is over,” Biden "
                             "told reporters. He added that more was needed.")
    # The speaker keeps the document's form of the name; the actor column links the forms.
    assert [s.speaker for s in doc.sentences] == ["Joe Biden", "Biden", "Biden"]
    assert [s.actor for s in doc.sentences] == ["Joe Biden"] * 3


def test_text_is_normalised_bom_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffFirst line.\r\n\r\nSecond one.\r\n".encode())
    doc = load_corpus(path)[0]
    assert doc.text == "First line.\n\nSecond one.\n"
    assert [s.text for s in doc.sentences] == ["First line.", "Second one."]


def test_sidecar_metadata_becomes_columns(tmp_path):
    (tmp_path / "a.txt").write_text("One sentence here.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Herald", "date": "2023-04-27",
                                                 "stance_code": 3}), encoding="utf-8")
    meta = load_corpus(tmp_path).metadata()
    row = meta.iloc[0]
    assert (row["doc_id"], row["outlet"], row["date"], row["stance_code"], row["language"]) == (
        "a", "Herald", "2023-04-27", 3, "en")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "only whitespace"),
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_bad_file_gives_one_line_error_naming_it(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError) as info:
        load_corpus(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert problem in message
    assert "\n" not in message


def test_missing_path_and_oversized_file(tmp_path):
    with pytest.raises(CorpusError, match="no such file or directory"):
        load_corpus(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 300, encoding="utf-8")
    with pytest.raises(CorpusError, match="too large"):
        load_corpus(big, max_bytes=1000)


@pytest.mark.parametrize(
    ("sidecar", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('["a"]', "must hold a JSON object"),
        ('{"date": "last week"}', "field 'date': 'last week' is not a date in a known form"),
        ('{"outlet": 7}', "field 'outlet' must be a string"),
        ('{"tags": [["a"]]}', "field 'tags' must be a string, number, boolean or null, not list"),
    ],
)
def test_bad_sidecar_names_file_and_field(tmp_path, sidecar, problem):
    (tmp_path / "a.txt").write_text("Fine text.", encoding="utf-8")
    (tmp_path / "a.json").write_text(sidecar, encoding="utf-8")
    with pytest.raises(CorpusError, match=problem) as info:
        load_corpus(tmp_path / "a.txt", errors="raise")
    assert str(info.value).startswith(str(tmp_path / "a.json"))


def test_a_sidecar_with_several_bad_fields_names_them_all_in_one_message(tmp_path):
    (tmp_path / "a.txt").write_text("Fine text.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"outlet": 5, "date": "05/04/2023", "country": ["KR", '
                                     '"US"], "title": {"a": 1}, "kind": "memo"}',
                                     encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path / "a.txt")
    problems = str(info.value).removeprefix(f"{tmp_path / 'a.json'}: ")
    assert problems.startswith("field 'date': '05/04/2023' is ambiguous")
    for problem in ("field 'outlet' must be a string, not int",
                    "field 'title' must be a string, number, boolean or null, not dict",
                    "field 'kind' must be one of"):
        assert problems.count(problem) == 1
    assert "country" not in problems  # a list of strings is joined, not refused
    # a folder skips the file with that one message
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"skipped .*a\.json: field 'date'.*'outlet'.*'kind'"):
        load_corpus(tmp_path)


def test_folder_skips_bad_files_with_a_warning_or_raises_when_strict(tmp_path):
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.warns(UserWarning, match=r"skipped .*empty\.txt: empty file"):
        corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["good"]
    with pytest.raises(CorpusError, match="empty file"):
        load_corpus(tmp_path, errors="raise")


def test_folder_of_only_bad_files_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(CorpusError, match="no readable .txt or .html files"):
            load_corpus(tmp_path)


def test_nested_folders_give_relative_doc_ids_and_symlink_loops_are_not_followed(tmp_path):
    (tmp_path / "outlet_b").mkdir()
    (tmp_path / "outlet_b" / "x.txt").write_text("B text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "outlet_b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.doc_id for d in load_corpus(tmp_path)] == ["a", "outlet_b/x"]


def test_sentences_table_has_one_row_per_sentence(seed_corpus):
    table = seed_corpus.sentences()
    assert list(table.columns[:3]) == ["doc_id", "paragraph", "sentence"]
    assert len(table) == 17
    assert table["n_words"].sum() == len(seed_corpus[SEED_ID].words)
    assert (table["voice"] == "quoted").sum() == 8


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Critics in Seoul said the agreement offers little that is new.", "indirect",
         "critics in Seoul"),
        ("Kim Yo Jong, the sister of leader Kim Jong Un, warned that the deal would bring “more "
         "serious danger” to the peninsula.", "partial", "Kim Yo Jong"),
        ("The North may respond with tests, officials in Tokyo suggested.", "indirect",
         "officials in Tokyo"),
        ("In return, the United States will consult Seoul, according to a joint statement "
         "released on Thursday.", "indirect", "joint statement"),
        ("China’s foreign ministry urged all sides to avoid provocation.", "indirect",
         "China’s foreign ministry"),
    ],
)
def test_reporting_clauses_with_common_nouns_appositives_and_inversion(text, quote, speaker):
    s = Document.from_text(text).sentences[0]
    assert (s.quote, s.speaker) == (quote, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The deal gives South Korea a greater say in how US weapons might be used.",
        "The United States will send a submarine.",
        "Their claims were rejected outright.",
    ],
)
def test_nouns_that_look_like_reporting_verbs_are_not_attributions(text):
    s = Document.from_text(text).sentences[0]
    assert (s.voice, s.speaker) == ("authorial", None)


def test_unattributed_quotation_continues_the_previous_speaker_of_the_paragraph():
    doc = Document.from_text("“Deterrence and diplomacy are not opposites,” a senior US official "
                             "told reporters in Seoul. “We will keep the door open.”")
    assert [(s.quote, s.speaker) for s in doc.sentences] == [
        ("direct", "senior US official"), ("direct", "senior US official")]
