"""Event-type rules read from the act itself, first in the order: disasters and accidents, the strategic
developments that name their kind, remote violence (the weapon decides the sub-type), and demonstrations
(what the crowd and the police did).
"""

from __future__ import annotations

from ..extraction import lexicon as lx
from .type_rule import FIGHTING, GROUP_GAP, TOPIC, Rule, TokenPattern

#: People of the public who blocked something ("residents of the village blocked the highway"): a demonstration,
#: where "blocked" alone is as often a court's ruling or an army's checkpoint.
_PEOPLE_BLOCKED = r"\b(?:{CROWD}|{PEOPLE_GROUP})\b" + GROUP_GAP + r"block(?:ed|ing)\b"

#: A way or a door blocked ("blocked the gates", "blocking the main entrance", "blocked traffic"): a demonstration
#: when nothing violent is told beside it.
_WAY_BLOCKED: TokenPattern = (
    {"LEMMA": "block", "POS": "VERB"},
    {"POS": {"IN": ["DET", "ADJ"]}, "OP": "{0,2}"},
    {"LEMMA": {"IN": sorted(lx.WAY_NOUNS)}},
)

ACT_RULES: tuple[Rule, ...] = (
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
        counter_examples=(
            "Police fired tear gas shells at the protesters.",
            "The two sides exchanged artillery fire along the front line overnight.",
        ),
        unless=FIGHTING,
    ),
    Rule(
        "grenade",
        "explosions_remote_violence",
        "grenade",
        r"\b{GRENADE}\b",
        ("Unidentified men hurled a grenade at a police post.",),
        unless=FIGHTING,
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
        unless=r"\b(?:{CROWD}|{PROTEST})\b|\briot\w*|\b(?:mobs?|youths?|supporters|gangs?)\b|" + FIGHTING,
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
        unless=r"\b(?:{CROWD}|{PROTEST})\b|\briot\w*|" + FIGHTING,
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
        r"\b(?:bombs?|explosives?|IEDs?|devices?)\b|" + FIGHTING,
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
        unless=r"\b{FIREBOMB}\b|" + FIGHTING,
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
            "Pupils marched over the exam results and stoned the headmaster's office.",
        ),
        counter_examples=(
            "Police fired tear gas to disperse peaceful protesters.",
            "Students staged a protest demanding justice for a classmate killed in a clash last week.",
            "Residents marched against the recent attacks and riots in the town.",
            "Opposition members staged a rally by burning an effigy of the mayor.",
            "Teachers marched to the square in solidarity with the victims of last month's attacks.",
        ),
        mask=TOPIC,
        requires=r"\b(?:{PROTEST}|{CROWD})\b|\briot(?:s|ing|ed)?\b(?! police| squad| gear| control| unit)",
        lead=True,
    ),
    # a road barricaded, tyres burned: the codebook's violent demonstration, whatever the crowd is called (a road
    # only blocked is not: ACLED codes it either way)
    Rule(
        "road_barricaded",
        "riots",
        "violent_demonstration",
        r"\b(?:{CROWD}|{PEOPLE_GROUP})\b" + GROUP_GAP + r"(?:barricad\w*|(?:erected|mounted|put up|set up) barricades)"
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
        r"\b(?:{PROTEST_PLAIN})\b|" + _PEOPLE_BLOCKED,
        (
            "Hundreds of workers gathered outside the factory demanding unpaid wages.",
            "Traders blocked the entrance to the market over the new fees.",
            "A group of taxi drivers blocked the ring road for two hours over the new fares.",
            "Dismissed workers blocked the gates of the factory on Monday.",
            "Since Monday they have been blocking the main entrance of the university over fee increases.",
            "Hawkers blocked traffic in the town centre over the eviction notices.",
            "Parents blocked the offices of the education department over the closure of the school.",
        ),
        tokens=_WAY_BLOCKED,
        requires=r"\b(?:{PROTEST_PLAIN})\b|" + _PEOPLE_BLOCKED,
        lead=True,
        unless=r"\b(?:{ARMED}|abduct\w*|kidnap\w*|ransom|killed|killing|shot|attack\w*|hostages?|robb\w*|looted"
        r"|guns?|gunpoint|knife|knifepoint|weapons?|armed|money|cash|barged|opened fire|fired|assailants)\b",
        counter_examples=(
            "Gunmen abducted two traders, demanding a ransom.",
            "Two men barged into a home with guns and demanded money from the owner.",
            "The court blocked the sale of the port to a foreign company.",
            "The ruling blocked the appointment of the new commissioner.",
            "Gunmen blocked the road and abducted the passengers of a bus.",
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
)
