"""Writes eval/train46/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train46/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train46/docs/")
doc = gold.doc

# 1. 2025 Suzhou Advanced Materials Valley innovation conference (苏州市政府办公室 via js.gov.cn), 2025-05-29
SND = "苏州高新区"  # canonical name of eval/dev2 and eval/train7
VAL = "苏州先进材料谷"
PLAN1 = "苏州先进材料谷产业发展总体规划"
START = "苏州先进材料谷一期启动区"
VAL_INDUSTRIES = ["基础建材", "新材料", "高端装备"]
BASES = ["高端非金属材料产业基地", "新一代前沿材料产业基地", "先进金属与复合材料产业基地"]
doc("2025-05-suzhou-advanced-materials-valley-innovation-conference.txt", [
    ("2025苏州先进材料谷创新大会", "Event"),
    ("苏州市人民政府办公室", "GovernmentBody", ["苏州市政府办公室"]),
    (SND, "Zone"),
    (VAL, "Zone", ["先进材料谷"]),
    (PLAN1, "Policy"),
    *[(i, "Industry") for i in VAL_INDUSTRIES],
    *[(b, "Zone") for b in BASES],
    ("南京大学", "University"),
    ("中国建材集团", "Enterprise"),
    ("浒墅关经开区", "Zone"),
    ("苏州先进材料产业创新联盟", "InnovationPlatform"),
    (START, "Zone"),
    ("中国高岭土有限公司科创大厦", "Facility"),
], [
    (VAL, "partOf", SND),
    (START, "partOf", VAL),
    ("中国高岭土有限公司科创大厦", "locatedIn", START),
    (PLAN1, "supports", VAL),
    *[(VAL, "focusesOn", i) for i in VAL_INDUSTRIES],
    ("南京大学", "cooperatesWith", "中国建材集团"),
], must_not_merge=[
    (VAL, SND),
    (VAL, START),
    (VAL, PLAN1),
    (VAL, "2025苏州先进材料谷创新大会"),
    ("新材料", "新一代前沿材料产业基地"),
])

# 2. Southern Advanced Light Source: CSNS science centre signs with 8 HK/Macau universities (南方日报 repost), 2024-10-26
CSNS_C = "中国散裂中子源科学中心"
CSNS = "中国散裂中子源"
SALS = "南方先进光源"
HKM_UNIS = ["香港大学", "香港城市大学", "香港中文大学", "香港科技大学", "香港理工大学", "香港浸会大学",
            "澳门大学", "澳门科技大学"]
doc("2024-10-southern-advanced-light-source-hk-macau-universities.txt", [
    ("南方日报", "Enterprise"),
    ("吴雅楠", "Person"),
    ("南方先进光源指导委员会第三次会议", "Event"),
    (CSNS_C, "ResearchInstitute", ["散裂中子源科学中心"]),
    (SALS, "Facility"),
    *[(u, "University") for u in HKM_UNIS],
    ("粤港澳大湾区院士联盟", "InnovationPlatform"),
    ("京港学术交流中心", "ResearchInstitute"),
    (CSNS, "Facility"),
    ("中国散裂中子源二期工程", "Facility"),
    ("中国科学院高能物理研究所", "ResearchInstitute"),
    ("王生", "Person"),
], [
    (SALS, "coBuiltBy", CSNS_C),
    *[(SALS, "coBuiltBy", u) for u in HKM_UNIS],
    *[(CSNS_C, "cooperatesWith", u) for u in HKM_UNIS],
    (CSNS_C, "cooperatesWith", "粤港澳大湾区院士联盟"),
    (CSNS_C, "cooperatesWith", "京港学术交流中心"),
    (CSNS_C, "ledBy", "王生"),
], must_not_merge=[
    (CSNS, CSNS_C),
    (CSNS, "中国散裂中子源二期工程"),
    (CSNS_C, "中国科学院高能物理研究所"),
    (SALS, "南方先进光源指导委员会第三次会议"),
    (SALS, CSNS),
])

# 3. Huangpu / Guangzhou Development Zone sci-tech 14th five-year special plan (广州日报·花城+ via proxy), 2021-12-22
HP, GZKF, GZHT = "黄埔区", "广州开发区", "广州高新区"
PLAN3 = "广州市黄埔区、广州开发区科技创新“十四五”专项规划(2021-2025年)"
HP_AREAS = ["中新广州知识城", "广州科学城", "广州国际生物岛", "广州人工智能与数字经济试验区(鱼珠片区)",
            "穗港智造特别合作区"]
HP_PLATFORMS = ["航空轮胎大科学装置", "粤港澳大湾区国家技术创新中心", "黄埔实验室核心区", "人类细胞谱系大科学装置",
                "广州实验室"]
doc("2021-12-guangzhou-huangpu-sci-tech-14th-five-year-plan.txt", [
    (PLAN3, "Policy", ["规划"]),
    (HP, "Zone"),
    (GZKF, "Zone"),
    (GZHT, "Zone"),
    ("国家高新区排名", "Award", ["全国高新区排名"]),
    ("知识城广场", "Facility"),
    ("中新广州知识城", "Zone", ["知识城"]),
    ("广州科学城", "Zone", ["科学城"]),
    ("广州国际生物岛", "Zone", ["生物岛"]),
    ("广州人工智能与数字经济试验区(鱼珠片区)", "Zone"),
    ("穗港智造特别合作区", "Zone", ["广州穗港智造合作区"]),
    ("航空轮胎大科学装置", "Facility"),
    ("粤港澳大湾区国家技术创新中心", "InnovationPlatform"),
    ("黄埔实验室核心区", "Facility"),
    ("人类细胞谱系大科学装置", "Facility"),
    ("广州实验室", "Laboratory"),
], [
    *[(a, "partOf", z) for a in HP_AREAS for z in (HP, GZKF)],
    *[(p, "locatedIn", z) for p in HP_PLATFORMS for z in (HP, GZKF)],
], systems=[
    {"formula": "1+1+4+4+N", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "4", "declared": 4, "members": []},
        {"symbol": "4", "declared": 4, "members": []},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (HP, GZKF),
    (HP, GZHT),
    (GZKF, GZHT),
    ("中新广州知识城", "知识城广场"),
    ("中新广州知识城", "广州科学城"),
    ("广州实验室", "黄埔实验室核心区"),
])

# 4. Shenzhen Academy of Medical Sciences / Shenzhen Bay Laboratory permanent campus groundbreaking (szhalab.cn, 深圳特区报), 2023-08-03 (year est.)
SAMS, SZBL = "深圳医学科学院", "深圳湾实验室"
CAMPUS = "深圳医学科学院深圳湾实验室院区永久场地一体化项目"
doc("2023-08-shenzhen-bay-laboratory-permanent-campus-groundbreaking.txt", [
    (SAMS, "ResearchInstitute", ["深圳医学科学院(筹)"]),
    (SZBL, "Laboratory"),
    (CAMPUS, "Facility", ["深圳医学科学院及深圳湾实验室院区永久场地一体化建设项目"]),
    ("深圳先行示范区", "Zone"),
    ("光明科学城启动区", "Zone"),
    ("光明科学城科教融合集群", "Zone"),
    ("覃伟中", "Person"),
    ("颜宁", "Person"),
    ("郑红波", "Person"),
    ("高圣元", "Person"),
    ("深圳特区报", "Enterprise"),
], [
    (CAMPUS, "locatedIn", "光明科学城科教融合集群"),
    (SAMS, "ledBy", "颜宁"),
    (SZBL, "ledBy", "颜宁"),
], must_not_merge=[
    (SAMS, SZBL),
    (SZBL, CAMPUS),
    (SAMS, CAMPUS),
    ("光明科学城启动区", "光明科学城科教融合集群"),
])

# 5. Suzhou Shanghai University Innovation Centre signed in Suzhou Industrial Park (苏州日报), 2021-10-22
SUIC = "苏州上海大学创新中心"
doc("2021-10-suzhou-shanghai-university-innovation-centre-signed.txt", [
    (SUIC, "ResearchInstitute"),
    ("苏州工业园区", "Zone", ["园区"]),
    ("新建元集团", "Enterprise"),
    ("苏州2.5产业园", "Zone"),
    ("上海大学", "University"),
    ("生物材料", "Industry"),
    ("生物医药", "Industry"),
    ("小雨", "Person"),
    ("苏州日报", "Enterprise"),
], [
    (SUIC, "locatedIn", "苏州工业园区"),
    (SUIC, "locatedIn", "苏州2.5产业园"),
    (SUIC, "coBuiltBy", "上海大学"),
    (SUIC, "coBuiltBy", "苏州工业园区"),
    (SUIC, "focusesOn", "生物材料"),
    ("上海大学", "cooperatesWith", "苏州工业园区"),
], must_not_merge=[
    (SUIC, "上海大学"),
    ("苏州2.5产业园", "苏州工业园区"),
])

gold.write(HERE / "gold.jsonl")
