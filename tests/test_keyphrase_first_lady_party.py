"""Keyphrases read off fresh real coverage (real49/50, kept outside the repository): the *Lady*
of *First Lady* is a title, no keyphrase alone; *no first use* stays whole; a party member's
label before a person's name is no part of the name; a long first line without a stop is no
headline. Texts written for these tests in the style of that coverage."""

from analysis.metrics.keyphrases import extract_keyphrases


def phrases(text):
    return [p for p, _ in extract_keyphrases(text)]


def test_lady_of_first_lady_is_no_keyphrase_and_no_first_use_stays_whole():
    got = phrases("President Yoon and First Lady of the Republic of Korea Kim Keon Hee toured "
                  "the submarine. The First Lady met the crew. The submarine left Busan on "
                  "Friday.")
    assert "Lady" not in got
    assert "Kim Keon Hee" in got
    got = phrases("China repeated its no first use pledge. A no first use pledge binds only "
                  "those who keep it.")
    assert any(p.startswith("no first use") for p in got)
    assert "use pledge" not in got


def test_a_party_label_before_a_two_word_name_is_cut():
    got = phrases("Republican Donald Trump won the election in November. Trump said the "
                  "allies must pay more for the troops.")
    assert "Donald Trump" in got
    assert "Republican Donald Trump" not in got


def test_a_party_label_before_a_body_stays():
    got = phrases("The Republican National Committee met in Washington. The Republican "
                  "National Committee backs the alliance.")
    assert "Republican National Committee" in got
    assert "National Committee" not in got


def test_a_long_first_line_without_a_stop_is_a_paragraph_not_a_headline():
    lead = ("SEOUL - A nuclear-powered submarine belonging to the United States arrived in "
            "South Korea to load supplies on Monday, days after ships from the same navy "
            "docked at the southern port of the Ginseng Country")
    got = phrases(lead + "\n\nThe USS Kansas City arrived at the base. The submarine left "
                  "on Friday.")
    assert "States" not in got
    assert "United States" in got or not any("States" in p for p in got)
