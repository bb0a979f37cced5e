"""Build the blind quotation set quote_blind29 from one table (standard library only).

Story: during the replacement of the roof of the Starorechinsk Regional Art Museum, rainwater pours
through the temporary covering on the night of 14-15 September 2026 and damages 37 of the 214 icons
in the storeroom. Four Russian source documents (D1 the regional culture ministry's order, D2 the
transcript of the museum director's press conference, D3 the conclusion of the expert restoration
council, D4 a local historian's blog post, the near-miss document) and 48 English / French
quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document from
01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind29_build.py

writes quote_blind29.tsv, quote_blind29_labels.tsv, quote_blind29_sources.ru.txt and
quote_blind29_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind29"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства культуры Староречинской области о мерах в связи с повреждением икон "
           "в Староречинском областном художественном музее, подписан министром культуры Олегом "
           "Вершининым 16 сентября 2026 года", [
        ["В ночь с четырнадцатого на пятнадцатое сентября 2026 года в результате протечки кровли во время "
         "ремонтно-реставрационных работ было затоплено фондохранилище икон Староречинского областного "
         "художественного музея.",
         "По предварительным данным, повреждены тридцать семь икон из двухсот четырнадцати, находившихся в "
         "хранилище.",
         "Работы по замене кровли здания музея с мая 2026 года ведёт по государственному контракту "
         "подрядная организация «Стройреставрация».",
         "В целях сохранения музейных предметов и установления причин произошедшего приказываю принять "
         "следующие меры."],
        ["Создать комиссию по расследованию обстоятельств повреждения музейных предметов под "
         "председательством заместителя министра культуры области Татьяны Горбуновой.",
         "Включить в состав комиссии представителей музея, подрядной организации, инспекции по охране "
         "объектов культурного наследия, а также независимого эксперта-реставратора.",
         "Комиссии представить доклад о причинах протечки и размере ущерба не позднее первого октября "
         "2026 года."],
        ["Директору музея Ларисе Кречетовой обеспечить немедленное перемещение неповреждённых икон из "
         "хранилища в помещения первого этажа главного здания.",
         "До завершения работ над восточным крылом закрыть для посетителей залы второго этажа.",
         "Ежедневно сообщать в министерство о температуре и влажности воздуха в помещениях, где находятся "
         "повреждённые иконы."],
        ["Приостановить работы по демонтажу кровли над восточным крылом здания до устройства временного "
         "защитного покрытия, согласованного с музеем.",
         "Направить подрядной организации требование о возмещении расходов на реставрацию повреждённых "
         "предметов."],
        ["Выделить из резервного фонда министерства шесть миллионов рублей на первоочередные "
         "консервационные работы.",
         "Поручить экспертному реставрационному совету при министерстве в течение двух недель дать "
         "заключение о состоянии повреждённых икон и порядке их реставрации."],
        ["Вопрос о дисциплинарной ответственности должностных лиц музея и министерства рассмотреть по "
         "итогам работы комиссии.",
         "Отделу государственной охраны культурного наследия провести внеплановую проверку условий "
         "хранения во всех музеях области, где ведутся ремонтные работы.",
         "Пресс-службе министерства ежедневно информировать общественность о ходе работ по спасению икон.",
         "Контроль за исполнением настоящего приказа оставляю за собой."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора Староречинского областного художественного музея "
           "Ларисы Кречетовой, 16 сентября 2026 года", [
        ["Добрый день, спасибо, что пришли.",
         "Начну с главного: никто из людей не пострадал, пожара не было, но часть нашей коллекции икон "
         "серьёзно повреждена водой."],
        ["В ночь на пятнадцатое сентября над Староречинском прошёл ливень, и за несколько часов выпало "
         "почти пятьдесят миллиметров осадков.",
         "Подрядчик снял старое кровельное покрытие над восточным крылом и укрыл перекрытие плёнкой, которую "
         "около двух часов ночи сорвало ветром.",
         "Вода через потолок пошла в фондохранилище, где находились двести четырнадцать из шестисот сорока "
         "икон нашего собрания."],
        ["Охранник заметил протечку в двадцать минут пятого и сразу позвонил нам.",
         "К шести утра все хранители были на месте, и мы начали выносить иконы в сухие залы.",
         "По нашей оценке, вода поступала в хранилище около двух с половиной часов."],
        ["На сегодня мы насчитали тридцать семь повреждённых икон.",
         "Девять из них пострадали сильно: на них вздулся и местами отслоился красочный слой.",
         "На остальных двадцати восьми остались потёки и пятна, намок левкас, но красочный слой держится."],
        ["Среди сильно повреждённых икон — «Спас Нерукотворный» конца шестнадцатого века, самая старая икона "
         "нашего собрания.",
         "Для нас это самая тяжёлая потеря, хотя я надеюсь, что слово «потеря» тут всё-таки не к месту."],
        ["— Вы предупреждали подрядчика, что плёнка ненадёжна?"],
        ["— Да, дважды, в июле и в августе, и оба раза письменно.",
         "Нам отвечали, что временное покрытие соответствует проекту и выдержит любую погоду.",
         "Я не снимаю с себя ответственности, но и делать вид, что музей ни о чём не подозревал, не буду."],
        ["— Почему иконы не вывезли из хранилища на время ремонта?"],
        ["— Перевозка такой коллекции сама по себе большой риск, а других помещений с нужным климатом у "
         "музея нет.",
         "Проект работ предусматривал, что хранилище всё время ремонта будет надёжно защищено.",
         "Теперь ясно, что полагаться на эту защиту было нельзя."],
        ["— Сколько будет стоить реставрация и кто за неё заплатит?"],
        ["— Называть цифры пока рано, сначала своё слово должны сказать реставраторы.",
         "Министерство уже выделило шесть миллионов рублей на срочные работы, а остальное, по нашему мнению, "
         "должен возместить подрядчик.",
         "Ответственность подрядчика застрахована на десять миллионов рублей."],
        ["— Когда посетители снова увидят иконы?"],
        ["— Не раньше следующего года, и то лишь те, что почти не пострадали.",
         "Залы второго этажа, включая зал древнерусского искусства, закрыты, а первый этаж работает в "
         "обычном режиме.",
         "Эта коллекция пережила эвакуацию в сорок первом году, переживёт и нынешнюю беду."],
    ]),
    ("D3", "Заключение экспертного реставрационного совета при министерстве культуры Староречинской "
           "области, 29 сентября 2026 года", [
        ["Экспертный реставрационный совет рассмотрел состояние тридцати семи икон Староречинского "
         "областного художественного музея, повреждённых при протечке кровли в ночь на пятнадцатое "
         "сентября 2026 года.",
         "В заседании участвовали семь членов совета, председательствовал реставратор высшей категории "
         "Пётр Воронцов.",
         "Осмотр икон проведён двадцать второго и двадцать третьего сентября в помещениях музея."],
        ["Совет установил, что ни одна из повреждённых икон не утрачена безвозвратно.",
         "На девяти иконах выявлены вздутия и отслоения красочного слоя вместе с грунтом, причём у двух из "
         "них утраты составляют от пятнадцати до двадцати процентов площади.",
         "На остальных двадцати восьми иконах отмечены потёки, пятна на лицевой и оборотной сторонах и "
         "ослабление связи левкаса с доской."],
        ["Относительная влажность воздуха в хранилище в первые сутки после протечки достигала девяноста двух "
         "процентов при норме от пятидесяти до пятидесяти пяти.",
         "Совет отмечает, что в первые часы сотрудники музея использовали для просушки бытовые "
         "тепловентиляторы.",
         "По мнению совета, резкое высыхание могло усилить растрескивание красочного слоя на нескольких "
         "иконах.",
         "Вместе с тем быстрый вынос икон из хранилища, по оценке совета, позволил избежать куда более "
         "тяжёлых последствий."],
        ["Совет рекомендует проводить просушку медленно, при постоянной температуре и без применения "
         "нагревательных приборов.",
         "Консервацию и реставрацию семи сильно повреждённых икон и всех слабо повреждённых следует выполнить "
         "в реставрационной мастерской музея.",
         "Две иконы с наибольшими утратами, в том числе «Спас Нерукотворный», совет рекомендует передать на "
         "реставрацию в один из федеральных реставрационных центров в Москве."],
        ["Ориентировочная стоимость реставрации всех повреждённых икон составляет около восемнадцати "
         "миллионов рублей.",
         "Работы займут не менее трёх лет, а первых результатов по слабо повреждённым иконам можно ожидать "
         "не раньше весны 2027 года.",
         "Совет считает недопустимым экспонировать повреждённые иконы до завершения их реставрации."],
        ["Совет также рекомендует не возвращать коллекцию в хранилище восточного крыла до окончания ремонта "
         "кровли.",
         "Музею следует оснастить хранилище датчиками протечки с автоматическим оповещением дежурной службы.",
         "На это, по расчёту совета, потребуется около полутора миллионов рублей."],
        ["Решение принято шестью голосами при одном воздержавшемся.",
         "Воздержавшийся член совета считает, что все девять сильно повреждённых икон следует реставрировать "
         "в Москве.",
         "Повторный осмотр икон совет проведёт в декабре."],
    ]),
    ("D4", "Запись краеведа Геннадия Пастухова в блоге «Староречинская старина», 2 октября 2026 года", [
        ["Молчать больше не могу.",
         "Почти полсотни икон нашего музея погибли или изуродованы из-за дырявой крыши, а об этом все "
         "говорят вполголоса.",
         "Я сорок лет изучаю историю края и такого позора не припомню."],
        ["Дом купца Хлебникова, где живёт музей, пережил революцию, войну и девяностые, а подкосила его одна "
         "сентябрьская ночь.",
         "Вода, как рассказывают сотрудники, хлестала в хранилище всю ночь, до самого утра.",
         "Влажность там, говорят, доходила чуть ли не до ста процентов."],
        ["Пострадала, судя по всему, едва ли не треть всего собрания икон.",
         "Реставраторы, насколько я знаю, единогласно признали, что часть икон спасти уже не удастся.",
         "Директор музея дважды предупреждала подрядчика, но её никто не слушал."],
        ["Министерство, как я слышал, уже уволило директора, хотя виноват прежде всего подрядчик.",
         "Подрядчик же, говорят, полностью возместил ущерб из своей страховки и считает вопрос закрытым.",
         "Реставрация, по слухам, обойдётся миллионов в пятьдесят и растянется лет на десять."],
        ["А на срочные работы пока выделили какие-то три миллиона, кот наплакал.",
         "И иконы, которые больше века провели в этих стенах, теперь все до единой повезут в Москву."],
        ["Я не ищу виноватых ради самого поиска.",
         "Но если в музее, который стоит в самом центре города, за полгода не смогли толком накрыть крышу, "
         "то что говорить о сельских храмах?",
         "Прошу всех, кому не всё равно, прийти в субботу к музею и поддержать его сотрудников.",
         "Им сейчас тяжелее, чем кому бы то ни было.",
         "Беда не приходит одна, но опускать руки нельзя."],
    ]),
]

# 15 unrelated sentences in the same registers (museum and culture news, an interview, a ministry
# press office, a council, a local-history blog); they are in no document.
UNRELATED = [
    "В областной картинной галерее открылась выставка акварелей местных художников середины прошлого века.",
    "Экспозиция продлится до конца января, вход для школьников бесплатный.",
    "— Расскажите, с чего началось ваше увлечение реставрацией?",
    "— Ещё студентом я попал на практику в монастырскую мастерскую и остался там на пять лет.",
    "Министерство культуры области объявляет приём заявок на грантовый конкурс для сельских домов культуры.",
    "Пресс-служба министерства напоминает, что в первое воскресенье месяца государственные музеи области "
    "открыты бесплатно.",
    "Совет рассмотрел проект реставрации деревянной часовни в селе Верхние Луки и одобрил его с замечаниями.",
    "Вопрос о восстановлении настенной росписи в бывшем доме культуры перенесён на следующее заседание.",
    "Решение о приёме новых членов совета отложено до получения документов от кандидатов.",
    "Друзья, на чердаке старого дома на Садовой улице нашлась пачка писем начала прошлого века!",
    "Если кто-то помнит, где стояла водонапорная башня у бывшей ткацкой фабрики, напишите в комментариях.",
    "В городском парке прошла реконструкция ярмарки девятнадцатого века, собравшая около трёх тысяч гостей.",
    "Районная библиотека оцифровала подшивки местной газеты за первые послевоенные годы.",
    "В соседнем районе завершили ремонт фасада бывшей земской больницы.",
    "На следующей неделе в городском лектории начнётся цикл лекций о народных промыслах края.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d2_17"],
     "I'm not shirking responsibility, but nor will I pretend that the museum suspected nothing.",
     "Je ne me dérobe pas à mes responsabilités, mais je ne vais pas non plus faire comme si le musée ne "
     "s'était douté de rien.",
     "faithful; не снимаю с себя ответственности (idiom, negated) = not shirking / ne me dérobe pas; ни о "
     "чём не подозревал = suspected nothing / ne s'était douté de rien; clause order changed", None),
    ("q02", S, F, "", ["d2_04"],
     "The contractor had stripped off the old roofing over the east wing and covered the floor slab with "
     "plastic sheeting, which the wind tore away at about 2 am.",
     "L'entrepreneur avait retiré l'ancienne couverture de l'aile est et protégé le plancher par un film "
     "plastique, que le vent a arraché vers deux heures du matin.",
     "faithful; сорвало ветром (impersonal) = the wind tore away / le vent a arraché (active); около "
     "двух часов ночи = about 2 am / vers deux heures du matin", None),
    ("q03", S, F, "", ["d4_09"],
     "The museum's director warned the contractor twice, but nobody listened to her.",
     "La directrice du musée avait prévenu l'entrepreneur à deux reprises, mais personne ne l'a écoutée.",
     "faithful; D4's own sentence, consistent with d2_15 (twice, in writing); никто = nobody / personne",
     None),
    ("q04", S, F, "", ["d1_11"],
     "Work on dismantling the roof over the building's east wing is to be halted until a temporary "
     "protective covering, agreed with the museum, is in place.",
     "Les travaux de démontage de la toiture de l'aile est du bâtiment doivent être suspendus jusqu'à la "
     "pose d'une couverture provisoire de protection validée par le musée.",
     "faithful; the order's infinitive (Приостановить) rendered as a passive instruction; до устройства = "
     "until ... is in place / jusqu'à la pose", None),
    ("q05", S, F, "", ["d3_04"],
     "The council established that none of the damaged icons has been lost for good.",
     "Le conseil a établi qu'aucune des icônes endommagées n'était perdue de manière irréversible.",
     "faithful; ни одна ... не утрачена безвозвратно = none ... lost for good / aucune ... perdue de "
     "manière irréversible; near-miss d4_02 and d4_08 say icons were lost", None),
    ("q06", S, F, "", ["d2_06"],
     "A security guard noticed the leak at twenty past four and called us at once.",
     "Le gardien a remarqué la fuite à 4 h 20 et nous a immédiatement téléphoné.",
     "faithful; в двадцать минут пятого (Russian clock idiom) = twenty past four / 4 h 20 (local "
     "notation)", None),
    ("q07", S, F, "", ["d1_13"],
     "Six million roubles are to be allocated from the ministry's reserve fund for priority conservation "
     "work.",
     "Une enveloppe de 6 millions de roubles sera prélevée sur le fonds de réserve du ministère pour les "
     "travaux de conservation prioritaires.",
     "faithful; the order's infinitive (Выделить) rendered as a passive; number as words in en, digits in "
     "fr; near-miss d4_13 says some three million; contains the term of q38", None),
    ("q08", S, F, "", ["d3_10"],
     "That said, the council believes that getting the icons out of the storeroom quickly averted far more "
     "serious consequences.",
     "Cela dit, l'évacuation rapide des icônes hors de la réserve aurait, selon le conseil, permis d'éviter "
     "des conséquences bien plus graves.",
     "faithful; the attribution по оценке совета kept as the council believes / selon le conseil (French "
     "conditional for reported judgement); Вместе с тем = That said / Cela dit", None),
    ("q09", S, F, "", ["d4_05"],
     "According to the staff, water was gushing into the storeroom all night, right up until morning.",
     "D'après le personnel, l'eau se serait déversée à flots dans la réserve toute la nuit, jusqu'au petit "
     "matin.",
     "faithful to the near-miss sentence d4_05 (D2 says about two and a half hours); как рассказывают "
     "сотрудники kept as according to the staff / d'après le personnel, French conditional for hearsay",
     None),
    ("q10", S, F, "", ["d4_10"],
     "I've heard the ministry has already fired the director, even though it is the contractor who is "
     "chiefly to blame.",
     "Le ministère aurait déjà, paraît-il, limogé la directrice, alors que le premier responsable est "
     "l'entrepreneur.",
     "faithful to the near-miss sentence d4_10 (D1 only defers disciplinary action to the commission); "
     "как я слышал = I've heard / paraît-il with French conditional", None),
    ("q11", S, F, "", ["d2_27"],
     "Not before next year, and even then only the ones that came through almost unscathed.",
     "Pas avant l'an prochain, et encore : seulement celles qui n'ont presque pas souffert.",
     "faithful; почти не пострадали = came through almost unscathed (negation moved into a word) / n'ont "
     "presque pas souffert; и то = and even then / et encore", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d2_09", "d2_10"],
     "As of today we have counted 37 damaged icons. Nine of them were badly hit: the paint layer has "
     "blistered and, in places, flaked off.",
     "À ce jour, nous avons recensé trente-sept icônes endommagées. Neuf d'entre elles ont été gravement "
     "touchées : la couche picturale a gonflé et s'est détachée par endroits.",
     "faithful; number as digits in en, words in fr; contains the term of q37", None),
    ("q13", L, F, "", ["d1_14", "d1_15"],
     "The ministry's expert restoration council is instructed to report within two weeks on the condition "
     "of the damaged icons and how they are to be restored. Whether museum and ministry officials face "
     "disciplinary action will be decided once the commission has finished its work.",
     "Le conseil d'experts en restauration auprès du ministère est chargé de rendre sous quinze jours un "
     "avis sur l'état des icônes endommagées et les modalités de leur restauration. La question de la "
     "responsabilité disciplinaire des responsables du musée et du ministère sera examinée à l'issue des "
     "travaux de la commission.",
     "faithful; spans a paragraph break (d1_14 | d1_15); в течение двух недель = within two weeks / sous "
     "quinze jours (idiom); near-miss d4_10 says the director was fired", None),
    ("q14", L, F, "", ["d2_15", "d2_16"],
     "Yes, twice, in July and in August, and both times in writing. We were told the temporary covering met "
     "the design specifications and would stand up to any weather.",
     "Oui, à deux reprises, en juillet puis en août, et chaque fois par écrit. On nous répondait que la "
     "couverture provisoire était conforme au projet et résisterait à n'importe quelle météo.",
     "faithful; Нам отвечали (indefinite personal) = we were told / on nous répondait", None),
    ("q15", L, F, "", ["d4_17", "d4_18"],
     "I'm asking everyone who cares to come to the museum on Saturday and stand by its staff. Things are "
     "harder for them right now than for anyone.",
     "Je demande à tous ceux que cela touche de venir samedi devant le musée pour soutenir son personnel. En "
     "ce moment, c'est pour eux que c'est le plus dur.",
     "faithful; кому не всё равно (negated) = who cares / ceux que cela touche; тяжелее, чем кому бы то ни "
     "было = harder than for anyone / c'est pour eux le plus dur", None),
    ("q16", L, F, "", ["d3_20", "d3_21"],
     "The decision was adopted by six votes, with one abstention. The member who abstained believes all "
     "nine severely damaged icons should be restored in Moscow.",
     "La décision a été adoptée par six voix et une abstention. Le membre qui s'est abstenu estime que les "
     "neuf icônes gravement endommagées devraient toutes être restaurées à Moscou.",
     "faithful; Воздержавшийся член совета = the member who abstained; near-miss d4_08 says unanimously "
     "and d4_14 says all icons go to Moscow", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d3_01", "d3_02", "d3_03"],
     "The expert restoration council examined the condition of thirty-seven icons from the Starorechinsk "
     "Regional Art Museum that were damaged when the roof leaked on the night of 14-15 September 2026. "
     "Seven council members took part in the meeting, which was chaired by Pyotr Vorontsov, a restorer of "
     "the highest grade. The icons were inspected on the museum's premises on 22 and 23 September.",
     "Le conseil d'experts en restauration a examiné l'état de 37 icônes du musée régional d'art de "
     "Staroretchinsk endommagées par la fuite de la toiture dans la nuit du 14 au 15 septembre 2026. Sept "
     "membres du conseil ont pris part à la séance, présidée par Piotr Vorontsov, restaurateur de la plus "
     "haute catégorie. Les icônes ont été examinées dans les locaux du musée les 22 et 23 septembre.",
     "faithful; в ночь на пятнадцатое = the night of 14-15 / du 14 au 15 (local notation); "
     "Староречинского (genitive) = Starorechinsk / Staroretchinsk; председательствовал (active) = "
     "chaired by (passive); dates as digits", None),
    ("q18", L, F, "", ["d2_19", "d2_20", "d2_21"],
     "Moving a collection like this is a major risk in itself, and the museum has no other rooms with the "
     "right climate. The works plan assumed that the storeroom would be properly protected throughout the "
     "repairs. It is now clear that this protection could not be relied on.",
     "Déplacer une telle collection est déjà en soi un risque majeur, et le musée ne dispose d'aucun autre "
     "local offrant le climat requis. Le projet prévoyait que la réserve resterait bien protégée pendant "
     "toute la durée des travaux. On voit aujourd'hui qu'on ne pouvait pas compter sur cette protection.",
     "faithful; других помещений ... нет = no other rooms / aucun autre local; нельзя было полагаться = "
     "could not be relied on (passive) / on ne pouvait pas compter", None),
    ("q19", L, F, "", ["d3_05", "d3_06", "d3_07", "d3_08"],
     "Nine icons show blistering and flaking of the paint layer together with the ground, and on two of "
     "them the losses cover 15 to 20 per cent of the surface. The remaining 28 icons have drip marks, "
     "stains on the front and back, and gesso that is losing its grip on the panel. In the first 24 hours "
     "after the leak, relative humidity in the storeroom reached 92 per cent, against a norm of 50 to 55. "
     "The council notes that in the first few hours museum staff used household fan heaters to dry things "
     "out.",
     "Neuf icônes présentent des soulèvements et des écaillages de la couche picturale et de la "
     "préparation, et sur deux d'entre elles les lacunes atteignent quinze à vingt pour cent de la surface. "
     "Sur les vingt-huit autres, on relève des coulures, des taches au recto comme au verso et un "
     "affaiblissement de l'adhérence du levkas au panneau. Dans les vingt-quatre heures qui ont suivi la "
     "fuite, l'humidité relative dans la réserve a atteint quatre-vingt-douze pour cent, pour une norme de "
     "cinquante à cinquante-cinq. Le conseil relève que, dans les premières heures, le personnel du musée a "
     "utilisé des radiateurs soufflants domestiques pour le séchage.",
     "faithful; spans a paragraph break (d3_05, d3_06 | d3_07, d3_08); первые сутки = the first 24 hours "
     "/ les vingt-quatre heures; numbers as digits in en, words in fr; near-miss d4_06 says nearly a "
     "hundred per cent; contains the term of q39", None),
    ("q20", L, F, "", ["d1_08", "d1_09", "d1_10"],
     "The museum's director, Larisa Krechetova, is to ensure that the undamaged icons are moved at once "
     "from the storeroom to rooms on the ground floor of the main building. The first-floor galleries are "
     "to be closed to visitors until work on the east wing is complete. The ministry is to be informed "
     "every day of the temperature and humidity in the rooms where the damaged icons are kept.",
     "La directrice du musée, Larissa Kretchetova, veillera au transfert immédiat des icônes intactes de la "
     "réserve vers les salles du rez-de-chaussée du bâtiment principal. Les salles du premier étage seront "
     "fermées au public jusqu'à l'achèvement des travaux sur l'aile est. Le ministère devra être informé "
     "chaque jour de la température et de l'humidité de l'air dans les locaux où se trouvent les icônes "
     "endommagées.",
     "faithful; Директору ... Ларисе Кречетовой (dative) = Larisa Krechetova (nominative); первого этажа "
     "= ground floor / rez-de-chaussée and второго этажа = first floor / premier étage (local notation); "
     "неповреждённых = undamaged / intactes", None),
    ("q21", L, F, "", ["d4_01", "d4_03", "d4_04"],
     "I can't stay silent any longer. (…) I've been studying the history of this region for forty years, "
     "and I can't recall a disgrace like this. The Khlebnikov merchant house, the museum's home, came "
     "through the revolution, the war and the nineties, only to be brought low by a single night in "
     "September.",
     "Je ne peux plus me taire. (…) Cela fait quarante ans que j'étudie l'histoire de la région, et je n'ai "
     "pas souvenir d'une telle honte. La maison du marchand Khlebnikov, qui abrite le musée, a survécu à la "
     "révolution, à la guerre et aux années quatre-vingt-dix, et il a suffi d'une nuit de septembre pour la "
     "mettre à genoux.",
     "faithful; the ellipsis (…) skips d4_02 (the near-miss almost fifty icons); spans a paragraph break "
     "(d4_03 | d4_04); подкосила (idiom) = brought low / mettre à genoux; Дом купца Хлебникова = the "
     "Khlebnikov merchant house", None),
    ("q22", L, F, "", ["d3_14", "d3_16"],
     "The restoration of all the damaged icons is estimated at around 18 million roubles. […] The council "
     "considers it unacceptable to put the damaged icons on display before their restoration is complete.",
     "Le coût de la restauration de l'ensemble des icônes endommagées est estimé à environ dix-huit "
     "millions de roubles. […] Le conseil juge inacceptable d'exposer les icônes endommagées avant la fin "
     "de leur restauration.",
     "faithful; the ellipsis […] skips d3_15 (at least three years); около = around / environ; near-miss "
     "d4_12 says about fifty million and ten years", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d2_08"],
     "By our estimate, water was coming into the storeroom for about three and a half hours.",
     "Selon notre estimation, l'eau a pénétré dans la réserve pendant environ trois heures et demie.",
     "drifted (numbers): около двух с половиной часов (about two and a half hours) → about three and a "
     "half hours / environ trois heures et demie; the rest faithful", None),
    ("q24", S, D, "names", ["d1_05"],
     "A commission is to be set up to investigate how the museum objects came to be damaged, chaired by the "
     "regional deputy culture minister, Tatyana Gorbacheva.",
     "Une commission sera créée pour enquêter sur les circonstances des dommages subis par les objets du "
     "musée, sous la présidence de la vice-ministre régionale de la Culture, Tatiana Gorbatcheva.",
     "drifted (names): surname Горбунова (Gorbunova) → Gorbacheva / Gorbatcheva; first name Tatyana kept",
     None),
    ("q25", S, D, "negation", ["d3_17"],
     "The council also recommends returning the collection to the east wing storeroom before the roof "
     "repairs are completed.",
     "Le conseil recommande également de réinstaller la collection dans la réserve de l'aile est avant la "
     "fin de la réfection de la toiture.",
     "drifted (negation reversal): не возвращать ... до окончания ремонта (not to return until the repairs "
     "are over) → returning ... before the repairs are completed / réinstaller ... avant la fin", None),
    ("q26", S, D, "hedge", ["d2_25"],
     "The contractor's liability is probably insured for ten million roubles.",
     "La responsabilité civile de l'entrepreneur est probablement assurée à hauteur de 10 millions de "
     "roubles.",
     "drifted (hedge added): stated as fact (застрахована) → probably / probablement", None),
    ("q27", S, D, "hedge", ["d3_09"],
     "According to the council, the abrupt drying worsened the cracking of the paint layer on several "
     "icons.",
     "Selon le conseil, le séchage brutal a aggravé les craquelures de la couche picturale sur plusieurs "
     "icônes.",
     "drifted (hedge dropped): могло усилить (may have worsened) → worsened / a aggravé; the attribution "
     "По мнению совета kept", None),
    ("q28", S, D, "quantifier", ["d2_07"],
     "By six in the morning most of the curators were on site, and we started carrying the icons out to dry "
     "galleries.",
     "À six heures du matin, la plupart des conservateurs étaient sur place et nous avons commencé à "
     "transporter les icônes dans des salles sèches.",
     "drifted (quantifier): все хранители (all the curators) → most of the curators / la plupart des "
     "conservateurs; the rest faithful", None),
    ("q29", S, D, "omission", ["d1_16"],
     "The state heritage protection department is to carry out an unscheduled inspection of storage "
     "conditions in all the region's museums.",
     "Le service chargé de la protection du patrimoine culturel procédera à une inspection inopinée des "
     "conditions de conservation dans tous les musées de la région.",
     "drifted (omission of a restriction): «где ведутся ремонтные работы» (where repair work is under way) "
     "dropped, so every museum of the region is inspected", None),
    ("q30", S, D, "addition", ["d1_06"],
     "The commission is to include representatives of the museum, the contractor, the contractor's insurer "
     "and the inspectorate for the protection of cultural heritage sites, as well as an independent expert "
     "restorer.",
     "La commission comprendra des représentants du musée, de l'entreprise, de l'assureur de l'entreprise "
     "et de l'inspection chargée de la protection des monuments historiques, ainsi qu'un restaurateur "
     "expert indépendant.",
     "drifted (addition of a list item): \"the contractor's insurer\" / \"l'assureur de l'entreprise\" "
     "added to the membership list", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_01", "d1_02", "d1_03"],
     "On the night of 14-15 September 2026 the icon storeroom of the Starorechinsk Regional Art Museum was "
     "flooded when the roof leaked during repair and restoration work. Preliminary figures show that "
     "thirty-seven of the 241 icons kept in the storeroom were damaged. Since May 2026 the contractor "
     "Stroyrestavratsiya has been replacing the museum's roof under a state contract.",
     "Dans la nuit du 14 au 15 septembre 2026, la réserve d'icônes du musée régional d'art de "
     "Staroretchinsk a été inondée à la suite d'une fuite de la toiture pendant des travaux de réparation "
     "et de restauration. Selon les premières estimations, trente-sept des 241 icônes conservées dans la "
     "réserve ont été endommagées. Depuis mai 2026, l'entreprise Stroïrestavratsia remplace la toiture du "
     "musée dans le cadre d'un marché public.",
     "drifted (numbers) in sentence 2: двухсот четырнадцати (214) → 241 (digits transposed); 37, the "
     "dates and May kept; sentences 1 and 3 faithful", None),
    ("q32", L, D, "omission", ["d3_11", "d3_12", "d3_13"],
     "The council recommends drying the icons slowly, at a constant temperature. The seven badly damaged "
     "icons and all the lightly damaged ones should be conserved and restored in the museum's own "
     "restoration workshop. The council recommends sending the two icons with the greatest losses, "
     "including the Saviour Not Made by Hands, to one of the federal restoration centres in Moscow.",
     "Le conseil recommande de faire sécher les icônes lentement, à température constante. La conservation "
     "et la restauration des sept icônes gravement endommagées et de toutes celles qui le sont légèrement "
     "doivent être effectuées dans l'atelier de restauration du musée. Le conseil recommande de confier les "
     "deux icônes les plus touchées, dont le Sauveur non fait de main d'homme, à l'un des centres fédéraux "
     "de restauration à Moscou.",
     "drifted (omission of a clause) in sentence 1: «без применения нагревательных приборов» (without "
     "using heating appliances) dropped; sentences 2 and 3 faithful; near-miss d4_14 says all icons go to "
     "Moscow", None),
    ("q33", L, D, "quantifier", ["d2_01", "d2_02", "d2_03"],
     "Good afternoon, and thank you for coming. I'll start with what matters most: no one was hurt and "
     "there was no fire, but much of our icon collection has been badly damaged by water. During the night "
     "of 14-15 September a downpour hit Starorechinsk, and almost fifty millimetres of rain fell in a few "
     "hours.",
     "Bonjour, et merci d'être venus. Je commence par l'essentiel : personne n'a été blessé, il n'y a pas eu "
     "d'incendie, mais une grande partie de notre collection d'icônes a été gravement endommagée par "
     "l'eau. Dans la nuit du 14 au 15 septembre, une averse s'est abattue sur Staroretchinsk : près de 50 "
     "millimètres de pluie sont tombés en quelques heures.",
     "drifted (quantifier) in sentence 2: часть нашей коллекции (part of our collection) → much of our "
     "icon collection / une grande partie; sentences 1 and 3 faithful; spans a paragraph break (d2_01, "
     "d2_02 | d2_03)", None),
    # partial
    ("q34", L, P, "", ["d2_12"],
     "Among the badly damaged icons is the late sixteenth-century Saviour Not Made by Hands, the oldest icon "
     "in our collection. Only last year it was valued at twelve million roubles.",
     "Parmi les icônes gravement endommagées figure le Sauveur non fait de main d'homme de la fin du XVIe "
     "siècle, la plus ancienne icône de nos collections. L'an dernier encore, elle avait été estimée à "
     "douze millions de roubles.",
     "partial: the last sentence (a valuation of twelve million roubles) is in no source; the first is "
     "faithful to d2_12; the real next sentence, d2_13, speaks of the heaviest loss", None),
    ("q35", L, P, "", ["d4_15", "d4_16"],
     "I have written to the museum's director three times and never had a reply. I'm not looking for "
     "someone to blame for the sake of it. But if a museum right in the centre of town couldn't get a roof "
     "properly covered in six months, what hope is there for village churches?",
     "J'ai écrit trois fois à la directrice du musée sans jamais obtenir de réponse. Je ne cherche pas des "
     "coupables pour le plaisir. Mais si, dans un musée situé en plein centre-ville, on n'a pas été capable "
     "en six mois de couvrir correctement un toit, que dire des églises de campagne ?",
     "partial: the first sentence (three unanswered letters to the director) is in no source; sentences 2 "
     "and 3 faithful to d4_15 and d4_16 (что говорить о = what hope is there for / que dire de)", None),
    ("q36", L, P, "", ["d1_07"],
     "The commission is to report on the causes of the leak and the extent of the damage by 1 October 2026 "
     "at the latest. Its findings are also to be forwarded to the regional prosecutor's office.",
     "La commission remettra au plus tard le 1er octobre 2026 un rapport sur les causes de la fuite et "
     "l'ampleur des dommages. Ses conclusions seront également transmises au parquet régional.",
     "partial: the last sentence (findings sent to the prosecutor's office) is in no source; the real "
     "next sentence, d1_08, is about moving the icons; the first is faithful to d1_07", None),
    # terms
    ("q37", TM, T, "", ["d2_10"], "paint layer", "couche picturale",
     "term «красочный слой» (nominative)", None),
    ("q38", TM, T, "", ["d1_13"], "reserve fund", "fonds de réserve",
     "term «резервного фонда» (genitive)", None),
    ("q39", TM, T, "", ["d3_07"], "relative humidity", "humidité relative",
     "term «Относительная влажность» (nominative)", None),
    ("q40", TM, T, "", ["d2_28"], "Old Russian art", "art russe ancien",
     "term «древнерусского искусства» (genitive; one adjective in Russian)", None),
    ("q41", TM, T, "", ["d4_13"], "chicken feed", "trois fois rien",
     "term «кот наплакал» (idiom, literally the cat has shed a tear), idiom by idiom", None),
    ("q42", TM, T, "", ["d4_19"], "lose heart", "baisser les bras",
     "term «опускать руки» (idiom, literally to let one's hands drop), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The contractor has agreed to pay for the temporary roof and the drying of the storeroom out of its "
     "own pocket.",
     "L'entrepreneur a accepté de financer de sa poche le toit provisoire et l'assèchement de la réserve.",
     "absent: no document says the contractor agreed to pay anything; resembles d1_12, d2_24 and d4_11",
     "Подрядчик согласился за свой счёт оплатить временную кровлю и просушку хранилища."),
    ("q44", S, A, "", [],
     "The museum's chief curator has been suspended until the commission completes its inquiry.",
     "La conservatrice en chef du musée a été suspendue jusqu'à la fin de l'enquête de la commission.",
     "absent: no chief curator is named or suspended; resembles d1_15 and d4_10",
     "Главный хранитель музея отстранена от работы до завершения проверки комиссии."),
    ("q45", S, A, "", [],
     "The regional prosecutor's office has begun checking whether the contractor complied with the terms of "
     "the state contract.",
     "Le parquet régional a ouvert une enquête pour vérifier si l'entrepreneur a respecté les termes du "
     "marché public.",
     "absent: no prosecutor appears in the documents; resembles d1_03 and d1_16",
     "Областная прокуратура начала проверку соблюдения подрядчиком условий государственного контракта."),
    ("q46", S, A, "", [],
     "Visitors will be able to watch the restorers at work through a glass wall on the ground floor.",
     "Les visiteurs pourront observer le travail des restaurateurs à travers une paroi vitrée au "
     "rez-de-chaussée.",
     "absent: no document mentions a visible workshop; resembles d1_08, d2_28 and d3_12",
     "Посетители смогут наблюдать за работой реставраторов через стеклянную стену на первом этаже."),
    ("q47", S, A, "", [],
     "Krechetova said that before the works began the museum had asked to move the icons to the regional "
     "archive but had been refused.",
     "Selon Larissa Kretchetova, le musée aurait demandé, avant le début des travaux, à transférer les "
     "icônes aux archives régionales, mais se serait heurté à un refus.",
     "absent: Krechetova says the museum had no other suitable rooms, not that it was refused; resembles "
     "d2_19 and d2_15 (French conditional for reported speech)",
     "Кречетова заявила, что ещё до начала работ музей просил разрешения перевезти иконы в областной "
     "архив, но получил отказ."),
    ("q48", L, A, "", [],
     "A charity auction in aid of the icons' restoration will be held at the museum in November. Local "
     "artists have already donated more than forty works to it.",
     "Une vente aux enchères caritative au profit de la restauration des icônes aura lieu au musée en "
     "novembre. Des artistes locaux y ont déjà offert plus de quarante œuvres.",
     "absent (2 sentences): no auction or donation is mentioned; resembles d3_14 and d4_17",
     "В ноябре в музее пройдёт благотворительный аукцион в пользу реставрации икон. Местные художники уже "
     "передали на него более сорока работ."),
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
