"""Extract figures (quantities) from an analysed article.

For every figure: value, unit and dimension normalised with pint to SI base units
(metres, kilograms, seconds, m/s, m², m³, J, W, K; money kept per currency code, never
converted; percentages as "%"; counts keep their lemmatised noun), the interval its
qualifier and its rounding imply, and what it measures (``measure``: "range",
"death toll", the predicate of a count) and whose property it is (``entity``: "ATACMS",
"North Korean").

How a figure is found (token-level, over spaCy's tokens and parse):

1. a *number core*: digits ("10,000", "4.5", "4.5bn"), words ("ten", "two dozen",
   "twenty-five", "half a million"), scale words ("1.2 million"), or a vague amount
   ("thousands of", "dozens of", "tens of thousands of");
2. an optional range partner ("between X and Y", "X to Y", "X-Y");
3. a qualifier before it, from a lexicon ("up to", "about", "more than", "some", ...);
4. a unit after it (multi-token lexicon: "miles per hour", "square kilometres",
   "per cent", "%", hyphenated "43-metre"), a currency before/after it ("$", "US$",
   "dollars", "EUR"), or else a counted noun from the parse (the noun the number
   modifies);
5. the property and its owner from the dependency parse (see :func:`_attach_measure` and
   :func:`_predicate_of_count`). A count whose noun is left out takes people when its
   predicate is one only people undergo ("19 were taken to hospital"); the noun may carry
   the event itself ("412 people on board", "14 miners trapped"); a headcount noun makes a
   count of people ("a crowd of 38,211", "the workforce is about 1,800"); a length below
   ground is a depth ("400 metres underground"); a market move is the share price of the
   company named in its subject ("shares in X fell 8.3%", "X ended down 6.8%", "Its shares
   slid", the organisation named just before).

Earthquake magnitudes ("magnitude 6.1", "a 5.8-magnitude tremor", "7.2 on the Richter
scale", "the 7.8 quake") are figures of dimension "magnitude", measure "earthquake magnitude"
(or "aftershock magnitude"); race times written with colons ("in 2:00:41", "3:43.13") and
durations written in parts ("60 minutes 5 seconds", "two hours and 40 seconds") are one
duration each, a race time measuring "time taken" by its named runner.

What a figure measures never comes from a verb of saying ("..., the company said, two months
after the collapse" dates the saying and is no figure); a percentage "of the shares" is a
stake, one moved by "fell"/"rose" or "down" a share-price move; "worth", "valued at" and "put
the value at" give one property ("value"), as "bid", "offer" and "attempt to buy" do ("bid");
a count in a consequence clause ("..., stranding 45,000 passengers") counts those affected,
people who "line" or "pack" a place are a crowd, and a large figure "of" a group ("2.4 million
of the retailer's customers") counts the group (:mod:`consilience.figure_events`).

Clock times ("1:28 a.m.", "1.30am", "0530 GMT") are figures of dimension "time of day"
(seconds after midnight, the zone in ``surface_unit``; a parenthetical restatement in another
zone is part of the same reading; the event is the clause's happening when its subject or
perceived object names one: "the earthquake woke the town", "the break-in happened",
"heard an explosion"); ordinal positions ("the 80th minute", "the 12th lap") are
figures of dimension "ordinal" whose unit is the noun; so are match minutes as blogs and
reports write them: a minute-by-minute entry's header ("79 min: GOAL!", "90+4 min:", the event
read from its line), "sent off after 57 minutes" and "ten minutes from time" (the 80th) with a
verb of a match event. Numbers that are dates, years, other
ordinals, phone numbers or parts of model names ("F-16", "S-400", "Boeing 737") are not
figures. Written forms read: "$9.7-billion", Indian "3,00,000" and "2.4 lakh", space-grouped
"934 000", "one and one-half", "a quarter of a million", "kilogrammes".

Interval semantics (``low``/``high``, SI, both inclusive):

* bare "190 miles": rounding of the last significant digit, ±0.5 miles; a round figure
  (one significant digit: "300 km", "$70 billion", "1 million") carries two significant
  figures and at least ±2.5 % of itself ("300 km" ±7.5 km, "10,000" ±500, "1 million"
  ±50,000), so it absorbs ordinary rounding but never a unit confusion (1.6x);
* "within X": [X/2, X] (a writer who meant a week would not say "within a month");
* "about/approximately/some/roughly/around/close to X": ±max(rounding, 10 %) for a round
  figure ("about 600"), ±max(rounding, 5 %) for one given to two or more significant digits
  ("some 41,000": the writer vouches for the second digit);
* "nearly/almost X": [X - max(rounding, 10 % or 5 % as above), X];
* "up to/as many as/at most X": [0, X + rounding] (the figure states a *maximum*; the
  reconciler compares maxima, see :func:`comparison_interval`);
* "more than/over/at least X": [X, 1.5·X] (a writer who knew it to be 1.5·X would say so);
* "fewer than/less than/under X": [0, X];
* "between X and Y", "X to Y", "X-Y": [X - r, Y + r];
* vague "dozens/hundreds/thousands/tens of thousands/millions of": [2·base, 10·base - 1]
  (hundreds = [200, 999], thousands = [2,000, 9,999]): "hundreds" is at least two hundred
  and fewer than a thousand; the value is the range's low end, never compared alone.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from . import lexicon
from .analyse import doc_text
from .boilerplate import BoilerplateSpan, article_spans, stating_spans
from .chat_turns import record_stamps
from .cues import ACCORDING_TO_FORMS, REPORTING_VERBS, aux_word
from .discovery_verbs import finding_verb
from .figure_ages import age_interval, build_year_at, is_thing
from .figure_aims import WANTED, wanted
from .figure_antecedents import pronoun_count_noun
from .figure_audiences import VIEWERSHIP, watched_through
from .figure_cadence import mark_cadences
from .figure_changes import REVISING_VERBS, change_by, change_start
from .figure_each import EACH, per_member
from .figure_events import (
    ATTEND,
    DERAIL,
    ENTER,
    FAILURE,
    ONSET_VERBS,
    RESTORED,
    consequence,
    crowd,
    derails,
    enters,
    fails,
    happening,
    money_property,
    perceived,
    restores,
    treated_for_harm,
    when_entering,
)
from .figure_forms import (
    FRACTIONS,
    STANDING,
    Magnitude,
    clause_verb,
    clock_at,
    continental_digits,
    fraction_at,
    grouped_digits_at,
    live_minute_at,
    magnitude_at,
    ordinal_at,
    race_time_at,
    restatement_end,
    standing_at,
)
from .figure_fractions import expanse, share_at, word_share_at
from .figure_frequency import FREQUENCY, PER_WEEK, frequency_at, frequency_measure
from .figure_multiples import MULTIPLE, multiple_at
from .figure_odds import odds_at, runner_name
from .figure_only_ones import only_ones
from .figure_owners import (
    EARLIER_FORECAST,
    EXCEED_VERBS,
    OBJECT_DEPS,
    exceeded_bound,
    forecast_clause,
    reference_cue,
)
from .figure_parts import WHOLE, Part, is_whole, part_at
from .figure_periods import earlier_year
from .figure_pounds import pounds_are_money
from .figure_rates import rate_units
from .figure_restated import drop_pinned_clocks, fold_restatements
from .figure_scores import SCORE, score_at, stage_of
from .figure_series import SERIES_UNIT, series_at
from .figure_sets import can_act
from .figure_tallies import age_at, is_vote_pair, titled, vote_side
from .figure_unreal import (
    as_of,
    conditional,
    counterfactual,
    instructed,
    ratio_term,
    ruled,
    time_since,
    unreal_perfect,
)
from .model import Analysis, Quantity
from .noun_branches import first_sense_kind_of, kind_of
from .number_words import CARDINALS, spoken_decimal
from .verdict_charges import verdict_of

VERSION = "10"  # session 43: a figure in an if-clause is no reading

# --------------------------------------------------------------------------- lexicons

WORD_NUMBERS = CARDINALS  # the one cardinal lexicon (number_words.py)
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12, "score": 20, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
# abbreviated scales, glued ("4.5bn") or separate ("4.5 m") — only with a currency
ABBR_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
VAGUE = {  # plural scale word -> base; "tens of thousands" handled separately
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9,
}  # fmt: skip

# qualifier lexicon: lower-cased token sequences -> kind
QUALIFIERS: dict[tuple[str, ...], str] = {}


def _q(kind: str, *phrases: str) -> None:
    for p in phrases:
        QUALIFIERS[tuple(p.split())] = kind


_q(
    "about",
    "about", "approximately", "approx.", "around", "roughly", "some", "circa", "c.",
    "an estimated", "estimated", "close to", "nearly about", "or so", "in the region of",
    "in the order of", "on the order of", "upward of", "give or take",
    # a rival estimate: "economists put it nearer €200 million", "closer to 300"
    "nearer", "nearer to", "closer to",
)  # fmt: skip
_q("nearly", "nearly", "almost", "just under", "just shy of", "just below", "close on")
_q("max", "up to", "as many as", "as much as", "at most", "no more than", "a maximum of",
   "maximum of", "not more than", "as far as", "as high as",
   # an age told as its extreme: compared by its value, as a stated maximum is
   "as young as", "as old as", "as recent as")  # fmt: skip
_q("min", "more than", "over", "at least", "above", "exceeding", "upwards of", "in excess of",
   "no fewer than", "no less than", "not less than", "just over", "a minimum of",
   "well over", "well above", "as few as", "minimum of")  # fmt: skip
_q("under", "fewer than", "less than", "under", "below", "just under", "not even")
_q("within", "within", "inside of")
QUALIFIERS[("nearly",)] = "nearly"
QUALIFIERS[("just", "under")] = "nearly"
QUALIFIERS[("almost",)] = "nearly"
_MAX_QUAL_LEN = max(len(k) for k in QUALIFIERS)

# units: lower-cased token sequence -> (pint unit, dimension)
UNITS: dict[tuple[str, ...], tuple[str, str]] = {}


def _u(unit: str, dim: str, *phrases: str) -> None:
    """Register ``phrases`` as ``unit`` of ``dim``; a hyphenated phrase also as the tokens
    spaCy splits it into ("gigawatt-hours" -> "gigawatt", "-", "hours"), so that the unit is
    never read by its first part alone (a gigawatt, power, for a gigawatt-hour, energy)."""
    for p in phrases:
        UNITS[tuple(p.split())] = (unit, dim)
        if "-" in p:
            UNITS[tuple(p.replace("-", " - ").split())] = (unit, dim)


_u("mile", "length", "mile", "miles", "mi")
_u("nautical_mile", "length", "nautical mile", "nautical miles", "nm")
_u("kilometer", "length", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms")
_u("meter", "length", "metre", "metres", "meter", "meters", "m")
_u("centimeter", "length", "centimetre", "centimetres", "centimeter", "centimeters", "cm")
_u("millimeter", "length", "millimetre", "millimetres", "millimeter", "millimeters", "mm")
_u("foot", "length", "foot", "feet", "ft")
_u("inch", "length", "inch", "inches")
_u("yard", "length", "yard", "yards", "yd", "yds")
_u("kilogram", "mass", "kilogram", "kilograms", "kg", "kgs", "kilo", "kilos", "kilogramme",
   "kilogrammes")  # fmt: skip
# a kilogram-force is the push of a kilogram's weight: a test force told as "35 kgf" and
# as "a push of 35 kg" is one figure, compared as a mass
_u("kilogram", "mass", "kgf", "kilogram-force", "kilograms-force")
_u("gram", "mass", "gram", "grams", "g", "gramme", "grammes")
_u("milligram", "mass", "milligram", "milligrams", "milligramme", "milligrammes", "mg")
_u("microgram", "mass", "microgram", "micrograms", "mcg", "µg", "μg", "ug")
_u("metric_ton", "mass", "tonne", "tonnes", "metric ton", "metric tons", "t")
_u("short_ton", "mass", "ton", "tons")
_u("pound", "mass", "pound", "pounds", "lb", "lbs")
_u("ounce", "mass", "ounce", "ounces", "oz")
_u("second", "duration", "second", "seconds", "sec", "secs")
_u("minute", "duration", "minute", "minutes", "min", "mins")
_u("hour", "duration", "hour", "hours", "hr", "hrs")
_u("day", "duration", "day", "days")
_u("week", "duration", "week", "weeks")
_u("fortnight", "duration", "fortnight", "fortnights")
_u("month", "duration", "month", "months")
_u("year", "duration", "year", "years", "yr", "yrs")
_u("mile/hour", "speed", "mph", "miles per hour", "miles an hour", "mile per hour")
_u("kilometer/hour", "speed", "km/h", "kph", "kmh", "kilometres per hour",
   "kilometers per hour", "kilometres an hour", "kilometers an hour")  # fmt: skip
_u("meter/second", "speed", "m/s", "metres per second", "meters per second", "m / s")
_u("kilometer/hour", "speed", "km / h", "km / hr", "km/hr", "km / hour", "km / h.", "km/h.",
   "km / hr.")  # fmt: skip
_u("knot", "speed", "knot", "knots")
_u("kilometer**2", "area", "square kilometres", "square kilometers", "sq km", "km2", "km²",
   "square kilometre", "square kilometer")  # fmt: skip
_u("mile**2", "area", "square miles", "square mile", "sq mi", "sq miles")
_u("meter**2", "area", "square metres", "square meters", "square metre", "square meter",
   "sq m", "m2", "m²")  # fmt: skip
_u("foot**2", "area", "square feet", "square foot", "sq ft")
_u("hectare", "area", "hectare", "hectares", "ha")
_u("acre", "area", "acre", "acres")
_u("liter", "volume", "litre", "litres", "liter", "liters")
_u("milliliter", "volume", "millilitre", "millilitres", "milliliter", "milliliters", "ml")
_u("gallon", "volume", "gallon", "gallons")
_u("meter**3", "volume", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3",
   "m³")  # fmt: skip
_u("barrel", "volume", "barrel", "barrels")
_u("joule", "energy", "joule", "joules")
_u("kilowatt_hour", "energy", "kwh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour")
_u("megawatt_hour", "energy", "mwh", "megawatt-hours", "megawatt hours", "megawatt-hour")
_u("gigawatt_hour", "energy", "gwh", "gigawatt-hours", "gigawatt hours", "gigawatt-hour")
_u("terawatt_hour", "energy", "twh", "terawatt-hours", "terawatt hours", "terawatt-hour")
_u("watt", "power", "watt", "watts")
_u("kilowatt", "power", "kilowatt", "kilowatts", "kw")
_u("megawatt", "power", "megawatt", "megawatts", "mw")
_u("gigawatt", "power", "gigawatt", "gigawatts", "gw")
_u("degree_Celsius", "temperature", "degrees celsius", "°c", "degrees c", "celsius")
_u("degree_Fahrenheit", "temperature", "degrees fahrenheit", "°f", "degrees f", "fahrenheit")
_u("pascal", "pressure", "pascal", "pascals", "pa")
_u("kilopascal", "pressure", "kilopascal", "kilopascals", "kpa")
_u("hectopascal", "pressure", "hectopascal", "hectopascals", "hpa")
_u("millibar", "pressure", "millibar", "millibars", "mbar")
_u("bar", "pressure", "bar")
_u("psi", "pressure", "psi", "pounds per square inch", "pound per square inch", "lb/in2")
_u("percent", "percentage", "percent", "per cent", "%", "pc", "pct")
_u("percentage_point", "percentage points", "percentage points", "percentage point",
   "points")  # fmt: skip
_MAX_UNIT_LEN = max(len(k) for k in UNITS)
# single letters that are units only right after a digit ("5 m", "10 g")
_AMBIGUOUS_UNITS = {("m",), ("g",), ("t",), ("nm",), ("ha",), ("mi",), ("min",), ("pc",),
                    ("points",), ("kw",), ("mw",), ("gw",), ("pa",), ("bar",)}  # fmt: skip

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
    "chf": "CHF", "₹": "INR", "inr": "INR", "₽": "RUB", "rub": "RUB", "uah": "UAH", "₴": "UAH",
    "cny": "CNY", "rmb": "CNY", "nz$": "NZD", "hk$": "HKD",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "yuan": "CNY", "francs": "CHF",
    "sterling": "GBP", "kronor": "SEK", "koruna": "CZK", "korunas": "CZK", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "forints": "HUF",
}  # fmt: skip
#: the hundredth of a pound, written as a word after the number or glued to it ("285
#: pence", "285p"): a sum of sterling
PENCE_WORDS = frozenset({"pence", "penny"})
PENNY = 0.01
#: lines of a video picture written like pence ("1080p"): never a sum
_VIDEO_LINES = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})


def _glued_pence(core: str) -> bool:
    """Whether token text ``core`` is a number of pence with "p" glued on ("295p"), not
    a video picture's lines ("1080p")."""
    m = _GLUED_UNIT.match(core)
    return bool(m) and m.group(2) == "p" and m.group(1) not in _VIDEO_LINES


#: currency names that are also common nouns ("dental crowns", "three crowns"): money only
#: after a scale word ("150 million crowns"); the unit names no country (the crowns of
#: Sweden, Denmark, Norway, Iceland and Czechia are all "crowns" in English)
SCALED_CURRENCY_WORDS = {"crown": "crowns", "crowns": "crowns"}
_SCALE_WORDS = {"thousand", "million", "billion", "trillion", "m", "mn", "bn"}
_MONEY_CUES = {"cost", "costs", "pay", "paid", "fund", "funding", "budget", "worth", "spend",
               "spent", "price", "fine", "fined", "raise", "raised", "loan", "aid", "grant",
               "compensation", "damage", "damages", "allocate", "allocated", "set",
               # business and refunds: "collected some 3.2 million pounds", "sales of"
               "sale", "sales", "revenue", "revenues", "profit", "profits", "turnover",
               "refund", "refunds", "refunded", "collect", "collected", "earn", "earned",
               "fee", "fees", "tax", "taxes", "salary", "bonus", "repay", "repaid", "owe",
               "owed", "awarded", "donated"}  # fmt: skip

# nouns after a number that are not a counted thing of interest (the number is a date etc.)
_NON_COUNT_NOUNS = {"am", "pm", "a.m.", "p.m.", "a.", "p.", "m.", "a.m", "p.m", "gmt", "utc",
                    "bst", "est", "edt", "pdt", "o'clock", "time", "times", "percent", "%",
                    "magnitude", "megapixel", "year", "point", "caliber", "calibre", "magnum",
                    "block", "million", "millions", "billion", "thousand"}  # fmt: skip
_STREET_WORDS = {"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "lane",
                 "drive", "boulevard", "blvd", "way", "place", "court", "terrace", "square"}  # fmt: skip
_TIME_AFTER = {"am", "pm", "a.m.", "p.m.", "a.", "p.", "a.m", "p.m", "o'clock", "gmt", "utc"}
_DURATION_EXCLUDE_AFTER = {"ago", "later", "earlier", "old", "hence"}
# nouns that name a figure's property when the figure has no counted noun
_TALLY_NOUNS = {"toll", "tally", "total", "number", "count", "figure", "tolls"}

_DIGITS = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_GLUED = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|mn|mln|bn|b|tn)$", re.I)
_GLUED_UNIT = re.compile(r"^(\d+(?:\.\d+)?)([a-zA-Zµμ%°²³/]+)$")
_PHONE = re.compile(r"^\(?\d{2,5}\)?[-. ]\d{3,}([-. ]\d+)*$")


@functools.cache
def ureg():
    import pint

    return pint.UnitRegistry()


# --------------------------------------------------------------------------- numbers


@dataclass
class _Num:
    start: int  # token indices, half-open
    end: int
    value: float
    rounding: float  # half a unit of the last significant digit (same units as value)
    vague: str | None = None  # "thousands of" ...
    vague_high: float | None = None
    currency: str | None = None  # glued "$4.5bn" is split by spaCy; "4.5bn" keeps scale


ROUND_FIGURE = 0.025  # a round figure ("70", "300", "1 million") is good to ±2.5 % at least


def _rounding_of_digits(s: str) -> float:
    """Half a unit of the last significant digit of a written numeral. A round figure (one
    significant digit followed by zeros: "70", "300", "10,000") was rounded by its writer to
    some unknown place: it carries two significant figures and at least ±2.5 % of itself
    (:data:`ROUND_FIGURE`): "70" covers 68.25-71.75, so $70 billion agrees with $68.7
    billion; "10,000" is ±500; "300" never absorbs 350."""
    s = s.replace(",", "").lstrip("+-")
    if "." in s:
        decimals = len(s.split(".", 1)[1])
        return 0.5 * 10 ** (-decimals)
    digits = s.lstrip("0") or "0"
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if len(stripped) < 2 and len(digits) >= 2:
        return max(0.5 * 10 ** (len(digits) - 2), ROUND_FIGURE * float(digits))
    return 0.5 * 10**zeros


def scaled_rounding(digits: str, scale: float) -> float:
    """The rounding of ``digits`` written before a scale ("2" of "£2bn", "2 billion" or
    "£2 bn"; ``scale`` 1e9): a whole number below ten before a scale word is a round figure
    good to :data:`ROUND_FIGURE` (and a twentieth of the scale), not half the scale: "£2bn"
    disputes "£2.4bn" (17 % apart) however the scale is written; else half a unit of the
    last digit times the scale ("2.4bn": ±50 million)."""
    r = _rounding_of_digits(digits) * scale
    if scale != 1.0 and "." not in digits and float(digits.replace(",", "")) < 10:
        value = float(digits.replace(",", "")) * scale
        r = max(0.05 * scale, ROUND_FIGURE * value)  # "1 million", "5 billion", "£2bn"
    return r


