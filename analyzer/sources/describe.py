"""What one phrase says about a speaker: names, titles, organisations, countries.

In: a piece of article text (a source mention such as "US Defense Department Press
Secretary Maj. Gen. Pat Ryder", "the spokesman", "Israeli intelligence", or the context
around a name) and the ``Lexicon``.
Out: ``Description`` — the kind of mention (person, org, country, group, descriptor,
doc, pronoun, none), the name it gives, typed evidence with priorities, the role
terms, affiliation and gender cues. No coreference here; see ``resolve``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


from analyzer.sources.lexicon import GENERATION_SUFFIXES, IRREGULAR_PLURALS, TOKEN, Entry, Lexicon, fold, generation
from analyzer.sources.patterns import HEADLINE_VERBS, KINSHIP, PLACE_PREPOSITION, RESEARCH_WORDS

PRONOUNS = {
    "he": "man", "him": "man", "his": "man", "himself": "man",
    "she": "woman", "her": "woman", "hers": "woman", "herself": "woman",
    "they": "plural", "them": "plural", "their": "plural", "themselves": "plural",
    "it": "thing", "its": "thing", "itself": "thing", "which": "rel",
    "who": "rel", "whom": "rel", "whose": "rel", "that": "rel",
    "i": "self", "me": "self", "my": "self", "we": "self", "us": "self", "our": "self",
    "you": "you", "your": "you", "this": "thing", "these": "plural", "those": "plural",
}
# A capitalised name built on "for", up to a comma ("Democracy for America, a progressive group").
FOR_NAME = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’\-]*\s+){1,4}for\s+(?:a\s+|an\s+|the\s+)?[A-Z][\w'’\-]*"
                      r"(?:\s+[A-Z][\w'’\-]*)*)\s*(?:,|$)")
# Types of titles that make such a name an office ("Minister for Health", "Commissioner for Refugees").
OFFICIAL_TITLE_TYPES = {"GOV", "POL", "SEC", "JUD", "INT"}
# A verb contracted onto a pronoun ("We've", "they’re", "I'm", "she'll").
CONTRACTED = re.compile(r"['’](?:ve|re|m|ll|d|s)$")
FIRST_PERSON_CONTRACTED = re.compile(r"I['’](?:ve|m|ll|d)")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "another", "some", "several",
               "two", "three", "four", "five", "many", "other", "both", "each", "any", "more", "most",
               "its", "his", "her", "their", "our", "other", "such", "no"}
# Capitalised words that start sentences or name times, never people.
STOP_CAPS = {
    "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "in", "on", "at", "of", "for",
    "with", "from", "by", "to", "as", "after", "before", "when", "while", "if", "since", "despite",
    "during", "earlier", "later", "moreover", "however", "meanwhile", "also", "still", "yet", "so",
    "then", "now", "here", "there", "some", "many", "most", "other", "others", "another", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds",
    "thousands", "millions", "both", "each", "every", "all", "several", "such", "according", "speaking", "asked",
    "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your",
    "who", "what", "which", "where", "why", "how", "not", "no", "yes", "former", "senior", "top", "new",
    "right", "left",  # "the Right", "the Left": political sides, not names
    "longtime", "onetime", "erstwhile", "absent", "enter",  # "Longtime Velm foe", "Enter Ana Vell.": no name
    "alongside", "amid", "among", "against", "without", "within", "across", "behind", "beyond", "toward",
    "towards", "unlike", "via",  # prepositions opening a sentence ("Alongside BLM, ...")
    "besides", "although", "though", "because", "unless", "whether", "perhaps",  # "Besides Velmco, ..."
    "popular", "famous", "legendary", "prominent",  # "Popular Christian speaker Ada Vell": no name's first word
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "jr.", "sr.", "iii", "ii",
    "unlike", "like", "although", "though", "because", "until", "unless", "whether", "without", "within",
    "among", "amid", "under", "over", "against", "between", "through", "about", "above", "below", "across",
    "along", "around", "behind", "beyond", "near", "outside", "inside", "toward", "towards", "upon", "via",
    "instead", "indeed", "nevertheless", "nonetheless", "otherwise", "perhaps", "thus", "hence", "initially",
    "finally", "eventually", "recently", "currently", "previously", "today", "tonight", "tomorrow",
    "yesterday", "last", "next", "first", "second", "third", "even", "only", "just", "few", "either",
    "neither", "much", "more", "less", "least", "whatever", "whoever", "once", "twice", "still", "again",
    "already", "also", "asked", "told", "said", "says", "read", "see", "note", "editor's", "update",
    "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "none", "no-one", "nothing",
    "everything", "something", "half", "two-thirds", "one-third", "three-quarters", "one-quarter",
}
# People of places at large ("people in many other countries"), whom the places' word does not make a government.
PEOPLE_OF_PLACES = re.compile(r"(?:\w+\s+)?(?:people|residents|citizens)\s+(?:in|of|from|across|throughout)\s+"
                              r"(?:(?:many|most|some|other|all|the|these|those|several|both)\s+)*"
                              r"(?:countries|nations|states|cities|places|parts)\b", re.I)
# A capitalised poll word closing an organisation's name ("the Velm Herald Poll").
CAPITAL_POLL = re.compile(r"\s(?:Poll|Polls|Survey)$")
# A first word ending as an adverb or a gerund, and the word after it.
OPENING_ADVERB_OR_GERUND = re.compile(r"([A-Z][a-z]{3,}(?:ly|ing|ed|ous|ful|ive|less|ial|ical))\s+([A-Za-z])")
# Words after a name that belong to it: generations, and Queen's or King's Counsel ("Ada Vell QC").
NAME_SUFFIXES = GENERATION_SUFFIXES | {s + "." for s in GENERATION_SUFFIXES} | {"qc", "kc"}
JOINERS = {"of", "for", "the", "&"}
# Staff opening a sentence capitalised, then "for", "of", "at" or "with" a body: its people, no name of their
# own ("Executives for Velm Foods said", "Lawyers for Ana Vell argued").
STAFF_OPENING = re.compile(r"([A-Z][a-z]+)\s+(?:for|of|at|with)\s")
STAFF_OF = {"executives", "officials", "lawyers", "attorneys", "spokesmen", "spokeswomen", "spokespeople", "aides",
            "representatives", "employees", "staffers", "officers", "advisers", "advisors", "negotiators",
            "investigators", "prosecutors"}
# Capitalised words of office and organisation names ("Minister of Defense Yoav Gallant"):
# never part of a person's name.
ORG_WORDS = {"defense", "defence", "foreign", "affairs", "interior", "justice", "state", "treasury", "health",
             "finance", "homeland", "security", "national", "federal", "general", "public", "economic", "trade",
             "energy", "education", "labor", "labour", "agriculture", "commerce", "transportation", "veterans",
             "intelligence", "armed", "joint", "chiefs", "staff", "press", "communications", "house", "senate",
             "white", "human", "rights", "civil", "supreme", "war", "relations", "development", "environment",
             "information", "strategic", "operations", "central", "republican", "democratic"}
# Words after which a descriptor's head noun is complete ("people familiar with ...").
HEAD_STOPS = {"with", "familiar", "close", "who", "that", "of", "from", "in", "at", "on", "for", "briefed",
              "knowledgeable", "involved", "aware", "and", "to", "about", "inside", "within", "near", "between",
              "against", "over", "regarding", "concerning", "under", "amid", "into", "by", "across", "throughout",
              "out", "whose", "which"}  # "a poll out Monday": the head is "poll"
# How strongly each kind of evidence decides the type: a specific title beats an
# organisation, which beats a generic title ("spokesman"), which beats a bare country.
# Ordered by hand on the seed and the PolNeAR dev mentions (notes/sources_dev).
PRIO_PERSON_LIST = 4.0
PRIO_ROLE = 3.0
PRIO_ORG = 2.0
PRIO_GENERIC = 1.5
PRIO_COUNTRY = 1.0
# A title that says only where someone stands ("director", "leader", "member": OTH, generic) loses
# to any typed title or body next to it, but beats a bare country ("an Israeli director").
PRIO_PLACE_TITLE = 1.2
PRIO_RUNNING = 3.5  # a description that says the person is running for office
PRIO_KIN = 3.5  # a public figure's relative (facts._evidence)
PRIO_INDUSTRY = 2.5  # business members named inside an organisation's name ("Fish Processors Association")
# "most of them", "each of whom": part of a group spoken of before (resolved as a pronoun).
PARTITIVE = re.compile(r"(?:most|many|some|several|all|each|both|few|a few|none|neither|either|one|two|three|"
                       r"half|any|a number|the rest|the majority|a majority|much|more|others)\s+of\s+"
                       r"(them|whom|those|these)", re.I)
# A relative clause saying someone teaches at a university: an academic (EXP), whatever the subject.
TEACHES_AT = re.compile(r"\bwho\s+(?:teaches|taught|lectures|lectured)\b[^.;]*?\bat\s+(?:the\s+)?"
                        r"(?:[A-Z][\w.'’\-]*\s+)*(?:University|College|Institute|School)\b")
# Another person joined to a name after a comma ("Ms. Vell, along with Judge Bo Tamm, ..."): not a description.
ALONG_WITH = re.compile(r"(?:along with|together with|as well as|alongside)\s")
ALONG_WITH_TAIL = re.compile(r",\s+" + ALONG_WITH.pattern)
NAME_OR_TITLE_HEAD = re.compile(r"(?!(?:I|We|He|She|They|It)\b)[A-Z][\w.'’\-]*\s+\S")
# A post written as the one held now, after earlier ones ("... and now director of the Velm Institute").
NOW_POST = re.compile(r"(?:,|\band)\s+now\s+(?:a\s+|an\s+|the\s+)?(?=[a-z])")
# A second, former post in a description ("a pollster and former party official"), after an appositive's opening.
FORMER_CONJUNCT = re.compile(r",?\s+and\s+(?:a\s+|an\s+)?former\s+")
APPOSITIVE_OPENING = re.compile(r"(?:^|,\s+)(?:a|an|the)\s+[a-z]")
# Nouns of quantity before "of" that are not what the phrase names ("a series of reports").
QUANTITY_NOUNS = {"series", "number", "couple", "pair", "handful", "string", "spate", "flurry", "host", "slew",
                  "raft", "wave", "batch", "litany", "barrage", "dozen", "score", "bunch", "lot"}
# Plural party names: "House Republicans" are members of a party, not the party.
PARTY_MEMBERS = {"republicans", "democrats", "conservatives", "liberals", "progressives", "libertarians",
                 "tories", "socialists", "independents"}
# Words that say a person is a candidate.
RUNNING = re.compile(r"\b(?:race for (?:the )?(?:president|presidency|governor|senate|congress|nomination|white house)|"
                     r"running for|(?:seeking|won|winning|lost|losing) the \w* ?nomination|presidential (?:race|bid)|"
                     r"bid for (?:the )?(?:presidency|white house|nomination))\b", re.I)
# Head nouns that make a country's name its people, not its government.
NATION_PEOPLE = {"people", "public", "population", "electorate", "citizenry", "peoples"}
PLACE_HEADS = {"city", "town", "county", "municipality", "state", "province", "region", "village"}
# Heads of a poll named after its pollster ("the Velmsen poll").
POLL_WORDS = {"poll", "polls", "survey", "surveys"}
# A count of people opening a description ("three economists", "the two senators").
COUNTED_PLURAL = re.compile(r"(?:[Tt]he\s+)?(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth)\s+[a-z\-]+s\b")
# A nation's people of one origin: capitalised words before a plural demonym ("Hispanic Americans").
PEOPLE_OF_ORIGIN = re.compile(r"(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll|[Yy]oung|[Oo]lder)\s+)?"
                              r"(?:(?!(?:The|Many|Some|Most|All)\s)[A-Z][a-z\-]+\s+)+([A-Z][a-z\-]*s)")
# A share of a nation's people: "of" and a plural demonym closing the phrase ("the rest of Americans").
PEOPLE_OF_NATION = re.compile(r"\bof\s+(?:all\s+|the\s+)?(?:[A-Z][\w\-]*\s+)?[A-Z][\w\-]*s\s*$")
# One person of a nation, the demonym closing the phrase ("a Canadian", "one kind-hearted Canadian").
ONE_NATIONAL = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,2}[A-Z][a-z]+(?:an|ese|ish|i)$")
# "a few", "a handful of": an article before a count of many.
A_FEW = re.compile(r"an?\s+(?:few|couple|number|handful|lot|host|dozen|majority|minority|pair|trio|bunch|slew)\b", re.I)
# A definite plural demonym alone ("the Saudis", "The Iranians"): the nation, i.e. its government.
THE_DEMONYM = re.compile(r"[Tt]he\s+[A-Z][a-z]+s")
# Words that single out members of a group, then a member (not a place or time: "especially in the Senate").
INCLUDING = re.compile(r"\b(?:including|such as|like|among them|led by|in particular|particularly|especially|notably)\b"
                       r"(?!,?\s+(?:in|on|at|among|from|with|by|for|of|when|after|before|during|if|since)\b)")
WHICH_AFTER = re.compile(r",\s*which\b")
BUSINESS_WHICH = re.compile(r",\s*which\s+(?:operates|runs|owns|makes|sells|builds|produces|manufactures|supplies|"
                            r"employs|exports|imports)\b")
# One word with a capital inside after three or more lower-case letters ("EgyptAir", "YouTube"); names
# such as "DeVos", "LaPierre", "McConnell", "MacArthur" have a shorter prefix or a Mc/Mac one.
BRAND = re.compile(r"(?!Ma?c)[A-Z][a-z]{2,}[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]{3,}[A-Za-z]*")  # "EgyptAir", "AZCentral"
# A brand whose last part is a news word is a news site ("AZCentral", "TownNews"): MED.
NEWS_BRAND = re.compile(r"[A-Za-z]+(?:News|Times|Post|Central|Daily|Journal|Wire|Media|TV|Radio|Press|Report)")
# A hyphenated name of a broadcaster or newspaper ("KING-TV", "WKOW-FM", "Sun-Times", "Times-Herald").
NEWS_NAME = re.compile(r"[A-Z0-9]{2,5}-(?:TV|FM|AM|DT)|[A-Z][a-z]+-(?:Times|Herald|Tribune|Post|News|Journal|Gazette|"
                       r"Star|Ledger|Dispatch|Courier|Sentinel|Register|Observer|Telegram|Bulletin|Record|Press)")
DOMAIN = re.compile(r"\.(?:com|org|net|gov|edu|co\.uk|fr|de)$", re.IGNORECASE)
# Where a person is held ("a doctor, being held at the Velm Centre"): a detainee, who speaks as a private
# person (DESIGN §6 CIT: victims), not for the place that holds them.
HELD_AT = re.compile(r",?\s*(?:being\s+|now\s+)?(?:held|detained|jailed|imprisoned|interned)\s+(?:at|in)\s")
# A share of a place's people ("Many in Hong Kong", "most in the city").
PEOPLE_IN_PLACE = re.compile(r"(?:[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Oo]thers)\s+in\s+(?:the\s+)?"
                             r"([A-Z]\w+(?:\s+[A-Z]\w+)*)\s*$")
# A university named in a mention ("at Tull University's Centre", "the University of Velm").
ACADEMIC_BODIES = re.compile(r"\b(?:University|College)\b")
# The title of a work, quoted after "titled" ('The ad, titled "Unifier?",'): no one's name.
TITLED = re.compile(r",?\s*(?:titled|entitled|called|dubbed)\s+[\"“'‘]")
# Whom a body or a person acts for ("unions representing maintenance workers", "lawyers acting for the
# families"): the clients, who do not type the speaker.
REPRESENTING = re.compile(r"\s(?:representing|acting for|acting on behalf of)\s")
# Verbs of a relative clause that name the speaker's employer ("who runs", "who works for").
EMPLOYED_VERBS = {"runs", "ran", "heads", "headed", "leads", "led", "directs", "chairs", "founded", "co-founded",
                  "oversees", "manages", "works", "worked", "teaches", "taught", "represents", "advises", "owns"}
# How far into "who <verb> ..." a "for" or "at" may stand to say whom the work is for (tokens).
WORKS_FOR_REACH = 7
# "..., who served as ambassador", "..., who is a professor": a relative clause that gives a title.
TITLE_CLAUSE_VERBS = {"served", "serves", "is", "was"}
TITLE_CLAUSE_OPENERS = {"as", "a", "an", "the", "now", "also", "former", "formerly"}
TITLE_CLAUSE_REACH = 8  # tokens of the clause searched for the title
# Last and first words of place names that look like people's names.
PLACE_LAST = {"street", "avenue", "road", "boulevard", "square", "coast", "room", "hall", "park", "river", "valley",
              "island", "islands", "bay", "beach", "heights", "county", "parish", "mountains", "lake", "airport",
              "arena", "stadium", "building", "tower", "plaza", "bridge", "canal", "desert", "ocean", "sea", "gulf"}
# Words that make a country's word before them a place's name ("Indian Shores", "American Fork").
DEMONYM_PLACE_WORDS = PLACE_LAST | {"shores", "wells", "springs", "hills", "creek", "falls", "fork", "harbor",
                                    "village", "point", "ridge", "grove", "canyon", "gardens"}
# Words for parts of a country, never a person's name when they stand alone ("the 19th District").
NON_NAME_WORDS = {"northeast", "northwest", "southeast", "southwest", "midwest", "district", "region", "province",
                  "state", "city", "town", "village"}
PLACE_FIRST = {"middle", "east", "west", "north", "south", "northern", "southern", "eastern", "western", "central",
               "downtown", "upper", "lower", "greater", "mount", "lake", "fort", "port", "st.", "saint"}
# North American broadcasters' call signs ("WMUR", "KTLA-TV"); "WWII" is not one.
CALL_SIGN = re.compile(r"[KW](?!WII)[A-Z]{3}(?:-(?:TV|FM|AM))?")
# Longest all-capital word read as an acronym (an organisation) rather than a name in capitals.
ACRONYM_MAX = 6
# Capitalised words for who people are (ethnicity, faith): never a person's name.
IDENTITY_WORDS = {"hispanic", "latino", "latina", "jewish", "jew", "muslim", "christian", "catholic", "evangelical",
                  "protestant", "mormon", "hindu", "sikh", "buddhist", "black", "white", "asian", "arab", "african",
                  "native", "indigenous", "caucasian", "millennial", "boomer",
                  # peoples, faiths and regions with no country of their own in the list
                  "kashmiri", "kurdish", "kurd", "chechen", "tamil", "basque", "catalan", "tibetan", "uighur",
                  "uyghur", "pashtun", "baluch", "aboriginal", "maori", "hutu", "tutsi", "bedouin", "berber",
                  "rohingya", "sahrawi", "islamic", "shiite", "sunni", "alawite", "druze", "yazidi", "coptic", "copt",
                  "islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism"}
# A surname that opens on a lower-case particle ("diGenova", "deBlasio", "van Gogh" is two words).
PARTICLE_NAME = re.compile(r"(?:di|de|da|du|del|della|le|la|van|von|ten|ter)[A-Z][a-z]+$")
# The capitalised name of a public office ("the Office of the Velm Ombudsman").
OFFICE_NAME = re.compile(r"(?:[Tt]he\s+)?(Office\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*"
                         r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)")
# Bodies that speak for the businesses they represent (DESIGN §6: industry bodies are BUS).
INDUSTRY_BODY_HEADS = {"association", "council", "federation", "chamber", "group", "body", "lobby", "organisation",
                       "organization", "alliance", "coalition"}
BUSINESS_MEMBERS = re.compile(r"\b(?:companies|businesses|firms|manufacturers|retailers|producers|growers|employers|"
                              r"industry|industries|banks|insurers|airlines|miners|exporters|importers|"
                              r"operators|carriers|developers|suppliers)\b", re.IGNORECASE)
# A body said to fight someone's rule or forces: an armed group (OTH, as the annotators type Hamas).
ARMED_STRUGGLE = re.compile(r"\b(?:groups?|alliance|movement|front|organi[sz]ation|coalition|factions?|militias?)\s+"
                            r"(?:[\w\-]+\s+){0,3}?fighting\s+(?:[\w\-]+\s+){0,2}?(?:rule|forces|troops|government|"
                            r"occupation|army|regime)\b", re.IGNORECASE)
# Endings of capitalised plural nouns naming groups of people.
GROUP_SUFFIXES = ("ers", "ists", "ites", "ians", "ans", "ives", "als")
# Endings of occupational words written with a capital before a name.
TITLE_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent")
# Heads of a description that make its speakers someone's lawyers.
LAWYER_HEADS = {"lawyer", "attorney", "counsel", "barrister", "solicitor", "legal team", "defence team",
                "defense team", "legal representatives"}
# Endings of the abstract nouns that name a minister's portfolio ("Minister for Rehabilitation Ada Vell"),
# never of a person's name.
PORTFOLIO_SUFFIXES = ("tion", "ment", "ture", "ism", "ics", "ity")
POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        if FIRST_PERSON_CONTRACTED.fullmatch(self.text):
            return False  # "people I've met": the writer, no name
        return self.text[:1].isupper() or PARTICLE_NAME.match(self.text) is not None


@dataclass(slots=True)
class Hit:
    i: int  # first token
    n: int  # token count
    entries: list[Entry]

    def best(self, *kinds: str) -> Entry | None:
        for e in self.entries:
            if not kinds or e.kind in kinds:
                return e
        return None


@dataclass(slots=True)
class Description:
    text: str
    kind: str = "none"  # person | org | country | group | descriptor | doc | pronoun | none
    name: str = ""  # a person's name tokens, or an organisation / country name
    evidence: list[tuple[float, str, bool | None]] = field(default_factory=list)  # (priority, type, official)
    roles: list[str] = field(default_factory=list)  # role terms, in order
    affiliation: str = ""
    gender: str = "unknown"
    plural: bool = False
    definite: bool = False
    another: bool = False
    head: str = ""  # last lower-case content word ("official", "statement")
    modifiers: list[str] = field(default_factory=list)  # other names inside ("Clinton" spokesman)
    back_orgs: list[str] = field(default_factory=list)  # organisations after the head ("... by Mizani Research")
    back_names: list[str] = field(default_factory=list)  # people after the head
    pronoun: str = ""  # man | woman | plural | thing | rel | self | you
    members_named: bool = False  # a group whose members are named in the mention
    appositive: bool = False  # a describing phrase follows the name in the body (", 52, who runs a bakery")
    words: int = 0

    @property
    def has_descriptor(self) -> bool:
        return bool(self.roles or self.affiliation or self.evidence)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    end = len(text) if end is None else end
    return [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def _strip_possessive(tok: Tok) -> Tok:
    """"Trump's" -> "Trump" (also "’s" and a doubled closing apostrophe), offsets kept."""
    text = tok.text
    if len(text) > 2 and text[-2] in "'’":
        cut = 2 if text[-1] == "s" else 1 if text[-1] in "'’" else 0
        if cut:
            return Tok(text[:-cut], tok.start, tok.end - cut)
    return tok


def scan(toks: list[Tok], lex: Lexicon) -> list[Hit | Tok]:
    """Longest-match lexicon hits; unmatched tokens pass through."""
    words = [t.text for t in toks]
    lower = [w.lower() for w in words]
    out: list[Hit | Tok] = []
    i = 0
    while i < len(toks):
        n, entries = lex.lookup(words, i, lower)
        if n == 1 and entries[0].kind in ("country", "capital", "role", "outlet", "org") and toks[i].cap \
                and _after_given_name(toks, i, lex, entries[0]):
            n = 0  # "Mark Cuban", "Charlie King", "Mr. King", "Vicente Fox": a surname, not a country, title or outlet
        elif n == 1 and toks[i].cap and i + 1 < len(toks) and toks[i + 1].cap and toks[i].end + 1 == toks[i + 1].start \
                and (entries[0].kind == "role" and lower[i] in lex.first_names
                     or entries[0].kind == "country" and lower[i] in COUNTRY_GIVEN_NAMES
                     and lower[i + 1] not in STOP_CAPS and not lex.lookup(words, i + 1, lower)[0]):
            n = 0  # "Bill Clinton", "Mark Judge", "Chad Vell": a given name, not the noun or country it spells
        elif n == 1 and toks[i].cap and i + 1 < len(toks) and toks[i + 1].cap and entries[0].kind != "honorific" \
                and f"{words[i]} {words[i + 1]}" in lex.people:
            n = 0  # "Rand Paul": a listed person's given name, not the RAND Corporation
        elif n == 1 and entries[0].kind == "role" and toks[i].cap and lower[i] in lex.first_names \
                and (i + 1 == len(toks) or not toks[i + 1].cap and lower[i + 1] != "of") \
                and (i == 0 or lower[i - 1] not in DETERMINERS):
            n = 0  # "Dean, a medical doctor, said": a name (here a surname) spelled like a title, with no name after it
        if n:
            out.append(Hit(i, n, entries))
            i += n
        else:
            out.append(toks[i])
            i += 1
    return out


def _hit_word(item: Hit, toks: list[Tok]) -> Tok:
    """The word that shows whether a hit is capitalised ("the Independent": Independent)."""
    tok = toks[item.i]
    return toks[item.i + 1] if tok.text == "the" and item.n > 1 else tok


def _after_given_name(toks: list[Tok], i: int, lex: Lexicon, entry: Entry) -> bool:
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not prev.cap or prev.end + 1 != toks[i].start:
        return False
    low = prev.text.lower()
    last_cap = i + 1 >= len(toks) or not toks[i + 1].cap
    if entry.kind in ("outlet", "org"):  # "Mr. Fox", "Vicente Fox": a surname spelled like a body's name
        if low.rstrip(".") in HONORIFIC_WORDS:
            return True
        if len(prev.text) == 2 and prev.text.endswith(".") and i >= 2 and toks[i - 2].text.lower() in lex.first_names:
            return True  # "Michael R. Bloomberg": a middle initial after a given name
        plain = prev.text.isalpha() and not lex.starts_phrase(prev.text)  # not "Virginia AFL-CIO", "Three-in-five GOP"
        # A surname closes the name: "Alexandria Police Chief Ann Vell" is a city's police, not Ms. Police.
        # A generic body word ("police", "ministry": lower-case in the list) after a capitalised word is that
        # place's body ("Victoria Police", "Velmor Ministry"), unless it is also a common surname ("Margaret
        # Court"); a proper name ("Fox", "Post") may be a surname after any given-like word.
        generic = entry.kind == "org" and entry.name.islower()
        if generic and entry.name not in SURNAME_BODY_WORDS:
            return False
        return plain and last_cap and (low in lex.first_names or not generic and (
            i == 1 or _person_title_at(toks, i - 2, lex)) and _given_like(prev.text, lex))
    initial = len(prev.text) == 2 and prev.text.endswith(".") and i >= 2 and toks[i - 2].text.lower() in lex.first_names
    if entry.kind == "role" and entry.person and initial and last_cap:
        return True  # "Peter T. King": a middle initial after a given name, then the surname
    if (low in lex.first_names and (entry.kind != "role" or entry.person)) or (
            entry.kind == "role" and entry.person and last_cap and _given_like(prev.text, lex)
            and (i == 1 or _person_title_at(toks, i - 2, lex))):
        return True  # "Charlie King, a former director", "Sen. Angus King": a name, not a title
    # "Mr. King" is a name; "Mr. President", "Madam Speaker" are forms of address.
    return entry.kind == "role" and entry.person and low.rstrip(".") in HONORIFIC_WORDS \
        and entry.name not in ADDRESS_TITLES


def _person_title_at(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether toks[i] is a capitalised person title ("former Mexican President Vicente Fox")."""
    if i < 0 or not toks[i].cap:
        return False
    n, entries = lex.lookup([toks[i].text], 0)
    return n == 1 and any(e.kind == "role" and e.person for e in entries)


