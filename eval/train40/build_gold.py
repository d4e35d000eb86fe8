"""Writes eval/train40/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train40/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train40/docs/")
doc = gold.doc

GZ_DATA = "贵州省大数据发展管理局"
CAEP = "中国工程物理研究院"
CARDC = "中国空气动力研究与发展中心"


# 1. Guizhou provincial big-data bureau: notice issuing the 2026 work points of "数智贵州" (opening, items 1-3)
GZ_PLAN = "数智贵州建设2026年工作要点"
GZ_IND = ["算力产业", "算力硬件制造产业", "云服务", "云计算", "算力运营服务产业", "算力配套产业", "数据产业",
          "人工智能"]
doc("2026-02-guizhou-smart-guizhou-2026-work-points-opening.txt", [
    (GZ_PLAN, "Policy"),
    ("数智贵州", "Initiative"),
    ("中共贵州省委员会", "GovernmentBody", ["省委"]),
    ("贵州省人民政府", "GovernmentBody", ["省政府"]),
    (GZ_DATA, "GovernmentBody", ["省大数据局"]),
    ("贵州省工业和信息化厅", "GovernmentBody", ["省工业和信息化厅"]),
    ("贵安新区", "Zone"),
    ("华为云", "Enterprise"),
    ("博彦科技", "Enterprise"),
    ("东软", "Enterprise"),
    ("贵州大数据集团", "Enterprise"),
    ("人工智能+行动", "Initiative"),
    ("省人工智能实验室", "Laboratory"),
    ("双百行动", "Initiative"),
    *[(i, "Industry", ["人工智能产业"] if i == "人工智能" else []) for i in GZ_IND],
], [
    (GZ_PLAN, "supports", "数智贵州"),
    *[(GZ_PLAN, "focusesOn", i) for i in GZ_IND],
    (GZ_PLAN, "supports", "博彦科技"),
    (GZ_PLAN, "supports", "东软"),
    (GZ_PLAN, "supports", "人工智能+行动"),
    (GZ_PLAN, "supports", "省人工智能实验室"),
    (GZ_PLAN, "supports", "双百行动"),
], must_not_merge=[
    (GZ_PLAN, "数智贵州"),
    ("云服务", "云计算"),
    ("算力产业", "算力配套产业"),
    ("人工智能", "省人工智能实验室"),
    ("中共贵州省委员会", "贵州省人民政府"),
])


# 2. Ningxia: two parks recognised as autonomous-region high-quality development demonstration parks (nx.gov.cn)
JJ = "宁夏吴忠金积工业园区"
SZS = "石嘴山高新技术产业开发区"
NX_IIT = "宁夏回族自治区工业和信息化厅"
NX_AWARD = "自治区高质量发展示范园区"
doc("2020-09-ningxia-two-high-quality-demonstration-parks-recognised.txt", [
    (NX_IIT, "GovernmentBody", ["自治区工业和信息化厅"]),
    (JJ, "Zone", ["吴忠金积工业园区"]),
    (SZS, "Zone"),
    (NX_AWARD, "Award"),
    ("信息化与工业化融合试点园区", "Award"),
    ("金属新材料新型工业化产业示范基地", "Award"),
    ("新材料", "Industry"),
    ("装备制造", "Industry"),
    ("纺织", "Industry"),
    ("大健康", "Industry", ["大健康产业"]),
    ("申能", "Enterprise"),
    ("中国自动化绿色精密铸锻产业园", "Zone"),
    ("伊利奶产业园", "Zone"),
    ("首创", "Enterprise"),
    ("宁夏日报", "Enterprise"),
    ("丁建峰", "Person"),
], [
    (JJ, "awarded", NX_AWARD),
    (SZS, "awarded", NX_AWARD),
    (SZS, "awarded", "信息化与工业化融合试点园区"),
    (SZS, "awarded", "金属新材料新型工业化产业示范基地"),
    (SZS, "focusesOn", "新材料"),
    (SZS, "focusesOn", "装备制造"),
    (SZS, "focusesOn", "纺织"),
    (SZS, "focusesOn", "大健康"),
    ("申能", "locatedIn", JJ),
    ("中国自动化绿色精密铸锻产业园", "partOf", JJ),
    ("伊利奶产业园", "partOf", JJ),
    ("首创", "locatedIn", JJ),
], must_not_merge=[
    (JJ, SZS),
    (NX_AWARD, "信息化与工业化融合试点园区"),
    ("金属新材料新型工业化产业示范基地", "新材料"),
    (JJ, "中国自动化绿色精密铸锻产业园"),
])


# 3. Guizhou provincial government approves the Guiyang Big Data Sci-Tech City in Gui'an New Area (news report)
GYSC = "贵阳大数据科创城"
GA_C = "贵州贵安新区管理委员会"
GY_GOV = "贵阳市人民政府"
GY_REQ = "关于建设贵阳大数据科创城的请示"
doc("2022-01-guizhou-government-approves-guiyang-big-data-sci-tech-city.txt", [
    ("贵州省人民政府", "GovernmentBody", ["贵州省政府", "省人民政府"]),
    (GA_C, "GovernmentBody", ["贵安新区管委会"]),
    (GY_GOV, "GovernmentBody"),
    (GY_REQ, "Policy"),
    (GYSC, "Zone"),
    ("贵安新区", "Zone"),
    (GZ_DATA, "GovernmentBody", ["省大数据局"]),
    ("数字产业", "Industry"),
], [
    (GY_REQ, "issuedBy", GA_C),
    (GY_REQ, "issuedBy", GY_GOV),
    (GY_REQ, "supports", GYSC),
    (GYSC, "partOf", "贵安新区"),
    (GYSC, "focusesOn", "数字产业"),
    (GA_C, "supports", GYSC),
    (GY_GOV, "supports", GYSC),
    (GZ_DATA, "supports", GYSC),
], must_not_merge=[
    (GYSC, "贵安新区"),
    ("贵安新区", GA_C),
    (GY_REQ, GYSC),
    ("贵州省人民政府", GY_GOV),
])


# 4. Sichuan: the provincial government office issues the 2018 key tasks of Mianyang Science City (news report)
MY = "绵阳科技城"
MY_PLAN = "2018年绵阳科技城建设重点工作安排"
doc("2018-06-sichuan-mianyang-science-city-2018-key-tasks-issued.txt", [
    ("四川省人民政府办公厅", "GovernmentBody", ["省政府办公厅"]),
    (MY_PLAN, "Policy", ["重点工作安排"]),
    (MY, "Zone", ["科技城"]),
    ("全面创新改革试验", "Initiative"),
    ("科技城集中发展区", "Zone"),
    (CAEP, "ResearchInstitute"),
    (CARDC, "ResearchInstitute"),
    ("大型低速风洞", "Facility"),
    ("中国航发四川燃气涡轮研究院", "ResearchInstitute"),
], [
    (MY_PLAN, "issuedBy", "四川省人民政府办公厅"),
    (MY_PLAN, "supports", MY),
    (MY_PLAN, "supports", "全面创新改革试验"),
    ("科技城集中发展区", "partOf", MY),
    (CARDC, "hosts", "大型低速风洞"),
    (MY_PLAN, "supports", "大型低速风洞"),
], must_not_merge=[
    (MY_PLAN, MY),
    (MY, "科技城集中发展区"),
    (CARDC, "大型低速风洞"),
    (CAEP, CARDC),
])


# 5. Mianyang Fucheng district government work report: tasks (excerpt of the stored page)
FC = "涪城区"
FC_FIRMS = ["惠科", "示润", "创明新能源", "欣盛"]
doc("2023-mianyang-fucheng-district-government-work-report-tasks-excerpt.txt", [
    (FC, "Zone"),
    ("院士(专家)小镇", "Zone"),
    ("惠科小镇", "Zone"),
    ("科技城新区涪城片区", "Zone"),
    (CAEP, "ResearchInstitute", ["中物院"]),
    (CARDC, "ResearchInstitute", ["气动中心"]),
    ("西南科技大学", "University", ["西南科大"]),
    ("碳中和研究院", "ResearchInstitute", ["碳中和"], True),
    *[(f, "Enterprise") for f in FC_FIRMS],
    ("艾伯科技产业园", "Zone"),
    ("惠科光电", "Enterprise"),
    ("龙华薄膜", "Enterprise"),
    ("利尔作物", "Enterprise"),
    ("数字经济", "Industry"),
    ("现代服务业", "Industry"),
], [
    ("院士(专家)小镇", "partOf", FC),
    ("惠科小镇", "partOf", FC),
    (FC, "cooperatesWith", CAEP),
    (FC, "cooperatesWith", CARDC),
    (FC, "cooperatesWith", "西南科技大学"),
    ("碳中和研究院", "locatedIn", FC),
    *[(f, "locatedIn", FC) for f in FC_FIRMS],
    ("艾伯科技产业园", "partOf", FC),
    (FC, "focusesOn", "数字经济"),
    (FC, "supports", "惠科光电"),
    (FC, "supports", "龙华薄膜"),
    (FC, "supports", "利尔作物"),
    (FC, "focusesOn", "现代服务业"),
], systems=[
    {"formula": "3+1", "tiers": [
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "1", "declared": 1, "members": []}]},
    {"formula": "1+6", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "6", "declared": 6, "members": []}]},
], must_not_merge=[
    ("惠科", "惠科光电"),
    ("惠科", "惠科小镇"),
    (FC, "科技城新区涪城片区"),
    (CAEP, CARDC),
])


# 6. Shandong S&T and education departments approve three provincial university science parks (reply, 2022-12-23)
JN_Q = "济南新旧动能转换起步区"
WF = "潍坊高新区"
LC = "聊城高新区"
WF_C = "潍坊蓝色智谷园区服务中心"
USP = {JN_Q: "济南山东省大学科技园", WF: "潍坊山东省大学科技园", LC: "聊城山东省大学科技园"}
REP_JN = "关于推荐济南新旧动能转换起步区申请建设省级开放式大学科技园的报告"
REP_WF = "关于推荐潍坊蓝色智谷园区服务中心申报建设山东省大学科技园的报告"
REP_LC = "关于推荐聊城高新区申报建设山东省省级开放式大学科技园的请示"
SD_USP_RULES = "山东省大学科技园管理办法"
SD_ST, SD_EDU = "山东省科学技术厅", "山东省教育厅"
doc("2022-12-shandong-three-provincial-university-science-parks-approved.txt", [
    (REP_JN, "Policy"),
    (REP_WF, "Policy"),
    (REP_LC, "Policy"),
    (SD_USP_RULES, "Policy"),
    (JN_Q, "Zone"),
    (WF, "Zone"),
    (LC, "Zone"),
    (WF_C, "GovernmentBody"),
    *[(p, "Zone") for p in USP.values()],
    (SD_ST, "GovernmentBody", ["省科技厅"]),
    (SD_EDU, "GovernmentBody", ["省教育厅"]),
], [
    (REP_JN, "supports", JN_Q),
    (REP_WF, "supports", WF_C),
    (REP_LC, "supports", LC),
    *[(p, "partOf", z) for z, p in USP.items()],
    *[(b, "supports", p) for b in (SD_ST, SD_EDU) for p in USP.values()],
], must_not_merge=[
    (JN_Q, USP[JN_Q]),
    (WF, USP[WF]),
    (LC, USP[LC]),
    (USP[WF], USP[LC]),
    (WF, WF_C),
    (SD_ST, SD_EDU),
])


# 7. MOFCOM's 2019 evaluation of national economic and technological development zones (新京报 report)
ETDZ_AWARD = "国家级经开区综合发展水平考核评价"
JQ = "酒泉经济技术开发区"
ETDZ_RANKED = [JQ, "苏州工业园区", "广州经济技术开发区", "天津经济技术开发区", "武汉经济技术开发区",
               "西安经济技术开发区", "昆山经济技术开发区"]
doc("2020-01-mofcom-2019-national-etdz-evaluation-jiuquan-exits.txt", [
    ("中华人民共和国商务部", "GovernmentBody", ["商务部"]),
    (ETDZ_AWARD, "Award", ["国家级经开区考核评价"]),
    (JQ, "Zone", ["酒泉经开区"]),
    *[(z, "Zone") for z in ETDZ_RANKED[1:]],
    ("新京报", "Enterprise"),
    ("潘亦纯", "Person"),
    ("林子", "Person"),
    ("吴兴发", "Person"),
], [
    *[(z, "awarded", ETDZ_AWARD) for z in ETDZ_RANKED],
], must_not_merge=[
    ("苏州工业园区", "昆山经济技术开发区"),
    ("广州经济技术开发区", "天津经济技术开发区"),
    ("武汉经济技术开发区", "西安经济技术开发区"),
    (JQ, ETDZ_AWARD),
])


# 8. Wujiang district S&T bureau: Suzhou optoelectronic fusion institute completed in Fenhu hi-tech zone
SIOF = "苏州微光电子融合技术研究院"
FH = "汾湖高新区"
FH_C = "汾湖高新技术产业开发区管理委员会"
IOS = "中国科学院半导体研究所"
SIOF_IND = ["光电子芯片", "高速通信", "高效传感", "智能应用", "硅基光电子芯片"]
SIOF_FIRMS = ["苏州旭创", "亨通", "永鼎"]
doc("2023-03-wujiang-suzhou-optoelectronic-fusion-institute-completed.txt", [
    ("苏州市吴江区科学技术局", "GovernmentBody", ["吴江区科技局"]),
    ("吴江区", "Zone", ["吴江"]),
    (SIOF + "落成仪式", "Event"),
    (SIOF, "ResearchInstitute"),
    (FH, "Zone"),
    (FH_C, "GovernmentBody", ["汾湖高新区管委会"]),
    (IOS, "ResearchInstitute"),
    *[(i, "Industry", ["光电子芯片产业"] if i == "光电子芯片" else []) for i in SIOF_IND],
    *[(p, "Person") for p in ("陈良惠", "祝世宁", "江风益", "吴汉明", "顾宁", "王飏", "李铭", "陈弘达")],
    *[(f, "Enterprise") for f in SIOF_FIRMS],
], [
    (SIOF, "locatedIn", FH),
    (SIOF, "coBuiltBy", FH_C),
    (SIOF, "coBuiltBy", IOS),
    *[(SIOF, "focusesOn", i) for i in SIOF_IND],
    *[(SIOF, "cooperatesWith", f) for f in SIOF_FIRMS],
], must_not_merge=[
    (SIOF, SIOF + "落成仪式"),
    (FH, FH_C),
    (SIOF, IOS),
    ("光电子芯片", "硅基光电子芯片"),
    ("吴江区", FH),
])


# 9. Linhai (Zhejiang): notice of two city bureaus issuing the city's S&T 14th five-year plan (opening of the plan)
LH_PLAN = "临海市科学技术“十四五”发展规划"
LH_DRC, LH_ST = "临海市发展和改革局", "临海市科学技术局"
doc("2022-06-linhai-sci-tech-14th-five-year-plan-notice-opening.txt", [
    (LH_DRC, "GovernmentBody"),
    (LH_ST, "GovernmentBody"),
    (LH_PLAN, "Policy"),
    ("创新临海", "Initiative"),
    ("智慧临海", "Initiative"),
    ("浙江省科技创新发展“十四五”规划", "Policy"),
    ("浙江省中长期科技创新发展规划(2021—2035)", "Policy"),
    ("临海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "Policy"),
    ("台州市科学技术发展“十四五”规划", "Policy"),
    ("中共临海市委员会", "GovernmentBody", ["临海市委"]),
    ("临海市人民政府", "GovernmentBody", ["市政府"]),
    ("科技新政50条", "Policy"),
    ("科技新长征行动计划", "Initiative"),
], [
    (LH_PLAN, "issuedBy", LH_DRC),
    (LH_PLAN, "issuedBy", LH_ST),
    (LH_PLAN, "supports", "创新临海"),
    (LH_PLAN, "supports", "智慧临海"),
], must_not_merge=[
    (LH_DRC, LH_ST),
    ("创新临海", "智慧临海"),
    (LH_PLAN, "台州市科学技术发展“十四五”规划"),
    (LH_PLAN, "浙江省科技创新发展“十四五”规划"),
    ("中共临海市委员会", "临海市人民政府"),
])


if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
