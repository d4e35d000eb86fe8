"""Writes eval/train38/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train38/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train38/docs/")
doc = gold.doc


# 1. Shenzhen Advanced Light Source institute building opens in Guangming Science City (读特 / 光明新闻), 2025-10-22 (year est.)
GM = "光明科学城"
GMC = "光明科学城大科学装置集群"
ZHL = "深圳先进光源研究院综合楼"
FEL = "深圳自由电子激光装置"
doc("2025-10-shenzhen-advanced-light-source-institute-building-guangming.txt", [
    (ZHL, "Facility"),
    (GM, "Zone"),
    (GMC, "Zone"),
    ("国家超级计算深圳中心二期", "Facility"),
    ("鹏程云脑Ⅲ", "Facility"),
    (FEL, "Facility", ["深圳自由电子激光项目"]),
    ("光明新闻", "Enterprise"),
    ("林彦君", "Person"),
], [
    (GMC, "partOf", GM),
    (ZHL, "locatedIn", GMC),
    (ZHL, "locatedIn", GM),
    ("国家超级计算深圳中心二期", "locatedIn", GMC),
    ("鹏程云脑Ⅲ", "locatedIn", GMC),
    (FEL, "locatedIn", GMC),
], must_not_merge=[
    (GM, GMC),
    (ZHL, FEL),
    ("国家超级计算深圳中心二期", "鹏程云脑Ⅲ"),
])

# 2. Tiangong University Cangzhou research institute incubates membrane firms (天津工业大学党委宣传部 site), 2025-10-30
TG = "天津工业大学"
CZY = "天津工业大学沧州研究院"
CZ = "沧州高新区"
XM = "沧州市鑫膜科技有限责任公司"
doc("2025-10-tiangong-cangzhou-research-institute-membrane-incubation.txt", [
    (TG, "University"),
    (CZ, "Zone"),
    (CZY, "ResearchInstitute", ["沧州研究院"]),
    ("京津冀协同发展", "Initiative"),
    ("石化产业", "Industry"),
    ("分离膜", "Industry"),
    ("功能膜", "Industry"),
    ("高端纤维膜", "Industry"),
    ("魏俊富", "Person"),
    (XM, "Enterprise"),
    ("唐山中溶科技有限公司", "Enterprise"),
    ("王志刚", "Person"),
], [
    (CZY, "coBuiltBy", TG),
    (CZY, "coBuiltBy", CZ),
    (CZY, "focusesOn", "分离膜"),
    (CZY, "focusesOn", "功能膜"),
    (CZY, "focusesOn", "高端纤维膜"),
    (CZY, "ledBy", "魏俊富"),
    (CZY, "incubates", XM),
    (XM, "foundedBy", "王志刚"),
    (CZY, "supports", "京津冀协同发展"),
], must_not_merge=[
    (TG, CZY),
    (CZ, CZY),
    ("分离膜", "功能膜"),
])

# 3. Chengdu Qingbaijiang builds a pilot-test (中试) industry cluster (repost of a 2023-02-14 news item)
QBJ = "青白江区"
ZCYJ = "关于支持成都国际铁路港经济技术开发区高水平开放的若干政策措施"
SSYJ = "建设面向“一带一路”的国际中试产业基地实施意见"
doc("2023-02-chengdu-qingbaijiang-pilot-test-industry-cluster.txt", [
    (ZCYJ, "Policy", ["政策措施"]),
    (QBJ, "Zone", ["青白江"]),
    ("一带一路", "Initiative"),
    ("车轴", "Person"),
    ("成都国际铁路港", "Zone"),
    ("中试产业", "Industry"),
    (SSYJ, "Policy"),
    ("中试平台认定办法", "Policy"),
    ("中试项目管理办法", "Policy"),
    ("四川大学", "University"),
    ("西南交通大学", "University"),
    ("金汇能新型负极材料实验室", "Laboratory"),
], [
    (QBJ, "focusesOn", "中试产业"),
    (SSYJ, "issuedBy", QBJ),
    ("中试平台认定办法", "issuedBy", QBJ),
    ("中试项目管理办法", "issuedBy", QBJ),
    (QBJ, "cooperatesWith", "四川大学"),
    (QBJ, "cooperatesWith", "西南交通大学"),
    ("金汇能新型负极材料实验室", "locatedIn", QBJ),
], systems=[
    {"formula": "1+3+3", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "3", "declared": 3, "members": []}]},
], must_not_merge=[
    (ZCYJ, SSYJ),
    ("中试平台认定办法", "中试项目管理办法"),
    (QBJ, "成都国际铁路港"),
    ("中试产业", SSYJ),
])

# 4. Henan University seminar on the Henan Flexible Electronics Industrial Technology Institute (河南大学新闻网), 2023-02-24 (year est.)
RD = "河南省柔性电子产业技术研究院"
HD = "河南大学"
LZH = "河南大学郑州龙子湖校区"
ZYKJC = "郑州中原科技城"
ZYGW = "中原科技城管理委员会"
doc("2023-02-henan-flexible-electronics-institute-seminar.txt", [
    (RD, "ResearchInstitute"),
    (HD, "University"),
    (LZH, "University", ["郑州龙子湖校区"]),
    ("友兰学堂", "Facility"),
    ("九章学堂", "Facility"),
    ("黄维", "Person"),
    ("西北工业大学", "University"),
    ("南京工业大学", "University"),
    ("中共河南省委组织部", "GovernmentBody", ["省委组织部"]),
    ("河南省科学技术厅", "GovernmentBody", ["省科技厅"]),
    (ZYGW, "GovernmentBody", ["中原科技城管委会"]),
    (ZYKJC, "Zone", ["中原科技城"]),
    ("卢克平", "Person"),
    ("张锁江", "Person"),
    ("谭贞", "Person"),
    ("马洁", "Person"),
    ("中共河南省委员会", "GovernmentBody", ["省委"]),
    ("创新驱动、科教兴省、人才强省战略", "Initiative"),
    ("先进制造业", "Industry"),
], [
    (RD, "ledBy", "黄维"),
    (HD, "ledBy", "张锁江"),
    (LZH, "partOf", HD),
    (RD, "locatedIn", ZYKJC),
    (RD, "focusesOn", "先进制造业"),
], must_not_merge=[
    (HD, LZH),
    (RD, HD),
    (ZYGW, ZYKJC),
    ("中共河南省委员会", "中共河南省委组织部"),
    ("友兰学堂", "九章学堂"),
])

# 5. Cangzhou Hi-tech Zone "中试+" investment model and 中国膜谷 (中华工商时报, repost), 2025 (est.)
HBM = "河北省膜产业技术研究院"
ZSJD = "国家级重点实验室京津冀中试基地"
doc("2025-cangzhou-hi-tech-zone-pilot-test-plus-membrane-valley.txt", [
    ("中华工商时报", "Enterprise"),
    (CZ, "Zone", ["高新区"]),
    ("中试+招商模式", "Initiative"),
    ("中国膜谷", "Initiative"),
    ("膜产业", "Industry"),
    (TG, "University"),
    (HBM, "ResearchInstitute"),
    ("先进分离膜材料全国重点实验室", "Laboratory"),
    ("河北省自然科学基金", "Initiative", ["省自然科学基金"]),
    ("沧州高新区投资促进局", "GovernmentBody", ["高新区投资促进局"]),
    ("项目经理人制度", "Initiative"),
    ("京津冀创新应用场景典型案例奖", "Award"),
    (ZSJD, "InnovationPlatform"),
    ("中科润蓝", "Enterprise"),
    ("江苏拓邦", "Enterprise"),
    ("膜材料", "Industry"),
    ("膜装备", "Industry"),
    ("膜工程", "Industry"),
    ("膜应用", "Industry"),
], [
    (CZ, "focusesOn", "膜产业"),
    (CZ, "focusesOn", "膜材料"),
    (CZ, "focusesOn", "膜装备"),
    (CZ, "focusesOn", "膜工程"),
    (CZ, "focusesOn", "膜应用"),
    (HBM, "coBuiltBy", CZ),
    (HBM, "coBuiltBy", TG),
    (HBM, "supportedBy", "先进分离膜材料全国重点实验室"),
    (CZ, "awarded", "京津冀创新应用场景典型案例奖"),
    (ZSJD, "locatedIn", CZ),
    ("中科润蓝", "locatedIn", CZ),
    ("江苏拓邦", "locatedIn", CZ),
], must_not_merge=[
    (TG, HBM),
    (CZ, "沧州高新区投资促进局"),
    ("先进分离膜材料全国重点实验室", ZSJD),
    ("膜产业", "膜材料"),
    ("中国膜谷", "膜产业"),
])

# 6. Mingyuehu Laboratory unveiled in Chongqing Liangjiang (公众号 repost on wxredian.com), 2024-11-11 event, posted 2024-11-25
MYH = "明月湖实验室"
CNY = "重庆新型储能材料与装备研究院"
MYH_PARTNERS = [
    ("宝武镁业科技股份有限公司", ["宝武"]),
    ("中国铝业集团高端制造股份有限公司", ["中铝"]),
    ("国网重庆市电力公司", []),
    ("重庆机场集团有限公司", []),
    ("超威集团", []),
    ("东莞宜安科技股份有限公司", []),
    ("大姆指控股集团", []),
    ("华础宇科(重庆)新材料科技有限公司", []),
]
MYH_PEOPLE = ["潘复生", "谢建新", "罗蔺", "王树新", "田盈", "李洁", "徐宏球", "彭寿", "韩恩厚", "郭正晓",
              "马紫峰", "朱强", "单智伟", "陆俊", "李萌蘖", "许并社", "苏旭明", "李海文", "吴学云", "王东哲",
              "杨院生", "王琦安", "方玉诚", "王敬丰"]
doc("2024-11-chongqing-mingyuehu-laboratory-unveiled.txt", [
    (MYH, "Laboratory", ["明湖实验室"]),
    ("两江新区协同创新区融合创新中心", "Facility"),
    (CNY, "ResearchInstitute", ["储能研究院", "储能院"]),
    ("416科技创新布局", "Initiative"),
    *[(n, "Enterprise", a) for n, a in MYH_PARTNERS],
    *[(p, "Person") for p in MYH_PEOPLE],
], [
    (MYH, "ledBy", "潘复生"),
    (MYH, "coBuiltBy", CNY),
    (CNY, "ledBy", "潘复生"),
    *[(MYH, "cooperatesWith", n) for n, _ in MYH_PARTNERS],
], must_not_merge=[
    (MYH, CNY),
    (MYH, "两江新区协同创新区融合创新中心"),
    ("宝武镁业科技股份有限公司", "中国铝业集团高端制造股份有限公司"),
    ("陆俊", "李萌蘖"),
])

# 7. Tianjin Xiqing District signs with Nankai University's applied chemistry institute (新浪天津), 2023-05-14
XQ = "西青区"
YHS = "南开大学应用化学与工程研究所"
XQY = "天开高教科创园西青园"
TKY = "天开高教科创园"
doc("2023-05-tianjin-xiqing-nankai-applied-chemistry-institute-agreement.txt", [
    (XQ, "Zone", ["天津市西青区"]),
    (YHS, "ResearchInstitute", ["南开大学应化所", "应化所"]),
    ("朱财斌", "Person"),
    ("殷学武", "Person"),
    ("陈军", "Person"),
    (XQY, "Zone", ["天开西青园"]),
    (TKY, "Zone", ["天开园"]),
    ("中共天津市委员会", "GovernmentBody", ["天津市委"]),
    ("天津市人民政府", "GovernmentBody", ["市政府"]),
    ("十项行动", "Initiative"),
    ("新能源", "Industry", ["新能源产业"]),
    ("新材料", "Industry"),
    ("新能源电池材料", "Industry"),
    ("锂离子电池", "Industry", [], True),
    ("钠离子电池", "Industry"),
    ("水系储能电池", "Industry"),
    ("高效储能教育部工程研究中心", "ResearchInstitute"),
    ("先进能源材料化学教育部重点实验室", "Laboratory"),
    ("特种化学电源全国重点实验室", "Laboratory"),
    ("国家自然科学奖二等奖", "Award"),
    ("双碳", "Initiative"),
], [
    (XQ, "cooperatesWith", YHS),
    (XQY, "partOf", TKY),
    (XQY, "partOf", XQ),
    (XQY, "focusesOn", "新能源"),
    (XQ, "focusesOn", "新能源电池材料"),
    (XQ, "focusesOn", "新能源"),
    (XQ, "focusesOn", "新材料"),
    (YHS, "focusesOn", "锂离子电池"),
    (YHS, "focusesOn", "钠离子电池"),
    (YHS, "focusesOn", "水系储能电池"),
    (YHS, "focusesOn", "新能源"),
    (YHS, "focusesOn", "新材料"),
    ("高效储能教育部工程研究中心", "partOf", YHS),
    ("先进能源材料化学教育部重点实验室", "partOf", YHS),
    ("特种化学电源全国重点实验室", "partOf", YHS),
    (YHS, "awarded", "国家自然科学奖二等奖"),
    (YHS, "supports", TKY),
], must_not_merge=[
    (XQ, XQY),
    (XQY, TKY),
    ("中共天津市委员会", "天津市人民政府"),
    ("新能源", "新能源电池材料"),
    ("锂离子电池", "钠离子电池"),
    ("先进能源材料化学教育部重点实验室", "特种化学电源全国重点实验室"),
])

gold.write(HERE / "gold.jsonl")
