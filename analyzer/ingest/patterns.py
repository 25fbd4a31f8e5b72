"""Regular expressions and word lists that recognise kinds of page lines.

In: nothing. Out: compiled patterns used by the dump extractor's features,
by the removal reasons and by the metadata reader. They are written from how
page furniture is worded across many sites (not from any one site).
"""
from __future__ import annotations

import re

URL = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.I)
HAS_URL = re.compile(r"https?://|www\.\w", re.I)
# Bounded parts, so that a long run of "@" or of non-space characters cannot make these backtrack.
EMAIL = re.compile(r"^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.[A-Za-z]{2,24}$")
HAS_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.[A-Za-z]{2,24}")
PHONE = re.compile(r"^\+?[\d ()./-]{7,}$")
NUMBER = re.compile(r"^[-+]?[\d.,:%/ ]+$")
PLAIN_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$")
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# One token of a line that is only a date and/or a time ("06:14 GMT 01.11.2024",
# "Nov. 19, 2019", "28 October, 14:12 GMT", "5:50 PM", "Updated 3 hours ago").
_DATE_TOKEN = re.compile(
    r"^(?:[\d./:+-]+|\d{1,2}(?:st|nd|rd|th)|" + _MONTHS + r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|"
    r"[ap]\.?m\.?|gmt|utc|[ecmpa][sd]t|cet|cest|eet|eest|bst|ist|amt|msk|jst|kst|hkt|sgt|wib|aest|aedt|sast|"
    r"at|on|published|updated|posted|modified|last|"
    r"minutes?|hours?|days?|weeks?|months?|ago)$", re.I)
DATE_LINE_MAX_CHARS = 60


def is_date_line(text: str) -> bool:
    """True for a line made only of date and time words, holding at least one digit."""
    if len(text) > DATE_LINE_MAX_CHARS or not any(c.isdigit() for c in text):
        return False
    tokens = [t for t in re.split(r"[\s,|()]+", text.strip(" :")) if t]
    return bool(tokens) and all(_DATE_TOKEN.match(t.strip(":")) for t in tokens)


HAS_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b" + _MONTHS +
                      r"\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+" + _MONTHS + r"\s+\d{4}\b", re.I)
TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
RIGHTS = re.compile(r"rights reserved|copyright|alle rechte|tous droits|derechos reservados", re.I)
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.I)
# Photo credits: "© AP Photo / Name", "(Reed Saxon / Associated Press)", "Photo: Getty Images",
# "REUTERS / POOL", "Image credit: ...".
CREDIT = re.compile(
    r"^©|^\(?(?:photo|image|picture|credit|foto|bild)s?(?:\s+credit)?\s*(?::|©|/\s)|"
    r"(?:getty images|^getty|reuters|associated press|\bap photo\b|\bafp\b|shutterstock|epa|"
    r"\bpool\b|file photo|ria novosti|sputnik / |tass|(?:submitted|staff|contributed|courtesy) photo)\s*\)?$|"
    r"^\([^()]{2,60}/[^()]{2,60}\)$|^[A-Z][A-Z .'-]+ / [A-Z][A-Z .'-]+$", re.I)
CAPTION_START = re.compile(
    r"^(?:in this (?:photo|image|file|picture|undated|handout)|file\s*(?:photo)?\s*[-:–]|"
    r"\(?file\)|pictured|above[:,]|top[:,]|this (?:photo|image|picture)|a (?:photo|picture|screenshot))", re.I)
# "- Sputnik International, 1920, 01.11.2024": the caption tail some CMSs append.
CAPTION_TAIL = re.compile(r"\s[-–—]\s[^-–—]{2,60},\s*\d{3,4},\s*\d{2}\.\d{2}\.\d{4}$|"
                          r"\((?:photo|image|ap photo|reuters|getty)[^()]*\)$", re.I)
# "Story continues below", "Continue reading": the article goes on after a gallery or an ad.
CONTINUES_BELOW = re.compile(r"\b(?:story|article|text) continues\b|^continue reading\b", re.I)
# Labels that introduce a related story inside the body.
TEASER_LABEL = re.compile(
    r"^(?:analysis|opinion|related|related (?:stories|articles|coverage|content|news|links|posts|topics)|"
    r"read more|read also|tags?|topics|more in [\w &]+|latest news|popular|what'?s new|in case you missed it|"
    r"trending(?: news| now)?|you might also like|more to explore|recent posts|leave a (?:comment|reply)|"
    r"also read|see also|more on this|recommended|you may also like|don'?t miss|more from|more stories|"
    r"most read|most popular|trending|watch|video|podcast|also on \w+|further reading|"
    r"read next|up next|latest|more coverage|more news|top stories|editor'?s picks?|must read|"
    # the author box that follows the article
    r"about the author|about (?:the )?writer|über(?: den autor| die autorin)?|sobre o autor|sobre el autor|"
    r"à propos de l'auteur|"
    # related-story labels of other languages
    r"weitere beiträge(?: zum thema)?|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|"
    r"leia também|veja também|posts relacionados|artigos relacionados|lire aussi|à lire aussi|"
    r"sur le même sujet|leggi anche|articoli correlati|lee también|noticias relacionadas|"
    r"artículos relacionados|te puede interesar)\W*$", re.I)
