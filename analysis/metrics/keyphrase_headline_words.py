"""Common words that a title-case headline capitalises: no names, so no keyphrases alone.

A headline's phrases are no candidates (they have no case cue), but a capitalised single
word that only the headline writes is kept, as it may be a name the article never repeats
("Boeing" of "India Orders More Boeing Maritime Planes"). In a title-case line every word is
capitalised, and the tagger reads most of them as proper nouns, so that reading is no
evidence of a name there. :func:`drop_common_words` removes such a word where the text shows
it is a common word:

* the text writes an inflection of it in lower case: "Bolster" of "... to Bolster Extended
  Deterrence" beside "a bolstered regime", "Pledge" beside "pledged", "Deploy" beside
  "deploying" (:func:`inflections`);
* or it is a frequent English word (wordfreq Zipf at least
  :data:`analysis.metrics.keyphrase_names.RARE_VERB_ZIPF`, the bound above which a
  capitalised word tagged as no noun is no rare name): "Joint" of "Joint Press Release for
  ...", "Final" of "Final Statement of ...";

unless the package knows it as a name (:func:`analysis.metrics.keyphrase_case.known_forms`:
countries, places, bodies, the actor list's aliases: "China", "Japan", "Pentagon").
:func:`analysis.metrics.keyphrase_fragments.drop_pieces` applies it.
"""

from __future__ import annotations

from typing import Any

from .keyphrase_case import known_forms
from .keyphrase_names import RARE_VERB_ZIPF
from .keyphrase_titles import title_case_flags
from .keyphrase_tokens import word_zipf

COMMON_HEADLINE_WORDS = True


def inflections(lo: str) -> tuple[str, ...]:
    """The regular inflections of the lower-case word ``lo`` as a verb or noun: ``-s``,
    ``-es``, ``-ed``, ``-d``, ``-ing`` (also with a final *e* dropped or a final consonant
    doubled): "bolster" -> "bolsters", "bolstered", "bolstering", ...; "plan" -> "planned"."""
    out = [lo + "s", lo + "es", lo + "ed", lo + "d", lo + "ing"]
    if lo.endswith("e"):
        out.append(lo[:-1] + "ing")
    elif lo[-1:].isalpha() and lo[-1:] not in "aeiouwxy":
        out += [lo + lo[-1] + "ed", lo + lo[-1] + "ing"]
    return tuple(out)


def common_word(key: str, form: str, lower_seen: set[str]) -> bool:
    """Whether the capitalised headline word ``form`` (key ``key``) is a common word: the
    text writes an inflection of it in lower case (``lower_seen``), or it is frequent in
    general English (Zipf >= :data:`RARE_VERB_ZIPF`)."""
    lo = form.lower()
    return (word_zipf(lo) >= RARE_VERB_ZIPF or not lower_seen.isdisjoint(inflections(lo))
            or key != lo and not lower_seen.isdisjoint(inflections(key)))


def title_case_token(i: int, scan: Any, tk: Any) -> bool:
    """Whether token ``i`` stands in a title-case line by the share of its capitals
    (:func:`analysis.metrics.keyphrase_titles.title_case_flags`), not only as a text's first
    line: a headline in sentence case capitalises names only ("... as 'Trump risk' looms")."""
    for lo_i, hi_i in scan.lines:
        if lo_i <= i < hi_i:  # (the line alone: its tokens and the gaps around them)
            return title_case_flags(tk.los[lo_i:hi_i], tk.caps[lo_i:hi_i], [(0, hi_i - lo_i)],
                                    0, None, scan.gaps[lo_i:hi_i + 1])[i - lo_i]
    return False


def drop_common_words(cands: Any, scan: Any, tk: Any) -> None:
    """Remove from ``cands`` the one-word capitalised candidates seen only in a title-case
    line (:func:`title_case_token`) that are common words (:func:`common_word`), except the
    names of :func:`analysis.metrics.keyphrase_case.known_forms`."""
    if not COMMON_HEADLINE_WORDS:
        return
    tf, first_span, title = cands.tf, cands.first_span, tk.title
    only = [k for k in tf.keys() - cands.body if " " not in k
            and first_span[k][1][1:2].islower() and title[first_span[k][2]]]
    if not only:
        return
    common = [k for k in only if first_span[k][1][:1].isupper()
              and common_word(k, first_span[k][1], tk.lower_seen)]
    if not common:
        return
    forms = known_forms()[0]
    for key in common:
        if (first_span[key][1].lower().replace("’", "'") not in forms
                and all(title_case_token(s[2], scan, tk) for s in cands.spans if s[0] == key)):
            del tf[key]
