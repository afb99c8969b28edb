"""Statement conflicts, rule by rule, on claims built by hand (no model): the opposition
lexicon (consilience.opposition) and the subject, object and moment rules
(consilience.statements). The texts are written for this file."""

from __future__ import annotations

from consilience import opposition, statements
from consilience.model import Claim


def claim(article: str, text: str, frame: str, **kw) -> Claim:
    """A claim of ``article`` whose clause is all of ``text``."""
    kw.setdefault("predicate", frame)
    return Claim(
        article=article,
        start=0,
        end=len(text),
        text=text,
        sentence=0,
        kind="main",
        frame=frame,
        tense=kw.pop("tense", "past"),
        **kw,
    )


def actor(name: str, key: str | None = None) -> dict:
    key = key or name.lower()
    return {"actor": name, "actor_key": key, "actor_keys": [key]}


# --------------------------------------------------------------------------- kinds


def test_directions_in_other_words_are_opposed():
    up = claim("a", "The Velmar composite index edged up", "edge", **actor("The Velmar", "velmar"))
    down = claim(
        "b", "The Velmar composite index dropped 1.2 percent", "fall", patient_key="percent"
    )
    assert opposition.opposed(up, down) == "antonym"
    wide = claim("a", "The budget gap widened in the third quarter", "widen")
    narrow = claim("b", "The budget gap narrowed in the third quarter", "narrow")
    assert opposition.opposed(wide, narrow) == "antonym"


def test_a_loss_of_things_is_not_a_direction_or_a_defeat():
    lost = claim("a", "The shipyard lost two naval contracts", "lose", patient_key="contract")
    rose = claim("b", "The shipyard rose to prominence", "rise", patient_key="prominence")
    won = claim("b", "The shipyard won the tender", "win", patient_key="tender")
    assert opposition.poles(lost) == frozenset()
    assert opposition.opposed(lost, rose) is None
    assert opposition.opposed(lost, won) is None


def test_staying_on_and_quitting_are_opposed():
    stay = claim(
        "a", "Chief constable Ian Roe stayed on despite the report", "be", predicate="stay"
    )
    quit_ = claim("b", "Chief constable Ian Roe quit over the report", "resign", predicate="quit")
    assert opposition.opposed(stay, quit_) == "antonym"
    down = claim("b", "Ian Roe stepped down after the report", "step")
    assert opposition.opposed(stay, down) == "antonym"


def test_fighting_on_is_not_conceding():
    fight = claim("a", "Noor Hadid vowed to fight on in the courts", "fight", modality="planned")
    concede = claim("b", "Noor Hadid conceded the mayoral contest", "concede")
    assert opposition.opposed(fight, concede) == "antonym"


def test_voting_down_and_failing_are_rejections():
    approve = claim("a", "The assembly approved the harbour levy", "approve")
    down = claim("b", "The assembly voted down the harbour levy", "vote")
    assert opposition.opposed(approve, down) == "antonym"
    passed = claim(
        "a", "The fishing quota bill passed the lower house", "approve", predicate="pass"
    )
    failed = claim(
        "b", "The fishing quota bill failed in the lower house", "collapse", predicate="fail"
    )
    assert opposition.opposed(passed, failed) == "antonym"


def test_verdicts_of_one_charge_are_opposed_and_of_two_charges_not():
    guilty = claim("a", "Omar Pell was found guilty of bribery", "find", patient_key="omar pell")
    innocent = claim(
        "b", "Omar Pell was found not guilty of bribery", "find", patient_key="omar pell"
    )
    assert opposition.opposed(guilty, innocent) == "antonym"
    cleared = claim("b", "Omar Pell was cleared of tax evasion", "approve", predicate="clear")
    scales = opposition.opposed_scales(guilty, cleared)
    assert scales == ["verdict"]
    assert not statements.same_object(guilty, cleared, scales)
    assert statements.same_object(guilty, innocent, opposition.opposed_scales(guilty, innocent))


def test_roles_on_a_bench_and_in_a_vote():
    sided = claim("a", "Judge Mira Solberg sided with the majority", "side")
    dissent = claim("b", "Judge Mira Solberg dissented", "dissent")
    assert opposition.opposed(sided, dissent) == "antonym"
    yes = claim("a", "Councillor Ben Ota voted in favour of the tram plan", "vote")
    no = claim("b", "Councillor Ben Ota voted against the tram plan", "vote")
    assert opposition.opposed(yes, no) == "antonym"


