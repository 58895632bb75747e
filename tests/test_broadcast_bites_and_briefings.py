"""Korean television scripts and ministry briefings as a newcomer wrote them.

- A sound bite whose speaker stands inside the bracket (``[Sound bite: Yoon Suk Yeol,
  President] "..."``, ``[Sound bite: Ministry of Unification spokesperson Koo Byoung-sam]``) or
  after a bare tag up to a colon (``[SOUNDBITE] Lee Jae-myung, Democratic Party Leader: "..."``)
  is that speaker's words; it went to the last speaker (once Kim Yo Jong, for a South Korean
  ministry's words) or to nobody.
- ``Our Washington correspondent Kim Ji-hoon reports.`` is the anchor's handover, the
  outlet's words; a reporter's sign-off (``This is Kim Ji-hoon, KBS News, Washington.``) is
  furniture.
- At a briefing, a ``Reporter:`` turn that asks a question is the questioner's speech, not the
  outlet's copy.
- A briefing's answers go to the spokesperson its title names (``Spokesperson`` lost its
  first and last letters to a ``strip`` and was read as part of the name), and a ``Regular
  Briefing`` is nobody.
- ``The military`` stands for an armed body named before, never for the Unification Ministry.

Every text here was written for this file in the style of Korean broadcast scripts and ministry
briefings; none is copied. The expected values were checked by hand.
"""

from analysis.corpus.furniture_lines import furniture_flags
from analysis.corpus.interviews import interviewee
from analysis.corpus.paragraph_labels import bite_speaker
from analysis.corpus.role_referents import armed_fits
from tests.speaker_rows import rows

SCRIPT = (
    "Anchor: North Korea has condemned the allies' new nuclear planning group. Our Washington "
    "correspondent Kim Ji-hoon reports.\n\n"
    "Report: Pyongyang's state media called the group a step toward nuclear war. Kim Yo Jong "
    "warned of stronger countermeasures.\n\n"
    "[Sound bite: Ministry of Unification spokesperson Koo Byoung-sam] \"North Korea should "
    "stop its provocations and return to dialogue.\"\n\n"
    "Defense officials said the military is on full alert.\n\n"
    "[Sound bite: Yoon Suk Yeol, President] \"Our two countries will respond decisively to any "
    "attack.\"\n\n"
    "[Sound bite: Lee Jae-myung / Democratic Party Leader] \"This is a declaration that gives up "
    "our nuclear sovereignty.\"\n\n"
    "[SOUNDBITE] Lee Jae-myung, Democratic Party Leader: \"It is a humiliating deal.\"\n\n"
    "Reporter: This is Kim Ji-hoon, KBS News, Washington.")


def test_a_script_s_bites_handover_and_sign_off():
    got = [(voice, speaker) for voice, speaker, _ in rows(SCRIPT)]
    assert got == [
        ("quoted", "North Korea"),
        ("authorial", None),  # the handover
        ("quoted", "Pyongyang's state media"),
        ("quoted", "Kim Yo Jong"),
        ("quoted", "Koo Byoung-sam"),
        ("quoted", "Defense officials"),
        ("quoted", "Yoon Suk Yeol"),
        ("quoted", "Lee Jae-myung"),
        ("quoted", "Lee Jae-myung"),
        ("stage", None),  # the sign-off
    ]


def test_bite_labels_name_their_speaker():
    assert bite_speaker("Kim Tae-hyo, First Deputy National Security Advisor") == "Kim Tae-hyo"
    assert bite_speaker("Korea University professor Park Min-ji") == "Park Min-ji"
    assert bite_speaker("President, Yoon Suk Yeol") == "Yoon Suk Yeol"  # a bare post skipped
    assert bite_speaker("(N. Korean Central Television)") == "N. Korean Central Television"
    assert bite_speaker("Democratic Party Leader") is None
    # a place, a body or an event after the name is no speaker
    assert bite_speaker("Yoon Suk Yeol in Washington") == "Yoon Suk Yeol"
    assert bite_speaker("Lee Jae-myung at a rally in Seoul") == "Lee Jae-myung"
    assert bite_speaker("Kim Yo Jong statement read on KCTV") == "Kim Yo Jong"
    assert bite_speaker("Professor Park Won-gon of Ewha Womans University") == "Park Won-gon"
    assert bite_speaker("Ministry of Unification spokesperson Koo Byoung-sam") == "Koo Byoung-sam"


