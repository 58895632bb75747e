"""The name after a title that names its post: ``Ambassador to Korea Dai Bing`` is Dai Bing.

A title that names the post it holds (``Chinese Ambassador to Korea``, ``Special Envoy for North
Korea``, ``Minister of Foreign Affairs``) stands before the person's name with no comma, so the
subject finders stop at its preposition (``Chinese Ambassador``) or keep it whole. The labelling
rules (``data/voices_README.md``) write the name without its titles. :func:`titled_name` runs a
subject cut at the preposition on over the post's words and gives the name after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .speakers import PERSON_ROLES, TITLE_WORDS

POST_WORDS = frozenset("""the korea korean north south china chinese japan japanese united
    states nations kingdom state defense defence foreign affairs unification national
    security treasury commerce trade energy homeland peninsula asia asian pacific indo-pacific
    east west european europe union un u.s. us uk eu nato seoul beijing washington tokyo
    moscow pyongyang russia russian republic people's ministry department affairs policy
    arms control international relations intelligence staff joint chiefs forces command army
    navy air force marine corps planning economic economy finance justice interior health
    education public diplomacy political military strategic operations special global
    management budget legislative communications information""".split())
"""Words of the post a title names (``to South Korea``, ``for Foreign Affairs``), before the
holder's name; a word of a country in the actor list counts too."""

_TITLED_RE = re.compile(
    r"\s+(?:to|for|of|on)\s+((?:[A-Z][\w.’'-]*|the)(?:\s+(?:[A-Z][\w.’'-]*|the|of|and))*)"
    r"(?=\s*(?:,|[a-z]|$))")
"""The post after a title and the capitalised words that run on from it to the name."""
_HELD_RE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?=\s+(?:to|for|of|on)\s+[A-Z])")
"""A title before the post it names, inside a subject read whole."""
_MAX_NAME = 4


def titled_name(outside: str, raw: str | None) -> str | None:
    """The name of the person whose title ``raw`` (a subject found in ``outside``, a sentence
    with its quotations blanked) ends in, when the post and then a name follow it
    (``Chinese Ambassador`` + `` to Korea Dai Bing`` gives ``Dai Bing``), or that ``raw`` holds
    whole (``Russian Ambassador to Japan Ivan Petrov``); else ``raw``."""
    if not raw or not raw[0].isupper():
        return raw
    whole = raw
    if raw.split()[-1].lower() not in _TITLES:  # the post held inside: "Envoy to Japan Ann Lee"
        held = _HELD_RE.match(raw)
        if held is None or held.group(1).split()[-1].lower() not in _TITLES:
            return raw
        outside, raw = raw, held.group(1)
    at = outside.find(raw)
    m = _TITLED_RE.match(outside, at + len(raw)) if at >= 0 else None
    if m is None:
        return whole
    words = m.group(1).split()
    k = 0
    while k < len(words) and _post_word(words[k]):
        k += 1
    name = words[k:]
    if not k or not name or len(name) > _MAX_NAME or any(w[0].islower() for w in name):
        return whole
    return " ".join(name)


_TITLES = (TITLE_WORDS | PERSON_ROLES | frozenset("envoy representative coordinator".split())) - \
    frozenset("former first lady press national foreign defense defence security".split())


@lru_cache(maxsize=1024)
def _post_word(word: str) -> bool:
    """Whether ``word`` belongs to a post (:data:`POST_WORDS`, or a listed country's name)."""
    if word.lower().strip(".") in POST_WORDS or word.lower() in POST_WORDS:
        return True
    from .actor_linker import default_linker  # not at import: the linker reads the actor list

    return default_linker().kind(word) == "country"


def role_cased(raw: str | None) -> str | None:
    """``raw`` with a capitalised role noun after *the* and a country in lower case when the
    actor list holds the one person of that role and country (``the South Korean President``
    is read as ``the South Korean president``, Yoon Suk Yeol; the role then resolves as in
    :mod:`.role_referents`), else ``raw`` (``the Foreign Minister``, ``the President``)."""
    words = (raw or "").split()
    if len(words) < 3 or words[0].lower() != "the" or not words[-1][0].isupper() or \
            words[-1].lower() not in PERSON_ROLES:
        return raw
    from .actor_linker import default_linker  # not at import: the linker reads the actor list

    cased = " ".join([*words[:-1], words[-1].lower()])
    return cased if default_linker().role_holder(cased) else raw
