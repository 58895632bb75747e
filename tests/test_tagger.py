"""Tests for :mod:`analysis.corpus.tagger` (part-of-speech tags of the package's word tokens).

The sentences are written for these tests in the styles of the coverage (wire copy, a White
House transcript turn, Korean English-language press, a headline, a statement as reported);
the expected tags were checked by hand against the UD English guidelines.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from analysis.corpus import tagger as tg
from analysis.corpus.tokens import words

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from train_tagger import labelled_tokens, read_conllu  # noqa: E402

# A sentence written for this test in CoNLL-U, with a multiword token and a split "B-52".
CONLLU = """# newdoc id = d1
# sent_id = d1-1
# text = Yoon's aide didn't comment on the B-52.
1\tYoon\tYoon\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\taide\taide\tNOUN\tNN\t_\t6\tnsubj\t_\t_
4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
4\tdid\tdo\tAUX\tVBD\t_\t6\taux\t_\t_
5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_
6\tcomment\tcomment\tVERB\tVB\t_\t0\troot\t_\t_
7\ton\ton\tADP\tIN\t_\t11\tcase\t_\t_
8\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_
9\tB\tB\tPROPN\tNNP\t_\t11\tcompound\t_\tSpaceAfter=No
10\t-\t-\tPUNCT\tHYPH\t_\t11\tpunct\t_\tSpaceAfter=No
11\t52\t52\tNUM\tCD\t_\t6\tobl\t_\tSpaceAfter=No
12\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_