def _word_value(words: list[str]) -> float | None:
    """Parse a run of number words ("twenty five", "one hundred and twenty", "two dozen")."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in ("and", "-", "a", "an"):
            continue
        if w in WORD_NUMBERS:
            current += WORD_NUMBERS[w]
            seen = True
        elif w == "half":
            current += 0.5
            seen = True
        elif w in SCALES:
            scale = SCALES[w]
            if current == 0:
                current = 1
            if scale >= 1000:
                total += current * scale
                current = 0
            else:
                current *= scale
            seen = True
        elif _DIGITS.match(w):
            current += float(w.replace(",", ""))
            seen = True
        else:
            return None
    return total + current if seen else None


def _parse_number(doc, i: int, limit: int) -> _Num | None:
    """The number core starting at token i (not beyond token ``limit``), or None: a vague
    amount, a fraction or grouped digits, a glued scale ("4.5bn"), or digits and number
    words with their scale words ("4.5 million", "one hundred and twenty")."""
    special = (
        _vague_or_article(doc, i, limit)
        or _grouped(doc, i, limit)
        or _fraction_of(doc, i, limit)
        or _said_decimal(doc, i, limit)
    )
    if special is not None:
        return special
    tok = doc[i]
    m = _GLUED.match(tok.text)
    if m:
        num = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        scale = ABBR_SCALES[m.group(3).lower()]
        digits = m.group(1) + ("." + m.group(2) if m.group(2) else "")
        return _Num(i, i + 1, num * scale, scaled_rounding(digits, scale))
    if _glued_pence(tok.text):  # "295p": the pence are read with the currency
        return _Num(i, i + 1, float(tok.text[:-1]), _rounding_of_digits(tok.text[:-1]))
    g = _GLUED_UNIT.match(tok.text)
    if g and (g.group(2).lower(),) in UNITS and i + 1 < limit and doc[i + 1].text == "/":
        # "48µg/l": the tokenizer keeps a unit glued to the digits before a slash; the
        # unit and what it is per are read after (see _read_currency_or_unit)
        return _Num(i, i + 1, float(g.group(1)), _rounding_of_digits(g.group(1)))
    text = continental_digits(tok) or _grouped_count(doc, i) or tok.text
    if not (_DIGITS.match(text) or tok.lower_ in WORD_NUMBERS):
        return None
    words, j = _number_words(doc, i, limit, text)
    value = _word_value(words)
    if value is None:
        return None
    return _with_fraction(doc, _Num(i, j, value, _core_rounding(text, words, value)), limit)


def _said_decimal(doc, i: int, limit: int) -> _Num | None:
    """A decimal said aloud from token i, with any scale words after it ("one point nine
    million" -> 1.9e6, rounded to half its last digit), read by
    :func:`consilience.number_words.spoken_decimal`; None otherwise, and for "at one point
    nine people..." with no scale word (a moment, then a count)."""
    words = [t.lower_ for t in doc[i : min(limit, i + 8)]]
    read = spoken_decimal(words)
    if read is None:
        return None
    value, places = read
    j, scale = i + 2 + places, 1.0
    while j < limit and doc[j].lower_ in SCALES:
        scale *= SCALES[doc[j].lower_]
        j += 1
    if scale == 1.0 and i > 0 and doc[i - 1].lower_ == "at":
        return None
    return _Num(i, j, value * scale, 0.5 * 10**-places * scale)


_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _grouped_count(doc, i: int) -> str | None:
    """The digits of a full-stop-grouped number ("1.200") that counts whole things ("cited
    more than 1.200 times", "1.500 volunteers"), as translated coverage writes thousands;
    None otherwise. A plural noun that is no unit of measure after it can only be counted
    whole, so the stop groups thousands (:func:`consilience.figure_forms.continental_digits`
    decides the rest)."""
    tok = doc[i]
    if not _DOT_THOUSANDS.match(tok.text) or i + 1 >= len(doc):
        return None
    nxt = doc[i + 1]
    if nxt.tag_ != "NNS" or (nxt.lower_,) in UNITS or not nxt.is_alpha:
        return None
    return tok.text.replace(".", "")


def vague_range(base: float) -> tuple[float, float]:
    """(low, high) a plural scale word of ``base`` spans: "hundreds" (100) -> (200, 999),
    "tens of thousands" (10,000) -> (20,000, 99,999): at least two of the unit and short of
    ten (ten would be the next word up)."""
    return 2 * base, 10 * base - 1


def _vague_num(start: int, end: int, base: float, text: str) -> _Num:
    low, high = vague_range(base)
    return _Num(start, end, low, 0.0, vague=text, vague_high=high)


def _vague_or_article(doc, i: int, limit: int) -> _Num | None:
    """ "tens of thousands of", "hundreds of", "a dozen", "half a million", and "a"/"an" as
    one after a qualifier ("less than an hour", "more than a mile")."""
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < limit else ""
    if low == "tens" and i + 2 < limit and nxt == "of" and doc[i + 2].lower_ in VAGUE:
        base = VAGUE[doc[i + 2].lower_] * 10
        end = i + 3
        if end < limit and doc[end].lower_ == "of":
            end += 1
        return _vague_num(i, end, base, doc[i:end].text)
    if low in VAGUE and nxt == "of":
        return _vague_num(i, i + 2, VAGUE[low], doc[i : i + 2].text)
    if low in ("a", "an") and nxt in ("dozen", "score"):
        return _Num(i, i + 2, SCALES[nxt], 0.5)
    if low in ("a", "an") and SCALES.get(nxt, 0) >= 100:
        return _scale_with_article(doc, i, limit)
    if low == "half" and nxt in ("a", "an") and i + 2 < limit and doc[i + 2].lower_ in SCALES:
        return _Num(i, i + 3, 0.5 * SCALES[doc[i + 2].lower_], 0.05 * SCALES[doc[i + 2].lower_])
    if (
        low == "half"
        and nxt in ("a", "an")
        and _match_lexicon(doc, i + 2, limit, UNITS, _MAX_UNIT_LEN)
    ):
        return _Num(i, i + 2, 0.5, 0.05)  # "within half a mile": the unit is read after
    if (
        low in ("a", "an")
        and (nxt,) in UNITS
        and i > 0
        and any(tuple(t.lower_ for t in doc[max(0, i - n) : i]) in QUALIFIERS for n in (1, 2, 3))
    ):
        return _Num(i, i + 1, 1.0, 0.0)
    if _article_span(doc, i, nxt) or _article_measure(doc, i, nxt, limit):
        return _Num(i, i + 1, 1.0, 0.0)  # "shut for a fortnight": one fortnight
    return None


#: words after a span of time that make it how far off its time a thing happened ("began
#: an hour late", "arrived a day early"), with the measure each gives the span: lateness
#: and earliness are two properties, never compared, and neither is a "delay" a noun tells
#: ("a delay of three hours" may be another leg of a journey than "arrived a day late")
OFF_TIME = {"late": "late", "overdue": "late", "early": "early"}


def off_time_measure(word) -> str:
    """The measure of a span of time before a word of lateness (:data:`OFF_TIME`): the
    verb the word tells the manner of and the word's class ("left six minutes late" ->
    "leave late", "reached the resort a day late" -> "reach late"), so that a late start
    and a late arrival of one trip stay two properties; the class alone after "be"."""
    verb = word.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    lemma = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else ""
    side = OFF_TIME[word.lower_]
    return f"{lemma} {side}" if lemma and lemma != "be" else side


def _article_measure(doc, i: int, unit: str, limit: int) -> bool:
    """``doc[i]`` is "a"/"an" giving one unit that the words after it make a measure of
    its own: a unit and a half ("an hour and a half", "a mile and a half": the fraction
    is read after the unit, :func:`_with_fraction`), a unit of time and a number of a
    smaller one ("an hour and twenty minutes"), or a unit of time before a word of
    lateness (:data:`OFF_TIME`: "started an hour late")."""
    if doc[i].lower_ not in ("a", "an") or (unit,) not in UNITS:
        return False
    after = [t.lower_ for t in doc[i + 2 : min(i + 5, limit)]]
    if after == ["and", "a", "half"]:
        return True
    if UNITS[(unit,)][1] == "duration" and after[:1] == ["and"] and i + 3 < limit:
        nxt = doc[i + 3]
        return nxt.like_num  # "an hour and twenty minutes": one span of both parts
    return UNITS[(unit,)][1] == "duration" and after[:1] and after[0] in OFF_TIME


def _scale_with_article(doc, i: int, limit: int) -> _Num | None:
    """ "a thousand", "a hundred and fifty", "an hundred": the article counts one of the
    scale word after it (token i is the article), with the number words that follow; a round
    figure's rounding (:func:`_core_rounding`)."""
    words, j = _number_words(doc, i + 1, limit)
    value = _word_value(words)
    if value is None:
        return None
    return _Num(i, j, value, _core_rounding(words[0], words, value))


def _article_span(doc, i: int, unit: str) -> bool:
    """``doc[i]`` is "a"/"an" giving one unit of time that a state lasts: "closed for a
    fortnight", "offline for a month" (the object of "for"); not "once a week" or "in a
    year"."""
    return (
        doc[i].lower_ in ("a", "an")
        and UNITS.get((unit,), ("", ""))[1] == "duration"
        and i > 0
        and doc[i - 1].lower_ == "for"
        and i + 1 < len(doc)
        and doc[i + 1].dep_ == "pobj"
        and doc[i + 1].head.i == i - 1  # not "for a second term"
    )


def _number_words(doc, i: int, limit: int, first: str | None = None) -> tuple[list[str], int]:
    """The words of a number from token i and the index after it: following number words
    and scales ("4.5 million", "twenty - five", "one hundred and twenty", "two dozen",
    "$9.7-billion"). ``first``: token i's digits in English form, when the caller read
    them (:func:`consilience.figure_forms.continental_digits`)."""
    tok = doc[i]
    text = first or tok.text
    words = [text.replace(",", "") if _DIGITS.match(text) else tok.lower_]
    j = i + 1
    while j < limit:
        w = doc[j].lower_
        nxt = doc[j + 1].lower_ if j + 1 < limit else ""
        if w in SCALES or w in WORD_NUMBERS:
            if w in WORD_NUMBERS and _DIGITS.match(words[-1]):
                break  # "10 two" is two numbers
            words.append(w)
            j += 1
        elif w in ("-", "–") and SCALES.get(nxt, 0) >= 1e3 and _DIGITS.match(words[-1]):
            words.append(nxt)  # "$9.7-billion"
            j += 2
        elif (
            w in ("-", "and")
            and nxt in WORD_NUMBERS
            and (words[-1] in WORD_NUMBERS or words[-1] in SCALES)
        ):
            if w == "and" and words[-1] not in SCALES:
                break
            words.append(w)
            j += 1
        else:
            break
    return words, j


def _core_rounding(text: str, words: list[str], value: float) -> float:
    """The rounding of a number read from digits ``text`` or words ``words``: digits give
    theirs, times any scale word; a round figure ("1 million", "ten thousand") carries two
    significant figures and at least :data:`ROUND_FIGURE` of itself; small words are exact."""
    if _DIGITS.match(text):
        scale = 1.0
        for w in words[1:]:
            if w in SCALES:
                scale *= SCALES[w]
        return scaled_rounding(text, scale)
    scale_words = [w for w in words if w in SCALES and SCALES[w] >= 100]
    if scale_words:  # "ten thousand", "a million": two significant figures at least
        return max(0.5 * SCALES[scale_words[-1]] / 10, ROUND_FIGURE * value)
    return 0.5


def _with_fraction(doc, num: _Num, limit: int) -> _Num:
    """ "one and one-half", "two and a half", "3 and three-quarters": add the fraction."""
    j = num.end
    if j + 1 < limit and doc[j].lower_ == "and" and num.value == int(num.value):
        frac = fraction_at(doc, j + 1, limit)
        if frac is not None:
            return _Num(num.start, frac[1], num.value + frac[0], 0.05)
    return num


def _fraction_of(doc, i: int, limit: int) -> _Num | None:
    """ "a quarter of a million", "three-quarters of a mile", "two-thirds of a tonne": the
    fraction times the scale word, or the fraction with the unit left to read."""
    frac = fraction_at(doc, i, limit)
    if frac is None or doc[i].lower_ == "half":
        return None
    k = frac[1]
    if not (k + 1 < limit and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("a", "an")):
        return None
    if k + 2 < limit and doc[k + 2].lower_ in SCALES:
        value = frac[0] * SCALES[doc[k + 2].lower_]
        return _Num(i, k + 3, value, ROUND_FIGURE * value)
    if _match_lexicon(doc, k + 2, limit, UNITS, _MAX_UNIT_LEN) is not None:
        return _Num(i, k + 2, frac[0], 0.05)
    return None


def _grouped(doc, i: int, limit: int) -> _Num | None:
    """Indian "3,00,000" and space-grouped "934 000" (one figure, not two); a group split by
    the tokenizer must belong to the same entity and not to a date ("May 5 100 people")."""
    found = grouped_digits_at(doc, i, limit)
    if found is None:
        return None
    value, digits, end = found
    if end > i + 1:
        ents = {t.ent_type_ for t in doc[i:end]}
        if ents & {"DATE", "TIME"} or (len(ents) > 1 and doc[i].head.i != i + 1):
            return None
    return _Num(i, end, value, _rounding_of_digits(digits))


# --------------------------------------------------------------------------- helpers


def _match_lexicon(doc, i: int, limit: int, lexicon: dict, max_len: int):
    """Longest lexicon entry starting at token i: (entry value, end index) or None."""
    for n in range(min(max_len, limit - i), 0, -1):
        key = tuple(t.lower_ for t in doc[i : i + n])
        if key in lexicon:
            return lexicon[key], i + n
    return None


def _qualifier_before(doc, i: int, lo: int):
    """A qualifier ending right before token i: (kind, start index, text) or None."""
    # skip "only", "just" filler between qualifier and number
    for n in range(min(_MAX_QUAL_LEN, i - lo), 0, -1):
        key = tuple(t.lower_ for t in doc[i - n : i])
        if key in QUALIFIERS:
            kind = QUALIFIERS[key]
            start = i - n
            if key[0] == "up" and moved_up(doc, start):
                continue  # "moved them up to 22 points": where it went, no bound
            # combined "up to about"
            inner = _qualifier_before(doc, start, lo) if kind == "about" else None
            if inner and inner[0] == "max":
                return "max-about", inner[1], doc[inner[1] : i].text
            return kind, start, doc[start:i].text
    return None


def _lemma(tok) -> str:
    return tok.lemma_.lower()


#: verbs whose "up to" tells where the thing moved ("moved them up to 22 points")
_UPWARD_VERBS = frozenset({"move", "climb", "go", "jump", "lift", "push", "take", "bring"})


def moved_up(doc, up: int) -> bool:
    """Whether the "up" at token ``up`` of an "up to" is a motion's particle: a verb of
    :data:`_UPWARD_VERBS` right before it, or before its pronoun object ("moved *them* up to
    22 points"); then the figure is where the thing came to, not a maximum."""
    k = up - 1
    if k >= 0 and doc[k].pos_ == "PRON" and doc[k].dep_ == "dobj":
        k -= 1
    return k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in _UPWARD_VERBS


def _is_model_number(doc, num: _Num, lo: int) -> bool:
    """ "Boeing 737", "Route 66", "No. 5", "HIMARS M142", "F - 16"."""
    tok = doc[num.start]
    if num.start > lo:
        prev = doc[num.start - 1]
        glued = prev.idx + len(prev.text) == tok.idx
        if prev.text in ("-", "–") and num.start - 1 > lo:
            pp = doc[num.start - 2]
            if pp.text[:1].isupper() and pp.idx + len(pp.text) == prev.idx and glued:
                return True
        if glued and prev.text[-1:].isalpha():
            return True
        if prev.text == "." and num.start - 1 > lo and doc[num.start - 2].lower_ == "no":
            return True  # "No. 9" split as "No" "." "9"
        if prev.lower_ in ("no.", "no", "number", "#", "nr", "nr.", "article", "section",
                           "chapter", "route", "highway", "page", "room", "flight", "line",
                           "platform", "gate", "exit", "junction", "unit", "level", "grade",
                           "class", "type", "version", "model", "stage", "phase", "category",
                           "pier", "building", "block", "lot", "row", "seat"):  # fmt: skip
            return True
        if (
            prev.pos_ == "PROPN"
            and prev.ent_type_ not in ("NORP", "GPE", "LOC", "MONEY")
            and (prev.text[:1].isupper() and tok.text.isdigit() and tok.i == num.end - 1)
        ):
            # "Boeing 737" but not "Ukraine 10,000 troops" style (digits with comma)
            return "," not in tok.text and prev.dep_ in ("compound", "nmod") or tok.head == prev
    return False


def _is_date_like(doc, num: _Num) -> bool:
    tok = doc[num.start]
    if num.vague:
        return False
    if tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100:
        return True  # a year (digits with no comma)
    return False


# --------------------------------------------------------------------------- parse attach


_EXTENT_ADJ = {
    "wide": "width", "broad": "width", "deep": "depth", "high": "height", "tall": "height",
    "long": "length", "thick": "thickness", "away": "range", "across": "width",
    "downstream": "extent", "upstream": "extent", "inland": "extent", "apart": "distance",
}  # fmt: skip
_POSSESS_VERBS = {"have", "has", "boast", "possess", "offer", "provide", "give", "carry", "with"}
_ESTIMATE_VERBS = {"put", "estimate", "peg", "place", "set", "measure", "record", "count",
                   "tally", "number", "total", "reach", "stand"}  # fmt: skip
#: verbs that state a figure "as": "the attendance was announced as 64,000"
_ANNOUNCE_VERBS = {"announce", "give", "report", "confirm", "list", "declare", "record"}
_CHANGE_VERBS = {"rise", "climb", "increase", "jump", "grow", "reach", "fall", "drop",
                 "decline", "soar", "surge", "hit", "stand", "mount", "swell", "top",
                 # what moved a figure: "pushed its profit down to", "lifted sales to"
                 "push", "drive", "lift", "lower", "raise", "cut", "boost", "drag",
                 "send"} | REVISING_VERBS  # fmt: skip


#: verbs that only report a statement: a figure in their clause is never their property
#: (reporting verbs that may set a figure, "estimated at", "pledged", "claimed 30 lives",
#: are left out)
SAYING_VERBS = REPORTING_VERBS - {
    "estimate", "report", "claim", "announce", "pledge", "promise", "post", "predict", "vow",
    "threaten", "signal", "praise", "criticize", "criticise", "allege", "record",
}  # fmt: skip


def _subject_of(tok, max_steps: int = 6):
    """The clause subject of a verb/adjective, climbing xcomp/pcomp/acomp/prep/conj links;
    a relative pronoun subject ("which") resolves to the noun the relative clause modifies."""
    cur = tok
    for _ in range(max_steps):
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl") and child.dep_ != "expl":
                if child.tag_ in ("WDT", "WP") or child.lower_ in ("which", "that", "who"):
                    ante = _antecedent(child)
                    if ante is not None:
                        return ante
                    if cur.dep_ == "relcl":
                        return cur.head
                return child
        if cur.dep_ == "relcl":
            return cur.head
        if _participle_after_clause(cur):
            return None  # whose act it is, the parse cannot tell
        if cur.dep_ in ("xcomp", "pcomp", "acomp", "prep", "conj", "advcl", "ccomp", "dobj",
                        "advmod", "npadvmod", "pobj", "acl") and cur.head is not cur:  # fmt: skip
            cur = cur.head
            continue
        break
    return None


def _participle_after_clause(verb) -> bool:
    """``verb`` is a participle clause with no subject ("..., blackening 3,000 acres") that
    the parse hangs on a main verb across a subordinate clause with a subject of its own
    ("Families packed their cars as a wildfire tore through the forest, blackening ..."):
    the participle may tell the act of either subject, so neither owns its figure."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    head = verb.head
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN")
        and t.head is not head
        and t.head.dep_ in ("advcl", "ccomp", "conj")
        for t in verb.doc[head.i + 1 : verb.i]
    )


def _antecedent(pron):
    """The noun a relative pronoun refers to: English puts it right before the pronoun
    ("Army Tactical Missile Systems (ATACMS), which ..."), which is sturdier than a parse
    that may attach the relative clause to a later noun."""
    k = pron.i - 1
    while k >= pron.sent.start and pron.doc[k].is_punct:
        k -= 1
    if k >= pron.sent.start and pron.doc[k].pos_ in ("NOUN", "PROPN"):
        return pron.doc[k]
    return None


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and text.isalnum()


def _name_of(tok) -> str | None:
    """A proper name for the owner token: an acronym in/around it ("ATACMS"), else its
    named-entity text, else its proper-noun compound; None for a plain common noun."""
    if tok is None:
        return None
    cands = [tok]
    for child in tok.children:
        if child.dep_ in ("appos", "compound", "nmod", "amod"):
            cands.append(child)
        if child.dep_ == "acl":  # "weapons, known as ATACMS"
            for g in child.children:
                if g.dep_ in ("prep", "oprd", "attr") and g.lower_ in ("as",):
                    cands.extend(x for x in g.children if x.dep_ == "pobj")
                elif g.dep_ in ("oprd", "attr"):
                    cands.append(g)
    for c in cands:
        if _is_acronym(c.text) and c.pos_ in ("PROPN", "NOUN", "ADJ", "X"):
            return c.text
    for c in cands:
        if c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC",
                                                 "LOC"):  # fmt: skip
            if c.ent_type_ and c.ent_iob_ in ("B", "I"):
                ent = next((e for e in tok.doc.ents if e.start <= c.i < e.end), None)
                if ent is not None and ent.label_ not in ("QUANTITY", "CARDINAL", "MONEY",
                                                          "PERCENT", "DATE", "TIME"):  # fmt: skip
                    return _name_part(ent)
            if c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"):  # not "Year 10"
                # proper compound chain ending at c
                left = c
                while (
                    left.i > 0
                    and tok.doc[left.i - 1].dep_ == "compound"
                    and tok.doc[left.i - 1].pos_ == "PROPN"
                ):
                    left = tok.doc[left.i - 1]
                return tok.doc[left.i : c.i + 1].text
    return None


def _name_part(ent) -> str:
    """An entity's text up to its first number: the tagger may run "Moreno 44.6%" together."""
    cut = next((t.i for t in ent if t.like_num or t.text in ("%", "$")), ent.end)
    return ent.doc[ent.start : max(cut, ent.start + 1)].text


def _owner_text(tok) -> str | None:
    name = _name_of(tok)
    if name:
        return name
    if tok is not None and tok.pos_ in ("NOUN", "PROPN"):
        return tok.lemma_.lower()
    return None


def _measure_of_noun(tok) -> str:
    """ "toll" with compound "death" -> "death toll"; "number of people killed" ->
    "kill number" (the event named by the clause on the counted noun)."""
    parts = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if tok.lemma_.lower() in _TALLY_NOUNS:
        if _tally_without_supply(tok):
            return f"without {tok.lemma_.lower()}"  # "the number of homes without water"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    if g.dep_ == "pobj":
                        acl = [c for c in g.children if c.dep_ in ("acl", "relcl", "amod")]
                        if acl:
                            return f"{acl[0].lemma_.lower()} {tok.lemma_.lower()}"
                        if g.lemma_.lower() in ("death", "fatality", "casualty", "injury"):
                            return f"{g.lemma_.lower()} {tok.lemma_.lower()}"
    return " ".join([*parts, tok.lemma_.lower()])


def _tally_without_supply(tally) -> bool:
    """Whether a tally noun ("number") counts things cut off a supply, the "without"
    phrase on the tally or on its counted noun: "the number of homes without water"."""
    if _without_supply(tally):
        return True
    counted = [g for c in tally.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(_without_supply(g) for g in counted)


_MOTION_VERBS = {"travel", "run", "surge", "flow", "sweep", "spread", "extend", "stretch",
                 "cover", "reach", "move", "advance", "push", "fly", "drift", "roll", "race",
                 "rush", "pour", "carry", "penetrate"}  # fmt: skip
_HEAD_ADPS = {"down", "up", "along", "across", "into", "before", "after", "beyond", "through",
              "toward", "towards", "inland", "downstream", "upstream", "from", "behind", "ahead",
              "over", "past", "earlier", "later", "ago", "around"}  # fmt: skip


def _tally_in(verb, anchor):
    """A tally noun ("toll", "number") in the verb's clause, outside the figure itself."""
    inside = {t.i for t in anchor.subtree}
    for t in verb.subtree:
        if t.i not in inside and t.lemma_.lower() in _TALLY_NOUNS and t.pos_ == "NOUN":
            return t
    return None


def _attach_measure(doc, anchor, lo: int, hi: int, dimension: str):
    """(measure, entity) for a measured figure whose last token is ``anchor``: what it
    is a figure of ("50 miles of range"), where it is from or below ("8 nautical miles from
    X" -> distance, "400 metres underground" -> depth), its extent adjective or noun ("60
    metres wide", "a 43-metre embankment"), else the verb of its clause."""
    return (
        _second_side(doc, anchor, dimension)
        or _held_with(anchor)
        or _of_measure(anchor)
        or _place_measure(doc, anchor, hi, dimension)
        or _extent_measure(anchor)
        or _verb_measure(anchor)
    )


#: parts of speech that head a clause or a phrase of its own, beyond a figure's words
_CLAUSE_POS = frozenset({"VERB", "AUX", "ADP", "PROPN"})


def _held_with(anchor) -> tuple[None, str] | None:
    """(None, name) of a figure in a "with" phrase on a person's name, or on a noun whose
    apposition is one: the person's own figure ("Tomas Vell, *with 26lb 2oz*, is
    champion", "the angler who weighed the top weight, Lewis Brannagh, *with 14.62 kg*"),
    not another person's (no property read: the dimension's slot takes it by owner)."""
    for _ in range(3):  # "with 15lb 4oz": units and numbers parsed under one another
        if anchor.dep_ == "pobj" or anchor.head.i == anchor.i or anchor.head.pos_ in _CLAUSE_POS:
            break
        anchor = anchor.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with":
        return None
    holder = anchor.head.head
    if holder.pos_ == "NOUN":
        holder = next((c for c in holder.children if c.dep_ == "appos"), holder)
    if holder.pos_ != "PROPN" or holder.ent_type_ not in ("PERSON", ""):
        return None
    name = _name_of(holder)
    return (None, name) if name else None


def _second_side(doc, anchor, dimension: str) -> tuple[str, None] | None:
    """ "38 cm by 27 cm", "5 metres by 4 metres": the length after "by"/"x" that follows
    another length is the second side of a size, its width (the first is a length or a
    height, as the thing is laid or hung), never the property the first one gives."""
    prep = anchor.head
    if dimension != "length" or anchor.dep_ != "pobj" or prep.lower_ not in ("by", "x"):
        return None
    before = doc[prep.i - 1] if prep.i > 0 else None
    if before is None or UNITS.get((before.lower_,), ("", ""))[1] != "length":
        return None
    return "width", None


def _of_measure(anchor) -> tuple[str, str | None] | None:
    """ "50 miles of range" (not "travelled 30 km of road", a motion's object)."""
    if anchor.dep_ in ("dobj", "npadvmod") and _lemma(anchor.head) in _MOTION_VERBS:
        return None
    if anchor.lower_ in FRACTIONS:
        return None  # "a quarter of an hour": the "of" gives the unit (:func:`_fraction_head`)
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.like_num:
                    return _measure_of_noun(g), _owner_for_measure(g)
    return None


_DISTANCE_PREPS = {"from", "off", "outside", "short", "east", "west", "north", "south",
                   "northeast", "northwest", "southeast", "southwest"}  # fmt: skip
#: words after a length that put it under the ground or the sea: a depth
_DEPTH_WORDS = {"underground", "below", "beneath", "underwater", "undersea"}


def _place_measure(doc, anchor, hi: int, dimension: str) -> tuple[str, None] | None:
    """ "8 nautical miles from Vesterhavn", "15 km off the coast" -> distance; "400 metres
    underground", "1,300 feet below the surface" -> depth."""
    nxt = doc[anchor.i + 1] if anchor.i + 1 < hi else None
    if dimension == "length" and nxt is not None:
        if nxt.lower_ in ("from", "off", "outside"):
            return "distance", None
        if nxt.lower_ in _DEPTH_WORDS:
            return "depth", None
    if any(c.dep_ == "prep" and c.lower_ in _DISTANCE_PREPS for c in anchor.children):
        return "distance", None
    if anchor.dep_ == "npadvmod" and anchor.head.lower_ in ("off", "from", "outside", "north",
                                                             "south", "east", "west"):  # fmt: skip
        return "distance", None
    return None


#: verbs of reaching a target: "strike targets 300 km away" is a range, "found 3 miles away" a
#: distance
_RANGE_VERBS = frozenset({"strike", "hit", "fly", "fire", "reach", "target", "launch", "travel"})


def _extent_word(tok) -> str:
    """The property an extent word names: :data:`_EXTENT_ADJ`, with "away" a range only in
    a clause of reaching a target (:data:`_RANGE_VERBS`) and a distance elsewhere ("the car
    was found burnt out three miles away")."""
    word = _EXTENT_ADJ[tok.lower_]
    if word != "range":
        return word
    verb = clause_verb(tok, 6)
    return word if verb is None or _lemma(verb) in _RANGE_VERBS else "distance"


def _extent_measure(anchor) -> tuple[str, str | None] | None:
    """ "a range of up to 190 miles", "60 metres wide", "a 43-metre embankment"."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        noun = head.head
        return _measure_of_noun(noun), _owner_for_measure(noun)
    if anchor.dep_ in ("npadvmod", "advmod", "dobj", "pobj") and head.lower_ in _EXTENT_ADJ:
        subj = _subject_of(head)
        return _extent_word(head), _owner_text(subj) if subj is not None else None
    for child in anchor.children:  # right after the figure: not "38,211, a season high"
        if (
            child.lower_ in _EXTENT_ADJ
            and child.dep_ in ("advmod", "amod", "npadvmod")
            and child.i == anchor.i + 1
        ):
            subj = _subject_of(anchor.head if anchor.dep_ != "ROOT" else anchor)
            return _extent_word(child), _owner_text(subj) if subj is not None else None
    if anchor.dep_ in ("compound", "amod", "nummod", "nmod") and head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ == "poss" and head.head.pos_ == "NOUN":
            head = head.head  # "a 10.30am children's screening": the screening's time
        return head.lemma_.lower(), _name_of(head)
    return None


def _verb_measure(anchor) -> tuple[str | None, str | None]:
    """(measure, owner) from the clause's verb (:func:`_clause_measure`), marked
    :data:`SO_FAR` for a "for" duration on a perfect ("had been back for 45 minutes")."""
    measure, owner = _clause_measure(anchor)
    head = anchor.head
    if measure and anchor.dep_ == "pobj" and head.lower_ == "for" and _state_so_far(head):
        measure = f"{measure}{SO_FAR}"
    return measure, owner


def _clause_measure(anchor) -> tuple[str | None, str | None]:
    """(measure, owner) from the clause's verb: the tally or object it sets ("put the toll
    at 12", "rose to four"), the subject noun of "be"/"have", else the verb itself."""
    head = anchor.head
    verb, prep = head, None
    if anchor.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        prep, verb = head.lower_, head.head
    elif head.pos_ == "ADP" or head.lower_ in _HEAD_ADPS:  # "12 miles down the valley"
        verb = head.head
    if verb.pos_ in ("ADP", "ADV") and verb.lower_ in ("down", "up", "back"):
        verb = verb.head  # "pushed its profit down to 321 million euros"
    if verb.tag_ in ("RBR", "JJR") and verb.head.pos_ in ("VERB", "AUX"):
        # "engineers put it closer to $130 million": the estimating verb; "the bill will
        # be closer to $3bn": the copula, whose subject names the property
        verb = verb.head
    equal = _equalled(verb)
    if equal is not None:
        return _measure_of_noun(equal), _owner_for_measure(equal)  # "a push equivalent to"
    if verb.pos_ in ("VERB", "AUX", "ADJ"):
        lem = _lemma(verb)
        if prep == "by" and _acts_on_object(verb):
            return "margin", None  # "took the record by close to two days": a difference
        if (
            prep in ("at", "to") and (lem in _ESTIMATE_VERBS | _CHANGE_VERBS or lem == "bring")
        ) or (
            prep == "as" and lem in _ESTIMATE_VERBS | _ANNOUNCE_VERBS
        ):  # "put at 12", "rose to four", "the attendance is announced as 64,000"
            set_figure = _set_figure(verb, anchor)
            if set_figure is not None:
                return set_figure
        if lem in SAYING_VERBS:
            return None, None  # "..., the company said": who said it owns no figure
        subj = _subject_of(verb)
        if prep == "at" and lem in _CLOSING_VERBS and subj is not None and subj.pos_ == "NOUN":
            return _measure_of_noun(subj), _owner_for_measure(subj)  # "the appeal closed at"
        state = _state_held(verb, lem, prep)
        if state is not None:  # "was alone for about 25 minutes", "left alone for an hour"
            return state, _owner_text(subj) if subj is not None else None
        role = _held_role(verb, prep)
        if role is not None:  # "was our treasurer for fourteen years": the time in that role
            return role, _owner_text(subj) if subj is not None else None
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and (lem in ("be", "have") or _tally_object(anchor, subj))
        ):  # "the number of cancelled flights has now passed 310": the tally's value
            return _measure_of_noun(subj), _owner_for_measure(subj)
        if lem in _SPAN_VERBS and subj is not None and _built(subj):
            return "length", _owner_text(subj)  # "the pier stretches 380 metres out to sea"
        taken = _time_taken_for(verb, lem)
        if taken is not None:
            return taken, None  # "It took two hours to find a key": the finding's time
        return lem, _owner_text(subj) if subj is not None else None
    if verb.pos_ in ("NOUN", "PROPN"):
        return verb.lemma_.lower(), _owner_for_measure(verb)
    return None, None


#: verbs that hold their subject or object in the state an adjective names ("was alone",
#: "left alone", "stayed open", "kept closed")
_HOLDING_VERBS = frozenset({"be", "leave", "stay", "remain", "keep", "lie", "sit", "stand"})


def _state_held(verb, lem: str, prep: str | None) -> str | None:
    """The state whose length a "for" duration gives when ``verb`` holds its subject or
    object in an adjective's state ("the child was *alone* for 25 minutes", "was left
    *alone* in a park for almost an hour": alone), so that one state told with another verb
    is one property; None otherwise."""
    if prep != "for" or lem not in _HOLDING_VERBS:
        return None
    adj = next(
        (c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.pos_ == "ADJ"),
        None,
    )
    return adj.lemma_.lower() if adj is not None else None


def _time_taken_for(verb, lem: str) -> str | None:
    """The act whose time "take" gives through its infinitive ("It took two hours *to
    find* a key", "took crews six hours to clear the road"): that act's lemma; None when
    "take" has none ("The update takes about four minutes")."""
    if lem != "take":
        return None
    inf = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"), None)
    if inf is None or not any(c.lower_ == "to" and c.dep_ == "aux" for c in inf.children):
        return None
    return _lemma(inf)


#: adjectives that give their noun's figure in other terms: "a steady push *equivalent to*
#: 25 kilograms", "a sum *equal to* a year's rent" -- the figure is the noun's
_EQUAL_ADJ = frozenset({"equivalent", "equal", "comparable"})


def _equalled(word):
    """The noun whose figure an :data:`_EQUAL_ADJ` word gives: the noun it modifies ("a
    push *equivalent to* 25 kg"), or the noun the parser made its compound when it read
    the word as a noun ("a steady push equivalent" as one noun phrase); else None."""
    if _lemma(word) not in _EQUAL_ADJ:
        return None
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ == "NOUN":
        return word.head
    return next((c for c in word.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


#: verbs that place their subject at its last figure: "the appeal closed at £9,350", "the
#: collection ended at 412 signatures" -- the subject noun names what the figure measures
_CLOSING_VERBS = frozenset({"close", "end", "finish", "settle"})


#: the suffix of a measure of how long a state has lasted by a point of the report ("had
#: been working again *for 45 minutes*"): the state's age then, never how soon it began
SO_FAR = " so far"


def _state_so_far(prep) -> bool:
    """The verb a "for" ``prep`` hangs on, through an adverb or adjective ("had been *back*
    for 45 minutes"), is a perfect of "be" or a perfect progressive ("had been back", "had
    been working"): the duration is how long the state had lasted by then. A perfect
    passive ("had been debated for 14 hours") tells a done act's length."""
    verb = prep.head
    while verb.pos_ in ("ADV", "ADJ") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lower_ == "been":
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)


def _held_role(verb, prep: str | None) -> str | None:
    """The role a copula's "for" phrase measures the time of: "was our treasurer for
    fourteen years" -> "as treasurer", "has been the band's chair for eleven years" -> "as
    chair" (two people's times in two roles, never one reading); None without a noun
    complement."""
    if prep != "for" or _lemma(verb) != "be":
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return f"{HELD_ROLE}{attr.lemma_.lower()}" if attr is not None else None


#: the prefix of a role's measure ("as treasurer"): the time someone held that role, which
#: only the same role's time matches (:func:`reconcile._joinable`)
HELD_ROLE = "as "


#: verbs that give how far a thing reaches: of a built thing, its length; of anything
#: else (a slick, a flood, the pollution), the extent of what happened
_SPAN_VERBS = frozenset({"stretch", "extend", "run"})


def _built(noun) -> bool:
    """Whether ``noun`` (a token; a name by its last word, "Kestle Pier") is a built thing
    (WordNet: its first sense is an artifact: a pier, a wall, a road). "The pier stretches
    380 metres" is the pier's length, never the extent of a collapse ("a 40m stretch of
    the pier broke away") nor of pollution ("pollution stretches 15 kilometres")."""
    word = noun.lower_ if noun.pos_ == "PROPN" else noun.lemma_.lower()
    return first_sense_kind_of(word, "artifact")


def _tally_object(anchor, subj) -> bool:
    """The figure at ``anchor`` is the bare object of a verb whose subject is a tally
    ("the toll passed 300", "the total has topped 1,200"): whatever the verb, it gives the
    tally's value; so does the bare object of a verb of going past a level, whatever the
    subject ("the damage could top 80 million euros": a figure of the damage)."""
    if anchor.dep_ == "dobj" and _lemma(subj) in _TALLY_NOUNS:
        return True
    return anchor.dep_ in OBJECT_DEPS and _lemma(anchor.head) in EXCEED_VERBS


def _set_figure(verb, anchor) -> tuple[str, str | None] | None:
    """What "put at"/"estimated at"/"rose to"/"brought the number to" sets: a tally noun in
    the clause, else the verb's object or subject noun (a relative clause's head)."""
    tally = _tally_in(verb, anchor)
    if tally is not None:
        return _measure_of_noun(tally), _owner_for_measure(tally)
    obj = next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c is not anchor), None
    )
    if obj is not None and (obj.tag_ in ("WDT", "WP") or obj.lower_ == "that"):
        if verb.dep_ == "relcl":
            obj = verb.head
    if obj is None and verb.dep_ == "relcl":
        obj = verb.head
    subj = obj if obj is not None else _subject_of(verb)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not subj.like_num:
        return _measure_of_noun(subj), _owner_for_measure(subj)
    return None


