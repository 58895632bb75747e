"""Pieces of names and phrases that are no keyphrase, on texts written for these tests in the
styles of real coverage (a dateline with outlet and date in brackets, a joint press statement,
wire copy, a title-case commentary headline)."""

from analysis.metrics.keyphrases import extract_keyphrases
from analysis.metrics.news_furniture import mask_news_furniture


def top(text: str, k: int = 10) -> list[str]:
    return [p if isinstance(p, str) else p[0] for p in extract_keyphrases(text, k)]


DATELINE = (
    "MOSCOW (Example Wire / Agency - 28th April, 2023) Russia's foreign ministry said on Friday "
    "that the new nuclear arrangement between Washington and Seoul would unsettle the whole of "
    "Northeast Asia, spokeswoman Maria Zakharova told reporters.\n\nThe two allies agreed on "
    "Wednesday to create a Nuclear Consultative Group, meeting regularly on nuclear "
    "planning.\n\n\"Such steps only breed mistrust,\" Zakharova said.")


def test_bracket_dateline_is_furniture():
    masked = mask_news_furniture(DATELINE)
    assert len(masked) == len(DATELINE)
    assert masked.lstrip().startswith("Russia's foreign ministry said")
    head = "BEIJING (Example Wire - April 27, 2023) China said so."
    assert mask_news_furniture(head).lstrip() == "China said so."
    # a bracket inside a sentence, or with an agency alone, is no such dateline
    for kept in ("The talks (held in Seoul - April 27) ended.",
                 "The move (a first - 28th April) came."):
        assert mask_news_furniture(kept) == kept
    phrases = top(DATELINE)
    assert "Maria Zakharova" in phrases
    assert not {"Agency", "April", "Example Wire", "MOSCOW", "Moscow"} & set(phrases)


def test_a_name_the_tagger_misreads_at_a_sentence_start_keeps_its_case():
    # the tagger reads "Pyongyang" opening the last sentence as a common noun; the text never
    # writes "pyongyang", so it is no common noun to lower-case
    text = ("Russia's foreign ministry said on Friday that the new nuclear arrangement between "
            "the two allies would unsettle Northeast Asia. The allies agreed on Wednesday to set "
            "up a consultative group on nuclear planning. Pyongyang is certain the arrangement "
            "will push the region toward an arms race.")
    phrases = top(text, 30)
    assert "Pyongyang" in phrases and "pyongyang" not in phrases


def test_plural_title_is_cut_from_the_names():
    text = ("Presidents Joe Biden and Yoon Suk Yeol signed a new nuclear pact at the White House "
            "on Wednesday. The pact sets up a Nuclear Consultative Group. Biden said the group "
            "would meet every quarter. Yoon called the pact a milestone for the alliance.")
    phrases = top(text)
    assert {"Joe Biden", "Yoon Suk Yeol"} <= set(phrases)
    assert not [p for p in phrases if p.startswith("Presidents")]


def test_name_suffix_and_cut_initialisms_are_no_candidates():
    text = ("The meeting, held under the declaration that President Joseph R. Biden, Jr. and "
            "President Yoon Suk Yeol adopted in April, was the Nuclear Consultative Group's "
            "second. The second U.S.-Republic of Korea session took place in Washington. The "
            "Nuclear Consultative Group reviewed nuclear planning and joint exercises.")
    phrases = top(text)
    assert "Joseph R. Biden" in phrases and "U.S." in phrases
    assert "Jr" not in phrases and "second U.S." not in phrases
    wire = ("A U.S. ballistic-missile submarine will call at Busan this summer, senior U.S. "
            "defense officials said on Tuesday. The officials said the port call would be the "
            "first in decades. Senior U.S. defense officials added that the allies would stage "
            "joint drills.")
    phrases = top(wire)
    assert "senior U.S." not in phrases
    assert {"U.S.", "defense officials"} <= set(phrases)


def test_title_case_headline_verb_is_no_keyphrase():
    text = ("Seoul's Deterrence Gains Must Be Sustained\n\nThe Washington Declaration made real "
            "progress this year. The Nuclear Consultative Group met twice, and a U.S. nuclear "
            "submarine visited Busan. Both capitals must now sustain that pace into next year.")
    phrases = top(text)
    assert "Sustained" not in phrases and "sustained" not in phrases
    assert "Busan" in phrases


def test_interpreted_greetings_and_courtesies_are_no_keyphrases():
    text = ("MODERATOR:  (Via interpreter)  Good afternoon, ladies and gentlemen of the press. "
            "Let us open the joint press conference on the nuclear consultative talks.\n\n"
            "MINISTER CHO:  (Via interpreter)  Good afternoon. It is a pleasure to welcome the "
            "Secretary back to Seoul. Our talks today covered nuclear planning, the submarine "
            "visit to Busan and joint exercises with the United States.\n\n"
            "SECRETARY RUBIN:  Thank you. It's great to be back at this podium. The nuclear "
            "planning talks with Seoul went well, and the submarine visit showed our resolve.")
    phrases = top(text, 15)
    assert not {"Good", "good", "pleasure", "podium", "Via interpreter"} & set(phrases)
    assert "nuclear planning" in phrases


def test_a_preposition_read_as_a_noun_is_no_keyphrase():
    # the tagger reads "amid" after a time word as a noun: "month amid", "week amid"
    texts = ("Seoul and Washington will hold the talks early next month amid growing unease over "
             "the North's weapons tests, a ministry official said. The talks will focus on "
             "nuclear planning.",
             "The second round of talks is likely to open next week amid renewed fears of a North "
             "Korean nuclear test, diplomats said. The talks will be held in Seoul.")
    for text in texts:
        phrases = top(text, 15)
        assert not [p for p in phrases if "amid" in p.lower().split()]
    assert "weapons tests" in top(texts[0], 15) and "fears" in top(texts[1], 15)
