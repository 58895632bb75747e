"""Speakers and actors of one person under several names, role nouns, described speakers and
clause openers (the newcomer test's four defects). Sentences written for this project in
wire, Korean press and KCNA-as-reported styles."""

from __future__ import annotations

import pytest

from analysis.corpus.actor_linker import ActorLinker
from analysis.corpus.documents import Document
from analysis.corpus.name_keys import drop_possessive, name_keys, normal_key
from analysis.corpus.speakers import (
    SpeakerTracker,
    description_head,
    is_speaker_surface,
    name_parts,
)
from analysis.metrics.actors import actor_mentions, find_actor_mentions, load_actors


def _rows(text):
    doc = Document.from_text(text, doc_id="t")
    return [(s.voice, s.speaker, s.actor) for s in doc.sentences], doc


def test_sister_of_the_leader_is_kim_yo_jong_not_kim_jong_un():
    rows, doc = _rows(
        "The powerful sister of North Korean leader Kim Jong Un on Saturday denounced the "
        "allies' pact as a hostile act, state media KCNA reported. Kim Yo Jong said the allies "
        "were plotting a nuclear war. Kim also said Pyongyang would respond with force.")
    assert rows == [
        ("quoted", "powerful sister of North Korean leader Kim Jong Un", "Kim Yo Jong"),
        ("quoted", "Kim Yo Jong", "Kim Yo Jong"),
        ("quoted", "Kim", "Kim Yo Jong")]
    m = actor_mentions([doc])
    # Kim Jong Un is mentioned (inside the description), and the later lone "Kim" is his sister.
    assert m[["actor", "matched", "sentence"]].values.tolist() == [
        ["North Korea", "North Korean", 1], ["Kim Jong Un", "Kim Jong Un", 1],
        ["KCNA", "KCNA", 1], ["Kim Yo Jong", "Kim Yo Jong", 2],
        ["Kim Yo Jong", "Kim", 3], ["North Korea", "Pyongyang", 3]]


def test_description_of_an_unlisted_relation_is_its_own_actor():
    linker = ActorLinker(load_actors())
    assert linker.link("the brother of Kim Jong Un") == "the brother of Kim Jong Un"
    assert linker.link("Kim Jong Un's sister") == "Kim Yo Jong"
    assert description_head("Secretary of State Antony Blinken") is None
    assert description_head("the Ministry of Unification") is None


@pytest.mark.parametrize("variant", ["Kim Yo-jong", "KIM YO JONG", "Kim Yo Jong’s"])
def test_spelling_variants_are_one_actor(variant):
    assert ActorLinker(load_actors()).link(variant) == "Kim Yo Jong"


def test_acronym_and_short_forms_take_the_earlier_full_name():
    rows, _ = _rows(
        "North Korea fired two missiles on Wednesday, the Joint Chiefs of Staff (JCS) said. "
        "The JCS said the military had stepped up surveillance. "
        "\"We condemn the launches,\" the Joint Chiefs said.")
    assert [r[2] for r in rows] == ["Joint Chiefs of Staff"] * 3
    tracker = SpeakerTracker(None)
    tracker.observe("The Asan Institute of Policy Studies ran the poll.")
    tracker.observe("Later the Asan Institute said so.")
    assert tracker.full_name("Asan Institute") == "Asan Institute of Policy Studies"
    assert tracker.full_name("AIPS") == "Asan Institute of Policy Studies"
    tracker.observe("The Kang Institute said it, and KANG INSTITUTE agreed.")
    assert tracker.full_name("KANG INSTITUTE") == "Kang Institute"


def test_spokesperson_surname_and_role_take_the_full_name():
    rows, doc = _rows(
        "\"The U.S. approach stirs up bloc confrontation,\" foreign ministry spokesperson Mao "
        "Ning told a regular news briefing. Mao said all parties should face the root causes. "
        "China opposes any move that escalates tension, the spokesperson said.")
    assert rows == [("quoted", "Mao Ning", "Mao Ning"), ("quoted", "Mao", "Mao Ning"),
                    ("quoted", "the spokesperson", "Mao Ning")]
    m = actor_mentions([doc])
    assert m.loc[m["matched"] == "Mao", "actor"].tolist() == ["Mao Ning"]


def test_lone_kim_after_an_unlisted_kim_is_nobody_of_the_list():
    doc = Document.from_text(
        "Deputy adviser Kim Tae-hyo said the group would meet. Kim said it would be soon. "
        "North Korean leader Kim Jong Un fired a missile. Kim called it a warning.", doc_id="k")
    m = actor_mentions([doc])
    assert m[["actor", "matched", "sentence"]].values.tolist() == [
        ["North Korea", "North Korean", 3], ["Kim Jong Un", "Kim Jong Un", 3],
        ["Kim Jong Un", "Kim", 4]]