def _given_like(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return (word[1:].islower() and low not in STOP_CAPS and not lex.starts_phrase(word)
            and len(low) > 2 and not low.endswith(("ian", "ese", "ish")))


# Countries and states that are also given names: a name before a surname the lexicon does not know.
COUNTRY_GIVEN_NAMES = {"chad", "israel", "georgia", "jordan"}
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "madam", "madame"}
# Generic body words of organisations.tsv that are also surnames ("Margaret Court", "Mr. Court").
SURNAME_BODY_WORDS = {"court", "church", "bank", "banks", "house", "hall"}
ADDRESS_TITLES = {"president", "speaker", "chairman", "chairwoman", "chair", "secretary", "mayor", "governor",
                  "ambassador", "minister", "prime minister", "vice president", "senator", "justice", "judge",
                  "commissioner", "chief"}


# Descriptions are cached per phrase: names and titles recur across a corpus.
CACHE_LIMIT = 100_000


def describe(text: str, lex: Lexicon, start: int = 0, end: int | None = None, *, shared: bool = False) -> Description:
    """Describe the phrase ``text[start:end]``: a fresh copy the caller may change, or with
    ``shared=True`` the cached object itself (faster; the caller must not change it)."""
    phrase = text[start:end if end is not None else len(text)]
    cached = lex.cache.get(phrase)
    if cached is None:
        if len(lex.cache) > CACHE_LIMIT:
            lex.cache.clear()
        cached = lex.cache[phrase] = _describe_current(phrase, lex)
    return cached if shared else clone(cached)


