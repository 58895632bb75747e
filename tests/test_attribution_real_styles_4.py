"""Patterns of real coverage (fourth round): a press availability whose answering label has
qualifiers before its title, statements printed under a "following stand" or a titled
"following press statement" line, promotions of the writer's narration that the learned model
may not make, single-quote house style, a Russian agency's slashed dateline, and reporting
clauses the rules missed (*assessed that*, a second verb after *and has*, *said X* after a
quotation in mid-sentence, *according to reports from X*).

Every sentence here was written for this file in the style of wire copy, Korean
English-language press, State Department transcripts and KCNA statements as reported; none is
copied from an outlet. The expected values were checked by hand.
"""

import pytest

from analysis.corpus import Document
from analysis.corpus.plain_acts import not_a_source
from analysis.corpus.sentences import split_sentences
from analysis.corpus.title_case import single_quote_style


def rows(text):
    """(voice, speaker, actor) of every sentence of ``text``."""
    return [(s.voice, s.speaker, s.actor) for s in Document.from_text(text).sentences]


def one(sentence):
    """(voice, speaker, actor) of ``sentence`` read after a neutral first paragraph."""
    return rows("Intro line here.\n\n" + sentence)[1]


AVAILABILITY = (
    "MODERATOR:  (Via interpreter)  Good morning, everyone. The two ministers will speak in "
    "turn.\n\n"
    "DEFENSE MINISTER KANG:  (Via interpreter)  Thank you. I am Kang Min-ho, defense minister "
    "of the Republic of Korea.\n\n"
    "Our alliance has never been stronger. We will keep the drills on schedule.")


def test_an_availability_answered_by_a_label_with_qualifiers_before_its_title():
    # Was quoted (the first four) and authorial (the last two): DEFENSE MINISTER KANG was no
    # titled label, so the excerpt was read as an article.
    got = rows(AVAILABILITY)
    assert got[:2] == [("speech", "Moderator", None)] * 2
    assert got[2:] == [("speech", "Defense Minister Kang", "Kang Min-ho")] * 4


def test_a_label_with_an_initial_is_one_sentence():
    text = ("SECRETARY OF THE NAVY JOHN Q. ADAMS II: Well, Mr. President, welcome back. "
            "It is good to see you.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "SECRETARY OF THE NAVY JOHN Q. ADAMS II: Well, Mr. President, welcome back.",
        "It is good to see you."]


STAND = (
    "Pyongyang, May 3 (KCNA) -- Kim Yo Jong, a senior official of the ruling party, made "
    "public the following stand through KCNA on May 2:\n\n"
    "The puppet regime has once again laid bare its true colors.\n\n"
    'We will watch every move of the hostile forces. Their "drills" will only bring ruin.')


def test_a_stand_made_public_is_the_words_of_its_subject():
    # Was KCNA's lede (quoted), then three authorial sentences.
    assert rows(STAND) == [("authorial", None, None)] + [
        ("quoted", "Kim Yo Jong", "Kim Yo Jong")] * 3


def test_a_titled_press_statement_released_on_a_date():
    # Was authorial throughout: a date stood between the verb and "the following", and the
    # line ended in the statement's quoted title, not a colon.
    text = ("Kim Yo Jong, the leader's sister and a senior party official, released on "
            'May 2 the following press statement titled "Nothing can hide: the carrier will '
            'find no harbor."\n\n'
            "A huge vessel was seen off the southern port on Sunday.\n\n"
            "This shows the reckless intent of the US.")
    assert rows(text) == [("authorial", None, None)] + [
        ("quoted", "Kim Yo Jong", "Kim Yo Jong")] * 2