def _owner_for_measure(noun) -> str | None:
    """Whose property a measure noun is: possessive / "of X" / subject of "have a range"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _owner_text(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
            for g in child.children:
                if g.dep_ == "pobj" and not g.like_num and g.ent_type_ not in ("QUANTITY",):
                    if child.lower_ == "of" and _counted_by_tally(noun, g):
                        continue  # "the number of people evacuated": what is counted
                    return _owner_text(g)
    # "ATACMS, which have a range of ...", "HIMARS provide about 50 miles of range"
    if noun.dep_ in ("dobj", "attr", "pobj") and noun.head.pos_ in ("VERB", "AUX", "ADP"):
        v = noun.head if noun.head.pos_ != "ADP" else noun.head.head
        subj = _subject_of(v)
        if subj is not None:
            return _owner_text(subj)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    return None


def _counted_by_tally(noun, pobj) -> bool:
    """``pobj``, the "of" phrase of tally noun ``noun``, names the things counted, never
    their owner: a plural noun or a state word ("the number of people evacuated", "the
    total of homes destroyed", "the count of dead"), not "the toll of the quake"."""
    if _lemma(noun) not in _TALLY_NOUNS:
        return False
    return (
        pobj.tag_ in ("NNS", "NNPS")
        or pobj.lower_ in ("people", "persons")
        or _tallied(pobj)
        and pobj.pos_ == "ADJ"
    )


_MODEL_CODE = re.compile(r"[A-Z]{1,4}-?\d+[A-Za-z]?")


def _model_code(tok) -> bool:
    """``tok`` is a maker's model code ("SW-48", "A320", "X5"), which the tagger may take for a
    number: between a count and its noun it says which kind is counted."""
    return _MODEL_CODE.fullmatch(tok.text) is not None


def _count_noun(doc, num: _Num, hi: int):
    """The counted noun: the head the number modifies, else the first noun after it."""
    last = doc[num.end - 1]
    if num.vague:  # "thousands of [North Korean] soldiers"
        j = num.end
        while (
            j < hi
            and doc[j].pos_ in ("ADJ", "PROPN", "NOUN", "DET", "NUM")
            and doc[j].dep_ in ("amod", "compound", "det", "nmod", "nummod")
        ):
            j += 1
        if j < hi and doc[j].pos_ == "NOUN":
            return doc[j]
        return None
    head = last.head
    if _model_code(head) and head.i == last.i + 1 and head.head.i > head.i:
        head = head.head  # "17 SW-48 turbines": the model code names the kind counted
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod")
        and head.pos_ == "NOUN"
        and head.i > last.i
        and head.i - last.i <= 6
        and all(
            t.pos_ in ("ADJ", "PROPN", "NOUN", "NUM", "VERB")
            or t.text in ("-", "–")
            or _hyphen_part(t)
            or _degree_adverb(t)
            for t in doc[last.i + 1 : head.i]
        )
        and not any(t.lower_ in ("more", "than", "less", "fewer") for t in doc[last.i + 1 : head.i])
    ):
        return head
    j = num.end
    while j < hi and j <= num.end + 4:
        t = doc[j]
        if t.pos_ == "NOUN" and t.dep_ not in ("compound",) and not t.like_num:
            return t
        if (
            t.pos_ not in ("ADJ", "PROPN", "NOUN")
            and t.lower_ not in ("-",)
            and not _degree_adverb(t)
            and not _participle_modifier(t)
        ):
            break
        j += 1
    return _partitive_noun(doc, num, hi)


def _degree_adverb(tok) -> bool:
    """``tok`` is an adverb grading the modifier after it, inside a counted noun phrase
    ("11 critically endangered tortoises", "40 newly built homes"): an ``advmod`` whose
    head is the next word, itself an adjective or participle."""
    return (
        tok.pos_ == "ADV"
        and tok.dep_ == "advmod"
        and tok.head.i == tok.i + 1
        and (tok.head.pos_ == "ADJ" or tok.head.tag_ in ("VBN", "VBG", "VBD"))
    )


def _participle_modifier(tok) -> bool:
    """``tok`` is a participle modifying the noun after it ("nine spotted owls", "Eleven
    radiated tortoises"; the tagger often reads it as a verb): a past or present participle
    tag, not the clause's root, followed by an adjective, participle or noun."""
    if tok.tag_ not in ("VBN", "VBG", "VBD") or tok.dep_ == "ROOT":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and (nxt.pos_ in ("ADJ", "NOUN") or nxt.tag_ in ("VBN", "VBG", "VBD"))
        and nxt.tag_ != "NN"
    )


def _hyphen_part(tok) -> bool:
    """``tok`` is the first part of a hyphenated compound adjective, glued to the hyphen
    after it, whatever its own tag ("long" in "34 long-finned whales", "well" in "12
    well-known names")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and nxt.text in ("-", "–")
        and nxt.idx == tok.idx + len(tok.text)
        and tok.is_alpha
    )


#: the smallest figure read as a count of the group in "N of the X's customers": below it,
#: "two of the victims" is a part of a group the story counts elsewhere
PARTITIVE_MIN = 1000.0


def _partitive_noun(doc, num: _Num, hi: int):
    """The plural noun of "2.4 million of the retailer's customers" (a large figure of a
    group named with "of"), or None: a small one ("two of the dead were children") or one
    out of a counted whole ("1,200 of its 14,000 staff") is a part, not the group's count."""
    if num.value < PARTITIVE_MIN or num.end + 1 >= hi or doc[num.end].lower_ != "of":
        return None
    for t in doc[num.end + 1 : min(hi, num.end + 7)]:
        if t.like_num:
            return None
        if t.tag_ == "NNS" and t.dep_ != "compound":
            return t
        if t.pos_ not in ("DET", "PRON", "ADJ", "PROPN", "PART", "NOUN"):
            return None
    return None


_INCREMENT_WORDS = {"more", "other", "additional", "further", "extra", "new"}
#: words right before a sum that make it an addition to another ("a *further* £4,000")
_ADDED_BEFORE = frozenset({"another", "further", "additional", "extra"})
#: words right after a sum that make it an addition to another ("£4,000 *in addition to*
#: the £3,500 offered", "£500 *on top of* the refund")
_ADDED_AFTER = ("in addition to", "on top of")


def _added_after(doc, end: int, hi: int) -> bool:
    """The words at token ``end`` (before ``hi``) say the sum before them is added to
    another (:data:`_ADDED_AFTER`)."""
    return any(
        doc[end : min(hi, end + len(words.split()))].text.lower() == words
        for words in _ADDED_AFTER
    )


_OWNER_PREPS = {"at", "for", "on", "of", "with", "against", "about", "over"}
_TOPIC_PREPS = {"of", "about", "over"}  # "reports of outages at X": X owns the reports
_NOT_OWNER_ENTS = {"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "PERCENT", "MONEY"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_PLACE_PREPS = {"at", "on"}  # "at Dunmore airport" is where, "for Halden" is whose


def _owner_ent_ok(prep, pobj) -> bool:
    if pobj.ent_type_ in _NOT_OWNER_ENTS:
        return False
    return not (prep.lower_ in _PLACE_PREPS and pobj.ent_type_ in _PLACE_ENTS)


_COUNTED_CUES = {"count", "tally", "report", "process", "verify", "declare", "return"}


def _prep_owner(tok, depth: int = 2) -> str | None:
    """A name in a prepositional phrase on ``tok``: "reports of outages at PhotoApp" ->
    "PhotoApp", "30,000 for ChatApp" -> "ChatApp". Places and dates ("in the Wend valley",
    "on Tuesday") are not owners: articles name them too loosely to keep counts apart."""
    for child in tok.children:
        if child.dep_ != "prep" or child.lower_ not in _OWNER_PREPS:
            continue
        for g in child.children:
            if g.dep_ != "pobj" or not _owner_ent_ok(child, g):
                continue
            name = _name_of(g)
            if name:
                return name
            if depth > 1 and child.lower_ in _TOPIC_PREPS:
                inner = _prep_owner(g, depth - 1)
                if inner:
                    return inner
    return None


_FOLLOWING_OWNER_PREPS = {"for", "at", "against"}


def _following_owner(tok, reach: int = 8) -> str | None:
    """A name in a "for X"/"at X" phrase after a count in its clause, before any other number
    ("cast 1.2 million ballots for Greenway and 800,000 for Halden"): the parser often hangs
    such phrases on the verb, yet they say whose count it is."""
    doc = tok.doc
    for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 1 + reach)]:
        if t.like_num or t.text in (";", ":") or t.pos_ in ("VERB", "AUX"):
            return None
        if t.dep_ == "prep" and t.lower_ in _FOLLOWING_OWNER_PREPS:
            g = next((c for c in t.children if c.dep_ == "pobj"), None)
            if g is not None and _owner_ent_ok(t, g):
                return _name_of(g)
    return None


def _elided_noun(doc, num: _Num):
    """The counted noun of a conjoined bare number: in "25,000 reports at X and 30,000 for
    Y", "30,000" counts reports too. None when the number is not so conjoined."""
    head = doc[num.end - 1]
    if head.dep_ != "conj":
        return None
    noun = head.head
    if noun.pos_ == "NUM" and noun.dep_ == "nummod":
        noun = noun.head
    for _ in range(3):  # the parse may hang it on a noun inside the first count's phrase
        if _counted_noun(noun):
            return noun
        if noun.pos_ in ("VERB", "AUX"):  # "cast 1.2 million ballots for X and 800,000 ..."
            return next((c for c in noun.children if c.dep_ == "dobj" and _counted_noun(c)), None)
        if noun.dep_ != "pobj":
            break
        noun = noun.head.head
    return None


def _counted_noun(tok) -> bool:
    """A noun counted by a number before it ("25,000 reports"; not "ages 6 and 16")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children)


def _share_of(doc, anchor, lo: int, hi: int) -> tuple[str | None, str | None]:
    """(measure, owner) of a percentage: what it is a share of. "50.9% of the vote" ->
    "vote"; "with 99.5% of ballots counted" -> "ballot counted" (the progress of a count,
    another property); "Rivera took 50.83 percent" -> "take" (the reconciler reads a
    winning verb as a vote share)."""
    measure, entity = _attach_measure(doc, anchor, lo, hi, "percentage")
    named = _share_holder(anchor)
    if named is not None:
        measure, entity = named
    for t in doc[anchor.i + 1 : min(hi, anchor.i + 7)]:
        if t.lemma_.lower() in _COUNTED_CUES and t.tag_.startswith("VB"):
            return f"{measure or 'vote'} counted", None
        if t.is_punct and t.text != "-":
            break
    subj = _subject_of(anchor.head if anchor.dep_ in ("attr", "dobj", "oprd") else anchor)
    subj = _moved_stock(anchor) or subj
    verb = clause_verb(anchor)
    if subj is None and verb is not None and _lemma(verb) in _PRICE_MOVES:
        subj = _subject_of(verb)  # "The shares ended the day 3.1% lower" ("lower" on "day")
    stake = _stake_of(anchor, subj)
    if stake is not None:
        return stake
    if (
        measure in _PRICE_MOVES
        or (verb is not None and _lemma(verb) in _PRICE_MOVES)
        or (
            anchor.head.lower_ in ("down", "up")
            and subj is not None
            and _lemma(subj) in _STOCK_NOUNS
        )
    ):  # "Lumo's shares were down 6%"
        thing = _priced_thing(subj)
        if thing is not None:
            return f"{thing} price", None  # "Wholesale power prices rose 18%": not a share
        price = _share_price_owner(subj)
        stock = subj is not None and _lemma(subj) in _STOCK_NOUNS and not _product_prices(subj)
        if price is not None or stock:
            return "share price", price  # "Shares in the group fell 11%": a move of price
    if subj is not None and (
        (
            measure in _CHANGE_VERBS | {"be", "stand", "reach"}
            and (subj.pos_ == "NOUN" or subj.lower_ in _SHARE_NOUNS)
        )
        or _moves_a_thing(measure, subj)
    ):
        return subj.lower_ if subj.lower_ in _SHARE_NOUNS else subj.lemma_.lower(), None
    return measure, entity


def _moved_stock(anchor):
    """The shares a causative verb moves by the percentage: "sending its shares up 27%",
    "pushed the stock down 4%" (the object of the verb that "up"/"down" hangs on, a noun of
    :data:`_STOCK_NOUNS`), or None."""
    adv = anchor.head
    if adv.lower_ not in ("up", "down") or adv.head is adv:
        return None
    return next(
        (c for c in adv.head.children if c.dep_ == "dobj" and _lemma(c) in _STOCK_NOUNS), None
    )


def _moves_a_thing(measure: str | None, subj) -> bool:
    """A market verb moves the subject, a common noun that cannot act
    (:func:`figure_sets.can_act`): "wheat futures slid 2.1 percent", "the mark gained 0.3
    percent" are moves of the futures and the mark, whatever the verb; "the party gained 2.6
    percent" is a vote share."""
    if measure not in _PRICE_MOVES or not _common_noun(subj):
        return False
    return not can_act(subj.lemma_.lower())


#: what a holding is a share of: "12% of the shares", "a 5 percent stake"
_HOLDING_NOUNS = {"share", "stock", "stake", "equity", "holding", "capital", "voting"}
STAKE = "stake"