def test_sign_off_is_furniture_only_at_the_end():
    text = ("The two leaders met in Washington on Wednesday.\n\n"
            "This is Kim Ji-hoon, KBS News, Washington.")
    sentences = [(0, 0, 47), (1, 49, len(text))]
    assert furniture_flags(text, sentences) == [False, True]
    early = "This is Kim Ji-hoon, KBS News, Washington.\n\nThe leaders met.\n\nThey talked."
    sentences = [(0, 0, 42), (1, 44, 60), (2, 62, len(early))]
    assert early[0:42].endswith("Washington.") and early[44:60] == "The leaders met."
    assert furniture_flags(early, sentences) == [False, False, False]  # not at the end


BRIEFING = (
    "Regular Briefing of the Ministry of Unification, June 12, 2023\n\n"
    "Spokesperson Koo Byoung-sam: Good morning. I will begin today's briefing.\n\n"
    "Spokesperson Koo Byoung-sam: The government urges North Korea to answer our calls.\n\n"
    "Reporter: Has North Korea answered the liaison line today? What is the ministry's view?\n\n"
    "Spokesperson Koo Byoung-sam: There was no answer this morning.")


def test_a_briefing_s_reporter_asks_as_a_questioner():
    got = [(voice, speaker) for voice, speaker, _ in rows(BRIEFING)]
    assert got[4:7] == [("speech", "Reporter"), ("speech", "Reporter"),
                        ("speech", "Spokesperson Koo Byoung-sam")]


def test_a_script_s_reporter_asking_stays_the_outlet_s_copy():
    text = ("Anchor: The allies launched a new group. Correspondent Lee Min-ji reports.\n\n"
            "Reporter: Will the new group reassure Seoul? Analysts are divided.")
    assert [voice for voice, _, _ in rows(text)][2:] == ["authorial", "authorial"]


def test_a_briefing_s_answers_go_to_the_spokesperson_of_its_title():
    text = ("Regular Briefing by Ministry of National Defense Spokesperson Jeon Ha-kyu\n\n"
            "Q: Has the ministry set the date of the next NCG meeting?\n\n"
            "A: The two sides are still coordinating. We will announce it once it is fixed.")
    got = [(voice, speaker) for voice, speaker, _ in rows(text)]
    assert got[1:] == [("speech", "Q"), ("speech", "Jeon Ha-kyu"), ("speech", "Jeon Ha-kyu")]
    assert interviewee("Regular Briefing by Ministry of National Defense Spokesperson\n\n") is None


def test_the_military_is_no_civilian_ministry():
    text = ("The Unification Ministry said it would watch closely for another launch. "
            "The military says it is maintaining a full readiness posture.")
    assert rows(text)[1][:2] == ("quoted", "the military")
    text = ("The Joint Chiefs of Staff said the missile flew 600 km. "
            "The military is on alert, it said.")
    assert rows(text)[1][1] == "Joint Chiefs of Staff"
    assert armed_fits("military", "Defense Ministry") and armed_fits("ministry", "Pentagon")
    assert armed_fits("navy", "U.S. Pacific Fleet")
    assert not armed_fits("navy", "Unification Ministry")


def test_a_bite_label_alone_gives_the_quotation_after_it_its_speaker():
    text = ("Report: The group met for the first time on Tuesday.\n\n"
            "[Sound bite: Chung Eui-yong, former national security adviser]\n\n"
            "\"This is a meaningful step, but it is not nuclear sharing.\"\n\n"
            "Critics in Seoul say the group falls short.")
    got = [(voice, speaker) for voice, speaker, _ in rows(text)]
    assert got[1:3] == [("stage", None), ("quoted", "Chung Eui-yong")]
    assert got[3][0] == "quoted" and got[3][1] != "Chung Eui-yong"


