"""Keyphrase input: broadcast-script labels masked, and the case of a caseless text restored.

* :func:`mask_script_labels`: the turn labels and production notes of broadcast scripts that
  :func:`analysis.metrics.furniture.mask_furniture` does not know ("◀ Anchor ▶", "【Reporter】",
  a wire script's "((NARRATOR))" or "((INTRO:))", a Korean wire byline "(Seoul = Yonhap)
  Correspondent Kim Min-su =") are blanked, every offset kept, so that "Anchor" or
  "Correspondent" is never a keyphrase;
* :func:`restore_case`: a text written (almost) without upper-case letters, as closed
  captions and some scraped transcripts are, gets the capitals of the names the package
  knows (the actor list's aliases, ``resources/keyphrase_case_names.txt``: countries, places,
  bodies, weekdays), of a title right before a known person ("president biden" ->
  "President Biden"), of a common given name (``resources/keyphrase_given_names.txt``)
  before a known name or a rare word and of that word ("phil mattingly" -> "Phil
  Mattingly", wherever the text writes either), of the name after an honorific ("mr.
  kwon" -> "Mr. Kwon"), of initialisms ("u.s." -> "U.S.") and of the pronoun "I"; a text
  written all in capitals is read in lower case first. Other names stay lower case. A text
  with normal case is returned as it is (the same object).

:func:`keyphrase_text` does both, then masks furniture;
:func:`analysis.metrics.keyphrase_candidates.candidates` reads its text through it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .front_matter import mask_front_matter
from .furniture import mask_furniture
from .keyphrase_tokens import word_zipf

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CASE_NAMES_PATH = RESOURCES / "keyphrase_case_names.txt"
GIVEN_NAMES_PATH = RESOURCES / "keyphrase_given_names.txt"
SURNAME_ZIPF = 3.5
"""A word after a given name and rarer than this (Zipf) is taken as a surname ("phil
mattingly")."""
CASELESS_CHARS = 200
"""A text is caseless with fewer than one letter of the minority case per this many
characters (or none)."""
CAPITALS_STEP = 16  # letters counted by one match (a pattern per count: a few, compiled once)
TITLES = frozenset("""president vice prime minister secretary general gen lt col maj capt adm
    sgt sec gov governor sen senator rep representative ambassador chairman chairwoman king
    queen prince premier chancellor commander admiral colonel lieutenant major captain deputy
    foreign defense defence first lady""".split())
"""Title words capitalised right before a known person's name ("vice president", "foreign
minister"), as news style writes them there."""
HONORIFICS = ("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr")

_LOWER = re.compile(r"[a-z]")
_SCRIPT_CUES = ("◀", "【", "=")  # one character each: a fast search
_SCRIPT_LABEL = re.compile(
    r"◀[^◀▶\n]{1,40}▶"  # ◀ Anchor ▶
    r"|【[^【】\n]{1,40}】"  # 【Reporter】
    r"|\(\([^()\n]{1,60}\)\)"  # ((NARRATOR)) ((INTRO:)) ((YOON SUNG YOLE))
    r"|\([A-Z][\w .'’-]{0,30}=[ \t]*(?:[\w .'’-]{0,20}\b)?"  # (Seoul = Yonhap News)
    r"(?:Yonhap|Newsis|News1?|Agency|KBS|MBC|SBS|YTN|Xinhua)\b[\w .'’-]{0,20}\)"
    r"(?:[ \t]*(?:[Cc]orrespondents?|[Rr]eporters?)[ \t]+[^=\n]{1,60}?[ \t]=)?"
    r"|\[[^\W\d_][^\[\]\n=]{1,29}=[ \t]*[^\W\d_][^\[\]\n=]{1,29}\]"  # [Seoul=Newsis]
    r"(?:[ \t]*(?:[Cc]orrespondents?|[Rr]eporters?)[ \t]+[^=\n]{1,60}?[ \t]=)?")
"""Broadcast-script labels and a Korean wire byline, in round brackets or in square ones
with the city and agency in any script (:func:`mask_script_labels`)."""
_INITIALISM = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}(?![\w])")
_NOT_INITIALISMS = frozenset({"a.m.", "p.m.", "e.g.", "i.e."})
_PRONOUN_I = re.compile(r"(?<![\w.'’-])i(?=['’][a-z]|[^\w.'’-]|$)")


def _blank(m: re.Match) -> str:
    return "." + " " * (len(m.group()) - 1)


def mask_script_labels(text: str) -> str:
    """``text`` with broadcast-script labels blanked (module docs), every offset kept."""
    if not (any(map(text.__contains__, _SCRIPT_CUES)) or _double_bracket(text)):
        return text
    return _SCRIPT_LABEL.sub(_blank, text)


def _double_bracket(text: str) -> bool:
    """Whether ``text`` holds "((": each "(" found by a one-character search, which is
    several times faster than a search for the pair."""
    i = text.find("(")
    while i >= 0:
        if text.startswith("(", i + 1):
            return True
        i = text.find("(", i + 1)
    return False


def caseless(text: str, upper: bool = True) -> bool:
    """Whether ``text`` has fewer upper-case letters (lower-case with ``upper=False``) than
    one per :data:`CASELESS_CHARS` characters: regular-expression matches of up to
    :data:`CAPITALS_STEP` letters each, stopping at the first letter over."""
    need = len(text) // CASELESS_CHARS + 1
    pos = 0
    while need:
        step = min(need, CAPITALS_STEP)
        m = _letters(step, upper).match(text, pos)
        if m is None:
            return True
        pos, need = m.end(), need - step
    return False


