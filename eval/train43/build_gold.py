"""Writes eval/train43/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train43/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train43/docs/")
doc = gold.doc


def sys_(formula, *tiers):
    """A number-formula system: tiers as (symbol, declared, [members])."""
    return {"formula": formula,
            "tiers": [{"symbol": s, "declared": d, "members": list(m)} for s, d, m in tiers]}


# 1. Mianyang industrial park, "一园四区" with "4+2" and "3+1" (绵阳日报 / 绵阳新闻网), 2023-04-25
MY = "四川绵阳工业园区"
MYN, MYE, MYW, MYS = "绵阳工业园区北区", "绵阳工业园区东区", "绵阳工业园区西区", "绵阳工业园区南区"
doc("2023-04-mianyang-industrial-park-one-park-four-districts.txt", [
    (MY, "Zone", ["绵阳工业园区"]),
    (MYN, "Zone", ["北区"], True),
    (MYE, "Zone", ["东区"], True),
    (MYW, "Zone", ["西区"], True),
    (MYS, "Zone", ["南区"], True),
    ("涪城科创大走廊", "Zone"),
    ("无人机", "Industry"),
    ("机器人", "Industry"),
    ("连接器", "Industry"),
    ("传感器", "Industry"),
    ("人工智能", "Industry"),
    ("空天产业", "Industry"),
    ("新型显示", "Industry"),
    ("汽车电子", "Industry"),
    ("5G制造", "Industry"),
    ("新能源", "Industry"),
    ("皂角铺铁路物流基地", "Zone"),
    ("先进制造业", "Industry", ["先进制造"]),
    ("现代物流", "Industry"),
    ("循环经济", "Industry", ["循环经济产业"]),
    ("中关村信息谷", "Enterprise"),
    ("中科(绵阳)创新园", "Zone"),
    ("联东U谷", "Enterprise"),
    ("中南高科", "Enterprise"),
    ("惠科光电", "Enterprise"),
    ("富临精工", "Enterprise"),
    ("龙华薄膜", "Enterprise"),
    ("垚磊科技", "Enterprise"),
    ("核保锐翔", "Enterprise"),
    ("科大讯飞", "Enterprise"),
    ("硅基智能", "Enterprise"),
    ("创明新能源", "Enterprise"),
    ("欣盛半导体", "Enterprise"),
    ("2023商业航天最受欢迎落地园区奖", "Award"),
    ("绵阳新闻网", "Enterprise"),
], [
    (MYN, "partOf", MY),
    (MYE, "partOf", MY),
    (MYW, "partOf", MY),
    (MYS, "partOf", MY),
    (MYN, "focusesOn", "无人机"),
    (MYN, "focusesOn", "机器人"),
    (MYN, "focusesOn", "连接器"),
    (MYN, "focusesOn", "传感器"),
    (MYN, "focusesOn", "人工智能"),
    (MYN, "focusesOn", "空天产业"),
    (MYE, "focusesOn", "新型显示"),
    (MYE, "focusesOn", "汽车电子"),
    (MYE, "focusesOn", "5G制造"),
    (MYE, "focusesOn", "新能源"),
    ("皂角铺铁路物流基地", "partOf", MYW),
    (MYW, "focusesOn", "先进制造业"),
    (MYW, "focusesOn", "现代物流"),
    (MYS, "focusesOn", "循环经济"),
    (MY, "cooperatesWith", "中关村信息谷"),
    (MY, "cooperatesWith", "中科(绵阳)创新园"),
    ("联东U谷", "locatedIn", MY),
    ("中南高科", "locatedIn", MY),
    ("惠科光电", "locatedIn", MY),
    ("富临精工", "locatedIn", MY),
    ("龙华薄膜", "locatedIn", MY),
    ("垚磊科技", "locatedIn", MY),
    ("核保锐翔", "locatedIn", MY),
    ("科大讯飞", "locatedIn", MY),
    ("硅基智能", "locatedIn", MY),
    ("创明新能源", "locatedIn", MY),
    ("欣盛半导体", "locatedIn", MY),
    (MY, "awarded", "2023商业航天最受欢迎落地园区奖"),
], [
    sys_("4+2", ("4", 4, ["无人机", "机器人", "连接器", "传感器"]), ("2", 2, ["人工智能", "空天产业"])),
    sys_("3+1", ("3", 3, ["新型显示", "汽车电子", "5G制造"]), ("1", 1, ["新能源"])),
], must_not_merge=[
    (MY, MYN),
    (MYN, MYS),
    (MYE, MYW),
    ("创明新能源", "新能源"),
    ("中关村信息谷", "中科(绵阳)创新园"),
    ("皂角铺铁路物流基地", MYW),
])

# 2. Yinchuan hi-tech zone, eight leading industries and the "5+1" circular-economy system (中国高新技术产业导报 A7), 2022-09-05
YC = "银川高新区"
doc("2022-09-yinchuan-hi-tech-zone-eight-leading-industries.txt", [
    (YC, "Zone"),
    ("李洋", "Person"),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    ("中国精品羊绒产业名城", "Award"),
    ("中国优质山羊绒分梳基地", "Award"),
    ("中国纺织产业集群试点地区", "Award"),
    ("现代纺织", "Industry"),
    ("再生资源", "Industry"),
    ("高端装备制造", "Industry"),
    ("绿色食品", "Industry"),
    ("新材料", "Industry"),
    ("现代物流", "Industry"),
    ("循环经济", "Industry"),
    ("再生资源回收集散", "Industry"),
    ("再生有色金属资源化利用", "Industry"),
    ("电子废弃物资源化利用", "Industry"),
    ("报废汽车拆解再利用", "Industry"),
    ("再生非金属资源化利用", "Industry"),
    ("陆港物流", "Industry", ["陆港物流产业"]),
], [
    (YC, "awarded", "中国精品羊绒产业名城"),
    (YC, "awarded", "中国优质山羊绒分梳基地"),
    (YC, "awarded", "中国纺织产业集群试点地区"),
    (YC, "focusesOn", "现代纺织"),
    (YC, "focusesOn", "再生资源"),
    (YC, "focusesOn", "高端装备制造"),
    (YC, "focusesOn", "绿色食品"),
    (YC, "focusesOn", "新材料"),
    (YC, "focusesOn", "现代物流"),
    (YC, "focusesOn", "循环经济"),
    (YC, "focusesOn", "再生资源回收集散"),
    (YC, "focusesOn", "再生有色金属资源化利用"),
    (YC, "focusesOn", "电子废弃物资源化利用"),
    (YC, "focusesOn", "报废汽车拆解再利用"),
    (YC, "focusesOn", "再生非金属资源化利用"),
    (YC, "focusesOn", "陆港物流"),
], [
    sys_("5+1", ("5", 5, ["再生资源回收集散", "再生有色金属资源化利用", "电子废弃物资源化利用",
                          "报废汽车拆解再利用", "再生非金属资源化利用"]),
         ("1", 1, ["陆港物流"])),
], must_not_merge=[
    ("再生资源", "再生资源回收集散"),
    ("现代物流", "陆港物流"),
    ("中国精品羊绒产业名城", "中国优质山羊绒分梳基地"),
    ("现代纺织", "中国纺织产业集群试点地区"),
])

# 3. Xi'an hi-tech zone: ESWIN silicon base phase two, "西高芯", optoelectronics chain (news.zuojing.com repost), 2022-07
XA = "西安高新区"
doc("2022-07-xian-hi-tech-zone-eswin-silicon-phase-two-optoelectronics.txt", [
    (XA, "Zone"),
    ("奕斯伟", "Enterprise"),
    ("秦创原创新驱动平台", "InnovationPlatform", ["秦创原"]),
    ("追光计划", "Initiative"),
    ("西高芯", "Initiative"),
    ("光电子", "Industry", ["光电子产业"]),
    ("半导体", "Industry"),
    ("集成电路", "Industry", ["IC"]),
    ("紫光国芯", "Enterprise"),
    ("华为研究院", "ResearchInstitute"),
    ("智多晶微", "Enterprise"),
    ("三星", "Enterprise"),
    ("美光", "Enterprise"),
    ("力成", "Enterprise"),
    ("威世半导体", "Enterprise"),
    ("链长制", "Initiative"),
    ("光子", "Industry", ["光子产业"]),
    ("智能终端", "Industry", ["智能终端产业"]),
    ("揭榜挂帅", "Initiative"),
    ("科创九条", "Policy"),
], [
    ("奕斯伟", "locatedIn", XA),
    ("紫光国芯", "locatedIn", XA),
    ("华为研究院", "locatedIn", XA),
    ("智多晶微", "locatedIn", XA),
    ("三星", "locatedIn", XA),
    ("美光", "locatedIn", XA),
    ("力成", "locatedIn", XA),
    ("威世半导体", "locatedIn", XA),
    (XA, "focusesOn", "光电子"),
    (XA, "focusesOn", "半导体"),
    (XA, "focusesOn", "集成电路"),
    (XA, "focusesOn", "光子"),
    (XA, "focusesOn", "智能终端"),
], must_not_merge=[
    (XA, "西高芯"),
    ("光子", "光电子"),
    ("半导体", "威世半导体"),
    ("追光计划", "光子"),
])

# 4. Kunming hi-tech zone 32nd in the national biomedicine park ranking (kuaibao repost), 2024 (est.)
KM = "昆明国家高新技术产业开发区"  # eval/train9 canonical name
KMB = "生物多样性—昆明国家生物产业基地"
doc("2024-kunming-hi-tech-zone-biomedicine-park-ranking-32nd.txt", [
    (KM, "Zone", ["昆明高新区"]),
    ("中国生物技术发展中心", "GovernmentBody"),
    ("国家生物医药产业园区综合竞争力排名", "Award"),
    ("生物医药", "Industry"),
    (KMB, "Zone"),
    ("国家生物医药新型工业化产业示范基地", "Award"),
    ("云南省成长型制造业集群", "Award"),
    ("生物制造", "Industry"),
    ("云药", "Industry"),
    ("新型疫苗", "Industry"),
    ("化学药", "Industry"),
    ("生物药", "Industry"),
    ("医学护肤品", "Industry"),
    ("人体再生医学", "Industry"),
    ("精准医学检测服务", "Industry"),
], [
    (KM, "awarded", "国家生物医药产业园区综合竞争力排名"),
    (KM, "partOf", KMB),
    (KM, "awarded", "国家生物医药新型工业化产业示范基地"),
    (KM, "awarded", "云南省成长型制造业集群"),
    (KM, "focusesOn", "生物医药"),
    (KM, "focusesOn", "生物制造"),
    (KM, "focusesOn", "云药"),
    (KM, "focusesOn", "新型疫苗"),
    (KM, "focusesOn", "化学药"),
    (KM, "focusesOn", "生物药"),
    (KM, "focusesOn", "医学护肤品"),
    (KM, "focusesOn", "人体再生医学"),
    (KM, "focusesOn", "精准医学检测服务"),
], must_not_merge=[
    (KM, KMB),
    ("生物药", "生物医药"),
    ("生物制造", "生物医药"),
    ("国家生物医药新型工业化产业示范基地", KMB),
])

# 5. Guiyang hi-tech zone rises to 37th in the 2022 national evaluation (贵州日报), 2023-02-21
GY = "贵阳高新区"  # eval/train9 canonical name
doc("2023-02-guiyang-hi-tech-zone-national-evaluation-37th.txt", [
    (GY, "Zone"),
    ("杨唯", "Person"),
    ("科学技术部火炬高技术产业开发中心", "GovernmentBody", ["科技部火炬中心"]),
    ("国家高新区排名", "Award", ["国家高新区综合评价"]),
    ("国家高新技术产业开发区综合评价指标体系", "Policy"),
    ("电子信息制造", "Industry"),
    ("先进装备制造", "Industry"),
    ("新能源汽车", "Industry"),
    ("贵人服务", "Initiative"),
    ("软件和信息技术服务业", "Industry"),
    ("乐诚技术", "Enterprise"),
    ("造梦天地", "Enterprise"),
    ("高登世德", "Enterprise"),
    ("木弓贵芯", "Enterprise"),
], [
    (GY, "awarded", "国家高新区排名"),
    (GY, "focusesOn", "电子信息制造"),
    (GY, "focusesOn", "先进装备制造"),
    (GY, "focusesOn", "新能源汽车"),
    ("乐诚技术", "locatedIn", GY),
    ("造梦天地", "locatedIn", GY),
    ("高登世德", "locatedIn", GY),
    ("木弓贵芯", "locatedIn", GY),
], must_not_merge=[
    ("国家高新区排名", "国家高新技术产业开发区综合评价指标体系"),
    ("科学技术部火炬高技术产业开发中心", GY),
])

# 6. Nanchang hi-tech zone, four industry chains and the "4610" plan (zone website item, mirror copy), 2024-12 (est.)
NC = "南昌高新区"  # eval/train5, train13, train22 canonical name
doc("2024-12-nanchang-hi-tech-zone-four-industry-chains-data.txt", [
    (NC, "Zone"),
    ("1269行动计划", "Policy", ["江西省“1269”行动计划"]),
    ("8810行动计划", "Policy", ["南昌市“8810”行动计划"]),
    ("4610行动计划", "Policy"),
    ("电子信息", "Industry"),
    ("航空制造", "Industry"),
    ("生物医药", "Industry"),
    ("新材料", "Industry"),
    ("南昌龙旗信息技术有限公司", "Enterprise", ["南昌龙旗"]),
    ("龙旗电子", "Enterprise"),
    ("江西兆驰晶显有限公司", "Enterprise"),
], [
    ("4610行动计划", "issuedBy", NC),
    (NC, "focusesOn", "电子信息"),
    (NC, "focusesOn", "航空制造"),
    (NC, "focusesOn", "生物医药"),
    (NC, "focusesOn", "新材料"),
    ("南昌龙旗信息技术有限公司", "locatedIn", NC),
    ("龙旗电子", "locatedIn", NC),
    ("江西兆驰晶显有限公司", "locatedIn", NC),
], must_not_merge=[
    ("1269行动计划", "8810行动计划"),
    ("8810行动计划", "4610行动计划"),
    ("1269行动计划", "4610行动计划"),
])

# 7. Urumqi: seven parks and 23 industry chains (uetdsme.com repost), 2023-12-11 (year est.)
UE, TT = "乌鲁木齐经济技术开发区", "头屯河区"
UH, XS = "乌鲁木齐高新技术产业开发区", "新市区"  # UH: eval/train4 canonical name
GQ = "乌鲁木齐甘泉堡经济技术开发区"
MD, MDP = "米东区", "米东区化工工业园"
EQ = ["金风科技", "陕汽", "上汽", "广汽", "铁建重工", "新研牧神", "卓郎智能"]
NM = ["新特能源", "合盛硅业", "新疆众和", "隆炬"]
doc("2023-12-urumqi-seven-parks-23-industry-chains.txt", [
    ("八大产业集群", "Initiative"),
    ("乌鲁木齐市工业和信息化局", "GovernmentBody", ["市工信局", "大数据发展局"]),
    (UE, "Zone", ["乌鲁木齐经开区", "经开区"]),
    (TT, "Zone"),
    (UH, "Zone", ["高新区"]),
    (XS, "Zone"),
    (GQ, "Zone", ["甘泉堡经开区"]),
    ("乌鲁木齐综合保税区", "Zone"),
    (MDP, "Zone"),
    (MD, "Zone"),
    ("水磨沟工业园", "Zone"),
    ("新疆软件园", "Zone"),
    ("化工", "Industry", ["化工产业"]),
    ("现代煤化工", "Industry"),
    ("能源化工", "Industry"),
    ("乌石化", "Enterprise"),
    ("国能新疆化工", "Enterprise"),
    ("兖矿", "Enterprise"),
    ("装备制造", "Industry", ["装备制造产业"]),
    *[(e, "Enterprise") for e in EQ],
    ("新材料", "Industry", ["新材料产业"]),
    *[(e, "Enterprise") for e in NM],
    ("新能源", "Industry", ["新能源产业"]),
    ("南风北光", "Initiative"),
], [
    (MDP, "focusesOn", "化工"),
    (MDP, "focusesOn", "现代煤化工"),
    (MDP, "focusesOn", "能源化工"),
    (GQ, "focusesOn", "化工"),
    (GQ, "focusesOn", "现代煤化工"),
    (GQ, "focusesOn", "能源化工"),
    (UE, "focusesOn", "装备制造"),
    (TT, "focusesOn", "装备制造"),
    *[(e, "locatedIn", UE) for e in EQ],
    *[(e, "locatedIn", TT) for e in EQ],
    (GQ, "focusesOn", "新材料"),
    *[(e, "locatedIn", GQ) for e in NM],
    (GQ, "focusesOn", "新能源"),
    (MD, "focusesOn", "新能源"),
    (UE, "focusesOn", "新能源"),
    (TT, "focusesOn", "新能源"),
    (UH, "focusesOn", "新能源"),
    (XS, "focusesOn", "新能源"),
], must_not_merge=[
    (UE, TT),
    (UH, XS),
    (MD, MDP),
    (GQ, UE),
    ("新能源", "新特能源"),
    ("化工", "能源化工"),
])

gold.write(HERE / "gold.jsonl")
