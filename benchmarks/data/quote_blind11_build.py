"""Build the blind quotation set quote_blind11 from one table (standard library only).

Story: in a January cold spell a heating main bursts in the invented town of Zarechinsk and 146
apartment blocks go without heat for sixty-one hours. Four Russian source documents (D1 an
interview with the heat supply company's director, D2 the city administration's official
statement, D3 an extract from the minutes of a meeting at the city prosecutor's office, D4 a
resident's social-media post, the near-miss document) and 48 English / French quotations.
Sentence ids (d1_04) are defined here: they number the sentences of each document from 01, in
order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind11_build.py

writes quote_blind11.tsv, quote_blind11_labels.tsv, quote_blind11_sources.ru.txt and
quote_blind11_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind11"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью генерального директора ООО «Заречинские тепловые сети» Игоря Ступина газете "
           "«Заречинский вестник», 20 января 2026 года", [
        ["В ночь на четырнадцатое января в Заречинске при морозе минус тридцать восемь градусов прорвало "
         "магистральный трубопровод у котельной на Заводской улице.",
         "О причинах аварии и о том, кто за неё ответит, мы поговорили с генеральным директором компании "
         "«Заречинские тепловые сети» Игорем Ступиным."],
        ["— Игорь Анатольевич, что произошло той ночью?"],
        ["— В два часа сорок минут ночи дежурный диспетчер заметил резкое падение давления в сети.",
         "Через двадцать минут аварийная бригада нашла место порыва: на трубе диаметром пятьсот миллиметров "
         "образовалась трещина длиной почти в метр.",
         "Чтобы не разморозить всю систему, нам пришлось отключить от отопления сто сорок шесть "
         "многоквартирных домов."],
        ["— Почему ремонт занял так много времени?"],
        ["— Мы работали круглосуточно: на месте были сорок наших ремонтников и три бригады из соседних "
         "городов.",
         "Но при таком морозе металл ведёт себя непредсказуемо, и сварку несколько раз приходилось начинать "
         "заново.",
         "Первые дома мы подключили через тридцать часов, а полностью тепло вернулось вечером шестнадцатого "
         "января, спустя шестьдесят один час после аварии.",
         "Я понимаю, что для людей это были очень тяжёлые двое с лишним суток, и прошу у всех прощения."],
        ["— Говорят, этот участок давно нужно было менять."],
        ["— Это правда, и скрывать этого я не буду.",
         "Трубу проложили в тысяча девятьсот семьдесят восьмом году, и заменить её мы планировали ещё "
         "позапрошлым летом.",
         "Тогда денег хватило только на самые аварийные участки, а этот по результатам испытаний к ним не "
         "относился.",
         "Сегодня пятьдесят восемь процентов из девяноста четырёх километров наших сетей выработали "
         "нормативный срок службы."],
        ["— Сколько труб удалось заменить в прошлом году?"],
        ["— По плану мы должны были заменить четыре километра, а заменили тысячу триста метров.",
         "На большее не хватило денег: тариф на тепло в прошлом году вырос всего на четыре процента, а трубы "
         "и работы подорожали почти на треть.",
         "Мы не ищем оправданий, но без денег сети за один сезон не обновить."],
        ["— Кто заплатит за лопнувшие батареи в квартирах?"],
        ["— Мы уже получили от жильцов больше ста заявлений о возмещении ущерба.",
         "Каждое рассмотрим в течение месяца, и если причиной ущерба стала авария на наших сетях, компания "
         "возместит его полностью.",
         "Для этого к заявлению достаточно приложить акт управляющей компании и фотографии."],
        ["— Вы не боитесь уголовного дела?"],
        ["— Я готов отвечать за свои решения и полностью сотрудничаю со следствием.",
         "Но найти виноватого всегда проще, чем найти деньги на новые трубы.",
         "Этим летом мы заменим не меньше пяти километров сетей, если город и область помогут нам с "
         "финансированием."],
    ]),
    ("D2", "Официальное сообщение администрации города Заречинска, 15 января 2026 года", [
        ["В ночь на четырнадцатое января из-за порыва магистрального трубопровода без отопления остались сто "
         "сорок шесть многоквартирных домов в микрорайоне «Северный».",
         "В них проживают около одиннадцати тысяч человек.",
         "В городе введён режим чрезвычайной ситуации муниципального характера."],
        ["Глава города Ольга Бережная возглавила штаб по ликвидации последствий аварии, который работает "
         "круглосуточно.",
         "Из областного центра доставлены три передвижные котельные, они уже обогревают здания двух школ и "
         "Дома культуры."],
        ["В микрорайоне «Северный» работают четыре пункта обогрева, где можно согреться, выпить горячего чая "
         "и получить горячее питание.",
         "Социальные работники и волонтёры бесплатно раздали тысячу двести электрических обогревателей "
         "жителям, которые не могут покинуть квартиры.",
         "Одиноких пожилых жителей сотрудники соцзащиты обходят поквартирно."],
        ["Занятия в шести школах, попавших в зону отключения, отменены до конца недели.",
         "Восемь детских садов микрорайона временно не работают, дети могут посещать другие сады города."],
        ["Администрация просит жителей не обогревать квартиры газовыми плитами и духовками.",
         "Это опасно для жизни: за последние сутки в городе зафиксированы два случая отравления угарным "
         "газом.",
         "Оставлять включённые обогреватели без присмотра также нельзя."],
        ["Плата за отопление за январь будет пересчитана для всех квартир в домах, которые остались без "
         "тепла.",
         "Семьи с детьми из этих домов получат единовременную выплату в размере пяти тысяч рублей из "
         "городского бюджета.",
         "Заявление на выплату можно подать в многофункциональном центре до конца февраля."],
        ["Администрация направила в прокуратуру все документы о состоянии тепловых сетей и о выполнении "
         "компанией «Заречинские тепловые сети» плана ремонта.",
         "Глава города поручила до первого марта подготовить программу замены изношенных сетей на ближайшие "
         "пять лет.",
         "Администрация благодарит ремонтников, волонтёров и всех жителей, которые помогали соседям в эти "
         "дни."],
    ]),
    ("D3", "Выписка из протокола совещания в прокуратуре города Заречинска по итогам аварии на тепловых "
           "сетях, 22 января 2026 года", [
        ["Совещание провёл прокурор города Вадим Сабуров.",
         "Присутствовали заместитель главы города по жилищно-коммунальному хозяйству Денис Корольков, "
         "генеральный директор ООО «Заречинские тепловые сети» Игорь Ступин, главный инженер компании Роман "
         "Векшин и инспектор Ростехнадзора Лилия Гарипова."],
        ["Прокурор сообщил, что по факту аварии возбуждено уголовное дело об оказании услуг, не отвечающих "
         "требованиям безопасности.",
         "Обвинение пока никому не предъявлено.",
         "Кроме того, прокуратура проверяет, как компания расходовала средства, выделенные на ремонт сетей в "
         "2024 и 2025 годах."],
        ["Лилия Гарипова сообщила, что последние гидравлические испытания прорвавшегося участка проводились "
         "в августе 2025 года.",
         "По её словам, акт испытаний подписан, однако журнал с результатами замеров на этом участке найти не "
         "удалось.",
         "Гарипова также указала, что в 2025 году компания получила два предписания об устранении нарушений "
         "на магистральных сетях и выполнила только одно из них."],
        ["Роман Векшин пояснил, что журнал замеров вёлся на бумаге и мог быть утерян при переезде "
         "диспетчерской службы.",
         "Он утверждал, что испытания проводились по всем правилам и участок их выдержал.",
         "По мнению Векшина, причиной порыва стала скрытая коррозия металла, которую невозможно обнаружить, "
         "не вскрывая теплотрассу."],
        ["Денис Корольков сообщил, что город получил от жителей триста восемьдесят обращений, связанных с "
         "аварией.",
         "Сто двенадцать из них касаются повреждённого имущества, в том числе в двадцати трёх квартирах "
         "лопнули батареи.",
         "Корольков признал, что резервной схемы теплоснабжения для микрорайона «Северный» не существует.",
         "По его словам, на строительство резервной перемычки потребуется около ста тридцати миллионов "
         "рублей, которых в городском бюджете нет."],
        ["Игорь Ступин заявил, что компания ничего не скрывает и готова передать следствию любые документы.",
         "Он напомнил, что в 2024 году компания трижды обращалась в администрацию с просьбой поддержать "
         "повышение тарифа, но поддержки не получила.",
         "Корольков возразил, что тарифы устанавливает не город, а областной комитет по тарифам."],
        ["Прокурор поручил компании в течение десяти дней представить сведения обо всех участках сетей, "
         "срок службы которых истёк.",
         "Администрации предложено до пятнадцатого февраля проверить готовность резервных источников тепла "
         "во всех школах, детских садах и домах престарелых города.",
         "Ростехнадзору рекомендовано провести внеплановую проверку компании, не дожидаясь окончания "
         "следствия.",
         "О результатах проверок участники совещания доложат прокурору не позднее двадцатого февраля."],
    ]),
    ("D4", "Пост жительницы микрорайона «Северный» Ксении Лаптевой в социальной сети, 24 января 2026 года", [
        ["Пишу, чтобы все знали, как это было на самом деле.",
         "Без тепла сидел почти весь город, а не какие-то отдельные дома, как пишут в новостях.",
         "Трое суток мы жили в пуховиках, а на улице было под сорок пять."],
        ["У меня двое детей, младшему три года.",
         "Первую ночь мы спали все вместе на одной кровати под тремя одеялами, и всё равно было холодно.",
         "К утру в квартире было плюс девять градусов."],
        ["Обогреватели, говорят, раздавали, но до нашего подъезда так никто и не дошёл.",
         "Их вроде бы досталось от силы паре сотен человек, остальные выкручивались сами.",
         "С маленьким ребёнком в пункт обогрева не набегаешься, тем более в такой мороз."],
        ["Трубы, говорят, не меняли с шестидесятых годов, все об этом знали и все молчали.",
         "Теперь директора теплосетей, по слухам, уже арестовали, только нам от этого не теплее.",
         "Батареи в нашем доме разморозило почти у всех, а у соседки снизу лопнули сразу две."],
        ["Обещают по десять тысяч на каждую семью, но я поверю, когда увижу деньги на карте.",
         "Ремонтникам, которые на таком морозе стояли по колено в воде, я низко кланяюсь.",
         "А тем, кто годами экономил на трубах, должно быть стыдно."],
        ["Все школы в городе закрыли на неделю, и дети сидели дома в холоде.",
         "Младшего не взяли даже в другой садик, хотя по телевизору говорили, что можно.",
         "Я никого не хочу пугать, но следующую такую зиму наш дом может просто не пережить."],
        ["Соседи, спасибо вам за горячий чай, за удлинители и за то, что никто не остался один.",
         "Давайте держаться вместе и добиваться, чтобы трубы заменили до следующей зимы."],
    ]),
]

# 15 unrelated sentences in the same registers (town news, an interview, a city press office, a
# prosecutor's check, a social-media post); they are in no document.
UNRELATED = [
    "На набережной Заречинска открылся новый каток, вход на него бесплатный.",
    "Городская библиотека продлила часы работы по субботам до восьми вечера.",
    "— Расскажите, с чего начиналась ваша компания?",
    "— Мы начинали с двух котельных и десятка сотрудников.",
    "Администрация города напоминает о сроках уплаты земельного налога.",
    "С первого февраля изменится расписание пригородных автобусов до посёлка Луговой.",
    "Прокуратура района проверила, как соблюдаются трудовые права работников местной пекарни.",
    "По итогам проверки директору пекарни внесено представление об устранении нарушений.",
    "Присутствовали представители профсоюза и трудовой инспекции.",
    "Девочки, кто знает хорошего детского стоматолога в нашем районе?",
    "Котик нашёлся, спасибо всем, кто делал репост!",
    "Управляющая компания обещает покрасить подъезды до конца весны.",
    "Снегоуборочная техника работала всю ночь, улицы в центре расчищены.",
    "Синоптики обещают потепление к концу недели.",
    "В пятой школе прошёл городской конкурс чтецов.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_19"],
     "There wasn't enough money to do more: last year the heating tariff went up by just 4 per cent, "
     "while pipes and labour became almost a third more expensive.",
     "L'argent a manqué pour faire davantage : l'an dernier, le tarif du chauffage n'a augmenté que de "
     "quatre pour cent, alors que les tuyaux et les travaux ont renchéri de près d'un tiers.",
     "faithful; На большее не хватило денег = there wasn't enough money to do more / l'argent a manqué; "
     "numbers as digits in en, words in fr; почти на треть = almost a third / près d'un tiers", None),
    ("q02", S, F, "", ["d1_20"],
     "We're not looking for excuses, but without money you cannot renew a network in a single season.",
     "Nous ne cherchons pas d'excuses, mais sans argent, impossible de renouveler un réseau en une seule "
     "saison.",
     "faithful; не обновить (one-word negated infinitive) = you cannot renew / impossible de renouveler",
     None),
    ("q03", S, F, "", ["d2_07"],
     "A total of 1,200 electric heaters have been handed out free of charge by social workers and "
     "volunteers to residents who are unable to leave their flats.",
     "Travailleurs sociaux et bénévoles ont distribué gratuitement mille deux cents radiateurs électriques "
     "aux habitants qui ne peuvent pas quitter leur logement.",
     "faithful; active turned passive in en; тысячу двести = 1,200 / mille deux cents; near-miss d4_08 "
     "says a couple of hundred people at most got one", None),
    ("q04", S, F, "", ["d2_13"],
     "Heaters that are switched on must not be left unattended either.",
     "Il ne faut pas non plus laisser un radiateur allumé sans surveillance.",
     "faithful; нельзя (one-word negation) = must not / il ne faut pas", None),
    ("q05", S, F, "", ["d3_07"],
     "According to her, the test certificate was signed, but the logbook with the readings for that "
     "section could not be found.",
     "Selon elle, le procès-verbal des essais aurait bien été signé, mais le registre des mesures de ce "
     "tronçon reste introuvable.",
     "faithful; French conditional for reported speech (по её словам); найти не удалось = could not be "
     "found / reste introuvable", None),
    ("q06", S, F, "", ["d3_08"],
     "Garipova also pointed out that in 2025 the company had received two orders to remedy violations on "
     "its trunk networks and had complied with only one of them.",
     "Garipova a également relevé qu'en 2025, la société avait reçu deux injonctions de remédier à des "
     "infractions sur ses réseaux principaux et n'en avait exécuté qu'une seule.",
     "faithful; предписания = orders / injonctions; выполнила только одно = complied with only one / n'en "
     "avait exécuté qu'une seule", None),
    ("q07", S, F, "", ["d3_12"],
     "Denis Korolkov said the town had received 380 complaints from residents in connection with the "
     "accident.",
     "Denis Korolkov a indiqué que la ville avait reçu trois cent quatre-vingts requêtes d'habitants liées "
     "à l'accident.",
     "faithful; numbers as digits in en, words in fr; обращений = complaints / requêtes", None),
    ("q08", S, F, "", ["d4_03"],
     "For three days and nights we lived in our down jackets, and outside it was nearly minus forty-five.",
     "Pendant trois jours, nous avons vécu en doudoune, et dehors il faisait près de moins 45.",
     "faithful rendering of the near-miss sentence d4_03 (D1 d1_10: sixty-one hours; D1 d1_01: minus "
     "thirty-eight); трое суток = three days and nights / trois jours; под сорок пять = nearly minus "
     "forty-five / près de moins 45", None),
    ("q09", S, F, "", ["d4_09"],
     "With a little one you can't keep running back and forth to a warming centre, especially in a frost "
     "like this.",
     "Avec un petit, on ne peut pas faire des allers-retours au point de chauffage, surtout par un froid "
     "pareil.",
     "faithful; D4's own sentence; не набегаешься (idiom, negated) = you can't keep running back and forth "
     "/ on ne peut pas faire des allers-retours; в пункт обогрева (accusative) = warming centre", None),
    ("q10", S, F, "", ["d4_11"],
     "Word is the heating company's director has now been arrested, but that doesn't make us any warmer.",
     "Le directeur du réseau de chaleur aurait déjà été arrêté, à ce qu'on raconte, mais ça ne nous "
     "réchauffe pas pour autant.",
     "faithful rendering of the near-miss sentence d4_11 (D3 d3_04: no one has been charged); по слухам = "
     "word is / à ce qu'on raconte; active turned passive; нам от этого не теплее = doesn't make us any "
     "warmer / ça ne nous réchauffe pas", None),
    ("q11", S, F, "", ["d4_14"],
     "I take my hat off to the repair crews who stood knee-deep in water in that bitter cold.",
     "Chapeau bas aux réparateurs qui sont restés dans l'eau jusqu'aux genoux par un froid pareil.",
     "faithful; D4's own sentence; я низко кланяюсь (idiom) = I take my hat off / chapeau bas; clauses "
     "reordered; contains the term of q42", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_26", "d1_27"],
     "I am ready to answer for my decisions, and I am cooperating fully with the investigation. But "
     "finding a scapegoat is always easier than finding money for new pipes.",
     "Je suis prêt à répondre de mes décisions et je coopère pleinement avec l'enquête. Mais il est "
     "toujours plus facile de trouver un bouc émissaire que de trouver de l'argent pour de nouveaux "
     "tuyaux.",
     "faithful; найти виноватого (literally find the guilty one) = finding a scapegoat / trouver un bouc "
     "émissaire; contains the term of q39", None),
    ("q13", L, F, "", ["d2_11", "d2_12"],
     "The administration urges residents not to heat their flats with gas cookers and ovens. It is "
     "life-threatening: two cases of carbon monoxide poisoning have been recorded in the town in the past "
     "24 hours.",
     "L'administration demande aux habitants de ne pas chauffer leur logement avec la cuisinière ou le four "
     "à gaz. C'est un danger mortel : deux cas d'intoxication au monoxyde de carbone ont été enregistrés en "
     "ville au cours des dernières vingt-quatre heures.",
     "faithful; за последние сутки = in the past 24 hours / au cours des dernières vingt-quatre heures; "
     "опасно для жизни = life-threatening / danger mortel", None),
    ("q14", L, F, "", ["d3_10", "d3_11"],
     "He maintained that the tests had been carried out by the book and that the section had passed them. "
     "In Vekshin's view, the burst was caused by hidden corrosion of the metal, which cannot be detected "
     "without digging up the pipe.",
     "Il a soutenu que les essais avaient été menés dans les règles et que le tronçon les avait passés avec "
     "succès. Selon Vekchine, la rupture serait due à une corrosion cachée du métal, impossible à détecter "
     "sans mettre la conduite à nu.",
     "faithful; по всем правилам = by the book / dans les règles; невозможно (one-word negation) = cannot "
     "/ impossible; Векшина (genitive) = Vekshin / Vekchine; French conditional for an opinion; contains "
     "the term of q41", None),
    ("q15", L, F, "", ["d4_04", "d4_05"],
     "I have two kids, and the younger one is three. That first night we all slept together in one bed "
     "under three blankets, and we were still cold.",
     "J'ai deux enfants, le petit dernier a trois ans. La première nuit, nous avons tous dormi ensemble "
     "dans un seul lit sous trois couvertures, et nous avions quand même froid.",
     "faithful; D4's own sentences; всё равно = still / quand même", None),
    ("q16", L, F, "", ["d2_14", "d2_15"],
     "Heating charges for January will be recalculated for every flat in the buildings that were left "
     "without heat. Families with children living in those buildings will receive a one-off payment of "
     "5,000 roubles from the city budget.",
     "La facture de chauffage de janvier sera recalculée pour tous les appartements des immeubles privés "
     "de chauffage. Les familles avec enfants de ces immeubles toucheront une aide exceptionnelle de cinq "
     "mille roubles prise sur le budget municipal.",
     "faithful; numbers as digits in en, words in fr; near-miss d4_13 says ten thousand for every family",
     None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_04", "d1_05", "d1_06"],
     "At 2:40 in the morning the duty dispatcher noticed a sharp drop in pressure in the network. Twenty "
     "minutes later an emergency crew found the rupture: a crack almost a metre long had opened up in a "
     "pipe 500 millimetres across. To stop the whole system from freezing, we had to cut off heating to "
     "146 apartment blocks.",
     "À deux heures quarante du matin, le répartiteur de garde a remarqué une brusque chute de pression "
     "dans le réseau. Vingt minutes plus tard, l'équipe d'intervention a localisé la rupture : une fissure "
     "de près d'un mètre s'était ouverte sur une canalisation de cinq cents millimètres de diamètre. Pour "
     "éviter que tout le réseau ne gèle, nous avons dû couper le chauffage de cent quarante-six immeubles "
     "d'habitation.",
     "faithful; numbers as digits in en, words in fr; почти в метр = almost a metre / près d'un mètre; "
     "near-miss d4_02 says almost the whole town was without heat", None),
    ("q18", L, F, "", ["d2_04", "d2_05", "d2_06"],
     "Mayor Olga Berezhnaya has taken charge of the emergency headquarters, which is working round the "
     "clock. Three mobile boiler units have been brought in from the regional centre and are already "
     "heating two school buildings and the House of Culture. Four warming centres are open in the Severny "
     "neighbourhood, where people can warm up, have a cup of hot tea and get a hot meal.",
     "La maire, Olga Berejnaïa, a pris la tête de la cellule de crise, qui fonctionne jour et nuit. Trois "
     "chaufferies mobiles ont été acheminées du chef-lieu de la région et chauffent déjà les bâtiments de "
     "deux écoles et la maison de la culture. Quatre points de chauffage sont ouverts dans le quartier "
     "Severny : on peut s'y réchauffer, boire un thé chaud et recevoir un repas chaud.",
     "faithful; spans a paragraph break (d2_05 | d2_06); Глава города = Mayor / la maire; круглосуточно = "
     "round the clock / jour et nuit; contains the term of q37", None),
    ("q19", L, F, "", ["d2_16", "d2_17", "d2_18", "d2_19"],
     "Applications for the payment can be submitted at the one-stop service centre until the end of "
     "February. The administration has sent the prosecutor's office every document on the condition of "
     "the heating networks and on how Zarechinsk Heating Networks carried out its repair plan. The mayor "
     "has ordered a programme for replacing worn-out networks over the next five years to be drawn up by "
     "March 1. The administration thanks the repair crews, the volunteers and all the residents who helped "
     "their neighbours in these days.",
     "Les demandes d'aide peuvent être déposées au guichet unique de services publics jusqu'à fin février. "
     "L'administration a transmis au parquet l'ensemble des documents sur l'état du réseau de chaleur et "
     "sur l'exécution du plan de réparations par Zaretchinskie teplovye seti. La maire a demandé qu'un "
     "programme de remplacement des réseaux vétustes sur les cinq prochaines années soit prêt d'ici au "
     "1er mars. L'administration remercie les réparateurs, les bénévoles et tous les habitants qui ont aidé "
     "leurs voisins ces jours-ci.",
     "faithful; spans a paragraph break (d2_16 | d2_17); компанией «Заречинские тепловые сети» "
     "(instrumental) = Zarechinsk Heating Networks (translated) / Zaretchinskie teplovye seti "
     "(transliterated); до первого марта = by March 1 / d'ici au 1er mars", None),
    ("q20", L, F, "", ["d3_19", "d3_21", "d3_22"],
     "The prosecutor instructed the company to submit, within ten days, information on every section of "
     "the network whose service life has expired. (…) Rostekhnadzor has been advised to carry out an "
     "unscheduled inspection of the company without waiting for the investigation to end. The participants "
     "will report to the prosecutor on the results of the inspections by February 20 at the latest.",
     "Le procureur a ordonné à la société de fournir sous dix jours des informations sur tous les tronçons "
     "du réseau dont la durée de service est dépassée. (…) Il est recommandé à Rostekhnadzor de mener une "
     "inspection inopinée de la société sans attendre la fin de l'enquête. Les participants rendront compte "
     "au procureur des résultats des contrôles au plus tard le 20 février.",
     "faithful; the ellipsis (…) skips d3_20; Ростехнадзору (dative) = Rostekhnadzor; не позднее "
     "двадцатого февраля = by February 20 at the latest / au plus tard le 20 février", None),
    ("q21", L, F, "", ["d4_18", "d4_19", "d4_20"],
     "I don't want to frighten anyone, but our building may simply not make it through another winter "
     "like this. Neighbours, thank you for the hot tea, for the extension cords and for making sure nobody "
     "was left alone. Let's stick together and push to get the pipes replaced before next winter.",
     "Je ne veux faire peur à personne, mais notre immeuble pourrait tout simplement ne pas survivre à un "
     "autre hiver comme celui-ci. Chers voisins, merci pour le thé chaud, pour les rallonges et pour avoir "
     "veillé à ce que personne ne reste seul. Serrons-nous les coudes et obtenons que les tuyaux soient "
     "remplacés avant l'hiver prochain.",
     "faithful; D4's own sentences; spans a paragraph break (d4_18 | d4_19); может (may) kept as may / "
     "pourrait; держаться вместе (idiom) = stick together / se serrer les coudes; никто не остался один = "
     "nobody was left alone / personne ne reste seul", None),
    ("q22", L, F, "", ["d1_13", "d1_14", "d1_16"],
     "That's true, and I'm not going to hide it. The pipe was laid in 1978, and we had planned to replace "
     "it as far back as the summer before last. […] Today 58 per cent of our ninety-four kilometres of "
     "network have outlived their standard service life.",
     "C'est vrai, et je ne vais pas le cacher. La conduite a été posée en mille neuf cent soixante-dix-huit, "
     "et nous comptions la remplacer dès l'avant-dernier été. […] Aujourd'hui, cinquante-huit pour cent de "
     "nos 94 kilomètres de réseau ont dépassé leur durée de service normative.",
     "faithful; the ellipsis […] skips d1_15 (the money went to the worst sections); passive/active: "
     "Трубу проложили (impersonal active) = the pipe was laid; numbers mixed digits and words in both "
     "languages; near-miss d4_10 says the pipes were not replaced since the sixties", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_08"],
     "We worked round the clock: sixty of our repair workers were on site, along with three crews from "
     "neighbouring towns.",
     "Nous avons travaillé jour et nuit : soixante de nos réparateurs étaient sur place, ainsi que trois "
     "équipes venues des villes voisines.",
     "drifted (numbers): сорок наших ремонтников (forty of our repair workers) → sixty / soixante; three "
     "crews kept", None),
    ("q24", S, D, "names", ["d3_06"],
     "Liliya Garifullina reported that the last hydraulic tests on the section that burst had been carried "
     "out in August 2025.",
     "Lilia Garifoullina a indiqué que les derniers essais hydrauliques du tronçon rompu remontaient à août "
     "2025.",
     "drifted (names): surname Гарипова (Garipova) → Garifullina / Garifoullina; first name Лилия kept",
     None),
    ("q25", S, D, "negation", ["d2_10"],
     "Eight kindergartens in the neighbourhood are temporarily closed, and children cannot attend other "
     "kindergartens in the town.",
     "Huit jardins d'enfants du quartier sont temporairement fermés, et les enfants ne peuvent pas être "
     "accueillis dans d'autres établissements de la ville.",
     "drifted (negation reversed): дети могут посещать другие сады (children can attend other "
     "kindergartens) → cannot / ne peuvent pas; D4 d4_17 says the writer's child was not taken, though TV "
     "said it was allowed", None),
    ("q26", S, D, "hedge", ["d1_28"],
     "This summer we may replace at least five kilometres of network, if the town and the region help us "
     "with funding.",
     "Cet été, nous pourrions remplacer au moins cinq kilomètres de réseau, si la ville et la région nous "
     "aident à le financer.",
     "drifted (hedge added): мы заменим (we will replace) → we may replace / nous pourrions remplacer; "
     "the condition and the five kilometres kept", None),
    ("q27", S, D, "hedge", ["d3_09"],
     "Roman Vekshin explained that the measurement log had been kept on paper and was lost when the "
     "control room moved.",
     "Roman Vekchine a expliqué que le registre des mesures était tenu sur papier et qu'il avait été perdu "
     "lors du déménagement du service de dispatching.",
     "drifted (hedge dropped): мог быть утерян (may have been lost) → was lost / avait été perdu", None),
    ("q28", S, D, "quantifier", ["d3_20"],
     "The administration has been asked to check, by February 15, that backup heat sources are ready in "
     "most of the town's schools, kindergartens and care homes.",
     "L'administration est invitée à vérifier d'ici au 15 février l'état de préparation des sources de "
     "chaleur de secours dans la plupart des écoles, jardins d'enfants et maisons de retraite de la ville.",
     "drifted (quantifier): во всех школах, детских садах и домах престарелых (in all schools, "
     "kindergartens and care homes) → most / la plupart", None),
    ("q29", S, D, "omission", ["d1_23"],
     "We will review each one within a month, and the company will pay for the damage in full.",
     "Chaque demande sera examinée dans un délai d'un mois, et la société indemnisera intégralement les "
     "dégâts.",
     "drifted (omission of a restriction): the condition «если причиной ущерба стала авария на наших "
     "сетях» (if the damage was caused by the accident on our networks) is dropped, so full compensation "
     "reads as unconditional", None),
    ("q30", S, D, "addition", ["d3_02"],
     "Present were Deputy Mayor for Housing and Utilities Denis Korolkov, the director general of "
     "Zarechinsk Heating Networks Igor Stupin, the company's chief engineer Roman Vekshin, a representative "
     "of the regional housing inspectorate and Rostekhnadzor inspector Liliya Garipova.",
     "Étaient présents l'adjoint au maire chargé du logement et des services collectifs Denis Korolkov, le "
     "directeur général de Zaretchinskie teplovye seti Igor Stoupine, l'ingénieur en chef de la société "
     "Roman Vekchine, un représentant de l'inspection régionale du logement et l'inspectrice de "
     "Rostekhnadzor Lilia Garipova.",
     "drifted (addition of a list item): a representative of the regional housing inspectorate / un "
     "représentant de l'inspection régionale du logement is added to the attendance list", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_16", "d3_17", "d3_18"],
     "Igor Stupin said the company was hiding nothing and was ready to hand over any documents to the "
     "investigators. He recalled that in 2024 the company had twice asked the administration to back a "
     "tariff increase but had received no support. Korolkov objected that tariffs are set not by the town "
     "but by the regional tariff committee.",
     "Igor Stoupine a déclaré que la société ne cachait rien et qu'elle était prête à remettre tous les "
     "documents aux enquêteurs. Il a rappelé qu'en 2024 la société avait demandé à deux reprises à "
     "l'administration de soutenir une hausse du tarif, sans obtenir de soutien. Korolkov a objecté que les "
     "tarifs ne sont pas fixés par la ville mais par le comité régional des tarifs.",
     "drifted (numbers): sentence 2: трижды (three times) → twice / à deux reprises; 2024 kept; sentences "
     "1 and 3 faithful (3: active turned passive)", None),
    ("q32", L, D, "omission", ["d3_13", "d3_14", "d3_15"],
     "A hundred and twelve of them concern damaged property, including 23 flats where radiators burst. "
     "Korolkov admitted that no backup heat supply arrangement exists for the Severny neighbourhood. "
     "According to him, building a backup connection would cost about 130 million roubles.",
     "Cent douze d'entre elles portent sur des biens endommagés, dont vingt-trois appartements où des "
     "radiateurs ont éclaté. Korolkov a reconnu qu'il n'existait aucun schéma d'alimentation de secours "
     "pour le quartier Severny. Selon lui, la construction d'une liaison de secours coûterait environ cent "
     "trente millions de roubles.",
     "drifted (omission of a clause): sentence 3 drops «которых в городском бюджете нет» (which the city "
     "budget does not have); sentences 1 and 2 faithful; near-miss d4_12 says almost every flat in one "
     "building had its radiators freeze", None),
    ("q33", L, D, "quantifier", ["d1_09", "d1_10", "d1_11"],
     "But in a frost like that, metal behaves unpredictably, and the welding had to be started over several "
     "times. We reconnected the first buildings after thirty hours, and the heat was fully restored on the "
     "evening of January 16, sixty-one hours after the accident. I realise these were two very hard days "
     "for people, and I apologise to everyone.",
     "Mais par un tel froid, le métal a un comportement imprévisible, et il a fallu reprendre la soudure "
     "plusieurs fois. Nous avons raccordé les premiers immeubles au bout de trente heures, et le chauffage "
     "a été entièrement rétabli le soir du 16 janvier, soixante et une heures après l'accident. Je sais que "
     "ces deux jours ont été très durs pour les gens, et je présente mes excuses à tous.",
     "drifted (quantifier): sentence 3: двое с лишним суток (more than two days) → two days / deux jours; "
     "sentences 1 and 2 faithful (2: active turned passive)", None),
    # partial
    ("q34", L, P, "", ["d4_06"],
     "By morning it was plus nine degrees in the flat. My husband had to take three days off work to stay "
     "at home with the children.",
     "Au matin, il faisait plus neuf degrés dans l'appartement. Mon mari a dû prendre trois jours de congé "
     "pour rester à la maison avec les enfants.",
     "partial: sentence 1 is d4_06; sentence 2 (the husband took three days off work) is in no document; "
     "D4 mentions no husband", None),
    ("q35", L, P, "", ["d2_08", "d2_09"],
     "Social services staff are going from flat to flat to check on elderly people who live alone. Each of "
     "them has been given a thermos and three days' worth of hot meals. Classes at the six schools in the "
     "shutdown area have been cancelled until the end of the week.",
     "Les agents des services sociaux font du porte-à-porte chez les personnes âgées vivant seules. Chacune "
     "d'elles a reçu un thermos et des repas chauds pour trois jours. Les cours sont annulés jusqu'à la fin "
     "de la semaine dans les six écoles situées dans la zone privée de chauffage.",
     "partial: the middle sentence (a thermos and three days of hot meals for each elderly person) is in "
     "no document (d2_06 mentions hot meals only at the warming centres); sentences 1 and 3 are d2_08 and "
     "d2_09, across a paragraph break; near-miss d4_16 says all schools in the town were closed", None),
    ("q36", L, P, "", ["d3_03"],
     "The prosecutor said a criminal case had been opened over the accident for providing services that do "
     "not meet safety requirements. The case has been passed to the regional investigators' department for "
     "particularly important cases.",
     "Le procureur a annoncé qu'une procédure pénale avait été ouverte après l'accident pour prestation de "
     "services ne répondant pas aux exigences de sécurité. L'affaire a été confiée au service régional "
     "d'enquête chargé des affaires particulièrement importantes.",
     "partial: sentence 1 is d3_03; sentence 2 (the case handed to a regional department for especially "
     "important cases) is in no document; the real next sentence, d3_04, says no one has been charged",
     None),
    # terms
    ("q37", TM, T, "", ["d2_06"], "warming centre", "point de chauffage",
     "term «пункта обогрева» (genitive singular after четыре; literally point of warming)", None),
    ("q38", TM, T, "", ["d1_01"], "heating main", "conduite maîtresse",
     "term «магистральный трубопровод» (accusative = nominative; literally trunk pipeline)", None),
    ("q39", TM, T, "", ["d1_27"], "find a scapegoat", "trouver un bouc émissaire",
     "term «найти виноватого» (literally find the guilty one), idiom by idiom", None),
    ("q40", TM, T, "", ["d2_03"], "municipal state of emergency", "état d'urgence municipal",
     "term «режим чрезвычайной ситуации муниципального характера» (nominative; literally regime of an "
     "emergency situation of municipal character), reordered", None),
    ("q41", TM, T, "", ["d3_11"], "hidden corrosion", "corrosion cachée",
     "term «скрытая коррозия» (nominative)", None),
    ("q42", TM, T, "", ["d4_14"], "hats off", "chapeau bas",
     "term «низко кланяюсь» (first person; literally I bow low), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The regional government will lend the heating company 200 million roubles interest-free to replace "
     "its networks.",
     "Le gouvernement régional accordera à la société de chauffage un prêt sans intérêt de deux cents "
     "millions de roubles pour remplacer ses réseaux.",
     "absent: no document mentions a loan from the region; resembles d1_28 and d2_18",
     "Правительство области выдаст теплоснабжающей компании беспроцентный заём в двести миллионов рублей на "
     "замену сетей."),
    ("q44", S, A, "", [],
     "Every pensioner living in the disconnected buildings will receive 3,000 roubles in compensation from "
     "the administration.",
     "Chaque retraité habitant les immeubles privés de chauffage recevra de l'administration une indemnité "
     "de trois mille roubles.",
     "absent: no payment to pensioners is announced (d2_15 is 5,000 roubles for families with children); "
     "resembles d2_14 and d2_15",
     "Каждый пенсионер из отключённых домов получит от администрации компенсацию в размере трёх тысяч "
     "рублей."),
    ("q45", S, A, "", [],
     "Rostekhnadzor has fined the company 400,000 roubles for failing to comply with its order.",
     "Rostekhnadzor a infligé à la société une amende de quatre cent mille roubles pour non-exécution de son "
     "injonction.",
     "absent: no fine is mentioned; resembles d3_08 and d3_21",
     "Ростехнадзор оштрафовал компанию на четыреста тысяч рублей за невыполнение предписания."),
    ("q46", S, A, "", [],
     "Stupin said he was prepared to resign if the investigation found him to blame.",
     "Stoupine a déclaré qu'il était prêt à démissionner si l'enquête établissait sa responsabilité.",
     "absent: Stupin never speaks of resigning; resembles d1_26 and d3_16",
     "Ступин заявил, что готов уйти в отставку, если следствие установит его вину."),
    ("q47", S, A, "", [],
     "According to Vekshin, the section that burst had already been patched up twice the previous winter.",
     "Selon Vekchine, le tronçon rompu aurait déjà été réparé à deux reprises l'hiver précédent.",
     "absent: no earlier repairs of the section are mentioned; French conditional for hearsay; resembles "
     "d3_09, d3_10, d3_11 and d1_15",
     "По словам Векшина, прорвавшийся участок уже дважды ремонтировали прошлой зимой."),
    ("q48", L, A, "", [],
     "The winter holidays at the town's schools have been extended by a week. The missed lessons will be "
     "made up in June.",
     "Les vacances d'hiver des écoles de la ville ont été prolongées d'une semaine. Les cours manqués seront "
     "rattrapés en juin.",
     "absent: no document extends the holidays or plans make-up lessons; resembles d2_09 and d4_16",
     "Зимние каникулы в школах города продлены на неделю. Пропущенные уроки будут отработаны в июне."),
]


def sentence_table() -> tuple[dict[str, str], list[str]]:
    text: dict[str, str] = {}
    order: list[str] = []
    for name, _title, paragraphs in DOCS:
        n = 0
        for paragraph in paragraphs:
            for sentence in paragraph:
                n += 1
                sid = f"{name.lower()}_{n:02d}"
                text[sid] = sentence
                order.append(sid)
    return text, order


def build() -> None:
    text, order = sentence_table()
    position = {sid: i for i, sid in enumerate(order)}

    quotes = ["id\tabsent\ten\tfr\tru"]
    labels = ["id\tkind\texpected\tdrift_kind\tnote"]
    used: set[str] = set()
    for rid, kind, expected, drift, src, en, fr, note, absent_ru in ROWS:
        if expected == A:
            ru, absent = absent_ru, "1"
            full_note = note
        else:
            if [position[s] for s in src] != sorted(position[s] for s in src):
                raise SystemExit(f"{rid}: src not in document order")
            ru, absent = " ".join(text[s] for s in src), "0"
            full_note = f"{note} [src {','.join(src)}]"
            used.update(src)
        for cell in (en, fr, ru, full_note):
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"{rid}: tab or newline in a cell")
        quotes.append("\t".join((rid, absent, en, fr, ru)))
        labels.append("\t".join((rid, kind, expected, drift, full_note)))

    lines: list[str] = []
    for name, title, paragraphs in DOCS:
        if lines:
            lines.append("")
        lines.append(f"### {name}: {title}")
        for paragraph in paragraphs:
            lines.append("")
            lines.append(" ".join(paragraph))
    distractors = [text[s] for s in order if s not in used] + UNRELATED

    (HERE / f"{NAME}.tsv").write_text("\n".join(quotes) + "\n", encoding="utf-8")
    (HERE / f"{NAME}_labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    (HERE / f"{NAME}_sources.ru.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{NAME}_distractors.ru.txt").write_text("\n".join(distractors) + "\n", encoding="utf-8")
    print(f"{len(ROWS)} rows, {len(order)} source sentences, {len(order) - len(used)} unused + "
          f"{len(UNRELATED)} unrelated distractors")


if __name__ == "__main__":
    build()
