"""Word lists that carry the coding rules of SPEC.md.

No lemmatizer runs, so verbs are listed with their inflections. Lists are
lower-case surface forms.
"""
from __future__ import annotations


def _forms(*stems: str) -> frozenset[str]:
    """Expand 'kill|s|ed|ing' style entries into surface forms."""
    out: set[str] = set()
    for stem in stems:
        base, *endings = stem.split("|")
        out.add(base)
        out.update(base + e for e in endings)
    return frozenset(out)


#: Verbs and adjectives whose patient is counted, by figure kind.
KIND_WORDS: dict[str, frozenset[str]] = {
    "killed": _forms(
        "kill|s|ed|ing", "slain", "slay|s|ing", "slew", "murder|s|ed|ing", "massacre|d|s",
        "massacring", "execute|d|s", "executing", "behead|ed|s|ing", "lynch|ed|es|ing",
        "assassinate|d|s", "assassinating", "die|d|s", "dying", "dead", "perish|ed|es|ing",
        "drown|ed|s|ing", "electrocuted", "martyred", "deceased", "fatally", "lifeless", "succumb|ed|s|ing",
    ),
    "injured": _forms(
        "injure|d|s", "injuring", "wound|ed|s|ing", "hurt|s|ing", "maim|ed|s|ing",
        "hospitalised", "hospitalized", "graze|d", "grazing", "pistol-whipped", "pistol-whipping", "whipped",
        "recovering",
    ),
    "kidnapped": _forms(
        "kidnap|s|ped|ping", "kidnaped", "abduct|s|ed|ing", "snatch|ed|es", "seize|d", "seizing",
    ),
    "arrested": _forms(
        "arrest|s|ed|ing", "detain|s|ed|ing", "capture|d|s", "capturing", "apprehend|s|ed|ing",
        "nab|bed|s", "jail|ed|s", "imprison|ed|s", "handcuffed", "custody",
    ),
    "surrendered": _forms("surrender|s|ed|ing"),
    "rescued": _forms(
        "rescue|d|s", "rescuing", "free|d|s|ing", "release|d|s", "releasing", "evacuate|d|s",
        "evacuating", "liberate|d|s", "save|d",
    ),
    "displaced": _forms("displace|d|s", "uproot|ed|s", "homeless", "fled", "flee|s|ing"),
    "missing": frozenset({"missing", "unaccounted", "disappeared"}),
    "hostage": frozenset({"hostage", "hostages", "captive", "captives"}),
}
#: Nouns that are themselves the counted people and name the kind ("150 hostages", "12 deaths").
KIND_NOUNS: dict[str, str] = {
    "hostages": "hostage", "hostage": "hostage", "captives": "hostage",
    "dead": "killed", "deaths": "killed", "death": "killed", "fatalities": "killed", "bodies": "killed",
    "corpses": "killed", "lives": "killed", "body": "killed",
    "wounded": "injured", "injured": "injured", "injuries": "injured", "injury": "injured",
    "refugees": "displaced", "evacuees": "displaced", "arrests": "arrested", "detainees": "arrested",
    "abductees": "kidnapped", "missing": "missing", "survivors": "rescued",
}
#: Verbs whose subject in the active voice is the one harmed (no object needed).
INTRANSITIVE_KINDS = frozenset(
    {"die", "died", "dies", "dying", "perished", "perish", "perishes", "drowned", "surrendered", "recovering",
     "surrender", "surrenders", "surrendering", "succumbed", "succumbs", "disappeared", "fled", "flee",
     "flees", "fleeing"}
)
#: Words that make a one-person mention someone not yet spoken of: "another man", "a second victim".
OTHER_WORDS = frozenset({"another", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                         "tenth", "other"})
#: Nouns of a wound: "with a gunshot wound", "suffering non-life-threatening injuries".
WOUND_NOUNS = frozenset({"wound", "wounds", "injury", "injuries", "gunshot", "gunshots", "burns", "graze"})
#: Body parts and projectiles: "struck in the leg", "hit by a stray bullet" is an injury.
BODY_PARTS = frozenset(
    """head face neck chest back leg legs arm arms hand hands foot feet shoulder stomach abdomen torso hip
    thigh knee buttocks groin side eye jaw wrist ankle elbow""".split()
)
PROJECTILES = frozenset({"gunfire", "bullet", "bullets", "round", "rounds", "shrapnel", "pellets", "fire"})
#: "was shot" is an injury unless a death is also stated.
SHOT_WORDS = frozenset({"shot", "stabbed", "struck", "hit", "beaten", "attacked", "assaulted", "gunned"})
#: Words before a verb that make its figure unreal ("asked to surrender", "threatened to kill").
IRREALIS_HEADS = frozenset(
    {"asked", "ask", "urged", "urge", "demanded", "refused", "threatened", "threaten", "threatening",
     "threatens", "planned", "planning",
     "plan", "plans", "tried", "try", "tries", "trying", "attempted", "attempting", "attempt", "attempts", "vowed", "wanted", "wants", "want", "could", "would",
     "prevent", "prevented", "avoid", "avoided", "feared", "fear", "fears", "warned", "ordered", "called",
     "aim", "aimed", "allowed", "allow", "pledged", "promised", "hoping", "hope", "sought", "seeking",
     "minimise", "minimize", "risk", "going", "gonna"}
)
BELIEVED_WORDS = frozenset(
    {"believed", "feared", "reportedly", "unconfirmed", "thought", "suspected", "presumed", "likely",
     "possibly", "apparently", "may", "might", "estimated", "allegedly", "rumoured", "rumored",
     "probably", "perhaps", "unverified"}
)
CLAIM_WORDS = frozenset({"claim", "claims", "claimed", "claiming", "boasted"})
DENY_WORDS = frozenset({"denied", "deny", "denies", "denying", "rejected", "refuted", "dismissed"})
SPEECH_VERBS = frozenset(
    {"said", "says", "say", "told", "tell", "tells", "reported", "reports", "confirmed", "confirms",
     "stated", "states", "announced", "announces", "added", "quoted", "quoting", "according",
     "claimed", "claims", "noted", "explained", "insisted", "warned", "revealed", "disclosed",
     "indicated", "estimated", "put", "puts", "gave", "counted", "recorded", "reporting"}
)

