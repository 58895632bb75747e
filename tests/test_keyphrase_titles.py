"""Title-case lines and participles in them (``analysis.metrics.keyphrase_titles``,
``analysis.metrics.keyphrase_inflections``), on texts written for these tests in the styles of
real coverage (a magazine's wire rewrite, a blog post under a title-case headline)."""

from analysis.metrics import keyphrase_titles
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrase_inflections import inflected_verb, verb_bases
from analysis.metrics.keyphrase_titles import title_case_flags
from analysis.metrics.keyphrase_tokens import scan_tokens
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


SUMMIT = ("Manila and Tokyo Seal Maritime Pact\n\n"
          "In a brief ceremony, the two governments agreed to share radar data at sea.\n\n"
          "Japanese Prime Minister Daisuke Arima held talks with Philippine President Rosa "
          "Villanueva in Manila on Tuesday.\n"
          "Arima told reporters the pact would deter coercion in the South China Sea, and "
          "Villanueva said joint patrols would begin within months.\n")


def flags(text: str) -> list[bool]:
    scan = scan_tokens(text)
    caps = [info[3] for info in scan.infos]
    return title_case_flags(scan.los, caps, scan.lines, 0, None, scan.gaps)


def test_name_dense_sentence_on_its_own_line_is_no_title_line():
    scan = scan_tokens(SUMMIT)
    title = flags(SUMMIT)
    words = dict(zip(scan.words, title, strict=False))
    assert words["Seal"] is True  # the headline: every content word capitalised
    assert words["Daisuke"] is False and words["held"] is False
    assert "daisuke arima" in keys(SUMMIT)
    shown = top(SUMMIT)
    assert "Daisuke Arima" in shown and "Arima" not in shown


def test_without_the_rule_the_sentence_reads_as_a_headline(monkeypatch):
    monkeypatch.setattr(keyphrase_titles, "SENTENCES", False)
    assert flags(SUMMIT)[scan_tokens(SUMMIT).words.index("Daisuke")] is True
    assert "daisuke arima" not in keys(SUMMIT)


def test_headline_without_a_full_stop_stays_a_title_line():
    text = ("Singer Lena Varga weds actor Tomas Reyes in Budapest\n"
            "The couple married on Saturday before two hundred guests.\n")
    assert flags(text)[:3] == [True, True, True]


def test_line_ending_in_a_stop_with_one_lower_case_word_is_still_a_title_line():
    text = "Seoul Hosts Nuclear Planning Talks.\n\nOfficials met for two days in the capital.\n"
    assert flags(text)[:5] == [True] * 5


def test_participle_of_a_title_case_headline_is_no_name():
    text = ("Why Allied Nerves Keep Fraying\n\n"
            "Officials in Seoul keep asking for new assurances from Washington. Each visit by a "
            "submarine calms the debate for a few weeks, and then the doubts return. The "
            "assurances do not last, and officials in Seoul ask again.\n")
    assert "allied" not in keys(text)
    assert "Allied" not in top(text, 30)


def test_participle_bases():
    assert verb_bases("allied") == ("ally",)
    assert verb_bases("planned") == ("plann", "planne", "plan")
    assert verb_bases("seoul") == ()
    assert inflected_verb("allied") and inflected_verb("planned") and inflected_verb("reading")
    assert not inflected_verb("beijing")  # "beij": no English word
    assert not inflected_verb("ahmed") and not inflected_verb("ted")
