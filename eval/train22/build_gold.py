"""Writes eval/train22/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train22/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train22/docs/")
doc = gold.doc

DH = "东湖高新区"  # canonical name as in eval/dev and eval/train9
GGZL = "光谷科创大走廊"  # eval/dev
DHKXC = "湖北东湖科学城"  # eval/dev (alias 东湖科学城)

# 1. Wuhan East Lake: Gaoke incubator opens (科技日报), 2021-06-17
GK = "高科孵化器"
GKJT = "武汉高科国有控股集团有限公司"
GGLAB = "湖北光谷实验室"
KCJ = "东湖高新区科创局"
doc("2021-06-wuhan-east-lake-gaoke-incubator-opens.txt", [
    (GK, "InnovationPlatform"),
    (GGZL, "Zone", ["光谷科技创新大走廊"]),
    ("科技日报", "Enterprise"),
    ("刘志伟", "Person"),
    ("陈海润", "Person"),
    ("范琪", "Person"),
    ("夏亚民", "Person"),
    (DH, "Zone", ["武汉东湖高新区", "光谷"]),
    ("高科大厦", "Facility"),
    (GKJT, "Enterprise", ["武汉高科集团"]),
    (GGLAB, "Laboratory"),
    ("华中科技大学", "University"),
    (KCJ, "GovernmentBody"),
    ("科技强省战略", "Initiative"),
    (DHKXC, "Zone", ["东湖科学城"]),
], [
    ("高科大厦", "locatedIn", DH),
    (GK, "locatedIn", DH),
    (GK, "locatedIn", GGZL),
    (GK, "locatedIn", DHKXC),
    (GKJT, "cooperatesWith", GGLAB),
    (GKJT, "cooperatesWith", KCJ),
    (GGLAB, "cooperatesWith", KCJ),
], must_not_merge=[
    (GK, "高科大厦"),
    (GK, GKJT),
    (DH, KCJ),
    (GGZL, DHKXC),
    (GGLAB, DH),
])

# 2. Huangshi city government and East Lake hi-tech zone sign a strategic agreement (武汉未来科技城), 2021-11
DHGWH = "武汉东湖新技术开发区管理委员会"
HS = "黄石市人民政府"
LAY = "黄石(武汉)离岸创新园"
FDY = "武汉东湖(黄石)光电子信息产业园"
doc("2021-11-huangshi-east-lake-hi-tech-zone-strategic-agreement.txt", [
    (HS, "GovernmentBody"),
    (DHGWH, "GovernmentBody", ["东湖高新区管委会"]),
    (GGZL, "Zone", ["光谷科技创新大走廊"]),
    (DH, "Zone", ["光谷"]),
    ("郄英才", "Person"),
    ("汪祥旺", "Person"),
    ("刘洁", "Person"),
    ("吴之凌", "Person"),
    ("何运平", "Person"),
    ("夏亚民", "Person"),
    ("湖北省科技创新大会", "Event"),
    (DHKXC, "Zone", ["东湖科学城"]),
    ("武昌区", "Zone"),
    ("洪山区", "Zone"),
    ("江夏区", "Zone"),
    (LAY, "InnovationPlatform"),
    (FDY, "Zone"),
    ("光芯屏端网", "Industry"),
], [
    (HS, "cooperatesWith", DHGWH),
    (DHGWH, "ledBy", "刘洁"),
    (DHKXC, "partOf", GGZL),
    (DH, "partOf", GGZL),
    (GGZL, "cooperatesWith", "武昌区"),
    (GGZL, "cooperatesWith", "洪山区"),
    (GGZL, "cooperatesWith", "江夏区"),
    (LAY, "coBuiltBy", HS),
    (LAY, "coBuiltBy", DHGWH),
    (FDY, "coBuiltBy", HS),
    (FDY, "coBuiltBy", DHGWH),
    (DH, "focusesOn", "光芯屏端网"),
], must_not_merge=[
    (DH, DHGWH),
    (DH, GGZL),
    (DHKXC, GGZL),
    (LAY, FDY),
    (FDY, DH),
])

# 3. Tianjin Binhai hi-tech zone: xinchuang industry and the three Haihe laboratories (中新网), 2024-03-06
TJ = "天津滨海高新区"
XC = "信创海河实验室"
XB = "细胞生态海河实验室"
NJ = "脑机交互与人机共融海河实验室"
TJ_IND = ["信息技术应用创新", "新经济服务业", "生物医药", "新能源", "高端装备制造"]
PARTNERS = ["清华大学", "北京大学", "协和医学科学院", "中国医科大学"]
doc("2024-03-tianjin-binhai-hi-tech-zone-xinchuang-haihe-laboratories.txt", [
    (TJ, "Zone", ["天津高新区"]),
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("王君妍", "Person"),
    ("信息技术应用创新", "Industry", ["信创产业"]),
    *[(i, "Industry") for i in TJ_IND[1:]],
    (XC, "Laboratory"),
    ("北京启元实验室", "Laboratory"),
    (XB, "Laboratory"),
    (NJ, "Laboratory"),
    ("清华大学", "University"),
    ("北京大学", "University"),
    ("协和医学科学院", "ResearchInstitute"),
    ("中国医科大学", "University"),
    ("天津高新区国际创业中心", "InnovationPlatform", ["留学生创业园"]),
], [
    *[(TJ, "focusesOn", i) for i in TJ_IND],
    (XC, "locatedIn", TJ),
    (XB, "locatedIn", TJ),
    (NJ, "locatedIn", TJ),
    (XC, "cooperatesWith", "北京启元实验室"),
    *[(lab, "cooperatesWith", p) for lab in (XB, NJ) for p in PARTNERS],
    ("天津高新区国际创业中心", "locatedIn", TJ),
], must_not_merge=[
    (XC, "信息技术应用创新"),
    (XC, "北京启元实验室"),
    (XB, NJ),
    (TJ, "天津高新区国际创业中心"),
    ("清华大学", "北京大学"),
])

# 4. Beijing E-Town (亦庄) lays out six future industries (press-conference report, repost), 2024-09
BDA = "北京经济技术开发区"
FUT = ["未来信息", "未来健康", "未来制造", "未来能源", "未来材料", "未来空间"]
BDA_IND = [*FUT, "商业航天", "类人机器人", "机器人产业", "合成生物", "新型储能"]
JS = "北京具身智能机器人创新中心"
JQR = "北京市机器人产业园"
EV = "迎接新中国成立75周年系列主题新闻发布会"
doc("2024-09-beijing-yizhuang-six-future-industries.txt", [
    (BDA, "Zone", ["北京经开区", "亦庄", "北京亦庄", "经开区"]),
    *[(i, "Industry") for i in FUT],
    ("商业航天", "Industry"),
    ("类人机器人", "Industry"),
    ("机器人产业", "Industry", ["机器人"]),
    ("合成生物", "Industry"),
    ("新型储能", "Industry"),
    ("北京市人民政府新闻办公室", "GovernmentBody", ["北京市政府新闻办公室"]),
    (EV, "Event"),
    ("孔磊", "Person"),
    ("亦庄新城", "Zone"),
    ("锦篮基因", "Enterprise"),
    ("优必选", "Enterprise"),
    ("小米", "Enterprise"),
    (JS, "InnovationPlatform"),
    (JQR, "Zone"),
], [
    *[(BDA, "focusesOn", i) for i in BDA_IND],
    ("北京市人民政府新闻办公室", "hosts", EV),
    (BDA, "supports", "锦篮基因"),
    (BDA, "supports", "优必选"),
    (BDA, "supports", "小米"),
    ("锦篮基因", "locatedIn", BDA),
    ("优必选", "locatedIn", BDA),
    ("小米", "locatedIn", BDA),
    (JS, "locatedIn", BDA),
    (JQR, "partOf", BDA),
], must_not_merge=[
    (BDA, "亦庄新城"),
    (JQR, "机器人产业"),
    (JS, JQR),
    ("类人机器人", "机器人产业"),
    ("未来信息", "未来空间"),
])

# 5. Nanchang hi-tech zone: the mayor inspects key projects (凤凰网江西 / 南昌日报), 2026-01 (year est.)
NC = "南昌高新区"
WS = "江西智能无损检测创新中心"
doc("2026-01-nanchang-hi-tech-zone-mayor-inspects-key-projects.txt", [
    ("高世文", "Person"),
    (NC, "Zone"),
    ("中国共产党第二十届中央委员会第四次全体会议", "Event", ["党的二十届四中全会"]),
    (WS, "InnovationPlatform"),
    ("智能无损检测", "Industry"),
    ("南昌光群雷射科技有限公司", "Enterprise"),
], [
    (WS, "locatedIn", NC),
    (WS, "focusesOn", "智能无损检测"),
    ("南昌光群雷射科技有限公司", "locatedIn", NC),
], must_not_merge=[
    (WS, "智能无损检测"),
    (NC, "南昌光群雷射科技有限公司"),
])

# 6. Zhengzhou: Zhongyuan sci-tech city, Henan Academy of Sciences and the national tech-transfer centre (hnmdtv), 2023-09-07
ZY = "郑州中原科技城"  # eval/train5, eval/train9 (alias 中原科技城)
HNKXY = "河南省科学院"
JSZY = "国家技术转移郑州中心"
doc("2023-09-zhengzhou-zhongyuan-sci-tech-city-three-in-one.txt", [
    ("安伟", "Person"),
    ("中国共产党第二十次全国代表大会", "Event", ["党的二十大"]),
    ("十大战略", "Initiative"),
    (ZY, "Zone", ["中原科技城"]),
    ("郑东新区", "Zone"),
    ("河南省医学科学院", "ResearchInstitute"),
    (HNKXY, "ResearchInstitute", ["省科学院"]),
    (JSZY, "InnovationPlatform"),
    ("中共河南省委员会", "GovernmentBody", ["省委"]),
    ("河南省人民政府", "GovernmentBody", ["省政府"]),
], [
    (ZY, "partOf", "郑东新区"),
    (HNKXY, "cooperatesWith", ZY),
    (HNKXY, "cooperatesWith", JSZY),
    (ZY, "cooperatesWith", JSZY),
], must_not_merge=[
    (HNKXY, "河南省医学科学院"),
    (ZY, "郑东新区"),
    (ZY, JSZY),
    ("中共河南省委员会", "河南省人民政府"),
])

# 7. Qingdao sci-tech corridor: innovation cores (华商网 repost), 2026-01-14
QDZL = "青岛科创大走廊"
ZZ = "致真精密仪器(青岛)有限公司"
BHQD = "北京航空航天大学青岛研究院"
XJR = "国家级专精特新小巨人企业"
doc("2026-01-qingdao-sci-tech-corridor-innovation-cores.txt", [
    (QDZL, "Zone"),
    (ZZ, "Enterprise", ["致真精密"]),
    (XJR, "Award"),
    (BHQD, "ResearchInstitute", ["北航青岛研究院"]),
    ("崂山实验室", "Laboratory"),
    ("唐波", "Person"),
    ("绿色氢能", "Industry"),
    ("中科院青岛能源所", "ResearchInstitute"),
    ("韩星", "Person"),
], [
    (ZZ, "awarded", XJR),
    (BHQD, "incubates", ZZ),
    (BHQD, "locatedIn", QDZL),
    (ZZ, "locatedIn", QDZL),
    ("崂山实验室", "locatedIn", QDZL),
], must_not_merge=[
    (BHQD, ZZ),
    (BHQD, "中科院青岛能源所"),
    ("崂山实验室", QDZL),
])

# 8. Changsha: Xiangjiang science city promoted in Shenzhen (长沙晚报 via 新浪财经), 2024-04-24
XJKXC = "湘江科学城"  # eval/train3, eval/train7
XJXQ = "湖南湘江新区"  # eval/train5, eval/train7
EV2 = "长沙全球研发中心城市集聚区·湘江科学城推介暨校友回湘深圳专场活动"
XJ_PROJ = ["先进技术成果转化研究院", "湘江集团-清华深国院-清源华建联合研究中心", "航空航天精密涂层制备研发中心"]
doc("2024-04-changsha-xiangjiang-science-city-shenzhen-promotion.txt", [
    ("长沙晚报", "Enterprise"),
    ("李金", "Person"),
    ("贺喜迎", "Person"),
    (EV2, "Event", ["深圳招商推介会"]),
    (XJKXC, "Zone"),
    (XJXQ, "Zone", ["湘江新区"]),
    ("长沙全球研发中心城市", "Initiative", ["全球研发中心城市"]),
    *[(x, "ResearchInstitute") for x in XJ_PROJ],
], [
    (XJKXC, "partOf", XJXQ),
    *[(x, "locatedIn", XJKXC) for x in XJ_PROJ],
], must_not_merge=[
    (XJKXC, XJXQ),
    (EV2, XJKXC),
    ("长沙全球研发中心城市", EV2),
    ("先进技术成果转化研究院", "航空航天精密涂层制备研发中心"),
])

gold.write(HERE / "gold.jsonl")
