"""Build the blind quotation set quote_blind20 from one table (standard library only).

Story: a concrete silo collapses at night at a grain elevator in the village of Kremenyovka
(Prigorsk region). Four Russian source documents (D1 a press release of the regional prosecutor's
office, D2 a radio interview with the elevator's director, D3 an extract from the technical
investigation commission's report, D4 a local news-site article, the near-miss document) and 48
English / French quotations. Sentence ids (d1_04) are defined here: they number the sentences of
each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind20_build.py

writes quote_blind20.tsv, quote_blind20_labels.tsv, quote_blind20_sources.ru.txt and
quote_blind20_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind20"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Сообщение пресс-службы прокуратуры Пригорской области, 16 сентября 2026 года", [
        ["В ночь на пятнадцатое сентября на территории ООО «Кременёвский элеватор» в посёлке Кременёвка "
         "обрушился бетонный силос номер семь, в котором хранилось около двух тысяч трёхсот тонн пшеницы.",
         "Пострадали двое работников предприятия.",
         "Оператор Сергей Ковалёв с переломом ноги доставлен в областную больницу в Пригорске, его "
         "состояние оценивается как средней тяжести.",
         "Водитель погрузчика Руслан Ахметов получил ушибы и после осмотра отпущен домой."],
        ["Прокуратура Кременёвского района начала проверку соблюдения требований промышленной "
         "безопасности на элеваторе.",
         "Установлено, что силос построен в 1974 году и входит в один из двух рядов по шесть силосов.",
         "Последняя экспертиза промышленной безопасности силосного корпуса проводилась в 2019 году, и "
         "срок её действия истёк в 2024 году.",
         "Повторная экспертиза, по имеющимся данным, так и не была проведена."],
        ["По материалам проверки следственный отдел по Кременёвскому району возбудил уголовное дело по "
         "статье о нарушении требований промышленной безопасности опасных производственных объектов.",
         "В рамках дела допрошены главный инженер элеватора Виктор Жданов и ещё пять сотрудников "
         "предприятия.",
         "Обвинение пока никому не предъявлено."],
        ["Прокуратура направила в Кременёвский районный суд иск о запрете эксплуатации шести силосов "
         "второго ряда до проведения их полной экспертизы.",
         "Силосы первого ряда, по предварительной оценке специалистов, угрозы не представляют.",
         "Ущерб от гибели зерна предварительно оценивается в тридцать один миллион рублей."],
        ["Прокурор района Ирина Лазарева взяла на личный контроль вопрос о возмещении ущерба фермерским "
         "хозяйствам, которые хранили зерно на элеваторе.",
         "По данным прокуратуры, пшеница в обрушившемся силосе принадлежала четырнадцати хозяйствам района.",
         "Прокуратура также проверит, не нарушались ли трудовые права работников элеватора во время "
         "вынужденного простоя."],
        ["Жителей Кременёвки просят не приближаться к территории элеватора, где продолжаются работы по "
         "разбору завалов.",
         "Ход проверки находится на контроле прокуратуры области.",
         "О результатах будет сообщено дополнительно."],
    ]),
    ("D2", "Интервью директора ООО «Кременёвский элеватор» Олега Никитина программе «Утро Пригорья» "
           "радиостанции «Пригорье FM», 18 сентября 2026 года", [
        ["Три дня назад на Кременёвском элеваторе обрушился один из двенадцати силосов.",
         "В нашей студии директор предприятия Олег Никитин."],
        ["— Олег Петрович, что произошло той ночью?"],
        ["— Около двух часов ночи дежурный услышал треск, а через несколько минут нижняя часть стены "
         "силоса номер семь не выдержала.",
         "Зерно высыпалось на площадку и частично засыпало соседнюю галерею.",
         "Хорошо, что ночью там работали всего три человека."],
        ["— Говорят, силос был переполнен."],
        ["— Это неправда.",
         "Силос рассчитан на две с половиной тысячи тонн, а в нём было около двух тысяч трёхсот.",
         "Мы никогда не загружаем силосы сверх нормы, это можно проверить по документам."],
        ["— Почему не была проведена повторная экспертиза?"],
        ["— Мы заключили договор с экспертной организацией ещё весной 2024 года, но она дважды переносила "
         "сроки.",
         "Я не снимаю с себя ответственности: нужно было найти другую организацию.",
         "За последние два года мы потратили на ремонт силосного корпуса восемнадцать миллионов рублей, "
         "но, как видно, этого оказалось недостаточно."],
        ["— Что будет с зерном фермеров?"],
        ["— Примерно семьсот тонн удалось спасти, их сейчас сушат и проверяют.",
         "Остальное зерно смешалось с бетонной крошкой и для продажи уже не годится.",
         "Всем хозяйствам, чьё зерно погибло, мы выплатим компенсацию по рыночной цене на день обрушения.",
         "Деньги поступят в течение тридцати дней после подписания актов."],
        ["— А работники?"],
        ["— У нас сорок шесть сотрудников, и никого из них мы увольнять не собираемся.",
         "На время простоя все сохранят полную зарплату.",
         "Сергей Ковалёв, который пострадал сильнее всех, уже идёт на поправку, и предприятие оплатит его "
         "лечение и реабилитацию."],
        ["— Когда элеватор снова начнёт принимать зерно?"],
        ["— Если суд и проверяющие не будут возражать, приём зерна на силосы первого ряда возобновится с "
         "первого октября.",
         "Пока фермерам приходится возить урожай в Ольшанск, а это девяносто километров в одну сторону.",
         "Мы понимаем, что подвели людей в самую горячую пору, и сделаем всё, чтобы вернуть их доверие."],
    ]),
    ("D3", "Выписка из акта комиссии по техническому расследованию причин обрушения силоса на "
           "ООО «Кременёвский элеватор», 2 октября 2026 года", [
        ["Комиссия в составе девяти человек работала под руководством заместителя руководителя "
         "управления технического надзора по Пригорской области Павла Шубина.",
         "В состав комиссии вошли представители прокуратуры, областного министерства сельского "
         "хозяйства, страховой компании и владельца элеватора."],
        ["Комиссия установила, что непосредственной причиной обрушения стало разрушение нижнего пояса "
         "стены силоса номер семь.",
         "Арматура в этой части стены была поражена коррозией на глубину до сорока процентов сечения.",
         "Прочность бетона в зоне разрушения оказалась на тридцать пять процентов ниже проектной.",
         "Коррозию ускорила вода, которая в течение нескольких лет протекала из повреждённого водостока "
         "на стену силоса."],
        ["Перегрузка силоса комиссией не установлена.",
         "На момент обрушения в силосе находилось две тысячи двести восемьдесят тонн пшеницы при "
         "проектной вместимости две тысячи пятьсот тонн."],
        ["Трещины в нижней части силоса были впервые зафиксированы в журнале осмотров в марте 2021 года.",
         "Ремонт дважды включался в план работ предприятия, но оба раза был перенесён на следующий сезон.",
         "Сведения о трещинах в органы технического надзора не передавались.",
         "Комиссия считает, что при своевременном ремонте обрушения, вероятнее всего, удалось бы "
         "избежать."],
        ["Ответственность за допущенные нарушения комиссия возлагает на главного инженера Виктора "
         "Жданова и бывшего технического директора предприятия.",
         "Представитель владельца элеватора не согласился с этим выводом и изложил особое мнение.",
         "По его мнению, главная вина лежит на экспертной организации, которая сорвала сроки повторной "
         "экспертизы."],
        ["Комиссия рекомендует разобрать остатки силоса номер семь и соседний силос номер восемь, в "
         "стене которого обнаружены сквозные трещины.",
         "Остальные десять силосов допускается эксплуатировать только после полной экспертизы, которую "
         "необходимо провести в течение трёх месяцев.",
         "Силосы первого ряда могут быть временно загружены не более чем наполовину до получения "
         "результатов экспертизы.",
         "Кроме того, на всех силосах следует установить датчики, которые непрерывно отслеживают "
         "появление трещин."],
        ["Стоимость погибшего зерна по рыночным ценам на дату обрушения составила двадцать девять "
         "миллионов рублей.",
         "Затраты на разбор завалов и восстановление галереи оцениваются ещё в двенадцать миллионов.",
         "Акт подписан всеми девятью членами комиссии, один из них — с особым мнением.",
         "Материалы расследования переданы в следственный отдел и прокуратуру Кременёвского района."],
    ]),
    ("D4", "Статья новостного сайта «Кременёвка онлайн» «Обрушение на элеваторе: вопросов всё больше», "
           "6 октября 2026 года", [
        ["Прошло три недели с тех пор, как на Кременёвском элеваторе рухнул силос, а вопросов меньше не "
         "стало.",
         "Напомним, в ту ночь обрушилась чуть ли не половина силосного корпуса.",
         "Под завалами, по словам очевидцев, оказалось больше пяти тысяч тонн зерна."],
        ["Несколько рабочих получили тяжёлые травмы, одного до сих пор не выписали из реанимации.",
         "Силосам, как выяснилось, больше шестидесяти лет, и за всё это время их толком ни разу не "
         "ремонтировали.",
         "Экспертизу, по нашим данным, не проводили лет десять."],
        ["Наш источник на предприятии уверяет, что силос был забит под самую крышу, сверх всяких норм.",
         "Директор Олег Никитин в эфире местного радио это отрицал, но документов журналистам так и не "
         "показал.",
         "Комиссия недавно подписала акт, и, говорят, виновным в нём назван один главный инженер."],
        ["Директора, по слухам, уже задержали, хотя официально это никто не подтверждает.",
         "Фермерам обещают компенсацию, но получат они её, скорее всего, не раньше весны.",
         "Ущерб, если верить нашим подсчётам, приближается к ста миллионам рублей."],
        ["Я поговорил с фермером из соседнего села Николаем Гриневым, который хранил на элеваторе почти "
         "весь урожай.",
         "«Теперь возим пшеницу в Ольшанск, за двести километров, и каждый рейс съедает всю прибыль», — "
         "жалуется он.",
         "Гринев уверен, что элеватор больше никогда не откроется."],
        ["Работникам элеватора, по словам их родственников, уже предложили писать заявления по "
         "собственному желанию.",
         "Все двенадцать силосов, как сообщают, суд запретил использовать."],
        ["Мы будем следить за развитием событий.",
         "Если вы работаете на элеваторе или хранили там зерно, напишите нам, анонимность гарантируем.",
         "Кременёвка имеет право знать правду."],
    ]),
]

# 15 unrelated sentences in the same registers (a prosecutor's press office, a radio interview, an
# inspection report, local news, farming); they are in no document.
UNRELATED = [
    "Прокуратура Пригорской области проверила школьные столовые и выявила нарушения в трёх учреждениях.",
    "По требованию прокурора управляющая компания пересчитала плату за отопление жильцам дома на "
    "Садовой улице.",
    "— Как прошёл первый месяц на новой должности?",
    "— Честно говоря, я ещё не успел разобрать все папки, которые остались от предшественника.",
    "В эфире «Пригорье FM» прогноз погоды на выходные: ожидаются заморозки до минус трёх градусов.",
    "Комиссия осмотрела кровлю районного дома культуры и признала её состояние удовлетворительным.",
    "Замечания по пожарной сигнализации должны быть устранены до конца ноября.",
    "Акт составлен в двух экземплярах, по одному для каждой из сторон.",
    "В Кременёвке открылась ветеринарная клиника, где принимают не только кошек и собак, но и коз.",
    "На районной ярмарке урожая лучшей признали тыкву весом девяносто два килограмма.",
    "Читатели прислали нам фотографии первого снега, и мы собрали лучшие из них.",
    "Автобус до Ольшанска с понедельника будет ходить по новому расписанию.",
    "Аграрии района завершили уборку подсолнечника на месяц раньше, чем в прошлом году.",
    "Цены на гречку в местных магазинах за лето выросли почти на четверть.",
    "Сельская школа в Лучках получила новый автобус по областной программе.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_03"],
     "Operator Sergei Kovalyov was taken to the regional hospital in Prigorsk with a broken leg; his "
     "condition is described as moderately serious.",
     "L'opérateur Sergueï Kovaliov, victime d'une fracture de la jambe, a été transporté à l'hôpital "
     "régional de Prigorsk, dans un état jugé de gravité moyenne.",
     "faithful; Ковалёв = Kovalyov / Kovaliov; в Пригорске = in Prigorsk; средней тяжести = moderately "
     "serious / de gravité moyenne; near-miss d4_04 says several workers were badly hurt and one is "
     "still in intensive care", None),
    ("q02", S, F, "", ["d2_10"],
     "We never fill the silos beyond the limit, and you can check that in the paperwork.",
     "Nous ne remplissons jamais les silos au-delà de la norme, et on peut le vérifier dans les "
     "documents.",
     "faithful; никогда не загружаем = never fill / ne remplissons jamais; сверх нормы = beyond the "
     "limit / au-delà de la norme; near-miss d4_07 says the silo was packed to the rafters beyond all "
     "norms", None),
    ("q03", S, F, "", ["d2_21"],
     "We have forty-six employees, and we have no intention of laying off a single one of them.",
     "Nous avons 46 salariés, et nous n'avons l'intention d'en licencier aucun.",
     "faithful; сорок шесть = forty-six / 46; никого ... не собираемся = no intention of laying off a "
     "single one / n'avons l'intention d'en licencier aucun; near-miss d4_16 says workers are being "
     "pushed to resign", None),
    ("q04", S, F, "", ["d3_06"],
     "The corrosion was speeded up by water that had been leaking onto the silo wall from a damaged "
     "downpipe for several years.",
     "La corrosion a été accélérée par l'eau qui, pendant plusieurs années, s'est écoulée d'une "
     "gouttière endommagée sur la paroi du silo.",
     "faithful; active turned passive in both; clauses reordered; водосток = downpipe / gouttière", None),
    ("q05", S, F, "", ["d3_07"],
     "The commission found no evidence that the silo had been overloaded.",
     "La commission n'a relevé aucune surcharge du silo.",
     "faithful; passive turned active (комиссией не установлена = the commission found no evidence / "
     "n'a relevé aucune); near-miss d4_07 says the silo was packed beyond all norms", None),
    ("q06", S, F, "", ["d1_11"],
     "So far, no one has been charged.",
     "Pour l'instant, personne n'a été inculpé.",
     "faithful; обвинение никому не предъявлено = no one has been charged / personne n'a été inculpé; "
     "near-miss d4_10 says the director has reportedly been detained", None),
    ("q07", S, F, "", ["d2_23"],
     "Sergei Kovalyov, who was worst hurt, is already on the mend, and the company will pay for his "
     "treatment and rehabilitation.",
     "Sergueï Kovaliov, le plus gravement blessé, est déjà en convalescence, et l'entreprise prendra en "
     "charge ses soins et sa rééducation.",
     "faithful; идёт на поправку (idiom) = on the mend / en convalescence; contains the term of q38; "
     "near-miss d4_04 says one worker is still in intensive care", None),
    ("q08", S, F, "", ["d3_11"],
     "The technical supervision authorities were not informed of the cracks.",
     "Les services du contrôle technique n'ont pas été informés de l'existence de ces fissures.",
     "faithful; Сведения ... не передавались (information was not passed on) turned into the "
     "authorities were not informed / n'ont pas été informés", None),
    ("q09", S, F, "", ["d4_02"],
     "As a reminder, almost half of the silo block came down that night.",
     "Rappelons que cette nuit-là, près de la moitié du bâtiment des silos s'est effondrée.",
     "faithful rendering of the near-miss sentence d4_02 (D2 d2_01 says one of twelve silos "
     "collapsed); чуть ли не половина = almost half / près de la moitié", None),
    ("q10", S, F, "", ["d4_10"],
     "Rumour has it the director has already been detained, although nobody is confirming this "
     "officially.",
     "Le directeur aurait déjà été interpellé, à en croire les rumeurs, même si personne ne le confirme "
     "officiellement.",
     "faithful rendering of the near-miss sentence d4_10 (D1 d1_10 and d1_11: the chief engineer was "
     "questioned and no one has been charged); по слухам = rumour has it / à en croire les rumeurs, "
     "French conditional for hearsay", None),
    ("q11", S, F, "", ["d4_13"],
     "I spoke to Nikolai Grinev, a farmer from a neighbouring village who had stored almost his entire "
     "harvest at the elevator.",
     "J'ai pu parler à Nikolaï Grinev, agriculteur d'un village voisin, qui avait entreposé presque toute "
     "sa récolte à l'élévateur.",
     "faithful; D4's own sentence; с ... Николаем Гриневым (instrumental) = Nikolai Grinev / Nikolaï "
     "Grinev", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_01", "d1_02"],
     "During the night of 14 to 15 September, concrete silo number seven, which held about 2,300 tonnes "
     "of wheat, collapsed at the Kremenyovka Elevator company in the village of Kremenyovka. Two of the "
     "company's workers were injured.",
     "Dans la nuit du 14 au 15 septembre, le silo en béton numéro sept, qui contenait environ deux mille "
     "trois cents tonnes de blé, s'est effondré sur le site de la société Élévateur de Kremeniovka, dans "
     "la localité de Kremeniovka. Deux salariés de l'entreprise ont été blessés.",
     "faithful; В ночь на пятнадцатое сентября = during the night of 14 to 15 September / dans la nuit "
     "du 14 au 15 septembre; relative clause moved; около = about / environ; numbers as digits in en, "
     "words in fr; near-miss d4_02 and d4_03 say almost half the block and more than five thousand "
     "tonnes", None),
    ("q13", L, F, "", ["d2_12", "d2_13"],
     "We signed a contract with an inspection firm back in the spring of 2024, but they postponed the "
     "dates twice. I'm not ducking my responsibility: we should have found another firm.",
     "Nous avions signé un contrat avec un organisme d'expertise dès le printemps 2024, mais il a "
     "repoussé l'échéance à deux reprises. Je ne me dérobe pas à mes responsabilités : il fallait "
     "trouver un autre organisme.",
     "faithful; не снимаю с себя ответственности = I'm not ducking my responsibility / je ne me dérobe "
     "pas à mes responsabilités", None),
    ("q14", L, F, "", ["d3_09", "d3_10"],
     "Cracks in the lower part of the silo were first recorded in the inspection log in March 2021. "
     "Twice the repair was put into the company's work plan, and both times it was pushed back to the "
     "next season.",
     "Les fissures dans la partie basse du silo ont été consignées pour la première fois dans le "
     "registre d'inspection en mars 2021. La réparation a été inscrite deux fois au plan de travaux de "
     "l'entreprise, mais elle a chaque fois été reportée à la saison suivante.",
     "faithful; clauses reordered in en; contains the term of q40", None),
    ("q15", L, F, "", ["d4_19", "d4_20"],
     "If you work at the elevator or kept grain there, write to us; we guarantee your anonymity. "
     "Kremenyovka has a right to know the truth.",
     "Si vous travaillez à l'élévateur ou si vous y avez stocké du grain, écrivez-nous : nous "
     "garantissons votre anonymat. Kremeniovka a le droit de connaître la vérité.",
     "faithful; D4's own sentences; Кременёвка = Kremenyovka / Kremeniovka", None),
    ("q16", L, F, "", ["d2_08", "d2_09"],
     "That's not true. The silo is built to take two and a half thousand tonnes, and there were about "
     "2,300 in it.",
     "C'est faux. Le silo est conçu pour deux mille cinq cents tonnes, et il en contenait environ 2300.",
     "faithful; Это неправда = That's not true / C'est faux; две с половиной тысячи = two and a half "
     "thousand / deux mille cinq cents; около = about / environ; near-miss d4_03 and d4_07 say more "
     "than five thousand tonnes and packed to the rafters", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d2_04", "d2_05", "d2_06"],
     "At around two in the morning the man on duty heard a cracking sound, and a few minutes later the "
     "bottom of the wall of silo number seven gave way. The grain spilled out onto the yard and partly "
     "buried the gallery next to it. It's a blessing that only three people were working there that "
     "night.",
     "Vers deux heures du matin, l'employé de garde a entendu un craquement, et quelques minutes plus "
     "tard, le bas de la paroi du silo numéro sept a cédé. Le grain s'est répandu sur l'aire et a en "
     "partie enseveli la galerie voisine. Heureusement, il n'y avait que trois personnes au travail "
     "cette nuit-là.",
     "faithful; не выдержала = gave way / a cédé; Хорошо, что = it's a blessing that / heureusement; "
     "всего три = only three / que trois", None),
    ("q18", L, F, "", ["d1_14", "d1_15", "d1_16"],
     "The loss of the grain is provisionally estimated at 31 million roubles. District prosecutor Irina "
     "Lazareva is personally overseeing compensation for the farms that stored grain at the elevator. "
     "According to the prosecutor's office, the wheat in the collapsed silo belonged to fourteen farms "
     "in the district.",
     "Le préjudice lié à la perte du grain est estimé à titre provisoire à trente et un millions de "
     "roubles. La procureure du district, Irina Lazareva, suit personnellement l'indemnisation des "
     "exploitations agricoles qui stockaient leur grain à l'élévateur. Selon le parquet, le blé du silo "
     "effondré appartenait à 14 exploitations du district.",
     "faithful; spans a paragraph break (d1_14 | d1_15, d1_16); взяла на личный контроль = is "
     "personally overseeing / suit personnellement; numbers as digits and words; near-miss d4_12 says "
     "the damage is close to a hundred million", None),
    ("q19", L, F, "", ["d3_13", "d3_14", "d3_15", "d3_16"],
     "The commission holds chief engineer Viktor Zhdanov and the company's former technical director "
     "responsible for the violations. The representative of the elevator's owner disagreed with this "
     "conclusion and set out a dissenting opinion. In his view, the main blame lies with the inspection "
     "firm, which missed the deadlines for the repeat inspection. The commission recommends dismantling "
     "what remains of silo number seven and the neighbouring silo number eight, whose wall has cracks "
     "running right through it.",
     "La commission impute la responsabilité des manquements à l'ingénieur en chef Viktor Jdanov et à "
     "l'ancien directeur technique de l'entreprise. Le représentant du propriétaire de l'élévateur a "
     "contesté cette conclusion et formulé une opinion dissidente. Selon lui, la faute incombe avant tout "
     "à l'organisme d'expertise, qui n'a pas respecté les délais de la nouvelle expertise. La commission "
     "recommande de démolir les restes du silo numéro sept ainsi que le silo voisin numéro huit, dont la "
     "paroi présente des fissures traversantes.",
     "faithful; spans a paragraph break (d3_13, d3_14, d3_15 | d3_16); Виктора Жданова (genitive) = "
     "Viktor Zhdanov / Viktor Jdanov; сорвала сроки = missed the deadlines / n'a pas respecté les "
     "délais; contains the term of q41; near-miss d4_09 says the chief engineer alone is blamed", None),
    ("q20", L, F, "", ["d2_25", "d2_26", "d2_27"],
     "Provided the court and the inspectors raise no objection, we will start taking in grain again in "
     "the first-row silos from 1 October. Until then, farmers have to truck their harvest to Olshansk, "
     "and that's ninety kilometres each way. We know we let people down right at the peak of the season, "
     "and we'll do everything we can to win back their trust.",
     "Si le tribunal et les inspecteurs n'y voient pas d'objection, la réception du grain dans les silos "
     "de la première rangée reprendra à partir du 1er octobre. En attendant, les agriculteurs doivent "
     "transporter leur récolte jusqu'à Olchansk, soit 90 kilomètres rien que pour l'aller. Nous savons que nous avons "
     "laissé tomber les gens en pleine saison, et nous ferons tout pour regagner leur confiance.",
     "faithful; в Ольшанск = to Olshansk / Olchansk; в самую горячую пору (idiom) = at the peak of the "
     "season / en pleine saison; подвели = let down / laissé tomber; contains the term of q39; "
     "near-miss d4_14 and d4_15 say two hundred kilometres and that the elevator will never reopen",
     None),
    ("q21", L, F, "", ["d1_05", "d1_06", "d1_08"],
     "The Kremenyovka district prosecutor's office has begun checking whether industrial safety "
     "requirements were being met at the elevator. It has established that the silo was built in 1974 "
     "and belongs to one of two rows of six silos. (…) According to the information available, the "
     "repeat inspection was never carried out.",
     "Le parquet du district de Kremeniovka a ouvert une vérification du respect des exigences de "
     "sécurité industrielle à l'élévateur. Il a été établi que le silo a été construit en 1974 et fait "
     "partie de l'une des deux rangées de six silos. (…) D'après les informations disponibles, la "
     "nouvelle expertise n'a jamais été réalisée.",
     "faithful; ellipsis (…) skips d1_07 (the 2019 inspection); по имеющимся данным kept as according "
     "to the information available / d'après les informations disponibles; contains the term of q37; "
     "near-miss d4_05 and d4_06 say more than sixty years and no inspection for ten years", None),
    ("q22", L, F, "", ["d3_17", "d3_18", "d3_20"],
     "The remaining ten silos may only be used after a full inspection, which must be done within three "
     "months. Until the results of the inspection are in, the first-row silos may temporarily be filled "
     "to no more than half. […] At market prices on the date of the collapse, the lost grain was worth "
     "twenty-nine million roubles.",
     "Les dix autres silos ne pourront être exploités qu'après une expertise complète, à réaliser dans "
     "un délai de trois mois. En attendant les résultats de l'expertise, les silos de la première rangée "
     "pourront être remplis provisoirement à la moitié de leur capacité au plus. […] Au prix du marché à "
     "la date de l'effondrement, le grain perdu représentait 29 millions de roubles.",
     "faithful; ellipsis […] skips d3_19 (the crack sensors); clauses reordered; не более чем наполовину "
     "= to no more than half / à la moitié au plus; near-miss d4_17 says a court banned all twelve silos",
     None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d2_14"],
     "Over the last two years we spent twenty-eight million roubles on repairs to the silo block, but "
     "evidently that wasn't enough.",
     "Ces deux dernières années, nous avons dépensé 28 millions de roubles pour réparer le bâtiment des "
     "silos, mais visiblement, cela n'a pas suffi.",
     "drifted (numbers): восемнадцать миллионов (18 million) → twenty-eight million / 28 millions; the "
     "rest faithful", None),
    ("q24", S, D, "names", ["d1_10"],
     "As part of the case, the elevator's chief engineer, Vitaly Zhdanov, and five other employees have "
     "been questioned.",
     "Dans le cadre de l'affaire, l'ingénieur en chef de l'élévateur, Vitali Jdanov, et cinq autres "
     "salariés ont été entendus.",
     "drifted (names): first name Виктор (Viktor) → Vitaly / Vitali; surname Zhdanov kept", None),
    ("q25", S, D, "negation", ["d1_13"],
     "According to a preliminary assessment by specialists, the silos in the first row pose a threat.",
     "Selon une première évaluation des spécialistes, les silos de la première rangée présentent un "
     "danger.",
     "drifted (negation lost): угрозы не представляют (pose no threat) → pose a threat / présentent un "
     "danger; the hedge по предварительной оценке is kept", None),
    ("q26", S, D, "hedge", ["d2_19"],
     "The money should probably come through within thirty days of the paperwork being signed.",
     "L'argent devrait vraisemblablement être versé dans les trente jours suivant la signature des "
     "procès-verbaux.",
     "drifted (hedge added): stated as fact (Деньги поступят) → should probably / devrait "
     "vraisemblablement", None),
    ("q27", S, D, "hedge", ["d3_12"],
     "The commission believes that had the repairs been carried out on time, the collapse would have "
     "been avoided.",
     "La commission estime qu'une réparation effectuée à temps aurait permis d'éviter l'effondrement.",
     "drifted (hedge dropped): вероятнее всего (most likely) dropped; the collapse would have been "
     "avoided / aurait permis d'éviter", None),
    ("q28", S, D, "quantifier", ["d2_22"],
     "While work is at a standstill, most of them will keep their full pay.",
     "Pendant l'arrêt de l'activité, la plupart d'entre eux conserveront l'intégralité de leur salaire.",
     "drifted (quantifier): все (all of them) → most of them / la plupart d'entre eux", None),
    ("q29", S, D, "omission", ["d1_12"],
     "The prosecutor's office has filed a suit with the Kremenyovka district court seeking a ban on the "
     "use of the six silos in the second row.",
     "Le parquet a saisi le tribunal de district de Kremeniovka d'une demande d'interdiction d'exploiter "
     "les six silos de la deuxième rangée.",
     "drifted (omission of a restriction): «до проведения их полной экспертизы» (until a full "
     "inspection has been carried out) is dropped, so the ban reads as open-ended", None),
    ("q30", S, D, "addition", ["d3_02"],
     "The commission included representatives of the prosecutor's office, the regional agriculture "
     "ministry, the insurance company, the workers' trade union and the elevator's owner.",
     "La commission comprenait des représentants du parquet, du ministère régional de l'Agriculture, de "
     "la compagnie d'assurance, du syndicat des salariés et du propriétaire de l'élévateur.",
     "drifted (addition of a list item): \"the workers' trade union\" / \"du syndicat des salariés\" "
     "added to the list of members", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_03", "d3_04", "d3_05"],
     "The commission established that the direct cause of the collapse was the failure of the lower "
     "band of the wall of silo number seven. Corrosion had eaten into the reinforcement in that part of "
     "the wall to a depth of up to 60 per cent of its cross-section. In the failure zone, the concrete "
     "turned out to be 35 per cent weaker than designed.",
     "La commission a établi que la cause directe de l'effondrement était la rupture de la ceinture "
     "inférieure de la paroi du silo numéro sept. Dans cette partie de la paroi, la corrosion avait "
     "attaqué les armatures jusqu'à soixante pour cent de leur section. Dans la zone de rupture, la "
     "résistance du béton s'est révélée inférieure de trente-cinq pour cent à la valeur prévue au "
     "projet.",
     "drifted (numbers) in sentence 2: до сорока процентов (up to 40 per cent) → 60 / soixante; "
     "sentences 1 and 3 faithful (35 per cent kept)", None),
    ("q32", L, D, "omission", ["d2_16", "d2_17", "d2_18"],
     "We managed to save roughly seven hundred tonnes; it's being dried and tested right now. The rest "
     "of the grain got mixed up with concrete chips and is no longer fit for sale. We will pay "
     "compensation to every farm whose grain was lost.",
     "Nous avons pu sauver environ 700 tonnes, qui sont en cours de séchage et d'analyse. Le reste du "
     "grain s'est mélangé à des débris de béton et n'est plus vendable. Nous verserons une indemnisation "
     "à toutes les exploitations dont le grain a été perdu.",
     "drifted (omission of a clause) in sentence 3: «по рыночной цене на день обрушения» (at the market "
     "price on the day of the collapse) dropped; sentences 1 and 2 faithful", None),
    ("q33", L, D, "quantifier", ["d3_21", "d3_22", "d3_23"],
     "Clearing the rubble and restoring the gallery are estimated to cost another twelve million. The "
     "report was signed by most of the commission's nine members, one of them with a dissenting opinion. "
     "The findings of the inquiry have been passed to the Kremenyovka district investigation department "
     "and prosecutor's office.",
     "Le déblaiement et la remise en état de la galerie sont estimés à douze millions supplémentaires. "
     "Le procès-verbal a été signé par la plupart des neuf membres de la commission, dont l'un avec une "
     "opinion dissidente. Les pièces de l'enquête ont été transmises au service d'instruction et au "
     "parquet du district de Kremeniovka.",
     "drifted (quantifier) in sentence 2: всеми девятью (all nine) → most of the nine / la plupart des "
     "neuf; sentences 1 and 3 faithful", None),
    # partial
    ("q34", L, P, "", ["d4_18"],
     "Our newsroom has already received more than forty letters from farmers. We will keep following "
     "the story.",
     "Notre rédaction a déjà reçu plus de quarante lettres d'agriculteurs. Nous continuerons à suivre "
     "l'évolution de l'affaire.",
     "partial: the first sentence (more than forty letters from farmers) is in no source; the second is "
     "faithful to d4_18", None),
    ("q35", L, P, "", ["d1_18", "d1_19"],
     "Residents of Kremenyovka are asked to keep away from the elevator site, where work to clear the "
     "rubble is continuing. Police have put up a fence around the site and will guard it round the "
     "clock. The progress of the inquiry is being monitored by the regional prosecutor's office.",
     "Les habitants de Kremeniovka sont priés de ne pas s'approcher du site de l'élévateur, où se "
     "poursuivent les travaux de déblaiement. La police a installé une clôture autour du site et le "
     "surveillera jour et nuit. Le déroulement de la vérification est suivi par le parquet régional.",
     "partial: the middle sentence (a police fence and a round-the-clock guard) is in no source; "
     "sentences 1 and 3 faithful to d1_18 and d1_19", None),
    ("q36", L, P, "", ["d3_19"],
     "In addition, all the silos should be fitted with sensors that keep a constant watch for cracks. "
     "The regional agriculture ministry has promised to pay for half the cost of the sensors.",
     "En outre, tous les silos devront être équipés de capteurs qui surveillent en continu l'apparition "
     "de fissures. Le ministère régional de l'Agriculture a promis de financer la moitié du coût de ces "
     "capteurs.",
     "partial: the last sentence (the ministry will pay half the cost) is in no source; the real next "
     "sentence, d3_20, is about the value of the lost grain; the first is faithful to d3_19 (which q22's "
     "ellipsis skips)", None),
    # terms
    ("q37", TM, T, "", ["d1_05"], "industrial safety", "sécurité industrielle",
     "term «промышленной безопасности» (genitive)", None),
    ("q38", TM, T, "", ["d2_23"], "on the mend", "en convalescence",
     "term «идёт на поправку» (literally is going towards recovery), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_27"], "peak season", "pleine saison",
     "term «горячую пору» (accusative; literally the hot time), idiom by idiom", None),
    ("q40", TM, T, "", ["d3_09"], "inspection log", "registre d'inspection",
     "term «журнале осмотров» (prepositional)", None),
    ("q41", TM, T, "", ["d3_14"], "dissenting opinion", "opinion dissidente",
     "term «особое мнение» (accusative = nominative; literally special opinion)", None),
    ("q42", TM, T, "", ["d4_07"], "to the rafters", "à ras bord",
     "term «под самую крышу» (literally up to the very roof), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The elevator's owner intends to build a new steel silo on the site of the collapsed one by next "
     "summer.",
     "Le propriétaire de l'élévateur compte construire d'ici l'été prochain un nouveau silo métallique à "
     "l'emplacement de celui qui s'est effondré.",
     "absent: no document speaks of a new silo; resembles d3_16 and d3_14",
     "Владелец элеватора намерен к следующему лету построить на месте обрушившегося силоса новый "
     "металлический силос."),
    ("q44", S, A, "", [],
     "Until the elevator reopens, the regional government will pay the farmers' costs of hauling grain "
     "to Olshansk.",
     "Jusqu'à la réouverture de l'élévateur, le gouvernement régional prendra en charge le transport du "
     "grain des agriculteurs vers Olchansk.",
     "absent: no one promises to pay for transport; resembles d2_26 and d2_25",
     "До открытия элеватора областное правительство будет оплачивать фермерам перевозку зерна в "
     "Ольшанск."),
    ("q45", S, A, "", [],
     "Chief engineer Viktor Zhdanov has been suspended from work for the duration of the investigation.",
     "L'ingénieur en chef Viktor Jdanov a été suspendu de ses fonctions le temps de l'enquête.",
     "absent: no document says he was suspended; resembles d1_10 and d3_13",
     "Главный инженер Виктор Жданов отстранён от работы на время следствия."),
    ("q46", S, A, "", [],
     "The insurer has refused to pay out, citing the expired industrial safety inspection.",
     "L'assureur a refusé d'indemniser, invoquant l'expertise de sécurité industrielle arrivée à "
     "échéance.",
     "absent: the insurer is only named as a commission member; resembles d3_02 and d1_07",
     "Страховая компания отказалась выплачивать возмещение, сославшись на просроченную экспертизу "
     "промышленной безопасности."),
    ("q47", S, A, "", [],
     "Nikitin said he had warned the owner in writing about the cracks in the silo as far back as 2022.",
     "Selon Oleg Nikitine, il aurait averti le propriétaire par écrit des fissures du silo dès 2022.",
     "absent: Nikitin says nothing of the kind; resembles d3_09, d3_11 and d2_13 (French conditional "
     "for hearsay)",
     "Никитин заявил, что ещё в 2022 году письменно предупреждал владельца о трещинах в силосе."),
    ("q48", L, A, "", [],
     "Sergei Kovalyov's family is planning to sue the elevator. According to their lawyer, the operator "
     "had complained about cracking noises in the silo a week before the collapse.",
     "La famille de Sergueï Kovaliov s'apprête à poursuivre l'élévateur en justice. D'après son avocat, "
     "l'opérateur se serait plaint de craquements dans le silo une semaine avant l'effondrement.",
     "absent (2 sentences): no lawsuit or earlier complaint is mentioned; resembles d2_04, d2_23 and "
     "d1_03",
     "Семья Сергея Ковалёва собирается подать на элеватор в суд. По словам её адвоката, оператор "
     "жаловался на треск в силосе ещё за неделю до обрушения."),
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
