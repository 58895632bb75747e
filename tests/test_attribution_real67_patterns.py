"""Patterns of real coverage read wrong before: KCNA's verbs of scorn and its names for the
states it scorns (``the U.S. war maniacs``, ``the puppet military``), ``one other official``
after an official, a body named in full after an inverted verb (``said the General Staff of the
KPA``) and the writer's forecast of what someone will say (``Biden will use the visit to
warn``, ``Yoon is likely to say``).

Every text here was written for this file in the styles of wire copy, Korean English-language
press, commentary and KCNA statements as reported; none is copied from an outlet. The expected
values were checked by hand.
"""

import pytest

from tests.speaker_rows import one, rows


@pytest.mark.parametrize("sentence, speaker, actor", [
    ("The puppet forces ballyhooed that the drills were purely defensive.",
     "the puppet forces", "South Korea"),
    ("The U.S. war maniacs prattled that the deployment was a routine one.",
     "U.S. war maniacs", "United States"),
    ("The enemies cried that the nuclear umbrella would shield them.",
     "the enemies", "the enemies"),
])
def test_kcna_verbs_of_scorn_before_that_report(sentence, speaker, actor):
    assert one(sentence) == ("quoted", speaker, actor)


@pytest.mark.parametrize("sentence, actor", [
    ("The U.S. imperialists claimed that the drills were defensive.", "United States"),
    ("The south Korean puppets said the exercise would go ahead.", "South Korea"),
    ("The puppet military is clamouring that the drills were routine.", "South Korea"),
    ("The puppet clique said the submarine visit was a deterrent.", "South Korea"),
    # "puppet" beside a named place is that place's, not South Korea
    ("The Kyiv puppet regime claimed that the strikes had failed.", "Kyiv puppet regime"),
])
def test_kcnas_names_for_a_state_speak_for_it(sentence, actor):
    assert one(sentence)[2] == actor


@pytest.mark.parametrize("opening, actor", [
    ("One other official", "one other official"),
    ("Another official", "another official"),
    ("A second official", "a second official"),
])
def test_another_official_is_not_the_official_before(opening, actor):
    got = rows("A senior official said the group would meet in June.\n\n"
               "The official said the venue was Seoul.\n\n"
               f"{opening} said the timing was not settled.\n\n"
               "The official added that the agenda was long.")
    assert got[0] == ("quoted", "senior official", "a senior official")
    assert got[1] == ("quoted", "the official", "a senior official")
    assert got[2][0] == "quoted" and got[2][2] == actor
    assert got[3] == ("quoted", "the official", actor)  # the latest official


def test_another_after_an_unnamed_official_is_a_second_source():
    got = rows("An official said the group would meet in June.\n\n"
               "Another official said the timing was not settled.")
    assert [r[2] for r in got] == ["an official", "another official"]


@pytest.mark.parametrize("sentence, speaker", [
    ("“The drills are a rehearsal for invasion,” said the General Staff of the KPA.",
     "General Staff of the KPA"),
    ("“We are ready,” said the General Staff of the KPA in a statement.",
     "General Staff of the KPA"),
    ("“The provocation will be answered,” said the General Staff of the Korean People’s Army.",
     "General Staff of the Korean People’s Army"),
])
def test_an_inverted_body_keeps_its_name_past_of_the(sentence, speaker):
    assert one(sentence) == ("quoted", speaker, "North Korea")


@pytest.mark.parametrize("sentence", [
    "Biden will use the visit to warn North Korea that any attack would be met with an "
    "overwhelming response.",
    "Yoon will warn lawmakers that the threat from the North is growing.",
    "Kishida plans to tell Yoon that Japan backs the consultative group.",
    "Yoon is likely to say that the group has been a success.",
    "Austin intends to use the meeting to reassure Seoul that the umbrella holds.",
])
def test_the_writers_forecast_of_speech_is_the_writers(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence", [
    "Biden took the opportunity to warn Pyongyang that an attack would end the regime.",
    "Biden used the visit to warn North Korea that any attack would be met with force.",
])
def test_a_purpose_infinitive_that_took_place_is_the_subjects(sentence):
    assert one(sentence) == ("quoted", "Biden", "Joe Biden")


