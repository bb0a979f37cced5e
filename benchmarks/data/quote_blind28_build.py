"""Build the blind quotation set quote_blind28 from one table (standard library only).

Story: the passenger ship «Капитан Щукин» of the Velga River Shipping Company runs aground in low
water on the Ust-Velsk – Zarechye crossing, and the crossing is suspended for the rest of the
navigation season, so three villages on the left bank (Zarechye, Bobrovka, Gari) are cut off. Four
Russian source documents (D1 the shipping company's statement, D2 the deputy governor's briefing
transcript, D3 the transport prosecutor's inspection report, D4 a post in the residents' messenger
channel, the near-miss document) and 48 English / French quotations. Sentence ids (d1_04) are defined
here: they number the sentences of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind28_build.py

writes quote_blind28.tsv, quote_blind28_labels.tsv, quote_blind28_sources.ru.txt and
quote_blind28_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind28"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Заявление АО «Вельгинское речное пароходство» в связи с посадкой на мель теплохода "
           "«Капитан Щукин», 15 августа 2026 года", [
        ["Четырнадцатого августа в семь часов сорок минут пассажирский теплоход «Капитан Щукин», "
         "выполнявший первый утренний рейс из Устьвельска в Заречье, сел на мель примерно в трёхстах "
         "метрах от причала Заречья.",
         "На борту находились восемьдесят шесть пассажиров, в том числе одиннадцать детей, и четыре члена "
         "экипажа."],
        ["Никто из людей не пострадал.",
         "Пассажиров сняли с судна спасательный катер МЧС и две моторные лодки местных жителей, эвакуация "
         "заняла около трёх с половиной часов.",
         "Двое пассажиров обратились за медицинской помощью и после осмотра были отпущены домой."],
        ["По предварительным данным, причиной происшествия стало резкое падение уровня воды в Вельге: "
         "только за ночь на четырнадцатое августа он снизился на девять сантиметров.",
         "Пароходство неоднократно, в том числе в марте и в июне, обращалось в администрацию бассейна "
         "внутренних водных путей с просьбой провести на участке переправы дноуглубительные работы.",
         "Ответа на эти обращения мы так и не получили."],
        ["При осмотре корпуса в днище обнаружена трещина длиной около сорока сантиметров, вода попала в "
         "машинное отделение.",
         "Шестнадцатого августа судно планируется снять с мели буксиром и отвести на ремонтную базу "
         "пароходства в Устьвельске.",
         "Ремонт займёт не менее шести недель и обойдётся примерно в девять миллионов рублей."],
        ["В связи с происшествием пароходство приостанавливает работу переправы Устьвельск — Заречье до "
         "конца навигации.",
         "Второй теплоход пароходства, «Вельга-2», заменить «Капитана Щукина» не может: его осадка "
         "составляет сто шестьдесят сантиметров, и при нынешнем уровне воды он не подойдёт к причалу "
         "Заречья.",
         "Других судов с малой осадкой у пароходства нет."],
        ["Всем пассажирам рейса пароходство вернёт стоимость билетов и выплатит компенсацию в размере трёх "
         "тысяч рублей.",
         "Владельцы месячных проездных на переправу могут получить деньги за неиспользованные дни в кассе "
         "речного вокзала Устьвельска.",
         "Льготные проездные пенсионеров и школьников будут пересчитаны автоматически."],
        ["В пароходстве начато служебное расследование.",
         "Капитан теплохода, который двадцать два года водит суда по Вельге, на время расследования "
         "отстранён от работы.",
         "Мы приносим извинения жителям Заречья, Бобровки и Гарей и понимаем, что летом паром для них — "
         "единственная связь с районным центром.",
         "Переправа возобновит работу с открытием навигации весной будущего года."],
        ["Заявление подписала генеральный директор пароходства Наталья Ведерникова."],
    ]),
    ("D2", "Стенограмма брифинга заместителя губернатора Вельгинской области Олега Дубровина, "
           "18 августа 2026 года", [
        ["Брифинг в правительстве области был посвящён последствиям аварии на переправе Устьвельск — "
         "Заречье."],
        ["— Добрый день, коллеги.",
         "Начну с главного: после того как паром сел на мель, три села на левом берегу Вельги остались без "
         "регулярного сообщения с Устьвельском.",
         "Речь идёт о Заречье, Бобровке и Гарях, где живут около двух тысяч трёхсот человек.",
         "До ледостава объехать реку можно только через мост в Никольском, а это сто восемнадцать "
         "километров, из них сорок по грунтовой дороге."],
        ["Губернатор поручил нам до первого сентября решить три задачи: довезти детей до школы, обеспечить "
         "людям медицинскую помощь и не допустить перебоев с продуктами.",
         "В Устьвельске учатся шестьдесят четыре школьника из левобережных сёл.",
         "С первого сентября их будет возить школьный автобус через Никольское, утром в школу и после "
         "уроков обратно.",
         "Выезжать детям придётся в шесть утра, и я понимаю, что это тяжело.",
         "Поэтому мы прорабатываем вариант с судами на воздушной подушке."],
        ["Мы ведём переговоры с владельцем двух таких судов из соседней области.",
         "Если договоримся, они смогут начать работу на переправе примерно с середины сентября.",
         "Каждое судно берёт только десять пассажиров, так что полностью заменить паром они не смогут."],
        ["Теперь о медицине: фельдшерско-акушерский пункт в Заречье будет работать ежедневно, а не три дня "
         "в неделю, как сейчас.",
         "Дважды в неделю туда будет приезжать врач из районной больницы.",
         "Экстренных больных по-прежнему будет забирать вертолёт санитарной авиации.",
         "Продукты в магазины левого берега будут завозить грузовиком через Никольское три раза в неделю.",
         "На всё это областной бюджет до конца года выделяет четырнадцать миллионов рублей."],
        ["— Олег Николаевич, почему нельзя навести временный наплавной мост?"],
        ["— Ширина реки у переправы больше четырёхсот метров, а фарватер должен оставаться открытым для "
         "грузовых судов.",
         "Построить такой мост до конца навигации мы физически не успеем.",
         "Зимой, как обычно, откроем ледовую переправу, как только лёд наберёт нужную толщину."],
        ["— Кто виноват в том, что дно у переправы вовремя не углубили?"],
        ["— Фарватер находится в ведении федеральной администрации бассейна, а не области.",
         "Насколько мне известно, работы в этом году выполнены лишь частично, но выводы пусть делает "
         "прокуратура.",
         "Сейчас не время кивать друг на друга: людей нужно возить в школу и в больницу."],
        ["— Получат ли жители компенсацию за поездки в объезд?"],
        ["— Отдельной компенсации не будет, но проезд на школьном автобусе и на судах на воздушной подушке "
         "для жителей левого берега будет бесплатным."],
    ]),
    ("D3", "Выписка из акта проверки Вельгинской транспортной прокуратуры по факту посадки на мель "
           "теплохода «Капитан Щукин», 28 августа 2026 года", [
        ["Вельгинская транспортная прокуратура с пятнадцатого по двадцать пятое августа провела проверку "
         "исполнения законодательства о безопасности судоходства в АО «Вельгинское речное пароходство».",
         "Проверка проведена в связи с посадкой на мель теплохода «Капитан Щукин» четырнадцатого августа."],
        ["Установлено, что двенадцатого августа администрация бассейна внутренних водных путей выпустила "
         "навигационное извещение о снижении гарантированной глубины на участке переправы до ста тридцати "
         "сантиметров.",
         "Осадка теплохода в рейсе четырнадцатого августа составляла около ста тридцати пяти сантиметров.",
         "Извещение поступило в диспетчерскую службу пароходства в тот же день и было зарегистрировано в "
         "журнале, однако капитану судна его не передали.",
         "Капитан, в свою очередь, перед выходом в рейс не запросил у диспетчера сведения о глубинах, как "
         "того требует инструкция пароходства."],
        ["На борту находились восемьдесят шесть пассажиров при допустимых ста двадцати, перегруз не "
         "выявлен.",
         "Освидетельствование капитана на состояние опьянения проведено в день происшествия и дало "
         "отрицательный результат.",
         "Спасательных жилетов на борту было сто тридцать, то есть достаточно для всех находившихся на "
         "судне.",
         "Вместе с тем у трёх из восьми спасательных плотов истёк срок очередного освидетельствования.",
         "Судовой журнал за август вёлся с нарушениями: записи о замерах глубин в нём отсутствуют."],
        ["Проверкой также установлено, что администрация бассейна планировала выполнить на участке "
         "переправы в мае и июне дноуглубительные работы в объёме сорока восьми тысяч кубометров.",
         "Фактически выполнено около семнадцати тысяч кубометров, поскольку земснаряд подрядчика с середины "
         "июня простаивал из-за поломки.",
         "Обращение пароходства, направленное в марте, в администрации бассейна зарегистрировано, а "
         "сведений об обращении в июне не найдено."],
        ["По результатам проверки генеральному директору пароходства Наталье Ведерниковой внесено "
         "представление об устранении нарушений.",
         "Представление также внесено руководителю администрации бассейна Виктору Ганичеву.",
         "Материалы проверки направлены в следственный отдел на транспорте для решения вопроса о "
         "возбуждении уголовного дела по статье 263 Уголовного кодекса.",
         "В отношении пароходства также возбуждено дело об административном правонарушении."],
        ["Прокуратура полагает, что переправу можно было бы возобновить до конца навигации при условии "
         "использования судов с осадкой не более ста сантиметров.",
         "Пароходству и правительству области предложено в течение десяти дней представить план перевозки "
         "жителей левого берега до конца навигации.",
         "Исполнение представлений прокуратура держит на контроле."],
        ["Акт подписал Вельгинский транспортный прокурор Сергей Клементьев."],
    ]),
    ("D4", "Пост в канале жителей левого берега «Заречье на связи» в мессенджере, 26 августа 2026 года", [
        ["Соседи, двенадцать дней мы отрезаны от мира, и вот что удалось узнать за это время.",
         "На пароме в то утро было больше сотни человек, половина из них дети.",
         "Капитана, говорят, уже арестовали, хотя проверка показала, что он был трезвый.",
         "Прокуратура выяснила, что все плоты на пароме были просрочены."],
        ["Ремонтировать паром будут, говорят, не меньше полугода.",
         "Дно у переправы в этом году вообще не чистили, хотя пароходство писало в бассейн ещё зимой."],
        ["Область выделила на нас аж четыре миллиона, спасибо большое.",
         "Детей с первого сентября будут возить в Устьвельск через Никольское, а это почти двести "
         "километров по нашим дорогам.",
         "Выезжать придётся в пять утра, и это с первоклашками!",
         "Ещё обещают какие-то катера на воздушной подушке, но не раньше октября."],
        ["Лодочники уже берут по пятьсот рублей с человека, чтобы перевезти на тот берег.",
         "Моя мама два раза в неделю ездит на процедуры в районную больницу, и я ума не приложу, как её "
         "теперь туда возить.",
         "Фельдшер у нас одна на три села, и принимает она только три дня в неделю."],
        ["Пароходство кивает на бассейн, бассейн молчит, а в области говорят, что фарватер не их забота.",
         "В итоге мы, как всегда, остались у разбитого корыта.",
         "Нас тут без малого три тысячи человек, а не пара бабушек, как в области, видимо, думают."],
        ["Мы не просим мост за миллиард.",
         "Дайте нам хоть какое-нибудь судно с малой осадкой, хоть два рейса в день.",
         "Мы собираем подписи под обращением к губернатору, бланки лежат в магазине у Гали.",
         "Кто может, перешлите этот пост, пусть нас услышат в Вельгинске."],
    ]),
]

# 15 unrelated sentences in the same registers (river and town news, a company notice, a briefing,
# a prosecutor's office, a residents' channel); they are in no document.
UNRELATED = [
    "В Лесогорске завершили ремонт набережной, на который из городского бюджета потратили тридцать два "
    "миллиона рублей.",
    "Новый прогулочный теплоход будет совершать рейсы по выходным с июня по сентябрь.",
    "Компания приносит извинения за временные неудобства, связанные с заменой кассового оборудования.",
    "Тарифы на грузовые перевозки по железной дороге с первого октября останутся без изменений.",
    "— Как изменится работа поликлиник после объединения районных больниц?",
    "— Мы рассчитываем, что очереди к узким специалистам сократятся уже к весне.",
    "Губернатор поручил до конца года отремонтировать крышу областной детской библиотеки.",
    "Прокуратура района провела проверку соблюдения трудовых прав работников хлебозавода.",
    "Директору предприятия внесено представление о погашении задолженности по заработной плате.",
    "В ходе проверки также выявлены нарушения правил пожарной безопасности в складских помещениях.",
    "Друзья, у кого есть телефон хорошего сантехника, поделитесь, пожалуйста!",
    "Завтра с утра в клубе будут принимать вещи для благотворительной ярмарки, приносите всё, что не нужно.",
    "Кто потерял ключи с брелоком в виде рыбки у автобусной остановки, заберите их у продавщицы в магазине.",
    "В субботу на стадионе пройдёт районный турнир по мини-футболу среди ветеранов.",
    "Сезон охоты на водоплавающую птицу в области откроется в третью субботу сентября.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_13"],
     "The company's second vessel, the Velga-2, cannot stand in for the Kapitan Shchukin: it draws 1.6 "
     "metres and, at the present water level, would be unable to come alongside at Zarechye.",
     "Le second bateau de la compagnie, le Velga-2, ne peut pas remplacer le Kapitan Chtchoukine : son "
     "tirant d'eau est de cent soixante centimètres et, au niveau actuel de l'eau, il ne pourrait pas "
     "accoster à l'embarcadère de Zaretchie.",
     "faithful; сто шестьдесят сантиметров = 1.6 metres (converted unit) / cent soixante centimètres; "
     "«Капитана Щукина» (genitive) = the Kapitan Shchukin; не подойдёт к причалу Заречья = would be unable "
     "to come alongside at Zarechye / ne pourrait pas accoster", None),
    ("q02", S, F, "", ["d1_06"],
     "According to preliminary findings, the accident was caused by a sharp fall in the level of the "
     "Velga: on the night before 14 August alone, it dropped by nine centimetres.",
     "Selon les premières constatations, l'accident serait dû à une brusque baisse du niveau de la Velga : "
     "rien que dans la nuit du 13 au 14 août, celui-ci a baissé de 9 centimètres.",
     "faithful; hedge По предварительным данным kept (preliminary findings / premières constatations); "
     "French conditional for the reported cause; за ночь на четырнадцатое августа = on the night before "
     "14 August / dans la nuit du 13 au 14 août; девять = nine / 9", None),
    ("q03", S, F, "", ["d1_19"],
     "The ship's captain, who has been taking vessels up and down the Velga for twenty-two years, has been "
     "suspended for the duration of the investigation.",
     "Le capitaine du navire, qui navigue sur la Velga depuis 22 ans, a été suspendu le temps de "
     "l'enquête.",
     "faithful; двадцать два = twenty-two / 22; отстранён от работы = suspended / suspendu; near-miss "
     "d4_03 says the captain has been arrested", None),
    ("q04", S, F, "", ["d2_05"],
     "Until the river freezes over, the only way round is via the bridge at Nikolskoye, and that's "
     "118 kilometres, forty of them on a dirt road.",
     "Jusqu'à la prise des glaces, on ne peut contourner la rivière que par le pont de Nikolskoïe, soit "
     "cent dix-huit kilomètres, dont 40 sur une route en terre.",
     "faithful; можно только = the only way / ne ... que; numbers as digits and words; в Никольском "
     "(prepositional) = Nikolskoye; до ледостава = until the river freezes over / jusqu'à la prise des "
     "glaces; near-miss d4_08 says almost two hundred kilometres", None),
    ("q05", S, F, "", ["d2_09"],
     "The children will have to set off at six in the morning, and I realise that's hard.",
     "Les enfants devront partir à 6 heures du matin, et je comprends bien que c'est dur.",
     "faithful; в шесть утра = at six in the morning / à 6 heures du matin; near-miss d4_09 says five",
     None),
    ("q06", S, F, "", ["d2_18"],
     "For all of this, the regional budget is setting aside 14 million roubles up to the end of the year.",
     "Pour l'ensemble de ces mesures, le budget régional débloque quatorze millions de roubles d'ici à la "
     "fin de l'année.",
     "faithful; clauses reordered; четырнадцать = 14 / quatorze; near-miss d4_07 says four million", None),
    ("q07", S, F, "", ["d3_15"],
     "Following the inspection, a demand to remedy the violations was issued to the company's director "
     "general, Natalya Vedernikova.",
     "À l'issue du contrôle, la directrice générale de la compagnie, Natalia Vedernikova, a reçu une "
     "injonction de remédier aux infractions.",
     "faithful; Наталье Ведерниковой (dative) = Natalya Vedernikova (nominative); passive kept in en, "
     "turned active in fr; представление = demand / injonction", None),
    ("q08", S, F, "", ["d3_10"],
     "However, three of the eight life rafts were overdue for their periodic inspection.",
     "Toutefois, trois des huit radeaux de sauvetage avaient dépassé la date de leur inspection "
     "périodique.",
     "faithful; истёк срок очередного освидетельствования = overdue for inspection / avaient dépassé la "
     "date de leur inspection; near-miss d4_04 says all the rafts were out of date", None),
    ("q09", S, F, "", ["d4_02"],
     "There were more than a hundred people on the ferry that morning, half of them children.",
     "Ce matin-là, il y avait plus de cent personnes sur le bac, dont la moitié d'enfants.",
     "faithful rendering of the near-miss sentence d4_02 (D1 d1_02 and D3 d3_07 say eighty-six "
     "passengers, eleven of them children); больше сотни = more than a hundred / plus de cent", None),
    ("q10", S, F, "", ["d4_05"],
     "Word is the ferry will be under repair for at least six months.",
     "Il paraît que le bac restera en réparation au moins six mois.",
     "faithful rendering of the near-miss sentence d4_05 (D1 d1_11 says at least six weeks); говорят = "
     "word is / il paraît; не меньше полугода = at least six months / au moins six mois", None),
    ("q11", S, F, "", ["d4_11"],
     "The boatmen are already charging 500 roubles a head to take people across to the other bank.",
     "Les bateliers demandent déjà cinq cents roubles par personne pour vous faire passer sur l'autre "
     "rive.",
     "faithful; D4's own sentence; пятьсот = 500 / cinq cents; с человека = a head / par personne", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_01", "d1_02"],
     "At 7:40 in the morning on 14 August, the passenger ship Kapitan Shchukin, on the first morning run "
     "from Ust-Velsk to Zarechye, ran aground about 300 metres from the Zarechye landing. On board were "
     "eighty-six passengers, eleven of them children, and a crew of four.",
     "Le 14 août à 7 h 40, le bateau à passagers Kapitan Chtchoukine, qui assurait la première traversée "
     "du matin d'Oust-Velsk à Zaretchie, s'est échoué à environ trois cents mètres de l'embarcadère de "
     "Zaretchie. Il y avait à bord 86 passagers, dont 11 enfants, et quatre membres d'équipage.",
     "faithful; в семь часов сорок минут = 7:40 / 7 h 40; из Устьвельска в Заречье (genitive, "
     "accusative) = from Ust-Velsk to Zarechye; сел на мель = ran aground / s'est échoué; примерно = "
     "about / environ; near-miss d4_02 says more than a hundred, half of them children", None),
    ("q13", L, F, "", ["d1_07", "d1_08"],
     "On several occasions, including in March and June, the company asked the inland waterways basin "
     "administration to carry out dredging on the stretch used by the crossing. We never received a "
     "reply.",
     "La compagnie a demandé à plusieurs reprises, notamment en mars et en juin, à l'administration du "
     "bassin des voies navigables intérieures de réaliser des travaux de dragage sur le tronçon du bac. "
     "Nous n'avons jamais reçu de réponse à ces demandes.",
     "faithful; так и не получили = never received / n'avons jamais reçu; contains the term of q38; "
     "near-miss d4_06 says the company wrote in winter (D3 d3_14 finds only the March request: a "
     "conflict between documents, not a drift)", None),
    ("q14", L, F, "", ["d2_11", "d2_12"],
     "We are in talks with the owner of two such craft in a neighbouring region. If we reach agreement, "
     "they could start working the crossing from roughly mid-September.",
     "Nous sommes en négociation avec le propriétaire de deux engins de ce type dans une région voisine. "
     "Si nous trouvons un accord, ils pourraient commencer à assurer la traversée vers la mi-septembre.",
     "faithful; the condition Если договоримся kept (if we reach agreement / si nous trouvons un accord); "
     "примерно = roughly / vers; near-miss d4_10 says not before October", None),
    ("q15", L, F, "", ["d4_12", "d4_13"],
     "My mum goes to the district hospital for treatment twice a week, and I'm at my wits' end over how "
     "to get her there now. We've got one nurse-practitioner for all three villages, and she only sees "
     "patients three days a week.",
     "Ma mère va deux fois par semaine à l'hôpital du district pour ses soins, et je ne sais plus à quel "
     "saint me vouer pour l'y emmener désormais. Nous n'avons qu'une infirmière pour les trois villages, "
     "et elle ne consulte que trois jours par semaine.",
     "faithful; D4's own sentences; ума не приложу (idiom) = I'm at my wits' end / je ne sais plus à quel "
     "saint me vouer, idiom by idiom; фельдшер = nurse-practitioner / infirmière", None),
    ("q16", L, F, "", ["d2_20", "d2_21"],
     "The river is more than 400 metres wide at the crossing, and the fairway has to stay open for cargo "
     "ships. There is physically no way we could build a bridge like that before navigation closes.",
     "Au niveau du bac, la rivière fait plus de quatre cents mètres de large, et le chenal doit rester "
     "ouvert aux navires de marchandises. Matériellement, nous n'aurons pas le temps de construire un tel "
     "pont avant la fin de la navigation.",
     "faithful; the dash of the answer dropped; физически не успеем = there is physically no way / "
     "matériellement, nous n'aurons pas le temps; до конца навигации = before navigation closes / avant "
     "la fin de la navigation", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_09", "d1_10", "d1_11", "d1_12"],
     "An inspection of the hull found a crack about 40 centimetres long in the bottom, and water had got "
     "into the engine room. On 16 August a tug is to pull the vessel off the shoal and take it to the "
     "company's repair yard in Ust-Velsk. The repairs will take at least six weeks and cost around nine "
     "million roubles. Because of the accident, the company is suspending the Ust-Velsk–Zarechye crossing "
     "until the end of the navigation season.",
     "L'examen de la coque a révélé dans le fond une fissure d'environ quarante centimètres de long, et "
     "l'eau a pénétré dans la salle des machines. Le 16 août, un remorqueur doit dégager le navire et le "
     "conduire à la base de réparation de la compagnie à Oust-Velsk. Les réparations prendront au moins "
     "six semaines et coûteront environ 9 millions de roubles. En raison de l'accident, la compagnie "
     "suspend la liaison Oust-Velsk – Zaretchie jusqu'à la fin de la saison de navigation.",
     "faithful; passive turned active (обнаружена = found; планируется снять буксиром = a tug is to "
     "pull); около, примерно and не менее kept; spans a paragraph break (d1_09, d1_10, d1_11 | d1_12); "
     "near-miss d4_05 says at least half a year", None),
    ("q18", L, F, "", ["d1_14", "d1_15", "d1_16"],
     "The company has no other vessels with a shallow draught. All passengers on the run will get their "
     "fares back, plus compensation of 3,000 roubles each. Holders of monthly passes for the crossing can "
     "claim back the money for the unused days at the ticket office of the Ust-Velsk river station.",
     "La compagnie ne dispose d'aucun autre bateau à faible tirant d'eau. Tous les passagers de la "
     "traversée seront remboursés de leur billet et recevront une indemnité de trois mille roubles. Les "
     "titulaires d'un abonnement mensuel au bac peuvent se faire rembourser les jours non utilisés au "
     "guichet de la gare fluviale d'Oust-Velsk.",
     "faithful; spans a paragraph break (d1_14 | d1_15, d1_16); нет = has no / ne dispose d'aucun; "
     "active turned passive in fr; трёх тысяч = 3,000 / trois mille", None),
    ("q19", L, F, "", ["d2_02", "d2_03", "d2_04"],
     "Good afternoon, everyone. Let me begin with the main thing: since the ferry ran aground, three "
     "villages on the left bank of the Velga have had no regular link with Ust-Velsk. I am talking about "
     "Zarechye, Bobrovka and Gari, which are home to about 2,300 people.",
     "Bonjour à tous. Je commencerai par l'essentiel : depuis que le bac s'est échoué, trois villages de "
     "la rive gauche de la Velga n'ont plus de liaison régulière avec Oust-Velsk. Il s'agit de Zaretchie, "
     "Bobrovka et Gari, où vivent environ deux mille trois cents personnes.",
     "faithful; the dash of the speaker's turn dropped; остались без = have had no / n'ont plus de; о "
     "Заречье, Бобровке и Гарях (prepositional) = Zarechye, Bobrovka and Gari; около = about / environ; "
     "near-miss d4_16 says nearly three thousand", None),
    ("q20", L, F, "", ["d3_11", "d3_12", "d3_13"],
     "The ship's log for August was not kept properly: it contains no record of depth soundings. The "
     "inspection also established that the basin administration had planned to dredge 48,000 cubic "
     "metres at the crossing in May and June. In fact, about 17,000 cubic metres were dredged, because "
     "the contractor's dredger had been lying idle with a breakdown since mid-June.",
     "Le journal de bord du mois d'août a été tenu de manière irrégulière : aucun relevé de profondeur n'y "
     "figure. Le contrôle a également établi que l'administration du bassin prévoyait de draguer "
     "quarante-huit mille mètres cubes sur le tronçon du bac en mai et en juin. Dans les faits, environ "
     "dix-sept mille mètres cubes ont été dragués, la drague de l'entrepreneur étant immobilisée par une "
     "panne depuis la mi-juin.",
     "faithful; вёлся с нарушениями = was not kept properly (negation by not); отсутствуют = contains no "
     "/ aucun ... n'y figure; дноуглубительные работы в объёме = to dredge; около = about / environ; spans "
     "a paragraph break (d3_11 | d3_12, d3_13); near-miss d4_06 says no dredging at all this year", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "We're not asking for a billion-rouble bridge. Just give us some kind of shallow-draught boat, even "
     "if it's only two runs a day. (…) If you can, share this post, so that they hear us in Velginsk.",
     "On ne demande pas un pont à un milliard. Donnez-nous un bateau à faible tirant d'eau, n'importe "
     "lequel, même pour deux traversées par jour. (…) Si vous le pouvez, partagez ce message, qu'on nous "
     "entende à Velginsk.",
     "faithful; ellipsis (…) skips d4_19 (the signatures); D4's own sentences; перешлите = share / "
     "partagez; в Вельгинске = in Velginsk", None),
    ("q22", L, F, "", ["d2_14", "d2_15", "d2_17"],
     "Now for healthcare: the rural health post in Zarechye will be open every day, rather than three "
     "days a week as it is now. Twice a week a doctor from the district hospital will come out there. […] "
     "Groceries will be brought to the shops on the left bank by lorry via Nikolskoye three times a week.",
     "J'en viens à la santé : le poste de santé de Zaretchie sera ouvert tous les jours, et non plus trois "
     "jours par semaine comme aujourd'hui. Deux fois par semaine, un médecin de l'hôpital du district "
     "viendra y consulter. […] Les magasins de la rive gauche seront approvisionnés par camion via "
     "Nikolskoïe trois fois par semaine.",
     "faithful; ellipsis […] skips d2_16 (air ambulance); фельдшерско-акушерский пункт = rural health "
     "post / poste de santé; active and passive swapped in fr", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d2_07"],
     "Forty-six schoolchildren from the left-bank villages go to school in Ust-Velsk.",
     "Quarante-six écoliers des villages de la rive gauche sont scolarisés à Oust-Velsk.",
     "drifted (numbers): шестьдесят четыре (64) → forty-six / quarante-six (digits swapped); the rest "
     "faithful", None),
    ("q24", S, D, "names", ["d3_16"],
     "A demand was also issued to the head of the basin administration, Viktor Galichev.",
     "Une injonction a également été adressée au directeur de l'administration du bassin, Viktor "
     "Galitchev.",
     "drifted (names): surname Ганичеву (Ganichev) → Galichev / Galitchev; first name Viktor kept", None),
    ("q25", S, D, "negation", ["d3_14"],
     "The company's March request was registered by the basin administration, and so was the one it "
     "sent in June.",
     "La demande envoyée par la compagnie en mars a bien été enregistrée par l'administration du bassin, "
     "tout comme celle de juin.",
     "drifted (negation reversal): сведений об обращении в июне не найдено (no record of a June request "
     "was found) → the June request was registered too / tout comme celle de juin", None),
    ("q26", S, D, "hedge", ["d1_21"],
     "The crossing will probably reopen when navigation resumes next spring.",
     "La traversée devrait sans doute reprendre à l'ouverture de la navigation, au printemps prochain.",
     "drifted (hedge added): stated as fact (возобновит работу) → probably / devrait sans doute", None),
    ("q27", S, D, "hedge", ["d2_25"],
     "This year the work was only partly done, but it's up to the prosecutor's office to draw "
     "conclusions.",
     "Cette année, les travaux n'ont été réalisés qu'en partie, mais c'est au parquet d'en tirer les "
     "conclusions.",
     "drifted (hedge dropped): Насколько мне известно (as far as I know) dropped, so the deputy "
     "governor's second-hand claim reads as a statement of fact", None),
    ("q28", S, D, "quantifier", ["d3_09"],
     "There were 130 life jackets on board, which is to say enough for most of the people on the vessel.",
     "Il y avait cent trente gilets de sauvetage à bord, soit assez pour la plupart des personnes "
     "présentes sur le navire.",
     "drifted (quantifier): для всех (for all) → for most / pour la plupart; the rest faithful", None),
    ("q29", S, D, "omission", ["d2_28"],
     "There will be no separate compensation, but travel on the school bus and the hovercraft will be "
     "free.",
     "Il n'y aura pas d'indemnisation spécifique, mais le transport en bus scolaire et en aéroglisseur "
     "sera gratuit.",
     "drifted (omission of a restriction): «для жителей левого берега» (for residents of the left bank) "
     "dropped, so free travel reads as open to everyone", None),
    ("q30", S, D, "addition", ["d1_04"],
     "The passengers were taken off by an Emergencies Ministry rescue boat, a river police launch and two "
     "motorboats belonging to local people; the evacuation took about three and a half hours.",
     "Les passagers ont été évacués par une vedette de sauvetage du ministère des Situations d'urgence, "
     "une vedette de la police fluviale et deux bateaux à moteur appartenant à des habitants ; "
     "l'évacuation a duré environ trois heures et demie.",
     "drifted (addition of a list item): \"a river police launch\" / \"une vedette de la police "
     "fluviale\" added to the boats that took the passengers off", None),
    # drifted, long
    ("q31", L, D, "omission", ["d3_03", "d3_04", "d3_05"],
     "It was established that on 12 August the inland waterways basin administration issued a navigation "
     "notice lowering the guaranteed depth on the crossing section to 130 centimetres. On the run of "
     "14 August the ship's draught was about 135 centimetres. The notice reached the company's dispatch "
     "service the same day and was entered in the log.",
     "Il a été établi que le 12 août, l'administration du bassin des voies navigables intérieures avait "
     "publié un avis aux navigateurs abaissant la profondeur garantie sur le tronçon du bac à cent trente "
     "centimètres. Lors de la traversée du 14 août, le tirant d'eau du navire était d'environ cent "
     "trente-cinq centimètres. L'avis est parvenu au service de régulation de la compagnie le jour même "
     "et a été consigné dans le registre.",
     "drifted (omission of a clause) in sentence 3: «однако капитану судна его не передали» (but it was "
     "not passed on to the captain) dropped; sentences 1 and 2 faithful (130, about 135); contains the "
     "term of q37", None),
    ("q32", L, D, "numbers", ["d3_19", "d3_20", "d3_21"],
     "The prosecutor's office believes the crossing could be reopened before the end of navigation if "
     "vessels drawing no more than one metre were used. The company and the regional government have been "
     "asked to submit, within two weeks, a plan for carrying left-bank residents until navigation closes. "
     "The prosecutor's office is keeping a close eye on compliance with its demands.",
     "Le parquet estime que la traversée pourrait reprendre avant la fin de la navigation, à condition "
     "d'utiliser des bateaux d'un tirant d'eau ne dépassant pas un mètre. La compagnie et le gouvernement "
     "régional sont invités à présenter sous deux semaines un plan de transport des habitants de la rive "
     "gauche jusqu'à la fin de la navigation. Le parquet veille de près à l'exécution de ses injonctions.",
     "drifted (numbers) in sentence 2: в течение десяти дней (within ten days) → within two weeks / sous "
     "deux semaines; sentences 1 and 3 faithful (не более ста сантиметров = no more than one metre, a "
     "converted unit)", None),
    ("q33", L, D, "negation", ["d3_06", "d3_07", "d3_08"],
     "The captain, for his part, asked the dispatcher for depth information before setting out, as the "
     "company's instructions require. There were 86 passengers on board, against a permitted 120, and no "
     "overloading was found. The captain was tested for alcohol on the day of the incident, and the "
     "result was negative.",
     "Le capitaine, de son côté, a demandé au régulateur les données de profondeur avant le départ, comme "
     "l'exige le règlement de la compagnie. Il y avait à bord quatre-vingt-six passagers pour cent vingt "
     "autorisés, et aucune surcharge n'a été constatée. Le capitaine a été soumis le jour même de "
     "l'accident à un dépistage d'alcoolémie, qui s'est révélé négatif.",
     "drifted (negation reversal) in sentence 1: не запросил (did not request) → asked / a demandé; "
     "sentences 2 and 3 faithful; spans a paragraph break (d3_06 | d3_07, d3_08)", None),
    # partial
    ("q34", L, P, "", ["d1_20"],
     "We apologise to the people of Zarechye, Bobrovka and Gari, and we understand that in summer the "
     "ferry is their only link with the district centre. From next week we will run a free minibus for "
     "them to the bridge at Nikolskoye.",
     "Nous présentons nos excuses aux habitants de Zaretchie, de Bobrovka et de Gari, et nous comprenons "
     "qu'en été, le bac est leur seul lien avec le chef-lieu du district. Dès la semaine prochaine, nous "
     "mettrons à leur disposition un minibus gratuit jusqu'au pont de Nikolskoïe.",
     "partial: the second sentence (a free minibus run by the company) is in no source; the first is "
     "faithful to d1_20 (D2's school bus via Nikolskoye is the region's, for pupils)", None),
    ("q35", L, P, "", ["d3_17", "d3_18"],
     "The inspection files have been sent to the investigative department for transport to decide "
     "whether to open a criminal case under Article 263 of the Criminal Code. Investigators have already "
     "questioned the captain and the dispatcher who was on duty that morning. Administrative proceedings "
     "have also been opened against the company.",
     "Les éléments du contrôle ont été transmis au service d'enquête chargé des transports, qui décidera "
     "de l'ouverture éventuelle d'une procédure pénale au titre de l'article 263 du Code pénal. Les "
     "enquêteurs ont déjà entendu le capitaine et le régulateur de service ce matin-là. Une procédure "
     "administrative a également été ouverte contre la compagnie.",
     "partial: the middle sentence (investigators have questioned the captain and the dispatcher) is in "
     "no source; sentences 1 and 3 faithful to d3_17 and d3_18", None),
    ("q36", L, P, "", ["d4_14"],
     "Our village head went to Velginsk on Monday and came back empty-handed. The shipping company points "
     "at the basin administration, the basin administration says nothing, and the region says the fairway "
     "is not its problem.",
     "Notre cheffe de village est allée lundi à Velginsk et elle est revenue bredouille. La compagnie "
     "montre du doigt l'administration du bassin, l'administration du bassin se tait, et à la région on "
     "dit que le chenal n'est pas leur affaire.",
     "partial: the first sentence (the village head's trip to Velginsk) is in no source; the second is "
     "faithful to d4_14", None),
    # terms
    ("q37", TM, T, "", ["d3_03"], "navigation notice", "avis aux navigateurs",
     "term «навигационное извещение» (nominative)", None),
    ("q38", TM, T, "", ["d1_07"], "dredging works", "travaux de dragage",
     "term «дноуглубительные работы» (accusative plural, same as nominative)", None),
    ("q39", TM, T, "", ["d2_26"], "pass the buck", "se défausser",
     "term «кивать друг на друга» (infinitive; literally to nod at each other), idiom by idiom", None),
    ("q40", TM, T, "", ["d2_19"], "pontoon bridge", "pont flottant",
     "term «наплавной мост» (nominative; in a journalist's question)", None),
    ("q41", TM, T, "", ["d2_22"], "ice crossing", "pont de glace",
     "term «ледовую переправу» (accusative)", None),
    ("q42", TM, T, "", ["d4_15"], "high and dry", "sur le carreau",
     "term «у разбитого корыта» (genitive; literally at the broken trough), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The shipping company has asked the Emergencies Ministry to lend it a shallow-draught boat so that the "
     "crossing can restart as early as September.",
     "La compagnie a demandé au ministère des Situations d'urgence de lui prêter un bateau à faible tirant "
     "d'eau pour relancer la traversée dès septembre.",
     "absent: no document says the company asked for a boat; resembles d1_04, d1_13 and d1_14",
     "Пароходство попросило МЧС предоставить ему катер с малой осадкой, чтобы возобновить переправу уже в "
     "сентябре."),
    ("q44", S, A, "", [],
     "The deputy governor said the captain would be dismissed once the investigation was over.",
     "Selon le vice-gouverneur, le capitaine serait licencié à l'issue de l'enquête.",
     "absent: Dubrovin says nothing about the captain; resembles d1_18, d1_19 and d3_17 (French "
     "conditional for reported speech)",
     "Заместитель губернатора заявил, что после окончания расследования капитан будет уволен."),
    ("q45", S, A, "", [],
     "The prosecutor's office found that since May the ship had been carrying passengers without a valid "
     "certificate of seaworthiness.",
     "Le parquet a établi que depuis mai, le navire transportait des passagers sans certificat de "
     "navigabilité valide.",
     "absent: the report finds no such thing; resembles d3_07 and d3_10",
     "Прокуратура установила, что с мая теплоход перевозил пассажиров без действующего свидетельства о "
     "годности к плаванию."),
    ("q46", S, A, "", [],
     "From Monday to Friday, children from the left bank will be able to board at the Ust-Velsk school at "
     "the region's expense.",
     "Du lundi au vendredi, les enfants de la rive gauche pourront être hébergés à l'internat de l'école "
     "d'Oust-Velsk aux frais de la région.",
     "absent: no boarding is offered; resembles d2_07, d2_08 and d2_28",
     "Дети с левого берега смогут с понедельника по пятницу жить в интернате при школе Устьвельска за счёт "
     "области."),
    ("q47", S, A, "", [],
     "The basin administration has promised to send a second dredger to the crossing before the end of "
     "August.",
     "L'administration du bassin a promis d'envoyer une seconde drague sur le tronçon du bac avant la fin "
     "août.",
     "absent: the basin administration promises nothing; resembles d3_13 and d2_24",
     "Администрация бассейна пообещала до конца августа направить на переправу второй земснаряд."),
    ("q48", L, A, "", [],
     "More than eight hundred people have already signed the residents' appeal to the governor. The "
     "governor is expected to visit Zarechye next week.",
     "Plus de huit cents personnes ont déjà signé l'appel des habitants au gouverneur. Le gouverneur "
     "devrait se rendre à Zaretchie la semaine prochaine.",
     "absent (2 sentences): no number of signatures and no visit are mentioned; resembles d4_19 and d2_06",
     "Обращение жителей к губернатору уже подписали более восьмисот человек. Губернатор, как ожидается, "
     "посетит Заречье на следующей неделе."),
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
