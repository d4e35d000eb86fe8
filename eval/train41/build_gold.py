"""Writes eval/train41/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train41/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train41/docs/")
doc = gold.doc


# 1. Zhuhai High-tech Zone: June key-project signing (中国高新技术产业导报), 2022-07-11
ZH = "珠海高新区"
ZH_EVENT = "人才安居宣传月启动仪式暨6月份重点项目签约仪式"
doc("2022-07-zhuhai-hi-tech-zone-june-project-signing.txt", [
    (ZH, "Zone", ["高新区"]),
    (ZH_EVENT, "Event"),
    ("于大勇", "Person"),
    ("中电建", "Enterprise"),
    ("蜜蜂科技", "Enterprise"),
    ("打望科技", "Enterprise"),
    ("西啡科技", "Enterprise"),
    ("氦舶新材料", "Enterprise"),
    ("珠海高新区投促中心", "GovernmentBody"),
    ("珠海高新区双创中心", "InnovationPlatform"),
    ("高新建投", "Enterprise"),
    ("高科创管", "Enterprise"),
    ("珠海高新区企业服务中心", "GovernmentBody"),
    ("新能源", "Industry"),
    ("生物医药", "Industry"),
    ("集成电路", "Industry"),
    ("人工智能", "Industry"),
    ("迈为股份", "Enterprise"),
    ("联东U谷", "Enterprise"),
], [
    (ZH, "hosts", ZH_EVENT),
    ("中电建", "locatedIn", ZH),
    ("蜜蜂科技", "locatedIn", ZH),
    ("打望科技", "locatedIn", ZH),
    ("西啡科技", "locatedIn", ZH),
    ("氦舶新材料", "locatedIn", ZH),
    ("迈为股份", "locatedIn", ZH),
    ("联东U谷", "locatedIn", ZH),
    (ZH, "focusesOn", "新能源"),
    (ZH, "focusesOn", "生物医药"),
    (ZH, "focusesOn", "集成电路"),
    (ZH, "focusesOn", "人工智能"),
], must_not_merge=[
    (ZH, "珠海高新区投促中心"),
    (ZH, "珠海高新区双创中心"),
    (ZH, "珠海高新区企业服务中心"),
    ("珠海高新区投促中心", "珠海高新区企业服务中心"),
    ("珠海高新区双创中心", "珠海高新区企业服务中心"),
    ("高新建投", "高科创管"),
])

# 2. Kunshan High-tech Zone: two enterprise joint labs (中国高新技术产业导报), 2022-07-04
KS = "昆山高新区"
RZ = "荣智工企智能技术(昆山)有限公司"
CD = "江苏才道精密仪器有限公司"
KGY = "昆山市工业技术研究院"
LAB = "智能装备及系统联合实验室"
CTR = "新型半导体显示检测及智能制造技术联合研发中心"
doc("2022-07-kunshan-hi-tech-zone-enterprise-joint-labs.txt", [
    (KS, "Zone"),
    (RZ, "Enterprise", ["荣智工企"]),
    (CD, "Enterprise", ["才道精密"]),
    (KGY, "ResearchInstitute"),
    ("常熟理工学院", "University"),
    (LAB, "Laboratory"),
    (CTR, "ResearchInstitute"),
    ("大数据", "Industry"),
    ("人工智能", "Industry"),
    ("智能制造", "Industry"),
    ("程磊", "Person"),
], [
    (RZ, "locatedIn", KS),
    (CD, "locatedIn", KS),
    (LAB, "coBuiltBy", RZ),
    (LAB, "coBuiltBy", KGY),
    (CTR, "coBuiltBy", CD),
    (CTR, "coBuiltBy", "常熟理工学院"),
    (RZ, "cooperatesWith", KGY),
    (CD, "cooperatesWith", "常熟理工学院"),
    (KGY, "cooperatesWith", CD),
    (LAB, "focusesOn", "大数据"),
    (LAB, "focusesOn", "人工智能"),
    (LAB, "focusesOn", "智能制造"),
    (CTR, "focusesOn", "大数据"),
    (CTR, "focusesOn", "人工智能"),
    (CTR, "focusesOn", "智能制造"),
], must_not_merge=[
    (LAB, CTR),
    (KGY, CTR),
    (CTR, "智能制造"),
    (RZ, CD),
])

# 3. Zhongshan Torch High-tech Zone: city-level project signing (南方都市报 m.mp.oeeee.com), 2025-08-28
HJ = "中山火炬高技术产业开发区"  # the text writes only 火炬高新区 (an alias of Xiamen's zone elsewhere)
HJ_EVENT = "中山市招商引资项目集中签约仪式暨火炬高新区公有资产招商推介会"
doc("2025-08-zhongshan-torch-hi-tech-zone-project-signing.txt", [
    (HJ, "Zone", ["火炬高新区"]),
    (HJ_EVENT, "Event"),
    ("周作德", "Person"),
    ("大湾区新型电力系统示范区", "Initiative"),
    ("圣湘海济", "Enterprise"),
    ("中国检验检疫科学研究院粤港澳大湾区研究院", "ResearchInstitute"),
    ("智能装备", "Industry"),
    ("光电信息", "Industry"),
    ("健康医药", "Industry"),
    ("生物医药与健康", "Industry"),
    ("十大舰队", "Initiative"),
    ("湾区光谷", "Initiative"),
    ("湾区药谷", "Initiative"),
    ("湾区智谷", "Initiative"),
], [
    (HJ, "hosts", HJ_EVENT),
    (HJ, "focusesOn", "智能装备"),
    (HJ, "focusesOn", "光电信息"),
    (HJ, "focusesOn", "健康医药"),
    ("圣湘海济", "locatedIn", HJ),
    ("圣湘海济", "focusesOn", "生物医药与健康"),
    ("中国检验检疫科学研究院粤港澳大湾区研究院", "locatedIn", HJ),
    (HJ, "supports", "湾区光谷"),
    (HJ, "supports", "湾区药谷"),
    (HJ, "supports", "湾区智谷"),
], must_not_merge=[
    (HJ, HJ_EVENT),
    ("湾区光谷", "湾区药谷"),
    ("湾区药谷", "湾区智谷"),
    ("湾区光谷", "湾区智谷"),
    ("健康医药", "生物医药与健康"),
    ("湾区光谷", "光电信息"),
])

# 4. Yangtze River Delta industrial-chain alliances, fourth batch (中新社 repost), 2024-06-05
EA = "长三角企业家联盟"
CL = "长三角产业链联盟"  # the designation conferred by 授牌 (Award)
A1 = "长三角汽车后市场产销合作产业链联盟"
A2 = "长三角储能及安全产业链联盟"
A3 = "长三角绿色低碳产业链联盟"
A4 = "长三角新能源产业链联盟"
A5 = "长三角MEMS与传感器产业创新联盟"
A6 = "长三角超导产业链联盟"
A7 = "长三角智慧零售服务产业链联盟"
doc("2024-06-yangtze-delta-industrial-chain-alliances-fourth-batch.txt", [
    ("中新社", "Enterprise"),
    ("王逸飞", "Person"),
    ("长三角企业家联盟会议", "Event"),
    (EA, "InnovationPlatform"),
    (CL, "Award"),
    ("长三角产业链共同体", "Initiative"),
    (A1, "InnovationPlatform"),
    (A2, "InnovationPlatform"),
    (A3, "InnovationPlatform"),
    (A4, "InnovationPlatform"),
    (A5, "InnovationPlatform"),
    (A6, "InnovationPlatform"),
    (A7, "InnovationPlatform"),
], [
    (A1, "awarded", CL),
    (A2, "awarded", CL),
    (A3, "awarded", CL),
    (A4, "awarded", CL),
    (A5, "awarded", CL),
    (A6, "awarded", CL),
    (A7, "awarded", CL),
    (EA, "supports", "长三角产业链共同体"),
], must_not_merge=[
    (EA, "长三角企业家联盟会议"),
    (EA, CL),
    (CL, "长三角产业链共同体"),
    (A2, A4),
    (A3, A4),
])

# 5. Xiong'an Zhongguancun Science Park one year after opening (中新社 repost), 2024-08-30
XA = "河北雄安新区"
XZ = "雄安新区中关村科技园"
doc("2024-08-xiongan-zhongguancun-science-park-first-year.txt", [
    ("中新社", "Enterprise"),
    ("陈林", "Person"),
    (XA, "Zone"),
    (XZ, "Zone", ["园区"]),
    ("北京市人民政府", "GovernmentBody", [], True),
    ("河北省人民政府", "GovernmentBody", [], True),
    ("雄安新区改革发展局", "GovernmentBody"),
    ("中国雄安集团有限公司", "Enterprise"),
    ("中关村发展集团股份有限公司", "Enterprise"),
    ("千企雄安行", "Initiative"),
    ("新一代信息技术", "Industry"),
    ("人工智能", "Industry"),
], [
    (XZ, "partOf", XA),
    (XZ, "coBuiltBy", "雄安新区改革发展局"),
    (XZ, "coBuiltBy", "中国雄安集团有限公司"),
    (XZ, "coBuiltBy", "中关村发展集团股份有限公司"),
    (XZ, "focusesOn", "新一代信息技术"),
    (XZ, "focusesOn", "人工智能"),
], must_not_merge=[
    (XA, XZ),
    (XA, "雄安新区改革发展局"),
    (XA, "中国雄安集团有限公司"),
    (XZ, "中关村发展集团股份有限公司"),
    ("北京市人民政府", "河北省人民政府"),
])

# 6. Cixi Cixing intelligent industrial park rated five-star micro-enterprise park (慈溪市融媒体中心 repost), 2022-12
CX = "慈溪市环杭州湾(慈星)智能产业园"
FIVE = "浙江省五星级小微企业园"
doc("2022-12-cixi-cixing-intelligent-industrial-park-five-star.txt", [
    ("浙江省小微企业园工作联席会议办公室", "GovernmentBody"),
    (FIVE, "Award", ["2022年度浙江省五星级小微企业园"]),
    (CX, "Zone", ["慈星智能产业园"]),
    ("数字经济", "Industry"),
    ("白沙路街道", "Zone"),
    ("国家级小型微型企业双创示范基地", "Award"),
    ("省四星级小微园区", "Award"),
    ("甬股交", "Enterprise"),
    ("新三板", "Enterprise"),
    ("慈溪市融媒体中心", "Enterprise"),
    ("鲁奕呈", "Person"),
    ("陈旭", "Person"),
], [
    (CX, "awarded", FIVE),
    (CX, "awarded", "国家级小型微型企业双创示范基地"),
    (CX, "awarded", "省四星级小微园区"),
    (CX, "focusesOn", "数字经济"),
    (CX, "locatedIn", "白沙路街道"),
    (CX, "cooperatesWith", "白沙路街道"),
], must_not_merge=[
    (FIVE, "省四星级小微园区"),
    (CX, "白沙路街道"),
    (FIVE, "浙江省小微企业园工作联席会议办公室"),
])

# 7. Suzhou Industrial Park and the 2021 China potential-unicorn list (bozhihong.com.cn repost), 2022-12-23
SIP = "苏州工业园区"
doc("2022-12-suzhou-industrial-park-potential-unicorn-list.txt", [
    ("2022中国潜在独角兽企业报告发布会", "Event"),
    ("吴庆文", "Person"),
    ("吴家喜", "Person"),
    (SIP, "Zone", ["园区"]),
    ("林小明", "Person"),
    ("长城战略咨询", "Enterprise"),
    ("武文生", "Person"),
    ("2021中国潜在独角兽企业榜单", "Award"),
    ("创新药", "Industry"),
    ("集成电路", "Industry"),
    ("企业数字运营", "Industry"),
    ("人工智能", "Industry"),
    ("体外诊断", "Industry"),
    ("创新医疗器械", "Industry"),
], [
    (SIP, "ledBy", "林小明"),
    ("长城战略咨询", "ledBy", "武文生"),
    (SIP, "focusesOn", "创新药"),
    (SIP, "focusesOn", "集成电路"),
    (SIP, "focusesOn", "创新医疗器械"),
], must_not_merge=[
    ("2022中国潜在独角兽企业报告发布会", "2021中国潜在独角兽企业榜单"),
    ("创新药", "创新医疗器械"),
    (SIP, "长城战略咨询"),
])

gold.write(HERE / "gold.jsonl")
