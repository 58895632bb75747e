"""Titles, verbs and page heads that are no keyphrase, on texts written for these tests in the
styles of real coverage: wire copy, a KCNA statement as carried, the Korean English-language
press and a White House briefing transcript (:mod:`analysis.metrics.keyphrase_roles`)."""

from analysis.metrics.furniture import mask_furniture
from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrase_roles import past_tense_verb
from analysis.metrics.keyphrases import default_tagger, extract_keyphrases


def top(text: str, k: int = 10) -> list[str]:
    return [p for p, _ in extract_keyphrases(text, k)]


def forms(text: str) -> set[str]:
    """Every candidate of ``text`` in the form it is shown in."""
    _, cands = candidates(text, default_tagger())
    return set(cands.surfaces(list(cands.tf)))


def keys(text: str) -> set[str]:
    _, cands = candidates(text, default_tagger())
    return set(cands.tf)


WIRE = (
    "Allies agree to send destroyers to Busan\n"
    "\n"
    "SEOUL (Reuters) - South Korea and the United States agreed on Friday to have U.S. "
    "guided-missile destroyers dock in Busan twice a year, a step officials said would make "
    "allied deterrence against North Korea more visible.\n"
    "The destroyers will carry Aegis radar systems, and the first visit is planned for the "
    "autumn, reports Yonhap.\n"
    "Defense Secretary Lloyd Austin said the two Presidents had approved the plan in April. "
    "The Secretary told reporters the destroyers would also join drills with Japanese "
    "ships.\n"
    "North Korea warned that the visits would undermine regional stability and raise "
    "tension on the peninsula. A spokesman in Pyongyang said the destroyers were a threat.\n"
    "Analysts in Seoul said destroyer visits mattered less than the radar data the allies "
    "share.\n"
)

KCNA = (
    "Pyongyang, May 3 (KCNA) -- Ri Song Chol, director of the Foreign Affairs Bureau of the "
    "Ministry of Defence of the DPRK, issued the following statement:\n"
    "\n"
    "The ROK-U.S. joint air drills that started this week are a dangerous rehearsal for war "
    "against the DPRK.\n"
    "The puppet military and the U.S. forces have mobilized stealth fighters and aerial "
    "tankers for the drills, which will coordinate strike missions near the Military "
    "Demarcation Line.\n"
    "The ROK-U.S. Alliance talks of deterrence, but the drills only raise the danger of "
    "armed clashes on the Korean Peninsula.\n"
    "The DPRK will watch the stealth fighters closely and take countermeasures.\n"
)

HERALD = (
    "Seoul, Washington to hold first cyber defense talks\n"
    "\n"
    "Seoul and Washington will hold their first cyber defense talks in Seoul next week, the "
    "Ministry of National Defense said Sunday.\n"
    "Minister of National Defense Shin Kyung-ho said the talks would cover North Korea's "
    "hacking of defense firms and the theft of cryptocurrency that funds the North's "
    "missile program.\n"
    "The two Presidents agreed in March to expand cyber cooperation under the ROK-U.S. "
    "Alliance. Cho Min-ji, Coordinator for Cyber Policy at the ministry, will lead the "
    "Korean delegation.\n"
    "\"Hackers from the North stole more cryptocurrency last year than ever before,\" Shin "
    "said. \"The ROK-U.S. Alliance must answer in cyberspace too.\"\n"
    "The ministry said the allies would also share data on hacking groups and hold a joint "
    "drill in the autumn.\n"
)

TRANSCRIPT = (
    "THE WHITE HOUSE\n"
    "Office of the Press Secretary\n"
    "\n"
    "PRESS BRIEFING BY NSC COORDINATOR\n"
    "\n"
    "James S. Brady Press Briefing Room\n"
    "\n"
    "2:05 P.M. EDT\n"
    "\n"
    "MS. LANE: Good afternoon, everybody. Joining me at the podium today is NSC Coordinator "
    "for Strategic Communications Ted Morrow, who will talk about the Coast Guard mission "
    "to the Pacific islands.\n"
    "\n"
    "MR. MORROW: Thank you. Good afternoon. The Coast Guard cutter Midgett will visit Palau "
    "and Fiji next month to help the island states patrol their fishing zones. The patrols "
    "are aimed at illegal fishing, which takes hundreds of millions of dollars a year from "
    "the Pacific islands.\n"
    "The cutter will carry shipriders from Palau, so local officers can board fishing "
    "vessels in their own waters. The President has asked the Coast Guard to make these "
    "patrols regular.\n"
    "\n"
    "Q: Will the cutter stop in Fiji for repairs?\n"
    "\n"
    "MR. MORROW: The Coast Guard will decide that. The fishing patrols are the point.\n"
    "\n"
    "(Applause.)\n"
    "\n"
    "2:31 P.M. EDT\n"
)


