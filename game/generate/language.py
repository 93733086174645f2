"""Which language a document is written in, as far as the generator needs to know: English,
or clearly another one.

The generator's patterns and word lists are English; a German or Russian text would give poor
questions, so it is refused with a message that names the language. The test is cheap and
reads a sample spread over the document: first the script (a text mostly in Cyrillic, Greek,
Chinese, Arabic ... letters), then, for Latin letters, the short function words every
sentence is made of ("der", "und", "ist" against "the", "and", "is"). A text is refused only
when another language's function words clearly outnumber English ones, so an English text
quoting a French phrase, or a page with a foreign title, is read as English.
"""

from __future__ import annotations

import re
from game.generate.errors import GenerateError
from game.i18n import _, pgettext

# How much of a document is read: this many characters from each of SAMPLE_PIECES places,
# spread from the start to the end.
SAMPLE_PIECES = 16
SAMPLE_CHARS = 4_000
# A decision needs at least this many letters (scripts) or words (function words).
MIN_LETTERS = 40
MIN_WORDS = 30
# Another script is the document's when its letters are more than this share of all letters.
SCRIPT_SHARE = 0.5
# Another language's function words must be at least this share of the words, and this many
# times as frequent as English ones.
OTHER_SHARE = 0.12
OTHER_OVER_ENGLISH = 2.5

# The languages told apart, by code (the message names them with `language_name`).
CODES = ("de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "uk", "bg", "sr", "el", "zh", "ja", "ko",
         "ar", "fa", "he", "hi", "th", "hy", "ka")


def language_name(code: str) -> str:
    """How the refusal names a language, in the game's language (made when it is shown)."""
    # Translators: each name fills {language} in "this document looks {language}"; give it the
    # form that sentence needs in your language (Russian: "на немецком языке" -> "немецком языке").
    names = {
        "de": pgettext("document language", "German"), "fr": pgettext("document language", "French"),
        "es": pgettext("document language", "Spanish"), "it": pgettext("document language", "Italian"),
        "pt": pgettext("document language", "Portuguese"), "nl": pgettext("document language", "Dutch"),
        "sv": pgettext("document language", "Swedish"), "pl": pgettext("document language", "Polish"),
        "ru": pgettext("document language", "Russian"), "uk": pgettext("document language", "Ukrainian"),
        "bg": pgettext("document language", "Bulgarian"), "sr": pgettext("document language", "Serbian"),
        "el": pgettext("document language", "Greek"), "zh": pgettext("document language", "Chinese"),
        "ja": pgettext("document language", "Japanese"), "ko": pgettext("document language", "Korean"),
        "ar": pgettext("document language", "Arabic"), "fa": pgettext("document language", "Persian"),
        "he": pgettext("document language", "Hebrew"), "hi": pgettext("document language", "Hindi"),
        "th": pgettext("document language", "Thai"), "hy": pgettext("document language", "Armenian"),
        "ka": pgettext("document language", "Georgian"),
    }
    return names[code]


# Letters of each script (the main blocks), counted with one regular expression each.
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "armenian": re.compile(r"[\u0530-\u058f]"),
    "georgian": re.compile(r"[\u10a0-\u10ff]"),
}
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[a-z\u00df-\u00ff\u0153\u0105-\u017c']+")

# Function words: short, frequent, and (for the other languages) not English words as well.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is was that for it with as on by are this which from be at "
                    "were he his its an or not have has had they their been but who also".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es "
                    "wird wurde sind werden nach bei aus oder aber wie noch einer eines über zum zur "
                    "durch als sie wir ich dass war hat haben".split()),
    "fr": frozenset("le la les et des est une du dans que qui pour pas sur au aux avec sont ce cette il "
                    "elle ont par mais plus ou été était leur nous vous je ne se sa son ses".split()),
    "es": frozenset("el la los las y que en es por con una del para se su al lo como más pero fue son "
                    "está este esta también sus entre muy sin sobre ya ha hay".split()),
    "it": frozenset("il lo gli le di che è una per con del della non sono nel nella anche alla dei degli "
                    "delle più ma questo questa ha essere gli si".split()),
    "pt": frozenset("o os e de que em um uma do da dos das na não para com por mais foi são ao à pelo "
                    "pela também seu sua ele ela isso está".split()),
    "nl": frozenset("de het een en van dat op te met voor zijn niet aan er ook als bij door werd wordt "
                    "naar maar om uit over worden deze dit".split()),
    "sv": frozenset("och är att det som en ett för på med av inte till den har var om sig vi jag de "
                    "också eller efter".split()),
    "pl": frozenset("i w z na się nie jest do że od jak po przez oraz był była są dla jego jej "
                    "tak już".split()),
}


def sample(text: str) -> str:
    """Up to SAMPLE_PIECES * SAMPLE_CHARS characters, taken from places spread over `text`."""
    if len(text) <= SAMPLE_PIECES * SAMPLE_CHARS:
        return text
    step = (len(text) - SAMPLE_CHARS) / (SAMPLE_PIECES - 1)
    return "\n".join(text[int(i * step):int(i * step) + SAMPLE_CHARS] for i in range(SAMPLE_PIECES))


def _script_language(text: str) -> str | None:
    letters = len(_LATIN.findall(text))
    counts = {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS.items()}
    total = letters + sum(counts.values())
    if total < MIN_LETTERS:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    if count / total <= SCRIPT_SHARE and not (script in ("han", "kana") and
                                             (counts["han"] + counts["kana"]) / total > SCRIPT_SHARE):
        return None
    if script in ("han", "kana"):
        return "ja" if counts["kana"] > 0.1 * (counts["han"] + counts["kana"]) else "zh"
    if script == "cyrillic":
        if re.search(r"[іїєґІЇЄҐ]", text) and not re.search(r"[ыэЫЭ]", text):
            return "uk"
        if re.search(r"[ђјљњћџЂЈЉЊЋЏ]", text):
            return "sr"
        if not re.search(r"[ыэЫЭ]", text) and re.search(r"ъ", text):
            return "bg"
        return "ru"
    if script == "arabic":
        return "fa" if len(re.findall(r"[پچژگی]", text)) > 0.02 * count else "ar"
    return {"greek": "el", "hangul": "ko", "hebrew": "he", "devanagari": "hi", "thai": "th",
            "armenian": "hy", "georgian": "ka"}[script]


def _word_language(text: str) -> str | None:
    words = _WORD.findall(text.casefold().replace("\u2019", "'"))
    if len(words) < MIN_WORDS:
        return None
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in words:
        for code, known in _FUNCTION_WORDS.items():
            if word in known:
                counts[code] += 1
    english = counts.pop("en") / len(words)
    code, hits = max(counts.items(), key=lambda item: item[1])
    share = hits / len(words)
    if share >= OTHER_SHARE and share > OTHER_OVER_ENGLISH * english:
        return code
    return None


def detect(text: str) -> str | None:
    """The code of the language of `text` (one of CODES) when it is clearly not English; None
    for English, for a mixed text that is mostly English, or for too little text to tell."""
    piece = sample(text)
    return _script_language(piece) or _word_language(piece)


def refuse_other_language(name: str, text: str) -> None:
    """Raise GenerateError, naming the file `name` and the language, when `text` is clearly not
    English: the generator's questions from it would be poor."""
    code = detect(text)
    if code is not None:
        raise GenerateError(name, _("this document looks {language}; the generator writes questions from "
                                    "English text only").format(language=language_name(code)))
