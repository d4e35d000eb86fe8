"""Writes eval/train36/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train36/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train36/docs/")
doc = gold.doc


# 1. Zhuhai Hi-tech Zone signs with 上海智能产业创新研究院, fund and July projects (repost), 2023-07-28
ZH = "珠海高新区"
SIIRI = "上海智能产业创新研究院"
ZH_INDUSTRIES = ["生物医药", "医疗器械", "人工智能", "机器人产业", "数字经济", "新能源"]
doc("2023-07-zhuhai-hi-tech-zone-shanghai-intelligent-industry-institute-signing.txt", [
    (ZH, "Zone", ["高新区"]),
    (SIIRI, "ResearchInstitute"),
    ("珠海高新区科技创新展示厅", "Facility"),
    ("珠海高新金投", "Enterprise", ["高新金投"]),
    ("华强睿嘉基金", "Enterprise"),
    ("浩澜工研基金", "Enterprise"),
    ("芯视元", "Enterprise"),
    ("聚芯珠海", "Enterprise"),
    ("立柏生物", "Enterprise"),
    ("聚磁动力", "Enterprise"),
    ("王小彬", "Person"),
    ("薛飞", "Person"),
    ("魏浩亮", "Person"),
    ("生物医药", "Industry"),
    ("医疗器械", "Industry"),
    ("人工智能", "Industry"),
    ("机器人产业", "Industry", ["机器人"]),
    ("数字经济", "Industry"),
    ("新能源", "Industry"),
], [
    (ZH, "cooperatesWith", SIIRI),
    ("珠海高新金投", "cooperatesWith", "华强睿嘉基金"),
    ("珠海高新金投", "cooperatesWith", "浩澜工研基金"),
    ("芯视元", "locatedIn", ZH),
    ("聚芯珠海", "locatedIn", ZH),
    ("立柏生物", "locatedIn", ZH),
    ("聚磁动力", "locatedIn", ZH),
    (ZH, "ledBy", "王小彬"),
] + [(ZH, "focusesOn", i) for i in ZH_INDUSTRIES]
  + [(SIIRI, "focusesOn", i) for i in ZH_INDUSTRIES],
must_not_merge=[
    (ZH, "珠海高新区科技创新展示厅"),
    (ZH, "珠海高新金投"),
    ("华强睿嘉基金", "浩澜工研基金"),
    ("聚芯珠海", ZH),
])

# 2. 龙门实验室 (Luoyang) releases five results, unveils industry institutes (中新网 repost), 2024-05-27
LM = "龙门实验室"
doc("2024-05-luoyang-longmen-laboratory-five-results.txt", [
    (LM, "Laboratory"),
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("韩章云", "Person"),
    ("阮现武", "Person"),
    ("樊会涛", "Person"),
    ("河南科技大学", "University"),
    ("郑州大学", "University"),
    ("金属材料", "Industry"),
    ("化工材料", "Industry"),
    ("农机装备", "Industry"),
], [
    (LM, "ledBy", "河南科技大学"),
    (LM, "ledBy", "郑州大学"),
    (LM, "focusesOn", "金属材料"),
    (LM, "focusesOn", "化工材料"),
    (LM, "focusesOn", "农机装备"),
], must_not_merge=[
    ("河南科技大学", "郑州大学"),
    ("金属材料", "化工材料"),
    (LM, "河南科技大学"),
])

# 3. 翠亨集团 (Zhongshan, 翠亨新区) review of 2024 projects and platforms (company news), 2025-01 (est.)
CH = "翠亨集团"
LSP = "中山生命科学园"
XC = "中山市信息技术应用创新联合实验室"
doc("2024-zhongshan-cuiheng-group-industrial-projects-review.txt", [
    (CH, "Enterprise"),
    ("翠亨新区", "Zone"),
    ("建汇产业园公司", "Enterprise"),
    ("石光亮", "Person"),
    ("王晓丽", "Person"),
    ("中科中山药物创新研究院", "ResearchInstitute"),
    (LSP, "Zone"),
    ("中山市生物医药与健康产业展示中心", "Facility"),
    ("中山工业名优消费品展销平台", "InnovationPlatform"),
    ("翠亨国际科创中心", "Facility"),
    ("格兰仕", "Enterprise"),
    ("TCL", "Enterprise"),
    ("奥马", "Enterprise"),
    ("洁柔", "Enterprise"),
    ("厨邦", "Enterprise"),
    ("太力", "Enterprise"),
    (XC, "Laboratory"),
    ("西湾智慧公司", "Enterprise"),
    ("信创", "Industry"),
    ("中山领康时代生物科技有限公司", "Enterprise", ["领康时代"]),
    ("丹诺医药", "Enterprise"),
    ("大分子CDMO", "Industry"),
], [
    ("中科中山药物创新研究院", "locatedIn", LSP),
    ("中山市生物医药与健康产业展示中心", "locatedIn", LSP),
    ("中山领康时代生物科技有限公司", "locatedIn", LSP),
    ("丹诺医药", "locatedIn", LSP),
    (XC, "ledBy", "西湾智慧公司"),
    ("西湾智慧公司", "partOf", CH),
    (XC, "focusesOn", "信创"),
    ("中山领康时代生物科技有限公司", "focusesOn", "大分子CDMO"),
], systems=[
    {"formula": "4+X", "tiers": [
        {"symbol": "4", "declared": 4, "members": []},
        {"symbol": "X", "declared": None, "members": []}]},
], must_not_merge=[
    (CH, "翠亨新区"),
    ("翠亨国际科创中心", "翠亨新区"),
    (LSP, "中山市生物医药与健康产业展示中心"),
    ("中科中山药物创新研究院", LSP),
    (XC, "西湾智慧公司"),
])

# 4. 广西新能源汽车实验室 and Liuzhou's NEV chain, 柳东新区 media tour (repost), 2024-12 (est.)
GXL = "广西新能源汽车实验室"
SGMW = "上汽通用五菱汽车股份有限公司"
doc("2024-12-liuzhou-guangxi-nev-laboratory-patent-wall.txt", [
    (GXL, "Laboratory"),
    ("柳东新区", "Zone"),
    ("一二五工程", "Initiative"),
    (SGMW, "Enterprise", ["上汽通用五菱"]),
    ("韦韡", "Person"),
    ("柳州赛克科技发展有限公司", "Enterprise", ["赛克科技"]),
    ("黄清敏", "Person"),
    ("瑞浦赛克动力电池有限公司", "Enterprise"),
    ("柳州国轩电池有限公司", "Enterprise"),
    ("新能源汽车", "Industry"),
    ("智能网联", "Industry"),
    ("三电技术", "Industry"),
    ("混合动力", "Industry"),
    ("电解液", "Industry"),
    ("电池包及附件", "Industry"),
    ("智慧电驱", "Industry"),
    ("电子电控", "Industry"),
], [
    ("一二五工程", "ledBy", SGMW),
    (GXL, "ledBy", SGMW),
    (GXL, "focusesOn", "智能网联"),
    (GXL, "focusesOn", "三电技术"),
    (GXL, "focusesOn", "混合动力"),
    (GXL, "focusesOn", "新能源汽车"),
    ("柳东新区", "focusesOn", "新能源汽车"),
    ("柳州赛克科技发展有限公司", "supportedBy", GXL),
], must_not_merge=[
    (GXL, SGMW),
    ("一二五工程", GXL),
    ("瑞浦赛克动力电池有限公司", "柳州赛克科技发展有限公司"),
    ("新能源汽车", GXL),
])

# 5. 山西综改示范区 (Taiyuan): 20 key projects signed, started, in production (newspaper repost), 2023-02-22
SX = "山西综改示范区"
TZ = "山西(太重)智能高端装备产业园"
TZ_TRACKS = ["重型机械", "智能传感", "人工智能", "大数据", "5G", "新一代信息技术"]
doc("2023-02-taiyuan-shanxi-comprehensive-reform-zone-20-projects.txt", [
    (SX, "Zone", ["综改示范区"]),
    ("杨彧", "Person"),
    ("先进制造业", "Industry"),
    ("数字经济", "Industry"),
    ("现代服务业", "Industry"),
    ("范兆森", "Person"),
    ("中共太原市委员会", "GovernmentBody", ["太原市委"]),
    ("太原市人民政府", "GovernmentBody", ["市政府"]),
    ("北京经济技术开发区", "Zone"),
    ("北京联东集团金桥科技园", "Zone"),
    ("中国电科集团", "Enterprise"),
    ("中国建材集团", "Enterprise"),
    ("山西智创城", "InnovationPlatform"),
    ("清控创新基地", "InnovationPlatform"),
    (TZ, "Zone"),
] + [(t, "Industry") for t in TZ_TRACKS], [
    (SX, "focusesOn", "先进制造业"),
    (SX, "focusesOn", "数字经济"),
    (SX, "focusesOn", "现代服务业"),
    (SX, "ledBy", "范兆森"),
    ("中国建材集团", "locatedIn", SX),
    (TZ, "partOf", SX),
] + [(TZ, "focusesOn", t) for t in TZ_TRACKS],
must_not_merge=[
    (SX, "北京经济技术开发区"),
    ("中共太原市委员会", "太原市人民政府"),
    ("山西智创城", SX),
    (TZ, SX),
    ("人工智能", "新一代信息技术"),
])

# 6. 东湖高新集团 signs the 海口生物医药创新公共服务平台 with 海口国家高新区 (观点地产网 repost), 2022-04-12
HK = "海口国家高新区"
DH = "东湖高新集团"
HKP = "海口生物医药创新公共服务平台"
doc("2022-04-haikou-hi-tech-zone-east-lake-hi-tech-group-biomedical-platform.txt", [
    (DH, "Enterprise"),
    (HK, "Zone"),
    ("美安生态科技新城", "Zone"),
    ("观点地产网", "Enterprise"),
    ("海南自由贸易港2022(第一批)重点项目集中签约活动", "Event"),
    ("海口生物医药产业集群重点项目签约专场", "Event"),
    (HKP, "InnovationPlatform", ["海口生物医药创新公共服务平台项目"]),
    ("海口国家高新区国际投资咨询有限公司", "Enterprise"),
    ("生物医药", "Industry"),
    ("医疗器械", "Industry"),
    ("智能医疗", "Industry"),
    ("海南自由贸易港", "Zone"),
    ("国家生物医药产业园百强名单", "Award"),
], [
    (DH, "cooperatesWith", HK),
    ("美安生态科技新城", "partOf", HK),
    (HKP, "locatedIn", "美安生态科技新城"),
    (HKP, "coBuiltBy", DH),
    (HKP, "coBuiltBy", "海口国家高新区国际投资咨询有限公司"),
    (HKP, "focusesOn", "生物医药"),
    (HKP, "focusesOn", "医疗器械"),
    (HKP, "focusesOn", "智能医疗"),
    (HK, "awarded", "国家生物医药产业园百强名单"),
], must_not_merge=[
    (HK, "海口国家高新区国际投资咨询有限公司"),
    (HK, "美安生态科技新城"),
    (HKP, "生物医药"),
    ("海南自由贸易港2022(第一批)重点项目集中签约活动", "海口生物医药产业集群重点项目签约专场"),
    (HK, "海南自由贸易港"),
])

# 7. 四川省动力电池创新联合体 unveiled in 宜宾三江新区 (宜宾日报 via investchn), 2022-11-16
PB = "四川省动力电池创新联合体"
SCST = "四川省科学技术厅"
REPLY = "四川省科学技术厅关于同意组建四川省动力电池创新联合体的复函"
doc("2022-11-yibin-sichuan-power-battery-innovation-consortium-unveiled.txt", [
    (PB, "InnovationPlatform"),
    ("宜宾日报", "Enterprise"),
    ("宜宾临港经济技术开发区", "Zone", ["临港经开区"]),
    ("宜宾三江新区", "Zone", ["三江新区"]),
    ("宜宾锂宝新材料有限公司", "Enterprise"),
    (SCST, "GovernmentBody", ["省科技厅"]),
    ("四川省动力电池创新联合体建设方案", "Policy"),
    (REPLY, "Policy"),
    ("动力电池", "Industry"),
    ("锂电新能源", "Industry"),
    ("何永宏", "Person"),
    ("薛庆", "Person"),
], [
    ("宜宾锂宝新材料有限公司", "locatedIn", "宜宾三江新区"),
    (PB, "focusesOn", "动力电池"),
    ("四川省动力电池创新联合体建设方案", "supports", PB),
    (REPLY, "issuedBy", SCST),
], must_not_merge=[
    (PB, "四川省动力电池创新联合体建设方案"),
    (PB, REPLY),
    ("宜宾临港经济技术开发区", "宜宾三江新区"),
    (PB, "动力电池"),
])

# 8. 云南滇中新区 (Kunming): ten industrial projects break ground (滇中新区报 via 洞察网), 2021-06-29
DZ = "云南滇中新区"
GYP = "国药控股云南有限公司医药健康产业园"
XD = "先导(昆明)新材料科技产业园"
DZ_INDUSTRIES = ["装备制造", "生物医药", "电子信息", "新材料"]
doc("2021-06-kunming-central-yunnan-new-area-ten-projects-groundbreaking.txt", [
    (DZ, "Zone", ["滇中新区"]),
    ("滇中新区报", "Enterprise"),
    ("洞察网", "Enterprise"),
    (GYP, "Zone"),
    (XD, "Zone", ["先导新材料产业园"]),
    ("滇中新区先进计算中心", "Facility"),
    ("赵学锋", "Person"),
    ("和向群", "Person"),
    ("曾兵", "Person"),
    ("凯瑞特", "Enterprise"),
    ("国药控股", "Enterprise"),
    ("国药中生", "Enterprise"),
    ("中国中药", "Enterprise"),
    ("稀散金属", "Industry", ["稀散金属材料"]),
    ("李树勇", "Person"),
    ("三张牌", "Initiative"),
] + [(i, "Industry") for i in DZ_INDUSTRIES], [
    (GYP, "partOf", DZ),
    (XD, "partOf", DZ),
    ("滇中新区先进计算中心", "locatedIn", DZ),
    ("凯瑞特", "locatedIn", DZ),
    ("国药控股", "locatedIn", DZ),
    (XD, "focusesOn", "稀散金属"),
    ("国药控股", "cooperatesWith", "国药中生"),
    ("国药控股", "cooperatesWith", "中国中药"),
] + [(DZ, "focusesOn", i) for i in DZ_INDUSTRIES],
systems=[
    {"formula": "5+8", "tiers": [
        {"symbol": "5", "declared": 5, "members": []},
        {"symbol": "8", "declared": 8, "members": []}]},
], must_not_merge=[
    (DZ, "滇中新区报"),
    (DZ, "滇中新区先进计算中心"),
    (GYP, "国药控股"),
    ("国药控股", "国药中生"),
    (XD, "新材料"),
])

gold.write(HERE / "gold.jsonl")
