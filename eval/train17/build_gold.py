"""Writes eval/train17/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train17/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train17/docs/")
doc = gold.doc

# 1. Shanghai Lingang New Area: second anniversary, 31 projects completed (东方网), 2021-08-16
LG = "临港新片区"  # canonical as in eval/dev and eval/train2
LG_PLATFORMS = ["上海智能制造科技创新型平台", "工业互联网科技创新型平台", "复旦产业化科技创新型平台",
                "朱光亚战略科技创新型平台", "电力电子研究院科技创新型平台"]
LG_INDUSTRIES = ["集成电路", "生物医药", "民用航空", "新能源汽车"]
LG_FIRMS = ["格科微电子", "闻泰", "天岳", "中微", "新微", "鲲游", "谙邦半导体"]
BLUE = "生命蓝湾特色产业园"
BLUE_CHAIN = ["抗体药物", "免疫治疗", "疫苗", "小分子药", "CRO", "器械耗材", "医疗服务"]
BLUE_FIRMS = ["君实", "臻格", "嘉和", "透景", "白帆", "碧博", "奥浦迈"]
doc("2021-08-shanghai-lingang-second-anniversary-projects.txt", [
    (LG, "Zone", ["上海自贸试验区临港新片区"]),
    ("东方网", "Enterprise"),
    ("薛宁薇", "Person"),
    ("临港科技城", "Zone"),
    ("创新魔坊", "Facility"),
    *[(p, "InnovationPlatform") for p in LG_PLATFORMS],
    *[(i, "Industry") for i in LG_INDUSTRIES],
    *[(f, "Enterprise") for f in LG_FIRMS],
    (BLUE, "Zone"),
    *[(i, "Industry") for i in BLUE_CHAIN],
    *[(f, "Enterprise") for f in BLUE_FIRMS],
], [
    *[(p, "locatedIn", "临港科技城") for p in LG_PLATFORMS],
    ("创新魔坊", "locatedIn", "临港科技城"),
    *[(LG, "focusesOn", i) for i in LG_INDUSTRIES],
    *[(f, "locatedIn", LG) for f in LG_FIRMS],
    (BLUE, "partOf", LG),
    *[(BLUE, "focusesOn", i) for i in BLUE_CHAIN],
    *[(f, "locatedIn", BLUE) for f in BLUE_FIRMS],
], must_not_merge=[
    (LG, "临港科技城"),
    ("临港科技城", "创新魔坊"),
    (BLUE, "生物医药"),
    ("中微", "新微"),
    ("上海智能制造科技创新型平台", "工业互联网科技创新型平台"),
])

# 2. Wuxi High-tech Zone and Hong Kong PolyU: institute signed by "cloud signing" (OFweek), 2022-09-29
WX = "无锡高新区"
POLY = "香港理工大学"
PWX = "香港理工大学无锡科技创新研究院"
PWX_FIELDS = ["航空航天", "生物医药", "先进制造", "新材料", "人工智能", "通讯网络", "新能源"]
WX_OSAT = ["海太半导体", "全讯射频", "英飞凌", "力特半导体", "华润安盛", "红光微电子", "太极半导体", "中芯长电",
           "华进半导体"]
doc("2022-09-wuxi-polyu-institute-cloud-signing.txt", [
    (WX, "Zone", ["高新区"]),
    (POLY, "University"),
    (PWX, "ResearchInstitute"),
    ("无锡空港经济开发区", "Zone"),
    *[(i, "Industry") for i in PWX_FIELDS],
    *[(f, "Enterprise", ["全讯射频科技"] if f == "全讯射频" else []) for f in WX_OSAT],
    ("新吴区", "Zone"),
    ("新一代信息技术", "Industry"),
    ("集成电路", "Industry"),
    ("集成电路设计", "Industry"),
    ("无锡市新吴区工业和信息化局", "GovernmentBody", ["无锡市新吴区工信局"]),
    ("华虹无锡", "Enterprise"),
    ("华润微电子", "Enterprise"),
    ("5G产业", "Industry"),
    ("深南电路", "Enterprise"),
    ("SK海力士半导体", "Enterprise"),
], [
    (WX, "cooperatesWith", POLY),
    (PWX, "locatedIn", "无锡空港经济开发区"),
    *[(PWX, "focusesOn", i) for i in PWX_FIELDS],
    (WX, "focusesOn", "集成电路设计"),
    ("华虹无锡", "locatedIn", WX),
    ("华润微电子", "locatedIn", WX),
], must_not_merge=[
    (POLY, PWX),
    (WX, "无锡空港经济开发区"),
    (WX, "新吴区"),
    ("新吴区", "无锡市新吴区工业和信息化局"),
    ("集成电路", "集成电路设计"),
    ("华润安盛", "华润微电子"),
    ("华虹无锡", "华润微电子"),
])

# 3. Suzhou Industrial Park: Q2 signing of 85 projects, multinational joint innovation centre opened, 2022-05-27 (est.)
SIP = "苏州工业园区"
MNC = "跨国企业联合创新中心"
SIP_INDUSTRIES = ["集成电路", "生物医药", "智能制造"]
SIP_FIRMS = ["斯杰达", "畅行", "科林利康", "铠欣", "三晟医药", "完美世界游戏"]
SIP_UNITS = [("普华永道数字化转型运营中心", "Enterprise"), ("卡赫全球研发中心", "ResearchInstitute"),
             ("飞利浦家电全球研发中心", "ResearchInstitute"), ("日立解决方案技术服务中心", "Enterprise"),
             ("洪堡-INNOEU开放创新中心", "InnovationPlatform"), ("药物信息协会(DIA)苏州中心", "InnovationPlatform")]
doc("2022-05-suzhou-industrial-park-q2-signing-multinational-innovation-centre.txt", [
    (SIP, "Zone"),
    (MNC, "InnovationPlatform"),
    ("曹路宝", "Person"),
    *[(i, "Industry") for i in SIP_INDUSTRIES],
    ("京东方科技集团", "Enterprise", ["京东方"]),
    *[(f, "Enterprise") for f in SIP_FIRMS],
    *SIP_UNITS,
    ("中共苏州市委员会", "GovernmentBody", ["市委"]),
    ("苏州市人民政府", "GovernmentBody", ["市政府"]),
], [
    (MNC, "locatedIn", SIP),
    *[(SIP, "focusesOn", i) for i in SIP_INDUSTRIES],
    ("京东方科技集团", "locatedIn", SIP),
    *[(f, "locatedIn", SIP) for f in SIP_FIRMS],
    *[(u, "locatedIn", SIP) for u, _ in SIP_UNITS],
], must_not_merge=[
    (SIP, MNC),
    (MNC, "洪堡-INNOEU开放创新中心"),
    ("中共苏州市委员会", "苏州市人民政府"),
    ("卡赫全球研发中心", "飞利浦家电全球研发中心"),
])

# 4. Shaoxing science-and-technology corridor plan released (浙江日报), 2022-11-05
SXC = "绍兴科创走廊"
SXP = "绍兴科创走廊发展规划"
SX_INDUSTRIES = ["集成电路", "生物医药", "新材料", "现代纺织"]
doc("2022-11-shaoxing-sci-tech-corridor-plan-released.txt", [
    ("金汉青", "Person"),
    ("绍兴市人民政府", "GovernmentBody", ["绍兴市政府"]),
    ("浙江省发展和改革委员会", "GovernmentBody", ["省发改委"]),
    ("浙江省科学技术厅", "GovernmentBody", ["省科技厅"]),
    (SXP, "Policy", ["规划"]),
    (SXC, "Zone"),
    ("越城区", "Zone", ["越城"], True),
    ("柯桥区", "Zone", ["柯桥"], True),
    ("上虞区", "Zone", ["上虞三区"], True),
    *[(i, "Industry") for i in SX_INDUSTRIES],
    ("长三角科技创新共同体", "Initiative"),
    ("杭州城西科创大走廊", "Zone", ["杭州城西"], True),
    ("宁波甬江科创走廊", "Zone", ["宁波甬江科创大走廊"]),
], [
    (SXP, "issuedBy", "绍兴市人民政府"),
    (SXP, "issuedBy", "浙江省发展和改革委员会"),
    (SXP, "issuedBy", "浙江省科学技术厅"),
    *[(SXC, "focusesOn", i) for i in SX_INDUSTRIES],
    (SXC, "cooperatesWith", "杭州城西科创大走廊"),
    (SXC, "cooperatesWith", "宁波甬江科创走廊"),
], must_not_merge=[
    (SXC, SXP),
    (SXC, "杭州城西科创大走廊"),
    (SXC, "宁波甬江科创走廊"),
    ("浙江省发展和改革委员会", "浙江省科学技术厅"),
])

# 5. Ningbo Yinzhou district government and NIT (浙大宁波理工学院) co-build an industrial research institute, 2024-12-19
NIT = "浙大宁波理工学院"
YZI = "浙大宁波理工学院鄞州产业研究院"
YZG = "宁波市鄞州区人民政府"
NIT_CENTRES = ["数智临港服务浙江省工程研究中心", "智慧海洋牧场装备技术浙江省工程研究中心"]
doc("2024-12-ningbo-yinzhou-nit-industrial-research-institute-signing.txt", [
    (YZG, "GovernmentBody"),
    (NIT, "University"),
    (YZI, "ResearchInstitute", ["产业研究院"]),
    ("鄞州区", "Zone"),
    ("沈敏", "Person"),
    ("徐方", "Person"),
    ("杨德仁", "Person"),
    ("黄健", "Person"),
    ("林丹枫", "Person"),
    ("鲁东明", "Person"),
    ("卢帆", "Person"),
    *[(c, "ResearchInstitute") for c in NIT_CENTRES],
    ("一校一策方案", "Initiative"),
], [
    (YZI, "coBuiltBy", YZG),
    (YZI, "coBuiltBy", NIT),
    (YZG, "cooperatesWith", NIT),
    ("鄞州区", "cooperatesWith", NIT),
    (NIT, "ledBy", "杨德仁"),
    *[(c, "partOf", NIT) for c in NIT_CENTRES],
], must_not_merge=[
    (NIT, YZI),
    (YZG, "鄞州区"),
    (YZI, "鄞州区"),
    (NIT_CENTRES[0], NIT_CENTRES[1]),
])

# 6. Wenzhou Bay New Area established (央视 / 总台 via ynzzqh.cn), 2023-04-25
WZB = "温州湾新区"
doc("2023-04-wenzhou-bay-new-area-established.txt", [
    (WZB, "Zone"),
    ("温州高新区", "Zone"),
    ("温州经开区", "Zone"),
    ("瓯江实验室", "Laboratory"),
    ("国科温州研究院", "ResearchInstitute"),
    ("中国眼谷", "Zone"),
    ("长三角5G创新中心", "InnovationPlatform"),
    ("北斗产业基地", "Zone"),
    ("中央广播电视总台", "Enterprise", ["总台"]),
    ("韩栋", "Person"),
], [
    ("温州高新区", "partOf", WZB),
    ("温州经开区", "partOf", WZB),
    ("瓯江实验室", "locatedIn", WZB),
    ("国科温州研究院", "locatedIn", WZB),
    ("中国眼谷", "partOf", WZB),
    ("长三角5G创新中心", "locatedIn", WZB),
    ("北斗产业基地", "partOf", WZB),
], must_not_merge=[
    (WZB, "温州高新区"),
    ("温州高新区", "温州经开区"),
    ("长三角5G创新中心", "北斗产业基地"),
])

# 7. Jiashan: 4th Zhejiang Chamber of Commerce Week, visit to 祥符荡科创绿谷 and two labs (嘉兴市总商会 site), 2022-10-31 (est.)
ZJF = "浙江省工商业联合会"
JXF = "嘉兴市工商业联合会"
JSF = "嘉善县工商业联合会"
CW = "第四届浙江商会周"
RM = "第四届长三角商协会资源对接会"
VISIT = "会长走进嘉善示范区"
XFD = "祥符荡科创绿谷"
DEMO = "长三角生态绿色一体化发展示范区"
FDI = "嘉善复旦研究院"
doc("2022-10-jiashan-zhejiang-chamber-week-xiangfudang-visit.txt", [
    (ZJF, "GovernmentBody", ["浙江省工商联"]),
    (JXF, "GovernmentBody", ["嘉兴市工商联"]),
    (JSF, "GovernmentBody", ["嘉善县工商联"]),
    (CW, "Event"),
    (RM, "Event"),
    (VISIT, "Event"),
    ("嘉善县", "Zone", ["嘉善"]),
    (XFD, "Zone"),
    ("浙江大学未来食品实验室", "Laboratory", ["未来食品实验室"]),
    (FDI, "ResearchInstitute"),
    (DEMO, "Zone", ["一体化示范区"]),
    ("嘉善企业交流服务基地", "Facility"),
    ("嘉善片区", "Zone", ["嘉善示范区"]),
    ("复旦大学", "University"),
    ("国家集成电路创新中心", "InnovationPlatform"),
    ("集成电路设计", "Industry"),
    ("EDA软件", "Industry"),
], [
    (ZJF, "hosts", CW),
    (ZJF, "hosts", RM),
    (JXF, "hosts", CW),
    (JXF, "hosts", RM),
    (JXF, "hosts", VISIT),
    (XFD, "partOf", "嘉善县"),
    (XFD, "partOf", DEMO),
    ("嘉善片区", "partOf", DEMO),
    (FDI, "focusesOn", "集成电路设计"),
    (FDI, "focusesOn", "EDA软件"),
], must_not_merge=[
    (ZJF, JXF),
    (JXF, JSF),
    (CW, RM),
    ("嘉善县", "嘉善片区"),
    (DEMO, "嘉善片区"),
    (FDI, "复旦大学"),
    (XFD, DEMO),
])

gold.write(HERE / "gold.jsonl")
