"""Build the blind quotation set quote_blind21 from one table (standard library only).

Story: after a week of rain the spillway of the Tumanka reservoir dam above the small town of
Listvyansk fails in the night of 21 to 22 September 2026 and the water floods the Lower Town. Four
Russian source documents (D1 an interview with an independent hydrologist, D2 the regional
emergencies ministry's statement, D3 minutes of the town's emergency commission with the mayor and
the dam's operating company, D4 a local news site's report, the near-miss document) and 48 English /
French quotations. Sentence ids (d1_04) are defined here: they number the sentences of each
document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind21_build.py

writes quote_blind21.tsv, quote_blind21_labels.tsv, quote_blind21_sources.ru.txt and
quote_blind21_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind21"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью независимого гидролога Константина Веретенникова газете «Шатровские ведомости», "
           "24 сентября 2026 года", [
        ["В ночь на двадцать второе сентября после недели проливных дождей на плотине Туманского "
         "водохранилища разрушился водосброс, и вода затопила Нижний город в Листвянске.",
         "Мы попросили независимого гидролога Константина Веретенникова, который двадцать лет изучает "
         "малые водохранилища области, объяснить, что произошло."],
        ["— Константин Андреевич, неужели всё дело в дождях?"],
        ["— Дожди были сильные, спорить не буду: за неделю выпало почти две месячные нормы осадков.",
         "Но водосброс этой плотины рассчитан на паводок, который бывает раз в сто лет, а нынешний, по моей "
         "оценке, случается примерно раз в тридцать–сорок лет.",
         "Исправное сооружение должно было пропустить такую воду без особых проблем."],
        ["— Компания утверждает, что воды пришло больше, чем водосброс мог пропустить."],
        ["— Эти цифры вызывают у меня вопросы.",
         "Чтобы проверить расчёт, мне нужны данные о притоке за каждый час, а компания их до сих пор не "
         "опубликовала.",
         "Без них говорить о том, что пропускную способность превысили, просто нельзя."],
        ["— Что же тогда, по-вашему, случилось?"],
        ["— Утверждать наверняка я не могу, пока не увижу документы, но, скорее всего, подвёл сам бетонный "
         "лоток водосброса.",
         "По всей видимости, трещины в нём появились задолго до этой осени.",
         "Когда через лоток пошла вода с такой силой, он начал разрушаться, и поток размыл земляную часть "
         "плотины рядом с ним.",
         "Образовалась промоина шириной около двенадцати метров."],
        ["— Можно ли было избежать аварии?"],
        ["— Я много лет бью тревогу из-за старых плотин в нашей области.",
         "Туманскую плотину построили в тысяча девятьсот шестьдесят седьмом году, и с тех пор водосброс ни "
         "разу не реконструировали.",
         "Кроме того, о сильных дождях синоптики предупреждали ещё двенадцатого сентября, и уровень "
         "водохранилища можно было снизить заранее.",
         "Компания начала сбрасывать воду только восемнадцатого, когда дожди шли уже пятый день."],
        ["— Грозит ли сейчас опасность посёлкам ниже по течению?"],
        ["— Сейчас, думаю, нет.",
         "Уровень в водохранилище упал почти на два метра, и вода спокойно уходит через промоину.",
         "Но пока промоину не закроют, каждый сильный дождь будет означать новый риск для Нижнего города."],
        ["— Что бы вы посоветовали жителям?"],
        ["— Не спешить возвращаться в дома, пока их не осмотрят специалисты.",
         "Вода почти двое суток стояла в подвалах, и фундаменты старых домов могли просесть.",
         "И, пожалуйста, не пейте воду из колодцев, пока её не проверят на кишечную палочку."],
    ]),
    ("D2", "Заявление министерства по чрезвычайным ситуациям Шатровской области, 23 сентября 2026 года", [
        ["В ночь на двадцать второе сентября на гидроузле Туманского водохранилища в городе Листвянске "
         "произошло разрушение водосбросного сооружения.",
         "Около трёх часов ночи вода хлынула через образовавшуюся промоину в плотине и подтопила жилые "
         "кварталы Нижнего города.",
         "В тот же день губернатор области ввёл на территории Листвянского района режим чрезвычайной "
         "ситуации регионального характера."],
        ["По данным на восемь часов утра двадцать третьего сентября, в зоне подтопления находятся двести "
         "четырнадцать жилых домов.",
         "Глубина воды на отдельных улицах достигала полутора метров.",
         "Погибших нет, за медицинской помощью обратились девять человек, двое из них госпитализированы."],
        ["Из зоны подтопления эвакуированы шестьсот сорок человек, в том числе сто двенадцать детей.",
         "Для них развёрнуты три пункта временного размещения: в школах номер два и номер пять и в "
         "спортивном комплексе «Волна».",
         "Все эвакуированные жители обеспечены горячим питанием, питьевой водой и необходимыми "
         "лекарствами."],
        ["К ликвидации последствий привлечены двести тридцать человек и сорок шесть единиц техники, в том "
         "числе одиннадцать лодок.",
         "Спасатели обошли все дома в зоне подтопления и вывезли тех, кто не мог выбраться самостоятельно.",
         "Угрозы подтопления населённых пунктов ниже по течению в настоящее время нет."],
        ["Водозабор Нижнего города оказался в зоне подтопления, поэтому пить воду из водопровода нельзя даже "
         "после кипячения.",
         "Жителям бесплатно раздают бутилированную воду из расчёта шесть литров на человека в сутки.",
         "Подача питьевой воды возобновится к тридцатому сентября."],
        ["Каждому пострадавшему будет выплачена единовременная помощь в размере пятнадцати тысяч рублей.",
         "За частичную утрату имущества предусмотрена выплата пятидесяти тысяч рублей, за полную утрату — "
         "ста тысяч рублей на человека.",
         "Заявления принимаются в администрации Листвянска до тридцать первого октября."],
        ["Министерство просит жителей не возвращаться в подтопленные дома до завершения их обследования и "
         "следить за официальными сообщениями."],
    ]),
    ("D3", "Выписка из протокола заседания комиссии по чрезвычайным ситуациям города Листвянска, "
           "23 сентября 2026 года", [
        ["Заседание вела глава города Листвянска Татьяна Липатова.",
         "Присутствовали члены комиссии, заместитель министра по чрезвычайным ситуациям Шатровской области "
         "Виктор Дроздов, генеральный директор АО «Листвянская ГЭС» Игорь Самарин и главный инженер "
         "компании Олег Бессонов."],
        ["Татьяна Липатова сообщила, что дежурный гидроузла предупредил администрацию города об опасности в "
         "два часа сорок минут ночи.",
         "Сирены в Нижнем городе включили в три часа пять минут, а ещё через десять минут на улицы выехали "
         "машины с громкоговорителями.",
         "По словам Липатовой, большинство жителей успели покинуть дома до того, как вода поднялась выше "
         "порогов.",
         "Она признала, что часть пожилых людей сирен не услышала и выводить их из домов пришлось "
         "спасателям."],
        ["Игорь Самарин сообщил, что в ночь аварии приток в водохранилище достигал трёхсот десяти кубометров "
         "в секунду, тогда как пропускная способность водосброса составляет двести двадцать.",
         "Компания начала предпаводковую сработку водохранилища восемнадцатого сентября и успела снизить "
         "уровень воды на шестьдесят сантиметров.",
         "Самарин заявил, что компания не получала от надзорных органов предписания прекратить эксплуатацию "
         "водосброса.",
         "Гражданская ответственность компании как владельца гидротехнического сооружения застрахована на "
         "тридцать миллионов рублей.",
         "По словам Самарина, компания готова возместить жителям ущерб в пределах страховой суммы."],
        ["Главный инженер Олег Бессонов доложил, что при последней проверке в мае надзорные органы выдали "
         "компании пять замечаний.",
         "Четыре из них были устранены летом, а ремонт трещин в лотке водосброса был запланирован на "
         "следующий год.",
         "По словам Бессонова, двадцатого сентября один из трёх затворов водосброса заклинило в полуоткрытом "
         "положении, и освободить его до аварии так и не удалось.",
         "Стоимость восстановления водосброса и плотины компания предварительно оценивает в шестьдесят "
         "четыре миллиона рублей."],
        ["Виктор Дроздов сообщил, что прокуратура области начала проверку соблюдения компанией требований "
         "безопасности гидротехнических сооружений.",
         "Он предложил до закрытия промоины держать уровень водохранилища не выше нынешнего и установить на "
         "плотине круглосуточное дежурство спасателей.",
         "По его словам, временную перемычку на месте промоины планируется отсыпать за три недели."],
        ["Комиссия решила продлить работу всех пунктов временного размещения до пятнадцатого октября.",
         "Компании поручено до первого октября представить в комиссию почасовые данные о притоке и сбросе "
         "воды с четырнадцатого по двадцать второе сентября, а также акт майской проверки.",
         "Администрации города поручено вместе с управляющими компаниями обследовать каждый подтопленный дом "
         "до десятого октября.",
         "Министерству предложено рассмотреть вопрос о выделении городу средств из резервного фонда "
         "области."],
        ["Глава города попросила членов комиссии не давать комментариев журналистам до официального "
         "заключения о причинах аварии.",
         "Следующее заседание комиссии назначено на двадцать пятое сентября."],
    ]),
    ("D4", "Репортаж новостного сайта «Листвянский курьер», 23 сентября 2026 года", [
        ["Нижний город второй день стоит в воде.",
         "В ночь на вторник плотину Туманского водохранилища прорвало полностью, и вода хлынула на улицы.",
         "За считаные минуты она поднялась почти до трёх метров, и людям пришлось спасаться на чердаках и "
         "крышах."],
        ["По нашим данным, затоплено почти триста домов, а эвакуировать пришлось больше тысячи человек.",
         "По неофициальной информации, есть погибшие, но в министерстве это пока не комментируют.",
         "Дожди, каких не помнят даже старожилы, шли без перерыва десять дней.",
         "Говорят, водосброс не проверяли с советских времён, а латали на живую нитку."],
        ["«Сирену мы так и не услышали, меня разбудил сосед, который колотил в дверь», — рассказывает "
         "пенсионерка Валентина Грачёва с Береговой улицы.",
         "Мэр, как выяснилось, узнала об аварии только под утро, когда вода уже стояла в домах.",
         "Источник на гидроузле утверждает, что все три затвора водосброса заклинило ещё за неделю до "
         "прорыва."],
        ["Власти обещают выплатить каждой семье по сто тысяч рублей.",
         "Воду из-под крана пить нельзя, а бутилированной на всех не хватает.",
         "В пунктах временного размещения, по словам эвакуированных, тепло и кормят три раза в день.",
         "Гидролог Константин Веретенников уверен, что плотину погубили не дожди, а халатность компании."],
        ["По нашим сведениям, в компании «Листвянская ГЭС» признали, что знали о трещинах в лотке ещё три "
         "года назад.",
         "Ремонт, как сообщают в мэрии, обойдётся почти в сто миллионов рублей."],
        ["Жители Нижнего города собирают уцелевшие вещи и помогают друг другу, как могут.",
         "Если вам нужна помощь или вы готовы приютить соседей, пишите нам, и мы передадим ваше сообщение "
         "волонтёрам.",
         "Мы продолжим следить за тем, что происходит на плотине.",
         "Берегите себя и своих близких."],
    ]),
]

# 15 unrelated sentences in the same registers (town news, an interview, a ministry press office,
# a commission, a news site); they are in no document.
UNRELATED = [
    "В городском парке Шатровска открылась новая детская площадка с канатным городком.",
    "— Когда вы впервые заинтересовались геологией?",
    "— Ещё школьником я собирал камни на берегу реки и пытался понять, откуда они там взялись.",
    "Министерство напоминает, что в пожароопасный сезон разводить костры в лесу запрещено.",
    "Пресс-служба министерства сообщает о плановых учениях на химическом заводе в Шатровске.",
    "Комиссия рассмотрела вопрос о готовности городских котельных к отопительному сезону.",
    "Вопрос о ремонте кровли районной поликлиники перенесён на следующее заседание.",
    "Членам комиссии поручено подготовить предложения по уборке снега с тротуаров в зимний период.",
    "В субботу на стадионе «Труд» пройдёт областной турнир по мини-футболу среди школьных команд.",
    "Городская библиотека приглашает детей на летние чтения, запись открыта до конца месяца.",
    "Друзья, в нашем дворе нашёлся рыжий щенок, он очень ласковый и ищет хозяев.",
    "На рынке у вокзала открылся павильон с фермерскими сырами и мёдом.",
    "Автобус номер семь с понедельника будет ходить по новому маршруту через микрорайон Сосновый.",
    "В краеведческом музее открылась выставка старинных фотографий города.",
    "Жители улицы Садовой жалуются на шум от строительства торгового центра.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_10"],
     "Without them, there is simply no way to claim that the discharge capacity was exceeded.",
     "Sans ces données, on ne peut tout simplement pas affirmer que la capacité d'évacuation a été "
     "dépassée.",
     "faithful; просто нельзя (one-word negation) = there is simply no way / on ne peut tout simplement "
     "pas; the subjectless превысили turned passive; contains the term of q37", None),
    ("q02", S, F, "", ["d2_17"],
     "A payment of 50,000 roubles is provided for partial loss of property, and 100,000 roubles per person "
     "for total loss.",
     "Une indemnité de cinquante mille roubles est prévue en cas de perte partielle des biens, et de cent "
     "mille roubles par personne en cas de perte totale.",
     "faithful; numbers as digits in en, words in fr; near-miss d4_11 says every family is promised a "
     "hundred thousand", None),
    ("q03", S, F, "", ["d2_13"],
     "The Lower Town's water intake is inside the flooded area, so tap water must not be drunk, even after "
     "boiling.",
     "La prise d'eau de la ville basse se trouve dans la zone inondée : l'eau du robinet ne doit donc pas "
     "être bue, même après ébullition.",
     "faithful; нельзя (one-word negation) = must not / ne doit pas; Нижнего города (genitive) = the Lower "
     "Town / la ville basse", None),
    ("q04", S, F, "", ["d3_07"],
     "Igor Samarin said that on the night of the failure the inflow into the reservoir peaked at 310 cubic "
     "metres per second, whereas the spillway's capacity is 220.",
     "Igor Samarine a indiqué que, la nuit de l'accident, le débit entrant dans la retenue avait atteint "
     "trois cent dix mètres cubes par seconde, alors que la capacité du déversoir est de deux cent vingt.",
     "faithful; numbers as digits in en, words in fr; Самарин = Samarin / Samarine; D1 d1_05 and d1_08 "
     "question these figures", None),
    ("q05", S, F, "", ["d1_04"],
     "I won't argue, the rain was heavy: almost two months' worth fell in a single week.",
     "Je ne vais pas le contester, les pluies ont été fortes : il est tombé en une semaine près de deux "
     "mois de précipitations.",
     "faithful; спорить не буду = I won't argue / je ne vais pas le contester; почти две месячные нормы = "
     "almost two months' worth / près de deux mois (approximation kept); leading dash dropped; near-miss "
     "d4_06 says ten days without a break", None),
    ("q06", S, F, "", ["d1_09"],
     "To check their calculation I need hour-by-hour inflow data, and the company still hasn't published "
     "it.",
     "Pour vérifier le calcul, il me faut les données de débit entrant heure par heure, et la société ne "
     "les a toujours pas publiées.",
     "faithful; до сих пор не опубликовала = still hasn't published / ne les a toujours pas publiées; за "
     "каждый час = hour-by-hour / heure par heure", None),
    ("q07", S, F, "", ["d1_05"],
     "But this dam's spillway was designed for a once-in-a-century flood, whereas by my estimate this one "
     "is the kind that happens roughly every thirty to forty years.",
     "Or le déversoir de ce barrage est conçu pour une crue centennale, alors que celle-ci, selon mon "
     "estimation, se produit à peu près tous les 30 à 40 ans.",
     "faithful; раз в сто лет = once-in-a-century / centennale; по моей оценке and примерно kept as "
     "hedges (by my estimate, roughly / selon mon estimation, à peu près); numbers as words in en, digits "
     "in fr", None),
    ("q08", S, F, "", ["d3_13"],
     "Four of them were dealt with over the summer, while repairs to the cracks in the spillway chute had "
     "been scheduled for next year.",
     "Quatre d'entre elles ont été levées au cours de l'été, tandis que la réparation des fissures du "
     "canal du déversoir était prévue pour l'an prochain.",
     "faithful; замечания (of d3_12) rendered as findings / réserves, устранены = dealt with / levées; "
     "near-miss d4_07 says the spillway was not inspected since Soviet times, d4_15 that the company "
     "admitted knowing of the cracks three years ago", None),
    ("q09", S, F, "", ["d4_03"],
     "Within minutes it had risen to almost three metres, and people had to take refuge in attics and on "
     "rooftops.",
     "En quelques minutes, elle est montée à près de trois mètres, et les habitants ont dû se réfugier dans "
     "les greniers et sur les toits.",
     "faithful rendering of the near-miss sentence d4_03 (D2 d2_05 says up to one and a half metres); "
     "почти = almost / près de", None),
    ("q10", S, F, "", ["d4_14"],
     "Hydrologist Konstantin Veretennikov is certain that it was the company's negligence, not the rain, "
     "that destroyed the dam.",
     "L'hydrologue Konstantin Veretennikov en est convaincu : ce ne sont pas les pluies qui ont eu raison "
     "du barrage, mais la négligence de la société.",
     "faithful rendering of the near-miss sentence d4_14 (D1 d1_12 and d1_13 hedge: he cannot say for "
     "certain, most likely, apparently); не дожди, а халатность reordered in en (cleft)", None),
    ("q11", S, F, "", ["d4_01"],
     "For a second day now, the Lower Town has been under water.",
     "Depuis deux jours, la ville basse a les pieds dans l'eau.",
     "faithful; D4's own sentence; второй день = for a second day / depuis deux jours; стоит в воде = "
     "under water / a les pieds dans l'eau (idiom)", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_17", "d1_18"],
     "I've been sounding the alarm about the old dams in our region for years. The Tumanka dam was built "
     "in 1967, and not once since then has its spillway been rebuilt.",
     "Cela fait des années que je tire la sonnette d'alarme au sujet des vieux barrages de notre région. "
     "Le barrage de la Toumanka a été construit en 1967, et son déversoir n'a jamais été reconstruit "
     "depuis.",
     "faithful; бью тревогу = sounding the alarm / tirer la sonnette d'alarme, idiom by idiom; "
     "Туманскую плотину (accusative) = the Tumanka dam / le barrage de la Toumanka; ни разу не = not once "
     "/ jamais; тысяча девятьсот шестьдесят седьмом = 1967; active turned passive; contains the term of "
     "q38", None),
    ("q13", L, F, "", ["d1_26", "d1_27"],
     "Don't rush back into your homes until specialists have looked them over. The water stood in the "
     "basements for almost forty-eight hours, and the foundations of older houses may have sunk.",
     "Ne pas se précipiter pour rentrer chez soi tant que des spécialistes n'ont pas examiné les maisons. "
     "L'eau est restée près de quarante-huit heures dans les caves, et les fondations des vieilles maisons "
     "ont pu s'affaisser.",
     "faithful; infinitive advice turned imperative in en; двое суток = forty-eight hours / quarante-huit "
     "heures; почти kept; могли просесть (hedge) kept as may have / ont pu", None),
    ("q14", L, F, "", ["d2_11", "d2_12"],
     "Rescuers went from house to house across the flooded area and took out those who could not get out "
     "on their own. There is currently no risk of flooding for the settlements downstream.",
     "Les secouristes ont fait le tour de toutes les maisons de la zone inondée et évacué ceux qui ne "
     "pouvaient pas en sortir par leurs propres moyens. Les localités situées en aval ne sont, à l'heure "
     "actuelle, pas menacées par les eaux.",
     "faithful; обошли все дома = went from house to house / fait le tour de toutes les maisons; Угрозы "
     "... нет (one-word negation) = no risk / ne sont pas menacées", None),
    ("q15", L, F, "", ["d4_12", "d4_13"],
     "The tap water isn't drinkable, and there isn't enough bottled water to go round. In the shelters, "
     "evacuees say, it's warm and they get three meals a day.",
     "L'eau du robinet n'est pas potable, et il n'y a pas assez d'eau en bouteille pour tout le monde. Dans "
     "les centres d'hébergement, selon les personnes évacuées, il fait chaud et on sert trois repas par "
     "jour.",
     "faithful; D4's own sentences; нельзя = isn't drinkable / n'est pas potable; на всех не хватает = "
     "not enough to go round / pas assez pour tout le monde; по словам эвакуированных = evacuees say / "
     "selon les personnes évacuées", None),
    ("q16", L, F, "", ["d3_23", "d3_24"],
     "The mayor asked the commission members not to comment to journalists until the official findings on "
     "the cause of the failure are out. The commission will meet again on 25 September.",
     "La maire a demandé aux membres de la commission de ne pas s'exprimer auprès des journalistes avant "
     "les conclusions officielles sur les causes de l'accident. La prochaine réunion de la commission est "
     "fixée au 25 septembre.",
     "faithful; глава города = the mayor / la maire; двадцать пятое сентября = 25 September / 25 "
     "septembre; second sentence recast in en", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d1_22", "d1_23", "d1_24"],
     "Not at the moment, I think. The reservoir level has dropped by almost two metres, and the water is "
     "draining calmly through the breach. But until the breach is closed, every heavy downpour will mean "
     "a fresh risk for the Lower Town.",
     "Pour l'instant, je ne crois pas. Le niveau de la retenue a baissé de près de deux mètres, et l'eau "
     "s'écoule tranquillement par la brèche. Mais tant que la brèche ne sera pas colmatée, chaque grosse "
     "pluie représentera un nouveau risque pour la ville basse.",
     "faithful; думаю (hedge) kept as I think / je ne crois pas; почти = almost / près de; "
     "Нижнего города = the Lower Town", None),
    ("q18", L, F, "", ["d2_02", "d2_03", "d2_04"],
     "At around three in the morning, water poured through the breach that had opened in the dam and "
     "flooded residential streets in the Lower Town. The same day, the regional governor declared a "
     "regional state of emergency in the Listvyansk district. As of 8 am on 23 September, 214 homes are "
     "in the flooded zone.",
     "Vers trois heures du matin, l'eau s'est engouffrée dans la brèche ouverte dans le barrage et a "
     "inondé les quartiers résidentiels de la ville basse. Le jour même, le gouverneur a décrété l'état "
     "d'urgence régional dans le district de Listviansk. Au 23 septembre à huit heures du matin, deux cent "
     "quatorze maisons d'habitation se trouvent dans la zone inondée.",
     "faithful; spans a paragraph break (d2_02, d2_03 | d2_04); Около kept as around / vers; режим "
     "чрезвычайной ситуации регионального характера = regional state of emergency / état d'urgence "
     "régional; Листвянского района = the Listvyansk district; numbers as digits in en, words in fr; "
     "near-miss d4_04 says almost three hundred houses; contains the term of q39", None),
    ("q19", L, F, "", ["d3_03", "d3_04", "d3_05", "d3_06"],
     "Tatyana Lipatova said the dam's duty officer had warned the town administration of the danger at "
     "2:40 in the morning. The sirens in the Lower Town were switched on at 3:05, and ten minutes later "
     "vans with loudspeakers went out onto the streets. According to Lipatova, most residents managed to "
     "leave their homes before the water rose above the doorsteps. She admitted that some elderly people "
     "did not hear the sirens and had to be led out of their houses by rescuers.",
     "Tatiana Lipatova a indiqué que le responsable de permanence du barrage avait alerté la mairie du "
     "danger à deux heures quarante du matin. Les sirènes ont retenti dans la ville basse à trois heures "
     "cinq, et dix minutes plus tard des véhicules équipés de haut-parleurs sillonnaient les rues. Selon "
     "Tatiana Lipatova, la plupart des habitants auraient eu le temps de quitter leur logement avant que "
     "l'eau ne dépasse le seuil des portes. Elle a reconnu qu'une partie des personnes âgées n'avait pas "
     "entendu les sirènes et que les secouristes avaient dû les faire sortir de chez elles.",
     "faithful; times as digits in en, words in fr; По словам Липатовой (genitive) = according to "
     "Lipatova; French conditional for reported speech; большинство = most / la plupart; active turned "
     "passive in en; near-miss d4_09 says the mayor only learnt of it towards morning", None),
    ("q20", L, F, "", ["d3_14", "d3_15", "d3_16"],
     "According to Bessonov, one of the spillway's three gates jammed half-open on 20 September, and it "
     "was never freed before the failure. The company's preliminary estimate for restoring the spillway "
     "and the dam is 64 million roubles. Viktor Drozdov said the regional prosecutor's office had opened "
     "an inquiry into whether the company complied with safety rules for hydraulic structures.",
     "Selon Oleg Bessonov, l'une des trois vannes du déversoir se serait bloquée en position mi-ouverte le "
     "20 septembre, et l'on ne serait jamais parvenu à la débloquer avant l'accident. La société évalue "
     "provisoirement à soixante-quatre millions de roubles le coût de la remise en état du déversoir et du "
     "barrage. Viktor Drozdov a annoncé que le parquet régional avait ouvert une enquête sur le respect par "
     "la société des règles de sécurité des ouvrages hydrauliques.",
     "faithful; spans a paragraph break (d3_14, d3_15 | d3_16); По словам Бессонова (genitive) = "
     "according to Bessonov; так и не удалось = was never / ne ... jamais; French conditional for "
     "reported speech; предварительно kept as preliminary / provisoirement; near-miss d4_10 says all three "
     "gates jammed a week earlier, d4_16 says almost a hundred million", None),
    ("q21", L, F, "", ["d4_17", "d4_18", "d4_20"],
     "Residents of the Lower Town are gathering up whatever they managed to save and helping one another "
     "as best they can. If you need help or can put up your neighbours, write to us and we will pass your "
     "message on to the volunteers. (…) Take care of yourselves and your loved ones.",
     "Les habitants de la ville basse rassemblent les affaires qui ont pu être sauvées et s'entraident "
     "comme ils peuvent. Si vous avez besoin d'aide ou si vous pouvez héberger des voisins, écrivez-nous, "
     "et nous transmettrons votre message aux bénévoles. (…) Prenez soin de vous et de vos proches.",
     "faithful; ellipsis (…) skips d4_19; D4's own sentences; как могут = as best they can / comme ils "
     "peuvent; Берегите себя = take care of yourselves / prenez soin de vous", None),
    ("q22", L, F, "", ["d1_12", "d1_14", "d1_15"],
     "I can't say for certain until I've seen the documents, but most likely it was the concrete chute of "
     "the spillway itself that gave way. […] When water started coming through the chute with such force, "
     "it began to break up, and the flow washed away the earthen part of the dam next to it. The result "
     "was a breach about twelve metres wide.",
     "Je ne peux rien affirmer tant que je n'ai pas vu les documents, mais c'est très probablement le "
     "canal en béton du déversoir lui-même qui a lâché. […] Quand l'eau s'y est engouffrée avec une telle "
     "force, il a commencé à se disloquer, et le courant a emporté la partie en terre du barrage qui le "
     "jouxtait. Il en est résulté une brèche d'environ 12 mètres de large.",
     "faithful; ellipsis […] skips d1_13 (the cracks, hedged); hedges kept (Утверждать наверняка не могу, "
     "скорее всего = can't say for certain, most likely / ne peux rien affirmer, très probablement); "
     "около = about / environ; двенадцати = twelve / 12; near-miss d4_02 says the dam burst completely, "
     "d4_14 that the hydrologist is certain", None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d2_10"],
     "A total of 320 personnel and 46 pieces of equipment, including 11 boats, have been deployed to deal "
     "with the aftermath.",
     "Trois cent vingt personnes et quarante-six engins, dont onze bateaux, ont été mobilisés pour faire "
     "face aux conséquences.",
     "drifted (numbers): двести тридцать человек (230 people) → 320 / trois cent vingt; 46 and 11 kept",
     None),
    ("q24", S, D, "names", ["d3_12"],
     "Chief engineer Oleg Bespalov reported that at the last inspection, in May, the regulators had given "
     "the company five findings to address.",
     "L'ingénieur en chef Oleg Bespalov a indiqué que lors du dernier contrôle, en mai, les autorités de "
     "surveillance avaient adressé cinq réserves à la société.",
     "drifted (names): surname Бессонов (Bessonov) → Bespalov; first name Oleg kept", None),
    ("q25", S, D, "negation", ["d3_09"],
     "Samarin said the company had received an order from the regulators to stop operating the spillway.",
     "Igor Samarine a déclaré que la société avait reçu des autorités de surveillance l'injonction de "
     "cesser d'exploiter le déversoir.",
     "drifted (negation reversal): не получала ... предписания (had not received an order) → had received "
     "/ avait reçu", None),
    ("q26", S, D, "hedge", ["d2_15"],
     "The drinking water supply should probably be back on by 30 September.",
     "L'alimentation en eau potable sera sans doute rétablie d'ici au 30 septembre.",
     "drifted (hedge added): stated as fact (возобновится) → should probably / sans doute", None),
    ("q27", S, D, "hedge", ["d1_13"],
     "The cracks in it appeared long before this autumn.",
     "Les fissures y sont apparues bien avant cet automne.",
     "drifted (hedge dropped): По всей видимости (in all likelihood) is dropped, so a guess reads as a "
     "fact", None),
    ("q28", S, D, "quantifier", ["d2_09"],
     "Most of the evacuated residents have been provided with hot meals, drinking water and the medicines "
     "they need.",
     "La plupart des habitants évacués reçoivent des repas chauds, de l'eau potable et les médicaments "
     "nécessaires.",
     "drifted (quantifier): Все (all) evacuees → most / la plupart; the rest faithful", None),
    ("q29", S, D, "omission", ["d3_11"],
     "According to Samarin, the company is prepared to compensate residents for the damage.",
     "Selon Igor Samarine, la société serait prête à indemniser les habitants pour les dégâts subis.",
     "drifted (omission of a restriction): «в пределах страховой суммы» (up to the insured sum, thirty "
     "million roubles in d3_10) is dropped, so the offer reads as unlimited", None),
    ("q30", S, D, "addition", ["d2_08"],
     "Three temporary accommodation centres have been set up for them, in schools No 2 and No 5, in the "
     "House of Culture and in the Volna sports centre.",
     "Trois centres d'hébergement temporaire ont été ouverts pour eux : dans les écoles nº 2 et nº 5, à la "
     "maison de la culture et au complexe sportif Volna.",
     "drifted (addition of a list item): \"the House of Culture\" / \"la maison de la culture\" added to "
     "the list of places; the rest faithful; contains the term of q40", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d2_05", "d2_06", "d2_07"],
     "In some streets the water was up to one and a half metres deep. No one was killed; nine people "
     "sought medical help and three of them were admitted to hospital. A total of 640 people, 112 of them "
     "children, have been evacuated from the flooded area.",
     "Dans certaines rues, l'eau atteignait jusqu'à 1,5 mètre de profondeur. On ne déplore aucune "
     "victime ; neuf personnes ont demandé une aide médicale, dont trois ont été hospitalisées. Six cent "
     "quarante personnes, dont cent douze enfants, ont été évacuées de la zone inondée.",
     "drifted (numbers) in sentence 2: двое из них госпитализированы (two hospitalised) → three / trois; "
     "sentences 1 and 3 faithful (one and a half metres, nine, 640 and 112 kept); spans a paragraph break "
     "(d2_05, d2_06 | d2_07)", None),
    ("q32", L, D, "omission", ["d3_20", "d3_21", "d3_22"],
     "The company was instructed to submit to the commission, by 1 October, hourly figures for water "
     "inflow and release from 14 to 22 September. The town administration, together with the property "
     "management companies, was instructed to inspect every flooded house by 10 October. The ministry was "
     "asked to consider allocating money to the town from the regional reserve fund.",
     "La société est tenue de transmettre à la commission, d'ici au 1er octobre, les données horaires sur "
     "les débits entrants et les lâchers d'eau du 14 au 22 septembre. La mairie doit, avec les sociétés de "
     "gestion immobilière, inspecter chaque maison inondée avant le 10 octobre. Il est proposé au ministère "
     "d'examiner la possibilité d'allouer à la ville des fonds de la réserve régionale.",
     "drifted (omission of a clause) in sentence 1: «а также акт майской проверки» (and the report of the "
     "May inspection) dropped; sentences 2 and 3 faithful", None),
    ("q33", L, D, "quantifier", ["d3_17", "d3_18", "d3_19"],
     "He proposed keeping the reservoir no higher than its present level until the breach is closed, and "
     "posting a round-the-clock rescue watch on the dam. According to him, a temporary cofferdam is due to "
     "be built up in the breach within three weeks. The commission decided to keep some of the temporary "
     "accommodation centres open until 15 October.",
     "Il a proposé de ne pas laisser la retenue dépasser son niveau actuel jusqu'à la fermeture de la "
     "brèche et d'assurer sur le barrage une permanence de secouristes 24 heures sur 24. Selon lui, la "
     "construction d'un batardeau provisoire dans la brèche est prévue en trois semaines. La commission a "
     "décidé de prolonger jusqu'au 15 octobre l'ouverture de certains centres d'hébergement temporaire.",
     "drifted (quantifier) in sentence 3: всех пунктов (all the centres) → some of / certains; sentences "
     "1-2 faithful; spans a paragraph break (d3_17, d3_18 | d3_19)", None),
    # partial
    ("q34", L, P, "", ["d4_08"],
     "More than three hundred volunteers have already come from Shatrovsk to help. \"We never heard the "
     "siren; I was woken by a neighbour hammering on the door,\" says pensioner Valentina Gracheva of "
     "Beregovaya Street.",
     "Plus de trois cents bénévoles sont déjà venus de Chatrovsk pour prêter main-forte. « La sirène, on ne "
     "l'a jamais entendue, c'est un voisin qui m'a réveillée en tambourinant à la porte », raconte "
     "Valentina Gratcheva, retraitée de la rue Beregovaïa.",
     "partial: the first sentence (more than three hundred volunteers from Shatrovsk) is in no source; "
     "the second is faithful to d4_08 (так и не = never / jamais)", None),
    ("q35", L, P, "", ["d3_01", "d3_02"],
     "The meeting was chaired by the mayor of Listvyansk, Tatyana Lipatova. It was held at the fire "
     "station, because the ground floor of the town hall had been flooded. Present were the members of "
     "the commission, the regional deputy emergencies minister Viktor Drozdov, the general director of "
     "Listvyansk Hydro, Igor Samarin, and the company's chief engineer, Oleg Bessonov.",
     "La réunion était présidée par la maire de Listviansk, Tatiana Lipatova. Elle s'est tenue à la "
     "caserne des pompiers, le rez-de-chaussée de la mairie ayant été inondé. Étaient présents les membres "
     "de la commission, le vice-ministre régional des Situations d'urgence Viktor Drozdov, le directeur "
     "général de Listvianskaïa GES, Igor Samarine, et l'ingénieur en chef de la société, Oleg Bessonov.",
     "partial: the middle sentence (the meeting was held at the fire station because the town hall was "
     "flooded) is in no source; sentences 1 and 3 faithful to d3_01 and d3_02", None),
    ("q36", L, P, "", ["d2_14"],
     "Residents are being given bottled water free of charge, at six litres per person per day. Two "
     "mobile water-treatment units are also on their way from Shatrovsk.",
     "De l'eau en bouteille est distribuée gratuitement aux habitants, à raison de six litres par personne "
     "et par jour. Deux stations mobiles de traitement de l'eau sont en outre en route depuis Chatrovsk.",
     "partial: the last sentence (two mobile water-treatment units) is in no source; the real next "
     "sentence, d2_15, is about the supply resuming; the first is faithful to d2_14", None),
    # terms
    ("q37", TM, T, "", ["d1_10"], "discharge capacity", "capacité d'évacuation",
     "term «пропускную способность» (accusative; literally passing capacity)", None),
    ("q38", TM, T, "", ["d1_17"], "sounding the alarm", "sonnette d'alarme",
     "term «бью тревогу» (1st person present; literally I beat the alarm), idiom by idiom", None),
    ("q39", TM, T, "", ["d2_03"], "state of emergency", "état d'urgence",
     "term «режим чрезвычайной ситуации» (accusative; literally regime of an emergency situation)", None),
    ("q40", TM, T, "", ["d2_08"], "temporary accommodation centres", "centres d'hébergement temporaire",
     "term «пункта временного размещения» (genitive singular after три; literally points of temporary "
     "placement)", None),
    ("q41", TM, T, "", ["d3_08"], "pre-flood drawdown", "abaissement préventif",
     "term «предпаводковую сработку» (accusative; literally pre-flood working-down of the reservoir)",
     None),
    ("q42", TM, T, "", ["d4_07"], "cobbled together", "à la va-vite",
     "term «на живую нитку» (literally on a live thread, i.e. tacked together), idiom by idiom", None),
    # absent
    ("q43", S, A, "", [],
     "The company will pay every flooded household 20,000 roubles from its own funds within a week.",
     "La société versera sous huit jours vingt mille roubles sur ses fonds propres à chaque foyer "
     "sinistré.",
     "absent: no document mentions a payment by the company itself; resembles d3_10, d3_11 and d2_16",
     "Компания в течение недели выплатит каждой подтопленной семье по двадцать тысяч рублей из "
     "собственных средств."),
    ("q44", S, A, "", [],
     "The governor has ordered a new spillway to be built before next spring's floods.",
     "Le gouverneur a ordonné la construction d'un nouveau déversoir avant la crue du printemps prochain.",
     "absent: no document mentions a new spillway or such an order; resembles d2_03, d3_13 and d3_18",
     "Губернатор поручил построить новый водосброс до весеннего паводка следующего года."),
    ("q45", S, A, "", [],
     "Igor Samarin has been suspended from his post while the prosecutor's inquiry is under way.",
     "Igor Samarine a été suspendu de ses fonctions le temps de l'enquête du parquet.",
     "absent: nobody is suspended; resembles d3_16 and d3_02",
     "На время прокурорской проверки Игорь Самарин отстранён от должности."),
    ("q46", S, A, "", [],
     "Veretennikov said he had warned the company in writing about the cracks in the chute two years ago.",
     "Konstantin Veretennikov affirme avoir averti la société par écrit, il y a deux ans, des fissures du "
     "canal.",
     "absent: the hydrologist says nothing of a written warning; resembles d1_13, d1_17 and d4_15",
     "Веретенников заявил, что ещё два года назад письменно предупреждал компанию о трещинах в лотке."),
    ("q47", S, A, "", [],
     "Schools in the Lower Town will stay closed until 1 November, and their pupils will be taught at "
     "schools in the Upper Town.",
     "Les écoles de la ville basse resteront fermées jusqu'au 1er novembre, et leurs élèves auront cours "
     "dans les écoles de la ville haute.",
     "absent: no document says schools are closed; resembles d2_08 and d3_19",
     "Школы Нижнего города будут закрыты до первого ноября, а их ученики будут заниматься в школах "
     "Верхнего города."),
    ("q48", L, A, "", [],
     "The reservoir will be completely drained by the end of October. Fishing and swimming there are "
     "banned until further notice.",
     "La retenue sera entièrement vidée d'ici à la fin octobre. La pêche et la baignade y sont interdites "
     "jusqu'à nouvel ordre.",
     "absent (2 sentences): no document says the reservoir will be emptied or bans anything; resembles "
     "d1_23, d3_17 and d3_18",
     "К концу октября водохранилище будет полностью спущено. Рыбалка и купание в нём запрещены до "
     "особого распоряжения."),
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
