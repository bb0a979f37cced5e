"""Build the blind quotation set quote_blind26 from one table (standard library only).

Story: the regional airport of Talsk closes its only runway for a full reconstruction, and from 15 May
2026 all its flights move to Kremnyov airport, about 200 km away. Four Russian source documents (D1 the
airport operator's press release, D2 the regional transport ministry's order, D3 a radio interview
transcript with an airline's representative, D4 a local travel blogger's post, the near-miss document)
and 48 English / French quotations. Sentence ids (d1_04) are defined here: they number the sentences of
each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind26_build.py

writes quote_blind26.tsv, quote_blind26_labels.tsv, quote_blind26_sources.ru.txt and
quote_blind26_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind26"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Пресс-релиз АО «Аэропорт Тальск» о закрытии взлётно-посадочной полосы на реконструкцию, "
           "2 марта 2026 года", [
        ["АО «Аэропорт Тальск» сообщает, что с 15 мая 2026 года единственная взлётно-посадочная полоса "
         "аэропорта будет закрыта на полную реконструкцию.",
         "На время работ все регулярные и чартерные рейсы переводятся в аэропорт Кремнёва, расположенный в "
         "двухстах километрах от Тальска.",
         "Последний рейс из Тальска отправится вечером 14 мая."],
        ["Полоса длиной 2500 метров была построена в 1978 году и с тех пор ни разу не реконструировалась "
         "полностью.",
         "Покрытие изношено настолько, что последние два года аэропорт был вынужден ограничивать взлётную "
         "массу самолётов, а зимой несколько раз закрывался на внеплановый ремонт.",
         "Откладывать работы дальше значило бы рисковать безопасностью полётов."],
        ["В ходе реконструкции полосу удлинят до 2800 метров, уложат новое покрытие, построят систему "
         "водоотвода и установят современное светосигнальное оборудование.",
         "После завершения работ аэропорт сможет без ограничений принимать самолёты типа Airbus A321 и "
         "Boeing 737.",
         "Стоимость проекта составляет 6,8 миллиарда рублей, из них 5,9 миллиарда выделяет федеральный "
         "бюджет, остальное — областной.",
         "Генеральным подрядчиком по итогам конкурса стала компания «Аэродорстрой-Центр».",
         "Работы планируется завершить в октябре 2027 года, а открыть аэропорт для пассажиров — не позднее "
         "1 декабря 2027 года."],
        ["По словам генерального директора АО «Аэропорт Тальск» Вадима Лаптева, полтора года без своего "
         "аэропорта станут серьёзным испытанием для жителей области.",
         "«Но другого выхода у нас нет: ещё две-три зимы, и полосу пришлось бы закрыть без всякого плана и "
         "без всяких сроков», — подчеркнул Лаптев."],
        ["Ни один сотрудник аэропорта не будет уволен в связи с реконструкцией.",
         "Около ста пятидесяти из 460 работников на время закрытия перейдут в аэропорт Кремнёва по договору "
         "между двумя предприятиями, с сохранением зарплаты и оплатой проживания.",
         "Остальные будут заняты обслуживанием терминала, техническим надзором за ходом работ и подготовкой "
         "к вводу новой полосы."],
        ["Пассажирский терминал на время работ будет закрыт, за исключением билетных касс, которые "
         "продолжат работать ежедневно с девяти до восемнадцати часов.",
         "Вертолётная площадка аэропорта останется открытой, однако принимать она будет только санитарные "
         "вертолёты и вертолёты МЧС.",
         "Почта и грузы на период реконструкции также будут отправляться через Кремнёв."],
        ["В 2025 году аэропорт Тальск обслужил 412 тысяч пассажиров, это рекорд за всю его историю.",
         "Из Тальска выполнялись регулярные рейсы по девяти направлениям, их обслуживали четыре "
         "авиакомпании.",
         "Все они подтвердили, что на время реконструкции продолжат полёты из Кремнёва."],
        ["Бесплатные автобусы до аэропорта Кремнёва будут ходить от автовокзала Тальска по расписанию, "
         "согласованному с рейсами, а дорога займёт около трёх часов.",
         "Подробная информация о расписании автобусов и рейсов появится на сайте аэропорта до 1 мая."],
    ]),
    ("D2", "Приказ министерства транспорта и дорожного хозяйства Тальской области № 118 от 20 марта 2026 "
           "года «Об организации транспортного обслуживания населения на период реконструкции "
           "взлётно-посадочной полосы аэропорта Тальск» (подписан министром Мариной Светловой)", [
        ["В связи с закрытием взлётно-посадочной полосы аэропорта Тальск на реконструкцию с 15 мая 2026 года "
         "и в целях сохранения транспортной доступности для жителей области приказываю принять следующие "
         "меры."],
        ["Организовать с 15 мая 2026 года и до возобновления работы аэропорта Тальск бесплатную перевозку "
         "пассажиров автобусами между автовокзалом Тальска и аэропортом Кремнёва.",
         "Право бесплатного проезда имеют пассажиры, предъявившие билет на рейс, вылетающий из Кремнёва или "
         "прибывающий в Кремнёв в день поездки или на следующий день.",
         "Выполнение перевозок поручить государственному бюджетному учреждению «Тальскавтотранс»."],
        ["Установить, что между Тальском и аэропортом Кремнёва ежедневно выполняется не менее шести рейсов "
         "в каждом направлении, согласованных с расписанием вылетов и прилётов.",
         "К перевозкам допускаются автобусы не старше семи лет, оборудованные багажными отсеками и ремнями "
         "безопасности.",
         "Для маломобильных пассажиров и сопровождающих их лиц по заявке, поданной не позднее чем за сутки "
         "до поездки, выделяется специально оборудованный автобус."],
        ["Расходы на перевозки в 2026 году в сумме до 84 миллионов рублей произвести за счёт резервного "
         "фонда правительства области.",
         "Средства на перевозки в 2027 году предусмотреть при формировании областного бюджета."],
        ["Управлению автомобильных дорог области до 1 мая 2026 года отремонтировать покрытие трассы "
         "Тальск — Кремнёв на участке со 112-го по 140-й километр.",
         "На весь период реконструкции усилить зимнее содержание этой трассы и обеспечить её расчистку от "
         "снега в ночное время."],
        ["Министерству здравоохранения области обеспечить выполнение санитарных вылетов вертолётов с "
         "площадки аэропорта Тальск в прежнем объёме.",
         "Экстренная эвакуация больных самолётами санитарной авиации на период реконструкции выполняется "
         "через аэропорт Кремнёва."],
        ["Рекомендовать АО «Аэропорт Кремнёв» предоставить жителям Тальской области скидку в размере "
         "пятидесяти процентов на стоянку автомобилей у аэропорта на срок до семи суток.",
         "Рекомендовать авиакомпаниям, выполняющим рейсы из аэропорта Кремнёва, не взимать дополнительных "
         "сборов с пассажиров, переоформляющих билеты в связи с переносом рейсов."],
        ["ГБУ «Тальскавтотранс» ежемесячно, не позднее пятого числа, представлять в министерство отчёт о "
         "числе перевезённых пассажиров и выполненных рейсов.",
         "Отделу информационной политики министерства разместить расписание автобусов на официальном сайте "
         "министерства и в социальных сетях.",
         "Контроль за исполнением настоящего приказа возложить на заместителя министра Николая Зуева.",
         "Приказ вступает в силу со дня его официального опубликования."],
    ]),
    ("D3", "Расшифровка эфира радиостанции «Тальск FM», программа «Утро в Тальске», 24 марта 2026 года; "
           "ведущая Ольга Денисова, гость — директор представительства авиакомпании «Вектор-Авиа» в "
           "Тальской области Артём Кравец", [
        ["ДЕНИСОВА: Доброе утро, в эфире «Утро в Тальске», и сегодня у нас в студии директор "
         "представительства авиакомпании «Вектор-Авиа» в Тальской области Артём Кравец.",
         "С пятнадцатого мая наш аэропорт закрывается на полтора года, и вопросов у слушателей очень много.",
         "Начнём с самого простого: что будет с вашими рейсами?"],
        ["КРАВЕЦ: Доброе утро.",
         "Все наши рейсы из Тальска с пятнадцатого мая переезжают в Кремнёв, и ни один из них мы не "
         "отменяем.",
         "Меняется аэропорт вылета, а вот расписание, честно скажу, придётся немного поправить."],
        ["ДЕНИСОВА: Поправить — это как?"],
        ["КРАВЕЦ: Сейчас мы летаем в Москву три раза в день, а из Кремнёва будем летать два раза.",
         "Рейс в Санкт-Петербург остаётся, как и был, два раза в неделю.",
         "А вот летний рейс в Сочи в этом году, скорее всего, не состоится, потому что спроса из Кремнёва мы "
         "пока не видим."],
        ["ДЕНИСОВА: Многие уже купили билеты на лето, что им теперь делать?"],
        ["КРАВЕЦ: Если у вас билет на рейс из Тальска после пятнадцатого мая, мы автоматически перенесём вас "
         "на наш рейс из Кремнёва в тот же день.",
         "Если новый вариант вам не подходит, мы вернём полную стоимость билета без всяких сборов.",
         "Мы не стали тянуть кота за хвост и начали рассылать пассажирам сообщения ещё на прошлой неделе."],
        ["ДЕНИСОВА: Билеты подорожают?"],
        ["КРАВЕЦ: Базовые тарифы мы повышать не будем.",
         "Думаю, в среднем цены останутся примерно на уровне прошлого года, хотя в пиковые даты многое будет "
         "зависеть от спроса."],
        ["ДЕНИСОВА: Слушатели пишут, что на утренний рейс в семь часов из Кремнёва придётся выезжать из "
         "Тальска чуть ли не в два часа ночи."],
        ["КРАВЕЦ: Это действительно неудобно, и спорить тут не о чем.",
         "Поэтому утренний московский рейс на время реконструкции мы переносим с семи часов на десять.",
         "Кроме того, министерство обещает автобусы, привязанные к расписанию, и первый из них будет уходить "
         "от автовокзала около пяти утра."],
        ["ДЕНИСОВА: Некоторые спрашивают, почему нельзя было построить новую полосу рядом со старой и вообще "
         "не закрывать аэропорт."],
        ["КРАВЕЦ: Это вопрос скорее к аэропорту и проектировщикам, а не к авиакомпании.",
         "Насколько я знаю, места для второй полосы там просто нет: с одной стороны река, с другой — жилые "
         "кварталы."],
        ["ДЕНИСОВА: А что получите вы, когда полосу откроют?"],
        ["КРАВЕЦ: Новая полоса позволит нам сажать в Тальске Airbus A321 с полной загрузкой, а значит, "
         "открывать новые направления.",
         "Мы рассматриваем прямые рейсы в Калининград и, возможно, в Минеральные Воды, но загадывать на два "
         "года вперёд я бы не стал.",
         "Полтора года будет тяжело всем, но, поверьте, игра стоит свеч."],
    ]),
    ("D4", "Пост Ксении Лунёвой в блоге о путешествиях «Тальск на выходные», 28 марта 2026 года", [
        ["Друзья, новость, которую все ждали и боялись: наш аэропорт закрывают на целых два года.",
         "С середины мая все самолёты улетают в Кремнёв, а это почти триста километров по нашей прекрасной "
         "трассе.",
         "Автобус туда, говорят, будет идти часов пять, так что к утреннему рейсу готовьтесь выезжать с "
         "вечера."],
        ["Сама полоса, конечно, давно разваливалась, это было видно даже из иллюминатора.",
         "На ремонт выделили чуть ли не десять миллиардов, и новая полоса будет длиной целых три километра.",
         "Так что реконструкция — палка о двух концах: потом будет отлично, но до этого ещё надо дожить."],
        ["За автобус, по слухам, придётся платить около тысячи рублей в одну сторону.",
         "Рейсов в Москву останется всего один в день, а в Сочи этим летом из Кремнёва, похоже, не полетит "
         "никто.",
         "Половину сотрудников аэропорта, как я слышала, отправляют в неоплачиваемый отпуск.",
         "Даже вертолётам, судя по всему, садиться будет негде."],
        ["Теперь о том, как со всем этим жить.",
         "Если вылет ранний, мой совет: приезжайте в Кремнёв накануне и ночуйте в гостинице «Крыло» прямо "
         "напротив терминала.",
         "Номер там стоит от трёх тысяч рублей за ночь, а завтрак с пяти утра включён в цену.",
         "Тем, кто поедет на своей машине, пригодится скидка на парковку у аэропорта Кремнёва, которую "
         "обещали жителям нашей области.",
         "По дороге обязательно остановитесь в Сосновке: там лучшая придорожная пекарня на всей трассе."],
        ["Я сама за последний год летала из Тальска одиннадцать раз и ни разу не пожалела, что аэропорт под "
         "боком.",
         "Теперь каждая поездка будет начинаться с долгой дороги, и к этому придётся привыкнуть.",
         "Но сидеть дома я не собираюсь и вам не советую."],
        ["Пишите в комментариях, кто и как уже добирался до Кремнёва, а я соберу все лайфхаки в одном посте.",
         "И держим кулаки за строителей, чтобы они успели к сроку."],
    ]),
]

# 15 unrelated sentences in the same registers (airport and town news, a ministry order, a radio
# programme, a travel blog); they are in no document.
UNRELATED = [
    "В аэропорту Верхнеборска открылась новая зона досмотра, рассчитанная на шестьсот пассажиров в час.",
    "Пресс-служба аэропорта напоминает, что жидкости в ручной клади можно провозить в ёмкостях не больше "
    "ста миллилитров.",
    "Министерство утвердило порядок выдачи льготных проездных билетов студентам очной формы обучения.",
    "Управлению автомобильных дорог до начала учебного года установить новые дорожные знаки у всех школ "
    "области.",
    "Приказ министерства о сезонных автобусных маршрутах прошлого года признать утратившим силу.",
    "ДЕНИСОВА: А теперь о погоде: в выходные обещают до двадцати градусов тепла.",
    "КОРОЛЁВ: Мастерскую мы открыли пятнадцать лет назад, когда в городе не было ни одной гончарной студии.",
    "ДЕНИСОВА: Напомню, что вопросы гостю можно присылать на номер нашей студии.",
    "Друзья, я вернулась из Карелии и делюсь маршрутом на три дня вдоль озёр.",
    "Лучшие блины в городе, по-моему, пекут в маленьком кафе возле речного вокзала.",
    "Пишите, если знаете, где зимой можно покататься на собачьих упряжках недалеко от города.",
    "Городской парк откроет новый каток в конце ноября, вход на него будет бесплатным.",
    "Районная больница получила новый аппарат для ультразвуковой диагностики.",
    "На железнодорожном вокзале начался ремонт пешеходного моста, который продлится до осени.",
    "Областной краеведческий музей покажет выставку старинных карт края.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_05"],
     "The surface is so worn that for the past two years the airport has had to restrict aircraft take-off "
     "weights, and in winter it was closed several times for unscheduled repairs.",
     "Le revêtement est si usé que, depuis deux ans, l'aéroport doit limiter la masse au décollage des "
     "avions, et qu'en hiver il a dû fermer à plusieurs reprises pour des réparations imprévues.",
     "faithful; последние два года = for the past two years / depuis deux ans; был вынужден = has had to "
     "/ doit; contains the term of q37", None),
    ("q02", S, F, "", ["d1_17"],
     "Apart from the ticket desks, which will stay open daily from 9 am to 6 pm, the passenger terminal "
     "will be closed while the work is under way.",
     "Pendant les travaux, l'aérogare sera fermée, à l'exception des guichets de vente, ouverts tous les "
     "jours de 9 h à 18 h.",
     "faithful; clauses reordered; с девяти до восемнадцати часов = from 9 am to 6 pm / de 9 h à 18 h "
     "(local notation)", None),
    ("q03", S, F, "", ["d1_20"],
     "Talsk airport handled 412,000 passengers in 2025, a record in its entire history.",
     "En 2025, l'aéroport de Talsk a accueilli quatre cent douze mille passagers, un record dans toute son "
     "histoire.",
     "faithful; 412 тысяч = 412,000 / quatre cent douze mille; reordered in en", None),
    ("q04", S, F, "", ["d2_14"],
     "Kremnyov Airport JSC is advised to give residents of the Talsk region a 50 per cent discount on car "
     "parking at the airport for up to seven days.",
     "Il est recommandé à la société Aéroport de Kremniov d'accorder aux habitants de la région de Talsk une "
     "réduction de cinquante pour cent sur le stationnement à l'aéroport, pour une durée maximale de sept "
     "jours.",
     "faithful; the order's infinitive Рекомендовать rendered as a passive / impersonal recommendation; "
     "пятидесяти процентов = 50 per cent / cinquante pour cent; Тальской области = the Talsk region", None),
    ("q05", S, F, "", ["d2_08"],
     "Up to 84 million roubles for the bus services in 2026 is to come from the regional government's "
     "reserve fund.",
     "En 2026, les dépenses de transport, jusqu'à quatre-vingt-quatre millions de roubles, seront imputées "
     "sur le fonds de réserve du gouvernement régional.",
     "faithful; до (up to) kept as up to / jusqu'à; numbers as digits in en, words in fr", None),
    ("q06", S, F, "", ["d3_10"],
     "Our summer flight to Sochi, on the other hand, will most likely not go ahead this year, because so far "
     "we see no demand for it from Kremnyov.",
     "En revanche, notre vol estival vers Sotchi n'aura très probablement pas lieu cette année, car nous ne "
     "voyons pas encore de demande au départ de Kremniov.",
     "faithful; скорее всего (hedge) kept as most likely / très probablement; пока не видим = so far we see "
     "no / ne voyons pas encore; near-miss d4_08 says nobody will fly to Sochi at all", None),
    ("q07", S, F, "", ["d3_24"],
     "As far as I know, there is simply no room there for a second runway: there's the river on one side "
     "and housing on the other.",
     "D'après ce que je sais, il n'y aurait tout simplement pas la place pour une deuxième piste : d'un côté "
     "il y a la rivière, de l'autre des quartiers d'habitation.",
     "faithful; насколько я знаю (hedge) kept; French conditional for the hedged statement; жилые кварталы = "
     "housing / quartiers d'habitation", None),
    ("q08", S, F, "", ["d3_08"],
     "At the moment we fly to Moscow three times a day; from Kremnyov it will be twice.",
     "Aujourd'hui, nous desservons Moscou trois fois par jour ; depuis Kremniov, ce sera deux fois.",
     "faithful; в Москву = to Moscow; из Кремнёва (genitive) = from Kremnyov / Kremniov; near-miss d4_08 says "
     "only one flight a day to Moscow", None),
    ("q09", S, F, "", ["d4_03"],
     "They say the bus will take about five hours to get there, so if you're on a morning flight, be ready "
     "to leave the evening before.",
     "Il paraît que le car mettra dans les cinq heures, alors pour un vol du matin, préparez-vous à partir "
     "dès la veille au soir.",
     "faithful rendering of the near-miss sentence d4_03 (D1 d1_23 says about three hours); говорят = they "
     "say / il paraît; часов пять = about five hours / dans les cinq heures", None),
    ("q10", S, F, "", ["d4_09"],
     "Half of the airport's staff, I hear, are being sent on unpaid leave.",
     "La moitié du personnel de l'aéroport serait, d'après ce que j'ai entendu, mise en congé sans solde.",
     "faithful rendering of the near-miss sentence d4_09 (D1 d1_14 says no employee will be dismissed); как "
     "я слышала = I hear / d'après ce que j'ai entendu, with the French conditional for hearsay", None),
    ("q11", S, F, "", ["d4_20"],
     "And let's keep our fingers crossed that the builders finish on time.",
     "Et croisons les doigts pour que les ouvriers finissent dans les délais.",
     "faithful; держим кулаки (literally we hold our fists) = keep our fingers crossed / croisons les "
     "doigts, idiom by idiom; D4's own sentence", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_02", "d1_03"],
     "For the duration of the works, all scheduled and charter flights are being transferred to Kremnyov "
     "airport, 200 kilometres from Talsk. The last flight out of Talsk will leave on the evening of 14 May.",
     "Pendant les travaux, tous les vols réguliers et charters sont transférés à l'aéroport de Kremniov, "
     "situé à deux cents kilomètres de Talsk. Le dernier vol quittera Talsk le 14 mai au soir.",
     "faithful; в двухстах километрах = 200 kilometres / deux cents kilomètres; аэропорт Кремнёва = Kremnyov "
     "airport; near-miss d4_02 says almost three hundred kilometres", None),
    ("q13", L, F, "", ["d3_16", "d3_17"],
     "We are not going to raise our base fares. I think prices will on average stay roughly at last year's "
     "level, though on peak dates a lot will depend on demand.",
     "Nous n'allons pas augmenter nos tarifs de base. Je pense qu'en moyenne, les prix resteront à peu près "
     "au niveau de l'an dernier, même si, aux dates de pointe, beaucoup dépendra de la demande.",
     "faithful; hedges думаю, в среднем, примерно kept (I think, on average, roughly / je pense, en moyenne, "
     "à peu près); многое = a lot / beaucoup", None),
    ("q14", L, F, "", ["d2_12", "d2_13"],
     "The regional health ministry is to ensure that ambulance helicopter flights from the pad at Talsk "
     "airport continue at the same level as before. While the runway is being rebuilt, emergency evacuation "
     "of patients by air ambulance aircraft will go through Kremnyov airport.",
     "Le ministère régional de la Santé veillera à ce que les vols sanitaires en hélicoptère depuis l'aire "
     "de l'aéroport de Talsk se poursuivent au même rythme. Pendant la reconstruction, les évacuations "
     "d'urgence de malades par avion sanitaire passeront par l'aéroport de Kremniov.",
     "faithful; the order's infinitive обеспечить = is to ensure / veillera à; в прежнем объёме = at the same "
     "level as before / au même rythme; near-miss d4_10 says helicopters will have nowhere to land", None),
    ("q15", L, F, "", ["d4_12", "d4_13"],
     "If your flight is an early one, here's my advice: get to Kremnyov the day before and spend the night "
     "at the Krylo hotel, right across from the terminal. Rooms there start at 3,000 roubles a night, and "
     "breakfast, served from five in the morning, is included.",
     "Si votre vol part tôt, voici mon conseil : arrivez à Kremniov la veille et dormez à l'hôtel Krylo, "
     "juste en face de l'aérogare. La chambre y coûte à partir de trois mille roubles la nuit, et le "
     "petit-déjeuner, servi dès cinq heures, est compris.",
     "faithful; D4's own sentences; гостиница «Крыло» = the Krylo hotel (transliterated); от трёх тысяч = "
     "from 3,000 / à partir de trois mille", None),
    ("q16", L, F, "", ["d3_12", "d3_13"],
     "If you have a ticket for a flight from Talsk after 15 May, we will automatically move you onto our "
     "Kremnyov flight on the same day. If the new option doesn't suit you, we'll refund the full fare with "
     "no charges of any kind.",
     "Si vous avez un billet pour un vol au départ de Talsk après le 15 mai, nous vous transférerons "
     "automatiquement sur notre vol au départ de Kremniov le même jour. Si cette nouvelle option ne vous "
     "convient pas, nous vous rembourserons l'intégralité du billet, sans aucuns frais.",
     "faithful; пятнадцатого мая (words) = 15 May / 15 mai; без всяких сборов = with no charges of any kind "
     "/ sans aucuns frais", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_11", "d1_12", "d1_13"],
     "Work is due to be completed in October 2027, with the airport reopening to passengers no later than "
     "1 December 2027. According to Vadim Laptev, director general of Talsk Airport JSC, a year and a half "
     "without an airport of their own will be a serious test for the region's residents. “But we have no "
     "other option: two or three more winters, and the runway would have had to be closed with no plan and "
     "no timetable whatsoever,” Laptev stressed.",
     "Les travaux doivent s'achever en octobre 2027, et l'aéroport rouvrir aux passagers au plus tard le "
     "1er décembre 2027. Selon Vadim Laptev, directeur général de la société Aéroport de Talsk, un an et "
     "demi sans leur propre aéroport sera une rude épreuve pour les habitants de la région. « Mais nous "
     "n'avons pas d'autre choix : encore deux ou trois hivers, et il aurait fallu fermer la piste sans aucun "
     "plan ni aucun calendrier », a souligné Vadim Laptev.",
     "faithful; spans a paragraph break (d1_11 | d1_12, d1_13); Вадима Лаптева (genitive) = Vadim Laptev; "
     "полтора года = a year and a half / un an et demi; near-miss d4_01 says two whole years", None),
    ("q18", L, F, "", ["d1_06", "d1_07", "d1_08"],
     "Putting the work off any longer would mean taking risks with flight safety. The reconstruction will "
     "lengthen the runway to 2,800 metres and give it a new surface, a drainage system and modern airfield "
     "lighting. Once the work is finished, the airport will be able to handle Airbus A321 and Boeing 737 "
     "aircraft without restrictions.",
     "Repousser encore les travaux reviendrait à prendre des risques avec la sécurité des vols. La piste "
     "sera portée à deux mille huit cents mètres et recevra un nouveau revêtement, un système de drainage et "
     "un balisage lumineux moderne. À l'issue des travaux, l'aéroport pourra accueillir sans restriction des "
     "Airbus A321 et des Boeing 737.",
     "faithful; spans a paragraph break (d1_06 | d1_07, d1_08); passive impersonal удлинят, уложат, "
     "построят, установят turned into one active clause; 2800 метров = 2,800 metres / deux mille huit cents "
     "mètres; near-miss d4_05 says three kilometres; contains the term of q38", None),
    ("q19", L, F, "", ["d3_19", "d3_20", "d3_21"],
     "It really is inconvenient, there's no arguing with that. That's why, for the period of the "
     "reconstruction, we are moving the morning Moscow flight from seven o'clock to ten. Besides, the "
     "ministry is promising buses timed to the flight schedule, and the first one will leave the bus station "
     "at around five in the morning.",
     "C'est vraiment incommode, c'est indiscutable. C'est pourquoi, pendant la reconstruction, nous décalons "
     "le vol du matin pour Moscou de sept heures à dix heures. Par ailleurs, le ministère promet des cars "
     "calés sur les horaires des vols, et le premier partira de la gare routière vers cinq heures du matin.",
     "faithful; спорить тут не о чем = there's no arguing with that / c'est indiscutable (negation as one "
     "word in fr); около пяти утра = at around five in the morning / vers cinq heures du matin", None),
    ("q20", L, F, "", ["d4_04", "d4_05", "d4_06"],
     "The runway itself, of course, had been falling apart for ages; you could see it even from the plane "
     "window. Nearly ten billion has been set aside for the repairs, and the new runway will be a whole "
     "three kilometres long. So the reconstruction is a double-edged sword: it will be great afterwards, but "
     "we still have to live to see it.",
     "La piste elle-même, bien sûr, tombait en ruine depuis longtemps, ça se voyait même par le hublot. Près "
     "de dix milliards ont été débloqués pour les travaux, et la nouvelle piste fera trois kilomètres, rien "
     "que ça. Bref, cette reconstruction est à double tranchant : après, ce sera formidable, mais il faudra "
     "d'abord tenir jusque-là.",
     "faithful rendering of the near-miss sentence d4_05 (D1 d1_09 says 6.8 billion, d1_07 2,800 metres) "
     "and D4's own d4_04 and d4_06; чуть ли не = nearly / près de; целых = a whole / rien que ça; палка о "
     "двух концах = double-edged sword / à double tranchant, idiom by idiom; contains the term of q42", None),
    ("q21", L, F, "", ["d4_16", "d4_17", "d4_19"],
     "I've flown from Talsk eleven times myself over the past year and never once regretted having the "
     "airport on my doorstep. From now on every trip will start with a long road, and we'll have to get "
     "used to that. (…) Tell me in the comments who has already made it to Kremnyov and how, and I'll "
     "gather all the tips in one post.",
     "Au cours de l'année écoulée, j'ai pris l'avion à Talsk onze fois et je n'ai jamais regretté d'avoir "
     "l'aéroport à deux pas. Désormais, chaque voyage commencera par une longue route, et il faudra s'y "
     "habituer. (…) Racontez-moi en commentaire qui est déjà allé à Kremniov et comment, et je rassemblerai "
     "toutes les astuces dans un seul post.",
     "faithful; ellipsis (…) skips d4_18; spans a paragraph break (d4_17 | d4_19); ни разу не пожалела = "
     "never once regretted / n'ai jamais regretté; под боком = on my doorstep / à deux pas, idiom by idiom; "
     "лайфхаки = tips / astuces", None),
    ("q22", L, F, "", ["d2_02", "d2_03", "d2_05"],
     "From 15 May 2026 until Talsk airport reopens, free bus transport for passengers is to be organised "
     "between the Talsk bus station and Kremnyov airport. Passengers with a ticket for a flight leaving from "
     "or arriving in Kremnyov on the day of travel or the following day are entitled to travel free. […] At "
     "least six trips a day are to run in each direction between Talsk and Kremnyov airport, timed to "
     "departures and arrivals.",
     "Du 15 mai 2026 jusqu'à la réouverture de l'aéroport de Talsk, un transport gratuit des passagers par "
     "autocar est organisé entre la gare routière de Talsk et l'aéroport de Kremniov. Ont droit à la "
     "gratuité les passagers munis d'un billet pour un vol au départ ou à l'arrivée de Kremniov le jour du "
     "trajet ou le lendemain. […] Au moins six rotations quotidiennes dans chaque sens doivent être assurées "
     "entre Talsk et l'aéroport de Kremniov, en correspondance avec les départs et les arrivées.",
     "faithful; ellipsis […] skips d2_04 (the carrier); spans a paragraph break (d2_03 | d2_05); the order's "
     "infinitives rendered as is to be / est organisé; не менее шести = at least six / au moins six; "
     "near-miss d4_07 says the bus costs about a thousand roubles", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_09"],
     "The project costs 6.8 billion roubles, of which 4.9 billion comes from the federal budget and the "
     "rest from the regional one.",
     "Le projet coûte 6,8 milliards de roubles, dont 4,9 milliards financés par le budget fédéral, le reste "
     "par le budget régional.",
     "drifted (numbers): 5,9 миллиарда (5.9 billion) from the federal budget → 4.9 billion; the total of "
     "6.8 billion kept; near-miss d4_05 says nearly ten billion", None),
    ("q24", S, D, "names", ["d3_01"],
     "Good morning, this is Morning in Talsk, and with me in the studio today is Artyom Kravchenko, who "
     "heads Vektor-Avia's office in the Talsk region.",
     "Bonjour, vous écoutez « Le Matin à Talsk », et nous recevons aujourd'hui en studio Artiom Kravtchenko, "
     "directeur de la représentation de la compagnie Vektor-Avia dans la région de Talsk.",
     "drifted (names): surname Кравец (Kravets) → Kravchenko / Kravtchenko; first name Artyom kept", None),
    ("q25", S, D, "negation", ["d1_04"],
     "The 2,500-metre runway was built in 1978 and has been fully rebuilt only once since then.",
     "La piste de 2 500 mètres a été construite en 1978 et n'a été entièrement refaite qu'une seule fois "
     "depuis.",
     "drifted (negation reversal): ни разу не реконструировалась полностью (never fully rebuilt) → fully "
     "rebuilt only once / entièrement refaite une seule fois", None),
    ("q26", S, D, "hedge", ["d3_09"],
     "The St Petersburg flight will probably stay as it was, twice a week.",
     "Le vol pour Saint-Pétersbourg devrait sans doute rester inchangé, à deux fréquences par semaine.",
     "drifted (hedge added): stated as fact (остаётся, как и был) → will probably stay / devrait sans doute "
     "rester", None),
    ("q27", S, D, "hedge", ["d3_27"],
     "We are looking at direct flights to Kaliningrad and Mineralnye Vody, but I wouldn't want to make "
     "predictions two years ahead.",
     "Nous étudions des vols directs vers Kaliningrad et Minéralnye Vody, mais je ne voudrais pas faire de "
     "pronostics à deux ans.",
     "drifted (hedge dropped): возможно (possibly) before Минеральные Воды dropped, so Mineralnye Vody is "
     "as firm as Kaliningrad; the closing reservation is kept", None),
    ("q28", S, D, "quantifier", ["d1_22"],
     "Most of them have confirmed that they will keep flying from Kremnyov during the reconstruction.",
     "La plupart d'entre elles ont confirmé qu'elles continueraient à voler depuis Kremniov pendant la "
     "reconstruction.",
     "drifted (quantifier): Все они (all of them, the four airlines) → most of them / la plupart d'entre "
     "elles", None),
    ("q29", S, D, "omission", ["d1_18"],
     "The airport's helipad will remain open and will take air ambulance and Emergencies Ministry "
     "helicopters.",
     "L'hélisurface de l'aéroport restera ouverte et accueillera les hélicoptères sanitaires et ceux du "
     "ministère des Situations d'urgence.",
     "drifted (omission of a restriction): только (only) and однако (however) dropped, so the helipad no "
     "longer takes only ambulance and emergency helicopters; near-miss d4_10 says helicopters will have "
     "nowhere to land", None),
    ("q30", S, D, "addition", ["d2_06"],
     "Only buses no more than seven years old, with luggage compartments, seat belts and air conditioning, "
     "may be used.",
     "Seuls les autocars de sept ans au plus, équipés de soutes à bagages, de ceintures de sécurité et de la "
     "climatisation, sont admis.",
     "drifted (addition of a list item): \"air conditioning\" / \"la climatisation\" added to the required "
     "equipment", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_09", "d2_10", "d2_11"],
     "Funding for the service in 2027 is to be provided for when the regional budget is drawn up. The "
     "regional roads department is to resurface the Talsk–Kremnyov highway between kilometre 112 and "
     "kilometre 148 by 1 May 2026. For the whole reconstruction period, winter maintenance of this road is "
     "to be stepped up and snow cleared at night as well.",
     "Le financement du transport en 2027 sera prévu lors de l'élaboration du budget régional. La direction "
     "régionale des routes refera d'ici au 1er mai 2026 le revêtement de la route Talsk–Kremniov entre le "
     "kilomètre 112 et le kilomètre 148. Pendant toute la durée de la reconstruction, l'entretien hivernal "
     "de cette route sera renforcé et le déneigement assuré aussi de nuit.",
     "drifted (numbers) in sentence 2: по 140-й километр (to kilometre 140) → 148; 112 and 1 May kept; "
     "sentences 1 and 3 faithful; spans a paragraph break (d2_09 | d2_10, d2_11)", None),
    ("q32", L, D, "negation", ["d3_04", "d3_05", "d3_06"],
     "Good morning. All our flights from Talsk move to Kremnyov on 15 May, and we are not cancelling a "
     "single one. Only the departure airport changes; the schedule, to be honest, won't need any "
     "adjusting.",
     "Bonjour. À partir du 15 mai, tous nos vols au départ de Talsk passent à Kremniov, et nous n'en "
     "annulons aucun. Seul l'aéroport de départ change ; les horaires, à vrai dire, n'auront pas besoin "
     "d'être retouchés.",
     "drifted (negation) in sentence 3: расписание придётся немного поправить (the schedule will have to be "
     "adjusted a little) → won't need any adjusting / n'auront pas besoin d'être retouchés; sentences 1 and "
     "2 faithful", None),
    ("q33", L, D, "quantifier", ["d1_14", "d1_15", "d1_16"],
     "Hardly any airport staff will be laid off because of the reconstruction. About 150 of the 460 "
     "employees will move to Kremnyov airport for the duration of the closure under an agreement between "
     "the two companies, keeping their pay and with their accommodation paid for. The rest will be busy "
     "maintaining the terminal, supervising the construction work and preparing for the new runway to come "
     "into service.",
     "Pratiquement aucun salarié de l'aéroport ne sera licencié en raison de la reconstruction. Environ cent "
     "cinquante des quatre cent soixante employés travailleront à l'aéroport de Kremniov pendant la "
     "fermeture, en vertu d'un accord entre les deux entreprises, avec maintien du salaire et logement pris "
     "en charge. Les autres assureront l'entretien de l'aérogare, le contrôle technique du chantier et la "
     "préparation de la mise en service de la nouvelle piste.",
     "drifted (quantifier) in sentence 1: Ни один сотрудник (not a single employee) → hardly any staff / "
     "pratiquement aucun salarié; sentences 2 and 3 faithful (about 150 of 460 kept); near-miss d4_09 says "
     "half the staff go on unpaid leave", None),
    # partial
    ("q34", L, P, "", ["d1_19"],
     "The airport's fire and rescue service will stay on duty at Talsk around the clock. Mail and cargo will "
     "also be routed through Kremnyov during the reconstruction.",
     "Le service de secours et de lutte contre l'incendie de l'aéroport restera de garde à Talsk 24 heures "
     "sur 24. Le courrier et le fret transiteront eux aussi par Kremniov pendant la reconstruction.",
     "partial: the first sentence (the fire and rescue service stays on duty around the clock) is in no "
     "source; the second is faithful to d1_19", None),
    ("q35", L, P, "", ["d4_14", "d4_15"],
     "Those of you driving your own car will find the parking discount at Kremnyov airport that was "
     "promised to people from our region useful. The car park there is guarded round the clock, and a free "
     "shuttle runs to the terminal every ten minutes. On the way, be sure to stop in Sosnovka: it has the "
     "best roadside bakery on the whole highway.",
     "Ceux qui prendront leur voiture apprécieront la réduction sur le parking de l'aéroport de Kremniov "
     "promise aux habitants de notre région. Le parking est gardé jour et nuit, et une navette gratuite "
     "rejoint l'aérogare toutes les dix minutes. En route, arrêtez-vous absolument à Sosnovka : on y trouve "
     "la meilleure boulangerie de bord de route de tout l'axe.",
     "partial: the middle sentence (a guarded car park and a free shuttle every ten minutes) is in no "
     "source; sentences 1 and 3 faithful to d4_14 and d4_15", None),
    ("q36", L, P, "", ["d3_26"],
     "The new runway will let us land fully loaded Airbus A321s in Talsk, which means opening new routes. "
     "We have already agreed with the lessor to take two more A321s for the Talsk flights.",
     "La nouvelle piste nous permettra de poser à Talsk des Airbus A321 à pleine charge, et donc d'ouvrir de "
     "nouvelles lignes. Nous nous sommes déjà entendus avec le loueur pour prendre deux A321 de plus pour "
     "les vols de Talsk.",
     "partial: the last sentence (two more A321s already agreed with a lessor) is in no source; the real "
     "next sentence, d3_27, is about routes under consideration; the first is faithful to d3_26", None),
    # terms
    ("q37", TM, T, "", ["d1_05"], "take-off weight", "masse au décollage",
     "term «взлётную массу» (accusative)", None),
    ("q38", TM, T, "", ["d1_07"], "airfield lighting", "balisage lumineux",
     "term «светосигнальное оборудование» (accusative; literally light-signal equipment)", None),
    ("q39", TM, T, "", ["d2_07"], "reduced-mobility passengers", "à mobilité réduite",
     "term «маломобильных пассажиров» (genitive plural; literally low-mobility passengers)", None),
    ("q40", TM, T, "", ["d3_14"], "drag our feet", "traîner les pieds",
     "term «тянуть кота за хвост» (infinitive; literally to pull the cat by the tail), idiom by idiom", None),
    ("q41", TM, T, "", ["d3_28"], "worth the candle", "vaut la chandelle",
     "term «игра стоит свеч» (literally the game is worth the candles), idiom by idiom", None),
    ("q42", TM, T, "", ["d4_06"], "double-edged sword", "à double tranchant",
     "term «палка о двух концах» (nominative; literally a stick with two ends), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The contractor will pay a penalty of ten million roubles for every month the work runs late.",
     "L'entreprise générale paiera une pénalité de dix millions de roubles pour chaque mois de retard.",
     "absent: no document mentions penalties for delay; resembles d1_10 and d1_11",
     "Генеральный подрядчик будет выплачивать неустойку в размере десяти миллионов рублей за каждый месяц "
     "задержки работ."),
    ("q44", S, A, "", [],
     "Residents who drive to Kremnyov airport in their own cars will have their fuel costs reimbursed by "
     "the regional ministry.",
     "Les habitants qui se rendront à l'aéroport de Kremniov avec leur propre voiture se verront rembourser "
     "le carburant par le ministère régional.",
     "absent: the order offers a parking discount, not fuel money; resembles d2_14, d2_08 and d4_14",
     "Жителям, которые будут добираться до аэропорта Кремнёва на собственных автомобилях, министерство "
     "компенсирует расходы на топливо."),
    ("q45", S, A, "", [],
     "Vektor-Avia will run its own free minibus from Talsk for passengers on the morning Moscow flight.",
     "Vektor-Avia mettra en place son propre minibus gratuit au départ de Talsk pour les passagers du vol du "
     "matin vers Moscou.",
     "absent: the airline moves the flight to ten o'clock and relies on the ministry's buses; resembles "
     "d3_20 and d3_21",
     "Для пассажиров утреннего московского рейса «Вектор-Авиа» пустит из Тальска собственный бесплатный "
     "микроавтобус."),
    ("q46", S, A, "", [],
     "Passengers flying from Kremnyov will be able to check in their luggage at the Talsk ticket desks the "
     "day before departure.",
     "Les passagers partant de Kremniov pourront enregistrer leurs bagages aux guichets de Talsk la veille "
     "du départ.",
     "absent: the ticket desks stay open, but no luggage check-in is mentioned; resembles d1_17 and d2_03",
     "Пассажиры рейсов из Кремнёва смогут сдать багаж в билетных кассах Тальска накануне вылета."),
    ("q47", S, A, "", [],
     "Laptev said the reconstruction had already been postponed twice, in 2019 and 2022, for lack of "
     "federal money.",
     "Selon Vadim Laptev, la reconstruction aurait déjà été reportée deux fois, en 2019 et en 2022, faute de "
     "crédits fédéraux.",
     "absent: Laptev says nothing of earlier postponements; resembles d1_06, d1_09 and d1_12 (French "
     "conditional for hearsay)",
     "По словам Лаптева, реконструкцию уже дважды откладывали, в 2019 и 2022 годах, из-за отсутствия "
     "федерального финансирования."),
    ("q48", L, A, "", [],
     "Rail tickets between Talsk and Kremnyov will be 30 per cent cheaper while the airport is closed. The "
     "railway company has already agreed to add two extra trains a day.",
     "Pendant la fermeture de l'aéroport, les billets de train entre Talsk et Kremniov coûteront trente pour "
     "cent de moins. La compagnie ferroviaire a déjà accepté d'ajouter deux trains supplémentaires par jour.",
     "absent (2 sentences): no document mentions trains; resembles d2_02, d2_05 and d2_14",
     "На время закрытия аэропорта железнодорожные билеты между Тальском и Кремнёвым подешевеют на тридцать "
     "процентов. Железнодорожная компания уже согласилась добавить два дополнительных поезда в сутки."),
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
