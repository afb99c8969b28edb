"""Quote benchmark: speaker attribution and quote spans, consilience vs textacy.

    python bench/quotes_bench.py

Gold: the "quotes" keys of bench/annotations/demo.json (demo corpus), bench/annotations/
fixtures.json (tests/fixtures/annotated) and, when present, ../shared/gold/seeds.json.

Matching: a system quote matches a gold quote of the same article when their word-token
F1 (bag of lower-cased words) is at least 0.3; pairs are taken greedily, best first.

* quote-span F1: P = sum of matched token F1 / #system quotes, R = same / #gold quotes.
* speaker P/R: a matched pair counts when the speakers agree (case-folded, leading
  article and "(anonymous)" dropped; a person's surname alone matches the full name, and
  a short form of a name its full form: its last words, "the health board" for
  "Varnholt Health Board", or its first word, "Aster" for "Aster Launch Systems";
  an anonymous description matches when one contains the other's head words).
  P = correct / #system quotes, R = correct / #gold quotes.
* direct flag accuracy over matched pairs.

Quote kinds: bench/quote_kinds/*.txt, articles written for this benchmark, several per kind
of input that real news has (single marks, a quote going on after its attribution, tokenized
text, titles in quotation marks, places as would-be speakers, other attribution forms), gold
in bench/annotations/quote_kinds.json. They are scored per kind in a second table (span and
speaker precision and recall) and are not mixed into the figures of the first table.

Gold lists are not exhaustive (the seeds' gold lists five quotes; the articles hold a few
more reported statements), so precision is a lower bound.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

THRESHOLD = 0.3


def shared_dir() -> Path | None:
    env = os.environ.get("CONSILIENCE_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if cand.is_dir():
            return cand
    return None


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def token_f1(a: str, b: str) -> float:
    ca, cb = Counter(_words(a)), Counter(_words(b))
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(ca.values()), common / sum(cb.values())
    return 2 * p * r / (p + r)


def _norm_speaker(s: str) -> str:
    s = re.sub(r"\(.*?\)", "", s or "").lower()
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" ,.")


def speaker_ok(sys_speaker: str, gold_speaker: str) -> bool:
    """True when the system's speaker names the gold speaker: equal after normalising, a
    surname alone for the full name, or a short form of a name: its last words ("the health
    board" for "Varnholt Health Board", "Amira Sahin" for "Dr Amira Sahin") or its first
    words ("Aster" or "Harbor City" for "Harbor City FC"), or a description of a body in
    the words of its name ("fire service" for "Sarn Valley Fire and Rescue Service", since
    session 28)."""
    a, b = _norm_speaker(sys_speaker), _norm_speaker(gold_speaker)
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1):
        return True  # surname alone vs full name
    short, long_ = sorted((wa, wb), key=len)
    if short in (long_[-len(short) :], long_[: len(short)]):
        return True  # a short form of the name
    if wa[-1] == wb[-1] and set(short) <= set(long_) and len(short) >= 2:
        return True  # a body's description in its own words: "fire service" for "Sarn
        # Valley Fire and Rescue Service" (the same head noun, every word in the name)
    if "(anonymous)" in (gold_speaker or "") or sys_speaker[:2].lower() in ("a ", "an"):
        return set(wb) <= set(wa) or set(wa) <= set(wb)
    return False


# --------------------------------------------------------------------------- corpora


def _articles_for(paths: list[str]):
    from consilience.model import Article
    from consilience.normalise import read_articles

    arts = []
    for item in read_articles(paths):
        if isinstance(item, Article):
            arts.append(item)
    return arts


def _gold_key(article, keys: list[str]) -> str | None:
    src = article.source.replace("\\", "/")
    base = src.rsplit("/", 1)[-1]
    for k in keys:
        if base == k or base.startswith(k.split("#")[0]) and (("#" not in k) or base == k):
            return k
        if k.startswith(base[:3]) and len(k) == 3:  # seeds: "000" prefixes
            return k
    return None


def corpora() -> list[tuple[str, list, dict[str, str], list[dict]]]:
    """(name, articles, article id -> gold key, gold quotes) per annotated corpus."""
    out = []
    specs = [
        ("demo", ROOT / "bench/annotations/demo.json", ROOT / "src/consilience/demo"),
        ("fixtures", ROOT / "bench/annotations/fixtures.json", ROOT / "tests/fixtures/annotated"),
    ]
    shared = shared_dir()
    if shared is not None and (shared / "gold/seeds.json").exists():
        specs.append(("seeds", shared / "gold/seeds.json", shared / "seeds"))
    for name, gold_path, folder in specs:
        if not gold_path.exists() or not folder.is_dir():
            continue
        gold = json.loads(gold_path.read_text())
        quotes = gold.get("quotes") or []
        files = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.suffix != ".md")
        arts = _articles_for(files)
        keys = sorted({q["article"] for q in quotes} | set(gold.get("articles", {})))
        ids = {}
        for a in arts:
            k = _gold_key(a, keys)
            if k is not None:
                ids[a.id] = k
        out.append((name, arts, ids, quotes))
    return out


# --------------------------------------------------------------------------- systems


def ours(analyses) -> list[tuple[str, str, str, bool]]:
    from consilience.quotes import extract_quotes

    out = []
    for a in analyses:
        for q in extract_quotes(a):
            out.append((a.article.id, q.speaker, q.text, q.direct))
    return out


def textacy_quotes(analyses) -> list[tuple[str, str, str, bool]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except Exception:  # noqa: BLE001 - optional baseline
        return None
    out = []
    for a in analyses:
        try:
            triples = list(direct_quotations(a.doc))
        except Exception:  # noqa: BLE001 - textacy can raise on odd docs
            continue
        for t in triples:
            speaker = " ".join(tok.text for tok in t.speaker)
            content = t.content.text.strip("\"“”'‘’ ")
            out.append((a.article.id, speaker, content, True))
    return out


# --------------------------------------------------------------------------- scoring


def score(system, ids: dict[str, str], gold: list[dict]) -> dict[str, float]:
    sys_items = [(ids.get(aid), sp, tx, d) for aid, sp, tx, d in system if ids.get(aid)]
    pairs = []
    for i, s in enumerate(sys_items):
        for j, g in enumerate(gold):
            if s[0] != g["article"]:
                continue
            f = token_f1(s[2], g["quote"])
            if f >= THRESHOLD:
                pairs.append((-f, i, j))
    pairs.sort()
    used_s, used_g, matched = set(), set(), []
    for negf, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        matched.append((i, j, -negf))
    n_sys, n_gold = len(sys_items), len(gold)
    f_sum = sum(f for _, _, f in matched)
    span_p = f_sum / n_sys if n_sys else 0.0
    span_r = f_sum / n_gold if n_gold else 0.0
    sp_ok = sum(1 for i, j, _ in matched if speaker_ok(sys_items[i][1], gold[j]["speaker"]))
    dir_ok = sum(1 for i, j, _ in matched if sys_items[i][3] == bool(gold[j]["direct"]))
    p = f_sum / n_sys if n_sys else 0.0
    r = f_sum / n_gold if n_gold else 0.0
    sp_p = sp_ok / n_sys if n_sys else 0.0
    sp_r = sp_ok / n_gold if n_gold else 0.0
    return {
        "gold": n_gold,
        "system": n_sys,
        "matched": len(matched),
        "span_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "span_precision": round(span_p, 3),
        "span_recall": round(span_r, 3),
        "speaker_precision": round(sp_p, 3),
        "speaker_recall": round(sp_r, 3),
        "speaker_f1": round(2 * sp_p * sp_r / (sp_p + sp_r), 3) if sp_p + sp_r else 0.0,
        "direct_flag_accuracy": round(dir_ok / len(matched), 3) if matched else 0.0,
        "missed": sorted(
            f"{g['article']}: {g['speaker']}: {g['quote'][:50]}"
            for j, g in enumerate(gold)
            if j not in used_g
        ),
        "wrong_speaker": sorted(
            f"{gold[j]['article']}: {sys_items[i][1]!r} for {gold[j]['speaker']!r}: "
            f"{gold[j]['quote'][:50]}"
            for i, j, _ in matched
            if not speaker_ok(sys_items[i][1], gold[j]["speaker"])
        ),
        "unmatched": sorted(
            f"{s[0]}: {s[1]!r}: {s[2][:50]}" for i, s in enumerate(sys_items) if i not in used_s
        ),
    }


def main() -> dict:
    from consilience.analyse import analyse

    results: dict = {}
    total: dict[str, list] = {"consilience": [], "textacy": []}
    t0 = time.perf_counter()
    for name, arts, ids, gold in corpora():
        analyses = list(analyse(arts))
        mine = ours(analyses)
        base = textacy_quotes(analyses)
        results[name] = {"consilience": score(mine, ids, gold)}
        total["consilience"].append((mine, ids, gold))
        if base is not None:
            results[name]["textacy"] = score(base, ids, gold)
            total["textacy"].append((base, ids, gold))
        else:
            results[name]["textacy"] = "textacy not installed"
    for system, parts in total.items():
        if not parts:
            continue
        allsys, allids, allgold = [], {}, []
        for k, (s, ids, gold) in enumerate(parts):
            allsys.extend((f"{k}:{a}", sp, tx, d) for a, sp, tx, d in s)
            allids.update({f"{k}:{a}": f"{k}:{g}" for a, g in ids.items()})
            allgold.extend({**g, "article": f"{k}:{g['article']}"} for g in gold)
        sc = score(allsys, allids, allgold)
        sc.pop("missed")
        results.setdefault("all", {})[system] = sc
    results["seconds"] = round(time.perf_counter() - t0, 2)

    keys = [
        "gold",
        "system",
        "matched",
        "span_f1",
        "speaker_precision",
        "speaker_recall",
        "speaker_f1",
        "direct_flag_accuracy",
    ]
    print(f"{'corpus':10} {'system':12} " + " ".join(f"{k[:12]:>12}" for k in keys))
    for name, res in results.items():
        if name == "seconds":
            continue
        for system in ("consilience", "textacy"):
            sc = res.get(system)
            if isinstance(sc, dict):
                print(f"{name:10} {system:12} " + " ".join(f"{sc[k]!s:>12}" for k in keys))
            elif sc:
                print(f"{name:10} {system:12} {sc}")
    for name, res in results.items():
        if name in ("seconds", "all"):
            continue
        for m in res["consilience"]["missed"]:
            print(f"  missed ({name}): {m}")
    results["kinds"] = kinds_table()
    print(f"seconds: {results['seconds']}")
    return results


KIND_KEYS = ("gold", "system", "matched", "span_precision", "span_recall")
KIND_KEYS += ("speaker_precision", "speaker_recall", "direct_flag_accuracy")


def kinds_table() -> dict[str, dict]:
    """Score the quote-kind fixtures per kind; print one row per kind and a total row."""
    from consilience.analyse import analyse

    gold_path = ROOT / "bench/annotations/quote_kinds.json"
    folder = ROOT / "bench/quote_kinds"
    if not gold_path.exists() or not folder.is_dir():
        return {}
    gold = json.loads(gold_path.read_text())
    kind_of = gold["articles"]
    arts = _articles_for(sorted(str(p) for p in folder.glob("*.txt")))
    ids = {a.id: k for a in arts if (k := _gold_key(a, sorted(kind_of)))}
    mine = ours(list(analyse(arts)))
    out: dict[str, dict] = {}
    for kind in [*dict.fromkeys(kind_of.values()), "all"]:
        keep = {a: k for a, k in ids.items() if kind in ("all", kind_of[k])}
        g = [q for q in gold["quotes"] if kind in ("all", q["kind"])]
        out[kind] = score(mine, keep, g)
    print(f"\n{'kind':14} " + " ".join(f"{k[:12]:>12}" for k in KIND_KEYS))
    for kind, sc in out.items():
        print(f"{kind:14} " + " ".join(f"{sc[k]!s:>12}" for k in KIND_KEYS))
    for kind, sc in out.items():
        if kind != "all":
            for m in sc["missed"]:
                print(f"  missed ({kind}): {m}")
    return out


if __name__ == "__main__":
    main()
