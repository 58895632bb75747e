"""Tests for ``benchmarks/voices_agreement.py``: two readings of one voice set compared with each
other and with the package, on passages written for the test."""

import json

import pytest
from voices_agreement import annotator_lines, main, pair_sets


def sentence(text, voice, speaker=None):
    return {"text": text, "voice": voice, "speaker": speaker, "actor": None}


FIRST = [sentence("Seoul and Washington agreed on Monday to hold the talks every quarter.",
                  "authorial"),
         sentence("\u201cWe will answer any provocation at once,\u201d the defence minister said.",
                  "quoted", "the defence minister"),
         sentence("The ministry warned that the drills would continue.", "quoted", "The ministry"),
         sentence("\u201cThe drills are defensive,\u201d a US official told reporters.", "quoted",
                  "a US official")]


def write(path, rows):
    data = {"description": "test", "set": "heldout",
            "passages": [{"id": "p1", "style": "wire", "paragraphs": [rows]}]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def readings(tmp_path):
    second = [dict(s) for s in FIRST]
    second[2] = sentence(FIRST[2]["text"], "authorial")  # the second reader: the writer's words
    second[3] = sentence(FIRST[3]["text"], "quoted", "reporters")  # another source named
    return write(tmp_path / "a.json", FIRST), write(tmp_path / "b.json", second)


def test_agreement_between_readings(readings):
    _, pairs = pair_sets(*readings)
    # voices A Q Q Q against A Q A Q: observed 0.75, chance 0.25*0.5 + 0.75*0.5 = 0.5 -> 0.5
    assert annotator_lines(pairs) == [
        "readings: 4 sentences",
        "  voice agreement: 3/4 = 0.750; Cohen's kappa 0.500",
        "  speaker agreement where both read someone's words (2): 1/2 = 0.500"]


def test_package_against_each_reading(readings, capsys):
    assert main([str(p) for p in readings] + ["--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[3:6] == [
        "package vs first reading: voice 4/4 = 1.000; speaker either 3/3 = 1.000",
        "package vs second reading: voice 3/4 = 0.750; speaker either 1/2 = 0.500",
        "package where the readings agree: voice 3/3 = 1.000; speaker either 1/1 = 1.000"]
    assert out[6] == "[p1] first quoted 'The ministry'; second authorial ''"
    assert out[8] == "[p1] first quoted 'a US official'; second quoted 'reporters'"


def test_other_text_is_an_error_naming_the_file(tmp_path):
    other = [dict(s) for s in FIRST]
    other[0] = sentence("A different first sentence.", "authorial")
    a, b = write(tmp_path / "a.json", FIRST), write(tmp_path / "b.json", other)
    with pytest.raises(SystemExit, match=r"b\.json: passage p1 has other sentences"):
        pair_sets(a, b)
