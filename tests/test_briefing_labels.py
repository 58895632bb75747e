"""Briefing labels: a medium's initials keep their case as a speaker (``AFP:``), a name in
capitals is put in title case (``KIRBY:``). Texts written for these tests."""

from tests.speaker_rows import voice_speaker_rows


def test_a_mediums_initials_as_a_briefing_label_keep_their_case():
    rows = voice_speaker_rows("AFP: Will China raise it with Washington?\n\n"
                              "KIRBY: We are watching the peninsula closely.")
    assert [speaker for _, speaker in rows] == ["AFP", "Kirby"]
