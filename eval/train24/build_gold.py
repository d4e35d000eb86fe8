"""Writes eval/train24/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train24/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train24/docs/")
doc = gold.doc

CPC20 = "中国共产党第二十次全国代表大会"  # seeds' canonical name (alias 党的二十大)
CPC20_3 = "中国共产党第二十届中央委员会第三次全体会议"  # train canonical name
CQ_PARTY, CQ_GOV = "中共重庆市委员会", "重庆市人民政府"

# 1. Fuling hi-tech zone (Chongqing): explanation of the draft policy measures for intelligent connected NEVs,
#    fl.gov.cn, 2026-02-27
FL, FL_FTZ = "涪陵高新区", "涪陵综保区"
FL_POL = "涪陵高新区(涪陵综保区)关于促进智能网联新能源汽车及关键零部件产业加快发展若干政策措施(征求意见稿)"
FL_PLAN = "重庆市建设世界级智能联新能源汽车产业集群发展规划(2022—2030年)"  # sic: "智能联" as written
FL_IND = "智能网联新能源汽车及关键零部件产业"
doc("2026-02-fuling-hi-tech-zone-intelligent-connected-nev-policy-draft-explanation.txt", [
    ("33618现代制造业产业集群体系", "Initiative"),
    (CQ_PARTY, "GovernmentBody", ["重庆市委"]),
    (CQ_GOV, "GovernmentBody", ["市政府"]),
    ("涪陵区", "Zone"),
    ("2349现代制造业集群体系", "Initiative"),
    (FL, "Zone", ["高新区"]),
    (FL_FTZ, "Zone"),
    ("智能网联汽车", "Industry"),
    (FL_PLAN, "Policy"),
    (FL_POL, "Policy", ["政策措施(征求意见稿)"]),
    (FL_IND, "Industry"),
], [
    (FL, "focusesOn", "智能网联汽车"),
    (FL_POL, "issuedBy", FL),
    (FL_POL, "issuedBy", FL_FTZ),
    (FL_POL, "focusesOn", FL_IND),
], must_not_merge=[
    (FL, FL_FTZ),
    (FL, "涪陵区"),
    ("33618现代制造业产业集群体系", "2349现代制造业集群体系"),
    ("智能网联汽车", FL_IND),
    (FL_POL, FL_PLAN),
    (CQ_PARTY, CQ_GOV),
])

# 2. Anhui: six provincial bodies issue the county auto-parts cluster action plan (2024-2027), repost news.luosi.com
AH_BODIES = [
    ("安徽省汽车办", ["省汽车办"]),
    ("安徽省发展和改革委员会", ["安徽省发展改革委", "省发展改革委"]),
    ("安徽省科学技术厅", ["安徽省科技厅", "省科技厅"]),
    ("安徽省工业和信息化厅", ["省工业和信息化厅"]),
    ("安徽省财政厅", ["省财政厅"]),
    ("安徽省商务厅", ["省商务厅"]),
]
AH_PLAN = "安徽省县域汽车零部件产业集群建设行动方案(2024—2027年)"
AH_NOTICE = "关于印发安徽省县域汽车零部件产业集群建设行动方案(2024—2027年)的通知"
AH_OPIN = "关于强化创新引领加快建设具有国际竞争力的新能源汽车产业集群的指导意见"
doc("2024-anhui-county-auto-parts-cluster-action-plan-notice.txt", [
    *[(b, "GovernmentBody", al) for b, al in AH_BODIES],
    (AH_NOTICE, "Policy"),
    (AH_PLAN, "Policy"),
    (AH_OPIN, "Policy", ["中共安徽省委 安徽省人民政府关于强化创新引领加快建设具有国际竞争力的新能源汽车产业集群的指导意见"]),
    ("中共安徽省委员会", "GovernmentBody", ["中共安徽省委", "省委"]),
    ("安徽省人民政府", "GovernmentBody", ["省政府"]),
    ("汽车零部件", "Industry"),
], [
    *[(AH_PLAN, "issuedBy", b) for b, _ in AH_BODIES],
    *[(AH_NOTICE, "issuedBy", b) for b, _ in AH_BODIES],
    (AH_OPIN, "issuedBy", "中共安徽省委员会"),
    (AH_OPIN, "issuedBy", "安徽省人民政府"),
    (AH_PLAN, "focusesOn", "汽车零部件"),
], must_not_merge=[
    (AH_PLAN, AH_NOTICE),
    (AH_PLAN, AH_OPIN),
    ("中共安徽省委员会", "安徽省人民政府"),
    ("安徽省汽车办", "安徽省工业和信息化厅"),
    ("安徽省发展和改革委员会", "安徽省商务厅"),
])

# 3. Chongqing hi-tech zone: 2023 work situation (opening of the 2024 report), gxq.cq.gov.cn, 2024-03-01
CQ = "重庆高新区"  # train canonical name (alias 西部科学城重庆高新区 as in eval/train16)
CQ_GZ, CQ_ZJ = "广州实验室重庆基地", "张江实验室重庆基地"
doc("2024-03-chongqing-hi-tech-zone-2023-work-situation-opening.txt", [
    (CPC20, "Event", ["党的二十大"]),
    (CQ, "Zone", ["西部科学城重庆高新区"]),
    (CQ_PARTY, "GovernmentBody", ["市委"]),
    (CQ_GOV, "GovernmentBody", ["市政府"]),
    ("成渝(金凤)综合性科学中心", "InnovationPlatform"),
    ("超瞬态实验装置", "Facility"),
    ("中子源科学装置", "Facility"),
    (CQ_GZ, "Laboratory", [], True),
    (CQ_ZJ, "Laboratory"),
], [
    ("超瞬态实验装置", "locatedIn", CQ),
    ("中子源科学装置", "locatedIn", CQ),
    (CQ_GZ, "locatedIn", CQ),
    (CQ_ZJ, "locatedIn", CQ),
], must_not_merge=[
    (CQ_GZ, CQ_ZJ),
    ("超瞬态实验装置", "中子源科学装置"),
    (CQ_PARTY, CQ_GOV),
    (CQ, "成渝(金凤)综合性科学中心"),
])

# 4. Weifang hi-tech zone 2023 year review (the zone's own account "新哥"), repost wegood.wang, 2023-12
WF = "潍坊高新区"  # the text only writes 高新区 (the zone's short self-name in its own publication)
WF_PARKS = ["联东U谷·潍坊元宇宙配套产业园", "新食代预制食品科创谷", "现代服务业产业园", "细胞产业园",
            "磁悬浮动力装备产业园", "海王智慧医药产业基地", "潍坊顺丰丰泰产业园"]
WF_IN = ["潍柴", "歌尔", "天瑞重工", "诺一迈尔", "歌尔元宇宙创新中心",
         "虚拟现实共性技术文化和旅游部技术创新中心", "昌威综合运营中心"]
doc("2023-12-weifang-hi-tech-zone-2023-year-review.txt", [
    (WF, "Zone", ["高新区"]),
    ("潍柴", "Enterprise"),
    ("歌尔", "Enterprise"),
    ("天瑞重工", "Enterprise"),
    ("动力装备", "Industry"),
    ("元宇宙", "Industry"),
    ("磁悬浮", "Industry"),
    *[(p, "Zone") for p in WF_PARKS],
    ("歌尔元宇宙创新中心", "InnovationPlatform"),
    ("诺一迈尔", "Enterprise"),
    ("虚拟现实共性技术文化和旅游部技术创新中心", "InnovationPlatform"),
    ("昌威综合运营中心", "Facility"),
    ("减证便民", "Initiative"),
], [
    (WF, "focusesOn", "动力装备"),
    (WF, "focusesOn", "元宇宙"),
    (WF, "focusesOn", "磁悬浮"),
    ("潍柴", "focusesOn", "动力装备"),
    ("歌尔", "focusesOn", "元宇宙"),
    ("天瑞重工", "focusesOn", "磁悬浮"),
    *[(p, "partOf", WF) for p in WF_PARKS],
    *[(e, "locatedIn", WF) for e in WF_IN],
], must_not_merge=[
    ("歌尔", "歌尔元宇宙创新中心"),
    ("磁悬浮", "磁悬浮动力装备产业园"),
    ("元宇宙", "联东U谷·潍坊元宇宙配套产业园"),
    ("现代服务业产业园", "细胞产业园"),
    (WF, "潍坊顺丰丰泰产业园"),
])

# 5. Anhui provincial government approves renamings; list of Anhui's 20 provincial-and-above hi-tech zones
#    (凤凰网安徽 via 360doc), 2019-02-27
AH_NAT = ["合肥高新区", "芜湖高新技术产业开发区", "蚌埠高新技术产业开发区", "马鞍山慈湖高新技术产业开发区",
          "铜陵狮子山高新技术产业开发区", "淮南高新技术产业开发区"]
AH_PROV = ["安徽安庆高新技术产业开发区", "安徽阜阳界首高新技术产业开发区", "安徽滁州高新技术产业开发区",
           "安徽池州高新技术产业开发区", "合肥新站高新技术产业开发区", "安徽宣城高新技术产业开发区",
           "安徽合肥庐江高新技术产业开发区", "安徽博望高新技术产业开发区", "安徽宿州高新技术产业开发区"]
doc("2019-02-anhui-hi-tech-zones-renaming-approvals-list.txt", [
    ("凤凰网安徽", "Enterprise"),
    ("安徽省人民政府", "GovernmentBody", ["安徽省政府"]),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    ("苏滁现代产业园", "Zone"),
    ("中新苏滁高新技术产业开发区", "Zone"),
    ("黄山经开区", "Zone"),
    ("黄山高新技术产业开发区", "Zone", ["安徽黄山高新技术产业开发区"]),
    ("裕安经开区", "Zone"),
    ("六安高新技术产业开发区", "Zone", ["安徽六安高新技术产业开发区"]),
    ("亳州经开区", "Zone"),
    ("亳州高新技术产业开发区", "Zone"),
    ("合肥高新区", "Zone", ["合肥高新技术产业开发区"]),
    *[(z, "Zone") for z in AH_NAT[1:]],
    *[(z, "Zone") for z in AH_PROV],
    ("安徽淮北高新技术产业开发区", "Zone", ["淮北高新区"]),
], [
], must_not_merge=[
    ("苏滁现代产业园", "中新苏滁高新技术产业开发区"),
    ("黄山经开区", "黄山高新技术产业开发区"),
    ("裕安经开区", "六安高新技术产业开发区"),
    ("亳州经开区", "亳州高新技术产业开发区"),
    ("合肥高新区", "合肥新站高新技术产业开发区"),
    ("合肥新站高新技术产业开发区", "安徽合肥庐江高新技术产业开发区"),
    ("安徽省人民政府", "中华人民共和国国务院"),
])

# 6. Wenzhou Lucheng district: notice issuing the big-incubator-cluster "百千万" action plan (2025-2027),
#    lucheng.gov.cn, 温鹿政办〔2025〕21号, 2025-06-12
LC_PLAN = "温州市鹿城区大孵化器集群建设百千万新三年行动计划(2025-2027年)"
LC_OFFICE = "温州市鹿城区人民政府办公室"
WZ_PLAN = "温州市大孵化器集群建设34520新三年行动计划的通知"  # the 《》 title as written
doc("2025-06-wenzhou-lucheng-big-incubator-cluster-action-plan-notice.txt", [
    (LC_PLAN, "Policy"),
    ("十届区政府第51次常务会议", "Event"),
    (LC_OFFICE, "GovernmentBody"),
    (CPC20_3, "Event", ["党的二十届三中全会"]),
    ("中共浙江省委员会", "GovernmentBody", ["省委"]),
    ("创新浙江大会", "Event"),
    ("中共温州市委员会", "GovernmentBody", ["市委"]),
    ("加快建设创新温州大会", "Event"),
    ("鹿城区", "Zone", ["鹿城"]),
    ("大孵化器集群战略", "Initiative"),
    (WZ_PLAN, "Policy"),
    ("创新驱动发展战略", "Initiative"),
], [
    (LC_PLAN, "issuedBy", LC_OFFICE),
    (LC_PLAN, "supports", "大孵化器集群战略"),
    (LC_PLAN, "supports", "鹿城区"),
    ("中共浙江省委员会", "hosts", "创新浙江大会"),
    ("中共温州市委员会", "hosts", "加快建设创新温州大会"),
], must_not_merge=[
    (LC_PLAN, WZ_PLAN),
    ("创新浙江大会", "加快建设创新温州大会"),
    ("中共浙江省委员会", "中共温州市委员会"),
    (LC_OFFICE, "十届区政府第51次常务会议"),
    (LC_PLAN, "大孵化器集群战略"),
])

# 7. Kaifeng (Henan): notice issuing the manufacturing high-quality-development plan and two support measures,
#    kaifeng.gov.cn, 2020-11-17
KF_PLAN = "开封市推动制造业高质量发展实施方案"
KF_FIN1 = "开封市制造业高质量发展若干财政支持措施"
KF_FIN2 = "开封市培育壮大主导产业若干财政支持措施"
HN_PLAN = "河南省推动制造业高质量发展实施方案"
KF_MEET = "市政府第48次常务会议"
doc("2020-11-kaifeng-manufacturing-high-quality-development-plan-notice.txt", [
    ("开封市人民政府", "GovernmentBody", ["市人民政府"]),
    (KF_PLAN, "Policy"),
    (KF_FIN1, "Policy"),
    (KF_FIN2, "Policy"),
    (KF_MEET, "Event"),
    ("中共河南省委办公厅", "GovernmentBody"),
    ("河南省人民政府办公厅", "GovernmentBody"),
    (HN_PLAN, "Policy"),
    ("中部地区崛起", "Initiative"),
    ("黄河流域生态保护和高质量发展", "Initiative"),
    ("制造业", "Industry"),
    ("智能制造", "Industry"),
    ("高端制造业", "Industry"),
], [
    ("开封市人民政府", "hosts", KF_MEET),
    (HN_PLAN, "issuedBy", "中共河南省委办公厅"),
    (HN_PLAN, "issuedBy", "河南省人民政府办公厅"),
    (KF_PLAN, "focusesOn", "制造业"),
    (KF_PLAN, "focusesOn", "智能制造"),
    (KF_PLAN, "focusesOn", "高端制造业"),
], must_not_merge=[
    (KF_PLAN, HN_PLAN),
    (KF_PLAN, KF_FIN1),
    (KF_FIN1, KF_FIN2),
    ("中共河南省委办公厅", "河南省人民政府办公厅"),
    ("开封市人民政府", KF_MEET),
    ("制造业", "高端制造业"),
])

gold.write(HERE / "gold.jsonl")
