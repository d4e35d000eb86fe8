"""Writes eval/train33/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train33/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train33/docs/")
doc = gold.doc

# 1. HKUST Shanghai industry-education centre unveiled (上海市政府港澳事务办公室 site), 2025-01-23
HK = "香港科技大学"
HKSH = "香港科技大学上海产教融合中心"
XHG = "徐汇区人民政府"
CHJ = "漕河泾新兴技术开发区发展总公司"
doc("2025-01-hkust-shanghai-industry-education-centre-unveiled.txt", [
    (HKSH, "InnovationPlatform", ["港科大上海中心"]),
    (HK, "University", ["港科大"]),
    (XHG, "GovernmentBody", ["徐汇区政府"]),
    ("徐汇区", "Zone"),
    (CHJ, "Enterprise"),
    ("漕河泾新兴技术开发区", "Zone"),
    ("西岸国际人工智能中心", "Facility"),
    ("沪港合作会议第六次会议", "Event"),
    ("科大创新带", "Initiative"),
    ("复旦大学上海医学院", "University"),
    ("上海交通大学医学院", "University"),
    ("同济大学医学院", "University"),
    ("上海科技大学", "University"),
    ("解冬", "Person"),
    ("王平", "Person"),
    ("周亚明", "Person"),
    ("曹立强", "Person"),
    ("王华", "Person"),
    ("陈大立", "Person"),
    ("沈向洋", "Person"),
    ("叶玉如", "Person"),
], [
    ("西岸国际人工智能中心", "locatedIn", "徐汇区"),
    (HK, "cooperatesWith", XHG),
    (HK, "cooperatesWith", CHJ),
    (XHG, "cooperatesWith", CHJ),
    (HK, "cooperatesWith", "复旦大学上海医学院"),
    (HK, "cooperatesWith", "上海交通大学医学院"),
    (HK, "cooperatesWith", "同济大学医学院"),
    (HK, "cooperatesWith", "上海科技大学"),
    (HK, "ledBy", "叶玉如"),
], must_not_merge=[
    (HK, HKSH),
    (XHG, "徐汇区"),
    (CHJ, "漕河泾新兴技术开发区"),
    ("西岸国际人工智能中心", HKSH),
])

# 2. Tsinghua – Shanghai Electric joint institute unveiled (新清华 no. 2383), 2025-11-21
THU = "清华大学"
SE = "上海电气集团股份有限公司"
JI = "清华大学-上海电气集团股份有限公司先进制造与装备技术联合研究院"
doc("2025-11-tsinghua-shanghai-electric-joint-institute-unveiled.txt", [
    (JI, "ResearchInstitute", ["联合研究院"]),
    (THU, "University"),
    (SE, "Enterprise", ["上海电气集团"]),
    ("新清华", "Enterprise"),
    ("丙所", "Facility"),
    ("高端装备制造", "Industry", ["高端装备制造业"]),
    ("清华之友-上海电气奖学金", "Initiative"),
    ("曾嵘", "Person"),
    ("吴磊", "Person"),
    ("丘加友", "Person"),
    ("吴华强", "Person"),
    ("任艺林", "Person"),
    ("辛健", "Person"),
], [
    (JI, "coBuiltBy", THU),
    (JI, "coBuiltBy", SE),
    (JI, "ledBy", "吴华强"),
    (SE, "ledBy", "吴磊"),
    (JI, "focusesOn", "高端装备制造"),
    (THU, "cooperatesWith", SE),
], must_not_merge=[
    (JI, THU),
    (JI, SE),
    ("清华之友-上海电气奖学金", SE),
])

# 3. Zhengzhou hi-tech zone: 神玖天航 / 轻院研究院 / 创新协同中心 joint-lab agreement (021cf.cn repost), 2021-03 (est.)
SJ = "河南神玖天航新材料股份有限公司"
QY = "郑州轻院产业技术研究院"
ZZGX = "郑州高新技术产业开发区管理委员会"
XT = "郑州高新区管委会创新协同中心"
doc("2021-03-zhengzhou-hi-tech-zone-shenjiu-tianhang-light-industry-institute-lab.txt", [
    (SJ, "Enterprise", ["神玖天航", "河南神玖天航"]),
    (QY, "ResearchInstitute", ["郑州轻院产业技术研究院有限公司", "郑州轻大产业技术研究院", "轻院研究院"]),
    (XT, "GovernmentBody", ["高新区管委会创新协同中心", "高新区创新协同中心", "创新协同中心"]),
    (ZZGX, "GovernmentBody", ["郑州高新区管委会", "高新区管委会"]),
    ("郑州轻工业大学", "University"),
    ("姚五洲", "Person"),
    ("方少明", "Person"),
    ("王綮", "Person"),
    ("李泉涌", "Person"),
    ("李丽景", "Person"),
    ("焦守刚", "Person"),
    ("王德敏", "Person"),
], [
    (QY, "coBuiltBy", "郑州轻工业大学"),
    (QY, "coBuiltBy", ZZGX),
    (SJ, "cooperatesWith", QY),
    (SJ, "cooperatesWith", XT),
    (QY, "cooperatesWith", XT),
    (XT, "partOf", ZZGX),
    (XT, "ledBy", "焦守刚"),
    (SJ, "ledBy", "李泉涌"),
], must_not_merge=[
    (QY, "郑州轻工业大学"),
    (XT, ZZGX),
])

# 4. 聊城大学 and 东昌府区人民政府 sign agreements (聊城大学 site), 2022-10-14 (year est.)
LCU = "聊城大学"
DCF = "东昌府区人民政府"
doc("2022-10-liaocheng-university-dongchangfu-district-agreement.txt", [
    (LCU, "University"),
    (DCF, "GovernmentBody"),
    ("东昌府区", "Zone"),
    ("东昌府区•聊城大学深化校地合作协议", "Policy"),
    ("中国传统医学研究院", "ResearchInstitute"),
    ("东昌府智慧文旅联合创新研究院", "ResearchInstitute"),
    ("亿沣蔬粮种植产学研基地", "InnovationPlatform"),
    ("聊城大学-东昌府区协同创新基金", "Initiative"),
    ("聊城市人民政府", "GovernmentBody", ["聊城市政府"]),
    ("文化旅游业", "Industry"),
    ("东昌府区产教融合创新型数字化转型三型城区建设校地合作签约大会", "Event"),
    ("阿尔卡迪亚会议中心", "Facility"),
    ("马军权", "Person"),
    ("李超", "Person"),
    ("董胜军", "Person"),
    ("王昭风", "Person"),
    ("白青", "Person"),
], [
    (LCU, "cooperatesWith", DCF),
    ("中国传统医学研究院", "coBuiltBy", LCU),
    ("中国传统医学研究院", "coBuiltBy", DCF),
    ("东昌府智慧文旅联合创新研究院", "coBuiltBy", LCU),
    ("东昌府智慧文旅联合创新研究院", "coBuiltBy", DCF),
    ("亿沣蔬粮种植产学研基地", "coBuiltBy", LCU),
    ("亿沣蔬粮种植产学研基地", "coBuiltBy", DCF),
    ("聊城大学-东昌府区协同创新基金", "foundedBy", LCU),
    ("聊城大学-东昌府区协同创新基金", "foundedBy", DCF),
    (LCU, "cooperatesWith", "聊城市人民政府"),
    (LCU, "ledBy", "王昭风"),
], must_not_merge=[
    (DCF, "东昌府区"),
    ("聊城大学-东昌府区协同创新基金", LCU),
    ("东昌府区•聊城大学深化校地合作协议", DCF),
])

# 5. Shenzhen Institute of Advanced Polymer Materials unveiled (中国新闻网 via scitoday.cn), 2022-05-16
SP = "深圳先进高分子材料研究院"
CUHKSZ = "香港中文大学(深圳)"
SP_CENTRES = ["高端聚烯烃材料中心", "电子信息材料中心", "极端条件应用材料中心", "工业过程数字化中心"]
SP_FIELDS = ["高端新材料", "新能源", "生物医药", "航空航天", "高分子材料", "新材料"]
SP_PARTNERS = ["深圳信息职业技术学院", "巴斯夫", "深圳华畅医疗", "深圳长隆科技"]
doc("2022-05-shenzhen-advanced-polymer-materials-institute-unveiled.txt", [
    (SP, "ResearchInstitute"),
    (CUHKSZ, "University"),
    ("龙岗区", "Zone", ["龙岗"]),
    ("朱世平", "Person"),
    ("李卓文", "Person"),
    ("朱族英", "Person"),
    ("中国新闻网", "Enterprise", ["中新网"]),
    *[(c, "InnovationPlatform") for c in SP_CENTRES],
    ("高端新材料", "Industry"),
    ("新能源", "Industry"),
    ("生物医药", "Industry"),
    ("航空航天", "Industry"),
    ("高分子材料", "Industry"),
    ("新材料", "Industry", ["新材料产业"]),
    ("深圳信息职业技术学院", "University"),
    ("先进高分子材料产教融合平台共建框架协议", "Policy"),
    ("巴斯夫", "Enterprise", ["德国巴斯夫"]),
    ("深圳华畅医疗", "Enterprise"),
    ("深圳长隆科技", "Enterprise"),
], [
    (SP, "foundedBy", CUHKSZ),
    (SP, "ledBy", "朱世平"),
    *[(c, "partOf", SP) for c in SP_CENTRES],
    *[(SP, "focusesOn", i) for i in SP_FIELDS],
    *[(SP, "cooperatesWith", p) for p in SP_PARTNERS],
], must_not_merge=[
    (SP, CUHKSZ),
    (SP, "高分子材料"),
    ("高端新材料", "新材料"),
    ("电子信息材料中心", "高端聚烯烃材料中心"),
    (SP, "先进高分子材料产教融合平台共建框架协议"),
])

gold.write(HERE / "gold.jsonl")
