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

#: Ordinary armed crime the event vocabulary misses: a hold-up, a burglary, a bullet through a wall.
CRIME_WORDS = frozenset(
    """robber robbers robberies robbing holdup holdups hold-up stickup burglar burglars burglaries burglarized
    burglarizing pistol-whipped pistol-whipping menacing bullet bullets gunman""".split()
)
#: Weapons, and what police or an offender do with one: "found with a gun", "pointed a rifle at".
WEAPON_WORDS = frozenset(
    """gun guns handgun handguns pistol pistols rifle rifles shotgun shotguns firearm firearms revolver
    revolvers""".split()
)
WEAPON_ACTIONS = frozenset(
    """found seized recovered confiscated stolen stole stealing arrested charged carrying possession possessing
    pointed pointing brandished brandishing pulled waving displayed threatened threatening armed demanded
    forced held""".split()
)

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


# --- places -------------------------------------------------------------------------------------------

#: Adjectives and peoples that point to a country ("Pakistani troops", "Afghan police").
DEMONYMS: dict[str, str] = {
    "afghan": "AF", "afghans": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "americans": "US",
    "angolan": "AO", "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU",
    "austrian": "AT", "azerbaijani": "AZ", "azeri": "AZ", "bahraini": "BH", "bangladeshi": "BD",
    "belarusian": "BY", "belgian": "BE", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB",
    "bulgarian": "BG", "burkinabe": "BF", "burmese": "MM", "burundian": "BI", "cambodian": "KH",
    "cameroonian": "CM", "canadian": "CA", "chadian": "TD", "chilean": "CL", "chinese": "CN",
    "colombian": "CO", "congolese": "CD", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
    "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "egyptians": "EG", "emirati": "AE",
    "eritrean": "ER", "estonian": "EE", "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR",
    "georgian": "GE", "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "guinean": "GN",
    "haitian": "HT", "honduran": "HN", "hungarian": "HU", "indian": "IN", "indians": "IN", "indonesian": "ID",
    "iranian": "IR", "iranians": "IR", "iraqi": "IQ", "iraqis": "IQ", "irish": "IE", "israeli": "IL",
    "israelis": "IL", "italian": "IT", "ivorian": "CI", "jamaican": "JM", "japanese": "JP", "jordanian": "JO",
    "kazakh": "KZ", "kenyan": "KE", "kenyans": "KE", "korean": "KR", "kosovar": "XK", "kurdish": "IQ",
    "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA", "latvian": "LV", "lebanese": "LB", "liberian": "LR",
    "libyan": "LY", "libyans": "LY", "lithuanian": "LT", "malagasy": "MG", "malawian": "MW",
    "malaysian": "MY", "malian": "ML", "mauritanian": "MR", "mexican": "MX", "moldovan": "MD",
    "mongolian": "MN", "moroccan": "MA", "mozambican": "MZ", "namibian": "NA", "nepalese": "NP",
    "nepali": "NP", "nicaraguan": "NI", "nigerian": "NG", "nigerians": "NG", "nigerien": "NE",
    "norwegian": "NO", "omani": "OM", "pakistani": "PK", "pakistanis": "PK", "palestinian": "PS",
    "palestinians": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL",
    "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "russians": "RU",
    "rwandan": "RW", "salvadoran": "SV", "saudi": "SA", "senegalese": "SN", "serbian": "RS",
    "sierra leonean": "SL", "slovak": "SK", "somali": "SO", "somalis": "SO", "south african": "ZA",
    "south sudanese": "SS", "spanish": "ES", "sri lankan": "LK", "sudanese": "SD", "swedish": "SE",
    "swiss": "CH", "syrian": "SY", "syrians": "SY", "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ",
    "thai": "TH", "tunisian": "TN", "turkish": "TR", "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA",
    "ukrainians": "UA", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN",
    "yemeni": "YE", "yemenis": "YE", "zambian": "ZM", "zimbabwean": "ZW",
}
#: Short forms news reports use that the package's country names lack.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "russia": "RU", "syria": "SY", "iran": "IR", "south korea": "KR", "north korea": "KP",
    "laos": "LA", "vietnam": "VN", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "ivory coast": "CI", "burma": "MM", "palestine": "PS",
    "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "kosovo": "XK", "uae": "AE", "czech republic": "CZ",
    "turkey": "TR", "the netherlands": "NL", "holland": "NL",
}
#: Words for a kind of place and the gazetteer level they point to ("Kunar province", "the village of X").
PLACE_KIND_WORDS: dict[str, str] = {
    "village": "locality", "villages": "locality", "town": "locality", "towns": "locality", "city": "locality",
    "hamlet": "locality", "settlement": "locality", "township": "locality", "commune": "locality",
    "locality": "locality", "neighbourhood": "locality", "neighborhood": "locality", "suburb": "locality",
    "quarter": "locality", "area": "locality", "colony": "locality", "estate": "locality",
    "district": "admin2", "districts": "admin2", "section": "locality", "subdistrict": "admin2", "sub-district": "admin2",
    "county": "admin2", "municipality": "admin2", "department": "admin2", "prefecture": "admin2",
    "lga": "admin2", "tehsil": "admin2", "zone": "admin2", "division": "admin2", "sub-county": "admin2",
    "upazila": "admin2", "thana": "admin2", "woreda": "admin2", "cercle": "admin2", "ward": "locality",
    "barangay": "locality", "kebele": "locality", "subcounty": "admin2",
    "province": "admin1", "provinces": "admin1", "governorate": "admin1", "state": "admin1",
    "region": "admin1", "oblast": "admin1", "wilaya": "admin1", "emirate": "admin1",
}
#: Kind words of a part of a town ("Model Town neighborhood, Lahore"): the town named after it is the place.
TOWN_PART_WORDS = frozenset({"neighbourhood", "neighborhood", "suburb", "ward", "quarter", "sector", "area", "section",
                             "locality", "colony", "estate"})
