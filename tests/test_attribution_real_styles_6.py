"""Patterns of real coverage (sixth round): a Korean broadcast script in English (``<Anchor>``,
``< reporter>``, interview bites ``[Name/Post: ...]``), wire sentences with two sources
(``..., Yonhap reported, citing the navy``; ``KCNA quoted a statement by NAME, a post, as
saying``), a role noun before a name, a document *by* or *from* a body, and a thing named by
*called*.

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.inner_sources import reporting_clause
from analysis.corpus.plain_acts import not_a_source
from analysis.corpus.speech_acts import act_subject
from analysis.corpus.transcripts import turn_label


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


BROADCAST = (
    "< reporter> The North's ruling party denounced the allies' new consultative group on "
    "Friday. It said the drills would only raise tensions.\n\n"
    "[Park Sung-ho/Professor, Hanguk Institute: They want to justify their own weapons "
    "programme. That is the pattern.]\n\n"
    "Officials in Seoul said they were watching closely.")


def test_broadcast_labels_open_turns():
    assert turn_label("< reporter> The party met.") == "Reporter"
    assert turn_label("<Anchor> Good evening.") == "Anchor"
    assert turn_label("[Park Sung-ho/Professor, Hanguk Institute: They want it.]") == \
        "Park Sung-ho"
    assert turn_label("[Park Sung-ho/Professor] They want it.") == "Park Sung-ho"
    assert turn_label("[Updated: The talks ended.]") is None


def test_a_broadcast_script_with_a_bite_is_read_as_turns():
    # Was read as an article: "< reporter>" was no label, the bite a quotation.
    # The reporter's part is the outlet's copy, read as an article; the bite is a turn.
    got = rows(BROADCAST)
    assert got[:2] == [("quoted", "North's ruling party")] * 2
    assert got[2:4] == [("speech", "Park Sung-ho")] * 2
    assert got[4] == ("quoted", "officials in Seoul")  # back to the reporter's copy


def test_angle_brackets_in_an_article_open_no_turn():
    got = rows("Officials met in Seoul on Monday.\n\nThe score was 3 < 4 in the end.")
    assert [v for v, _ in got] == ["authorial", "authorial"]


def test_a_relay_citing_a_named_source_is_the_source():
    raw, _ = reporting_clause("The submarine docked in Busan on Tuesday, Yonhap reported, "
                              "citing the South Korean navy.", False)
    assert raw == "the South Korean navy"
    raw, _ = reporting_clause("A carrier group will visit next month, the paper reports, "
                              "citing Kyodo News.", False)
    assert raw == "Kyodo News"


def test_citing_a_reason_or_an_unnamed_source_keeps_the_outer_source():
    raw, _ = reporting_clause("The ministry said it would delay the drills, citing bad "
                              "weather.", False)
    assert raw == "The ministry"
    raw, _ = reporting_clause("Talks were delayed, the Post reported, citing another "
                              "anonymous source.", False)
    assert raw == "the Post"
    raw, _ = reporting_clause("He said, citing Seoul’s new budget, that costs will rise.",
                              False)
    assert raw == "He"


def test_quoted_a_statement_by_a_name_with_a_post_is_the_name():
    outside = ("                             , state media quoted a statement by Ri Myong "
               "Chol, vice minister of defence, as saying.")
    assert reporting_clause(outside, True)[0] == "Ri Myong Chol"


def test_a_role_noun_runs_on_to_the_name():
    raw, _ = reporting_clause("Chinese Foreign Ministry spokesperson Lin Jian responded to the "
                              "drills on Monday, saying Beijing opposed them.", False)
    assert raw == "Chinese Foreign Ministry spokesperson Lin Jian"
    raw, _ = reporting_clause("Cho Tae-yong, South Korea's national security adviser "
                              "revealed that more visits were planned.", False)
    assert raw == "Cho Tae-yong"
    raw, _ = reporting_clause("Officially, the adviser said more visits were planned.", False)
    assert raw == "the adviser"


def test_a_document_by_a_body_is_the_document():
    raw, _ = reporting_clause("A joint statement by the two defence ministries also "
                              "reaffirmed that the drills would continue.", False)
    assert raw == "A joint statement"
    outside = ("                                     , a joint statement from the talks said.")
    assert reporting_clause(outside, True)[0] == "a joint statement"


def test_a_thing_named_by_called_is_nobody_speaking():
    got = rows("The allies signed a new pact called the “Seoul Accord.” It covers "
               "training.\n\nThe talks, the ministry said, went well.")
    assert got[0] == ("authorial", None)
    assert got[2] == ("quoted", "the ministry")


def test_evaluative_acts_of_several_words_are_reported_speech():
    got = rows("In a press release, a spokesman for the North's defence ministry lashed out at "
               "the drills.\n\nThe minister then called on Washington to halt the exercises."
               "\n\nThrough the release Tokyo also took issue with the carrier visit."
               "\n\nMr. Yoon blamed the North for the tension on Tuesday.")
    assert got == [("quoted", "spokesman"), ("quoted", "the minister"),
                   ("quoted", "Tokyo"), ("quoted", "Yoon")]


def test_acts_of_things_or_clauses_report_nothing():
    assert act_subject("The drills called on reserves to report to their units.") is None
    assert act_subject("What the launch showed took issue with nothing.") is None
    assert act_subject("He issued the warning at a news conference in Seoul.") is None
    assert act_subject("But Seoul took issue with the claim.") == "Seoul"
    assert act_subject("Sen. Kim Gi-hyeon of the ruling party called on Seoul to act.") == \
        "Kim Gi-hyeon"


def test_a_relay_after_a_subject_that_reports_by_itself_is_the_subject():
    raw, _ = reporting_clause("In a press release, a spokesman for the ministry lashed out at the "
                              "two allies, the official news agency reported.", False)
    assert raw == "a spokesman"


def test_a_source_cut_short_is_completed():
    raw, according = reporting_clause("The talks stalled in May, according to Mr. Cho.", False)
    assert (raw, according) == ("Mr. Cho", True)
    raw, _ = reporting_clause("His chief aide doubled down on the charge, saying it was "
                              "true.", False)
    assert raw == "His chief aide"
    raw, _ = reporting_clause("Both envoys stressed the point, saying talks must go on.", False)
    assert raw == "Both envoys"


def test_acts_whose_subject_the_clause_reader_misses():
    # Were authorial: a fronted phrase before a lower-case subject, an aside after a name.
    assert act_subject("During the talks, both sides welcomed progress on joint "
                       "planning.") == "both sides"
    assert act_subject("Last week, Tokyo, at a trilateral meeting in Hawaii, raised the "
                       "possibility of a launch.") == "Tokyo"
    assert act_subject("Obama, who welcomed the envoys to the White House, left early.") is None


def test_a_condemnation_after_an_aside_is_its_subjects():
    # Was authorial: the aside between commas hid the subject of "criticized".
    assert act_subject("Chinese state media, the Xinhua News Agency, criticized the "
                       "drills.") == "Chinese state media"
    assert act_subject("The envoy was criticized for the remark.") is None
    assert act_subject("Sen. Ted Cruz, who has blasted the plan, will speak.") is None


def test_a_phrase_a_fact_or_a_forecast_is_no_source():
    raw, _ = reporting_clause("The term                       describes the U.S. using its "
                              "arsenal to shield allies.", True)
    assert raw is None
    assert not_a_source("This fact clearly shows the risk of the drills.", "This fact")
    assert not_a_source("That forecast reflected the wisdom of the time.", "That forecast")


CAPTIONS = (
    "Good evening and welcome back. The president meets the leaders of japan and korea "
    "at the retreat this weekend. His first stops abroad were tokyo and seoul. He wants "
    "the u. s. to stand closer with both of them.")


def test_automatic_captions_are_one_unnamed_speakers_speech():
    # Was authorial: captions have no speaker labels.
    from analysis.corpus.transcripts import is_caption
    assert is_caption(CAPTIONS)
    got = rows(CAPTIONS)
    assert got and all(r == ("speech", None) for r in got)


def test_an_article_with_a_lower_case_name_is_no_caption():
    from analysis.corpus.transcripts import is_caption
    assert not is_caption("Visit www.japan.org or see #korea and korea-watch for more. "
                          "Officials in Seoul said talks would go on.")
    assert not is_caption("He said “japan and korea and china” were his stops.")


def test_a_passive_report_with_its_agent_last_is_the_agents():
    raw, _ = reporting_clause("The carrier's arrival was later confirmed by the South Korean "
                              "navy.", False)
    assert raw == "the South Korean navy"
    raw, _ = reporting_clause("This was reported by the Japanese Foreign Ministry and US "
                              "officials.", False)
    assert raw == "the Japanese Foreign Ministry and US officials"
    assert reporting_clause("The deal was first reported by Yonhap.", False)[0] is None
    assert reporting_clause("The bill was passed by the Senate.", False)[0] is None
    assert reporting_clause("The loan that was reported by The Times.", False)[0] is None


def test_a_syndicators_tag_before_a_dateline_is_blanked():
    from analysis.corpus.sources import blank_dateline
    text = "(MENAFN- Asia News) SEOUL, March 3 (Yonhap) -- North Korea condemned the drills."
    assert blank_dateline(text).lstrip().startswith("North Korea")
    got = rows(text)
    assert got == [("quoted", "North Korea")]
