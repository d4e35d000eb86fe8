"""Writes eval/train9/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train9/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train9/docs/")
doc = gold.doc


# 1. Shenzhen Guangming and Dongguan Songshan Lake sign a science-city agreement (南方日报 repost), 2024-07-26
SSLSC = "松山湖科学城"
PILOT = "大湾区综合性国家科学中心先行启动区"
SSLGOV = "东莞松山湖高新技术产业开发区管理委员会"
AGREE1 = "共同推进大湾区综合性国家科学中心先行启动区建设战略合作协议"
SSL_SITES = ["中国散裂中子源", "松山湖材料实验室", "先进阿秒激光设施", "南方光源研究测试平台",
             "香港城市大学(东莞)", "大湾区大学(松山湖校区)"]
SSL_EVENTS = ["华为开发者大会", "粤港澳院士峰会", "松山湖科学会议"]
doc("2024-07-dongguan-songshan-lake-guangming-science-cities-agreement.txt", [
    ("南方日报", "Enterprise"),
    (SSLSC, "Zone"),
    ("东莞松山湖高新区", "Zone", ["松山湖"]),
    ("光明区", "Zone", ["深圳光明区"]),
    (SSLGOV, "GovernmentBody", ["东莞松山湖管委会"]),
    (AGREE1, "Policy"),
    (PILOT, "Zone"),
    ("粤港澳大湾区国际科技创新中心", "InnovationPlatform"),
    ("中国散裂中子源", "Facility"),
    ("松山湖材料实验室", "Laboratory"),
    ("先进阿秒激光设施", "Facility", ["先进阿秒激光"]),
    ("南方光源研究测试平台", "InnovationPlatform"),
    ("香港城市大学(东莞)", "University"),
    ("大湾区大学(松山湖校区)", "University"),
    *[(e, "Event") for e in SSL_EVENTS],
], [
    ("光明区", "cooperatesWith", SSLGOV),
    (AGREE1, "supports", PILOT),
    (SSLSC, "partOf", PILOT),
    *[(s, "locatedIn", SSLSC) for s in SSL_SITES],
    *[(SSLSC, "hosts", e) for e in SSL_EVENTS],
], must_not_merge=[
    (SSLSC, "松山湖材料实验室"),
    (SSLSC, PILOT),
    (SSLSC, "东莞松山湖高新区"),
    (PILOT, AGREE1),
    (SSLSC, "松山湖科学会议"),
    ("中国散裂中子源", "南方光源研究测试平台"),
])

# 2. "上海浦东软件园贵阳园" opens in Guiyang national hi-tech zone (中国日报网 partner feed), 2026-01-16
GY = "贵阳高新区"  # canonical name in eval/train5
GYP = "上海浦东软件园贵阳园"
PSP = "上海浦东软件园股份有限公司"
GY_OPEN = "沪黔协作数智产业交流暨上海浦东软件园贵阳园开园仪式"
GYP_INDUSTRIES = ["人工智能", "数据服务", "软件信息"]
doc("2026-01-guiyang-hi-tech-zone-pudong-software-park-guiyang-opens.txt", [
    (GY, "Zone", ["贵阳国家高新区"]),
    (GYP, "Zone", ["贵阳园"]),
    (GY_OPEN, "Event"),
    ("沪黔协作共话贵州数智产业发展圆桌对话", "Event"),
    ("数智贵州", "Initiative"),
    ("贵州省大数据发展管理局", "GovernmentBody"),
    ("贵阳市人民政府", "GovernmentBody"),
    ("贵阳市大数据发展管理局", "GovernmentBody"),
    ("贵阳国家高新技术产业开发区管理委员会", "GovernmentBody", ["贵阳国家高新区管委会"]),
    (PSP, "Enterprise", ["浦软"]),
    ("虞俭", "Person"),
    ("数字经济", "Industry"),
    ("大数据产业", "Industry"),
    *[(i, "Industry") for i in GYP_INDUSTRIES],
], [
    (GYP, "partOf", GY),
    (GYP, "foundedBy", PSP),
    ("贵阳市大数据发展管理局", "hosts", GY_OPEN),
    ("贵阳国家高新技术产业开发区管理委员会", "hosts", GY_OPEN),
    (PSP, "hosts", GY_OPEN),
    *[(GYP, "focusesOn", i) for i in GYP_INDUSTRIES],
    (GY, "focusesOn", "数字经济"),
], must_not_merge=[
    (GYP, GY),
    (GYP, PSP),
    (GYP, GY_OPEN),
    (GY, "贵阳国家高新技术产业开发区管理委员会"),
    ("贵州省大数据发展管理局", "贵阳市大数据发展管理局"),
])

# 3. Yongjiang sci-tech zone (Ningbo), Beilun area: headquarters projects start (宁波市科学技术局), 2025-01-03
YJK = "甬江科创区"
BL = "甬江科创区北仑片区"
DFI = "宁波东方中央研究院"
BL_FIRMS = ["宁波翼程", "吉利", "天一建筑设计"]
BL_INDUSTRIES = ["高端制造", "航空航天", "生命健康"]
doc("2025-01-ningbo-yongjiang-sci-tech-zone-beilun-headquarters-projects.txt", [
    (YJK, "Zone"),
    (BL, "Zone"),
    ("甬江科创区北仑片区建设指挥部", "GovernmentBody", ["甬江科创区北仑片区设指挥部"]),
    ("宁波市科学技术局", "GovernmentBody"),
    (DFI, "ResearchInstitute", ["东方中央研究院"]),
    ("宁波东方电缆股份有限公司", "Enterprise"),
    ("海天高端精密产业园", "Zone"),
    ("滨江装备创业园", "Zone"),
    *[(f, "Enterprise") for f in BL_FIRMS],
    *[(i, "Industry") for i in BL_INDUSTRIES],
], [
    (BL, "partOf", YJK),
    (DFI, "locatedIn", BL),
    (DFI, "foundedBy", "宁波东方电缆股份有限公司"),
    ("海天高端精密产业园", "partOf", BL),
    ("滨江装备创业园", "partOf", BL),
    *[(f, "locatedIn", BL) for f in BL_FIRMS],
    *[(BL, "focusesOn", i) for i in BL_INDUSTRIES],
], must_not_merge=[
    (BL, YJK),
    (BL, "甬江科创区北仑片区建设指挥部"),
    (DFI, "宁波东方电缆股份有限公司"),
    ("海天高端精密产业园", "滨江装备创业园"),
    ("宁波翼程", "高端制造"),
])

# 4. Lanzhou: platforms of the Lanbai zones (兰州日报 via 新浪财经), 2024-04-23
LZ = "兰州高新区"
LZNA = "兰州新区"
doc("2024-04-lanzhou-lanbai-zones-sci-tech-platforms.txt", [
    ("兰州日报", "Enterprise"),
    (LZ, "Zone", ["高新区"]),
    ("兰州高新区国家生物医药产业基地", "InnovationPlatform"),
    ("兰州兽研所", "ResearchInstitute"),
    ("西北病原生物学基础学科研究中心", "ResearchInstitute"),
    ("动物医学与生物安全学院", "University"),
    ("兰州牧药所", "ResearchInstitute"),
    ("广药集团", "Enterprise"),
    ("宠物药物联合研发中心", "ResearchInstitute"),
    ("山东大学甘肃研究院", "ResearchInstitute"),
    ("甘肃省科学院兰州分院", "ResearchInstitute"),
    ("兰州工业研究院协同创新基地", "InnovationPlatform"),
    (LZNA, "Zone"),
    ("天津大学", "University"),
    ("兰州大学", "University"),
    ("基于加速器的医用同位素药物研发平台", "InnovationPlatform"),
    ("甘肃省离子束放射治疗技术创新中心", "InnovationPlatform"),
    ("金川兰新电子半导体封装材料重点实验室", "Laboratory"),
    ("百林科技术创新中心", "InnovationPlatform"),
    ("飞天创新港", "InnovationPlatform"),
    ("重离子装备制造基地", "Facility"),
], [
    ("西北病原生物学基础学科研究中心", "foundedBy", "兰州兽研所"),
    ("动物医学与生物安全学院", "foundedBy", "兰州兽研所"),
    ("宠物药物联合研发中心", "coBuiltBy", "兰州牧药所"),
    ("宠物药物联合研发中心", "coBuiltBy", "广药集团"),
    (LZNA, "cooperatesWith", "天津大学"),
    (LZNA, "cooperatesWith", "兰州大学"),
    ("金川兰新电子半导体封装材料重点实验室", "locatedIn", LZNA),
    ("百林科技术创新中心", "locatedIn", LZNA),
    ("飞天创新港", "locatedIn", LZ),
    ("重离子装备制造基地", "locatedIn", LZNA),
], must_not_merge=[
    (LZ, LZNA),
    (LZ, "兰州高新区国家生物医药产业基地"),
    ("兰州兽研所", "兰州牧药所"),
    ("兰州兽研所", "西北病原生物学基础学科研究中心"),
    ("山东大学甘肃研究院", "甘肃省科学院兰州分院"),
    ("兰州大学", "天津大学"),
])

# 5. Yunnan's hi-tech zones: the "3+4" pattern and Kunming's labs (yn.cnipai.com), 2024-07-12
KM = "昆明国家高新技术产业开发区"
MJP = "昆明高新区马金铺片区"
YX = "玉溪国家高新技术产业开发区"
CX = "楚雄国家高新技术产业开发区"
YN_PROV = ["曲靖高新技术产业开发区", "文山高新技术产业开发区", "临沧高新技术产业开发区", "丽江金山高新技术产业开发区"]
YN_INDUSTRIES = ["新型疫苗", "稀贵金属", "新能源电池", "硅光伏", "数字经济"]
doc("2024-07-yunnan-hi-tech-zones-3-plus-4-innovation.txt", [
    (KM, "Zone"),
    (MJP, "Zone"),
    ("闻泰昆明智能制造产业园", "Zone"),
    ("周灿", "Person"),
    (YX, "Zone", [], True),
    (CX, "Zone", ["楚雄3个国家高新区"], True),
    ("曲靖高新技术产业开发区", "Zone", [], True),
    ("文山高新技术产业开发区", "Zone", [], True),
    ("临沧高新技术产业开发区", "Zone", [], True),
    ("丽江金山高新技术产业开发区", "Zone", ["丽江金山4个省级高新区"], True),
    ("中华人民共和国工业和信息化部", "GovernmentBody", ["工业和信息化部"]),
    ("云南贵金属实验室", "Laboratory"),
    ("云南特色植物提取实验室", "Laboratory"),
    ("云南省科学技术厅", "GovernmentBody", ["省科技厅"]),
    *[(i, "Industry") for i in YN_INDUSTRIES],
], [
    (MJP, "partOf", KM),
    ("闻泰昆明智能制造产业园", "partOf", MJP),
    ("云南贵金属实验室", "locatedIn", KM),
    ("云南特色植物提取实验室", "locatedIn", KM),
], systems=[
    {"formula": "3+4", "tiers": [
        {"symbol": "3", "declared": 3, "members": [KM, YX, CX]},
        {"symbol": "4", "declared": 4, "members": YN_PROV}]},
], must_not_merge=[
    (KM, MJP),
    (MJP, "闻泰昆明智能制造产业园"),
    (YX, CX),
    ("曲靖高新技术产业开发区", "丽江金山高新技术产业开发区"),
    ("云南贵金属实验室", "云南特色植物提取实验室"),
    ("中华人民共和国工业和信息化部", "云南省科学技术厅"),
])

# 6. Zhengzhou: BIT Zhengzhou research institute project in Zhongyuan science city (郑州日报 e-paper, p.2), Jan 2025
ZY = "郑州中原科技城"  # canonical name in eval/train5
LHB = "龙湖北部片区"
BIT = "北理工郑州研究院"
ZYP = "中原科技城智能科技产业园"
ZYP_INDUSTRIES = ["医工融合创新医疗", "智能系统与数据技术", "信息通信与新兴电子", "新兴功能材料"]
doc("2025-01-zhengzhou-zhongyuan-science-city-bit-research-institute.txt", [
    ("龙湖金融岛", "Zone"),
    (ZY, "Zone", ["中原科技城"]),
    (LHB, "Zone", ["北龙湖片区"]),
    (BIT, "ResearchInstitute"),
    ("郑东新区", "Zone"),
    ("赛迪顾问城市经济研究中心", "ResearchInstitute"),
    ("科技城百强榜(2024)", "Award"),
    (ZYP, "Zone"),
    *[(i, "Industry") for i in ZYP_INDUSTRIES],
    ("卢鹏", "Person"),
], [
    (LHB, "partOf", ZY),
    (BIT, "locatedIn", LHB),
    (BIT, "locatedIn", ZY),
    (ZY, "awarded", "科技城百强榜(2024)"),
    (ZYP, "partOf", ZY),
    *[(ZYP, "focusesOn", i) for i in ZYP_INDUSTRIES],
], must_not_merge=[
    (ZY, LHB),
    (ZY, ZYP),
    (ZYP, BIT),
    (ZY, "郑东新区"),
    ("龙湖金融岛", LHB),
])

# 7. Wuhan East Lake hi-tech zone (Optics Valley) 2024 results (中国新闻网 repost), 2025-02-08
DH = "东湖高新区"  # canonical name in the earlier sets (aliases 中国光谷, 光谷)
DH_INDUSTRIES = ["光电子信息", "芯片", "新型显示", "生命健康"]
doc("2025-02-wuhan-east-lake-hi-tech-zone-2024-results.txt", [
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("卢琪", "Person"),
    (DH, "Zone", ["武汉东湖高新区", "中国光谷", "光谷"]),
    ("东湖高新区党工委(扩大)会议暨2025年度工作会议", "Event"),
    ("鲁宇清", "Person"),
    ("汉江国家实验室", "Laboratory"),
    ("湖北科创供应链平台", "InnovationPlatform"),
    *[(i, "Industry") for i in DH_INDUSTRIES],
], [
    ("汉江国家实验室", "locatedIn", DH),
    *[(DH, "focusesOn", i) for i in DH_INDUSTRIES],
], must_not_merge=[
    (DH, "东湖高新区党工委(扩大)会议暨2025年度工作会议"),
    ("光电子信息", "芯片"),
    ("芯片", "新型显示"),
])

# 8. Optics Valley future-industry research institute unveiled (新华网 repost), 2025-01-08
GFI = "光谷未来产业研究院"
WCH = "2024武创荟·未来产业科技创新对接活动"
GFI_FOUNDERS = ["光谷金控", "高科集团", "省科投"]
doc("2025-01-wuhan-optics-valley-future-industry-institute-unveiled.txt", [
    ("新华网", "Enterprise"),
    ("湖北省科学技术厅", "GovernmentBody", ["湖北省科技厅"]),
    (WCH, "Event"),
    (DH, "Zone", ["光谷"]),
    (GFI, "ResearchInstitute"),
    *[(f, "Enterprise") for f in GFI_FOUNDERS],
    ("未来产业", "Industry"),
], [
    (DH, "hosts", WCH),
    (GFI, "locatedIn", DH),
    *[(GFI, "coBuiltBy", f) for f in GFI_FOUNDERS],
    *[(f, "locatedIn", DH) for f in GFI_FOUNDERS],
    (DH, "focusesOn", "未来产业"),
    (GFI, "focusesOn", "未来产业"),
], must_not_merge=[
    (DH, GFI),
    (GFI, "未来产业"),
    (WCH, "未来产业"),
    ("光谷金控", "高科集团"),
])

gold.write(HERE / "gold.jsonl")
