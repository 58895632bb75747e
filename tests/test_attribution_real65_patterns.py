"""Patterns of real coverage read wrong before: an appositive event a named source describes
(``..., a move Pyongyang described as ...``), a body whose name runs on past *of the* (``The
General Staff of the KPA``), a reporting verb after a purpose infinitive (``Biden took the
opportunity to warn``) and ``the report`` after a news agency and another speaker.

Every text here was written for this file in the styles of wire copy, Korean English-language
press, commentary and KCNA statements as reported; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("sentence", [
    "North Korea fired two ballistic missiles on Monday, a move Pyongyang described as a "
    "warning to Washington.",
    "The submarine docked in Busan on Tuesday, a step the North's defence ministry called a "
    "grave provocation.",
])
def test_an_appositive_event_a_named_source_describes_is_the_writers(sentence):
    # The main clause narrates an act; the source only names it in the appositive.
    assert one(sentence) == ("authorial", None, None)


def test_an_appositive_event_of_long_reported_words_is_the_sources():
    # the words after "warned" are about half of the sentence: reported, the minister's
    got = one("The USS Kentucky docked in Busan, a visit North Korea's defense minister Kang Sun "
              "Nam warned could meet the conditions for the use of nuclear weapons under the "
              "North's law.")
    assert got[:2] == ("quoted", "Kang Sun Nam")


def test_an_appositive_event_counts_its_own_words_not_the_writers_after_it():
    got = one("The B-52 bomber flew over the peninsula, a deployment North Korea denounced as "
              "reckless, while Japanese and South Korean jets escorted it for much of the way.")
    assert got == ("authorial", None, None)


def test_an_appositive_event_does_not_hide_a_main_clause_report():
    got = one("Seoul said the drills would go ahead, a move Pyongyang described as reckless.")
    assert got[:2] == ("quoted", "Seoul")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The General Staff of the KPA said the drills were a rehearsal for invasion.",
     "General Staff of the KPA"),
    ("The General Staff of the Korean People's Army said the drills were a rehearsal.",
     "General Staff of the Korean People's Army"),
])
def test_a_body_named_on_past_of_the_is_one_source(sentence, speaker):
    assert one(sentence) == ("quoted", speaker, "North Korea")


def test_a_person_of_a_body_is_still_the_person():
    assert one("Mina Park of the Center for a New Pacific Order said the NCG was overdue.")[1] \
        == "Mina Park"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Biden took the opportunity to warn that any nuclear attack would end the regime.",
     "Biden"),
    ("Yoon took time to stress that the alliance was ironclad.", "Yoon"),
    ("On Tuesday, Lee seized the occasion to argue that deterrence works.", "Lee"),
    ("Standing beside Yoon, Biden took the opportunity to warn that any attack would end the "
     "regime.", "Biden"),
])
def test_the_subject_of_a_purpose_infinitive_speaks(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_progressive_verb_that_reports_nothing_stays_the_writers():
    assert one("The ministry is considering that option.") == ("authorial", None, None)


def test_a_purpose_infinitive_without_a_speaker_is_the_writers():
    assert one("The talks were a chance to stress that the alliance holds.") == \
        ("authorial", None, None)


def test_the_report_is_no_navy_that_spoke_after_the_agency():
    got = rows("According to Yonhap News Agency on Sunday, the USS Columbia docked at Busan.\n\n"
               "The South Korean Navy said it plans to promote exchanges between the navies.\n\n"
               "The report pointed out that in September, the USS Vermont entered the base.")
    assert got[1] == ("quoted", "South Korean Navy", "South Korea")
    assert got[2][:2] == ("quoted", "the report")


def test_the_report_after_a_wire_service_is_the_wire_service():
    got = rows("Reuters reported the carrier would arrive on Friday.\n\n"
               "The report said the visit had been planned for months.")
    assert got[1] == ("quoted", "Reuters", "Reuters")


def test_the_report_after_a_think_tank_that_spoke_is_the_think_tank():
    got = rows("The Asan Institute said most South Koreans back nuclear arms.\n\n"
               "The report found support at 71 percent.")
    assert got[1][:2] == ("quoted", "Asan Institute")


@pytest.mark.parametrize("sentence", [
    "Kim Yo Jong is expected to issue a statement denouncing the drills.",
    "The North is expected to respond with a statement condemning the visit.",
    "The ministry is expected to release a new white paper saying the North is an enemy.",
])
def test_speech_only_expected_of_its_source_is_the_writers(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The bombers are expected to arrive this week, officials said.", "officials"),
    ("The NCG is expected to meet again in June, a defence official told reporters.",
     "defence official"),
    ("The bombers are expected to arrive soon, according to a statement from the ministry.",
     "the ministry"),
])
def test_an_expectation_someone_holds_stays_theirs(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Kirby said Yoon is expected to announce the group on Wednesday.", "Kirby"),
    ("Seoul's spy agency told lawmakers Kim is expected to issue a statement denouncing the "
     "drills.", "Seoul"),
    ("The NCG is expected to meet in June according to a joint statement released Wednesday.",
     "joint statement"),
    # a source after the text holds the expectation too: the sentence reports words
    ("China is expected to issue a statement on the drills, a diplomatic source told Yonhap.",
     "diplomatic source"),
])
def test_an_expectation_reported_before_its_subject_stays_the_reporters(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_noun_issue_before_a_copula_is_no_issued_threat():
    # "issue is the biggest threat": "issue" is a noun, the threat no speech act.
    assert one("Expectations were high because the nuclear issue is the biggest threat to "
               "Seoul's security.") == ("authorial", None, None)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Pyongyang issued a stern warning to Seoul.", "Pyongyang"),
    # a person or a named body gives or sounds a warning: a speech act
    ("Former Deputy Assistant Secretary Colby, who is tipped for a top post, gave a more "
     "dramatic warning.", "Colby"),
    ("Kim Yo Jong gave a stern warning to Seoul on Sunday.", "Kim Yo Jong"),
    ("The minister sounded a warning about the drills on Monday.", "the minister"),
])
def test_a_warning_issued_given_or_sounded_is_an_act_of_speech(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "The visit gives a warning to Pyongyang.",
    "The drills were meant to give a warning to the North.",
    "The deployment gave a clear warning to the North.",
    # "gave" and "sounded" are no light verbs of speech: negation, idioms, sirens
    "North Korea gave no warning before firing the missile into the sea.",
    "Sirens sounded a warning across Okinawa after the launch.",
    "The commander gave the threat assessment to lawmakers behind closed doors.",
    # an event or a deployment as the subject, possessive and all
    "The carrier's arrival delivered a clear warning to Pyongyang.",
    "The arrival of the USS Kentucky in Busan delivered a stark warning to the North.",
    "History gives a warning to Seoul.",
])
def test_a_deployment_that_warns_is_no_speaker(sentence):
    assert one(sentence) == ("authorial", None, None)


def test_a_pronoun_no_one_named_before_is_the_speaker_as_written():
    # A passage that opens mid-article: "he" stands for no one the text names.
    got = rows("“The NCG is a living body,” he said.\n\n"
               "However, he made it clear that only the president can authorise their use.\n\n"
               "They understand the concerns in Seoul, he added.")
    assert [g[:2] for g in got] == [("quoted", "he")] * 3
    assert [g[2] for g in got] == [None] * 3  # no actor: nobody is named


def test_a_pronoun_after_a_naming_is_still_the_person():
    got = rows("Kim Gunn, Seoul's nuclear envoy, met reporters on Monday.\n\n"
               "“The NCG is a living body,” he said.")
    assert got[1] == ("quoted", "Kim Gunn", "Kim Gunn")


REMARKS = """Remarks by President Biden on the Washington Declaration

