"""Patterns and tuning numbers of source resolution (stage 4, see ``resolve``).

In: nothing (module constants only).
Out: the compiled regexes, word sets and look-back limits that the ``resolve`` modules share;
each tuning number carries a comment on how it was chosen.
"""
from __future__ import annotations

import re

# Capitalised sequences that may hold a name; words of office before them are
# picked up by looking back a few words (CONTEXT_CHARS).
CAP_SEQ = re.compile(r"\b[A-Z][\w'’\-]*\.?"
                     r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?(?:[\"“][A-Z][\w'’\-]*[\"”]|[A-Z][\w'’\-]*\.?))*")
# A US party tag after a name marks an office holder: "Scott (D-Va.)", "McConnell, R-Ky.,".
PARTY_TAG = re.compile(r"\s*(?:\(|,\s*)(?:D|R|I)-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:\)|,)")
# How far back a name's title may start ("Republican presidential nominee Donald Trump").
CONTEXT_CHARS = 60
# An appositive after a name: "Jason Miller, a spokesman for the campaign, said".
# A quoted word or two may sit inside ('a self-described "citizen" reporter').
APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?([a-z](?:[^,.;:\"“”]|[\"“][\w\-]+(?:\s[\w\-]+)?[\"”]){3,100}?)"
                        r"(?=[,.;:]|[\"“”](?!\w)|\s+said\b|$)")
# Words that open a verb phrase, not a description, after "Name, ..." (see scan._verb_first).
AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
               "may", "might", "must", "does", "did"}
# Endings of adverbs that open sentences ("Notably,", "Reportedly"), never of surnames the gazetteer lacks.
ADVERB_ENDINGS = ("ably", "ibly", "ously", "ively", "edly", "ingly", "ately", "fully", "ently", "antly", "ically")
# Verbs of title-case headlines that are not reporting verbs ("Governor Names Aide To Senate Seat").
HEADLINE_VERBS = {"endorses", "names", "picks", "taps", "backs", "slams", "blasts", "rips", "hits", "vows",
                  "wins", "loses", "signs", "vetoes", "joins", "meets", "visits", "defends", "attacks",
                  "praises", "accuses", "sues", "fires", "hires", "appoints", "nominates", "launches", "unveils",
                  "rejects", "approves", "blocks", "pushes", "faces", "gets", "takes", "makes", "wants", "plans",
                  "hears", "rules", "orders", "seeks", "halts", "weighs", "eyes", "mulls", "bans", "delays", "leads",
                  "trails", "tops", "beats", "passes", "kills", "cuts", "raises", "drops", "ends", "opens",
                  # a plural subject's forms and auxiliaries ("Bolton and Vell Slam ...", "Why Vell Could Win")
                  "slam", "blast", "rip", "vow", "back", "urge", "steps", "are", "is", "was", "were", "could", "might",
                  "should", "would", "will", "must",
                  # and their past forms ("Big-Name Senator Endorsed Vell")
                  "endorsed", "slammed", "blasted", "ripped", "vowed", "rejected", "attacked", "praised", "accused",
                  "sued", "fired", "hired", "appointed", "nominated", "launched", "unveiled", "approved", "blocked",
                  "defended", "visited", "signed", "vetoed", "joined", "won", "lost", "shares", "shared"}
# Words that open a clause, not a description, after "Name, ..." ("Ada Vell, even though the union disagreed, ...").
CLAUSE_OPENERS = {"even", "though", "although", "while", "because", "if", "when", "whether", "but", "and", "or",
                  "so", "since", "unless", "whereas", "despite", "after", "before", "until", "as", "then", "not",
                  "having", "being"}  # "Vell, having met the president, said ...": a clause, not his title
# Past participles that open descriptions of a person ("Ana Vell, retired from the Navy, ...").
PARTICIPLE_TITLES = {"retired", "elected", "unnamed", "embattled", "registered", "licensed", "certified",
                     "renowned", "celebrated", "acclaimed", "self-described", "self-proclaimed", "appointed",
                     "named", "based", "married", "divorced", "widowed", "trained", "educated", "born", "raised",
                     "indicted", "convicted", "accused", "jailed", "detained", "imprisoned", "suspended",
                     "fired", "ousted", "disgraced", "beleaguered", "celebrated", "famed", "noted", "talented",
                     "decorated", "wounded", "injured", "armed", "respected", "experienced", "seasoned"}
# A description set off by commas before a name ("the owner of the Velm Golf Club, Mark Vell,"):
# it opens with a determiner and has no verb of its own; looked for this far back.
# An acronym in brackets may stand inside it ("The secretary of the Velm Workers Union (VWU), Bo Tamm,").
# "As a lung biologist, Ada Vell ..." opens with "As".
TITLE_BEFORE = re.compile(r"\s*(?:and\s+|[Aa]s\s+)?(?:[Tt]he|[Aa]n?|[A-Z][a-z]+['’]s)\s+"
                          r"(?:[^,;:\"“”()]|\([A-Z]{2,8}\))+")
TITLE_BEFORE_CHARS = 90
# A title opening the sentence with "As", before the name of its subject ("As a lung biologist, Ada Vell ...").
AS_TITLE = re.compile(r"\s*[Aa]s\s+an?\s")
BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)$")  # the acronym closing such a title, before the name
# Inside that look-back, where a later title phrase may begin ("backed the mayor"), and how many of
# them (from the name backwards, after the whole clause) are tried.
LAST_DETERMINERS = re.compile(r"\s((?:the|a|an)\s)")
TITLE_BEFORE_TRIES = 2
# Gendered pronouns in a relative clause about the person ("who spent the night on his roof").
CLAUSE_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b")
# Relative pronouns refer to what ends this close before them ("Trump, who said").
REL_GAP = 4
# A bare title ("the spokesman", "the Republican nominee") has at most this many words; longer
# descriptors ("the Philippine weather bureau") are sources of their own.
BARE_TITLE_WORDS = 3
# Upper bounds on how far back a title or pronoun looks (distinct sources, body names): keep the
# search linear in article length. PolNeAR dev articles have at most 31 sources, so normal
# articles never reach them.
LOOKBACK_SOURCES = 60
LOOKBACK_NAMES = 400
# A preposition (with any titles and list items between) right before a name: the name is an object,
# rarely what a later pronoun refers to ("songs by Lynn, Cash and LaMontagne", "director for Obama").
PREP_BEFORE = re.compile(r"\b(?:by|for|from|with|to|of|against|about|than|like|toward|towards|between|among|"
                         r"including|over|under|beat|beats|defeated|forgave|attacked|criticized)\s+"
                         r"(?:(?:[A-Z][\w'’.\-]*|the|and|or|former|[a-z]+\s+of),?\s+)*$")
PREP_LOOKBACK = 80
# A quotation (straight or curly double quotes, at most this long): names inside are the speaker's words.
QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"|''(?:[^']|'(?!')){0,600}''")  # ''I don't'': one quote
# A sentence opening with a subordinate clause: names before its first comma are not the main subject.
FRONTED = re.compile(r"\s*(?:After|When|While|As|If|Although|Though|Because|Before|Since|Asked|Unlike|Once|Until|"
                     r"In|On|At|During|Following|Despite|Amid|Like)\b")
# Sentences back (besides the current one) where a pronoun's antecedent is looked for first.
PRONOUN_REACH = 2
# How far back (characters) a bare title ("the agency", "the nominee") may find a holder by type.
TITLE_REACH = 2500
# How far after a headline's bare title ("Lawmaker urges ...") the person it stands for is looked for:
# about the subtitle and the first paragraph (PolNeAR headlines name them within ~300 characters).
HEADLINE_REACH = 600
# A bare title opening one of the first HEADLINE_LINES non-empty lines ("Justice vows restraint." under
# the headline) is the subtitle's subject, as one on the first line is the headline's.
HEADLINE_LINES = 2
# A first line longer than this is a paragraph, not a headline: texts with no line breaks (one
# paragraph per item, as broadcasters' news feeds give them) have no headline at all. The longest
# headline line in PolNeAR is about 140 characters.
HEADLINE_MAX_CHARS = 200
# How far into the next sentence a name may start and still open it ("Associate Professor Ada
# Vell, who ...": titles before the name).
LEDE_NAME_OFFSET = 30
# How many sentences after a lede's indefinite person may name them (broadcaster ledes: "A church leader
# says ... The Prime Minister ... The Reverend Ada Vell says ..."); 3 = the next one or the two after it.
LEDE_NAMED_SENTENCES = 3
# Types whose lede person may be a titled name opening the next sentence (officials are often kept unnamed).
LEDE_SAME_TYPES = {"EXP", "BUS", "NGO", "CIT", "MED"}
INDEFINITE = re.compile(r"(?:a|an)\s", re.I)
# ", a day after the envoy threatened to quit": a time phrase, not a description of the name before it.
TIME_APPOSITIVE = re.compile(r"(?:a|an|one|two|three|several|hours|days|weeks|the day|the week)\s+"
                             r"(?:(?:days?|weeks?|months?|years?|hours?)\s+)?(?:after|before|since)\b")
# Titles news uses for people it keeps unnamed ("an official said"): a named holder of the same title
# in the next sentence is someone else.
UNNAMED_HEADS = {"official", "source", "aide", "adviser", "advisor", "insider", "staffer", "person", "operative",
                 "employee", "member", "officer", "spokesman", "spokeswoman", "spokesperson"}
# An outlet's collective voice: its editorial board, editorials and headlines are the outlet speaking.
OUTLET_VOICES = {"editorial", "editorial board", "editors", "editorial page", "headline", "headlines"}
# Abbreviated and full titles that name the same office ("Sen. Graham" ... "the senator").
TITLE_SYNONYMS = {"a.g.": "attorney general",
                  "sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative",
                  "congressman": "representative", "congresswoman": "representative", "gov.": "governor",
                  "gen.": "general", "prof.": "professor", "lt.": "lieutenant", "col.": "colonel",
                  "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "dr.": "doctor", "dr": "doctor",
                  "chairwoman": "chairman", "chair": "chairman"}
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "press secretary", "press officer"}
CUE_DOC = re.compile(r"\b(statement|release|memo|letter|email|report|tweet|post|interview|filing)", re.I)
OFFICIAL_TYPES = {"GOV", "SEC", "JUD", "INT"}
# Office holders and candidates: a title of one may name a person listed as the other at that date.
POLITICAL = {"GOV", "POL"}
CLAUSE_END = re.compile(r"[.;]|$")
# The noun phrase before a relative "which"/"that": at most this many words within this many
# characters, stopping at a preposition, verb-like word or punctuation.
NOUN_BEFORE_WORDS = 5
NOUN_BEFORE_CHARS = 80
WORD_BEFORE = re.compile(r"([\w'’\-.]+)\s*")
NOUN_STOPS = {"in", "on", "at", "of", "for", "by", "with", "to", "from", "into", "about", "and", "or", "but",
              "is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says", "than",
              "as", "that", "which", "who", "could", "would", "will", "can", "may", "might", "should", "must",
              # other prepositions: "divisions over a nominee who ...", "39 among superdelegates who ..."
              "over", "among", "under", "against", "between", "like", "including", "via", "through", "across",
              "toward", "towards", "behind", "without", "within", "during", "despite", "amid", "upon", "after",
              "before", "since", "until", "beyond"}