#: Kind words the gazetteer's divisions also use as a first level in some countries ("Turkana county").
PLACE_KIND_EITHER_LEVEL = frozenset({"county", "region", "department", "zone", "division"})
#: Words of distance and direction: "30 km north of Y" puts the event near Y.
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"})
DIRECTION_WORDS = frozenset(
    """north south east west northeast northwest southeast southwest north-east north-west south-east south-west
    northern southern eastern western northeastern northwestern southeastern southwestern""".split())
#: Words that put the event beside a place, not in it ("near Y", "on the outskirts of Y").
NEAR_WORDS = frozenset({"near", "outside", "outskirts", "nearby", "close"})
#: Prepositions that make the name after them a place.
LOCATIVE_WORDS = frozenset({"in", "at", "near", "outside", "of", "from", "to", "into", "toward", "towards", "around",
                            "across", "inside", "between", "through", "on"})
#: Names of regions that are no town nor division ("Middle East"): a town abroad bearing the name is not meant.
REGION_NAMES = frozenset(
    """middle east|near east|far east|west africa|east africa|north africa|southern africa|central africa|
    horn of africa|sahel|sahara|maghreb|levant|balkans|caucasus|central asia|south asia|southeast asia|
    latin america|south america|north america|central america|caribbean|europe|asia|africa|americas|oceania|
    gulf|persian gulf|arabian peninsula|west|east|midwest|pacific|atlantic|mediterranean|red sea|black sea|
    kashmir valley|tribal areas|fata|lake chad basin|great lakes|arctic|antarctica|scandinavia""".replace("\n", "")
    .replace("    ", "").split("|"))
#: Capitalised words that gazetteers hold as towns somewhere but reports use as ordinary words.
NOT_PLACE_WORDS = frozenset(
    """police army government ministry taliban operation state islamic district province county region city
    town village monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december sunni shia shiite christian muslim muslims hindu jewish
    national federal central north south east west northern southern eastern western university hospital
    school market mosque church president governor minister security forces troops soldiers militants
    rebels gunmen protesters students residents officials authorities witnesses reuters ap afp
    mr mrs ms dr general colonel captain sheriff mayor chief council party union democrat democrats republican
    republicans congress senate parliament court news media times post press agency unknown unidentified
    several local sadar upazila capital justice judge dc""".split())
