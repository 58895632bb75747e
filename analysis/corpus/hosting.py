"""Whether *welcomed* receives a guest rather than approves of something.

*Seoul welcomed the announcement* reports an approval, a stance the labelling rules count as
someone's words; *Biden welcomed Yoon to the White House* and *The White House welcomed the
President of South Korea, Yoon Suk Yeol, for an official state visit* narrate a reception, an
act. :func:`hosts_someone` tells the second kind for
:func:`analysis.corpus.cues.is_cue`.
"""

from __future__ import annotations

from .cue_words import OBJECT_PRONOUNS

_HOSTING_WORDS = frozenset("to home back into at aboard".split())


def hosts_someone(tokens: list, i: int) -> bool:
    """Whether *welcomed* at ``tokens[i]`` (regex matches) receives someone rather than
    approves of something: a name or a pronoun as its object (``welcomed Yoon``, ``welcomed
    him``) or a place word in the few words after it (``welcomed the troops home``, ``welcomed
    the delegation to Seoul``). ``welcomed the port visit`` reports an approval."""
    if tokens[i].group(0) not in {"welcomed", "welcomes"} or i + 1 >= len(tokens):
        return False
    after = [t.group(0) for t in tokens[i + 1:i + 6]]
    return after[0][0].isupper() or after[0].lower() in OBJECT_PRONOUNS | {"you"} or \
        any(w.lower() in _HOSTING_WORDS for w in after[1:]) or _for_a_visit(tokens, i) or (
            after[0] in {"his", "her", "their"} and any(  # "welcomed his South Korean counterpart"
                w in {"counterpart", "counterparts", "guest", "guests"} for w in after[1:4]))


_GUEST_TITLES = frozenset("""President Prime Premier Chancellor King Queen Crown Foreign Defense
    Defence Secretary Minister Vice Emperor""".split())


def _for_a_visit(tokens: list, i: int) -> bool:
    """Whether *the* and a title, then *for* and *visit* or *to* or *at* and a place follow
    token ``i`` (``welcomed the President of South Korea, Yoon Suk Yeol, for an official state
    visit``, ``... to the Pentagon``): a guest is received (not ``welcomed the South Korean
    proposal for a visit``)."""
    words = [t.group(0) for t in tokens[i + 1:i + 17]]
    return words[:1] == ["the"] and words[1:2] != [] and words[1] in _GUEST_TITLES and any(
        w == "for" and "visit" in words[k + 1:k + 5] or w in {"to", "at"} and _place_at(words, k)
        for k, w in enumerate(words))


def _place_at(words: list[str], k: int) -> bool:
    """Whether a capitalised place follows *to* or *at* at ``words[k]`` (*to the Pentagon*, *to
    Seoul*): where the guest was received."""
    after = words[k + 1:k + 3]
    return bool(after) and (after[0][:1].isupper() or after[0] == "the" and len(after) > 1
                            and after[1][:1].isupper())