#: Counted nouns and their class (SPEC.md section 1).
SECURITY_WORDS = frozenset(
    """soldier soldiers troops troop trooper troopers army armies police policeman policemen policewoman
    policewomen officer officers cop cops commando commandos personnel security forces force guard guards
    guardsmen guardsman paramilitary paramilitaries paramilitary sentries sentry marine marines sailors
    airmen servicemen serviceman servicemembers peacekeeper peacekeepers ranger rangers gendarme gendarmes
    constable constables deputy deputies sheriff agent agents militiamen legionnaires jawans jawan
    sergeant corporal lieutenant captain major colonel general private conscripts conscript recruits
    fc frontier levies militia-men bodyguard bodyguards arbaki arbakis""".split()
)
MILITANT_WORDS = frozenset(
    """militant militants rebel rebels insurgent insurgents attacker attackers gunman gunmen terrorist
    terrorists fighter fighters jihadist jihadists extremist extremists bomber bombers ultras ultra
    guerrilla guerrillas guerillas guerilla separatist separatists assailant assailants raider raiders
    mujahideen taliban shooter shooters suspect suspects kidnapper kidnappers abductor abductors
    bandit bandits pirates pirate combatants combatant jihadis jihadi islamists islamist gangsters
    gangster gang robbers robber hijacker hijackers sniper snipers cadres cadre maoists maoist naxals
    naxalites militiamen militia militias perpetrator perpetrators rustlers hostage-takers""".split()
)
CIVILIAN_WORDS = frozenset(
    """civilian civilians woman women child children girl girls boy boys student students worshipper
    worshippers worshiper worshipers passer-by passers-by passersby hostage hostages villager villagers
    resident residents pilgrim pilgrims shopper shoppers passenger passengers farmer farmers journalist
    journalists reporter reporters teacher teachers doctor doctors nurse nurses patient patients worker
    workers labourer labourers laborers employees employee infant infants baby babies toddler toddlers
    teenager teenagers teen teens schoolchildren schoolgirls schoolboys pupils pupil mother mothers father
    fathers daughter daughters son sons wife wives husband husbands family families relatives elderly
    refugees refugee tourists tourist foreigners foreigner christians muslims hindus sikhs shia shiites
    sunnis worshipers mourners guests customers fishermen herders traders vendors shopkeepers monks nuns
    priests priest imam clerics cleric aid volunteers volunteer bystanders bystander minors minor
    protesters protester demonstrators demonstrator passers activists activist campaigners campaigner
    supporters supporter fans spectators commuters motorists pedestrians drivers driver shoppers diners
    churchgoers parishioners miners athletes players locals tenants neighbors neighbours partygoers
    concertgoers guests lawyers politicians voters youths firefighters firefighter paramedics paramedic
    medics medic couple couples elders tribesmen kids bloggers scholars professors schoolteachers settlers
    hunters consuls diplomats dependents""".split()
)
#: Counted nouns with no side: people, persons, victims.
UNKNOWN_PERSON_WORDS = frozenset(
    """people persons person individuals individual victims victim men man casualties others dead wounded
    injured bodies body lives deaths fatalities residents-and crew members member adults adult youths youth
    males male females female juveniles juvenile inmates inmate prisoners prisoner detainees detainee
    survivors survivor missing migrants migrant citizens citizen nationals national officials aides staff more
    pilots commanders""".split()
)
#: Singular nouns that can stand for one person ("a 26-year-old man was shot dead").
SINGLE_PERSON_NOUNS = frozenset(
    """man woman boy girl child teen teenager toddler baby infant person victim officer soldier policeman
    policewoman trooper deputy guard driver resident student mother father son daughter brother sister
    wife husband uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter cleric
    imam priest journalist reporter teacher doctor nurse worker employee owner clerk customer passenger
    pedestrian bystander gunman shooter suspect attacker assailant bomber militant rebel commander leader
    chief official civilian worshipper farmer shopkeeper vendor man's juvenile male female youth
    motorist cyclist neighbor neighbour friend girlfriend boyfriend roommate homeowner tenant security
    sergeant lieutenant corporal captain constable agent inmate prisoner patient pastor firefighter
    paramedic clerk cashier guard labourer laborer trader watchman rider shopkeeper stepfather stepmother
    stepson stepdaughter stepbrother stepsister fiance fiancee fiancé fiancée spouse ex-wife ex-husband
    ex-girlfriend ex-boyfriend relative acquaintance coworker co-worker classmate landlord landlady
    bartender bouncer waiter waitress occupant individual adult visitor guest""".split()
)
#: Words that say a person is a man or a woman ("the man", "his", "Fry's mother").
MALE_WORDS = frozenset({"man", "boy", "male", "father", "son", "brother", "husband", "uncle", "nephew", "grandfather",
                        "grandson", "boyfriend", "gunman", "policeman", "his", "he", "him", "himself", "stepfather",
                        "stepson", "stepbrother", "ex-husband", "ex-boyfriend", "fiance", "fiancé"})
