"""Pieces of longer names and names that only address someone, on texts written for these
tests in the styles of real coverage (a Korean English-language report opening without a
headline, a report quoting an agreement's title, a Pentagon press conference, a web report
citing a wire)."""

from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


OPENING = (
    "Defense chiefs of the two allies met in Singapore on Saturday and agreed to deepen "
    "joint planning through the Nuclear Consultative Group (NCG).\n\nThe ministers said the "
    "group would hold its next session in the summer, and that the allies would keep up "
    "combined drills. The group was set up last year to give Seoul a larger say in nuclear "
    "planning.")


def test_a_first_paragraph_ending_after_a_bracket_is_no_headline():
    # "(NCG)." ends a sentence: the paragraph is body text, so "Nuclear" and "Group" are
    # names there and the name stays whole
    phrases = top(OPENING)
    assert "Nuclear Consultative Group" in phrases
    assert not {"Consultative", "consultative", "nuclear Consultative group"} & set(phrases)
    headline = "Allies Deepen Nuclear Planning\n\n" + OPENING
    assert "Nuclear Consultative Group" in top(headline)


TITLED = (
    "Seoul and Washington on Monday adopted the \u201cFramework for Joint Planning and Crisis "
    "Response on the Peninsula,\u201d a document that sets out how the allies would plan and "
    "rehearse a response to a nuclear attack. Officials said the drills under the "
    "framework would start in the autumn, and that the framework would be reviewed each year "
    "by the Nuclear Consultative Group.")


def test_pieces_of_a_quoted_title_are_no_candidates():
    found = keys(TITLED)
    # the title's inner parts, after its "for" and "and", are pieces of it
    assert not {"joint planning", "crisis response"} & found
    assert "framework" in found
    assert "nuclear consultative group" in found
    # a piece the text also writes outside the title stays
    more = TITLED + " Joint Planning staff from both sides met in Seoul on Friday."
    assert "joint planning" in keys(more)


def test_a_quoted_title_of_a_work_keeps_its_single_words():
    # a single word of a title ("Loathing") is left to the scoring, as KPCrowd's crowd lists
    # such words
    text = ("Critics praised the revival of \"Fear and Loathing on the Campaign Trail\" at the "
            "festival on Sunday. The play drew a full house, and the festival's director said "
            "the revival would tour next year.")
    assert "loathing" in keys(text)


BRIEFING = (
    "MODERATOR: Good afternoon. Secretary Hale and Minister Seo will give opening remarks "
    "and then take questions.\n\nSECRETARY HALE: Thanks, Dana. Good afternoon, everybody. "
    "Minister Seo, let me again welcome you and your team to the Pentagon. So, Min-ho, it is "
    "good to have you here for the annual Security Consultative Meeting. Our alliance has "
    "never been stronger, and the Security Consultative Meeting will take it further.\n\n"
    "MINISTER SEO: Thank you, Secretary Hale. The meeting comes as the allies face new "
    "missile threats from the North.")


def test_names_only_used_in_address_are_no_candidates():
    found = keys(BRIEFING)
    assert "security consultative meeting" in found
    # "Thanks, Dana." and "So, Min-ho, it is ...": a first name in address, and a Korean
    # given name alone, are pieces of names
    assert not {"dana", "min-ho"} & found
    phrases = top(BRIEFING)
    assert "Security Consultative Meeting" in phrases
    assert not {"Dana", "Min-ho"} & set(phrases)


def test_places_and_lists_are_no_address():
    text = ("The envoys flew from Washington, D.C. to Seoul on Monday. Talks on the nuclear "
            "plan will rotate among Seoul, Tokyo and Washington. Officials in Tokyo said the "
            "first round would open in Seoul, Tokyo.")
    found = keys(text)
    assert {"tokyo", "washington"} <= found


REPORTED = (
    "North Korea might fire an intercontinental ballistic missile this month Trendwire "
    "reports, citing a South Korean lawmaker. The lawmaker said the launch could come "
    "before the allies' summer drills. Trendwire said the missile would be fired toward the "
    "sea east of the peninsula.")


def test_a_reporting_verb_after_its_source_is_cut():
    found = keys(REPORTED)
    assert "trendwire" in found
    assert not [k for k in found if "report" in k.split() or k.startswith("month ")]


def test_a_plural_subject_and_its_verb_are_no_phrase():
    text = ("SEOUL, Aug 21 (Example Wire) - Joint drills start on Monday, officials said, as "
            "nuclear talks resume in Geneva. The allies said the drills start with a computer "
            "simulation, and the talks resume after a pause of two years. Combined drills "
            "start each August.")
    found = keys(text)
    assert {"drill", "nuclear talk"} <= found
    assert not [k for k in found if k.endswith((" start", " resume"))]
    # a noun the text uses as a noun after a plural stays: "weapons test", "jobs report"
    kept = ("The weapons test in July drew protests. Under the Labor Department's March jobs "
            "report, 216,000 jobs were added, and the weapons test was condemned.")
    assert {"weapon test", "march job report"} <= keys(kept)


def test_a_verb_after_which_is_no_modifier():
    text = ("The North floated balloons over the border, which escalate tensions in the region, "
            "the defense ministry said. Officials said the balloons carried trash.")
    found = keys(text)
    assert "tension" in found
    assert "escalate tension" not in found
    assert "country" in keys("Officials did not say which country sent the balloons.")


def test_a_generational_suffix_cut_from_a_title_case_headline_is_no_keyphrase():
    text = ("Secretary of Defense Lloyd J. Austin III and Gen. Mark A. Milley Hold a Press "
            "Briefing\n\nThe secretary spoke about deterrence on the peninsula. The submarine "
            "will visit the peninsula in the summer, officials said.")
    phrases = top(text)
    assert "III" not in phrases and "deterrence" in phrases
    # a suffix inside a name, or a numeral in a phrase, stays
    assert "Pope John Paul II" in top("Pope John Paul II visited Seoul. Pope John Paul II "
                                      "prayed for peace on the peninsula.")
