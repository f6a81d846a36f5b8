"""Event vocabulary: cue words by type, ordinary crime, weapons, armed sides, sites."""

from __future__ import annotations

from ...record import EventType

#: Event vocabulary: word -> (event_type, sub_event_type, weight).
EVENT_CUES: dict[str, tuple[EventType, str, float]] = {}


def _cues(event_type: EventType, sub: str, weight: float, words: str) -> None:
    for w in words.split():
        EVENT_CUES[w.replace("_", " ")] = (event_type, sub, weight)


_cues(
    "explosions_remote_violence",
    "suicide_bomb",
    5.0,
    "suicide_bomber suicide_bombers suicide_bombing suicide_bombings suicide_attack suicide_attacker "
    "suicide_blast suicide_car suicide_vest blew_himself blew_herself blew_themselves",
)
_cues(
    "explosions_remote_violence",
    "remote_explosive",
    3.0,
    "roadside_bomb car_bomb ied ieds improvised_explosive landmine land_mine explosive_device "
    "bomb bombing bombings blast blasts explosion explosions detonated exploded went_off booby-trapped "
    "motorcycle_bomb bicycle_bomb parcel_bomb time_bomb remote-controlled magnetic_bomb sticky_bomb",
)
_cues(
    "explosions_remote_violence",
    "air_drone_strike",
    5.0,
    "air_strike air_strikes airstrike airstrikes air_raid air_raids drone drones warplane warplanes "
    "jets jet fighter_jets bombers_struck aerial_bombardment helicopter_gunship gunships barrel_bombs "
    "barrel_bomb air_attack",
)
_cues(
    "explosions_remote_violence",
    "shelling_artillery_missile",
    4.0,
    "shelling shelled shells mortar mortars artillery rocket rockets missile missiles rocket_attack "
    "rocket_fire katyusha howitzer",
)
_cues("explosions_remote_violence", "grenade", 4.0, "grenade grenades hand_grenade")
_cues(
    "battles",
    "armed_clash",
    3.0,
    "clash clashes clashed gunbattle gun_battle gunfight firefight fire_fight exchange_of_fire "
    "exchanged_fire fighting fought battle battles stormed storming raided skirmish skirmishes "
    "shootout shoot-out ambush ambushed ambushes offensive assault besieged standoff",
)
_cues("battles", "government_regains_territory", 4.0, "recaptured retook regained recapture retake liberated")
_cues("battles", "non_state_actor_overtakes_territory", 4.0, "overran overrun seized_control captured_the_town")
_cues(
    "violence_against_civilians",
    "abduction",
    4.0,
    "kidnapped kidnapping kidnappers abducted abduction abductions abductors kidnap kidnappings "
    "hostage-taking taken_hostage",
)
_cues(
    "violence_against_civilians",
    "attack",
    2.0,
    "massacre massacred gunmen_opened opened_fire gunmen attacked hacked machete machetes "
    "slaughtered executed beheaded torched set_ablaze",
)
_cues("riots", "mob_violence", 4.0, "mob mobs lynched lynching rampage vigilantes communal_violence")
_cues(
    "riots",
    "violent_demonstration",
    3.0,
    "riot riots rioting rioters torched_cars hurled_stones pelted stone-throwing stone_pelting "
    "arson looted looting violent_protest violent_protests vandalised vandalized",
)
_cues(
    "protests",
    "peaceful_protest",
    3.0,
    "protest protests protested protesters protestors demonstration demonstrations demonstrators "
    "rally rallies marched march marchers sit-in strike_action picket vigil",
)
_cues(
    "protests",
    "protest_with_intervention",
    2.0,
    "tear_gas teargas water_cannon dispersed disperse baton-charged baton_charge rubber_bullets",
)
_cues("strategic_developments", "arrests", 2.0, "arrested detained arrest arrests raid_on rounded_up")
_cues("strategic_developments", "agreement", 3.0, "ceasefire cease-fire truce peace_deal peace_agreement accord")
_cues(
    "non_conflict",
    "crime",
    2.0,
    "shooting shootings shot homicide homicides murder murdered stabbing stabbed robbery robbed "
    "armed_robbery carjacking burglary domestic drive-by gunshot gunshots gunfire wounds stolen theft "
    "gunpoint shots_fired fired_shots fired_at shots_were handgun firearm fired invasion home_invasion "
    "break-in carjacked",
)
_cues(
    "non_conflict",
    "accident",
    5.0,
    "crash crashed collision collided accident overturned plunged derailed derailment head-on "
    "capsized pile-up road_accident car_accident",
)
_cues(
    "non_conflict",
    "disaster",
    5.0,
    "earthquake flood floods flooding landslide landslides cyclone hurricane typhoon tsunami wildfire "
    "tornado avalanche",
)