@pytest.mark.parametrize(("sentence", "raw"), [
    ("North Korea fired two short-range missiles into the sea on Thursday.", "North Korea"),
    ("In response, Pyongyang launched three cruise missiles off its west coast.", "Pyongyang"),
    ("The two sides also discussed setting up a hotline between the leaders.", "the two sides"),
    ("We also decided to make the port calls a regular event.", "We"),
    ("The envoys are expected to take charge of drafting the guidelines.", "envoys"),
    ("Seoul and Washington are working on a joint plan to deter the North.",
     "Seoul and Washington"),
    ("The group was first unveiled at the summit in April.", "group was first"),
    ("Guided by their shared values, the allies are building a new alliance.", "Guided by their"),
    ("This shows that the plan has entered its most dangerous phase.", "This"),
    ("Biden’s remark came after the two leaders unveiled the pact.", "Biden’s"),
    ("Biden issued the warning at a joint news conference with Yoon.", "Biden"),
    ("The agreement also creates a consultative group.", "agreement"),
])
def test_the_model_may_not_promote_an_act_or_a_source_that_is_no_noun_phrase(sentence, raw):
    assert not_a_source(sentence, raw)


@pytest.mark.parametrize(("sentence", "raw"), [
    ("Analysts believe the group will meet in July.", "Analysts"),
    ("Both sides also agreed that the shield would be strengthened.", "Both sides"),
    ("Her advisers fear the talks will stall.", "Her advisers"),
    ("The senator fired back at the governor over the budget.", "The senator"),
])
def test_a_promotion_of_a_view_or_an_agreement_stands(sentence, raw):
    assert not not_a_source(sentence, raw)


@pytest.mark.parametrize("sentence", [
    "The envoys of both countries are expected to take charge of drafting the guidelines "
    "before the meeting in July.",
    "The group was first unveiled at the summit in Washington in April amid calls in Seoul for "
    "its own bombs.",
    "This shows that the plan for a strike on the North has entered its most dangerous phase.",
])
def test_narration_the_model_promoted_stays_the_writers(sentence):
    # Was quoted, speakers "envoys of both countries", "group was first" and "This".
    assert one(sentence) == ("authorial", None, None)


SINGLE = ("President Joe Biden has warned that any attack on the ally would end the regime.\n\n"
          "‘Look, an attack is unacceptable,’ Biden said at the White House.\n\n"
          "Biden called the alliance ‘rock solid’.\n\n"
          "‘Our treaty is ironclad. It covers the nuclear threat too,’ said Biden in the East "
          "Room.\n\n"
          "The allies’ plan drew little notice in Tokyo.")


def test_a_story_in_single_quotes_reads_its_quotations_in_every_paragraph():
    # Was authorial from the third sentence on: single quotes counted in the headline only.
    assert single_quote_style(SINGLE)
    assert rows(SINGLE) == [("quoted", "Joe Biden", "Joe Biden")] + [
        ("quoted", "Biden", "Joe Biden")] * 4 + [("authorial", None, None)]


def test_a_story_with_double_quotes_keeps_its_apostrophes():
    assert not single_quote_style('Biden called it ‘solid’. "We agree," Yoon said of the ‘pact’.')


def test_a_slashed_agency_dateline_opens_the_lede():
    # Was two sentences, the dateline alone a sentence; a later "he" could take its place name.
    text = ("MOSCOW, May 5. /TASS/. The pact will only fuel an arms race in the region, Russian "
            "Deputy Foreign Minister Pavel Orlov said on Friday.\n\n"
            '"The buildup in the region is dangerous. It must stop," he said at a briefing.')
    assert rows(text) == [("quoted", "Pavel Orlov", "Pavel Orlov")] * 3


