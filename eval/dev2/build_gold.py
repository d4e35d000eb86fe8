"""Writes eval/dev2/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/dev2/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/dev2/docs/")
doc = gold.doc


BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl

# 1. Binjiang–Xiaoshan special cooperation park unveiled (杭州日报 via 杭州宣传网), 2022-03-04
BX = "滨萧特别合作园"  # seeds' canonical name; this text writes the full form
doc("2022-03-binjiang-xiaoshan-special-cooperation-park-unveiled.txt", [
    (BX, "Zone", ["杭州高新区(滨江)萧山特别合作园"]),
    (BJ, "Zone", ["滨江区", "滨江"]),
    ("萧山区", "Zone", ["萧山"]),
    ("杭州市发展和改革委员会", "GovernmentBody", ["市发改委"]),
    ("杭州高新区(滨江)萧山特别合作园合作协议", "Policy"),
    ("刘捷", "Person"),
    ("刘忻", "Person"),
    ("柯吉欣", "Person"),
    ("朱华", "Person"),
    ("王敏", "Person"),
    ("三江创智新城", "Zone"),
    ("未来产业社区", "Zone"),
    ("湖头陈产业园", "Zone"),
    ("紫橙产业园", "Zone", ["紫橙"], True),
    ("蓝橙产业园", "Zone"),
    ("信息通信技术及应用创新产业", "Industry"),
    ("生物医药", "Industry"),
    ("大健康", "Industry", ["大健康产业"]),
    ("先进制造业", "Industry"),
    ("现代服务业", "Industry"),
    ("杭州日报", "Enterprise"),
    ("赵芳洲", "Person"),
    ("吴阳杰", "Person"),
], [
    (BJ, "cooperatesWith", "萧山区"),
    ("三江创智新城", "partOf", BX),
    ("未来产业社区", "partOf", BX),
    ("湖头陈产业园", "partOf", BX),
    ("紫橙产业园", "partOf", BX),
    ("蓝橙产业园", "partOf", BX),
    (BX, "focusesOn", "信息通信技术及应用创新产业"),
    (BX, "focusesOn", "生物医药"),
    (BX, "focusesOn", "大健康"),
    (BX, "focusesOn", "先进制造业"),
    (BX, "focusesOn", "现代服务业"),
], must_not_merge=[
    (BX, BJ),
    (BX, "萧山区"),
    (BX, "杭州高新区(滨江)萧山特别合作园合作协议"),
    ("紫橙产业园", "蓝橙产业园"),
])

# 2. People's Daily feature on Binjiang (advertising page 16), 2023-11-23, HTML
doc("2023-11-peoples-daily-binjiang-world-leading-science-park.html", [
    (BJ, "Zone"),
    ("人民日报", "Enterprise"),
    ("第19届亚洲运动会", "Event", ["杭州第19届亚运会"]),
    ("第4届亚洲残疾人运动会", "Event", ["杭州第4届亚残运会"]),
    ("大莲花", "Facility"),
    ("八八战略", "Initiative"),
    ("数字经济", "Industry"),
    ("网易", "Enterprise"),
    ("海康威视", "Enterprise"),
    ("大华股份", "Enterprise"),
    ("新华三", "Enterprise"),
    ("中控技术", "Enterprise"),
    ("恒生电子", "Enterprise"),
    ("集成电路", "Industry"),
    ("信息软件", "Industry"),
    ("数字经济综合评价指数", "Award"),
    ("国家高新区排名", "Award", ["国家高新区综合评价"]),
    ("科技创新鼎", "Award"),
], [
    ("大莲花", "locatedIn", BJ),
    (BJ, "hosts", "第19届亚洲运动会"),
    (BJ, "hosts", "第4届亚洲残疾人运动会"),
    (BJ, "focusesOn", "数字经济"),
    (BJ, "focusesOn", "集成电路"),
    (BJ, "focusesOn", "信息软件"),
    ("网易", "locatedIn", BJ),
    ("海康威视", "locatedIn", BJ),
    ("大华股份", "locatedIn", BJ),
    ("新华三", "locatedIn", BJ),
    ("中控技术", "locatedIn", BJ),
    ("恒生电子", "locatedIn", BJ),
    (BJ, "awarded", "数字经济综合评价指数"),
    (BJ, "awarded", "国家高新区排名"),
    (BJ, "awarded", "科技创新鼎"),
], must_not_merge=[
    ("第19届亚洲运动会", "第4届亚洲残疾人运动会"),
    ("数字经济", "数字经济综合评价指数"),
    ("国家高新区排名", "数字经济综合评价指数"),
])

# 3. Suzhou New District (苏州高新区) major-project signing (上观新闻 baijiahao feed), May 2023 (year est.)
SND = "苏州高新区"
DX = "苏州中科地星创新技术研究所"
SND_FIRMS = ["理想汽车", "新磊半导体", "爱尔铃克铃尔—彼欧", "艾成科技", "长兴电子", "中建国际", "阿特斯",
             "云学堂", "百普赛斯", "安领生物", "速腾电子", "速迈医学", "精控能源"]
SND_INDUSTRIES = ["集成电路", "医疗器械", "生物医药", "绿色低碳", "高端装备制造", "新一代信息技术", "现代服务业"]
doc("2023-05-suzhou-snd-major-projects-signing.txt", [
    (SND, "Zone"),
    (DX, "ResearchInstitute"),
    ("中科院地质地球所", "ResearchInstitute"),
    ("苏州市产业技术研究院", "ResearchInstitute"),
    ("太湖科学城", "Zone"),
    ("环太湖科创圈", "Zone"),
    ("长光华芯光电产业园", "Zone"),
    ("esr国际生命科学产业园", "Zone"),
    ("西门子长三角人工智能共创实验室", "Laboratory"),
    ("南京大学国家集成电路产教融合创新平台苏州中心", "InnovationPlatform"),
    *[(f, "Enterprise") for f in SND_FIRMS],
    *[(i, "Industry") for i in SND_INDUSTRIES],
], [
    *[(f, "locatedIn", SND) for f in SND_FIRMS],
    ("长光华芯光电产业园", "partOf", SND),
    ("esr国际生命科学产业园", "partOf", SND),
    ("西门子长三角人工智能共创实验室", "locatedIn", SND),
    ("南京大学国家集成电路产教融合创新平台苏州中心", "locatedIn", SND),
    (DX, "coBuiltBy", "中科院地质地球所"),
    (DX, "coBuiltBy", "苏州市产业技术研究院"),
    (DX, "coBuiltBy", SND),
    (DX, "locatedIn", "太湖科学城"),
    (DX, "locatedIn", SND),
    ("太湖科学城", "partOf", "环太湖科创圈"),
    *[(SND, "focusesOn", i) for i in SND_INDUSTRIES],
], must_not_merge=[
    (DX, "中科院地质地球所"),
    (DX, "苏州市产业技术研究院"),
    ("太湖科学城", "环太湖科创圈"),
    (SND, "太湖科学城"),
    ("集成电路", "南京大学国家集成电路产教融合创新平台苏州中心"),
])

# 4. Dongguan Songshan Lake hi-tech zone: three industry bases unveiled (中国化工报 via jjchem.net), 2021-02-23
SSL = "东莞松山湖高新区"
BIO = "松山湖生物技术产业基地"
SSL_INDUSTRIES = ["信息技术", "生物技术", "智能装备", "新材料", "生产性服务业"]
BIO_INDUSTRIES = ["生物医药", "创新药物", "高端医疗器械", "智慧医疗"]
doc("2021-02-dongguan-songshan-lake-three-industry-bases.txt", [
    ("中国化工报", "Enterprise"),
    ("中化新网", "Enterprise"),
    (SSL, "Zone", ["松山湖高新区"]),
    (BIO, "Zone"),
    ("东部智能制造产业基地", "Zone"),
    ("东莞新材料产业基地", "Zone"),
    ("广东省人民政府", "GovernmentBody"),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    *[(i, "Industry") for i in SSL_INDUSTRIES],
    ("生物医药", "Industry", ["生物医药产业"]),
    *[(i, "Industry") for i in BIO_INDUSTRIES[1:]],
    ("广东联捷生物科技有限公司", "Enterprise"),
    ("东莞松山湖育成中心", "InnovationPlatform"),
    ("广东省医疗器械质量监督检验所生物性能实验室", "Laboratory"),
    ("东莞市食品药品检测中心", "GovernmentBody"),
    ("广东医科大学", "University"),
    ("广东省医学分子诊断重点实验室", "Laboratory"),
], [
    (BIO, "partOf", SSL),
    ("东部智能制造产业基地", "partOf", SSL),
    ("东莞新材料产业基地", "partOf", SSL),
    *[(SSL, "focusesOn", i) for i in SSL_INDUSTRIES],
    *[(BIO, "focusesOn", i) for i in BIO_INDUSTRIES],
    ("广东省医疗器械质量监督检验所生物性能实验室", "locatedIn", BIO),
    ("东莞市食品药品检测中心", "locatedIn", BIO),
    ("广东省医学分子诊断重点实验室", "locatedIn", BIO),
    ("广东省医学分子诊断重点实验室", "partOf", "广东医科大学"),
], must_not_merge=[
    (SSL, BIO),
    ("中国化工报", "中化新网"),
    ("新材料", "东莞新材料产业基地"),
    ("广东医科大学", "广东省医学分子诊断重点实验室"),
    ("广东省医疗器械质量监督检验所生物性能实验室", "广东省医学分子诊断重点实验室"),
    (SSL, "东莞松山湖育成中心"),
])

# 5. Guangzhou Huangpu: Sui–Gang (Guangzhou–Hong Kong) science park and Beijing–Guangzhou innovation centre, 2019 (est.)
SG = "穗港科技合作园"
HP, GZHT, GZKF = "黄埔区", "广州高新区", "广州开发区"  # one administration under three names; kept apart
JG = "京广协同创新中心"
doc("2019-08-guangzhou-huangpu-sui-gang-science-park.txt", [
    ("湾区+战略", "Initiative"),
    (SG, "Zone", ["穗港科技合作园区"]),
    ("穗港智造特别合作区", "Zone"),
    (HP, "Zone"),
    (GZHT, "Zone"),
    (GZKF, "Zone"),
    ("云埔工业园", "Zone"),
    ("氢能源", "Industry"),
    ("人工智能", "Industry"),
    ("智能装备", "Industry"),
    ("战略性新兴产业", "Industry"),
    ("香港大学", "University"),
    ("张翔", "Person"),
    (JG, "InnovationPlatform"),
    ("北京开发区", "Zone"),
    ("湾区+创新战略", "Initiative"),
    ("黄埔实验室", "Laboratory"),
], [
    ("云埔工业园", "partOf", GZKF),
    (SG, "partOf", "云埔工业园"),
    (SG, "coBuiltBy", HP),
    (SG, "coBuiltBy", GZHT),
    (SG, "coBuiltBy", GZKF),
    ("香港大学", "cooperatesWith", HP),
    ("香港大学", "cooperatesWith", GZHT),
    ("香港大学", "cooperatesWith", GZKF),
    ("香港大学", "ledBy", "张翔"),
    (JG, "locatedIn", SG),
    (JG, "coBuiltBy", GZKF),
    (JG, "coBuiltBy", "北京开发区"),
    (GZKF, "cooperatesWith", "北京开发区"),
    ("黄埔实验室", "foundedBy", HP),
    ("黄埔实验室", "foundedBy", GZHT),
    ("黄埔实验室", "foundedBy", GZKF),
], systems=[
    {"formula": "4+2", "tiers": [
        {"symbol": "4", "declared": 4, "members": []},
        {"symbol": "2", "declared": 2, "members": []}]},
], must_not_merge=[
    (SG, "穗港智造特别合作区"),
    (HP, GZKF),
    (GZHT, GZKF),
    (HP, GZHT),
    (GZKF, "北京开发区"),
    ("湾区+战略", "湾区+创新战略"),
    (SG, JG),
])

# 6. Ningbo Yongjiang laboratory (新材料浙江省实验室) unveiled (bj.wendu.com), 2021-05-19
YJ = "甬江实验室"
# "绿色化工与高端化学材料、…、先进制造技术与装备8个国际一流水平的研究中心": eight centres by coordination
YJ_CENTRES = [
    ("绿色化工与高端化学材料研究中心", "绿色化工与高端化学材料"),
    ("高分子与复合材料研究中心", "高分子与复合材料"),
    ("高端合金材料研究中心", "高端合金材料"),
    ("电子信息材料与器件研究中心", "电子信息材料与器件"),
    ("新能源材料研究中心", "新能源材料"),
    ("生物医用材料研究中心", "生物医用材料"),
    ("极端环境使役材料研究中心", "极端环境使役材料"),
    ("先进制造技术与装备研究中心", "先进制造技术与装备8个国际一流水平的研究中心"),
]
doc("2021-05-ningbo-yongjiang-laboratory-unveiled.txt", [
    (YJ, "Laboratory", ["新材料浙江省实验室"]),
    ("彭佳学", "Person"),
    ("卢山", "Person"),
    ("崔平", "Person"),
    ("中科院宁波材料所", "ResearchInstitute"),
    ("镇海区", "Zone"),
    ("新材料小镇", "Zone"),
    ("新材料", "Industry"),
    ("246产业", "Initiative"),
    *[(name, "ResearchInstitute", [alias], True) for name, alias in YJ_CENTRES],
], [
    (YJ, "ledBy", "崔平"),
    (YJ, "locatedIn", "新材料小镇"),
    (YJ, "locatedIn", "镇海区"),
    ("新材料小镇", "partOf", "镇海区"),
    (YJ, "focusesOn", "新材料"),
    *[(name, "partOf", YJ) for name, _ in YJ_CENTRES],
], must_not_merge=[
    (YJ, "中科院宁波材料所"),
    ("新材料小镇", "新材料"),
    ("新材料小镇", "镇海区"),
    ("高分子与复合材料研究中心", "新能源材料研究中心"),
])

gold.write(HERE / "gold.jsonl")
