"""The keyword metrics give the same bits as the snapshot in ``tests/fixtures``.

Distinctive-term and actor-mention fingerprints date from before the keywords module was split
(issue 12, commit 8f5f8fe); the keyphrase fingerprints were re-taken when issue 14 changed the
keyphrases on purpose (case kept, whole names, noun phrases, furniture, merging; then light-noun
heads and a selection that keeps candidates past ``k``; then support of a phrase's
hyphenated modifier by its first element; then a verb after a modal and an adverb, and an
``-ed`` adjective repeated before the same word as a phrase start: 6 synthetic documents;
then a headline-only lower-case word as no candidate, no sentence start after a bracket and
Korean and Chinese family names credited to the full name: 3 outlet files and 87 synthetic
documents; then news furniture as no candidate, fixed expressions never cut, a middle initial
in its name and no phrase that only modifies one word: 1 outlet file, 4 synthetic documents,
and the seed's scores, not its phrases or their order, as "Mr. President" is no longer
counted among its tokens; then a capitalised singular word the tagger reads as a common noun
lower-cased only when the text writes its stem in lower case: 2 synthetic documents, where an
invented name opening a sentence keeps its capital; then a title alone ("Gen"), a verb the
tagger reads as an adjective by its ``-ed`` form, a sentence-initial verb before its object and
the other rules of ``keyphrase_roles``: 58 synthetic documents and their two tables;
then the pieces of ``keyphrase_cuts``, a headline-only capitalised word read as the head of a
title-case phrase among them ("Recurrence", "Wildflower" of invented headlines): 24 synthetic
documents and their two tables, the seed unchanged; then a line ending in a full stop with
lower-case content words read as no title-case line, a participle of a title-case line as no
name and no span joining a common noun and the name after it (kp25): 1 outlet file, whose
names on a line of their own were read as a headline's, 12 synthetic documents and their two
tables, the seed unchanged; then a capitalised headline-only word the tagger reads as a verb
as no candidate, whether or not the text writes it in lower case: 7 synthetic documents and
their two tables, the seed and the outlet files unchanged; then a frequent word or a word
inflected in lower case elsewhere that only a title-case line capitalises as no candidate, and
an ordinal inside a name kept in it: 6 synthetic documents, whose invented title-case headlines
lose a common word ("Energy", "Justice"), the tables, the seed and the outlet files unchanged;
then a wire dateline with an agency of any name as furniture, ``WASHINGTON (Pacific Wire) -``:
1 outlet file and the outlet tables, the seed and the synthetic documents unchanged),
and the keyness
ones when issue 15 kept acronyms in capitals (``US`` is no longer the pronoun ``us``), and the
keyness and distinctive-term ones of the seed and the outlet files when furniture and stage
sentences stopped counting as terms (the seed's vocative "Mr President" at a quotation's start,
an outlet file's dateline; the synthetic documents unchanged), and all keyness ones again when
the keyness table gained its ``surface`` column (the form a term is written in most often; no
count or statistic changed). The
actor-mention fingerprints of the seed and the outlet files were re-taken for actor list 3
(three new mentions: ``White House`` twice, ``Kim Yo Jong`` once; the synthetic ones unchanged);
the outlet files' were re-taken for actor list 4 (two new mentions of North Korea, ``The North``
and ``the North``); the synthetic ones for actor list 5 (one mention fewer: a bare ``Kim`` in an
article that never names Kim Jong Un in full is nobody of the list), and again for actor list 9
(three new mentions, no other changed: ``Putin``, ``Trump`` and ``Kremlin``, actors of that list).
"""

from __future__ import annotations

import json

import pytest

from tests.keywords_snapshot import SNAPSHOT, current_api, fingerprints


@pytest.fixture(scope="module")
def now(tmp_path_factory):
    return fingerprints(current_api(), tmp_path_factory.mktemp("synthetic"))


def test_every_table_matches_the_snapshot(now):
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(before) == 226  # 200 synthetic documents, 4 outlet files, the seed, 21 tables
    changed = sorted(k for k in before if now.get(k) != before[k])
    assert changed == []
    assert set(now) == set(before)
