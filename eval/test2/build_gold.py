"""Writes eval/test2/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

BLIND TEST SET: extractor authors must not read this file (see eval/test2/README.md, "The rule").

Run: .venv/bin/python eval/test2/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/test2/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl

# 1. Binjiang x ZUCC (浙大城市学院) strategic cooperation signing (investchn.com), 2023-02-08 (year est.)
ZUCC = "浙大城市学院"
ZC = "浙大城市学院滨江创新中心"  # seeds' canonical name
ZUCC_FIRMS = [("新华三", []), ("大华股份", ["大华技术"]), ("宇视科技", []), ("零跑科技", []),
              ("浙江中控", []), ("吉利沃飞", []), ("亿航智能", [])]
doc("2023-02-binjiang-zucc-strategic-cooperation-signing.txt", [
    (BJ, "Zone", ["高新区(滨江)"]),
    (ZUCC, "University", ["浙大城院"]),
    (ZC, "ResearchInstitute", ["浙大城院滨江创新中心"]),
    ("章登峰", "Person"),
    ("洪庆华", "Person"),
    ("罗卫东", "Person"),
    ("陈宇", "Person"),
    ("王孟辉", "Person"),
    ("陈健", "Person"),
    ("顾华锋", "Person"),
    ("王理生", "Person"),
    ("数字经济", "Industry"),
    ("数智产业", "Industry"),
    *[(f, "Enterprise", a) for f, a in ZUCC_FIRMS],
], [
    (BJ, "cooperatesWith", ZUCC),
    (ZC, "coBuiltBy", BJ),
    (ZC, "coBuiltBy", ZUCC),
    (ZC, "locatedIn", BJ),
    (BJ, "supports", ZC),
    (ZUCC, "ledBy", "罗卫东"),
    (BJ, "focusesOn", "数字经济"),
    (BJ, "focusesOn", "数智产业"),
    *[(ZUCC, "cooperatesWith", f) for f, _ in ZUCC_FIRMS],
], must_not_merge=[
    (ZUCC, ZC),
    (BJ, ZC),
    ("数字经济", "数智产业"),
])

# 2. Zhejiang University x Binjiang strategic agreement: 浙江大学滨江研究院 (insigma.com.cn), April 2020 (est.)
ZJU = "浙江大学"
ZBI = "浙江大学滨江研究院"
KP = "浙江省鲲鹏生态创新中心"
ZBI_FIELDS = ["信息创新", "生命健康", "数字经济", "新制造业", "信息技术", "智慧医疗"]
doc("2020-04-zju-binjiang-strategic-cooperation-institute.txt", [
    (ZJU, "University"),
    (BJ, "Zone", ["高新区(滨江)"]),
    ("海创基地", "Facility"),
    (ZBI, "ResearchInstitute"),
    (KP, "InnovationPlatform", ["鲲鹏创新中心"]),
    ("信息创新", "Industry"),
    ("生命健康", "Industry", ["生命健康产业"]),
    ("数字经济", "Industry"),
    ("新制造业", "Industry"),
    ("信息技术", "Industry"),
    ("智慧医疗", "Industry"),
    ("鲲鹏产业", "Industry"),
    ("任少波", "Person"),
    ("王敏", "Person"),
    ("杭州国家自主创新示范区", "Zone", ["国家自主创新示范区"]),
], [
    (ZJU, "cooperatesWith", BJ),
    (ZBI, "coBuiltBy", ZJU),
    (ZBI, "coBuiltBy", BJ),
    (KP, "ledBy", ZBI),
    *[(ZBI, "focusesOn", i) for i in ZBI_FIELDS],
    (BJ, "focusesOn", "数字经济"),
], must_not_merge=[
    (ZJU, ZBI),
    (ZBI, KP),
    (KP, "鲲鹏产业"),
    (BJ, "杭州国家自主创新示范区"),
    ("信息创新", "信息技术"),
])

# 3. Binjiang Q1 2023 investment projects groundbreaking (化工机械设备网 m.huajx.com), 2023-02-22
ZT = "杭州泽天春来科技有限公司"
ZT_BASE = "高端光谱质谱仪器创新制造基地"
SH = "杭州三汇信息工程有限公司"
SH_BASE = "物联网与大数据生产基地"
LJ = "杭州联吉技术有限公司"
LJ_BASE = "智能终端产品生产基地"
LJ_FIELDS = ["人工智能", "机器视觉", "云服务", "智能家居", "大数据"]
doc("2023-02-binjiang-q1-projects-groundbreaking.txt", [
    (BJ, "Zone", ["杭州高新区", "杭州国家高新技术产业开发区"]),
    ("化工机械设备网", "Enterprise"),
    (ZT, "Enterprise", ["泽天春来科技"]),
    (ZT_BASE, "Facility"),
    ("智造供给小镇", "Zone"),
    ("仪器产业", "Industry"),
    (SH, "Enterprise"),
    (SH_BASE, "Facility"),
    (LJ, "Enterprise"),
    (LJ_BASE, "Facility"),
    ("电子专业设备", "Industry"),
    ("网络通信", "Industry"),
    ("安防监控", "Industry"),
    *[(i, "Industry") for i in LJ_FIELDS],
], [
    (ZT, "locatedIn", BJ),
    (SH, "locatedIn", BJ),
    (LJ, "locatedIn", BJ),
    (ZT_BASE, "foundedBy", ZT),
    (SH_BASE, "foundedBy", SH),
    (LJ_BASE, "foundedBy", LJ),
    (ZT_BASE, "locatedIn", "智造供给小镇"),
    ("智造供给小镇", "partOf", BJ),
    *[(LJ, "focusesOn", i) for i in LJ_FIELDS],
], must_not_merge=[
    (ZT, ZT_BASE),
    (SH, SH_BASE),
    (LJ, LJ_BASE),
    ("大数据", SH_BASE),
    (BJ, "智造供给小镇"),
])

# 4. Hangzhou Future Sci-Tech City: 数字·健康小镇 opens (dbsqp.com repost), 2020-08-30 (est.), HTML
FST = "未来科技城"  # seeds' canonical name (Hangzhou)
DH = "中国(杭州)数字·健康小镇"
DH_PROJECTS = [
    ("张伯礼智慧健康创新实验室", "Laboratory"),
    ("涿溪实验室", "Laboratory"),
    ("之江实验室数字健康成果转化基地", "InnovationPlatform"),
    ("比利时鲁汶大学医疗技术创新中心中国中心", "InnovationPlatform"),
    ("圣彼得堡彼得大帝理工大学科技创新中心", "InnovationPlatform"),
    ("南京大学杭州未来技术研究院", "ResearchInstitute"),
    ("同济大学-同济余杭产业发展协同中心", "InnovationPlatform"),
]
doc("2020-08-hangzhou-future-sci-tech-city-digital-health-town.html", [
    ("阿里巴巴", "Enterprise"),
    ("中国(杭州)人工智能小镇", "Zone"),
    ("5G创新园", "Zone"),
    (FST, "Zone"),
    ("数字经济", "Industry"),
    ("2020生命健康未来峰会", "Event"),
    (DH, "Zone", ["“数字·健康”小镇"]),
    ("中国工程院", "ResearchInstitute"),
    ("张伯礼", "Person"),
    ("李兰娟", "Person"),
    ("戴琼海", "Person"),
    ("清华大学", "University"),
    *DH_PROJECTS,
    ("杭州未来科技城管理委员会", "GovernmentBody", ["未来科技城管委会"]),
    ("生命健康", "Industry", ["生命健康产业"]),
], [
    ("中国(杭州)人工智能小镇", "partOf", FST),
    ("5G创新园", "partOf", FST),
    ("阿里巴巴", "locatedIn", FST),
    (FST, "focusesOn", "数字经济"),
    (DH, "partOf", FST),
    *[(p, "locatedIn", DH) for p, _ in DH_PROJECTS],
    ("涿溪实验室", "ledBy", "戴琼海"),
    (DH, "focusesOn", "生命健康"),
], must_not_merge=[
    (DH, FST),
    (FST, "杭州未来科技城管理委员会"),
    ("中国(杭州)人工智能小镇", DH),
    ("张伯礼", "张伯礼智慧健康创新实验室"),
    ("涿溪实验室", "张伯礼智慧健康创新实验室"),
])

# 5. Zhangjiang HQ park and Shanghai IC design park open (中新社 via shttxw.com repost), 2020-04-15 (year est.)
ZJ = "张江科学城"
ZJHQ = "张江总部园"
ICP = "上海集成电路设计产业园"
doc("2020-04-zhangjiang-hq-park-ic-design-park-opening.txt", [
    (ZJHQ, "Zone"),
    (ICP, "Zone", ["上海集成电路产业园"]),
    ("中新社", "Enterprise"),
    ("李姝徵", "Person"),
    ("郁玫", "Person"),
    ("集成电路", "Industry"),
    ("人工智能", "Industry"),
    ("生物医药", "Industry"),
    (ZJ, "Zone"),
    ("中国(上海)自由贸易试验区管理委员会张江管理局", "GovernmentBody"),
    ("吴俊", "Person"),
    ("千亿百万工程", "Initiative"),
], [
    (ZJHQ, "partOf", ZJ),
    (ICP, "partOf", ZJ),
    (ZJ, "focusesOn", "集成电路"),
    (ZJ, "focusesOn", "人工智能"),
    (ZJ, "focusesOn", "生物医药"),
    (ICP, "focusesOn", "集成电路"),
], must_not_merge=[
    (ZJHQ, ZJ),
    (ICP, ZJ),
    (ICP, "集成电路"),
    (ZJ, "中国(上海)自由贸易试验区管理委员会张江管理局"),
])

# 6. Shangyu (Shaoxing): ZJUT Shangyu institute and the 虚拟大学园 (浙江在线 / 浙江日报), 2014-07-09
ZJUT = "浙江工业大学"
SYI = "浙江工业大学上虞研究院"
VUP = "上虞虚拟大学园"
SY = "上虞区"
SYGOV = "绍兴市上虞区人民政府"
SYCPC = "中共绍兴市上虞区委员会"
SY_INDUSTRIES = ["精细化工", "绿色制药", "生物工程", "新材料及装备"]
SYI_PARTS = [("上虞绿色精细化工创新平台", "InnovationPlatform"), ("长三角绿色制药协同中心", "InnovationPlatform"),
             ("环境工程与催化技术研究所", "ResearchInstitute"), ("材料、医药与精化研究所", "ResearchInstitute")]
doc("2014-07-shangyu-zjut-institute-virtual-university-park.txt", [
    ("浙江在线", "Enterprise"),
    ("浙江日报", "Enterprise"),
    ("周智敏", "Person"),
    ("袁伟江", "Person"),
    (SYI, "ResearchInstitute", ["浙工大上虞研究院", "上虞研究院", "浙工大研究院"]),
    (VUP, "Zone", ["虚拟大学园"]),
    (SY, "Zone", ["上虞"]),
    (SYCPC, "GovernmentBody", ["上虞区委"]),
    (SYGOV, "GovernmentBody", ["上虞区政府", "区政府"]),
    (ZJUT, "University", ["浙工大"]),
    *[(i, "Industry") for i in SY_INDUSTRIES],
    *SYI_PARTS,
    ("复旦大学", "University"),
], [
    (SYI, "locatedIn", VUP),
    (VUP, "partOf", SY),
    (VUP, "foundedBy", SYCPC),
    (VUP, "foundedBy", SYGOV),
    (SYI, "coBuiltBy", SYGOV),
    (SYI, "coBuiltBy", ZJUT),
    (ZJUT, "cooperatesWith", SY),
    *[(SY, "focusesOn", i) for i in SY_INDUSTRIES],
    *[(p, "partOf", SYI) for p, _ in SYI_PARTS],
], must_not_merge=[
    (ZJUT, SYI),
    (SY, VUP),
    (SYGOV, SYCPC),
    (SYI, "上虞绿色精细化工创新平台"),
    ("环境工程与催化技术研究所", "材料、医药与精化研究所"),
])

# 7. Taixing hi-tech zone profile (mytaizhou.net), 2020-04-25: "3+1" industry system, "1+1+1+N" cooperation model
TX = "泰兴高新技术产业开发区"
TX_MAIN = ["节能环保", "新能源新材料", "智能制造"]
TX_CHAINS = ["高效太阳能电池", "高端传动机械", "新型锂电"]
TX_AWARDS = ["国家级环保服务业试点园区", "中国产学研合作创新示范基地", "江苏省泰兴环保科技产业园",
             "江苏省节能环保产业产学研协同创新基地", "江苏省知识产权试点示范园区", "省级循环化改造示范基地",
             "省级电子商务示范基地", "省级工业旅游示范区", "泰州市综合考核优秀开发区二等奖"]
TX_INST = ["南理工泰兴智能制造研究院", "江苏中工高端装备研究院"]
doc("2020-04-taixing-hi-tech-zone-profile.txt", [
    (TX, "Zone", ["江苏省泰兴高新技术产业开发区"]),
    ("陆楚媛", "Person"),
    ("节能环保", "Industry", ["节能环保产业"]),
    ("新能源新材料", "Industry"),
    ("智能制造", "Industry"),
    ("科技服务业", "Industry"),
    *[(i, "Industry") for i in TX_CHAINS],
    *[(a, "Award") for a in TX_AWARDS],
    ("凤栖小镇", "Zone"),
    ("骏马奖", "Award"),
    ("人才科技广场", "Facility"),
    *[(i, "ResearchInstitute") for i in TX_INST],
], [
    *[(TX, "focusesOn", i) for i in TX_MAIN + ["科技服务业"] + TX_CHAINS],
    *[(TX, "awarded", a) for a in TX_AWARDS],
    ("凤栖小镇", "partOf", TX),
    ("凤栖小镇", "awarded", "骏马奖"),
    *[(i, "locatedIn", TX) for i in TX_INST],
], systems=[
    {"formula": "3+1", "tiers": [
        {"symbol": "3", "declared": 3, "members": TX_MAIN},
        {"symbol": "1", "declared": 1, "members": ["科技服务业"]}]},
    {"formula": "1+1+1+N", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (TX, "江苏省泰兴环保科技产业园"),
    (TX, "凤栖小镇"),
    ("节能环保", "江苏省节能环保产业产学研协同创新基地"),
    ("智能制造", "南理工泰兴智能制造研究院"),
    ("南理工泰兴智能制造研究院", "江苏中工高端装备研究院"),
])

# 8. Hefei hi-tech zone: quantum computing news (chuangye.xunjk.com), 2023-08-22 (est.)
HF = "合肥高新区"  # eval/dev canonical name
BY = "本源量子计算科技(合肥)股份有限公司"
QS = "量超融合先进计算平台"
doc("2023-08-hefei-hi-tech-zone-quantum-computing.txt", [
    (HF, "Zone"),
    ("科创自贸", "Initiative"),
    ("土地全域治理", "Initiative"),
    ("科学技术部火炬高技术产业开发中心", "GovernmentBody", ["科技部火炬中心"]),
    ("国家高新区排名", "Award", ["国家高新技术开发区综合评价"]),
    ("第二届CCF量子计算大会暨量子计算产业峰会", "Event"),
    ("郭光灿", "Person"),
    ("杨金龙", "Person"),
    ("钱德沛", "Person"),
    ("陈左宁", "Person"),
    ("量子计算", "Industry"),
    ("量超融合分论坛", "Event"),
    (BY, "Enterprise"),
    ("上海超级计算中心", "Facility"),
    ("国家超级计算郑州中心", "Facility"),
    (QS, "InnovationPlatform"),
    ("合肥综合性国家科学中心", "InnovationPlatform"),
    ("张江综合性国家科学中心", "InnovationPlatform", ["上海张江"]),
    ("科大国盾量子技术股份有限公司", "Enterprise"),
    ("弧光量子", "Enterprise"),
], [
    (HF, "awarded", "国家高新区排名"),
    (BY, "locatedIn", HF),
    (BY, "cooperatesWith", "上海超级计算中心"),
    (BY, "cooperatesWith", "国家超级计算郑州中心"),
    (QS, "coBuiltBy", BY),
    (QS, "coBuiltBy", "上海超级计算中心"),
    (QS, "coBuiltBy", "国家超级计算郑州中心"),
    ("合肥综合性国家科学中心", "cooperatesWith", "张江综合性国家科学中心"),
    ("科大国盾量子技术股份有限公司", "cooperatesWith", "弧光量子"),
], must_not_merge=[
    (HF, "合肥综合性国家科学中心"),
    ("合肥综合性国家科学中心", "张江综合性国家科学中心"),
    ("上海超级计算中心", "国家超级计算郑州中心"),
    (QS, "量超融合分论坛"),
    ("第二届CCF量子计算大会暨量子计算产业峰会", "量超融合分论坛"),
    ("量子计算", "第二届CCF量子计算大会暨量子计算产业峰会"),
])

# 9. Anqing: party secretary and the Anqing EDZ visit two Shenzhen institutes (aq365.com), 2018-10-25
SIAT = "中国科学院深圳先进技术研究院"
RITS = "深圳清华大学研究院"
AQ = "安庆经开区"
AQGOV = "安庆经济技术开发区管理委员会"
SZGOV = "深圳市人民政府"  # eval canonical name
doc("2018-10-anqing-edz-visits-shenzhen-institutes.txt", [
    ("魏晓明", "Person"),
    ("深圳市创投集团", "Enterprise"),
    ("倪泽望", "Person"),
    (SIAT, "ResearchInstitute", ["中科院深圳先进技术研究院"]),
    (RITS, "ResearchInstitute"),
    ("宋圣军", "Person"),
    (AQGOV, "GovernmentBody", ["安庆经开区管委会"]),
    ("吴三九", "Person"),
    ("中国科学院", "ResearchInstitute"),
    (SZGOV, "GovernmentBody", ["深圳市政府"]),
    ("香港中文大学", "University"),
    ("精密工程实验室", "Laboratory", ["精密工程"], True),
    ("磁共振实验室", "Laboratory", ["磁共振等实验室"], True),
    (AQ, "Zone"),
    ("安庆高新区", "Zone", [], True),
    ("清华大学", "University"),
    ("嵇世山", "Person"),
    ("动力电池回收利用", "Industry"),
    ("化工新材料", "Industry"),
], [
    ("深圳市创投集团", "ledBy", "倪泽望"),
    (AQGOV, "ledBy", "吴三九"),
    (SIAT, "coBuiltBy", "中国科学院"),
    (SIAT, "coBuiltBy", SZGOV),
    (SIAT, "coBuiltBy", "香港中文大学"),
    ("精密工程实验室", "partOf", SIAT),
    ("磁共振实验室", "partOf", SIAT),
    (SIAT, "cooperatesWith", AQ),
    (SIAT, "cooperatesWith", "安庆高新区"),
    (RITS, "coBuiltBy", SZGOV),
    (RITS, "coBuiltBy", "清华大学"),
    (RITS, "ledBy", "嵇世山"),
], must_not_merge=[
    (SIAT, "中国科学院"),
    (RITS, "清华大学"),
    (SIAT, RITS),
    (AQ, AQGOV),
    (AQ, "安庆高新区"),
    ("精密工程实验室", "磁共振实验室"),
])

gold.write(HERE / "gold.jsonl")
