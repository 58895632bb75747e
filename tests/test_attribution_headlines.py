"""Headlines in title case, single quotes in headlines, quotations opened with a closing mark
and quotations a line each, each signed after a dash (issue 13).

Every sentence here was written for this file in the style of wire copy, the Korean
English-language press and reader-comment round-ups; none is copied from an outlet. The
expected values were checked by hand.
"""

from analysis.corpus import Document
from analysis.corpus.title_case import is_title_case, sentence_case
from tests.speaker_rows import voice_speaker_rows as rows

BODY = "\n\nSEOUL, April 27 (Yonhap) -- The two leaders met at the White House on Wednesday."


def test_title_case_is_told_from_sentence_case():
    assert is_title_case("Alliance Stronger Than Ever, Yoon Says.")
    assert is_title_case("Pyongyang Vows To Answer Joint Drills With Force.")
    assert not is_title_case("Yoon says alliance stronger than ever.")
    assert not is_title_case("Yoon Says So.")  # too few long words to tell


def test_sentence_case_lowers_verbs_and_function_words_only_and_keeps_offsets():
    headline = "Alliance Stronger Than Ever, Yoon Says."
    assert sentence_case(headline) == "Alliance Stronger than Ever, Yoon says."
    assert sentence_case("Kim Vows To Expand Arsenal, KCNA Reports.") == \
        "Kim vows to Expand Arsenal, KCNA reports."
    assert sentence_case("Yoon says the U.S. Will Help.") == "Yoon says the U.S. Will Help."
    assert len(sentence_case(headline)) == len(headline)


def test_a_title_case_headline_with_its_source_is_quoted():
    got = rows("Nuclear Umbrella Is Stronger Than Ever, Former US Envoy Says." + BODY)
    assert got[0] == ("quoted", "US Envoy")
    got = rows("North Korea Vows To Answer Joint Drills With Overwhelming Force." + BODY)
    assert got[0] == ("quoted", "North Korea")


def test_a_title_case_headline_without_a_reporting_verb_stays_the_writers():
    got = rows("Washington Declaration Marks New Chapter For Allies." + BODY)
    assert got[0] == ("authorial", None)
    got = rows("What The Washington Declaration Means For Seoul." + BODY)
    assert got[0] == ("authorial", None)


def test_single_quotes_in_a_headline_are_a_quotation():
    got = rows("Pyongyang Calls Summit Deal ‘A Reckless Provocation.’" + BODY)
    assert got[0] == ("quoted", "Pyongyang")
    got = rows("Yoon calls alliance 'the bedrock of peace' on Capitol Hill." + BODY)
    assert got[0] == ("quoted", "Yoon")


def test_an_apostrophe_in_a_headline_is_no_quotation():
    got = rows("Yoon’s State Visit Puts Allies’ Nuclear Plans In Spotlight." + BODY)
    assert got[0] == ("authorial", None)


def test_single_quotes_in_running_text_stay_apostrophes():
    text = ("Allies meet in Washington." + BODY +
            " Ministers later met in the Pentagon's 'tank' for an hour.")
    assert rows(text)[-1] == ("authorial", None)


ROUND_UP = (
    "Readers Weigh In On The Washington Declaration.\n\n"
    "Photo: Yonhap.\n\n"
    "”The declaration is a good first step. It shows Washington is listening. "
    "We still need our own voice.” ― Park Min-ji\n"
    "“I do not trust promises. Deterrence is words until it is tested.” ― Lee Sang-hoon\n"
    "“It is a relief for my parents.” ― Choi Yu-na\n")


def test_a_quotation_opened_with_a_closing_mark_is_a_quotation():
    got = rows(ROUND_UP)
    assert [v for v, _ in got[2:5]] == ["quoted", "quoted", "quoted"]
    assert got[2][1] == "Park Min-ji"


def test_each_quotation_of_a_line_takes_the_name_after_its_own_dash():
    got = rows(ROUND_UP)
    # the splitter joins the lines: a sentence belongs to the quotation holding most of it
    assert [sp for _, sp in got[2:]] == [
        "Park Min-ji", "Park Min-ji", "Park Min-ji", "Lee Sang-hoon"]


def test_the_lede_under_a_listed_agencys_dateline_is_the_agencys():
    text = ("North Korea slams declaration\n\n"
            "PYONGYANG, April 29 (KCNA) -- The so-called declaration is the product of a "
            "hostile policy toward the DPRK. The allies met in Washington last week.\n\n"
            "The commentary called the allies warmongers.")
    got = [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]
    assert got[:3] == [("authorial", None, None), ("quoted", "KCNA", "KCNA"),
                       ("authorial", None, None)]
    # the agency's own copy names no carried text: its lede is the writer's
    own = text.replace("\n\nThe commentary called the allies warmongers.", "")
    assert [s.voice for s in Document.from_text(own).sentences] == ["authorial"] * 3


def test_the_lede_under_an_outlets_dateline_stays_the_writers():
    text = ("SEOUL, April 29 (Yonhap) -- The allies will hold their first group meeting in "
            "July. Officials met in Seoul on Friday.")
    assert rows(text) == [("authorial", None), ("authorial", None)]


def test_a_curly_quotation_inside_a_straight_one_leaves_the_outer_one_open():
    from analysis.corpus.quotes import quote_spans
    text = ('"The numbers are partisan. I will read you the question: “Do you back the '
            'declaration?” Forty percent said yes." Cha said.')
    assert [text[a:b] for a, b in quote_spans(text)] == [text[:text.index(" Cha")]]
    mixed = '"The umbrella is real,” said Kim. “We act," he said.'
    assert [mixed[a:b] for a, b in quote_spans(mixed)] == [
        '"The umbrella is real,”', '“We act,"']


def test_the_last_sentence_of_a_quotation_with_a_quotation_inside_is_quoted():
    text = ("Cha went on:\n\n"
            '"The numbers are partisan. I will read you the question: “Do you back the '
            'declaration?” Forty percent said yes, forty said no."')
    assert [v for v, _ in rows(text)] == ["authorial", "quoted", "quoted", "quoted"]


def test_added_to_a_thing_is_an_increase_not_a_reporting_clause():
    assert rows("The launch added to the tension on the peninsula.") == [("authorial", None)]
    assert rows("Yoon won a standing ovation in Congress, adding to his strong week.") == [
        ("authorial", None)]
    assert rows("Kirby added that the visit was routine.") == [("quoted", "Kirby")]
    assert rows("“We are ready,” Austin added to reporters.") == [("quoted", "Austin")]


def test_a_sentence_opening_with_a_sentence_adverb_is_not_promoted():
    from analysis.corpus.writer_claims import adverb_subject
    assert adverb_subject("Perhaps go a step further and ask what deterrence is for.")
    assert adverb_subject("Not everyone finds the declaration reassuring.")
    assert not adverb_subject("No one expected the group to meet so soon.")
    assert not adverb_subject("Many South Koreans believe the country needs its own bomb.")
    # The cheap whole-word test before the tokens keeps these; "no" inside "piano" is no word.
    assert adverb_subject("Maybe call it what it is: an umbrella with a new handle.")
    assert adverb_subject("Certainly not in Pyongyang, where KCNA called it a plot.")
    assert not adverb_subject("The piano recital in Seoul went ahead as planned.")
    text = "Thus my proposal: a standing group that meets every quarter in Seoul."
    assert rows(text) == [("authorial", None)]