"""


@pytest.fixture(scope="module")
def artefact() -> dict:
    """The arrays of the packaged weights file, read once for the tests that build fresh
    taggers."""
    return tg.read_tagger_file(tg.default_tagger_path())


def test_training_labels_follow_the_head_outside_the_token(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (sent,) = read_conllu(path)
    assert [(w.form, w.start, w.end) for w in sent.words[2:5]] == [
        ("aide", 7, 11), ("did", 12, 18), ("n't", 12, 18)
    ]
    assert [(w, lab) for _, _, w, lab in labelled_tokens(sent)] == [
        ("Yoon's", ("PROPN", "NNP")),  # 's depends on Yoon
        ("aide", ("NOUN", "NN")),
        ("didn't", ("AUX", "VBD")),  # both words hang outside: the first one
        ("comment", ("VERB", "VB")),
        ("on", ("ADP", "IN")),
        ("the", ("DET", "DT")),
        ("B-52", ("NUM", "CD")),  # B and - depend on 52
    ]


def tags_of(text: str, tagset: tg.TagSet = "upos") -> dict[str, str]:
    """Word -> tag for a text whose checked words occur once."""
    return {w: t for _, _, w, t in tg.tag_text(text, tagset)}


def test_wire_copy_names_reporting_verb_and_us_abbreviation():
    got = tags_of(
        "SEOUL (Yonhap) -- Yoon’s office said Thursday that the U.S. will send a "
        "nuclear-armed submarine to South Korea."
    )
    assert got["SEOUL"] == "PROPN"
    assert got["Yoon’s"] == "PROPN"
    assert got["office"] == "NOUN"
    assert got["said"] == "VERB"
    assert got["Thursday"] == "PROPN"
    assert got["U.S"] == "PROPN"
    assert got["will"] == "AUX"
    assert got["send"] == "VERB"
    assert got["submarine"] == "NOUN"
    assert got["South"] == "PROPN"
    assert got["Korea"] == "PROPN"


def test_penn_tags_separate_past_tense_from_participle():
    text = (
        "The unification minister has learned that Pyongyang fired two missiles, "
        "officials told reporters."
    )
    penn = tags_of(text, "penn")
    assert penn["has"] == "VBZ"
    assert penn["learned"] == "VBN"
    assert penn["fired"] == "VBD"
    assert penn["told"] == "VBD"
    assert penn["missiles"] == "NNS"
    assert penn["Pyongyang"] == "NNP"
    upos = tags_of(text)
    assert (upos["has"], upos["learned"], upos["two"]) == ("AUX", "VERB", "NUM")


def test_transcript_turn_in_capitals_and_contractions():
    got = tg.tag_text("PRESIDENT BIDEN: Well, I don't think that's going to happen.")
    assert [(w, t) for _, _, w, t in got] == [
        ("PRESIDENT", "PROPN"),
        ("BIDEN", "PROPN"),
        ("Well", "INTJ"),
        ("I", "PRON"),
        ("don't", "AUX"),
        ("think", "VERB"),
        ("that's", "PRON"),
        ("going", "VERB"),
        ("to", "PART"),
        ("happen", "VERB"),
    ]


def test_statement_as_reported_with_possessive_and_hyphenated_aircraft():
    got = tags_of(
        "North Korea's state media said the B-52 flights were a dangerous provocation, "
        "KCNA reported."
    )
    assert got["Korea's"] == "PROPN"
    assert got["media"] == "NOUN"
    assert got["said"] == "VERB"
    assert got["flights"] == "NOUN"
    assert got["were"] == "AUX"
    assert got["dangerous"] == "ADJ"
    assert got["KCNA"] == "PROPN"
    assert got["reported"] == "VERB"


def test_numbers_with_commas_are_num():
    got = tags_of("About 28,500 American troops are stationed in South Korea.")
    assert got["28,500"] == "NUM"
    assert got["American"] == "ADJ"
    assert got["troops"] == "NOUN"
    assert got["are"] == "AUX"
    assert tags_of("About 28,500 American troops are stationed in South Korea.", "penn")[
        "stationed"
    ] == "VBN"


def test_sentence_case_headline():
    got = tags_of("N. Korea slams Washington Declaration as threat to peace")
    assert got["Korea"] == "PROPN"
    assert got["slams"] == "VERB"
    assert got["Washington"] == "PROPN"
    assert got["threat"] == "NOUN"
    assert got["peace"] == "NOUN"


def test_annotate_gives_both_tags_from_one_prediction():
    got = tg.annotate("The envoy has repeatedly said Seoul won’t go nuclear.")
    assert [(w.word, w.upos, w.penn) for w in got] == [
        ("The", "DET", "DT"),
        ("envoy", "NOUN", "NN"),
        ("has", "AUX", "VBZ"),
        ("repeatedly", "ADV", "RB"),
        ("said", "VERB", "VBN"),
        ("Seoul", "PROPN", "NNP"),
        ("won’t", "AUX", "MD"),
        ("go", "VERB", "VB"),
        ("nuclear", "ADJ", "JJ"),
    ]
    assert [(w.start, w.end, w.word, w.upos) for w in got] == tg.tag_text(
        "The envoy has repeatedly said Seoul won’t go nuclear."
    )


def test_tag_text_offsets_and_words_match_tokeniser():
    text = "Kim Yo-jong, the leader's sister, warned Seoul on Friday."
    got = tg.tag_text(text)
    assert [w for _, _, w, _ in got] == words(text)
    assert all(text[s:e] == w for s, e, w, _ in got)


def test_tag_on_words_alone_gives_one_upos_tag_per_word():
    tagger = tg.load_tagger()
    ws = words("The two leaders signed the declaration at the White House")
    # UD keeps the adjective of a name as ADJ ("White"), with the Penn tag NNP.
    assert tagger.tag(ws) == [
        "DET", "NUM", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "PROPN"
    ]
    assert tagger.tag(ws, "penn")[-2:] == ["NNP", "NNP"]


def test_empty_input_gives_empty_output():
    assert tg.tag_text("") == []
    assert tg.tag_text(" -- !? ") == []
    assert tg.load_tagger().tag([]) == []


def test_unknown_tagset_is_rejected():
    with pytest.raises(ValueError, match="tagset"):
        tg.load_tagger().tag(["Seoul"], tagset="ptb")  # type: ignore[arg-type]


def test_tags_do_not_depend_on_what_was_tagged_before(artefact):
    text = "Yoon hailed the alliance as Pyongyang denounced the drills."
    fresh = tg.Tagger.from_arrays(artefact)
    warmed = tg.Tagger.from_arrays(artefact)
    warmed.tag_text("The allies held talks in Washington; Seoul hailed the drills.")
    assert fresh.tag_text(text) == warmed.tag_text(text)
    assert fresh.predict(words(text)).tolist() == warmed.predict(words(text)).tolist()


def test_cache_reset_keeps_tags(artefact):
    first = "Officials in Seoul welcomed the announcement."
    text = "Officials in Tokyo and Beijing reacted cautiously to the announcement."
    small = tg.Tagger.from_arrays(artefact)
    small.max_cache = 12  # the second text overfills the word-type cache, which is emptied
    assert small.tag_text(first) == tg.tag_text(first)
    assert small.tag_text(text) == tg.tag_text(text)
    assert small.cache_size == 12  # the second text's 10 word types and the 2 paddings


def test_threads_sharing_a_tagger_get_the_sequential_tags(artefact):
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Officials in Seoul welcomed the announcement on Wednesday.",
        "Pyongyang called the submarine visit a grave provocation.",
        "The allies agreed to share more information on nuclear planning.",
        "Tokyo and Beijing reacted cautiously to the Washington Declaration.",
    ] * 25
    expected = [tg.tag_text(t) for t in texts]
    shared = tg.Tagger.from_arrays(artefact)
    shared.max_cache = 24  # frequent cache resets while other threads read the cache
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(shared.tag_text, texts))
    assert got == expected


def test_packaged_weights_load_offline_with_attribution():
    path = tg.default_tagger_path()
    assert path.name == "ewt_perceptron.npz"
    assert (path.parent / "LICENSE.txt").is_file()
    assert "UD_English-EWT" in (path.parent / "README.txt").read_text(encoding="utf-8")
    tagger = tg.load_tagger()
    assert tagger is tg.load_tagger()
    assert "UD_English-EWT" in tagger.meta["trained_on"]
    assert set(tagger.upos) >= {"NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADP", "DET", "PRON"}
    assert {"VBD", "VBZ", "VBN", "NNP", "NNS"} <= set(tagger.penn)


def test_serialised_weights_round_trip_to_the_same_bytes(tmp_path):
    tagger = tg.load_tagger()
    payload = tg.write_tagger_file(tagger, tmp_path / "copy.npz")
    assert payload == tg.default_tagger_path().read_bytes()
    again = tg.load_tagger(tmp_path / "copy.npz")
    assert again is not tagger
    text = "The Nuclear Consultative Group will meet quarterly, the ministry said."
    assert again.tag_text(text, "penn") == tagger.tag_text(text, "penn")


def test_tagger_built_from_feature_weights_round_trips_through_arrays():
    tagger = tg.Tagger(
        ["PROPN/NNP", "VERB/VBD", "NOUN/NN"],
        {"w=seoul": {0: 2.0}, "+1w=seoul": {1: 0.5}, "s3=ted": {1: 1.5}, "x=xxx": {2: 1.0},
         "g>.": {2: 0.25}},
        {"said": 1}, {"seoul": "PROPN"},
    )
    # Seoul: its form; protested: -ted beats its shape; said: the tag dictionary; rally: shape
    assert tagger.tag(["Seoul", "protested", "said", "rally"]) == ["PROPN", "VERB", "VERB", "NOUN"]
    assert tagger.n_features == 5
    again = tg.Tagger.from_arrays(tagger.to_arrays())
    assert again.tag(["Seoul", "protested"], "penn") == ["NNP", "VBD"]


def test_missing_weights_file_error_names_it(tmp_path):
    missing = tmp_path / "no_such_tagger.npz"
    with pytest.raises(tg.TaggerError, match=r"no_such_tagger\.npz") as err:
        tg.load_tagger(missing)
    assert err.value.path == str(missing)


def test_corrupt_weights_file_error_names_it(tmp_path):
    import numpy as np

    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"PK\x03\x04 not a zip archive")
    with pytest.raises(tg.TaggerError, match=r"broken\.npz: not a \.npz tagger file"):
        tg.load_tagger(bad)
    wrong = tmp_path / "other.npz"
    np.savez(wrong, format=np.frombuffer(b"target-tone/1", dtype=np.uint8))
    with pytest.raises(tg.TaggerError, match=r"other\.npz: expected format .*target-tone/1"):
        tg.load_tagger(wrong)
    pickled = tmp_path / "pickled.npz"
    np.savez(pickled, format=np.array([{"format": tg.FORMAT_VERSION}], dtype=object))
    with pytest.raises(tg.TaggerError, match=r"pickled\.npz: not a \.npz tagger file"):
        tg.load_tagger(pickled)  # object arrays need pickle, which is never allowed
    partial = tmp_path / "partial.npz"
    np.savez(partial, format=np.frombuffer(tg.FORMAT_VERSION.encode(), dtype=np.uint8))
    with pytest.raises(tg.TaggerError, match=r"partial\.npz: missing arrays"):
        tg.load_tagger(partial)


def test_gap_classes_and_word_shapes():
    assert tg.gap_class(", “") == ',"'
    assert tg.gap_class(" — ") == "-"
    assert tg.gap_class("? ") == "."
    assert tg.gap_class("  ") == " "
    assert tg.gap_class("\n\n") == "."
    assert tg.word_shape("Yoon’s") == "Xxxx’x"
    assert tg.word_shape("B-52") == "X-dd"
    assert tg.word_shape("NATO") == "XXX"
    assert tg.word_shape("28,000") == "dd,ddd"


def test_tags_at_positions_equal_the_whole_prediction():
    text = ("WASHINGTON (AP) — President Joe Biden and South Korea’s Yoon Suk Yeol unveiled the "
            "Washington Declaration on Wednesday, and a U.S. nuclear-armed submarine will visit.")
    tagger = tg.load_tagger()
    ws = words(text)
    gaps = tg.text_gaps(text, [m.span() for m in tg.WORD_RE.finditer(text)])
    whole = tagger.predict(ws, gaps).tolist()
    at = [0, 3, 4, 9, 11, len(ws) - 1]
    assert tagger.predict(ws, gaps, at).tolist() == [whole[i] for i in at]
    assert [tagger.upos[c] for c in tagger.predict(ws, gaps, [4, 11])] == ["PROPN", "VERB"]
    # the gaps other than one space, listed by the caller: the same classes, read fewer times
    marked = [i for i, gap in enumerate(gaps) if gap != " "]
    assert tagger.predict(ws, gaps, at, marked).tolist() == [whole[i] for i in at]
    assert tagger.predict(ws, gaps, None, marked).tolist() == whole


def test_batched_word_shapes_match_the_single_word_shape():
    batch = ["Yoon’s", "B-52", "NATO", "28,000", "aaaa", "....", "SSBNs", "Éric", "x"]
    assert tg.word_shapes(batch) == [tg.word_shape(w) for w in batch]
    assert tg.word_shapes(batch[:4]) == ["Xxxx’x", "X-dd", "XXX", "dd,ddd"]



def test_weights_file_does_not_depend_on_dictionary_order(tmp_path):
    # Training fills the tag dictionary and the ambiguity classes in corpus order; the file
    # must not depend on it (scripts/train_tagger.py rebuilds the shipped file byte for byte).
    t = tg.load_tagger()
    shipped = tg.default_tagger_path().read_bytes()
    t.tagdict = dict(reversed(list(t.tagdict.items())))
    t.ambiguity = dict(reversed(list(t.ambiguity.items())))
    assert tg.write_tagger_file(t, tmp_path / "w.npz") == shipped
    assert (tmp_path / "w.npz").read_bytes() == shipped


def test_word_vectors_add_the_features_in_template_order():
    """A word's cached vector at each offset is the float32 sum of its features' weights,
    added one by one in TEMPLATES order (so its bits do not depend on the batch); the weights
    are chosen so that another order of additions would round differently."""
    import numpy as np

    words = ["Yoon’s", "nuclear-armed", "submarine", "KCNA", "B-52"]
    tagger = tg.Tagger(["PROPN/NNP", "NOUN/NN"], {}, {}, {"submarine": "NOUN"})
    names = sorted({f for w in words for fs in tg.type_features(w, tagger.ambiguity) for f in fs})
    rng = np.random.default_rng(7)
    weights = {f: {0: float(np.float32(v)), 1: 1e-7 * (i + 1)}
               for i, (f, v) in enumerate(zip(names, rng.normal(0, 1e3, len(names)),
                                              strict=True))}
    tagger = tg.Tagger(["PROPN/NNP", "NOUN/NN"], weights, {}, {"submarine": "NOUN"})
    tagger.predict(words[:2])
    tagger.predict(words)  # the other three in a second batch
    for w in words:
        for k, features in enumerate(tg.type_features(w, tagger.ambiguity)):
            want = np.zeros(2, dtype=np.float32)
            for f in features:
                want += np.array([weights[f][0], weights[f][1]], dtype=np.float32)
            assert tagger._table[k, tagger._index[w]].tobytes() == want.tobytes(), (w, k)


def test_word_shapes_by_class_string_match_the_single_word_shape():
    """:func:`word_shapes` remembers the shape of each ASCII class string: a batch that meets
    one again (and one with a newline, which is no single class string) gives the shapes
    :func:`word_shape` gives word by word."""
    line = ("Pyongyang fired 2,000 rounds near the DMZ on Tuesday, KCNA said; Seoul’s B-52 "
            "escorts and F-35A jets flew 1,100-km routes")
    batch = line.split()
    assert tg.word_shapes(batch) == [tg.word_shape(w) for w in batch]
    again = ["Panmunjom", "USFK", "3,500", "Yoon’s", "ceasefire", "B-1B", "x", ""]
    assert tg.word_shapes(again) == [tg.word_shape(w) for w in again]
    assert tg.word_shapes(again[:6]) == ["Xxxx", "XXX", "d,ddd", "Xxxx’x", "xxx", "X-dX"]
    assert tg.word_shapes(["Kim\nJong", "Un"]) == ["Xxx\nXxxx", "Xx"]
    assert tg.word_shapes([]) == []


def test_word_vectors_do_not_depend_on_the_batch(artefact):
    """A word type's cached vectors have the same bits alone as in a batch (the weight rows of
    its feature groups are read through one flat look-up)."""
    text = ("The Joint Chiefs of Staff said the North fired two short-range ballistic missiles "
            "into the East Sea, a day after the allies wrapped up drills near Cheorwon.")
    batch = words(text)
    together = tg.Tagger.from_arrays(artefact)
    together.predict(batch)
    alone = tg.Tagger.from_arrays(artefact)
    for w in batch:
        alone.predict([w])
    for w in batch:
        assert alone._table[:, alone._index[w]].tobytes() == \
            together._table[:, together._index[w]].tobytes(), w
    assert alone.predict(batch).tolist() == together.predict(batch).tolist()
