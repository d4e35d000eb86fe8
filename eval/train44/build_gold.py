"""Writes eval/train44/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train44/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train44/docs/")
doc = gold.doc

MOST = "中华人民共和国科学技术部"
MIIT = "中华人民共和国工业和信息化部"
MOE = "中华人民共和国教育部"

# 1. Sichuan provincial government work report 2024 (review of 2023 science and technology), 改革网 report
doc("2024-01-sichuan-government-work-report-2023-sci-tech-review.txt", [
    ("中国发展改革报社", "Enterprise"),
    ("王进", "Person"),
    ("四川省十四届人大二次会议", "Event"),
    ("黄强", "Person"),
    ("天府实验室", "Laboratory"),
    ("国家川藏铁路技术创新中心", "InnovationPlatform"),
    ("国家高端航空装备技术创新中心", "InnovationPlatform"),
    ("全国先进技术成果西部转化中心", "InnovationPlatform"),
    ("锦屏深地实验室", "Laboratory"),
    ("稻城高海拔宇宙线观测站", "Facility"),
    ("中国环流三号", "Facility"),
    ("十大超级工程", "Award"),
    ("十大国之重器", "Award"),
    ("基础研究十年行动计划", "Policy"),
    ("轨道交通", "Industry"),
    ("钒钛稀土", "Industry"),
    ("集成电路", "Industry"),
    ("新型显示", "Industry"),
    ("三强计划", "Initiative"),
], [
    ("中国环流三号", "awarded", "十大超级工程"),
], must_not_merge=[
    ("天府实验室", "锦屏深地实验室"),
    ("国家川藏铁路技术创新中心", "国家高端航空装备技术创新中心"),
    ("十大超级工程", "十大国之重器"),
])

# 2. MIIT press conference: national high-tech zones' "五新" progress in 2024 (华声中国 repost), 2025-02-26
ZGC = "中关村"
ZJ = "上海张江高新区"
DH = "东湖高新区"
doc("2025-02-miit-national-hi-tech-zones-2024-five-new-progress.txt", [
    ("姚珺", "Person"),
    (MIIT, "GovernmentBody", ["工业和信息化部"]),
    ("中国共产党第二十届中央委员会第三次全体会议", "Event", ["党的二十届三中全会"]),
    ("全国科技大会", "Event"),
    ("全国新型工业化推进大会", "Event"),
    (MOE, "GovernmentBody", ["教育部"]),
    (MOST, "GovernmentBody", ["科技部"]),
    ("百园百校万企创新合作行动", "Initiative"),
    ("人工智能", "Industry"),
    (ZGC, "Zone"),
    ("新一代信息技术", "Industry"),
    (ZJ, "Zone", ["上海张江"]),
    ("集成电路", "Industry"),
    (DH, "Zone", ["武汉东湖"]),
    ("光电子信息", "Industry"),
    ("量子信息", "Industry"),
    ("人形机器人", "Industry"),
    ("下一代互联网", "Industry"),
], [
    (MIIT, "cooperatesWith", MOE),
    (MIIT, "cooperatesWith", MOST),
    (ZGC, "focusesOn", "新一代信息技术"),
    (ZJ, "focusesOn", "集成电路"),
    (DH, "focusesOn", "光电子信息"),
], must_not_merge=[
    (MIIT, MOST),
    (MOE, MOST),
    ("人工智能", "新一代信息技术"),
])

# 3. Weihai high-tech zone 2024 ten campaigns (中国高新技术产业导报 round-up ⑤), 2024-02-06
WH = "威海高新区"
doc("2024-02-weihai-hi-tech-zone-2024-ten-campaigns.txt", [
    ("中国高新技术产业导报", "Enterprise"),
    (WH, "Zone"),
    ("2023年度威海高新区总结表彰大会", "Event"),
    ("电子信息", "Industry"),
    ("汽车电子", "Industry"),
    ("卫星空间技术", "Industry"),
    ("半导体", "Industry"),
    ("打印机", "Industry"),
    ("医疗器械", "Industry"),
    ("医用成像器械", "Industry"),
    ("介入植入器械", "Industry"),
    ("大健康", "Industry"),
    ("新材料", "Industry"),
    ("碳纤维", "Industry"),
    ("医用新材料", "Industry"),
    ("纺织新材料", "Industry"),
    ("金属新材料", "Industry"),
    ("专家咨询委员会", "GovernmentBody"),
    ("十强产业", "Initiative"),
], [
    (WH, "hosts", "2023年度威海高新区总结表彰大会"),
    (WH, "focusesOn", "电子信息"),
    (WH, "focusesOn", "汽车电子"),
    (WH, "focusesOn", "卫星空间技术"),
    (WH, "focusesOn", "半导体"),
    (WH, "focusesOn", "打印机"),
    (WH, "focusesOn", "医疗器械"),
    (WH, "focusesOn", "医用成像器械"),
    (WH, "focusesOn", "介入植入器械"),
    (WH, "focusesOn", "大健康"),
    (WH, "focusesOn", "新材料"),
    (WH, "focusesOn", "碳纤维"),
    (WH, "focusesOn", "医用新材料"),
    (WH, "focusesOn", "纺织新材料"),
    (WH, "focusesOn", "金属新材料"),
    ("专家咨询委员会", "foundedBy", WH),
], must_not_merge=[
    (WH, "2023年度威海高新区总结表彰大会"),
    ("新材料", "医用新材料"),
    ("医疗器械", "医用成像器械"),
])

# 4. Weihai city government and the Beijing Gaoke university alliance sign a framework agreement (威海 news), 2018-07-02 (year est.)
BG = "北京高科大学联盟"
WHG = "威海市人民政府"
BGC = "北京高科威海科创城"
doc("2018-07-weihai-government-beijing-gaoke-university-alliance-agreement.txt", [
    (BG, "InnovationPlatform"),
    (WHG, "GovernmentBody", ["威海市政府", "市政府"]),
    ("北京高科大学联盟与威海市政府政产学研峰会", "Event"),
    ("南海新区", "Zone"),
    ("张惠", "Person"),
    ("王亚杰", "Person"),
    (BGC, "Zone"),
    ("傅广照", "Person"),
    ("吴宏飞", "Person"),
    ("张海军", "Person"),
], [
    (WHG, "cooperatesWith", BG),
    (BGC, "coBuiltBy", WHG),
    (BGC, "coBuiltBy", BG),
    (BG, "ledBy", "王亚杰"),
    (WHG, "ledBy", "张惠"),
], must_not_merge=[
    (BG, BGC),
    (WHG, BGC),
    (BG, "北京高科大学联盟与威海市政府政产学研峰会"),
])

# 5. Chongqing municipal government and CAS sign a strategic cooperation agreement, 2020-12-15 (year est.)
CQG = "重庆市人民政府"
CAS = "中国科学院"
CQSC = "中科院重庆科学中心"  # canonical name of an earlier training set; this text writes the full form
WSC = "西部(重庆)科学城"
doc("2020-12-chongqing-government-cas-strategic-cooperation-agreement.txt", [
    (CQG, "GovernmentBody", ["市政府"]),
    ("中共重庆市委员会", "GovernmentBody", ["市委"]),
    (CAS, "ResearchInstitute"),
    ("唐良智", "Person"),
    ("侯建国", "Person"),
    ("张涛", "Person"),
    ("熊雪", "Person"),
    ("陈敏尔", "Person"),
    ("中国共产党第十九届中央委员会第五次全体会议", "Event", ["党的十九届五中全会"]),
    ("成渝地区双城经济圈建设规划纲要", "Policy"),
    (WSC, "Zone"),
    (CQSC, "ResearchInstitute", ["中国科学院重庆科学中心"]),
    ("大数据智能化", "Industry"),
    ("生物医学", "Industry"),
    ("新材料", "Industry"),
    ("生态环境", "Industry"),
], [
    (CQG, "cooperatesWith", CAS),
    (CQSC, "coBuiltBy", CQG),
    (CQSC, "coBuiltBy", CAS),
    (CQSC, "locatedIn", WSC),
    (CQSC, "focusesOn", "大数据智能化"),
    (CQSC, "focusesOn", "生物医学"),
    (CQSC, "focusesOn", "新材料"),
    (CQSC, "focusesOn", "生态环境"),
    (CAS, "ledBy", "侯建国"),
    (CQG, "ledBy", "唐良智"),
], must_not_merge=[
    (CAS, CQSC),
    (WSC, CQSC),
    (CQG, "中共重庆市委员会"),
])

# 6. Yantai: signing of the automotive lightweighting centre of the national lightweight-forming innovation centre, 2019-04-17 (year est.)
QC = "国家轻量化材料成形技术及装备创新中心汽车轻量化中心"
NLC = "国家轻量化材料成形技术及装备创新中心"
JK = "北京机科国创轻量化科学研究院有限公司"
YTIT = "烟台市工业和信息化局"
YTGW = "烟台高新技术产业开发区管理委员会"
YTZ = "烟台高新技术产业开发区"
doc("2019-04-yantai-automotive-lightweighting-centre-agreement.txt", [
    (QC, "InnovationPlatform", ["汽车轻量化中心"]),
    (QC + "签约仪式", "Event"),
    ("烟台东山宾馆", "Facility"),
    (JK, "ResearchInstitute", ["轻量化院"]),
    ("单忠德", "Person"),
    ("杜兵", "Person"),
    ("张代令", "Person"),
    (YTZ, "Zone", ["烟台高新区", "烟台市高新区"]),
    ("于东", "Person"),
    (YTIT, "GovernmentBody", ["烟台市工信局"]),
    ("姜开", "Person"),
    ("董锐", "Person"),
    ("乔金仁", "Person"),
    ("于红绫", "Person"),
    ("刘丰", "Person"),
    (QC + "建设合作协议", "Policy"),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    ("中国制造2025", "Policy"),
    ("制造业创新中心建设工程", "Initiative"),
    (NLC, "InnovationPlatform"),
    (YTGW, "GovernmentBody", ["烟台高新技术产业开发区管委"]),
    ("先进成形技术与装备国家重点实验室", "Laboratory"),
    ("汽车轻量化材料", "Industry"),
    ("原材料", "Industry"),
    ("汽车及零部件", "Industry"),
], [
    (QC, "coBuiltBy", YTIT),
    (QC, "coBuiltBy", YTGW),
    (QC, "coBuiltBy", JK),
    (QC, "partOf", NLC),
    (QC, "locatedIn", YTZ),
    (QC, "focusesOn", "汽车轻量化材料"),
    (YTIT, "cooperatesWith", JK),
    (YTGW, "cooperatesWith", JK),
    (JK, "ledBy", "单忠德"),
    (YTGW, "ledBy", "于东"),
    (YTIT, "ledBy", "姜开"),
    ("中国制造2025", "issuedBy", "中华人民共和国国务院"),
    ("中国制造2025", "supports", "制造业创新中心建设工程"),
], must_not_merge=[
    (QC, NLC),
    (QC, QC + "签约仪式"),
    (QC, QC + "建设合作协议"),
    (YTZ, YTGW),
    (JK, NLC),
])

gold.write(HERE / "gold.jsonl")
