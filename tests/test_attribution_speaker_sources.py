"""Speakers of sentences already read as someone's words, in patterns of real coverage: a
lawmakers' joint release whose statement is printed as a quotation over several paragraphs,
and (below) inner sources and main clauses that the subject reader missed.

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.frame_subjects import frame_subject
from analysis.corpus.statement_frames import following_frame


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


RELEASE = (
    "Moss, Hale on the Pacific Summit\n\n"
    "WASHINGTON – U.S. Senators Ann Moss (D-Ore.), chair of the Senate Budget Committee, and "
    "Tom Hale (R-Ky.), a member of the Senate Appropriations Committee, today issued the "
    "following statement on the president's plan to open a new defense dialogue with Manila "
    "(NDM):\n\n"
    "“We support the plan to open a new dialogue with our ally.\n\n"
    "“Manila has asked for closer talks for years. Joint drills will also help.\n\n"
    "“Still, a forum alone will not be enough. Beijing keeps building its navy, and our "
    "alliance must keep up.”\n\n"
    "Hale toured three bases in the region last week.")


def test_a_release_printed_as_a_quotation_is_its_issuers_to_the_closing_mark():
    # Was quoted with no speaker: the frame line's tail ran past 80 characters and its
    # subject read as "Senators Ann Moss D-Ore".
    got = rows(RELEASE)
    pair = ("quoted", "Ann Moss and Tom Hale", "Ann Moss and Tom Hale")
    assert got[:2] == [("authorial", None, None)] * 2
    assert got[2:7] == [pair] * 5
    assert got[7][0] == "authorial"  # after the quotation closes: the writer's again


def test_frame_subject_reads_names_out_of_brackets_and_asides():
    assert frame_subject("Rep. Dana Ortiz (D-Calif.), a member of the House Armed Services "
                         "Committee, ") == "Dana Ortiz"
    assert frame_subject("Senators Ann Moss (D-Ore.) and Tom Hale (R-Ky.) today ") == \
        "Ann Moss and Tom Hale"
    assert frame_subject("Kang Sun Nam, minister of National Defence of the DPRK, ") == \
        "Kang Sun Nam"
    assert frame_subject("The ministry ") is None  # a plain subject: left to the reader
    assert frame_subject("Ann Moss, Tom Hale and Lee Park, ") is None  # three: not read here
    line = ("Sen. Lee Park (D-Wash.), the top Democrat on the Senate Veterans' Affairs "
            "Committee, released the following statement on the visit:")
    assert following_frame(line, 0, len(line)) == "Lee Park"


def speakers(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_a_relay_citing_a_body_by_its_possessive_name_is_that_bodys():
    # Was "Kyodo news agency said": the verb before "citing" read into the name, and a
    # possessive cited phrase was taken for a reason ("citing Trump's appeal").
    text = ("The destroyer docked at a port in Sasebo on Friday to take on fuel, Kyodo news "
            "agency said citing Japan's navy.")
    assert speakers(text) == [("quoted", "Japan's navy")]
    reason = "The ferry stayed in port on Friday, Kyodo news agency said citing the storm."
    assert speakers(reason) == [("quoted", "Kyodo news agency")]


def test_they_before_a_named_bodys_closing_clause_is_that_body():
    # Was the last speaker of the document (the relay before it).
    text = ("The destroyer docked in Sasebo on Friday, Kyodo news agency said citing Japan's "
            "navy.\n\n"
            "They voiced alarm about the missile tests and agreed to meet again next spring, "
            "Japan's foreign ministry said in a statement.")
    assert speakers(text)[1] == ("quoted", "Japan's foreign ministry")


def test_a_day_of_the_month_after_on_is_no_speaker():
    # Was "the 14th".
    text = ("Amid further launches this week, the Ministry of Unification on the 14th called "
            'them "reckless moves that threaten everyone."')
    assert speakers(text) == [("quoted", "Ministry of Unification")]


def test_an_inner_subject_that_had_reported_the_quotation_speaks():
    # Was Mei Lan: the inner source of "noted that X had repeatedly warned of the '...'".
    text = ('"We follow the drills closely," Foreign Ministry spokeswoman Mei Lan said on '
            "Monday.\n\n"
            "She noted that the Chinese side had repeatedly warned of the \"risk of a spiral of "
            'military pressure in the region."\n\n'
            "She noted that the talks had gone well.")
    got = speakers(text)
    assert got[1] == ("quoted", "the Chinese side")
    assert got[2] == ("quoted", "Mei Lan")  # no quotation in the inner clause: hers


def test_a_fronted_clause_of_contrast_leaves_the_main_clause_its_source():
    # Was "the treaty", the source of the "While ..." clause.
    text = ("While the treaty says that Tokyo pledges to “consult closely” with Manila and "
            "will “share plans for joint patrols,” Kishida stressed at a briefing that Japan "
            "keeps full control of its forces.")
    assert speakers(text) == [("quoted", "Kishida")]
    plain = ("While the treaty says that Tokyo will consult Manila, Kishida stressed that "
             "Japan keeps control of its forces.")
    assert speakers(plain) == [("quoted", "Kishida")]


def test_according_to_unnamed_reports_gives_way_to_a_named_source():
    # Was "reports".
    text = ("According to reports, the communique said the two sides will expand joint drills "
            "and set up a new planning group.")
    assert speakers(text) == [("quoted", "the communique")]
    named = "According to Kyodo, the two sides will expand joint drills next year."
    assert speakers(named) == [("quoted", "Kyodo")]


def test_a_name_before_an_aside_and_says_speaks_not_the_clause_after_it():
    # Was "Fumio Kishida", the subject of the reported clause after "says" (an aside over
    # 120 characters long).
    text = ("Park Ji-won, the deputy chief of the Central Policy Committee of Japan’s Farmers’ "
            "Party and the brother of opposition leader Park Sang-min, says Japanese Prime "
            "Minister Fumio Kishida appears to be \"a man out of ideas,\" not fit to lead, "
            "media reported.")
    assert speakers(text) == [("quoted", "Park Ji-won")]


def test_a_place_after_a_preposition_before_saying_is_no_speaker():
    # Was "Malacanang Palace".
    text = ("On Friday Prime Minister Kishida gave remarks at a news conference with Marcos at "
            'the Malacanang Palace saying, "We will not base troops there, but we will send '
            'ships."')
    assert speakers(text) == [("quoted", "Kishida")]


def test_experts_who_question_whether_are_the_source():
    # Was no speaker: the tagger reads "question" as a noun.
    text = ("The leaders met in Manila on Friday.\n\n"
            "However, experts question whether the measures announced Friday by the two "
            "leaders will be enough to calm a public that wants its own deterrent.")
    assert speakers(text)[1] == ("quoted", "experts")


def test_a_title_adjective_alone_before_a_word_is_part_of_a_name():
    # Was "Action": "National" was stripped as a title, as in "National Security Adviser".
    text = ("Against the joint planning group\n\n"
            "Recently, the National Action called in reporters and sharply denounced the "
            "convening of “the planning group of the allies”.\n\n"
            "The drills are a rehearsal for war and must stop at once, they criticized.")
    got = rows(text)
    assert got[1][2] == got[2][2] == "National Action"


def test_variants_of_the_dated_subject_and_the_cited_official():
    # "on the same day" and a possessive subject before "on the 3rd"; "citing a military
    # official" is the official's (an unnamed source noun after "a"), "citing a shortage of
    # fuel" stays the relay's.
    assert speakers('The Joint Chiefs of Staff on the same day said the launch was "a grave '
                    'provocation."') == [("quoted", "Joint Chiefs of Staff")]
    assert speakers("Seoul's defense ministry on the 3rd said in a statement that the drills "
                    "would continue.") == [("quoted", "Seoul's defense ministry")]
    assert speakers("The ship arrived on Tuesday, Yonhap news agency reported citing a "
                    "military official.") == [("quoted", "military official")]
    assert speakers("The ferry stayed in port, Yonhap news agency reported citing a shortage "
                    "of fuel.") == [("quoted", "Yonhap news agency")]


def test_a_contrast_clause_whose_quotation_swallowed_its_comma():
    # Was "the statement": the comma closing the fronted clause stood inside the quotation.
    text = ('Although the statement says the two sides "will consult closely," officials in '
            "Tokyo said no date had been set.")
    assert speakers(text) == [("quoted", "officials in Tokyo")]
    reports = ("According to local media reports, the coast guard said the ship would stay for "
               "three days.")
    assert speakers(reports) == [("quoted", "the coast guard")]
