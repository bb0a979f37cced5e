"""Build the blind quotation set quote_blind15 from one table (standard library only).

Story: the herring quota in Salma Bay is cut for 2026, and the fishing collective «Северная заря» of the
village of Bolshaya Salma disputes it. Four Russian source documents (D1 a newspaper interview with the
collective's chairman, D2 the fisheries directorate's statement, D3 an extract from a research
institute's stock assessment, D4 the villagers' open letter, the near-miss document) and 48 English /
French quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document
from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind15_build.py

writes quote_blind15.tsv, quote_blind15_labels.tsv, quote_blind15_sources.ru.txt and
quote_blind15_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind15"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью председателя рыболовецкого колхоза «Северная заря» Сергея Ерёмина газете "
           "«Ледогорский вестник», 28 января 2026 года", [
        ["В середине января Ледогорское территориальное управление Росрыболовства сократило квоту на вылов "
         "сельди в Салминской губе почти на сорок процентов.",
         "Председатель рыболовецкого колхоза «Северная заря» из села Большая Салма Сергей Ерёмин рассказал "
         "нашей газете, чем это решение обернётся для хозяйства и для всего села."],
        ["— Сергей Иванович, насколько сильно ударило по вам это решение?"],
        ["— В прошлом году колхоз мог выловить тысячу девятьсот тонн сельди, а в этом году нам оставили "
         "тысячу сто пятьдесят.",
         "Сельдь даёт нам около семидесяти процентов выручки, так что удар пришёлся в самое сердце.",
         "По нашим расчётам, хозяйство недополучит примерно сорок пять миллионов рублей."],
        ["— В управлении говорят, что доли всех пользователей остались прежними."],
        ["— Формально это так: доля колхоза по-прежнему около сорока процентов.",
         "Но «большая рыба» потерю тысячи тонн переживёт, а для нас каждая тонна — вопрос выживания.",
         "У них десятки траулеров и другие промыслы, а у нас девять небольших судов и одна губа."],
        ["— Вы считаете, что в сокращении запаса виноваты траловики?"],
        ["— Я не учёный и утверждать ничего не буду.",
         "Но старики помнят, что сельдь в губе стала пропадать, когда траулеры начали работать у самого "
         "входа в неё.",
         "Прибрежники ловят ставными неводами и молодь не трогают, а трал гребёт всё подряд."],
        ["— Что будет с людьми?"],
        ["— В колхозе работают сто сорок человек, из них восемьдесят шесть — рыбаки.",
         "В этом году мы никого не сокращаем, но с марта переходим на четырёхдневную рабочую неделю.",
         "Три судна из девяти придётся поставить на прикол до осени.",
         "Для Большой Салмы колхоз — главный работодатель, к тому же он содержит причал, пекарню и склад "
         "горючего."],
        ["— Вы собираетесь оспаривать решение?"],
        ["— Мы уже готовим иск в арбитражный суд и рассчитываем подать его в феврале.",
         "Юристы говорят, что шансы невелики, но сидеть сложа руки мы не будем.",
         "Кроме того, мы попросили управление передать колхозу неосвоенную квоту на навагу."],
        ["— Есть ли надежда, что сельдь вернётся?"],
        ["— Учёные говорят, что при соблюдении ограничений запас может восстановиться, но не раньше 2029 "
         "года.",
         "Колхоз пережил войну, перестройку и девяностые, переживёт и это.",
         "Только пусть в следующий раз решения о нашей губе принимают вместе с нами, а не за нас.",
         "Рыбак без моря — что дерево без корней."],
    ]),
    ("D2", "Сообщение Ледогорского территориального управления Росрыболовства о квотах на вылов сельди, "
           "16 января 2026 года", [
        ["Ледогорское территориальное управление Федерального агентства по рыболовству утвердило "
         "распределение квот на вылов сельди в Салминской губе на 2026 год.",
         "Общий допустимый улов сельди в губе на этот год составляет две тысячи девятьсот тонн против "
         "четырёх тысяч восьмисот тонн в 2025 году.",
         "Сокращение основано на заключении Северного института морских промыслов, который зафиксировал "
         "резкое снижение нерестового запаса."],
        ["Квоты распределены между пользователями пропорционально долям, закреплённым за ними договорами "
         "2019 года сроком на пятнадцать лет.",
         "Доли всех пользователей остались неизменными, и ни одна компания не получила преимуществ за счёт "
         "других.",
         "Рыболовецкому колхозу «Северная заря» выделена квота в тысячу сто пятьдесят тонн, компании "
         "«Ледогорский тралфлот» — в тысячу пятьсот девяносто пять тонн.",
         "Оставшиеся сто пятьдесят пять тонн зарезервированы для любительского и научного лова."],
        ["Управление понимает, что сокращение квоты особенно болезненно для небольших прибрежных хозяйств.",
         "Колхозу предложено рассмотреть возможность вылова наваги, квота на которую в прошлом году была "
         "освоена лишь на треть.",
         "Решение о передаче неосвоенной квоты может быть принято не раньше апреля и только после обращения "
         "колхоза в установленном порядке."],
        ["В 2025 году инспекторы управления выявили в Салминской губе семнадцать нарушений правил "
         "рыболовства.",
         "Одиннадцать из них допущены экипажами судов «Ледогорского тралфлота», шесть — прибрежными "
         "рыбаками.",
         "Общая сумма наложенных штрафов составила два миллиона триста тысяч рублей."],
        ["Руководитель управления Олег Трифонов поручил в этом году вдвое увеличить число проверок у входа "
         "в губу.",
         "Кроме того, с двадцатого апреля по десятое июня на нерестилищах губы будет действовать запрет на "
         "любой промысел."],
        ["Управление проведёт встречу с жителями Большой Салмы шестого февраля в сельском доме культуры.",
         "На встрече выступят заместитель руководителя управления Ирина Лаптева и специалисты института.",
         "Вопросы можно направить заранее через официальный сайт управления."],
        ["Управление призывает не распространять недостоверные сведения о запрете промысла сельди.",
         "Промысел в губе не запрещён, и все пользователи продолжат работу в пределах выделенных им квот."],
    ]),
    ("D3", "Из заключения Северного института морских промыслов о состоянии запаса сельди в Салминской "
           "губе, 19 декабря 2025 года", [
        ["Настоящее заключение подготовлено лабораторией морских биоресурсов института по результатам "
         "осенней траловой съёмки 2025 года.",
         "Работы выполнены с пятнадцатого сентября по двадцатое октября на научно-исследовательском судне "
         "«Профессор Кольцов».",
         "Из шестидесяти запланированных траловых станций из-за штормов удалось выполнить сорок шесть."],
        ["Нерестовый запас сельди в губе оценивается в двадцать одну тысячу тонн.",
         "Для сравнения, в 2022 году он составлял около тридцати четырёх тысяч тонн.",
         "Таким образом, за три года запас сократился более чем на треть.",
         "Особенно тревожит слабое пополнение: поколения 2021 и 2022 годов оказались самыми малочисленными "
         "за последние двадцать лет."],
        ["Основной причиной снижения запаса мы считаем рост температуры воды в период нереста.",
         "В последние пять лет средняя температура воды в губе в мае была на полтора градуса выше "
         "многолетней нормы.",
         "Не исключено, что определённую роль сыграл и прилов молоди при траловом промысле у входа в губу.",
         "Однако имеющихся данных недостаточно, чтобы оценить этот вклад количественно."],
        ["Институт рекомендует снизить общий допустимый улов не менее чем на сорок процентов и сохранять "
         "ограничения как минимум два года.",
         "Рекомендуется также запретить любой промысел на нерестилищах с двадцатого апреля по десятое июня.",
         "Минимальный размер ячеи в тралах следует увеличить с двадцати восьми до тридцати двух миллиметров.",
         "Для ставных неводов прибрежного лова изменений не требуется."],
        ["При соблюдении этих мер восстановление запаса до уровня 2022 года возможно не раньше 2029 года.",
         "Если ограничения соблюдаться не будут, институт не исключает дальнейшего сокращения запаса.",
         "Прогноз носит предварительный характер и будет уточнён по итогам весенней съёмки 2026 года."],
        ["Институт считает необходимым ввести обязательный учёт прилова молоди на судах тралового флота, "
         "работающих у входа в губу.",
         "Для этого предлагается размещать на таких судах научных наблюдателей не реже чем в каждом третьем "
         "рейсе.",
         "Расходы на содержание наблюдателей институт предлагает возложить на владельцев судов."],
        ["Заключение утверждено учёным советом института девятнадцатого декабря 2025 года.",
         "Ответственный исполнитель — заведующий лабораторией морских биоресурсов, кандидат биологических "
         "наук Андрей Полозов."],
    ]),
    ("D4", "Открытое письмо жителей села Большая Салма, принятое на сельском сходе 8 февраля 2026 года", [
        ["Мы, жители Большой Салмы, обращаемся ко всем, кому не безразлична судьба нашего села.",
         "Колхоз «Северная заря» почти сто лет кормит Салму, а теперь его, похоже, решили задушить.",
         "В январе управление урезало колхозу квоту на сельдь больше чем вдвое."],
        ["Зато «Ледогорскому тралфлоту», говорят, квоту даже прибавили.",
         "Учёные на встрече сами признали, что сельдь выбивают траулеры у входа в губу.",
         "А прибрежным рыбакам теперь запретили ловить всё лето."],
        ["В колхозе работают больше двухсот человек, и почти в каждой семье кто-то связан с морем.",
         "Половину судов колхоз уже поставил на прикол, а рыбаков отправляют в неоплачиваемые отпуска.",
         "Другой работы в Салме нет: ни завода, ни леспромхоза, ничего."],
        ["Говорят, ограничения продлятся не меньше пяти лет.",
         "Нам предложили ловить навагу, но квоту на неё, по слухам, давно разобрали.",
         "Все нарушения в губе, между прочим, на счету траулеров, а штрафуют почему-то нас."],
        ["На встречу шестого февраля из начальства управления так никто и не приехал, прислали одних "
         "учёных.",
         "Суд, как нам сказали, рассмотрит иск колхоза уже в марте."],
        ["Мы не против науки и понимаем, что рыбу надо беречь.",
         "Но беречь её нужно от тех, кто гребёт тралом всё подряд, а не от стариков с неводами."],
        ["Мы требуем пересмотреть распределение квот и допустить представителей села к их обсуждению.",
         "Сельди нам оставили — кот наплакал, но и эту малость мы без боя не отдадим.",
         "Под письмом подписались триста двенадцать жителей села.",
         "Просим редакцию опубликовать это письмо полностью."],
    ]),
]

# 15 unrelated sentences in the same registers (port and village news, an interview, a fisheries press
# office, an institute, a village club, an open letter); they are in no document.
UNRELATED = [
    "В порту Ледогорска завершили ремонт причальной стенки, на который ушло почти два года.",
    "Новый холодильный склад рассчитан на хранение трёхсот тонн мороженой рыбы.",
    "— С чего началась ваша работа в море?",
    "— Отец впервые взял меня на промысел, когда мне было двенадцать лет.",
    "Пресс-служба управления напоминает, что любительский лов корюшки со льда разрешён до конца марта.",
    "Управление предупреждает, что выходить на лёд в устье реки во время оттепели опасно для жизни.",
    "Экспедиция института завершила подсчёт нерпы на островах в северной части залива.",
    "По данным лаборатории, численность мойвы в прибрежных водах остаётся стабильной.",
    "Учёный совет рассмотрел план научных работ на следующий год.",
    "Сельский клуб приглашает всех желающих на вечер песен о море в эту субботу!",
    "Друзья, кто нашёл синюю лодку без вёсел у старого причала, позвоните мне, пожалуйста.",
    "В районной школе открылся кружок судомоделирования для учеников пятых и шестых классов.",
    "На выходных в Ледогорске прошёл фестиваль ухи, собравший больше трёх тысяч гостей.",
    "Дорогу на Ледогорск до конца недели будут расчищать от снежных заносов.",
    "В селе Кемская Губа открылось новое почтовое отделение.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_27"],
     "Just let decisions about our bay be taken with us next time, not for us.",
     "Mais que la prochaine fois, les décisions concernant notre baie soient prises avec nous, et non à "
     "notre place.",
     "faithful; пусть ... принимают (indefinite-personal, active) = let decisions be taken (passive); "
     "а не за нас = not for us / et non à notre place", None),
    ("q02", S, F, "", ["d1_10"],
     "They have dozens of trawlers and other fisheries besides; we have nine small boats and a single "
     "bay.",
     "Eux ont des dizaines de chalutiers et d'autres activités de pêche ; nous, nous avons 9 petits "
     "bateaux et une seule baie.",
     "faithful; девять = nine / 9; одна губа = a single bay / une seule baie; near-miss d4_08 says half "
     "the boats are already laid up", None),
    ("q03", S, F, "", ["d1_12"],
     "I'm no scientist, and I'm not going to claim anything.",
     "Je ne suis pas scientifique et je ne vais rien affirmer.",
     "faithful; утверждать ничего не буду = not going to claim anything / ne vais rien affirmer; the "
     "leading dash of the answer stays in ru", None),
    ("q04", S, F, "", ["d2_02"],
     "The total allowable catch of herring in the bay for this year is 2,900 tonnes, against 4,800 tonnes "
     "in 2025.",
     "Pour cette année, le total admissible de captures de hareng dans la baie est fixé à deux mille neuf "
     "cents tonnes, contre quatre mille huit cents tonnes en 2025.",
     "faithful; numbers as digits in en, words in fr; против = against / contre; near-miss d4_03 says "
     "the quota was more than halved", None),
    ("q05", S, F, "", ["d2_09"],
     "It has been suggested that the collective consider fishing for navaga; last year only a third of "
     "the navaga quota was taken up.",
     "Il a été proposé au kolkhoze d'envisager la pêche de la navaga, dont le quota n'a été utilisé qu'à "
     "hauteur d'un tiers l'an dernier.",
     "faithful; предложено (impersonal passive) = it has been suggested / il a été proposé; relative "
     "clause split off in en; near-miss d4_11 says the navaga quota was taken long ago", None),
    ("q06", S, F, "", ["d2_12"],
     "Crews of Ledogorsk Trawl Fleet vessels were responsible for 11 of them, and inshore fishermen for "
     "6.",
     "Onze d'entre elles sont imputables aux équipages des navires de la société Ledogorski Tralflot, et "
     "six à des pêcheurs côtiers.",
     "faithful; passive turned active in en; numbers as digits in en, words in fr; «Ледогорского "
     "тралфлота» (genitive) = Ledogorsk Trawl Fleet (name translated) / Ledogorski Tralflot; near-miss "
     "d4_12 says all violations were the trawlers'", None),
    ("q07", S, F, "", ["d3_08"],
     "In our view, the main reason for the decline in the stock is the rise in water temperature during "
     "spawning.",
     "Nous estimons que la principale cause du déclin du stock est la hausse de la température de l'eau "
     "pendant le frai.",
     "faithful; clauses reordered; мы считаем = in our view / nous estimons; near-miss d4_05 says the "
     "scientists blamed the trawlers", None),
    ("q08", S, F, "", ["d3_07"],
     "Poor recruitment is especially worrying: the 2021 and 2022 year classes turned out to be the "
     "smallest in twenty years.",
     "Le faible recrutement est particulièrement préoccupant : les classes d'âge de 2021 et 2022 se sont "
     "révélées les moins nombreuses depuis 20 ans.",
     "faithful; поколения = year classes / classes d'âge; двадцать лет = twenty years / 20 ans", None),
    ("q09", S, F, "", ["d4_10"],
     "Word has it the restrictions will last at least five years.",
     "On dit que les restrictions dureront au moins cinq ans.",
     "faithful rendering of the near-miss sentence d4_10 (D3 d3_12 says at least two years); говорят = "
     "word has it / on dit; не меньше = at least / au moins", None),
    ("q10", S, F, "", ["d4_12"],
     "All the violations in the bay, mind you, were the trawlers' doing, and yet for some reason we're "
     "the ones being fined.",
     "Toutes les infractions dans la baie, soit dit en passant, sont le fait des chalutiers, et pourtant, "
     "allez savoir pourquoi, c'est nous qu'on verbalise.",
     "faithful rendering of the near-miss sentence d4_12 (D2 d2_12 says eleven of seventeen); "
     "indefinite-personal штрафуют нас = we're the ones being fined / c'est nous qu'on verbalise; между "
     "прочим = mind you / soit dit en passant", None),
    ("q11", S, F, "", ["d4_09"],
     "There's no other work in Salma: no factory, no logging outfit, nothing.",
     "À Salma, il n'y a pas d'autre travail : ni usine, ni exploitation forestière, rien.",
     "faithful; D4's own sentence; нет = there's no / il n'y a pas; леспромхоз = logging outfit / "
     "exploitation forestière; в Салме (prepositional) = in Salma", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_08", "d1_09"],
     "Formally, that's true: the collective's share is still about forty per cent. But the \"big fish\" "
     "will survive losing a thousand tonnes, while for us every tonne is a matter of survival.",
     "Sur le papier, c'est exact : la part du kolkhoze reste d'environ 40 %. Mais les « gros poissons » "
     "survivront à la perte de mille tonnes, alors que pour nous, chaque tonne est une question de survie.",
     "faithful; scare quotes kept: «большая рыба» = \"big fish\" / « gros poissons »; около сорока "
     "процентов = about forty per cent / environ 40 %; Формально = formally / sur le papier; contains "
     "the term of q38", None),
    ("q13", L, F, "", ["d1_21", "d1_22"],
     "We're already preparing a claim for the arbitration court and hope to file it in February. Our "
     "lawyers say the odds are slim, but we won't just sit on our hands.",
     "Nous préparons déjà une requête devant le tribunal de commerce et comptons la déposer en février. "
     "Les juristes disent que nos chances sont minces, mais nous n'allons pas rester les bras croisés.",
     "faithful; сидеть сложа руки (idiom) = sit on our hands / rester les bras croisés; арбитражный суд "
     "= arbitration court / tribunal de commerce; near-miss d4_14 says the court will hear the case in "
     "March", None),
    ("q14", L, F, "", ["d2_16", "d2_17"],
     "The directorate will meet the residents of Bolshaya Salma at the village House of Culture on "
     "6 February. Deputy head of the directorate Irina Lapteva and specialists from the institute will "
     "speak.",
     "La direction rencontrera les habitants de Bolchaïa Salma le 6 février, à la maison de la culture "
     "du village. Interviendront Irina Lapteva, adjointe au chef de la direction, ainsi que des "
     "spécialistes de l'institut.",
     "faithful; шестого февраля = 6 February / 6 février; Большой Салмы (genitive) = Bolshaya Salma; "
     "inversion in fr; near-miss d4_13 says nobody from the management came", None),
    ("q15", L, F, "", ["d4_15", "d4_16"],
     "We're not against science, and we understand that the fish have to be protected. But they need "
     "protecting from those who rake up everything with their trawls, not from old men with nets.",
     "Nous ne sommes pas contre la science, et nous comprenons qu'il faut préserver le poisson. Mais c'est "
     "de ceux qui raclent tout au chalut qu'il faut le préserver, pas des vieux avec leurs filets.",
     "faithful; D4's own sentences; cleft in fr; гребёт всё подряд = rake up everything / raclent tout",
     None),
    ("q16", L, F, "", ["d3_05", "d3_06"],
     "By comparison, in 2022 it stood at some 34,000 tonnes. The stock has thus shrunk by more than a "
     "third in three years.",
     "À titre de comparaison, il s'élevait en 2022 à environ trente-quatre mille tonnes. En trois ans, le "
     "stock a donc diminué de plus d'un tiers.",
     "faithful; около = some / environ; numbers as digits in en, words in fr; Таким образом = thus / "
     "donc; clauses reordered in fr", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_04", "d1_05", "d1_06"],
     "Last year the collective was allowed to catch 1,900 tonnes of herring; this year we've been left "
     "with 1,150. Herring brings in about seventy per cent of our revenue, so this has hit us right where "
     "it hurts. By our reckoning, the collective will be some 45 million roubles short.",
     "L'an dernier, le kolkhoze pouvait pêcher mille neuf cents tonnes de hareng ; cette année, on nous "
     "en a laissé mille cent cinquante. Le hareng représente environ 70 % de notre chiffre d'affaires, "
     "autant dire que le coup nous frappe en plein cœur. D'après nos calculs, l'exploitation va perdre "
     "environ quarante-cinq millions de roubles.",
     "faithful; удар пришёлся в самое сердце (idiom) = hit us right where it hurts / nous frappe en plein "
     "cœur; недополучит = will be short / va perdre; numbers as digits vs words; near-miss d4_03 says "
     "the quota was more than halved", None),
    ("q18", L, F, "", ["d2_03", "d2_04", "d2_05"],
     "The cut is based on the findings of the Northern Institute of Marine Fisheries, which recorded a "
     "sharp fall in the spawning stock. The quotas have been divided among users in proportion to the "
     "shares assigned to them under 2019 agreements running for fifteen years. All users' shares remain "
     "unchanged, and no company has gained an advantage at the expense of the others.",
     "La réduction s'appuie sur les conclusions de l'Institut septentrional des pêches maritimes, qui a "
     "constaté une forte baisse du stock reproducteur. Les quotas ont été répartis entre les utilisateurs "
     "au prorata des parts qui leur ont été attribuées par des contrats de 2019 conclus pour 15 ans. Les "
     "parts de tous les utilisateurs sont restées inchangées, et aucune entreprise n'a été avantagée aux "
     "dépens des autres.",
     "faithful; spans a paragraph break (d2_03 | d2_04, d2_05); institute's name translated; пятнадцать "
     "= fifteen / 15; near-miss d4_04 says the trawl company's quota was raised; contains the term of "
     "q37", None),
    ("q19", L, F, "", ["d3_01", "d3_02", "d3_03", "d3_04"],
     "This conclusion was prepared by the institute's marine bioresources laboratory on the basis of the "
     "autumn 2025 trawl survey. The work was carried out between 15 September and 20 October aboard the "
     "research vessel Professor Koltsov. Storms meant that only 46 of the 60 planned trawl stations could "
     "be completed. The herring spawning stock in the bay is estimated at 21,000 tonnes.",
     "Le présent avis a été établi par le laboratoire des bioressources marines de l'institut à partir de "
     "la campagne de chalutage de l'automne 2025. Les travaux ont été menés du 15 septembre au 20 octobre "
     "à bord du navire de recherche Professeur Koltsov. En raison des tempêtes, seules quarante-six des "
     "soixante stations de chalutage prévues ont pu être réalisées. Le stock reproducteur de hareng dans "
     "la baie est estimé à vingt et un mille tonnes.",
     "faithful; spans a paragraph break (d3_01, d3_02, d3_03 | d3_04); из-за штормов = storms meant / en "
     "raison des tempêtes; удалось выполнить = could be completed / ont pu être réalisées; vessel name "
     "transliterated in en, translated in fr; numbers as digits in en, words in fr", None),
    ("q20", L, F, "", ["d3_11", "d3_12", "d3_13"],
     "However, the available data are not sufficient to put a figure on that contribution. The institute "
     "recommends cutting the total allowable catch by at least forty per cent and keeping the "
     "restrictions in place for at least two years. It also recommends banning all fishing on the "
     "spawning grounds from 20 April to 10 June.",
     "Les données disponibles ne suffisent toutefois pas à chiffrer cette contribution. L'institut "
     "recommande de réduire le total admissible de captures d'au moins 40 % et de maintenir les "
     "restrictions pendant deux ans au minimum. Il est également recommandé d'interdire toute pêche sur "
     "les frayères du 20 avril au 10 juin.",
     "faithful; spans a paragraph break (d3_11 | d3_12, d3_13); недостаточно = not sufficient / ne "
     "suffisent pas; impersonal Рекомендуется = it also recommends; near-miss d4_06 says all summer and "
     "d4_10 says five years", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "We demand that the quota allocation be reviewed and that representatives of the village be allowed "
     "into the discussions. What herring they've left us is a pittance, but we won't give up even that "
     "little without a fight. (…) We ask the editors to print this letter in full.",
     "Nous exigeons que la répartition des quotas soit revue et que des représentants du village soient "
     "associés aux discussions. En hareng, on nous a laissé des clopinettes, mais même ce peu-là, nous ne "
     "le lâcherons pas sans combattre. (…) Nous demandons à la rédaction de publier cette lettre dans son "
     "intégralité.",
     "faithful; ellipsis (…) skips d4_19 (the signatures); D4's own sentences; кот наплакал = a pittance / "
     "des clopinettes, idiom by idiom; без боя не отдадим = won't give up without a fight / ne lâcherons "
     "pas sans combattre; contains the term of q42", None),
    ("q22", L, F, "", ["d1_25", "d1_26", "d1_28"],
     "The scientists say that if the restrictions are respected the stock may recover, but not before "
     "2029. The collective came through the war, perestroika and the nineties, and it will come through "
     "this too. […] A fisherman without the sea is like a tree without roots.",
     "Selon les scientifiques, si les restrictions sont respectées, le stock peut se reconstituer, mais "
     "pas avant 2029. Le kolkhoze a survécu à la guerre, à la perestroïka et aux années 1990, il survivra "
     "bien à ça. […] Un pêcheur sans la mer, c'est un arbre sans racines.",
     "faithful; ellipsis […] skips d1_27; девяностые = the nineties / les années 1990; proverb rendered "
     "as a simile; near-miss d4_10 says at least five years", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_09"],
     "Over the last five years, the average May water temperature in the bay has been 2.5 degrees above "
     "the long-term norm.",
     "Au cours des cinq dernières années, la température moyenne de l'eau de la baie en mai a dépassé de "
     "deux degrés et demi la normale pluriannuelle.",
     "drifted (numbers): на полтора градуса (by 1.5 degrees) → 2.5 degrees / deux degrés et demi; five "
     "years kept; the rest faithful", None),
    ("q24", S, D, "names", ["d2_14"],
     "The head of the directorate, Oleg Tikhonov, has ordered the number of inspections at the mouth of "
     "the bay to be doubled this year.",
     "Le chef de la direction, Oleg Tikhonov, a ordonné de doubler cette année le nombre de contrôles à "
     "l'entrée de la baie.",
     "drifted (names): surname Трифонов (Trifonov) → Tikhonov; first name Oleg kept", None),
    ("q25", S, D, "negation", ["d3_15"],
     "Fixed nets used in inshore fishing will also need to be changed.",
     "Les filets fixes de la pêche côtière devront eux aussi être modifiés.",
     "drifted (negation reversal): изменений не требуется (no changes are required) → will also need to "
     "be changed / devront eux aussi être modifiés", None),
    ("q26", S, D, "hedge", ["d2_15"],
     "In addition, all fishing on the bay's spawning grounds may be banned from 20 April to 10 June.",
     "Par ailleurs, toute pêche pourrait être interdite sur les zones de frai de la baie du 20 avril au "
     "10 juin.",
     "drifted (hedge added): будет действовать запрет (a ban will be in force) → may be banned / "
     "pourrait être interdite; contains the term of q40", None),
    ("q27", S, D, "hedge", ["d3_10"],
     "Juvenile bycatch in trawl fishing at the mouth of the bay also played a certain role.",
     "Les prises accessoires de juvéniles par les chalutiers à l'entrée de la baie ont également joué un "
     "certain rôle.",
     "drifted (hedge dropped): Не исключено, что ... сыграл (it cannot be ruled out that it played) → "
     "played / ont joué, stated as fact; near-miss d4_05 says the scientists admitted it", None),
    ("q28", S, D, "quantifier", ["d2_20"],
     "Fishing in the bay has not been banned, and most users will carry on working within the quotas "
     "allocated to them.",
     "La pêche n'est pas interdite dans la baie, et la plupart des utilisateurs poursuivront leur activité "
     "dans la limite des quotas qui leur ont été attribués.",
     "drifted (quantifier): все пользователи (all users) → most users / la plupart des utilisateurs; the "
     "rest faithful", None),
    ("q29", S, D, "omission", ["d2_10"],
     "A decision on handing over the unused quota could be taken in April at the earliest.",
     "Une décision sur le transfert du quota non utilisé pourrait être prise au plus tôt en avril.",
     "drifted (omission of a condition): «и только после обращения колхоза в установленном порядке» (and "
     "only once the collective has applied through the proper channels) is dropped", None),
    ("q30", S, D, "addition", ["d1_19"],
     "For Bolshaya Salma, the collective is the main employer, and it also keeps up the pier, the bakery, "
     "the first-aid post and the fuel depot.",
     "Pour Bolchaïa Salma, le kolkhoze est le principal employeur, et c'est lui qui entretient le quai, la "
     "boulangerie, le dispensaire et le dépôt de carburant.",
     "drifted (addition of a list item): \"the first-aid post\" / \"le dispensaire\" added to the pier, the "
     "bakery and the fuel depot", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_16", "d1_17", "d1_18"],
     "The collective employs 140 people, 68 of them fishermen. We're not laying anyone off this year, but "
     "from March we're switching to a four-day week. Three of our nine boats will have to be laid up "
     "until the autumn.",
     "Le kolkhoze emploie cent quarante personnes, dont soixante-huit pêcheurs. Cette année, nous ne "
     "licencions personne, mais à partir de mars nous passons à la semaine de quatre jours. Trois de nos "
     "neuf bateaux devront rester à quai jusqu'à l'automne.",
     "drifted (numbers) in sentence 1: восемьдесят шесть (86) fishermen → 68 / soixante-huit; 140 and "
     "three of nine kept; sentences 2 and 3 faithful; contains the term of q39; near-miss d4_07 and d4_08",
     None),
    ("q32", L, D, "omission", ["d3_16", "d3_17", "d3_18"],
     "The stock can be restored to its 2022 level no earlier than 2029. If the restrictions are not "
     "observed, the institute does not rule out a further decline in the stock. The forecast is "
     "preliminary and will be refined on the basis of the spring 2026 survey.",
     "Le stock ne pourra pas retrouver son niveau de 2022 avant 2029. Si les restrictions ne sont pas "
     "respectées, l'institut n'exclut pas un nouveau recul du stock. Cette prévision est provisoire et "
     "sera affinée à l'issue de la campagne du printemps 2026.",
     "drifted (omission of a condition) in sentence 1: «При соблюдении этих мер» (provided these measures "
     "are observed) is dropped; sentences 2 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d3_19", "d3_20", "d3_21"],
     "The institute considers it necessary to introduce mandatory recording of juvenile bycatch on "
     "trawlers working at the mouth of the bay. To this end, it proposes placing scientific observers on "
     "such vessels on every trip. The institute proposes that the cost of the observers be borne by the "
     "vessel owners.",
     "L'institut juge nécessaire d'instaurer un enregistrement obligatoire des prises accessoires de "
     "juvéniles à bord des chalutiers opérant à l'entrée de la baie. Il propose à cet effet de placer des "
     "observateurs scientifiques sur ces navires à chaque sortie. L'institut propose de faire supporter "
     "aux armateurs les frais liés aux observateurs.",
     "drifted (quantifier) in sentence 2: не реже чем в каждом третьем рейсе (at least on every third "
     "trip) → on every trip / à chaque sortie; sentences 1 and 3 faithful", None),
    # partial
    ("q34", L, P, "", ["d4_19"],
     "Nearly four hundred people came to the village meeting. The letter was signed by 312 residents of "
     "the village.",
     "Près de quatre cents personnes sont venues à l'assemblée du village. La lettre a été signée par "
     "trois cent douze habitants du village.",
     "partial: the first sentence (the attendance at the village meeting) is in no source; the second is "
     "faithful to d4_19", None),
    ("q35", L, P, "", ["d1_13", "d1_14"],
     "But the old-timers remember that the herring began to vanish from the bay when the trawlers started "
     "working right at its mouth. Back in the nineties, the collective landed up to five thousand tonnes "
     "a year. Inshore fishermen use fixed nets and leave the young fish alone, whereas a trawl scoops up "
     "everything in its path.",
     "Mais les anciens se souviennent que le hareng a commencé à disparaître de la baie quand les "
     "chalutiers se sont mis à travailler juste à son entrée. Dans les années 1990, le kolkhoze débarquait "
     "jusqu'à 5 000 tonnes par an. Les pêcheurs côtiers travaillent aux filets fixes et ne touchent pas "
     "aux juvéniles, alors que le chalut ramasse tout sur son passage.",
     "partial: the middle sentence (catches of up to five thousand tonnes a year in the 1990s) is in no "
     "source; sentences 1 and 3 faithful to d1_13 and d1_14", None),
    ("q36", L, P, "", ["d2_06"],
     "The Northern Dawn fishing collective has been allocated a quota of 1,150 tonnes, and Ledogorsk Trawl "
     "Fleet one of 1,595 tonnes. Ledogorsk Trawl Fleet has voluntarily agreed to hand 100 tonnes of its "
     "quota over to the collective.",
     "Le kolkhoze de pêche Severnaïa Zaria s'est vu attribuer un quota de mille cent cinquante tonnes, et "
     "la société Ledogorski Tralflot un quota de mille cinq cent quatre-vingt-quinze tonnes. Ledogorski "
     "Tralflot a accepté de céder volontairement cent tonnes de son quota au kolkhoze.",
     "partial: the last sentence (the trawl company hands 100 tonnes to the collective) is in no source; "
     "the real next sentence, d2_07, is about 155 tonnes held in reserve; the first is faithful to d2_06 "
     "(«Северная заря» translated in en, transliterated in fr)", None),
    # terms
    ("q37", TM, T, "", ["d2_03"], "spawning stock", "stock reproducteur",
     "term «нерестового запаса» (genitive)", None),
    ("q38", TM, T, "", ["d1_09"], "big fish", "gros poissons",
     "term «большая рыба» (nominative; scare-quoted in the source, meaning the big companies)", None),
    ("q39", TM, T, "", ["d1_18"], "laid up", "rester à quai",
     "term «поставить на прикол» (infinitive phrase; literally to put on the mooring post), idiom by "
     "idiom", None),
    ("q40", TM, T, "", ["d2_15"], "spawning grounds", "zones de frai",
     "term «нерестилищах» (prepositional plural; one Russian word)", None),
    ("q41", TM, T, "", ["d3_14"], "mesh size", "taille des mailles",
     "term «размер ячеи» (nominative)", None),
    ("q42", TM, T, "", ["d4_18"], "a pittance", "des clopinettes",
     "term «кот наплакал» (literally the cat has cried), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The collective intends to sell the three boats it is laying up in order to pay off its debts.",
     "Le kolkhoze compte vendre les trois bateaux qu'il met à quai afin de rembourser ses dettes.",
     "absent: no document says the boats will be sold; resembles d1_18 and d4_08",
     "Колхоз намерен продать три судна, которые ставит на прикол, чтобы расплатиться с долгами."),
    ("q44", S, A, "", [],
     "The directorate has promised to make good the collective's losses out of the federal budget.",
     "La direction a promis de compenser les pertes du kolkhoze sur le budget fédéral.",
     "absent: no compensation is promised; resembles d2_08 and d1_06",
     "Управление пообещало компенсировать убытки колхоза из федерального бюджета."),
    ("q45", S, A, "", [],
     "Ledogorsk Trawl Fleet vessels have been barred from fishing at the mouth of the bay until the end "
     "of the year.",
     "Les navires de Ledogorski Tralflot ont interdiction de pêcher à l'entrée de la baie jusqu'à la fin "
     "de l'année.",
     "absent: no such ban; resembles d2_14, d2_15 and d3_19",
     "Судам «Ледогорского тралфлота» запрещено вести промысел у входа в губу до конца года."),
    ("q46", S, A, "", [],
     "Next spring the institute plans to release two million herring fry into the bay.",
     "Au printemps prochain, l'institut prévoit de relâcher deux millions d'alevins de hareng dans la "
     "baie.",
     "absent: no restocking is mentioned; resembles d3_18 and d3_07",
     "Следующей весной институт планирует выпустить в губу два миллиона мальков сельди."),
    ("q47", S, A, "", [],
     "Yeryomin said the directorate had left the collective's letters unanswered for two years.",
     "Selon Sergueï Eremine, la direction aurait laissé les lettres du kolkhoze sans réponse pendant deux "
     "ans.",
     "absent: Yeryomin says nothing of the kind; resembles d1_27 and d1_23 (French conditional for "
     "hearsay)",
     "Ерёмин заявил, что управление два года оставляло без ответа письма колхоза."),
    ("q48", L, A, "", [],
     "Fishermen who lose their jobs will be retrained at the district employment centre. The regional "
     "government has set aside 12 million roubles for this.",
     "Les pêcheurs qui perdront leur emploi suivront une reconversion au centre pour l'emploi du district. "
     "Le gouvernement régional a réservé douze millions de roubles à cet effet.",
     "absent (2 sentences): no retraining or regional money is mentioned; resembles d1_16, d1_17 and "
     "d4_08",
     "Рыбаки, потерявшие работу, пройдут переобучение в районном центре занятости. Правительство области "
     "выделило на это двенадцать миллионов рублей."),
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