#: Ordinary armed crime the event vocabulary misses: a hold-up, a burglary, a bullet through a wall.
CRIME_WORDS = frozenset(
    [
        "robber",
        "robbers",
        "robberies",
        "robbing",
        "holdup",
        "holdups",
        "hold-up",
        "stickup",
        "burglar",
        "burglars",
        "burglaries",
        "burglarized",
        "burglarizing",
        "pistol-whipped",
        "pistol-whipping",
        "menacing",
        "bullet",
        "bullets",
        "gunman",
    ]
)
#: Weapons, and what police or an offender do with one: "found with a gun", "pointed a rifle at".
WEAPON_WORDS = frozenset(
    [
        "gun",
        "guns",
        "handgun",
        "handguns",
        "pistol",
        "pistols",
        "rifle",
        "rifles",
        "shotgun",
        "shotguns",
        "firearm",
        "firearms",
        "revolver",
        "revolvers",
    ]
)
WEAPON_ACTIONS = frozenset(
    [
        "found",
        "seized",
        "recovered",
        "confiscated",
        "stolen",
        "stole",
        "stealing",
        "arrested",
        "charged",
        "carrying",
        "possession",
        "possessing",
        "pointed",
        "pointing",
        "brandished",
        "brandishing",
        "pulled",
        "waving",
        "displayed",
        "threatened",
        "threatening",
        "armed",
        "demanded",
        "forced",
        "held",
    ]
)

#: Armed organised sides: their presence makes killing political violence, not crime.
CONFLICT_ACTOR_WORDS = frozenset(
    [
        "militant",
        "militants",
        "rebel",
        "rebels",
        "insurgent",
        "insurgents",
        "army",
        "troops",
        "soldiers",
        "soldier",
        "taliban",
        "jihadist",
        "jihadists",
        "terrorist",
        "terrorists",
        "extremist",
        "extremists",
        "guerrillas",
        "guerrilla",
        "separatists",
        "paramilitary",
        "paramilitaries",
        "militia",
        "militias",
        "commandos",
        "security_forces",
        "al-qaeda",
        "al-shabaab",
        "boko",
        "haram",
        "isis",
        "isil",
        "daesh",
        "hamas",
        "hezbollah",
        "maoists",
        "maoist",
        "naxals",
        "fighters",
        "armed",
        "military",
        "airstrike",
        "airstrikes",
        "drone",
        "warplanes",
        "shelling",
    ]
)

#: Words that make a proper name a building or landmark ("Lal Masjid", "Jamila market").
SITE_WORDS = frozenset(
    [
        "mosque",
        "masjid",
        "market",
        "bazaar",
        "bazar",
        "hospital",
        "school",
        "madrassa",
        "madrasa",
        "seminary",
        "college",
        "university",
        "church",
        "cathedral",
        "temple",
        "shrine",
        "synagogue",
        "hotel",
        "airport",
        "station",
        "checkpoint",
        "camp",
        "base",
        "barracks",
        "compound",
        "prison",
        "jail",
        "embassy",
        "consulate",
        "square",
        "plaza",
        "bridge",
        "stadium",
        "mall",
        "restaurant",
        "cafe",
        "club",
        "bar",
        "office",
        "headquarters",
        "ministry",
        "parliament",
        "palace",
        "court",
        "courthouse",
        "police-station",
        "port",
        "harbour",
        "harbor",
        "refinery",
        "plant",
        "factory",
        "mine",
        "park",
        "street",
        "road",
        "highway",
        "avenue",
        "boulevard",
        "village-market",
        "academy",
        "institute",
        "gurdwara",
        "dargah",
    ]
)

#: Nouns of a happening a scope phrase can name: "the attack", "the bombing".
SCOPE_EVENT_NOUNS = frozenset(
    [
        "assault",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "blast",
        "explosion",
        "operation",
        "raid",
        "siege",
        "massacre",
        "shooting",
        "clash",
        "clashes",
        "strike",
        "strikes",
        "ambush",
        "fighting",
        "battle",
        "riot",
        "riots",
    ]
)

#: "The incident occurred days after ...", "The attack comes two days after ...": the report's own event
#: placed after an earlier one.
OWN_EVENT_WORDS = frozenset({"incident", "attack", "bombing", "blast", "explosion", "shooting", "it", "this"})

#: Verbs that place the report's own event in time against another: "occurred", "comes", "followed".
PLACING_VERBS = frozenset({"occurred", "came", "comes", "happened", "follows", "followed"})

#: Plural nouns of attacks: a clause about them counts them all ("eight coordinated attacks in which 171 died").
SERIES_NOUNS = frozenset({"attacks", "bombings", "blasts", "explosions", "assaults", "incidents"})