FEMALE_WORDS = frozenset({"woman", "girl", "female", "mother", "daughter", "sister", "wife", "aunt", "niece",
                          "grandmother", "granddaughter", "girlfriend", "policewoman", "her", "she", "herself",
                          "stepmother", "stepdaughter", "stepsister", "ex-wife", "ex-girlfriend", "fiancee",
                          "fiancée"})


def gender_of(group: str) -> str | None:
    """'m' or 'f' when a person's own words say it: in "his girlfriend" or "Stafford's wife" the owner's
    gender does not count."""
    words = group.lower().replace("’", "'").rsplit("'s ", 1)[-1].split()
    while words[:1] and words[0] in ("his", "her", "their", "its"):
        words = words[1:]
    if set(words) & MALE_WORDS:
        return "m"
    if set(words) & FEMALE_WORDS:
        return "f"
    return None


#: Words under which a harm is what a protest is about: "protesting over the killing of", "justice for".
PROTEST_CAUSE_WORDS = frozenset(
    """protest protests protested protesting demonstrate demonstrated demonstrating demonstration rally rallied
    rallies demanding demand demanded demands justice condemning condemn condemned mourn mourning mourned
    march marched marching""".split()
)
#: Subjects of a protest: "Protesters blocked the highway after five guards were killed".
PROTESTER_WORDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "mourners", "marchers"})
#: "suffered injuries", "sustained wounds": the subject was hurt.
SUFFER_VERBS = frozenset({"suffered", "sustained", "received"})
INJURY_OBJECTS = frozenset({"injuries", "wounds", "wound", "injury", "burns"})
#: "were taken to a hospital", "was rushed to hospital": the people carried there were hurt.
HOSPITAL_VERBS = frozenset({"taken", "rushed", "transported", "airlifted", "hospitalized", "hospitalised"})
HOSPITAL_WORDS = frozenset({"hospital", "hospitals"})
#: Third-person pronouns that stand for one person, with the gender they say.
PERSON_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "him": "m", "her": "f", "himself": "m", "herself": "f"}
#: Nouns whose "of N" counts people: "a family of six", "a group of 20".
GROUP_OF_N_NOUNS = frozenset({"family", "group", "crew", "team", "party", "band", "delegation"})
#: Verbs whose object is always a person: "killed a tea seller" counts one person, whatever the noun.
PERSON_OBJECT_VERBS = frozenset(
    """killed kill kills killing murdered murder murders murdering assassinated assassinate assassinating
    beheaded beheading abducted abduct abducting kidnapped kidnap kidnapping lynched""".split()
)
#: Counted nouns that are never people (rooms, hours, vehicles...), so never figures.
NON_PERSON_WORDS = frozenset(
    """room rooms hour hours minute minutes second seconds day days week weeks month months year years
    vehicle vehicles car cars truck trucks bus buses tank tanks house houses home homes building buildings
    shop shops round rounds shot shots bullet bullets shell shells rocket rockets missile missiles bomb
    bombs mortar mortars grenade grenades dollar dollars rupee rupees pound pounds euro euros km
    kilometres kilometers mile miles metre metres meter meters percent per cent kg kilograms tonnes tons
    side sides time times floor floors point points goal goals run runs wicket wickets game games match
    matches seat seats vote votes share shares village villages town towns district districts province
    provinces country countries city cities acre acres hectare hectares mosque mosques church churches
    school schools camp camps checkpoint checkpoints post posts weapon weapons gun guns rifle rifles
    magazines magazine cartridge cartridges casings case cases incident incidents attack attacks blast
    blasts explosion explosions raid raids operation operations strike strikes aircraft plane planes
    helicopter helicopters boat boats ship ships flight flights mile-long block blocks street streets
    bullets pistols handguns calls call counts count charges charge feet foot inches inch ounces grams
    page pages episode episodes laps lap yards yard ages age shooting shootings homicide homicides murder
    murders stabbing stabbings robbery robberies incident incidents dog dogs cat cats horse horses cattle
    cow cows goat goats sheep animal animals knife knives computer computers phone phones bull bulls puppy
    puppies pet pets deer bear bears bird birds pig pigs coyote coyotes livestock""".split()
)

