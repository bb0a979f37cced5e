"""Build the blind quotation set quote_blind25 from one table (standard library only).

Story: the Irmensk regional culture ministry merges the symphony orchestra of the regional
philharmonic with the orchestra of the opera and ballet theatre, and thirty musicians lose their
posts. Four Russian source documents (D1 the ministry's order and press release, D2 a TV interview
transcript with the principal conductor, D3 the trade union's open letter, D4 a music critic's blog
post, the near-miss document) and 48 English / French quotations. Sentence ids (d1_04) are defined
here: they number the sentences of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind25_build.py

writes quote_blind25.tsv, quote_blind25_labels.tsv, quote_blind25_sources.ru.txt and
quote_blind25_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind25"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства культуры Ирменской области об объединении оркестров и пресс-релиз "
           "министерства, 2 февраля 2026 года", [
        ["В целях повышения эффективности расходования бюджетных средств приказываю объединить с первого "
         "апреля 2026 года симфонический оркестр Ирменской областной филармонии и оркестр Ирменского театра "
         "оперы и балета в единый оркестр театра оперы и балета."],
        ["Директору театра оперы и балета Сергею Лагутину до первого марта утвердить новое штатное "
         "расписание оркестра численностью сто двадцать пять ставок."],
        ["Провести до двадцатого марта конкурсное прослушивание музыкантов обоих оркестров на замещение "
         "этих ставок."],
        ["Работникам, не прошедшим конкурс, предложить имеющиеся вакансии в подведомственных министерству "
         "учреждениях культуры и образования."],
        ["Контроль за исполнением приказа возложить на заместителя министра Антона Рябинина."],
        ["Министр культуры Ирменской области Ирина Заславская подписала приказ об объединении двух "
         "крупнейших оркестров региона.",
         "Сейчас в симфоническом оркестре филармонии работают восемьдесят четыре музыканта, в оркестре "
         "театра оперы и балета семьдесят один.",
         "После объединения в штате останутся сто двадцать пять музыкантов, что позволит экономить около "
         "сорока шести миллионов рублей в год."],
        ["По словам Ирины Заславской, два оркестра одного города много лет дублировали друг друга, а залы "
         "на их концертах нередко заполнялись меньше чем наполовину.",
         "Объединённый оркестр сможет платить музыкантам больше: средняя зарплата в нём вырастет на "
         "пятнадцать процентов."],
        ["Министр подчеркнула, что речь идёт не о закрытии филармонического оркестра, а о создании "
         "коллектива нового уровня.",
         "Оба оркестра сохранят свои лучшие традиции, а репертуар объединённого коллектива станет шире."],
        ["Главным дирижёром объединённого оркестра назначен Юрий Белецкий, который четырнадцать лет "
         "руководит симфоническим оркестром филармонии.",
         "Симфонические концерты сохранятся в Большом зале филармонии, их будет не меньше восьмидесяти "
         "в год.",
         "В 2025 году оркестр филармонии дал девяносто шесть концертов.",
         "Репетиции объединённого оркестра будут проходить в здании театра оперы и балета."],
        ["Музыканты, которые не войдут в новый состав, получат выходное пособие в соответствии с трудовым "
         "законодательством.",
         "Кроме того, министерство выплатит каждому из них по сто тысяч рублей из своего резервного фонда.",
         "Для них также зарезервированы двенадцать вакансий преподавателей в Ирменском музыкальном колледже "
         "и детских школах искусств."],
        ["Министерство понимает, что решение далось коллективам непросто, и готово к открытому диалогу с "
         "музыкантами.",
         "Встреча министра с коллективом филармонии состоится девятого февраля.",
         "Вопросы о конкурсе можно направлять в отдел кадров театра оперы и балета."],
    ]),
    ("D2", "Расшифровка интервью главного дирижёра Юрия Белецкого программе «Лицом к лицу» телеканала "
           "«Ирмень-24», 6 февраля 2026 года", [
        ["Ведущая программы Дарья Кочетова беседует с главным дирижёром симфонического оркестра филармонии "
         "Юрием Белецким, который с апреля возглавит объединённый оркестр."],
        ["— Юрий Павлович, когда вы узнали о решении министерства?"],
        ["— Меня пригласили в министерство за две недели до приказа и поставили перед фактом.",
         "Моего согласия никто не спрашивал, но и скрывать от меня ничего не стали.",
         "Музыканты узнали обо всём из новостей, и это, по-моему, самое скверное во всей истории."],
        ["— Почему вы согласились возглавить объединённый оркестр?"],
        ["— Если бы я отказался, пришёл бы человек со стороны, который не знает ни одного из наших "
         "музыкантов.",
         "Я хочу, чтобы при отборе решало качество игры, а не знакомства или возраст.",
         "Поэтому прослушивание за ширмой пройдут все без исключения: комиссия не увидит, кто играет."],
        ["— Тридцать человек останутся без работы.",
         "Вам не страшно?"],
        ["— Страшно, и я не буду притворяться, что это не так.",
         "Среди этих тридцати могут оказаться люди, с которыми я играю больше двадцати лет.",
         "Но содержать два полных оркестра область, судя по всему, больше не может."],
        ["— Что изменится для публики?"],
        ["— Публика получит оркестр, который одинаково уверенно играет и Вагнера, и Шостаковича.",
         "Симфонических программ, скорее всего, станет немного меньше, зато каждая будет лучше "
         "подготовлена.",
         "Первый концерт объединённого оркестра назначен на восемнадцатое апреля, мы сыграем Вторую "
         "симфонию Малера."],
        ["— Не превратится ли филармония в придаток театра?"],
        ["— Этого я не допущу, пока я главный дирижёр.",
         "У оркестра будет собственный симфонический абонемент и собственный художественный совет.",
         "Вопрос о названии пока открыт, но слово «филармонический» я бы в нём сохранил."],
        ["— Что вы скажете тем, кто не пройдёт конкурс?"],
        ["— Я лично буду просить министерство не ограничиваться выходным пособием.",
         "Хороший музыкант не должен уходить в никуда, и я сделаю всё, чтобы каждому нашлось дело.",
         "Но обещать, что все останутся, я не могу и не стану."],
    ]),
    ("D3", "Открытое письмо профсоюзной организации Ирменской областной филармонии губернатору Ирменской "
           "области, 16 февраля 2026 года", [
        ["Уважаемый Владимир Николаевич!"],
        ["Мы, музыканты и сотрудники Ирменской областной филармонии, обращаемся к вам в связи с приказом "
         "министерства культуры об объединении оркестров.",
         "Этот приказ готовился без нас: ни профсоюз, ни художественный совет филармонии с ним не "
         "знакомили.",
         "О том, что тридцать человек потеряют работу, большинство из нас узнали из новостей.",
         "Мы не против перемен, но против того, как они проводятся."],
        ["Министерство обещает экономию в сорок шесть миллионов рублей в год.",
         "По нашим расчётам, с учётом выходных пособий, единовременных выплат и аренды репетиционного "
         "зала реальная экономия в первый год не превысит двадцати восьми миллионов.",
         "Это меньше двух процентов годового бюджета министерства культуры."],
        ["Средняя зарплата музыканта филармонии сегодня составляет сорок одну тысячу триста рублей, и это "
         "ниже средней зарплаты по области.",
         "Из тридцати музыкантов, которым грозит сокращение, одиннадцать проработали в оркестре больше "
         "двадцати лет, а семеро находятся в предпенсионном возрасте.",
         "Для таких людей двенадцать вакансий в колледже и школах искусств не решают проблему, тем более "
         "что большинство этих вакансий рассчитаны на неполную ставку."],
        ["Объединённый оркестр будет занят в ста восьмидесяти спектаклях театра в год.",
         "При такой нагрузке он физически не сможет давать больше сорока симфонических концертов, а не "
         "восемьдесят, как обещает министерство.",
         "Конкурс, назначенный на март, оставляет музыкантам меньше пяти недель на подготовку.",
         "Критерии отбора до сих пор не опубликованы, а в конкурсную комиссию не включён ни один "
         "представитель профсоюза.",
         "Мы опасаемся, что конкурс проведут для галочки, а списки на сокращение уже составлены."],
        ["Оркестр филармонии основан в 1944 году и не прерывал концертных сезонов даже в самые трудные "
         "годы.",
         "Резать по живому такой коллектив ради двадцати восьми миллионов, по нашему убеждению, "
         "недопустимо."],
        ["Мы просим вас отложить объединение оркестров хотя бы до первого сентября, опубликовать критерии "
         "отбора и включить в конкурсную комиссию представителя профсоюза.",
         "Мы также просим сохранить за филармонией Большой зал и собственный симфонический абонемент.",
         "Мы готовы обсуждать любые варианты экономии, кроме тех, что оставляют людей без работы."],
        ["Письмо подписали сто сорок шесть работников филармонии и театра оперы и балета.",
         "От имени профсоюзной организации письмо направила её председатель, альтистка Наталья "
         "Ведерникова."],
    ]),
    ("D4", "Пост музыкального критика Максима Оленева в блоге «Партитура на полях», 20 февраля 2026 года", [
        ["Итак, у Ирменска больше не будет своего филармонического оркестра.",
         "Министерство культуры называет это объединением, но давайте называть вещи своими именами."],
        ["Под сокращение попадают почти сорок музыкантов, то есть едва ли не каждый второй в филармонии.",
         "Ради экономии, которую в министерстве оценивают примерно в полсотни миллионов, город лишается "
         "оркестра с вековой историей.",
         "Говорят, даже Белецкий узнал о приказе из новостей, как и все остальные."],
        ["Теперь в объединённом оркестре первую скрипку будет играть театр, а симфоническая музыка окажется "
         "на вторых ролях.",
         "Симфонических концертов, по всей видимости, станет вдвое меньше, а абонемент в Большом зале, "
         "скорее всего, исчезнет совсем.",
         "Министр, по слухам, уже готова отменить приказ, если письмо музыкантов поддержит губернатор."],
        ["Меня поражает другое.",
         "Всем уволенным музыкантам якобы обещаны места в колледже, хотя вакансий там от силы десяток.",
         "Письмо губернатору подписали почти триста человек, а ответа на него до сих пор нет."],
        ["Я хожу на концерты этого оркестра с детства и хорошо знаю, чего он стоит.",
         "Да, залы не всегда бывали полными, но пустыми я их не видел ни разу.",
         "Прослушивание, говорят, будет проходить без ширмы, так что о честном отборе можно забыть.",
         "Первый совместный концерт, кажется, назначен на май."],
        ["По-моему, министерство оказывает медвежью услугу и самому театру, которому достанется обиженный "
         "и растерянный оркестр.",
         "Я не призываю к бунту.",
         "Я лишь прошу чиновников хотя бы раз прийти на концерт, прежде чем подписывать подобные приказы.",
         "Может быть, тогда они поймут, что именно собираются сэкономить."],
    ]),
]

# 15 unrelated sentences in the same registers (ministry news, a TV interview, union letters, a music
# blog, town culture news); they are in no document.
UNRELATED = [
    "Министерство культуры области объявило конкурс на лучший проект обновления сельских домов культуры.",
    "Областной краеведческий музей продлил выставку старинных самоваров до конца месяца.",
    "— Расскажите, с чего начался ваш путь в балет?",
    "— В детстве я занималась гимнастикой, а в хореографическое училище меня привела бабушка.",
    "Телеканал покажет трансляцию новогоднего концерта из драматического театра.",
    "Профсоюз работников образования требует проиндексировать зарплаты учителей с первого января.",
    "Мы просим администрацию района восстановить автобусный маршрут до посёлка Каменка.",
    "Профсоюзная организация завода провела отчётно-выборное собрание и избрала нового председателя.",
    "Вчера я наконец дочитал новую биографию Рахманинова и хочу поделиться впечатлениями.",
    "Джазовый фестиваль в городском саду в этом году собрал рекордное число слушателей.",
    "Городская библиотека открыла после ремонта читальный зал на втором этаже.",
    "Детская художественная школа приглашает всех желающих на день открытых дверей в субботу.",
    "В консерватории прошёл мастер-класс известного виолончелиста из Казани.",
    "Друзья, если знаете хорошего настройщика роялей, поделитесь контактами в комментариях.",
    "Реставрация старинного органа в концертном зале продлится до конца следующего года.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_08"],
     "After the merger, 125 musicians will remain on the payroll, which will save about 46 million "
     "roubles a year.",
     "Après la fusion, l'effectif comptera cent vingt-cinq musiciens, ce qui permettra d'économiser "
     "environ quarante-six millions de roubles par an.",
     "faithful; numbers as digits in en, words in fr; около kept as about / environ; near-miss d4_04 says "
     "about fifty million and d4_03 almost forty musicians cut", None),
    ("q02", S, F, "", ["d1_11"],
     "The minister stressed that the aim is to create an ensemble of a new calibre, not to close the "
     "philharmonic orchestra.",
     "La ministre a souligné qu'il ne s'agissait pas de fermer l'orchestre philharmonique, mais de créer "
     "une formation d'un niveau nouveau.",
     "faithful; не о ..., а о ... reordered in en (create first, not close second); коллектив = ensemble / "
     "formation; near-miss d4_01 says the city will no longer have its philharmonic orchestra", None),
    ("q03", S, F, "", ["d2_20"],
     "As long as I am principal conductor, I will not let that happen.",
     "Tant que je serai chef principal, je ne le permettrai pas.",
     "faithful; clauses reordered; не допущу = will not let that happen / ne le permettrai pas; the "
     "leading dash of the answer is dropped", None),
    ("q04", S, F, "", ["d2_22"],
     "The name is still an open question, but I would keep the word “philharmonic” in it.",
     "La question du nom reste ouverte, mais j'y garderais le mot « philharmonique ».",
     "faithful; the conditional я бы сохранил kept as I would keep / je garderais; local quotation marks",
     None),
    ("q05", S, F, "", ["d3_10"],
     "Of the 30 musicians facing redundancy, eleven have worked in the orchestra for more than twenty "
     "years and seven are approaching retirement age.",
     "Sur les trente musiciens menacés de licenciement, 11 travaillent dans l'orchestre depuis plus de "
     "vingt ans et 7 approchent de l'âge de la retraite.",
     "faithful; numbers as digits or words, differently in en and fr; в предпенсионном возрасте = "
     "approaching retirement age / approchent de l'âge de la retraite; near-miss d4_03 says almost forty",
     None),
    ("q06", S, F, "", ["d3_13"],
     "With a workload like that, it will physically be unable to give more than forty symphony concerts, "
     "not the eighty the ministry is promising.",
     "Avec une telle charge de travail, il ne pourra physiquement pas donner plus de 40 concerts "
     "symphoniques, et non 80 comme le promet le ministère.",
     "faithful; numbers as words in en, digits in fr; не сможет = will be unable / ne pourra pas; "
     "near-miss d4_07 says half as many concerts", None),
    ("q07", S, F, "", ["d3_14"],
     "The auditions, scheduled for March, give the musicians less than five weeks to prepare.",
     "Le concours, fixé au mois de mars, laisse aux musiciens moins de cinq semaines de préparation.",
     "faithful; конкурс = the auditions (en) / le concours (fr); меньше = less than / moins de", None),
    ("q08", S, F, "", ["d4_03"],
     "Almost forty musicians are being made redundant, which means nearly every other player in the "
     "philharmonic.",
     "Près de 40 musiciens sont touchés par les suppressions de postes, soit presque un sur deux à la "
     "Philharmonie.",
     "faithful rendering of the near-miss sentence d4_03 (D1 d1_07/d1_08 and D3 d3_10 say thirty); "
     "почти = almost / près de; едва ли не каждый второй = nearly every other / presque un sur deux", None),
    ("q09", S, F, "", ["d4_05"],
     "Even Beletsky, people say, learned about the order from the news, just like everyone else.",
     "Même Beletski aurait appris l'existence de l'arrêté par les informations, comme tout le monde.",
     "faithful rendering of the near-miss sentence d4_05 (D2 d2_03 says he was told two weeks before the "
     "order); говорят = people say (en) / French conditional for hearsay; Белецкий = Beletsky / Beletski",
     None),
    ("q10", S, F, "", ["d4_02"],
     "The culture ministry calls it a merger, but let's call a spade a spade.",
     "Le ministère de la Culture parle de fusion, mais appelons un chat un chat.",
     "faithful; называть вещи своими именами (call things by their names) = call a spade a spade / "
     "appeler un chat un chat, idiom by idiom; D4's own sentence", None),
    ("q11", S, F, "", ["d1_19"],
     "Twelve teaching vacancies at the Irmensk Music College and at children's arts schools have also "
     "been reserved for them.",
     "On leur a également réservé douze postes d'enseignant au collège de musique d'Irmensk et dans les "
     "écoles d'art pour enfants.",
     "faithful; passive kept in en, turned active (on) in fr; в Ирменском музыкальном колледже = at the "
     "Irmensk Music College; near-miss d4_10 says at most ten vacancies and places promised to all", None),
    # faithful, two to four sentences
    ("q12", L, F, "", ["d1_06", "d1_07"],
     "Irina Zaslavskaya, the culture minister of the Irmensk region, has signed an order merging the "
     "region's two largest orchestras. The philharmonic's symphony orchestra currently employs 84 "
     "musicians, and the orchestra of the opera and ballet theatre 71.",
     "La ministre de la Culture de la région d'Irmensk, Irina Zaslavskaïa, a signé un arrêté fusionnant "
     "les deux plus grands orchestres de la région. L'orchestre symphonique de la Philharmonie compte "
     "aujourd'hui quatre-vingt-quatre musiciens, celui du théâtre d'opéra et de ballet soixante et onze.",
     "faithful; apposition reordered; работают = employs / compte; numbers as digits in en, words in fr",
     None),
    ("q13", L, F, "", ["d2_03", "d2_04", "d2_05"],
     "I was invited to the ministry two weeks before the order and presented with a fait accompli. "
     "Nobody asked for my consent, but they didn't hide anything from me either. The musicians learned "
     "about it all from the news, and that, in my view, is the worst part of the whole story.",
     "On m'a fait venir au ministère deux semaines avant l'arrêté et on m'a mis devant le fait accompli. "
     "Personne ne m'a demandé mon accord, mais on ne m'a rien caché non plus. Les musiciens ont tout "
     "appris par les informations, et c'est, à mon sens, le pire dans toute cette histoire.",
     "faithful; поставили перед фактом = presented with a fait accompli / mis devant le fait accompli; "
     "ничего не стали скрывать = didn't hide anything / rien caché; near-miss d4_05 says Beletsky learned "
     "from the news", None),
    ("q14", L, F, "", ["d2_12", "d2_13", "d2_14"],
     "It is frightening, and I'm not going to pretend otherwise. Those thirty may include people I have "
     "been playing with for more than twenty years. But by all appearances the region can no longer "
     "afford to keep two full orchestras.",
     "Oui, ça fait peur, et je ne ferai pas semblant du contraire. Parmi ces trente, il peut y avoir des "
     "gens avec qui je joue depuis plus de vingt ans. Mais, selon toute apparence, la région n'a plus les "
     "moyens d'entretenir deux orchestres complets.",
     "faithful; hedges kept: могут оказаться = may / il peut y avoir, судя по всему = by all appearances / "
     "selon toute apparence; не буду притворяться, что это не так = not going to pretend otherwise", None),
    ("q15", L, F, "", ["d1_02", "d1_03", "d1_04"],
     "Sergei Lagutin, director of the opera and ballet theatre, is to approve a new staffing table for "
     "the orchestra with 125 posts by 1 March. Competitive auditions for these posts are to be held among "
     "the musicians of both orchestras by 20 March. Employees who are not selected are to be offered the "
     "vacancies available in the cultural and educational institutions under the ministry.",
     "Le directeur du théâtre d'opéra et de ballet, Sergueï Lagoutine, devra approuver d'ici au 1er mars "
     "un nouveau tableau des effectifs de l'orchestre comptant cent vingt-cinq postes. Une audition sur "
     "concours des musiciens des deux orchestres sera organisée d'ici au 20 mars pour pourvoir ces "
     "postes. Les salariés non retenus se verront proposer les postes vacants dans les établissements "
     "culturels et éducatifs relevant du ministère.",
     "faithful; the infinitives of the order (утвердить, провести, предложить) rendered as is to / devra, "
     "sera organisée, se verront proposer; Сергею Лагутину (dative) = Sergei Lagutin; dates as digits; "
     "spans two paragraph breaks (each point of the order is a paragraph); contains the term of q37", None),
    ("q16", L, F, "", ["d3_02", "d3_03", "d3_04"],
     "We, the musicians and staff of the Irmensk Regional Philharmonic, are writing to you about the "
     "culture ministry's order merging the orchestras. This order was drawn up without us: neither the "
     "union nor the philharmonic's artistic council was shown it. Most of us found out from the news that "
     "thirty people would lose their jobs.",
     "Nous, musiciens et employés de la Philharmonie régionale d'Irmensk, nous adressons à vous au sujet "
     "de l'arrêté du ministère de la Culture sur la fusion des orchestres. Cet arrêté a été préparé sans "
     "nous : ni le syndicat ni le conseil artistique de la Philharmonie n'en ont eu connaissance. La "
     "plupart d'entre nous ont appris par les informations que trente personnes allaient perdre leur "
     "emploi.",
     "faithful; the salutation d3_01 is not quoted; с ним не знакомили (they were not acquainted with it) "
     "= was not shown it / n'en ont eu connaissance; большинство = most / la plupart, kept; clauses "
     "reordered in the last sentence", None),
    ("q17", L, F, "", ["d2_07", "d2_08"],
     "If I had refused, someone from outside would have come in who doesn't know a single one of our "
     "musicians. I want the selection to be decided by the quality of the playing, not by connections or "
     "age.",
     "Si j'avais refusé, on aurait fait venir quelqu'un de l'extérieur qui ne connaît aucun de nos "
     "musiciens. Je veux que la sélection se fasse sur la qualité du jeu, et non sur les relations ou "
     "l'âge.",
     "faithful; не знает ни одного = doesn't know a single one / ne connaît aucun; пришёл бы человек "
     "(a person would have come) = on aurait fait venir quelqu'un in fr", None),
    ("q18", L, F, "", ["d3_17", "d3_18"],
     "The philharmonic orchestra was founded in 1944 and has never interrupted its concert seasons, even "
     "in the hardest years. We are convinced that cutting such an ensemble to the bone for the sake of "
     "twenty-eight million is unacceptable.",
     "Fondé en 1944, l'orchestre de la Philharmonie n'a jamais interrompu ses saisons de concerts, même "
     "dans les années les plus difficiles. Trancher dans le vif d'une telle formation pour vingt-huit "
     "millions est, selon notre conviction, inadmissible.",
     "faithful; резать по живому (cut into the living) = cut to the bone / trancher dans le vif, idiom by "
     "idiom; по нашему убеждению = we are convinced / selon notre conviction; near-miss d4_04 says a "
     "century-old orchestra", None),
    ("q19", L, F, "", ["d3_05", "d3_06"],
     "We are not against change, but we are against the way it is being carried out. The ministry is "
     "promising savings of 46 million roubles a year.",
     "Nous ne sommes pas opposés au changement, mais à la manière dont il est conduit. Le ministère promet "
     "une économie de quarante-six millions de roubles par an.",
     "faithful; spans a paragraph break (d3_05 | d3_06); не против = not against / pas opposés; near-miss "
     "d4_04 says about fifty million", None),
    ("q20", L, F, "", ["d2_24", "d2_26"],
     "I will personally ask the ministry not to stop at severance pay. (…) But I cannot and will not "
     "promise that everyone will stay.",
     "Je demanderai personnellement au ministère de ne pas s'en tenir à l'indemnité de licenciement. (…) "
     "Mais promettre que tout le monde restera, je ne le peux pas et je ne le ferai pas.",
     "faithful; ellipsis (…) skips d2_25; не ограничиваться = not to stop at / ne pas s'en tenir à; "
     "не могу и не стану = cannot and will not", None),
    ("q21", L, F, "", ["d4_16", "d4_17", "d4_18", "d4_19"],
     "In my view, the ministry is doing a disservice to the theatre itself, which will inherit a "
     "resentful and bewildered orchestra. I am not calling for a revolt. All I ask is that officials come "
     "to a concert at least once before signing orders like this. Perhaps then they will understand what "
     "exactly they are planning to save money on.",
     "À mon avis, le ministère rend un bien mauvais service au théâtre lui-même, qui héritera d'un "
     "orchestre blessé et désemparé. Je n'appelle pas à la révolte. Je demande seulement aux "
     "fonctionnaires de venir au moins une fois à un concert avant de signer de tels arrêtés. Peut-être "
     "comprendront-ils alors ce qu'ils s'apprêtent au juste à économiser.",
     "faithful; D4's own sentences; медвежью услугу = a disservice / un bien mauvais service; "
     "достанется = will inherit / héritera; contains the term of q42", None),
    ("q22", L, F, "", ["d1_09", "d1_10", "d1_12"],
     "According to Irina Zaslavskaya, the two orchestras of one city have duplicated each other for many "
     "years, and their concerts often played to halls less than half full. The merged orchestra will be "
     "able to pay its musicians more: the average salary will rise by 15 per cent. […] Both orchestras "
     "will keep their best traditions, and the repertoire of the merged ensemble will become broader.",
     "Selon Irina Zaslavskaïa, les deux orchestres d'une même ville feraient double emploi depuis des "
     "années, et leurs concerts se joueraient souvent devant des salles remplies à moins de la moitié. "
     "L'orchestre fusionné pourra mieux payer ses musiciens : le salaire moyen y augmentera de quinze pour "
     "cent. […] Les deux orchestres conserveront leurs meilleures traditions, et le répertoire de la "
     "formation fusionnée s'élargira.",
     "faithful; ellipsis […] skips d1_11; spans a paragraph break (d1_09, d1_10 | d1_12); French "
     "conditional for reported speech (по словам); "
     "Ирины Заславской (genitive) = Irina Zaslavskaya; нередко = often / souvent; пятнадцать = 15 / "
     "quinze", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_09"],
     "A philharmonic musician's average salary is currently 43,100 roubles, which is below the regional "
     "average.",
     "Le salaire moyen d'un musicien de la Philharmonie est aujourd'hui de quarante-trois mille cent "
     "roubles, ce qui est inférieur à la moyenne régionale.",
     "drifted (numbers): сорок одну тысячу триста (41,300) → 43,100 / quarante-trois mille cent; the rest "
     "faithful", None),
    ("q24", S, D, "names", ["d1_05"],
     "Deputy Minister Anton Ryabikin is to oversee the implementation of the order.",
     "Le vice-ministre Anton Riabikine est chargé de contrôler l'exécution de l'arrêté.",
     "drifted (names): surname Рябинин (Ryabinin) → Ryabikin / Riabikine; first name Anton kept", None),
    ("q25", S, D, "negation", ["d3_15"],
     "The selection criteria have still not been published, although one union representative has been "
     "included on the audition panel.",
     "Les critères de sélection n'ont toujours pas été publiés, même si un représentant du syndicat a été "
     "intégré au jury du concours.",
     "drifted (negation reversal) in the second clause: не включён ни один представитель профсоюза (not a "
     "single union representative included) → one union representative has been included; the first "
     "clause faithful", None),
    ("q26", S, D, "hedge", ["d1_14"],
     "Symphony concerts will probably stay in the philharmonic's Great Hall, with no fewer than 80 a "
     "year.",
     "Les concerts symphoniques devraient sans doute rester dans la grande salle de la Philharmonie, à "
     "raison d'au moins quatre-vingts par an.",
     "drifted (hedge added): stated as fact (сохранятся) → will probably stay / devraient sans doute "
     "rester; the number kept", None),
    ("q27", S, D, "hedge", ["d3_16"],
     "The auditions will be held just for show, and the redundancy lists have already been drawn up.",
     "Le concours sera organisé pour la forme, et les listes de licenciements sont déjà établies.",
     "drifted (hedge dropped): Мы опасаемся, что (we fear that) is dropped, so the union's fear reads as "
     "a statement of fact; для галочки = for show / pour la forme; contains the term of q40", None),
    ("q28", S, D, "quantifier", ["d2_09"],
     "That is why most of the players will audition behind a screen: the panel won't see who is playing.",
     "C'est pourquoi la plupart des musiciens passeront l'audition derrière un paravent : le jury ne "
     "verra pas qui joue.",
     "drifted (quantifier): все без исключения (everyone without exception) → most of the players / la "
     "plupart des musiciens; the rest faithful; contains the term of q38", None),
    ("q29", S, D, "omission", ["d3_07"],
     "By our calculations, once severance pay, one-off payments and the rent of a rehearsal hall are "
     "taken into account, the real savings will not exceed 28 million.",
     "D'après nos calculs, compte tenu des indemnités de licenciement, des versements exceptionnels et de "
     "la location d'une salle de répétition, l'économie réelle ne dépassera pas vingt-huit millions.",
     "drifted (omission of a restriction): в первый год (in the first year) dropped, so the ceiling on "
     "savings reads as permanent; the rest faithful", None),
    ("q30", S, D, "addition", ["d3_19"],
     "We ask you to postpone the merger of the orchestras at least until 1 September, to publish the "
     "selection criteria, to guarantee current salaries until the end of the season and to include a "
     "union representative on the audition panel.",
     "Nous vous demandons de reporter la fusion des orchestres au moins jusqu'au 1er septembre, de publier "
     "les critères de sélection, de garantir les salaires actuels jusqu'à la fin de la saison et "
     "d'intégrer un représentant du syndicat au jury du concours.",
     "drifted (addition of a list item): \"to guarantee current salaries until the end of the season\" / "
     "\"de garantir les salaires actuels jusqu'à la fin de la saison\" added to the three requests", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_16", "d1_17", "d1_18"],
     "The merged orchestra will rehearse in the opera and ballet theatre building. Musicians who are not "
     "taken into the new line-up will receive severance pay in line with labour law. On top of that, the "
     "ministry will pay each of them 150,000 roubles from its reserve fund.",
     "L'orchestre fusionné répétera dans le bâtiment du théâtre d'opéra et de ballet. Les musiciens qui ne "
     "feront pas partie de la nouvelle formation percevront une indemnité de licenciement conformément au "
     "droit du travail. En outre, le ministère versera à chacun d'eux cent cinquante mille roubles "
     "prélevés sur son fonds de réserve.",
     "drifted (numbers) in sentence 3: по сто тысяч рублей (100,000 roubles each) → 150,000 / cent "
     "cinquante mille; sentences 1-2 faithful; spans a paragraph break (d1_16 | d1_17, d1_18); contains "
     "the term of q39", None),
    ("q32", L, D, "names", ["d2_16", "d2_17", "d2_18"],
     "Audiences will get an orchestra that is equally at home in Wagner and in Shostakovich. There will "
     "most likely be slightly fewer symphonic programmes, but each one will be better prepared. The merged "
     "orchestra's first concert is set for 18 April, and we will play Bruckner's Second Symphony.",
     "Le public aura un orchestre qui joue avec la même assurance Wagner et Chostakovitch. Il y aura sans "
     "doute un peu moins de programmes symphoniques, mais chacun sera mieux préparé. Le premier concert "
     "de l'orchestre fusionné est prévu le 18 avril : nous jouerons la Deuxième Symphonie de Bruckner.",
     "drifted (names) in sentence 3: Вторую симфонию Малера (Mahler's Second Symphony) → Bruckner's "
     "Second Symphony / la Deuxième Symphonie de Bruckner; sentences 1-2 faithful (скорее всего kept as "
     "most likely / sans doute); near-miss d4_15 says the first concert is in May", None),
    ("q33", L, D, "omission", ["d3_20", "d3_21"],
     "We also ask that the philharmonic keep the Great Hall and its own symphony subscription series. We "
     "are prepared to discuss any options for saving money.",
     "Nous demandons aussi que la Philharmonie conserve la grande salle et son propre abonnement "
     "symphonique. Nous sommes prêts à discuter de toutes les pistes d'économie.",
     "drifted (omission of a clause) in sentence 2: «кроме тех, что оставляют людей без работы» (except "
     "those that leave people out of work) dropped; sentence 1 faithful", None),
    # partial
    ("q34", L, P, "", ["d2_21"],
     "The orchestra will have its own symphony subscription series and its own artistic council. I have "
     "already agreed with the minister that the Great Hall will stay ours.",
     "L'orchestre aura son propre abonnement symphonique et son propre conseil artistique. J'ai déjà "
     "obtenu de la ministre que la grande salle nous reste.",
     "partial: the second sentence (an agreement with the minister about the Great Hall) is in no source; "
     "the first is faithful to d2_21; D1 d1_14 says only that concerts stay in the Great Hall", None),
    ("q35", L, P, "", ["d1_13"],
     "Yuri Beletsky, who has led the philharmonic's symphony orchestra for fourteen years, has been "
     "appointed principal conductor of the merged orchestra. His contract with the theatre has been signed "
     "for five years.",
     "Iouri Beletski, qui dirige depuis 14 ans l'orchestre symphonique de la Philharmonie, a été nommé "
     "chef principal de l'orchestre fusionné. Son contrat avec le théâtre a été signé pour cinq ans.",
     "partial: the second sentence (a five-year contract) is in no source; the first is faithful to d1_13 "
     "(passive turned around, Юрий Белецкий = Yuri Beletsky / Iouri Beletski)", None),
    ("q36", L, P, "", ["d3_22", "d3_23"],
     "The letter was signed by 146 employees of the philharmonic and the opera and ballet theatre. More "
     "than two thousand listeners have added their names online. It was sent on behalf of the union "
     "branch by its chair, the viola player Natalya Vedernikova.",
     "La lettre a été signée par cent quarante-six employés de la Philharmonie et du théâtre d'opéra et de "
     "ballet. Plus de deux mille auditeurs l'ont également signée en ligne. Elle a été envoyée au nom de la "
     "section syndicale par sa présidente, l'altiste Natalia Vedernikova.",
     "partial: the middle sentence (more than two thousand listeners signed online) is in no source; "
     "sentences 1 and 3 faithful to d3_22 and d3_23; near-miss d4_11 says almost three hundred signed",
     None),
    # terms
    ("q37", TM, T, "", ["d1_02"], "staffing table", "tableau des effectifs",
     "term «штатное расписание» (accusative = nominative)", None),
    ("q38", TM, T, "", ["d2_09"], "blind audition", "audition à l'aveugle",
     "term «прослушивание за ширмой» (accusative; literally audition behind a screen)", None),
    ("q39", TM, T, "", ["d1_17"], "severance pay", "indemnité de licenciement",
     "term «выходное пособие» (accusative = nominative; literally leaving allowance)", None),
    ("q40", TM, T, "", ["d3_16"], "for show", "pour la forme",
     "term «для галочки» (literally for the tick mark), idiom by idiom", None),
    ("q41", TM, T, "", ["d4_06"], "call the tune", "mener la danse",
     "term «первую скрипку» (accusative, from играть первую скрипку, literally to play the first violin), "
     "idiom by idiom", None),
    ("q42", TM, T, "", ["d4_16"], "a disservice", "pavé de l'ours",
     "term «медвежью услугу» (accusative; literally a bear's service), plain in en, idiom by idiom in fr",
     None),
    # absent
    ("q43", S, A, "", [],
     "The ministry will pay for the thirty musicians to retrain as music teachers.",
     "Le ministère financera la reconversion des trente musiciens en professeurs de musique.",
     "absent: no document mentions retraining; resembles d1_19, d1_04 and d4_10",
     "Министерство за свой счёт организует для тридцати музыкантов переподготовку на преподавателей "
     "музыки."),
    ("q44", S, A, "", [],
     "Beletsky said he would resign if even one musician over sixty were made redundant.",
     "Selon Iouri Beletski, il démissionnerait si un seul musicien de plus de soixante ans était licencié.",
     "absent: Beletsky says nothing of the kind; resembles d2_20, d2_26 and d3_10 (French conditional for "
     "reported speech)",
     "Белецкий заявил, что уйдёт в отставку, если под сокращение попадёт хотя бы один музыкант старше "
     "шестидесяти лет."),
    ("q45", S, A, "", [],
     "If the governor does not reply within a month, the union intends to challenge the minister's order "
     "in court.",
     "Si le gouverneur ne répond pas d'ici un mois, le syndicat compte contester l'arrêté de la ministre "
     "devant la justice.",
     "absent: the letter threatens no lawsuit; resembles d3_19, d3_21 and d4_11",
     "Если губернатор не ответит в течение месяца, профсоюз намерен оспорить приказ министра в суде."),
    ("q46", S, A, "", [],
     "In 2027 the philharmonic's Great Hall will close for two years for a major renovation.",
     "En 2027, la grande salle de la Philharmonie fermera pendant deux ans pour des travaux de rénovation.",
     "absent: no renovation is mentioned; resembles d1_14, d3_20 and d4_07",
     "В 2027 году Большой зал филармонии закроется на капитальный ремонт на два года."),
    ("q47", S, A, "", [],
     "The auditions will be judged by a panel of five, including two musicians from other regions.",
     "Les auditions seront jugées par un jury de cinq personnes, dont deux musiciens venus d'autres "
     "régions.",
     "absent: the panel's make-up is never given; resembles d1_03, d2_09 and d3_15",
     "Прослушивание будет оценивать комиссия из пяти человек, в том числе два музыканта из других "
     "регионов."),
    ("q48", L, A, "", [],
     "The orchestra pit of the opera and ballet theatre will be enlarged so that the new line-up fits into "
     "it. The work will cost about twelve million roubles.",
     "La fosse d'orchestre du théâtre d'opéra et de ballet sera agrandie pour accueillir la nouvelle "
     "formation. Les travaux coûteront environ douze millions de roubles.",
     "absent (2 sentences): no building work is mentioned; resembles d1_16, d1_08 and d1_19",
     "Оркестровую яму театра оперы и балета расширят, чтобы в ней поместился новый состав оркестра. "
     "Работы обойдутся примерно в двенадцать миллионов рублей."),
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
