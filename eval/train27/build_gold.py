"""Writes eval/train27/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train27/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train27/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl

# 1. Binjiang IoT town: 物联网产业社区 unveiled (浙江新闻 / zj.zjol.com.cn), 2021-01-29 (year est.)
IOT = "物联网小镇"
COMM = "物联网产业社区"
COMM_FIRMS = ["聚光科技", "芯图科技", "和仁科技", "海康威视"]
doc("2021-01-binjiang-iot-town-industrial-community-opens.txt", [
    (IOT, "Zone", ["杭州物联网小镇"]),
    (BJ, "Zone"),
    (COMM, "Zone"),
    ("智慧e谷", "Facility"),
    ("诚高大厦", "Facility"),
    *[(f, "Enterprise") for f in COMM_FIRMS],
], [
    (IOT, "partOf", BJ),
    (COMM, "partOf", IOT),
    ("智慧e谷", "locatedIn", COMM),
    ("诚高大厦", "locatedIn", COMM),
    *[(f, "locatedIn", COMM) for f in COMM_FIRMS],
], must_not_merge=[
    (IOT, COMM),
    (IOT, BJ),
])

# 2. 17th China International Animation Festival in Binjiang (杭州日报 via hangzhou.gov.cn), 2021-09-28
FEST = "第十七届中国国际动漫节"
ANIM_FIRMS = ["网易", "华数传媒", "电魂网络", "边锋网络", "中南卡通", "玄机科技", "游卡"]
doc("2021-09-binjiang-17th-china-international-animation-festival.txt", [
    ("杭州日报", "Enterprise"),
    (FEST, "Event", ["动漫节"]),
    ("白马湖", "Zone"),
    (BJ, "Zone", ["滨江", "国际滨"]),
    ("之江文化产业带", "Zone"),
    ("文化产业", "Industry"),
    ("动漫游戏产业", "Industry"),
    ("白马湖动漫广场", "Facility"),
    *[(f, "Enterprise") for f in ANIM_FIRMS],
], [
    (BJ, "hosts", FEST),
    (BJ, "partOf", "之江文化产业带"),
    (BJ, "focusesOn", "文化产业"),
    (BJ, "focusesOn", "动漫游戏产业"),
    *[(f, "locatedIn", BJ) for f in ANIM_FIRMS],
], must_not_merge=[
    ("白马湖", "白马湖动漫广场"),
    ("文化产业", "动漫游戏产业"),
    (BJ, "之江文化产业带"),
])

# 3. Concept plan of 杭州江南科学城 released (都市快报 via xjnnet.com), 2023-10-17
JN = "杭州江南科学城"
BX = "滨萧特别合作园"  # seeds' canonical name; this text writes 高新区(滨江)萧山特别合作园
ZERO = "国际零磁科学谷"  # typed Initiative in eval/gold/seeds.jsonl (one type per name)
doc("2023-10-binjiang-jiangnan-science-city-concept-plan.txt", [
    ("都市快报", "Enterprise"),
    (JN, "Zone", ["江南科学城"]),
    ("杭州江南科学城概念性规划", "Policy"),
    (BJ, "Zone", ["滨江区", "高新区(滨江)"]),
    (BX, "Zone", ["高新区(滨江)萧山特别合作园"]),
    ("视觉智能园区", "Zone"),
    (ZERO, "Initiative", ["零磁科学谷"]),
    ("极弱磁大科学装置", "Facility"),
    ("量子楼", "Facility", ["量子实验楼"]),
    ("白马湖实验室", "Laboratory"),
    ("智能感知技术创新中心", "InnovationPlatform"),
    ("白马湖", "Zone"),
    ("智慧新天地", "Zone"),
    ("白马湖生态创意城", "Zone", ["生态创意城"]),
], [
    (BJ, "partOf", JN),
    ("视觉智能园区", "partOf", JN),
    ("视觉智能园区", "partOf", BX),
    (ZERO, "partOf", JN),
    ("智慧新天地", "partOf", JN),
    ("白马湖生态创意城", "partOf", JN),
    ("极弱磁大科学装置", "locatedIn", JN),
], must_not_merge=[
    (JN, "杭州江南科学城概念性规划"),
    (JN, BJ),
    (BX, BJ),
    ("白马湖", "白马湖实验室"),
    ("白马湖", "白马湖生态创意城"),
    (ZERO, "极弱磁大科学装置"),
])

# 4. Binjiang conference on new productive forces, AI policies (科技日报 / stdaily.com), 2025-11-12
ACT = "关于深化“两新”融合 培育发展新质生产力的行动方案"
AI_OPIN = "关于加快新一代人工智能产业应用发展的若干意见"
AI_OPT = "关于迭代优化〈关于加快新一代人工智能产业应用发展的若干意见〉的方案(征求意见稿)"
CONF = "杭州高新区(滨江)科技创新和产业创新深度融合培育发展新质生产力大会"
VOUCHERS = ["算力券", "语料券", "模型券", "创新券"]
doc("2025-11-binjiang-new-productive-forces-conference-ai-policy.txt", [
    ("科技日报", "Enterprise"),
    ("江耘", "Person"),
    ("郑嘉宇", "Person"),
    ("侯鲁楠", "Person"),
    ("涂心如", "Person"),
    ("丁巍", "Person"),
    ("王理生", "Person"),
    (BJ, "Zone", ["高新区"]),
    (CONF, "Event"),
    (ACT, "Policy", ["行动方案"]),
    (AI_OPT, "Policy", ["优化意见", "优化方案"]),
    (AI_OPIN, "Policy"),
    *[(v, "Initiative") for v in VOUCHERS],
    ("人工智能", "Industry"),
], [
    (BJ, "hosts", CONF),
    (ACT, "issuedBy", BJ),
    (AI_OPT, "issuedBy", BJ),
    (AI_OPIN, "issuedBy", BJ),
    (BJ, "focusesOn", "人工智能"),
], must_not_merge=[
    (AI_OPIN, AI_OPT),
    (BJ, CONF),
    ("算力券", "模型券"),
])

# 5. Xihu district government signs with 浙江科技学院 (中国网 浙江), 2021-09-18
XH_GOV = "杭州市西湖区人民政府"
ZUST = "浙江科技学院"
LX = "留下街道办事处"
YF = "上海沿锋汽车科技"
doc("2021-09-xihu-district-zust-district-university-signing.txt", [
    ("中国网", "Enterprise"),
    ("丁萨", "Person"),
    ("金晶", "Person"),
    ("唐英", "Person"),
    (XH_GOV, "GovernmentBody", ["西湖区政府", "西湖区人民政府"]),
    (ZUST, "University"),
    ("浙江科技学院小和山校区", "University"),
    ("杭州市西湖区科学技术局", "GovernmentBody", ["区科技局"]),
    (LX, "GovernmentBody", ["留下街道"]),
    (YF, "Enterprise"),
    ("珀莱雅", "Enterprise"),
    ("日盛净化", "Enterprise"),
    ("东信光电", "Enterprise"),
    ("浙江省数字化制造产教融合联盟", "InnovationPlatform"),
    ("人工智能", "Industry"),
    ("大数据", "Industry"),
], [
    (XH_GOV, "cooperatesWith", ZUST),
    ("杭州市西湖区科学技术局", "cooperatesWith", ZUST),
    (LX, "cooperatesWith", ZUST),
    (LX, "cooperatesWith", YF),
    (YF, "cooperatesWith", ZUST),
], must_not_merge=[
    (ZUST, "浙江科技学院小和山校区"),
    (XH_GOV, "杭州市西湖区科学技术局"),
])

# 6. Qiantang: university town and talent-industry integration (杭州日报 via hzxcw), 2023-06-29
QT = "钱塘区"
XS = "杭州下沙高教园区"
QT_UNIS = ["浙江水利水电学院", "浙江理工大学", "浙江育英职业技术学院", "杭州电子科技大学"]
doc("2023-06-qiantang-university-town-talent-industry-integration.txt", [
    ("杭州钱塘科学城", "Zone", ["钱塘科学城"]),
    *[(u, "University") for u in QT_UNIS],
    (QT, "Zone", ["钱塘"]),
    ("习近平", "Person"),
    ("八八战略", "Initiative"),
    ("斯坦福大学", "University"),
    ("弗雷德里克·特曼", "Person"),
    (XS, "Zone", ["下沙高教园区"]),
    ("浙江省人民政府", "GovernmentBody", ["浙江省政府"]),
    ("杭州经济技术开发区", "Zone"),
], [
    ("杭州钱塘科学城", "partOf", QT),
    *[(u, "locatedIn", QT) for u in QT_UNIS],
    (XS, "partOf", QT),
    (XS, "partOf", "杭州经济技术开发区"),
    (XS, "foundedBy", "浙江省人民政府"),
], must_not_merge=[
    ("杭州钱塘科学城", QT),
    (XS, "杭州经济技术开发区"),
])

# 7. Vice-governor visits the Beihang Hangzhou institute and graduate school (hzii.buaa.edu.cn), 2021-09-02
HZII = "北京航空航天大学杭州创新研究院"
GS = "北航杭州白马湖研究生院"
doc("2021-09-beihang-hangzhou-institute-vice-governor-visit.txt", [
    ("王文序", "Person"),
    (GS, "University", ["白马湖研究生院", "北航杭州研究生院", "北航研究生院"]),
    (HZII, "ResearchInstitute", ["北航杭州创新研究院"]),
    ("王敏", "Person"),
    ("李志龙", "Person"),
    ("邓元", "Person"),
    (BJ, "Zone", ["高新区(滨江)"]),
    ("北京航空航天大学", "University", ["北航"]),
], [
    (HZII, "ledBy", "邓元"),
    (BJ, "ledBy", "李志龙"),
    (BJ, "cooperatesWith", "北京航空航天大学"),
], must_not_merge=[
    ("北京航空航天大学", HZII),
    ("北京航空航天大学", GS),
    (GS, HZII),
])

# 8. Hangzhou holds six of Zhejiang's nine provincial laboratories (浙江新闻客户端 via sytcj.com), 2022 (est.)
doc("2022-hangzhou-six-provincial-laboratories-third-batch.txt", [
    ("浙江新闻客户端", "Enterprise"),
    ("张留", "Person"),
    ("刘梦熙", "Person"),
    ("西湖大学云谷校区", "University"),
    ("白马湖实验室", "Laboratory"),
    ("东海实验室", "Laboratory"),
    ("天目山实验室", "Laboratory"),
    ("之江实验室", "Laboratory", ["之江"], True),
    ("良渚实验室", "Laboratory", ["良渚"], True),
    ("西湖实验室", "Laboratory", ["西湖"], True),
    ("湖畔实验室", "Laboratory"),
    ("中国共产党杭州市第十三次代表大会", "Event", ["杭州市党代会"]),
    ("之江南湖总部", "Facility"),
    ("浙江省科学技术厅", "GovernmentBody", ["省科技厅"]),
    ("浙江省实验室体系建设方案", "Policy"),
], [
    ("浙江省实验室体系建设方案", "issuedBy", "浙江省科学技术厅"),
], must_not_merge=[
    ("之江实验室", "之江南湖总部"),
    ("西湖实验室", "西湖大学云谷校区"),
])

gold.write(HERE / "gold.jsonl")