def test_script_furniture_gives_no_keyphrase():
    from analysis.metrics.keyphrases import extract_keyphrases

    text = ("Anchor: The allies launched a new nuclear planning group. Our Washington "
            "correspondent Kim Ji-hoon reports.\n\n"
            "[Sound bite: Chung Eui-yong, former national security adviser] \"The nuclear "
            "planning group is a meaningful step.\"\n\n"
            "Our correspondent reports from Seoul.")
    keys = [k.lower() for k, _ in extract_keyphrases(text)]
    assert "nuclear planning group" in keys
    assert not any("sound bite" in k or "correspondent" in k or "ji-hoon" in k for k in keys)


def test_our_correspondent_without_a_name_hands_over():
    text = "Anchor: The allies met in Seoul. Our correspondent reports.\n\nReport: They met."
    assert rows(text)[1][:2] == ("authorial", None)


def test_the_envoy_named_in_an_apposition_after_his_name():
    text = ("A senior presidential official said Seoul welcomed the talks.\n\n"
            "Sung Kim, the US special representative for North Korea, met his counterpart in "
            "Seoul on Tuesday. The envoy said Washington remains open to dialogue.")
    assert rows(text)[2] == ("quoted", "the envoy", "Sung Kim")


def test_a_questioner_with_an_article_is_no_voice():
    import pandas as pd

    from analysis.corpus.transcripts import questioner_mask

    got = questioner_mask(pd.Series(["a reporter", "QUESTION", "Mao Ning", None, "The moderator"]))
    assert got.tolist() == [True, True, False, False, True]


def test_a_place_or_month_before_an_apposition_is_no_person():
    # "In May, the minister said": a month is no minister; nor a place after a preposition
    text = ("Kim Min-ji spoke first.\n\nIn a speech in New York, the envoy said the talks "
            "would go on.")
    assert rows(text)[1] == ("quoted", "the envoy", "the envoy")
    text = "Speaking at Camp David, the president said the talks went well."
    assert rows(text) == [("quoted", "the president", "the president")]


def test_bite_labels_of_owners_posts_and_bodies():
    # a second reviewer's labels
    assert bite_speaker("Kim Jong Un's sister Kim Yo Jong") == "Kim Yo Jong"
    assert bite_speaker("KCNA Announcer Ri Chun-hi") == "Ri Chun-hi"
    assert bite_speaker("Seoul National University Professor Kim Byung-yeon") == "Kim Byung-yeon"
    assert bite_speaker("White House National Security Advisor Jake Sullivan") == "Jake Sullivan"
    assert bite_speaker("U.S. Secretary of State Antony Blinken") == "Antony Blinken"
    assert bite_speaker("Spokesperson for the Ministry of Unification Koo Byoung-sam") == (
        "Koo Byoung-sam")


def test_a_bite_label_names_only_a_quotation_after_it():
    text = ("[Sound bite: Chung Eui-yong, former national security adviser]\n\n"
            "The group will meet again in the autumn, officials say.")
    assert rows(text)[1][:2] == ("quoted", "officials")


def test_story_sentences_about_reports_keep_their_keyphrases():
    from analysis.metrics.furniture import mask_furniture

    text = ("South Korea's military told reporters. Yonhap News Agency reports that the missile "
            "used a new solid-fuel engine. Our correspondent Kim Ji-hoon has more.")
    masked = mask_furniture(text)
    assert "solid-fuel engine" in masked and "Kim Ji-hoon" not in masked


def test_press_phrases_are_questioners_and_roles_stay_apart():
    import pandas as pd

    from analysis.corpus.transcripts import questioner_mask

    got = questioner_mask(pd.Series(["A Bloomberg reporter", "Reporters", "Yonhap reporter Kim"]))
    assert got.tolist() == [True, True, False]
    assert not armed_fits("military", "Korea Coast Guard")
    text = ("Representative Young Kim, a California Republican, met Korean officials. "
            "The diplomat said the talks were useful.")
    assert rows(text)[1][1] == "the diplomat"
