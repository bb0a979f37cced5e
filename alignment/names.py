"""Names of people, places and organisations, matched across scripts and spelling conventions.

Стрелков is Strelkov in English and French and Strelkow in German; Харьков is Kharkov, Kharkiv
or Charkow; Кагарлицкий is Kagarlitsky or Kagarlitski; Бородай is Borodai or Borodaï. So a name
is compared through (1) Russian→Latin transliteration under several schemes, (2) a spelling
*skeleton* that folds the conventions of English, French and German transliteration together
(ou→u, w→v, y→i, kh→h, tch→ch, doubled letters…), (3) a small table of exonyms that no spelling
rule links (Москва/Moscow/Moscou/Moskau), and (4) fuzzy matching for inflection and the rest.

What counts as a name: a capitalised word that is not at the start of a sentence, or one at the
start that the document capitalises elsewhere too, or one whose counterpart the other document
also capitalises ("attested"). German capitalises every noun, so there only attested words count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from corpora.language import base_code
from models.base import word_level

# --- transliteration --------------------------------------------------------------------

_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
SCHEMES: dict[str, dict[str, str]] = {
    # English practice (BGN/PCGN-like): Strelkov, Kharkov, Zhilin, Kagarlitsky
    "en": {**_BASE, "ий": "y", "ый": "y"},
    # French practice: Jiline, Goubarev, Kagarlitski, Borodaï, Slaviansk, Louhansk
    "fr": {**_BASE, "ж": "j", "у": "ou", "х": "kh", "ч": "tch", "ш": "ch", "щ": "chtch",
           "ю": "iou", "я": "ia", "й": "ï", "ий": "i", "ый": "y", "ай": "aï", "ей": "eï", "ой": "oï",
           "ц": "ts"},
    # German practice: Strelkow, Charkow, Schilin, Kagarlizki
    "de": {**_BASE, "в": "w", "ж": "sh", "з": "s", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "schtsch", "ю": "ju", "я": "ja", "й": "j", "ий": "i", "ый": "y", "е": "e"},
    # Ukrainian practice for places and people of Ukraine written in Russian: г is h, и is y
    # (Горловка / Horlivka, Гнатюк / Hnatyuk)
    "uk": {**_BASE, "г": "h", "и": "y", "і": "i", "ий": "yi", "х": "kh", "ї": "i", "є": "ie"},
    # scholarly (ISO 9-like, without diacritics)
    "iso": {**_BASE, "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shh", "ю": "ju", "я": "ja",
            "й": "j", "ь": "'", "ъ": "\""},
}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def transliterate(text: str, scheme: str = "en") -> str:
    """Russian (and Ukrainian) Cyrillic → Latin under one of ``SCHEMES``; other letters kept."""
    table = SCHEMES[scheme]
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        low = ch.lower()
        pair = text[i : i + 2].lower()
        if len(pair) == 2 and pair in table and (i + 2 == len(text) or not text[i + 2].isalpha()
                                                  or pair in ("ай", "ей", "ой")):
            rep = table[pair]
            i += 2
        elif low in table:
            rep = table[low]
            i += 1
        else:
            out.append(ch)
            i += 1
            continue
        out.append(rep.capitalize() if ch.isupper() and rep else rep)
    return "".join(out)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_SKELETON_RULES = [
    ("shch", "sh"), ("chtch", "sh"), ("schtsch", "sh"), ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"),
    ("kh", "h"), ("zh", "j"), ("ou", "u"), ("w", "v"), ("y", "i"), ("ck", "k"), ("ph", "f"),
    ("tz", "ts"), ("ij", "i"), ("ii", "i"), ("j", "i"),
]


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling key that folds transliteration conventions together (Goubarev ≈ Gubarev)."""
    w = unicodedata.normalize("NFC", word).lower()
    w = re.sub(r"['’]s$", "", w)
    if _CYRILLIC.search(w):
        w = transliterate(w, "en").lower()
    w = re.sub(r"(?<![gq])([aou])e", r"\1", w)  # German umlauts spelt out: Oesterreich / Österreich
    w = _strip_accents(w)
    w = re.sub(r"[^a-z]", "", w)
    w = re.sub(r"gu(?=[ei])", "g", w).replace("x", "ks")  # Guirkine / Girkin, Alexandre / Aleksandr
    for a, b in _SKELETON_RULES:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w


