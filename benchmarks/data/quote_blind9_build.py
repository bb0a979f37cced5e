"""Build the blind quotation set quote_blind9 (a university closes its historic observatory).

Written blind by a helper session (see quote_blind9.md). Standard library only. Running it writes
four files next to it:

    quote_blind9_sources.ru.txt      the four Russian source documents
    quote_blind9.tsv                 id absent en fr ru
    quote_blind9_labels.tsv          id kind expected drift_kind note
    quote_blind9_distractors.ru.txt  source sentences outside every gold span, then 15 unrelated ones

Sentence ids (d1_04) are defined here: documents -> paragraphs -> sentences, numbered from 01 through
each document (titles not counted).

    .venv/bin/python benchmarks/data/quote_blind9_build.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind9"

# ---------------------------------------------------------------------------------------------------
# The four source documents: (name, title, paragraphs); each paragraph is a list of sentences.
# ---------------------------------------------------------------------------------------------------
DOCS: list[tuple[str, str, list[list[str]]]] = [
    ("D1", "Интервью директора обсерватории Семёна Ладыгина газете «Верхнеборский курьер», 12 марта 2026 года", [
        ["Третьего марта учёный совет Верхнеборского университета проголосовал за закрытие обсерватории на Лиственной горе, которая работает с 1897 года.",
         "Её директор Семён Ладыгин рассказал нашему корреспонденту, что думает об этом решении."],
        ["— Семён Аркадьевич, вы ожидали такого исхода?"],
        ["— Честно говоря, нет.",
         "Разговоры о закрытии шли давно, но я был уверен, что до голосования дело не дойдёт.",
         "Я работаю здесь тридцать четыре года и пережил уже три такие кампании."],
        ["— Почему, по-вашему, обсерватория оказалась не нужна?"],
        ["— Дело не в том, что она не нужна, а в том, что в ректорате её называют «непрофильным активом».",
         "Купол протекает с позапрошлой зимы, и каждую весну мы подставляем вёдра прямо под телескоп.",
         "Денег на ремонт кровли нам не давали ни разу за последние десять лет."],
        ["— В решении совета сказано, что наблюдать в черте города больше невозможно.",
         "Это так?"],
        ["— Отчасти.",
         "После того как в 2015 году у подножия горы построили торговый центр, небо стало светлее, наверное, раза в три.",
         "Но для переменных звёзд, которыми мы занимаемся, подходит и такое небо.",
         "Непрерывный ряд наблюдений здесь ведётся с 1952 года, и если его прервать, восстановить его будет нельзя."],
        ["— Что будет с сотрудниками?"],
        ["— Нас девять человек.",
         "Шестерым предложили перейти на физический факультет, остальные трое — пенсионеры, и им просто сказали спасибо.",
         "Себя я в шутку называю «ночным сторожем»: последние годы я больше чинил крышу, чем смотрел в окуляр."],
        ["— А главный телескоп?"],
        ["— Рефрактор 1903 года передадут в областной краеведческий музей.",
         "В музее он будет стоять под стеклом, и смотреть в него на небо больше никто не будет.",
         "Для меня это всё равно что поставить скрипку в витрину и запретить на ней играть."],
        ["— Вы будете бороться?"],
        ["— Совет дал нам время до первого июля, чтобы найти спонсора.",
         "Я уже написал в три фонда и в две частные компании, но ответа пока нет.",
         "Если деньги найдутся, решение обещали пересмотреть.",
         "Если нет, первого сентября я сам закрою купол и сдам ключи."],
    ]),
    ("D2", "Заявление пресс-службы Верхнеборского государственного университета, 4 марта 2026 года", [
        ["Учёный совет Верхнеборского государственного университета на заседании третьего марта принял решение прекратить работу астрономической обсерватории на Лиственной горе с первого сентября 2026 года.",
         "За решение проголосовал сорок один член совета, семнадцать были против, трое воздержались."],
        ["Решение далось университету непросто.",
         "Содержание обсерватории обходится в четырнадцать миллионов рублей в год, а на ремонт купола и кровли требуется ещё около шестидесяти миллионов.",
         "Таких средств в бюджете университета нет."],
        ["Университет не планирует продавать здание обсерватории и земельный участок.",
         "Здание будет законсервировано, а его дальнейшую судьбу определит отдельная комиссия."],
        ["Главный инструмент обсерватории, рефрактор 1903 года, будет передан на хранение в областной краеведческий музей.",
         "Остальное оборудование, включая архив фотопластинок, останется в собственности университета."],
        ["Ни один сотрудник обсерватории не останется без поддержки.",
         "Шести штатным сотрудникам предложены должности на физическом факультете с сохранением заработной платы.",
         "Сотрудникам пенсионного возраста будет выплачена единовременная премия в размере трёх окладов."],
        ["Учебная практика студентов-астрономов с осени будет проходить в обсерватории Северодольского университета.",
         "Проезд и проживание студентов университет оплатит полностью."],
        ["Мы понимаем, как дорога обсерватория жителям Верхнеборска.",
         "Петицию в её защиту подписали около четырёх тысяч человек, и ректор Маргарита Полозова лично встретится с её авторами.",
         "Университет также готов рассмотреть любые предложения о внешнем финансировании, поступившие до первого июля.",
         "Популярные у горожан «звёздные пятницы» будут проводиться до конца августа."],
    ]),
    ("D3", "Выписка из протокола заседания учёного совета Верхнеборского государственного университета от 3 марта 2026 года", [
        ["На заседании присутствовал шестьдесят один член учёного совета из шестидесяти семи.",
         "Председательствовала ректор университета Маргарита Викторовна Полозова."],
        ["С докладом о состоянии обсерватории на Лиственной горе выступил проректор по экономике и финансам Денис Шахов.",
         "Докладчик сообщил, что расходы на содержание обсерватории за последние пять лет выросли почти вдвое и в 2025 году составили четырнадцать миллионов рублей.",
         "По заключению строительной экспертизы, купол и кровля здания находятся в аварийном состоянии, и стоимость их ремонта оценивается примерно в шестьдесят миллионов рублей.",
         "Проверка финансового управления университета нарушений в расходовании средств обсерваторией не выявила.",
         "Докладчик назвал обсерваторию «чемоданом без ручки», который университет несёт из уважения к истории.",
         "Кроме того, по данным докладчика, из-за светового загрязнения пригодными для наблюдений остаются не более сорока ночей в год."],
        ["Директор обсерватории Семён Ладыгин возразил, что для научной программы обсерватории, посвящённой переменным звёздам, такого числа ясных ночей достаточно.",
         "Он напомнил, что ряд наблюдений ведётся без перерыва с 1952 года и является одним из самых длинных в стране.",
         "Декан физического факультета Ольга Терентьева поддержала закрытие при условии, что студенты сохранят возможность проходить практику.",
         "Председатель студенческого совета Кирилл Баев передал совету петицию против закрытия, которую к тому дню подписали три тысячи восемьсот человек."],
        ["Учёный совет постановил прекратить работу обсерватории на Лиственной горе с первого сентября 2026 года.",
         "Поручить проректору по экономике и финансам до первого июля провести поиск внешнего финансирования для содержания обсерватории.",
         "В случае если финансирование будет найдено в объёме не менее четырнадцати миллионов рублей в год, вернуться к рассмотрению вопроса на ближайшем заседании совета."],
        ["Передать рефрактор 1903 года вместе с часовым механизмом и комплектом окуляров на хранение в областной краеведческий музей по договору безвозмездного пользования сроком на десять лет.",
         "Архив фотопластинок, насчитывающий около двадцати двух тысяч единиц, передать в научную библиотеку университета.",
         "Здание обсерватории законсервировать, продажа здания и участка не допускается."],
        ["Предложить шести штатным сотрудникам обсерватории перевод на физический факультет без снижения заработной платы.",
         "Организовать учебную практику студентов в обсерватории Северодольского университета, расположенной в ста восьмидесяти километрах от Верхнеборска, с оплатой проезда и проживания за счёт университета."],
        ["Результаты голосования: за — сорок один, против — семнадцать, воздержались — трое.",
         "Решение принято."],
        ["Особое мнение директора обсерватории Семёна Ладыгина, в котором решение названо «тихими похоронами» науки в Верхнеборске, приобщено к протоколу."],
    ]),
    ("D4", "Пост студентки физического факультета Ярославы Минаевой в социальной сети, 6 марта 2026 года", [
        ["Пишу это и до сих пор не могу поверить.",
         "Нашу обсерваторию на Лиственной горе закрывают, и, судя по всему, уже в июне.",
         "Я три года хожу туда на «звёздные пятницы» и вожу с собой младшего брата."],
        ["Совет проголосовал почти единогласно, против было всего человек пять.",
         "Нам объясняют, что обсерватория стоит университету двадцать миллионов в год, а на ремонт купола нужно сто миллионов.",
         "Это у них называется «оптимизацией расходов»."],
        ["Семён Аркадьевич проработал там сорок лет, и его, как я поняла, просто отправляют на пенсию.",
         "Всех сотрудников увольняют, и никому ничего не предложили."],
        ["Телескоп, говорят, продадут какому-то частному коллекционеру.",
         "А землю на горе, конечно, отдадут под застройку, тут все уже в курсе.",
         "Мне кажется, это самый старый работающий телескоп в России."],
        ["Говорят, из-за торгового центра наблюдать можно от силы ночей десять в году.",
         "Я сама видела там кольца Сатурна прошлой осенью, и небо было прекрасное.",
         "Практику нам обещают перенести в Северодольск, а это километров триста отсюда."],
        ["Петицию подписали уже больше десяти тысяч человек, а ректор даже не ответила.",
         "Говорят, решение ещё могут пересмотреть, если найдётся спонсор, но срок дали всего до мая.",
         "Если вы знаете компанию или фонд, которые могли бы помочь, напишите мне.",
         "Давайте не дадим закрыть небо над Верхнеборском."],
        ["Для меня это были лучшие вечера за все студенческие годы.",
         "Сохранить обсерваторию ещё можно, и я в это верю."],
    ]),
]

# 15 unrelated sentences in the same registers (university and town news, an interview, a press office,
# minutes, social-media posts); they are in no document.
UNRELATED = [
    "Городской планетарий откроется после ремонта в конце апреля.",
    "На улице Заводской третий день меняют трубы теплотрассы, движение транспорта ограничено.",
    "Пресс-служба университета сообщает, что приём документов в магистратуру начнётся двадцатого июня.",
    "Учёный совет утвердил новое положение о стипендиях для аспирантов.",
    "— Скажите, а как вы вообще пришли в науку?",
    "— В детстве отец подарил мне бинокль, и с тех пор я не могу оторваться от неба.",
    "Комиссия рекомендовала провести повторную экспертизу фасада главного корпуса.",
    "Всем привет, сегодня наконец сдала сессию и еду домой на каникулы!",
    "Кто-нибудь знает, где в городе можно недорого починить ноутбук?",
    "Областная библиотека продлила часы работы читального зала до девяти вечера.",
    "Ректорат напоминает студентам, что медицинский осмотр нужно пройти до конца месяца.",
    "Заслушан отчёт приёмной комиссии о результатах летней кампании.",
    "— Больше всего я люблю работать зимой, когда ночи длинные и морозные.",
    "В субботу в городском парке пройдёт ярмарка местных фермеров.",
    "Фотографии с нашего похода на Медвежий перевал выложу завтра, не переключайтесь.",
]

# ---------------------------------------------------------------------------------------------------
# The rows: (id, kind, expected, drift_kind, src ids, en, fr, note, would-be ru for absent rows).
# For present rows ru is built from src; for partial rows src holds only the sourced sentences; for
# term rows src is the first sentence that holds the Russian term (the first «…» in the note).
# ---------------------------------------------------------------------------------------------------
F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
ROWS: list[tuple[str, str, str, str, list[str], str, str, str, str]] = [
    # ---- faithful, one sentence -------------------------------------------------------------------
    ("q01", "sentence", F, "", ["d1_09"],
     "The dome has been leaking since the winter before last, and every spring we put buckets right under the telescope.",
     "La coupole fuit depuis l'avant-dernier hiver, et chaque printemps nous posons des seaux juste sous le télescope.",
     "faithful; позапрошлой зимы = the winter before last / l'avant-dernier hiver", ""),
    ("q02", "sentence", F, "", ["d1_10"],
     "Not once in the last ten years have we been given money to repair the roof.",
     "Ces dix dernières années, pas une seule fois on ne nous a accordé d'argent pour refaire le toit.",
     "faithful; ни разу = not once / pas une seule fois; clauses reordered", ""),
    ("q03", "sentence", F, "", ["d1_16"],
     "We have kept an unbroken series of observations here since 1952, and if it is interrupted, it cannot be restored.",
     "Depuis 1952, une série ininterrompue d'observations est tenue ici ; si on l'interrompt, on ne pourra pas la reconstituer.",
     "faithful; нельзя = cannot / on ne pourra pas; fr reorders the date", ""),
    ("q04", "sentence", F, "", ["d2_02"],
     "Forty-one council members voted in favour, seventeen were against and three abstained.",
     "La décision a été adoptée par 41 voix pour, 17 contre et 3 abstentions.",
     "faithful; words in en, digits in fr; fr recast as votes; near-miss d4_04 says almost unanimous, about five against", ""),
    ("q05", "sentence", F, "", ["d2_06"],
     "The university has no plans to sell the observatory building or the land it stands on.",
     "L'université n'a pas l'intention de vendre le bâtiment de l'observatoire ni son terrain.",
     "faithful; не планирует = has no plans / n'a pas l'intention; near-miss d4_10 says the land will go to developers", ""),
    ("q06", "sentence", F, "", ["d2_11"],
     "Six permanent staff members have been offered posts at the physics faculty on the same pay.",
     "Six salariés permanents se sont vu proposer des postes à la faculté de physique, sans perte de salaire.",
     "faithful; с сохранением заработной платы = on the same pay / sans perte de salaire; near-miss d4_08 says all staff fired, nothing offered", ""),
    ("q07", "sentence", F, "", ["d3_08"],
     "According to the speaker, light pollution also means that no more than 40 nights a year are still suitable for observation.",
     "Par ailleurs, selon le rapporteur, à cause de la pollution lumineuse, quarante nuits par an tout au plus restent propices aux observations.",
     "faithful; не более сорока = no more than 40 / quarante tout au plus; en recasts the cause; near-miss d4_12 says barely ten nights", ""),
    ("q08", "sentence", F, "", ["d3_17"],
     "The archive of photographic plates, some 22,000 items in all, is to go to the university's research library.",
     "Les archives de plaques photographiques, qui comptent environ vingt-deux mille pièces, seront confiées à la bibliothèque scientifique de l'université.",
     "faithful; около = some / environ (approximation kept); minutes' infinitive rendered as 'is to'", ""),
    ("q09", "sentence", F, "", ["d4_04"],
     "The council voted almost unanimously, with only about five people against.",
     "Le conseil a voté quasiment à l'unanimité : il n'y avait qu'à peu près cinq voix contre.",
     "faithful to the near-miss sentence d4_04 (человек пять = about five); D2/D3 say 17 against", ""),
    ("q10", "sentence", F, "", ["d4_09"],
     "The telescope, they say, is going to be sold to some private collector.",
     "Le télescope, paraît-il, sera vendu à un collectionneur privé quelconque.",
     "faithful to the near-miss sentence d4_09 (говорят = they say / paraît-il, hedge kept); D1-D3 say the museum", ""),
    ("q11", "sentence", F, "", ["d1_24"],
     "To me it's like putting a violin in a shop window and forbidding anyone to play it.",
     "Pour moi, c'est comme mettre un violon en vitrine et interdire d'en jouer.",
     "faithful; всё равно что = it's like / c'est comme; витрина = shop window / vitrine", ""),
    # ---- faithful, two sentences ------------------------------------------------------------------
    ("q12", "long", F, "", ["d1_04", "d1_05"],
     "To be honest, no. There had been talk of closing it for a long time, but I was sure it wouldn't come to a vote.",
     "Honnêtement, non. On parlait de fermeture depuis longtemps, mais j'étais convaincu qu'on n'irait pas jusqu'au vote.",
     "faithful; до голосования дело не дойдёт = it wouldn't come to a vote / on n'irait pas jusqu'au vote", ""),
    ("q13", "long", F, "", ["d1_22", "d1_23"],
     "The 1903 refractor is going to the regional museum of local history. There it will stand under glass, and no one will look at the sky through it any more.",
     "La lunette de 1903 partira au musée régional d'histoire locale. Elle y sera exposée sous verre, et plus personne ne regardera le ciel à travers.",
     "faithful; рефрактор = refractor / lunette; краеведческий музей = museum of local history; near-miss d4_09 says sold to a collector", ""),
    ("q14", "long", F, "", ["d2_04", "d2_05"],
     "Running the observatory costs 14 million roubles a year, and repairing the dome and roof requires about 60 million more. The university's budget does not have that kind of money.",
     "L'entretien de l'observatoire coûte quatorze millions de roubles par an, et la réfection de la coupole et du toit exige encore une soixantaine de millions. Le budget de l'université ne dispose pas de telles sommes.",
     "faithful; digits in en, words in fr; около шестидесяти = about 60 / une soixantaine; нет = does not have; near-miss d4_05 says 20 and 100 million", ""),
    ("q15", "long", F, "", ["d4_19", "d4_20"],
     "For me, those were the best evenings of my whole time at university. The observatory can still be saved, and I believe that.",
     "Pour moi, ce furent les plus belles soirées de toutes mes années d'études. On peut encore sauver l'observatoire, et j'y crois.",
     "faithful; D4's own sentences; за все студенческие годы = my whole time at university / toutes mes années d'études", ""),
    ("q16", "long", F, "", ["d3_09", "d3_10"],
     "Observatory director Semyon Ladygin objected that this number of clear nights was enough for the observatory's research programme on variable stars. He pointed out that the series of observations has run without a break since 1952 and is one of the longest in the country.",
     "Le directeur de l'observatoire, Semion Ladyguine, a objecté que ce nombre de nuits claires suffisait au programme scientifique de l'observatoire consacré aux étoiles variables. Il a rappelé que la série d'observations se poursuit sans interruption depuis 1952 et qu'elle compte parmi les plus longues du pays.",
     "faithful; clauses reordered; Семён Ладыгин = Semyon Ladygin / Semion Ladyguine", ""),
    # ---- faithful, three or four sentences --------------------------------------------------------
    ("q17", "long", F, "", ["d1_18", "d1_19", "d1_20"],
     "There are nine of us. Six have been offered a move to the physics faculty; the other three are pensioners, and they were simply thanked. I jokingly call myself the 'night watchman': in recent years I have spent more time mending the roof than looking through the eyepiece.",
     "Nous sommes neuf. Six se sont vu proposer un poste à la faculté de physique ; les trois autres sont retraités, et on leur a simplement dit merci. Je me surnomme en plaisantant le « veilleur de nuit » : ces dernières années, j'ai davantage réparé le toit que regardé dans l'oculaire.",
     "faithful; Нас девять человек = there are nine of us / nous sommes neuf; holds the term of q38", ""),
    ("q18", "long", F, "", ["d2_12", "d2_13", "d2_14"],
     "Staff of pensionable age will receive a one-off bonus equal to three months' salary. From the autumn, astronomy students will do their practical training at the Severodolsk University observatory. The university will cover their travel and accommodation in full.",
     "Les salariés ayant l'âge de la retraite toucheront une prime exceptionnelle de trois mois de salaire. Dès l'automne, les stages des étudiants en astronomie se dérouleront à l'observatoire de l'université de Severodolsk. L'université prendra intégralement en charge leur transport et leur hébergement.",
     "faithful; spans a paragraph break (d2_12 | d2_13); трёх окладов = three months' salary; Северодольского = Severodolsk", ""),
    ("q19", "long", F, "", ["d1_26", "d1_27", "d1_28", "d1_29"],
     "The council has given us until 1 July to find a sponsor. I've already written to three foundations and two private companies, but there's no answer yet. If the money turns up, they've promised to reconsider the decision. If not, on 1 September I'll close the dome myself and hand in the keys.",
     "Le conseil nous a laissé jusqu'au premier juillet pour trouver un mécène. J'ai déjà écrit à trois fondations et à deux entreprises privées, mais je n'ai toujours pas de réponse. Si l'argent est trouvé, on a promis de revenir sur la décision. Sinon, le premier septembre, je fermerai moi-même la coupole et je rendrai les clés.",
     "faithful; dates as digits in en, words in fr; ответа пока нет = no answer yet; near-miss d4_16 says the deadline is May", ""),
    ("q20", "long", F, "", ["d3_21", "d3_22", "d3_23"],
     "The vote: 41 for, 17 against, three abstentions. The decision was adopted. The dissenting opinion of the observatory's director, Semyon Ladygin, which calls the decision a 'quiet funeral' for science in Verkhneborsk, has been attached to the minutes.",
     "Résultat du vote : quarante et un pour, dix-sept contre, trois abstentions. La décision est adoptée. L'opinion dissidente du directeur de l'observatoire, Semion Ladyguine, qui qualifie la décision d'« enterrement en catimini » de la science à Verkhneborsk, est jointe au procès-verbal.",
     "faithful; spans a paragraph break (d3_22 | d3_23); Семёна Ладыгина (genitive) = Semyon Ladygin; holds the term of q41", ""),
    ("q21", "long", F, "", ["d4_15", "d4_17", "d4_18"],
     "More than ten thousand people have already signed the petition, and the rector hasn't even replied. (…) If you know of a company or a foundation that could help, write to me. Let's not let them shut the sky over Verkhneborsk.",
     "Plus de 10 000 personnes ont déjà signé la pétition, et la rectrice n'a même pas répondu. (…) Si vous connaissez une entreprise ou une fondation qui pourrait aider, écrivez-moi. Ne les laissons pas fermer le ciel au-dessus de Verkhneborsk.",
     "faithful; ellipsis (…) skips d4_16; D4's own sentences, the first one a near-miss (D2: about four thousand, the rector will meet them); Верхнеборском = Verkhneborsk", ""),
    ("q22", "long", F, "", ["d2_15", "d2_16", "d2_18"],
     "We understand how much the observatory means to the people of Verkhneborsk. Around four thousand people have signed a petition to save it, and rector Margarita Polozova will meet its authors in person. […] The 'Starry Fridays' that are so popular with local residents will continue until the end of August.",
     "Nous savons combien les habitants de Verkhneborsk sont attachés à l'observatoire. Quelque 4 000 personnes ont signé une pétition pour le défendre, et la rectrice Margarita Polozova rencontrera personnellement ses auteurs. […] Les « vendredis étoilés », très appréciés des habitants, se poursuivront jusqu'à fin août.",
     "faithful; ellipsis […] skips d2_17; около = around / quelque; words in en, digits in fr; holds the term of q39", ""),
    # ---- drifted, one sentence --------------------------------------------------------------------
    ("q23", "sentence", D, "numbers", ["d1_06"],
     "I've worked here for thirty-six years and have already lived through three campaigns like this.",
     "Je travaille ici depuis 36 ans et j'ai déjà survécu à trois campagnes de ce genre.",
     "numbers: тридцать четыре года (34 years) -> 36 years; three campaigns kept; D4 says forty years", ""),
    ("q24", "sentence", D, "names", ["d3_11"],
     "Olga Terekhova, dean of the physics faculty, backed the closure on condition that students could still do their practical training.",
     "La doyenne de la faculté de physique, Olga Terekhova, a soutenu la fermeture à condition que les étudiants puissent toujours effectuer leur stage.",
     "names: surname Терентьева (Terentyeva) -> Terekhova; first name Olga and the condition kept", ""),
    ("q25", "sentence", D, "negation", ["d3_06"],
     "An audit by the university's finance department found irregularities in the observatory's spending.",
     "L'audit de la direction financière de l'université a relevé des irrégularités dans les dépenses de l'observatoire.",
     "negation (reversal): нарушений ... не выявила (found no irregularities) -> found irregularities / a relevé des irrégularités", ""),
    ("q26", "sentence", D, "hedge", ["d3_04"],
     "The speaker said the observatory's running costs had probably almost doubled over the past five years, reaching 14 million roubles in 2025.",
     "Le rapporteur a indiqué que les frais d'entretien de l'observatoire avaient sans doute presque doublé en cinq ans, pour atteindre 14 millions de roubles en 2025.",
     "hedge (added): the speaker states it as fact (выросли почти вдвое) -> probably / sans doute; почти (almost) kept", ""),
    ("q27", "sentence", D, "hedge", ["d3_05"],
     "According to the structural survey, the dome and roof are in a critical state, and repairing them will cost 60 million roubles.",
     "Selon l'expertise technique, la coupole et le toit sont dans un état critique, et leur réparation coûtera soixante millions de roubles.",
     "hedge (dropped): оценивается примерно в шестьдесят миллионов (estimated at about 60 million) -> will cost 60 million / coûtera soixante millions", ""),
    ("q28", "sentence", D, "quantifier", ["d2_10"],
     "Hardly any of the observatory's staff will be left without support.",
     "Presque aucun employé de l'observatoire ne sera laissé sans soutien.",
     "quantifier: ни один сотрудник (not one member of staff) -> hardly any / presque aucun", ""),
    ("q29", "sentence", D, "omission", ["d2_17"],
     "The university is also ready to consider any offer of outside funding.",
     "L'université est également prête à examiner toute proposition de financement extérieur.",
     "omission (restriction): «поступившие до первого июля» (received before 1 July) dropped: offers seem welcome at any time", ""),
    ("q30", "sentence", D, "addition", ["d3_16"],
     "The 1903 refractor, together with its clock drive, its set of eyepieces and the spectrograph, is to be placed with the regional museum of local history under a ten-year free-loan agreement.",
     "La lunette de 1903, avec son mouvement d'horlogerie, son jeu d'oculaires et le spectrographe, sera confiée au musée régional d'histoire locale dans le cadre d'un prêt gratuit de dix ans.",
     "addition (list item): 'the spectrograph' / 'le spectrographe' added to what goes to the museum with the refractor", ""),
    # ---- drifted, long ----------------------------------------------------------------------------
    ("q31", "long", D, "numbers", ["d3_13", "d3_14", "d3_15"],
     "The academic council resolved to close the observatory on Listvennaya Hill from 1 September 2026. The vice-rector for economics and finance is instructed to look for outside funding for its upkeep by 1 June. Should funding of at least 14 million roubles a year be found, the matter will be reconsidered at the next council meeting.",
     "Le conseil scientifique a décidé de fermer l'observatoire du mont Listvennaïa à compter du 1er septembre 2026. Le vice-recteur chargé de l'économie et des finances doit rechercher d'ici au 1er juin des financements extérieurs pour son entretien. Si un financement d'au moins quatorze millions de roubles par an est trouvé, la question sera réexaminée à la séance suivante du conseil.",
     "numbers: sentence 2, до первого июля (by 1 July) -> 1 June / 1er juin; sentences 1 and 3 faithful; D4 says May", ""),
    ("q32", "long", D, "omission", ["d3_18", "d3_19", "d3_20"],
     "The observatory building is to be mothballed. The observatory's six permanent staff are to be offered transfers to the physics faculty with no cut in pay. Students' practical training is to be organised at the Severodolsk University observatory, 180 kilometres from Verkhneborsk, with travel and accommodation paid for by the university.",
     "Le bâtiment de l'observatoire sera mis sous cocon. Les six salariés permanents de l'observatoire se verront proposer une mutation à la faculté de physique sans baisse de salaire. Les stages des étudiants seront organisés à l'observatoire de l'université de Severodolsk, à cent quatre-vingts kilomètres de Verkhneborsk, transport et hébergement étant à la charge de l'université.",
     "omission (clause): sentence 1 drops «продажа здания и участка не допускается» (neither the building nor the land may be sold); spans a paragraph break (d3_18 | d3_19); sentences 2 and 3 faithful", ""),
    ("q33", "long", D, "quantifier", ["d2_07", "d2_08", "d2_09"],
     "The building will be mothballed, and a separate commission will decide what happens to it next. The observatory's main instrument, a refractor dating from 1903, will be placed in the care of the regional museum of local history. Most of the remaining equipment, including the archive of photographic plates, will stay university property.",
     "Le bâtiment sera mis sous cocon, et une commission distincte décidera de son avenir. Le principal instrument de l'observatoire, une lunette de 1903, sera confié en dépôt au musée régional d'histoire locale. La majeure partie du reste de l'équipement, archives de plaques photographiques comprises, restera la propriété de l'université.",
     "quantifier: sentence 3, остальное оборудование (all the remaining equipment) -> most of the remaining equipment / la majeure partie; spans a paragraph break (d2_07 | d2_08); sentences 1 and 2 faithful", ""),
    # ---- partial ----------------------------------------------------------------------------------
    ("q34", "long", P, "", ["d4_13"],
     "I've been a member of the observatory's amateur astronomy club since my first year. I saw Saturn's rings there myself last autumn, and the sky was wonderful.",
     "Je fais partie du club d'astronomie amateur de l'observatoire depuis ma première année. J'y ai vu moi-même les anneaux de Saturne l'automne dernier, et le ciel était magnifique.",
     "partial: sentence 1 (a club member since her first year) is in no source; d4_03 only says she has gone to the Starry Fridays for three years; sentence 2 faithful", ""),
    ("q35", "long", P, "", ["d3_02", "d3_03"],
     "The meeting was chaired by the university's rector, Margarita Polozova. She opened it by stressing that no decision had been taken in advance. Vice-rector for economics and finance Denis Shakhov reported on the state of the observatory on Listvennaya Hill.",
     "La séance était présidée par la rectrice de l'université, Margarita Polozova. Elle l'a ouverte en soulignant qu'aucune décision n'avait été prise à l'avance. Le vice-recteur chargé de l'économie et des finances, Denis Chakhov, a présenté un rapport sur l'état de l'observatoire du mont Listvennaïa.",
     "partial: the middle sentence (the rector said nothing had been decided in advance) is in no source; the patronymic Викторовна is left out (faithful); d3_02 | d3_03 is a paragraph break", ""),
    ("q36", "long", P, "", ["d2_01"],
     "At its meeting on 3 March, the academic council of Verkhneborsk State University decided to close the astronomical observatory on Listvennaya Hill from 1 September 2026. A farewell open night for the townspeople will be held at the observatory on 31 August.",
     "Réuni le 3 mars, le conseil scientifique de l'Université d'État de Verkhneborsk a décidé de fermer l'observatoire astronomique du mont Listvennaïa à partir du 1er septembre 2026. Une dernière soirée portes ouvertes sera organisée pour les habitants le 31 août.",
     "partial: the last sentence (a farewell open night on 31 August) is in no source; d2_18 only says the Starry Fridays go on until the end of August; the next real sentence, d2_02, gives the vote", ""),
    # ---- terms ------------------------------------------------------------------------------------
    ("q37", "term", T, "", ["d1_08"], "non-core asset", "actif non stratégique",
     "term «непрофильным активом» (instrumental), the rectorate's label", ""),
    ("q38", "term", T, "", ["d1_20"], "night watchman", "veilleur de nuit",
     "term «ночным сторожем» (instrumental), the director's nickname for himself", ""),
    ("q39", "term", T, "", ["d2_18"], "Starry Fridays", "vendredis étoilés",
     "term «звёздные пятницы» (nominative plural), the public evenings", ""),
    ("q40", "term", T, "", ["d3_07"], "white elephant", "un boulet",
     "term «чемоданом без ручки» (instrumental; literally 'a suitcase without a handle'), idiom by idiom", ""),
    ("q41", "term", T, "", ["d3_23"], "quiet funeral", "enterrement en catimini",
     "term «тихими похоронами» (instrumental plural); fr by an idiom (en catimini = on the quiet)", ""),
    ("q42", "term", T, "", ["d4_06"], "cost optimisation", "optimisation des dépenses",
     "term «оптимизацией расходов» (instrumental), scare-quoted by the student", ""),
    # ---- absent -----------------------------------------------------------------------------------
    ("q43", "sentence", A, "", [],
     "The telescope will be moved to the new science park on the embankment, where a glass pavilion will be built for it.",
     "Le télescope sera transféré au nouveau technoparc des quais, où un pavillon de verre sera construit pour l'accueillir.",
     "absent: no document moves the telescope to a science park; resembles d1_22, d2_08, d3_16 and d4_09",
     "Телескоп перевезут в новый технопарк на набережной, где для него построят стеклянный павильон."),
    ("q44", "sentence", A, "", [],
     "Rector Margarita Polozova said she had personally voted against closing the observatory.",
     "La rectrice Margarita Polozova a déclaré avoir personnellement voté contre la fermeture de l'observatoire.",
     "absent: the rector's own vote is given nowhere; resembles d2_16, d3_02 and d3_21",
     "Ректор Маргарита Полозова заявила, что лично голосовала против закрытия обсерватории."),
    ("q45", "sentence", A, "", [],
     "Last year the observatory lost a federal grant worth eight million roubles.",
     "L'an dernier, l'observatoire a perdu une subvention fédérale de 8 millions de roubles.",
     "absent: no grant is mentioned; resembles d2_04, d3_04 and d4_05",
     "В прошлом году обсерватория лишилась федерального гранта в восемь миллионов рублей."),
    ("q46", "sentence", A, "", [],
     "Students have announced that they will picket the university's main building on the day of the closure.",
     "Les étudiants ont annoncé qu'ils manifesteraient devant le bâtiment principal de l'université le jour de la fermeture.",
     "absent: no picket is announced; resembles d3_12, d4_17 and d4_18",
     "Студенты объявили, что в день закрытия выйдут на пикет к главному корпусу университета."),
    ("q47", "sentence", A, "", [],
     "Twice I suggested to the rector's office that the dome be rented out to amateur astronomers, but nobody listened.",
     "J'ai proposé à deux reprises au rectorat de louer la coupole à des astronomes amateurs, mais personne ne m'a écouté.",
     "absent: the director never mentions renting out the dome; resembles d1_08, d1_10 and d1_27",
     "— Я дважды предлагал ректорату сдавать купол в аренду любителям астрономии, но меня никто не услышал."),
    ("q48", "long", A, "", [],
     "The academic council also decided to halve admissions to the astronomy department. There will be no intake for the degree in 2027.",
     "Le conseil scientifique a également décidé de réduire de moitié les admissions en astronomie. Il n'y aura pas de recrutement dans cette filière en 2027.",
     "absent (2 sentences): admissions are cut nowhere; resembles the resolutions d3_13-d3_20",
     "Учёный совет также решил вдвое сократить набор на астрономическое отделение. Приёма на эту специальность в 2027 году не будет."),
]


def sentence_table() -> dict[str, tuple[int, int, str]]:
    """id -> (document index, paragraph index, sentence), in document order."""
    table: dict[str, tuple[int, int, str]] = {}
    for d, (_name, _title, paragraphs) in enumerate(DOCS):
        n = 0
        for p, paragraph in enumerate(paragraphs):
            for sentence in paragraph:
                n += 1
                table[f"d{d + 1}_{n:02d}"] = (d, p, sentence)
    return table


def cell(text: str) -> str:
    assert "\t" not in text and "\n" not in text, text
    return text


def build() -> None:
    sentences = sentence_table()
    order = list(sentences)

    src_lines = []
    for name, title, paragraphs in DOCS:
        if src_lines:
            src_lines.append("")
        src_lines.append(f"### {name}: {title}")
        for paragraph in paragraphs:
            src_lines.append("")
            src_lines.append(" ".join(paragraph))
    (HERE / f"{NAME}_sources.ru.txt").write_text("\n".join(src_lines) + "\n", encoding="utf-8")

    quotes = ["id\tabsent\ten\tfr\tru"]
    labels = ["id\tkind\texpected\tdrift_kind\tnote"]
    gold: set[str] = set()
    for rid, kind, expected, drift, src, en, fr, note, absent_ru in ROWS:
        if expected == A:
            assert not src and absent_ru
            ru, full_note = absent_ru, note
        else:
            ids = sorted(src, key=order.index)
            assert ids == src, (rid, src)
            ru = " ".join(sentences[i][2] for i in ids)
            full_note = f"{note} [src {','.join(ids)}]"
            gold.update(ids)
        quotes.append("\t".join(cell(x) for x in (rid, "1" if expected == A else "0", en, fr, ru)))
        labels.append("\t".join(cell(x) for x in (rid, kind, expected, drift, full_note)))
    (HERE / f"{NAME}.tsv").write_text("\n".join(quotes) + "\n", encoding="utf-8")
    (HERE / f"{NAME}_labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")

    outside = [sentences[i][2] for i in order if i not in gold]
    (HERE / f"{NAME}_distractors.ru.txt").write_text("\n".join(outside + UNRELATED) + "\n", encoding="utf-8")
    print(f"{len(order)} source sentences, {len(gold)} gold, {len(outside)} outside gold, "
          f"{len(UNRELATED)} unrelated, {len(ROWS)} rows")


if __name__ == "__main__":
    build()
