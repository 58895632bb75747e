"""Ranks and titles written before a name in their short form, and the titles a later role
noun refers back by.

*Col. Lee Sung-jun briefed reporters. ..., according to the colonel.*: the abbreviated rank is
the role the later noun names (:data:`RANKS`), and *the colonel* after *according to* keeps its
article as written, the form of a role noun that refers back to a person named before
(:data:`REFERRING_TITLES`; ``data/voices_README.md``), where *according to officials* drops it.
"""

from __future__ import annotations

RANKS = {"gen": "general", "adm": "admiral", "col": "colonel", "capt": "captain",
         "sen": "senator", "rep": "representative", "gov": "governor", "prof": "professor",
         "amb": "ambassador", "cmdr": "commander"}
"""Abbreviated ranks and titles (lower case, without the period) and the role each names."""

REFERRING_TITLES = frozenset("general colonel captain admiral senator ambassador professor"
                             .split())
"""Titles that, after *the*, refer back to one person named before with that title."""
