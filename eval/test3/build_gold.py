"""Writes eval/test3/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

BLIND TEST SET: people who write or tune the extractor must not read this file (see README.md, "The rule").

Run: .venv/bin/python eval/test3/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/test3/docs/")
doc = gold.doc


STATE_COUNCIL = "中华人民共和国国务院"
CPC19 = "中国共产党第十九次全国代表大会"
CPC20 = "中国共产党第二十次全国代表大会"

# 1. Hangzhou municipal government notice issuing the 14th five-year S&T plan (with the plan's opening), 2021-12-11
HZ_PLAN = "杭州市科学技术发展“十四五”规划"
HZ_GOV = "杭州市人民政府"
HZ_NIDZ = "杭州国家自主创新示范区"
doc("2021-12-hangzhou-sci-tech-14th-five-year-plan-notice.txt", [
    (HZ_PLAN, "Policy"),
    (HZ_GOV, "GovernmentBody"),
    ("浙江省科技创新发展“十四五”规划", "Policy"),
    ("杭州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "Policy"),
    ("人才引领发展战略", "Initiative", ["人才引领"], True),
    ("创新驱动发展战略", "Initiative"),
    (HZ_NIDZ, "Zone", ["国家自主创新示范区"]),
    ("国家新一代人工智能创新发展试验区", "Zone"),
    ("杭州城西科创大走廊", "Zone"),
    ("数字经济", "Industry"),
    ("生命健康", "Industry"),
    ("智能制造", "Industry"),
    ("阿里云", "Enterprise"),
    ("海康威视", "Enterprise", ["海康"]),
    ("贝达药业", "Enterprise"),
    ("浙江西湖高等研究院", "ResearchInstitute"),
    ("之江实验室", "Laboratory", ["之江"], True),
    ("湖畔实验室", "Laboratory", ["湖畔"], True),
    ("西湖实验室", "Laboratory", ["西湖"], True),
    ("良渚实验室", "Laboratory", ["良渚等四个省实验室"], True),
], [
    (HZ_PLAN, "issuedBy", HZ_GOV),
], must_not_merge=[
    (HZ_PLAN, "浙江省科技创新发展“十四五”规划"),
    (HZ_PLAN, "杭州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
    (HZ_NIDZ, "国家新一代人工智能创新发展试验区"),
    ("西湖实验室", "浙江西湖高等研究院"),
    ("阿里云", "之江实验室"),
    ("人才引领发展战略", "创新驱动发展战略"),
])

# 2. Zhejiang opinions on the Ningbo-Wenzhou national independent innovation demonstration zone (opening), 2018
NW = "宁波温州国家自主创新示范区"
NB, WZ = "宁波国家高新区", "温州国家高新区"
NW_REPLY = "国务院关于同意宁波、温州高新技术产业开发区建设国家自主创新示范区的批复"
NW_IND = ["新材料", "智能制造", "生命健康", "智能装备"]
doc("2018-zhejiang-ningbo-wenzhou-nidz-opinions-excerpt.txt", [
    (NW_REPLY, "Policy"),
    ("创新驱动发展战略", "Initiative"),
    (NW, "Zone", ["示范区"]),
    (CPC19, "Event", ["党的十九大"]),
    ("中国共产党第十九届中央委员会第二次全体会议", "Event", ["十九届二中"], True),
    ("中国共产党第十九届中央委员会第三次全体会议", "Event", ["三中全会"], True),
    (NB, "Zone", [], True),
    (WZ, "Zone"),
    ("大湾区战略", "Initiative"),
    *[(i, "Industry") for i in NW_IND],
], [
    (NB, "partOf", NW),
    (WZ, "partOf", NW),
    *[(NW, "focusesOn", i) for i in NW_IND],
], must_not_merge=[
    (NW, NB),
    (NW, WZ),
    (NB, WZ),
    (NW_REPLY, NW),
    ("中国共产党第十九届中央委员会第二次全体会议", "中国共产党第十九届中央委员会第三次全体会议"),
    ("智能制造", "智能装备"),
])

# 3. Shenzhen Guangming district government work report 2023 (opening), 2023-01-11
GM = "光明区"
GM_GOV = "光明区人民政府"
GMSC = "光明科学城"
SZ_GOV = "深圳市人民政府"
GM_OPIN = "深圳市人民政府关于支持光明科学城打造世界一流科学城的若干意见"
GM_PLAN = "深圳光明科学城总体发展规划"
GM_REG = "深圳经济特区光明科学城发展促进条例"
doc("2023-01-shenzhen-guangming-district-government-work-report-excerpt.txt", [
    (GM, "Zone", ["光明"]),
    (GM_GOV, "GovernmentBody", ["光明区一届人民政府", "光明区第一届人民政府"]),
    ("光明区第二届人民代表大会第一次会议", "Event"),
    ("邱浩航", "Person"),
    (CPC19, "Event", ["党的十九大"]),
    (CPC20, "Event", ["党的二十大"]),
    ("习近平", "Person"),
    ("中共深圳市委员会", "GovernmentBody", ["市委"]),
    (SZ_GOV, "GovernmentBody", ["市政府"]),
    ("中共深圳市光明区委员会", "GovernmentBody", ["区委"]),
    ("深圳市光明区人民代表大会", "GovernmentBody", ["区人大"]),
    ("中国人民政治协商会议深圳市光明区委员会", "GovernmentBody", ["区政协"]),
    ("大湾区综合性国家科学中心先行启动区", "Zone"),
    (GM_OPIN, "Policy"),
    (GMSC, "Zone", ["科学城"]),
    (GM_PLAN, "Policy"),
    (GM_REG, "Policy"),
], [
    (GM_GOV, "ledBy", "邱浩航"),
    (GM_OPIN, "issuedBy", SZ_GOV),
    (GM_OPIN, "supports", GMSC),
    (GM_REG, "supports", GMSC),
], must_not_merge=[
    (GM, GM_GOV),
    (GM, GMSC),
    (GMSC, GM_PLAN),
    (GMSC, GM_REG),
    (GM_OPIN, GM_REG),
    ("中共深圳市委员会", "中共深圳市光明区委员会"),
    ("光明区第二届人民代表大会第一次会议", "深圳市光明区人民代表大会"),
])

# 4. Beijing international S&T innovation centre regulation (2024), arts. 1-2, 10, 13-17
BJ_REG = "北京国际科技创新中心建设条例"
BJ_IC = "北京国际科技创新中心"
BJ_GOV = "北京市人民政府"
BJ_PLAN = "北京国际科技创新中心建设规划"
ZGC = "中关村国家自主创新示范区"
ZGC_SC, HR_SC, WL_SC, CX = "中关村科学城", "怀柔科学城", "未来科学城", "创新型产业集群示范区"
HR_NSC = "北京怀柔综合性国家科学中心"
JJJ_TIC = "京津冀国家技术创新中心"
doc("2024-beijing-international-sci-tech-innovation-centre-regulation-excerpt.txt", [
    (BJ_REG, "Policy"),
    ("北京市第十六届人民代表大会第二次会议", "Event"),
    (BJ_IC, "InnovationPlatform"),
    ("科教兴国战略", "Initiative"),
    ("人才强国战略", "Initiative"),
    ("创新驱动发展战略", "Initiative"),
    (JJJ_TIC, "InnovationPlatform"),
    ("京津冀协同创新共同体", "Initiative"),
    (ZGC, "Zone"),
    (ZGC_SC, "Zone"),
    (HR_SC, "Zone"),
    (WL_SC, "Zone"),
    (CX, "Zone"),
    ("国家服务业扩大开放综合示范区", "Zone"),
    ("中国(北京)自由贸易试验区", "Zone"),
    ("京津冀协同发展", "Initiative"),
    (BJ_GOV, "GovernmentBody", ["市人民政府"]),
    (BJ_PLAN, "Policy"),
    ("高精尖产业", "Industry"),
    (HR_NSC, "InnovationPlatform"),
], [
    (BJ_REG, "supports", BJ_IC),
    (BJ_REG, "supports", JJJ_TIC),
    (BJ_REG, "supports", "京津冀协同创新共同体"),
    (BJ_REG, "supports", HR_NSC),
    *[(z, "partOf", BJ_IC) for z in (ZGC, ZGC_SC, HR_SC, WL_SC, CX)],
    (BJ_IC, "cooperatesWith", "国家服务业扩大开放综合示范区"),
    (BJ_IC, "cooperatesWith", "中国(北京)自由贸易试验区"),
    (BJ_PLAN, "issuedBy", BJ_GOV),
    (ZGC, "focusesOn", "高精尖产业"),
    (CX, "focusesOn", "高精尖产业"),
    (HR_NSC, "locatedIn", HR_SC),
], must_not_merge=[
    (BJ_REG, BJ_IC),
    (BJ_IC, BJ_PLAN),
    (ZGC, ZGC_SC),
    (HR_SC, HR_NSC),
    (ZGC_SC, WL_SC),
    (CX, "国家服务业扩大开放综合示范区"),
    (JJJ_TIC, "京津冀协同创新共同体"),
    ("京津冀协同创新共同体", "京津冀协同发展"),
])

# 5. Ningbo Hangzhou Bay New Area regulation (2015), arts. 1-9 and 14-17; stored in GB18030
HB = "宁波杭州湾新区"
HB_C = "宁波杭州湾新区开发建设管理委员会"
HB_REG = "宁波杭州湾新区条例"
NB_GOV = "宁波市人民政府"
doc("2015-ningbo-hangzhou-bay-new-area-regulation-art1-9-14-17.txt", [
    (HB_REG, "Policy"),
    ("宁波市第十四届人民代表大会常务委员会第二十次会议", "Event", ["市十四届人大常委会第二十次会议"]),
    ("浙江省第十二届人民代表大会常务委员会第十八次会议", "Event", ["省十二届人大常委会第十八次会议"]),
    ("宁波市人民代表大会常务委员会", "GovernmentBody"),
    (HB, "Zone", ["新区"]),
    (HB_C, "GovernmentBody", ["新区管委会"]),
    (NB_GOV, "GovernmentBody"),
    ("浙江省人民政府", "GovernmentBody", ["省人民政府"]),
    ("慈溪市人民政府", "GovernmentBody"),
    ("产业结构调整指导目录", "Policy"),
], [
    (HB_REG, "supports", HB),
    (HB, "ledBy", HB_C),
    (HB_C, "partOf", NB_GOV),
], must_not_merge=[
    (HB, HB_C),
    (HB, HB_REG),
    (NB_GOV, "慈溪市人民政府"),
    ("宁波市人民代表大会常务委员会", "宁波市第十四届人民代表大会常务委员会第二十次会议"),
])

# 6. Zhejiang high-tech promotion regulation (2009, amended 2021), arts. 1-7, 10-11, 23-26: precision test
ZJ_REG = "浙江省高新技术促进条例"
ZJ_TT = "浙江省促进科技成果转化条例"
doc("2021-zhejiang-high-tech-promotion-regulation-excerpt.txt", [
    (ZJ_REG, "Policy"),
    ("浙江省第十一届人民代表大会常务委员会第十三次会议", "Event"),
    ("浙江省第十三届人民代表大会常务委员会第三十一次会议", "Event"),
    ("关于修改〈浙江省促进科技成果转化条例〉等七件地方性法规的决定", "Policy"),
    (ZJ_TT, "Policy"),
    ("浙江省人民政府", "GovernmentBody", ["省人民政府"]),
    ("政府采购自主创新产品目录", "Policy"),
    (NB_GOV, "GovernmentBody"),
], [
], must_not_merge=[
    (ZJ_REG, ZJ_TT),
    (ZJ_TT, "关于修改〈浙江省促进科技成果转化条例〉等七件地方性法规的决定"),
    ("浙江省第十一届人民代表大会常务委员会第十三次会议", "浙江省第十三届人民代表大会常务委员会第三十一次会议"),
    ("浙江省人民政府", NB_GOV),
])

# 7. Hangzhou Yuhang district science and technology bureau: 2024 work summary (opening), published 2025-03-27
YH = "余杭区"
YH_ZJ_PLAN = "环之江实验室创新生态圈建设行动方案"
YH_YN = "余杭区构筑科技成果转移转化首选地行动计划——“玉鸟计划”"
YH_PILOT = "省级教育科技人才一体改革试点"
YH_P1 = "探索博士层级的教科人一体化,打造双栖双创型人才培养新范式"
YH_P2 = "‘教科人一体化+开放融合创新’范式 打造人工智能创新高地"
YH_BASE = "天目山实验室成果转化基地"
doc("2025-03-hangzhou-yuhang-sci-tech-bureau-2024-work-summary-excerpt.txt", [
    (YH, "Zone", ["余杭"]),
    ("北京航空航天大学国际创新研究院", "ResearchInstitute"),
    (YH_ZJ_PLAN, "Policy"),
    ("之江实验室", "Laboratory"),
    ("良渚实验室", "Laboratory"),
    ("第二届博士生&博士后创新创业大赛", "Event"),
    (YH_P1, "Initiative"),
    (YH_P2, "Initiative"),
    (YH_PILOT, "Award"),
    (YH_YN, "Policy", ["玉鸟计划"]),
    (YH_BASE, "InnovationPlatform"),
    ("第七届浙江大学校友创新创业大赛", "Event"),
], [
    (YH_ZJ_PLAN, "issuedBy", YH),
    (YH_YN, "issuedBy", YH),
    (YH, "supports", "良渚实验室"),
    (YH, "hosts", "第二届博士生&博士后创新创业大赛"),
    (YH, "hosts", "第七届浙江大学校友创新创业大赛"),
    (YH_P1, "awarded", YH_PILOT),
    (YH_P2, "awarded", YH_PILOT),
    (YH_BASE, "locatedIn", YH),
], must_not_merge=[
    ("之江实验室", YH_ZJ_PLAN),
    ("之江实验室", "良渚实验室"),
    (YH, YH_YN),
    (YH_BASE, "之江实验室"),
    ("第二届博士生&博士后创新创业大赛", "第七届浙江大学校友创新创业大赛"),
    (YH_P1, YH_P2),
])

# 8. State Council reply approving the upgrade of Yongchuan hi-tech zone (Chongqing) to a national hi-tech zone, 国函〔2018〕48号
YC = "永川高新技术产业开发区"
YC_REPLY = "国务院关于同意永川高新技术产业开发区升级为国家高新技术产业开发区的批复"
doc("2018-02-state-council-reply-yongchuan-hi-tech-zone-upgrade.txt", [
    (YC_REPLY, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    ("重庆市人民政府", "GovernmentBody"),
    (YC, "Zone"),
    ("大安镇", "Zone"),
    ("中华人民共和国科学技术部", "GovernmentBody", ["科技部"]),
    ("中华人民共和国国土资源部", "GovernmentBody", ["国土资源部"]),
    ("中华人民共和国住房和城乡建设部", "GovernmentBody", ["住房城乡建设部"]),
    (CPC19, "Event", ["党的十九大"]),
    ("中国共产党中央委员会", "GovernmentBody", ["党中央"]),
    ("创新驱动发展战略", "Initiative"),
    ("大众创业、万众创新", "Initiative"),
], [
    (YC_REPLY, "issuedBy", STATE_COUNCIL),
    (YC, "partOf", "大安镇"),
], must_not_merge=[
    (YC, YC_REPLY),
    (YC, "大安镇"),
    ("中华人民共和国国土资源部", "中华人民共和国住房和城乡建设部"),
    (STATE_COUNCIL, "中国共产党中央委员会"),
])

# ---------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
