"""PatternTable.may_match: the word-type check that spares most sentences tokenising and
scanning must never rule out a sentence in which a pattern matches."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.metrics.certainty import load_epistemic_lexicon
from analysis.metrics.frames import load_frame_lexicon
from analysis.metrics.lexicon import PatternTable, tokens
from analysis.metrics.lexicon_index import TableIndex, table_index

# Pattern words, their inflections and neighbours, plus filler, in news style.
_WORDS = (
    "in fact of course to some extent is said to the allies ally allied alliance U.S. US "
    "North Korea's Pyongyang nuclear-armed nuclear deterrence deterred deterring talks talk "
    "dialogue with Seoul Washington may might could certainly clearly not no without a say "
    "voice live-fire drills drill submarine submarines ballistic missile missiles threat "
    "threats ICBM ICBMs NCG Nuclear Consultative Group consultative group seven decades "
    "political settlement ironclad commitment extended weather mild , . ; - — said officials"
).split()


def test_a_sentence_with_only_a_common_first_word_is_ruled_out():
    table = PatternTable()
    table.add("in fact", {"category": "boosters"})
    table.add("deterrence", {"frame": "deterrence"})
    assert not table.may_match("Talks in Seoul ended in May.")
    assert table.may_match("In fact, the talks ended.")
    assert table.may_match("Extended deterrence was reaffirmed.")
    assert not table.may_match("")
    # A key token of two words: both must be there.
    table.add("is said to", {"category": "hedges"})
    assert not table.may_match("Yoon said the summit went well.")
    assert table.may_match("The submarine is said to carry missiles.")


def test_inflected_and_capitalised_keys_are_found():
    table = PatternTable()
    table.add("strategic asset", {"frame": "deterrence"})
    table.add("ICBM", {"frame": "threat"})
    assert table.may_match("The strategic assets arrived.")
    assert table.may_match("Pyongyang fired two ICBMs.")
    assert not table.may_match("Pyongyang fired two icbm tests.")
    assert not table.may_match("The assets arrived.")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=30))
def test_may_match_never_rules_out_a_sentence_with_a_match(words):
    text = " ".join(words)
    for table in (load_frame_lexicon().table, load_frame_lexicon().counterpart_table,
                  load_frame_lexicon().contingency_table, load_epistemic_lexicon().table):
        if table.scan(text, tokens(text)):
            assert table.may_match(text), text


def _variants(pattern: str) -> list[str]:
    """A lexicon pattern as news copy may inflect, capitalise or hyphenate it."""
    words = pattern.split()
    out = []
    for suffix in ("", "s", "es", "ed", "d", "ing", "’s", "'"):
        for last in (words[-1] + suffix, words[-1][:-1] + "ies", words[-1][:-1] + "ied",
                     words[-1] + words[-1][-1:] + "ing"):
            text = " ".join([*words[:-1], last])
            out += [text, text.upper(), text.capitalize(), text.replace(" ", "-"),
                    f"Seoul's {text}, officials said"]
    return out


def test_no_inflection_of_a_lexicon_pattern_is_ruled_out():
    # Every key of every table: may_match rules out words by the starts of the key tokens and
    # the longest word an inflection allows; scan is the ground truth.
    frames = load_frame_lexicon()
    tables = (frames.table, frames.counterpart_table, frames.ally_table,
              frames.contingency_table, frames.negation_after_table,
              load_epistemic_lexicon().table)
    checked = 0
    for table in tables:
        for pattern in {p.source for p in table._patterns.values()}:
            for text in _variants(pattern):
                if table.scan(text, tokens(text)):
                    checked += 1
                    assert table.may_match(text), (pattern, text)
    assert checked > 5000


def test_words_too_long_for_a_key_are_ruled_out():
    table = PatternTable()
    table.add("deter", {"frame": "deterrence"})
    # deterring -> deter; a word five letters longer than "deter" is no inflection of it.
    assert table.may_match("Allies are deterring Pyongyang.")
    assert not table.may_match("Allies discussed deterministic models.")
    assert not table.may_match("The deterrence debate.")  # "deterrence" is a separate key


def _all_tables() -> tuple[PatternTable, ...]:
    return (*load_frame_lexicon().pattern_tables, load_epistemic_lexicon().table)


def test_table_index_gives_each_tables_own_answer():
    # One index over every table of both lexicons: for each table, in the answer exactly
    # when its own may_match is true, on every inflection of every pattern and on filler.
    index = TableIndex(_all_tables())
    checked = 0
    for table in _all_tables():
        for pattern in sorted({p.source for p in table._patterns.values()}):
            # The plain and the in-sentence variants (the others change case or joins only).
            texts = [t for k, t in enumerate(_variants(pattern)) if k % 5 in (0, 4)]
            for text in [*texts, "Yoon said the summit went well."]:
                matching = index.matching(text)
                for other in _all_tables():
                    assert (other in matching) == other.may_match(text), (pattern, text)
                checked += 1
    assert checked > 5000


def test_table_index_answers_sentences_of_coverage():
    index = TableIndex(_all_tables())
    frames = load_frame_lexicon()
    epistemic = load_epistemic_lexicon().table
    text = "The talks with Pyongyang may resume, officials said."
    found = index.matching(text)
    assert frames.table in found  # talks (context cue)
    assert frames.counterpart_table in found and frames.party_table in found  # Pyongyang
    assert epistemic in found  # may (hedge)
    assert frames.ally_table not in found
    assert not index.matching("Markets closed higher on Friday.")
    assert not index.matching("")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=30))
def test_table_index_agrees_with_every_table(words):
    text = " ".join(words)
    matching = table_index(_all_tables()).matching(text)
    for table in _all_tables():
        assert (table in matching) == table.may_match(text), text


def test_short_limits_give_the_longest_norm_the_first_two_letters_allow():
    from analysis.metrics.lexicon_prefixes import key_prefixes, may_hold_key

    prefixes = key_prefixes({"a": 5, "al": 9, "ally": 8, "deter": 9})
    assert prefixes.gate == frozenset({"all", "det"})
    # "al..." words: the longer of "a" (5) and "al" (9); "ab...": "a" only; "de...": none.
    assert prefixes.short["al"] == 9
    assert prefixes.short["ab"] == 5
    assert prefixes.short["de"] == -1
    assert prefixes.short["a"] == 5
    assert may_hold_key("alliance", prefixes)  # 8 letters, "al" allows 9
    assert not may_hold_key("abundance", prefixes)  # 9 letters, "a" allows 5
    assert may_hold_key("deterred", prefixes)  # through the gate: "deter" allows 9
    assert not may_hold_key("deterrence", prefixes)  # 10 letters
    assert not may_hold_key("dialogue", prefixes)