Roosevelt Room

2:05 P.M. EDT

THE PRESIDENT: Good afternoon. Today we signed a declaration.

(Applause.)

We will never waver. Thank you all.

2:20 P.M. EDT"""


def test_remarks_of_one_speaker_between_time_lines_are_a_transcript():
    got = rows(REMARKS)
    assert got[:3] == [("stage", None, None)] * 3
    assert got[3:5] == [("speech", "The President", "Joe Biden")] * 2
    assert got[5] == ("stage", None, None)
    assert got[6:8] == [("speech", "The President", "Joe Biden")] * 2
    assert got[8] == ("stage", None, None)


def test_the_president_of_two_named_presidents_stays_the_label():
    text = ("Remarks by President Biden and President Yoon\n\n2:05 P.M. EDT\n\n"
            "PRESIDENT BIDEN: Good afternoon.\n\nPRESIDENT YOON: Thank you.\n\n"
            "THE PRESIDENT: One more thing.")
    assert rows(text)[-1] == ("speech", "The President", "The President")


def test_a_live_blog_with_time_lines_and_update_labels_is_no_transcript():
    text = ("North Korea fires missile after U.S. submarine visit: live updates\n\n"
            "9:15 a.m. KST\n\n"
            "UPDATE: South Korea's Joint Chiefs of Staff said the North fired a missile.\n\n"
            "9:40 a.m. KST\n\nJapan's defense ministry said the missile fell outside its zone.")
    got = rows(text)
    assert got[2] == ("quoted", "South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff")
    assert got[4] == ("quoted", "Japan's defense ministry", "Japan")


def test_remarks_with_clock_lines_without_full_stops_are_a_transcript():
    text = ("Remarks by President Biden\n\n2:05 PM EDT\n\n"
            "THE PRESIDENT: Good afternoon. We signed a declaration.\n\n(Applause.)")
    assert rows(text)[2:] == [("speech", "The President", "Joe Biden")] * 2 + \
        [("stage", None, None)]


def test_the_vice_president_is_not_the_president_named_in_the_remarks():
    text = ("Remarks by the Vice President at the DMZ\n\n3:05 P.M. KST\n\n"
            "THE VICE PRESIDENT: Good afternoon. President Biden and I stand with you.\n\n"
            "(Applause.)\n\nWe will never waver.")
    assert rows(text)[2] == ("speech", "The Vice President", "The Vice President")


def test_the_president_is_the_one_named_above_the_turns_not_in_them():
    text = ("Remarks by President Biden on the Washington Declaration\n\n2:05 P.M. EDT\n\n"
            "THE PRESIDENT: Good afternoon. President Yoon and I signed a declaration.")
    assert rows(text)[2:] == [("speech", "The President", "Joe Biden")] * 2


def test_one_labelled_turn_in_an_article_is_no_transcript():
    text = ("Biden spoke at the White House on Wednesday.\n\n"
            "THE PRESIDENT: We will never waver.\n\nThe remarks lasted 15 minutes.")
    assert [g[0] for g in rows(text)] != ["stage", "speech", "speech"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The puppet military clamoured that the submarine would be a warning.",
     "the puppet military"),
    ("The U.S. war maniacs blustered that the drills were defensive.", "U.S. war maniacs"),
    ("The Yoon group trumpeted that the NCG was a historic success.", "the Yoon group"),
    # a progressive form: the subject stands before its auxiliary
    ("The puppet military is clamouring that the submarine is a warning.", "the puppet military"),
    ("The puppets are crying that the North is a threat.", "the puppets"),
])
def test_kcna_verbs_of_scorn_report_words(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"We expect results," said Rep. Sul Hoon of the main opposition Democratic Party.',
     "Sul Hoon"),
    ('"We expect results," said Rep. Kim Gi-hyeon of the ruling People Power Party.',
     "Kim Gi-hyeon"),
    ('"Fine," said South Korea\'s Joint Chiefs of Staff.', "South Korea's Joint Chiefs of Staff"),
    ('"It is late," said Secretary of State Antony Blinken.', "Antony Blinken"),
])
def test_an_inverted_subjects_affiliation_is_no_source(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_an_adverb_after_an_aside_keeps_the_subject():
    assert one('Washington, for its part, has always insisted that its commitment is '
               '"ironclad."')[1:] == ("Washington", "United States")


def test_another_official_is_not_the_official_before():
    got = rows("A government official said the meeting would go ahead.\n\n"
               "Another official said the schedule could slip.")
    assert got[1][:2] == ("quoted", "official")


@pytest.mark.parametrize(("sentence", "actor"), [
    ("South Korea's national security adviser said the NCG would meet in July.", "South Korea"),
    ("The campaign headquarters of South Korea's ruling party said the summit was a triumph.",
     "campaign headquarters of South Korea's ruling party"),
    # a body of a country's armed forces named before "of" is the country's
    ("The General Staff of the KPA said the drills were a rehearsal.", "North Korea"),
    # not an office or a delegation of someone of the country, nor an adviser of a trade
    ("The office of South Korea's main opposition leader said the declaration fell short.",
     "office of South Korea's main opposition leader"),
    ("A South Korean investment adviser said the declaration would calm markets.",
     "A South Korean investment adviser"),
])
def test_only_a_state_body_before_of_speaks_for_the_country(sentence, actor):
    assert one(sentence)[2] == actor


@pytest.mark.parametrize("sentence", [
    "Overall, the document offered less detail than in the past about how the U.S. would use "
    "its nuclear arsenal, and omitted any reference to extended deterrence.",
])
def test_a_sentence_adverb_is_no_promoted_speaker(sentence):
    assert one(sentence) == ("authorial", None, None)


def test_a_source_after_a_sentence_adverb_still_speaks():
    assert one("Meanwhile, Seoul said the drills would continue.")[:2] == ("quoted", "Seoul")


MINISTRY_RECORD = """Question: How could you comment on the South Korean president's remarks?

Answer: The remarks are frankly tendentious.

They are designed to obscure aggressive plans against the DPRK.

If we talk about uniqueness, it is the United States that has actually used nuclear weapons."""


def test_a_ministrys_question_and_answer_record_is_read_as_turns():
    # Spelled-out labels, the answer's first person in a later paragraph of the answer.
    got = rows(MINISTRY_RECORD)
    assert got[0][:2] == ("speech", "Question")
    assert got[1:] == [("speech", "Answer", "Answer")] * 3


def test_an_impersonal_spelled_out_explainer_is_no_interview():
    text = ("Question: What is the Nuclear Consultative Group?\n\n"
            "Answer: The NCG is a body of the two allies that meets twice a year.\n\n"
            "It was set up by the Washington Declaration.")
    assert [g[0] for g in rows(text)] != ["speech"] * 3
    assert rows(text)[2] == ("authorial", None, None)
