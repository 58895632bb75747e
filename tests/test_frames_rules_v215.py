"""Guide 2.15 and lexicon 2.15.0: rules 87-99, from the error analysis of team set 18 (read with
its second annotation) and of the nineteen leave-one-set-out folds, each a class of error seen
in more than one set: whose artillery (87), threatening no one (88), whether Washington would
fight for Seoul (89), countries outside the NPT (90), a defence against an attack (91), ship
repair contracts (92), Washington's promise (93), our Korean partners (94), Japan in the NCG
(95), diplomatic channels (96), Seoul's Strategic Command (97), the North's vow to strengthen
its deterrent (98), defending our ally (99); and the words rules 34 and 77 gain.

Every sentence was written for these tests in the style of wire copy, Korean English-language
press, White House and State Department transcripts, KCNA as reported and commentary (none is
from a labelled set or from real coverage); its frames were checked by hand against the guide.
Each positive check fails on lexicon 2.14.0; the controls pass on both.
"""

from __future__ import annotations

import pytest

from tests.frame_rules import frames_of


@pytest.mark.parametrize(("text", "expected"), [
    # rule 87: the North's artillery is threat
    ("Fishermen on Yeonpyeong still work within range of the North's artillery.", {"threat"}),
    ("Seoul accused Moscow of buying North Korean artillery shells by the million.",
     {"threat"}),
    ("He said the North was supplying artillery shells in exchange for Russian oil.",
     {"threat"}),
    # rule 88: threatening no one denies the danger; the drills keep deterrence
    ("MR. PATEL: These exercises are defensive, they're transparent, and they threaten no one.",
     {"deterrence"}),
    ("The foreign ministry in Moscow said its pact with the DPRK threatened no third country.",
     set()),
    # rule 89: whether Washington would fight for Seoul
    ("Many voters in Busan doubt that America would really fight for them.", {"alliance"}),
    ("Only a third of respondents under thirty believed Washington would come to Seoul's "
     "defence in a war.", {"alliance"}),
    ("Q: Do you believe America would come to Korea's aid if Los Angeles were at risk?",
     {"alliance"}),
    # rule 90: outside the NPT
    ("Pakistan, which never signed the NPT, drew its own lessons from the summit.", set()),
    ("Israel, outside the Non-Proliferation Treaty, has never confirmed its programme.", set()),
    # rule 91: a defence against an attack names a hypothetical
    ("The white paper calls the alliance the core of the nation's defence against nuclear "
     "attack.", {"alliance", "deterrence"}),
    # rule 92: ship repair contracts are business
    ("Shares of the Ulsan yard rose on a contract to overhaul a U.S. Navy supply ship.", set()),
    ("GEOJE — The shipbuilder said it had won its fourth MRO contract for a U.S. Navy vessel "
     "this year.", set()),
    # rule 93: Washington's promise
    ("An opposition lawmaker called the new arrangement a promise on paper.", {"alliance"}),
    ("Two years ago, Washington promised Seoul a say it had never had before.", {"alliance"}),
    # rule 94: our Korean partners
    ("SPOKESPERSON: We're in lockstep with our ROK partners on this.", {"alliance"}),
    # rule 95: Japan in the NCG
    ("Q: Will Tokyo be invited into the NCG next year?", {"alliance", "deterrence"}),
    # rule 96: diplomatic channels take their counterpart
    ("Seoul said it had made its objections known to Moscow through diplomatic channels.",
     set()),
    # rule 97: Seoul's Strategic Command
    ("The defence ministry will launch a Strategic Command next year to run its missile and "
     "space units.", {"deterrence"}),
    ("The command will oversee Hyunmoo ballistic missiles, F-35 stealth fighters and submarines, "
     "the ministry said.", {"deterrence"}),
    # rule 98: the North's vow to strengthen its deterrent
    ("KCNA said the country would further bolster its nuclear deterrent in response to the "
     "drills.", {"deterrence", "threat"}),
    ("Kim Yo Jong said the allies' talks would only push her country to strengthen its own "
     "nuclear forces.", {"alliance", "threat"}),
    ("China said it would strengthen its nuclear forces only as needed for self-defence.",
     set()),
    # rule 99: defending our ally, with the forces or capabilities named
    ("SPOKESPERSON: We have the capabilities in place to defend our allies in the region.",
     {"alliance", "deterrence"}),
    ("GENERAL: Our forces stand ready to defend the Republic of Korea tonight.",
     {"alliance", "deterrence"}),
    # rule 34 gains words: nobody ever promised
    ("MINISTER: Nobody ever promised nuclear sharing, and nobody here is asking for it.", set()),
    # rule 77 gains words: cooperation that helps the North
    ("Seoul warned that any cooperation helping Pyongyang build up its arsenal broke UN "
     "resolutions.", {"threat"}),
])
def test_rules_87_to_99(text, expected):
    assert frames_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # artillery with no owner named, and the allies' live-fire drill
    ("The museum's artillery collection reopened on Saturday.", set()),
    ("South Korean and U.S. troops held a live-fire drill near the border.", {"deterrence"}),
    # a threat that is not denied
    ("The North threatened a nuclear strike on Seoul, KCNA said.", {"threat"}),
    # a promise of something else keeps the frame of what is promised
    ("Seoul got a promise of more frequent bomber visits.", {"deterrence"}),
    # South Korea's own commitment to the treaty stays deterrence
    ("South Korea remains committed to the NPT, the foreign minister said.", {"deterrence"}),
    # a U.S. Navy warship that sails in keeps its frame
    ("A U.S. Navy destroyer docked in Busan on Tuesday.", {"deterrence"}),
    # diplomatic channels with the North as the counterpart stay diplomacy
    ("Tokyo lodged a protest with North Korea through diplomatic channels in Beijing.",
     {"diplomacy"}),
    # the commitment alone stays alliance
    ("We will always defend our allies, the president said.", {"alliance"}),
    # the allies' cooperation stays alliance
    ("Seoul and Washington agreed to deepen cooperation on missile defence.",
     {"alliance", "deterrence"}),
])
def test_rules_87_to_99_controls(text, expected):
    assert frames_of(text) == expected
