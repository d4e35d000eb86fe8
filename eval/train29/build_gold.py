"""Writes eval/train29/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train29/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train29/docs/")
doc = gold.doc

# 1. Xi'an High-tech Zone: national hard-tech innovation demonstration zone meeting, 2024-11-01
XA = "西安高新区"
XA_GOV = "西安高新技术产业开发区管理委员会"
XA_MEET = "国家硬科技创新示范区建设会议"
CAS = "中国科学院"
CAS_LABS = [
    ("中国科学院超快光科学与技术重点实验室", "中国科学院超快光科学与技术"),
    ("中国科学院时间基准及应用重点实验室", "时间基准及应用"),
    ("中国科学院黄土科学重点实验室", "黄土科学三个重点实验室"),
]
BYW = "百园百校万企创新合作行动"
doc("2024-11-xian-hi-tech-zone-hard-tech-demonstration-zone-meeting.txt", [
    (XA, "Zone", ["高新区"]),
    (XA_MEET, "Event"),
    ("2024硬科技创新大会", "Event"),
    ("西安高新国际会议中心", "Facility"),
    ("西安市科学技术局", "GovernmentBody", ["西安市科技局"]),
    (XA_GOV, "GovernmentBody", ["西安高新区管委会"]),
    ("国家硬科技创新示范区", "Zone"),
    (BYW, "Initiative", ["百园百校万企合作行动"]),
    ("中华人民共和国工业和信息化部", "GovernmentBody", ["工业和信息化部"]),
    ("中华人民共和国科学技术部", "GovernmentBody", ["科技部"]),
    ("中华人民共和国教育部", "GovernmentBody", ["教育部"]),
    ("西北工业大学", "University"),
    ("西安电子科技大学", "University"),
    ("西安科学园", "Zone"),
    (CAS, "ResearchInstitute", ["中科院"]),
    *[(name, "Laboratory", [alias], True) for name, alias in CAS_LABS],
    ("西安源创航空科技有限公司", "Enterprise"),
], [
    ("西安市科学技术局", "hosts", XA_MEET),
    (XA_GOV, "hosts", XA_MEET),
    (XA, "hosts", XA_MEET),
    (BYW, "coBuiltBy", "中华人民共和国工业和信息化部"),
    (BYW, "coBuiltBy", "中华人民共和国科学技术部"),
    (BYW, "coBuiltBy", "中华人民共和国教育部"),
    (XA, "cooperatesWith", "西北工业大学"),
    (XA, "cooperatesWith", "西安电子科技大学"),
    *[(name, "locatedIn", "西安科学园") for name, _ in CAS_LABS],
    *[(name, "partOf", CAS) for name, _ in CAS_LABS],
    ("西安源创航空科技有限公司", "locatedIn", XA),
], must_not_merge=[
    (XA, XA_GOV),
    (XA, "国家硬科技创新示范区"),
    ("国家硬科技创新示范区", XA_MEET),
    (XA_MEET, "2024硬科技创新大会"),
    ("西安科学园", XA),
    (CAS, "中国科学院超快光科学与技术重点实验室"),
    ("中国科学院时间基准及应用重点实验室", "中国科学院黄土科学重点实验室"),
])

# 2. Western (Chongqing) Science City: 50 key projects break ground (重庆日报 via zqcn.com.cn), 2021-12-27
CQ = "西部(重庆)科学城"
CQ_STI = "超瞬态实验装置"
doc("2021-12-chongqing-western-science-city-50-projects-groundbreaking.txt", [
    (CQ, "Zone"),
    ("重庆日报", "Enterprise"),
    ("科学会堂", "Facility"),
    ("金凤城市中心", "Facility", ["金凤城市中心一期"]),
    ("重庆大学科学中心", "ResearchInstitute"),
    ("磁悬浮产业研究院", "ResearchInstitute"),
    ("中国平安科学城大健康科技园", "Zone"),
    ("小康", "Enterprise"),
    (CQ_STI, "Facility"),
    ("先进制造", "Industry"),
    ("先进材料", "Industry"),
    ("新能源", "Industry"),
    ("电子信息", "Industry"),
    ("生物医药", "Industry"),
    ("金凤实验室", "Laboratory"),
    ("生命科技", "Industry"),
], [
    ("科学会堂", "locatedIn", CQ),
    ("金凤城市中心", "locatedIn", CQ),
    ("重庆大学科学中心", "locatedIn", CQ),
    ("磁悬浮产业研究院", "locatedIn", CQ),
    ("中国平安科学城大健康科技园", "partOf", CQ),
    ("小康", "locatedIn", CQ),
    (CQ_STI, "locatedIn", CQ),
    (CQ_STI, "focusesOn", "先进制造"),
    (CQ_STI, "focusesOn", "先进材料"),
    (CQ_STI, "focusesOn", "新能源"),
    (CQ_STI, "focusesOn", "电子信息"),
    (CQ_STI, "focusesOn", "生物医药"),
    ("金凤实验室", "locatedIn", CQ),
    ("金凤实验室", "focusesOn", "生命科技"),
], must_not_merge=[
    (CQ, "中国平安科学城大健康科技园"),
    (CQ, "科学会堂"),
    ("金凤实验室", "金凤城市中心"),
    ("重庆大学科学中心", "磁悬浮产业研究院"),
    ("先进制造", "先进材料"),
])

# 3. Songshan Lake Materials Laboratory fifth anniversary (中国科学报 via sciencenet.cn), 2023-04-26
SSL = "松山湖材料实验室"
SSL_EVENT = "松山湖材料实验室五周年大会暨新园区启用仪式"
doc("2023-04-dongguan-songshan-lake-materials-laboratory-fifth-anniversary.txt", [
    ("朱汉斌", "Person"),
    ("曾园英", "Person"),
    ("中国科学报", "Enterprise"),
    ("新材料", "Industry"),
    (SSL, "Laboratory"),
    (SSL_EVENT, "Event"),
    ("阿秒科学中心", "ResearchInstitute"),
    ("松山湖科学对话", "Event"),
    ("松山湖材料实验室新园区", "Facility"),
    ("大湾区综合性国家科学中心", "InnovationPlatform"),
    ("王恩哥", "Person"),
    ("陈和生", "Person"),
    ("中国散裂中子源", "Facility", ["散裂中子源"]),
    ("松山湖科学城", "Zone"),
    ("中国科学院物理研究所", "ResearchInstitute", ["中科院物理所"]),
], [
    (SSL, "focusesOn", "新材料"),
    (SSL, "ledBy", "王恩哥"),
    (SSL, "locatedIn", "松山湖科学城"),
    ("中国散裂中子源", "locatedIn", "松山湖科学城"),
], must_not_merge=[
    (SSL, "松山湖材料实验室新园区"),
    (SSL, SSL_EVENT),
    (SSL, "松山湖科学城"),
    ("松山湖科学城", "松山湖科学对话"),
    ("中国散裂中子源", "中国科学院物理研究所"),
])

# 4. Shenzhen Guangming Science City five years on (读特 深圳Plus), 2023-09-19
GM = "光明科学城"
GM_START = "大湾区综合性国家科学中心先行启动区"
GBA_CENTRE = "大湾区综合性国家科学中心"
HT = "河套深港科技创新合作区"
GBA_PLAN = "粤港澳大湾区发展规划纲要"
doc("2023-09-shenzhen-guangming-science-city-five-years.txt", [
    ("深圳Plus", "Enterprise"),
    ("光明区", "Zone"),
    (GM, "Zone", ["深圳光明科学城"]),
    (GM_START, "Zone"),
    ("深圳市工程生物产业创新中心", "InnovationPlatform"),
    ("中山大学深圳校区", "University"),
    ("光明生命科学园", "Zone"),
    ("中共深圳市委员会", "GovernmentBody", ["深圳市委"]),
    ("深圳市人民政府", "GovernmentBody", ["市政府"]),
    (GBA_PLAN, "Policy"),
    (HT, "Zone", ["深港科技创新合作区"]),
    (GBA_CENTRE, "InnovationPlatform", ["综合性国家科学中心"]),
], [
    (GM, "partOf", "光明区"),
    (GM, "partOf", GM_START),
    ("深圳市工程生物产业创新中心", "locatedIn", GM),
    ("中山大学深圳校区", "locatedIn", GM),
    ("光明生命科学园", "partOf", GM),
    (GBA_PLAN, "supports", GM),
    (GBA_PLAN, "supports", HT),
    (GBA_CENTRE, "coBuiltBy", GM),
    (GBA_CENTRE, "coBuiltBy", HT),
], must_not_merge=[
    ("光明区", GM),
    (GM, GM_START),
    (GBA_CENTRE, GM_START),
    ("中共深圳市委员会", "深圳市人民政府"),
    (GM, "光明生命科学园"),
])

# 5. Hubei East Lake Science City "7997" projects (hbtctv.cn), 2022-01 (est.)
EL = "湖北东湖科学城"
EL_LABS = ["湖北光谷实验室", "湖北珞珈实验室", "湖北江城实验室", "湖北东湖实验室", "湖北九峰山实验室"]
EL_CENTRES = [
    ("国家先进存储创新中心", "国家先进存储"),
    ("国家信息光电子创新中心", "信息光电子"),
    ("国家数字化设计与制造创新中心", "数字化设计与制造等3大国家创新中心"),
]
EL_PLATFORMS = [("武汉产业创新发展研究院", "ResearchInstitute"), ("武汉人工智能计算中心", "Facility"),
                ("武汉量子技术研究院", "ResearchInstitute"), ("武汉国家级人类遗传资源库", "Facility")]
EL_PLAN = "东湖科学城建设发展规划"
doc("2022-01-wuhan-east-lake-science-city-7997-projects.txt", [
    (EL, "Zone"),
    ("国家脉冲强磁场", "Facility"),
    ("国家精密重力测量", "Facility"),
    ("东湖高新区", "Zone", ["光谷"]),
    *[(name, "Laboratory", [], True) for name in EL_LABS],
    *[(name, "InnovationPlatform", [alias], True) for name, alias in EL_CENTRES],
    *EL_PLATFORMS,
    ("光谷科学岛", "Zone", ["科学岛"]),
    (EL_PLAN, "Policy"),
    ("湖北省人民政府", "GovernmentBody", ["省政府"]),
], [
    ("国家脉冲强磁场", "locatedIn", EL),
    ("国家精密重力测量", "locatedIn", EL),
    *[(name, "locatedIn", "东湖高新区") for name in EL_LABS],
    *[(name, "locatedIn", EL) for name, _ in EL_CENTRES],
    *[(name, "locatedIn", EL) for name, _ in EL_PLATFORMS],
    ("光谷科学岛", "partOf", EL),
    (EL_PLAN, "issuedBy", "湖北省人民政府"),
], must_not_merge=[
    (EL, "东湖高新区"),
    (EL, "光谷科学岛"),
    (EL, "湖北东湖实验室"),
    ("湖北光谷实验室", "东湖高新区"),
    (EL, EL_PLAN),
    ("武汉产业创新发展研究院", "武汉量子技术研究院"),
])

# 6. Beijing Future Science City: four industry projects land (北京青年报 repost), 2024-07 (est.)
WL = "未来科学城"
WL_PARKS = ["智能钻井研发测试组装基地", "昌平未来美城产业创新基地", "未来科学城机器人产业园",
            "中软国际智创未来园区", "未来星科低碳产业园", "中关村合成生物制造产业集聚区"]
SGZ = "史各庄街道"
doc("2024-07-beijing-future-science-city-four-industry-projects.txt", [
    ("张月朦", "Person"),
    ("小米", "Enterprise", ["小米集团"]),
    ("雷军", "Person"),
    ("昌平区", "Zone"),
    (WL, "Zone"),
    ("小米手机智能工厂", "Facility", ["小米智能工厂"]),
    ("北京青年报", "Enterprise", ["北青报"]),
    *[(name, "Zone") for name in WL_PARKS],
    (SGZ, "Zone"),
    ("紫光", "Enterprise"),
    ("中公教育", "Enterprise"),
    ("慧聪网", "Enterprise"),
    ("中软国际", "Enterprise"),
    ("能源谷", "Initiative"),
    ("生命谷(国际)生物工程创新中心", "InnovationPlatform"),
    ("先进能源", "Industry"),
    ("先进制造", "Industry"),
    ("中科联绿", "Enterprise"),
    ("易蔚新能源", "Enterprise"),
    ("前景云", "Enterprise"),
    ("合成生物", "Industry"),
    ("北京市合成生物制造技术创新中心", "InnovationPlatform"),
    ("北京生物制造产业创新示范基地", "InnovationPlatform"),
], [
    ("小米", "foundedBy", "雷军"),
    (WL, "partOf", "昌平区"),
    ("小米手机智能工厂", "locatedIn", WL),
    ("小米手机智能工厂", "locatedIn", SGZ),
    *[(name, "partOf", WL) for name in WL_PARKS],
    ("紫光", "locatedIn", SGZ),
    ("中公教育", "locatedIn", SGZ),
    ("慧聪网", "locatedIn", SGZ),
    ("中软国际", "locatedIn", SGZ),
    ("生命谷(国际)生物工程创新中心", "locatedIn", WL),
    (WL, "focusesOn", "先进能源"),
    (WL, "focusesOn", "先进制造"),
    (WL, "focusesOn", "合成生物"),
    ("中科联绿", "locatedIn", WL),
    ("易蔚新能源", "locatedIn", WL),
    ("前景云", "locatedIn", WL),
    ("北京市合成生物制造技术创新中心", "locatedIn", WL),
    ("北京生物制造产业创新示范基地", "locatedIn", WL),
], must_not_merge=[
    (WL, "昌平区"),
    (WL, "未来科学城机器人产业园"),
    ("小米", "小米手机智能工厂"),
    ("中软国际", "中软国际智创未来园区"),
    ("合成生物", "中关村合成生物制造产业集聚区"),
    ("北京市合成生物制造技术创新中心", "中关村合成生物制造产业集聚区"),
    ("昌平区", "昌平未来美城产业创新基地"),
])

# 7. Beijing Huairou Science City big-science facilities (中国财经报 via 120.79.34.160), 2025-06-20
HR = "怀柔科学城"
HR_CENTRE = "怀柔综合性国家科学中心"
doc("2025-06-beijing-huairou-science-city-big-science-facilities.txt", [
    ("中国财经报", "Enterprise"),
    (HR, "Zone", ["北京怀柔科学城"]),
    (HR_CENTRE, "InnovationPlatform", ["北京怀柔综合性国家科学中心"]),
    ("中国科学院高能物理研究所", "ResearchInstitute"),
    ("高能同步辐射光源", "Facility", ["HEPS"]),
    ("潘卫民", "Person"),
    ("多模态跨尺度生物医学成像设施", "Facility"),
    ("北京大学", "University"),
    ("国家生物医学成像科学中心", "ResearchInstitute"),
    ("陈良怡", "Person"),
], [
    ("高能同步辐射光源", "locatedIn", HR),
    ("多模态跨尺度生物医学成像设施", "locatedIn", HR),
], must_not_merge=[
    (HR, HR_CENTRE),
    ("高能同步辐射光源", "中国科学院高能物理研究所"),
    ("多模态跨尺度生物医学成像设施", "国家生物医学成像科学中心"),
])

gold.write(HERE / "gold.jsonl")
