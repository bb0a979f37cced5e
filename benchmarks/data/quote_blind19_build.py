"""Build the blind quotation set quote_blind19 from one table (standard library only).

Story: a forest fire in the Yasenevsky district of the Severogorsk region forces the night-time
evacuation of the Svetlyachok children's summer camp. Four Russian source documents (D1 a news-agency
report, D2 the regional forestry department's press release, D3 a newspaper interview with the camp
director, D4 a mother's post on a city forum, the near-miss document) and 48 English / French
quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document from
01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind19_build.py

writes quote_blind19.tsv, quote_blind19_labels.tsv, quote_blind19_sources.ru.txt and
quote_blind19_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind19"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Репортаж информационного агентства «Северогорск-Информ»: из детского лагеря «Светлячок» "
           "ночью эвакуировали детей, 16 июля 2026 года", [
        ["В ночь на шестнадцатое июля из детского оздоровительного лагеря «Светлячок» в Ясеневском районе "
         "эвакуировали всех детей из-за лесного пожара, фронт которого приблизился к лагерю на расстояние "
         "около четырёх километров.",
         "Всего вывезли сто восемьдесят шесть детей в возрасте от семи до пятнадцати лет и сорок два "
         "сотрудника лагеря.",
         "Никто не пострадал."],
        ["Пожар в Кедровском лесничестве обнаружили утром четырнадцатого июля по изображению с камеры "
         "лесного видеонаблюдения.",
         "Поначалу огонь занимал около девяноста гектаров и, по оценке лесников, не угрожал населённым "
         "пунктам.",
         "Ситуация изменилась пятнадцатого июля: ветер усилился до восемнадцати метров в секунду, и начался "
         "верховой пожар, при котором огонь идёт по кронам деревьев.",
         "За сутки площадь пожара выросла более чем в семь раз и достигла шестисот сорока гектаров."],
        ["Решение об эвакуации районный оперативный штаб принял в десять часов вечера.",
         "Глава Ясеневского района Виктор Пантелеев рассказал, что за детьми отправили девять автобусов: "
         "шесть школьных и три от частного перевозчика.",
         "Первые автобусы подошли к воротам лагеря через сорок минут, а последний выехал оттуда около часа "
         "ночи.",
         "Детей разместили в районном спортивном комплексе в посёлке Ясенево, где для них приготовили "
         "раскладушки, воду и горячий ужин.",
         "«Дети вели себя спокойно, многие толком не проснулись, пока их рассаживали по автобусам», — сказал "
         "Пантелеев."],
        ["Утром шестнадцатого июля в спорткомплекс начали пускать родителей, и к вечеру по домам забрали сто "
         "семьдесят одного ребёнка.",
         "Оставшихся пятнадцать детей, чьи родители живут в Северогорске, в тот же день отвезли в областной "
         "центр на автобусе в сопровождении вожатых.",
         "Четверо детей обратились к врачу с жалобами на головную боль, но госпитализировать никого не "
         "пришлось."],
        ["С пятнадцатого июля в Ясеневском районе действует режим чрезвычайной ситуации.",
         "Огонь тушат двести тридцать человек и сорок восемь единиц техники, с воздуха работают самолёт "
         "Бе-200 и вертолёт Ми-8.",
         "Днём шестнадцатого июля пожар подошёл к ограде лагеря на шестьсот метров, но пожарным удалось "
         "остановить его встречным палом.",
         "Жилые корпуса лагеря не пострадали, от летящих искр сгорел только сарай с инвентарём у дальней "
         "ограды."],
        ["В областном управлении лесного хозяйства причиной пожара считают удар молнии.",
         "Полиция при этом проверяет и версию о неосторожном обращении с огнём.",
         "Туристическая тропа к Кедровому водопаду, проходящая рядом с очагом, закрыта до конца месяца."],
        ["Смену в лагере, которая должна была продлиться до двадцать шестого июля, закрыли досрочно.",
         "Министр образования области Ирина Голубева пообещала вернуть родителям деньги за неиспользованные "
         "дни путёвок.",
         "Откроется ли лагерь на третью смену, решат после проверки пожарной безопасности."],
    ]),
    ("D2", "Пресс-релиз Главного управления лесного хозяйства Северогорской области, 18 июля 2026 года", [
        ["Лесной пожар в Кедровском лесничестве Ясеневского района локализован вечером семнадцатого июля.",
         "Итоговая площадь пожара составила тысячу двести сорок гектаров.",
         "Угрозы населённым пунктам и детскому лагерю «Светлячок» в настоящее время нет."],
        ["По предварительным данным, причиной возгорания стал удар молнии во время сухой грозы вечером "
         "тринадцатого июля.",
         "Версию о поджоге или неосторожном обращении с огнём проверяет полиция, однако следов костров в "
         "районе очага пока не обнаружено."],
        ["В тушении участвовали двести тридцать человек из лесопожарных служб, пожарной охраны и "
         "добровольческих отрядов.",
         "Самолёт Бе-200 выполнил двадцать шесть сбросов воды, ещё девять сбросов сделал вертолёт Ми-8.",
         "Чтобы остановить огонь на подходе к лагерю, специалисты авиалесоохраны провели отжиг на участке "
         "длиной более двух километров."],
        ["Лагерь «Светлячок» расположен в сосновом лесу в четырнадцати километрах от посёлка Ясенево.",
         "Вокруг его территории проходит минерализованная полоса шириной четыре метра, которую обновили в "
         "июне.",
         "По оценке специалистов, именно эта полоса вместе с отжигом не дала огню подойти к жилым корпусам."],
        ["Начальник управления Андрей Шестаков поблагодарил пожарных и добровольцев, которые работали без "
         "выходных.",
         "Он также поручил до первого августа проверить минерализованные полосы у всех двенадцати детских "
         "лагерей области, расположенных в лесу.",
         "Лагеря, где будут выявлены нарушения, не смогут принимать детей, пока их не устранят."],
        ["До полной ликвидации пожара на месте продолжат дежурить не менее шестидесяти человек.",
         "До конца июля в лесах Ясеневского и соседнего Берёзовского районов действует запрет на их "
         "посещение.",
         "За разведение костров в лесу в период особого противопожарного режима гражданам грозит штраф до "
         "пятидесяти тысяч рублей.",
         "Управление просит жителей сообщать о любых признаках дыма по круглосуточному телефону лесной "
         "охраны.",
         "Лесники напоминают, что большинство лесных пожаров в области возникает по вине людей."],
    ]),
    ("D3", "Интервью директора детского лагеря «Светлячок» Ольги Кравцовой газете «Ясеневский вестник», "
           "20 июля 2026 года", [
        ["Ольга Кравцова руководит детским лагерем «Светлячок» девятый год.",
         "В ночь эвакуации она покинула территорию лагеря последней."],
        ["— Ольга Сергеевна, когда вы поняли, что детей придётся вывозить?"],
        ["— Днём пятнадцатого мы видели дым, но нам говорили, что пожар далеко и опасности нет.",
         "Вечером ветер переменился, и запах гари стал таким сильным, что я сама позвонила в штаб.",
         "Приказ об эвакуации пришёл около десяти часов, и для нас он был как снег на голову."],
        ["— Как прошла ночь?"],
        ["— Вожатые будили детей по отрядам, начиная с младших.",
         "Каждому велели взять только куртку и обувь, все вещи остались в корпусах.",
         "Перед посадкой мы дважды пересчитали детей по спискам, и в каждом автобусе ехали двое взрослых.",
         "Ни один ребёнок не потерялся и не отстал."],
        ["— Родителей предупредили?"],
        ["— Сообщения всем родителям мы разослали в половине одиннадцатого, ещё до того, как тронулся первый "
         "автобус.",
         "Телефоны потом не умолкали до самого утра.",
         "Я понимаю родителей: когда ночью тебе пишут, что ребёнка вывозят из горящего леса, сохранять "
         "спокойствие трудно."],
        ["— Некоторые говорят, что лагерю вообще не место в лесу."],
        ["— Лагерь стоит здесь с тысяча девятьсот семьдесят второго года, и за всё это время огонь ни разу не "
         "подходил к нему так близко.",
         "В мае мы прошли проверку пожарного надзора без единого замечания.",
         "Минерализованную полосу обновили в июне, и, по словам лесников, именно она помогла удержать огонь."],
        ["— Откроется ли лагерь на третью смену?"],
        ["— Я очень на это надеюсь, но решать будем не мы.",
         "Сначала территорию должны осмотреть лесники и пожарные, а потом комиссия министерства образования.",
         "Если разрешение дадут, третья смена начнётся, как и планировалось, тридцатого июля.",
         "Родители детей, чья смена прервалась, смогут выбрать: вернуть деньги за неиспользованные дни или "
         "получить место в августовской смене без доплаты."],
    ]),
    ("D4", "Сообщение Светланы Журавлёвой на городском форуме «Северогорск онлайн», раздел «Родители», "
           "19 июля 2026 года", [
        ["Девочки, пишу, потому что меня до сих пор трясёт.",
         "Моя Настя была в «Светлячке», том самом лагере, откуда ночью вывозили детей от пожара.",
         "Всю ту ночь я просидела как на иголках и так и не сомкнула глаз."],
        ["Вывозили почти триста детей, а автобусы, говорят, пришли только под утро.",
         "Огонь был буквально в сотне метров от забора, дети видели пламя из окон.",
         "Нам, родителям, никто ничего не сообщил, я узнала обо всём из новостей в шесть утра."],
        ["Настю я смогла забрать из спорткомплекса в Ясенево только к обеду.",
         "Пол-лагеря, по слухам, увезли в больницу с отравлением дымом.",
         "Слава богу, моя только покашляла пару дней."],
        ["Говорят, лес подожгли туристы, а всё свалили на молнию, чтобы никто не отвечал.",
         "Пишут, что сгорело тысяч десять гектаров, полрайона в дыму.",
         "Деньги за путёвку, кстати, обещают вернуть полностью, хоть тут не обманули."],
        ["Директора лагеря я ни в чём не виню, она с вожатыми сделала всё, что могла.",
         "Но лагерь посреди соснового леса в такую жару — это лотерея.",
         "Теперь все лагеря в области закрывают на проверку, так что август, похоже, отменяется."],
        ["На третью смену я Настю не отпущу, даже если лагерь откроют.",
         "Пусть лучше сидит у бабушки на даче, там хотя бы речка рядом.",
         "Кто ещё был в «Светлячке», отзовитесь, давайте держаться вместе.",
         "Может, вместе добьёмся, чтобы нам хоть что-то объяснили.",
         "Всех обнимаю, берегите детей."],
    ]),
]

# 15 unrelated sentences in the same registers (regional news, a forestry press office, an interview,
# a city-forum post); they are in no document.
UNRELATED = [
    "В Северогорске завершили ремонт набережной, работы шли почти два года.",
    "На открытии набережной выступил духовой оркестр городского училища искусств.",
    "— С чего началось ваше увлечение горным туризмом?",
    "— Отец впервые взял меня в поход, когда мне было девять лет.",
    "— Что бы вы посоветовали тем, кто впервые собирается в поход с детьми?",
    "Пресс-служба управления сообщает, что весенние посадки леса в области выполнены полностью.",
    "Управление напоминает, что сбор валежника для личных нужд разрешён без оформления документов.",
    "В охотничьих угодьях области открывается сезон охоты на водоплавающую дичь.",
    "Девочки, подскажите хорошего детского стоматолога в центре города.",
    "Кто знает, до скольки летом работает детская библиотека на Садовой улице?",
    "Продаю детский велосипед в хорошем состоянии, самовывоз из Заречного микрорайона.",
    "На трассе между Северогорском и соседним городом начался ремонт дорожного покрытия.",
    "Городской краеведческий музей откроет в сентябре выставку старинных фотографий.",
    "Областная школьная олимпиада по экологии пройдёт в октябре.",
    "Министерство образования напоминает о сроках подачи заявлений в первый класс.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_15"],
     "Four children saw a doctor about headaches, but none of them had to be admitted to hospital.",
     "Quatre enfants ont consulté un médecin pour des maux de tête, mais aucun n'a dû être hospitalisé.",
     "faithful; госпитализировать никого не пришлось (impersonal, negated) = none of them had to be "
     "admitted / aucun n'a dû être hospitalisé; near-miss d4_08 says half the camp went to hospital", None),
    ("q02", S, F, "", ["d1_24"],
     "Irina Golubeva, the regional education minister, has promised to refund parents for the unused days "
     "of the camp vouchers.",
     "La ministre régionale de l'Éducation, Irina Goloubeva, a promis de rembourser aux parents les jours "
     "de séjour non utilisés.",
     "faithful; Ирина Голубева = Irina Golubeva / Goloubeva; apposition reordered; путёвки = camp vouchers "
     "/ séjour; near-miss d4_12 says the whole voucher will be refunded", None),
    ("q03", S, F, "", ["d1_05"],
     "At first the fire covered some 90 hectares and, in the foresters' assessment, posed no threat to any "
     "settlements.",
     "Au départ, le feu s'étendait sur environ quatre-vingt-dix hectares et, selon l'évaluation des "
     "forestiers, ne menaçait aucune localité.",
     "faithful; около = some / environ; number as digits in en, words in fr; по оценке лесников kept; "
     "не угрожал = posed no threat / ne menaçait aucune", None),
    ("q04", S, F, "", ["d2_07"],
     "The Be-200 aircraft carried out 26 water drops, and the Mi-8 helicopter made nine more.",
     "L'avion Be-200 a effectué vingt-six largages d'eau, et l'hélicoptère Mi-8 en a fait neuf de plus.",
     "faithful; ещё девять сбросов сделал вертолёт (object first) reordered with the helicopter as "
     "subject; двадцать шесть = 26 / vingt-six", None),
    ("q05", S, F, "", ["d2_14"],
     "Camps where violations are found will not be allowed to take in children until they have been put "
     "right.",
     "Les camps où des infractions seront relevées ne pourront pas accueillir d'enfants tant qu'elles "
     "n'auront pas été corrigées.",
     "faithful; не смогут = will not be allowed / ne pourront pas (modal rendered naturally); пока их не "
     "устранят (active, impersonal) = until they have been put right (passive); near-miss d4_15 says all "
     "camps are being closed", None),
    ("q06", S, F, "", ["d3_02"],
     "On the night of the evacuation, she was the last to leave the camp.",
     "La nuit de l'évacuation, c'est elle qui a quitté le camp en dernier.",
     "faithful; покинула территорию лагеря последней = was the last to leave the camp; cleft in fr", None),
    ("q07", S, F, "", ["d3_18"],
     "In May we came through the fire safety inspection without a single adverse remark.",
     "En mai, nous avons passé le contrôle de sécurité incendie sans la moindre remarque.",
     "faithful; проверку пожарного надзора = the fire safety inspection / le contrôle de sécurité "
     "incendie; без единого замечания = without a single remark / sans la moindre remarque", None),
    ("q08", S, F, "", ["d2_16"],
     "Until the end of July, the public is barred from the forests of the Yasenevsky district and the "
     "neighbouring Beryozovsky district.",
     "Jusqu'à la fin juillet, l'accès aux forêts du district de Iassenevski et du district voisin de "
     "Beriozovski est interdit.",
     "faithful; запрет на посещение = the public is barred / l'accès est interdit; Ясеневского и "
     "Берёзовского районов (genitive) = the Yasenevsky and Beryozovsky districts", None),
    ("q09", S, F, "", ["d4_05"],
     "The fire was literally a hundred metres from the fence; the children could see the flames from the "
     "windows.",
     "Le feu était littéralement à une centaine de mètres de la clôture, les enfants voyaient les flammes "
     "par les fenêtres.",
     "faithful rendering of the near-miss sentence d4_05 (D1 d1_18 says six hundred metres); в сотне "
     "метров = a hundred metres / une centaine de mètres", None),
    ("q10", S, F, "", ["d4_08"],
     "Word has it that half the camp was taken to hospital with smoke poisoning.",
     "D'après les rumeurs, la moitié du camp aurait été emmenée à l'hôpital pour une intoxication par la "
     "fumée.",
     "faithful rendering of the near-miss sentence d4_08 (D1 d1_15 says four children saw a doctor and "
     "nobody was hospitalised); по слухам = word has it / d'après les rumeurs; French conditional for "
     "hearsay; Пол-лагеря = half the camp", None),
    ("q11", S, F, "", ["d4_16"],
     "I'm not letting Nastya go to the third session, even if the camp does reopen.",
     "Je ne laisserai pas Nastia partir pour la troisième session, même si le camp rouvre.",
     "faithful; Настю (accusative) = Nastya / Nastia; D4's own sentence; смену = session", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_06", "d1_07"],
     "Things changed on 15 July: the wind picked up to eighteen metres per second and a crown fire broke "
     "out, with the flames racing through the treetops. Within twenty-four hours the fire had grown more "
     "than sevenfold, reaching 640 hectares.",
     "La situation a changé le 15 juillet : le vent a forci jusqu'à 18 mètres par seconde et un feu de "
     "cimes s'est déclaré, le feu se propageant par la cime des arbres. En vingt-quatre heures, "
     "la surface de l'incendie a été multipliée par plus de sept pour atteindre six cent quarante hectares.",
     "faithful; за сутки = within twenty-four hours / en vingt-quatre heures; более чем в семь раз kept "
     "as more than sevenfold / par plus de sept; numbers digits vs words; contains the term of q37", None),
    ("q13", L, F, "", ["d3_21", "d3_22"],
     "I very much hope so, but it isn't our decision to make. First the foresters and the firefighters "
     "have to inspect the grounds, and after them a commission from the education ministry.",
     "Je l'espère vraiment, mais ce n'est pas à nous d'en décider. Les forestiers et les pompiers doivent "
     "d'abord inspecter le terrain, puis ce sera le tour d'une commission du ministère de l'Éducation.",
     "faithful; решать будем не мы = it isn't our decision / ce n'est pas à nous d'en décider; должны "
     "осмотреть = have to inspect / doivent inspecter", None),
    ("q14", L, F, "", ["d2_17", "d2_18"],
     "While the special fire-safety regime is in force, members of the public who light campfires in the "
     "forest face a fine of up to 50,000 roubles. The department asks residents to report any sign of "
     "smoke to the forest guard's round-the-clock line.",
     "Pendant la période de régime spécial de sécurité incendie, les particuliers qui allument un feu en "
     "forêt encourent une amende pouvant aller jusqu'à cinquante mille roubles. La direction demande aux "
     "habitants de signaler tout signe de fumée au numéro de la garde forestière, joignable 24 heures sur "
     "24.",
     "faithful; гражданам грозит штраф = members of the public face a fine / les particuliers encourent; "
     "number as digits in en, words in fr; круглосуточному = round-the-clock / 24 heures sur 24", None),
    ("q15", L, F, "", ["d4_01", "d4_02"],
     "Girls, I'm writing because I'm still shaking. My Nastya was at Svetlyachok, the very camp they "
     "evacuated the children from that night because of the fire.",
     "Les filles, j'écris parce que je tremble encore. Ma Nastia était à Svetliatchok, le camp même d'où "
     "l'on a évacué les enfants cette nuit-là à cause de l'incendie.",
     "faithful; D4's own sentences; меня трясёт = I'm shaking / je tremble; «Светлячке» (prepositional) "
     "= Svetlyachok / Svetliatchok", None),
    ("q16", L, F, "", ["d1_13", "d1_14"],
     "On the morning of 16 July parents began to be let into the sports complex, and by evening 171 "
     "children had been taken home. The remaining fifteen, whose parents live in Severogorsk, were taken "
     "to the regional capital by bus the same day, accompanied by counsellors.",
     "Le 16 juillet au matin, les parents ont commencé à être admis dans le complexe sportif, et le soir, "
     "cent soixante et onze enfants avaient été ramenés chez eux. Les 15 enfants restants, dont les "
     "parents vivent à Severogorsk, ont été conduits le jour même au chef-lieu régional en autocar, "
     "accompagnés de moniteurs.",
     "faithful; numbers as digits vs words; в Северогорске = in Severogorsk; областной центр = the "
     "regional capital / le chef-lieu régional; вожатые = counsellors / moniteurs", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_01", "d1_02", "d1_03"],
     "Overnight into 16 July, every child was evacuated from the Svetlyachok children's holiday camp in "
     "the Yasenevsky district because of a forest fire whose front had come within about four kilometres "
     "of the camp. In all, 186 children aged seven to fifteen and 42 members of staff were taken out. "
     "Nobody was hurt.",
     "Dans la nuit du 15 au 16 juillet, tous les enfants du camp de vacances Svetliatchok, dans le "
     "district de Iassenevski, ont été évacués en raison d'un feu de forêt dont le front s'était approché "
     "à environ quatre kilomètres du camp. Au total, cent quatre-vingt-six enfants âgés de sept à quinze "
     "ans et quarante-deux membres du personnel ont été mis à l'abri. Personne n'a été blessé.",
     "faithful; в ночь на шестнадцатое июля = overnight into 16 July / dans la nuit du 15 au 16 juillet; "
     "около kept; numbers as digits in en, words in fr; Никто не пострадал = Nobody was hurt / Personne "
     "n'a été blessé; near-miss d4_04 says almost three hundred children", None),
    ("q18", L, F, "", ["d2_08", "d2_09", "d2_10"],
     "To stop the fire as it approached the camp, aerial forest protection specialists carried out a "
     "controlled burn along a stretch more than two kilometres long. The Svetlyachok camp lies in pine "
     "forest fourteen kilometres from the village of Yasenevo. Its grounds are ringed by a four-metre-wide "
     "firebreak, which was renewed in June.",
     "Pour arrêter le feu aux abords du camp, les spécialistes de la protection aérienne des forêts ont "
     "procédé à un brûlage dirigé sur plus de deux kilomètres. Le camp Svetliatchok se trouve dans une "
     "pinède, à 14 kilomètres du village de Iassenevo. Son terrain est entouré d'une bande pare-feu de 4 "
     "mètres de large, refaite en juin.",
     "faithful; spans a paragraph break (d2_08 | d2_09, d2_10); отжиг = controlled burn / brûlage "
     "dirigé; более двух километров = more than two kilometres / plus de deux kilomètres; посёлка Ясенево "
     "= the village of Yasenevo; обновили (active, impersonal) = was renewed; contains the term of q40",
     None),
    ("q19", L, F, "", ["d1_09", "d1_10", "d1_11", "d1_12"],
     "Viktor Panteleyev, head of the Yasenevsky district, said nine buses had been sent for the children: "
     "six school buses and three from a private operator. The first buses reached the camp gates forty "
     "minutes later, and the last one pulled out at about one in the morning. The children were put up in "
     "the district sports complex in the village of Yasenevo, where camp beds, water and a hot supper had "
     "been laid on for them. \"The children stayed calm, and many of them were barely awake while they "
     "were being put on the buses,\" Panteleyev said.",
     "Viktor Panteleïev, chef du district de Iassenevski, a indiqué que 9 autocars avaient été envoyés "
     "chercher les enfants : 6 bus scolaires et 3 d'un transporteur privé. Les premiers bus sont arrivés "
     "aux portes du camp 40 minutes plus tard, et le dernier en est reparti vers une heure du matin. Les "
     "enfants ont été hébergés au complexe sportif du district, dans le village de Iassenevo, où on leur "
     "avait préparé des lits de camp, de l'eau et un dîner chaud. « Les enfants sont restés calmes, "
     "beaucoup n'étaient pas vraiment réveillés pendant qu'on les installait dans les bus », a déclaré "
     "Panteleïev.",
     "faithful; Виктор Пантелеев = Viktor Panteleyev / Panteleïev; Ясеневского района = the Yasenevsky "
     "district; numbers as words in en, digits in fr; около часа ночи = about one in the morning / vers "
     "une heure du matin; толком не проснулись = were barely awake / n'étaient pas vraiment réveillés; "
     "near-miss d4_04 says the buses came only towards morning", None),
    ("q20", L, F, "", ["d1_21", "d1_22", "d1_23"],
     "At the same time, the police are also looking into the possibility that someone was careless with "
     "fire. The hiking trail to the Kedrovy waterfall, which runs close to where the fire started, is "
     "closed until the end of the month. The camp session, which was due to run until 26 July, has been "
     "brought to an early end.",
     "La police examine par ailleurs aussi la piste d'une imprudence avec le feu. Le sentier de randonnée "
     "qui mène à la cascade Kedrovy et passe près du foyer est fermé jusqu'à la fin du mois. La session du "
     "camp, qui devait durer jusqu'au vingt-six juillet, a été écourtée.",
     "faithful; spans a paragraph break (d1_21, d1_22 | d1_23); к Кедровому водопаду (dative) = the "
     "Kedrovy waterfall; закрыли досрочно (active, impersonal) = has been brought to an early end / a été "
     "écourtée", None),
    ("q21", L, F, "", ["d4_17", "d4_19", "d4_20"],
     "She'd be better off at her grandmother's dacha; at least there's a river nearby. (…) Maybe together "
     "we can get someone to explain at least something to us. Hugs to you all, and look after your "
     "children.",
     "Elle sera mieux à la datcha, chez sa grand-mère, au moins il y a une rivière à côté. (…) Ensemble, on "
     "obtiendra peut-être qu'on nous explique au moins quelque chose. Je vous embrasse toutes, prenez soin "
     "de vos enfants.",
     "faithful; ellipsis (…) skips d4_18; D4's own sentences; у бабушки на даче = at her grandmother's "
     "dacha; Всех обнимаю = Hugs to you all / Je vous embrasse toutes", None),
    ("q22", L, F, "", ["d3_08", "d3_09", "d3_11"],
     "The counsellors woke the children group by group, starting with the youngest. Each of them was told "
     "to take only a jacket and shoes; all their belongings stayed behind in the dormitories. […] Not a "
     "single child went missing or was left behind.",
     "Les moniteurs ont réveillé les enfants groupe par groupe, en commençant par les plus petits. On a "
     "dit à chacun de ne prendre qu'une veste et des chaussures, toutes les affaires sont restées dans les "
     "bâtiments. […] Aucun enfant ne s'est perdu ni n'a été oublié.",
     "faithful; ellipsis […] skips d3_10 (the double head count, two adults on each bus); по отрядам = "
     "group by group; Ни один ребёнок не = Not a single child / Aucun enfant ne", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_17"],
     "The fire is being fought by 230 people and 84 pieces of equipment, with a Be-200 aircraft and a Mi-8 "
     "helicopter working from the air.",
     "Deux cent trente personnes et quatre-vingt-quatre engins luttent contre le feu, tandis qu'un avion "
     "Be-200 et un hélicoptère Mi-8 interviennent depuis les airs.",
     "drifted (numbers): сорок восемь единиц техники (48 pieces of equipment) → 84 / quatre-vingt-quatre; "
     "230 and the aircraft kept", None),
    ("q24", S, D, "names", ["d3_01"],
     "Olga Kravchenko is in her ninth year as head of the Svetlyachok children's camp.",
     "Olga Kravtchenko en est à sa neuvième année à la tête du camp d'enfants Svetliatchok.",
     "drifted (names): surname Кравцова (Kravtsova) → Kravchenko / Kravtchenko; first name Olga kept",
     None),
    ("q25", S, D, "negation", ["d2_05"],
     "The police are looking into the possibility of arson or careless handling of fire, and traces of "
     "campfires have already been found near the point of origin.",
     "La police examine la piste d'un incendie criminel ou d'une imprudence, et des traces de feux de camp "
     "ont déjà été découvertes près du foyer.",
     "drifted (negation reversal): однако следов костров ... пока не обнаружено (no traces of campfires "
     "found so far) → traces have already been found / ont déjà été découvertes", None),
    ("q26", S, D, "hedge", ["d1_19"],
     "The camp's dormitory blocks appear to have escaped damage; flying sparks burned down only an "
     "equipment shed by the far fence.",
     "Les bâtiments d'hébergement du camp semblent avoir été épargnés ; seule une remise à matériel près de "
     "la clôture du fond a brûlé à cause des étincelles.",
     "drifted (hedge added): stated as fact (не пострадали) → appear to have escaped damage / semblent "
     "avoir été épargnés", None),
    ("q27", S, D, "hedge", ["d2_04"],
     "The fire was caused by a lightning strike during a dry thunderstorm on the evening of 13 July.",
     "L'incendie a été provoqué par la foudre lors d'un orage sec, le 13 juillet au soir.",
     "drifted (hedge dropped): По предварительным данным (according to preliminary data) dropped, so the "
     "cause reads as established; contains the term of q39", None),
    ("q28", S, D, "quantifier", ["d2_19"],
     "Foresters point out that almost all forest fires in the region are caused by people.",
     "Les forestiers rappellent que presque tous les feux de forêt de la région sont d'origine humaine.",
     "drifted (quantifier): большинство (most) → almost all / presque tous", None),
    ("q29", S, D, "omission", ["d3_23"],
     "The third session will start on 30 July, as planned.",
     "La troisième session commencera comme prévu le 30 juillet.",
     "drifted (omission of a restriction): the condition «Если разрешение дадут» (if permission is "
     "given) is dropped, so the start reads as certain", None),
    ("q30", S, D, "addition", ["d2_06"],
     "Two hundred and thirty people from the forest fire services, the fire brigade, army units and "
     "volunteer teams took part in fighting the fire.",
     "Deux cent trente personnes issues des services de lutte contre les feux de forêt, des sapeurs-pompiers, "
     "d'unités de l'armée et d'équipes de bénévoles ont participé à la lutte contre l'incendie.",
     "drifted (addition of a list item): \"army units\" / \"unités de l'armée\" added to the list of "
     "services", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_01", "d2_02", "d2_03"],
     "The forest fire in the Kedrovskoye forestry area of the Yasenevsky district was contained on the "
     "evening of 17 July. In the end the fire covered 1,420 hectares. There is currently no threat to any "
     "settlement or to the Svetlyachok children's camp.",
     "L'incendie de forêt de la circonscription forestière de Kedrovskoïe, dans le district de Iassenevski, "
     "a été circonscrit le 17 juillet au soir. Au final, il a parcouru mille quatre cent vingt hectares. "
     "Ni les localités ni le camp d'enfants Svetliatchok ne sont actuellement menacés.",
     "drifted (numbers) in sentence 2: тысячу двести сорок гектаров (1,240 hectares) → 1,420 / mille "
     "quatre cent vingt; sentences 1 and 3 faithful; near-miss d4_11 says ten thousand", None),
    ("q32", L, D, "omission", ["d3_13", "d3_14", "d3_15"],
     "We sent messages to all the parents at half past ten. After that the phones didn't stop ringing "
     "until morning. I understand the parents: when someone writes to you in the middle of the night that "
     "your child is being evacuated from a burning forest, it's hard to stay calm.",
     "Nous avons envoyé des messages à tous les parents à dix heures et demie. Ensuite, les téléphones "
     "n'ont pas arrêté de sonner jusqu'au matin. Je comprends les parents : quand on vous écrit en pleine "
     "nuit que votre enfant est évacué d'une forêt en feu, il est difficile de garder son calme.",
     "drifted (omission of a clause) in sentence 1: «ещё до того, как тронулся первый автобус» (before "
     "the first bus had even moved off) dropped; sentences 2 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d2_11", "d2_12", "d2_13"],
     "According to specialists, it was this strip, together with the controlled burn, that kept the fire "
     "away from the dormitory blocks. The head of the department, Andrei Shestakov, thanked the "
     "firefighters and volunteers, who had worked without a day off. He also ordered the firebreaks at "
     "most of the region's twelve forest children's camps to be inspected by 1 August.",
     "Selon les spécialistes, c'est cette bande, associée au brûlage dirigé, qui a empêché le feu "
     "d'atteindre les bâtiments d'hébergement. Le chef de la direction, Andreï Chestakov, a remercié les "
     "pompiers et les bénévoles, qui ont travaillé sans jour de repos. Il a également demandé que les "
     "bandes pare-feu de la plupart des douze camps d'enfants situés en forêt dans la région soient "
     "contrôlées d'ici au 1er août.",
     "drifted (quantifier) in sentence 3: у всех двенадцати (at all twelve) → at most of the twelve / la "
     "plupart des douze; sentences 1-2 faithful; spans a paragraph break (d2_11 | d2_12, d2_13)", None),
    # partial
    ("q34", L, P, "", ["d4_18"],
     "We've already set up a group chat for the Svetlyachok parents, and more than eighty people have "
     "joined. Anyone else who was at Svetlyachok, get in touch, let's stick together.",
     "Nous avons déjà créé un groupe de discussion pour les parents de Svetliatchok, et plus de "
     "quatre-vingts personnes l'ont rejoint. Celles et ceux qui étaient aussi à Svetliatchok, "
     "manifestez-vous, serrons-nous les coudes.",
     "partial: the first sentence (a parents' group chat with more than eighty members) is in no source; "
     "the second is faithful to d4_18", None),
    ("q35", L, P, "", ["d3_04", "d3_05"],
     "On the afternoon of the fifteenth we could see smoke, but we were told the fire was far away and "
     "there was no danger. A forestry official even phoned us to say the wind was carrying the fire away "
     "from the camp. In the evening the wind changed, and the smell of burning got so strong that I rang "
     "the emergency headquarters myself.",
     "Le 15, dans la journée, nous voyions de la fumée, mais on nous disait que l'incendie était loin et "
     "qu'il n'y avait aucun danger. Un responsable des forêts nous a même téléphoné pour dire que le vent "
     "éloignait le feu du camp. Le soir, le vent a tourné, et l'odeur de brûlé est devenue si forte que "
     "j'ai moi-même appelé la cellule de crise.",
     "partial: the middle sentence (a forestry official phoned to say the wind was carrying the fire "
     "away) is in no source; sentences 1 and 3 faithful to d3_04 and d3_05", None),
    ("q36", L, P, "", ["d2_15"],
     "At least sixty people will remain on duty at the site until the fire is completely out. The burned "
     "area will also be surveyed by drone next week to look for hidden hotspots.",
     "Au moins soixante personnes resteront de garde sur place jusqu'à l'extinction complète de "
     "l'incendie. La zone brûlée sera en outre survolée par des drones la semaine prochaine afin de "
     "repérer d'éventuels foyers cachés.",
     "partial: the last sentence (a drone survey next week) is in no source; the real next sentence, "
     "d2_16, is about the ban on visiting the forests; the first is faithful to d2_15", None),
    # terms
    ("q37", TM, T, "", ["d1_06"], "crown fire", "feu de cimes",
     "term «верховой пожар» (nominative; literally upper fire)", None),
    ("q38", TM, T, "", ["d3_06"], "a bombshell", "comme une bombe",
     "term «как снег на голову» (literally like snow on the head), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_04"], "dry thunderstorm", "orage sec",
     "term «сухой грозы» (genitive)", None),
    ("q40", TM, T, "", ["d2_10"], "the firebreak", "bande pare-feu",
     "term «минерализованная полоса» (nominative; literally mineralised strip)", None),
    ("q41", TM, T, "", ["d1_16"], "state of emergency", "état d'urgence",
     "term «режим чрезвычайной ситуации» (nominative; literally emergency-situation regime)", None),
    ("q42", TM, T, "", ["d4_03"], "on tenterhooks", "sur le gril",
     "term «как на иголках» (literally as if on needles), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The camp director has been suspended pending a prosecutor's inquiry into the evacuation.",
     "La directrice du camp a été suspendue dans l'attente d'une enquête du parquet sur l'évacuation.",
     "absent: no document mentions a suspension or a prosecutor; resembles d3_01, d3_02 and d1_21",
     "Директора лагеря отстранили от работы до окончания прокурорской проверки обстоятельств эвакуации."),
    ("q44", S, A, "", [],
     "Every family whose child was evacuated will receive a one-off payment of 10,000 roubles from the "
     "regional budget.",
     "Chaque famille dont l'enfant a été évacué recevra une aide ponctuelle de dix mille roubles du budget "
     "régional.",
     "absent: no payment to families is mentioned; resembles d1_24 and d3_24",
     "Каждая семья, чей ребёнок был эвакуирован, получит единовременную выплату в размере десяти тысяч "
     "рублей из областного бюджета."),
    ("q45", S, A, "", [],
     "The Be-200 twice had to suspend its flights because of thick smoke over the fire.",
     "Le Be-200 a dû interrompre ses vols à deux reprises à cause d'une épaisse fumée au-dessus de "
     "l'incendie.",
     "absent: no document says the aircraft had to stop; resembles d2_07 and d1_17",
     "Самолёту Бе-200 дважды пришлось прерывать работу из-за густого дыма над пожаром."),
    ("q46", S, A, "", [],
     "The foresters had warned the camp management about the fire risk a week before the thunderstorm.",
     "Les forestiers avaient averti la direction du camp du risque d'incendie une semaine avant l'orage.",
     "absent: no warning is mentioned (d3_04 says the camp was told there was no danger); resembles "
     "d3_04 and d2_04",
     "Лесники предупреждали руководство лагеря о пожарной опасности за неделю до грозы."),
    ("q47", S, A, "", [],
     "Panteleyev said the district had asked the region for extra fire engines back in May but never got "
     "any.",
     "Selon Panteleïev, le district aurait réclamé dès le mois de mai des camions de pompiers "
     "supplémentaires à la région, sans jamais en obtenir.",
     "absent: Panteleyev says nothing of the kind; resembles d1_09 and d1_08 (French conditional for "
     "hearsay)",
     "Пантелеев заявил, что ещё в мае район просил у области дополнительные пожарные машины, но так их и "
     "не получил."),
    ("q48", L, A, "", [],
     "Two counsellors who drove children out in their own cars will receive letters of thanks from the "
     "ministry. The ministry has also promised to buy the camp a bus of its own for emergencies.",
     "Deux moniteurs qui ont évacué des enfants dans leur propre voiture recevront une lettre de "
     "remerciement du ministère. Le ministère a également promis d'acheter au camp son propre autocar pour "
     "les situations d'urgence.",
     "absent (2 sentences): no private cars, letters of thanks or new bus are mentioned; resembles d3_10, "
     "d1_09 and d2_12",
     "Двое вожатых, которые вывозили детей на своих машинах, получат благодарственные письма министерства. "
     "Министерство также пообещало купить лагерю собственный автобус на случай чрезвычайных ситуаций."),
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
