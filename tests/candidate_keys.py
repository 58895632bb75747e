"""Keyphrase candidates of a test text, for the name-reading tests: the text is followed by a
neutral tail sentence, so that a name ending the text is no sentence-final fragment."""

from analysis.metrics.keyphrase_candidates import candidates
from analysis.metrics.keyphrases import default_tagger

TAIL = (" The talks covered trade and security, and officials said further meetings would follow"
        " in the coming weeks.")


def keys(text: str) -> dict[str, int]:
    """The candidates' term frequencies (lower-case keys) of ``text`` plus :data:`TAIL`."""
    return dict(candidates(text + TAIL, default_tagger())[1].tf)