def _describe_current(phrase: str, lex: Lexicon) -> Description:
    """``_describe``, with a sentence's capitalised opening staff word read as written in the sentence's middle,
    and a former post after a current one weighed less (``_former_after_current``)."""
    if " - " in phrase:
        # "Bo Tamm - a fellow governor -": a spaced hyphen is a dash (as long, so offsets hold)
        desc = _describe_current(phrase.replace(" - ", " \u2014 "), lex)
        desc.text = phrase
        return desc
    staff = STAFF_OPENING.match(phrase)
    if staff is not None and staff.group(1).lower() in STAFF_OF:
        # "Executives for Velm Foods said": capitalised only because the sentence opens on it
        desc = _describe_current(phrase[0].lower() + phrase[1:], lex)
        desc.text = phrase
        return desc
    along = ALONG_WITH_TAIL.search(phrase)
    if along is not None and NAME_OR_TITLE_HEAD.match(phrase, 0, along.start()):
        # "Ms. Vell, along with Judge Bo Tamm and ...": the titles after it are the others'
        desc = _describe_current(phrase[:along.start()], lex)
        desc.text = phrase
        return desc
    desc = _now_first(_former_after_current(phrase, lex), phrase, lex)
    poll = CAPITAL_POLL.search(desc.name) if desc.kind == "org" else None
    listed = poll is not None and lex.lookup(desc.name.split(), 0)[0] == len(desc.name.split())
    if poll is not None and not listed and phrase.find(poll.group()) >= 0:
        # "a Velm Herald Poll": a poll the body made (DOC, as "a Velm Herald poll"), not the body
        at = phrase.find(poll.group()) + 1
        desc = _describe_current(phrase[:at] + phrase[at].lower() + phrase[at + 1:], lex)
        desc.text = phrase
        return desc
    if desc.kind == "person" and _capitalised_opener(phrase, desc.name, lex):
        # "Virtually no one", "Entrusting Ada Vell with ...": a sentence's first word, no part of a name
        desc = _describe_current(phrase[0].lower() + phrase[1:], lex)
        desc.text = phrase
        return desc
    if TEACHES_AT.search(phrase):
        desc.evidence.insert(0, (PRIO_ROLE, "EXP", False))  # "Lee Vell, who teaches law at Velm University"
    if desc.kind == "person" and len(desc.back_names) > 1 and COUNTED_PLURAL.match(phrase):
        # "three economists -- Ada Vell at Velm University, Bo Tamm at ... and ...": the people it counts,
        # not the first of them
        desc.kind, desc.name, desc.plural, desc.gender = "group", "", True, "unknown"
        desc.members_named = True
    if desc.kind == "group" and PEOPLE_OF_PLACES.match(phrase):
        desc.evidence = [(PRIO_GENERIC, "CIT", False)]  # "people in many other countries": the public there
    origin = PEOPLE_OF_ORIGIN.fullmatch(phrase.strip())
    if origin is not None and any(e.kind == "country" and e.demonym for e in lex.lookup([origin.group(1)], 0)[1]):
        # "Hispanic Americans", "many Cuban Americans": a nation's people of one origin (CIT), not its government
        desc.kind, desc.name, desc.plural = "group", "", True
        desc.evidence = [(PRIO_GENERIC, "CIT", False)]
    return desc


def _capitalised_opener(phrase: str, name: str, lex: Lexicon) -> bool:
    """Whether the person's name opens on an adverb before a lower-case word ("Virtually no one"), or a gerund
    or an adjective before a name ("Entrusting Ada Vell", "Understated Vell rises", "Controversial Word"),
    capitalised only as a sentence's or a headline's first word: never a given name."""
    m = OPENING_ADVERB_OR_GERUND.match(phrase)
    if m is None or not name.startswith(m.group(1)) or fold(m.group(1)) in lex.given_names \
            or lex.starts_phrase(m.group(1)):
        return False
    return m.group(1).lower().endswith("ly") != m.group(2)[:1].isupper()


def _now_first(desc: Description, phrase: str, lex: Lexicon) -> Description:
    """'Mo Vell, a party aide in the 2010 race and now head of the Velm Institute of Politics': the
    post written with "now" is the one held, and types the person before the earlier ones."""
    now = NOW_POST.search(phrase)
    if now is None:
        return desc
    held = _describe(phrase, lex, now.end())
    typed = best_type(held.evidence)
    if typed is None or not held.roles:
        return desc
    desc.evidence.insert(0, (max(e[0] for e in desc.evidence + held.evidence), typed[0], typed[1]))
    return desc


def _former_after_current(phrase: str, lex: Lexicon) -> Description:
    """'Ana Vell, a labor economist and former columnist at the Velm Ledger': the post
    she holds types her; the former one only when nothing else does, and gives her no affiliation."""
    former = FORMER_CONJUNCT.search(phrase)
    if former is None or phrase[former.end():former.end() + 1].isupper() or INCLUDING.search(phrase) \
            or not (APPOSITIVE_OPENING.match(phrase) or APPOSITIVE_OPENING.search(phrase, 0, former.start())):
        return _describe(phrase, lex)  # "Bo Tamm and former senator Ana Vell", "current and former officials"
    desc = _describe(phrase, lex, 0, former.start())
    if not desc.roles:
        return _describe(phrase, lex)
    past = _describe(phrase, lex, former.end())
    desc.text, desc.words = phrase, desc.words + past.words
    desc.roles += [r for r in past.roles if r not in desc.roles]
    desc.evidence += [(min(prio, PRIO_PLACE_TITLE), type_, official) for prio, type_, official in past.evidence]
    return desc


def clone(desc: Description) -> Description:
    """A copy whose lists may be changed (written out: dataclasses.replace is several times slower)."""
    return Description(desc.text, desc.kind, desc.name, list(desc.evidence), list(desc.roles), desc.affiliation,
                       desc.gender, desc.plural, desc.definite, desc.another, desc.head, list(desc.modifiers),
                       list(desc.back_orgs), list(desc.back_names), desc.pronoun, desc.members_named,
                       desc.appositive, desc.words)


def _describe(text: str, lex: Lexicon, start: int = 0, end: int | None = None) -> Description:
    tag = PARTY_TAG_END.search(text, start, end if end is not None else len(text))
    toks = [_strip_possessive(t) for t in tokens(text, start, tag.start() if tag else end)]
    toks = [t for t in toks if t.text]
    desc = Description(text=text[start:end if end is not None else len(text)])
    desc.words = len(toks)
    if not toks:
        return desc
    first = toks[0].text.lower()
    if len(toks) == 1 and first not in PRONOUNS:
        first = CONTRACTED.sub("", first)  # "We've", "they're", "I'm": the pronoun
    if len(toks) == 1 and first in PRONOUNS:
        desc.kind, desc.pronoun = "pronoun", PRONOUNS[first]
        if desc.pronoun in ("man", "woman"):
            desc.gender = desc.pronoun
        return desc
    partitive = PARTITIVE.fullmatch(desc.text.strip())
    if partitive:
        # "most of them", "each of whom": part of a group said before, so that group's source.
        desc.kind = "pronoun"
        desc.pronoun = "rel" if partitive.group(1).lower() == "whom" else "plural"
        return desc
    desc.definite = first in ("the", "this", "that")
    desc.another = first == "another"
    toks = _drop_parenthesised(text, toks)
    work = WORK_TITLE.search(text, toks[0].start, toks[-1].end + 3) if len(toks) > 2 else None
    if work is not None:
        toks = [t for t in toks if not work.start() <= t.start < work.end()]  # "the close of ''Hail, Velmar!''"
    born = next((k for k in range(len(toks) - 1) if toks[k].text.lower().endswith("-born") and toks[k + 1].cap), None)
    if born is not None:
        toks = toks[born + 1:]  # "South Korean-born Ana Vell": where she was born is no part of her name
    # "the Velmish-born 29-year-old": a birthplace before no name is a modifier, not a name of its own
    toks = [Tok(t.text.lower(), t.start, t.end) if t.text.lower().endswith("-born") else t for t in toks]
    if len(toks) > 3 and toks[0].text.lower() in ("a", "an") and toks[1].text.lower() in QUANTITY_NOUNS \
            and toks[2].text.lower() == "of":
        toks = toks[3:]  # "a series of explosive reports", "a handful of senators": the reports, the senators
    rel = next((k for k in range(1, len(toks)) if toks[k].text.lower() in ("who", "whose", "which")
                and _break(text[toks[k - 1].end:toks[k].start])), len(toks))
    toks, clause = toks[:rel], toks[rel:]
    toks = toks[:_reporter_phrase(toks)]
    when = TRAILING_TIME.search(text, toks[0].start, toks[-1].end) if len(toks) > 2 else None
    if when is not None and when.start() > toks[0].end:
        toks = [t for t in toks if t.end <= when.start()]  # "a Gazette poll last week": the poll
    within = MIDDLE_TIME.search(text, toks[0].start, toks[-1].end) if len(toks) > 3 else None
    if within is not None:
        toks = [t for t in toks if not within.start() <= t.start < within.end()]  # "a study last year by ..."
    toks, _ = _cut_before(TITLED, text, toks)  # 'The ad, titled "Unifier?",': the ad
    toks, represented = _cut_before(REPRESENTING, text, toks)  # "Unions representing Qantas workers": unions
    toks, held = _cut_before(HELD_AT, text, toks)  # "a doctor, being held at the Velm Centre": a detainee
    items = scan(toks, lex)
    _collect(items, toks, desc, lex)
    if held is not None:
        desc.evidence.insert(0, (PRIO_ROLE, "CIT", False))
    if clause:
        # A relative clause tells what the speaker does, not their title: only the people it
        # names count ("who runs Clinton's campaign" -> Clinton is the principal).
        clause_items = scan(clause, lex)
        desc.back_names += [" ".join(t.text for t in kind[1]) for kind in
                            (_run_kind(run, clause, text, lex) for run in _runs(clause_items, clause))
                            if kind[0] == "person"]
        verb = clause[1].text.lower() if len(clause) > 1 else ""
        works_for = next((k for k in range(2, min(len(clause) - 1, WORKS_FOR_REACH)) if clause[k].text.lower()
                          in ("for", "at")), None) if clause[0].text.lower() == "who" else None
        if verb not in EMPLOYED_VERBS and works_for is not None:
            # "..., who appraises golf courses for the brokerage firm Velm & Tull": the body the work is for
            clause_items = [it for it in clause_items if not isinstance(it, Hit) or it.i > works_for]
        if verb in EMPLOYED_VERBS or works_for is not None:
            # "..., who runs the NRA's lobbying arm": the organisation the speaker works for types them.
            # A body word counts too ("who heads the Velm Center for Research": a centre, EXP).
            desc.evidence += [(PRIO_GENERIC, it.entries[0].type, it.entries[0].official) for it in clause_items
                              if isinstance(it, Hit) and (it.entries[0].kind in ("org", "outlet")
                                                          or it.entries[0].kind == "role" and not it.entries[0].person
                                                          and it.entries[0].type != "DOC")][:1]
    desc.head = _head(toks, items, desc, _cut(text, toks, lex))
    _classify(items, toks, desc, lex, text)
    if clause and desc.kind == "person" and not desc.roles:
        desc.evidence += _clause_title(clause, lex)
    if represented is not None and desc.head in INDUSTRY_BODY_HEADS \
            and BUSINESS_MEMBERS.search(text, represented.end(), end if end is not None else len(text)):
        desc.evidence.insert(0, (PRIO_ROLE, "BUS", False))  # "the association representing grocery companies"
    if desc.kind == "person" and desc.name:
        _people_of_name(desc)
    if desc.kind in ("descriptor", "group") and desc.modifiers and desc.head in LAWYER_HEADS \
            and re.search(r"['’]s\s+" + re.escape(desc.head), desc.text, re.IGNORECASE):
        # "the Velm Corporation's legal team": the client's name holds a title of its own ("Corporation"),
        # but the speakers are its lawyers (DESIGN §6: private lawyers in a case are JUD)
        desc.evidence.insert(0, (PRIO_ROLE, "JUD", False))
    if desc.kind == "person" and " " not in desc.name and first in ("a", "an") and len(toks) == 2:
        # "a Frenchman", "an Englishwoman": someone described, not a name (nor a brand)
        desc.kind, desc.head, desc.name = "descriptor", desc.name.lower(), ""
        if desc.head.endswith(("man", "woman")) and not desc.evidence:
            desc.evidence.append((PRIO_GENERIC, "CIT", False))  # a country's man or woman: a private person
    kin = KIN_OF.search(desc.text)
    if kin is not None and desc.kind in ("descriptor", "group") and desc.roles and desc.roles[0] in KINSHIP:
        # "the widow of a sailor", "the parents of two police officers": a relative of someone typed by a
        # title is a private person, not of the title's type
        desc.evidence.insert(0, (PRIO_ROLE, "CIT", False))
    if desc.kind in ("group", "descriptor") and not desc.roles and desc.evidence \
            and max(e[0] for e in desc.evidence) <= PRIO_COUNTRY and PLACE_OF_PEOPLE.search(desc.text):
        # "an adoptee from South Korea", "skywriters in Pasadena": where people are from or are says
        # nothing of their governing it
        desc.evidence = []
    if desc.kind in ("group", "descriptor") and _person_head(desc, lex):
        # "records officials", "poll workers": people, whatever the word before their title names
        desc.evidence = [e for e in desc.evidence if e[1] != "DOC"]
    if RUNNING.search(desc.text):
        # "a trio of governors seeking ... the race for president": candidates are POL whatever
        # office they hold (DESIGN §6), so this outranks the office's title.
        desc.evidence.insert(0, (PRIO_RUNNING, "POL", False))
    if desc.plural and first in ("a", "an") and desc.kind == "group" and not desc.head.endswith("s") \
            and not A_FEW.match(desc.text):
        desc.plural, desc.kind = False, "descriptor"  # "A Swiss fireman": one person, whatever the demonym
    if SHADOW_TITLE.search(desc.text):
        # "Shadow Defence Minister Ana Vell": the opposition's spokesperson, a legislator (POL) whose
        # title reads like a minister's.
        desc.evidence.insert(0, (PRIO_RUNNING, "POL", False))
    elif COUNSEL_SUFFIX.search(desc.text):
        desc.evidence.append((PRIO_ROLE, "JUD", False))  # "Ada Vell QC": a barrister (DESIGN §6: lawyers JUD)
    elif SEAT_TITLE.search(desc.text) or tag is not None and desc.kind == "person":
        # "the Member for Port Arden", "Ada Vell, R-Ky.": a legislator
        desc.evidence.insert(0, (PRIO_ROLE, "POL", True))
    if not BODY_STAFF.isdisjoint(desc.roles):
        _body_first(desc, lex)
    if not MARKET_EXPERTS.isdisjoint(desc.roles) and (best_type(desc.evidence) or ("",))[0] == "BUS":
        # "Velm Bank chief economist Ana Pell": a company's economists speak as experts, not for the firm
        desc.evidence.insert(0, (max(e[0] for e in desc.evidence), "EXP", False))
    if desc.roles and (set(desc.roles) & PARTY_ROLES or PARTY_ACRONYM.search(desc.text)) \
            and set(desc.roles) - PARTY_ROLES <= LEANING_EXPERTS and set(desc.roles) & LEANING_EXPERTS:
        # "Some Republican experts", "a Democratic economist": the party says where the expert leans, not
        # that the party speaks
        desc.evidence.insert(0, (max(e[0] for e in desc.evidence), "EXP", False))
    if desc.kind in ("descriptor", "group") and not desc.name:
        _for_name(desc, lex)
    if ACADEMIC_BODIES.search(desc.text) and desc.evidence and max(e[0] for e in desc.evidence) <= PRIO_GENERIC \
            and (best_type(desc.evidence) or ("",))[0] in ("NGO", "OTH", "GOV"):
        # "program administrator for the Velm Project at Tull University's Centre": a university's staff are
        # academics, whatever the project or centre they work in
        desc.evidence.insert(0, (PRIO_GENERIC, "EXP", False))
    if desc.kind == "country" and desc.plural is not True and desc.head.endswith("s") \
            and desc.head[:-1] in IDENTITY_WORDS:
        # "crucial Iowa evangelicals": people of a faith or origin in a place, not the place's government
        desc.kind, desc.name, desc.plural = "group", "", True
        desc.evidence = [(PRIO_GENERIC, "CIT", False)]
    place = PEOPLE_IN_PLACE.match(desc.text)
    if place is not None and desc.kind in ("descriptor", "group", "none") and not any(
            e.kind in ("org", "role", "outlet") for w in place.group(1).split()
            for e in lex.phrases.get((w.lower(),), ())):
        desc.kind, desc.plural = "group", True
        desc.evidence.insert(0, (PRIO_ROLE, "CIT", False))  # "Many in Hong Kong": people of a place
    if desc.head == "author" and desc.kind in ("descriptor", "group") and RESEARCH_WORDS.search(desc.text):
        desc.evidence.insert(0, (PRIO_ROLE, "EXP", False))  # "The authors of the research ...": researchers
    if desc.head == "leader" and desc.kind in ("descriptor", "group") and any(
            t.text.lower() in IDENTITY_WORDS for t in toks):
        desc.evidence.insert(0, (PRIO_ROLE, "NGO", False))  # "Jewish leaders", "some black leaders": community
    office = OFFICE_NAME.fullmatch(desc.text.strip().rstrip(","))
    if office is not None and desc.kind == "descriptor":
        # "the Office of the Archivist of the Assembly": a public office's proper name, though its words are titles
        desc.kind, desc.name, desc.affiliation = "org", office.group(1), desc.affiliation or office.group(1)
        desc.evidence.insert(0, (PRIO_RUNNING, "GOV", True))
    if ARMED_STRUGGLE.search(desc.text):
        desc.evidence.insert(0, (PRIO_ROLE, "OTH", False))  # "a front of nine militias fighting Velmish troops"
    if desc.kind == "org" and toks[-1].text.lower() in ("filing", "filings") \
            and (best_type([e for e in desc.evidence if e[0] == PRIO_ORG]) or ("",))[0] not in ("JUD", ""):
        # "the FEC filings", "a Velm Corp. filing": papers filed with a regulator or by a firm are data
        # (DOC) of that body, not a court's (as "court filings" are)
        desc.kind, desc.plural = "doc", toks[-1].text.lower().endswith("s")
        desc.modifiers.append(desc.name)
        desc.name = ""
        desc.evidence.insert(0, (PRIO_RUNNING, "DOC", False))
    if not toks[-1].cap and toks[-1].text.lower() in MEMBER_HEADS and any(e[1] == "INT" for e in desc.evidence):
        # "many E.U. nations", "Other E.U. leaders", "NATO allies": the member states' governments, unnamed,
        # not the union or alliance itself
        if desc.kind == "org":
            desc.modifiers.append(desc.name)
        desc.kind, desc.name, desc.plural = "group", "", True
        desc.evidence.insert(0, (PRIO_RUNNING, "GOV", True))
    surname = SURNAME_OF_BODY.match(desc.text.strip())
    if surname is not None and desc.kind == "descriptor" and desc.head == surname.group(1).lower() \
            and _plausible_name(surname.group(1)) and not lex.phrases.get((desc.head,)) and desc.head not in STOP_CAPS \
            and (not desc.head.endswith("s") or desc.head in lex.surnames):  # not "Hundreds of the union"
        desc.kind, desc.name = "person", surname.group(1)  # "Tammerson of the Velm Teachers Union": a surname, then a body
    called = CALLED_NAME.search(desc.text) or BODY_THEN_NAME.search(desc.text) if not desc.plural else None
    name = re.sub(r"^the\s+", "", called.group(1).strip()) if called is not None else ""
    if called is not None and (desc.kind in ("group", "descriptor") and not _person_head(desc, lex)
                               or desc.kind == "person" and desc.name == name):
        desc.kind, desc.name = "org", name  # "a campaign group called Velm Forward", "the group Velm Action"
    if desc.kind in ("group", "descriptor") and not desc.members_named and _list_of_bodies(desc.text, lex):
        desc.members_named = True  # "France, the European Union and Japan": named members
    if desc.kind == "person":
        # "Ada Vell, 20, of Jacksonville, Florida": where a person lives or comes from says whose citizen
        # they are (affiliation), not that they govern it
        desc.evidence = [e for e in desc.evidence if e[0] > PRIO_COUNTRY]
    if desc.kind != "person":
        _appositive_name(desc, toks, text, lex)
    elif WHICH_AFTER.search(text) and not desc.roles and desc.gender == "unknown":
        desc.kind = "org"  # "Terminal Pacifico Sur, which operates the docks"
        if BUSINESS_WHICH.search(text):
            desc.evidence.append((PRIO_GENERIC, "BUS", False))
    law = LAW_NAME.search(desc.text) if desc.kind in ("person", "org") and desc.name else None
    if law is not None and desc.name.split()[-1] == law.group(2):
        # "the Velm Trade Act", "the Paris Agreement": a document with a proper name (named by it), no person
        desc.kind, desc.name, desc.gender = "doc", law.group(1), "unknown"
        desc.modifiers, desc.evidence = [law.group(1)], [(PRIO_ROLE, "DOC", False)]
    return desc


