"""Build the blind quotation set quote_blind30 from one table (standard library only).

Story: eleven pedigree Orlov trotters of the state-owned Ozyorki Stud Farm (Talsk region) die after
being fed pelleted compound feed contaminated with monensin. Four Russian source documents (D1 the
regional agriculture ministry's order, D2 the stud farm director's press conference, D3 the regional
veterinary laboratory's report on the feed, D4 a horse owners' forum post, the near-miss document)
and 48 English / French quotations. Sentence ids (d1_04) are defined here: they number the sentences
of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind30_build.py

writes quote_blind30.tsv, quote_blind30_labels.tsv, quote_blind30_sources.ru.txt and
quote_blind30_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind30"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства сельского хозяйства Тальской области о мерах в связи с гибелью лошадей "
           "Озёрковского конного завода, 13 ноября 2026 года", [
        ["В период с пятого по двенадцатое ноября 2026 года в государственном унитарном предприятии "
         "«Озёрковский конный завод» пали одиннадцать племенных лошадей орловской рысистой породы.",
         "Ещё пятнадцать лошадей находятся на лечении.",
         "По предварительным данным областной ветеринарной лаборатории, причиной отравления стал "
         "гранулированный комбикорм, поставленный предприятию второго ноября обществом с ограниченной "
         "ответственностью «Нивакорм».",
         "Заболевшие и павшие животные содержались во второй и третьей конюшнях и получали корм из этой "
         "партии."],
        ["В целях недопущения новых случаев гибели животных министр сельского хозяйства Тальской области "
         "Олег Дьяконов приказывает принять следующие меры."],
        ["Запретить с момента подписания настоящего приказа использование комбикормов производства "
         "ООО «Нивакорм» во всех сельскохозяйственных организациях и крестьянских хозяйствах области до "
         "получения окончательных результатов лабораторных исследований.",
         "Остатки партии, поставленной на Озёрковский конный завод, изъять и хранить на опечатанном складе "
         "до окончания расследования."],
        ["Главному государственному ветеринарному инспектору области Сергею Котову в течение десяти дней "
         "провести проверку всех четырнадцати хозяйств области, получавших корма ООО «Нивакорм» в октябре и "
         "ноябре.",
         "В ходе проверки отобрать пробы кормов и обследовать животных, которым эти корма скармливались."],
        ["Выделить Озёрковскому конному заводу из резервного фонда министерства три с половиной миллиона "
         "рублей на лечение животных и закупку нового корма.",
         "Средства направить только на приобретение лекарственных препаратов, кормов и оплату услуг "
         "ветеринарных специалистов."],
        ["Провести служебную проверку соблюдения на Озёрковском конном заводе порядка входного контроля "
         "кормов.",
         "Проверку завершить в течение тридцати дней, а её результаты представить министру.",
         "На время проверки директор предприятия Геннадий Шелестов от исполнения обязанностей не "
         "отстраняется."],
        ["Поручить предприятию сохранить для племенной работы сперму жеребца Граната, заготовленную до его "
         "гибели, и принять меры по восстановлению маточного поголовья."],
        ["Направить материалы о гибели лошадей в прокуратуру области для правовой оценки действий "
         "поставщика.",
         "Информировать население и владельцев частных лошадей о запрете через официальный сайт "
         "министерства и районные газеты.",
         "Владельцам лошадей, которые использовали корма ООО «Нивакорм», рекомендуется немедленно прекратить "
         "их скармливание и обратиться к ветеринарному врачу."],
        ["Контроль за исполнением настоящего приказа возложить на заместителя министра Тамару Гречко.",
         "Приказ вступает в силу со дня его подписания."],
    ]),
    ("D2", "Расшифровка пресс-конференции директора Озёрковского конного завода Геннадия Шелестова, "
           "14 ноября 2026 года", [
        ["Четырнадцатого ноября директор Озёрковского конного завода Геннадий Шелестов провёл "
         "пресс-конференцию для областных журналистов.",
         "Ниже приводится расшифровка с небольшими сокращениями."],
        ["— Геннадий Петрович, что произошло на заводе?"],
        ["— Второго ноября мы получили восемнадцать тонн гранулированного комбикорма от нашего постоянного "
         "поставщика, компании «Нивакорм».",
         "Вечером четвёртого ноября конюхи заметили, что несколько лошадей во второй конюшне отказываются от "
         "корма и плохо держатся на ногах.",
         "Утром пятого ноября пали первые две кобылы.",
         "Мы сразу сняли этот корм с раздачи и в тот же день сообщили в министерство и в районную "
         "ветеринарную станцию."],
        ["— Сколько животных пострадало?"],
        ["— Новый корм успела получить сорок одна лошадь, это две конюшни из шести.",
         "Заболели двадцать шесть, одиннадцать мы потеряли.",
         "Среди погибших жеребец Гранат, шесть кобыл, из них четыре жерёбые, и четыре годовика.",
         "Остальные пятнадцать лечатся, и состояние трёх из них наш главный ветеринарный врач Ирина Мальцева "
         "оценивает как тяжёлое."],
        ["— Гранат ведь был гордостью завода?"],
        ["— Это был лучший жеребец, которого я видел за тридцать лет работы.",
         "В прошлом году он выиграл областное дерби, и очередь на случку с ним была расписана на два сезона "
         "вперёд.",
         "Его оценивали в девять миллионов рублей, но для нас он стоил гораздо больше.",
         "Без Граната мы сейчас как без рук."],
        ["— Почему корм не проверили, прежде чем давать лошадям?"],
        ["— Каждая партия приходит с декларацией соответствия, и эти документы мы проверили.",
         "Лабораторный анализ каждой партии мы не делали никогда, и, насколько я знаю, ни одно хозяйство в "
         "области его не делает.",
         "Задним умом все крепки, но теперь мы будем отдавать на анализ каждую новую партию."],
        ["— Что говорит поставщик?"],
        ["— В «Нивакорме» утверждают, что партия была чистой, и предлагают провести повторный анализ в "
         "другой лаборатории.",
         "Мы не возражаем, но уже подали заявление в полицию и будем требовать возмещения ущерба.",
         "По нашей предварительной оценке, ущерб составляет около сорока семи миллионов рублей."],
        ["— Не боитесь, что виноватым сделают вас самого?"],
        ["— Я не собираюсь прятаться за чужие спины.",
         "Если проверка найдёт нашу вину, я отвечу, но сначала мне нужно вылечить тех лошадей, которые ещё "
         "живы."],
    ]),
    ("D3", "Заключение областной ветеринарной лаборатории Тальской области по результатам исследования "
           "проб корма и материала от павших лошадей, 10 ноября 2026 года", [
        ["С шестого по восьмое ноября 2026 года в лабораторию поступали пробы от Озёрковского конного "
         "завода.",
         "На исследование были представлены три пробы гранулированного комбикорма производства "
         "ООО «Нивакорм», пробы сена, овса и воды, а также содержимое желудков шести павших лошадей."],
        ["Пробы исследованы в отделе токсикологии под руководством заведующей отделом Натальи Сухаревой.",
         "Применялись методы высокоэффективной жидкостной хроматографии и масс-спектрометрии."],
        ["Во всех трёх пробах комбикорма обнаружен монензин, кормовой антибиотик из группы ионофоров, в "
         "концентрации от сорока одного до сорока шести миллиграммов на килограмм.",
         "Монензин применяется в кормах для птицы и крупного рогатого скота, однако для лошадей он крайне "
         "токсичен.",
         "В кормах для лошадей присутствие монензина не допускается ни в каком количестве.",
         "По данным специальной литературы, смертельная доза для лошади составляет от двух до трёх "
         "миллиграммов на килограмм живой массы."],
        ["Монензин обнаружен также в содержимом желудков пяти из шести павших лошадей.",
         "В пробе шестой лошади монензин не выявлен, что может объясняться более поздним отбором материала.",
         "В пробах сена, овса и воды токсичных веществ не обнаружено.",
         "Содержание микотоксинов во всех пробах кормов не превышает допустимых уровней."],
        ["Вскрытие павших животных показало поражение сердечной мышцы, характерное для отравления "
         "ионофорами.",
         "Картина болезни у заболевших лошадей, в том числе отказ от корма, потливость и нарушение "
         "координации, также соответствует такому отравлению."],
        ["Лаборатория считает наиболее вероятной причиной гибели лошадей отравление монензином, поступившим "
         "с комбикормом ООО «Нивакорм».",
         "Вероятнее всего, монензин попал в корм для лошадей из-за производства на одной линии с кормами для "
         "птицы без должной очистки оборудования.",
         "Окончательный вывод о причинах загрязнения можно будет сделать только после проверки производства."],
        ["Лаборатория рекомендует не использовать комбикорм этой партии для кормления каких-либо животных.",
         "Выжившим лошадям, получавшим этот корм, рекомендуется исключить физические нагрузки не менее чем на "
         "два месяца из-за риска поражения сердца.",
         "Повторные исследования крови у лечащихся лошадей следует проводить каждые пять дней."],
        ["Заключение подписали директор лаборатории Павел Крутов и заведующая отделом токсикологии Наталья "
         "Сухарева."],
    ]),
    ("D4", "Сообщение пользователя «Рыжая_Ласточка» на форуме владельцев лошадей «Конный двор», "
           "16 ноября 2026 года", [
        ["Девочки и мальчики, кто ещё не в курсе, в Озёрках беда.",
         "На конном заводе погибло уже не меньше пятнадцати лошадей, и говорят, это ещё не конец.",
         "Заболели практически все, кто ел этот корм."],
        ["Гранат тоже погиб, а он, по слухам, стоил миллионов двадцать.",
         "Я видела его на дерби позапрошлым летом, это была не лошадь, а песня."],
        ["Корм возил «Нивакорм», тот самый, у которого мы все закупаемся.",
         "Лаборатория вроде бы нашла в нём крысиный яд, хотя другие пишут про какой-то антибиотик.",
         "Якобы яда там было в десятки раз больше смертельной дозы."],
        ["Министерство запретило корма «Нивакорма» по всей стране, так что выкидывайте всё, что у вас "
         "осталось.",
         "Заводу, пишут, выделили чуть ли не тридцать миллионов на покупку новых лошадей."],
        ["Директор, говорят, почти неделю никому ничего не сообщал.",
         "Корм там вообще никто никогда не проверял, даже бумаги не смотрели.",
         "Директора, кстати, уже отстранили, и правильно сделали."],
        ["У меня мерин Бархат стоит на частной конюшне в соседней деревне, и мы тоже брали «Нивакорм», "
         "только другую партию.",
         "Слава богу, Бархат жив и здоров, но я всю ночь не спала.",
         "Утром вызвала ветеринара, он взял кровь, результаты обещали через неделю."],
        ["Все, кто кормил «Нивакормом», срочно звоните ветеринару, не ждите симптомов.",
         "Симптомы, если что, такие: лошадь не ест, потеет, шатается.",
         "Держитесь, озёрковцы, мы с вами!",
         "Если нужна помощь с перевозкой больных лошадей, пишите в личку, у меня есть коневоз."],
    ]),
]

# 15 unrelated sentences in the same registers (farm and veterinary news, a ministry order, a press
# conference, a laboratory report, a forum post); they are in no document.
UNRELATED = [
    "Министерство сельского хозяйства области подвело итоги уборочной кампании: намолочено более "
    "миллиона тонн зерна.",
    "Признать утратившим силу приказ министерства о порядке выдачи субсидий на приобретение "
    "сельскохозяйственной техники.",
    "Настоящий приказ опубликовать на официальном сайте министерства в течение трёх рабочих дней.",
    "— Когда откроется новый крытый манеж?",
    "— Строители обещают закончить к весне, если не подведёт погода.",
    "В пробах молока, отобранных на молочной ферме в селе Крутиха, антибиотики не обнаружены.",
    "Исследование проводилось по утверждённой методике в аккредитованной испытательной лаборатории.",
    "Пробы мёда от трёх пасек района соответствуют требованиям по содержанию пестицидов.",
    "Подскажите, кто знает хорошего коваля в районе Тальска, нужно срочно перековать кобылу.",
    "Продаю седло, почти новое, размер семнадцать с половиной дюймов, фото пришлю по запросу.",
    "Девочки, на выходных в Тальске проходят соревнования по конкуру, приходите поболеть за наших!",
    "На областной выставке племенных животных в этом году покажут более трёхсот голов крупного рогатого "
    "скота.",
    "В районе завершилась осенняя вакцинация собак и кошек против бешенства.",
    "Фермеры из Заречья получили гранты на строительство семейных животноводческих ферм.",
    "Ветеринарная служба напоминает о запрете подворного убоя скота без ветеринарного осмотра.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_14"],
     "The farm's director, Gennady Shelestov, remains in his post while the inquiry is under way.",
     "Le directeur de l'établissement, Guennadi Chelestov, reste en fonctions pendant la durée de "
     "l'enquête interne.",
     "faithful; не отстраняется (is not suspended) rendered by an antonym: remains in his post / reste en "
     "fonctions; clauses reordered; near-miss d4_13 says the director has already been removed", None),
    ("q02", S, F, "", ["d1_03"],
     "According to preliminary findings by the regional veterinary laboratory, the poisoning was caused by "
     "pelleted compound feed that Nivakorm LLC delivered to the farm on 2 November.",
     "Selon les premières données du laboratoire vétérinaire régional, l'intoxication aurait été causée "
     "par des granulés d'aliment composé livrés à l'établissement le 2 novembre par la société Nivakorm.",
     "faithful; passive turned active in the relative clause (en); French conditional for a finding "
     "attributed to the laboratory (по предварительным данным); второго ноября = 2 November / 2 novembre",
     None),
    ("q03", S, F, "", ["d1_19"],
     "Deputy Minister Tamara Grechko is to oversee the implementation of this order.",
     "Le contrôle de l'exécution du présent arrêté est confié à la vice-ministre Tamara Gretchko.",
     "faithful; impersonal order turned into an active sentence in en; Тамару Гречко (accusative) = "
     "Tamara Grechko / Gretchko", None),
    ("q04", S, F, "", ["d2_09"],
     "Forty-one horses had been given the new feed before we stopped it — that's two stables out of six.",
     "Le nouvel aliment avait déjà été distribué à 41 chevaux, soit deux écuries sur six.",
     "faithful; успела получить (got it in time) = had been given before we stopped it / avait déjà été "
     "distribué; сорок одна = forty-one / 41; near-miss d4_03 says practically all who ate it fell ill",
     None),
    ("q05", S, F, "", ["d2_16"],
     "He was valued at 9 million roubles, but to us he was worth far more than that.",
     "On l'estimait à neuf millions de roubles, mais pour nous, il valait bien davantage.",
     "faithful; passive/impersonal оценивали = was valued / on l'estimait; девять = 9 / neuf; near-miss "
     "d4_04 says about twenty million", None),
    ("q06", S, F, "", ["d2_17"],
     "Without Granat, right now it's as if we'd lost our right arm.",
     "Sans Granat, c'est comme si nous avions perdu notre bras droit.",
     "faithful; как без рук (as if without hands) = as if we'd lost our right arm / perdu notre bras "
     "droit, idiom by idiom; Без Граната (genitive) = Without Granat", None),
    ("q07", S, F, "", ["d3_07"],
     "No amount of monensin is permitted in horse feed.",
     "Aucune quantité de monensin n'est tolérée dans les aliments destinés aux chevaux.",
     "faithful; не допускается ни в каком количестве = no amount is permitted / aucune quantité n'est "
     "tolérée (negation moved into a negative word); reordered", None),
    ("q08", S, F, "", ["d3_08"],
     "The specialist literature puts the lethal dose for a horse at 2 to 3 milligrams per kilogram of body "
     "weight.",
     "D'après la littérature spécialisée, la dose létale pour un cheval serait de deux à trois "
     "milligrammes par kilogramme de poids vif.",
     "faithful; по данным специальной литературы kept as the source of the figure (puts ... at / "
     "d'après, with the French conditional); numbers as digits in en, words in fr; near-miss d4_08 says "
     "tens of times the lethal dose", None),
    ("q09", S, F, "", ["d3_16"],
     "The monensin most probably got into the horse feed because it was made on the same line as poultry "
     "feed without the equipment being properly cleaned.",
     "Le monensin s'est très probablement retrouvé dans l'aliment pour chevaux parce que celui-ci était "
     "fabriqué sur la même ligne que les aliments pour volailles, sans nettoyage suffisant des équipements.",
     "faithful; hedge Вероятнее всего kept as most probably / très probablement; nominal из-за "
     "производства turned into a clause; near-miss d4_07 speaks of rat poison", None),
    ("q10", S, F, "", ["d4_09"],
     "The ministry has banned Nivakorm feed nationwide, so throw out whatever you've got left.",
     "Le ministère a interdit les aliments Nivakorm dans tout le pays, alors jetez tout ce qu'il vous "
     "reste.",
     "faithful rendering of the near-miss sentence d4_09 (D1 d1_06 bans the feed in the region only); "
     "по всей стране = nationwide / dans tout le pays", None),
    ("q11", S, F, "", ["d4_11"],
     "They say the director didn't tell anyone anything for almost a week.",
     "Le directeur n'aurait rien dit à personne pendant près d'une semaine.",
     "faithful rendering of the near-miss sentence d4_11 (D2 d2_07 says the ministry was told the same "
     "day); говорят = they say / French conditional for hearsay; почти = almost / près de", None),
    # faithful, two to four sentences
    ("q12", L, F, "", ["d1_01", "d1_02"],
     "Eleven pedigree Orlov trotters died at the Ozyorki Stud Farm, a state-owned enterprise, between 5 "
     "and 12 November 2026. Another fifteen horses are being treated.",
     "Entre le 5 et le 12 novembre 2026, onze trotteurs Orlov de sélection sont morts au haras d'Ozerki, "
     "une entreprise publique. Quinze autres chevaux sont actuellement soignés.",
     "faithful; clauses reordered; в государственном унитарном предприятии «Озёрковский конный завод» = "
     "at the Ozyorki Stud Farm, a state-owned enterprise / au haras d'Ozerki, une entreprise publique; "
     "пали = died; near-miss d4_02 says at least fifteen died", None),
    ("q13", L, F, "", ["d1_09", "d1_10", "d1_11"],
     "During the inspection, feed samples are to be taken and the animals that were given this feed "
     "examined. The Ozyorki Stud Farm is to receive 3.5 million roubles from the ministry's reserve fund to "
     "treat the animals and buy new feed. The money is to be spent solely on medicines, feed and the fees "
     "of veterinary specialists.",
     "Lors des contrôles, des échantillons d'aliments seront prélevés et les animaux nourris avec ces "
     "aliments seront examinés. Trois millions et demi de roubles seront alloués au haras d'Ozerki sur le "
     "fonds de réserve du ministère pour soigner les animaux et acheter de nouveaux aliments. Ces fonds "
     "serviront exclusivement à l'achat de médicaments et d'aliments et à la rémunération des "
     "vétérinaires.",
     "faithful; spans a paragraph break (d1_09 | d1_10, d1_11); infinitive orders rendered as 'is to' / "
     "future; Озёрковскому конному заводу (dative) = the Ozyorki Stud Farm; три с половиной = 3.5 / trois "
     "et demi; только = solely / exclusivement; near-miss d4_10 says almost thirty million for new horses",
     None),
    ("q14", L, F, "", ["d2_04", "d2_05", "d2_06", "d2_07"],
     "On 2 November we took delivery of 18 tonnes of pelleted compound feed from our regular supplier, "
     "Nivakorm. On the evening of 4 November the grooms noticed that several horses in stable two were "
     "refusing their feed and were unsteady on their feet. The first two mares died on the morning of 5 "
     "November. We took the feed out of use straight away and reported it to the ministry and the "
     "district veterinary station that same day.",
     "Le 2 novembre, nous avons reçu dix-huit tonnes d'aliment composé en granulés de notre fournisseur "
     "habituel, la société Nivakorm. Le 4 novembre au soir, les palefreniers ont remarqué que plusieurs "
     "chevaux de l'écurie numéro deux refusaient de manger et tenaient mal sur leurs jambes. Les deux "
     "premières juments sont mortes le 5 novembre au matin. Nous avons aussitôt retiré cet aliment de la "
     "distribution et, le jour même, nous avons prévenu le ministère et la station vétérinaire du district.",
     "faithful; dates as digits; восемнадцать = 18 / dix-huit; плохо держатся на ногах = unsteady on "
     "their feet / tenaient mal sur leurs jambes; near-miss d4_11 says nobody was told for almost a week",
     None),
    ("q15", L, F, "", ["d2_14", "d2_15"],
     "He was the best stallion I've seen in thirty years in this job. Last year he won the regional derby, "
     "and he was booked up for covering two seasons ahead.",
     "C'était le meilleur étalon que j'aie vu en trente ans de carrière. L'an dernier, il avait remporté "
     "le derby régional, et ses saillies étaient réservées deux saisons à l'avance.",
     "faithful; очередь на случку была расписана = was booked up for covering / ses saillies étaient "
     "réservées; near-miss d4_05 says the derby was the summer before last", None),
    ("q16", L, F, "", ["d2_19", "d2_21"],
     "Every batch comes with a declaration of conformity, and we did check those documents. […] It's easy "
     "to be wise after the event, but from now on we'll be sending every new batch for testing.",
     "Chaque lot arrive avec une déclaration de conformité, et ces documents, nous les avons vérifiés. […] "
     "C'est facile d'avoir raison après coup, mais désormais nous ferons analyser chaque nouveau lot.",
     "faithful; ellipsis […] skips d2_20 (no laboratory tests); Задним умом все крепки = easy to be wise "
     "after the event / avoir raison après coup, idiom by idiom; contains the terms of q38 and q39; "
     "near-miss d4_12 says not even the papers were checked", None),
    ("q17", L, F, "", ["d2_23", "d2_24"],
     "Nivakorm insists the batch was clean and is proposing a second analysis at a different laboratory. "
     "We have no objection, but we have already filed a report with the police and will be claiming "
     "damages.",
     "Chez Nivakorm, on affirme que le lot était sain et on propose une contre-analyse dans un autre "
     "laboratoire. Nous n'y voyons pas d'objection, mais nous avons déjà porté plainte auprès de la police "
     "et nous demanderons réparation du préjudice.",
     "faithful; В «Нивакорме» утверждают (at Nivakorm they claim) = Nivakorm insists / Chez Nivakorm, on "
     "affirme; не возражаем = have no objection / n'y voyons pas d'objection", None),
    ("q18", L, F, "", ["d3_05", "d3_06"],
     "All three feed samples contained monensin, an ionophore feed antibiotic, at concentrations of 41 to "
     "46 milligrams per kilogram. Monensin is used in feed for poultry and cattle, but it is extremely "
     "toxic to horses.",
     "Les trois échantillons d'aliment contenaient tous du monensin, un antibiotique alimentaire de la "
     "famille des ionophores, à des concentrations de quarante et un à quarante-six milligrammes par "
     "kilogramme. Le monensin est utilisé dans l'alimentation des volailles et des bovins, mais il est "
     "extrêmement toxique pour les chevaux.",
     "faithful; passive обнаружен turned active (contained / contenaient); numbers as digits in en, words "
     "in fr; крупный рогатый скот = cattle / bovins; near-miss d4_07 says rat poison", None),
    ("q19", L, F, "", ["d3_09", "d3_10", "d3_11"],
     "Monensin was also found in the stomach contents of five of the six dead horses. None was detected in "
     "the sample from the sixth horse, which may be because the material was collected later. The hay, oat "
     "and water samples were free of toxic substances.",
     "Du monensin a également été retrouvé dans le contenu gastrique de cinq des six chevaux morts. Il n'a "
     "pas été détecté dans l'échantillon du sixième cheval, ce qui pourrait s'expliquer par un prélèvement "
     "plus tardif. Les échantillons de foin, d'avoine et d'eau ne contenaient aucune substance toxique.",
     "faithful; hedge может объясняться kept as may be because / pourrait s'expliquer; не обнаружено "
     "turned into free of / ne contenaient aucune", None),
    ("q20", L, F, "", ["d4_14", "d4_15", "d4_16"],
     "My gelding Barkhat is kept at a private yard in the next village, and we bought Nivakorm too, only a "
     "different batch. Thank God Barkhat is alive and well, but I didn't sleep a wink all night. In the "
     "morning I called out the vet; he took blood, and they've promised the results in a week.",
     "Mon hongre Barkhat est en pension dans une écurie privée du village voisin, et nous aussi, on "
     "achetait du Nivakorm, mais un autre lot. Dieu merci, Barkhat est vivant et en pleine forme, mais je "
     "n'ai pas fermé l'œil de la nuit. Le matin, j'ai fait venir le vétérinaire, il a fait une prise de "
     "sang et on m'a promis les résultats dans une semaine.",
     "faithful; D4's own sentences; всю ночь не спала = didn't sleep a wink / n'ai pas fermé l'œil, "
     "idiom by idiom; жив и здоров = alive and well / vivant et en pleine forme", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "Anyone who's been feeding Nivakorm, ring your vet right now, don't wait for symptoms. Just so you "
     "know, the symptoms are: the horse won't eat, sweats and staggers. (…) If you need help moving sick "
     "horses, send me a private message, I've got a horse trailer.",
     "Vous tous qui avez donné du Nivakorm, appelez tout de suite le vétérinaire, n'attendez pas les "
     "symptômes. Au cas où, les symptômes, c'est : le cheval ne mange pas, il transpire, il titube. (…) Si "
     "vous avez besoin d'aide pour transporter des chevaux malades, envoyez-moi un message privé, j'ai un "
     "van.",
     "faithful; ellipsis (…) skips d4_19; D4's own sentences; пишите в личку = send me a private message "
     "/ envoyez-moi un message privé; contains the term of q42", None),
    ("q22", L, F, "", ["d4_02", "d4_03", "d4_04"],
     "At least fifteen horses have already died at the stud farm, and they say it isn't over yet. "
     "Practically every horse that ate that feed has fallen ill. Granat is dead too, and rumour has it he "
     "was worth something like twenty million.",
     "Au haras, au moins quinze chevaux sont déjà morts, et on dit que ce n'est pas fini. Pratiquement "
     "tous ceux qui ont mangé cet aliment sont tombés malades. Granat est mort lui aussi, et il aurait valu "
     "dans les vingt millions.",
     "faithful rendering of the near-miss sentences d4_02, d4_03 and d4_04 (D1/D2: eleven dead, 26 of 41 "
     "ill, valued at nine million); spans a paragraph break (d4_02, d4_03 | d4_04); не меньше = at least / "
     "au moins; по слухам = rumour has it / French conditional; миллионов двадцать (approximate inversion) "
     "= something like twenty million / dans les vingt millions", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_08"],
     "The region's chief state veterinary inspector, Sergei Kotov, is to inspect, within thirty days, all "
     "fourteen farms in the region that received Nivakorm feed in October and November.",
     "Le vétérinaire inspecteur en chef de la région, Sergueï Kotov, devra contrôler sous trente jours "
     "l'ensemble des quatorze exploitations de la région ayant reçu des aliments Nivakorm en octobre et en "
     "novembre.",
     "drifted (numbers): в течение десяти дней (within ten days) → within thirty days / sous trente "
     "jours (thirty days is the deadline of the internal inquiry in d1_13); fourteen farms kept", None),
    ("q24", S, D, "names", ["d3_21"],
     "The report was signed by the laboratory's director, Pavel Kotov, and the head of its toxicology "
     "department, Natalya Sukhareva.",
     "Le rapport est signé par le directeur du laboratoire, Pavel Kotov, et par la cheffe du service de "
     "toxicologie, Natalia Soukhareva.",
     "drifted (names): surname Крутов (Krutov) → Kotov, confused with the inspector Sergei Kotov of "
     "d1_08; first name Pavel kept", None),
    ("q25", S, D, "negation", ["d3_12"],
     "Mycotoxin levels in all the feed samples exceed the permissible limits.",
     "Dans tous les échantillons d'aliments, la teneur en mycotoxines dépasse les niveaux admissibles.",
     "drifted (negation reversal): не превышает допустимых уровней (does not exceed) → exceed / dépasse",
     None),
    ("q26", S, D, "hedge", ["d3_13"],
     "Post-mortem examinations of the dead animals suggest possible damage to the heart muscle of the kind "
     "typical of ionophore poisoning.",
     "L'autopsie des animaux morts laisse supposer une atteinte du muscle cardiaque, caractéristique d'une "
     "intoxication aux ionophores.",
     "drifted (hedge added): показало (showed) → suggest possible / laisse supposer", None),
    ("q27", S, D, "hedge", ["d3_15"],
     "The laboratory has established that the horses died of monensin poisoning from the Nivakorm "
     "compound feed.",
     "Le laboratoire a établi que les chevaux sont morts d'une intoxication au monensin provenant de "
     "l'aliment composé de Nivakorm.",
     "drifted (hedge dropped): считает наиболее вероятной причиной (considers the most likely cause) → "
     "has established / a établi", None),
    ("q28", S, D, "quantifier", ["d2_20"],
     "We have never had every batch tested in a laboratory, and as far as I know few farms in the region "
     "do.",
     "Nous n'avons jamais fait analyser chaque lot en laboratoire et, à ma connaissance, peu "
     "d'exploitations de la région le font.",
     "drifted (quantifier): ни одно хозяйство (not a single farm) → few farms / peu d'exploitations; the "
     "rest faithful", None),
    ("q29", S, D, "omission", ["d1_06"],
     "With immediate effect, the use of compound feed made by Nivakorm LLC is banned at all agricultural "
     "enterprises and peasant farms in the region.",
     "À compter de la signature du présent arrêté, l'utilisation des aliments composés fabriqués par la "
     "société Nivakorm est interdite dans toutes les entreprises agricoles et exploitations paysannes de "
     "la région.",
     "drifted (omission of a restriction): «до получения окончательных результатов лабораторных "
     "исследований» (until the final laboratory results are in) is dropped, so the ban reads as "
     "indefinite", None),
    ("q30", S, D, "addition", ["d3_14"],
     "The clinical picture in the sick horses, including refusal to eat, sweating, colic and loss of "
     "coordination, is also consistent with this kind of poisoning.",
     "Le tableau clinique des chevaux malades, notamment le refus de s'alimenter, la sudation, les coliques "
     "et les troubles de la coordination, correspond lui aussi à ce type d'intoxication.",
     "drifted (addition of a list item): \"colic\" / \"les coliques\" added to the list of symptoms", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_10", "d2_11", "d2_12"],
     "Twenty-six fell ill and we lost eleven. The dead include the stallion Granat, six mares, two of them "
     "in foal, and four yearlings. The other fifteen are under treatment, and our chief vet, Irina "
     "Maltseva, describes three of them as being in a serious condition.",
     "Vingt-six sont tombés malades, et nous en avons perdu onze. Parmi les morts figurent l'étalon Granat, "
     "six juments, dont deux pleines, et quatre yearlings. Les quinze autres sont soignés, et notre "
     "vétérinaire en chef, Irina Maltseva, juge l'état de trois d'entre eux grave.",
     "drifted (numbers) in sentence 2: из них четыре жерёбые (four of them in foal) → two / deux; "
     "sentences 1 and 3 faithful (26, 11, six mares, four yearlings, fifteen and three kept)", None),
    ("q32", L, D, "omission", ["d1_16", "d1_17", "d1_18"],
     "The case files on the horses' deaths are to be sent to the regional prosecutor's office for a legal "
     "assessment of the supplier's conduct. The public and private horse owners are to be informed of the "
     "ban through the ministry's official website and the district newspapers. Owners whose horses have "
     "been fed Nivakorm products are advised to stop using them immediately.",
     "Les pièces relatives à la mort des chevaux seront transmises au parquet régional afin qu'il apprécie "
     "juridiquement les agissements du fournisseur. La population et les propriétaires de chevaux privés "
     "seront informés de l'interdiction par le site officiel du ministère et par les journaux de district. "
     "Il est recommandé aux propriétaires de chevaux ayant utilisé des aliments Nivakorm d'en cesser "
     "immédiatement la distribution.",
     "drifted (omission of a clause) in sentence 3: «и обратиться к ветеринарному врачу» (and to see a "
     "vet) dropped; sentences 1 and 2 faithful", None),
    ("q33", L, D, "quantifier", ["d3_17", "d3_18", "d3_19"],
     "A final conclusion on how the contamination occurred can be reached only after the production site "
     "has been inspected. The laboratory recommends that feed from this batch not be given to any animals "
     "at all. Surviving horses that ate this feed should be kept from any physical work for up to two "
     "months because of the risk of heart damage.",
     "Une conclusion définitive sur l'origine de la contamination ne pourra être tirée qu'après une "
     "inspection de la production. Le laboratoire recommande de n'utiliser l'aliment de ce lot pour "
     "nourrir aucun animal. Il est recommandé de dispenser de tout effort physique, pendant une durée "
     "pouvant aller jusqu'à deux mois, les chevaux survivants ayant reçu cet aliment, en raison du risque "
     "d'atteinte cardiaque.",
     "drifted (quantifier) in sentence 3: не менее чем на два месяца (for at least two months) → for up "
     "to two months / jusqu'à deux mois; sentences 1 and 2 faithful; spans a paragraph break (d3_17 | "
     "d3_18, d3_19)", None),
    # partial
    ("q34", L, P, "", ["d1_12", "d1_13"],
     "An internal inquiry is to be held into whether the Ozyorki Stud Farm followed the procedure for "
     "acceptance checks on feed. The inquiry is to be completed within thirty days and its findings "
     "submitted to the minister. Until then, no new batch of feed may be used on the farm without a "
     "laboratory analysis.",
     "Une enquête interne sera menée pour vérifier si le haras d'Ozerki a respecté la procédure de "
     "contrôle à réception des aliments. Elle devra être achevée sous trente jours et ses conclusions "
     "remises au ministre. D'ici là, aucun nouveau lot d'aliment ne pourra être utilisé au haras sans "
     "analyse en laboratoire.",
     "partial: the last sentence (no new batch without a laboratory analysis until then) is in no source; "
     "the real next sentence, d1_14, keeps the director in post; sentences 1 and 2 faithful to d1_12 and "
     "d1_13", None),
    ("q35", L, P, "", ["d3_03", "d3_04"],
     "The samples were analysed in the toxicology department under its head, Natalya Sukhareva. Duplicate "
     "samples were sent to the federal reference laboratory in Moscow for confirmation. High-performance "
     "liquid chromatography and mass spectrometry were used.",
     "Les échantillons ont été analysés au service de toxicologie, sous la direction de sa cheffe, Natalia "
     "Soukhareva. Des échantillons en double ont été envoyés pour confirmation au laboratoire fédéral de "
     "référence à Moscou. Les méthodes employées sont la chromatographie liquide haute performance et la "
     "spectrométrie de masse.",
     "partial: the middle sentence (duplicate samples sent to a federal reference laboratory in Moscow) is "
     "in no source; sentences 1 and 3 faithful to d3_03 and d3_04; Натальи Сухаревой (genitive) = "
     "Natalya Sukhareva", None),
    ("q36", L, P, "", ["d2_27"],
     "I'm not going to pass the buck. I've already offered the minister my resignation, and it's up to him "
     "to decide.",
     "Je n'ai pas l'intention de me défausser sur les autres. J'ai déjà proposé ma démission au ministre, "
     "c'est à lui de trancher.",
     "partial: the second sentence (resignation offered to the minister) is in no source; the real next "
     "sentence, d2_28, says he will answer if the inquiry finds the farm at fault; the first is faithful "
     "to d2_27 (прятаться за чужие спины = pass the buck, idiom by idiom); contains the term of q40",
     None),
    # terms
    ("q37", TM, T, "", ["d1_15"], "broodmare herd", "cheptel de poulinières",
     "term «маточного поголовья» (genitive; literally the dam stock)", None),
    ("q38", TM, T, "", ["d2_19"], "declaration of conformity", "déclaration de conformité",
     "term «декларацией соответствия» (instrumental)", None),
    ("q39", TM, T, "", ["d2_21"], "with hindsight", "après coup",
     "term «Задним умом» (instrumental; literally with the hind mind, from Задним умом все крепки), idiom "
     "by idiom", None),
    ("q40", TM, T, "", ["d2_27"], "pass the buck", "se défausser",
     "term «за чужие спины» (from прятаться за чужие спины, literally to hide behind other people's "
     "backs), idiom by idiom", None),
    ("q41", TM, T, "", ["d4_05"], "poetry in motion", "une pure merveille",
     "term «не лошадь, а песня» (literally not a horse but a song), idiom by idiom", None),
    ("q42", TM, T, "", ["d4_20"], "private message", "message privé",
     "term «в личку» (colloquial accusative of личка, a private message)", None),
    # absent
    ("q43", S, A, "", [],
     "Nivakorm has recalled all the feed produced on that line since October and suspended production.",
     "Nivakorm a rappelé tous les aliments fabriqués sur cette ligne depuis octobre et suspendu sa "
     "production.",
     "absent: no document says the supplier recalled feed or stopped production; resembles d2_23, d1_06 "
     "and d3_16",
     "Компания «Нивакорм» отозвала все корма, выпущенные на этой линии с октября, и приостановила "
     "производство."),
    ("q44", S, A, "", [],
     "Two of the sick mares were taken to the veterinary clinic of the agricultural academy in Talsk for "
     "treatment.",
     "Deux des juments malades ont été transférées pour y être soignées à la clinique vétérinaire de "
     "l'académie agricole de Talsk.",
     "absent: the sick horses are treated at the farm, no clinic is mentioned; resembles d2_12 and d1_02",
     "Двух заболевших кобыл перевезли на лечение в ветеринарную клинику сельскохозяйственной академии в "
     "Тальске."),
    ("q45", S, A, "", [],
     "The ministry will reimburse private horse owners for the cost of having their horses' blood tested.",
     "Le ministère remboursera aux propriétaires de chevaux privés le coût des analyses de sang de leurs "
     "animaux.",
     "absent: the order promises private owners no money; resembles d1_17, d1_18 and d4_16",
     "Министерство возместит владельцам частных лошадей расходы на анализ крови животных."),
    ("q46", S, A, "", [],
     "The laboratory found no trace of monensin in feed samples from the other farms supplied by "
     "Nivakorm.",
     "Le laboratoire n'a trouvé aucune trace de monensin dans les échantillons d'aliments provenant des "
     "autres exploitations livrées par Nivakorm.",
     "absent: the other farms are still to be inspected (d1_08) and the report covers only the stud farm's "
     "samples; resembles d3_05, d3_11 and d1_08",
     "В пробах кормов из других хозяйств, которые снабжал «Нивакорм», следов монензина лаборатория не "
     "обнаружила."),
    ("q47", S, A, "", [],
     "Shelestov said the farm had complained to Nivakorm about the quality of its feed twice last year.",
     "Selon Guennadi Chelestov, le haras se serait plaint à deux reprises l'an dernier auprès de Nivakorm "
     "de la qualité de ses aliments.",
     "absent: Shelestov calls Nivakorm the regular supplier and mentions no complaint; resembles d2_04 and "
     "d2_23 (French conditional for hearsay)",
     "Шелестов заявил, что в прошлом году завод дважды жаловался «Нивакорму» на качество кормов."),
    ("q48", L, A, "", [],
     "Next spring the farm will buy eight broodmares from a stud farm in a neighbouring region. The money "
     "will come from the federal programme supporting pedigree livestock breeding.",
     "Au printemps prochain, le haras achètera huit poulinières à un haras d'une région voisine. L'argent "
     "proviendra du programme fédéral de soutien à l'élevage de sélection.",
     "absent (2 sentences): no purchase of mares or federal money is mentioned; resembles d1_15, d1_10 "
     "and d4_10",
     "Весной завод купит восемь племенных кобыл у конного завода соседней области. Деньги на это выделят "
     "из федеральной программы поддержки племенного животноводства."),
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