def _stake_of(anchor, subj) -> tuple[str, str | None] | None:
    """("stake", holder) for a percentage of a company that someone holds: "holds 12% of
    the shares", "with 12% of the shares", "a 5 percent stake", "owns 30% of Verdane's
    stock", "controls 51% of the company"; the holder is the clause's named subject or the
    named noun "with" hangs on. None for any other percentage ("shares fell 8%" is a move
    of price)."""
    of_noun = next(
        (g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None,
    )  # fmt: skip
    on_stake = anchor.dep_ in ("amod", "compound", "nummod") and _lemma(anchor.head) in (
        "stake", "holding",
    )  # fmt: skip
    if not (on_stake or _held(anchor, of_noun)):
        return None
    holder = _subject_of(anchor.head) if on_stake else subj
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with":
        holder = anchor.head.head
        while holder.dep_ == "appos" and holder.head is not holder:
            holder = holder.head  # "Aurum, its largest shareholder with 12% of the shares"
    return STAKE, _name_of(holder) if holder is not None else None


#: verbs of holding part of a company: "owns/controls/holds 51% of the company"
_HOLD_VERBS = {"own", "hold", "control", "have", "buy", "sell", "acquire", "keep", "retain"}
_COMPANY_NOUNS = {"company", "firm", "group", "business", "bank", "carrier", "airline"}


def _held(anchor, of_noun) -> bool:
    """The percentage is "of" a company's shares ("12% of the shares"), or "of" a company
    under a verb of holding ("controls 51% of the company", "owns 30% of Lumo")."""
    if of_noun is None:
        return False
    if _lemma(of_noun) in _HOLDING_NOUNS:
        return True
    company = _lemma(of_noun) in _COMPANY_NOUNS or of_noun.ent_type_ == "ORG"
    verb = anchor.head
    held = verb.lower_ == "with" or (verb.pos_ == "VERB" and _lemma(verb) in _HOLD_VERBS)
    return company and held


#: verbs of a market move: "shares in X fell 8.3%", "X ended the session down 6.8%"
_PRICE_MOVES = {"fall", "rise", "drop", "slide", "slump", "tumble", "plunge", "sink", "dip",
                "gain", "lose", "add", "shed", "jump", "climb", "soar", "surge", "rally",
                "end", "close", "finish", "trade", "open", "ease", "edge"}  # fmt: skip
_STOCK_NOUNS = {"share", "stock", "price"}
#: verbs whose figure is the size of a change, not a level or a share
CHANGE_VERBS = frozenset(_CHANGE_VERBS | _PRICE_MOVES) - {"stand", "end", "close", "finish"}


def _share_price_owner(subj) -> str | None:
    """Whose share price a market move is: "Shares in Orvane Foods" / "Orvane's stock" ->
    "Orvane Foods"; a subject that is a name the article also writes capitalised inside a
    sentence ("Orvane ended the session down 6.8%") -> that name. None for a common noun
    ("Revenue rose 3%"), for prices of what a company sells ("Kessock's list prices") or
    when no name is given ("shares fell 2%")."""
    if subj is None:
        return None
    if subj.lemma_.lower() in _STOCK_NOUNS:
        if _product_prices(subj):
            return None  # "Kessock's list prices will rise 9%": what it sells, not its shares
        for c in subj.children:
            if c.dep_ == "compound" and _company_name(c):
                return _company_name(c)  # "Verdane shares fell 8 percent"
            if c.dep_ == "poss":
                return _company_before(c) if c.lower_ in ("its", "their") else _owner_text(c)
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                g = next((x for x in c.children if x.dep_ == "pobj"), None)
                return _name_of(g) if g is not None else None
        return None
    if _common_noun(subj):
        return None  # "The Velorian mark rose 0.6 percent": a move of the mark, not of a firm
    return _company_name(subj)


def _product_prices(subj) -> bool:
    """``subj`` is "prices" of what a company sells, told by a common noun or adjective
    before it ("Kessock's list prices", "Orvane's gas prices", "its retail prices"): no
    share price ("share prices", "stock prices" are)."""
    return _lemma(subj) == "price" and any(
        (c.dep_ == "compound" and _common_noun(c) or c.dep_ == "amod" and c.pos_ == "ADJ")
        and _lemma(c) not in _STOCK_NOUNS
        for c in subj.children
    )


def _priced_thing(subj) -> str | None:
    """The common noun whose price a moving "prices" subject gives: "Wholesale electricity
    prices rose" / "the price of wheat fell" -> "electricity" / "wheat"; None when the price
    is a share price ("Verdane's share price", "stock prices") or names no thing."""
    if subj is None or _lemma(subj) != "price":
        return None
    mods = [c for c in subj.children if c.dep_ in ("compound", "poss")]
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
        mods += [g for g in prep.children if g.dep_ == "pobj"]
    things = [m for m in mods if _common_noun(m)]
    if not things or any(_lemma(m) in _HOLDING_NOUNS for m in things):
        return None
    if len(things) < len(mods):
        return None  # a company beside the noun: "Orvane's gas prices" stays its price
    return things[-1].lemma_.lower()


def _common_noun(tok) -> bool:
    """``tok`` is a common noun: tagged a noun and written in lower case, or capitalised
    only as a sentence's first word and known to WordNet as a noun ("Inflation climbed";
    not "Orvane fell")."""
    if tok.pos_ != "NOUN":
        return False
    if not tok.text[:1].isupper():
        return True
    from .lexicon import senses

    return tok.is_sent_start and bool(senses(tok.lemma_.lower(), "n"))


def _company_before(pron, sentences: int = 2) -> str | None:
    """The organisation "its"/"their" stands for: the last one named before ``pron`` in its
    sentence or the ``sentences`` before ("Orvane Foods reported ... . Its shares fell"),
    not one a possessive pronoun owns (:func:`_owned`)."""
    doc = pron.doc
    first = pron.sent.start
    for _ in range(sentences):
        if first > 0:
            first = doc[first - 1].sent.start
    orgs = [
        e for e in doc.ents
        if e.label_ == "ORG" and first <= e.start and e.end <= pron.i and not _owned(e)
    ]  # fmt: skip
    return _name_part(orgs[-1]) if orgs else None


#: possessive pronouns: a name right after one is a thing its owner has ("its Tenzadil pills")
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def _owned(ent) -> bool:
    """Entity ``ent`` follows a possessive pronoun ("pulled four batches of *its Tenzadil*
    pills"): a product or unit of the company named before, never the company "its" is."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _POSSESSIVES


def _company_name(tok) -> str | None:
    """``tok``'s name when it is a proper name: tagged so, or a capitalised word the article
    also writes capitalised away from a sentence start (the tagger misses new names)."""
    name = _name_of(tok)
    if name:
        return name
    word = tok.text
    if not word[:1].isupper() or tok.pos_ == "PRON":
        return None
    return word if any(t.text == word and not t.is_sent_start for t in tok.doc) else None


# wholes a share is often of, which the tagger may take for names at a sentence start
_SHARE_NOUNS = {"turnout", "unemployment", "inflation", "support", "approval", "participation",
                "occupancy", "vacancy", "literacy", "coverage"}  # fmt: skip


def _share_holder(anchor) -> tuple[str | None, str | None] | None:
    """(clause verb, holder) when a percentage names whose share it is: "48.66% for Tomas
    Reil", "gave Vask 51.8%", "and Reil 48.2%"; None otherwise."""
    following = _following_owner(anchor)
    verb = anchor
    for _ in range(8):  # up to the clause's verb; the root is its own head
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    lemma = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else None
    if following:
        return lemma, following
    if anchor.head.pos_ == "PROPN" and anchor.dep_ in ("appos", "compound", "nmod", "npadvmod"):
        return lemma, _name_of(anchor.head)
    dative = next((c for c in verb.children if c.dep_ in ("dative", "iobj")), None)
    if dative is not None and _name_of(dative):
        return lemma, _name_of(dative)
    return None


def _previous_noun(doc, lo: int, before: int) -> str | None:
    """For "two people were killed and five others ...", "eight workers were aboard; two
    were rescued" and "restored to many homes, but 150,000 were still cut off": the noun of
    the count (or quantified noun) before, in the same sentence."""
    for k in range(before - 1, lo - 1, -1):
        t = doc[k]
        counted = k > lo and (doc[k - 1].like_num or doc[k - 1].lower_ in _QUANTIFIERS)
        if t.pos_ == "NOUN" and counted:
            return "person" if t.lower_ in ("people", "persons") else t.lemma_.lower()
    return None


#: words that count a plural noun without a figure: "power is back in many homes, but about
#: 150,000 are still cut off" - the 150,000 are homes
_QUANTIFIERS = {"many", "some", "most", "all", "several", "thousands", "hundreds", "dozens"}


def _perfect_misread(have) -> str | None:
    """The verb of a perfect the parser read as "have" with an adjective on its object
    ("41 farms *have registered* claims": "registered" tagged VBN as a modifier of
    "claims", right after "have"): its lemma, else None. A participle after an article
    ("have *a* registered claim") is the object's modifier and stays one."""
    if have.lemma_.lower() != "have" or have.i + 1 >= len(have.doc):
        return None
    nxt = have.doc[have.i + 1]
    if nxt.tag_ != "VBN" or nxt.dep_ != "amod" or nxt.head.dep_ != "dobj" or nxt.head.head.i != have.i:
        return None
    return nxt.lemma_.lower()


def _predicate_of_count(noun):
    """(predicate lemma, entity) of a counted noun: the verb whose subject/object it is,
    or the noun it depends on through "of" ("dispatch of thousands of soldiers"); a
    participle on the noun ("14 miners trapped ...") or "on board"/"aboard" after it
    names the event itself."""
    entity = (
        _possessor(noun) or _nationality_owner(noun) or _prep_owner(noun) or _following_owner(noun)
    )
    own = _own_event(noun)
    if own is not None:
        return own, entity
    tok = _count_head(noun)
    pred = None
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj", "appos") or tok.dep_ == "ROOT":
        v = tok.head
        while v.dep_ == "conj" and v.pos_ == "NOUN":
            v = v.head
        if v.pos_ == "AUX" and v.dep_ in ("aux", "auxpass"):
            v = v.head  # "six are missing" parsed with "are" as the head
        if v.i == tok.i:
            pred = None  # no verb ("Hundreds of fans outside the gates"): the text names none
        elif v.pos_ in ("VERB", "AUX"):
            pred = (
                (VIEWERSHIP if watched_through(v) else None)
                or _object_state(v, tok)
                or consequence(v, tok, _off_supply(v, tok))
                or crowd(v, tok)
                or _verb_predicate(v, tok)
            )
            entity = _scorer_of(v, tok) or entity  # the scorer, not the side ("for Lintz")
            if pred == "have":
                pred = _perfect_misread(v) or pred  # "41 farms have registered claims"
            if pred == "have" and _held_by_writer(v, tok):
                pred = OURS  # "We have 118 passengers from this flight on our books"
        elif v.pos_ == "NOUN":
            pred = _lemma(v)
    elif tok.dep_ == "pobj":
        p = tok.head
        g = p.head
        if p.lower_ == "with" and not any(c.dep_ == "acl" for c in tok.children):
            pred = "have"  # "a plant with about 400 workers", "is ..., with 400 workers"
        elif verdict_of(g):
            pred = verdict_of(g)  # "found guilty of five of the six charges": convicted
        elif g.pos_ in ("NOUN", "VERB") or g.lower_ == "home":  # "home to 900 jobs" (ADV)
            pred = _margin_or_subject(p, g) or _lemma(g)
    return pred, entity


#: the property of a count the writer says it holds ("We have 118 passengers from this
#: flight on our books"): its own clients or stock, a part of whatever the story counts
OURS = "held by the writer"


def _held_by_writer(verb, counted) -> bool:
    """``verb`` ("have") has "we" or "I" for subject and the count is drawn from the
    story's set ("118 passengers *from this flight*") or kept "on our books", "in our
    care": the writer's own share of it. ("We now have three signatories" is the whole.)"""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children):
        return False
    drawn = any(c.dep_ == "prep" and c.lower_ == "from" for c in counted.children)
    ours = any(
        c.dep_ == "prep" and any(g.dep_ == "poss" and g.lower_ in ("our", "my") for o in c.children for g in o.children)
        for c in verb.children
    )
    return drawn or ours


#: verbs whose named subject owns the count: "Brel scored 27 goals" (Brel's, not his club's
#: 52), "Lintz conceded 31", "the firm sold 9,000 vans"; "Fenwright's runs 410 stores",
#: "Marchal runs 1,100 supermarkets": two chains' stores, never one count told twice. (Not
#: "employs": a workforce is told as "its 9,400 workers", "9,800 jobs at risk", with no
#: verb to carry the owner, and would stand apart from the named one.)
_SCORER_VERBS = {
    "score", "net", "concede", "sell", "ship", "deliver", "collect", "win",
    "run", "operate", "own",
}  # fmt: skip


def _scorer_of(verb, counted) -> str | None:
    """The named subject of a scoring verb whose object is the count ("who scored 27 goals"
    -> the relative clause's antecedent), or None (another verb, the count is the subject,
    or the subject is no name)."""
    if _lemma(verb) not in _SCORER_VERBS or counted.dep_ not in ("dobj", "conj"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    # "Some background: Harwell Foods ... runs": of two subjects, the one nearest the verb
    subj = max(subjects, key=lambda c: c.i) if len(subjects) > 1 else _subject_of(verb)
    return _name_of(subj) if subj is not None and subj.i != counted.i else None


def _possessor(noun) -> str | None:
    """The named possessor of a counted noun ("Arrieta's 31 goals", "Orvane's 640 staff"),
    or None (no possessive, or a pronoun or common noun: "its", "the club's")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    name = _name_of(poss) if poss is not None and poss.pos_ == "PROPN" else None
    return re.sub(r"['\u2019]s?$", "", name) if name else None


def _nationality_owner(noun) -> str | None:
    """A nationality or country modifying the counted noun ("North Korean troops")."""
    parts = [
        c
        for c in noun.children
        if c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound", "nmod")
    ]
    if not parts:
        return None
    ent = next((e for e in noun.doc.ents if e.start <= parts[0].i < e.end), None)
    return ent.text if ent is not None else " ".join(t.text for t in parts)


#: what a counted noun is said to be "on": "412 people on board" are aboard
_ABOARD = ("aboard", "onboard")


def _own_event(noun) -> str | None:
    """The event a counted noun carries itself: "on board"/"aboard" right after it ->
    "aboard"; a past participle on it ("miners trapped 400 metres underground", "people
    injured in the blast") -> that verb. None when the noun carries none."""
    doc = noun.doc
    nxt = doc[noun.i + 1 : noun.i + 3]
    if len(nxt) and nxt[0].lower_ in _ABOARD:
        return "aboard"
    if len(nxt) == 2 and nxt[0].lower_ == "on" and nxt[1].lower_ == "board":
        return "aboard"
    if _on_a_carrier(noun):
        return "aboard"  # "There were 186 passengers on that flight"
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1:
            return _lemma(c)
        if c.dep_ == "amod" and c.lower_ in _STATE_ADJ and c.i in (noun.i - 1, noun.i + 1):
            return _STATE_ADJ[c.lower_]  # "2,000 dead fish", "five people alive"
        if c.dep_ == "relcl" and _relative_subject(c) and not unreal_perfect(c):
            return _verb_predicate(c, noun)  # "two people who died", "those who were hurt"
    return None


#: what people travel on: "passengers on that flight", "186 people on the ferry"
_CARRIERS = frozenset(
    "flight plane aircraft airliner jet helicopter ship ferry boat vessel liner train bus "
    "coach".split()
)


def _on_a_carrier(noun) -> bool:
    """``noun`` is the subject of an existential "there were" and is followed by "on" a
    carrier of :data:`_CARRIERS` ("There were 186 passengers on that flight"): the count of
    those aboard."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "on":
        return False
    verb = noun.head
    if not any(c.dep_ == "expl" for c in verb.children):
        return False  # "the 191 passengers on the jet spent the night": the verb tells
    obj = next((c for c in doc[noun.i + 1].children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lemma_.lower() in _CARRIERS


def _relative_subject(verb) -> bool:
    """The relative clause of ``verb`` has a relative pronoun as its subject ("people who
    died"): the counted noun is what the clause says befell or did."""
    return any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that", "which")
        for g in verb.children
    )


#: adjectives before a counted noun that state what befell it: "dead fish" were killed
_STATE_ADJ = {"dead": "dead", "injured": "injure", "wounded": "wound", "missing": "missing",
              "trapped": "trap", "stranded": "strand", "infected": "infect",
              "alive": "survive", "unaccounted": "missing"}  # fmt: skip
#: the state adjectives a story uses as nouns for those in that state ("the number of dead")
STATE_WORDS = frozenset(_STATE_ADJ)


def _count_head(noun):
    """The token whose role in the clause gives a count's predicate: the first conjunct
    ("312 passengers and 41 crew were taken off"), the vague head ("thousands of")."""
    tok = _behind_dateline(noun)
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head is not tok:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in VAGUE:
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        tok = tok.head.head  # "2.4 million of the customers were told": the number's role
    return tok


_DASHES = ("-", "–", "—", "--")


def _behind_dateline(noun):
    """The token holding the clause role of a counted noun the parser hung on a dateline
    ("LORSBY, Aug 5 (Wire) - More than 5,000 fish have died": "fish" an apposition of
    "LORSBY", the subject of "died"): the dateline's head when a dash stands between it
    and the noun and the head has a role in a clause; else ``noun`` itself."""
    head = noun.head
    if noun.dep_ != "appos" or head.i >= noun.i or head.dep_ not in ("nsubj", "nsubjpass"):
        return noun
    if not any(t.text in _DASHES for t in noun.doc[head.i + 1 : noun.i]):
        return noun
    return head


#: verbs that only link a count to its real predicate: "are known to have died"
_LINK_VERBS = {"be", "know", "believe", "report", "say", "confirm", "remain", "become", "feel",
               "think", "fear", "seem", "appear", "fall", "get", "go", "find"}  # fmt: skip
#: predicates of death: "two passengers died in hospital" are dead, not hospitalised
_DEATH_PREDICATES = {"die", "kill", "perish", "drown", "dead"}


def _verb_predicate(v, tok) -> str:
    """The predicate a verb ``v`` gives its count ``tok``: the complement of a linking verb,
    the subject noun of a bare "be", "without" for outages, "die" for "lose", "ill" for
    "fell ill", "evacuate" for "taken off", "hospitalise" for a hospital in the clause."""
    comp = [c for c in v.children if _complement(c)]
    pred = _lemma(v)
    if _does_to_object(v, tok):
        return None  # "Four masked men held up a van": the men did it, nothing befell them
    if derails(v):
        return DERAIL  # "14 cars left the tracks" = "12 wagons came off the rails"
    state = _object_state(v, tok)
    if state is not None:
        return state  # "leaving three people missing": missing, not the leaving
    if pred in _LINK_VERBS and comp:
        pred = _lemma(comp[0])
        sub = [c for c in comp[0].children if c.dep_ in ("xcomp",)]
        if pred in ("unable", "able") and sub:
            pred = _lemma(sub[0])
    if pred == "be" and not comp:
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i != tok.i), None)
        if subj is not None and subj.pos_ == "NOUN":
            pred = _lemma(subj)  # "the margin was about 420,000 votes"
        elif any(c.dep_ == "prep" and c.lower_ == "without" for c in v.children):
            pred = "without"  # "185,000 homes were still without power"
    if pred in _STATE_VERBS:
        pred = _held_state(v) or pred  # "three men are under arrest", "taken into custody"
    if pred in ("lose", "leave") and _off_supply(v, tok):
        pred = "without"  # "lost power", "left ... without electricity"
    if pred == "lose":
        pred = "die"
    if pred in ("fall", "get", "become") and any(
        c.lower_ in ("ill", "sick", "unwell") for c in v.children
    ):
        pred = "ill"  # "fell ill", "got sick": however the adjective is attached
    if pred in _GUIDING_VERBS and _guided(tok) and any(_out_word(c) for c in v.children):
        pred = "evacuate"  # "taken off", "were led out onto the street", "brought out of"
    conj_sub = {t.i for c in v.children if c.dep_ == "conj" for t in c.subtree}
    in_hospital = any(_hospital_stay(t) for t in v.subtree if t.i not in conj_sub)
    if in_hospital and pred not in _DEATH_PREDICATES:
        pred = "hospitalise"
    elif pred == "treat" and treated_for_harm(v):
        pred = "injure"  # "eleven people were being treated for injuries"
    return pred


#: verbs of making people go somewhere: with "out"/"off" ("were led out", "were brought
#: out of the hotel", "taken off the ship") they remove them from a place of danger
_GUIDING_VERBS = frozenset({"take", "lead", "bring", "get", "help", "usher", "guide", "escort",
                            "walk", "carry", "move", "ferry", "shepherd"})  # fmt: skip


def _guided(tok) -> bool:
    """``tok`` names people, living things or groups of them (WordNet, :data:`_BEING_ROOTS`:
    "guests", "residents", "crew"; not "carried out 30 operations") that someone else
    moves: the verb's object or passive subject ("were led out"), not its active subject
    ("1,500 porters walked out": a strike)."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubjpass", "dobj"):
        return False
    lemma = "person" if tok.lower_ in ("people", "persons") else tok.lemma_.lower()
    return any(kind_of(lemma, root) for root in _BEING_ROOTS)


def _out_word(tok) -> bool:
    """``tok`` is the particle or preposition "out"/"off" of its verb ("led out", "brought
    out of the hotel", "taken off")."""
    return tok.lower_ in ("out", "off") and tok.dep_ in ("prt", "prep", "advmod")


#: verbs that put their subject in a state a noun names: "are under arrest", "remain in
#: custody", "were taken into custody"
_STATE_VERBS = frozenset({"be", "remain", "stay", "take", "place", "put"})
#: prepositions of such a state, and the nouns of a state that is an event's outcome
_STATE_PREPS = frozenset({"under", "in", "into"})
_STATE_NOUNS = {"arrest": "arrest", "custody": "arrest", "detention": "detain"}


def _held_state(v) -> str | None:
    """The event whose outcome a state phrase of ``v`` names ("under arrest", "in
    custody" -> "arrest"), or None."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in _STATE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and _lemma(g) in _STATE_NOUNS:
                    return _STATE_NOUNS[_lemma(g)]
    return None


#: verbs whose object is the one the event befalls ("killed three guards", "held two men",
#: "rescued 40 sailors"): their active subject did it and is counted as no victim
_DONE_TO_OBJECT = frozenset({"kill", "injure", "wound", "hurt", "arrest", "detain", "hold",
                             "rescue", "save", "treat", "admit", "trap", "deploy", "send",
                             "dispatch", "launch", "fire", "shoot", "strand", "bury"})  # fmt: skip
#: objects that are the subject's own, whatever the determiner: "lost their lives"
_OWN_OBJECTS = frozenset({"life", "home", "house", "job"})


def _does_to_object(v, tok) -> bool:
    """The count ``tok`` is the active subject of a verb of :data:`_DONE_TO_OBJECT` that has
    an object of its own, not the subject's ("two gunmen killed three guards", not "three
    climbers lost their lives"): the count is the doer of the act."""
    if tok.dep_ != "nsubj" or tok.head.i != v.i or _lemma(v) not in _DONE_TO_OBJECT:
        return False
    for obj in (c for c in v.children if c.dep_ == "dobj" and c.i != tok.i):
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        if not own and _lemma(obj) not in _OWN_OBJECTS:
            return True
    return False


def _object_state(v, tok) -> str | None:
    """The state a verb's complement puts its counted object in ("leaving three people
    missing", "left 12 passengers dead"): the state word of :data:`_STATE_ADJ`, or None (the
    count is no object, no complement follows it, or it names no known state)."""
    if tok.dep_ != "dobj" or tok.head.i != v.i or _lemma(v) in _LINK_VERBS:
        return None
    after = [c for c in v.children if _complement(c) and c.i > tok.i and c.lower_ in _STATE_ADJ]
    return _STATE_ADJ[after[0].lower_] if after else None


def _complement(tok) -> bool:
    """``tok`` completes a linking verb: "were found [dead]", "found four climbers [dead]",
    "found her [guilty]" (the parser may take an adjective for a clause of its own)."""
    return tok.dep_ in ("xcomp", "acomp", "oprd") or (
        tok.dep_ in ("advcl", "ccomp") and tok.pos_ == "ADJ"
    )


#: prepositions that put people in hospital: "treated in hospital", "taken to hospital"
_HOSPITAL_PREPS = {"in", "to", "into", "from"}
#: what a hospital is the care of: "needing hospital treatment"
_HOSPITAL_CARE = {"treatment", "care", "bed", "admission", "stay"}


def _hospital_stay(tok) -> bool:
    """``tok`` puts people in hospital ("in hospital", "taken to the hospital", "hospital
    treatment"), not a hospital as a place or a count ("at the city's three hospitals",
    "across the three hospitals", where nurses strike) nor as the source of the figure
    ("according to the regional hospital")."""
    if tok.lower_ not in ("hospital", "hospitals"):
        return False
    if tok.dep_ == "compound":
        return tok.head.lemma_.lower() in _HOSPITAL_CARE
    if tok.dep_ != "pobj" or tok.head.lower_ not in _HOSPITAL_PREPS:
        return False
    if tok.head.head.lower_ in ACCORDING_TO_FORMS[0].split():
        return False  # "40 people were hurt, according to the regional hospital": a source
    return not any(c.dep_ in ("nummod", "poss") or c.like_num for c in tok.children)


#: what homes and customers are cut off from in an outage
_SUPPLIES = frozenset(
    "power electricity heat heating gas water internet service supply signal connection".split()
)


def _off_supply(verb, figure) -> bool:
    """Whether ``verb`` ("lose", "leave") cuts its figure off a supply: "90,000 homes lost
    power", "left 40,000 homes without electricity" (an outage, not deaths or departures)."""
    for c in [*verb.children, *figure.children]:  # "without" on the verb or the noun
        if c.dep_ == "dobj" and c.i != figure.i and c.lemma_.lower() in _SUPPLIES:
            return True
    return _without_supply(verb) or _without_supply(figure)


def _without_supply(tok) -> bool:
    """Whether ``tok`` has a "without" phrase whose object is a supply: "without power",
    "without water", "without running water" (the supply parsed as the object of a
    participle: "running" the pcomp, "water" its dobj)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "without":
            continue
        for o in c.children:
            if o.dep_ not in ("pobj", "pcomp"):
                continue
            objs = [o, *(g for g in o.children if o.dep_ == "pcomp" and g.dep_ == "dobj")]
            if any(g.lemma_.lower() in _SUPPLIES for g in objs):
                return True
    return False


#: verbs of winning: "beat Reyk by 41,000 votes" gives the margin
_WIN_VERBS = {"beat", "win", "lead", "defeat", "edge", "trail", "outpoll", "finish"}
#: verbs that only place their subject at a figure: "the lead stood at 38,000 votes"
_LEVEL_VERBS = {"stand", "be", "remain", "sit", "reach", "narrow", "widen", "grow", "shrink"}


def _acts_on_object(verb) -> bool:
    """``verb`` is a verb with a direct object: a figure after "by" on it measures how far
    the act went beyond something ("took the record by two days", "beat the favourite by
    four lengths"), a margin, not the act's own size."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _margin_or_subject(prep, verb) -> str | None:
    """The property of a figure in a prepositional phrase that the verb itself does not
    name: "by N" after a verb of winning is a margin; "at N" after a verb of level is its
    subject noun's property ("lead", "turnout", "toll"); None otherwise."""
    lemma = _lemma(verb)
    if prep.lower_ == "by" and (lemma in _WIN_VERBS or _acts_on_object(verb)):
        return "margin"
    if prep.lower_ in ("at", "to") and lemma in _LEVEL_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN":
            return _lemma(subj)
    return None


# --------------------------------------------------------------------------- extraction


def _convert(value: float, unit: str) -> float:
    q = ureg().Quantity(value, unit).to_base_units()
    return float(q.magnitude)


def _si_unit(unit: str) -> str:
    q = ureg().Quantity(1.0, unit).to_base_units()
    u = f"{q.units:~}".replace(" ", "")
    return {"m/s": "m/s", "m**2": "m²", "m**3": "m³", "kg*m**2/s**2": "J", "kg*m**2/s**3": "W",
            "K": "K"}.get(u, u)  # fmt: skip


def _find_unit(doc, j: int, hi: int, num_tok):
    """A unit starting at token j: ((pint unit, dimension), end) or None. Hyphenated
    "43-metre" (number, "-", unit) is accepted."""
    k = j
    if k < hi and doc[k].text in ("-", "–") and k + 1 < hi:
        k += 1
    m = _match_lexicon(doc, k, hi, UNITS, _MAX_UNIT_LEN)
    if not m:
        return None
    (unit, dim), end = m
    key = tuple(t.lower_ for t in doc[k:end])
    if key in _AMBIGUOUS_UNITS:
        # "5 m" after digits only, not words; "m" is also a money scale, handled before
        if not any(c.isdigit() for c in num_tok.text) and num_tok.lower_ not in ("a", "an"):
            return None
        if len(doc[k].text) == 1 and doc[k].text.isupper():
            return None  # "5G", "4 K": not grams or kelvins
        if key == ("points",) and True:
            return None
    if key == ("pound",) or key == ("pounds",):
        return None  # decided by the caller (money vs mass)
    return _rate_unit(doc, (unit, dim), end, hi)


def _concentration_property(doc, fig: _Fig, anchor, lo: int, hi: int):
    """(property, owner) of a concentration: the subject of the verb the mass word is the
    complement of ("*the highest reading* was 48 micrograms per litre", "*levels* reached
    60 mg/l", "*the legal limit* is 10 micrograms per litre"), else what the unit's phrase
    attaches to (:func:`_attach_measure`)."""
    glued = fig.num.end == fig.num.start + 1 and not _DIGITS.match(doc[fig.num.start].text)
    mass = doc[fig.num.start] if glued else doc[min(fig.num.end, fig.unit_end - 1)]
    verb = mass.head
    if mass.dep_ in ("attr", "dobj", "acomp", "oprd") and verb.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj.lemma_.lower(), None
    return _attach_measure(doc, anchor, lo, hi, "concentration")


def _rate_unit(doc, unit: tuple[str, str], end: int, hi: int):
    """A unit with the unit it is per: a speed (:func:`_per_time`) or a concentration
    (:func:`_per_volume`); ``unit`` alone when none follows. Returns (unit, end)."""
    if unit[1] == "mass":
        return _per_volume(doc, unit, end, hi)
    return _per_time(doc, unit, end, hi)


#: words joining a mass to a volume in a concentration: "per litre", "/l", "a litre"
_VOLUME_JOINS = frozenset({"per", "/", "a", "an", "every", "each"})
#: volume units written short after a slash only ("48 mg/l", "35 µg/m3")
_SLASH_VOLUMES = {"l": "liter", "m3": "meter**3", "m³": "meter**3", "ml": "milliliter",
                  "dl": "deciliter"}  # fmt: skip


def _per_volume(doc, unit: tuple[str, str], end: int, hi: int):
    """A mass unit followed by a volume it is in is a concentration, whatever the two
    units ("48 micrograms per litre", "60 mg/l", "48 micrograms *of lead* per litre of
    water", "35 µg/m3"): pint divides the two. What it is of ("of lead") may stand
    between, and what the volume is of ("of water") ends the unit. Returns (unit, end) as
    :func:`_find_unit` does, the mass alone when no volume follows."""
    k = end
    if k + 1 < hi and doc[k].lower_ == "of" and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        k += 2  # "micrograms of lead per litre" ("arsenic" may be tagged an adjective)
    if k + 1 >= hi or doc[k].lower_ not in _VOLUME_JOINS:
        return unit, end
    short = doc[k + 1].lower_.rstrip(".")  # "50 mg/l." at a sentence's end: "l." one token
    if doc[k].text == "/" and short in _SLASH_VOLUMES:
        return (f"{unit[0]}/{_SLASH_VOLUMES[short]}", "concentration"), k + 2
    m = _match_lexicon(doc, k + 1, hi, UNITS, _MAX_UNIT_LEN)
    if not m or m[0][1] != "volume":
        return unit, end
    last = m[1]
    if last + 1 < hi and doc[last].lower_ == "of" and doc[last + 1].pos_ in ("NOUN", "PROPN"):
        last += 2  # "per litre *of water*": the medium, part of the unit, no property
    return (f"{unit[0]}/{m[0][0]}", "concentration"), last


#: words joining a length to a span of time in a rate: "per second", "an hour", "a minute"
_RATE_JOINS = frozenset({"per", "an", "a", "/", "every", "each"})


def _per_time(doc, unit: tuple[str, str], end: int, hi: int):
    """A length unit followed by a rate's span of time is a speed whatever the two units
    ("15 kilometres per second", "40 feet a minute", "3 miles an hour"): pint divides the
    two, so every pair converts without a lexicon entry. Returns (unit, end) as
    :func:`_find_unit` does, the length alone when no span follows."""
    if unit[1] != "length" or end + 1 >= hi or doc[end].lower_ not in _RATE_JOINS:
        return unit, end
    m = _match_lexicon(doc, end + 1, hi, UNITS, _MAX_UNIT_LEN)
    if not m or m[0][1] != "duration" or m[1] != end + 2:
        return unit, end
    return (f"{unit[0]}/{m[0][0]}", "speed"), m[1]


def _scale_abbr(tok) -> float | None:
    """The scale an abbreviation after a sum gives ("£4.5 bn" -> 1e9), or None. At a
    sentence's end the tokenizer keeps the full stop on it ("escaping with £2.8m." gives
    "m."), which is the same scale."""
    word = tok.lower_[:-1] if tok.lower_.endswith(".") and len(tok.lower_) > 1 else tok.lower_
    return None if tok.is_punct else ABBR_SCALES.get(word)


def _currency_before(doc, i: int, lo: int):
    if i > lo:
        t = doc[i - 1].lower_
        if t in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[t], i - 1
    return None


def extract_quantities(analysis: Analysis) -> list[Quantity]:
    """Every figure in the article, in text order (see the module docstring).

    Boilerplate (:mod:`consilience.boilerplate`) gives no figure and no owner: a live-blog
    entry's "22:15 -" is when it was posted, and a wire dateline's "LINDAU," is where it was
    filed, not whose figure follows."""
    doc = analysis.doc
    aid = analysis.article.id
    spans = stating_spans(article_spans(analysis.article), doc_text(doc))
    out: list[Quantity] = []
    resume = 0  # a figure may run past its sentence: "90" / "+4 min:" parsed apart
    for s_index, sent in enumerate(doc.sents):
        lo, hi = sent.start, sent.end
        i = max(lo, resume)
        while i < hi:
            q, nxt = _figure_at(doc, i, lo, hi, aid, s_index)
            if q is not None:
                if not _in_spans(spans, q.start):
                    out.append(_without_boilerplate_owner(q, doc_text(doc), spans))
                i = max(nxt, i + 1)
            else:
                i += 1
        resume = i
    _mark_earlier_years(doc, out, analysis.article.published)
    _mark_per_member(doc, out)
    _mark_earlier_forecasts(doc, out)
    _mark_unreal(doc, out)
    mark_cadences(doc, out)  # "a 36-hour week": hours per week; "over four days": a window
    out += _build_year_ages(analysis, spans)
    out.sort(key=lambda q: q.start)
    units = rate_units(doc, out)  # "One orbit takes two years": the unit of a rate
    kept = fold_restatements([q for q in out if id(q) not in units], doc_text(doc))
    kept = drop_pinned_clocks(kept, doc_text(doc))
    # "the only person arrested" is a count of one, never a rate's unit
    return sorted(kept + _only_ones(analysis, spans, kept), key=lambda q: q.start)


def _mark_earlier_forecasts(doc, figures: list[Quantity]) -> None:
    """Give each figure compared with as an earlier forecast (:func:`figure_owners.
    forecast_clause`: "profit of around £45 million, down from the £70 million it forecast
    in September") the property of the closest figure before it in its sentence with the
    same unit, marked :data:`figure_owners.EARLIER_FORECAST` ("profit forecast earlier"),
    in place of the reference mark: reports that give the old forecast differently
    disagree. Without such a figure it stays a reference. Changed in place."""
    for k, q in enumerate(figures):
        if q.qualifier != "reference" or q.dimension != "money":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span) or not forecast_clause(span[-1]):
            continue
        before = [
            p for p in figures[:k]
            if p.sentence == q.sentence and p.unit == q.unit and p.qualifier != "reference"
            and p.measure
        ]  # fmt: skip
        if before:
            q.qualifier, q.entity = None, None
            q.measure = f"{before[-1].measure} {EARLIER_FORECAST}"


def _mark_per_member(doc, figures: list[Quantity]) -> None:
    """Qualify as :data:`EACH` every count given per member of a group ("nine ministers
    each": :func:`figure_each.per_member`), which no total is compared with. A price "each"
    is a unit price ("seats cost 40 pounds each"), comparable as it is: left alone."""
    for q in figures:
        if q.dimension != "count":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) and per_member(doc, span.start, span.end):
            q.qualifier = EACH


