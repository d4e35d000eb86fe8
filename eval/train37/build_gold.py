"""Writes eval/train37/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train37/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train37/docs/")
doc = gold.doc


# 1. Lanzhou hi-tech zone 2024 work meeting (中新网, mirror repost), 2024-01-31
LZ = "兰州高新区"
doc("2024-01-lanzhou-hi-tech-zone-2024-work-meeting.txt", [
    (LZ, "Zone"),
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("刘延新", "Person"),
    ("张敏", "Person"),
    ("芮文刚", "Person"),
    ("武永强", "Person"),
    ("兰州高新区2024年工作会议", "Event", ["2024年工作会议"]),
    ("国家高新区排名", "Award", ["综合排名"]),
    ("国家技术转移东部中心", "InnovationPlatform"),
    ("兰白张江科创飞地", "InnovationPlatform"),
    ("山东大学甘肃研究院", "ResearchInstitute"),
    ("兰州大学·高新西部药谷", "InnovationPlatform"),
    ("上海合作组织产业园区联盟", "InnovationPlatform"),
    ("高新技术企业倍增计划", "Initiative"),
], [
    (LZ, "hosts", "兰州高新区2024年工作会议"),
    (LZ, "ledBy", "武永强"),
    (LZ, "awarded", "国家高新区排名"),
    ("兰白张江科创飞地", "partOf", "国家技术转移东部中心"),
    ("兰白张江科创飞地", "locatedIn", LZ),
    ("山东大学甘肃研究院", "locatedIn", LZ),
    ("兰州大学·高新西部药谷", "locatedIn", LZ),
    (LZ, "cooperatesWith", "上海合作组织产业园区联盟"),
], must_not_merge=[
    ("兰白张江科创飞地", "国家技术转移东部中心"),
    (LZ, "兰州高新区2024年工作会议"),
    ("山东大学甘肃研究院", "兰州大学·高新西部药谷"),
])

# 2. Wuhu economic and technological development zone: 2022 report and 2023 plan, opening (repost 6dgww.com)
WH = "芜湖经济技术开发区"  # the report writes only 经开区 (its own short name); 芜湖市 is named
WH_FIRMS = ["奇瑞汽车", "美的集团", "信义集团", "长信科技", "楚江集团", "人本集团", "美的厨卫", "美智空调",
            "神剑新材料", "鑫科铜业"]
WH_TITLES = ["国家进口贸易促进创新示范区", "中国家电智能制造基地", "省级智能网联汽车特色产业园"]
doc("2022-wuhu-etdz-2022-report-and-2023-plan-opening.txt", [
    (WH, "Zone", ["经开区"]),
    ("中国共产党第二十次全国代表大会", "Event", ["党的二十大"]),
    *[(t, "Award") for t in WH_TITLES],
    ("国家级经开区综合排名", "Award", ["国家级开发区综合考评"]),
    ("省级以上开发区综合考评", "Award"),
    *[(f, "Enterprise") for f in WH_FIRMS],
    ("国家智能制造示范工厂", "Award"),
    ("国家智能制造优秀场景", "Award"),
    ("国家级制造业单项冠军企业", "Award"),
], [
    *[(WH, "awarded", t) for t in WH_TITLES],
    (WH, "awarded", "国家级经开区综合排名"),
    (WH, "awarded", "省级以上开发区综合考评"),
    *[(f, "locatedIn", WH) for f in WH_FIRMS],
    ("美的厨卫", "awarded", "国家智能制造示范工厂"),
    ("美智空调", "awarded", "国家智能制造优秀场景"),
    ("神剑新材料", "awarded", "国家级制造业单项冠军企业"),
    ("鑫科铜业", "awarded", "国家级制造业单项冠军企业"),
], must_not_merge=[
    ("美的集团", "美的厨卫"),
    ("国家级经开区综合排名", "省级以上开发区综合考评"),
    ("国家智能制造示范工厂", "国家智能制造优秀场景"),
    (WH, "省级智能网联汽车特色产业园"),
])

# 3. NDRC et al.: notice on the 28th batch of national enterprise technology centres (发改高技〔2022〕158号), 2022-02
ETC_NOTICE = "关于印发2021年(第28批)新认定及全部国家企业技术中心名单的通知"
ETC_RULES = "国家企业技术中心认定管理办法"
NDRC = "中华人民共和国国家发展和改革委员会"
MOST = "中华人民共和国科学技术部"
MOF = "中华人民共和国财政部"
GAC = "中华人民共和国海关总署"
STA = "国家税务总局"
doc("2022-02-ndrc-national-enterprise-technology-centres-28th-batch-notice.txt", [
    (ETC_NOTICE, "Policy"),
    (ETC_RULES, "Policy"),
    (NDRC, "GovernmentBody", ["国家发展改革委"]),
    (MOST, "GovernmentBody", ["科技部"]),
    (MOF, "GovernmentBody", ["财政部"]),
    (GAC, "GovernmentBody", ["海关总署"]),
    (STA, "GovernmentBody", ["税务总局"]),
    ("海关总署广东分署", "GovernmentBody"),
    ("海关总署天津特派办", "GovernmentBody", ["天津特派办"], True),
    ("海关总署上海特派办", "GovernmentBody", ["上海特派办"], True),
    ("北京华大九天科技股份有限公司", "Enterprise"),
    ("江苏天士力帝益药业有限公司", "Enterprise"),
], [
    (ETC_NOTICE, "issuedBy", NDRC),
    (ETC_RULES, "issuedBy", NDRC),
    (ETC_RULES, "issuedBy", MOST),
    (ETC_RULES, "issuedBy", MOF),
    (ETC_RULES, "issuedBy", GAC),
    (ETC_RULES, "issuedBy", STA),
], must_not_merge=[
    (ETC_NOTICE, ETC_RULES),
    (GAC, "海关总署广东分署"),
    ("海关总署天津特派办", "海关总署上海特派办"),
    (GAC, STA),
])

# 4. Dalian hi-tech zone committee: notice issuing the zone's 14th five-year outline + preface, 2021-05-18
DL = "大连高新区"
DL_CMTE = "大连高新区管理委员会"
DL_PLAN = "大连高新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
CN_PLAN = "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
LN_PLAN = "辽宁省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
DLC_PLAN = "大连市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
SD = "沈大国家自主创新示范区"
doc("2021-05-dalian-hi-tech-zone-14th-five-year-outline-notice.txt", [
    (DL, "Zone"),
    (DL_CMTE, "GovernmentBody"),
    (DL_PLAN, "Policy"),
    (CN_PLAN, "Policy"),
    (LN_PLAN, "Policy"),
    (DLC_PLAN, "Policy"),
    (SD, "Zone"),
    ("习近平", "Person"),
], [
    (DL_PLAN, "issuedBy", DL_CMTE),
    (DL, "partOf", SD),
], must_not_merge=[
    (DL, DL_CMTE),
    (DL, SD),
    (DL_PLAN, DLC_PLAN),
    (LN_PLAN, DLC_PLAN),
])

# 5. Wenzhou economic and technological development zone: 2021 work summary, items 一(一)–(三), 2022-03-02
WZ = "温州经济技术开发区"
OF1 = "瓯飞一期北片工程"
HCY1 = "海创园一期工程"
doc("2022-03-wenzhou-etdz-2021-work-summary-excerpt.txt", [
    (WZ, "Zone"),
    ("三大百日攻坚", "Initiative"),
    ("腾笼换鸟、凤凰涅槃", "Initiative"),
    ("国家科技进步奖", "Award"),
    (OF1, "Facility"),
    ("鲁班奖", "Award"),
    ("大禹奖", "Award"),
    (HCY1, "Facility"),
    ("钱江杯", "Award"),
    ("瓯飞起步区", "Zone"),
    ("浙江省自然资源厅", "GovernmentBody", ["省自然资源厅"]),
    ("昊域广场", "Facility"),
], [
    (WZ, "awarded", "国家科技进步奖"),
    (OF1, "awarded", "鲁班奖"),
    (OF1, "awarded", "大禹奖"),
    (HCY1, "awarded", "钱江杯"),
    (OF1, "locatedIn", WZ),
    (HCY1, "locatedIn", WZ),
    ("瓯飞起步区", "partOf", WZ),
    ("昊域广场", "locatedIn", WZ),
], must_not_merge=[
    (OF1, "瓯飞起步区"),
    ("鲁班奖", "大禹奖"),
    (WZ, "瓯飞起步区"),
])

# 6. MOST approves two province–ministry state key laboratories (中国日报网 report of two notices), 2020-05-21
L1 = "省部共建组分中药国家重点实验室"
L2 = "省部共建木本油料资源利用国家重点实验室"
N1 = "关于批准建设" + L1 + "的通知"
N2 = "关于批准建设" + L2 + "的通知"
doc("2020-05-most-two-province-ministry-state-key-laboratories-approved.txt", [
    (MOST, "GovernmentBody", ["科技部"]),
    (N1, "Policy"),
    (N2, "Policy"),
    (L1, "Laboratory"),
    (L2, "Laboratory"),
    ("天津中医药大学", "University"),
    ("张伯礼", "Person"),
    ("湖南省林业科学院", "ResearchInstitute"),
    ("李昌珠", "Person"),
    ("天津市人民政府", "GovernmentBody"),
    ("湖南省人民政府", "GovernmentBody"),
    ("刘垠", "Person"),
], [
    (N1, "issuedBy", MOST),
    (N2, "issuedBy", MOST),
    (L1, "coBuiltBy", "天津中医药大学"),
    (L1, "ledBy", "张伯礼"),
    (L2, "coBuiltBy", "湖南省林业科学院"),
    (L2, "ledBy", "李昌珠"),
    (L1, "coBuiltBy", "天津市人民政府"),
    (L2, "coBuiltBy", "湖南省人民政府"),
], must_not_merge=[
    (L1, L2),
    (N1, L1),
    (N2, L2),
    (L1, "天津中医药大学"),
    (L2, "湖南省林业科学院"),
])

# 7. Nanjing 2023 government work report: tasks (二)–(三), excerpt (compilation repost sucai198.com), 2023-01 (est.)
NJ_IND = ["电子信息", "汽车", "钢铁", "石化"]
doc("2023-nanjing-government-work-report-2023-tasks-excerpt.txt", [
    ("紫金山实验室", "Laboratory"),
    ("未来网络", "Industry"),
    ("6G", "Industry"),
    ("生物育种钟山实验室", "Laboratory"),
    ("南京现代综合交通实验室", "Laboratory", ["现代综合交通实验室"]),
    ("国家第三代半导体技术创新中心", "InnovationPlatform"),
    ("集成电路设计自动化技术创新中心", "InnovationPlatform"),
    ("南京麒麟科技城", "Zone", ["麒麟科技城"]),
    ("国家科创金融改革试验区", "Zone"),
    ("环紫金山科创带", "Zone"),
    ("江北新区创新带", "Zone"),
    ("中国科学院", "ResearchInstitute", ["中科院"]),
    *[(i, "Industry") for i in NJ_IND],
], [
    ("紫金山实验室", "focusesOn", "未来网络"),
    ("紫金山实验室", "focusesOn", "6G"),
], must_not_merge=[
    ("紫金山实验室", "环紫金山科创带"),
    ("国家第三代半导体技术创新中心", "集成电路设计自动化技术创新中心"),
    ("生物育种钟山实验室", "南京现代综合交通实验室"),
])

# @@NEXT@@

if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
