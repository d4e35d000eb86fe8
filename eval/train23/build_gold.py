"""Writes eval/train23/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train23/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train23/docs/")
doc = gold.doc

ZJDRC = "浙江省发展和改革委员会"
ZJST = "浙江省科学技术厅"

# 1. Lishui "enclave economy": Xiaoshan–Longquan sci-tech park opens (意大利侨网 repost), 2024-09-12
XL = "萧龙科创园"
doc("2024-09-lishui-enclave-economy-xiaolong-sci-tech-park.txt", [
    (XL, "Zone"),
    ("萧龙科创园高质量发展大会暨萧龙科创园开园仪式", "Event"),
    ("萧山区", "Zone", ["萧山"]),
    ("龙泉市", "Zone", ["龙泉"]),
    ("浙江大学", "University", ["浙大"]),
    ("龙泉发布", "Enterprise"),
    ("意大利侨网", "Enterprise"),
    ("八八战略", "Initiative"),
    ("山海协作工程", "Initiative"),
], [
    (XL, "coBuiltBy", "萧山区"),
    (XL, "coBuiltBy", "龙泉市"),
    (XL, "coBuiltBy", "浙江大学"),
    ("萧山区", "cooperatesWith", "龙泉市"),
], must_not_merge=[
    (XL, "萧山区"),
    (XL, "龙泉市"),
    (XL, "萧龙科创园高质量发展大会暨萧龙科创园开园仪式"),
    ("龙泉市", "龙泉发布"),
])

# 2. Huzhou: Xisai Science Valley and the industrial-control national key lab (上海证券报 via eastmoney), 2025-05-12
XS = "西塞科学谷"
ICL = "工业控制技术全国重点实验室"
doc("2025-05-huzhou-xisai-science-valley-new-economy.txt", [
    ("上海证券报", "Enterprise"),
    ("苏东坡", "Person"),
    ("张志和", "Person"),
    ("颜真卿", "Person"),
    (XS, "Zone"),
    ("半导体", "Industry"),
    ("光电", "Industry"),
    ("新能源汽车及零部件", "Industry"),
    (ICL, "Laboratory"),
    ("湖州工业控制技术研究院", "ResearchInstitute"),
    ("卢建松", "Person"),
], [
    (XS, "focusesOn", "半导体"),
    (XS, "focusesOn", "光电"),
    (XS, "focusesOn", "新能源汽车及零部件"),
    (ICL, "locatedIn", XS),
], must_not_merge=[
    (ICL, "湖州工业控制技术研究院"),
    (ICL, XS),
])

# 3. Ningbo: ten new innovation platforms in a year, CAS deepens cooperation (中国宁波网 repost), 2023-12-19
NB_UNIS = ["清华大学", "浙江大学", "宁波东方理工大学", "北京大学", "复旦大学", "上海交通大学", "北京航空航天大学",
           "哈尔滨工业大学", "天津大学", "大连理工大学", "西北工业大学"]
doc("2023-12-ningbo-new-innovation-platforms-cas-cooperation.txt", [
    ("中国宁波网", "Enterprise"),
    ("时晓竹", "Person"),
    ("中国科学院", "ResearchInstitute"),
    ("中国石油化工集团公司", "Enterprise"),
    *[(u, "University") for u in NB_UNIS],
    ("中石化宁波新材料高端创新平台", "InnovationPlatform"),
    ("清华大学智能芯片与系统研究院", "ResearchInstitute"),
    ("人工智能省部共建协同创新中心(浙江大学)宁波中心", "InnovationPlatform"),
    ("宁波东方理工产业技术研究院", "ResearchInstitute"),
    ("中央经济工作会议", "Event"),
], [
], must_not_merge=[
    ("清华大学", "清华大学智能芯片与系统研究院"),
    ("浙江大学", "人工智能省部共建协同创新中心(浙江大学)宁波中心"),
    ("宁波东方理工大学", "宁波东方理工产业技术研究院"),
    ("中国石油化工集团公司", "中石化宁波新材料高端创新平台"),
])

# 4. Jiaxing Nanhu hi-tech zone (嘉兴科技城) releases the Qiuli knowledge-lake plan (人民日报海外版), 2024-04-29
JX = "嘉兴科技城"  # eval/train1 name; this text: 南湖高新区(嘉兴科技城)
QL = "槜李知识湖区"
doc("2024-04-jiaxing-nanhu-hi-tech-zone-qiuli-knowledge-lake.txt", [
    (JX, "Zone", ["南湖高新区", "嘉兴南湖高新区"]),
    ("人民日报海外版", "Enterprise"),
    (QL, "Zone"),
    ("槜李知识湖区规划", "Policy"),
    ("浙江清华长三角研究院", "ResearchInstitute", ["清华长三角研究院"]),
    ("斯达半导", "Enterprise"),
    ("昱能科技", "Enterprise"),
    ("博创科技", "Enterprise"),
    ("亚太路科创带", "Zone"),
], [
    ("槜李知识湖区规划", "issuedBy", JX),
    (QL, "partOf", JX),
    (QL, "partOf", "亚太路科创带"),
    ("斯达半导", "locatedIn", JX),
    ("昱能科技", "locatedIn", JX),
    ("博创科技", "locatedIn", JX),
], must_not_merge=[
    (QL, "槜李知识湖区规划"),
    (QL, JX),
    (QL, "亚太路科创带"),
])

# 5. Shaoxing: two "万亩千亿" platforms ranked 2nd and 4th (浙江日报 / 潮新闻 via dzwindows), 2023-06-26
IC = "绍兴集成电路万亩千亿新产业平台"  # name as in eval/train10
BIO = "绍兴滨海新区高端生物医药产业平台"
AWD = "2022年度万亩千亿新产业平台建设评价"
IC_FIRMS = ["中芯绍兴", "长电绍兴", "豪威科技"]
BIO_FIRMS = ["浙江医药", "越海百奥", "尚科生物", "歌礼药业"]
VALLEYS = ["细胞治疗谷", "创新医药谷", "智能康复谷", "营养健康谷"]
doc("2023-06-shaoxing-two-wanmu-qianyi-platforms-evaluation.txt", [
    ("浙江日报", "Enterprise"),
    ("潮新闻", "Enterprise"),
    ("王佳", "Person"),
    (ZJDRC, "GovernmentBody", ["浙江省发展改革委"]),
    (AWD, "Award"),
    (IC, "Zone", ["绍兴集成电路"], True),
    (BIO, "Zone", ["高端生物医药两大“万亩千亿”新产业平台"]),
    ("MEMS器件", "Industry"),
    ("集成电路", "Industry"),
    ("生物医药", "Industry"),
    *[(f, "Enterprise") for f in IC_FIRMS],
    *[(f, "Enterprise") for f in BIO_FIRMS],
    *[(v, "Zone") for v in VALLEYS],
], [
    (IC, "awarded", AWD),
    (BIO, "awarded", AWD),
    (IC, "focusesOn", "集成电路"),
    (IC, "focusesOn", "MEMS器件"),
    (BIO, "focusesOn", "生物医药"),
    *[(f, "locatedIn", IC) for f in IC_FIRMS],
    *[(f, "locatedIn", BIO) for f in BIO_FIRMS],
    *[(v, "partOf", BIO) for v in VALLEYS],
], must_not_merge=[
    (IC, BIO),
    (IC, "集成电路"),
    (BIO, "生物医药"),
    ("中芯绍兴", "长电绍兴"),
    (AWD, IC),
])

# 6. Jinhua: 浙中科创走廊 development plan released (浙江日报 via caixunnews), 2022-05-10
ZZ = "浙中科创走廊"
ZZP = "浙中科创走廊发展规划"
ZZ_CITIES = ["金华科技城", "义乌科技城", "师大创新城", "中央创新城", "光电创新城", "金兰创新城"]
ZZ_COUNTIES = ["东阳", "浦江", "磐安", "兰溪", "武义", "永康"]
ZZ_INDUSTRIES = ["信创", "广电光伏", "数字贸易", "现代中医药", "医疗机械", "现代农机装备"]
doc("2022-05-jinhua-zhezhong-sci-tech-corridor-plan-released.txt", [
    ("金华市人民政府", "GovernmentBody", ["金华市政府"]),
    (ZJDRC, "GovernmentBody", ["省发改委"]),
    (ZJST, "GovernmentBody", ["省科技厅"]),
    (ZZP, "Policy"),
    (ZZ, "Zone"),
    ("长三角G60科创走廊", "Zone"),
    *[(c, "Zone") for c in ZZ_CITIES],
    *[(c, "Zone") for c in ZZ_COUNTIES],
    *[(i, "Industry") for i in ZZ_INDUSTRIES],
    ("浙江日报", "Enterprise"),
], [
    (ZZP, "issuedBy", "金华市人民政府"),
    (ZZP, "issuedBy", ZJDRC),
    (ZZP, "issuedBy", ZJST),
    (ZZP, "supports", ZZ),
    (ZZ, "cooperatesWith", "长三角G60科创走廊"),
    *[(c, "partOf", ZZ) for c in ZZ_CITIES],
    *[(ZZ, "focusesOn", i) for i in ZZ_INDUSTRIES],
], must_not_merge=[
    (ZZ, ZZP),
    (ZZ, "长三角G60科创走廊"),
    ("金华科技城", "义乌科技城"),
    ("金华市人民政府", "金华科技城"),
    ("光电创新城", "广电光伏"),
])

# 7. Taizhou: notice issuing the 台州湾科创走廊 development plan (台州市人民政府 zjtz.gov.cn), 2022-11-14
TZ = "台州湾科创走廊"
TZP = "台州湾科创走廊发展规划"
TZN = "关于印发台州湾科创走廊发展规划的通知"
TZGOV = "台州市人民政府"
P14 = "浙江省科技创新发展“十四五”规划"
doc("2022-11-taizhou-bay-sci-tech-corridor-plan-notice.txt", [
    (TZGOV, "GovernmentBody", ["市政府"]),
    (ZJDRC, "GovernmentBody"),
    (ZJST, "GovernmentBody"),
    (TZN, "Policy"),
    (TZP, "Policy"),
    (TZ, "Zone"),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    ("中国共产党第十九届中央委员会第五次全体会议", "Event", ["党的十九届五中全会"]),
    ("中国共产党浙江省第十五次代表大会", "Event", ["浙江省第十五次党代会"]),
    ("八八战略", "Initiative"),
    (P14, "Policy"),
    ("绍兴科创走廊", "Zone", [], True),
    ("中共台州市委员会", "GovernmentBody", ["台州市委"]),
    ("中共浙江省委员会", "GovernmentBody", ["省委"]),
    ("中国共产党台州市第五届代表大会第五次会议", "Event", ["市五届五次党代会"]),
], [
    (TZN, "issuedBy", TZGOV),
    (TZN, "issuedBy", ZJDRC),
    (TZN, "issuedBy", ZJST),
    (TZP, "issuedBy", TZGOV),
    (TZP, "issuedBy", ZJDRC),
    (TZP, "issuedBy", ZJST),
    (TZP, "supports", TZ),
    (P14, "supports", TZ),
    (P14, "supports", "绍兴科创走廊"),
], must_not_merge=[
    (TZ, TZP),
    (TZN, TZP),
    (TZ, "绍兴科创走廊"),
    (TZGOV, "中共台州市委员会"),
    ("浙江省人民政府", "中共浙江省委员会"),
])

# 8. Lishui Economic and Technological Development Zone explores new tracks (中国新闻网 via baitongwang), 2025-03-19
LS = "丽水经济技术开发区"
LS_INDUSTRIES = ["半导体", "精密制造", "健康医药", "时尚产业", "数字经济"]
doc("2025-03-lishui-economic-development-zone-new-tracks.txt", [
    ("中国新闻网", "Enterprise"),
    (LS, "Zone", ["丽水经开区"]),
    ("中华人民共和国商务部", "GovernmentBody", ["商务部"]),
    ("国家级经开区综合排名", "Award"),
    ("半导体", "Industry", ["半导体全链条"]),
    *[(i, "Industry") for i in LS_INDUSTRIES[1:]],
    ("珠海航展", "Event"),
    ("浙江容祺科技有限公司", "Enterprise", ["容祺科技"]),
    ("氢动力无人机", "Industry"),
    ("航天航空", "Industry"),
], [
    (LS, "awarded", "国家级经开区综合排名"),
    *[(LS, "focusesOn", i) for i in LS_INDUSTRIES],
    ("浙江容祺科技有限公司", "locatedIn", LS),
    ("浙江容祺科技有限公司", "focusesOn", "氢动力无人机"),
    ("浙江容祺科技有限公司", "focusesOn", "航天航空"),
], must_not_merge=[
    (LS, "国家级经开区综合排名"),
    ("航天航空", "珠海航展"),
    ("数字经济", "半导体"),
])

gold.write(HERE / "gold.jsonl")