# Documents a speaker issues ("said in a statement" ... "the statement said"; "X reported" ...
# "the report said"). Polls and studies are not linked to whoever cites them.
ISSUED_HEADS = {"statement", "release", "letter", "memo", "email", "tweet", "post", "report"}
# A mention that starts with an age or a relative clause belongs to the name before it.
LEADING_CLAUSE = re.compile(r"\d{1,3}\b|who\b|which\b")
# Indirect speech whose content starts with a pronoun is mostly about the speaker
# ("Janssens said he would meet ...").
SELF_PRONOUN = re.compile(r"(?:that\s+)?(he|she)\b", re.I)
# Relative clauses that say an organisation is a business ("which operates the docks").
BUSINESS_CLAUSE = re.compile(r"\b(?:which|that)\s+(?:operates|runs|owns|makes|sells|builds|produces|manufactures|"
                             r"supplies|employs|exports|imports)\b")
# Sentences at the top of the body searched for a dateline (titles and section names come first
# when the ingest keeps them).
DATELINE_LINES = 4
# A dateline at the start of the body when the metadata has none: "NAIROBI, Feb 11 (Wire) -".
BODY_DATELINE = re.compile(r"\s*([A-Z][A-Z .'\-]{2,30}?)\s*(?:,|\(|-|–|—)")
# Up to four capitalised words right before an organisation word ("European" Commission).
NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,4}$")
WHICH_NEXT = re.compile(r",\s*which\b")
# A workplace noun right after capitalised words makes them its name, not a person's ("the Velm Millwork
# factory", "the Arden Creek mine").
FACILITY_AFTER = re.compile(r"\s+(?:factory|plant|mine|mill|store|shop|restaurant|hotel|hospital|school|college|"
                            r"company|firm|airport|station|farm|refinery|smelter|warehouse)\b")