@lru_cache(maxsize=2 * CAPITALS_STEP)
def _letters(n: int, upper: bool) -> re.Pattern:
    """A pattern matching a text up to its ``n``-th upper-case (or lower-case) letter."""
    letter = "A-Z" if upper else "a-z"
    return re.compile(f"(?:[^{letter}]*+[{letter}]){{{n}}}")


def _fold(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


@lru_cache(maxsize=1)
def known_forms() -> tuple[dict[str, str], frozenset[str]]:
    """Each folded name the package knows (``resources/keyphrase_case_names.txt`` and the
    actor list's capitalised aliases) with its usual form, and the folded forms of persons."""
    from ..corpus.actor_list import load_actors
    from .vocabulary import load_stopwords

    stop = load_stopwords()
    forms: dict[str, str] = {}
    persons = set()
    with open(CASE_NAMES_PATH, encoding="utf-8") as f:
        for line in f:
            if (name := line.split("#", 1)[0].strip()):
                forms[_fold(name)] = name
    for actor in load_actors()["actors"]:
        for alias in actor["aliases"]:
            name = alias if isinstance(alias, str) else alias["text"]
            key = _fold(name)
            if name[0].isupper() and key not in stop and key.split()[0] not in stop:
                forms.setdefault(key, name)
                if actor["kind"] == "person":
                    persons.add(key)
    return forms, frozenset(persons)


@lru_cache(maxsize=1)
def known_names() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """The names restored in a caseless text: a pattern matching any of them as whole words
    (case-insensitively, the longest first), each folded name's usual form, and the folded
    forms of persons (whose title before them is capitalised too; :func:`known_forms`)."""
    forms, persons = known_forms()
    alts = sorted(forms, key=lambda k: (-len(k), k))
    body = "|".join(re.escape(k).replace("'", "['’]").replace(r"\ ", r"\s+") for k in alts)
    pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?:(?=['’]s\b)|(?![\w'’-]|\.\w))", re.IGNORECASE)
    return pattern, forms, persons


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``resources/keyphrase_given_names.txt`` (lower case)."""
    with open(GIVEN_NAMES_PATH, encoding="utf-8") as f:
        return frozenset(w for line in f for w in line.split("#", 1)[0].split())


_GIVEN_PAIR = re.compile(r"(?<![\w'’-])([a-z]+) ([a-z]+)(?![\w'’-])")


def person_names(text: str, chars: list[str]) -> None:
    """Capitalise, in ``chars`` (the characters of ``text``), a given name
    (:func:`given_names`) right before a capitalised known name or a rare word (Zipf under
    :data:`SURNAME_ZIPF`, no stop word): "joe biden", "phil mattingly"; and both words
    wherever the text writes them alone."""
    from .vocabulary import load_stopwords

    given, stop = given_names(), load_stopwords()
    learned = set()
    for m in _GIVEN_PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in given and second not in stop and (chars[m.start(2)].isupper()
                                                      or word_zipf(second) < SURNAME_ZIPF):
            learned.update((first, second))
    if learned:
        body = "|".join(sorted(learned))
        for m in re.finditer(rf"(?<![\w'’-])(?:{body})(?![\w-])", text):
            chars[m.start()] = chars[m.start()].upper()


def _apply_case(chars: list[str], start: int, form: str) -> None:
    """Give the characters of ``chars`` from ``start`` the case of ``form`` (a known name,
    white space in the text possibly wider than in ``form``)."""
    i = start
    for c in form:
        if c == " ":
            while i < len(chars) and chars[i].isspace():
                i += 1
            continue
        if c.isupper():
            chars[i] = chars[i].upper()
        i += 1


def _title_before(text: str, chars: list[str], start: int) -> None:
    """Capitalise the title words right before a known person's name at ``start`` ("vice
    president biden"), or the honorific ("mr. kim")."""
    end = start
    while True:
        m = re.search(r"([\w.]+)\s+$", text[max(0, end - 40):end])
        if not m or m.group(1).lower() not in TITLES | set(HONORIFICS):
            return
        s = end - len(m.group(0))
        chars[s] = chars[s].upper()
        end = s


def restore_case(text: str) -> str:
    """``text`` with the capitals of known names restored when it is caseless (module docs);
    otherwise ``text`` itself."""
    if not caseless(text):
        if not caseless(text, upper=False):
            return text
        text = text.lower()  # all in capitals: read as lower case, then restored
    if not _LOWER.search(text):
        return text
    pattern, forms, persons = known_names()
    chars = list(text)
    for m in pattern.finditer(text):
        key = _fold(m.group())
        _apply_case(chars, m.start(), forms[key])
        if key in persons:
            _title_before(text, chars, m.start())
    person_names(text, chars)
    for m in _INITIALISM.finditer(text):
        if m.group() not in _NOT_INITIALISMS:
            chars[m.start():m.end()] = m.group().upper()
    for m in _PRONOUN_I.finditer(text):
        chars[m.start()] = "I"
    for m in re.finditer(r"(?<![\w.])(?:mrs?|ms|dr)\.\s+(?=[a-z])", text):
        chars[m.start()] = chars[m.start()].upper()
        chars[m.end()] = chars[m.end()].upper()
    return "".join(chars)


def keyphrase_text(text: str) -> str:
    """``text`` as keyphrase candidates read it: a header of ``key: value`` lines masked
    (:func:`analysis.metrics.front_matter.mask_front_matter`), script labels masked
    (:func:`mask_script_labels`), the case of a caseless text restored
    (:func:`restore_case`) and transcript and news furniture masked
    (:func:`analysis.metrics.furniture.mask_furniture`)."""
    return mask_furniture(restore_case(mask_script_labels(mask_front_matter(text))))
