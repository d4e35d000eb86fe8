"""Writes eval/dev3/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/dev3/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/dev3/docs/")
doc = gold.doc


STATE_COUNCIL = "中华人民共和国国务院"
MOST = "中华人民共和国科学技术部"

# 1. Zheng-Luo-Xin national independent innovation demonstration zone regulation (Henan), arts. 1-11 (Markdown)
ZLX = "郑洛新国家自主创新示范区"
ZLX_REG = "郑洛新国家自主创新示范区条例"
ZZ, LY, XX = "郑州国家高新技术产业开发区", "洛阳国家高新技术产业开发区", "新乡国家高新技术产业开发区"
ZZ_C, LY_C, XX_C = ZZ + "管理委员会", LY + "管理委员会", XX + "管理委员会"
ZLX_IND = ["大数据", "云计算", "人工智能", "区块链", "北斗应用", "高端装备制造", "新能源", "新能源汽车",
           "新材料", "生物医药", "生物育种"]
doc("2020-zhengluoxin-nidz-regulation-art1-11.md", [
    (ZLX_REG, "Policy"),
    ("河南省第十三届人民代表大会常务委员会第十九次会议", "Event"),
    (ZLX, "Zone", ["自主创新示范区"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (ZZ, "Zone", [], True),
    (LY, "Zone", [], True),
    (XX, "Zone"),
    ("河南省人民政府", "GovernmentBody", ["省人民政府"]),
    ("郑州市人民政府", "GovernmentBody", [], True),
    ("洛阳市人民政府", "GovernmentBody", [], True),
    ("新乡市人民政府", "GovernmentBody"),
    (ZZ_C, "GovernmentBody", [], True),
    (LY_C, "GovernmentBody", [], True),
    (XX_C, "GovernmentBody"),
    *[(i, "Industry") for i in ZLX_IND],
], [
    (ZLX_REG, "supports", ZLX),
    (ZZ, "partOf", ZLX),
    (LY, "partOf", ZLX),
    (XX, "partOf", ZLX),
    (ZLX, "ledBy", ZZ_C),
    (ZLX, "ledBy", LY_C),
    (ZLX, "ledBy", XX_C),
    *[(ZLX, "focusesOn", i) for i in ZLX_IND],
], must_not_merge=[
    (ZLX, ZZ),
    (ZZ, LY),
    (ZZ, ZZ_C),
    (XX, XX_C),
    ("河南省人民政府", "郑州市人民政府"),
    (ZLX_REG, ZLX),
    ("新能源", "新能源汽车"),
])


# 2. Ningbo national hi-tech zone 2007 work report (nbhtz.gov.cn), GB18030
NB = "宁波国家高新区"
NB_POL = "关于进一步加快宁波国家高新区发展的若干意见"
doc("2008-03-ningbo-national-hi-tech-zone-2007-work-report.txt", [
    (NB, "Zone", ["宁波高新区"]),
    (MOST, "GovernmentBody", ["科技部"]),
    ("中共宁波市委员会", "GovernmentBody", ["市委"]),
    ("宁波市人民政府", "GovernmentBody", ["市政府"]),
    ("中国共产党第十七次全国代表大会", "Event", ["十七大"]),
    (NB_POL, "Policy"),
], [
    (NB_POL, "issuedBy", "宁波市人民政府"),
    (NB_POL, "supports", NB),
], must_not_merge=[
    (NB, NB_POL),
    ("中共宁波市委员会", "宁波市人民政府"),
])

# 3. Chongqing hi-tech zone reply to a CPPCC proposal on the Western (Chongqing) Science City (gxq.cq.gov.cn)
WSC = "西部(重庆)科学城"
CQ_PLAN = "统筹推进西部(重庆)科学城“一核五区”高质量发展实施方案"
CQ_OFFICE = "重庆市推动西部(重庆)科学城建设工作领导小组办公室"
CQ_HTZ = "重庆高新区"
CQ_DISTRICTS = ["沙坪坝区", "九龙坡区", "北碚区", "江津区", "璧山区"]
CQ_PROPOSAL = "关于推进西部(重庆)科学城全域联动协同建设的建议"
doc("2022-04-chongqing-hi-tech-zone-reply-science-city-linkage.txt", [
    ("中国致公党重庆市委员会", "GovernmentBody", ["致公党市委会"]),
    (CQ_PROPOSAL, "Policy"),
    ("重庆市科学技术局", "GovernmentBody", ["市科技局"]),
    ("重庆市经济和信息化委员会", "GovernmentBody", ["市经济信息委"]),
    ("重庆市规划和自然资源局", "GovernmentBody", ["市规划自然资源局"]),
    ("重庆市商务委员会", "GovernmentBody", ["市商务委"]),
    *[("重庆市" + d + "人民政府", "GovernmentBody", [d + "政府"]) for d in CQ_DISTRICTS],
    (WSC, "Zone", ["科学城"]),
    (CQ_HTZ, "Zone"),
    *[(d, "Zone") for d in CQ_DISTRICTS],
    (CQ_PLAN, "Policy", ["实施方案"]),
    (CQ_OFFICE, "GovernmentBody"),
], [
    (CQ_PROPOSAL, "issuedBy", "中国致公党重庆市委员会"),
    (CQ_PLAN, "issuedBy", CQ_OFFICE),
    (CQ_PLAN, "issuedBy", CQ_HTZ),
    *[(CQ_PLAN, "issuedBy", d) for d in CQ_DISTRICTS],
    *[(CQ_HTZ, "cooperatesWith", d) for d in CQ_DISTRICTS],
    (CQ_PLAN, "supports", WSC),
], must_not_merge=[
    (CQ_HTZ, WSC),
    (WSC, CQ_OFFICE),
    (CQ_PLAN, CQ_PROPOSAL),
    ("沙坪坝区", "重庆市沙坪坝区人民政府"),
    ("璧山区", "重庆市璧山区人民政府"),
])

# 4. Notice issuing the "one core, five districts" plan of the Western (Chongqing) Science City (gxq.cq.gov.cn)
CQ_HTZ_C = "重庆高新技术产业开发区管理委员会"
doc("2021-11-chongqing-science-city-one-core-five-districts-notice.txt", [
    (CQ_OFFICE, "GovernmentBody"),
    (CQ_PLAN, "Policy"),
    (WSC, "Zone", ["科学城"]),
    *[("重庆市" + d + "人民政府", "GovernmentBody", [], True) for d in CQ_DISTRICTS[:-1]],
    ("重庆市璧山区人民政府", "GovernmentBody", ["璧山区人民政府"]),
    (CQ_HTZ_C, "GovernmentBody", ["重庆高新区管委会"]),
    ("西部(重庆)科学城2021年第16次党工委会议", "Event"),
], [
    (CQ_PLAN, "issuedBy", CQ_OFFICE),
    (CQ_PLAN, "supports", WSC),
], must_not_merge=[
    (WSC, CQ_OFFICE),
    (WSC, "西部(重庆)科学城2021年第16次党工委会议"),
    (CQ_HTZ_C, CQ_OFFICE),
])

# 5. Guangdong-Hong Kong-Macao Greater Bay Area collaborative innovation institute unveiled in Guangzhou hi-tech zone
GBA = "粤港澳大湾区协同创新研究院"
GBA_FIELDS = ["先进制造与高端装备", "光电子技术与系统", "新能源", "生物医学成像", "生物技术与生物医药", "环境保护"]
GBA_UNIS = ["香港大学", "香港科技大学", "澳门大学", "华南理工大学", "南方科技大学"]
doc("2017-12-guangzhou-gba-collaborative-innovation-institute-unveiled.txt", [
    (GBA, "ResearchInstitute"),
    ("广州高新区", "Zone"),
    *[(f, "Industry") for f in GBA_FIELDS],
    ("王茤祥", "Person"),
    *[(u, "University") for u in GBA_UNIS],
    ("大湾区著名高校协同创新备忘录", "Policy"),
    ("广东省科学技术厅", "GovernmentBody", ["广东省科技厅"]),
    ("广州市人民政府", "GovernmentBody"),
    ("北京协同创新研究院", "ResearchInstitute"),
], [
    (GBA, "locatedIn", "广州高新区"),
    *[(GBA, "focusesOn", f) for f in GBA_FIELDS],
    (GBA, "ledBy", "王茤祥"),
    *[(GBA, "cooperatesWith", u) for u in GBA_UNIS],
    *[(GBA, "coBuiltBy", b) for b in ["广东省科学技术厅", "广州市人民政府", "广州高新区", *GBA_UNIS, "北京协同创新研究院"]],
], must_not_merge=[
    (GBA, "北京协同创新研究院"),
    ("香港大学", "香港科技大学"),
    ("广州高新区", "广州市人民政府"),
    ("生物技术与生物医药", "生物医学成像"),
])

# 6. Shantou special economic zone science & technology innovation regulation (Guangdong), arts. 1-5, 9-11, 32-33, 40
ST_REG = "汕头经济特区科技创新条例"
ST = "汕头经济特区"
ST_IND = ["新能源", "新材料", "新一代电子信息", "纺织服装", "玩具创意", "大健康", "食品包装", "建筑"]
doc("2022-shantou-sez-sci-tech-innovation-regulation-excerpt.txt", [
    (ST_REG, "Policy"),
    ("汕头市第十五届人民代表大会常务委员会第五次会议", "Event"),
    (ST, "Zone", ["特区"]),
    ("汕头市人民政府", "GovernmentBody", [], True),
    *[(i, "Industry") for i in ST_IND],
    ("粤港澳大湾区国际科技创新中心", "InnovationPlatform"),
    ("一带一路", "Initiative"),
    ("汕头经济特区促进科技成果转化条例", "Policy"),
], [
    (ST_REG, "supports", ST),
    *[(ST, "focusesOn", i) for i in ST_IND],
], must_not_merge=[
    (ST_REG, "汕头经济特区促进科技成果转化条例"),
    (ST_REG, ST),
    ("汕头市人民政府", ST),
])

# ---------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
