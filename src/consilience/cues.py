"""Attribution cues: the words by which an article says who said or reported something.

One lexicon shared by :mod:`consilience.quotes` (who said what), :mod:`consilience.provenance`
(whom an article rests on) and the claims extractor (a claim's attribution). It imports no
other consilience module, so any of them may import it without an import cycle.

Reporting verbs
---------------
:data:`REPORTING_VERBS`
    lemmas of verbs that introduce speech or a statement ("said", "told", "warned" ...).
:data:`WEAK_REPORTING_VERBS`
    the subset that reports speech only when it carries a clause ("signal", "estimate").
:data:`SPEECH_ACTS`
    evaluative acts whose object is what was said ("praised the decision", "dismissed").
:data:`SOURCE_VERBS`
    the subset whose subject provenance accepts as a source ("X said", "X confirmed").
:data:`ATTRIBUTION_VERBS`
    reporting verbs plus verbs that attribute a belief or an estimate ("believe"): what a
    claim extractor needs to mark a clause as someone's statement rather than the article's.
:func:`is_reporting_verb`, :func:`is_attribution_verb`
    ``token -> bool``: a spaCy verb token whose lemma is in the set above.

"According to"
--------------
:data:`ACCORDING_TO_FORMS`
    lower-cased multiword cues that name a source after them ("according to", "as told to").
:func:`according_to`
    ``span -> [(cue_token, source_token)]``: each "according to X" in a spaCy span.

Source names
------------
:func:`is_outlet_name`, :func:`outlet_key`, :func:`looks_like_org`, :func:`strip_possessive`:
whether a name is a news outlet or wire service ("Reuters", "The Harbour Gazette"), the
normalised key of a name, and whether a name spaCy tagged PERSON is an organisation.
"""

from __future__ import annotations

import re
import unicodedata

# --------------------------------------------------------------------------- reporting verbs

REPORTING_VERBS = frozenset(
    """say tell state note argue claim add warn insist explain stress indicate suggest announce
    acknowledge admit confirm deny declare assert contend maintain write reply respond emphasize
    emphasise caution hint predict promise vow tweet post remark comment observe urge ask recall
    report concede complain testify reiterate underline highlight allege estimate affirm
    praise criticize criticise mention disclose reveal signal threaten pledge advise
    assure reassure remind""".split()
)
WEAK_REPORTING_VERBS = frozenset({"believe", "signal", "estimate", "indicate", "suggest", "report"})
SPEECH_ACTS = frozenset(
    """praise criticize criticise condemn welcome hail dismiss reject slam blast applaud
    defend call""".split()
)
SOURCE_VERBS = frozenset(
    """say tell state note argue claim add warn confirm indicate announce report caution insist
    acknowledge explain stress suggest deny estimate disclose reveal write""".split()
)
ATTRIBUTION_VERBS = REPORTING_VERBS | WEAK_REPORTING_VERBS | frozenset({"believe", "think"})
ACCORDING_TO_FORMS = ("according to",)


def is_reporting_verb(tok) -> bool:
    """True when spaCy token ``tok`` is a verb (or auxiliary) whose lemma is in
    :data:`REPORTING_VERBS` ("said", "tells", "warning")."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS


def is_attribution_verb(tok) -> bool:
    """True when spaCy token ``tok`` is a verb whose lemma is in :data:`ATTRIBUTION_VERBS`
    ("said", "believes", "estimated")."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ATTRIBUTION_VERBS


def according_to(span) -> list:
    """``[(according_token, source_token)]`` for each "according to X" in spaCy ``span``,
    and ``(in_token, source_token)`` for each "in the words of X" / "in X's words".

    ``source_token`` is the head of X (the object of "to"); pairs without an object are left
    out. :func:`record_holder` finds the source behind a record noun ("figures from X").
    """
    out = []
    doc = span.doc
    for tok in span:
        words_of = _in_words_of(tok)
        if words_of is not None:
            out.append((tok.head, words_of))
            continue
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            out.append((tok, pobj))
    return out


def _in_words_of(tok):
    """The head of X in "in the words of X" or "in X's own words" when ``tok`` is that
    "words", else None ("in other words", "a few words of thanks": no source)."""
    if tok.lower_ != "words" or tok.head.lower_ != "in" or tok.dep_ != "pobj":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
        return owner
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if of is None or det is None or det.lower_ != "the":
        return None
    return next((c for c in of.children if c.dep_ == "pobj"), None)


