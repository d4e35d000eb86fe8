"""Writes eval/train30/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 30: news (2021-2026) about lab systems and platform systems in China (provincial labs,
national key labs, technology innovation centres, lab alliances).

Run: .venv/bin/python eval/train30/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train30/docs/")
doc = gold.doc


# 1. Hunan: 潇湘, 麓山, 洞庭 labs unveiled at Hunan University (ztwang.com repost), 2022-12-06 (year est.)
XX, LS, DT = "潇湘实验室", "麓山实验室", "洞庭实验室"
doc("2022-12-hunan-xiaoxiang-lushan-dongting-labs-unveiled.txt", [
    (XX, "Laboratory", ["潇湘"]),
    (LS, "Laboratory", ["麓山"]),
    (DT, "Laboratory"),
    ("湖南大学", "University"),
    ("王耀南", "Person"),
    ("何人可", "Person"),
    ("单杨", "Person"),
    ("智能制造", "Industry"),
    ("工业设计", "Industry"),
    ("食品工程与安全", "Industry"),
    ("工业软件", "Industry"),
    ("工业互联网", "Industry"),
    ("半导体智能装备", "Industry"),
    ("农产品-食品加工", "Industry", ["农产品-食品加工产业"]),
], [
    (XX, "ledBy", "王耀南"),
    (LS, "ledBy", "何人可"),
    (DT, "ledBy", "单杨"),
    (XX, "focusesOn", "智能制造"),
    (XX, "focusesOn", "工业软件"),
    (XX, "focusesOn", "工业互联网"),
    (XX, "focusesOn", "半导体智能装备"),
    (LS, "focusesOn", "工业设计"),
    (DT, "focusesOn", "食品工程与安全"),
    (DT, "focusesOn", "农产品-食品加工"),
], systems=[
    {"formula": "3+3+2", "tiers": [
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "2", "declared": 2, "members": []}]},
], must_not_merge=[
    (XX, LS),
    (LS, DT),
    (XX, DT),
    (LS, "湖南大学"),
    (LS, "工业设计"),
])

# 2. Guangdong provincial laboratories: seeds to fruits (南方日报 story, worldlab17.com repost), 2022-03-07
PC, SWD, JH, SSH, PZ = "鹏城实验室", "生物岛实验室", "季华实验室", "松山湖材料实验室", "琶洲实验室"
doc("2022-03-guangdong-provincial-laboratories-seeds-to-fruits.txt", [
    ("广东省科学技术厅", "GovernmentBody", ["广东省科技厅"]),
    ("中共广东省委员会", "GovernmentBody", ["广东省委"]),
    ("广东省人民政府", "GovernmentBody", ["省政府"]),
    (SWD, "Laboratory", ["广州生物岛实验室"]),
    ("全国科技系统抗击新冠肺炎疫情先进集体", "Award"),
    (SSH, "Laboratory", ["东莞松山湖材料实验室"]),
    (PZ, "Laboratory"),
    ("徐宗本", "Person"),
    (PC, "Laboratory", ["深圳鹏城实验室"]),
    (JH, "Laboratory", ["佛山季华实验室"]),
    ("通信", "Industry"),
    ("人工智能", "Industry"),
    ("再生医学与健康", "Industry"),
    ("先进制造", "Industry"),
    ("材料科学", "Industry"),
], [
    (SWD, "awarded", "全国科技系统抗击新冠肺炎疫情先进集体"),
    (PZ, "ledBy", "徐宗本"),
    (PC, "focusesOn", "通信"),
    (PC, "focusesOn", "人工智能"),
    (SWD, "focusesOn", "再生医学与健康"),
    (JH, "focusesOn", "先进制造"),
    (SSH, "focusesOn", "材料科学"),
], must_not_merge=[
    ("广东省科学技术厅", "广东省人民政府"),
    ("中共广东省委员会", "广东省人民政府"),
    (SSH, "材料科学"),
    (PC, PZ),
    (SWD, "再生医学与健康"),
])

# 3. Jiangsu laboratory alliance founded (新江苏·中国江苏网, td.fyun.cc repost), 2023-08-18
SZL = "苏州实验室"
ALLY = "江苏省实验室联盟"
JITRI = "江苏省产业技术研究院"
doc("2023-08-jiangsu-laboratory-alliance-founded.txt", [
    ("中国江苏网", "Enterprise", ["新江苏·中国江苏网"]),
    ("蔡姝雯", "Person"),
    (SZL, "Laboratory"),
    (ALLY, "InnovationPlatform"),
    ("徐南平", "Person"),
    (JITRI, "ResearchInstitute"),
    ("刘庆", "Person"),
], [
    (ALLY, "ledBy", SZL),
    (ALLY, "ledBy", "徐南平"),
    (SZL, "ledBy", "徐南平"),
    (JITRI, "ledBy", "刘庆"),
], must_not_merge=[
    (SZL, ALLY),
    (ALLY, JITRI),
])

# 4. Jiangsu national key laboratories reach 44 (jrhz.info repost), 2025 (est.)
XCMG = "徐州工程机械集团有限公司"
GCJX = "高端工程机械智能制造全国重点实验室"
RXDZ = "柔性电子全国重点实验室"
doc("2025-jiangsu-national-key-laboratories-reach-44.txt", [
    (XCMG, "Enterprise"),
    (GCJX, "Laboratory"),
    ("工程机械", "Industry"),
    ("黄维", "Person"),
    (RXDZ, "Laboratory"),
    ("柔性电子", "Industry"),
], [
    (GCJX, "ledBy", XCMG),
    (GCJX, "focusesOn", "工程机械"),
    (RXDZ, "ledBy", "黄维"),
    (RXDZ, "focusesOn", "柔性电子"),
], must_not_merge=[
    (GCJX, XCMG),
    (RXDZ, "柔性电子"),
    (GCJX, "工程机械"),
])

# 5. Hubei laboratories in entity operation (中国新闻网 via 163.com), 2022-11-23 (year est.)
HUBEI_LABS = [("湖北光谷实验室", "光谷"), ("湖北珞珈实验室", "珞珈"), ("湖北江夏实验室", "江夏"),
              ("湖北洪山实验室", "洪山"), ("湖北江城实验室", "江城"), ("湖北东湖实验室", "东湖"),
              ("湖北九峰山实验室", "九峰山"), ("湖北隆中实验室", "隆中"),
              ("湖北三峡实验室", "三峡等9家湖北实验室")]
doc("2022-11-hubei-laboratories-entity-operation.txt", [
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("马芙蓉", "Person"),
    ("朱勇进", "Person"),
    ("丘剑山", "Person"),
    ("湖北科技创新媒体交流会第一次会议", "Event"),
    *[(name, "Laboratory", [alias], True) for name, alias in HUBEI_LABS],
    ("光电科学", "Industry"),
    ("空天科技", "Industry"),
    ("生物安全", "Industry"),
    ("生物育种", "Industry"),
    ("国家存储器基地", "InnovationPlatform"),
    ("王锦举", "Person"),
], [
], must_not_merge=[
    ("湖北光谷实验室", "湖北九峰山实验室"),
    ("湖北江夏实验室", "湖北江城实验室"),
    ("湖北东湖实验室", "湖北洪山实验室"),
])

# 6. Hangzhou: two provincial technology innovation centres unveiled (浙江在线 国企 channel), 2022-09 (est.)
CMOS = "CMOS集成电路成套工艺与设计技术创新中心"
ZNGZ = "智能感知技术创新中心"  # canonical name in the seeds (alias 省智能感知技术创新中心)
doc("2022-09-hangzhou-provincial-technology-innovation-centres-unveiled.txt", [
    ("浙江大学杭州国际科创中心", "InnovationPlatform"),
    (CMOS, "InnovationPlatform", ["省CMOS集成电路成套工艺与设计技术创新中心"]),
    ("海康威视", "Enterprise", ["杭州海康威视数字技术股份有限公司"]),
    (ZNGZ, "InnovationPlatform", ["省智能感知技术创新中心"]),
    ("互联网+", "Industry"),
    ("新材料", "Industry"),
    ("汽车及零部件", "Industry"),
    ("现代纺织", "Industry"),
    ("智能物联", "Industry"),
    ("集成电路", "Industry"),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    ("浙江省科学技术厅", "GovernmentBody", ["省科技厅"]),
    ("中华人民共和国科学技术部", "GovernmentBody", ["科技部"]),
], [
    (CMOS, "ledBy", "浙江大学杭州国际科创中心"),
    (ZNGZ, "ledBy", "海康威视"),
    (ZNGZ, "focusesOn", "智能物联"),
], must_not_merge=[
    (CMOS, ZNGZ),
    (CMOS, "集成电路"),
    (ZNGZ, "智能物联"),
    ("浙江省科学技术厅", "中华人民共和国科学技术部"),
    (CMOS, "浙江大学杭州国际科创中心"),
])

# 7. Fujian: seven provincial innovation laboratories (都学课堂 repost of a 福建省政府新闻办 press conference), 2023-08-22
FJ_LABS = [  # (canonical, alias as written, field in brackets)
    ("闽都创新实验室", "福州闽都", "光电信息"),
    ("嘉庚创新实验室", "厦门嘉庚", "能源材料"),
    ("清源创新实验室", "泉州清源", "化学工程"),
    ("宁德时代创新实验室", "宁德时代", "能源器件"),
    ("翔安创新实验室", "厦门翔安", "生物制品"),
    ("海峡创新实验室", "福州海峡", "柔性电子"),
    ("刺桐创新实验室", "泉州刺桐", "集成电路"),
]
FJ_PC = "福建省新型基础设施建设三年行动计划新闻发布会"
doc("2023-08-fujian-seven-provincial-innovation-laboratories.txt", [
    ("都学课堂", "Enterprise"),
    ("福建省人民政府新闻办公室", "GovernmentBody", ["福建省政府新闻办"]),
    (FJ_PC, "Event"),
    ("福建省新型基础设施建设三年行动计划", "Policy"),
    ("黄铁庄", "Person"),
    ("福建省科学技术厅", "GovernmentBody", ["省科技厅"]),
    *[(name, "Laboratory", [alias], True) for name, alias, _ in FJ_LABS if name != "嘉庚创新实验室"],
    ("嘉庚创新实验室", "Laboratory", ["厦门嘉庚", "厦门嘉庚创新实验室"]),
    *[(field, "Industry") for _, _, field in FJ_LABS],
    ("能源材料大楼", "Facility"),
], [
    ("福建省人民政府新闻办公室", "hosts", FJ_PC),
    *[(name, "focusesOn", field) for name, _, field in FJ_LABS],
], must_not_merge=[
    (FJ_PC, "福建省新型基础设施建设三年行动计划"),
    ("福建省人民政府新闻办公室", "福建省科学技术厅"),
    ("嘉庚创新实验室", "能源材料大楼"),
    ("能源材料", "能源材料大楼"),
    ("宁德时代创新实验室", "能源器件"),
    ("海峡创新实验室", "柔性电子"),
])

# 8. Science cities seen from space at the end of the 14th five-year plan (npbk.net repost), 2025 (est.)
HR_C, ZJ_C, GBA_C, HF_C, SZ_C = ("怀柔综合性国家科学中心", "张江综合性国家科学中心", "大湾区综合性国家科学中心",
                                 "合肥综合性国家科学中心", "深圳综合性国家科学中心")
BJ_PLAN = "北京加强全国科技创新中心建设总体方案"
HFC = "合肥未来大科学城"
doc("2025-science-cities-seen-from-space-14th-five-year-plan.txt", [
    ("“十四五”规划纲要", "Policy", ["“十四五”规划"]),
    (HR_C, "InnovationPlatform", ["北京怀柔"], True),
    (ZJ_C, "InnovationPlatform", ["上海张江"], True),
    (GBA_C, "InnovationPlatform", ["大湾区"], True),
    (HF_C, "InnovationPlatform", ["安徽合肥综合性国家科学中心"]),
    ("怀柔科学城", "Zone"),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    (BJ_PLAN, "Policy"),
    ("中关村科学城", "Zone"),
    ("北京未来科技城", "Zone", ["未来科技城"]),
    ("北京怀柔综合性国家科学中心建设方案", "Policy"),
    ("张江科学城", "Zone", ["上海张江科学城"]),
    ("人工智能岛", "Zone"),
    ("张江高科技园区", "Zone"),
    ("光明科学城", "Zone", ["深圳光明科学城"]),
    ("深圳理工大学", "University"),
    (SZ_C, "InnovationPlatform"),
    (HFC, "Zone"),
    ("中国科学技术大学", "University"),
    ("中国科学院合肥物质科学研究院", "ResearchInstitute"),
    ("量子信息", "Industry"),
    ("聚变能源", "Industry"),
    ("深空探测", "Industry"),
], [
    (BJ_PLAN, "issuedBy", "中华人民共和国国务院"),
    (BJ_PLAN, "supports", "中关村科学城"),
    (BJ_PLAN, "supports", "怀柔科学城"),
    (BJ_PLAN, "supports", "北京未来科技城"),
    ("“十四五”规划纲要", "supports", HR_C),
    ("“十四五”规划纲要", "supports", ZJ_C),
    ("“十四五”规划纲要", "supports", GBA_C),
    ("“十四五”规划纲要", "supports", HF_C),
    ("人工智能岛", "partOf", "张江科学城"),
    ("深圳理工大学", "locatedIn", "光明科学城"),
    ("光明科学城", "partOf", SZ_C),
    (HFC, "partOf", HF_C),
    ("中国科学技术大学", "locatedIn", HFC),
    ("中国科学院合肥物质科学研究院", "locatedIn", HFC),
    (HFC, "focusesOn", "量子信息"),
    (HFC, "focusesOn", "聚变能源"),
    (HFC, "focusesOn", "深空探测"),
], must_not_merge=[
    (HR_C, "怀柔科学城"),
    (ZJ_C, "张江科学城"),
    ("张江科学城", "张江高科技园区"),
    (HF_C, HFC),
    (SZ_C, GBA_C),
    (SZ_C, "光明科学城"),
    (BJ_PLAN, "北京怀柔综合性国家科学中心建设方案"),
    ("中国科学技术大学", "中国科学院合肥物质科学研究院"),
])

gold.write(HERE / "gold.jsonl")
