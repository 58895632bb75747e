"""Domain adjustments of VADER for the general tone of news on security and diplomacy.

VADER's lexicon (Hutto & Gilbert 2014) was built from word banks for social media text (LIWC,
ANEW, the General Inquirer, plus slang and emoticons). Two of its gaps bias the tone of this
coverage, and ``resources/tone_domain.json`` (:func:`load_tone_lexicon`) corrects them:

* **names read as evaluations**: "United" (+1.8) makes every sentence naming the United States
  or the United Nations warmer, "Security" (+1.4) the UN Security Council, "Freedom" (+3.2) the
  Freedom Shield drills, "Defense" (+0.5) a defence ministry. A regex per name marks the word
  (group ``w``) that :meth:`ToneLexicon.mask_names` replaces by a word outside the lexicon;
* **conflict words it lacks**: it knows "provoke" and "attack" but not "provocation" or
  "invasion", so "KCNA called the drills a rehearsal for invasion" scores 0. Each added word
  takes the valence of a named VADER entry: its base word, or else the VADER word of the same
  meaning (``"invasion": as "attack"``, -2.1); no valence is made up.

What stays a limit: a sentence whose threat lies in its content, not its wording ("North
Korea vowed to bolster its nuclear arsenal": no evaluative word) scores neutral. That is what
VADER measures - how positively a sentence is worded - and why the tone toward each actor
(:mod:`analysis.metrics.actor_tone`) and the *threat* frame exist. :data:`NO_ADJUSTMENTS` is
plain VADER.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

TONE_LEXICON_PATH = Path(__file__).resolve().parents[1] / "resources" / "tone_domain.json"

NAME_PLACEHOLDER = "name"
"""What a lexicon word inside a name becomes: a word VADER does not score (not in its
lexicon, boosters or negations), lower case so that VADER's capitals rule is unchanged."""


@dataclass(frozen=True)
class ToneLexicon:
    """The domain adjustments: ``valences`` (``(word, valence)`` pairs) added to VADER's
    lexicon and ``names``, regexes whose group ``w`` is a lexicon word inside a proper name.
    Hashable, so that an analyser can be cached per lexicon."""

    version: str
    valences: tuple[tuple[str, float], ...] = ()
    names: tuple[str, ...] = ()

    @property
    def names_re(self) -> re.Pattern | None:
        """The ``names`` as one regex (``None`` when there are none)."""
        return _names_re(self.names)

    def mask_names(self, text: str) -> str:
        """``text`` with each name's lexicon word (group ``w``) replaced by
        :data:`NAME_PLACEHOLDER`: "the United States" -> "the name States"."""
        pattern = self.names_re
        if pattern is None:
            return text
        cues = _name_cues(self.names)
        if cues is not None and not any(map(text.__contains__, cues)):
            return text  # no name can match: the regex, tried at every character, is spared
        return pattern.sub(_placeholder, text)


@lru_cache(maxsize=8)
def _names_re(names: tuple[str, ...]) -> re.Pattern | None:
    if not names:
        return None
    # Each name's group w renamed w0, w1... so that they live in one alternation.
    parts = [n.replace("(?P<w>", f"(?P<w{i}>") for i, n in enumerate(names)]
    return re.compile("|".join(f"(?:{p})" for p in parts))


_PLAIN_GROUP_RE = re.compile(r"\(\?P<w>([A-Za-z]+)(?:\[[A-Za-z]+\][A-Za-z]*)?\)(?![?*{])")
"""A group ``w`` of letters (and at most one class of letters), not optional."""
_ESCAPES_AND_CLASSES_RE = re.compile(r"\\.|\[(?:\\.|[^\]])*\]")


@lru_cache(maxsize=8)
def _name_cues(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """A string for each name regex that its every match holds: the letters opening its group
    ``w`` (``United``; ``Defen`` of ``Defen[cs]e``), when that group is plain (see
    :data:`_PLAIN_GROUP_RE`), outside every other group and the regex ignores no case; ``None``
    when one name has none (then every text is searched)."""
    cues = []
    for name in names:
        m = _PLAIN_GROUP_RE.search(name)
        if m is None or re.compile(name).flags & re.IGNORECASE:
            return None
        before = _ESCAPES_AND_CLASSES_RE.sub("", name[:m.start()])
        if before.count("(") != before.count(")") or _top_level_choice(name):
            return None  # inside another group (optional, or one of a choice), or a choice
        cues.append(m.group(1))
    return tuple(cues)


def _top_level_choice(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group."""
    depth = 0
    for ch in _ESCAPES_AND_CLASSES_RE.sub("", pattern):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and not depth:
            return True
    return False


def _placeholder(m: re.Match) -> str:
    name = next(k for k, v in m.groupdict().items() if v is not None)
    start, end = m.span(name)
    whole = m.group()
    base = m.start()
    return whole[:start - base] + NAME_PLACEHOLDER + whole[end - base:]


NO_ADJUSTMENTS = ToneLexicon(version="none")
"""Plain VADER: no name masked, no word added."""


@lru_cache(maxsize=4)
def load_tone_lexicon(path: str | Path | None = None) -> ToneLexicon:
    """The domain adjustments of ``resources/tone_domain.json`` (or ``path``), checked: every
    name regex compiles and has a group ``w``, every valence is a number in [-4, 4] (VADER's
    scale) with the VADER word it copies in ``as``."""
    path = Path(path) if path else TONE_LEXICON_PATH
    with open(path, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    names = tuple(data.get("names", ()))
    for n in names:
        if "w" not in re.compile(n).groupindex:
            raise ValueError(f"{path}: name regex {n!r} has no group 'w'")
    valences = []
    for word, spec in data.get("valences", {}).items():
        value = spec.get("valence") if isinstance(spec, dict) else None
        if not isinstance(value, (int, float)) or not -4 <= value <= 4 or not spec.get("as"):
            raise ValueError(f"{path}: valence of {word!r} needs a number in [-4, 4] and 'as'")
        valences.append((word.lower(), float(value)))
    return ToneLexicon(version=str(data["version"]), valences=tuple(valences), names=names)