#: Last words of a division's name that the gazetteer leaves out ("Lakshmipur Sadar upazila", "Nyamira North").
NAME_TRAILERS = frozenset({"sadar", "north", "south", "east", "west", "central", "city", "town", "urban", "rural"})
#: Small words inside place names ("San Jose del Monte", "Santa Cruz de la Sierra").
NAME_CONNECTORS = frozenset({"de", "del", "la", "el", "al", "do", "da", "dos", "das", "des", "du", "di", "y", "ul",
                             "ad", "as", "ash", "an", "ar", "at", "az", "es", "en", "sur", "am", "le", "les"})
#: The abbreviations of US states and Canadian provinces that news reports write after a town ("Richmond, Va.").
ADMIN1_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "Ala.": ("US", "Alabama"), "Ariz.": ("US", "Arizona"), "Ark.": ("US", "Arkansas"), "Calif.": ("US", "California"),
    "Colo.": ("US", "Colorado"), "Conn.": ("US", "Connecticut"), "Del.": ("US", "Delaware"), "Fla.": ("US", "Florida"),
    "Ga.": ("US", "Georgia"), "Ill.": ("US", "Illinois"), "Ind.": ("US", "Indiana"), "Kan.": ("US", "Kansas"),
    "Kans.": ("US", "Kansas"), "Ky.": ("US", "Kentucky"), "La.": ("US", "Louisiana"), "Md.": ("US", "Maryland"),
    "Mass.": ("US", "Massachusetts"), "Mich.": ("US", "Michigan"), "Minn.": ("US", "Minnesota"),
    "Miss.": ("US", "Mississippi"), "Mo.": ("US", "Missouri"), "Mont.": ("US", "Montana"), "Neb.": ("US", "Nebraska"),
    "Nebr.": ("US", "Nebraska"), "Nev.": ("US", "Nevada"), "N.H.": ("US", "New Hampshire"),
    "N.J.": ("US", "New Jersey"), "N.M.": ("US", "New Mexico"), "N.Y.": ("US", "New York"),
    "N.C.": ("US", "North Carolina"), "N.D.": ("US", "North Dakota"), "Okla.": ("US", "Oklahoma"),
    "Ore.": ("US", "Oregon"), "Pa.": ("US", "Pennsylvania"), "R.I.": ("US", "Rhode Island"),
    "S.C.": ("US", "South Carolina"), "S.D.": ("US", "South Dakota"), "Tenn.": ("US", "Tennessee"),
    "Tex.": ("US", "Texas"), "Vt.": ("US", "Vermont"), "Va.": ("US", "Virginia"), "Wash.": ("US", "Washington"),
    "W.Va.": ("US", "West Virginia"), "Wis.": ("US", "Wisconsin"), "Wyo.": ("US", "Wyoming"),
    "D.C.": ("US", "District of Columbia"), "Ont.": ("CA", "Ontario"), "Que.": ("CA", "Quebec"),
    "B.C.": ("CA", "British Columbia"), "Alta.": ("CA", "Alberta"), "Man.": ("CA", "Manitoba"),
    "Sask.": ("CA", "Saskatchewan"), "N.S.": ("CA", "Nova Scotia"), "N.B.": ("CA", "New Brunswick"),
}
#: Word tables of the codebook rules (``extractors/event_type.py``), by the name a rule's pattern uses.
#: Entries are phrases; an all-capital entry of up to five letters ("IS", "JNIM") matches only in capitals.
TYPE_WORDS: dict[str, frozenset[str]] = {
    # state forces: a government's armed and police forces
    "STATE": frozenset({
        "police", "policeman", "policemen", "police officers", "police officer", "police forces", "officers",
        "soldiers", "soldier", "troops", "army", "armies", "military", "military forces", "security forces",
        "security personnel", "security agents", "gendarmes", "gendarme", "gendarmerie", "national guard",
        "commandos", "marines", "navy", "border guards", "border guard", "paramilitary", "paramilitaries",
        "rangers", "government forces", "regime forces", "pro-government forces", "state forces", "defence forces",
        "defense forces", "armed forces", "forces", "peacekeepers", "AMISOM", "KDF", "FDS", "FAMa", "RAB", "BGB",
        "ranger", "officer", "guard", "guards", "customs officer", "customs officers", "troop", "unit", "units",
        "battalion", "brigade", "army unit", "military unit", "police unit", "governmental forces", "Arbaki",
        "Arbakis", "reservist", "reservists", "police reservist", "police reservists",
    }),
    # organised armed groups that are not the state's: rebels, political and identity militias
    "ARMED": frozenset({
        "militants", "militant", "rebels", "rebel", "rebel forces", "insurgents", "insurgent", "gunmen",
        "armed men", "armed individuals", "armed group", "armed groups", "unidentified armed", "attackers",
        "jihadists", "jihadist", "terrorists", "terrorist", "fighters", "fighter", "militia", "militias",
        "militiamen", "guerrillas", "guerrilla", "separatists", "bandits", "herdsmen", "tribesmen", "raiders",
        "pirates", "volunteer fighters", "Volunteers for the Defence of the Homeland", "armed assailants",
        "Donbass People's Militia", "People's Militia", "PMF", "LNA", "GNA",
        "Boko Haram", "Islamic State", "al Shabaab", "al-Shabaab", "al Shabab", "al-Shabab", "Shabaab", "Taliban",
        "Tehreek-e-Taliban", "Houthi", "Houthis", "Houthi forces", "pro-Houthi forces", "Ansaroul Islam",
        "Katiba Macina", "al-Qaeda", "al Qaeda", "Hezbollah", "Hamas", "Koglweogo", "Dozo", "Mai-Mai",
        "Abu Sayyaf", "Mungiki", "Ambazonian", "Southern Resistance", "Hayat Tahrir al-Sham",
        "IS", "ISIS", "ISIL", "ISWAP", "ISGS", "JNIM", "HTS", "SDF", "YPG", "PKK", "TTP", "NAF", "ADF", "M23",
        "NPA", "AQAP", "VDP", "Daesh",
    }),
    # people who take no part in the fighting
    "CIVILIAN": frozenset({
        "civilians", "civilian", "villagers", "villager", "residents", "resident", "farmers", "farmer", "herders",
        "traders", "trader", "teachers", "teacher", "pupils", "worshippers", "worshipers", "passengers", "family",
        "families", "chief", "village chief", "pastor", "imam", "journalist", "journalists", "shopkeeper",
        "motorist", "driver", "aid workers", "health workers", "miners", "displaced", "refugees", "herder",
        "women", "children", "elderly", "councilman", "councillor", "official", "officials",
    }),
    # one or more people, side unsaid
    "PERSON": frozenset({"man", "men", "woman", "boy", "boys", "girl", "girls", "child", "people", "person",
                         "persons", "individual", "individuals", "teenager", "youth", "members"}),
    # unarmed crowds
    "CROWD": frozenset({"protesters", "protestors", "protester", "demonstrators", "demonstrator", "rioters",
                        "crowd", "crowds", "marchers", "strikers", "angry residents", "angry youths", "angry locals",
                        "angry crowd", "irate residents", "angry villagers", "angry youth"}),
    # the words of a demonstration
    "PROTEST": frozenset({
        "protest", "protests", "protested", "protesting", "protesters", "protestors", "demonstration",
        "demonstrations", "demonstrated", "demonstrating", "demonstrators", "demonstrate", "demontrated", "rally",
        "rallies", "rallied", "=march", "marched", "marching", "marchers", "sit-in", "sit-ins", "human chain",
        "on strike", "went on strike", "strike action", "hunger strike", "staged a strike", "picket", "picketed",
        "vigil", "walkout", "boycott", "boycotted", "gathered to demand", "procession", "mass gathering",
        "blockade", "blockaded", "petition", "blocked a road", "blocked roads", "blocked the road", "blocked a motorway",
        "blocked the motorway", "took to the streets", "taken to the streets", "to protest", "in protest",
        "blocked a highway", "blocked the highway", "blocked a street", "blocked streets",
    }),
    # words that tell a demonstration only when nothing violent is told beside them
    "PROTEST_PLAIN": frozenset({
        "gathered", "demanded", "demanding", "to demand", "marches", "motorcade", "blocked", "went down in the street",
        "went to the street", "went to the streets", "to call for", "called for",
        "came out on the roads", "took to the roads", "up in arms", "strike", "strikes", "chanted", "chanting",
        "placards", "banners", "slogans", "press conference", "memorandum", "boycotted", "refused to",
    }),
    # what a crowd does that makes its demonstration a riot
    "RIOT_ACT": frozenset({
        "threw stones", "hurled stones", "threw rocks", "pelted", "stone-pelting", "stone pelting", "stoned",
        "burned tyres", "burnt tyres", "burning tyres", "burned tires", "burning tires", "lit bonfires",
        "lit bon fires", "set fire", "set ablaze", "torched", "vandalised", "vandalized", "vandalising",
        "vandalizing", "looted", "clashed", "clashes", "clash", "attacked", "stormed", "smashed", "turned violent",
        "rampaged", "brick-bats", "brickbats", "brick bats", "hurled bricks", "threw bricks", "crude bombs",
        "petrol bombs", "molotov", "damaged", "assaulted", "beat up", "chased away", "running battles", "ambushed",
        "set alight", "burned objects", "burnt objects", "hit by a stone", "engage police", "engaged police",
        "engaged the police", "became violent", "attacks", "arson", "destroyed", "lit fires", "setting fire",
        "burned", "burnt", "clubs", "machetes", "barricaded", "barricading", "barricades", "lynch", "abducted",
        "disrupting", "stone a", "stoning", "ransacked", "violently", "burning", "lighting bonfires", "bonfires",
        "stone thrown", "stones thrown", "robbed", "torch", "torching", "cocktail bombs", "running battle", "hurled", "threw", "using sticks", "with sticks", "looting",
    }),
    "DISASTER": frozenset({"earthquake", "flood", "floods", "flooding", "landslide", "landslides", "cyclone",
                           "hurricane", "typhoon", "tsunami", "wildfire", "tornado", "avalanche", "lightning"}),
    "ACCIDENT": frozenset({"crash", "crashed", "collision", "collided", "road accident", "car accident",
                           "accident", "overturned", "plunged", "derailed", "derailment", "head-on", "capsized",
                           "pile-up", "drowned", "electrocuted", "stampede"}),
    "SUICIDE": frozenset({"suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings",
                          "suicide attack", "suicide attacker", "suicide blast", "suicide car", "suicide vest",
                          "blew himself up", "blew herself up", "blew themselves up", "suicide explosion"}),
    "AIR": frozenset({"air strike", "air strikes", "airstrike", "airstrikes", "air raid", "air raids",
                      "drone strike", "drone strikes", "drone", "drones", "warplane", "warplanes", "fighter jets",
                      "aircraft", "aircrafts", "helicopter gunship", "helicopter gunships", "gunship", "gunships",
                      "aerial bombardment", "aerial bombing", "barrel bomb", "barrel bombs", "air-strike", "air force",
                      "air-strikes", "air attack", "air attacks", "airplanes", "jets"}),
    "SHELLING": frozenset({"shelling", "shelled", "artillery", "mortar", "mortars", "mortar shells", "rocket",
                           "rockets", "missile", "missiles", "howitzer", "howitzers", "katyusha", "=Grad", "shell fell", "shells fell",
                           "shell fired", "shells fired", "indiscriminate shell", "indiscriminate shells", "projectiles",
                           "projectile", "pounded", "RPG", "RPGs", "shell hit", "shell landed", "bombarded",
                           "explosions involving", "grenade launcher", "grenade launchers", "bursts",
                           "shells landed", "heavy weapons", "heavy machineguns", "heavy machine guns",
                           "anti-aircraft", "MLRS", "ATGM", "tank fire"}),
    # how a report tells ordinary crime: the words of a police investigation
    "CRIME_TELLING": frozenset({
        "police said", "police say", "police says", "investigating", "investigation", "investigators",
        "detectives", "detective", "suspect", "suspects", "homicide", "homicides", "robbery", "robberies", "robbed",
        "burglary", "burglar", "carjacking", "carjacked", "sheriff", "deputies", "charged with", "booked",
        "shooting victim", "gunshot wound", "gunshot wounds", "domestic", "no arrests", "no arrest", "911",
        "murder charge", "manslaughter", "police department", "police chief", "crime scene",
    }),
    "GRENADE": frozenset({"grenade", "grenades", "hand grenade", "stun grenade"}),
    "EXPLOSIVE": frozenset({"IED", "IEDs", "improvised explosive", "roadside bomb", "car bomb", "landmine",
                            "landmines", "land mine", "explosive device", "explosive devices", "bomb", "bombs",
                            "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "exploded",
                            "detonated", "booby-trapped", "booby trap", "magnetic bomb", "sticky bomb", "VBIED",
                            "explosives", "explosive", "mine explosion", "remote-controlled", "planted mine", "a mine",
                            "mine blast", "mine exploded"}),
    # places only an armed side holds: attacking one is fighting that side
    "ARMED_SITE": frozenset({"police station", "police post", "police posts", "checkpoint", "checkpoints",
                             "check point", "check points", "military base", "army base", "military camp",
                             "army camp", "military post", "military posts", "barracks", "military position",
                             "military positions", "positions", "position", "convoy", "patrol", "outpost",
                             "frontline", "front line", "base", "detachment", "garrison", "customs station",
                             "gendarmerie station", "ranger station", "forest station", "governmental positions",
                             "police line", "army post", "security post"}),
}

