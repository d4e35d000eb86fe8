"""Writes eval/train16/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train16/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train16/docs/")
doc = gold.doc

MOST = "中华人民共和国科学技术部"  # seeds' canonical name
CPC20 = "中国共产党第二十次全国代表大会"  # train6 / train7 canonical name


# 1. Shaanxi provincial government reply approving Ningqiang hi-tech zone (陕政函〔2021〕163号), 2021-12-03
NQ_REPLY = "陕西省人民政府关于同意建设宁强高新技术产业开发区的批复"
NQ_REQ = "关于宁强县循环经济产业园区创建省级高新技术产业开发区的请示"
NQ = "宁强高新技术产业开发区"
NQ_BASE = "宁强县循环经济产业园区"
NQ_GOV = "汉中市人民政府"
NQ_IND = ["生物医药", "绿色食品", "新材料"]
doc("2021-12-shaanxi-reply-ningqiang-hi-tech-zone.txt", [
    (NQ_REPLY, "Policy"),
    ("陕西省人民政府", "GovernmentBody"),
    (NQ_GOV, "GovernmentBody"),
    (NQ_REQ, "Policy"),
    (NQ_BASE, "Zone"),
    (NQ, "Zone"),
    ("陕西省自然资源厅", "GovernmentBody", ["省自然资源厅"]),
    *[(i, "Industry") for i in NQ_IND],
    ("秦创原创新驱动平台", "InnovationPlatform"),
    ("亩均论英雄综合改革", "Initiative"),
], [
    (NQ_REPLY, "issuedBy", "陕西省人民政府"),
    (NQ_REQ, "issuedBy", NQ_GOV),
    (NQ_REPLY, "supports", NQ),
    (NQ_REQ, "supports", NQ_BASE),
    (NQ, "foundedBy", NQ_GOV),
    (NQ_BASE, "partOf", NQ),
    (NQ_GOV, "supports", NQ),
    *[(NQ, "focusesOn", i) for i in NQ_IND],
], must_not_merge=[
    (NQ_REPLY, NQ_REQ),
    (NQ_BASE, NQ),
    ("陕西省人民政府", NQ_GOV),
    (NQ_REPLY, NQ),
])

# 2. Chongqing hi-tech zone (西部科学城重庆高新区): 2024 work situation, opening excerpt (gxq.cq.gov.cn), 2025
CQ = "重庆高新区"  # dev3 canonical name
CQSC = "西部(重庆)科学城"  # dev3 canonical name
CQ_FAIR = "爱尚重庆·惠聚高新2024年科学城金秋消费季"
doc("2025-chongqing-hi-tech-zone-2024-work-situation-excerpt.txt", [
    (CQ, "Zone", ["西部科学城重庆高新区"]),
    (CQSC, "Zone", ["科学城"]),
    (CPC20, "Event", ["党的二十大"]),
    ("中国共产党第二十届中央委员会第二次全体会议", "Event", ["二十届二中"], True),
    ("中国共产党第二十届中央委员会第三次全体会议", "Event", ["三中全会"], True),
    ("中共重庆市委六届五次全会", "Event", ["市委六届五次"], True),
    ("中共重庆市委六届六次全会", "Event", ["六次全会"], True),
    ("西部陆海新通道", "Initiative"),
    ("数字重庆", "Initiative"),
    ("长安跨越", "Enterprise"),
    ("拓维信息", "Enterprise"),
    ("消费品以旧换新", "Initiative"),
    (CQ_FAIR, "Event"),
], [
    ("长安跨越", "locatedIn", CQ),
    ("拓维信息", "locatedIn", CQ),
    (CQ, "hosts", CQ_FAIR),
], must_not_merge=[
    (CQ, CQSC),
    (CQSC, CQ_FAIR),
    ("中国共产党第二十届中央委员会第二次全体会议", "中国共产党第二十届中央委员会第三次全体会议"),
    ("中共重庆市委六届五次全会", "中共重庆市委六届六次全会"),
])

# 3. Shenzhen municipal government issues the Shenzhen national hi-tech zone expansion plan (te-ch.tech repost), 2019-04
SZ = "深圳国家高新区"  # train canonical name (alias 深圳高新区)
SZ_EXP = "深圳国家高新区扩区方案"
SZ_DISTRICTS = ["南山区", "坪山区", "龙岗区", "宝安区"]  # coordinated "南山、坪山、龙岗、宝安和龙华区"
doc("2019-04-shenzhen-hi-tech-zone-expansion-plan.txt", [
    ("深圳市人民政府", "GovernmentBody"),
    (SZ_EXP, "Policy", ["方案"]),
    (SZ, "Zone", ["深圳高新区"]),
    *[(d, "Zone", [], True) for d in SZ_DISTRICTS],
    ("龙华区", "Zone"),
    ("深圳国家自主创新示范区", "Zone", ["深圳自创区"]),
    ("深圳湾片区", "Zone"),
    (MOST, "GovernmentBody", ["国家科技部"]),
    ("国家高新区排名", "Award", ["综合排名"]),
    ("人工智能", "Industry"),
], [
    (SZ_EXP, "issuedBy", "深圳市人民政府"),
    (SZ_EXP, "supports", SZ),
    ("深圳湾片区", "partOf", SZ),
    (SZ, "awarded", "国家高新区排名"),
    (SZ, "focusesOn", "人工智能"),
], must_not_merge=[
    (SZ, "深圳国家自主创新示范区"),
    (SZ, "深圳湾片区"),
    (SZ_EXP, SZ),
    ("南山区", "龙华区"),
])

# 4. Shenzhen national hi-tech zone 14th five-year plan issued (yktchina.com), 2022-02
SZ_PLAN = "深圳国家高新区“十四五”发展规划"
SZ_LG = "深圳国家高新区领导小组"
SZ_WORKS = ["自主创新能级跃升工程", "新兴产业集群壮大工程", "创新创业生态优化工程", "绿色低碳园区示范工程",
            "开放协同发展引领工程"]
SZ_NS = "深圳国家高新区南山园区"  # like train13's 深圳国家高新区坪山园区
doc("2022-02-shenzhen-hi-tech-zone-14th-five-year-plan.txt", [
    (SZ, "Zone"),
    (SZ_LG, "GovernmentBody"),
    (SZ_PLAN, "Policy", ["规划"]),
    (MOST, "GovernmentBody", ["科技部"]),
    ("国家高新区排名", "Award", ["国家高新区综合评价"]),
    *[(w, "Initiative") for w in SZ_WORKS],
    (SZ_NS, "Zone", ["南山园区"]),
], [
    (SZ_PLAN, "issuedBy", SZ_LG),
    (SZ_PLAN, "supports", SZ),
    (SZ, "awarded", "国家高新区排名"),
    *[(SZ_PLAN, "supports", w) for w in SZ_WORKS],
    (SZ_NS, "partOf", SZ),
], must_not_merge=[
    (SZ, SZ_NS),
    (SZ, SZ_LG),
    (SZ_PLAN, SZ),
])

# 5. Shenzhen Guangming district 14th five-year outline issued (repost of 深圳梦, careerengine.us), 2021
GM = "光明区"  # train canonical name
GM_GOV = "深圳市光明区人民政府"
GM_PLAN = "深圳市光明区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
GM_PILOT = "大湾区综合性国家科学中心先行启动区"  # train9 canonical name
GM_CORR = "宝安-光明-龙华-龙岗产业创新走廊"
GM_PARTNERS = ["宝安空港新城", "龙华九龙山智能科技城", "龙岗国际大学城"]
doc("2021-shenzhen-guangming-district-14th-five-year-outline.txt", [
    (GM_GOV, "GovernmentBody"),
    (GM_PLAN, "Policy", ["规划"]),
    (GM, "Zone", ["光明"]),
    (GM_PILOT, "Zone"),
    ("光明科学城", "Zone"),
    ("中共深圳市委员会", "GovernmentBody", ["市委"]),
    ("深圳市人民政府", "GovernmentBody", ["市政府"]),
    (GM_CORR, "Zone"),
    *[(z, "Zone") for z in GM_PARTNERS],
    ("深圳梦", "Enterprise"),
], [
    (GM_PLAN, "issuedBy", GM_GOV),
    (GM_PLAN, "supports", GM),
    (GM_PLAN, "supports", GM_CORR),
    ("光明科学城", "partOf", GM),
    *[(GM, "cooperatesWith", z) for z in GM_PARTNERS],
], must_not_merge=[
    (GM, "光明科学城"),
    (GM, GM_GOV),
    (GM, GM_CORR),
    (GM_PILOT, "光明科学城"),
    (GM_PLAN, GM),
])

# 6. Zoucheng and Jinan economic development zones sign a partnership (zoucheng.gov.cn), 2021-07-14
ZC = "邹城经济开发区"
doc("2021-07-zoucheng-jinan-development-zones-partnership.txt", [
    (ZC, "Zone"),
    ("济南经济开发区", "Zone"),
    ("邹城市人民政府办公室", "GovernmentBody", ["市政府办公室"]),
    ("济南市投资促进局", "GovernmentBody", ["济南市投促局"]),
    ("济宁机器人产业园", "Zone"),
    ("艾坦姆", "Enterprise"),
    ("鲁抗医药", "Enterprise"),
    ("欧阳鹏举", "Person"),
    ("陈聪", "Person"),
    ("张继宇", "Person"),
], [
    (ZC, "cooperatesWith", "济南经济开发区"),
    ("济宁机器人产业园", "partOf", ZC),
    ("艾坦姆", "locatedIn", ZC),
    ("鲁抗医药", "locatedIn", ZC),
], must_not_merge=[
    (ZC, "济南经济开发区"),
    ("济南市投资促进局", "济南经济开发区"),
    ("济宁机器人产业园", ZC),
])

# 7. Zoucheng economic development zone: high-quality development (zoucheng.gov.cn, source 邹城市经济开发区), 2024-09-10
doc("2024-09-zoucheng-development-zone-high-quality-development.txt", [
    (ZC, "Zone", ["邹城市经济开发区"]),
    ("京翰林", "Enterprise"),
    ("恒信集团", "Enterprise"),
    ("山能智慧制造园区", "Zone"),
    ("国机集团", "Enterprise"),
    ("山能集团", "Enterprise"),
    ("太阳宏河纸业", "Enterprise"),
    ("兖矿能源", "Enterprise"),
    ("大龙网", "Enterprise"),
], [
    ("京翰林", "locatedIn", ZC),
    ("恒信集团", "locatedIn", ZC),
    ("山能智慧制造园区", "partOf", ZC),
    (ZC, "supports", "太阳宏河纸业"),
], must_not_merge=[
    ("山能集团", "山能智慧制造园区"),
    ("山能集团", "兖矿能源"),
])


gold.write(HERE / "gold.jsonl")
