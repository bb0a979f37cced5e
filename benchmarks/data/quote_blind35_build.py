"""Build the blind quotation set quote_blind35 from one table (standard library only).

Story: the only funicular railway of the (invented) city of Kremnegorsk is stopped for the winter after
a cable inspection finds broken wires; 2,300 daily passengers move to replacement buses (25 minutes
instead of 4) and the repair is estimated at 64 million roubles. Four Russian source documents (D1 the
regional transport ministry's order, D2 the operator director's press conference transcript, D3 the
technical supervision agency's inspection report on the cable, D4 a residents' group post, the near-miss
document) and 48 English / French quotations. Sentence ids (d1_04) are defined here: they number the
sentences of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind35_build.py

writes quote_blind35.tsv, quote_blind35_labels.tsv, quote_blind35_sources.ru.txt and
quote_blind35_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind35"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства транспорта и дорожного хозяйства Кремнегорской области № 214-п «Об "
           "организации перевозок пассажиров на период приостановки работы фуникулёра», 16 октября "
           "2026 года", [
        ["Четырнадцатого октября 2026 года Кремнегорский территориальный отдел Ростехнадзора запретил "
         "эксплуатацию городского фуникулёра до замены тягового каната.",
         "При проверке каната выявлены обрывы проволок, превышающие допустимые нормы.",
         "Фуникулёр является единственным видом транспорта, напрямую связывающим Нижний город с Нагорным "
         "районом, и перевозит в среднем две тысячи триста пассажиров в сутки.",
         "В целях транспортного обслуживания жителей на период приостановки работы фуникулёра приказываю "
         "принять следующие меры."],
        ["Открыть с семнадцатого октября 2026 года временный автобусный маршрут «Нижняя станция — Верхняя "
         "станция» протяжённостью семь с половиной километров.",
         "Маршрут проходит по Объездному шоссе, время в пути по расписанию составляет двадцать пять минут.",
         "Обеспечить работу на маршруте не менее двенадцати автобусов большого класса с интервалом движения "
         "не более шести минут в часы пик и не более двенадцати минут в остальное время.",
         "Установить время работы маршрута ежедневно с шести часов утра до половины первого ночи."],
        ["Проезд по временному маршруту оплачивается по тарифу фуникулёра, который составляет тридцать пять "
         "рублей.",
         "Проездные билеты на фуникулёр, приобретённые на октябрь и последующие месяцы, принимаются в "
         "автобусах временного маршрута без доплаты.",
         "Пенсионеры, инвалиды и школьники, имевшие право бесплатного проезда на фуникулёре, сохраняют это "
         "право на временном маршруте."],
        ["Муниципальному унитарному предприятию «Кремнегорский фуникулёр» до первого ноября 2026 года "
         "представить в министерство график ремонтных работ с указанием сроков поставки нового каната.",
         "Предприятию обеспечить охрану станций и вагонов на период остановки и ежемесячно информировать "
         "министерство о ходе работ."],
        ["Стоимость восстановительного ремонта по предварительной смете оценивается в шестьдесят четыре "
         "миллиона рублей.",
         "Финансово-экономическому департаменту министерства в двухнедельный срок подготовить предложения о "
         "выделении на эти цели сорока миллионов рублей из областного бюджета.",
         "Оставшуюся сумму предлагается покрыть за счёт бюджета города Кремнегорска при условии заключения "
         "соответствующего соглашения."],
        ["Организовать информирование пассажиров через сайт министерства, остановочные пункты и средства "
         "массовой информации.",
         "На обеих станциях фуникулёра разместить схемы временного маршрута и указатели к ближайшим "
         "остановкам."],
        ["Контроль за исполнением настоящего приказа возложить на заместителя министра Светлану Ковригину.",
         "Приказ вступает в силу со дня подписания и действует до возобновления работы фуникулёра.",
         "Министр транспорта и дорожного хозяйства Кремнегорской области Роман Бекетов."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора МУП «Кремнегорский фуникулёр» Олега Зарецкого, "
           "17 октября 2026 года", [
        ["Зарецкий: Коллеги, спасибо, что пришли.",
         "Четырнадцатого октября инспекторы Ростехнадзора запретили эксплуатацию фуникулёра, и с пятнадцатого "
         "октября он стоит.",
         "Хочу сразу сказать главное: никакой аварии не было, ни один пассажир не пострадал.",
         "Повреждения каната нашли наши собственные специалисты во время плановой дефектоскопии, и инспекцию "
         "мы вызвали сами."],
        ["Вопрос: Насколько серьёзны повреждения?"],
        ["Зарецкий: Завтра канат бы не порвался, но запас прочности у него исчерпан.",
         "На участке около шести метров у верхней станции нашли четырнадцать оборванных проволок, а норма "
         "допускает не больше шести.",
         "Этот канат работает с 2011 года, и срок службы по паспорту у него уже истёк.",
         "Мы дважды, в 2024 и в 2025 году, просили деньги на новый канат, но получили только на "
         "обследование."],
        ["Вопрос: Когда фуникулёр снова заработает?"],
        ["Зарецкий: Честно скажу, не раньше апреля.",
         "Канат делают под заказ, на это уйдёт около трёх месяцев, потом ещё пять-шесть недель на монтаж и "
         "испытания.",
         "Заодно мы заменим футеровку приводного шкива и отремонтируем тормоза, раз уж всё равно стоим.",
         "Если завод уложится в сроки, первые пассажиры поднимутся наверх в середине апреля.",
         "Обещать март я не стану, потому что не хочу вас обманывать."],
        ["Вопрос: Во сколько обойдётся ремонт и кто за него заплатит?"],
        ["Зарецкий: По нашей смете ремонт стоит шестьдесят четыре миллиона рублей.",
         "Из них девятнадцать миллионов приходится на сам канат, двадцать семь на приводную станцию и шкивы, "
         "восемнадцать на тормоза и систему управления.",
         "Таких денег у предприятия нет: наша выручка за год составляет около тридцати миллионов.",
         "Министерство обещало сорок миллионов из областного бюджета, остальное мы рассчитываем получить от "
         "города."],
        ["Вопрос: Что будет с сотрудниками?"],
        ["Зарецкий: У нас работают тридцать восемь человек, и никто уволен не будет.",
         "Механики и электрики займутся ремонтом, а кассиров и контролёров мы временно направим на остановки "
         "временного маршрута помогать пассажирам.",
         "Зарплату за время простоя мы сохраним всем в полном объёме."],
        ["Вопрос: Жители Нагорного района жалуются, что вместо четырёх минут теперь тратят на дорогу двадцать "
         "пять."],
        ["Зарецкий: Это правда, и я понимаю их раздражение.",
         "Фуникулёр поднимается на пятьдесят восемь метров за четыре минуты, а автобусу приходится объезжать "
         "весь склон по серпантину.",
         "Я прошу у горожан прощения и прошу потерпеть одну зиму."],
    ]),
    ("D3", "Акт внеплановой выездной проверки Кремнегорского территориального отдела Ростехнадзора: "
           "состояние каната фуникулёра МУП «Кремнегорский фуникулёр», 14 октября 2026 года", [
        ["Проверка проведена с двенадцатого по четырнадцатое октября 2026 года на основании обращения МУП "
         "«Кремнегорский фуникулёр» от девятого октября.",
         "Проверку провели главный государственный инспектор Андрей Волынцев и государственный инспектор "
         "Марина Сычёва в присутствии главного инженера предприятия Геннадия Пастухова.",
         "По словам Пастухова, повреждения были обнаружены девятого октября при плановой дефектоскопии, и с "
         "того же дня скорость движения вагонов была снижена вдвое."],
        ["Фуникулёр введён в эксплуатацию в 1962 году, длина трассы составляет двести десять метров, перепад "
         "высот между станциями — пятьдесят восемь метров.",
         "Два вагона вместимостью по шестьдесят пассажиров приводятся в движение одним тяговым канатом "
         "диаметром двадцать восемь миллиметров.",
         "Действующий канат установлен в 2011 году, а нормативный срок его службы, указанный в паспорте, "
         "составляет двенадцать лет."],
        ["Магнитная дефектоскопия каната выполнена по всей его длине с привлечением аккредитованной "
         "лаборатории.",
         "На участке длиной шесть метров у приводного шкива верхней станции выявлено четырнадцать обрывов "
         "наружных проволок на одном шаге свивки при допустимых шести.",
         "Потеря металлического сечения каната на этом участке составляет одиннадцать процентов при "
         "предельно допустимых десяти.",
         "На остальной длине каната выявлены единичные обрывы проволок, не превышающие норм.",
         "Кроме того, установлены износ футеровки приводного шкива и следы коррозии на концевых креплениях "
         "каната.",
         "Нарушений в ведении журнала ежедневных осмотров каната не выявлено."],
        ["Дальнейшая эксплуатация каната создаёт угрозу жизни и здоровью пассажиров и не допускается.",
         "Разрыв каната в ближайшее время маловероятен, однако при сохранении нагрузки развитие повреждений "
         "может ускориться.",
         "Ремонт каната путём вырезки повреждённого участка нормами не предусмотрен, канат подлежит замене "
         "целиком."],
        ["Предприятию предписано заменить тяговый канат, футеровку приводного шкива и концевые крепления "
         "каната.",
         "После замены необходимо провести полное техническое освидетельствование фуникулёра с грузовыми "
         "испытаниями.",
         "Эксплуатация фуникулёра запрещена до устранения нарушений и получения положительного заключения по "
         "итогам испытаний.",
         "Срок исполнения предписания установлен до тридцатого апреля 2027 года."],
        ["Вагоны, рельсовый путь и станционные сооружения в ходе данной проверки не обследовались.",
         "Их состояние будет оценено при полном техническом освидетельствовании.",
         "С актом ознакомлен директор предприятия Олег Зарецкий, возражений не заявлено."],
    ]),
    ("D4", "Пост жительницы Нагорного района Ольги Фроловой в группе «Нагорный — наш район» в социальной "
           "сети, 20 октября 2026 года", [
        ["Соседи, для тех, кто ещё не в курсе, новости про фуникулёр.",
         "С пятнадцатого октября он стоит, и до лета мы его, судя по всему, не увидим.",
         "Говорят, на канате порвалась чуть ли не половина проволок, так что нам ещё повезло, что никто не "
         "разбился."],
        ["Каждый день фуникулёром пользовались почти три тысячи человек, и теперь все мы трясёмся в "
         "автобусах.",
         "Вместо четырёх минут дорога до Нижнего города занимает минут сорок, если повезёт с пробками.",
         "Автобусы ходят в лучшем случае раз в полчаса, а в семь утра в них не влезть.",
         "Лестница на Нагорную улицу в гололёд — это отдельный аттракцион для смелых."],
        ["Ремонт, по слухам, оценили в сто миллионов, и денег на него, конечно, нет.",
         "Министерство уже заявило, что не даст ни копейки, пусть город выкручивается сам.",
         "Канат, между прочим, не меняли с восьмидесятых годов, и все об этом знали.",
         "А всех работников фуникулёра, говорят, отправили в неоплачиваемый отпуск."],
        ["Я живу на Нагорной двадцать лет и каждый день езжу на фуникулёре на работу.",
         "Моя мама после операции на колене по лестнице не спустится, а до автобусной остановки ей идти "
         "пятнадцать минут.",
         "Без фуникулёра мы оказались у чёрта на куличках, хотя до центра по прямой триста метров."],
        ["Друзья, давайте не будем сидеть сложа руки.",
         "Мы подготовили обращение к губернатору с тремя просьбами: пустить автобусы чаще, сделать проезд "
         "бесплатным на время ремонта и назвать точные сроки.",
         "Подписать его можно в субботу с десяти до двух у верхней станции фуникулёра.",
         "Чем больше нас будет, тем труднее будет от нас отмахнуться."],
        ["Поделитесь постом с соседями, особенно с теми, кто не сидит в интернете.",
         "Нагорный район никто не спасёт, кроме нас самих."],
    ]),
]

# 15 unrelated sentences in the same registers (a ministry order, a press conference, an inspection
# report, a residents' group post, city news); they are in no document.
UNRELATED = [
    "Министерство транспорта области утвердило новое расписание пригородных электричек на зимний период.",
    "Приказом министерства установлен порядок выдачи разрешений на перевозку крупногабаритных грузов.",
    "Контроль за исполнением приказа оставляю за собой.",
    "Вопрос: Планируется ли продление трамвайной линии до нового микрорайона?",
    "Мы рассчитываем закончить реконструкцию набережной к следующему лету.",
    "В ходе проверки котельной выявлены нарушения правил хранения топлива.",
    "Предприятию предписано установить новые ограждения вокруг строительной площадки.",
    "Лифт в доме номер восемь на Садовой улице снова не работает вторую неделю.",
    "Кто-нибудь знает, во сколько теперь открывается поликлиника на Лесной?",
    "Соседи, у кого есть лишние санки, отдайте их детям из приюта.",
    "В городском парке открылся каток с прокатом коньков.",
    "Городская библиотека продлила часы работы по субботам до восьми вечера.",
    "Инспекторы проверили крепления рекламных щитов вдоль центрального проспекта.",
    "Пресс-служба администрации сообщила, что ремонт моста через Каменку завершён досрочно.",
    "На следующей неделе в Кремнегорске ожидаются первый снег и гололёд на дорогах.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_03"],
     "The funicular is the only form of transport directly linking the Lower Town with the Nagorny "
     "district, and it carries an average of 2,300 passengers a day.",
     "Le funiculaire est le seul moyen de transport qui relie directement la ville basse au quartier "
     "Nagorny, et il transporte en moyenne deux mille trois cents passagers par jour.",
     "faithful; numbers as digits in en, words in fr; с Нагорным районом (instrumental) = the Nagorny "
     "district / le quartier Nagorny; в сутки = a day / par jour; near-miss d4_04 says almost three "
     "thousand", None),
    ("q02", S, F, "", ["d1_06"],
     "The route runs along the Bypass Road, and the timetabled journey takes twenty-five minutes.",
     "L'itinéraire emprunte la route de contournement, et le temps de trajet prévu à l'horaire est de "
     "25 minutes.",
     "faithful; по Объездному шоссе (dative) = along the Bypass Road / la route de contournement; "
     "twenty-five as words in en, digits in fr; near-miss d4_05 says forty minutes or so", None),
    ("q03", S, F, "", ["d1_10"],
     "Funicular passes bought for October and the following months will be accepted on the temporary "
     "route's buses at no extra charge.",
     "Les abonnements au funiculaire achetés pour octobre et les mois suivants sont acceptés sans "
     "supplément dans les bus de la ligne provisoire.",
     "faithful; clauses reordered; без доплаты = at no extra charge / sans supplément", None),
    ("q04", S, F, "", ["d2_03"],
     "Let me say the most important thing right away: there was no accident, and not one passenger was "
     "hurt.",
     "Je veux dire d'emblée l'essentiel : il n'y a eu aucun accident et aucun passager n'a été blessé.",
     "faithful; никакой ... не было = there was no / aucun; ни один ... не пострадал = not one passenger "
     "was hurt / aucun passager n'a été blessé; near-miss d4_03 says it was lucky nobody was killed", None),
    ("q05", S, F, "", ["d2_15"],
     "I won't promise you March, because I don't want to mislead you.",
     "Je ne vais pas vous promettre le mois de mars, parce que je ne veux pas vous tromper.",
     "faithful; не стану = won't / ne vais pas; обманывать = mislead / tromper", None),
    ("q06", S, F, "", ["d2_22"],
     "We have 38 employees, and nobody is going to be laid off.",
     "Nous employons trente-huit personnes, et personne ne sera licencié.",
     "faithful; у нас работают ... человек = we have ... employees / nous employons; никто уволен не "
     "будет = nobody is going to be laid off / personne ne sera licencié; near-miss d4_11 says all staff "
     "were sent on unpaid leave", None),
    ("q07", S, F, "", ["d3_09"],
     "On this section the loss of metallic cross-section amounts to 11 per cent, against a permissible "
     "maximum of 10.",
     "Sur ce tronçon, la perte de section métallique du câble atteint onze pour cent, pour un maximum "
     "admissible de dix pour cent.",
     "faithful; numbers as digits in en, words in fr; при предельно допустимых десяти = against a "
     "permissible maximum of 10 / pour un maximum admissible de dix", None),
    ("q08", S, F, "", ["d2_24"],
     "Everyone will keep their full pay for as long as we are shut down.",
     "Tout le monde conservera l'intégralité de son salaire pendant l'arrêt.",
     "faithful; всем = everyone / tout le monde; за время простоя = for as long as we are shut down / "
     "pendant l'arrêt; near-miss d4_11 says all staff were sent on unpaid leave", None),
    ("q09", S, F, "", ["d4_05"],
     "Instead of four minutes, the trip down to the Lower Town takes forty minutes or so, if you're lucky "
     "with the traffic.",
     "Au lieu de quatre minutes, il faut une quarantaine de minutes pour descendre en ville basse, si les "
     "embouteillages le veulent bien.",
     "faithful rendering of the near-miss sentence d4_05 (D1 d1_06 says twenty-five minutes); минут "
     "сорок (inverted, approximate) = forty minutes or so / une quarantaine de minutes; до Нижнего города "
     "= the Lower Town / la ville basse", None),
    ("q10", S, F, "", ["d4_10"],
     "That cable, by the way, hadn't been replaced since the eighties, and everybody knew it.",
     "Ce câble, soit dit en passant, n'avait pas été changé depuis les années 1980, et tout le monde le "
     "savait.",
     "faithful rendering of the near-miss sentence d4_10 (D2 d2_08 and D3 d3_06 say 2011); между прочим "
     "= by the way / soit dit en passant; с восьмидесятых = since the eighties / depuis les années 1980",
     None),
    ("q11", S, F, "", ["d3_03"],
     "According to Pastukhov, the damage was discovered on 9 October during routine flaw testing, and the "
     "cars' speed was halved from that day on.",
     "Selon Pastoukhov, les dommages auraient été découverts le 9 octobre lors d'une défectoscopie de "
     "routine, et la vitesse des voitures aurait été réduite de moitié dès ce jour-là.",
     "faithful; French conditional for reported speech (по словам Пастухова); Пастухова (genitive) = "
     "Pastukhov / Pastoukhov; девятого октября = 9 October / 9 octobre; снижена вдвое = halved / réduite "
     "de moitié", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_14", "d1_15"],
     "The preliminary estimate puts the cost of the repairs at 64 million roubles. Within two weeks, the "
     "ministry's finance and economics department is to draw up proposals for allocating 40 million "
     "roubles from the regional budget for this purpose.",
     "Selon le devis préliminaire, la remise en état est estimée à soixante-quatre millions de roubles. "
     "Le département financier et économique du ministère doit préparer sous quinze jours des "
     "propositions visant à consacrer à cette fin quarante millions de roubles du budget régional.",
     "faithful; оценивается = the estimate puts / est estimée; в двухнедельный срок = within two weeks / "
     "sous quinze jours; numbers as digits in en, words in fr; near-miss d4_08 says a hundred million and "
     "d4_09 says the ministry won't give a kopeck", None),
    ("q13", L, F, "", ["d2_06", "d2_07"],
     "The cable wouldn't have snapped tomorrow, but its safety margin is used up. On a stretch of about "
     "six metres near the upper station, fourteen broken wires were found, whereas the standard allows "
     "no more than six.",
     "Le câble n'aurait pas cassé demain, mais sa marge de sécurité est épuisée. Sur environ six mètres "
     "près de la station haute, on a relevé 14 fils rompus, alors que la norme n'en tolère pas plus de 6.",
     "faithful; active turned passive in en (нашли = were found); около kept as about / environ; "
     "fourteen / 14; contains the term of q39; near-miss d4_03 says almost half the wires", None),
    ("q14", L, F, "", ["d2_26", "d2_27"],
     "That's true, and I understand why they're annoyed. The funicular climbs 58 metres in four minutes, "
     "whereas the bus has to go all the way round the slope on a winding hairpin road.",
     "C'est vrai, et je comprends leur agacement. Le funiculaire s'élève de cinquante-huit mètres en "
     "quatre minutes, alors que le bus doit contourner toute la pente par une route en lacets.",
     "faithful; раздражение = why they're annoyed / agacement; по серпантину = on a winding hairpin road "
     "/ par une route en lacets; 58 / cinquante-huit", None),
    ("q15", L, F, "", ["d3_13", "d3_14"],
     "Continued operation of the cable poses a threat to passengers' lives and health and is not "
     "permitted. The cable is unlikely to break in the near future, but if it remains under load the "
     "damage may progress faster.",
     "La poursuite de l'exploitation du câble menace la vie et la santé des passagers et n'est pas "
     "autorisée. Une rupture du câble à brève échéance est peu probable, mais si la charge est maintenue, "
     "les dégradations pourraient s'accélérer.",
     "faithful; hedges kept: маловероятен = unlikely / peu probable, может ускориться = may progress "
     "faster / pourraient s'accélérer; не допускается = is not permitted / n'est pas autorisée", None),
    ("q16", L, F, "", ["d4_12", "d4_13"],
     "I've lived on Nagornaya for twenty years, and every day I take the funicular to work. After her "
     "knee operation my mother can't manage the steps down, and the bus stop is a fifteen-minute walk for "
     "her.",
     "J'habite rue Nagornaïa depuis vingt ans et je prends le funiculaire tous les jours pour aller "
     "travailler. Depuis son opération du genou, ma mère ne peut pas descendre l'escalier, et il lui faut "
     "un quart d'heure à pied pour rejoindre l'arrêt de bus.",
     "faithful; D4's own sentences; на Нагорной (prepositional) = on Nagornaya / rue Nagornaïa; "
     "пятнадцать минут = a fifteen-minute walk / un quart d'heure; clauses reordered", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_11", "d1_12", "d1_13"],
     "Pensioners, disabled people and schoolchildren who were entitled to free travel on the funicular "
     "keep that entitlement on the temporary route. The municipal unitary enterprise Kremnegorsk "
     "Funicular is to submit to the ministry, by 1 November 2026, a schedule of the repair work showing "
     "when the new cable will be delivered. The enterprise is to keep the stations and the cars guarded "
     "while services are suspended and to report to the ministry on progress every month.",
     "Les retraités, les personnes handicapées et les écoliers qui bénéficiaient de la gratuité sur le "
     "funiculaire conservent ce droit sur la ligne provisoire. L'entreprise unitaire municipale Funiculaire "
     "de Kremnegorsk doit remettre au ministère, d'ici au 1er novembre 2026, un calendrier des travaux "
     "précisant les délais de livraison du nouveau câble. L'entreprise doit assurer la garde des stations "
     "et des voitures pendant l'arrêt et rendre compte chaque mois au ministère de l'avancement des "
     "travaux.",
     "faithful; spans a paragraph break (d1_11 | d1_12, d1_13); первого ноября = 1 November / 1er "
     "novembre; «Кремнегорский фуникулёр» rendered as Kremnegorsk Funicular / Funiculaire de Kremnegorsk; "
     "the order's bare infinitives rendered as 'is to' / 'doit'", None),
    ("q18", L, F, "", ["d2_11", "d2_12", "d2_13", "d2_14"],
     "To be honest, not before April. The cable is made to order, which will take about three months, and "
     "then there are another five or six weeks of installation and testing. While we're at it, we'll "
     "replace the lining of the drive pulley and repair the brakes, since we're standing idle anyway. If "
     "the factory keeps to its deadlines, the first passengers will ride up the hill in mid-April.",
     "Pour être honnête, pas avant avril. Le câble est fabriqué sur commande, il faudra environ trois mois, "
     "puis encore cinq à six semaines de montage et d'essais. Nous en profiterons pour remplacer le "
     "garnissage de la poulie motrice et réparer les freins, puisque de toute façon nous sommes à l'arrêt. "
     "Si l'usine tient les délais, les premiers passagers remonteront à la mi-avril.",
     "faithful; около kept as about / environ; the condition (если завод уложится в сроки) kept; "
     "near-miss d4_02 says not until summer", None),
    ("q19", L, F, "", ["d3_17", "d3_18", "d3_19"],
     "Once the cable has been replaced, a full technical examination of the funicular, including load "
     "tests, must be carried out. Operation of the funicular is prohibited until the breaches have been "
     "remedied and the tests have produced a positive conclusion. The deadline for complying with the "
     "order is 30 April 2027.",
     "Une fois le câble remplacé, un examen technique complet du funiculaire, avec essais en charge, "
     "devra être réalisé. L'exploitation du funiculaire est interdite tant que les manquements n'auront "
     "pas été corrigés et que les essais n'auront pas donné lieu à un avis favorable. Le délai d'exécution "
     "de la prescription est fixé au 30 avril 2027.",
     "faithful; тридцатого апреля = 30 April / 30 avril; до устранения = until ... remedied / tant que "
     "... n'auront pas été corrigés; near-miss d4_02 says not until summer", None),
    ("q20", L, F, "", ["d3_06", "d3_07", "d3_08"],
     "The current cable was installed in 2011, and its rated service life, as stated in its certificate, "
     "is twelve years. Magnetic flaw detection was carried out along the entire length of the cable with "
     "the help of an accredited laboratory. On a six-metre section at the drive pulley of the upper "
     "station, fourteen broken outer wires were found within a single lay length, where six are "
     "permitted.",
     "Le câble actuel a été posé en 2011 et sa durée de service nominale, indiquée dans son certificat, "
     "est de douze ans. Un contrôle magnétique du câble a été effectué sur toute sa longueur avec le "
     "concours d'un laboratoire accrédité. Sur un tronçon de six mètres au niveau de la poulie motrice de "
     "la station haute, quatorze ruptures de fils extérieurs ont été relevées sur un seul pas de câblage, "
     "pour six admises.",
     "faithful; spans a paragraph break (d3_06 | d3_07, d3_08); паспорт = certificate / certificat; "
     "contains the term of q40; near-miss d4_10 says the cable dates from the eighties and d4_03 says "
     "almost half the wires broke", None),
    ("q21", L, F, "", ["d4_15", "d4_16", "d4_18"],
     "Friends, let's not sit idly by. We've drawn up an appeal to the governor with three requests: more "
     "frequent buses, free travel while the repairs last, and firm dates. (…) The more of us there are, "
     "the harder it will be to brush us off.",
     "Amis, ne restons pas les bras croisés. Nous avons rédigé une lettre au gouverneur avec trois "
     "demandes : des bus plus fréquents, la gratuité pendant les travaux et des délais précis. (…) Plus "
     "nous serons nombreux, plus il sera difficile de nous ignorer.",
     "faithful; ellipsis (…) skips d4_17 (where to sign); D4's own sentences; сидеть сложа руки (idiom) = "
     "sit idly by / rester les bras croisés; verbs turned into nouns in the list; отмахнуться = brush us "
     "off / nous ignorer; contains the term of q42", None),
    ("q22", L, F, "", ["d1_17", "d1_18", "d1_20"],
     "Passengers are to be kept informed through the ministry's website, at stops and in the media. Maps "
     "of the temporary route and signs to the nearest stops are to be put up at both funicular stations. "
     "[…] The order takes effect on the day it is signed and remains in force until the funicular "
     "reopens.",
     "L'information des voyageurs sera assurée par le site du ministère, aux arrêts et dans les médias. "
     "Des plans de la ligne provisoire et des panneaux indiquant les arrêts les plus proches seront "
     "installés dans les deux stations du funiculaire. […] L'arrêté entre en vigueur le jour de sa "
     "signature et s'applique jusqu'à la reprise du funiculaire.",
     "faithful; ellipsis […] skips d1_19 (who oversees the order); spans a paragraph break (d1_17, d1_18 "
     "| d1_20); the order's infinitives rendered as passives", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_05"],
     "From 17 October 2026, a temporary bus route, 'Lower Station – Upper Station', 5.7 kilometres long, "
     "is to be opened.",
     "Une ligne de bus provisoire « Station basse – Station haute », longue de 5,7 kilomètres, sera "
     "ouverte à partir du 17 octobre 2026.",
     "drifted (numbers): семь с половиной километров (7.5 km) → 5.7 km / 5,7 kilomètres; the date and the "
     "rest faithful", None),
    ("q24", S, D, "names", ["d1_19"],
     "Deputy Minister Svetlana Korovina is to oversee the implementation of this order.",
     "Le contrôle de l'exécution du présent arrêté est confié à la vice-ministre Svetlana Korovina.",
     "drifted (names): surname Ковригина (Kovrigina) → Korovina; first name Svetlana kept", None),
    ("q25", S, D, "negation", ["d3_12"],
     "Irregularities were found in the way the daily cable inspection log was kept.",
     "Des irrégularités ont été relevées dans la tenue du registre des inspections quotidiennes du câble.",
     "drifted (negation reversal): Нарушений ... не выявлено (no irregularities were found) → "
     "irregularities were found / des irrégularités ont été relevées", None),
    ("q26", S, D, "hedge", ["d2_08"],
     "This cable has been in service since 2011, and its rated service life has probably already run out.",
     "Ce câble est en service depuis 2011, et sa durée de vie nominale est sans doute déjà dépassée.",
     "drifted (hedge added): stated as fact (срок службы ... уже истёк) → probably / sans doute; D3 d3_06 "
     "confirms 2011 and twelve years", None),
    ("q27", S, D, "hedge", ["d2_20"],
     "The ministry has promised 40 million from the regional budget, and the rest will come from the "
     "city.",
     "Le ministère a promis quarante millions sur le budget régional, et le reste viendra de la ville.",
     "drifted (hedge dropped): остальное мы рассчитываем получить от города (we are counting on getting "
     "the rest from the city) → the rest will come from the city / le reste viendra de la ville", None),
    ("q28", S, D, "quantifier", ["d3_10"],
     "Along the rest of the cable, numerous broken wires were found, none of them beyond the permitted "
     "limits.",
     "Sur le reste de la longueur du câble, de nombreuses ruptures de fils ont été relevées, sans "
     "dépasser les normes.",
     "drifted (quantifier): единичные обрывы (isolated broken wires) → numerous / de nombreuses; the rest "
     "faithful", None),
    ("q29", S, D, "omission", ["d1_16"],
     "It is proposed that the remainder be covered from the budget of the city of Kremnegorsk.",
     "Il est proposé de couvrir le reste par le budget de la ville de Kremnegorsk.",
     "drifted (omission of a restriction): the condition «при условии заключения соответствующего "
     "соглашения» (provided a corresponding agreement is signed) is dropped; предлагается (it is "
     "proposed) kept", None),
    ("q30", S, D, "addition", ["d3_16"],
     "The operator has been ordered to replace the haul rope, the drive pulley lining, the brake shoes of "
     "both cars and the rope's end fittings.",
     "Il est prescrit à l'entreprise de remplacer le câble tracteur, le garnissage de la poulie motrice, "
     "les patins de frein des deux voitures et les fixations d'extrémité du câble.",
     "drifted (addition of a list item): \"the brake shoes of both cars\" / \"les patins de frein des deux "
     "voitures\" added to the list of parts to replace (D2 d2_13 mentions repairing the brakes, not the "
     "inspection order)", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_17", "d2_18", "d2_19"],
     "By our estimate, the repair costs 64 million roubles. Of that, 19 million is the cable itself, 27 "
     "million the drive station and pulleys, and 18 million the brakes and control system. The company "
     "doesn't have that kind of money: our annual revenue is about 13 million.",
     "Selon notre devis, la réparation coûte soixante-quatre millions de roubles. Sur ce montant, "
     "dix-neuf millions correspondent au câble lui-même, vingt-sept à la station motrice et aux poulies, "
     "dix-huit aux freins et au système de commande. L'entreprise n'a pas de tels moyens : notre chiffre "
     "d'affaires annuel est d'environ treize millions.",
     "drifted (numbers) in sentence 3: около тридцати миллионов (about thirty million) → about 13 million "
     "/ treize millions; sentences 1 and 2 faithful (64, 19, 27 and 18 kept)", None),
    ("q32", L, D, "omission", ["d1_07", "d1_08", "d1_09"],
     "At least twelve full-size buses are to run on the route, at intervals of no more than six minutes "
     "at rush hour. The route is to operate every day from six in the morning until half past midnight. "
     "Travel on the temporary route is charged at the funicular fare of 35 roubles.",
     "Au moins douze autobus de grande capacité doivent circuler sur la ligne, avec un intervalle ne "
     "dépassant pas six minutes aux heures de pointe. La ligne fonctionne tous les jours de 6 heures à "
     "minuit et demi. Le trajet sur la ligne provisoire est payé au tarif du funiculaire, soit trente-cinq "
     "roubles.",
     "drifted (omission of a clause) in sentence 1: «и не более двенадцати минут в остальное время» (and "
     "no more than twelve minutes at other times) dropped; sentences 2 and 3 faithful; spans a paragraph "
     "break (d1_07, d1_08 | d1_09); contains the term of q38; near-miss d4_06 says every half hour", None),
    ("q33", L, D, "negation", ["d3_20", "d3_21", "d3_22"],
     "The cars, the track and the station buildings were also examined during this inspection. Their "
     "condition will be assessed at the full technical examination. The operator's director, Oleg "
     "Zaretsky, has read the report and raised no objections.",
     "Les voitures, la voie et les bâtiments des stations ont également été examinés lors de ce contrôle. "
     "Leur état sera évalué lors de l'examen technique complet. Le directeur de l'entreprise, Oleg "
     "Zaretski, a pris connaissance du procès-verbal et n'a formulé aucune objection.",
     "drifted (negation reversal) in sentence 1: не обследовались (were not examined) → were also "
     "examined / ont également été examinés; sentences 2 and 3 faithful", None),
    # partial
    ("q34", L, P, "", ["d4_07"],
     "Yesterday an elderly woman slipped on the steps and broke her arm. The stairway up to Nagornaya "
     "Street in icy weather is a fairground ride of its own, for the brave only.",
     "Hier, une dame âgée a glissé dans l'escalier et s'est cassé le bras. Par temps de verglas, "
     "l'escalier de la rue Nagornaïa est une attraction à part entière, réservée aux courageux.",
     "partial: the first sentence (an elderly woman slipped and broke her arm) is in no source; D4 "
     "mentions no fall; the second is faithful to d4_07", None),
    ("q35", L, P, "", ["d3_04", "d3_05"],
     "The funicular went into service in 1962; the track is 210 metres long and the difference in height "
     "between the stations is 58 metres. The cars were last overhauled in 2019. The two cars, each "
     "holding sixty passengers, are moved by a single haul rope 28 millimetres in diameter.",
     "Le funiculaire a été mis en service en 1962 ; la voie mesure deux cent dix mètres et le dénivelé "
     "entre les stations est de cinquante-huit mètres. Les voitures ont été révisées pour la dernière fois "
     "en 2019. Les deux voitures, de soixante places chacune, sont tractées par un câble unique de "
     "28 millimètres de diamètre.",
     "partial: the middle sentence (the cars last overhauled in 2019) is in no source; D3 d3_20 says the "
     "cars were not examined; sentences 1 and 3 faithful to d3_04 and d3_05", None),
    ("q36", L, P, "", ["d2_28"],
     "I apologise to the people of the city and ask them to bear with us for one winter. Every resident of "
     "the Nagorny district will be given a free bus pass until the funicular reopens.",
     "Je présente mes excuses aux habitants de la ville et leur demande de patienter le temps d'un hiver. "
     "Chaque habitant du quartier Nagorny recevra un abonnement de bus gratuit jusqu'à la réouverture du "
     "funiculaire.",
     "partial: the second sentence (a free bus pass for every Nagorny resident) is in no source; D1 keeps "
     "the funicular fare and only existing free-travel rights, D4 merely asks for free travel; the first "
     "is faithful to d2_28", None),
    # terms
    ("q37", TM, T, "", ["d1_01"], "haul rope", "câble tracteur",
     "term «тягового каната» (genitive; literally traction rope)", None),
    ("q38", TM, T, "", ["d1_07"], "rush hour", "heures de pointe",
     "term «часы пик» (accusative plural after в; literally peak hours)", None),
    ("q39", TM, T, "", ["d2_06"], "safety margin", "marge de sécurité",
     "term «запас прочности» (nominative; literally reserve of strength)", None),
    ("q40", TM, T, "", ["d3_08"], "lay length", "pas de câblage",
     "term «шаге свивки» (prepositional; literally step of twisting)", None),
    ("q41", TM, T, "", ["d4_14"], "back of beyond", "au diable vauvert",
     "term «у чёрта на куличках» (literally at the devil's on his hillocks), idiom by idiom", None),
    ("q42", TM, T, "", ["d4_15"], "sit idly by", "les bras croisés",
     "term «сидеть сложа руки» (infinitive; literally sit with folded hands), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The operator plans to install a temporary lift by the upper station for passengers with reduced "
     "mobility.",
     "L'entreprise prévoit d'installer un élévateur provisoire près de la station haute pour les "
     "passagers à mobilité réduite.",
     "absent: no document mentions a lift for passengers with reduced mobility; resembles d4_13 and d1_18",
     "Предприятие планирует установить у верхней станции временный подъёмник для маломобильных "
     "пассажиров."),
    ("q44", S, A, "", [],
     "The old cable will be cut up and sold for scrap, which should bring in about two million roubles.",
     "L'ancien câble sera découpé et vendu à la ferraille, ce qui devrait rapporter environ deux millions "
     "de roubles.",
     "absent: nothing is said about the old cable's fate; resembles d3_15, d3_16 and d2_18",
     "Старый канат разрежут и сдадут на металлолом, что принесёт около двух миллионов рублей."),
    ("q45", S, A, "", [],
     "Rostekhnadzor fined the operator 300,000 roubles for running a cable whose service life had "
     "expired.",
     "Rostekhnadzor a infligé à l'entreprise une amende de trois cent mille roubles pour avoir exploité un "
     "câble dont la durée de service était expirée.",
     "absent: no fine is mentioned; resembles d3_06, d3_12 and d2_08",
     "Ростехнадзор оштрафовал предприятие на триста тысяч рублей за эксплуатацию каната с истёкшим сроком "
     "службы."),
    ("q46", S, A, "", [],
     "Zaretsky said the new cable would be made by a plant in Volgograd and delivered by rail in "
     "February.",
     "Selon Zaretski, le nouveau câble serait fabriqué par une usine de Volgograd et livré par le train en "
     "février.",
     "absent: no plant, city or delivery month is named; resembles d2_12, d2_14 and d1_12 (French "
     "conditional for hearsay)",
     "Зарецкий сообщил, что новый канат изготовит завод в Волгограде и доставит его по железной дороге в "
     "феврале."),
    ("q47", S, A, "", [],
     "The ministry has also asked the traffic police to set aside a bus lane on the Bypass Road at rush "
     "hour.",
     "Le ministère a également demandé à la police de la route de réserver une voie aux bus sur la route "
     "de contournement aux heures de pointe.",
     "absent: no bus lane is mentioned; resembles d1_06 and d1_07",
     "Министерство также попросило Госавтоинспекцию выделить на Объездном шоссе полосу для автобусов в "
     "часы пик."),
    ("q48", L, A, "", [],
     "More than fifteen hundred people have already signed the residents' appeal. The governor is to meet "
     "its authors next week.",
     "Plus de mille cinq cents personnes ont déjà signé la lettre des habitants. Le gouverneur doit en "
     "recevoir les auteurs la semaine prochaine.",
     "absent (2 sentences): no signature count or meeting is mentioned; resembles d4_16, d4_17 and d4_18",
     "Обращение жителей уже подписали более полутора тысяч человек. Губернатор встретится с его авторами "
     "на следующей неделе."),
]


def sentence_table() -> tuple[dict[str, str], list[str]]:
    """Sentence id -> text, and the ids in document order."""
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