def test_states_open_alive_found():
    open_ = claim("a", "The Rask tunnel remained open overnight", "be", predicate="remain")
    shut = claim("b", "The Rask tunnel closed overnight", "shut_down", predicate="close")
    assert opposition.opposed(open_, shut) == "antonym"
    alive = claim("a", "Medics found the trapped miner alive", "find", patient_key="miner")
    died = claim("b", "The trapped miner died underground", "die", **actor("miner"))
    scales = opposition.opposed_scales(alive, died)
    assert "life" in scales
    assert statements.same_subject(alive, died, scales, {}) == "miner"
    located = claim("a", "Divers located the fisherman", "find", patient_key="fisherman")
    missing = claim(
        "b", "The fisherman remains missing", "be", predicate="remain", **actor("fisherman")
    )
    scales = opposition.opposed_scales(located, missing)
    assert "found" in scales
    assert statements.same_subject(located, missing, scales, {}) == "fisherman"


def test_a_negated_claim_has_no_pole():
    """ "did not win" agrees with "lost": no conflict."""
    not_won = claim("a", "Jana Kos did not win the primary", "win", negated=True)
    lost = claim("b", "Jana Kos lost the primary", "lose", patient_key="primary")
    assert opposition.opposed(not_won, lost) is None


def test_agreeing_to_what_another_declines():
    agreed = claim("a", "The port authority agreed to repay the grant", "accept", predicate="agree")
    declined = claim("b", "The port authority declined to repay the grant", "repay", negated=True)
    assert opposition.opposed(agreed, declined) == "polarity"
    no_comment = claim("b", "The port authority declined to comment", "comment", negated=True)
    assert opposition.opposed(agreed, no_comment) is None


# --------------------------------------------------------------------------- who


def test_roles_swapped_are_a_converse():
    a = claim(
        "a", "Ostvik beat Larn in the semi-final", "beat", patient_key="larn", **actor("Ostvik")
    )
    b = claim(
        "b", "Larn beat Ostvik in the semi-final", "beat", patient_key="ostvik", **actor("Larn")
    )
    assert opposition.opposed(a, b) == "converse"
    same = claim(
        "b", "Ostvik beat Larn on penalties", "beat", patient_key="larn", **actor("Ostvik")
    )
    assert opposition.opposed(a, same) is None


def test_one_act_of_two_doers_and_one_doer_in_two_words():
    guards = claim(
        "a",
        "Border guards conducted the search of the tanker",
        "conduct",
        patient_key="search",
        **actor("Border guards", "guard"),
    )
    customs = claim(
        "b",
        "Customs officers conducted the search of the tanker",
        "conduct",
        patient_key="search",
        **actor("Customs officers", "officer"),
    )
    assert statements._other_doer(guards, customs)
    police = claim(
        "a",
        "Coast police conducted the search",
        "conduct",
        patient_key="search",
        **actor("Coast police", "police"),
    )
    officers = claim(
        "b",
        "Officers of the coast police conducted the search",
        "conduct",
        patient_key="search",
        **actor("Officers of the coast police", "officer"),
    )
    assert not statements._other_doer(police, officers)
    condemn_a = claim(
        "a", "Norway condemned the shelling", "criticize", patient_key="shelling", **actor("Norway")
    )
    condemn_b = claim(
        "b", "Chile condemned the shelling", "criticize", patient_key="shelling", **actor("Chile")
    )
    assert not statements._other_doer(condemn_a, condemn_b)


def test_subjects_meet_by_phrase_pronoun_and_description():
    short = claim("a", "The Velmar 40 slipped", "fall", **actor("The Velmar 40", "40"))
    long = claim("b", "The Velmar 40 index rose", "rise", **actor("The Velmar 40 index", "index"))
    assert statements.same_subject(short, long, ["direction"], {}) is not None
    he_a = claim("a", "he would appeal", "appeal", actor="he", attribution="Pell's solicitor")
    he_b = claim(
        "b",
        "he would not appeal",
        "appeal",
        actor="he",
        attribution="Pell's solicitor",
        negated=True,
    )
    assert statements.same_subject(he_a, he_b, [], {}) == "he"
    other = claim(
        "b", "he would not appeal", "appeal", actor="he", attribution="the prosecutor", negated=True
    )
    assert statements.same_subject(he_a, other, [], {}) is None
    firm = claim(
        "a",
        "The company may extend the recall",
        "extend",
        modality="possible",
        **actor("The company", "company"),
    )
    named = claim(
        "b", "Norsk Hjem has extended the recall", "extend", **actor("Norsk Hjem", "norsk hjem")
    )
    assert statements.same_subject(firm, named, [], {"a": {"norsk hjem"}}) == "norsk hjem"
    assert statements.same_subject(firm, named, [], {"a": {"other firm"}}) is None


