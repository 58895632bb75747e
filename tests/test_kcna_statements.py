"""North Korean statements as reported: a KCNA frame line naming a body in capitals or giving
the statement's title in quotation marks, an appositive subject before a perfect auxiliary,
a strongly worded statement with a participle of speech, a long object before *described ...
as a*, and an evaluative act the story has told narrated at its occasion. Sentences written
for these tests in the style of KCNA releases and of the Korean English-language press."""

import pytest

from analysis.corpus.actor_linker import default_linker
from analysis.corpus.statement_frames import following_frame, named_body
from tests.speaker_rows import rows, voice_speaker_rows

BUREAU = "Policy Bureau of the Defence Ministry of the DPRK"


@pytest.mark.parametrize("frame", [
    f"Pyongyang, June 9 (KCNA) -- The {BUREAU}, issued the following press statement on "
    "Friday:",
    f"Pyongyang, June 9 (KCNA) -- The {BUREAU} issued the following press statement "
    "\"Reckless sabre-rattling will be answered in kind\" on Friday:",
])
def test_a_frame_lines_body_named_in_capitals_speaks_the_statement(frame):
    text = (frame + "\n\nThe warmongers across the border have again staged provocative "
            "drills near our waters.\n\nSuch moves will only bring them disaster.")
    got = voice_speaker_rows(text)
    assert got == [("authorial", None), ("quoted", BUREAU), ("quoted", BUREAU)]


def test_named_body_reads_only_a_body_in_capitals():
    assert named_body("The Press Office of the Central Military Commission,") == \
        "Press Office of the Central Military Commission"
    assert named_body("the office of the minister") is None
    assert named_body("Officials in Pyongyang said on Monday they") is None
    line = "Pyongyang, June 9 (KCNA) -- A spokesman for the KPA General Staff released the " \
        "following statement:"
    assert following_frame(line, 0, len(line)) == "A spokesman for the KPA General Staff"


def test_an_issuer_named_by_the_norths_full_name_is_north_korea():
    linker = default_linker()
    office = "Press Office of the Ministry of Defence of the "
    assert linker.link(office + "Democratic People's Republic of Korea") == "North Korea"
    assert linker.link(office + "Republic of Korea") == "South Korea"
    assert linker.countries_in("a bureau of the Democratic People's Republic of Korea") == \
        {"North Korea"}


@pytest.mark.parametrize("text,speaker", [
    ("Kim Yo Jong, a senior official of the ruling party and the leader's sister, has warned "
     "of stern steps over the arrival of an American bomber.", "Kim Yo Jong"),
    ("Choe Son Hui, the North's top diplomat, has said the drills push the region toward "
     "war.", "Choe Son Hui"),
    ("The missile would be launched within weeks, the unification minister, Park Min-soo, has "
     "said.", "Park Min-soo"),
])
def test_an_appositive_subject_before_a_perfect_auxiliary_reports(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


def test_a_pronoun_after_the_appositive_report_is_the_named_official():
    text = ("Kim Yo Jong, a senior official of the ruling party and the leader's sister, has "
            "warned of stern steps over the arrival of an American bomber. She stated that "
            "Pyongyang is weighing firmer answers.")
    assert [r[1] for r in rows(text)] == ["Kim Yo Jong", "Kim Yo Jong"]


@pytest.mark.parametrize("text,speaker", [
    ("Kim Yo Jong, a senior official of the ruling party, has issued a sharply worded "
     "statement denouncing the port call of an American submarine.", "Kim Yo Jong"),
    ("The ministry released a statement rejecting the claims about its drills.",
     "the ministry"),
])
def test_a_statement_with_a_participle_of_speech_reports(text, speaker):
    assert voice_speaker_rows(text) == [("quoted", speaker)]


def test_a_long_object_before_described_as_a_reports():
    text = ("North Korea described the U.S. approval of the plan as a grave development that "
            "shakes security in the region.")
    assert voice_speaker_rows(text) == [("quoted", "North Korea")]


@pytest.mark.parametrize("text,voice", [
    ("Kim Yo Jong made the condemnation as an American bomber landed at a base south of "
     "Seoul, a sign of the alliance's resolve.", "authorial"),
    ("Kim Yo Jong made the threat at a party meeting on Sunday.", "authorial"),
    ("Kim Yo Jong issued a stern warning as an American bomber landed.", "quoted"),
    ("Kim Yo Jong issued the warning to Seoul on Sunday.", "quoted"),
])
def test_an_evaluative_act_told_again_at_its_occasion_is_narration(text, voice):
    assert voice_speaker_rows(text)[0][0] == voice


@pytest.mark.parametrize("text,speaker", [
    ("In a statement carried on Sunday by the state-run Korean Central News Agency (KCNA), Kim, "
     "the influential sister of leader Kim Jong Un, accused Seoul of \u201creckless\u201d drills.",
     "Kim"),
    ("In remarks released by the official Xinhua News Agency, Wang, the foreign minister, "
     "urged both sides to show restraint.", "Wang"),
    ("In Seoul, Cho Tae-yul, the foreign minister, said the consultative group would meet "
     "again in June.", "Cho Tae-yul"),
    ("At a briefing on Monday, Lin Jian, a foreign ministry spokesman, said Beijing opposed "
     "the deployment.", "Lin Jian"),
])
def test_a_name_ending_a_fronted_phrase_is_not_the_subject_after_it(text, speaker):
    # The named agency closes the opening phrase; the appositive subject follows its comma.
    assert voice_speaker_rows(text) == [("quoted", speaker)]
    assert voice_speaker_rows(text + " She added that the talks were over.")[1] == \
        ("quoted", speaker)
