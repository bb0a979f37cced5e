"""Abbreviations that end in a full stop without ending the sentence, per language.

Three kinds, because "etc." may end a sentence while "Mr." never does:
``TITLES`` never end a sentence; ``BEFORE_NUMBER`` do not when a number follows
("p. 12", "No. 7"); ``ANYWHERE`` do not when a lower-case word or a number follows.
Keys are lower-case, without the final full stop.
"""

from __future__ import annotations

TITLES: dict[str, frozenset[str]] = {
    "en": frozenset(
        "mr mrs ms dr prof st gen col lt sgt capt cpt maj adm rev hon gov sen rep pres supt insp "
        "messrs mt ft jr sr esq rt fr sr approx cf vs viz e.g i.e".split()
    ),
    "fr": frozenset("m mm mme mmes mlle mlles dr pr me mgr st ste cf c.-à-d p.ex p. ex env vol".split()),
    "ru": frozenset(
        "г-н г-жа проф акад доц чл.-корр им ул пер просп пл наб ш пос дер ст см ср напр "
        "т.е т. е т.к т. к т.н т. н т.ч т. ч т.о т. о".split()
    ),
}

BEFORE_NUMBER: dict[str, frozenset[str]] = {
    "en": frozenset("no nos nr p pp vol vols fig figs ch chap sec art para tab ed eds ref n".split()),
    "fr": frozenset("p pp n no vol fig art chap t éd réf tab al".split()),
    "ru": frozenset("с стр т д кв гл рис табл п пп ст вып ч кн №".split()),
}

ANYWHERE: dict[str, frozenset[str]] = {
    "en": frozenset(
        "etc a.m p.m u.s u.k u.n e.u inc ltd co corp bros dept est ca c al et al ibid op cit "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split()
    ),
    "fr": frozenset(
        "etc av apr j.-c ibid op cit janv févr avr juil sept oct nov déc env s ss sq sqq".split()
    ),
    "ru": frozenset(
        "г гг в вв н.э до н.э т. д т.д т. п т.п др пр тыс млн млрд трлн руб коп долл км кг "
        "м см мм чел экз изд ред сост обл р-н оз р им ibid".split()
    ),
}


def kind_of(token: str, lang: str) -> str | None:
    """Which kind of abbreviation ``token`` (lower-case, no final dot) is in ``lang``, if any."""
    for kind, table in (("title", TITLES), ("number", BEFORE_NUMBER), ("anywhere", ANYWHERE)):
        if token in table.get(lang, frozenset()) or token in table["en"] and lang not in table:
            return kind
    return None
