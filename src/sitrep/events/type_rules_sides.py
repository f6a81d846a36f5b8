"""Event-type rules read from the sides and what one did to the other, after the act rules: territory
changing hands, abduction and sexual violence, battles between armed sides, attacks on people who cannot
fight back, mob violence, and the other strategic developments.
"""

from __future__ import annotations

from .type_rule import Rule

SIDE_RULES: tuple[Rule, ...] = (
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
        r"\b(?:rap(?:ed|es|ing)|rape|gang-raped|gang rape|sexually (?:assaulted|abused|molested)|sexual (?:violence|assault|abuse))\b",
        ("Armed men raped two women in the village.",),
    ),
    Rule(
        "abduction",
        "violence_against_civilians",
        "abduction",
        r"\b(?:abduct\w*|kidnap\w*|taken hostage|took hostage|forced disappearance|disappeared|went missing|held captive)\b",
        ("Gunmen abducted a village chief and two of his sons.", "Militants kidnapped four aid workers on the road."),
        unless=r"\b(?:{STATE})\b{GAP}(?:freed|rescued|released|arrested)\b.{0,40}\b(?:abduct\w*|kidnap\w*)"
        r"|\bkidnappers?\b.{0,40}\b(?:arrested|killed|shot)\b.{0,40}\bby\b"
        r"|\b(?:lynch\w*|mob justice)\b",  # "two suspected kidnappers were lynched": the mob's act
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
        r"\b(?:clash\w*|fighting|fought|gun ?battle|gunfights?|firefights?|exchang\w* (?:of )?(?:[\w-]+ |gun)?fire"
        r"|skirmish\w*|shoot-?outs?|battle[sd]?|engaged|ambush\w*|repulsed|repelled|offensive|siege|besieged)\b"
        r"(?=.{0,160}\b(?:{ARMED}|{STATE})\b)"
        # "forces encountered LeT militants", "killed in an encounter with security forces": a gunfight
        r"|\b(?:{STATE})\b{GAP}encountered\s+(?:[\w-]+\s+){0,2}?(?:{ARMED})\b"
        r"|\b(?:an|the)\s+encounter\s+(?:with|between)\s+(?:[\w-]+\s+){0,3}?(?:{ARMED}|{STATE})\b"
        r"|\b(?:{ARMED}|{STATE})\b.{0,160}\b(?:clash\w*|fighting|fought|gun ?battle|gunfights?|firefights?"
        r"|exchang\w* (?:of )?(?:[\w-]+ |gun)?fire|thwarted|skirmish\w*|shoot-?outs?|ambush\w*|engaged|repulsed|repelled)\b"
        r"|\b(?:{ARMED}|{STATE})\b{GAP}(?:attack\w*|raided|stormed|struck|targeted|fired|opened fire"
        r"|ambushed|killed|kill|kills|shot|shoot|shoots|gunned down|assassinat\w*|executed|beheaded|overran|repulsed"
        r"|engaged)\b.{0,120}(?<!off-duty )(?<!off-duty police )(?<!retired )(?<!retired police )(?<!former )\b(?:{ARMED}|{STATE}|{ARMED_SITE})\b"
        r"(?!\s+(?:said|says|spokes\w*|sources?|officials?|told|reported|confirmed|statement))"
        r"|\b(?:{STATE})\b(?:\s+[\w-]+){0,3}?\s+(?:(?:were|was|are|is|have been|has been)\s+)?(?:shot|killed|wounded"
        r"|injured|hacked|ambushed|attacked|abducted)\b"
        r"|\b(?:small arms|unspecified weapons)\b"
        r"|\b(?:{STATE}|{ARMED}|{ARMED_SITE})\b.{0,40}\b(?:came under|was attacked|were attacked|attacked by|were killed by"
        r"|was killed by|killed by|following an? attacks? by|in an? attacks? by)\b.{0,40}\b(?:{ARMED}|{STATE})\b"
        r"|\b(?:clash\w*|fighting|fought|fights?|battles?|skirmish\w*|violence)\b.{0,30}\bbetween\b.{0,60}"
        r"\b(?:communities|community|clans?|tribes?|tribesmen|ethnic|pastoralists?|militias?|herders and farmers"
        r"|farmers and herders)\b"
        r"|\binter-?(?:clan|communal|ethnic|tribal)\s+(?:clash\w*|fighting|fights?|violence|battles?)\b"
        r"|\b(?:ethnic|tribal|clan|communal)\s+(?:clash\w*|fighting|battles?)\b"
        r"|\b(?:clans|tribes|communities|ethnic groups)\s+(?:[\w-]+\s+){0,2}?(?:fought|clashed)\b",
        (
            "Soldiers clashed with Boko Haram militants near the border.",
            "Al Shabaab militants attacked a police post in the town.",
            "Three soldiers were killed by rebels in an ambush on the road.",
            "Four people died in a fight between two rival communities over a watering point.",
            "Inter-clan violence erupted in the zone, leaving five people dead.",
            "Two rival clans fought over a water point, and one man was killed.",
            "Gunmen shot dead an army lieutenant's bodyguard and two soldiers at a checkpoint.",
            "Troops encountered militants in an orchard outside the town; two militants were killed.",
        ),
        unless=r"\b(?:{CROWD}|villagers|residents|youths|supporters)\b.{0,40}\bclash\w*\b",
        counter_examples=("Two men on a motorbike shot dead an off-duty police officer outside his home.",),
    ),
    # ------------------------------------------------------------ a shoot-out: two armed sides, whoever they are
    Rule(
        "shootout",
        "battles",
        "armed_clash",
        r"\b(?:shoot-?outs?|gun ?battles?|firefights?|gunfights?|exchang\w* (?:of )?(?:[\w-]+ |gun)?fire)\b",
        (
            "Shoot-outs were reported overnight in two hillside communities of the city's north.",
            "A gunfight broke out near the bus terminal in the early hours.",
        ),
        counter_examples=("A crowd of students fought with stones outside the campus gate.",),
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
        # "bus drivers beat and killed a conductor", "a group of angry people killed a thief": people of
        # the public who killed, not who were killed
        r"|\b(?:drivers|riders|operators|brokers|voters|relatives|sons|brothers|kin|neighbou?rs"
        r"|(?:a number of|a group of|several|some|many|\d+) (?:[\w-]+ )?(?:people|men|women|individuals))\b"
        r"(?:(?!\b(?:were|was|are|is|been|being|by|after|when|who)\b)[^.;]){0,60}?\b(?:killed|killing|lynched)\b"
        r"(?!\s+(?:by|in|at|on|during|when|as|after|while|near|following|over)\b|\s*[.,;])"
        r"|\b(?:{CROWD}|villagers|residents|youths?|supporters|members|locals|groups?|persons|farmers|students"
        r"|traders|passengers|assailants|rivals|accomplices|voters|workers|owners?|activists|followers|factions?"
        r"|leaders?|relatives|colleagues|employees|merchants|encroachers|brothers|la(?:bo|bou)rers|contractors|hunters|kin"
        r"|drivers|riders|operators|brokers|(?:a number of|a group of|several|some|many|\d+) (?:people|men|women))\b"
        r"(?!\s+(?:were|was|have been|had been|are|is)\b).{0,90}?"
        r"\b(?:clash\w*|attacked|assaulted|assaulting|beat|beaten|vandali[sz]ed|torched|set (?:on )?fire|burned|stoned"
        r"|hacked|chased|fought|stabbed|pelted|lynch\w*|ransacked|confronted)\b"
        r"|\b(?:was|were)\s+(?:\w+\s+)?(?:attacked|assaulted|beaten|killed|lynched|stoned|hacked)\s+by\s+"
        r"(?:an?\s+(?:group|gang|number)\s+of\s+)?(?:angry\s+)?(?:youths?|students|residents|villagers|locals|supporters"
        r"|relatives|colleagues|voters|drivers|riders|neighbou?rs|mobs?|a mob|crowds?|a crowd)\b"
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
            "Two brothers beat a shepherd with sticks after a quarrel over grazing.",
            "Motorbike riders beat and killed a bus driver after a crash on the highway.",
            "A group of angry people chased a suspected burglar and killed him.",
        ),
        counter_examples=(
            "A group of local people were killed when gunmen raided the village.",
            "Five women and a boy killed by raiders near the river.",
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
        r"|beaten|beat up|razed|set alight|assault(?:ed|ing)|whipped|roughed up|beat(?=[^.]{0,40}\bto death\b)"
        r"|hacked|stabbed|executed|tortured|injured|wounded|hostages?|raiders?|dead|died|body|bodies)\b",
        (
            "A teacher was shot dead by unidentified perpetrators.",
            "A councillor was assassinated in the village.",
            "Unknown men assaulted a trader on the road home from the market.",
        ),
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
