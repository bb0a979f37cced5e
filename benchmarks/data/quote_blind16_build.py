"""Build the blind quotation set quote_blind16 from one table (standard library only).

Story: the water utility of the town of Glinsk (MUP «Глинский водоканал») gets a fifteen per cent
tariff rise from 1 July 2026 to rebuild its old water intake. Four Russian source documents (D1 a
newspaper article, D2 the regional tariff committee's press release, D3 the minutes of a city
council commission, D4 a resident's forum post, the near-miss document) and 48 English / French
quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document from
01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind16_build.py

writes quote_blind16.tsv, quote_blind16_labels.tsv, quote_blind16_sources.ru.txt and
quote_blind16_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind16"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Статья газеты «Глинский вестник» о повышении тарифа на воду, 14 мая 2026 года", [
        ["С первого июля жители Глинска будут платить за воду и водоотведение на пятнадцать процентов больше.",
         "Такое решение накануне принял областной комитет по тарифам, рассмотрев заявку муниципального предприятия «Глинский водоканал».",
         "Сам водоканал просил о повышении на двадцать два процента."],
        ["Директор предприятия Виктор Журавлёв объяснил нашему корреспонденту, что без повышения тарифа водоканал не сможет начать реконструкцию Заречного водозабора.",
         "Станция построена в 1968 году и с тех пор ни разу не ремонтировалась капитально.",
         "«Насосы там старше меня, и запчастей к ним уже нигде не купишь», — сказал Журавлёв.",
         "Он напомнил, что прошлым летом из-за поломки двух насосов Заречье две недели получало воду по графику."],
        ["По данным предприятия, изношено около семидесяти процентов городских водопроводных сетей.",
         "В прошлом году на них произошло двести двенадцать аварий, а почти сорок процентов воды теряется по дороге к потребителю.",
         "Из-за утечек водоканалу приходится забирать из реки больше воды, чем на самом деле нужно городу.",
         "Реконструкция водозабора и замена самых ветхих участков труб обойдутся в миллиард триста миллионов рублей и займут пять лет.",
         "Часть денег, по словам Журавлёва, предприятие рассчитывает получить по федеральной программе «Чистая вода», но заявку пока не одобрили."],
        ["Для семьи из трёх человек, живущей в квартире со счётчиками, повышение составит в среднем около ста восьмидесяти рублей в месяц.",
         "Семьи, у которых расходы на коммунальные услуги превышают двадцать два процента дохода, могут оформить субсидию.",
         "Журавлёв признал, что для многих пенсионеров даже такая сумма заметна.",
         "«Я понимаю, что у пенсионера каждая копейка на счету», — добавил он."],
        ["Не все в городе согласны с доводами водоканала.",
         "Депутат городской думы Игорь Ларин считает, что предприятие годами тратило деньги неэффективно, а теперь перекладывает свои расходы на жителей.",
         "Ларин напомнил, что в 2024 году водоканал купил три служебных внедорожника, в то время как в Заречье перебои с водой длились неделями.",
         "Журавлёв ответил, что машины нужны аварийным бригадам и куплены на плату за подключение новых домов, а не из тарифа."],
        ["Общественные слушания по тарифу прошли в апреле и собрали около ста сорока человек.",
         "Большинство выступавших высказались против повышения, однако слушания носят рекомендательный характер.",
         "Комиссия городской думы по жилищно-коммунальному хозяйству обсудит вопрос двадцатого мая."],
        ["Водоканал обещает, что после реконструкции перебои с водой в Заречье прекратятся.",
         "Первым делом предприятие заменит магистральный водовод на улице Луговой, где чаще всего случаются аварии.",
         "Работы там должны начаться уже в августе."],
    ]),
    ("D2", "Сообщение пресс-службы комитета по тарифам Верхнедольской области, 13 мая 2026 года", [
        ["Комитет по тарифам Верхнедольской области утвердил новые тарифы на холодную воду и водоотведение для муниципального предприятия «Глинский водоканал».",
         "С первого июля 2026 года совокупный тариф для населения вырастет на пятнадцать процентов.",
         "Предприятие просило о повышении на двадцать два процента, однако часть заявленных расходов комитет признал необоснованной."],
        ["Повышение сверх предельного индекса допускается законом, если оно необходимо для выполнения утверждённой инвестиционной программы.",
         "Инвестиционная программа водоканала на 2026–2030 годы предусматривает реконструкцию Заречного водозабора и замену сорока двух километров водопроводных сетей.",
         "За счёт тарифа будет оплачено не более шестидесяти процентов её стоимости, остальное предприятие должно привлечь из бюджетов и собственных средств."],
        ["Председатель комитета Людмила Островская подчеркнула, что из тарифа исключены расходы на покупку служебного транспорта и премии руководству предприятия.",
         "Комитет будет ежегодно проверять, на что водоканал тратит полученные средства.",
         "Если работы по инвестиционной программе будут сорваны, тариф на следующий год может быть пересмотрен в сторону снижения."],
        ["Одиноко проживающие пенсионеры старше восьмидесяти лет по-прежнему получают компенсацию половины платы за холодную воду.",
         "Размер этой компенсации с первого июля также увеличится.",
         "Подробную информацию о субсидиях и компенсациях можно получить в многофункциональных центрах и в отделах социальной защиты по месту жительства."],
        ["Комитет обращает внимание, что в домах без приборов учёта плата рассчитывается по нормативу с повышающим коэффициентом.",
         "Установка счётчика позволяет большинству семей платить заметно меньше.",
         "Малоимущим семьям счётчики устанавливаются бесплатно, остальные жители оплачивают установку сами."],
        ["Тарифы для предприятий и организаций вырастут на двенадцать процентов.",
         "В остальных муниципальных образованиях области тарифы на воду в 2026 году увеличатся не более чем на девять процентов.",
         "Решение комитета может быть обжаловано в Федеральной антимонопольной службе в течение трёх месяцев.",
         "Полный текст постановления опубликован на официальном сайте комитета."],
    ]),
    ("D3", "Протокол заседания комиссии Глинской городской думы по жилищно-коммунальному хозяйству, 20 мая 2026 года", [
        ["Заседание провёл председатель комиссии Павел Семёнов.",
         "Присутствовали семь членов комиссии, директор МУП «Глинский водоканал» Виктор Журавлёв, главный инженер предприятия Роман Щукин и заместитель главы города Татьяна Белова."],
        ["Роман Щукин доложил, что из девяти насосов Заречного водозабора исправны только четыре.",
         "По его словам, если в ближайшие два года не заменить хотя бы основные насосы, летом город может остаться без воды на несколько суток.",
         "Щукин уточнил, что в прошлом году почти половина аварий пришлась на Заречье и улицу Луговую.",
         "Он также сообщил, что замена водовода на улице Луговой обойдётся примерно в девяносто миллионов рублей."],
        ["Виктор Журавлёв сообщил, что в 2025 году предприятие получило убыток в сорок шесть миллионов рублей.",
         "Он признал, что покупка служебных внедорожников в 2024 году вызвала у жителей справедливые вопросы.",
         "Журавлёв заверил комиссию, что в 2026 году премии руководству выплачиваться не будут.",
         "Он добавил, что аварийным бригадам не хватает около тридцати рабочих, потому что зарплата в них не повышалась три года."],
        ["Депутат Игорь Ларин предложил обратиться в комитет по тарифам с требованием отменить повышение.",
         "Татьяна Белова возразила, что в этом случае инвестиционная программа будет остановлена, а город лишится права на федеральное софинансирование.",
         "Белова добавила, что администрация уже направила в министерство строительства заявку на участие в программе «Чистая вода».",
         "Предложение Ларина поддержали только два члена комиссии."],
        ["Депутат Нина Громова обратила внимание на положение жителей частного сектора в Заречье, где у многих нет счётчиков.",
         "Она предложила, чтобы водоканал за свой счёт установил счётчики пенсионерам, живущим в частных домах.",
         "Журавлёв ответил, что предприятие готово бесплатно установить до пятисот счётчиков, если город возьмёт на себя половину расходов."],
        ["Комиссия решила рекомендовать администрации города обратиться в комитет по тарифам с просьбой разделить повышение на два этапа: девять процентов с первого июля и шесть процентов с первого января.",
         "Водоканалу рекомендовано ежеквартально отчитываться перед комиссией о ходе инвестиционной программы и публиковать эти отчёты на своём сайте.",
         "Администрации города также рекомендовано предусмотреть в бюджете средства на установку счётчиков для пенсионеров."],
        ["Решение принято пятью голосами против двух.",
         "Депутаты, голосовавшие против, настаивали на полной отмене повышения.",
         "Следующее заседание комиссии по этому вопросу состоится в сентябре."],
    ]),
    ("D4", "Сообщение жительницы Заречья Ольги Ветровой на городском форуме, 22 мая 2026 года", [
        ["Соседи, вы уже видели новости?",
         "С июля вода у нас дорожает чуть ли не на треть.",
         "Водоканал, как всегда, решил залезть к нам в карман и латать дыры в трубах за наш счёт."],
        ["Говорят, трубы в городе не меняли с довоенных времён.",
         "Аварии у нас каждый день, а больше половины воды просто уходит в землю.",
         "В Заречье прошлым летом воды не было целый месяц."],
        ["Я двадцать лет живу в частном доме на улице Луговой.",
         "Пенсия у меня четырнадцать тысяч, и половина из неё уходит на коммуналку.",
         "Счётчик я так и не поставила, потому что мне одной это не по карману.",
         "Теперь, судя по всему, будем платить лишнюю тысячу в месяц."],
        ["Директор водоканала, по слухам, купил себе новый внедорожник на наши деньги.",
         "Областной комитет, кстати, ничего не урезал и дал водоканалу всё, что тот просил.",
         "А в думе всё решили единогласно, как обычно."],
        ["Я не против ремонта, трубы правда старые.",
         "Но пусть сначала покажут, куда ушли прошлые деньги.",
         "И пусть ставят счётчики пенсионерам бесплатно, как обещали."],
        ["В субботу в десять утра собираемся у здания водоканала на Садовой улице.",
         "Приходите все, кому не всё равно.",
         "Если промолчим сейчас, осенью нас обрадуют новым повышением.",
         "Распространите, пожалуйста, этот пост среди соседей."],
    ]),
]

# 15 unrelated sentences in the same registers (town news, a press office, a commission, a forum
# post); they are in no document.
UNRELATED = [
    "В Глинске завершился ремонт центральной котельной, который продолжался почти два года.",
    "Городской парк культуры и отдыха откроет летний сезон в первые выходные июня.",
    "Пресс-служба комитета сообщает, что тарифы на электроэнергию для населения утверждены без изменений.",
    "Комитет напоминает, что передать показания счётчиков электроэнергии можно через личный кабинет на сайте.",
    "Комиссия рассмотрела обращение жителей улицы Полевой о ремонте тротуара возле школы.",
    "Вопрос о переносе остановки автобуса у рынка отложен до следующего заседания.",
    "Депутаты поручили администрации подготовить справку о состоянии детских площадок в новых микрорайонах.",
    "Всем привет, кто знает хорошего мастера по ремонту стиральных машин в нашем районе?",
    "У магазина на углу опять разрыли весь двор, и никто не знает, когда закопают.",
    "Сегодня у нас во дворе наконец поставили новые скамейки, спасибо управляющей компании!",
    "На набережной прошёл праздник рыбаков, собравший несколько сотен гостей.",
    "Городская библиотека приглашает школьников на летние чтения.",
    "В следующем месяце в Глинске начнут ремонт моста через реку Сольву.",
    "Местная футбольная команда ветеранов выиграла областной турнир.",
    "Жители посёлка Каменка жалуются на редкие рейсы пригородного автобуса.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_06"],
     "\"The pumps there are older than I am, and you can't get spare parts for them anywhere any more,\" "
     "Zhuravlyov said.",
     "« Les pompes, là-bas, sont plus vieilles que moi, et on ne trouve plus de pièces de rechange nulle "
     "part », a déclaré Jouravlev.",
     "faithful; нигде не купишь (generic 2nd person, negated) = you can't get ... anywhere / on ne trouve "
     "plus ... nulle part; Журавлёв = Zhuravlyov / Jouravlev", None),
    ("q02", S, F, "", ["d1_13"],
     "For a family of three living in a flat with meters, the increase will come to about 180 roubles a "
     "month on average.",
     "Pour une famille de trois personnes vivant dans un appartement équipé de compteurs, la hausse "
     "représentera en moyenne environ cent quatre-vingts roubles par mois.",
     "faithful; numbers as digits in en, words in fr; около kept as about / environ; near-miss d4_10 says "
     "an extra thousand a month", None),
    ("q03", S, F, "", ["d1_05"],
     "The station was built in 1968 and has not had a single major overhaul since.",
     "La station a été construite en 1968 et n'a jamais été rénovée en profondeur depuis.",
     "faithful; ни разу не ремонтировалась капитально = has not had a single major overhaul / n'a jamais "
     "été rénovée en profondeur; near-miss d4_04 says the pipes date from before the war", None),
    ("q04", S, F, "", ["d2_06"],
     "No more than 60 per cent of its cost will be paid out of the tariff; the utility has to raise the "
     "rest from public budgets and its own funds.",
     "Le tarif ne financera pas plus de soixante pour cent de son coût ; l'entreprise devra trouver le "
     "reste auprès des budgets publics et sur ses fonds propres.",
     "faithful; passive kept in en, turned active in fr; не более = no more than / pas plus de; numbers "
     "as digits in en, words in fr", None),
    ("q05", S, F, "", ["d2_14"],
     "Having a meter installed lets most families pay noticeably less.",
     "Grâce à un compteur, la plupart des familles paient nettement moins.",
     "faithful; большинству семей = most families / la plupart des familles (the quantifier is in the "
     "source); установка счётчика = having a meter installed / grâce à un compteur", None),
    ("q06", S, F, "", ["d3_03"],
     "Roman Shchukin reported that only four of the nine pumps at the Zarechny intake are in working "
     "order.",
     "Roman Chtchoukine a indiqué que seules quatre des neuf pompes de la prise d'eau de Zaretchny "
     "fonctionnaient.",
     "faithful; Щукин = Shchukin / Chtchoukine; Заречного водозабора (genitive) = the Zarechny intake / "
     "la prise d'eau de Zaretchny", None),
    ("q07", S, F, "", ["d3_08"],
     "He admitted that buying the off-road vehicles in 2024 had left residents with legitimate "
     "questions.",
     "Il a reconnu que l'achat des 4x4 de service en 2024 avait suscité des interrogations légitimes chez "
     "les habitants.",
     "faithful; внедорожников = off-road vehicles / 4x4; вызвала справедливые вопросы = left residents "
     "with legitimate questions; near-miss d4_11 says the director bought himself an SUV", None),
    ("q08", S, F, "", ["d3_10"],
     "He added that the emergency crews are some thirty workers short, because their pay has not gone "
     "up for three years.",
     "Il a ajouté qu'il manquait une trentaine d'ouvriers aux équipes d'intervention, leurs salaires "
     "n'ayant pas été augmentés depuis trois ans.",
     "faithful; около тридцати = some thirty / une trentaine; не хватает = are ... short / il manquait",
     None),
    ("q09", S, F, "", ["d4_05"],
     "We have a breakdown every day, and more than half of the water simply drains away into the "
     "ground.",
     "Chez nous, il y a des pannes tous les jours, et plus de la moitié de l'eau part tout simplement "
     "dans la terre.",
     "faithful rendering of the near-miss sentence d4_05 (D1 d1_09 says two hundred and twelve "
     "breakdowns a year and almost forty per cent lost)", None),
    ("q10", S, F, "", ["d4_13"],
     "And on the council they decided everything unanimously, as usual.",
     "Et à la douma, tout a été décidé à l'unanimité, comme d'habitude.",
     "faithful rendering of the near-miss sentence d4_13 (D3 d3_21 says five votes to two); в думе = on "
     "the council / à la douma", None),
    ("q11", S, F, "", ["d4_09"],
     "I still haven't had a meter put in, because on my own I just can't afford it.",
     "Je n'ai toujours pas fait poser de compteur, parce que toute seule, je n'en ai pas les moyens.",
     "faithful; не по карману (idiom, literally not by the pocket) = can't afford / je n'en ai pas les "
     "moyens; D4's own sentence", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_15", "d1_16"],
     "Zhuravlyov admitted that even that amount makes a difference to many pensioners. \"I know that for "
     "a pensioner every penny counts,\" he added.",
     "Jouravlev a reconnu que, pour beaucoup de retraités, même cette somme se fait sentir. « Je sais bien "
     "que pour un retraité, chaque sou compte », a-t-il ajouté.",
     "faithful; каждая копейка на счету (literally each kopeck is on the account) = every penny counts / "
     "chaque sou compte, idiom by idiom; contains the term of q38", None),
    ("q13", L, F, "", ["d2_10", "d2_11"],
     "Pensioners over eighty who live alone still have half of their cold-water bill refunded. That "
     "compensation will also go up from 1 July.",
     "Les retraités de plus de 80 ans vivant seuls continuent de percevoir une compensation égale à la "
     "moitié de leur facture d'eau froide. Son montant sera lui aussi revalorisé à compter du 1er "
     "juillet.",
     "faithful; восьмидесяти = eighty / 80; получают компенсацию половины платы = have half of their bill "
     "refunded; с первого июля = from 1 July / à compter du 1er juillet", None),
    ("q14", L, F, "", ["d3_21", "d3_22"],
     "The decision was carried by five votes to two. The members who voted against had pressed for the "
     "increase to be scrapped altogether.",
     "La décision a été adoptée par 5 voix contre 2. Les députés qui ont voté contre réclamaient "
     "l'annulation pure et simple de la hausse.",
     "faithful; пятью голосами против двух = five votes to two / 5 voix contre 2; near-miss d4_13 says "
     "unanimously", None),
    ("q15", L, F, "", ["d4_14", "d4_15"],
     "I'm not against the repairs; the pipes really are old. But first let them show us where the money "
     "they got last time went.",
     "Je ne suis pas contre les travaux, les tuyaux sont vraiment vieux. Mais qu'on nous montre d'abord "
     "où est passé l'argent d'avant.",
     "faithful; не против = not against / pas contre; D4's own sentences", None),
    ("q16", L, F, "", ["d1_01", "d1_02"],
     "From 1 July, Glinsk residents will pay fifteen per cent more for water and sewerage. The regional "
     "tariff committee took the decision the day before, after reviewing an application from the "
     "municipal utility Glinsk Vodokanal.",
     "À partir du 1er juillet, les habitants de Glinsk paieront l'eau et l'assainissement 15 % plus cher. "
     "La décision a été prise la veille par la commission régionale des tarifs, après examen de la demande "
     "de l'entreprise municipale Vodokanal de Glinsk.",
     "faithful; пятнадцать = fifteen / 15 %; жители Глинска = Glinsk residents; sentence 2 reordered and "
     "passive in fr; near-miss d4_02 says almost a third", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_08", "d1_09", "d1_10"],
     "According to the utility, about seventy per cent of the town's water mains are worn out. Last year "
     "there were 212 breakdowns on them, and almost 40 per cent of the water is lost on its way to the "
     "consumer. Because of the leaks, Vodokanal has to draw more water from the river than the town "
     "actually needs.",
     "Selon l'entreprise, environ 70 % du réseau d'eau de la ville est usé. L'an dernier, on y a recensé "
     "deux cent douze avaries, et près de quarante pour cent de l'eau se perd avant d'arriver au "
     "consommateur. À cause des fuites, le Vodokanal doit pomper dans la rivière plus d'eau que la ville "
     "n'en a réellement besoin.",
     "faithful; около = about / environ; почти = almost / près de; numbers as words and digits crossed "
     "between en and fr; near-miss d4_05 says a breakdown every day and more than half lost", None),
    ("q18", L, F, "", ["d1_23", "d1_24", "d1_25"],
     "The city council's housing and utilities commission will discuss the matter on 20 May. Vodokanal "
     "promises that once the reconstruction is finished, the water cuts in Zarechye will stop. The first "
     "thing the utility will do is replace the trunk main on Lugovaya Street, where breakdowns are most "
     "frequent.",
     "La commission du logement et des services communaux de la douma municipale examinera la question le "
     "20 mai. Le Vodokanal promet qu'après la reconstruction, les coupures d'eau cesseront à Zaretchie. "
     "L'entreprise commencera par remplacer la conduite principale de la rue Lougovaïa, où les avaries "
     "sont les plus fréquentes.",
     "faithful; двадцатого мая = 20 May / 20 mai; в Заречье = in Zarechye / à Zaretchie; на улице Луговой "
     "= on Lugovaya Street / de la rue Lougovaïa; spans a paragraph break (d1_23 | d1_24, d1_25)", None),
    ("q19", L, F, "", ["d3_11", "d3_12", "d3_13", "d3_14"],
     "Councillor Igor Larin proposed demanding that the tariff committee cancel the increase. Tatyana "
     "Belova objected that the investment programme would then be halted and the town would lose its "
     "right to federal co-financing. Belova added that the administration had already applied to the "
     "construction ministry to join the Clean Water programme. Only two members of the commission backed "
     "Larin's proposal.",
     "Le député Igor Larine a proposé d'exiger de la commission des tarifs qu'elle annule la hausse. "
     "Tatiana Belova a objecté que, dans ce cas, le programme d'investissement serait arrêté et que la "
     "ville perdrait son droit au cofinancement fédéral. Elle a ajouté que la mairie avait déjà demandé au "
     "ministère de la Construction à participer au programme « Eau propre ». Seuls deux membres de la "
     "commission ont soutenu la proposition de Larine.",
     "faithful; Предложение Ларина (genitive) = Larin's proposal; «Чистая вода» = the Clean Water "
     "programme / « Eau propre », title translated; Белова = Elle in fr; contains the term of q41", None),
    ("q20", L, F, "", ["d2_03", "d2_04", "d2_05"],
     "The utility had asked for a 22 per cent rise, but the committee found part of the costs it claimed "
     "unjustified. The law allows a rise above the cap index if it is needed to carry out an approved "
     "investment programme. Vodokanal's investment programme for 2026–2030 provides for rebuilding the "
     "Zarechny intake and replacing forty-two kilometres of water mains.",
     "L'entreprise demandait une hausse de vingt-deux pour cent, mais la commission a jugé injustifiée une "
     "partie des dépenses déclarées. La loi autorise une hausse supérieure à l'indice plafond si elle est "
     "nécessaire à la réalisation d'un programme d'investissement approuvé. Le programme d'investissement "
     "du Vodokanal pour 2026-2030 prévoit la reconstruction de la prise d'eau de Zaretchny et le "
     "remplacement de 42 kilomètres de conduites.",
     "faithful; spans a paragraph break (d2_03 | d2_04, d2_05); contains the term of q39; near-miss d4_12 "
     "says the committee cut nothing", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "We're meeting on Saturday at ten in the morning outside the Vodokanal building on Sadovaya Street. "
     "Everyone who cares, come along. (…) Please share this post with your neighbours.",
     "Rendez-vous samedi à 10 heures devant le bâtiment du Vodokanal, rue Sadovaïa. Venez tous, si ça "
     "vous concerne. (…) Partagez ce message avec vos voisins, s'il vous plaît.",
     "faithful; D4's own sentences; (…) skips d4_19; кому не всё равно = everyone who cares / si ça vous "
     "concerne", None),
    ("q22", L, F, "", ["d1_17", "d1_18", "d1_20"],
     "Not everyone in town accepts Vodokanal's arguments. City councillor Igor Larin believes the utility "
     "spent money inefficiently for years and is now passing its costs on to residents. […] Zhuravlyov "
     "replied that the vehicles are needed by the emergency crews and were bought with connection fees for "
     "new buildings, not out of the tariff.",
     "Les arguments du Vodokanal ne convainquent pas tout le monde en ville. Pour le député municipal Igor "
     "Larine, l'entreprise a dépensé l'argent de manière inefficace pendant des années et fait maintenant payer ses dépenses "
     "aux habitants. […] Jouravlev a répondu que les véhicules servaient aux équipes d'intervention et "
     "avaient été achetés grâce aux frais de raccordement des nouveaux immeubles, et non avec le tarif.",
     "faithful; […] skips d1_19 (the three SUVs); Не все согласны = not everyone accepts / ne convainquent "
     "pas tout le monde; тратило деньги неэффективно = spent money inefficiently / a dépensé l'argent de manière inefficace",
     None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_11"],
     "Rebuilding the intake and replacing the most dilapidated stretches of pipe will cost 1.6 billion "
     "roubles and take five years.",
     "La reconstruction de la prise d'eau et le remplacement des tronçons les plus vétustes coûteront "
     "1,6 milliard de roubles et prendront cinq ans.",
     "drifted (numbers): миллиард триста миллионов (1.3 billion) → 1.6 billion / 1,6 milliard; five years "
     "kept", None),
    ("q24", S, D, "names", ["d2_07"],
     "The committee's chair, Lyudmila Orlovskaya, stressed that the cost of buying service vehicles and "
     "the management's bonuses had been excluded from the tariff.",
     "La présidente de la commission, Lioudmila Orlovskaïa, a souligné que l'achat de véhicules de service "
     "et les primes de la direction avaient été exclus du tarif.",
     "drifted (names): surname Островская (Ostrovskaya) → Orlovskaya / Orlovskaïa; first name Lyudmila "
     "kept", None),
    ("q25", S, D, "negation", ["d1_12"],
     "According to Zhuravlyov, the utility expects to get part of the money from the federal Clean Water "
     "programme, and its application has already been approved.",
     "Selon Jouravlev, l'entreprise compte obtenir une partie des fonds au titre du programme fédéral « Eau "
     "propre », et sa demande a déjà été approuvée.",
     "drifted (negation reversed): заявку пока не одобрили (the application has not been approved yet) → "
     "has already been approved / a déjà été approuvée", None),
    ("q26", S, D, "hedge", ["d3_09"],
     "Zhuravlyov assured the commission that management would most likely receive no bonuses in 2026.",
     "Jouravlev a assuré à la commission que la direction ne toucherait vraisemblablement pas de primes en "
     "2026.",
     "drifted (hedge added): stated as a firm assurance (выплачиваться не будут) → most likely / "
     "vraisemblablement", None),
    ("q27", S, D, "hedge", ["d3_04"],
     "According to him, unless at least the main pumps are replaced within the next two years, the town "
     "will be left without water for several days in summer.",
     "Selon lui, si au moins les pompes principales ne sont pas remplacées dans les deux ans, la ville se "
     "retrouvera privée d'eau pendant plusieurs jours en été.",
     "drifted (hedge dropped): может остаться (may be left) → will be left / se retrouvera; the condition "
     "is kept", None),
    ("q28", S, D, "quantifier", ["d1_22"],
     "All of those who spoke came out against the increase, but the hearings are only advisory.",
     "Tous les intervenants se sont prononcés contre la hausse, mais les auditions n'ont qu'une valeur "
     "consultative.",
     "drifted (quantifier): Большинство выступавших (most of the speakers) → all of those who spoke / tous "
     "les intervenants", None),
    ("q29", S, D, "omission", ["d3_17"],
     "Zhuravlyov replied that the utility was prepared to install up to five hundred meters free of "
     "charge.",
     "Jouravlev a répondu que l'entreprise était prête à installer gratuitement jusqu'à 500 compteurs.",
     "drifted (omission of a condition): «если город возьмёт на себя половину расходов» (if the town "
     "covers half the cost) dropped, so the offer reads as unconditional; near-miss d4_16 speaks of free "
     "meters as promised", None),
    ("q30", S, D, "addition", ["d2_12"],
     "Details of subsidies and compensation are available from the multi-service centres, from local "
     "social security offices and from Vodokanal's customer service points.",
     "Des informations détaillées sur les aides et les compensations sont disponibles dans les maisons de "
     "services publics, auprès des services sociaux du lieu de résidence et aux guichets clientèle du "
     "Vodokanal.",
     "drifted (addition of a list item): Vodokanal's customer service points / les guichets clientèle du "
     "Vodokanal added to the two places named in the source", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_05", "d3_06", "d3_07"],
     "Shchukin explained that last year almost half of the breakdowns were in Zarechye and on Lugovaya "
     "Street. He also said that replacing the Lugovaya Street main would cost around seventy million "
     "roubles. Viktor Zhuravlyov reported that the utility had made a loss of 46 million roubles in 2025.",
     "Chtchoukine a précisé que l'an dernier, près de la moitié des avaries s'étaient produites à "
     "Zaretchie et rue Lougovaïa. Il a ajouté que le remplacement de la conduite de la rue Lougovaïa "
     "coûterait environ 70 millions de roubles. Viktor Jouravlev a indiqué que l'entreprise avait essuyé "
     "en 2025 une perte de quarante-six millions de roubles.",
     "drifted (numbers) in sentence 2: девяносто миллионов (ninety million) → seventy / 70 millions; "
     "sentences 1 and 3 faithful (almost half and 46 million kept); spans a paragraph break (d3_05, d3_06 "
     "| d3_07)", None),
    ("q32", L, D, "omission", ["d3_18", "d3_19", "d3_20"],
     "The commission decided to recommend that the town administration ask the tariff committee to split "
     "the increase into two stages: nine per cent from 1 July and six per cent from 1 January. Vodokanal "
     "was advised to report to the commission every quarter on the progress of the investment programme. "
     "The administration was also advised to set aside money in the budget for installing meters for "
     "pensioners.",
     "La commission a décidé de recommander à la mairie de demander à la commission des tarifs d'étaler la "
     "hausse en deux temps : 9 % au 1er juillet et 6 % au 1er janvier. Il est recommandé au Vodokanal de "
     "rendre compte chaque trimestre à la commission de l'avancement du programme d'investissement. Il est "
     "également recommandé à la mairie de prévoir au budget des crédits pour l'installation de compteurs "
     "chez les retraités.",
     "drifted (omission of a clause) in sentence 2: «и публиковать эти отчёты на своём сайте» (and publish "
     "the reports on its website) dropped; sentences 1 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d2_15", "d2_16", "d2_17"],
     "Meters are installed free of charge for low-income families; everyone else pays for the "
     "installation themselves. Tariffs for businesses and organisations will go up by twelve per cent. In "
     "most of the region's other municipalities, water tariffs will rise by no more than nine per cent in "
     "2026.",
     "Les compteurs sont posés gratuitement chez les familles modestes ; les autres habitants paient "
     "eux-mêmes l'installation. Pour les entreprises et les organismes, les tarifs augmenteront de 12 %. "
     "Dans la plupart des autres communes de la région, les tarifs de l'eau n'augmenteront pas de plus de "
     "9 % en 2026.",
     "drifted (quantifier) in sentence 3: В остальных муниципальных образованиях (in the other "
     "municipalities) → in most of the other municipalities / dans la plupart des autres communes; "
     "sentences 1-2 faithful; spans a paragraph break (d2_15 | d2_16, d2_17)", None),
    # partial
    ("q34", L, P, "", ["d4_08"],
     "My pension is fourteen thousand, and half of it goes on utility bills. Last year they even turned "
     "down my application for a housing subsidy.",
     "Ma retraite est de 14 000 roubles, et la moitié part dans les charges. L'an dernier, on m'a même "
     "refusé l'aide au logement.",
     "partial: the second sentence (a refused subsidy application) is in no source; the first is "
     "faithful to d4_08 (четырнадцать тысяч = fourteen thousand / 14 000)", None),
    ("q35", L, P, "", ["d2_08", "d2_09"],
     "The committee will check every year what Vodokanal spends the money on. The results of the first "
     "audit will be published in the spring of 2027. If the work under the investment programme is "
     "derailed, next year's tariff may be revised downwards.",
     "La commission vérifiera chaque année à quoi le Vodokanal consacre l'argent perçu. Les résultats du "
     "premier contrôle seront publiés au printemps 2027. Si les travaux du programme d'investissement "
     "prennent du retard, le tarif de l'année suivante pourra être revu à la baisse.",
     "partial: the middle sentence (the first audit published in spring 2027) is in no source; sentences "
     "1 and 3 faithful to d2_08 and d2_09; пересмотрен в сторону снижения = revised downwards / revu à la "
     "baisse", None),
    ("q36", L, P, "", ["d3_15", "d3_16"],
     "Councillor Nina Gromova drew attention to the plight of people in Zarechye's private houses, many of "
     "whom have no meters. She proposed that Vodokanal install meters at its own expense for pensioners "
     "living in private houses. According to her, some three hundred households in Zarechye still fetch "
     "their water from street pumps.",
     "La députée Nina Gromova a attiré l'attention sur la situation des habitants des maisons "
     "individuelles de Zaretchie, dont beaucoup n'ont pas de compteur. Elle a proposé que le Vodokanal "
     "pose à ses frais des compteurs chez les retraités vivant en maison individuelle. Selon elle, quelque "
     "trois cents foyers de Zaretchie s'approvisionneraient encore aux bornes-fontaines.",
     "partial: the last sentence (three hundred households using street pumps) is in no source; the real "
     "next sentence, d3_17, is Zhuravlyov's answer; sentences 1 and 2 faithful to d3_15 and d3_16", None),
    # terms
    ("q37", TM, T, "", ["d1_04"], "water intake", "prise d'eau",
     "term «водозабора» (genitive; literally water-taking)", None),
    ("q38", TM, T, "", ["d1_16"], "every penny counts", "chaque sou compte",
     "term «каждая копейка на счету» (literally each kopeck is on the account), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_04"], "investment programme", "programme d'investissement",
     "term «инвестиционной программы» (genitive)", None),
    ("q40", TM, T, "", ["d2_13"], "surcharge multiplier", "coefficient majorant",
     "term «повышающим коэффициентом» (instrumental; literally raising coefficient)", None),
    ("q41", TM, T, "", ["d3_12"], "federal co-financing", "cofinancement fédéral",
     "term «федеральное софинансирование» (accusative = nominative)", None),
    ("q42", TM, T, "", ["d4_03"], "pick our pockets", "faire les poches",
     "term «залезть к нам в карман» (infinitive; literally climb into our pocket), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "Vodokanal plans to sell its three off-road vehicles and spend the money on repairing the pumps at "
     "the Zarechny intake.",
     "Le Vodokanal prévoit de vendre ses trois 4x4 et de consacrer l'argent à la réparation des pompes de "
     "la prise d'eau de Zaretchny.",
     "absent: no document says the vehicles will be sold; resembles d1_19, d3_08 and d3_03",
     "Водоканал планирует продать три служебных внедорожника и направить вырученные деньги на ремонт "
     "насосов Заречного водозабора."),
    ("q44", S, A, "", [],
     "The regional committee has frozen water tariffs for pensioners over seventy until the end of 2026.",
     "La commission régionale a gelé les tarifs de l'eau pour les retraités de plus de soixante-dix ans "
     "jusqu'à la fin de 2026.",
     "absent: no tariff freeze is mentioned; resembles d2_10 and d2_11",
     "Областной комитет заморозил тарифы на воду для пенсионеров старше семидесяти лет до конца 2026 "
     "года."),
    ("q45", S, A, "", [],
     "Zhuravlyov said the first stage of the intake reconstruction would be finished by the end of next "
     "year.",
     "Jouravlev a déclaré que la première tranche de la reconstruction de la prise d'eau serait achevée "
     "d'ici à la fin de l'année prochaine.",
     "absent: no stage or date is given for the intake; resembles d1_11, d1_24 and d1_26",
     "Журавлёв сообщил, что первый этап реконструкции водозабора будет завершён к концу следующего года."),
    ("q46", S, A, "", [],
     "Residents who have a meter installed before 1 July will keep paying the old tariff until the end of "
     "the year.",
     "Les habitants qui feront poser un compteur avant le 1er juillet continueront de payer l'ancien tarif "
     "jusqu'à la fin de l'année.",
     "absent: no such transition rule exists; resembles d2_13, d2_14 and d2_15",
     "Жители, которые установят счётчик до первого июля, будут платить по старому тарифу до конца года."),
    ("q47", S, A, "", [],
     "Larin claimed that Vodokanal's director had received a bonus of two million roubles last year.",
     "Selon Igor Larine, le directeur du Vodokanal aurait touché l'an dernier une prime de deux millions de "
     "roubles.",
     "absent: Larin says nothing of the kind; resembles d1_18, d2_07 and d3_09 (French conditional for "
     "hearsay)",
     "Ларин заявил, что директор водоканала получил в прошлом году премию в два миллиона рублей."),
    ("q48", L, A, "", [],
     "The town administration has agreed to cover half the cost of meters for pensioners. The first two "
     "hundred meters will be installed in Zarechye in June.",
     "La mairie a accepté de prendre en charge la moitié du coût des compteurs pour les retraités. Les deux "
     "cents premiers compteurs seront posés à Zaretchie en juin.",
     "absent (2 sentences): no such agreement or schedule exists; resembles d3_17, d3_20 and d4_16",
     "Администрация города согласилась взять на себя половину расходов на счётчики для пенсионеров. Первые "
     "двести счётчиков установят в Заречье в июне."),
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