@pytest.mark.parametrize(("sentence", "expected"), [
    ('Seoul has assessed that the North is ready to conduct a nuclear test "at any moment," '
     "though the timing is unclear.", ("quoted", "Seoul", "South Korea")),
    ("On ties with Tokyo, Minister Cho assessed that relations have recovered.",
     ("quoted", "Cho", "Cho")),
    ("Engineers assessed the damage to the hull on Friday.", ("authorial", None, None)),
    ("A US submarine docked in Busan on Tuesday, its first visit in six years, according to "
     "reports from Japan's Kyodo news agency.", ("quoted", "Japan's Kyodo", "Japan's Kyodo")),
    ('Keeping the warheads at sea is "in fact a better deterrent," said Jane Roe, an analyst '
     "at a think tank in Washington.", ("quoted", "Jane Roe", "Jane Roe")),
    ("While some lawmakers have voiced frustration that the summit fell short of a nuclear "
     'deal, keeping the warheads at sea is "in fact a better deterrent," said Jane Roe, an '
     "analyst at a think tank in Washington.", ("quoted", "Jane Roe", "Jane Roe")),
    ("That prompted numerous demands from Seoul, including its own nuclear arms and a return "
     "of US tactical weapons.", ("authorial", None, None)),
    ('Pyongyang last month declared itself a "permanent" nuclear state and has repeatedly '
     "said it would not surrender its arsenal.", ("quoted", "Pyongyang", "North Korea")),
    ("The declaration also directly mentions that US strategic assets will visit the "
     "peninsula regularly.", ("quoted", "the declaration", "the declaration")),
    ("The treaty stipulates that either side may withdraw with a year's notice.",
     ("quoted", "the treaty", "the treaty")),
    ("The plan was rejected by lawmakers on Monday.", ("authorial", None, None)),
    ("Lawmakers raised concerns about the cost of the deployment.",
     ("quoted", "lawmakers", "lawmakers")),
    ("The unification ministry attached particular significance to the new treaty.",
     ("quoted", "the unification ministry", "the unification ministry")),
    ("Pyongyang launched two missiles on Friday.", ("authorial", None, None)),
    ('"We took note of the reports on the deal," said the Ministry\'s spokesperson, Olga '
     "Petrova, in a statement on Friday.", ("quoted", "Olga Petrova", "Olga Petrova")),
    ('In the text, Seoul expressed "complete trust" in the US umbrella, while Washington '
     'vowed "close talks" with its ally.', ("quoted", "Seoul", "South Korea")),
])
def test_reporting_clauses_of_korean_press_and_wire_copy(sentence, expected):
    # Was authorial (assessed that, said Jane Roe after the quotation, and has repeatedly
    # said, mentions/stipulates that), speaker "reports" (according to reports from),
    # "lawmakers" (a stance act in the opening while-clause) and "prompted numerous" (the
    # noun demands read as a verb), "Ministry" (the role before an appositive name) and
    # "Washington" (a stance act whose object is a quotation was no reporting clause).
    assert one(sentence) == expected


def test_a_pronoun_after_has_since_claimed_takes_the_country():
    text = ("Pyongyang launched a spy satellite in November.\n\n"
            "It has since claimed that the satellite was already sending photos of US bases.")
    assert rows(text)[1][0] == "quoted"


def test_a_question_label_opens_an_excerpt_answered_by_a_titled_label():
    # Was quoted and authorial: QUESTION was no role label, so one titled answer made no
    # transcript excerpt. A role label links to no actor.
    text = ("QUESTION:  Will the submarine come back this year?\n\n"
            "SECRETARY BLINKEN:  I will not get ahead of the Navy. But the commitment is firm."
            "\n\nWe will keep consulting our ally.")
    assert rows(text) == [("speech", "Question", None)] + [
        ("speech", "Secretary Blinken", "Antony Blinken")] * 3


def test_another_bearer_of_a_shared_family_name_is_her_own_actor():
    # Was actor "Kim Jong Un": the listed Kim was read inside another person's full name.
    text = ("North Korean leader Kim Jong Un watched the launch.\n\n"
            'Keeping the warheads at sea is "in fact a better deterrent," said Jane Kim, an '
            "analyst at a think tank in Seoul.")
    assert rows(text)[1] == ("quoted", "Jane Kim", "Jane Kim")


@pytest.mark.parametrize(("speaker", "actor"), [
    ("Duyeon Kim", "Duyeon Kim"), ("Kim Tae-hyo", "Kim Tae-hyo"),
    ("Comrade Kim Jong Un", "Kim Jong Un"), ("Chairman Kim", "Kim Jong Un"),
    ("Kim Yo Jong", "Kim Yo Jong")])
def test_the_linker_reads_a_shared_family_name_inside_a_full_name(speaker, actor):
    from analysis.corpus.actor_linker import default_linker
    assert default_linker().link(speaker) == actor
