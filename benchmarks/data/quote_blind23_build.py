"""Build the blind quotation set quote_blind23 from one table (standard library only).

Story: the maternity ward of the Berestovo central district hospital stops taking births on
1 November 2026, and births are moved to the regional perinatal centre in Velegorsk, ninety
kilometres away. Four Russian source documents (D1 the chief doctor's newspaper interview, D2 the
regional health ministry's press release, D3 minutes of a regional parliament committee hearing,
D4 a mothers' forum thread, the near-miss document) and 48 English / French quotations. Sentence
ids (d1_04) are defined here: they number the sentences of each document from 01, in order,
titles not counted.

    .venv/bin/python benchmarks/data/quote_blind23_build.py

writes quote_blind23.tsv, quote_blind23_labels.tsv, quote_blind23_sources.ru.txt and
quote_blind23_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind23"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью главного врача Берестовской центральной районной больницы Алексея Гордеева газете "
           "«Берестовский вестник», 8 октября 2026 года", [
        ["С первого ноября родильное отделение Берестовской районной больницы перестанет принимать роды.",
         "Главный врач больницы Алексей Гордеев ответил на вопросы нашей газеты."],
        ["— Алексей Витальевич, вы были согласны с этим решением?"],
        ["— Буду честен: радости оно у меня не вызывает.",
         "Но спорить с цифрами трудно.",
         "Когда в отделении рождается меньше одного ребёнка в день, врачи постепенно теряют руку, а в родах "
         "всё решают минуты."],
        ["— Почему нельзя было просто найти врачей?"],
        ["— Мы искали их два года.",
         "Из трёх акушеров-гинекологов у нас двое пенсионного возраста, а неонатолог уволилась ещё в апреле.",
         "Молодые специалисты в район не едут, даже на подъёмные в миллион рублей.",
         "Я не могу ставить людей на сутки через сутки и делать вид, что всё в порядке."],
        ["— Что будет с акушерками?"],
        ["— В отделении работают девять акушерок.",
         "Шести из них перинатальный центр предложил места в Велегорске, и возить их туда будет служебный "
         "автобус.",
         "Две перейдут в нашу женскую консультацию, а одна уходит на пенсию.",
         "Никто не останется на улице."],
        ["— Девяносто километров — это немало, особенно зимой."],
        ["— Летом дорога занимает около полутора часов, зимой бывает и больше.",
         "Поэтому мы настоятельно советуем женщинам не тянуть до последнего и заранее ложиться в палаты "
         "ожидания.",
         "При первых же схватках нужно сразу звонить в скорую, а не ждать утра."],
        ["— А если роды начнутся стремительно?"],
        ["— Отделение не закрывается на замок: в приёмном покое остаются дежурный гинеколог и акушерка.",
         "Принять экстренные роды они смогут, но после этого мать и ребёнка всё равно повезут в Велегорск.",
         "Рисковать жизнями ради красивой отчётности я не готов."],
        ["— Как вы думаете, отделение когда-нибудь откроется снова?"],
        ["— Если в районе снова станут рождаться хотя бы триста детей в год, об этом можно будет говорить.",
         "Пока я такого не вижу, а обещать людям то, чего не могу выполнить, не буду."],
    ]),
    ("D2", "Пресс-релиз министерства здравоохранения Велегорской области, 2 октября 2026 года", [
        ["С первого ноября 2026 года роды у жительниц Берестовского района будут принимать в областном "
         "перинатальном центре в Велегорске.",
         "Родильное отделение Берестовской центральной районной больницы прекращает приём рожениц и будет "
         "перепрофилировано."],
        ["Решение принято в интересах безопасности матерей и новорождённых.",
         "В 2025 году в отделении было принято двести двенадцать родов, а за девять месяцев текущего года — "
         "сто двадцать семь.",
         "При таком числе родов врачам трудно поддерживать необходимые навыки, особенно в экстренных "
         "ситуациях.",
         "Кроме того, с апреля в отделении нет собственного неонатолога, а круглосуточное дежурство "
         "анестезиолога обеспечить не удаётся."],
        ["Областной перинатальный центр находится в девяноста километрах от Берестова и располагает "
         "отделением реанимации новорождённых.",
         "Начиная с тридцать восьмой недели беременные из района смогут заранее и бесплатно разместиться в "
         "палатах ожидания при перинатальном центре.",
         "Для этого в центре подготовлено двенадцать мест."],
        ["Женская консультация Берестовской больницы продолжит работать в прежнем режиме.",
         "В отделении сохраняются пять гинекологических коек, плановые операции будут проводиться, как и "
         "раньше."],
        ["Для перевозки рожениц станция скорой помощи Берестовского района до конца октября получит второй "
         "реанимобиль.",
         "Вызовы к беременным будут обслуживаться в первую очередь.",
         "В сложных случаях из Велегорска будет вылетать вертолёт санитарной авиации."],
        ["Министр здравоохранения области Олег Лаврентьев подчеркнул, что речь не идёт об экономии.",
         "«Все средства, которые тратились на родильное отделение, останутся в Берестовской больнице», — "
         "заявил министр.",
         "По его словам, ни одна акушерка не будет уволена без предложения другой работы."],
        ["Министерство будет ежемесячно публиковать данные о времени доезда скорой помощи до беременных в "
         "районе.",
         "Вопросы можно задать по горячей линии министерства, которая работает по будням с девяти до "
         "восемнадцати часов.",
         "Министерство просит жителей района доверять только официальной информации."],
    ]),
    ("D3", "Выписка из протокола заседания комитета Велегорской областной думы по здравоохранению и "
           "социальной политике, 20 октября 2026 года", [
        ["Заседание вела председатель комитета Нина Ермолаева.",
         "Присутствовали восемь членов комитета, заместитель министра здравоохранения области Светлана "
         "Дроздова, главный врач Берестовской центральной районной больницы Алексей Гордеев, главный врач "
         "областного перинатального центра Инна Белякова и глава Берестовского района Юрий Коротков."],
        ["Светлана Дроздова сообщила, что решение о перепрофилировании родильного отделения согласовано с "
         "федеральным министерством и пересмотру не подлежит.",
         "По её словам, ещё сорок семь жительниц района в прошлом году сами предпочли рожать в Велегорске.",
         "Она добавила, что второй реанимобиль поступит в район не позднее тридцатого октября."],
        ["Инна Белякова сообщила, что перинатальный центр готов принимать до трёхсот дополнительных родов в "
         "год.",
         "Сейчас в палатах ожидания размещены три беременные из Берестовского района.",
         "Белякова подтвердила, что шести акушеркам из Берестова предложена работа в центре, но согласие пока "
         "дали только четыре."],
        ["Глава района Юрий Коротков сообщил, что десятого октября жительница района родила в машине скорой "
         "помощи по дороге в Велегорск.",
         "Мать и ребёнок здоровы, но, по мнению Короткова, такие случаи будут повторяться.",
         "Он напомнил, что в распутицу участок трассы между Берестовом и Ольшанкой бывает почти непроезжим.",
         "Коротков попросил сохранить в Берестове хотя бы круглосуточный пост акушерки с автомобилем."],
        ["Депутат Павел Суханов предложил отложить закрытие отделения до весны, пока не будет отремонтирована "
         "дорога.",
         "Дроздова возразила, что ремонт дорог не входит в полномочия министерства здравоохранения.",
         "Суханов настаивал на своём предложении, но большинство членов комитета его не поддержали."],
        ["Алексей Гордеев заявил, что в приёмном покое больницы круглосуточно остаются дежурный гинеколог и "
         "акушерка.",
         "По его словам, зарплата персонала родильного отделения за ноябрь и декабрь будет выплачена в полном "
         "объёме."],
        ["Комитет решил рекомендовать министерству здравоохранения до первого декабря организовать в "
         "Берестове круглосуточный пост акушерки с автомобилем.",
         "Министерству также рекомендовано ежемесячно представлять комитету данные о времени доезда скорой "
         "помощи до беременных и о числе родов в пути.",
         "Администрации района рекомендовано обеспечить бесплатным транспортом беременных, которые едут в "
         "палаты ожидания."],
        ["Решение принято шестью голосами против двух.",
         "Голосовавшие против депутаты настаивали на сохранении отделения до весны.",
         "Комитет вернётся к этому вопросу в феврале 2027 года."],
    ]),
    ("D4", "Ветка форума «Берестовские мамы» о закрытии роддома, 22–25 октября 2026 года", [
        ["Ксюша_Берестово: Девочки, вы уже слышали, что наш роддом закрывают насовсем?",
         "С первого ноября рожать можно будет только в Велегорске, а это без малого сто двадцать километров.",
         "Я на тридцать шестой неделе и, честно говоря, не понимаю, что мне теперь делать."],
        ["Мама_Тимофея: Закрывают не только роддом, говорят, женскую консультацию тоже уберут.",
         "В министерстве считают, что у нас рожает от силы сотня женщин в год, вот и решили сэкономить.",
         "Для них мы, как всегда, на отшибе, нас и спрашивать незачем."],
        ["Лена_Ольшанка: Скорая у нас одна на весь район, а до Велегорска по нашей дороге часа три, не меньше.",
         "Уже две девочки родили прямо в машине, хорошо хоть все живы.",
         "Я сама рожала в Берестове пять лет назад, и если бы пришлось ехать, точно бы не успела."],
        ["Ксюша_Берестово: А что с акушерками, кто-нибудь знает?",
         "Моя соседка там работала, так вот их всех уволили и никакой работы не предложили."],
        ["Наталья_Ивановна: Я была на заседании в думе, там депутаты всё единогласно одобрили и разошлись.",
         "Суханов, правда, пытался что-то сказать про дорогу, но его никто не слушал.",
         "Зато нам пообещали, что весной отделение, скорее всего, откроют снова."],
        ["Мама_Тимофея: Про палаты ожидания в Велегорске тоже не обольщайтесь.",
         "Мест там всего пять, и за проживание, насколько я знаю, придётся платить.",
         "А кто две недели будет сидеть с моими старшими, министр, что ли?"],
        ["Лена_Ольшанка: Давайте напишем коллективное обращение губернатору, пока не поздно.",
         "Чем больше нас подпишется, тем труднее будет от нас отмахнуться.",
         "Ссылку на текст выложу сегодня вечером."],
    ]),
]

# 15 unrelated sentences in the same registers (hospital and district news, an interview, a ministry
# press office, a committee, a forum post); they are in no document.
UNRELATED = [
    "В поликлинике Берестова после ремонта открылся кабинет функциональной диагностики.",
    "Министерство здравоохранения напоминает, что прививочная кампания против гриппа продлится до конца "
    "ноября.",
    "— Какие у вас планы на летний сезон?",
    "— Хотим перекрыть крышу и наконец открыть вторую площадку для детей.",
    "Пресс-служба областной думы сообщает, что депутаты одобрили поправки в закон о содержании бездомных "
    "животных.",
    "Комитет рассмотрел обращение жителей о продлении маршрута школьного автобуса.",
    "Вопрос о ремонте спортивного зала перенесён на следующее заседание.",
    "Девочки, подскажите хорошего детского стоматолога в Велегорске, желательно недорогого.",
    "Отдам коляску в хорошем состоянии, самовывоз из центра.",
    "В районном доме культуры прошёл концерт ко Дню учителя.",
    "В библиотеке Берестова открылась выставка детских рисунков.",
    "Областная больница получила новый аппарат магнитно-резонансной томографии.",
    "Ветеринарная служба района проводит бесплатную вакцинацию собак от бешенства.",
    "Кто знает, во сколько завтра открывается рынок?",
    "Школьная команда из Берестова победила в областном турнире по волейболу.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_06"],
     "When fewer than one baby a day is born on a ward, the doctors gradually lose their touch, and in "
     "childbirth every minute counts.",
     "Quand il naît moins d'un enfant par jour dans un service, les médecins perdent peu à peu la main, et "
     "lors d'un accouchement, chaque minute compte.",
     "faithful; теряют руку (idiom) = lose their touch / perdent la main; всё решают минуты = every minute "
     "counts / chaque minute compte, idiom for idiom; contains the term of q38", None),
    ("q02", S, F, "", ["d2_04"],
     "The ward handled 212 births in 2025 and 127 in the first nine months of this year.",
     "En 2025, le service a pris en charge deux cent douze accouchements, et cent vingt-sept au cours des "
     "neuf premiers mois de l'année en cours.",
     "faithful; passive turned active; numbers as digits in en, words in fr; near-miss d4_05 says at "
     "most a hundred a year", None),
    ("q03", S, F, "", ["d2_07"],
     "The regional perinatal centre, which has a neonatal intensive care unit, is ninety kilometres from "
     "Berestovo.",
     "Le centre périnatal régional, situé à 90 km de Berestovo, dispose d'un service de réanimation "
     "néonatale.",
     "faithful; clauses reordered; девяноста километрах = ninety kilometres / 90 km; от Берестова "
     "(genitive) = from Berestovo; near-miss d4_02 says almost 120 km; contains the term of q40", None),
    ("q04", S, F, "", ["d2_17"],
     "He said any midwife who is laid off will first be offered another job.",
     "Selon lui, aucune sage-femme ne serait licenciée sans qu'on lui ait proposé un autre emploi.",
     "faithful; ни одна ... не будет уволена без предложения (double negation) = any midwife who is laid "
     "off will first be offered (positive in en); French conditional for reported speech (по его словам); "
     "near-miss d4_11 says all were fired with no offer", None),
    ("q05", S, F, "", ["d3_10"],
     "Mother and baby are doing well, but in Korotkov's view there will be more cases like this.",
     "La mère et l'enfant se portent bien, mais selon Korotkov, ce genre de cas va se reproduire.",
     "faithful; hedge по мнению Короткова kept as in Korotkov's view / selon Korotkov; Короткова "
     "(genitive) = Korotkov", None),
    ("q06", S, F, "", ["d3_14"],
     "Drozdova objected that road repairs are not within the health ministry's remit.",
     "Drozdova a objecté que la réfection des routes ne relevait pas de la compétence du ministère de la "
     "Santé.",
     "faithful; не входит в полномочия = not within the remit / ne relevait pas de la compétence", None),
    ("q07", S, F, "", ["d1_16"],
     "Nobody will be left out in the cold.",
     "Personne ne restera sur le carreau.",
     "faithful; не останется на улице (literally will not be left on the street) = left out in the cold / "
     "rester sur le carreau, idiom for idiom; near-miss d4_11", None),
    ("q08", S, F, "", ["d1_11"],
     "I can't keep people working twenty-four-hour shifts every other day and pretend everything is fine.",
     "Je ne peux pas faire travailler les gens vingt-quatre heures sur quarante-huit et faire comme si de "
     "rien n'était.",
     "faithful; сутки через сутки = twenty-four-hour shifts every other day / vingt-quatre heures sur "
     "quarante-huit; делать вид, что всё в порядке = pretend everything is fine / faire comme si de rien "
     "n'était (idiom)", None),
    ("q09", S, F, "", ["d4_08"],
     "Two girls have already given birth right there in the ambulance; at least everyone's alive, thank "
     "goodness.",
     "Deux filles ont déjà accouché carrément dans l'ambulance, heureusement que tout le monde est vivant.",
     "faithful rendering of the near-miss sentence d4_08 (D3 d3_09 reports one birth in an ambulance); "
     "в машине = in the ambulance", None),
    ("q10", S, F, "", ["d4_14"],
     "But we were promised that the ward would most likely reopen in the spring.",
     "En revanche, on nous a promis que le service rouvrirait très probablement au printemps.",
     "faithful rendering of the near-miss sentence d4_14 (D1 d1_26-d1_27 promise nothing); hedge скорее "
     "всего kept as most likely / très probablement", None),
    ("q11", S, F, "", ["d4_19"],
     "The more of us sign, the harder it will be for them to brush us off.",
     "Plus nous serons nombreux à signer, plus il leur sera difficile de nous ignorer.",
     "faithful; D4's own sentence; impersonal будет трудно given a subject (them / leur); отмахнуться = "
     "brush off", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_04", "d1_05"],
     "I'll be honest: it doesn't make me happy. But it's hard to argue with the numbers.",
     "Je serai franc : cette décision ne me réjouit pas. Mais il est difficile de contester les chiffres.",
     "faithful; радости не вызывает = doesn't make me happy / ne me réjouit pas", None),
    ("q13", L, F, "", ["d1_13", "d1_14"],
     "The ward has nine midwives. Six of them have been offered jobs in Velegorsk by the perinatal centre, "
     "and a staff bus will take them there.",
     "Le service compte neuf sages-femmes. Le centre périnatal a proposé à six d'entre elles un poste à "
     "Velegorsk, et un bus de service les y emmènera.",
     "faithful; active turned passive in en; в Велегорске = in Velegorsk; near-miss d4_11 says all were "
     "fired with no offer", None),
    ("q14", L, F, "", ["d2_08", "d2_09"],
     "From the 38th week of pregnancy, expectant mothers from the district will be able to move into "
     "waiting rooms at the perinatal centre ahead of time and free of charge. Twelve places have been set "
     "aside for this.",
     "Dès la trente-huitième semaine, les femmes enceintes du district pourront s'installer à l'avance et "
     "gratuitement dans des chambres d'attente du centre périnatal. Douze places ont été préparées à cet "
     "effet.",
     "faithful; тридцать восьмой = 38th / trente-huitième; палаты ожидания = waiting rooms / chambres "
     "d'attente; near-miss d4_16 says only five places, to be paid for", None),
    ("q15", L, F, "", ["d2_14", "d2_15"],
     "In complicated cases, an air ambulance helicopter will fly out from Velegorsk. Regional Health "
     "Minister Oleg Lavrentyev stressed that this is not about saving money.",
     "Dans les cas graves, un hélicoptère de l'aviation sanitaire décollera de Velegorsk. Le ministre "
     "régional de la Santé, Oleg Lavrentiev, a souligné qu'il ne s'agissait pas de faire des économies.",
     "faithful; spans a paragraph break (d2_14 | d2_15); из Велегорска = from Velegorsk; near-miss d4_05 "
     "says the aim is to save money", None),
    ("q16", L, F, "", ["d3_12", "d3_13"],
     "Korotkov asked that Berestovo keep at least a round-the-clock midwife post with a car. Deputy Pavel "
     "Sukhanov proposed putting off the closure of the ward until spring, until the road has been "
     "repaired.",
     "Korotkov a demandé qu'on maintienne au moins à Berestovo une permanence de sage-femme 24 heures sur "
     "24, avec un véhicule. Le député Pavel Soukhanov a proposé de reporter la fermeture du service au "
     "printemps, le temps que la route soit réparée.",
     "faithful; spans a paragraph break (d3_12 | d3_13); в Берестове = Berestovo (as subject in en); "
     "хотя бы kept as at least / au moins; круглосуточный = round-the-clock / 24 heures sur 24", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_08", "d1_09", "d1_10"],
     "We spent two years looking for them. Two of our three obstetrician-gynaecologists are of retirement "
     "age, and our neonatologist left back in April. Young specialists won't come to the district, not "
     "even for a one-million-rouble relocation bonus.",
     "Nous en avons cherché pendant deux ans. Sur nos trois gynécologues-obstétriciens, deux ont l'âge de "
     "la retraite, et notre néonatologiste est partie dès le mois d'avril. Les jeunes médecins ne viennent "
     "pas dans le district, même avec une prime d'installation d'un million de roubles.",
     "faithful; clauses reordered; подъёмные в миллион рублей = a one-million-rouble relocation bonus / "
     "une prime d'installation d'un million de roubles", None),
    ("q18", L, F, "", ["d2_01", "d2_02", "d2_03"],
     "From 1 November 2026, women from the Berestovo district will give birth at the regional perinatal "
     "centre in Velegorsk. The maternity ward of Berestovo Central District Hospital will stop admitting "
     "women in labour and will be repurposed. The decision was taken in the interests of the safety of "
     "mothers and newborns.",
     "À compter du 1er novembre 2026, les accouchements des habitantes du district de Berestovo auront lieu "
     "au centre périnatal régional de Velegorsk. La maternité de l'hôpital central du district de "
     "Berestovo cesse d'accueillir les parturientes et sera reconvertie. Cette décision a été prise dans "
     "l'intérêt de la sécurité des mères et des nouveau-nés.",
     "faithful; spans a paragraph break (d2_01, d2_02 | d2_03); impersonal роды будут принимать turned "
     "into women will give birth in en; первого ноября = 1 November / 1er novembre", None),
    ("q19", L, F, "", ["d2_10", "d2_11", "d2_12"],
     "The antenatal clinic at Berestovo hospital will keep working as before. Five gynaecology beds are "
     "being kept on the ward, and planned operations will go ahead as usual. By the end of October the "
     "Berestovo district ambulance station will get a second intensive-care ambulance for transporting "
     "women in labour.",
     "La consultation prénatale de l'hôpital de Berestovo continuera de fonctionner normalement. Le service "
     "conserve cinq lits de gynécologie, et les opérations programmées seront toujours assurées. D'ici fin "
     "octobre, la station d'ambulances du district de Berestovo recevra une deuxième ambulance de "
     "réanimation pour le transport des parturientes.",
     "faithful; spans a paragraph break (d2_10, d2_11 | d2_12); clauses reordered; near-miss d4_04 says "
     "the clinic closes too, d4_07 says one ambulance for the district; contains the term of q41", None),
    ("q20", L, F, "", ["d3_05", "d3_06", "d3_07", "d3_08"],
     "She added that the second intensive-care ambulance would reach the district no later than 30 "
     "October. Inna Belyakova said the perinatal centre was ready to take up to three hundred extra births "
     "a year. Three expectant mothers from the Berestovo district are currently staying in the waiting "
     "rooms. Belyakova confirmed that six midwives from Berestovo had been offered work at the centre, but "
     "only four had accepted so far.",
     "Elle a ajouté que la deuxième ambulance de réanimation arriverait dans le district au plus tard le "
     "30 octobre. Selon Inna Beliakova, le centre périnatal serait prêt à accueillir jusqu'à 300 "
     "accouchements supplémentaires par an. Trois femmes enceintes du district de Berestovo séjournent "
     "actuellement dans les chambres d'attente. Inna Beliakova a confirmé que six sages-femmes de "
     "Berestovo s'étaient vu proposer un poste au centre, mais que seules quatre avaient accepté pour "
     "l'instant.",
     "faithful; spans a paragraph break (d3_05 | d3_06, d3_07, d3_08); тридцатого октября = 30 October / "
     "30 octobre; трёхсот = three hundred / 300; French conditional for reported speech; шести акушеркам "
     "(dative) = six midwives; near-miss d4_11", None),
    ("q21", L, F, "", ["d2_18", "d2_20"],
     "The ministry will publish monthly figures on how long ambulances take to reach pregnant women in the "
     "district. (…) The ministry asks the district's residents to trust official information only.",
     "Le ministère publiera chaque mois les délais d'intervention des ambulances auprès des femmes enceintes "
     "du district. (…) Le ministère demande aux habitants du district de ne se fier qu'aux informations "
     "officielles.",
     "faithful; ellipsis (…) skips d2_19 (the hotline); только = only / ne ... que", None),
    ("q22", L, F, "", ["d1_22", "d1_24"],
     "The ward isn't being padlocked: a duty gynaecologist and a midwife stay on in the admissions unit. "
     "[…] I'm not prepared to gamble with lives for the sake of nice-looking statistics.",
     "Le service ne ferme pas ses portes : un gynécologue et une sage-femme de garde restent à l'accueil "
     "des urgences. […] Je ne suis pas prêt à jouer avec des vies pour de belles statistiques.",
     "faithful; ellipsis […] skips d1_23 (emergency births, then transfer to Velegorsk); не закрывается "
     "на замок (idiom) = isn't being padlocked / ne ferme pas ses portes; красивой отчётности = "
     "nice-looking statistics / de belles statistiques", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_04"],
     "According to her, another fifty-seven women from the district chose of their own accord to give "
     "birth in Velegorsk last year.",
     "Selon elle, cinquante-sept autres habitantes du district auraient choisi d'elles-mêmes d'accoucher à "
     "Velegorsk l'an dernier.",
     "drifted (numbers): сорок семь (47) → fifty-seven / cinquante-sept; the rest faithful", None),
    ("q24", S, D, "names", ["d3_11"],
     "He pointed out that in the mud season the stretch of road between Berestovo and Olkhovka can become "
     "all but impassable.",
     "Il a rappelé qu'à la saison des boues, le tronçon de route entre Berestovo et Olkhovka devient "
     "parfois presque impraticable.",
     "drifted (names): the village Ольшанка (Olshanka) → Olkhovka; Berestovo kept; the rest faithful",
     None),
    ("q25", S, D, "negation", ["d3_15"],
     "Sukhanov stood by his proposal, but most members of the committee did not oppose it.",
     "Soukhanov a maintenu sa proposition, mais la plupart des membres de la commission ne s'y sont pas "
     "opposés.",
     "drifted (negation reversal): его не поддержали (did not support it) → did not oppose it / ne s'y "
     "sont pas opposés; большинство (most) kept", None),
    ("q26", S, D, "hedge", ["d2_13"],
     "Calls to pregnant women should generally be handled first.",
     "Les appels concernant des femmes enceintes devraient en principe être traités en priorité.",
     "drifted (hedge added): stated as fact (будут обслуживаться в первую очередь) → should generally / "
     "devraient en principe", None),
    ("q27", S, D, "hedge", ["d1_26"],
     "If at least three hundred babies a year are born in the district again, the ward will reopen.",
     "Si le district retrouve au moins trois cents naissances par an, la maternité rouvrira.",
     "drifted (hedge dropped): об этом можно будет говорить (it can be discussed) → the ward will reopen "
     "/ la maternité rouvrira; the condition and триста (300) kept", None),
    ("q28", S, D, "quantifier", ["d2_16"],
     "\"Most of the money that was spent on the maternity ward will stay at Berestovo hospital,\" the "
     "minister said.",
     "« L'essentiel des fonds consacrés à la maternité restera à l'hôpital de Berestovo », a déclaré le "
     "ministre.",
     "drifted (quantifier): Все средства (all the money) → most of the money / l'essentiel des fonds; the "
     "rest faithful", None),
    ("q29", S, D, "omission", ["d3_20"],
     "The district administration was advised to provide free transport for expectant mothers.",
     "Il a été recommandé à l'administration du district d'assurer un transport gratuit aux femmes "
     "enceintes.",
     "drifted (omission of a restriction): the relative clause «которые едут в палаты ожидания» (who are "
     "going to the waiting rooms) is dropped, so free transport reads as for all pregnant women", None),
    ("q30", S, D, "addition", ["d3_19"],
     "The ministry was also advised to report to the committee every month on ambulance response times to "
     "pregnant women, on the number of births on the road and on the occupancy of the waiting rooms.",
     "Il a également été recommandé au ministère de communiquer chaque mois à la commission les délais "
     "d'intervention des ambulances auprès des femmes enceintes, le nombre d'accouchements en route et le "
     "taux d'occupation des chambres d'attente.",
     "drifted (addition of a list item): \"the occupancy of the waiting rooms\" / \"le taux d'occupation "
     "des chambres d'attente\" added to the list of figures to report", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_21", "d3_22", "d3_23"],
     "The decision was adopted by seven votes to two. The deputies who voted against had pressed for the "
     "ward to stay open until spring. The committee will return to the matter in February 2027.",
     "La décision a été adoptée par 7 voix contre 2. Les députés qui ont voté contre ont plaidé pour le "
     "maintien du service jusqu'au printemps. La commission reviendra sur la question en février 2027.",
     "drifted (numbers) in sentence 1: шестью голосами против двух (six votes to two) → seven votes to "
     "two / 7 voix contre 2; sentences 2 and 3 faithful (February 2027 kept); near-miss d4_12 says "
     "unanimously", None),
    ("q32", L, D, "omission", ["d1_18", "d1_19", "d1_20"],
     "In summer the drive takes about an hour and a half, and in winter it can take longer. That's why we "
     "strongly advise women not to leave it to the last minute. At the very first contractions, call an "
     "ambulance straight away instead of waiting for the morning.",
     "L'été, le trajet prend environ une heure et demie, et l'hiver, il peut durer davantage. C'est "
     "pourquoi nous conseillons vivement aux femmes de ne pas attendre le dernier moment. Dès les "
     "premières contractions, il faut appeler tout de suite une ambulance au lieu d'attendre le matin.",
     "drifted (omission of a clause) in sentence 2: «и заранее ложиться в палаты ожидания» (and to check "
     "into the waiting rooms ahead of time) is dropped; sentences 1 and 3 faithful; около полутора часов "
     "kept as about an hour and a half; near-miss d4_07 says three hours", None),
    ("q33", L, D, "negation", ["d3_01", "d3_02", "d3_03"],
     "The meeting was chaired by the committee chair, Nina Yermolayeva. Present were eight committee "
     "members, Deputy Regional Health Minister Svetlana Drozdova, the chief doctor of Berestovo Central "
     "District Hospital Alexei Gordeyev, the chief doctor of the regional perinatal centre Inna Belyakova "
     "and the head of the Berestovo district Yuri Korotkov. Svetlana Drozdova said the decision to "
     "repurpose the maternity ward had been agreed with the federal ministry and was still open to review.",
     "La séance était présidée par la présidente de la commission, Nina Iermolaïeva. Étaient présents huit "
     "membres de la commission, la vice-ministre régionale de la Santé Svetlana Drozdova, le médecin-chef "
     "de l'hôpital central du district de Berestovo Alexeï Gordeïev, la médecin-cheffe du centre "
     "périnatal régional Inna Beliakova et le chef du district de Berestovo, Iouri Korotkov. Svetlana "
     "Drozdova a indiqué que la décision de reconvertir la maternité avait été validée par le ministère "
     "fédéral et pouvait encore être réexaminée.",
     "drifted (negation reversal) in sentence 3: пересмотру не подлежит (is not subject to review) → was "
     "still open to review / pouvait encore être réexaminée; sentences 1 and 2 faithful; spans a "
     "paragraph break (d3_01, d3_02 | d3_03)", None),
    # partial
    ("q34", L, P, "", ["d4_09"],
     "My sister-in-law had to give birth at home last winter because the ambulance couldn't get through "
     "the snow. I had my own baby in Berestovo five years ago, and if I'd had to make the trip, I'd never "
     "have made it in time.",
     "L'hiver dernier, ma belle-sœur a dû accoucher à la maison parce que l'ambulance n'arrivait pas à "
     "passer dans la neige. Moi-même, j'ai accouché à Berestovo il y a cinq ans, et si j'avais dû faire la "
     "route, je ne serais jamais arrivée à temps.",
     "partial: the first sentence (a sister-in-law's home birth in the snow) is in no source; the second "
     "is faithful to d4_09", None),
    ("q35", L, P, "", ["d3_16", "d3_17"],
     "Alexei Gordeyev said a duty gynaecologist and a midwife would remain in the hospital's admissions "
     "unit around the clock. He said obstetricians from the perinatal centre would take turns covering "
     "weekend shifts in Berestovo. According to him, the maternity ward staff will be paid their salaries "
     "in full for November and December.",
     "Alexeï Gordeïev a déclaré qu'un gynécologue et une sage-femme de garde resteraient 24 heures sur 24 "
     "à l'accueil des urgences de l'hôpital. Il a précisé que des obstétriciens du centre périnatal "
     "assureraient à tour de rôle les gardes du week-end à Berestovo. Selon lui, le personnel de la "
     "maternité percevrait l'intégralité de son salaire pour novembre et décembre.",
     "partial: the middle sentence (perinatal centre obstetricians covering weekend shifts) is in no "
     "source; sentences 1 and 3 faithful to d3_16 and d3_17", None),
    ("q36", L, P, "", ["d2_05", "d2_06"],
     "With so few births, it is hard for doctors to keep up the necessary skills, especially in "
     "emergencies. Moreover, the ward has had no neonatologist of its own since April, and round-the-clock "
     "anaesthetist cover cannot be guaranteed. The ministry has asked the regional medical university to "
     "send final-year trainees to the district from January.",
     "Avec si peu d'accouchements, les médecins ont du mal à entretenir les compétences nécessaires, "
     "surtout dans les situations d'urgence. En outre, le service n'a plus de néonatologiste attitré depuis "
     "avril, et il n'est pas possible d'assurer une garde d'anesthésiste 24 heures sur 24. Le ministère a "
     "demandé à l'université de médecine régionale d'envoyer des internes en fin de cursus dans le "
     "district dès janvier.",
     "partial: the last sentence (trainees from the medical university) is in no source; the real next "
     "sentence, d2_07, is about the perinatal centre; the first two are faithful to d2_05 and d2_06",
     None),
    # terms
    ("q37", TM, T, "", ["d1_01"], "maternity ward", "service de maternité",
     "term «родильное отделение» (nominative)", None),
    ("q38", TM, T, "", ["d1_06"], "lose their touch", "perdent la main",
     "term «теряют руку» (present plural; literally lose the hand), idiom by idiom", None),
    ("q39", TM, T, "", ["d1_15"], "antenatal clinic", "consultation prénatale",
     "term «женскую консультацию» (accusative; literally women's consultation)", None),
    ("q40", TM, T, "", ["d2_07"], "neonatal intensive care", "réanimation néonatale",
     "term «реанимации новорождённых» (genitive; literally resuscitation of newborns)", None),
    ("q41", TM, T, "", ["d2_12"], "intensive-care ambulance", "ambulance de réanimation",
     "term «реанимобиль» (one Russian word, nominative)", None),
    ("q42", TM, T, "", ["d4_06"], "off the map", "à l'écart",
     "term «на отшибе» (literally at a remove, out of the way), idiom in en", None),
    # absent
    ("q43", S, A, "", [],
     "The ministry will pay expectant mothers from the Berestovo district a travel allowance of 5,000 "
     "roubles.",
     "Le ministère versera aux femmes enceintes du district de Berestovo une indemnité de transport de "
     "cinq mille roubles.",
     "absent: no document mentions a travel allowance; resembles d3_20 and d2_08",
     "Беременным из Берестовского района министерство будет выплачивать компенсацию на дорогу в размере "
     "пяти тысяч рублей."),
    ("q44", S, A, "", [],
     "Gordeyev said the hospital would keep the delivery room equipment in case the ward reopens.",
     "Selon Gordeïev, l'hôpital conserverait l'équipement de la salle d'accouchement au cas où le service "
     "rouvrirait.",
     "absent: Gordeyev says nothing of the equipment; resembles d1_22 and d1_26 (French conditional for "
     "reported speech)",
     "Гордеев сообщил, что больница сохранит оборудование родильного зала на случай, если отделение "
     "откроется снова."),
    ("q45", S, A, "", [],
     "The committee asked the regional road agency to repair the stretch between Berestovo and Olshanka "
     "before winter.",
     "La commission a demandé à l'agence régionale des routes de réparer le tronçon entre Berestovo et "
     "Olchanka avant l'hiver.",
     "absent: the minutes record no such request; resembles d3_11, d3_13 and d3_18",
     "Комитет попросил областное дорожное управление до зимы отремонтировать участок между Берестовом и "
     "Ольшанкой."),
    ("q46", S, A, "", [],
     "The perinatal centre will open a consulting room in Berestovo where its doctors will see patients "
     "twice a month.",
     "Le centre périnatal ouvrira à Berestovo un cabinet où ses médecins recevront des patientes deux fois "
     "par mois.",
     "absent: no document promises this; resembles d3_06 and d2_10",
     "Перинатальный центр откроет в Берестове кабинет, где его врачи будут принимать пациенток дважды в "
     "месяц."),
    ("q47", S, A, "", [],
     "According to Belyakova, the helicopter has already flown to the district three times since the "
     "start of the year.",
     "Selon Beliakova, l'hélicoptère se serait déjà rendu trois fois dans le district depuis le début de "
     "l'année.",
     "absent: no document counts helicopter flights; resembles d2_14 and d3_06 (French conditional for "
     "hearsay)",
     "По словам Беляковой, с начала года вертолёт уже трижды вылетал в район."),
    ("q48", L, A, "", [],
     "More than 1,200 residents have signed the open letter to the governor. It will be handed to the "
     "regional government next Monday.",
     "Plus de mille deux cents habitants ont signé la lettre ouverte au gouverneur. Elle sera remise au "
     "gouvernement régional lundi prochain.",
     "absent (2 sentences): no signatures or delivery date are mentioned; resembles d4_18, d4_19 and d4_20",
     "Открытое письмо губернатору подписали более тысячи двухсот жителей района. В понедельник его "
     "передадут в правительство области."),
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