def _mark_earlier_years(doc, qs: list[Quantity], published: str | None) -> None:
    """Mark as "reference" each figure whose own clause is dated to a year before the
    publication's ("after 2.4 tonnes were seized in 2019": :func:`figure_periods.earlier_year`):
    another event's figure, never a reading of the story's. Changes ``qs`` in place."""
    for q in qs:
        if q.dimension == "age":
            continue  # "Corliss, 51, was appointed in July 2025": her age, not the clause's
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and earlier_year(span.root, published) is not None:
            q.qualifier = "reference"


def _mark_unreal(doc, qs: list[Quantity]) -> None:
    """Mark as "reference" each figure of what would have been ("the sentence would have
    been 30 months had you been convicted after a trial") and each time since an event
    counted to the moment of writing ("It is almost four weeks since the ceiling came
    down"), each figure of a condition ("if the share price rose by 50%"), and each clock time that dates another figure ("As of 4pm today") or stands in
    an instruction ("Call us 8am to 8pm"): :mod:`consilience.figure_unreal`. None is a
    reading of the story's events.
    Changes ``qs`` in place. A clock time inside a chat export's message stamp or a
    caption file's cue timing (:func:`consilience.chat_turns.record_stamps`) is when a
    message was posted or a caption shown: "reference" too."""
    stamps = record_stamps(doc_text(doc))
    for q in qs:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if q.dimension == "time of day" and any(s <= q.start < e for s, e in stamps):
            q.qualifier = "reference"
        elif counterfactual(span) or conditional(span) or ruled(span):
            # "would have been 30 months had you ...", "if ... rose by 50%", "only one ball
            # may be released at a time": what would be, or is allowed, not what was
            q.qualifier = "reference"
        elif q.dimension == "duration" and time_since(span):
            q.qualifier = "reference"
        elif q.dimension == "count" and ratio_term(span):
            q.qualifier = "reference"  # "one instructor to eight pupils": a proportion
        elif q.dimension == "time of day" and (as_of(span) or instructed(span)):
            q.qualifier = "reference"  # "As of 4pm today, …", "Call us 8am to 8pm"


def _only_ones(analysis: Analysis, spans: list[BoilerplateSpan], found: list[Quantity]):
    """The counts of one told without a number ("the only person arrested":
    :func:`figure_only_ones.only_ones`), outside boilerplate and any figure found."""
    doc = analysis.doc
    starts = [sent.start for sent in doc.sents]
    return [
        q
        for q in only_ones(doc, analysis.article.id, lambda i: bisect_right(starts, i) - 1)
        if not _in_spans(spans, q.start)
        and not any(f.start < q.end and q.start < f.end for f in found)
    ]


def _build_year_ages(analysis: Analysis, spans: list[BoilerplateSpan]) -> list[Quantity]:
    """The age at publication of each thing whose year of build the article gives ("the
    Marit Sol, built in 1990": :func:`figure_ages.build_year_at`), as a figure of
    dimension "age" in years over [pub - year - 1, pub - year]; none for an undated
    article."""
    doc, out = analysis.doc, []
    for s_index, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            made = build_year_at(doc, i)
            if made is None:
                continue
            years = age_interval(made.year, analysis.article.published)
            start, end = doc[made.start].idx, doc[made.end - 1].idx + len(doc[made.end - 1])
            if years is None or _in_spans(spans, start):
                continue
            holder = made.holder
            out.append(Quantity(
                article=analysis.article.id, start=start, end=end,
                text=doc_text(doc)[start:end], value=float(years[1]), unit="year",
                dimension="age", low=float(years[0]), high=float(years[1]),
                noun=holder.lemma_.lower(), measure=THING_AGE,
                entity=_thing_name(holder), sentence=s_index,
            ))  # fmt: skip
    return out


def _in_spans(spans: list[BoilerplateSpan], pos: int) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _without_boilerplate_owner(q: Quantity, text: str, spans: list[BoilerplateSpan]) -> Quantity:
    """``q`` with no owner when its owner's name occurs in ``text`` only inside boilerplate
    (a dateline's "OSLAND", a photo credit's name)."""
    if not q.entity or not spans:
        return q
    hits = [m.start() for m in re.finditer(re.escape(q.entity), text)]
    if hits and all(_in_spans(spans, h) for h in hits):
        q.entity = None
    return q


@dataclass
class _Fig:
    """A figure while it is read: its number core, range partner, currency or unit,
    qualifier, and where its tokens start (``start``) and the number part ends (``after``)."""

    num: _Num
    start: int
    after: int
    high: _Num | None = None
    qual: tuple | None = None
    currency: str | None = None
    unit: tuple[str, str] | None = None
    unit_end: int = 0
    scale: float = 1.0
    anchor_end: int = 0  # end of the first part of "60 minutes 5 seconds", else 0
    negative: bool = False  # "minus 50 degrees Celsius", "-12 degrees"
    antique: bool = False  # "about 8,500 years old", "left 8,500 years ago": a thing's age


