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


RUN_TOGETHER = (
    "Welcome to the building. I will call on reporters after the remarks. SECRETARY OF "
    "DEFENSE HALL: Thank you, everyone. Our two navies sailed together this spring.\n\n"
    "We will keep training side by side in the months ahead.\n\n"
    "The deterrent we share has never been stronger, and our partners know it well.")


def test_a_titled_label_inside_a_run_together_paragraph_opens_turns():
    # Was authorial throughout: no paragraph opened with a label.
    got = rows(RUN_TOGETHER)
    assert got[:2] == [("authorial", None, None)] * 2
    assert all(r[:2] == ("speech", "Secretary Of Defense Hall") for r in got[2:])
    assert len(got) == 6


def test_a_label_late_in_an_article_opens_no_turns():
    text = ("Talks opened in Seoul on Monday with a long agenda of trade items. " * 4
            + "\n\nThe delegations met for three hours.\n\n"
            "MR LEE: The meeting went well.")
    assert [r[0] for r in rows(text)][:5] == ["authorial"] * 5


BROADCAST = (
    "<Anchor> Seoul and Washington will hold their planning talks this week. Our defence "
    "desk has the story.\n\n"
    "<Reporter> The two delegations arrive in Seoul on Thursday. Officials expect a short "
    "joint statement after the session.\n\n"
    "<Anchor> Thank you for the report.")


def test_a_broadcast_script_with_angle_bracket_labels_is_the_outlets_copy():
    # Was authorial throughout: angle-bracket labels of a television script were no labels.
    assert turn_label("<Anchor> Good evening.") == "Anchor"
    assert turn_label("<Kim Min-su / Professor> It is.") == "Kim Min-su"
    assert turn_label("<b> Bold text") is None
    # The anchor's and the reporter's parts are the outlet's own copy, read as an article.
    got = rows(BROADCAST)
    assert [r[:2] for r in got] == [("authorial", None)] * 3 + [("quoted", "officials")] + \
        [("authorial", None)]


def test_angle_bracket_labels_are_no_keyphrases():
    from analysis.metrics.keyphrases import extract_keyphrases
    top = [p for p, _ in extract_keyphrases(BROADCAST, 10)]
    words = {w.lower() for phrase in top for w in phrase.split()}
    assert top[:3] == ["Seoul", "Washington", "defence desk"]
    assert "anchor" not in words and "reporter" not in words
