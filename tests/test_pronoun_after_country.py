"""A ``he`` or ``she`` after a country spoke: the person named in the narration between them
(issue 13). Passages written for this project in the styles of commentary and wire copy; each
failed before the rule (no speaker: the country was dropped and nobody took its place)."""

from __future__ import annotations

import pytest

from tests.speaker_rows import last as _last

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("text, speaker", [
    # a scholar named as the agent of a passive after the North spoke
    ("North Korea has said it would use its nuclear weapons first if attacked. The idea of "
     "a balance of terror goes back to Raymond Aron, a French thinker of the Cold War. He "
     f"warned that {Q}a nation with no means of retaliation must give way.{E}",
     "Raymond Aron"),
    # an official named in narration after the capital spoke
    ("Beijing said on Tuesday that the visit raised tension in the region. The remarks came "
     "a day after Chinese envoy Liu Xiaoming met officials in Seoul. She said the drills "
     "should be scaled back.", "Liu Xiaoming"),
])
def test_pronoun_after_country_takes_the_person_named_since(text, speaker):
    voice, found, _ = _last(text)
    assert voice == "quoted"
    assert found == speaker


def test_pronoun_after_country_with_nobody_named_stays_unresolved():
    text = ("Beijing said it firmly opposed the declaration.\n\nHe said the allies were "
            f"{Q}stoking confrontation.{E}")
    assert _last(text)[1] == "he"  # unresolved: the pronoun as written, never Beijing