# The outlet speaking of itself.
OWN_VOICE = re.compile(r"(?:this|our) (?:newspaper|paper|news agency|agency|outlet|website|site|reporters?|"
                       r"correspondents?|reporting)\b")
# A possessive pronoun before words that are its owner's ("his statement", "her account",
# "their campaign"); not kin or staff ("her husband", "his spokesman" are other people).
OWNED_WORDS = re.compile(r"(his|her|its|their|whose)\s+(?:[a-z][\w\-]*\s+){0,2}(?:statement|account|remarks|comments|"
                         r"words|speech|testimony|interview|book|memoir|letter|tweets?|posts?|program|show|"
                         r"column|op-ed|essay|article|website|blog|campaign|office|team|administration|findings|"
                         r"conclusions|demands?|warnings?|pledges?|promises?|claims?|arguments?|pleas?|appeals?|"
                         r"messages?|announcement|explanation|version)\b",
                         re.IGNORECASE)
# A social-media account and who holds it: "the Twitter handle of the Velm Senate", "the ministry's official
# Facebook page", "its Weibo account" (the holder speaks).
SOCIAL_PLATFORMS = r"(?:Twitter|Facebook|Instagram|YouTube|TikTok|Weibo|WeChat|Telegram|LinkedIn|X)"
ACCOUNT_WORDS = r"(?:handle|account|page|feed|channel|profile)"
ACCOUNT_OF = re.compile(r"\b(?:official\s+)?" + SOCIAL_PLATFORMS + r"\s+" + ACCOUNT_WORDS
                        + r"\s+of\s+((?:the\s+)?[^,;:()]+?)\s*(?=[,;:(]|$)")
