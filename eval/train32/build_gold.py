"""Writes eval/train32/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train32/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train32/docs/")
doc = gold.doc

STATE_COUNCIL = "中华人民共和国国务院"
MOST = "中华人民共和国科学技术部"

# 1. Xishan economic & technological development zone (Wuxi): specialised parks (zone release, 2023-06)
XS = "锡山经济技术开发区"
XS_MED, XS_AI, XS_EQ = "医疗器械产业园", "人工智能产业园", "智能装备产业园"
XS_CAS = "中科院微电子所科创社区"
XS_MED_COS = ["广丰旗", "安序源", "博奥玛雅", "史蒂芬弗里茨", "上药", "华润医药"]
XS_EQ_COS = ["凯威特斯", "范德维尔", "巴可"]
doc("2023-06-xishan-etdz-specialised-parks.txt", [
    (XS, "Zone", ["锡山经开区"]),
    ("锡山经济技术开发区党政办", "GovernmentBody"),
    ("中共无锡市锡山区委员会常务委员会", "GovernmentBody", ["区委常委会"]),
    (XS_MED, "Zone"),
    (XS_AI, "Zone"),
    (XS_EQ, "Zone"),
    *[(c, "Enterprise") for c in XS_MED_COS],
    ("维度机器视觉研究院", "ResearchInstitute"),
    (XS_CAS, "Zone"),
    ("人工智能装备", "Industry"),
    *[(c, "Enterprise") for c in XS_EQ_COS],
    ("中欧智能装备产业园", "Zone"),
], [
    (XS_MED, "partOf", XS),
    (XS_AI, "partOf", XS),
    (XS_EQ, "partOf", XS),
    *[(c, "locatedIn", XS_MED) for c in XS_MED_COS],
    ("维度机器视觉研究院", "locatedIn", XS_AI),
    (XS_CAS, "partOf", XS_AI),
    (XS_CAS, "focusesOn", "人工智能装备"),
    *[(c, "locatedIn", XS_EQ) for c in XS_EQ_COS],
    ("中欧智能装备产业园", "partOf", XS),
], must_not_merge=[
    (XS, "锡山经济技术开发区党政办"),
    (XS_AI, "人工智能装备"),
    (XS_EQ, "中欧智能装备产业园"),
    (XS_AI, XS_CAS),
])

# 2. Qingdao hi-tech zone trial opinions on cultivating an enterprise "flock" (2021), preamble + chapter 1 opening
QD = "青岛高新区"
QD_POL = "青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见"
QD_SC = "国务院关于促进国家高新技术产业开发区高质量发展的若干意见"
QD_GREEN = "国家高新区绿色发展专项行动实施方案"
QD_CITY = "中共青岛市委关于加快建设创业城市的十条意见"
QD_IND = ["新一代信息技术", "医疗医药", "人工智能", "高端装备制造", "现代服务业"]
doc("2021-qingdao-hi-tech-zone-enterprise-flock-cultivation-opinions-opening.txt", [
    (QD_POL, "Policy"),
    (QD, "Zone"),
    (QD_SC, "Policy"),
    (MOST, "GovernmentBody", ["科技部"]),
    (QD_GREEN, "Policy"),
    (QD_CITY, "Policy"),
    ("企业创新积分制", "Initiative"),
    *[(i, "Industry") for i in QD_IND],
    ("青岛高新区科技创新发展1622行动", "Initiative"),
    ("雏雁孵化赋能工程", "Initiative"),
], [
    (QD_POL, "issuedBy", QD),
    (QD_POL, "supports", QD),
    (QD_GREEN, "issuedBy", MOST),
    *[(QD, "focusesOn", i) for i in QD_IND],
], systems=[
    {"formula": "3+1", "tiers": [
        {"symbol": "3", "declared": 3, "members": ["新一代信息技术", "医疗医药"]},
        {"symbol": "1", "declared": 1, "members": ["现代服务业"]}]},
], must_not_merge=[
    (QD, QD_POL),
    (QD_POL, QD_SC),
    (QD, "青岛高新区科技创新发展1622行动"),
    ("人工智能", "高端装备制造"),
])

# 3. State Council reply: Lanzhou and Baiyin hi-tech zones build a national innovation demonstration zone (2018)
LB_REPLY = "国务院关于同意兰州、白银高新技术产业开发区建设国家自主创新示范区的批复"
LB_REQ = "关于支持兰州、白银高新技术产业开发区建设国家自主创新示范区的请示"
LZ, BY = "兰州高新技术产业开发区", "白银高新技术产业开发区"
NB_Z, WZ_Z = "宁波国家高新区", "温州高新区"
doc("2018-02-lanzhou-baiyin-nidz-state-council-approval.txt", [
    ("智网新闻", "Enterprise"),
    ("兰州国家高新区雁滩园区创新园大厦", "Facility"),
    ("兰州国家高新技术产业开发区网", "Enterprise"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (LZ, "Zone", [], True),
    (BY, "Zone", ["白银高新区"]),
    ("中关村", "Zone", ["北京中关村"]),
    ("东湖国家自主创新示范区", "Zone", ["武汉东湖"]),
    ("张江国家自主创新示范区", "Zone", ["上海张江"]),
    ("深圳国家自主创新示范区", "Zone", [], True),
    ("苏南国家自主创新示范区", "Zone", [], True),
    (NB_Z, "Zone", [], True),
    (WZ_Z, "Zone", ["温州高新技术产业开发区"]),
    (LB_REPLY, "Policy"),
    (MOST, "GovernmentBody", ["科技部"]),
    ("甘肃省人民政府", "GovernmentBody"),
    (LB_REQ, "Policy"),
], [
    (LB_REPLY, "issuedBy", STATE_COUNCIL),
    (LB_REQ, "issuedBy", MOST),
    (LB_REQ, "issuedBy", "甘肃省人民政府"),
    (LB_REPLY, "supports", LZ),
    (LB_REPLY, "supports", BY),
    (LB_REQ, "supports", LZ),
    (LB_REQ, "supports", BY),
], must_not_merge=[
    (LB_REPLY, LB_REQ),
    (LZ, BY),
    (LZ, "兰州国家高新技术产业开发区网"),
    (LZ, "兰州国家高新区雁滩园区创新园大厦"),
    (NB_Z, WZ_Z),
    ("中关村", "东湖国家自主创新示范区"),
])

# 4. Wuhan science and technology bureau: second 2023 batch of municipal incubators and maker spaces (认定 notice)
WH_N = "市科技局关于公布2023年度第二批市级科技企业孵化器认定和众创空间备案名单的通知"
WH_STB = "武汉市科学技术局"
WH_RULES = "武汉市科技企业孵化器和众创空间管理办法"
WH_PLAN = "2023年度武汉市科技企业孵化器认定和众创空间备案工作方案"
WH_UNITS = ["武汉光谷生物创新孵化器", "V+合伙人大厦产业园", "未来空间 Future Space"]
WH_L1, WH_L2 = "2023年第二批市级科技企业孵化器认定名单", "2023年第二批市级众创空间备案名单"
doc("2023-11-wuhan-municipal-incubators-maker-spaces-second-batch-notice.txt", [
    (WH_N, "Policy"),
    (WH_STB, "GovernmentBody", ["市科技局"]),
    ("东湖高新区科创局", "GovernmentBody", [], True),
    ("武汉经开区科创局", "GovernmentBody", [], True),
    ("长江新区科创局", "GovernmentBody"),
    (WH_RULES, "Policy"),
    (WH_PLAN, "Policy"),
    ("武汉光谷生物创新孵化器", "InnovationPlatform"),
    ("V+合伙人大厦产业园", "InnovationPlatform"),
    ("未来空间 Future Space", "InnovationPlatform"),
    (WH_L1, "Policy"),
    (WH_L2, "Policy"),
], [
    (WH_N, "issuedBy", WH_STB),
    *[(WH_N, "supports", u) for u in WH_UNITS],
    (WH_L1, "issuedBy", WH_STB),
    (WH_L2, "issuedBy", WH_STB),
], must_not_merge=[
    (WH_N, WH_L1),
    (WH_L1, WH_L2),
    (WH_RULES, WH_PLAN),
    ("东湖高新区科创局", "长江新区科创局"),
])

# 5. Lianyungang hi-tech zone science & economy bureau: manufacturing upgrading in the 13th five-year period (2021-07)
LYG = "连云港市高新区"
LYG_IND = ["装备制造", "生物医药", "电子信息", "新材料", "现代服务业", "现代物流业", "生产性服务业", "智能制造装备",
           "医药健康", "软件业"]
LYG_COS = ["天马集团", "鹰游纺机", "天明机械", "大陆汽车电子", "日出东方", "正大天晴", "罗盖特"]
LYG_BASE = "国家火炬连云港装备制造特色产业基地"
LYG_MIL = "省级军民结合(船海装备)产业示范基地"
LYG_PARKS = ["智慧物流产业园", "省软件与信息服务产业园", "省大数据产业园"]
C716 = "中船七一六所"
doc("2021-07-lianyungang-hi-tech-zone-13th-fyp-manufacturing-upgrading-report.txt", [
    (LYG, "Zone", ["市高新区"]),
    ("连云港市高新区科经局", "GovernmentBody"),
    ("江苏省人民政府", "GovernmentBody", ["省政府"]),
    *[(i, "Industry") for i in LYG_IND if i != "医药健康"],
    ("医药健康", "Industry", ["医药健康产业"]),
    ("智能制造", "Industry"),
    ("智能交通", "Industry"),
    *[(c, "Enterprise") for c in LYG_COS],
    (C716, "ResearchInstitute"),
    *[(z, "Zone") for z in LYG_PARKS],
    (LYG_BASE, "InnovationPlatform"),
    (LYG_MIL, "InnovationPlatform"),
    ("一区一战略产业", "Initiative"),
    ("国家级数字商务企业", "Award"),
    ("市十佳电商产业园", "Award"),
    ("国家科技进步一等奖", "Award"),
    ("国家级专精特新小巨人企业", "Award", ["国家专精特新“小巨人”企业"]),
    ("中国制造业单项冠军示范企业", "Award"),
    ("国家级绿色工厂", "Award"),
    ("中国医药工业百强榜", "Award"),
    ("第二轮中法工业合作示范项目", "Award"),
], [
    *[(LYG, "focusesOn", i) for i in LYG_IND],
    *[(c, "locatedIn", LYG) for c in LYG_COS],
    (C716, "locatedIn", LYG),
    (C716, "focusesOn", "智能制造"),
    (C716, "focusesOn", "智能交通"),
    *[(z, "partOf", LYG) for z in LYG_PARKS],
    (LYG_BASE, "locatedIn", LYG),
    (LYG_MIL, "locatedIn", LYG),
    ("天马集团", "awarded", "国家级数字商务企业"),
    ("智慧物流产业园", "awarded", "市十佳电商产业园"),
    ("鹰游纺机", "awarded", "国家科技进步一等奖"),
    ("鹰游纺机", "awarded", "国家级专精特新小巨人企业"),
    ("天明机械", "awarded", "中国制造业单项冠军示范企业"),
    ("日出东方", "awarded", "国家级绿色工厂"),
    ("正大天晴", "awarded", "中国医药工业百强榜"),
    ("罗盖特", "awarded", "第二轮中法工业合作示范项目"),
], must_not_merge=[
    (LYG, "连云港市高新区科经局"),
    ("装备制造", "智能制造装备"),
    ("智能制造", "智能制造装备"),
    (LYG_BASE, "装备制造"),
    ("省软件与信息服务产业园", "软件业"),
    ("电子信息", "软件业"),
])

# 6. Qingyuan hi-tech zone portal: a Guangzhou party training class visits the zone (2024-09)
QY = "清远高新区"
QY_PW = "清远高新区党工委"
QY_TA = "天安智谷科技产业园"
QY_PSC = "清远高新区党群服务中心"
QY_EC = "跨境电子商务产业集聚展示中心"
QY_EV = "2024年广州市协作系统党支部书记暨党务骨干培训班"
QY_XD = "清远先导科技集团"
QY_IND3 = ["新材料", "装备制造", "电子信息"]
doc("2024-09-qingyuan-hi-tech-zone-party-training-visit.txt", [
    ("中共清远市委党校", "GovernmentBody", ["市委党校"]),
    (QY_EV, "Event"),
    (QY, "Zone"),
    (QY_PW, "GovernmentBody", ["高新区党工委", "区党工委"]),
    ("胡春龙", "Person"),
    (QY_TA, "Zone", ["天安智谷"]),
    (QY_PSC, "Facility", ["高新区党群服务中心"]),
    (QY_EC, "Facility"),
    *[(i, "Industry") for i in QY_IND3],
    ("生物制药", "Industry"),
    ("国家高新区排名", "Award", ["国家高新区综合排名"]),
    (QY_XD, "Enterprise", ["先导科技集团"]),
    ("稀散金属", "Industry"),
], [
    ("中共清远市委党校", "hosts", QY_EV),
    (QY_TA, "partOf", QY),
    (QY_PSC, "locatedIn", QY_TA),
    (QY_EC, "locatedIn", QY_TA),
    (QY_PSC, "foundedBy", QY_PW),
    *[(QY, "focusesOn", i) for i in QY_IND3],
    (QY, "focusesOn", "生物制药"),
    (QY, "awarded", "国家高新区排名"),
    (QY_XD, "locatedIn", QY),
    (QY_XD, "focusesOn", "稀散金属"),
], systems=[
    {"formula": "3+1", "tiers": [
        {"symbol": "3", "declared": 3, "members": QY_IND3},
        {"symbol": "1", "declared": 1, "members": ["生物制药"]}]},
], must_not_merge=[
    (QY, QY_PW),
    (QY, QY_TA),
    (QY_PSC, QY_PW),
    (QY_PSC, QY_EC),
    ("中共清远市委党校", QY_PW),
])

# ---------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
