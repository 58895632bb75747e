"""Patterns of real coverage (fifth round): a briefing whose turns open with a bracketed label,
a role (``[Host]``) or a name followed by a slash and a post (``[Park Ji-won / Vice Minister
of Foreign Affairs]``), in the style of a Korean ministry's published transcript.

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.transcripts import turn_label


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


BRACKETED = (
    "[Host] Good morning. The three deputy ministers will each give remarks in turn.\n\n"
    "[Park Ji-won / Vice Minister of Foreign Affairs] Thank you. Our talks today were "
    "candid and useful.\n\n"
    "We agreed to meet again before the end of the year.")


def test_bracketed_labels_open_turns():
    assert turn_label("[Host] Good morning.") == "Host"
    assert turn_label("[Park Ji-won / Vice Minister of Foreign Affairs] Thanks.") == "Park Ji-won"


def test_a_briefing_with_bracketed_labels_is_read_as_turns():
    # Was authorial throughout: the bracketed labels were no turn labels.
    got = rows(BRACKETED)
    assert got[:2] == [("speech", "Host", None)] * 2
    assert got[2:] == [("speech", "Park Ji-won", "Park Ji-won")] * 3


def test_a_bracketed_aside_in_an_article_is_no_turn():
    got = rows("Officials met in Seoul on Monday.\n\n[Updated at noon] The talks ended early.")
    assert got[1][0] == "authorial"
    assert turn_label("[03:15] The talks ended.") is None
