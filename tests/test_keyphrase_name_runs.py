"""Names cut at a word the name run did not take (``analysis.metrics.keyphrase_name_runs``),
front matter (``analysis.metrics.front_matter``) and one-word demonyms written only as a
modifier (``analysis.metrics.keyphrase_demonyms``), on texts written for these tests in the
styles of real coverage (wire reports, a university's event note, a saved page's header)."""

from analysis.metrics.front_matter import mask_front_matter
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


def keys(text: str) -> set[str]:
    return set(candidates(text, default_tagger())[1].tf)


SUMMIT = ("Leaders of the ASEAN Plus Three met in Jakarta on Tuesday to talk about food "
          "security and rice stocks.\n\nSeoul said the ASEAN Plus Three talks would resume in "
          "the autumn, when the finance ministers meet.")


def test_number_word_after_a_name_stays_in_it():
    assert top(SUMMIT)[0] == "ASEAN Plus Three"
    assert {"asean", "plus three", "asean plus"}.isdisjoint(keys(SUMMIT))


def test_number_word_after_an_inner_of_stays_in_the_name():
    text = ("Finance ministers of the Group of Twenty gathered in Osaka on Sunday. A Group of "
            "Twenty statement named trade tensions as the main risk to growth.")
    assert "Group of Twenty" in top(text)
    assert "group" not in keys(text)


def test_number_word_after_a_stop_word_is_no_name():
    text = "Three days a week I go to Over Fifty and Fit at the community centre downtown."
    assert "fifty" not in keys(text)


def test_furniture_word_between_two_names_stays_in_the_name():
    text = ("Beijing criticised the submarine visit, the South China Morning Post reported on "
            "Friday, citing two officials in the foreign ministry.")
    assert "South China Morning Post" in top(text)
    assert {"south china", "post"}.isdisjoint(keys(text))


def test_name_particles_stay_in_the_name():
    text = ("Ursula von der Leyen met Mohammed bin Salman in Riyadh on Tuesday. Von der Leyen "
            "said the talks covered energy.")
    assert top(text)[:3] == ["Ursula von der Leyen", "Riyadh", "Mohammed bin Salman"]
    assert {"ursula", "leyen", "mohammed", "salman"}.isdisjoint(keys(text))


def test_suffix_before_the_head_of_a_named_thing_joins_it():
    text = ("The president spoke at the JFK Jr. Forum on Monday evening. Students queued for "
            "hours to enter the JFK Jr. Forum, where he took questions on the alliance.")
    assert top(text)[0] == "JFK Jr. Forum"
    assert "forum" not in keys(text)


def test_suffix_before_another_sentence_ends_the_name():
    text = "The record was set in 1997 by Ken Griffey Jr. Seattle fans still talk about it."
    assert {"ken griffey jr", "seattle"} <= keys(text)


HEADER = ("slug: example_story\noutlet: Example Financial Daily (citing Yonhap)\n"
          "url: https://example.com/story\n---\nSeoul Hails Submarine Visit\n\nSouth Korea "
          "welcomed the submarine visit on Tuesday, the defence ministry said.\n")


def test_front_matter_is_masked_keeping_offsets():
    masked = mask_front_matter(HEADER)
    assert len(masked) == len(HEADER)
    assert masked.index("Seoul Hails") == HEADER.index("Seoul Hails")
    assert "slug" not in masked and "Financial" not in masked
    assert masked.count("\n") == HEADER.count("\n")


def test_front_matter_gives_no_keyphrase():
    assert {"slug", "url", "example", "financial", "daily"}.isdisjoint(keys(HEADER))
    assert "submarine visit" in {p.lower() for p in top(HEADER)}


def test_text_without_front_matter_is_unchanged():
    text = "Q: Will the talks go on?\nA: They will.\n\nThe envoy left on Monday."
    assert mask_front_matter(text) is text
    lines = "Note: one line only\n---\nThe envoy left."  # one key: no header
    assert mask_front_matter(lines) == lines


LAUNCH = ("North Korea fired two ballistic missiles toward the sea on Monday, the South Korean "
          "military said. Japan said the missiles fell outside its waters. Japanese media said "
          "the launch came hours after the drills ended, and a Japanese government source said "
          "Tokyo had protested.")


def test_modifier_demonym_gives_its_place_to_the_phrase_it_heads():
    ranked = top(LAUNCH)
    assert "Japanese" not in ranked
    assert ranked.index("Japanese media") == 1  # the demonym's place
    assert top(LAUNCH, 2) == ranked[:2]  # the list does not depend on k


def test_demonym_used_as_a_noun_stays():
    text = ("Ukrainians fled the fighting in their thousands. Ukraine asked for more air "
            "defence, and Ukrainians abroad raised money for drones.")
    assert top(text)[0] == "Ukrainians"


def test_a_listed_demonym_without_its_country_gives_its_place_too():
    # real86: "Japanese" written once, as a modifier, in a text that never names Japan
    text = ("Prime Minister Sato said nothing had been decided on a summit with North Korean "
            "leader Kim Jong Un. His remarks came after a North Korean official said the "
            "Japanese prime minister had sent word through an unnamed channel. Sato said the "
            "abduction issue must be settled first.")
    assert "Japanese" not in top(text)
