"""The sentence table's row assembly: stage directions, and rows that agree with the public
metric functions whichever shortcut (no cue, no marker, no VADER word) a sentence takes."""

import math

import pytest

from analysis.corpus import Document
from analysis.corpus.transcripts import label_end
from analysis.metrics.certainty import EPISTEMIC_CATEGORIES, epistemic_markers
from analysis.metrics.frames import FRAMES, format_evidence, format_negated, frame_scores
from analysis.metrics.lexicon import text_words
from analysis.metrics.tone import tone_scores
from analysis.tables.sentences import sentence_rows, sentence_table

TRANSCRIPT = (
    "Remarks by President Biden and President Yoon in Joint Press Conference\n\n"
    "Rose Garden\n\n"
    "1:43 P.M. EDT\n\n"
    "PRESIDENT BIDEN: Well, good afternoon. Please be seated.\n\n"
    "Our alliance has never been stronger.\n\n"
    "(Applause.)\n\n"
    "PRESIDENT YOON: (As interpreted.) Thank you, Mr. President.\n\n"
    "END 2:38 P.M. EDT")

WIRE = (
    "SEOUL, April 27 (Yonhap) -- South Korea and the United States will set up a Nuclear "
    "Consultative Group, the two presidents said on Wednesday.\n\n"
    "Officials said the ballistic missile submarine may visit Busan, though no date was set.\n\n"
    "There was no diplomatic breakthrough with Pyongyang, and analysts said talks with "
    "North Korea are unlikely to resume soon.\n\n"
    "The weather in Washington was mild.\n\n"
    "Pyongyang denounced the declaration as a 'hostile' plot and warned of a nuclear "
    "response in the event of an attack.")


def test_stage_direction_row_has_no_tone_and_says_why():
    table = sentence_table([Document.from_text(TRANSCRIPT)])
    stage = table[table["voice"] == "stage"]
    assert len(stage) >= 3
    assert stage["tone"].isna().all() and stage["tone_neu"].isna().all()
    assert set(stage["reason"]) == {"stage direction"}
    assert not stage["frame_alliance"].any() and (stage["hedges"] == 0).all()
    assert table["tone"].dtype == float
    spoken = table[table["text"] == "Our alliance has never been stronger."].iloc[0]
    assert spoken["frame_alliance"] and spoken["reason"] == ""
    assert spoken["tone"] == tone_scores("Our alliance has never been stronger.")["tone"]


@pytest.mark.parametrize("doc_text", [WIRE, TRANSCRIPT])
def test_rows_agree_with_the_public_metric_functions(doc_text):
    table = sentence_table([Document.from_text(doc_text)])
    speech = table[table["voice"] != "stage"]
    assert len(speech) >= 4
    for _, row in speech.iterrows():
        # A turn is measured without its label ("PRESIDENT BIDEN:"), which is furniture.
        text = row["text"][label_end(row["text"]):] if row["quote"] == "turn" else row["text"]
        assert row["n_words"] == len(text_words(text))
        sc = frame_scores(text)
        assert [row[f"frame_{f}"] for f in FRAMES] == [f in sc["frames"] for f in FRAMES]
        assert [row[f"score_{f}"] for f in FRAMES] == [sc[f] for f in FRAMES]
        assert row["frame_evidence"] == format_evidence(sc, flagged_only=True)
        assert row["frame_negated"] == format_negated(sc)
        m = epistemic_markers(text)
        assert [row[c] for c in EPISTEMIC_CATEGORIES] == [m[c] for c in EPISTEMIC_CATEGORIES]
        assert row["hedge_terms"] == tuple(c.text for c in m["evidence"]["hedges"])
        t = tone_scores(text)
        assert row["tone"] == t["tone"] or (math.isnan(row["tone"]) and math.isnan(t["tone"]))


def test_wire_rows_hold_the_hand_checked_values():
    table = sentence_table([Document.from_text(WIRE)]).set_index("sentence")
    first = table.loc[1]
    # Lexicon 2.1.0: "two presidents" names the pair too (0.5 each, so alliance reaches 1.0).
    assert first["frame_deterrence"] and first["score_alliance"] == 1.0
    assert first["frame_evidence"] == ("deterrence: Nuclear Consultative Group | "
                                       "alliance: South Korea and the United States, "
                                       "two presidents")
    second = table.loc[2]
    assert second["hedge_terms"] == ("may",) and second["frame_deterrence"]
    third = table.loc[3]
    assert third["frame_negated"] == "diplomatic breakthrough (diplomacy, negated by 'no')"
    assert third["frame_evidence"] == "diplomacy: talks"
    assert third["hedges"] == 1 and third["hedge_terms"] == ("unlikely",)
    weather = table.loc[4]
    assert not any(weather[f"frame_{f}"] for f in FRAMES)
    assert weather[list(EPISTEMIC_CATEGORIES)].tolist() == [0, 0, 0]
    assert weather["frame_evidence"] == "" and weather["hedge_terms"] == ()
    assert weather["tone"] == 0.0 and weather["tone_neu"] == 1.0
    last = table.loc[5]  # the attack is a contingency the allies plan for, not a threat
    assert last["frame_evidence"] == "deterrence: nuclear response, attack | threat: hostile"
    assert last["tone"] < -0.5


