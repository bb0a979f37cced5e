"""Build the blind quotation set blind7 from one table, so ids, gold spans and files agree.

Written blind on 2026-12-06 (no Parallax code run or read). Standard library only.
Story: the artistic director of the (fictional) Kryazhinsk regional drama theatre is dismissed.

    .venv/bin/python benchmarks/data/quote_blind7_build.py

writes quote_blind7.tsv, quote_blind7_labels.tsv, quote_blind7_sources.ru.txt and
quote_blind7_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind7"

# ---------------------------------------------------------------------------------------------
# The four source documents: (id, title, paragraphs); a paragraph is a list of sentences.
# Sentence ids are d1_01, d1_02, ... numbered through each document (titles not counted).
# ---------------------------------------------------------------------------------------------
DOCS = [
    ("D1", "Интервью Глеба Ведерникова газете «Кряжинский вестник», 12 ноября 2025 года", [
        [
            "Пятого ноября министерство культуры Сольвинской области досрочно расторгло контракт с художественным руководителем Кряжинского драматического театра Глебом Ведерниковым.",  # 01
            "Он руководил театром одиннадцать лет и поставил за это время на его сцене двадцать шесть спектаклей.",  # 02
            "Через неделю после увольнения мы встретились с ним в кафе напротив театра, в который ему теперь, по его словам, неловко заходить.",  # 03
        ],
        [
            "Как вы узнали о своём увольнении?",  # 04
        ],
        [
            "Из новостей, как и весь остальной город, и для меня это было как снег на голову.",  # 05
            "Утром мне позвонила заведующая литературной частью и спросила, правда ли это, а я даже не понимал, о чём она говорит.",  # 06
            "Больше месяца со мной в министерстве никто не разговаривал, хотя я дважды просил о встрече.",  # 07
            "Приказ мне показали только вечером, когда его уже обсуждали все, кому не лень.",  # 08
        ],
        [
            "В министерстве говорят, что причина в нарушениях, которые нашла контрольно-счётная палата.",  # 09
        ],
        [
            "Я читал этот отчёт и не собираюсь делать вид, что там всё выдумано.",  # 10
            "Декорации к «Пустым комнатам» действительно обошлись дороже, чем планировалось, и за это я готов отвечать.",  # 11
            "Но ни одного рубля себе в карман я не положил, и сами проверяющие этого не утверждают.",  # 12
            "Я не исключаю, что настоящая причина — сам спектакль, а отчёт просто оказался под рукой.",  # 13
        ],
        [
            "Чем спектакль мог так не понравиться?",  # 14
        ],
        [
            "Пьеса Дарьи Лисицыной рассказывает о городе, в котором закрылся единственный завод и люди разъезжаются, оставляя пустые квартиры.",  # 15
            "Зрители узнают в этом городе Кряжинск, а некоторые чиновники, видимо, узнали в пьесе себя.",  # 16
            "После премьеры в мае на спектакль невозможно было достать билет.",  # 17
            "Один высокопоставленный гость ушёл в антракте и, как мне потом передали, назвал постановку «клеветой на город».",  # 18
        ],
        [
            "Министерство утверждает, что при вас театр терял зрителей.",  # 19
        ],
        [
            "Это просто неправда, и цифры легко проверить.",  # 20
            "Когда я пришёл в театр в 2014 году, зал в среднем заполнялся на пятьдесят два процента.",  # 21
            "В прошлом сезоне средняя заполняемость составила восемьдесят семь процентов, а на «Пустые комнаты» мы ставили дополнительные стулья.",  # 22
            "Осенью зрителей действительно стало меньше, но осенью мы три недели не играли из-за ремонта сцены.",  # 23
        ],
        [
            "Что теперь будет с труппой?",  # 24
        ],
        [
            "Двенадцать актёров из тридцати четырёх подписали письмо в мою поддержку, и я им очень благодарен.",  # 25
            "Несколько человек говорят, что уйдут вслед за мной, но я прошу их не торопиться.",  # 26
            "Театр не должен быть «театром одного человека», и в нём остаются зрители, которых нельзя подводить.",  # 27
        ],
        [
            "Будете ли вы оспаривать увольнение?",  # 28
        ],
        [
            "Судиться с министерством я пока не решил, но юристы уже изучают приказ.",  # 29
            "Если суд признает увольнение незаконным, я вернусь, но только при условии, что «Пустые комнаты» останутся в репертуаре.",  # 30
            "В любом случае из Кряжинска я никуда уезжать не собираюсь.",  # 31
        ],
    ]),
    ("D2", "Официальное сообщение министерства культуры Сольвинской области о руководстве Кряжинского областного драматического театра, 6 ноября 2025 года", [
        [
            "Министерство культуры Сольвинской области сообщает, что пятого ноября 2025 года досрочно прекращён трудовой договор с художественным руководителем Кряжинского областного драматического театра Глебом Ведерниковым.",  # 01
            "Приказ подписан министром культуры Сольвинской области Аллой Свиридовой.",  # 02
            "Основанием для решения стали нарушения, выявленные контрольно-счётной палатой Сольвинской области в ходе проверки финансово-хозяйственной деятельности театра.",  # 03
        ],
        [
            "По данным палаты, объём нарушений за 2023 и 2024 годы составил 12,7 миллиона рублей.",  # 04
            "Большая часть договоров на изготовление декораций и костюмов заключалась с одним подрядчиком без проведения конкурентных процедур.",  # 05
            "Кроме того, в 2025 году средняя заполняемость зрительного зала снизилась до шестидесяти четырёх процентов.",  # 06
            "Министерство подчёркивает, что решение не связано с репертуарной политикой театра, и считает разговоры о «расправе за спектакль» безосновательными.",  # 07
        ],
        [
            "Временно исполняющим обязанности художественного руководителя назначен Олег Рябинин, который с 2019 года работал в театре режиссёром.",  # 08
            "Все спектакли текущего репертуара, включая постановку «Пустые комнаты», будут идти до конца сезона в соответствии с афишей.",  # 09
            "Зрители, купившие билеты, могут не беспокоиться: ни один показ не будет отменён.",  # 10
            "Конкурс на замещение должности художественного руководителя может быть объявлен уже в декабре.",  # 11
            "В состав конкурсной комиссии войдут представители министерства, труппы театра и Союза театральных деятелей.",  # 12
        ],
        [
            "Заместитель министра культуры Павел Глушков проведёт встречу с коллективом театра в ближайшие дни.",  # 13
            "Министерство готово выслушать каждого сотрудника и ответить на все вопросы.",  # 14
            "Мы понимаем, что смена руководства всегда болезненна для творческого коллектива.",  # 15
            "Вместе с тем финансовая дисциплина обязательна для всех учреждений культуры, независимо от их заслуг и известности.",  # 16
        ],
        [
            "Материалы проверки направлены в прокуратуру Сольвинской области для правовой оценки.",  # 17
            "До завершения этой оценки министерство не будет давать комментариев по существу выявленных нарушений.",  # 18
            "Обращения граждан по поводу работы театра принимаются по телефону горячей линии и через официальный сайт министерства.",  # 19
        ],
    ]),
    ("D3", "Из отчёта контрольно-счётной палаты Сольвинской области о проверке Кряжинского областного драматического театра, 27 октября 2025 года", [
        [
            "Проверка финансово-хозяйственной деятельности театра проводилась с первого сентября по десятое октября 2025 года и охватывала период с января 2023 года по декабрь 2024 года.",  # 01
            "В ходе проверки изучены договоры на изготовление декораций, костюмов и реквизита, всего тридцать один договор, а также бухгалтерская отчётность театра и акты списания.",  # 02
        ],
        [
            "Из тридцати одного договора двадцать три заключены с одной и той же компанией «Сценотехника» без проведения конкурентных процедур.",  # 03
            "Обоснование выбора единственного подрядчика в документах театра отсутствует.",  # 04
            "Стоимость декораций к спектаклю «Пустые комнаты» составила 9,4 миллиона рублей при запланированных 6,1 миллиона рублей.",  # 05
            "Превышение сметы не было согласовано с министерством культуры, как того требует устав театра.",  # 06
            "Общий объём выявленных нарушений составляет 12,7 миллиона рублей, из них 1,8 миллиона рублей подлежат возврату в областной бюджет.",  # 07
        ],
        [
            "Часть декораций, изготовленных в 2023 году, списана с пометкой «морально устаревшие» менее чем через год после постановки на учёт.",  # 08
            "Документы, подтверждающие их утилизацию, на момент проверки отсутствовали.",  # 09
            "Последняя инвентаризация костюмов и реквизита проводилась в 2021 году, то есть с нарушением установленной периодичности.",  # 10
            "Фактов использования бюджетных средств в личных целях проверкой не установлено.",  # 11
            "Вместе с тем выявленные нарушения могут свидетельствовать о слабости внутреннего контроля в учреждении.",  # 12
        ],
        [
            "Палата рекомендует министерству культуры обеспечить возврат средств в бюджет до первого марта 2026 года.",  # 13
            "Театру предложено в течение трёх месяцев утвердить порядок закупок, исключающий заключение договоров с единственным подрядчиком без обоснования.",  # 14
            "Руководство театра с отдельными выводами проверки не согласилось и представило письменные возражения.",  # 15
            "Возражения рассмотрены, однако основные выводы палаты оставлены без изменений.",  # 16
            "Отчёт направлен в министерство культуры Сольвинской области и в прокуратуру Сольвинской области.",  # 17
        ],
    ]),
    ("D4", "Пост актрисы Веры Каштановой на её странице в социальной сети, 9 ноября 2025 года", [
        [
            "Четыре дня молчала, но больше не могу.",  # 01
            "Пятнадцать лет Глеб Ведерников тащил на себе наш театр, и вот его выставили за дверь одним приказом.",  # 02
            "Никто из министерства даже не удосужился приехать к нам и поговорить с труппой.",  # 03
        ],
        [
            "Теперь про этот знаменитый отчёт, который у нас в труппе прозвали «бухгалтерским приговором».",  # 04
            "Декорации к «Пустым комнатам» обошлись почти вдвое дороже сметы, это правда, но они того стоили.",  # 05
            "Все договоры театр заключал с одной фирмой просто потому, что больше никто в области не умеет делать такие декорации.",  # 06
            "Палата насчитала нарушений на двадцать миллионов, а сколько из них настоящих, пусть разбирается суд.",  # 07
            "И да, проверка прямо подтвердила, что Глеб не взял себе ни копейки.",  # 08
        ],
        [
            "Всем понятно, что убрали его из-за спектакля.",  # 09
            "При Глебе зал был полон всегда, на любом спектакле, даже в будний вечер.",  # 10
            "«Пустые комнаты» снимут с репертуара сразу после Нового года, это мне сказали по секрету.",  # 11
            "Почти вся труппа подписала письмо в его поддержку.",  # 12
            "Половина из нас готова уйти вслед за ним, если ничего не изменится.",  # 13
        ],
        [
            "Я служу в этом театре девять лет и никогда не писала ничего подобного.",  # 14
            "Мне страшно, что через год от нашего театра останется одна вывеска.",  # 15
            "Глеб просит нас не торопиться и не хлопать дверью, и я его послушаюсь.",  # 16
            "Но молчать я больше не буду.",  # 17
            "Не верьте тому, что говорят о нашем театре в «кабинетах с флагами».",  # 18
            "Приходите на «Пустые комнаты», пока их ещё играют.",  # 19
        ],
    ]),
]

# Fifteen unrelated sentences in the same registers (culture news, a ministry, an audit, a post),
# appended to the distractors file after the unused source sentences; they are in no document.
UNRELATED = [
    "Городская филармония открывает сезон концертом камерного оркестра.",
    "Министерство культуры Сольвинской области объявляет приём заявок на гранты для сельских библиотек.",
    "В ходе проверки музыкальной школы нарушений в расходовании средств не выявлено.",
    "Директор краеведческого музея рассказала, что зал с археологическими находками откроется после реставрации.",
    "Билеты на новогодние представления для детей поступят в продажу в конце ноября.",
    "Палата рекомендовала областной библиотеке провести инвентаризацию книжного фонда.",
    "В субботу в парке у набережной пройдёт ярмарка народных промыслов.",
    "Я двадцать лет играю в оркестре и впервые вижу такой полный зал.",
    "Кукольный театр отправится на гастроли по сёлам области весной.",
    "Ремонт кровли дома культуры планируется завершить до наступления морозов.",
    "Мой сын занимается в театральной студии третий год, и ему очень нравится.",
    "Областной конкурс молодых исполнителей соберёт участников из двенадцати районов.",
    "Охрана объектов культурного наследия остаётся одним из приоритетов министерства.",
    "На выставке представлены работы местных художников разных поколений.",
    "Вчера в библиотеке прошла встреча с автором книги о старых купеческих домах.",
]

# ---------------------------------------------------------------------------------------------
# The rows: (id, kind, expected, drift_kind, src ids, en, fr, note[, ru for absent rows]).
# For present rows `ru` is built from `src` (document order, joined by a space).
# ---------------------------------------------------------------------------------------------
F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TK = "sentence", "long", "term"

ROWS = [
    # --- faithful, one sentence -------------------------------------------------------------
    ("q01", S, F, "", ["d1_02"],
     "He ran the theatre for 11 years and in that time staged 26 productions on its stage.",
     "Il a dirigé le théâtre pendant onze ans et y a monté, dans ce laps de temps, vingt-six spectacles.",
     "faithful; одиннадцать/двадцать шесть as digits in English; near-miss d4_02 says fifteen years"),
    ("q02", S, F, "", ["d1_10"],
     "I have read that report, and I am not going to pretend it is all made up.",
     "J'ai lu ce rapport, et je ne vais pas faire comme si tout y était inventé.",
     "faithful; делать вид = pretend"),
    ("q03", S, F, "", ["d1_17"],
     "After the premiere in May, you could not get a ticket for the show for love or money.",
     "Après la première, en mai, on ne pouvait plus trouver une seule place pour ce spectacle.",
     "faithful; one-word невозможно rendered 'could not ... for love or money' / 'on ne pouvait plus'"),
    ("q04", S, F, "", ["d2_06"],
     "In addition, average attendance in the auditorium fell to 64 per cent in 2025.",
     "Par ailleurs, en 2025, le taux moyen de remplissage de la salle est tombé à 64 %.",
     "faithful; clauses reordered; шестидесяти четырёх as 64; contrasts with d1_22 (87 per cent last season)"),
    ("q05", S, F, "", ["d2_10"],
     "Theatregoers who have bought tickets need not worry: not a single performance will be cancelled.",
     "Les spectateurs qui ont acheté des billets peuvent être tranquilles : aucune représentation ne sera annulée.",
     "faithful; могут не беспокоиться = need not worry"),
    ("q06", S, F, "", ["d3_11"],
     "The audit established no instances of public funds being used for personal ends.",
     "Le contrôle n'a établi aucun cas d'utilisation de fonds publics à des fins personnelles.",
     "faithful; не установлено = established no; near-miss d4_08 says the audit directly confirmed he took nothing"),
    ("q07", S, F, "", ["d3_12"],
     "At the same time, the irregularities identified may point to weak internal controls at the institution.",
     "Cela dit, les irrégularités relevées peuvent témoigner d'une faiblesse du contrôle interne au sein de l'établissement.",
     "faithful; hedge могут свидетельствовать kept as may point to / peuvent témoigner"),
    ("q08", S, F, "", ["d1_25"],
     "Twelve of the 34 actors signed a letter in my support, and I am very grateful to them.",
     "Douze des trente-quatre comédiens ont signé une lettre de soutien, et je leur en suis très reconnaissant.",
     "faithful; тридцати четырёх as 34 in English; near-miss d4_12 says almost the whole company"),
    ("q09", S, F, "", ["d4_02"],
     "For fifteen years Gleb Vedernikov carried our theatre on his shoulders, and now he has been shown the door with a single order.",
     "Pendant 15 ans, Gleb Vedernikov a porté notre théâtre à bout de bras, et voilà qu'on le met à la porte d'un simple arrêté.",
     "faithful to the near-miss D4 sentence (fifteen years; D1 says eleven); idioms тащил на себе / выставили за дверь rendered by idioms"),
    ("q10", S, F, "", ["d4_06"],
     "The theatre gave all its contracts to one firm simply because nobody else in the region knows how to make sets like that.",
     "Si le théâtre a confié tous ses contrats à une seule entreprise, c'est tout simplement que personne d'autre dans la région ne sait fabriquer de tels décors.",
     "faithful to the near-miss D4 sentence (all contracts; D3 says 23 of 31); French restructured as si ... c'est que"),
    ("q11", S, F, "", ["d4_12"],
     "Almost the whole company signed a letter in his support.",
     "Presque toute la troupe a signé une lettre pour le soutenir.",
     "faithful to the near-miss D4 sentence (almost the whole company; D1 says 12 of 34)"),
    # --- faithful, two sentences ------------------------------------------------------------
    ("q12", L, F, "", ["d1_05", "d1_06"],
     "From the news, like the rest of the town, and for me it came out of the blue. In the morning the head of the literary department called and asked whether it was true, and I did not even understand what she was talking about.",
     "Par les informations, comme tout le reste de la ville, et ça m'est tombé dessus comme un coup de tonnerre. Le matin, la responsable du service littéraire m'a appelé pour me demander si c'était vrai, et je ne comprenais même pas de quoi elle parlait.",
     "faithful; idiom как снег на голову = out of the blue / comme un coup de tonnerre"),
    ("q13", L, F, "", ["d2_15", "d2_16"],
     "We understand that a change of leadership is always painful for a creative company. At the same time, financial discipline is binding on every cultural institution, whatever its merits or fame.",
     "Nous comprenons qu'un changement de direction est toujours douloureux pour une équipe artistique. Pour autant, la discipline financière s'impose à toutes les institutions culturelles, quels que soient leurs mérites et leur notoriété.",
     "faithful"),
    ("q14", L, F, "", ["d1_26", "d1_27"],
     "Several people say they will leave after me, but I am asking them not to rush. A theatre should not be a \"one-man theatre\", and it still has an audience that must not be let down.",
     "Plusieurs personnes disent qu'elles partiront à ma suite, mais je leur demande de ne pas se précipiter. Un théâtre ne doit pas être un « théâtre d'un seul homme », et il y a toujours des spectateurs qu'on ne peut pas laisser tomber.",
     "faithful; one-word нельзя rendered 'must not' / 'on ne peut pas'; contains the term of q38"),
    ("q15", L, F, "", ["d3_15", "d3_16"],
     "The theatre's management disagreed with some of the audit's conclusions and submitted written objections. The objections were examined, but the chamber's main conclusions were left unchanged.",
     "La direction du théâtre a contesté certaines conclusions du contrôle et a présenté des objections écrites. Ces objections ont été examinées, mais les principales conclusions de la chambre ont été maintenues telles quelles.",
     "faithful"),
    ("q16", L, F, "", ["d1_30", "d1_31"],
     "If a court rules the dismissal unlawful, I will come back, but only on condition that Empty Rooms stays in the repertoire. Either way, I have no intention of leaving Kryazhinsk.",
     "Si la justice juge le licenciement illégal, je reviendrai, mais seulement à condition que « Chambres vides » reste au répertoire. Quoi qu'il arrive, je n'ai aucune intention de quitter Kriajinsk.",
     "faithful; из Кряжинска (genitive) = Kryazhinsk / Kriajinsk; никуда уезжать не собираюсь = no intention of leaving"),
    # --- faithful, long (3-4 sentences) -----------------------------------------------------
    ("q17", L, F, "", ["d1_15", "d1_16", "d1_18"],
     "Daria Lisitsyna's play is about a town whose only factory has closed and whose people are moving away, leaving their flats empty. Audiences recognise Kryazhinsk in that town, and some officials, it seems, recognised themselves in the play. (…) One high-ranking guest walked out at the interval and, so I was told afterwards, called the production \"a slander on the town\".",
     "La pièce de Daria Lissitsyna raconte une ville dont l'unique usine a fermé et dont les habitants s'en vont, laissant derrière eux des appartements vides. Les spectateurs reconnaissent Kriajinsk dans cette ville, et certains fonctionnaires, semble-t-il, se sont reconnus dans la pièce. (…) Un invité de haut rang est parti à l'entracte et, à ce qu'on m'a rapporté ensuite, a qualifié la mise en scène de « calomnie contre la ville ».",
     "faithful; ellipsis (…) skips d1_17; Дарьи Лисицыной (genitive) = Daria Lisitsyna; contains the term of q37"),
    ("q18", L, F, "", ["d1_21", "d1_22", "d1_23"],
     "When I arrived at the theatre in 2014, the house was on average 52 per cent full. Last season average attendance was 87 per cent, and for Empty Rooms we had to put out extra chairs. Audiences did fall in the autumn, but in the autumn we were dark for three weeks while the stage was being repaired.",
     "Quand je suis arrivé au théâtre, en 2014, la salle était remplie en moyenne à cinquante-deux pour cent. La saison dernière, le taux de remplissage moyen a atteint quatre-vingt-sept pour cent, et pour « Chambres vides » nous rajoutions des chaises. À l'automne, il y a effectivement eu moins de spectateurs, mais à l'automne nous avons fait relâche pendant trois semaines à cause de travaux sur la scène.",
     "faithful; numbers as digits in English, words in French; не играли = were dark / faire relâche; near-miss d4_10 says the house was always full"),
    ("q19", L, F, "", ["d2_02", "d2_03", "d2_04", "d2_05"],
     "The order was signed by the Solvinsk region's Minister of Culture, Alla Sviridova. The decision was based on violations found by the Solvinsk regional audit chamber during an audit of the theatre's finances and operations. According to the chamber, the violations in 2023 and 2024 amounted to 12.7 million roubles. Most of the contracts to make sets and costumes were placed with a single contractor without competitive procedures.",
     "L'arrêté a été signé par la ministre de la Culture de la région de Solvinsk, Alla Sviridova. La décision repose sur les irrégularités relevées par la chambre régionale des comptes de Solvinsk lors d'un contrôle de la gestion financière du théâtre. Selon la chambre, ces irrégularités s'élèvent à 12,7 millions de roubles pour 2023 et 2024. La plupart des contrats de fabrication de décors et de costumes ont été passés avec un seul prestataire, sans mise en concurrence.",
     "faithful; across a paragraph break (d2_03 | d2_04); Аллой Свиридовой (instrumental) = Alla Sviridova"),
    ("q20", L, F, "", ["d3_07", "d3_08", "d3_09"],
     "The irregularities identified total 12.7 million roubles, of which 1.8 million must be returned to the regional budget. Some of the sets made in 2023 were written off as \"morally obsolete\" less than a year after being entered on the books. At the time of the audit there were no documents confirming that they had been disposed of.",
     "Le montant total des irrégularités relevées atteint 12,7 millions de roubles, dont 1,8 million doivent être restitués au budget régional. Une partie des décors fabriqués en 2023 a été passée en pertes avec la mention « moralement obsolètes » moins d'un an après son inscription à l'inventaire. Au moment du contrôle, aucun document attestant leur destruction n'était disponible.",
     "faithful; across a paragraph break (d3_07 | d3_08); contains the term of q40"),
    ("q21", L, F, "", ["d4_14", "d4_15", "d4_17"],
     "I have been with this theatre for nine years and I have never written anything like this. I am afraid that a year from now there will be nothing left of our theatre but the sign over the door. […] But I am not going to stay silent any more.",
     "Je joue dans ce théâtre depuis 9 ans et je n'ai jamais rien écrit de pareil. J'ai peur que dans un an il ne reste de notre théâtre que l'enseigne. […] Mais je ne me tairai plus.",
     "faithful to D4; ellipsis […] skips d4_16; одна вывеска = nothing left but the sign"),
    ("q22", L, F, "", ["d4_07", "d4_08", "d4_09"],
     "The chamber counted twenty million roubles' worth of violations, and how many of them are real is for a court to sort out. And yes, the audit explicitly confirmed that Gleb did not take a kopeck for himself. Everyone understands that he was removed because of the play.",
     "La chambre a compté pour 20 millions d'irrégularités, et c'est à un tribunal de faire le tri entre les vraies et les autres. Et oui, le contrôle a confirmé noir sur blanc que Gleb n'a pas pris un kopeck pour lui. Tout le monde comprend qu'on l'a écarté à cause du spectacle.",
     "faithful to the near-miss D4 sentences (twenty million, D3 says 12.7; 'explicitly confirmed', D3 says not established; 'everyone understands', D1 says he does not rule it out); across a paragraph break (d4_08 | d4_09)"),
    # --- drifted, one sentence --------------------------------------------------------------
    ("q23", S, D, "numbers", ["d3_05"],
     "The sets for Empty Rooms cost 9.4 million roubles, against a planned 6.4 million.",
     "Les décors de « Chambres vides » ont coûté 9,4 millions de roubles, pour 6,4 millions prévus.",
     "drifted: planned cost 6,1 миллиона → 6.4 million; 9.4 kept"),
    ("q24", S, D, "names", ["d2_13"],
     "Minister of Culture Pavel Glushkov will meet the theatre's staff in the coming days.",
     "Le ministre de la Culture, Pavel Glouchkov, rencontrera l'équipe du théâtre dans les prochains jours.",
     "drifted: title Заместитель министра культуры (Deputy Minister) → Minister of Culture; name and meeting kept"),
    ("q25", S, D, "negation", ["d3_06"],
     "The cost overrun was approved by the Ministry of Culture, as the theatre's statutes require.",
     "Le dépassement du budget a été approuvé par le ministère de la Culture, comme l'exigent les statuts du théâtre.",
     "drifted: не было согласовано (was not approved) → was approved"),
    ("q26", S, D, "hedge", ["d2_11"],
     "The competition for the post of artistic director will be announced as early as December.",
     "Le concours pour le poste de directeur artistique sera lancé dès décembre.",
     "drifted: hedge dropped, может быть объявлен (may be announced) → will be announced"),
    ("q27", S, D, "hedge", ["d1_20"],
     "That is probably not true, and the figures are easy to check.",
     "Ce n'est probablement pas vrai, et les chiffres sont faciles à vérifier.",
     "drifted: hedge added, просто неправда (simply untrue) → probably not true"),
    ("q28", S, D, "quantifier", ["d2_09"],
     "Most of the productions in the current repertoire, including Empty Rooms, will run until the end of the season as billed.",
     "La plupart des spectacles du répertoire actuel, y compris « Chambres vides », seront joués jusqu'à la fin de la saison, conformément à l'affiche.",
     "drifted: Все спектакли (all the productions) → most of the productions"),
    ("q29", S, D, "omission", ["d3_14"],
     "The theatre has been asked to adopt, within three months, procurement rules that bar contracts with a sole contractor.",
     "Le théâtre est invité à adopter, dans un délai de trois mois, des règles d'achat excluant tout contrat avec un prestataire unique.",
     "drifted: restriction без обоснования (without justification) dropped, so all sole-contractor deals are barred"),
    ("q30", S, D, "addition", ["d2_12"],
     "The selection panel will include representatives of the ministry, the city administration, the theatre company and the Union of Theatre Workers.",
     "Le jury du concours comprendra des représentants du ministère, de la mairie, de la troupe du théâtre et de l'Union des travailleurs du théâtre.",
     "drifted: 'the city administration' / 'la mairie' added to the list of members"),
    # --- drifted, long ----------------------------------------------------------------------
    ("q31", L, D, "numbers", ["d1_07", "d1_08"],
     "For a month nobody at the ministry spoke to me, even though I asked twice for a meeting. They only showed me the order in the evening, when every Tom, Dick and Harry was already discussing it.",
     "Pendant un mois, personne au ministère ne m'a adressé la parole, alors que j'avais demandé deux fois à être reçu. On ne m'a montré l'arrêté que le soir, quand tout un chacun en discutait déjà.",
     "drifted: sentence 1 Больше месяца (more than a month) → a month; sentence 2 faithful (idiom все, кому не лень by idiom)"),
    ("q32", L, D, "hedge", ["d1_11", "d1_12", "d1_13"],
     "The sets for Empty Rooms really did cost more than planned, and I am ready to answer for that. But I did not put a single rouble in my own pocket, and the auditors themselves do not say I did. I am certain the real reason is the play itself, and the report simply came in handy.",
     "Les décors de « Chambres vides » ont effectivement coûté plus cher que prévu, et je suis prêt à en répondre. Mais je n'ai pas mis un seul rouble dans ma poche, et les contrôleurs eux-mêmes ne prétendent pas le contraire. Je suis certain que la vraie raison, c'est le spectacle lui-même, et que le rapport est simplement tombé à point.",
     "drifted: sentence 3 Я не исключаю (I do not rule out) → I am certain; sentences 1 and 2 faithful"),
    ("q33", L, D, "negation", ["d3_02", "d3_03", "d3_04"],
     "The audit examined the contracts for making sets, costumes and props, 31 contracts in all, as well as the theatre's accounts and write-off records. Of the 31 contracts, 23 went to one and the same company, Stsenotekhnika, without competitive procedures. The theatre's documents do set out the reasons for choosing a sole contractor.",
     "Le contrôle a porté sur les contrats de fabrication de décors, de costumes et d'accessoires, trente et un au total, ainsi que sur la comptabilité du théâtre et les procès-verbaux de mise au rebut. Sur ces trente et un contrats, vingt-trois ont été conclus avec une seule et même société, Stsenotekhnika, sans mise en concurrence. Les documents du théâtre justifient bien le choix d'un prestataire unique.",
     "drifted: sentence 3 обоснование ... отсутствует (no justification on file) → the documents do set out the reasons; sentences 1 and 2 faithful; across a paragraph break (d3_02 | d3_03)"),
    # --- partial ----------------------------------------------------------------------------
    ("q34", L, P, "", ["d1_29"],
     "I have not yet decided whether to take the ministry to court, but lawyers are already going through the order. They have already found at least three procedural errors in it.",
     "Je n'ai pas encore décidé d'attaquer le ministère en justice, mais des avocats étudient déjà l'arrêté. Ils y ont déjà trouvé au moins trois vices de procédure.",
     "partial: sentence 1 faithful; sentence 2 (three procedural errors found) has no source"),
    ("q35", L, P, "", ["d2_17", "d2_18"],
     "The audit materials have been sent to the Solvinsk regional prosecutor's office for a legal assessment. Prosecutors have already questioned the theatre's chief accountant. Until that assessment is complete, the ministry will not comment on the substance of the violations found.",
     "Les pièces du contrôle ont été transmises au parquet de la région de Solvinsk pour une appréciation juridique. Le parquet a déjà entendu la comptable en chef du théâtre. Tant que cette appréciation n'est pas terminée, le ministère ne fera aucun commentaire sur le fond des irrégularités relevées.",
     "partial: sentences 1 and 3 faithful; middle sentence (prosecutors questioned the chief accountant) has no source"),
    ("q36", L, P, "", ["d4_18", "d4_19"],
     "Do not believe what they say about our theatre in the \"offices with flags\". Come and see Empty Rooms while it is still on. On Saturday at noon we will all gather on the square outside the theatre.",
     "Ne croyez pas ce qu'on raconte sur notre théâtre dans les « bureaux à drapeaux ». Venez voir « Chambres vides » tant que la pièce est encore à l'affiche. Samedi à midi, nous nous retrouverons tous sur la place devant le théâtre.",
     "partial: sentences 1 and 2 faithful; sentence 3 (a gathering outside the theatre on Saturday) has no source; contains the term of q42"),
    # --- terms ------------------------------------------------------------------------------
    ("q37", TK, T, "", ["d1_18"], "a slander on the town", "calomnie contre la ville",
     "term «клеветой на город» (instrumental)"),
    ("q38", TK, T, "", ["d1_27"], "one-man theatre", "théâtre d'un seul homme",
     "term «театром одного человека» (instrumental)"),
    ("q39", TK, T, "", ["d2_07"], "reprisal for a play", "représailles pour un spectacle",
     "term «расправе за спектакль» (prepositional)"),
    ("q40", TK, T, "", ["d3_08"], "morally obsolete", "moralement obsolètes",
     "term «морально устаревшие»"),
    ("q41", TK, T, "", ["d4_04"], "the accountants' verdict", "verdict comptable",
     "term «бухгалтерским приговором» (instrumental)"),
    ("q42", TK, T, "", ["d4_18"], "offices with flags", "bureaux à drapeaux",
     "term «кабинетах с флагами» (prepositional)"),
    # --- absent -----------------------------------------------------------------------------
    ("q43", S, A, "", [],
     "The theatre's artistic director is appointed by the Minister of Culture for a five-year term.",
     "Le directeur artistique du théâtre est nommé par le ministre de la Culture pour un mandat de cinq ans.",
     "absent: no document gives the appointment term; resembles d2_01, d2_02, d2_11",
     "Художественный руководитель театра назначается министром культуры сроком на пять лет."),
    ("q44", S, A, "", [],
     "I have already been offered the job of running a drama theatre in the neighbouring region, but I have not given an answer yet.",
     "On m'a déjà proposé de prendre la tête d'un théâtre dramatique dans la région voisine, mais je n'ai pas encore répondu.",
     "absent: no offer from another region; resembles d1_31 (not leaving Kryazhinsk)",
     "Мне уже предложили возглавить драматический театр в соседней области, но я пока не ответил."),
    ("q45", S, A, "", [],
     "The audit found that the costumes for three productions were never delivered to the theatre.",
     "Le contrôle a établi que les costumes de trois spectacles n'ont jamais été livrés au théâtre.",
     "absent: resembles d3_08, d3_09, d3_10 (sets written off, inventory of costumes), not this",
     "Проверка установила, что костюмы для трёх спектаклей так и не были переданы театру."),
    ("q46", S, A, "", [],
     "Ticket prices at the theatre have gone up by a third over the last two seasons.",
     "En deux saisons, le prix des billets du théâtre a augmenté d'un tiers.",
     "absent: ticket prices appear nowhere; resembles the attendance figures d1_21, d1_22, d2_06",
     "За два последних сезона цены на билеты в театр выросли на треть."),
    ("q47", S, A, "", [],
     "Oleg Ryabinin has already said he will not enter the competition for the post of artistic director.",
     "Oleg Riabinine a déjà fait savoir qu'il ne se présenterait pas au concours pour le poste de directeur artistique.",
     "absent: Ryabinin's intentions appear nowhere; resembles d2_08 and d2_11",
     "Олег Рябинин уже заявил, что не будет участвовать в конкурсе на должность художественного руководителя."),
    ("q48", L, A, "", [],
     "We were told that Daria Lisitsyna had been asked to rewrite the ending of the play. She refused, and that is where it all started.",
     "On nous a raconté qu'on avait demandé à Daria Lissitsyna de réécrire la fin de la pièce. Elle a refusé, et c'est là que tout a commencé.",
     "absent (2 sentences): no one asked for a new ending; the playwright is in d1_15, the play-as-reason claim in d1_13 and d4_09",
     "Нам рассказали, что Дарью Лисицыну просили переписать финал пьесы. Она отказалась, и с этого всё и началось."),
]


def sentences() -> dict[str, str]:
    """Sentence id -> text, in document order."""
    out: dict[str, str] = {}
    for doc_id, _title, paragraphs in DOCS:
        n = 0
        for paragraph in paragraphs:
            for sentence in paragraph:
                n += 1
                out[f"{doc_id.lower()}_{n:02d}"] = sentence
    return out


def main() -> int:
    sents = sentences()
    order = list(sents)
    tsv = ["id\tabsent\ten\tfr\tru"]
    labels = ["id\tkind\texpected\tdrift_kind\tnote"]
    gold_ids: set[str] = set()
    for row in ROWS:
        rid, kind, expected, drift, src, en, fr, note = row[:8]
        if expected == A:
            ru = row[8]
            absent = "1"
        else:
            src = sorted(src, key=order.index)
            ru = " ".join(sents[s] for s in src)
            absent = "0"
            gold_ids.update(src)
            note = f"{note} [src {','.join(src)}]"
        for cell in (en, fr, ru, note):
            assert "\t" not in cell and "\n" not in cell, rid
        tsv.append("\t".join([rid, absent, en, fr, ru]))
        labels.append("\t".join([rid, kind, expected, drift, note]))

    src_lines = []
    for doc_id, title, paragraphs in DOCS:
        src_lines.append(f"### {doc_id}: {title}")
        src_lines.append("")
        for paragraph in paragraphs:
            src_lines.append(" ".join(paragraph))
            src_lines.append("")
    distractors = [sents[s] for s in order if s not in gold_ids] + UNRELATED

    (HERE / f"{NAME}.tsv").write_text("\n".join(tsv) + "\n", encoding="utf-8")
    (HERE / f"{NAME}_labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    (HERE / f"{NAME}_sources.ru.txt").write_text("\n".join(src_lines).rstrip("\n") + "\n", encoding="utf-8")
    (HERE / f"{NAME}_distractors.ru.txt").write_text("\n".join(distractors) + "\n", encoding="utf-8")
    print(f"{len(ROWS)} rows, {len(sents)} source sentences, {len(gold_ids)} in gold spans, "
          f"{len(distractors) - len(UNRELATED)} unused + {len(UNRELATED)} unrelated distractors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
