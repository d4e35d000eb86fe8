"""Writes eval/train5/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train5/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train5/docs/")
doc = gold.doc


# 1. Chongqing Shapingba: three platforms unveiled, 40 projects signed (semiw.com), Nov 2019 (est.)
SPB = "沙坪坝区"  # canonical name of eval/dev3
SCP = "北京首创高科·中关村集成电路设计产业园"
CQ_INST = "武汉光研院·重庆研究院"
SCP_INDUSTRIES = ["IC设计", "物联网", "移动互联网", "智能硬件设计", "软件应用", "信息安全", "集成电路"]
doc("2019-11-chongqing-shapingba-chongqing-university-innovation-circle-signing.txt", [
    ("环重庆大学创新生态圈", "Zone"),
    ("中电光谷·重庆智创园", "Zone"),
    (CQ_INST, "ResearchInstitute"),
    (SPB, "Zone", ["沙坪坝"]),
    (SCP, "Zone", ["首创高科集成电路产业园"]),
    ("首创高科", "Enterprise"),
    ("北京中聚高科", "Enterprise"),
    ("重庆首创", "Enterprise"),
    ("北京市人民政府国有资产监督管理委员会", "GovernmentBody", ["北京市国资委"]),
    ("首创集团", "Enterprise"),
    ("半导体", "Industry", ["半导体产业"]),
    *[(i, "Industry") for i in SCP_INDUSTRIES],
], [
    ("环重庆大学创新生态圈", "partOf", SPB),
    ("中电光谷·重庆智创园", "partOf", SPB),
    (CQ_INST, "locatedIn", SPB),
    (SCP, "partOf", SPB),
    ("北京中聚高科", "locatedIn", SPB),
    (SCP, "ledBy", "首创高科"),
    ("首创高科", "partOf", "首创集团"),
    (CQ_INST, "focusesOn", "集成电路"),
    *[(SCP, "focusesOn", i) for i in SCP_INDUSTRIES],
    (SPB, "focusesOn", "集成电路"),
    (SPB, "focusesOn", "半导体"),
], must_not_merge=[
    (SCP, "首创高科"),
    ("首创高科", "首创集团"),
    ("重庆首创", "首创集团"),
    ("首创高科", "重庆首创"),
    ("集成电路", SCP),
    ("IC设计", "集成电路"),
    ("中电光谷·重庆智创园", CQ_INST),
])

# 2. Nanchang: Jiangxi high-level talent industrial park opens (中国新闻网 via house.china.com.cn), 2020-12-15
TP = "江西省高层次人才产业园"
NC = "南昌高新区"
NC_BASES = ["南昌高新区电子信息产业基地", "南昌高新区航空制造产业基地", "南昌高新区医药健康产业基地",
            "南昌高新区新材料产业基地", "国家大学科技城"]
TP_INDUSTRIES = ["电子信息", "人工智能", "大数据", "生物医药", "新材料"]
doc("2020-12-nanchang-jiangxi-high-level-talent-industrial-park-opens.txt", [
    (TP, "Zone", ["人才产业园"]),
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("刘力鑫", "Person"),
    (NC, "Zone", ["南昌市高新区"]),
    ("南昌高新区电子信息产业基地", "Zone", [], True),   # fragment 电子信息 is also the Industry: no alias
    ("南昌高新区航空制造产业基地", "Zone", ["航空制造"], True),
    ("南昌高新区医药健康产业基地", "Zone", ["医药健康"], True),
    ("南昌高新区新材料产业基地", "Zone", [], True),     # fragment 新材料 is also the Industry: no alias
    ("国家大学科技城", "Zone", ["国家大学科技城等5个产业基地"]),
    ("刘强", "Person"),
    *[(i, "Industry") for i in TP_INDUSTRIES],
    ("中国科学院", "ResearchInstitute", ["中科院"]),
    ("北京大学", "University"),
    ("清华大学", "University"),
    ("浙江大学", "University"),
    ("华为工业互联网创新中心", "InnovationPlatform"),
    ("中科曙光先进计算中心", "Facility"),
], [
    (TP, "partOf", NC),
    *[(b, "partOf", NC) for b in NC_BASES],
    *[(TP, "focusesOn", i) for i in TP_INDUSTRIES],
    ("华为工业互联网创新中心", "locatedIn", TP),
    ("中科曙光先进计算中心", "locatedIn", TP),
], systems=[
    {"formula": "1+5+N", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "5", "declared": 5, "members": NC_BASES},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (TP, NC),
    ("国家大学科技城", NC),
    ("南昌高新区电子信息产业基地", "电子信息"),
    ("南昌高新区新材料产业基地", "新材料"),
    ("南昌高新区电子信息产业基地", "南昌高新区新材料产业基地"),
])

# 3. Zhengzhou Zhengdong New Area: Q4 investment projects signing (正观新闻), 2024-11-02
ZD = "郑东新区"
XSQ = "新石器慧通(北京)科技有限公司"
ZD_INDUSTRIES = ["数字经济", "生物医药", "新能源", "新材料"]
doc("2024-11-zhengzhou-zhengdong-new-area-q4-projects-signing.txt", [
    ("正观新闻", "Enterprise"),
    ("王阳", "Person"),
    ("侯京博", "Person"),
    ("程雪茹", "Person"),
    (ZD, "Zone"),
    ("龙子湖智慧岛", "Zone"),
    ("郑州中原科技城", "Zone", ["中原科技城"]),
    ("孙建功", "Person"),
    ("陈耀宗", "Person"),
    (XSQ, "Enterprise", ["新石器公司", "新石器"]),
    ("张卫玲", "Person"),
    *[(i, "Industry") for i in ZD_INDUSTRIES],
    ("中国科学院过程所", "ResearchInstitute"),
    ("仲景宛西制药", "Enterprise"),
], [
    (XSQ, "locatedIn", ZD),
    (XSQ, "foundedBy", "张卫玲"),
    ("仲景宛西制药", "locatedIn", ZD),
    ("仲景宛西制药", "focusesOn", "生物医药"),
    *[(ZD, "focusesOn", i) for i in ZD_INDUSTRIES],
], must_not_merge=[
    (ZD, "郑州中原科技城"),
    (ZD, "龙子湖智慧岛"),
])

# 4. Tianjin Binhai–Zhongguancun Science Park (经济日报-中国经济网 via jiangsulong.com), 2019-04-11
BZ = "天津滨海—中关村科技园"
BZ_AGREEMENT = "加快建设天津滨海—中关村科技园合作协议"
BJGOV, TJGOV = "北京市人民政府", "天津市人民政府"
doc("2019-04-tianjin-binhai-zhongguancun-science-park-visit.txt", [
    ("中关村", "Zone", ["北京中关村"]),
    ("经济日报", "Enterprise"),
    ("中国经济网", "Enterprise"),
    ("周琳", "Person"),
    (BZ, "Zone", ["天津滨海中关村科技园"]),
    ("滨海新区", "Zone"),
    ("北塘地区", "Zone", ["北塘", "北塘区域"]),
    ("天津滨海—中关村协同创新示范基地", "InnovationPlatform"),
    ("知行卓越创新实验室", "Laboratory"),
    ("天津飞图同辉科技有限公司", "Enterprise"),
    ("京津冀协同发展", "Initiative"),
    (BJGOV, "GovernmentBody", [], True),   # "京津两市政府": both names implied by coordination
    (TJGOV, "GovernmentBody", [], True),
    (BZ_AGREEMENT, "Policy"),
    ("天津滨海—中关村科技园管委会", "GovernmentBody"),
], [
    (BZ, "partOf", "滨海新区"),
    ("北塘地区", "partOf", "滨海新区"),
    ("北塘地区", "partOf", BZ),
    ("天津滨海—中关村协同创新示范基地", "locatedIn", BZ),
    ("知行卓越创新实验室", "locatedIn", BZ),
    ("天津飞图同辉科技有限公司", "locatedIn", BZ),
    (BZ, "coBuiltBy", BJGOV),
    (BZ, "coBuiltBy", TJGOV),
    (BJGOV, "cooperatesWith", TJGOV),
    (BZ_AGREEMENT, "supports", BZ),
], must_not_merge=[
    ("中关村", BZ),
    (BZ, "天津滨海—中关村科技园管委会"),
    (BZ, "天津滨海—中关村协同创新示范基地"),
    (BZ, BZ_AGREEMENT),
    (BJGOV, TJGOV),
    ("北塘地区", BZ),
])

# 5. Wuhan: Yangtze Kunpeng ecosystem innovation centre opens (长江日报-长江网, cjrbapp.cjn.cn), 2020-09-01
KP = "长江鲲鹏生态创新中心"
KPI = "鲲鹏计算产业"
KP_PLAN = "武汉市鲲鹏计算产业推进计划"
doc("2020-09-wuhan-yangtze-kunpeng-ecosystem-innovation-centre-opens.txt", [
    (KP, "InnovationPlatform"),
    ("新基建", "Initiative"),
    ("高勇", "Person"),
    ("长江日报", "Enterprise"),
    ("长江网", "Enterprise"),
    ("李佳", "Person"),
    ("武汉未来科技城", "Zone"),
    (KPI, "Industry"),
    ("计算产业", "Industry"),
    ("华为", "Enterprise", ["华为公司"]),
    ("邓泰华", "Person"),
    ("联合打造鲲鹏生态,发展鲲鹏计算产业", "Policy"),
    ("中共武汉市委员会", "GovernmentBody", ["武汉市委"]),
    ("武汉市人民政府", "GovernmentBody", ["市政府"]),
    (KP_PLAN, "Policy"),
    ("长江计算平台", "InnovationPlatform"),
    ("武汉工控集团", "Enterprise"),
], [
    (KP, "locatedIn", "武汉未来科技城"),
    (KP, "focusesOn", KPI),
    ("华为", "focusesOn", KPI),
    (KP, "coBuiltBy", "武汉工控集团"),
    (KP, "coBuiltBy", "华为"),
    ("武汉工控集团", "cooperatesWith", "华为"),
    (KP_PLAN, "supports", KP),
    (KP_PLAN, "supports", "长江计算平台"),
], must_not_merge=[
    (KP, KPI),
    (KPI, "计算产业"),
    (KP_PLAN, KPI),
    (KP, "长江计算平台"),
    ("长江日报", "长江网"),
    ("中共武汉市委员会", "武汉市人民政府"),
    ("联合打造鲲鹏生态,发展鲲鹏计算产业", KPI),
])

# 6. Guiyang hi-tech zone big-data project matchmaking in Beijing (科技日报 via baogaosu.com), Aug 2015 (year est.)
GY = "贵阳高新区"
GY_POLICY = "贵阳国家高新区大数据产业招商引智政策措施"
GY_EVENT = "大数据招商引智再出发·高新区项目对接会"
GY_PARTNERS = ["交通运输部公路科学院", "工信部电子科技情报所", "北京中传未来投资公司"]
GY_FIRMS = ["戴尔", "博科", "世欣蓝汛"]
doc("2015-08-guiyang-hi-tech-zone-big-data-project-matchmaking.txt", [
    ("科技日报", "Enterprise"),
    ("刘志强", "Person"),
    (GY, "Zone"),
    (GY_EVENT, "Event"),
    ("交通运输部公路科学院", "ResearchInstitute"),
    ("工信部电子科技情报所", "ResearchInstitute"),
    ("北京中传未来投资公司", "Enterprise"),
    ("黄昌祥", "Person"),
    ("国家职能交通系统工程技术研究中心贵州分中心", "ResearchInstitute"),
    ("国家健康大数据产业园", "Zone"),
    ("智慧交通西南中心", "InnovationPlatform"),
    (GY_POLICY, "Policy"),
    ("大数据", "Industry", ["大数据产业"]),
    *[(f, "Enterprise") for f in GY_FIRMS],
    ("大数据广场", "Facility"),
    ("端产品制造", "Industry"),
], [
    (GY, "hosts", GY_EVENT),
    *[(GY, "cooperatesWith", p) for p in GY_PARTNERS],
    (GY_POLICY, "issuedBy", GY),
    (GY, "focusesOn", "大数据"),
    (GY, "focusesOn", "端产品制造"),
    *[(f, "locatedIn", GY) for f in GY_FIRMS],
    ("大数据广场", "locatedIn", GY),
], must_not_merge=[
    ("大数据", "国家健康大数据产业园"),
    ("大数据", "大数据广场"),
    (GY, GY_POLICY),
    (GY, GY_EVENT),
    ("国家职能交通系统工程技术研究中心贵州分中心", "智慧交通西南中心"),
])

# 7. Changsha: Hunan Xiangjiang New Area major projects signed in Beijing (湖南日报 via 红网), 2021-05-23
XJ = "湖南湘江新区"
XJ_FIRMS = ["中车环境科技有限公司", "京东方数科", "居然之家"]
XJ_INDUSTRIES = ["智能制造", "文旅产业", "工程机械", "新材料", "电子信息", "有色金属精深加工", "移动互联网", "智能网联汽车"]
doc("2021-05-changsha-hunan-xiangjiang-new-area-beijing-projects-signing.txt", [
    ("湖南日报", "Enterprise"),
    ("王晗", "Person"),
    ("刘武", "Person"),
    ("高芹", "Person"),
    (XJ, "Zone", ["湘江新区"]),
    ("中车环境科技有限公司", "Enterprise", ["中车环境"]),
    ("京东方数科", "Enterprise"),
    ("居然之家", "Enterprise"),
    ("中国中车", "Enterprise"),
    ("京东方科技集团", "Enterprise"),
    *[(i, "Industry", ["智能网联汽车产业"] if i == "智能网联汽车" else []) for i in XJ_INDUSTRIES],
    ("全国智能汽车产投潜力榜", "Award"),
], [
    *[(f, "locatedIn", XJ) for f in XJ_FIRMS],
    ("中车环境科技有限公司", "partOf", "中国中车"),
    ("京东方数科", "partOf", "京东方科技集团"),
    *[(XJ, "focusesOn", i) for i in XJ_INDUSTRIES],
    (XJ, "awarded", "全国智能汽车产投潜力榜"),
], must_not_merge=[
    ("中车环境科技有限公司", "中国中车"),
    ("京东方数科", "京东方科技集团"),
    ("智能网联汽车", "全国智能汽车产投潜力榜"),
])

gold.write(HERE / "gold.jsonl")
