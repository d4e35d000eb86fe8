"""Writes eval/train42/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train42/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train42/docs/")
doc = gold.doc

# 1. Zhejiang national university science park (Linping) opens (文汇网), 2023-05-16
LPP = "浙江省国家大学科技园(临平)"
doc("2023-05-linping-zhejiang-national-university-science-park-opens.txt", [
    (LPP, "Zone"),
    ("文汇网", "Enterprise"),
    ("中国(临平)高校科创人才系列活动", "Event"),
    ("诺贝尔化学奖", "Award"),
    ("阿利耶•瓦谢尔", "Person", ["瓦谢尔"]),
    ("晨伫生物", "Enterprise"),
    ("临平区", "Zone", ["临平"]),
    ("陈如根", "Person"),
    ("浙江财经大学", "University"),
    ("中国计量大学", "University"),
    ("浙江大学", "University"),
    ("浙江农林大学", "University", ["浙江农林大"]),
    ("浙江理工大学", "University"),
    ("杭州市临平区人民政府", "GovernmentBody", ["临平区政府"]),
], [
    ("阿利耶•瓦谢尔", "awarded", "诺贝尔化学奖"),
    ("晨伫生物", "ledBy", "阿利耶•瓦谢尔"),
    ("晨伫生物", "locatedIn", LPP),
    (LPP, "partOf", "临平区"),
    (LPP, "cooperatesWith", "浙江财经大学"),
    (LPP, "cooperatesWith", "中国计量大学"),
    (LPP, "cooperatesWith", "浙江大学"),
    (LPP, "cooperatesWith", "浙江农林大学"),
    (LPP, "cooperatesWith", "浙江理工大学"),
], must_not_merge=[
    (LPP, "临平区"),
    ("临平区", "杭州市临平区人民政府"),
    ("浙江大学", "浙江理工大学"),
])

# 2. Linping New City "3+X" modern industry system (杭州网), 2023-02-17
LPX = "临平新城"
doc("2023-02-linping-new-city-3x-modern-industry-system.txt", [
    (LPX, "Zone"),
    ("临平区", "Zone", ["临平"]),
    ("杭州网", "Enterprise"),
    ("中共杭州市临平区委一届六次全会", "Event", ["区委一届六次全会"]),
    ("全域南融", "Initiative"),
    ("现代服务业", "Industry"),
    ("陆文亚", "Person"),
    ("数字时尚", "Industry"),
    ("算力科技", "Industry"),
    ("伊芙丽", "Enterprise"),
    ("子不语", "Enterprise"),
    ("珀莱雅", "Enterprise"),
    ("娜拉美妆", "Enterprise"),
    ("中国蓝", "Enterprise"),
    ("构美", "Enterprise"),
    ("时尚产业", "Industry", ["时尚"], True),
    ("美妆", "Industry"),
    ("电商", "Industry", ["电商产业"]),
], [
    (LPX, "partOf", "临平区"),
    (LPX, "focusesOn", "现代服务业"),
    (LPX, "focusesOn", "数字时尚"),
    (LPX, "focusesOn", "算力科技"),
    (LPX, "focusesOn", "时尚产业"),
    (LPX, "focusesOn", "美妆"),
    (LPX, "focusesOn", "电商"),
], systems=[
    {"formula": "3+X", "tiers": [
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "X", "declared": None, "members": []}]},
], must_not_merge=[
    (LPX, "临平区"),
    ("娜拉美妆", "美妆"),
    ("数字时尚", "时尚产业"),
])

# 3. Qiantang three-year plan, "main platform of a global advanced manufacturing base" (杭州日报 via xjnnet), 2025-03-14
QT = "钱塘区"
doc("2025-03-qiantang-three-year-plan-advanced-manufacturing-base.txt", [
    ("杭州日报", "Enterprise"),
    (QT, "Zone", ["钱塘(新)区", "钱塘"]),
    ("科技创新引领新型工业化高质量发展大会", "Event"),
    ("三年行动方案", "Policy"),
    ("中国医药港", "Initiative"),
    ("杭州核酸药谷", "Initiative"),
    ("中国芯谷", "Initiative"),
    ("半导体", "Industry"),
    ("合成生物", "Industry"),
    ("元宇宙", "Industry"),
    ("智能网联", "Industry"),
    ("人工智能", "Industry"),
    ("百企扩产攻坚行动", "Initiative"),
    ("西企东迁", "Initiative"),
    ("西企东扩", "Initiative"),
    ("浙江省特种设备科学研究院", "ResearchInstitute"),
    ("中国计量大学", "University"),
    ("杭州职业技术学院", "University"),
], [
    (QT, "hosts", "科技创新引领新型工业化高质量发展大会"),
    ("三年行动方案", "issuedBy", QT),
    (QT, "supports", "中国医药港"),
    (QT, "supports", "杭州核酸药谷"),
    ("中国芯谷", "focusesOn", "半导体"),
    (QT, "focusesOn", "半导体"),
    (QT, "focusesOn", "合成生物"),
    (QT, "focusesOn", "元宇宙"),
    (QT, "focusesOn", "智能网联"),
    (QT, "focusesOn", "人工智能"),
    (QT, "cooperatesWith", "浙江省特种设备科学研究院"),
    (QT, "cooperatesWith", "中国计量大学"),
    (QT, "cooperatesWith", "杭州职业技术学院"),
], must_not_merge=[
    ("中国医药港", "杭州核酸药谷"),
    ("中国芯谷", "半导体"),
    ("西企东迁", "西企东扩"),
])

# 4. Xiaoshan Sci-Tech City and the Returnee Town (Hangzhou · digital medicine) (杭州日报), 2022-09 (est.)
HGX = "欧美同学会海归小镇(杭州·数字医药)"
doc("2022-09-xiaoshan-sci-tech-city-returnee-town-digital-medicine.txt", [
    ("杭州日报", "Enterprise"),
    ("杭州西站", "Facility"),
    ("杭州萧山国际机场", "Facility"),
    ("萧山科技城", "Zone"),
    (HGX, "Zone", ["欧美同学会海归小镇"]),
    (HGX + "揭牌启用仪式", "Event"),
    ("刘忻", "Person"),
    ("欧美同学会", "GovernmentBody"),
    ("数字医药", "Industry"),
    ("生物经济", "Industry"),
    ("三大科创高地", "Initiative"),
    ("生物战略", "Initiative"),
], [
    (HGX, "partOf", "萧山科技城"),
    (HGX, "coBuiltBy", "欧美同学会"),
    (HGX, "focusesOn", "数字医药"),
    (HGX, "focusesOn", "生物经济"),
], must_not_merge=[
    (HGX, "萧山科技城"),
    (HGX, "欧美同学会"),
    (HGX, HGX + "揭牌启用仪式"),
])

# 5. Fuyang district secretary inspects Hangzhou Fuchun Bay New City parks (fuyangren.org), 2023-04-25
FCW = "杭州富春湾新城"
FCP = "杭州富春湾新城小微企业创新园"
doc("2023-04-fuyang-fuchun-bay-new-city-industrial-parks-inspection.txt", [
    ("吴玉凤", "Person"),
    ("孙伟", "Person"),
    (FCW, "Zone"),
    ("暾澜智能制造产业基地", "Zone"),
    ("智能制造", "Industry"),
    ("浙江东翼时代新材料有限公司", "Enterprise"),
    ("富阳区", "Zone", ["富阳"]),
    (FCP, "Zone"),
    ("光电激光", "Industry"),
    ("集成电路", "Industry"),
    ("智能装备", "Industry"),
    ("昆蒙科技", "Enterprise"),
    ("芯科半导体", "Enterprise"),
    ("邦齐州科技", "Enterprise"),
    ("嘉悦智能设备", "Enterprise"),
], [
    ("暾澜智能制造产业基地", "partOf", FCW),
    ("暾澜智能制造产业基地", "focusesOn", "智能制造"),
    ("浙江东翼时代新材料有限公司", "locatedIn", FCW),
    (FCP, "partOf", FCW),
    (FCP, "focusesOn", "光电激光"),
    (FCP, "focusesOn", "集成电路"),
    (FCP, "focusesOn", "智能装备"),
    ("昆蒙科技", "locatedIn", FCP),
    ("芯科半导体", "locatedIn", FCP),
    ("邦齐州科技", "locatedIn", FCP),
    ("嘉悦智能设备", "locatedIn", FCP),
], must_not_merge=[
    (FCW, FCP),
    ("暾澜智能制造产业基地", "智能制造"),
    ("嘉悦智能设备", "智能装备"),
])

# 6. Xihu District third-quarter investment projects signing (news.guhantai.com), 2021-09-28
XH = "西湖区"
CB = "纯白矩阵区块链国际生态中心"
doc("2021-09-xihu-district-q3-investment-projects-signing.txt", [
    (XH, "Zone", ["杭州市西湖区"]),
    ("数字经济", "Industry"),
    ("新制造业", "Industry"),
    ("生命健康", "Industry"),
    ("文化创意", "Industry"),
    (CB, "InnovationPlatform", ["生态中心"]),
    ("南京纯白矩阵科技有限公司", "Enterprise", ["纯白矩阵科技有限公司"]),
    ("区块链", "Industry"),
    ("周鹏", "Person"),
    ("浙江省海港集团", "Enterprise", ["省海港集团"]),
    ("浙江省交通集团", "Enterprise", ["省交通集团"]),
    ("浙江省机场集团", "Enterprise", ["省机场集团"]),
    ("上海铁路局", "Enterprise"),
    ("百度", "Enterprise"),
    ("浙江智强东海发展研究院有限公司", "Enterprise"),
    ("东海信息能源公共基础骨干管网", "Initiative"),
    ("中华人民共和国国家发展和改革委员会", "GovernmentBody", ["国家发改委"]),
], [
    (CB, "locatedIn", XH),
    (CB, "foundedBy", "南京纯白矩阵科技有限公司"),
    (CB, "focusesOn", "区块链"),
    ("南京纯白矩阵科技有限公司", "foundedBy", "周鹏"),
    ("浙江省海港集团", "locatedIn", XH),
    ("浙江省海港集团", "cooperatesWith", "浙江省交通集团"),
    ("浙江省海港集团", "cooperatesWith", "浙江省机场集团"),
    ("浙江省海港集团", "cooperatesWith", "上海铁路局"),
    ("浙江省海港集团", "cooperatesWith", "百度"),
    ("浙江智强东海发展研究院有限公司", "locatedIn", XH),
], must_not_merge=[
    (CB, "南京纯白矩阵科技有限公司"),
    ("浙江省海港集团", "浙江省交通集团"),
    ("浙江省海港集团", "浙江省机场集团"),
])

# 7. Xiaoshan party secretary visits ZJU Hangzhou Global Scientific and Technological Innovation Center (hic.zju.edu.cn), 2022-01-11
KC = "浙江大学杭州国际科创中心"  # canonical name as in eval/train1, train8, train14, train30
ASI = "浙大杭州国际科创中心先进半导体研究院"  # named like train14's 浙大杭州国际科创中心生物与分子智造研究院
BMI = "浙大杭州国际科创中心生物与分子智造研究院"
doc("2022-01-xiaoshan-party-secretary-visits-zju-hangzhou-global-innovation-center.txt", [
    ("王敏", "Person"),
    ("萧山区", "Zone", ["萧山"]),
    (KC, "InnovationPlatform", ["科创中心"]),
    (ASI, "ResearchInstitute", ["先进半导体研究院"]),
    (BMI, "ResearchInstitute", ["生物与分子智造研究院"]),
    ("浙江大学", "University"),
    ("黄先海", "Person"),
    ("吴汉明", "Person"),
    ("许昌", "Person"),
    ("倪世英", "Person"),
    ("朱国军", "Person"),
    ("杨建义", "Person"),
    ("傅方正", "Person"),
    ("盛况", "Person"),
    ("邢华斌", "Person"),
], [
    (ASI, "partOf", KC),
    (BMI, "partOf", KC),
    ("浙江大学", "cooperatesWith", "萧山区"),
    (KC, "supportedBy", "萧山区"),
    (KC, "ledBy", "杨建义"),
    (ASI, "ledBy", "盛况"),
    (BMI, "ledBy", "邢华斌"),
], must_not_merge=[
    (KC, "浙江大学"),
    (ASI, KC),
    (ASI, BMI),
])

# 8. ZJU Hangzhou Global Scientific and Technological Innovation Center phase-two works start (zdpx.zju.edu.cn), 2023-05-22
doc("2023-05-zju-hangzhou-global-innovation-center-phase-two-launch.txt", [
    (KC, "InnovationPlatform", ["科创中心", "浙大杭州科创中心"]),
    ("浙江大学", "University"),
    ("王立忠", "Person"),
    ("姜永柱", "Person"),
    ("许昌", "Person"),
    ("朱国军", "Person"),
    ("萧山区", "Zone", ["萧山"]),
    ("双一流", "Initiative"),
    ("集成电路", "Industry"),
    ("功能材料", "Industry"),
    ("微纳智造", "Industry"),
    ("量子计算", "Industry"),
], [
    (KC, "focusesOn", "集成电路"),
    (KC, "focusesOn", "功能材料"),
    (KC, "focusesOn", "微纳智造"),
    (KC, "focusesOn", "量子计算"),
], must_not_merge=[
    (KC, "浙江大学"),
    (KC, "萧山区"),
])

gold.write(HERE / "gold.jsonl")
