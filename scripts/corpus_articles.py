# ruff: noqa: E501  (article text and page markup read best unbroken)
"""The articles of the reader corpus (tests/corpus/): the text a person expects each saved page
to give, written once here and dressed by scripts/make_corpus.py in the chrome of a news site.

Each article: page id, language, site shape, headline, standfirst, author(s), date, source,
keywords, paragraphs, a subheading (placed before the last paragraphs), a quote, list items
(may be empty) and its photos (caption, credit): the first is the lead photo.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CorpusArticle:
    id: str
    language: str
    shape: str
    title: str
    standfirst: str
    author: str
    date: str
    source: str
    keywords: tuple[str, ...]
    paragraphs: tuple[str, ...]
    subheading: str
    quote: str
    items: tuple[str, ...] = ()
    photos: tuple[tuple[str, str], ...] = ()
    # How the page is saved: "complete" (NAME_files folder), "single" (remote photos),
    # "inline" (data: URIs), "mhtml"; and the encoding it is written in.
    saved: str = "complete"
    encoding: str = "utf-8"
    declare_charset: bool = True
    image_format: str = "JPEG"
    table: tuple[tuple[str, ...], ...] = field(default_factory=tuple)
    # The name a browser gives the saved file (its title, spaces and all); the id when empty.
    # ``encoded``: the page writes its folder's name percent-encoded in the image addresses.
    file_name: str = ""
    encoded: bool = False

    @property
    def stem(self) -> str:
        return self.file_name or self.id


ARTICLES: tuple[CorpusArticle, ...] = (
    # ---- English ------------------------------------------------------------------------------
    CorpusArticle(
        "en-storm",
        "en",
        "broadcaster",
        "Storm cuts power to thousands on northern coast",
        "Winds of 120 km/h closed roads and ferries as crews worked through the night.",
        "Jane Roe",
        "2021-03-30",
        "Northern Herald",
        ("weather", "storm", "power cuts"),
        (
            "A powerful storm struck the northern coast on Tuesday, leaving thousands of homes without "
            "electricity and forcing the closure of several roads and two ferry routes.",
            "Winds of up to 120 kilometres per hour were recorded at the harbour, where waves broke over "
            "the sea wall for most of the afternoon and flooded the lower car park.",
            "The regional grid operator said crews were working through the night to restore supply, but "
            "warned that some villages could remain cut off until Thursday.",
            "Forecasters expect the wind to ease on Wednesday evening as the system moves east, although "
            "heavy rain is still likely along the hills.",
        ),
        "Repairs through the night",
        "We have never seen the water this high in thirty years of fishing here.",
        ("Schools closed in three districts.", "Ferries cancelled until Friday."),
        (
            ("Waves break over the harbour wall in Northport.", "Photo: John Smith/Coastal Agency"),
            ("Repair crews on the coast road near Eastbay.", "Photo: Ann Lee"),
        ),
        table=(("Town", "Homes without power"), ("Northport", "4,200"), ("Eastbay", "1,150")),
    ),
    CorpusArticle(
        "en-library",
        "en",
        "broadsheet",
        "City library reopens after three-year restoration",
        "The Victorian reading room has its glass roof back, and the stacks are open again.",
        "Priya Natarajan, Tom Hale",
        "2022-09-14",
        "The Morning Ledger",
        ("libraries", "architecture"),
        (
            "The central library reopened its doors on Wednesday after a restoration that took three years "
            "and cost the city more than twelve million pounds.",
            "Visitors queued from early morning to see the reading room, whose cast-iron columns and glass "
            "roof were taken apart piece by piece and repaired in a workshop outside the city.",
            "Librarians said the building now holds space for twice as many study desks, a children's floor "
            "with its own entrance and a room for the local history collection.",
            "The council plans late opening on Thursdays from next month, when the café on the ground floor "
            "is also due to open.",
        ),
        "A roof rebuilt by hand",
        "It feels like the building has been given back to the people who paid for it.",
        (),
        (("The restored reading room under its glass roof.", "Photograph: Lena Park"),),
        image_format="PNG",
        file_name="City library reopens after three-year restoration _ The Morning Ledger",
    ),
    CorpusArticle(
        "en-vaccine",
        "en",
        "wordpress",
        "Rural clinics start weekend vaccination days",
        "Mobile teams will visit twelve villages a month until the end of the year.",
        "Samuel Okafor",
        "2021-06-05",
        "Valley Health News",
        ("health", "vaccination"),
        (
            "Clinics in the valley began opening on Saturdays this week so that farm workers can be "
            "vaccinated without losing a day's pay.",
            "The health board said more than four hundred people came to the first two sessions, many of "
            "them older residents who had been waiting for a place closer to home.",
            "Mobile teams will also visit twelve villages a month, setting up in community halls and, where "
            "there is none, in a converted bus.",
        ),
        "Closer to home",
        "Most of our patients cannot drive to the city, so we are going to them.",
        ("Saturday sessions run from nine to four.", "No appointment is needed for a first dose."),
        (("A nurse prepares doses at the Millbrook community hall.", "Photo: Valley Health"),),
        image_format="WEBP",
    ),
    CorpusArticle(
        "en-bridge",
        "en",
        "broadcaster",
        "New footbridge links the two halves of the old town",
        "The steel span opens to walkers and cyclists after two years of building.",
        "Marcus Bell",
        "2023-04-18",
        "Riverside Courier",
        ("transport", "bridges"),
        (
            "A new footbridge across the river opened on Tuesday morning, joining the market square to the "
            "railway station for the first time since the old crossing was closed.",
            "The steel span is eighty metres long and wide enough for bicycles to pass walkers safely, the "
            "council said.",
            "Shopkeepers on both banks hope the bridge will bring back trade that moved away when the old "
            "crossing shut, and the market will stay open late on Fridays through the summer.",
        ),
        "Trade on both banks",
        "We lost half our passing customers when the old bridge shut.",
        (),
        (("The footbridge seen from the station side at dawn.", "Photo: R. Okonkwo"),),
        saved="mhtml",
    ),
    CorpusArticle(
        "en-harvest",
        "en",
        "broadsheet",
        "Grape harvest starts two weeks early after hot summer",
        "Growers say the fruit is small but sweet, and the picking crews are short of hands.",
        "Elena Marsh",
        "2022-08-22",
        "Country Gazette",
        ("farming", "wine"),
        (
            "Vineyards across the county began picking this week, two weeks earlier than usual after the "
            "hottest summer since records began.",
            "Growers said the grapes were smaller than in a normal year but unusually sweet, which could "
            "make for strong wines if the weather holds.",
            "Several estates said they were still looking for pickers and had raised the day rate to attract "
            "students before the new term begins.",
        ),
        "Short of pickers",
        "The grapes did not wait for the calendar this year, and neither can we.",
        (),
        (("Pickers at work on the slopes above Marlow.", "Photo: Country Gazette"),),
        saved="single",
    ),
    CorpusArticle(
        "en-museum",
        "en",
        "wordpress",
        "Museum returns carved panels to their home island",
        "The twelve panels left the island a century ago; they go back in a ceremony next week.",
        "Hannah Cole",
        "2024-02-09",
        "Heritage Today",
        ("museums", "restitution"),
        (
            "A national museum has agreed to return twelve carved wooden panels to the island community "
            "they were taken from more than a hundred years ago.",
            "The panels, which once lined the walls of a meeting house, will travel by sea in climate-"
            "controlled crates and be handed over at a ceremony next week.",
            "Island elders said the panels would be shown in a new community building rather than returned "
            "to the original house, which no longer stands.",
        ),
        "A hundred years away",
        "These carvings are our grandparents speaking to us.",
        (),
        (("One of the twelve panels before packing.", "Image: Museum archive"),),
        saved="inline",
        image_format="PNG",
    ),
    CorpusArticle(
        "en-marathon",
        "en",
        "broadcaster",
        "Record field runs the city marathon in cool weather",
        "More than 30,000 runners finished, and the course record fell in the women's race.",
        "Leo Grant",
        "2023-10-08",
        "Metro Sport",
        ("running", "marathon"),
        (
            "More than thirty thousand runners finished the city marathon on Sunday, the largest field in "
            "the race's forty-year history.",
            "Cool weather and a light tailwind along the river helped the leaders, and the women's course "
            "record fell by almost a minute.",
            "Organisers said the new start area in the park had cut the time it took the last runners to "
            "cross the line by twenty minutes.",
        ),
        "A record in the women's race",
        "I felt the wind behind me on the river and decided to go.",
        (),
        (("Runners cross the river bridge at the halfway mark.", "Photo: Metro Sport"),),
        saved="mhtml",
        image_format="PNG",
    ),
    # ---- Chinese ------------------------------------------------------------------------------
    CorpusArticle(
        "zh-exhibition",
        "zh",
        "portal",
        "第十届国际茶叶博览会在杭州开幕",
        "来自二十多个国家和地区的一千余家企业参展。",
        "张伟",
        "2021-03-30",
        "新华社",
        ("茶叶", "博览会", "杭州"),
        (
            "3月30日，第十届国际茶叶博览会在杭州开幕，来自二十多个国家和地区的一千余家企业参展，展览面积达五万平方米。",
            "本届博览会设有名茶展区、茶器展区和国际展区，并首次开设直播带货专区，吸引了大量年轻观众。",
            "主办方介绍，博览会期间还将举办茶产业发展论坛和茶艺大赛，推动茶文化交流与合作。",
        ),
        "首设直播专区",
        "茶叶不仅是一种饮品，更是连接世界的文化纽带。",
        (),
        (("观众在博览会现场品尝新茶。", "新华社记者 李明 摄"), ("国际展区内的外国展商。", "图/新华社")),
    ),
    CorpusArticle(
        "zh-railway",
        "zh",
        "portal",
        "沿海高铁新线路开通运营",
        "全程运行时间缩短至两个半小时。",
        "王芳",
        "2022-12-26",
        "人民网",
        ("高铁", "交通"),
        (
            "12月26日上午，沿海高铁新线路正式开通运营，首趟列车从福州南站驶出，沿线群众出行更加便捷。",
            "新线路全长三百余公里，设计时速三百五十公里，开通后两地之间的运行时间由五个小时缩短至两个半小时。",
            "铁路部门表示，将根据客流变化灵活安排运力，满足节假日期间旅客出行需求。",
        ),
        "两地通行时间减半",
        "以前回老家要大半天，现在吃过午饭出发，下午就能到家。",
        (),
        (("首趟列车驶出福州南站。", "摄影：陈刚"),),
        encoding="gb18030",
    ),
    CorpusArticle(
        "zh-rice",
        "zh",
        "portal",
        "杂交水稻新品种试种获得丰收",
        "亩产比普通品种提高百分之十五以上。",
        "刘洋",
        "2023-09-18",
        "中国农业报",
        ("水稻", "农业"),
        (
            "记者日前从省农业科学院获悉，一种耐高温的杂交水稻新品种在多地试种获得丰收，亩产比普通品种提高百分之十五以上。",
            "科研人员介绍，新品种在连续高温天气下仍能正常结实，适合在长江中下游地区推广种植。",
            "下一步，农业部门将扩大示范面积，并组织技术人员到田间地头开展培训。",
        ),
        "耐高温表现突出",
        "今年夏天这么热，新品种的稻穗还是沉甸甸的。",
        ("示范面积：两千亩", "平均亩产：七百五十公斤"),
        (("农民在试验田里收割水稻。", "图片：省农科院"),),
        encoding="gb18030",
        declare_charset=False,
    ),
    CorpusArticle(
        "zh-museum",
        "zh",
        "broadcaster",
        "博物馆推出夜间开放活动",
        "每周五、周六开放至晚上九点。",
        "赵敏",
        "2023-07-07",
        "城市晚报",
        ("博物馆", "文化"),
        (
            "为满足市民暑期文化需求，市博物馆从本周起推出夜间开放活动，每周五、周六开放至晚上九点。",
            "夜间开放期间，博物馆将推出专题讲解、文物修复展示和亲子手工课等活动，市民可通过官方网站预约。",
            "博物馆负责人表示，将根据观众反馈不断丰富夜间活动内容，让更多人走进博物馆。",
        ),
        "夜场活动丰富",
        "下班后带孩子来看展览，既凉快又长知识。",
        (),
        (("市民在夜间参观青铜器展厅。", "照片：城市晚报"),),
        saved="mhtml",
    ),
    CorpusArticle(
        "zh-park",
        "zh",
        "portal",
        "城市湿地公园正式向市民开放",
        "公园内栖息的鸟类已超过一百种。",
        "孙丽",
        "2024-04-22",
        "江南日报",
        ("公园", "生态"),
        (
            "4月22日，经过两年建设，城市湿地公园正式向市民免费开放，公园总面积约三百公顷。",
            "据介绍，公园保留了原有的河道和芦苇荡，目前已记录到一百多种鸟类在此栖息。",
            "公园管理处提醒游客文明游园，不要投喂野生动物，共同保护湿地生态环境。",
        ),
        "鸟类数量明显增加",
        "每天早上来这里散步，能听到各种各样的鸟叫声。",
        (),
        (("白鹭在湿地公园的浅滩上觅食。", "江南日报记者 周强 摄"),),
        image_format="WEBP",
    ),
    CorpusArticle(
        "zh-robot",
        "zh",
        "wordpress",
        "中学生机器人大赛决赛落幕",
        "来自全国的两百支队伍参加了比赛。",
        "何静",
        "2022-05-15",
        "科技日报",
        ("机器人", "教育"),
        (
            "5月15日，全国中学生机器人大赛决赛在南京落幕，来自全国各地的两百支队伍参加了比赛。",
            "比赛分为救援、搬运和创意设计三个项目，参赛学生需要在规定时间内完成编程和调试。",
            "组委会表示，大赛旨在培养青少年的动手能力和创新精神，明年将增设人工智能项目。",
        ),
        "三个项目同场竞技",
        "我们的机器人在最后一轮比赛前还修好了一个传感器。",
        (),
        (("参赛学生在赛场调试机器人。", "图/科技日报"),),
        saved="single",
    ),
    # ---- Russian ------------------------------------------------------------------------------
    CorpusArticle(
        "ru-forum",
        "ru",
        "ru-agency",
        "В Казани открылся международный форум молодых учёных",
        "В работе форума участвуют более двух тысяч исследователей из сорока стран.",
        "Иван Петров",
        "2021-03-30",
        "Новости Поволжья",
        ("наука", "форум", "Казань"),
        (
            "В Казани во вторник открылся международный форум молодых учёных, в котором участвуют более "
            "двух тысяч исследователей из сорока стран.",
            "Программа форума включает пленарные заседания, круглые столы и выставку научных проектов, "
            "посвящённых медицине, энергетике и искусственному интеллекту.",
            "Организаторы отмечают, что в этом году число заявок выросло почти вдвое по сравнению с прошлым "
            "годом.",
        ),
        "Заявок стало вдвое больше",
        "Молодые учёные приезжают сюда не только выступить, но и найти партнёров.",
        (),
        (
            ("Участники форума на открытии в Казани.", "Фото: Анна Смирнова"),
            ("Выставка научных проектов.", "Фото: пресс-служба форума"),
        ),
    ),
    CorpusArticle(
        "ru-metro",
        "ru",
        "ru-agency",
        "В Новосибирске открыли новую станцию метро",
        "Первые пассажиры проехали по новому участку в субботу утром.",
        "Ольга Кузнецова",
        "2022-11-12",
        "Сибирский вестник",
        ("метро", "транспорт"),
        (
            "В Новосибирске в субботу открылась новая станция метро, строительство которой продолжалось "
            "почти семь лет.",
            "Станция расположена в жилом районе на левом берегу, и теперь жители смогут добраться до центра "
            "города за пятнадцать минут.",
            "По словам представителей мэрии, в ближайшие годы планируется продлить линию ещё на две станции.",
        ),
        "Семь лет строительства",
        "Раньше дорога до работы занимала у меня больше часа.",
        (),
        (("Первые пассажиры на новой станции.", "Фото: Сергей Волков"),),
        encoding="cp1251",
    ),
    CorpusArticle(
        "ru-lake",
        "ru",
        "ru-agency",
        "Волонтёры очистили берег Байкала от мусора",
        "За выходные собрано более трёх тонн отходов.",
        "Дмитрий Соколов",
        "2023-08-28",
        "Байкальские новости",
        ("экология", "Байкал"),
        (
            "Более пятисот волонтёров в выходные приняли участие в уборке берега Байкала и собрали свыше "
            "трёх тонн мусора.",
            "Больше всего отходов нашли возле популярных мест отдыха, куда летом приезжают туристы на "
            "автомобилях.",
            "Организаторы акции призвали отдыхающих увозить мусор с собой и пообещали провести следующую "
            "уборку в сентябре.",
        ),
        "Три тонны за два дня",
        "Мы приезжаем сюда каждый год и видим, что мусора становится меньше.",
        ("Пластик сдан на переработку.", "Стекло вывезено в Иркутск."),
        (("Волонтёры собирают мусор на берегу.", "Фото: Байкальские новости"),),
        encoding="koi8_r",
    ),
    CorpusArticle(
        "ru-theatre",
        "ru",
        "broadsheet",
        "Драмтеатр показал премьеру по пьесе Чехова",
        "Спектакль поставил молодой режиссёр из Санкт-Петербурга.",
        "Мария Лебедева",
        "2024-01-25",
        "Культура сегодня",
        ("театр", "премьера"),
        (
            "Областной драматический театр в четверг представил премьеру спектакля по пьесе Антона Чехова "
            "«Чайка».",
            "Постановку осуществил молодой режиссёр из Санкт-Петербурга, который перенёс действие пьесы в "
            "наши дни.",
            "Билеты на ближайшие показы уже раскуплены, поэтому театр добавил ещё два вечерних спектакля в "
            "феврале.",
        ),
        "Чехов в наши дни",
        "Мне хотелось, чтобы зрители узнали в героях своих соседей.",
        (),
        (("Сцена из спектакля «Чайка».", "Фото: пресс-служба театра"),),
        saved="mhtml",
    ),
    CorpusArticle(
        "ru-school",
        "ru",
        "wordpress",
        "В сёлах области откроют двенадцать новых школ",
        "Первые из них примут учеников уже в сентябре.",
        "Алексей Морозов",
        "2022-06-01",
        "Областная газета",
        ("образование", "школы"),
        (
            "В сельских районах области до конца следующего года построят двенадцать новых школ, сообщили "
            "в региональном министерстве образования.",
            "Первые три школы примут учеников уже в сентябре, в каждой из них будут спортивный зал, "
            "библиотека и кабинеты для занятий робототехникой.",
            "Старые здания, которые находятся в аварийном состоянии, планируется передать под дома культуры.",
        ),
        "Первые три школы",
        "Теперь детям не придётся ездить на учёбу в соседнее село.",
        (),
        (("Строительство школы в селе Ивановка.", "Фото: Областная газета"),),
        saved="single",
    ),
    CorpusArticle(
        "ru-hockey",
        "ru",
        "ru-agency",
        "Юниорская сборная выиграла турнир в Ярославле",
        "В финале команда обыграла соперников со счётом 4:2.",
        "Павел Орлов",
        "2023-12-17",
        "Спорт-Экспресс Регион",
        ("хоккей", "спорт"),
        (
            "Юниорская сборная по хоккею выиграла международный турнир в Ярославле, обыграв в финале "
            "соперников со счётом 4:2.",
            "Решающую шайбу за три минуты до конца матча забросил шестнадцатилетний нападающий, который "
            "впервые играет за сборную.",
            "Тренеры отметили хорошую игру вратаря и пообещали дать шанс молодым игрокам на следующих "
            "сборах.",
        ),
        "Решающая шайба",
        "Ребята показали характер и не сдались после пропущенного гола.",
        (),
        (("Хоккеисты празднуют победу.", "Фото: Павел Орлов"),),
        image_format="WEBP",
        file_name="Юниорская сборная выиграла турнир в Ярославле - Спорт-Экспресс Регион",
        encoded=True,
    ),
    # ---- French, German, Spanish, Japanese, Arabic, Korean ------------------------------------
    CorpusArticle(
        "fr-velo",
        "fr",
        "broadsheet",
        "Lyon ouvre une nouvelle piste cyclable le long du Rhône",
        "Sept kilomètres de voie protégée relient désormais le nord et le sud de la ville.",
        "Claire Dubois",
        "2022-05-10",
        "Le Petit Rhodanien",
        ("vélo", "Lyon"),
        (
            "La métropole de Lyon a inauguré mardi une piste cyclable de sept kilomètres le long du Rhône, "
            "séparée de la circulation automobile par une bordure continue.",
            "Selon la mairie, plus de huit mille cyclistes empruntent déjà chaque jour les quais, un chiffre "
            "qui a doublé en trois ans.",
            "Les commerçants du quai craignaient de perdre des places de stationnement, mais une partie "
            "d'entre eux se dit aujourd'hui satisfaite.",
        ),
        "Des commerçants partagés",
        "Nous voyons passer beaucoup plus de clients à vélo qu'avant.",
        (),
        (("La nouvelle piste cyclable sur les quais du Rhône.", "Photo : Julien Martin"),),
    ),
    CorpusArticle(
        "fr-fromage",
        "fr",
        "wordpress",
        "Un village du Jura fête ses cent ans de fromagerie",
        "La coopérative produit toujours le comté selon la même recette.",
        "Luc Moreau",
        "2023-09-03",
        "Écho du Jura",
        ("comté", "Jura"),
        (
            "La fromagerie coopérative du village a fêté dimanche son centième anniversaire en présence de "
            "plusieurs centaines d'habitants.",
            "Chaque jour, le lait de quinze fermes voisines y est transformé en meules de comté qui affinent "
            "ensuite pendant au moins huit mois.",
            "Les producteurs espèrent transmettre le savoir-faire à une nouvelle génération de fromagers.",
        ),
        "Un savoir-faire transmis",
        "Nos grands-parents faisaient déjà le fromage dans cette même cave.",
        (),
        (("Les meules de comté dans la cave d'affinage.", "Photo : Écho du Jura"),),
        encoding="cp1252",
        saved="mhtml",
    ),
    CorpusArticle(
        "de-bahn",
        "de",
        "broadsheet",
        "Neue Straßenbahnlinie verbindet Altstadt und Universität",
        "Die Fahrt dauert künftig nur noch zwölf Minuten.",
        "Katrin Weber",
        "2023-03-06",
        "Stadtanzeiger",
        ("Verkehr", "Straßenbahn"),
        (
            "Am Montag hat die Stadt ihre neue Straßenbahnlinie eröffnet, die die Altstadt in zwölf Minuten "
            "mit dem Universitätsgelände verbindet.",
            "Die Bahnen fahren tagsüber alle sieben Minuten und am Wochenende bis nach Mitternacht, teilten "
            "die Verkehrsbetriebe mit.",
            "Studierende begrüßten die neue Verbindung, Anwohner beklagten jedoch den Lärm während der "
            "zweijährigen Bauzeit.",
        ),
        "Alle sieben Minuten",
        "Endlich muss ich morgens nicht mehr im überfüllten Bus stehen.",
        (),
        (("Die erste Bahn an der Haltestelle Universität.", "Foto: Martin Schulz"),),
    ),
    CorpusArticle(
        "de-wald",
        "de",
        "ru-agency",
        "Förster pflanzen zehntausend Eichen im Stadtwald",
        "Der Umbau soll den Wald widerstandsfähiger gegen Trockenheit machen.",
        "Jonas Becker",
        "2022-11-21",
        "Waldbote",
        ("Wald", "Klima"),
        (
            "Im Stadtwald haben Förster und freiwillige Helfer in den vergangenen Wochen zehntausend junge "
            "Eichen gepflanzt.",
            "Die Bäume ersetzen Fichten, die in den trockenen Sommern der letzten Jahre abgestorben sind.",
            "Das Forstamt plant, in den nächsten zehn Jahren ein Drittel des Waldes auf Mischwald umzustellen.",
        ),
        "Mischwald statt Fichten",
        "Eichen kommen mit der Trockenheit viel besser zurecht.",
        (),
        (("Freiwillige pflanzen junge Eichen.", "Foto: Forstamt"),),
        image_format="PNG",
    ),
    CorpusArticle(
        "es-mercado",
        "es",
        "broadcaster",
        "Reabre el mercado central de Valencia tras su reforma",
        "Los puestos recuperan su antigua cubierta de cristal y hierro.",
        "Lucía Fernández",
        "2022-10-04",
        "Diario del Turia",
        ("mercados", "Valencia"),
        (
            "El mercado central de Valencia reabrió el martes tras una reforma de dieciocho meses que ha "
            "devuelto su brillo a la cubierta modernista.",
            "Los más de trescientos puestos vuelven a ofrecer fruta, pescado y embutidos, y se han añadido "
            "nuevos espacios para productores locales.",
            "El ayuntamiento espera que el mercado atraiga tanto a vecinos como a turistas durante todo el año.",
        ),
        "Una cubierta recuperada",
        "Mi familia tiene este puesto desde hace cuatro generaciones.",
        (),
        (("Vecinos y turistas recorren los pasillos del mercado.", "Foto: Carlos Ruiz"),),
    ),
    CorpusArticle(
        "es-lluvia",
        "es",
        "wordpress",
        "Las lluvias llenan los embalses del sur",
        "Las reservas superan el sesenta por ciento por primera vez en tres años.",
        "Miguel Torres",
        "2024-03-12",
        "Noticias del Sur",
        ("agua", "lluvias"),
        (
            "Las intensas lluvias de las últimas semanas han elevado las reservas de los embalses del sur por "
            "encima del sesenta por ciento.",
            "Es la primera vez en tres años que se alcanza ese nivel, lo que permitirá levantar algunas "
            "restricciones al riego.",
            "Los agricultores celebran la noticia, aunque piden obras para evitar pérdidas en los canales.",
        ),
        "Menos restricciones",
        "Llevábamos tres años mirando al cielo cada mañana.",
        (),
        (("El embalse de La Concepción casi lleno.", "Foto: Noticias del Sur"),),
        saved="single",
    ),
    CorpusArticle(
        "ja-sakura",
        "ja",
        "portal",
        "東京で桜が満開、例年より五日早く",
        "気象台は週末まで見頃が続くと予想している。",
        "山田太郎",
        "2023-03-22",
        "東都新聞",
        ("桜", "東京"),
        (
            "気象台は22日、東京都心で桜が満開になったと発表した。平年より五日早く、観測史上二番目の早さとなった。",
            "上野公園や隅田川沿いには朝から多くの花見客が訪れ、満開の桜を写真に収めていた。",
            "気象台によると、週末までは晴れの日が多く、見頃が続く見込みだという。",
        ),
        "週末まで見頃",
        "今年は仕事の前に花見ができてうれしいです。",
        (),
        (("満開の桜と隅田川を行き交う船。", "写真：佐藤花子"),),
        encoding="shift_jis",
    ),
    CorpusArticle(
        "ja-ramen",
        "ja",
        "broadsheet",
        "地方のラーメン店が海外に初出店",
        "創業五十年の老舗がシンガポールに支店を開く。",
        "鈴木一郎",
        "2022-07-19",
        "北海タイムス",
        ("ラーメン", "海外"),
        (
            "創業五十年を迎える札幌のラーメン店が、来月シンガポールに初の海外店舗を開くことになった。",
            "店主によると、スープの味を再現するため、現地の水と食材で半年間試作を重ねたという。",
            "同店は今後三年間で東南アジアに五店舗を展開する計画だ。",
        ),
        "半年かけて味を再現",
        "札幌の味をそのまま届けたいと思いました。",
        (),
        (("店主が仕込んだスープを味見する。", "写真：北海タイムス"),),
        saved="mhtml",
    ),
    CorpusArticle(
        "ar-library",
        "ar",
        "broadcaster",
        "افتتاح مكتبة عامة جديدة في وسط المدينة",
        "تضم المكتبة أكثر من مئة ألف كتاب وقاعة للأطفال.",
        "أحمد حسن",
        "2023-05-16",
        "صحيفة المدينة",
        ("مكتبات", "ثقافة"),
        (
            "افتتحت البلدية يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة تضم أكثر من مئة ألف كتاب باللغتين "
            "العربية والإنجليزية.",
            "وتحتوي المكتبة على قاعة خاصة بالأطفال ومساحات للدراسة مفتوحة حتى منتصف الليل خلال فترة "
            "الامتحانات.",
            "وقال مدير المكتبة إن الاشتراك مجاني لجميع سكان المدينة.",
        ),
        "مفتوحة حتى منتصف الليل",
        "كنا ننتظر هذا المكان منذ سنوات طويلة.",
        (),
        (("الزوار في القاعة الرئيسية للمكتبة.", "تصوير: محمد علي"),),
    ),
    CorpusArticle(
        "ar-dates",
        "ar",
        "wordpress",
        "موسم قطاف التمور يبدأ في الواحات",
        "يتوقع المزارعون محصولا وفيرا هذا العام.",
        "سارة خالد",
        "2022-09-01",
        "أخبار الواحة",
        ("تمور", "زراعة"),
        (
            "بدأ المزارعون في الواحات موسم قطاف التمور هذا الأسبوع وسط توقعات بمحصول وفير بعد شتاء ممطر.",
            "ويعمل مئات العمال يوميا في جني الثمار وفرزها قبل نقلها إلى الأسواق المحلية.",
            "وتأمل الجمعيات الزراعية في زيادة الصادرات إلى الخارج خلال الأشهر المقبلة.",
        ),
        "محصول وفير",
        "هذا أفضل موسم نشهده منذ عشر سنوات.",
        (),
        (("عمال يجمعون التمور في إحدى المزارع.", "تصوير: أخبار الواحة"),),
        image_format="PNG",
    ),
    CorpusArticle(
        "ko-festival",
        "ko",
        "portal",
        "부산 불꽃축제에 백만 명 몰려",
        "광안대교 일대에서 한 시간 동안 불꽃 십만 발이 터졌다.",
        "김민수",
        "2023-11-04",
        "부산일보사",
        ("축제", "부산"),
        (
            "부산 광안리 해수욕장 일대에서 4일 열린 불꽃축제에 백만 명이 넘는 관람객이 몰렸다.",
            "주최 측은 한 시간 동안 십만 발의 불꽃을 쏘아 올렸으며 안전 요원 수천 명을 배치했다.",
            "부산시는 내년 축제에서 관람석을 늘리고 대중교통 운행을 연장할 계획이라고 밝혔다.",
        ),
        "안전 요원 수천 명 배치",
        "가족과 함께 본 불꽃이 정말 아름다웠어요.",
        (),
        (("광안대교 위로 불꽃이 터지고 있다.", "사진: 이준호 기자"),),
        encoding="euc_kr",
    ),
    # ---- Harder shapes: an old table-layout CMS with <br> paragraphs, a script-built site ----------
    CorpusArticle(
        "zh-notice",
        "zh",
        "legacy",
        "市政府召开防汛工作部署会议",
        "",
        "李强",
        "2021-06-08",
        "市政府办公室",
        (),
        (
            "6月8日，市政府召开全市防汛工作部署会议，分析当前防汛形势，安排部署下一阶段重点工作。",
            "会议要求，各地各部门要坚持人民至上、生命至上，全面排查河道、水库和城市低洼地段的风险隐患。",
            "会议强调，要加强值班值守和信息报送，确保遇到险情能够第一时间发现、第一时间处置。",
        ),
        "压实防汛责任",
        "宁可十防九空，不可失防万一。",
        (),
        (("会议现场。", "摄影：黄伟"),),
        encoding="gb18030",
    ),
    CorpusArticle(
        "ru-district",
        "ru",
        "legacy",
        "В районе отремонтировали мост через реку Исеть",
        "",
        "Елена Васильева",
        "2022-09-30",
        "Районные вести",
        (),
        (
            "В районе завершился ремонт моста через реку Исеть, который связывает три села с районным центром.",
            "Рабочие заменили пролётные строения, обновили покрытие и установили новое освещение.",
            "Движение по мосту открыто для всех видов транспорта, включая школьные автобусы.",
        ),
        "Движение открыто",
        "Теперь дорога до районного центра снова занимает двадцать минут.",
        (),
        (("Мост после ремонта.", "Фото: Елена Васильева"),),
        encoding="cp1251",
    ),
    CorpusArticle(
        "en-startup",
        "en",
        "script-built",
        "Local startup turns fishing nets into bike parts",
        "The company collects old nets from six harbours and recycles them into mudguards.",
        "Nina Alvarez",
        "2024-05-21",
        "Coast Business Daily",
        ("recycling", "business"),
        (
            "A young company on the east coast is collecting worn-out fishing nets from six harbours and turning "
            "them into mudguards and chain guards for bicycles.",
            "The nets, made of tough nylon, are cleaned, shredded and melted into pellets before being moulded in "
            "a small workshop next to the fish market.",
            "The founders say they recycled twelve tonnes of netting last year and hope to double that as more "
            "harbours join the scheme.",
        ),
        "Twelve tonnes last year",
        "Every net we take is one that does not end up in the sea.",
        (),
        (
            ("Old nets waiting to be shredded at the workshop.", "Photo: Coast Business Daily"),
            ("Finished mudguards ready for shipping.", "Photo: Nina Alvarez"),
        ),
        image_format="WEBP",
    ),
)
