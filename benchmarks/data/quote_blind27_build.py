"""Build the blind quotation set quote_blind27 from one table (standard library only).

Story: after part of the roof of the Krasnolessk Zoo elephant house collapses in January 2026, the
building is condemned and the zoo's two Asian elephants, Tara and Malika, are moved to Nizhneborsk
Zoo. Four Russian source documents (D1 an order of the regional property committee, D2 the zoo
director's press conference transcript, D3 a state veterinary inspector's report, D4 a post in a
visitors' social-media group, the near-miss document) and 48 English / French quotations. Sentence
ids (d1_04) are defined here: they number the sentences of each document from 01, in order, titles
not counted.

    .venv/bin/python benchmarks/data/quote_blind27_build.py

writes quote_blind27.tsv, quote_blind27_labels.tsv, quote_blind27_sources.ru.txt and
quote_blind27_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind27"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ комитета по управлению государственным имуществом Краснолесской области № 37 от "
           "26 января 2026 года «О здании слоновника Краснолесского зоопарка» (подписан председателем "
           "комитета Игорем Ломакиным)", [
        ["В ночь на семнадцатое января 2026 года в здании слоновника Краснолесского зоопарка обрушилась "
         "часть кровли площадью около ста восьмидесяти квадратных метров над залом для посетителей.",
         "Пострадавших нет, слоны в момент обрушения находились во внутреннем вольере и травм не получили.",
         "Согласно заключению технической экспертизы, проведённой обществом «Стройконтроль-Север» с "
         "двадцатого по двадцать третье января, несущие металлические фермы здания из-за коррозии утратили "
         "от сорока до шестидесяти процентов сечения, и восстанавливать здание экономически "
         "нецелесообразно.",
         "Здание построено в 1978 году и с тех пор ни разу капитально не ремонтировалось."],
        ["На основании заключения экспертизы и в соответствии с положением о комитете приказываю признать "
         "здание слоновника аварийным и подлежащим сносу."],
        ["Изъять здание слоновника из оперативного управления зоопарка с первого марта 2026 года.",
         "Доступ посетителей в здание и на прилегающую к нему территорию прекратить немедленно.",
         "Остальная территория зоопарка продолжает работу в обычном режиме."],
        ["Директору зоопарка Вере Колосовой до первого марта 2026 года обеспечить перемещение двух "
         "азиатских слонов, Тары и Малики, на временное содержание в Нижнеборский зоопарк.",
         "Перевозку животных осуществлять только при наличии положительного заключения государственной "
         "ветеринарной службы области.",
         "Расходы на перевозку слонов и на их кормление в Нижнеборском зоопарке, но не более одного "
         "миллиона двухсот тысяч рублей в год, покрывать за счёт средств областного бюджета, "
         "предусмотренных зоопарку."],
        ["Снос здания слоновника завершить до первого октября 2026 года.",
         "Отделу капитального строительства комитета до первого июля 2026 года подготовить задание на "
         "проектирование нового слоновника с учётом современных требований к содержанию слонов.",
         "Ориентировочная стоимость строительства нового здания составляет шестьсот сорок миллионов "
         "рублей, строительство планируется в 2028–2029 годах при условии софинансирования из "
         "федерального бюджета."],
        ["Сотрудников зоопарка, занятых уходом за слонами, сохранить в штате и временно перевести в другие "
         "отделы зоопарка.",
         "Двух смотрителей по согласованию с Нижнеборским зоопарком направить в командировку для "
         "сопровождения слонов сроком на один месяц."],
        ["Пресс-службе комитета совместно с зоопарком регулярно информировать жителей области о ходе "
         "выполнения настоящего приказа.",
         "Контроль за исполнением приказа возложить на заместителя председателя комитета Сергея Анохина.",
         "Приказ вступает в силу со дня подписания."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора Краснолесского зоопарка Веры Колосовой, "
           "29 января 2026 года", [
        ["Двадцать девятого января директор Краснолесского зоопарка Вера Колосова ответила на вопросы "
         "журналистов о судьбе слоновника и его обитательниц.",
         "Публикуем стенограмму с небольшими сокращениями."],
        ["— Начну с главного: Тара и Малика здоровы, они не пострадали ни при обрушении, ни после него.",
         "Той ночью старший смотритель Павел Рябов услышал треск за несколько минут до обрушения и сразу "
         "перевёл слонов во внутренний вольер.",
         "Я ему за это бесконечно благодарна."],
        ["— Почему здание нельзя отремонтировать?"],
        ["— Эксперты нашли коррозию почти во всех несущих фермах.",
         "Ремонт обошёлся бы дороже нового здания и всё равно не дал бы никаких гарантий.",
         "Скажу честно, о плохом состоянии кровли мы писали в комитет ещё в 2023 году.",
         "Тогда обследование опасности не выявило."],
        ["— Куда и когда переедут слоны?"],
        ["— В Нижнеборский зоопарк, это около шестисот километров по трассе.",
         "Мы рассматривали три зоопарка, но свободный тёплый слоновник нашёлся только в Нижнеборске, где "
         "уже живут две слонихи.",
         "Переезд назначен на двадцатое февраля, если ветеринары дадут добро.",
         "Дорога займёт примерно четырнадцать часов, с остановками каждые три часа."],
        ["— Это навсегда?"],
        ["— Нет, договор заключён на три года с возможностью продления.",
         "Нижнеборский зоопарк принимает слонов бесплатно, мы оплачиваем только корм.",
         "Как только построят новый слоновник, Тара и Малика вернутся домой."],
        ["— Не опасна ли такая дорога для пожилой слонихи?"],
        ["— Таре сорок один год, для слона это солидный возраст, но ещё не старость.",
         "У неё небольшой артрит передней ноги, и наши ветеринары внимательно за ней следят.",
         "Решение о перевозке будет принимать не зоопарк, а государственная ветеринарная служба."],
        ["— Что будет со смотрителями?"],
        ["— Никого не уволят.",
         "Двое смотрителей поедут вместе со слонами и пробудут в Нижнеборске месяц, пока животные "
         "привыкают к новому месту.",
         "Остальные временно перейдут в другие отделы зоопарка."],
        ["— Когда появится новый слоновник?"],
        ["— Если федеральные деньги выделят вовремя, строительство начнётся в 2028 году.",
         "Быстрее, к сожалению, не получится.",
         "Я понимаю, что многие расстроены, и сама с трудом представляю наш зоопарк без слонов.",
         "Но держать животных в аварийном здании было бы преступлением."],
    ]),
    ("D3", "Заключение государственного ветеринарного инспектора по результатам обследования слонов "
           "Краснолесского зоопарка, 6 февраля 2026 года", [
        ["Обследование проведено четвёртого февраля 2026 года ведущим государственным ветеринарным "
         "инспектором управления ветеринарии Краснолесской области Тимуром Галиевым в присутствии "
         "ветеринарного врача зоопарка Натальи Серовой.",
         "Осмотрены две самки азиатского слона: Тара, 1985 года рождения, и Малика, 2003 года рождения."],
        ["Условия содержания животных после обрушения кровли не соответствуют ветеринарным требованиям.",
         "За последнюю неделю температура во внутреннем вольере опускалась до двенадцати градусов при норме "
         "от двадцати до двадцати двух.",
         "Для обогрева установлены четыре тепловые пушки, однако при морозе сильнее двадцати градусов их "
         "мощности недостаточно.",
         "Длительное содержание слонов в таких условиях создаёт риск простудных заболеваний и обострения "
         "болезней суставов."],
        ["Масса Тары составляет три тысячи восемьсот пятьдесят килограммов, масса Малики — три тысячи "
         "двести килограммов.",
         "Упитанность обоих животных удовлетворительная.",
         "У Тары выявлен артрит левого запястного сустава лёгкой степени, хромота при ходьбе выражена "
         "слабо.",
         "Малика клинически здорова.",
         "Кроме снижения аппетита у Тары в первые дни после обрушения, признаков стресса у животных не "
         "отмечено."],
        ["Перевозка обоих слонов допускается при соблюдении следующих условий.",
         "Температура в транспортных контейнерах должна поддерживаться не ниже пятнадцати градусов.",
         "Остановки для осмотра, поения и кормления животных необходимо делать не реже чем каждые три часа.",
         "Седативные препараты допускается применять только в минимальных дозах и только по решению "
         "сопровождающего ветеринарного врача.",
         "Слонов следует везти в отдельных контейнерах, но в одной колонне, чтобы животные слышали друг "
         "друга."],
        ["Перевозку рекомендуется провести не позднее двадцать пятого февраля.",
         "При прогнозе морозов сильнее двадцати пяти градусов выезд следует перенести.",
         "В пути животных сопровождают ветеринарный врач зоопарка и не менее двух знакомых им смотрителей."],
        ["По прибытии в Нижнеборск слонам необходим карантин продолжительностью не менее тридцати дней.",
         "Заключение действительно в течение двадцати дней со дня подписания."],
    ]),
    ("D4", "Пост администратора группы «Друзья Краснолесского зоопарка» Ольги Дымовой в социальной сети, "
           "9 февраля 2026 года", [
        ["Друзья, новости про наших слоних, и они плохие.",
         "Как многие уже знают, в январе в слоновнике рухнула вся крыша, и Тару с Маликой чудом не "
         "задавило."],
        ["Теперь здание решили снести, а девочек увозят в Нижнеборск, почти за тысячу километров.",
         "По сути, это навсегда: обратно их никто возвращать не станет.",
         "Новый слоновник обещают построить уже через год, и стоить он будет, говорят, больше миллиарда.",
         "При этом денег на сам зоопарк область выделяет, как всегда, кот наплакал."],
        ["Таре, между прочим, уже за пятьдесят, и она, по словам знакомых, еле ходит.",
         "Везти её зимой столько часов без единой остановки просто жестоко.",
         "Ветеринары, похоже, подписали всё, что им дали."],
        ["Всех смотрителей, которые годами ухаживали за слонами, сокращают.",
         "Директор на пресс-конференции сама призналась, что много лет знала об аварийной крыше и ничего "
         "не делала.",
         "В слоновнике сейчас, кстати, градусов пять, и слонихи мёрзнут."],
        ["Я хожу в наш зоопарк с детства, и слоны для меня всегда были его главным символом.",
         "Моя дочь каждое воскресенье просится к Таре, и я не знаю, как объяснить ей, что Тары у нас больше "
         "не будет.",
         "Наверное, это звучит наивно, но мне кажется, что слоны всё понимают."],
        ["Мы собираем подписи за то, чтобы слонов оставили в городе хотя бы до весны.",
         "Можно же поставить временный тёплый павильон, было бы желание.",
         "Мы не сдаёмся!",
         "Пожалуйста, поделитесь постом, пусть в комитете увидят, что городу не всё равно."],
    ]),
]

# 15 unrelated sentences in the same registers (a property committee, orders, a press conference,
# veterinary notices, a social-media group, town news); they are in no document.
UNRELATED = [
    "Комитет по управлению государственным имуществом объявил аукцион на право аренды здания бывшего "
    "кинотеатра «Октябрь».",
    "Приказ о проведении инвентаризации имущества областных учреждений культуры подписан в понедельник.",
    "Признать утратившим силу приказ комитета о порядке списания служебного автотранспорта.",
    "— Сколько посетителей приняла выставка за первую неделю?",
    "— Больше восьми тысяч, и мы решили продлить её до конца месяца.",
    "На пресс-конференции директор филармонии представила программу весеннего фестиваля.",
    "Управление ветеринарии напоминает владельцам собак о необходимости ежегодной прививки от бешенства.",
    "В двух хозяйствах района выявлен птичий грипп, на их территории введён карантин.",
    "Ветеринарный инспектор проверил условия содержания скота на ферме в селе Ключи.",
    "Девочки, кто знает хорошего детского стоматолога в центре, подскажите!",
    "Вчера в парке видели белку с бельчатами, фото выложу вечером.",
    "В городском океанариуме родились три детёныша морского конька.",
    "Снегопад парализовал движение на объездной дороге, коммунальные службы работали всю ночь.",
    "Областной краеведческий музей закрывается на ремонт с первого апреля.",
    "В субботу в ботаническом саду пройдёт праздник первоцветов.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_07"],
     "Visitors are to be barred from the building and the grounds around it with immediate effect.",
     "L'accès des visiteurs au bâtiment et à ses abords est interdit avec effet immédiat.",
     "faithful; the order's infinitive (прекратить доступ) rendered as a passive / a present; немедленно = "
     "with immediate effect / avec effet immédiat", None),
    ("q02", S, F, "", ["d1_14"],
     "The new building is estimated to cost 640 million roubles, and construction is planned for "
     "2028–2029, subject to federal co-funding.",
     "Le coût du nouveau bâtiment est estimé à six cent quarante millions de roubles ; les travaux sont "
     "prévus pour 2028-2029, sous réserve d'un cofinancement fédéral.",
     "faithful; Ориентировочная (approximate) kept as is estimated / est estimé; numbers as digits in en, "
     "words in fr; при условии = subject to / sous réserve de; near-miss d4_05 says in a year and over a "
     "billion", None),
    ("q03", S, F, "", ["d2_12"],
     "To Nizhneborsk Zoo, which is about 370 miles away by road.",
     "Au zoo de Nijneborsk, à environ six cents kilomètres par la route.",
     "faithful; около шестисот километров = about 370 miles (unit converted, 600 km = 373 mi) / environ "
     "six cents kilomètres; В Нижнеборский зоопарк (accusative) = to Nizhneborsk Zoo; near-miss d4_03 "
     "says nearly a thousand kilometres", None),
    ("q04", S, F, "", ["d2_13"],
     "We looked at three zoos, but only Nizhneborsk had a vacant heated elephant house, and two female "
     "elephants already live there.",
     "Nous avons étudié trois zoos, mais seul celui de Nijneborsk disposait d'un bâtiment chauffé libre "
     "pour les éléphants, où vivent déjà deux éléphantes.",
     "faithful; clauses reordered (нашёлся только в Нижнеборске = only Nizhneborsk had); в Нижнеборске "
     "(prepositional) = Nizhneborsk", None),
    ("q05", S, F, "", ["d2_09"],
     "To be honest, we wrote to the committee about the poor state of the roof as far back as 2023.",
     "Pour être franche, nous avions alerté le comité sur le mauvais état de la toiture dès 2023.",
     "faithful; Скажу честно = to be honest / pour être franche; ещё в 2023 году = as far back as 2023 / "
     "dès 2023; near-miss d4_11 says she admitted knowing for years and doing nothing", None),
    ("q06", S, F, "", ["d3_06"],
     "Keeping the elephants in such conditions for a long time creates a risk of colds and of flare-ups "
     "of joint disease.",
     "Un maintien prolongé des éléphants dans de telles conditions les expose à un risque de "
     "refroidissements et d'aggravation de leurs maladies articulaires.",
     "faithful; создаёт риск = creates a risk / les expose à un risque (active restructured)", None),
    ("q07", S, F, "", ["d3_09"],
     "Tara was found to have mild arthritis of the left carpal joint, with only slight lameness when "
     "walking.",
     "Tara présente une arthrite légère de l'articulation du carpe gauche ; la boiterie à la marche est "
     "peu marquée.",
     "faithful; У Тары (genitive) = Tara; выражена слабо = only slight / peu marquée; near-miss d4_07 "
     "says she can barely walk; contains the term of q41", None),
    ("q08", S, F, "", ["d3_15"],
     "Sedatives may be used only in minimal doses and only at the discretion of the accompanying vet.",
     "Les sédatifs ne peuvent être administrés qu'à doses minimales et uniquement sur décision du "
     "vétérinaire accompagnateur.",
     "faithful; по решению = at the discretion of / sur décision de; только ... только kept as only / "
     "ne ... que, uniquement", None),
    ("q09", S, F, "", ["d4_07"],
     "Tara, by the way, is already over fifty, and according to people I know she can barely walk.",
     "Tara, soit dit en passant, a déjà plus de cinquante ans et, d'après des connaissances, elle "
     "marcherait à peine.",
     "faithful rendering of the near-miss sentence d4_07 (D2 d2_21 says forty-one, D3 d3_09 slight "
     "lameness); по словам знакомых kept as according to people I know / d'après des connaissances; "
     "French conditional for hearsay", None),
    ("q10", S, F, "", ["d4_10"],
     "All the keepers who have looked after the elephants for years are being made redundant.",
     "Tous les soigneurs qui s'occupaient des éléphants depuis des années sont licenciés.",
     "faithful rendering of the near-miss sentence d4_10 (D1 d1_15 and D2 d2_25 say nobody is dismissed); "
     "сокращают = are being made redundant / sont licenciés", None),
    ("q11", S, F, "", ["d4_06"],
     "Meanwhile, as always, the money the region gives the zoo itself is peanuts.",
     "Et pendant ce temps, comme toujours, la région ne donne que des clopinettes au zoo lui-même.",
     "faithful; кот наплакал (literally the cat cried) = peanuts / des clopinettes, idiom by idiom; D4's "
     "own sentence; contains the term of q42", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_04", "d1_05"],
     "The building was put up in 1978 and has never undergone major repairs since. On the basis of the "
     "expert report, and in accordance with the regulations governing the committee, I hereby order that "
     "the elephant house be declared unsafe and scheduled for demolition.",
     "Le bâtiment a été construit en 1978 et n'a jamais fait l'objet de gros travaux depuis. Sur la base "
     "du rapport d'expertise et conformément au règlement du comité, j'ordonne que le bâtiment des "
     "éléphants soit déclaré dangereux et voué à la démolition.",
     "faithful; spans a paragraph break (d1_04 | d1_05); ни разу ... не = never / jamais; аварийным = "
     "unsafe / dangereux", None),
    ("q13", L, F, "", ["d1_15", "d1_16"],
     "Zoo staff who care for the elephants are to be kept on the payroll and temporarily moved to other "
     "departments of the zoo. Two keepers are to be sent, by agreement with Nizhneborsk Zoo, on a "
     "one-month assignment to accompany the elephants.",
     "Les employés du zoo chargés des éléphants sont maintenus dans les effectifs et provisoirement "
     "affectés à d'autres services du zoo. Deux soigneurs seront détachés pour un mois, en accord avec le "
     "zoo de Nijneborsk, afin d'accompagner les éléphants.",
     "faithful; clauses reordered; с Нижнеборским зоопарком (instrumental) = Nizhneborsk Zoo; near-miss "
     "d4_10 says all keepers are made redundant", None),
    ("q14", L, F, "", ["d2_03", "d2_04"],
     "Let me start with the main thing: Tara and Malika are healthy, and they were hurt neither in the "
     "collapse nor afterwards. That night the senior keeper, Pavel Ryabov, heard a cracking sound a few "
     "minutes before the collapse and immediately moved the elephants into the indoor enclosure.",
     "Je commencerai par l'essentiel : Tara et Malika sont en bonne santé, elles n'ont souffert ni de "
     "l'effondrement ni de ses suites. Cette nuit-là, le soigneur principal, Pavel Riabov, a entendu un "
     "craquement quelques minutes avant l'effondrement et a aussitôt fait passer les éléphants dans "
     "l'enclos intérieur.",
     "faithful; ни ... ни kept as neither ... nor / ni ... ni; Рябов = Ryabov / Riabov; near-miss d4_02 "
     "says the whole roof fell and the elephants were nearly crushed", None),
    ("q15", L, F, "", ["d2_21", "d2_22"],
     "Tara is forty-one, which is a respectable age for an elephant but not yet old age. She has a touch "
     "of arthritis in a front leg, and our vets are keeping a close eye on her.",
     "Tara a 41 ans : pour un éléphant, c'est un âge respectable, mais ce n'est pas encore la vieillesse. "
     "Elle souffre d'une légère arthrite à une patte avant, et nos vétérinaires la surveillent de près.",
     "faithful; Таре (dative) = Tara; сорок один = forty-one / 41; небольшой артрит = a touch of "
     "arthritis / une légère arthrite; near-miss d4_07 says over fifty and barely walking", None),
    ("q16", L, F, "", ["d3_17", "d3_18"],
     "It is recommended that the elephants be moved no later than 25 February. If temperatures below "
     "minus 25 degrees are forecast, the departure should be put off.",
     "Il est recommandé d'effectuer le transport au plus tard le 25 février. Si des températures "
     "inférieures à moins vingt-cinq degrés sont annoncées, le départ devra être reporté.",
     "faithful; морозов сильнее двадцати пяти градусов (frosts stronger than twenty-five degrees) = "
     "temperatures below minus 25 / inférieures à moins vingt-cinq degrés; Перевозку (the transport) = "
     "the elephants be moved in en", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_01", "d1_02", "d1_03"],
     "In the early hours of 17 January 2026, about 180 square metres of roof collapsed over the visitors' "
     "hall of the Krasnolessk Zoo elephant house. No one was hurt, and the elephants, which were in the "
     "indoor enclosure at the time, were not injured. According to an engineering survey carried out by "
     "Stroykontrol-Sever from 20 to 23 January, the building's load-bearing metal trusses have lost "
     "between 40 and 60 per cent of their cross-section to corrosion, and restoring the building makes no "
     "economic sense.",
     "Dans la nuit du 16 au 17 janvier 2026, une partie de la toiture du bâtiment des éléphants du zoo de "
     "Krasnolessk, d'environ cent quatre-vingts mètres carrés, s'est effondrée au-dessus de la salle des "
     "visiteurs. Il n'y a aucun blessé : au moment de l'effondrement, les éléphants se trouvaient dans "
     "l'enclos intérieur et sont sortis indemnes. Selon l'expertise technique réalisée du 20 au 23 janvier "
     "par la société Stroïkontrol-Sever, les fermes métalliques porteuses ont perdu de quarante à soixante "
     "pour cent de leur section sous l'effet de la corrosion, et la restauration du bâtiment n'est pas "
     "économiquement justifiée.",
     "faithful; В ночь на семнадцатое января (the night before the 17th) = in the early hours of 17 January "
     "/ dans la nuit du 16 au 17 janvier; около kept as about / environ; Пострадавших нет = no one was "
     "hurt / aucun blessé; травм не получили = were not injured / sont sortis indemnes; near-miss d4_02 "
     "says the whole roof fell; contains the term of q37", None),
    ("q18", L, F, "", ["d2_17", "d2_18", "d2_19"],
     "No, the agreement is for three years, with the option of extending it. Nizhneborsk Zoo is taking "
     "the elephants free of charge; we pay only for their feed. As soon as the new elephant house has been "
     "built, Tara and Malika will come home.",
     "Non, le contrat est conclu pour trois ans, avec possibilité de prolongation. Le zoo de Nijneborsk "
     "accueille les éléphants gratuitement, nous ne payons que leur nourriture. Dès que le nouveau bâtiment "
     "des éléphants sera construit, Tara et Malika rentreront chez elles.",
     "faithful; как только построят (active, indefinite subject) = has been built / sera construit; "
     "только корм = only for their feed / ne ... que leur nourriture; near-miss d4_04 says it is for good",
     None),
    ("q19", L, F, "", ["d2_25", "d2_26", "d2_27"],
     "No one is going to be fired. Two keepers will travel with the elephants and stay in Nizhneborsk for "
     "a month while the animals settle in. The rest will be temporarily transferred to other departments "
     "of the zoo.",
     "Personne ne sera licencié. Deux soigneurs partiront avec les éléphants et resteront un mois à "
     "Nijneborsk, le temps que les animaux s'habituent à leur nouvel environnement. Les autres seront "
     "provisoirement affectés à d'autres services du zoo.",
     "faithful; Никого не уволят = no one is going to be fired / personne ne sera licencié; в Нижнеборске "
     "(prepositional) = in Nizhneborsk; near-miss d4_10 says all keepers are made redundant", None),
    ("q20", L, F, "", ["d3_19", "d3_20", "d3_21"],
     "During the journey the animals are to be accompanied by the zoo's vet and at least two keepers they "
     "know. Once in Nizhneborsk, the elephants will need a quarantine of no less than thirty days. This "
     "opinion is valid for twenty days from the date it was signed.",
     "Pendant le trajet, les animaux seront accompagnés par le vétérinaire du zoo et par au moins deux "
     "soigneurs qu'ils connaissent. À leur arrivée à Nijneborsk, les éléphants devront observer une "
     "quarantaine d'au moins 30 jours. Le présent avis est valable vingt jours à compter de sa signature.",
     "faithful; spans a paragraph break (d3_19 | d3_20, d3_21); не менее = at least / no less than / au "
     "moins; тридцати = thirty / 30", None),
    ("q21", L, F, "", ["d2_29", "d2_30", "d2_32"],
     "If the federal money comes through on time, construction will start in 2028. Sadly, it can't be "
     "done any faster. (…) But keeping the animals in an unsafe building would be a crime.",
     "Si l'argent fédéral arrive à temps, la construction commencera en 2028. Plus vite, malheureusement, "
     "ce n'est pas possible. (…) Mais garder les animaux dans un bâtiment menaçant ruine serait un crime.",
     "faithful; ellipsis (…) skips d2_31; не получится = can't be done / ce n'est pas possible; аварийном "
     "здании = an unsafe building / un bâtiment menaçant ruine; near-miss d4_05 says within a year", None),
    ("q22", L, F, "", ["d3_11", "d3_12", "d3_13", "d3_16"],
     "Apart from a loss of appetite in Tara during the first days after the collapse, no signs of stress "
     "were observed in the animals. Both elephants may be transported provided the following conditions "
     "are met. The temperature in the transport containers must be kept no lower than 15 degrees. […] "
     "The elephants should travel in separate containers but in the same convoy, so that they can hear "
     "each other.",
     "Hormis une perte d'appétit chez Tara les premiers jours après l'effondrement, aucun signe de stress "
     "n'a été relevé chez les animaux. Le transport des deux éléphants est autorisé sous réserve des "
     "conditions suivantes. La température dans les conteneurs de transport doit être maintenue à quinze "
     "degrés au moins. […] Les éléphants doivent voyager dans des conteneurs séparés, mais dans le même "
     "convoi, pour qu'ils puissent s'entendre l'un l'autre.",
     "faithful; spans a paragraph break (d3_11 | d3_12, d3_13, d3_16); ellipsis […] skips d3_14 and d3_15; "
     "не отмечено = no signs were observed / aucun signe n'a été relevé; не ниже = no lower than / au "
     "moins; пятнадцати = 15 / quinze", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_07"],
     "Tara weighs 3,580 kilograms and Malika 3,200 kilograms.",
     "Tara pèse trois mille cinq cent quatre-vingts kilos, et Malika trois mille deux cents kilos.",
     "drifted (numbers): три тысячи восемьсот пятьдесят (3,850) → 3,580 / trois mille cinq cent "
     "quatre-vingts; Malika's 3,200 kept", None),
    ("q24", S, D, "names", ["d1_18"],
     "Responsibility for overseeing the implementation of the order rests with the committee's deputy "
     "chairman, Sergei Anikin.",
     "Le contrôle de l'exécution de l'arrêté est confié au vice-président du comité, Sergueï Anikine.",
     "drifted (names): surname Анохин (Anokhin) → Anikin / Anikine; first name Sergei kept", None),
    ("q25", S, D, "negation", ["d2_10"],
     "At the time, the inspection flagged the danger.",
     "À l'époque, l'inspection avait mis le danger en évidence.",
     "drifted (negation reversal): обследование опасности не выявило (the inspection found no danger) → "
     "flagged the danger / avait mis le danger en évidence", None),
    ("q26", S, D, "hedge", ["d3_10"],
     "Malika appears to be clinically healthy.",
     "Malika semble cliniquement en bonne santé.",
     "drifted (hedge added): stated as a finding (клинически здорова) → appears / semble", None),
    ("q27", S, D, "hedge", ["d2_15"],
     "The journey will take fourteen hours, with stops every three hours.",
     "Le trajet durera quatorze heures, avec des arrêts toutes les trois heures.",
     "drifted (hedge dropped): примерно четырнадцать часов (roughly fourteen hours) → fourteen hours / "
     "quatorze heures; the stops every three hours kept", None),
    ("q28", S, D, "quantifier", ["d2_07"],
     "The experts found corrosion in all of the load-bearing trusses.",
     "Les experts ont trouvé de la corrosion dans toutes les fermes porteuses.",
     "drifted (quantifier): почти во всех (in almost all) → in all / dans toutes", None),
    ("q29", S, D, "omission", ["d2_14"],
     "The move has been scheduled for 20 February.",
     "Le déménagement est prévu pour le 20 février.",
     "drifted (omission of a restriction): the condition «если ветеринары дадут добро» (if the vets give "
     "the go-ahead) is dropped, so the date reads as firm; contains the term of q39", None),
    ("q30", S, D, "addition", ["d3_14"],
     "Stops to examine, water, feed and walk the animals must be made at least every three hours.",
     "Des arrêts pour examiner, abreuver, nourrir et faire marcher les animaux doivent être effectués au "
     "moins toutes les trois heures.",
     "drifted (addition of a list item): \"walk\" / \"faire marcher\" added to осмотра, поения и кормления "
     "(examining, watering and feeding)", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_09", "d1_10", "d1_11"],
     "The zoo's director, Vera Kolosova, is to ensure that the two Asian elephants, Tara and Malika, are "
     "moved to Nizhneborsk Zoo for temporary keeping by 1 March 2026. The animals may be transported only "
     "once the region's state veterinary service has given a favourable opinion. The cost of transporting "
     "the elephants and feeding them at Nizhneborsk Zoo, up to a maximum of 1.5 million roubles a year, is "
     "to be met from the regional budget funds allocated to the zoo.",
     "La directrice du zoo, Vera Kolossova, devra assurer d'ici au 1er mars 2026 le transfert des deux "
     "éléphants d'Asie, Tara et Malika, vers le zoo de Nijneborsk, où ils seront hébergés temporairement. "
     "Le transport des animaux n'aura lieu qu'après un avis favorable du service vétérinaire public de la "
     "région. Les frais de transport et de nourriture des éléphants au zoo de Nijneborsk, dans la limite "
     "d'un million cinq cent mille roubles par an, seront couverts par les crédits du budget régional "
     "alloués au zoo.",
     "drifted (numbers) in sentence 3: одного миллиона двухсот тысяч (1.2 million) → 1.5 million / un "
     "million cinq cent mille; sentences 1 and 2 faithful (Вере Колосовой, dative = Vera Kolosova)", None),
    ("q32", L, D, "omission", ["d3_03", "d3_04", "d3_05"],
     "Since the roof collapse, the conditions in which the animals are kept have not met veterinary "
     "requirements. Over the past week the temperature in the indoor enclosure has dropped as low as "
     "twelve degrees, against a norm of twenty to twenty-two. Four heat guns have been installed to warm "
     "the building.",
     "Depuis l'effondrement de la toiture, les conditions de détention des animaux ne sont pas conformes "
     "aux exigences vétérinaires. Au cours de la dernière semaine, la température de l'enclos intérieur est "
     "descendue jusqu'à 12 degrés, pour une norme de 20 à 22 degrés. Quatre canons à chaleur ont été "
     "installés pour chauffer le bâtiment.",
     "drifted (omission of a clause) in sentence 3: «однако при морозе сильнее двадцати градусов их "
     "мощности недостаточно» (but in frosts below minus twenty they are not powerful enough) dropped; "
     "sentences 1 and 2 faithful (near-miss d4_12 says five degrees); contains the term of q40", None),
    ("q33", L, D, "quantifier", ["d4_13", "d4_14", "d4_15"],
     "I've been coming to our zoo since I was a child, and for me the elephants have always been its main "
     "symbol. My daughter asks to go and see Tara most Sundays, and I don't know how to explain to her that "
     "we won't have Tara any more. It probably sounds naive, but I feel the elephants understand "
     "everything.",
     "Je viens dans notre zoo depuis l'enfance, et pour moi les éléphants en ont toujours été le principal "
     "symbole. Ma fille réclame d'aller voir Tara presque tous les dimanches, et je ne sais pas comment lui "
     "expliquer que Tara ne sera plus là. Ça paraît sans doute naïf, mais j'ai l'impression que les "
     "éléphants comprennent tout.",
     "drifted (quantifier) in sentence 2: каждое воскресенье (every Sunday) → most Sundays / presque tous "
     "les dimanches; sentences 1 and 3 faithful (Наверное kept as probably / sans doute); D4's own "
     "sentences", None),
    # partial
    ("q34", L, P, "", ["d2_08"],
     "The experts put the cost of repairing the roof alone at 200 million roubles. A repair would cost "
     "more than a new building and would still come with no guarantees.",
     "Les experts ont évalué la seule réfection de la toiture à deux cents millions de roubles. Une "
     "réparation coûterait plus cher qu'un nouveau bâtiment et n'offrirait de toute façon aucune garantie.",
     "partial: the first sentence (the experts put the roof repair alone at 200 million roubles) is in no "
     "source; the second is faithful to d2_08", None),
    ("q35", L, P, "", ["d1_12", "d1_13"],
     "Demolition of the elephant house is to be completed by 1 October 2026. The cleared site is to be "
     "handed over to the zoo for a temporary children's playground. By 1 July 2026 the committee's capital "
     "construction department is to draw up a design brief for a new elephant house that meets modern "
     "standards for keeping elephants.",
     "La démolition du bâtiment des éléphants devra être achevée d'ici au 1er octobre 2026. Le terrain "
     "libéré sera remis au zoo pour y aménager une aire de jeux provisoire pour les enfants. D'ici au "
     "1er juillet 2026, le service de la construction du comité préparera un cahier des charges pour la "
     "conception d'un nouveau bâtiment des éléphants conforme aux exigences actuelles en matière de "
     "détention des éléphants.",
     "partial: the middle sentence (the cleared site becomes a children's playground) is in no source; "
     "sentences 1 and 3 faithful to d1_12 and d1_13", None),
    ("q36", L, P, "", ["d4_16", "d4_17"],
     "We're collecting signatures to have the elephants kept in the city at least until spring. Surely a "
     "temporary heated pavilion could be put up, if there were the will. A local builder has already "
     "offered to do the work for free.",
     "Nous recueillons des signatures pour que les éléphants restent en ville au moins jusqu'au printemps. "
     "On pourrait bien installer un pavillon chauffé provisoire, si on le voulait vraiment. Un "
     "entrepreneur local a déjà proposé de faire les travaux gratuitement.",
     "partial: the last sentence (a local builder offered to do the work for free) is in no source; "
     "sentences 1 and 2 faithful to d4_16 and d4_17 (было бы желание = if there were the will / si on le "
     "voulait vraiment)", None),
    # terms
    ("q37", TM, T, "", ["d1_01"], "elephant house", "maison des éléphants",
     "term «слоновника» (genitive; one Russian word)", None),
    ("q38", TM, T, "", ["d1_06"], "operational management", "gestion opérationnelle",
     "term «оперативного управления» (genitive; a Russian property-law term)", None),
    ("q39", TM, T, "", ["d2_14"], "the green light", "le feu vert",
     "term «дадут добро» (verb phrase; literally give the good), idiom by idiom", None),
    ("q40", TM, T, "", ["d3_05"], "heat guns", "canons à chaleur",
     "term «тепловые пушки» (nominative plural)", None),
    ("q41", TM, T, "", ["d3_09"], "carpal joint", "articulation du carpe",
     "term «запястного сустава» (genitive; literally wrist joint)", None),
    ("q42", TM, T, "", ["d4_06"], "a pittance", "trois fois rien",
     "term «кот наплакал» (literally the cat has cried), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The zoo will hold a farewell day for Tara and Malika on 15 February, with free entry for children.",
     "Le zoo organisera le 15 février une journée d'adieu à Tara et Malika, avec entrée gratuite pour les "
     "enfants.",
     "absent: no farewell day is mentioned; resembles d2_14 and d1_08",
     "Пятнадцатого февраля зоопарк проведёт день прощания с Тарой и Маликой, вход для детей будет "
     "бесплатным."),
    ("q44", S, A, "", [],
     "Any calf born to Malika while she is in Nizhneborsk will remain the property of Nizhneborsk Zoo.",
     "Tout éléphanteau né de Malika pendant son séjour à Nijneborsk restera la propriété du zoo de "
     "Nijneborsk.",
     "absent: the agreement's terms on offspring are mentioned nowhere; resembles d2_17, d2_18 and d2_13",
     "Если у Малики во время пребывания в Нижнеборске родится слонёнок, он останется в собственности "
     "Нижнеборского зоопарка."),
    ("q45", S, A, "", [],
     "The inspector recommended moving both elephants by rail rather than by road.",
     "L'inspecteur a recommandé de transporter les deux éléphants par le train plutôt que par la route.",
     "absent: the inspector says nothing about rail; resembles d3_16, d3_17 and d2_12",
     "Инспектор рекомендовал перевозить обоих слонов по железной дороге, а не автотранспортом."),
    ("q46", S, A, "", [],
     "The committee has ordered the roofs of all the zoo's other buildings to be inspected by 1 April.",
     "Le comité a ordonné d'inspecter d'ici au 1er avril les toitures de tous les autres bâtiments du zoo.",
     "absent: the order covers only the elephant house; resembles d1_03, d1_07 and d1_08",
     "Комитет поручил до первого апреля обследовать кровли всех остальных зданий зоопарка."),
    ("q47", S, A, "", [],
     "Kolosova said the committee had already set aside the first 40 million roubles for designing the new "
     "elephant house.",
     "Selon Vera Kolossova, le comité aurait déjà débloqué une première tranche de quarante millions de "
     "roubles pour la conception du nouveau bâtiment des éléphants.",
     "absent: no money for the design is mentioned; resembles d1_13, d1_14 and d2_29 (French conditional "
     "for hearsay)",
     "Колосова сообщила, что комитет уже выделил первые сорок миллионов рублей на проектирование нового "
     "слоновника."),
    ("q48", L, A, "", [],
     "The survey found that the roof gave way because snow had not been cleared from it for several weeks. "
     "The zoo's chief engineer has been suspended pending an internal inquiry.",
     "L'expertise a établi que la toiture avait cédé faute d'avoir été déneigée pendant plusieurs semaines. "
     "L'ingénieur en chef du zoo a été suspendu dans l'attente d'une enquête interne.",
     "absent (2 sentences): no cause of the collapse and no engineer are mentioned; resembles d1_01, d1_03 "
     "and d2_10",
     "Экспертиза установила, что кровля обрушилась из-за того, что с неё несколько недель не убирали снег. "
     "Главный инженер зоопарка отстранён от работы до окончания служебной проверки."),
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
