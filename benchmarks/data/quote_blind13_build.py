"""Build the blind quotation set quote_blind13 from one table (standard library only).

Story: a night fire at the main depot of the municipal bus company of Lesnogorsk destroys almost
half of the city's buses. Four Russian source documents (D1 an interview with the company's
director, D2 the city administration's statement, D3 an extract from the minutes of a city-duma
public-safety commission hearing, D4 a commuter's social-media post, the near-miss document) and
48 English / French quotations. Sentence ids (d1_04) are defined here: they number the sentences
of each document from 01, in order, titles not counted.

    .venv/bin/python benchmarks/data/quote_blind13_build.py

writes quote_blind13.tsv, quote_blind13_labels.tsv, quote_blind13_sources.ru.txt and
quote_blind13_distractors.ru.txt next to this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind13"

# --- the four source documents: (name, title, paragraphs); a paragraph is a list of sentences ----

DOCS = [
    ("D1", "Интервью директора муниципального предприятия «Лесногорский автобусный парк» Виктора "
           "Самойлова газете «Лесногорский вестник», 20 ноября 2026 года", [
        ["В ночь на восемнадцатое ноября в главном депо муниципального предприятия «Лесногорский "
         "автобусный парк» произошёл пожар, уничтоживший почти половину городских автобусов.",
         "Директор предприятия Виктор Самойлов рассказал нашей газете, что случилось той ночью и как "
         "город будет обходиться без автобусов."],
        ["— Виктор Андреевич, сколько машин вы потеряли?"],
        ["— Сгорели сорок четыре автобуса, ещё пять серьёзно повреждены.",
         "Всего в депо в ту ночь стояли девяносто шесть машин, то есть огонь забрал почти половину парка.",
         "Для города это удар под дых, другого слова я не подберу."],
        ["— Как начался пожар?"],
        ["— Огонь появился около трёх часов ночи в ремонтном боксе, откуда быстро перекинулся на стоянку.",
         "Сторож сразу вызвал пожарных и успел выгнать из соседнего ангара шесть автобусов.",
         "Причину будут устанавливать эксперты, и на это уйдёт больше месяца."],
        ["— Говорят, пожарная сигнализация на стоянке не работала."],
        ["— Да, это так, и скрывать я этого не буду.",
         "Сигнализация в зале стоянки вышла из строя ещё весной, и на её замену нужно было восемнадцать "
         "миллионов рублей.",
         "Мы дважды просили эти деньги у города, в прошлом году и в этом, и оба раза получили отказ.",
         "Это не снимает с меня ответственности, но и делать из меня единственного виноватого нельзя."],
        ["— Были ли машины застрахованы?"],
        ["— Из сгоревших автобусов застрахованы были только двадцать шесть.",
         "Ущерб мы пока оцениваем примерно в один миллиард триста миллионов рублей.",
         "Страховка покроет в лучшем случае треть этой суммы."],
        ["— Что будет с водителями?"],
        ["— Ни один водитель не потеряет работу.",
         "Часть людей пересядет на арендованные автобусы, остальных мы временно переведём в ремонтные "
         "бригады с сохранением зарплаты.",
         "Сокращать людей, которые той ночью сами бросились спасать машины, было бы подлостью."],
        ["— Когда город вернётся к нормальному расписанию?"],
        ["— Если всё пойдёт по плану, к весне.",
         "Но чудес не бывает: ближайшие месяцы людям придётся ездить в тесноте и ждать на остановках "
         "дольше обычного.",
         "Я прошу у лесногорцев прощения и терпения."],
    ]),
    ("D2", "Заявление администрации города Лесногорска, 19 ноября 2026 года", [
        ["Администрация города Лесногорска сообщает, что в результате пожара в депо муниципального "
         "предприятия «Лесногорский автобусный парк» никто не пострадал.",
         "Огонь уничтожил сорок четыре автобуса и повредил ещё пять."],
        ["Пожарные прибыли на место через девять минут после вызова.",
         "В тушении участвовали семьдесят человек и восемнадцать единиц техники.",
         "Возгорание было локализовано через три часа и полностью ликвидировано к девяти утра."],
        ["С девятнадцатого ноября движение по восьми из двадцати трёх городских маршрутов временно "
         "приостановлено.",
         "На остальных маршрутах интервалы движения увеличены с десяти до двадцати пяти минут.",
         "Маршрут номер двенадцать, связывающий микрорайон Заозёрный с промышленной зоной, сохраняется, но "
         "автобусы по нему будут ходить каждые сорок минут."],
        ["Администрация заключила договоры с частными перевозчиками и соседним Кедровском об аренде "
         "тридцати пяти автобусов сроком на три месяца.",
         "Первые арендованные машины выйдут на линии уже в понедельник.",
         "Проездные билеты и транспортные карты будут действовать во всех арендованных автобусах.",
         "Стоимость проезда не изменится."],
        ["Глава города Игорь Дементьев обратился к правительству области с просьбой выделить средства на "
         "покупку двадцати новых автобусов.",
         "В случае положительного решения первые машины могут поступить в город не раньше весны."],
        ["По факту пожара следственные органы возбудили уголовное дело о нарушении требований пожарной "
         "безопасности.",
         "Администрация окажет следствию всё необходимое содействие.",
         "До окончания проверки делать выводы о виновных преждевременно."],
        ["Администрация просит жителей по возможности избегать поездок в часы пик и заранее планировать "
         "время в пути.",
         "Актуальное расписание публикуется на официальном сайте администрации и обновляется ежедневно.",
         "Администрация благодарит пожарных и сотрудников автопарка, которые в ту ночь не дали огню "
         "добраться до топливного склада."],
    ]),
    ("D3", "Выписка из протокола заседания комиссии городской думы Лесногорска по общественной "
           "безопасности, 24 ноября 2026 года", [
        ["Заседание вёл председатель комиссии Тимур Хабибуллин.",
         "Присутствовали шесть членов комиссии, начальник отдела надзорной деятельности областного "
         "управления МЧС Сергей Голубев, директор МУП «Лесногорский автобусный парк» Виктор Самойлов и "
         "заместитель главы города по транспорту Лариса Кравец."],
        ["Сергей Голубев сообщил, что в апреле 2026 года инспекторы провели в депо плановую проверку и "
         "выявили одиннадцать нарушений требований пожарной безопасности.",
         "Среди них были неисправная автоматическая пожарная сигнализация в зале стоянки и загромождённые "
         "эвакуационные выходы.",
         "Срок устранения нарушений истёк первого октября, но к моменту пожара были устранены только семь "
         "из одиннадцати.",
         "По предварительной версии, пожар начался из-за короткого замыкания в электрическом щите "
         "ремонтного бокса.",
         "Голубев подчеркнул, что окончательные выводы сделает пожарно-техническая экспертиза."],
        ["Виктор Самойлов заявил, что предприятие дважды обращалось в администрацию за деньгами на новую "
         "сигнализацию.",
         "Лариса Кравец возразила, что в администрацию поступило только одно обращение, в августе, и оно "
         "рассматривалось при подготовке бюджета на следующий год.",
         "По её словам, ни одно из двух других депо города серьёзных нарушений при последней проверке не "
         "имело."],
        ["Кравец сообщила, что арендованные автобусы закрывают примерно две трети выпавших рейсов.",
         "Она признала, что в утренние часы пик на маршрутах в Заозёрный и промышленную зону автобусы "
         "переполнены.",
         "Администрация рассматривает возможность пустить туда дополнительные рейсы за счёт служебного "
         "транспорта предприятий."],
        ["Член комиссии Вера Лукина предложила отстранить директора автопарка от должности до окончания "
         "расследования.",
         "Председатель комиссии возразил, что такое решение не входит в полномочия комиссии.",
         "Предложение Лукиной на голосование не ставилось."],
        ["Комиссия решила рекомендовать администрации в течение месяца провести внеплановую проверку "
         "пожарной безопасности двух других автобусных депо.",
         "Администрации также рекомендовано до конца года выделить средства на ремонт сигнализации во всех "
         "депо, а до тех пор организовать в них круглосуточное дежурство.",
         "Предприятию рекомендовано к первому декабря представить план устранения оставшихся нарушений."],
        ["Решение принято пятью голосами при одном воздержавшемся.",
         "Лукина, воздержавшаяся при голосовании, назвала рекомендации комиссии полумерами.",
         "Следующее заседание комиссии по этому вопросу назначено на пятнадцатое декабря."],
    ]),
    ("D4", "Пост жительницы микрорайона Заозёрный Ольги Ветровой в социальной сети, 25 ноября 2026 года", [
        ["Неделю живём без нормальных автобусов, и я уже не знаю, смеяться или плакать.",
         "В Лесногорске сгорело больше половины всех автобусов, штук пятьдесят с лишним.",
         "Говорят, пожарные ехали почти час, хотя депо в двух шагах от пожарной части."],
        ["Сигнализация там, оказывается, не работала годами.",
         "Чиновники, как водится, разводят руками и кивают друг на друга."],
        ["Наш двенадцатый маршрут вообще отменили, а до фабрики теперь приходится добираться с двумя "
         "пересадками.",
         "Автобусы, которые всё-таки ходят, приходят раз в час, и влезть в них утром невозможно.",
         "Позавчера я простояла на остановке на морозе сорок минут и опоздала на смену."],
        ["В администрации пообещали, что новые автобусы будут уже к Новому году.",
         "Ещё говорят, что проезд скоро подорожает, чтобы покрыть убытки.",
         "А водителей, по слухам, сократят чуть ли не половину."],
        ["Я девять лет работаю кладовщицей на мебельной фабрике, и никогда ещё дорога на работу не была "
         "таким мучением.",
         "Депутаты собрались, поговорили и единогласно приняли какие-то рекомендации.",
         "От рекомендаций автобусов, к сожалению, не прибавится."],
        ["Я понимаю, что пожар — это беда, и никто не хотел, чтобы так вышло.",
         "Но почему за чужую халатность расплачиваемся мы, обычные пассажиры?",
         "Пустите хотя бы дополнительный рейс утром в Заозёрный, больше мы ничего не просим.",
         "Если вы тоже каждое утро мёрзнете на остановке, поделитесь этим постом.",
         "Пусть в мэрии наконец увидят, сколько нас."],
    ]),
]

# 15 unrelated sentences in the same registers (city and transport news, an interview, a press
# office, a commission, a social-media post); they are in no document.
UNRELATED = [
    "В Лесногорске открылся новый каток, который будет работать до середины марта.",
    "Городской водоканал предупреждает о плановом отключении холодной воды в четверг.",
    "— С чего началась ваша работа на предприятии?",
    "— Я пришёл сюда учеником слесаря сразу после техникума и с тех пор никуда не уходил.",
    "Пресс-служба администрации сообщает, что уборка снега на центральных улицах ведётся круглосуточно.",
    "Администрация напоминает, что приём заявок на участие в новогодней ярмарке продлится до пятницы.",
    "Комиссия рассмотрела жалобы жителей улицы Садовой на шум от ночной стройки.",
    "Вопрос об освещении пешеходного перехода у школы номер четыре перенесён на следующее заседание.",
    "Депутаты попросили управление образования представить отчёт о ремонте спортивных залов.",
    "Соседи, кто-нибудь знает, почему у нас третий день не работает лифт?",
    "Нашла у подъезда детскую варежку с вышитым зайцем, хозяйка, отзовитесь!",
    "В городской библиотеке пройдёт встреча с местным краеведом, автором книги о старых улицах.",
    "Лесногорская хоккейная команда выиграла областной турнир среди юношей.",
    "На проспекте Строителей начали менять старые светофоры на светодиодные.",
    "В парке Победы высадили сорок молодых лип взамен погибших летом деревьев.",
]

# --- the 48 quotations ----------------------------------------------------------------------------
# (id, kind, expected, drift_kind, src ids (present sentences only), en, fr, note, ru for absent rows)

F, D, P, A, T = "faithful", "drifted", "partial", "absent", "term"
S, L, TM = "sentence", "long", "term"

ROWS = [
    # faithful, one sentence
    ("q01", S, F, "", ["d1_21"],
     "Not a single driver will lose their job.",
     "Aucun chauffeur ne perdra son emploi.",
     "faithful; Ни один … не потеряет = not a single … will lose / aucun … ne perdra; near-miss d4_11 "
     "says nearly half the drivers will be cut", None),
    ("q02", S, F, "", ["d2_20"],
     "The administration is grateful to the firefighters and the depot staff who, that night, kept the "
     "flames away from the fuel store.",
     "L'administration remercie les pompiers et le personnel du parc qui, cette nuit-là, ont empêché le "
     "feu d'atteindre la réserve de carburant.",
     "faithful; не дали огню добраться = kept the flames away / ont empêché le feu d'atteindre "
     "(negated verb rendered positively)", None),
    ("q03", S, F, "", ["d2_08"],
     "Route 12, which links the Zaozyorny neighbourhood with the industrial zone, stays in service, but "
     "buses on it will run every forty minutes.",
     "La ligne douze, qui relie le quartier de Zaozerny à la zone industrielle, est maintenue, mais les "
     "bus y passeront toutes les 40 minutes.",
     "faithful; номер двенадцать as digits in en, words in fr, сорок as words in en, digits in fr; "
     "микрорайон = neighbourhood / quartier; near-miss d4_06 says route 12 was cancelled outright", None),
    ("q04", S, F, "", ["d1_23"],
     "Laying off people who threw themselves into saving the buses that night would be a despicable "
     "thing to do.",
     "Licencier des gens qui, cette nuit-là, se sont jetés eux-mêmes au secours des bus serait une "
     "bassesse.",
     "faithful; машины = the buses / les bus; подлостью = a despicable thing / une bassesse; near-miss "
     "d4_11", None),
    ("q05", S, F, "", ["d3_12"],
     "She admitted that buses on the routes to Zaozyorny and the industrial zone are packed during the "
     "morning rush hour.",
     "Elle a reconnu qu'aux heures de pointe du matin, les bus des lignes desservant Zaozerny et la zone "
     "industrielle sont bondés.",
     "faithful; clauses reordered in en; в Заозёрный = to Zaozyorny (nominative); переполнены = packed / "
     "bondés", None),
    ("q06", S, F, "", ["d2_13"],
     "Mayor Igor Dementyev has asked the regional government to provide money for the purchase of 20 new "
     "buses.",
     "Le maire, Igor Dementiev, a demandé au gouvernement régional de débloquer des fonds pour acheter "
     "vingt bus neufs.",
     "faithful; Глава города = mayor / le maire; двадцати as digits in en, words in fr; near-miss d4_09 "
     "says new buses were promised by New Year", None),
    ("q07", S, F, "", ["d3_09"],
     "Larisa Kravets objected that the administration had received only one request, in August, and "
     "that it had been considered when next year's budget was being drawn up.",
     "Larissa Kravets a objecté que l'administration n'avait reçu qu'une seule demande, en août, et que "
     "celle-ci avait été examinée lors de la préparation du budget de l'année suivante.",
     "faithful; reported speech; contradicts d1_14 and d3_08 (twice), which is the story, not a drift",
     None),
    ("q08", S, F, "", ["d4_04"],
     "The alarm there, it turns out, hadn't worked for years.",
     "L'alarme, figurez-vous, ne fonctionnait plus depuis des années.",
     "faithful rendering of the near-miss sentence d4_04 (D3 says the alarm was found faulty in April, "
     "D1 since spring); оказывается = it turns out / figurez-vous", None),
    ("q09", S, F, "", ["d4_02"],
     "More than half of all the buses in Lesnogorsk have burned, fifty-odd of them.",
     "À Lesnogorsk, plus de la moitié des bus ont brûlé, une bonne cinquantaine.",
     "faithful rendering of the near-miss sentence d4_02 (D1/D2: forty-four burned, five damaged, almost "
     "half); в Лесногорске = in Lesnogorsk; штук пятьдесят с лишним = fifty-odd / une bonne cinquantaine",
     None),
    ("q10", S, F, "", ["d4_05"],
     "The officials, as usual, just shrug their shoulders and point the finger at each other.",
     "Les fonctionnaires, comme d'habitude, lèvent les bras au ciel et se renvoient la balle.",
     "faithful; idioms by idioms: разводят руками = shrug their shoulders / lèvent les bras au ciel; "
     "кивают друг на друга = point the finger at each other / se renvoient la balle", None),
    ("q11", S, F, "", ["d1_26"],
     "But there is no magic wand: for the next few months people will have to travel packed like sardines "
     "and wait longer than usual at their stops.",
     "Mais il n'y a pas de miracle : dans les mois qui viennent, les gens devront voyager serrés comme des "
     "sardines et attendre plus longtemps que d'habitude aux arrêts.",
     "faithful; чудес не бывает = there is no magic wand / il n'y a pas de miracle; ездить в тесноте = "
     "packed like sardines / serrés comme des sardines (idiom)", None),
    # faithful, two sentences
    ("q12", L, F, "", ["d1_04", "d1_05"],
     "Forty-four buses burned and another five were badly damaged. In all, there were 96 vehicles in the "
     "depot that night, so the fire took almost half of the fleet.",
     "Quarante-quatre bus ont brûlé et cinq autres ont été gravement endommagés. Au total, il y avait "
     "quatre-vingt-seize véhicules au dépôt cette nuit-là : le feu a donc emporté près de la moitié du "
     "parc.",
     "faithful; numbers as words and digits; почти половину = almost half / près de la moitié; "
     "near-miss d4_02 says more than half", None),
    ("q13", L, F, "", ["d2_06", "d2_07"],
     "Since 19 November, eight of the 23 city routes have been temporarily suspended. On the remaining "
     "routes, the interval between buses has gone up from ten to twenty-five minutes.",
     "Depuis le 19 novembre, huit des vingt-trois lignes urbaines sont provisoirement suspendues. Sur les "
     "autres lignes, l'intervalle entre deux bus passe de 10 à 25 minutes.",
     "faithful; numbers as words and digits, swapped between en and fr; near-miss d4_07 says buses come "
     "once an hour", None),
    ("q14", L, F, "", ["d3_14", "d3_15"],
     "Commission member Vera Lukina proposed that the depot's director be suspended until the end of the "
     "investigation. The chairman objected that such a decision was outside the commission's powers.",
     "Véra Loukina, membre de la commission, a proposé de suspendre le directeur du parc jusqu'à la fin de "
     "l'enquête. Le président lui a opposé qu'une telle décision ne relevait pas des compétences de la "
     "commission.",
     "faithful; active turned passive in en (that the director be suspended); не входит в полномочия = "
     "outside the powers / ne relevait pas des compétences", None),
    ("q15", L, F, "", ["d4_13", "d4_14"],
     "The deputies met, had a chat and unanimously passed some recommendations or other. Sadly, "
     "recommendations won't put a single extra bus on the road.",
     "Les députés se sont réunis, ont discuté et ont adopté à l'unanimité je ne sais quelles "
     "recommandations. Malheureusement, ce n'est pas avec des recommandations qu'on aura plus de bus.",
     "faithful; d4_13 is a near-miss sentence (D3: five votes with one abstention), quoted faithfully; "
     "не прибавится = won't put a single extra bus / ce n'est pas … qu'on aura plus", None),
    ("q16", L, F, "", ["d2_18", "d2_19"],
     "Residents are asked to avoid travelling at rush hour where they can and to plan their journey time "
     "in advance. The up-to-date timetable is posted on the administration's official website and "
     "updated every day.",
     "L'administration demande aux habitants d'éviter si possible de se déplacer aux heures de pointe et "
     "de prévoir leur temps de trajet. Les horaires à jour sont publiés sur le site officiel de "
     "l'administration et actualisés chaque jour.",
     "faithful; active turned passive in en (Residents are asked); заранее планировать = plan in "
     "advance / prévoir", None),
    # faithful, three or four sentences
    ("q17", L, F, "", ["d2_02", "d2_03", "d2_04", "d2_05"],
     "The fire destroyed forty-four buses and damaged five more. Firefighters reached the scene nine "
     "minutes after the call. Seventy people and eighteen vehicles were involved in fighting the blaze. "
     "It was brought under control within three hours and fully extinguished by nine in the morning.",
     "L'incendie a détruit 44 bus et en a endommagé cinq autres. Les pompiers sont arrivés sur les lieux "
     "neuf minutes après l'appel. Soixante-dix hommes et dix-huit engins ont participé à la lutte contre "
     "le feu. Le sinistre a été circonscrit en trois heures et entièrement éteint à 9 heures du matin.",
     "faithful (4 sentences); crosses a paragraph break (d2_02 | d2_03); near-miss d4_03 says the "
     "firefighters took almost an hour", None),
    ("q18", L, F, "", ["d3_19", "d3_20", "d3_21"],
     "The company was advised to submit, by 1 December, a plan for eliminating the remaining violations. "
     "The decision was adopted by five votes with one abstention. Lukina, who abstained, called the "
     "commission's recommendations half-measures.",
     "Il est recommandé à l'entreprise de présenter d'ici au 1er décembre un plan pour corriger les "
     "infractions restantes. La décision a été adoptée par cinq voix et une abstention. Véra Loukina, qui "
     "s'est abstenue, a qualifié les recommandations de la commission de demi-mesures.",
     "faithful; crosses a paragraph break (d3_19 | d3_20); near-miss d4_13 says unanimously; Lukina → "
     "Véra Loukina in fr (name expanded)", None),
    ("q19", L, F, "", ["d3_03", "d3_04", "d3_05"],
     "Sergey Golubev said that in April 2026 inspectors had carried out a routine check at the depot and "
     "found eleven breaches of fire-safety rules. They included a faulty automatic fire alarm in the "
     "parking hall and blocked emergency exits. The deadline for putting them right expired on 1 October, "
     "but by the time of the fire only seven of the eleven had been fixed.",
     "Selon Sergueï Goloubev, les inspecteurs avaient mené en avril 2026 un contrôle de routine au dépôt "
     "et relevé onze infractions aux règles de sécurité incendie. Parmi elles figuraient une alarme "
     "incendie automatique défectueuse dans la halle de stationnement et des issues de secours "
     "encombrées. Le délai de mise en conformité expirait le 1er octobre, mais au moment de l'incendie, "
     "seules 7 des 11 avaient été corrigées.",
     "faithful; сообщил = said / selon; numbers as words in en, digits and words in fr; near-miss d4_04 says the "
     "alarm had not worked for years", None),
    ("q20", L, F, "", ["d2_15", "d2_16", "d2_17"],
     "Investigators have opened a criminal case over the fire for breach of fire-safety requirements. The "
     "administration will give the investigation all the help it needs. Until the inquiry is over, it is "
     "too early to draw conclusions about who is to blame.",
     "Les enquêteurs ont ouvert une affaire pénale pour violation des règles de sécurité incendie. "
     "L'administration apportera à l'enquête toute l'aide nécessaire. Tant que les vérifications ne sont "
     "pas terminées, il est prématuré de désigner des coupables.",
     "faithful; По факту пожара = over the fire (dropped as obvious in fr); преждевременно = too early / "
     "prématuré", None),
    ("q21", L, F, "", ["d4_16", "d4_17", "d4_19"],
     "But why is it us, ordinary passengers, who pay for someone else's negligence? At least put on an "
     "extra morning bus to Zaozyorny; we are not asking for anything more. (…) Let City Hall finally see "
     "how many of us there are.",
     "Mais pourquoi est-ce à nous, simples usagers, de payer pour la négligence des autres ? Ajoutez au "
     "moins un bus le matin vers Zaozerny, nous ne demandons rien de plus. (…) Que la mairie voie enfin "
     "combien nous sommes.",
     "faithful; D4's own sentences; ellipsis (…) skips d4_18 (the call to share); в Заозёрный = to "
     "Zaozyorny", None),
    ("q22", L, F, "", ["d1_12", "d1_13", "d1_15"],
     "Yes, that's true, and I'm not going to hide it. The alarm in the parking hall broke down back in "
     "the spring, and replacing it would have cost eighteen million roubles. […] That doesn't let me off "
     "the hook, but nor can I be made the only one to blame.",
     "Oui, c'est vrai, et je ne vais pas le cacher. L'alarme de la halle de stationnement est tombée en "
     "panne dès le printemps, et la remplacer aurait coûté 18 millions de roubles. […] Cela ne me "
     "dédouane pas, mais on ne peut pas non plus faire de moi le seul coupable.",
     "faithful; ellipsis […] skips d1_14 (the two requests to the city); нельзя = nor can I / on ne peut "
     "pas; не снимает с меня ответственности = doesn't let me off the hook / ne me dédouane pas (idiom)",
     None),
    # drifted, one sentence
    ("q23", S, D, "numbers", ["d1_17"],
     "Only sixteen of the buses that burned were insured.",
     "Seuls seize des bus incendiés étaient assurés.",
     "drifted (numbers): двадцать шесть (twenty-six) → sixteen / seize", None),
    ("q24", S, D, "names", ["d3_01"],
     "The meeting was chaired by the commission's chairman, Timur Khairullin.",
     "La séance était présidée par le président de la commission, Timour Khaïroulline.",
     "drifted (names): surname Хабибуллин (Khabibullin) → Khairullin / Khaïroulline; first name Timur "
     "kept; active turned passive", None),
    ("q25", S, D, "negation", ["d3_10"],
     "According to her, one of the city's two other depots had been found to have serious violations at "
     "its last inspection.",
     "Selon elle, l'un des deux autres dépôts de la ville présentait de graves infractions lors du "
     "dernier contrôle.",
     "drifted (negation reversed): ни одно … не имело (neither had) → one of them had", None),
    ("q26", S, D, "hedge", ["d1_22"],
     "Some of the drivers will move over to the hired buses, and the rest may be temporarily transferred "
     "to repair crews on full pay.",
     "Une partie des chauffeurs passera sur les bus loués, et les autres pourraient être affectés "
     "provisoirement aux équipes de réparation, salaire maintenu.",
     "drifted (hedge added): переведём (we will transfer) → may be transferred / pourraient être "
     "affectés", None),
    ("q27", S, D, "hedge", ["d3_13"],
     "The administration will put on extra runs there using the companies' own staff transport.",
     "L'administration va mettre en place des services supplémentaires sur ces lignes grâce aux véhicules "
     "de service des entreprises.",
     "drifted (hedge dropped): рассматривает возможность (is considering) → will put on / va mettre en "
     "place", None),
    ("q28", S, D, "quantifier", ["d2_11"],
     "Season tickets and transport cards will be accepted on most of the hired buses.",
     "Les abonnements et les cartes de transport seront acceptés dans la plupart des bus loués.",
     "drifted (quantifier): во всех (on all) → most / la plupart", None),
    ("q29", S, D, "omission", ["d2_14"],
     "The first new buses could arrive in the city no earlier than spring.",
     "Les premiers bus neufs pourraient arriver en ville au plus tôt au printemps.",
     "drifted (omission of a restriction): the condition «В случае положительного решения» (if the "
     "request is approved) dropped, so the delivery reads as settled", None),
    ("q30", S, D, "addition", ["d2_09"],
     "The administration has signed contracts with private operators, the regional coach company and the "
     "neighbouring town of Kedrovsk to hire thirty-five buses for three months.",
     "L'administration a signé des contrats avec des transporteurs privés, la compagnie régionale "
     "d'autocars et la ville voisine de Kedrovsk pour louer 35 bus pendant trois mois.",
     "drifted (addition of a list item): \"the regional coach company\" / \"la compagnie régionale "
     "d'autocars\" added to the lessors", None),
    # drifted, long
    ("q31", L, D, "numbers", ["d1_08", "d1_09", "d1_10"],
     "The fire broke out at about three in the morning in the repair bay and quickly spread from there to "
     "the parking area. The watchman called the fire brigade straight away and managed to drive six buses "
     "out of the shed next door. Experts will establish the cause, and that will take a month.",
     "Le feu s'est déclaré vers trois heures du matin dans l'atelier de réparation, d'où il a vite gagné "
     "le parking. Le gardien a aussitôt appelé les pompiers et a réussi à sortir 6 bus du hangar voisin. "
     "Ce sont des experts qui établiront la cause, et cela prendra un mois.",
     "drifted (numbers) in sentence 3: больше месяца (more than a month) → a month / un mois; sentences 1 "
     "and 2 faithful (three in the morning, six buses kept)", None),
    ("q32", L, D, "omission", ["d3_16", "d3_17", "d3_18"],
     "Lukina's proposal was not put to a vote. The commission decided to recommend that the administration "
     "carry out an unscheduled fire-safety inspection of the two other bus depots within a month. The "
     "administration was also advised to allocate funds before the end of the year to repair the alarms "
     "in all depots.",
     "La proposition de Véra Loukina n'a pas été mise aux voix. La commission a décidé de recommander à "
     "l'administration de procéder dans un délai d'un mois à un contrôle inopiné de la sécurité incendie "
     "des deux autres dépôts de bus. Il est également recommandé à l'administration de débloquer d'ici à "
     "la fin de l'année des fonds pour réparer les alarmes de tous les dépôts.",
     "drifted (omission of a clause) in sentence 3: «а до тех пор организовать в них круглосуточное "
     "дежурство» (and until then organise round-the-clock watch) dropped; sentences 1 and 2 faithful; "
     "crosses a paragraph break (d3_16 | d3_17)", None),
    ("q33", L, D, "names", ["d3_06", "d3_07", "d3_08"],
     "According to the preliminary version, the fire was caused by a short circuit in the electrical "
     "panel of the repair bay. Golubev stressed that the final conclusions would be drawn by a fire "
     "forensic examination. Vitaly Samoylov said the company had twice asked the administration for "
     "money for a new alarm.",
     "Selon la version préliminaire, l'incendie serait dû à un court-circuit dans le tableau électrique "
     "de l'atelier de réparation. Sergueï Goloubev a souligné que les conclusions définitives "
     "reviendraient à l'expertise technique incendie. Vitali Samoïlov a déclaré que l'entreprise avait "
     "demandé à deux reprises à l'administration de l'argent pour une nouvelle alarme.",
     "drifted (names) in sentence 3: first name Виктор (Viktor) → Vitaly / Vitali; surname Samoylov kept; "
     "sentences 1 and 2 faithful (French conditional for the preliminary version); crosses a paragraph "
     "break (d3_07 | d3_08)", None),
    # partial
    ("q34", L, P, "", ["d4_08"],
     "The day before yesterday I stood at the stop in the freezing cold for forty minutes and was late "
     "for my shift. My supervisor docked me a whole day's pay for it.",
     "Avant-hier, j'ai attendu quarante minutes à l'arrêt dans le froid et je suis arrivée en retard à "
     "mon poste. Mon chef m'a retenu une journée entière de salaire.",
     "partial: sentence 1 is d4_08; sentence 2 (a docked day's pay) is in no document", None),
    ("q35", L, P, "", ["d1_18", "d1_19"],
     "For now we put the damage at roughly 1.3 billion roubles. The regional emergency fund has agreed to "
     "cover half of it. At best, the insurance will pay out a third of that sum.",
     "Pour l'instant, nous estimons les dégâts à environ un milliard trois cents millions de roubles. Le "
     "fonds régional d'urgence a accepté d'en couvrir la moitié. L'assurance en remboursera au mieux un "
     "tiers.",
     "partial: the outer sentences are d1_18 and d1_19; the middle one (an emergency fund covering half) "
     "is in no document", None),
    ("q36", L, P, "", ["d2_12"],
     "Fares will not change. Pensioners will be able to ride the hired buses free of charge until the end "
     "of the year.",
     "Le prix du ticket ne changera pas. Les retraités pourront emprunter gratuitement les bus loués "
     "jusqu'à la fin de l'année.",
     "partial: sentence 1 is d2_12 (near-miss d4_10 says fares will rise); sentence 2 (free rides for "
     "pensioners) is in no document", None),
    # terms
    ("q37", TM, T, "", ["d3_04"],
     "automatic fire alarm", "alarme incendie automatique",
     "term «автоматическая пожарная сигнализация» (nominative)", None),
    ("q38", TM, T, "", ["d4_05"],
     "shrug their shoulders", "haussent les épaules",
     "term «разводят руками» (literally 'spread their hands'), idiom by idiom (fr 'haussent les épaules' = shrug; q10 uses 'lèvent les bras au ciel')", None),
    ("q39", TM, T, "", ["d2_15"],
     "criminal case", "affaire pénale",
     "term «уголовное дело» (accusative = nominative)", None),
    ("q40", TM, T, "", ["d3_21"],
     "half-measures", "demi-mesures",
     "term «полумерами» (instrumental plural), one word", None),
    ("q41", TM, T, "", ["d2_18"],
     "rush hour", "heures de pointe",
     "term «часы пик» (accusative plural; literally 'peak hours')", None),
    ("q42", TM, T, "", ["d4_03"],
     "a stone's throw", "à deux pas",
     "term «в двух шагах» (prepositional; literally 'two steps away'), idiom by idiom; d4_03 is a "
     "near-miss sentence (the firefighters took almost an hour; D2: nine minutes)", None),
    # absent
    ("q43", S, A, "", [],
     "The depot's director has been suspended from his post for the duration of the investigation.",
     "Le directeur du parc a été suspendu de ses fonctions pendant toute la durée de l'enquête.",
     "absent: the proposal was never put to a vote; resembles d3_14 and d3_16",
     "Директор автопарка отстранён от должности на время расследования."),
    ("q44", S, A, "", [],
     "Investigators believe the depot was set on fire deliberately.",
     "Les enquêteurs pensent que le dépôt a été incendié volontairement.",
     "absent: no document speaks of arson; resembles d3_06 and d2_15",
     "Следствие считает, что депо подожгли умышленно."),
    ("q45", S, A, "", [],
     "The regional government has already approved the money for thirty new buses.",
     "Le gouvernement régional a déjà approuvé le financement de trente bus neufs.",
     "absent: the request (twenty buses) is pending; resembles d2_13, d2_14 and d4_09",
     "Правительство области уже одобрило выделение средств на покупку тридцати новых автобусов."),
    ("q46", S, A, "", [],
     "Drivers moved to the repair crews will receive an extra ten thousand roubles a month.",
     "Les chauffeurs affectés aux équipes de réparation toucheront une prime de dix mille roubles par "
     "mois.",
     "absent: D1 promises unchanged pay, no bonus; resembles d1_22",
     "Водители, переведённые в ремонтные бригады, будут получать надбавку в десять тысяч рублей в месяц."),
    ("q47", S, A, "", [],
     "Samoylov said the alarm had been repaired in October but then switched off for maintenance.",
     "Selon Viktor Samoïlov, l'alarme aurait été réparée en octobre, puis coupée pour maintenance.",
     "absent: Samoylov says nothing of the kind; resembles d1_13, d3_04 and d3_08 (French conditional "
     "for reported speech)",
     "Самойлов заявил, что сигнализацию отремонтировали в октябре, но затем отключили на время "
     "обслуживания."),
    ("q48", L, A, "", [],
     "Zaozyorny residents have collected more than three thousand signatures demanding that route 12 be "
     "restored in full. The petition will be handed to the mayor next week.",
     "Les habitants de Zaozerny ont réuni plus de trois mille signatures pour exiger le rétablissement "
     "complet de la ligne 12. La pétition sera remise au maire la semaine prochaine.",
     "absent (2 sentences): no petition is mentioned; resembles d2_08, d4_06 and d4_17",
     "Жители Заозёрного собрали более трёх тысяч подписей с требованием полностью восстановить маршрут "
     "номер двенадцать. Петицию передадут главе города на следующей неделе."),
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
            if any(s not in text for s in src):
                raise SystemExit(f"{rid}: unknown src id in {src}")
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
