"""Build the blind quotation set quote_blind14 from one table (standard library only).

Story: the Zaozyorsk district (Sosnovsk region) closes eleven of its twenty-nine village branch
libraries and replaces them with two mobile libraries (bibliobuses). Four Russian source documents
(D1 the regional culture ministry's press release, D2 a newspaper interview with the district library
director, D3 the minutes of a public hearing in the village of Kamenka, D4 a villager's letter to the
newspaper, the near-miss document) and 48 English / French quotations. Sentence ids (d1_04) are
defined here: they number the sentences of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind14_build.py

writes quote_blind14.tsv, quote_blind14_labels.tsv, quote_blind14_sources.ru.txt and
quote_blind14_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind14"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Пресс-релиз министерства культуры Сосновской области, 2 июня 2026 года", [
        ["Министерство культуры Сосновской области сообщает о начале реорганизации сети сельских библиотек "
         "Заозёрского района.",
         "С первого сентября 2026 года одиннадцать из двадцати девяти сельских филиалов Заозёрской районной "
         "библиотеки прекратят работу в стационарном режиме.",
         "Вместо них жителей этих сёл будут обслуживать два библиобуса — передвижные библиотеки на базе "
         "микроавтобусов."],
        ["Решение принято в связи с сокращением финансирования районной библиотечной системы с сорока восьми "
         "до тридцати одного миллиона рублей в год.",
         "Кроме того, за последние пять лет число посетителей закрываемых филиалов резко сократилось.",
         "В 2025 году в них было зарегистрировано около четырёх тысяч трёхсот читательских билетов, а каждый "
         "филиал в среднем посещали шесть человек в день."],
        ["Оба библиобуса приобретены на средства федерального гранта по национальному проекту «Культура» "
         "общей суммой девятнадцать миллионов рублей.",
         "Каждая машина оборудована стеллажами на три тысячи книг, компьютером с выходом в интернет и "
         "подъёмником для маломобильных посетителей.",
         "Библиобусы будут приезжать в каждое село не реже одного раза в десять дней по утверждённому "
         "графику."],
        ["Книжный фонд закрываемых филиалов насчитывает около девяноста шести тысяч томов.",
         "Двадцать тысяч книг будут переданы в библиобусы, остальные — в центральную районную библиотеку в "
         "Заозёрске.",
         "Ни одна книга не будет списана или утилизирована."],
        ["Реорганизация не затронет сотрудников остальных восемнадцати филиалов.",
         "Библиотекарям закрываемых филиалов в первую очередь будут предложены вакантные должности в "
         "районной библиотечной системе."],
        ["Остальные восемнадцать филиалов продолжат работу в прежнем режиме.",
         "До конца 2027 года пять из них планируется преобразовать в модельные библиотеки с современным "
         "оборудованием и зоной для коворкинга.",
         "На их модернизацию из областного бюджета будет направлено двадцать пять миллионов рублей."],
        ["Министерство подчёркивает, что речь идёт не о сокращении, а о новой модели обслуживания, при "
         "которой книга окажется в шаговой доступности даже для жителей самых отдалённых сёл.",
         "Если поставка библиобусов задержится, филиалы продолжат работу до их прибытия.",
         "Подробная информация размещена на сайтах министерства и администрации Заозёрского района."],
    ]),
    ("D2", "Интервью директора Заозёрской районной библиотеки Игоря Зотова газете «Заозёрский вестник», "
           "9 июня 2026 года", [
        ["Директор Заозёрской районной библиотеки Игорь Зотов ответил на вопросы нашей газеты о закрытии "
         "сельских филиалов."],
        ["— Игорь Павлович, почему закрывают именно эти одиннадцать библиотек?"],
        ["— Мы смотрели на три вещи: сколько людей на самом деле приходит, в каком состоянии здание и есть "
         "ли поблизости другая библиотека.",
         "В некоторых сёлах за весь день не бывает ни одного читателя, а за отопление и свет мы платим "
         "круглый год.",
         "Три здания из одиннадцати находятся в аварийном состоянии, и пускать туда людей попросту опасно."],
        ["— Но разве нельзя было найти деньги на ремонт?"],
        ["— Денег на ремонт у района кот наплакал.",
         "Капитальный ремонт одного сельского здания стоит от шести до восьми миллионов рублей, а на все "
         "филиалы в этом году выделено меньше двух миллионов.",
         "Я не готов отвечать за то, что однажды на детей обрушится потолок."],
        ["— Что будет с библиотекарями?"],
        ["— Для меня это самый тяжёлый вопрос.",
         "Под сокращение попадают четырнадцать человек, а вакансий в системе сейчас восемь.",
         "Все восемь мы предложили коллегам из закрываемых филиалов, и пятеро уже согласились.",
         "Остальные получат компенсацию в размере двух окладов, а центр занятости поможет им с поиском "
         "работы."],
        ["— Жители боятся, что книги просто выбросят."],
        ["— Ни одна книга не пропадёт, это я могу обещать твёрдо.",
         "Редкие краеведческие издания мы передадим в центральную библиотеку, а всё остальное будет ездить "
         "по сёлам в библиобусах."],
        ["— А если библиобус не доедет, например весной, когда дороги развозит?"],
        ["— Такой риск есть, и я не стану его преуменьшать.",
         "В распутицу машина может неделями не добраться до Верхних Ключей и Сухого Лога.",
         "На этот случай мы договариваемся со школами, чтобы часть книг оставалась у них и выдавалась под "
         "запись."],
        ["— Вы сами выросли в селе?"],
        ["— Да, в Борках, и свою первую книгу я взял как раз в сельской библиотеке.",
         "Поэтому я понимаю людей, которые сейчас на нас обижаются.",
         "Но если ничего не менять, через пять лет закрывать придётся уже не одиннадцать филиалов, а все "
         "двадцать девять.",
         "Библиотеку делают не стены, а люди и книги, и их мы сохраним."],
    ]),
    ("D3", "Протокол общественных слушаний о закрытии сельской библиотеки в селе Каменка Заозёрского района, "
           "18 июня 2026 года", [
        ["Слушания проходили в здании Каменского дома культуры.",
         "Присутствовали сто сорок шесть жителей села, глава Заозёрского района Олег Щукин, заместитель "
         "министра культуры области Пётр Свиридов, директор районной библиотеки Игорь Зотов и глава "
         "Каменского сельского поселения Людмила Ерёмина.",
         "Слушания вела Людмила Ерёмина."],
        ["Пётр Свиридов сообщил, что библиобусы должны поступить в район в августе.",
         "По его словам, Каменка включена в маршрут первого библиобуса, который будет приезжать в село по "
         "вторникам.",
         "Свиридов признал, что график может меняться в зависимости от состояния дорог."],
        ["Выступила библиотекарь каменского филиала Зинаида Фролова, проработавшая в нём тридцать один год.",
         "Она сообщила, что в Каменке живут около тысячи четырёхсот человек, а читательские билеты есть у "
         "трёхсот двенадцати из них.",
         "Библиотека остаётся единственным местом в селе, где есть бесплатный интернет.",
         "Каждую неделю в читательский кружок при библиотеке приходят тридцать восемь школьников.",
         "По словам Фроловой, для пожилых жителей библиотека давно стала местом, где им помогают записаться "
         "к врачу и оплатить коммунальные услуги через интернет."],
        ["Глава поселения Людмила Ерёмина заявила, что закрытие библиотеки усилит проблему цифрового "
         "неравенства в сельской местности.",
         "Она предложила перенести библиотеку в здание Каменской школы, где пустуют два кабинета.",
         "Олег Щукин ответил, что такой вариант можно рассмотреть, если на это согласится директор школы.",
         "Окончательного решения по этому вопросу на слушаниях принято не было."],
        ["Житель села Николай Бабушкин спросил, почему с жителями не посоветовались до принятия решения.",
         "Игорь Зотов ответил, что финансирование сократила область в апреле и у района не было времени на "
         "обсуждение.",
         "Он добавил, что библиотекари, которые перейдут работать в библиобусы, сохранят прежнюю зарплату."],
        ["По итогам слушаний участники приняли резолюцию.",
         "В ней администрацию района просят сохранить Каменскую библиотеку как минимум до первого января "
         "2027 года.",
         "Администрации также предложено рассмотреть перевод библиотеки в здание школы и ежеквартально "
         "отчитываться перед жителями о работе библиобусов.",
         "Резолюцию поддержали сто тридцать девять человек, четверо проголосовали против, трое "
         "воздержались."],
        ["Протокол будет направлен в министерство культуры области и в Законодательное собрание.",
         "Следующие слушания назначены на сентябрь."],
    ]),
    ("D4", "Письмо жительницы Каменки Галины Ковалёвой в редакцию газеты «Заозёрский вестник», "
           "25 июня 2026 года", [
        ["Пишу вам, потому что молчать больше не могу.",
         "С сентября закрывают нашу библиотеку в Каменке, а вместе с ней чуть ли не половину сельских "
         "библиотек района.",
         "Всё решили в Сосновске, а нас, как водится, поставили перед фактом.",
         "Слушания провели для галочки, когда всё уже было подписано."],
        ["Я тридцать пять лет преподавала литературу в Каменской школе.",
         "Зинаида Фролова почти сорок лет выдаёт книги нашим детям и внукам.",
         "В библиотеку у нас ходит едва ли не каждый второй школьник, а зимой там теплее и светлее, чем во "
         "многих домах."],
        ["Говорят, библиобус будет приезжать к нам раз в месяц, да и то если дорогу не развезёт.",
         "Книги, которые не поместятся в машину, по слухам, отправят в макулатуру.",
         "А библиотекарей сокращают всех до одного, и никому даже не предложили другой работы."],
        ["На слушания пришло полсела, и все как один проголосовали за то, чтобы библиотеку оставить.",
         "Глава района, говорят, пообещал к осени перенести библиотеку в школу.",
         "Денег у района, конечно, нет, хотя бюджет библиотек урезали всего на пару миллионов."],
        ["Нам объясняют, что в библиотеку почти никто не ходит.",
         "Неправда: просто тем, кто ходит, некогда писать жалобы в министерство.",
         "Мои соседи-пенсионеры без Зинаиды Петровны не смогли бы ни записаться к врачу, ни заплатить за "
         "свет."],
        ["Я понимаю, что деньги считать нужно.",
         "Но закрыть библиотеку в селе — всё равно что выключить в нём свет.",
         "Оставьте нам хотя бы одну комнату и хотя бы два дня в неделю.",
         "Неужели это так много?",
         "Мы сами принесём стулья и, если надо, будем топить печку."],
    ]),
]

# 15 unrelated sentences in the same registers (a ministry press office, a local interview, hearing
# minutes, a letter to the editor, district news); they are in no document.
UNRELATED = [
    "Министерство культуры области объявляет приём заявок на грант для самодеятельных театральных коллективов.",
    "В областном краеведческом музее открылась выставка старинных самоваров из частных коллекций.",
    "— Как вы начали заниматься резьбой по дереву?",
    "— Дед научил, а потом я уже сам ездил по деревням и смотрел старые наличники.",
    "Слушания по проекту планировки нового микрорайона в Заозёрске перенесены на октябрь.",
    "Участники слушаний попросили предусмотреть в проекте детскую площадку и освещение вдоль реки.",
    "Жители улицы Садовой пожаловались на то, что мусор не вывозят уже третью неделю.",
    "Спасибо водителю школьного автобуса, который в метель дождался моего опоздавшего сына!",
    "Уважаемая редакция, почему в аптеке на площади до сих пор нет пандуса?",
    "В Заозёрском районе стартовала подписка на районную газету на второе полугодие.",
    "Сборная района по волейболу заняла третье место на областной спартакиаде.",
    "На ремонт дороги между Заозёрском и Борками в этом году выделено сорок миллионов рублей.",
    "В детской школе искусств прошёл отчётный концерт отделения народных инструментов.",
    "Районный центр занятости проводит в пятницу ярмарку вакансий для выпускников колледжа.",
    "В селе Пески после ремонта открылся фельдшерско-акушерский пункт.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d2_09"],
     "I'm not willing to take responsibility for a ceiling coming down on children one day.",
     "Je ne suis pas prêt à porter la responsabilité d'un plafond qui, un jour, s'effondrerait sur des "
     "enfants.",
     "faithful; не готов отвечать за то, что = not willing to take responsibility for / pas prêt à porter "
     "la responsabilité; word order changed", None),
    ("q02", S, F, "", ["d2_04"],
     "In some villages not a single reader comes in all day, yet we pay for heating and electricity all "
     "year round.",
     "Dans certains villages, il ne passe pas un seul lecteur de toute la journée, alors que le chauffage "
     "et l'électricité, nous les payons toute l'année.",
     "faithful; не бывает ни одного читателя = not a single reader comes in / il ne passe pas un seul "
     "lecteur; свет = electricity / l'électricité; French dislocation", None),
    ("q03", S, F, "", ["d2_05"],
     "Three of the eleven buildings are in a dangerous state of disrepair, and it is simply unsafe to let "
     "people in.",
     "Trois bâtiments sur onze sont en état de péril, et il est tout simplement dangereux d'y faire entrer "
     "du public.",
     "faithful; в аварийном состоянии = in a dangerous state of disrepair / en état de péril; опасно = "
     "unsafe / dangereux", None),
    ("q04", S, F, "", ["d3_18"],
     "He added that librarians who move to the mobile libraries will keep their current pay.",
     "Il a ajouté que les bibliothécaires qui passeront sur les bibliobus conserveront leur salaire "
     "actuel.",
     "faithful; библиобусы = mobile libraries / bibliobus; прежнюю зарплату = current pay / salaire actuel",
     None),
    ("q05", S, F, "", ["d3_22"],
     "The resolution was backed by 139 people, with four voting against and three abstaining.",
     "La résolution a été soutenue par cent trente-neuf personnes ; quatre ont voté contre et trois se "
     "sont abstenues.",
     "faithful; active turned passive; numbers as digits in en, words in fr; near-miss d4_11 says everyone "
     "voted to a man", None),
    ("q06", S, F, "", ["d1_09"],
     "The mobile libraries will call at every village at least once every ten days, according to an "
     "approved timetable.",
     "Les bibliobus passeront dans chaque village au moins une fois tous les dix jours, selon un "
     "calendrier établi.",
     "faithful; не реже одного раза (negated comparative) = at least once / au moins une fois; near-miss "
     "d4_08 says once a month", None),
    ("q07", S, F, "", ["d3_07"],
     "Zinaida Frolova, who has worked as librarian at the Kamenka branch for 31 years, took the floor.",
     "Zinaïda Frolova, bibliothécaire de l'annexe de Kamenka depuis trente et un ans, a pris la parole.",
     "faithful; clauses reordered; тридцать один = 31 / trente et un; каменского филиала = the Kamenka "
     "branch; near-miss d4_06 says almost forty years", None),
    ("q08", S, F, "", ["d4_06"],
     "Zinaida Frolova has been lending books to our children and grandchildren for almost forty years.",
     "Voilà près de quarante ans que Zinaïda Frolova prête des livres à nos enfants et à nos "
     "petits-enfants.",
     "faithful rendering of the near-miss sentence d4_06 (D3 d3_07 says thirty-one years); почти сорок = "
     "almost forty / près de quarante", None),
    ("q09", S, F, "", ["d4_11"],
     "Half the village came to the hearing, and everyone voted to a man to keep the library.",
     "La moitié du village est venue à la réunion, et tous, comme un seul homme, ont voté pour garder la "
     "bibliothèque.",
     "faithful rendering of the near-miss sentence d4_11 (D3 d3_22 says 139 for, 4 against, 3 "
     "abstentions); все как один (idiom) = to a man / comme un seul homme; полсела = half the village",
     None),
    ("q10", S, F, "", ["d4_03"],
     "It was all decided in Sosnovsk, and as usual we were presented with a fait accompli.",
     "Tout a été décidé à Sosnovsk et, comme d'habitude, on nous a mis devant le fait accompli.",
     "faithful; поставили перед фактом (idiom) = presented with a fait accompli / mis devant le fait "
     "accompli; в Сосновске = in Sosnovsk; D4's own sentence", None),
    ("q11", S, F, "", ["d4_05"],
     "I taught literature at the Kamenka school for thirty-five years.",
     "J'ai enseigné la littérature pendant 35 ans à l'école de Kamenka.",
     "faithful; тридцать пять = thirty-five / 35; в Каменской школе = at the Kamenka school; D4's own "
     "sentence", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d2_07", "d2_08"],
     "When it comes to repairs, the district has next to nothing. A major overhaul of one village building "
     "costs between six and eight million roubles, and less than two million has been allocated this year "
     "for all the branches put together.",
     "Pour les travaux, le district n'a que trois fois rien. La rénovation complète d'un seul bâtiment de "
     "village coûte entre 6 et 8 millions de roubles, alors que moins de 2 millions ont été alloués cette "
     "année pour l'ensemble des annexes.",
     "faithful; кот наплакал (literally the cat has cried) = next to nothing / trois fois rien, idiom by "
     "idiom; numbers as words in en, digits in fr; contains the term of q38", None),
    ("q13", L, F, "", ["d2_16", "d2_17"],
     "Not a single book will go missing — that much I can promise you firmly. The rare local-history "
     "editions will go to the central library, and everything else will travel round the villages in the "
     "mobile libraries.",
     "Aucun livre ne se perdra, cela, je peux vous le promettre fermement. Les éditions rares d'histoire "
     "locale iront à la bibliothèque centrale, et tout le reste circulera de village en village à bord "
     "des bibliobus.",
     "faithful; Ни одна книга не пропадёт = not a single book will go missing / aucun livre ne se perdra; "
     "краеведческие = local-history / d'histoire locale; near-miss d4_09 says books will be pulped", None),
    ("q14", L, F, "", ["d3_05", "d3_06"],
     "According to him, Kamenka is on the route of the first mobile library, which will come to the "
     "village on Tuesdays. Sviridov admitted that the timetable might change depending on the state of "
     "the roads.",
     "Selon lui, Kamenka figurerait sur l'itinéraire du premier bibliobus, qui passerait au village le "
     "mardi. Sviridov a reconnu que le calendrier pourrait varier selon l'état des routes.",
     "faithful; French conditional for reported speech (по его словам); может меняться = might change / "
     "pourrait varier (hedge kept); near-miss d4_08 says once a month", None),
    ("q15", L, F, "", ["d4_14", "d4_15"],
     "We're told that hardly anybody uses the library. That's not true: it's just that the people who do "
     "use it have no time to write complaints to the ministry.",
     "On nous explique que presque personne ne fréquente la bibliothèque. C'est faux : simplement, ceux "
     "qui y vont n'ont pas le temps d'écrire des plaintes au ministère.",
     "faithful; Неправда (one word) = that's not true / c'est faux; некогда = have no time / n'ont pas le "
     "temps; D4's own sentences", None),
    ("q16", L, F, "", ["d1_10", "d1_11"],
     "The collections of the branches being closed amount to some 96,000 volumes. Of these, 20,000 will "
     "go to the mobile libraries and the rest to the central district library in Zaozyorsk.",
     "Le fonds des annexes appelées à fermer compte environ quatre-vingt-seize mille volumes. Vingt mille "
     "livres iront aux bibliobus, et le reste à la bibliothèque centrale du district, à Zaozersk.",
     "faithful; около = some / environ; numbers as digits in en, words in fr; в Заозёрске = in Zaozyorsk "
     "/ à Zaozersk", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d2_11", "d2_12", "d2_13", "d2_14"],
     "For me, that's the hardest question. Fourteen people are affected by the cuts, and at the moment "
     "there are eight vacancies in the system. We have offered all eight to colleagues from the branches "
     "being closed, and five have already said yes. The others will receive compensation of two months' "
     "salary, and the job centre will help them find work.",
     "C'est pour moi la question la plus difficile. Quatorze personnes sont concernées par les "
     "suppressions de postes, alors que le réseau compte aujourd'hui huit postes vacants. Nous les avons "
     "proposés tous les huit aux collègues des annexes qui ferment, et cinq ont déjà accepté. Les autres "
     "percevront une indemnité égale à deux mois de salaire, et l'agence pour l'emploi les aidera à "
     "retrouver du travail.",
     "faithful; двух окладов = two months' salary / deux mois de salaire; пятеро = five / cinq; "
     "near-miss d4_10 says every librarian is cut and none was offered work", None),
    ("q18", L, F, "", ["d1_04", "d1_05", "d1_06", "d1_07"],
     "The decision was made because funding for the district library system has been cut from 48 million "
     "to 31 million roubles a year. On top of that, visitor numbers at the branches being closed have "
     "fallen sharply over the past five years. In 2025 they had about 4,300 registered library cards, and "
     "each branch saw an average of six visitors a day. Both mobile libraries were bought with a federal "
     "grant of 19 million roubles in all under the national project \"Culture\".",
     "La décision a été prise en raison de la baisse du financement du réseau de bibliothèques du "
     "district, ramené de quarante-huit à trente et un millions de roubles par an. Par ailleurs, la "
     "fréquentation des annexes concernées a fortement chuté ces cinq dernières années. En 2025, elles "
     "comptaient environ 4 300 cartes de lecteur, et chaque annexe accueillait en moyenne six visiteurs "
     "par jour. Les deux bibliobus ont été achetés grâce à une subvention fédérale de dix-neuf millions "
     "de roubles au titre du projet national « Culture ».",
     "faithful; spans a paragraph break (d1_04, d1_05, d1_06 | d1_07); numbers as digits in en, words in "
     "fr (except 4 300); около kept as about / environ; near-miss d4_13 says the budget was cut by only a "
     "couple of million; contains the term of q37", None),
    ("q19", L, F, "", ["d3_08", "d3_09", "d3_10", "d3_11"],
     "She said that about 1,400 people live in Kamenka, and 312 of them hold library cards. The library "
     "is still the only place in the village with free internet. Every week, thirty-eight schoolchildren "
     "come to its reading club. According to Frolova, for older residents the library has long been the "
     "place where they get help booking a doctor's appointment and paying their utility bills online.",
     "Selon elle, environ mille quatre cents personnes vivent à Kamenka, dont 312 ont une carte de "
     "lecteur. La bibliothèque reste le seul endroit du village où l'on a accès gratuitement à internet. "
     "Chaque semaine, 38 écoliers fréquentent son club de lecture. D'après Zinaïda Frolova, pour les "
     "habitants âgés, la bibliothèque est depuis longtemps l'endroit où on les aide à prendre rendez-vous "
     "chez le médecin et à régler leurs factures en ligne.",
     "faithful; в Каменке = in Kamenka; по словам Фроловой (genitive) = according to Frolova; около kept; "
     "numbers mixed; near-miss d4_07 says almost every second schoolchild goes to the library", None),
    ("q20", L, F, "", ["d3_15", "d3_16", "d3_17"],
     "No final decision on the matter was reached at the hearing. Nikolai Babushkin, a villager, asked "
     "why residents had not been consulted before the decision was made. Igor Zotov replied that the "
     "region had cut the funding in April and the district had had no time to discuss it.",
     "Aucune décision définitive n'a été prise sur ce point lors de la réunion publique. Nikolaï "
     "Babouchkine, habitant du village, a demandé pourquoi on n'avait pas consulté la population avant de "
     "décider. Igor Zotov a répondu que la région avait réduit le financement en avril et que le district "
     "n'avait pas eu le temps d'en débattre.",
     "faithful; spans a paragraph break (d3_15 | d3_16, d3_17); с жителями не посоветовались = residents "
     "had not been consulted / on n'avait pas consulté la population", None),
    ("q21", L, F, "", ["d4_17", "d4_19", "d4_20", "d4_21"],
     "I understand that money has to be counted. (…) Leave us at least one room, at least two days a "
     "week. Is that really so much to ask? We'll bring the chairs ourselves and light the stove if we "
     "have to.",
     "Je comprends qu'il faille compter l'argent. (…) Laissez-nous au moins une pièce, au moins deux "
     "jours par semaine. Est-ce vraiment trop demander ? Nous apporterons nous-mêmes les chaises et, s'il "
     "le faut, nous chaufferons le poêle.",
     "faithful; ellipsis (…) skips d4_18; Неужели это так много = is that really so much to ask / est-ce "
     "vraiment trop demander; D4's own sentences", None),
    ("q22", L, F, "", ["d2_23", "d2_24", "d2_26"],
     "Yes, in Borki, and it was in a village library that I borrowed my very first book. So I understand "
     "the people who are upset with us now. […] A library isn't its walls, it's its people and books, and "
     "those we will keep.",
     "Oui, à Borki, et c'est justement dans une bibliothèque de village que j'ai emprunté mon tout premier "
     "livre. Je comprends donc les gens qui nous en veulent aujourd'hui. […] Ce ne sont pas les murs qui "
     "font une bibliothèque, mais les gens et les livres, et ceux-là, nous les garderons.",
     "faithful; ellipsis […] skips d2_25 (all twenty-nine branches in five years); в Борках = in Borki; "
     "cleft in en and fr; обижаются = upset with us / nous en veulent", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_17"],
     "The regional budget will put 28 million roubles into upgrading them.",
     "Le budget régional consacrera vingt-huit millions de roubles à leur modernisation.",
     "drifted (numbers): двадцать пять миллионов (25 million) → 28 million / vingt-huit millions; the "
     "rest faithful", None),
    ("q24", S, D, "names", ["d3_04"],
     "Igor Zotov said the mobile libraries were due to arrive in the district in August.",
     "Igor Zotov a indiqué que les bibliobus devaient arriver dans le district en août.",
     "drifted (names): the speaker Пётр Свиридов (Pyotr Sviridov, the deputy minister) → Igor Zotov (the "
     "library director, who was also present); the rest faithful", None),
    ("q25", S, D, "negation", ["d1_13"],
     "The reorganisation will also affect staff at the remaining eighteen branches.",
     "La réorganisation touchera aussi le personnel des dix-huit autres annexes.",
     "drifted (negation reversal): не затронет (will not affect) → will also affect / touchera aussi",
     None),
    ("q26", S, D, "hedge", ["d1_15"],
     "The remaining eighteen branches will most likely carry on working as before.",
     "Les dix-huit autres annexes devraient selon toute vraisemblance continuer à fonctionner comme avant.",
     "drifted (hedge added): stated as fact (продолжат работу) → most likely / selon toute vraisemblance",
     None),
    ("q27", S, D, "hedge", ["d3_14"],
     "Oleg Shchukin replied that the library would move into the school if the head teacher agreed.",
     "Oleg Chtchoukine a répondu que la bibliothèque serait transférée dans l'école si le directeur de "
     "l'établissement donnait son accord.",
     "drifted (hedge dropped, modality): такой вариант можно рассмотреть (the option could be considered) "
     "→ the library would move / serait transférée; the condition is kept; near-miss d4_12 (a promise by "
     "the autumn, no condition) is not what this says", None),
    ("q28", S, D, "quantifier", ["d1_12"],
     "Hardly any books will be written off or disposed of.",
     "Pratiquement aucun livre ne sera radié ni détruit.",
     "drifted (quantifier): Ни одна книга (not a single book) → hardly any books / pratiquement aucun "
     "livre", None),
    ("q29", S, D, "omission", ["d1_19"],
     "The branches will stay open until the mobile libraries arrive.",
     "Les annexes resteront ouvertes jusqu'à l'arrivée des bibliobus.",
     "drifted (omission of a condition): «Если поставка библиобусов задержится» (if the delivery of the "
     "buses is delayed) is dropped, so the branches seem to stay open in any case", None),
    ("q30", S, D, "addition", ["d1_08"],
     "Each vehicle is fitted with shelving for three thousand books, a computer with internet access, a "
     "photocopier and a lift for visitors with limited mobility.",
     "Chaque véhicule est équipé de rayonnages pour trois mille livres, d'un ordinateur connecté à "
     "internet, d'une photocopieuse et d'un élévateur pour les personnes à mobilité réduite.",
     "drifted (addition of a list item): \"a photocopier\" / \"une photocopieuse\" added to the equipment "
     "list", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_01", "d1_02", "d1_03"],
     "The Sosnovsk regional ministry of culture announces the start of a reorganisation of the village "
     "library network in the Zaozyorsk district. From 1 September 2026, eleven of the thirty-nine rural "
     "branches of the Zaozyorsk District Library will stop operating from fixed premises. Instead, the "
     "residents of these villages will be served by two bibliobuses, mobile libraries built on minibuses.",
     "Le ministère de la Culture de la région de Sosnovsk annonce le lancement d'une réorganisation du "
     "réseau des bibliothèques rurales du district de Zaozersk. À compter du 1er septembre 2026, 11 des 39 "
     "annexes rurales de la bibliothèque du district de Zaozersk cesseront de fonctionner dans leurs "
     "locaux. Les habitants de ces villages seront désormais desservis par deux bibliobus, des "
     "bibliothèques itinérantes installées dans des minibus.",
     "drifted (numbers) in sentence 2: из двадцати девяти (of twenty-nine) → of thirty-nine / des 39; "
     "eleven, 1 September 2026 and two buses kept; sentences 1 and 3 faithful", None),
    ("q32", L, D, "omission", ["d3_19", "d3_20", "d3_21"],
     "At the end of the hearing, those present adopted a resolution. It asks the district administration "
     "to keep the Kamenka library open at least until 1 January 2027. The administration is also invited "
     "to consider moving the library into the school building.",
     "À l'issue de la réunion, les participants ont adopté une résolution. Celle-ci demande à "
     "l'administration du district de maintenir la bibliothèque de Kamenka au moins jusqu'au 1er janvier "
     "2027. Il est également proposé à l'administration d'envisager le transfert de la bibliothèque dans "
     "le bâtiment de l'école.",
     "drifted (omission of a clause) in sentence 3: «и ежеквартально отчитываться перед жителями о работе "
     "библиобусов» (and report to residents every quarter on the mobile libraries) dropped; sentences 1 "
     "and 2 faithful", None),
    ("q33", L, D, "quantifier", ["d2_19", "d2_20", "d2_21"],
     "There is such a risk, and I won't play it down. When the roads turn to mud, the bus may not be able "
     "to reach Verkhnie Klyuchi and Sukhoi Log for weeks. For that eventuality we are arranging with the "
     "schools for most of the books to stay with them and be lent out against a signature.",
     "Ce risque existe, et je ne vais pas le minimiser. Quand les routes sont détrempées, le véhicule peut "
     "ne pas atteindre Verkhnie Klioutchi et Soukhoï Log pendant des semaines. Pour ce cas de figure, "
     "nous nous entendons avec les écoles pour que la plupart des livres restent chez elles et soient "
     "prêtés contre signature.",
     "drifted (quantifier) in sentence 3: часть книг (some of the books) → most of the books / la plupart "
     "des livres; sentences 1-2 faithful (до Верхних Ключей и Сухого Лога = Verkhnie Klyuchi and Sukhoi "
     "Log; может = may, kept)", None),
    # partial
    ("q34", L, P, "", ["d4_16"],
     "The medical post in Kamenka was closed three years ago, and the nearest pharmacy is forty "
     "kilometres away. My retired neighbours couldn't book a doctor's appointment or pay their electricity "
     "bill without Zinaida Petrovna.",
     "Le poste médical de Kamenka a fermé il y a trois ans, et la pharmacie la plus proche est à quarante "
     "kilomètres. Sans Zinaïda Petrovna, mes voisins retraités ne pourraient ni prendre rendez-vous chez le "
     "médecin ni payer leur électricité.",
     "partial: the first sentence (the medical post closed, a pharmacy forty kilometres away) is in no "
     "source; the second is faithful to d4_16 (Зинаиды Петровны = Zinaida Petrovna, patronymic)", None),
    ("q35", L, P, "", ["d3_23", "d3_24"],
     "The minutes will be sent to the regional culture ministry and the Legislative Assembly. The ministry "
     "has undertaken to reply within thirty days. The next hearing is scheduled for September.",
     "Le procès-verbal sera transmis au ministère régional de la Culture et à l'Assemblée législative. Le "
     "ministère s'est engagé à répondre sous trente jours. La prochaine réunion publique est prévue en "
     "septembre.",
     "partial: the middle sentence (the ministry will reply within thirty days) is in no source; sentences "
     "1 and 3 faithful to d3_23 and d3_24", None),
    ("q36", L, P, "", ["d3_12"],
     "Lyudmila Yeryomina, head of the rural settlement, said closing the library would deepen the digital "
     "divide in the countryside. She announced that the settlement would start collecting signatures "
     "against the closure.",
     "Lioudmila Eriomina, cheffe de la commune rurale, a déclaré que la fermeture de la bibliothèque "
     "aggraverait la fracture numérique dans les campagnes. Elle a annoncé que la commune allait lancer "
     "une collecte de signatures contre la fermeture.",
     "partial: the last sentence (a collection of signatures) is in no source; the real next sentence, "
     "d3_13, proposes moving the library into the school; the first is faithful to d3_12 and contains the "
     "term of q40", None),
    # terms
    ("q37", TM, T, "", ["d1_06"], "library cards", "cartes de lecteur",
     "term «читательских билетов» (genitive plural; literally reader's tickets)", None),
    ("q38", TM, T, "", ["d2_07"], "next to nothing", "trois fois rien",
     "term «кот наплакал» (literally the cat has cried), idiom by idiom", None),
    ("q39", TM, T, "", ["d1_16"], "model libraries", "bibliothèques modèles",
     "term «модельные библиотеки» (accusative plural, same form as nominative)", None),
    ("q40", TM, T, "", ["d3_12"], "digital divide", "fracture numérique",
     "term «цифрового неравенства» (genitive; literally digital inequality)", None),
    ("q41", TM, T, "", ["d1_18"], "walking distance", "à deux pas",
     "term «шаговой доступности» (prepositional; literally step accessibility); fr à deux pas is an "
     "idiom (two steps away)", None),
    ("q42", TM, T, "", ["d4_04"], "box-ticking exercise", "pour la forme",
     "term «для галочки» (literally for the tick mark), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The book collections of all eleven branches being closed will be handed over to the regional "
     "library in Sosnovsk.",
     "Les fonds des onze annexes appelées à fermer seront intégralement transférés à la bibliothèque "
     "régionale de Sosnovsk.",
     "absent: the books go to the mobile libraries and the central district library in Zaozyorsk, not to "
     "Sosnovsk; resembles d1_10, d1_11 and d2_17",
     "Фонды всех одиннадцати закрываемых филиалов будут переданы в областную библиотеку в Сосновске."),
    ("q44", S, A, "", [],
     "The buildings of the closed libraries will become community centres run by volunteers.",
     "Les bâtiments des bibliothèques fermées deviendront des centres associatifs gérés par des bénévoles.",
     "absent: no document says what becomes of the buildings; resembles d1_18 and d2_05",
     "Здания закрытых библиотек передадут под общественные центры, которыми будут управлять волонтёры."),
    ("q45", S, A, "", [],
     "The ministry will pay the fares of pensioners from the affected villages who travel to the district "
     "library in Zaozyorsk.",
     "Le ministère prendra en charge le transport des retraités des villages concernés qui se rendent à la "
     "bibliothèque du district, à Zaozersk.",
     "absent: no fares are paid; resembles d1_09, d1_11 and d4_16",
     "Пенсионерам из сёл, где закрываются библиотеки, министерство будет оплачивать проезд до районной "
     "библиотеки в Заозёрске."),
    ("q46", S, A, "", [],
     "Zinaida Frolova was offered a place on one of the mobile libraries but turned it down.",
     "Zinaïda Frolova s'est vu proposer un poste à bord de l'un des bibliobus, mais elle a refusé.",
     "absent: nothing is said of an offer to Frolova; resembles d2_13, d3_07 and d3_18",
     "Зинаиде Фроловой предложили место в одном из библиобусов, но она отказалась."),
    ("q47", S, A, "", [],
     "Zotov said the district had twice asked the region for money to repair the buildings and had been "
     "turned down both times.",
     "Selon Igor Zotov, le district aurait demandé à deux reprises à la région de l'argent pour rénover "
     "les bâtiments et aurait essuyé deux refus.",
     "absent: Zotov says nothing of the kind; resembles d2_07, d2_08 and d3_17 (French conditional for "
     "hearsay)",
     "Зотов заявил, что район дважды просил у области денег на ремонт зданий и оба раза получил отказ."),
    ("q48", L, A, "", [],
     "The mobile libraries will also bring mail and medicines to the villages. The drivers will be trained "
     "to help elderly residents fill in online forms.",
     "Les bibliobus apporteront aussi le courrier et les médicaments dans les villages. Les chauffeurs "
     "seront formés pour aider les personnes âgées à remplir des formulaires en ligne.",
     "absent (2 sentences): no mail, medicines or driver training are mentioned; resembles d1_08, d3_11 "
     "and d4_16",
     "Библиобусы будут также доставлять в сёла почту и лекарства. Водителей обучат помогать пожилым "
     "жителям заполнять заявления через интернет."),
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
