"""Build the blind quotation set quote_blind34 from one table (standard library only).

Story: two days before a national cup quarter-final, the east stand of the Trud stadium in
Severorechensk is closed after cracks are found in its concrete terraces; 6,000 east-stand ticket
holders are moved to free seats or refunded, and the match is played before 9,500 spectators instead
of 15,500. Four Russian source documents (D1 the regional sports ministry's order, D2 the stadium
operator's director's press conference transcript, D3 the construction supervision inspectorate's
inspection report, D4 a supporters' club post, the near-miss document) and 48 English / French
quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document from
01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind34_build.py

writes quote_blind34.tsv, quote_blind34_labels.tsv, quote_blind34_sources.ru.txt and
quote_blind34_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind34"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства физической культуры и спорта Северореченской области от 15 октября 2026 "
           "года № 418 «О временном закрытии восточной трибуны стадиона «Труд»», подписан министром "
           "Ириной Кольцовой", [
        ["Тринадцатого октября 2026 года при плановом осмотре стадиона «Труд» в Северореченске в бетонных "
         "ступенях восточной трибуны были обнаружены трещины.",
         "Четырнадцатого октября инспекция государственного строительного надзора области провела "
         "внеплановую проверку трибуны и оценила её техническое состояние как ограниченно работоспособное.",
         "Семнадцатого октября на стадионе должен состояться четвертьфинальный матч Кубка страны между "
         "командами «Речник» и «Звезда».",
         "В целях обеспечения безопасности зрителей приказываю принять следующие меры."],
        ["Директору государственного автономного учреждения «Дирекция спортивных сооружений» Павлу Ершову "
         "с пятнадцатого октября закрыть восточную трибуну стадиона «Труд» для зрителей до завершения "
         "детального инструментального обследования.",
         "Матч семнадцатого октября провести с использованием только западной и северной трибун общей "
         "вместимостью девять тысяч пятьсот мест.",
         "Оградить восточную трибуну и прилегающую к ней территорию и исключить доступ к ним посторонних "
         "лиц."],
        ["Футбольному клубу «Речник» совместно с дирекцией предложить держателям билетов на восточную "
         "трибуну свободные места на западной и северной трибунах.",
         "Зрителям, которым не хватит мест или которые откажутся от пересадки, вернуть полную стоимость "
         "билетов в течение десяти рабочих дней.",
         "Клубу до шестнадцатого октября уведомить всех держателей билетов на восточную трибуну о принятых "
         "мерах через официальный сайт, социальные сети и рассылку по электронной почте."],
        ["Управлению безопасности министерства согласовать с областным управлением полиции перенос "
         "гостевого сектора с восточной трибуны на северную и изменённую схему входа зрителей."],
        ["Директору дирекции Павлу Ершову до двадцатого октября заключить договор со специализированной "
         "организацией на проведение детального инструментального обследования восточной трибуны.",
         "Обследование провести в срок не более тридцати календарных дней со дня заключения договора.",
         "По его результатам представить в министерство предложения о ремонте или реконструкции трибуны с "
         "оценкой стоимости работ."],
        ["Отделу финансового обеспечения министерства до первого ноября подготовить предложения о выделении "
         "средств на ремонт из резервного фонда правительства области.",
         "До завершения обследования не допускать проведения на стадионе «Труд» массовых мероприятий с "
         "использованием восточной трибуны.",
         "Западную и северную трибуны использовать в обычном режиме при условии их еженедельного визуального "
         "осмотра инженерной службой дирекции."],
        ["Пресс-службе министерства разместить информацию о закрытии трибуны на официальном сайте "
         "министерства.",
         "Контроль за исполнением настоящего приказа возложить на заместителя министра Андрея Лапина.",
         "Настоящий приказ вступает в силу со дня его подписания."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора ГАУ «Дирекция спортивных сооружений» Павла Ершова, "
           "15 октября 2026 года", [
        ["— Добрый день, начну с главного: восточная трибуна стадиона «Труд» закрыта, и в субботу на неё "
         "не попадёт ни один зритель.",
         "Трещины в бетонных ступенях нашли наши же инженеры во вторник, во время планового осмотра перед "
         "матчем.",
         "Речь идёт о третьем, четвёртом и пятом секторах, где трещины тянутся вдоль нескольких рядов.",
         "Мы сразу вызвали инспекцию строительного надзора, и уже на следующий день она подтвердила, что "
         "пускать людей на эту трибуну нельзя."],
        ["— Сколько зрителей это затронет?"],
        ["— На восточную трибуну было продано шесть тысяч билетов, то есть все места.",
         "Всего к сегодняшнему утру на матч продано тринадцать тысяч двести билетов, так что на западной и "
         "северной трибунах свободными остаются две тысячи триста мест.",
         "Эти места мы предложим владельцам билетов на восточную трибуну в порядке очереди, а всем остальным "
         "вернём деньги в полном объёме.",
         "Продажа билетов на матч с сегодняшнего дня прекращена."],
        ["— То есть стадион, рассчитанный на пятнадцать с половиной тысяч зрителей, примет всего девять с "
         "половиной?"],
        ["— Да, к сожалению, это так.",
         "Мы рассчитывали на аншлаг, ведь это первый четвертьфинал Кубка в истории клуба, и мне очень жаль "
         "болельщиков.",
         "Но рисковать жизнью людей ради полного стадиона я не буду."],
        ["— Насколько серьёзны повреждения?"],
        ["— Ширина отдельных трещин достигает четырёх миллиметров, а в двух местах обнажилась арматура.",
         "Непосредственной угрозы обрушения, по нашей оценке, нет, но точный ответ даст только детальное "
         "обследование.",
         "Скорее всего, всё дело в воде: водоотводные лотки на трибуне давно забиты, и влага годами "
         "разрушала бетон при заморозках."],
        ["— Почему этого не заметили раньше?"],
        ["— Заметили, и я не буду этого скрывать.",
         "Ещё в 2024 году инспекция рекомендовала нам восстановить гидроизоляцию восточной трибуны.",
         "На эти работы мы в прошлом году запросили у области двенадцать миллионов рублей, а получили три.",
         "Все эти годы мы, честно говоря, латали дыры за счёт текущего ремонта."],
        ["— Когда трибуна откроется?"],
        ["— До конца сезона точно нет.",
         "Обследование займёт около месяца, и только после него станет понятно, хватит ли ремонта или "
         "трибуну придётся перестраивать.",
         "Предварительно ремонт может стоить около сорока восьми миллионов рублей, но эту цифру прошу пока "
         "не считать окончательной.",
         "Домашний матч чемпионата двадцать пятого октября тоже пройдёт без восточной трибуны.",
         "Держателям абонементов, у которых места на восточной трибуне, мы до конца сезона бесплатно выделим "
         "места на западной."],
    ]),
    ("D3", "Акт внеплановой выездной проверки инспекции государственного строительного надзора "
           "Северореченской области, 14 октября 2026 года", [
        ["Проверка проведена четырнадцатого октября 2026 года по обращению директора ГАУ «Дирекция "
         "спортивных сооружений» Павла Ершова.",
         "Проверку провели ведущий инспектор Тимур Сабиров и главный специалист Вера Крылова в присутствии "
         "главного инженера дирекции Николая Осипова."],
        ["Объектом проверки является восточная трибуна стадиона «Труд», построенная в 1979 году и "
         "реконструированная в 2009 году.",
         "Трибуна рассчитана на шесть тысяч зрителей и состоит из восьми секторов по двадцать два ряда в "
         "каждом."],
        ["При осмотре в железобетонных ступенях третьего, четвёртого и пятого секторов выявлено двадцать три "
         "трещины длиной от сорока сантиметров до одного метра восьмидесяти сантиметров.",
         "Ширина раскрытия трещин составляет от 1,5 до 4 миллиметров при допустимых 0,3 миллиметра.",
         "В двух местах в четвёртом секторе бетон разрушен на глубину защитного слоя, арматура обнажена и "
         "имеет следы коррозии.",
         "Водоотводные лотки трибуны забиты мусором, а гидроизоляция ступеней на значительной части площади "
         "отсутствует.",
         "Осадки фундаментов и деформаций несущих колонн при визуальном осмотре не выявлено."],
        ["При проверке в мае 2024 года инспекция обнаружила на восточной трибуне волосяные трещины и "
         "рекомендовала восстановить гидроизоляцию до конца 2025 года.",
         "Эта рекомендация выполнена частично: гидроизоляция восстановлена только в первом и втором "
         "секторах."],
        ["Вероятной причиной образования трещин является многолетнее проникновение воды в тело бетона и его "
         "попеременное замораживание и оттаивание.",
         "Техническое состояние восточной трибуны оценивается как ограниченно работоспособное.",
         "Признаков аварийного состояния при визуальном осмотре не выявлено, однако без инструментального "
         "обследования исключить дальнейшее развитие трещин нельзя.",
         "Западная и северная трибуны также осмотрены, дефектов, угрожающих безопасности зрителей, на них "
         "не обнаружено."],
        ["Эксплуатирующей организации предписано прекратить допуск зрителей на восточную трибуну до "
         "получения результатов детального инструментального обследования.",
         "Обследование должна выполнить специализированная организация, имеющая допуск к работам на "
         "сооружениях повышенного уровня ответственности.",
         "Результаты обследования и проект ремонтных работ необходимо представить в инспекцию не позднее "
         "первого декабря 2026 года.",
         "До этого срока эксплуатирующая организация обязана еженедельно осматривать западную и северную "
         "трибуны и сообщать в инспекцию о любых новых дефектах."],
        ["В связи с невыполнением в полном объёме рекомендаций 2024 года в отношении эксплуатирующей "
         "организации возбуждено дело об административном правонарушении.",
         "Размер штрафа по этой статье для юридических лиц составляет от ста до трёхсот тысяч рублей.",
         "Акт составлен в двух экземплярах, один из которых вручён главному инженеру дирекции Николаю "
         "Осипову."],
    ]),
    ("D4", "Пост фан-клуба «Синяя волна» в социальной сети, 18 октября 2026 года", [
        ["Друзья, вчерашний матч мы запомним надолго, и не только из-за счёта.",
         "Первый в истории «Речника» четвертьфинал Кубка, а почти половина стадиона стояла пустой.",
         "На трибунах было от силы тысяч восемь человек."],
        ["Восточную трибуну закрыли за два дня до игры, и для всех это был гром среди ясного неба.",
         "Говорят, трещины там шириной в палец, и ими изрезаны все секторы.",
         "Инспекция, по слухам, вообще признала трибуну аварийной.",
         "Трибуну не ремонтировали с восьмидесятых годов, так что удивляться тут нечему."],
        ["Из шести тысяч человек с восточной трибуны пересадить смогли едва ли тысячу.",
         "Остальным обещали вернуть деньги, но пока вернули от силы половине.",
         "Многие члены нашего клуба узнали о закрытии только у турникетов, хотя клуб уверяет, что разослал "
         "письма всем."],
        ["О трещинах дирекция, между прочим, знала ещё три года назад.",
         "Директор сам признал, что деньги на ремонт просили, но область выделила копейки.",
         "А теперь, судя по всему, ремонт затянется минимум на полгода и обойдётся под сто миллионов.",
         "Все эти обещания провести обследование за месяц — пыль в глаза."],
        ["Мы не требуем невозможного и понимаем, что безопасность важнее всего.",
         "Но мы хотим знать, кто отвечает за то, что трибуну довели до такого состояния.",
         "Совет фан-клуба направил открытое письмо министру спорта Ирине Кольцовой и ждёт ответа до конца "
         "месяца."],
        ["На матч двадцать пятого октября собираемся, как обычно, у северных ворот за час до начала.",
         "Держитесь вместе, берите шарфы и помните, что «Речник» — это мы.",
         "Увидимся на трибунах."],
    ]),
]

# 15 unrelated sentences in the same registers (sports and town news, a ministry order, an inspection
# report, a press conference, a fans' post); they are in no document.
UNRELATED = [
    "Министерству образования области до первого марта подготовить перечень школ, нуждающихся в замене "
    "кровли.",
    "Контроль за исполнением настоящего приказа оставляю за собой.",
    "При осмотре котельной выявлены нарушения правил хранения топлива.",
    "Предписание об устранении нарушений вручено заведующему складом под подпись.",
    "— Как вы оцениваете форму команды перед зимним перерывом?",
    "— Ребята выложились полностью, но нам не хватило свежести во втором тайме.",
    "Главный тренер поблагодарил болельщиков за поддержку и пообещал усилить оборону.",
    "Бассейн спортивной школы откроется после ремонта к началу учебного года.",
    "Городской марафон в этом году соберёт рекордное число участников.",
    "Юношеская команда по хоккею с мячом выиграла областное первенство.",
    "Ребята, кто едет на выезд, скидывайтесь на автобус до пятницы.",
    "Новые шарфы клуба уже можно заказать в нашем магазине.",
    "Мэрия объявила конкурс на лучший проект благоустройства набережной.",
    "На проспекте Строителей с понедельника ограничат движение грузовиков.",
    "Спортивная ночь в городском парке собрала около трёх тысяч горожан.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_09"],
     "Spectators who cannot be found a seat or who decline to move are to be refunded the full price of "
     "their tickets within ten working days.",
     "Les spectateurs qui ne trouveront pas de place ou qui refuseront de changer de tribune devront être "
     "intégralement remboursés dans un délai de dix jours ouvrés.",
     "faithful; не хватит мест = cannot be found a seat / ne trouveront pas de place; вернуть полную "
     "стоимость = refunded the full price / intégralement remboursés; десяти = ten / dix; near-miss d4_09 "
     "says only half have been refunded so far", None),
    ("q02", S, F, "", ["d2_13"],
     "But I am not going to gamble with people's lives for the sake of a full stadium.",
     "Mais je ne jouerai pas avec la vie des gens pour avoir un stade plein.",
     "faithful; рисковать жизнью = gamble with people's lives / jouer avec la vie des gens; negation kept; "
     "ради полного стадиона = for the sake of a full stadium / pour avoir un stade plein", None),
    ("q03", S, F, "", ["d2_17"],
     "Most likely it all comes down to water: the drainage channels on the stand have long been blocked, "
     "and for years the moisture was breaking up the concrete whenever it froze.",
     "Selon toute vraisemblance, tout vient de l'eau : les caniveaux d'évacuation de la tribune sont "
     "bouchés depuis longtemps, et l'humidité a détruit le béton année après année lors des gelées.",
     "faithful; hedge Скорее всего kept as most likely / selon toute vraisemblance; при заморозках = "
     "whenever it froze / lors des gelées; contains the term of q39", None),
    ("q04", S, F, "", ["d3_06"],
     "The cracks are between 1.5 and 4 millimetres wide, whereas the permitted width is 0.3 millimetres.",
     "L'ouverture des fissures va de 1,5 à 4 millimètres, alors que la valeur admissible est de 0,3 "
     "millimètre.",
     "faithful; decimal point in en, decimal comma in fr (local notation); при допустимых = whereas the "
     "permitted width is / alors que la valeur admissible est; near-miss d4_05 says finger-wide cracks",
     None),
    ("q05", S, F, "", ["d3_09"],
     "The visual inspection found no settlement of the foundations and no deformation of the load-bearing "
     "columns.",
     "L'examen visuel n'a révélé ni tassement des fondations ni déformation des poteaux porteurs.",
     "faithful; impersonal negated не выявлено turned active: found no / n'a révélé ni ... ni", None),
    ("q06", S, F, "", ["d3_13"],
     "The technical condition of the east stand is rated as of limited serviceability.",
     "Sur le plan technique, la tribune Est est jugée en état de fonctionnement limité.",
     "faithful; ограниченно работоспособное = of limited serviceability / en état de fonctionnement "
     "limité; near-miss d4_06 says the stand was declared unsafe (аварийной)", None),
    ("q07", S, F, "", ["d4_03"],
     "There were maybe eight thousand people in the stands, at the very most.",
     "Dans les tribunes, il y avait tout au plus quelque huit mille personnes.",
     "faithful rendering of the near-miss sentence d4_03 (D1 d1_06 and D2 d2_10 say 9,500 seats); от силы "
     "= at the very most / tout au plus; тысяч восемь (approximate inversion) = maybe eight thousand / "
     "quelque huit mille", None),
    ("q08", S, F, "", ["d4_06"],
     "Rumour has it the inspectorate actually declared the stand unsafe.",
     "Selon les rumeurs, l'inspection aurait même déclaré la tribune en état de péril.",
     "faithful rendering of the near-miss sentence d4_06 (D3 d3_13, d3_14: limited serviceability, no "
     "signs of an emergency condition); по слухам kept as rumour has it / selon les rumeurs; French "
     "conditional for hearsay", None),
    ("q09", S, F, "", ["d1_11"],
     "The ministry's security department is to agree with the regional police directorate on moving the "
     "away section from the east stand to the north stand and on the revised entry arrangements for "
     "spectators.",
     "Le service de sécurité du ministère devra convenir avec la direction régionale de la police du "
     "transfert du secteur visiteurs de la tribune Est vers la tribune Nord, ainsi que du nouveau schéma "
     "d'accès des spectateurs.",
     "faithful; order infinitive (согласовать) = is to agree / devra convenir; contains the term of q38",
     None),
    ("q10", S, F, "", ["d2_28"],
     "Until the end of the season, season-ticket holders with seats in the east stand will get seats in "
     "the west stand free of charge.",
     "Jusqu'à la fin de la saison, les détenteurs d'abonnements placés en tribune Est se verront attribuer "
     "gratuitement des places en tribune Ouest.",
     "faithful; clauses reordered (до конца сезона moved to the front); contains the term of q41", None),
    ("q11", S, F, "", ["d3_21"],
     "For legal entities, the fine under this article ranges from 100,000 to 300,000 roubles.",
     "Pour les personnes morales, l'amende prévue par cet article va de cent mille à trois cent mille "
     "roubles.",
     "faithful; numbers as digits in en, words in fr; юридических лиц = legal entities / personnes "
     "morales", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d2_21", "d2_22"],
     "Last year we asked the region for twelve million roubles for that work and got three. All these "
     "years, to be honest, we've been papering over the cracks out of the routine maintenance budget.",
     "L'an dernier, nous avons demandé 12 millions de roubles à la région pour ces travaux, et nous en "
     "avons obtenu 3. Toutes ces années, pour être franc, nous avons colmaté les brèches sur le budget de "
     "l'entretien courant.",
     "faithful; numbers as words in en, digits in fr; латали дыры (patched holes) = papering over the "
     "cracks / colmaté les brèches, idiom by idiom; contains the term of q40; near-miss d4_12 says "
     "the region gave kopecks", None),
    ("q13", L, F, "", ["d2_24", "d2_25"],
     "Not before the end of the season, that much is certain. The survey will take about a month, and "
     "only then will we know whether a repair will be enough or the stand will have to be rebuilt.",
     "Pas avant la fin de la saison, c'est certain. L'expertise prendra environ un mois, et c'est "
     "seulement après qu'on saura si une réparation suffira ou s'il faudra reconstruire la tribune.",
     "faithful; точно нет = not ... that much is certain / c'est certain; около kept as about / environ; "
     "near-miss d4_13 says at least six months", None),
    ("q14", L, F, "", ["d3_03", "d3_04"],
     "The inspection concerns the east stand of the Trud stadium, which was built in 1979 and "
     "reconstructed in 2009. The stand holds 6,000 spectators and is made up of eight sections of "
     "twenty-two rows each.",
     "L'inspection porte sur la tribune Est du stade Troud, construite en 1979 et reconstruite en 2009. "
     "D'une capacité de six mille spectateurs, la tribune compte huit secteurs de 22 rangs chacun.",
     "faithful; «Труд» = Trud / Troud; numbers as digits or words; near-miss d4_07 says the stand has not "
     "been repaired since the 1980s", None),
    ("q15", L, F, "", ["d4_15", "d4_16"],
     "We're not asking for the impossible, and we understand that safety comes first. But we want to know "
     "who is responsible for letting the stand fall into this state.",
     "Nous ne demandons pas l'impossible et nous comprenons que la sécurité passe avant tout. Mais nous "
     "voulons savoir qui porte la responsabilité d'avoir laissé la tribune se dégrader à ce point.",
     "faithful; D4's own sentences; важнее всего = comes first / passe avant tout; довели до такого "
     "состояния = letting ... fall into this state / laissé ... se dégrader à ce point", None),
    ("q16", L, F, "", ["d1_12", "d1_13"],
     "By 20 October the directorate's director, Pavel Yershov, is to sign a contract with a specialist "
     "firm for a detailed structural survey of the east stand. The survey is to be carried out within no "
     "more than thirty calendar days of the contract being signed.",
     "Le directeur de la Direction, Pavel Erchov, devra conclure d'ici au 20 octobre un contrat avec un "
     "organisme spécialisé pour une expertise technique approfondie de la tribune Est. L'expertise devra "
     "être réalisée en trente jours calendaires au plus à compter de la signature du contrat.",
     "faithful; Павлу Ершову (dative) = Pavel Yershov / Pavel Erchov; до двадцатого октября = by 20 "
     "October / d'ici au 20 octobre; не более тридцати = within no more than thirty / trente ... au plus",
     None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d2_06", "d2_07", "d2_08"],
     "All 6,000 tickets for the east stand had been sold, in other words every seat. As of this morning, "
     "13,200 tickets have been sold for the match in total, so 2,300 seats are still free in the west and "
     "north stands. We will offer those seats to east-stand ticket holders on a first-come, first-served "
     "basis, and everyone else will get their money back in full.",
     "Les six mille billets de la tribune Est avaient été vendus, c'est-à-dire toutes les places. Au "
     "total, treize mille deux cents billets ont été vendus pour le match à ce matin, si bien qu'il reste "
     "deux mille trois cents places libres dans les tribunes Ouest et Nord. Nous proposerons ces places "
     "aux détenteurs de billets de la tribune Est selon l'ordre d'arrivée, et tous les autres seront "
     "intégralement remboursés.",
     "faithful; numbers as digits in en, words in fr; в порядке очереди = first-come, first-served / "
     "selon l'ordre d'arrivée; near-miss d4_08 says barely a thousand were moved", None),
    ("q18", L, F, "", ["d2_10", "d2_11", "d2_12"],
     "So a stadium built for fifteen and a half thousand spectators will take only nine and a half "
     "thousand? Yes, unfortunately, that's right. We were counting on a full house, since this is the "
     "first cup quarter-final in the club's history, and I feel very sorry for the fans.",
     "Autrement dit, un stade conçu pour 15 500 spectateurs n'en accueillera que 9 500 ? Oui, c'est "
     "malheureusement le cas. Nous comptions jouer à guichets fermés, car c'est le premier quart de "
     "finale de Coupe de l'histoire du club, et je suis vraiment désolé pour les supporters.",
     "faithful; spans a paragraph break (question d2_10 | answer d2_11, d2_12); аншлаг = a full house / "
     "à guichets fermés, idiom by idiom; numbers as words in en, digits in fr; near-miss d4_02 says "
     "almost half the stadium stood empty", None),
    ("q19", L, F, "", ["d3_18", "d3_19", "d3_20"],
     "The survey results and a design for the repair work must be submitted to the inspectorate no later "
     "than 1 December 2026. Until then the operator is required to inspect the west and north stands "
     "every week and report any new defects to the inspectorate. Because the 2024 recommendations were "
     "not carried out in full, administrative offence proceedings have been opened against the operator.",
     "Les résultats de l'expertise et le projet de travaux de réparation doivent être remis à "
     "l'inspection au plus tard le 1er décembre 2026. D'ici là, l'exploitant est tenu d'inspecter chaque "
     "semaine les tribunes Ouest et Nord et de signaler à l'inspection tout nouveau défaut. Une procédure "
     "pour infraction administrative a été ouverte contre l'exploitant, les recommandations de 2024 "
     "n'ayant pas été entièrement appliquées.",
     "faithful; spans a paragraph break (d3_18, d3_19 | d3_20); первого декабря = 1 December / 1er "
     "décembre; clauses reordered in fr; невыполнением в полном объёме = not carried out in full / "
     "n'ayant pas été entièrement appliquées", None),
    ("q20", L, F, "", ["d4_17", "d4_18", "d4_19"],
     "The supporters' club council has sent an open letter to the sports minister, Irina Koltsova, and "
     "expects a reply by the end of the month. For the match on 25 October we're meeting as usual at the "
     "north gates an hour before kick-off. Stick together, bring your scarves and remember: we are "
     "Rechnik.",
     "Le conseil du club de supporters a adressé une lettre ouverte à la ministre des Sports, Irina "
     "Koltsova, et attend une réponse d'ici la fin du mois. Pour le match du 25 octobre, rendez-vous comme "
     "d'habitude aux portes nord une heure avant le coup d'envoi. Restez soudés, prenez vos écharpes et "
     "n'oubliez pas : le Retchnik, c'est nous.",
     "faithful; D4's own sentences; spans a paragraph break (d4_17 | d4_18, d4_19); Ирине Кольцовой "
     "(dative) = Irina Koltsova; двадцать пятого октября = 25 October / 25 octobre; помните = remember / "
     "n'oubliez pas; «Речник» = Rechnik / Retchnik", None),
    ("q21", L, F, "", ["d2_01", "d2_02", "d2_04"],
     "Good afternoon, I'll start with the main thing: the east stand of the Trud stadium is closed, and "
     "not a single spectator will set foot on it on Saturday. The cracks in the concrete terraces were "
     "found by our own engineers on Tuesday, during a routine pre-match inspection. (…) We called in the "
     "construction inspectorate straight away, and the very next day it confirmed that people must not be "
     "let onto that stand.",
     "Bonjour, je commence par l'essentiel : la tribune Est du stade Troud est fermée, et samedi, aucun "
     "spectateur n'y mettra les pieds. Ce sont nos propres ingénieurs qui ont découvert mardi les fissures "
     "dans les gradins en béton, lors d'une inspection de routine avant le match. (…) Nous avons "
     "immédiatement fait appel à l'inspection de la construction, qui a confirmé dès le lendemain qu'on "
     "ne pouvait pas laisser le public accéder à cette tribune.",
     "faithful; ellipsis (…) skips d2_03 (the sections); ни один зритель = not a single spectator / aucun "
     "spectateur; active turned passive in en, cleft in fr", None),
    ("q22", L, F, "", ["d1_05", "d1_06", "d1_08"],
     "Pavel Yershov, director of the state autonomous institution Sports Facilities Directorate, is to "
     "close the east stand of the Trud stadium to spectators from 15 October until a detailed structural "
     "survey has been completed. The match on 17 October is to be played using only the west and north "
     "stands, which have a combined capacity of 9,500. […] FC Rechnik, together with the directorate, is "
     "to offer east-stand ticket holders free seats in the west and north stands.",
     "Le directeur de l'établissement public autonome « Direction des équipements sportifs », Pavel "
     "Erchov, fermera la tribune Est du stade Troud au public à compter du 15 octobre, jusqu'à "
     "l'achèvement d'une expertise technique approfondie. Le match du 17 octobre se jouera uniquement avec "
     "les tribunes Ouest et Nord, d'une capacité totale de neuf mille cinq cents places. […] Le club de "
     "football Retchnik proposera, en lien avec la Direction, les places libres des tribunes Ouest et Nord "
     "aux détenteurs de billets de la tribune Est.",
     "faithful; ellipsis […] skips d1_07 (fencing off the stand); the ellipsis also crosses a paragraph "
     "break; Павлу Ершову (dative) = Pavel Yershov; order infinitives = is to / French future; contains "
     "the term of q37", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_05"],
     "The inspection found thirty-two cracks in the reinforced-concrete terraces of sections three, four "
     "and five, ranging from 40 centimetres to 1.8 metres in length.",
     "L'examen a mis au jour trente-deux fissures dans les gradins en béton armé des secteurs 3, 4 et 5, "
     "d'une longueur allant de quarante centimètres à un mètre quatre-vingts.",
     "drifted (numbers): двадцать три трещины (23 cracks) → thirty-two / trente-deux; sections and lengths "
     "faithful", None),
    ("q24", S, D, "names", ["d1_19"],
     "Responsibility for overseeing the implementation of this order is assigned to Deputy Minister Andrei "
     "Lapshin.",
     "Le contrôle de l'exécution du présent arrêté est confié au vice-ministre Andreï Lapchine.",
     "drifted (names): surname Лапин (Lapin) → Lapshin / Lapchine; first name Андрей kept", None),
    ("q25", S, D, "negation", ["d3_14"],
     "The visual inspection revealed no signs of an emergency condition, but without an instrumental "
     "survey further growth of the cracks can be ruled out.",
     "L'examen visuel n'a révélé aucun signe d'état de péril, mais sans expertise instrumentale, on peut "
     "exclure une aggravation des fissures.",
     "drifted (negation): исключить ... нельзя (cannot be ruled out) → can be ruled out / on peut exclure; "
     "the first clause faithful", None),
    ("q26", S, D, "hedge", ["d2_27"],
     "The home league match on 25 October will probably be played without the east stand too.",
     "Le match de championnat à domicile du 25 octobre se jouera vraisemblablement lui aussi sans la "
     "tribune Est.",
     "drifted (hedge added): stated as fact (тоже пройдёт) → probably / vraisemblablement", None),
    ("q27", S, D, "hedge", ["d3_12"],
     "The cracks were caused by years of water seeping into the body of the concrete and its repeated "
     "freezing and thawing.",
     "Les fissures sont dues à des années d'infiltration d'eau dans la masse du béton et à l'alternance "
     "de gel et de dégel.",
     "drifted (hedge dropped): Вероятной причиной (the probable cause) → stated as certain: were caused "
     "by / sont dues à", None),
    ("q28", S, D, "quantifier", ["d4_10"],
     "Most of our members only found out about the closure at the turnstiles, even though the club "
     "insists it wrote to everyone.",
     "La plupart de nos membres n'ont appris la fermeture qu'aux tourniquets, alors que le club assure "
     "avoir écrit à tout le monde.",
     "drifted (quantifier): Многие члены (many members) → most of our members / la plupart de nos "
     "membres; the rest faithful", None),
    ("q29", S, D, "omission", ["d1_17"],
     "The west and north stands are to be used as normal.",
     "Les tribunes Ouest et Nord continueront d'être utilisées normalement.",
     "drifted (omission of a restriction): the condition «при условии их еженедельного визуального "
     "осмотра инженерной службой дирекции» (provided the directorate's engineers inspect them visually "
     "every week) is dropped", None),
    ("q30", S, D, "addition", ["d3_02"],
     "The inspection was carried out by lead inspector Timur Sabirov, chief specialist Vera Krylova and a "
     "representative of the regional sports ministry, in the presence of the directorate's chief "
     "engineer, Nikolai Osipov.",
     "L'inspection a été menée par l'inspecteur principal Timour Sabirov, la spécialiste en chef Vera "
     "Krylova et un représentant du ministère régional des Sports, en présence de l'ingénieur en chef de "
     "la Direction, Nikolaï Ossipov.",
     "drifted (addition of a list item): \"a representative of the regional sports ministry\" / \"un "
     "représentant du ministère régional des Sports\" added to the inspection team", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_14", "d2_15", "d2_16"],
     "How serious is the damage? Some of the cracks are up to four millimetres wide, and in three places "
     "the reinforcement has been exposed. In our assessment there is no immediate threat of collapse, but "
     "only a detailed survey will give a definite answer.",
     "Quelle est la gravité des dégâts ? Certaines fissures atteignent quatre millimètres de large, et à "
     "trois endroits les armatures sont à nu. Selon notre évaluation, il n'y a pas de menace "
     "d'effondrement immédiate, mais seule une expertise détaillée apportera une réponse certaine.",
     "drifted (numbers) in sentence 2: в двух местах (in two places) → three / trois; four millimetres "
     "kept; sentences 1 and 3 faithful (hedge по нашей оценке kept); spans a paragraph break (d2_14 | "
     "d2_15, d2_16)", None),
    ("q32", L, D, "omission", ["d3_15", "d3_16", "d3_17"],
     "The west and north stands were inspected as well, and no defects threatening spectator safety were "
     "found on them. The operator has been ordered to stop admitting spectators to the east stand. The "
     "survey must be carried out by a specialist firm licensed for work on structures of an elevated "
     "level of responsibility.",
     "Les tribunes Ouest et Nord ont également été examinées, et aucun défaut menaçant la sécurité des "
     "spectateurs n'y a été constaté. Il est prescrit à l'exploitant de cesser d'admettre des spectateurs "
     "dans la tribune Est. L'expertise doit être confiée à un organisme spécialisé habilité à intervenir "
     "sur des ouvrages de niveau de responsabilité élevé.",
     "drifted (omission of a clause) in sentence 2: «до получения результатов детального "
     "инструментального обследования» (until the results of the detailed survey are received) is "
     "dropped, so the ban reads as open-ended; sentences 1 and 3 faithful; spans a paragraph break "
     "(d3_15 | d3_16, d3_17)", None),
    ("q33", L, D, "names", ["d1_01", "d1_02", "d1_03"],
     "On 13 October 2026, during a routine inspection of the Trud stadium in Severorechensk, cracks were "
     "found in the concrete terraces of the east stand. On 14 October the regional construction "
     "supervision inspectorate carried out an unscheduled inspection of the stand and assessed its "
     "technical condition as of limited serviceability. On 17 October the stadium is due to host a "
     "national cup quarter-final between Rechnik and Zarya.",
     "Le 13 octobre 2026, lors d'une inspection de routine du stade Troud à Severoretchensk, des fissures "
     "ont été découvertes dans les gradins en béton de la tribune Est. Le 14 octobre, l'inspection "
     "régionale de la surveillance de la construction a procédé à un contrôle inopiné de la tribune et "
     "jugé son état technique de fonctionnement limité. Le 17 octobre, le stade doit accueillir un quart "
     "de finale de la Coupe nationale entre le Retchnik et le Zaria.",
     "drifted (names) in sentence 3: the opponent «Звезда» (Zvezda) → Zarya / Zaria; Rechnik kept; "
     "sentences 1-2 faithful", None),
    # partial
    ("q34", L, P, "", ["d4_01"],
     "Friends, we'll remember yesterday's match for a long time, and not just because of the score. The "
     "club has promised our council a meeting with the stadium directorate next week.",
     "Les amis, le match d'hier, on s'en souviendra longtemps, et pas seulement à cause du score. Le club "
     "a promis à notre conseil une rencontre avec la direction du stade la semaine prochaine.",
     "partial: the second sentence (a meeting with the directorate promised for next week) is in no "
     "source; the first is faithful to d4_01", None),
    ("q35", L, P, "", ["d2_19", "d2_20"],
     "We did notice, and I won't hide it. The inspectorate's letter lay on my desk unanswered for half a "
     "year. As far back as 2024 the inspectorate recommended that we restore the waterproofing of the east "
     "stand.",
     "On l'avait remarqué, et je ne vais pas le cacher. La lettre de l'inspection est restée six mois sans "
     "réponse sur mon bureau. Dès 2024, l'inspection nous avait recommandé de refaire l'étanchéité de la "
     "tribune Est.",
     "partial: the middle sentence (the inspectorate's letter left unanswered for six months) is in no "
     "source; sentences 1 and 3 faithful to d2_19 and d2_20", None),
    ("q36", L, P, "", ["d1_14"],
     "On the basis of its findings, proposals for repairing or reconstructing the stand, with an estimate "
     "of the cost of the work, are to be submitted to the ministry. Until the stand reopens, ticket prices "
     "for the club's home matches are to be cut by a quarter.",
     "Sur la base de ses résultats, des propositions de réparation ou de reconstruction de la tribune, "
     "assorties d'une estimation du coût des travaux, seront soumises au ministère. Jusqu'à la "
     "réouverture de la tribune, le prix des billets pour les matchs à domicile du club sera réduit d'un "
     "quart.",
     "partial: the last sentence (ticket prices cut by a quarter) is in no source; the real next "
     "sentence, d1_15, is about funding from the reserve fund; the first is faithful to d1_14", None),
    # terms
    ("q37", TM, T, "", ["d1_05"], "detailed structural survey", "expertise technique approfondie",
     "term «детального инструментального обследования» (genitive; literally detailed instrumental "
     "survey)", None),
    ("q38", TM, T, "", ["d1_11"], "away section", "secteur visiteurs",
     "term «гостевого сектора» (genitive; literally guest sector)", None),
    ("q39", TM, T, "", ["d2_17"], "drainage channels", "caniveaux d'évacuation",
     "term «водоотводные лотки» (nominative plural)", None),
    ("q40", TM, T, "", ["d2_22"], "papering over cracks", "colmater les brèches",
     "term «латали дыры» (past tense; literally patched holes), idiom by idiom", None),
    ("q41", TM, T, "", ["d2_28"], "season-ticket holders", "détenteurs d'abonnements",
     "term «Держателям абонементов» (dative plural)", None),
    ("q42", TM, T, "", ["d4_14"], "window dressing", "poudre aux yeux",
     "term «пыль в глаза» (literally dust in the eyes), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The directorate has already signed a contract for the survey with the Moscow firm Stroyexpert.",
     "La Direction a déjà signé un contrat d'expertise avec la société moscovite Stroïexpert.",
     "absent: no firm has been hired in any document; resembles d1_12 and d3_17",
     "Дирекция уже заключила договор на обследование с московской компанией «Стройэксперт»."),
    ("q44", S, A, "", [],
     "East-stand ticket holders will be able to attend the league match on 25 October free of charge.",
     "Les détenteurs de billets de la tribune Est pourront assister gratuitement au match de championnat "
     "du 25 octobre.",
     "absent: only season-ticket holders get free seats (d2_28); resembles d2_27, d2_28 and d1_08",
     "Держатели билетов на восточную трибуну смогут бесплатно посетить матч чемпионата двадцать пятого "
     "октября."),
    ("q45", S, A, "", [],
     "The inspectorate fined the directorate 300,000 roubles on the spot.",
     "L'inspection a infligé sur-le-champ une amende de trois cent mille roubles à la Direction.",
     "absent: proceedings were opened, no fine was imposed; resembles d3_20 and d3_21",
     "Инспекция на месте оштрафовала дирекцию на триста тысяч рублей."),
    ("q46", S, A, "", [],
     "The regional government has already allocated 48 million roubles from its reserve fund for the "
     "repairs.",
     "Le gouvernement régional a déjà débloqué quarante-huit millions de roubles de son fonds de réserve "
     "pour les réparations.",
     "absent: no money has been allocated; resembles d1_15 and d2_26",
     "Правительство области уже выделило на ремонт сорок восемь миллионов рублей из резервного фонда."),
    ("q47", S, A, "", [],
     "Yershov said the club had asked for the match to be moved to a stadium in another city, but the "
     "football union refused.",
     "Selon Pavel Erchov, le club aurait demandé le transfert du match dans un stade d'une autre ville, "
     "mais la fédération de football aurait refusé.",
     "absent: no document mentions moving the match; resembles d2_11, d2_12 and d1_06 (French "
     "conditional for hearsay)",
     "Ершов сообщил, что клуб просил перенести матч на стадион в другом городе, но футбольный союз "
     "отказал."),
    ("q48", L, A, "", [],
     "Minister Irina Koltsova visited the stadium on the evening of 14 October and looked at the cracks "
     "herself. She promised that the east stand would be repaired by the start of next season.",
     "La ministre Irina Koltsova s'est rendue au stade le 14 octobre au soir et a examiné elle-même les "
     "fissures. Elle a promis que la tribune Est serait réparée d'ici le début de la saison prochaine.",
     "absent (2 sentences): the minister appears only as the order's signatory and the open letter's "
     "addressee; resembles d1_02, d2_24 and d4_17",
     "Министр Ирина Кольцова вечером четырнадцатого октября побывала на стадионе и лично осмотрела "
     "трещины. Она пообещала, что восточная трибуна будет отремонтирована к началу следующего сезона."),
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
