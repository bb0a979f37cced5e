"""Build the blind quotation set quote_blind17 from one table (standard library only).

Story: the municipal swimming pool «Волна» (Volna) in the town of Verkhneozyorsk closed for major
repairs on 1 July 2025 and was due to reopen by the New Year; rotten roof trusses were found, the
contractor missed its deadline and the pool will not reopen before September 2026. Four Russian source
documents (D1 a newspaper interview with the head of the town's sports committee, D2 the town
administration's official notice, D3 an extract from the town audit chamber's report, D4 a mother's
post on the town forum, the near-miss document) and 48 English / French quotations. Sentence ids
(d1_04) are defined here: they number the sentences of each document from 01, in order, titles not
counted.

    .venv/bin/python benchmarks/data/quote_blind17_build.py

writes quote_blind17.tsv, quote_blind17_labels.tsv, quote_blind17_sources.ru.txt and
quote_blind17_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind17"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью председателя комитета по физической культуре и спорту администрации Верхнеозёрска "
           "Игоря Лапшина газете «Верхнеозёрский вестник», 12 марта 2026 года", [
        ["Городской бассейн «Волна» закрылся на капитальный ремонт первого июля прошлого года и должен был "
         "открыться к Новому году.",
         "Председатель комитета по физической культуре и спорту Игорь Лапшин объяснил нашей газете, почему "
         "двери бассейна до сих пор закрыты."],
        ["— Игорь Николаевич, когда горожане снова смогут поплавать?"],
        ["— Честно скажу: раньше сентября бассейн не откроется.",
         "Подрядчик обещает закончить основные работы к концу июня, а потом нужны пусконаладка и проверка "
         "качества воды.",
         "Называть более точную дату я сейчас не готов."],
        ["— Почему ремонт так затянулся?"],
        ["— Когда разобрали старый подвесной потолок, выяснилось, что деревянные фермы кровли почти "
         "полностью сгнили.",
         "Их замена в проекте вообще не была предусмотрена, потому что последнее обследование здания "
         "проводилось ещё в 2019 году.",
         "Пришлось останавливать работы, заказывать новую экспертизу и менять проект, а это заняло почти "
         "три месяца."],
        ["— Во сколько теперь обойдётся ремонт?"],
        ["— По контракту стоимость работ составляла сто сорок восемь миллионов рублей.",
         "Замена кровли добавит ещё около тридцати семи миллионов, и эти деньги город должен найти сам.",
         "Из первоначальной суммы девяносто шесть миллионов выделила область, остальное заплатил городской "
         "бюджет."],
        ["— Где сейчас тренируются дети?"],
        ["— На время ремонта спортивная школа перевела все свои группы по плаванию в бассейн Лесогорска.",
         "Это сорок километров, поэтому два раза в неделю мы возим детей туда на автобусе за счёт города.",
         "Из трёхсот двадцати воспитанников секции ездить согласились около двухсот, остальные пока "
         "занимаются общей физической подготовкой в спортзале.",
         "Уроки плавания для вторых классов в этом учебном году, к сожалению, пришлось отменить."],
        ["— Говорят, подрядчик уже получил деньги, а сделано мало."],
        ["— Это не совсем так.",
         "Аванс составил тридцать процентов, и большая его часть уже подтверждена выполненными работами.",
         "Мы ведём претензионную работу: за каждый день просрочки подрядчик платит неустойку.",
         "Расторгать контракт сейчас было бы ошибкой, потому что новый конкурс отнял бы ещё полгода."],
        ["— Что получат горожане после ремонта?"],
        ["— У бассейна будет новая чаша из нержавеющей стали, современная вентиляция и отдельный подъёмник "
         "для людей на колясках.",
         "Впервые за сорок шесть лет здание станет доступным для людей с инвалидностью.",
         "Я понимаю раздражение людей, но мы делаем ремонт, чтобы бассейн простоял ещё полвека, а не для "
         "галочки."],
    ]),
    ("D2", "Информационное сообщение администрации города Верхнеозёрска о ходе капитального ремонта "
           "бассейна «Волна», 2 марта 2026 года", [
        ["Администрация города Верхнеозёрска информирует жителей о ходе капитального ремонта муниципального "
         "бассейна «Волна».",
         "Срок окончания работ, установленный контрактом на тридцать первое декабря 2025 года, подрядчиком "
         "не выдержан."],
        ["Контракт на ремонт был заключён в июне 2025 года с ООО «Северстрой-Монтаж» по итогам электронного "
         "аукциона.",
         "В ходе работ выявлена недостаточная несущая способность конструкций кровли, что потребовало "
         "дополнительной экспертизы и корректировки проектной документации.",
         "По заключению экспертизы кровлю необходимо заменить полностью."],
        ["Администрация направила подрядчику три претензии и начисляет неустойку за каждый день просрочки.",
         "Новый срок завершения основных работ согласован на тридцатое июня 2026 года.",
         "Открытие бассейна для посетителей планируется не ранее первого сентября."],
        ["Средства на замену кровли будут предусмотрены при корректировке городского бюджета в апреле.",
         "Глава города Сергей Дьячков поручил изучить возможность получения дополнительной субсидии из "
         "областного бюджета."],
        ["На время ремонта для воспитанников спортивной школы организована бесплатная доставка в бассейн "
         "Лесогорска.",
         "Автобус отправляется от здания спортивной школы по вторникам и пятницам в шестнадцать часов.",
         "Занятия по плаванию для учащихся вторых классов возобновятся после открытия бассейна."],
        ["Абонементы, купленные до закрытия бассейна, не сгорают.",
         "Срок их действия будет продлён на время ремонта, а по желанию владельца деньги могут быть "
         "возвращены.",
         "Заявления на возврат принимаются в кассе спортивной школы по будним дням с девяти до семнадцати "
         "часов."],
        ["Администрация призывает жителей не доверять слухам о продаже здания бассейна частному инвестору.",
         "Бассейн «Волна» остаётся муниципальной собственностью и после ремонта будет работать по прежним "
         "ценам.",
         "Льготы для пенсионеров, детей и людей с инвалидностью сохраняются в полном объёме."],
    ]),
    ("D3", "Выписка из заключения контрольно-счётной палаты города Верхнеозёрска по результатам проверки "
           "расходования средств на капитальный ремонт бассейна «Волна», 6 марта 2026 года", [
        ["Проверка проведена по поручению Думы города Верхнеозёрска с девятого по двадцать седьмое февраля "
         "2026 года.",
         "В проверке участвовали председатель контрольно-счётной палаты Людмила Щербакова, аудитор Олег "
         "Тимофеев и приглашённый специалист по строительному контролю Анатолий Ряшенцев."],
        ["Цена контракта с ООО «Северстрой-Монтаж» составляет сто сорок восемь миллионов рублей, из них "
         "девяносто шесть миллионов предоставлены из областного бюджета.",
         "Подрядчику перечислен аванс в размере сорока четырёх миллионов четырёхсот тысяч рублей, что "
         "соответствует тридцати процентам цены контракта.",
         "Выполненные и принятые работы на дату проверки составили двадцать девять миллионов рублей.",
         "Таким образом, неотработанный аванс составляет пятнадцать миллионов четыреста тысяч рублей."],
        ["Проверка установила, что вентиляционное оборудование закуплено подрядчиком по цене в полтора раза "
         "выше средней рыночной.",
         "Обоснование такой цены в документации отсутствует.",
         "Кроме того, смета не включала обследование кровли, хотя последнее техническое обследование здания "
         "было выполнено более шести лет назад."],
        ["Нарушений при проведении аукциона не выявлено.",
         "В аукционе участвовали три компании, и ООО «Северстрой-Монтаж» предложило наименьшую цену.",
         "Вместе с тем палата отмечает, что начальная цена контракта была снижена всего на два процента."],
        ["Директор ООО «Северстрой-Монтаж» Руслан Хабибуллин в письменных пояснениях сообщил, что задержка "
         "вызвана исключительно заменой кровли.",
         "По его словам, компания готова завершить работы до конца июня при условии своевременной оплаты "
         "дополнительных работ.",
         "Палата не исключает, что часть задержки связана с нехваткой рабочих на объекте.",
         "В январе на объекте одновременно находились не более восьми рабочих при плановой численности в "
         "двадцать пять человек."],
        ["Палата рекомендует администрации города взыскать с подрядчика неустойку, которая на дату проверки "
         "составила три миллиона двести тысяч рублей.",
         "Администрации также рекомендовано до первого апреля провести повторную проверку цены "
         "вентиляционного оборудования, а до её завершения не оплачивать его поставку.",
         "Комитету по физической культуре и спорту рекомендовано ежемесячно представлять в Думу города "
         "отчёт о ходе ремонта."],
        ["Заключение направлено главе города и в Думу города Верхнеозёрска.",
         "Материалы о закупке вентиляционного оборудования переданы в прокуратуру для правовой оценки.",
         "Председатель палаты Людмила Щербакова подчеркнула, что делать выводы о возможном ущербе пока "
         "рано.",
         "Повторная проверка назначена на май 2026 года."],
    ]),
    ("D4", "Сообщение жительницы Верхнеозёрска Ксении Воронцовой на городском форуме «Верхнеозёрск онлайн», "
           "15 марта 2026 года", [
        ["Соседи, давайте поговорим о нашей «Волне».",
         "Бассейн стоит закрытым уже почти год, а конца ремонту не видно.",
         "Мой сын три года занимался плаванием, и теперь я не знаю, что ему сказать."],
        ["В администрации теперь говорят, что бассейн откроют не раньше следующего года.",
         "Подрядчику, как я слышала, заплатили вперёд половину всех денег.",
         "Я в январе проходила мимо: рабочих на стройке кот наплакал, человека три.",
         "Всего ремонт уже тянет на двести миллионов, хотя начинали со ста с небольшим."],
        ["Детей возят в Лесогорск раз в неделю, и за дорогу родители платят сами.",
         "Больше половины ребят из секции за зиму просто бросили плавание.",
         "Кровлю, оказывается, лет десять никто не проверял, вот она и сгнила."],
        ["Абонементы наши, говорят, просто сгорели, и деньги никто не вернёт.",
         "По городу ходят слухи, что здание после ремонта продадут какому-то бизнесмену.",
         "Контрольно-счётная палата нашла нарушения, и на подрядчика уже завели уголовное дело."],
        ["Я понимаю, что ремонт был нужен, бассейну почти полвека.",
         "Но почему нельзя было сначала проверить крышу, а уже потом объявлять сроки?",
         "Никто из чиновников так и не ответил на моё письмо, которое я отправила ещё в январе."],
        ["Я не требую невозможного.",
         "Пусть назовут честный срок и хотя бы раз в месяц рассказывают, что происходит.",
         "Напишите в комментариях, кто ещё возит детей в Лесогорск, давайте ездить вместе.",
         "Может быть, хоть так нас услышат."],
    ]),
]

# 15 unrelated sentences in the same registers (town sports news, an interview, an administration
# notice, an audit chamber, a forum post); they are in no document.
UNRELATED = [
    "На стадионе «Труд» завершилась замена искусственного газона, на которую ушло четыре месяца.",
    "Новое покрытие рассчитано на круглогодичные тренировки футбольных команд.",
    "— С чего началось ваше увлечение лёгкой атлетикой?",
    "— В пятом классе учитель физкультуры позвал меня на районные соревнования, и я прибежала третьей.",
    "Администрация города сообщает, что с понедельника изменится расписание пригородных автобусов.",
    "Администрация напоминает, что запись детей в летние лагеря открыта до конца апреля.",
    "Палата провела проверку использования средств на благоустройство дворовых территорий.",
    "Нарушения выявлены при закупке уличных скамеек и урн для парка Победы.",
    "Отчёт о проверке муниципального архива будет рассмотрен на следующем заседании Думы.",
    "Ребята, кто знает хорошего мастера по ремонту стиральных машин, подскажите!",
    "У нас во дворе уже третий день не вывозят мусор, куда жаловаться?",
    "В субботу на городской площади пройдёт весенняя ярмарка ремёсел.",
    "Краеведческий музей продлил выставку старинных открыток до конца мая.",
    "Юношеская команда по волейболу вышла в финал областного первенства.",
    "С первого апреля в городе начнётся ямочный ремонт дорог на двенадцати улицах.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_04"],
     "Honestly, the pool won't open before September.",
     "Pour être franc, la piscine n'ouvrira pas avant septembre.",
     "faithful; раньше сентября ... не откроется = won't open before September / n'ouvrira pas avant "
     "septembre; честно скажу = honestly / pour être franc; near-miss d4_04 says not before next year",
     None),
    ("q02", S, F, "", ["d3_09"],
     "Moreover, the estimate did not include a survey of the roof, even though the building's last "
     "technical survey had been carried out more than six years earlier.",
     "En outre, le devis ne prévoyait aucune inspection de la toiture, alors que la dernière expertise "
     "technique du bâtiment remontait à plus de six ans.",
     "faithful; более шести лет = more than six years / plus de six ans (kept); near-miss d4_10 says about "
     "ten years", None),
    ("q03", S, F, "", ["d2_14"],
     "Season tickets bought before the pool closed do not expire.",
     "Les abonnements achetés avant la fermeture de la piscine ne sont pas perdus.",
     "faithful; не сгорают (literally do not burn) = do not expire / ne sont pas perdus, idiom by idiom; "
     "near-miss d4_11 says the tickets were simply lost", None),
    ("q04", S, F, "", ["d3_04"],
     "The contractor received an advance of 44.4 million roubles, or 30 per cent of the contract price.",
     "Une avance de quarante-quatre millions quatre cent mille roubles, soit trente pour cent du prix du "
     "marché, a été versée à l'entreprise.",
     "faithful; passive turned active in en; numbers as digits in en, words in fr; near-miss d4_05 says "
     "half of the money was paid up front", None),
    ("q05", S, F, "", ["d2_08"],
     "The pool is due to reopen to visitors on 1 September at the earliest.",
     "L'ouverture de la piscine au public est prévue au plus tôt le 1er septembre.",
     "faithful; не ранее = at the earliest / au plus tôt; первого сентября = 1 September / 1er septembre; "
     "near-miss d4_04 says not before next year", None),
    ("q06", S, F, "", ["d3_16"],
     "In January there were never more than eight workers on site at any one time, against a planned "
     "workforce of twenty-five.",
     "En janvier, il n'y avait pas plus de 8 ouvriers à la fois sur le chantier, pour un effectif prévu de "
     "25 personnes.",
     "faithful; не более восьми = never more than eight / pas plus de 8 (kept); numbers as words in en, "
     "digits in fr; near-miss d4_06 says about three workers", None),
    ("q07", S, F, "", ["d3_22"],
     "Lyudmila Shcherbakova, who chairs the chamber, stressed that it was too early to draw any "
     "conclusions about possible losses.",
     "La présidente de la chambre, Lioudmila Chtcherbakova, a souligné qu'il était encore trop tôt pour "
     "tirer des conclusions sur un éventuel préjudice.",
     "faithful; apposition reordered; пока рано = too early / encore trop tôt; near-miss d4_13 says a "
     "criminal case has been opened", None),
    ("q08", S, F, "", ["d2_17"],
     "The administration urges residents not to believe rumours that the pool building is being sold to a "
     "private investor.",
     "L'administration appelle les habitants à ne pas croire les rumeurs selon lesquelles le bâtiment de la "
     "piscine serait vendu à un investisseur privé.",
     "faithful; French conditional for the rumour; near-miss d4_12 repeats the rumour", None),
    ("q09", S, F, "", ["d4_05"],
     "I heard the contractor was paid half of all the money up front.",
     "À ce que j'ai entendu, l'entrepreneur a touché d'avance la moitié de la somme.",
     "faithful rendering of the near-miss sentence d4_05 (D3 d3_04 says thirty per cent); как я слышала = "
     "I heard / à ce que j'ai entendu", None),
    ("q10", S, F, "", ["d4_10"],
     "It turns out nobody had checked the roof for ten years or so, which is why it rotted.",
     "Il s'avère que personne n'avait vérifié la toiture depuis une dizaine d'années, voilà pourquoi elle a "
     "pourri.",
     "faithful rendering of the near-miss sentence d4_10 (D1 d1_09 says 2019, D3 d3_09 more than six "
     "years); лет десять = ten years or so / une dizaine d'années; никто не проверял = nobody had checked",
     None),
    ("q11", S, F, "", ["d4_03"],
     "My son swam for three years, and now I don't know what to tell him.",
     "Mon fils a fait de la natation pendant trois ans, et maintenant je ne sais pas quoi lui dire.",
     "faithful; D4's own sentence; занимался плаванием = swam / a fait de la natation", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_08", "d1_09"],
     "When the old suspended ceiling came down, we found that the wooden roof trusses had rotted almost "
     "completely. Replacing them was not in the design at all, because the building had last been "
     "surveyed back in 2019.",
     "Quand on a démonté l'ancien faux plafond, on a découvert que les fermes en bois de la toiture étaient "
     "presque entièrement pourries. Leur remplacement n'était pas du tout prévu dans le projet, car la "
     "dernière inspection du bâtiment remontait à 2019.",
     "faithful; impersonal разобрали, выяснилось = we / on; почти полностью = almost completely / presque "
     "entièrement (kept); near-miss d4_10 says about ten years", None),
    ("q13", L, F, "", ["d1_05", "d1_06"],
     "The contractor promises to finish the main work by the end of June, and after that there is "
     "commissioning and water-quality testing to do. I'm not prepared to give a more precise date right "
     "now.",
     "L'entreprise promet d'achever les principaux travaux d'ici à la fin juin, puis il faudra la mise en "
     "service et le contrôle de la qualité de l'eau. Je ne suis pas prêt à avancer une date plus précise "
     "pour l'instant.",
     "faithful; не готов = not prepared / ne suis pas prêt; пусконаладка = commissioning / mise en "
     "service", None),
    ("q14", L, F, "", ["d2_15", "d2_16"],
     "Their validity will be extended for as long as the repairs last, and holders who prefer can have "
     "their money refunded. Refund requests are accepted at the sports school's ticket office on weekdays "
     "from 9 am to 5 pm.",
     "Leur validité sera prolongée pendant toute la durée des travaux, et les titulaires qui le souhaitent "
     "pourront être remboursés. Les demandes de remboursement sont reçues à la caisse de l'école de sport "
     "en semaine, de neuf heures à dix-sept heures.",
     "faithful; passive turned active; с девяти до семнадцати часов = from 9 am to 5 pm / de neuf heures à "
     "dix-sept heures; near-miss d4_11 says no refund", None),
    ("q15", L, F, "", ["d4_18", "d4_19"],
     "Let them give us an honest date and tell us what's going on at least once a month. Say in the "
     "comments who else drives their kids to Lesogorsk, and let's share the trips.",
     "Qu'on nous donne une date honnête et qu'on nous dise au moins une fois par mois où en sont les "
     "choses. Dites-moi en commentaire qui d'autre emmène ses enfants à Lessogorsk, et faisons le trajet "
     "ensemble.",
     "faithful; D4's own sentences; в Лесогорск = Lesogorsk / Lessogorsk; давайте ездить вместе = let's "
     "share the trips / faisons le trajet ensemble", None),
    ("q16", L, F, "", ["d3_10", "d3_11"],
     "No irregularities were found in the way the auction was run. Three companies took part, and "
     "Severstroy-Montazh offered the lowest price.",
     "Aucune irrégularité n'a été constatée dans le déroulement des enchères. Trois entreprises y ont pris "
     "part, et Severstroï-Montaj a proposé le prix le plus bas.",
     "faithful; Нарушений ... не выявлено = no irregularities were found / aucune irrégularité; ООО left "
     "out", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_12", "d1_13", "d1_14"],
     "Under the contract, the work was priced at 148 million roubles. Replacing the roof will add roughly "
     "another 37 million, and the city has to find that money on its own. Of the original amount, the "
     "region put in 96 million and the city budget paid the rest.",
     "Selon le contrat, les travaux coûtaient cent quarante-huit millions de roubles. Le remplacement de la "
     "toiture ajoutera encore environ trente-sept millions, et cet argent, la ville doit le trouver "
     "elle-même. Sur la somme initiale, la région a apporté quatre-vingt-seize millions, et le budget "
     "municipal a payé le reste.",
     "faithful; numbers as digits in en, words in fr; около kept as roughly / environ; near-miss d4_07 "
     "says two hundred million, starting from a hundred-odd", None),
    ("q18", L, F, "", ["d2_05", "d2_06", "d2_07"],
     "According to the expert assessment, the roof has to be replaced entirely. The administration has "
     "sent the contractor three formal claims and is charging a penalty for each day of delay. A new "
     "deadline of 30 June 2026 has been agreed for completing the main work.",
     "Selon l'expertise, la toiture doit être entièrement remplacée. L'administration a adressé trois "
     "réclamations à l'entreprise et lui applique des pénalités pour chaque jour de retard. La nouvelle "
     "date d'achèvement des principaux travaux a été fixée d'un commun accord au 30 juin 2026.",
     "faithful; spans a paragraph break (d2_05 | d2_06, d2_07); тридцатое июня = 30 June / 30 juin", None),
    ("q19", L, F, "", ["d1_16", "d1_17", "d1_18", "d1_19"],
     "While the repairs are going on, the sports school has moved all its swimming groups to the pool in "
     "Lesogorsk. That's forty kilometres away, so twice a week we bus the children there at the city's "
     "expense. Of the section's 320 young swimmers, about 200 agreed to make the trip; the rest are doing "
     "general fitness training in the gym for now. Swimming lessons for second-graders have, "
     "unfortunately, had to be cancelled this school year.",
     "Pendant les travaux, l'école de sport a transféré tous ses groupes de natation à la piscine de "
     "Lessogorsk. C'est à quarante kilomètres, alors deux fois par semaine nous y emmenons les enfants en "
     "car, aux frais de la ville. Sur les trois cent vingt élèves de la section, environ deux cents ont "
     "accepté de faire le trajet, les autres font pour l'instant de la préparation physique générale au "
     "gymnase. Les cours de natation des élèves de deuxième année ont malheureusement dû être annulés cette "
     "année scolaire.",
     "faithful; бассейн Лесогорска (genitive) = the pool in Lesogorsk; трёхсот двадцати = 320 / trois cent "
     "vingt; около двухсот = about 200 / environ deux cents; near-misses d4_08 (once a week, parents pay) "
     "and d4_09 (more than half quit); contains the term of q39", None),
    ("q20", L, F, "", ["d3_06", "d3_07", "d3_08"],
     "The unearned advance therefore stands at 15.4 million roubles. The audit found that the contractor "
     "had bought the ventilation equipment at one and a half times the average market price. The documents "
     "give no justification for that price.",
     "L'avance non justifiée s'élève donc à quinze millions quatre cent mille roubles. Le contrôle a établi "
     "que l'entreprise avait acheté l'équipement de ventilation à un prix une fois et demie supérieur au "
     "prix moyen du marché. Aucune justification de ce prix ne figure dans le dossier.",
     "faithful; spans a paragraph break (d3_06 | d3_07, d3_08); passive turned active; отсутствует = give "
     "no justification / aucune justification ne figure; contains the term of q40", None),
    ("q21", L, F, "", ["d4_14", "d4_15", "d4_17"],
     "I understand the repairs were needed; the pool is almost fifty years old. But why couldn't they check "
     "the roof first and only then announce deadlines? (…) I'm not demanding the impossible.",
     "Je comprends que les travaux étaient nécessaires, la piscine a presque cinquante ans. Mais pourquoi "
     "ne pas avoir vérifié le toit d'abord, et annoncé des délais seulement ensuite ? (…) Je ne demande pas "
     "l'impossible.",
     "faithful; ellipsis (…) skips d4_16 (the unanswered letter); D4's own sentences; почти полвека = "
     "almost fifty years / presque cinquante ans; нельзя было = couldn't they / pourquoi ne pas", None),
    ("q22", L, F, "", ["d3_20", "d3_21", "d3_23"],
     "The report has been sent to the head of the city and to the Verkhneozyorsk City Duma. The material "
     "on the purchase of the ventilation equipment has been passed to the prosecutor's office for a legal "
     "assessment. […] A follow-up audit is scheduled for May 2026.",
     "Le rapport a été transmis au maire et à la Douma municipale de Verkhneoziorsk. Les pièces relatives "
     "à l'achat de l'équipement de ventilation ont été remises au parquet pour qualification juridique. "
     "[…] Un nouveau contrôle est prévu en mai 2026.",
     "faithful; ellipsis […] skips d3_22 (too early for conclusions); главе города = the head of the city "
     "/ au maire; near-miss d4_13 says a criminal case has been opened", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_05"],
     "Work completed and accepted as of the audit date came to 39 million roubles.",
     "Les travaux exécutés et réceptionnés à la date du contrôle s'élevaient à trente-neuf millions de "
     "roubles.",
     "drifted (numbers): двадцать девять миллионов (29 million) → 39 million; the rest faithful", None),
    ("q24", S, D, "names", ["d2_10"],
     "The head of the city, Sergei Dyakonov, has asked for the possibility of an additional subsidy from "
     "the regional budget to be looked into.",
     "Le maire, Sergueï Diakonov, a demandé d'étudier la possibilité d'obtenir une subvention "
     "supplémentaire du budget régional.",
     "drifted (names): surname Дьячков (Dyachkov) → Dyakonov / Diakonov; first name Sergei kept", None),
    ("q25", S, D, "negation", ["d2_18"],
     "The Volna pool remains municipal property, but after the repairs it will no longer charge the old "
     "prices.",
     "La piscine Volna reste propriété municipale, mais après les travaux elle ne pratiquera plus les "
     "anciens tarifs.",
     "drifted (negation reversal): будет работать по прежним ценам (will charge the old prices) → will no "
     "longer charge the old prices / ne pratiquera plus", None),
    ("q26", S, D, "hedge", ["d1_24"],
     "Terminating the contract now would probably be a mistake, because a new tender would take another "
     "six months.",
     "Résilier le contrat maintenant serait probablement une erreur, car un nouvel appel d'offres "
     "prendrait encore six mois.",
     "drifted (hedge added): было бы ошибкой (would be a mistake, said flatly) → would probably be / "
     "serait probablement", None),
    ("q27", S, D, "hedge", ["d3_15"],
     "The chamber found that part of the delay was due to a shortage of workers on site.",
     "La chambre a établi qu'une partie du retard était due au manque d'ouvriers sur le chantier.",
     "drifted (hedge dropped): не исключает, что ... связана (does not rule out that it is linked) → found "
     "/ a établi", None),
    ("q28", S, D, "quantifier", ["d2_19"],
     "Some of the concessions for pensioners, children and people with disabilities are being kept.",
     "Une partie des tarifs réduits pour les retraités, les enfants et les personnes handicapées est "
     "maintenue.",
     "drifted (quantifier): сохраняются в полном объёме (kept in full) → some of / une partie", None),
    ("q29", S, D, "omission", ["d2_11"],
     "While the repairs last, free transport to the Lesogorsk pool has been laid on.",
     "Pendant les travaux, un transport gratuit vers la piscine de Lessogorsk a été mis en place.",
     "drifted (omission of a restriction): «для воспитанников спортивной школы» (for the sports school's "
     "pupils) is dropped, so the free transport reads as open to everyone", None),
    ("q30", S, D, "addition", ["d3_02"],
     "The audit was carried out by the chamber's chair Lyudmila Shcherbakova, the auditor Oleg Timofeyev, "
     "a representative of the regional finance ministry and Anatoly Ryashentsev, a construction "
     "supervision specialist brought in for the purpose.",
     "Ont participé au contrôle la présidente de la chambre des comptes, Lioudmila Chtcherbakova, "
     "l'auditeur Oleg Timofeïev, un représentant du ministère régional des Finances et Anatoli "
     "Riachentsev, spécialiste du contrôle des travaux invité pour l'occasion.",
     "drifted (addition of a list item): \"a representative of the regional finance ministry\" / \"un "
     "représentant du ministère régional des Finances\" added to the list; contains the term of q41",
     None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_01", "d2_02", "d2_03"],
     "The Verkhneozyorsk city administration is informing residents of progress on the major repairs to "
     "the municipal Volna pool. The contractor has missed the completion date of 30 November 2025 set in "
     "the contract. The repair contract was signed with Severstroy-Montazh in June 2025 following an "
     "electronic auction.",
     "L'administration de la ville de Verkhneoziorsk informe les habitants de l'avancement des travaux de "
     "rénovation de la piscine municipale Volna. L'entreprise n'a pas respecté la date d'achèvement du "
     "30 novembre 2025 fixée par le contrat. Le marché de rénovation a été conclu en juin 2025 avec la "
     "société Severstroï-Montaj à l'issue d'enchères électroniques.",
     "drifted (numbers) in sentence 2: тридцать первое декабря (31 December) → 30 November / 30 novembre; "
     "sentences 1 and 3 faithful (June 2025 kept); spans a paragraph break (d2_01, d2_02 | d2_03)", None),
    ("q32", L, D, "omission", ["d3_17", "d3_18", "d3_19"],
     "The chamber recommends that the city administration recover from the contractor the penalty, which "
     "stood at 3.2 million roubles as of the audit date. The administration is also advised to re-check "
     "the price of the ventilation equipment by 1 April. The sports committee is advised to report to the "
     "City Duma every month on the progress of the repairs.",
     "La chambre recommande à l'administration municipale de recouvrer auprès de l'entreprise les "
     "pénalités, qui atteignaient trois millions deux cent mille roubles à la date du contrôle. Il est "
     "également recommandé à l'administration de vérifier à nouveau, d'ici au 1er avril, le prix de "
     "l'équipement de ventilation. Il est recommandé au comité des sports de présenter chaque mois à la "
     "Douma municipale un rapport sur l'avancement des travaux.",
     "drifted (omission of a clause) in sentence 2: «а до её завершения не оплачивать его поставку» (and "
     "not to pay for its delivery until the check is complete) dropped; sentences 1 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d1_21", "d1_22", "d1_23"],
     "That's not quite true. The advance was thirty per cent, and all of it is already backed by work that "
     "has been done. We are pursuing claims: for every day of delay the contractor pays a penalty.",
     "Ce n'est pas tout à fait exact. L'avance était de 30 %, et elle est déjà entièrement couverte par des "
     "travaux réalisés. Nous avons engagé des réclamations : pour chaque jour de retard, l'entreprise paie "
     "des pénalités.",
     "drifted (quantifier) in sentence 2: большая его часть (most of it) → all of it / entièrement; "
     "sentences 1 and 3 faithful", None),
    # partial
    ("q34", L, P, "", ["d4_20"],
     "More than six hundred of us have already signed a petition to the City Duma. Maybe this way, at "
     "least, they will hear us.",
     "Plus de six cents d'entre nous ont déjà signé une pétition adressée à la Douma municipale. Peut-être "
     "qu'au moins comme ça, on nous entendra.",
     "partial: the first sentence (a petition with more than six hundred signatures) is in no source; the "
     "second is faithful to d4_20", None),
    ("q35", L, P, "", ["d3_13", "d3_14"],
     "In written explanations, Ruslan Khabibullin, director of Severstroy-Montazh, stated that the delay "
     "was caused solely by the roof replacement. He said the company had already taken on a second crew of "
     "twenty roofers. According to him, the company is ready to complete the work by the end of June, "
     "provided the additional work is paid for on time.",
     "Dans des explications écrites, le directeur de Severstroï-Montaj, Rouslan Khabiboulline, a affirmé "
     "que le retard était dû exclusivement au remplacement de la toiture. Selon lui, l'entreprise aurait "
     "déjà embauché une deuxième équipe de vingt couvreurs. Toujours selon lui, elle serait prête à "
     "achever les travaux d'ici à la fin juin, à condition que les travaux supplémentaires soient payés à "
     "temps.",
     "partial: the middle sentence (a second crew of twenty roofers already hired) is in no source; "
     "sentences 1 and 3 faithful to d3_13 and d3_14 (French conditional for reported speech; d3_16 counts "
     "no more than eight workers)", None),
    ("q36", L, P, "", ["d2_09"],
     "Money for the new roof will be provided for when the city budget is revised in April. Part of the "
     "cost will also be claimed from the contractor's insurer.",
     "Les crédits pour le remplacement de la toiture seront prévus lors de la révision du budget municipal "
     "en avril. Une partie du coût sera en outre réclamée à l'assureur de l'entreprise.",
     "partial: the last sentence (a claim on the contractor's insurer) is in no source; the real next "
     "sentence, d2_10, is about a regional subsidy; the first is faithful to d2_09", None),
    # terms
    ("q37", TM, T, "", ["d2_04"], "load-bearing capacity", "capacité portante",
     "term «несущая способность» (nominative)", None),
    ("q38", TM, T, "", ["d1_28"], "for show", "pour la forme",
     "term «для галочки» (literally for the tick mark), idiom by idiom", None),
    ("q39", TM, T, "", ["d1_18"], "general fitness training", "préparation physique générale",
     "term «общей физической подготовкой» (instrumental)", None),
    ("q40", TM, T, "", ["d3_06"], "unearned advance", "avance non justifiée",
     "term «неотработанный аванс» (nominative; literally an advance not worked off)", None),
    ("q41", TM, T, "", ["d3_02"], "construction supervision", "contrôle des travaux",
     "term «строительному контролю» (dative)", None),
    ("q42", TM, T, "", ["d4_06"], "precious few", "pas grand monde",
     "term «кот наплакал» (literally the cat has cried), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The small children's pool will be filled in and replaced by a fitness room.",
     "Le petit bassin pour enfants sera comblé et remplacé par une salle de musculation.",
     "absent: no document mentions a children's pool or a fitness room; resembles d1_26",
     "Малая детская чаша будет засыпана, а на её месте оборудуют тренажёрный зал."),
    ("q44", S, A, "", [],
     "Families who drive their children to Lesogorsk themselves will receive 2,000 roubles a month in "
     "compensation.",
     "Les familles qui conduisent elles-mêmes leurs enfants à Lessogorsk recevront une compensation de "
     "deux mille roubles par mois.",
     "absent: no compensation is mentioned; resembles d2_11, d1_17, d4_08 and d4_19",
     "Семьи, которые сами возят детей в Лесогорск, будут получать компенсацию в размере двух тысяч рублей "
     "в месяц."),
    ("q45", S, A, "", [],
     "The audit chamber found that the contractor had subcontracted the roof work to a firm registered in "
     "another region.",
     "La chambre des comptes a établi que l'entreprise avait sous-traité la toiture à une société "
     "enregistrée dans une autre région.",
     "absent: the report says nothing of a subcontractor; resembles d3_07 and d3_13",
     "Палата установила, что подрядчик передал работы по кровле субподрядной организации, "
     "зарегистрированной в другом регионе."),
    ("q46", S, A, "", [],
     "The contract with Severstroy-Montazh will be terminated if the main work is not finished by 30 June.",
     "Le contrat avec Severstroï-Montaj sera résilié si les principaux travaux ne sont pas achevés au "
     "30 juin.",
     "absent: no document threatens termination (D1 rules it out); resembles d2_07 and d1_24",
     "Если основные работы не будут завершены к тридцатому июня, контракт с ООО «Северстрой-Монтаж» будет "
     "расторгнут."),
    ("q47", S, A, "", [],
     "Lapshin said the sports school had lost three of its nine swimming coaches since the pool closed.",
     "Selon Igor Lapchine, l'école de sport aurait perdu trois de ses neuf entraîneurs de natation depuis "
     "la fermeture de la piscine.",
     "absent: no coaches are mentioned; resembles d1_16 and d1_18 (French conditional for hearsay)",
     "Лапшин сообщил, что после закрытия бассейна спортивная школа лишилась трёх из девяти тренеров по "
     "плаванию."),
    ("q48", L, A, "", [],
     "Second-graders will be offered free swimming lessons during the summer holidays to make up for the "
     "lost year. The lessons will be held on the lake beach in Lesogorsk.",
     "Les élèves de deuxième année se verront proposer des cours de natation gratuits pendant les vacances "
     "d'été pour rattraper l'année perdue. Les cours auront lieu sur la plage du lac de Lessogorsk.",
     "absent (2 sentences): no summer lessons or lake are mentioned; resembles d1_19 and d2_13",
     "Второклассникам предложат бесплатные занятия по плаванию во время летних каникул, чтобы наверстать "
     "пропущенный год. Занятия пройдут на пляже озера в Лесогорске."),
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
