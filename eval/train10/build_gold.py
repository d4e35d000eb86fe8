"""Writes eval/train10/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 10: government texts (notices issuing plans, a zone committee's overview, 认定 notices).
Run: .venv/bin/python eval/train10/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train10/docs/")
doc = gold.doc


# 1. Wenzhou Longwan district government + Wenzhou hi-tech zone committee: notice issuing the three-year plan of the
#    Daluoshan sci-tech corridor's Wenzhou hi-tech zone (Longwan) area (longwan.gov.cn), 2020
LW_GOV = "温州市龙湾区人民政府"
WZ_C = "温州高新区管理委员会"
LW_PLAN = "环大罗山科创走廊温州高新区(龙湾)片区建设三年行动计划(2020—2022年)"
LW_NOTICE = "关于印发" + LW_PLAN + "的通知"
DLS = "温州环大罗山科创走廊"
DLS_AREA = "环大罗山科创走廊温州高新区(龙湾)片区"
DLS_PLAN = "温州环大罗山科创走廊建设规划"
WZ_NIDZ = "温州国家自主创新示范区"
doc("2020-03-wenzhou-longwan-daluoshan-corridor-three-year-plan-notice.txt", [
    (LW_GOV, "GovernmentBody", ["区政府"]),
    (WZ_C, "GovernmentBody", ["管委会"]),
    (LW_NOTICE, "Policy"),
    (LW_PLAN, "Policy"),
    (DLS, "Zone", ["环大罗山科创走廊"]),
    (DLS_AREA, "Zone"),
    (DLS_PLAN, "Policy"),
    (WZ_NIDZ, "Zone", ["温州自创区", "国家自创区", "自创区"]),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    ("中共浙江省委员会", "GovernmentBody", ["省委"]),
    ("中国共产党第十九次全国代表大会", "Event", ["党的十九大"]),
    ("中国共产党浙江省第十四次代表大会", "Event", ["省第十四次党代会"]),
    ("八八战略", "Initiative"),
    ("五高工程", "Initiative"),
], [
    (LW_NOTICE, "issuedBy", LW_GOV),
    (LW_NOTICE, "issuedBy", WZ_C),
    (LW_PLAN, "issuedBy", LW_GOV),
    (LW_PLAN, "issuedBy", WZ_C),
    (LW_PLAN, "supports", DLS_AREA),
    (DLS_AREA, "partOf", DLS),
], must_not_merge=[
    (DLS, DLS_AREA),
    (LW_PLAN, LW_NOTICE),
    (DLS, DLS_PLAN),
    (LW_GOV, WZ_C),
    (WZ_NIDZ, DLS),
    ("中国共产党第十九次全国代表大会", "中国共产党浙江省第十四次代表大会"),
])


# 2. Shaoxing national hi-tech zone: overview written by its management committee (中国科技产业 2022年3期)
SX = "绍兴国家高新技术产业开发区"
SX_C = "绍兴高新技术产业开发区管理委员会"
SX_IND = ["集成电路", "生物医药", "装备制造", "检验检测"]
SX_FIRMS = ["中芯", "美新半导体", "长电绍兴", "金康普", "永泰生物"]
SX_VALLEYS = ["细胞治疗谷", "创新医药谷", "智能康复谷", "营养健康谷"]
SX_MEETING = "全省“万亩千亿”平台建设现场会"
doc("2022-03-shaoxing-hi-tech-zone-committee-development-overview.txt", [
    (SX, "Zone", ["绍兴高新区"]),
    (SX_C, "GovernmentBody", ["绍兴高新技术产业开发区管委会"]),
    ("中国科技产业", "Enterprise"),
    ("杭绍甬一体化示范区", "Zone"),
    ("绍兴滨海新区", "Zone", ["滨海新区"]),
    *[(i, "Industry") for i in SX_IND],
    ("1234制造业高质量发展行动计划", "Policy"),
    (SX_MEETING, "Event"),
    *[(f, "Enterprise") for f in SX_FIRMS],
    *[(v, "Zone") for v in SX_VALLEYS],
], [
    *[(SX, "focusesOn", i) for i in SX_IND],
    (SX, "hosts", SX_MEETING),
    *[(f, "locatedIn", SX) for f in SX_FIRMS],
    *[(v, "partOf", SX) for v in SX_VALLEYS],
], must_not_merge=[
    (SX, SX_C),
    (SX, "绍兴滨海新区"),
    (SX, "杭绍甬一体化示范区"),
    ("细胞治疗谷", "创新医药谷"),
    ("集成电路", "1234制造业高质量发展行动计划"),
])


# 3. Chongqing Kaizhou district government: notice issuing the work plan for creating a municipal hi-tech zone
#    (cqkz.gov.cn), 2020
KZ_GOV = "重庆市开州区人民政府"
KZ_PLAN = "重庆市开州区创建市级高新技术产业开发区工作方案"
KZ_NOTICE = "关于印发" + KZ_PLAN + "的通知"
doc("2020-06-chongqing-kaizhou-municipal-hi-tech-zone-work-plan-notice.txt", [
    (KZ_GOV, "GovernmentBody", ["区政府"]),
    (KZ_NOTICE, "Policy"),
    (KZ_PLAN, "Policy"),
    ("开州区", "Zone"),
    ("开州浦里新区", "Zone"),
    ("中共重庆市开州区委员会", "GovernmentBody", ["区委"]),
], [
    (KZ_NOTICE, "issuedBy", KZ_GOV),
    (KZ_PLAN, "issuedBy", KZ_GOV),
    (KZ_PLAN, "supports", "开州浦里新区"),
], must_not_merge=[
    ("开州区", KZ_GOV),
    (KZ_PLAN, KZ_NOTICE),
    ("开州区", "开州浦里新区"),
    (KZ_GOV, "中共重庆市开州区委员会"),
])


# 4. Zhejiang science and technology department: 2022 provincial new-type R&D institutions (浙科发基〔2022〕65号), 2023
doc("2023-01-zhejiang-provincial-new-type-rd-institutions-2022-list-notice.txt", [
    ("浙江省人民政府办公厅关于加快建设高水平新型研发机构的若干意见", "Policy"),
    ("浙江省白马湖实验室有限公司", "Enterprise"),
    ("省级新型研发机构", "Award", ["2022年度省级新型研发机构"]),
    ("浙江省科学技术厅", "GovernmentBody"),
], [
    ("浙江省白马湖实验室有限公司", "awarded", "省级新型研发机构"),
], must_not_merge=[
    ("省级新型研发机构", "浙江省人民政府办公厅关于加快建设高水平新型研发机构的若干意见"),
])


# 5. Foshan science and technology bureau: 2024 municipal key laboratories, 2024
FS = "佛山市科学技术局"
FS_NOTICE = "关于认定2024年度佛山市重点实验室的通知"
doc("2024-03-foshan-municipal-key-laboratories-2024-notice.txt", [
    (FS, "GovernmentBody"),
    (FS_NOTICE, "Policy"),
    ("佛山市研发机构建设管理办法", "Policy"),
    ("佛山市海洋光学关键技术重点实验室", "Laboratory"),
], [
    (FS_NOTICE, "issuedBy", FS),
    (FS_NOTICE, "supports", "佛山市海洋光学关键技术重点实验室"),
], must_not_merge=[
    (FS_NOTICE, "佛山市研发机构建设管理办法"),
    (FS, FS_NOTICE),
])

gold.write(HERE / "gold.jsonl")