# A party and state tag closing a mention ("Sen. Ada Vell, R-Ky."): the legislator's, never a name.
PARTY_TAG_END = re.compile(r",\s*(?:D|R|I)-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*$")
# The members of an intergovernmental body, written after its name ("E.U. nations", "NATO allies").
MEMBER_HEADS = {"nations", "countries", "states", "members", "leaders", "governments", "allies", "capitals",
                "partners"}
# A quoted title after a preposition inside a mention ("a chant at the close of ''Hail, Velmar!''", "the author
# of “Velm Days”"): a work's name, never a person's.
WORK_TITLE = re.compile(r"(?:(?<=\bof )|(?<=\bin )|(?<=\bfrom )|(?<=\bat )|(?<=\bon ))"
                        r"(?:''|“|\")[^\"”'\n]{1,80}(?:''|”|\")")
# A capitalised compound whose tail is lower case ("Oscar-winner", "Nobel-laureate"): a description.
DESCRIPTIVE_COMPOUND = re.compile(r"[A-Z][\w’']*-[a-z][\w\-]*")
# "a campaign group called Velm Forward": the proper name a description gives its body.
CALLED_NAME = re.compile(r"\b(?:called|named|known as)\s+((?:the\s+)?[A-Z][\w&'’.\-]*"
                         r"(?:\s+(?:of|for|and|the|[A-Z][\w&'’.\-]*))*)\s*,?\s*$")
# A body's kind, then its name with no comma ("the advocacy organization the Anti-Velm League", "the
# conservative group Velm Action").
BODY_THEN_NAME = re.compile(r"\b(?:organi[sz]ation|group|company|firm|agency|union|association|institute|"
                            r"think tank|network|charity|coalition|foundation)\s+((?:the\s+)?[A-Z][\w&'’.\-]*"
                            r"(?:\s+(?:of|for|and|the|[A-Z][\w&'’.\-]*))*)\s*,?\s*$")
# A lone capitalised surname, then the body the person is of ("Vell of the Velm Teachers Union").
SURNAME_OF_BODY = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:of|from)\s+(?:the\s+)?[A-Z]")
# A place after the people it locates ("an adoptee from South Korea", "skywriters in Pasadena").
PLACE_OF_PEOPLE = re.compile(r"\b(?:from|in)\s+(?:the\s+)?[A-Z]")
# A family tie to someone described ("the widow of a soldier", "parents of two students").
KIN_WORDS = KINSHIP | {k + "s" for k in KINSHIP} | {"children", "wives", "widows"}
KIN_OF = re.compile(r"\b(?:" + "|".join(sorted(KIN_WORDS)) + r")\s+of\b", re.IGNORECASE)
# People named by their tie to someone ("Ada Vell's critics", "the senator's longtime allies"): a group of
# their own, with the someone as its principal, never that person.
PEOPLE_OF = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,5}?(critics|opponents|detractors|enemies|foes|fans|admirers|"
                       r"allies|backers|followers|defenders|donors|voters|constituents|colleagues|relatives|"
                       r"associates|employees|classmates|teammates|family|families)\s*$")


def _clause_title(clause: list[Tok], lex: Lexicon) -> list[tuple[float, str, bool | None]]:
    """'..., who served as envoy to Velmland', '..., who is a professor at Tull': the title a
    relative clause gives a person who has none before it, as generic evidence; nothing when the title
    is someone else's ("who is the son of a senator")."""
    if len(clause) < 3 or clause[1].text.lower() not in TITLE_CLAUSE_VERBS \
            or not (clause[2].text.lower() in TITLE_CLAUSE_OPENERS or clause[2].cap):
        return []
    for item in scan(clause[2:TITLE_CLAUSE_REACH], lex):
        if isinstance(item, Tok) and item.text.lower() in ("of", "to", "for", "with", "by"):
            return []
        if isinstance(item, Hit):
            role = item.best("role")
            if role is not None and role.person:
                return [(PRIO_GENERIC, role.type, role.official)]
    return []


def _people_of_name(desc: Description) -> None:
    """Turn a person's description into the group PEOPLE_OF names, with the person as its principal."""
    if PEOPLE_OF.search(desc.text) is None:
        return
    desc.modifiers = [desc.name] + desc.modifiers
    desc.kind, desc.name, desc.plural, desc.gender = "group", "", True, "unknown"


def _cut_before(phrase: re.Pattern, text: str, toks: list[Tok]) -> tuple[list[Tok], re.Match | None]:
    """The tokens before ``phrase`` when it stands inside a mention of three or more words (and the match),
    else the tokens as they are (and None)."""
    m = phrase.search(text, toks[0].end, toks[-1].end) if len(toks) > 2 else None
    return ([t for t in toks if t.end <= m.start()], m) if m is not None else (toks, None)


def _for_name(desc: Description, lex: Lexicon) -> None:
    """'Democracy for America', 'Citizens for a Better Velm': a capitalised name built on "for" is an
    advocacy group's (NGO), named, unless an official's title opens it ("Minister for Health")."""
    m = FOR_NAME.match(desc.text)
    if m is None or SEAT_TITLE.search(desc.text):
        return
    before = m.group(1).split(" for ")[0].split()
    for k in range(len(before)):
        n, entries = lex.lookup(before, k)
        if n and entries[0].kind == "role" and entries[0].person and entries[0].type in OFFICIAL_TITLE_TYPES:
            return
    desc.kind, desc.name, desc.plural = "org", m.group(1), False
    desc.evidence = [e for e in desc.evidence if e[0] > PRIO_COUNTRY and e[1] != "CIT"] + [(PRIO_GENERIC, "NGO", False)]


def _body_first(desc: Description, lex: Lexicon) -> None:
    """'a union spokesman', 'a hospital official': a staff title's type (GOV, a default) gives way to the
    type of the body word written with it, when the two are equally sure."""
    bodies = {t for role in desc.roles if role not in BODY_STAFF for t in body_types(role, lex)}
    if len(bodies) == 1:
        body = bodies.pop()
        desc.evidence.sort(key=lambda e: (-e[0], e[1] != body))


def body_types(role: str, lex: Lexicon) -> set[str]:
    """The types the lexicon gives ``role`` as a word for a body ("union", "army"); empty for titles of
    people and for words it does not list."""
    return {e.type for e in lex.phrases.get(tuple(role.split()), ()) if e.kind == "role" and not e.person}


def _appositive_name(desc: Description, toks: list[Tok], text: str, lex: Lexicon) -> None:
    """'A lawyer for the ferry company, Ana Pell,', 'another favourite — Ana Pell of Ohio —': the name
    after the comma or dash is the speaker (what follows it, "of Ohio", still describes them)."""
    cut = next((k for k in range(1, len(toks)) if _break(text[toks[k - 1].end:toks[k].start])), 0)
    if not cut:
        return
    stop = next((k for k in range(cut + 1, len(toks)) if _break(text[toks[k - 1].end:toks[k].start])), len(toks))
    part = toks[cut:stop]
    lead = _title_words(part, lex)  # "..., historian Ana Pell,": a title may stand before the name
    name_end = next((k for k, t in enumerate(part) if k >= lead and not t.cap), len(part))
    if name_end == lead:
        name_end = 0
    if name_end < len(part) and part[name_end].text.lower() not in NAME_COMPLEMENTS:
        _titled_name_after(desc, part, text, lex)
        return
    if part and name_end:
        sub = Description(text=desc.text)
        items = scan(part[:name_end], lex)
        _collect(scan(part, lex), part, sub, lex)
        _classify(items, part[:name_end], sub, lex, text)
        if sub.kind == "person" and not sub.plural and _principal_named(toks[:cut], lex):
            desc.modifiers.append(sub.name)  # "a spokesman for the Transport Minister, Ana Pell,": hers
        elif sub.kind == "person" and not sub.plural:
            desc.kind, desc.name, desc.plural = "person", sub.name, False
            desc.roles += sub.roles
            # the name's own title first: "One of the plan's developers, historian Ana Pell," is a historian
            desc.evidence = sub.evidence + desc.evidence if lead else desc.evidence + sub.evidence
            if sub.gender != "unknown":
                desc.gender = sub.gender


def _titled_name_after(desc: Description, part: list[Tok], text: str, lex: Lexicon) -> None:
    """'another witness, former White House Russia adviser Ana Pell': a title with capitals in it, then the
    name closing the part after the comma, is the speaker and their title."""
    last_lower = max((k for k, t in enumerate(part) if not t.cap), default=-1)
    if last_lower < 0 or len(part) - 1 - last_lower not in (2, 3) \
            or not any(e.kind == "role" and e.person for e in lex.phrases.get((part[last_lower].text.lower(),), ())):
        return
    sub = describe(text, lex, part[0].start, part[-1].end, shared=True)
    if sub.kind == "person" and not sub.plural and sub.name == " ".join(t.text for t in part[last_lower + 1:]):
        desc.kind, desc.name, desc.plural = "person", sub.name, False
        desc.roles += sub.roles
        desc.evidence = sub.evidence or desc.evidence  # the name's own title, not the group's ("witness")
        if sub.gender != "unknown":
            desc.gender = sub.gender


