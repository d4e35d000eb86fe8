"""Writes eval/train11/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train11/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train11/docs/")
doc = gold.doc


BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl
ZJ_GOV = "浙江省人民政府"
ZJ_NDRC = "浙江省发展和改革委员会"
ZJ_STD = "浙江省科学技术厅"

# 1. Wenzhou Longwan / Wenzhou Bay New Area: incubator cluster, labs, "three valleys" (龙湾新闻网), 2025-07-31
LW, WZB = "龙湾区", "温州湾新区"  # one administration under two names, always written as a pair
YUNGU = "温州国际云软件谷"
IFLY = "科大讯飞人工智能(温州)产业加速中心"
EYE = "中国眼谷"
GUANG = "中国(温州)新光谷"
LW_PLATFORMS = ["瓯江实验室", "国科温州研究院", "香港理工大学温州技术创新研究院"]
doc("2025-07-wenzhou-longwan-incubator-cluster-innovation.txt", [
    (LW, "Zone", ["龙湾"]),
    (WZB, "Zone"),
    ("瓯越英才计划", "Initiative"),
    (YUNGU, "Zone"),
    (IFLY, "InnovationPlatform"),
    ("龙湾区云软件谷发展服务中心", "GovernmentBody"),
    ("周中蒙", "Person"),
    ("大孵化器集群战略", "Initiative"),
    ("瓯江实验室", "Laboratory"),
    ("国科温州研究院", "ResearchInstitute"),
    ("香港理工大学温州技术创新研究院", "ResearchInstitute"),
    (EYE, "Zone"),
    ("眼健康", "Industry"),
    ("数字经济", "Industry"),
    ("温州市人工智能计算中心", "Facility"),
    (GUANG, "Zone"),
    ("激光", "Industry"),
    ("光电", "Industry"),
], [
    (IFLY, "locatedIn", YUNGU),
    (IFLY, "ledBy", "周中蒙"),
    *[(p, "locatedIn", z) for p in LW_PLATFORMS for z in (WZB, LW)],
    *[(park, "partOf", z) for park in (YUNGU, EYE, GUANG) for z in (WZB, LW)],
    (EYE, "focusesOn", "眼健康"),
    (YUNGU, "focusesOn", "数字经济"),
    ("温州市人工智能计算中心", "locatedIn", YUNGU),
    (GUANG, "focusesOn", "激光"),
    (GUANG, "focusesOn", "光电"),
], must_not_merge=[
    (LW, WZB),
    (LW, "龙湾区云软件谷发展服务中心"),
    (YUNGU, "龙湾区云软件谷发展服务中心"),
    (YUNGU, IFLY),
    (EYE, GUANG),
])

# 2. Hangzhou Lingkong (airport economy) biomedicine park opens, Xiaoshan (杭网议事厅), 2024-03-12
LK = "杭州临空经济示范区"
LKBIO = "杭州临空生物医药园"
BIOVALLEY = "杭州生物科技谷"
doc("2024-03-xiaoshan-lingkong-biomedicine-park-opens.txt", [
    (LKBIO, "Zone", ["生物医药园"]),
    (LK, "Zone", ["临空经济示范区"]),
    (BIOVALLEY, "Zone", ["生物科技谷"]),
    ("江南科技城", "Zone"),
    ("萧山区", "Zone", ["萧山"]),
    ("杭州萧山国际机场", "Facility"),
    ("生物医药", "Industry"),
    ("智能制造园", "Zone"),
    ("综合保税园", "Zone"),
    ("生物谷社区", "Zone"),
    ("总部研发社区", "Zone"),
], [
    (LKBIO, "partOf", LK),
    (BIOVALLEY, "partOf", LK),
    (BIOVALLEY, "partOf", "萧山区"),
    ("江南科技城", "partOf", "萧山区"),
    ("智能制造园", "partOf", LK),
    ("综合保税园", "partOf", LK),
    ("生物谷社区", "partOf", LKBIO),
    ("总部研发社区", "partOf", LKBIO),
    (LKBIO, "focusesOn", "生物医药"),
    (BIOVALLEY, "focusesOn", "生物医药"),
], must_not_merge=[
    (LKBIO, BIOVALLEY),
    (LKBIO, LK),
    (LKBIO, "生物医药"),
    ("生物谷社区", BIOVALLEY),
    ("杭州萧山国际机场", "萧山区"),
])

# 3. Zhejiang Normal University Jinhua science park groundbreaking; Central Zhejiang S&T corridor (repost), 2022-11-08 (year est.)
ZJNU = "浙江师范大学"
ZJNU_PARK = "浙江师范大学金华科创园"
SDC = "师大创新城"
ZZC = "浙中科创走廊"
ZZC_PLAN = "浙中科创走廊发展规划"
JH_GOV = "金华市人民政府"
SIX_CITIES = ["金华科技城", "义乌科技城", SDC, "中央创新城", "金兰创新城", "光电创新城"]
doc("2022-11-jinhua-zjnu-science-park-groundbreaking.txt", [
    (ZJNU_PARK, "Zone", ["浙师大金华科创园"]),
    (ZJNU, "University", ["浙师大"]),
    ("邢志宏", "Person"),
    ("蒋云良", "Person"),
    ("钟依均", "Person"),
    ("褚惠斌", "Person"),
    ("胡卫国", "Person"),
    ("高峰", "Person"),
    ("胡余仙", "Person"),
    ("朱利群", "Person"),
    ("杜建明", "Person"),
    ("何军杰", "Person"),
    ("吕良勇", "Person"),
    ("张遵强", "Person"),
    (ZZC, "Zone"),
    (ZJ_GOV, "GovernmentBody", ["省政府"]),
    (JH_GOV, "GovernmentBody", ["市政府"]),
    (ZJ_NDRC, "GovernmentBody", ["省发改委"]),
    (ZJ_STD, "GovernmentBody", ["省科技厅"]),
    (ZZC_PLAN, "Policy"),
    ("杭州城西科创大走廊", "Zone", ["杭州城西"], True),
    ("宁波甬江科创走廊", "Zone", ["宁波甬江"], True),
    ("温州环大罗山科创走廊", "Zone"),
    *[(c, "Zone") for c in SIX_CITIES],
], [
    (ZJNU, "ledBy", "蒋云良"),
    (ZJNU_PARK, "partOf", SDC),
    *[(c, "partOf", ZZC) for c in SIX_CITIES],
    (ZZC_PLAN, "issuedBy", JH_GOV),
    (ZZC_PLAN, "issuedBy", ZJ_NDRC),
    (ZZC_PLAN, "issuedBy", ZJ_STD),
], must_not_merge=[
    (ZJNU, ZJNU_PARK),
    (ZJNU_PARK, SDC),
    (ZZC, ZZC_PLAN),
    ("金华科技城", "义乌科技城"),
    ("杭州城西科创大走廊", "宁波甬江科创走廊"),
    (ZJ_GOV, JH_GOV),
])

# 4. Shaoxing Yuecheng integrated-circuit projects (浙江在线 / 浙江日报), 2026-03-01
YC = "越城区"
SXIC = "绍兴集成电路产业园"
SXIC_PLATFORM = "绍兴集成电路万亩千亿新产业平台"
SUPPLY_PARK = "集成电路链主企业配套产业园"
doc("2026-03-shaoxing-yuecheng-ic-industry-projects.txt", [
    (YC, "Zone"),
    ("皋埠街道", "Zone"),
    ("芯联集成", "Enterprise", ["芯联"]),
    (SXIC, "Zone"),
    ("绍兴集成电路产业园管委会", "GovernmentBody"),
    ("集成电路", "Industry"),
    ("千项万亿工程", "Initiative"),
    (SUPPLY_PARK, "Zone"),
    ("杭州电子科技大学绍兴校区", "University"),
    (SXIC_PLATFORM, "Zone"),
    ("维科精密", "Enterprise"),
    ("富乐德", "Enterprise"),
    ("浙江在线", "Enterprise"),
    ("浙江日报", "Enterprise"),
    ("王佳", "Person"),
], [
    ("皋埠街道", "partOf", YC),
    ("芯联集成", "locatedIn", "皋埠街道"),
    (SXIC, "focusesOn", "集成电路"),
    (SUPPLY_PARK, "partOf", SXIC),
    ("杭州电子科技大学绍兴校区", "locatedIn", SXIC),
    (SXIC_PLATFORM, "focusesOn", "集成电路"),
    (YC, "focusesOn", "集成电路"),
    ("维科精密", "locatedIn", YC),
    ("富乐德", "locatedIn", YC),
], must_not_merge=[
    (SXIC, "绍兴集成电路产业园管委会"),
    (SXIC, SXIC_PLATFORM),
    (SXIC, SUPPLY_PARK),
    (SXIC, "集成电路"),
    ("浙江在线", "浙江日报"),
])

# 5. Binjiang Q4 2023 major projects groundbreaking (repost), 2023-10-27
BJ_FIRMS = ["宏杉科技", "赛诺菲", "正泰新能源", "士兰微", "联众智慧"]
doc("2023-10-binjiang-q4-major-projects-groundbreaking.txt", [
    (BJ, "Zone", ["滨江区", "滨江"]),
    ("数据存储", "Industry"),
    ("半导体", "Industry"),
    ("新能源", "Industry"),
    ("医药健康", "Industry"),
    ("宏杉科技", "Enterprise", ["宏杉"]),
    ("赛诺菲", "Enterprise"),
    ("正泰新能源", "Enterprise"),
    ("士兰微", "Enterprise"),
    ("联众智慧", "Enterprise"),
    ("杨柳", "Person"),
    ("长河街道", "Zone"),
], [
    *[(f, "locatedIn", BJ) for f in BJ_FIRMS],
    ("宏杉科技", "ledBy", "杨柳"),
    ("宏杉科技", "focusesOn", "数据存储"),
    ("长河街道", "partOf", BJ),
], must_not_merge=[
    ("正泰新能源", "新能源"),
    ("宏杉科技", "数据存储"),
    ("长河街道", BJ),
])

# 6. Jiashan Xiangfudang innovation centre promotion in Zhangjiang, Shanghai (repost), 2023-05-12 (est.)
JS = "嘉善县"
XFD = "嘉善祥符荡创新中心"
YRD_DEMO = "长三角生态绿色一体化发展示范区"
JS_CARRIERS = [
    ("长三角智慧绿洲创新中心未来创新园(张江)", "InnovationPlatform"),
    ("嘉善复旦研究院(张江)产业发展中心", "InnovationPlatform"),
    ("转化医学国家科学中心(上海)嘉善分中心", "ResearchInstitute"),
    ("上海大学科技园——陶庄产业基地", "Zone"),
]
doc("2023-05-jiashan-xiangfudang-innovation-centre-zhangjiang-promotion.txt", [
    ("长三角·嘉善祥符荡创新中心(张江)推介会", "Event"),
    ("上海张江科学会堂", "Facility"),
    ("通讯电子", "Industry"),
    ("集成电路", "Industry"),
    ("锂电池", "Industry"),
    ("半导体", "Industry"),
    ("新能源", "Industry"),
    *JS_CARRIERS,
    (JS, "Zone", ["嘉善"]),
    ("县域高质量发展示范点", "Award"),
    (YRD_DEMO, "Zone", ["示范区"]),
    ("高铁新城", "Zone"),
    ("中新新城", "Zone"),
    ("祥符荡", "Zone"),
    ("江海洋", "Person"),
    ("曹惠明", "Person"),
    (XFD, "Zone", ["祥符荡创新中心"]),
], [
    (JS, "focusesOn", "通讯电子"),
    (JS, "focusesOn", "半导体"),
    (JS, "focusesOn", "新能源"),
    (JS, "partOf", YRD_DEMO),
    (JS, "awarded", "县域高质量发展示范点"),
    ("高铁新城", "partOf", JS),
    ("中新新城", "partOf", JS),
    ("祥符荡", "partOf", JS),
    (XFD, "partOf", JS),
], must_not_merge=[
    (XFD, "祥符荡"),
    (XFD, "长三角·嘉善祥符荡创新中心(张江)推介会"),
    (JS, YRD_DEMO),
    ("长三角智慧绿洲创新中心未来创新园(张江)", "嘉善复旦研究院(张江)产业发展中心"),
    ("高铁新城", "中新新城"),
])

# 7. Taizhou: first provincial new-type R&D institutions, annual review of 18 platforms (repost of 腾讯网), 2022-01-24
TZB = "台州湾新区"
THU_TZ = "清华长三角台州研究院"
doc("2022-01-taizhou-provincial-new-rd-institutions-annual-review.txt", [
    ("腾讯网", "Enterprise"),
    ("台州市科学技术局", "GovernmentBody", ["台州市科技局"]),
    (TZB, "Zone"),
    ("浙江大学台州研究院", "ResearchInstitute"),
    ("台州市生物医化产业研究院有限公司", "ResearchInstitute", ["台州生物医化产业研究院"]),
    ("浙江加州国际纳米技术研究院台州分院", "ResearchInstitute"),
    ("省科技进步二等奖", "Award"),
    ("创新台州", "Initiative"),
    (THU_TZ, "ResearchInstitute"),
    ("水暖阀门服务应用平台", "InnovationPlatform"),
    ("北大科技园台州湾新区创新中心", "InnovationPlatform"),
    ("浙江清华长三角研究院台州创新中心", "ResearchInstitute"),
    ("浙江工业大学台州研究院", "ResearchInstitute"),
    ("南科大台州研究院", "ResearchInstitute"),
    ("启迪之星", "InnovationPlatform"),
    ("霍尼韦尔", "Enterprise"),
    ("绿色药都小镇", "Zone"),
    ("西北工业技术研究院台州分院", "ResearchInstitute"),
    ("飞翔航天", "Enterprise"),
    ("昆日机电", "Enterprise"),
], [
    ("台州市科学技术局", "cooperatesWith", TZB),
    ("浙江加州国际纳米技术研究院台州分院", "awarded", "省科技进步二等奖"),
    ("水暖阀门服务应用平台", "partOf", THU_TZ),
    ("霍尼韦尔", "locatedIn", "绿色药都小镇"),
], must_not_merge=[
    ("浙江大学台州研究院", "浙江工业大学台州研究院"),
    ("浙江加州国际纳米技术研究院台州分院", "西北工业技术研究院台州分院"),
    (TZB, "北大科技园台州湾新区创新中心"),
    ("浙江大学台州研究院", "台州市生物医化产业研究院有限公司"),
    ("水暖阀门服务应用平台", THU_TZ),
])

# 8. ZJNU, Jinhua government and the avionics institute sign on low-altitude economy (浙师大工学院 site), 2025-09-16
ZJNU_ENG = "浙江师范大学工学院"
AVI = "中国航空无线电电子研究所"
LA_INST = "金华市低空经济创新研究院"
doc("2025-09-zjnu-jinhua-avionics-institute-low-altitude-signing.txt", [
    (ZJNU, "University", ["浙师大"]),
    (JH_GOV, "GovernmentBody", ["金华市政府"]),
    (AVI, "ResearchInstitute"),
    ("王志强", "Person"),
    ("丁晗", "Person"),
    ("林一钢", "Person"),
    ("低空经济", "Industry"),
    (ZJNU_ENG, "University", ["工学院"]),
    ("中华人民共和国国家发展和改革委员会", "GovernmentBody", ["国家发改委"]),
    ("智能制造、轨道交通产教融合实践基地", "InnovationPlatform"),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    (LA_INST, "ResearchInstitute", ["低空经济创新研究院"]),
    ("金华市低空产业智囊团", "ResearchInstitute"),
    ("浙师大工学院产教融中心", "InnovationPlatform"),
], [
    (ZJNU, "cooperatesWith", JH_GOV),
    (ZJNU, "cooperatesWith", AVI),
    (JH_GOV, "cooperatesWith", AVI),
    (LA_INST, "coBuiltBy", ZJNU),
    (LA_INST, "coBuiltBy", JH_GOV),
    (LA_INST, "coBuiltBy", AVI),
    (LA_INST, "foundedBy", ZJNU_ENG),
    ("金华市低空产业智囊团", "foundedBy", ZJNU_ENG),
    (LA_INST, "focusesOn", "低空经济"),
    (ZJNU_ENG, "partOf", ZJNU),
    ("浙师大工学院产教融中心", "partOf", ZJNU_ENG),
], must_not_merge=[
    (ZJNU, ZJNU_ENG),
    (LA_INST, "金华市低空产业智囊团"),
    (LA_INST, "低空经济"),
    (ZJNU_ENG, "浙师大工学院产教融中心"),
    ("中华人民共和国国务院", "中华人民共和国国家发展和改革委员会"),
])

gold.write(HERE / "gold.jsonl")
