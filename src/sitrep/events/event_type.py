"""What happened, by ACLED's codebook: the event type and sub-type from the action and its sides.

The codebook defines a type by who acts on whom and how, not by which words
are frequent: an organised armed group killing unarmed people is violence
against civilians, two armed sides fighting is a battle, a crowd that turns
violent is a riot, a crowd that does not is a protest, and a bomb, shell or air
strike is remote violence whoever it hits. The rules below are data: each
``Rule`` names one pattern of the codebook, with the sentences it must read
(``tests/test_events_event_type.py`` runs every example). Word lists live once, in
``lexicon.TYPE_WORDS``; a rule's pattern names them as ``{STATE}``,
``{ARMED}``, ``{CIVILIAN}``, ``{CROWD}`` and so on.

The first rule that matches, in the order below, decides. The order is the
codebook's precedence: remote violence before the fighting around it, a
demonstration before what the police did to it, an abduction before a killing.
A report that matches no rule is left to the cue reading of ordinary crime,
accidents and disasters (``events.classify``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..extraction import lexicon as lx
from ..record import EventType

Span = tuple[int, int]


@dataclass(frozen=True)
class Rule:
    """One pattern of the codebook: when ``pattern`` matches (and ``unless`` does not), the event is this type."""

    name: str
    event_type: EventType
    sub_event_type: str
    pattern: str
    examples: tuple[str, ...]
    #: a pattern that, found in the same text, means the rule does not apply
    unless: str | None = None
    #: sentences the rule must not read as its type (tests run them too)
    counter_examples: tuple[str, ...] = ()
    #: a pattern that must also be found for the rule to apply: in the lead (the first sentence) when
    #: ``lead`` is set, since what a note says first is its event and later sentences its aftermath
    requires: str | None = None
    lead: bool = False
    #: words that are not read for this rule: "a protest against the attacks" tells no attack by the protesters
    mask: str | None = None


@dataclass(frozen=True)
class TypeReading:
    event_type: EventType
    sub_event_type: str
    rule: str
    evidence: tuple[Span, ...]


def _words(name: str) -> str:
    """A lexicon table as one regex, its entries folded into a trie: one pass per position, not one per entry.

    A space in an entry matches any run of spaces or hyphens. A short acronym ("IS") and an entry written
    with a leading "=" ("=march", not the month) match only as written.
    """
    exact: list[str] = []
    folded: list[str] = []
    for entry in lx.TYPE_WORDS[name]:
        word = entry.lstrip("=")
        (exact if entry.startswith("=") or (word.isupper() and len(word) <= 5) else folded).append(word)
    parts = [_trie(sorted({w.lower() for w in folded}))] if folded else []
    if exact:
        parts.append("(?-i:" + _trie(sorted(set(exact))) + ")")
    return "(?:" + "|".join(parts) + ")"


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, longest first, with shared prefixes factored out."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"[\s-]+" if ch in " -" else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        end = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)


#: Words between a side and its action: "militants reportedly attacked", "police on Monday fired".
_GAP = r"\s+(?:[\w'’,()-]+\s+){0,6}?"


def _expand(pattern: str) -> str:
    out = pattern.replace("{GAP}", _GAP)
    for name in lx.TYPE_WORDS:
        out = out.replace("{" + name + "}", _words(name))
    return out


#: What a demonstration is about, not what its people do: "a protest against the attacks", "justice for".
_TOPIC = (
    r"\b(?:against|over|following|after|condemn\w*|denounc\w*|justice for|in response to|in protest|in support"
    r"|protest(?:ing|ed)? (?:the|a|an)|demanding|to demand|prior|recent|previous)\b[^.;,]{0,60}"
)

#: Fighting around a bomb or a shell: the codebook makes the whole a battle.
_FIGHTING = (
    r"\b(?:small arms|ambush\w*|gunfire|gunmen|exchanged? (?:of )?fire|exchanged gunfire|clash\w*|gun ?battle\w*"
    r"|firefight\w*|gunfight\w*|shoot-?out|stormed|fighting|fought)\b"
)

#: Words between a group of people and what it did, where no other side or teller stands between:
#: "residents in the village of Nogo barricaded", not "residents said police closed".
_GROUP_GAP = (
    r"\s+(?:(?!(?:said|says|told|police|officers?|troops|soldiers|authorities|gendarmes?)\b)[\w'’,()-]+\s+){0,6}?"
)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ not political violence: disasters and accidents
    Rule(
        "disaster",
        "non_conflict",
        "disaster",
        r"\b{DISASTER}\b",
        (
            "Flooding killed 12 people in the district on Monday.",
            "An earthquake struck the region, killing at least 40 people.",
        ),
        unless=r"\b(?:{ARMED}|{STATE}|{CROWD})\b.{0,80}\b(?:attack|attacked|killed|shot|fired|clashed)\b"
        r"|\b(?:{PROTEST}|rall(?:y|ies)|blocked (?:the |a )?(?:[\w-]+ ){0,3}?(?:road|highway|street|bypass)s?)\b",
        counter_examples=("Residents blocked the highway to demand help after floods destroyed their homes.",),
    ),
    Rule(
        "accident",
        "non_conflict",
        "accident",
        r"\b{ACCIDENT}\b",
        (
            "A bus plunged into a ravine, killing 15 passengers.",
            "Two people died when their car collided with a truck on the highway.",
        ),
        unless=r"\b(?:{ARMED}|{STATE}|{CROWD}|{EXPLOSIVE}|{AIR}|{SHELLING}|{GRENADE}|{SUICIDE}|{PROTEST})\b"
        r"|\b(?:shot|opened fire|gunmen|attack\w*|mobs?|torched|lynch\w*|set (?:on )?fire|clash\w*|assault\w*"
        r"|ston\w*|beat|beaten|vandali[sz]ed|barricad\w*|bonfires?|set ablaze"
        r"|blocked (?:the |a )?(?:[\w-]+ ){0,3}?(?:road|highway|street)s?)\b",
        counter_examples=("A mob torched the truck after it collided with a motorcycle, killing the rider.",),
    ),
    # ------------------------------------------------------------ strategic developments that name their kind
    Rule(
        "weapons_disrupted",
        "strategic_developments",
        "disrupted_weapons_use",
        r"\b(?:defus\w*|diffus\w*|defusal|deactivat\w*|detonated safely|safely detonated|controlled (?:explosion|detonation)"
        r"|bomb disposal|shot down|downed|intercepted)\b"
        r"|\b(?:dismantl\w*|disarmed|disabled|thwarted|foiled|neutrali[sz]ed|uncovered|discovered|seized|recovered|found"
        r"|planting|cache of)\b.{0,60}\b(?:{EXPLOSIVE}|{GRENADE}|bombs?|explosives?|drones?|missiles?|rockets?|mines?"
        r"|vests?)\b"
        r"|\b(?:{EXPLOSIVE}|bombs?|explosives?|mines?)\b.{0,60}\b(?:defused|dismantled|disabled|found and removed"
        r"|was removed|were removed|discovered|uncovered|recovered|seized)\b",
        (
            "Police defused an IED planted near the school.",
            "Soldiers discovered and dismantled a roadside bomb on the highway.",
            "Air defences shot down a drone over the city.",
        ),
        unless=r"\b(?:killed|killing|wounded|injured|exploded|detonated(?! safely)|went off|arrest\w*|detain\w*)\b",
    ),
    Rule(
        "agreement",
        "strategic_developments",
        "agreement",
        r"\b(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord|pact)|signed an? (?:agreement|accord|deal)"
        r"|reached an? (?:agreement|deal)|agreed to|surrendered|surrender(?:ing)? (?:their|his|to))\b",
        (
            "The two communities signed a truce to end the cattle raids.",
            "Thirty militants surrendered to the army with their weapons.",
        ),
        unless=r"\b(?:killed|killing|clashed|attacked|shot|violat\w+|broke|breach\w*)\b",
    ),
    Rule(
        "base_established",
        "strategic_developments",
        "headquarters_or_base_established",
        r"\b(?:established|set up|built|erected|setting up|establish)\b.{0,40}\b(?:base|camp|headquarters|post|outpost"
        r"|position)s?\b|\bset base\b",
        (
            "Militants set up a camp in the forest near the village.",
            "The army established a new military post on the hill.",
        ),
        unless=r"\b(?:attack\w*|killed|clash\w*|fired|shot|checkpoints?)\b",
    ),
    Rule(
        "territory_without_fight",
        "strategic_developments",
        "non_violent_transfer_of_territory",
        r"\b(?:took (?:over|control)|take over|seized control|overtakes?|withdrew from|withdrawn from|handed over"
        r"|retreated from)\b.{0,120}\b(?:without (?:resistance|a fight|fighting|a shot)|no (?:fighting|clashes|violence)"
        r"|unopposed|peacefully)\b"
        r"|\b(?:without (?:resistance|a fight|fighting)|unopposed)\b.{0,80}\b(?:took (?:over|control)|seized|entered)\b",
        ("Rebels took over the town without resistance after the army withdrew.",),
    ),
    # ------------------------------------------------------------ remote violence: the weapon decides the sub-type
    Rule(
        "suicide_bomb",
        "explosions_remote_violence",
        "suicide_bomb",
        r"\b{SUICIDE}\b",
        ("A suicide bomber blew himself up at a checkpoint, killing three soldiers.",),
    ),
    Rule(
        "air_strike",
        "explosions_remote_violence",
        "air_drone_strike",
        r"\b{AIR}\b",
        (
            "Government warplanes carried out air strikes on rebel positions.",
            "A drone strike killed four militants in the district.",
        ),
        unless=r"\b(?:shot down|intercepted|downed)\b",
        counter_examples=("Protesters marched to the air base to demand pay.",),
    ),
    Rule(
        "shelling",
        "explosions_remote_violence",
        "shelling_artillery_missile",
        r"\b{SHELLING}\b",
        (
            "Rebel forces fired mortars at army positions near the village.",
            "Artillery shelling hit a residential area overnight.",
        ),
        counter_examples=("Police fired tear gas shells at the protesters.",),
        unless=_FIGHTING,
    ),
    Rule(
        "grenade",
        "explosions_remote_violence",
        "grenade",
        r"\b{GRENADE}\b",
        ("Unidentified men hurled a grenade at a police post.",),
        unless=_FIGHTING,
    ),
    Rule(
        "firebomb",
        "violence_against_civilians",
        "attack",
        r"\b{FIREBOMB}\b|\b(?:threw|thrown|hurled|lobbed|tossed)\b.{0,40}\bcocktails?\b",
        (
            "A petrol bomb was thrown at the door of the consulate overnight; the fire scorched the entrance.",
            "Separatist militants hurled incendiary devices at a bank branch in the old town.",
        ),
        unless=r"\b(?:{CROWD}|{PROTEST})\b|\briot\w*|\b(?:mobs?|youths?|supporters|gangs?)\b|" + _FIGHTING,
        requires=r"\b{FIREBOMB}\b|\bcocktails?\b",
        lead=True,
        counter_examples=("Protesters hurled petrol bombs at riot police outside parliament.",),
    ),
    Rule(
        "firebomb_by_crowd",
        "riots",
        "mob_violence",
        r"\b{FIREBOMB}\b|\b(?:threw|thrown|hurled|lobbed|tossed)\b.{0,40}\bcocktails?\b",
        ("A group of youths threw Molotov cocktails at the gate of the cultural centre.",),
        unless=r"\b(?:{CROWD}|{PROTEST})\b|\briot\w*|" + _FIGHTING,
        requires=r"\b{FIREBOMB}\b|\bcocktails?\b",
        lead=True,
    ),
    Rule(
        "remote_explosive",
        "explosions_remote_violence",
        "remote_explosive",
        r"\b{EXPLOSIVE}\b",
        ("A roadside bomb hit a military convoy, killing two soldiers.", "An IED exploded near the market."),
        unless=r"\b(?:molotov|petrol|crude|cocktail|sound|smoke|stun)[\s-]bombs?\b|\bmolotov\b"
        r"|\b(?:seiz\w*|confiscat\w*|recover\w*|cache|found|discovered|possession|making)\b.{0,30}"
        r"\b(?:bombs?|explosives?|IEDs?|devices?)\b|" + _FIGHTING,
        requires=r"\b(?:explo\w+|blasts?|detonat\w*|went off|killed|killing|injur\w*|wound\w*|hit|struck|attack\w*"
        r"|damag\w*|destroy\w*|bombings?|planted|targeted|ripped)\b",
        counter_examples=(
            "Rival supporters clashed and hurled crude bombs at each other.",
            "Militants ambushed a convoy with an IED and gunfire, killing four soldiers.",
            "Police arrested six men, seizing pipe bombs and detonators; the cell planned attacks.",
        ),
    ),
    Rule(
        "bombed_property",
        "explosions_remote_violence",
        "remote_explosive",
        r"\b(?:bombed|dynamited|(?:blown|blew) up(?! at\b)|set off (?:\w+ ){0,2}(?:bombs?|explosives?|charges?|devices?))\b",
        (
            "The offices of two foreign banks were bombed during the night.",
            "Guerrillas dynamited three power pylons outside the city.",
            "A monument to the general was blown up by suspected rebels.",
            "The separatists set off bombs in front of two car dealerships.",
        ),
        unless=r"\b{FIREBOMB}\b|" + _FIGHTING,
        counter_examples=("The minister blew up at reporters over the budget leak.",),
    ),
    # ------------------------------------------------------------ demonstrations: what the crowd and the police did
    Rule(
        "protesters_killed",
        "protests",
        "excessive_force_against_protesters",
        r"\b(?:{STATE}|{ARMED})\b{GAP}(?:opened fire|fired live|shot (?:dead|and killed)|killed|killing)\b.{0,80}"
        r"\b(?:{CROWD}|protest\w*|demonstrat\w*)\b"
        r"|\b(?:{CROWD}|mourners|residents|students)\b.{0,40}\b(?:were|was)\b.{0,20}\b(?:shot|killed)\b.{0,40}"
        r"\bby\b.{0,20}\b(?:{STATE})\b"
        r"|\b(?:{STATE})\b\s+(?:shot|shoot|killed|kill)\b.{0,60}\b(?:{CROWD}|mourners|protesting|demonstrating)\b",
        (
            "Security forces opened fire on protesters, killing two of them.",
            "Two demonstrators were shot dead by police during the march.",
        ),
        unless=r"\b(?:{CROWD}|protesters?|demonstrators?)\b{GAP}(?:threw|hurled|pelted|torched|burn\w*|set fire"
        r"|vandali[sz]ed|looted|attacked|clashed|stormed)\b",
        requires=r"\b(?:{PROTEST}|{CROWD})\b",
        lead=True,
    ),
    Rule(
        "violent_demonstration",
        "riots",
        "violent_demonstration",
        r"\b{RIOT_ACT}\b|\bviolent (?:protest|demonstration)s?\b|\briot(?:s|ing|ed)?\b(?! police| squad| gear| control| unit)|\brioters\b",
        (
            "Protesters threw stones at the police and burned tyres on the main road.",
            "Students clashed with police during a demonstration over fees.",
            "Rioters torched shops in the town centre.",
        ),
        counter_examples=(
            "Police fired tear gas to disperse peaceful protesters.",
            "Students staged a protest demanding justice for a classmate killed in a clash last week.",
            "Residents marched against the recent attacks and riots in the town.",
        ),
        mask=_TOPIC,
        requires=r"\b(?:{PROTEST}|{CROWD})\b|\briot(?:s|ing|ed)?\b(?! police| squad| gear| control| unit)",
        lead=True,
    ),
    # a road barricaded, tyres burned: the codebook's violent demonstration, whatever the crowd is called (a road
    # only blocked is not: ACLED codes it either way)
    Rule(
        "road_barricaded",
        "riots",
        "violent_demonstration",
        r"\b(?:{CROWD}|{PEOPLE_GROUP})\b" + _GROUP_GAP + r"(?:barricad\w*|(?:erected|mounted|put up|set up) barricades)"
        r"|\bburn(?:ed|t|ing)\s+(?:[\w-]+\s+)?(?:tyres|tires)\b"
        r"|\bblock(?:ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:burning|stones|rocks|boulders|tyres|tires)\b",
        (
            "Residents of the village barricaded the road to the mine, angry at the dust from the trucks.",
            "On Monday people closed the main road by burning rubber tyres.",
            "Traders blocked the market road with burning logs to demand their stalls back.",
        ),
        counter_examples=(
            "Police barricaded the road after the shooting.",
            "Residents said officers barricaded the street for the investigation.",
            "Motorcycle taxi operators blocked the highway for hours to demand lower fees.",
        ),
    ),
    Rule(
        "protest_intervention",
        "protests",
        "protest_with_intervention",
        r"\b(?:{STATE})\b{GAP}(?:dispersed|disperse|dispersing|broke up|break up|fired tear ?gas|used tear ?gas"
        r"|lobbed tear ?gas|baton[\s-]charged|charged batons?|arrested|detained|blocked|prevented|stopped|beat"
        r"|assaulted|fired|firing|intervened|clamped|cracked down|responded|injur\w*|shoot|shot|harass\w*)\b"
        r"|\b(?:tear ?gas|water cannons?|rubber bullets|baton[\s-]charged?|charged batons?)\b"
        r"|\b(?:protest\w*|demonstrat\w*|rally|march|sit-in)\b.{0,80}\b(?:dispersed|were arrested|was arrested"
        r"|were detained|broken up|foiled)\b",
        (
            "Police fired tear gas to disperse students protesting tuition fees.",
            "Police dispersed the sit-in and arrested some of the protesters.",
        ),
        requires=r"\b(?:{PROTEST}|{CROWD})\b",
        lead=True,
        counter_examples=("Police arrested 50 suspected militants in a sweep of the district.",),
    ),
    Rule(
        "protest",
        "protests",
        "peaceful_protest",
        r"\b(?:{PROTEST})\b",
        (
            "Teachers staged a protest in front of the ministry demanding unpaid salaries.",
            "Residents held a human chain demonstration against the attack on a journalist.",
        ),
        requires=r"\b(?:{PROTEST})\b",
        lead=True,
        counter_examples=("Gunmen shot dead a trader. The next day residents protested the killing.",),
    ),
    Rule(
        "protest_plain",
        "protests",
        "peaceful_protest",
        r"\b(?:{PROTEST_PLAIN})\b",
        (
            "Hundreds of workers gathered outside the factory demanding unpaid wages.",
            "Residents blocked the road to the mine over dust from the trucks.",
        ),
        requires=r"\b(?:{PROTEST_PLAIN})\b",
        lead=True,
        unless=r"\b(?:{ARMED}|abduct\w*|kidnap\w*|ransom|killed|killing|shot|attack\w*|hostages?|robb\w*|looted"
        r"|guns?|gunpoint|knife|knifepoint|weapons?|armed|money|cash|barged|opened fire|fired|assailants)\b",
        counter_examples=(
            "Gunmen abducted two traders, demanding a ransom.",
            "Two men barged into a home with guns and demanded money from the owner.",
        ),
    ),
    Rule(
        "stones_thrown",
        "riots",
        "mob_violence",
        r"\b(?:pelt\w*|thr[eo]w\w*|hurl\w*|lobb\w*|rained)\b(?:\s+[\w-]+){0,2}?\s+{THROWN}\b"
        r"|\bstone[\s-]?(?:throwing|pelting|pelters)\b",
        (
            "Locals pelted stones at police officers who came to enforce the curfew.",
            "Police and stone-throwing youths clashed for a second day near the mosque.",
        ),
        unless=r"\b(?:{ARMED}|encounter\w*|gunfights?|exchange of fire)\b",
        counter_examples=("Militants fought troops overnight while youths pelted stones at the convoy.",),
    ),
    # ------------------------------------------------------------ territory changing hands in a fight
    Rule(
        "territory_regained",
        "battles",
        "government_regains_territory",
        r"\b(?:{STATE}|government|pro-government|regime)\b.{0,80}\b(?:recaptured|retook|regained(?: control)?"
        r"|took (?:back )?control|liberated|recovered control|retake|recapture|took back|seized control"
        r"|seized the (?:town|village|city|area|district|base))\b"
        r"|\b(?:recaptured|retook|regained control|liberated)\b",
        ("Government forces recaptured the town from the rebels after heavy fighting.",),
        unless=r"\b(?:{ARMED})\b{GAP}(?:recaptured|retook|took control|seized control|overran)\b",
    ),
    Rule(
        "territory_taken",
        "battles",
        "non_state_actor_overtakes_territory",
        r"\b(?:{ARMED})\b.{0,80}\b(?:overran|overrun|took control|seized control|captured the (?:town|village|city|base"
        r"|district)|took over|gained control)\b",
        ("Insurgents overran the army base and took control of the town.",),
    ),
    # ------------------------------------------------------------ violence against civilians: abduction and sexual violence
    Rule(
        "sexual_violence",
        "violence_against_civilians",
        "sexual_violence",
        r"\b(?:rap(?:ed|es|ing)|rape|gang-raped|gang rape|sexually (?:assaulted|abused)|sexual (?:violence|assault|abuse))\b",
        ("Armed men raped two women in the village.",),
    ),
    Rule(
        "abduction",
        "violence_against_civilians",
        "abduction",
        r"\b(?:abduct\w*|kidnap\w*|taken hostage|took hostage|forced disappearance|disappeared|went missing|held captive)\b",
        ("Gunmen abducted a village chief and two of his sons.", "Militants kidnapped four aid workers on the road."),
        unless=r"\b(?:{STATE})\b{GAP}(?:freed|rescued|released|arrested)\b.{0,40}\b(?:abduct\w*|kidnap\w*)"
        r"|\bkidnappers?\b.{0,40}\b(?:arrested|killed|shot)\b.{0,40}\bby\b",
    ),
    # ------------------------------------------------------------ two armed sides: battles
    Rule(
        "armed_on_civilians",
        "violence_against_civilians",
        "attack",
        r"\b(?:{STATE}|{ARMED})\b{GAP}(?:killed|shot(?: dead| and killed| and injured| and wounded)?|beat(?: and injured)?"
        r"|assault(?:ed)?(?: and injured)?|opened fire on|fired on|executed)\s+(?:(?:an?|the|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve|\d+|several|[\w-]+-years?-old)\s+)?(?:(?:young|unarmed|elderly|female"
        r"|male|local|innocent)\s+)?(?:{CIVILIAN}|{PERSON}|journalists?|taxi drivers?|motorists?|herdsmen|students?"
        r"|shopkeepers?)\b",
        (
            "Soldiers shot dead a young man at the market, accusing him of helping the militants.",
            "Gunmen opened fire on two farmers near a checkpoint of the army.",
        ),
        counter_examples=("Soldiers clashed with Boko Haram militants near the border.",),
    ),
    Rule(
        "armed_clash",
        "battles",
        "armed_clash",
        r"\b(?:clash\w*|fighting|fought|gun ?battle|gunfights?|firefights?|exchang\w* (?:of )?(?:gun)?fire"
        r"|skirmish\w*|shoot-?outs?|battle[sd]?|engaged|ambush\w*|repulsed|repelled|offensive|siege|besieged)\b"
        r"(?=.{0,160}\b(?:{ARMED}|{STATE})\b)"
        r"|\b(?:{ARMED}|{STATE})\b.{0,160}\b(?:clash\w*|fighting|fought|gun ?battle|gunfights?|firefights?"
        r"|exchang\w* (?:of )?(?:gun)?fire|thwarted|skirmish\w*|shoot-?outs?|ambush\w*|engaged|repulsed|repelled)\b"
        r"|\b(?:{ARMED}|{STATE})\b{GAP}(?:attack\w*|raided|stormed|struck|targeted|fired|opened fire"
        r"|ambushed|killed|shot|overran|repulsed|engaged)\b.{0,120}\b(?:{ARMED}|{STATE}|{ARMED_SITE})\b"
        r"(?!\s+(?:said|says|spokes\w*|sources?|officials?|told|reported|confirmed|statement))"
        r"|\b(?:{STATE})\b(?:\s+[\w-]+){0,3}?\s+(?:(?:were|was|are|is|have been|has been)\s+)?(?:shot|killed|wounded"
        r"|injured|hacked|ambushed|attacked|abducted)\b"
        r"|\b(?:small arms|unspecified weapons)\b"
        r"|\b(?:{STATE}|{ARMED}|{ARMED_SITE})\b.{0,40}\b(?:came under|was attacked|were attacked|attacked by|were killed by"
        r"|was killed by|killed by|following an? attacks? by|in an? attacks? by)\b.{0,40}\b(?:{ARMED}|{STATE})\b"
        r"|\b(?:clash\w*|fighting|fought|fights?|battles?|skirmish\w*|violence)\b.{0,30}\bbetween\b.{0,60}"
        r"\b(?:communities|community|clans?|tribes?|tribesmen|ethnic|pastoralists?|militias?|herders and farmers"
        r"|farmers and herders)\b"
        r"|\binter-?(?:clan|communal|ethnic|tribal)\s+(?:clash\w*|fighting|fights?|violence|battles?)\b",
        (
            "Soldiers clashed with Boko Haram militants near the border.",
            "Al Shabaab militants attacked a police post in the town.",
            "Three soldiers were killed by rebels in an ambush on the road.",
            "Four people died in a fight between two rival communities over a watering point.",
            "Inter-clan violence erupted in the zone, leaving five people dead.",
        ),
        unless=r"\b(?:{CROWD}|villagers|residents|youths|supporters)\b.{0,40}\bclash\w*\b",
    ),
    Rule(
        "operation_on_armed",
        "battles",
        "armed_clash",
        r"\b(?:{STATE})(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:assault|operation|offensive|raid|siege|storming|crackdown|attack)\b"
        r"|\b(?:killed|dead|died)\b[^.]{0,100}\b(?:{ARMED})\b[^.]{0,60}\b(?:{STATE})\b"
        r"|\b(?:killed|dead|died)\b[^.]{0,100}\b(?:{STATE})\b[^.]{0,60}\b(?:{ARMED})\b",
        (
            "The number of people killed in the army operation at the compound rose to 58, most of them militants.",
            "102 people were killed in the operation: 91 militants and 11 members of the security forces.",
        ),
        requires=r"\b(?:{ARMED})\b",
        counter_examples=("Two civilians were killed in a police operation in the slum.",),
    ),
    # ------------------------------------------------------------ an armed side on people who cannot fight back
    Rule(
        "bodies_found",
        "violence_against_civilians",
        "attack",
        r"\bmass graves?\b|\b(?:bodies|corpses)\b[^.]{0,80}\b(?:bullet-ridden|handcuffed|bound|blindfolded|mutilated"
        r"|beheaded|decapitated|tortured|dumped)\b|\b(?:bullet-ridden|handcuffed|blindfolded|mutilated|beheaded"
        r"|decapitated)\b[^.]{0,60}\b(?:bodies|corpses)\b",
        (
            "106 bullet-ridden bodies were found near the river.",
            "Police said 106 bodies that were bullet-ridden and handcuffed were found in the city.",
        ),
    ),
    Rule(
        "attack_on_civilians",
        "violence_against_civilians",
        "attack",
        r"\b(?:{ARMED}|{STATE})\b{GAP}(?:attack\w*|raided|killed|killing|shot|opened fire|fired|massacred|executed"
        r"|beheaded|hacked|stabbed|beat|beaten|tortured|assaulted|murdered|slaughtered|lynched)\b"
        r"|\b(?:{CIVILIAN}|{PERSON})\b.{0,60}\b(?:was|were|has been|have been)\b.{0,30}\b(?:killed|shot|attacked"
        r"|murdered|executed|beheaded|assaulted|beaten|tortured|stabbed|hacked)\b.{0,60}\bby\b.{0,60}"
        r"\b(?:{ARMED}|{STATE})\b"
        r"|\b(?:massacre\w*|killed (?:\w+ )?civilians|civilians? (?:were|was) killed|bodies|corpses?|body of)\b",
        (
            "Gunmen attacked the village and killed five residents.",
            "A farmer was shot dead by suspected militants on his field.",
            "Gunmen attacked two hotels and a railway station, firing on guests and commuters.",
        ),
    ),
    # ------------------------------------------------------------ crowds on people: mob violence
    Rule(
        "mob_violence",
        "riots",
        "mob_violence",
        r"\b(?:mobs?|lynch\w*|vigilantes?|mob justice|stoned to death|beaten to death|physical fight|fight broke out"
        r"|turned violent|(?:cocktail|crude|petrol) bombs?)\b"
        r"|\b(?:residents|villagers|youths?|locals|crowds?|farmers|herders|students|supporters|families|neighbours"
        r"|neighbors)\b(?:\s+[\w'-]+){0,4}?\s+(?:killed|lynched|beat|hacked|burned|torched)\b"
        r"|\b(?:{CROWD}|villagers|residents|youths?|supporters|members|locals|groups?|persons|farmers|students"
        r"|traders|passengers|assailants|rivals|accomplices|voters|workers|owners?|activists|followers|factions?"
        r"|leaders?|relatives|colleagues|employees|merchants|encroachers)\b.{0,60}?"
        r"\b(?:clash\w*|attacked|assaulted|assaulting|beat|beaten|vandali[sz]ed|torched|set (?:on )?fire|burned|stoned"
        r"|hacked|chased|fought|stabbed|pelted|lynch\w*|ransacked|confronted)\b"
        r"|\b(?:was|were)\s+(?:\w+\s+)?(?:attacked|assaulted|beaten|killed|lynched|stoned|hacked)\s+by\s+"
        r"(?:an?\s+(?:group|gang|number)\s+of\s+)?(?:angry\s+)?(?:youths?|students|residents|villagers|locals|supporters"
        r"|relatives|colleagues|mobs?|a mob|crowds?|a crowd)\b"
        r"|\b(?:clash\w*|fights?|fought|brawls?|scuffles?)\s+(?:broke out\s+|erupted\s+)?between\s+(?:[\w-]+\s+){0,4}?"
        r"(?:groups|villagers|residents|supporters|students|youths|factions|partisans|families|traders|farmers"
        r"|workers)\b"
        r"|\b(?:partisans|supporters|members)\b.{0,80}?\bclashed\s+with\s+(?:sticks|stones|machetes|clubs)\b",
        (
            "A mob lynched a suspected thief in the market.",
            "Supporters of two rival candidates clashed with sticks, injuring ten.",
            "Two reporters were assaulted by youths during the party meeting.",
            "Relatives of a patient who died assaulted three doctors at the hospital.",
            "A man was killed in a clash between two groups of villagers over a land dispute.",
        ),
    ),
    # ------------------------------------------------------------ harm done to the armed: a fight, not an attack
    Rule(
        "attack_on_forces",
        "battles",
        "armed_clash",
        r"\b(?:attack\w*|shot|killed|wounded|injured|stabbed|ambushed|hacked)\b"
        r"(?:\s+and\s+(?:\w+\s+)?(?:killed|wounded|injured))?\s+(?:(?:an?|the|two|three|four|five|\d+|several)\s+)?"
        r"(?:(?!(?:by|as|when|while|after|before|outside|near|at|in|on|with|from|to|and)\s)[\w-]+\s+)?(?:{STATE})\b"
        r"(?!\s+(?:posts?|stations?|said|says)\b)",
        (
            "A gang shot and wounded a police officer during a robbery in the market.",
            "Unknown individuals attacked and injured a security guard at the radio station.",
        ),
        counter_examples=("A pastor was killed outside the police post.", "A bandit was killed by police reservists."),
    ),
    # ------------------------------------------------------------ harm done, no armed other side: an attack
    Rule(
        "harm_to_people",
        "violence_against_civilians",
        "attack",
        r"\b(?:assassinat\w*|murder\w*|killed|killing|kill|shot dead|shot and|was shot|were shot|shooting"
        r"|attacks?|attacked|attackers|under attack"
        r"|beaten|beat up|razed|set alight"
        r"|hacked|stabbed|executed|tortured|injured|wounded|hostages?|raiders?|dead|died|body|bodies)\b",
        ("A teacher was shot dead by unidentified perpetrators.", "A councillor was assassinated in the village."),
    ),
    # ------------------------------------------------------------ other strategic developments
    Rule(
        "arrests",
        "strategic_developments",
        "arrests",
        r"\b(?:arrest\w*|detain\w*|apprehended|rounded up|nabbed|in custody)\b",
        ("Police arrested 50 suspected militants in a sweep of the district.",),
        unless=r"\b(?:killed|killing|shot|wounded|injured|attack\w*|clash\w*)\b",
    ),
    Rule(
        "throat_cut",
        "violence_against_civilians",
        "attack",
        r"\b(?:slit|slashed|cut)\s+(?:the|his|her|their)\s+throats?\b",
        ("Attackers slit the throats of three herders at their camp.",),
    ),
    Rule(
        "arson",
        "strategic_developments",
        "looting_property_destruction",
        r"\b{ARSON}\b|\bset\s+(?:[\w'-]+\s+){1,4}?(?:on fire|ablaze|alight)\b",
        (
            "Unknown individuals set fire to the car of a local businessman.",
            "A fire was set at the entrance of the embassy before dawn.",
            "Unidentified men set the ruling party's office on fire.",
        ),
    ),
    Rule(
        "property_destroyed",
        "strategic_developments",
        "looting_property_destruction",
        r"\b(?:houses?|homes?|huts?|shops?|vehicles?|cars?|buses|trucks?|buildings?|schools?|churches|church"
        r"|mosques?|offices?|stores?|warehouses?|crops|granaries|propert(?:y|ies))\b(?:\s+[\w-]+){0,4}?\s+(?:were|was"
        r"|had been|have been|has been)\s+(?:burned|burnt|torched|razed|destroyed|vandali[sz]ed)\b"
        r"|\b(?:unidentified|unknown)\b(?:\s+[\w-]+){0,3}?\s+(?:destroyed|vandali[sz]ed|smashed|wrecked)\b",
        (
            "Houses were burned in two villages along the disputed border.",
            "An unidentified group destroyed ballot boxes at the polling station.",
        ),
        counter_examples=("The old market building was destroyed by the flood.",),
        unless=r"\b(?:{DISASTER}|{ACCIDENT})\b",
    ),
    Rule(
        "looting",
        "strategic_developments",
        "looting_property_destruction",
        r"\b(?:loot\w*|pillag\w*|plunder\w*|ransack\w*|vandali[sz]\w*|torched|burn(?:ed|t) down|set (?:on )?fire"
        r"|destroyed|demolished|stole|stolen|steal\w*|burn(?:ed|t)|arson|seiz(?:ed|ing)|robbed|hijack\w*|emptied"
        r"|confiscated|extorted|rustled)\b",
        ("Militants burned down a school in the village.", "Armed men looted shops and seized cash."),
    ),
    Rule(
        "group_activity",
        "strategic_developments",
        "change_to_group_activity",
        r"\b(?:reinforcements?|deployed|deployment|redeployed|patrols?|recruit\w*|training camp|movement of forces"
        r"|mobili[sz]ed|withdrew|withdrawal|relocated|merged|split from|pledged allegiance|launched an? operation)\b",
        ("The army deployed reinforcements to the frontline.",),
    ),
)


@cache
def _compiled() -> tuple[
    tuple[Rule, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None], ...
]:
    def opt(p: str | None) -> re.Pattern[str] | None:
        return re.compile(_expand(p), re.I | re.S) if p else None

    return tuple(
        (r, re.compile(_expand(r.pattern), re.I | re.S), opt(r.unless), opt(r.requires), opt(r.mask)) for r in RULES
    )


def read_type(text: str, windows: list[Span] | None = None) -> TypeReading | None:
    """The first codebook rule the event's sentences match, with the words it read.

    ``windows`` are the event's sentences as character ranges of ``text``;
    None reads the whole text. Evidence offsets are into ``text``.
    """
    spans = windows or [(0, len(text))]
    joined = " ".join(text[s:e] for s, e in spans)
    lead = _lead(joined)
    if len(lead) < len(joined):
        first = _first_rule(lead, spans, joined)
        if first is not None and first.rule not in _WEAK:
            return first
    return _first_rule(joined, spans)


def rule_votes(text: str) -> tuple[str, ...]:
    """Every rule's say on ``text``, not only the first one's: ``any:<rule>`` for each rule that reads it,
    ``blocked:<rule>`` where its pattern is found but its ``unless`` or ``requires`` stops it, and
    ``lead:<rule>`` (or ``lead:none``) for the first rule of the first sentence alone.

    A learned model weighs these beside the words: several rules reading one note (an attack and a clash)
    tell it more than the one the order chose.
    """
    votes = []
    for rule, pattern, unless, requires, mask in _compiled():
        seen = mask.sub(lambda m: " " * len(m.group()), text) if mask is not None else text
        if pattern.search(seen) is None:
            continue
        stopped = (unless is not None and unless.search(text) is not None) or (
            requires is not None and not requires.search(_lead(text) if rule.lead else text)
        )
        votes.append(("blocked:" if stopped else "any:") + rule.name)
    lead = _lead(text)
    first = _first_rule(lead, [(0, len(lead))]) if len(lead) < len(text) else None
    votes.append("lead:" + (first.rule if first is not None else "none"))
    return tuple(votes)


#: The codebook's classes of the sides a note can name, as ``lexicon.TYPE_WORDS`` tables.
SIDE_CLASSES = ("STATE", "ARMED", "CIVILIAN", "PERSON", "CROWD")

#: "killed by", "attacked by suspected": the side named next is the one that acted.
_BY = re.compile(r"\bby\s+(?:(?:the|an?|some|suspected|alleged|unidentified|unknown|armed|presumed)\s+){0,3}", re.I)


@cache
def _side_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(r"\b" + _words(name) + r"\b", re.I)) for name in SIDE_CLASSES)


def side_votes(text: str) -> tuple[str, ...]:
    """The sides ``text`` names, by the codebook's classes: ``side:<class>`` for each, ``first:<class>`` for
    the first named (most often the one that acted), ``pair:<first>-<second>`` for the first two classes, and
    ``by:<class>`` for a side named after "by"; ``side:none`` where none is named.

    Who fights whom decides the type: state forces on armed men is a battle, armed men on civilians an attack.
    """
    hits = sorted((m.start(), name) for name, pattern in _side_patterns() for m in pattern.finditer(text))
    order: list[str] = []
    for _start, name in hits:
        if name not in order:
            order.append(name)
    if not order:
        return ("side:none",)
    votes = {f"side:{name}" for name in order} | {f"first:{order[0]}"}
    if len(order) > 1:
        votes.add(f"pair:{order[0]}-{order[1]}")
    starts = dict(hits)
    votes |= {f"by:{starts[m.end()]}" for m in _BY.finditer(text) if m.end() in starts}
    return tuple(sorted(votes))


#: Rules whose reading stands even where the report tells a crime: bodies found bound and shot are executions.
BEATS_CRIME = frozenset({"bodies_found"})

#: Types whose reading names a crowd as the side that acted: demonstrations and riots.
CROWD_TYPES: frozenset[EventType] = frozenset({"riots", "protests"})

_MOB = re.compile(r"\b(?:mobs?|lynch\w*|vigilantes?|mob justice|stoned to death|beaten to death)\b", re.I)


@cache
def _crowd_agent() -> re.Pattern[str]:
    """A crowd or a group of the public as the side that acted: first in the words, in the same clause as the act
    and not told as suffering ("villagers assaulted", not "students were stabbed" nor "threatened to kill the
    residents, but the victims fought back"), or named after "by"."""
    group = r"(?:{CROWD}|{PEOPLE_GROUP}|rioters|mobs?)"
    return re.compile(
        _expand(
            r"^\W*"
            + group
            + r"\b(?!\s+(?:were|was|had|have|are|is|being|been)\b)(?![^.]*?(?:[,;]|\bbut\b|\bvictims?\b))"
            r"|\bby\s+(?:an?\s+(?:group|gang|number)\s+of\s+)?(?:angry\s+)?" + group + r"\b"
        ),
        re.I,
    )


def names_mob(text: str) -> bool:
    """Whether the words name a mob's or a crowd's act: a mob, a lynching, vigilantes, or a crowd or group of the
    public (rioters, villagers, locals) that acted, not one that suffered."""
    return _MOB.search(text) is not None or _crowd_agent().search(text) is not None


#: Rules that name harm or damage but no side: alone, with no figure and no event word, they make no event.
WEAK_ALONE = frozenset({"looting", "group_activity", "arrests"})

#: Rules too weak to decide from the lead alone: what follows may say what the arrest or the damage was part of.
_WEAK = frozenset({"looting", "group_activity", "protest", "harm_to_people", "arson", "property_destroyed"})


def _first_rule(joined: str, spans: list[Span], whole: str | None = None) -> TypeReading | None:
    """The first rule matching ``joined`` (the lead, or all the event's sentences); what a rule requires is
    looked for in ``whole``, the event's sentences, or in their lead for a rule that wants it there."""
    whole = whole if whole is not None else joined
    for rule, pattern, unless, requires, mask in _compiled():
        seen = mask.sub(lambda m: " " * len(m.group()), joined) if mask is not None else joined
        m = pattern.search(seen)
        if m is None or (unless is not None and unless.search(joined)):
            continue
        if requires is not None and not requires.search(_lead(whole) if rule.lead else whole):
            continue
        return TypeReading(rule.event_type, rule.sub_event_type, rule.name, (_back(spans, m.start(), m.end()),))
    return None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9\"“])")

