"""The writer's own *I* outside quotation marks is the writer's, not the last speaker's (an
op-ed's *I think that doubt is reasonable.* after a quotation went to the quoted official); a
first person before a reporting clause that ends the sentence is that speaker's own (*I argue
that ..., a lawmaker wrote*) (analysis/corpus/quotes.py, analysis/corpus/writer_readings.py).

Every sentence here was written for this file; none is copied from an outlet. The expected
values were checked by hand.
"""

from analysis.corpus import Document


def rows(text):
    return [(s.voice, s.speaker) for s in Document.from_text(text).sentences]


def test_an_op_eds_i_after_a_quotation_is_the_writers():
    text = ("In my view, the consultative group matters more than the submarine. As one former "
            "envoy told me, \"Visits end; institutions remain.\"\n\n"
            "Americans tend to underestimate how much allies doubt them. I think that doubt is "
            "reasonable.")
    assert rows(text) == [("authorial", None), ("quoted", "former envoy"),
                          ("authorial", None), ("authorial", None)]


def test_an_i_inside_a_quotation_stays_the_speakers():
    text = ("\"The alliance has never been stronger,\" Ahn told his counterpart. \"I feel the "
            "weight of that.\"")
    assert rows(text) == [("quoted", "Ahn"), ("quoted", "Ahn")]


def test_a_first_person_before_a_closing_reporting_clause_is_that_speakers():
    assert rows("I argue that the drills send the wrong signal, a lawmaker wrote on social "
                "media.") == [("quoted", "lawmaker")]
    assert rows("I think the talks will fail, Kim told reporters on Monday.") == [
        ("quoted", "Kim")]
    assert rows("I argue that Seoul should build its own deterrent.") == [("authorial", None)]