ACCOUNT_OWNED = re.compile(r"((?:[Tt]he\s+)?[^,;:()]+?)(?:['’]s)?\s+"
                           r"(?:official\s+)?" + SOCIAL_PLATFORMS + r"\s+" + ACCOUNT_WORDS + r"\b")
# A possessive pronoun opening a document's mention ("Its report", "their survey"): the issuer.
POSSESSIVE_OPENER = re.compile(r"(his|her|its|their)\s", re.IGNORECASE)
NAME_POSSESSIVE = re.compile(r"((?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+)['’]s\s")  # "Ada Vell's study"
# The same words further inside a mention, after "of": "excerpts of his speech", "a copy of her letter",
# "more than 1,100 pages of Ada Brell's emails" (see NAME_OWNED).
OWNED_INSIDE = re.compile(r"(?:[\w\-,.]+\s+){1,5}?of\s+")
# What someone else makes of those words ("a review of her emails", "a video of his remarks"): not theirs.
WORK_ABOUT = re.compile(r"\b(?:review|examination|analysis|investigation|study|audit|probe|fact-check|assessment|"
                        r"critique|video|footage)\b", re.IGNORECASE)
# A definite title's possession: "the Democratic nominee's campaign", "the senator's office". The title
# is resolved like a bare title ("the nominee") and the campaign is that person's voice.
POSSESSED = re.compile(r"((?:the|The)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)['’]s\s+(?:[a-z][\w\-]*\s+){0,2}?"
                       r"(?:statement|account|remarks|comments|words|speech|testimony|interview|book|memoir|letter|"
                       r"tweets?|posts?|campaign|office|team|administration|bureaucracy|leadership|management)\b")
# Who issued a document, written right after it: "The poll by the Mizani Institute", "a report from
# the Velmar Fund", "The survey, released on Monday by ..." (an organisation; a person only after "by").
ISSUER_AFTER = re.compile(r"(?:,\s+[a-z]+ed\s+(?:\w+\s+){0,4}?(?=by\s)|\s+)(by|from|of)\s+(?:the\s+)?"
                          r"([A-Z][\w'’\-.&]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?[A-Z][\w'’\-.&]*)*)")
# A sentence that opens on the research just announced and names who did it ("The study conducted by the
# Velm Institute ...", "The survey by the Velm Bureau and Ardell Research ...": the first is the issuer).
ISSUER_NEXT = re.compile(r"\s*(?:The|This)\s+(?:[a-z]+\s+)?(?:study|survey|report|research|analysis|assessment|"
                         r"review|paper|poll|audit)\b,?\s+(?:(?:[a-z]+ed|carried out|done)\s+(?:jointly\s+)?)?by\s+"
                         r"(?:the\s+)?([A-Z][\w'’\-.&]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?[A-Z][\w'’\-.&]*)*)")
# "A new report claims ... The Velmbank Trends bulletin says ...": the next sentence opens on a named
# document; its name is the first one's issuer.
NAMED_DOC_NEXT = re.compile(r"\s*The\s+((?:[A-Z][\w'’\-.&]*\s+){1,5})(?:study|survey|report|research|analysis|"
                            r"assessment|review|paper|poll|audit|bulletin|index|forecast|figures)\b")
