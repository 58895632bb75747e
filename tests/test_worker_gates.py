"""The worker path's shortcuts give the answers of the full passes: the lexicon scan that tries
only the patterns whose second token can match, and the substring gates before regexes."""

from analysis.corpus.transcripts import TURN_RE, turn_at
from analysis.corpus.writer_claims import says_nothing
from analysis.metrics.frames import mask_initialism_periods
from analysis.metrics.lexicon import PatternTable, tokens


def _table() -> PatternTable:
    table = PatternTable()
    for pattern in ("nuclear", "nuclear umbrella", "nuclear consultative group",
                    "nuclear weapons", "extended deterrence", "deter"):
        table.add(pattern, {"kind": "cue", "pattern": pattern})
    return table


def _matches(table: PatternTable, text: str) -> list[str]:
    toks = tokens(text)
    return [text[toks[i].start:toks[j - 1].end] for i, j, _ in table.scan(text, toks)]


def test_scan_takes_the_longest_pattern_whose_tokens_follow():
    table = _table()
    text = ("The Nuclear Consultative Group will meet as Seoul seeks a firmer nuclear umbrella, "
            "while nuclear talks stall and the allies deterred nothing with extended deterrence.")
    assert _matches(table, text) == ["Nuclear Consultative Group", "nuclear umbrella",
                                     "nuclear", "deterred", "extended deterrence"]


def test_scan_needs_the_second_token_right_after_the_first():
    table = _table()
    # "nuclear, umbrella": a comma between the tokens; "nuclear-weapons": a hyphen joins them.
    assert _matches(table, "A nuclear, umbrella-shaped plan.") == ["nuclear"]
    assert _matches(table, "No nuclear-weapons deal.") == ["nuclear-weapons"]
    assert _matches(table, "It ended with nuclear") == ["nuclear"]


def test_turn_at_agrees_with_the_turn_label_regex():
    texts = ["PRESIDENT BIDEN: Thank you all for coming.", "Q    Thank you, Karine.",
             "[Host] Welcome back to the program.", "<Anchor> Good evening.",
             "Lee Min-ho/ Vice Minister said the talks went well.",
             "President Yoon arrived in Washington on Tuesday.",
             "The allies agreed on a new group (the NCG) in April."]
    text = " ".join(texts)
    at = 0
    for sentence in texts:
        expected = TURN_RE.match(text, at, at + len(sentence))
        found = turn_at(text, at, at + len(sentence))
        assert (found and found.group(0)) == (expected and expected.group(0))
        at += len(sentence) + 1
    assert turn_at(text, 0, len(texts[0])).group("caps") == "PRESIDENT BIDEN"
    assert turn_at(text, len(texts[0]) + 1, len(texts[0]) + 1 + len(texts[1])) is not None


def test_gated_regexes_still_find_their_phrases():
    assert says_nothing("The ministry did not respond to a request for comment on Friday.")
    assert says_nothing("A spokesperson declined to comment on the drills.")
    assert not says_nothing("The ministry responded to the drills on Friday.")
    assert mask_initialism_periods("The U.S. forces stay.") == "The U.S  forces stay."
    assert mask_initialism_periods("He met U.S. envoys") == "He met U.S  envoys"
    assert mask_initialism_periods("It backs the U.S.") == "It backs the U.S."
