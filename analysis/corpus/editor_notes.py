"""Production lines that name nobody: an editor's note on the text, a byline of a role.

An interview or a transcript printed in a newspaper opens with a note on how the text was made
(``The following interview has been edited for length.``, ``This transcript has been lightly
edited and condensed for clarity.``, ``Editor's note: ...``); an opinion page or a wire desk
signs a story with a role instead of a name (``By a guest columnist``, ``By a staff reporter``,
``By our correspondent``, ``By the editorial board``). Neither is anyone's words or content:
:func:`is_editor_note` and :func:`is_role_byline` let
:func:`analysis.corpus.furniture_lines.furniture_flags` (and a transcript's header,
:func:`analysis.corpus.transcripts.attribute_turns`) read them as ``stage``, like a named byline,
so that no speaker, frame, tone or keyphrase (*guest columnist*) comes from them.
"""

from __future__ import annotations

import re

_TEXT_NOUN = (r"(?:interview|transcript|conversation|discussion|exchange|Q ?& ?A|text|article"
              r"|story|piece|excerpt|remarks|answers|responses|questions and answers)s?")
_EDITED = (r"(?:lightly |slightly |heavily )?(?:edited|condensed|abridged|shortened|translated"
           r"|excerpted)")
EDITOR_NOTE_RE = re.compile(
    rf"(?:[Ee]ditor[’']?s[’']? [Nn]ote\s*:.*"
    rf"|(?:(?:The following|This|These)(?: [\w-]+){{0,2}} {_TEXT_NOUN}|The (?:interview|transcript"
    rf"|conversation|Q ?& ?A)|Answers|Responses|Questions and answers|Remarks)"
    rf"(?: (?:has|have) been| (?:was|were|is|are))? {_EDITED}\b[^\"“”]*"
    rf"|(?:The|This) interview was (?:conducted|held|carried out) (?:in|by|via|over|on) [^\"“”]*)")
"""An editor's note on the text, alone as a sentence: ``Editor's note: ...``, ``The following
interview has been edited for length.``, ``This transcript has been lightly edited.``,
``Answers have been condensed for clarity.``, ``The interview was conducted in Korean.``"""

_REPORTED_RE = re.compile(r"\b(?:said|says|told|according to|reported)\b")
"""A reporting verb: the sentence reports an edit someone made (``The remarks were edited out
of the broadcast, the ministry said.``), it is no note of the editor's."""

_MAX_NOTE_WORDS = 30
"""An editor's note on how a text was made is short; a longer sentence is the text's own."""

_ROLE_WORDS = (r"(?:reporter|writer|correspondent|columnist|contributor|editor|staff(?:er)?"
               r"|analyst|commentator|editorial (?:board|team|staff|desk)|(?:news )?desk"
               r"|bureau)s?")
_POST_WORDS = (r"(?:official|diplomat|ambassador|officer|professor|scholar|researcher|fellow"
               r"|expert|adviser|advisor|lawmaker|negotiator|envoy|veteran)")
"""Posts that sign an op-ed after *a* or *an* only (``By a former US defense official``)."""
ROLE_BYLINE_RE = re.compile(
    rf"(?:(?:Commentary|Analysis|Opinion|Column|Editorial|Written) )?[Bb]y (?:an?|our|the"
    rf"|our own|one of our|[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){{0,3}})"
    rf"(?: [A-Za-z-]+){{0,2}}? {_ROLE_WORDS}(?:,? (?:in|from) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?"
    rf"|[Bb]y an? (?:[A-Za-z-]+ ){{0,3}}{_POST_WORDS}")
"""A byline that names a role, not a person, without a final stop: ``By a guest columnist``,
``By a staff reporter``, ``By our correspondent``, ``By our Seoul correspondent``, ``By the
editorial board``, ``By Herald staff``, ``By Korea Herald staff writers in Seoul``, ``By a
former US defense official`` (an op-ed signed with its writer's post)."""


def is_editor_note(sentence: str) -> bool:
    """Whether ``sentence`` (stripped) is an editor's note on how the text was made (module
    docstring), of at most :data:`_MAX_NOTE_WORDS` words."""
    line = sentence.strip()
    if not line or line[0] not in "ETHAQR" or len(line.split()) > _MAX_NOTE_WORDS:
        return False  # cheap test first: most sentences open otherwise
    return EDITOR_NOTE_RE.fullmatch(line) is not None and _REPORTED_RE.search(line) is None


def is_role_byline(line: str) -> bool:
    """Whether ``line`` (a whole paragraph) is a byline of a role, not a name (module
    docstring): no final stop, at most eight words."""
    line = line.strip()
    if len(line.split()) > 8 or line[-1:] in ".!?":
        return False
    return ROLE_BYLINE_RE.fullmatch(line) is not None
