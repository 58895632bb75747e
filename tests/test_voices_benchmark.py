"""The scoring of ``benchmarks/voices.py`` on tiny hand-made examples (not the package's output)."""

import json

import pytest
import voices  # benchmarks/voices.py (tests/conftest.py puts it on the path)
from voices import Score, Sentence, actor_right, align, passage_text, speaker_word_right


def test_speaker_shares_a_content_word_titles_and_pronouns_aside():
    assert speaker_word_right("foreign ministry spokesperson Mao Ning", "Mao")
    assert speaker_word_right("President Biden", "PRESIDENT BIDEN")
    # "President" and "the" are stop words: two presidents share no content word.
    assert not speaker_word_right("President Biden", "President Yoon")
    assert not speaker_word_right("the spokesperson", "the ministry")
    assert not speaker_word_right("Biden", "")
    assert not speaker_word_right(None, "he")
    # the same words are right though they hold no content word: a passage's unnamed "he"
    assert speaker_word_right("he", "he") and speaker_word_right("The President", "the president")
    assert not speaker_word_right("he", "she") and not speaker_word_right("", "")


def test_actor_must_be_equal_and_not_empty():
    assert actor_right("Kim Jong Un", "kim  jong un")
    assert not actor_right("Kim Jong Un", "Kim Yo Jong")
    assert not actor_right("", "")
    assert not actor_right(None, None)


def test_align_leaves_a_split_sentence_out():
    gold = ["Biden spoke.", "He said so. Then he left.", "The end."]
    predicted = ["Biden  spoke.", "He said so.", "Then he left.", "The end."]
    assert align(gold, predicted) == [0, None, 3]


def test_score_counts_voice_and_speaker_three_ways():
    s = Score()
    # quoted, right voice, speaker right by word and by actor
    assert s.add(Sentence("a", "quoted", "Biden", "Joe Biden"),
                 Sentence("a", "quoted", "President Biden", "Joe Biden")) == []
    # quoted, right voice, speaker right by actor only (a role noun)
    assert s.add(Sentence("b", "quoted", "the spokesperson", "Mao Ning"),
                 Sentence("b", "quoted", "Mao Ning", "Mao Ning")) == []
    # quoted read as authorial: voice and speaker both wrong
    assert s.add(Sentence("c", "quoted", "KCNA", "KCNA"),
                 Sentence("c", "authorial")) == ["voice", "speaker"]
    # authorial read as quoted: voice wrong, not counted for speaker
    assert s.add(Sentence("d", "authorial"), Sentence("d", "quoted", "Yoon", "Yoon Suk Yeol")) \
        == ["voice"]
    # a mismatch counts apart
    assert s.add(Sentence("e", "stage"), None) == ["segmentation"]
    assert (s.sentences, s.aligned, s.mismatched, s.voice_agree) == (5, 4, 1, 2)
    assert (s.words, s.speaker_word, s.actor, s.either) == (3, 1, 2, 2)
    assert voices.report_lines("x", s)[1] == "  voice agreement: 2/4 = 0.500"
    assert voices.share(0, 0) == "0/0"


def test_passage_text_joins_sentences_and_paragraphs():
    passage = {"paragraphs": [[{"text": "Headline"}], [{"text": "One."}, {"text": "Two."}]]}
    assert passage_text(passage) == "Headline\n\nOne. Two."


def test_file_option_scores_a_set_outside_the_repository(tmp_path, capsys):
    # Two sentences whose voices are plain: the writer's narration and a quotation with
    # "said" and a named source; the gold gives the second a wrong speaker on purpose.
    passage = {"id": "p1", "style": "wire", "paragraphs": [[
        {"text": "North Korea fired two ballistic missiles into the sea on Monday.",
         "voice": "authorial", "speaker": "", "actor": ""},
        {"text": "\"We will answer every provocation,\" Defense Minister Lee Jong-sup said.",
         "voice": "quoted", "speaker": "Austin", "actor": "Lloyd Austin"}]]}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"description": "", "set": "x", "passages": [passage]}),
                    encoding="utf-8")
    assert voices.main(["--file", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"set {path}: 2 gold sentences, 2 aligned, 0 segmentation mismatches"
    assert out[1] == "  voice agreement: 2/2 = 1.000"
    assert out[2].endswith("content word 0/1 = 0.000; actor 0/1 = 0.000; either 0/1 = 0.000")


def test_file_option_names_a_malformed_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"passages": [{"id": "p", "paragraphs": [[{"text": "x", "voice": "v"}]]}]}',
                    encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.json: passage p: bad sentence"):
        voices.main(["--file", str(path)])
