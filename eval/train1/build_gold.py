"""Writes eval/train1/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train1/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train1/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl

# 2. Wenzhou: groundbreaking of the CAS Wenzhou biomaterials institute in 浙南科技城 (温州网/温州都市报), 2016-02-01
WZ = "中国科学院温州生物材料与工程研究所"
NB_CAS = "中科院宁波材料所"  # eval/dev2 name; 中科院宁波工业技术研究院 is the same institute's second name
doc("2016-02-wenzhou-zhenan-science-city-biomaterials-institute-groundbreaking.txt", [
    ("温州网", "Enterprise"),
    ("温州都市报", "Enterprise"),
    ("杜一川", "Person"),
    ("姚卡", "Person"),
    (WZ, "ResearchInstitute", ["温州生材所"]),
    ("浙南科技城", "Zone", ["温州浙南科技城"]),
    ("陈作荣", "Person"),
    ("温州医科大学", "University"),
    ("浙南科技城管委会", "GovernmentBody"),
    ("中广核俊尔新材料有限公司", "Enterprise"),
    ("中国科学院", "ResearchInstitute", ["中科院"]),
    ("浙江省人民政府", "GovernmentBody", ["浙江省政府"]),
    ("温州市人民政府", "GovernmentBody", ["温州市政府"]),
    (NB_CAS, "ResearchInstitute", ["中科院宁波工业技术研究院"]),
    ("健康产业", "Industry"),
    ("生物医药", "Industry"),
], [
    (WZ, "locatedIn", "浙南科技城"),
    ("温州医科大学", "cooperatesWith", "浙南科技城管委会"),
    (WZ, "cooperatesWith", "中广核俊尔新材料有限公司"),
    (WZ, "coBuiltBy", "中国科学院"),
    (WZ, "coBuiltBy", "浙江省人民政府"),
    (WZ, "coBuiltBy", "温州市人民政府"),
    (WZ, "coBuiltBy", NB_CAS),
    (WZ, "coBuiltBy", "温州医科大学"),
    (WZ, "focusesOn", "健康产业"),
    (WZ, "focusesOn", "生物医药"),
], must_not_merge=[
    (WZ, "中国科学院"),
    (WZ, NB_CAS),
    (NB_CAS, "中国科学院"),
    ("浙南科技城", "浙南科技城管委会"),
    ("温州网", "温州都市报"),
    ("浙江省人民政府", "温州市人民政府"),
])

# 3. Jiaxing Science City: Shanghai University (Zhejiang) emerging-industries institute signed (zjfhq.com), 2017-04-26
SHU = "上海大学(浙江)新兴产业研究院"
JXS = "嘉兴科技城"
doc("2017-04-jiaxing-science-city-shanghai-university-institute.txt", [
    ("嘉兴市人民政府", "GovernmentBody"),
    ("上海大学", "University"),
    ("嘉兴市南湖区人民政府", "GovernmentBody", ["南湖区人民政府"]),
    (SHU, "ResearchInstitute"),
    (JXS, "Zone"),
    ("211工程", "Initiative"),
    ("南湖区", "Zone"),
    ("浙江省人民政府", "GovernmentBody", ["省政府"]),
    ("浙江省全面接轨上海示范区", "Zone", ["全面接轨上海示范区"]),
    ("浙江清华长三角研究院", "ResearchInstitute"),
    ("浙江中科院应用技术研究院", "ResearchInstitute"),
], [
    (SHU, "coBuiltBy", "嘉兴市人民政府"),
    (SHU, "coBuiltBy", "上海大学"),
    (SHU, "coBuiltBy", "嘉兴市南湖区人民政府"),
    (SHU, "supportedBy", "上海大学"),
    (SHU, "locatedIn", JXS),
    ("浙江清华长三角研究院", "locatedIn", JXS),
    ("浙江中科院应用技术研究院", "locatedIn", JXS),
], must_not_merge=[
    (SHU, "上海大学"),
    ("南湖区", "嘉兴市南湖区人民政府"),
    ("嘉兴市人民政府", "嘉兴市南湖区人民政府"),
    ("浙江清华长三角研究院", "浙江中科院应用技术研究院"),
    (JXS, "浙江省全面接轨上海示范区"),
])

# 4. Xiuzhou district and Zhejiang University co-build a Jiaxing institute (秀洲新闻网, source 嘉兴日报), 2020-07-16
XZ_AGREEMENT = "秀洲区人民政府 浙江大学关于共建浙江大学嘉兴研究院合作协议"
XZ_CENTRES = ["智能光电创新中心", "先进能源科技创新中心", "数字安全创新中心"]
XZ_FIELDS = ["数据安全", "区块链与大数据技术", "先进能源系统", "污染物超低排放系统", "智能驾驶光学系统", "超精密光学系统"]
doc("2020-07-xiuzhou-zhejiang-university-jiaxing-institute.txt", [
    ("嘉兴日报", "Enterprise"),
    ("耿俪洳", "Person"),
    ("胡佳", "Person"),
    ("嘉兴市人民政府", "GovernmentBody"),
    ("浙江大学", "University"),
    (XZ_AGREEMENT, "Policy"),
    ("秀洲区", "Zone", ["秀洲"]),
    ("长三角G60科创走廊", "Zone", ["G60科创走廊"]),
    *[(c, "ResearchInstitute") for c in XZ_CENTRES],
    *[(f, "Industry") for f in XZ_FIELDS],
    ("浙江汉朔电子科技有限公司", "Enterprise"),
], [
    ("嘉兴市人民政府", "cooperatesWith", "浙江大学"),
    ("秀洲区", "cooperatesWith", "浙江大学"),
    ("秀洲区", "incubates", "浙江汉朔电子科技有限公司"),
    ("浙江汉朔电子科技有限公司", "locatedIn", "秀洲区"),
], must_not_merge=[
    ("浙江大学", XZ_AGREEMENT),
    ("智能光电创新中心", "数字安全创新中心"),
    ("数据安全", "数字安全创新中心"),
])

# 5. Binjiang: ten years of the IoT Town (浙江在线 via 中国起重机械网), 2020-12-22
IOT = "物联网小镇"
IOT_TITLES = [
    ("国家数字服务出口基地",),
    ("国家专利导航产业发展实验区", ["国家首批专利导航产业发展实验区"]),
    ("国家物联网产业示范基地",),
    ("国家创新型产业集群",),
    ("浙江省建设类高新技术特色小镇", ["浙江省首批建设类高新技术特色小镇"]),
    ("浙江省经信领域标杆小镇",),
    ("浙江省数字化示范园区",),
    ("省级特色小镇", ["第四批省级特色小镇"]),
]
doc("2020-12-binjiang-iot-town-ten-years.txt", [
    ("中国起重机械网", "Enterprise"),
    ("浙江在线", "Enterprise"),
    ("张留", "Person"),
    ("倪玮琳", "Person"),
    (BJ, "Zone", ["杭州高新区"]),
    (IOT, "Zone"),
    *[(t[0], "Award", *t[1:]) for t in IOT_TITLES],
    ("数字安防", "Industry", ["数字安防产业"]),
    ("物联网", "Industry"),
], [
    (IOT, "partOf", BJ),
    *[(IOT, "awarded", t[0]) for t in IOT_TITLES],
    (IOT, "focusesOn", "数字安防"),
    (IOT, "focusesOn", "物联网"),
], must_not_merge=[
    (IOT, BJ),
    (IOT, "物联网"),
    (IOT, "国家物联网产业示范基地"),
    ("数字安防", "国家创新型产业集群"),
    ("省级特色小镇", "浙江省建设类高新技术特色小镇"),
])

# 6. Shaoxing development conference: PKU Shaoxing opto-electronic institute (baogaosu.com repost), 2018-06-04
PKU_SX = "北京大学绍兴光电信息研究院"
SX_INDUSTRIES = ["高端装备", "电子信息", "生物医药", "新材料"]
PKU_FIELDS = ["纳光电子集成", "光量子芯片", "先进光电材料"]
doc("2018-06-shaoxing-development-conference-pku-institute.txt", [
    ("首届绍兴发展大会", "Event", ["绍兴发展大会"]),
    ("北京大学", "University"),
    (PKU_SX, "ResearchInstitute"),
    ("杭州湾AI+创新中心", "InnovationPlatform"),
    ("航空小镇", "Zone"),
    *[(i, "Industry") for i in SX_INDUSTRIES],
    ("绍兴市人民政府", "GovernmentBody", ["绍兴市政府"]),
    ("北京大学物理学院", "University"),
    *[(i, "Industry") for i in PKU_FIELDS],
], [
    (PKU_SX, "coBuiltBy", "北京大学"),
    (PKU_SX, "coBuiltBy", "绍兴市人民政府"),
    ("绍兴市人民政府", "cooperatesWith", "北京大学"),
    (PKU_SX, "supportedBy", "北京大学物理学院"),
    *[(PKU_SX, "focusesOn", i) for i in PKU_FIELDS],
], must_not_merge=[
    ("北京大学", PKU_SX),
    ("北京大学", "北京大学物理学院"),
    (PKU_SX, "北京大学物理学院"),
])

# 7. Jiashan: ZJU national university science park, Future Innovation Park Guigu block opens (中国工业报), 2024-01-23
GG = "浙江大学国家大学科技园未来创新园归谷园区"
ZJU_PARK = "浙江大学国家大学科技园"
OASIS = "浙江大学长三角智慧绿洲创新中心"
GG_INDUSTRIES = ["未来食品", "未来健康", "未来设计", "未来环境", "未来脑智"]
GG_PLATFORMS = ["中国高校创新创业产业投资联盟嘉善创业实践基地", "长三角一体化示范区金融顾问工作室",
                "医疗器械产业发展联盟(嘉善归谷)"]
OASIS_PARTNERS = ["罗星街道", "浙江大学继续教育学院", "浙江小桥流水环境科技有限公司"]
doc("2024-01-zju-future-innovation-park-guigu-opens.txt", [
    (GG, "Zone", ["浙江大学未来创新园归谷园区"]),
    (ZJU_PARK, "Zone"),
    (OASIS, "InnovationPlatform", ["浙大智慧绿洲创新中心"]),
    *[(i, "Industry") for i in GG_INDUSTRIES],
    ("长三角生态绿色一体化发展示范区", "Zone"),
    ("罗星街道", "Zone", ["嘉善罗星街道"]),
    ("浙江大学继续教育学院", "University"),
    ("浙江小桥流水环境科技有限公司", "Enterprise"),
    *[(p, "InnovationPlatform") for p in GG_PLATFORMS],
    ("嘉善县", "Zone", ["嘉善"]),
    ("钱晨菲", "Person"),
], [
    (GG, "supportedBy", OASIS),
    (GG, "supportedBy", ZJU_PARK),
    *[(GG, "focusesOn", i) for i in GG_INDUSTRIES],
    *[(OASIS, "cooperatesWith", p) for p in OASIS_PARTNERS],
    *[(p, "locatedIn", GG) for p in GG_PLATFORMS],
], must_not_merge=[
    (GG, ZJU_PARK),
    (OASIS, "浙江大学继续教育学院"),
    ("嘉善县", "罗星街道"),
    ("未来健康", "未来环境"),
])

# 8. Xiaoshan: Zhejiang University Hangzhou Global Scientific and Technological Innovation Center (人民网浙江频道), 2020-06-17
ZJUH = "浙江大学杭州国际科创中心"
WBG = "宽禁带半导体材料与器件平台"
doc("2020-06-zju-hangzhou-global-scientific-innovation-center-xiaoshan.txt", [
    (ZJUH, "InnovationPlatform", ["浙大杭州科创中心"]),
    ("萧山区", "Zone"),
    (WBG, "InnovationPlatform", ["宽禁带半导体材料与器件"]),
    ("生物与分子智造平台", "InnovationPlatform", ["生物与分子智造两大平台"], True),
    ("浙大微纳电子学院", "University"),
    ("浙江大学", "University", ["浙大"]),
    ("互联网+", "Industry"),
    ("生命健康", "Industry"),
    ("新材料", "Industry"),
    ("数字经济", "Industry"),
    ("杨德仁", "Person"),
], [
    (ZJUH, "locatedIn", "萧山区"),
    (WBG, "partOf", ZJUH),
    ("生物与分子智造平台", "partOf", ZJUH),
    ("浙大微纳电子学院", "locatedIn", ZJUH),
    (ZJUH, "coBuiltBy", "浙江大学"),
    (WBG, "ledBy", "杨德仁"),
], must_not_merge=[
    ("浙江大学", ZJUH),
    ("浙江大学", "浙大微纳电子学院"),
    (ZJUH, WBG),
    (WBG, "生物与分子智造平台"),
])

# 9. Huzhou South Taihu New Area: ZJU science park Huzhou base (化工调查网 repost, source 浙江省科学技术厅), 2023-07-10
NTH = "湖州南太湖新区"
ZJU_HZ_BASE = "浙大科技园湖州基地"
HZ_BASE_INDUSTRIES = ["半导体", "智能芯片", "智能控制设备", "智能领域核心零部件制造", "机器人智能制造", "光电科技", "医疗器械"]
doc("2023-07-huzhou-south-taihu-new-area-zju-science-park-base.txt", [
    (NTH, "Zone", ["南太湖新区"]),
    ("浙江省科学技术厅", "GovernmentBody"),
    (ZJU_HZ_BASE, "Zone"),
    ("赵夫涛", "Person"),
    ("四个一研究院可持续发展改革", "Initiative"),
    *[(i, "Industry") for i in HZ_BASE_INDUSTRIES],
    ("湖州市科学技术局", "GovernmentBody", ["湖州市科技局"]),
    ("浙大湖州研究院", "ResearchInstitute"),
], [
    (ZJU_HZ_BASE, "partOf", NTH),
    (ZJU_HZ_BASE, "ledBy", "赵夫涛"),
    *[(ZJU_HZ_BASE, "focusesOn", i) for i in HZ_BASE_INDUSTRIES],
    ("浙大湖州研究院", "locatedIn", NTH),
], must_not_merge=[
    (ZJU_HZ_BASE, "浙大湖州研究院"),
    (NTH, ZJU_HZ_BASE),
    ("湖州市科学技术局", "浙江省科学技术厅"),
])

gold.write(HERE / "gold.jsonl")