def test_wire_top10_reads_like_a_list():
    assert top(WIRE) == [
        "destroyers", "Busan", "allies", "guided-missile destroyers", "radar", "deterrence",
        "destroyer visits", "North Korea", "U.S.", "Aegis radar systems"]


def test_wire_titles_and_verbs_are_no_candidates():
    found = forms(WIRE)
    # a title alone ("Secretary" cut from "Defense Secretary Lloyd Austin", "the two Presidents")
    assert not {"Secretary", "Presidents", "Defense Secretary"} & found
    assert "Lloyd Austin" in found
    # a bare infinitive after a causative verb's object: "to have ... destroyers dock in"
    assert "guided-missile destroyers dock" not in found and "dock" not in found
    assert "guided-missile destroyers" in found
    # a reporting verb between a comma and its source
    assert not {"reports Yonhap", "reports"} & found and "Yonhap" in found
    # "undermine" is no adjective of "regional stability"
    assert "undermine regional stability" not in found and "regional stability" in found


def test_kcna_lede_ending_in_a_colon_is_no_headline():
    assert top(KCNA) == [
        "DPRK", "drills", "stealth fighters", "air drills", "ROK-U.S.", "dangerous rehearsal",
        "puppet military", "aerial tankers", "Ri Song Chol", "deterrence"]
    found = forms(KCNA)
    assert {"Ri Song Chol", "Foreign Affairs Bureau", "Ministry of Defence"} <= found
    assert not {"Ri", "Chol", "Song", "Bureau"} & found


def test_korean_press_titles_alone_are_no_candidates():
    assert top(HERALD) == [
        "Seoul", "cyber defense talks", "Washington", "hacking", "cryptocurrency",
        "Shin Kyung-ho", "defense firms", "Ministry of National Defense", "North",
        "cyber cooperation"]
    found = forms(HERALD)
    assert not {"Presidents", "Coordinator", "Minister"} & found
    assert {"Cho Min-ji", "Cyber Policy", "ROK-U.S. Alliance"} <= found
    assert "Alliance" not in found  # the name goes on past the initialism's period


def test_transcript_page_head_title_and_podium_are_no_candidates():
    assert top(TRANSCRIPT) == [
        "Coast Guard", "Pacific islands", "cutter", "fishing", "patrols", "Palau",
        "cutter Midgett", "Fiji", "illegal fishing", "mission"]
    found = forms(TRANSCRIPT)
    assert not {"HOUSE", "WHITE", "Office", "Press Secretary", "Briefing Room"} & found
    assert not {"NSC Coordinator", "podium", "President"} & found
    masked = mask_furniture(TRANSCRIPT)
    assert len(masked) == len(TRANSCRIPT)
    assert "WHITE HOUSE" not in masked and "Office of the Press Secretary" not in masked
    assert "PRESS BRIEFING BY NSC COORDINATOR" in masked  # the briefing's own title stays


def test_a_sentence_initial_verb_before_its_object_is_no_name():
    text = ("Joining me today is the director of the Coast Guard mission. Citing the weather, "
            "the cutter stayed in Palau.\nCiting the weather again, officials in Palau waited.")
    _, cands = candidates(text, default_tagger())
    assert not cands.first_span["joining"][4]  # no proper noun
    assert "Joining" not in top(text) and "Citing" not in top(text)


def test_past_tense_verb_tells_a_verb_by_its_inflection():
    assert past_tense_verb("undermine") and past_tense_verb("coordinate")
    assert not past_tense_verb("marine") and not past_tense_verb("genuine")
    assert not past_tense_verb("joint") and not past_tense_verb("nuclear")


def test_verbs_the_tagger_reads_as_adjectives_start_no_phrase():
    text = ("The ministry said the new drills would raise tension and undermine global "
            "stability in the region.")
    found = forms(text)
    assert "undermine global stability" not in found and "global stability" in found


def test_a_name_goes_on_past_an_initialism_only_when_it_has_no_life_of_its_own():
    text = ("Officials of U.S. Forces Korea met in Seoul on Monday. The delegation flew back "
            "to the U.S. Seoul said the talks went well. Under the plan, U.S. SSBNs would "
            "visit twice a year.")
    found = forms(text)
    assert "U.S. Forces Korea" in found and "Forces Korea" not in found
    assert "U.S. Seoul" not in found and "Seoul" in found  # "Seoul" is a name elsewhere
    assert "U.S. SSBNs" not in found and "SSBNs" in found  # an acronym is its own name


def test_a_hyphenated_initialism_is_one_key_with_its_period_shown():
    text = ("Seoul said the ROK-U.S. partnership had never been closer. Officials in Seoul "
            "said the ROK-US partnership would hold.")
    found = keys(text)
    assert "rok-us" in found and "rok-u." not in found
    # one entry for both spellings (shown in the greater of two equally frequent forms)
    assert top(text) == ["Seoul", "ROK-US", "partnership", "ROK-US partnership"]