# "The spokeswoman, Ada Vell," after "a spokeswoman ...": a title in apposition to a name (%s: the title).
APPOSITION_AFTER = r"\b[Tt]he %s, ((?:[A-Z][\w'’.\-]*\s?){2,4}),"
# "In a statement, the union said": a document phrase that opens the sentence; its speaker is the
# name after the phrase's comma (LEAD_IN_GAP: the rest of the phrase, at most LEAD_IN_CHARS long).
IN_DOC = re.compile(r"\b[Ii]n\s+$")
LEAD_IN_CHARS = 100
LEAD_IN_GAP = re.compile(r"[^.;:\"“”,]{0,%d},\s+(?:the\s+|The\s+)?" % LEAD_IN_CHARS)
# A preposition that makes the name after it a complement of the title ("a spokesman for ...");
# not "of", which belongs to titles ("Former secretary of state Ada Brell").
COMPLEMENT = re.compile(r"\b(?:for|to|with|at|from|by|under|in|near|outside)\b", re.IGNORECASE)
# Documents that write down what someone said: the named source just spoken of said it.
SPEAKER_DOCS = {"transcript"}
# Who sent a message, inside its mention: "a letter from ...", "a statement signed by ..." (not "released by":
# a memo or report released by an office is still a document of its own).
SENDER = re.compile(r"\s(?:(?:signed|sent|written)\s+(?:by|from)|from)\s+(\S.*?)[\s,]*$", re.S)
# Where the sender's phrase ends: its addressee or topic ("... to the attorney general", "... urging ...").
SENDER_END = re.compile(r",?\s+(?:to|on|about|urging|asking|calling|demanding|that|which)\s")
# Pronoun phrases that stand for "they" ("they all"; "all of them" is describe's PARTITIVE).
PRONOUN_GROUP = re.compile(r"(?:they|them)\s+(?:all|both)", re.IGNORECASE)
# Nouns for a body that an appositive may name ("The group, WeWorkers Coalition, formed ...").
BODY_NOUNS = {"group", "organization", "organisation", "coalition", "company", "firm", "union", "agency", "committee",
              "campaign", "charity", "nonprofit", "network", "alliance", "association", "foundation", "institute"}
# Bare nouns for a body whose name need not hold the noun ("Velm Watch ... the group"), with the types
# of the organisation they may stand for ("" = one the lists do not type).
_GROUP_KINDS = frozenset({"NGO", "POL", "OTH", ""})
BODY_KINDS = {"group": _GROUP_KINDS, "organization": _GROUP_KINDS, "organisation": _GROUP_KINDS,
              "coalition": _GROUP_KINDS, "charity": frozenset({"NGO", ""}), "nonprofit": frozenset({"NGO", ""}),
              "party": frozenset({"POL"}), "site": frozenset({"MED", ""}), "website": frozenset({"MED", ""}),
              "company": frozenset({"BUS", "MED", ""}), "firm": frozenset({"BUS", "EXP", ""}),
              **dict.fromkeys(("giant", "maker", "automaker", "carmaker", "chipmaker", "conglomerate"),
                              frozenset({"BUS", ""}))}
# Heads of a description of the public, whatever words come with them ("the crowd in the arena",
# "the community"): never a thing that refers back to someone.
PUBLIC_HEADS = {"public", "community", "crowd", "audience", "onlookers", "bystanders", "passersby"}
# Nouns for an unnamed part of a body's people ("the Republican establishment", "the party's base"):
# a group of its own, never the body itself nor a person; "the media" and "the press" likewise are many
# outlets, never the one person whose title says "media".
COLLECTIVE_HEADS = {"establishment", "base", "wing", "faithful", "elite", "elites", "grassroots", "rank-and-file",
                    "old guard", "donor class", "media", "press"}
# Family ties: a relative of a public figure does not share the figure's type.
KINSHIP = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower",
           "spouse", "niece", "nephew", "cousin", "aunt", "uncle", "grandmother", "grandfather", "grandson",
           "granddaughter", "parent", "relative", "family"}
# Words a story uses for a person already named rather than for a new one ("the billionaire real estate
# magnate" after "Velk"): a definite one refers back to the person just spoken of.
EPITHETS = {"billionaire", "magnate", "mogul", "tycoon", "front-runner", "frontrunner", "nominee", "hopeful",
            "contender", "challenger", "incumbent", "newcomer", "celebrity", "star", "businessman",
            "businesswoman", "real estate developer", "developer", "entrepreneur", "outsider", "insurgent", "veteran"}
# A person described by age alone: "the 43-year-old".
AGE_TITLE = re.compile(r"the\s+(?:[a-z][\w\-]*\s+){0,2}\d{1,3}-year-old", re.IGNORECASE)
# A named person's words inside a mention: "pages of Ada Brell's emails", "a copy of Brell's speech".
NAME_OWNED = re.compile(r"([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}?"
                        r"(?:statements?|remarks|comments|speech|testimony|emails?|messages?|letters?|memos?|"
                        r"tweets?|posts?|book|memoir)\b")
# A named writer's piece standing for its writer: "Tuttle's article", "Ada Vell's latest column".
NAME_PIECE = re.compile(r"([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}?"
                        r"(?:article|column|op-ed|essay|piece|blog post)\s*$")
