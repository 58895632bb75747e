"""Speaker patterns read off the errors of the blind set real86 (Japan and the security of the
Korean Peninsula, 2023-26), on texts written for these tests in the styles of a North Korean
press statement carried in full, Japanese wire copy and the Korean English-language press
(issue 13)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import voice_speaker_rows as rows

STATEMENT = ("Kim Yo Jong, vice department director of the WPK Central Committee, issued the "
             "following press statement on Tuesday:\n\n")


def test_a_source_named_inside_a_carried_statement_speaks_its_own_sentence():
    text = STATEMENT + (
        "The Japanese side said through its chief cabinet secretary that it would never accept "
        "the matter as settled. We have nothing more to say to Tokyo.\n\n"
        "Prime Minister Tanaka reportedly told parliament that he wanted to change the present "
        "relations.")
    got = rows(text)
    assert got[0] == ("authorial", None)
    assert got[1] == ("quoted", "the Japanese side")
    assert got[2][0] == "quoted" and got[2][1] == "Kim Yo Jong"
    assert got[3][0] == "quoted" and "Tanaka" in got[3][1]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The remarks came after a senior North Korean official released a statement on Monday "
     "saying that the prime minister wanted a summit.", "senior North Korean official"),
    ("Earlier, Kim Yo-jong released a statement saying that the abduction issue was closed.",
     "Kim Yo-jong"),
])
def test_the_issuer_of_a_statement_with_a_participle_speaks(sentence, speaker):
    (voice, who), = rows(sentence)
    assert voice == "quoted"
    assert who.endswith(speaker)
