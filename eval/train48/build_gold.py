"""Writes eval/train48/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train48/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train48/docs/")
doc = gold.doc

MIIT = "中华人民共和国工业和信息化部"  # as in earlier gold sets (aliases 工业和信息化部, 工信部)
LITTLE_GIANT = "国家级专精特新小巨人企业"  # Award, canonical name of earlier gold sets

# 1. MIIT notice publishing the first batch of 专精特新"小巨人" enterprises (工信部企业函〔2019〕153号), 2019-06-05
NOTICE_2019 = "工业和信息化部关于公布第一批专精特新“小巨人”企业名单的通告"
NOTICE_2018 = "工业和信息化部办公厅关于开展专精特新“小巨人”企业培育工作的通知"
LG_FIRMS = ["北京臻迪科技股份有限公司", "瑞普(天津)生物药业有限公司", "唐山贺祥机电股份有限公司"]
doc("2019-06-miit-first-batch-little-giant-enterprises-notice.txt", [
    (NOTICE_2019, "Policy"),
    (NOTICE_2018, "Policy"),
    (MIIT, "GovernmentBody", ["工业和信息化部"]),
    (LITTLE_GIANT, "Award", ["专精特新“小巨人”企业"]),
    *[(f, "Enterprise") for f in LG_FIRMS],
], [
    (NOTICE_2019, "issuedBy", MIIT),
    *[(f, "awarded", LITTLE_GIANT) for f in LG_FIRMS],
], must_not_merge=[
    (NOTICE_2019, NOTICE_2018),
    (NOTICE_2019, MIIT),
    (NOTICE_2018, LITTLE_GIANT),
])

# 2. Taicang hi-tech zone: 17 firms in the Jiangsu unicorn / gazelle evaluation (太仓市人民政府), 2021-12-02
TC = "太仓高新区"
doc("2021-12-taicang-hi-tech-zone-unicorn-gazelle-enterprises.txt", [
    (TC, "Zone"),
    ("太仓市人民政府", "GovernmentBody"),
    ("江苏省生产力促进中心", "GovernmentBody"),
    ("苏州多感科技有限公司", "Enterprise"),
    ("太仓瑞鼎精密机械科技有限公司", "Enterprise"),
    ("乐琻半导体", "Enterprise"),
    ("法可赛", "Enterprise"),
    ("康乃德生物", "Enterprise"),
    ("纳斯达克", "Enterprise", ["纳斯纳克"]),
    ("潜在独角兽企业榜单", "Award"),
    ("瞪羚企业榜单", "Award"),
    ("苏州市独角兽培育计划", "Initiative"),
    ("太仓市总部经济企业", "Award"),
    ("省双创人才", "Award"),
    ("创新驱动发展战略", "Initiative"),
], [
    ("苏州多感科技有限公司", "locatedIn", TC),
    ("太仓瑞鼎精密机械科技有限公司", "locatedIn", TC),
    ("乐琻半导体", "locatedIn", TC),
    ("法可赛", "locatedIn", TC),
    ("康乃德生物", "locatedIn", TC),
    ("苏州多感科技有限公司", "awarded", "潜在独角兽企业榜单"),
    ("太仓瑞鼎精密机械科技有限公司", "awarded", "瞪羚企业榜单"),
    ("法可赛", "awarded", "太仓市总部经济企业"),
    (TC, "awarded", "省双创人才"),
], must_not_merge=[
    (TC, "太仓市人民政府"),
    ("潜在独角兽企业榜单", "瞪羚企业榜单"),
    ("苏州市独角兽培育计划", "潜在独角兽企业榜单"),
    ("太仓市总部经济企业", "太仓市人民政府"),
])

# 3. Zhejiang recognises 14 provincial hi-tech industrial parks (省经信厅 release), 2023-02-03
JB, ZJ = "宁波江北高新区", "诸暨高新区"
doc("2023-02-zhejiang-14-provincial-hi-tech-parks-recognised.txt", [
    ("浙江省经济和信息化厅", "GovernmentBody", ["省经信厅"]),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    (JB, "Zone", ["宁波江北"]),
    (ZJ, "Zone"),
    ("新材料", "Industry"),
    ("新装备制造", "Industry"),
    ("生命健康科学", "Industry"),
    ("环保节能技术装备", "Industry"),
    ("现代环保装备制造", "Industry"),
], [
    (JB, "focusesOn", "新材料"),
    (JB, "focusesOn", "新装备制造"),
    (JB, "focusesOn", "生命健康科学"),
    (ZJ, "focusesOn", "环保节能技术装备"),
    (ZJ, "focusesOn", "新材料"),
    (ZJ, "focusesOn", "现代环保装备制造"),
], must_not_merge=[
    (JB, ZJ),
    ("浙江省经济和信息化厅", "浙江省人民政府"),
    ("环保节能技术装备", "现代环保装备制造"),
])

# 4. MIIT publishes the 2025 (4th batch) list of SME characteristic industrial clusters (newspaper report), 2025-11
CLUSTERS = ["北京市顺义区智能网联汽车配套产业集群", "上海市闵行区具身智能零部件产业集群",
            "广东省广州市海珠区智能制造系统集成服务产业集群", "北京市海淀区行业应用软件产业集群",
            "江苏省无锡市惠山区智能基础零部件制造产业集群", "浙江省湖州市吴兴区智能物流装备产业集群"]
doc("2025-11-miit-2025-sme-characteristic-industrial-clusters-list.txt", [
    (MIIT, "GovernmentBody", ["工业和信息化部", "工信部"]),
    ("中小企业特色产业集群", "Award"),
    *[(c, "Award") for c in CLUSTERS],
], [
], must_not_merge=[
    ("中小企业特色产业集群", CLUSTERS[0]),
    (CLUSTERS[1], CLUSTERS[4]),
])

# 5. Zhejiang sets up seven provincial economic development zones by a government-office reply (央广网), 2022-01-12
ZJ7 = ["浙江文成经济开发区", "浙江泰顺经济开发区", "浙江上虞曹娥江经济开发区", "浙江椒江经济开发区",
       "浙江庆元经济开发区", "浙江遂昌经济开发区", "浙江松阳经济开发区"]
ZJ7_REPLY = "浙江省人民政府办公厅关于整合设立浙江文成等经济开发区的复函"
doc("2022-01-zhejiang-seven-provincial-economic-development-zones-set-up.txt", [
    (ZJ7_REPLY, "Policy"),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    *[(z, "Zone") for z in ZJ7],
    ("央广网", "Enterprise"),
    ("俞安懿", "Person"),
    ("尚天宇", "Person"),
    ("曲静", "Person"),
], [
], must_not_merge=[
    (ZJ7_REPLY, "浙江文成经济开发区"),
    (ZJ7_REPLY, "浙江省人民政府"),
    ("浙江文成经济开发区", "浙江泰顺经济开发区"),
])

gold.write(HERE / "gold.jsonl")
