"""Words cut from a longer name: no keyphrases alone.

* :func:`headline_pieces`: a capitalised word that only the headline writes is a piece of a
  longer name or of the headline's title case, not a name of its own, when it is an acronym
  right after another ("CC" of "... Director of WPK CC Kim Yo Jong") or the head of a
  title-cased phrase whose word before it the text writes in lower case ("Pact" of "...
  Nuclear Submarine Pact" beside "nuclear submarines"), unless the package knows it as a
  name (:func:`analysis.metrics.keyphrase_case.known_forms`: countries, places, bodies, the
  actor list's aliases). A broader rule, any such word beside another capitalised word,
  cost KPCrowd dev F1@10 14.91 -> 14.88: its crowd lists names seen only in a headline
  ("Boeing" of "India Orders More Boeing Maritime Planes");
* :func:`surname_starts`: a family name written first (``resources/surname_first_names.txt``)
  and one given name, right after another name ("the Foreign Ministry Liu Jinsong"), start
  a name of their own when the text also writes the family name alone ("Liu said ..."): the
  lone surname then counts for the full name, and the name before keeps no person.

:mod:`analysis.metrics.keyphrase_fragments` applies :func:`headline_pieces` with the other
pieces; :func:`analysis.metrics.keyphrase_names.name_starts` reads :func:`surname_starts`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .keyphrase_case import known_forms

HEADLINE_PIECES = True
SURNAME_STARTS = True


def headline_pieces(cands: Any, tk: Any) -> None:
    """Remove from ``cands`` the one-word capitalised candidates seen only in the headline
    whose every use there is a piece (:func:`headline_piece`), except the names of
    :func:`analysis.metrics.keyphrase_case.known_forms`."""
    if not HEADLINE_PIECES:
        return
    tf, first_span = cands.tf, cands.first_span
    only = [k for k in tf.keys() - cands.body if " " not in k and first_span[k][1][:1].isupper()]
    if not only:
        return
    forms = known_forms()[0]
    wanted = {k for k in only if first_span[k][1].lower().replace("’", "'") not in forms}
    piece: dict[str, bool] = {}
    for key, form, a, b, _, _ in cands.spans:
        if key in wanted and a == b and piece.get(key, True):
            piece[key] = headline_piece(a, form, tk)
    for key, cut in piece.items():
        if cut:
            del tf[key]


def headline_piece(i: int, form: str, tk: Any) -> bool:
    """Whether the capitalised word ``form`` at token ``i`` of the headline is a piece: an
    acronym right after another acronym ("CC" of "WPK CC") in a line that is not all
    capitals, or the head of a title-case phrase, right after a capitalised word (no stop
    word) that the text writes in lower case elsewhere ("Pact" of "Nuclear Submarine Pact"
    beside "nuclear submarines")."""
    if i == 0 or not (tk.adjacent[i - 1] and tk.caps[i - 1]):
        return False
    before = tk.display[i - 1] if tk.display else tk.los[i - 1]
    if form.isupper() and len(form) >= 2:
        line_lower = any(tk.los[q][:1].isalpha() and not tk.caps[q]
                         for q in range(max(i - 8, 0), min(i + 8, len(tk.los))))
        return before.isupper() and len(before) >= 2 and line_lower
    return (not tk.breaks[i - 1] and tk.los[i - 1] in tk.lower_seen
            and not tk.possessive[i - 1] and form[1:].islower())


def surname_starts(tk: Any, east: Collection[str]) -> set[int]:
    """Tokens where a family name written first (``east``) and its one given name start a
    new chunk after another name: the given name ends the name, and the text writes the
    family name alone elsewhere, capitalised and beside no other name."""
    if not SURNAME_STARTS:
        return set()
    los, proper, adjacent, caps = tk.los, tk.proper, tk.adjacent, tk.caps
    n = len(los)
    out = set()
    for i in tk.capitals:
        if not (0 < i < n - 1 and los[i] in east and proper[i - 1] and caps[i - 1]
                and adjacent[i - 1] and adjacent[i] and proper[i + 1] and caps[i + 1]
                and not tk.possessive[i - 1]):
            continue
        if i + 2 < n and proper[i + 2] and adjacent[i + 1]:
            continue  # the given name does not end the name
        if any(los[q] == los[i] and not (q > 0 and adjacent[q - 1] and proper[q - 1])
               and not (q + 1 < n and adjacent[q] and proper[q + 1])
               for q in tk.capitals if q != i):
            out.add(i)
    return out