# A named person's own staff speaking as one: "Vell's office", "Ada Vell's campaign" (as "her office").
NAME_BODY = re.compile(r"([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})['’]s?\s+(?:campaign|office|team)\s*$")
# A short mention that names a campaign ("the Obama campaign", "the president's re-election campaign").
CAMPAIGN_END = re.compile(r"^[^,;:()]{0,60}?\b(?:re-?election\s+)?campaign\s*$", re.I)
# A relative clause closing a mention ("..., who was then at the Velm School of Medicine").
TRAILING_RELATIVE = re.compile(r",\s*(?:who|whose|which)\b.*$", re.DOTALL)
# A parenthesis closing a mention (a party tag, "(R-Ohio)").
TRAILING_PARENS = re.compile(r"\s*\([^()]*\)$")
# A lower-case noun right after a name: the name modifies it ("the Brell administration").
MODIFIED_NOUN = re.compile(r"\s[a-z]")
# A plural that counts people just named: "the two", "both men", "the three candidates", "the pair".
# A news item and the outlet that ran it ("An article in the Velm Gazette", "a story in New York magazine").
NEWS_ITEMS = {"article", "story", "piece", "column", "editorial", "op-ed", "interview", "feature"}
ITEM_IN_OUTLET = re.compile(r"\bin\s+(?:the\s+|The\s+)?([A-Z][\w'’\-.&]*(?:\s+[A-Z][\w'’\-.&]*)*"
                            r"(?:\s+magazine)?)")
# A "source" that is a clause, not a noun phrase ("letting the president run on"): it holds a
# title word but is no one the title can refer back to.
CLAUSE_NAME = re.compile(r"[a-z]+ing\s")
# "neither" alone or before "of", not "Neither Republicans nor Democrats"
COUNTED_GROUP = re.compile(r"(?:the\s+(two|three|four|pair|couple|duo)|"
                           r"(both|(?:each|neither|either)(?=\s*$|\s+of\b)))\b", re.IGNORECASE)
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "pair": 2, "couple": 2, "duo": 2, "both": 2,
               "each": 2, "neither": 2, "either": 2}  # "Vell and Tamm ..., each saying": most often a pair
# Between a person's name and a relative "who" that still speaks of that person: an appositive
# ("Ada Brell, a county delegate and party donor who ..."); a phrase with "of"/"for"/"to" may
# end in another person ("the wife of a man who ...") and does not count.
APPOSITIVE_GAP = re.compile(r"\s*,\s+(?:a|an|the|his|her)\s"
                            r"(?:(?!\b(?:of|for|to|with|from|at|by)\b)[^,;:.\"“”()])*?,?\s*$")
# How far before a relative "who" the name of such an appositive may end.
APPOSITIVE_REACH = 120
# What a name is said to be right after it: "X was elected mayor of Ostra", "X, who is a senior
# fellow at Y". Only phrases holding a lexicon title count.
# "one of the ..." said of someone with a verb of being ("Vell remains one of the few mayors ...").
ONE_OF = re.compile(r"one of (?:the|those)\b", re.IGNORECASE)
COPULA_BEFORE = re.compile(r"\b(?:is|was|remains|remained|became|becomes|has been|had been)\s+$")
COPULA = re.compile(r",?\s+(?:who\s+)?(?:is|was|has been|had been|became|becomes)\s+(?:(?:elected|named|"
                    r"appointed|sworn in)\s+)?(?:as\s+)?((?:the |a |an )?[a-z][^,.;:\"“”]{2,80}?)(?=[,.;:\"“”]|$)")
# A participle with its agent or partner after a copula ("arrested by police", "married to a senator"):
# something done to a person, never a title (but "hired by the Velm Company" says whom she works for).
PASSIVE_PHRASE = re.compile(r"(?!(?:hired|employed|appointed|retained|contracted|commissioned|engaged)\b)"
                            r"(?:[a-z]+ed|born|seen|held|taken|shot|hit|beaten|known)\s+(?:by|to|with|at|from)\b")
# A body written right after a name: "Terry Vell from the Velm Workers Union" (not "of", which also
# gives places and families: "Ana Vell of Houston").
BODY_AFTER_NAME = re.compile(r"\s+(?:from|with|at)\s+the\s+((?:[A-Z][\w'’&.\-]*\s?){1,6})")
# After a lone surname: an appositive or a copula may follow (checked before the costlier patterns).
SAID_TO_BE = re.compile(r",\s+[a-z]|\s+(?:who|is|was|has|had|became|becomes)\s")
# A relative clause inside a description (its head phrase ends there).
RELATIVE = re.compile(r"(?:^|\s)(?:who|that|which)\s")
# A relative clause about a thing ("a union that backs Senator Brell"): names in it are
# not whose the person is (a "who" clause is about the person and keeps them).
THING_CLAUSE = re.compile(r"\s(?:that|which)\s")
WORD_BEFORE_REL = re.compile(r"([\w\-]+),?\s+$")
NAME_ENDINGS = {"jr.", "sr."}
# A relative clause about the thing an appositive names, inside a mention.
APPOSITIVE_THING = re.compile(r",[^,]*?\s(that|which)\s")
# "the former governor": a title its holder no longer has, of one of these types.
FORMER = re.compile(r"\bformer\b", re.I)
FORMER_TYPES = {"GOV", "POL", "SEC", "JUD", "INT"}
# A definite document that "it" may stand for ("the bill", "the new report", "its platform", "Monday's memo").
THING_DOC = re.compile(r"\b(?:the|this|that|its|their|[A-Z][a-z]+day['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?"
                       r"(?:bill|law|legislation|measure|report|study|survey|memo|platform|proposal|plan|amendment|"
                       r"resolution|document|constitution|treaty|agreement|deal|rule)\b")
