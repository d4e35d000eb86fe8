"""Writes eval/train25/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train25/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train25/docs/")
doc = gold.doc

# 1. Lingang "International Innovation Synergy Zone" launched (国际金融报 / 澎湃新闻 via nfa5.com), 2021-11-01
LG = "临港新片区"  # canonical name as in eval/train17
IZ = "国际创新协同区"
KJC = "科技创新城社区"
doc("2021-11-lingang-international-innovation-synergy-zone-launched.txt", [
    (LG, "Zone"),
    (IZ, "Zone", ["上海自贸区临港新片区国际创新协同区"]),
    ("顶尖科学家联合研发中心", "Facility", ["联合研发中心"]),
    ("国际金融报", "Enterprise"),
    ("澎湃新闻", "Enterprise"),
    ("生命科学", "Industry"),
    ("人工智能", "Industry"),
    ("集成电路", "Industry"),
    ("数字经济", "Industry"),
    ("蓝色经济", "Industry"),
    ("上海科创中心", "InnovationPlatform"),
    ("科创总部湾", "Zone", ["科创研发总部湾"]),
    ("顶尖科学家社区", "Zone"),
    (KJC, "Zone", ["科技城社区"]),
    ("创新晶体", "Facility"),
    ("创新魔坊", "Facility"),
    ("海洋科技广场", "Facility"),
    ("海立方科技园", "Zone"),
    ("临港科技创业中心", "InnovationPlatform"),
    ("顶科论坛", "Event"),
], [
    (IZ, "partOf", LG),
    ("顶尖科学家联合研发中心", "locatedIn", IZ),
    (IZ, "focusesOn", "集成电路"),
    (IZ, "focusesOn", "生命科学"),
    (IZ, "focusesOn", "人工智能"),
    (IZ, "focusesOn", "数字经济"),
    (IZ, "focusesOn", "蓝色经济"),
    (IZ, "supports", "上海科创中心"),
    ("科创总部湾", "partOf", IZ),
    ("顶尖科学家社区", "partOf", IZ),
    (KJC, "partOf", IZ),
    ("创新晶体", "locatedIn", KJC),
    ("创新魔坊", "locatedIn", KJC),
    ("海洋科技广场", "locatedIn", KJC),
    ("海立方科技园", "partOf", KJC),
    ("临港科技创业中心", "locatedIn", KJC),
], must_not_merge=[
    (IZ, LG),
    ("顶尖科学家社区", "顶尖科学家联合研发中心"),
    (KJC, "临港科技创业中心"),
    ("顶尖科学家社区", "顶科论坛"),
])

# 2. 2023 World Photonics Industry Development Conference in Suzhou (新华日报 via js.cri.cn), 2023-05-31
SND = "苏州高新区"
GX = "苏州光子技术协同创新中心"
COES = "中国光学工程学会"
doc("2023-05-suzhou-world-photonics-industry-conference.txt", [
    ("2023中国(苏州)世界光子产业发展大会", "Event", ["世界光子产业发展大会"]),
    ("新华日报", "Enterprise"),
    ("高一芳", "Person"),
    ("李诚", "Person"),
    (SND, "Zone"),
    ("光子", "Industry", ["光子产业"]),
    ("苏州市人民政府", "GovernmentBody", ["苏州市政府"]),
    (COES, "GovernmentBody"),
    ("中国光学工程学会长三角业务总部", "GovernmentBody"),
    (GX, "InnovationPlatform", ["光子技术协同创新中心"]),
    ("南京大学", "University"),
    ("苏州大学", "University"),
    ("苏州科技大学", "University"),
    ("先进测量融合发展中心", "ResearchInstitute"),
    ("太湖光子中心前沿技术研究院", "ResearchInstitute"),
    ("G60科创走廊激光产业联盟", "InnovationPlatform"),
    ("光芯片", "Industry"),
    ("光制造", "Industry"),
    ("光通信", "Industry"),
    ("太湖光子中心", "InnovationPlatform"),
    ("高光20条", "Policy"),
    ("苏州光子产业发展有限公司", "Enterprise"),
    ("南京大学狮山量子计算与量子探测前沿实验室", "Laboratory"),
    ("先进传感与成像技术产业研究院", "ResearchInstitute"),
], [
    ("苏州市人民政府", "cooperatesWith", COES),
    ("中国光学工程学会长三角业务总部", "coBuiltBy", "苏州市人民政府"),
    ("中国光学工程学会长三角业务总部", "coBuiltBy", COES),
    (GX, "coBuiltBy", "苏州市人民政府"),
    (GX, "coBuiltBy", COES),
    ("先进测量融合发展中心", "coBuiltBy", "南京大学"),
    ("太湖光子中心前沿技术研究院", "coBuiltBy", "苏州科技大学"),
    ("太湖光子中心", "locatedIn", SND),
    (SND, "focusesOn", "光子"),
], must_not_merge=[
    (COES, "中国光学工程学会长三角业务总部"),
    ("太湖光子中心", "太湖光子中心前沿技术研究院"),
    ("太湖光子中心", GX),
    ("南京大学", "南京大学狮山量子计算与量子探测前沿实验室"),
    ("光子", "苏州光子产业发展有限公司"),
    ("2023中国(苏州)世界光子产业发展大会", "光子"),
])

# 3. Suzhou Dushu Lake Science and Education Innovation District at 20 (苏州日报 A01 via ycnews.cn), 2022-11-02
DS = "苏州独墅湖科教创新区"
SIP = "苏州工业园区"  # canonical name as in eval/train17
BIO = "苏州生物医药产业园"
doc("2022-11-suzhou-dushu-lake-science-education-innovation-district.txt", [
    ("苏州日报", "Enterprise"),
    (DS, "Zone", ["独墅湖科教创新区", "东方慧湖"]),
    ("苏州研究生城", "Zone"),
    ("中国科学技术大学", "University"),
    ("新加坡国立大学", "University"),
    ("中科院苏州纳米所", "ResearchInstitute"),
    ("材料科学姑苏实验室", "Laboratory"),
    (SIP, "Zone"),
    ("生物医药", "Industry"),
    ("纳米技术应用", "Industry"),
    ("人工智能", "Industry"),
    (BIO, "Zone", ["BioBAY"]),
    ("生命立方", "Facility"),
], [
    (DS, "partOf", SIP),
    ("中国科学技术大学", "locatedIn", DS),
    ("新加坡国立大学", "locatedIn", DS),
    ("中科院苏州纳米所", "locatedIn", DS),
    ("材料科学姑苏实验室", "locatedIn", DS),
    (DS, "focusesOn", "生物医药"),
    (DS, "focusesOn", "纳米技术应用"),
    (DS, "focusesOn", "人工智能"),
    (BIO, "partOf", DS),
    (BIO, "focusesOn", "生物医药"),
    ("生命立方", "locatedIn", BIO),
], must_not_merge=[
    (DS, SIP),
    (DS, "苏州研究生城"),
    (BIO, "生物医药"),
    ("中科院苏州纳米所", "纳米技术应用"),
])

# 4. MIIT and Anhui sign third memorandum on 中国声谷 (中国网韵动安徽), 2023-09-21
MIIT = "中华人民共和国工业和信息化部"  # canonical name as in the earlier gold files
AH = "安徽省人民政府"
SG = "中国声谷"
M2023 = "进一步共同推进中国声谷高质量发展合作备忘录"
M2012 = "关于共同推进安徽语音产业发展合作备忘录"
A2018 = "工业和信息化部安徽省政府进一步共同推进安徽智能语音产业发展合作协议"
doc("2023-09-hefei-china-speech-valley-miit-anhui-memorandum.txt", [
    ("偶世君", "Person"),
    ("中国网韵动安徽", "Enterprise"),
    ("陈紫芊", "Person"),
    ("2023世界制造业大会", "Event"),
    ("合肥滨湖国际会展中心", "Facility"),
    ("王勇", "Person"),
    ("韩俊", "Person"),
    ("王清宪", "Person"),
    (MIIT, "GovernmentBody", ["工业和信息化部", "工信部"]),
    (AH, "GovernmentBody", ["安徽省政府"]),
    (M2023, "Policy"),
    ("辛国斌", "Person"),
    ("张红文", "Person"),
    (SG, "Initiative"),
    (M2012, "Policy"),
    ("语音产业", "Industry"),
    ("软件和信息技术服务业", "Industry"),
    (A2018, "Policy"),
], [
    (AH, "ledBy", "王清宪"),
    (MIIT, "cooperatesWith", AH),
    (M2023, "issuedBy", MIIT),
    (M2023, "issuedBy", AH),
    (M2023, "supports", SG),
    (SG, "coBuiltBy", MIIT),
    (SG, "coBuiltBy", AH),
    (MIIT, "supports", SG),
    (M2012, "issuedBy", MIIT),
    (M2012, "issuedBy", AH),
    (M2012, "supports", "语音产业"),
    (M2012, "supports", "软件和信息技术服务业"),
    (A2018, "issuedBy", MIIT),
    (A2018, "issuedBy", AH),
    (A2018, "supports", SG),
], must_not_merge=[
    (M2023, M2012),
    (M2023, A2018),
    (M2012, A2018),
    (MIIT, AH),
    (SG, "语音产业"),
])

# 5. Nanjing free-trade-zone promotion at the CIIE; Jiangbei New Area innovation resources (中国江苏网), 2021-11-10
JB = "江北新区"  # canonical name as in the earlier gold files (alias 南京江北新区)
NJP = "中国(江苏)自由贸易试验区南京片区"
JSFTZ = "中国(江苏)自由贸易试验区"
NJEV = "南京市高质量发展投资环境推介会"
doc("2021-11-nanjing-jiangbei-free-trade-zone-promotion-at-ciie.txt", [
    ("中国江苏网", "Enterprise"),
    ("中国国际进口博览会", "Event", ["进博会"]),
    (NJEV, "Event", ["南京自贸片区营商环境推介会"]),
    ("陈潺嵋", "Person"),
    (JB, "Zone", ["南京江北新区"]),
    (NJP, "Zone", ["南京片区"]),
    (JSFTZ, "Zone"),
    ("剑桥大学", "University"),
    ("北京大学分子医学南京转化研究院产业化基地", "InnovationPlatform"),
    ("南京生命与健康协同创新中心", "InnovationPlatform"),
    ("121创新社区", "Initiative"),
], [
    (NJEV, "partOf", "中国国际进口博览会"),
    (NJP, "partOf", JB),
    (NJP, "partOf", JSFTZ),
    ("北京大学分子医学南京转化研究院产业化基地", "locatedIn", JB),
    ("南京生命与健康协同创新中心", "locatedIn", JB),
], must_not_merge=[
    (NJP, JB),
    (NJP, JSFTZ),
    (NJEV, "中国国际进口博览会"),
    ("北京大学分子医学南京转化研究院产业化基地", "南京生命与健康协同创新中心"),
])

# 6. Changzhou National High-tech Zone at 32 (feature via js.cnipai.com), 2024-08-29
CZ = "常州国家高新区"
doc("2024-08-changzhou-national-hi-tech-zone-32nd-anniversary.txt", [
    (CZ, "Zone", ["常州高新区"]),
    ("532发展战略", "Initiative"),
    ("全省高质量发展先进区", "Award"),
    ("比亚迪", "Enterprise"),
    ("北汽重卡", "Enterprise"),
    ("新能源汽车", "Industry"),
    ("汽车核心零部件", "Industry"),
    ("梅特勒·托利多(常州)测量技术有限公司", "Enterprise"),
], [
    (CZ, "awarded", "全省高质量发展先进区"),
    ("比亚迪", "locatedIn", CZ),
    ("北汽重卡", "locatedIn", CZ),
    (CZ, "focusesOn", "新能源汽车"),
    (CZ, "focusesOn", "汽车核心零部件"),
    ("梅特勒·托利多(常州)测量技术有限公司", "locatedIn", CZ),
], must_not_merge=[
    ("新能源汽车", "汽车核心零部件"),
    ("比亚迪", "北汽重卡"),
])

# 7. Wuxi High-tech Zone 18th in the 2022 national evaluation (repost xdscy.com), early 2023 (est.)
WX = "无锡高新区"  # canonical name as in eval/train17 (alias 高新区)
TORCH = "科学技术部火炬高技术产业开发中心"
AOTEWEI = "奥特维科技"
LEAD = "创新型领军企业培育行动入库企业名单"
doc("2023-wuxi-hi-tech-zone-national-evaluation-18th.txt", [
    (WX, "Zone", ["高新区"]),
    ("无锡市新吴区科学技术局", "GovernmentBody", ["无锡高新区(新吴区)科技局"]),
    (TORCH, "GovernmentBody", ["科技部火炬中心"]),
    ("国家高新区排名", "Award", ["国家高新区综合评价"]),
    ("中央广播电视总台上海总站", "Enterprise"),
    ("科创板价值50强", "Award"),
    ("华润微电子", "Enterprise"),
    (AOTEWEI, "Enterprise", ["奥特维"]),
    ("特殊食品技术创新中心", "InnovationPlatform"),
    ("江苏省科学技术厅", "GovernmentBody", ["江苏省科技厅"]),
    (LEAD, "Award"),
    ("华润上华", "Enterprise"),
    ("威孚高科", "Enterprise"),
], [
    (WX, "awarded", "国家高新区排名"),
    ("华润微电子", "awarded", "科创板价值50强"),
    (AOTEWEI, "awarded", "科创板价值50强"),
    ("华润微电子", "locatedIn", WX),
    (AOTEWEI, "locatedIn", WX),
    ("特殊食品技术创新中心", "locatedIn", WX),
    (AOTEWEI, "awarded", LEAD),
    ("华润上华", "awarded", LEAD),
    ("威孚高科", "awarded", LEAD),
    ("华润上华", "locatedIn", WX),
    ("威孚高科", "locatedIn", WX),
], must_not_merge=[
    (WX, "无锡市新吴区科学技术局"),
    ("华润微电子", "华润上华"),
    ("国家高新区排名", "科创板价值50强"),
    (TORCH, "江苏省科学技术厅"),
])

# 8. SJTU Minhang North Campus innovation plan; 大零号湾 (网易号 column), 2025-12-22 (year est.)
SJTU = "上海交通大学"
NC = "上海交通大学闵行北校区"
DL = "大零号湾"  # canonical name as in eval/dev
SP = "上海交大大学科技园"
HJD = "环交大"
doc("2025-12-shanghai-sjtu-minhang-north-campus-innovation-plan.txt", [
    (NC, "University", ["北校区"]),
    (DL, "Zone", ["大零号湾科技创新策源功能区"]),
    ("中共上海市委员会", "GovernmentBody", ["市委"]),
    ("上海市人民政府", "GovernmentBody", ["市政府"]),
    (SJTU, "University", ["交大"]),
    ("闵行区", "Zone"),
    (SP, "Zone", ["大学科技园"]),
    (HJD, "Zone"),
    ("中华人民共和国教育部", "GovernmentBody", ["教育部"]),
    ("国家大学科技园重塑试点单位", "Award"),
    ("闵行主校区", "University"),
    ("未来能源", "Industry"),
    ("高端装备", "Industry"),
    ("新材料", "Industry"),
    ("生物医药", "Industry"),
    ("生物医药前沿学院", "University"),
    ("能源前沿学院", "University"),
], [
    (DL, "coBuiltBy", SJTU),
    (DL, "coBuiltBy", "闵行区"),
    (SJTU, "cooperatesWith", "闵行区"),
    (SP, "partOf", HJD),
    (HJD, "awarded", "国家大学科技园重塑试点单位"),
    (NC, "locatedIn", DL),
    (NC, "focusesOn", "未来能源"),
    (NC, "focusesOn", "高端装备"),
    (NC, "focusesOn", "新材料"),
    (NC, "focusesOn", "生物医药"),
    ("生物医药前沿学院", "partOf", NC),
    ("能源前沿学院", "partOf", NC),
], must_not_merge=[
    (SJTU, NC),
    (NC, "闵行主校区"),
    (SP, HJD),
    (DL, "闵行区"),
    ("生物医药前沿学院", "生物医药"),
    ("能源前沿学院", "未来能源"),
])

gold.write(HERE / "gold.jsonl")