#: A heading in capitals before the first sentence ("FEDERAL REPUBLIC OF GERMANY. Rebels threw ..."): a country, not the lead.
_HEADING = re.compile(r"\s*[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*)*\.\s+(?=[A-Z0-9\"“])")


def _lead(text: str) -> str:
    """The first sentence, after a heading in capitals: where a report says what happened."""
    heading = _HEADING.match(text)
    m = _SENTENCE_END.search(text, (heading.end() if heading else 0) + 20)
    return text[: m.start() + 1] if m else text


def _back(spans: list[Span], start: int, end: int) -> Span:
    """Offsets in the joined sentences back to offsets in the text."""
    at = 0
    for s, e in spans:
        if start < at + (e - s) + 1:
            a = s + (start - at)
            return a, min(e, a + (end - start))
        at += e - s + 1
    return spans[-1]


@lru_cache(maxsize=1)
def _side_pattern() -> re.Pattern[str]:
    return re.compile(
        _expand(
            r"\b(?:{ARMED}|{CROWD}|{PROTEST}|{STATE}|{AIR}|{SHELLING}|{SUICIDE}|{GRENADE}|IEDs?|bombs?"
            r"|bombings?|land ?mines?|explosive devices?|remote-controlled|booby-trapped)\b"
        ),
        re.I,
    )


def names_side(text: str) -> bool:
    """Whether a text names an organised armed side, a crowd, or weapons of war (a bomb, a shell): not ordinary crime.

    The police alone do not count: they attend every street shooting.
    """
    return any(
        m.group().lower() not in lx.POLICE_WORDS and not re.match(r"\s+police\b", text[m.end() :], re.I)
        for m in _side_pattern().finditer(text)
    )


@lru_cache(maxsize=1)
def _crime_pattern() -> re.Pattern[str]:
    return re.compile(_expand(r"\b{CRIME_TELLING}\b"), re.I)


def told_as_crime(text: str) -> bool:
    """Whether a report tells its violence as a crime: a suspect, detectives, a homicide, a robbery."""
    return _crime_pattern().search(text) is not None
