"""Tests for analysis.keywords: keyphrases, distinctive terms, keyness and actor mentions."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis import keywords as kw
from analysis.corpus.tokens import words

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


@dataclass
class StandInDoc:
    """Minimal stand-in with the Document fields the table functions read."""

    doc_id: str
    text: str
    meta: dict = field(default_factory=dict)
    paragraphs: list = field(default_factory=list)
    sentences: list = field(default_factory=list)


def _doc(text: str, doc_id: str = "d"):
    try:
        from analysis.corpus import Document

        return Document.from_text(text, doc_id)
    except ImportError:  # corpus model not there yet
        return StandInDoc(doc_id, text)


# ----------------------------------------------------------------------------- keyphrases

def test_seed_top10_has_the_obvious_keyphrases():
    top = [p.lower() for p, _ in kw.extract_keyphrases(SEED_TEXT, 10)]
    assert len(top) == 10
    assert "nuclear consultative group" in top
    assert "korean peninsula" in top
    assert "washington declaration" in top
    assert "north korea" in top and "south korea" in top
    # generic nouns are no keyphrase on their own; "to strengthen" is a verb, not a modifier
    assert "step" not in top and "steps" not in top and "region" not in top
    assert not any(p.split()[0] == "strengthen" for p in top)
    # de-duplicated: no bare word already inside a selected phrase
    assert "peninsula" not in top
    scores = [s for _, s in kw.extract_keyphrases(SEED_TEXT, 10)]
    assert scores == sorted(scores, reverse=True)


def test_every_phrase_occurs_and_has_no_stop_word_at_either_end():
    stop = kw.load_stopwords()
    lowered = SEED_TEXT.lower()
    phrases = kw.extract_keyphrases(SEED_TEXT, 40)
    assert len(phrases) == 40
    for p, _ in phrases:
        assert p.lower() in lowered, p
        ws = words(p)
        assert 1 <= len(ws) <= 4
        for w in (ws[0], ws[-1]):
            # "US" (the United States) is the one stop-list word allowed, and only in capitals
            assert w.lower() not in stop or w in ("US", "U.S"), p
    # a lower-case "us" (pronoun) never leaks in; "US" the country may
    assert all(p != "us" for p, _ in phrases)


def test_hyphenated_words_stay_whole():
    # every candidate (a once-mentioned "B-52 bomber" late in the text ranks low, but exists)
    phrases = [p for p, _ in kw.extract_keyphrases(SEED_TEXT, 500)]
    joined = " | ".join(phrases)
    assert "nuclear-armed ballistic submarine" in phrases
    assert "B-52" in joined
    for p in phrases:
        toks = words(p)
        assert "B" not in toks and "52" not in toks and "armed" not in toks
    text = "The B-52 bomber flew over Guam. Another B-52 bomber followed the B-52 bombers."
    top = [p for p, _ in kw.extract_keyphrases(text, 3)]
    assert top[0] == "B-52 bomber"


def test_possessive_and_proper_nouns():
    text = ("North Korea’s missile tests worried Seoul. Officials said North Korea’s missile "
            "programme grows. North Korea fired another missile.")
    top = [p for p, _ in kw.extract_keyphrases(text, 5)]
    assert top[0] == "North Korea"
    assert not any("’" in p or "'" in p for p in top)
    assert "missile" in " ".join(top)


def test_surname_is_credited_to_full_name():
    text = ("The police chief, Daryl Gates, resigned on Monday. Gates had led the force for years. "
            "Critics said Gates ignored complaints. Gates denied it.")
    top = [p for p, _ in kw.extract_keyphrases(text, 3)]
    assert top[0] == "Daryl Gates"
    assert "Gates" not in top


@pytest.mark.parametrize("text", ["", "   \n\n ", "... — !!", "1950 2023 28,000", "the of and"])
def test_empty_or_wordless_text_gives_empty_list(text):
    assert kw.extract_keyphrases(text) == []


def test_k_limits_and_zero():
    assert kw.extract_keyphrases(SEED_TEXT, 0) == []
    assert len(kw.extract_keyphrases(SEED_TEXT, 3)) == 3


def test_document_frequencies_damp_corpus_wide_words():
    a = "The alliance, old and strong, met in Seoul. Nuclear deterrence is on the agenda."
    b = "The alliance, old and strong, met in Busan. Submarine visits are on the agenda."
    c = "The alliance, old and strong, met in Tokyo. Semiconductor exports are on the agenda."
    df, n = kw.document_frequencies([a, b, c])
    assert n == 3 and df["alliance"] == 3 and df["submarine"] == 1
    alone = dict(kw.extract_keyphrases(b, 10))
    with_df = dict(kw.extract_keyphrases(b, 10, doc_freq=df, n_docs=n))
    assert with_df["alliance"] < alone["alliance"]
    # one document is not a corpus: the statistics are ignored
    assert kw.extract_keyphrases(b, 10, doc_freq={"alliance": 1}, n_docs=1) == \
        kw.extract_keyphrases(b, 10)


def test_keyphrases_table_and_jsonl(tmp_path):
    docs = [_doc(SEED_TEXT, "seed"),
            _doc("Japan and South Korea held a summit in Tokyo on trade and semiconductors.\n\n"
                 "The summit ended a long dispute over semiconductors.", "summit")]
    table = kw.keyphrases_table(docs, k=5)
    assert list(table.columns) == ["doc_id", "rank", "keyphrase", "score"]
    assert set(table["doc_id"]) == {"seed", "summit"}
    assert table.groupby("doc_id")["rank"].max().to_dict() == {"seed": 5, "summit": 5}
    rows = list(kw.keyphrases_jsonl(docs, k=4))
    assert [r["id"] for r in rows] == ["seed", "summit"]
    assert all(len(r["keyphrases"]) == 4 and isinstance(r["keyphrases"][0], str) for r in rows)
    json.dumps(rows)  # serialisable
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    try:
        import analysis.corpus  # noqa: F401
    except ImportError:
        return
    rows = list(kw.keyphrases_jsonl(tmp_path / "a.txt", k=3))
    assert rows[0]["id"] == "a" and len(rows[0]["keyphrases"]) == 3


# ----------------------------------------------------------------------------- distinctive terms

def test_distinctive_terms_by_paragraph_and_document():
    text = "Submarine submarine visit.\n\nBomber drills and bomber flights.\n\nSubmarine bomber."
    out = kw.distinctive_terms([_doc(text, "x")], by="paragraph", top=2)
    assert list(out.columns) == ["doc_id", "paragraph", "term", "tfidf", "count", "rank"]
    p1 = out[out["paragraph"] == 1]
    assert p1.iloc[0]["term"] == "submarine" and p1.iloc[0]["count"] == 2
    p2 = out[out["paragraph"] == 2]
    assert p2.iloc[0]["term"] == "bomber" and p2.iloc[0]["count"] == 2
    # "and" is a stop word; ranks are 1..top
    assert "and" not in set(out["term"]) and set(out["rank"]) == {1, 2}
    # hand check of scikit-learn's smooth idf for paragraph 1: 3 paragraphs,
    # submarine in 2 -> idf = ln(4/3)+1, visit in 1 -> idf = ln(4/2)+1; tf 2 and 1; L2 norm
    s, v = 2 * (math.log(4 / 3) + 1), 1 * (math.log(2) + 1)
    assert p1.iloc[0]["tfidf"] == pytest.approx(s / math.hypot(s, v))
    docs = [_doc("Seoul submarine submarine.", "a"), _doc("Tokyo trade trade.", "b")]
    out = kw.distinctive_terms(docs, by="document", top=1)
    assert out[["doc_id", "term", "count"]].values.tolist() == [["a", "submarine", 2],
                                                                ["b", "trade", 2]]
    assert out["paragraph"].isna().all()
    with pytest.raises(ValueError):
        kw.distinctive_terms(docs, by="sentence")


# ----------------------------------------------------------------------------- keyness

def test_g2_and_log_ratio_against_hand_computation():
    # a = 10 in c = 100 corpus tokens; b = 1000 in a reference of d = 1,000,000 tokens
    # E1 = 100 * 1010 / 1000100 = 0.1009899, E2 = 1000000 * 1010 / 1000100 = 1009.89901
    # G2 = 2 * (10 ln(10 / 0.1009899) + 1000 ln(1000 / 1009.89901)) = 72.2057
    assert kw.log_likelihood(10, 1000, 100, 1_000_000) == pytest.approx(72.2057, abs=1e-3)
    # LR = log2((10.5 / 100) / (1000.5 / 1e6)) = log2(104.948) = 6.7135
    assert kw.log_ratio(10, 1000, 100, 1_000_000) == pytest.approx(6.7135, abs=1e-3)
    # equal relative frequencies: no keyness
    assert kw.log_likelihood(10, 100_000, 100, 1_000_000) == pytest.approx(0.0, abs=1e-9)
    # a term absent from the reference: 0 ln 0 = 0
    assert kw.log_likelihood(2, 0, 100, 1000) == pytest.approx(2 * 2 * math.log(2 / (200 / 1100)))


def test_keyness_table_with_a_given_reference():
    # 18 terms: "submarine" x4, "alliance" x2, "the" x6 ...; "1950" and "a" are excluded
    text = ("The submarine the submarine the submarine the submarine alliance alliance "
            "the the 1950 a B-52 visit drills exercise ships harbour")
    ref = {"submarine": 1e-5, "alliance": 1e-5, "the": 0.05, "b-52": 1e-6}
    out = kw.keyness([_doc(text)], reference=ref, reference_size=1_000_000, min_count=2)
    assert list(out["term"]) == ["submarine", "alliance", "the"]  # sorted by G2
    assert set(out["corpus_size"]) == {18}
    sub = out.set_index("term").loc["submarine"]
    assert sub["count"] == 4 and sub["ref_count"] == pytest.approx(10.0)
    assert sub["g2"] == pytest.approx(kw.log_likelihood(4, 10, 18, 1e6))
    assert sub["expected"] == pytest.approx(18 * 14 / (18 + 1e6))
    assert sub["log_ratio"] == pytest.approx(math.log2((4.5 / 18) / (10.5 / 1e6)))
    assert sub["direction"] == "+"
    from scipy.stats import chi2

    assert sub["p_value"] == pytest.approx(chi2.sf(sub["g2"], 1))
    assert out.set_index("term").loc["the", "direction"] == "+"


def test_keyness_wordfreq_reference_on_seed():
    out = kw.keyness([_doc(SEED_TEXT)])
    top = list(out["term"][:10])
    assert "peninsula" in top and "korean" in top
    assert (out["count"] >= 2).all()
    assert not out["term"].str.fullmatch(r"[\d,.\-]+").any()
    assert (out["term"].str.len() > 1).all()
    assert out["ref_size"].iloc[0] == kw.WORDFREQ_REFERENCE_SIZE
    assert list(out["g2"]) == sorted(out["g2"], reverse=True)


def test_terms_definition():
    assert kw.terms("North Korea’s B-52 flew in 1953, 28,000 troops; a U.S. jet.") == [
        "north", "korea", "b-52", "flew", "in", "troops", "u.s", "jet"]


# ----------------------------------------------------------------------------- actors

def _counts(text):
    out = {}
    for _, _, name, _ in kw.find_actor_mentions(text):
        out[name] = out.get(name, 0) + 1
    return out


def test_actor_file_is_versioned_and_complete():
    data = kw.load_actors()
    assert isinstance(data["version"], int)
    names = {a["name"]: a["kind"] for a in data["actors"]}
    assert names == {"United States": "country", "South Korea": "country",
                     "North Korea": "country", "Japan": "country", "China": "country",
                     "Joe Biden": "person", "Yoon Suk Yeol": "person", "Kim Jong Un": "person"}


def test_actor_mentions_hand_made_sentence():
    s = "The US-South Korean alliance angered Pyongyang, North Korea’s capital."
    assert _counts(s) == {"United States": 1, "South Korea": 1, "North Korea": 2}
    m = kw.find_actor_mentions(s)
    assert [s[a:b] for a, b, _, _ in m] == ["US", "South Korean", "Pyongyang", "North Korea"]


@pytest.mark.parametrize("text, expected", [
    ("The “Washington Declaration” was signed in Washington.", {"United States": 1}),
    ("South Korea and the Korean Peninsula; the Korean War.", {"South Korea": 1}),
    ("Let us see what the U.S. and the USA and America do.", {"United States": 3}),
    ("North Korean leader Kim Jong Un met Kim Yo-jong; Kim smiled.",
     {"North Korea": 1, "Kim Jong Un": 2}),
    ("President Biden and President Yoon Suk Yeol; Joe Biden and Yoon’s aides.",
     {"Joe Biden": 2, "Yoon Suk Yeol": 2}),
    ("Beijing, Tokyo and the PRC; Japanese and Chinese officials; South American trade.",
     {"China": 3, "Japan": 2}),
    ("The DPRK, the ROK, and the Democratic People's Republic of Korea.",
     {"North Korea": 2, "South Korea": 1}),
    ("The USAF’s B-52 and the ROKAF jets; George Washington University.", {}),
])
def test_actor_rules(text, expected):
    assert _counts(text) == expected


def test_actor_mentions_table_offsets_sentences_paragraphs():
    text = "Seoul hosted talks.\n\nThe US and Japan agreed. Later North Korea’s envoy left."
    doc = _doc(text, "t")
    out = kw.actor_mentions([doc])
    assert list(out.columns) == ["doc_id", "actor", "alias", "matched", "start", "end",
                                 "sentence", "paragraph", "position"]
    assert list(out["actor"]) == ["South Korea", "United States", "Japan", "North Korea"]
    for _, r in out.iterrows():
        assert doc.text[r["start"]:r["end"]] == r["matched"]
        assert 0 <= r["position"] < 1
    if doc.sentences:  # real corpus model
        assert list(out["sentence"]) == [1, 2, 2, 3]
        assert list(out["paragraph"]) == [1, 2, 2, 2]
    assert out.iloc[-1]["position"] == pytest.approx(text.index("North") / len(text))


def test_custom_actor_list(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"version": 7, "actors": [
        {"name": "NATO", "kind": "organisation", "aliases": ["NATO", "the alliance"]}]}))
    actors = kw.load_actors(path)
    assert _counts_with("NATO met; the alliance agreed. Nato?", actors) == {"NATO": 2}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"actors": []}))
    with pytest.raises(ValueError):
        kw.load_actors(bad)


def _counts_with(text, actors):
    out = {}
    for _, _, name, _ in kw.find_actor_mentions(text, actors):
        out[name] = out.get(name, 0) + 1
    return out


def test_import_is_light():
    import subprocess
    import sys

    code = ("import sys, analysis.keywords; "
            "print(any(m in sys.modules for m in ('sklearn', 'scipy', 'wordfreq', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_stopword_file_is_versioned_with_source():
    head = (ROOT / "analysis" / "resources" / "stopwords_en.txt").read_text()[:600]
    assert re.search(r"version:\s*\d+", head) and "Source" in head


def test_verb_forms_end_no_candidate():
    # A lower-case -ed word is no candidate (alone or at a phrase end); -ing starts no phrase.
    text = ("Police arrested the protest leader. The leader was arrested again. Officers "
            "arrested dozens of marchers. Rising tensions worried the city. Rising tensions "
            "grew.")
    phrases = [p.lower() for p, _ in kw.extract_keyphrases(text, 50)]
    assert phrases and not any(p.split()[-1] == "arrested" for p in phrases)
    assert not any(p.startswith("rising ") for p in phrases)
    assert "protest leader" in phrases


@pytest.mark.parametrize("word", ["deterrence", "yoon", "b-52", "nuclear-armed", "u.s",
                                  "washington's", "2023", "qzxvorbleton", "kimjongun",
                                  "séoul", "zzzz", "it's"])
def test_zipf_shortcut_agrees_with_wordfreq(word):
    # _zipf reads wordfreq's table directly and answers 0.0 for a plain lower-case ASCII word
    # the table lacks; every path must give what wordfreq's zipf_frequency gives.
    from wordfreq import zipf_frequency

    kw._zipf.cache_clear()
    assert kw._zipf(word) == zipf_frequency(word, "en")
    if word in ("qzxvorbleton", "kimjongun"):  # not in the table
        assert kw._zipf(word) == 0.0
    if word == "deterrence":
        assert kw._zipf(word) == 2.99  # wordfreq 3.x English table