def _figure_at(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """The figure starting at token i of the sentence [lo, hi): (Quantity or None, the token
    index to resume reading at)."""
    if _in_title(doc, i, hi):
        return None, i + 1  # "the Four-Day Week Act", "the Three Rivers Show": a name
    special = _special_figure(doc, i, lo, hi, aid, s_index)
    if special is not None:
        return special
    return _plain_figure(doc, i, lo, hi, aid, s_index)


def _special_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A figure of a written form of its own at token i (a clock time, a position, a match
    minute, an age, an earthquake's magnitude, a race time): (Quantity, resume index), or
    None when no such form starts at i."""
    for reader in (_frequency_figure, _multiple_figure, _odds_figure, _fraction_figure, _score_figure, _clock_figure,
                   _series_figure, _ordinal_figure, _match_minute_figure, _magnitude_figure,
                   _race_time_figure):  # fmt: skip
        found = reader(doc, i, lo, hi, aid, s_index)
        if found is not None:
            return found
    return _age_figure(doc, i, hi, aid, s_index)


def _plain_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A number with its range, unit or currency, qualifier and property at token i:
    (Quantity or None, resume index)."""
    num = _parse_number(doc, i, hi)
    if num is None:
        return None, i + 1
    skip = _rejected(doc, num, lo, hi)
    if skip is not None:
        return None, skip
    fig = _Fig(num, num.start, num.end)
    _read_range(doc, fig, lo, hi)
    _read_currency_or_unit(doc, fig, lo, hi)
    _read_compound_duration(doc, fig, hi)
    _read_unit_fraction(doc, fig, hi)
    skip = _time_reference(doc, fig, lo, hi)
    if skip is not None:
        return None, skip
    _read_sign(doc, fig, lo)
    _read_qualifier(doc, fig, lo)
    return _build(doc, fig, lo, hi, aid, s_index)


#: words and marks that make the figure after them negative
_MINUS_WORDS = frozenset({"minus", "-", "−", "–"})
#: dimensions whose scale runs below zero, so a sign before the number is part of it
_SIGNED_DIMENSIONS = frozenset({"temperature"})


def _read_sign(doc, fig: _Fig, lo: int) -> None:
    """Mark a figure negative when "minus" or a minus mark stands right before its number
    and its unit's scale runs below zero ("stored at minus 50 degrees Celsius", "-12
    degrees"): a mark glued to the digits or the word "minus". Elsewhere a dash before a
    number is punctuation ("a 4-1 win", "pages 3 - 5"), so other dimensions are left as read."""
    i = fig.num.start
    if i <= lo or fig.unit is None or fig.unit[1] not in _SIGNED_DIMENSIONS:
        return
    before = doc[i - 1]
    if before.lower_ not in _MINUS_WORDS:
        return
    if before.lower_ != "minus" and before.whitespace_:
        return  # "27 - 30 degrees": a range's dash, not a sign
    fig.negative = True
    fig.start = min(fig.start, i - 1)


#: the property of an age that points at a known person ("the 24-year-old", "Arrieta, 23")
#: and of one that introduces someone ("a 61-year-old man")
AGE, NEW_PERSON_AGE = "age", "age, first mention"
#: the property of the age of a thing ("the 31-year-old ferry", "built in 1990"), never a
#: person's: the story's thing whether the article introduces it or points at it
THING_AGE = "years old"


def _age_property(holder, definite: bool) -> str:
    """:data:`THING_AGE` for a common noun that names no person or organisation ("ferry",
    "tower"), else :data:`AGE` (pointing at a known person) or :data:`NEW_PERSON_AGE`."""
    own_noun = holder.pos_ == "NOUN" or any(
        c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" for c in holder.children
    )  # a bare name with an age is a person's ("the 24-year-old Arrieta")
    if own_noun and is_thing(holder) and not can_act(holder.lemma_):
        return THING_AGE  # the tagger may take a ship's name for a person's: its noun decides
    nth = _nth_person(holder)
    if nth is not None:
        return f"{NEW_PERSON_AGE} ({nth})"  # "a second man, aged 19": not the first one's age
    return AGE if definite else NEW_PERSON_AGE


#: words that introduce one more person of a kind already named ("a *second* man",
#: "*another* woman"), each as the place it gives that person in the story
_NTH = {"second": "second", "third": "third", "fourth": "fourth", "fifth": "fifth",
        "another": "second", "further": "second"}  # fmt: skip


def _nth_person(holder) -> str | None:
    """The place in the story of the person ``holder`` introduces when a word of
    :data:`_NTH` modifies it ("a second man", "another woman"), else None."""
    for c in holder.children:
        if c.dep_ in ("amod", "det") and c.lower_ in _NTH and c.i < holder.i:
            return _NTH[c.lower_]
    return None


def _thing_name(tok) -> str | None:
    """The name of a thing at token ``tok`` without its article ("The Marit Sol" -> "Marit
    Sol"), or None for a common noun."""
    if tok.pos_ != "PROPN":
        return None
    name = _name_of(tok)
    return re.sub(r"^(the|a|an)\s+", "", name, flags=re.I) if name else None


def _age_figure(doc, i: int, hi: int, aid: str, s_index: int):
    """An age at token i (:func:`figure_tallies.age_at`) as a Quantity of dimension "age" in
    years, owned by the person named ("Arrieta, 23", "the 24-year-old Kim Ode"), with the
    token index to resume at; None when there is no age at i."""
    age = age_at(doc, i, hi)
    if age is None:
        return None
    holder = age.holder
    # a name the tagger knows ("Arrieta" may come out as an organisation), never a
    # nationality or a title it mistook for one ("The Uruguay international, 24")
    named = holder.pos_ == "PROPN" and (
        holder.ent_type_ == "PERSON"
        or titled(holder)
        or (age.end - age.start <= 2 and holder.ent_type_ == "ORG")
    )
    named = named or _unknown_name(holder)
    start_char = doc[age.start].idx
    end_char = doc[age.end - 1].idx + len(doc[age.end - 1].text)
    measure = _age_property(holder, age.definite)
    q = Quantity(
        article=aid, start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char],
        value=float(age.years), unit="year", dimension="age", low=age.years - 0.5,
        high=age.years + 0.5, noun=holder.lemma_.lower(),
        measure=measure,
        entity=_thing_name(holder) if measure == THING_AGE else _age_owner(holder) if named else None,
        sentence=s_index,
    )  # fmt: skip
    return q, age.end


def _age_owner(holder) -> str | None:
    """The name an age is of: the holder's proper name, or the holder itself when it is a
    name the tagger took for a common noun (:func:`_unknown_name`)."""
    return _name_of(holder) or (holder.text if _unknown_name(holder) else None)


def _unknown_name(tok) -> bool:
    """``tok`` is a capitalised word inside its sentence that the tagger took for a common
    noun and gave no type, and that WordNet does not know ("Hester"): a name."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or not tok.text[:1].isupper():
        return False
    return not lexicon.senses(tok.lower_, "n")


def _rejected(doc, num: _Num, lo: int, hi: int) -> int | None:
    """Where to resume when the number is not a figure (a phone number, a model name, an
    ordinal, a street address, a clock time, a score, an adjective like "two-handed")."""
    core_tok = doc[num.start]
    text = core_tok.text
    phone = _PHONE.match(text) and continental_digits(core_tok) is None  # not "360.000"
    if phone or (text.isdigit() and len(text) >= 2 and text.startswith("0")):
        return num.end  # phone numbers, "'09"
    g = _GLUED.match(text) or _GLUED_UNIT.match(text)
    if g and text[-1].isupper() and _currency_before(doc, num.start, lo) is None:
        return num.end  # "9600M", "4K", "5G": model names, not figures
    nxt = doc[num.end] if num.end < hi else None
    nxt2 = doc[num.end + 1] if num.end + 1 < hi else None
    if nxt is not None and nxt2 is not None and nxt.text in ("-", "."):
        if nxt2.text.isdigit() and nxt2.text.startswith("0"):
            return num.end + 2  # phone "555-0123"
    unit_glued = bool(g) and not _GLUED.match(text)  # "12mg/l", which the tagger may call
    if (core_tok.ent_type_ == "ORDINAL" and not unit_glued) or re.match(  # an ordinal
        r"^\d+(st|nd|rd|th)$", core_tok.lower_
    ):
        return num.end
    if ":" in text or "/" in text:
        return num.end
    if _is_pronoun_one(doc, num, hi) or _is_model_number(doc, num, lo):
        return num.end
    if _is_street_number(doc, num, hi):
        return num.end  # a street address: "24 Independent Street"
    if nxt is not None and nxt.lower_ in _TIME_AFTER:
        return num.end + 1  # "7 p.m.", "11 am"
    if nxt is not None and nxt2 is not None and nxt.text in ("-", "–"):
        if is_vote_pair(doc, num.start, num.end, hi):
            return None  # the sides of a vote: "the judges split 4-3"
        if _DIGITS.match(nxt2.text) and float(nxt2.text.replace(",", "")) <= num.value:
            return num.end + 2  # a score or a record: "19-7", "43 - 39"
        if _is_hyphen_adjective(doc, num, hi):
            return num.end + 2  # "two-handed", "three-time", "four-star": an adjective
    m_unit = _GLUED_UNIT.match(text)
    if m_unit and not _GLUED.match(text) and not _glued_pence(text):
        key = (m_unit.group(2).lower(),)
        if key not in UNITS or key in _AMBIGUOUS_UNITS:
            return num.end  # "320GB", "4K", "5G": not a figure we normalise
    return None


def _in_title(doc, i: int, hi: int) -> bool:
    """Token ``i`` is a number word capitalised inside a name ("the *Four*-Day Week Act",
    "the *Three* Rivers Show"): not its sentence's first word, followed (after a hyphen or
    not) by two capitalised words, in a sentence not set in title case (a headline's
    "Crash Leaves Four Dead On Ring Road" keeps its figure)."""
    tok = doc[i]
    if not (tok.is_title and tok.like_num) or tok.i == tok.sent.start:
        return False
    k = i + 1 + (1 if i + 1 < hi and doc[i + 1].text in ("-", "–") else 0)
    words = [t for t in doc[k : min(hi, k + 2)] if t.is_alpha]
    if len(words) < 2 or not all(t.is_title for t in words):
        return False
    alpha = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in alpha) < TITLE_CASE * len(alpha)


#: the share of a sentence's longer words set in capitals from which it is set in title
#: case (a headline), not prose with names in it
TITLE_CASE = 0.8


def _is_pronoun_one(doc, num: _Num, hi: int) -> bool:
    """ "one of them", "one day", "on the one hand", "the new one will": "one" that is
    not a count."""
    core_tok = doc[num.start]
    if core_tok.lower_ != "one" or num.end != num.start + 1:
        return False
    nxt = doc[num.end] if num.end < hi else None
    return (
        core_tok.pos_ == "PRON"
        or nxt is None
        or nxt.lower_ in ("of", "another", "day", "time", "way", "side", "hand")
        or _one_for_a_noun(doc, num, nxt)
    )


def _one_for_a_noun(doc, num: _Num, nxt) -> bool:
    """ "one" after a determiner or an adjective with no noun of its own after it ("*the
    new one* will be on the wall", "a bigger one"): it stands for a noun said before, and
    counts nothing ("a one-year ban" and "the one survivor" still count)."""
    if num.start == 0 or nxt.text == "-" or nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return False
    return doc[num.start - 1].tag_ in ("DT", "JJ", "JJR", "JJS", "PRP$")


def _is_street_number(doc, num: _Num, hi: int) -> bool:
    window = doc[num.end : min(hi, num.end + 4)]
    return (
        any(t.lower_ in _STREET_WORDS for t in window if t.text[:1].isupper())
        and num.end < hi
        and doc[num.end].text[:1].isupper()
    )


def _is_hyphen_adjective(doc, num: _Num, hi: int) -> bool:
    """ "two-handed", "three-time": a glued hyphen followed by neither a number nor a unit,
    nor a noun that the compound counts for the noun it modifies ("a five-storey
    building": five storeys, :func:`_hyphen_count`)."""
    hyph = doc[num.end]
    return (
        not _glued_pence(doc[num.start].text)  # "a 295p-a-share proposal": a price
        and not _hyphen_count(doc, num, hi)
        and hyph.idx == doc[num.end - 1].idx + len(doc[num.end - 1].text)
        and not _parse_number(doc, num.end + 1, hi)
        and _match_lexicon(doc, num.end + 1, hi, UNITS, _MAX_UNIT_LEN) is None
        and doc[num.end + 1].lower_ not in ("pound", "pounds", "dollar", "euro")
        and doc[num.end + 1].lower_ not in SCALES
    )


def _hyphen_count(doc, num: _Num, hi: int) -> bool:
    """ "a five-storey building", "a three-judge panel": number, hyphen and a singular noun
    (WordNet knows it as a noun, and not as an adjective: not "two-handed") that modifies
    another noun; the figure counts that noun's parts or members."""
    from . import lexicon

    if num.end + 2 >= hi or num.value != int(num.value):
        return False
    word = doc[num.end + 1]
    if word.tag_ != "NN" or word.dep_ not in ("compound", "amod", "nmod"):
        return False
    if word.head.pos_ != "NOUN" or word.head.i <= word.i:
        return False
    return bool(lexicon.senses(word.lower_, "n")) and not lexicon.senses(word.lower_, "a")


def _read_range(doc, fig: _Fig, lo: int, hi: int) -> None:
    """ "between X and Y", "X to Y", "X-Y": sets ``fig.high`` and the "range" qualifier; a
    scale word written once applies to both ends ("4.5 to 5 million")."""
    num, j = fig.num, fig.num.end
    if not (j + 1 < hi and doc[j].lower_ in ("to", "-", "–", "and") and not num.vague):
        return
    if change_start(doc, num.start, num.end, lo, hi):
        return  # "grew from 3,000 to 4,500": a change's start and end, no range
    partner = _parse_number(doc, j + 1, hi)
    if partner is None or partner.value <= num.value or partner.vague:
        return
    is_between = num.start > lo and doc[num.start - 1].lower_ == "between"
    if doc[j].lower_ == "and" and not is_between:
        return
    fig.high, fig.after = partner, partner.end
    if is_between:
        fig.start = num.start - 1
    fig.qual = ("range", fig.start, doc[fig.start : num.start].text if is_between else "")
    if num.value < 1000 <= partner.value:
        first = doc[partner.start].text
        if _DIGITS.match(first) and float(first.replace(",", "")) > 0:
            scale = partner.value / float(first.replace(",", ""))
            if scale >= 1000:
                fig.num = _Num(num.start, num.end, num.value * scale, num.rounding * scale)


_MASS_CUES = {"foot", "feet", "tall", "inch", "inches", "weight", "lbs", "weigh", "weighs",
              "weighed", "weighing", "tonne", "tonnes", "heavy", "displacement", "cargo", "load",
              "carry", "carried", "carrying"}  # fmt: skip


def _pounds(doc, j: int, lo: int, hi: int) -> tuple[str | None, tuple[str, str] | None, int]:
    """ "pounds" after a number: sterling or mass, from its sentence and article
    (:func:`consilience.figure_pounds.pounds_are_money`). Returns (currency, unit, end)."""
    if j + 1 < hi and doc[j + 1].lower_ == "sterling":
        return "GBP", None, j + 2
    if pounds_are_money(doc, j, lo, hi, _MONEY_CUES, _MASS_CUES):
        return "GBP", None, j + 1
    return None, ("pound", "mass"), j + 1


def _read_currency_or_unit(doc, fig: _Fig, lo: int, hi: int) -> None:
    """A currency before ("$", "US$") or after ("dollars", "EUR") the number, an abbreviated
    scale after a currency ("$4.5 bn"), or a unit after it ("miles", "%", "-metre"), or a
    unit glued to the digits ("10km")."""
    num, j = fig.num, fig.after
    fig.unit_end = j
    cur = _currency_before(doc, num.start, lo)
    if cur is not None:
        fig.currency = cur[0]
        fig.start = min(fig.start, cur[1])
    if fig.currency and j < hi and _scale_abbr(doc[j]) is not None:
        fig.scale = _scale_abbr(doc[j])
        if num.end == num.start + 1 and _DIGITS.match(doc[num.start].text):
            num.rounding = scaled_rounding(doc[num.start].text, fig.scale) / fig.scale
        j += 1
        fig.after = fig.unit_end = j
    if not fig.currency and _millions_of_beings(doc, fig, j, hi):
        fig.scale = ABBR_SCALES["m"]  # "about 1.3m pupils": 1.3 million, not metres
        if num.end == num.start + 1 and _DIGITS.match(doc[num.start].text):
            num.rounding = scaled_rounding(doc[num.start].text, fig.scale) / fig.scale
        j += 1
        num.end = fig.after = fig.unit_end = j  # the noun is the head of "m", as of "million"
    elif j < hi and not fig.currency:
        _read_unit_after(doc, fig, j, lo, hi)
    elif j < hi and fig.currency and doc[j].lower_ in CURRENCY_WORDS:
        fig.unit_end = j + 1
    core = doc[num.start].text
    if fig.unit is None and fig.currency is None and _glued_pence(core):
        fig.currency, fig.scale = "GBP", PENNY  # "a 295p-a-share proposal", "closed at 206p"
        return
    if fig.unit is None and fig.currency is None and not _GLUED.match(core):
        m = _GLUED_UNIT.match(core)
        if m and (m.group(2).lower(),) in UNITS and (m.group(2).lower(),) not in _AMBIGUOUS_UNITS:
            fig.unit = UNITS[(m.group(2).lower(),)]
            fig.num = _Num(num.start, num.end, float(m.group(1)), _rounding_of_digits(m.group(1)))
            rate, end = _rate_unit(doc, fig.unit, num.end, hi)  # "48µg/l"
            if rate != fig.unit:
                fig.unit, fig.unit_end = rate, end


#: WordNet classes of what is counted in millions, never measured in metres
_BEING_ROOTS = ("person", "organism", "social_group")


def _millions_of_beings(doc, fig: _Fig, j: int, hi: int) -> bool:
    """An "m" right after the digits (token ``j``) is the scale "million" when a plural
    noun of people, living things or groups of them follows ("about 1.3m pupils", "2m
    viewers", "plant 2m trees"): metres measure no such count. Not after "a"/"an" ("a 2m
    man": his height) nor for a round multiple of 50 ("100m runners", "the 400m swimmers":
    a race's distance)."""
    if j + 1 >= hi or doc[j].lower_ != "m" or not _DIGITS.match(doc[fig.num.start].text):
        return False
    noun, value = doc[j + 1], fig.num.value
    if noun.tag_ != "NNS" or (value >= 50 and value == int(value) and int(value) % 50 == 0):
        return False
    if fig.num.start > 0 and doc[fig.num.start - 1].lower_ in ("a", "an"):
        return False
    return any(kind_of(noun.lemma_.lower(), root) for root in _BEING_ROOTS)


def _read_unit_after(doc, fig: _Fig, j: int, lo: int, hi: int) -> None:
    w = doc[j].lower_
    if w in ("-", "–") and j + 1 < hi and doc[j + 1].lower_ in CURRENCY_WORDS:
        j, w = j + 1, doc[j + 1].lower_  # "the 430-million-euro spacecraft": a sum's adjective
    if w in CURRENCY_WORDS:
        fig.currency, fig.unit_end = CURRENCY_WORDS[w], j + 1
    elif w in SCALED_CURRENCY_WORDS and j > lo and doc[j - 1].lower_ in _SCALE_WORDS:
        fig.currency, fig.unit_end = SCALED_CURRENCY_WORDS[w], j + 1
    elif w in ("pound", "pounds"):
        psi = _find_unit(doc, j, hi, doc[fig.num.end - 1])  # "pounds per square inch"
        if psi is not None:
            fig.unit, fig.unit_end = psi
        else:
            fig.currency, fig.unit, fig.unit_end = _pounds(doc, j, lo, hi)
    elif w in PENCE_WORDS:
        fig.currency, fig.scale, fig.unit_end = "GBP", PENNY, j + 1  # "285 pence a share"
    elif w in CURRENCY_SYMBOLS and len(w) == 3 and doc[j].text.isupper():
        fig.currency, fig.unit_end = CURRENCY_SYMBOLS[w], j + 1
    else:
        u = _find_unit(doc, j, hi, doc[fig.num.end - 1])
        if u is not None:
            fig.unit, fig.unit_end = u


def _next_part(doc, j: int, hi: int) -> _Num | None:
    """The number of a duration's next part at token j, past a joining "," or "and"."""
    if j < hi and doc[j].text == ",":
        j += 1
    if j < hi and doc[j].lower_ == "and":
        j += 1
    part = _parse_number(doc, j, hi) if j < hi else None
    return None if part is None or part.vague else part


def _read_compound_duration(doc, fig: _Fig, hi: int) -> None:
    """One duration written in parts of falling units: "60 minutes 5 seconds", "two hours
    and 40 seconds", "1 hour, 59 minutes and 40 seconds" -> the sum, in the first part's
    unit, rounded to the last part's. A part in an equal or larger unit ("10 minutes, 20
    minutes") starts another figure."""
    if fig.unit is None or fig.unit[1] != "duration" or fig.high is not None or fig.num.vague:
        return
    first_end = fig.unit_end
    while True:
        part = _next_part(doc, fig.unit_end, hi)
        if part is None:
            return
        found = _find_unit(doc, part.end, hi, doc[part.end - 1])
        if found is None or found[0][1] != "duration":
            return
        ratio = _convert(1.0, found[0][0]) / _convert(1.0, fig.unit[0])
        if ratio >= 1.0:
            return
        num = fig.num
        fig.num = _Num(num.start, num.end, num.value + part.value * ratio, part.rounding * ratio)
        fig.unit_end, fig.anchor_end = found[1], first_end


def _read_unit_fraction(doc, fig: _Fig, hi: int) -> None:
    """A fraction joined after the unit of a whole number: "an hour and a half" (1.5
    hours), "a mile and a quarter", "two days and a half": the fraction of the unit is
    added, the figure good to a quarter of its unit."""
    if fig.unit is None or fig.high is not None or fig.num.vague or not fig.unit_end:
        return
    j = fig.unit_end
    num = fig.num
    if j + 1 >= hi or doc[j].lower_ != "and" or num.value != int(num.value):
        return
    frac = fraction_at(doc, j + 1, hi)
    if frac is None or doc[j + 1].lower_ not in ("a", "an"):
        return
    fig.num = _Num(num.start, num.end, num.value + frac[0], min(num.rounding, 0.25))
    fig.unit_end, fig.anchor_end = frac[1], fig.anchor_end or j


#: words after a span of time that place it against an event: "two months after the collapse"
_OFFSET_PREPS = {"after", "before"}


def _dates_a_saying(unit_tok) -> bool:
    """The span of time ending at ``unit_tok`` ("two months" in "..., the company said,
    two months after the collapse") places a statement or announcement in time: it hangs on
    "after"/"before" whose verb is one of saying. It dates the saying; it measures nothing
    ("the sirens sounded 40 minutes before the breach" is a warning's lead time)."""
    prep = unit_tok.head
    if unit_tok.dep_ not in ("npadvmod", "advmod") or prep.lower_ not in _OFFSET_PREPS:
        return False
    return _lemma(prep.head) in SAYING_VERBS | {"announce"}


_DURATION_EXCLUDE_BEFORE = {"next", "last", "past", "previous", "coming", "first", "final"}
_DURATION_FILLERS = {"just", "only", "about", "some", "another", "over", "roughly"}


#: words after "N years" that give the age of a thing: "8,500 years old", "made 8,500 years
#: ago" (for an ancient thing the date and the age are one property)
_AGE_AFTER = frozenset({"old", "ago"})
#: fewest years that make an antiquity: "two years ago" dates an event, "8,500 years ago"
#: ages a find (a person's "45 years old" is read by :func:`figure_tallies.age_at`)
ANTIQUITY_YEARS = 100.0
#: qualifiers of an age told as its extreme: "could be as young as 7,000 years"
AGE_EXTREMES = ("as young as", "as old as", "as recent as")


def is_antiquity(unit: str, years: float) -> bool:
    """A duration of ``years`` in ``unit`` is the age of an ancient thing when it is in
    years and at least :data:`ANTIQUITY_YEARS`."""
    return unit == "year" and years >= ANTIQUITY_YEARS


def _time_reference(doc, fig: _Fig, lo: int, hi: int) -> int | None:
    """Where to resume when the figure is a date, a year or a point in time rather than an
    amount: "in 2019", "two days ago", "the past five days", "a two-day visit"."""
    num = fig.num
    in_date = doc[num.start].ent_type_ in ("DATE", "TIME")
    if fig.unit is None and fig.currency is None and _is_date_like(doc, num):
        return num.end
    if fig.unit is not None and fig.unit[1] == "duration":
        after = doc[fig.unit_end].lower_ if fig.unit_end < hi else ""
        b = fig.start - 1
        while b > lo and doc[b].lower_ in _DURATION_FILLERS:
            b -= 1
        before = doc[b].lower_ if lo <= b < fig.start else ""
        if (
            after in _AGE_AFTER
            and not fig.num.vague  # "thousands of years ago" gives no age to compare
            and is_antiquity(fig.unit[0], fig.num.value * fig.scale)
        ):
            fig.antique = True  # "footprints about 8,500 years old": an age, not a date
            return None
        if after in _DURATION_EXCLUDE_AFTER or before in _DURATION_EXCLUDE_BEFORE or after == "-":
            return fig.unit_end
        if after in _OFFSET_PREPS and _dates_a_saying(doc[fig.unit_end - 1]):
            return fig.unit_end  # "..., it said, two months after the collapse": when
        if before == "in" and not _completed_in(doc[b]):
            return fig.unit_end  # "takes office in two months": a point in time ahead
    elif in_date and fig.unit is None and fig.currency is None and fig.high is None:
        if _counts_a_plural(doc[num.end - 1]):
            return None  # "On 9 June 2037 fourteen students ...": NER ran the date on
        measure = _attach_measure(doc, doc[num.end - 1], lo, hi, "count")[0]
        if not (_is_tally(measure) or _is_headcount(measure)):
            return num.end
    return None


def _counts_a_plural(tok) -> bool:
    """Number token ``tok`` counts a plural common noun ("fourteen *students*") with only
    adjectives and nouns between them, whatever entity label it was given (not the "9" of
    "9 June 2037 fourteen students")."""
    head = tok.head
    if tok.dep_ != "nummod" or head.pos_ != "NOUN" or head.tag_ != "NNS" or head.i < tok.i:
        return False
    return all(t.pos_ in ("ADJ", "NOUN") for t in tok.doc[tok.i + 1 : head.i])


def _completed_in(prep) -> bool:
    """ "in" before a duration names how long something took when its verb is in the past
    ("was put out in 45 minutes", "sold out in two hours") or is the infinitive of what a
    past act led to ("came back to win in two hours", an adverbial clause of a past verb),
    a point ahead otherwise ("plans to reopen in two months", "expected to land in an
    hour": complements, not adverbial clauses)."""
    verb = prep.head
    if verb.tag_ == "VB" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD":
        verb = verb.head  # "came back to win in two hours": the result of a past act
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and aux_word(c) in ("will", "would", "to") for c in verb.children
    )


def _read_qualifier(doc, fig: _Fig, lo: int) -> None:
    if fig.qual is not None:
        return
    qb = _qualifier_before(doc, fig.start, lo)
    if qb is not None and not _during(doc, qb[1], fig):
        fig.qual = qb
        fig.start = qb[1]


#: WordNet nouns of a stretch of time ("season", "summer", "year", "hour")
_PERIOD_ROOTS = ("time_period", "time_unit")


def _during(doc, start: int, fig: _Fig) -> bool:
    """The qualifier word at ``start`` is "over" as a preposition of time the parse hangs
    the counted period on ("completed the drilling over four seasons", "rose over three years"): it
    tells when, not how many ("over 400 people", parsed as a modifier of the number)."""
    prep = doc[start]
    if prep.lower_ != "over" or prep.dep_ != "prep" or fig.start != start + 1:
        return False  # "under two hours", "within 14 days" bound the span they govern
    noun = doc[fig.num.end - 1].head
    if noun.dep_ != "pobj" or noun.head.i != prep.i:
        return False
    return any(kind_of(noun.lemma_.lower(), root) for root in _PERIOD_ROOTS)


#: words that make a sum the price of one unit of a thing: "285 pence a share", "$80 per
#: barrel", "a 295p-a-share proposal", "€2 each"
_PER_WORDS = frozenset({"a", "an", "per", "each"})


#: adjectives that make a sum's noun one paid every period ("monthly fees", "an annual
#: pass"): the period they name
_PERIOD_ADJECTIVES = {"monthly": "month", "annual": "year", "yearly": "year", "weekly": "week",
                      "daily": "day", "nightly": "night", "hourly": "hour",
                      "quarterly": "quarter"}  # fmt: skip


def _sum_period(anchor) -> str | None:
    """The period the noun a sum belongs to is paid for, when an adjective names one
    ("monthly fees *of £24.99*", "the *£249* annual pass" -> month, year); None otherwise."""
    noun = anchor.head
    if anchor.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif anchor.dep_ not in ("compound", "nmod", "amod", "nummod"):
        return None
    if noun.pos_ != "NOUN":
        return None
    return next(
        (_PERIOD_ADJECTIVES[c.lower_] for c in noun.children if c.lower_ in _PERIOD_ADJECTIVES),
        None,
    )


def _price_per(doc, end: int, hi: int) -> str | None:
    """The lemma of the unit a sum is the price of, when "a"/"per" and a singular noun (or
    "each") follow the sum at token ``end`` ("285 pence a share" -> "share", "-a-share"
    glued with hyphens); None otherwise ("£3.1 billion a year" is a rate of time, read
    elsewhere, and "a share" must end the unit phrase, not open a longer one)."""
    j = end + (1 if end < hi and doc[end].text in ("-", "–") else 0)
    if j >= hi or doc[j].lower_ not in _PER_WORDS:
        return None
    if doc[j].lower_ == "each":
        return "each"
    k = j + (2 if j + 1 < hi and doc[j + 1].text in ("-", "–") else 1)
    if k >= hi or doc[k].tag_ != "NN" or kind_of(doc[k].lemma_.lower(), "time_period"):
        return None
    return doc[k].lemma_.lower()


#: units whose one name stands for a US and an imperial size ("gallons": 3.785 or 4.546
#: litres; "tons": 907 or 1,016 kg): a figure in them holds either reading
OTHER_SYSTEM = {"gallon": "imperial_gallon", "short_ton": "long_ton"}


def _either_system(
    unit: str, lo_v: float, hi_v: float, si_lo: float, si_hi: float
) -> tuple[float, float]:
    """The SI interval ``(si_lo, si_hi)`` of the surface interval ``(lo_v, hi_v)`` in
    ``unit``, widened to hold the other system's reading (:data:`OTHER_SYSTEM`)."""
    other = OTHER_SYSTEM.get(unit)
    if other is None:
        return si_lo, si_hi
    factor = _convert(1.0, other)
    return min(si_lo, lo_v * factor), max(si_hi, hi_v * factor)


def _to_si(value: float, unit: str, dimension: str) -> float:
    if dimension in ("money", "percentage", "percentage points", "count", "ordinal"):
        return float(value)
    return _convert(value, unit)


def _fraction_head(fig: _Fig, anchor):
    """The token that hangs a figure in its clause: the fraction of "a quarter of an hour"
    ("halted trading for a quarter of an hour" is the halt's length, not the quarter's),
    else ``anchor``, the figure's last token."""
    of = anchor.head
    if anchor.dep_ == "pobj" and of.lower_ == "of" and fig.start <= of.head.i < of.i:
        if of.head.lower_ in FRACTIONS:
            return of.head
    return anchor


def _measured(doc, fig: _Fig, lo: int, hi: int) -> dict:
    """Unit, SI unit, property and owner of a figure with a currency or a unit."""
    anchor = _fraction_head(fig, doc[(fig.anchor_end or fig.unit_end) - 1])
    if fig.currency is not None and anchor.head.i != anchor.i and _currency_word(anchor.head):
        anchor = anchor.head  # "estimated at EUR 140m": the code heads the phrase
    if fig.currency is not None:
        measure, entity = _attach_measure(doc, anchor, lo, hi, "money")
        if entity is not None and _glued_pence(entity.split()[0]):
            entity = None  # "295p" tagged a proper noun: the sum itself, no owner
        measure = change_by(doc, fig.start, lo) or money_property(
            anchor, _worth_of(anchor, measure)
        )
        if _more_than_after(doc, fig.unit_end, hi):
            measure = "margin"  # "lost £19.6m more than the rules allow": a difference
        if fig.qual is None and (
            doc[max(lo, fig.start - 1)].lower_ in _ADDED_BEFORE or _added_after(doc, fig.unit_end, hi)
        ):  # "pay her a further £4,000", "£4,000 in addition to the £3,500 offered"
            fig.qual = ("increment", fig.start, "increment")
        unit_price = _price_per(doc, fig.unit_end, hi)
        if unit_price is not None:
            measure = "price each" if unit_price == "each" else f"price per {unit_price}"
            measure = f"{WANTED}{measure}" if wanted(anchor) else measure  # "wants £14 an hour"
            entity = None  # "285 pence a share": the price of one share, whoever pays it
        period = _sum_period(anchor) if unit_price is None else None
        if period is not None:
            measure = f"{measure} per {period}"  # "monthly fees of £24.99": a fee per month
        return dict(unit=fig.currency, dimension="money", si_unit=fig.currency, measure=measure,
                    entity=entity, end=fig.unit_end, surface=fig.currency)  # fmt: skip
    unit, dimension = fig.unit  # type: ignore[misc]
    si_unit = {"percentage": "%", "percentage points": "pp"}.get(dimension) or _si_unit(unit)
    if dimension == "percentage":
        if anchor.lower_ == "cent" and anchor.head.lower_ == "per" and anchor.dep_ == "pobj":
            anchor = anchor.head.head  # "won with 54.2 per cent": the parse hangs it apart
        measure, entity = _share_of(doc, anchor, lo, hi)
    elif dimension == "concentration":
        measure, entity = _concentration_property(doc, fig, anchor, lo, hi)
    else:
        measure, entity = _attach_measure(doc, anchor, lo, hi, dimension)
    if dimension == "temperature":
        measure, entity = _held_at(doc, fig, lo) or (measure, entity)
    if dimension == "duration" and fig.qual is not None and _deadline(doc, fig.qual[1]):
        fig.qual = None  # "may appeal within 14 days": the time allowed, exactly 14 days
    if dimension == "duration" and (allowed := _time_allowed_for(anchor)) is not None:
        measure, entity = allowed, None  # "has seven days to lodge an appeal": the appeal's
    if dimension == "duration" and measure == "time":  # "in a time of 2 hours 3 minutes"
        measure, entity = RACE_TIME, entity if entity and entity[:1].isupper() else None
    if dimension == "duration" and _counted_to_now(anchor):
        fig.qual = ("reference", fig.start, "reference")  # "Three days after ..., the ... are"
    if dimension in _LEVEL_DIMENSIONS and _comparative_after(doc, fig.unit_end, hi):
        fig.qual = ("increment", fig.start, "increment")  # "two metres lower by Friday"
    if dimension in ("length", "duration") and _still_ahead(doc, fig, lo, hi):
        measure, entity = STILL_AHEAD, None  # "with about seven kilometres to go"
    elif dimension == "duration" and _taken_off(anchor):
        measure, entity = TAKEN_OFF, None  # "took 87 seconds off the record"
    elif dimension == "duration" and fig.unit_end < hi and doc[fig.unit_end].lower_ in OFF_TIME:
        measure = off_time_measure(doc[fig.unit_end])  # "began 50 minutes late": "begin late"
    j = fig.after
    surface = doc[j : fig.unit_end].text.lstrip("-– ") if fig.unit_end > j else unit
    return dict(unit=unit, dimension=dimension, si_unit=si_unit, measure=measure, entity=entity,
                end=fig.unit_end, surface=surface)  # fmt: skip


#: the mark of a measure a thing is held at ("stored at minus 80 degrees"): "<verb> at"
HELD_AT = " at"
#: the property of a stretch still ahead ("with seven kilometres to go", "ten minutes
#: left"): what remains of a course or a time, never the point reached or the time taken
STILL_AHEAD = "to go"
#: the property of a span taken off another ("took 87 seconds off the record"): a cut
TAKEN_OFF = "taken off"


#: measured dimensions whose figure, before a comparative, is a difference between two
#: levels ("two metres lower", "three degrees warmer"), not a level
_LEVEL_DIMENSIONS = frozenset({"length", "mass", "temperature", "area", "volume", "speed"})


def _counted_to_now(unit) -> bool:
    """The span of time at unit token ``unit`` is how long after an event the article
    writes ("*Three days* after floodwater tore through Kelby, the questions are only
    growing", "A week after the quake, rescuers are still searching"): the span's "after"
    leads a sentence whose main verb is in the present. It counts from the story's event
    to the day of writing, so two articles written on other days give other spans; it is
    no reading of the story ("sank two days after leaving port", in the past, is)."""
    after = unit.head if unit.head.lower_ == "after" else None
    if after is None:
        after = next(
            (c for c in unit.head.children if c.dep_ == "mark" and c.lower_ == "after"), None
        )
    if after is None or unit.dep_ != "npadvmod" or unit.i > after.i:
        return False
    root = unit.sent.root
    tags = {root.tag_} | {c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBZ", "VBP"}) and "VBD" not in tags


def _comparative_after(doc, end: int, hi: int) -> bool:
    """A comparative adjective or adverb right after the figure (token ``end``): "two
    metres *lower*", "5C *warmer* than", "20 km/h *faster*"."""
    return end < hi and doc[end].tag_ in ("JJR", "RBR") and doc[end].lower_ not in ("more", "less")


#: modal verbs of a permission or duty ("may appeal within 14 days", "must pay within")
_DEADLINE_MODALS = frozenset({"may", "can", "must", "should", "shall"})


def _deadline(doc, at: int) -> bool:
    """Whether the qualifier at token ``at`` is the "within" of a deadline: it hangs on a
    verb with a modal of permission or duty ("the club *may* appeal within 14 days"), so
    the span is the time allowed, not an upper bound of a time taken ("arrived within 14
    days")."""
    tok = doc[at]
    if tok.lower_ != "within" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _DEADLINE_MODALS for c in tok.head.children)


def _time_allowed_for(unit_tok) -> str | None:
    """What a span of time someone has is for, when an infinitive hangs on its unit ("the
    club has seven days *to lodge an appeal*", "they have 48 hours to respond"): the
    infinitive's object noun, else its verb (lemmas); None otherwise. "may appeal within
    14 days" names the same act."""
    if unit_tok.head.lemma_.lower() not in ("have", "get"):
        return None  # "gave them 48 hours to go": the giving names the span (as before)
    for verb in unit_tok.children:
        if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        return (obj or verb).lemma_.lower()
    return None


def _more_than_after(doc, end: int, hi: int) -> bool:
    """ "more than" / "less than" right after the figure (token ``end``): "£19.6m *more
    than* the rules allow" is the size of a difference, unlike "more than £19m" before it
    (a bound)."""
    return (
        end + 1 < hi
        and doc[end].lower_ in ("more", "less", "fewer")
        and doc[end + 1].lower_ == "than"
    )


def _still_ahead(doc, fig: _Fig, lo: int, hi: int) -> bool:
    """The words around a figure say it is still ahead: "left" or "remaining" after it
    ("two minutes left"), or "to go" after it with "with" or "still" before it ("with
    about seven kilometres to go", "still 12 laps to go"); not a span given for going
    ("gave them 48 hours to go")."""
    end = _past_of_phrase(doc, fig.unit_end, hi)
    if end >= hi:
        return False
    if doc[end].lower_ in ("left", "remaining"):
        return True
    if not (end + 1 < hi and doc[end].lower_ == "to" and doc[end + 1].lower_ == "go"):
        return False
    before = {t.lower_ for t in doc[max(lo, fig.start - 2) : fig.start]}
    return bool(before & {"with", "still"})


def _past_of_phrase(doc, end: int, hi: int) -> int:
    """The index after a short "of" phrase at ``end`` ("19 minutes *of normal time* left"),
    else ``end``."""
    if end >= hi or doc[end].lower_ != "of":
        return end
    for k in range(end + 1, min(hi, end + 5)):
        if doc[k].pos_ not in ("ADJ", "NOUN", "DET", "PROPN") and doc[k].dep_ != "amod":
            return k if k > end + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN") else end
    return end


#: nouns of a best time that a span is cut from ("87 seconds inside the old mark")
_RECORD_NOUNS = frozenset({"record", "mark", "best"})


def _taken_off(anchor) -> bool:
    """The figure is the object of "take ... off" ("took 87 seconds off the record",
    "takes two minutes off the journey") or a span "inside"/"under"/"off" a record ("87
    seconds inside the old mark"): a span cut from another."""
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    for prep in [*anchor.children, *([after] if after is not None else [])]:
        if prep.dep_ == "prep" and prep.lower_ in ("inside", "under", "off", "below"):
            if any(o.lemma_.lower() in _RECORD_NOUNS for o in prep.children if o.dep_ == "pobj"):
                return True
    verb = anchor.head if anchor.dep_ in ("dobj", "npadvmod") else None
    if verb is None or verb.lemma_.lower() != "take":
        return False
    return any(c.lower_ == "off" and c.dep_ in ("prt", "prep") for c in verb.children)


def _currency_word(tok) -> bool:
    """A currency's code, symbol or name ("EUR", "$", "euros")."""
    return tok.lower_ in CURRENCY_SYMBOLS or tok.lower_ in CURRENCY_WORDS


def _held_at(doc, fig: _Fig, lo: int) -> tuple[str, str | None] | None:
    """(``"<verb> at"``, the verb's subject) for a figure right after "at" whose clause verb
    stands before it ("samples will be stored at minus 80 degrees", "shipped at minus 50"),
    read from the tokens since parses of such clauses vary; None otherwise."""
    k = fig.start - 1
    if k <= lo or doc[k].lower_ != "at":
        return None
    verb = next((t for t in reversed(doc[max(lo, k - 6) : k]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.lemma_.lower() + HELD_AT, subj.lemma_.lower() if subj is not None else None


#: sums that are a property of their own when a figure modifies them ("a 2 million euro
#: fine" is a fine, not what something cost)
_MONEY_NOUNS = {"fee", "fine", "budget", "fund", "loan", "package", "bill", "deal", "contract",
                "salary", "wage", "bonus", "grant", "bid", "offer", "settlement", "award",
                "penalty", "compensation", "payout", "ransom", "bail", "tax", "levy", "debt",
                "profit", "revenue", "loss", "sale", "turnover", "income", "pension", "price",
                "investment", "aid", "subsidy", "rebate", "refund", "reward", "prize", "payment",
                "donation", "bailout", "stimulus", "valuation", "cost", "funding", "spending",
                "saving", "cut", "deficit", "surplus", "overrun", "claim", "damage",
                "purse", "premium", "dividend", "transfer", "buyout", "takeover", "guarantee",
                "credit", "insurance"}  # fmt: skip


def _worth_of(anchor, measure: str | None) -> str | None:
    """A sum modifying a thing ("its 210 million euro payload", "a $40 million bridge") is
    what the thing cost: measure "cost". Any other measure is kept."""
    head = anchor.head
    if anchor.dep_ not in ("compound", "amod", "nummod", "nmod") or head.pos_ != "NOUN":
        return measure
    lemma = head.lemma_.lower()
    if measure != lemma or lemma in _MONEY_NOUNS or head.i < anchor.i:
        return measure
    if any(c.dep_ == "compound" and c.lemma_.lower() in _MONEY_NOUNS for c in head.children):
        return measure  # "a £45 million loan guarantee": a loan's sum, not what it cost
    return "cost"


def _counted(doc, fig: _Fig, lo: int, hi: int) -> dict | None:
    """Counted noun, property and owner of a count; None when the number counts nothing of
    interest ("7 p.m.", "a 5.6 quake", "5G")."""
    num, high = fig.num, fig.high
    side = vote_side(doc, num.start, num.end, hi) if high is None and not num.vague else None
    if side is not None:  # "162 in favour of the motion, 147 against", "161 votes to 148"
        end = num.end + (num.end < hi and doc[num.end].lower_ in ("vote", "votes"))
        return dict(unit="", dimension="count", si_unit="", surface=None, noun="vote",
                    measure=side, entity=None, end=end)  # fmt: skip
    noun_tok = _count_noun(doc, num if high is None else high, hi)
    value = num.value * fig.scale  # "1.3m pupils": 1.3 million
    viewed = _views(noun_tok, value)
    if viewed is not None:  # "the video has been watched 2.1 million times"
        return dict(unit="", dimension="count", si_unit="", surface=None, noun="view",
                    measure=viewed, entity=None, end=noun_tok.i + 1)  # fmt: skip
    act_noun = _times_noun(noun_tok)
    if act_noun is not None:  # "the paper was cited 412 times": 412 citations
        return dict(unit="", dimension="count", si_unit="", surface=None, noun=act_noun,
                    measure=noun_tok.head.lemma_.lower(), entity=None, end=noun_tok.i + 1)  # fmt: skip
    if noun_tok is not None and (
        noun_tok.lower_ in _NON_COUNT_NOUNS
        or len(noun_tok.text) == 1
        or noun_tok.lower_ == "percent"
    ):
        return None
    if value != int(value) and value < 1000 and not num.vague:
        return None  # "a 5.6 quake", "3.2 megapixel": a rating, not a count
    out = dict(unit="", dimension="count", si_unit="", surface=None, noun=None)
    end_of_num = (high or num).end
    if noun_tok is not None and noun_tok.i >= end_of_num:
        out.update(_noun_count(doc, fig, lo, noun_tok, end_of_num))
    elif noun_tok is None and (bare := _bare_count(doc, num, lo)) is not None:
        if not bare:
            return None
        out.update(bare, end=end_of_num)
    else:
        found = _unnamed_count(doc, num, lo, hi)
        return None if found is None else {**out, **found, "end": end_of_num}
    if out["noun"] is None and (num.vague or doc[num.start].ent_type_ in ("DATE", "TIME")):
        return None
    return out


#: verbs whose "N times" counts the views, plays or downloads of a thing online
VIEW_VERBS = frozenset({"view", "watch", "see", "play", "stream", "download", "share",
                        "listen", "click", "retweet", "like"})  # fmt: skip
#: from how many "times" a count is an audience, not how often one person did something
MIN_VIEWS = 1000


def _views(noun_tok, value: float) -> str | None:
    """The verb of a count of views ("viewed more than 400,000 times", "watched 2.1 million
    times"), or None: "times" after the number, hanging on a verb of :data:`VIEW_VERBS`,
    at least :data:`MIN_VIEWS` of them ("has won three times" counts no audience)."""
    if noun_tok is None or noun_tok.lower_ != "times" or value < MIN_VIEWS:
        return None
    verb = noun_tok.head
    lemma = verb.lemma_.lower()
    return lemma if verb.pos_ == "VERB" and lemma in VIEW_VERBS else None


#: verbs whose "N times" counts the acts of a thing's record, each as the noun other
#: articles count them by ("cited 412 times" = "412 citations")
TIMES_NOUNS = {"cite": "citation"}


def _times_noun(noun_tok) -> str | None:
    """The noun of :data:`TIMES_NOUNS` when ``noun_tok`` is the "times" of "was cited 412
    times", else None."""
    if noun_tok is None or noun_tok.lower_ != "times" or noun_tok.head.pos_ != "VERB":
        return None
    return TIMES_NOUNS.get(noun_tok.head.lemma_.lower())


def _noun_count(doc, fig: _Fig, lo: int, noun_tok, end_of_num: int) -> dict:
    """Noun, property, owner and end of a count with its noun after it ("two more bodies",
    "five others", "four missing", "the five charges" of a part); marks an increment on
    ``fig``."""
    num = fig.num
    noun = noun_tok.lemma_.lower()
    noun = "person" if noun_tok.lower_ in ("people", "persons") else noun
    measure, entity = _predicate_of_count(noun_tok)
    out = dict(noun=noun, measure=measure, entity=entity, end=noun_tok.i + 1)
    between = {t.lower_ for t in doc[end_of_num : noun_tok.i]}
    if between & _INCREMENT_WORDS == {"new"} and (_brings_about(measure) or _made_thing(noun)):
        # "buying 50 new jets", "900 new jobs will be created"; "pay for 40 new trains"
        between.discard("new")
    before_tok = doc[fig.start - 1].lower_ if fig.start > lo else ""
    if between & _INCREMENT_WORDS or before_tok in ("another", "further", "additional"):
        fig.qual = ("increment", fig.start, "increment")  # "two more bodies": a change
    if noun in ("other", "others"):
        out["noun"] = _previous_noun(doc, lo, num.start) or noun
    if _is_state_word(noun_tok, num):  # "leaving four missing": a state, not a noun
        out.update(_state_count(doc, lo, num, noun_tok))
    if is_whole(noun_tok, doc[num.end - 1]) and _own_event(noun_tok) is None:
        out["measure"] = WHOLE  # "the five charges" of "three of the five charges"
    if before_tok in _REST_WORDS or between & _REST_WORDS:
        out["measure"] = REST  # "the remaining six libraries": the others, not those told of
    on_to = noun_tok.dep_ == "pobj" and noun_tok.head.lower_ in ("on", "to")
    if noun == "point" and (on_to or before_tok in ("on", "to")):
        out["measure"] = POINTS_TOTAL  # "leaves Port Lannock on 19 points", "up to 22 points"
    return out


#: the property of a side's points in a league table ("on 19 points", "moved up to 22
#: points"), which changes with every match
POINTS_TOTAL = "points total"


#: the property of a count of the rest of a set ("the remaining six libraries", "the other
#: five members"): never the count of the part a story is about
REST = "rest"
_REST_WORDS = frozenset({"remaining", "other"})


def _made_thing(noun: str) -> bool:
    """Whether ``noun`` names a made thing (WordNet: an "artifact": trains, cameras, homes,
    jets). "40 new trains" tells what the trains are (newly built or bought), whatever the
    verb ("pay for", "points to"); a tally of happenings moves by "new" ones ("12 new
    cases", "two new bodies", "300 new jobs"), never a count of made things."""
    return bool(noun) and kind_of(noun, "artifact")


@functools.lru_cache(maxsize=4096)
def _brings_about(verb: str | None) -> bool:
    """Whether the act ``verb`` makes or acquires its object (WordNet: one of its first two
    senses is, or is under, "make, create" or "get, acquire" within three steps: buy,
    build, produce, create, gain). Of such an act "new" tells what the things are ("buying 50
    new jets", "900 new jobs will be created"), not a rise of a tally told before ("12 new
    cases were reported"), so the count is the act's own figure, no increment."""
    from .lexicon import reaches, senses

    if not verb:
        return False
    targets = frozenset(senses(w, "v")[0] for w in ("create", "acquire") if senses(w, "v"))
    return reaches(verb, "v", targets, first=2, depth=3)


def _bare_count(doc, num: _Num, lo: int) -> dict | None:
    """Noun, property and owner of a number with no noun after it, read off its clause: a
    state ("23 missing", "leaving seven missing"), a part ("three of the five charges"),
    a subject ("two were rescued"), a conjoined count ("... and 30,000 for Y"). None when
    none of these applies, {} when one applies but names no noun (no figure)."""
    last = doc[num.end - 1]
    if last.dep_ in ("nummod", "amod") and _is_state_word(last.head, num):  # "23 missing"
        return _state_count(doc, lo, num, last.head)
    part = part_at(last)
    if part is not None:
        return _part_count(part, last)
    state = _state_of_object(last)
    if state is not None:  # "leaving seven missing": those put in that state
        noun = _previous_noun(doc, lo, num.start) or _people_by_event(state)
        return {"noun": noun, "measure": state, "entity": None} if noun else {}
    if last.dep_ in ("nsubj", "nsubjpass"):
        measure, entity = _predicate_of_count(last)
        noun = _previous_noun(doc, lo, num.start) or _people_by_event(measure)
        return {"noun": noun, "measure": measure, "entity": entity} if noun else {}
    elided = _elided_noun(doc, num)
    if elided is not None:
        measure, _ = _predicate_of_count(elided)
        owner = _prep_owner(last) or _following_owner(last)
        return {"noun": elided.lemma_.lower(), "measure": measure, "entity": owner}
    return _pronoun_count(last)


def _pronoun_count(num_tok) -> dict | None:
    """Noun, property and owner of a count whose noun is a pronoun after "of": "I counted
    36 of them" counts the plural noun told just before, "2,000 of you" counts people
    (:mod:`consilience.figure_antecedents`); None for any other number."""
    noun = pronoun_count_noun(num_tok, _is_unit_noun)
    if noun is None:
        return None
    measure, entity = _predicate_of_count(num_tok)
    return {"noun": noun, "measure": measure, "entity": entity}


def _is_unit_noun(tok) -> bool:
    """Whether noun ``tok`` is a unit of measure or a currency ("metres", "days", "euros"):
    no set a count "of them" could count."""
    words = (tok.lower_, tok.lemma_.lower())
    return any((w,) in UNITS or w in CURRENCY_WORDS for w in words)


def _unnamed_count(doc, num: _Num, lo: int, hi: int) -> dict | None:
    """Noun, property and owner of a number that counts through a noun of its clause: a
    headcount ("a crowd of 38,211"), a count that changed ("cases rose to 52"), a tally
    ("the toll rose to 76"); None for any other number."""
    measure, entity = _attach_measure(doc, doc[num.end - 1], lo, hi, "count")
    if _is_headcount(measure) and not num.vague:
        # "a crowd of 38,211", "the workforce is about 1,800": a count of people; a
        # crowd is nobody's property (the parse hangs the scorer of a goal on it)
        if measure.split()[-1] in _EVENT_HEADCOUNTS:  # type: ignore[union-attr]
            entity = None
        return {"noun": "person", "measure": measure, "entity": entity}
    changed = _changed_count(doc[num.end - 1])
    if changed is not None and not num.vague:
        return changed  # "measles cases rose to 52": 52 cases
    if not _is_tally(measure) or num.vague:
        return None
    # "the toll rose to 76": a tally, even where the tagger saw a year
    return {"measure": measure, "entity": entity, **_tally_thing(doc, lo, num.start)}


def _is_state_word(tok, num: _Num) -> bool:
    """``tok``, counted by a number above one, is an adjective the parser took for a singular
    noun ("leaving four missing", "23 missing", "40 wounded"): WordNet knows the word as an
    adjective (:func:`consilience.lexicon.senses`) and the count does not make it plural."""
    from . import lexicon

    if num.value <= 1 or tok.i < num.end or tok.tag_ not in ("NN", "JJ", "VBG", "VBN"):
        return False
    return bool(lexicon.senses(tok.lower_, "a"))


def _state_count(doc, lo: int, num: _Num, state_tok) -> dict:
    """Noun, property and owner of a count of those in a state ("four missing"): the noun
    counted before it in the sentence, else people when only people are in that state."""
    state = _STATE_ADJ.get(state_tok.lower_, state_tok.lower_)
    noun = _previous_noun(doc, lo, num.start) or _people_by_event(state)
    return {"noun": noun, "measure": state, "entity": None}


def _state_of_object(num_tok) -> str | None:
    """The state a verb puts a bare number in ("leaving seven missing", "left 12 dead"):
    the lemma of the verb's complement, or None (the number is no object, or no
    complement follows it)."""
    if num_tok.dep_ != "dobj":
        return None
    comp = next((c for c in num_tok.head.children if _complement(c) and c.i > num_tok.i), None)
    return _lemma(comp) if comp is not None else None


def _part_count(part: Part, num_tok) -> dict:
    """Noun, property and owner of a part of a whole (:mod:`consilience.figure_parts`) as
    ``{"noun", "measure", "entity"}``: "upheld three of the five charges" -> charges
    upheld; "14 of which were false alarms" -> alarms, with no event (the copula names
    what they were, not what befell them)."""
    noun_tok = part.noun
    noun = "person" if noun_tok.lower_ in ("people", "persons") else noun_tok.lemma_.lower()
    measure, entity = (None, None) if part.named else _predicate_of_count(num_tok)
    if part.apposed and part.whole is not None:
        measure = _predicate_of_count(part.whole)[0]  # "31 people, 26 of them children, were taken to hospital"
    if entity is None and part.whole is not None:
        entity = _possessor(part.whole) or _prep_owner(part.whole)
    return {"noun": noun, "measure": measure, "entity": entity}


def _changed_count(last) -> dict | None:
    """The count a bare number sets through a change verb whose subject is a plural noun
    ("Measles cases ... rose to 52", "flights cancelled have climbed to 160", "deaths reached
    40") as ``{"noun", "measure", "entity"}``; None for any other number."""
    verb = last.head
    if last.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head
    elif last.dep_ != "dobj" or _lemma(verb) != "reach":
        return None
    if _lemma(verb) not in _CHANGE_VERBS:
        return None
    if any(c.dep_ == "dobj" and c.i != last.i for c in verb.children):
        return None  # "airlines cut flights to 12": the object moved, not the subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or _lemma(subj) in _TALLY_NOUNS:
        return None
    noun = "person" if subj.lower_ in ("people", "persons") else subj.lemma_.lower()
    entity = _nationality_owner(subj) or _prep_owner(subj)
    return {"noun": noun, "measure": _own_event(subj), "entity": entity}


def _tally_thing(doc, lo: int, before: int) -> dict:
    """What a tally counts, from "the number of protesters arrested rose to 88": the noun
    ("protester") and the event ("arrest") as ``{"noun", "measure"}``; {} when unsaid."""
    for t in doc[lo:before]:
        if t.lemma_.lower() not in _TALLY_NOUNS or t.pos_ != "NOUN":
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            g = next((c for c in prep.children if c.dep_ == "pobj" and _tallied(c)), None)
            if g is None or g.lemma_.lower() in ("death", "fatality", "casualty", "injury"):
                continue
            if g.pos_ == "ADJ":  # "the number of dead": those in that state
                return {"noun": g.lower_, "measure": _STATE_ADJ[g.lower_]}
            out = {"noun": "person" if g.lower_ in ("people", "persons") else g.lemma_.lower()}
            nxt = doc[g.i + 1] if g.i + 1 < before else None
            if nxt is not None and nxt.tag_ == "VBN":
                out["measure"] = nxt.lemma_.lower()
            return out
    return {}


def _tallied(tok) -> bool:
    """``tok`` names what a tally counts: a noun, or a state adjective the parser kept as an
    adjective ("the number of [dead]", "of [injured]")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.lower_ in _STATE_ADJ)


#: nouns that are a number of people by themselves: "a crowd of 41,000", "a workforce of 900"
_HEADCOUNT_NOUNS = {"crowd", "attendance", "audience", "gate", "workforce", "staff", "headcount",
                    "payroll", "membership"}  # fmt: skip
_EVENT_HEADCOUNTS = {"crowd", "attendance", "audience", "gate"}
#: predicates that only people undergo: a bare number as their subject counts people
#: ("19 were taken to hospital", "Thirty-one were treated at Port Aven General")
_PERSON_PREDICATES = {"die", "kill", "injure", "hurt", "wound", "treat", "hospitalise",
                      "rescue", "evacuate", "arrest", "detain", "missing", "miss", "trap", "save",
                      "admit", "discharge", "drown", "strand", "displace", "employ",
                      "aboard", ATTEND}  # fmt: skip


def _is_headcount(measure: str | None) -> bool:
    return bool(measure) and measure.split()[-1] in _HEADCOUNT_NOUNS  # type: ignore[union-attr]


def _people_by_event(predicate: str | None) -> str | None:
    """ "person" when a bare count's predicate is one only people undergo, else None."""
    return "person" if predicate in _PERSON_PREDICATES else None


def _is_tally(measure: str | None) -> bool:
    return bool(measure) and measure.split()[-1] in _TALLY_NOUNS  # type: ignore[union-attr]


_SMALL_MEASURES = {"length", "mass", "speed", "area", "volume", "duration"}


def _small_measure(dimension: str, value: float, rounding: float) -> bool:
    """A bare measure given as one whole digit ("2 km", "one mile", "3 tonnes"): the writer
    chose the unit to make it round, so it carries :data:`ROUND_FIGURE`, not half a unit
    (which would make "2 km" absorb a mile, a 1.24x difference). Qualified figures ("nearly
    4 miles") and ranges ("3 to 5 km") keep the half unit."""
    return (
        dimension in _SMALL_MEASURES
        and 1 <= value < 10
        and value == int(value)
        and (rounding >= 0.5)
    )


#: how far "about" may stray for a length of time given to one significant digit ("about
#: twenty minutes", "about three hours", "about 90 minutes"): people guess durations more
#: loosely than they count (a witness's "about twenty minutes" for a wait of seventeen), so
#: a fifth either way, not a tenth
DURATION_APPROXIMATION = 0.2


def _approximation(value: float, rounding: float) -> float:
    """How far "about"/"nearly" may stray, relative to the figure: 10 % for a round figure
    ("about 600", one significant digit); for one given to two or more digits ("some
    41,000", "about 3.2 million") 5 %, but never more than two units of its last digit
    (four times its half-unit ``rounding``): a writer who gives the digit vouches for it,
    so "about 9,800" is 9,600-10,000 and disputes 9,400 (5 % would reach 9,310)."""
    if not value or _one_digit(value, rounding):
        return 0.1
    return min(0.05, 4 * rounding / abs(value))


def _one_digit(value: float, rounding: float) -> bool:
    """The figure was given to one significant digit (or coarser): its half-unit rounding
    is at least a twentieth of it ("100", "1 million", "2 km"), or is the
    :data:`ROUND_FIGURE` share of a round figure ("300", "5 billion": a fortieth). A
    figure of two digits starting with 1 ("150", "about 180 million") lies between and is
    no round figure: "about 150 million" is 142.5-157.5 million and disputes "about 180"."""
    ratio = abs(value) / rounding if rounding else math.inf
    return ratio <= 20 + 1e-9 or abs(ratio - 1 / ROUND_FIGURE) < 1e-6


def _interval(kind: str | None, value: float, rounding: float, fig: _Fig, dimension: str):
    """(low, high, kind) in surface units for a qualifier kind (see the module docstring)."""
    if kind == "range":
        hv = fig.high.value * fig.scale if fig.high else value
        hr = fig.high.rounding * fig.scale if fig.high else 0.0
        return value - rounding, hv + hr, kind
    if fig.num.vague:
        return value, fig.num.vague_high * fig.scale, "vague"  # type: ignore[operator]
    share = _approximation(value, rounding)
    if dimension == "duration" and value and float(f"{value:.1g}") == value:
        share = DURATION_APPROXIMATION  # "about thirty minutes": a guess at a length of time
    widened = max(rounding, share * value)
    if kind == "about":
        return value - widened, value + widened, kind
    if kind == "nearly":
        return value - widened, value, kind
    if kind == "max":
        return 0.0, value + rounding, kind
    if kind == "max-about":
        return 0.0, value + widened, kind
    if kind == "min":
        # "more than X": [X, MIN_BOUND_REACH X]; small counts get room for a couple more
        hi_v = value * MIN_BOUND_REACH
        return value, max(hi_v, value + 2) if dimension == "count" else hi_v, kind
    if kind == "under":
        return 0.0, value, kind
    if kind == "within":
        return 0.5 * value, value + rounding, kind
    return value - rounding, value + rounding, kind


#: how far above X a lower bound "more than X" / "over X" / "at least X" reaches. News
#: writes the bound next to the figure it means: in the gold of s5-s18 "a little over four
#: hours" agrees with "about four hours" and disputes "six hours", "more than six months"
#: disputes "almost five", "at least two weeks" disputes "six weeks"; 1.25 keeps "over
#: three days" beside "three" and "four days" and "just over two years" beside 2.1 years.
MIN_BOUND_REACH = 1.25


def _aged(fig: _Fig, doc, info: dict) -> bool:
    """The figure is the age of an ancient thing: "8,500 years old" / "8,500 years ago"
    (:func:`is_antiquity`), or years qualified as an age's extreme ("as young as 7,000
    years")."""
    if info["dimension"] != "duration" or fig.unit is None or fig.unit[0] != "year":
        return False
    extreme = fig.qual is not None and (fig.qual[2] or "").lower() in AGE_EXTREMES
    return fig.antique or (extreme and is_antiquity("year", fig.num.value * fig.scale))


def _build(doc, fig: _Fig, lo: int, hi: int, aid: str, s_index: int):
    """The Quantity of a read figure: (Quantity or None, index to resume at)."""
    num = fig.num
    if fig.currency is not None or fig.unit is not None:
        info = _measured(doc, fig, lo, hi)
        info["noun"] = None
    else:
        info = _counted(doc, fig, lo, hi)
        if info is None:
            return None, num.end
    value, rounding = num.value * fig.scale, num.rounding * fig.scale
    bare = fig.qual is None and fig.high is None and not num.vague
    if bare and _small_measure(info["dimension"], num.value, num.rounding):
        rounding = ROUND_FIGURE * value  # "2 km", "one mile": round, but not by half a unit
    kind = fig.qual[0] if fig.qual else None
    exceeded = kind is None and not num.vague and exceeded_bound(doc[num.end - 1])
    if exceeded:
        kind = "min"  # "the damage could top 80 million euros": more than 80 million
    if fig.negative:  # read mirrored: "above minus 30" is "under 30" below zero
        mirrored = {"min": "under", "under": "min"}.get(kind, kind)
        lo_v, hi_v, _ = _interval(mirrored, value, rounding, fig, info["dimension"])
        value, lo_v, hi_v = -value, -hi_v, -lo_v
    else:
        lo_v, hi_v, kind = _interval(kind, value, rounding, fig, info["dimension"])
    if info["dimension"] == "count":
        lo_v = max(lo_v, 0.0)
    unit, dimension = info["unit"], info["dimension"]
    if _aged(fig, doc, info):
        unit, dimension = "year", "age"  # in years, as every age is
        info = {**info, "si_unit": "year", "measure": THING_AGE, "entity": None}
        info["surface"] = "year"
    if dimension == "age":
        si_val, si_lo, si_hi = value, lo_v, hi_v
    elif dimension == "temperature":
        si_lo, si_hi, si_val = (_to_si(v, unit, dimension) for v in (lo_v, hi_v, value))
    else:
        si_val = _to_si(value, unit, dimension)
        factor = si_val / value if value else _to_si(1.0, unit, dimension)
        si_lo, si_hi = _either_system(unit, lo_v, hi_v, lo_v * factor, hi_v * factor)
    end_tok = info["end"]
    start_char = doc[fig.start].idx
    end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
    if fig.scale != 1 and doc[end_tok - 1].text.endswith("."):
        end_char -= 1  # "£2.8m." at a sentence's end: the full stop is not the figure's
    qual = fig.qual
    q = Quantity(
        article=aid,
        start=start_char,
        end=end_char,
        text=doc_text(doc)[start_char:end_char],
        value=_round6(si_val),
        unit=info["si_unit"],
        dimension=dimension,
        low=_round6(si_lo),
        high=_round6(si_hi),
        qualifier=(
            qual[2].lower()
            if qual and qual[2]
            else (kind if kind in ("range", "vague", "increment") else None)
        ),
        surface_unit=info["surface"],
        noun=info["noun"],
        measure=info["measure"],
        entity=info["entity"],
        sentence=s_index,
    )
    if num.vague:
        q.qualifier = num.vague.lower()
    if exceeded:
        q.qualifier = "exceeding"
    if reference_cue(doc[num.end - 1]) is not None:
        q.qualifier = "reference"  # "beats the 40 million euros paid for a winger"
    elif change_start(doc, num.start, num.end, lo, hi):
        q.qualifier = "reference"  # "lengthened from 41,000 years to 100,000": the old value
    return q, end_tok


# --------------------------------------------------------------------------- clock, ordinal

_CLOCK_QUALIFIERS = {
    ("shortly", "after"): "min", ("just", "after"): "min", ("soon", "after"): "min",
    ("after",): "min", ("shortly", "before"): "under", ("just", "before"): "under",
    ("before",): "under", ("by",): "under",
}  # fmt: skip
_CLOCK_SLACK = 30 * 60.0  # "after 2 a.m.": within half an hour of it
_CLOCK_ABOUT = 5 * 60.0  # "about 1:30 a.m.": within five minutes


def _clock_qualifier(doc, start: int, lo: int) -> tuple[str, int, str] | None:
    for n in (2, 1):
        key = tuple(t.lower_ for t in doc[max(lo, start - n) : start])
        if len(key) == n and key in _CLOCK_QUALIFIERS:
            return _CLOCK_QUALIFIERS[key], start - n, doc[start - n : start].text
    return _qualifier_before(doc, start, lo)


_CLOCK_NEAR = 15 * 60.0  # "shortly before 3:40 a.m.": within a quarter of an hour
_NEAR_WORDS = {"shortly", "just", "soon", "moments", "minutes"}


def _clock_interval(
    seconds: float, rounding: float, kind: str | None, text: str = ""
) -> tuple[float, float]:
    """A time of day's interval in seconds after midnight: "about" is ±5 minutes (a relative
    10 % means nothing on a clock), "after"/"before" allow half an hour, "shortly/just
    before/after" a quarter of an hour (``text`` is the qualifier as written); both twice
    that before or after a whole hour, whose writer rounds to the hour ("shortly before 3
    p.m." reaches back to 2:30, "shortly before 2:40 p.m." to 2:25); "by" a time is a
    deadline, met at any earlier time of the day."""
    if text.lower() == "by":
        return 0.0, seconds + rounding  # "had put the fire out by 6am": at any time before
    near = text.split()[:1] and text.split()[0].lower() in _NEAR_WORDS
    slack = (_CLOCK_NEAR if near else _CLOCK_SLACK) * (2.0 if seconds % 3600 == 0 else 1.0)
    if kind == "about":
        r = max(rounding, _CLOCK_ABOUT)
        return seconds - r, seconds + r
    if kind in ("nearly", "under", "max", "max-about"):
        return seconds - slack, seconds + rounding
    if kind == "min":
        return seconds - rounding, seconds + slack
    return seconds - rounding, seconds + rounding


def _clock_anchor(doc, start: int, end: int):
    """The token of the clock time ``doc[start:end]`` that hangs it in its clause: its last
    token, unless the parser hung that one on another verb as punctuation ("... and was
    brought under control shortly after 7 p.m.": "p.m." on the first conjunct), then the
    last token whose head lies outside the time."""
    last = doc[end - 1]
    if last.dep_ != "punct":
        return last
    inside = range(start, end)
    outer = [t for t in doc[start:end] if t.head.i not in inside and t.dep_ != "punct"]
    return outer[-1] if outer else last


def _clock_event(anchor, particle: bool = False) -> tuple[str | None, str | None]:
    """(event verb lemma, owner) of a time of day: the verb whose clause holds it ("struck
    the bridge at 1:28 a.m." -> "strike") and that verb's subject, when it is a name; with
    ``particle``, a phrasal verb's particle too ("kick off": a clock's event)."""
    verb, noun = anchor, None
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
        if noun is None and verb.pos_ == "NOUN":
            noun = verb  # "addressed supporters ... at 11:40 p.m." parsed without a verb
    if verb.pos_ not in ("VERB", "AUX"):
        last = verb if verb.pos_ == "NOUN" else noun
        return (last.lemma_.lower() if last is not None else None), None
    subj = _subject_of(verb)
    lemma = verb.lemma_.lower()
    if lemma in _WALKOUT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("work", "tool") for c in verb.children
    ):
        lemma = "walk"  # "stopped work at 7 a.m.", "downed tools at noon": a strike began
    if enters(verb):
        lemma = ENTER  # "got in through a skylight", "broke into the museum"
    elif derails(verb):
        lemma = DERAIL  # "left the tracks at 4:15 a.m." = "derailed at 04:40"
    elif fails(verb, subj, _SUPPLIES):
        lemma = FAILURE  # "the system went down at 6:15", "the network failed at noon"
    elif restores(verb):
        lemma = RESTORED  # "power was back by 11 p.m.", "reconnected the last customers"
    if lemma in ONSET_VERBS:
        return lemma, _name_of(subj) if subj is not None else None  # "the fire broke out"
    if particle and lemma == verb.lemma_.lower():
        lemma = _with_particle(verb, lemma)  # "kicked off at 19:45" is no "kicked"
    if when_entering(verb) or when_entering(anchor):
        return ENTER, None  # "the raid happened at 2:30 a.m., when three men forced a door"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj" and verb.head.lemma_.lower() != lemma:
        # "The fire started at 6:52 a.m. and was brought under control shortly before
        # 10 a.m.": a second act of the subject the first conjunct names, its own time
        return lemma, None
    subjects += [subj] if subj is not None else []
    subjects += perceived(verb)
    if finding_verb(lemma):
        return lemma, None  # "the leak was discovered at 8.15am": the finding's moment
    event = next((h for h in map(happening, subjects) if h), None)
    return event or lemma, _name_of(subj) if subj is not None else None


def _with_particle(verb, lemma: str) -> str:
    """``lemma`` with the particle of phrasal ``verb`` ("kick off", "call off"): the match
    that kicked off at 19:45 and was called off at 9.52pm are two moments."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma} {prt}" if prt else lemma


#: verbs that with "work" or "tools" start a strike: "stopped work", "downed tools"
_WALKOUT_VERBS = {"stop", "down", "lay", "put"}


def _clock_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A time of day at token i ("1:28 a.m.", "about 1.30am (0530 GMT)"), as a Quantity of
    dimension "time of day" in seconds after midnight; a parenthetical restatement in another
    zone is read as part of it. None when there is no clock time at i."""
    clock = clock_at(doc, i, hi)
    if clock is None:
        return None
    k = clock.end
    while k < hi and doc[k].lower_ in ("local", "time"):
        k += 1  # "2:20 a.m. local time (0620 GMT)"
    resume = restatement_end(doc, k, hi) or clock.end
    qual = _clock_qualifier(doc, clock.start, lo)
    start = qual[1] if qual else clock.start
    kind, said = (qual[0], qual[2]) if qual else (None, "")
    low, high = _clock_interval(clock.seconds, clock.rounding, kind, said)
    if clock.rounding < 1.0:
        low = min(low, clock.seconds - clock.seconds % 60)  # "10:05:50" is "10:05" cut short
    measure, entity = _clock_property(doc, clock, lo, hi)
    start_char = doc[start].idx
    end_char = doc[clock.end - 1].idx + len(doc[clock.end - 1].text)
    q = Quantity(
        article=aid, start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char],
        value=clock.seconds, unit="s", dimension="time of day", low=low, high=high,
        qualifier=qual[2].lower() if qual else None, surface_unit=clock.zone.upper() or None,
        measure=measure, entity=entity, sentence=s_index, twelve_hour=clock.twelve_hour,
    )  # fmt: skip
    return q, resume


def _clock_property(doc, clock, lo: int, hi: int) -> tuple[str | None, str | None]:
    """(measure, owner) of a time of day: the noun it names (:func:`_clock_named`), else
    its clause's event (:func:`_clock_event`), with the side of an interval it gives
    (:func:`_interval_side`: "fall start")."""
    named = _clock_named(doc, clock.start, clock.end, hi)
    if named:
        return named, None
    measure, entity = _clock_event(_clock_anchor(doc, clock.start, clock.end), particle=True)
    side = _interval_side(doc, clock.start, clock.end, lo, hi)
    return (f"{measure} {side}" if measure and side else measure), entity


_INTERVAL_OPENERS = frozenset({"between", "from"})
_INTERVAL_JOINERS = frozenset({"and", "to", "until", "till", "-", "\u2013"})


def _interval_side(doc, start: int, end: int, lo: int, hi: int) -> str | None:
    """ "start" for the first time of day of "between 10:02 and 10:05" / "from 10 a.m. to
    4 p.m.", "end" for the second, None for a time of no such interval: the two ends of
    one interval are two properties, compared end to end across articles."""
    if start > lo and doc[start - 1].lower_ in _INTERVAL_OPENERS:
        if end + 1 < hi and doc[end].lower_ in _INTERVAL_JOINERS and clock_at(doc, end + 1, hi):
            return "start"
    if start - 2 < lo or doc[start - 1].lower_ not in _INTERVAL_JOINERS:
        return None
    for k in range(start - 2, max(lo, start - 6) - 1, -1):
        first = clock_at(doc, k, start - 1)
        if first is not None and first.end == start - 1:
            return "end" if k > lo and doc[k - 1].lower_ in _INTERVAL_OPENERS else None
    return None


def _clock_named(doc, start: int, end: int, hi: int) -> str | None:
    """The lemma of the noun that the time of day ``doc[start:end]`` stands before as a
    name or a rule's hour, after a determiner ("the *07:12* Carrowford to Dunmere passenger
    service", "a 10 p.m. curfew", "Tuesday's 19:45 kick-off"), else None: such a time is
    the noun's, never the time of its clause's event."""
    before = doc[start - 1] if start > 0 else None
    if before is None or not (
        before.lower_ in ("the", "a", "an") or before.tag_ in ("PRP$", "POS")
    ):
        return None
    for t in doc[end : min(hi, end + 6)]:
        if t.is_punct:
            return None
        if t.pos_ == "NOUN":
            while t.dep_ in ("compound", "poss") and t.head.pos_ == "NOUN" and t.head.i > t.i:
                t = t.head  # "passenger service", "children's screening": the service
            return t.lemma_.lower()
    return None


def _token_quantity(doc, start: int, end: int, aid: str, s_index: int, **fields) -> Quantity:
    """A Quantity citing tokens [start, end) of ``doc``; ``fields`` give the rest."""
    start_char = doc[start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    text = doc_text(doc)[start_char:end_char]
    return Quantity(article=aid, start=start_char, end=end_char, text=text, sentence=s_index,
                    **fields)  # fmt: skip


def _frequency_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """How often something happens at token i ("once a week", "every two weeks",
    "fortnightly": :func:`figure_frequency.frequency_at`) as a Quantity of dimension
    :data:`FREQUENCY` in occurrences per week, whose measure is what happens
    (:func:`figure_frequency.frequency_measure`); None when no such form starts at i."""
    found = frequency_at(doc, i, hi)
    if found is None:
        return None
    per_week, end = found
    q = _token_quantity(
        doc, i, end, aid, s_index, value=per_week, unit=PER_WEEK, dimension=FREQUENCY,
        low=per_week, high=per_week, surface_unit=PER_WEEK, measure=frequency_measure(doc, i),
    )  # fmt: skip
    return q, end


def _multiple_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A multiple of a reference at token i ("up to 40 times the guideline value":
    :func:`figure_multiples.multiple_at`) as a Quantity of dimension :data:`MULTIPLE` whose
    value is the factor and whose measure is the reference; None when none starts at i."""
    found = multiple_at(doc, i, hi)
    if found is None:
        return None
    factor, end, reference = found
    qual = _qualifier_before(doc, i, lo)
    low, high = _factor_bounds(qual[0] if qual else None, factor)
    q = _token_quantity(
        doc, qual[1] if qual else i, end, aid, s_index, value=factor, unit="times",
        dimension=MULTIPLE, low=low, high=high, surface_unit="times",
        qualifier=qual[2].lower() if qual else None, measure=reference,
    )  # fmt: skip
    return q, end


def _factor_bounds(kind: str | None, factor: float) -> tuple[float, float]:
    """``(low, high)`` of a multiple's factor under an "about" or "nearly" qualifier, as
    :func:`_interval` widens a figure, with its rounding: half its last digit, and at least
    :data:`ROUND_FIGURE` of a round factor ("almost 40 times" is 36-40 times, so "38
    times" agrees); the factor alone otherwise."""
    rounding = 0.5 if float(factor).is_integer() else 0.05
    if float(factor).is_integer() and factor >= 10 and int(factor) % 10 == 0:
        rounding = max(rounding, ROUND_FIGURE * factor)  # "40 times": one significant digit
    widened = max(rounding, _approximation(factor, rounding) * factor)
    if kind == "about":
        return factor - widened, factor + widened
    if kind == "nearly":
        return factor - widened, factor
    return factor, factor


#: the dimension, unit and property of betting odds (:mod:`consilience.figure_odds`)
ODDS = "odds"


def _fraction_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A share told as a fraction at token i ("nine in ten transactions":
    :func:`figure_fractions.share_at`) as a percentage of the noun it counts, the
    property of "85% of transactions"; None when no such fraction starts at i."""
    found = share_at(doc, i, hi) or word_share_at(doc, i, hi)
    if found is None:
        return None
    fig = _Fig(_Num(found.start, found.end, found.percent, found.rounding), found.start, found.end)
    _read_qualifier(doc, fig, lo)  # "nearly two-thirds", "fewer than three quarters"
    kind = fig.qual[0] if fig.qual else None
    low, high, _ = _interval(kind, found.percent, found.rounding, fig, "percentage")
    q = _token_quantity(
        doc, fig.start, found.end, aid, s_index, value=found.percent, unit="%",
        dimension="percentage", low=low, high=min(high, 100.0), surface_unit="in",
        measure=_fraction_measure(doc, found),
        qualifier=fig.qual[2].lower() if fig.qual and fig.qual[2] else None,
    )  # fmt: skip
    of = next(
        (
            k
            for k in range(found.start + 1, found.noun)
            if doc[k].lower_ == "of" and doc[k - 1].lower_ != "out"  # not "nine out of ten"
        ),
        None,
    )
    return q, of + 1 if of is not None else found.end  # "a third of the 420-hectare lake"


def _fraction_measure(doc, found) -> str:
    """What a fraction is a share of: the noun it counts ("nine in ten *transactions*"), or
    for a part of one expanse ("a third of the lake") the verb whose object the fraction is
    ("the bloom *covered* about a third of the lake"), as a percentage's is."""
    noun = doc[found.noun]
    if noun.tag_ != "NN" or not expanse(noun):
        return noun.lemma_.lower()  # "two-thirds of the workforce": a share of its members
    for tok in doc[found.start : found.noun]:
        head = tok.head
        if head.pos_ == "ADP" and head.i < found.start:
            head = head.head  # "covered about a third": the parser may take "about" for a preposition
        if not found.start <= head.i < found.noun and head.pos_ == "VERB":
            return head.lemma_.lower()
    return noun.lemma_.lower()


def _odds_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """Betting odds at token i ("a 50-1 outsider", "won at 50-1": :func:`figure_odds.odds_at`)
    as a Quantity of dimension :data:`ODDS` whose value is the ratio, exact as written and
    owned by the runner named with them; None when no odds start at i."""
    found = odds_at(doc, i, lo, hi)
    if found is None:
        return None
    owner = runner_name(found.owner) if found.owner is not None else None
    q = _token_quantity(
        doc, found.start, found.end, aid, s_index, value=found.value, unit=ODDS,
        dimension=ODDS, low=found.value, high=found.value, measure=ODDS, entity=owner,
    )  # fmt: skip
    return q, found.end


def _score_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A match score at token i ("a 5-0 defeat", "won 3-1": :func:`figure_scores.score_at`)
    as a Quantity of dimension :data:`SCORE` whose value packs both sides exactly; None when
    no score starts at i or the pair is the sides of a vote ("ruled 5-2")."""
    if is_vote_pair(doc, i, i + 1, hi):
        return None
    found = score_at(doc, i, lo, hi)
    if found is None:
        return None
    q = _token_quantity(
        doc, found.start, found.end, aid, s_index, value=found.value, unit=SCORE,
        dimension=SCORE, low=found.value, high=found.value,
        measure=stage_of(doc, found.start, found.end, lo, hi),
    )  # fmt: skip
    return q, found.end


#: nouns of the main shock; any other noun a magnitude describes ("aftershock", "foreshock")
#: is a property of its own
_QUAKE_NOUNS = {"quake", "earthquake", "tremor", "temblor", "shock", "jolt", "seism"}
QUAKE_MAGNITUDE = "earthquake magnitude"


def _quake_noun(doc, mag: Magnitude, hi: int):
    """The noun a magnitude describes: right after it ("magnitude 6.1 earthquake", "a
    5.8-magnitude tremor"), the thing measured "at" it ("measured the quake at magnitude
    6.4"), the noun it is "of" ("an aftershock of magnitude 5.1"), else its clause's
    subject ("the quake measured 7.2 on the Richter scale"); None when there is none."""
    for t in doc[mag.end : min(hi, mag.end + 2)]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.pos_ not in ("ADJ", "PUNCT"):
            break
    word = doc[mag.word]
    if word.dep_ == "pobj" and word.head.lower_ in ("of", "at"):
        holder = word.head.head
        if holder.pos_ == "NOUN":
            return holder
        obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return _subject_of(word)


def _magnitude_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """An earthquake's magnitude at token i (:func:`figure_forms.magnitude_at`) as a
    Quantity of dimension "magnitude" (unit "magnitude", the scale's number), measure
    "earthquake magnitude" or "<noun> magnitude" for an aftershock or foreshock; None when no
    magnitude starts at i."""
    mag = magnitude_at(doc, i, hi)
    if mag is None:
        return None
    noun = _quake_noun(doc, mag, hi)
    lemma = noun.lemma_.lower() if noun is not None else ""
    measure = f"{lemma} magnitude" if lemma.endswith("shock") and lemma != "shock" else None
    qual = _qualifier_before(doc, mag.start, lo)
    start = qual[1] if qual else mag.start
    kind = qual[0] if qual else None
    low, high = mag.value - mag.rounding, mag.value + mag.rounding
    if kind == "about":
        low, high = mag.value - max(mag.rounding, 0.1), mag.value + max(mag.rounding, 0.1)
    q = _token_quantity(
        doc, start, mag.end, aid, s_index, value=mag.value, unit="magnitude",
        dimension="magnitude", low=low, high=high, qualifier=qual[2].lower() if qual else None,
        surface_unit="magnitude", measure=measure or QUAKE_MAGNITUDE,
    )  # fmt: skip
    return q, mag.end


#: a race time is how long the run took, the property "took 2:03:23" and "finished in" give
RACE_TIME = "time taken"


def _is_place_or_people(doc, name: str) -> bool:
    """``name`` is tagged in ``doc`` as a nationality, group or place ("Kenyan"), never as
    a person or organisation."""
    labels = {e.label_ for e in doc.ents if e.text == name}
    return bool(labels) and labels <= {"NORP", "GPE", "LOC"}


def _race_time_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """An elapsed time written with colons ("won in 2:00:41", "Kitenge's 2:03:23", "ran
    3:43.13") as a duration in seconds, measure :data:`RACE_TIME`, owned by the named
    runner: the possessor of the time, else its clause's subject. None when no such time
    starts at i."""
    found = race_time_at(doc, i, hi)
    if found is None:
        return None
    seconds, rounding, end = found
    tok = doc[i]
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        owner = _possessor(tok)
    else:
        owner = _verb_measure(tok)[1]
    if not owner or not owner[:1].isupper() or _is_place_or_people(doc, owner):
        owner = None  # "the 24-year-old Kenyan crossed the line in ...": no runner named
    q = _token_quantity(
        doc, i, end, aid, s_index, value=seconds, unit="s", dimension="duration",
        low=seconds - rounding, high=seconds + rounding, surface_unit="h:mm:ss",
        measure=RACE_TIME, entity=owner,
    )  # fmt: skip
    if reference_cue(tok) is not None:
        q.qualifier = "reference"  # "the previous record of 2:03:23"
    return q, end


def _series_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A place in a series of events within a period at token i ("its fourth increase this
    year", "for the third time this month": :func:`figure_series.series_at`), as a Quantity
    of dimension "ordinal" whose unit names the period ("time in the year") and whose
    measure is the event's lemma; None when the token places no event in a series."""
    found = series_at(doc[i])
    if found is None:
        return None
    position, event, period = found
    tok = doc[i]
    unit = f"{SERIES_UNIT}{period}"
    q = Quantity(
        article=aid, start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
        value=float(position), unit=unit, dimension="ordinal", low=float(position),
        high=float(position), surface_unit=unit, measure=event, sentence=s_index,
    )  # fmt: skip
    return q, i + 1


def _ordinal_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A position such as "the 80th minute" or "the 12th lap" at token i, as a Quantity of
    dimension "ordinal" whose unit is the noun ("minute"); None when there is none."""
    found = ordinal_at(doc, i, hi)
    if found is None:
        return _standing_figure(doc, i, hi, aid, s_index)
    position, noun, end = found
    measure, entity = _clock_event(doc[end - 1])
    start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
    q = Quantity(
        article=aid, start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char],
        value=float(position), unit=noun, dimension="ordinal", low=float(position),
        high=float(position), surface_unit=noun, noun=noun, measure=measure, entity=entity,
        sentence=s_index,
    )  # fmt: skip
    return q, end


def _standing_owner(tok) -> str | None:
    """The name whose standing ``tok`` gives: the object the verb places ("left Ravensmoor
    17th"), else the verb's subject ("Ravensmoor finished 17th"); None when that is no
    name ("left the club 17th": the club, not the defeat that left it there)."""
    verb = tok.head.head if tok.head.lower_ == "to" else tok.head
    kids = [c for c in verb.children if c.i != tok.i]
    placed = next((c for c in kids if c.dep_ == "dobj"), None) if tok.dep_ == "oprd" else None
    holder = placed or next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _name_of(holder) if holder is not None and holder.pos_ == "PROPN" else None


def _standing_figure(doc, i: int, hi: int, aid: str, s_index: int):
    """A standing told with no noun at token i ("finished 17th", "sits 18th", "will rise to
    No. 4": :func:`figure_forms.standing_at`) as a Quantity of dimension "ordinal" whose
    unit, noun and measure are :data:`STANDING` (one property whatever verb tells it), owned
    by the verb's named subject; None when there is none."""
    found = standing_at(doc, i, hi)
    if found is None:
        return None
    place, end = found
    entity = _standing_owner(doc[i])
    q = _token_quantity(
        doc, i, end, aid, s_index, value=float(place), unit=STANDING, dimension="ordinal",
        low=float(place), high=float(place), surface_unit=STANDING, noun=STANDING,
        measure=STANDING, entity=entity,
    )  # fmt: skip
    return q, end


#: verbs of a match event that a minute dates ("sent off after 57 minutes", "won it ten
#: minutes from time"); words that name one in a minute-by-minute entry ("55 min: RED CARD!")
_MATCH_VERBS = {"score", "net", "equalise", "equalize", "send", "dismiss", "head", "convert",
                "level", "win", "seal", "settle", "concede", "curl", "slot", "book", "replace",
                "substitute"}  # fmt: skip
_MATCH_WORDS = _MATCH_VERBS | {"goal", "red", "penalty", "header", "equaliser", "equalizer",
                               "sent", "substitution"}  # fmt: skip
# not "winner": "It's over! Halden are cup winners" names the team, not a goal
#: how long a football match runs: "ten minutes from time" is the 80th minute
MATCH_MINUTES = 90


def _match_minute_figure(doc, i: int, lo: int, hi: int, aid: str, s_index: int):
    """A match minute at token i, as an ordinal "minute" like "the 80th minute": a
    minute-by-minute entry's header ("79 min: GOAL!", the event read from its line), "after
    57 minutes" or "ten minutes from time" (90 - 10) with a verb of a match event. None when
    there is none (a plain duration: "the fire burned for 45 minutes")."""
    live = live_minute_at(doc, i, len(doc))  # the parser may split a header's tokens
    if live is not None:
        minute, end = live  # the text stops before the header's colon
        measure, entity, start = _event_in_line(doc, end), _person_in_line(doc, end), i
    else:
        found = _elapsed_minute(doc, i, lo, hi)
        if found is None:
            return None
        minute, start, end = found
        measure, entity = _clock_event(doc[i])
        if measure not in _MATCH_VERBS:
            measure = _match_word_in(doc, lo, hi)
        if measure is None:
            return None
    last = doc[end - 2] if live is not None else doc[end - 1]
    start_char, end_char = doc[start].idx, last.idx + len(last.text)
    q = Quantity(
        article=aid, start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char],
        value=float(minute), unit="minute", dimension="ordinal", low=float(minute),
        high=float(minute), surface_unit="minute", noun="minute", measure=measure,
        entity=entity, sentence=s_index,
    )  # fmt: skip
    return q, end


#: prepositions before "N minutes" that give the match minute reached: "after 57 minutes",
#: "on 49 minutes" (British match-report usage)
_REACHED_MINUTE = ("after", "on")
#: particles that with "be", "go" or "send" tell a dismissal: "Adeyemi is off", "was sent off"
_OFF_WORDS = {"off"}


def _match_word_in(doc, lo: int, hi: int) -> str | None:
    """The match event a sentence [lo, hi) names when its verb is none of
    :data:`_MATCH_VERBS`: a word of :data:`_MATCH_WORDS` ("Adeyemi red card on 49
    minutes": "red"), or "off" after "be"/"go" ("Adeyemi is off on 49 minutes": a
    dismissal, "send"); None when it names none (precision first)."""
    for t in doc[lo:hi]:
        low, lemma = t.lower_, t.lemma_.lower()
        if low in _MATCH_WORDS or lemma in _MATCH_WORDS:
            return lemma if lemma in _MATCH_WORDS else low
        if low in _OFF_WORDS and t.head.lemma_.lower() in ("be", "go") and t.dep_ != "prep":
            return "send"
    return None


def _event_in_line(doc, j: int) -> str | None:
    """The first word naming a match event from token j to the end of its line."""
    for t in doc[j:]:
        if "\n" in t.text:
            return None
        if t.lower_ in _MATCH_WORDS or t.lemma_.lower() in _MATCH_WORDS:
            return t.lemma_.lower() if t.lemma_.lower() in _MATCH_WORDS else t.lower_
    return None


def _person_in_line(doc, j: int) -> str | None:
    """The first person named from token j to the end of its line: whose minute a
    minute-by-minute entry gives ("55 min: RED CARD! Tomas Vrba goes ...")."""
    for ent in doc.ents:
        if ent.start < j:
            continue
        if "\n" in doc[j : ent.start].text:
            return None
        if ent.label_ == "PERSON":
            return ent.text
    return None


def _elapsed_minute(doc, i: int, lo: int, hi: int) -> tuple[int, int, int] | None:
    """(minute, first token, token after) for "after 57 minutes" (the 57th) and "ten
    minutes from time" / "from the end" / "from full-time" (the 80th)."""
    num = _parse_number(doc, i, hi)
    if num is None or num.vague or num.end >= hi or doc[num.end].lemma_.lower() != "minute":
        return None
    n, after = int(num.value), num.end + 1
    if num.value != n or not 0 < n <= MATCH_MINUTES + 30:
        return None
    if i > lo and doc[i - 1].lower_ in _REACHED_MINUTE:
        return n, i - 1, after  # "sent off after 57 minutes", "off on 49 minutes"
    words = [t.lower_ for t in doc[after : min(hi, after + 4)]]
    for tail in (["from", "time"], ["from", "the", "end"], ["from", "full", "-", "time"],
                 ["from", "full", "time"], ["from", "full-time"]):  # fmt: skip
        if words[: len(tail)] == tail and n < MATCH_MINUTES:
            return MATCH_MINUTES - n, i, after + len(tail)
    return None


def _round6(x: float | None) -> float | None:
    if x is None:
        return None
    if x == 0 or not math.isfinite(x):
        return float(x)
    return float(f"{x:.10g}")


# --------------------------------------------------------------------------- for reconcile


QUALIFIER_KIND = {" ".join(k): v for k, v in QUALIFIERS.items()}


def qualifier_kind(q: Quantity) -> str | None:
    """The qualifier class of a figure: about | nearly | max | max-about | min | under |
    range | vague | increment | reference (another object's figure, compared with) | each
    (one member's share of a group: :mod:`figure_each`) | None."""
    if not q.qualifier:
        return None
    ql = q.qualifier.lower()
    if ql in ("increment", "reference", EACH):
        return ql
    if ql in ("range", "between") or ql.startswith("between"):
        return "range"
    if any(ql.startswith(v) for v in VAGUE) or ql.startswith("tens of"):
        return "vague"
    if ql in QUALIFIER_KIND:
        kind = QUALIFIER_KIND[ql]
        return kind
    if ql.startswith(("up to", "as many as")) and any(
        w in ql for w in ("about", "approximately", "around", "some", "roughly")
    ):
        return "max-about"
    return None


def comparison_interval(q: Quantity) -> tuple[float, float]:
    """The interval a reconciler compares, in SI. "up to X" states a maximum, so readings
    that state maxima are compared by their maxima: [X - r, X + r]."""
    kind = qualifier_kind(q)
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else q.value
    if kind in ("max", "max-about"):
        r = hi - q.value
        return (q.value - r, hi)
    return (lo, hi)


def is_maximum(q: Quantity) -> bool:
    return qualifier_kind(q) in ("max", "max-about")