@lru_cache(maxsize=65536)
def _variants(word: str) -> tuple[str, ...]:
    """Skeletons of a word under every transliteration scheme (one for Latin words)."""
    if not _CYRILLIC.search(word):
        key = skeleton(word)
        # a fleeting vowel, as Russian declension drops it: Pavel / Павлом, Lev / Льва
        fleeting = re.sub(r"[eo](?=[bcdfghjklmnpqrstvz]$)", "", key) if len(key) >= 4 else key
        return tuple(sorted({key, fleeting}))
    keys = {skeleton(transliterate(word, s)) for s in SCHEMES}
    stem = _RU_ENDING.sub("", word.lower())
    if len(stem) >= 3 and stem != word.lower():
        keys.update(skeleton(transliterate(stem, s)) for s in ("en", "uk"))
    return tuple(sorted(keys))


_RU_ENDING = re.compile(r"(ами|ями|ого|его|ому|ему|ой|ей|ою|ею|ом|ем|ым|им|ах|ях|ов|ев|ую|юю|[аяуюеиыь])$")


# Names that no spelling rule links: (prefixes of lower-case forms, any script) per entity.
EXONYMS: list[tuple[str, ...]] = [
    ("russia", "russe", "russie", "russland", "russisch", "russian", "россия", "росси", "русск",
     "russk", "rossi"),
    ("ukrain", "украин", "україн"),
    ("moscow", "moscou", "moskau", "moscov", "muscov", "москв", "москов", "moskov", "moskva"),
    ("kiev", "kyiv", "kiew", "kiév", "киев", "київ", "kyjiw"),
    ("crimea", "crimé", "krim", "крым"),
    ("chechn", "chechen", "tchétchén", "tschetschen", "чечн", "чечен"),
    ("europ", "европ"),
    ("west", "occident", "запад", "westlich", "abendland"),
    ("ussr", "urss", "ссср", "udssr", "soviet", "soviét", "sowjet", "советск"),
    ("americ", "amériq", "améric", "америк", "amerik", "usa", "сша"),
    ("belarus", "biélorus", "белорус", "беларус", "weißruss", "weissruss"),
    ("moldov", "moldav", "молдав", "молдов"),
    ("transnistr", "приднестров"),
    ("новоросси", "novoross", "nouvelle-russie", "nouvelle russie", "new russia", "new-russia",
     "neurussland"),
    ("petersburg", "pétersbourg", "петербург", "peterburg"),
    ("orthodox", "православ"),
    ("bolshevi", "bolchevi", "bolschewi", "большеви"),
    ("tsar", "czar", "царь", "царск", "царя", "царей", "zaren", "zar"),
    ("german", "allemand", "allemagne", "deutsch", "герман", "немец", "немецк"),
    ("france", "français", "französ", "франц"),
    ("switzerland", "swiss", "suisse", "schweiz", "швейцар"),
    ("kharkiv", "kharkov", "charkiw", "charkow", "харьков", "харків", "kharkiw"),
    ("donetsk", "donezk", "донецк", "donetz", "донецьк"),
    ("luhansk", "lugansk", "louhansk", "луганск", "луганськ"),
    ("sloviansk", "slaviansk", "slavyansk", "slowjansk", "славянск", "слов'янськ"),
    ("odess", "odesa", "одесс", "одеса"),
    ("lviv", "lvov", "lwów", "lemberg", "львов", "львів"),
    ("poland", "polish", "pologne", "polonais", "polen", "polnisch", "польш", "польск"),
    ("jew", "juif", "juive", "jude", "jüd", "еврей", "еврейск"),
    ("christ", "chrét", "христ"),
    ("serb", "serbe", "серб"),
    ("bosni", "босни"),
    ("china", "chine", "chinois", "chines", "китай", "китайск"),
    ("britain", "british", "britann", "britisch", "британ"),
    ("england", "english", "anglais", "angleterre", "englisch", "англи"),
    # countries, regions and cities whose names differ by language (general knowledge, not a
    # benchmark's list); an entry ending in "$" must match the whole word
    ("austria", "autriche", "autrichien", "österreich", "oesterreich", "австри"),
    ("vienna", "vienne", "wien", "вена$", "вене$", "вену$", "веной$", "венск"),
    ("hungar", "hongr", "ungar", "венгр"),
    ("india$", "indian", "inde$", "indien", "индия", "индии", "индию", "индийск"),
    ("kashmir", "cachemire", "kaschmir", "кашмир"),
    ("netherland", "pays-bas", "niederland", "нидерланд", "holland", "голланд"),
    ("spain", "spanish", "espagn", "spanien", "spanisch", "испан"),
    ("greece", "greek", "grèce", "grec$", "grecs$", "grecque", "griech", "грец", "греч", "грек"),
    ("turkey", "turkish", "turquie", "turc$", "turcs$", "turque", "türkei", "türkisch",
     "турци", "турецк", "турк"),
    ("japan", "japon", "япони", "японск"),
    ("sweden", "swedish", "suède", "suédois", "schweden", "schwedisch", "швеци", "шведск"),
    ("norway", "norweg", "norvège", "norvégien", "норвеги", "норвежск"),
    ("denmark", "danish", "danemark", "danois", "dänemark", "dänisch", "дани", "датск"),
    ("finland", "finnish", "finlande", "finnois", "finnland", "finnisch", "финлянд", "финск"),
    ("egypt", "égypt", "ägypt", "египет", "египт"),
    ("mexic", "mexiq", "mexik", "мексик"),
    ("brazil", "brésil", "brasilien", "бразил"),
    ("georgia", "géorgie", "georgien", "грузи", "грузин"),
    ("armenia", "arménie", "arménien", "armenien", "армени", "армян"),
    ("lithuan", "lituan", "litau", "литв", "литов"),
    ("latvia", "letton", "lettland", "латви", "латыш"),
    ("estonia", "estonie", "estonien", "estland", "эстони", "эстонск"),
    ("romania", "roumanie", "roumain", "rumänien", "rumänisch", "румыни", "румынск"),
    ("bulgari", "bulgare", "bulgarien", "болгар"),
    ("czech", "tchèque", "tschech", "чехи", "чешск"),
    ("croatia", "croate", "croatie", "kroat", "хорват"),
    ("asia", "asie", "asien", "asiat", "азия", "азии", "азию", "азиат"),
    ("africa", "afrique", "afrika", "африк"),
    ("london", "londres", "лондон"),
    ("warsaw", "varsovie", "warschau", "варшав"),
    ("prague", "prag$", "прага", "праге", "прагу", "пражск"),
    ("rome$", "rom$", "рим$", "рима$", "риме$", "римом$"),
    ("munich", "münchen", "мюнхен"),
    ("cologne", "köln", "кёльн", "кельн"),
    ("geneva", "genève", "genf$", "женев"),
    ("venice", "venise", "venedig", "венеци"),
    ("naples", "neapel", "napoli", "неапол"),
    ("brussels", "bruxelles", "brüssel", "брюссел"),
    ("jerusalem", "jérusalem", "иерусалим"),
    ("beijing", "pékin", "peking", "пекин"),
    ("caucas", "caucase", "kaukas", "кавказ"),
    ("siberia", "sibérie", "sibirien", "сибир"),
    ("danube", "donau", "дунай", "дуная", "дунае"),
    ("dnieper", "dniepr", "dnipro", "dnjepr", "днепр", "дніпр"),
    ("mediterran", "méditerran", "mittelmeer", "средиземн"),
    ("baltic", "baltique", "baltisch", "ostsee", "балтий", "балтик"),
]


