"""Pieces of a longer name, and names that only address someone: no keyphrases.

* :func:`title_pieces`: a part of a quoted title-case title after one of its inner
  lower-case words ("Joint Planning" and "Crisis Response" of the "Framework for Joint
  Planning and Crisis Response on the Peninsula") is a piece of that title wherever the
  text writes it only inside such titles;
* :func:`address_names`: a one-word name that the text only uses to address someone
  ("Thanks, Dana.", "So, Min-ho, it is ...", "Minister Seo, let me ...") is a first name or
  a bare surname in a courtesy, and a Korean given name alone ("Min-ho") never credited to
  its full name is a piece of that name;
* :func:`analysis.metrics.keyphrase_demonyms.drop_modifier_demonyms`: a two-word demonym
  only written before a noun ("a South Korean port") is no keyphrase alone where the text
  names its country;
* :func:`analysis.metrics.keyphrase_cuts.headline_pieces`: a capitalised word only the
  headline writes, beside another capitalised word there ("Pact" of "... Submarine Pact"),
  is no name of its own unless the package knows it as one.

:mod:`analysis.metrics.keyphrase_candidates` applies them to a text's candidates.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from operator import itemgetter
from typing import Any

from .keyphrase_cuts import headline_pieces
from .keyphrase_demonyms import drop_modifier_demonyms
from .keyphrase_headline_words import drop_common_words
from .keyphrase_names import TITLES

TITLE_PIECES = True
ADDRESS = True
OPEN_QUOTES = "“\"‘"
CLOSE_QUOTES = "”\"’"
TITLE_WORDS = 20  # the longest quoted title read (a statement's title with a subtitle)
TITLE_CAPS = 0.6  # the share of capitalised words that makes a quoted run a title
COURTESY = frozenset("thanks thank you dear hi hello welcome congratulations".split())
"""Words that may stand before a name and a comma in direct address ("Thanks, Dana")."""
ADDRESS_NEXT = frozenset("""i i'm you you're we we're let thank thanks welcome please it's
    good great congratulations""".split())
"""Words that follow a name and a comma opening a sentence in direct address."""
SECOND_PERSON = frozenset({"you", "your", "thanks", "thank"})
"""Words of a text that addresses someone; without one of them no name is read as address."""
_QUOTE_OR_LINE = re.compile("[\n" + OPEN_QUOTES + CLOSE_QUOTES + "]")
_OPEN_QUOTE = re.compile("[" + OPEN_QUOTES + "]")
ADDRESS_TITLES = TITLES | frozenset({"mr", "mrs", "ms", "dr", "minister", "secretary"})


def quoted_titles(scan: Any, tk: Any) -> list[tuple[int, int]]:
    """Token ranges ``[a, b]`` of the quoted runs of three words or more, on one line, whose
    words are mostly capitalised (:data:`TITLE_CAPS`) and whose first word is."""
    gaps, caps, marks = scan.gaps, tk.caps, scan.marks
    kinds = set(map(gaps.__getitem__, marks))  # few distinct gaps: look for quotes in them
    quoted = set(filter(_QUOTE_OR_LINE.search, kinds))
    if not any(map(_OPEN_QUOTE.search, quoted)):
        return []
    out = []
    opened = -1
    for g in compress(marks, map(quoted.__contains__, map(gaps.__getitem__, marks))):
        gap = gaps[g]
        if opened >= 0 and (gap[:1] in CLOSE_QUOTES or gap[1:2] in CLOSE_QUOTES and
                            gap[:1] in ",.!?"):
            b = g - 1
            alpha = [caps[i] for i in range(opened, b + 1) if tk.los[i][:1].isalpha()]
            if (2 <= b - opened < TITLE_WORDS and caps[opened]
                    and sum(alpha) >= TITLE_CAPS * len(alpha)):
                out.append((opened, b))
            opened = -1
        if "\n" in gap:
            opened = -1
        if gap.rstrip(" ")[-1:] in OPEN_QUOTES and gap[:1] not in CLOSE_QUOTES:
            opened = g
    return out


def title_pieces(cands: Any, scan: Any, tk: Any) -> None:
    """Remove the capitalised candidates of ``cands`` that the text writes only as a part
    (never the whole) of a quoted title (:func:`quoted_titles`), after one of its inner
    lower-case words or after a colon that opens its subtitle ("...: US Strategic Assets
    Would Not ..."), or opening it (after stop words only) before one of its lower-case words
    ("Abnormal Object Appeared" of "An Abnormal Object Appeared at ..."). A number is no
    lower-case word ("America First" of "America First 2.0" is no piece)."""
    titles = quoted_titles(scan, tk) if TITLE_PIECES else []
    if not titles:
        return
    inside = {i for x, y in titles for i in range(x, y)}  # a piece starts there
    gaps, pieces = scan.gaps, Counter()
    lower = [not c and lo[:1].isalpha() for c, lo in zip(tk.caps, tk.los, strict=True)]
    for key, form, a, b, _, _ in compress(cands.spans, map(inside.__contains__,
                                                           map(itemgetter(2), cands.spans))):
        if b > a and form[:1].isupper() and any(
                x < a and b <= y and (lower[a - 1] or ":" in gaps[a])
                or x <= a and b < y and lower[b + 1] and all(tk.breaks[x:a])
                for x, y in titles):
            pieces[key] += 1
    tf = cands.tf
    for key, n in pieces.items():
        if tf.get(key) == n:
            del tf[key]


def addressed(i: int, scan: Any, tk: Any) -> bool:
    """Whether the one-word name at token ``i`` (perhaps after a title: "Minister Seo")
    addresses someone: it opens a sentence and a comma and a word of address follow
    ("Minister Seo, let me ...", "Min-ho, you ..."), or it follows a comma after a courtesy
    or a sentence's one-word opening and a comma or a sentence's end follows ("Thanks,
    Dana.", "So, Min-ho, it is ...", "Thank you, Jill!"); a list ("Seoul, Tokyo.") and a
    place ("Washington, D.C.") do not."""
    gaps, los, n = scan.gaps, tk.los, len(tk.los)
    after = gaps[i + 1][:1] if i + 1 < len(gaps) else ""
    if after not in (",", ".", "!", "?"):
        return False
    a = i - 1 if i > 0 and tk.adjacent[i - 1] and los[i - 1] in ADDRESS_TITLES else i
    if a == 0 or tk.initial[a]:
        return after == "," and i + 1 < n and los[i + 1] in ADDRESS_NEXT
    if "," not in gaps[a]:
        return False
    p = a - 1
    return los[p] in COURTESY or (tk.initial[p] and not tk.caps[p + 1] and not tk.proper[p]
                                  and gaps[p + 1].strip() == ",")


def address_names(cands: Any, scan: Any, tk: Any) -> None:
    """Remove the one-word names of ``cands`` whose every use addresses someone
    (:func:`addressed`; only in a text with a word of :data:`SECOND_PERSON`), and Korean
    given names alone ("Min-ho": two short syllables joined by a hyphen, the second in
    lower case) left uncredited to a full name."""
    if not ADDRESS:
        return
    tf, span = cands.tf, cands.first_span
    drop = [] if SECOND_PERSON.isdisjoint(tk.lower_seen) else addressed_names(cands, scan, tk)
    for key in [k for k in [k for k in tf if "-" in k] if " " not in k and span[k][4]]:
        head, _, tail = span[key][1].partition("-")
        if (tail.isalpha() and tail.islower() and head[:1].isupper() and head[1:].islower()
                and len(head) <= 5 and len(tail) <= 4):
            drop.append(key)
    for key in drop:
        del tf[key]


def addressed_names(cands: Any, scan: Any, tk: Any) -> list[str]:
    """The one-word name keys of ``cands`` whose every use addresses someone."""
    tf, span, gaps, stems, proper = cands.tf, cands.first_span, scan.gaps, tk.stems, tk.proper
    marks = scan.marks
    ends = {k for k in set(map(gaps.__getitem__, marks)) if k[:1] in ",.!?"}
    before = [g - 1 for g in compress(marks, map(ends.__contains__, map(gaps.__getitem__, marks)))]
    initial, los = tk.initial, tk.los  # (a cheap test first: a comma, a start or a title)
    uses = Counter(stems[i] for i in compress(before, map(proper.__getitem__, before))
                   if i >= 0 and (initial[i] or "," in gaps[i] or los[i - 1] in ADDRESS_TITLES)
                   and tk.caps[i] and addressed(i, scan, tk))
    return [k for k, n in uses.items() if tf.get(k) == n and span[k][4] and " " not in k]


def drop_pieces(cands: Any, scan: Any, tk: Any) -> None:
    """Apply :func:`title_pieces`, :func:`address_names`,
    :func:`analysis.metrics.keyphrase_demonyms.drop_modifier_demonyms` and
    :func:`analysis.metrics.keyphrase_cuts.headline_pieces` to ``cands`` (after the surnames
    are credited to their full names)."""
    title_pieces(cands, scan, tk)
    address_names(cands, scan, tk)
    drop_modifier_demonyms(cands, tk)
    headline_pieces(cands, tk)
    drop_common_words(cands, scan, tk)
