"""Build the blind quotation set blind6 from one table, so ids, gold spans and files agree.

Written blind (no Parallax code run or read). Standard library only.

    python3 quote_blind6_build.py   # writes the four data files next to this script
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# Each document: (id, title, paragraphs); each paragraph is a list of sentences.
# Sentence ids are dN_MM, numbered through the document (titles are not sentences).
DOCUMENTS: list[tuple[str, str, list[list[str]]]] = [
    ("D1", "Публичная лекция лимнолога Марины Стрельниковой «Что происходит с Чурымом», "
           "городская библиотека Зимогорска, 18 октября 2025 года", [
        [
            "Добрый вечер, спасибо, что пришли в такую погоду.",
            "Меня зовут Марина Стрельникова, я двадцать два года изучаю северные озёра, "
            "а последние шесть лет занимаюсь Чурымом.",
            "Сегодня я постараюсь рассказать, что на самом деле происходит с озером, "
            "без паники и без успокоительных сказок.",
        ],
        [
            "Начну с главного: концентрация никеля в северном заливе Чурыма превышает "
            "предельно допустимую в 14 раз.",
            "Мы отбирали пробы каждый месяц с мая по сентябрь, и превышение было во всех пробах без исключения.",
            "Источник загрязнения сомнений не вызывает: это хвостохранилище Зимогорского "
            "горно-обогатительного комбината.",
            "Вода, которая просачивается через его дамбу, несёт в озеро никель, медь и сульфаты.",
            "Местные жители давно называют этот ручей «рыжей водой», и название очень точное.",
        ],
        [
            "Что это значит для рыбы?",
            "За три года улов сига в северной части озера сократился почти вдвое.",
            "Все рыбаки из Вязовки, с которыми мы разговаривали, рассказывают одно и то же: "
            "сиг стал мельче, а у окуня появились язвы.",
            "В южной части, куда стоки почти не доходят, картина пока другая.",
            "Журналисты уже успели назвать Чурым «мёртвым озером».",
            "Я бы с этим не спешила: говорить о гибели озера пока нельзя.",
            "Экосистема Чурыма ещё способна восстановиться, если сбросы прекратятся.",
        ],
        [
            "Меня часто спрашивают, можно ли пить воду из-под крана.",
            "Водозабор Зимогорска находится в южной части озера, в восемнадцати километрах от залива, "
            "и в водопроводной воде мы превышений не нашли.",
            "А вот купаться в северном заливе и ловить там рыбу я бы не советовала никому.",
            "Скорее всего, донные отложения останутся загрязнёнными ещё лет двадцать.",
        ],
        [
            "Что можно сделать?",
            "Во-первых, перехватить стоки: построить дренажную канаву и очистные сооружения у подножия дамбы.",
            "Во-вторых, вести независимый мониторинг, а не полагаться только на отчёты самого комбината.",
            "Такие системы давно работают на Кольском полуострове и в Канаде, и ничего фантастического в них нет.",
            "По нашим оценкам, это обойдётся в сумму от 600 до 800 миллионов рублей.",
            "Для комбината с выручкой в десятки миллиардов это не такие большие деньги.",
        ],
        [
            "Я учёный, а не политик, и решать, кто за это заплатит, не мне.",
            "Но я точно знаю: если ничего не делать, через десять лет обсуждать будет уже нечего.",
            "Спасибо, я готова ответить на ваши вопросы.",
        ],
    ]),
    ("D2", "Открытое письмо профсоюзного комитета Зимогорского горно-обогатительного комбината "
           "генеральному директору АО «Полярная руда» Аркадию Бессонову, 3 ноября 2025 года", [
        [
            "Уважаемый Аркадий Львович!",
            "Мы обращаемся к вам открыто, потому что за последние полгода ни на одно наше письмо не пришло ответа.",
            "Ваш заместитель Сергей Крутиков на встрече в августе обещал ответить нам в течение месяца, "
            "но этого так и не произошло.",
            "Это письмо подписали 2 317 работников комбината, и каждый из них готов подписаться под каждым его словом.",
        ],
        [
            "В сентябре руководство объявило о сокращении 1 140 рабочих мест до конца 2026 года.",
            "Это называют «оптимизацией штата», но для Зимогорска это означает, что без работы останется "
            "почти каждая десятая семья.",
            "Ни одного плана переобучения или трудоустройства сокращаемых нам так и не показали.",
            "При этом по итогам прошлого года акционеры получили 4,6 миллиарда рублей дивидендов.",
        ],
        [
            "Второе, о чём мы не можем молчать, — это безопасность.",
            "За 2025 год на комбинате произошло девять несчастных случаев, два из них — со смертельным исходом.",
            "Оборудование обогатительной фабрики не обновлялось с 1990-х годов, а ремонтные бригады сокращены вдвое.",
            "Люди выходят на двенадцатичасовые смены по две подряд, потому что заменить их некем.",
        ],
        [
            "Мы знаем и о том, что происходит с озером.",
            "Многие из нас выросли на Чурыме, наши дети купаются в нём и едят выловленную там рыбу.",
            "Нас пытаются убедить, что профсоюз должен выбирать между рабочими местами и чистой водой.",
            "Это ложный выбор, и делать его мы не будем.",
            "Деньги на очистные сооружения у компании есть, нет только желания их тратить.",
        ],
        [
            "Мы требуем трёх вещей.",
            "Во-первых, приостановить сокращения до тех пор, пока не будет согласована программа переобучения.",
            "Во-вторых, провести независимую проверку безопасности на обогатительной фабрике с участием профсоюза.",
            "В-третьих, опубликовать результаты всех экологических замеров за последние пять лет.",
            "Если до 1 декабря мы не получим ответа, профсоюз будет вынужден начать подготовку к забастовке.",
            "Мы не хотим бастовать, но и молчать больше не станем.",
        ],
        [
            "Председатель профсоюзного комитета Фёдор Лукьяненко.",
        ],
    ]),
    ("D3", "Краткое изложение решения Арбитражного суда Тавранской области по иску межрайонного "
           "природоохранного прокурора к АО «Полярная руда», 27 января 2026 года", [
        [
            "Арбитражный суд Тавранской области под председательством судьи Тамары Орловой рассмотрел иск "
            "межрайонного природоохранного прокурора к АО «Полярная руда» о возмещении вреда, "
            "причинённого озеру Чурым.",
            "Прокурор требовал взыскать с компании 1,9 миллиарда рублей и обязать её прекратить сброс "
            "загрязнённых вод в озеро.",
            "В судебном заседании были допрошены восемь свидетелей, в том числе жители посёлка Вязовка "
            "и работники комбината.",
        ],
        [
            "Суд установил, что с 2021 по 2024 год загрязнённые воды из хвостохранилища комбината поступали "
            "в северный залив озера через повреждённый участок дамбы.",
            "Этот факт подтверждён заключениями двух независимых экспертиз и по существу не оспаривался ответчиком.",
            "Довод ответчика о том, что повышенное содержание металлов в воде объясняется природными причинами, "
            "суд отклонил как не подтверждённый доказательствами.",
            "Вместе с тем суд не признал доказанным, что сбросы стали причиной гибели рыбы в южной части озера.",
            "Размер вреда суд определил в 740 миллионов рублей, снизив заявленную прокурором сумму более чем вдвое.",
        ],
        [
            "Суд обязал компанию в течение восемнадцати месяцев построить систему перехвата стоков "
            "у подножия дамбы.",
            "До завершения работ компания должна ежемесячно публиковать результаты замеров воды в северном заливе.",
            "Взысканные средства будут направлены на восстановление озера в рамках областной программы "
            "«Чистый Чурым».",
            "Требование прокурора о полной остановке хвостохранилища суд оставил без удовлетворения.",
            "По мнению суда, такая мера несоразмерна допущенному нарушению и повлекла бы остановку всего комбината.",
            "В решении отдельно указано, что вопрос о сокращении работников комбината предметом настоящего "
            "спора не является.",
        ],
        [
            "Представитель компании заявил, что «Полярная руда» с решением не согласна и намерена обжаловать "
            "его в апелляционном порядке.",
            "Прокуратура также не исключает подачи апелляционной жалобы в части размера вреда.",
            "Решение в законную силу пока не вступило.",
        ],
    ]),
    ("D4", "Пост блогера Дениса Пальчикова «Сходил на лекцию про Чурым», 20 октября 2025 года", [
        [
            "Всем привет, это «Зимогорск без фильтров», и сегодня пост не про ямы на дорогах.",
            "Позавчера сходил в библиотеку на лекцию про Чурым и до сих пор не могу прийти в себя.",
            "Зал был битком, люди стояли в проходах, а кто-то даже принёс с собой банку воды из залива.",
        ],
        [
            "Если коротко, никель в заливе превышает норму примерно в сорок раз, и это ещё мягко сказано.",
            "Превышение нашли в большинстве проб, а не в одной-двух, как любят говорить на комбинате.",
            "Учёные говорят, что сига в северной части озера почти не осталось.",
            "Про воду из-под крана лектор сказала, что превышений нет, но я бы всё равно поставил фильтр.",
            "Отложения на дне останутся грязными ещё лет пятьдесят, так что детей туда купаться не пускайте.",
            "Экосистема Чурыма восстановится сама, если комбинат просто перестанет сбрасывать отходы, — "
            "так нам сказали на лекции.",
        ],
        [
            "Теперь о комбинате.",
            "По слухам, до конца следующего года там сократят около двух тысяч человек.",
            "Дамбу хвостохранилища, как я понял, строили ещё в 1970-х, и нормального ремонта она с тех пор не видела.",
            "Очистные сооружения, по словам учёных, обойдутся в 600 миллионов рублей, то есть для «Полярной руды» "
            "это копейки.",
            "При этом дивиденды акционерам в прошлом году составили больше шести миллиардов.",
        ],
        [
            "Я не эколог и не юрист, я просто живу здесь тридцать лет.",
            "Называйте это как хотите, а я называю это «тихой катастрофой».",
            "Лично я считаю, что городские власти палец о палец не ударили, пока всё это происходило.",
            "Следующий пост будет про то, куда уходят деньги из программы «Чистый Чурым».",
            "Подписывайтесь, если хотите знать, что на самом деле творится в Зимогорске.",
        ],
    ]),
]

# Unrelated sentences (in no document), appended to the distractors file after the
# non-gold source sentences: same registers (court, union, lecture, blog), other topics.
UNRELATED = [
    "В субботу в городском парке пройдёт ярмарка местных производителей мёда и сыра.",
    "Школьная команда по шахматам заняла второе место на областном турнире.",
    "Суд оштрафовал владельца кафе за нарушение санитарных норм при хранении продуктов.",
    "Профсоюз учителей потребовал пересмотреть нагрузку в начальных классах.",
    "Синоптики обещают первые заморозки уже в конце следующей недели.",
    "Лекция о древних наскальных рисунках собрала больше слушателей, чем ожидали организаторы.",
    "Новый каток у стадиона откроется, как только установится устойчивый мороз.",
    "Подписчики блога спорят о том, стоит ли переименовывать центральную улицу.",
    "В районной поликлинике наконец появился второй педиатр.",
    "Апелляционная инстанция оставила приговор без изменения, а жалобу защиты без удовлетворения.",
    "Цены на дрова этой осенью выросли почти на четверть.",
    "Библиотека продлила часы работы по четвергам до девяти вечера.",
    "Местный краевед нашёл в архиве план города начала прошлого века.",
    "Работники хлебозавода получили зарплату с опозданием на две недели.",
    "Выставка детских рисунков о море продлится до конца месяца.",
]

# Rows: (id, absent, kind, expected, drift_kind, en, fr, src ids, ru override, note).
# ru is built from src ids (joined by a space, document order) unless overridden:
# term rows take the first sentence holding the term; absent rows give the would-be source.
ROWS: list[dict] = []


def row(qid: str, kind: str, expected: str, en: str, fr: str, src: list[str], note: str,
        drift_kind: str = "", ru: str = "") -> None:
    ROWS.append({"id": qid, "kind": kind, "expected": expected, "drift_kind": drift_kind,
                 "en": en, "fr": fr, "src": src, "ru": ru, "note": note})


# --- faithful, one sentence -------------------------------------------------------------
row("q01", "sentence", "faithful",
    "To begin with the main thing: the concentration of nickel in the northern bay of Lake Churym "
    "is 14 times the maximum permissible level.",
    "Je commence par l'essentiel : dans la baie nord du lac Tchourym, la concentration de nickel est "
    "14 fois supérieure au maximum admissible.",
    ["d1_04"], "faithful; Чурыма (genitive) = Lake Churym; near-miss d4_04 says about forty times")
row("q02", "sentence", "faithful",
    "We took samples every month from May to September, and the limit was exceeded in every single one "
    "of them, without exception.",
    "Nous avons prélevé des échantillons chaque mois, de mai à septembre, et le seuil était dépassé dans "
    "tous les échantillons, sans exception.",
    ["d1_05"], "faithful; во всех пробах = in every single one; near-miss d4_05 says в большинстве проб (most)")
row("q03", "sentence", "faithful",
    "I would not be in a hurry to say that: we cannot yet talk about the death of the lake.",
    "Je ne me presserais pas de le dire : on ne peut pas encore parler de la mort du lac.",
    ["d1_14"], "faithful; one-word negation нельзя rendered 'cannot'; пока = yet")
row("q04", "sentence", "faithful",
    "In three years the whitefish catch in the northern part of the lake has fallen by almost half.",
    "En trois ans, les prises de corégone dans la partie nord du lac ont diminué de près de moitié.",
    ["d1_10"], "faithful; почти вдвое = by almost half; near-miss d4_06 (almost no whitefish left)")
row("q05", "sentence", "faithful",
    "Swimming in the northern bay or fishing there, on the other hand, is something I would not advise "
    "anyone to do.",
    "En revanche, je ne conseillerais à personne de se baigner dans la baie nord ni d'y pêcher.",
    ["d1_18"], "faithful; clauses reordered; не советовала никому = would not advise anyone")
row("q06", "sentence", "faithful",
    "This letter has been signed by 2,317 workers at the plant, and every one of them stands by every "
    "word of it.",
    "Cette lettre a été signée par 2 317 salariés du combinat, et chacun d'eux en assume chaque mot.",
    ["d2_04"], "faithful; idiom подписаться под каждым словом = stand by every word")
row("q07", "sentence", "faithful",
    "We are writing to you openly because over the past six months not a single one of our letters has "
    "received a reply.",
    "Nous nous adressons à vous publiquement parce qu'en six mois, aucune de nos lettres n'a reçu de "
    "réponse.",
    ["d2_02"], "faithful; ни на одно ... не пришло ответа = not a single one ... has received a reply; "
    "полгода = six months")
row("q08", "sentence", "faithful",
    "Meanwhile, for last year the shareholders received 4.6 billion roubles in dividends.",
    "Dans le même temps, au titre de l'année dernière, les actionnaires ont touché 4,6 milliards de "
    "roubles de dividendes.",
    ["d2_08"], "faithful; 4,6 миллиарда = 4.6 billion; near-miss d4_14 says more than six billion")
row("q09", "sentence", "faithful",
    "The prosecutor sought to recover 1.9 billion roubles from the company and to have it ordered to "
    "stop discharging polluted water into the lake.",
    "Le procureur demandait de faire payer 1,9 milliard de roubles à l'entreprise et de l'obliger à "
    "cesser de rejeter des eaux polluées dans le lac.",
    ["d3_02"], "faithful; взыскать = recover; обязать = have it ordered")
row("q10", "sentence", "faithful",
    "The day before yesterday I went to the library for a lecture about Churym, and I still can't get "
    "over it.",
    "Avant-hier, je suis allé à la bibliothèque pour une conférence sur le Tchourym, et je ne m'en suis "
    "toujours pas remis.",
    ["d4_02"], "faithful; idiom не могу прийти в себя = can't get over it")
row("q11", "sentence", "faithful",
    "As far as I understand, the tailings dam was built back in the 1970s and has not had a proper "
    "repair since.",
    "Si j'ai bien compris, la digue du bassin de résidus a été construite dès les années 1970 et n'a "
    "jamais été vraiment réparée depuis.",
    ["d4_12"], "faithful; ещё в 1970-х = back in the 1970s; нормального ремонта ... не видела = has not had a proper repair")

# --- faithful, two sentences (kind long, as blind5 counts 2 sentences as long) -------------
row("q12", "long", "faithful",
    "I am a scientist, not a politician, and it is not up to me to decide who will pay for this. But I "
    "know one thing for sure: if nothing is done, in ten years there will be nothing left to discuss.",
    "Je suis une scientifique, pas une femme politique, et ce n'est pas à moi de décider qui paiera. "
    "Mais je sais une chose avec certitude : si l'on ne fait rien, dans dix ans il n'y aura plus rien "
    "à discuter.",
    ["d1_26", "d1_27"], "2 adjacent sentences, faithful; не мне = not up to me; нечего = nothing left")
row("q13", "long", "faithful",
    "By our estimates, this will cost between 600 and 800 million roubles. For a plant with revenues "
    "running into tens of billions, that is not a great deal of money.",
    "Selon nos estimations, cela coûtera entre 600 et 800 millions de roubles. Pour un combinat dont le "
    "chiffre d'affaires se compte en dizaines de milliards, ce n'est pas une si grosse somme.",
    ["d1_24", "d1_25"], "2 adjacent sentences, faithful; near-miss d4_13 says 600 million flat, "
    "'according to the scientists'")
row("q14", "long", "faithful",
    "We know what is happening to the lake, too. Many of us grew up on Lake Churym; our children swim "
    "in it and eat the fish caught there.",
    "Nous savons aussi ce qui arrive au lac. Beaucoup d'entre nous ont grandi au bord du Tchourym, nos "
    "enfants s'y baignent et mangent le poisson qu'on y pêche.",
    ["d2_13", "d2_14"], "2 adjacent sentences, faithful; на Чурыме (prepositional) = on Lake Churym / "
    "au bord du Tchourym")
row("q15", "long", "faithful",
    "They are trying to convince us that the union has to choose between jobs and clean water. It is a "
    "false choice, and we are not going to make it.",
    "On essaie de nous convaincre que le syndicat doit choisir entre les emplois et l'eau propre. C'est "
    "un faux choix, et nous ne le ferons pas.",
    ["d2_15", "d2_16"], "2 adjacent sentences, faithful")
row("q16", "long", "faithful",
    "The court rejected the prosecutor's demand that the tailings pond be shut down completely. In the "
    "court's view, such a measure would be out of proportion to the violation and would bring the whole "
    "plant to a halt.",
    "Le tribunal a rejeté la demande du procureur d'arrêter complètement le bassin de résidus. Selon le "
    "tribunal, une telle mesure serait disproportionnée par rapport à l'infraction et entraînerait "
    "l'arrêt de tout le combinat.",
    ["d3_12", "d3_13"], "2 adjacent sentences, faithful; оставил без удовлетворения = rejected")

# --- faithful, long (3-6 sentences) ---------------------------------------------------------
row("q17", "long", "faithful",
    "What can be done? First, intercept the run-off: build a drainage ditch and treatment facilities "
    "at the foot of the dam. Second, carry out independent monitoring instead of relying solely on the "
    "plant's own reports. Systems like these have long been working on the Kola Peninsula and in "
    "Canada, and there is nothing fanciful about them.",
    "Que peut-on faire ? D'abord, intercepter les écoulements : construire un fossé de drainage et une "
    "station d'épuration au pied de la digue. Ensuite, mettre en place une surveillance indépendante au "
    "lieu de se fier uniquement aux rapports du combinat lui-même. Ce type de dispositif fonctionne "
    "depuis longtemps dans la péninsule de Kola et au Canada, et il n'a rien de chimérique.",
    ["d1_20", "d1_21", "d1_22", "d1_23"], "4 adjacent sentences, faithful; starts with a question")
row("q18", "long", "faithful",
    "Good evening, and thank you for coming out in this weather. My name is Marina Strelnikova; I have "
    "been studying northern lakes for 22 years, and for the last six I have been working on Churym. "
    "Tonight I will try to tell you what is really happening to the lake, without panic and without "
    "comforting fairy tales.",
    "Bonsoir, et merci d'être venus par ce temps. Je m'appelle Marina Strelnikova, j'étudie les lacs du "
    "Nord depuis vingt-deux ans et, depuis six ans, je travaille sur le Tchourym. Ce soir, je vais "
    "essayer de vous raconter ce qui arrive réellement au lac, sans panique et sans contes rassurants.",
    ["d1_01", "d1_02", "d1_03"], "3 adjacent sentences, faithful; двадцать два (words) = 22 (digits) in "
    "English; Чурымом (instrumental) = Churym")
row("q19", "long", "faithful",
    "The company has the money for treatment facilities; the only thing it lacks is the will to spend "
    "it. We have three demands. First, suspend the layoffs until a retraining programme has been agreed.",
    "L'entreprise a l'argent pour les stations d'épuration, il ne lui manque que la volonté de le "
    "dépenser. Nous avons trois exigences. Premièrement, suspendre les suppressions de postes tant qu'un "
    "programme de reconversion n'aura pas été convenu.",
    ["d2_17", "d2_18", "d2_19"], "spans the paragraph break between d2_17 and d2_18; faithful; "
    "Мы требуем трёх вещей = We have three demands")
row("q20", "long", "faithful",
    "I'm not an ecologist or a lawyer, I've just lived here for thirty years. (…) Personally, I think "
    "the town authorities did not lift a finger while all this was going on. My next post will be about "
    "where the money from the Clean Churym programme is going.",
    "Je ne suis ni écologue ni juriste, je vis simplement ici depuis trente ans. (…) Personnellement, je "
    "trouve que les autorités municipales n'ont pas levé le petit doigt pendant que tout cela se passait. "
    "Mon prochain billet portera sur la destination de l'argent du programme « Tchourym propre ».",
    ["d4_15", "d4_17", "d4_18"], "ellipsis (…) skips d4_16 (the «тихой катастрофой» sentence); faithful; "
    "idiom палец о палец не ударили = did not lift a finger")
row("q21", "long", "faithful",
    "The court set the damage at 740 million roubles, cutting the sum claimed by the prosecutor by more "
    "than half. The court ordered the company to build a system to intercept the run-off at the foot of "
    "the dam within 18 months. Until the work is finished, the company must publish the results of "
    "water tests in the northern bay every month.",
    "Le tribunal a fixé le préjudice à 740 millions de roubles, réduisant de plus de moitié la somme "
    "réclamée par le procureur. Il a ordonné à l'entreprise de construire, dans un délai de dix-huit "
    "mois, un système d'interception des écoulements au pied de la digue. Jusqu'à la fin des travaux, "
    "l'entreprise doit publier chaque mois les résultats des analyses d'eau dans la baie nord.",
    ["d3_08", "d3_09", "d3_10"], "spans the paragraph break between d3_08 and d3_09; faithful; "
    "восемнадцати месяцев (words) = 18 months in English, dix-huit mois in French")
row("q22", "long", "faithful",
    "Second, an independent safety inspection at the concentrating mill, with the union taking part. "
    "[…] If we have no answer by 1 December, the union will be forced to start preparing for a strike. "
    "We do not want to go on strike, but we will not stay silent any longer either.",
    "Deuxièmement, une inspection indépendante de la sécurité à l'usine d'enrichissement, avec la "
    "participation du syndicat. […] Si nous n'avons pas de réponse d'ici au 1er décembre, le syndicat "
    "sera contraint de commencer à préparer une grève. Nous ne voulons pas faire grève, mais nous ne nous "
    "tairons plus non plus.",
    ["d2_20", "d2_22", "d2_23"], "ellipsis […] skips d2_21 (publish all environmental measurements); "
    "faithful; будет вынужден начать подготовку к забастовке = forced to start preparing for a strike; "
    "но и ... не станем = but ... not ... either")

# --- drifted, one sentence ----------------------------------------------------------------
row("q23", "sentence", "drifted",
    "In 2025 there were nine accidents at the plant, three of them fatal.",
    "En 2025, il y a eu neuf accidents au combinat, dont trois mortels.",
    ["d2_10"], "два из них (two of them) -> three of them fatal; девять = nine kept", drift_kind="numbers")
row("q24", "sentence", "drifted",
    "Your deputy Sergei Kruglov promised at a meeting in August to answer us within a month, but that "
    "never happened.",
    "Votre adjoint, Sergueï Krouglov, avait promis lors d'une réunion en août de nous répondre dans un "
    "délai d'un mois, mais cela ne s'est jamais produit.",
    ["d2_03"], "surname Крутиков (Krutikov) -> Kruglov; first name Сергей kept", drift_kind="names")
row("q25", "sentence", "drifted",
    "At the same time, the court found it proven that the discharges had caused the fish to die in the "
    "southern part of the lake.",
    "Dans le même temps, le tribunal a jugé établi que les rejets avaient causé la mort des poissons dans "
    "la partie sud du lac.",
    ["d3_07"], "reversal: не признал доказанным (did not find it proven) -> found it proven",
    drift_kind="negation")
row("q26", "sentence", "drifted",
    "The bottom sediments will remain contaminated for another twenty years or so.",
    "Les sédiments du fond resteront contaminés encore une vingtaine d'années.",
    ["d1_19"], "hedge 'Скорее всего' (most likely) dropped: forecast turned into certainty; лет двадцать "
    "(about twenty) kept as 'or so' / 'une vingtaine'", drift_kind="hedge")
row("q27", "sentence", "drifted",
    "The source of the pollution is most likely the tailings pond of the Zimogorsk mining and processing "
    "plant.",
    "La source de la pollution est très probablement le bassin de résidus du combinat minier de Zimogorsk.",
    ["d1_06"], "certainty turned into a hedge: сомнений не вызывает (is beyond doubt) -> most likely / "
    "très probablement", drift_kind="hedge")
row("q28", "sentence", "drifted",
    "Most of the fishermen in Vyazovka we spoke to tell the same story: the whitefish have got smaller "
    "and the perch have ulcers.",
    "La plupart des pêcheurs de Viazovka avec qui nous avons parlé racontent la même chose : les "
    "corégones sont devenus plus petits et les perches ont des ulcères.",
    ["d1_11"], "quantifier Все рыбаки (all the fishermen) -> Most of the fishermen; из Вязовки (genitive) "
    "= Vyazovka", drift_kind="quantifier")
row("q29", "sentence", "drifted",
    "The ecosystem of Lake Churym is still capable of recovering.",
    "L'écosystème du lac Tchourym est encore capable de se rétablir.",
    ["d1_15"], "restriction dropped: 'если сбросы прекратятся' (if the discharges stop)",
    drift_kind="omission")
row("q30", "sentence", "drifted",
    "The water seeping through its dam carries nickel, copper, cobalt and sulphates into the lake.",
    "L'eau qui s'infiltre à travers sa digue charrie vers le lac du nickel, du cuivre, du cobalt et des "
    "sulfates.",
    ["d1_07"], "item added to the list: 'cobalt' (source: никель, медь и сульфаты)", drift_kind="addition")

# --- drifted, long --------------------------------------------------------------------------
row("q31", "long", "drifted",
    "In September the management announced that 1,400 jobs would be cut by the end of 2026. They call "
    "it “staff optimisation”, but for Zimogorsk it means that almost one family in ten will be left "
    "without work. We have never been shown a single plan for retraining those being laid off or "
    "finding them new jobs.",
    "En septembre, la direction a annoncé la suppression de 1 400 postes d'ici à la fin de 2026. On "
    "appelle cela une « optimisation des effectifs », mais pour Zimogorsk cela signifie que près d'une "
    "famille sur dix se retrouvera sans travail. On ne nous a jamais montré le moindre plan de "
    "reconversion ou de reclassement des salariés licenciés.",
    ["d2_05", "d2_06", "d2_07"], "sentence 1: 1 140 рабочих мест -> 1,400 jobs (digits swapped); "
    "sentences 2-3 faithful; near-miss d4_11 says about two thousand", drift_kind="numbers")
row("q32", "long", "drifted",
    "The court found that from 2021 to 2024 polluted water from the plant's tailings pond entered the "
    "northern bay of the lake through a damaged section of the dam. This was confirmed by the findings of "
    "two independent expert examinations. The court dismissed the defendant's argument that the raised "
    "metal content in the water had natural causes, as unsupported by evidence.",
    "Le tribunal a établi que, de 2021 à 2024, des eaux polluées provenant du bassin de résidus du "
    "combinat s'étaient déversées dans la baie nord du lac par une section endommagée de la digue. Ce "
    "fait est confirmé par les conclusions de deux expertises indépendantes. Le tribunal a rejeté, faute "
    "de preuves, l'argument du défendeur selon lequel la teneur élevée en métaux de l'eau s'expliquait "
    "par des causes naturelles.",
    ["d3_04", "d3_05", "d3_06"], "sentence 2 omits the clause 'и по существу не оспаривался ответчиком' "
    "(and was not in substance disputed by the defendant); sentences 1 and 3 faithful",
    drift_kind="omission")
row("q33", "long", "drifted",
    "A company representative said Polar Ore disagreed with the ruling and intended to appeal. The "
    "prosecutor's office will also appeal against the amount of damages. The ruling has not yet come "
    "into force.",
    "Un représentant de l'entreprise a déclaré que Poliarnaïa Rouda contestait la décision et comptait "
    "faire appel. Le parquet fera lui aussi appel sur le montant du préjudice. La décision n'est pas "
    "encore entrée en vigueur.",
    ["d3_15", "d3_16", "d3_17"], "sentence 2: hedge 'не исключает подачи' (does not rule out filing) -> "
    "will also appeal; sentences 1 and 3 faithful; «Полярная руда» translated 'Polar Ore', "
    "transliterated in French", drift_kind="hedge")

# --- partial (one sentence has no source) -----------------------------------------------------
row("q34", "long", "partial",
    "People often ask me whether it is safe to drink tap water. Zimogorsk's water intake is in the "
    "southern part of the lake, 18 kilometres from the bay, and we found no excess levels in the tap "
    "water. I drink it myself every day, without boiling it.",
    "On me demande souvent si l'on peut boire l'eau du robinet. La prise d'eau de Zimogorsk se trouve "
    "dans la partie sud du lac, à 18 kilomètres de la baie, et nous n'avons trouvé aucun dépassement "
    "dans l'eau du robinet. J'en bois moi-même tous les jours, sans la faire bouillir.",
    ["d1_16", "d1_17"], "sentences 1-2 faithful to d1_16, d1_17 (восемнадцати (words) = 18; Зимогорска "
    "genitive); sentence 3 (drinks it daily without boiling) is in no source; d4_07 is a near-miss of d1_17")
row("q35", "long", "partial",
    "The equipment at the concentrating mill has not been upgraded since the 1990s, and the repair crews "
    "have been cut by half. In August a conveyor belt caught fire in the crushing shop, and it was a "
    "miracle that nobody was hurt. People work two twelve-hour shifts back to back because there is no "
    "one to replace them.",
    "L'équipement de l'usine d'enrichissement n'a pas été renouvelé depuis les années 1990, et les "
    "équipes de réparation ont été réduites de moitié. En août, un convoyeur a pris feu dans l'atelier de "
    "concassage, et c'est un miracle que personne n'ait été blessé. Les gens enchaînent deux postes de "
    "douze heures parce qu'il n'y a personne pour les remplacer.",
    ["d2_11", "d2_12"], "sentences 1 and 3 faithful to d2_11, d2_12 (некем = there is no one); middle "
    "sentence (conveyor fire in August) is in no source")
row("q36", "long", "partial",
    "The ruling states separately that the question of job cuts at the plant is not part of this "
    "dispute. The union has already said it will bring a separate claim over the dismissals.",
    "La décision précise que la question des suppressions de postes au combinat ne relève pas du présent "
    "litige. Le syndicat a déjà annoncé qu'il engagerait une action distincte au sujet des licenciements.",
    ["d3_14"], "sentence 1 faithful to d3_14; sentence 2 (union to bring a separate claim) is in no source")

# --- terms ------------------------------------------------------------------------------------
row("q37", "term", "term", "rusty water", "eau rousse", ["d1_08"],
    "ru term «рыжей водой» (instrumental of рыжая вода)")
row("q38", "term", "term", "a dead lake", "lac mort", ["d1_13"],
    "ru term «мёртвым озером» (instrumental of мёртвое озеро); d1_14 speaks of гибели озера")
row("q39", "term", "term", "staff optimisation", "optimisation des effectifs", ["d2_06"],
    "ru term «оптимизацией штата» (instrumental); the sentence is also inside q31")
row("q40", "term", "term", "Clean Churym", "Tchourym propre", ["d3_11"],
    "programme title «Чистый Чурым»; also in d4_18")
row("q41", "term", "term", "Zimogorsk Unfiltered", "Zimogorsk sans filtre", ["d4_01"],
    "blog title «Зимогорск без фильтров»; not in the D4 title line")
row("q42", "term", "term", "a quiet disaster", "catastrophe silencieuse", ["d4_16"],
    "ru term «тихой катастрофой» (instrumental of тихая катастрофа)")

# --- absent -------------------------------------------------------------------------------------
row("q43", "sentence", "absent",
    "In the southern part of the lake nickel levels are also above the limit, though only by a factor of "
    "two.",
    "Dans la partie sud du lac, la teneur en nickel dépasse elle aussi la norme, mais seulement du double.",
    [], "absent; resembles d1_04 (14 times, northern bay) and d1_12 (south is different)",
    ru="В южной части озера содержание никеля тоже превышает норму, хотя всего в два раза.")
row("q44", "sentence", "absent",
    "The plant has promised to build new treatment facilities for the town's water supply by 2027.",
    "Le combinat a promis de construire de nouvelles installations d'épuration pour l'eau potable de la "
    "ville d'ici à 2027.",
    [], "absent; shares очистные сооружения with d1_21, d2_17, d4_13 and водопровод with d1_17",
    ru="Комбинат пообещал построить новые очистные сооружения для городского водопровода к 2027 году.")
row("q45", "sentence", "absent",
    "The court ordered Polar Ore to pay compensation to the fishermen of Vyazovka.",
    "Le tribunal a condamné Poliarnaïa Rouda à indemniser les pêcheurs de Viazovka.",
    [], "absent; people and place present (Вязовка d1_11, d3_03), court orders d3_09-d3_10 name no "
    "compensation",
    ru="Суд обязал «Полярную руду» выплатить компенсацию рыбакам Вязовки.")
row("q46", "sentence", "absent",
    "Since the start of the year the plant has already dismissed more than 300 people without warning.",
    "Depuis le début de l'année, le combinat a déjà licencié plus de 300 personnes sans préavis.",
    [], "absent; resembles d2_05 (1 140 job cuts announced) and d4_11",
    ru="С начала года на комбинате уже уволили без предупреждения более 300 человек.")
row("q47", "sentence", "absent",
    "Fish from the northern bay is dangerous to eat, and I have asked the district administration to ban "
    "fishing there.",
    "Le poisson de la baie nord est dangereux à manger, et j'ai demandé à l'administration du district "
    "d'y interdire la pêche.",
    [], "absent; resembles d1_18 (would not advise swimming or fishing in the northern bay)",
    ru="Есть рыбу из северного залива опасно, и я попросила районную администрацию запретить там лов.")
row("q48", "long", "absent",
    "The pollution began long before the current owners arrived. Polar Ore inherited the tailings pond "
    "from the Soviet plant, and nobody has inspected the dam since.",
    "La pollution a commencé bien avant l'arrivée des propriétaires actuels. Poliarnaïa Rouda a hérité "
    "du bassin de résidus de l'usine soviétique, et personne n'a inspecté la digue depuis.",
    [], "absent, 2 sentences; resembles d3_04 (2021-2024 leak through the dam) and d4_12 (dam built in "
    "the 1970s, never properly repaired)",
    ru="Загрязнение началось задолго до прихода нынешних владельцев. «Полярная руда» получила "
       "хвостохранилище в наследство от советского комбината, и с тех пор дамбу никто не проверял.")

TERMS_RU = {"q37": "«рыжей водой»", "q38": "«мёртвым озером»", "q39": "«оптимизацией штата»",
            "q40": "«Чистый Чурым»", "q41": "«Зимогорск без фильтров»", "q42": "«тихой катастрофой»"}


def sentence_table() -> dict[str, str]:
    """Sentence id -> text, numbering sentences through each document."""
    table: dict[str, str] = {}
    for doc_id, _title, paragraphs in DOCUMENTS:
        number = 0
        for paragraph in paragraphs:
            for sentence in paragraph:
                number += 1
                table[f"{doc_id.lower()}_{number:02d}"] = sentence
    return table


def gold_ru(entry: dict, table: dict[str, str]) -> str:
    if entry["ru"]:
        return entry["ru"]
    return " ".join(table[s] for s in entry["src"])


def main() -> None:
    table = sentence_table()
    for qid, term in TERMS_RU.items():
        entry = next(e for e in ROWS if e["id"] == qid)
        assert term in table[entry["src"][0]], qid
        assert not any(term in text for sid, text in table.items() if sid < entry["src"][0]), qid
    sources = []
    for doc_id, title, paragraphs in DOCUMENTS:
        sources.append(f"### {doc_id}: {title}\n")
        for paragraph in paragraphs:
            sources.append(" ".join(paragraph) + "\n")
    (HERE / "quote_blind6_sources.ru.txt").write_text("\n".join(sources), encoding="utf-8")

    quoted = {s for entry in ROWS if entry["expected"] != "absent" for s in entry["src"]}
    distractors = [text for sid, text in table.items() if sid not in quoted] + UNRELATED
    (HERE / "quote_blind6_distractors.ru.txt").write_text("\n".join(distractors) + "\n", encoding="utf-8")

    lines = ["id\tabsent\ten\tfr\tru"]
    labels = ["id\tkind\texpected\tdrift_kind\tnote"]
    for entry in ROWS:
        absent = "1" if entry["expected"] == "absent" else "0"
        lines.append("\t".join([entry["id"], absent, entry["en"], entry["fr"], gold_ru(entry, table)]))
        src = f" [src {','.join(entry['src'])}]" if entry["src"] else ""
        labels.append("\t".join([entry["id"], entry["kind"], entry["expected"], entry["drift_kind"],
                                 entry["note"] + src]))
    (HERE / "quote_blind6.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "quote_blind6_labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