def test_role_noun_never_takes_a_country_in_between():
    rows, _ = _rows(
        "President Joe Biden said the allies would stand together. In return, South Korea "
        "reaffirmed that it will not build nuclear weapons, according to a senior administration "
        "official. \"This is about making our deterrence more credible,\" the official said.")
    assert rows[1][1:] == ("South Korea", "South Korea")
    assert rows[2] == ("quoted", "the official", "senior administration official")


def test_role_noun_takes_the_latest_person_who_spoke():
    rows, _ = _rows(
        "The group will meet this year, a senior presidential official said Thursday. "
        "\"It gives us a say,\" deputy national security adviser Kim Tae-hyo told reporters. "
        "The official added that Seoul did not seek tactical nuclear weapons.")
    assert rows[2] == ("quoted", "the official", "Kim Tae-hyo")


@pytest.mark.parametrize("raw, ok", [
    ("Whether that insight", False), ("which the two leaders", False), ("What", False),
    ("that the allies", False), ("That official", True), ("Officials", True), ("Kim", True)])
def test_clause_openers_are_no_speakers(raw, ok):
    assert is_speaker_surface(raw) is ok


def test_clause_opener_sentences_stay_authorial():
    rows, _ = _rows(
        "Under the agreement, which the two leaders called the Washington Declaration, the "
        "allies will create a Nuclear Consultative Group to share information. Whether that "
        "insight translates into influence is less clear, and it seems possible that the group "
        "will become a venue for information sharing.")
    assert rows == [("authorial", None, None), ("authorial", None, None)]


@pytest.mark.parametrize("phrase, head", [
    ("The powerful sister of North Korean leader", "The powerful sister of North Korean leader"),
    ("a spokesman of the ministry", "a spokesman of the ministry"),
    # "because of" is no description: the subject is not stretched back over it.
    ("enforce it because of the claims", "of the claims"),
    ("in Seoul, the sister of Kim", "the sister of Kim")])
def test_subject_cut_at_of_takes_its_head(phrase, head):
    from analysis.corpus.cues import WORD_RE
    from analysis.corpus.described import head_of

    tokens = list(WORD_RE.finditer(phrase))
    k = next(i for i, t in enumerate(tokens) if t.group(0) == "of")
    assert phrase[tokens[head_of(phrase, tokens, k)].start():] == head


def test_sister_sentence_subject():
    from analysis.corpus.cues import find_reporting_clause

    assert find_reporting_clause(
        "The powerful sister of North Korean leader Kim Jong Un on Saturday denounced the pact "
        "as a hostile act, state media KCNA reported.", False)[0] == \
        "The powerful sister of North Korean leader Kim Jong Un"


@pytest.mark.parametrize("text, expected", [
    ("BUS lines and aROK; the US and ROK.", [("United States", "US"), ("South Korea", "ROK")]),
    ("KJCS met; the JCS met.", [("Joint Chiefs of Staff", "JCS")]),
    ("The U.S. Joint Chiefs of Staff and the Joint Chiefs of Staff.",
     [("United States", "U.S."), ("Joint Chiefs of Staff", "Joint Chiefs of Staff")])])
def test_no_letter_or_digit_may_touch_an_alias(text, expected):
    from analysis.metrics.actors import find_actor_mentions

    assert [(name, text[s:e]) for s, e, name, _ in find_actor_mentions(text)] == expected


def test_name_parts_drops_a_sentence_opener_and_keeps_the_roles_before_the_name():
    assert name_parts("As Victor Cha") == ("Victor Cha", "Cha", "cha", "Victor", ())
    assert name_parts("But Park") == ("Park", "Park", "park", None, ())
    assert name_parts("Foreign Ministry spokesperson Mao Ning") == (
        "Mao Ning", "Ning", "ning", "Mao", ("spokesperson",))
    assert name_parts("President Yoon") == ("Yoon", "Yoon", "yoon", None, ("president",))


def test_name_keys_give_the_variant_key_and_the_acronyms_of_the_final_runs():
    assert name_keys("Joint Chiefs of Staff") == ("joint chiefs of staff", ("JCS", "CS"))
    assert name_keys("Korean Central News Agency") == (
        "korean central news agency", ("KCNA", "CNA", "NA"))
    assert name_keys("Yoon Suk-yeol's") == ("yoon suk yeol", ("YS",))
    assert name_keys("KCNA") == ("kcna", ())
    assert name_keys("North Korea NSC") == ("north korea nsc", ())
    assert name_keys("Pyongyang") == ("pyongyang", ())
    assert name_keys("pyongyang") == ("pyongyang", ())


