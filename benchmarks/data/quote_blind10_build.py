"""Build the blind quotation set quote_blind10 from one table (standard library only).

Story: a regional airline, Olkhovsk Airlines, stops flying four of its eleven routes after the
regional subsidy is cut. Four Russian source documents (D1 interview, D2 ministry statement,
D3 committee minutes, D4 a resident's social-media post, the near-miss document) and 48 English /
French quotations. Sentence ids (d1_04) are defined here: they number the sentences of each
document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind10_build.py

writes quote_blind10.tsv, quote_blind10_labels.tsv, quote_blind10_sources.ru.txt and
quote_blind10_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind10"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью генерального директора авиакомпании «Ольховские авиалинии» Марины Сорокиной "
           "газете «Ольховская правда», 5 марта 2026 года", [
        ["Третьего марта авиакомпания «Ольховские авиалинии» объявила, что с первого апреля прекращает "
         "полёты по четырём из одиннадцати своих маршрутов.",
         "Генеральный директор компании Марина Сорокина рассказала нашей газете, почему было принято "
         "такое решение."],
        ["— Марина Викторовна, почему именно сейчас?"],
        ["— Решение назревало давно, но последней каплей стало сокращение областной субсидии.",
         "На этот год нам выделили сто девяносто миллионов рублей вместо трёхсот двадцати.",
         "Такую дыру никакими внутренними резервами не закроешь."],
        ["— Какие направления закрываются?"],
        ["— Светлогорье, Малая Тура, Старица и Красный Бор.",
         "Все четыре давно входят в число убыточных направлений: в прошлом году самолёты уходили туда "
         "в среднем заполненными меньше чем наполовину.",
         "Без субсидии билет до Малой Туры стоил бы около восемнадцати тысяч рублей, а сейчас пассажир "
         "платит шесть тысяч четыреста."],
        ["— Сколько людей пользовались этими рейсами?"],
        ["— В прошлом году на этих четырёх маршрутах мы перевезли около двадцати трёх тысяч пассажиров.",
         "Цифра небольшая, но для жителей Малой Туры самолёт большую часть года остаётся единственной "
         "связью с областным центром.",
         "Я это прекрасно понимаю и не стану делать вид, что решение далось нам легко."],
        ["— Что будет с сотрудниками?"],
        ["— Сокращение коснётся шестидесяти двух человек.",
         "Всем четырнадцати пилотам этих рейсов мы предложили перейти на оставшиеся маршруты, и двенадцать "
         "уже согласились.",
         "Остальным сотрудникам выплатим компенсацию в размере трёх окладов.",
         "Никого не уволят одним днём: у людей есть два месяца, чтобы найти новую работу."],
        ["— Говорят, дело не только в деньгах, но и в самолётах."],
        ["— Отчасти это правда.",
         "Средний возраст наших Ан-24 — тридцать восемь лет, и два из четырёх требуют капитального ремонта.",
         "Ремонт одного самолёта обойдётся примерно в сорок миллионов рублей, а таких денег у компании "
         "сейчас нет.",
         "Но летать на неисправной технике мы не будем ни при каких обстоятельствах."],
        ["— Есть ли шанс, что рейсы вернутся?"],
        ["— Если область найдёт деньги хотя бы на два направления, мы готовы возобновить полёты в течение "
         "месяца.",
         "Первой я бы вернула Малую Туру, потому что круглогодичной дороги туда нет.",
         "Мы не уходим из региона, мы пытаемся в нём выжить."],
    ]),
    ("D2", "Заявление министерства транспорта Ольховской области, 4 марта 2026 года", [
        ["Министерство транспорта Ольховской области получило от АО «Ольховские авиалинии» уведомление о "
         "прекращении с первого апреля полётов по четырём маршрутам.",
         "Министерство считает это решение преждевременным и сожалеет, что авиакомпания заранее не обсудила "
         "его с правительством области."],
        ["Объём субсидии на региональные авиаперевозки в 2026 году действительно сокращён.",
         "Это связано со снижением доходов областного бюджета, а не с отношением к авиакомпании.",
         "В 2025 году на поддержку авиаперевозок из областного бюджета было направлено триста двадцать "
         "миллионов рублей, на 2026 год предусмотрено сто девяносто миллионов."],
        ["Министерство понимает, что для ряда населённых пунктов воздушный мост с областным центром ничем "
         "не заменить.",
         "Прежде всего это касается Малой Туры, куда автомобильная дорога действует только зимой, с декабря "
         "по март.",
         "Министерство ведёт переговоры с другими перевозчиками о том, чтобы рейсы в Малую Туру выполнялись "
         "не реже двух раз в неделю."],
        ["Решение авиакомпании не затрагивает полёты санитарной авиации.",
         "Экстренная эвакуация больных из всех районов области будет выполняться в прежнем режиме."],
        ["Министр транспорта Аркадий Белозёров поручил подготовить заявку на федеральное софинансирование "
         "региональных авиаперевозок.",
         "В случае положительного решения средства могут поступить не раньше лета.",
         "Министр также попросил авиакомпанию отложить закрытие маршрутов хотя бы до конца мая."],
        ["Авиакомпания обязана вернуть полную стоимость билетов пассажирам, которые уже купили их на рейсы "
         "после первого апреля.",
         "Министерство проследит за тем, чтобы деньги возвращались без задержек.",
         "Вопросы можно задать по горячей линии министерства, которая работает ежедневно с восьми до "
         "двадцати часов."],
        ["Министерство призывает жителей не доверять слухам о полном прекращении авиасообщения в области.",
         "Семь из одиннадцати маршрутов авиакомпании продолжат работать по прежнему расписанию.",
         "Цены на билеты по этим маршрутам в текущем году не изменятся."],
    ]),
    ("D3", "Выписка из протокола заседания комитета Законодательного собрания Ольховской области по "
           "транспорту и связи, 10 марта 2026 года", [
        ["Заседание вела председатель комитета Надежда Колесникова.",
         "Присутствовали девять членов комитета, первый заместитель министра транспорта области Глеб Рудаков, "
         "финансовый директор АО «Ольховские авиалинии» Степан Уваров и глава Малотуринского района "
         "Елена Гусева."],
        ["Степан Уваров сообщил, что в 2025 году убыток авиакомпании на четырёх закрываемых маршрутах "
         "составил сто двенадцать миллионов рублей.",
         "По его словам, коэффициент загрузки на этих маршрутах в среднем составил сорок один процент, тогда "
         "как точка безубыточности находится на уровне около семидесяти процентов.",
         "Уваров подтвердил, что один из двух самолётов, нуждающихся в капитальном ремонте, может вернуться "
         "в строй к осени, если компания получит кредит.",
         "Он добавил, что министерство не предлагало авиакомпании искать решение совместно."],
        ["Выступила глава Малотуринского района Елена Гусева.",
         "Она сообщила, что в Малой Туре живут около девяти тысяч человек, из них более полутора тысяч "
         "пенсионеров.",
         "Ближайшая больница, где проводят гемодиализ, находится в Ольховске, и двенадцать жителей района "
         "летают туда на процедуры каждую неделю.",
         "По словам Гусевой, без авиасообщения район с апреля по ноябрь окажется отрезан от областного "
         "центра."],
        ["Глеб Рудаков сообщил, что министерство ведёт переговоры с двумя перевозчиками, но ни один из них "
         "пока не дал согласия.",
         "По его оценке, чтобы сохранить рейсы в Малую Туру и Красный Бор до конца года, потребуется около "
         "шестидесяти миллионов рублей.",
         "Рудаков не исключил, что часть этой суммы удастся найти за счёт перераспределения средств "
         "дорожного фонда.",
         "Он подчеркнул, что полёты санитарной авиации в Малую Туру сохраняются в полном объёме."],
        ["Депутат Фёдор Мирошников предложил обязать авиакомпанию сохранить все маршруты до конца года.",
         "Председатель комитета возразила, что законных оснований для такого требования у комитета нет.",
         "Мирошников настаивал на своём предложении, но другие члены комитета его не поддержали."],
        ["Комитет решил рекомендовать министерству транспорта до первого мая изыскать средства на "
         "сохранение рейсов в Малую Туру и Красный Бор.",
         "Авиакомпании рекомендовано отложить прекращение полётов по этим двум направлениям до первого "
         "июня, а до тех пор сохранить на них действующие цены на билеты.",
         "Министерству также рекомендовано проверить, как авиакомпания расходовала субсидию в 2025 году."],
        ["Решение принято семью голосами против двух.",
         "Депутаты, голосовавшие против, считают рекомендации комитета недостаточными.",
         "Следующее заседание комитета по этому вопросу назначено на седьмое апреля."],
    ]),
    ("D4", "Пост жительницы Малой Туры Анны Тихомировой в социальной сети, 12 марта 2026 года", [
        ["Ну вот и всё, дорогие мои.",
         "С апреля самолёты в Малую Туру летать больше не будут.",
         "Для Ольховска мы, видимо, всегда были медвежьим углом, а теперь это решили закрепить официально."],
        ["Авиакомпания закрывает чуть ли не половину своих маршрутов.",
         "Субсидию ей урезали вдвое, так что билет теперь будет стоить тысяч двадцать, если вообще кто-то "
         "полетит.",
         "Говорят, самолётам уже под пятьдесят лет, так что летать на них всё равно страшно."],
        ["Я шестнадцать лет работаю учительницей в нашей школе.",
         "Каждые каникулы я вожу маму в Ольховск к кардиологу, и летом на машине туда просто не доехать.",
         "Дороги у нас нет вообще, ни зимой, ни летом."],
        ["Рейсы к нам всегда были битком, я ни разу не видела в салоне свободного места.",
         "Министерство, по слухам, пообещало вернуть самолёты уже к маю.",
         "А сотрудников авиакомпании, говорят, увольняют всех до одного."],
        ["В Ольховске собрались депутаты, всё обсудили и единогласно решили что-то рекомендовать.",
         "Рекомендации, конечно, очень помогут бабушке, которой три раза в неделю нужно на диализ.",
         "У нас человек тридцать летают на диализ, и никто до сих пор не объяснил им, как теперь быть."],
        ["Я не прошу чудес.",
         "Пусть летает хоть маленький самолёт, хоть раз в неделю.",
         "Мы согласны платить больше, только не оставляйте нас без связи с миром.",
         "Пожалуйста, сделайте репост, пусть в Ольховске хотя бы узнают, что мы существуем.",
         "Может быть, тогда кто-нибудь нас услышит."],
    ]),
]

# 15 unrelated sentences in the same registers (aviation / town news, an interview, a press office,
# a committee, a social-media post); they are in no document.
UNRELATED = [
    "В аэропорту Ольховска завершилась реконструкция зала ожидания, на которую ушло полтора года.",
    "Новый зал рассчитан на четыреста пассажиров в час и оборудован детской комнатой.",
    "— Как вы пришли в профессию?",
    "— Меня с детства тянуло к технике, а отец всю жизнь проработал механиком в депо.",
    "Пресс-служба министерства сообщает, что ремонт моста через реку Ключевую завершится в октябре.",
    "Министерство напоминает, что льготные проездные для школьников можно оформить до конца месяца.",
    "Комиссия рассмотрела обращение жителей посёлка Заречный о переносе автобусной остановки.",
    "Вопрос о тарифах на вывоз мусора перенесён на следующее заседание.",
    "Голосование по проекту бюджета отложено до получения заключения финансового управления.",
    "Сегодня у нас в посёлке наконец открыли новую пекарню, и очередь стояла с самого утра!",
    "Друзья, кто потерял рыжего кота возле почты, напишите мне в личные сообщения.",
    "На выходных в городском парке прошла ярмарка мёда, собравшая больше двух тысяч гостей.",
    "Районная библиотека объявила конкурс детского рисунка, посвящённый весне.",
    "Школьная команда из Заречного заняла второе место на областной олимпиаде по робототехнике.",
    "В следующем месяце на трассе начнут устанавливать новые камеры контроля скорости.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_06"],
     "There are no internal reserves that could plug a hole like that.",
     "Aucune réserve interne ne permet de combler un trou pareil.",
     "faithful; не закроешь (generic 2nd person, negated) = there are no reserves that could / aucune "
     "réserve ne permet; дыра = hole / trou", None),
    ("q02", S, F, "", ["d1_10"],
     "Without the subsidy, a ticket to Malaya Tura would cost about 18,000 roubles; right now a passenger "
     "pays 6,400.",
     "Sans subvention, un billet pour Malaïa Toura coûterait environ dix-huit mille roubles, alors "
     "qu'aujourd'hui le passager en paie six mille quatre cents.",
     "faithful; numbers as digits in en, words in fr; около kept as about / environ; до Малой Туры = to "
     "Malaya Tura (nominative); near-miss d4_05 says about twenty thousand", None),
    ("q03", S, F, "", ["d1_19"],
     "Nobody will be let go overnight: people have two months to find a new job.",
     "Personne ne sera licencié du jour au lendemain : les gens ont deux mois pour retrouver du travail.",
     "faithful; одним днём (idiom) = overnight / du jour au lendemain; near-miss d4_12 says everyone is "
     "fired", None),
    ("q04", S, F, "", ["d2_05"],
     "In 2025 the regional budget put 320 million roubles into supporting air services; for 2026, "
     "190 million has been set aside.",
     "En 2025, le budget régional avait consacré trois cent vingt millions de roubles au soutien du "
     "transport aérien ; cent quatre-vingt-dix millions sont prévus pour 2026.",
     "faithful; passive turned active in en; numbers as digits in en, words in fr; near-miss d4_05 says "
     "the subsidy was halved", None),
    ("q05", S, F, "", ["d2_07"],
     "This applies above all to Malaya Tura, which can be reached by road only in winter, from December "
     "to March.",
     "C'est avant tout le cas de Malaïa Toura, où la route n'est praticable qu'en hiver, de décembre à "
     "mars.",
     "faithful; Малой Туры (genitive) = Malaya Tura; автомобильная дорога действует = can be reached by "
     "road / la route est praticable; near-miss d4_09 says there is no road at all", None),
    ("q06", S, F, "", ["d2_14"],
     "Passengers who have already bought tickets for flights after April 1 must be given a full refund "
     "by the airline.",
     "La compagnie est tenue de rembourser intégralement les passagers ayant déjà acheté des billets pour "
     "des vols postérieurs au 1er avril.",
     "faithful; active turned passive in en, clauses reordered; первого апреля = April 1 / 1er avril",
     None),
    ("q07", S, F, "", ["d3_04"],
     "According to him, the load factor on these routes averaged 41 per cent, while the break-even point "
     "is around 70 per cent.",
     "Selon lui, le taux de remplissage sur ces lignes aurait été en moyenne de quarante et un pour cent, "
     "alors que le seuil de rentabilité se situe autour de soixante-dix pour cent.",
     "faithful; French conditional for hearsay (по его словам); около kept as around / autour de; "
     "near-miss d4_10 says the flights were always full", None),
    ("q08", S, F, "", ["d3_12"],
     "By his estimate, keeping the flights to Malaya Tura and Krasny Bor going until the end of the year "
     "would take some 60 million roubles.",
     "D'après son estimation, maintenir les vols vers Malaïa Toura et Krasny Bor jusqu'à la fin de "
     "l'année nécessiterait environ soixante millions de roubles.",
     "faithful; около = some / environ; clauses reordered; в Малую Туру (accusative) = Malaya Tura", None),
    ("q09", S, F, "", ["d4_06"],
     "They say the planes are nearly fifty years old, so flying in them is frightening anyway.",
     "Il paraît que les avions ont près de cinquante ans, alors de toute façon on a peur de monter dedans.",
     "faithful rendering of the near-miss sentence d4_06 (D1 d1_22 says thirty-eight years on average); "
     "под пятьдесят = nearly fifty / près de cinquante; говорят = they say / il paraît", None),
    ("q10", S, F, "", ["d4_13"],
     "The deputies got together in Olkhovsk, talked it all over and unanimously decided to recommend "
     "something.",
     "À Olkhovsk, les députés se sont réunis, ont tout discuté et ont décidé à l'unanimité de recommander "
     "quelque chose.",
     "faithful rendering of the near-miss sentence d4_13 (D3 d3_21 says seven votes to two); "
     "в Ольховске = in Olkhovsk", None),
    ("q11", S, F, "", ["d4_02"],
     "From April, there will be no more planes to Malaya Tura.",
     "À partir d'avril, plus aucun avion ne desservira Malaïa Toura.",
     "faithful; больше не будут летать = there will be no more planes / plus aucun avion; D4's own "
     "sentence", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_04", "d1_05"],
     "The decision had been coming for a long time, but the cut in the regional subsidy was the last "
     "straw. This year we were given 190 million roubles instead of 320.",
     "La décision mûrissait depuis longtemps, mais la baisse de la subvention régionale a été la goutte "
     "d'eau qui a fait déborder le vase. Cette année, on nous a alloué cent quatre-vingt-dix millions de "
     "roubles au lieu de trois cent vingt.",
     "faithful; последней каплей (the last drop) = the last straw / la goutte d'eau qui a fait déborder "
     "le vase, idiom by idiom; contains the term of q38", None),
    ("q13", L, F, "", ["d1_27", "d1_28"],
     "Malaya Tura is the one I would bring back first, because there is no year-round road there. We are "
     "not pulling out of the region; we are trying to survive in it.",
     "Je rétablirais d'abord Malaïa Toura, parce qu'il n'y a pas de route praticable toute l'année. Nous "
     "ne quittons pas la région, nous essayons d'y survivre.",
     "faithful; Первой я бы вернула Малую Туру = Malaya Tura is the one I would bring back first (cleft); "
     "не уходим = are not pulling out / ne quittons pas", None),
    ("q14", L, F, "", ["d2_15", "d2_16"],
     "The ministry will see to it that the money is returned without delay. Questions can be put to the "
     "ministry's hotline, which is open every day from eight in the morning until eight in the evening.",
     "Le ministère veillera à ce que les remboursements se fassent sans retard. Les questions peuvent être "
     "posées à la ligne d'assistance du ministère, ouverte tous les jours de 8 heures à 20 heures.",
     "faithful; с восьми до двадцати часов = from eight in the morning until eight in the evening / de "
     "8 heures à 20 heures", None),
    ("q15", L, F, "", ["d4_07", "d4_08"],
     "I've been a teacher at our school for sixteen years. Every school holiday I take my mother to the "
     "cardiologist in Olkhovsk, and in summer you simply can't get there by car.",
     "Cela fait 16 ans que je suis enseignante dans notre école. À chaque période de vacances, j'emmène ma "
     "mère chez le cardiologue à Olkhovsk, et l'été, impossible d'y aller en voiture.",
     "faithful; D4's own sentences; шестнадцать = sixteen / 16; не доехать = can't get there / "
     "impossible d'y aller", None),
    ("q16", L, F, "", ["d3_21", "d3_22"],
     "The decision was adopted by seven votes to two. The deputies who voted against consider the "
     "committee's recommendations insufficient.",
     "La décision a été adoptée par 7 voix contre 2. Les députés qui ont voté contre jugent les "
     "recommandations du comité insuffisantes.",
     "faithful; семью голосами против двух = seven votes to two / 7 voix contre 2; near-miss d4_13 says "
     "unanimously", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_12", "d1_13", "d1_14"],
     "Last year we carried about 23,000 passengers on those four routes. That's not a big number, but for "
     "the people of Malaya Tura the plane remains their only link with the regional capital for most of "
     "the year. I understand that perfectly well, and I'm not going to pretend the decision was easy for "
     "us.",
     "L'an dernier, nous avons transporté environ vingt-trois mille passagers sur ces quatre lignes. Ce "
     "n'est pas énorme, mais pour les habitants de Malaïa Toura, l'avion reste, la plus grande partie de "
     "l'année, le seul lien avec le chef-lieu régional. Je le comprends parfaitement et je ne vais pas "
     "prétendre que la décision a été facile à prendre.",
     "faithful; около kept as about / environ; clauses reordered; областной центр = regional capital / "
     "chef-lieu régional", None),
    ("q18", L, F, "", ["d2_02", "d2_03", "d2_04"],
     "The ministry regards the decision as premature and regrets that the airline did not discuss it with "
     "the regional government beforehand. The subsidy for regional air services has indeed been reduced "
     "for 2026. This reflects lower revenue in the regional budget, not any attitude towards the airline.",
     "Le ministère juge cette décision prématurée et regrette que la compagnie n'en ait pas discuté au "
     "préalable avec le gouvernement régional. Le montant de la subvention au transport aérien régional a "
     "effectivement été réduit en 2026. Cela tient à la baisse des recettes du budget régional, et non à "
     "une quelconque attitude envers la compagnie.",
     "faithful; spans a paragraph break (d2_02 | d2_03, d2_04)", None),
    ("q19", L, F, "", ["d3_07", "d3_08", "d3_09", "d3_10"],
     "Yelena Guseva, head of the Malaya Tura district, took the floor. She said that about 9,000 people "
     "live in Malaya Tura, more than 1,500 of them pensioners. The nearest hospital offering haemodialysis "
     "is in Olkhovsk, and twelve residents of the district fly there for treatment every week. According "
     "to Guseva, without air services the district will be cut off from the regional capital from April "
     "to November.",
     "Elena Gousseva, cheffe du district de Malaïa Toura, a pris la parole. Elle a indiqué qu'environ "
     "neuf mille personnes vivent à Malaïa Toura, dont plus de mille cinq cents retraités. L'hôpital le "
     "plus proche pratiquant l'hémodialyse se trouve à Olkhovsk, et 12 habitants du district s'y rendent "
     "en avion chaque semaine pour leurs séances. Selon Elena Gousseva, sans liaison aérienne, le district "
     "serait coupé du chef-lieu régional d'avril à novembre.",
     "faithful; Малотуринского района = the Malaya Tura district; Гусевой (genitive) = Guseva; более "
     "полутора тысяч = more than 1,500 / plus de mille cinq cents; French conditional for reported "
     "speech; near-miss d4_15 says about thirty go for dialysis", None),
    ("q20", L, F, "", ["d3_14", "d3_15", "d3_16"],
     "He stressed that air ambulance flights to Malaya Tura are being kept in full. Deputy Fyodor "
     "Miroshnikov proposed obliging the airline to keep all its routes until the end of the year. The "
     "committee chair objected that the committee had no legal grounds for such a demand.",
     "Il a souligné que les vols d'aviation sanitaire vers Malaïa Toura sont intégralement maintenus. Le "
     "député Fiodor Mirochnikov a proposé d'obliger la compagnie à maintenir toutes ses lignes jusqu'à la "
     "fin de l'année. La présidente du comité a objecté que celui-ci n'avait aucune base légale pour "
     "exiger cela.",
     "faithful; spans a paragraph break (d3_14 | d3_15, d3_16); оснований ... нет = had no legal grounds "
     "/ n'avait aucune base légale", None),
    ("q21", L, F, "", ["d4_16", "d4_17", "d4_19"],
     "I'm not asking for miracles. Just let a plane fly here, even a small one, even once a week. (…) "
     "Please share this, so that in Olkhovsk they at least find out that we exist.",
     "Je ne demande pas de miracle. Qu'on nous envoie ne serait-ce qu'un petit avion, ne serait-ce qu'une "
     "fois par semaine. (…) S'il vous plaît, partagez, qu'au moins à Olkhovsk on sache que nous existons.",
     "faithful; ellipsis (…) skips d4_18; D4's own sentences; сделайте репост = share this / partagez",
     None),
    ("q22", L, F, "", ["d1_21", "d1_22", "d1_24"],
     "That's partly true. Our An-24s are thirty-eight years old on average, and two of the four need a "
     "major overhaul. […] But we will not fly faulty aircraft under any circumstances.",
     "C'est en partie vrai. Nos An-24 ont en moyenne 38 ans, et deux sur quatre ont besoin d'une révision "
     "complète. […] Mais nous ne volerons en aucun cas sur des appareils défectueux.",
     "faithful; ellipsis […] skips d1_23 (the repair cost); тридцать восемь = thirty-eight / 38; "
     "near-miss d4_06 says nearly fifty", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_03"],
     "Stepan Uvarov reported that in 2025 the airline lost 142 million roubles on the four routes being "
     "closed.",
     "Stepan Ouvarov a indiqué qu'en 2025 la compagnie avait perdu cent quarante-deux millions de roubles "
     "sur les quatre lignes appelées à fermer.",
     "drifted (numbers): сто двенадцать миллионов (112 million) → 142 million; the rest faithful", None),
    ("q24", S, D, "names", ["d2_11"],
     "Transport Minister Arkady Beloborodov has ordered an application to be prepared for federal "
     "co-funding of regional air services.",
     "Le ministre des Transports, Arkadi Beloborodov, a demandé que soit préparée une demande de "
     "cofinancement fédéral du transport aérien régional.",
     "drifted (names): surname Белозёров (Belozyorov) → Beloborodov; first name Arkady kept", None),
    ("q25", S, D, "negation", ["d3_11"],
     "Gleb Rudakov said the ministry was in talks with two carriers, one of which had already given its "
     "consent.",
     "Gleb Roudakov a indiqué que le ministère négociait avec deux transporteurs, dont l'un avait déjà "
     "donné son accord.",
     "drifted (negation reversal): ни один из них пока не дал согласия (neither has agreed yet) → one of "
     "them had already agreed", None),
    ("q26", S, D, "hedge", ["d2_18"],
     "Seven of the airline's eleven routes will probably keep operating on the usual schedule.",
     "Sept des onze lignes de la compagnie devraient vraisemblablement continuer à fonctionner selon "
     "l'horaire habituel.",
     "drifted (hedge added): stated as fact (продолжат работать) → probably / vraisemblablement", None),
    ("q27", S, D, "hedge", ["d3_13"],
     "Rudakov said part of the sum would be found by reallocating money from the road fund.",
     "Selon Roudakov, une partie de cette somme sera trouvée grâce à une réaffectation des crédits du "
     "fonds routier.",
     "drifted (hedge dropped): не исключил, что ... удастся найти (did not rule out that it might be "
     "found) → would be found / sera trouvée", None),
    ("q28", S, D, "quantifier", ["d1_09"],
     "Most of them have long been among our loss-making routes: last year the planes flying there were on "
     "average less than half full.",
     "La plupart d'entre elles font depuis longtemps partie de nos lignes déficitaires : l'an dernier, les "
     "avions y partaient en moyenne remplis à moins de la moitié.",
     "drifted (quantifier): Все четыре (all four) → most of them / la plupart d'entre elles; the rest "
     "faithful; contains the term of q37", None),
    ("q29", S, D, "omission", ["d1_26"],
     "We are prepared to restart flights on at least two of the routes within a month.",
     "Nous sommes prêts à reprendre les vols sur au moins deux lignes d'ici un mois.",
     "drifted (omission of a restriction): the condition «Если область найдёт деньги» (if the region "
     "finds the money) is dropped, so the offer reads as unconditional", None),
    ("q30", S, D, "addition", ["d3_02"],
     "Present were nine committee members, First Deputy Transport Minister Gleb Rudakov, the finance "
     "director of Olkhovsk Airlines Stepan Uvarov, a representative of the regional prosecutor's office "
     "and the head of the Malaya Tura district, Yelena Guseva.",
     "Étaient présents neuf membres du comité, le premier vice-ministre des Transports Gleb Roudakov, le "
     "directeur financier de la compagnie Olkhovskie Avialinii, Stepan Ouvarov, un représentant du parquet "
     "régional et la cheffe du district de Malaïa Toura, Elena Gousseva.",
     "drifted (addition of a list item): \"a representative of the regional prosecutor's office\" / "
     "\"un représentant du parquet régional\" added to the attendance list", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_16", "d1_17", "d1_18"],
     "The cuts will affect sixty-two people. We have offered all fourteen pilots on those flights a move "
     "to the remaining routes, and ten have already accepted. The other staff will receive severance "
     "equal to three months' salary.",
     "Les suppressions toucheront 62 personnes. Nous avons proposé aux quatorze pilotes de ces vols de "
     "passer sur les lignes restantes, et dix ont déjà accepté. Les autres salariés recevront une "
     "indemnité équivalant à trois mois de salaire.",
     "drifted (numbers) in sentence 2: двенадцать уже согласились (twelve have agreed) → ten; sentences "
     "1 and 3 faithful (62, fourteen and three kept)", None),
    ("q32", L, D, "omission", ["d3_18", "d3_19", "d3_20"],
     "The committee decided to recommend that the transport ministry find funds by 1 May to keep the "
     "flights to Malaya Tura and Krasny Bor. The airline was advised to postpone halting flights on these "
     "two routes until 1 June. The ministry was also advised to check how the airline spent its subsidy "
     "in 2025.",
     "Le comité a décidé de recommander au ministère des Transports de trouver d'ici au 1er mai des fonds "
     "pour maintenir les vols vers Malaïa Toura et Krasny Bor. Il est recommandé à la compagnie de "
     "reporter l'arrêt des vols sur ces deux lignes au 1er juin. Il est également recommandé au ministère "
     "de vérifier comment la compagnie a utilisé la subvention en 2025.",
     "drifted (omission of a clause) in sentence 2: «а до тех пор сохранить на них действующие цены на "
     "билеты» (and keep current fares on them until then) dropped; sentences 1 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d2_08", "d2_09", "d2_10"],
     "The ministry is negotiating with other carriers to have flights to Malaya Tura operate at least "
     "twice a week. The airline's decision does not affect air ambulance flights. Emergency evacuation of "
     "patients from most districts of the region will continue as before.",
     "Le ministère négocie avec d'autres transporteurs pour que Malaïa Toura soit desservie au moins deux "
     "fois par semaine. La décision de la compagnie ne concerne pas l'aviation sanitaire. Les évacuations "
     "d'urgence de malades depuis la plupart des districts de la région se poursuivront comme avant.",
     "drifted (quantifier) in sentence 3: из всех районов (from all districts) → from most districts / "
     "la plupart des districts; sentences 1-2 faithful; spans a paragraph break (d2_08 | d2_09, d2_10); "
     "contains the term of q40", None),
    # partial
    ("q34", L, P, "", ["d4_18"],
     "More than two thousand of us have already signed the petition. We're willing to pay more, just "
     "don't leave us cut off from the world.",
     "Plus de deux mille d'entre nous ont déjà signé la pétition. Nous sommes prêts à payer plus cher, "
     "mais ne nous coupez pas du monde.",
     "partial: the first sentence (a petition with more than two thousand signatures) is in no source; "
     "the second is faithful to d4_18", None),
    ("q35", L, P, "", ["d3_05", "d3_06"],
     "Uvarov confirmed that one of the two aircraft in need of a major overhaul could be back in service "
     "by the autumn if the company obtains a loan. He said a bank had already agreed in principle to lend "
     "40 million roubles. He added that the ministry had not proposed that the airline look for a "
     "solution together.",
     "Ouvarov a confirmé que l'un des deux appareils nécessitant une révision complète pourrait être remis "
     "en service d'ici l'automne si la compagnie obtient un crédit. Selon lui, une banque aurait déjà donné "
     "son accord de principe pour un prêt de quarante millions de roubles. Il a ajouté que le ministère "
     "n'avait pas proposé à la compagnie de chercher une solution ensemble.",
     "partial: the middle sentence (a bank agreed in principle to lend 40 million) is in no source; "
     "sentences 1 and 3 faithful to d3_05 and d3_06 (the 40 million of d1_23 is a repair cost)", None),
    ("q36", L, P, "", ["d2_13"],
     "The minister has also asked the airline to put off closing the routes at least until the end of "
     "May. He has promised to meet the airline's staff in person next week.",
     "Le ministre a également demandé à la compagnie de reporter la fermeture des lignes au moins jusqu'à "
     "fin mai. Il a promis de rencontrer personnellement le personnel de la compagnie la semaine "
     "prochaine.",
     "partial: the last sentence (the minister will meet the staff) is in no source; the real next "
     "sentence, d2_14, is about refunds; the first is faithful to d2_13", None),
    # terms
    ("q37", TM, T, "", ["d1_09"], "loss-making routes", "lignes déficitaires",
     "term «убыточных направлений» (genitive plural)", None),
    ("q38", TM, T, "", ["d1_04"], "the last straw", "la goutte d'eau",
     "term «последней каплей» (instrumental; literally the last drop), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_06"], "air bridge", "pont aérien",
     "term «воздушный мост» (nominative)", None),
    ("q40", TM, T, "", ["d2_09"], "air ambulance", "aviation sanitaire",
     "term «санитарной авиации» (genitive; literally sanitary aviation)", None),
    ("q41", TM, T, "", ["d3_04"], "load factor", "taux de remplissage",
     "term «коэффициент загрузки» (nominative)", None),
    ("q42", TM, T, "", ["d4_03"], "the sticks", "un trou perdu",
     "term «медвежьим углом» (instrumental; literally a bear's corner), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The airline intends to sell both An-24s that need an overhaul and lease two smaller aircraft "
     "instead.",
     "La compagnie compte vendre les deux An-24 qui ont besoin d'une révision complète et louer à la place "
     "deux appareils plus petits.",
     "absent: no document says the airline will sell or lease aircraft; resembles d1_22, d1_23 and d3_05",
     "Авиакомпания намерена продать оба Ан-24, которым требуется капитальный ремонт, и взять в лизинг два "
     "небольших самолёта."),
    ("q44", S, A, "", [],
     "While the flights are suspended, the ministry will pay for a bus service to Svetlogorye and "
     "Staritsa.",
     "Pendant la suspension des vols, le ministère financera une liaison par autocar vers Svetlogorie et "
     "Staritsa.",
     "absent: no bus service is mentioned; resembles d2_08 and d2_18", 
     "На время приостановки рейсов министерство оплатит автобусное сообщение со Светлогорьем и Старицей."),
    ("q45", S, A, "", [],
     "The committee decided to summon the airline's director general, Marina Sorokina, to its next "
     "meeting.",
     "Le comité a décidé de convoquer à sa prochaine séance la directrice générale de la compagnie, Marina "
     "Sorokina.",
     "absent: the minutes record no such decision; resembles d3_18 and d3_23",
     "Комитет решил пригласить на следующее заседание генерального директора авиакомпании Марину "
     "Сорокину."),
    ("q46", S, A, "", [],
     "The twelve dialysis patients from Malaya Tura will be flown to Olkhovsk free of charge by air "
     "ambulance.",
     "Les douze patients dialysés de Malaïa Toura seront transportés gratuitement à Olkhovsk par "
     "l'aviation sanitaire.",
     "absent: no document promises this; resembles d3_09, d2_09 and d3_14",
     "Двенадцать пациентов из Малой Туры, которым нужен гемодиализ, будут бесплатно доставляться в "
     "Ольховск санитарной авиацией."),
    ("q47", S, A, "", [],
     "Sorokina said the airline had asked the ministry for help three times last year and never received "
     "a reply.",
     "Selon Marina Sorokina, la compagnie aurait sollicité l'aide du ministère à trois reprises l'an "
     "dernier sans jamais obtenir de réponse.",
     "absent: Sorokina says nothing of the kind; resembles d3_06 and d2_02 (French conditional for "
     "hearsay)",
     "Сорокина заявила, что в прошлом году авиакомпания трижды обращалась в министерство за помощью и так "
     "и не получила ответа."),
    ("q48", L, A, "", [],
     "Pilots who turn down the transfer will lose their annual bonus. The pilots' union has already "
     "threatened to go to court.",
     "Les pilotes qui refuseront la mutation perdront leur prime annuelle. Le syndicat des pilotes a déjà "
     "menacé de saisir la justice.",
     "absent (2 sentences): no bonus or union is mentioned; resembles d1_17, d1_18 and d4_12",
     "Пилоты, которые откажутся от перевода, лишатся годовой премии. Профсоюз лётчиков уже пригрозил "
     "обратиться в суд."),
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
