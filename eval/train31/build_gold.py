"""Writes eval/train31/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 31: zone and park profiles and year reviews (2021–2026). Annotated by reading each text in
full, by eval/gold/GUIDELINES.md and the decisions of eval/dev2/README.md, eval/dev3/README.md and
eval/train31/README.md, without running or looking at the extractor.

Run: .venv/bin/python eval/train31/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train31/docs/")
doc = gold.doc


def focus(subject, *industries):
    return [(subject, "focusesOn", i) for i in industries]


def located(obj, *subjects):
    return [(s, "locatedIn", obj) for s in subjects]


# 1. 广州日报 A12, 2022-09-23: 肇庆高新区 new-energy-vehicle base named a national torch base
ZQ = "肇庆高新区"
ZQB = "肇庆高新区新能源汽车特色产业基地"
doc("2022-09-zhaoqing-hi-tech-zone-nev-torch-industry-base.txt", [
    (ZQ, "Zone"),
    (ZQB, "Zone"),
    ("国家火炬特色产业基地", "Award"),
    ("科学技术部火炬高技术产业开发中心", "GovernmentBody", ["科技部火炬中心"]),
    ("新能源汽车及零部件", "Industry", ["新能源汽车及零部件产业"]),
    ("广东省汽车配件产业计量测试中心", "InnovationPlatform"),
    ("小鹏汽车智能网联科技产业园", "Zone"),
    ("小鹏汽车", "Enterprise"),
    ("宁德时代", "Enterprise"),
    ("广州日报", "Enterprise"),
    ("于敢勇", "Person"),
    ("方斌", "Person"),
    ("吴君", "Person"),
], [
    (ZQB, "partOf", ZQ),
    (ZQB, "awarded", "国家火炬特色产业基地"),
    (ZQ, "focusesOn", "新能源汽车及零部件"),
    ("广东省汽车配件产业计量测试中心", "locatedIn", ZQ),
    ("小鹏汽车智能网联科技产业园", "partOf", ZQ),
    *located(ZQ, "小鹏汽车", "宁德时代"),
    (ZQ, "cooperatesWith", "小鹏汽车"),
], must_not_merge=[
    (ZQ, ZQB),
    (ZQB, "国家火炬特色产业基地"),
    ("小鹏汽车", "小鹏汽车智能网联科技产业园"),
    (ZQB, "新能源汽车及零部件"),
])

# 2. 武汉经开区 media centre via govandbiz.com, 2024-01-31: the intelligent-connected and EV industrial park
WH = "武汉经开区"  # eval/train15 name
WHP = "武汉经开区智能网联和电动汽车产业园"
doc("2024-01-wuhan-edz-intelligent-connected-ev-industrial-park.txt", [
    (WH, "Zone", ["中国车谷"]),
    (WHP, "Zone", ["智能网联和电动汽车产业园"]),
    ("杭州天猫车站科技有限公司", "Enterprise", ["天猫养车"]),
    ("汽车及零部件", "Industry"),
    ("新能源", "Industry"),
    ("新材料", "Industry"),
    ("路特斯", "Enterprise"),
    ("开沃汽车", "Enterprise"),
    ("博雷顿", "Enterprise"),
    ("中创新航", "Enterprise"),
    ("爱机", "Enterprise"),
    ("福迪", "Enterprise"),
    ("东久", "Enterprise"),
    ("沃德", "Enterprise"),
    ("亚马逊", "Enterprise"),
    ("国电投", "Enterprise"),
    ("厦门建发", "Enterprise"),
    ("浦项", "Enterprise"),
    ("武汉经开区工委宣传部", "GovernmentBody"),
    ("武汉经开区融媒体中心", "Enterprise"),
    ("张隽", "Person"),
    ("李岿", "Person"),
    ("鲍惜光", "Person"),
    ("胡建平", "Person"),
    ("吕作璐", "Person"),
    ("蒋秋雨", "Person"),
    ("田钰杰", "Person"),
], [
    (WH, "cooperatesWith", "杭州天猫车站科技有限公司"),
    ("杭州天猫车站科技有限公司", "locatedIn", WHP),
    (WHP, "partOf", WH),
    *focus(WHP, "汽车及零部件", "新能源", "新材料"),
    *located(WHP, "路特斯", "开沃汽车", "博雷顿", "中创新航", "爱机", "福迪", "东久", "沃德",
             "亚马逊", "国电投", "厦门建发", "浦项"),
], must_not_merge=[
    (WH, WHP),
    (WH, "武汉经开区工委宣传部"),
    (WH, "武汉经开区融媒体中心"),
    ("武汉经开区工委宣传部", "武汉经开区融媒体中心"),
])

# 3. 红网 (长沙晚报 channel), 2021-11-26: 长沙高新区 profile before the provincial party congress
CS = "长沙高新区"
doc("2021-11-changsha-hi-tech-zone-lugu-reform-innovation.txt", [
    (CS, "Zone", ["麓谷"]),
    ("三诺生物实验室", "Laboratory"),
    ("天际汽车长沙匠心工厂", "Facility"),
    ("尹婷", "Person"),
    ("朱莉", "Person"),
    ("中国共产党湖南省第十二次代表大会", "Event", ["省第十二次党代会"]),
    ("工程机械", "Industry"),
    ("先进装备制造", "Industry"),
    ("新一代信息技术", "Industry"),
    ("新能源", "Industry"),
    ("节能环保", "Industry"),
    ("新材料", "Industry"),
    ("生物医药健康", "Industry"),
    ("现代服务业", "Industry"),
    ("移动互联网", "Industry"),
    ("航空航天", "Industry"),
    ("信息安全", "Industry"),
    ("增材制造", "Industry"),
    ("新能源装备", "Industry"),
    ("新能源汽车", "Industry"),
], [
    *focus(CS, "工程机械", "先进装备制造", "新一代信息技术", "新能源", "节能环保", "新材料", "生物医药健康",
           "现代服务业", "移动互联网", "航空航天", "信息安全", "增材制造", "新能源装备", "新能源汽车"),
], must_not_merge=[
    ("新能源", "新能源装备"),
    ("新能源", "新能源汽车"),
    ("工程机械", "先进装备制造"),
])

# 4. 中国高新网 (source 海口高新区), 2023-03-07: 海口高新区 pharmaceutical cluster and "3+X" industries
HK = "海口国家高新区"
doc("2023-03-haikou-hi-tech-zone-pharmaceutical-cluster.txt", [
    (HK, "Zone", ["海口高新区"]),
    ("海口药谷", "InnovationPlatform"),
    ("生物医药", "Industry"),
    ("保健品生产制造", "Industry"),
    ("海南自由贸易港建设总体方案", "Policy"),
    ("生物医药与医疗器械", "Industry"),
    ("高端食品加工", "Industry"),
    ("节能环保", "Industry", ["节能环保产业"]),
    ("先进制造业", "Industry"),
    ("全生物降解新材料", "Industry"),
    ("裕同", "Enterprise"),
    ("大胜达", "Enterprise"),
    ("新能源汽车", "Industry", ["新能源汽车产业"]),
    ("吉利新能源商用车", "Enterprise"),
    ("世界新能源汽车体验中心", "Facility"),
    ("康迪", "Enterprise"),
], [
    *focus(HK, "生物医药", "保健品生产制造", "生物医药与医疗器械", "高端食品加工", "节能环保", "先进制造业",
           "全生物降解新材料", "新能源汽车"),
    (HK, "supports", "海口药谷"),
    ("海口药谷", "focusesOn", "生物医药"),
    *located(HK, "裕同", "大胜达", "吉利新能源商用车", "世界新能源汽车体验中心"),
], systems=[
    {"formula": "3+X", "tiers": [
        {"symbol": "3", "declared": 3, "members": ["生物医药与医疗器械", "高端食品加工", "节能环保"]},
        {"symbol": "X", "declared": None, "members": ["先进制造业"]}]},
], must_not_merge=[
    (HK, "海口药谷"),
    ("生物医药", "生物医药与医疗器械"),
    ("新能源汽车", "世界新能源汽车体验中心"),
    ("吉利新能源商用车", "新能源汽车"),
])

# 5. 海南自贸港 investment portal, profile of 海口国家高新区 ("一区七园"), Chinese paragraphs only
HN = "海南自由贸易港"
HKPARKS = ["美安生态科技新城", "药谷工业园", "狮子岭工业园", "海马工业园", "云龙产业园", "海口观澜湖旅游园区",
           "西海岸总部经济区"]
doc("2025-haikou-national-hi-tech-zone-one-zone-seven-parks-profile.txt", [
    (HK, "Zone"),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    *[(p, "Zone") for p in HKPARKS],
    (HN, "Zone", ["海南自贸港"]),
    ("旅游业", "Industry"),
    ("现代服务业", "Industry"),
    ("生物医药与医疗器械", "Industry"),
    ("高端食品加工", "Industry"),
    ("节能环保", "Industry", ["节能环保产业"]),
    ("先进制造业", "Industry"),
    ("现代物流", "Industry"),
    ("科技研发", "Industry"),
    ("金融服务", "Industry"),
    ("高端专业服务", "Industry"),
], [
    *[(p, "partOf", HK) for p in HKPARKS],
    (HK, "partOf", HN),
    *focus(HK, "旅游业", "现代服务业", "生物医药与医疗器械", "高端食品加工", "节能环保", "先进制造业",
           "现代物流", "科技研发", "金融服务", "高端专业服务"),
], systems=[
    {"formula": "3+X", "tiers": [
        {"symbol": "3", "declared": 3, "members": ["生物医药与医疗器械", "高端食品加工", "节能环保"]},
        {"symbol": "X", "declared": None, "members": ["先进制造业"]}]},
], must_not_merge=[
    (HK, HN),
    (HK, "美安生态科技新城"),
    ("药谷工业园", "狮子岭工业园"),
    ("现代服务业", "高端专业服务"),
])

# 6. 太原 local news (021cf.cn aggregator), April (year est. 2023): three parks of 中北高新区 recognised
ZB = "太原中北高新区"
ZBPARKS = ["广立工业园", "新凯盛工业园", "太钢工业园"]
doc("2023-04-taiyuan-zhongbei-hi-tech-zone-three-provincial-sme-parks.txt", [
    (ZB, "Zone", ["中北高新区"]),
    *[(p, "Zone") for p in ZBPARKS],
    ("省级中小企业园", "Award"),
    ("不锈钢(特钢)", "Industry"),
    ("机械加工", "Industry"),
    ("高端装备", "Industry"),
], [
    *[(p, "partOf", ZB) for p in ZBPARKS],
    *[(p, "awarded", "省级中小企业园") for p in ZBPARKS],
    *[(p, "focusesOn", "不锈钢(特钢)") for p in ZBPARKS],
    (ZB, "focusesOn", "不锈钢(特钢)"),
    ("广立工业园", "focusesOn", "机械加工"),
    ("太钢工业园", "focusesOn", "高端装备"),
], must_not_merge=[
    (ZB, "太钢工业园"),
    ("广立工业园", "新凯盛工业园"),
    ("太钢工业园", "省级中小企业园"),
])

# 7. 草原云·内蒙古新闻网 via 网易, 2024-08-02: 包头稀土高新区 rare-earth permanent-magnet motor park
BT = "包头稀土高新区"
BTP = "包头稀土永磁电机产业园"
doc("2024-08-baotou-rare-earth-hi-tech-zone-permanent-magnet-motor-park.txt", [
    (BT, "Zone"),
    (BTP, "Zone", ["稀土永磁电机产业园"]),
    ("卧龙永磁电机产业园", "Zone"),
    ("草原云", "Enterprise"),
    ("内蒙古新闻网", "Enterprise"),
    ("周蕾", "Person"),
    ("稀土应用产业", "Industry"),
    ("永磁电机产业", "Industry"),
    ("稀土永磁材料", "Industry"),
    ("稀土永磁电机", "Industry"),
    ("稀土新材料", "Industry", ["稀土新材料产业"]),
    ("华宏科技", "Enterprise"),
    ("招宝磁业", "Enterprise"),
    ("鑫霖磁业", "Enterprise"),
    ("卧龙集团", "Enterprise"),
    ("中加特电气", "Enterprise"),
    ("北方嘉轩", "Enterprise"),
    ("韩国磁化电子", "Enterprise"),
    ("两个稀土基地", "Initiative"),
], [
    (BTP, "partOf", BT),
    ("卧龙永磁电机产业园", "partOf", BTP),
], must_not_merge=[
    (BT, BTP),
    (BTP, "卧龙永磁电机产业园"),
    ("卧龙集团", "卧龙永磁电机产业园"),
    (BTP, "稀土永磁电机"),
    ("永磁电机产业", "稀土永磁电机"),
])

# 8. ZAKER (news feed), 2025-07 (est.): part of 宝坻区京津中关村科技城 included in 天开园's spatial layout
TK = "天开高教科创园"
BZ = "京津中关村科技城"
doc("2025-07-tianjin-tiankai-park-baodi-zhongguancun-science-city-included.txt", [
    ("天津市人民政府", "GovernmentBody", ["天津市政府"]),
    ("宝坻区", "Zone"),
    (BZ, "Zone", ["宝坻区京津中关村科技城", "宝坻区中关村科技城", "中关村科技城"]),
    (TK, "Zone", ["天开园"]),
    ("中关村发展集团股份有限公司", "Enterprise"),
    ("京津冀协同发展", "Initiative", ["京津冀协同发展战略"]),
    ("中关村", "Zone", ["北京中关村"]),
    ("天开园管委会", "GovernmentBody"),
    ("生物医药", "Industry"),
    ("医疗器械", "Industry"),
    ("家用医疗设备", "Industry"),
    ("医美类医疗器械", "Industry"),
    ("体外诊断试剂及设备", "Industry"),
    ("新材料", "Industry"),
    ("高端装备用特种合金", "Industry"),
    ("稀土功能材料", "Industry"),
    ("先进半导体材料", "Industry"),
    ("新型显示材料", "Industry"),
], [
    (BZ, "partOf", TK),
    (BZ, "partOf", "宝坻区"),
    (BZ, "coBuiltBy", "中关村发展集团股份有限公司"),
    (BZ, "coBuiltBy", "宝坻区"),
    ("中关村发展集团股份有限公司", "cooperatesWith", "宝坻区"),
    (TK, "cooperatesWith", "中关村"),
    *focus(BZ, "生物医药", "医疗器械", "家用医疗设备", "医美类医疗器械", "体外诊断试剂及设备", "新材料",
           "高端装备用特种合金", "稀土功能材料", "先进半导体材料", "新型显示材料"),
], must_not_merge=[
    ("中关村", BZ),
    ("中关村", "中关村发展集团股份有限公司"),
    (TK, "天开园管委会"),
    ("宝坻区", BZ),
    ("医疗器械", "医美类医疗器械"),
])

gold.write(HERE / "gold.jsonl")
