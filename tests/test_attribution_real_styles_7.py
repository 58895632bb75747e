"""Patterns of real coverage (seventh round): broadcast scripts with decorated labels
(``◀ Anchor ▶``, ``((NARRATOR))``, ``((INTRO:))``), plain roles that hand over a turn inside one
paragraph (``Anchor: ... Report: ...``), a bite's name and post before a slash and a Hangul name
in brackets; a wire quotation whose speaker's given name is written like an auxiliary
(``Lee Do Woon``); announcing a named text, events and abstractions, a participle and a day,
*according to* a document before *what it calls*, *reads the article*, a named text after
*through the* before a participle, *made this remark*.

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.source_phrases import event_phrase
from analysis.corpus.transcripts import turn_label


def rows(text):
    """(voice, speaker) of every sentence of ``text``."""
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_decorated_and_plain_script_labels_open_turns():
    assert turn_label("◀ Anchor ▶ Good evening.") == "Anchor"
    assert turn_label("【Reporter】 The talks ended.") == "Reporter"
    assert turn_label("((NARRATOR)) The envoy landed.") == "NARRATOR"
    assert turn_label("((INTRO:)) [[Talks ended.]]") == "INTRO"
    assert turn_label("Report: The allies met.") == "Report"
    assert turn_label("Park Min-jae/ Vice Minister, Foreign Ministry We agreed.") == \
        "Park Min-jae"
    assert turn_label("[박민재/외교부 차관] “We agreed.”") == "박민재"
    assert turn_label("Reports: the allies met.") is None
    assert turn_label("Seoul/Tokyo talks ended.") is None


ANGLE_SCRIPT = (
    "◀ Anchor ▶ The allies held their third planning meeting in Seoul on Friday. "
    "Correspondent Choi Yu-na reports.\n\n"
    "◀ Report ▶ The two sides agreed to hold a joint drill next spring.\n\n"
    "[박민재/외교부 차관] “This is a clear step forward. We will keep talking.”\n\n"
    "Officials said a fourth meeting could come in the autumn.")


def test_an_angle_script_with_a_hangul_bite_is_read_as_turns():
    # Was read as an article: the decorated labels and the Hangul bite were no labels.
    got = rows(ANGLE_SCRIPT)
    assert got[:2] == [("authorial", None)] * 2  # the anchor's copy and handover
    assert got[2] == ("authorial", None)
    assert got[3:5] == [("speech", "박민재")] * 2
    assert got[5] == ("quoted", "officials")  # the reporter's copy after the quoted bite


def test_plain_roles_hand_over_a_turn_inside_one_paragraph():
    # Was an article: the reporter's sentences went to the anchor as quotations.
    got = rows("Anchor: The two leaders met in Tokyo and agreed to share missile data. "
               "Lee Ha-eun has more. Report: The data will flow in real time from next "
               "month. The defense ministers will sign the plan in June.")
    assert got == [("authorial", None)] * 4  # the outlet's own copy


def test_double_parenthesis_labels_and_a_slash_bite():
    got = rows("((INTRO:)) [[The allies signed a new pact on Monday. VOA's Sam Reed reports.]]"
               "\n\n((NARRATOR)) The president met his guest at the White House.")
    assert got == [("authorial", None)] * 3  # the outlet's own copy
    got = rows("[LEAD] The allies agreed on new guidelines.\n\n"
               "[REPORT] The guidelines cover peacetime as well.\n\n"
               "Park Min-jae/ Vice Minister, Foreign Ministry The two sides agreed on it.\n\n"
               "Meanwhile, the minister flew to Brussels.")
    assert got == [("authorial", None), ("authorial", None), ("speech", "Park Min-jae"),
                   ("authorial", None)]


def test_a_given_name_like_an_auxiliary_stays_in_the_name():
    # Was an empty speaker: "Do" in "Lee Do Woon" read as the auxiliary "do".
    got = rows("“The group will meet on Monday in Seoul,” presidential spokesperson Lee Do "
               "Woon said on the afternoon of June 2. “We will discuss sharing data.”")
    assert got == [("quoted", "Lee Do Woon")] * 2


def test_announcing_a_named_text_is_an_act():
    # Were quoted: the name ran on into "and" or a describing participle.
    got = rows("In their summit on Friday, Biden and Kishida announced the Tokyo Declaration "
               "aimed at expanding deterrence.")
    assert got == [("authorial", None)]
    got = rows("The two sides announced the Tokyo Declaration and issued a joint statement.")
    assert got == [("authorial", None)]
    got = rows("The two sides announced the Tokyo Declaration and said it would deter the North.")
    assert got == [("quoted", "the two sides")]


def test_events_abstractions_and_forecasts_are_no_sources():
    # Were quoted with the speakers "the move", "port calling of ..." and "credibility of
    # U.S."; a forecast stays promotable (PolNeAR attributes it).
    assert rows("The move affirms a stern warning against the North's provocations.") == \
        [("authorial", None)]
    assert rows("For that reason, the port calling of USS Nevada can reassure Japanese voters "
                "who demand firmer steps from the U.S.") == [("authorial", None)]
    assert rows("The real test is the credibility of U.S. pledges to shield Japan "
                "from threats.") == [("authorial", None)]
    assert rows("A majority of voters said the pact was a good idea.") == \
        [("quoted", "majority of voters")]


def test_a_participle_and_a_day_open_the_sentence():
    # Was the speaker "Meeting Thursday".
    got = rows("Meeting Thursday on the sidelines of a G20 summit in Rome, President Joe Biden "
               "and Prime Minister Fumio Kishida commended what they called “the remarkable "
               "progress” of their alliance.")
    assert got == [("quoted", "Joe Biden")]


def test_according_to_a_document_beats_what_it_calls():
    # Was the previous sentence's speaker: "it" of "what it calls" taken as an inner source.
    got = rows("The two sides met on Friday. According to the Tokyo Declaration, the U.S. "
               "will expand what it calls “extended deterrence” for Japan.")
    assert got[1] == ("quoted", "Tokyo Declaration")


def test_a_quotation_closed_by_reads_and_a_text_is_the_texts():
    # Was the previous sentence's speaker.
    got = rows("The ministry issued a notice on Monday. “Every citizen must stay alert,” reads "
               "the statement.")
    assert got[1] == ("quoted", "the statement")
    got = rows("KCNA slammed the talks. The two sides signed a pact on Friday. This is “a plot "
               "for nuclear war,” reads the article.")
    assert got[2] == ("quoted", "the article")
    assert rows("The banner reads the statement of the party.") == [("authorial", None)]


def test_a_named_text_through_which_something_was_agreed_is_no_source():
    # Was quoted with the speaker "Tokyo Declaration": "announced" read as its verb.
    got = rows("Its launch was agreed on through the Tokyo Declaration announced in May at the "
               "summit, with this first meeting marking the start of the group's work.")
    assert got == [("authorial", None)]
    got = rows("Officials from the Foreign Ministry announced on Monday that talks would resume.")
    assert got == [("quoted", "Foreign Ministry")]


def test_making_a_remark_is_the_occasion_of_words_already_reported():
    # The second sentence was promoted with the speaker Ha.
    got = rows("Ha Min-jun said the pact was a good start. He made this remark in response to "
               "criticism that the path to 'nuclear armament' was blocked by the summit.")
    assert got == [("quoted", "Ha Min-jun"), ("authorial", None)]


def test_event_phrases():
    assert event_phrase("the move") and event_phrase("credibility of U.S.")
    assert event_phrase("port calling of USS Nevada")
    assert not event_phrase("The silencing of the judge")  # a bare gerund: PolNeAR attributes
    assert not event_phrase("the majority of voters")
    assert not event_phrase("head of the agency")


def test_pointed_out_reports():
    # Was the previous speaker's (a quotation) or left to the learned model.
    got = rows("Ha Min-jun said the pact was a good start. Park Soo-ah, co-leader of the Green "
               "Party, pointed out on KBS's 'Morning Talk' that “This summit blocked our own "
               "option. It can only be called a summit without content.”")
    assert got == [("quoted", "Ha Min-jun")] + [("quoted", "Park Soo-ah")] * 2
    assert rows("The officer pointed to the map in the room.") == [("authorial", None)]


def test_a_text_that_reveals_reports():
    # Was authorial: only "revealed" was a cue.
    got = rows("The leaders signed the pact on Friday. The declaration also reveals that the "
               "two countries will form a new planning body.")
    assert got[1] == ("quoted", "the declaration")


def test_shared_concerns_report():
    # Were authorial: an evaluative act with its object, as the voices rules read it.
    got = rows("At the talks, the two sides shared assessments on the North's 'reckless "
               "behavior' including its launches. Both sides also shared concerns over the "
               "North's recent moves along the border.")
    assert got == [("quoted", "the two sides"), ("quoted", "Both sides")]
    assert rows("The two teams shared the prize.") == [("authorial", None)]
