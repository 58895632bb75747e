"""Words cut from longer names, bylines and headlines (``analysis.metrics.keyphrase_cuts`` and
the rules beside it), on texts written for these tests in the styles of real coverage (a
state-media statement with its title quoted, wire reports with title-case headlines, a
Korean wire's bracketed byline, a report naming a Chinese official)."""

from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


def keys(text: str) -> dict[str, int]:
    return dict(candidates(text, default_tagger())[1].tf)


STATE_MEDIA = (
    "Press statement of Department Director of WPK CC Ri Son Gwon\n\n"
    "Ri Son Gwon, who heads a department of the party's Central Committee, on Sunday issued "
    "a press statement titled \u201cA Dangerous Gamble in Southern Waters: Allied Strategic "
    "Bombers Will Find No Safe Haven Near the Peninsula\u201d.\n\n"
    "The statement said the allied strategic bombers flew over the sea twice this month and "
    "that the Workers' Party of Korea would answer every such flight. A spokesman of the "
    "Workers' Party of Korea repeated the warning on Monday.")


def test_an_acronym_after_an_acronym_in_the_headline_is_a_piece():
    found = keys(STATE_MEDIA)
    assert "cc" not in found  # "WPK CC": a piece of the committee's acronym
    assert "ri son gwon" in found


def test_a_plural_possessive_name_goes_on_across_its_inner_of():
    found = keys(STATE_MEDIA)
    assert found["worker party of korea"] == 2
    assert "korea" not in found and "worker party" not in found
    assert "Workers' Party of Korea" in top(STATE_MEDIA)


def test_pieces_of_a_quoted_title_after_its_colon_or_opening_it_are_no_candidates():
    found = keys(STATE_MEDIA)
    assert "strategic bomber" in found  # the body's phrase, in lower case
    phrases = top(STATE_MEDIA, 30)
    assert "Allied Strategic Bombers" not in phrases  # after the subtitle's colon
    assert "Dangerous Gamble" not in phrases  # opening the title, before "in"
    assert "strategic bombers" in phrases


def test_the_head_of_a_title_case_headline_phrase_is_no_name():
    text = ("Seoul Hosts Talks on Joint Missile Defence Accord\n\n"
            "South Korea hosted talks on joint missile defence with Japan on Monday, and "
            "officials said a joint missile defence plan could be signed by the autumn.")
    found = keys(text)
    assert "accord" not in found  # "Defence Accord": "defence" is lower case in the body
    assert "seoul" in found  # a known name, kept


def test_a_name_seen_only_in_the_headline_after_a_stop_word_stays():
    text = ("Norway Buys More Airbus Tanker Jets\n\n"
            "Norway will buy three more tanker jets for its air force, the defence ministry "
            "said on Tuesday, adding that the first would arrive next year.")
    assert "airbus" in keys(text)


def test_a_show_of_force_is_one_phrase():
    text = ("Navy Sends Carrier Group in Show of Force Near Disputed Strait\n\n"
            "The navy sent a carrier group through the strait on Friday in what officials "
            "called a show of force, a week after rival warships sailed through the same "
            "waters. The carrier group will stay in the region for two weeks.")
    found = keys(text)
    assert "force" not in found
    assert "show of force" in found


def test_a_bracketed_korean_wire_byline_is_furniture():
    text = ("[Washington=Newsis]Correspondent Park Ji-won = The Pentagon on Monday rejected "
            "the North's claim that the port call of a strategic submarine was a trigger for "
            "nuclear use, saying the submarine visit served deterrence.")
    found = keys(text)
    assert "correspondent" not in found and "newsis" not in found
    assert "pentagon" in found


def test_a_lone_surname_counts_for_a_full_name_written_after_an_office():
    text = ("Beijing summoned a diplomat of the embassy on Thursday. The head of the Asian "
            "Affairs Department Zhao Mingde met the diplomat in the evening. Zhao "
            "voiced strong dissatisfaction over the statement, and Zhao urged Seoul to "
            "respect the principle.")
    found = keys(text)
    assert found.get("zhao mingde") == 3  # the full name and the two lone surnames
    assert "zhao" not in found
    assert not [k for k in found if k.endswith(" zhao mingde")]
    assert "Zhao Mingde" in top(text)


def test_a_compass_demonym_only_modifying_is_no_keyphrase_alone():
    text = ("The allies will hold a tabletop exercise next week to better deter North Korean "
            "threats, officials said. The exercise will rehearse joint planning in the face "
            "of North Korean missile and drone threats, they said.")
    found = keys(text)
    assert "north korean" not in found
    assert "deter" not in found  # "to better deter": a verb
    assert "exercise" in found
    # a plural is a noun and stays
    assert "north korean" in keys("North Koreans who fled the country said the drills "
                                  "frightened them, and the North Koreans asked for help.")
