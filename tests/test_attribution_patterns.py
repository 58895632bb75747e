"""Attribution rules for the patterns of real coverage behind the voice sets' disagreements
(issue 13): transcript turns run together, a stage direction after a label, pronouns after a
person named in narration, readout verbs, relayed words, acts that report nothing.

Every sentence here was written for this file in the style of wire copy, White House
transcripts, readouts and KCNA statements as reported; none is copied from an outlet. The
expected values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.sentences import split_sentences


def rows(text, **kw):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text, **kw).sentences]


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


BRIEFING = (
    "Press Briefing by Press Secretary Karine Jean-Pierre and John Kirby\n\n"
    "James S. Brady Press Briefing Room\n\n"
    "MS. JEAN-PIERRE: Good afternoon. John is here to talk about the state visit.\n\n"
    "MR. KIRBY: Thanks, Karine. The group will meet for the first time this summer.\n\n"
    "Q: Which port will the boat visit? MR. KIRBY: I won't get into port calls. "
    "That's for the Navy to speak to.\n\n"
    "Q: And China? MS. JEAN-PIERRE: We've been clear. Go ahead, Josh.")


def test_a_turn_after_a_one_sentence_question_in_the_same_paragraph_is_its_speakers():
    got = rows(BRIEFING)
    assert [sp for _, sp, _ in got[-6:]] == [
        "Q", "Mr. Kirby", "Mr. Kirby", "Q", "Ms. Jean-Pierre", "Ms. Jean-Pierre"]
    assert {v for v, _, _ in got[2:]} == {"speech"}


def test_a_stage_direction_after_a_label_stays_in_the_sentence_it_opens():
    text = "PRESIDENT YOON: (As interpreted.) Thank you, Mr. President. It is an honor."
    assert sentences(text) == ["PRESIDENT YOON: (As interpreted.) Thank you, Mr. President.",
                               "It is an honor."]
    # A parenthesis that opens a sentence on its own still ends one.
    assert sentences("He paused. (Laughter.) Then he went on.") == [
        "He paused.", "(Laughter.)", "Then he went on."]


def test_she_after_a_person_named_in_narration_is_that_person():
    text = ("The so-called declaration is a hostile act, a KCNA commentary said.\n\n"
            "Kim Yo Jong, a senior ruling party official, issued a statement on Saturday. "
            "She said the allies would pay for the deployment.")
    assert rows(text)[2] == ("quoted", "Kim Yo Jong", "Kim Yo Jong")


def test_a_quotation_closed_by_he_told_takes_the_person_of_the_narration_before():
    text = ("Yoon spoke to a joint session of Congress on Thursday. "
            "\"Our alliance is a bond of values. "
            "It was forged in blood,\" he told lawmakers, who rose to applaud him. "
            "He also called on Congress to back the new group.")
    got = rows(text)
    assert got[0] == ("authorial", None, None)
    assert [sp for _, sp, _ in got[1:]] == ["Yoon", "Yoon", "Yoon"]
    assert {a for _, _, a in got[1:]} == {"Yoon Suk Yeol"}


def test_a_country_in_narration_does_not_become_he():
    text = ("\"The visit is a step forward,\" Biden said. "
            "North Korea fired two missiles on Monday. "
            "He said the allies would respond.")
    assert rows(text)[2][1] == "Biden"


def test_readout_verbs_before_that_report_the_leader():
    text = ("Secretary Austin underscored that the U.S. commitment to the defense of the ROK "
            "is ironclad. President Yoon reaffirmed the ROK's commitment to the Treaty on "
            "the Non-Proliferation of Nuclear Weapons.")
    assert [(v, sp) for v, sp, _ in rows(text)] == [("quoted", "Austin"), ("quoted", "Yoon")]


def test_underscored_reports_after_a_name_or_before_that_only():
    assert rows("The launch underscored the risk of a miscalculation on the peninsula.") == [
        ("authorial", None, None)]
    text = "Secretary Austin underscored the U.S. commitment to the defense of the ROK."
    assert rows(text) == [("quoted", "Austin", "Austin")]


def test_contend_with_an_aside_adverb_between_commas():
    text = "Critics, however, contend that the group gives Seoul no say over the weapons."
    assert rows(text) == [("quoted", "critics", "critics")]
    text = "Some analysts, though, argue that the visit was overdue."
    assert rows(text)[0][:2] == ("quoted", "analysts")


def test_words_relayed_by_an_agency_are_the_inner_speakers():
    text = ("Kim Jong Un called the new submarine a \"powerful deterrent,\" according to the "
            "Korean Central News Agency. He said the navy would be armed with nuclear weapons.")
    assert rows(text) == [("quoted", "Kim Jong Un", "Kim Jong Un"),
                          ("quoted", "Kim Jong Un", "Kim Jong Un")]
    text = ("Pyongyang warned on Monday that it would respond to the drills, as per a "
            "report carried by state media.")
    assert rows(text) == [("quoted", "Pyongyang", "North Korea")]
    text = "In return, Seoul reaffirmed that it would not seek nuclear arms, officials said."
    assert rows(text) == [("quoted", "Seoul", "South Korea")]


def test_according_to_alone_keeps_its_source():
    text = "The group will meet four times a year, according to the joint statement."
    assert rows(text)[0][:2] == ("quoted", "joint statement")


def test_a_person_of_an_institute_is_the_speaker_not_the_institute():
    text = ("As Sue Lee of the Institute for Peace and Unification Studies has argued, "
            "consultation is not control.")
    assert rows(text)[0][:2] == ("quoted", "Sue Lee")
    assert rows("Secretary of State Antony Blinken said the talks went well.")[0][:2] == (
        "quoted", "Antony Blinken")


def test_he_after_a_person_subject_in_the_same_sentence():
    text = ("South Korea has long lived under a nuclear umbrella. "
            "Yoon wants voters to see it, and he told lawmakers last month that he would seek "
            "a \"more visible\" guarantee.")
    assert rows(text)[1] == ("quoted", "Yoon", "Yoon Suk Yeol")
    # A name inside the quotation is not the subject: "he" stays the last speaker.
    text = ("Lee Jong-sup said the drills would go ahead. "
            "\"Biden has been clear,\" he told reporters.")
    assert rows(text)[1][1] == "Lee Jong-sup"


def test_acts_without_content_are_the_writers():
    text = ("Opposition lawmakers questioned him for more than two hours. "
            "The United States and the Republic of Korea today announced the Washington "
            "Declaration. The government should explain how the group will change planning.")
    assert rows(text) == [("authorial", None, None)] * 3


def test_questioning_a_deal_and_announcing_a_visit_still_report():
    text = ("Opposition lawmakers questioned the value of the deal. "
            "The White House announced Wednesday that a submarine would visit Busan.")
    assert [(v, sp) for v, sp, _ in rows(text)] == [
        ("quoted", "Opposition lawmakers"), ("quoted", "White House")]


def test_a_name_after_a_quotation_inside_a_sentence_is_its_speaker():
    text = ("The United States should stop \"hyping up threats on the peninsula,\" "
            "Wang told reporters.")
    assert rows(text) == [("quoted", "Wang", "Wang")]


def test_contend_with_is_no_speech():
    assert rows("Even without the submarine to contend with, Pyongyang faces a hard choice.") \
        == [("authorial", None, None)]


def test_relayed_words_of_a_common_noun_keep_the_named_source():
    # Only a named inner source (or a pronoun) takes the words from the outer one.
    text = ("Most respondents said they backed the group, according to a Gallup Korea "
            "survey.")
    assert rows(text)[0][:2] == ("quoted", "Gallup Korea survey")


def test_the_white_house_q_without_a_colon_is_a_turn():
    text = ("Press Gaggle by John Kirby\n\n"
            "Aboard Air Force One\n\n"
            "MR. KIRBY:  Good afternoon.  Just one thing at the top.\n\n"
            "Q    Will the submarine visit Busan?\n\n"
            "MR. KIRBY:  I won't get into port calls.\n\n"
            "Q    Thank you, John.  And China?")
    assert [(v, sp) for v, sp, _ in rows(text)] == [
        ("stage", None), ("stage", None), ("speech", "Mr. Kirby"), ("speech", "Mr. Kirby"),
        ("speech", "Q"), ("speech", "Mr. Kirby"), ("speech", "Q"), ("speech", "Q")]


def test_words_relayed_by_a_news_agency_verb_are_the_named_inner_speakers():
    assert rows("KCNA said Kim called the vessel a core means of the navy.") == [
        ("quoted", "Kim", "Kim Jong Un")]
    text = ("Yonhap reported that the Joint Chiefs of Staff said the missile flew about "
            "600 kilometers.")
    assert rows(text)[0][:2] == ("quoted", "Joint Chiefs of Staff")
    # Without a named inner source the agency stays the speaker.
    assert rows("State media said the launch was a success.")[0][:2] == (
        "quoted", "State media")


def test_writing_or_posting_a_thing_is_an_act_not_a_report():
    # A determiner or a number opening the object makes "wrote"/"posted" an act.
    assert rows("Park Jin wrote a letter to his Japanese counterpart on Monday.") == [
        ("authorial", None, None)]
    assert rows("The embassy posted a photo of the submarine on its website.") == [
        ("authorial", None, None)]
    # Before a clause or a place they still report.
    assert rows("Park Jin wrote that the group was a step forward for deterrence.")[0][:2] == (
        "quoted", "Park Jin")
    assert rows("The embassy posted on social media that the visit showed an ironclad "
                "commitment.")[0][:2] == ("quoted", "the embassy")


def test_continued_reports_only_with_a_quotation_or_a_colon():
    assert rows("The joint drills continued for a third day off the west coast.") == [
        ("authorial", None, None)]
    assert rows("Seoul continued its talks with Washington on the group's first meeting.") == [
        ("authorial", None, None)]
    assert rows("Lee continued: the alliance will answer any attack.")[0][:2] == (
        "quoted", "Lee")
    assert rows("“We will answer any provocation,” the ministry continued.")[0][:2] == (
        "quoted", "the ministry")
