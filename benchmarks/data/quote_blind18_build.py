"""Build the blind quotation set quote_blind18 from one table (standard library only).

Story: a mushroom-poisoning outbreak in the district town of Kedrovsk, traced to unlicensed sellers
outside the central market, followed by a market inspection and a ban on selling wild mushrooms.
Four Russian source documents (D1 a consumer-protection office's notice, D2 a newspaper interview
with the hospital's toxicologist, D3 an online news report from the market, D4 a post on a local
mushroom pickers' forum, the near-miss document) and 48 English / French quotations. Sentence ids
(d1_04) are defined here: they number the sentences of each document from 01, in order, titles not
counted.

    .venv/bin/python benchmarks/data/quote_blind18_build.py

writes quote_blind18.tsv, quote_blind18_labels.tsv, quote_blind18_sources.ru.txt and
quote_blind18_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind18"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Сообщение территориального отдела Роспотребнадзора в Кедровском районе о групповом "
           "отравлении грибами, 28 августа 2026 года", [
        ["Территориальный отдел Роспотребнадзора в Кедровском районе информирует о групповом отравлении "
         "дикорастущими грибами в городе Кедровске.",
         "С двадцать второго по двадцать седьмое августа за медицинской помощью с признаками отравления "
         "обратился тридцать один человек, двадцать три из них госпитализированы.",
         "Один пациент, мужчина семидесяти четырёх лет, скончался двадцать шестого августа."],
        ["Эпидемиологическое расследование показало, что большинство заболевших, двадцать четыре человека "
         "из тридцати одного, купили грибы у частных лиц возле центрального рынка.",
         "Торговля велась не на территории рынка, а за его оградой, на улице Вокзальной, без документов и "
         "без лабораторного контроля.",
         "Остальные пострадавшие собирали грибы сами или получили их от знакомых.",
         "Лабораторные исследования остатков блюд подтвердили наличие в них токсинов бледной поганки."],
        ["Двадцать седьмого августа специалисты отдела совместно с полицией и администрацией рынка провели "
         "внеплановую проверку.",
         "Проверено тридцать восемь торговых мест на территории рынка и вблизи него, нарушения выявлены на "
         "девяти из них.",
         "Изъято и уничтожено восемьдесят шесть килограммов дикорастущих грибов, на которые у продавцов не "
         "оказалось документов.",
         "Составлено пять протоколов об административных правонарушениях.",
         "Материалы в отношении двух продавцов, торговавших у ограды рынка, переданы в следственный отдел."],
        ["Постановлением главы Кедровского района Виктора Журавлёва до пятнадцатого октября запрещена "
         "торговля дикорастущими грибами на всех рынках и улицах района.",
         "Запрет не распространяется на культивируемые грибы, например шампиньоны и вешенки, если у продавца "
         "есть документы об их происхождении.",
         "За нарушение запрета гражданам грозит штраф от двух до пяти тысяч рублей."],
        ["Лаборатория ветеринарно-санитарной экспертизы центрального рынка, которая до сих пор принимала "
         "грибы только по будням до пятнадцати часов, с двадцать восьмого августа работает ежедневно с семи "
         "до девятнадцати часов.",
         "Роспотребнадзор напоминает, что молодую бледную поганку легко спутать с сыроежкой или шампиньоном.",
         "Признаки отравления появляются не сразу, а через шесть–двадцать четыре часа, когда токсин уже "
         "успел поразить печень.",
         "Не покупайте грибы с рук и не пробуйте незнакомые грибы даже в малом количестве.",
         "При первых признаках отравления немедленно вызывайте скорую помощь."],
        ["Вопросы можно задать по телефону горячей линии отдела по будням с девяти до восемнадцати часов."],
    ]),
    ("D2", "Интервью заведующего отделением токсикологии Кедровской районной больницы Павла Ермолаева "
           "газете «Кедровский вестник», 29 августа 2026 года", [
        ["Вспышка отравлений грибами стала главной новостью недели в Кедровске.",
         "Мы поговорили с заведующим отделением токсикологии районной больницы Павлом Ермолаевым, который "
         "последние дни почти не уходит домой."],
        ["— Павел Андреевич, сколько пациентов сейчас в отделении?"],
        ["— Сейчас в больнице остаются семнадцать человек, шестеро из них в реанимации.",
         "Двоих самых тяжёлых мы перевели в областную больницу в Северогорск, где их можно подключить к "
         "аппарату, очищающему кровь.",
         "Среди госпитализированных трое детей, младшему из них девять лет, и его состояние сейчас "
         "стабильное."],
        ["— Насколько всё серьёзно?"],
        ["— Бледная поганка — самый опасный гриб наших лесов.",
         "Её коварство в том, что первые дни человек может чувствовать себя почти здоровым, а печень тем "
         "временем уже разрушается.",
         "Поэтому многие обратились к нам слишком поздно, на второй или третий день.",
         "Приди они в первые сутки, шансов было бы намного больше."],
        ["— Есть ли противоядие?"],
        ["— Универсального противоядия не существует.",
         "Мы промываем желудок, проводим детоксикацию и поддерживаем печень, но гарантировать исход я не "
         "могу никому.",
         "Скажу честно: за двадцать лет работы я ни разу не видел столько тяжёлых отравлений за одну "
         "неделю."],
        ["— Кто ваши пациенты?"],
        ["— В основном пожилые люди, которые покупали грибы за бесценок у ворот рынка.",
         "Ведро сыроежек там отдавали за пятьсот рублей, а в магазине столько стоит килограмм шампиньонов."],
        ["Многие из моих пациентов всю жизнь ходят за грибами и уверены, что хорошо в них разбираются.",
         "Но поганку в ведре с сыроежками не отличит и опытный грибник, если грибы уже почищены и "
         "порезаны."],
        ["— Что бы вы посоветовали читателям?"],
        ["— Грибы с рук лучше не брать вовсе, даже если продавец клянётся, что собирал их сам.",
         "Если сомневаетесь хотя бы в одном грибе, выбросьте всю корзину.",
         "А если после грибного блюда появились тошнота, рвота или боль в животе, не ждите, пока станет "
         "легче, а сразу звоните в скорую.",
         "Лишние сутки дома могут стоить жизни."],
        ["— Сезон ведь ещё не закончился?"],
        ["— Да, и именно это тревожит меня больше всего.",
         "После дождей грибов в лесу станет ещё больше, и я боюсь, что эта неделя не последняя."],
    ]),
    ("D3", "Репортаж интернет-издания «Кедровск онлайн» с центрального рынка, 29 августа 2026 года", [
        ["В пятницу утром у ворот центрального рынка на улице Вокзальной было непривычно пусто.",
         "Ещё неделю назад здесь вдоль ограды стояли десятки продавцов с вёдрами грибов и корзинами "
         "брусники.",
         "Теперь у ворот дежурит полицейский патруль, а на ограде висит объявление о запрете торговли "
         "дикорастущими грибами."],
        ["Директор рынка Тимур Галиев подчёркивает, что продавцы у ограды никогда не были арендаторами "
         "рынка.",
         "По его словам, администрация не раз просила полицию убрать стихийную торговлю с тротуара, но "
         "продавцы возвращались на следующий же день.",
         "Сам рынок работает в обычном режиме, закрыты только два павильона, где торговали грибами без "
         "документов.",
         "Галиев признаёт, что выручка за неделю упала почти на треть, потому что покупатели теперь боятся "
         "даже овощей."],
        ["Лаборатория ветеринарно-санитарной экспертизы в глубине рынка теперь работает без выходных.",
         "Её заведующая Людмила Зотова рассказала, что в среду сюда принесли на проверку всего четыре "
         "корзины грибов, и в одной из них нашли бледную поганку.",
         "До вспышки отравлений лаборатория проверяла за день не больше двух-трёх партий, а большинство "
         "продавцов обходили её стороной."],
        ["Одна из двух продавщиц, чьи материалы переданы следователям, — шестидесятитрёхлетняя жительница "
         "деревни Сосновый Лог.",
         "Соседи рассказывают, что она сорок лет собирала грибы на продажу и до сих пор ни у кого не было к "
         "ней претензий.",
         "Сама женщина говорить с журналистами отказалась.",
         "В следственном отделе сообщили, что уголовное дело возбуждено по факту продажи опасной продукции, "
         "но обвинение пока никому не предъявлено."],
        ["Покупатели, с которыми мы поговорили, в основном поддерживают запрет.",
         "Пенсионерка Валентина Сергеевна сказала, что теперь будет покупать грибы только в магазине, хотя "
         "там они вдвое дороже.",
         "Другие считают, что власти опоздали и запрет нужно было вводить ещё в июле, когда в соседнем "
         "Заозёрном районе отравилась семья из четырёх человек."],
        ["Глава района Виктор Журавлёв заявил нашему изданию, что запрет может быть снят раньше пятнадцатого "
         "октября, если новых случаев отравления не будет.",
         "Он также пообещал, что к следующему сезону у рынка оборудуют отдельные места для продажи грибов с "
         "обязательной лабораторной проверкой.",
         "По его словам, семье умершего пенсионера район выплатит материальную помощь, а лечение "
         "пострадавших в областной больнице оплатит из резервного фонда.",
         "Размер выплаты глава района не назвал."],
    ]),
    ("D4", "Сообщение пользователя «Лесовик» на форуме «Грибники Кедровского района», 31 августа 2026 года", [
        ["Народ, кто не в курсе, у нас в Кедровске творится что-то страшное.",
         "За неделю грибами отравилась чуть ли не сотня человек.",
         "И все до единого покупали их прямо на рынке, в павильонах.",
         "По слухам, умерли уже трое.",
         "Знакомая медсестра говорит, что в больнице больше половины пострадавших — дети."],
        ["Рынок теперь закрыли целиком, и открывать его, похоже, до конца года не собираются.",
         "За ведро грибов на улице теперь штраф пятьдесят тысяч, так что бабушки сидят по домам.",
         "В местной группе пишут, что полиция изъяла чуть ли не тонну грибов.",
         "А лаборатория на рынке, как выяснилось, вообще никогда не работала, там только табличка висела.",
         "Продавщицу из Соснового Лога, говорят, уже посадили."],
        ["Я сорок лет хожу в лес и скажу так: поганку от сыроежки отличит любой, кто хоть раз держал в руках "
         "корзину.",
         "Но когда грибы уже почищены и лежат в ведре вперемешку, тут и я не поручусь.",
         "Так что с рук ничего не берите, хоть даром отдают."],
        ["Мой сосед, кстати, тоже отравился и неделю пролежал в реанимации.",
         "Врачи сказали, что его спасло только одно: жена в ту же ночь вызвала скорую.",
         "Токсиколог в газете сказал, что за тридцать лет работы такого не видел, и я ему верю."],
        ["Сезон в этом году бешеный, после дождей белые прут так, что не успеваешь собирать.",
         "Я понимаю, тихая охота — дело святое, но давайте без глупостей.",
         "Собирайте только то, в чём уверены на сто процентов, а всё сомнительное оставляйте в лесу.",
         "Берегите себя и своих стариков."],
    ]),
]

# 15 unrelated sentences in the same registers (market and town news, an interview, a press office,
# a forum); they are in no document.
UNRELATED = [
    "На центральном рынке Кедровска завершился ремонт крыши мясного павильона.",
    "Администрация рынка обещает, что к зиме у входа появится крытая парковка.",
    "— Как вы выбрали профессию врача?",
    "— Моя мама всю жизнь проработала фельдшером в сельской амбулатории, и я часто ездил с ней на вызовы.",
    "Роспотребнадзор напоминает о сроках вакцинации против клещевого энцефалита.",
    "Территориальный отдел информирует о проверке школьных столовых перед началом учебного года.",
    "В парке имени Гагарина в субботу пройдёт праздник урожая с ярмаркой мёда и овощей.",
    "Жители улицы Садовой жалуются, что на остановке уже месяц не работает освещение.",
    "Городской автобус номер семь с понедельника будет ходить по новому маршруту.",
    "Всем привет, кто-нибудь знает, открылась ли уже переправа через Кедровку?",
    "Продам корзину для ягод из бересты, почти новую, самовывоз из центра.",
    "Вчера нашёл на старой вырубке целую поляну лисичек, фото выложу вечером.",
    "Районная поликлиника с сентября переходит на электронную запись к узким специалистам.",
    "На следующей неделе в Кедровске ожидаются дожди и похолодание до восьми градусов.",
    "Школьники из Кедровска заняли третье место на областном конкурсе юных натуралистов.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_19"],
     "Don't buy mushrooms from people on the street, and don't try mushrooms you don't know, not even a "
     "little.",
     "N'achetez pas de champignons à la sauvette et ne goûtez pas aux champignons que vous ne connaissez "
     "pas, même en petite quantité.",
     "faithful; с рук = from people on the street / à la sauvette (idiom); незнакомые = you don't know / "
     "que vous ne connaissez pas; даже в малом количестве = not even a little / même en petite quantité",
     None),
    ("q02", S, F, "", ["d2_04"],
     "Right now seventeen people are still in hospital, six of them in intensive care.",
     "À l'heure actuelle, 17 personnes sont toujours hospitalisées, dont 6 en réanimation.",
     "faithful; numbers as words in en, digits in fr; остаются в больнице = are still in hospital / sont "
     "toujours hospitalisées", None),
    ("q03", S, F, "", ["d1_15"],
     "Individuals who break the ban face a fine of 2,000 to 5,000 roubles.",
     "Les particuliers qui enfreignent l'interdiction encourent une amende de deux mille à cinq mille "
     "roubles.",
     "faithful; гражданам = individuals / les particuliers (the restriction kept); numbers as digits in en, "
     "words in fr; near-miss d4_07 says a fifty-thousand fine", None),
    ("q04", S, F, "", ["d2_06"],
     "Three of the patients in hospital are children; the youngest is nine, and his condition is now "
     "stable.",
     "Parmi les personnes hospitalisées figurent trois enfants ; le plus jeune a 9 ans, et son état est "
     "désormais stable.",
     "faithful; девять = nine / 9; near-miss d4_05 says more than half of the victims are children", None),
    ("q05", S, F, "", ["d3_06"],
     "Only the two pavilions where mushrooms were being sold without paperwork have been closed; the "
     "market itself is operating as normal.",
     "Le marché lui-même fonctionne normalement : seuls les deux pavillons où l'on vendait des champignons "
     "sans documents ont été fermés.",
     "faithful; clauses reordered in en; только = only / seuls kept; near-miss d4_06 says the whole market "
     "has been shut", None),
    ("q06", S, F, "", ["d1_16"],
     "Since 28 August, the central market's veterinary and sanitary testing laboratory, which until now "
     "accepted mushrooms only on weekdays until 3 pm, has been open every day from 7 am to 7 pm.",
     "Depuis le 28 août, le laboratoire d'expertise vétérinaire et sanitaire du marché central, qui "
     "n'acceptait jusqu'ici les champignons qu'en semaine et jusqu'à 15 heures, est ouvert tous les jours "
     "de 7 heures à 19 heures.",
     "faithful; до пятнадцати часов = until 3 pm / jusqu'à 15 heures; с семи до девятнадцати часов = from "
     "7 am to 7 pm / de 7 heures à 19 heures; near-miss d4_09 says the lab never worked at all", None),
    ("q07", S, F, "", ["d3_14"],
     "The investigations department said a criminal case had been opened over the sale of dangerous "
     "products, but no one has been charged so far.",
     "Selon le service d'enquête, une procédure pénale a été ouverte pour vente de produits dangereux, "
     "mais personne n'a encore été inculpé.",
     "faithful; обвинение пока никому не предъявлено (no charge brought against anyone yet) = no one has "
     "been charged so far / personne n'a encore été inculpé; near-miss d4_10 says the seller has already "
     "been jailed", None),
    ("q08", S, F, "", ["d2_15"],
     "I'll be honest: in twenty years in this job I have never seen so many severe poisonings in a single "
     "week.",
     "Je vous le dis franchement : en 20 ans de métier, je n'ai jamais vu autant d'intoxications graves en "
     "une seule semaine.",
     "faithful; ни разу не видел = have never seen / n'ai jamais vu; двадцать = twenty / 20; near-miss "
     "d4_16 says thirty years", None),
    ("q09", S, F, "", ["d4_04"],
     "Word has it that three people have already died.",
     "Il paraît que trois personnes sont déjà mortes.",
     "faithful rendering of the near-miss sentence d4_04 (D1 d1_03 reports one death); по слухам = word has "
     "it / il paraît", None),
    ("q10", S, F, "", ["d4_06"],
     "Now they've shut the whole market, and it looks like they're not planning to reopen it before the "
     "end of the year.",
     "Maintenant, ils ont fermé tout le marché, et apparemment ils ne comptent pas le rouvrir avant la fin "
     "de l'année.",
     "faithful rendering of the near-miss sentence d4_06 (D3 d3_06: the market works as usual; D1 d1_13: "
     "the ban runs until 15 October); похоже = it looks like / apparemment", None),
    ("q11", S, F, "", ["d4_14"],
     "My neighbour got poisoned too, by the way, and spent a week in intensive care.",
     "Mon voisin, d'ailleurs, s'est intoxiqué lui aussi et a passé une semaine en réanimation.",
     "faithful; D4's own sentence; кстати = by the way / d'ailleurs", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_08", "d1_09"],
     "On 27 August the department's specialists, together with the police and the market administration, "
     "carried out an unscheduled inspection. Thirty-eight stalls on the market site and nearby were "
     "checked, and violations were found at nine of them.",
     "Le 27 août, les agents du service ont mené un contrôle inopiné avec la police et la direction du "
     "marché. Trente-huit points de vente ont été contrôlés dans l'enceinte du marché et à proximité, et "
     "des infractions ont été relevées dans neuf d'entre eux.",
     "faithful; двадцать седьмого августа = 27 August / 27 août; торговых мест = stalls / points de vente; "
     "contains the term of q38", None),
    ("q13", L, F, "", ["d2_27", "d2_28"],
     "Yes, and that is exactly what worries me most. After the rain there will be even more mushrooms in "
     "the woods, and I'm afraid this week won't be the last.",
     "Oui, et c'est justement ce qui m'inquiète le plus. Après les pluies, il y aura encore plus de "
     "champignons en forêt, et je crains que cette semaine ne soit pas la dernière.",
     "faithful; the hedge я боюсь = I'm afraid / je crains kept; не последняя = won't be the last / ne "
     "soit pas la dernière", None),
    ("q14", L, F, "", ["d3_12", "d3_13"],
     "Her neighbours say she had been picking mushrooms to sell for forty years and until now nobody had "
     "ever complained about her. The woman herself declined to talk to reporters.",
     "Selon ses voisins, elle cueillait des champignons pour les vendre depuis 40 ans, et jusqu'ici "
     "personne n'avait rien eu à lui reprocher. L'intéressée a elle-même refusé de parler aux journalistes.",
     "faithful; ни у кого не было претензий = nobody had complained / personne n'avait rien eu à lui "
     "reprocher; отказалась = declined / a refusé; сорок = forty / 40", None),
    ("q15", L, F, "", ["d4_11", "d4_12"],
     "I've been going into the woods for forty years, and I'll tell you this: anyone who has ever held a "
     "basket can tell a death cap from a russula. But when the mushrooms are already cleaned and all "
     "jumbled up in a bucket, even I wouldn't swear to it.",
     "Ça fait quarante ans que je vais en forêt, et je vous le dis : n'importe qui ayant tenu un panier "
     "une seule fois distingue une amanite d'une russule. Mais quand les champignons sont déjà épluchés et "
     "mélangés dans un seau, même moi je ne m'en porterais pas garant.",
     "faithful; D4's own sentences; поганку = death cap / amanite; не поручусь = wouldn't swear to it / ne "
     "m'en porterais pas garant", None),
    ("q16", L, F, "", ["d1_11", "d1_12"],
     "Five administrative offence reports have been drawn up. The files on two sellers who were trading "
     "by the market fence have been handed over to the investigations department.",
     "Cinq procès-verbaux d'infraction administrative ont été dressés. Les dossiers concernant deux "
     "vendeurs qui exerçaient le long de la clôture du marché ont été transmis au service d'enquête.",
     "faithful; пять = five / cinq; у ограды рынка = by the market fence / le long de la clôture du "
     "marché", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d2_09", "d2_10", "d2_11"],
     "What makes it so treacherous is that for the first few days a person can feel almost well, while "
     "the liver is already being destroyed. That is why many people came to us too late, on the second or "
     "third day. Had they come within the first twenty-four hours, their chances would have been far "
     "better.",
     "Sa perfidie tient au fait que, les premiers jours, on peut se sentir presque en bonne santé alors "
     "que le foie est déjà en train d'être détruit. C'est pourquoi beaucoup sont arrivés chez nous trop "
     "tard, le deuxième ou le troisième jour. S'ils étaient venus dans les premières vingt-quatre heures, "
     "ils auraient eu bien plus de chances.",
     "faithful; the hedges может and почти kept (can feel almost well / on peut se sentir presque); первые "
     "сутки = the first twenty-four hours / les premières vingt-quatre heures", None),
    ("q18", L, F, "", ["d3_03", "d3_04", "d3_05"],
     "Now a police patrol stands guard at the gates, and a notice on the fence announces a ban on selling "
     "wild mushrooms. The market's director, Timur Galiev, stresses that the sellers by the fence were "
     "never the market's tenants. According to him, the management asked the police more than once to "
     "clear the illegal street trading off the pavement, but the sellers came back the very next day.",
     "Désormais, une patrouille de police monte la garde devant l'entrée, et une affiche sur la clôture "
     "annonce l'interdiction de vendre des champignons sauvages. Le directeur du marché, Timur Galiev, "
     "souligne que les vendeurs installés le long de la clôture n'ont jamais été locataires du marché. "
     "Selon lui, la direction a demandé plus d'une fois à la police de chasser le commerce sauvage du "
     "trottoir, mais les vendeurs revenaient dès le lendemain.",
     "faithful; spans a paragraph break (d3_03 | d3_04, d3_05); не раз = more than once / plus d'une fois; "
     "никогда не были = were never / n'ont jamais été; contains the term of q41", None),
    ("q19", L, F, "", ["d1_04", "d1_05", "d1_06", "d1_07"],
     "The epidemiological investigation showed that most of those who fell ill, 24 of the 31, had bought "
     "mushrooms from private individuals near the central market. The trading took place not on the "
     "market site but outside its fence, on Vokzalnaya Street, without paperwork or laboratory checks. The "
     "other victims had picked the mushrooms themselves or been given them by acquaintances. Laboratory "
     "tests on leftovers from their meals confirmed that they contained death cap toxins.",
     "L'enquête épidémiologique a montré que la plupart des malades, vingt-quatre sur trente et un, avaient "
     "acheté des champignons à des particuliers près du marché central. La vente se faisait non pas dans "
     "l'enceinte du marché, mais derrière sa clôture, rue Vokzalnaïa, sans documents ni contrôle en "
     "laboratoire. Les autres victimes avaient cueilli les champignons elles-mêmes ou les avaient reçus de "
     "connaissances. Les analyses des restes de repas ont confirmé la présence de toxines d'amanite "
     "phalloïde.",
     "faithful; большинство = most / la plupart kept; numbers as digits in en, words in fr; на улице "
     "Вокзальной (prepositional) = Vokzalnaya Street / rue Vokzalnaïa; near-miss d4_03 says every one of "
     "them bought in the market's pavilions; contains the term of q37", None),
    ("q20", L, F, "", ["d3_07", "d3_08", "d3_09"],
     "Galiev admits that takings fell by almost a third over the week, because shoppers are now wary even "
     "of vegetables. The veterinary and sanitary testing laboratory at the back of the market is now open "
     "seven days a week. Its head, Lyudmila Zotova, said that only four baskets of mushrooms were brought "
     "in for testing on Wednesday, and a death cap was found in one of them.",
     "Galiev reconnaît que le chiffre d'affaires de la semaine a chuté de près d'un tiers, car les clients "
     "ont désormais peur même des légumes. Au fond du marché, le laboratoire d'expertise vétérinaire et "
     "sanitaire travaille maintenant sans jour de fermeture. Sa responsable, Lioudmila Zotova, a raconté "
     "que mercredi, on n'y avait apporté que quatre paniers de champignons à contrôler, et que l'un d'eux "
     "contenait une amanite phalloïde.",
     "faithful; spans a paragraph break (d3_07 | d3_08, d3_09); почти на треть = by almost a third / de "
     "près d'un tiers; без выходных = seven days a week / sans jour de fermeture; всего четыре = only four "
     "/ que quatre", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "The season is crazy this year: after the rain the ceps are coming up faster than you can pick them. "
     "I get it, mushroom hunting is sacred, but let's not do anything stupid. (…) Look after yourselves "
     "and your old folks.",
     "La saison est folle cette année : après les pluies, les cèpes poussent plus vite qu'on ne peut les "
     "ramasser. Je comprends, la cueillette des champignons, c'est sacré, mais pas de bêtises. (…) Prenez "
     "soin de vous et de vos anciens.",
     "faithful; ellipsis (…) skips d4_19; D4's own sentences; тихая охота (the quiet hunt) = mushroom "
     "hunting / la cueillette des champignons; contains the term of q42", None),
    ("q22", L, F, "", ["d2_22", "d2_24", "d2_25"],
     "It's best not to buy mushrooms from people on the street at all, even if the seller swears they "
     "picked them personally. […] And if you get nausea, vomiting or stomach pain after a mushroom dish, "
     "don't wait for it to pass: call an ambulance straight away. One extra day at home can cost you your "
     "life.",
     "Mieux vaut ne jamais acheter de champignons à la sauvette, même si le vendeur jure qu'il les a "
     "cueillis lui-même. […] Et si, après un plat de champignons, vous avez des nausées, des vomissements "
     "ou des douleurs au ventre, n'attendez pas que ça passe : appelez tout de suite les secours. Une "
     "journée de plus à la maison peut coûter la vie.",
     "faithful; ellipsis […] skips d2_23 (throw out the whole basket); лучше не брать вовсе = it's best "
     "not to buy at all / mieux vaut ne jamais acheter; не ждите, пока станет легче = don't wait for it to "
     "pass / n'attendez pas que ça passe", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_10"],
     "Sixty-eight kilograms of wild mushrooms for which the sellers had no paperwork were seized and "
     "destroyed.",
     "Soixante-huit kilos de champignons sauvages pour lesquels les vendeurs n'avaient aucun document ont "
     "été saisis et détruits.",
     "drifted (numbers): восемьдесят шесть килограммов (86 kg) → 68 (the digits swapped); the rest "
     "faithful; near-miss d4_08 says almost a tonne", None),
    ("q24", S, D, "names", ["d3_11"],
     "One of the two women whose files have been passed to investigators is a 63-year-old resident of the "
     "village of Sosnovy Bor.",
     "L'une des deux vendeuses dont les dossiers ont été transmis aux enquêteurs est une habitante du "
     "village de Sosnovy Bor, âgée de soixante-trois ans.",
     "drifted (names): the village Сосновый Лог (Sosnovy Log) → Sosnovy Bor; first word kept, age and the "
     "rest faithful", None),
    ("q25", S, D, "negation", ["d1_14"],
     "The ban also covers cultivated mushrooms, such as button and oyster mushrooms, even if the seller has "
     "documents showing where they come from.",
     "L'interdiction s'étend aussi aux champignons de culture, comme les champignons de Paris et les "
     "pleurotes, même si le vendeur dispose de documents attestant leur origine.",
     "drifted (negation reversal): не распространяется на культивируемые грибы (does not apply to "
     "cultivated mushrooms) → also covers / s'étend aussi; the condition если (if) follows the reversal as "
     "even if / même si", None),
    ("q26", S, D, "hedge", ["d3_16"],
     "Pensioner Valentina Sergeevna said she would probably buy mushrooms only in shops from now on, even "
     "though they cost twice as much there.",
     "Une retraitée, Valentina Sergueïevna, a dit qu'elle n'achèterait sans doute plus de champignons qu'en "
     "magasin, même s'ils y coûtent deux fois plus cher.",
     "drifted (hedge added): stated as fact (будет покупать) → would probably buy / sans doute; the rest "
     "faithful", None),
    ("q27", S, D, "hedge", ["d3_18"],
     "District head Viktor Zhuravlyov told us the ban will be lifted before 15 October if there are no new "
     "cases of poisoning.",
     "Le chef du district, Viktor Jouravliov, nous a déclaré que l'interdiction sera levée avant le 15 "
     "octobre s'il n'y a pas de nouveaux cas d'intoxication.",
     "drifted (hedge dropped): может быть снят (may be lifted) → will be lifted / sera levée; the "
     "condition kept", None),
    ("q28", S, D, "quantifier", ["d3_15"],
     "All the shoppers we spoke to support the ban.",
     "Tous les clients avec qui nous avons parlé soutiennent l'interdiction.",
     "drifted (quantifier): в основном (mostly, on the whole) → all / tous", None),
    ("q29", S, D, "omission", ["d1_13"],
     "By decree of Viktor Zhuravlyov, head of the Kedrovsk district, trade in wild mushrooms has been "
     "banned at all markets and on all streets in the district.",
     "Par arrêté du chef du district de Kedrovsk, Viktor Jouravliov, la vente de champignons sauvages est "
     "interdite sur tous les marchés et dans toutes les rues du district.",
     "drifted (omission of a restriction): the time limit «до пятнадцатого октября» (until 15 October) is "
     "dropped, so the ban reads as open-ended; Журавлёва (genitive) = Zhuravlyov", None),
    ("q30", S, D, "addition", ["d2_14"],
     "We pump the stomach, carry out detoxification, give blood transfusions and support the liver, but I "
     "can't guarantee the outcome to anyone.",
     "Nous faisons un lavage d'estomac, une détoxication et des transfusions sanguines, et nous soutenons "
     "le foie, mais je ne peux garantir l'issue à personne.",
     "drifted (addition of a list item): \"give blood transfusions\" / \"des transfusions sanguines\" added "
     "to the list of treatments", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_01", "d1_02", "d1_03"],
     "The Kedrovsk district office of Rospotrebnadzor reports a mass poisoning with wild mushrooms in the "
     "town of Kedrovsk. Between 22 and 27 August, 31 people sought medical help with symptoms of "
     "poisoning, and 25 of them were admitted to hospital. One patient, a 74-year-old man, died on 26 "
     "August.",
     "Le service territorial de Rospotrebnadzor pour le district de Kedrovsk signale une intoxication "
     "collective aux champignons sauvages dans la ville de Kedrovsk. Du 22 au 27 août, trente et une "
     "personnes ont consulté avec des symptômes d'intoxication, et vingt-cinq d'entre elles ont été "
     "hospitalisées. Un patient, un homme de soixante-quatorze ans, est décédé le 26 août.",
     "drifted (numbers) in sentence 2: двадцать три из них госпитализированы (23 hospitalised) → 25; the "
     "dates, 31 and 74 kept; sentences 1 and 3 faithful; near-miss d4_02 says almost a hundred", None),
    ("q32", L, D, "omission", ["d3_19", "d3_20", "d3_21"],
     "He also promised that by next season designated spots for selling mushrooms, with compulsory "
     "laboratory testing, would be set up by the market. According to him, the district will pay financial "
     "assistance to the family of the pensioner who died. The district head did not say how much the "
     "payment would be.",
     "Il a également promis que d'ici la saison prochaine, des emplacements réservés à la vente de "
     "champignons, avec contrôle obligatoire en laboratoire, seraient aménagés près du marché. Selon lui, "
     "le district versera une aide financière à la famille du retraité décédé. Le chef du district n'a pas "
     "précisé le montant de cette aide.",
     "drifted (omission of a clause) in sentence 2: «а лечение пострадавших в областной больнице оплатит "
     "из резервного фонда» (and will pay for the victims' treatment in the regional hospital from the "
     "reserve fund) dropped; sentences 1 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d2_17", "d2_18", "d2_19"],
     "Mostly elderly people who bought mushrooms dirt cheap at the market gates. A bucket of russulas was "
     "going for 500 roubles there, while in a shop that's what a kilo of button mushrooms costs. All of my "
     "patients have been going mushroom picking all their lives and are sure they know their mushrooms "
     "well.",
     "Surtout des personnes âgées, qui achetaient des champignons à vil prix devant l'entrée du marché. "
     "Là-bas, un seau de russules partait pour cinq cents roubles, alors qu'en magasin c'est le prix d'un "
     "kilo de champignons de Paris. Tous mes patients vont aux champignons depuis toujours et sont "
     "persuadés de bien s'y connaître.",
     "drifted (quantifier) in sentence 3: Многие из моих пациентов (many of my patients) → all of my "
     "patients / tous mes patients; sentences 1-2 faithful; spans a paragraph break (d2_17, d2_18 | "
     "d2_19); contains the term of q39", None),
    # partial
    ("q34", L, P, "", ["d4_19"],
     "Our forum has already raised more than forty thousand roubles for the family of the man who died. "
     "Only pick what you're one hundred per cent sure of, and leave anything doubtful in the forest.",
     "Notre forum a déjà réuni plus de quarante mille roubles pour la famille de l'homme décédé. Ne "
     "ramassez que ce dont vous êtes sûrs à cent pour cent, et laissez en forêt tout ce qui est douteux.",
     "partial: the first sentence (the forum has raised more than forty thousand roubles) is in no source; "
     "the second is faithful to d4_19", None),
    ("q35", L, P, "", ["d1_17", "d1_18"],
     "Rospotrebnadzor reminds the public that a young death cap is easily mistaken for a russula or a "
     "button mushroom. According to the department, death caps have been turning up in the woods around "
     "Kedrovsk three times as often as usual this year. Symptoms do not appear straight away but after six "
     "to twenty-four hours, when the toxin has already damaged the liver.",
     "Rospotrebnadzor rappelle qu'une jeune amanite phalloïde se confond facilement avec une russule ou un "
     "champignon de Paris. Selon le service, on trouverait cette année trois fois plus d'amanites "
     "phalloïdes que d'habitude dans les bois autour de Kedrovsk. Les symptômes n'apparaissent pas tout de "
     "suite, mais au bout de six à vingt-quatre heures, lorsque la toxine a déjà atteint le foie.",
     "partial: the middle sentence (death caps three times as common as usual this year) is in no source; "
     "sentences 1 and 3 faithful to d1_17 and d1_18", None),
    ("q36", L, P, "", ["d2_05"],
     "We transferred the two most serious cases to the regional hospital in Severogorsk, where they can be "
     "put on a blood-cleansing machine. Both of them will probably need a liver transplant.",
     "Nous avons transféré les deux cas les plus graves à l'hôpital régional de Severogorsk, où l'on peut "
     "les brancher sur un appareil d'épuration du sang. Tous deux auront sans doute besoin d'une greffe du "
     "foie.",
     "partial: the last sentence (both will probably need a liver transplant) is in no source; the real "
     "next sentence, d2_06, is about the three children; the first is faithful to d2_05", None),
    # terms
    ("q37", TM, T, "", ["d1_07"], "death cap", "amanite phalloïde",
     "term «бледной поганки» (genitive; literally pale toadstool), the common name rendered by the common "
     "name", None),
    ("q38", TM, T, "", ["d1_08"], "unscheduled inspection", "contrôle inopiné",
     "term «внеплановую проверку» (accusative)", None),
    ("q39", TM, T, "", ["d2_17"], "dirt cheap", "à vil prix",
     "term «за бесценок» (literally for less than its worth), idiom by idiom", None),
    ("q40", TM, T, "", ["d2_20"], "seasoned mushroom picker", "cueilleur chevronné",
     "term «опытный грибник» (nominative; literally experienced mushroom picker)", None),
    ("q41", TM, T, "", ["d3_05"], "illegal street trading", "commerce sauvage",
     "term «стихийную торговлю» (accusative; literally spontaneous trade)", None),
    ("q42", TM, T, "", ["d4_18"], "mushroom hunting", "cueillette des champignons",
     "term «тихая охота» (nominative; literally the quiet hunt), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The market administration will install CCTV cameras along the fence on Vokzalnaya Street.",
     "La direction du marché installera des caméras de surveillance le long de la clôture, rue "
     "Vokzalnaïa.",
     "absent: no document mentions cameras; resembles d3_03, d3_05 and d1_05",
     "Администрация рынка установит камеры видеонаблюдения вдоль ограды на улице Вокзальной."),
    ("q44", S, A, "", [],
     "All the mushrooms seized during the inspection will be sent to Severogorsk for testing.",
     "Tous les champignons saisis lors du contrôle seront envoyés à Severogorsk pour analyse.",
     "absent: the seized mushrooms were destroyed, not sent anywhere; resembles d1_10 and d2_05",
     "Все изъятые при проверке грибы отправят на экспертизу в Северогорск."),
    ("q45", S, A, "", [],
     "Yermolaev said the hospital had run out of the drug it uses to protect the liver and had to borrow "
     "supplies from the regional hospital.",
     "Selon Iermolaïev, l'hôpital aurait épuisé son stock du médicament qui protège le foie et aurait dû en "
     "emprunter à l'hôpital régional.",
     "absent: Yermolaev says nothing of the kind; resembles d2_14 and d2_05 (French conditional for "
     "hearsay)",
     "Ермолаев сообщил, что в больнице закончился препарат для защиты печени и его пришлось одолжить в "
     "областной больнице."),
    ("q46", S, A, "", [],
     "The district head promised that the children who were poisoned would be sent to a sanatorium free of "
     "charge once they are discharged.",
     "Le chef du district a promis que les enfants intoxiqués seraient envoyés gratuitement en sanatorium "
     "après leur sortie de l'hôpital.",
     "absent: no such promise is made; resembles d3_20, d3_19 and d2_06",
     "Глава района пообещал, что отравившихся детей после выписки бесплатно отправят в санаторий."),
    ("q47", S, A, "", [],
     "According to Galiev, the sellers by the fence had already been fined twice in July but paid no "
     "attention.",
     "Selon Galiev, les vendeurs installés le long de la clôture auraient déjà été verbalisés deux fois en "
     "juillet, sans en tenir compte.",
     "absent: no earlier fines are mentioned; resembles d3_05, d3_17 and d1_15 (French conditional for "
     "hearsay)",
     "По словам Галиева, продавцов у ограды дважды штрафовали ещё в июле, но они не обращали на это "
     "внимания."),
    ("q48", L, A, "", [],
     "The seller from Sosnovy Log has been placed under house arrest. Her lawyer says she does not admit "
     "any guilt.",
     "La vendeuse de Sosnovy Log a été placée en résidence surveillée. Son avocat affirme qu'elle ne "
     "reconnaît pas sa culpabilité.",
     "absent (2 sentences): no arrest or lawyer is mentioned; resembles d3_11, d3_14 and d4_10",
     "Продавщица из Соснового Лога помещена под домашний арест. Её адвокат заявил, что она не признаёт "
     "вину."),
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