TEASER_PREFIX = re.compile(r"^(?:read more|related|see also|also read|read also|more|watch|listen)\s*[:|>»-]\s*\S",
                           re.I)
WIDGET = re.compile(
    r"\b(?:subscribe|subscription|subscriber|newsletter|sign up|sign in|log ?in|log out|register|"
    r"share|tweet|facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|instagram|youtube|"
    r"e-?mail|print|comments?|reply|follow us|follow|app store|google play|android|ios app|apk|"
    r"advertisement|sponsored|cookies?|accept|loading|copy link|copied|bookmark|save|download|"
    r"listen|audio|rss|feed|get short url|like us|cancel|submit|search|chats?|loader|"
    r"join|discussion|notifications?|alerts?|donate|support us|whatsapp|viber|vk|ok\.ru|"
    r"close|gallery|slideshow|enlarge|expand|caption|previous|next)\b", re.I)
FOOTER = re.compile(
    r"\b(?:about us|contact(?: us)?|terms(?: of (?:use|service))?|privacy(?: policy)?|cookie policy|"
    r"careers|advertise|site ?map|press info|imprint|impressum|accessibility|all rights reserved|"
    r"copyright|corrections|ethics|masthead|faq|help|jobs|reprints?|permissions|legal|disclaimer)\b", re.I)
BYLINE = re.compile(r"^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+[A-Z\u00c0-\u024f][\w.'\u00c0-\u024f-]+(?:\s+[\w.'\u00c0-\u024f-]+){0,4}"
                    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[\w.'-]+){0,3})*$")
# Bylines are short; BYLINE (nested repeats) is only tried on lines up to this long.
BYLINE_MAX_CHARS = 200


def is_byline(text: str) -> bool:
    return len(text) <= BYLINE_MAX_CHARS and bool(BYLINE.match(text))


BY_ALONE = re.compile(r"^(?:by|von|par|por|di|door|written by|author)[:]?$", re.I)
PERSON_NAME = re.compile(r"^[A-Z\u00c0-\u024f][a-z\u00e0-\u024f'.-]+(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u024f][a-z\u00e0-\u024f'.-]+|"
                         r"van|von|de|der|da|di|del|la|le|bin|al)){1,3}$")
# "WASHINGTON (Sputnik) -", "LONDON, Nov 1 (Reuters) -", "KYIV, Ukraine (AP) —", "BERLIN -".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u00c0-\u00de-]+(?:[ -][A-Z][A-Z.'\u00c0-\u00de-]+){0,3})"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?\s*[-–—:]\s")
# "section: news | slug: ...": key-value pairs a CMS printed into the page.
KEY_VALUE = re.compile(r"^[\w-]{2,20}:\s*[^|]{0,200}\|\s*[\w-]{2,20}:")
# A dateline sits in the first characters of a paragraph; matching only those keeps
# DATELINE (whose repeats overlap) fast on long lines.
DATELINE_SCAN_CHARS = 120


def dateline_match(text: str) -> "re.Match[str] | None":
    return DATELINE.match(text[:DATELINE_SCAN_CHARS])


TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")
SITE_SUFFIX = re.compile(r"\s+[-|–—:·•]\s+([^-|–—:·•]{2,60})$")
# A tag list: at least three comma-separated items of 1-40 characters without sentence
# punctuation. Checked by splitting, not by a regex, which backtracked badly on long lines.
TAG_LIST_MAX_CHARS = 800
_TAG_ITEM_BAD = re.compile(r"[.;!?]")


def is_tag_list(text: str) -> bool:
    if len(text) > TAG_LIST_MAX_CHARS or _TAG_ITEM_BAD.search(text):
        return False
    items = text.split(",")
    return len(items) >= 3 and bool(items[0]) and all(
        1 <= len(x) <= 40 and x.strip() for x in [items[0]] + [x.lstrip() for x in items[1:]])
LOCALE = re.compile(r"^[a-z]{2}(?:[_-][A-Za-z]{2})?$")
BOOL_ISH = re.compile(r"^(?:true|false|yes|no|none|null|on|off|all|index|follow|noindex|nofollow|website|article|"
                      r"summary|summary_large_image|image/\w+|text/html|en|width=.*|.*initial-scale.*)$", re.I)
# A line of its own that opens a reader comment ("said:", "says:", "Reply").
COMMENT_HEAD = re.compile(r"^(?:said|says|wrote|writes|commented|replied|reply|antworten|répondre|responder)\s*:?$", re.I)