@lru_cache(maxsize=65536)
def exonym_group(word: str) -> int | None:
    """Index of the exonym entity a word belongs to, by prefix, or None."""
    low = unicodedata.normalize("NFC", word).lower()
    low_plain = _strip_accents(low) if not _CYRILLIC.search(low) else low
    for idx, prefixes in enumerate(EXONYMS):
        for p in prefixes:
            if p.endswith("$"):
                if low == p[:-1] or low_plain == p[:-1]:
                    return idx
                continue
            p_plain = _strip_accents(p) if not _CYRILLIC.search(p) else p
            if low.startswith(p) or low_plain.startswith(p_plain):
                if p in ("zar", "jew", "serb") and len(low) > len(p) + 4:
                    continue  # short prefixes: only close forms
                return idx
    return None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=262144)
def _keys_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return False
    vowels = "aeiou"
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in vowels and b[-1] in vowels:
        return True  # short names inflected: Tula / Тулы, Duma / Думе
    diff = len(long_) - len(short)
    if long_.startswith(short) and (diff <= 2 or (diff <= 6 and len(short) >= 5) or len(short) >= 6):
        return True  # inflection (Стрелкова) or compound (Everestbesteigung)
    prefix = _common_prefix(a, b)
    if prefix >= 6 and prefix >= 0.6 * len(short):
        return True  # same stem, different ending (ukrainian / ukrainski)
    if len(short) >= 5 and abs(len(a) - len(b)) <= 3 and prefix >= 2:
        return SequenceMatcher(None, a, b).ratio() >= 0.8
    return False


