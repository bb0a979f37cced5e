"""Build the blind quotation set quote_blind24 from one table (standard library only).

Story: the extension of the Zarechnaya metro line in the regional city of Svetloyarsk opens on
14 November 2026, about three years late and 61 per cent over its contract price, and two of its
three new stations take in water within the first week. Four Russian source documents (D1 the
construction company's press release, D2 a radio interview with the head of the city transport
department, D3 the city audit chamber's report summary, D4 a post in a commuters' messenger
channel, the near-miss document) and 48 English / French quotations. Sentence ids (d1_04) are
defined here: they number the sentences of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind24_build.py

writes quote_blind24.tsv, quote_blind24_labels.tsv, quote_blind24_sources.ru.txt and
quote_blind24_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind24"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Пресс-релиз АО «Светлоярскметрострой» о подтоплении станций Заречной линии метрополитена, "
           "21 ноября 2026 года", [
        ["АО «Светлоярскметрострой» сообщает, что откачка воды со станций «Набережная» и «Озёрная» "
         "Заречной линии метрополитена завершена.",
         "Обе станции временно закрыты для входа и выхода пассажиров, поезда проходят их без остановки.",
         "На остальном участке линии движение поездов осуществляется в обычном режиме."],
        ["Подтопление станции «Набережная» произошло вечером семнадцатого ноября во время сильного ливня, "
         "когда за несколько часов выпала почти месячная норма осадков.",
         "Вода поступила в вестибюль станции через негерметичный кабельный ввод.",
         "Двадцатого ноября из-за подъёма грунтовых вод на станции «Озёрная» был подтоплен путь на участке "
         "длиной около ста двадцати метров.",
         "Пострадавших нет, пассажиры были выведены со станций в течение пятнадцати минут."],
        ["По предварительным данным, причиной подтопления стал дефект гидроизоляции, допущенный "
         "субподрядчиком при монтаже кабельного ввода.",
         "Кроме того, на станции «Озёрная» на несколько часов вышла из строя одна из двух насосных установок "
         "водоотлива.",
         "Компания создала комиссию для выяснения всех обстоятельств произошедшего и представит её выводы "
         "городу до конца декабря."],
        ["«Мы не снимаем с себя ответственности и устраним все недостатки за свой счёт в рамках гарантийных "
         "обязательств», — заявил генеральный директор компании Виктор Гребенщиков.",
         "По его словам, станцию «Набережная» планируется открыть для пассажиров не позднее двадцатого "
         "декабря, а «Озёрную» — в январе.",
         "Гребенщиков также сообщил, что субподрядчик, выполнявший гидроизоляцию, отстранён от работ на "
         "объекте."],
        ["Продление Заречной линии длиной 5,6 километра с тремя новыми станциями было открыто четырнадцатого "
         "ноября.",
         "Первоначально участок планировалось сдать в декабре 2023 года.",
         "Сроки строительства сдвинулись из-за сложных геологических условий: под руслом реки Светлой "
         "тоннелепроходческий комплекс встретил плывуны, не выявленные при изысканиях.",
         "Ещё почти на год работы остановились в 2022 году, когда прекратились поставки запасных частей для "
         "проходческого щита.",
         "Все изменения сроков и сметы согласовывались с заказчиком в установленном порядке."],
        ["За первую неделю работы новыми станциями воспользовались более двухсот тысяч пассажиров.",
         "На время закрытия двух станций компания за свой счёт организовала бесплатные автобусы от станции "
         "«Кирпичная» до «Набережной» и «Озёрной».",
         "Интервалы движения автобусов согласованы с департаментом транспорта администрации города.",
         "Компания приносит пассажирам извинения за доставленные неудобства и благодарит их за терпение."],
    ]),
    ("D2", "Расшифровка интервью начальника департамента транспорта администрации Светлоярска Игоря Лаптева "
           "радиостанции «Светлоярск FM», программа «Вечерний разговор», 24 ноября 2026 года", [
        ["— Добрый вечер, в эфире программа «Вечерний разговор», и у нас в студии начальник департамента "
         "транспорта администрации города Игорь Лаптев.",
         "Игорь Сергеевич, начнём с главного: когда откроются затопленные станции?"],
        ["— Давайте сразу договоримся о словах: станции не затоплены, а подтоплены, и это разные вещи.",
         "На «Набережной» вода была в вестибюле, на «Озёрной» — на путях, но платформы и тоннели не "
         "пострадали.",
         "По графику подрядчика «Набережная» откроется к двадцатому декабря, «Озёрная» — в январе, но точных "
         "дат я бы не называл, пока не увижу заключение экспертизы."],
        ["— Но ведь линию открыли всего десять дней назад.",
         "Как такое вообще могло случиться?"],
        ["— Этот вопрос я сам задаю подрядчику каждый день.",
         "Государственная комиссия принимала станции в сухую погоду, и дефект гидроизоляции на кабельном "
         "вводе тогда никто не заметил.",
         "Я не снимаю ответственности и с нашей службы технического надзора, по ней сейчас идёт служебная "
         "проверка."],
        ["— Кто заплатит за ремонт?"],
        ["— Ни одного бюджетного рубля на устранение последствий потрачено не будет.",
         "Это гарантийный случай, и подрядчик обязан всё исправить за свой счёт.",
         "Кроме того, город пока не перечислил компании последний платёж в размере одного миллиарда двухсот "
         "миллионов рублей и не перечислит, пока не будут устранены все замечания."],
        ["— Слушатели спрашивают, почему стройка затянулась на три года и так сильно подорожала."],
        ["— Часть причин объективна: плывуны под рекой и перебои с поставками оборудования в 2022 году "
         "действительно были.",
         "Но далеко не все задержки можно списать на геологию.",
         "Город уже направил подрядчику претензию о выплате неустойки за срыв сроков на два миллиарда триста "
         "миллионов рублей, и, если компания её не признает, мы пойдём в арбитражный суд."],
        ["— Как сейчас добираться жителям Заречья?"],
        ["— От станции «Кирпичная» ходят бесплатные автобусы, в часы пик с интервалом в шесть минут.",
         "Мы также временно продлили до «Озёрной» два городских автобусных маршрута, двенадцатый и "
         "сороковой.",
         "Я понимаю, что людям это неудобно, и прошу у них прощения от имени департамента."],
        ["— Последний вопрос: будет ли город и дальше работать с этим подрядчиком?"],
        ["— Решения по следующему участку, до Южного депо, пока нет.",
         "Мы дождёмся выводов контрольно-счётной палаты и только после этого будем что-то решать.",
         "Торопиться с таким решением я не вижу смысла."],
    ]),
    ("D3", "Контрольно-счётная палата города Светлоярска: краткое изложение отчёта о проверке расходования "
           "бюджетных средств на строительство продления Заречной линии метрополитена, 30 ноября 2026 года", [
        ["Контрольно-счётная палата проверила расходование бюджетных средств на строительство продления "
         "Заречной линии метрополитена в 2019–2026 годах.",
         "Проверка проводилась по поручению городской думы с июня по октябрь 2026 года."],
        ["Муниципальный контракт с АО «Светлоярскметрострой» был заключён в марте 2019 года на сумму "
         "22 миллиарда рублей со сроком завершения работ в декабре 2023 года.",
         "За время строительства к контракту было подписано девять дополнительных соглашений.",
         "В результате цена контракта выросла до 35,4 миллиарда рублей, то есть на шестьдесят один процент.",
         "Срок завершения работ переносился четыре раза."],
        ["Из общего удорожания на 13,4 миллиарда рублей около 5,1 миллиарда связано с ростом цен на "
         "материалы и оборудование.",
         "Ещё 3,8 миллиарда рублей потребовалось на изменение проекта после обнаружения плывунов под руслом "
         "реки Светлой.",
         "По мнению палаты, эти расходы в целом обоснованы, хотя дополнительные геологические изыскания можно "
         "было провести ещё до заключения контракта.",
         "Оставшиеся 4,5 миллиарда рублей подтверждены документами лишь частично."],
        ["Палата установила, что работы на сумму 1,7 миллиарда рублей оплачены без документов, "
         "подтверждающих их фактическое выполнение.",
         "Аванс в размере 640 миллионов рублей, перечисленный подрядчику в 2021 году, до сих пор не "
         "отработан.",
         "Кроме того, в 2022 году заказчик согласовал замену гидроизоляционных материалов на более дешёвые "
         "без повторной экспертизы проекта.",
         "Палата не исключает, что именно эта замена могла стать одной из причин подтопления станций в "
         "ноябре."],
        ["Неустойка за срыв сроков в 2024 и 2025 годах заказчиком не начислялась.",
         "Претензия на 2,3 миллиарда рублей была направлена подрядчику лишь в ноябре 2026 года, уже после "
         "открытия участка.",
         "По расчётам палаты, сумма неустойки по условиям контракта могла бы достигать 3,1 миллиарда "
         "рублей."],
        ["Палата рекомендует департаменту транспорта взыскать с подрядчика неотработанный аванс и неустойку в "
         "полном объёме.",
         "Департаменту также рекомендовано не подписывать акт окончательной приёмки до получения заключения "
         "независимой экспертизы гидроизоляции.",
         "Материалы о работах, оплаченных без подтверждающих документов, направлены в прокуратуру города."],
        ["Председатель палаты Людмила Кравец отметила, что нарушения носят системный характер, однако "
         "признаков хищения палата пока не выявила.",
         "Отчёт рассмотрен на заседании коллегии палаты двадцать седьмого ноября и направлен в городскую думу "
         "и мэру Светлоярска.",
         "Полный текст отчёта будет опубликован на сайте палаты после его рассмотрения депутатами."],
    ]),
    ("D4", "Пост в канале пассажиров «Подземка Светлоярска» в мессенджере, 2 декабря 2026 года", [
        ["Друзья, подводим итоги первых недель нашей новой ветки.",
         "Напомним, её открыли с опозданием почти на пять лет, а обошлась она городу вдвое дороже, чем "
         "обещали.",
         "Праздник длился ровно четыре дня, а потом все три новые станции ушли под воду."],
        ["На «Набережной», по словам очевидцев, вода стояла по колено прямо на платформе.",
         "Слава богу, никто не пострадал, но людей выводили почти час.",
         "Метростроевцы, как водится, валят всё на погоду и на какого-то субподрядчика.",
         "Говорят, виновата дешёвая гидроизоляция, которую положили вместо проектной."],
        ["Чиновники обещают открыть станции к Новому году, но верится в это с трудом.",
         "Автобусы от «Кирпичной» ходят раз в полчаса, и в час пик в них не влезть.",
         "Вчера я простоял на остановке сорок минут и в итоге поехал на такси."],
        ["Теперь о деньгах.",
         "Контрольно-счётная палата выяснила, что на стройке пропало больше трёх миллиардов бюджетных рублей.",
         "Город при этом уже заплатил подрядчику всё до копейки.",
         "Неустойку с компании, говорят, так ни разу и не потребовали.",
         "Зато, по слухам, ту же компанию уже наняли строить следующий участок, до Южного депо."],
        ["Мы не против метро, мы за него всеми руками.",
         "Но когда новая станция течёт через несколько дней после открытия, это называется не «трудности», "
         "а халтура.",
         "Пишите в комментариях, как вы теперь добираетесь до Заречья.",
         "Самые толковые советы соберём в отдельный пост.",
         "И да, зонтик в метро теперь брать обязательно."],
    ]),
]

# 15 unrelated sentences in the same registers (construction news, a radio programme, an audit chamber,
# a commuters' channel); they are in no document.
UNRELATED = [
    "На строительстве развязки у северного въезда в город завершён монтаж пролётных строений.",
    "Компания объявляет набор машинистов тоннелепроходческих комплексов и электрогазосварщиков.",
    "Новый жилой квартал на Песчаной улице будет сдан в эксплуатацию во втором квартале.",
    "— Вы слушаете радио «Светлоярск FM», и сейчас прогноз погоды на выходные.",
    "— Скажите, а сколько лет вы сами водите трамвай?",
    "— Честно говоря, я до сих пор люблю ездить в кабине первого вагона.",
    "Палата проверила использование субсидий, выделенных на ремонт школьных спортивных залов.",
    "Нарушения при закупке мебели для районных поликлиник устранены в ходе проверки.",
    "Годовой отчёт о деятельности палаты направлен в городскую думу.",
    "Друзья, на кольцевой линии с понедельника меняется расписание последних поездов.",
    "Кто сегодня видел в вагоне забытого плюшевого медведя, напишите нам!",
    "Напоминаем, что эскалатор на станции «Театральная» закрыт на ремонт до марта.",
    "В городском парке открылся каток с искусственным льдом.",
    "Мэрия объявила конкурс на лучший проект благоустройства сквера у вокзала.",
    "Тарифы на проезд в городском транспорте в следующем году останутся прежними.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d2_22"],
     "I realise this is inconvenient for people, and on behalf of the department I apologise to them.",
     "Je comprends que ce soit pénible pour les gens, et je leur présente mes excuses au nom de la "
     "direction.",
     "faithful; clauses reordered in en; прошу прощения = apologise / présente mes excuses; департамент "
     "= department / direction", None),
    ("q02", S, F, "", ["d1_07"],
     "Nobody was hurt, and passengers were led out of the stations within fifteen minutes.",
     "Aucun blessé n'est à déplorer : les voyageurs ont été évacués des stations en un quart d'heure.",
     "faithful; Пострадавших нет = nobody was hurt / aucun blessé; пятнадцати минут = fifteen minutes / "
     "un quart d'heure; near-miss d4_05 says almost an hour", None),
    ("q03", S, F, "", ["d1_12"],
     "According to him, Naberezhnaya station is due to open to passengers by 20 December at the latest, "
     "and Ozyornaya in January.",
     "Selon lui, la station Naberejnaïa devrait rouvrir aux voyageurs le 20 décembre au plus tard, et "
     "Oziornaïa en janvier.",
     "faithful; French conditional for reported speech (по его словам); не позднее = by ... at the latest "
     "/ au plus tard; «Озёрную» (accusative) = Ozyornaya; near-miss d4_08 says by New Year", None),
    ("q04", S, F, "", ["d2_05"],
     "On the contractor's schedule, Naberezhnaya will open by December 20 and Ozyornaya in January, but I "
     "wouldn't name exact dates until I've seen the experts' report.",
     "D'après le calendrier de l'entrepreneur, Naberejnaïa ouvrira d'ici le vingt décembre et Oziornaïa "
     "en janvier, mais je ne donnerais pas de dates précises avant d'avoir vu le rapport d'expertise.",
     "faithful; hedge kept (я бы не называл = I wouldn't name / je ne donnerais pas); к двадцатому "
     "декабря = by December 20 / d'ici le vingt décembre; near-miss d4_08 says by New Year", None),
    ("q05", S, F, "", ["d2_09"],
     "The state commission accepted the stations in dry weather, and at that point nobody noticed the "
     "waterproofing defect at the cable entry.",
     "La commission d'État a réceptionné les stations par temps sec, et personne n'avait alors remarqué "
     "le défaut d'étanchéité au niveau de l'entrée des câbles.",
     "faithful; никто не заметил = nobody noticed / personne n'avait remarqué", None),
    ("q06", S, F, "", ["d2_20"],
     "Free buses run from Kirpichnaya station, every six minutes at rush hour.",
     "Des bus gratuits partent de la station Kirpitchnaïa, toutes les 6 minutes aux heures de pointe.",
     "faithful; шесть минут = six minutes / 6 minutes; от станции «Кирпичная» = from Kirpichnaya station; "
     "near-miss d4_09 says every half hour; contains the term of q39", None),
    ("q07", S, F, "", ["d3_05"],
     "As a result, the contract price went up to 35.4 billion roubles, an increase of 61 per cent.",
     "Le prix du contrat a ainsi atteint 35,4 milliards de roubles, soit une hausse de soixante et un pour "
     "cent.",
     "faithful; local decimal notation (35.4 / 35,4); шестьдесят один процент = 61 per cent / soixante "
     "et un pour cent; то есть = an increase of / soit; near-miss d4_02 says twice as expensive", None),
    ("q08", S, F, "", ["d3_21"],
     "The chamber's chair, Lyudmila Kravets, noted that the violations were systemic, but said the "
     "chamber had so far found no signs of embezzlement.",
     "La présidente de la Chambre, Lioudmila Kravets, a souligné que les irrégularités avaient un "
     "caractère systémique, mais que la Chambre n'avait pour l'heure relevé aucun signe de détournement "
     "de fonds.",
     "faithful; пока = so far / pour l'heure kept; хищения = embezzlement / détournement de fonds; "
     "near-miss d4_12 says more than three billion vanished", None),
    ("q09", S, F, "", ["d4_03"],
     "The party lasted exactly four days, and then all three new stations went under water.",
     "La fête a duré quatre jours pile, puis les trois nouvelles stations se sont toutes retrouvées sous "
     "l'eau.",
     "faithful rendering of the near-miss sentence d4_03 (D1 d1_04 and d1_06: two stations, three and six "
     "days after the opening); ушли под воду = went under water / se sont retrouvées sous l'eau", None),
    ("q10", S, F, "", ["d4_13"],
     "And meanwhile the city has already paid the contractor every last penny.",
     "Et pendant ce temps, la ville a déjà versé à l'entrepreneur jusqu'au dernier centime.",
     "faithful rendering of the near-miss sentence d4_13 (D2 d2_14: 1.2 billion withheld); всё до "
     "копейки = every last penny / jusqu'au dernier centime, idiom by idiom; contains the term of q41",
     None),
    ("q11", S, F, "", ["d4_15"],
     "Yet rumour has it that the same company has already been hired to build the next section, out to "
     "Yuzhnoye depot.",
     "En revanche, d'après la rumeur, la même entreprise aurait déjà été retenue pour construire le "
     "tronçon suivant, jusqu'au dépôt Ioujnoïe.",
     "faithful rendering of the near-miss sentence d4_15 (D2 d2_24: no decision yet); hedge kept (по "
     "слухам = rumour has it / d'après la rumeur, French conditional); до Южного депо = Yuzhnoye depot",
     None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_01", "d1_02"],
     "Svetloyarskmetrostroy reports that water has been pumped out of Naberezhnaya and Ozyornaya stations "
     "on the Zarechnaya metro line. Both stations are temporarily closed to passengers, with trains "
     "passing through without stopping.",
     "La société Svetloïarskmetrostroï annonce que le pompage de l'eau est achevé dans les stations "
     "Naberejnaïa et Oziornaïa de la ligne Zaretchnaïa du métro. Les deux stations sont provisoirement "
     "fermées au public, et les rames les traversent sans marquer l'arrêt.",
     "faithful; откачка воды завершена = water has been pumped out / le pompage est achevé; закрыты для "
     "входа и выхода пассажиров = closed to passengers / fermées au public", None),
    ("q13", L, F, "", ["d2_03", "d2_04"],
     "Let's get the words straight from the start: the stations weren't flooded, they took on some water, "
     "and that's not the same thing. At Naberezhnaya the water was in the entrance hall, at Ozyornaya it "
     "was on the tracks, but neither the platforms nor the tunnels were damaged.",
     "Mettons-nous d'accord tout de suite sur les mots : les stations n'ont pas été inondées, elles ont "
     "subi une infiltration d'eau, et ce n'est pas la même chose. À Naberejnaïa, l'eau était dans le hall, "
     "à Oziornaïa sur les voies, mais les quais et les tunnels n'ont pas été touchés.",
     "faithful; не затоплены, а подтоплены = weren't flooded, they took on some water / n'ont pas été "
     "inondées, elles ont subi une infiltration; это разные вещи = that's not the same thing; не "
     "пострадали = neither ... nor were damaged; near-miss d4_04 says knee-deep on the platform", None),
    ("q14", L, F, "", ["d2_16", "d2_17"],
     "Some of the reasons are objective: the running sand under the river and the disruption to equipment "
     "deliveries in 2022 were real enough. But by no means all the delays can be put down to geology.",
     "Une partie des causes est objective : les sables boulants sous la rivière et les ruptures "
     "d'approvisionnement en équipements en 2022 ont bel et bien existé. Mais on est loin de pouvoir "
     "mettre tous les retards sur le dos de la géologie.",
     "faithful; действительно были = were real enough / ont bel et bien existé; далеко не все = by no "
     "means all / on est loin de pouvoir ... tous; списать на = put down to / mettre sur le dos de, idiom "
     "by idiom", None),
    ("q15", L, F, "", ["d3_15", "d3_16"],
     "The client charged no penalty for the missed deadlines in 2024 and 2025. A claim for 2.3 billion "
     "roubles was sent to the contractor only in November 2026, after the section had already opened.",
     "Le maître d'ouvrage n'a appliqué aucune pénalité de retard pour 2024 et 2025. Une réclamation de "
     "deux milliards trois cents millions de roubles n'a été adressée à l'entrepreneur qu'en novembre "
     "2026, après l'ouverture du tronçon.",
     "faithful; passive turned active in sentence 1; не начислялась = charged no / n'a appliqué aucune; "
     "2,3 миллиарда = 2.3 billion / deux milliards trois cents millions; near-miss d4_14 says the penalty "
     "was never demanded", None),
    ("q16", L, F, "", ["d4_16", "d4_17"],
     "We're not against the metro, we're all for it. But when a brand-new station starts leaking a few "
     "days after it opens, that isn't 'teething troubles', that's shoddy work.",
     "Nous ne sommes pas contre le métro, nous y sommes favorables à cent pour cent. Mais quand une "
     "station neuve prend l'eau quelques jours après son ouverture, ça ne s'appelle pas des « difficultés "
     "», ça s'appelle du travail bâclé.",
     "faithful; D4's own sentences; всеми руками за = all for it / favorables à cent pour cent, idiom by "
     "idiom; трудности = teething troubles / difficultés; халтура = shoddy work / travail bâclé; contains "
     "the term of q42", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_08", "d1_09", "d1_10"],
     "According to preliminary data, the flooding was caused by a waterproofing defect left by a "
     "subcontractor when the cable entry was installed. On top of that, one of the two drainage pump units "
     "at Ozyornaya station was out of action for several hours. The company has set up a commission to "
     "establish all the circumstances and will present its findings to the city by the end of December.",
     "D'après les premières données, l'inondation serait due à un défaut d'étanchéité commis par un "
     "sous-traitant lors du montage de l'entrée des câbles. En outre, à la station Oziornaïa, l'une des "
     "deux installations de pompage d'exhaure est tombée en panne pendant plusieurs heures. L'entreprise a "
     "mis en place une commission chargée d'établir toutes les circonstances de l'incident, dont les "
     "conclusions seront remises à la ville d'ici fin décembre.",
     "faithful; hedge kept (по предварительным данным = according to preliminary data / d'après les "
     "premières données, French conditional); вышла из строя = was out of action / est tombée en panne; "
     "active turned passive in fr sentence 3", None),
    ("q18", L, F, "", ["d1_13", "d1_14", "d1_15"],
     "Grebenshchikov also said that the subcontractor responsible for the waterproofing had been removed "
     "from the site. The 5.6 km extension of the Zarechnaya line, with three new stations, opened on "
     "14 November. The section had originally been due for completion in December 2023.",
     "Viktor Grebenchtchikov a également annoncé que le sous-traitant chargé de l'étanchéité avait été "
     "écarté du chantier. Le prolongement de la ligne Zaretchnaïa, long de 5,6 kilomètres et comptant "
     "trois nouvelles stations, a été mis en service le quatorze novembre. Sa livraison était initialement "
     "prévue pour décembre 2023.",
     "faithful; spans a paragraph break (d1_13 | d1_14, d1_15); четырнадцатого ноября = 14 November / le "
     "quatorze novembre; first name added in fr", None),
    ("q19", L, F, "", ["d3_01", "d3_02", "d3_03", "d3_04"],
     "The audit chamber has examined how budget money was spent on building the Zarechnaya line extension "
     "between 2019 and 2026. The audit was carried out at the request of the city duma from June to "
     "October 2026. The municipal contract with Svetloyarskmetrostroy was signed in March 2019 for "
     "22 billion roubles, with the work to be finished in December 2023. Nine supplementary agreements to "
     "the contract were signed in the course of construction.",
     "La Chambre des comptes a contrôlé l'utilisation des fonds publics consacrés au prolongement de la "
     "ligne Zaretchnaïa de 2019 à 2026. Ce contrôle a été mené de juin à octobre 2026 à la demande de la "
     "douma municipale. Le marché public conclu avec Svetloïarskmetrostroï en mars 2019 portait sur "
     "vingt-deux milliards de roubles, avec un achèvement des travaux prévu en décembre 2023. Neuf avenants "
     "au contrat ont été signés au cours du chantier.",
     "faithful; spans a paragraph break (d3_01, d3_02 | d3_03, d3_04); 22 миллиарда = 22 billion / "
     "vingt-deux milliards; дополнительные соглашения = supplementary agreements / avenants", None),
    ("q20", L, F, "", ["d2_24", "d2_25", "d2_26"],
     "There's no decision yet on the next section, out to Yuzhnoye depot. We'll wait for the audit "
     "chamber's findings, and only then will we decide anything. I see no point in rushing a decision "
     "like that.",
     "Aucune décision n'a encore été prise pour le tronçon suivant, jusqu'au dépôt Ioujnoïe. Nous "
     "attendrons les conclusions de la Chambre des comptes, et c'est seulement ensuite que nous "
     "trancherons. Je ne vois pas l'intérêt de précipiter une telle décision.",
     "faithful; пока нет = no decision yet / aucune décision n'a encore été prise; до Южного депо = "
     "Yuzhnoye depot / dépôt Ioujnoïe; near-miss d4_15 says the company has reportedly been hired", None),
    ("q21", L, F, "", ["d4_08", "d4_10"],
     "Officials promise to reopen the stations by New Year, but that's hard to believe. (…) Yesterday I "
     "stood at the stop for forty minutes and ended up getting a taxi.",
     "Les responsables promettent de rouvrir les stations pour le Nouvel An, mais on a du mal à y croire. "
     "(…) Hier, j'ai attendu 40 minutes à l'arrêt et j'ai fini par prendre un taxi.",
     "faithful; ellipsis (…) skips d4_09 (the buses every half hour); D4's own sentences, d4_08 a "
     "near-miss one; сорок минут = forty minutes / 40 minutes", None),
    ("q22", L, F, "", ["d1_19", "d1_20", "d1_22"],
     "More than 200,000 passengers used the new stations in their first week. While the two stations are "
     "closed, the company is paying for free buses from Kirpichnaya station to Naberezhnaya and "
     "Ozyornaya. […] The company apologises to passengers for the inconvenience and thanks them for their "
     "patience.",
     "Au cours de la première semaine, plus de deux cent mille voyageurs ont emprunté les nouvelles "
     "stations. Pendant la fermeture des deux stations, l'entreprise a mis en place à ses frais des bus "
     "gratuits de la station Kirpitchnaïa vers Naberejnaïa et Oziornaïa. […] L'entreprise présente ses "
     "excuses aux voyageurs pour la gêne occasionnée et les remercie de leur patience.",
     "faithful; ellipsis […] skips d1_21 (bus intervals agreed with the city); более двухсот тысяч = more "
     "than 200,000 / plus de deux cent mille; clauses reordered", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_12"],
     "The 460 million rouble advance paid to the contractor in 2021 has still not been worked off.",
     "L'avance de quatre cent soixante millions de roubles versée à l'entrepreneur en 2021 n'a toujours "
     "pas été compensée par des travaux.",
     "drifted (numbers): 640 миллионов (640 million) → 460 million / quatre cent soixante millions; the "
     "rest faithful", None),
    ("q24", S, D, "names", ["d1_11"],
     "“We are not shirking responsibility, and we will put all the defects right at our own expense under "
     "our warranty obligations,” said the company's general director, Viktor Grebennikov.",
     "« Nous ne nous dérobons pas à nos responsabilités et nous corrigerons tous les défauts à nos frais "
     "au titre de la garantie », a déclaré le directeur général de l'entreprise, Viktor Grebennikov.",
     "drifted (names): surname Гребенщиков (Grebenshchikov) → Grebennikov; first name Viktor kept", None),
    ("q25", S, D, "negation", ["d3_09"],
     "In the chamber's view, these costs were on the whole unjustified, although additional geological "
     "surveys could have been carried out before the contract was signed.",
     "Selon la Chambre, ces dépenses sont dans l'ensemble injustifiées, même si des études géologiques "
     "complémentaires auraient pu être menées avant la conclusion du contrat.",
     "drifted (negation reversal): в целом обоснованы (justified on the whole) → on the whole unjustified "
     "/ dans l'ensemble injustifiées; the rest faithful", None),
    ("q26", S, D, "hedge", ["d3_11"],
     "The chamber found that work worth 1.7 billion roubles may have been paid for without documents "
     "confirming it had actually been done.",
     "La Chambre a constaté que des travaux d'un montant de 1,7 milliard de roubles auraient pu être payés "
     "sans documents attestant leur exécution effective.",
     "drifted (hedge added): stated as established fact (оплачены) → may have been paid / auraient pu être "
     "payés; near-miss d4_12 says more than three billion vanished", None),
    ("q27", S, D, "hedge", ["d3_14"],
     "According to the chamber, it was this very substitution that was one of the causes of the stations "
     "flooding in November.",
     "Selon la Chambre, c'est précisément ce remplacement qui a été l'une des causes de l'inondation des "
     "stations en novembre.",
     "drifted (hedge dropped): не исключает, что ... могла стать (does not rule out that it may have been) "
     "→ it was / c'est ... qui a été", None),
    ("q28", S, D, "quantifier", ["d1_18"],
     "Most of the changes to the schedule and the cost estimate were agreed with the client in the "
     "prescribed manner.",
     "La plupart des modifications des délais et du devis ont été approuvées par le maître d'ouvrage selon "
     "la procédure établie.",
     "drifted (quantifier): Все изменения (all changes) → most of the changes / la plupart des "
     "modifications", None),
    ("q29", S, D, "omission", ["d3_19"],
     "The department was also advised not to sign the final acceptance certificate for the extension.",
     "Il est également recommandé à la direction de ne pas signer le procès-verbal de réception définitive "
     "du prolongement.",
     "drifted (omission of a restriction): «до получения заключения независимой экспертизы "
     "гидроизоляции» (until an independent review of the waterproofing is received) dropped, so the "
     "advice reads as never to sign; contains the term of q40", None),
    ("q30", S, D, "addition", ["d3_20"],
     "Material on the work paid for without supporting documents has been passed to the city prosecutor's "
     "office and the police.",
     "Les pièces relatives aux travaux payés sans justificatifs ont été transmises au parquet de la ville "
     "et à la police.",
     "drifted (addition of a list item): \"and the police\" / \"et à la police\" added to the recipients",
     None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_06", "d3_07", "d3_08"],
     "The completion date was pushed back four times. Of the total cost increase of 13.4 billion roubles, "
     "about 5.7 billion is due to higher prices for materials and equipment. A further 3.8 billion roubles "
     "was needed to redesign the project after running sand was found under the bed of the Svetlaya "
     "river.",
     "La date d'achèvement des travaux a été repoussée à quatre reprises. Sur un surcoût total de "
     "13,4 milliards de roubles, environ 5,7 milliards s'expliquent par la hausse des prix des matériaux et "
     "des équipements. Il a fallu 3,8 milliards de roubles supplémentaires pour modifier le projet après "
     "la découverte de sables boulants sous le lit de la Svetlaïa.",
     "drifted (numbers) in sentence 2: около 5,1 миллиарда (about 5.1 billion) → about 5.7 billion; "
     "13.4 and 3.8 billion and four times kept; sentences 1 and 3 faithful; spans a paragraph break "
     "(d3_06 | d3_07, d3_08)", None),
    ("q32", L, D, "names", ["d1_04", "d1_05", "d1_06"],
     "Naberezhnaya station was flooded on the evening of 17 November during a heavy downpour that brought "
     "almost a month's rain in a few hours. The water got into the station's entrance hall through a "
     "cable entry that was not watertight. On 20 November, rising groundwater flooded the track at "
     "Naberezhnaya station along a stretch of about 120 metres.",
     "La station Naberejnaïa a été inondée le soir du 17 novembre lors d'une violente averse, quand il est "
     "tombé en quelques heures presque un mois de précipitations. L'eau a pénétré dans le hall de la "
     "station par une entrée de câbles non étanche. Le 20 novembre, la remontée de la nappe phréatique a "
     "inondé la voie de la station Naberejnaïa sur environ cent vingt mètres.",
     "drifted (names) in sentence 3: станции «Озёрная» (Ozyornaya) → Naberezhnaya / Naberejnaïa, the "
     "station of sentence 1 repeated; sentences 1 and 2 faithful (негерметичный = not watertight / non "
     "étanche)", None),
    ("q33", L, D, "omission", ["d2_12", "d2_13", "d2_14"],
     "Not a single rouble of public money will be spent on putting things right. This is a warranty case, "
     "and the contractor is obliged to fix everything at its own expense. On top of that, the city has "
     "not yet transferred the final payment of 1.2 billion roubles to the company.",
     "Pas un rouble d'argent public ne sera dépensé pour réparer les dégâts. C'est un cas de garantie, et "
     "l'entrepreneur est tenu de tout remettre en état à ses frais. En outre, la ville n'a pas encore "
     "versé à l'entreprise le dernier paiement d'un milliard deux cents millions de roubles.",
     "drifted (omission of a clause) in sentence 3: «и не перечислит, пока не будут устранены все "
     "замечания» (and will not until all the defects are remedied) dropped; sentences 1 and 2 faithful; "
     "near-miss d4_13 says everything was paid", None),
    # partial
    ("q34", L, P, "", ["d4_18"],
     "Our petition to the mayor already has more than four thousand signatures. Tell us in the comments "
     "how you get to Zarechye these days.",
     "Notre pétition adressée au maire a déjà recueilli plus de quatre mille signatures. Racontez-nous "
     "dans les commentaires comment vous vous rendez désormais à Zaretchie.",
     "partial: the first sentence (a petition with more than four thousand signatures) is in no source; "
     "the second is faithful to d4_18", None),
    ("q35", L, P, "", ["d3_17", "d3_18"],
     "By the chamber's calculations, the penalty under the terms of the contract could have come to as "
     "much as 3.1 billion roubles. The contractor has already agreed to pay one billion of it voluntarily. "
     "The chamber recommends that the transport department recover the unearned advance and the penalty "
     "from the contractor in full.",
     "D'après les calculs de la Chambre, les pénalités prévues par le contrat auraient pu atteindre "
     "3,1 milliards de roubles. L'entrepreneur aurait déjà accepté d'en verser un milliard à l'amiable. La "
     "Chambre recommande à la direction des transports de recouvrer intégralement auprès de l'entrepreneur "
     "l'avance non justifiée et les pénalités.",
     "partial: the middle sentence (the contractor agreed to pay one billion voluntarily) is in no source; "
     "sentences 1 and 3 faithful to d3_17 and d3_18 (hedge могла бы достигать kept); spans a paragraph "
     "break", None),
    ("q36", L, P, "", ["d2_21"],
     "We have also temporarily extended two city bus routes, the 12 and the 40, to Ozyornaya. From next "
     "week a night bus will also run along the whole line.",
     "Nous avons aussi prolongé provisoirement jusqu'à Oziornaïa deux lignes de bus urbaines, la 12 et la "
     "40. À partir de la semaine prochaine, un bus de nuit desservira également toute la ligne.",
     "partial: the last sentence (a night bus from next week) is in no source; the real next sentence, "
     "d2_22, is an apology; the first is faithful to d2_21", None),
    # terms
    ("q37", TM, T, "", ["d1_16"], "running sand", "sables boulants",
     "term «плывуны» (nominative plural; literally floaters)", None),
    ("q38", TM, T, "", ["d2_18"], "late-completion penalty", "pénalités de retard",
     "term «неустойки за срыв сроков» (genitive; literally forfeit for the breaking of deadlines)", None),
    ("q39", TM, T, "", ["d2_20"], "rush hour", "heures de pointe",
     "term «часы пик» (plural; literally peak hours)", None),
    ("q40", TM, T, "", ["d3_19"], "final acceptance certificate", "procès-verbal de réception",
     "term «акт окончательной приёмки» (accusative; literally act of final acceptance)", None),
    ("q41", TM, T, "", ["d4_13"], "every last penny", "jusqu'au dernier centime",
     "term «всё до копейки» (literally all to the kopeck), idiom by idiom", None),
    ("q42", TM, T, "", ["d4_17"], "shoddy work", "travail bâclé",
     "term «халтура» (nominative; colloquial, one word), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "Before spring, the city will put temporary flood barriers at the entrances to all three new "
     "stations.",
     "D'ici le printemps, la ville installera des barrières anti-inondation provisoires aux entrées des "
     "trois nouvelles stations.",
     "absent: no document mentions flood barriers; resembles d1_05, d2_04 and d4_03",
     "До весны город установит временные противопаводковые барьеры у входов на все три новые станции."),
    ("q44", S, A, "", [],
     "Grebenshchikov said the company would reimburse passengers for taxi journeys while the stations are "
     "closed.",
     "Selon Viktor Grebenchtchikov, l'entreprise rembourserait aux voyageurs leurs trajets en taxi pendant "
     "la fermeture des stations.",
     "absent: the company pays for free buses, not taxis; resembles d1_20, d1_22 and d4_10 (French "
     "conditional for reported speech)",
     "Гребенщиков заявил, что на время закрытия станций компания будет компенсировать пассажирам поездки "
     "на такси."),
    ("q45", S, A, "", [],
     "The chamber found that the tunnel boring machine had been bought at twice the market price.",
     "La Chambre a établi que le tunnelier avait été acheté deux fois plus cher que le prix du marché.",
     "absent: the report says nothing about the machine's price; resembles d3_11, d1_16 and d4_02",
     "Палата установила, что тоннелепроходческий комплекс был закуплен по цене вдвое выше рыночной."),
    ("q46", S, A, "", [],
     "The city duma will hold a special hearing on the flooding of the stations on 10 December.",
     "La douma municipale tiendra le 10 décembre une audition spéciale consacrée à l'inondation des "
     "stations.",
     "absent: no hearing is announced; resembles d3_22 and d3_23",
     "Десятого декабря городская дума проведёт специальные слушания по подтоплению станций."),
    ("q47", S, A, "", [],
     "Laptev admitted that his department had known about a leak at Naberezhnaya even before the "
     "opening.",
     "Igor Laptev aurait reconnu que sa direction était au courant d'une fuite à Naberejnaïa dès avant "
     "l'ouverture.",
     "absent: Laptev says nobody noticed the defect; resembles d2_09 and d2_10 (French conditional for "
     "hearsay)",
     "Лаптев признал, что в департаменте знали о протечке на «Набережной» ещё до открытия."),
    ("q48", L, A, "", [],
     "Until both stations reopen, the metro has halved the fare on the Zarechnaya line. Holders of monthly "
     "passes will get a refund for December.",
     "Jusqu'à la réouverture des deux stations, le métro a réduit de moitié le prix du trajet sur la ligne "
     "Zaretchnaïa. Les titulaires d'un abonnement mensuel seront remboursés pour décembre.",
     "absent (2 sentences): no fare cut or refund is mentioned; resembles d1_20, d1_22 and d2_20",
     "До открытия обеих станций метрополитен вдвое снизил стоимость проезда по Заречной линии. Владельцам "
     "месячных проездных вернут деньги за декабрь."),
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
