"""Writes eval/train2/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train2/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train2/docs/")
doc = gold.doc

# 1. Shenzhen: Hetao Shenzhen–Hong Kong S&T cooperation zone science park opens, 18 projects sign (深圳新闻网), 2021-10-14
HT = "河套深港科技创新合作区"
HT_SZ = "河套深港科技创新合作区深圳园区"
HT_SIGNED = [
    ("西门子能源深圳创新中心", "InnovationPlatform"),
    ("深圳晶泰科技有限公司", "Enterprise"),
    ("未来机器人(深圳)有限公司", "Enterprise"),
    ("深圳元戎启行科技有限公司", "Enterprise"),
    ("深港澳芯片联合研究院", "ResearchInstitute"),
    ("意法半导体全球封测创新中心", "InnovationPlatform"),
    ("平安人工智能深港创新中心", "InnovationPlatform"),
    ("深圳国际工业与应用数学中心", "ResearchInstitute"),
]
doc("2021-10-shenzhen-hetao-science-park-opening-signing.txt", [
    (HT, "Zone"),
    (HT_SZ, "Zone", ["合作区深圳园区"]),
    ("福田保税片区", "Zone"),
    ("深圳新闻网", "Enterprise"),
    ("读特客户端", "Enterprise"),
    ("许诗妍", "Person"),
    ("杨铭琪", "Person"),
    ("蔡晓华", "Person"),
    ("郑银滋", "Person"),
    ("郑红波", "Person"),
    ("黄伟", "Person"),
    ("周江涛", "Person"),
    ("香港特区政府驻深圳联络处", "GovernmentBody"),
    ("国际生物医药产业园(二期)", "Zone", ["国际生物医药产业园二期"]),
    ("香港科学园深圳分园", "Zone"),
    ("国资国企产业创新中心", "InnovationPlatform"),
    ("湾区芯谷集成电路产业园", "Zone"),
    ("香港科技园公司", "Enterprise"),
    *HT_SIGNED,
], [
    (HT_SZ, "partOf", HT),
    ("国际生物医药产业园(二期)", "partOf", HT),
    ("香港科学园深圳分园", "partOf", HT),
    ("香港科学园深圳分园", "partOf", HT_SZ),
    ("国资国企产业创新中心", "locatedIn", HT),
    ("湾区芯谷集成电路产业园", "partOf", HT),
    ("香港科学园深圳分园", "ledBy", "香港科技园公司"),
    *[(name, "locatedIn", HT) for name, _ in HT_SIGNED],
], must_not_merge=[
    (HT, HT_SZ),
    (HT_SZ, "福田保税片区"),
    ("香港科学园深圳分园", "香港科技园公司"),
    ("香港科学园深圳分园", HT_SZ),
    ("深圳新闻网", "读特客户端"),
    ("深港澳芯片联合研究院", "湾区芯谷集成电路产业园"),
    ("平安人工智能深港创新中心", "意法半导体全球封测创新中心"),
])

# 2. Suzhou Industrial Park: conference on a world-class open science park (中新网江苏), 2023-09-03
SIP = "苏州工业园区"  # eval/dev canonical name
ZX = "苏州工业园区—淡马锡中新生命科学园"
doc("2023-09-suzhou-industrial-park-world-class-science-park-conference.txt", [
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("周建琳", "Person"),
    ("周志杭", "Person"),
    (SIP, "Zone"),
    ("加快建设开放创新的世界一流高科技园区推进大会", "Event"),
    ("苏州工业园区扩大国际合作打造开放创新的世界一流高科技园区行动计划", "Policy"),
    (ZX, "Zone", ["中新生命科学园"]),
    ("淡马锡", "Enterprise"),
    ("许宝琨", "Person"),
    ("生物医药", "Industry", ["生物医药产业"]),
    ("生命科学", "Industry"),
    ("吉宝", "Enterprise"),
    ("盛裕", "Enterprise"),
    ("凯德集团", "Enterprise"),
], [
    (ZX, "coBuiltBy", SIP),
    (ZX, "coBuiltBy", "淡马锡"),
    (ZX, "focusesOn", "生命科学"),
    (SIP, "focusesOn", "生物医药"),
    (SIP, "cooperatesWith", "吉宝"),
    (SIP, "cooperatesWith", "盛裕"),
    ("凯德集团", "locatedIn", SIP),
], must_not_merge=[
    (SIP, ZX),
    (ZX, "淡马锡"),
    (SIP, "苏州工业园区扩大国际合作打造开放创新的世界一流高科技园区行动计划"),
    ("加快建设开放创新的世界一流高科技园区推进大会",
     "苏州工业园区扩大国际合作打造开放创新的世界一流高科技园区行动计划"),
    ("生物医药", "生命科学"),
    ("吉宝", "盛裕"),
])

# 3. Chengdu hi-tech zone: Xiling science park (Dayi county) investment promotion and signing, 2025-03-28
XL = "成都高新西岭科技园"
CD = "成都高新区"  # eval/dev canonical name
XL_MAIN, XL_DIR = ["电子信息", "数字经济"], ["智能制造", "数字文创", "生物新药械"]
XL_CHAINS = ["新能源", "装备制造", "现代农业"]
doc("2025-03-chengdu-hi-tech-xiling-science-park-signing.txt", [
    ("第十二届中国网络视听大会", "Event"),
    ("数创高新·影动大邑", "Event"),
    (XL, "Zone"),
    ("大邑县", "Zone"),
    (CD, "Zone"),
    ("立园满园", "Initiative"),
    *[(i, "Industry") for i in XL_MAIN + XL_DIR + XL_CHAINS],
    ("菱重能源技术(成都)", "Enterprise"),
    ("成都智算中心(大邑)", "Facility"),
    ("成都高新西岭影视创制基地", "Zone"),
    ("天府粮仓", "Initiative"),
    ("成都高投兴邑建设开发有限公司", "Enterprise", ["高投兴邑公司"]),
], [
    (CD, "cooperatesWith", "大邑县"),
    (XL, "coBuiltBy", CD),
    (XL, "coBuiltBy", "大邑县"),
    ("菱重能源技术(成都)", "locatedIn", XL),
    ("成都智算中心(大邑)", "locatedIn", XL),
    ("成都高新西岭影视创制基地", "partOf", XL),
    *[(XL, "focusesOn", i) for i in XL_MAIN + XL_DIR + XL_CHAINS],
    (CD, "focusesOn", "电子信息"),
    (CD, "focusesOn", "数字经济"),
    (XL, "ledBy", "成都高投兴邑建设开发有限公司"),
], systems=[
    {"formula": "2+3+1", "tiers": [
        {"symbol": "2", "declared": 2, "members": XL_MAIN},
        {"symbol": "3", "declared": 3, "members": XL_DIR},
        {"symbol": "1", "declared": 1, "members": []}]},
], must_not_merge=[
    (XL, CD),
    (XL, "成都高新西岭影视创制基地"),
    (XL, "成都高投兴邑建设开发有限公司"),
    ("第十二届中国网络视听大会", "数创高新·影动大邑"),
    ("立园满园", "天府粮仓"),
    ("数字经济", "数字文创"),
])

# 4. Xi'an Science Park (丝路科学城, 西安高新区): CAS key labs sign in, attosecond laser facility starts, 2024-11-22
XA = "西安科学园"
SL = "丝路科学城"
SL_BLOCK = "丝路科学城科学中心组团"
CAS = "中国科学院"
XA_LABS = [
    ("中国科学院超快光科学与技术重点实验室", []),
    ("中国科学院黄土科学重点实验室", ["黄土科学重点实验室"]),
    ("中国科学院时间基准及应用重点实验室", ["时间基准及应用重点实验室"]),
]
doc("2024-11-xian-science-park-cas-key-labs-attosecond-facility.txt", [
    *[(n, "Laboratory", a, bool(a)) for n, a in XA_LABS],
    (XA, "Zone"),
    ("先进阿秒激光设施", "Facility"),
    ("西安综合性国家科学中心", "InnovationPlatform", ["综合性国家科学中心"]),
    ("西安科技创新中心", "InnovationPlatform", ["科技创新中心"]),
    (SL, "Zone"),
    ("西安高新区", "Zone", ["西安高新"]),
    (SL_BLOCK, "Zone"),
    (CAS, "ResearchInstitute"),
], [
    *[(n, "locatedIn", XA) for n, _ in XA_LABS],
    ("先进阿秒激光设施", "locatedIn", XA),
    (SL, "partOf", "西安综合性国家科学中心"),
    (SL, "partOf", "西安科技创新中心"),
    (SL, "partOf", "西安高新区"),
    (XA, "partOf", SL_BLOCK),
    (SL_BLOCK, "partOf", SL),
    (XA, "ledBy", CAS),
], must_not_merge=[
    (XA, SL),
    (SL, SL_BLOCK),
    (XA, "西安科技创新中心"),
    ("西安综合性国家科学中心", "西安科技创新中心"),
    (CAS, "中国科学院超快光科学与技术重点实验室"),
    ("中国科学院黄土科学重点实验室", "中国科学院时间基准及应用重点实验室"),
    (SL, "西安高新区"),
])

# 5. Chengdu: 成都产业集团, 四川天府新区 and 新津区 sign to co-build the Tianfu advanced manufacturing base, 2021-11-30
TFB = "天府先进智造产业基地"
TFA = "共建西部(成都)科学城——天府先进智造产业基地战略合作协议"
TF_GOV = "四川天府新区管理委员会"
XJ_GOV = "成都市新津区人民政府"
CDIG = "成都产业集团"
doc("2021-11-chengdu-tianfu-advanced-manufacturing-base-agreement.txt", [
    (CDIG, "Enterprise"),
    ("四川天府新区", "Zone"),
    ("新津区", "Zone", ["成都新津区"]),
    (TFB, "Zone"),
    ("四川省人民政府国有资产监督管理委员会", "GovernmentBody", ["四川省国资委"]),
    (TF_GOV, "GovernmentBody"),
    (XJ_GOV, "GovernmentBody"),
    (TFA, "Policy"),
    ("西部(成都)科学城", "Zone"),
    ("天府智能制造产业园", "Zone"),
    ("智能装备", "Industry"),
    ("智能硬件", "Industry"),
    ("先进制造业", "Industry"),
], [
    (CDIG, "cooperatesWith", TF_GOV),
    (CDIG, "cooperatesWith", XJ_GOV),
    (TF_GOV, "cooperatesWith", XJ_GOV),
    (TFB, "coBuiltBy", CDIG),
    (TFB, "coBuiltBy", TF_GOV),
    (TFB, "coBuiltBy", XJ_GOV),
    (TFA, "supports", TFB),
    (TFB, "partOf", "天府智能制造产业园"),
    (TFB, "partOf", "西部(成都)科学城"),
    ("天府智能制造产业园", "partOf", "新津区"),
    (TFB, "focusesOn", "智能装备"),
    (TFB, "focusesOn", "智能硬件"),
    ("西部(成都)科学城", "focusesOn", "先进制造业"),
], must_not_merge=[
    (TFB, TFA),
    (TFB, "天府智能制造产业园"),
    ("四川天府新区", TF_GOV),
    ("新津区", XJ_GOV),
    (TFB, "西部(成都)科学城"),
    ("西部(成都)科学城", TFA),
    ("四川天府新区", "西部(成都)科学城"),
])

# 6. Nanjing Qilin science city: CAS "1+1+N" innovation-resource system (扬子晚报 yzwb.net), 2019 (est.)
QL = "南京麒麟科技城"
CASNJ = "中科院南京分院"
QL_NEW = "中科院南京分院麒麟新园区"
QL_POL = "支持中科院高端创新资源落户麒麟科技城的政策措施"
QL_INST = ["中科院南京地理与湖泊研究所", "中科院土壤研究所", "中科院天文光学技术研究所"]
doc("2019-nanjing-qilin-science-city-cas-1-1-n.txt", [
    ("中科院麒麟科技园", "Zone"),
    ("121战略", "Initiative"),
    ("南京综合性科学中心", "InnovationPlatform", ["综合性科学中心"]),
    ("南京科技产业创新中心", "InnovationPlatform", ["科技产业创新中心"]),
    (QL, "Zone", ["麒麟科技城"]),
    (CASNJ, "ResearchInstitute"),
    ("南京市人民政府", "GovernmentBody", ["南京市政府"]),
    (QL_POL, "Policy"),
    ("中国科学院", "ResearchInstitute", ["中科院"]),
    ("国科大南京学院", "University"),
    (QL_NEW, "Zone"),
    *[(i, "ResearchInstitute") for i in QL_INST],
], [
    (QL, "partOf", "南京综合性科学中心"),
    (QL_POL, "issuedBy", "南京市人民政府"),
    (QL_POL, "supports", QL),
    (CASNJ, "locatedIn", QL),
    (QL_NEW, "partOf", QL),
    *[(i, "locatedIn", QL_NEW) for i in QL_INST],
], systems=[
    {"formula": "1+1+N", "tiers": [
        {"symbol": "1", "declared": 1, "members": [CASNJ]},
        {"symbol": "1", "declared": 1, "members": ["国科大南京学院"]},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (QL, "中科院麒麟科技园"),
    (QL, QL_NEW),
    (CASNJ, QL_NEW),
    (CASNJ, "中国科学院"),
    ("南京综合性科学中心", "南京科技产业创新中心"),
    (QL, QL_POL),
    ("中科院南京地理与湖泊研究所", "中科院土壤研究所"),
])

# 7. Shanghai Lingang new area: six projects sign on the sixth anniversary (repost), 2025-08-19
LG = "临港新片区"  # eval/dev canonical name
LG_SIGNED = ["集成电路", "高端装备", "汽车软件", "人工智能"]
LG_CORE = ["民用航空", "智能汽车", "数字经济"]
doc("2025-08-shanghai-lingang-six-projects-signing.txt", [
    (LG, "Zone", ["临港"]),
    ("盛合晶微", "Enterprise"),
    ("中国重燃", "Enterprise"),
    ("鲁汶仪器", "Enterprise"),
    ("临港科创城", "Zone"),
    *[(i, "Industry") for i in LG_SIGNED + LG_CORE],
], [
    ("盛合晶微", "locatedIn", LG),
    ("中国重燃", "locatedIn", LG),
    ("鲁汶仪器", "locatedIn", LG),
    ("临港科创城", "partOf", LG),
    *[(LG, "focusesOn", i) for i in LG_SIGNED + LG_CORE],
    ("盛合晶微", "focusesOn", "集成电路"),
    ("鲁汶仪器", "focusesOn", "集成电路"),
], must_not_merge=[
    (LG, "临港科创城"),
    ("智能汽车", "汽车软件"),
    ("人工智能", "数字经济"),
])

# 8. Beijing: Changping national laboratory, Future Science City, Zhongguancun Life Science Park (青塔), 2021-05-12
FSC = "未来科学城"
ZLSP = "中关村生命科学园"
FSC_IND = ["先进能源", "先进制造", "医药健康"]
ZLSP_INST = [("北京生命科学研究所", ["北生所"]), ("北京脑科学与类脑研究中心", ["脑科学中心"]),
             ("国家蛋白质科学中心", [])]
ZLSP_FIRMS = ["百济神州", "保诺科技", "万泰生物", "博奥生物", "正旦国际"]
FSC_PLAN = "未来科学城规划(2017-2035年)"
doc("2021-05-beijing-changping-national-lab-future-science-city.txt", [
    ("青塔", "Enterprise"),
    ("人民日报", "Enterprise"),
    ("蔡奇", "Person"),
    ("昌平国家实验室", "Laboratory"),
    ("怀柔综合性国家科学中心", "InnovationPlatform"),
    (FSC, "Zone", ["昌平未来科学城"]),
    ("昌平区", "Zone"),
    ("生命科学", "Industry"),
    *[(i, "Industry") for i in FSC_IND[:2]],
    ("医药健康", "Industry", ["医药健康产业"]),
    ("能源谷", "Initiative"),
    ("生命谷", "Initiative"),
    ("沙河高教园区", "Zone"),
    ("中共北京市委员会", "GovernmentBody", ["北京市委"]),
    ("北京市人民政府", "GovernmentBody", ["市政府"]),
    (FSC_PLAN, "Policy"),
    (ZLSP, "Zone", ["生命科学园", "生命园"]),
    ("北京全国科技创新中心", "InnovationPlatform"),
    ("北京自贸区科技创新片区", "Zone"),
    ("生命园管委会", "GovernmentBody"),
    *[(n, "ResearchInstitute", a) for n, a in ZLSP_INST],
    *[(f, "Enterprise") for f in ZLSP_FIRMS],
], [
    ("昌平国家实验室", "locatedIn", FSC),
    ("昌平国家实验室", "focusesOn", "生命科学"),
    (FSC, "partOf", "昌平区"),
    *[(FSC, "focusesOn", i) for i in FSC_IND],
    ("沙河高教园区", "partOf", FSC),
    (FSC_PLAN, "issuedBy", "中共北京市委员会"),
    (FSC_PLAN, "issuedBy", "北京市人民政府"),
    (ZLSP, "partOf", FSC),
    (ZLSP, "focusesOn", "医药健康"),
    *[(n, "locatedIn", ZLSP) for n, _ in ZLSP_INST],
    *[(f, "locatedIn", ZLSP) for f in ZLSP_FIRMS],
], must_not_merge=[
    (FSC, "昌平区"),
    (FSC, FSC_PLAN),
    (ZLSP, "生命园管委会"),
    (ZLSP, "生命谷"),
    ("生命科学", ZLSP),
    ("能源谷", "生命谷"),
    ("北京生命科学研究所", ZLSP),
    ("中共北京市委员会", "北京市人民政府"),
    ("怀柔综合性国家科学中心", "北京全国科技创新中心"),
])

gold.write(HERE / "gold.jsonl")