def names_match(a: str, b: str) -> bool:
    """Do two words name the same thing (across scripts, spellings and inflection)?"""
    ga, gb = exonym_group(a), exonym_group(b)
    if ga is not None and ga == gb:
        return True
    return any(_keys_match(x, y) for x in _variants(a) for y in _variants(b))


# --- finding names in text ---------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_OPENERS = "«»“”„\"'‘’‹›([{—–-"
_NOT_NAMES: dict[str, set[str]] = {
    "en": {"i", "mr", "mrs", "ms", "dr", "st", "mt", "saint", "monday", "tuesday", "wednesday", "thursday",
           "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
           "july", "august", "september", "october", "november", "december", "ok"},
    "fr": {"m", "mme", "mm", "dr", "st", "ste", "saint", "sainte", "lundi", "mardi", "mercredi", "jeudi",
           "vendredi", "samedi", "dimanche", "monsieur", "madame"},
    "de": {"herr", "frau", "dr", "st", "nr", "bd", "ca", "bzw", "sankt"},
    "ru": {"г", "гг", "им", "ул", "т", "д", "санкт", "св"},
}
# Function words are never names, even capitalised ("La", "Les", "Die", "The", "В").
_FUNCTION_WORDS = set("""
the a an and or but of in on at to for from by with as is was are were be this that these those it its
he she they we you his her their our my not no if when while after before since because so than then
there here what which who whom whose where how all any some each every both such only also even
le la les l un une des du de d et ou mais en au aux par pour dans sur avec sans sous il elle ils elles
nous vous on ce cette ces cet qui que qu quoi dont où son sa ses leur leurs mon ma mes notre nos votre
ne pas plus tout tous toute toutes si comme quand lorsque car donc puis alors ainsi même
der die das den dem des ein eine einer einen einem eines und oder aber in im an am auf aus bei mit nach
von vom zu zum zur für über unter vor durch als wie wenn dass ob er sie es wir ihr ich du man sich
nicht kein keine auch noch schon nur so da dann doch hier dort dies diese dieser dieses jener jene
и в во на с со к ко о об от до по за из у для без при над под про через а но или же ли не ни что как
так это этот эта эти тот та те он она они мы вы я его её их её ещё уже только если когда чтобы
""".split())

_TITLES_EN = {"prime", "minister", "president", "general", "colonel", "governor", "chief", "staff", "mayor",
              "commander", "patriarch", "chairman", "secretary", "premier", "republic", "people", "party",
              "church", "army", "guard", "guards", "council", "congress", "parliament", "state", "empire",
              "revolution", "constitution", "ministry", "defence", "defense", "affairs", "service"}
# French capitalises titles and institutions inside quotations and formal names
# (« Premier ministre de la République », le Gouvernement): weak evidence of a name
_TITLES_FR = {"premier", "première", "ministre", "président", "présidente", "général", "colonel",
              "gouverneur", "maire", "chef", "commandant", "patriarche", "secrétaire", "république",
              "gouvernement", "parlement", "conseil", "état", "empire", "révolution", "constitution",
              "ministère", "armée", "garde", "église", "parti", "peuple"}
