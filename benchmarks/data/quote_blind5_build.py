#!/usr/bin/env python3
"""Write the quote_blind5 material (standard library only).

Hand-written blind data, 2026-12-06: a fictional governor of "Priozersky krai"
(Viktor Zlobin): a message to the regional assembly, a speech after a flood, a
newspaper interview and an earlier press conference. No project code is used.

Outputs (next to this script):
  quote_blind5.tsv                 id, absent, en, fr, ru   (ru = gold Russian span)
  quote_blind5_labels.tsv          id, kind, expected, drift_kind, note
  quote_blind5_sources.ru.txt      the four Russian documents, in order, with paragraphs
  quote_blind5_distractors.ru.txt  every document sentence that is not inside the gold
                                   span of a present (absent=0) row, one per line
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- documents
# Each document: (doc id, title, list of paragraphs, each a list of (sid, sentence)).
DOCS = [
    ("D1", "Послание губернатора Приозёрского края Виктора Злобина Законодательному собранию, 14 марта 2025 года", [
        [("d1_01", "Уважаемые депутаты, уважаемые жители края!"),
         ("d1_02", "Прошедший год был для Приозёрья трудным, и я не буду делать вид, что это не так."),
         ("d1_03", "Доходы краевого бюджета в 2024 году составили 61,4 миллиарда рублей, что на 7 процентов больше, чем годом ранее."),
         ("d1_04", "При этом расходы росли быстрее доходов, и дефицит мы закрыли только за счёт бюджетных кредитов из федерального центра."),
         ("d1_05", "Я считаю, что жить в долг региону нельзя, и в этом году мы впервые за пять лет сократим государственный долг края.")],
        [("d1_06", "Главной бедой Приозёрья остаётся отток людей."),
         ("d1_07", "За последние десять лет население края уменьшилось на 84 тысячи человек, и больше всего уезжает молодёжь."),
         ("d1_08", "Вероятно, к 2030 году численность жителей опустится ниже 900 тысяч, если мы ничего не изменим."),
         ("d1_09", "Объяснить это одними низкими зарплатами невозможно: люди уезжают оттуда, где нет ни дорог, ни больниц, ни работы."),
         ("d1_10", "Социологи называют это «ловушкой малых городов»: чем меньше людей остаётся, тем дороже обходится каждая школа и каждая котельная."),
         ("d1_11", "Поэтому программа «Свой дом на Ладве» будет продлена ещё на три года."),
         ("d1_12", "С 2021 года по ней жильё получили 2 300 молодых семей, и почти две трети из них остались работать в районах.")],
        [("d1_13", "Теперь о дорогах."),
         ("d1_14", "В 2024 году мы отремонтировали 412 километров региональных трасс — больше, чем за два предыдущих года вместе взятых."),
         ("d1_15", "Мост через Ладву у Кряжева будет построен к осени 2026 года, и никаких переносов сроков я больше не допущу."),
         ("d1_16", "Подрядчик уже получил аванс, а первые опоры поставлены ещё в декабре."),
         ("d1_17", "Те, кто срывает сроки, будут отвечать лично, вне зависимости от должностей и прежних заслуг.")],
        [("d1_18", "Отдельно скажу о здравоохранении."),
         ("d1_19", "Ни одна сельская больница в крае не будет закрыта, пока я работаю губернатором."),
         ("d1_20", "Мы сохраним все фельдшерско-акушерские пункты, а в самых отдалённых сёлах появятся выездные бригады."),
         ("d1_21", "Министру здравоохранения Олегу Ведерникову поручено до 1 июня представить план по кадрам."),
         ("d1_22", "Врачей в районах не хватает: сегодня у нас открыто 318 вакансий, и большинство из них — в сельской местности.")],
        [("d1_23", "Некоторые называют наш край «уходящей землёй»."),
         ("d1_24", "Я с этим не согласен."),
         ("d1_25", "Приозёрье — часть Великой России, и у него есть будущее, если мы сами в него поверим."),
         ("d1_26", "Спасибо за внимание.")],
    ]),
    ("D2", "Выступление губернатора Виктора Злобина на выездном совещании по итогам паводка, Устьмолог, 22 мая 2025 года", [
        [("d2_01", "Коллеги, паводок этого года стал самым сильным за последние полвека."),
         ("d2_02", "Вода стояла в Устьмологе больше месяца, и подтопленными оказались 1 260 жилых домов."),
         ("d2_03", "Ни дамба, ни насосные станции с таким объёмом воды справиться не смогли."),
         ("d2_04", "Погибших, к счастью, нет, но люди потеряли имущество, а многие — и жильё."),
         ("d2_05", "Я благодарю спасателей, волонтёров и всех, кто не остался в стороне.")],
        [("d2_06", "Теперь о выплатах."),
         ("d2_07", "Все пострадавшие семьи получат единовременную помощь в размере 50 тысяч рублей на человека."),
         ("d2_08", "Тем, чьи дома признаны непригодными для жизни, мы предоставим новое жильё или жилищные сертификаты до конца года."),
         ("d2_09", "Глава Устьмолога Геннадий Пахомов отвечает за то, чтобы списки пострадавших были готовы к 1 июня."),
         ("d2_10", "Если кого-то забудут включить в списки, спрашивать я буду с него.")],
        [("d2_11", "Скажу прямо: дамба, построенная в 1987 году, своё отслужила."),
         ("d2_12", "Восстанавливать её в прежнем виде бессмысленно, городу нужна новая система защиты."),
         ("d2_13", "Проект обойдётся примерно в 3,2 миллиарда рублей, и без поддержки федерального бюджета нам его не осилить."),
         ("d2_14", "Заявку в МЧС мы направим уже в июне.")],
        [("d2_15", "Я слышал разговоры о том, что Устьмолог проще переселить, чем защищать."),
         ("d2_16", "Этого не будет."),
         ("d2_17", "Город стоит на Ладве четыреста лет и будет стоять дальше.")],
    ]),
    ("D3", "Интервью губернатора Приозёрского края Виктора Злобина газете «Северный вестник», 9 сентября 2025 года", [
        [("d3_01", "Губернатор Приозёрского края Виктор Злобин — «Северному вестнику»: «Я с Москвой не ругаюсь, я с ней договариваюсь»."),],
        [("d3_02", "— Виктор Родионович, вас часто называют «хозяйственником без политики»."),
         ("d3_03", "Вы с этим согласны?")],
        [("d3_04", "— Я не обижаюсь."),
         ("d3_05", "Мне действительно ближе трубы, дороги и котельные, чем телевизионные споры."),
         ("d3_06", "Но без политики в губернаторском кресле не обойтись: любое решение о деньгах — это политика.")],
        [("d3_07", "— В крае до сих пор не газифицированы десятки сёл."),
         ("d3_08", "Когда туда придёт газ?")],
        [("d3_09", "— Честно скажу: в ближайшие два года газ получат только 46 сёл из тех, что стоят в очереди."),
         ("d3_10", "Остальным придётся подождать до 2029 года, быстрее трубу не протянуть."),
         ("d3_11", "Я понимаю, что людям это слышать обидно."),
         ("d3_12", "Но я лучше скажу правду, чем пообещаю то, чего не смогу выполнить.")],
        [("d3_13", "— В соцсетях вас критикуют так называемые «национал-патриоты»."),
         ("d3_14", "Они считают, что вы слишком мягки с Москвой.")],
        [("d3_15", "— Пусть говорят."),
         ("d3_16", "Эти «национал-патриоты» обычно живут не в Приозёрье, и о наших котельных знают только из интернета."),
         ("d3_17", "Я с Москвой не ругаюсь, я с ней договариваюсь, и за три года край получил на 19 миллиардов рублей больше федеральных денег, чем раньше."),
         ("d3_18", "Это и есть моя политика.")],
        [("d3_19", "— Как вы относитесь к идее «нового русского мира», о которой сейчас много пишут?")],
        [("d3_20", "— Я человек практический."),
         ("d3_21", "Для меня русский мир начинается с того, что в деревне горит свет и работает школа."),
         ("d3_22", "Если в Кряжеве закроют последнюю школу, никакие громкие слова её не заменят.")],
        [("d3_23", "— Говорят, что вы собираетесь в Москву, на федеральную должность.")],
        [("d3_24", "— Никуда я не собираюсь."),
         ("d3_25", "Мой срок истекает в 2028 году, и я намерен доработать его до конца."),
         ("d3_26", "Вероятно, потом я вообще уйду из политики и займусь садом."),
         ("d3_27", "Но говорить об этом пока рано.")],
        [("d3_28", "— Что было для вас самым тяжёлым за эти годы?")],
        [("d3_29", "— Паводок в Устьмологе."),
         ("d3_30", "Я видел, как люди стоят на крышах своих домов, и никогда этого не забуду."),
         ("d3_31", "Тогда я понял, что губернатор не может руководить из кабинета."),
         ("d3_32", "Теперь половину рабочего времени я провожу в районах.")],
        [("d3_33", "— Вашего вице-губернатора Ирину Каштанову называют вашим преемником."),
         ("d3_34", "Это так?")],
        [("d3_35", "— Ирина Каштанова — сильный управленец, она ведёт программу «Свой дом на Ладве» с первого дня."),
         ("d3_36", "Но назначать преемников — не моё дело, это решат жители края на выборах."),
         ("d3_37", "Я никого продвигать не буду.")],
    ]),
    ("D4", "Пресс-конференция губернатора Виктора Злобина по итогам 2024 года, 19 декабря 2024 года", [
        [("d4_01", "Добрый день, коллеги, спасибо, что пришли."),
         ("d4_02", "Год для края выдался непростым, но основные обязательства мы выполнили."),
         ("d4_03", "Доходы бюджета, по предварительным данным, превысят 60 миллиардов рублей, хотя окончательные цифры будут только весной."),
         ("d4_04", "Лесная отрасль по-прежнему даёт краю почти треть налоговых поступлений.")],
        [("d4_05", "Мост через Ладву у Кряжева мы рассчитывали сдать в 2025 году, но подрядчик сорвал график."),
         ("d4_06", "Я не исключаю, что сроки сдвинутся ещё на год."),
         ("d4_07", "С подрядчиком мы будем разговаривать жёстко.")],
        [("d4_08", "Что касается больниц, часть сельских стационаров, возможно, придётся перепрофилировать в амбулатории."),
         ("d4_09", "Решение будем принимать вместе с жителями, а не за их спиной.")],
        [("d4_10", "Аэропорт в Белогорске в ближайшие годы мы открыть не сможем: на ремонт взлётной полосы нужно больше миллиарда рублей."),
         ("d4_11", "Пока мы субсидируем автобусные рейсы до областного центра.")],
        [("d4_12", "Население края за восемь лет сократилось почти на 60 тысяч человек."),
         ("d4_13", "Остановить этот процесс за один год невозможно, но замедлить его мы обязаны."),
         ("d4_14", "Молодые семьи в районах будут и дальше получать жильё по программе «Свой дом на Ладве».")],
    ]),
]

# ---------------------------------------------------------------- quotations
# (id, kind, expected, drift_kind, source sentence ids (gold span) or None,
#  absent Russian text or None, en, fr, note)
ROWS = [
    # --- single sentences: faithful
    ("q01", "sentence", "faithful", "", ["d1_14"], None,
     "In 2024 we repaired 412 kilometres of regional highways – more than in the previous two years put together.",
     "En 2024, nous avons remis en état 412 kilomètres de routes régionales, soit plus qu'au cours des deux années précédentes réunies.",
     "faithful; dash clause rendered with an en dash"),
    ("q02", "sentence", "faithful", "", ["d1_17"], None,
     "Those who miss deadlines will answer for it personally, whatever their position and whatever their past merits.",
     "Ceux qui ne respectent pas les délais en répondront personnellement, quels que soient leur poste et leurs mérites passés.",
     "faithful; вне зависимости от должностей и прежних заслуг = whatever their position and past merits"),
    ("q03", "sentence", "faithful", "", ["d1_09"], None,
     "This cannot be explained by low wages alone: people leave places where there are no roads, no hospitals and no work.",
     "On ne peut pas expliquer cela par les seuls bas salaires : les gens quittent les endroits où il n'y a ni routes, ni hôpitaux, ni travail.",
     "faithful; one-word negation невозможно rendered 'cannot be explained'; ни...ни...ни rendered 'no ..., no ... and no ...'"),
    ("q04", "sentence", "faithful", "", ["d2_17"], None,
     "The town has stood on the Ladva for four hundred years, and it will go on standing.",
     "La ville se dresse sur la Ladva depuis quatre cents ans et elle continuera de s'y dresser.",
     "faithful; на Ладве (prepositional) = on the Ladva"),
    ("q05", "sentence", "faithful", "", ["d3_31"], None,
     "That was when I understood that a governor cannot run things from his office.",
     "C'est alors que j'ai compris qu'un gouverneur ne peut pas diriger depuis son bureau.",
     "faithful; руководить из кабинета = run things from his office"),
    ("q06", "sentence", "faithful", "", ["d1_16"], None,
     "The contractor has already received an advance, and the first piers were put up back in December.",
     "L'entrepreneur a déjà reçu une avance, et les premières piles ont été posées dès décembre.",
     "faithful; ещё в декабре = back in December"),
    # --- single sentences: one planted drift
    ("q07", "sentence", "drifted", "numbers", ["d1_07"], None,
     "Over the past ten years the region's population has shrunk by 48,000, and it is young people above all who are leaving.",
     "Au cours des dix dernières années, la population de la région a diminué de 48 000 personnes, et ce sont surtout les jeunes qui partent.",
     "84 тысячи (84,000) -> 48,000 (digits swapped)"),
    ("q08", "sentence", "drifted", "names", ["d1_21"], None,
     "Health Minister Igor Vedernikov has been instructed to submit a staffing plan by 1 June.",
     "Le ministre de la Santé, Igor Vedernikov, est chargé de présenter d'ici au 1er juin un plan de recrutement.",
     "first name Олегу (Oleg, dative) -> Igor; surname kept"),
    ("q09", "sentence", "drifted", "names", ["d1_15"], None,
     "The bridge across the Ladva at Sosnovka will be built by the autumn of 2026, and I will not allow any more postponements.",
     "Le pont sur la Ladva près de Sosnovka sera construit d'ici à l'automne 2026, et je ne tolérerai plus aucun report.",
     "place у Кряжева (at Kryazhevo, genitive) -> at Sosnovka"),
    ("q10", "sentence", "drifted", "negation", ["d1_05"], None,
     "I believe a region can live on borrowed money, and this year, for the first time in five years, we will reduce the region's public debt.",
     "J'estime qu'une région peut vivre à crédit, et cette année, pour la première fois depuis cinq ans, nous réduirons la dette publique de la région.",
     "one-word negation нельзя (must not / cannot) flipped to 'can'"),
    ("q11", "sentence", "drifted", "negation", ["d2_03"], None,
     "The dam could not cope with such a volume of water, but the pumping stations could.",
     "La digue n'a pas pu faire face à un tel volume d'eau, mais les stations de pompage, si.",
     "ни дамба, ни насосные станции ... не смогли (neither ... nor could) -> the pumping stations could; negation dropped for the second member"),
    ("q12", "sentence", "drifted", "omission", ["d1_19"], None,
     "Not a single rural hospital in the region will be closed.",
     "Aucun hôpital rural de la région ne sera fermé.",
     "restriction dropped: 'пока я работаю губернатором' (while I am governor)"),
    ("q13", "sentence", "drifted", "hedge", ["d1_08"], None,
     "By 2030 the number of inhabitants will fall below 900,000 if we change nothing.",
     "D'ici à 2030, le nombre d'habitants passera sous la barre des 900 000 si nous ne changeons rien.",
     "hedge 'Вероятно' (probably) dropped: forecast turned into certainty"),
    ("q14", "sentence", "drifted", "quantifier", ["d2_02"], None,
     "The water stood in Ust-Molog for a month, and 1,260 homes were flooded.",
     "L'eau est restée un mois à Oust-Molog, et 1 260 maisons ont été inondées.",
     "больше месяца (more than a month) -> for a month"),
    ("q15", "sentence", "drifted", "quantifier", ["d2_07"], None,
     "Most of the affected families will receive a one-off payment of 50,000 roubles per person.",
     "La plupart des familles sinistrées recevront une aide ponctuelle de 50 000 roubles par personne.",
     "Все (all) -> Most"),
    ("q16", "sentence", "drifted", "addition", ["d3_32"], None,
     "I now spend half my working time in the districts, most of it in the flooded ones.",
     "Je passe désormais la moitié de mon temps de travail dans les districts, surtout dans ceux qui ont été inondés.",
     "added 'most of it in the flooded ones' (not in source)"),
    # --- long quotations: faithful
    ("q17", "long", "faithful", "", ["d3_09", "d3_10", "d3_11", "d3_12"], None,
     "To be honest, over the next two years only 46 of the villages on the waiting list will get gas. The rest will have to wait until 2029 – the pipe cannot be laid any faster. I understand that this is painful for people to hear. But I would rather tell the truth than promise something I cannot deliver.",
     "Pour être honnête, dans les deux ans qui viennent, seuls 46 des villages en attente recevront le gaz. Les autres devront attendre jusqu'en 2029 : on ne peut pas poser la conduite plus vite. Je comprends que ce soit dur à entendre pour les gens. Mais je préfère dire la vérité plutôt que promettre ce que je ne pourrai pas tenir.",
     "4 adjacent sentences of one interview answer, faithful; не протянуть rendered 'cannot be laid'"),
    ("q18", "long", "faithful", "", ["d2_11", "d2_13"], None,
     "Let me be blunt: the dam built in 1987 has had its day. (…) The project will cost about 3.2 billion roubles, and without help from the federal budget we cannot manage it.",
     "Je le dis franchement : la digue construite en 1987 a fait son temps. (…) Le projet coûtera environ 3,2 milliards de roubles, et sans l'aide du budget fédéral nous n'y arriverons pas.",
     "ellipsis (…) skips d2_12 (Восстанавливать её в прежнем виде бессмысленно...); faithful; примерно kept as 'about'"),
    ("q19", "long", "faithful", "", ["d1_22", "d1_23", "d1_24", "d1_25"], None,
     "There are not enough doctors in the districts: today we have 318 vacancies, most of them in the countryside. Some people call our region “a vanishing land”. I do not agree. Priozerye is part of Great Russia, and it has a future if we ourselves believe in it.",
     "Il manque de médecins dans les districts : nous avons aujourd'hui 318 postes vacants, dont la plupart à la campagne. Certains qualifient notre région de « terre qui s'en va ». Je ne suis pas d'accord. Le Priozerié fait partie de la Grande Russie, et il a un avenir si nous-mêmes y croyons.",
     "spans the paragraph break between d1_22 and d1_23; faithful; Великой России (genitive) = Great Russia"),
    ("q20", "long", "drifted", "omission", ["d2_08", "d2_09", "d2_10"], None,
     "Those whose homes have been declared unfit to live in will be given new housing or housing certificates by the end of the year. The head of Ust-Molog, Gennady Pakhomov, is responsible for making sure the lists of victims are ready. If anyone is left off the lists, he is the one I will hold to account.",
     "Ceux dont la maison a été déclarée inhabitable recevront un nouveau logement ou des certificats de logement d'ici à la fin de l'année. Le maire d'Oust-Molog, Guennadi Pakhomov, est chargé de veiller à ce que les listes des sinistrés soient prêtes. Si quelqu'un est oublié sur les listes, c'est à lui que j'en demanderai compte.",
     "sentence 2 drops the deadline 'к 1 июня' (by 1 June); sentences 1 and 3 faithful"),
    ("q21", "long", "faithful", "", ["d3_15", "d3_17"], None,
     "Let them talk. […] I don't quarrel with Moscow, I negotiate with it, and over three years the region has received 19 billion roubles more in federal money than before.",
     "Qu'ils parlent. […] Je ne me dispute pas avec Moscou, je négocie avec elle, et en trois ans la région a reçu 19 milliards de roubles de fonds fédéraux de plus qu'auparavant.",
     "ellipsis […] skips d3_16; faithful (d3_01 headline repeats the first clause of d3_17)"),
    ("q22", "long", "faithful", "", ["d1_11", "d1_12"], None,
     "That is why the Home on the Ladva programme will be extended for another three years. Since 2021, 2,300 young families have been housed under it, and almost two-thirds of them have stayed on to work in the districts.",
     "C'est pourquoi le programme « Un chez-soi sur la Ladva » sera prolongé de trois ans. Depuis 2021, 2 300 jeunes familles ont été logées grâce à lui, et près des deux tiers d'entre elles sont restées travailler dans les districts.",
     "2 adjacent sentences, faithful; programme title «Свой дом на Ладве» rendered 'Home on the Ladva'"),
    ("q23", "long", "drifted", "hedge", ["d3_24", "d3_25", "d3_26"], None,
     "I'm not going anywhere. My term ends in 2028, and I intend to serve it to the end. After that I will leave politics altogether and take up gardening.",
     "Je ne vais nulle part. Mon mandat s'achève en 2028 et j'ai l'intention de le mener à son terme. Ensuite, je quitterai complètement la politique et je m'occuperai de mon jardin.",
     "sentence 3 drops 'Вероятно' (probably); sentences 1-2 faithful (Никуда я не собираюсь = I'm not going anywhere)"),
    ("q24", "long", "drifted", "numbers", ["d1_03", "d1_04"], None,
     "Regional budget revenue came to 61.4 billion roubles in 2024, 9 percent more than the year before. Spending, however, grew faster than revenue, and we were able to close the deficit only with budget loans from the federal centre.",
     "En 2024, les recettes du budget régional se sont élevées à 61,4 milliards de roubles, soit 9 % de plus que l'année précédente. Les dépenses ont toutefois augmenté plus vite que les recettes, et nous n'avons pu combler le déficit que grâce à des crédits budgétaires du centre fédéral.",
     "sentence 1: 7 процентов -> 9 percent; 61,4 kept; sentence 2 faithful"),
    ("q25", "long", "drifted", "negation", ["d2_14", "d2_15", "d2_16"], None,
     "We will send our application to the Emergencies Ministry as early as June. I have heard talk that it would be easier to resettle Ust-Molog than to protect it. That is what will happen.",
     "Nous enverrons notre demande au ministère des Situations d'urgence dès juin. J'ai entendu dire qu'il serait plus simple de déplacer Oust-Molog que de la protéger. C'est ce qui va se passer.",
     "spans the paragraph break between d2_14 and d2_15; sentence 3 'Этого не будет' (That will not happen) flipped to 'That is what will happen'"),
    ("q26", "long", "faithful", "", ["d3_04", "d3_05", "d3_06"], None,
     "I don't take offence. It is true that pipes, roads and boiler houses are closer to my heart than television debates. But you cannot sit in a governor's chair without politics: every decision about money is politics.",
     "Je ne m'en offusque pas. C'est vrai que les canalisations, les routes et les chaufferies me parlent davantage que les débats télévisés. Mais dans le fauteuil de gouverneur, on ne peut pas se passer de politique : toute décision sur l'argent est politique.",
     "3 adjacent sentences, faithful; не обойтись rendered 'you cannot ... without'"),
    # --- long quotations: partial (one sentence not in any source)
    ("q27", "long", "partial", "", ["d3_29", "d3_30"], None,
     "The flood in Ust-Molog. I saw people standing on the roofs of their houses, and I will never forget it. I spent three nights in the town with the rescuers myself.",
     "La crue à Oust-Molog. J'ai vu des gens debout sur les toits de leurs maisons, et je ne l'oublierai jamais. J'ai moi-même passé trois nuits en ville avec les secouristes.",
     "sentences 1-2 faithful to d3_29-d3_30; sentence 3 (three nights with the rescuers) is in no source"),
    ("q28", "long", "partial", "", ["d1_20"], None,
     "We will keep all the paramedic and midwife stations, and mobile teams will be set up in the most remote villages. Each team will include a doctor and two nurses.",
     "Nous conserverons tous les postes ruraux de sages-femmes et d'auxiliaires médicaux, et des équipes mobiles seront créées dans les villages les plus isolés. Chaque équipe comprendra un médecin et deux infirmières.",
     "sentence 1 faithful to d1_20 (фельдшерско-акушерские пункты); sentence 2 (a doctor and two nurses) is in no source"),
    ("q29", "long", "partial", "", ["d3_20", "d3_21"], None,
     "I am a practical man. The ideologists in Moscow can write whatever they like. For me, the Russian world begins with the lights being on in the village and the school being open.",
     "Je suis un homme pragmatique. Les idéologues de Moscou peuvent écrire ce qu'ils veulent. Pour moi, le monde russe commence quand la lumière brille au village et que l'école fonctionne.",
     "sentences 1 and 3 faithful to d3_20, d3_21; middle sentence (ideologists in Moscow) is in no source"),
    # --- scare-quoted terms (en/fr hold the term only; ru = first sentence containing it)
    ("q30", "term", "term", "", ["d1_23"], None, "a vanishing land", "terre qui s'en va",
     "ru term «уходящей землёй» (instrumental of уходящая земля)"),
    ("q31", "term", "term", "", ["d1_25"], None, "Great Russia", "Grande Russie",
     "ru term Великой России (genitive of Великая Россия)"),
    ("q32", "term", "term", "", ["d1_10"], None, "the small-town trap", "piège des petites villes",
     "ru term «ловушкой малых городов» (instrumental)"),
    ("q33", "term", "term", "", ["d1_11"], None, "Home on the Ladva", "Un chez-soi sur la Ladva",
     "programme title «Свой дом на Ладве»; also in d3_35 and d4_14"),
    ("q34", "term", "term", "", ["d3_02"], None, "a manager without politics", "gestionnaire sans politique",
     "ru term «хозяйственником без политики» (instrumental); used by the interviewer"),
    ("q35", "term", "term", "", ["d3_13"], None, "national-patriots", "nationaux-patriotes",
     "ru term «национал-патриоты»; also in d3_16"),
    ("q36", "term", "term", "", ["d3_19"], None, "the new Russian world", "nouveau monde russe",
     "ru term «нового русского мира» (genitive); d3_21 has 'русский мир' without 'новый'"),
    ("q37", "term", "term", "", ["d3_01"], None, "Northern Herald", "Messager du Nord",
     "newspaper title «Северному вестнику» (dative) in the headline; nominative «Северный вестник» only in the document title line"),
    # --- absent (the ru text is in no document)
    ("q38", "sentence", "absent", "", None,
     "За ближайшие пять лет новый деревообрабатывающий комбинат в Кряжеве принесёт краевому бюджету около 3 миллиардов рублей.",
     "Over the next five years the new wood-processing plant in Kryazhevo will bring the regional budget about 3 billion roubles.",
     "Au cours des cinq prochaines années, le nouveau combinat de transformation du bois de Kriajevo rapportera environ 3 milliards de roubles au budget régional.",
     "absent; resembles budget sentences d1_03, d4_03, d4_04 (timber share of taxes)"),
    ("q39", "sentence", "absent", "", None,
     "Ни одна школа в крае не будет закрыта, что бы ни решили в министерстве в Москве.",
     "Not a single school in the region will be closed, whatever the ministry in Moscow decides.",
     "Aucune école de la région ne sera fermée, quoi que décide le ministère à Moscou.",
     "absent; resembles d1_19 (no rural hospital will be closed) and d3_22 (last school in Kryazhevo)"),
    ("q40", "sentence", "absent", "", None,
     "Вода в Устьмологе уже начала спадать, и первые семьи возвращаются в свои дома.",
     "The water in Ust-Molog has already started to go down, and the first families are returning to their homes.",
     "À Oust-Molog, l'eau a déjà commencé à baisser et les premières familles regagnent leurs maisons.",
     "absent; resembles d2_02 (water stood in Ust-Molog more than a month)"),
    ("q41", "sentence", "absent", "", None,
     "Я убеждён, что аэропорт в Белогорске должен возобновить пассажирские рейсы к следующему лету.",
     "I am convinced that the airport in Belogorsk must resume passenger flights by next summer.",
     "Je suis convaincu que l'aéroport de Belogorsk doit reprendre les vols de passagers d'ici à l'été prochain.",
     "absent; near-miss d4_10 says the Belogorsk airport cannot reopen in the coming years"),
    ("q42", "sentence", "absent", "", None,
     "Ирина Каштанова возглавит штаб по ликвидации последствий паводка, пока не будут произведены все выплаты.",
     "Irina Kashtanova will head the flood-relief headquarters until every payment has been made.",
     "Irina Kachtanova dirigera la cellule de gestion des suites de la crue jusqu'à ce que toutes les aides aient été versées.",
     "absent; same person as d3_35 and same topic as d2_07-d2_09"),
    ("q43", "long", "absent", "", None,
     "Лес — основа нашей экономики. Каждое третье рабочее место в крае так или иначе зависит от леса, и закрыться лесопилкам мы не дадим.",
     "Timber is the backbone of our economy. Every third job in the region depends on the forest one way or another, and we will not let the sawmills close.",
     "Le bois est le pilier de notre économie. Un emploi sur trois dans la région dépend d'une manière ou d'une autre de la forêt, et nous ne laisserons pas les scieries fermer.",
     "absent, 2 sentences; near-miss d4_04 (forestry gives almost a third of tax revenue, not of jobs)"),
]


def main() -> None:
    sent = {}
    order = []
    for _doc, _title, paras in DOCS:
        for para in paras:
            for sid, text in para:
                assert sid not in sent, sid
                sent[sid] = text
                order.append(sid)

    used = set()  # sentences inside the gold span of a present row
    tsv = ["id\tabsent\ten\tfr\tru"]
    labels = ["id\tkind\texpected\tdrift_kind\tnote"]
    for rid, kind, expected, drift, sids, absent_ru, en, fr, note in ROWS:
        if sids is None:
            ru, absent = absent_ru, 1
        else:
            ru, absent = " ".join(sent[s] for s in sids), 0
            used.update(sids)
            note = f"{note} [src {','.join(sids)}]"
        for field in (rid, en, fr, ru, note):
            assert "\t" not in field and "\n" not in field, rid
        tsv.append(f"{rid}\t{absent}\t{en}\t{fr}\t{ru}")
        labels.append(f"{rid}\t{kind}\t{expected}\t{drift}\t{note}")

    (HERE / "quote_blind5.tsv").write_text("\n".join(tsv) + "\n", encoding="utf-8")
    (HERE / "quote_blind5_labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    distractors = [sent[s] for s in order if s not in used]
    (HERE / "quote_blind5_distractors.ru.txt").write_text("\n".join(distractors) + "\n", encoding="utf-8")

    out = []
    for doc, title, paras in DOCS:
        out.append(f"### {doc}: {title}")
        out.append("")
        for para in paras:
            out.append(" ".join(text for _sid, text in para))
            out.append("")
    (HERE / "quote_blind5_sources.ru.txt").write_text("\n".join(out), encoding="utf-8")
    print(f"{len(ROWS)} rows, {len(order)} document sentences, {len(distractors)} distractor lines")


if __name__ == "__main__":
    main()