#: nouns a report uses to refer back to the story's event itself ("the move comes after ...",
#: "the decision was driven by ...", "the change comes into force in June"): as an actor
#: they name no other party, as the subject of an onset the story's one rule or arrangement
EVENT_ANAPHOR_NOUNS = frozenset(
    "decision move step shift change measure development reversal authorization "
    "authorisation approval announcement action u-turn".split()
)
#: nouns for what a source published: "according to figures from the health office"
RECORD_NOUNS = frozenset(
    """figure data datum statistic number estimate record count report survey poll study
    document filing statement note log""".split()
)


def record_holder(pobj):
    """The source behind a record noun ("figures from the public health office" -> office,
    "data released by the ministry" -> ministry, "the weather service's provisional
    figures" -> service); ``pobj`` itself otherwise."""
    if pobj.lemma_.lower() not in RECORD_NOUNS:
        return pobj
    owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for tok in pobj.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by", "of") and tok.i > pobj.i:
            return tok
    return pobj


# --------------------------------------------------------------------------- source names

# News agencies (wire services) by normalised key -> display name.
AGENCIES = {
    "reuters": "Reuters",
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "tass": "TASS",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "xinhua": "Xinhua",
    "dpa": "dpa",
    "ansa": "ANSA",
    "efe": "EFE",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo",
    "bloomberg": "Bloomberg",
    "anadolu": "Anadolu",
}
# Outlet abbreviations and well-known names.
OUTLET_ALIASES = {
    "nyt": "The New York Times",
    "new york times": "The New York Times",
    "ny times": "The New York Times",
    "wsj": "The Wall Street Journal",
    "wall street journal": "The Wall Street Journal",
    "wapo": "The Washington Post",
    "washington post": "The Washington Post",
    "bbc": "BBC",
    "cnn": "CNN",
    "guardian": "The Guardian",
    "financial times": "Financial Times",
    "ft": "Financial Times",
    "le figaro": "Le Figaro",
    "le monde": "Le Monde",
    "politico": "Politico",
    "axios": "Axios",
    "kyiv independent": "The Kyiv Independent",
    "caliber.az": "Caliber.Az",
}
OUTLET_WORDS = frozenset(
    """times post news journal herald gazette tribune radio tv television press wire
    courier telegraph guardian chronicle observer standard daily weekly magazine review
    times-dispatch bulletin dispatch mail express mirror sun star independent report
    broadcasting broadcaster network channel ledger inquirer examiner sentinel echo
    advertiser argus clarion""".split()
)
OUTLET_SUFFIXES = (".com", ".az", ".org", ".net", ".co.uk", ".ua", ".ru", ".news", ".io", ".fr")
#: words a news organisation adds to its name that do not tell it from another: "Harbourside
#: Radio News" is "Harbourside Radio" (:func:`consilience.outlet_count.outlet_groups`); a
#: medium ("radio", "tv") or a title word ("post", "times") names the outlet and is not here
GENERIC_OUTLET_WORDS = frozenset("news online live web digital newsroom website".split())
# Last words of organisation names spaCy may tag PERSON ("Nordline Ferries").
ORG_NAME_WORDS = frozenset(
    """ferries ferry lines airlines airways inc inc. ltd ltd. corp corp. company co. group bank
    authority agency coastguard railways rail energy motors holdings partners association
    union foundation institute university hospital council centre center""".split()
)


# Words that tell a kind of organisation (see :mod:`consilience.org_kinds`).
#: last or inner words of company names
COMPANY_WORDS = frozenset(
    """company co co. corp corp. corporation inc inc. ltd ltd. llc plc ag sa nv gmbh group
    holdings systems chemicals chemical industries motors airlines airways ferries ferry lines
    energy technologies technology tech pharmaceuticals pharma foods mining metals steel oil
    gas telecom telecoms communications logistics shipping rail railways bank insurance
    partners capital labs laboratories solutions works manufacturing construction developments
    properties electric electronics software brewing brewery aerospace automotive launch
    enterprises retail stores water utilities robotics fuels haulage dynamics freight
    transport ventures biotech semiconductors textiles mills farms dairies beverages cement
    printing hotels resorts cruises shipyards shipbuilding petroleum refining minerals
    resources wireless dairy bakery creamery""".split()
)
UNION_WORDS = frozenset("union unions guild federation confederation syndicate".split())
CLUB_WORDS = frozenset("club fc afc cf sc united rovers athletic wanderers".split())
#: words of public bodies and institutions: never "the company"
BODY_WORDS = frozenset(
    """agency authority board ministry department council office committee commission bureau
    service inspectorate regulator court police coastguard guard government parliament
    assembly cabinet embassy tribunal institute university hospital school consortium party
    administration directorate secretariat senate congress navy army force forces brigade
    infirmary clinic trust prefecture museum gallery observatory foundation library prison
    academy laboratory""".split()
)
#: last words that make a name an organisation's, whatever its kind
ORG_LAST_WORDS = COMPANY_WORDS | UNION_WORDS | CLUB_WORDS | BODY_WORDS