_DEMONYM_EN = re.compile(r".{3,}(ian|ean|an|ese|ish|ist|ists|ic|ians|eans|ans)$")
# French nouns of nationality ("les Japonais", "des Britanniques", "les Autrichiens") are
# capitalised where German writes an adjective in lower case ("japanische", "britische")
_DEMONYM_FR = re.compile(r".{3,}(ais|aises?|ois|oises?|iens|iennes?|ains|aines|iques)$")


@dataclass(frozen=True)
class NameMention:
    """A word taken for a name, where it is, and how sure we are it is one (0..1)."""

    text: str
    start: int
    end: int
    confidence: float


@dataclass
class NameContext:
    """What the whole document pair says about names (built once per document pair).

    ``caps_mid`` holds, per side, the skeletons of words capitalised in mid-sentence;
    ``attested`` the skeletons capitalised on one side whose counterpart the other side
    also capitalises somewhere.
    """

    source_lang: str = ""
    target_lang: str = ""
    caps_mid: dict[str, set[str]] = field(default_factory=lambda: {"source": set(), "target": set()})
    attested: set[str] = field(default_factory=set)
    lower_words: dict[str, set[str]] = field(default_factory=lambda: {"source": set(), "target": set()})


def _is_sentence_initial(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and (text[k].isspace() or text[k] in _OPENERS):
        k -= 1
    return k < 0 or text[k] in ".!?…:;"


def _title_case(text: str, min_words: int = 4) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= min_words and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def capitalised_words(text: str) -> list[tuple[str, int, int, bool]]:
    """(word, start, end, sentence_initial) for every capitalised word."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isupper():
            out.append((w, m.start(), m.end(), _is_sentence_initial(text, m.start())))
    return out


def build_name_context(
    source_texts: Iterable[str], target_texts: Iterable[str], source_lang: str, target_lang: str
) -> NameContext:
    """Collect the document-level evidence used to decide what is a name.

    The texts are the beads' joined sides, in order. A capitalised word is *attested* when, in
    at least half of the beads where it occurs, the other side of that bead has a capitalised
    counterpart (Makalu ↔ Makalu, Стрелков ↔ Strelkov), and some side capitalises it in
    mid-sentence outside German; a German noun translated by a French common noun
    ("Berg" ↔ "montagne") is not.
    """
    ctx = NameContext(source_lang=base_code(source_lang, ""), target_lang=base_code(target_lang, ""))
    sides = {"source": list(source_texts), "target": list(target_texts)}
    per_bead: dict[str, list[dict[str, str]]] = {"source": [], "target": []}
    for side, texts in sides.items():
        for text in texts:
            ctx.lower_words[side].update(m.group() for m in _WORD.finditer(text) if m.group()[0].islower())
            shouting = _title_case(text)
            words: dict[str, str] = {}
            for w, _s, _e, initial in capitalised_words(text):
                if len(w) < 3 or w.lower() in _FUNCTION_WORDS or (w.isupper() and len(w) > 1):
                    continue
                key = skeleton(w)
                words.setdefault(key, w)
                if not initial and not shouting:
                    ctx.caps_mid[side].add(key)
            per_bead[side].append(words)
    mid = {"source": ctx.caps_mid["source"] if ctx.source_lang != "de" else set(),
           "target": ctx.caps_mid["target"] if ctx.target_lang != "de" else set()}
    n_beads = min(len(per_bead["source"]), len(per_bead["target"]))
    for side, other in (("source", "target"), ("target", "source")):
        seen: dict[str, int] = {}
        matched: dict[str, int] = {}
        partners: dict[str, set[str]] = {}
        for k in range(n_beads):
            mine, theirs = per_bead[side][k], per_bead[other][k]
            for key, w in mine.items():
                seen[key] = seen.get(key, 0) + 1
                hits = {tk for tk, tw in theirs.items() if names_match(w, tw)}
                if hits:
                    matched[key] = matched.get(key, 0) + 1
                    partners.setdefault(key, set()).update(hits)
        for key, n in seen.items():
            m = matched.get(key, 0)
            if m and m >= 0.5 * n and (key in mid[side] or partners[key] & mid[other]):
                ctx.attested.add(key)
    return ctx


def find_names(text: str, lang: str, side: str, ctx: NameContext | None = None,
               heading: bool = False) -> list[NameMention]:
    """Words of ``text`` taken for names, each with a confidence (see the module docstring).

    ``heading``: the text is a heading, where English capitalises most words ("Who Owns the
    Vesna?"), so capitals there are weak evidence unless the document attests the name.
    """
    lang = base_code(lang)
    ctx = ctx or NameContext()
    stop = _NOT_NAMES.get(lang, set())
    title = _title_case(text) or (heading and _title_case(text, min_words=1))
    out: list[NameMention] = []
    for w, s, e, initial in capitalised_words(text):
        low = w.lower()
        if low in stop or len(w) < 2 or low in _FUNCTION_WORDS:
            continue
        key = skeleton(w)
        if not key:
            continue
        if key in ctx.attested and not (w.isupper() and title):
            conf = 0.95
        elif low in ctx.lower_words.get(side, set()):
            conf = 0.3  # the document also writes it in lower case: a common word
        elif lang == "de" or title or (w.isupper() and len(w) <= 5) or len(w) < 3:
            conf = 0.2  # German nouns, headings, acronyms (NATO/OTAN/НАТО) are not evidence
        elif initial:
            conf = 0.8 if key in ctx.caps_mid.get(side, set()) else 0.2
        else:
            conf = 0.8
        if conf == 0.8 and "de" in (ctx.source_lang, ctx.target_lang):
            # against German, whose capitals mark every noun, the cross-check is weaker
            conf = 0.45 if not (lang == "fr" and _DEMONYM_FR.match(low)) else 0.4
        if conf < 0.9 and lang == "en" and (_DEMONYM_EN.match(low) or low in _TITLES_EN):
            conf = min(conf, 0.4)  # "Libyan", "Prime Minister": capitalised in English only
        if conf < 0.9 and lang == "fr" and low in _TITLES_FR:
            conf = min(conf, 0.4)
        out.append(NameMention(w, s, e, conf))
    return out


_HYPHENATED = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)+")


def _other_side_words(text: str) -> list[str]:
    """The words of the other side, and its hyphenated compounds whole as well as spelt together:
    a transliteration may hyphenate a name the original writes as one word (Устьмолог / Ust-Molog)."""
    words = [m.group() for m in _WORD.finditer(text) if len(m.group()) >= 2]
    for m in _HYPHENATED.finditer(text):
        words += [m.group(), re.sub(r"[-‐‑]", "", m.group())]
    return words


def hyphenated_compound(text: str, start: int, end: int) -> str | None:
    """The hyphenated compound (Ust-Molog) that the word at ``start:end`` is part of, if any."""
    for m in _HYPHENATED.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.group()
    return None


def compound_matched(mentions: list[NameMention], text: str, other_text: str) -> list[NameMention]:
    """``mentions`` less those that are part of a hyphenated compound whose whole, spelt together,
    matches a word of the other side ("Ust", "Molog" of Ust-Molog against Устьмолог)."""
    others = _other_side_words(other_text)
    out = []
    for mention in mentions:
        whole = hyphenated_compound(text, mention.start, mention.end)
        joined = re.sub(r"[-‐‑]", "", whole) if whole else None
        if joined and any(names_match(joined, w) for w in others):
            continue
        out.append(mention)
    return out


def unmatched_names(
    mentions: list[NameMention], other_text: str, min_confidence: float = 0.5
) -> list[NameMention]:
    """Mentions with no counterpart anywhere among the other side's words (any case)."""
    words = _other_side_words(other_text)
    out = []
    for mention in mentions:
        if mention.confidence < min_confidence:
            continue
        if not any(names_match(mention.text, w) or inside_compound(mention.text, w) for w in words):
            out.append(mention)
    return out


def _capital_runs(text: str) -> list[list[tuple[str, int]]]:
    """Runs of capitalised words next to each other ("New Russia", "Советском Союзе"): (word, start)."""
    runs: list[list[tuple[str, int]]] = []
    last_end = -10
    for m in _WORD.finditer(text):
        w = m.group()
        if not w[0].isupper():
            last_end = -10
            continue
        if runs and text[last_end:m.start()].strip(" - ") == "" and m.start() - last_end <= 2:
            runs[-1].append((w, m.start()))
        else:
            runs.append([(w, m.start())])
        last_end = m.end()
    return runs


def _run_groups(text: str) -> set[int]:
    """Exonym groups of the words and the two-word runs of ``text`` ("new russia" → Новороссия)."""
    groups = {exonym_group(w) for w in _other_side_words(text)}
    for run in _capital_runs(text):
        for (a, _), (b, _) in zip(run, run[1:], strict=False):
            groups.add(exonym_group(f"{a} {b}"))
    groups.discard(None)
    return groups  # type: ignore[return-value]


def multiword_names_matched(unmatched: list[NameMention], all_mentions: list[NameMention], text: str,
                            lang: str, other_text: str) -> list[NameMention]:
    """The unmatched mentions that are not a lost name after all, being part of a name of several words:

    - a run whose two words name one place on the other side in one word ("New Russia" /
      Новороссии, by the exonym list);
    - a Russian common word (Советском *Союзе*, *Великой* России) next to a word of the same run
      that is matched on the other side: one name, paired through its other word.
    """
    if not unmatched:
        return unmatched
    other_groups = _run_groups(other_text)
    # paired by spelling on the other side, whatever its confidence (not merely left unreported)
    lost = {(m.start, m.end) for m in unmatched_names(all_mentions, other_text, min_confidence=0.0)}
    matched_starts = {m.start for m in all_mentions if (m.start, m.end) not in lost}
    keep = []
    for mention in unmatched:
        run = next((r for r in _capital_runs(text) if any(s == mention.start for _, s in r)), [])
        pairs = [mention.text] + [f"{a} {b}" for (a, _), (b, _) in zip(run, run[1:], strict=False)]
        if any(exonym_group(p) in other_groups for p in pairs if exonym_group(p) is not None):
            continue
        if (common_word_lemma(mention.text, lang) is not None
                and any(s in matched_starts for _, s in run if s != mention.start)):
            continue
        keep.append(mention)
    return keep


@lru_cache(maxsize=262144)
def inside_compound(name: str, word: str) -> bool:
    """Is the name the tail part of a longer compound word (Asie / Innerasien, Chine / rotchinesisch)?

    German writes names into compounds; only a part of four letters or more after the first
    three letters of the compound counts, so that a short name is not found by chance.
    """
    if _CYRILLIC.search(word) or len(word) < 8:
        return False
    key = skeleton(word)
    tail_keys = {key[k:] for k in range(3, len(key) - 3)}
    for variant in _variants(name):
        if len(variant) >= 4 and any(t.startswith(variant) for t in tail_keys):
            return True
    group = exonym_group(name)
    if group is not None:
        low = word.lower()
        return any(exonym_group(low[k:]) == group for k in range(3, len(low) - 3))
    return False


# --- translated words that look like names ------------------------------------------------

# A small bilingual lexicon (written for Parallax) that tells, for a given encoder and language
# pair, how similar the embeddings of a word and its translation are, against mismatched pairs.
_LEXICON: dict[str, list[str]] = {
    "en": ["church", "white", "world", "spring", "west", "war", "mountain", "government", "army", "river",
           "people", "black", "new", "day", "city", "party", "bridge", "letter", "king", "island"],
    "fr": ["église", "blanc", "monde", "printemps", "ouest", "guerre", "montagne", "gouvernement", "armée",
           "rivière", "peuple", "noir", "nouveau", "jour", "ville", "parti", "pont", "lettre", "roi", "île"],
    "ru": ["церковь", "белый", "мир", "весна", "запад", "война", "гора", "правительство", "армия", "река",
           "народ", "чёрный", "новый", "день", "город", "партия", "мост", "письмо", "король", "остров"],
    "de": ["Kirche", "weiß", "Welt", "Frühling", "Westen", "Krieg", "Berg", "Regierung", "Armee", "Fluss",
           "Volk", "schwarz", "neu", "Tag", "Stadt", "Partei", "Brücke", "Brief", "König", "Insel"],
}
_CUT_CACHE: dict[tuple[str, str, str], float] = {}


def word_encoder(encoder: object) -> object:
    """The encoder that judges single words: what ``encoder.words()`` offers (USE inside "e5+use",
    behind the same embedding cache), else the encoder itself.

    Sentence-level strengths do not carry over to words: e5 packs all single-word scores close
    together, so inside "e5+use" it blurs what USE alone separates. On 30 held-out capitalised
    word pairs (Russian inflected: White / Белого, People's / Народной), USE alone finds 0.73 of
    the en–ru translations and 0.67 of the en–fr ones, the combination 0.53 and 0.60, with no
    mismatched pair or different name above the cut either way (``docs/benchmarks.md``).
    """
    return word_level(encoder)


def translation_cut(encoder: object, lang_a: str, lang_b: str, as_a_whole: bool = False) -> float | None:
    """Cosine above which two words are taken as translations, for the encoder that
    :func:`word_encoder` picks and this language pair.

    Placed 60% of the way from the median similarity of mismatched lexicon pairs to the median
    of true translation pairs, so that it adapts to how the model spreads its scores.
    """
    a, b = base_code(lang_a, ""), base_code(lang_b, "")
    if a not in _LEXICON or b not in _LEXICON:
        return None
    if not as_a_whole:  # ``as_a_whole``: calibrate the encoder itself (benchmarks/word_check.py)
        encoder = word_encoder(encoder)
    key = (str(getattr(encoder, "name", id(encoder))), a, b)
    if key not in _CUT_CACHE:
        import numpy as np

        va = encoder.encode(_LEXICON[a])  # type: ignore[attr-defined]
        vb = encoder.encode(_LEXICON[b])  # type: ignore[attr-defined]
        sims = va @ vb.T
        true = float(np.median(np.diag(sims)))
        false = float(np.median(sims[~np.eye(len(sims), dtype=bool)]))
        _CUT_CACHE[key] = false + 0.6 * (true - false)
    return _CUT_CACHE[key]


def translated_by_meaning(
    queries: list[tuple[str, list[str]]], query_lang: str, other_lang: str, encoder: object
) -> list[bool]:
    """For each (word, other side's words): is one of those words its translation?

    Catches capitalised common words and exonyms that no spelling rule links ("Church" /
    "Église", "Spring" / "Printemps", "Prime" / "Premier") while two different names
    ("Gumilev" / "Douguine") stay apart.
    """
    cut = translation_cut(encoder, query_lang, other_lang)
    if cut is None or not queries:
        return [False] * len(queries)
    encoder = word_encoder(encoder)
    # a common word in an inflected form (Великой, Союзе) is compared in its dictionary form too
    forms = [(_with_lemma(q, query_lang), sorted({f for w in ws for f in _with_lemma(w, other_lang)}))
             for q, ws in queries]
    words = sorted({f for qs, os in forms for f in (*qs, *os)})
    index = {w: k for k, w in enumerate(words)}
    vecs = encoder.encode(words)  # type: ignore[attr-defined]
    out = []
    for query_forms, others in forms:
        if not others:
            out.append(False)
            continue
        best = max(float(vecs[index[q]] @ vecs[index[o]]) for q in query_forms for o in others)
        out.append(best >= cut)
    return out


_PROPER_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})
_SURNAME_END = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий)(а|у|ым|ом|е|ой|ых|ы)?$")


@lru_cache(maxsize=65536)
def common_word_lemma(word: str, lang: str) -> str | None:
    """The dictionary form of a capitalised Russian word that is a common word, not a name
    (Великой → великий, Союзе → союз, Советском → советский; None for Донбассом, Игорь,
    Екатеринбурге, Стрелков): only these may be excused as a translated word."""
    if base_code(lang, "") != "ru" or not _CYRILLIC.search(word):
        return None
    from alignment.wordcover import morph_analyzer

    parse = morph_analyzer().parse(word.lower())[0]
    tags = set(str(parse.tag).replace(" ", ",").split(","))
    if tags & _PROPER_TAGS or not morph_analyzer().word_is_known(word.lower()):
        return None
    if "NOUN" in tags and _SURNAME_END.search(word.lower()) and word[:1].isupper():
        return None  # Стрелков, Гиркин: a surname that is also a common noun's form
    return str(parse.normal_form)


def _with_lemma(word: str, lang: str) -> tuple[str, ...]:
    lemma = common_word_lemma(word, lang)
    return (word,) if lemma is None or lemma == word else (word, lemma)
