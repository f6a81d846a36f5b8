"""Synthetic news reports of violence and crisis, for benchmarks and load tests.

Benchmarks need many realistic, varied reports that can be shared and
regenerated anywhere, so the reports here are assembled from this module's own
sentence templates, never copied from real articles. Each report is fully
determined by ``(seed, index)``: the same corpus comes back on every machine,
and any report can be rebuilt without building the ones before it.

    >>> from sitrep.corpus import make_corpus
    >>> for report in make_corpus(1000, seed=7):
    ...     report.text, report.published

The towns and countries are real so that place extraction has real work to do;
the people, armed groups, outlets, aid agencies and events are invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import SettingError

__all__ = ["MAX_WORDS", "MIN_WORDS", "CorpusReport", "make_corpus", "number_words"]

#: Every report has between MIN_WORDS and MAX_WORDS words (``len(text.split())``).
MIN_WORDS = 300
MAX_WORDS = 800

_FIRST_PUBLISHED = date(2008, 1, 1)
_PUBLISHED_SPAN_DAYS = 6200  # up to the end of 2024


@dataclass(frozen=True)
class CorpusReport:
    """One synthetic report; it has ``.text`` and ``.published``, as ``sitrep.extract_many`` reads."""

    id: str
    published: str  # YYYY-MM-DD
    text: str
    outlet: str
    title: str


def make_corpus(n: int, seed: int = 0) -> Iterator[CorpusReport]:
    """``n`` reports, built one at a time as they are asked for: memory stays flat for any ``n``."""
    if n < 0:
        raise SettingError(f"n must be zero or more, not {n}")
    return (_build(seed, index) for index in range(n))


# ---------------------------------------------------------------------------
# Numbers in words
# ---------------------------------------------------------------------------

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def number_words(n: int) -> str:
    """English words for 0 to 999 ("forty-two"); larger numbers stay as digits with commas."""
    if n < 0:
        raise SettingError("only non-negative numbers have words here")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_ONES[hundreds]} hundred"
        return f"{head} and {number_words(rest)}" if rest else head
    return f"{n:,}"


# ---------------------------------------------------------------------------
# Places and people
# ---------------------------------------------------------------------------

_WAR = frozenset(
    {"bombing", "suicide", "clash", "siege", "abduction", "airstrike", "shelling", "massacre", "protest", "riot"}
)
_INSURGENCY = frozenset({"bombing", "suicide", "clash", "siege", "abduction", "massacre", "protest", "police_shooting"})
_RURAL = frozenset({"clash", "abduction", "massacre", "airstrike", "bombing", "protest"})
_CARTEL = frozenset({"clash", "massacre", "abduction", "police_shooting", "riot", "protest"})
_UNREST = frozenset({"riot", "protest", "police_shooting", "bombing"})
_US = frozenset({"us_shooting", "police_shooting"})


@dataclass(frozen=True)
class _Place:
    town: str
    country: str
    area: str  # reads after "in": "Borno state", "the Gao region"
    names: str  # key of _NAMES
    kinds: frozenset[str]


def _places(country: str, names: str, kinds: frozenset[str], *pairs: tuple[str, str]) -> list[_Place]:
    return [_Place(town, country, area, names, kinds) for town, area in pairs]


_PLACES: tuple[_Place, ...] = tuple(
    _places(
        "Pakistan",
        "pk",
        _INSURGENCY,
        ("Peshawar", "Khyber Pakhtunkhwa province"),
        ("Quetta", "Balochistan province"),
        ("Bannu", "Khyber Pakhtunkhwa province"),
        ("Dera Ismail Khan", "Khyber Pakhtunkhwa province"),
    )
    + _places("Pakistan", "pk", _UNREST, ("Karachi", "Sindh province"), ("Lahore", "Punjab province"))
    + _places(
        "Afghanistan",
        "af",
        _WAR,
        ("Kandahar", "Kandahar province"),
        ("Jalalabad", "Nangarhar province"),
        ("Kunduz", "Kunduz province"),
        ("Lashkar Gah", "Helmand province"),
        ("Herat", "Herat province"),
    )
    + _places(
        "Iraq",
        "arab",
        _WAR,
        ("Mosul", "Nineveh province"),
        ("Kirkuk", "Kirkuk province"),
        ("Baqubah", "Diyala province"),
        ("Ramadi", "Anbar province"),
        ("Tikrit", "Salahuddin province"),
    )
    + _places("Iraq", "arab", _UNREST, ("Basra", "Basra province"))
    + _places(
        "Syria",
        "arab",
        _WAR,
        ("Aleppo", "Aleppo province"),
        ("Idlib", "Idlib province"),
        ("Deir ez-Zor", "Deir ez-Zor province"),
        ("Daraa", "Daraa province"),
    )
    + _places(
        "Yemen",
        "arab",
        _WAR,
        ("Taiz", "Taiz governorate"),
        ("Marib", "Marib governorate"),
        ("Hodeidah", "Hodeidah governorate"),
        ("Aden", "Aden governorate"),
    )
    + _places("Libya", "arab", _WAR, ("Benghazi", "eastern Libya"), ("Sirte", "central Libya"))
    + _places(
        "Sudan",
        "arab",
        _WAR,
        ("El Fasher", "North Darfur state"),
        ("Nyala", "South Darfur state"),
        ("El Geneina", "West Darfur state"),
    )
    + _places("Nigeria", "ng", _INSURGENCY, ("Maiduguri", "Borno state"), ("Damaturu", "Yobe state"))
    + _places("Nigeria", "ng", _RURAL, ("Gusau", "Zamfara state"), ("Jos", "Plateau state"), ("Kaduna", "Kaduna state"))
    + _places("Nigeria", "ng", _UNREST, ("Lagos", "Lagos state"))
    + _places(
        "Mali",
        "sahel",
        _WAR,
        ("Gao", "the Gao region"),
        ("Mopti", "the Mopti region"),
        ("Timbuktu", "the Timbuktu region"),
    )
    + _places("Burkina Faso", "sahel", _RURAL, ("Djibo", "the Sahel region"), ("Fada N'Gourma", "the Est region"))
    + _places("Niger", "sahel", _RURAL, ("Tillaberi", "the Tillaberi region"), ("Diffa", "the Diffa region"))
    + _places(
        "Somalia",
        "so",
        _WAR,
        ("Mogadishu", "the Banadir region"),
        ("Kismayo", "the Lower Juba region"),
        ("Baidoa", "the Bay region"),
        ("Beledweyne", "the Hiran region"),
    )
    + _places(
        "Kenya",
        "ke",
        _INSURGENCY,
        ("Mandera", "Mandera county"),
        ("Garissa", "Garissa county"),
        ("Lamu", "Lamu county"),
    )
    + _places("Kenya", "ke", _UNREST, ("Nairobi", "Nairobi county"), ("Kisumu", "Kisumu county"))
    + _places("Ethiopia", "et", _RURAL, ("Gondar", "the Amhara region"), ("Mekelle", "the Tigray region"))
    + _places("South Sudan", "ss", _WAR, ("Malakal", "Upper Nile state"), ("Bor", "Jonglei state"))
    + _places(
        "Democratic Republic of Congo",
        "cd",
        _WAR,
        ("Beni", "North Kivu province"),
        ("Goma", "North Kivu province"),
        ("Bunia", "Ituri province"),
        ("Bukavu", "South Kivu province"),
    )
    + _places(
        "Central African Republic", "cd", _RURAL, ("Bambari", "the Ouaka prefecture"), ("Bangui", "the capital region")
    )
    + _places("Cameroon", "cm", _RURAL, ("Bamenda", "the North-West region"), ("Buea", "the South-West region"))
    + _places(
        "Mozambique", "mz", _RURAL, ("Pemba", "Cabo Delgado province"), ("Mocimboa da Praia", "Cabo Delgado province")
    )
    + _places("Uganda", "ug", _UNREST, ("Kampala", "central Uganda"))
    + _places("Zimbabwe", "zw", _UNREST, ("Harare", "Harare province"), ("Bulawayo", "Bulawayo province"))
    + _places(
        "Philippines",
        "ph",
        _INSURGENCY,
        ("Marawi", "Lanao del Sur province"),
        ("Jolo", "Sulu province"),
        ("Cotabato City", "the Bangsamoro region"),
    )
    + _places(
        "Thailand",
        "th",
        _INSURGENCY,
        ("Pattani", "Pattani province"),
        ("Yala", "Yala province"),
        ("Narathiwat", "Narathiwat province"),
    )
    + _places(
        "Myanmar", "mm", _WAR, ("Myitkyina", "Kachin state"), ("Lashio", "Shan state"), ("Sittwe", "Rakhine state")
    )
    + _places(
        "India",
        "in",
        _INSURGENCY,
        ("Srinagar", "Jammu and Kashmir"),
        ("Imphal", "Manipur state"),
        ("Dantewada", "Chhattisgarh state"),
    )
    + _places("Bangladesh", "bd", _UNREST, ("Dhaka", "the Dhaka division"), ("Chittagong", "the Chittagong division"))
    + _places("Sri Lanka", "lk", _UNREST, ("Colombo", "the Western province"))
    + _places("Indonesia", "id", _RURAL, ("Wamena", "Papua"))
    + _places("Indonesia", "id", _UNREST, ("Jakarta", "the capital region"))
    + _places(
        "Mexico",
        "es",
        _CARTEL,
        ("Culiacan", "Sinaloa state"),
        ("Ciudad Juarez", "Chihuahua state"),
        ("Acapulco", "Guerrero state"),
        ("Celaya", "Guanajuato state"),
        ("Zamora", "Michoacan state"),
        ("Tijuana", "Baja California state"),
    )
    + _places(
        "Colombia",
        "es",
        _CARTEL,
        ("Cali", "the Valle del Cauca department"),
        ("Tumaco", "the Narino department"),
        ("Cucuta", "the Norte de Santander department"),
    )
    + _places("Colombia", "es", _UNREST, ("Medellin", "the Antioquia department"))
    + _places("Honduras", "es", _CARTEL, ("San Pedro Sula", "the Cortes department"))
    + _places("Ecuador", "es", _CARTEL, ("Guayaquil", "Guayas province"), ("Esmeraldas", "Esmeraldas province"))
    + _places(
        "Haiti", "ht", _CARTEL, ("Port-au-Prince", "the Ouest department"), ("Cap-Haitien", "the Nord department")
    )
    + _places("Brazil", "br", _CARTEL, ("Rio de Janeiro", "Rio de Janeiro state"), ("Salvador", "Bahia state"))
    + _places("Venezuela", "es", _UNREST, ("Caracas", "the Capital District"))
    + _places("Peru", "es", _UNREST, ("Lima", "the Lima region"))
    + _places("Chile", "es", _UNREST, ("Santiago", "the Santiago Metropolitan Region"))
    + _places("France", "fr", _UNREST, ("Marseille", "the Bouches-du-Rhone department"))
    + _places("Greece", "gr", _UNREST, ("Athens", "the Attica region"))
    + _places("United Kingdom", "uk", _UNREST, ("Belfast", "Northern Ireland"))
    + _places(
        "United States",
        "us",
        _US,
        ("Memphis", "Tennessee"),
        ("Baltimore", "Maryland"),
        ("Houston", "Texas"),
        ("Jackson", "Mississippi"),
        ("St. Louis", "Missouri"),
        ("Milwaukee", "Wisconsin"),
        ("Tulsa", "Oklahoma"),
        ("Birmingham", "Alabama"),
        ("Chicago", "Illinois"),
        ("New Orleans", "Louisiana"),
    )
)

_TOWNS_BY_COUNTRY: dict[str, tuple[str, ...]] = {}
for _p in _PLACES:
    _TOWNS_BY_COUNTRY[_p.country] = (*_TOWNS_BY_COUNTRY.get(_p.country, ()), _p.town)


@dataclass(frozen=True)
class _NamePool:
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]
    short_is_full: bool = False  # no family name to shorten to (Myanmar)


def _pool(men: str, women: str, surnames: str, short_is_full: bool = False) -> _NamePool:
    return _NamePool(tuple(men.split(",")), tuple(women.split(",")), tuple(surnames.split(",")), short_is_full)


_NAMES: dict[str, _NamePool] = {
    "pk": _pool(
        "Imran,Tariq,Zahid,Asif,Farooq,Khalid,Shahid,Naveed,Sajid,Waqar,Kamran,Adnan",
        "Ayesha,Sana,Nadia,Farah,Rabia,Saima",
        "Khan,Afridi,Yousafzai,Shah,Qureshi,Baloch,Marwat,Durrani,Hussain,Malik,Abbasi,Bangash",
    ),
    "af": _pool(
        "Ahmad,Zabihullah,Hamidullah,Sayed,Nasir,Qadir,Rahmatullah,Mirwais,Jawed,Wahid",
        "Fawzia,Shukria,Nargis,Zarghona",
        "Ahmadzai,Popal,Noorzai,Safi,Hotak,Stanekzai,Amiri,Rahimi,Wardak,Achakzai",
    ),
    "arab": _pool(
        "Ahmed,Mohammed,Ali,Hassan,Omar,Khalid,Mahmoud,Youssef,Saad,Ibrahim,Faisal,Adel",
        "Fatima,Layla,Huda,Noor,Rania,Samira",
        "al-Jabouri,al-Obeidi,Hamdan,al-Saadi,Abdullah,Mansour,al-Hassan,Nasser,al-Khatib,Haddad,al-Amri,Saleh",
    ),
    "ng": _pool(
        "Musa,Ibrahim,Abubakar,Emeka,Chinedu,Usman,Bala,Yakubu,Tunde,Sani,Aliyu,Garba",
        "Aisha,Hauwa,Ngozi,Funmilayo,Zainab,Amina",
        "Bello,Abdullahi,Okafor,Adeyemi,Mohammed,Danjuma,Yusuf,Ogunleye,Gambo,Lawal,Eze,Shettima",
    ),
    "sahel": _pool(
        "Moussa,Amadou,Boubacar,Oumar,Issa,Souleymane,Abdoulaye,Hamidou,Seydou",
        "Aminata,Fatoumata,Mariam,Awa",
        "Traore,Diallo,Coulibaly,Maiga,Cisse,Toure,Sawadogo,Ouedraogo,Kone,Diarra",
    ),
    "so": _pool(
        "Abdirahman,Mohamed,Hassan,Abdullahi,Farah,Ahmed,Yusuf,Abdikadir",
        "Hodan,Faduma,Sahra,Hawa",
        "Farah,Warsame,Hussein,Osman,Aden,Nur,Ali,Jama,Mohamud",
    ),
    "ke": _pool(
        "John,Peter,Daniel,Joseph,Abdi,Samuel,Kennedy,Wycliffe,Hussein",
        "Mary,Grace,Faith,Esther,Halima",
        "Mwangi,Otieno,Kamau,Ochieng,Mohamed,Kiprop,Odhiambo,Mutua,Njoroge,Kariuki",
    ),
    "et": _pool(
        "Abebe,Dawit,Getachew,Tesfaye,Haile,Mulugeta,Yonas,Bereket",
        "Tigist,Meron,Selam,Hiwot",
        "Bekele,Tadesse,Alemu,Gebremariam,Kebede,Assefa,Wolde,Mekonnen",
    ),
    "ss": _pool(
        "James,Peter,John,Gatluak,Deng,Majok,Lual,Simon",
        "Mary,Rebecca,Nyakuoth,Achol",
        "Kuol,Lual,Malual,Chol,Gatkuoth,Nyuon,Ajak,Mabior",
    ),
    "cd": _pool(
        "Jean-Pierre,Patrick,Joseph,Emmanuel,Alain,Faustin,Christophe,Didier,Innocent",
        "Chantal,Esperance,Josephine,Nadine",
        "Kambale,Lukwebo,Mbusa,Ngongo,Kasereka,Bahati,Mwamba,Ilunga,Kavira,Lumbala",
    ),
    "cm": _pool(
        "Emmanuel,Peter,Ivo,Eric,Felix,Cletus",
        "Comfort,Ernestine,Prudence,Mispa",
        "Tabe,Nkwenti,Ngwa,Tanyi,Achu,Ayuk,Fru,Nji,Mbah",
    ),
    "mz": _pool(
        "Armando,Joao,Carlos,Manuel,Ernesto,Augusto,Fernando,Samuel",
        "Ana,Maria,Celeste,Luisa",
        "Macuacua,Cossa,Muianga,Mabunda,Nhantumbo,Tembe,Langa,Sitoe,Massingue",
    ),
    "ug": _pool(
        "Moses,Isaac,Ronald,Godfrey,Patrick,Brian",
        "Sarah,Rose,Esther,Irene",
        "Okello,Mugisha,Ssempala,Kato,Opio,Nsubuga,Tumusiime,Byaruhanga",
    ),
    "zw": _pool(
        "Tendai,Tafadzwa,Blessing,Farai,Tinashe,Godfrey",
        "Rutendo,Chipo,Nyasha,Memory",
        "Moyo,Ncube,Sibanda,Dube,Chikwanha,Mutasa,Nyathi,Marufu",
    ),
    "ph": _pool(
        "Jose,Ramon,Eduardo,Antonio,Rolando,Benjamin,Abdul,Nasser",
        "Maria,Rosa,Jasmin,Liza",
        "Santos,Reyes,Cruz,Bautista,Abubakar,Villanueva,Salazar,Macarambon,Lucman,Ramos",
    ),
    "th": _pool(
        "Somchai,Anan,Prasert,Wichai,Abdulloh,Ismail,Surachai,Kittisak",
        "Siriporn,Ratana,Aminah,Pranee",
        "Srisuk,Boonmee,Jaidee,Yusoh,Salaeh,Kaewkla,Sukprasert,Mahama",
    ),
    "mm": _pool(
        "Kyaw,Aung,Zaw,Min,Thant,Htet,Naing,Tun",
        "Khin,Thandar,May,Nilar",
        "Min Oo,Zaw Win,Soe,Htun,Naing Lin,Lwin,Thu,Myint",
        short_is_full=True,
    ),
    "in": _pool(
        "Rajesh,Suresh,Amit,Vikram,Ravi,Mohammad,Farooq,Sanjay,Anil,Manoj,Deepak",
        "Priya,Sunita,Anjali,Meena,Kavita,Shabnam",
        "Sharma,Singh,Kumar,Bhat,Dar,Verma,Reddy,Yadav,Gupta,Lone,Mishra",
    ),
    "bd": _pool(
        "Abdul,Rafiqul,Mizanur,Shafiqul,Kamal,Anisur,Habibur,Jahangir",
        "Nasrin,Shirin,Rokeya,Taslima",
        "Rahman,Islam,Hossain,Ahmed,Chowdhury,Uddin,Haque,Alam",
    ),
    "lk": _pool(
        "Ruwan,Chaminda,Nuwan,Asanka,Kasun,Sunil,Lakshman",
        "Dilani,Nirosha,Chamari,Sanduni",
        "Perera,Fernando,Silva,Jayasinghe,Bandara,Wickramasinghe,Gunawardena,Dissanayake",
    ),
    "id": _pool(
        "Budi,Agus,Hendra,Yohanes,Slamet,Rizal,Eko",
        "Siti,Dewi,Wulan,Ratna",
        "Santoso,Wibowo,Kogoya,Pratama,Setiawan,Hidayat,Nugroho,Tabuni",
    ),
    "es": _pool(
        "Jose,Luis,Carlos,Juan,Miguel,Jorge,Alejandro,Ricardo,Fernando,Javier,Andres,Hector",
        "Maria,Guadalupe,Ana,Sofia,Claudia,Patricia",
        "Hernandez,Garcia,Martinez,Lopez,Gonzalez,Ramirez,Torres,Flores,Rivera,Castillo,Morales,Ortiz,Mendoza,Vargas",
    ),
    "br": _pool(
        "Joao,Carlos,Paulo,Rafael,Marcos,Thiago,Lucas,Anderson",
        "Ana,Fernanda,Juliana,Camila",
        "Silva,Santos,Oliveira,Souza,Pereira,Costa,Rodrigues,Almeida,Ferreira,Lima",
    ),
    "ht": _pool(
        "Jean-Robert,Pierre,Wilson,Frantz,Emmanuel,Reginald,Lionel,Jacques",
        "Marie,Guerline,Mireille,Roseline",
        "Joseph,Pierre,Jean-Louis,Charles,Dorval,Etienne,Louis,Celestin,Desir,Augustin",
    ),
    "fr": _pool(
        "Nicolas,Julien,Karim,Thomas,Mehdi,Laurent,Sebastien,Olivier",
        "Claire,Sophie,Nadia,Isabelle",
        "Martin,Bernard,Dubois,Moreau,Lefebvre,Benali,Girard,Fabre,Roux,Mercier",
    ),
    "gr": _pool(
        "Giorgos,Nikos,Dimitris,Kostas,Yannis,Panagiotis",
        "Maria,Eleni,Katerina,Sofia",
        "Papadopoulos,Georgiou,Nikolaou,Pappas,Karagiannis,Vlachos,Dimitriou,Oikonomou",
    ),
    "uk": _pool(
        "James,David,Sean,Mark,Paul,Ciaran,Gareth,Stephen",
        "Sarah,Claire,Emma,Siobhan",
        "McAllister,Kelly,Murphy,Campbell,Wilson,O'Neill,Thompson,Quinn,Doherty,Robinson",
    ),
    "us": _pool(
        "Michael,James,Marcus,David,Anthony,Brandon,Kevin,Robert,Terrence,Jose,Tyler,Darnell",
        "Jessica,Ashley,Tamika,Jennifer,Keisha,Maria",
        "Johnson,Williams,Brown,Jones,Davis,Miller,Wilson,Moore,Taylor,Jackson,Harris,Thompson,Robinson,Walker",
    ),
}


@dataclass
class _Person:
    name: str
    short: str
    she: bool
    pre: str  # title before the name: "district police chief"
    post: str  # description after the name: "the district police chief"
    introduced: bool = False

    @property
    def he(self) -> str:
        return "she" if self.she else "he"

    @property
    def his(self) -> str:
        return "her" if self.she else "his"


# Roles as (title before a name, description after it); "spokesman" follows the person's sex.
_Role = tuple[str, str]
_POLICE: tuple[_Role, ...] = (
    ("police chief", "the {town} police chief"),
    ("district police chief", "the district police chief"),
    ("police spokesman", "a spokesman for the {area} police"),
    ("senior police officer", "a senior police officer in {town}"),
    ("deputy police commissioner", "the deputy police commissioner"),
)
_US_POLICE: tuple[_Role, ...] = (
    ("Police Chief", "the {town} police chief"),
    ("police spokesman", "a {town} police spokesman"),
    ("Sgt.", "a sergeant with the {town} Police Department"),
    ("homicide detective", "a homicide detective with the {town} Police Department"),
)
_GOVERNMENT: tuple[_Role, ...] = (
    ("governor", "the governor of {area}"),
    ("district administrator", "the district administrator"),
    ("mayor", "the mayor of {town}"),
    ("local official", "a local government official"),
    ("interior ministry spokesman", "a spokesman for the interior ministry"),
)
_MILITARY: tuple[_Role, ...] = (
    ("army spokesman", "an army spokesman"),
    ("military spokesman", "a military spokesman"),
    ("regional commander", "the regional military commander"),
    ("Colonel", "a colonel in the regional command"),
)
_HEALTH: tuple[_Role, ...] = (
    ("Dr.", "a doctor at {hospital}"),
    ("hospital director", "the director of {hospital}"),
    ("health official", "a local health official"),
    ("health ministry spokesman", "a spokesman for the health ministry"),
)
_AID: tuple[_Role, ...] = (
    ("aid worker", "an aid worker with {ngo}"),
    ("spokesman", "a spokesman for {ngo}"),
    ("country director", "the country director of {ngo}"),
)
_RIGHTS: tuple[_Role, ...] = (
    ("researcher", "a researcher at {rights}"),
    ("rights activist", "a local rights activist"),
    ("lawyer", "a lawyer who represents several of the detainees"),
)
_COMMUNITY: tuple[_Role, ...] = (
    ("elder", "a community elder"),
    ("cleric", "a local cleric"),
    ("councillor", "a member of the town council"),
    ("activist", "a local activist"),
)
_US_COMMUNITY: tuple[_Role, ...] = (
    ("Mayor", "the mayor of {town}"),
    ("council member", "a city council member"),
    ("Pastor", "the pastor of a church near the scene"),
    ("activist", "a local anti-violence activist"),
)
_WITNESS_JOBS = (
    "shopkeeper",
    "resident",
    "teacher",
    "taxi driver",
    "farmer",
    "student",
    "street vendor",
    "nurse",
    "mechanic",
    "day laborer",
    "bus driver",
    "tailor",
    "pharmacist",
    "fruit seller",
)


# ---------------------------------------------------------------------------
# Event kinds
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    key: str
    group: str  # "attack", "war", "unrest" or "us": which background and filler fit
    noun: tuple[str, ...]  # "the bombing", "the blast"
    killed: tuple[int, int]
    injured: tuple[int, int]
    victims: tuple[tuple[str, str], ...]  # (singular, plural)
    venues: tuple[str, ...]
    perps: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    details: tuple[str, ...]
    quotes: tuple[str, ...]  # what officials say
    witnesses: tuple[str, ...]  # what people at the scene say
    blame: tuple[str, ...]  # who did it and who says so
    sources: tuple[tuple[_Role, ...], ...]  # role pools of the main official


_PEOPLE = (("person", "people"),)
_INSURGENTS = (
    "suspected militants",
    "gunmen",
    "insurgents",
    "fighters of an armed group",
    "unidentified attackers",
    "suspected jihadists",
    "separatist rebels",
    "members of a local militia",
)
_STATE = ("government troops", "the army", "security forces", "soldiers", "the military")

_KINDS: tuple[_Kind, ...] = (
    _Kind(
        key="bombing",
        group="attack",
        noun=("the bombing", "the blast", "the explosion", "the attack"),
        killed=(3, 70),
        injured=(5, 150),
        victims=(*_PEOPLE, ("civilian", "civilians")),
        venues=(
            "a crowded market",
            "a busy bus terminal",
            "a police checkpoint",
            "a tea shop near the main bazaar",
            "a wedding party",
            "a football ground where a match was under way",
            "the gate of a government office",
            "a queue outside a bank",
            "a livestock market",
            "a restaurant popular with local officials",
            "a mosque during evening prayers",
        ),
        perps=_INSURGENTS,
        headlines=(
            "Bomb kills {killed_hl} in {town}",
            "Blast at {town} market kills {killed_hl}",
            "{killed_hl} killed as bomb hits {town}",
            "{country}: bombing in {town} leaves {killed} dead",
            "Death toll in {town} bombing rises to {killed}",
        ),
        leads=(
            "{device} exploded at {venue} in {town} {when}, killing {killed_p} and wounding {injured_h} others, "
            "{source_said}.",
            "A powerful explosion tore through {venue} in {town}, {country}, {when}, killing {killed_p}, "
            "officials said.",
            "{killed_p} {kwere} killed and {injured_h} wounded {when} when {device} went off at {venue} in the "
            "city of {town}, police and hospital officials said.",
            "The death toll from a bomb attack on {venue} in {town} rose to {killed} {when}, with {injured_h} "
            "people still in hospital, {source_said}.",
            "{when}, {device} ripped through {venue} in {town}, killing {killed_p} in one of the deadliest "
            "attacks in {area} this year.",
        ),
        details=(
            "The blast, which happened {tod}, shattered windows and set fire to {shops} shops.",
            "Bomb disposal experts said the device contained about {kg} kilograms of explosives packed with "
            "{shrapnel}.",
            "{dead_part} of the dead were {subgroup}, and the rest were passers-by, {source_short} said.",
            "Police cordoned off the area, and a second device was found and defused about {m} meters away.",
            "Rescue workers pulled bodies from the debris for several hours as ambulances carried the wounded "
            "to {hospital}.",
            "The explosion left a crater more than a meter deep and destroyed {n_small} vehicles parked nearby.",
        ),
        quotes=(
            "The explosion was so powerful that it destroyed several shops and damaged every car on the street.",
            "This was a cowardly attack on innocent people who had come to buy food for their families.",
            "We have increased security at markets and public places, and the investigation is under way.",
            "The attackers wanted to cause as many casualties as possible.",
            "Most of the victims were shopkeepers and daily wage laborers.",
            "We are still collecting body parts, so the number of dead may rise.",
        ),
        witnesses=(
            "I was about fifty meters away when the ground shook. There was smoke everywhere and people "
            "were screaming.",
            "I saw bodies lying on the road. We carried the wounded in rickshaws because the ambulances "
            "had not arrived.",
            "My cousin's shop is gone. We found him under the rubble an hour later.",
            "There was a flash and then a sound I will never forget. Glass fell on us like rain.",
        ),
        blame=(
            "No group immediately claimed responsibility, but suspicion fell on {perp}, who have carried out "
            "similar attacks in {area}.",
            "{group} claimed responsibility for the bombing in a statement posted online.",
            "Police said they suspected {perp} and had detained {arrested_p} for questioning.",
            "{group} denied any role in the attack and blamed what it called criminal elements.",
        ),
        sources=(_POLICE, _GOVERNMENT),
    ),
    _Kind(
        key="suicide",
        group="attack",
        noun=("the suicide attack", "the bombing", "the attack", "the blast"),
        killed=(4, 90),
        injured=(6, 160),
        victims=(*_PEOPLE, ("civilian", "civilians")),
        venues=(
            "a police training center",
            "a funeral",
            "a political rally",
            "the entrance of a military base",
            "a crowd of army recruits",
            "a mosque",
            "a busy checkpoint",
            "a courthouse",
            "a hotel used by government officials",
            "a university campus",
            "a voter registration center",
        ),
        perps=_INSURGENTS,
        headlines=(
            "Suicide bomber kills {killed_hl} in {town}",
            "Suicide attack in {town} kills {killed_hl}",
            "{killed_hl} dead after suicide bombing in {country}",
            "Suicide blast hits {town}, killing {killed_hl}",
        ),
        leads=(
            "A suicide bomber blew himself up at {venue} in {town} {when}, killing {killed_p} and wounding "
            "{injured_h} others, officials said.",
            "{killed_p} {kwere} killed {when} when a suicide bomber detonated an explosives vest at {venue} "
            "in {town}, {country}.",
            "A suicide attacker drove an explosives-laden car into {venue} in {town} {when}, killing {killed_p}, "
            "{source_said}.",
            "{when}, a suicide bomber struck {venue} in {town}, killing {killed_p} in the deadliest attack "
            "on the city in months.",
        ),
        details=(
            "The bomber, who was on foot, tried to get through the main gate but was stopped by guards.",
            "Witnesses said the attacker appeared to be a young man in his twenties wearing a loose coat.",
            "{dead_part} of the dead were {subgroup}, {source_short} said, and the rest were civilians.",
            "The attack happened {tod}, when the area was at its busiest.",
            "Investigators said the vest had been packed with about {kg} kilograms of explosives and {shrapnel}.",
            "Of the {injured} people wounded, {injured_part} were in critical condition and the rest were "
            "treated for minor injuries.",
        ),
        quotes=(
            "The guards did their duty. If the bomber had got inside, the toll would have been much higher.",
            "We had received warnings of a possible attack and security had already been tightened.",
            "These people are enemies of peace, and they will not escape justice.",
            "Our forces are searching the area for anyone who helped the bomber.",
        ),
        witnesses=(
            "I heard a huge bang and was thrown to the ground. When I stood up, I saw bodies everywhere.",
            "People were running in every direction. Nobody knew if there would be a second blast.",
            "We were waiting in line like every morning. Then everything turned black.",
        ),
        blame=(
            "{group} said in a statement that one of its fighters had carried out the attack.",
            "No one claimed responsibility, but officials blamed {perp}.",
            "Officials said the attack bore the hallmarks of {perp} active in {area}.",
        ),
        sources=(_POLICE, _GOVERNMENT, _MILITARY),
    ),
    _Kind(
        key="clash",
        group="war",
        noun=("the fighting", "the clashes", "the battle"),
        killed=(4, 120),
        injured=(3, 90),
        victims=(*_PEOPLE, ("fighter", "fighters"), ("combatant", "combatants")),
        venues=(
            "an army base",
            "a checkpoint on the main road",
            "a police station",
            "a hilltop outpost",
            "a mining camp",
            "a village market",
            "a border crossing",
        ),
        perps=(
            *_INSURGENTS,
            "rebels of {group}",
            "fighters loyal to a local warlord",
            "members of a drug cartel",
            "rival gangs",
        ),
        headlines=(
            "Fighting near {town} kills {killed_hl}",
            "{killed_hl} dead in clashes near {town}",
            "Clashes in {area} leave {killed} dead",
            "Heavy fighting erupts in {town}",
        ),
        leads=(
            "Fighting between {perp} and {state} near {town} {when} left {killed_p} dead, including "
            "{dead_part} {subgroup}, {source_said}.",
            "{killed_p} {kwere} killed {when} in clashes that broke out after {perp} attacked {venue} near "
            "{town}, officials said.",
            "Heavy fighting erupted {when} on the outskirts of {town}, in {area}, where {perp} attacked "
            "{venue}, leaving {killed_p} dead.",
            "At least {killed} people died {when} in fighting for control of {venue} near {town}, {source_said}.",
        ),
        details=(
            "Military officials said troops had killed {claim_n} of the attackers and lost {dead_part} "
            "soldiers, figures that could not be independently verified.",
            "Residents said the gunfire lasted for {hours} hours and that mortar rounds fell on houses.",
            "Hundreds of families fled toward {town2}, carrying what they could.",
            "The attackers arrived {tod} in pickup trucks mounted with heavy machine guns.",
            "Reinforcements were sent from {town2}, and the area was calm by nightfall, officials said.",
            "Of the {injured} people wounded, {injured_part} were civilians caught in the crossfire.",
        ),
        quotes=(
            "Our forces repelled the attack and are now in full control of the area.",
            "The enemy suffered heavy losses and fled, leaving weapons and vehicles behind.",
            "We are asking residents to stay indoors while the clearing operation continues.",
            "The situation is tense, but the main road has been reopened.",
        ),
        witnesses=(
            "The shooting started before dawn and did not stop until the afternoon. We hid under the beds.",
            "Bullets were hitting the walls of our house. My children have not stopped crying since.",
            "We left everything behind. We only took the children and ran.",
        ),
        blame=(
            "{group} said its fighters had captured weapons and vehicles, a claim the army denied.",
            "Each side blamed the other for starting the fighting.",
            "Officials blamed {perp}, who have stepped up attacks in {area} in recent months.",
        ),
        sources=(_MILITARY, _GOVERNMENT, _POLICE),
    ),
    _Kind(
        key="siege",
        group="attack",
        noun=("the siege", "the attack", "the standoff"),
        killed=(4, 60),
        injured=(4, 80),
        victims=(*_PEOPLE, ("hostage", "hostages")),
        venues=(
            "a hotel",
            "a university dormitory",
            "a government compound",
            "a shopping mall",
            "a hospital",
            "a bank",
            "a school",
        ),
        perps=_INSURGENTS,
        headlines=(
            "Siege at {town} {venue_short} ends with {killed_hl} dead",
            "Gunmen storm {venue_short} in {town}, take hostages",
            "{hours}-hour siege in {town} leaves {killed} dead",
        ),
        leads=(
            "Security forces ended a {hours}-hour siege at {venue} in {town} {when} after gunmen stormed the "
            "building and took hostages, leaving {killed_p} dead, officials said.",
            "Gunmen holed up inside {venue} in {town} held out against security forces for {hours} hours "
            "before the siege ended {when}, {source_said}.",
            "{killed_p}, including {attackers} attackers, {kwere} killed during a siege at {venue} in {town} "
            "that ended {when}, {source_said}.",
        ),
        details=(
            "The attackers, armed with rifles and grenades, entered {venue} {tod} and opened fire on staff "
            "and visitors.",
            "Commandos freed {hostages_h} hostages, {source_short} said, and the rest escaped through a back entrance.",
            "Explosions and bursts of gunfire were heard throughout the night as soldiers moved floor by floor.",
            "{attackers} of the gunmen were killed and one was captured alive, officials said.",
            "Relatives waited behind police lines for news, some of them for more than {hours} hours.",
            "Of the {injured} people wounded, {injured_part} were members of the security forces.",
        ),
        quotes=(
            "The operation is over. All the attackers have been neutralized.",
            "Our priority was to save the hostages, which is why the operation took so long.",
            "The building has been cleared, but bomb disposal teams are still checking every room.",
            "They came to kill as many people as they could.",
        ),
        witnesses=(
            "We locked ourselves in a storeroom and stayed silent for hours. We could hear them walking outside.",
            "I jumped from a first-floor window and ran. I did not look back.",
            "My brother sent me a message saying he was hiding under a desk. Then his phone went dead.",
        ),
        blame=(
            "{group} said its fighters had carried out the raid.",
            "No group claimed the attack, but officials blamed {perp}.",
            "The interior minister said the attack had been planned outside the country, without giving evidence.",
        ),
        sources=(_POLICE, _MILITARY, _GOVERNMENT),
    ),
    _Kind(
        key="abduction",
        group="attack",
        noun=("the abduction", "the kidnapping", "the raid"),
        killed=(2, 12),
        injured=(3, 20),
        victims=(
            ("student", "students"),
            ("passenger", "passengers"),
            ("worker", "workers"),
            ("villager", "villagers"),
        ),
        venues=(
            "a boarding school",
            "a passenger bus",
            "a farm",
            "a construction site",
            "a camp for displaced families",
            "a village church",
            "a highway checkpoint",
        ),
        perps=(*_INSURGENTS, "armed bandits", "kidnappers"),
        headlines=(
            "Gunmen abduct {abducted} in {town}",
            "{abducted} kidnapped near {town}",
            "Mass abduction in {area}: {abducted} taken",
            "Kidnappers seize {abducted} in {country}",
        ),
        leads=(
            "Gunmen abducted {abducted_p} from {venue} near {town} {when}, {source_said}, in the latest "
            "mass kidnapping in {area}.",
            "Armed men stormed {venue} near {town} {when}, killing {killed_p} and seizing {abducted_p}, "
            "residents and police said.",
            "{abducted_p} {awere} kidnapped {when} when gunmen attacked {venue} on the road outside {town}, "
            "{source_said}.",
        ),
        details=(
            "{escaped} of the captives escaped and returned home, {source_short} said, but the rest were "
            "still being held.",
            "The kidnappers later contacted relatives and demanded a ransom of {ransom}.",
            "Security forces launched a search operation in the forest where the gunmen were believed to be hiding.",
            "The attackers arrived {tod} on motorcycles and fired into the air to scare off residents.",
            "{killed} people were killed during the raid, among them a guard who tried to resist.",
            "Parents gathered at the site, many of them crying, as officials read out the names of the missing.",
        ),
        quotes=(
            "We are doing everything possible to bring them back safely.",
            "The kidnappers are known to us, and we are working with local leaders to secure the release.",
            "We will not pay ransom to criminals, because it only encourages more kidnappings.",
            "Our men are following the tracks of the attackers, and we are hopeful.",
        ),
        witnesses=(
            "They came shooting and ordered everyone to lie down. Then they took the young ones.",
            "My daughter is among them. I have not slept since they took her.",
            "They tied the men together with ropes and marched them into the bush.",
        ),
        blame=(
            "No group claimed the abduction, but police blamed {perp}.",
            "{group} later released a video showing some of the captives.",
            "Kidnapping for ransom has become a lucrative business for {perp} in {area}.",
        ),
        sources=(_POLICE, _GOVERNMENT),
    ),
    _Kind(
        key="airstrike",
        group="war",
        noun=("the air strike", "the strike", "the raid", "the bombardment"),
        killed=(3, 80),
        injured=(4, 120),
        victims=(*_PEOPLE, ("civilian", "civilians")),
        venues=(
            "a crowded market",
            "a residential building",
            "a camp for displaced families",
            "a school used as a shelter",
            "a wedding party",
            "a hospital",
            "a fuel station",
            "a bakery where people were queuing for bread",
        ),
        perps=("government warplanes", "military aircraft", "drones", "the air force", "helicopter gunships"),
        headlines=(
            "Air strike kills {killed_hl} in {town}",
            "{killed_hl} dead in strike on {town}",
            "{town} air raid kills {killed_hl}, rescuers say",
            "Strikes hit {town} as fighting spreads",
        ),
        leads=(
            "Air strikes hit {venue} in {town} {when}, killing {killed_p}, including {dead_part} children, "
            "according to {source_ref}.",
            "{killed_p} {kwere} killed {when} when {perp} struck {venue} in {town}, residents and medical "
            "workers said.",
            "A drone strike on {venue} near {town} {when} killed {killed_p} and wounded {injured_h}, {source_said}.",
            "{when}, {perp} bombed {venue} in {town}, {country}, killing {killed_p}, rescuers said.",
        ),
        details=(
            "Rescuers dug through the rubble with their hands, searching for survivors.",
            "The strike happened {tod}, when the area was full of people.",
            "{dead_part} of the dead were children, and the rest were mostly women and elderly men.",
            "The military said it had targeted a command center of {group} and denied hitting civilians.",
            "Residents said they heard aircraft circling for about {n_small} minutes before the first explosion.",
            "Of the {injured} people wounded, {injured_part} were taken to {hospital} and the rest to clinics "
            "in nearby villages.",
        ),
        quotes=(
            "There were no fighters there. These were families who had fled the fighting elsewhere.",
            "We are overwhelmed. We are treating the wounded on the floor because we have run out of beds.",
            "The strikes were aimed at military targets, and we take every precaution to avoid civilians.",
            "Most of the bodies were burned beyond recognition.",
        ),
        witnesses=(
            "We heard the plane and then the whole building came down. My neighbors are still under it.",
            "I found my son's shoe in the rubble. We are still looking for him.",
            "There is no safe place left in this town. They bomb the markets, the schools, everything.",
        ),
        blame=(
            "The air force did not comment on the strike.",
            "The military said it had struck positions held by {group}.",
            "Rights groups said the strike could amount to a war crime and called for an investigation.",
        ),
        sources=(_HEALTH, _GOVERNMENT, _AID),
    ),
    _Kind(
        key="shelling",
        group="war",
        noun=("the shelling", "the bombardment", "the attack"),
        killed=(3, 50),
        injured=(4, 100),
        victims=(*_PEOPLE, ("civilian", "civilians"), ("resident", "residents")),
        venues=(
            "residential areas",
            "the central market",
            "a hospital compound",
            "a bus station",
            "a neighborhood near the river",
            "a school",
            "a mosque and nearby homes",
        ),
        perps=("artillery units", "rebel forces", "government forces", "fighters of {group}"),
        headlines=(
            "Shelling kills {killed_hl} in {town}",
            "Shells hit {town}, killing {killed_hl}",
            "{killed_hl} killed as shells slam into {town}",
        ),
        leads=(
            "Shelling on {venue} of {town} {when} killed {killed_p} and wounded {injured_h}, local officials said.",
            "Artillery and mortar shells slammed into {venue} in {town} {when}, killing {killed_p}, {source_said}.",
            "{killed_p}, among them {dead_part} children, {kwere} killed {when} when shells hit {venue} in "
            "{town}, {country}.",
        ),
        details=(
            "Residents said more than {shells} shells fell on the town over {hours} hours.",
            "The bombardment began {tod} and continued until late in the evening.",
            "Rescue teams were slowed by continued shelling, and some of the wounded bled to death waiting for help.",
            "Both sides blamed each other for the attack.",
            "Of the {injured} people wounded, {injured_part} were children, {source_short} said.",
            "Water and power lines were cut in several districts.",
        ),
        quotes=(
            "The shells are falling on homes, not on military positions.",
            "We have counted {killed} bodies so far, but more people are missing under the rubble.",
            "Our teams cannot reach the worst-hit areas while the shelling continues.",
            "The town has been under fire for days, and people have nowhere to go.",
        ),
        witnesses=(
            "We spent the night in the basement. Every few minutes the whole house shook.",
            "The shell hit the house next door. The family inside had four children.",
            "We ran to the mosque because it has thick walls, but even there we did not feel safe.",
        ),
        blame=(
            "The shelling was blamed on {perp}, who denied targeting civilians.",
            "{group} said the shelling was a response to an earlier attack on its positions.",
            "Neither side commented on the shelling.",
        ),
        sources=(_GOVERNMENT, _HEALTH, _AID),
    ),
    _Kind(
        key="riot",
        group="unrest",
        noun=("the riots", "the unrest", "the violence"),
        killed=(1, 25),
        injured=(10, 200),
        victims=_PEOPLE,
        venues=(
            "the main market",
            "the city center",
            "the central bus station",
            "a police station",
            "government offices",
        ),
        perps=("rioters", "angry crowds", "gangs of young men", "rival groups of youths"),
        headlines=(
            "Riots in {town} leave {killed} dead",
            "Curfew imposed in {town} after deadly riots",
            "{town} riots: {arrested} arrested, {killed_hl} dead",
            "Unrest spreads in {town}",
        ),
        leads=(
            "Riots broke out in {town} {when} after {trigger}, leaving {killed_p} dead and {injured_p} "
            "injured, police said.",
            "Rioters torched {shops} shops and set vehicles ablaze in {town} {when} as anger over {trigger} "
            "spilled into the streets.",
            "Police fired tear gas and live rounds to disperse crowds in {town} {when}; {killed_p} {kwere} "
            "killed, {source_said}.",
            "Authorities imposed a curfew on {town} {when} after a second day of riots triggered by {trigger}.",
        ),
        details=(
            "Police said they had arrested {arrested_p} and that more arrests would follow.",
            "Crowds attacked {venue} and looted shops before police arrived.",
            "Of the {injured} people injured, {injured_part} were police officers, {source_short} said.",
            "Smoke from burning tires hung over the city for most of the day.",
            "The unrest began {tod}, when crowds gathered near {venue}.",
            "Shops, banks and schools remained closed, and the streets were largely deserted.",
        ),
        quotes=(
            "We will not allow a few troublemakers to destroy the city.",
            "The police used the minimum force necessary to restore order.",
            "Anyone found looting or burning property will be arrested and prosecuted.",
            "The curfew will remain in place until calm returns.",
        ),
        witnesses=(
            "They came with sticks and petrol bombs. They burned everything on this street.",
            "The police were shooting directly at people, not in the air.",
            "We closed the shop and hid inside while they broke the windows.",
        ),
        blame=(
            "Opposition leaders blamed the government for the violence, saying it had ignored warnings.",
            "Officials blamed {perp} and said some of the rioters had been paid.",
            "Community leaders said the riots were the result of years of anger over jobs and policing.",
        ),
        sources=(_POLICE, _GOVERNMENT),
    ),
    _Kind(
        key="protest",
        group="unrest",
        noun=("the protest", "the demonstration", "the march", "the crackdown"),
        killed=(0, 0),
        injured=(3, 60),
        victims=(("protester", "protesters"), ("demonstrator", "demonstrators")),
        venues=(
            "parliament",
            "the presidential palace",
            "the central square",
            "the main university campus",
            "the offices of the electoral commission",
            "the city hall",
        ),
        perps=("riot police", "security forces", "police officers"),
        headlines=(
            "Police arrest {arrested} protesters in {town}",
            "{arrested} detained as protests sweep {town}",
            "Thousands march in {town}; dozens arrested",
            "Tear gas fired at protesters in {town}",
        ),
        leads=(
            "Police arrested {arrested_p} {when} as thousands of people marched through {town} to demand {demand}.",
            "Security forces detained {arrested_p} and fired tear gas at demonstrators outside {venue} in "
            "{town} {when}, {source_said}.",
            "More than {crowd} people took to the streets of {town} {when} to demand {demand}, and "
            "{arrested_h} were detained, police said.",
            "{when}, riot police in {town} broke up a march toward {venue}, arresting {arrested_p}.",
        ),
        details=(
            "{injured_p} {iwere} injured, {injured_part} of them seriously, as police charged the crowd with batons.",
            "Police said {released} of those detained had been released and the rest would appear in court.",
            "Protesters chanted slogans and carried banners calling for {demand}.",
            "The march began peacefully {tod} but turned tense when police blocked the road to {venue}.",
            "Organizers said more than {crowd} people had joined the protest, while police put the number "
            "at about {crowd_low}.",
            "Several journalists covering the protest were briefly detained.",
        ),
        quotes=(
            "The right to protest is protected, but nobody has the right to block roads and attack officers.",
            "Those arrested will be charged according to the law.",
            "The march did not have a permit, and the organizers were warned.",
            "We are open to dialogue, but violence will not be tolerated.",
        ),
        witnesses=(
            "We were marching peacefully when they started firing tear gas without warning.",
            "They dragged students out of the crowd and beat them in front of us.",
            "We will come back tomorrow, and the day after, until they listen to us.",
        ),
        blame=(
            "Rights groups condemned the arrests and called for the release of all detained protesters.",
            "The interior ministry said the protest had been infiltrated by troublemakers.",
            "Opposition leaders said the arrests showed the government was afraid of its own people.",
        ),
        sources=(_POLICE, _GOVERNMENT),
    ),
    _Kind(
        key="police_shooting",
        group="unrest",
        noun=("the shooting", "the killing", "the incident"),
        killed=(1, 9),
        injured=(3, 25),
        victims=(("man", "men"), ("person", "people"), ("youth", "youths")),
        venues=(
            "a market",
            "a housing estate",
            "a roadblock",
            "a protest outside a police station",
            "a bus stop",
            "a funeral procession",
            "a raid on a suspected gang hideout",
        ),
        perps=("police officers", "members of a police unit", "officers"),
        headlines=(
            "Police shoot dead {killed_hl} in {town}",
            "Outrage after police killing in {town}",
            "Police fire on crowd in {town}, killing {killed_hl}",
        ),
        leads=(
            "Police opened fire {when} at {venue} in {town}, killing {killed_p} and wounding {injured_h}, "
            "witnesses and rights groups said.",
            "Police shot dead {killed_p} at {venue} in {town} {when}, {source_said}, describing the dead "
            "as suspected criminals.",
            "{killed_p} {kwere} shot dead by police in {town} {when}, sparking angry protests in the area.",
        ),
        details=(
            "Police said the officers had come under attack and fired in self-defense.",
            "Relatives said the dead had no links to crime and demanded an independent investigation.",
            "Video shared on social media appeared to show officers firing at people who were running away.",
            "The shooting happened {tod}, according to residents.",
            "The officers involved have been suspended pending an inquiry, {source_short} said.",
            "Of the {injured} people wounded, {injured_part} were still in hospital.",
        ),
        quotes=(
            "An internal investigation has been opened, and anyone found at fault will be punished.",
            "The officers were attacked and had no choice but to defend themselves.",
            "We ask the public to remain calm and let the investigation take its course.",
        ),
        witnesses=(
            "He was not doing anything. He was just standing there when they shot him.",
            "The police came in two vans and started shooting as soon as they got out.",
            "We want justice. We want those officers in court.",
        ),
        blame=(
            "Rights groups said the shooting was part of a pattern of killings by police.",
            "The police oversight body said it had opened an inquiry.",
            "Local leaders called for calm but said the officers must be held to account.",
        ),
        sources=(_POLICE,),
    ),
    _Kind(
        key="us_shooting",
        group="us",
        noun=("the shooting", "the attack", "the gunfire"),
        killed=(1, 5),
        injured=(1, 9),
        victims=(("person", "people"), ("man", "men"), ("teenager", "teenagers")),
        venues=(
            "outside a convenience store",
            "at a house party",
            "at a gas station",
            "in a parking lot near a nightclub",
            "at a park",
            "at an apartment complex",
            "outside a barbershop",
            "at a block party",
        ),
        perps=("a gunman", "two men", "a shooter", "several people"),
        headlines=(
            "{killed_hl} killed, {injured} wounded in {town} shooting",
            "Shooting in {town} leaves {killed} dead",
            "Police seek suspect after deadly {town} shooting",
        ),
        leads=(
            "{killed_p} {kwere} killed and {injured_p} {iwere} wounded in a shooting {venue} in {town} {when}, "
            "police said.",
            "A shooting {venue} in {town} {when} left {killed_p} dead and {injured_p} injured, according to the "
            "{town} Police Department.",
            "Police in {town} are searching for {perp} after {killed_p} {kwere} shot dead {venue} {when}.",
        ),
        details=(
            "Officers responding to reports of gunfire {tod} found several people with gunshot wounds.",
            "Police said the shooting appeared to have started with an argument.",
            "Investigators recovered {casings} shell casings at the scene, {source_short} said.",
            "No arrests had been made by {weekday} evening.",
            "{victims_named}",
            "Paramedics took the wounded to {hospital}, where doctors described their condition as serious.",
        ),
        quotes=(
            "This was a senseless act of violence, and we will find the people responsible.",
            "Someone knows who did this, and we are asking them to come forward.",
            "We have detectives working around the clock on this case.",
            "Too many guns are ending up in the hands of people who settle arguments with bullets.",
        ),
        witnesses=(
            "I heard maybe ten or fifteen shots, real fast, and everybody started running.",
            "These were kids. They were just hanging out like they do every weekend.",
            "I called 911 and tried to keep pressure on his wound until the ambulance came.",
        ),
        blame=(
            "Police did not release a description of the suspect.",
            "Investigators believe the shooting was not random, {source_short} said.",
            "Police said they were reviewing surveillance video from nearby businesses.",
        ),
        sources=(_US_POLICE,),
    ),
    _Kind(
        key="massacre",
        group="attack",
        noun=("the massacre", "the attack", "the killings", "the raid"),
        killed=(10, 160),
        injured=(2, 60),
        victims=(("villager", "villagers"), ("person", "people"), ("civilian", "civilians")),
        venues=("a village", "a farming settlement", "a gold mining site", "a cattle market", "a fishing camp"),
        perps=(*_INSURGENTS, "armed bandits", "men in military uniform"),
        headlines=(
            "Gunmen kill {killed_hl} in village near {town}",
            "Massacre near {town} leaves {killed} dead",
            "{killed_hl} killed in village raid in {country}",
            "Survivors describe massacre near {town}",
        ),
        leads=(
            "Gunmen killed {killed_p} in an overnight attack on {venue} about {km} kilometers from {town}, "
            "{source_said} {when}.",
            "Armed men on motorcycles raided {venue} near {town} {when}, shooting residents and burning homes, "
            "killing {killed_p}, officials said.",
            "The bodies of {killed_p} were found {when} at {venue} near {town}, a day after gunmen attacked "
            "it, {source_said}.",
            "{killed_p} {kwere} killed {when} when gunmen attacked {venue} in {area}, one of the deadliest "
            "attacks in the region this year.",
        ),
        details=(
            "Survivors said the attackers went from house to house, shooting men and setting fire to huts.",
            "{homes} homes were burned, and the attackers stole cattle and food supplies.",
            "The toll could rise because {missing_p} were still missing, {source_short} said.",
            "The attack began {tod} and lasted for about {hours} hours before soldiers arrived.",
            "{dead_part} of the dead were women and children, {source_short} said.",
            "Residents buried the dead in a mass grave because there were too many for individual funerals.",
        ),
        quotes=(
            "This is the worst attack this area has ever seen. Whole families have been wiped out.",
            "The army arrived only after the attackers had left.",
            "We have deployed more troops to protect the surrounding villages.",
            "We need help. The survivors have nothing left, not even food.",
        ),
        witnesses=(
            "I hid in the bush and watched them burn my house. I could hear people screaming.",
            "They killed my father and my two brothers. I survived because I was at the well.",
            "We had asked for soldiers for months. Nobody came.",
        ),
        blame=(
            "No group claimed responsibility, but residents blamed {perp}.",
            "Officials blamed {group}, which has been accused of similar massacres.",
            "The attack followed months of tension between farmers and herders over land and water.",
        ),
        sources=(_GOVERNMENT, _POLICE, _COMMUNITY),
    ),
)
_KINDS_BY_KEY = {kind.key: kind for kind in _KINDS}

_DEVICES = (
    "a bomb hidden in a motorcycle",
    "a car bomb",
    "a roadside bomb",
    "a bomb concealed in a handcart",
    "an improvised explosive device",
    "explosives packed into a parked car",
    "a remote-controlled bomb",
    "a bomb planted in a rubbish bin",
)
_SHRAPNEL = ("ball bearings", "nails", "metal pellets", "bolts and nails")
_SUBGROUPS = (
    "police officers",
    "soldiers",
    "children",
    "women",
    "members of the same family",
    "security guards",
    "traders",
)
_TRIGGERS = (
    "the death of a young man in police custody",
    "a disputed election result",
    "a sharp rise in fuel prices",
    "rumors that a child had been abducted",
    "a land dispute between two communities",
    "a court verdict",
    "a power outage that lasted for days",
    "the arrest of a popular religious leader",
)
_DEMANDS = (
    "the release of jailed opposition leaders",
    "lower food prices",
    "the resignation of the government",
    "an end to power cuts",
    "justice for a student killed by police",
    "higher wages",
    "free and fair elections",
    "the reversal of a new tax",
)
_TIMES = (
    "shortly after 9 a.m.",
    "at around 7:30 p.m.",
    "just before noon",
    "around midnight",
    "at about 4 p.m. local time",
    "during the morning rush hour",
    "shortly after dawn",
    "in the early hours",
    "at about 10:15 p.m.",
    "in the late afternoon",
)
_HOSPITALS = (
    "{town} General Hospital",
    "the {town} Teaching Hospital",
    "the main hospital in {town}",
    "a district hospital",
    "the regional referral hospital",
    "a military hospital in {town}",
)
_US_HOSPITALS = ("a local hospital", "{town} Regional Medical Center", "a nearby trauma center", "University Hospital")
_NGOS = (
    "Medical Relief International",
    "the Emergency Care Alliance",
    "Frontline Medical Aid",
    "the Relief Coordination Network",
    "Children First International",
    "Shelter and Hope",
)
_RIGHTS_GROUPS = (
    "the Center for Civilian Protection",
    "Rights Watch International",
    "the Civil Liberties Forum",
    "the Observatory for Human Rights and Justice",
)
_GROUP_A = (
    "Northern",
    "Eastern",
    "Southern",
    "Western",
    "People's",
    "Popular",
    "Revolutionary",
    "United",
    "National",
    "Free",
)
_GROUP_B = (
    "Liberation Front",
    "Defence Forces",
    "Resistance Movement",
    "Freedom Army",
    "Salvation Front",
    "Justice Brigades",
    "Patriotic Army",
    "Unity Movement",
)
_CARTEL_A = ("Sierra", "Pacific", "Gulf", "Valley", "Frontera", "Costa", "Norte", "Nueva")
_CARTEL_B = ("Cartel", "gang", "criminal group")
_CARTEL_PERPS = (
    "members of a drug cartel",
    "gunmen linked to organized crime",
    "rival gang members",
    "armed men believed to belong to a trafficking group",
    "hitmen working for a local gang",
)
_OUTLETS = (
    ("Meridian News Agency", "Meridian"),
    ("Northstar Wire", "Northstar"),
    ("The Daily Sentinel", "Sentinel"),
    ("Continental Press Service", "CPS"),
    ("The Evening Courier", "Courier"),
    ("Horizon News", "Horizon"),
    ("World Desk Wire", "WDW"),
    ("The Frontier Ledger", "Ledger"),
    ("Global Dispatch", "Dispatch"),
    ("The Morning Chronicle", "Chronicle"),
)
_US_OUTLETS = (
    ("The Metro Herald", "Herald"),
    ("City Beat News", "City Beat"),
    ("The Daily Sentinel", "Sentinel"),
    ("Northstar Wire", "Northstar"),
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EARLIER_EVENTS = (
    "a bombing at a bus station",
    "an attack on a police post",
    "clashes between rival groups",
    "a raid on a village",
    "a suicide attack on an army convoy",
    "an ambush on a military patrol",
    "a shooting at a market",
    "an attack on a camp for displaced people",
)
_US_EARLIER = (
    "a drive-by shooting",
    "a shooting at a gas station",
    "a shooting outside a nightclub",
    "a shooting at a birthday party",
    "a carjacking that turned deadly",
)

# ---------------------------------------------------------------------------
# Background and filler: (groups the sentence fits, template)
# ---------------------------------------------------------------------------

_A, _W, _U, _S = "attack", "war", "unrest", "us"
_VIOLENT = (_A, _W)
_ABROAD = (_A, _W, _U)
_ALL = (_A, _W, _U, _S)
_KILLING = (_A, _W, _S, "riot", "police_shooting")

_BACKGROUND: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        _VIOLENT,
        "{event_sg} was the {ordinal} deadly attack in {town} since {earlier}, when {earlier_event} killed "
        "{earlier_n} people.",
    ),
    (_VIOLENT, "In {earlier_month}, {earlier_n} people were killed in {earlier_event} in the same area."),
    (_VIOLENT, "{area} has been hit by a wave of violence since {year_past}, when {conflict_start}."),
    (
        _VIOLENT,
        "According to figures compiled by {rights}, more than {big_n} people have been killed in {area} "
        "since {year_past}.",
    ),
    (_VIOLENT, "The attack came {days_before} days after {earlier_event} in nearby {town2} killed {earlier_n} people."),
    (
        _VIOLENT,
        "Armed groups have repeatedly targeted {town} and the roads leading to it, and many families have "
        "sent their children to relatives in safer parts of the country.",
    ),
    (_VIOLENT, "The last major attack in the city, on {earlier_date}, left {earlier_n} people dead."),
    ((_U,), "Protests have been frequent in {town} since {year_past}, when {trigger} set off weeks of unrest."),
    ((_U,), "In {earlier_month}, at least {earlier_n} people were killed when police broke up a march in {town2}."),
    (
        (_U,),
        "The government has faced growing anger over {grievance}, which opposition parties say it has failed "
        "to address.",
    ),
    (
        (_U,),
        "Similar demonstrations in {year_past} ended with hundreds of arrests and a ban on public gatherings "
        "that lasted {n_small} months.",
    ),
    (
        (_S,),
        "It was at least the {ordinal} shooting in {town} since {earlier}, when {earlier_us} left "
        "{earlier_n_small} people wounded.",
    ),
    ((_S,), "{town} recorded {big_us} homicides last year, according to police data, most of them shootings."),
    ((_S,), "On {earlier_date}, {earlier_us} a few blocks away killed {earlier_n_small} people."),
)

_FILLER: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "reaction": (
        (
            _VIOLENT,
            "The {gov_body} condemned the attack and promised that those responsible would be brought to justice.",
        ),
        (
            _VIOLENT,
            "The United Nations envoy for {country} said {envoy_he} was deeply shocked by the violence and "
            "urged all sides to protect civilians.",
        ),
        (
            (*_VIOLENT, "riot"),
            "Opposition politicians accused the government of failing to protect people in "
            "{area}, where violence has become more frequent.",
        ),
        ((*_VIOLENT, "riot"), "Religious leaders in {town} called for calm and urged residents not to seek revenge."),
        (_ABROAD, "Rights groups called for an independent investigation into {event}."),
        (
            _VIOLENT,
            "The government declared {n_small} days of mourning, and flags flew at half-mast on public buildings.",
        ),
        (_VIOLENT, "Several foreign embassies issued statements offering condolences to the families of the victims."),
        ((_S,), 'City leaders called {event} "heartbreaking" and promised more patrols in the area.'),
        ((_S,), "Community groups planned a vigil for {later_day} evening near the scene."),
        ((_U,), "Foreign diplomats in {country} urged the authorities to respect the right to peaceful protest."),
        ((_U,), "The main opposition party said it would file a complaint with the national human rights commission."),
        ((_U,), "Several embassies called for restraint from both protesters and the police."),
        ((_S,), "The county prosecutor said the office would work with police to bring charges as soon as possible."),
    ),
    "context": (
        (
            _ABROAD,
            "{town} has seen repeated violence over the past decade, and residents say they have grown used "
            "to living with checkpoints and curfews.",
        ),
        (
            _VIOLENT,
            "The local economy depends on farming and trade, and many young men have few prospects, which "
            "analysts say makes them easy recruits for armed groups.",
        ),
        (
            _VIOLENT,
            "Analysts say the armed groups operating in {area} have exploited local grievances over land, "
            "jobs and policing.",
        ),
        (
            _VIOLENT,
            "Peace talks between the government and armed groups broke down in {year_past}, and fighting "
            "has intensified since then.",
        ),
        (
            _ABROAD,
            "Security in the area has deteriorated since {year_past}, and travel on the main roads is "
            "considered dangerous after dark.",
        ),
        (
            _VIOLENT,
            "The military has launched several offensives in {area}, but the armed groups have proved "
            "resilient, retreating into forests and hills and returning when troops withdraw.",
        ),
        (
            (_U,),
            "Prices of bread, fuel and cooking gas have risen sharply over the past year, and unemployment among "
            "young people is high.",
        ),
        (
            (_S,),
            "Gun violence in {town} has fallen slightly from its peak, but the city still has one of the highest "
            "homicide rates in the state.",
        ),
        (
            (_S,),
            "City officials have expanded programs that send trained outreach workers to neighborhoods hit "
            "hardest by shootings.",
        ),
        ((_U,), "The protests are the largest the country has seen since {year_past}."),
        ((_U,), "Analysts say the government's popularity has fallen sharply amid a cost-of-living crisis."),
        (
            (_U,),
            "Many of the demonstrators are young people who say they have struggled to find work after leaving school.",
        ),
        (
            (_S,),
            "Most of the city's shootings happen in a handful of neighborhoods, according to an analysis of "
            "police data.",
        ),
        ((_S,), "Police say many of this year's shootings have involved young people and illegally owned handguns."),
    ),
    "aid": (
        (
            _VIOLENT,
            "Aid agencies said hospitals in {town} were struggling to cope, with shortages of blood, "
            "medicine and beds.",
        ),
        (_VIOLENT, "{ngo} said it had sent {n_small} surgical teams and extra supplies to the city."),
        (
            _VIOLENT,
            "The violence has forced {displaced_p} from their homes in {area} this year, according to UN figures.",
        ),
        (
            _VIOLENT,
            "Aid workers said many of the displaced were sleeping in schools and mosques, with little "
            "food or clean water.",
        ),
        (
            _VIOLENT,
            "Humanitarian groups have repeatedly warned that funding for the region covers less than "
            "{pct} percent of what is needed.",
        ),
        (_VIOLENT, "The local blood bank appealed for donors, and long queues formed outside within hours."),
    ),
    "investigation": (
        (_ALL, "Investigators were examining footage from security cameras near the scene, {source_short} said."),
        (_ABROAD, "Authorities tightened security across {town}, setting up extra checkpoints on the main roads."),
        (_ALL, "Police said they had detained {n_small} suspects and were questioning them."),
        (_ABROAD, "Forensic teams collected evidence at the scene until late in the evening."),
        (_VIOLENT, "Officials said the attackers may have had help from people inside the town."),
        (
            (_S,),
            "Anyone with information is asked to call the police department's tip line; callers may remain anonymous.",
        ),
        ((_U,), "The prosecutor's office said it would review the footage and the police reports."),
        ((_U,), "Police said they were reviewing video to identify people who had damaged property."),
        ((_U,), "A police spokesman said {n_small} officers had been hurt by stones and bottles."),
        (
            (_S,),
            "Police said they had recovered a handgun near the scene but had not determined whether it was "
            "used in the shooting.",
        ),
        ((_S,), "Investigators were working to determine how many shooters were involved."),
        ((_S,), "Detectives had spoken with several witnesses, a police spokesman said."),
    ),
    "mourning": (
        (_KILLING, "Funerals for several of the victims were held {later}, attended by hundreds of mourners."),
        (
            _KILLING,
            "Relatives gathered outside {hospital}, searching lists of the dead and injured for the names "
            "of their loved ones.",
        ),
        (_VIOLENT, "Many of the victims were buried the same day, in keeping with local custom."),
        ((_S,), "Friends and relatives left flowers, candles and balloons at the scene."),
        (
            (_S,),
            "A relative of one of the victims said the family was struggling to understand why anyone would "
            "want to hurt him.",
        ),
        (
            (_S,),
            "A fundraising page set up to pay for funeral costs had raised several thousand dollars by "
            "{later_day} evening.",
        ),
        (("riot", "police_shooting"), "Mourners at the funeral chanted slogans against the police and the government."),
        (
            ("protest",),
            "Families of the detained gathered outside the central police station, asking to see their relatives.",
        ),
    ),
    "daily": (
        (_ABROAD, "Shops and schools in {town} stayed closed {later}, and the streets were unusually quiet."),
        (
            _VIOLENT,
            "Traders said business had not recovered since the last attack, and many customers now avoid the market.",
        ),
        (
            _ABROAD,
            "Transport operators suspended services on the main road out of {town}, stranding hundreds of travelers.",
        ),
        (_ABROAD, "Mobile phone and internet services were cut in parts of {area}, making it hard to confirm details."),
        (
            (_S,),
            "Residents said the neighborhood had been quiet in recent months and that the shooting had left "
            "them shaken.",
        ),
        ((_U,), "The main roads into the city center were blocked by police vehicles and burned-out cars."),
        (
            (_U,),
            "Public transport in {town} was suspended for most of the day, and many offices sent staff home early.",
        ),
        ((_U,), "Several banks and petrol stations in the center of {town} kept their shutters down."),
        (
            (_S,),
            "Crime scene tape still surrounded part of the block {later}, and evidence markers dotted the sidewalk.",
        ),
        ((_S,), "A bus route through the area was diverted for several hours while investigators worked."),
    ),
    "response": (
        (
            _VIOLENT,
            "Troops were deployed to the outskirts of {town} {later}, and helicopters were seen flying over the area.",
        ),
        (_VIOLENT, "The {gov_body} ordered an urgent review of security arrangements in {area}."),
        (
            _VIOLENT,
            "Local officials said a compensation of about {money} would be paid to the family of each person killed.",
        ),
        (_ABROAD, "Officials said a curfew would remain in force from dusk to dawn until further notice."),
        ((_U,), "Police set up roadblocks on the main routes into {town} and searched vehicles entering the city."),
        ((_U,), "The authorities banned all public gatherings in {town} for {n_small} days."),
        ((_U,), "Water cannon trucks were stationed at the main squares of {town} overnight."),
        ((_S,), "The police department said it would add officers to the area over the coming weekends."),
        ((_S,), "Detectives were canvassing the neighborhood and asking residents for doorbell camera footage."),
        ((_S,), "Police said they believed the people involved knew each other."),
    ),
    "health": (
        (_KILLING, "Doctors at {hospital} said several of the wounded had lost limbs and would need long treatment."),
        (
            _VIOLENT,
            "The hospital's director said staff had been called back from leave to cope with the number of casualties.",
        ),
        (_VIOLENT, "Some of the most seriously injured were flown to {town2} for specialist care."),
        ((_U,), "Hospital staff said most of the injured had been hit by rubber bullets or affected by tear gas."),
        (
            (_S,),
            "A hospital spokeswoman said one of the wounded had been released and the others were in stable condition.",
        ),
        ((_S,), "Doctors said one of the victims had undergone surgery overnight and remained in intensive care."),
    ),
    "politics": (
        ((_U,), "Opposition leaders said the arrests were an attempt to silence dissent ahead of the elections."),
        ((_U,), "The government has blamed foreign-funded groups for the unrest, without offering evidence."),
        (_ABROAD, "Parliament was due to debate the security situation {later}."),
        (_VIOLENT, "The president replaced the regional security chief after the attack, state media reported."),
        ((_S,), "The shooting renewed calls among some council members for tighter local gun laws."),
        ((_U,), "Labor unions threatened a general strike if the detained protesters were not released."),
        ((_U,), "Student groups said they would join the protests {later} and called for a boycott of classes."),
        (
            (_U,),
            "The interior minister said on state television that order had been restored and that those "
            "behind the violence would face justice.",
        ),
        ((_U,), "The ruling party accused the opposition of stirring up trouble to win votes."),
        (
            (_U,),
            "A government spokesman said the authorities were ready to meet protest leaders if the "
            "demonstrations ended.",
        ),
        ((_S,), "Several council members have pushed for more money for community violence intervention programs."),
        (
            (_S,),
            "The state's governor said the shooting showed the need for more funding for violence prevention programs.",
        ),
        (
            (_S,),
            "Some residents said they wanted more police on the streets, while others said better lighting "
            "and youth programs would do more good.",
        ),
    ),
    "community": (
        ((_S,), "Neighbors described the area as a close-knit community where families have lived for generations."),
        ((_S,), "A nearby school said counselors would be available to students on {later_day}."),
        (
            (_S,),
            "The owner of a corner store near the scene said he had installed new cameras last year after a "
            "string of break-ins.",
        ),
        ((_S,), "Church leaders said they would open their doors to anyone who needed to talk."),
        ((_S,), "Several residents said they had heard gunshots in the area before but never anything like this."),
        ((_U,), "Shopkeepers began clearing broken glass and debris from the streets as police patrols continued."),
        ((_U,), "Residents said many young people in the area had joined the protests after losing their jobs."),
        (_VIOLENT, "Elders from the surrounding villages met {later} to discuss how to protect their communities."),
        ((_U,), "Teachers' and nurses' unions said they would join the next protest."),
        ((_S,), "Volunteers handed out flyers asking anyone with information to contact police."),
        ((_S,), "A youth basketball league that plays at a nearby court canceled its weekend games."),
        (_VIOLENT, "Volunteers organized food and shelter for families who had fled their homes."),
    ),
}

_FILLER_VOICES: dict[str, tuple[str, ...]] = {
    _A: (
        "We bury our dead and then we wait for the next attack. This cannot go on.",
        "The government must do more to protect ordinary people. We are tired of promises.",
        "People here are afraid to go to the market, to school, even to the mosque.",
        "We need more than condolences. We need security on our roads.",
        "My children ask me every night whether the men with guns will come back.",
        "Every family in this town has lost someone. Nobody is untouched.",
        "The attackers want to divide us, but we will not let them.",
        "We have asked for more police for years, and nothing has changed.",
    ),
    _W: (
        "Both sides must stop using heavy weapons in areas where civilians live.",
        "Families are trapped between the front lines, with no safe way out.",
        "We are receiving more wounded every day, and our supplies are running out.",
        "The fighting has destroyed everything people built over many years.",
        "Children have not been to school for months, and many are showing signs of trauma.",
        "We cannot reach the villages on the other side of the river because the roads are mined.",
        "People are drinking water from the river because the pumping station was destroyed.",
        "The world has forgotten this place, but people here are dying every day.",
    ),
    _U: (
        "People are angry because they cannot afford food. Arresting them will not solve that.",
        "We are not criminals. We are citizens asking for our rights.",
        "The police are supposed to protect us, not shoot at us.",
        "Every time people speak out, the answer is tear gas and prison.",
        "The young people have no jobs and no future. That is why they are in the streets.",
        "Many of those arrested were simply passing by and have not been told what they are charged with.",
        "The government should talk to the people instead of sending riot police.",
        "We have documented beatings of detainees in at least two police stations.",
    ),
    _S: (
        "We are losing too many young people to guns in this city.",
        "These families deserve answers, and they deserve to feel safe on their own street.",
        "Violence like this affects the whole neighborhood, not just the victims.",
        "We need more jobs and more programs for young people, not just more police.",
        "I have buried too many young men from this neighborhood.",
        "People have to stop reaching for a gun every time they have a disagreement.",
        "The kids on this block deserve to grow up without ducking bullets.",
        "We will keep marching and praying until this violence stops.",
    ),
}
_VOICE_ROLES: dict[str, tuple[tuple[_Role, ...], ...]] = {
    _A: (_COMMUNITY, _GOVERNMENT, _AID),
    _W: (_AID, _HEALTH, _COMMUNITY),
    _U: (_RIGHTS, _COMMUNITY),
    _S: (_US_COMMUNITY,),
}

_CONFLICT_STARTS = (
    "an insurgency gained strength in the countryside",
    "a peace deal collapsed",
    "security forces launched an offensive against armed groups",
    "armed groups seized several towns in the region",
)
_GRIEVANCES = (
    "rising prices and unemployment",
    "corruption and police abuses",
    "power cuts and water shortages",
    "the postponement of elections",
)
_GOV_BODIES = ("president's office", "prime minister", "interior ministry", "government", "regional government")


# ---------------------------------------------------------------------------
# Building one report
# ---------------------------------------------------------------------------


class _Slots(dict[str, str]):
    """Slot values for ``str.format_map``: fixed ones stored, the rest drawn afresh on every use."""

    def __init__(self, fixed: dict[str, str], draw: Callable[[str], str]) -> None:
        super().__init__(fixed)
        self._draw = draw

    def __missing__(self, key: str) -> str:
        return self._draw(key)


def _capitalize(sentence: str) -> str:
    """Upper-case the first letter, unless the sentence opens with a number ("11 people were...")."""
    for i, ch in enumerate(sentence):
        if ch.isalnum():
            return sentence[:i] + ch.upper() + sentence[i + 1 :] if ch.islower() else sentence
    return sentence


def _log_uniform(rng: random.Random, low: int, high: int) -> int:
    """Small tolls are far more common than large ones, as in real reporting."""
    if low >= high:
        return low
    value = round(low * (high / low) ** rng.random()) if low > 0 else rng.randint(low, high)
    return max(low, min(high, value))


class _Report:
    """Everything one report is about, and the sentences that tell it."""

    def __init__(self, seed: int, index: int) -> None:
        rng = self.rng = random.Random(f"sitrep-corpus:{seed}:{index}")
        self.place = rng.choice(_PLACES)
        self.kind = _KINDS_BY_KEY[rng.choice(sorted(self.place.kinds))]
        self.us = self.place.country == "United States"
        self.group = _S if self.us else self.kind.group
        self.used: set[str] = set()  # templates and quotes already told in this report
        self.taken: set[str] = set()  # names and roles already given to someone in this report
        self.published = _FIRST_PUBLISHED + timedelta(days=rng.randrange(_PUBLISHED_SPAN_DAYS))
        self.offset = rng.choices((0, 1, 2, 3, 4, 5, 6), weights=(30, 35, 10, 8, 7, 5, 5))[0]
        self.event_date = self.published - timedelta(days=self.offset)
        self.numbers = self._numbers()
        self.nouns = self._nouns()
        self.slots = _Slots(self._fixed(), self._draw)
        self.source = self._person(rng.choice((_US_POLICE,) if self.us else self.kind.sources))

    # -- facts ---------------------------------------------------------------

    def _numbers(self) -> dict[str, int]:
        rng, kind = self.rng, self.kind
        killed = _log_uniform(rng, *kind.killed)
        if self.us and kind.key == "police_shooting":
            killed = min(killed, 2)  # US police shootings kill one or two, not a crowd
        injured = _log_uniform(rng, *kind.injured)
        abducted = _log_uniform(rng, 5, 300)
        arrested = _log_uniform(rng, 3, 400) if kind.group == "unrest" else _log_uniform(rng, 2, 30)
        crowd = rng.choice((500, 1000, 2000, 3000, 5000, 10000, 20000))
        hostages = _log_uniform(rng, 4, 120)
        return {
            "killed": killed,
            "injured": injured,
            "abducted": abducted,
            "arrested": arrested,
            "hostages": hostages,
            "crowd": crowd,
            "crowd_low": crowd // rng.choice((2, 3, 4)),
            # parts of a total are two or more whenever the total allows, so "were" always agrees
            "dead_part": rng.randint(2, killed - 1) if killed >= 3 else 1,
            "injured_part": rng.randint(2, injured - 1) if injured >= 3 else 1,
            "escaped": rng.randint(1, max(1, abducted // 3)),
            "released": rng.randint(1, max(1, arrested - 1)),
            "attackers": rng.randint(2, max(2, min(7, killed - 2))),
            "hours": rng.randint(3, 40),
            "kg": rng.choice((5, 10, 15, 20, 50)),
            "m": rng.choice((20, 50, 100, 200)),
            "km": rng.randint(8, 90),
            "shops": rng.randint(3, 60),
            "homes": _log_uniform(rng, 10, 400),
            "missing": _log_uniform(rng, 3, 80),
            "claim_n": _log_uniform(rng, 5, 150),
            "shells": rng.choice((20, 30, 50, 100, 200)),
            "casings": rng.randint(8, 60),
            "displaced": rng.choice((3000, 8000, 15000, 40000, 60000, 120000, 250000)),
            "big_n": rng.choice((500, 1000, 2000, 3000, 5000, 10000)),
            "big_us": rng.randint(60, 400),
        }

    def _nouns(self) -> dict[str, tuple[str, str]]:
        rng = self.rng
        victims = rng.choice(self.kind.victims)
        return {
            "killed": victims,
            "injured": ("person", "people") if rng.random() < 0.5 else victims,
            "abducted": victims,
            "arrested": rng.choice(
                (("person", "people"), ("protester", "protesters"))
                if self.kind.group == "unrest"
                else (("person", "people"), ("suspect", "suspects"))
            ),
            "hostages": ("hostage", "hostages"),
            "missing": ("person", "people"),
            "displaced": ("person", "people"),
        }

    def _fixed(self) -> dict[str, str]:
        rng, place, kind = self.rng, self.place, self.kind
        n = self.numbers
        venue = rng.choice(kind.venues)
        others = [t for t in _TOWNS_BY_COUNTRY[place.country] if t != place.town] or [place.town]
        hospital = rng.choice(_US_HOSPITALS if self.us else _HOSPITALS).format(town=place.town)
        fixed = {
            "town": place.town,
            "country": place.country,
            "area": place.area,
            "town2": rng.choice(others),
            "venue": venue,
            "venue_short": venue.split()[-1],
            "event": rng.choice(kind.noun),
            "event_sg": rng.choice([noun for noun in kind.noun if not noun.endswith("s")]),
            "perp": rng.choice(kind.perps),
            "state": rng.choice(_STATE),
            "group": "the " + rng.choice(_GROUP_A) + " " + rng.choice(_GROUP_B),
            "device": rng.choice(_DEVICES),
            "shrapnel": rng.choice(_SHRAPNEL),
            "subgroup": rng.choice(_SUBGROUPS),
            "trigger": rng.choice(_TRIGGERS),
            "demand": rng.choice(_DEMANDS),
            "tod": rng.choice(_TIMES),
            "hospital": hospital,
            "ngo": rng.choice(_NGOS),
            "rights": rng.choice(_RIGHTS_GROUPS),
            "when": self._when(),
            "later": self._later(),
            "weekday": _WEEKDAYS[self.event_date.weekday()],
            "later_day": _WEEKDAYS[min(self.event_date + timedelta(days=1), self.published).weekday()],
            "kwere": "was" if n["killed"] == 1 else "were",
            "iwere": "was" if n["injured"] == 1 else "were",
            "awere": "was" if n["abducted"] == 1 else "were",
            "killed_hl": self._headline_number(n["killed"]),
            "ransom": rng.choice(
                ("$50,000", "$100,000", "$250,000", "one million dollars", "several million in local currency")
            ),
            "money": rng.choice(("$5,000", "$2,000", "the equivalent of $1,500 in local currency", "$10,000")),
            "gov_body": rng.choice(_GOV_BODIES),
            "envoy_he": rng.choice(("he", "she")),
            "grievance": rng.choice(_GRIEVANCES),
            "conflict_start": rng.choice(_CONFLICT_STARTS),
        }
        if place.kinds is _CARTEL:
            fixed["group"] = f"the {rng.choice(_CARTEL_A)} {rng.choice(_CARTEL_B)}"
            if kind.key in ("clash", "massacre", "abduction"):
                fixed["perp"] = rng.choice(_CARTEL_PERPS)
        fixed["perp"] = fixed["perp"].format(group=fixed["group"])
        fixed["victims_named"] = self._victims_named()
        return fixed

    def _when(self) -> str:
        """When it happened, relative to the publication date, as reporters write it."""
        day = _WEEKDAYS[self.event_date.weekday()]
        choices = [
            f"on {day}",
            f"on {day}",
            f"early on {day}",
            f"late on {day}",
            f"on {day} morning",
            f"on {day} evening",
        ]
        if self.offset == 1:
            choices += ["yesterday", "yesterday", "late yesterday", "yesterday morning", "last night"]
        elif self.offset == 0:
            choices += ["early today", "this morning", "today"]
        return self.rng.choice(choices)

    def _later(self) -> str:
        after = self.event_date + timedelta(days=1)
        if after <= self.published:
            return f"on {_WEEKDAYS[after.weekday()]}"
        return "later in the day"

    def _headline_number(self, n: int) -> str:
        """A toll as headlines give it; capitalized by the headline when it comes first."""
        if n >= 24 and self.rng.random() < 0.3:
            return "dozens"
        return self.rng.choice((str(n), str(n), f"at least {n}")) if n > 1 else "one"

    def _victims_named(self) -> str:
        killed = self.numbers["killed"]
        if killed == 0:
            return ""
        names = [f"{self._name(self.rng.random() < 0.2)[0]}, {self.rng.randint(16, 45)}" for _ in range(min(killed, 3))]
        if len(names) == 1:
            return f"The victim was identified as {names[0]}."
        listed = f"{', '.join(names[:-1])}{',' if len(names) > 2 else ''} and {names[-1]}"
        if killed > len(names):
            return f"Police identified {number_words(len(names))} of the dead as {listed}."
        return f"Police identified the dead as {listed}."

    # -- people --------------------------------------------------------------

    def _name(self, she: bool) -> tuple[str, str]:
        """A full name not yet used in this report, and the short form for later mentions."""
        pool = _NAMES[self.place.names]
        for _ in range(8):
            first = self.rng.choice(pool.women if she else pool.men)
            last = self.rng.choice(pool.surnames)
            full = f"{first} {last}"
            if full not in self.taken:
                break
        self.taken.add(full)
        return full, full if pool.short_is_full else last

    def _person(self, roles: Sequence[_Role]) -> _Person:
        she = self.rng.random() < 0.3
        name, short = self._name(she)
        fresh = [role for role in roles if role[1] not in self.taken] or list(roles)
        pre, post = self.rng.choice(fresh)
        self.taken.add(post)
        if she:
            pre, post = pre.replace("spokesman", "spokeswoman"), post.replace("spokesman", "spokeswoman")
        return _Person(name, short, she, pre, post.format_map(self.slots))

    def _witness(self) -> _Person:
        she = self.rng.random() < 0.4
        name, short = self._name(she)
        job = self.rng.choice(_WITNESS_JOBS)
        age = self.rng.randint(19, 67)
        post = self.rng.choice(
            (
                f"a {age}-year-old {job}",
                f"{age}, a {job}",
                f"a {job} who saw what happened",
                f"a {job} who lives nearby",
            )
        )
        return _Person(name, short, she, job, post)

    def _reference(self, person: _Person, said: bool = False) -> str:
        """A person as a source, in full the first time and by family name after; with ``said``, the verb too."""
        verb = " said" if said else ""
        if person.introduced:
            return self.rng.choice((person.short, f"{person.pre} {person.short}")) + verb
        person.introduced = True
        if self.rng.random() < 0.5:
            return f"{person.pre} {person.name}{verb}"
        return f"{person.name}, {person.post}{',' if said else ''}{verb}"

    def _said(self, quote: str, person: _Person, again: bool = False) -> str:
        """A direct quote with its attribution, in one of the usual wire-story shapes.

        ``again``: the person spoke in the sentence before, so "he said" is unambiguous.
        """
        quote = quote.format_map(self.slots)
        body = quote[:-1] + "," if quote.endswith(".") else quote
        rng = self.rng
        shapes: tuple[str, ...]
        if again:
            shapes = (f'"{body}" {person.he} said.', f'"{body}" {person.he} added.', f'"{body}" {person.short} said.')
        elif person.introduced:
            shapes = (
                f'"{body}" {person.short} said.',
                f'"{body}" said {person.short}.',
                f'"{body}" {person.pre} {person.short} said.',
            )
        else:
            person.introduced = True
            shapes = (
                f'"{body}" said {person.name}, {person.post}.',
                f'"{body}" {person.name}, {person.post}, said.',
                f'"{body}" {person.pre} {person.name} said.',
                f'{person.name}, {person.post}, said: "{quote}"',
            )
        return _capitalize(rng.choice(shapes))

    # -- slots drawn afresh on every use --------------------------------------

    def _draw(self, key: str) -> str:
        rng = self.rng
        if key in self.numbers:
            return _plain(rng, self.numbers[key])
        base, _, form = key.rpartition("_")
        if base in self.numbers and form == "h":
            return _hedged(rng, self.numbers[base])
        if base in self.numbers and form == "p":
            return _counted(rng, self.numbers[base], *self.nouns.get(base, ("person", "people")))
        if key == "source_ref":
            return self._reference(self.source)
        if key == "source_said":
            return self._reference(self.source, said=True)
        if key == "source_short":
            if self.source.introduced and rng.random() < 0.7:
                return self.source.short
            return "police" if self.us else rng.choice(("officials", "police", "a security official"))
        if key == "n_small":
            return _plain(rng, rng.randint(2, 9))
        if key == "pct":
            return str(rng.choice((20, 30, 35, 40, 45, 50)))
        if key == "ordinal":
            return rng.choice(_ORDINALS)
        if key == "days_before":
            return _plain(rng, rng.randint(2, 20))
        if key == "year_past":
            return str(self.published.year - rng.randint(2, 12))
        if key in ("earlier", "earlier_date", "earlier_month"):
            return self._earlier(key)
        if key == "earlier_event":
            return rng.choice(_EARLIER_EVENTS)
        if key == "earlier_us":
            return rng.choice(_US_EARLIER)
        if key in ("earlier_n", "earlier_n_small"):
            return _plain(rng, _log_uniform(rng, 2, 6 if key == "earlier_n_small" else 60))
        raise KeyError(key)

    def _earlier(self, key: str) -> str:
        """A date before the publication date, written as a reporter would, in several shapes."""
        rng = self.rng
        when = self.published - timedelta(days=rng.randint(20, 900))
        month = _MONTHS[when.month - 1]
        same_year = when.year == self.published.year
        if key == "earlier_month":
            return month if same_year else f"{month} {when.year}"
        if key == "earlier_date" or rng.random() < 0.4:
            if same_year:
                return rng.choice((f"{month} {when.day}", f"{when.day} {month}"))
            return rng.choice((f"{month} {when.day}, {when.year}", f"{when.day} {month} {when.year}"))
        if same_year:
            return rng.choice((month, f"early {month}", f"late {month}"))
        if when.year == self.published.year - 1:
            return rng.choice((f"last {month}", f"{month} last year", f"{month} {when.year}"))
        return rng.choice((str(when.year), f"{month} {when.year}"))

    # -- sentences and paragraphs --------------------------------------------

    def fill(self, template: str) -> str:
        return _capitalize(template.format_map(self.slots))

    def _fits(self, groups: Sequence[str]) -> bool:
        return self.group in groups or self.kind.key in groups

    def _pick(self, templates: Sequence[str], k: int) -> list[str]:
        """Up to ``k`` of the templates not yet used in this report, filled in."""
        fresh = [t for t in templates if t not in self.used]
        picked = self.rng.sample(fresh, min(k, len(fresh)))
        self.used.update(picked)
        return [self.fill(t) for t in picked]

    def title(self) -> str:
        return self.fill(self.rng.choice(self.kind.headlines))

    def paragraphs(self) -> Iterator[list[str]]:
        """The story in the usual order (lead, facts, voices, background), then filler without end."""
        rng, kind = self.rng, self.kind
        yield self._pick(kind.leads, 1)
        middle: list[Callable[[], list[str]]] = [
            lambda: self._pick(kind.details, rng.randint(2, 3)),
            lambda: self._voice(self.source, kind.quotes),
            lambda: self._voice(self._witness(), kind.witnesses),
            lambda: self._pick(kind.blame, rng.randint(1, 2)),
        ]
        rng.shuffle(middle)
        yield middle[0]()
        yield middle[1]()
        yield self._background()
        yield middle[2]()
        yield middle[3]()
        yield self._pick(kind.details, 2)
        yield from self._filler()

    def _voice(self, person: _Person, quotes: Sequence[str]) -> list[str]:
        fresh = [q for q in quotes if q not in self.used] or list(quotes)
        picked = self.rng.sample(fresh, min(len(fresh), self.rng.randint(1, 2)))
        self.used.update(picked)
        out = [self._said(picked[0], person)]
        if len(picked) > 1:
            second = picked[1].format_map(self.slots)
            out.append(f'"{second}"' if self.rng.random() < 0.5 else self._said(picked[1], person, again=True))
        return out

    def _background(self) -> list[str]:
        return self._pick([t for groups, t in _BACKGROUND if self._fits(groups)], self.rng.randint(1, 3))

    def _filler(self) -> Iterator[list[str]]:
        rng = self.rng
        pools = {name: [t for groups, t in items if self._fits(groups)] for name, items in _FILLER.items()}
        voices = _FILLER_VOICES[self.group]
        while True:
            names = [name for name, pool in pools.items() if any(t not in self.used for t in pool)]
            if not names:  # everything told once: tell it again, with other names and numbers
                self.used.clear()
                continue
            sentences = self._pick(pools[rng.choice(names)], rng.randint(1, 3))
            if rng.random() < 0.4 and any(q not in self.used for q in voices):
                person = self._person(rng.choice(_VOICE_ROLES[self.group]))
                sentences.extend(self._voice(person, voices)[:1])
            yield sentences

    def dateline(self, short: str) -> str:
        town = self.place.town.upper()
        where = self.place.area if self.us else self.place.country
        return self.rng.choice((f"{town}, {where} ({short}) — ", f"{town}, {where} — ", f"{town} — ", ""))


def _plain(rng: random.Random, n: int) -> str:
    """A number as newspapers print it: words under ten, digits above, with the odd exception."""
    if n < 10 or (n < 100 and rng.random() < 0.1):
        return number_words(n)
    return f"{n:,}"


def _hedged(rng: random.Random, n: int) -> str:
    """A number with the hedges reporters put on tolls: at least, more than, nearly, about."""
    forms = [_plain(rng, n), f"at least {_plain(rng, n)}", f"at least {_plain(rng, n)}"]
    if n >= 12:
        step = 5 if n < 50 else 10 if n < 200 else 50 if n < 1000 else 10 ** (len(str(n)) - 1) // 2
        below = (n - 1) // step * step
        above = -(-(n + 1) // step) * step
        if below > 0:
            forms.append(f"more than {_plain(rng, below)}")
        if above - n <= max(2, n // 10):
            forms.append(f"nearly {_plain(rng, above)}")
        forms.append(f"about {_plain(rng, round(n / step) * step)}")
    return rng.choice(forms)


def _counted(rng: random.Random, n: int, singular: str, plural: str) -> str:
    """A number of people in any of the shapes news uses: "at least 14 people", "dozens of civilians"."""
    if n == 1:
        return rng.choice((f"one {singular}", f"a {singular}"))
    forms = [f"{_hedged(rng, n)} {plural}"] * 4
    if 24 <= n < 100:
        forms.append(f"dozens of {plural}")
    if 40 <= n < 300:
        forms.append(f"scores of {plural}")
    if n >= 200:
        forms.append(f"hundreds of {plural}")
    if n == 12:
        forms.append(f"a dozen {plural}")
    if 13 <= n <= 19:
        forms.append(f"more than a dozen {plural}")
    if n >= 6:
        low, high = n - rng.randint(0, 2), n + rng.randint(2, 5)
        forms.append(
            rng.choice((f"between {_plain(rng, low)} and {_plain(rng, high)} {plural}", f"{low} to {high} {plural}"))
        )
    return rng.choice(forms)


def _build(seed: int, index: int) -> CorpusReport:
    """Report ``index`` of the corpus of ``seed``: whole sentences up to a word count drawn uniformly."""
    story = _Report(seed, index)
    rng = story.rng
    outlet, short = rng.choice(_US_OUTLETS if story.us else _OUTLETS)
    title = story.title()
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    paragraphs: list[list[str]] = []
    words = 0
    for paragraph in story.paragraphs():
        if not paragraphs:
            paragraph = [story.dateline(short) + paragraph[0], *paragraph[1:]]
        kept: list[str] = []
        for sentence in paragraph:
            kept.append(sentence)
            words += len(sentence.split())
            if words >= target:
                break
        paragraphs.append(kept)
        if words >= target:
            break
    if words > MAX_WORDS and sum(len(p) for p in paragraphs) > 1:
        words -= len(paragraphs[-1].pop().split())
        if not paragraphs[-1]:
            paragraphs.pop()
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    return CorpusReport(
        id=f"corpus-{seed}-{index:07d}",
        published=story.published.isoformat(),
        text=text,
        outlet=outlet,
        title=title,
    )