def strip_possessive(s: str) -> str:
    """``"Reuters'"`` -> ``"Reuters"``, ``"Berg's"`` -> ``"Berg"``; other strings unchanged."""
    for suf in ("'s", "’s", "'", "’"):
        if s.endswith(suf) and len(s) > len(suf):
            return s[: -len(suf)]
    return s


def fold_accents(s: str) -> str:
    """``"Élysée"`` -> ``"Elysee"``: combining accents removed (NFKD)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def outlet_key(name: str) -> str:
    """Matching key of a source name: accents folded, lower-cased, possessive and a leading
    "the" dropped, spaces collapsed ("the Harbour Gazette's" -> "harbour gazette")."""
    k = fold_accents(strip_possessive(name.strip())).lower().strip(" .,;:")
    k = re.sub(r"^the\s+", "", k)
    return re.sub(r"\s+", " ", k)


def is_outlet_name(name: str) -> bool:
    """True when ``name`` names a news outlet or wire service (a known agency or alias, a
    web domain, or a capitalised name ending in an outlet word such as "Gazette")."""
    k = outlet_key(name)
    if k in AGENCIES or k in OUTLET_ALIASES:
        return True
    if k.endswith(OUTLET_SUFFIXES):
        return True
    words = k.split()
    if not words or not name[:1].isupper():
        return False
    return words[-1] in OUTLET_WORDS or bool(
        set(words) & {"news", "press", "radio", "broadcasting", "wire"}
    )  # "Capital Wire Service": a news wire whatever its last word


def same_outlet(name: str, own: str) -> bool:
    """``name`` is the outlet ``own`` or its short form ("The Post" for "The Ardmouth
    Post", "ByteGuard" for "ByteGuard News"): an article that names its own outlet ("Staff
    told the Post", "an email seen by ByteGuard News") does not cite another report."""
    k, o = outlet_key(name), outlet_key(own)
    if not k or not o:
        return False
    return k == o or o.endswith(" " + k) or o.startswith(k + " ")


#: verbs that say nothing of the matter by themselves: an aux, a light verb, a copula, a
#: state of knowing ("did not *take* it", "*got* the contract"); WordNet gives each dozens of
#: senses, so no act is a kind of one by a shared hypernym
LIGHT_VERBS = frozenset(
    "be have do get make take give go come put keep let seem become remain stay find know "
    "think want need try begin start continue expect plan hope include".split()
)

#: first words that make a name a side's or a club's ("Team Solvia", "Club Brenna")
ORG_FIRST_WORDS = frozenset({"team", "club"})


def looks_like_org(name: str) -> bool:
    """A name spaCy may tag PERSON that is an organisation: more than one word, the last an
    organisation's ("Nordline Ferries", "Vantor Robotics", "Allied Porters Guild"; see
    :data:`ORG_LAST_WORDS`) or the first a team's ("Team Pavona": :data:`ORG_FIRST_WORDS`;
    no person's name opens with a common noun for a side)."""
    words = outlet_key(name).split()
    if len(words) > 1 and words[0] in ORG_FIRST_WORDS and name.strip()[:1].isupper():
        return True
    return len(words) > 1 and (words[-1] in ORG_NAME_WORDS or words[-1] in ORG_LAST_WORDS)


#: the first part of a contracted auxiliary, read whole ("won't", "can't", "shan't", "she'll")
CONTRACTED_AUX = {"wo": "will", "ca": "can", "sha": "shall", "'ll": "will"}


def aux_word(tok) -> str:
    """The lower-cased word of auxiliary ``tok``, a contraction read whole: "wo" of "won't"
    is "will", "ca" of "can't" is "can" (the tokenizer splits "won't" into "wo" and
    "n't")."""
    return CONTRACTED_AUX.get(tok.lower_, tok.lower_)
