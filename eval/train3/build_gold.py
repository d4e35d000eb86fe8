"""Writes eval/train3/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train3/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train3/docs/")
doc = gold.doc

GWY = "中华人民共和国国务院"   # as in eval/dev3, eval/gold
MOST = "中华人民共和国科学技术部"
CXG = "济南高新区创新谷"  # doc 2 writes 创新谷, doc 6 the full form
XM = "厦门国家高新技术产业开发区"  # doc 1 implies this name by coordination; doc 3 calls it 厦门火炬高新区

# 1. State Council approves the Fuzhou–Xiamen–Quanzhou national innovation demonstration zone (新华网 via 东南网), 2016-06-20
FXQ = "福厦泉国家高新区"
FXQ_REPLY = "国务院关于同意福厦泉国家高新区建设国家自主创新示范区的批复"
FXQ_REQ = "关于支持福厦泉国家高新区建设国家自主创新示范区的请示"
FXQ_OPIN = "中共中央、国务院关于深化体制机制改革加快实施创新驱动发展战略的若干意见"
doc("2016-06-fuxiaquan-nidz-state-council-approval.txt", [
    (GWY, "GovernmentBody", ["国务院"]),
    ("中国政府网", "Enterprise"),
    ("新华网", "Enterprise"),
    ("林嘉琦", "Person"),
    ("李霖", "Person"),
    ("李艳", "Person"),
    (FXQ_REPLY, "Policy", ["关于同意福厦泉国家高新区建设国家自主创新示范区的批复"]),
    (FXQ, "Zone"),
    ("福州国家高新技术产业开发区", "Zone", [], True),
    (XM, "Zone", [], True),
    ("泉州国家高新技术产业开发区", "Zone", [], True),
    ("国家自主创新示范区部际协调小组", "GovernmentBody"),
    (FXQ_OPIN, "Policy"),
    (MOST, "GovernmentBody", ["科技部"]),
    ("福建省人民政府", "GovernmentBody"),
    (FXQ_REQ, "Policy"),
], [
    (FXQ_REPLY, "issuedBy", GWY),
    (FXQ_REPLY, "supports", FXQ),
    ("福州国家高新技术产业开发区", "partOf", FXQ),
    (XM, "partOf", FXQ),
    ("泉州国家高新技术产业开发区", "partOf", FXQ),
    (FXQ_REQ, "issuedBy", MOST),
    (FXQ_REQ, "issuedBy", "福建省人民政府"),
    (FXQ_REQ, "supports", FXQ),
    (FXQ_OPIN, "issuedBy", GWY),
], must_not_merge=[
    (FXQ, XM),
    (FXQ_REPLY, FXQ_REQ),
    ("福州国家高新技术产业开发区", "泉州国家高新技术产业开发区"),
    (GWY, "国家自主创新示范区部际协调小组"),
])

# 2. Jinan Changqing University City: 18 projects signed (management committee release on sd.news.cn), 2022-01-18
CQ = "济南长清大学城"
CQ_GW = "济南长清大学城管理委员会"
CQ_DGW = "中共济南长清大学城工作委员会"
CQ_POL = "关于加快长清大学城创新发展的实施意见"
doc("2022-01-jinan-changqing-university-city-18-projects-signed.txt", [
    (CQ, "Zone"),
    (CQ_GW, "GovernmentBody", ["济南长清大学城管委会"]),
    (CQ_DGW, "GovernmentBody", ["济南长清大学城党工委"]),
    ("济南经济开发区", "Zone"),
    ("济南农高区", "Zone", ["农高区"]),
    ("大学科技园", "Zone"),
    (CXG, "Zone", ["创新谷"]),
    (CQ_POL, "Policy"),
    ("中共济南市委员会", "GovernmentBody", ["济南市委"]),
    ("济南市人民政府", "GovernmentBody", ["市政府"]),
    ("数字经济", "Industry"),
    ("智能制造", "Industry"),
    ("西兴", "Initiative"),
], [
    ("济南经济开发区", "partOf", CQ),
    ("济南农高区", "partOf", CQ),
    ("大学科技园", "partOf", CQ),
    (CXG, "partOf", CQ),
    (CQ, "ledBy", CQ_GW),
    (CQ, "ledBy", CQ_DGW),
    (CQ_GW, "foundedBy", "中共济南市委员会"),
    (CQ_GW, "foundedBy", "济南市人民政府"),
    (CQ_DGW, "foundedBy", "中共济南市委员会"),
    (CQ_DGW, "foundedBy", "济南市人民政府"),
    (CQ_POL, "supports", CQ),
    (CQ, "focusesOn", "数字经济"),
    (CQ, "focusesOn", "智能制造"),
], must_not_merge=[
    (CQ, CQ_GW),
    (CQ_GW, CQ_DGW),
    (CQ, "大学科技园"),
    ("济南经济开发区", "济南农高区"),
])

# 3. Xiamen Torch Hi-tech Zone: high-quality development (zone release on cadz.org.cn), 2023-12-20
XA = "火炬(翔安)产业区"
doc("2023-12-xiamen-torch-hi-tech-zone-high-quality-development.txt", [
    (XM, "Zone", ["厦门火炬高新区", "火炬高新区"]),
    ("福建省开发区综合发展水平", "Award"),
    ("厦门经济特区", "Zone"),
    ("中国共产党第十八次全国代表大会", "Event", ["党的十八大"]),
    ("创新驱动发展战略", "Initiative"),
    (GWY, "GovernmentBody", ["国务院"]),
    ("跨岛发展战略", "Initiative", ["跨岛发展"]),
    (XA, "Zone"),
    ("友达光电", "Enterprise"),
    ("冠捷", "Enterprise"),
    ("ABB", "Enterprise"),
    ("天马", "Enterprise"),
], [
    (XM, "awarded", "福建省开发区综合发展水平"),
    (XA, "partOf", XM),
    ("友达光电", "locatedIn", XA),
    ("冠捷", "locatedIn", XA),
    ("ABB", "locatedIn", XA),
    ("天马", "locatedIn", XA),
], must_not_merge=[
    (XM, XA),
    (XM, "厦门经济特区"),
])

# 4. Hunan flagship projects: Xiangjiang Science City and Furong Laboratory (湖南省工业和信息化厅 portal), 2024-12-23
XJ = "湘江科学城"
FR = "芙蓉实验室"
doc("2024-12-hunan-xiangjiang-science-city-flagship-projects.txt", [
    ("湖南省工业和信息化厅", "GovernmentBody"),
    ("湘江院士港", "Facility"),
    ("湖南建投建工集团", "Enterprise"),
    ("王波", "Person"),
    (XJ, "Zone"),
    ("湘江科学中心", "Facility"),
    ("湖南大学科创港", "Facility"),
    ("湖南钢铁集团技术研究院", "ResearchInstitute"),
    ("中南大学成果转化湘潭基地", "InnovationPlatform"),
    ("中南大学湘雅医学院", "University", ["湘雅"]),
    (FR, "Laboratory"),
    ("精准医学", "Industry"),
    ("湖南省生物样本资源中心", "Facility"),
    ("向波", "Person"),
], [
    ("湘江院士港", "partOf", "湘江科学中心"),
    ("湘江院士港", "locatedIn", XJ),
    ("湘江科学中心", "locatedIn", XJ),
    ("湖南大学科创港", "locatedIn", XJ),
    ("湖南钢铁集团技术研究院", "locatedIn", XJ),
    ("中南大学成果转化湘潭基地", "locatedIn", XJ),
    (FR, "focusesOn", "精准医学"),
    (FR, "hosts", "湖南省生物样本资源中心"),
], must_not_merge=[
    (XJ, "湘江科学中心"),
    ("湘江院士港", "湘江科学中心"),
    (FR, "中南大学湘雅医学院"),
    ("中南大学湘雅医学院", "中南大学成果转化湘潭基地"),
])

# 5. Western (Chengdu) Science City unveiled (中新网, facts from 四川天府新区), 2021-06-07 (year est.)
XBCD = "西部(成都)科学城"
CDKXC = "成都科学城"
CDKXC_SITES = [
    ("Z箍缩驱动混合能源装置", "Facility"),
    ("宇宙线物理研究与探测技术研发平台", "InnovationPlatform"),
    ("中科曙光先进微处理器技术国家工程实验室", "Laboratory"),
    ("空间轻型高分辨率光学成像相机系统研制平台", "Facility"),
    ("清华四川能源互联网研究院", "ResearchInstitute"),
]
CD_FOUR = ["新经济活力区", "生命科学创新区", "成都未来科技城", "新一代信息技术创新基地"]
doc("2021-06-western-chengdu-science-city-unveiled.txt", [
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("王鹏", "Person"),
    ("四川天府新区", "Zone"),
    (XBCD, "Zone"),
    ("中央财经委员会第六次会议", "Event"),
    ("西部科学城", "Zone"),
    ("成渝地区双城经济圈建设规划纲要", "Policy"),
    ("成都高新区", "Zone"),
    ("成都东部新区", "Zone"),
    (CDKXC, "Zone"),
    *[(z, "Zone") for z in CD_FOUR],
    *CDKXC_SITES,
], [
    ("成渝地区双城经济圈建设规划纲要", "supports", XBCD),
    (CDKXC, "partOf", XBCD),
    *[(z, "partOf", XBCD) for z in CD_FOUR],
    *[(name, "locatedIn", CDKXC) for name, _ in CDKXC_SITES],
], must_not_merge=[
    (XBCD, "西部科学城"),
    (XBCD, CDKXC),
    (CDKXC, "成都未来科技城"),
    ("四川天府新区", "成都东部新区"),
    ("成都高新区", CDKXC),
])

# 6. Jinan hi-tech zone Innovation Valley to build Qilu University Science Park (大众网), 2016-04-18
QLP = "齐鲁大学科技园"
QL_UNIS = ["齐鲁工业大学", "山东交通学院", "济南大学", "山东工艺美术学院"]
QL_DEV = "济南高新区创新谷发展中心"
QL_CO = "山东省齐鲁大学科技园有限公司"
doc("2016-04-jinan-hi-tech-zone-innovation-valley-qilu-university-science-park.txt", [
    ("大众网", "Enterprise"),
    ("张帆", "Person"),
    ("尹玉涛", "Person"),
    ("济南高新区", "Zone"),
    (CXG, "Zone", ["创新谷"]),
    (QLP, "Zone"),
    *[(u, "University") for u in QL_UNIS],
    (QL_DEV, "GovernmentBody"),
    (QL_CO, "Enterprise"),
    ("齐鲁大学科技园战略合作协议", "Policy"),
    ("创新谷加速器", "InnovationPlatform"),
    ("济南长清大学城", "Zone", ["长清大学城"]),
], [
    (CXG, "partOf", "济南高新区"),
    (QLP, "partOf", CXG),
    ("创新谷加速器", "locatedIn", CXG),
    *[(u, "cooperatesWith", QL_DEV) for u in QL_UNIS],
    *[(u, "cooperatesWith", QL_CO) for u in QL_UNIS],
], must_not_merge=[
    (CXG, "济南高新区"),
    (CXG, QL_DEV),
    (CXG, "创新谷加速器"),
    (QLP, QL_CO),
    (QLP, "齐鲁大学科技园战略合作协议"),
    (QLP, "齐鲁工业大学"),
])

# 7. Chengdu presents the strategic plan of the Western (Chengdu) Science City (封面新闻 via 新浪四川), 2020-06-04
CD_PLAN = "中国西部(成都)科学城战略规划"
CD_KXC_IND = ["网络安全", "航空航天", "生命科学"]
CD_XJJ_IND = ["5G通信", "人工智能", "网络视听", "数字文创", "大数据", "区块链"]  # plus 网络安全
doc("2020-06-chengdu-western-science-city-strategic-plan.txt", [
    ("封面新闻", "Enterprise"),
    ("杨晨", "Person"),
    ("雷远东", "Person"),
    ("成都市科技创新大会", "Event"),
    ("西部博览城", "Facility"),
    (CD_PLAN, "Policy"),
    (XBCD, "Zone", ["科学城"]),
    (CDKXC, "Zone"),
    ("新经济活力区", "Zone"),
    ("天府国际生物城", "Zone"),
    ("成都未来科技城", "Zone", ["东部新区未来科技城"]),
    ("新一代信息技术创新基地", "Zone"),
    *[(i, "Industry") for i in CD_KXC_IND],
    *[(i, "Industry") for i in CD_XJJ_IND],
    ("国家数字经济创新发展试验区", "Zone"),
    ("国家新一代人工智能创新发展试验区", "Zone"),
], [
    (CD_PLAN, "supports", XBCD),
    (CDKXC, "partOf", XBCD),
    ("新经济活力区", "partOf", XBCD),
    ("天府国际生物城", "partOf", XBCD),
    ("成都未来科技城", "partOf", XBCD),
    ("新一代信息技术创新基地", "partOf", XBCD),
    *[(CDKXC, "focusesOn", i) for i in CD_KXC_IND],
    *[("新经济活力区", "focusesOn", i) for i in CD_XJJ_IND + ["网络安全"]],
], must_not_merge=[
    (XBCD, CDKXC),
    (XBCD, CD_PLAN),
    ("新经济活力区", "新一代信息技术创新基地"),
    ("国家数字经济创新发展试验区", "国家新一代人工智能创新发展试验区"),
    ("天府国际生物城", "生命科学"),
])

# 8. Qingdao science and technology innovation promotion regulation (2011), ch. 1 and arts. 28-34
QD_REG = "青岛市科技创新促进条例"
doc("2011-qingdao-sci-tech-innovation-promotion-regulation-excerpt.md", [
    (QD_REG, "Policy"),
    ("青岛市第十四届人民代表大会常务委员会第二十八次会议", "Event"),
    ("山东省第十一届人民代表大会常务委员会第二十五次会议", "Event"),
    ("青岛市人民代表大会常务委员会", "GovernmentBody"),
    ("中华人民共和国科学技术进步法", "Policy"),
    ("青岛市人民政府", "GovernmentBody", ["市人民政府"]),
    ("自主创新战略", "Initiative"),
    ("海洋新兴产业", "Industry"),
], [
    (QD_REG, "issuedBy", "青岛市人民代表大会常务委员会"),
    (QD_REG, "supports", "海洋新兴产业"),
], must_not_merge=[
    ("青岛市人民代表大会常务委员会", "青岛市第十四届人民代表大会常务委员会第二十八次会议"),
    ("青岛市人民代表大会常务委员会", "青岛市人民政府"),
    (QD_REG, "中华人民共和国科学技术进步法"),
])

gold.write(HERE / "gold.jsonl")
