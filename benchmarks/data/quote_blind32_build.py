"""Build the blind quotation set quote_blind32 from one table (standard library only).

Story: the passenger cable car over the river Ilma in the city of Ilmsk stops for three hours after
the brake of one cabin fails; forty-two passengers are lowered on ropes, and the line is closed for
the rest of the year. Four Russian source documents (D1 the regional transport supervision agency's
inspection report, D2 a press conference transcript of the operator's director, D3 the city
administration's order on replacement buses and compensation, D4 a passengers' group post, the
near-miss document) and 48 English / French quotations. Sentence ids (d1_04) are defined here: they
number the sentences of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind32_build.py

writes quote_blind32.tsv, quote_blind32_labels.tsv, quote_blind32_sources.ru.txt and
quote_blind32_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind32"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Акт внеплановой проверки Управления транспортного надзора по Ильмской области, "
           "28 августа 2026 года", [
        ["Внеплановая проверка муниципального унитарного предприятия «Ильмская канатная дорога» проведена "
         "с семнадцатого по двадцать шестое августа 2026 года комиссией под руководством начальника отдела "
         "надзора Ольги Мерзляковой.",
         "Основанием для проверки стала остановка пассажирской канатной дороги через реку Ильму, "
         "произошедшая четырнадцатого августа в 18 часов 42 минуты."],
        ["Комиссия установила, что линию остановила автоматическая система защиты после отказа тормозного "
         "устройства кабины номер девять.",
         "В момент остановки на линии находились одиннадцать кабин, в которых были сорок два пассажира, в "
         "том числе семеро детей.",
         "Кабина номер девять остановилась над руслом реки на высоте около сорока метров."],
        ["Аварийная бригада предприятия прибыла на место через тридцать восемь минут после остановки, "
         "подразделения МЧС — через пятьдесят три минуты.",
         "Пассажиров спускали на верёвках с применением альпинистского снаряжения: тех, чьи кабины "
         "находились над водой, — в спасательные лодки, остальных — на землю.",
         "Последний пассажир был эвакуирован в 21 час 47 минут, то есть спустя три часа пять минут после "
         "остановки.",
         "Двум пассажирам медицинская помощь оказана на месте, одна пассажирка госпитализирована с "
         "повышенным давлением и в ту же ночь отпущена домой."],
        ["Осмотр показал, что износ тормозных накладок кабины номер девять на треть превышал предельно "
         "допустимый.",
         "Износ, близкий к предельному, обнаружен ещё на трёх кабинах из двадцати восьми.",
         "Согласно журналу технического обслуживания, ежемесячный осмотр тормозов в июле не проводился, "
         "хотя значился в графике.",
         "В июньской записи стоит подпись механика, но результаты замеров не указаны."],
        ["Комиссия также установила, что в смене четырнадцатого августа было четыре спасателя вместо шести, "
         "предусмотренных планом эвакуации.",
         "План эвакуации исходит из того, что всех пассажиров можно спустить за два часа, однако учений по "
         "этому плану предприятие не проводило с октября 2024 года.",
         "По мнению комиссии, нехватка спасателей и отсутствие учений, вероятно, увеличили время эвакуации "
         "почти на час."],
        ["Метеоусловия на причины отказа не повлияли: скорость ветра в момент остановки не превышала шести "
         "метров в секунду.",
         "Версию о постороннем вмешательстве комиссия не подтвердила."],
        ["По результатам проверки эксплуатация канатной дороги приостановлена до устранения всех нарушений.",
         "Предприятию предписано заменить тормозные накладки на всех двадцати восьми кабинах, укомплектовать "
         "аварийную бригаду и провести учения по эвакуации с участием МЧС.",
         "Срок исполнения предписания — до первого декабря 2026 года.",
         "Возобновление движения допускается только после повторной проверки и пробного пуска без "
         "пассажиров."],
        ["За нарушение правил технического обслуживания предприятие привлечено к административной "
         "ответственности в виде штрафа в размере трёхсот тысяч рублей.",
         "Материалы проверки направлены в прокуратуру города Ильмска для правовой оценки."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора МУП «Ильмская канатная дорога» Вадима Королькова, "
           "31 августа 2026 года", [
        ["Директор предприятия Вадим Корольков провёл пресс-конференцию после публикации акта проверки "
         "Управления транспортного надзора.",
         "Приводим его ответы на вопросы журналистов с небольшими сокращениями."],
        ["— Вадим Олегович, что произошло четырнадцатого августа?"],
        ["— На кабине номер девять отказал тормоз, и система защиты остановила всю линию, как ей и положено.",
         "Я хочу ещё раз извиниться перед всеми сорока двумя пассажирами и их близкими.",
         "Три часа в кабине над рекой — такого и врагу не пожелаешь."],
        ["— Комиссия пишет, что июльский осмотр тормозов не проводился."],
        ["— С выводами комиссии я согласен и оспаривать их не буду.",
         "Осмотр перенесли из-за нехватки механиков, а потом о нём просто забыли.",
         "Главный инженер Руслан Шарипов отстранён от работы до окончания служебной проверки.",
         "Но ответственность за случившееся несу и я лично."],
        ["— Почему спасатели приехали так поздно?"],
        ["— В ту смену действительно было четыре спасателя вместо шести: двое были на больничном, а замену "
         "им не нашли.",
         "Теперь в каждой смене будет не меньше восьми спасателей, а учения мы будем проводить каждый "
         "квартал.",
         "Мы уже объявили набор и обучим новых людей за свой счёт."],
        ["— Когда канатная дорога снова заработает?"],
        ["— До конца года линия будет закрыта, это решение администрации города, и я считаю его правильным.",
         "Новые тормозные накладки для всех двадцати восьми кабин заказаны у производителя, поставка займёт "
         "около десяти недель.",
         "Замена обойдётся примерно в тридцать восемь миллионов рублей.",
         "Если всё пойдёт по плану, первых пассажиров мы сможем принять в марте, но не раньше."],
        ["— Вы не собираетесь уйти в отставку?"],
        ["— Вопрос о моей отставке решает глава города, и любое его решение я приму.",
         "Но сейчас моя задача — довести ремонт до конца и вернуть людям доверие к канатной дороге."],
        ["— Что вы скажете тем, кто каждый день ездил на канатной дороге на работу?"],
        ["— В будний день канатной дорогой пользовались около шести тысяч человек, и я понимаю, как им "
         "сейчас неудобно.",
         "Владельцам проездных на канатную дорогу мы вернём деньги за неиспользованные дни.",
         "Поверьте, нам самим больно смотреть на кабины, которые стоят без движения."],
    ]),
    ("D3", "Постановление администрации города Ильмска от 17 августа 2026 года № 1187 «О мерах в связи с "
           "приостановкой работы пассажирской канатной дороги»", [
        ["В связи с аварийной остановкой пассажирской канатной дороги через реку Ильму четырнадцатого "
         "августа 2026 года и в целях обеспечения безопасности жителей администрация города Ильмска "
         "постановляет следующее."],
        ["Приостановить работу пассажирской канатной дороги с четырнадцатого августа по тридцать первое "
         "декабря 2026 года включительно.",
         "Решение о возобновлении её работы принять не ранее получения положительного заключения Управления "
         "транспортного надзора по Ильмской области."],
        ["Организовать с семнадцатого августа компенсационный автобусный маршрут между Соборной площадью и "
         "микрорайоном Заречье через Старый мост.",
         "Выпустить на маршрут четырнадцать автобусов, работающих с шести часов до двадцати трёх часов "
         "тридцати минут.",
         "Установить интервал движения не более восьми минут в часы пик и не более пятнадцати минут в "
         "остальное время.",
         "Проезд по компенсационному маршруту сделать бесплатным для всех пассажиров."],
        ["Выплатить каждому из сорока двух пассажиров, находившихся в кабинах во время остановки, "
         "единовременную компенсацию в размере двадцати тысяч рублей из резервного фонда администрации.",
         "Для детей, находившихся в кабинах, размер компенсации увеличить до тридцати тысяч рублей.",
         "Заявления о выплате принимать в многофункциональных центрах до первого октября 2026 года."],
        ["Обязать МУП «Ильмская канатная дорога» до тридцатого сентября вернуть владельцам проездных билетов "
         "стоимость неиспользованных поездок.",
         "Предоставить владельцам льготных проездных билетов на канатную дорогу право бесплатного проезда в "
         "городских автобусах и трамваях до конца года."],
        ["Поручить МУП «Ильмская канатная дорога» в месячный срок представить план устранения нарушений с "
         "указанием сроков и стоимости работ.",
         "Финансирование замены тормозного оборудования осуществить за счёт средств предприятия и городского "
         "бюджета в равных долях."],
        ["Департаменту транспорта совместно с полицией обеспечить порядок на остановках компенсационного "
         "маршрута в часы пик.",
         "Управлению по связям с общественностью ежедневно информировать жителей о работе маршрута через сайт "
         "администрации и городские социальные сети."],
        ["До первого ноября провести проверку технического состояния всех объектов городского транспорта "
         "повышенной опасности."],
        ["Контроль за исполнением постановления возложить на заместителя главы города Светлану Ершову.",
         "Постановление вступает в силу со дня подписания и подлежит опубликованию в газете «Ильмский "
         "вестник».",
         "Глава города Ильмска Андрей Пахомов."],
    ]),
    ("D4", "Пост Дарьи Мельниковой в группе «Застрявшие над Ильмой» в социальной сети, 2 сентября 2026 года", [
        ["Прошло почти три недели, а я до сих пор вздрагиваю, когда вижу кабины над рекой.",
         "Мы с сыном были в той самой девятой кабине и четыре часа висели на волоске над водой.",
         "Сыну восемь лет, он держался молодцом, а я держалась только ради него."],
        ["Теперь вышел акт проверки, и там чёрным по белому написано то, что мы и так знали.",
         "Тормоза, оказывается, были изношены почти на всех кабинах, а осмотры не проводились с весны.",
         "Спасателей в смене было всего двое, и первые полтора часа к нам вообще никто не ехал.",
         "Проще говоря, работали спустя рукава, а теперь ищут крайних."],
        ["На пресс-конференции директор извинялся и говорил, что согласен с выводами комиссии.",
         "Главного инженера, говорят, уже уволили, а сам директор уходить явно не собирается.",
         "Обещают открыть дорогу к Новому году, но я в это не верю."],
        ["Нам обещали компенсацию, говорят, тысяч по пятьдесят на человека.",
         "Автобусы вместо канатки ходят раз в полчаса и набиты так, что не вздохнуть.",
         "Раньше я добиралась до работы за семь минут, а теперь трачу больше часа."],
        ["Нас в кабинах было под пятьдесят человек, и почти половина — дети.",
         "Никто из чиновников до сих пор не позвонил ни одному из нас.",
         "Я не требую ничьих голов.",
         "Я просто хочу знать, что, когда дорогу откроют, тормоза на ней будут проверять каждый месяц, и не "
         "только на бумаге."],
        ["Если вы тоже были в кабинах четырнадцатого августа, напишите в комментариях.",
         "Мы собираем подписи под обращением к главе города.",
         "Вместе нас услышат быстрее."],
    ]),
]

# 15 unrelated sentences in the same registers (an inspection agency, a press conference, a city order,
# town news, a social-media post); they are in no document.
UNRELATED = [
    "Проверка соблюдения правил перевозки опасных грузов на автовокзале нарушений не выявила.",
    "Управление напоминает владельцам маломерных судов о необходимости пройти ежегодный технический осмотр.",
    "— Как вы оцениваете итоги туристического сезона?",
    "— Сезон получился удачным, гостиницы были заполнены почти до конца сентября.",
    "Директор зоопарка рассказал журналистам о пополнении в семействе рысей.",
    "Утвердить схему движения транспорта на время проведения городского полумарафона.",
    "Определить места для установки новогодних ёлок на площадях города.",
    "Признать утратившим силу постановление о порядке уборки снега во дворах.",
    "Девочки, кто знает хорошего детского стоматолога в нашем районе, подскажите!",
    "У нас во дворе наконец-то поставили новую детскую площадку.",
    "На набережной в субботу пройдёт фестиваль уличной еды.",
    "Речной трамвай до конца сентября будет ходить по расширенному расписанию.",
    "Городская библиотека продлила часы работы в выходные дни.",
    "В парке Победы начали ремонт фонтана, работы продлятся до мая.",
    "Ветеринарная клиника на Садовой улице ищет хозяев для трёх котят.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_03"],
     "The commission established that the line had been stopped by the automatic protection system after "
     "the braking device on cabin 9 failed.",
     "La commission a établi que c'est le système de protection automatique qui a arrêté la ligne, après "
     "la défaillance du dispositif de freinage de la cabine numéro neuf.",
     "faithful; active turned passive in en, cleft in fr; кабины номер девять = cabin 9 / cabine numéro "
     "neuf", None),
    ("q02", S, F, "", ["d1_08"],
     "The last passenger was brought down at 9:47 pm, three hours and five minutes after the stop.",
     "Le dernier passager a été évacué à 21 h 47, soit trois heures et cinq minutes après l'arrêt.",
     "faithful; 21 час 47 минут = 9:47 pm / 21 h 47 (local notation); то есть = (none) / soit; near-miss "
     "d4_02 says four hours", None),
    ("q03", S, F, "", ["d1_11"],
     "Three more of the twenty-eight cabins were found to have wear close to the limit.",
     "Une usure proche de la limite a été constatée sur trois autres des 28 cabines.",
     "faithful; clauses reordered; numbers as words in en, digits in fr; near-miss d4_05 says almost all "
     "cabins were worn", None),
    ("q04", S, F, "", ["d2_13"],
     "There really were four rescuers on that shift instead of six: two were off sick, and no one was "
     "found to replace them.",
     "Ce jour-là, l'équipe de service comptait effectivement quatre sauveteurs au lieu de six : deux étaient "
     "en arrêt maladie, et personne n'a été trouvé pour les remplacer.",
     "faithful; замену им не нашли (impersonal, negated) = no one was found to replace them / personne n'a "
     "été trouvé; на больничном = off sick / en arrêt maladie; near-miss d4_06 says only two rescuers",
     None),
    ("q05", S, F, "", ["d2_10"],
     "Chief engineer Ruslan Sharipov has been suspended until the internal inquiry is over.",
     "L'ingénieur en chef, Rouslan Charipov, est suspendu jusqu'à la fin de l'enquête interne.",
     "faithful; отстранён от работы = suspended / suspendu; near-miss d4_09 says he was fired; contains the "
     "term of q38", None),
    ("q06", S, F, "", ["d3_11"],
     "By 30 September, the municipal enterprise Ilmsk Cable Car must refund season-ticket holders for the "
     "trips they have not used.",
     "L'entreprise municipale Téléphérique d'Ilmsk est tenue de rembourser d'ici au 30 septembre aux "
     "détenteurs d'abonnements le prix des trajets non effectués.",
     "faithful; the order's infinitive (Обязать ... вернуть) = must / est tenue de; МУП = municipal "
     "enterprise / entreprise municipale; the enterprise's name translated; clauses reordered", None),
    ("q07", S, F, "", ["d4_05"],
     "It turns out the brakes were worn on almost every cabin, and there had been no inspections since the "
     "spring.",
     "Il s'avère que les freins étaient usés sur presque toutes les cabines et qu'aucune inspection n'avait "
     "eu lieu depuis le printemps.",
     "faithful rendering of the near-miss sentence d4_05 (D1 d1_10 to d1_12: one cabin beyond the limit, "
     "three near it, the July check skipped); оказывается = it turns out / il s'avère; не проводились = no "
     "inspections / aucune inspection", None),
    ("q08", S, F, "", ["d4_14"],
     "There were nearly fifty of us in the cabins, and almost half were children.",
     "Nous étions près de cinquante dans les cabines, dont presque la moitié d'enfants.",
     "faithful rendering of the near-miss sentence d4_14 (D1 d1_04: 42 passengers, seven children); под "
     "пятьдесят = nearly fifty / près de cinquante", None),
    ("q09", S, F, "", ["d4_04"],
     "Now the inspection report is out, and it says in black and white what we already knew.",
     "Le rapport d'inspection est maintenant publié, et on y lit noir sur blanc ce que nous savions déjà.",
     "faithful; чёрным по белому = in black and white / noir sur blanc, idiom by idiom; и так знали = "
     "already knew / savions déjà; D4's own sentence", None),
    ("q10", S, F, "", ["d2_25"],
     "On a weekday about 6,000 people used the cable car, and I understand how inconvenient this is for "
     "them now.",
     "En semaine, environ six mille personnes empruntaient le téléphérique, et je comprends à quel point la "
     "situation leur est pénible aujourd'hui.",
     "faithful; около kept as about / environ; numbers as digits in en, words in fr", None),
    ("q11", S, F, "", ["d1_15"],
     "The evacuation plan assumes that all passengers can be brought down within two hours, yet the company "
     "has held no drills under it since October 2024.",
     "Le plan d'évacuation part du principe que tous les passagers peuvent être descendus en deux heures, "
     "mais l'entreprise n'a organisé aucun exercice selon ce plan depuis octobre 2024.",
     "faithful; не проводило учений = has held no drills / n'a organisé aucun exercice (negative word)",
     None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_01", "d1_02"],
     "An unscheduled inspection of the municipal enterprise Ilmsk Cable Car was carried out from 17 to 26 "
     "August 2026 by a commission led by Olga Merzlyakova, head of the supervision department. It was "
     "prompted by the stoppage of the passenger cable car across the Ilma at 6:42 pm on 14 August.",
     "Du 17 au 26 août 2026, une commission dirigée par la cheffe du service de surveillance, Olga "
     "Merzliakova, a mené une inspection inopinée de l'entreprise municipale Téléphérique d'Ilmsk. Elle "
     "faisait suite à l'arrêt du téléphérique urbain au-dessus de l'Ilma, survenu le 14 août à 18 h 42.",
     "faithful; Ольги Мерзляковой (genitive) = Olga Merzlyakova / Merzliakova; passive turned active in "
     "fr; ordinal dates in words rendered as digits; реку Ильму (accusative) = the Ilma / l'Ilma", None),
    ("q13", L, F, "", ["d2_22", "d2_23"],
     "Whether I resign is for the mayor to decide, and I will accept whatever he decides. But right now my "
     "job is to see the repairs through and to win back people's trust in the cable car.",
     "C'est au maire de décider de ma démission, et j'accepterai sa décision, quelle qu'elle soit. Mais pour "
     "l'instant, ma tâche est de mener les réparations à leur terme et de rendre aux gens confiance dans le "
     "téléphérique.",
     "faithful; глава города = the mayor / le maire; довести до конца = see through / mener à leur terme; "
     "D4 d4_09 says he clearly has no intention of leaving", None),
    ("q14", L, F, "", ["d3_05", "d3_06"],
     "Fourteen buses are to run on the route from 6 am to 11:30 pm. The interval between them must be no "
     "more than eight minutes at peak times and no more than 15 minutes the rest of the day.",
     "Quatorze bus seront affectés à la ligne, de 6 heures à 23 h 30. L'intervalle entre deux passages ne "
     "dépassera pas huit minutes aux heures de pointe et quinze minutes le reste du temps.",
     "faithful; the order's infinitives (Выпустить, Установить) = are to, must / future in fr; с шести "
     "часов до двадцати трёх часов тридцати минут = from 6 am to 11:30 pm / de 6 heures à 23 h 30; "
     "near-miss d4_12 says every half hour", None),
    ("q15", L, F, "", ["d4_01", "d4_02"],
     "Almost three weeks have gone by, and I still flinch whenever I see the cabins over the river. My son "
     "and I were in that very cabin, number nine, and for four hours we were hanging by a thread above the "
     "water.",
     "Presque trois semaines ont passé, et je tressaille encore quand je vois les cabines au-dessus de la "
     "rivière. Mon fils et moi étions dans cette fameuse cabine numéro neuf, et pendant quatre heures, notre "
     "vie n'a tenu qu'à un fil au-dessus de l'eau.",
     "faithful; D4's own sentence and the near-miss sentence d4_02 (four hours; D1 d1_08: three hours "
     "five minutes) rendered faithfully; висели на волоске = hanging by a thread / ne tenir qu'à un fil, "
     "idiom by idiom; девятой кабине = cabin number nine; contains the term of q42", None),
    ("q16", L, F, "", ["d1_04", "d1_05"],
     "When the line stopped, eleven cabins carrying 42 passengers, seven of them children, were on it. Cabin "
     "nine came to a halt over the riverbed at a height of about 40 metres.",
     "Au moment de l'arrêt, onze cabines se trouvaient sur la ligne, avec à leur bord quarante-deux "
     "passagers, dont sept enfants. La cabine numéro neuf s'est immobilisée au-dessus du lit de la rivière, "
     "à environ quarante mètres de hauteur.",
     "faithful; clauses reordered; numbers as digits in en, words in fr; около kept as about / environ; "
     "near-miss d4_14 says nearly fifty people, almost half children", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_12", "d1_13", "d1_14"],
     "According to the maintenance log, the monthly brake check was not carried out in July, although it "
     "was on the schedule. The June entry bears a mechanic's signature, but no measurements are recorded. "
     "The commission also found that on 14 August there were four rescuers on shift instead of the six "
     "required by the evacuation plan.",
     "D'après le registre de maintenance, le contrôle mensuel des freins n'a pas été effectué en juillet, "
     "alors qu'il figurait au calendrier. L'entrée de juin porte la signature d'un mécanicien, mais aucun "
     "résultat de mesure n'y figure. La commission a également constaté que l'équipe de service du 14 août "
     "comptait quatre sauveteurs au lieu des six prévus par le plan d'évacuation.",
     "faithful; spans a paragraph break (d1_12, d1_13 | d1_14); результаты не указаны = no measurements "
     "are recorded / aucun résultat n'y figure; near-miss d4_05 and d4_06 say no checks since spring and "
     "only two rescuers", None),
    ("q18", L, F, "", ["d3_13", "d3_14", "d3_15"],
     "Ilmsk Cable Car is instructed to submit, within a month, a plan for remedying the violations, with "
     "deadlines and costs. The replacement of the brake equipment is to be paid for by the enterprise and "
     "the city budget in equal shares. The transport department, together with the police, is to keep "
     "order at the replacement route's stops during rush hour.",
     "Le Téléphérique d'Ilmsk est chargé de présenter sous un mois un plan de mise en conformité précisant "
     "les délais et le coût des travaux. Le remplacement des équipements de freinage sera financé à parts "
     "égales par l'entreprise et par le budget municipal. La direction des transports veillera, avec la "
     "police, au maintien de l'ordre aux arrêts de la ligne de bus de remplacement aux heures de pointe.",
     "faithful; spans a paragraph break (d3_13, d3_14 | d3_15); МУП left out; the order's infinitives "
     "rendered as is instructed / is to / future; часы пик = rush hour / heures de pointe", None),
    ("q19", L, F, "", ["d4_12", "d4_13", "d4_15"],
     "The buses that replaced the cable car run every half hour and are so packed you can't breathe. I used "
     "to get to work in seven minutes; now it takes me over an hour. (…) To this day, not a single "
     "official has called any of us.",
     "Les bus qui remplacent le téléphérique passent toutes les demi-heures et sont tellement bondés qu'on "
     "ne peut pas respirer. Avant, je mettais sept minutes pour aller au travail ; maintenant, il me faut "
     "plus d'une heure. (…) À ce jour, aucun responsable n'a appelé un seul d'entre nous.",
     "faithful; ellipsis (…) skips d4_14; spans a paragraph break (d4_12, d4_13 | d4_15); the near-miss "
     "sentence d4_12 (every half hour; D3 d3_06: eight and fifteen minutes) rendered faithfully; канатки "
     "(colloquial) = the cable car; не вздохнуть = you can't breathe / on ne peut pas respirer; Никто ... "
     "ни одному = not a single official ... any of us / aucun responsable ... un seul", None),
    ("q20", L, F, "", ["d2_08", "d2_09", "d2_11"],
     "I agree with the commission's findings and will not challenge them. The check was postponed because "
     "we were short of mechanics, and then it was simply forgotten. […] But I personally bear "
     "responsibility for what happened as well.",
     "Je suis d'accord avec les conclusions de la commission et je ne les contesterai pas. Le contrôle a été "
     "reporté faute de mécaniciens, puis on l'a tout simplement oublié. […] Mais j'assume aussi "
     "personnellement la responsabilité de ce qui s'est passé.",
     "faithful; ellipsis […] skips d2_10 (the chief engineer's suspension); impersonal перенесли, забыли = "
     "passive in en, passive and on in fr; нехватки механиков = short of mechanics / faute de mécaniciens",
     None),
    ("q21", L, F, "", ["d2_04", "d2_05", "d2_06"],
     "The brake failed on cabin nine, and the protection system stopped the whole line, just as it is "
     "supposed to. I want to apologise once again to all 42 passengers and their families. Three hours in "
     "a cabin above the river: I wouldn't wish that on my worst enemy.",
     "Le frein de la cabine numéro neuf a lâché, et le système de protection a arrêté toute la ligne, comme "
     "il se doit. Je tiens à présenter de nouveau mes excuses aux quarante-deux passagers et à leurs "
     "proches. Trois heures dans une cabine au-dessus de la rivière, je ne le souhaiterais pas à mon pire "
     "ennemi.",
     "faithful; такого и врагу не пожелаешь = I wouldn't wish that on my worst enemy / je ne le "
     "souhaiterais pas à mon pire ennemi, idiom by idiom; близкими = families / proches; contains the term "
     "of q39", None),
    ("q22", L, F, "", ["d4_08", "d4_09", "d4_10", "d4_11"],
     "At the press conference the director apologised and said he agreed with the commission's findings. "
     "The chief engineer has reportedly already been fired, while the director himself clearly has no "
     "intention of leaving. They're promising to reopen the line by New Year, but I don't believe it. "
     "We've been promised compensation, apparently about fifty thousand each.",
     "Lors de la conférence de presse, le directeur s'est excusé et a dit qu'il partageait les conclusions "
     "de la commission. L'ingénieur en chef aurait déjà été licencié, alors que le directeur lui-même n'a "
     "visiblement aucune intention de partir. On nous promet une réouverture pour le Nouvel An, mais je n'y "
     "crois pas. On nous a promis une indemnisation, environ cinquante mille par personne, paraît-il.",
     "faithful; spans a paragraph break (d4_08, d4_09, d4_10 | d4_11); the near-miss sentences d4_09 "
     "(fired; D2 d2_10: suspended), d4_10 (New Year; D2 d2_20: March at the earliest) and d4_11 (about "
     "fifty thousand; D3 d3_08, d3_09: 20,000 and 30,000) rendered faithfully; говорят = reportedly, "
     "apparently / French conditional aurait, paraît-il; тысяч по пятьдесят = about fifty thousand / "
     "environ cinquante mille", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_06"],
     "The company's emergency crew reached the scene 28 minutes after the stop, and Emergencies Ministry "
     "units 53 minutes after it.",
     "L'équipe d'intervention de l'entreprise est arrivée sur place vingt-huit minutes après l'arrêt, les "
     "unités du ministère des Situations d'urgence cinquante-trois minutes après.",
     "drifted (numbers): тридцать восемь минут (38 minutes) → 28 / vingt-huit; 53 kept; the rest faithful",
     None),
    ("q24", S, D, "names", ["d2_01"],
     "The enterprise's director, Vadim Korolyov, held a press conference after the transport supervision "
     "agency published its inspection report.",
     "Le directeur de l'entreprise, Vadim Koroliov, a donné une conférence de presse après la publication du "
     "rapport d'inspection de l'agence de surveillance des transports.",
     "drifted (names): surname Корольков (Korolkov) → Korolyov / Koroliov; first name Vadim kept", None),
    ("q25", S, D, "negation", ["d1_22"],
     "Service may resume only after a repeat inspection and a trial run with passengers.",
     "La reprise du service n'est autorisée qu'après une nouvelle inspection et un essai avec passagers.",
     "drifted (negation reversal): пробного пуска без пассажиров (a trial run without passengers) → with "
     "passengers / avec passagers", None),
    ("q26", S, D, "hedge", ["d1_10"],
     "The examination suggested that wear on the brake linings of cabin nine may have exceeded the maximum "
     "permitted level by a third.",
     "L'examen laisse penser que l'usure des garnitures de frein de la cabine numéro neuf pourrait avoir "
     "dépassé d'un tiers le maximum admissible.",
     "drifted (hedge added): stated as fact (Осмотр показал ... превышал) → suggested ... may have / laisse "
     "penser ... pourrait avoir; contains the term of q37", None),
    ("q27", S, D, "hedge", ["d1_16"],
     "In the commission's view, the shortage of rescuers and the lack of drills added almost an hour to the "
     "evacuation.",
     "Selon la commission, le manque de sauveteurs et l'absence d'exercices ont allongé l'évacuation de près "
     "d'une heure.",
     "drifted (hedge dropped): вероятно (probably) dropped; почти (almost) and По мнению комиссии kept",
     None),
    ("q28", S, D, "quantifier", ["d2_14"],
     "From now on, most shifts will have at least eight rescuers, and we'll hold drills every quarter.",
     "Désormais, la plupart des équipes compteront au moins huit sauveteurs, et nous ferons des exercices "
     "tous les trimestres.",
     "drifted (quantifier): в каждой смене (every shift) → most shifts / la plupart des équipes; the rest "
     "faithful", None),
    ("q29", S, D, "omission", ["d3_12"],
     "Holders of cable car season tickets are to be allowed free travel on city buses and trams until the "
     "end of the year.",
     "Les titulaires d'un abonnement au téléphérique pourront voyager gratuitement dans les bus et tramways "
     "de la ville jusqu'à la fin de l'année.",
     "drifted (omission of a restriction): льготных (concessionary) dropped, so the free travel reads as "
     "granted to every season-ticket holder", None),
    ("q30", S, D, "addition", ["d3_16"],
     "The public relations office is to keep residents informed daily about the route via the "
     "administration's website, local radio and the city's social media accounts.",
     "Le service des relations publiques informera chaque jour les habitants du fonctionnement de la ligne "
     "sur le site de la mairie, à la radio locale et sur les réseaux sociaux de la ville.",
     "drifted (addition of a list item): \"local radio\" / \"la radio locale\" added to the channels", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_08", "d3_09", "d3_10"],
     "Each of the 42 passengers who were in the cabins during the stoppage is to receive a one-off payment "
     "of 20,000 roubles from the administration's reserve fund. For children who were in the cabins, the "
     "amount is raised to 40,000 roubles. Applications will be accepted at multifunctional service centres "
     "until 1 October 2026.",
     "Chacun des quarante-deux passagers qui se trouvaient dans les cabines pendant l'arrêt recevra une "
     "indemnité forfaitaire de vingt mille roubles prélevée sur le fonds de réserve de la mairie. Pour les "
     "enfants présents dans les cabines, le montant est porté à quarante mille roubles. Les demandes seront "
     "reçues dans les centres de services publics jusqu'au 1er octobre 2026.",
     "drifted (numbers) in sentence 2: тридцати тысяч (30,000) → 40,000 / quarante mille; sentences 1 and "
     "3 faithful (42, 20,000 and 1 October kept)", None),
    ("q32", L, D, "omission", ["d2_18", "d2_19", "d2_20"],
     "New brake linings for all twenty-eight cabins have been ordered from the manufacturer, and delivery "
     "will take about ten weeks. The replacement will cost roughly 38 million roubles. We will be able to "
     "take the first passengers in March, but not before.",
     "De nouvelles garnitures de frein pour les vingt-huit cabines ont été commandées au fabricant ; la "
     "livraison prendra une dizaine de semaines. Le remplacement coûtera environ 38 millions de roubles. "
     "Nous pourrons accueillir les premiers passagers en mars, mais pas avant.",
     "drifted (omission of a clause) in sentence 3: «Если всё пойдёт по плану» (if all goes to plan) "
     "dropped, so the March reopening reads as certain; sentences 1 and 2 faithful", None),
    ("q33", L, D, "negation", ["d3_02", "d3_03", "d3_04"],
     "Operation of the passenger cable car is suspended from 14 August to 31 December 2026 inclusive. A "
     "decision on resuming it is to be taken no later than the receipt of a positive opinion from the Ilmsk "
     "Region Transport Supervision Agency. From 17 August a replacement bus route is to run between "
     "Sobornaya Square and the Zarechye district via the Old Bridge.",
     "L'exploitation du téléphérique est suspendue du 14 août au 31 décembre 2026 inclus. La décision de le "
     "remettre en service devra être prise au plus tard à réception d'un avis favorable de l'Agence de "
     "surveillance des transports de la région d'Ilmsk. À partir du 17 août, une ligne de bus de "
     "remplacement reliera la place Sobornaïa au quartier de Zaretchie par le Vieux Pont.",
     "drifted (negation reversal) in sentence 2: не ранее получения (not before receipt) → no later than / "
     "au plus tard; sentences 1 and 3 faithful; spans a paragraph break (d3_02, d3_03 | d3_04); contains "
     "the term of q40", None),
    # partial
    ("q34", L, P, "", ["d4_16", "d4_17"],
     "I'm not after anyone's head. Our lawyer is already preparing a class action against the operator. I "
     "just want to know that, once the line reopens, its brakes will be checked every month, and not only "
     "on paper.",
     "Je ne réclame la tête de personne. Notre avocat prépare déjà une action collective contre l'exploitant. "
     "Je veux simplement savoir que, quand la ligne rouvrira, ses freins seront contrôlés tous les mois, et "
     "pas seulement sur le papier.",
     "partial: the middle sentence (a lawyer preparing a class action) is in no source; the outer "
     "sentences are faithful to d4_16 and d4_17", None),
    ("q35", L, P, "", ["d1_23", "d1_24"],
     "For breaching the maintenance rules, the enterprise has been held administratively liable and fined "
     "300,000 roubles. The chief engineer was also fined 50,000 roubles personally. The inspection files "
     "have been passed to the Ilmsk prosecutor's office for a legal assessment.",
     "Pour manquement aux règles de maintenance, l'entreprise s'est vu infliger une amende administrative de "
     "trois cent mille roubles. L'ingénieur en chef a en outre été personnellement condamné à une amende de "
     "cinquante mille roubles. Le dossier de l'inspection a été transmis au parquet d'Ilmsk pour évaluation "
     "juridique.",
     "partial: the middle sentence (a personal fine on the chief engineer) is in no source; the outer "
     "sentences are faithful to d1_23 and d1_24", None),
    ("q36", L, P, "", ["d2_26"],
     "We will refund cable car season-ticket holders for the days they have not used. Everyone who was "
     "stuck in the cabins will also get a free annual pass once the line reopens.",
     "Nous rembourserons aux abonnés du téléphérique les jours non utilisés. Tous ceux qui sont restés "
     "bloqués dans les cabines recevront en outre un abonnement annuel gratuit à la réouverture de la ligne.",
     "partial: the last sentence (a free annual pass for the stranded passengers) is in no source; the real "
     "next sentence, d2_27, is about the idle cabins; the first is faithful to d2_26", None),
    # terms
    ("q37", TM, T, "", ["d1_10"], "brake linings", "garnitures de frein",
     "term «тормозных накладок» (genitive plural)", None),
    ("q38", TM, T, "", ["d2_10"], "internal inquiry", "enquête interne",
     "term «служебной проверки» (genitive; literally service check)", None),
    ("q39", TM, T, "", ["d2_06"], "worst enemy", "pire ennemi",
     "term «врагу не пожелаешь» (literally you would not wish it on an enemy), idiom by idiom", None),
    ("q40", TM, T, "", ["d3_04"], "replacement bus route", "bus de remplacement",
     "term «компенсационный автобусный маршрут» (accusative; literally compensatory bus route)", None),
    ("q41", TM, T, "", ["d4_07"], "cut corners", "par-dessus la jambe",
     "term «спустя рукава» (literally with sleeves let down), idiom by idiom", None),
    ("q42", TM, T, "", ["d4_02"], "by a thread", "à un fil",
     "term «висели на волоске» (literally hung on a little hair), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The cabin manufacturer has sent its own engineers to Ilmsk to examine the failed brake.",
     "Le fabricant des cabines a dépêché ses propres ingénieurs à Ilmsk pour examiner le frein défaillant.",
     "absent: no document mentions the manufacturer's engineers; resembles d1_03, d1_10 and d2_18",
     "Производитель кабин направил в Ильмск своих инженеров, чтобы осмотреть отказавший тормоз."),
    ("q44", S, A, "", [],
     "The replacement buses will also stop at the river port and the central market.",
     "Les bus de remplacement desserviront aussi le port fluvial et le marché central.",
     "absent: no stops are listed; resembles d3_04 and d3_15",
     "Автобусы компенсационного маршрута будут также останавливаться у речного порта и центрального рынка."),
    ("q45", S, A, "", [],
     "Korolkov said the enterprise had asked the city for money to replace the brakes back in the spring "
     "and had been turned down.",
     "Selon Vadim Korolkov, l'entreprise aurait demandé dès le printemps à la ville de financer le "
     "remplacement des freins, sans succès.",
     "absent: Korolkov says nothing of the kind; resembles d2_09 and d3_14 (French conditional for "
     "reported speech)",
     "Корольков заявил, что ещё весной предприятие просило у города денег на замену тормозов, но получило "
     "отказ."),
    ("q46", S, A, "", [],
     "The commission found that the emergency intercom in cabin nine did not work during the stop.",
     "La commission a établi que l'interphone d'urgence de la cabine numéro neuf ne fonctionnait pas pendant "
     "l'arrêt.",
     "absent: the report says nothing about an intercom; resembles d1_03 and d1_14",
     "Комиссия установила, что аварийная связь в кабине номер девять во время остановки не работала."),
    ("q47", S, A, "", [],
     "All 42 passengers will also be offered free sessions with a psychologist.",
     "Les quarante-deux passagers se verront également proposer des séances gratuites avec un psychologue.",
     "absent: no psychological help is mentioned; resembles d3_08 and d3_09",
     "Всем сорока двум пассажирам также предложат бесплатные консультации психолога."),
    ("q48", L, A, "", [],
     "For the last hour the rescuers had to work in the dark. Two of them were slightly injured during the "
     "descent.",
     "Pendant la dernière heure, les sauveteurs ont dû travailler dans l'obscurité. Deux d'entre eux ont été "
     "légèrement blessés pendant la descente.",
     "absent (2 sentences): darkness and injured rescuers are mentioned nowhere; resembles d1_07, d1_08 and "
     "d1_09",
     "Последний час спасателям пришлось работать в темноте. Двое из них получили лёгкие травмы во время "
     "спуска."),
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
