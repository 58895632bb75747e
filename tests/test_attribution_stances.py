"""Beliefs, estimates, obligations and bare reporting clauses with longer adjuncts.

A copula and a stance adjective before a clause report a belief the way a verb does
(*officials are worried that*, *Seoul remains confident that*, *aides are not convinced that*,
*are confident the talks will resume*; not *It is certain the North will ...*); *estimates
that* and *estimated that* report a finding, the noun (*the estimates that*) and *estimated
the crowd at* do not, nor do *the projects that*, *a calculated move* (*projected that*,
*calculates that* report); a reporting verb under an obligation (*needs to tell*, *must explain*,
*has to say*) reports nothing; a reporting clause split from its quotation stays the writer's
when its subject has an appositive (*Park, a spokeswoman, said in a statement.*), its adjunct
names the addressee (*said to Yonhap.*), a topic (*said of the plan to ...*) or a time clause
(*said as he left the podium.*).

Every sentence here was written for this file in the style of wire copy, Korean
English-language press and transcripts; none is copied from an outlet. The expected values were
checked by hand.
"""

from analysis.corpus.quotes import rule_readings
from analysis.corpus.sentences import iter_sentences
from tests.speaker_rows import rows

AUTHORIAL = ("authorial", None, None)


def readings(text: str) -> list[str]:
    """The rules' reading of each sentence of ``text``."""
    return rule_readings(text, list(iter_sentences(text)))


def test_a_stance_adjective_before_that_reports_the_subjects_belief():
    text = ("South Korean officials are worried that Washington may cut its troop presence. "
            "The unification ministry remains confident that the hotline will be restored. "
            "Yoon's aides are not convinced that the North will return to talks. "
            "Opposition lawmakers have long been concerned that the pact ties Seoul's hands.")
    assert readings(text) == ["indirect"] * 4
    assert [r[:2] for r in rows(text)] == [
        ("quoted", "South Korean officials"), ("quoted", "the unification ministry"),
        ("quoted", "Yoon's aides"), ("quoted", "Opposition lawmakers")]


def test_a_stance_adjective_before_a_clause_without_that_reports_and_it_is_certain_does_not():
    text = ("Officials in Seoul are confident the extended deterrence talks will resume. "
            "Some lawmakers were upset Washington had not consulted them. "
            "It is virtually certain the North will protest the submarine's visit.")
    assert readings(text) == ["indirect", "indirect", "none"]
    assert [r[:2] for r in rows(text)[:2]] == [("quoted", "officials in Seoul"),
                                                ("quoted", "lawmakers")]


def test_a_stance_adjective_without_a_copula_or_a_that_clause_reports_nothing():
    text = ("A confident Yoon walked onto the lawn of the White House. "
            "The ministry is aware of the report. "
            "Biden, confident that the deal would hold, left for Tokyo.")
    assert readings(text) == ["none", "none", "none"]


def test_estimates_that_reports_a_finding_and_the_noun_does_not():
    text = ("The Korea Institute for National Unification estimates that the North has up to "
            "60 warheads. "
            "Police estimated the crowd at 5,000. "
            "The estimates that circulated in Seoul on Monday were far higher.")
    assert readings(text) == ["indirect", "none", "none"]
    assert rows(text)[0][:2] == ("quoted", "Korea Institute for National Unification")


def test_calculates_and_projects_that_report_a_finding_and_the_nouns_do_not():
    text = ("The Bank of Korea projected that growth would slow to 1.5 percent next year. "
            "The Korea Development Institute calculates that the tariffs will cost exporters "
            "$4 billion. "
            "The projects that won funding will begin in March. "
            "It was a calculated move by the ruling party. "
            "The deficit is projected to reach 3 percent of output.")
    assert readings(text) == ["indirect", "indirect", "none", "none", "none"]
    assert rows(text)[0][:2] == ("quoted", "Bank of Korea")
    assert rows(text)[1][:2] == ("quoted", "Korea Development Institute")


def test_a_reporting_verb_under_an_obligation_reports_nothing():
    text = ("The government needs to tell the public what the declaration costs. "
            "Seoul has to explain the deal and tell voters why it matters. "
            "Officials said the ministry must explain the delay.")
    assert readings(text) == ["none", "none", "indirect"]
    assert rows(text)[2][:2] == ("quoted", "officials")


def test_a_bare_clause_with_an_appositive_subject_after_a_quotation_is_the_writers():
    text = ("“We will answer any provocation.” Park Ji-won, a spokeswoman for the ministry, "
            "said in a statement. "
            "“The alliance is ironclad.” Rep. Kim Min-su, D-Seoul, said of the summit.")
    assert readings(text) == ["direct", "frame", "direct", "frame"]
    assert [r[0] for r in rows(text)] == ["quoted", "authorial", "quoted", "authorial"]


def test_a_bare_clause_naming_its_addressee_topic_or_time_is_the_writers():
    text = ("“The door to dialogue is open.” Yoon said to Yonhap. "
            "“It is a step back.” Lee said about the plan to deploy submarines. "
            "“Thank you very much.” The president said as he left the podium.")
    assert readings(text) == ["direct", "frame"] * 3
    assert [r[0] for r in rows(text)] == ["quoted", "authorial"] * 3


def test_a_bare_clause_keeps_its_content_after_an_adjunct():
    text = ("“We are ready.” Kim told reporters to expect more tests. "
            "“We are ready.” Officials said about 30 people were hurt. "
            "“We are ready.” He said as president he would act.")
    assert readings(text) == ["direct", "indirect"] * 3