def test_drop_possessive_removes_only_a_final_possessive():
    assert drop_possessive("Kim Yo Jong’s") == "Kim Yo Jong"
    assert drop_possessive("Yoon's\n") == "Yoon\n"  # as the regex's "$" reads it
    assert drop_possessive("Kim’s sister") == "Kim’s sister"
    assert drop_possessive("O’Brien") == "O’Brien"
    assert drop_possessive("Reuters") == "Reuters"


def test_normal_key_ignores_case_hyphens_apostrophes_spaces_and_a_possessive():
    assert normal_key(" Yoon  Suk-yeol’s, ") == "yoon suk yeol"
    assert normal_key("U.S. Forces Korea") == "u s forces korea"
    assert normal_key("Pyongyang") == "pyongyang"
    assert normal_key("Séoul") == "séoul"
    assert normal_key("KCNA") == "kcna"
    assert normal_key("O’Brien") == "o'brien"


@pytest.mark.parametrize("text, speaker, actor", [
    # KCNA as reported: a kin or aide is not the leader named after "of"/"to"; an unnamed
    # source keeps its own words, its determiner too, in lower case (speaker_actors,
    # unnamed_actors)
    ("A deputy of Kim Yo Jong said the statement stood, KCNA reported.",
     "deputy of Kim Yo Jong", "a deputy of Kim Yo Jong"),
    ("An aide to President Joe Biden said the submarine visit would go ahead.",
     "aide to President Joe Biden", "an aide to President Joe Biden"),
    ("The younger sister of Kim Jong Un said in a statement that the drills would be answered.",
     "younger sister of Kim Jong Un", "Kim Yo Jong"),
    # wire and Chinese-MFA-as-reported: a spokesperson speaks for the body named after "for"
    ("A spokesman for South Korea's Joint Chiefs of Staff said the missile flew 1,000 km.",
     "spokesman for South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff"),
    ("A spokesman of the North Korean foreign ministry denounced the visit, KCNA said.",
     "spokesman of the North Korean foreign ministry", "North Korea"),
    ("A spokesperson for the DPRK Ministry of National Defence said the drills were a "
     "rehearsal for invasion.",
     "spokesperson for the DPRK Ministry of National Defence",
     "North Korea")])  # a ministry named in full is its country's, as "foreign ministry" is
def test_role_noun_before_of_for_or_to_is_the_speaker(text, speaker, actor):
    rows, _ = _rows(text)
    assert rows == [("quoted", speaker, actor)]


def test_described_by_for_or_to_links_to_the_description_not_the_name():
    linker = ActorLinker(load_actors())
    assert description_head("an aide to President Joe Biden") == "aide"
    assert linker.link("an aide to President Joe Biden") == "an aide to President Joe Biden"
    assert linker.link("a spokeswoman for the North Korean foreign ministry") == "North Korea"
    # a title before its name is no description
    assert description_head("U.S. Ambassador to South Korea Philip Goldberg") is None


def test_korean_press_short_forms_are_the_two_koreas():
    rows, _ = _rows(
        "Gen. Paul J. Smith, who commands U.S. Forces Korea, said the drills would go ahead.\n\n"
        "Officials in S. Korea said the launch came shortly before dawn.\n\n"
        "S. Korea's military said it had tracked the missile.\n\n"
        "N. Korea said the drills were a rehearsal for war.\n\n"
        "The North said it would answer in kind.")
    assert rows == [
        # the initial keeps its period and the name whole
        ("quoted", "Paul J. Smith", "Paul J. Smith"),
        # not "Korea", which the name "U.S. Forces Korea" above would have taken
        ("quoted", "officials in S. Korea", "South Korea"),  # officials of a country there
        ("quoted", "S. Korea's military", "South Korea"),
        ("quoted", "N. Korea", "North Korea"),
        ("quoted", "North", "North Korea")]


def test_the_north_and_the_south_are_mentions_only_as_names():
    def found(text):
        return [(actor, alias) for _, _, actor, alias in find_actor_mentions(text)]

    assert found("Any attack by the North against the South would be met with force.") == [
        ("North Korea", "the North"), ("South Korea", "the South")]
    assert found("The South's envoy met N. Korean officials.") == [
        ("South Korea", "The South"), ("North Korea", "N. Korean")]
    # another name, a compound or a compass point is not a Korea
    assert found("Allies of the North Atlantic Treaty Organization met.") == []
    assert found("The North-South talks stalled in the north of the country.") == []