def test_sentence_rows_load_the_default_lexicons_when_given_none():
    doc = Document.from_text(WIRE)
    rows = sentence_rows([doc])
    table = sentence_table([doc])
    assert len(rows) == len(table) == 5
    assert rows[1][table.columns.get_loc("hedges")] == 1
    assert [r[table.columns.get_loc("frame_evidence")] for r in rows] == \
        table["frame_evidence"].tolist()
    assert [r[table.columns.get_loc("hedge_terms")] for r in rows] == \
        table["hedge_terms"].tolist()


def test_a_table_without_details_is_the_full_table_less_the_detail_columns():
    from analysis.tables.sentences import DETAIL_COLUMNS

    docs = [Document.from_text(WIRE, doc_id="wire"), Document.from_text(TRANSCRIPT, doc_id="tr")]
    full = sentence_table(docs)
    lean = sentence_table(docs, details=False)
    assert set(DETAIL_COLUMNS) <= set(full.columns)
    assert not set(DETAIL_COLUMNS) & set(lean.columns)
    assert list(lean.columns) == [c for c in full.columns if c not in DETAIL_COLUMNS]
    assert lean.equals(full.drop(columns=list(DETAIL_COLUMNS)))
    # The details are really there in the full table: the hedge "may" and a frame's cue.
    assert ("may",) in set(full["hedge_terms"])
    assert full["frame_evidence"].str.contains("Nuclear Consultative Group").any()


BELOW_THRESHOLD = (
    "SEOUL, May 2 (Reuters) - The two countries signed a trade memorandum after a missile "
    "launch drill, officials said.\n\n"
    "Officials in Seoul said the risk of an accident at sea was small.")


def test_frame_evidence_lists_only_the_cues_of_flagged_frames():
    table = sentence_table([Document.from_text(BELOW_THRESHOLD)]).set_index("sentence")
    first = table.loc[1]
    # "two countries" (alliance, 0.5) stays below the threshold of 1.0: scored, not evidence.
    assert first["score_alliance"] == 0.5 and not first["frame_alliance"]
    assert first["frame_deterrence"] and first["frame_threat"]
    assert first["frame_evidence"] == "deterrence: drill | threat: missile launch"
    second = table.loc[2]
    assert second["score_threat"] == 0.5 and not any(second[f"frame_{f}"] for f in FRAMES)
    assert second["frame_evidence"] == ""
    # The metric function still reports every cue, for diagnosing a frame that missed.
    assert format_evidence(frame_scores(first["text"])) == (
        "deterrence: drill | alliance: two countries | threat: missile launch")
    for _, row in table.iterrows():
        listed = {part.split(":")[0] for part in row["frame_evidence"].split(" | ") if part}
        assert listed == {f for f in FRAMES if row[f"frame_{f}"]}


def test_export_sentence_rows_say_why_smog_is_missing():
    from analysis.corpus import Corpus
    from analysis.export import metric_table

    text = ("The allies signed the declaration on Wednesday.\n\n"
            "(Applause.)\n\n"
            "Pyongyang warned of consequences.")
    corpus = Corpus([Document.from_text(text, "d", {"kind": "transcript"})], name="x")
    sentences = metric_table(corpus, "sentence")
    assert sentences["smog_index"].isna().all()
    # every NaN carries its reason: SMOG's on each sentence, the stage direction's own (which
    # explains every missing measure of that row)
    assert sentences["reason"].tolist() == ["smog needs >= 30 sentences", "stage direction",
                                            "smog needs >= 30 sentences"]
    # a document of three sentences still says why its SMOG is missing
    document = metric_table(corpus, "document").iloc[0]
    assert document["reason"] == "smog needs >= 30 sentences"


