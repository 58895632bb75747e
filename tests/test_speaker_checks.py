"""Checks on the shape of a source (:mod:`analysis.corpus.speaker_checks`): a speaker names a
person, a body, a medium or a document, read from the clause whose words they are.

Every sentence here was written for this file in the style of wire copy, Korean and Chinese
English-language press and KCNA reports; none is copied from an outlet. The expected values
were checked by hand against the rules of ``data/voices_README.md``.
"""

import pytest

from analysis.corpus.inner_sources import reporting_clause
from analysis.corpus.speaker_checks import has_source_shape, names_a_source, noun_phrase
from analysis.corpus.tagger import tag_text
from analysis.corpus.tokens import WORD_RE
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize(("text", "speaker"), [
    # a day is no source: the inverted clause's subject before it speaks
    ("The allies staged a joint drill off the coast, said a White House official Tuesday.",
     "White House official"),
    # a day before a document is the document's date: the document speaks
    ("It is the carrier's first call at the port in five years, according to the Monday "
     "release.", "Monday release"),
    # a relay's according-to: the person or body who reports by itself speaks
    ("Kim Yo Jong, the sister of the leader, has voiced strong anger over the docking of a "
     "carrier at the port, according to state media outlet KCNA.", "Kim Yo Jong"),
    ("The defense ministry of North Korea accused Washington of raising tension on the "
     "border, as reported by KCNA.", "defense ministry of North Korea"),
    # a relay's trailing clause with its day: the subject who hit out speaks
    ("A senior official of the North's army has hit out at the pact the two allies signed "
     "last week, state news agency KCNA reported Saturday.", "senior official"),
    # a document's according-to before the subject of a quotation: the subject speaks
    ("According to the statement, the United States \u201creaffirmed its ironclad pledge\u201d "
     "to the South.", "United States"),
    # a trailing "as"/"with" clause: the main clause's source speaks
    ("And Lee considered that China had overreacted to the plan, as Beijing condemned it.",
     "Lee"),
    ("Seoul has been warning for months that the North is ready for a test, with defense "
     "minister Shin Won-sik said on Monday that it could come soon.", "Seoul"),
    # a trailing reporting clause over a subject that does not say the words
    ("His remarks suggest the North may be testing new rockets, some observers said.",
     "observers"),
    ("The North is sure it must build more weapons as a result, Kim said.", "Kim"),
])
def test_speaker_is_the_source_whose_words_they_are(text, speaker):
    assert rows(text) == [("quoted", speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    # the inner source keeps its words when the outer clause is said too
    ("Kim said the drills were a threat, the agency said.", "Kim"),
    ("In return, Tokyo reaffirmed that it will not build its own arsenal, officials said.",
     "Tokyo"),
    # a relay after a subject who reports by itself stays the subject's (as before)
    ("Pyongyang's top diplomat has lashed out at the drills near the border, state news "
     "agency KCNA reported.", "Pyongyang's top diplomat"),
    # a stance after according-to holds no words: the according-to source speaks
    ("According to the army chief, Tokyo must be well aware that \u201cits ships sail into "
     "peril.\u201d", "army chief"),
    # an according-to with no clause of its own keeps its source
    ("The economy grew faster than expected, according to the central bank.", "central bank"),
])
def test_other_sources_are_kept(text, speaker):
    assert rows(text) == [("quoted", speaker)]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Tuesday", False), ("the statement", True), ("Mao Ning", True), ("she", True),
    ("some observers", True), ("defense ministry of North Korea", True),
    ("the region", False), ("new deployment", False),
])
def test_names_a_source(phrase, expected):
    assert names_a_source(phrase) is expected


def test_reporting_clause_reads_no_date():
    assert reporting_clause("The allies met, said one senior official on Tuesday.", False) == \
        ("one senior official", False)


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb with its complement read into the source is cut off: the words before it speak
    ("Moon has often cited the cost of the bases as a reason to cut them.", "Moon"),
    ("The Democratic nominee continues to insist, most recently in a radio interview, that "
     "she wants the plan.", "the Democratic nominee"),
    # a month that is a person's last name is no date
    ("British Prime Minister Theresa May said this week that the plan would go ahead.",
     "Theresa May"),
])
def test_source_is_a_noun_phrase(text, speaker):
    assert rows(text) == [("quoted", speaker)]


