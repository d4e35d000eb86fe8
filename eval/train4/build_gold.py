"""Writes eval/train4/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train4/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train4/docs/")
doc = gold.doc

STATE_COUNCIL = "中华人民共和国国务院"
MOST = "中华人民共和国科学技术部"


# 1. State Council reply: Urumqi, Changji, Shihezi hi-tech zones build a national innovation demonstration zone (2018)
UCS_REPLY = "国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复"
UCS_REQ = "关于支持乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的请示"
URUMQI, CHANGJI, SHIHEZI = "乌鲁木齐高新技术产业开发区", "昌吉高新技术产业开发区", "石河子高新技术产业开发区"
XJ_GOV, XPCC = "新疆维吾尔自治区人民政府", "新疆生产建设兵团"
doc("2018-11-state-council-reply-urumqi-changji-shihezi-nidz.txt", [
    (UCS_REPLY, "Policy"),
    (UCS_REQ, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (MOST, "GovernmentBody", ["科技部"]),
    (XJ_GOV, "GovernmentBody"),
    (XPCC, "GovernmentBody"),
    (URUMQI, "Zone", [], True),
    (CHANGJI, "Zone", [], True),
    (SHIHEZI, "Zone", ["石河子高新区"]),
    ("中国共产党第十九次全国代表大会", "Event", ["十九大"]),
    ("中国共产党中央委员会", "GovernmentBody", ["党中央"]),
    ("丝绸之路经济带", "Initiative"),
], [
    (UCS_REPLY, "issuedBy", STATE_COUNCIL),
    (UCS_REQ, "issuedBy", MOST),
    (UCS_REQ, "issuedBy", XJ_GOV),
    (UCS_REQ, "issuedBy", XPCC),
    *[(UCS_REPLY, "supports", z) for z in (URUMQI, CHANGJI, SHIHEZI)],
    *[(UCS_REQ, "supports", z) for z in (URUMQI, CHANGJI, SHIHEZI)],
], must_not_merge=[
    (UCS_REPLY, UCS_REQ),
    (URUMQI, CHANGJI),
    (CHANGJI, SHIHEZI),
    (XJ_GOV, XPCC),
    (STATE_COUNCIL, XJ_GOV),
])


# 2. Shaanxi provincial government reply approving Xunyang hi-tech zone (2016)
XY_REPLY = "陕西省人民政府关于同意建设旬阳高新技术产业开发区的批复"
XY_REQ = "关于申报创建省级高新技术产业开发区的请示"
XY = "旬阳高新技术产业开发区"
XY_BASES = ["旬阳县生态工业集中区", "吕河现代工业集中区"]
XY_IND = ["生物制品", "新型材料", "装备制造"]
doc("2016-09-shaanxi-reply-xunyang-hi-tech-zone.txt", [
    (XY_REPLY, "Policy"),
    ("陕西省人民政府", "GovernmentBody"),
    ("安康市人民政府", "GovernmentBody"),
    (XY_REQ, "Policy"),
    (XY, "Zone"),
    *[(b, "Zone") for b in XY_BASES],
    *[(i, "Industry") for i in XY_IND],
], [
    (XY_REPLY, "issuedBy", "陕西省人民政府"),
    (XY_REQ, "issuedBy", "安康市人民政府"),
    (XY_REPLY, "supports", XY),
    (XY, "foundedBy", "安康市人民政府"),
    ("安康市人民政府", "supports", XY),
    *[(b, "partOf", XY) for b in XY_BASES],
    *[(XY, "focusesOn", i) for i in XY_IND],
], must_not_merge=[
    (XY, "旬阳县生态工业集中区"),
    (XY_REPLY, XY_REQ),
    ("陕西省人民政府", "安康市人民政府"),
    (XY_REPLY, XY),
])


# 3. Gansu: four provincial hi-tech zones set up on the basis of existing development zones (2018 news on the reply)
GS_REPLY = "甘肃省人民政府关于同意设立张掖、民乐、金昌、玉门4个省级高新技术产业开发区的批复"
GS_OFFICE = "甘肃省人民政府办公厅"
GS_GROUP = "甘肃省开发区建设发展领导小组"
ZY_GOV, JC_GOV, JQ_GOV = "张掖市人民政府", "金昌市人民政府", "酒泉市人民政府"
GS_PAIRS = [  # (base zone, new hi-tech zone, founding city government)
    ("张掖经济技术开发区", "甘肃省张掖高新技术产业开发区", ZY_GOV),
    ("民乐生态工业园区", "甘肃省民乐高新技术产业开发区", ZY_GOV),
    ("金昌经济技术开发区", "甘肃省金昌高新技术产业开发区", JC_GOV),
    ("玉门经济开发区", "甘肃省玉门高新技术产业开发区", JQ_GOV),
]
doc("2018-01-gansu-four-provincial-hi-tech-zones-reply.txt", [
    (GS_REPLY, "Policy", ["批复"]),
    (GS_OFFICE, "GovernmentBody", ["甘肃省政府办公厅"]),
    (ZY_GOV, "GovernmentBody", [], True),
    (JC_GOV, "GovernmentBody", [], True),
    (JQ_GOV, "GovernmentBody"),
    *[(base, "Zone") for base, _, _ in GS_PAIRS],
    *[(new, "Zone") for _, new, _ in GS_PAIRS],
    ("中国开发区审核公告目录", "Policy"),
    (GS_GROUP, "GovernmentBody", ["省开发区建设发展领导小组"]),
], [
    (GS_REPLY, "issuedBy", GS_OFFICE),
    *[(GS_REPLY, "supports", new) for _, new, _ in GS_PAIRS],
    *[(base, "partOf", new) for base, new, _ in GS_PAIRS],
    *[(new, "foundedBy", gov) for _, new, gov in GS_PAIRS],
    *[(GS_GROUP, "supports", new) for _, new, _ in GS_PAIRS],
], must_not_merge=[
    *[(base, new) for base, new, _ in GS_PAIRS],
    ("甘肃省张掖高新技术产业开发区", "甘肃省民乐高新技术产业开发区"),
    (ZY_GOV, JC_GOV),
    (GS_REPLY, "中国开发区审核公告目录"),
    (GS_OFFICE, GS_GROUP),
])


# 4. Qingdao: biomedicine & medical-device park and precision-instrument park unveiled in Qingdao hi-tech zone (2023)
QD_BIO = "青岛市生物医药及医疗器械产业园"
QD_INS = "青岛市精密仪器仪表产业园"
QD_BIO_IND = ["生物医药", "医疗器械", "生物创新药", "罕见病药物", "体外诊断", "先进治疗设备", "康复医疗"]
QD_INS_IND = ["精密仪器仪表", "工业测控系统与装置", "实验分析仪器", "传感器及核心元器件"]
QD_PERSONS = ["陆治原", "赵豪志", "耿涛", "王国梁", "郝健", "常红军", "栾新", "王波"]
doc("2023-04-qingdao-biomedicine-and-instrument-parks-unveiled.txt", [
    (QD_BIO, "Zone", ["生物医药及医疗器械产业园"]),
    (QD_INS, "Zone", ["精密仪器仪表产业园"]),
    ("国药科技城", "Zone"),
    ("青岛高新区", "Zone", ["高新区"]),
    ("城阳区", "Zone"),
    ("医药器械片区", "Zone"),
    ("康复医疗片区", "Zone"),
    *[(i, "Industry") for i in QD_BIO_IND],
    *[(i, "Industry") for i in QD_INS_IND],
    *[(p, "Person") for p in QD_PERSONS],
    ("国药集团融资租赁公司", "Enterprise"),
    ("海克斯康制造智能", "Enterprise"),
    ("中科院青能所合成生物产业技术研究平台", "InnovationPlatform"),
    ("康复大学", "University"),
    ("山东省科学技术厅", "GovernmentBody", ["省科技厅"]),
    ("山东省工业和信息化厅", "GovernmentBody", ["省工信厅"]),
], [
    ("国药科技城", "partOf", QD_BIO),
    ("医药器械片区", "partOf", QD_BIO),
    ("康复医疗片区", "partOf", QD_BIO),
    *[(QD_BIO, "focusesOn", i) for i in QD_BIO_IND],
    *[(QD_INS, "focusesOn", i) for i in QD_INS_IND],
    ("国药集团融资租赁公司", "ledBy", "王国梁"),
], must_not_merge=[
    (QD_BIO, QD_INS),
    (QD_INS, "精密仪器仪表"),
    ("康复医疗片区", "康复医疗"),
    ("国药科技城", "国药集团融资租赁公司"),
    (QD_BIO, "医药器械片区"),
    ("青岛高新区", QD_BIO),
])


# 5. Ministry of Science and Technology: 2020 national high-tech industrialization bases (selection list, news)
MOST_NOTICE = "关于认定2020年国家高新技术产业化基地的通知"
BASES_2020 = [
    "北京经济技术开发区国家人工智能高新技术产业化基地",
    "邹平国家高端铝材高新技术产业化基地",
    "常熟国家汽车零部件高新技术产业化基地",
    "平顶山国家尼龙新材料高新技术产业化基地",
    "太仓国家汽车核心零部件高新技术产业化基地",
    "山西转型综合改革示范区国家智能制造高新技术产业化基地",
    "浏阳国家再制造高新技术产业化基地",
    "兰州新区国家装备制造高新技术产业化基地",
    "潼南国家智能终端高新技术产业化基地",
    "遂宁国家基础电子元器件高新技术产业化基地",
    "岳阳临港国家先进装备制造高新技术产业化基地",
]
doc("2020-10-most-national-hi-tech-industrialization-bases-2020.txt", [
    (MOST, "GovernmentBody", ["科技部"]),
    (MOST_NOTICE, "Policy", ["通知"]),
    *[(b, "InnovationPlatform") for b in BASES_2020],
], [
    (MOST_NOTICE, "issuedBy", MOST),
    *[(MOST_NOTICE, "supports", b) for b in BASES_2020],
], must_not_merge=[
    (BASES_2020[2], BASES_2020[4]),
    (BASES_2020[7], BASES_2020[10]),
    (MOST, MOST_NOTICE),
])


# 6. Dalian Yingeshi Science City opens (2024, repost of the official announcement)
YGS = "大连英歌石科学城"
YGS_LABS = ["能源催化转化全国重点实验室", "高性能精密制造全国重点实验室", "工业装备结构分析优化与CAE软件全国重点实验室",
            "海岸和近海工程国家重点实验室", "精细化工国家重点实验室", "辽宁滨海实验室", "辽宁黄海实验室", "大连凌水湾实验室"]
YGS_FIRMS = ["中触媒", "通用技术", "瓦轴"]
doc("2024-10-dalian-yingeshi-science-city-opens.txt", [
    (YGS, "Zone", ["英歌石科学城"]),
    ("大连先进光源大科学装置", "Facility"),
    ("中国科学院大学能源学院", "University"),
    *[(lab, "Laboratory") for lab in YGS_LABS],
    ("大连理工大学", "University"),
    ("中国科学院大连化学物理研究所", "ResearchInstitute", ["大连化物所"]),
    *[(f, "Enterprise") for f in YGS_FIRMS],
], [
    ("大连先进光源大科学装置", "locatedIn", YGS),
    ("中国科学院大学能源学院", "locatedIn", YGS),
    *[(lab, "locatedIn", YGS) for lab in YGS_LABS],
    (YGS, "supports", "辽宁滨海实验室"),
    (YGS, "supports", "辽宁黄海实验室"),
    *[(lab, "cooperatesWith", f) for lab in ("辽宁滨海实验室", "辽宁黄海实验室") for f in YGS_FIRMS],
], must_not_merge=[
    ("辽宁滨海实验室", "辽宁黄海实验室"),
    ("中国科学院大学能源学院", "中国科学院大连化学物理研究所"),
    ("能源催化转化全国重点实验室", "精细化工国家重点实验室"),
    (YGS, "大连先进光源大科学装置"),
    ("大连理工大学", "中国科学院大学能源学院"),
])


# 7. Guangzhou: plan for the national pharmaceutical export base (city government office, c. 2006)
GZ_PLAN = "广州市国家医药出口基地建设发展规划"
GZ_OFFICE = "广州市人民政府办公厅"
GZ_SCI = "广州科学城生物技术产业园"
GZ_PARKS = [GZ_SCI, "广州国际生物岛", "番禺医药工业园", "南沙生物医药产业区", "白云生物医药健康产业基地",
            "和龙生物服务岛", "流溪湾生物港", "从化医药化妆品基地"]
doc("2006-guangzhou-national-pharma-export-base-plan.txt", [
    (GZ_PLAN, "Policy", ["规划"]),
    (GZ_OFFICE, "GovernmentBody", ["广州市政府办公厅"]),
    *[(z, "Zone") for z in GZ_PARKS],
    ("生物医药", "Industry"),
], [
    (GZ_PLAN, "issuedBy", GZ_OFFICE),
    *[(GZ_PLAN, "supports", z) for z in GZ_PARKS],
    (GZ_SCI, "focusesOn", "生物医药"),
], must_not_merge=[
    (GZ_SCI, "白云生物医药健康产业基地"),
    ("广州国际生物岛", "和龙生物服务岛"),
    (GZ_PLAN, GZ_OFFICE),
])


# 8. Dezhou: master plan for the city's development zones issued by the municipal development and reform commission
DZ_PLAN = "德州市开发区总体发展规划"
DZ_NDRC = "德州市发展和改革委员会"
DZ_ETDZ = "德州经济技术开发区"
DZ_ZONES = [DZ_ETDZ, "德州运河经济开发区", "陵城区经济开发区", "齐河经济开发区", "德州高新技术产业开发区",
            "平原经济开发区", "临邑经济开发区"]
doc("2019-12-dezhou-development-zones-master-plan.txt", [
    ("王德鹏", "Person"),
    ("刘雅倩", "Person"),
    (DZ_NDRC, "GovernmentBody", ["市发改委"]),
    (DZ_PLAN, "Policy", ["规划"]),
    ("德州天衢新区", "Zone"),
    *[(z, "Zone") for z in DZ_ZONES],
], [
    (DZ_PLAN, "issuedBy", DZ_NDRC),
    *[(DZ_PLAN, "supports", z) for z in DZ_ZONES],
], must_not_merge=[
    (DZ_ETDZ, "德州高新技术产业开发区"),
    ("德州天衢新区", DZ_ETDZ),
    ("陵城区经济开发区", "德州运河经济开发区"),
    (DZ_PLAN, DZ_NDRC),
])

# ---------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