#: State forces that attend every street crime: naming them does not make a report one of political violence.
POLICE_WORDS = frozenset({
    "police", "policeman", "policemen", "police officer", "police officers", "police forces", "officer", "officers",
    "guard", "guards", "unit", "units", "police unit", "customs officer", "customs officers", "rangers", "ranger",
    "troop", "swat", "deputies", "forces",
})

#: ACLED's actor classes (``Actor.acled_class``): the words of a side's name that say which it is.
#: Named organised groups fighting a state are rebel groups (ACLED codes the Taliban, Boko Haram, al Shabaab so).
REBEL_GROUP_WORDS = frozenset({
    "rebels", "rebel", "insurgents", "insurgent", "jihadists", "jihadist", "separatists", "separatist",
    "guerrillas", "guerrilla", "taliban", "tehreek-e-taliban", "ttp", "boko", "haram", "iswap", "isis", "isil",
    "daesh", "shabaab", "shabab", "al-shabaab", "al-shabab", "jnim", "isgs", "ansaroul", "houthi", "houthis",
    "hts", "pkk", "npa", "adf", "m23", "aqap", "al-qaeda", "qaeda", "macina", "sayyaf", "militants", "militant",
    "terrorists", "terrorist", "mujahideen", "maoists", "maoist", "naxals", "naxalites", "fighters",
})
#: Militias of an ethnic group, clan, community or religion, and local defence groups.
IDENTITY_MILITIA_WORDS = frozenset({
    "ethnic", "communal", "tribal", "clan", "tribesmen", "herdsmen", "vigilantes", "vigilante", "fulani", "dozo",
    "koglweogo", "mai-mai", "pokot", "turkana", "marakwet", "mungiki", "kikuyu", "luo", "kalenjin", "hunters",
    "self-defence", "self-defense", "vdp", "volunteers",
})
#: Armed men a report does not tie to a group: ACLED's "unidentified armed group", a political militia.
POLITICAL_MILITIA_WORDS = frozenset({
    "gunmen", "gunman", "assailants", "attackers", "militia", "militias", "militiamen", "armed", "bandits",
    "raiders", "thugs", "perpetrators", "kidnappers", "abductors",
})
#: Forces that are neither a state's own in its country nor a local group: peacekeepers, private security.
EXTERNAL_WORDS = frozenset({"peacekeepers", "peacekeeping", "un", "unamid", "minusma", "monusco", "amisom",
                            "private", "contractors", "mercenaries", "wagner", "multinational"})


# --- marks the figure rules leave for counting -----------------------------------------------------------

#: ``derived`` of a figure said "in addition to" a toll: it adds on top of that toll.
ADDITION = "in addition to"
#: ``group`` of a coder's own killed count ("Fatalities coded as 0"): the report's last word on its toll.
CODED_GROUP = "coded fatalities"
