"""Build the blind quotation set quote_blind36 from one table (standard library only).

Story: in the night of 8 to 9 November 2026 a fire destroys most of the only traction substation of the
city of Lovatsk; the whole trolleybus network stops for about three weeks, 38 trolleybuses stand idle,
27 diesel buses are hired from the neighbouring town of Maloyarsk and fares are frozen. Four Russian
source documents (D1 the regional transport ministry's order, D2 the transcript of a press conference of
the director of the municipal transport company, D3 the fire investigation laboratory's expert report,
D4 a passengers' group post, the near-miss document) and 48 English / French quotations. Sentence ids
(d1_04) are defined here: they number the sentences of each document from 01, in order, titles not
counted.

    .venv/bin/python benchmarks/data/quote_blind36_build.py

writes quote_blind36.tsv, quote_blind36_labels.tsv, quote_blind36_sources.ru.txt and
quote_blind36_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind36"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Приказ министерства транспорта Ловатской области «О мерах по организации перевозок пассажиров "
           "в связи с прекращением троллейбусного движения в городе Ловатске», 10 ноября 2026 года", [
        ["В ночь на девятое ноября 2026 года в результате пожара на тяговой подстанции по улице Заводской, "
         "единственной в городе Ловатске, полностью прекращено движение троллейбусов.",
         "На линии не могут выйти тридцать восемь троллейбусов, которые ежедневно перевозят около сорока "
         "одной тысячи пассажиров.",
         "По предварительной оценке муниципального предприятия «Горэлектротранс», восстановление "
         "электроснабжения контактной сети займёт не менее трёх недель.",
         "В целях обеспечения транспортного обслуживания населения на этот период министерство приказывает "
         "принять следующие меры."],
        ["Муниципальному предприятию «Горэлектротранс» с одиннадцатого ноября организовать перевозку "
         "пассажиров автобусами по временным маршрутам, повторяющим схему троллейбусных линий.",
         "Разрешить предприятию привлечь для этого по договорам аренды с экипажами до тридцати автобусов "
         "сторонних перевозчиков на срок не более тридцати дней.",
         "Расходы на аренду автобусов в сумме девятнадцати миллионов четырёхсот тысяч рублей покрыть за счёт "
         "резервного фонда правительства Ловатской области."],
        ["Установить, что стоимость проезда на временных автобусных маршрутах составляет тридцать пять "
         "рублей, как и в троллейбусе.",
         "Проездные билеты, оформленные на ноябрь и декабрь, действуют на временных маршрутах без доплаты.",
         "Повышение тарифа до сорока рублей, запланированное с первого декабря, отложить до первого марта "
         "2027 года."],
        ["Предприятию сохранить за водителями и кондукторами троллейбусов средний заработок на весь период "
         "простоя.",
         "Водителей, имеющих право управления автобусами, с их согласия привлекать к работе на временных "
         "маршрутах."],
        ["Предприятию в десятидневный срок представить в министерство план восстановления тяговой подстанции "
         "с расчётом стоимости работ.",
         "Одновременно подготовить предложения о строительстве второй, резервной подстанции в восточной "
         "части города.",
         "Отделу информационной политики министерства ежедневно информировать жителей о схеме временных "
         "маршрутов и о сроках возобновления троллейбусного движения."],
        ["Государственной транспортной инспекции области проверять соблюдение перевозчиками расписания и "
         "правил перевозки пассажиров на временных маршрутах.",
         "Жалобы пассажиров на работу временных маршрутов рассматривать в течение трёх рабочих дней."],
        ["Приказ вступает в силу со дня его подписания.",
         "Контроль за исполнением приказа оставляю за собой.",
         "Министр транспорта Ловатской области Ольга Ерёмина."],
    ]),
    ("D2", "Стенограмма пресс-конференции директора муниципального предприятия «Горэлектротранс» Геннадия "
           "Щербакова, Ловатск, 12 ноября 2026 года", [
        ["Модератор: Добрый день, коллеги, начинаем пресс-конференцию.",
         "На ваши вопросы ответит директор предприятия «Горэлектротранс» Геннадий Петрович Щербаков."],
        ["Щербаков: Начну с главного: в ночь на девятое ноября мы потеряли единственную тяговую подстанцию, "
         "и вся троллейбусная сеть города осталась без напряжения.",
         "Никто из сотрудников не пострадал, дежурный электромонтёр сам вызвал пожарных и отключил питание.",
         "Все тридцать восемь троллейбусов целы и стоят в депо, но без подстанции это просто металлолом на "
         "колёсах."],
        ["Вопрос («Ловатские вести»): Когда троллейбусы вернутся на линии?"],
        ["Щербаков: Мы взяли в аренду две передвижные подстанции у производителя из Нижегородской области.",
         "Их привезут к двадцать пятому ноября, и ещё около пяти дней уйдёт на подключение и испытания.",
         "Если всё пойдёт по плану, троллейбусы выйдут на линии тридцатого ноября.",
         "Но точную дату я обещать не буду, потому что многое зависит от погоды и от поставщика."],
        ["Вопрос (телеканал «Ловать-24»): Как сейчас возят людей?"],
        ["Щербаков: Двадцать семь дизельных автобусов с водителями нам предоставило Малоярское "
         "автотранспортное предприятие.",
         "Они работают на пяти временных маршрутах, которые повторяют троллейбусные.",
         "В часы пик автобусы ходят с интервалом от восьми до десяти минут, в остальное время — примерно раз "
         "в пятнадцать минут.",
         "На линии они выходят в шесть утра и работают до десяти вечера, тогда как троллейбусы ходили с "
         "половины шестого до половины двенадцатого."],
        ["Вопрос («Ловатские вести»): Что будет с водителями троллейбусов?"],
        ["Щербаков: Все водители и кондукторы сохраняют средний заработок, как того требует приказ "
         "министерства.",
         "Девятнадцать наших водителей, у которых есть права категории D, уже вышли на временные маршруты."],
        ["Вопрос (портал «Ловатск онлайн»): Почему у города с населением в триста тысяч всего одна "
         "подстанция?"],
        ["Щербаков: Это правильный вопрос, и задавать его нужно не только мне.",
         "Проект второй подстанции в восточной части города был готов ещё в 2019 году, но денег на "
         "строительство так и не нашлось.",
         "Мы много лет жили как на пороховой бочке, и вот она взорвалась.",
         "Я не снимаю с себя ответственности, но и делать вид, что это стало для нас неожиданностью, не "
         "буду."],
        ["Вопрос («Ловать-24»): Во сколько обойдётся ремонт?"],
        ["Щербаков: По нашей предварительной оценке, восстановление подстанции обойдётся примерно в "
         "девяносто шесть миллионов рублей.",
         "Передвижные подстанции — это временное решение, а постоянную мы рассчитываем восстановить к "
         "апрелю."],
        ["Вопрос («Ловатск онлайн»): Поднимется ли цена проезда?"],
        ["Щербаков: Нет, на временных маршрутах проезд стоит те же тридцать пять рублей, и все проездные "
         "действуют.",
         "Пассажирам с проездными ничего не нужно доплачивать или переоформлять.",
         "Повышение тарифа, которое планировалось с декабря, по приказу министерства отложено до марта."],
    ]),
    ("D3", "Техническое заключение испытательной пожарной лаборатории по Ловатской области о пожаре на "
           "тяговой подстанции по улице Заводской, 18 ноября 2026 года", [
        ["Настоящее заключение подготовлено испытательной пожарной лабораторией по Ловатской области по "
         "запросу отдела надзорной деятельности города Ловатска.",
         "Исследование провели ведущий эксперт Павел Кудрявцев и эксперт Марина Зотова в период с десятого "
         "по восемнадцатое ноября 2026 года.",
         "Перед экспертами были поставлены вопросы о месте возникновения и причине пожара, а также об "
         "обстоятельствах, способствовавших его распространению."],
        ["Сообщение о пожаре на тяговой подстанции по улице Заводской поступило девятого ноября в два часа "
         "сорок семь минут.",
         "Первое пожарное подразделение прибыло на место через восемь минут после сообщения.",
         "Открытое горение было ликвидировано в пять часов десять минут, площадь пожара составила сто "
         "двадцать квадратных метров.",
         "Пострадавших нет."],
        ["Огнём уничтожены два из трёх выпрямительных агрегатов, повреждены распределительное устройство "
         "десять киловольт и кровля здания.",
         "Третий выпрямительный агрегат внешних повреждений не имеет, однако до проверки его эксплуатация не "
         "допускается.",
         "Здание подстанции построено в 1978 году, кабельные линии внутри него не заменялись с момента ввода "
         "в эксплуатацию."],
        ["Эксперты установили, что очаг пожара находился в помещении выпрямительных агрегатов, в районе "
         "кабельной муфты второго агрегата.",
         "Наиболее вероятной причиной пожара эксперты считают короткое замыкание в этой муфте вследствие "
         "старения изоляции.",
         "Не исключено, что износу изоляции способствовали многолетние перегрузки агрегата в часы пик.",
         "Признаков поджога, а также следов легковоспламеняющихся жидкостей на месте пожара не обнаружено."],
        ["После ремонта кровли в августе 2026 года автоматическая пожарная сигнализация в помещении "
         "выпрямительных агрегатов так и не была вновь подключена.",
         "По оценке экспертов, дежурный электромонтёр заметил дым не ранее чем через пятнадцать минут после "
         "начала горения.",
         "Первичные средства пожаротушения на подстанции имелись, однако применить их в задымлённом "
         "помещении было невозможно.",
         "Последняя плановая проверка противопожарного состояния подстанции проводилась в 2023 году."],
        ["Эксперты пришли к выводу, что пожар носит техногенный характер и связан с неисправностью "
         "электрооборудования.",
         "Своевременное срабатывание автоматической пожарной сигнализации, вероятно, позволило бы ограничить "
         "ущерб одним агрегатом.",
         "Ответить на вопрос, можно ли было предотвратить аварию своевременной заменой кабелей, без "
         "дополнительного исследования эксперты не могут."],
        ["Эксперты рекомендуют до ввода подстанции в эксплуатацию заменить все кабельные линии в помещении "
         "выпрямительных агрегатов.",
         "Рекомендуется также оборудовать это помещение автоматической установкой пожаротушения и вывести "
         "сигнал тревоги на пульт пожарной охраны.",
         "Материалы заключения направлены в отдел надзорной деятельности для принятия процессуального "
         "решения."],
    ]),
    ("D4", "Пост администратора группы «Пассажиры Ловатска» Тамары Белоусовой в социальной сети, "
           "16 ноября 2026 года", [
        ["Друзья, прошла неделя без троллейбусов, и пора подвести первые итоги.",
         "В депо стоят почти полсотни машин, а весь город тем временем ездит как сельди в бочке."],
        ["Из Малоярска пригнали десятка два автобусов, и многим из них, по-моему, лет по тридцать.",
         "Ходят они раз в полчаса, а после девяти вечера их вообще не дождёшься.",
         "Вчера я сорок минут простояла на остановке у рынка и в итоге пошла пешком."],
        ["Троллейбусов, судя по всему, не будет минимум до Нового года.",
         "Пожарные, говорят, ехали чуть ли не полчаса, а сигнализация на подстанции не работала уже "
         "несколько лет.",
         "Многие в нашей группе уверены, что подстанцию подожгли, хотя официально об этом молчат."],
        ["Водителей троллейбусов, по слухам, всех до одного отправили в неоплачиваемый отпуск.",
         "А с декабря проезд всё равно поднимут до сорока пяти рублей, так что никакой заморозки тарифов "
         "нет.",
         "Про вторую подстанцию нам рассказывают с две тысячи десятого года, а воз и ныне там."],
        ["Я не ищу виноватых, мне просто нужно каждое утро довезти сына до школы, а себя до работы.",
         "Поэтому у нас три просьбы к «Горэлектротрансу» и министерству.",
         "Пустите автобусы хотя бы до одиннадцати вечера, как ходили троллейбусы.",
         "Повесьте на остановках нормальное расписание, а не листок на скотче.",
         "И перестаньте разговаривать с нами так, будто это мы виноваты, что у города одна подстанция."],
        ["Пишите в комментариях, сколько вы сегодня ждали автобус, я всё соберу и отправлю в министерство.",
         "Чем больше нас будет, тем труднее будет делать вид, что ничего не происходит.",
         "Берегите себя и друг друга."],
    ]),
]

# 15 unrelated sentences in the same registers (a ministry order, a press conference, a fire expert's
# report, town and transport news, a social-media post); they are in no document.
UNRELATED = [
    "Министерство напоминает, что заявки на обслуживание пригородных автобусных маршрутов принимаются до "
    "конца месяца.",
    "Приказ о порядке выдачи льготных проездных билетов студентам вступает в силу с первого января.",
    "Управлению дорожного хозяйства завершить ремонт моста через реку Сежу до начала ледостава.",
    "Вопрос: Когда откроется новый автовокзал?",
    "Мы рассчитываем, что первые пассажиры увидят обновлённый вокзал уже весной.",
    "Модератор: Спасибо всем, пресс-конференция окончена.",
    "Причиной возгорания в гаражном кооперативе эксперты назвали неосторожное обращение с паяльной лампой.",
    "Образцы обгоревшей проводки из жилого дома направлены в лабораторию для дополнительного исследования.",
    "Пожар в частном доме на улице Садовой был ликвидирован за сорок минут, жильцы эвакуированы.",
    "На перекрёстке у городской поликлиники с понедельника меняется схема движения.",
    "Городская библиотека продлила часы работы по четвергам до восьми вечера.",
    "Школьники из Ловатска заняли первое место на областной олимпиаде по физике.",
    "В субботу в парке у набережной пройдёт ярмарка выходного дня.",
    "Друзья, кто знает хорошего мастера по ремонту стиральных машин, напишите в личные сообщения!",
    "Спасибо всем, кто откликнулся и помог найти нашу собаку, она уже дома.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d2_05"],
     "All 38 trolleybuses are intact and parked at the depot, but without the substation they are just "
     "scrap metal on wheels.",
     "Les trente-huit trolleybus sont tous intacts et garés au dépôt, mais sans sous-station, ce n'est que "
     "de la ferraille sur roues.",
     "faithful; numbers as digits in en, words in fr; Все = all / tous; металлолом на колёсах = scrap "
     "metal on wheels / ferraille sur roues; near-miss d4_02 says almost fifty", None),
    ("q02", S, F, "", ["d1_08"],
     "The fare on the temporary bus routes is set at 35 roubles, the same as on the trolleybus.",
     "Le prix du trajet sur les lignes provisoires d'autobus est fixé à trente-cinq roubles, comme en "
     "trolleybus.",
     "faithful; decree form Установить, что ... составляет = is set at / est fixé à; numbers as digits in "
     "en, words in fr; near-miss d4_10 says the fare will rise to forty-five", None),
    ("q03", S, F, "", ["d3_12"],
     "The experts regard a short circuit in this joint, caused by ageing insulation, as the most likely "
     "cause of the fire.",
     "Pour les experts, la cause la plus probable de l'incendie est un court-circuit dans cette boîte de "
     "jonction, dû au vieillissement de l'isolant.",
     "faithful; hedge Наиболее вероятной kept as most likely / la plus probable; clauses reordered; "
     "кабельная муфта = joint / boîte de jonction; near-miss d4_08 says arson", None),
    ("q04", S, F, "", ["d3_14"],
     "No signs of arson, and no traces of flammable liquids, were found at the scene.",
     "Aucun indice d'incendie volontaire ni aucune trace de liquide inflammable n'a été relevé sur les "
     "lieux.",
     "faithful; не обнаружено (negated verb) = no ... were found / aucun ... n'a été relevé; near-miss "
     "d4_08 says the substation was set on fire", None),
    ("q05", S, F, "", ["d2_09"],
     "If all goes to plan, the trolleybuses will be back in service on November 30.",
     "Si tout se passe comme prévu, les trolleybus reprendront du service le 30 novembre.",
     "faithful; the condition kept; тридцатого ноября = November 30 / 30 novembre; выйдут на линии = back "
     "in service / reprendront du service; near-miss d4_06 says not before New Year", None),
    ("q06", S, F, "", ["d1_12"],
     "Drivers licensed to drive buses are to be deployed on the temporary routes, with their consent.",
     "Les conducteurs habilités à conduire des autobus doivent, avec leur accord, être affectés aux lignes "
     "provisoires.",
     "faithful; the order's infinitive (привлекать) turned passive; clauses reordered in en", None),
    ("q07", S, F, "", ["d3_16"],
     "The experts estimate that the duty electrician did not notice the smoke until at least fifteen "
     "minutes after the fire broke out.",
     "Selon l'estimation des experts, l'électricien de permanence n'aurait remarqué la fumée qu'au bout "
     "d'un quart d'heure au moins après le début de l'incendie.",
     "faithful; не ранее чем через пятнадцать минут = not until at least fifteen minutes / au bout d'un "
     "quart d'heure au moins; French conditional for the experts' estimate (По оценке экспертов)", None),
    ("q08", S, F, "", ["d4_09"],
     "Rumour has it that every single trolleybus driver has been sent on unpaid leave.",
     "D'après les rumeurs, tous les conducteurs de trolleybus sans exception auraient été mis en congé sans "
     "solde.",
     "faithful rendering of the near-miss sentence d4_09 (D1 d1_11 and D2 d2_17 say all keep their "
     "average pay); всех до одного = every single / tous sans exception; по слухам = rumour has it / "
     "d'après les rumeurs, with the French conditional", None),
    ("q09", S, F, "", ["d4_06"],
     "By the look of things, there won't be any trolleybuses until New Year at the earliest.",
     "Selon toute apparence, il n'y aura pas de trolleybus avant le Nouvel An au plus tôt.",
     "faithful rendering of the near-miss sentence d4_06 (D2 d2_09 says 30 November); судя по всему = by "
     "the look of things / selon toute apparence; минимум до = until ... at the earliest / au plus tôt",
     None),
    ("q10", S, F, "", ["d2_21"],
     "A project for a second substation in the eastern part of the city was ready as far back as 2019, but "
     "the money to build it was never found.",
     "Le projet d'une deuxième sous-station dans l'est de la ville était prêt dès 2019, mais l'argent pour "
     "la construire n'a jamais été trouvé.",
     "faithful; так и не нашлось = was never found / n'a jamais été trouvé; ещё в = as far back as / dès; "
     "near-miss d4_11 says since 2010", None),
    ("q11", S, F, "", ["d4_05"],
     "Yesterday I waited forty minutes at the stop by the market and ended up walking.",
     "Hier, j'ai attendu 40 minutes à l'arrêt du marché, et j'ai fini par partir à pied.",
     "faithful; D4's own sentence; сорок = forty / 40; простояла = waited / attendu", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_01", "d1_02"],
     "On the night of 8 to 9 November 2026, trolleybus services came to a complete halt after a fire at the "
     "traction substation on Zavodskaya Street, the only one in Lovatsk. Thirty-eight trolleybuses, which "
     "carry about 41,000 passengers a day, cannot go out on their routes.",
     "Dans la nuit du 8 au 9 novembre 2026, un incendie dans la sous-station de traction de la rue "
     "Zavodskaïa, la seule de Lovatsk, a entièrement paralysé la circulation des trolleybus. Trente-huit "
     "trolleybus, qui transportent chaque jour environ quarante et un mille passagers, ne peuvent plus "
     "sortir sur leurs lignes.",
     "faithful; в ночь на девятое ноября = on the night of 8 to 9 November / dans la nuit du 8 au 9; "
     "passive прекращено turned active (came to a halt / a paralysé); в городе Ловатске = Lovatsk "
     "(nominative); около kept as about / environ; near-miss d4_02 says almost fifty trolleybuses", None),
    ("q13", L, F, "", ["d2_07", "d2_08"],
     "We have leased two mobile substations from a manufacturer in the Nizhny Novgorod region. They will be "
     "delivered by 25 November, and connecting and testing them will take about five more days.",
     "Nous avons loué deux sous-stations mobiles auprès d'un fabricant de la région de Nijni Novgorod. "
     "Elles seront livrées d'ici au 25 novembre, puis il faudra encore environ cinq jours pour les raccorder "
     "et les essayer.",
     "faithful; the speaker label «Щербаков:» not rendered; из Нижегородской области = the Nizhny Novgorod "
     "region / la région de Nijni Novgorod; около kept; contains the term of q39", None),
    ("q14", L, F, "", ["d3_06", "d3_07"],
     "The flames were put out at 5:10, and the area of the fire came to 120 square metres. There were no "
     "casualties.",
     "Les flammes ont été éteintes à 5 h 10 ; l'incendie a couvert une surface de cent vingt mètres carrés. "
     "Aucune victime n'est à déplorer.",
     "faithful; в пять часов десять минут = 5:10 / 5 h 10 (local notation); Пострадавших нет = there were "
     "no casualties / aucune victime n'est à déplorer; numbers as digits in en, words in fr", None),
    ("q15", L, F, "", ["d2_22", "d2_23"],
     "For years we were sitting on a powder keg, and now it has gone off. I'm not shirking responsibility, "
     "but nor am I going to pretend this came as a surprise to us.",
     "Pendant des années, nous avons vécu sur une poudrière, et voilà qu'elle a explosé. Je ne me dérobe pas "
     "à mes responsabilités, mais je ne vais pas non plus faire comme si nous avions été pris de court.",
     "faithful; как на пороховой бочке (literally on a powder barrel) = on a powder keg / sur une "
     "poudrière; не снимаю с себя ответственности = I'm not shirking responsibility / je ne me dérobe pas; "
     "стало неожиданностью = came as a surprise / pris de court, idiom by idiom; contains the term of q38",
     None),
    ("q16", L, F, "", ["d4_17", "d4_18"],
     "Tell us in the comments how long you waited for a bus today, and I'll gather it all up and send it to "
     "the ministry. The more of us there are, the harder it will be for them to pretend nothing is going "
     "on.",
     "Dites en commentaire combien de temps vous avez attendu le bus aujourd'hui, je rassemblerai tout et "
     "je l'enverrai au ministère. Plus nous serons nombreux, plus il sera difficile de faire comme si de "
     "rien n'était.",
     "faithful; D4's own sentences; делать вид, что ничего не происходит = pretend nothing is going on / "
     "faire comme si de rien n'était, idiom by idiom", None),
    # faithful, three sentences
    ("q17", L, F, "", ["d1_13", "d1_14", "d1_15"],
     "Within ten days, the company is to submit to the ministry a plan for restoring the traction "
     "substation, with a costing of the work. At the same time, it is to draw up proposals for building a "
     "second, back-up substation in the east of the city. The ministry's information policy department is "
     "to keep residents informed every day about the temporary routes and about when trolleybus services "
     "will resume.",
     "L'entreprise présentera au ministère, dans un délai de dix jours, un plan de remise en état de la "
     "sous-station de traction assorti d'une estimation du coût des travaux. Elle préparera parallèlement "
     "des propositions pour la construction d'une deuxième sous-station, de secours, dans la partie est de "
     "la ville. Le service de la politique d'information du ministère informera chaque jour les habitants "
     "du tracé des lignes provisoires et de la date de reprise des trolleybus.",
     "faithful; the order's infinitives rendered as is to / futur; в десятидневный срок = within ten days "
     "/ dans un délai de dix jours; clauses reordered in fr", None),
    ("q18", L, F, "", ["d2_02", "d2_03", "d2_04"],
     "Your questions will be answered by the director of Gorelektrotrans, Gennady Petrovich Shcherbakov. "
     "Let me start with the most important thing: on the night of 8 to 9 November we lost our only traction "
     "substation, and the city's entire trolleybus network was left without power. None of our staff were "
     "hurt; the duty electrician called the fire brigade himself and cut off the supply.",
     "Le directeur de l'entreprise Gorelektrotrans, Guennadi Petrovitch Chtcherbakov, va répondre à vos "
     "questions. Je commence par l'essentiel : dans la nuit du 8 au 9 novembre, nous avons perdu notre "
     "unique sous-station de traction, et tout le réseau de trolleybus de la ville s'est retrouvé hors "
     "tension. Aucun membre du personnel n'a été blessé ; l'électricien de garde a lui-même appelé les "
     "pompiers et coupé l'alimentation.",
     "faithful; spans a paragraph break (d2_02 | d2_03, d2_04); the speaker label «Щербаков:» not "
     "rendered; active turned passive in en; Никто ... не пострадал = none ... were hurt / aucun ... n'a "
     "été blessé", None),
    ("q19", L, F, "", ["d2_28", "d2_29", "d2_30"],
     "No, on the temporary routes the fare is still 35 roubles, and every travel pass is accepted. "
     "Passengers with passes don't have to pay anything extra or get anything reissued. The fare rise that "
     "had been planned for December has been put off until March by order of the ministry.",
     "Non, sur les lignes provisoires, le trajet coûte toujours trente-cinq roubles, et tous les abonnements "
     "sont valables. Les abonnés n'ont rien à payer en plus ni aucune démarche à faire. La hausse du tarif "
     "prévue en décembre a été repoussée à mars sur ordre du ministère.",
     "faithful; те же = still / toujours; ничего не нужно доплачивать = don't have to pay anything extra / "
     "n'ont rien à payer en plus; numbers as digits in en, words in fr; near-miss d4_10 says the fare will "
     "rise in December", None),
    ("q20", L, F, "", ["d3_09", "d3_10", "d3_11"],
     "The third rectifier unit shows no visible damage, but it may not be used until it has been inspected. "
     "The substation building dates from 1978, and the cables inside it have not been replaced since it was "
     "commissioned. The experts established that the fire started in the rectifier room, near the cable "
     "joint of the second unit.",
     "Le troisième redresseur ne présente pas de dommages apparents, mais il ne peut être exploité avant "
     "d'avoir été contrôlé. Le bâtiment de la sous-station date de 1978, et ses câbles n'ont jamais été "
     "remplacés depuis sa mise en service. Les experts ont établi que le foyer de l'incendie se trouvait "
     "dans la salle des redresseurs, à proximité de la boîte de jonction du deuxième redresseur.",
     "faithful; spans a paragraph break (d3_09, d3_10 | d3_11); построено в 1978 году = dates from 1978 / "
     "date de 1978; очаг пожара находился = the fire started / le foyer se trouvait; contains the term of "
     "q40", None),
    ("q21", L, F, "", ["d4_13", "d4_14", "d4_16"],
     "So we have three requests for Gorelektrotrans and the ministry. Let the buses run at least until "
     "eleven at night, as the trolleybuses did. (…) And stop talking to us as if it were our fault that the "
     "city has only one substation.",
     "Nous avons donc trois demandes à adresser à Gorelektrotrans et au ministère. Faites rouler les bus au "
     "moins jusqu'à 23 heures, comme les trolleybus. (…) Et arrêtez de nous parler comme si c'était notre "
     "faute si la ville n'a qu'une sous-station.",
     "faithful; ellipsis (…) skips d4_15 (the timetable on the stops); D4's own sentences; к "
     "«Горэлектротрансу» (dative) = Gorelektrotrans; до одиннадцати вечера = until eleven at night / "
     "jusqu'à 23 heures", None),
    ("q22", L, F, "", ["d3_19", "d3_20", "d3_22"],
     "The experts concluded that the fire was technical in origin and linked to faulty electrical "
     "equipment. Had the automatic fire alarm gone off in time, the damage would probably have been "
     "confined to a single unit. […] The experts recommend that all cable lines in the rectifier room be "
     "replaced before the substation is brought back into service.",
     "Les experts ont conclu que l'incendie était d'origine technique et lié à une défaillance de "
     "l'équipement électrique. Si l'alarme incendie automatique s'était déclenchée à temps, les dégâts "
     "auraient probablement pu être limités à un seul redresseur. […] Les experts recommandent de "
     "remplacer toutes les lignes de câbles de la salle des redresseurs avant la remise en service de la "
     "sous-station.",
     "faithful; ellipsis […] skips d3_21 (the question the experts cannot answer); the quotation spans a "
     "paragraph break (d3_19, d3_20 | d3_22); hedge вероятно kept as probably / probablement; noun phrase "
     "Своевременное срабатывание turned into a conditional clause", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d3_05"],
     "The first fire crew reached the scene eighteen minutes after the call.",
     "La première équipe de pompiers est arrivée sur les lieux dix-huit minutes après l'appel.",
     "drifted (numbers): через восемь минут (eight minutes) → eighteen / dix-huit; the rest faithful; "
     "near-miss d4_07 says almost half an hour", None),
    ("q24", S, D, "names", ["d2_12"],
     "The Maloyaroslavets motor transport company has let us have 27 diesel buses, drivers included.",
     "L'entreprise de transport routier de Maloïaroslavets nous a fourni vingt-sept autobus diesel avec "
     "leurs chauffeurs.",
     "drifted (names): Малоярское (of Maloyarsk) → Maloyaroslavets, a real town with a similar name; 27 "
     "and the drivers kept; near-miss d4_03 says about twenty buses", None),
    ("q25", S, D, "negation", ["d3_15"],
     "After the roof was repaired in August 2026, the automatic fire alarm in the rectifier room was "
     "connected again.",
     "Après la réfection de la toiture en août 2026, l'alarme incendie automatique de la salle des "
     "redresseurs a de nouveau été raccordée.",
     "drifted (negation reversal): так и не была вновь подключена (was never reconnected) → was connected "
     "again / a de nouveau été raccordée; contains the term of q41", None),
    ("q26", S, D, "hedge", ["d1_10"],
     "The fare increase to 40 roubles planned from 1 December will probably be deferred until 1 March "
     "2027.",
     "La hausse du tarif à quarante roubles, prévue au 1er décembre, sera vraisemblablement reportée au "
     "1er mars 2027.",
     "drifted (hedge added): the order states it (отложить, to be postponed) → will probably be deferred / "
     "sera vraisemblablement reportée", None),
    ("q27", S, D, "hedge", ["d3_13"],
     "Years of overloading the unit at rush hour contributed to the wear of the insulation.",
     "Des années de surcharge du redresseur aux heures de pointe ont contribué à l'usure de l'isolant.",
     "drifted (hedge dropped): Не исключено, что ... способствовали (it cannot be ruled out that ... "
     "contributed) → contributed / ont contribué, stated as fact", None),
    ("q28", S, D, "quantifier", ["d2_17"],
     "Most drivers and conductors are keeping their average pay, as the ministry's order requires.",
     "La plupart des conducteurs et des receveurs conservent leur salaire moyen, comme l'exige l'arrêté du "
     "ministère.",
     "drifted (quantifier): Все водители и кондукторы (all drivers and conductors) → most / la plupart; "
     "the rest faithful; near-miss d4_09 says all were sent on unpaid leave", None),
    ("q29", S, D, "omission", ["d1_06"],
     "The company is authorised to hire up to thirty buses with crews from other operators for this "
     "purpose.",
     "L'entreprise est autorisée à louer à cette fin jusqu'à trente autobus avec chauffeur auprès d'autres "
     "transporteurs.",
     "drifted (omission of a restriction): на срок не более тридцати дней (for no more than thirty days) "
     "dropped, so the hire reads as open-ended; up to thirty buses kept", None),
    ("q30", S, D, "addition", ["d3_08"],
     "The fire destroyed two of the three rectifier units and damaged the 10 kV switchgear, the control "
     "room and the roof of the building.",
     "Le feu a détruit deux des trois redresseurs et endommagé l'appareillage de 10 kV, la salle de "
     "commande et la toiture du bâtiment.",
     "drifted (addition of a list item): the control room / la salle de commande added to the damaged "
     "parts; the rest faithful (active voice for the passive уничтожены, повреждены)", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_13", "d2_14", "d2_15"],
     "They run on five temporary routes that follow the trolleybus lines. At peak times the buses come "
     "every eight to ten minutes, and the rest of the day roughly every twenty minutes. They go out at six "
     "in the morning and run until ten at night, whereas the trolleybuses ran from half past five until "
     "half past eleven.",
     "Ils circulent sur cinq lignes provisoires qui reprennent le tracé des trolleybus. Aux heures de "
     "pointe, les bus passent toutes les huit à dix minutes, le reste du temps environ toutes les vingt "
     "minutes. Ils sortent à 6 heures et roulent jusqu'à 22 heures, alors que les trolleybus circulaient de "
     "5 h 30 à 23 h 30.",
     "drifted (numbers) in sentence 2: раз в пятнадцать минут (every fifteen minutes off-peak) → twenty / "
     "vingt; eight to ten kept; sentences 1 and 3 faithful; near-miss d4_04 says every half hour", None),
    ("q32", L, D, "names", ["d3_01", "d3_02", "d3_03"],
     "This report was prepared by the fire testing laboratory for the Lovatsk region at the request of the "
     "Lovatsk city fire supervision department. The investigation was carried out from 10 to 18 November "
     "2026 by senior expert Pavel Kudryashov and expert Marina Zotova. The experts were asked to establish "
     "where and why the fire started and what circumstances contributed to its spread.",
     "Le présent rapport a été établi par le laboratoire d'essais incendie de la région de Lovatsk à la "
     "demande du service de contrôle de la ville de Lovatsk. L'expertise a été menée du 10 au 18 novembre "
     "2026 par l'expert principal Pavel Koudriachov et l'experte Marina Zotova. Il était demandé aux "
     "experts de déterminer le lieu d'origine et la cause de l'incendie ainsi que les circonstances ayant "
     "favorisé sa propagation.",
     "drifted (names) in sentence 2: surname Кудрявцев (Kudryavtsev) → Kudryashov / Koudriachov; first "
     "name Pavel and Marina Zotova kept; sentences 1 and 3 faithful", None),
    ("q33", L, D, "hedge", ["d1_03", "d1_04", "d1_05"],
     "Restoring power to the overhead contact network will take at least three weeks. To keep the public "
     "served by transport during this period, the ministry orders the following measures. From 11 "
     "November, the municipal company Gorelektrotrans is to carry passengers by bus on temporary routes "
     "that follow the trolleybus lines.",
     "Le rétablissement de l'alimentation du réseau de contact prendra au moins trois semaines. Afin "
     "d'assurer la desserte de la population pendant cette période, le ministère ordonne les mesures "
     "suivantes. À compter du 11 novembre, l'entreprise municipale Gorelektrotrans organisera le transport "
     "des passagers par autobus sur des lignes provisoires reprenant le tracé des lignes de trolleybus.",
     "drifted (hedge dropped) in sentence 1: По предварительной оценке муниципального предприятия (by the "
     "municipal company's preliminary estimate) dropped, so at least three weeks reads as established; "
     "sentences 2-3 faithful; spans a paragraph break (d1_03, d1_04 | d1_05)", None),
    # partial
    ("q34", L, P, "", ["d4_12"],
     "Last week alone I spent more than a thousand roubles on taxis. I'm not looking for someone to blame; "
     "I just need to get my son to school and myself to work every morning.",
     "Rien que la semaine dernière, j'ai dépensé plus de mille roubles en taxis. Je ne cherche pas de "
     "coupables, j'ai juste besoin d'amener mon fils à l'école et moi-même au travail chaque matin.",
     "partial: the first sentence (more than a thousand roubles spent on taxis) is in no source; the "
     "second is faithful to d4_12", None),
    ("q35", L, P, "", ["d3_17", "d3_18"],
     "There was first-aid firefighting equipment at the substation, but it could not be used in the "
     "smoke-filled room. The staff had not had a fire drill for at least two years. The last scheduled "
     "fire-safety inspection of the substation took place in 2023.",
     "La sous-station disposait bien de moyens de première intervention, mais il était impossible de les "
     "utiliser dans la salle envahie par la fumée. Le personnel n'avait pas fait d'exercice d'incendie "
     "depuis au moins deux ans. La dernière inspection programmée de la sécurité incendie de la "
     "sous-station remonte à 2023.",
     "partial: the middle sentence (no fire drill for at least two years) is in no source; sentences 1 and "
     "3 faithful to d3_17 and d3_18", None),
    ("q36", L, P, "", ["d2_25"],
     "By our preliminary estimate, restoring the substation will cost about 96 million roubles. The city "
     "has already promised to cover half of that amount.",
     "Selon notre estimation préliminaire, la remise en état de la sous-station coûtera environ "
     "quatre-vingt-seize millions de roubles. La mairie a déjà promis d'en prendre la moitié à sa charge.",
     "partial: the last sentence (the city will pay half) is in no source; the real next sentence, d2_26, "
     "is about the mobile substations and April; the first is faithful to d2_25", None),
    # terms
    ("q37", TM, T, "", ["d1_07"], "reserve fund", "fonds de réserve",
     "term «резервного фонда» (genitive)", None),
    ("q38", TM, T, "", ["d2_22"], "a powder keg", "une poudrière",
     "term «на пороховой бочке» (prepositional; literally on a powder barrel), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_07"], "mobile substations", "sous-stations mobiles",
     "term «передвижные подстанции» (accusative plural)", None),
    ("q40", TM, T, "", ["d3_11"], "point of origin", "foyer de l'incendie",
     "term «очаг пожара» (nominative; literally the hearth of the fire)", None),
    ("q41", TM, T, "", ["d3_15"], "automatic fire alarm", "alarme incendie automatique",
     "term «автоматическая пожарная сигнализация» (nominative)", None),
    ("q42", TM, T, "", ["d4_02"], "like sardines", "comme des sardines",
     "term «как сельди в бочке» (literally like herrings in a barrel), idiom by idiom; in the near-miss "
     "sentence d4_02", None),
    # absent
    ("q43", S, A, "", [],
     "Gorelektrotrans intends to sue the contractor that repaired the substation roof in August.",
     "Gorelektrotrans compte poursuivre en justice l'entreprise qui a refait la toiture de la sous-station "
     "en août.",
     "absent: no document mentions a lawsuit or the roofing contractor; resembles d3_15 and d2_23",
     "Предприятие «Горэлектротранс» намерено подать в суд на подрядчика, который в августе ремонтировал "
     "кровлю подстанции."),
    ("q44", S, A, "", [],
     "Trolleybus drivers without a bus licence will be sent on paid retraining courses in Maloyarsk.",
     "Les conducteurs de trolleybus sans permis autobus suivront une formation rémunérée à Maloïarsk.",
     "absent: no retraining is mentioned; resembles d1_12, d2_18 and d2_12",
     "Водителей троллейбусов, не имеющих прав на управление автобусом, направят на оплачиваемые курсы "
     "переподготовки в Малоярск."),
    ("q45", S, A, "", [],
     "Holders of monthly passes will be refunded for the three weeks without trolleybuses.",
     "Les titulaires d'un abonnement mensuel seront remboursés pour les trois semaines sans trolleybus.",
     "absent: passes stay valid on the buses, and no refund is mentioned; resembles d1_09 and d2_29",
     "Владельцам месячных проездных вернут деньги за три недели без троллейбусов."),
    ("q46", S, A, "", [],
     "The experts established that the duty electrician had left the substation for an hour shortly before "
     "the fire.",
     "Les experts ont établi que l'électricien de garde avait quitté la sous-station pendant une heure peu "
     "avant l'incendie.",
     "absent: the report says nothing of the kind; resembles d3_16 and d2_04",
     "Эксперты установили, что незадолго до пожара дежурный электромонтёр на час покидал подстанцию."),
    ("q47", S, A, "", [],
     "Shcherbakov said the company had asked the city for money for a second substation five times since "
     "2019.",
     "Selon Guennadi Chtcherbakov, l'entreprise aurait demandé cinq fois depuis 2019 à la ville de "
     "financer une deuxième sous-station.",
     "absent: Shcherbakov says only that the money was never found; resembles d2_21 and d1_14 (French "
     "conditional for hearsay)",
     "Щербаков заявил, что с 2019 года предприятие пять раз просило у города денег на вторую подстанцию."),
    ("q48", L, A, "", [],
     "The buses from Maloyarsk must go back to their own routes by 5 December. The ministry is already "
     "looking for another carrier in case the trolleybuses are late in returning.",
     "Les autobus de Maloïarsk devront retrouver leurs propres lignes d'ici au 5 décembre. Le ministère "
     "cherche déjà un autre transporteur au cas où le retour des trolleybus prendrait du retard.",
     "absent (2 sentences): no return date for the hired buses and no other carrier are mentioned; "
     "resembles d1_06, d2_12 and d2_10",
     "Автобусы из Малоярска должны вернуться на свои маршруты до пятого декабря. Министерство уже ищет "
     "другого перевозчика на случай, если возвращение троллейбусов задержится."),
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