# Heads of definite descriptions and the words of organisation names they refer back to
# ("the school" ... Velmar University); other heads must be a word of the name ("the fund").
ORG_HEAD_WORDS = {"school": {"school", "university", "college", "academy"},
                  "university": {"university", "college"}, "college": {"college", "university"},
                  "newspaper": {"times", "post", "journal", "herald", "tribune", "gazette", "newspaper"},
                  "paper": {"times", "post", "journal", "herald", "tribune", "gazette", "newspaper"},
                  "tabloid": {"news", "post", "mail", "sun", "mirror", "star", "daily", "tabloid"},
                  "bureau": {"bureau", "fbi"},  # "the bureau" after "the FBI"
                  "bloc": {"union", "eu", "e.u.", "asean", "mercosur"},  # "the 28-nation bloc": the European Union
                  "alliance": {"alliance", "nato"}}
# "61 percent of Americans", "8 in 10 caucus voters", "a majority of voters":
# poll respondents, i.e. the public (CIT) whatever party they lean to.
POLL_SHARE = re.compile(r"(?:about |nearly |almost |roughly |around |approximately |at least |fewer than |less than |"
                        r"more than |"
                        r"over |under |just |only |some )?"
                        r"(?:\d[\d,.]*\s*(?:%|percent|per cent|in \d+|out of \d+)|"
                        r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|ten|eleven|twelve|"
                        r"[a-z]+teen) (?:percent|per cent)|"
                        r"(?:one|two|three|four|five|six|seven|eight|nine) (?:in|out of) "
                        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
                        r"(?:two|three)-(?:thirds|quarters|fifths)(?: of|(?=\s*$))|"
                        r"(?:a |the )?(?:(?:large|small|slim|narrow|strong|clear|big|vast|high|low|solid|wide) )?"
                        r"(?:majority|minority|plurality|third|quarter|half|fifth|percentage|share)(?: of|(?=\s*$)))"
                        r"(?!\w)", re.I)  # "Almost half said ...": a share of those asked, "of them" left unsaid
PUBLIC_ROLES = {"voter", "republican", "democrat", "democratic", "independent", "american", "resident",
                "citizen", "respondent", "adult", "people", "person", "supporter", "member", "parent",
                "student", "worker", "gop", "party"}
# A bare plural "reports" are news reports (DESIGN §6: a news story is MED).
NEWS_REPORTS = {"reports", "news reports", "media reports", "press reports", "published reports"}
# ... and so are plural reports with only common words before them and no issuer ("several published
# reports citing aides", "a run of damaging reports"); not reports of a named or official kind.
PLURAL_REPORTS = re.compile(r"(?:[a-z][\w\-]*\s+){0,4}reports\b")
REPORT_OPENERS = {"several", "some", "many", "multiple", "numerous", "other", "recent", "earlier", "new", "a", "the",
                  "two", "three", "both", "conflicting", "published", "news", "media", "press"}
OFFICIAL_REPORT_WORDS = {"police", "court", "intelligence", "autopsy", "financial", "earnings", "government",
                         "official", "medical", "lab", "annual", "quarterly", "credit", "inspection", "audit",
                         "incident", "crime", "arrest", "state", "federal", "internal", "agency", "committee"}
DOC_ROLES = {"poll", "survey", "polls", "data"}  # "voters going to the polls" stays a share of voters
# Documents that stay DOC even when a news outlet issued them (a media poll is a poll, DESIGN §6).
POLL_HEADS = {"poll", "survey", "polls", "surveys", "data", "figures", "census", "estimate", "forecast", "projection",
              "average"}
