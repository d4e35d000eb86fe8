"""Writes eval/train50/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 50: news, releases and government notices (2021-2026) about Zhejiang's innovation system
outside Hangzhou (Ningbo, Zhoushan, Taizhou, Huzhou, Jinhua/Yongkang, Jiaxing/Jiashan, Wenzhou).
Run: .venv/bin/python eval/train50/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train50/docs/")
doc = gold.doc


# 1. Ningbo's first two provincial technology innovation centres unveiled (宁波市科技局 via 56js.com), 2022-05-26
ZNGC = "智能工厂操作系统技术创新中心"  # "省…技术创新中心": canonical without 省, as the seeds' 智能感知技术创新中心
LSQC = "绿色智能汽车及零部件技术创新中心"
doc("2022-05-ningbo-first-provincial-technology-innovation-centres-unveiled.txt", [
    ("宁波市科学技术局", "GovernmentBody", ["宁波市科技局"]),
    ("汤飞帆", "Person"),
    ("高鹰忠", "Person"),
    (ZNGC, "InnovationPlatform", ["省智能工厂操作系统技术创新中心"]),
    ("宁波工业互联网研究院有限公司", "ResearchInstitute"),
    ("浙江蓝卓公司", "Enterprise"),
    (LSQC, "InnovationPlatform", ["省绿色智能汽车及零部件技术创新中心"]),
    ("吉利控股集团", "Enterprise"),
    ("新材料", "Industry"),
    ("工业互联网", "Industry"),
    ("关键核心基础件", "Industry"),
    ("甬江科创区", "Zone"),
], [
    (ZNGC, "ledBy", "宁波工业互联网研究院有限公司"),
    (ZNGC, "coBuiltBy", "浙江蓝卓公司"),
    (LSQC, "ledBy", "吉利控股集团"),
], must_not_merge=[
    (ZNGC, LSQC),
    (ZNGC, "宁波工业互联网研究院有限公司"),
    ("工业互联网", "宁波工业互联网研究院有限公司"),
    (LSQC, "吉利控股集团"),
])

# 2. Donghai Laboratory (东海实验室) unveiled in Zhoushan (repost on gzjdlab.com), 2022-05-24
DH = "东海实验室"
DH_FIELDS = ["海洋环境立体感知", "海洋动力系统", "海洋绿色资源"]
doc("2022-05-zhoushan-donghai-laboratory-unveiled.txt", [
    ("广州嘉东实验室设备有限公司", "Enterprise"),
    (DH, "Laboratory"),
    ("浙江大学海洋学院", "University"),
    ("浙江省第三批省实验室", "Award"),
    ("舟山市人民政府", "GovernmentBody"),
    ("浙江大学", "University"),
    ("自然资源部第二海洋研究所", "ResearchInstitute"),
    *[(f, "Industry") for f in DH_FIELDS],
    ("郑津洋", "Person"),
], [
    (DH, "awarded", "浙江省第三批省实验室"),
    (DH, "coBuiltBy", "舟山市人民政府"),
    (DH, "coBuiltBy", "浙江大学"),
    (DH, "coBuiltBy", "自然资源部第二海洋研究所"),
    *[(DH, "focusesOn", f) for f in DH_FIELDS],
], must_not_merge=[
    ("浙江大学", "浙江大学海洋学院"),
    (DH, "浙江大学海洋学院"),
    (DH, "自然资源部第二海洋研究所"),
    (DH, "浙江省第三批省实验室"),
])

# 3. Taizhou and Zhejiang University sign a new round of city-university cooperation (浙江在线 台州频道), 2023-08-26
ZJTZ = "浙江大学台州研究院"  # train11's canonical name
GDSK = "浙江省高档数控机床技术创新中心"
doc("2023-08-taizhou-zju-new-round-cooperation-taizhou-institute.txt", [
    ("浙江大学", "University"),
    (ZJTZ, "ResearchInstitute", ["浙大台州研究院"]),
    (GDSK, "InnovationPlatform"),
    ("温岭市人民政府", "GovernmentBody", ["温岭市政府"]),
    ("武建伟", "Person"),
    ("杰克机床", "Enterprise"),
    ("海德曼", "Enterprise"),
    ("制造业", "Industry"),
    ("省级新型研发机构", "Award"),
], [
    (ZJTZ, "coBuiltBy", "浙江大学"),
    (ZJTZ, "foundedBy", "浙江大学"),
    (GDSK, "ledBy", "温岭市人民政府"),
    (GDSK, "ledBy", "浙江大学"),
    (GDSK, "cooperatesWith", "杰克机床"),
    (GDSK, "cooperatesWith", "海德曼"),
    (ZJTZ, "focusesOn", "制造业"),
    (ZJTZ, "awarded", "省级新型研发机构"),
], must_not_merge=[
    ("浙江大学", ZJTZ),
    (GDSK, ZJTZ),
    (GDSK, "温岭市人民政府"),
])

# 4. Huzhou South Taihu New Area: groundbreaking of Welion's phase two, the area's industries (潮新闻 via 17car.com.cn), 2023-07-04
NTH = "湖州南太湖新区"  # train1's canonical name
WL = "卫蓝新能源"
NTH_FIRMS = ["吉利商用车", "蜂巢能源", "微宏动力", "天能新能源", "赢合控股",
             "见闻录", "雅克华飞", "汉天下", "吉存半导体", "城迪通信"]
EV4 = "2023年全省“千项万亿”重大项目集中开工湖州分会场暨卫蓝新能源湖州基地二期项目奠基仪式"
doc("2023-07-huzhou-south-taihu-welion-phase-two-groundbreaking.txt", [
    ("潮新闻", "Enterprise"),
    ("童宁盈", "Person"),
    (EV4, "Event"),
    (WL, "Enterprise", ["卫蓝科技"]),
    (NTH, "Zone", ["南太湖新区"]),
    ("康山街道", "Zone"),
    ("中国科学院物理研究所清洁能源实验室", "Laboratory"),
    ("蔚来汽车", "Enterprise"),
    ("新能源", "Industry"),
    ("制造业", "Industry"),
    ("新能源汽车", "Industry"),
    *[(f, "Enterprise") for f in NTH_FIRMS],
    ("省级新星产业群培育名单", "Award", ["浙江省“新星”产业群"]),
    ("半导体", "Industry"),
    ("光电", "Industry", ["光电产业"]),
    ("半导体及光电产业园", "Zone"),
], [
    ("康山街道", "partOf", NTH),
    (WL, "locatedIn", "康山街道"),
    (WL, "locatedIn", NTH),
    ("中国科学院物理研究所清洁能源实验室", "incubates", WL),
    (NTH, "focusesOn", "新能源汽车"),
    *[(f, "locatedIn", NTH) for f in NTH_FIRMS],
    (NTH, "awarded", "省级新星产业群培育名单"),
    (NTH, "focusesOn", "半导体"),
    (NTH, "focusesOn", "光电"),
    ("半导体及光电产业园", "partOf", NTH),
], systems=[
    {"formula": "3+1+N", "tiers": [
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (NTH, "康山街道"),
    (WL, EV4),
    ("新能源", "新能源汽车"),
    ("半导体", "半导体及光电产业园"),
    ("半导体", "吉存半导体"),
    ("天能新能源", "新能源"),
])

# 5. Yongkang's sci-tech enclave in Hangzhou opens; hardware-industry talent conference (upsosc.com repost), 2023-05-23
YK = "永康"  # county-level city as Zone, train23's canonical name
YKX = "中国·永康科创之芯(杭州)"
YK_INDUSTRIES = ["现代五金", "高端装备", "新材料", "生命健康", "电子信息"]
NJ = "浙江大学-永康智能农机装备联合研究中心"
doc("2023-05-yongkang-sci-tech-core-hangzhou-enclave-hardware-talent-conference.txt", [
    (YKX, "InnovationPlatform"),
    ("中国·永康科创之芯(杭州)启用仪式暨五金产业全球招才引智大会", "Event"),
    (YK, "Zone", ["永康市"]),
    ("五金", "Industry", ["五金产业"]),
    ("中国五金之都", "Award"),
    ("五峰计划", "Initiative"),
    *[(i, "Industry") for i in YK_INDUSTRIES],
    ("永康市人民政府", "GovernmentBody", ["市政府"]),
    ("浙大森林产业园区", "Zone"),
    ("浙江大学", "University"),
    (NJ, "ResearchInstitute"),
    ("浙江大学生工食品学院", "University"),
], [
    (YK, "focusesOn", "五金"),
    *[(YK, "focusesOn", i) for i in YK_INDUSTRIES],
    (YK, "awarded", "中国五金之都"),
    (YKX, "partOf", YK),
    (YKX, "locatedIn", "浙大森林产业园区"),
    ("浙江大学", "cooperatesWith", YK),
    (NJ, "coBuiltBy", "永康市人民政府"),
    (NJ, "coBuiltBy", "浙江大学生工食品学院"),
], must_not_merge=[
    (YK, "永康市人民政府"),
    ("五金", "现代五金"),
    ("浙江大学", "浙江大学生工食品学院"),
    ("浙江大学", NJ),
    (YKX, "中国·永康科创之芯(杭州)启用仪式暨五金产业全球招才引智大会"),
    ("五金", "中国五金之都"),
])

# 6. Jiashan county government and Shanghai Zhangjiang Group sign on a cooperation park in 祥符荡科创绿谷 (嘉善发布 via cnbzol.com), 2022-08-04
ZJG = "上海张江(集团)有限公司"
ZJXFD = "张江(祥符荡)创新合作示范园区"
XFD_INDUSTRIES = ["生命健康", "集成电路", "软件信息"]
doc("2022-08-jiashan-zhangjiang-group-xiangfudang-cooperation-park.txt", [
    ("嘉善发布", "Enterprise"),
    ("嘉善县人民政府", "GovernmentBody"),
    (ZJG, "Enterprise", ["张江集团"]),
    ("祥符荡科创绿谷", "Zone"),
    (ZJXFD, "Zone"),
    ("祥符荡", "Zone"),
    ("江海洋", "Person"),
    ("袁涛", "Person"),
    ("陈天荣", "Person"),
    *[(i, "Industry") for i in XFD_INDUSTRIES],
    ("嘉善县", "Zone", ["嘉善"]),
    ("长三角生态绿色一体化发展示范区", "Zone", ["一体化示范区"]),
    ("嘉善片区", "Zone"),
    ("张江科学城", "Zone", ["张江科技城"]),
], [
    ("嘉善县人民政府", "cooperatesWith", ZJG),
    (ZJXFD, "partOf", "祥符荡科创绿谷"),
    (ZJXFD, "coBuiltBy", "嘉善县人民政府"),
    (ZJXFD, "coBuiltBy", ZJG),
    *[(ZJXFD, "focusesOn", i) for i in XFD_INDUSTRIES],
    (ZJG, "ledBy", "袁涛"),
    ("嘉善片区", "partOf", "长三角生态绿色一体化发展示范区"),
], must_not_merge=[
    ("嘉善县", "嘉善县人民政府"),
    (ZJXFD, "祥符荡科创绿谷"),
    ("祥符荡", "祥符荡科创绿谷"),
    (ZJG, "张江科学城"),
    ("嘉善片区", "嘉善县"),
])

# 7. Ningbo Qianwan New Area's smart-car platform named Zhejiang's first "万亩千亿" platform (浙江在线 / 潮新闻), 2023-10-24
QW = "宁波前湾新区"
QWP = "宁波前湾新区智能汽车产业平台"
doc("2023-10-ningbo-qianwan-smart-car-platform-first-wanmu-qianyi.txt", [
    ("潮新闻", "Enterprise"),
    ("郑亚丽", "Person"),
    ("翁云骞", "Person"),
    ("夏丹", "Person"),
    ("上汽大众汽车有限公司宁波分公司", "Enterprise"),
    (QWP, "Zone"),
    (QW, "Zone"),
    ("万亩千亿新产业平台", "Award"),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    ("浙江省发展和改革委员会", "GovernmentBody", ["省发改委"]),
    ("汽车", "Industry", ["汽车产业"]),
    ("新能源汽车", "Industry"),
    ("智能汽车", "Industry"),
    ("张波", "Person"),
    ("吉利", "Enterprise"),
    ("大众", "Enterprise"),
], [
    (QWP, "partOf", QW),
    (QWP, "awarded", "万亩千亿新产业平台"),
    (QWP, "focusesOn", "智能汽车"),
    (QW, "focusesOn", "智能汽车"),
    (QW, "focusesOn", "新能源汽车"),
    ("吉利", "locatedIn", QW),
    ("大众", "locatedIn", QW),
], must_not_merge=[
    (QW, QWP),
    (QWP, "万亩千亿新产业平台"),
    ("智能汽车", QWP),
    ("大众", "上汽大众汽车有限公司宁波分公司"),
    ("浙江省人民政府", "浙江省发展和改革委员会"),
])

# 8. China Eye Valley's "科创中国" base chosen as a 2023 demonstration project (fensifuwu.com repost), 2023 (est.)
YG = "中国眼谷"  # train11/train17 canonical name (Zone)
YGJD = "科创中国中国眼谷眼健康创新基地"  # brand quotes dropped from the canonical name
doc("2023-wenzhou-china-eye-valley-kechuang-zhongguo-demonstration-base.txt", [
    ("中国科学技术协会", "GovernmentBody", ["中国科协"]),
    ("科创中国创新基地示范项目", "Award", ["2023年度“科创中国”创新基地示范项目"]),
    (YGJD, "InnovationPlatform", ["中国眼谷创新基地"]),
    ("科创中国创新基地", "Award"),
    ("科创中国2022峰会", "Event"),
    (YG, "Zone"),
    ("温州市龙湾区人民政府", "GovernmentBody", ["龙湾区政府"]),
    ("眼健康", "Industry"),
    ("眼视光", "Industry", ["眼视光产业"]),
    ("中国眼谷总部园", "Zone"),
    ("科创园A区", "Zone"),
    ("科创B区", "Zone"),
    ("眼谷小镇", "Zone"),
    ("爱尔康", "Enterprise"),
    ("依视路", "Enterprise"),
    ("强生", "Enterprise"),
    ("清大视光", "Enterprise"),
    ("优眼生物", "Enterprise"),
], [
    (YGJD, "awarded", "科创中国创新基地示范项目"),
    (YGJD, "awarded", "科创中国创新基地"),
    (YG, "coBuiltBy", "温州市龙湾区人民政府"),
    (YG, "focusesOn", "眼健康"),
    (YG, "focusesOn", "眼视光"),
    ("中国眼谷总部园", "partOf", YG),
    ("科创园A区", "partOf", YG),
    ("科创B区", "partOf", YG),
    (YG, "cooperatesWith", "爱尔康"),
    (YG, "cooperatesWith", "依视路"),
    (YG, "cooperatesWith", "强生"),
    ("清大视光", "locatedIn", YG),
    ("优眼生物", "locatedIn", YG),
], must_not_merge=[
    (YG, YGJD),
    (YG, "中国眼谷总部园"),
    (YG, "眼谷小镇"),
    ("科创园A区", "科创B区"),
    ("科创中国创新基地", "科创中国创新基地示范项目"),
    (YGJD, "科创中国创新基地"),
])

gold.write(HERE / "gold.jsonl")