def test_different_objects_are_two_decisions():
    budget = claim("a", "The board approved the pension budget", "approve", patient_key="budget")
    plan = claim(
        "b", "The board rejected the pay plan", "reject", patient_key="plan", nouns=["pay", "plan"]
    )
    assert not statements.same_object(budget, plan, opposition.opposed_scales(budget, plan))
    again = claim("b", "The board rejected the pension budget", "reject", patient_key="budget")
    assert statements.same_object(budget, again, opposition.opposed_scales(budget, again))


# --------------------------------------------------------------------------- when


def test_a_changeable_state_of_two_days_is_an_update():
    up = claim("a", "Copper prices rose", "rise", **actor("Copper prices", "price"))
    down = claim("b", "Copper prices fell", "fall", **actor("Copper prices", "price"))
    assert not statements.same_moment(up, down, {"a": "2025-03-03", "b": "2025-03-05"})
    assert statements.same_moment(up, down, {"a": "2025-03-03", "b": "2025-03-03"})
    assert statements.same_moment(up, down, {"a": "2025-03-03", "b": ""})


def test_a_settled_outcome_is_disputed_across_days():
    won = claim("a", "Jana Kos won the primary", "win", patient_key="primary")
    lost = claim("b", "Jana Kos lost the primary", "lose", patient_key="primary")
    assert statements.same_moment(won, lost, {"a": "2025-03-03", "b": "2025-03-06"})


def test_dated_clauses_of_different_dates_are_two_moments():
    mon = claim("a", "Copper prices rose on Monday", "rise", dates=["2025-03-03|day"])
    tue = claim("b", "Copper prices fell on Tuesday", "fall", dates=["2025-03-04|day"])
    assert not statements.same_moment(mon, tue, {})
    plan = claim(
        "a",
        "The smelter is expected to reopen in May",
        "open",
        modality="expected",
        dates=["2025-05|month"],
    )
    done = claim("b", "The smelter reopened in 2021", "open", dates=["2021|year"])
    assert opposition.opposed(plan, done) == "modality"
    assert not statements.same_moment(plan, done, {})


def test_a_hedge_then_the_act_on_later_days_is_an_update():
    may = claim(
        "a",
        "Minister Ola Brandt may resign",
        "resign",
        modality="possible",
        tense="present",
        **actor("Ola Brandt"),
    )
    did = claim("b", "Minister Ola Brandt resigned", "resign", **actor("Ola Brandt"))
    names: dict[str, set[str]] = {}
    assert statements.conflict_of(may, did, names, {"a": "2025-03-03", "b": "2025-03-03"})
    assert statements.conflict_of(may, did, names, {"a": "2025-03-03", "b": "2025-03-05"}) is None


def test_arrest_then_release_is_a_sequence_not_a_dispute():
    held = claim("a", "Officers arrested three dockers", "arrest", **actor("Officers", "officer"))
    freed = claim("b", "Officers released three dockers", "release", **actor("Officers", "officer"))
    assert opposition.opposed(held, freed) == "sequence"  # never one claim (align) ...
    assert statements.conflict_of(held, freed, {}, {}) is None  # ... and no dispute


def test_a_description_meets_a_short_form_of_its_articles_name():
    firm = claim(
        "a",
        "The firm will close the depot",
        "shut_down",
        modality="future",
        **actor("The firm", "firm"),
    )
    named = claim("b", "Brandt closed the depot", "shut_down", **actor("Brandt", "brandt"))
    assert statements.same_subject(firm, named, [], {"a": {"brandt logistics"}}) == "brandt"


def test_an_act_then_its_denial_a_day_later_is_a_dispute():
    done = claim("a", "Ivo Marek conceded the race on Sunday", "concede", **actor("Ivo Marek"))
    not_done = claim(
        "b", "Ivo Marek has refused to concede", "concede", negated=True, **actor("Ivo Marek")
    )
    days = {"a": "2025-05-05", "b": "2025-05-06"}
    assert statements.conflict_of(done, not_done, {}, days)
    later = {"a": "2025-05-07", "b": "2025-05-06"}  # "has not conceded", then he conceded
    assert statements.conflict_of(done, not_done, {}, later) is None


