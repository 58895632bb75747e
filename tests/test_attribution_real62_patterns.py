"""Patterns of real coverage read after the blind scoring of a set of real passages (real62),
each general in news English:

- *agreed not to* and a verb narrates an agreement to act, like *agreed to* and a verb
  ("In exchange, Seoul agreed not to develop ..." was read as Seoul's words);
- "the North's official Korean Central News Agency" is the agency, *official* its adjective
  (the speaker was "the North's official");
- KCNA writes the South in lower case ("south Korean puppet forces"): South Korea.

Every sentence here was written for this file in the style of wire copy, the Korean
English-language press and KCNA; none is copied. The expected values were checked by hand.
"""

from analysis.corpus.announcements import agrees_to_act
from analysis.metrics.actors import find_actor_mentions
from tests.speaker_rows import rows


def test_agreeing_not_to_act_is_an_act():
    assert rows("In exchange, South Korea agreed not to build its own nuclear arsenal.") == [
        ("authorial", None, None)]
    assert agrees_to_act("The North agreed not to test missiles for a year.")
    assert rows("The North agreed not to test missiles, officials said.")[0][:2] == (
        "quoted", "officials")


def test_an_official_agency_is_the_agency():
    text = ("The North's official Korean Central News Agency issued the rebuke in a commentary "
            "on Tuesday, saying that a nuclear war is approaching.")
    assert rows(text) == [("quoted", "Korean Central News Agency", "KCNA")]
    assert rows("The official said the drills were provocative.")[0][:2] == (
        "quoted", "the official")


def test_kcna_s_lower_case_south_is_south_korea():
    text = "The south Korean puppet forces staged war drills in and around south Korea."
    assert [m[2] for m in find_actor_mentions(text)] == ["South Korea", "South Korea"]
    assert rows("The south Korean puppet military said the drills would go on.")[0][2] == (
        "South Korea")


def test_a_paragraph_framed_by_its_source_is_the_source_s_words():
    text = ("Foreign Ministry Spokesperson Lin Hao held a regular press conference on Monday.\n\n"
            "A reporter asked: Reports say Seoul wants China to press the North harder. "
            "What is China's response?\n\n"
            "Lin Hao said, I have two points. First, China's position is consistent. "
            "Second, dialogue is the only way out.\n\n"
            "The conference ended at noon. Lin Hao left the room.")
    got = [(voice, speaker) for voice, speaker, _ in rows(text)]
    assert got[1:3] == [("quoted", "reporter")] * 2  # the question goes with its claim
    assert got[3:6] == [("quoted", "Lin Hao")] * 3
    assert got[6:] == [("authorial", None), ("authorial", None)]


def test_a_framed_paragraph_with_quotation_marks_is_read_sentence_by_sentence():
    text = ('Lin Hao said, "China opposes the drills." The drills began on Monday.')
    assert rows(text)[1][:2] == ("authorial", None)


def test_a_framed_paragraph_stops_where_the_writer_speaks_again():
    text = ("Biden said, Let me be clear. The remarks came hours after the launch.\n\n"
            "Yoon said: Our alliance is ironclad. Yoon's approval rating rose to 38 percent.\n\n"
            "A reporter asked: Reports say Seoul wants more. What is China's response? "
            "Lin declined to comment.\n\n"
            "Kim said, The drills will go on. The drills began in March.")
    got = [(voice, speaker) for voice, speaker, _ in rows(text)]
    assert got[1] == ("authorial", None)  # the words seen from outside
    assert got[3] == ("authorial", None)  # the source named in the third person
    assert got[5] == ("quoted", "reporter")  # the question's last sentence
    assert got[6] == ("authorial", None)  # after the question: the writer's again
    assert got[8] == ("authorial", None)  # no first person: a plain report, not a record


def test_a_framed_record_keeps_its_sources_own_sentences_and_a_lone_question():
    text = ("Mao Ning said, China firmly opposes the move. We urge the US to stop creating "
            "tension. We hope for peace.\n\n"
            "A reporter asked: Will China take countermeasures?")
    got = [(voice, speaker) for voice, speaker, _ in rows(text)]
    assert got[:3] == [("quoted", "Mao Ning")] * 3
    assert got[3] == ("quoted", "A reporter")


def test_a_framed_record_of_a_body_or_with_its_own_said_runs_on():
    text = ("A spokesman for the DPRK Foreign Ministry said, The US is escalating tension. We "
            "will never tolerate it. The DPRK will further bolster its war deterrent.\n\n"
            "Mao Ning said, I want to stress one point. As I said yesterday, China firmly "
            "opposes the deployment.\n\n"
            "Yoon said, We will respond overwhelmingly. He ate lunch with soldiers.")
    got = [(voice, speaker) for voice, speaker, _ in rows(text)]
    assert [v for v, _ in got[:3]] == ["quoted"] * 3 and got[2][1] == got[0][1]
    assert got[4] == ("quoted", "Mao Ning")
    assert got[6] == ("authorial", None)  # "He" refers back to him from outside