@pytest.mark.parametrize(("phrase", "sentence", "expected"), [
    ("Tokyo, Manila step up drills", "Tokyo, Manila step up drills citing threats from Beijing.",
     False),
    ("rollout comes as Tokyo", None, False),
    ("exit polls", None, True),
    ("talk radio host Rush Limbaugh", None, True),
    ("a senior official Tuesday", None, False),
])
def test_has_source_shape(phrase, sentence, expected):
    assert has_source_shape(phrase, sentence) is expected


def test_role_noun_for_a_country_is_no_person_for_she():
    """A role noun that resolves to a country (*the Friday statement* of China) is no person a
    later *she* stands for: the spokeswoman who spoke before it is."""
    text = ("China has issued a scathing statement in response to the deal between Tokyo and "
            "Manila for Tokyo to send a destroyer to Manila.\n\n"
            "Foreign ministry spokeswoman Hua Lin said it shows Tokyo is harming the treaty.\n\n"
            "\u201cTokyo has put the region at risk,\u201d the Friday statement said.\n\n"
            "She said it also showed Tokyo\u2019s \u201cnarrow interests\u201d which put the "
            "world at risk.\n")
    assert rows(text)[-1] == ("quoted", "Hua Lin")


def _tagged_cut(raw, sentence):
    """The verb search of :func:`noun_phrase` done by tagging the whole sentence (the reading
    the tag-dictionary shortcut must give): the offset in ``raw`` of its first lower-case verb or
    modal before a word of its complement, not after a determiner, number or adjective."""
    at = sentence.find(raw)
    tags = tag_text(sentence, "penn")
    inside = [(k, t) for k, t in enumerate(tags) if at <= t[0] < at + len(raw)]
    for (k, (start, _, word, tag)), (_, after) in zip(inside, inside[1:], strict=False):
        if word[0].islower() and tag in {"VB", "VBZ", "VBP", "VBD", "MD"} and (
                tag == "MD" or after[3] in {"IN", "TO", "RP", "DT", "RB", "PRP$", "PRP", "CD"}) \
                and not (k and tags[k - 1][3] in {"DT", "CD", "PRP$", "JJ", "POS"}):
            return start - at
    return None


_SHAPE_SENTENCES = [
    "The spokesman for the ministry said on Friday that the drills would go ahead.",
    "Trump has often said the alliance costs too much.",
    "A senior official of the ruling party will brief the committee, an aide said.",
    "The order comes as some conservatives in the assembly call for their own weapons.",
    "An analyst at a think tank in Seoul and his colleagues told a forum the plan was sound.",
]


@pytest.mark.parametrize("sentence", _SHAPE_SENTENCES)
def test_noun_phrase_is_the_tagged_reading(sentence):
    """Every run of words of these sentences is cut where tagging the whole sentence cuts it:
    the sources whose lower-case words all take a fixed tag that is no verb (``the``, ``a``,
    ``his``) are not tagged at all, and must read the same."""
    spans = [m.span() for m in WORD_RE.finditer(sentence)]
    checked = 0
    for i in range(len(spans)):
        for j in range(i + 1, min(len(spans), i + 6)):
            raw = sentence[spans[i][0]:spans[j][1]]
            if sentence.find(raw) != spans[i][0] or raw.endswith("Friday") or \
                    all(w[0].isupper() for w in raw.split()):
                continue  # a date is no source whatever its tags
            assert has_source_shape(raw, sentence) is (_tagged_cut(raw, sentence) is None), raw
            checked += 1
    assert checked > 20


def test_noun_phrase_cuts_at_the_verb():
    assert noun_phrase("Trump has often", "Trump has often said the deal was bad.") == "Trump"
    assert noun_phrase("the order comes as some conservatives",
                       "the order comes as some conservatives said so.") == "some conservatives"
    assert noun_phrase("the spokesman", "the spokesman said on Friday.") == "the spokesman"
    official = "a senior official of his party"
    assert noun_phrase(official, official + " said so.") == official
