"""Writes eval/train45/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train45/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train45/docs/")
doc = gold.doc


# 1. 鹿产业创新研究院 unveiled in Dalian (dsblog.net repost), 2024-04-09
LU = "鹿产业创新研究院"
DICP = "中国科学院大连化学物理研究所"  # as in earlier gold, alias 大连化物所
DJ = "东阿阿胶股份有限公司"
DLKJ = "大连市科学技术局"
doc("2024-04-dalian-deer-industry-innovation-institute-unveiled.txt", [
    (LU, "ResearchInstitute"),
    ("鹿产业创新研究院合作协议", "Policy"),
    (DICP, "ResearchInstitute", ["大连化物所"]),
    ("华润集团", "Enterprise"),
    ("华润健康", "Enterprise"),
    ("华润医药", "Enterprise"),
    (DJ, "Enterprise", ["东阿阿胶"]),
    (DLKJ, "GovernmentBody", ["大连市科技局"]),
    ("梅花鹿产业", "Industry"),
    ("陈绍旺", "Person"),
    ("刘中民", "Person"),
    ("韩跃伟", "Person"),
    ("李大民", "Person"),
    ("张玉奎", "Person"),
    ("蔡睿", "Person"),
    ("骆东升", "Person"),
    ("原驰", "Person"),
    ("于海", "Person"),
    ("陶然", "Person"),
    ("程杰", "Person"),
], [
    (LU, "coBuiltBy", DJ),
    (LU, "coBuiltBy", DICP),
    (LU, "coBuiltBy", DLKJ),
    ("鹿产业创新研究院合作协议", "supports", LU),
    (DJ, "cooperatesWith", DICP),
    (DJ, "cooperatesWith", DLKJ),
    (DICP, "cooperatesWith", DLKJ),
    (DICP, "ledBy", "刘中民"),
    (DLKJ, "ledBy", "原驰"),
    ("华润健康", "ledBy", "于海"),
    (DJ, "ledBy", "程杰"),
    (DICP, "cooperatesWith", "华润集团"),
], must_not_merge=[
    (LU, "鹿产业创新研究院合作协议"),
    ("华润集团", "华润健康"),
    ("华润集团", "华润医药"),
    ("华润健康", "华润医药"),
    (LU, DICP),
])

# 2. 东阿阿胶 – 青岛海洋生物医药研究院 strategic cooperation (zhishi5.com repost), 2021-05-13
QD = "青岛海洋生物医药研究院"
doc("2021-05-dong-e-e-jiao-qingdao-marine-biomedical-institute-cooperation.txt", [
    (DJ, "Enterprise", ["东阿阿胶", "东阿阿胶股份"]),
    (QD, "ResearchInstitute"),
    ("管华诗", "Person"),
    ("东阿县", "Zone", ["东阿"]),
    ("雷霞", "Person"),
    ("朱凤泽", "Person"),
    ("阿胶产业", "Industry"),
    ("生物医药", "Industry"),
    ("大健康", "Industry", ["大健康产业"]),
], [
    (DJ, "cooperatesWith", QD),
    (QD, "ledBy", "管华诗"),
    ("东阿县", "focusesOn", "阿胶产业"),
    ("东阿县", "focusesOn", "生物医药"),
    ("东阿县", "focusesOn", "大健康"),
], must_not_merge=[
    ("东阿县", DJ),
    ("阿胶产业", DJ),
    ("生物医药", QD),
])

# 3. 中关村东升科技园二期 and 格灵深瞳 (e993.com repost of a 北京日报 feature), 2023 (est.)
DS2 = "中关村东升科技园二期"
DS1 = "东升科技园一期"
GL = "格灵深瞳"
doc("2023-beijing-zhongguancun-dongsheng-science-park-phase-two.txt", [
    ("赵语涵", "Person"),
    ("中关村", "Zone"),
    ("人工智能", "Industry", ["人工智能产业"]),
    ("新能源", "Industry"),
    ("新材料", "Industry"),
    ("生命科学", "Industry"),
    ("海淀区", "Zone", ["北京市海淀区", "海淀"]),
    ("东升", "Zone"),
    (DS2, "Zone", ["科技园二期"]),
    (DS1, "Zone", ["园区一期"]),
    (GL, "Enterprise"),
    ("赵勇", "Person"),
    ("谷歌", "Enterprise"),
    ("人工智能第一股", "Award"),
], [
    (DS2, "partOf", "海淀区"),
    (DS2, "focusesOn", "人工智能"),
    (DS2, "focusesOn", "新能源"),
    (DS2, "focusesOn", "新材料"),
    (DS2, "focusesOn", "生命科学"),
    (GL, "locatedIn", DS2),
    (GL, "locatedIn", DS1),
    (GL, "foundedBy", "赵勇"),
    (GL, "focusesOn", "人工智能"),
    (GL, "awarded", "人工智能第一股"),
], must_not_merge=[
    (DS2, DS1),
    (DS2, "中关村"),
    ("人工智能", "人工智能第一股"),
    ("东升", DS1),
])

# 4. 先进材料联合实验室 of 黄埔材料院 and 众山精密 unveiled (ciachiam.cn), 2022 (est.)
LAB = "先进材料联合实验室"
HPM = "广东粤港澳大湾区黄埔材料研究院"
ZS = "广州众山精密科技有限公司"
CIAC = "中科院长春应化所"
doc("2022-guangzhou-zengcheng-advanced-materials-joint-lab-unveiled.txt", [
    (LAB, "Laboratory"),
    (HPM, "ResearchInstitute", ["黄埔材料院"]),
    (ZS, "Enterprise", ["众山精密公司", "众山精密"]),
    (CIAC, "ResearchInstitute"),
    ("增城区", "Zone", ["广州市增城区", "增城"]),
    ("新材料", "Industry"),
    ("先进材料", "Industry", ["先进材料产业"]),
    ("赵国生", "Person"),
    ("林焕绪", "Person"),
    ("杨小牛", "Person"),
    ("廖平", "Person"),
    ("曾鸿斌", "Person"),
    ("张英智", "Person"),
    ("王杰", "Person"),
    ("朱华明", "Person"),
    ("陈溢彬", "Person"),
], [
    (LAB, "coBuiltBy", HPM),
    (LAB, "coBuiltBy", ZS),
    (LAB, "focusesOn", "新材料"),
    (CIAC, "ledBy", "杨小牛"),
    (HPM, "ledBy", "杨小牛"),
    (ZS, "ledBy", "朱华明"),
    (ZS, "ledBy", "陈溢彬"),
    (HPM, "partOf", CIAC),
    ("增城区", "focusesOn", "先进材料"),
], must_not_merge=[
    (LAB, HPM),
    (HPM, CIAC),
    ("新材料", "先进材料"),
    (LAB, "先进材料"),
])

# 5. 中药产业共链行动 salon in 东阿县 (环球时讯 repost), 2024-06 (date from URL)
EV = "中药产业链共链行动暨中医药产业高质量发展沙龙"
HRYY = "华润医药"  # name used by earlier gold; this text writes 华润医药集团有限公司
HRDE = "华润东阿阿胶有限公司"
SY = "漱玉平民大药房连锁股份有限公司"
doc("2024-06-dong-e-chinese-medicine-industry-chain-action.txt", [
    ("中药产业共链行动", "Initiative", ["共链行动"]),
    ("国务院国有资产监督管理委员会", "GovernmentBody", ["国务院国资委"]),
    ("华润集团", "Enterprise"),
    ("中国工业经济联合会", "GovernmentBody"),
    (HRYY, "Enterprise", ["华润医药集团有限公司", "华润医药集团"]),
    (HRDE, "Enterprise"),
    (EV, "Event"),
    ("东阿县", "Zone", ["山东省东阿县"]),
    (DJ, "Enterprise", ["东阿阿胶"]),
    ("山东东阿黑毛驴牧业科技有限公司", "Enterprise"),
    ("毛驴产业", "Industry"),
    ("东丰县人民政府", "GovernmentBody", [], True),
    ("西丰县人民政府", "GovernmentBody", ["西丰县政府"]),
    (DICP, "ResearchInstitute"),
    (DLKJ, "GovernmentBody", ["大连市科技局"]),
    (LU, "ResearchInstitute"),
    ("鹿产业", "Industry"),
    (SY, "Enterprise", ["漱玉平民"]),
    ("李文杰", "Person"),
    ("中医药", "Industry", ["中医药产业"]),
], [
    ("华润集团", "hosts", EV),
    ("中国工业经济联合会", "hosts", EV),
    (HRYY, "hosts", EV),
    (HRDE, "hosts", EV),
    (DJ, "partOf", HRYY),
    (DJ, "cooperatesWith", "东丰县人民政府"),
    (DJ, "cooperatesWith", "西丰县人民政府"),
    (LU, "coBuiltBy", DJ),
    (LU, "coBuiltBy", DICP),
    (LU, "coBuiltBy", DLKJ),
    (SY, "ledBy", "李文杰"),
], must_not_merge=[
    (HRDE, DJ),
    (HRYY, "华润集团"),
    ("中药产业共链行动", EV),
    (LU, "鹿产业"),
    ("东丰县人民政府", "西丰县人民政府"),
])

# 6. Three incubation carriers of 威海经区 recognised by the province (威海新闻网), 2023-11-07
JQ = "经区"  # the text's only name of 威海经济技术开发区 (no full name invented)
LIST = "2023年度山东省科技企业孵化载体认定(备案)名单"
CARRIERS = ["众科创新工业园加速器", "威海国际服务外包软件园孵化器", "智慧创客众创空间"]
doc("2023-11-weihai-economic-zone-three-incubation-carriers.txt", [
    (JQ, "Zone"),
    ("威海新闻网", "Enterprise"),
    ("Hi威海新闻客户端", "Enterprise", ["Hi威海客户端"]),
    ("山东省科学技术厅", "GovernmentBody", ["省科技厅"]),
    (LIST, "Award"),
    *[(c, "InnovationPlatform") for c in CARRIERS],
    ("经区科技创新局", "GovernmentBody"),
    ("姜萍", "Person"),
    ("刘若鹏", "Person"),
], [
    *[(c, "locatedIn", JQ) for c in CARRIERS],
    *[(c, "awarded", LIST) for c in CARRIERS],
], must_not_merge=[
    (JQ, "经区科技创新局"),
    ("威海新闻网", "Hi威海新闻客户端"),
    ("众科创新工业园加速器", "威海国际服务外包软件园孵化器"),
])

gold.write(HERE / "gold.jsonl")