#: Event vocabulary: word -> (event_type, sub_event_type, weight).
EVENT_CUES: dict[str, tuple[str, str, float]] = {}


def _cues(event_type: str, sub: str, weight: float, words: str) -> None:
    for w in words.split():
        EVENT_CUES[w.replace("_", " ")] = (event_type, sub, weight)


_cues("explosions_remote_violence", "suicide_bomb", 5.0,
      "suicide_bomber suicide_bombers suicide_bombing suicide_bombings suicide_attack suicide_attacker "
      "suicide_blast suicide_car suicide_vest blew_himself blew_herself blew_themselves")
_cues("explosions_remote_violence", "remote_explosive", 3.0,
      "roadside_bomb car_bomb ied ieds improvised_explosive landmine land_mine explosive_device "
      "bomb bombing bombings blast blasts explosion explosions detonated exploded went_off booby-trapped "
      "motorcycle_bomb bicycle_bomb parcel_bomb time_bomb remote-controlled magnetic_bomb sticky_bomb")
_cues("explosions_remote_violence", "air_drone_strike", 5.0,
      "air_strike air_strikes airstrike airstrikes air_raid air_raids drone drones warplane warplanes "
      "jets jet fighter_jets bombers_struck aerial_bombardment helicopter_gunship gunships barrel_bombs "
      "barrel_bomb air_attack")
