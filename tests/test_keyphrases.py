"""Tests for analysis.metrics.keyphrases: ranked keyphrases of an article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.corpus.tokens import words
from analysis.metrics import keyphrases as kp
from analysis.metrics import vocabulary

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "washington_declaration_nuclear_consultative_group.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _doc(text: str, doc_id: str = "d"):
    from analysis.corpus import Document

    return Document.from_text(text, doc_id)


# ----------------------------------------------------------------------------- keyphrases

def test_seed_top10_has_the_obvious_keyphrases():
    top = [p.lower() for p, _ in kp.extract_keyphrases(SEED_TEXT, 10)]
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
    scores = [s for _, s in kp.extract_keyphrases(SEED_TEXT, 10)]
    assert scores == sorted(scores, reverse=True)


def test_every_phrase_occurs_and_has_no_stop_word_at_either_end():
    stop = vocabulary.load_stopwords()
    lowered = SEED_TEXT.lower()
    phrases = kp.extract_keyphrases(SEED_TEXT, 40)
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
    phrases = [p for p, _ in kp.extract_keyphrases(SEED_TEXT, 500)]
    joined = " | ".join(phrases)
    assert "nuclear-armed ballistic submarine" in phrases
    assert "B-52" in joined
    for p in phrases:
        toks = words(p)
        assert "B" not in toks and "52" not in toks and "armed" not in toks
    text = "The B-52 bomber flew over Guam. Another B-52 bomber followed the B-52 bombers."
    top = [p for p, _ in kp.extract_keyphrases(text, 3)]
    assert top[0] == "B-52 bomber"


def test_possessive_and_proper_nouns():
    text = ("North Korea’s missile tests worried Seoul. Officials said North Korea’s missile "
            "programme grows. North Korea fired another missile.")
    top = [p for p, _ in kp.extract_keyphrases(text, 5)]
    assert top[0] == "North Korea"
    assert not any("’" in p or "'" in p for p in top)
    assert "missile" in " ".join(top)


def test_surname_is_credited_to_full_name():
    text = ("The police chief, Daryl Gates, resigned on Monday. Gates had led the force for years. "
            "Critics said Gates ignored complaints. Gates denied it.")
    top = [p for p, _ in kp.extract_keyphrases(text, 3)]
    assert top[0] == "Daryl Gates"
    assert "Gates" not in top


@pytest.mark.parametrize("text", ["", "   \n\n ", "... — !!", "1950 2023 28,000", "the of and"])
def test_empty_or_wordless_text_gives_empty_list(text):
    assert kp.extract_keyphrases(text) == []


def test_k_limits_and_zero():
    assert kp.extract_keyphrases(SEED_TEXT, 0) == []
    assert len(kp.extract_keyphrases(SEED_TEXT, 3)) == 3


def test_document_frequencies_damp_corpus_wide_words():
    a = "The alliance, old and strong, met in Seoul. Nuclear deterrence is on the agenda."
    b = "The alliance, old and strong, met in Busan. Submarine visits are on the agenda."
    c = "The alliance, old and strong, met in Tokyo. Semiconductor exports are on the agenda."
    df, n = kp.document_frequencies([a, b, c])
    assert n == 3 and df["alliance"] == 3 and df["submarine"] == 1
    alone = dict(kp.extract_keyphrases(b, 10))
    with_df = dict(kp.extract_keyphrases(b, 10, doc_freq=df, n_docs=n))
    assert with_df["alliance"] < alone["alliance"]
    # one document is not a corpus: the statistics are ignored
    assert kp.extract_keyphrases(b, 10, doc_freq={"alliance": 1}, n_docs=1) == \
        kp.extract_keyphrases(b, 10)


def test_keyphrases_table_and_jsonl(tmp_path):
    docs = [_doc(SEED_TEXT, "seed"),
            _doc("Japan and South Korea held a summit in Tokyo on trade and semiconductors.\n\n"
                 "The summit ended a long dispute over semiconductors.", "summit")]
    table = kp.keyphrases_table(docs, k=5)
    assert list(table.columns) == ["doc_id", "rank", "keyphrase", "score"]
    assert set(table["doc_id"]) == {"seed", "summit"}
    assert table.groupby("doc_id")["rank"].max().to_dict() == {"seed": 5, "summit": 5}
    rows = list(kp.keyphrases_jsonl(docs, k=4))
    assert [r["doc_id"] for r in rows] == ["seed", "summit"]
    assert all(len(r["keyphrases"]) == 4 and isinstance(r["keyphrases"][0], str) for r in rows)
    json.dumps(rows)  # serialisable
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    try:
        import analysis.corpus  # noqa: F401
    except ImportError:
        return
    rows = list(kp.keyphrases_jsonl(tmp_path / "a.txt", k=3))
    assert rows[0]["doc_id"] == "a" and len(rows[0]["keyphrases"]) == 3


def test_verb_forms_end_no_candidate():
    # A lower-case -ed word is no candidate (alone or at a phrase end); -ing starts no phrase.
    text = ("Police arrested the protest leader. The leader was arrested again. Officers "
            "arrested dozens of marchers. Rising tensions worried the city. Rising tensions "
            "grew.")
    phrases = [p.lower() for p, _ in kp.extract_keyphrases(text, 50)]
    assert phrases and not any(p.split()[-1] == "arrested" for p in phrases)
    assert not any(p.startswith("rising ") for p in phrases)
    assert "protest leader" in phrases


def test_import_is_light():
    import subprocess
    import sys

    code = ("import sys, analysis.metrics.keyphrases, analysis.metrics.keyness, "
            "analysis.metrics.actors; "
            "print(any(m in sys.modules for m in ('sklearn', 'scipy', 'wordfreq', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_stopword_file_is_versioned_with_source():
    head = (ROOT / "analysis" / "resources" / "stopwords_en.txt").read_text()[:600]
    assert re.search(r"version:\s*\d+", head) and "Source" in head


def test_light_noun_heads_give_way_to_their_modifier():
    text = ("Seoul and Washington pledged new nuclear deterrence efforts on Tuesday, and the "
            "allies' nuclear deterrence was the centre of the summit. Officials said the "
            "information-sharing efforts would widen, in a way that left the matter of "
            "tactical nuclear weapons open.")
    top = [p for p, _ in kp.extract_keyphrases(text, 10)]
    assert "nuclear deterrence" in top
    for p in top:  # "efforts", "way", "matter" head nothing and stand nowhere alone
        assert not set(p.lower().split()) & {"efforts", "way", "matter"}, p


def test_light_noun_file_is_versioned_with_source():
    head = (ROOT / "analysis" / "resources" / "keyphrase_light_nouns.txt").read_text()[:900]
    assert re.search(r"version:\s*\d+", head) and "Source" in head
    assert {"effort", "efforts", "way"} <= vocabulary.load_light_nouns()
    assert "step" not in vocabulary.load_light_nouns()


WIRE_SUBMARINE = (
    "SEOUL (Yonhap) -- The allies will expand nuclear planning as North Korea tests more "
    "nuclear weapons. Officials said a nuclear-armed ballistic submarine will visit Busan, "
    "the first such port call in decades. The nuclear planning talks begin in June, and "
    "the nuclear umbrella remains in place, the ministry said.")


def test_hyphenated_modifier_counts_as_often_as_its_first_element():
    tf = {"nuclear": 4, "nuclear-armed": 1, "year": 3, "30-year": 1, "us": 7}.get
    words_ = ["nuclear-armed", "ballistic", "submarine"]
    assert kp.compound_support(words_, words_, tf) == 3  # "nuclear" 4 times, the compound once
    # a first element with a digit, or a capitalised compound (a name), adds nothing
    assert kp.compound_support(["30-year", "average"], ["30-year", "average"], tf) == 0
    assert kp.compound_support(["us-south", "korean"], ["US-South", "Korean"], tf) == 0
    assert kp.compound_support(["ballistic", "submarine"], ["ballistic", "submarine"], tf) == 0


def test_hyphenated_modifier_supports_its_phrase_in_wire_copy(monkeypatch):
    scores = dict(kp.extract_keyphrases(WIRE_SUBMARINE, 20))
    # "nuclear" stands 4 times as a candidate word: support (4 + 1 + 1) / 3 = 2 against
    # (1 + 1 + 1) / 3 = 1, so the count term is 0.2 + 0.6 * 2 = 1.4 instead of 0.8
    with_support = scores["nuclear-armed ballistic submarine"]
    monkeypatch.setattr(kp, "compound_support", lambda *args: 0)
    without = dict(kp.extract_keyphrases(WIRE_SUBMARINE, 20))["nuclear-armed ballistic submarine"]
    assert with_support / without == pytest.approx(1.4 / 0.8, rel=1e-3)


def test_seed_top10_names_the_submarine_visit():
    top = [p for p, _ in kp.extract_keyphrases(SEED_TEXT, 10)]
    assert "nuclear-armed ballistic submarine" in top


def test_headline_verbs_and_bracketed_agencies_are_no_keyphrases_of_their_own():
    # a sentence-case headline's verbs ("slams", "vows") occur nowhere else: no keyphrase;
    # the dateline ("SEOUL, April 29 (Reuters) -") is furniture: neither place, month nor
    # agency comes from it
    text = ("North Korea slams allies' nuclear pact, vows stronger deterrent\n\n"
            "SEOUL, April 29 (Reuters) - North Korea on Saturday denounced the nuclear pact "
            "between Seoul and Washington and said it would bolster its nuclear deterrent.\n\n"
            "The pact sends a nuclear-armed submarine to South Korea, the first since the "
            "1980s. North Korea called the pact a hostile act, state media said.")
    phrases = [p for p, _ in kp.extract_keyphrases(text, k=12)]
    assert "slams" not in phrases and "vows" not in phrases
    assert not {"Reuters", "reuters", "SEOUL", "April"} & set(phrases)
    assert "Seoul" in phrases  # from the body
    assert "nuclear pact" in phrases or "pact" in phrases


def test_a_family_name_written_first_is_credited_to_the_full_name():
    text = ("Yoon Suk Yeol met Biden at the White House on Wednesday. Yoon said the alliance "
            "was stronger than ever. Biden said Yoon had been a close partner. Later, Yoon "
            "flew to Boston, where Yoon spoke at Harvard. Mao Ning, a Chinese foreign "
            "ministry spokesperson, said the pact stoked tension. Mao also urged restraint.")
    phrases = [p for p, _ in kp.extract_keyphrases(text, k=10)]
    assert "Yoon Suk Yeol" in phrases and "Yoon" not in phrases
    assert "Mao" not in phrases


def test_an_initialism_with_and_without_periods_is_one_keyphrase():
    # wire copy writes "U.S." and a later quotation "US": one candidate, shown as written most
    text = ("The U.S. will send a nuclear-armed submarine to South Korea, officials said. "
            "The U.S. Navy confirmed the plan. U.S. officials declined to give a date. "
            "\"The US stands with its ally,\" the ambassador said.")
    phrases = [p for p, _ in kp.extract_keyphrases(text, k=10)]
    assert "U.S." in phrases and "US" not in phrases
