"""Build the blind quotation set quote_blind22 from one table (standard library only).

Story: in the night of 22 to 23 September 2026 ammonia leaks from a pipeline at the chemical plant
Nizhneborsk Azot, and two neighbourhoods of the industrial town of Nizhneborsk (the Khimikov
settlement and Lugovoy) are evacuated at night. Four Russian source documents (D1 an interview with
the plant's chief engineer, D2 a statement of the regional environmental prosecutor's office, D3 the
minutes of the town emergency commission, where the town administration and a hospital doctor speak,
D4 messages from a residents' chat group, the near-miss document) and 48 English / French
quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document from
01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind22_build.py

writes quote_blind22.tsv, quote_blind22_labels.tsv, quote_blind22_sources.ru.txt and
quote_blind22_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind22"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью главного инженера завода «Нижнеборский азот» Вадима Кречетова газете "
           "«Нижнеборский вестник», 26 сентября 2026 года", [
        ["В ночь на двадцать третье сентября на заводе «Нижнеборский азот» произошла утечка аммиака, из-за "
         "которой жителей двух районов города пришлось эвакуировать.",
         "Главный инженер предприятия Вадим Кречетов ответил на вопросы нашей газеты."],
        ["— Вадим Андреевич, что именно случилось той ночью?"],
        ["— Около двух часов ночи на трубопроводе, по которому аммиак подаётся из хранилища на отгрузку, "
         "разгерметизировалось фланцевое соединение.",
         "Дежурная смена сразу забила тревогу, и через сорок пять минут утечку перекрыли.",
         "По нашей оценке, за это время в атмосферу попало около тысячи двухсот килограммов аммиака."],
        ["— Почему же тогда пришлось вывозить людей?"],
        ["— Ночью был почти полный штиль, и облако медленно потянуло в сторону посёлка Химиков.",
         "При таком ветре мы не могли гарантировать, что концентрация у жилых домов останется безопасной.",
         "Эвакуация была мерой предосторожности, и я считаю её правильным решением."],
        ["— Жители Лугового жалуются, что не слышали сирен."],
        ["— Сирены, которые принадлежат заводу, включились вовремя, это зафиксировано в журнале.",
         "Система оповещения в Луговом принадлежит городу, и за её работу отвечаем не мы.",
         "Но я не буду спорить с людьми, которые провели эту ночь в страхе."],
        ["— Что известно о пострадавших сотрудниках?"],
        ["— В больницу доставили четырёх наших работников, все они были на смене в цехе хранения.",
         "Трое уже дома, а оператор, который первым пошёл перекрывать задвижку, до сих пор в реанимации.",
         "Завод оплатит лечение всех пострадавших, и работников, и жителей.",
         "Никто из них не останется один на один со своими счетами."],
        ["— Прокуратура утверждает, что трубопровод давно пора было менять."],
        ["— Этот участок действительно эксплуатируется с 1987 года.",
         "Его замену мы дважды переносили, потому что на время работ пришлось бы останавливать весь цех.",
         "Сейчас понятно, что это была ошибка.",
         "Новый трубопровод будет смонтирован до конца года, деньги на это уже выделены."],
        ["— Могут ли жители чувствовать себя в безопасности?"],
        ["— До окончания замены цех хранения будет работать с уменьшенным запасом аммиака, не больше трети "
         "от обычного.",
         "Мы также поставим на границе промзоны ещё шесть датчиков, и их показания будут видны на сайте "
         "завода в реальном времени.",
         "Скрывать нам нечего."],
    ]),
    ("D2", "Сообщение природоохранной прокуратуры Нижнеборской области, 25 сентября 2026 года", [
        ["Природоохранная прокуратура области проводит проверку по факту выброса аммиака на заводе "
         "АО «Нижнеборский азот» в ночь на двадцать третье сентября.",
         "Проверку лично возглавила природоохранный прокурор области Людмила Воротынцева."],
        ["Установлено, что утечка началась в 1:50 на трубопроводе, введённом в эксплуатацию в 1987 году.",
         "Замена этого участка была запланирована на 2024 год, однако руководство предприятия дважды "
         "переносило её сроки.",
         "Сигнализатор загазованности на этом участке не работал как минимум с начала сентября, о чём было "
         "известно службе промышленной безопасности завода."],
        ["По данным лабораторного контроля, в три часа ночи содержание аммиака в воздухе на границе посёлка "
         "Химиков превышало предельно допустимую концентрацию в шесть раз.",
         "В микрорайоне Луговой превышение составило два с половиной раза.",
         "К девяти утра показатели в обоих районах вернулись к норме."],
        ["Проверка также выявила, что в микрорайоне Луговой не сработали две из трёх сирен городской системы "
         "оповещения.",
         "Часть жителей узнала об эвакуации только от соседей или от полицейских, которые обходили дома.",
         "Ответственность за исправность этой системы несёт администрация города."],
        ["Материалы проверки направлены в следственное управление для решения вопроса о возбуждении "
         "уголовного дела по статье о нарушении требований промышленной безопасности.",
         "Прокурор области также обратилась в суд с требованием приостановить работу цеха хранения аммиака "
         "на девяносто суток.",
         "Суд рассмотрит заявление второго октября."],
        ["В адрес главы города Павла Дёмина внесено представление об устранении нарушений в работе системы "
         "оповещения.",
         "Прокуратура проверит, как будут выплачены компенсации эвакуированным жителям."],
        ["По данным проверки, загрязнения почвы и городского водопровода не выявлено.",
         "Жители, чьё имущество или здоровье пострадало, могут обратиться в прокуратуру лично или через сайт "
         "ведомства.",
         "Ход проверки находится на особом контроле прокурора области."],
    ]),
    ("D3", "Выписка из протокола заседания комиссии по чрезвычайным ситуациям администрации города "
           "Нижнеборска, 24 сентября 2026 года", [
        ["Заседание вёл глава города Павел Дёмин.",
         "Присутствовали члены комиссии, заместитель директора АО «Нижнеборский азот» по промышленной "
         "безопасности Игорь Шабанов, заведующая токсикологическим отделением городской больницы Ирина "
         "Захарчук и начальник городского управления гражданской обороны Руслан Ахметов."],
        ["Руслан Ахметов доложил, что решение об эвакуации было принято в 2:40, а первые автобусы подошли к "
         "домам в 3:10.",
         "Из посёлка Химиков и микрорайона Луговой эвакуировали четыре тысячи триста человек.",
         "Около тысячи ста из них уехали к родственникам на своих машинах, остальных двадцать шесть автобусов "
         "доставили в три пункта временного размещения: две школы и спорткомплекс «Факел».",
         "Жителям разрешили вернуться домой в три часа дня, после того как замеры показали норму."],
        ["Ирина Захарчук сообщила, что за медицинской помощью обратились тридцать четыре человека, в основном "
         "с жалобами на кашель, резь в глазах и головную боль.",
         "Девять человек госпитализированы, среди них четверо работников завода и двое детей.",
         "У оператора цеха хранения развился токсический отёк лёгких, его состояние остаётся тяжёлым, но "
         "стабильным.",
         "По словам Захарчук, детей выпишут в ближайшие дни, угрозы их жизни нет."],
        ["Игорь Шабанов сообщил, что завод готов возместить городу расходы на эвакуацию, но пока не получил "
         "от администрации их расчёт.",
         "По его словам, лечение всех пострадавших завод оплатит независимо от того, работают они на "
         "предприятии или нет.",
         "Шабанов не исключил, что причиной разгерметизации стал износ прокладки фланца.",
         "Он добавил, что заводская комиссия назовёт окончательную причину аварии не раньше середины "
         "октября."],
        ["Павел Дёмин предложил выплатить каждому эвакуированному жителю по пять тысяч рублей из резервного "
         "фонда города.",
         "Руслан Ахметов признал, что две сирены в микрорайоне Луговой не включились из-за неисправности "
         "блока управления.",
         "Он сообщил, что ремонт системы оповещения обойдётся примерно в восемьсот тысяч рублей и займёт "
         "около месяца."],
        ["Комиссия решила выплатить компенсацию в размере пяти тысяч рублей всем эвакуированным, включая "
         "детей, до десятого октября.",
         "Управлению гражданской обороны поручено до первого ноября отремонтировать сирены и провести "
         "проверку всей системы оповещения, а до тех пор в Луговом будут дежурить машины с "
         "громкоговорителями.",
         "Администрации также поручено направить заводу счёт за расходы на эвакуацию."],
        ["Занятия в школах посёлка Химиков и микрорайона Луговой, отменённые двадцать третьего сентября, "
         "возобновились в обычном режиме.",
         "Глава города поручил ежедневно публиковать данные замеров воздуха на сайте администрации.",
         "Следующее заседание комиссии назначено на первое октября."],
    ]),
    ("D4", "Сообщения из чата жителей посёлка Химиков «Соседи», 25 сентября 2026 года", [
        ["Соседи, все живы?",
         "Мы с детьми до сих пор не можем отойти от этой ночи.",
         "Нас разбудили только в пятом часу, когда в подъезде уже вовсю пахло нашатырём."],
        ["Говорят, из трубы вылилось тонн десять, не меньше.",
         "В новостях писали, что превышение было раз в сто.",
         "Эвакуировали весь город, а не только наш посёлок."],
        ["В Луговом сирены вообще не было слышно, ни одной.",
         "Моя сестра живёт там и проснулась от того, что в дверь стучал полицейский.",
         "Человек пятьдесят лежат в больнице, и, говорят, один рабочий уже умер.",
         "Если это правда, то это на совести завода."],
        ["Эту трубу не меняли лет пятьдесят, ещё с советских времён.",
         "Прокуратура, по слухам, уже закрыла завод насовсем.",
         "Мэрия обещает каждому по десять тысяч, но что-то мне не верится."],
        ["Я двадцать лет живу в этом посёлке и всю жизнь боялась именно такой ночи.",
         "Когда нас везли в школу, все молчали, только дети плакали.",
         "Сидели в спортзале на матах до самого утра, и никто не сказал нам, что происходит."],
        ["Я не хочу паники.",
         "Но чиновники и завод опять тянут резину, а нам здесь жить.",
         "Давайте соберёмся в субботу у клуба и вместе напишем обращение.",
         "Кто согласен, ставьте плюс."],
    ]),
]

# 15 unrelated sentences in the same registers (industrial-town news, an interview, a prosecutor's
# press office, a commission, a chat post); they are in no document.
UNRELATED = [
    "На заводе минеральных удобрений в соседнем районе запустили новую линию по производству селитры.",
    "Строительство очистных сооружений на промышленной площадке планируют завершить к весне.",
    "— С чего начался ваш путь на предприятии?",
    "— Я пришёл сюда слесарем сразу после техникума и за двадцать лет прошёл все ступени.",
    "Прокуратура района проверила, как управляющие компании готовят дома к отопительному сезону.",
    "По итогам проверки владельцу полигона бытовых отходов выдано предписание об устранении нарушений.",
    "Комиссия рассмотрела вопрос о расчистке русла ручья у гаражного кооператива.",
    "Вопрос о ремонте пешеходного перехода у рынка перенесён на следующее заседание.",
    "Решено обратиться в областное правительство за средствами на замену уличного освещения.",
    "Кто-нибудь знает, во сколько завтра откроется поликлиника после ремонта?",
    "Отдам в хорошие руки двух котят, приучены к лотку, пишите в личку!",
    "В городском доме культуры прошёл концерт хора ветеранов химического производства.",
    "Городская библиотека приглашает школьников на летние чтения в парке.",
    "Футбольная команда завода вышла в финал областного первенства среди любителей.",
    "В субботу на центральной площади пройдёт осенняя ярмарка фермерских продуктов.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_09"],
     "With the wind like that, we could not guarantee that the concentration near people's homes would "
     "stay at a safe level.",
     "Avec un vent pareil, nous ne pouvions pas garantir que la concentration près des habitations "
     "resterait sans danger.",
     "faithful; при таком ветре = with the wind like that / avec un vent pareil; не могли гарантировать = "
     "could not guarantee / ne pouvions pas garantir; у жилых домов = near people's homes / près des "
     "habitations", None),
    ("q02", S, F, "", ["d3_12"],
     "According to him, the plant will pay for the treatment of everyone who was hurt, whether or not "
     "they work for the company.",
     "Selon lui, l'usine prendrait en charge les soins de toutes les victimes, qu'elles travaillent pour "
     "l'entreprise ou non.",
     "faithful; clauses reordered (завод оплатит moved forward); French conditional for reported speech "
     "(по его словам); независимо от того ... или нет = whether or not / ou non", None),
    ("q03", S, F, "", ["d1_19"],
     "None of them will be left to face their bills alone.",
     "Aucun d'entre eux ne restera seul face à ses factures.",
     "faithful; один на один со своими счетами (idiom, literally one on one with their bills) = left to "
     "face their bills alone / seul face à ses factures", None),
    ("q04", S, F, "", ["d2_04"],
     "The section was due to be replaced in 2024, but the plant's management put the work off twice.",
     "Le remplacement de ce tronçon était prévu pour 2024, mais la direction de l'entreprise en a "
     "repoussé l'échéance à deux reprises.",
     "faithful; passive turned around in en; дважды = twice / à deux reprises; near-miss d4_11 says the "
     "pipe has not been changed for about fifty years", None),
    ("q05", S, F, "", ["d2_17"],
     "The inspection found no contamination of either the soil or the town's water supply.",
     "Selon les résultats de l'enquête, ni le sol ni le réseau d'eau potable de la ville n'ont été "
     "contaminés.",
     "faithful; загрязнения ... не выявлено (negated passive) = found no contamination / ni ... ni ... "
     "n'ont été contaminés", None),
    ("q06", S, F, "", ["d2_18"],
     "Residents whose health or property has suffered can contact the prosecutor's office in person or "
     "through its website.",
     "Les habitants dont la santé ou les biens ont souffert peuvent s'adresser au parquet en personne ou "
     "via son site internet.",
     "faithful; имущество или здоровье reordered as health or property / la santé ou les biens; сайт "
     "ведомства = its website / son site", None),
    ("q07", S, F, "", ["d3_06"],
     "Residents were allowed to go home at three in the afternoon, once measurements showed that levels "
     "were back to normal.",
     "Les habitants ont été autorisés à rentrer chez eux à 15 heures, une fois que les relevés sont "
     "revenus à la normale.",
     "faithful; в три часа дня = at three in the afternoon / à 15 heures; замеры показали норму = "
     "measurements showed levels were back to normal / les relevés sont revenus à la normale", None),
    ("q08", S, F, "", ["d3_17"],
     "He said repairing the warning system would cost about 800,000 roubles and take around a month.",
     "Il a indiqué que la réparation du système d'alerte coûterait environ huit cent mille roubles et "
     "prendrait près d'un mois.",
     "faithful; numbers as digits in en, words in fr; примерно and около kept as about / around and "
     "environ / près de", None),
    ("q09", S, F, "", ["d4_05"],
     "The news said the safe limit had been exceeded about a hundred times over.",
     "Aux infos, ils disaient que la concentration était environ cent fois supérieure à la norme.",
     "faithful rendering of the near-miss sentence d4_05 (D2 d2_06 says six times); раз в сто (inverted "
     "approximation) = about a hundred times / environ cent fois; в новостях писали = the news said / aux "
     "infos, ils disaient", None),
    ("q10", S, F, "", ["d4_13"],
     "The town hall is promising everyone 10,000 apiece, but somehow I don't believe it.",
     "La mairie promet dix mille à chacun, mais je n'y crois pas trop.",
     "faithful rendering of the near-miss sentence d4_13 (D3 d3_15 and d3_18 say five thousand roubles); "
     "что-то мне не верится = somehow I don't believe it / je n'y crois pas trop", None),
    ("q11", S, F, "", ["d4_08"],
     "My sister lives there, and she was woken up by a policeman knocking on the door.",
     "Ma sœur habite là-bas, elle a été réveillée par un policier qui frappait à la porte.",
     "faithful; проснулась от того, что ... стучал (active) = was woken up by a policeman knocking "
     "(passive); D4's own sentence", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_05", "d1_06"],
     "The shift on duty raised the alarm at once, and the leak was shut off forty-five minutes later. By "
     "our estimate, about 1,200 kilograms of ammonia got into the air in that time.",
     "L'équipe de quart a aussitôt donné l'alerte, et la fuite a été stoppée au bout de 45 minutes. Selon "
     "nos estimations, environ mille deux cents kilos d'ammoniac se sont échappés dans l'atmosphère "
     "pendant ce temps.",
     "faithful; забила тревогу (literally beat the alarm) = raised the alarm / donné l'alerte, idiom by "
     "idiom; numbers as words or digits; около kept as about / environ; near-miss d4_04 says ten tonnes; "
     "contains the term of q38", None),
    ("q13", L, F, "", ["d1_27", "d1_28"],
     "We are also putting six more sensors along the edge of the industrial zone, and their readings will "
     "be shown live on the plant's website. We have nothing to hide.",
     "Nous allons aussi installer six capteurs de plus en bordure de la zone industrielle, et leurs "
     "relevés seront visibles en temps réel sur le site de l'usine. Nous n'avons rien à cacher.",
     "faithful; в реальном времени = live / en temps réel; Скрывать нам нечего = we have nothing to hide "
     "/ nous n'avons rien à cacher", None),
    ("q14", L, F, "", ["d2_15", "d2_16"],
     "The town's mayor, Pavel Dyomin, has been formally ordered to put right the failings in the warning "
     "system. The prosecutor's office will check how compensation is paid out to the evacuated residents.",
     "Le maire, Pavel Diomine, a été formellement sommé de remédier aux défaillances du système d'alerte. "
     "Le parquet vérifiera la manière dont les indemnités seront versées aux habitants évacués.",
     "faithful; В адрес главы города Павла Дёмина (genitive) = the town's mayor, Pavel Dyomin / le maire, "
     "Pavel Diomine; внесено представление = has been formally ordered / a été formellement sommé", None),
    ("q15", L, F, "", ["d4_14", "d4_15"],
     "I've lived in this settlement for twenty years, and all my life this is exactly the kind of night I "
     "was afraid of. On the way to the school nobody said a word; only the children were crying.",
     "Je vis dans cette cité depuis 20 ans, et toute ma vie j'ai redouté précisément une nuit comme "
     "celle-là. Quand on nous emmenait à l'école, tout le monde se taisait, seuls les enfants pleuraient.",
     "faithful; D4's own sentences; двадцать = twenty / 20; все молчали = nobody said a word / tout le "
     "monde se taisait", None),
    ("q16", L, F, "", ["d3_22", "d3_23"],
     "The mayor gave instructions for air measurements to be published on the administration's website "
     "every day. The commission's next meeting is set for 1 October.",
     "Le maire a demandé que les relevés de la qualité de l'air soient publiés quotidiennement sur le site "
     "de la municipalité. La prochaine réunion de la commission est fixée au 1er octobre.",
     "faithful; глава города = the mayor / le maire; первое октября = 1 October / 1er octobre", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_12", "d1_13", "d1_14"],
     "The plant's own sirens went off on time; that is recorded in the log. The warning system in Lugovoy "
     "belongs to the town, and we are not the ones responsible for it working. But I am not going to argue "
     "with people who spent that night in fear.",
     "Les sirènes de l'usine se sont déclenchées à temps, c'est consigné dans le registre. Le système "
     "d'alerte de Lougovoï appartient à la ville, et ce n'est pas nous qui répondons de son "
     "fonctionnement. Mais je ne vais pas contredire des gens qui ont passé cette nuit-là dans la peur.",
     "faithful; отвечаем не мы = we are not the ones responsible / ce n'est pas nous qui répondons; в "
     "Луговом (prepositional) = in Lugovoy / de Lougovoï; near-miss d4_07 says no siren was heard at all",
     None),
    ("q18", L, F, "", ["d2_11", "d2_12", "d2_13"],
     "It is the town administration that is responsible for keeping this system in working order. The "
     "findings of the inspection have been passed to investigators, who will decide whether to open a "
     "criminal case for breach of industrial safety rules. The regional prosecutor has also gone to court "
     "to have operations at the ammonia storage unit suspended for 90 days.",
     "C'est l'administration municipale qui est responsable du bon fonctionnement de ce système. Les "
     "conclusions de l'enquête ont été transmises aux enquêteurs, qui décideront de l'ouverture éventuelle "
     "d'une procédure pénale pour manquement aux règles de sécurité industrielle. La procureure régionale "
     "a également saisi la justice pour obtenir la suspension de l'unité de stockage d'ammoniac pendant "
     "quatre-vingt-dix jours.",
     "faithful; spans a paragraph break (d2_11 | d2_12, d2_13); cleft in en and fr; девяносто суток = 90 "
     "days / quatre-vingt-dix jours; near-miss d4_12 says the plant was closed for good", None),
    ("q19", L, F, "", ["d3_07", "d3_08", "d3_09", "d3_10"],
     "Irina Zakharchuk said 34 people had sought medical help, mostly complaining of coughing, stinging "
     "eyes and headaches. Nine have been admitted to hospital, among them four plant workers and two "
     "children. An operator from the storage unit has developed toxic pulmonary oedema; his condition "
     "remains serious but stable. According to Zakharchuk, the children will be discharged in the next "
     "few days and their lives are not in danger.",
     "Selon Irina Zakhartchouk, trente-quatre personnes ont demandé une aide médicale, le plus souvent "
     "pour une toux, des yeux qui piquent et des maux de tête. Neuf ont été hospitalisées, dont quatre "
     "salariés de l'usine et deux enfants. Un opérateur de l'unité de stockage a développé un œdème "
     "pulmonaire toxique ; son état reste grave mais stable. D'après Irina Zakhartchouk, les enfants "
     "sortiront dans les prochains jours et leurs jours ne sont pas en danger.",
     "faithful; numbers as digits or words; в основном = mostly / le plus souvent; По словам Захарчук "
     "(genitive) = according to Zakharchuk; угрозы их жизни нет = their lives are not in danger / leurs "
     "jours ne sont pas en danger; near-miss d4_09 says about fifty in hospital and a worker dead; "
     "contains the term of q41", None),
    ("q20", L, F, "", ["d3_14", "d3_15", "d3_16"],
     "He added that the plant's own commission would not name the final cause of the accident before "
     "mid-October. Pavel Dyomin proposed paying every evacuated resident 5,000 roubles out of the town's "
     "reserve fund. Ruslan Akhmetov admitted that two sirens in the Lugovoy neighbourhood had failed to go "
     "off because of a faulty control unit.",
     "Il a ajouté que la commission interne de l'usine ne se prononcerait pas sur la cause définitive de "
     "l'accident avant la mi-octobre. Pavel Diomine a proposé de verser à chaque habitant évacué cinq "
     "mille roubles prélevés sur le fonds de réserve de la ville. Rouslan Akhmetov a reconnu que deux "
     "sirènes du quartier de Lougovoï ne s'étaient pas déclenchées en raison d'une panne du boîtier de "
     "commande.",
     "faithful; spans a paragraph break (d3_14 | d3_15, d3_16); не раньше середины октября = not before "
     "mid-October / pas avant la mi-octobre; пять тысяч = 5,000 / cinq mille; near-miss d4_13 says ten "
     "thousand", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "I don't want anyone to panic. But the officials and the plant are dragging their feet again, and "
     "we're the ones who have to live here. (…) If you agree, put a plus.",
     "Je ne veux affoler personne. Mais les fonctionnaires et l'usine traînent encore les pieds, et c'est "
     "nous qui devons vivre ici. (…) Ceux qui sont d'accord, mettez un plus.",
     "faithful; ellipsis (…) skips d4_19; D4's own sentences; тянут резину (literally pulling the rubber) "
     "= dragging their feet / traînent les pieds; contains the term of q42", None),
    ("q22", L, F, "", ["d1_21", "d1_22", "d1_24"],
     "That section has indeed been in service since 1987. We postponed replacing it twice, because the "
     "whole unit would have had to be shut down while the work was done. […] The new pipeline will be "
     "installed by the end of the year, and the money for it has already been set aside.",
     "Ce tronçon est effectivement en service depuis 1987. Nous avons repoussé son remplacement à deux "
     "reprises, parce qu'il aurait fallu arrêter toute l'unité pendant les travaux. […] La nouvelle "
     "canalisation sera posée d'ici à la fin de l'année, et les fonds sont déjà débloqués.",
     "faithful; ellipsis […] skips d1_23 (the admission that it was a mistake); passive and active "
     "swapped; near-miss d4_11 says about fifty years", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d2_07"],
     "In the Lugovoy neighbourhood the limit was exceeded three and a half times over.",
     "Dans le quartier de Lougovoï, le dépassement a atteint trois fois et demie la norme.",
     "drifted (numbers): два с половиной раза (two and a half times) → three and a half / trois fois et "
     "demie; the rest faithful", None),
    ("q24", S, D, "names", ["d2_02"],
     "The inspection is being led in person by the regional environmental prosecutor, Lyudmila Vorontsova.",
     "L'enquête est dirigée personnellement par la procureure régionale chargée de l'environnement, "
     "Lioudmila Vorontsova.",
     "drifted (names): surname Воротынцева (Vorotyntseva) → Vorontsova; first name Lyudmila kept", None),
    ("q25", S, D, "negation", ["d3_11"],
     "Igor Shabanov said the plant was ready to reimburse the town for the cost of the evacuation and had "
     "already received the administration's breakdown of it.",
     "Igor Chabanov a indiqué que l'usine était prête à rembourser à la ville les frais d'évacuation et "
     "qu'elle avait déjà reçu le décompte de la municipalité.",
     "drifted (negation reversal): пока не получил от администрации их расчёт (has not yet received the "
     "administration's calculation) → had already received it / avait déjà reçu", None),
    ("q26", S, D, "hedge", ["d2_05"],
     "The gas detector on that section had not been working since at least the beginning of September, "
     "which the plant's industrial safety department probably knew.",
     "Le détecteur de gaz de ce tronçon était en panne au moins depuis début septembre, ce que le service "
     "de sécurité industrielle de l'usine savait sans doute.",
     "drifted (hedge added): stated as fact (о чём было известно, which was known) → probably knew / "
     "savait sans doute; the rest faithful", None),
    ("q27", S, D, "hedge", ["d3_13"],
     "Shabanov said the leak had been caused by a worn flange gasket.",
     "Selon Igor Chabanov, la fuite est due à l'usure du joint de la bride.",
     "drifted (hedge dropped): не исключил, что ... стал (did not rule out that it was) → said the leak "
     "had been caused / la fuite est due", None),
    ("q28", S, D, "quantifier", ["d1_16"],
     "Four of our workers were taken to hospital, most of them on shift in the storage unit.",
     "Quatre de nos salariés ont été conduits à l'hôpital, la plupart étaient de service dans l'unité de "
     "stockage.",
     "drifted (quantifier): все они (all of them) → most of them / la plupart; the rest faithful", None),
    ("q29", S, D, "omission", ["d1_26"],
     "The storage unit will run with a reduced stock of ammonia, no more than a third of the usual amount.",
     "L'unité de stockage fonctionnera avec une réserve d'ammoniac réduite, pas plus d'un tiers de la "
     "quantité habituelle.",
     "drifted (omission of a restriction): the time limit «До окончания замены» (until the replacement is "
     "finished) is dropped, so the reduced stock reads as permanent", None),
    ("q30", S, D, "addition", ["d3_02"],
     "Present were the members of the commission; Igor Shabanov, deputy director for industrial safety at "
     "Nizhneborsk Azot; Irina Zakharchuk, head of the toxicology department at the town hospital; the "
     "director of the municipal water company; and Ruslan Akhmetov, head of the town's civil defence "
     "department.",
     "Étaient présents les membres de la commission, Igor Chabanov, directeur adjoint de Nijneborski Azot "
     "chargé de la sécurité industrielle, Irina Zakhartchouk, cheffe du service de toxicologie de "
     "l'hôpital municipal, le directeur de la régie municipale des eaux et Rouslan Akhmetov, chef du "
     "service municipal de la protection civile.",
     "drifted (addition of a list item): \"the director of the municipal water company\" / \"le directeur "
     "de la régie municipale des eaux\" added to the attendance list", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_03", "d3_04", "d3_05"],
     "Ruslan Akhmetov reported that the decision to evacuate was taken at 2:40 and the first buses pulled "
     "up outside the buildings at 3:10. A total of 3,400 people were evacuated from the Khimikov "
     "settlement and the Lugovoy neighbourhood. About 1,100 of them drove to relatives in their own cars; "
     "the rest were taken by twenty-six buses to three temporary shelters: two schools and the Fakel "
     "sports centre.",
     "Rouslan Akhmetov a indiqué que la décision d'évacuer avait été prise à 2 h 40 et que les premiers "
     "autocars étaient arrivés devant les immeubles à 3 h 10. Au total, trois mille quatre cents personnes "
     "ont été évacuées de la cité Khimikov et du quartier de Lougovoï. Environ mille cent d'entre elles "
     "sont parties chez des proches dans leur propre voiture ; les autres ont été conduites par vingt-six "
     "autocars dans trois centres d'hébergement temporaire : deux écoles et le complexe sportif Fakel.",
     "drifted (numbers) in sentence 2: четыре тысячи триста (4,300) → 3,400 / trois mille quatre cents; "
     "sentences 1 and 3 faithful (2:40, 3:10, 1,100, twenty-six and three kept); contains the term of q40",
     None),
    ("q32", L, D, "omission", ["d3_18", "d3_19", "d3_20"],
     "The commission decided to pay compensation of 5,000 roubles to everyone who was evacuated, children "
     "included, by 10 October. The civil defence department was instructed to repair the sirens and check "
     "the entire warning system by 1 November. The administration was also instructed to send the plant a "
     "bill for the cost of the evacuation.",
     "La commission a décidé de verser d'ici au 10 octobre une indemnité de cinq mille roubles à toutes "
     "les personnes évacuées, enfants compris. Le service de la protection civile est chargé de réparer "
     "les sirènes et de contrôler l'ensemble du système d'alerte d'ici au 1er novembre. L'administration "
     "est en outre chargée d'adresser à l'usine une facture pour les frais d'évacuation.",
     "drifted (omission of a clause) in sentence 2: «а до тех пор в Луговом будут дежурить машины с "
     "громкоговорителями» (and until then loudspeaker vans will be on duty in Lugovoy) dropped; sentences "
     "1 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d2_08", "d2_09", "d2_10"],
     "By nine in the morning, readings in both neighbourhoods were back to normal. The inspection also "
     "found that two of the three sirens of the town's warning system in the Lugovoy neighbourhood had "
     "failed to go off. Most residents only learned of the evacuation from neighbours or from police "
     "officers going door to door.",
     "À 9 heures, les relevés étaient revenus à la normale dans les deux quartiers. L'enquête a également "
     "établi qu'à Lougovoï deux des trois sirènes du système d'alerte municipal ne s'étaient pas "
     "déclenchées. La plupart des habitants n'ont appris l'évacuation que par leurs voisins ou par les "
     "policiers qui faisaient du porte-à-porte.",
     "drifted (quantifier) in sentence 3: Часть жителей (some of the residents) → most residents / la "
     "plupart des habitants; sentences 1-2 faithful; spans a paragraph break (d2_08 | d2_09, d2_10); "
     "near-miss d4_07 says no siren at all", None),
    # partial
    ("q34", L, P, "", ["d4_19"],
     "More than three hundred people have already joined this chat. Let's meet outside the club on "
     "Saturday and write an appeal together.",
     "Plus de trois cents personnes ont déjà rejoint ce groupe. Retrouvons-nous samedi devant le club "
     "pour rédiger ensemble un appel.",
     "partial: the first sentence (more than three hundred members in the chat) is in no source; the "
     "second is faithful to d4_19", None),
    ("q35", L, P, "", ["d1_17", "d1_18"],
     "Three are already home, but the operator who was the first to go and close the valve is still in "
     "intensive care. The doctors say he will need at least a month to recover. The plant will pay for "
     "the treatment of everyone who was hurt, workers and residents alike.",
     "Trois sont déjà rentrés chez eux, mais l'opérateur qui est allé le premier fermer la vanne est "
     "toujours en réanimation. Selon les médecins, il lui faudra au moins un mois pour se rétablir. "
     "L'usine prendra en charge les soins de toutes les victimes, salariés comme habitants.",
     "partial: the middle sentence (the doctors expect at least a month of recovery) is in no source; "
     "sentences 1 and 3 faithful to d1_17 and d1_18 (near-miss d4_09 says a worker died)", None),
    ("q36", L, P, "", ["d2_14"],
     "The court will consider the application on 2 October. Until then, the plant has agreed to stop "
     "shipping ammonia by rail.",
     "Le tribunal examinera la demande le 2 octobre. D'ici là, l'usine a accepté de suspendre ses "
     "expéditions d'ammoniac par voie ferrée.",
     "partial: the last sentence (the plant stops rail shipments) is in no source; the real next "
     "sentence, d2_15, is about the mayor; the first is faithful to d2_14", None),
    # terms
    ("q37", TM, T, "", ["d1_04"], "flange joint", "joint de bride",
     "term «фланцевое соединение» (nominative)", None),
    ("q38", TM, T, "", ["d1_05"], "raised the alarm", "donné l'alerte",
     "term «забила тревогу» (past tense, feminine; literally beat the alarm), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_06"], "maximum permissible concentration", "concentration maximale admissible",
     "term «предельно допустимую концентрацию» (accusative)", None),
    ("q40", TM, T, "", ["d3_05"], "temporary shelters", "centres d'hébergement temporaire",
     "term «пункта временного размещения» (genitive singular; literally points of temporary "
     "accommodation)", None),
    ("q41", TM, T, "", ["d3_09"], "toxic pulmonary oedema", "œdème pulmonaire toxique",
     "term «токсический отёк лёгких» (nominative; literally toxic oedema of the lungs)", None),
    ("q42", TM, T, "", ["d4_18"], "dragging their feet", "traînent les pieds",
     "term «тянут резину» (literally pulling the rubber), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The plant will move the ammonia storage unit two kilometres further away from the Khimikov "
     "settlement.",
     "L'usine va déplacer son unité de stockage d'ammoniac à deux kilomètres plus loin de la cité "
     "Khimikov.",
     "absent: no document speaks of moving the storage unit; resembles d1_24 and d1_26",
     "Завод перенесёт цех хранения аммиака на два километра дальше от посёлка Химиков."),
    ("q44", S, A, "", [],
     "Residents of the Lugovoy neighbourhood will be given free gas masks, which can be collected from "
     "the administration.",
     "Les habitants du quartier de Lougovoï recevront gratuitement des masques à gaz, à retirer auprès de "
     "la municipalité.",
     "absent: no gas masks are mentioned; resembles d3_19 and d2_09",
     "Жителям микрорайона Луговой бесплатно раздадут противогазы, получить их можно будет в "
     "администрации."),
    ("q45", S, A, "", [],
     "The prosecutor's office has opened a criminal case against the plant's chief engineer, Vadim "
     "Krechetov.",
     "Le parquet a ouvert une procédure pénale contre l'ingénieur en chef de l'usine, Vadim Kretchetov.",
     "absent: the materials were only sent to investigators, and no one is named; resembles d2_12",
     "Прокуратура возбудила уголовное дело против главного инженера завода Вадима Кречетова."),
    ("q46", S, A, "", [],
     "All nine hospitalised patients will be transferred to a specialist toxicology centre in Moscow.",
     "Les neuf patients hospitalisés seront tous transférés dans un centre de toxicologie spécialisé à "
     "Moscou.",
     "absent: no transfer is mentioned; resembles d3_08 and d3_09",
     "Всех девятерых госпитализированных переведут в специализированный токсикологический центр в "
     "Москве."),
    ("q47", S, A, "", [],
     "Krechetov said the plant had warned the town three times this year that the sirens in Lugovoy were "
     "faulty.",
     "Selon Vadim Kretchetov, l'usine aurait averti la ville à trois reprises cette année que les sirènes "
     "de Lougovoï étaient défectueuses.",
     "absent: Krechetov says nothing of the kind; resembles d1_13 and d3_16 (French conditional for "
     "hearsay)",
     "Кречетов заявил, что завод в этом году трижды предупреждал город о неисправности сирен в Луговом."),
    ("q48", L, A, "", [],
     "The operator in intensive care has been put into an induced coma. His colleagues have started "
     "collecting money for his family.",
     "L'opérateur hospitalisé en réanimation a été placé dans un coma artificiel. Ses collègues ont lancé "
     "une collecte pour sa famille.",
     "absent (2 sentences): no coma or collection is mentioned; resembles d1_17, d3_09 and d4_09",
     "Оператора, который находится в реанимации, ввели в искусственную кому. Коллеги начали собирать "
     "деньги для его семьи."),
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
