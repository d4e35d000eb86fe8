"""Writes eval/train13/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 13: government texts (zone unveilings, a provincial reply, zone-administration releases).
Run: .venv/bin/python eval/train13/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train13/docs/")
doc = gold.doc


# 1. Xiong'an hi-tech zone unveiled (新华社 via zgwyjxh.org), 2024-05-09
XA = "河北雄安高新技术产业开发区"
XA_PARKS = ["空天园", "信息园", "生物技术园", "新材料园", "未来科技园", "综合保税区", "国际物流园", "高教小镇"]
XA_INDUSTRIES = ["科技服务", "商务服务", "自贸综合服务", "高端现代服务业", "卫星互联网", "北斗", "新一代信息技术",
                 "生物制剂", "细胞治疗", "医疗器械", "现代生命科学", "生物制造", "增材制造", "储能材料", "半导体材料",
                 "新材料"]
doc("2024-05-xiongan-hi-tech-zone-unveiled.txt", [
    ("新华社", "Enterprise"),
    ("牟宇", "Person"),
    ("张粲", "Person"),
    (XA, "Zone", ["雄安高新区", "高新区"]),
    ("河北省人民政府", "GovernmentBody", ["河北省政府"]),
    ("中共河北雄安新区工作委员会", "GovernmentBody", ["雄安新区党工委"]),
    ("河北雄安新区管理委员会", "GovernmentBody", ["管委会"], True),
    ("雄安高铁站", "Facility"),
    *[(p, "Zone") for p in XA_PARKS],
    *[(i, "Industry") for i in XA_INDUSTRIES],
], [
    ("雄安高铁站", "locatedIn", XA),
    *[(p, "partOf", XA) for p in XA_PARKS],
    *[(XA, "focusesOn", i) for i in XA_INDUSTRIES],
], must_not_merge=[
    ("中共河北雄安新区工作委员会", "河北雄安新区管理委员会"),
    ("新材料园", "新材料"),
    ("生物技术园", "生物制造"),
    (XA, "河北雄安新区管理委员会"),
])

# 2. Sichuan provincial reply recognising 新都工业区 as a provincial hi-tech industrial park (chinagdp.org repost), 2018-01-02
XD = "新都高新技术产业园区"
XD_REPLY = "四川省人民政府关于认定新都工业区为省级高新技术产业园区的批复"
XD_REQUEST = "关于报请同意将新都工业区升级为省级高新技术产业园区的请示"
XD_INDUSTRIES = ["高端装备制造", "航空航天", "生物医药"]
doc("2018-01-sichuan-reply-xindu-hi-tech-industrial-park.txt", [
    (XD_REPLY, "Policy"),
    ("四川省人民政府", "GovernmentBody"),
    ("成都市人民政府", "GovernmentBody"),
    (XD_REQUEST, "Policy"),
    ("新都工业区", "Zone"),
    (XD, "Zone"),
    *[(i, "Industry") for i in XD_INDUSTRIES],
], [
    (XD_REPLY, "issuedBy", "四川省人民政府"),
    (XD_REPLY, "supports", XD),
    (XD_REQUEST, "issuedBy", "成都市人民政府"),
    ("新都工业区", "partOf", XD),
    ("成都市人民政府", "supports", XD),
    *[(XD, "focusesOn", i) for i in XD_INDUSTRIES],
], must_not_merge=[
    ("新都工业区", XD),
    (XD_REPLY, XD_REQUEST),
    ("四川省人民政府", "成都市人民政府"),
])

# 3. Shenzhen national hi-tech zone Pingshan park unveiled (municipal event; repost ejueju.com), 2020-08-06
PS = "深圳国家高新区坪山园区"
SZ = "深圳国家高新区"
PS_INDUSTRIES = ["新能源汽车", "生物医药", "新一代信息技术"]
PS_FIRMS = ["比亚迪", "赛诺菲巴斯德", "中芯国际"]
doc("2020-08-shenzhen-pingshan-hi-tech-park-unveiled.txt", [
    (PS, "Zone", ["坪山高新区", "坪山园区"]),
    (SZ, "Zone", ["深圳高新区"]),
    ("王立新", "Person"),
    ("陶永欣", "Person"),
    ("李勇", "Person"),
    ("陈华平", "Person"),
    ("深圳市科技创新委员会", "GovernmentBody", ["市科技创新委"]),
    ("深圳市教育局", "GovernmentBody", ["市教育局"]),
    ("坪山区", "Zone"),
    ("深圳经济特区", "Zone"),
    ("中共深圳市委员会", "GovernmentBody", ["市委"]),
    ("深圳市人民政府", "GovernmentBody", ["市政府"]),
    ("深圳先行示范区", "Zone", ["中国特色社会主义先行示范区"]),
    ("新能源汽车", "Industry", ["新能源(汽车)"]),
    ("生物医药", "Industry"),
    ("新一代信息技术", "Industry"),
    *[(f, "Enterprise") for f in PS_FIRMS],
], [
    (PS, "partOf", SZ),
    ("坪山区", "supports", PS),
    *[(PS, "focusesOn", i) for i in PS_INDUSTRIES],
    *[(f, "locatedIn", PS) for f in PS_FIRMS],
], must_not_merge=[
    (PS, SZ),
    (PS, "坪山区"),
    (SZ, "深圳经济特区"),
    ("深圳经济特区", "深圳先行示范区"),
    ("中共深圳市委员会", "深圳市人民政府"),
])

# 4. Nanchang hi-tech zone: honours and "2+1+2" industry clusters (zone portal nchdz.nc.gov.cn), 2022-01-05
NC = "南昌高新区"
NC_INDUSTRIES = ["电子信息", "航空制造", "数字经济", "医药健康", "新材料"]
doc("2022-01-nanchang-hi-tech-zone-honours-2-1-2-clusters.txt", [
    (NC, "Zone", ["高新区"]),
    ("2021年国家高新区发展战略研讨会", "Event", ["国家高新区发展战略研讨会"]),
    ("国家高新区(广州)创新高层论坛", "Event"),
    ("2021年度国家高新区门户网站暨微信公众号综合影响力评估", "Event"),
    ("优秀组织单位奖", "Award", ["优秀组织单位"]),
    ("综合影响力优秀奖", "Award"),
    *[(i, "Industry") for i in NC_INDUSTRIES],
    ("鄱阳湖国家自主创新示范区", "Zone", ["鄱阳湖自主创新示范区"]),
], [
    (NC, "awarded", "优秀组织单位奖"),
    (NC, "awarded", "综合影响力优秀奖"),
    *[(NC, "focusesOn", i) for i in NC_INDUSTRIES],
], systems=[
    {"formula": "2+1+2", "tiers": [
        {"symbol": "2", "declared": 2, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "2", "declared": 2, "members": []}]},
], must_not_merge=[
    ("2021年国家高新区发展战略研讨会", "国家高新区(广州)创新高层论坛"),
    ("2021年国家高新区发展战略研讨会", "2021年度国家高新区门户网站暨微信公众号综合影响力评估"),
    ("优秀组织单位奖", "综合影响力优秀奖"),
    (NC, "鄱阳湖国家自主创新示范区"),
])

# 5. Nanning–Zhongguancun science park, municipal press conference (南宁日报 via gx.cri.cn), 2021-04-27
NN = "南宁·中关村科技园"
NN_FIRMS = ["浪潮", "世纪联合", "联东U谷", "香港三润", "东创精密", "柯瑞机械", "三一重工", "东方雨虹"]
doc("2021-04-nanning-zhongguancun-science-park-1-2-industry-system.txt", [
    ("南宁日报", "Enterprise"),
    ("杨永娟", "Person"),
    ("赵滢溪", "Person"),
    (NN, "Zone", ["科技园"]),
    ("南宁市人民政府", "GovernmentBody", ["市政府"]),
    ("南宁高新区", "Zone"),
    ("南宁·中关村创新示范基地", "InnovationPlatform"),
    ("中共广西壮族自治区委员会", "GovernmentBody", ["自治区党委"]),
    ("广西壮族自治区人民政府", "GovernmentBody", [], True),
    ("中共南宁市委员会", "GovernmentBody", ["南宁市委"]),
    ("中关村", "Zone", ["北京中关村"]),
    ("新一代信息技术", "Industry"),
    ("先进制造业", "Industry"),
    ("现代服务业", "Industry"),
    *[(f, "Enterprise") for f in NN_FIRMS],
    ("农工商科创产业园", "Zone"),
], [
    ("南宁高新区", "supports", NN),
    (NN, "coBuiltBy", "中关村"),
    (NN, "focusesOn", "新一代信息技术"),
    (NN, "focusesOn", "先进制造业"),
    (NN, "focusesOn", "现代服务业"),
    *[(f, "locatedIn", NN) for f in NN_FIRMS],
    ("农工商科创产业园", "partOf", NN),
], systems=[
    {"formula": "1+2", "tiers": [
        {"symbol": "1", "declared": 1, "members": ["新一代信息技术"]},
        {"symbol": "2", "declared": 2, "members": ["先进制造业", "现代服务业"]}]},
], must_not_merge=[
    (NN, "中关村"),
    (NN, "南宁高新区"),
    (NN, "南宁·中关村创新示范基地"),
    ("中共南宁市委员会", "南宁市人民政府"),
    ("中共广西壮族自治区委员会", "广西壮族自治区人民政府"),
])

# 6. Xi'an hi-tech zone: first year as core area of the "dual centre" (新华财经 repost), 2024-01-01
XAHT = "西安高新区"
NDRC = "中华人民共和国国家发展和改革委员会"
MOST = "中华人民共和国科学技术部"
XA_SCI = "西安综合性国家科学中心"
XA_TEC = "西安科技创新中心"
XA_PARK_ITEMS = ["中国科学院地环所", "高精度地基授时系统", "先进阿秒激光设施"]
doc("2024-01-xian-hi-tech-zone-dual-centre-first-year.txt", [
    ("新华财经", "Enterprise"),
    (XAHT, "Zone"),
    (NDRC, "GovernmentBody", ["国家发改委"]),
    (MOST, "GovernmentBody", ["科技部"]),
    (XA_SCI, "InnovationPlatform", ["综合性国家科学中心"]),
    (XA_TEC, "InnovationPlatform", ["科技创新中心"]),
    ("丝路科学城", "Zone"),
    ("一带一路", "Initiative"),
    ("西安科学园", "Zone"),
    ("中国科学院地环所", "ResearchInstitute"),
    ("高精度地基授时系统", "Facility"),
    ("先进阿秒激光设施", "Facility"),
], [
    (NDRC, "supports", XA_SCI),
    (NDRC, "supports", XA_TEC),
    (MOST, "supports", XA_SCI),
    (MOST, "supports", XA_TEC),
    *[(x, "locatedIn", "西安科学园") for x in XA_PARK_ITEMS],
], must_not_merge=[
    (XA_SCI, XA_TEC),
    ("丝路科学城", "西安科学园"),
    (XAHT, "丝路科学城"),
    ("高精度地基授时系统", "先进阿秒激光设施"),
    (NDRC, MOST),
])

gold.write(HERE / "gold.jsonl")
