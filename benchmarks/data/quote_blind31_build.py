"""Build the blind quotation set quote_blind31 from one table (standard library only).

Story: after an ammonia leak in the refrigeration plant of the Kristall ice arena, the only indoor
rink of the city of Ladogorsk is closed; nine people are treated in hospital and the Ladoga youth
hockey school moves its training to the ice palace of Rechnogorsk, 80 km away. Four Russian source
documents (D1 the regional emergencies directorate's investigation report, D2 the sports school
director's press conference transcript, D3 the regional sports ministry's order on emergency funding
and buses, D4 a hockey parents' chat post, the near-miss document) and 48 English / French
quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document from
01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind31_build.py

writes quote_blind31.tsv, quote_blind31_labels.tsv, quote_blind31_sources.ru.txt and
quote_blind31_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind31"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Заключение комиссии Главного управления МЧС России по Ладогорской области по результатам "
           "расследования аварии на ледовой арене «Кристалл», 27 ноября 2026 года", [
        ["Четырнадцатого ноября 2026 года в 9 часов 42 минуты в машинном отделении холодильной установки "
         "ледовой арены «Кристалл» в Ладогорске произошла утечка аммиака.",
         "В момент аварии в здании находились сто двенадцать человек, в том числе шестьдесят четыре ребёнка "
         "из спортивной школы по хоккею «Ладога».",
         "Эвакуация была завершена за одиннадцать минут, до прибытия пожарных подразделений."],
        ["Комиссия установила, что причиной утечки стала разгерметизация фланцевого соединения на линии "
         "жидкого аммиака.",
         "Уплотнительную прокладку этого соединения не меняли с 2014 года, хотя по регламенту её следовало "
         "заменять не реже одного раза в пять лет.",
         "По расчётам комиссии, из системы вытекло около сорока килограммов аммиака при общей заправке в "
         "тысячу двести килограммов.",
         "Холодильная установка арены введена в эксплуатацию в 1987 году и с тех пор ни разу не проходила "
         "полной реконструкции."],
        ["Датчик загазованности в машинном отделении не работал с начала сентября.",
         "Заявка на его замену была направлена подрядчику, обслуживающему установку, ООО «Холодтехсервис», "
         "однако к моменту аварии датчик так и не заменили.",
         "Из-за неисправного датчика не включилась аварийная вентиляция, и машинист холодильной установки "
         "обнаружил утечку по запаху.",
         "Он вручную перекрыл запорную арматуру и получил отравление средней тяжести."],
        ["Медицинская помощь была оказана двадцати трём пострадавшим.",
         "Девять человек, из них пятеро детей, госпитализированы в городскую больницу Ладогорска.",
         "Остальные четырнадцать пострадавших получили помощь на месте и от госпитализации отказались.",
         "По состоянию на двадцать шестое ноября все дети выписаны, в больнице остаётся только машинист "
         "холодильной установки.",
         "Угрозы его жизни нет."],
        ["Комиссия отмечает, что персонал арены действовал в целом грамотно.",
         "Вместе с тем план ликвидации аварийных ситуаций не пересматривался с 2019 года, а последние учения "
         "по эвакуации проводились более двух лет назад.",
         "Двое из четырёх сотрудников дежурной смены не прошли обязательную проверку знаний требований "
         "промышленной безопасности."],
        ["По ходатайству Главного управления суд приостановил деятельность ледовой арены на девяносто суток.",
         "Возобновление работы возможно только после замены всех уплотнений, ремонта датчиков и повторной "
         "экспертизы промышленной безопасности.",
         "Комиссия рекомендует собственнику арены рассмотреть переход на холодильную установку с безопасным "
         "хладагентом."],
        ["Материалы расследования направлены в прокуратуру Ладогорской области для правовой оценки действий "
         "должностных лиц.",
         "Председатель комиссии — заместитель начальника Главного управления Андрей Крылов."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора спортивной школы по хоккею «Ладога» Олега Савельева, "
           "20 ноября 2026 года", [
        ["Олег Савельев: Добрый день, спасибо, что пришли.",
         "Начну с главного: все пятеро наших ребят, которые попали в больницу, уже дома и чувствуют себя "
         "нормально.",
         "Двое наших тренеров тоже выписаны и на следующей неделе выйдут на работу.",
         "Я благодарю тренеров, которые в первые же минуты вывели детей на улицу, не дожидаясь сигнала "
         "тревоги."],
        ["Вопрос (газета «Ладогорские вести»): Где теперь будут тренироваться дети?"],
        ["Олег Савельев: С первого декабря мы переезжаем в ледовый дворец Речногорска, это восемьдесят "
         "километров от нас.",
         "Речногорск готов дать нам двадцать восемь часов ледового времени в неделю.",
         "Дома у нас было шестьдесят два часа, так что льда станет вдвое с лишним меньше.",
         "Поэтому каждая команда будет выходить на лёд три раза в неделю вместо пяти."],
        ["Вопрос (телеканал «Ладога-24»): Все ли команды поедут в Речногорск?"],
        ["Олег Савельев: Нет, не все.",
         "В школе занимаются триста десять детей в четырнадцати командах.",
         "Ездить будут десять старших команд, это ребята от девяти до семнадцати лет.",
         "Четыре младшие группы, около девяноста малышей, пока будут заниматься общей физической подготовкой "
         "в нашем спортзале.",
         "Возить шестилетних детей за восемьдесят километров три раза в неделю я считаю неправильным."],
        ["Вопрос (газета «Ладогорские вести»): Кто платит за автобусы и аренду льда?"],
        ["Олег Савельев: Министерство спорта области обещало выделить деньги из своего резерва, и приказ "
         "должен выйти на этой неделе.",
         "Родители за дорогу платить не будут, это я могу обещать твёрдо.",
         "Автобусы будут отправляться от арены «Кристалл», время выезда тренеры сообщат каждой команде."],
        ["Вопрос (информационное агентство «Север-Пресс»): Когда снова откроется арена?"],
        ["Олег Савельев: Это вопрос не ко мне, арена принадлежит городу.",
         "По моим сведениям, одним ремонтом датчиков и прокладок дело не обойдётся, и городу придётся менять "
         "всю холодильную установку.",
         "Если это так, то раньше осени следующего года лёд в «Кристалле» вряд ли появится.",
         "Но мы не собираемся сидеть сложа руки и ждать.",
         "Ни один ребёнок не должен бросить хоккей из-за этой аварии."],
        ["Вопрос (телеканал «Ладога-24»): Кто, по-вашему, виноват в аварии?"],
        ["Олег Савельев: Это установят прокуратура и комиссия МЧС, и забегать вперёд я не буду."],
    ]),
    ("D3", "Приказ министерства физической культуры и спорта Ладогорской области № 318 от 24 ноября "
           "2026 года об экстренных мерах по обеспечению тренировочного процесса спортивной школы по хоккею "
           "«Ладога»", [
        ["В связи с приостановкой деятельности ледовой арены «Кристалл» в Ладогорске после аварии "
         "четырнадцатого ноября и в целях сохранения тренировочного процесса спортивной школы по хоккею "
         "«Ладога» министерство приказывает следующее."],
        ["Выделить спортивной школе «Ладога» из резервного фонда министерства восемнадцать миллионов "
         "четыреста тысяч рублей на период с первого декабря 2026 года по тридцать первое марта 2027 года.",
         "Из этой суммы одиннадцать миллионов двести тысяч рублей направить на аренду ледового времени в "
         "ледовом дворце Речногорска, а семь миллионов двести тысяч рублей — на перевозку спортсменов."],
        ["Организовать ежедневную перевозку спортсменов и тренеров из Ладогорска в Речногорск и обратно "
         "четырьмя автобусами.",
         "Проезд для спортсменов и тренеров бесплатный, в каждом автобусе предусматриваются два места для "
         "сопровождающих из числа родителей.",
         "Перевозку детей осуществлять только в сопровождении медицинского работника и при стаже водителя "
         "не менее трёх лет.",
         "Выезд автобусов в тёмное время суток допускается только по согласованию с Госавтоинспекцией."],
        ["Рекомендовать администрации города Ладогорска до пятнадцатого декабря 2026 года представить в "
         "министерство смету на восстановление холодильной установки арены «Кристалл».",
         "Рассмотреть возможность софинансирования ремонта в 2027 году за счёт областной программы развития "
         "спортивной инфраструктуры.",
         "Вопрос о переводе арены на безаммиачную холодильную установку рассмотреть после получения "
         "заключения экспертизы промышленной безопасности."],
        ["Спортивной школе «Ладога» сохранить за тренерами заработную плату в полном объёме на весь период "
         "работы в Речногорске.",
         "Компенсировать тренерам расходы на питание в дни выездных тренировок из расчёта четырёхсот рублей "
         "в день.",
         "За спортсменами младших групп, занимающимися в Ладогорске, сохранить места в школе без повторного "
         "отбора."],
        ["Отделу спортивных сооружений министерства до первого февраля 2027 года проверить состояние "
         "холодильного оборудования на всех крытых катках области.",
         "По данным министерства, аммиачные холодильные установки до сих пор используются на трёх из семи "
         "крытых катков области."],
        ["Контроль за исполнением настоящего приказа возложить на заместителя министра Константина Лаптева.",
         "Приказ вступает в силу со дня подписания.",
         "Министр физической культуры и спорта Ладогорской области Тамара Ведерникова."],
    ]),
    ("D4", "Пост Светланы Ореховой в родительском чате команды 2015 года рождения спортивной школы "
           "«Ладога», 23 ноября 2026 года", [
        ["Дорогие родители, пишу всем сразу, потому что в чате уже который день одни слухи.",
         "Я была на арене четырнадцатого, мой Дима как раз выходил на лёд, когда все побежали к выходу.",
         "До сих пор не могу вспоминать этот запах без дрожи."],
        ["Говорят, вытекла чуть ли не тонна аммиака.",
         "В больницу увезли почти двадцать человек, и половина из них дети.",
         "Датчики там, как выяснилось, не работали годами, и никому до этого не было дела."],
        ["Теперь про тренировки.",
         "Возить детей будут в Речногорск, а это больше ста километров, считай, за тридевять земель.",
         "Лёд там дают всего два раза в неделю, так что о нормальной подготовке можно забыть.",
         "Автобусы вроде бы обещают бесплатные, но пока никто ничего не подписал."],
        ["Арену, по слухам, закрыли минимум на год, а может, и насовсем.",
         "Малышей из младших групп вообще оставили без льда, и их, скорее всего, просто отчислят.",
         "Тренерам, как я слышала, за поездки ничего доплачивать не будут."],
        ["Я не хочу никого обвинять раньше времени.",
         "Но когда директор школы говорит, что всё под контролем, мне хочется спросить, где был этот "
         "контроль в сентябре.",
         "Дети уже неделю сидят без льда, а взрослые всё выясняют, кто за что отвечает."],
        ["Предлагаю собраться в субботу в шесть вечера в холле школы и написать общее письмо в министерство.",
         "Нужно, чтобы в Речногорск с каждой командой ездил хотя бы один родитель.",
         "Кто может в будние дни, напишите мне в личные сообщения.",
         "И, пожалуйста, не пересылайте непроверенные новости, паники и так хватает.",
         "Берегите детей."],
    ]),
]

# 15 unrelated sentences in the same registers (an emergencies report, a sports press conference, a
# ministry order, a parents' chat, local sports news); they are in no document.
UNRELATED = [
    "Пожарные расчёты прибыли к складу через семь минут после сообщения о задымлении.",
    "Причиной возгорания, по предварительным данным, стало короткое замыкание в электрощите.",
    "Комиссия рекомендует владельцу склада установить автоматическую систему пожаротушения.",
    "Вопрос (радио «Волна»): Как вы оцениваете прошедший сезон?",
    "Тренер: Сезон получился ровным, но без прорыва.",
    "Наши девушки впервые вышли в финал первенства области по волейболу.",
    "Утвердить положение о проведении областного турнира по мини-футболу среди школьников.",
    "Финансирование турнира осуществляется за счёт средств областного бюджета.",
    "Признать утратившим силу приказ министерства от двенадцатого марта 2024 года.",
    "Девочки, кто забыл в раздевалке синюю шапку с помпоном, она у меня.",
    "Напоминаю, что взнос за новогодний турнир нужно сдать до пятницы.",
    "Кто едет на сборы в январе, скиньте размеры формы.",
    "В городском бассейне с понедельника меняется расписание для взрослых групп.",
    "Лыжную трассу в парке откроют, как только выпадет достаточно снега.",
    "Спасатели напоминают, что выходить на тонкий лёд водоёмов опасно.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_03"],
     "The building was evacuated in eleven minutes, before the fire crews arrived.",
     "L'évacuation a été bouclée en 11 minutes, avant l'arrivée des pompiers.",
     "faithful; active/passive swapped in en (Эвакуация была завершена = the building was evacuated); "
     "одиннадцать = eleven / 11; пожарных подразделений = the fire crews / les pompiers", None),
    ("q02", S, F, "", ["d1_05"],
     "The gasket on that joint had not been changed since 2014, although the rules required it to be "
     "replaced at least once every five years.",
     "Le joint d'étanchéité de ce raccord n'avait pas été changé depuis 2014, alors que le règlement "
     "prévoyait son remplacement au moins une fois tous les cinq ans.",
     "faithful; impersonal не меняли turned passive; не реже одного раза в пять лет = at least once every "
     "five years / au moins une fois tous les cinq ans", None),
    ("q03", S, F, "", ["d1_10"],
     "Because the detector was faulty, the emergency ventilation never switched on, and it was by the "
     "smell that the refrigeration plant operator discovered the leak.",
     "Le détecteur étant défectueux, la ventilation de secours ne s'est pas déclenchée, et c'est à "
     "l'odeur que le machiniste de l'installation frigorifique a repéré la fuite.",
     "faithful; Из-за неисправного датчика = because the detector was faulty / le détecteur étant "
     "défectueux; по запаху moved into a cleft (it was by the smell that / c'est à l'odeur que); "
     "не включилась = never switched on / ne s'est pas déclenchée", None),
    ("q04", S, F, "", ["d1_13"],
     "Nine people, five of them children, were taken into Ladogorsk city hospital.",
     "Neuf personnes, dont cinq enfants, ont été hospitalisées à l'hôpital municipal de Ladogorsk.",
     "faithful; пятеро детей = five children / cinq enfants; больницу Ладогорска (genitive) = Ladogorsk "
     "city hospital; near-miss d4_05 says almost twenty people, half of them children", None),
    ("q05", S, F, "", ["d1_20"],
     "The rink's operations were suspended for 90 days by a court at the directorate's request.",
     "À la demande de la direction régionale, le tribunal a suspendu l'activité de la patinoire pour "
     "quatre-vingt-dix jours.",
     "faithful; active turned passive in en, clauses reordered; девяносто суток = 90 days / quatre-vingt-"
     "dix jours; Главного управления = the directorate / la direction régionale; near-miss d4_11 says "
     "closed for at least a year", None),
    ("q06", S, F, "", ["d2_06"],
     "From December 1 we are moving to the ice palace in Rechnogorsk, which is 80 kilometres from here.",
     "À partir du 1er décembre, nous déménageons au palais de glace de Rechnogorsk, à quatre-vingts "
     "kilomètres d'ici.",
     "faithful; speaker label dropped; С первого декабря = from December 1 / à partir du 1er décembre; "
     "восемьдесят = 80 / quatre-vingts; Речногорска (genitive) = Rechnogorsk; near-miss d4_08 says more "
     "than a hundred kilometres", None),
    ("q07", S, F, "", ["d2_15"],
     "In my view it's wrong to drive six-year-olds eighty kilometres three times a week.",
     "Faire parcourir quatre-vingts kilomètres à des enfants de six ans trois fois par semaine, ce n'est "
     "pas bien, à mon avis.",
     "faithful; я считаю неправильным = in my view it's wrong / ce n'est pas bien, à mon avis; clauses "
     "reordered", None),
    ("q08", S, F, "", ["d2_27"],
     "The prosecutor's office and the emergencies ministry's commission will establish that, and I'm not "
     "going to jump the gun.",
     "Le parquet et la commission des Situations d'urgence l'établiront, et je ne vais pas brûler les "
     "étapes.",
     "faithful; speaker label dropped; забегать вперёд я не буду (idiom) = I'm not going to jump the gun "
     "/ je ne vais pas brûler les étapes; МЧС = the emergencies ministry / les Situations d'urgence", None),
    ("q09", S, F, "", ["d3_13"],
     "Players in the younger groups who train in Ladogorsk are to keep their places at the school without "
     "a new selection.",
     "Les joueurs des groupes les plus jeunes, qui s'entraînent à Ladogorsk, gardent leur place à l'école "
     "sans nouvelle sélection.",
     "faithful; the order's infinitive (сохранить) = are to keep / gardent; без повторного отбора = "
     "without a new selection / sans nouvelle sélection; near-miss d4_12 says the little ones will most "
     "likely be expelled", None),
    ("q10", S, F, "", ["d4_04"],
     "They say practically a tonne of ammonia leaked out.",
     "Il paraît qu'il s'est échappé près d'une tonne d'ammoniac.",
     "faithful rendering of the near-miss sentence d4_04 (D1 d1_06 says about forty kilograms of twelve "
     "hundred); говорят = they say / il paraît; чуть ли не = practically / près de", None),
    ("q11", S, F, "", ["d4_09"],
     "They're only giving us the ice there twice a week, so forget about proper training.",
     "Là-bas, on n'a la glace que deux fois par semaine, alors une préparation normale, on peut oublier.",
     "faithful rendering of the near-miss sentence d4_09 (D2 d2_09 says three times a week instead of "
     "five); всего = only / ne ... que; можно забыть = forget about / on peut oublier", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d4_07", "d4_08"],
     "Now, about training. They'll be taking the kids to Rechnogorsk, which is more than a hundred "
     "kilometres away, miles from anywhere, basically.",
     "Maintenant, les entraînements. Les enfants seront emmenés à Rechnogorsk, à plus de cent kilomètres, "
     "autant dire à perpète.",
     "faithful rendering of D4's own sentence d4_07 and the near-miss sentence d4_08 (D2 d2_06 says "
     "eighty kilometres); за тридевять земель (idiom) = miles from anywhere / à perpète; считай = "
     "basically / autant dire; contains the term of q42", None),
    ("q13", L, F, "", ["d2_02", "d2_03"],
     "Let me start with the most important thing: all five of our kids who ended up in hospital are home "
     "now and feeling fine. Two of our coaches have also been discharged and will be back at work next "
     "week.",
     "Je commence par l'essentiel : nos cinq enfants qui avaient été hospitalisés sont tous rentrés chez "
     "eux et vont bien. Deux de nos entraîneurs sont eux aussi sortis de l'hôpital et reprendront le "
     "travail la semaine prochaine.",
     "faithful; все пятеро = all five / nos cinq ... tous; попали в больницу = ended up in hospital / "
     "avaient été hospitalisés; near-miss d4_05 says almost twenty in hospital", None),
    ("q14", L, F, "", ["d1_22", "d1_23"],
     "The commission recommends that the rink's owner consider switching to a refrigeration plant that "
     "uses a safe refrigerant. The findings of the investigation have been forwarded to the Ladogorsk "
     "regional prosecutor's office for a legal assessment of the conduct of officials.",
     "La commission recommande au propriétaire de la patinoire d'envisager le passage à une installation "
     "frigorifique utilisant un fluide frigorigène sans danger. Le dossier de l'enquête a été transmis au "
     "parquet de la région de Ladogorsk pour une évaluation juridique des actes des responsables.",
     "faithful; spans a paragraph break (d1_22 | d1_23); Ладогорской области = the Ladogorsk region / la "
     "région de Ladogorsk", None),
    ("q15", L, F, "", ["d3_11", "d3_12"],
     "The Ladoga sports school is to keep paying its coaches in full for the entire period they work in "
     "Rechnogorsk. Their meal costs on away training days are to be reimbursed at a rate of 400 roubles a "
     "day.",
     "L'école sportive Ladoga maintiendra l'intégralité du salaire des entraîneurs pendant toute la "
     "période de travail à Rechnogorsk. Leurs frais de repas les jours d'entraînement à l'extérieur seront "
     "remboursés à raison de quatre cents roubles par jour.",
     "faithful; the order's infinitives (сохранить, компенсировать) = is to / are to, future in fr; "
     "четырёхсот = 400 / quatre cents; near-miss d4_13 says the coaches get nothing extra", None),
    ("q16", L, F, "", ["d4_14", "d4_15"],
     "I don't want to blame anyone before it's time. But when the school's director says everything is "
     "under control, I feel like asking where that control was in September.",
     "Je ne veux accuser personne trop tôt. Mais quand le directeur de l'école affirme que tout est sous "
     "contrôle, j'ai envie de demander où était ce contrôle en septembre.",
     "faithful; D4's own sentences; никого не = anyone / personne; раньше времени = before it's time / "
     "trop tôt", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_06", "d1_07", "d1_08"],
     "By the commission's calculations, about 40 kg of ammonia escaped from a system holding 1,200 kg in "
     "total. The rink's refrigeration plant was commissioned in 1987 and has not once been fully rebuilt "
     "since. The gas detector in the machine room had been out of order since the beginning of September.",
     "Selon les calculs de la commission, quelque quarante kilos d'ammoniac se sont échappés d'un circuit "
     "qui en contenait 1,2 tonne au total. L'installation frigorifique de la patinoire a été mise en "
     "service en 1987 et n'a jamais été entièrement reconstruite depuis. Le détecteur de gaz de la salle "
     "des machines était hors service depuis début septembre.",
     "faithful; spans a paragraph break (d1_06, d1_07 | d1_08); около сорока килограммов = about 40 kg / "
     "quelque quarante kilos; тысячу двести килограммов = 1,200 kg / 1,2 tonne (unit converted); ни разу "
     "не = not once / jamais; не работал = out of order / hors service; near-miss d4_04 says nearly a "
     "tonne and d4_06 says the sensors had not worked for years; contains the term of q38", None),
    ("q18", L, F, "", ["d3_02", "d3_03", "d3_04"],
     "The Ladoga sports school is to receive 18.4 million roubles from the ministry's reserve fund for the "
     "period from 1 December 2026 to 31 March 2027. Of that sum, 11.2 million roubles will go on renting "
     "ice time at the Rechnogorsk ice palace and 7.2 million on transporting the players. Players and "
     "coaches are to be taken from Ladogorsk to Rechnogorsk and back every day by four buses.",
     "L'école sportive Ladoga recevra dix-huit millions quatre cent mille roubles du fonds de réserve du "
     "ministère pour la période du 1er décembre 2026 au 31 mars 2027. Sur cette somme, onze millions deux "
     "cent mille roubles serviront à louer du temps de glace au palais de glace de Rechnogorsk et sept "
     "millions deux cent mille au transport des sportifs. Quatre autocars assureront chaque jour le trajet "
     "aller-retour des joueurs et des entraîneurs entre Ladogorsk et Rechnogorsk.",
     "faithful; spans a paragraph break (d3_02, d3_03 | d3_04); the order's infinitives (выделить, "
     "направить, организовать) rendered as is to / will, future in fr; восемнадцать миллионов четыреста "
     "тысяч = 18.4 million / dix-huit millions quatre cent mille; passive/active swapped in sentence 3; "
     "contains the term of q41", None),
    ("q19", L, F, "", ["d3_08", "d3_09", "d3_10"],
     "The Ladogorsk city administration is advised to submit to the ministry, by December 15, 2026, a cost "
     "estimate for restoring the refrigeration plant at the Kristall rink. The possibility of co-funding "
     "the repairs in 2027 from the regional programme for developing sports infrastructure is to be "
     "examined. The question of converting the rink to an ammonia-free refrigeration plant will be "
     "considered once the industrial safety review's findings are in.",
     "Il est recommandé à l'administration de la ville de Ladogorsk de remettre au ministère, d'ici au "
     "quinze décembre 2026, un devis pour la remise en état de l'installation frigorifique de la patinoire "
     "Kristall. La possibilité de cofinancer les travaux en 2027 grâce au programme régional de "
     "développement des infrastructures sportives sera étudiée. La conversion de la patinoire à une "
     "installation frigorifique sans ammoniac sera examinée après réception des conclusions de l'expertise "
     "de sécurité industrielle.",
     "faithful; Рекомендовать администрации = is advised / il est recommandé; до пятнадцатого декабря = by "
     "December 15 / d'ici au quinze décembre; «Кристалл» = Kristall; безаммиачную = ammonia-free / sans "
     "ammoniac", None),
    ("q20", L, F, "", ["d2_07", "d2_08", "d2_09"],
     "Rechnogorsk is prepared to give us twenty-eight hours of ice time a week. At home we had sixty-two, "
     "so we'll have less than half the ice. That's why each team will be going on the ice three times a "
     "week instead of five.",
     "Rechnogorsk est prêt à nous accorder 28 heures de temps de glace par semaine. Chez nous, nous en "
     "avions 62, donc nous aurons plus de deux fois moins de glace. C'est pourquoi chaque équipe ira sur "
     "la glace trois fois par semaine au lieu de cinq.",
     "faithful; numbers as words in en, digits in fr; вдвое с лишним меньше = less than half / plus de "
     "deux fois moins; near-miss d4_09 says twice a week; contains the term of q39", None),
    ("q21", L, F, "", ["d1_12", "d1_14", "d1_15", "d1_16"],
     "Medical assistance was given to twenty-three casualties. (…) The other fourteen were treated at the "
     "scene and declined to go to hospital. As of November 26, all the children had been discharged, and "
     "only the refrigeration plant operator remains in hospital. His life is not in danger.",
     "Vingt-trois victimes ont reçu des soins médicaux. (…) Les quatorze autres ont été prises en charge "
     "sur place et ont refusé l'hospitalisation. Au 26 novembre, tous les enfants étaient sortis de "
     "l'hôpital ; seul le machiniste de l'installation frigorifique y reste. Ses jours ne sont pas en "
     "danger.",
     "faithful; ellipsis (…) skips d1_13 (the nine hospitalised); passive turned active in fr sentence 1; "
     "Угрозы его жизни нет = his life is not in danger / ses jours ne sont pas en danger (idiom); "
     "двадцать шестое ноября = November 26 / 26 novembre", None),
    ("q22", L, F, "", ["d2_22", "d2_23", "d2_25"],
     "From what I know, fixing the sensors and gaskets alone won't do it, and the city will have to "
     "replace the entire refrigeration plant. If that's the case, there is unlikely to be ice at Kristall "
     "before next autumn. […] Not one child should quit hockey because of this accident.",
     "D'après mes informations, il ne suffira pas de réparer les capteurs et les joints, et la ville devra "
     "remplacer toute l'installation frigorifique. Si c'est le cas, il y a peu de chances que la glace "
     "revienne au Kristall avant l'automne prochain. […] Aucun enfant ne doit abandonner le hockey à cause "
     "de cet accident.",
     "faithful; ellipsis […] skips d2_24 (the term sentence of q40); hedges kept (По моим сведениям = "
     "from what I know / d'après mes informations; Если это так = if that's the case / si c'est le cas; "
     "вряд ли = unlikely / peu de chances); Ни один ребёнок = not one child / aucun enfant", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_02"],
     "At the time of the accident there were 112 people in the building, including 46 children from the "
     "Ladoga hockey school.",
     "Au moment de l'accident, cent douze personnes se trouvaient dans le bâtiment, dont quarante-six "
     "enfants de l'école de hockey Ladoga.",
     "drifted (numbers): шестьдесят четыре ребёнка (64 children) → 46 / quarante-six; 112 kept; the rest "
     "faithful", None),
    ("q24", S, D, "names", ["d3_16"],
     "Responsibility for overseeing the implementation of this order is assigned to Deputy Minister "
     "Konstantin Lapshin.",
     "Le contrôle de l'exécution du présent arrêté est confié au vice-ministre Konstantin Lapchine.",
     "drifted (names): surname Лаптев (Laptev) → Lapshin / Lapchine; first name Konstantin kept", None),
    ("q25", S, D, "negation", ["d2_04"],
     "I want to thank the coaches who, in the very first minutes, took the children outside as soon as "
     "the alarm went off.",
     "Je remercie les entraîneurs qui, dès les premières minutes, ont fait sortir les enfants aussitôt "
     "l'alarme déclenchée.",
     "drifted (negation reversal): не дожидаясь сигнала тревоги (without waiting for the alarm) → as "
     "soon as the alarm went off / aussitôt l'alarme déclenchée; the rest faithful", None),
    ("q26", S, D, "hedge", ["d1_19"],
     "Two of the four members of the duty shift had apparently not passed the mandatory test of their "
     "knowledge of industrial safety requirements.",
     "Deux des quatre employés de l'équipe de service n'avaient apparemment pas réussi l'examen "
     "obligatoire sur les exigences de sécurité industrielle.",
     "drifted (hedge added): the report states it as fact (не прошли) → apparently / apparemment", None),
    ("q27", S, D, "hedge", ["d1_17"],
     "The commission notes that the rink's staff acted competently.",
     "La commission relève que le personnel de la patinoire a agi avec compétence.",
     "drifted (hedge dropped): в целом грамотно (on the whole competently) → competently / avec "
     "compétence; the qualifier в целом is lost", None),
    ("q28", S, D, "quantifier", ["d3_14"],
     "By February 1, 2027, the ministry's sports facilities department is to inspect the refrigeration "
     "equipment at most of the region's indoor rinks.",
     "D'ici au 1er février 2027, le service des équipements sportifs du ministère devra contrôler l'état "
     "des équipements frigorifiques de la plupart des patinoires couvertes de la région.",
     "drifted (quantifier): на всех крытых катках области (at all the region's indoor rinks) → at most of "
     "/ la plupart des; the rest faithful", None),
    ("q29", S, D, "omission", ["d3_06"],
     "Children are to be transported only when accompanied by a medical worker.",
     "Le transport des enfants ne peut se faire qu'en présence d'un personnel médical.",
     "drifted (omission of a restriction): the second condition «и при стаже водителя не менее трёх лет» "
     "(and only with a driver of at least three years' experience) is dropped", None),
    ("q30", S, D, "addition", ["d1_21"],
     "Operations can resume only after all the seals have been replaced, the sensors repaired, the shift "
     "staff retrained and a fresh industrial safety review carried out.",
     "La reprise de l'activité ne sera possible qu'après le remplacement de tous les joints, la réparation "
     "des capteurs, une nouvelle formation du personnel d'exploitation et une nouvelle expertise de "
     "sécurité industrielle.",
     "drifted (addition of a list item): \"the shift staff retrained\" / \"une nouvelle formation du "
     "personnel d'exploitation\" added to the three conditions of d1_21", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_12", "d2_13", "d2_14"],
     "The school has 310 children in fourteen teams. The ten older teams will be making the trip, kids "
     "aged eleven to seventeen. The four youngest groups, about ninety little ones, will do general "
     "fitness training in our gym for now.",
     "L'école compte trois cent dix enfants répartis en 14 équipes. Ce sont les dix équipes les plus âgées "
     "qui feront le déplacement, des jeunes de onze à dix-sept ans. Les quatre groupes les plus jeunes, "
     "environ quatre-vingt-dix petits, feront pour l'instant de la préparation physique générale dans "
     "notre gymnase.",
     "drifted (numbers) in sentence 2: от девяти до семнадцати лет (aged nine to seventeen) → eleven to "
     "seventeen / onze à dix-sept ans; sentences 1 and 3 faithful (310, fourteen, ten, four and about "
     "ninety kept)", None),
    ("q32", L, D, "hedge", ["d4_10", "d4_11", "d4_12"],
     "They're supposedly promising free buses, but nobody has signed anything yet. The rink has been "
     "closed for at least a year, maybe even for good. The little ones in the younger groups have been "
     "left with no ice at all, and they'll most likely just be dropped from the school.",
     "On nous promet, paraît-il, des autocars gratuits, mais pour l'instant personne n'a rien signé. La "
     "patinoire a été fermée pour au moins un an, voire définitivement. Les petits des groupes plus jeunes "
     "se retrouvent carrément sans glace, et ils seront très probablement tout simplement exclus de "
     "l'école.",
     "drifted (hedge dropped) in sentence 2: по слухам (reportedly, by rumour) is lost, so the year-long "
     "closure reads as fact; the hedges of sentences 1 and 3 are kept (вроде бы = supposedly / paraît-il; "
     "скорее всего = most likely / très probablement); spans a paragraph break (d4_10 | d4_11, d4_12)",
     None),
    ("q33", L, D, "omission", ["d2_17", "d2_18", "d2_19"],
     "The regional sports ministry has promised to allocate money from its reserves. Parents won't be "
     "paying for the travel, that much I can firmly promise. The buses will leave from the Kristall rink, "
     "and the coaches will tell each team its departure time.",
     "Le ministère régional des Sports a promis de débloquer de l'argent sur ses réserves. Les parents ne "
     "paieront pas le transport, ça, je peux le promettre fermement. Les autocars partiront de la "
     "patinoire Kristall, et les entraîneurs communiqueront l'heure de départ à chaque équipe.",
     "drifted (omission of a clause) in sentence 1: «и приказ должен выйти на этой неделе» (and the order "
     "should come out this week) dropped; sentences 2 and 3 faithful; near-miss d4_10 says the free buses "
     "are only rumoured", None),
    # partial
    ("q34", L, P, "", ["d1_04"],
     "The commission found that the leak was caused by a flange joint on the liquid ammonia line losing "
     "its seal. The joint had been rewelded by an uncertified contractor only a month before the accident.",
     "La commission a établi que la fuite était due à la perte d'étanchéité d'un raccord à brides sur la "
     "conduite d'ammoniac liquide. Ce raccord avait été ressoudé par un sous-traitant non agréé un mois "
     "seulement avant l'accident.",
     "partial: the second sentence (a rewelding by an uncertified contractor a month earlier) is in no "
     "source; d1_05 says the gasket had not been changed since 2014; the first is faithful to d1_04",
     None),
    ("q35", L, P, "", ["d3_15"],
     "The ministry has also set aside 30 million roubles to modernise rink refrigeration next year. "
     "According to the ministry, ammonia refrigeration plants are still in use at three of the region's "
     "seven indoor rinks.",
     "Le ministère a également prévu trente millions de roubles pour moderniser la réfrigération des "
     "patinoires l'an prochain. Selon le ministère, des installations frigorifiques à l'ammoniac sont "
     "encore utilisées dans trois des sept patinoires couvertes de la région.",
     "partial: the first sentence (30 million roubles for modernising rink refrigeration) is in no "
     "source; the order funds only the school (d3_02) and an inspection (d3_14); the second is faithful "
     "to d3_15", None),
    ("q36", L, P, "", ["d2_21"],
     "That's not a question for me; the rink belongs to the city. The mayor has personally assured me "
     "that it will reopen in March.",
     "Ce n'est pas à moi qu'il faut poser la question, la patinoire appartient à la ville. Le maire m'a "
     "personnellement assuré qu'elle rouvrirait en mars.",
     "partial: the last sentence (the mayor promised a reopening in March) is in no source; the real next "
     "sentence, d2_22, says the whole plant must be replaced and d2_23 that ice is unlikely before "
     "autumn; the first is faithful to d2_21 (speaker label dropped)", None),
    # terms
    ("q37", TM, T, "", ["d1_01"], "refrigeration plant", "installation frigorifique",
     "term «холодильной установки» (genitive)", None),
    ("q38", TM, T, "", ["d1_08"], "gas detector", "détecteur de gaz",
     "term «Датчик загазованности» (nominative; literally gas-contamination sensor)", None),
    ("q39", TM, T, "", ["d2_07"], "ice time", "temps de glace",
     "term «ледового времени» (genitive)", None),
    ("q40", TM, T, "", ["d2_24"], "twiddle our thumbs", "les bras croisés",
     "term «сложа руки» (adverbial participle; literally with folded hands), idiom by idiom", None),
    ("q41", TM, T, "", ["d3_02"], "reserve fund", "fonds de réserve",
     "term «резервного фонда» (genitive)", None),
    ("q42", TM, T, "", ["d4_08"], "miles from anywhere", "à perpète",
     "term «за тридевять земель» (literally beyond thrice-nine lands), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "Two members of the shift who failed the safety test have been dismissed.",
     "Deux employés de l'équipe qui avaient échoué à l'examen de sécurité ont été licenciés.",
     "absent: no document says anyone was dismissed; resembles d1_19 and d1_23",
     "Двое сотрудников смены, не прошедших проверку знаний, уволены."),
    ("q44", S, A, "", [],
     "Rechnogorsk has offered the school six extra hours of ice on Sundays free of charge.",
     "Rechnogorsk a proposé à l'école six heures de glace supplémentaires le dimanche, gratuitement.",
     "absent: no free extra ice is mentioned; resembles d2_07 and d3_03",
     "Речногорск бесплатно предложил школе ещё шесть часов льда по воскресеньям."),
    ("q45", S, A, "", [],
     "Parents who drive their own children to Rechnogorsk will be reimbursed 1,500 roubles a month for "
     "fuel.",
     "Les parents qui conduisent eux-mêmes leurs enfants à Rechnogorsk se verront rembourser mille cinq "
     "cents roubles d'essence par mois.",
     "absent: the order compensates only the coaches' meals; resembles d3_12, d3_05 and d2_18",
     "Родителям, которые сами возят детей в Речногорск, будут компенсировать бензин в размере полутора "
     "тысяч рублей в месяц."),
    ("q46", S, A, "", [],
     "The emergencies directorate has fined Kholodtekhservis 300,000 roubles for failing to replace the "
     "faulty detector.",
     "La direction des Situations d'urgence a infligé à Kholodtekhservis une amende de trois cent mille "
     "roubles pour ne pas avoir remplacé le détecteur défectueux.",
     "absent: no fine is mentioned; resembles d1_09 and d1_23",
     "Главное управление МЧС оштрафовало ООО «Холодтехсервис» на триста тысяч рублей за то, что "
     "неисправный датчик не был заменён."),
    ("q47", S, A, "", [],
     "Savelyev said two families had already moved their children to a hockey school in another region.",
     "Selon Oleg Savéliev, deux familles auraient déjà transféré leurs enfants dans une école de hockey "
     "d'une autre région.",
     "absent: Savelyev says nothing of the kind; resembles d2_25 (French conditional for hearsay)",
     "Савельев сообщил, что две семьи уже перевели детей в хоккейную школу другого региона."),
    ("q48", L, A, "", [],
     "The city plans to build a new ice arena with a freon-based refrigeration plant by 2029. The project "
     "is estimated to cost 600 million roubles.",
     "La ville prévoit de construire d'ici 2029 une nouvelle patinoire équipée d'une installation "
     "frigorifique au fréon. Le coût du projet est estimé à six cents millions de roubles.",
     "absent (2 sentences): no new arena or cost is mentioned; resembles d1_22, d3_10 and d2_22",
     "Город намерен к 2029 году построить новую ледовую арену с фреоновой холодильной установкой. "
     "Стоимость проекта оценивается в шестьсот миллионов рублей."),
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