# A poll written with its maker's name ("a new Monmouth University poll", "the CNN/ORC survey").
# A lower-case "the", "of" or "and" may join its capitalised words ("the Rock the Vote poll").
NAMED_POLL = re.compile(r"((?:[A-Z][\w.&/'’\-]*\s+(?:(?:the|of|and)\s+(?=[A-Z]))?){1,5})(?:[Pp]oll|[Ss]urvey)\b")
POLL_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest", "in"}
# How far back "the survey" looks for a named poll: about two paragraphs (set by hand; one such
# mention in the PolNeAR sets A-M of notes/sources_dev*, a few hundred characters after its poll).
POLL_REACH = 1200
# How far ahead an unnamed "a fresh poll" (or a headline's "Poll") looks for the named poll the next
# sentences describe ("... a fresh poll suggests. A Velm College poll found ..."): about the lead.
POLL_AHEAD = 600
# A headline's "poll finds" is the article's poll, which the text may name only after a few quoted people:
# about the first five paragraphs.
HEADLINE_POLL_AHEAD = 1500
# Endings of nouns for people ("libertarian", "campaigner", "lobbyist"), as describe's TITLE_SUFFIXES.
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent")
# Heads that end as "resident" or "voter" do but count a share of those polled ("the 2 percent who favoured
# her", "the same number"): no person.
SHARE_WORDS = ("percent", "cent", "number")
# "34,000 people", "dozens of people": a count of people is the public at large (CIT).
COUNTED_PEOPLE = re.compile(r"(?:the )?(?:about |nearly |some |more than |at least )?"
                            r"(?:\d[\d,.]*(?: million| thousand)?|"
                            r"dozens of|hundreds of|thousands of|millions of|tens of thousands of|"
                            r"[a-z]+[ -](?:thousand|million)) "
                            r"(?:people|residents|fans|onlookers|americans|voters|workers)\b", re.I)
# Quantifiers that speak for the public at large (DESIGN §6 CIT), not insiders ("sources"). A bare "some" or
# "many" says nothing of who speaks: left untyped (OTH, or the article's prevailing type), as annotated in
# 10 of the 19 dev mentions of bare quantifiers (CIT in 9, mostly "most", "anyone", "everyone").
GENERAL_PUBLIC = {"everyone", "everybody", "anyone", "anybody", "people", "many people", "most people",
                  "some people", "others", "many others", "most", "few", "no one", "nobody",
                  "the public", "the people", "ordinary people"}
# The people a poll asked ("those surveyed", "adults polled"): respondents, the public (CIT).
POLLED_PEOPLE = re.compile(r"(?:[Tt]hose|[Pp]eople|[Aa]dults|[Vv]oters|[Rr]esidents)\s+"
                           r"(?:surveyed|polled|questioned|interviewed|sampled)\b")
CLAUSE_BREAKS = ",;:\"“”()\n"
NORMAL_WORD = re.compile(r"[\w'’\-.]+")
# A group led by a pronoun ("she and her aides", "he and other leaders").
LEAD_PRONOUN = re.compile(r"(?:[Bb]oth\s+)?(he|she|He|She)\s+and\s+")
SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'\- ]{1,40}):\s")

# What a person or body says or does, as the subject of a report ("The speech argued ..."): the speaker
# or actor just spoken of, when the article names no other.
SPOKEN_THINGS = {"speech", "remarks", "comments", "address", "testimony", "interview", "message",
                 "announcement", "move", "decision", "argument", "policy", "policies", "proposals",
                 "campaign speech", "op-ed", "column", "veto", "pledge", "promise", "response", "reply"}
# A reporting verb right after a pronoun makes it the speaker ("they said"). Narrower than the attribution's
# cue: "they warned" or "they found" after a group may start a new subject (PolNeAR dev pool: 1 fewer).
SPEAKER_AFTER = re.compile(r"\s+(?:said|say|says|told|added|claimed|claim|claims|reported|stated)\b")
# Types a principal lends the staff who speak for them ("a spokeswoman for Rep. Vell" is POL).
PRINCIPAL_TYPES = {"GOV", "POL", "SEC", "JUD", "BUS", "NGO"}
# Listed principals whose staff of a business title (managers, agents) do not take their type: a celebrity's
# or an athlete's managers are a business ("bin Laden's spokesman" still speaks for an armed movement).
PRIVATE_PRINCIPALS = {"OTH", "CIT"}
# Lower-case words after a demonym that make it an adjective ("Israeli scientists", "French farm workers").
ATTRIBUTIVE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s\b")
# Words of a story on research: its "authors" are researchers.
RESEARCH_WORDS = re.compile(r"\b(?:stud(?:y|ies)|research(?:ers)?|journal|findings|survey|scientists?)\b", re.I)
# A ranking that only a body already named can answer to ("the country's second largest bank").
RANKED = re.compile(r"\b(?:biggest|largest|smallest|oldest|leading|second|third|fourth|fifth|top)\b", re.IGNORECASE)
# Words for a research document that also name newspapers ("the paper").
RESEARCH_PAPER_WORDS = {"paper"}
# Words for a business that refer back to any company named before ("Velmair ... the company says").
BUSINESS_HEADS = {"company", "firm", "airline", "carrier", "insurer", "retailer", "miner", "manufacturer", "lender",
                  "giant", "maker", "automaker", "carmaker", "chipmaker", "conglomerate"}
# How many words a definite business epithet may have ("the online retail giant").
BUSINESS_EPITHET_WORDS = 5
# A preposition of place right before a name ("In Velmton, a voter said", "in Ostrava, he taught ..."): the
# name says where, not who.
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout)\s+$", re.I)