def _title_words(part: list[Tok], lex: Lexicon) -> int:
    """How many lower-case words open ``part`` as a person's title before a name ("historian", "senior
    analyst"); 0 when they are not one."""
    lead = next((k for k, t in enumerate(part) if t.cap), 0)
    if not lead or lead > APPOSITIVE_TITLE_WORDS or any(t.text.lower() in LIST_WORDS for t in part[:lead]):
        return 0  # "critics, including historian Ana Pell,": one of a group, not the group
    hits = [it for it in scan(part[:lead], lex) if isinstance(it, Hit)]
    return lead if hits and any(e.kind == "role" and e.person for e in hits[-1].entries) else 0


def _principal_named(before: list[Tok], lex: Lexicon) -> bool:
    """Does the phrase before an appositive name end with the title of someone the head works for
    ("a spokesman for the Transport Minister")? Then the name is that principal's."""
    words = [t.text.lower() for t in before]
    link = next((k for k in range(len(words) - 1, 0, -1) if words[k] in ("for", "to")), 0)
    if not link or len(words) - link > 4:
        return False
    n, entries = lex.lookup(words[-1:], 0)
    return bool(n) and any(e.kind == "role" and e.person and not e.generic for e in entries)


# Titles of experts whom companies employ to speak on markets, annotated EXP whoever pays them.
MARKET_EXPERTS = {"economist", "chief economist", "analyst", "strategist", "market analyst", "forecaster"}
# Party words, and the experts whose leaning they may give ("a Republican economist" is an economist).
PARTY_ROLES = {"republican", "democrat", "democratic", "gop"}
LEANING_EXPERTS = {"expert", "economist", "scholar", "historian", "professor", "academic", "researcher", "scientist",
                   "political scientist", "legal scholar", "constitutional scholar", "analyst"}
# A party written as an acronym ("GOP analysts"), which the lists hold as a body, not a title.
PARTY_ACRONYM = re.compile(r"\bGOP\b")
# Staff titles that say whose staff only through the body written with them.
BODY_STAFF = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "press officer"}
# Words that list members of a group rather than name the one spoken of.
LIST_WORDS = {"including", "among", "such", "as", "like", "especially", "notably", "and", "or", "with", "plus"}
# At most this many lower-case title words before an appositive name ("senior policy analyst").
APPOSITIVE_TITLE_WORDS = 3
# Words that may follow the name in an appositive and describe the person ("Ana Pell of Ohio").
NAME_COMPLEMENTS = {"of", "at", "from", "with"}


def _break(gap: str) -> bool:
    """Does the text between two words break the phrase (a comma or a dash: "Ayres -- author of ...")?"""
    return "," in gap or "—" in gap or "--" in gap or " – " in gap


def _person_head(desc: Description, lex: Lexicon) -> bool:
    """Is the description's head a title of people ("officials", "workers"), not of a thing?"""
    n, entries = lex.lookup(desc.head.split(), 0) if desc.head else (0, [])
    return n == len(desc.head.split()) and any(e.kind == "role" and e.person and e.type != "DOC" for e in entries)


# A time inside a mention, before what says whose it is ("a study last year by two economists").
MIDDLE_TIME = re.compile(r"\b(?:last|this|next|earlier this)\s+(?:week|month|year)\b(?=\s+(?:by|from|of|at|for)\b)")
# A time phrase closing a mention ("a new poll last week", "a statement on Monday"): not its head.
TRAILING_TIME = re.compile(
    r"\s+(?:(?:last|this|next|earlier this|late last|early last)\s+(?:week|month|year|weekend|spring|summer|fall|"
    r"autumn|winter)|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"today|tonight|this (?:morning|afternoon|evening)|(?:the\s+same|that|the\s+previous|the\s+following)\s+"
    r"(?:day|week|month|year))\s*$")


def _reporter_phrase(toks: list[Tok]) -> int:
    """Index where "interviewed by The Times", "speaking to reporters" starts (else len): whoever
    interviewed the speaker is not what the speaker is."""
    for k in range(1, len(toks) - 1):
        verb, prep = toks[k].text.lower(), toks[k + 1].text.lower()
        if verb in REPORTER_VERBS and prep == REPORTER_VERBS[verb]:
            return k
    return len(toks)


# Participles that bring in the reporter, with the preposition that follows them.
REPORTER_VERBS = {"interviewed": "by", "quoted": "by", "contacted": "by", "reached": "by", "cited": "by",
                  "surveyed": "by", "polled": "by", "speaking": "to", "talking": "to",
                  # a document someone received is not theirs ("reports received by the group")
                  "received": "by", "obtained": "by", "seen": "by", "reviewed": "by"}


def _drop_parenthesised(text: str, toks: list[Tok]) -> list[Tok]:
    """'Sen. David Perdue (R-Ga.)': the party/state tag is not part of the name. A mention wholly in
    brackets ("(Donald J. Trump)") keeps its words."""
    out, depth, pos = [], 0, 0
    for t in toks:
        gap = text[pos:t.start]
        depth += gap.count("(") - gap.count(")")
        pos = t.start
        if depth <= 0:
            out.append(t)
    return out or toks


def _head(toks: list[Tok], items: list, desc: Description, cut: int) -> str:
    """The descriptor's head word: the last word before a post-modifier ('sources close to ...')."""
    head = ""
    for item in items:
        i = item.i if isinstance(item, Hit) else toks.index(item)
        if i >= cut:
            break
        if isinstance(item, Hit):
            e = item.entries[0]
            if e.kind == "role" and e.type == "DOC" and _inside_name(toks, item.i):
                continue  # "Roper Center for Public Opinion Research": a word of the name, not the head
            if e.kind == "role":
                head = e.name
            elif e.kind in ("org", "outlet"):
                head = e.name.lower()
        elif item.text.lower() not in DETERMINERS and not item.text[:1].isdigit() and not _modifier_word(item.text):
            head = item.text.lower()
    return head


def _inside_name(toks: list[Tok], i: int) -> bool:
    """Is token ``i`` a capitalised word that continues a capitalised name?"""
    return i > 0 and toks[i].cap and toks[i - 1].cap and toks[i - 1].text.lower() not in STOP_CAPS


def _modifier_word(word: str) -> bool:
    """A word that modifies a head but never is one: a weekday or month, 'former', 'newly'
    ("a report Tuesday from ...", "a newly released email")."""
    low = word.lower()
    return low in STOP_CAPS or (low.endswith("ly") and len(low) > 4 and low.isalpha() and not word[:1].isupper()
                                and low not in ADVERB_LIKE_NOUNS)