def test_a_surname_is_its_full_name():
    full = claim(
        "a",
        "Anika Holm won the recount",
        "win",
        patient_key="recount",
        **actor("Anika Holm"),
        actor_label="PERSON",
    )
    short = claim("b", "Holm lost the recount", "lose", patient_key="recount", **actor("Holm"))
    assert statements.same_subject(full, short, ["contest"], {}) == "holm"
    other = claim(
        "b",
        "Erik Holm lost the recount",
        "lose",
        patient_key="recount",
        **actor("Erik Holm"),
        actor_label="PERSON",
    )
    assert statements.same_subject(full, other, ["contest"], {}) is None


def test_market_and_economy_directions():
    up = claim("a", "The Kesh 50 was up 1.4 percent at midday", "be", **actor("The Kesh 50", "50"))
    lower = claim("b", "The Kesh 50 closed lower", "shut_down", predicate="close")
    assert opposition.opposed(up, lower) == "antonym"
    assert ("open", -1) not in opposition.poles(lower)  # a market that closed lower is open
    grew = claim("a", "Ostland's economy grew in the spring", "rise", predicate="grow")
    shrank = claim("b", "Ostland's economy shrank in the spring", "shrink")
    assert opposition.opposed(grew, shrank) == "antonym"
    owed = claim("b", "The decision is up to the council", "be")
    assert opposition.poles(owed) == frozenset()


def test_resigning_and_being_fired_are_opposed():
    quit_ = claim("a", "Coach Rui Paz resigned on Monday", "resign", **actor("Rui Paz"))
    sacked = claim("b", "Coach Rui Paz was sacked on Monday", "sack", patient_key="rui paz")
    scales = opposition.opposed_scales(quit_, sacked)
    assert scales == ["exit"]
    assert statements.same_subject(quit_, sacked, scales, {}) == "rui paz"
    forced = claim("b", "Rui Paz was forced to resign", "resign", **actor("Rui Paz"))
    assert ("exit", -1) in opposition.poles(forced)


def test_admitting_and_denying():
    admit = claim("a", "The contractor admitted the welding faults", "admit")
    deny = claim("b", "The contractor denied the welding faults", "deny")
    assert opposition.opposed(admit, deny) == "antonym"


def test_a_level_pattern_holds_whatever_object_the_parse_hung_on_it():
    lower = claim(
        "b",
        "Shares in Ruda Steel closed lower despite the upgrade",
        "shut_down",
        predicate="close",
        patient_key="upgrade",
    )
    assert ("direction", -1) in opposition.poles(lower)
    grew = claim(
        "a", "Ruda Steel grew its order book", "rise", predicate="grow", patient_key="book"
    )
    assert opposition.poles(grew) == frozenset()


def test_a_copula_is_about_its_complement():
    member = claim(
        "a",
        "Lotte Brink is not a member of the board",
        "be",
        negated=True,
        patient_key="member",
        **actor("Lotte Brink"),
    )
    chair = claim(
        "b",
        "Lotte Brink is the chair of the board",
        "be",
        patient_key="chair",
        **actor("Lotte Brink"),
    )
    assert statements.conflict_of(member, chair, {}, {}) is None
    chair_too = claim(
        "a",
        "Lotte Brink is not the chair of the board",
        "be",
        negated=True,
        patient_key="chair",
        **actor("Lotte Brink"),
    )
    assert statements.conflict_of(chair_too, chair, {}, {})


def test_the_doer_named_by_its_own_spokesman():
    police = claim(
        "a",
        "they carried out the search of the ferry",
        "carry",
        patient_key="search",
        actor="they",
        attribution="Harbour police",
    )
    guard = claim(
        "b",
        "its divers carried out the search of the ferry",
        "carry",
        patient_key="search",
        actor="its divers",
        actor_key="diver",
        actor_keys=["diver"],
        attribution="The navy",
    )
    assert statements._other_doer(police, guard)
    officers = claim(
        "b",
        "Officers carried out the search of the ferry",
        "carry",
        patient_key="search",
        actor="Officers",
        actor_key="officer",
        actor_keys=["officer"],
        attribution="harbour police",
    )
    assert not statements._other_doer(police, officers)
    unknown = claim(
        "b",
        "Officers carried out the search of the ferry",
        "carry",
        patient_key="search",
        actor="Officers",
        actor_key="officer",
        actor_keys=["officer"],
    )
    assert not statements._other_doer(police, unknown)