def test_a_surname_never_stands_for_a_name_that_opens_with_a_country():
    tracker = SpeakerTracker(ActorLinker(load_actors()))
    tracker.observe("Gen. Paul LaCamera, commander of U.S. Forces Korea, said the alliance held.")
    assert tracker.full_name("Korea") == "Korea"
    assert tracker.full_name("LaCamera") == "Paul LaCamera"


KIM_SISTER = (
    "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, condemned the "
    "allied drills on Sunday, the official news agency reported.\n\n"
    "The drills were \u201ca dangerous gamble with the fate of the peninsula,\u201d Kim said.")


def test_a_bare_family_name_is_the_kim_who_spoke_last_not_the_kim_named_last():
    rows, doc = _rows(KIM_SISTER)
    assert rows[0][1:] == ("Kim Yo Jong", "Kim Yo Jong")
    # Kim Jong Un is named after his sister, but she is the one who spoke
    assert rows[1] == ("quoted", "Kim", "Kim Yo Jong")
    table = actor_mentions([doc])
    assert table.loc[table["matched"] == "Kim", "actor"].tolist() == ["Kim Yo Jong"]


def test_a_person_carried_to_an_unattributed_quotation_is_no_organisation():
    # "We will respond." carries Yoon as its speaker; "the ministry" after it is the ministry,
    # not Yoon taken for the last organisation that spoke
    rows, _ = _rows('"The alliance is stronger than ever," Yoon said. "We will respond."\n\n'
                    '"And we will not back down."\n\n'
                    "The ministry said the talks would continue.")
    assert [r[1] for r in rows] == ["Yoon", "Yoon", "Yoon", "the ministry"]
    assert rows[3] == ("quoted", "the ministry", "the ministry")
    # an organisation that spoke is still the one "the ministry" stands for
    rows, _ = _rows('"Talks will go on," the Foreign Ministry said. "We are ready."\n\n'
                    "The ministry said the date was not set.")
    assert rows[2][1] == "Foreign Ministry"


@pytest.mark.parametrize("when", ["on Saturday denounced the declaration",
                                  "denounced the declaration on Saturday"])
def test_a_time_phrase_before_the_verb_keeps_the_appositive_subject(when):
    # the words are Kim Yo Jong's, relayed by KCNA, wherever the day stands
    rows, _ = _rows("Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, "
                    f"{when}, state media KCNA reported.")
    assert rows == [("quoted", "Kim Yo Jong", "Kim Yo Jong")]


def test_a_time_phrase_without_a_comma_before_it_is_no_appositive():
    rows, _ = _rows("Officials in Seoul on Monday said the talks would resume.")
    assert rows[0][:2] == ("quoted", "officials in Seoul")


def test_empty_and_possessive_only_speakers_link_to_themselves():
    linker = ActorLinker(load_actors())
    assert linker.link(" ") == " "  # was IndexError
    assert linker.link("’s") == "’s"


def test_a_title_abbreviation_needs_its_period_so_the_family_name_min_stays():
    actors = {"actors": [{"name": "Park Jin", "kind": "person", "aliases": ["Minister Park"]},
                         {"name": "Lloyd Austin", "kind": "person",
                          "aliases": ["Secretary Austin"]}]}
    linker = ActorLinker(actors)
    assert linker.link("Min Park") == "Min Park"  # was Park Jin, read as "minister park"
    assert linker.link("MIN. PARK") == "Park Jin"
    assert linker.link("SEC. AUSTIN") == "Lloyd Austin"


def test_a_shared_family_name_is_named_first_in_any_case():
    linker = ActorLinker(load_actors())
    assert linker.is_named_first("KIM") and linker.is_named_first("Kim")  # was False for KIM
    assert linker.link("KIM") == "Kim Jong Un"
    assert not linker.is_named_first("Yoon")


def test_actors_left_out_when_no_row_shows_them():
    """A paragraph or document export loads its documents with ``actors=False``: the same
    voices and speakers, no sentence's actor linked."""
    text = ("South Korean President Yoon Suk Yeol said on Wednesday that the alliance was "
            "stronger than ever.\n\nThe White House said the two leaders would meet again.\n")
    linked = Document.from_text(text)
    bare = Document.from_text(text, actors=False)
    assert [(s.voice, s.speaker, s.actor) for s in linked.sentences] == [
        ("quoted", "Yoon Suk Yeol", "Yoon Suk Yeol"), ("quoted", "White House", "White House")]
    assert [(s.voice, s.speaker, s.actor) for s in bare.sentences] == [
        ("quoted", "Yoon Suk Yeol", None), ("quoted", "White House", None)]