# Nouns ending in -ly that can head a descriptor.
ADVERB_LIKE_NOUNS = {"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "homily"}


# Words of places that close a place's name ("New York City"); after a preposition of place the name is where
# someone is, not a body.
PLACE_NAME_WORDS = {"city", "county", "state"}
PLACE_WORDS_BEFORE = {"in", "from", "near", "outside", "across", "throughout"}
# Prepositions after which a title is another person's ("the wife of a serviceman", "an aide to a senator").
COMPLEMENT_WORDS = {"of", "for", "to", "with", "at", "from", "by"}


def _collect(items: list[Hit | Tok], toks: list[Tok], desc: Description, lex: Lexicon) -> None:
    """Evidence, roles, affiliation and gender cues from every lexicon hit."""
    head_roles = None  # where the evidence of the titles before the head noun starts
    generic_head: int | None = None  # evidence index of a generic head title ("chairman of ...")
    complement: int | None = None  # evidence index of the last generic title in its complement
    possessor: tuple | None = None  # evidence of a body written as a possessor ("the group's president")
    first_break = next((k for k in range(1, len(toks)) if _break(desc.text[toks[k - 1].end:toks[k].start])), len(toks))
    # titles after a title and a preposition are someone else's ("the wife of a serviceman"): they give no
    # gender ("to visit her daughter Esther" still does)
    first_role = next((it.i for it in items if isinstance(it, Hit) and it.entries[0].kind == "role"), len(toks))
    gender_end = next((k for k in range(first_role + 1, len(toks)) if toks[k].text.lower() in COMPLEMENT_WORDS),
                      len(toks))
    for k, item in enumerate(items):
        if isinstance(item, Tok):
            if not item.cap and item.text.lower() not in DETERMINERS:
                desc.head = item.text.lower()
                if item.text.lower() in POST_HEAD:
                    head_roles = -1  # "a spokesman for the campaign": the head came first
            continue
        e = item.entries[0]
        if e.kind == "role" and _member_word(item, toks, e, lex):
            # "Association of Velm Farmers": part of a name. An association of businesses is an
            # industry body (DESIGN §6: BUS); other members do not type the organisation.
            if e.type == "BUS":
                desc.evidence.append((PRIO_INDUSTRY, "BUS", False))
            continue
        if e.kind == "role" and e.type == "DOC" and _possessive_at(toks, item, desc.text) \
                and _people_after(items[k + 1:]):
            continue  # "the bill's proponents": people, not the bill they argue about
        if e.kind == "role" and e.name in PLACE_NAME_WORDS and _inside_name(toks, item.i) and k > 0 \
                and isinstance(items[k - 1], Hit) and items[k - 1].entries[0].kind in ("country", "capital") \
                and items[k - 1].i > 0 and toks[items[k - 1].i - 1].text.lower() in PLACE_WORDS_BEFORE:
            continue  # "an analyst in New York City": where they work, not the city's government speaking
        if e.kind == "role" and e.name in MASTHEAD_WORDS and _inside_name(toks, item.i):
            desc.evidence.append((PRIO_ORG, "MED", False))  # "the Accra Evening Star": a newspaper
            continue
        if e.kind == "role" and k > 0 and isinstance(items[k - 1], Hit) \
                and (e.name in MEMBERS_BODIES or e.name in OFFICERS_BODIES and items[k - 1].entries[0].official) \
                and items[k - 1].entries[0].kind in ("role", "org") and items[k - 1].i + items[k - 1].n == item.i \
                and desc.evidence:
            # "the firefighters union", "the police union": its members' trade does not type the body
            # (DESIGN §6: unions are NGO).
            members = items[k - 1].entries[0]
            desc.evidence = [ev for ev in desc.evidence if ev[1:] != (members.type, members.official)]
            desc.evidence.insert(0, (PRIO_ROLE, e.type, e.official))
            desc.roles.append(e.name)
            desc.head = e.name
            continue
        if e.kind == "role" and k > 0 and _clients_before(items[k - 1], item) and desc.evidence:
            # "the refugee council", "victims' advocates", "the residents association": the people a body
            # or a person serves do not type them
            clients = items[k - 1].entries[0]
            desc.evidence = [ev for ev in desc.evidence if ev[1:] != (clients.type, clients.official)]
            desc.roles = [r for r in desc.roles if r != clients.name]
        if e.kind == "role":
            desc.roles.append(e.name)
            desc.head = e.name
            generic = e.generic or e.name in BODY_SPEAKERS and k > 0 and isinstance(items[k - 1], Hit) \
                and items[k - 1].entries[0].kind in ("org", "outlet")
            prio = PRIO_ROLE if not generic else PRIO_PLACE_TITLE if e.name in LEADER_TITLES \
                and e.type == "OTH" else PRIO_GENERIC
            ev = (prio, e.type, e.official)
            if e.name == "leader" and (k > 0 and isinstance(items[k - 1], Hit)
                                       and items[k - 1].entries[0].kind == "country"
                                       and items[k - 1].i + items[k - 1].n == item.i
                                       or _of_country(items, k, toks)):
                # "Palestinian leader", "Syrian leader", "the leaders of Velmland and Ostland": who leads a state
                ev = (PRIO_ROLE, "GOV", True)
            # "chairman, CEO and president": a comma inside a list of titles joins them like "and".
            listed = k > 0 and isinstance(items[k - 1], Hit) and items[k - 1].entries[0].kind == "role" \
                and desc.text[toks[item.i - 1].end:toks[item.i].start].strip() == ","
            if item.i >= first_break and not listed:
                # "Former governor Jan Brewer, an early supporter": the titles after the comma come
                # after the first ones (which win ties); among themselves the head noun goes first.
                head_roles, first_break = None, len(toks)
            # "activist and lawyer": coordinated titles keep their order (the first wins ties).
            coordinated = item.i > 0 and toks[item.i - 1].text.lower() in ("and", "&") or listed
            if head_roles is None or head_roles < 0 or coordinated:
                if head_roles is None:
                    head_roles = len(desc.evidence)
                if head_roles < 0 and generic_head is not None and e.generic:
                    complement = len(desc.evidence)
                elif e.name in LEADER_TITLES and generic_head is None and not desc.evidence:
                    generic_head = 0
                if coordinated and generic_head is not None and e.name not in LEADER_TITLES:
                    # "president and general manager": the typed title wins over the place-only one.
                    desc.evidence.insert(generic_head, ev)
                else:
                    desc.evidence.append(ev)
            else:
                # Of the titles before the head noun the last one is the head ("Democratic
                # pollster" is a pollster, "Democratic voters" are voters): it goes first, and
                # best_type lets the first of equally strong items win.
                desc.evidence.insert(head_roles, ev)
            if not e.person and _possessive_at(toks, item, desc.text) and _people_after(items[k + 1:]):
                possessor = ev
            if e.gender in ("man", "woman") and item.i < gender_end:
                desc.gender = e.gender
            last = toks[item.i + item.n - 1].text.lower()
            if last != e.name.split()[-1] and (last.endswith("s") or last in IRREGULAR_PLURALS) \
                    and not e.name.endswith("s"):
                desc.plural = True
        elif e.kind in ("org", "outlet"):
            desc.evidence.append((PRIO_ORG, e.type, e.official))
            if not _hit_word(item, toks).cap:
                desc.roles.append(e.name)
        elif e.kind in ("country", "capital"):
            if e.demonym:
                desc.plural = True
            desc.evidence.append((PRIO_COUNTRY, "GOV", True))
        elif e.kind == "honorific" and e.gender in ("man", "woman") and item.i < first_break and not desc.roles:
            desc.gender = e.gender  # not "a strategist for Mrs. Clinton", "Garin, who advised Mrs. Clinton"
        elif e.kind == "honorific" and e.name in ("dr.", "dr") and item.i < first_break:
            desc.evidence.append((PRIO_GENERIC, "EXP", False))  # "Dr. Ada Vell": a physician or scholar
    if possessor is not None and all(ev[0] <= possessor[0] for ev in desc.evidence):
        # "the group's president and chief executive": a body's officers are of the body's type.
        desc.evidence.pop(next(i for i, ev in enumerate(desc.evidence) if ev is possessor))
        desc.evidence.insert(0, possessor)
    if generic_head is not None and complement is not None:
        # "head of the history faculty at Velm College": a generic title takes
        # the type of the institution it heads, and the last one named is the widest (EXP).
        desc.evidence.insert(generic_head, desc.evidence.pop(complement))


def _clients_before(before: Hit | Tok, item: Hit) -> bool:
    """Is ``before`` a private person's title written right before another title ("refugee" in "the
    refugee council")?"""
    if not isinstance(before, Hit) or before.i + before.n != item.i:
        return False
    clients = before.entries[0]
    return clients.kind == "role" and clients.person and clients.type == "CIT"


POSSESSIVE_WORD = re.compile(r"\w['’]s\b")
# "Shadow" before a minister's title: the opposition's spokesperson for that portfolio.
SHADOW_TITLE = re.compile(r"\bshadow (?:[\w-]+ ){0,3}(?:minister|treasurer|attorney-general|secretary|"
                          r"spokesman|spokeswoman|cabinet)", re.I)
# Capitalised last words of a body's name that make the plural title before them its members.
NAME_BODY_ENDINGS = {"association", "council", "union", "federation", "league", "society", "institute",
                     "alliance", "coalition", "guild", "network", "foundation", "committee"}
# Bodies of people of one trade or role: "the police union" is a union, not the police.
MEMBERS_BODIES = {"union", "guild"}
# Bodies that are unions when public servants are their members ("the Police Patrolmen's Association").
OFFICERS_BODIES = {"association", "benevolent association", "brotherhood", "federation"}
# Heads that, with a country's name, name one of its bodies ("China's commerce ministry").
NATIONAL_BODIES = {"ministry", "department", "parliament", "legislature", "central bank"}
# Queen's or King's Counsel after a name.
COUNSEL_SUFFIX = re.compile(r"[a-z] (?:QC|KC)\b")
# A member of a Westminster parliament named by the seat, capitalised ("the Member for Port Arden"; not
# "a board member for ...").
SEAT_TITLE = re.compile(r"\bMember for [A-Z]")
POLICE_OF_PLACE = re.compile(r"\b[Pp]olice (?:in|of) [A-Z]")
# Heads that make "the <country's> ..." the state itself ("the German government").
STATE_HEADS = {"government", "regime"}
# Role words that, closing a capitalised name, make it a newspaper ("Evening Star", not "film star").
MASTHEAD_WORDS = {"star"}
# Titles that, right after a body's name, speak for it ("an FBI representative") rather
# than name an office of their own (a representative in Congress).
BODY_SPEAKERS = {"representative", "representatives"}
# Titles that say only where someone stands in a body, so the body's type is theirs.
LEADER_TITLES = {"chairman", "chairwoman", "chair", "head", "director", "president", "member", "chief",
                 "leader", "dean", "founder", "co-founder", "executive director", "vice president"}
# Words after which a noun phrase's further titles are complements of its head ("for the campaign").
POST_HEAD = {"of", "for", "at", "with", "from", "in", "across", "throughout", "on", "to", "by", "who", "that", "which",
             "whose"}


def _of_country(items: list[Hit | Tok], k: int, toks: list[Tok]) -> bool:
    """Is items[k] followed by "of" (and "the") and a country's name ("the leaders of the Velmish Republic")?"""
    rest = [it for it in items[k + 1:k + 4]
            if not (isinstance(it, Tok) and it.text.lower() == "the")]
    return len(rest) >= 2 and isinstance(rest[0], Tok) and rest[0].text.lower() == "of" \
        and isinstance(rest[1], Hit) and rest[1].entries[0].kind == "country" and not rest[1].entries[0].demonym


def _possessive_at(toks: list[Tok], item: Hit, text: str) -> bool:
    """Is the hit written as a possessor ("the bill's", "the law’s")?"""
    last = toks[item.i + item.n - 1]
    return text[last.end:last.end + 2] in ("'s", "’s")


def _people_after(items: list[Hit | Tok]) -> bool:
    """Does a word for people follow ("proponents", "critics", "the sponsor")?"""
    for item in items:
        if isinstance(item, Hit):
            if item.entries[0].kind == "role" and item.entries[0].person:
                return True
        elif item.text.lower().endswith(PEOPLE_ENDINGS):
            return True
    return False


# Endings of plural nouns for people ("proponents", "supporters", "critics", "opponents").
PEOPLE_ENDINGS = ("ers", "ents", "ors", "ists", "ics", "ans")


def _member_word(item: Hit, toks: list[Tok], e: Entry, lex: Lexicon) -> bool:
    """A capitalised plural title inside a name, after a capital or 'of': the organisation's members."""
    last = toks[item.i + item.n - 1]
    if not (toks[item.i].cap and e.person and last.text.lower().endswith("s") and not e.name.endswith("s")):
        return False
    nxt = toks[item.i + item.n] if item.i + item.n < len(toks) else None
    if nxt is not None and nxt.cap and nxt.text.lower() in NAME_BODY_ENDINGS:
        return True  # "Irish Shoppers Association": the body's members, whatever comes before
    prev = toks[item.i - 1] if item.i > 0 else None
    if prev is not None and prev.cap and (prev.text.lower() in STOP_CAPS or _is_place(prev.text, lex)):
        return False  # "Kentucky Republicans", "Many Democrats": people of a place, not a name's members
    if prev is not None and item.i == 1 and prev.text.lower() in DETERMINERS:
        return False  # "the Democrats": the party's people, not a name that "the" opens
    return prev is not None and (prev.cap or prev.text.lower() in JOINERS)


def _is_place(word: str, lex: Lexicon) -> bool:
    n, entries = lex.lookup([word], 0)
    return bool(n) and entries[0].kind in ("country", "capital")


def _runs(items: list[Hit | Tok], toks: list[Tok], text: str = "") -> list[list[Hit | Tok]]:
    """Maximal runs of capitalised items (with 'of'/'for' joining capitals); a possessive ends a
    run ("Clinton's Colorado state director": Clinton, then Colorado)."""
    runs: list[list[Hit | Tok]] = []
    cur: list[Hit | Tok] = []
    for k, item in enumerate(items):
        tok = _hit_word(item, toks) if isinstance(item, Hit) else item
        cap = tok.cap and (isinstance(item, Hit) or tok.text.lower() not in STOP_CAPS
                           or tok.text.lower() in NAME_SUFFIXES)
        joiner = (not tok.cap and tok.text.lower() in JOINERS and cur and k + 1 < len(items)
                  and (_item_cap(items[k + 1], toks) or k + 2 < len(items) and _is_the(items[k + 1], toks)
                       and _item_cap(items[k + 2], toks)))
        if cap or joiner:
            cur.append(item)
            last = toks[item.i + item.n - 1] if isinstance(item, Hit) else item
            if text and isinstance(item, Tok) and text[last.end:last.end + 1] in ("'", "’") and cap:
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _place_then_name(run: list[Hit | Tok], toks: list[Tok]) -> list[list[Hit | Tok]]:
    """'envoy for Norway Ada Vell': after "for" or "to", a country and then two or more
    capitalised words closing the run are the post's place and its holder's name."""
    first = run[0]
    if len(run) < 3 or not isinstance(first, Hit) or first.entries[0].kind != "country" or first.i == 0 \
            or toks[first.i - 1].text.lower() not in ("for", "to") \
            or not all(isinstance(it, Tok) and it.cap for it in run[1:]):
        return [run]
    return [run[:1], run[1:]]


def _is_the(item: Hit | Tok, toks: list[Tok]) -> bool:
    return isinstance(item, Tok) and item.text.lower() == "the"


def _item_cap(item: Hit | Tok, toks: list[Tok]) -> bool:
    tok = toks[item.i] if isinstance(item, Hit) else item
    # a listed name of several words may open on a stop word ("University of New Hampshire")
    return tok.cap and (tok.text.lower() not in STOP_CAPS or isinstance(item, Hit) and item.n > 1)


def _titleish(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'Minister' of Defense, 'University' of X: a word of office, not a person's name, before 'of'.
    Not the first word of a longer entry ("Kamala Harris of California", though "Harris Poll" is
    listed) nor a surname spelled like a title ("Sen. Angus King of Maine")."""
    low = toks[k].text.lower()
    if low in ORG_WORDS:
        return True
    n, entries = lex.lookup([toks[k].text], 0)
    if n != 1:
        return False
    person_role = any(e.kind == "role" and e.person for e in entries)
    initial = k >= 2 and len(toks[k - 1].text) == 2 and toks[k - 1].text.endswith(".") and toks[k - 2].cap \
        and _given_like(toks[k - 2].text, lex)  # "Rep. Ada T. Bishop of Ohio"
    return not (person_role and k >= 1 and toks[k - 1].cap and (_given_like(toks[k - 1].text, lex) or initial))


def _cut(text: str, toks: list[Tok], lex: Lexicon) -> int:
    """Index of the first token after the mention's head phrase: at a comma or a post-modifier
    ("Keron Blair, executive director of ...", "advisers to Mr. Obama", "people familiar with ...")."""
    for k in range(1, len(toks)):
        if _break(text[toks[k - 1].end:toks[k].start]):
            return k
        low = toks[k].text.lower()
        if not toks[k].cap and low.endswith("ing") and len(low) > 5 and "-" not in low \
                and low not in ING_MODIFIERS:  # not "a long-standing ally", "the remaining supporters"
            return k
        if not toks[k].cap and (low.endswith("ed") and len(low) > 4 or low in IRREGULAR_PARTICIPLES) \
                and "-" not in low and not _unhyphenated_compound(toks, k) and any(
                t.text.lower() not in DETERMINERS and not _modifier_word(t.text) for t in toks[:k]):
            return k
        joined = (low in ("of", "and", "for") and toks[k - 1].cap and k + 1 < len(toks) and toks[k + 1].cap
                  and (low == "and" or _titleish(toks, k - 1, lex))) \
            or low == "of" and _inside_listed_name(toks, k, lex)
        if low in HEAD_STOPS and not joined:
            return k
    return len(toks)


def _inside_listed_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Is token ``k`` inside a listed body's or outlet's name that began with a capital just before it
    ("News of the World editor Ada Vell")?"""
    words = [t.text for t in toks]
    for start in range(max(0, k - NAME_REACH_BACK), k):
        n, entries = lex.lookup(words, start)
        if n and start + n > k + 1 and toks[start].cap and entries[0].kind in ("org", "outlet"):
            return True
    return False


# How many words before "of" a listed name may begin ("Bank for International Settlements").
NAME_REACH_BACK = 3


def _unhyphenated_compound(toks: list[Tok], k: int) -> bool:
    """'Massachusetts based company': a place and "based" written without the hyphen, before a noun."""
    return toks[k].text.lower() == "based" and toks[k - 1].cap and k + 1 < len(toks) and not toks[k + 1].cap \
        and toks[k + 1].text.lower() not in HEAD_STOPS


# -ing words that stand before a noun as its modifier ("the bill's remaining supporters", "the ruling party",
# "the polling average"), not as a participle that ends the head phrase ("officials speaking on ...").
ING_MODIFIERS = {"remaining", "leading", "ruling", "governing", "opposing", "competing", "existing", "outgoing",
                 "incoming", "founding", "visiting", "sitting", "presiding", "ranking", "dissenting",
                 "participating", "investigating", "neighboring", "neighbouring", "aspiring", "rising",
                 "polling", "voting", "spending", "funding", "fundraising", "lobbying", "consulting", "marketing",
                 "advertising", "broadcasting", "publishing", "banking", "manufacturing", "accounting", "rolling",
                 "tracking", "ongoing", "upcoming", "forthcoming", "striking", "mining", "shipping", "housing"}
# Past participles that do not end in -ed: "a company email sent by ...", "a memo written by ...".
IRREGULAR_PARTICIPLES = {"sent", "written", "made", "given", "taken", "held", "paid", "drawn", "brought", "shown",
                         "seen", "told", "sworn", "kept", "won", "led", "run", "done"}


def _item_index(item: Hit | Tok, toks: list[Tok]) -> int:
    return item.i if isinstance(item, Hit) else toks.index(item)


def _run_kind(run: list[Hit | Tok], toks: list[Tok], text: str, lex: Lexicon) -> tuple:
    """What a capitalised run names: ("person", name tokens), ("org", name, entry, affiliation),
    ("country", entry) or ("",)."""
    if _common_word_start(run, toks, lex, text):
        return ("",)
    if len(run) == 1 and isinstance(run[0], Tok) and run[0].text.isupper() and 2 <= len(run[0].text) <= ACRONYM_MAX:
        return ("org", run[0].text, None, run[0].text)  # "WVLM", "AROS": an acronym names an organisation
    if _generic_government(run, toks) or _country_word_place(run):
        return ("",)  # "the Federal Government": capitalised, as Commonwealth style writes it, but no name
    names = _trailing_names(run, lex) or _listed_tail(run, toks, lex)
    if names and all(_plausible_name(t.text) for t in names) and not _place_like(names):
        prefix = run[: len(run) - len(names)]
        aff = ""
        if prefix:
            lead = prefix[0].entries[0] if isinstance(prefix[0], Hit) else None
            if lead is not None and lead.kind == "country" and not lead.demonym:
                aff = lead.affiliation  # "Norwegian Fisheries Minister ..."
            else:
                title = _run_kind(prefix, toks, text, lex)
                if title[0] == "org" and title[2] is not None:
                    aff = title[3]
        return ("person", names, aff)
    kinds = [it.entries[0] for it in run if isinstance(it, Hit)]
    plain = [it for it in run if isinstance(it, Tok) and it.text.lower() not in JOINERS]
    orgs = [e for e in kinds if e.kind in ("org", "outlet") and not e.name.islower()]
    # words that say what a body is: titles of no person, and generic organisation words ("Ministry")
    heads = [e for e in kinds if e.kind == "role" and not e.person or e.kind == "org" and e.name.islower()]
    first = kinds[0] if kinds and isinstance(run[0], Hit) else None
    country_first = first is not None and first.kind == "country" and not first.demonym
    if len(orgs) == 1 and not plain and all(e.kind in ("org", "outlet", "country", "capital") or e is orgs[0]
                                             for e in kinds):
        aff = first.affiliation if country_first and first is not orgs[0] else orgs[0].affiliation or orgs[0].name
        return ("org", orgs[0].name, orgs[0], aff)
    if (plain or len(run) > 1) and (heads or orgs or (plain and isinstance(run[-1], Tok))):
        name = _run_text(run, toks, text)
        name = name[4:] if name.startswith(("The ", "the ")) else name
        entry = orgs[0] if orgs and not _topic_org(run, heads) else _name_head(run, heads) if heads else None
        # Words the lists do not know before a listed name make another body of that kind ("the Tartu
        # Institute for Security Studies" is not the listed Institute for Security Studies of South Africa).
        renamed = orgs and isinstance(run[0], Tok) and run[0].text.lower() not in JOINERS
        aff = first.affiliation if country_first else (
            orgs[0].affiliation if orgs and orgs[0].affiliation and not renamed else name)
        return ("org", name, entry, aff)
    if orgs:
        return ("org", orgs[0].name, orgs[0], orgs[0].affiliation or orgs[0].name)
    if len(kinds) == 1 and kinds[0].kind in ("country", "capital") and len(run) == 1:
        return ("country", kinds[0])
    if len(kinds) == 1 and kinds[0].kind == "country" and not kinds[0].demonym and isinstance(run[-1], Hit) \
            and len(plain) == len(run) - 1 and not any(t.text.lower() in COMPASS_WORDS for t in plain):
        name = _run_text(run, toks, text)  # "Nutrition Australia", "Velm Airlines Australia": a body's name
        return ("org", name, None, name)
    return ("",)


def _country_word_place(run: list[Hit | Tok]) -> bool:
    """'Indian Shores', 'American Fork': a town named with a country's word is neither a person nor the country."""
    return len(run) == 2 and isinstance(run[0], Hit) and run[0].entries[0].kind == "country" \
        and isinstance(run[1], Tok) and run[1].text.lower() in DEMONYM_PLACE_WORDS


def _generic_government(run: list[Hit | Tok], toks: list[Tok]) -> bool:
    """Is the run two or more words, all of GENERIC_GOVERNMENT (stopping at the first that is not)?"""
    words = (t.text.lower() for it in run for t in (toks[it.i:it.i + it.n] if isinstance(it, Hit) else [it]))
    n = 0
    for n, word in enumerate(words, 1):
        if word not in GENERIC_GOVERNMENT:
            return False
    return n > 1


# Capitalised words that make up no name ("the Federal Government", "the State Opposition").
GENERIC_GOVERNMENT = {"federal", "state", "national", "territory", "provincial", "local", "government",
                      "opposition"}
# Words that make a country's name a region's ("South Australia", "Western Sahara"), not a body's.
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "greater", "new", "upper", "lower", "inner", "outer", "mainland", "rural", "regional", "the"}


def _topic_org(run: list[Hit | Tok], heads: list[Entry]) -> bool:
    """'the Velm Institute for Labor Studies': a listed body after "of" or "for" is what the body works on,
    when a word saying what the body is comes before it (the Labor party does not make it a party)."""
    joint = next((k for k, it in enumerate(run) if isinstance(it, Tok) and it.text.lower() in ("of", "for")), None)
    if joint is None:
        return False
    head_before = any(isinstance(it, Hit) and it.entries[0] in heads for it in run[:joint])
    org_before = any(isinstance(it, Hit) and it.entries[0].kind in ("org", "outlet")
                     and not it.entries[0].name.islower() for it in run[:joint])
    return head_before and not org_before


def _name_head(run: list[Hit | Tok], heads: list[Entry]) -> Entry:
    """The word that says what an organisation is: the last one before 'of'/'for'
    ("Roper Center for Public Opinion Research" is a center, not research)."""
    before: list[Entry] = []
    for item in run:
        if isinstance(item, Tok) and item.text.lower() in ("of", "for"):
            break
        if isinstance(item, Hit) and item.entries[0] in heads:
            before.append(item.entries[0])
    return before[-1] if before else heads[-1]


def _drop_topic_titles(run: list[Hit | Tok], head: Entry, desc: Description) -> None:
    """'the Center for Media Justice', 'the Institute of Politics': the words after "of" or "for" in a
    body's name say what it works on, not what it is, so their titles' and bodies' evidence goes (the
    head's stays)."""
    joint = next((k for k, it in enumerate(run) if isinstance(it, Tok) and it.text.lower() in ("of", "for")), None)
    if joint is None or not any(isinstance(it, Hit) and it.entries[0] is head for it in run[:joint]):
        return
    for item in run[joint + 1:]:
        if isinstance(item, Hit) and item.entries[0].kind in ("role", "org"):
            e = item.entries[0]
            # a listed body there too ("the Velm Institute for Labor Studies" is no party)
            prios = (PRIO_ROLE, PRIO_GENERIC) if e.kind == "role" else (PRIO_ORG,)
            hit = next((k for k, ev in enumerate(desc.evidence) if ev[1:] == (e.type, e.official)
                        and ev[0] in prios), None)
            if hit is not None:
                del desc.evidence[hit]


def _classify(items: list[Hit | Tok], toks: list[Tok], desc: Description, lex: Lexicon, text: str) -> None:
    cut = _cut(text, toks, lex)
    person: list[Tok] = []
    org: tuple | None = None
    country: Entry | None = None
    affiliations: list[str] = []
    people_after = False  # a demonym after the head ("tens of millions of Americans")
    countries: list[Entry] = []
    front_items = [it for it in items if _item_index(it, toks) < cut]
    runs: list[list[Hit | Tok]] = []
    holders: set[int] = set()  # runs that are the name closing "envoy to Norway Ada Vell": it holds the post
    for run in _runs(front_items, toks, text) + _runs(items[len(front_items):], toks, text):
        parts = _place_then_name(run, toks)
        if len(parts) == 2:
            holders.add(len(runs) + 1)
        runs += parts
    holder = False
    for k, run in enumerate(runs):
        kind = _run_kind(run, toks, text, lex)
        front = _item_index(run[0], toks) < cut
        if not front and kind[0] == "person" and (
                k in holders or k == len(runs) - 1 and _glued_holder(run, kind[1], toks, text, lex)):
            front = holder = True
        if kind[0] == "person":
            if kind[2]:
                affiliations.append(kind[2])
            if front:
                if person:
                    desc.modifiers.append(" ".join(t.text for t in person))
                person = kind[1]
            elif not desc.modifiers:
                desc.back_names.append(" ".join(t.text for t in kind[1]))
        elif kind[0] == "org":
            affiliations.append(kind[3])
            if CALL_SIGN.fullmatch(kind[1]):
                desc.evidence.append((PRIO_ORG, "MED", False))  # "a report from WVLM": a broadcaster
            if kind[2] is not None and kind[2].kind == "role":
                _drop_topic_titles(run, kind[2], desc)
            if front:
                org = kind
                if kind[2] is not None and kind[2].kind == "role":
                    desc.evidence.append((PRIO_ORG, kind[2].type, kind[2].official))
            else:
                desc.back_orgs.append(kind[1])
        elif kind[0] == "country":
            affiliations.append(kind[1].affiliation)
            if front:
                country = kind[1]
                countries.append(kind[1])
            else:
                people_after = people_after or kind[1].demonym
    if affiliations:
        desc.affiliation = affiliations[0]
    if _person_role_head(front_items, toks) and not holder:
        # "a Homeland Security Department official", "Clinton aides": unnamed people of a named body.
        if person:
            desc.modifiers.append(" ".join(t.text for t in person))
        if org is not None:
            desc.modifiers.append(org[1])
        desc.kind = "group" if desc.plural else "descriptor"
        _members_named(desc, text)
        return
    if person and not holder and desc.head in POLL_WORDS and _item_index(person[-1], toks) < cut:
        # "the Velmsen poll": a poll the name stands before is the pollster's (DOC), not the person speaking
        desc.kind = "doc"
        desc.modifiers.append(" ".join(t.text for t in person))
    elif person:
        _set_person(desc, person, toks, lex)
        _drop_title_of_listed_name(desc, person, lex)
        if desc.modifiers and any(t.text.lower() == "and" for t in toks):
            desc.plural, desc.gender = True, "unknown"
            desc.name = " and ".join(desc.modifiers + [desc.name])
    elif org is not None and desc.head in lex.vague and not org[1].lower().endswith(desc.head):
        # "one Trump campaign source", "Pentagon insiders": unnamed people of a named body.
        desc.modifiers.append(org[1])
        desc.kind = "group" if desc.plural or desc.head.endswith("s") else "descriptor"
    elif org is not None and toks[0].text.lower() in ("a", "an") and not toks[-1].cap and not desc.roles \
            and not org[1].lower().endswith(toks[-1].text.lower()):
        # "a GOP field", "an NRA crowd": something of a named body, not the body
        desc.modifiers.append(org[1])
        desc.kind = "group" if desc.plural else "descriptor"
    elif org is not None and not _doc_head(desc):
        desc.kind, desc.name = "org", org[1]
        if any(e[1] != "CIT" for e in desc.evidence):
            # "the Interior Ministry Migrant Intake Office": a body serving people is not one of them
            desc.evidence = [e for e in desc.evidence if e[1] != "CIT"]
        if org[2] is None:  # "Tennis Australia": a body of no known kind is not its country's government
            desc.evidence = [e for e in desc.evidence if e[0] > PRIO_COUNTRY]
        if org[2] is not None and org[2].kind == "outlet":
            desc.affiliation = org[2].name
        desc.plural = False
    elif country is not None and len(countries) == 1 and desc.definite and desc.head in STATE_HEADS \
            and not country.demonym:
        # "the German government", "the Turkish government": the state itself speaks (named, as "Germany").
        desc.kind, desc.name, desc.plural = "country", country.name, False
    elif desc.head == "police" and (len(countries) == 1 or POLICE_OF_PLACE.search(text)):
        # "Israeli police", "police in Port Arden": the force of a named place, named by what it is (as
        # "the German government" is Germany's).
        desc.kind, desc.plural = "org", False
        desc.name = text.strip(" ,")[4:] if text.lower().startswith("the ") else text.strip(" ,")
    elif len(countries) == 1 and desc.head in NATIONAL_BODIES and not desc.plural \
            and (desc.definite or POSSESSIVE_WORD.search(text)):
        # "China's commerce ministry", "the Chinese foreign ministry": one body of a named state, named
        # by what it is (as annotated in E1 and BASIL).
        desc.kind, desc.plural = "org", False
        desc.name = text.strip(" ,")[4:] if text.lower().startswith("the ") else text.strip(" ,")
    elif len(countries) > 1 and not desc.roles and not _doc_head(desc) and " and " in text \
            and not any(c.demonym for c in countries):
        desc.kind, desc.name, desc.plural = "country", " and ".join(c.name for c in countries), True
    elif country is not None and not desc.roles and not _doc_head(desc) and len(desc.evidence) == 1 \
            and (desc.head not in lex.vague or desc.head in NATION_PEOPLE):  # "a Palestinian source": someone
        # "the Saudis" as a whole speak for their government (GOV); "Saudis", "many Saudis" are people.
        nation = country.demonym and THE_DEMONYM.fullmatch(text.strip()) is not None
        people = desc.head in NATION_PEOPLE  # "the American people", "the Iranian public"
        desc.kind, desc.name = ("group" if country.demonym and not nation or people else "country"), country.name
        if country.demonym and not nation or people:
            desc.evidence = [(PRIO_GENERIC, "CIT", False)]
            desc.plural = True
        if nation:
            desc.plural = False
        if ONE_NATIONAL.match(text.strip()):
            # "a Canadian", "one kind-hearted Canadian": one person of that nation, unnamed (CIT)
            desc.kind, desc.name, desc.plural = "descriptor", "", False
            desc.evidence = [(PRIO_GENERIC, "CIT", False)]
    elif people_after and not desc.roles and not _doc_head(desc) and PEOPLE_OF_NATION.search(text):
        # "tens of millions of Americans", "the rest of Americans": a share of a nation's people (CIT), not
        # its government
        desc.kind, desc.plural, desc.evidence = "group", True, [(PRIO_GENERIC, "CIT", False)]
    elif _doc_head(desc):
        desc.kind = "doc"
        if org is not None:
            desc.modifiers.append(org[1])
        desc.modifiers += [n for n in desc.back_orgs + desc.back_names
                           if not _topic(text, n) and not _place_where(text, n, lex)]
        if desc.head in PLATFORM_ITEMS and PLATFORM_WORD.search(text) \
                and all(PLATFORM_WORD.fullmatch(m) for m in desc.modifiers):
            # "a Facebook post", "a video on YouTube": the platform carries it; who made it is unknown (SOC)
            desc.modifiers, desc.affiliation = [], ""
            desc.evidence.insert(0, (PRIO_ROLE, "SOC", False))
    elif desc.roles or desc.head or desc.evidence:
        if desc.head in lex.vague and desc.head.endswith(("s", "people")) or desc.head == "police":
            desc.plural = True  # "Police say ... They say ...": a plural noun without an "s"
        desc.kind = "group" if desc.plural or desc.head.endswith("s") and desc.head in lex.vague else "descriptor"
    if desc.kind == "org" and desc.name.split()[-1].lower() in PARTY_MEMBERS \
            and (best_type(desc.evidence) or ("",))[0] == "POL" \
            and not any(e.kind == "org" for e in lex.phrases.get(tuple(desc.name.lower().split()), ())):
        # "House Republicans", "Senate Democrats": a party's members as a group, not a named body (but a
        # party listed under such a name, "Australian Democrats", is the party).
        desc.kind, desc.plural, desc.head = "group", True, desc.name.split()[-1].lower()
        desc.modifiers.append(desc.name)
        desc.name = ""
    elif desc.kind == "person" and desc.name and desc.name.split()[-1].lower() in PARTY_MEMBERS:
        # "Leading Democrats", "Election-harried Republicans": a capitalised word before a party's members
        # (opening a sentence, or hyphenated) makes no person's name
        desc.kind, desc.plural, desc.head = "group", True, desc.name.split()[-1].lower()
        desc.name, desc.gender = "", "unknown"
        desc.evidence = [(PRIO_ROLE, "POL", False)] + desc.evidence
    _members_named(desc, text)


# Between the items of a list: a comma (with or without "and") or "and".
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _list_of_bodies(text: str, lex: Lexicon) -> bool:
    """Is ``text`` a list of two or more countries or organisations the lists know, each whole? The last of
    three or more may be one the lists do not know ("Canada, Japan and the ring of Velmish lake
    states"): the members are still named."""
    items = [i for i in LIST_SEPARATOR.split(text.strip()) if i]
    if len(items) < 2 or len(items) > 6:
        return False
    for i, item in enumerate(items):
        words = TOKEN.findall(item)
        if words and words[0].lower() == "the":
            words = words[1:]
        n, entries = lex.lookup(words, 0) if words else (0, [])
        if n != len(words) or not any(e.kind in ("country", "org", "outlet") and not e.name.islower()
                                      for e in entries):
            # only the last item may be unknown, after two known ones ("Most voters in Ohio, Utah and
            # Iowa" lists places, not bodies)
            return i == len(items) - 1 and i >= 2
    return True


def _members_named(desc: Description, text: str) -> None:
    if NEAR_TO.search(text):
        return  # "people close to the campaign and the White House": who they are near, not who they are
    if desc.kind in ("group", "descriptor") and (desc.back_orgs or desc.back_names) and (
            INCLUDING.search(text) or desc.head in PLACE_HEADS
            or any(_joined_by_and(text, n) and not _object_of_head(text, n, desc.back_orgs + desc.back_names)
                   for n in desc.back_orgs + desc.back_names)
            or len(desc.back_names) > 1 and NAMES_IN_APPOSITION.match(text)):
        # "Other major unions, including the AFL-CIO"; "the city of Phoenix"; "Republicans and the NAACP";
        # "her rivals, Senator Bo Tamm and Governor Ana Vell"
        desc.members_named = True


# Words before a name that make it the document's subject, not its issuer ("an email about Benghazi").
TOPIC_BEFORE = re.compile(r"\b(?:about|on|over|regarding|concerning|relating to|related to|into|against|to)"
                          r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,3}$", re.IGNORECASE)


# Items social platforms carry, and the platforms, which carry them but say nothing of who made them.
PLATFORM_ITEMS = {"post", "video", "photo", "image", "clip", "meme", "message", "tweet", "page"}
PLATFORM_WORD = re.compile(r"\b(?:Twitter|Facebook|Instagram|YouTube|YouTube\.com|TikTok|Reddit|Snapchat|Tumblr|"
                           r"Weibo|WeChat|Telegram|WhatsApp)\b")
# Last words of the proper names of laws, treaties and other documents.
# ("Law" and "Bill" are left out: they end people's names too.)
LAW_NAME = re.compile(r"((?:[A-Z][\w'’\-]*\s+)+(Act|Amendment|Treaty|Accords?|Agreement|Protocol|Doctrine))\b")
# Words that say whom unnamed people are near ("people close to", "sources familiar with").
NEAR_TO = re.compile(r"\b(?:close to|familiar with|briefed on|knowledgeable about|allied with|aligned with|"
                     r"in touch with|with (?:direct |firsthand )?knowledge of|with ties to)\b", re.I)
# A plural description, then its members in apposition ("her primary rivals, Sen. Bo Tamm and Gov. Ana Vell").
NAMES_IN_APPOSITION = re.compile(r"(?:[a-z][\w'’\-]*\s+){0,4}[A-Za-z][\w\-]*s,\s+[^,]*[A-Z][^,]*\band\b[^,]*[A-Z]")
OBJECT_BEFORE = re.compile(r"\b(?:of|in|at|from|for|with|to|on)\s+(?:the\s+)?$")
AND_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")


def _object_of_head(text: str, name: str, names: list[str]) -> bool:
    """Is the name listed with "and" after one that follows a preposition ("Leaders of the Velm Senate and
    Assembly"): whose or where the people are, not members listed with them?"""
    at = text.find(name)
    before = [start for start in (text.find(n) for n in names) if 0 < start < at]
    first = max(before, default=-1)  # the name the "and" joins this one to
    return first > 0 and bool(OBJECT_BEFORE.search(text, max(0, first - 12), first))


def _joined_by_and(text: str, name: str) -> bool:
    """Is a named member listed with 'and' ("Democrats and the Sierra Club")?"""
    at = text.find(name)
    return at > 0 and bool(AND_BEFORE.search(text, max(0, at - 10), at))


def _place_where(text: str, name: str, lex: Lexicon) -> bool:
    """Is the name a listed place where a document was made ("a lawsuit filed in Chicago"), not its issuer?"""
    at = text.find(name)
    if at <= 0 or not PLACE_PREPOSITION.search(text, max(0, at - 12), at):
        return False
    n, entries = lex.lookup(name.split(), 0)
    return n == len(name.split()) and any(e.kind in ("country", "capital") for e in entries)


def _topic(text: str, name: str) -> bool:
    """Is the name what a document is about ("an email about Ostra"), not who issued it?"""
    at = text.find(name)  # titles may stand between ("a letter addressed to Chairman Ada Vell")
    return at > 0 and bool(TOPIC_BEFORE.search(text, max(0, at - 40), at))


def _glued_holder(run: list[Hit | Tok], names: list[Tok], toks: list[Tok], text: str, lex: Lexicon) -> bool:
    """'Senior forecaster with the Velm Weather Bureau Ada Korr': a name that closes the mention right
    after its body's name, with no title of its own between them, holds the title the mention opens with."""
    body = run[: len(run) - len(names)]
    if not body or isinstance(body[-1], Hit) and body[-1].entries[0].kind == "role" and body[-1].entries[0].person:
        return False  # "for the Velm Party Senator Ada Korr": the senator is someone else
    return text[names[-1].end:].strip(" ,") == "" and _run_kind(body, toks, text, lex)[0] == "org"


def _person_role_head(front: list[Hit | Tok], toks: list[Tok]) -> bool:
    """Does the head phrase end in a lower-case person title ("official", "aides")?"""
    if not front:
        return False
    last = front[-1]
    if not isinstance(last, Hit) or toks[last.i].cap:
        return False
    e = last.entries[0]
    return e.kind == "role" and e.person and e.type != "DOC"


def _common_word_start(run: list[Hit | Tok], toks: list[Tok], lex: Lexicon, text: str) -> bool:
    """'Voting rights advocates': a capital only because the mention starts a sentence."""
    if len(run) != 1 or not isinstance(run[0], Tok) or run[0] is not toks[0] or len(toks) < 2:
        return False
    low = run[0].text.lower()
    if "," in text[run[0].end:toks[1].start] or toks[1].text.lower() in DETERMINERS:
        return False
    return not toks[1].cap and low not in lex.surnames and low not in lex.first_names



_BAD_NAME = re.compile(r"['’](?:d|t|s|ll|re|ve|m)$|^\d")


def _place_like(names: list[Tok]) -> bool:
    """'Middle East', 'Broad Street', 'East Room': a place written like a two-word name."""
    return len(names) >= 2 and (names[-1].text.lower() in PLACE_LAST or names[0].text.lower() in PLACE_FIRST)


def _plausible_name(word: str) -> bool:
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return False  # "PACs", "CEOs", "NGOs": a plural of an abbreviation, not a name
    return not _BAD_NAME.search(word)


def _doc_head(desc: Description) -> bool:
    return desc.head in desc.roles and _is_doc_role(desc) or _research_paper(desc)


def _research_paper(desc: Description) -> bool:
    """'a 2014 Velm University paper': a paper by researchers is a study, not a newspaper."""
    return desc.head == "paper" and any(ev[1] == "EXP" for ev in desc.evidence)


def _is_doc_role(desc: Description) -> bool:
    return desc.head in DOC_HEADS


DOC_HEADS = {"statement", "report", "study", "assessment", "poll", "survey", "data", "figures", "document", "memo",
             "letter", "email", "analysis", "record", "census", "ad", "advertisement", "commercial", "spot", "missive",
             "book", "transcript", "website", "release", "press release", "bill", "law", "platform", "research",
             "post", "tweet", "social media", "rule", "regulation", "proposal", "plan", "video", "footage",
             "recording", "audio", "photo", "film", "documentary", "literature", "estimate", "probe",
             "investigation", "inquiry", "audit", "footnote", "findings", "forecast", "projection", "agreement",
             "accord", "treaty", "contract", "deal", "executive order", "resolution", "guidelines", "legislation",
             "amendment", "average", "examination", "review", "result", "ranking", "index", "tally", "outcome",
             "simulation", "experiment", "field test", "constitution", "statute", "tax code", "u.s. code",
             "working paper", "white paper", "research paper", "graphic", "chart", "infographic", "image",
             "photograph", "summary", "measure", "disclosure", "dossier", "diary", "manifesto", "decree", "bulletin",
             "lawsuit", "complaint", "polling", "files", "advisory opinion"}


def _trailing_names(run: list[Hit | Tok], lex: Lexicon) -> list[Tok]:
    """The person name ending a capitalised run ("... Maj. Gen. Pat Ryder" -> Pat Ryder)."""
    names: list[Tok] = []
    for k, item in enumerate(reversed(run)):
        low = item.text.lower() if isinstance(item, Tok) else ""
        if k >= 2 and low in PLACE_LAST and low not in lex.surnames and low not in lex.first_names:
            break  # "Director of Velm International Airport Ada Vell": the place ends before the name
        if k >= 1 and isinstance(item, Tok) and DESCRIPTIVE_COMPOUND.fullmatch(item.text):
            break  # "Liberal Oscar-winner Vellani": a compound with a lower-case tail describes, names nothing
        if isinstance(item, Tok) and low not in JOINERS and (
                low not in ORG_WORDS or k == 0 and _after_given_name_or_title(run, lex)):
            names.insert(0, item)
        else:
            break
    if names and all(t.text.lower() in NAME_SUFFIXES for t in names):
        return []
    while len(names) > 2 and names[0].text.lower().endswith(TITLE_SUFFIXES + PORTFOLIO_SUFFIXES) \
            and names[0].text.lower() not in lex.first_names:
        names = names[1:]  # "Climatologist Teresa Villanueva", but not "Roger J. Stone Jr."
    if names and len(names) < len(run):
        before = run[len(run) - len(names) - 1]
        if isinstance(before, Tok) and before.text.lower() in JOINERS:
            return []  # "Association of Flight Attendants": an organisation's name, not a person
        if isinstance(before, Hit) and before.entries[0].kind in ("org", "outlet") and len(names) == 1:
            return []  # "Wells Fargo Bank" style: name glued to an organisation
    return names


def _drop_title_of_listed_name(desc: Description, person: list[Tok], lex: Lexicon) -> None:
    """'Billie Jean King': the last word of a listed full name is her surname, not the title it spells, so
    it neither types nor genders her."""
    tail = person[-1].text.lower()
    if len(person) < 2 or tail not in desc.roles or " ".join(t.text for t in person).lower() not in lex.people:
        return
    title = next((e for e in lex.lookup([person[-1].text], 0)[1] if e.kind == "role"), None)
    desc.roles.remove(tail)
    if title is not None:
        spelled = (PRIO_ROLE, title.type, title.official)
        if spelled in desc.evidence:
            desc.evidence.remove(spelled)
        if title.gender in ("man", "woman") and desc.gender == title.gender:
            desc.gender = "unknown"


def _listed_tail(run: list[Hit | Tok], toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """'Tennis great Billie Jean King': a listed person's full name ending the run, though its last word is
    also a title ("King") the run would otherwise end on."""
    if not run or isinstance(run[-1], Tok):
        return []
    last = run[-1].i + run[-1].n
    for item in run[:-1]:
        words = toks[_item_index(item, toks):last]
        if len(words) > 1 and " ".join(t.text for t in words).lower() in lex.people:
            return words
    return []


def _after_given_name_or_title(run: list[Hit | Tok], lex: Lexicon) -> bool:
    """'Ms. White', 'Anna Richardson White': a surname that is also an office word, after a courtesy
    title or a listed first name (but "State" in "Secretary of State" is the office)."""
    for item in reversed(run[:-1]):  # the name's words before it, back to a title or a first name
        if isinstance(item, Hit):
            return item.entries[0].kind == "honorific"
        low = item.text.lower()
        if low in ORG_WORDS or low in JOINERS:
            return False
        if low in lex.first_names:
            return True
    return False


def _run_text(run: list[Hit | Tok], toks: list[Tok], text: str) -> str:
    first = run[0]
    last = run[-1]
    start = toks[first.i].start if isinstance(first, Hit) else first.start
    end = toks[last.i + last.n - 1].end if isinstance(last, Hit) else last.end
    return text[start:end]


def _set_person(desc: Description, person: list[Tok], toks: list[Tok], lex: Lexicon) -> None:
    word = person[0].text
    if len(person) == 1 and word.lower() not in lex.surnames:
        before = toks[toks.index(person[0]) - 1].text if toks.index(person[0]) > 0 else ""
        if len(toks) == 1 and word.lower() in lex.vague:
            desc.kind, desc.head = "group" if word.lower().endswith(("s", "people")) else "descriptor", word.lower()
            desc.plural = desc.kind == "group"  # "Critics", "Sources": a vague source, not a name
            return
        low = word.lower()
        place = low in PLACE_LAST or low in PLACE_FIRST or low in NON_NAME_WORDS or low in COMPASS_WORDS
        if (place or low in ORG_WORDS) and before.lower().rstrip(".") not in HONORIFIC_WORDS:
            desc.kind, desc.head = "descriptor", low  # "Velmton's 6th Avenue", "the 19th District": no one's name
            return
        if (word.lower().rstrip("s") in IDENTITY_WORDS or word.lower().endswith("-based")) \
                and before.lower().rstrip(".") not in HONORIFIC_WORDS:
            # "Hispanic", "Muslims", "El Paso-based": who people are, never a name.
            desc.kind, desc.plural = "group", word.endswith("s")
            desc.evidence.append((PRIO_GENERIC, "CIT", False))
            return
        if (len(toks) == 1 and word.endswith(GROUP_SUFFIXES)) or (word.endswith("s") and before[:1].isdigit()):
            desc.kind, desc.plural = "group", True  # "Birchers", "31 Latinos"
            desc.evidence.append((PRIO_GENERIC, "CIT", False))
            return
        if BRAND.fullmatch(word) or DOMAIN.search(word):
            desc.kind, desc.name = "org", word  # "EgyptAir", "GoFundMe", "Tchadinfos.com": not a person
            if NEWS_BRAND.fullmatch(word):
                desc.evidence.append((PRIO_ORG, "MED", False))
            return
        if word.isupper() and len(word) <= ACRONYM_MAX:
            desc.kind, desc.name = "org", word  # "AROS", "ACLU": an acronym names an organisation
            if CALL_SIGN.fullmatch(word):
                desc.evidence.append((PRIO_ORG, "MED", False))  # "WKOW", "KTLA": a broadcaster
            return
    if NEWS_NAME.fullmatch(person[-1].text):
        # "KING-TV", "the Sun-Times", "the Velm Times-Herald": a broadcaster or a newspaper
        desc.kind, desc.name = "org", " ".join(t.text for t in person)
        desc.evidence.append((PRIO_ORG, "MED", False))
        return
    desc.kind = "person"
    words = [t.text for t in person]
    suffix = words.pop() if len(words) > 2 and words[-1].lower() in NAME_SUFFIXES else ""
    if len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        last = words.pop()
        suffix = last if generation(words + [last]) else ""  # "Trump Jr." is the son, not "Trump"
    if len(words) > 2 and words[0].lower() not in lex.first_names:
        first = next((k for k in range(1, len(words) - 1) if words[k].lower() in lex.first_names), 0)
        # "Black Lawmakers Rip Donald Trump" (a headline) -> Donald Trump; but "Norbert Leo Butz" keeps
        # a first given name the name list lacks (one word, no listed word, no headline verb).
        lone = words[0].lower()
        if first != 1 or lex.lookup(words, 0)[0] or lone in HEADLINE_VERBS or lone + "s" in HEADLINE_VERBS:
            words = words[first:]
    desc.name = " ".join(_fix_case(w) for w in words) + (" " + _suffix(suffix) if suffix else "")
    desc.plural = False  # "Donald Trump Jr." keeps "Jr.": he is not his father
    if desc.gender == "unknown" and len(words) > 1:
        desc.gender = lex.first_names.get(words[0].lower(), "unknown")


def _suffix(word: str) -> str:
    """'jr' -> 'Jr.', 'III' -> 'III': one spelling of a name's generational suffix."""
    low = word.lower().rstrip(".")
    return low.capitalize() + "." if low in ("jr", "sr") else low.upper()


def _fix_case(word: str) -> str:
    """'PENCE' (debate transcripts) -> 'Pence'; 'McConnell' stays."""
    word = word.replace("’", "'")
    return word.capitalize() if word.isupper() and len(word) > 3 and "." not in word and "-" not in word else word


def best_type(evidence: list[tuple[float, str, bool | None]]) -> tuple[str, bool | None] | None:
    """The type of the strongest evidence; the first one wins ties (titles come before names)."""
    best = None
    for prio, type_, official in evidence:
        if best is None or prio > best[0]:
            best = (prio, type_, official)
    return (best[1], best[2]) if best else None
