"""Mentions of the actors (countries, people, organisations) of the editable actor list.

* :func:`load_actors`: ``resources/actors.json``, checked (from :mod:`analysis.corpus.actor_list`).
* :func:`find_actor_mentions`: ``(start, end, actor, alias)`` of every mention in a text.
* :func:`actor_mentions`: one row per mention of a corpus, with its sentence and paragraph; a
  short form means the person named in full before it in the document
  (:mod:`analysis.metrics.short_forms`), and an acronym in parentheses after its name is no
  second mention (:mod:`analysis.metrics.acronym_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

from ..corpus.actor_list import ACTORS_PATH, alias_patterns, load_actors
from ..corpus.datelines import dateline_spans

__all__ = ["ACTORS_PATH", "actor_mentions", "find_actor_mentions", "load_actors"]

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _compile_actors(actors: Mapping[str, Any]) -> list[tuple[str, str, re.Pattern, Any, Any]]:
    place = actors.get("place_rules", {})
    post = actors.get("post_rules", {}).get("not_after")
    compiled = []
    for a in actors["actors"]:
        for alias in a["aliases"]:
            text = alias if isinstance(alias, str) else alias["text"]
            if post and a.get("kind") == "country":  # "Special Representative for North Korea"
                spec = {"text": alias} if isinstance(alias, str) else alias
                own = spec.get("not_after")
                alias = {**spec, "not_after": f"(?:{own})|(?:{post})" if own else post}
            compiled.append((a["name"], text, *alias_patterns(alias, place)))
    return compiled


def find_actor_mentions(text: str, actors: Mapping[str, Any] | None = None
                        ) -> list[tuple[int, int, str, str]]:
    """``(start, end, actor, alias)`` of every actor mention in ``text``.

    Overlapping matches are resolved leftmost-longest: "South Korean" wins over "South Korea",
    "Kim Jong Un" over "Kim"; distinct adjacent mentions ("US-South Korean") all count. A
    city used as a place ("a Seoul-based think tank", the list's ``place_rules``) and any name
    inside a wire dateline ("SEOUL, South Korea (AP) --",
    :func:`analysis.corpus.datelines.dateline_spans`) are no mention.
    """
    compiled = _compile_actors(actors or load_actors())
    datelines = dateline_spans(text)
    found = []
    for name, alias, pat, nb, na in compiled:
        for m in pat.finditer(text):
            s, e = m.span()
            if s and _LETTER_OR_DIGIT.match(text, s - 1):
                continue  # no letter or digit may touch the alias
            if datelines and any(ds <= s < de for ds, de in datelines):
                continue  # where the story was filed, not an actor of it
            if nb is not None and nb.match(text, e):
                continue
            if na is not None and na.search(text[max(0, s - 60):s]):
                continue
            found.append((s, e, name, alias))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last_end = [], -1
    for s, e, name, alias in found:
        if s >= last_end:
            out.append((s, e, name, alias))
            last_end = e
    return out


def actor_mentions(corpus: Iterable[Any], actors: Mapping[str, Any] | None = None):
    """One row per actor mention: ``doc_id, actor, alias, matched, start, end, sentence,
    paragraph, position``.

    A mention in a stage row (a transcript's title, time or place line, a byline or credit
    line: voice ``"stage"``, counted in no statistic) is left out, as
    :func:`~analysis.metrics.actor_tone.actor_tone` leaves it out.
    ``start``/``end`` are offsets into ``Document.text``; ``sentence`` and ``paragraph``
    are the 1-based numbers of the sentence/paragraph containing the mention (``<NA>`` if the
    document has no segmentation); ``position`` is ``start / len(text)`` in [0, 1).
    """
    from ..corpus.arguments import require_corpus

    require_corpus(corpus, "actor_mentions()")
    import pandas as pd

    from ..corpus.actor_linker import ActorLinker
    from .acronym_mentions import merge_parenthesised
    from .short_forms import link_short_forms

    actors = actors or load_actors()
    linker = ActorLinker(actors)
    rows = []
    for d in corpus:
        text = d.text
        sents = list(getattr(d, "sentences", None) or [])
        paras = list(getattr(d, "paragraphs", None) or [])
        s_starts = [s.start for s in sents]
        p_starts = [p.start for p in paras]
        found = link_short_forms(text, find_actor_mentions(text, actors), actors, linker)
        found = merge_parenthesised(text, found)
        for s, e, name, alias in found:
            si = bisect_right(s_starts, s) - 1
            pi = bisect_right(p_starts, s) - 1
            sent = sents[si] if si >= 0 and s < sents[si].end else None
            if getattr(sent, "voice", None) == "stage":
                continue  # a transcript's title or time line, a byline: counted in nothing
            para = paras[pi] if pi >= 0 and s < paras[pi].end else None
            speaker, actor = (getattr(sent, "speaker", None), getattr(sent, "actor", None))
            if " " not in alias and speaker == text[s:e] and linker.kind(actor or "") == "person":
                name = actor  # "..., Kim said": the Kim the sentence's speaker is
            rows.append({
                "doc_id": d.doc_id, "actor": name, "alias": alias, "matched": text[s:e],
                "start": s, "end": e,
                "sentence": sent.index if sent is not None else pd.NA,
                "paragraph": (para.index if para is not None
                              else sent.paragraph if sent is not None else pd.NA),
                "position": s / len(text) if text else 0.0,
            })
    cols = ["doc_id", "actor", "alias", "matched", "start", "end", "sentence", "paragraph",
            "position"]
    out = pd.DataFrame(rows, columns=cols)
    out["sentence"] = out["sentence"].astype("Int64")
    out["paragraph"] = out["paragraph"].astype("Int64")
    return out
