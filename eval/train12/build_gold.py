"""Writes eval/train12/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train12/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train12/docs/")
doc = gold.doc


def system(formula, members=None):
    """A number-formula system; ``members`` maps tier position -> member names (default: none)."""
    members = members or {}
    tiers = []
    for i, sym in enumerate(formula.split("+")):
        tiers.append({"symbol": sym, "declared": int(sym) if sym.isdigit() else None,
                      "members": list(members.get(i, []))})
    return {"formula": formula, "tiers": tiers}


# 1. Nanjing Jiangbei New Area, 8th anniversary of approval (人民网-江苏频道), 2023-06-28
JB = "江北新区"  # canonical name in eval/train gold (Zone)
BIOV = "南京江北新区生物医药谷"
SH = "世和基因"
JB_FIRMS = ["先声药业", "中科麒麟刀", "南微医学", "驯鹿生物"]
JB_INDUSTRIES = ["人工智能", "轨道交通", "新能源汽车"]
doc("2023-06-nanjing-jiangbei-new-area-8th-anniversary.txt", [
    ("人民网", "Enterprise"),
    (JB, "Zone", ["南京江北新区"]),
    *[(i, "Industry") for i in JB_INDUSTRIES],
    (BIOV, "Zone", ["生物医药谷"]),
    (SH, "Enterprise", ["世和"]),
    ("基因之城", "Initiative"),
    ("世和基因大厦", "Facility", ["基因大厦"]),
    ("2023全球独角兽榜单", "Award"),
    *[(f, "Enterprise") for f in JB_FIRMS],
], [
    *[(JB, "focusesOn", i) for i in JB_INDUSTRIES],
    (BIOV, "partOf", JB),
    (SH, "locatedIn", BIOV),
    (SH, "locatedIn", JB),
    (SH, "awarded", "2023全球独角兽榜单"),
    *[(f, "locatedIn", JB) for f in JB_FIRMS],
], systems=[
    system("3+3+X"),
], must_not_merge=[
    (JB, BIOV),
    (SH, "世和基因大厦"),
    ("基因之城", JB),
])

# 2. Qingdao hi-tech zone and new quality productive forces (青岛日报 / 观海新闻), 2024-04-06
QD = "青岛高新区"  # canonical name in eval/train gold
CMZS = "中国移动智算中心(青岛)"
CMDC = "中国移动(山东青岛)数据中心"
QD_FIRMS = ["青岛伟隆阀门股份有限公司", "道莅智远科技(青岛)有限公司", "力鼎智能装备(青岛)集团有限公司"]
QD_INDUSTRIES = ["生物医药", "医疗器械", "新一代信息技术", "智能制造"]
doc("2024-04-qingdao-hi-tech-zone-new-quality-productive-forces.txt", [
    (QD, "Zone"),
    ("青岛日报", "Enterprise"),
    ("观海新闻", "Enterprise"),
    ("周伟", "Person"),
    (CMZS, "Facility"),
    (CMDC, "Facility"),
    ("中国移动", "Enterprise"),
    ("人工智能", "Industry"),
    ("数字经济", "Industry"),
    *[(f, "Enterprise") for f in QD_FIRMS],
    *[(i, "Industry") for i in QD_INDUSTRIES],
], [
    (CMZS, "locatedIn", QD),
    (CMDC, "locatedIn", QD),
    (CMZS, "partOf", "中国移动"),
    *[(f, "locatedIn", QD) for f in QD_FIRMS],
    *[(QD, "focusesOn", i) for i in QD_INDUSTRIES],
], must_not_merge=[
    (CMZS, CMDC),
    (CMZS, "中国移动"),
    (CMDC, "中国移动"),
    ("青岛日报", "观海新闻"),
])

# 3. Changchun New Area as the province's innovation landmark (吉林日报 e-paper), 2023-07-14
CC = "长春新区"
CC_INDUSTRIES = [("生物医药", ["生物医药产业"]), ("光电信息", ["光电信息产业"]), ("新材料", ["新材料产业"])]
CCP = "长春精细化工新材料产业园"
doc("2023-07-changchun-new-area-innovation-landmark.txt", [
    (CC, "Zone"),
    ("吉林大学综合极端条件实验装置", "Facility"),
    ("吉林省科技创新研究院", "ResearchInstitute"),
    ("华为联合创新中心", "InnovationPlatform"),
    ("金赛药业", "Enterprise"),
    ("奥来德", "Enterprise"),
    ("捷翼汽车", "Enterprise"),
    *[(i, "Industry", a) for i, a in CC_INDUSTRIES],
    ("链长制", "Initiative"),
    (CCP, "Zone"),
    ("石化", "Industry", ["石化产业"]),
    ("壮药产业发展行动", "Initiative", ["壮药"], True),
    ("强光产业发展行动", "Initiative", ["强光"], True),
    ("聚材产业发展行动", "Initiative"),
    ("311现代化产业体系", "Initiative"),
], [
    ("吉林大学综合极端条件实验装置", "locatedIn", CC),
    ("吉林省科技创新研究院", "locatedIn", CC),
    ("华为联合创新中心", "locatedIn", CC),
    ("金赛药业", "locatedIn", CC),
    ("奥来德", "locatedIn", CC),
    ("捷翼汽车", "locatedIn", CC),
    *[(CC, "focusesOn", i) for i, _ in CC_INDUSTRIES],
    (CCP, "partOf", CC),
    (CCP, "focusesOn", "新材料"),
    (CCP, "focusesOn", "石化"),
], must_not_merge=[
    (CCP, "新材料"),
    ("吉林省科技创新研究院", "吉林大学综合极端条件实验装置"),
    ("壮药产业发展行动", "生物医药"),
    ("311现代化产业体系", CC),
])

# 4. Fuzhou hi-tech zone: groundbreaking at the Strait Innovation Laboratory (福建师范大学 repost of 福州日报), 2022-09-28
FZ = "福州国家高新技术产业开发区"  # canonical name in eval/train gold; the text writes 福州高新区
HX = "海峡创新实验室"
HXR = "海峡柔性电子(未来科技)研究院"
FZB = "福州高新区光电产业基地二期"
doc("2022-09-fuzhou-hi-tech-zone-strait-innovation-laboratory-groundbreaking.txt", [
    (FZ, "Zone", ["福州高新区"]),
    (HX, "Laboratory"),
    ("魏邦仲", "Person"),
    ("樊学双", "Person"),
    ("中共福建省委员会", "GovernmentBody", ["省委"]),
    ("福建省人民政府", "GovernmentBody", ["省政府"]),
    ("福州市人民政府", "GovernmentBody"),
    ("福建师范大学", "University"),
    ("黄维", "Person"),
    (HXR, "ResearchInstitute"),
    (FZB, "Facility"),
    ("上街镇", "Zone"),
], [
    (HX, "locatedIn", FZ),
    (HX, "foundedBy", "中共福建省委员会"),
    (HX, "foundedBy", "福建省人民政府"),
    (HX, "ledBy", "福州市人民政府"),
    (HX, "coBuiltBy", "福建师范大学"),
    (HX, "supportedBy", HXR),
    (HXR, "ledBy", "黄维"),
    (HXR, "partOf", "福建师范大学"),
    (FZB, "locatedIn", "上街镇"),
    (FZB, "locatedIn", FZ),
], must_not_merge=[
    (HX, HXR),
    (HXR, "福建师范大学"),
    (FZB, FZ),
    ("福建省人民政府", "福州市人民政府"),
])

# 5. Guangzhou Huangpu: GBA Biosafety Innovation Port opens (中新网广东 via jd.kbdb.cn), 2023-10-15
HP, GZKF = "黄埔区", "广州开发区"  # eval/dev2 names; one administration under two names, kept apart
BSP = "粤港澳大湾区生物安全创新港"
GKH = "广州开发区控股集团"
HP_PARTS = [("广州国际生物岛", ["生物岛"]), ("广州科学城", ["科学城"]), ("中新广州知识城", ["知识城"])]
HP_INDUSTRIES = [("生物医药", []), ("生物医药与健康", ["生物医药与健康产业"])]
doc("2023-10-guangzhou-huangpu-gba-biosafety-innovation-port-opens.txt", [
    ("中国新闻网", "Enterprise", ["中新网广东"]),
    (HP, "Zone", ["广州市黄埔区", "广州黄埔区"]),
    (GZKF, "Zone"),
    (BSP, "Zone"),
    *[(i, "Industry", a) for i, a in HP_INDUSTRIES],
    *[(z, "Zone", a) for z, a in HP_PARTS],
    (GKH, "Enterprise", ["广开控股"]),
    ("广州高新区科技控股集团", "Enterprise"),
    ("五个一战略", "Initiative"),
    ("严亦斌", "Person"),
], [
    (BSP, "partOf", HP),
    *[(z, "focusesOn", i) for z in (HP, GZKF) for i, _ in HP_INDUSTRIES],
    *[(part, "partOf", z) for part, _ in HP_PARTS for z in (HP, GZKF)],
    (BSP, "ledBy", GKH),
    (GKH, "ledBy", "严亦斌"),
], must_not_merge=[
    (HP, GZKF),
    (BSP, HP),
    ("生物医药", "生物医药与健康"),
    (GKH, GZKF),
    ("广州高新区科技控股集团", GZKF),
    ("广州科学城", "中新广州知识城"),
])

# 6. Jinan: CAS institutes and the CAS Jinan Sci-Tech City (文旅中国 via ex.mofangge.com), 2023-07-11
CASJN = "中科院济南科创城"
CASJN_INST = ["齐鲁中科电工先进电磁驱动技术研究院", "齐鲁中科光物理与工程技术研究院", "齐鲁中科泰山生态环境研究院",
              "齐鲁中科空间科学与应用研究院"]
QBZ = "济南新旧动能转换起步区"
ZKXJJ = "中科新经济科创园"
ZKXJJ_INST = ["济南先进动力研究所", "济南中科泛在智能计算研究院"]
doc("2023-07-jinan-cas-institutes-sci-tech-city.txt", [
    ("文旅中国", "Enterprise"),
    ("空天信息", "Industry", ["空天信息产业"]),
    ("中国科学院", "ResearchInstitute", ["中科院"]),
    (CASJN, "Zone"),
    *[(i, "ResearchInstitute") for i in CASJN_INST],
    (QBZ, "Zone"),
    (ZKXJJ, "Zone"),
    *[(i, "ResearchInstitute") for i in ZKXJJ_INST],
    ("齐鲁空天信息研究院", "ResearchInstitute"),
    ("齐鲁中科现代微生物技术研究院西部医学中心园区", "Facility"),
    ("电磁橇设施", "Facility"),
    ("大气环境模拟系统", "Facility"),
], [
    (CASJN, "coBuiltBy", "中国科学院"),
    *[(i, "locatedIn", CASJN) for i in CASJN_INST],
    (ZKXJJ, "partOf", QBZ),
    *[(i, "locatedIn", ZKXJJ) for i in ZKXJJ_INST],
], must_not_merge=[
    (CASJN, "中国科学院"),
    (ZKXJJ, QBZ),
    (ZKXJJ, CASJN),
    ("齐鲁空天信息研究院", "空天信息"),
    ("齐鲁中科空间科学与应用研究院", "齐鲁空天信息研究院"),
])

# 7. Foshan Nanhai: Sanlongwan digital sci-tech park topped out (佛山日报 on the 三龙湾 zone portal), 2024-01-10
NH = "南海区"
SLW = "三龙湾数智科创园"
FSIE = "佛山信息装备先进制造业产业园"
NH_TOWNS = [("九江镇", ["九江"]), ("丹灶镇", ["丹灶"]), ("狮山镇", ["狮山"]), ("里水镇", ["里水"])]
NH_INDUSTRIES = [("信息装备", ["信息装备制造业"]), ("新型显示装备", []), ("半导体装备", []), ("传感器装备", []),
                 ("显示材料", []), ("整机装备", [])]
doc("2024-01-foshan-nanhai-sanlongwan-digital-sci-tech-park-topped-out.txt", [
    ("佛山日报", "Enterprise"),
    (SLW, "Zone"),
    ("佛山市南海区信息装备制造产业规划发布暨启动区(三龙湾数智科创园首期)封顶仪式", "Event"),
    (NH, "Zone"),
    ("双十园区", "Initiative"),
    (FSIE, "Zone"),
    ("季华实验室", "Laboratory"),
    *[(t, "Zone", a, True) for t, a in NH_TOWNS],
    *[(i, "Industry", a) for i, a in NH_INDUSTRIES],
    ("桂城街道", "Zone"),
    ("南海产业集团", "Enterprise"),
    ("南海智立方园区开发有限公司", "Enterprise"),
    ("数字经济", "Industry"),
    ("先进制造", "Industry"),
], [
    (SLW, "partOf", FSIE),
    (SLW, "partOf", "桂城街道"),
    (FSIE, "partOf", NH),
    *[(NH, "focusesOn", i) for i, _ in NH_INDUSTRIES],
    (SLW, "foundedBy", "南海智立方园区开发有限公司"),
    ("南海智立方园区开发有限公司", "partOf", "南海产业集团"),
    (SLW, "focusesOn", "数字经济"),
    (SLW, "focusesOn", "先进制造"),
], must_not_merge=[
    (SLW, FSIE),
    (FSIE, "信息装备"),
    ("南海产业集团", "南海智立方园区开发有限公司"),
    (NH, "南海产业集团"),
    ("新型显示装备", "显示材料"),
])

# 8. Xiamen Torch hi-tech zone: opening of the party working committee's 2025 work report (xmtorch.xm.gov.cn), 2026-02-11
XM = "厦门国家高新技术产业开发区"  # canonical name in eval/train gold, alias 火炬高新区
XMSP = "厦门软件园"
XM_INDUSTRIES = ["新型显示", "集成电路", "第三代半导体"]
doc("2026-02-xiamen-torch-hi-tech-zone-2025-work-report-opening.txt", [
    ("中共厦门市委火炬高新区工委", "GovernmentBody"),
    (XM, "Zone", ["火炬高新区"]),
    ("中国共产党第二十次全国代表大会", "Event", ["党的二十大"]),
    ("中共厦门市委员会", "GovernmentBody", ["市委"]),
    ("厦门市人民政府", "GovernmentBody", ["市政府"]),
    (XMSP, "Zone", ["软件园"]),
    ("互联网软件业", "Industry"),
    *[(i, "Industry") for i in XM_INDUSTRIES],
], [
    (XMSP, "partOf", XM),
    (XMSP, "focusesOn", "互联网软件业"),
    *[(XM, "focusesOn", i) for i in XM_INDUSTRIES],
], must_not_merge=[
    ("中共厦门市委火炬高新区工委", XM),
    ("中共厦门市委火炬高新区工委", "中共厦门市委员会"),
    (XMSP, XM),
    ("集成电路", "第三代半导体"),
])

# 9. Guangzhou: Western Returned Scholars Association's biomedicine returnee town unveiled (中新网), 2025-11-08 (year est.)
HGT = "欧美同学会海归小镇(广州·生物医药)"
HGT_FIRMS = ["百济神州", "康方生物", "诺诚健华"]
doc("2025-11-guangzhou-returned-scholars-biomedicine-town-unveiled.txt", [
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("蔡敏婕", "Person"),
    (HGT, "Zone", ["海归小镇"]),
    ("生物医药", "Industry"),
    ("中共广州市委统一战线工作部", "GovernmentBody", ["广州市委统战部"]),
    ("中新广州知识城", "Zone"),
    *[(f, "Enterprise") for f in HGT_FIRMS],
    ("生物医药与健康", "Industry"),
    ("欧美同学会", "GovernmentBody"),
    ("李民", "Person"),
], [
    (HGT, "focusesOn", "生物医药"),
    (HGT, "partOf", "中新广州知识城"),
    *[(f, "locatedIn", HGT) for f in HGT_FIRMS],
], must_not_merge=[
    (HGT, "欧美同学会"),
    (HGT, "中新广州知识城"),
    ("生物医药", "生物医药与健康"),
])

# 10. Zhuhai hi-tech zone: municipal key laboratories and university-enterprise joint labs (查策网 repost), end of 2025 (est.)
ZH = "珠海高新区"
ZH_LABS = [("宇航SoC芯片联合实验室", "中山大学", "航宇微科技"),
           ("跨域无人运载器联合实验室", "北京理工大学", "海鸥飞行汽车"),
           ("多域智能无人系统实验室", "北京理工大学", "云洲智能")]
doc("2025-12-zhuhai-hi-tech-zone-key-laboratories-joint-labs.txt", [
    (ZH, "Zone"),
    ("2025年度珠海市重点实验室认定名单", "Award"),
    ("中山大学", "University"),
    ("北京理工大学", "University", ["北理工"]),
    ("航宇微科技", "Enterprise"),
    ("海鸥飞行汽车", "Enterprise"),
    ("云洲智能", "Enterprise"),
    *[(lab, "Laboratory") for lab, _, _ in ZH_LABS],
], [
    *[(lab, "coBuiltBy", partner) for lab, uni, firm in ZH_LABS for partner in (uni, firm)],
    *[(lab, "locatedIn", ZH) for lab, _, _ in ZH_LABS],
    *[(ZH, "supports", lab) for lab, _, _ in ZH_LABS],
], must_not_merge=[
    ("跨域无人运载器联合实验室", "多域智能无人系统实验室"),
    ("宇航SoC芯片联合实验室", "航宇微科技"),
    ("2025年度珠海市重点实验室认定名单", ZH),
])

gold.write(HERE / "gold.jsonl")
