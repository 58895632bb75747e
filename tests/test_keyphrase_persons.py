"""Persons' names, offices and demonyms in keyphrases, on sentences written for this file in
the style of wire and government copy (not real coverage)."""

from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrase_demonyms import country_keys
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


OFFICE = (
    "White House Coordinator for Indo-Pacific Affairs Kurt Campbell told "
    "reporters in Seoul that a ballistic missile submarine would visit the port. Campbell "
    "said the submarine visit showed the alliance's resolve. The submarine carries missiles.")


def test_an_office_after_for_is_no_part_of_the_name_after_it():
    assert "kurt campbell" in keys(OFFICE)
    assert "indo-pacific affairs kurt campbell" not in keys(OFFICE)
    assert "Kurt Campbell" in top(OFFICE)
    assert "Campbell" not in top(OFFICE)  # credited to the full name


OFFICE_OF_AND_FOR = (
    "Under Secretary of Defense for Policy Jane Holloway met South Korean officials in Seoul. "
    "Holloway said the talks on extended deterrence were productive. The Pentagon said "
    "Holloway affirmed the commitment to the alliance.")


def test_an_office_with_of_and_for_links_is_no_part_of_the_name_after_it():
    assert "jane holloway" in keys(OFFICE_OF_AND_FOR)
    assert "policy jane holloway" not in keys(OFFICE_OF_AND_FOR)
    assert "Jane Holloway" in top(OFFICE_OF_AND_FOR)


EAST = (
    "The talks were led by deputy minister for defense policy Moon Seung-hyun and his "
    "counterpart. Moon Seung-hyun said the guidelines set out joint planning for a nuclear "
    "crisis. Moon added that the guidelines would be revised next year.")


def test_a_korean_full_name_after_a_lower_case_word_starts_anew():
    assert "moon seung-hyun" in keys(EAST)
    assert "policy moon seung-hyun" not in keys(EAST)
    assert "policy Moon Seung-hyun" not in top(EAST)


SUFFIX = (
    "Secretary of Defense Lloyd J. Austin III met his counterpart at the Pentagon on "
    "Monday. Austin said deterrence on the peninsula remains ironclad. Austin also praised "
    "the allied drills off the coast.")


def test_a_lone_surname_is_credited_to_a_full_name_with_a_suffix():
    ranked = top(SUFFIX)
    assert "Lloyd J. Austin III" in ranked
    assert "Austin" not in ranked
    assert "austin" not in keys(SUFFIX)


NAVY = (
    "A US nuclear-armed submarine docked at a South Korean port on Tuesday, the South Korean "
    "navy said. South Korea and the United States agreed on the visit in April. The "
    "submarine will stay for several days, South Korean officials said.")


def test_a_two_word_demonym_only_modifying_nouns_is_no_keyphrase_where_its_country_is():
    assert "south korean" not in keys(NAVY)
    assert "South Korean" not in top(NAVY)
    assert "South Korea" in top(NAVY)
    # used as a noun once, it stays
    assert "south korean" in keys(NAVY + " One South Korean, a sailor, said he was proud.")
    # a country not named: a compass point and a listed demonym goes all the same
    assert "south korean" not in keys("The South Korean navy said a submarine arrived. South "
                                      "Korean officials welcomed the visit.")
    # a surname with a demonym's ending is no demonym where no country is named
    assert "michael noonan" in keys("Finance minister Michael Noonan spoke on Monday. "
                                    "Michael Noonan said bank bondholders would pay.")


def test_country_keys_of_demonyms():
    assert country_keys("south korean") == ("south korea", "south kore")
    assert country_keys("chinese") == ("chin", "china")
    assert country_keys("israeli") == ("israel",)
    assert country_keys("seoul") == ()


def test_a_sentence_start_before_a_name_keeps_its_capital():
    text = ("The visit drew protests in Beijing, according to the country's foreign ministry."
            "\n\nForeign Ministry spokesperson Lin Wei told a briefing that the visit "
            "harms peace. Foreign Ministry spokesperson Lin Wei spoke again on Friday.")
    ranked = top(text, 30)
    assert "Foreign Ministry spokesperson" in ranked
    assert "foreign Ministry spokesperson" not in ranked


OFFICE_LOWER = (
    "The guidelines were signed by the deputy secretary of state for arms control policy "
    "Tamsin Okafor and a deputy minister. Tamsin Okafor said the guidelines mark a milestone "
    "for nuclear planning. The milestone follows months of planning.")


def test_a_name_after_an_office_written_in_lower_case_starts_anew():
    assert "tamsin okafor" in keys(OFFICE_LOWER)
    assert "policy tamsin okafor" not in keys(OFFICE_LOWER)
    assert "policy Tamsin Okafor" not in top(OFFICE_LOWER)
    # a lower-case word before a name, with no office before it, is left as it was
    assert "policy okafor" in keys("The new policy Okafor drafted was read aloud.")