_cues("explosions_remote_violence", "shelling_artillery_missile", 4.0,
      "shelling shelled shells mortar mortars artillery rocket rockets missile missiles rocket_attack "
      "rocket_fire katyusha howitzer")
_cues("explosions_remote_violence", "grenade", 4.0, "grenade grenades hand_grenade")
_cues("battles", "armed_clash", 3.0,
      "clash clashes clashed gunbattle gun_battle gunfight firefight fire_fight exchange_of_fire "
      "exchanged_fire fighting fought battle battles stormed storming raided skirmish skirmishes "
      "shootout shoot-out ambush ambushed ambushes offensive assault besieged standoff")
_cues("battles", "government_regains_territory", 4.0,
      "recaptured retook regained recapture retake liberated")
_cues("battles", "non_state_actor_overtakes_territory", 4.0, "overran overrun seized_control captured_the_town")
_cues("violence_against_civilians", "abduction", 4.0,
      "kidnapped kidnapping kidnappers abducted abduction abductions abductors kidnap kidnappings "
      "hostage-taking taken_hostage")
_cues("violence_against_civilians", "attack", 2.0,
      "massacre massacred gunmen_opened opened_fire gunmen attacked hacked machete machetes "
      "slaughtered executed beheaded torched set_ablaze")
_cues("riots", "mob_violence", 4.0, "mob mobs lynched lynching rampage vigilantes communal_violence")
_cues("riots", "violent_demonstration", 3.0,
      "riot riots rioting rioters torched_cars hurled_stones pelted stone-throwing stone_pelting "
      "arson looted looting violent_protest violent_protests vandalised vandalized")
_cues("protests", "peaceful_protest", 3.0,
      "protest protests protested protesters protestors demonstration demonstrations demonstrators "
      "rally rallies marched march marchers sit-in strike_action picket vigil")
_cues("protests", "protest_with_intervention", 2.0,
      "tear_gas teargas water_cannon dispersed disperse baton-charged baton_charge rubber_bullets")
_cues("strategic_developments", "arrests", 2.0, "arrested detained arrest arrests raid_on rounded_up")
_cues("strategic_developments", "agreement", 3.0, "ceasefire cease-fire truce peace_deal peace_agreement accord")
_cues("non_conflict", "crime", 2.0,
      "shooting shootings shot homicide homicides murder murdered stabbing stabbed robbery robbed "
      "armed_robbery carjacking burglary domestic drive-by gunshot gunshots gunfire wounds stolen theft "
      "gunpoint shots_fired fired_shots fired_at shots_were handgun firearm fired invasion home_invasion "
      "break-in carjacked")
_cues("non_conflict", "accident", 5.0,
      "crash crashed collision collided accident overturned plunged derailed derailment head-on "
      "capsized pile-up road_accident car_accident")
_cues("non_conflict", "disaster", 5.0,
      "earthquake flood floods flooding landslide landslides cyclone hurricane typhoon tsunami wildfire "
      "tornado avalanche")

#: Armed organised sides: their presence makes killing political violence, not crime.
CONFLICT_ACTOR_WORDS = frozenset(
    """militant militants rebel rebels insurgent insurgents army troops soldiers soldier taliban
    jihadist jihadists terrorist terrorists extremist extremists guerrillas guerrilla separatists
    paramilitary paramilitaries militia militias commandos security_forces al-qaeda al-shabaab
    boko haram isis isil daesh hamas hezbollah maoists maoist naxals fighters armed military airstrike
    airstrikes drone warplanes shelling""".split()
)

#: Words that make a proper name a building or landmark ("Lal Masjid", "Jamila market").
SITE_WORDS = frozenset(
    """mosque masjid market bazaar bazar hospital school madrassa madrasa seminary college university church
    cathedral temple shrine synagogue hotel airport station checkpoint camp base barracks compound prison
    jail embassy consulate square plaza bridge stadium mall restaurant cafe club bar office headquarters
    ministry parliament palace court courthouse police-station port harbour harbor refinery plant factory
    mine park street road highway avenue boulevard village-market academy institute gurdwara dargah""".split()
)
