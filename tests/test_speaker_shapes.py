"""Which words a sentence read as someone's words names as its speaker (issue 13): a phrase that
names nobody (a connective, a fronted phrase, a first-person word, a bare quantifier) is passed
over; the inner source of a relay through a medium, the name after a title that names its post,
the agent of a passive report, a dateline with a region and a role capitalised after a country.
Sentences written for these tests."""

import pytest

from analysis.corpus.attribution_model import default_model
from analysis.corpus.cues import WORD_RE
from analysis.corpus.datelines import dateline_spans
from analysis.corpus.passive_agents import agent_source
from analysis.corpus.quotes import attribute_sentences
from analysis.corpus.relayed_subjects import is_medium
from analysis.corpus.sentences import iter_sentences
from analysis.corpus.speaker_shapes import named_source, promoted_source
from analysis.corpus.titled_names import role_cased, titled_name


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    sentences = list(iter_sentences(text))
    return [(a.voice, a.speaker, a.full_name)
            for a in attribute_sentences(text, sentences, kind="article")]


@pytest.mark.parametrize(("phrase", "source"), [
    ("Therefore", None),
    ("As our defence budget", None),
    ("In addition to the joint drills", None),
    ("While there", None),
    ("We", None),
    ("Our", None),
    ("deterrence capabilities to", None),
    ("Then a reporter", "a reporter"),
    ("As one retired general", "one retired general"),
    ("my father", "my father"),
    ("US", "US"),
    ("Both sides", "Both sides"),
    ("The agency", "The agency"),
    ("Under Secretary Bonnie Jenkins", "Under Secretary Bonnie Jenkins"),
])
def test_named_source(phrase: str, source: str | None) -> None:
    assert named_source(phrase) == source


@pytest.mark.parametrize(("sentence", "source"), [
    # a quantifier is read on to its noun, a fronted phrase past its comma
    ("Both delegations agreed that the drills would be held twice a year.", "Both delegations"),
    ("Beyond the port calls, the accord also calls for more joint training at sea.",
     "the accord"),
    # a passive report: the agent, not the thing judged
    ("The pact was portrayed by the Kyodo news agency as a warning to Pyongyang.",
     "the Kyodo news agency"),
])
def test_promoted_source(sentence: str, source: str | None) -> None:
    tokens = list(WORD_RE.finditer(sentence))
    assert promoted_source(sentence, tokens, default_model().cues) == source


def test_promoted_source_names_nobody_for_connective_and_first_person() -> None:
    for sentence in ("Therefore, we know that the talks will fail again this year.",
                     "We believe the envoys will meet again before the winter."):
        tokens = list(WORD_RE.finditer(sentence))
        assert promoted_source(sentence, tokens, default_model().cues) is None


def test_according_to_a_medium_credits_the_inner_source() -> None:
    text = ("According to Reuters, the diplomat, who asked not to be named, confirmed that the "
            "carrier would reach Busan next week.")
    assert _read(text)[0][:2] == ("quoted", "the diplomat")


def test_according_to_a_person_stays_the_person() -> None:
    text = ("According to the navy chief, Tokyo should be aware that its patrols have gone "
            "too far.")
    assert _read(text)[0][1] == "navy chief"


@pytest.mark.parametrize(("phrase", "medium"), [
    ("AFP", True), ("the Korea Times", True), ("local media", True), ("a Yonhap report", True),
    ("the defense minister", False), ("Kim", False),
])
def test_is_medium(phrase: str, medium: bool) -> None:
    assert is_medium(phrase) is medium


def test_region_dateline_is_no_speaker() -> None:
    text = ("Tokyo, Japan — China's foreign ministry spokesman, Lin Wei, said on Friday that "
            "the talks would resume, calling the drills a “dangerous game.”")
    voice, speaker, _ = _read(text)[0]
    assert voice == "quoted" and speaker != "Tokyo" and "Lin Wei" in speaker
    assert dateline_spans("Busan, South Korea -- The ship docked.") == [(0, 21)]
    assert dateline_spans("On Friday, Gingrich — praised by many — spoke.") == []
    assert dateline_spans("Biden, Yoon — a new chapter") == []


@pytest.mark.parametrize(("outside", "raw", "name"), [
    ("Russian Ambassador to Japan Ivan Petrov lodged a protest, saying", "Russian Ambassador",
     "Ivan Petrov"),
    ("Special Envoy for North Korea Ann Lee told reporters", "Special Envoy", "Ann Lee"),
    ("Minister of Foreign Affairs Park Min-ho said", "Minister", "Park Min-ho"),
    ("The ambassador to Japan said", "The ambassador", "The ambassador"),
    ("Lee said", "Lee", "Lee"),
])
def test_titled_name(outside: str, raw: str, name: str) -> None:
    assert titled_name(outside, raw) == name


def test_titled_name_in_a_sentence() -> None:
    text = ("Russian Ambassador to Japan Ivan Petrov lodged a sharp protest on Monday, saying "
            "Tokyo had crossed “a red line.”")
    assert _read(text)[0][1] == "Ivan Petrov"


def test_capitalised_role_after_a_country_resolves() -> None:
    assert role_cased("the South Korean President") == "the South Korean president"
    assert role_cased("the Foreign Minister") == "the Foreign Minister"
    text = ("South Korean President Yoon Suk Yeol met reporters in Seoul. “The alliance has "
            "never been stronger,” Biden said.\n\n“We will not waver,” the South Korean "
            "President said. “Our bond is one of values,” he added.")
    rows = _read(text)
    assert rows[-1][0] == "quoted" and rows[-1][2] == "Yoon Suk Yeol"


@pytest.mark.parametrize(("sentence", "agent"), [
    ("The drills were denounced by Beijing as a rehearsal for war.", "Beijing"),
    ("Lee was responding to remarks made by Cho Min, a deputy adviser, that the pact "
     "amounted to sharing.", "Cho Min"),
    ("The row followed comments by Admiral Sam Ortiz, stating that the boats would deter "
     "China.", "Admiral Sam Ortiz"),
    ("The missile was fired by the North on Monday.", None),
    ("The deal was signed by both leaders, aides said.", None),
])
def test_agent_source(sentence: str, agent: str | None) -> None:
    assert agent_source(sentence) == agent


def test_official_from_a_body_is_a_later_he() -> None:
    text = ("A senior official from the presidential office told journalists the talks would "
            "“resume by autumn.” “Nothing is final yet,” he added.")
    rows = _read(text)
    assert rows[0][1] == "senior official from the presidential office"
    assert rows[1] == ("quoted", rows[0][1], rows[0][1])
