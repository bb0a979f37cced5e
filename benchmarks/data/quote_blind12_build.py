"""Build the blind quotation set quote_blind12 from one table (standard library only).

Story: the agricultural group Bely Lug closes the Zabolotye dairy plant and moves production to its
new plant in Ryabinovsk. Four Russian source documents (D1 an interview with the group's director
general, D2 a statement of the regional agriculture ministry, D3 an extract from the minutes of a
district council hearing, D4 a farmer's social-media post, the near-miss document) and 48 English /
French quotations. Sentence ids (d1_04) are defined here: they number the sentences of each document
from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind12_build.py

writes quote_blind12.tsv, quote_blind12_labels.tsv, quote_blind12_sources.ru.txt and
quote_blind12_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind12"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью генерального директора агрохолдинга «Белый луг» Вадима Кречетова газете "
           "«Рябиновские вести», 4 февраля 2026 года", [
        ["Второго февраля агрохолдинг «Белый луг» объявил, что с первого мая прекращает производство на "
         "Заболотском молочном комбинате и переносит его на свой новый завод в Рябиновске.",
         "Генеральный директор агрохолдинга Вадим Кречетов ответил на вопросы нашей газеты."],
        ["— Вадим Олегович, зачем закрывать предприятие, которое работает с 1967 года?"],
        ["— Комбинат много лет держался на честном слове, и дальше так продолжаться не могло.",
         "Износ оборудования составляет восемьдесят процентов, а его полная замена обошлась бы примерно в "
         "шестьсот миллионов рублей.",
         "В 2025 году комбинат принёс нам семьдесят четыре миллиона рублей убытка.",
         "Ни один собственник не станет вкладывать такие деньги в завод, который и так дышит на ладан."],
        ["— А новый завод в Рябиновске справится с дополнительным объёмом?"],
        ["— Рябиновский завод открылся в 2024 году и сейчас загружен лишь на пятьдесят пять процентов.",
         "Заболотский комбинат перерабатывает около девяноста тонн молока в сутки, и новый завод примет весь "
         "этот объём без единого рубля дополнительных вложений.",
         "Содержать два завода там, где хватает одного, мы просто не можем себе позволить."],
        ["— Что будет с фермерами, которые сдают вам молоко?"],
        ["— Мы продолжим закупать молоко у всех девятнадцати фермерских хозяйств района и у владельцев "
         "личных подсобных хозяйств.",
         "В Заболотье останется пункт приёма молока, откуда его будут возить в Рябиновск молоковозами.",
         "Закупочная цена снизится на три рубля за литр, потому что до Рябиновска сто пятьдесят километров "
         "и за перевозку кто-то должен платить.",
         "Сейчас мы платим тридцать шесть рублей за литр, так что фермеры будут получать тридцать три."],
        ["— А сотрудники комбината?"],
        ["— На комбинате работают двести четырнадцать человек.",
         "Семидесяти из них мы предложили работу на заводе в Рябиновске с компенсацией аренды жилья на "
         "первый год, и тридцать один человек уже согласился.",
         "Остальные получат выходное пособие в размере четырёх средних месячных заработков.",
         "Я понимаю, что для небольшого города это тяжёлый удар, и никаких иллюзий на этот счёт у меня нет."],
        ["— Что будет со зданием комбината?"],
        ["— Мы готовы передать его району за символический рубль.",
         "Если район найдёт инвестора, мы поможем и с оборудованием для небольшого сырного цеха."],
        ["— Есть ли шанс, что решение пересмотрят?"],
        ["— Если область предоставит льготный кредит, мы готовы рассмотреть сохранение в Заболотье "
         "производства сыра.",
         "Но разливать цельное молоко в Заболотье мы больше не будем, это решение окончательное.",
         "Закрыть комбинат было самым трудным решением за двенадцать лет моей работы в компании."],
    ]),
    ("D2", "Заявление министерства сельского хозяйства и продовольствия Рябиновской области, "
           "3 февраля 2026 года", [
        ["Министерство сельского хозяйства и продовольствия Рябиновской области узнало о решении "
         "агрохолдинга «Белый луг» закрыть Заболотский молочный комбинат из сообщений средств массовой "
         "информации.",
         "Министерство выражает сожаление, что судьба градообразующего предприятия была решена без "
         "консультаций с правительством области."],
        ["В Заболотье проживает около одиннадцати тысяч человек, и комбинат по-прежнему остаётся "
         "крупнейшим работодателем города.",
         "Министерство не оспаривает право собственника распоряжаться своим имуществом.",
         "Вместе с тем министерство рассчитывает, что агрохолдинг в полной мере выполнит свои обязательства "
         "перед работниками и поставщиками молока."],
        ["Субсидия производителям молока в размере трёх рублей за литр будет выплачиваться в прежнем объёме.",
         "Кроме того, до конца 2026 года министерство будет компенсировать хозяйствам, в которых не более "
         "пятидесяти коров, расходы на перевозку молока.",
         "Министерство призывает фермеров не спешить с продажей скота."],
        ["Министр сельского хозяйства Святослав Горелов попросил агрохолдинг отложить закрытие комбината до "
         "первого сентября.",
         "За это время министерство вместе с администрацией района рассчитывает найти инвестора, готового "
         "продолжить переработку молока в Заболотье."],
        ["Областной фонд развития готов рассмотреть возможность выдачи агрохолдингу льготного кредита под "
         "три процента годовых.",
         "Обязательным условием станет сохранение в Заболотье производства сыра и не менее восьмидесяти "
         "рабочих мест."],
        ["Центр занятости Заболотского района откроет программу переобучения для ста двадцати человек.",
         "Обучение будет бесплатным, а на время учёбы слушатели будут получать стипендию.",
         "Заявления принимаются с десятого февраля."],
        ["Министерство призывает жителей не доверять слухам о том, что вслед за комбинатом в Заболотье "
         "закроют школу и почтовое отделение.",
         "Никаких решений о сокращении социальных учреждений в районе не принималось.",
         "Все обязательства области перед Заболотским районом на 2026 год будут выполнены в полном объёме.",
         "О ходе переговоров с агрохолдингом министерство будет регулярно сообщать жителям."],
    ]),
    ("D3", "Выписка из протокола публичных слушаний Заболотского районного совета депутатов, "
           "12 февраля 2026 года", [
        ["Слушания вёл председатель Заболотского районного совета депутатов Олег Пронин.",
         "Присутствовали пятнадцать депутатов, заместитель министра сельского хозяйства области Лариса "
         "Шубина, директор по производству агрохолдинга «Белый луг» Артём Веригин, глава Заболотского района "
         "Валентина Ерёмина и председатель районной ассоциации фермеров Григорий Бутаков."],
        ["Артём Веригин сообщил, что комбинат прекратит выпуск продукции с первого мая, а увольнение "
         "работников пройдёт в два этапа и завершится к концу июня.",
         "По его словам, пункт приёма молока в Заболотье будет работать не менее двух лет.",
         "Веригин подтвердил, что в 2019 году агрохолдинг получил из областного бюджета сорок пять миллионов "
         "рублей субсидии на модернизацию комбината.",
         "Он пояснил, что эти средства пошли на строительство очистных сооружений, а не на обновление "
         "производственных линий."],
        ["Выступила глава Заболотского района Валентина Ерёмина.",
         "Она сообщила, что на комбинат приходится двадцать восемь процентов налоговых доходов районного "
         "бюджета.",
         "По её оценке, после закрытия комбината безработица в районе вырастет с трёх до восьми процентов.",
         "Ерёмина предложила включить Заболотье в областную программу поддержки моногородов."],
        ["Председатель ассоциации фермеров Григорий Бутаков заявил, что из девятнадцати хозяйств района по "
         "меньшей мере семь не выдержат снижения закупочной цены.",
         "Он напомнил, что каждую весну дорогу на Рябиновск более чем на месяц закрывают для большегрузного "
         "транспорта и молоковозы в это время ездить не смогут.",
         "Лариса Шубина ответила, что на время весенних ограничений министерство выдаст молоковозам "
         "специальные пропуска.",
         "Она также сообщила, что министерство направило предложения трём переработчикам молока из соседних "
         "областей и двое из них уже ответили отказом."],
        ["Депутат Роман Синицын предложил потребовать от агрохолдинга вернуть в областной бюджет субсидию, "
         "полученную в 2019 году.",
         "Председатель совета пояснил, что соглашение о субсидии не содержит условия о сохранении "
         "производства, поэтому потребовать её возврата невозможно.",
         "Синицын попросил внести в протокол, что он не согласен с этим выводом."],
        ["Совет решил обратиться к правительству области с просьбой добиться сохранения в Заболотье "
         "производства сыра.",
         "Министерству сельского хозяйства рекомендовано до конца года компенсировать фермерам разницу в "
         "закупочной цене, а агрохолдингу рекомендовано сохранить пункт приёма молока не менее чем на три "
         "года.",
         "Администрации района поручено вместе с центром занятости подготовить к первому марта список "
         "вакансий для работников комбината."],
        ["Решение принято двенадцатью голосами, против проголосовали двое, один депутат воздержался.",
         "Депутаты, голосовавшие против, настаивали на более жёстком обращении к агрохолдингу.",
         "Следующие слушания по этому вопросу назначены на пятое марта."],
    ]),
    ("D4", "Пост жительницы Заболотья, фермера Дарьи Коноваловой, в социальной сети, 14 февраля 2026 года", [
        ["Дорогие мои, многие уже слышали, а кто не слышал, тот скоро узнает.",
         "С мая наш комбинат закрывают, а вместе с ним, похоже, и весь город.",
         "Шестьдесят лет он кормил Заболотье, а теперь нас всех оставили у разбитого корыта."],
        ["Работу потеряют чуть ли не триста человек.",
         "Говорят, в Рябиновск почти никого не позвали, а кого позвали, тем жильё не дают.",
         "И не надо рассказывать про убытки: комбинат всегда работал в плюс, это в городе знает каждый."],
        ["У нас с мужем сорок две коровы, и всё молоко мы двадцать лет сдаём на комбинат.",
         "Теперь его, по слухам, будут брать рублей по тридцать, а корма за год подорожали почти на "
         "четверть.",
         "Весной дорогу на Рябиновск закрывают на два месяца, и куда мы тогда денем молоко?"],
        ["В районе около тридцати ферм, и половина из них до зимы не доживёт.",
         "Министерство, говорят, пообещало выкупить комбинат и запустить его заново.",
         "А пункт приёма молока, по слухам, закроют уже через полгода."],
        ["На слушаниях почти все депутаты проголосовали за обращение, против был только один.",
         "Обращение, конечно, прочитают и положат в папку.",
         "Коров на мясо сдавать жалко, мы каждую знаем по имени."],
        ["Нам не нужны подачки.",
         "Пусть оставят хотя бы сырный цех, пусть даже на двадцать человек.",
         "Мы готовы возить молоко сами, только дайте нам, кому его сдавать.",
         "Если вы из Заболотья, напишите в комментариях, сколько у вас коров и кому вы теперь будете сдавать "
         "молоко.",
         "Соберём все цифры и сами отнесём их в министерство."],
    ]),
]

# 15 unrelated sentences in the same registers (farming / town news, an interview, a ministry press
# office, a council, a social-media post); they are in no document.
UNRELATED = [
    "На ярмарке в Рябиновске фермеры района продали за выходные больше трёх тонн картофеля.",
    "Новый сортировочный центр почты в Рябиновске начнёт работу в конце марта.",
    "— Как вы решили заняться сыроварением?",
    "— Я двенадцать лет работала бухгалтером, пока не поняла, что хочу делать что-то своими руками.",
    "Министерство напоминает, что приём заявок на гранты для начинающих фермеров продлится до пятнадцатого "
    "апреля.",
    "Пресс-служба министерства сообщает, что весенний сев в области планируется начать в последней декаде "
    "апреля.",
    "Совет депутатов утвердил новые правила благоустройства центральной площади.",
    "Депутаты одобрили выделение средств на ремонт крыши районного дома культуры.",
    "Голосование по отчёту главы района отложено до апреля.",
    "Кто-нибудь знает, работает ли в субботу ветеринарная аптека на Садовой?",
    "Друзья, у нас окотились две козы, козлят отдам в добрые руки.",
    "В районной школе искусств прошёл концерт, посвящённый юбилею местного хора.",
    "На трассе до Рябиновска завершили ремонт двух мостов через реку Ивницу.",
    "В посёлке Каменка открылся новый фельдшерско-акушерский пункт.",
    "Синоптики обещают, что морозы в области продержатся до конца недели.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_11"],
     "We simply can't afford to run two plants where one is enough.",
     "Nous ne pouvons tout simplement pas nous offrir le luxe de faire tourner deux usines là où une seule "
     "suffit.",
     "faithful; не можем себе позволить (one negated verb) = can't afford / ne pouvons pas nous offrir le "
     "luxe; clauses reordered", None),
    ("q02", S, F, "", ["d1_16"],
     "At the moment we pay 36 roubles a litre, so farmers will be getting 33.",
     "Aujourd'hui, nous payons le litre trente-six roubles, les éleveurs en toucheront donc trente-trois.",
     "faithful; numbers as digits in en, words in fr; near-miss d4_08 says thirty roubles or so", None),
    ("q03", S, F, "", ["d1_28"],
     "Closing the plant was the hardest decision I've made in my twelve years with the company.",
     "Fermer l'usine a été la décision la plus difficile de mes 12 années passées dans l'entreprise.",
     "faithful; двенадцать = twelve / 12; за двенадцать лет моей работы = in my twelve years with the "
     "company", None),
    ("q04", S, F, "", ["d2_06"],
     "Milk producers will go on receiving the subsidy of three roubles a litre at the same level as before.",
     "La subvention de 3 roubles par litre destinée aux producteurs de lait continuera d'être versée au même "
     "niveau qu'auparavant.",
     "faithful; passive (будет выплачиваться) turned active in en, kept passive in fr; в прежнем объёме = "
     "at the same level as before", None),
    ("q05", S, F, "", ["d2_08"],
     "The ministry urges farmers not to rush into selling off their livestock.",
     "Le ministère appelle les éleveurs à ne pas se précipiter pour vendre leur bétail.",
     "faithful; не спешить с продажей скота = not to rush into selling / ne pas se précipiter pour vendre",
     None),
    ("q06", S, F, "", ["d3_01"],
     "The hearing was chaired by Oleg Pronin, chair of the Zabolotye district council of deputies.",
     "Les audiences étaient présidées par Oleg Pronine, président du conseil des députés du district de "
     "Zabolotie.",
     "faithful; active (Слушания вёл ... Пронин) turned passive; Заболотского районного совета = the "
     "Zabolotye district council (nominative)", None),
    ("q07", S, F, "", ["d2_12"],
     "A mandatory condition will be that cheese production and at least eighty jobs are kept in Zabolotye.",
     "La condition impérative sera le maintien à Zabolotie de la production de fromage et d'au moins 80 "
     "emplois.",
     "faithful; noun phrase (сохранение) turned into a clause in en; не менее восьмидесяти = at least "
     "eighty / au moins 80; в Заболотье (prepositional) = in Zabolotye", None),
    ("q08", S, F, "", ["d4_13"],
     "At the hearing nearly all the deputies voted for the appeal; only one was against.",
     "Lors des audiences, presque tous les députés ont voté pour l'appel, un seul s'y est opposé.",
     "faithful rendering of the near-miss sentence d4_13 (D3 d3_21 says twelve for, two against, one "
     "abstention); почти все = nearly all / presque tous", None),
    ("q09", S, F, "", ["d4_06"],
     "And don't tell me about losses: the plant was always in the black, everyone in town knows that.",
     "Et qu'on ne vienne pas nous parler de pertes : l'usine a toujours été bénéficiaire, tout le monde le "
     "sait en ville.",
     "faithful rendering of the near-miss sentence d4_06 (D1 d1_06 says a loss of seventy-four million); "
     "работал в плюс = in the black / bénéficiaire; не надо рассказывать = don't tell me / qu'on ne vienne "
     "pas nous parler", None),
    ("q10", S, F, "", ["d4_10"],
     "There are about thirty farms in the district, and half of them won't last until winter.",
     "Il y a une trentaine de fermes dans le district, et la moitié ne tiendront pas jusqu'à l'hiver.",
     "faithful rendering of the near-miss sentence d4_10 (D3 d3_11 says nineteen farms, at least seven "
     "of which will not survive); около тридцати = about thirty / une trentaine; не доживёт = won't last "
     "/ ne tiendront pas", None),
    ("q11", S, F, "", ["d4_15"],
     "It breaks our hearts to send the cows off for slaughter; we know every one of them by name.",
     "Ça nous fend le cœur d'envoyer les vaches à l'abattoir : on les connaît toutes par leur nom.",
     "faithful; D4's own sentence; жалко = it breaks our hearts / ça nous fend le cœur (idiom); на мясо "
     "(for meat) = for slaughter / à l'abattoir", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_04", "d1_05"],
     "For years the plant was held together with string and sticky tape, and it couldn't go on like that. "
     "The equipment is 80 per cent worn out, and replacing all of it would cost about 600 million roubles.",
     "Depuis des années, l'usine ne tenait plus qu'avec des bouts de ficelle, et ça ne pouvait pas "
     "continuer ainsi. L'équipement est usé à quatre-vingts pour cent, et le remplacer entièrement "
     "coûterait environ six cents millions de roubles.",
     "faithful; держался на честном слове (held on by a word of honour) = held together with string and "
     "sticky tape / ne tenait qu'avec des bouts de ficelle, idiom by idiom; примерно = about / environ",
     None),
    ("q13", L, F, "", ["d1_09", "d1_10"],
     "The Ryabinovsk plant opened in 2024 and is currently running at only 55 per cent of capacity. The "
     "Zabolotye plant processes around ninety tonnes of milk a day, and the new plant will take the whole "
     "volume without a single extra rouble of investment.",
     "L'usine de Riabinovsk a ouvert en 2024 et ne tourne aujourd'hui qu'à cinquante-cinq pour cent de ses "
     "capacités. L'usine de Zabolotie transforme environ 90 tonnes de lait par jour, et la nouvelle usine "
     "absorbera tout ce volume sans un rouble d'investissement supplémentaire.",
     "faithful; Рябиновский / Заболотский (adjectives) = the Ryabinovsk / Zabolotye plant; около = around "
     "/ environ; numbers as digits in one language, words in the other", None),
    ("q14", L, F, "", ["d2_13", "d2_14"],
     "The Zabolotye district employment centre will launch a retraining programme for 120 people. The "
     "training will be free, and trainees will receive a grant while they study.",
     "Le centre pour l'emploi du district de Zabolotie ouvrira un programme de reconversion pour cent vingt "
     "personnes. La formation sera gratuite, et les stagiaires percevront une bourse pendant leurs études.",
     "faithful; ста двадцати = 120 / cent vingt; стипендию = a grant / une bourse", None),
    ("q15", L, F, "", ["d4_07", "d4_08"],
     "My husband and I have forty-two cows, and for twenty years we've sold all our milk to the plant. Now, "
     "rumour has it, they'll take it for thirty roubles or so, while feed has gone up by almost a quarter in "
     "a year.",
     "Mon mari et moi avons 42 vaches, et depuis 20 ans nous livrons tout notre lait à l'usine. Désormais, "
     "à ce qu'on dit, on nous le prendra à une trentaine de roubles, alors que les aliments pour le bétail "
     "ont augmenté de près d'un quart en un an.",
     "faithful; D4's own sentence d4_07 and the near-miss sentence d4_08 (D1 d1_16 says thirty-three "
     "roubles); рублей по тридцать = thirty roubles or so / une trentaine de roubles; по слухам = rumour "
     "has it / à ce qu'on dit", None),
    ("q16", L, F, "", ["d3_21", "d3_22"],
     "The decision was carried by twelve votes, with two against and one deputy abstaining. The deputies "
     "who voted against had pushed for a tougher appeal to the group.",
     "La décision a été adoptée par 12 voix, 2 députés ont voté contre et 1 s'est abstenu. Les députés qui "
     "ont voté contre réclamaient un appel plus ferme au groupe agroalimentaire.",
     "faithful; numbers as words in en, digits in fr; near-miss d4_13 says only one was against", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_18", "d1_19", "d1_20"],
     "The plant has 214 people on its payroll. We've offered seventy of them jobs at the Ryabinovsk plant, "
     "with their rent covered for the first year, and thirty-one have already accepted. The rest will "
     "receive severance pay equal to four months' average earnings.",
     "L'usine emploie deux cent quatorze personnes. Nous avons proposé à 70 d'entre elles un emploi à "
     "l'usine de Riabinovsk, avec la prise en charge de leur loyer la première année, et 31 ont déjà "
     "accepté. Les autres toucheront une indemnité de licenciement égale à quatre mois de salaire moyen.",
     "faithful; На комбинате работают = the plant has on its payroll / l'usine emploie; numbers as digits "
     "in one language, words in the other; near-miss d4_04 says almost three hundred lose their jobs and "
     "d4_05 that hardly anyone was invited", None),
    ("q18", L, F, "", ["d2_02", "d2_03", "d2_04"],
     "The ministry regrets that the fate of a town-forming enterprise was settled without consulting the "
     "regional government. Some 11,000 people live in Zabolotye, and the plant is still the town's largest "
     "employer. The ministry does not dispute the owner's right to dispose of its property.",
     "Le ministère regrette que le sort d'une entreprise structurante ait été scellé sans consultation du "
     "gouvernement régional. Quelque onze mille personnes vivent à Zabolotie, et l'usine reste le premier "
     "employeur de la ville. Le ministère ne conteste pas le droit du propriétaire à disposer de ses biens.",
     "faithful; spans a paragraph break (d2_02 | d2_03, d2_04); около = some / quelque; contains the term "
     "of q40", None),
    ("q19", L, F, "", ["d3_07", "d3_08", "d3_09", "d3_10"],
     "Valentina Yeryomina, head of the Zabolotye district, spoke next. She said the plant accounts for 28 "
     "per cent of the district budget's tax revenue. In her estimate, unemployment in the district will "
     "rise from three to eight per cent once the plant closes. Yeryomina proposed adding Zabolotye to the "
     "regional support programme for monotowns.",
     "Valentina Eriomina, cheffe du district de Zabolotie, a pris la parole. Elle a indiqué que l'usine "
     "représentait vingt-huit pour cent des recettes fiscales du budget du district. Selon son estimation, "
     "après la fermeture de l'usine, le chômage dans le district passerait de 3 à 8 %. Valentina Eriomina a "
     "proposé d'inscrire Zabolotie au programme régional de soutien aux monovilles.",
     "faithful; Заболотского района = the Zabolotye district; по её оценке = in her estimate / selon son "
     "estimation, with the French conditional for reported speech; clauses reordered in en; contains the "
     "term of q41", None),
    ("q20", L, F, "", ["d3_14", "d3_15", "d3_16"],
     "She also said that the ministry had sent proposals to three milk processors in neighbouring regions "
     "and that two of them had already said no. Deputy Roman Sinitsyn proposed demanding that the group pay "
     "back into the regional budget the subsidy it had received in 2019. The council chair explained that "
     "the subsidy agreement contains no condition about keeping production going, so it is not possible to "
     "demand the money back.",
     "Elle a également indiqué que le ministère avait adressé des propositions à trois transformateurs "
     "laitiers des régions voisines, dont deux ont déjà refusé. Le député Roman Sinitsyne a proposé "
     "d'exiger du groupe qu'il rembourse au budget régional la subvention perçue en 2019. Le président du "
     "conseil a expliqué que la convention de subvention ne prévoyait aucune condition de maintien de la "
     "production et qu'il était donc impossible d'en exiger le remboursement.",
     "faithful; spans a paragraph break (d3_14 | d3_15, d3_16); ответили отказом = said no / ont refusé; "
     "невозможно (one word) = it is not possible / impossible", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "Let them at least keep the cheese workshop, even if it's just for twenty people. We're ready to haul "
     "the milk ourselves, just give us somebody to sell it to. (…) We'll gather all the figures and take "
     "them to the ministry ourselves.",
     "Qu'on nous laisse au moins l'atelier de fromagerie, même pour vingt personnes seulement. Nous sommes "
     "prêts à transporter le lait nous-mêmes, mais donnez-nous quelqu'un à qui le livrer. (…) Nous "
     "rassemblerons tous les chiffres et nous irons nous-mêmes les porter au ministère.",
     "faithful; ellipsis (…) skips d4_19 (the call for comments); D4's own sentences", None),
    ("q22", L, F, "", ["d1_21", "d1_23", "d1_24"],
     "I realise this is a heavy blow for a small town, and I have no illusions on that score. […] We are "
     "prepared to hand the building over to the district for a token rouble. If the district finds an "
     "investor, we will also help with equipment for a small cheese workshop.",
     "Je sais que c'est un coup dur pour une petite ville, et je ne me fais aucune illusion là-dessus. […] "
     "Nous sommes prêts à céder le bâtiment au district pour un rouble symbolique. Si le district trouve un "
     "investisseur, nous l'aiderons aussi à équiper un petit atelier de fromagerie.",
     "faithful; ellipsis […] skips d1_22 (the journalist's question, a paragraph of its own), so it spans "
     "paragraphs; его = the building / le bâtiment; никаких иллюзий ... нет = I have no illusions / je ne "
     "me fais aucune illusion; contains the term of q39", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_06"],
     "In 2025 the plant cost us 84 million roubles in losses.",
     "En 2025, l'usine nous a fait perdre quatre-vingt-quatre millions de roubles.",
     "drifted (numbers): семьдесят четыре миллиона (74 million) → 84 million / quatre-vingt-quatre "
     "millions; the rest faithful", None),
    ("q24", S, D, "names", ["d2_09"],
     "Agriculture Minister Svyatoslav Gorelkin has asked the group to put off closing the plant until "
     "1 September.",
     "Le ministre de l'Agriculture, Sviatoslav Gorelkine, a demandé au groupe de reporter la fermeture de "
     "l'usine au 1er septembre.",
     "drifted (names): surname Горелов (Gorelov) → Gorelkin / Gorelkine; first name Svyatoslav kept", None),
    ("q25", S, D, "negation", ["d3_17"],
     "Sinitsyn asked for it to be entered in the minutes that he agreed with this conclusion.",
     "Sinitsyne a demandé que soit consigné au procès-verbal qu'il souscrivait à cette conclusion.",
     "drifted (negation reversal): он не согласен с этим выводом (he disagrees with this conclusion) → he "
     "agreed / il souscrivait", None),
    ("q26", S, D, "hedge", ["d3_13"],
     "Larisa Shubina replied that the ministry might issue the milk tankers with special passes while the "
     "spring restrictions are in force.",
     "Larissa Choubina a répondu que le ministère pourrait délivrer des laissez-passer spéciaux aux "
     "camions-citernes de lait pendant les restrictions de printemps.",
     "drifted (hedge added): выдаст (will issue) → might issue / pourrait délivrer; the rest faithful",
     None),
    ("q27", S, D, "hedge", ["d2_11"],
     "The regional development fund will grant the group a soft loan at three per cent a year.",
     "Le fonds régional de développement accordera au groupe un prêt bonifié à 3 % par an.",
     "drifted (hedge dropped): готов рассмотреть возможность выдачи (is ready to consider granting) → "
     "will grant / accordera", None),
    ("q28", S, D, "quantifier", ["d1_13"],
     "We will go on buying milk from most of the district's nineteen farms and from smallholders with "
     "household plots.",
     "Nous continuerons d'acheter du lait à la plupart des dix-neuf exploitations du district ainsi qu'aux "
     "ménages qui ont un lopin familial.",
     "drifted (quantifier): у всех девятнадцати (from all nineteen) → from most of the nineteen / à la "
     "plupart des dix-neuf; the rest faithful", None),
    ("q29", S, D, "omission", ["d2_07"],
     "In addition, until the end of 2026 the ministry will reimburse farms for the cost of transporting "
     "their milk.",
     "Par ailleurs, jusqu'à la fin de 2026, le ministère remboursera aux exploitations leurs frais de "
     "transport du lait.",
     "drifted (omission of a restriction): «в которых не более пятидесяти коров» (with no more than fifty "
     "cows) is dropped, so every farm seems covered", None),
    ("q30", S, D, "addition", ["d3_02"],
     "Present were fifteen deputies, Deputy Regional Agriculture Minister Larisa Shubina, the Bely Lug "
     "group's production director Artyom Verigin, the head of the Zabolotye district Valentina Yeryomina, "
     "a representative of the regional trade union federation and the chair of the district farmers' "
     "association Grigory Butakov.",
     "Étaient présents quinze députés, la vice-ministre régionale de l'Agriculture Larissa Choubina, le "
     "directeur de la production du groupe Bely Loug Artiom Veriguine, la cheffe du district de Zabolotie "
     "Valentina Eriomina, un représentant de la fédération régionale des syndicats et le président de "
     "l'association des agriculteurs du district Grigori Boutakov.",
     "drifted (addition of a list item): \"a representative of the regional trade union federation\" / "
     "\"un représentant de la fédération régionale des syndicats\" added to the attendance list", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d3_03", "d3_04", "d3_05"],
     "Artyom Verigin said the plant would stop production as of 1 May and the workers would be laid off in "
     "two stages, to be completed by the end of June. According to him, the milk collection point in "
     "Zabolotye will operate for at least two years. Verigin confirmed that in 2019 the group had received "
     "a subsidy of 54 million roubles from the regional budget to modernise the plant.",
     "Artiom Veriguine a indiqué que l'usine cesserait sa production à compter du 1er mai et que les "
     "licenciements se feraient en deux étapes, d'ici à la fin juin. Selon lui, le centre de collecte "
     "laitière de Zabolotie fonctionnera au moins deux ans. Veriguine a confirmé qu'en 2019 le groupe avait "
     "reçu du budget régional une subvention de cinquante-quatre millions de roubles pour moderniser "
     "l'usine.",
     "drifted (numbers) in sentence 3: сорок пять миллионов (45 million) → 54 million / cinquante-quatre "
     "millions; sentences 1 and 2 faithful (1 May, two stages, end of June, two years kept); near-miss "
     "d4_12 says the collection point will close in half a year", None),
    ("q32", L, D, "omission", ["d3_18", "d3_19", "d3_20"],
     "The council resolved to ask the regional government to secure the continuation of cheese production "
     "in Zabolotye. The agriculture ministry was advised to compensate farmers for the difference in the "
     "purchase price until the end of the year. The district administration was instructed to draw up, "
     "together with the employment centre, a list of vacancies for the plant's workers by 1 March.",
     "Le conseil a décidé de demander au gouvernement régional d'obtenir le maintien de la production de "
     "fromage à Zabolotie. Il est recommandé au ministère de l'Agriculture de compenser aux agriculteurs, "
     "jusqu'à la fin de l'année, l'écart de prix d'achat. L'administration du district est chargée de "
     "dresser avec le centre pour l'emploi, d'ici au 1er mars, une liste des postes vacants pour les "
     "salariés de l'usine.",
     "drifted (omission of a clause) in sentence 2: «а агрохолдингу рекомендовано сохранить пункт приёма "
     "молока не менее чем на три года» (and the group is advised to keep the collection point for at "
     "least three years) is dropped; sentences 1 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d3_11", "d3_12"],
     "Grigory Butakov, chair of the farmers' association, said that at least seven of the district's "
     "nineteen farms would not survive a cut in the purchase price. He pointed out that every spring the "
     "road to Ryabinovsk is closed to heavy vehicles for a month, and the milk tankers will not be able to "
     "run during that time.",
     "Grigori Boutakov, président de l'association des agriculteurs, a déclaré que sur les dix-neuf "
     "exploitations du district, sept au moins ne survivraient pas à une baisse du prix d'achat. Il a "
     "rappelé que chaque printemps la route de Riabinovsk est fermée aux poids lourds pendant un mois, et "
     "que les camions-citernes de lait ne pourront alors pas circuler.",
     "drifted (quantifier) in sentence 2: более чем на месяц (for more than a month) → for a month / "
     "pendant un mois; sentence 1 faithful (nineteen, at least seven kept); near-miss d4_09 says two months",
     None),
    # partial
    ("q34", L, P, "", ["d2_15"],
     "Applications are being accepted from 10 February. Everyone who completes the course is guaranteed a "
     "job at the group's Ryabinovsk plant.",
     "Les candidatures sont reçues à partir du 10 février. Tous ceux qui termineront la formation se "
     "verront garantir un emploi à l'usine du groupe à Riabinovsk.",
     "partial: the second sentence (a guaranteed job at the Ryabinovsk plant after retraining) is in no "
     "source; the first is faithful to d2_15", None),
    ("q35", L, P, "", ["d3_06"],
     "He explained that the money had gone on building a wastewater treatment plant, not on upgrading the "
     "production lines. He promised that the treatment plant would be handed over to the district free of "
     "charge.",
     "Il a expliqué que ces fonds avaient servi à construire une station d'épuration, et non à moderniser "
     "les lignes de production. Il a promis que la station d'épuration serait cédée gratuitement au "
     "district.",
     "partial: the second sentence (the treatment plant handed over free of charge) is in no source; D1 "
     "d1_23 offers the plant's building for a token rouble; the first is faithful to d3_06", None),
    ("q36", L, P, "", ["d1_26", "d1_27"],
     "If the region grants a soft loan, we are prepared to consider keeping cheese production in Zabolotye. "
     "Talks with the regional development fund are already under way. But we will not be bottling whole "
     "milk in Zabolotye any more; that decision is final.",
     "Si la région accorde un prêt bonifié, nous sommes prêts à envisager de maintenir la production de "
     "fromage à Zabolotie. Les discussions avec le fonds régional de développement sont déjà en cours. Mais "
     "nous ne conditionnerons plus de lait entier à Zabolotie, c'est une décision définitive.",
     "partial: the middle sentence (talks with the development fund under way) is in no source; D2 d2_11 "
     "says only that the fund is ready to consider a loan; the outer sentences are faithful to d1_26 and "
     "d1_27", None),
    # terms
    ("q37", TM, T, "", ["d1_07"], "on its last legs", "à bout de souffle",
     "term «дышит на ладан» (literally breathes incense, said of the dying), idiom by idiom", None),
    ("q38", TM, T, "", ["d1_14"], "milk collection point", "centre de collecte laitière",
     "term «пункт приёма молока» (nominative; literally point of acceptance of milk)", None),
    ("q39", TM, T, "", ["d1_23"], "a token rouble", "un rouble symbolique",
     "term «символический рубль» (accusative = nominative; literally a symbolic rouble)", None),
    ("q40", TM, T, "", ["d2_02"], "town-forming enterprise", "entreprise structurante",
     "term «градообразующего предприятия» (genitive); the French is not word-for-word", None),
    ("q41", TM, T, "", ["d3_10"], "monotowns", "monovilles",
     "term «моногородов» (genitive plural), a one-word term", None),
    ("q42", TM, T, "", ["d4_03"], "high and dry", "le bec dans l'eau",
     "term «у разбитого корыта» (literally at the broken trough), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "By the end of April the group will move the Zabolotye plant's newest bottling line to Ryabinovsk.",
     "D'ici à la fin avril, le groupe transférera à Riabinovsk la ligne de conditionnement la plus récente "
     "de l'usine de Zabolotie.",
     "absent: no document mentions moving any line; resembles d1_01, d1_10 and d1_27",
     "До конца апреля агрохолдинг перевезёт в Рябиновск самую новую линию розлива Заболотского комбината."),
    ("q44", S, A, "", [],
     "Until a new processor is found, the ministry will buy milk from small farms itself.",
     "Tant qu'aucun nouveau transformateur n'aura été trouvé, le ministère achètera lui-même le lait des "
     "petites exploitations.",
     "absent: the ministry promises no purchases; resembles d2_07, d2_10 and d3_14",
     "Пока не найдётся новый переработчик, министерство само будет закупать молоко у небольших хозяйств."),
    ("q45", S, A, "", [],
     "The district council has asked the prosecutor's office to check how the group spent the subsidy it "
     "received in 2019.",
     "Le conseil du district a demandé au parquet de vérifier comment le groupe avait dépensé la subvention "
     "reçue en 2019.",
     "absent: the minutes record no such request; resembles d3_05, d3_15 and d3_16",
     "Районный совет попросил прокуратуру проверить, как агрохолдинг потратил субсидию, полученную в "
     "2019 году."),
    ("q46", S, A, "", [],
     "Butakov said the farmers' association intends to open its own cheese dairy, which twelve farms will "
     "join.",
     "Selon Grigori Boutakov, l'association des agriculteurs compterait ouvrir sa propre fromagerie, à "
     "laquelle se joindraient douze exploitations.",
     "absent: no cheese dairy of the farmers is mentioned; resembles d3_11, d1_24 and d4_17 (French "
     "conditional for hearsay)",
     "Бутаков сообщил, что ассоциация фермеров намерена открыть собственную сыроварню, в которую войдут "
     "двенадцать хозяйств."),
    ("q47", S, A, "", [],
     "Krechetov said that two years ago the group had offered to sell the plant to the region but had been "
     "turned down.",
     "Selon Vadim Kretchetov, le groupe aurait proposé il y a deux ans de vendre l'usine à la région, mais "
     "aurait essuyé un refus.",
     "absent: Krechetov says nothing of the kind; resembles d1_23, d4_11 and d2_01 (French conditional for "
     "hearsay)",
     "Кречетов заявил, что два года назад агрохолдинг предлагал области выкупить комбинат, но получил "
     "отказ."),
    ("q48", L, A, "", [],
     "The group will keep paying the plant's workers their full wages until the end of June. Those who have "
     "not found a job by then will be first in line for vacancies on the group's farms.",
     "Le groupe continuera de verser l'intégralité de leur salaire aux employés de l'usine jusqu'à la fin "
     "juin. Ceux qui n'auront pas retrouvé d'emploi d'ici là seront prioritaires pour les postes vacants "
     "dans les fermes du groupe.",
     "absent (2 sentences): no wage guarantee and no farm vacancies are mentioned; resembles d1_20, d3_03 "
     "and d3_20",
     "До конца июня агрохолдинг будет выплачивать работникам комбината зарплату в полном объёме. Тем, кто к "
     "этому времени не найдёт работу, в первую очередь предложат вакансии на фермах агрохолдинга."),
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
