"""How far back a ``he`` or ``she`` looks through narration for the person it stands for.

A pronoun that continues a quotation (``“...,” he said``) stands for the latest person named as
the subject of the narration before it. The search reads back a few sentences
(:data:`NARRATION_REACH`); a sentence whose own subject is ``he`` or ``she`` (``He made the
pledge beside his counterpart.``) continues the same person, so it does not use up the reach:
the name before it is still in view. Any other sentence (a country as subject, a fronted
clause, a thing) uses one step.
"""

from __future__ import annotations

from collections.abc import Callable

NARRATION_REACH = 3
"""Sentences of narration, other than those with a ``he``/``she`` subject, searched back."""

Offer = Callable[[int, int, object], bool | str]
"""Offers one narration sentence's subject to the speaker tracker: True when taken, the
pronoun (lower case) when the subject is ``he`` or ``she``, False otherwise."""


def mention_back(narration: list[tuple[int, int, object]], offer: Offer, pronoun: str,
                 reach: int = NARRATION_REACH) -> bool:
    """Pop ``narration`` (spans and clauses, oldest first) from the latest sentence back,
    offering each subject with ``offer`` until one is taken or ``reach`` sentences are spent;
    a sentence whose subject is ``pronoun`` itself (the one to resolve: ``he`` after ``He
    made ...``; either person pronoun when ``pronoun`` is empty, a bare quotation's) spends
    none. Clears ``narration``; returns whether a subject was taken."""
    taken = False
    while narration and reach > 0:
        answer = offer(*narration.pop())
        if answer is True:
            taken = True
            break
        if not (isinstance(answer, str) and answer == (pronoun or answer)):
            reach -= 1
    narration.clear()
    return taken