@pytest.mark.parametrize("sentence", [
    "In March, air raid sirens sounded a warning across the capital.",
    "The USS Kentucky gave a clear warning to Pyongyang when it surfaced in Busan.",
    "North Korea's launches gave a stark warning to Tokyo.",
    "Kim Jong Un's nuclear test gave a warning to the world.",
    "The Korean War gives a warning to those who doubt deterrence.",
    "The fate of Ukraine gives a warning to Seoul about security guarantees.",
    "The U.S. base at Osan sounded a warning siren on Monday.",
    "The military gave no warning before the launch.",
    "Biden is expected to give a warning to Pyongyang.",
])
def test_a_warning_no_one_speaks_is_the_writers(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence, speaker", [
    ("Biden gave a stern warning to Pyongyang on Wednesday.", "Biden"),
    ("Pyongyang gave a warning to Seoul on Sunday.", "Pyongyang"),
    ("Yoon sounded a warning about complacency on Monday.", "Yoon"),
    ("Biden gave Pyongyang a stark warning at the summit.", "Biden"),
    ("Kim Yo Jong gave a stern and unusually blunt warning to Seoul.", "Kim Yo Jong"),
    ("Kim Yo Jong, the leader's sister, gave a warning to the allies on Friday.", "Kim Yo Jong"),
])
def test_a_named_giver_of_a_warning_speaks(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_role_that_has_given_a_warning_speaks():
    assert rows("The minister has given a warning to the North.")[0][:2] == \
        ("quoted", "the minister")


@pytest.mark.parametrize("sentence", [
    "Families of the sailors were crying that night outside the naval base in Pyeongtaek.",
    "Protesters were clamouring that afternoon outside the U.S. embassy.",
])
def test_that_before_a_time_noun_is_no_clause(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence, speaker", [
    ("The puppet military has been clamouring that the drills are defensive.",
     "the puppet military"),
    ("The puppet military is again clamouring that the drills are defensive.",
     "the puppet military"),
    ("The puppets are loudly crying that they are safe.", "the puppets"),
])
def test_a_progressive_with_adverbs_or_has_been_reads_its_subject(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


TRANSCRIPT = """Remarks by the First Lady at a Reception for Navy Families

Busan, Republic of Korea

10:02 A.M. KST

{label}: Thank you all. It is an honor to be here with the families of the crew.

(Applause.)

END 10:09 A.M. KST
"""


@pytest.mark.parametrize("label", ["THE FIRST LADY", "CHAIRMAN MILLEY",
                                   "NATIONAL SECURITY ADVISOR SULLIVAN",
                                   "SPOKESWOMAN JEAN-PIERRE", "COMMANDER LACAMERA"])
def test_a_titled_label_opens_a_transcript_of_remarks(label):
    got = rows(TRANSCRIPT.format(label=label))
    assert [r[0] for r in got] == ["stage", "stage", "stage", "speech", "speech", "stage",
                                   "stage"]


def test_the_editors_we_after_an_explainer_is_no_interview():
    text = ("Explainer: What is the Nuclear Consultative Group?\n\n"
            "Q: What is the NCG?\n\n"
            "A: The NCG is a body of the two allies that meets twice a year.\n\n"
            "Q: Does it give Seoul control over U.S. nuclear weapons?\n\n"
            "A: No. The decision to use them stays with the U.S. president.\n\n"
            "We will update this explainer as the group meets. Send us your questions.")
    assert {r[0] for r in rows(text)} == {"authorial"}


def test_a_ministry_answer_is_the_spokesperson_the_heading_names():
    text = ("Foreign Ministry Spokeswoman Maria Zakharova's answer to a media question about "
            "the visit of a US nuclear submarine to Busan\n\n"
            "Question: How would you comment on the arrival of the US submarine?\n\n"
            "Answer: We regard this step as another provocation. It raises tension.")
    got = rows(text)
    assert got[1][:2] == ("speech", "Question")
    assert got[2:] == [("speech", "Maria Zakharova", "Maria Zakharova")] * 2


def test_reported_words_past_an_aside_are_counted():
    # the words after "warned" run past the aside: over two fifths of the sentence
    got = one("The USS Kentucky docked in Busan, a visit North Korea's defense minister Kang Sun "
              "Nam warned could, under the North's nuclear forces policy law, meet the "
              "conditions for the use of nuclear weapons.")
    assert got[:2] == ("quoted", "Kang Sun Nam")


def test_a_source_in_a_relative_clause_holds_no_expectation():
    assert one("Kim Yo Jong is expected to issue a statement denouncing the drills, which "
               "Seoul said would begin on Monday.") == ("authorial", None, None)
    assert one("Kim Yo Jong is expected to issue a statement denouncing the drills, officials "
               "said.")[:2] == ("quoted", "officials")


@pytest.mark.parametrize("sentence, actor", [
    ("A South Korean defense industry adviser said the deal would boost arms exports.",
     "A South Korean defense industry adviser"),
    ("A South Korean opposition foreign policy adviser said the deal was lopsided.",
     "A South Korean opposition foreign policy adviser"),
    ("South Korea's top security adviser said the group would meet.", "South Korea"),
    ("A South Korean presidential adviser said the group would meet.", "South Korea"),
])
def test_only_a_state_adviser_speaks_for_the_state(sentence, actor):
    assert one(sentence)[2] == actor


def test_a_statement_by_a_person_that_took_pains_to_stress_is_the_persons():
    got = one("The statement by Kim Yo Jong took pains to stress that the North would not "
              "negotiate.")
    assert got == ("quoted", "statement by Kim Yo Jong", "Kim Yo Jong")


def test_a_long_lead_that_lost_its_stop_is_no_menu_headline():
    # a 40-word sentence without a final stop, at a paragraph's end, is a sentence
    text = ("BEIJING (Sputnik) The spokesman said on Monday that the pact would undermine "
            "non-proliferation efforts.\n\n"
            "Yoon and Kishida agreed to boost the partnership. Yoon further said that Japan "
            "could join the Washington Declaration signed by the two leaders in April, which "
            "provides for a regular bilateral consultation mechanism on extended nuclear "
            "deterrence and strategic planning\n\n"
            "Forming small groups will not help, the spokesman said.")
    assert rows(text)[2][:2] == ("quoted", "Yoon")


def test_an_appositive_ending_in_a_number_word_keeps_its_verb():
    got = one("“Our presence here shows the alliance,” U.S. Rear Admiral Michael S. Wosje, "
              "Commander of Carrier Strike Group One, said on Monday.")
    assert got[0] == "quoted" and got[2] == "Michael S. Wosje"


def test_a_long_inverted_subject_is_read_to_its_name():
    got = one("“That could be huge pressure on the North,” said former South Korean submarine "
              "commander and squadron leader Moon Keun-sik.")
    assert got == ("quoted", "Moon Keun-sik", "Moon Keun-sik")


@pytest.mark.parametrize("sentence, speaker", [
    ("The Army lieutenant general nominated to lead U.S. forces in South Korea told the "
     "committee it is important to reassure Seoul.", "the Army lieutenant general"),
    ("The diplomat tapped to lead the talks told reporters the group would meet.",
     "the diplomat"),
])
def test_a_subject_before_a_participle_and_infinitive_speaks(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_it_after_a_named_declaration_is_the_declaration():
    got = rows("Kirby said the group mattered.\n\n"
               "The April 2023 Washington Declaration established the group. It states that any "
               "attack “will be met with a swift response.”")
    assert got[2][:2] == ("quoted", "the April 2023 Washington Declaration")


@pytest.mark.parametrize("sentence, speaker, actor", [
    ("A South Korean newspaper earlier reported South Korean President Yoon Suk-yeol as "
     "saying that the countries are discussing such drills.", "Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("Yonhap reported Kim Yo Jong as saying the drills would be answered.", "Kim Yo Jong",
     "Kim Yo Jong"),
])
def test_reported_as_saying_is_the_inner_sources(sentence, speaker, actor):
    assert one(sentence) == ("quoted", speaker, actor)


@pytest.mark.parametrize("sentence", [
    "This paper argues the NCG should clarify its primary goal.",
    "In this article, we argue that the consultative group is weaker than it looks.",
    "This change in the U.S. nuclear umbrella strategy for South Korea has raised security "
    "concerns.",
])
def test_the_texts_own_claim_and_an_events_concerns_are_the_writers(sentence):
    assert one(sentence) == ("authorial", None, None)


def test_a_paper_someone_wrote_still_speaks():
    assert one("A new paper by the Asan Institute argues that the group is weak.")[:2] == \
        ("quoted", "Asan Institute")


def test_a_relay_keeps_words_when_another_subject_opens_a_subordinate_clause():
    assert one("The KCNA news agency said the drill was carried out to warn the enemies as "
               "Pyongyang again vowed to bolster military deterrence.")[2] == "KCNA"
    # the inner source of the relay's content still speaks
    assert one("KCNA said Kim Jong Un warned that the drills would be answered.")[2] == \
        "Kim Jong Un"


@pytest.mark.parametrize("text, actor", [
    ("In a statement released by North Korea's Defense Ministry, the country condemned the "
     "guidelines, accusing them of preparing a nuclear war.", "North Korea"),
    ("North Korea fired two missiles on Monday. The country said the launch was a warning.",
     "North Korea"),
    ("Japan and South Korea met on Monday. The country said it was fine.", "the country"),
])
def test_the_country_is_the_one_country_named_last(text, actor):
    got = rows(text)[-1]
    assert got[:2] == ("quoted", "the country") and got[2] == actor


@pytest.mark.parametrize("sentence", [
    "The document also highlighted plans to strengthen the consultative group.",
    "The statement underscored the commitment to extended deterrence.",
])
def test_a_text_that_highlights_reports(sentence):
    assert one(sentence)[0] == "quoted"


def test_a_launch_that_underscores_reports_nothing():
    assert one("The launch underscored the risk of escalation.") == ("authorial", None, None)


def test_a_commentary_carried_by_the_agency_is_the_agencys():
    got = one("“The agreement is a serious development,” said the commentary carried by the "
              "official Korean Central News Agency (KCNA) on Tuesday.")
    assert got[0] == "quoted" and got[2] == "KCNA" and "commentary" in got[1]


def test_a_run_on_quotation_belongs_to_the_source_that_closes_it():
    got = rows("Yoon further said that Japan could join the declaration.\n\n"
               "\"The tendency that other countries can join only aggravates the tension.\n\n"
               "\"We hope that countries will not go further down the wrong way,\" Wang told a "
               "briefing.")
    assert [r[1] for r in got] == ["Yoon", "Wang", "Wang"]


def test_a_lone_straight_mark_closes_a_run_on_quotation():
    got = rows("“The tendency aggravates the tension in the region.\n\n"
               "We hope that countries will not go further down the wrong way,\" Wang told a "
               "briefing.")
    assert got[1][:2] == ("quoted", "Wang")


@pytest.mark.parametrize("sentence", [
    "Nor did the ministry say when talks would resume.",
    "The ministry did not confirm the talks, nor did it say when they would resume.",
    "When Yoon called the pact \"upgraded\" deterrence, he was overselling it.",
    "That matters more than Washington admits.",
])
def test_unsaid_and_the_writers_own_claims(sentence):
    assert one(sentence) == ("authorial", None, None)


@pytest.mark.parametrize("sentence, speaker", [
    ("More than 100 officials said the deal was good.", "100 officials"),
    ("While Obama has cautioned that the deal is fragile, he has ordered new talks.", "Obama"),
    ("The official, asked about the report, said it was false.", "official"),
])
def test_a_quantity_a_source_going_on_and_an_asked_aside_still_report(sentence, speaker):
    got = one(sentence)
    assert got[0] == "quoted" and speaker in got[1]


def test_the_command_is_the_command_named_before():
    got = rows("U.S. Forces Korea said the visit showed resolve. “It is a tangible "
               "demonstration,” the command said.")
    assert got[1][2] == "USFK"


@pytest.mark.parametrize("text, actor", [
    ("North Korea's defense minister warned that the visit could meet the conditions.",
     "North Korea"),
    ("China's foreign minister said the drills raised tension.", "China"),
    ("North Korea's defense minister warned of the visit.\n\nA former South Korean defense "
     "minister said the deal was weak.", "a former South Korean defense minister"),
])
def test_an_unnamed_minister_speaks_for_the_country(text, actor):
    assert rows(text)[-1][2] == actor


def test_a_kcna_frame_with_a_dated_body_and_a_titled_statement_hands_on_its_block():
    text = ("Pyongyang, March 10 (KCNA) -- The Department of Press and Information of the DPRK "
            "Foreign Ministry on March 9 issued the following press statement \"U.S. exercise of "
            "strength will result in a security crisis\":\n\n"
            "The roaring sound of war machinery is being heard from the southern border.\n\n"
            "This is a dangerous provocative act.")
    got = rows(text)
    assert got[0][0] == "authorial"
    assert [r[0] for r in got[1:]] == ["quoted", "quoted"]
    assert {r[2] for r in got[1:]} == {"North Korea"}


@pytest.mark.parametrize("text, speaker", [
    ("The United States and its allies are demonstratively taking steps to apply extended "
     "deterrence in the region. This is stated in the commentary of the official "
     "representative of the Russian Foreign Ministry Maria Zakharova, published on Friday.",
     "Maria Zakharova"),
    ("The Kremlin sees no threat in the drills. This was said by Kremlin spokesman Dmitry "
     "Peskov on Monday.", "Dmitry Peskov"),
])
def test_a_statement_named_by_the_next_sentence_is_that_sources(text, speaker):
    got = rows(text)
    assert got[0][:2] == ("quoted", speaker)
    assert got[1] == ("authorial", None, None)


def test_a_statement_named_by_no_one_stays_the_writers():
    got = rows("The drills began on Monday. This is stated in a report by the ministry.")
    assert got[0] == ("authorial", None, None)


def test_she_after_a_described_person_is_that_person():
    got = rows("Rear Adm. Michael Wosje said the visit showed the alliance's strength.\n\n"
               "In response, Kim Yo-jong, the sister of Supreme Leader Kim Jong-un said, “The "
               "United States is repeatedly committing provocative acts.”\n\n"
               "“The United States is openly demonstrating its hostility,” she added.")
    assert got[1][2] == "Kim Yo Jong" and got[2][2] == "Kim Yo Jong"


def test_a_trailing_relay_with_a_dotted_name_leaves_the_inner_source():
    got = one("Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, "
              "criticized an upcoming joint drill in a statement carried by KCNA on Sunday, "
              "News.Az reports citing the Anadolu.")
    assert got[:2] == ("quoted", "Kim Yo Jong")


def test_her_statement_read_is_hers():
    got = rows("Kim Yo Jong slammed the drills.\n\n"
               "\"The US has stepped up provocations,\" her statement read.")
    assert got[1][:3] == ("quoted", "Kim Yo Jong", "Kim Yo Jong")


def test_a_belief_expressed_is_reported():
    # the rules read it (the learned model alone promoted it before, and not in every context)
    from analysis.corpus.quotes import rule_readings
    text = ("Colby's thoughts on Asia implicate shifts in the region. In an April interview "
            "with the JoongAng Ilbo, Colby expressed his belief that the United States should "
            "prioritize achieving a \u201cmilitary balance\u201d with China.")
    first = text.index(" In an April") + 1
    sentences = [(0, 0, first - 1), (0, first, len(text))]
    assert rule_readings(text, sentences)[1] in {"indirect", "partial"}
    assert rows(text)[1][:2] == ("quoted", "Colby")


def test_an_agent_after_a_quoted_complement_and_a_participle_clause_speaks():
    got = one("These moves were described as an \"unveiled intentional expression\" of "
              "antagonism by North Korea, promising persistent military readiness.")
    assert got[0] == "quoted" and got[2] == "North Korea"


@pytest.mark.parametrize("sentence, speaker", [
    ("Analysts expect that Yoon will demand a greater role in nuclear planning.", "analysts"),
    ("In May, Yoon used his address at Harvard to warn that the North's program threatened the "
     "world.", "Yoon"),
    ("Austin used the announcement of the plan to stress that the umbrella remains ironclad.",
     "Austin"),
    ("More than seventy lawmakers said the declaration fell short.", "seventy lawmakers"),
])
def test_a_view_held_a_past_purpose_and_a_quantity_still_report(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


@pytest.mark.parametrize("sentence", [
    "The declaration underscores Seoul's deep anxiety over American staying power.",
    "The pact highlighted the limits of U.S. extended deterrence.",
    "The statement was read by an announcer on state television on Monday evening.",
    "Pyongyang's Hwasong-18 gave Washington a stark warning.",
    "North Korea's new ICBM gave Seoul a warning about the limits of deterrence.",
    "The submarine threatens Russia.",
    "The group emerged from South Korean demands for nuclear sharing.",
    "The spokesperson declined to comment on intelligence reports of activity at the site.",
    "Nor did the ministry say whether Moscow would raise the issue.",
])
def test_a_writers_reading_of_a_pact_things_and_unsaid_words_report_nothing(sentence):
    assert one(sentence) == ("authorial", None, None)


def test_a_pact_that_stipulates_reports_its_terms():
    got = one("The agreement stipulates the U.S. will \u201cmake its deterrence more visible\u201d "
              "through the regular deployment of strategic assets to South Korea.")
    assert got[:2] == ("quoted", "the agreement")


@pytest.mark.parametrize("text", [
    "The allies set up the Nuclear Consultative Group. This was reported in April.",
    "The allies produced the Washington Declaration. It was written in English and Korean.",
])
def test_a_date_or_a_language_after_in_names_no_source(text):
    assert rows(text)[0] == ("authorial", None, None)


@pytest.mark.parametrize("text, speaker", [
    ("The alliance is ironclad. This was stated by South Korean President Yoon Suk Yeol.",
     "Yoon Suk Yeol"),
    ("The drills went ahead. This was stated on Tuesday by Russian Deputy Foreign Minister "
     "Sergei Ryabkov.", "Sergei Ryabkov"),
    ("The umbrella holds. This was said by U.S. Secretary of State Antony Blinken.",
     "Antony Blinken"),
    ("The group will meet in July. Deputy Foreign Minister Sergei Ryabkov said this on Friday.",
     "Sergei Ryabkov"),
])
def test_a_naming_sentence_gives_the_person_named(text, speaker):
    assert rows(text)[0][:2] == ("quoted", speaker)


def test_a_ministry_answer_under_a_heading_about_someone_else_is_the_answer():
    text = ("Foreign Ministry Spokesperson's answer to a media question about President Yoon Suk "
            "Yeol's remarks on nuclear weapons\n\n"
            "Question: How do you comment on the remarks?\n\n"
            "Answer: We regard them as dangerous. They raise tension.")
    assert [r[1] for r in rows(text)[2:]] == ["Answer", "Answer"]


@pytest.mark.parametrize("sentence, speaker", [
    ("\u201cWe will respond firmly,\u201d said a senior official at the presidential office "
     "briefing reporters alongside Kim Tae-hyo.", "senior official"),
    ("\u201cThe talks are on,\u201d said a defense official familiar with talks between Austin "
     "and Lee.", "defense official"),
])
def test_an_inverted_subject_ends_at_its_participle_or_adjunct(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)


def test_a_concession_before_he_was_careful_to_add_keeps_its_source():
    got = one("Although Austin said the deployment was temporary, he was careful to add that "
              "more visits would follow.")
    assert got[:2] == ("quoted", "Austin")


def test_puppet_authorities_in_other_wars_are_not_south_korea():
    got = rows("Russia annexed four regions of Ukraine last year. In occupied Donetsk, the puppet "
               "authorities said the referendum was valid.")
    assert got[1][2] == "the puppet authorities"


def test_this_commentary_after_a_named_commentary_is_the_commentarys():
    got = rows("KCNA released a commentary on Monday. This commentary argues that the group is a "
               "rehearsal for nuclear war.")
    assert got[1][0] == "quoted"


@pytest.mark.parametrize("sentence", [
    "The military has been warning that a test is imminent.",
    "The military is again warning that a test is imminent.",
])
def test_a_progressive_warning_reports(sentence):
    assert one(sentence)[:2] == ("quoted", "the military")


def test_the_other_official_is_a_second_source():
    got = rows("One official said the talks were on.\n\n"
               "The other official said the timing was unclear.")
    assert got[0][2] != got[1][2] and got[1][2] == "the other official"


def test_a_warning_given_to_a_titled_addressee():
    assert one("Kim Yo Jong gave U.S. President Joe Biden a warning on Sunday.")[:2] == \
        ("quoted", "Kim Yo Jong")


def test_the_main_clause_speaks_after_an_opening_participle_of_saying():
    got = one("Recalling that Biden threatened the regime, Kim said the DPRK will respond.")
    assert got[:2] == ("quoted", "Kim")


@pytest.mark.parametrize("sentence, speaker", [
    ("Japan will join the drills, Yonhap reported, citing a military official.",
     "military official"),
    ("South Korea will send F-35 jets, Yonhap reported, citing the JCS.", "JCS"),
    # a country whose clause reports keeps its words; so does a person
    ("North Korea denounced the drills, Yonhap reported, citing KCNA.", "North Korea"),
    ("Kim Jong Un oversaw the launch and called for a stronger nuclear shield, Yonhap reported, "
     "citing the Korean Central News Agency.", "Kim Jong Un"),
])
def test_a_relay_citing_a_source_after_a_country_that_reports_nothing(sentence, speaker):
    assert one(sentence)[:2] == ("quoted", speaker)
