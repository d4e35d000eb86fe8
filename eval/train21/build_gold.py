"""Writes eval/train21/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train21/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train21/docs/")
doc = gold.doc


# 1. Guangzhou Nansha and Dongguan Songshan Lake sign a strategic agreement (南方都市报 via netbig.top), 2024-10
NS, SSL = "南沙区", "东莞松山湖高新区"
NSC, SSLC = "南沙科学城", "松山湖科学城"
GZLAB = "广州海洋实验室"
CSE = "冷泉生态系统"  # train7's name of the same facility
DREAM = "梦想号大洋钻探船"
GMGS, SCSIO = "广州海洋地质调查局", "中国科学院南海海洋研究所"
GBA_SC = "大湾区综合性国家科学中心"
NS_INDUSTRIES = ["战略性新兴产业", "未来产业", "先进制造业", "现代服务业"]
doc("2024-10-guangzhou-nansha-dongguan-songshan-lake-science-centre-agreement.txt", [
    ("南方都市报", "Enterprise"),
    ("莫郅骅", "Person"),
    ("2024年南沙全球招商引智大会", "Event"),
    (NS, "Zone", ["广州南沙", "广州市南沙区", "南沙"]),
    (SSL, "Zone", ["东莞松山湖"]),
    (GBA_SC, "InnovationPlatform"),
    (NSC, "Zone"),
    (SSLC, "Zone"),
    ("广州市南沙区科学技术局", "GovernmentBody", ["南沙区科学技术局"]),
    *[(i, "Industry") for i in NS_INDUSTRIES],
    (GZLAB, "Laboratory"),
    (CSE, "Facility", ["冷泉生态系统大科学装置"]),
    (DREAM, "Facility"),
    (GMGS, "ResearchInstitute"),
    (SCSIO, "ResearchInstitute"),
], [
    (NS, "hosts", "2024年南沙全球招商引智大会"),
    (NS, "cooperatesWith", SSL),
    (GBA_SC, "coBuiltBy", NS),
    (GBA_SC, "coBuiltBy", SSL),
    *[(NS, "focusesOn", i) for i in NS_INDUSTRIES],
    (GZLAB, "locatedIn", NSC),
    (CSE, "locatedIn", NSC),
    (DREAM, "locatedIn", NSC),
    (GMGS, "locatedIn", NSC),
    (SCSIO, "locatedIn", NSC),
], systems=[
    {"formula": "2+5+2", "tiers": [
        {"symbol": "2", "declared": 2, "members": []},
        {"symbol": "5", "declared": 5, "members": []},
        {"symbol": "2", "declared": 2, "members": []}]},
    {"formula": "1+2+N", "tiers": [
        {"symbol": "1", "declared": 1, "members": [GZLAB]},
        {"symbol": "2", "declared": 2, "members": [CSE, DREAM]},
        {"symbol": "N", "declared": None, "members": [GMGS, SCSIO]}]},
], must_not_merge=[
    (NS, NSC),
    (SSL, SSLC),
    (NSC, SSLC),
    (NS, "广州市南沙区科学技术局"),
    (GZLAB, GMGS),
    (SCSIO, GMGS),
    ("2024年南沙全球招商引智大会", NS),
])

# 2. Three projects signed into Chengdu Hi-tech Zone (te-ch.tech repost of the zone's release), 2022-04-06
CDHT = "成都高新区"
GJ, DC = "高金富恒集团", "东材科技"
PD = "成都高新区-郫都区合作共建区"
doc("2022-04-chengdu-hi-tech-zone-three-projects-signed.txt", [
    (CDHT, "Zone"),
    *[(i, "Industry") for i in ["航空发动机", "绿色低碳", "新型显示", "创新药", "电子信息", "生物医药",
                                "生物医疗", "软件研发", "平板显示", "消费电子", "新能源"]],
    ("世界500强", "Award"),
    (GJ, "Enterprise", ["高金富恒"]),
    ("创诺集团", "Enterprise"),
    ("中国电信集团", "Enterprise", ["中国电信"]),
    (DC, "Enterprise"),
    ("绝缘行业", "Industry", ["绝缘"], True),
    ("光学膜行业", "Industry"),
    (PD, "Zone"),
    ("京东方科技集团", "Enterprise", ["京东方"]),
    ("中电熊猫", "Enterprise"),
    ("比亚迪", "Enterprise"),
], [
    (CDHT, "focusesOn", "电子信息"),
    (CDHT, "focusesOn", "生物医药"),
    (GJ, "locatedIn", CDHT),
    ("创诺集团", "locatedIn", CDHT),
    ("中国电信集团", "locatedIn", CDHT),
    ("中国电信集团", "awarded", "世界500强"),
    (DC, "partOf", GJ),
    (GJ, "locatedIn", PD),
    (DC, "locatedIn", PD),
    (DC, "focusesOn", "绝缘行业"),
    (DC, "focusesOn", "光学膜行业"),
], must_not_merge=[
    (CDHT, PD),
    (GJ, DC),
    ("绝缘行业", "光学膜行业"),
    ("平板显示", "新型显示"),
    ("生物医药", "生物医疗"),
])

# 3. Chengdu Hi-tech Zone: Tianfu biotown signing and Future Tech City groundbreaking (川观新闻), 2022-10 (day est.)
BIOTOWN, FTC = "天府国际生物城", "成都未来科技城"  # names as in train2/train15 gold
BT_INDUSTRIES = ["现代生物技术药", "创新化学药", "高端医疗器械"]
LD = "联东U谷未来科技产业园"
doc("2022-10-chengdu-hi-tech-zone-biotown-signing-future-tech-city-groundbreaking.txt", [
    ("川观新闻", "Enterprise"),
    ("肖莹佩", "Person"),
    ("成都观察", "Enterprise"),
    ("青纯", "Person"),
    (BIOTOWN, "Zone", ["成都天府国际生物城"]),
    *[(i, "Industry") for i in BT_INDUSTRIES],
    (FTC, "Zone"),
    (CDHT, "Zone"),
    ("成都天府国际生物城2022年第四季度建圈强链项目集中签约仪式", "Event"),
    ("生物医药", "Industry", ["生物医药产业"]),
    ("上海纽创", "Enterprise"),
    ("软体康复机器人", "Industry"),
    ("上海司羿", "Enterprise"),
    ("康养产业", "Industry"),
    ("盈嘉合生", "Enterprise"),
    ("中国科学院上海生命科学研究院", "ResearchInstitute"),
    (LD, "Zone"),
    ("广州辰创", "Enterprise"),
], [
    *[(BIOTOWN, "focusesOn", i) for i in BT_INDUSTRIES],
    (BIOTOWN, "partOf", CDHT),
    (FTC, "partOf", CDHT),
    ("上海纽创", "locatedIn", BIOTOWN),
    ("上海司羿", "locatedIn", BIOTOWN),
    ("上海司羿", "focusesOn", "软体康复机器人"),
    ("盈嘉合生", "locatedIn", BIOTOWN),
    ("盈嘉合生", "cooperatesWith", "中国科学院上海生命科学研究院"),
    (LD, "partOf", FTC),
    ("广州辰创", "locatedIn", FTC),
], must_not_merge=[
    (BIOTOWN, CDHT),
    (FTC, CDHT),
    (BIOTOWN, "成都天府国际生物城2022年第四季度建圈强链项目集中签约仪式"),
    (LD, FTC),
    ("上海纽创", "上海司羿"),
    ("川观新闻", "成都观察"),
])

# 4. Xi'an Hi-tech Zone, Silk Road Science City: industry projects (光明网), 2023-12-20
XA, SLSC = "西安高新区", "丝路科学城"  # names as in train2/train13 gold
XJTU_BASE = "西安交通大学生物3D打印技术发展产业基地"
XDU_PARK = "西安电子科技大学国家大学科技园"
doc("2023-12-xian-hi-tech-zone-silk-road-science-city-industry.txt", [
    ("光明网", "Enterprise"),
    (XA, "Zone"),
    (SLSC, "Zone", ["丝路科学城片区"]),
    ("奕斯伟", "Enterprise"),
    ("半导体", "Industry"),
    ("集成电路", "Industry"),
    ("追光计划", "Initiative"),
    ("跃迁行动", "Initiative"),
    ("唐晶量子", "Enterprise"),
    ("光电子先导院", "ResearchInstitute"),
    ("康拓医疗", "Enterprise"),
    ("国家药品监督管理局", "GovernmentBody"),
    (XJTU_BASE, "Zone"),
    (XDU_PARK, "Zone"),
    ("普源精电", "Enterprise"),
], [
    (SLSC, "partOf", XA),
    ("奕斯伟", "locatedIn", XA),
    (XA, "focusesOn", "半导体"),
    (XA, "focusesOn", "集成电路"),
    ("唐晶量子", "locatedIn", XA),
    (XJTU_BASE, "partOf", XA),
    (XDU_PARK, "partOf", XA),
    ("普源精电", "locatedIn", XA),
], must_not_merge=[
    (XA, SLSC),
    ("追光计划", "跃迁行动"),
    ("半导体", "集成电路"),
    (XJTU_BASE, XDU_PARK),
])

# 5. Guizhou Science City "four cities" science and technology week opens (人民网 via 新浪 金台资讯), 2025-01-06
GZSC = "贵州科学城"
GYST = "贵阳市科学技术局"
GYHT = "贵阳国家高新技术产业开发区管理委员会"  # train5's name, alias 贵阳国家高新区管委会
WEEK = "贵州科学城科技创新暨“四城”联动交流周"
SUB_EVENTS = [
    "时空大数据产业发展交流会",
    "“四城”联动科技成果供需服专场路演活动",
    "贵州科学城业界共治理事会集成电路行业委员会成立大会",
    "“共话新质生产力 共助高质量发展”专家人才主题交流活动",
    "贵阳国家高新区低空经济招商对接会",
]
doc("2025-01-guiyang-guizhou-science-city-four-cities-week.txt", [
    (WEEK, "Event"),
    ("金台资讯", "Enterprise"),
    ("人民网", "Enterprise"),
    ("龙章榆", "Person"),
    (GZSC, "Zone"),
    ("贵州科学城国际会议中心", "Facility"),
    ("贵州省发展和改革委员会", "GovernmentBody"),
    ("贵州省教育厅", "GovernmentBody"),
    ("贵州省科学技术厅", "GovernmentBody"),
    ("贵州省工业和信息化厅", "GovernmentBody"),
    ("贵阳市人民政府", "GovernmentBody"),
    (GYST, "GovernmentBody"),
    (GYHT, "GovernmentBody", ["贵阳国家高新区管委会"]),
    *[(e, "Event") for e in SUB_EVENTS],
    ("贵阳大数据科创城", "Zone"),
    ("花溪大学城", "Zone"),
    ("清镇职教城", "Zone"),
    ("贵阳贵安大数据产业产教联合体", "InnovationPlatform"),
    ("贵州省人民政府", "GovernmentBody", ["贵州省政府"]),
], [
    (GYST, "hosts", WEEK),
    (GYHT, "hosts", WEEK),
    *[(h, "hosts", e) for e in SUB_EVENTS for h in (GYST, GYHT)],
], must_not_merge=[
    (GZSC, "贵州科学城国际会议中心"),
    (GZSC, WEEK),
    ("贵阳市人民政府", GYST),
    ("贵州省科学技术厅", GYST),
    ("贵州省人民政府", "贵阳市人民政府"),
    ("贵阳大数据科创城", "贵阳贵安大数据产业产教联合体"),
    (GZSC, "贵州科学城业界共治理事会集成电路行业委员会成立大会"),
])

# 6. Guangming Science City Forum 2025 opens in Shenzhen (澎湃广东 via 中国深圳网), 2025-12-05
GMF = "光明科学城论坛·2025"
GM_HOSTS = [
    ("深圳市人民政府", []),
    ("深圳市发展和改革委员会", ["深圳市发展改革委"]),
    ("深圳市教育局", ["市教育局"]),
    ("深圳市科技创新局", ["市科技创新局"]),
    ("深圳市工业和信息化局", ["市工业和信息化局"]),
    ("深圳市人民政府港澳事务办公室", ["市港澳办"]),
    ("深圳市人民政府外事办公室", ["市外办"]),
    ("深圳市科学技术协会", ["市科协"]),
    ("深圳市光明区人民政府", ["光明区政府"]),
]
doc("2025-12-shenzhen-guangming-science-city-forum-2025.txt", [
    ("澎湃广东", "Enterprise"),
    (GMF, "Event"),
    ("深圳科学技术馆", "Facility"),
    *[(n, "GovernmentBody", a) for n, a in GM_HOSTS],
    ("深业集团", "Enterprise"),
    ("光明科学城公司", "Enterprise"),
    (GBA_SC, "InnovationPlatform"),
    ("光明科学城", "Zone"),
    ("光明科学城论坛", "Event"),
    ("怀柔科学城", "Zone", ["北京怀柔"], True),
    ("张江科学城", "Zone", ["上海张江"], True),
    ("合肥滨湖科学城", "Zone", ["合肥滨湖"], True),
], [
    *[(n, "hosts", GMF) for n, _ in GM_HOSTS],
    ("深业集团", "hosts", GMF),
    ("光明科学城公司", "hosts", GMF),
], systems=[
    {"formula": "1+1+7", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "7", "declared": 7, "members": []}]},
], must_not_merge=[
    (GMF, "光明科学城论坛"),
    ("光明科学城", "光明科学城论坛"),
    ("光明科学城", "光明科学城公司"),
    ("深圳市人民政府", "深圳市光明区人民政府"),
    ("深圳市科技创新局", "深圳市科学技术协会"),
    ("深圳市人民政府港澳事务办公室", "深圳市人民政府外事办公室"),
    ("怀柔科学城", "张江科学城"),
])

# 7. Twelve Shanghai firms sign into the Hu-Dian Lingang Kunming Science City (昆明日报 via a portal copy), 2022-12-13
HDLG = "沪滇临港昆明科技城"
HD_EVENT = "沪滇对口协作捐赠仪式暨沪滇临港昆明科技城企业入驻签约仪式"
HD_FIRMS = ["上海通正建筑科技集团有限公司", "上海明品医学数据科技有限公司"]
doc("2022-12-kunming-hu-dian-lingang-science-city-shanghai-firms.txt", [
    ("昆明日报", "Enterprise"),
    (HDLG, "Zone"),
    (HD_EVENT, "Event"),
    *[(f, "Enterprise") for f in HD_FIRMS],
    ("戎之勤", "Person"),
    ("聂里宁", "Person"),
    ("徐云", "Person"),
    ("临港集团", "Enterprise"),
    ("袁国华", "Person"),
    ("上海烟草集团", "Enterprise"),
    ("唐煦", "Person"),
    ("上汽集团", "Enterprise"),
    ("上汽大通", "Enterprise"),
    ("郝景贤", "Person"),
    ("吴洁", "Person"),
], [
    *[(f, "locatedIn", HDLG) for f in HD_FIRMS],
    ("临港集团", "ledBy", "袁国华"),
    ("上汽大通", "ledBy", "郝景贤"),
], must_not_merge=[
    (HDLG, HD_EVENT),
    ("上汽集团", "上汽大通"),
    ("临港集团", HDLG),
    (HD_FIRMS[0], HD_FIRMS[1]),
])

gold.write(HERE / "gold.jsonl")
