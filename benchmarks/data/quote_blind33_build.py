"""Build the blind quotation set quote_blind33 from one table (standard library only).

Story: the Krechetov regional children's hospital suspends planned operations for a month after the
ventilation unit of its operating suite fails; 140 operations are postponed and 31 children are sent
to a hospital in the neighbouring Ilmensk region. Four Russian source documents (D1 the regional
health ministry's order, D2 the chief doctor's press conference transcript, D3 the sanitary
inspectorate's inspection report, D4 a parents' group post, the near-miss document) and 48 English /
French quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document
from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind33_build.py

writes quote_blind33.tsv, quote_blind33_labels.tsv, quote_blind33_sources.ru.txt and
quote_blind33_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind33"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства здравоохранения Кречетовской области от 21 октября 2026 года № 1184 "
           "«О временной приостановке плановой хирургической помощи в Кречетовской областной детской "
           "клинической больнице»", [
        ["Девятнадцатого октября 2026 года в операционном блоке государственного бюджетного учреждения "
         "здравоохранения «Кречетовская областная детская клиническая больница» (далее — больница) "
         "произошла аварийная остановка приточно-вытяжной установки, которая обеспечивает вентиляцию всех "
         "шести операционных.",
         "В целях обеспечения безопасности пациентов до устранения неисправности приказываю принять "
         "следующие меры."],
        ["Приостановить проведение плановых хирургических операций в больнице с 21 октября по 20 ноября "
         "2026 года включительно."],
        ["Главному врачу больницы Лапшину Вадиму Сергеевичу обеспечить перенос плановых операций на период "
         "после возобновления работы операционного блока с учётом медицинских показаний.",
         "Пациентов, операция которым не может быть отложена более чем на две недели без риска для "
         "здоровья, направлять в Ильменскую областную детскую клиническую больницу в соответствии с "
         "соглашением о взаимодействии между министерствами здравоохранения Кречетовской и Ильменской "
         "областей."],
        ["Экстренную и неотложную хирургическую помощь детям на период приостановки оказывать на базе "
         "Кречетовской городской детской больницы.",
         "Хирургов и анестезиологов больницы на этот период привлекать к работе в городской детской "
         "больнице по совместному графику дежурств."],
        ["Расходы на проезд пациентов и одного сопровождающего их родителя в Ильменск и обратно возмещать "
         "за счёт средств областного бюджета.",
         "Детей, нуждающихся в медицинском сопровождении, доставлять санитарным транспортом больницы."],
        ["Финансово-экономическому отделу министерства в течение пяти дней подготовить предложение о "
         "выделении больнице из резервного фонда Правительства Кречетовской области тридцати восьми "
         "миллионов рублей на приобретение и монтаж новой вентиляционной установки."],
        ["Главному врачу больницы в течение трёх рабочих дней письменно уведомить родителей всех "
         "пациентов, операции которых переносятся, о новых сроках или о направлении в другую медицинскую "
         "организацию.",
         "Сведения о каждом перенесённом вмешательстве вносить в лист ожидания с указанием степени "
         "срочности."],
        ["Ответы на вопросы родителей о переносе операций обеспечить через справочную службу министерства, "
         "которая работает по будням с девяти до восемнадцати часов."],
        ["Начальнику отдела организации медицинской помощи детям Сафоновой Елене Игоревне еженедельно "
         "докладывать о ходе работ по восстановлению вентиляции и о числе пациентов, направленных в "
         "Ильменск."],
        ["Возобновление плановых операций допускается только после получения положительного заключения "
         "Управления Роспотребнадзора по Кречетовской области по результатам лабораторных исследований "
         "воздуха.",
         "Срок приостановки может быть продлён отдельным приказом, если работы не будут завершены к "
         "20 ноября."],
        ["Контроль за исполнением настоящего приказа возложить на первого заместителя министра "
         "здравоохранения области Ветлугина Андрея Кузьмича."],
    ]),
    ("D2", "Стенограмма пресс-конференции главного врача Кречетовской областной детской клинической "
           "больницы Вадима Лапшина, 23 октября 2026 года", [
        ["Пресс-конференция прошла в зале заседаний министерства здравоохранения области, её вёл "
         "пресс-секретарь больницы Кирилл Дёмин."],
        ["— Добрый день, спасибо, что пришли.",
         "Девятнадцатого октября около одиннадцати часов утра, во время операции у девятилетнего мальчика, "
         "отключилась установка, которая обеспечивает вентиляцию всего операционного блока.",
         "Операция по удалению аппендикса уже заканчивалась, бригада спокойно довела её до конца, и сейчас "
         "ребёнок чувствует себя хорошо.",
         "Ни один пациент в результате аварии не пострадал."],
        ["По предварительным данным, сгорел электродвигатель приточного вентилятора, после чего автоматика "
         "полностью отключила систему.",
         "Установка работает с 2009 года, ей семнадцать лет, и её замена стояла в наших планах на "
         "следующий год.",
         "Старый агрегат можно отремонтировать, но никто не гарантирует, что он проработает долго, поэтому "
         "мы будем ставить новый."],
        ["Всего нам пришлось перенести 140 плановых операций.",
         "Тридцать одного ребёнка, которым нельзя ждать месяц, мы направляем в Ильменскую областную детскую "
         "больницу, восемь из них уже там.",
         "Остальные дети получат новые даты после того, как операционные снова заработают, и в первую "
         "очередь те, кто ждёт дольше всех."],
        ["— Почему детей отправляют в другой регион, а не в городскую больницу?"],
        ["— В городской детской больнице всего две операционные, и они нужны для экстренных случаев.",
         "Сейчас там вместе с нашими хирургами делают в среднем четыре-пять экстренных операций в сутки, и "
         "добавлять туда плановых пациентов было бы безответственно.",
         "К тому же в Ильменске сильная детская онкохирургия и кардиохирургия, мы с этой больницей давно "
         "работаем."],
        ["— Кто оплачивает дорогу семьям?"],
        ["— Проезд ребёнка и одного из родителей туда и обратно оплачивает область, а жильё для мамы или "
         "папы на месте предоставляет принимающая больница.",
         "Если кому-то из семей не позвонили или позвонили, но ничего толком не объяснили, пусть обращаются "
         "напрямую ко мне."],
        ["— Когда операционные заработают снова?"],
        ["— Новую установку российского производства обещают поставить в течение трёх недель, ещё около "
         "десяти дней уйдёт на монтаж и наладку.",
         "После этого санитарная служба возьмёт пробы воздуха, и оперировать мы начнём только при хороших "
         "результатах.",
         "Не исключаю, что возобновление придётся сдвинуть на конец ноября, но мы сделаем всё, чтобы "
         "уложиться в месяц."],
        ["— Виноват ли подрядчик, который обслуживал вентиляцию?"],
        ["— Я никого не буду обвинять, пока не закончена проверка.",
         "Договор на обслуживание с компанией «Климат-Сервис» действует с 2021 года, и серьёзных претензий "
         "к ней у нас до сих пор не было.",
         "Выводы сделаем, когда получим акт Роспотребнадзора."],
        ["— Напоследок хочу обратиться к родителям.",
         "Я понимаю, что для многих семей эта новость свалилась как снег на голову, и прошу у них прощения.",
         "Мы делаем всё, чтобы ни один ребёнок не пострадал из-за этой вынужденной паузы."],
    ]),
    ("D3", "Акт санитарно-эпидемиологического обследования системы вентиляции операционного блока "
           "Кречетовской областной детской клинической больницы, Управление Роспотребнадзора по "
           "Кречетовской области, 26 октября 2026 года", [
        ["Обследование проведено с 22 по 24 октября 2026 года главным специалистом-экспертом отдела надзора "
         "за медицинскими организациями Тимуром Галеевым в присутствии главного инженера больницы Павла "
         "Кротова.",
         "Представитель обслуживающей организации ООО «Климат-Сервис» на обследование не явился, хотя был "
         "уведомлён заранее."],
        ["Операционный блок расположен на третьем этаже хирургического корпуса и включает шесть "
         "операционных и две предоперационные.",
         "Вентиляцию всех помещений блока обеспечивает одна приточно-вытяжная установка 2009 года выпуска, "
         "резервная установка не предусмотрена.",
         "На момент обследования установка не работала в связи с выходом из строя электродвигателя "
         "приточного вентилятора."],
        ["Для оценки работы системы до аварии изучены журнал технического обслуживания и протоколы "
         "предыдущих замеров.",
         "Записи в журнале технического обслуживания установки отсутствуют с июня 2026 года.",
         "Фильтры тонкой очистки последний раз заменялись в марте 2025 года, тогда как по регламенту их "
         "следует менять не реже одного раза в шесть месяцев.",
         "По данным планового замера, проведённого в августе 2026 года, кратность воздухообмена в четырёх "
         "из шести операционных составляла от 11 до 14 в час при нормативе не менее 20."],
        ["Двадцать третьего октября во всех шести операционных были отобраны пробы воздуха и смывы с "
         "поверхностей.",
         "В воздухе двух операционных общее микробное число превышало допустимый уровень в полтора-два "
         "раза.",
         "Золотистый стафилококк и другие патогенные микроорганизмы ни в одной пробе не обнаружены.",
         "Смывы с поверхностей соответствуют гигиеническим требованиям."],
        ["По объяснению главного инженера, заявки на замену фильтров направлялись в «Климат-Сервис» "
         "дважды, в апреле и в июле 2026 года.",
         "Документов, подтверждающих выполнение этих заявок, не представлено.",
         "Главный врач сообщил, что замена установки была запланирована на 2027 год, однако средства на неё "
         "в бюджете больницы пока не предусмотрены."],
        ["Нарушения связаны как с износом оборудования, так и с ненадлежащим техническим обслуживанием "
         "системы вентиляции.",
         "Эксплуатация операционного блока до замены вентиляционного оборудования не допускается.",
         "Данных, указывающих на внутрибольничное инфицирование пациентов, прооперированных в октябре, не "
         "получено."],
        ["Больнице выдано предписание устранить выявленные нарушения до 20 ноября 2026 года.",
         "Работа операционного блока может быть возобновлена только после монтажа новой установки и "
         "повторных лабораторных исследований воздуха с удовлетворительными результатами.",
         "Материалы в отношении ООО «Климат-Сервис» направлены для решения вопроса о привлечении к "
         "административной ответственности."],
    ]),
    ("D4", "Пост Светланы Корнеевой в группе «Родители пациентов Кречетовской детской больницы» в "
           "социальной сети, 28 октября 2026 года", [
        ["Мамы и папы, кто ещё не в курсе: в областной детской больнице закрыли все операционные.",
         "Нашу операцию, которую мы ждали с весны, отменили за два дня до назначенной даты, просто позвонили "
         "и сказали ждать.",
         "Никто толком ничего не объясняет."],
        ["Говорят, отменили почти двести операций, и это только плановые.",
         "Половину детей отправляют в Ильменск, а это почти четыреста километров.",
         "Операционные закрыли минимум на два месяца, а там, как у нас водится, и до Нового года "
         "затянется."],
        ["Знакомая медсестра говорит, что вентиляцию не обслуживали уже несколько лет.",
         "Установке этой, по её словам, лет тридцать, она давно на ладан дышала.",
         "В акте проверки, как пишут, бактерии нашли во всех операционных.",
         "Подрядчика, говорят, уже оштрафовали на полмиллиона."],
        ["Моей дочке Варе шесть лет, у неё дисплазия тазобедренного сустава, и врачи с весны говорят, что с "
         "операцией тянуть нельзя.",
         "Нам предложили Ильменск, но у меня на руках ещё младший сын, и оставить его не с кем.",
         "Дорогу туда, насколько я знаю, родителям никто не оплачивает.",
         "Знаю, что некоторые семьи уже сами поехали в Ильменск и платят за гостиницу из своего кармана."],
        ["Министерство, как обычно, тянет резину: денег на новую вентиляцию до сих пор не выделили.",
         "Главврач на пресс-конференции, конечно, извинился, но извинениями ребёнка не вылечишь.",
         "Экстренных детей теперь возят в городскую больницу, где на весь город одна операционная."],
        ["Я ни на кого не хочу кричать.",
         "Я хочу понять, кто ответит за то, что дети месяцами стоят в очереди на операцию.",
         "Давайте соберём вопросы в комментариях, в пятницу я передам их в министерство на приёме у "
         "замминистра.",
         "Пишите, у кого какая ситуация, вместе мы чего-нибудь добьёмся."],
    ]),
]

# 15 unrelated sentences in the same registers (health news, a ministry order, a press conference,
# an inspection report, a parents' post); they are in no document.
UNRELATED = [
    "Министерство здравоохранения области напоминает о начале сезонной вакцинации против гриппа.",
    "Прививку можно бесплатно сделать в любой поликлинике по месту жительства.",
    "— Как вы оцениваете готовность районных больниц к зиме?",
    "— Котельные проверены, запас топлива создан на два месяца вперёд.",
    "Главному бухгалтеру представить отчёт о расходовании средств за третий квартал до десятого числа "
    "следующего месяца.",
    "Признать утратившим силу приказ министерства о графике работы аптечных пунктов.",
    "В ходе проверки школьной столовой отобраны пробы готовых блюд и питьевой воды.",
    "Нарушений температурного режима хранения продуктов не выявлено.",
    "Руководителю организации выдано предписание заменить разделочный инвентарь до конца месяца.",
    "Девочки, кто знает хорошего логопеда в Заречном районе, поделитесь контактами!",
    "Отдам детскую коляску в хорошем состоянии, самовывоз.",
    "В поликлинике на улице Садовой открылся новый кабинет ультразвуковой диагностики.",
    "Областной перинатальный центр получил новый аппарат для обследования слуха у новорождённых.",
    "Студенты медицинского колледжа провели для школьников урок по оказанию первой помощи.",
    "На следующей неделе в районе начнёт работу передвижной флюорографический кабинет.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_03"],
     "Planned surgery at the hospital is suspended from 21 October to 20 November 2026 inclusive.",
     "Les interventions chirurgicales programmées sont suspendues à l'hôpital du 21 octobre au 20 novembre "
     "2026 inclus.",
     "faithful; the order's infinitive (Приостановить) rendered as a passive present; near-miss d4_06 says "
     "at least two months", None),
    ("q02", S, F, "", ["d2_05"],
     "Not a single patient was harmed as a result of the breakdown.",
     "Aucun patient n'a pâti de cette panne.",
     "faithful; Ни один ... не пострадал = not a single patient / aucun patient; авария = breakdown / "
     "panne", None),
    ("q03", S, F, "", ["d2_07"],
     "The unit has been in service since 2009 – it is seventeen years old – and its replacement was in "
     "our plans for next year.",
     "L'installation tourne depuis 2009, elle a 17 ans, et son remplacement figurait dans nos projets "
     "pour l'an prochain.",
     "faithful; семнадцать = seventeen / 17; near-miss d4_08 says about thirty years", None),
    ("q04", S, F, "", ["d2_14"],
     "Together with our surgeons, they are currently doing four or five emergency operations a day there "
     "on average, and adding planned patients on top of that would be irresponsible.",
     "Avec nos chirurgiens, on y pratique actuellement quatre à cinq opérations d'urgence par jour en "
     "moyenne, et y ajouter des patients programmés serait irresponsable.",
     "faithful; impersonal делают = they are doing / on y pratique; clauses reordered; четыре-пять = four "
     "or five / quatre à cinq", None),
    ("q05", S, F, "", ["d3_19"],
     "No evidence was found of hospital-acquired infection in patients operated on in October.",
     "Aucune donnée ne permet de conclure à une infection nosocomiale chez les patients opérés en "
     "octobre.",
     "faithful; Данных ... не получено (no data obtained) = no evidence was found / aucune donnée; "
     "negation moved to the subject", None),
    ("q06", S, F, "", ["d3_12"],
     "None of the samples contained Staphylococcus aureus or any other pathogenic micro-organisms.",
     "Aucun échantillon ne contenait de staphylocoque doré ni d'autres micro-organismes pathogènes.",
     "faithful; ни в одной пробе не обнаружены (found in no sample) = none of the samples contained / "
     "aucun échantillon ne contenait, passive turned active; near-miss d4_09 says bacteria in all "
     "theatres", None),
    ("q07", S, F, "", ["d2_11"],
     "The other children will be given new dates once the operating theatres are back in service, "
     "starting with those who have been waiting longest.",
     "Les autres enfants recevront de nouvelles dates dès que les blocs fonctionneront de nouveau, en "
     "commençant par ceux qui attendent depuis le plus longtemps.",
     "faithful; в первую очередь те = starting with those / en commençant par ceux", None),
    ("q08", S, F, "", ["d4_08"],
     "According to her, the unit is about thirty years old and has been on its last legs for ages.",
     "D'après elle, l'installation aurait une trentaine d'années et serait à bout de souffle depuis "
     "longtemps.",
     "faithful rendering of the near-miss sentence d4_08 (D2 d2_07 and D3 d3_04: built in 2009, seventeen "
     "years); лет тридцать = about thirty / une trentaine; на ладан дышала (idiom) = on its last legs / à "
     "bout de souffle; French conditional for reported speech (по её словам)", None),
    ("q09", S, F, "", ["d4_04"],
     "Apparently almost two hundred operations have been cancelled, and that's just the planned ones.",
     "Il paraît que près de 200 opérations ont été annulées, et encore, ce ne sont que les opérations "
     "programmées.",
     "faithful rendering of the near-miss sentence d4_04 (D2 d2_09 says 140); Говорят = apparently / il "
     "paraît; почти двести = almost two hundred / près de 200", None),
    ("q10", S, F, "", ["d1_16"],
     "Should the work not be completed by 20 November, the suspension may be extended by a separate "
     "order.",
     "Si les travaux ne sont pas achevés d'ici au 20 novembre, la suspension pourra être prolongée par un "
     "arrêté distinct.",
     "faithful; the condition moved to the front; near-miss d4_06 says at least two months, perhaps until "
     "the New Year", None),
    ("q11", S, F, "", ["d4_16"],
     "At the press conference the chief doctor apologised, of course, but apologies won't cure a child.",
     "Le médecin-chef s'est bien sûr excusé lors de la conférence de presse, mais ce ne sont pas des "
     "excuses qui vont guérir un enfant.",
     "faithful; D4's own sentence; извинениями ребёнка не вылечишь (generic 2nd person, negated) = "
     "apologies won't cure a child / ce ne sont pas des excuses qui vont guérir", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d2_03", "d2_04"],
     "On 19 October, at about eleven in the morning, the unit that ventilates the entire operating suite "
     "shut down during an operation on a nine-year-old boy. The appendectomy was nearly over; the team "
     "calmly saw it through, and the child is now doing well.",
     "Le 19 octobre, vers onze heures du matin, l'installation qui ventile l'ensemble du bloc opératoire "
     "s'est arrêtée pendant l'opération d'un garçon de 9 ans. L'appendicectomie touchait à sa fin, "
     "l'équipe l'a menée à son terme sans affolement, et l'enfant va bien aujourd'hui.",
     "faithful; Девятнадцатого октября (in words) = On 19 October / Le 19 octobre; девятилетнего = "
     "nine-year-old / de 9 ans; операция по удалению аппендикса = appendectomy / appendicectomie", None),
    ("q13", L, F, "", ["d2_09", "d2_10"],
     "In total we have had to postpone 140 planned operations. Thirty-one children who cannot wait a month "
     "are being sent to the Ilmensk regional children's hospital, and eight of them are already there.",
     "Au total, nous avons dû reporter cent quarante opérations programmées. Trente et un enfants qui ne "
     "peuvent pas attendre un mois sont envoyés à l'hôpital régional pour enfants d'Ilmensk, et huit "
     "d'entre eux y sont déjà.",
     "faithful; active turned passive in sentence 2 (мы направляем = are being sent / sont envoyés); "
     "в Ильменскую областную детскую больницу = the Ilmensk regional children's hospital; near-miss d4_04 "
     "says almost two hundred, d4_05 says half the children", None),
    ("q14", L, F, "", ["d3_10", "d3_11"],
     "On 23 October air samples and surface swabs were taken in all six operating theatres. In two of the "
     "theatres, the total microbial count in the air was one and a half to two times above the permitted "
     "level.",
     "Le 23 octobre, des échantillons d'air et des prélèvements de surface ont été réalisés dans les six "
     "salles d'opération. Dans deux d'entre elles, la charge microbienne totale de l'air dépassait le "
     "niveau admissible d'une fois et demie à deux fois.",
     "faithful; Двадцать третьего октября = On 23 October / Le 23 octobre; в полтора-два раза = one and a "
     "half to two times; near-miss d4_09 says bacteria in all theatres; contains the term of q41", None),
    ("q15", L, F, "", ["d1_08", "d1_09"],
     "Travel costs to Ilmensk and back for patients and one accompanying parent are to be reimbursed from "
     "the regional budget. Children who need medical supervision are to be transported by the hospital's "
     "ambulances.",
     "Les frais de transport aller-retour vers Ilmensk des patients et d'un parent accompagnateur sont "
     "remboursés sur le budget régional. Les enfants qui ont besoin d'un accompagnement médical sont "
     "transportés par les véhicules sanitaires de l'hôpital.",
     "faithful; the order's infinitives rendered as 'are to be' / présent; санитарным транспортом = "
     "ambulances / véhicules sanitaires; near-miss d4_13 says nobody pays for the parents' travel", None),
    ("q16", L, F, "", ["d2_24", "d2_25"],
     "I won't blame anyone until the inspection is over. Our maintenance contract with Klimat-Servis has "
     "been in force since 2021, and so far we have had no serious complaints about them.",
     "Je n'accuserai personne avant la fin de l'inspection. Le contrat de maintenance avec la société "
     "Klimat-Servis court depuis 2021, et jusqu'à présent nous n'avions rien de sérieux à lui reprocher.",
     "faithful; «Климат-Сервис» transliterated Klimat-Servis; серьёзных претензий ... не было = no serious "
     "complaints / rien de sérieux à lui reprocher", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d3_01", "d3_02", "d3_03"],
     "The inspection was carried out from 22 to 24 October 2026 by Timur Galeyev, chief specialist-expert "
     "of the department supervising medical organisations, in the presence of the hospital's chief "
     "engineer, Pavel Krotov. The maintenance contractor, Klimat-Servis, sent no representative, although "
     "it had been notified in advance. The operating suite is on the third floor of the surgical building "
     "and comprises six operating theatres and two preparation rooms.",
     "L'inspection a été menée du 22 au 24 octobre 2026 par Timour Galeïev, spécialiste-expert principal "
     "du service de contrôle des établissements médicaux, en présence de l'ingénieur en chef de l'hôpital, "
     "Pavel Krotov. Le prestataire de maintenance, la société Klimat-Servis, ne s'est pas fait "
     "représenter, bien qu'il ait été prévenu à l'avance. Le bloc opératoire, situé au troisième étage du "
     "bâtiment de chirurgie, comprend six salles d'opération et deux salles de préparation.",
     "faithful; Тимуром Галеевым (instrumental) = Timur Galeyev / Timour Galeïev, Павла Кротова (genitive) = "
     "Pavel Krotov; Представитель ... не явился = sent no representative / ne s'est pas fait représenter; "
     "spans a paragraph break (d3_01, d3_02 | d3_03)", None),
    ("q18", L, F, "", ["d4_01", "d4_02", "d4_03"],
     "Mums and dads, in case you haven't heard: they've shut all the operating theatres at the regional "
     "children's hospital. Our operation, which we'd been waiting for since spring, was cancelled two days "
     "before the date – they just rang and told us to wait. Nobody is really explaining anything.",
     "Les parents, pour ceux qui ne sont pas au courant : à l'hôpital régional pour enfants, ils ont fermé "
     "tous les blocs. Notre opération, qu'on attendait depuis le printemps, a été annulée deux jours avant "
     "la date prévue, on nous a juste appelés pour nous dire d'attendre. Personne ne nous explique "
     "vraiment quoi que ce soit.",
     "faithful; D4's own sentences; Мамы и папы = mums and dads / les parents; Никто толком ничего не "
     "объясняет = nobody is really explaining anything / personne ne nous explique vraiment quoi que ce "
     "soit", None),
    ("q19", L, F, "", ["d3_14", "d3_15", "d3_16", "d3_17"],
     "According to the chief engineer, requests to replace the filters were sent to Klimat-Servis twice, "
     "in April and July 2026. No documents were produced to show that these requests had been carried "
     "out. The chief doctor said the unit was due to be replaced in 2027, but no money has yet been set "
     "aside for it in the hospital's budget. The violations stem both from worn-out equipment and from "
     "inadequate maintenance of the ventilation system.",
     "Selon l'ingénieur en chef, des demandes de remplacement des filtres auraient été adressées à "
     "Klimat-Servis à deux reprises, en avril et en juillet 2026. Aucun document attestant leur exécution "
     "n'a été présenté. Le médecin-chef a indiqué que le remplacement de l'installation était prévu pour "
     "2027, mais qu'aucun crédit n'était encore inscrit à cet effet au budget de l'hôpital. Les manquements "
     "s'expliquent à la fois par l'usure du matériel et par un entretien insuffisant du système de "
     "ventilation.",
     "faithful; French conditional for reported speech (По объяснению главного инженера); Документов ... не "
     "представлено = no documents were produced / aucun document n'a été présenté; spans a paragraph "
     "break (d3_14, d3_15, d3_16 | d3_17); near-miss d4_07 says no servicing for several years", None),
    ("q20", L, F, "", ["d1_04", "d1_05", "d1_06"],
     "The hospital's chief doctor, Vadim Lapshin, is to ensure that planned operations are rescheduled for "
     "after the operating suite reopens, taking medical indications into account. Patients whose surgery "
     "cannot be put off for more than two weeks without risk to their health are to be referred to the "
     "Ilmensk Regional Children's Clinical Hospital under the cooperation agreement between the health "
     "ministries of the Krechetov and Ilmensk regions. For the duration of the suspension, emergency and "
     "urgent surgical care for children is to be provided at Krechetov City Children's Hospital.",
     "Le médecin-chef de l'hôpital, Vadim Lapchine, veille au report des opérations programmées après la "
     "réouverture du bloc opératoire, en tenant compte des indications médicales. Les patients dont "
     "l'opération ne peut être différée de plus de deux semaines sans risque pour leur santé sont orientés "
     "vers l'hôpital clinique régional pour enfants d'Ilmensk, conformément à l'accord de coopération entre "
     "les ministères de la Santé des régions de Kretchetov et d'Ilmensk. Pendant la suspension, la prise en "
     "charge chirurgicale des urgences vitales et relatives chez l'enfant est assurée à l'hôpital municipal "
     "pour enfants de Kretchetov.",
     "faithful; Лапшину Вадиму Сергеевичу (dative, surname first, patronymic) = Vadim Lapshin / Vadim "
     "Lapchine; the order's infinitives rendered as 'is to' / présent; Кречетовской и Ильменской областей = "
     "the Krechetov and Ilmensk regions; экстренную и неотложную = emergency and urgent / urgences vitales et "
     "relatives; spans a paragraph break (d1_04, d1_05 | d1_06)", None),
    ("q21", L, F, "", ["d4_18", "d4_19", "d4_21"],
     "I don't want to shout at anyone. I want to understand who will answer for children spending months "
     "in the queue for an operation. (…) Write in and tell us about your situation – together we'll get "
     "somewhere.",
     "Je ne veux crier sur personne. Je veux comprendre qui devra répondre du fait que des enfants "
     "attendent des mois leur opération. (…) Écrivez-nous, racontez votre situation : ensemble, on finira "
     "bien par obtenir quelque chose.",
     "faithful; ellipsis (…) skips d4_20 (questions collected for Friday); D4's own sentences; ни на кого не "
     "хочу = don't want to ... anyone / ne veux ... personne", None),
    ("q22", L, F, "", ["d2_06", "d2_08"],
     "Preliminary findings suggest that the supply fan motor burned out, after which the automatic "
     "controls shut the whole system down. […] The old unit could be repaired, but nobody can guarantee it "
     "would last long, so we are putting in a new one.",
     "Selon les premières constatations, le moteur du ventilateur de soufflage aurait grillé, après quoi "
     "l'automatisme a coupé tout le système. […] On pourrait réparer l'ancien appareil, mais personne ne "
     "garantit qu'il tiendra longtemps, c'est pourquoi nous allons en installer un neuf.",
     "faithful; ellipsis […] skips d2_07 (the unit's age); По предварительным данным kept as preliminary "
     "findings suggest / selon les premières constatations with a French conditional", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_10"],
     "The ministry's finance and economics department is to prepare, within five days, a proposal to "
     "allocate the hospital 48 million roubles from the Krechetov regional government's reserve fund to "
     "buy and install a new ventilation unit.",
     "Le service financier et économique du ministère préparera sous cinq jours une proposition visant à "
     "allouer à l'hôpital quarante-huit millions de roubles prélevés sur le fonds de réserve du "
     "gouvernement de la région de Kretchetov pour l'achat et l'installation d'une nouvelle centrale de "
     "ventilation.",
     "drifted (numbers): тридцати восьми миллионов (38 million) → 48 million / quarante-huit millions; five "
     "days kept; the rest faithful", None),
    ("q24", S, D, "names", ["d1_14"],
     "Yelena Safronova, head of the department for the organisation of children's medical care, is to "
     "report weekly on progress in restoring the ventilation and on the number of patients sent to "
     "Ilmensk.",
     "Elena Safronova, cheffe du service de l'organisation des soins pédiatriques, rendra compte chaque "
     "semaine de l'avancement de la remise en état de la ventilation et du nombre de patients envoyés à "
     "Ilmensk.",
     "drifted (names): surname Сафонова (Safonova) → Safronova; first name Yelena / Elena kept", None),
    ("q25", S, D, "negation", ["d3_13"],
     "The surface swabs did not meet hygiene requirements.",
     "Les prélèvements de surface ne sont pas conformes aux exigences d'hygiène.",
     "drifted (negation reversal): соответствуют гигиеническим требованиям (meet the requirements) → did "
     "not meet / ne sont pas conformes", None),
    ("q26", S, D, "hedge", ["d3_18"],
     "It is not advisable to use the operating suite until the ventilation equipment has been replaced.",
     "Il est déconseillé d'utiliser le bloc opératoire tant que l'équipement de ventilation n'a pas été "
     "remplacé.",
     "drifted (hedge added): the flat prohibition не допускается (is not permitted) is softened into advice "
     "→ not advisable / déconseillé", None),
    ("q27", S, D, "hedge", ["d4_10"],
     "The contractor has already been fined half a million.",
     "Le prestataire a déjà écopé d'une amende d'un demi-million.",
     "drifted (hedge dropped): говорят (they say) dropped, so the rumour of a fine is stated as fact; D3 "
     "d3_22 only says the case was passed on for a decision", None),
    ("q28", S, D, "quantifier", ["d3_04"],
     "Most of the rooms in the suite are ventilated by a single supply and exhaust unit built in 2009; there "
     "is no back-up unit.",
     "La plupart des locaux du bloc sont ventilés par une seule centrale double flux fabriquée en 2009 ; "
     "aucune installation de secours n'est prévue.",
     "drifted (quantifier): Вентиляцию всех помещений блока (all the rooms of the suite) → most of the "
     "rooms / la plupart des locaux; the rest faithful", None),
    ("q29", S, D, "omission", ["d3_21"],
     "The operating suite may reopen only once the new unit has been installed.",
     "Le bloc opératoire ne pourra rouvrir qu'une fois la nouvelle installation montée.",
     "drifted (omission of a restriction): the second condition «и повторных лабораторных исследований "
     "воздуха с удовлетворительными результатами» (and repeat air tests with satisfactory results) is "
     "dropped", None),
    ("q30", S, D, "addition", ["d2_15"],
     "Besides, Ilmensk is strong in paediatric cancer surgery, heart surgery and neurosurgery, and we have "
     "worked with that hospital for a long time.",
     "En outre, Ilmensk a un très bon service de chirurgie pédiatrique oncologique, cardiaque et "
     "neurochirurgicale, et nous travaillons avec cet hôpital depuis longtemps.",
     "drifted (addition of a list item): neurosurgery / neurochirurgicale added to онкохирургия и "
     "кардиохирургия (cancer and heart surgery)", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_20", "d2_21", "d2_22"],
     "We've been promised delivery of a new Russian-made unit within two weeks, and installation and "
     "commissioning will take about another ten days. After that the sanitary service will take air "
     "samples, and we'll only start operating if the results are good. I can't rule out that the restart "
     "will have to slip to the end of November, but we'll do everything we can to keep it to a month.",
     "On nous promet la livraison d'une nouvelle installation de fabrication russe sous deux semaines, "
     "puis il faudra encore une dizaine de jours pour le montage et les réglages. Ensuite, le service "
     "sanitaire prélèvera des échantillons d'air, et nous ne recommencerons à opérer que si les résultats "
     "sont bons. Je n'exclus pas que la reprise doive glisser à la fin novembre, mais nous ferons tout pour "
     "tenir en un mois.",
     "drifted (numbers) in sentence 1: в течение трёх недель (within three weeks) → within two weeks / sous "
     "deux semaines; about ten days kept; sentences 2 and 3 faithful (hedge не исключаю kept)", None),
    ("q32", L, D, "omission", ["d2_17", "d2_18"],
     "The region pays for the child's and one parent's journey there and back. If any family has not been "
     "called, or was called but not given a proper explanation, they should come straight to me.",
     "La région prend en charge le trajet aller-retour de l'enfant et d'un parent. Si une famille n'a pas "
     "été appelée, ou l'a été sans recevoir d'explication claire, qu'elle s'adresse directement à moi.",
     "drifted (omission of a clause) in sentence 1: «а жильё для мамы или папы на месте предоставляет "
     "принимающая больница» (and the receiving hospital provides the parent's accommodation) dropped; "
     "sentence 2 faithful", None),
    ("q33", L, D, "quantifier", ["d3_07", "d3_08", "d3_09"],
     "The unit's maintenance log has had no entries since June 2026. The fine filters were last changed in "
     "March 2025, whereas the rules require them to be replaced at least every six months. According to a "
     "routine measurement taken in August 2026, the air change rate in all six operating theatres was "
     "between 11 and 14 per hour, against a required minimum of 20.",
     "Le registre de maintenance de l'installation ne comporte aucune inscription depuis juin 2026. Les "
     "filtres fins ont été changés pour la dernière fois en mars 2025, alors que le règlement impose de les "
     "remplacer au moins tous les six mois. Selon une mesure de routine effectuée en août 2026, le "
     "renouvellement d'air dans les six salles d'opération était compris entre 11 et 14 volumes par heure, "
     "pour une norme d'au moins 20.",
     "drifted (quantifier) in sentence 3: в четырёх из шести операционных (in four of the six theatres) → "
     "in all six / dans les six salles; 11, 14 and 20 kept; sentences 1 and 2 faithful; contains the term "
     "of q40", None),
    # partial
    ("q34", L, P, "", ["d4_12"],
     "We were offered Ilmensk, but I've also got my younger son to look after and nobody to leave him with. "
     "My husband works away on rotation and is only home one week in four.",
     "On nous a proposé Ilmensk, mais j'ai aussi mon fils cadet à charge et personne pour le garder. Mon "
     "mari travaille en rotation dans le Nord et n'est à la maison qu'une semaine sur quatre.",
     "partial: the second sentence (the husband works on rotation) is in no source; the first is faithful "
     "to d4_12", None),
    ("q35", L, P, "", ["d1_11", "d1_12"],
     "Within three working days, the chief doctor is to notify the parents of all patients whose operations "
     "are being postponed, in writing, of the new dates or of the referral to another medical facility. "
     "Families who decline a referral to Ilmensk keep their place in the queue. Every postponed procedure "
     "is to be entered on the waiting list with its degree of urgency.",
     "Sous trois jours ouvrés, le médecin-chef informe par écrit les parents de tous les patients dont "
     "l'opération est reportée des nouvelles dates ou de leur orientation vers un autre établissement. Les "
     "familles qui refusent l'orientation vers Ilmensk conservent leur place dans la file d'attente. Chaque "
     "intervention reportée est inscrite sur la liste d'attente avec son degré d'urgence.",
     "partial: the middle sentence (families who decline Ilmensk keep their place) is in no source; "
     "sentences 1 and 3 faithful to d1_11 and d1_12; contains the term of q38", None),
    ("q36", L, P, "", ["d2_26"],
     "We'll draw our conclusions once we have the Rospotrebnadzor report. If the contractor turns out to be "
     "at fault, we will terminate the contract and claim damages.",
     "Nous tirerons les conclusions quand nous aurons le rapport de Rospotrebnadzor. Si le prestataire est "
     "en faute, nous résilierons le contrat et demanderons des dommages et intérêts.",
     "partial: the last sentence (terminating the contract and claiming damages) is in no source; the "
     "real next sentence, d2_27, turns to the parents; the first is faithful to d2_26", None),
    # terms
    ("q37", TM, T, "", ["d1_01"], "air handling unit", "centrale double flux",
     "term «приточно-вытяжной установки» (genitive; literally supply-and-exhaust unit)", None),
    ("q38", TM, T, "", ["d1_12"], "waiting list", "liste d'attente",
     "term «лист ожидания» (accusative = nominative)", None),
    ("q39", TM, T, "", ["d2_28"], "out of nowhere", "sans crier gare",
     "term «как снег на голову» (literally like snow on the head), idiom by idiom", None),
    ("q40", TM, T, "", ["d3_09"], "air change rate", "renouvellement d'air",
     "term «кратность воздухообмена» (nominative; literally multiplicity of air exchange)", None),
    ("q41", TM, T, "", ["d3_11"], "total microbial count", "charge microbienne totale",
     "term «общее микробное число» (nominative; literally general microbial number)", None),
    ("q42", TM, T, "", ["d4_15"], "dragging its feet", "traîne des pieds",
     "term «тянет резину» (literally pulls the rubber), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "Children on the waiting list will be offered operations at private clinics in Krechetov, paid for by "
     "the region.",
     "Les enfants inscrits sur la liste d'attente se verront proposer une opération dans des cliniques "
     "privées de Kretchetov, aux frais de la région.",
     "absent: no document mentions private clinics; resembles d1_05, d1_08 and d1_12",
     "Детям из листа ожидания предложат операции в частных клиниках Кречетова за счёт области."),
    ("q44", S, A, "", [],
     "The hospital's chief engineer, Pavel Krotov, has been suspended until the inspection is over.",
     "L'ingénieur en chef de l'hôpital, Pavel Krotov, a été suspendu jusqu'à la fin de l'inspection.",
     "absent: nobody is suspended in any document; resembles d3_01, d3_14 and d2_24",
     "Главный инженер больницы Павел Кротов отстранён от работы до окончания проверки."),
    ("q45", S, A, "", [],
     "The unit had already broken down twice this year, in February and in May.",
     "L'installation était déjà tombée en panne deux fois cette année, en février et en mai.",
     "absent: no earlier breakdowns are reported; resembles d3_14 (filter requests twice, in April and "
     "July), d3_05 and d2_07",
     "В этом году установка уже дважды выходила из строя, в феврале и в мае."),
    ("q46", S, A, "", [],
     "Lapshin said the hospital's surgeons and anaesthetists would keep their full pay for the duration of "
     "the suspension.",
     "Selon Vadim Lapchine, les chirurgiens et anesthésistes de l'hôpital conserveraient l'intégralité de "
     "leur salaire pendant la suspension.",
     "absent: pay is mentioned nowhere; resembles d1_07 (French conditional for reported speech)",
     "Лапшин заявил, что на время приостановки хирургам и анестезиологам больницы полностью сохранят "
     "зарплату."),
    ("q47", S, A, "", [],
     "The regional prosecutor's office has opened an inquiry into the hospital's contract with "
     "Klimat-Servis.",
     "Le parquet régional a ouvert une enquête sur le contrat liant l'hôpital à la société Klimat-Servis.",
     "absent: no prosecutor is involved; resembles d3_22, d2_25 and d4_10",
     "Областная прокуратура начала проверку договора больницы с компанией «Климат-Сервис»."),
    ("q48", L, A, "", [],
     "Eight children have already had their operations in Ilmensk. All of them are doing well, and three "
     "have already been discharged.",
     "Huit enfants ont déjà été opérés à Ilmensk. Tous vont bien, et trois sont déjà rentrés chez eux.",
     "absent (2 sentences): no document says anyone was operated on in Ilmensk; resembles d2_10 (eight "
     "children already there) and d2_04",
     "В Ильменске уже прооперированы восемь детей. Все они чувствуют себя хорошо, трое уже выписаны "
     "домой."),
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
