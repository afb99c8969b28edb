"""A story title that takes no side of a conflict its brief lists.

    takes_side(title, conflicts) -> bool      # "Fire injures 14" when readings are 14 and 40
    neutral_title(candidates, headline, conflicts) -> str

A title takes a side of a quantity or date conflict when it gives a number, day or month
that one reading gives and not every reading does ("injures 14" beside readings "14
workers" / "40 workers"), unless only readings of the conflict's majority give it ("to
shut 140 branches" when four articles say 140 and one 160: the story's figure); of a statement (``fact``) conflict when one of its words names the
disputed act (the reading's ``predicate``, or a verb WordNet relates to it:
:func:`consilience.unique_paraphrase.related_verbs`), whatever its polarity: "chief
executive resigns" and "chief executive stays on" both settle "resigned / refused to
resign". Updates (a figure that rose over time) are no conflict, but a title that gives
the superseded figure beside a word of the update's subject is out of date ("Six rescued"
when the latest report says seven): it is passed over like one that takes a side.

The title is the first candidate (the story's own title, then the other articles' titles in
article rank) that takes no side, else the headline line, else the first candidate with its
side-taking parts (split at commas, colons, semicolons and dashes) cut off; the same
whatever the order of the input. A live blog's header ("LIVE: Flood at Carrow - updates",
"Carrow flood as it happened": a part of the title that is live-blog furniture,
:func:`live_header`) names a page, not the story, and a genre label ("Analysis: ...",
"...: what we know") marks a comment or a recap: another article's title comes first, and
a story told only by such pages has its title without the furniture or label part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import lexicon
from .boilerplate import _SLUG, TITLE_PART_BREAK, _line_kind, live_header
from .cues import is_outlet_name, outlet_key
from .line_voice import FIRST_PERSON
from .number_words import counts
from .quantities import SCALES, WORD_NUMBERS, _word_value
from .story_heads import OWN_PAGE, clean_title, genre_labelled
from .unique import GENERIC_FRAMES
from .unique_paraphrase import related_verbs

_NUMBER_WORDS = frozenset(counts(1, 90, indefinite=False)) | frozenset(
    "hundred thousand million billion dozen dozens half".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
#: where a headline's parts meet: "Fire injures 14, chief resigns", "Plant fire: 40 hurt"
_PART_BREAK = TITLE_PART_BREAK
#: verb endings tried to find a title word's lemma ("resigns", "resigned", "resigning")
_ENDINGS = ("", "s", "es", "d", "ed", "ing")


def _words(text: str) -> list[str]:
    """Lower-cased words of ``text``, digits without thousands separators ("1,200" ->
    "1200"), a run of number words also as its digits ("twenty-three" -> "23",
    :func:`consilience.quantities._word_value`)."""
    raw = re.findall(r"\d[\d,.]*\d|\d|[A-Za-z][\w'’]*", text.lower().replace("-", " "))
    out, run = [], []
    for word in [*raw, ""]:
        if word in WORD_NUMBERS or word in SCALES or (run and word == "and"):
            run.append(word)
            continue
        value = _word_value(run) if run else None
        if value is not None and value == int(value):
            out.append(str(int(value)))
        run = []
        if word:
            out.append(word.replace(",", ""))
    return out + [w for w in raw if w in _NUMBER_WORDS]


def _marker(word: str) -> bool:
    """A word that gives a figure or a date: digits, a number word, a day or month name."""
    return any(ch.isdigit() for ch in word) or word in _NUMBER_WORDS or word in _CALENDAR


def _figure_markers(
    readings: Sequence[dict[str, Any]], conflict: dict[str, Any] | None = None
) -> set[str]:
    """The figure and date words that some reading gives and not every reading does; of
    a ``conflict`` with a majority and outliers, only those of a reading of no majority
    article (the majority's reading is the story's: "to shut 140 branches" beside four
    articles' 140 and one outlier's 160 takes no side)."""
    per = [{w for w in _words(str(r.get("text") or "")) if _marker(w)} for r in readings]
    if not per:
        return set()
    common = set.intersection(*per)
    markers = set().union(*per) - common
    majority = set((conflict or {}).get("majority") or [])
    outliers = set((conflict or {}).get("outliers") or [])
    if not majority or not outliers:
        return markers
    theirs = [
        words
        for r, words in zip(readings, per, strict=True)
        if _reading_article(r) in majority and _reading_article(r) not in outliers
    ]
    return markers - set().union(set(), *theirs)


def _reading_article(reading: dict[str, Any]) -> str | None:
    """The article of a conflict reading (its ``article``, else its citation's)."""
    return reading.get("article") or (reading.get("citation") or {}).get("article")


def _lemmas(word: str) -> set[str]:
    """Candidate verb lemmas of a title word: the word less a usual inflection."""
    out = set()
    for end in _ENDINGS:
        if end and word.endswith(end) and len(word) - len(end) >= 3:
            out.add(word[: len(word) - len(end)])
        elif not end:
            out.add(word)
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    return out


def _names_act(words: list[str], acts: set[str]) -> bool:
    """One of ``words`` is a form of one of the verb lemmas ``acts`` ("step_down" is read
    by its verb, "step") or of a verb WordNet relates to one."""
    heads = {a.split("_")[0] for a in acts} | acts
    for word in words:
        if len(word) < 3:
            continue
        for lemma in _lemmas(word):
            if lemma in heads or any(related_verbs(lemma, a) for a in acts):
                return True
    return False


def takes_side(title: str, conflicts: Sequence[dict[str, Any]]) -> bool:
    """``title`` gives a reading of one of ``conflicts`` (brief items, contract
    ``consilience.brief/1``; updates are passed over): see the module docstring."""
    words = _words(title)
    for conflict in conflicts:
        if conflict.get("update"):
            if _gives_superseded(words, conflict):
                return True
            continue
        readings = conflict.get("readings", [])
        if conflict.get("kind") == "fact":
            acts = {
                str(r["predicate"])
                for r in readings
                if r.get("predicate") and r["predicate"] not in GENERIC_FRAMES
            }
            if acts and _names_act(words, acts):
                return True
        elif set(words) & _figure_markers(readings, conflict):
            return True
    return False


def _gives_superseded(words: list[str], update: dict[str, Any]) -> bool:
    """``words`` (of a title) give a figure an update superseded ("Six rescued" when the
    latest report says seven): a figure word of a reading that is not the latest and of
    none that is, beside a word of the update's subject ("fishermen rescued")."""
    readings = update.get("readings", [])
    old = [r for r in readings if not r.get("latest")]
    new = [r for r in readings if r.get("latest")]
    if not old or not new:
        return False
    stale = set().union(*(_figure_set(r) for r in old)) - set().union(*map(_figure_set, new))
    if not set(words) & stale:
        return False
    subject = {x for w in _words(str(update.get("subject") or "")) for x in _lemmas(w)}
    if any(_lemmas(w) & subject for w in words if len(w) >= 3 and not _marker(w)):
        return True
    return update_counts(update) and _elliptic_count(words, stale)


def update_counts(update: dict[str, Any]) -> bool:
    """The update's readings are counts (a toll, a number injured or rescued): no reading
    has a unit."""
    readings = update.get("readings", [])
    return bool(readings) and not any(r.get("unit") for r in readings)


def _elliptic_count(words: list[str], stale: set[str]) -> bool:
    """``words`` (of a title) give a stale figure as a headline's elliptic count of
    people: the figure followed by what befell them (:func:`_befell`: "*Two dead* as
    silo collapses", "*Six hurt* in pile-up", "*40 rescued*"), not by a noun it counts
    ("Two towns ...", which may count something else)."""
    return any(
        word in stale and nxt.isalpha() and _befell(nxt)
        for word, nxt in zip(words, words[1:], strict=False)
    )


def _befell(word: str) -> bool:
    """``word`` is an adjective in WordNet ("dead", "missing", "injured") or a verb's
    past participle ("rescued", "killed": a verb lemma less "-ed" or "-d")."""
    if lexicon.senses(word, "a"):
        return True
    return any(
        word.endswith(end) and bool(lexicon.senses(word[: -len(end)], "v")) for end in ("ed", "d")
    )


def _figure_set(reading: dict[str, Any]) -> set[str]:
    """The figure and date words of one reading's text."""
    return {w for w in _words(str(reading.get("text") or "")) if _marker(w)}


def _cut(title: str, conflicts: Sequence[dict[str, Any]]) -> str:
    """``title`` without its parts that take a side ("" when every part does)."""
    parts = [p for p in _PART_BREAK.split(title) if p.strip()]
    kept = [p for p in parts if not takes_side(p, conflicts)]
    return ", ".join(kept) if len(kept) < len(parts) else title


def _without_furniture(title: str) -> str:
    """``title`` without its live-blog furniture parts (:func:`live_header`), the rest
    joined as they were separated; ``title`` itself when nothing else is left."""
    parts = [p for p in _PART_BREAK.split(title) if p.strip()]
    kept = [p for p in parts if _line_kind(p) != "liveblog"]
    if not kept or len(kept) == len(parts):
        return title
    start = title.find(kept[0])
    return title[start : title.rfind(kept[-1]) + len(kept[-1])]


def neutral_title(
    candidates: Sequence[str],
    headline: str,
    conflicts: Sequence[dict[str, Any]],
    issued: Sequence[str] = (),
    updated: Sequence[str] = (),
) -> str:
    """The title of a story: the first of ``candidates`` (titles, the story's own first,
    then in article rank) that takes no side of ``conflicts`` (:func:`takes_side`), else
    ``headline`` (the brief's headline line) when it takes none, else the first candidate
    cut to the parts that take none (:func:`_cut`), else the first candidate as it is.
    "" when no candidate is a title (as before: a story without titles has none). A live
    blog's header (:func:`live_header`) and a genre-labelled page's title ("Analysis:
    ...", "...: what we know", :func:`consilience.story_heads.genre_labelled`) come after
    every news title, without their furniture and label parts
    (:func:`_without_furniture`, :func:`consilience.story_heads.clean_title`); an
    organisation's own page ("Velocom statement on ...", :func:`own_page`) only after the
    headline line, and so does an issuer's own title (``issued``: titles of articles
    whose outlet the title opens with, :func:`issued_title`: a company's release about
    itself), and a question (:func:`asked_title`) or an exclamation (:func:`exclaimed_title`:
    "Champions!") after those; a title in a party's own voice (:func:`voiced_title`: first
    person, a quote headline) never, unless nothing else is left. The titles of later
    versions of a report (``updated``: titles, slug cut, whose raw title carried a versioned
    wire slug, :func:`versioned_title`; latest first) come before every other news title:
    the report they update told an earlier state ("Guest killed ..." before "UPDATE
    1-Second guest dies ...")."""
    titles = [t for t in candidates if t and t.strip()]
    if not titles:
        return ""  # no article has a title: the page shows the headline line already
    own = set(issued)
    news = [
        t
        for t in titles
        if not (live_header(t) or genre_labelled(t) or voiced_title(t) or _hook(t)) and t not in own
    ]
    later = [t for t in updated if t in news]
    news = list(dict.fromkeys(later + news))
    labelled = [
        clean_title(_without_furniture(t))
        for t in titles
        if (live_header(t) or genre_labelled(t)) and not (own_page(t) or voiced_title(t))
    ]
    for title in news + labelled:
        if not takes_side(title, conflicts):
            return title
    if headline and not takes_side(headline, conflicts) and not voiced_title(headline):
        return headline
    for title in [t for t in titles if (own_page(t) or t in own) and not voiced_title(t)]:
        if not takes_side(title, conflicts):
            return clean_title(title)
    for title in [t for t in titles if _hook(t) and not voiced_title(t)]:
        if not takes_side(title, conflicts):
            return clean_title(title)
    first = (news + labelled + titles)[0]
    return _cut(first, conflicts) or first


def asked_title(title: str) -> bool:
    """``title`` ends on a question ("The masks are going home. Or are they?", "Is the
    four-day week here to stay?"): a comment's hook, not the news; it comes after every
    news title and the headline line. A question answered in the title ("Extinct? Not
    quite - bird rediscovered") is news."""
    return title.rstrip().rstrip("\"'”’»").endswith("?")


def exclaimed_title(title: str) -> bool:
    """``title`` ends on an exclamation mark ("National champions!", "What a night!"): a
    party's cheer or a page's hook, not a report of the news."""
    return title.rstrip().rstrip("\"'”’»").endswith("!")


def _hook(title: str) -> bool:
    """``title`` is a question or an exclamation (:func:`asked_title`,
    :func:`exclaimed_title`)."""
    return asked_title(title) or exclaimed_title(title)


def versioned_title(title: str) -> bool:
    """``title`` opens with a wire slug carrying a version number ("UPDATE 1-...",
    "WRAPUP 2-..."; :data:`consilience.boilerplate._SLUG`): a later version of a report."""
    m = _SLUG.match(title or "")
    return bool(m and m.group("num"))


#: a quotation mark opening a title: the title is someone's words ('"We heard a roar"')
_OPENING_QUOTES = "\"“‘'«"


def voiced_title(title: str) -> bool:
    """``title`` speaks in a party's own voice: a first-person pronoun (the closed class of
    :data:`consilience.line_voice.FIRST_PERSON`: "Parliament backs *our* pension reform",
    "*We* heard a roar, then the street was a river"), or it opens with a quotation mark
    (a quote headline); a genre label's words do not count ("Flood: what *we* know",
    :func:`consilience.story_heads.clean_title`). "US" in capitals is the country. A story's title names the event
    in the reporter's words."""
    t = clean_title(title) if title.strip() else ""
    if not t:
        return False
    if t[0] in _OPENING_QUOTES:
        return True
    words = re.findall(r"[A-Za-z]+", t)
    return any(w.lower() in FIRST_PERSON and not (len(w) > 1 and w.isupper()) for w in words)


def own_page(title: str) -> bool:
    """``title`` names an organisation's own page ("Velocom statement on the decision",
    "Press release: ..."; :data:`consilience.story_heads.OWN_PAGE`) in one of its parts."""
    return any(OWN_PAGE.match(p.strip()) for p in _PART_BREAK.split(title) if p.strip())


def issued_title(title: str, outlet: str | None) -> bool:
    """``title`` is its issuer's own: it opens with the name of the article's ``outlet``
    (a name or its matching key, :func:`consilience.cues.outlet_key`) as its subject,
    an organisation telling its own act ("Kestrel Systems announces plan to focus
    investment on AI", published by Kestrel Systems; "Port of Selim welcomes ..."), and
    that outlet is no news outlet (:func:`consilience.cues.is_outlet_name`). A story's
    title is the news of a report, not the issuer's framing of its own act."""
    if not outlet or not title.strip() or is_outlet_name(outlet):
        return False
    key = outlet_key(outlet)
    head = outlet_key(clean_title(title))
    return bool(key) and head.startswith(key + " ")
