"""Writes eval/test5/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

BLIND TEST SET: extractor authors must not read this file (see README.md, "The rule").

Run: .venv/bin/python eval/test5/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/test5/docs/")
doc = gold.doc

STATE_COUNCIL = "中华人民共和国国务院"

# 1. Gansu: provincial government office designates 12 representative parks (gs.news.cn), 2022-11-29
GS_OFFICE = "甘肃省人民政府办公厅"
REP = "全省代表性园区"
GS_PARKS = {
    "兰州高新技术产业开发区": ["生物医药"],
    "金昌经济技术开发区": ["有色金属及新能源电池材料深加工制造"],
    "天水经济技术开发区": ["电子科技"],
    "酒泉经济技术开发区": ["新能源装备制造"],
    "西峰工业园区": ["数字经济"],
    "陇西经济开发区": ["中医药循环经济"],
    "兰州陆港型国家物流枢纽": [],
    "陇南东盛国际商贸物流港": [],
    "甘肃巨龙农业物流港": [],
    "凉州区国家现代农业产业园": ["养殖业", "农产品加工"],
    "安定区国家现代农业产业园": ["种薯繁育", "农产品精深加工"],
    "兰州新区化工园区": ["精细化工"],
}
GS_INDUSTRIES = [i for inds in GS_PARKS.values() for i in inds]
doc("2022-11-gansu-twelve-representative-parks.txt", [
    (GS_OFFICE, "GovernmentBody", ["省政府办公厅"]),
    (REP, "Award", ["代表性园区"]),
    *[(p, "Zone") for p in GS_PARKS],
    *[(i, "Industry") for i in GS_INDUSTRIES],
    ("一带一路", "Initiative"),
    ("兰州日报社", "Enterprise"),
    ("杨昕", "Person"),
], [
    *[(p, "awarded", REP) for p in GS_PARKS],
    *[(p, "focusesOn", i) for p, inds in GS_PARKS.items() for i in inds],
], must_not_merge=[
    ("兰州高新技术产业开发区", "兰州新区化工园区"),
    ("兰州高新技术产业开发区", "兰州陆港型国家物流枢纽"),
    ("凉州区国家现代农业产业园", "安定区国家现代农业产业园"),
    ("陇南东盛国际商贸物流港", "甘肃巨龙农业物流港"),
    ("农产品加工", "农产品精深加工"),
])

# 2. Jiangsu provincial reply: Jiangyin economic development zone renamed hi-tech zone (jiangsu.gov.cn), 2010-08-11
JY = "江苏省江阴高新技术产业开发区"
JY_REPLY = "省政府关于同意江苏省江阴经济开发区更名为江苏省江阴高新技术产业开发区的批复"
JY_REQ = "关于江苏省江阴经济开发区更名为江苏省江阴高新技术产业开发区的请示"
doc("2010-08-jiangsu-reply-jiangyin-hi-tech-zone-rename.txt", [
    (JY_REPLY, "Policy"),
    ("江阴市人民政府", "GovernmentBody"),
    (JY_REQ, "Policy"),
    (JY, "Zone", ["江苏省江阴经济开发区"]),
], [
    (JY_REQ, "issuedBy", "江阴市人民政府"),
    (JY_REPLY, "supports", JY),
    ("江阴市人民政府", "supports", JY),
], must_not_merge=[
    (JY_REPLY, JY_REQ),
    (JY, JY_REPLY),
    (JY, "江阴市人民政府"),
])

# 3. Tianjin municipal S&T bureau and Binhai New Area sign an agreement to serve Tiankai park (津滨网), 2023-07-05
TJ_STB = "天津市科学技术局"
BH = "滨海新区"
TK = "天开高教科创园"
TK_AGR = "高质量服务天开高教科创园战略合作协议"
doc("2023-07-tianjin-science-bureau-binhai-tiankai-park-agreement.txt", [
    (TJ_STB, "GovernmentBody", ["市科技局"]),
    (BH, "Zone", ["新区"]),
    (TK, "Zone"),
    (TK_AGR, "Policy"),
    ("津滨网", "Enterprise"),
    ("连茂君", "Person"),
    ("朱鹏", "Person"),
    ("单泽峰", "Person"),
    ("李龙", "Person"),
    ("方伟", "Person"),
    ("张桂华", "Person"),
    ("天开高教科创园创业街区", "Zone"),
    ("灵犀汇企业家俱乐部", "Facility"),
    ("揭榜挂帅", "Initiative"),
], [
    (TJ_STB, "cooperatesWith", BH),
    (TK_AGR, "supports", TK),
    (TJ_STB, "supports", TK),
    (BH, "supports", TK),
    ("天开高教科创园创业街区", "partOf", TK),
    ("灵犀汇企业家俱乐部", "locatedIn", TK),
    (BH, "ledBy", "单泽峰"),
], must_not_merge=[
    (TK, TK_AGR),
    (TK, "天开高教科创园创业街区"),
    (TJ_STB, BH),
])

# 4. Dalian hi-tech zone: opening of its development plan for the Shenda national innovation demonstration zone
#    (ln.xuannaer.com.cn), 2022 (est.)
SD = "沈大国家自主创新示范区"
SD_REPLY = "国务院关于同意沈大国家高新区建设国家自主创新示范区的批复"
SY_HTZ = "沈阳国家高新技术产业开发区"
DL_HTZ = "大连国家高新技术产业开发区"
DL_PART = "沈大自主创新示范区大连高新片区"
SD_PLAN = "辽宁省沈大国家自主创新示范区“三年行动计划”(2020-2022年)实施方案"
doc("2022-dalian-hi-tech-zone-nidz-development-plan-opening.txt", [
    (SD_REPLY, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    ("中国共产党辽宁省第十三次代表大会", "Event", ["辽宁省第十三次党代会"]),
    ("中国共产党大连市第十三次代表大会", "Event", ["市第十三次党代会"]),
    (SD_PLAN, "Policy"),
    ("大连国家自主创新示范区建设行动计划(2020-2025年)", "Policy"),
    ("大连市建设具有全国影响力的科技创新中心规划", "Policy"),
    (SD, "Zone", ["沈大自创区", "自创区"]),
    (SY_HTZ, "Zone", [], True),
    (DL_HTZ, "Zone", ["大连高新区"]),
    (DL_PART, "Zone", ["自创区大连高新片区"]),
    ("中共辽宁省委员会", "GovernmentBody", ["省委"]),
    ("辽宁省人民政府", "GovernmentBody", ["省政府"]),
    ("中共大连市委员会", "GovernmentBody", ["市委"]),
    ("大连市人民政府", "GovernmentBody", ["市政府"]),
    ("软件和信息技术服务业", "Industry"),
], [
    (SD_REPLY, "issuedBy", STATE_COUNCIL),
    (SD_REPLY, "supports", SD),
    (SD_PLAN, "supports", SD),
    (SY_HTZ, "partOf", SD),
    (DL_HTZ, "partOf", SD),
    (DL_PART, "partOf", SD),
    ("中共大连市委员会", "supports", DL_HTZ),
    ("大连市人民政府", "supports", DL_HTZ),
], must_not_merge=[
    (SD, SD_REPLY),
    (SD, SD_PLAN),
    (DL_HTZ, DL_PART),
    (DL_HTZ, SY_HTZ),
    (SD, DL_PART),
    ("中国共产党辽宁省第十三次代表大会", "中国共产党大连市第十三次代表大会"),
])

# 5. Xinxiang hi-tech zone management committee: notice issuing the zone's 14th five-year outline
#    (gxq.xinxiang.gov.cn), 2021-10-14
XX = "新乡国家高新技术产业开发区"  # eval/dev3 canonical name
XX_C = "新乡国家高新技术产业开发区管理委员会"  # eval/dev3 canonical name
XX_PLAN = "新乡高新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
XX_NOTICE = "关于印发新乡高新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知"
doc("2021-10-xinxiang-hi-tech-zone-14th-five-year-outline-notice.txt", [
    (XX_C, "GovernmentBody", ["新乡高新区管委会", "管委会"]),
    (XX_NOTICE, "Policy"),
    (XX_PLAN, "Policy", ["新乡高新区“十四五”规划和二〇三五年远景目标纲要",
                         "‘十四五’规划和二〇三五年远景目标纲要"]),
    ("关堤乡", "Zone"),
    ("振中街道", "Zone"),
    ("中共新乡高新技术产业开发区工作委员会", "GovernmentBody", ["区党工委"]),
    (XX, "Zone", ["新乡高新技术产业开发区", "新乡高新区"]),
    ("郑洛新国家自主创新示范区", "Zone"),
], [
    (XX_NOTICE, "issuedBy", XX_C),
    (XX_PLAN, "issuedBy", XX_C),
    (XX_PLAN, "supports", XX),
    (XX_PLAN, "supports", "郑洛新国家自主创新示范区"),
], must_not_merge=[
    (XX, XX_C),
    (XX_PLAN, XX_NOTICE),
    (XX, XX_PLAN),
    (XX_C, "中共新乡高新技术产业开发区工作委员会"),
    (XX, "郑洛新国家自主创新示范区"),
])

# 6. Shenzhen Guangming district: opening of the 2022 government work report (quyushuju.com forum repost), 2022-04-19
GM = "光明区"  # eval canonical name (Zone)
doc("2022-04-shenzhen-guangming-district-2022-work-report-opening.txt", [
    ("光明区第一届人民代表大会第七次会议", "Event"),
    ("深圳市光明区人民政府", "GovernmentBody", ["光明区人民政府"]),
    ("蔡颖", "Person"),
    (GM, "Zone"),
    ("深圳经济特区建立40周年庆祝大会", "Event"),
    ("大湾区综合性国家科学中心先行启动区", "Zone"),
    ("光明区第一届人民代表大会第四次会议", "Event", ["区一届人大四次会议"]),
    ("中国共产党第十九次全国代表大会", "Event", ["党的十九大"]),
    ("中共深圳市委员会", "GovernmentBody", ["市委"]),
    ("深圳市人民政府", "GovernmentBody", ["市政府"]),
    ("中共深圳市光明区委员会", "GovernmentBody", ["区委"]),
    ("深圳市光明区人民代表大会", "GovernmentBody", ["区人大"]),
    ("深圳市光明区人民代表大会常务委员会", "GovernmentBody", [], True),
    ("中国人民政治协商会议深圳市光明区委员会", "GovernmentBody", ["区政协"]),
    ("中共广东省委员会", "GovernmentBody", ["省委"]),
    ("深圳先行示范区", "Zone"),
    ("深圳综合改革试点", "Initiative"),
    ("光明科学城", "Zone"),
], [
    (GM, "supports", "大湾区综合性国家科学中心先行启动区"),
], systems=[
    {"formula": "1+1+9", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "9", "declared": 9, "members": []}]},
    {"formula": "1+10+10", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "10", "declared": 10, "members": []},
        {"symbol": "10", "declared": 10, "members": []}]},
    {"formula": "1+2+3+2", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "2", "declared": 2, "members": []},
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "2", "declared": 2, "members": []}]},
], must_not_merge=[
    (GM, "深圳市光明区人民政府"),
    (GM, "光明科学城"),
    ("光明区第一届人民代表大会第七次会议", "光明区第一届人民代表大会第四次会议"),
    ("深圳市光明区人民代表大会", "深圳市光明区人民代表大会常务委员会"),
    ("中共深圳市委员会", "中共深圳市光明区委员会"),
    ("深圳市人民政府", "深圳市光明区人民政府"),
])

# 7. Beijing Economic-Technological Development Area regulation (1995), header and arts. 1-11 (GB18030)
BDA = "北京经济技术开发区"
doc("1995-beijing-etdz-regulation-art1-11.txt", [
    ("北京经济技术开发区条例", "Policy"),
    ("北京市第十届人民代表大会常务委员会第十六次会议", "Event"),
    (BDA, "Zone", ["开发区"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    ("北京市人民政府", "GovernmentBody", ["市人民政府"]),
    ("北京经济技术开发区管理委员会", "GovernmentBody", ["开发区管委会"]),
], [
    ("北京经济技术开发区条例", "supports", BDA),
    (BDA, "ledBy", "北京经济技术开发区管理委员会"),
    ("北京经济技术开发区管理委员会", "foundedBy", "北京市人民政府"),
], must_not_merge=[
    (BDA, "北京经济技术开发区条例"),
    (BDA, "北京经济技术开发区管理委员会"),
])

# 8. Ningbo Daxie development zone regulation (1994, amended 2002 and 2013), header and arts. 1-10 (Markdown)
DX = "宁波大榭开发区"
DX_REG = "宁波大榭开发区条例"
DX_DEC = "宁波市人民代表大会常务委员会关于修改〈宁波大榭开发区条例〉的决定"
DX_SESSIONS = [
    "宁波市第十届人民代表大会常务委员会第十次会议",
    "浙江省第八届人民代表大会常务委员会第十二次会议",
    "宁波市第十一届人民代表大会常务委员会第三十七次会议",
    "浙江省第九届人民代表大会常务委员会第三十六次会议",
    "宁波市第十四届人民代表大会常务委员会第八次会议",
    "浙江省第十二届人民代表大会常务委员会第三次会议",
]
DX_IND = ["出口加工", "内外贸易", "仓储运输", "海洋经济", "能源开发", "金融", "商贸", "物流", "信息咨询",
          "房地产", "旅游", "宾馆", "娱乐服务"]
doc("2013-ningbo-daxie-development-zone-regulation-art1-10.md", [
    (DX_REG, "Policy"),
    *[(s, "Event") for s in DX_SESSIONS],
    (DX_DEC, "Policy"),
    ("大榭岛", "Zone", ["大榭本岛"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (DX, "Zone", ["开发区"]),
    ("宁波大榭开发区管理委员会", "GovernmentBody", ["开发区管委会"]),
    ("宁波市人民政府", "GovernmentBody", ["市人民政府"]),
    *[(i, "Industry", ["房地产业"] if i == "房地产" else []) for i in DX_IND],
], [
    (DX_REG, "supports", "大榭岛"),
    (DX, "ledBy", "宁波大榭开发区管理委员会"),
    *[(DX, "focusesOn", i) for i in DX_IND],
], must_not_merge=[
    (DX, DX_REG),
    (DX_REG, DX_DEC),
    (DX, "宁波大榭开发区管理委员会"),
    (DX, "大榭岛"),
    ("宁波市第十届人民代表大会常务委员会第十次会议", "宁波市第十四届人民代表大会常务委员会第八次会议"),
])

# 9. Gansu: two new provincial hi-tech zones approved (甘肃日报 via 3g.163.com), 2021 (est.)
QC = "甘肃省庆城高新技术产业开发区"
LX = "甘肃省陇西高新技术产业开发区"
QC_IND = ["现代农业", "农产品食品精细加工", "商贸物流业", "能源化工", "装备制造", "新兴能源"]
LX_IND = ["中医药", "铝冶炼及制品", "装备制造", "先进制造业"]
doc("2021-gansu-two-new-provincial-hi-tech-zones.txt", [
    ("甘肃省科学技术情报研究所", "ResearchInstitute", ["省科技情报所"]),
    ("甘肃省人民政府", "GovernmentBody", ["省政府"]),
    ("庆城驿马工业集中区", "Zone"),
    (QC, "Zone", ["庆城高新区"]),
    ("陇西经济开发区", "Zone"),
    (LX, "Zone", ["陇西高新区"]),
    *[(i, "Industry", ["装备制造业"] if i == "装备制造" else []) for i in dict.fromkeys(QC_IND + LX_IND)],
    ("甘肃日报", "Enterprise"),
    ("新甘肃客户端", "Enterprise", ["新甘肃"]),
    ("李满福", "Person"),
], [
    ("庆城驿马工业集中区", "partOf", QC),
    ("陇西经济开发区", "partOf", LX),
    *[(QC, "focusesOn", i) for i in QC_IND],
    *[(LX, "focusesOn", i) for i in LX_IND],
], must_not_merge=[
    (QC, "庆城驿马工业集中区"),
    (LX, "陇西经济开发区"),
    (QC, LX),
    ("甘肃日报", "新甘肃客户端"),
    ("现代农业", "农产品食品精细加工"),
])

# 10. NDRC notice issuing the Wanjiang city-belt industrial-transfer demonstration zone plan (fawu8.com repost), 2010-01 (est.)
WJ = "皖江城市带承接产业转移示范区"
WJ_PLAN = "皖江城市带承接产业转移示范区规划"
WJ_REPLY = "国务院关于皖江城市带承接产业转移示范区规划的批复"
WJ_NOTICE = "国家发展改革委关于印发皖江城市带承接产业转移示范区规划的通知"
doc("2010-01-ndrc-notice-wanjiang-industrial-transfer-zone-plan.txt", [
    (WJ_NOTICE, "Policy"),
    ("安徽省人民政府", "GovernmentBody"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (WJ_REPLY, "Policy"),
    (WJ_PLAN, "Policy", ["规划"]),
    (WJ, "Zone", ["示范区"]),
], [
    (WJ_REPLY, "issuedBy", STATE_COUNCIL),
    (WJ_PLAN, "supports", WJ),
    (WJ_NOTICE, "supports", WJ),
    ("安徽省人民政府", "supports", WJ),
], must_not_merge=[
    (WJ, WJ_PLAN),
    (WJ_PLAN, WJ_REPLY),
    (WJ_PLAN, WJ_NOTICE),
    (WJ_REPLY, WJ_NOTICE),
])

# ---------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
