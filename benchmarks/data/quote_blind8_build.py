"""Build the blind quotation set quote_blind8 from one table (standard library only).

Writes, next to this file: quote_blind8_sources.ru.txt, quote_blind8.tsv, quote_blind8_labels.tsv,
quote_blind8_distractors.ru.txt. Sentence ids (d1_04) number the sentences through each document from
01 (titles not counted), in the order they are listed below.

    .venv/bin/python benchmarks/data/quote_blind8_build.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------
# The four source documents: (name, title, paragraphs); a paragraph is a list of sentences.
# ---------------------------------------------------------------------------------------------------
DOCS: list[tuple[str, str, list[list[str]]]] = [
    ("D1", "Интервью машиниста Виктора Самойленко газете «Тарский вестник», 20 февраля 2026 года", [
        ["Четырнадцатого февраля пригородный поезд Тарск — Кедровая сошёл с рельсов на въезде на станцию Кедровая.",  # d1_01
         "Машинист Виктор Самойленко впервые согласился рассказать, что произошло в то утро."],  # d1_02
        ["— Виктор Андреевич, как вы себя чувствуете?"],  # d1_03
        ["— Физически нормально, только рука ещё болит.",  # d1_04
         "А вот спать пока не получается: закрываю глаза и снова слышу этот удар."],  # d1_05
        ["— Расскажите, как всё случилось."],  # d1_06
        ["— Мы шли по графику, скорость была тридцать восемь километров в час, на стрелке ограничение сорок.",  # d1_07
         "Примерно в семь сорок утра, уже на подходе к платформе, я почувствовал сильный толчок под составом.",  # d1_08
         "Я сразу применил экстренное торможение.",  # d1_09
         "По зеркалу увидел, что три последних вагона уходят в сторону, и понял, что они сошли с рельсов.",  # d1_10
         "Поезд остановился метров через сто."],  # d1_11
        ["— Были ли какие-то признаки опасности раньше?"],  # d1_12
        ["— У машинистов стрелка на въезде в Кедровую давно носила прозвище «пьяная стрелка»: она стучала ещё с осени, и все на линии это знали.",  # d1_13
         "Я сам дважды говорил об этом дежурному по станции, в октябре и в ноябре.",  # d1_14
         "Письменно я не докладывал, потому что так у нас не принято: сказал устно, и дело вроде бы сделано.",  # d1_15
         "Теперь понимаю, что надо было писать рапорт."],  # d1_16
        ["— В социальных сетях пишут, что поезд шёл слишком быстро.",  # d1_17
         "Что вы на это ответите?"],  # d1_18
        ["— Пусть «диванные эксперты» посмотрят запись скоростемера, она у комиссии.",  # d1_19
         "Скрывать мне нечего.",  # d1_20
         "Я двадцать лет вожу поезда и ни разу не получал взыскания за скорость."],  # d1_21
        ["— Что было после остановки?"],  # d1_22
        ["— Мы с помощником Ильёй Горбуновым побежали к вагонам.",  # d1_23
         "Люди выбирались сами, многие помогали друг другу, паники почти не было.",  # d1_24
         "Скорую вызвали сразу, первые бригады приехали минут через двадцать пять.",  # d1_25
         "Я никогда не забуду, как пожилая женщина в третьем вагоне спросила меня, успеет ли она на работу."],  # d1_26
        ["— Вы вернётесь за пульт?"],  # d1_27
        ["— Если врачи разрешат, вернусь.",  # d1_28
         "Но на эту стрелку я больше не поеду, пока её не заменят."],  # d1_29
    ]),
    ("D2", "Официальное заявление пресс-службы акционерного общества «Тарская пригородная компания», 15 февраля 2026 года", [
        ["Четырнадцатого февраля в 7:42 на подходе к станции Кедровая произошёл сход с рельсов трёх вагонов пригородного поезда Тарск — Кедровая.",  # d2_01
         "В поезде находились около двухсот сорока пассажиров.",  # d2_02
         "За медицинской помощью обратился тридцать один человек, девять из них госпитализированы.",  # d2_03
         "Погибших нет."],  # d2_04
        ["Компания выражает глубокое сочувствие всем пострадавшим и их близким.",  # d2_05
         "Каждому госпитализированному пассажиру будет выплачена компенсация в размере ста тысяч рублей, остальным пострадавшим — по тридцать тысяч рублей.",  # d2_06
         "Выплаты начнутся не позднее первого марта.",  # d2_07
         "Пассажиры, которые не обращались к врачам, могут вернуть стоимость билета в любой кассе компании."],  # d2_08
        ["Подвижной состав, участвовавший в происшествии, прошёл плановое техническое обслуживание в январе, замечаний к нему не было.",  # d2_09
         "Стрелочный перевод на входе на станцию Кедровая обслуживается дистанцией пути, которая входит в структуру компании.",  # d2_10
         "Начальник дистанции пути Пётр Зуев отстранён от работы до окончания служебной проверки."],  # d2_11
        ["Генеральный директор компании Олег Ветлугин лично выехал на место происшествия и руководил восстановительными работами.",  # d2_12
         "Движение поездов на участке Сосновка — Кедровая было восстановлено в тот же день к восьми часам вечера.",  # d2_13
         "До завершения проверки скорость на всех стрелках участка ограничена двадцатью пятью километрами в час."],  # d2_14
        ["Компания не будет делать выводов о причинах схода до окончания работы комиссии.",  # d2_15
         "Мы просим не распространять непроверенные сведения и не торопиться с версиями о «человеческом факторе»."],  # d2_16
        ["Генеральный директор Олег Ветлугин принёс извинения всем пассажирам поезда.",  # d2_17
         "Он пообещал, что все стрелочные переводы, срок службы которых истёк, будут заменены до конца года."],  # d2_18
    ]),
    ("D3", "Акт комиссии по служебному расследованию схода с рельсов пригородного поезда у станции Кедровая, 6 марта 2026 года (выдержки)", [
        ["Комиссия под председательством главного ревизора по безопасности движения Льва Карамышева работала с шестнадцатого февраля по пятое марта.",  # d3_01
         "Комиссия изучила записи скоростемера, журнал осмотра путей, документы дистанции пути и опросила девятнадцать сотрудников."],  # d3_02
        ["Согласно записи скоростемера, в момент схода поезд двигался со скоростью тридцать восемь километров в час.",  # d3_03
         "Установленное ограничение скорости на стрелочном переводе составляло сорок километров в час.",  # d3_04
         "Превышения скорости комиссия не установила.",  # d3_05
         "Действия локомотивной бригады признаны соответствующими инструкции."],  # d3_06
        ["Непосредственной причиной схода стал излом остряка стрелочного перевода номер семнадцать.",  # d3_07
         "Износ остряка превышал допустимый в полтора раза.",  # d3_08
         "Стрелочный перевод был уложен в две тысячи седьмом году при нормативном сроке службы пятнадцать лет.",  # d3_09
         "Таким образом, к моменту происшествия перевод работал «в долг»: срок его службы истёк более трёх лет назад."],  # d3_10
        ["Дефект остряка был зафиксирован в журнале осмотра путей двенадцатого января.",  # d3_11
         "Замена стрелочного перевода была запланирована на апрель в связи с отсутствием запасных частей на складе.",  # d3_12
         "Никаких временных ограничений скорости после обнаружения дефекта дистанция пути не вводила.",  # d3_13
         "Комиссия считает это решение грубым нарушением правил технической эксплуатации."],  # d3_14
        ["Машинист Самойленко заявил, что сообщал дежурному по станции о неисправности стрелки в октябре и ноябре.",  # d3_15
         "Записей о таких сообщениях в журнале дежурного не обнаружено.",  # d3_16
         "Вместе с тем двое опрошенных работников станции подтвердили, что устные жалобы машинистов на эту стрелку поступали неоднократно."],  # d3_17
        ["Ответственность за происшествие комиссия возлагает на руководство дистанции пути.",  # d3_18
         "Вины локомотивной бригады и работников вагонного депо комиссия не усматривает."],  # d3_19
        ["Комиссия рекомендует в течение двух месяцев проверить все двести двенадцать стрелочных переводов на линиях компании.",  # d3_20
         "Стрелочные переводы с истёкшим сроком службы следует заменить до конца текущего года, а до замены ограничить скорость на них двадцатью пятью километрами в час.",  # d3_21
         "Кроме того, комиссия рекомендует отказаться от практики «устных заявок» и ввести обязательную письменную регистрацию всех сообщений машинистов о неисправностях пути."],  # d3_22
        ["Материалы расследования переданы в Тарскую транспортную прокуратуру."],  # d3_23
    ]),
    ("D4", "Пост пассажирки Ксении Лавровой в социальной сети, 8 марта 2026 года", [
        ["Прошло три недели с того утра, когда наш поезд сошёл с рельсов под Кедровой, и только сейчас я могу об этом писать.",  # d4_01
         "Я ехала в третьем вагоне, как каждый будний день.",  # d4_02
         "Удар был такой, что меня выбросило в проход, а сумка улетела куда-то под сиденья."],  # d4_03
        ["Теперь о том, что выяснила комиссия.",  # d4_04
         "Поезд шёл со скоростью около сорока километров в час, то есть на самой границе допустимого.",  # d4_05
         "Сошли с рельсов четыре вагона из шести.",  # d4_06
         "Стрелку уложили ещё в девяностые годы, и срок её службы истёк лет десять назад.",  # d4_07
         "Дефект заметили ещё осенью, но ремонт отложили до весны."],  # d4_08
        ["Машинист, по его словам, пять раз предупреждал дежурного об этой стрелке.",  # d4_09
         "Комиссия вроде бы признала, что он ни в чём не виноват.",  # d4_10
         "Виноватыми назначили всё руководство компании.",  # d4_11
         "Начальника дистанции пути Петра Зуева уволили."],  # d4_12
        ["Пострадавших было больше пятидесяти, в больницу увезли почти двадцать человек.",  # d4_13
         "Компания обещает каждому пассажиру по сто тысяч рублей.",  # d4_14
         "Я пока не получила ни копейки, хотя заявление подала ещё в феврале."],  # d4_15
        ["Хочу сказать спасибо машинисту и его помощнику, которые первыми прибежали к нашему вагону.",  # d4_16
         "Хочу сказать спасибо незнакомому парню, который вынес на руках пожилую женщину из третьего вагона.",  # d4_17
         "Но больше всего я хочу, чтобы никто больше не ездил по стрелкам, которые давно пора было заменить.",  # d4_18
         "Мы не статистика, мы люди, которые каждое утро садятся в этот поезд и играют в «железнодорожную рулетку»."],  # d4_19
        ["Проверить все стрелки на линии обещают за месяц, но я в это поверю, только когда увижу своими глазами."],  # d4_20
    ]),
]

# 15 unrelated sentences in the same registers (railway news, an interview, a press office, a commission,
# a social-media post, town news); they are in no document.
UNRELATED = [
    "С понедельника пригородные поезда на Тарск будут отправляться с третьего пути.",
    "Компания напоминает, что в летние месяцы школьники ездят на пригородных поездах бесплатно.",
    "Комиссия отметила, что освещение пассажирских платформ на линии соответствует нормативам.",
    "В депо Сосновки завершили капитальный ремонт двух тепловозов.",
    "— Я начинал помощником машиниста на товарных поездах.",
    "— Больше всего в этой профессии я люблю ночные рейсы, когда на линии тихо.",
    "Пресс-служба компании сообщила, что новое расписание вступит в силу в апреле.",
    "На городском катке в Тарске открылся бесплатный прокат коньков.",
    "Городская библиотека Тарска объявила конкурс детского рисунка о профессиях.",
    "Ремонт привокзальной площади в Тарске перенесён на осень.",
    "Ребята, кто знает, работает ли касса на Кедровой по выходным?",
    "Подписывайтесь, в следующем посте расскажу про новый маршрут автобуса до центра.",
    "Комиссия рекомендовала провести внеочередной инструктаж для дежурных по станциям.",
    "Заседание профсоюзного комитета депо перенесено на четверг.",
    "В выходные между Тарском и Сосновкой будут курсировать дополнительные поезда.",
]

# ---------------------------------------------------------------------------------------------------
# The rows: (id, kind, expected, drift_kind, src ids (present) or would-be Russian (absent), en, fr, note)
# ---------------------------------------------------------------------------------------------------
F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
ROWS: list[tuple[str, str, str, str, list[str] | str, str, str, str]] = [
    # --- faithful, one sentence -----------------------------------------------------------------
    ("q01", "sentence", F, "", ["d1_05"],
     "But I still can't sleep: I close my eyes and hear that crash all over again.",
     "Mais dormir, je n'y arrive toujours pas : je ferme les yeux et j'entends de nouveau ce choc.",
     "faithful; не получается = can't / je n'y arrive pas; пока = still; clauses reordered in fr"),
    ("q02", "sentence", F, "", ["d1_07"],
     "We were running on schedule at 38 kilometres an hour, and the limit at the switch was 40.",
     "Nous roulions à l'heure, à trente-huit kilomètres à l'heure, alors que la limite sur l'aiguillage était de quarante.",
     "faithful; тридцать восемь = 38, сорок = 40 (digits in en, words in fr); near-miss d4_05 says about forty"),
    ("q03", "sentence", F, "", ["d1_11"],
     "The train came to a halt about a hundred metres further on.",
     "Le train s'est immobilisé une centaine de mètres plus loin.",
     "faithful; метров через сто (inverted order = approximately) = about a hundred metres / une centaine de mètres"),
    ("q04", "sentence", F, "", ["d2_03"],
     "Thirty-one people sought medical help, and nine of them were admitted to hospital.",
     "Trente et une personnes ont demandé une aide médicale ; neuf d'entre elles ont été hospitalisées.",
     "faithful; near-miss d4_13 says more than fifty injured, almost twenty in hospital"),
    ("q05", "sentence", F, "", ["d2_11"],
     "Pyotr Zuyev, the head of the track division, has been suspended from duty until the internal inquiry is over.",
     "Le chef du district de la voie, Piotr Zouïev, est suspendu de ses fonctions jusqu'à la fin de l'enquête interne.",
     "faithful; дистанция пути = track division; near-miss d4_12 says Zuyev was fired (уволили)"),
    ("q06", "sentence", F, "", ["d2_14"],
     "Until the inquiry has been completed, speed over all the switches on the section is limited to 25 kilometres an hour.",
     "Jusqu'à la fin de l'enquête, la vitesse est limitée à 25 km/h sur tous les aiguillages du tronçon.",
     "faithful; двадцатью пятью = 25 (digits in both)"),
    ("q07", "sentence", F, "", ["d3_23"],
     "The findings of the investigation have been passed on to the Tarsk transport prosecutor's office.",
     "Le dossier de l'enquête a été transmis au parquet des transports de Tarsk.",
     "faithful; Тарскую (accusative adjective) = Tarsk; материалы = findings / le dossier"),
    ("q08", "sentence", F, "", ["d3_08"],
     "The wear on the switch blade was one and a half times the permissible limit.",
     "L'usure de la lame d'aiguille était une fois et demie supérieure au maximum admissible.",
     "faithful; остряк = switch blade / lame d'aiguille; в полтора раза = one and a half times"),
    ("q09", "sentence", F, "", ["d4_06"],
     "Four of the six carriages came off the rails.",
     "Quatre voitures sur six ont déraillé.",
     "faithful to the near-miss document D4 itself (D1 d1_10 and D2 d2_01 say three carriages)"),
    ("q10", "sentence", F, "", ["d4_09"],
     "According to the driver, he warned the duty officer about this switch five times.",
     "Selon ses propres dires, le conducteur a averti cinq fois le chef de service au sujet de cet aiguillage.",
     "faithful to the near-miss document D4 itself (D1 d1_14 says twice); по его словам = according to him"),
    ("q11", "sentence", F, "", ["d4_15"],
     "I still haven't received a single kopeck, even though I filed my claim back in February.",
     "Je n'ai toujours pas touché un centime, alors que j'ai déposé ma demande dès février.",
     "faithful; idiom ни копейки rendered by the French idiom pas un centime; ещё в феврале = back in / dès février"),
    # --- faithful, two sentences ----------------------------------------------------------------
    ("q12", "long", F, "", ["d1_09", "d1_10"],
     "I slammed on the emergency brake straight away. In the mirror I saw the last three carriages veering to the side, and I realised they had left the rails.",
     "J'ai immédiatement déclenché le freinage d'urgence. Dans le rétroviseur, j'ai vu les trois dernières voitures partir sur le côté et j'ai compris qu'elles avaient déraillé.",
     "faithful; применил экстренное торможение = slammed on the emergency brake (idiomatic)"),
    ("q13", "long", F, "", ["d2_15", "d2_16"],
     "The company will not draw any conclusions about the causes of the derailment until the commission has completed its work. We ask everyone not to spread unverified information and not to rush into theories about \"the human factor\".",
     "La compagnie ne tirera aucune conclusion sur les causes du déraillement avant que la commission ait achevé ses travaux. Nous demandons à chacun de ne pas diffuser d'informations non vérifiées et de ne pas se précipiter sur la piste du « facteur humain ».",
     "faithful; contains the term «человеческом факторе» (q39)"),
    ("q14", "long", F, "", ["d2_09", "d2_10"],
     "The rolling stock involved in the accident underwent scheduled maintenance in January, and no faults were found. The switch at the entrance to Kedrovaya station is maintained by the track division, which is part of the company.",
     "Le matériel roulant impliqué avait subi une révision programmée en janvier, sans qu'aucune anomalie ne soit relevée. L'aiguillage à l'entrée de la gare de Kedrovaïa est entretenu par le district de la voie, qui fait partie de la compagnie.",
     "faithful; замечаний не было = no faults were found"),
    ("q15", "long", F, "", ["d4_01", "d4_02"],
     "Three weeks have passed since the morning our train came off the rails outside Kedrovaya, and only now can I bring myself to write about it. I was in the third carriage, as I am every weekday.",
     "Trois semaines se sont écoulées depuis le matin où notre train a déraillé près de Kedrovaïa, et ce n'est que maintenant que je peux écrire à ce sujet. J'étais dans la troisième voiture, comme chaque jour de semaine.",
     "faithful; под Кедровой (instrumental) = outside Kedrovaya / près de Kedrovaïa"),
    ("q16", "long", F, "", ["d1_28", "d1_29"],
     "I'll go back if the doctors let me. But I'm not driving over that switch again until they replace it.",
     "Si les médecins me le permettent, j'y retournerai. Mais je ne repasserai pas sur cet aiguillage tant qu'il n'aura pas été remplacé.",
     "faithful; clauses reordered in en; вернусь = I'll go back (to the cab, from the question d1_27)"),
    # --- faithful, three or four sentences ------------------------------------------------------
    ("q17", "long", F, "", ["d1_13", "d1_14", "d1_15"],
     "Among drivers, the switch at the entrance to Kedrovaya had long been known as \"the drunken switch\": it had been knocking since the autumn, and everyone on the line knew it. I told the station duty officer about it twice myself, in October and in November. I never reported it in writing, because that isn't how it's done here: you say it out loud and that, supposedly, is that.",
     "Chez les conducteurs, l'aiguillage à l'entrée de Kedrovaïa était surnommé depuis longtemps « l'aiguillage ivre » : il cognait depuis l'automne, et tout le monde sur la ligne le savait. J'en ai moi-même parlé deux fois au chef de service de la gare, en octobre et en novembre. Je n'ai pas fait de rapport écrit, parce que ça ne se fait pas chez nous : on le dit de vive voix, et l'affaire est pour ainsi dire réglée.",
     "faithful; в Кедровую (accusative) = Kedrovaya; вроде бы = supposedly / pour ainsi dire; contains the term «пьяная стрелка» (q37); near-miss d4_09 says five times"),
    ("q18", "long", F, "", ["d2_04", "d2_05", "d2_06"],
     "There were no fatalities. The company extends its deepest sympathy to all those injured and to their families. Every passenger taken to hospital will receive 100,000 roubles in compensation, and the other injured passengers 30,000 roubles each.",
     "Il n'y a aucun mort. La compagnie exprime sa profonde compassion à toutes les victimes et à leurs proches. Chaque passager hospitalisé recevra une indemnité de cent mille roubles, et les autres blessés trente mille roubles chacun.",
     "faithful across a paragraph break (d2_04 | d2_05, d2_06); Погибших нет = no fatalities; near-miss d4_14 says every passenger gets 100 000"),
    ("q19", "long", F, "", ["d3_03", "d3_04", "d3_05", "d3_06"],
     "According to the speed recorder, the train was travelling at 38 km/h when it derailed. The speed limit set for the switch was 40 km/h. The commission found no speeding. The actions of the locomotive crew were found to comply with the instructions.",
     "Selon l'enregistreur de vitesse, le train roulait à 38 km/h au moment du déraillement. La vitesse maximale autorisée sur l'aiguillage était de 40 km/h. La commission n'a constaté aucun excès de vitesse. Les actions de l'équipe de conduite ont été jugées conformes aux instructions.",
     "faithful, four sentences; near-miss d4_05 says about forty, right at the limit"),
    ("q20", "long", F, "", ["d3_17", "d3_18", "d3_19"],
     "That said, two station employees who were questioned confirmed that drivers had complained about this switch verbally on more than one occasion. The commission holds the management of the track division responsible for the accident. It sees no fault on the part of the locomotive crew or the staff of the carriage depot.",
     "Cela dit, deux employés de la gare interrogés ont confirmé que les conducteurs s'étaient plaints oralement de cet aiguillage à plusieurs reprises. La commission impute la responsabilité de l'accident à la direction du district de la voie. Elle ne relève aucune faute de l'équipe de conduite ni du personnel du dépôt des voitures.",
     "faithful across a paragraph break (d3_17 | d3_18, d3_19); неоднократно = on more than one occasion; near-miss d4_11 blames the whole company management"),
    ("q21", "long", F, "", ["d4_16", "d4_18", "d4_19"],
     "I want to thank the driver and his assistant, who were the first to run to our carriage. (…) But more than anything, I want no one ever again to ride over switches that should have been replaced long ago. We are not statistics, we are people who board this train every morning and play \"railway roulette\".",
     "Je veux remercier le conducteur et son assistant, qui ont été les premiers à accourir vers notre voiture. (…) Mais par-dessus tout, je veux que plus personne ne passe sur des aiguillages qu'il aurait fallu remplacer depuis longtemps. Nous ne sommes pas des statistiques, nous sommes des gens qui montent chaque matin dans ce train et jouent à la « roulette ferroviaire ».",
     "faithful with an ellipsis (…) skipping d4_17; contains the term «железнодорожную рулетку» (q42)"),
    ("q22", "long", F, "", ["d1_23", "d1_24", "d1_26"],
     "My assistant, Ilya Gorbunov, and I ran to the carriages. People were getting out on their own, many were helping one another, there was hardly any panic. […] I will never forget an elderly woman in the third carriage asking me whether she would get to work on time.",
     "Avec mon assistant, Ilia Gorbounov, nous avons couru vers les voitures. Les gens sortaient par eux-mêmes, beaucoup s'entraidaient, il n'y avait presque pas de panique. […] Je n'oublierai jamais cette vieille dame, dans la troisième voiture, qui m'a demandé si elle arriverait à l'heure au travail.",
     "faithful with an ellipsis […] skipping d1_25; Ильёй Горбуновым (instrumental) = Ilya Gorbunov"),
    # --- planted drifts, one sentence -----------------------------------------------------------
    ("q23", "sentence", D, "numbers", ["d2_02"],
     "There were about 280 passengers on board the train.",
     "Environ deux cent quatre-vingts passagers se trouvaient à bord du train.",
     "drift: около двухсот сорока (about 240) -> about 280; около = about kept"),
    ("q24", "sentence", D, "names", ["d2_12"],
     "The company's director general, Igor Vetlugin, went to the scene in person and oversaw the recovery work.",
     "Le directeur général de la compagnie, Igor Vetlouguine, s'est rendu en personne sur les lieux et a dirigé les travaux de remise en état.",
     "drift: first name Олег (Oleg) -> Igor; surname Vetlugin kept"),
    ("q25", "sentence", D, "negation", ["d3_16"],
     "Records of such reports were found in the duty officer's log.",
     "Des traces de ces signalements ont été retrouvées dans le registre du chef de service.",
     "drift: не обнаружено (no records found) -> records were found (negation reversed)"),
    ("q26", "sentence", D, "hedge", ["d3_07"],
     "The direct cause of the derailment was most likely a fracture in the blade of switch number 17.",
     "La cause directe du déraillement est vraisemblablement la rupture de la lame de l'aiguillage numéro dix-sept.",
     "drift: hedge added; the act states the cause as a fact (стал), the quotation says most likely / vraisemblablement"),
    ("q27", "sentence", D, "hedge", ["d1_08"],
     "At 7:40 sharp, just as we were approaching the platform, I felt a violent jolt under the train.",
     "À sept heures quarante précises, alors que nous approchions déjà du quai, j'ai senti une violente secousse sous le train.",
     "drift: hedge dropped; Примерно в семь сорок (at about 7:40) -> 7:40 sharp / précises"),
    ("q28", "sentence", D, "quantifier", ["d2_18"],
     "He promised that most of the switches whose service life has expired would be replaced by the end of the year.",
     "Il a promis que la plupart des aiguillages arrivés en fin de vie seraient remplacés d'ici la fin de l'année.",
     "drift: все стрелочные переводы (all the switches) -> most of the switches / la plupart"),
    ("q29", "sentence", D, "omission", ["d2_08"],
     "Passengers can get a refund for their tickets at any of the company's ticket offices.",
     "Les passagers peuvent se faire rembourser leur billet à n'importe quel guichet de la compagnie.",
     "drift: restriction dropped; only passengers «которые не обращались к врачам» (who did not seek medical help) can get the refund"),
    ("q30", "sentence", D, "addition", ["d3_02"],
     "The commission examined the speed recorder data, the track inspection log, CCTV footage from the station and the track division's documents, and interviewed nineteen employees.",
     "La commission a examiné les données de l'enregistreur de vitesse, le registre d'inspection des voies, les images de vidéosurveillance de la gare et les documents du district de la voie, et a interrogé 19 employés.",
     "drift: list item added, CCTV footage from the station / images de vidéosurveillance (not in the act); nineteen kept"),
    # --- planted drifts, long -------------------------------------------------------------------
    ("q31", "long", D, "numbers", ["d3_09", "d3_10", "d3_11"],
     "The switch was laid in 2007, with a standard service life of twelve years. By the time of the accident, it was therefore running \"on borrowed time\": its service life had expired more than three years earlier. The defect in the blade was recorded in the track inspection log on 12 January.",
     "L'aiguillage avait été posé en 2007, pour une durée de vie réglementaire de douze ans. Au moment de l'accident, il fonctionnait donc « en sursis » : sa durée de vie avait expiré depuis plus de trois ans. Le défaut de la lame avait été consigné dans le registre d'inspection des voies le 12 janvier.",
     "drift in sentence 1: пятнадцать лет (fifteen years) -> twelve years; 2007 kept; sentences 2-3 faithful, across a paragraph break (d3_09, d3_10 | d3_11); contains the term «в долг» (q40)"),
    ("q32", "long", D, "omission", ["d3_20", "d3_21", "d3_22"],
     "The commission recommends inspecting all 212 switches on the company's lines within two months. Switches that have exceeded their service life should be replaced by the end of this year. It also recommends abandoning the practice of \"verbal requests\" and making written registration of all drivers' reports of track faults compulsory.",
     "La commission recommande de contrôler sous deux mois les 212 aiguillages des lignes de la compagnie. Les aiguillages dont la durée de vie est dépassée devront être remplacés d'ici la fin de l'année. Elle recommande en outre de renoncer à la pratique des « demandes verbales » et de rendre obligatoire l'enregistrement écrit de tous les signalements de défauts de la voie faits par les conducteurs.",
     "drift in sentence 2: the clause «а до замены ограничить скорость на них двадцатью пятью километрами в час» (and limit speed over them to 25 km/h until they are replaced) dropped; sentences 1 and 3 faithful; near-miss d4_20 says all switches within a month; contains the term «устных заявок» (q41)"),
    ("q33", "long", D, "quantifier", ["d1_19", "d1_20", "d1_21"],
     "Let the \"armchair experts\" look at the speed recorder data; the commission has it. I have nothing to hide. I have been driving trains for twenty years and have hardly ever been disciplined for speeding.",
     "Que les « experts de salon » regardent l'enregistrement de la vitesse : la commission l'a. Je n'ai rien à cacher. Je conduis des trains depuis vingt ans et je n'ai presque jamais été sanctionné pour excès de vitesse.",
     "drift in sentence 3: ни разу не (not once, never) -> hardly ever / presque jamais; sentences 1-2 faithful (нечего = nothing to hide); contains the term «диванные эксперты» (q38)"),
    # --- partial (one sentence has no source) ---------------------------------------------------
    ("q34", "long", P, "", ["d4_03"],
     "I had been taking that train to work for six years. The impact was so violent that I was thrown into the aisle, and my bag flew off somewhere under the seats.",
     "Je prenais ce train pour aller travailler depuis six ans. Le choc a été si violent que j'ai été projetée dans l'allée, et mon sac a valsé quelque part sous les sièges.",
     "partial: sentence 1 (she had taken that train for six years) has no source (d4_02 only says every weekday); sentence 2 faithful"),
    ("q35", "long", P, "", ["d3_14", "d3_15"],
     "The commission regards this decision as a gross breach of the technical operating rules. The order postponing the repair was signed by the head of the track division personally. The driver, Samoylenko, stated that he had reported the faulty switch to the station duty officer in October and November.",
     "La commission considère cette décision comme une violation grave des règles d'exploitation technique. L'ordre de reporter la réparation avait été signé personnellement par le chef du district de la voie. Le conducteur Samoïlenko a déclaré avoir signalé la défaillance de l'aiguillage au chef de service de la gare en octobre et en novembre.",
     "partial: middle sentence (the head of the track division signed the postponement order himself) has no source; sentences 1 and 3 faithful (d3_14 | d3_15, across a paragraph break)"),
    ("q36", "long", P, "", ["d2_17"],
     "Director general Oleg Vetlugin apologised to all the passengers on the train. He also said he would give a month's salary to help the injured.",
     "Le directeur général Oleg Vetlouguine a présenté ses excuses à tous les passagers du train. Il a également annoncé qu'il verserait un mois de salaire pour aider les blessés.",
     "partial: sentence 2 (a month's salary for the injured) has no source (d2_18, the real next sentence, is about replacing switches); sentence 1 faithful"),
    # --- terms ----------------------------------------------------------------------------------
    ("q37", "term", T, "", ["d1_13"], "the drunken switch", "l'aiguillage ivre",
     "term «пьяная стрелка» (the drivers' nickname for the switch)"),
    ("q38", "term", T, "", ["d1_19"], "armchair experts", "experts de salon",
     "term «диванные эксперты» (idiom: sofa experts), rendered by the idioms armchair experts / experts de salon"),
    ("q39", "term", T, "", ["d2_16"], "the human factor", "le facteur humain",
     "term «человеческом факторе» (prepositional case)"),
    ("q40", "term", T, "", ["d3_10"], "on borrowed time", "en sursis",
     "term «в долг» (literally on credit), rendered by the idioms on borrowed time / en sursis"),
    ("q41", "term", T, "", ["d3_22"], "verbal requests", "demandes verbales",
     "term «устных заявок» (genitive plural)"),
    ("q42", "term", T, "", ["d4_19"], "railway roulette", "roulette ferroviaire",
     "term «железнодорожную рулетку» (accusative)"),
    # --- absent ---------------------------------------------------------------------------------
    ("q43", "sentence", A, "",
     "На стрелке поезд шёл со скоростью пятьдесят пять километров в час, заметно превышая ограничение.",
     "At the switch the train was doing 55 kilometres an hour, well over the limit.",
     "Sur l'aiguillage, le train roulait à 55 km/h, bien au-delà de la limite autorisée.",
     "absent: resembles d1_07, d3_03 and d4_05 (speed at the switch), but every document says 38 or about 40 and no excess"),
    ("q44", "sentence", A, "",
     "Компания возместит всем пассажирам стоимость багажа, утраченного или повреждённого при сходе.",
     "The company will reimburse all passengers for luggage lost or damaged in the derailment.",
     "La compagnie remboursera à tous les passagers les bagages perdus ou endommagés lors du déraillement.",
     "absent: resembles d2_06, d2_08 and d4_14 (compensation, refunds), no luggage anywhere"),
    ("q45", "sentence", A, "",
     "Комиссия установила, что в момент происшествия дежурный по станции спал.",
     "The commission established that the station duty officer was asleep at the time of the accident.",
     "La commission a établi qu'au moment de l'accident, le chef de service de la gare dormait.",
     "absent: the duty officer appears in d3_15-d3_17 and d1_14, but nothing about him being asleep"),
    ("q46", "sentence", A, "",
     "В отношении начальника дистанции пути возбуждено уголовное дело.",
     "A criminal case has been opened against the head of the track division.",
     "Une procédure pénale a été ouverte contre le chef du district de la voie.",
     "absent: resembles d2_11 (suspended), d4_12 (fired) and d3_23 (materials sent to the prosecutor); no case opened anywhere"),
    ("q47", "sentence", A, "",
     "Я трижды просил начальство вывести этот локомотив из эксплуатации, но меня никто не слушал.",
     "Three times I asked my superiors to take that locomotive out of service, and nobody listened to me.",
     "J'ai demandé trois fois à ma hiérarchie de retirer cette locomotive du service, et personne ne m'a écouté.",
     "absent: resembles d1_14 (he told the duty officer twice about the switch) and d4_09; nothing about a locomotive"),
    ("q48", "long", A, "",
     "Вагонам было по сорок лет, и их давно пора было списать. Тормоза на них никто не проверял с лета.",
     "The carriages were forty years old and should have been scrapped long ago. Nobody had checked their brakes since the summer.",
     "Les voitures avaient quarante ans et auraient dû être réformées depuis longtemps. Personne n'avait vérifié leurs freins depuis l'été.",
     "absent (2 sentences): resembles d2_09 (rolling stock maintained in January, no faults) and d4_18 (switches that should have been replaced long ago)"),
]


def sentence_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, _title, paragraphs in DOCS:
        n = 0
        for para in paragraphs:
            for sent in para:
                n += 1
                table[f"{name.lower()}_{n:02d}"] = sent
    return table


def main() -> None:
    sents = sentence_table()
    order = list(sents)

    # sources
    lines: list[str] = []
    for name, title, paragraphs in DOCS:
        if lines:
            lines.append("")
        lines.append(f"### {name}: {title}")
        for para in paragraphs:
            lines.append("")
            lines.append(" ".join(para))
    (HERE / "quote_blind8_sources.ru.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # rows
    main_rows = ["id\tabsent\ten\tfr\tru"]
    label_rows = ["id\tkind\texpected\tdrift_kind\tnote"]
    gold: set[str] = set()
    for rid, kind, expected, drift, src, en, fr, note in ROWS:
        if expected == A:
            assert isinstance(src, str)
            ru, absent = src, "1"
        else:
            assert isinstance(src, list) and src == sorted(src, key=order.index), rid
            ru, absent = " ".join(sents[s] for s in src), "0"
            gold.update(src)
            note = f"{note} [src {','.join(src)}]"
        for cell in (en, fr, ru, note):
            assert "\t" not in cell and "\n" not in cell, rid
        main_rows.append("\t".join((rid, absent, en, fr, ru)))
        label_rows.append("\t".join((rid, kind, expected, drift, note)))
    (HERE / "quote_blind8.tsv").write_text("\n".join(main_rows) + "\n", encoding="utf-8")
    (HERE / "quote_blind8_labels.tsv").write_text("\n".join(label_rows) + "\n", encoding="utf-8")

    # distractors: source sentences in no gold span (document order), then the unrelated ones
    rest = [sents[s] for s in order if s not in gold]
    (HERE / "quote_blind8_distractors.ru.txt").write_text("\n".join(rest + UNRELATED) + "\n", encoding="utf-8")
    print(f"{len(sents)} source sentences, {len(ROWS)} rows, {len(rest)} + {len(UNRELATED)} distractors")


if __name__ == "__main__":
    main()