def test_stage_lines_count_no_word_sentence_or_syllable():
    table = sentence_table([Document.from_text(TRANSCRIPT)])
    stage = table[table["voice"] == "stage"]
    assert stage["text"].tolist() == [
        "Remarks by President Biden and President Yoon in Joint Press Conference",
        "Rose Garden", "1:43 P.M. EDT", "(Applause.)", "END 2:38 P.M. EDT"]
    counts = ["n_words", "n_sentences", "n_syllables", "n_polysyllables", "n_letters"]
    assert (stage[counts] == 0).all().all()
    assert set(stage["reason"]) == {"stage direction"}


def test_interpreter_note_after_the_label_is_no_word_of_the_turn():
    assert label_end("PRESIDENT YOON: (As interpreted.) Thank you, Mr. President.") == 34
    assert label_end("PRESIDENT BIDEN: (Applause.)") == 17  # a direction alone stays the body
    table = sentence_table([Document.from_text(TRANSCRIPT)])
    yoon = table[table["text"].str.startswith("PRESIDENT YOON:")].iloc[0]
    assert yoon["n_words"] == 4  # Thank you, Mr. President.
    assert yoon["n_syllables"] == 7  # thank you mis-ter pres-i-dent


def test_transcript_readability_is_the_speech_only():
    from analysis.tables.aggregate import aggregate

    document = aggregate(sentence_table([Document.from_text(TRANSCRIPT)]), "document").iloc[0]
    # spoken: "Well, good afternoon." "Please be seated." "Our alliance has never been
    # stronger." "Thank you, Mr. President." = 4 sentences, 3 + 3 + 6 + 4 = 16 words
    assert (document["n_sentences"], document["n_words"]) == (4, 16)
    assert document["quoted_share"] == 1.0


def test_a_paragraph_of_stage_lines_says_why_it_has_no_values():
    from analysis.tables.aggregate import aggregate

    paragraphs = aggregate(sentence_table([Document.from_text(TRANSCRIPT)]), "paragraph")
    applause = paragraphs[paragraphs["paragraph"] == 6].iloc[0]
    assert applause["n_words"] == 0 and math.isnan(applause["flesch_kincaid_grade"])
    assert math.isnan(applause["tone"]) and applause["reason"] == "stage direction"


def test_sentence_measures_are_aggregate_by_sentence_without_grouping():
    from analysis.metrics.readability import MEASURES
    from analysis.tables.aggregate import aggregate, sentence_measures

    text = ('"We will respond to any attack," the minister said.\n\n'
            "The allies signed the declaration on Wednesday after long talks in Washington.")
    table = sentence_table([Document.from_text(text, "d")])
    rows = sentence_measures(table)
    # one sentence in someone else's voice (all its words), one in the author's
    assert rows["quoted_share"].tolist() == [1.0, 0.0]
    assert rows["voice"].tolist() == ["quoted", "authorial"]
    # the same measures as the sentence unit of the one aggregation, value for value
    units = aggregate(table, "sentence")
    for col in [*MEASURES, "composite_grade", "quoted_share"]:
        assert rows[col].tolist() == pytest.approx(units[col].tolist(), nan_ok=True), col
    assert rows["flesch_reading_ease"].notna().all()
    assert rows["reason"].tolist() == ["smog needs >= 30 sentences"] * 2
    # the sentence table itself is not changed
    assert "quoted_share" not in table.columns


def test_sentence_measures_need_a_sentence_table():
    from analysis.tables.aggregate import sentence_measures

    with pytest.raises(TypeError, match=r"sentence_measures\(\) needs a sentence table"):
        sentence_measures(["not", "a", "table"])


def test_metric_table_reuses_a_given_sentence_table(monkeypatch):
    import pandas as pd

    from analysis.corpus import Corpus
    from analysis.export import metric_table
    from analysis.tables import sentences as sentence_module
    from analysis.tables.metadata import with_metadata

    docs = [Document.from_text("Seoul and Washington signed the declaration. \"It deters the "
                               "North,\" Yoon said.", "a", {"outlet": "Wire"}),
            Document.from_text("Pyongyang warned of a response.", "b", {"outlet": "Post"})]
    corpus = Corpus(docs, name="two")
    built = with_metadata(sentence_table(corpus), corpus)
    expected = {u: metric_table(corpus, u) for u in ("document", "paragraph", "sentence")}

    def refuse(*args, **kwargs):
        raise AssertionError("the sentence table was built again")

    monkeypatch.setattr(sentence_module, "sentence_table", refuse)
    monkeypatch.setattr(sentence_module, "unit_sentence_table", refuse)
    for unit, table in expected.items():
        pd.testing.assert_frame_equal(metric_table(corpus, unit, sentences=built), table)
