"""The checks of ``benchmarks/keyphrase_flags.py`` on texts written for this file (not real
coverage, not the package's output)."""

from keyphrase_flags import (  # benchmarks/, via conftest
    Doc,
    cut_initialism,
    flag_reason,
    furniture,
    lone_demonym,
    lone_title,
    lower_cased_name,
    name_fragment,
    name_piece,
    name_with_descriptor,
    verb_led,
)

SUMMIT = (
    "Allies Sign Joint Statement on Deterrence\n\n"
    "President Yoon Suk Yeol met U.S. President Joe Biden Wednesday at the White House. "
    "Yoon said the Republic of Korea would keep its pledge. Biden praised the alliance, and "
    "First Lady Jill Biden hosted a dinner. The South Korean delegation flew home on Friday, "
    "and South Korean officials said Seoul would host the next talks.\n\n"
    "Deputy minister for defense policy Cho Chang-rae and Coordinator for Indo-Pacific "
    "Affairs Kurt Campbell spoke to reporters in Seoul. Campbell said the allies plan drills."
)


def test_pieces_of_names_are_fragments_and_whole_names_are_not():
    doc = Doc.read(SUMMIT)
    assert name_fragment("Suk", doc)
    assert name_fragment("Suk Yeol", doc)
    assert name_fragment("Republic", doc)
    assert name_fragment("Joint", doc)  # only in the title-case headline's run
    assert not name_fragment("Republic of Korea", doc)
    assert not name_fragment("Joe Biden", doc)  # "U.S. President" and "Wednesday" apart
    assert not name_fragment("Kurt Campbell", doc)  # a person after an office
    assert not name_fragment("Seoul", doc)
    assert not name_fragment("alliance", doc)


def test_a_name_after_an_office_of_state_is_whole_even_with_an_initialism_before():
    doc = Doc.read("Cho held his first call with newly appointed U.S. Secretary of State "
                   "Delmar Quint on Thursday. Quint said the alliance was strong.")
    assert not name_fragment("Delmar Quint", doc)  # no given name the lists know


def test_one_word_of_a_full_name_is_a_piece():
    doc = Doc.read(SUMMIT)
    assert name_piece("Yoon", doc)
    assert name_piece("Biden", doc)
    assert name_piece("Jill", doc)
    assert not name_piece("Seoul", doc)
    assert not name_piece("Yoon Suk Yeol", doc)


def test_a_full_name_after_other_words_has_a_descriptor():
    doc = Doc.read(SUMMIT)
    assert name_with_descriptor("policy Cho Chang-rae", doc)
    assert name_with_descriptor("Indo-Pacific Affairs Kurt Campbell", doc)
    assert not name_with_descriptor("Kurt Campbell", doc)
    assert not name_with_descriptor("Cho Chang-rae", doc)


def test_a_ship_named_after_a_person_has_no_descriptor():
    doc = Doc.read("The carrier USS Ronald Reagan sailed from Yokosuka, and the crew of the "
                   "USS Ronald Reagan met sailors in Busan. Ronald Reagan was president.")
    assert not name_with_descriptor("USS Ronald Reagan", doc)
    assert name_with_descriptor("carrier Ronald Reagan", doc)


def test_title_words_alone():
    assert lone_title("Lady")
    assert lone_title("Secretary")
    assert lone_title("Ministers")
    assert not lone_title("secretary")  # a lower-case noun is left to the other checks
    assert not lone_title("Seoul")


def test_lower_cased_names():
    doc = Doc.read("Officials in Seoul said the talks went well. Seoul wants more drills. The "
                   "Nuclear Consultative Group met; the Nuclear Consultative Group will meet "
                   "again, a nuclear consultative group spokesman said.\nCritics disagree.")
    assert lower_cased_name("seoul", doc)
    assert lower_cased_name("nuclear consultative group", doc)
    assert not lower_cased_name("critics", doc)  # only at a sentence start
    assert not lower_cased_name("Seoul", doc)
    assert not lower_cased_name("talks", doc)
    doc = Doc.read("The ministry spoke first.\n\nForeign Ministry spokesperson Lin Wei said "
                   "the foreign ministry had been told.")
    assert lower_cased_name("foreign Ministry spokesperson", doc)
    assert not lower_cased_name("Foreign Ministry spokesperson", doc)


def test_initialisms_without_their_period():
    assert cut_initialism("U.S")
    assert cut_initialism("South Korea-U.S")
    assert cut_initialism("U.S officials")
    assert not cut_initialism("U.S.")
    assert not cut_initialism("South Korea-U.S.")
    assert not cut_initialism("US")


def test_transcript_furniture():
    for phrase in ("Applause", "EDT", "good morning", "remarks", "P.M.", "Q", "moderator",
                   "laughter", "opening remarks"):
        assert furniture(phrase), phrase
    for phrase in ("press conference", "deterrence", "Seoul", "Queen"):
        assert not furniture(phrase), phrase


def test_verb_led_fragments():
    doc = Doc.read("Biden Rolls Out Red Carpet\n\nThe alliance strengthened, officials said. "
                   "Seoul and Washington unveil a plan on Friday, and the plan worries Beijing. "
                   "The nuclear plan is new.")
    assert verb_led("Rolls", doc)
    assert verb_led("alliance strengthened", doc)
    assert verb_led("Washington unveil", doc)
    assert not verb_led("nuclear plan", doc)
    assert not verb_led("alliance", doc)


def test_demonyms_alone_written_as_adjectives():
    doc = Doc.read("The South Korean navy said a South Korean port hosted the ship. Chinese "
                   "officials objected. The Chinese say the visit raises tensions, and many "
                   "Chinese have said so.")
    assert lone_demonym("South Korean", doc)
    assert not lone_demonym("Chinese", doc)  # a noun in two uses of three
    assert not lone_demonym("South Korea", doc)
    assert not lone_demonym("Superman", doc)  # no demonym ending on a listed country


def test_first_reason_wins_and_clean_phrases_pass():
    doc = Doc.read(SUMMIT)
    assert flag_reason("Lady", doc) == "lone title"
    assert flag_reason("Suk", doc) == "name fragment"
    assert flag_reason("Biden", doc) == "name piece"
    assert flag_reason("South Korean", doc) == "lone demonym"
    assert flag_reason("Yoon Suk Yeol", doc) is None
    assert flag_reason("alliance", doc) is None
    assert flag_reason("Republic of Korea", doc) is None
