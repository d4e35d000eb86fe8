"""Writes eval/test4/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

BLIND TEST SET: extractor authors must not read this file (see README.md, "The rule").

Run: .venv/bin/python eval/test4/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/test4/docs/")
doc = gold.doc


# 1. Jiangyin hi-tech zone: 16 projects signed, IC design innovation centre unveiled (我苏网), 2020-06-01
JY = "江阴高新区"
JYC = "江阴集成电路设计创新中心"
IME = "中科院微电子研究所"
JY_INDUSTRIES = ["特钢新材料", "大数据", "生命健康", "智能装备"]
doc("2020-06-jiangyin-ic-design-innovation-centre-unveiled.txt", [
    ("我苏网", "Enterprise"),
    (JY, "Zone", ["高新区"]),
    (JYC, "InnovationPlatform"),
    ("江阴市人民政府", "GovernmentBody"),
    (IME, "ResearchInstitute", ["微电子研究所"]),
    ("新潮集团", "Enterprise"),
    ("集成电路", "Industry"),
    *[(i, "Industry") for i in JY_INDUSTRIES],
    ("江苏城市频道", "Enterprise"),
    ("江阴台", "Enterprise"),
    ("范涤青", "Person"),
    ("张闻芝", "Person"),
], [
    (JYC, "foundedBy", "江阴市人民政府"),
    (JYC, "foundedBy", IME),
    (JYC, "foundedBy", JY),
    (JYC, "foundedBy", "新潮集团"),
    (JYC, "focusesOn", "集成电路"),
    (IME, "cooperatesWith", "新潮集团"),
    *[(JY, "focusesOn", i) for i in JY_INDUSTRIES],
], must_not_merge=[
    (JY, "江阴市人民政府"),
    (JYC, "集成电路"),
    (JYC, IME),
    ("江苏城市频道", "江阴台"),
])

# 2. Foshan Gaoming district: Cangjiang institute founded (高明融媒体中心), 2026-03-20
GM = "高明区"
GMG = "佛山市高明区人民政府"
CJ = "沧江研究院"
CJ_PARTNERS = ["香港大学ABIC", "南洋理工大学", "广东省科学院", "西北工业大学", "佛山大学", "明珠生物"]
CJ_FIELDS = ["生命健康", "人工智能", "低空经济", "新材料", "智能制造"]
doc("2026-03-foshan-gaoming-cangjiang-institute-founded.txt", [
    ("高明融媒体中心", "Enterprise"),
    ("佛山市高明区高质量发展大会暨投资推介大会", "Event"),
    (GM, "Zone", ["高明"]),
    (CJ, "ResearchInstitute"),
    (GMG, "GovernmentBody", ["高明区政府"]),
    ("香港大学ABIC", "ResearchInstitute"),
    ("南洋理工大学", "University", ["新加坡南洋理工大学"]),
    ("广东省科学院", "ResearchInstitute"),
    ("西北工业大学", "University"),
    ("佛山大学", "University"),
    ("明珠生物", "Enterprise"),
    ("高发集团", "Enterprise"),
    ("香港大学", "University"),
    *[(i, "Industry") for i in CJ_FIELDS],
    ("生物医药", "Industry"),
], [
    (CJ, "foundedBy", GMG),
    (CJ, "coBuiltBy", GMG),
    *[(CJ, "coBuiltBy", p) for p in CJ_PARTNERS],
    *[(CJ, "focusesOn", i) for i in CJ_FIELDS],
    (GM, "focusesOn", "生物医药"),
], must_not_merge=[
    ("香港大学", "香港大学ABIC"),
    (GM, GMG),
    (GM, "佛山市高明区高质量发展大会暨投资推介大会"),
    (CJ, "广东省科学院"),
])

# 3. Beijing Huairou science city: 22 key projects launched (人民网 repost), 2019-12-28 -- stored in GB18030
HR = "怀柔科学城"
CAS = "中国科学院"
HR_CAS_FACILITIES = ["分子材料与器件研究测试平台", "泛第三极环境综合探测平台", "物质转化过程虚拟研究开发平台"]
HR_CROSS = [("国际子午圈大科学计划总部", "Facility"), ("分子科学交叉研究平台", "InnovationPlatform"),
            ("介科学与过程仿真交叉研究平台", "InnovationPlatform"), ("激光加速创新中心", "InnovationPlatform")]
doc("2019-12-beijing-huairou-science-city-22-projects-launched.txt", [
    ("人民网", "Enterprise"),
    ("董兆瑞", "Person"),
    (HR, "Zone"),
    (CAS, "ResearchInstitute", ["中科院"]),
    ("北京大学", "University"),
    *[(f, "Facility") for f in HR_CAS_FACILITIES],
    *HR_CROSS,
    ("高能同步辐射光源", "Facility"),
    ("怀柔科学城管理委员会", "GovernmentBody", ["怀柔科学城管委会"]),
    ("伍建民", "Person"),
], [
    *[(f, "locatedIn", HR) for f in HR_CAS_FACILITIES],
    *[(f, "locatedIn", HR) for f, _ in HR_CROSS],
    *[(f, "coBuiltBy", CAS) for f, _ in HR_CROSS],
    *[(f, "coBuiltBy", "北京大学") for f, _ in HR_CROSS],
], must_not_merge=[
    (HR, "怀柔科学城管理委员会"),
    ("分子材料与器件研究测试平台", "分子科学交叉研究平台"),
    ("泛第三极环境综合探测平台", "物质转化过程虚拟研究开发平台"),
    ("介科学与过程仿真交叉研究平台", "分子科学交叉研究平台"),
])

# 4. Wuhu: Anhui national hi-tech zones alliance event (人民网-安徽频道), 2024-10-30
WH = "芜湖高新区"
WHC = "芜湖高新技术产业开发区管理委员会"
AH_EVENT = "安徽省国家高新区高质量发展联盟活动暨“百园百校万企”创新合作行动"
AH_ALLIANCE = "安徽省国家高新区高质量发展联盟"
# "合肥高新区、…、滁州高新区、安庆高新区管委会…承办": seven committees by coordination, the first six elliptical
AH_COMMITTEES = ["合肥高新技术产业开发区管理委员会", "蚌埠高新技术产业开发区管理委员会",
                 "马鞍山慈湖高新技术产业开发区管理委员会", "铜陵狮子山高新技术产业开发区管理委员会",
                 "淮南高新技术产业开发区管理委员会", "滁州高新技术产业开发区管理委员会"]
AQC = "安庆高新技术产业开发区管理委员会"
G60 = "长三角G60科创走廊联席会议办公室"
WH_TITLES = ["节能与新能源汽车创新型产业集群基地", "全国新型工业化示范基地", "安徽省新能源汽车产业集聚发展重大基地"]
doc("2024-10-wuhu-anhui-national-hi-tech-zones-alliance-event.txt", [
    ("人民网", "Enterprise"),
    (AH_EVENT, "Event"),
    ("阮梦玥", "Person"),
    (AH_ALLIANCE, "InnovationPlatform"),
    ("全省高新区调研暨安徽省国家高新区高质量发展联盟座谈会", "Event"),
    ("百园百校万企创新合作行动", "Initiative", ["百园百校万企"]),
    ("汽车及零部件", "Industry"),
    ("人工智能", "Industry"),
    ("西安电子科技大学芜湖研究院", "ResearchInstitute"),
    ("中国科学技术大学", "University", ["中国科技大学"]),
    ("鸠兹科创湾", "Zone"),
    ("工业和信息化部规划司", "GovernmentBody"),
    ("工业和信息化部火炬高技术产业开发中心", "GovernmentBody", ["工业和信息化部火炬中心"]),
    ("安徽省工业和信息化厅", "GovernmentBody"),
    ("芜湖市人民政府", "GovernmentBody"),
    (WHC, "GovernmentBody", ["芜湖高新区管委会"]),
    *[(c, "GovernmentBody", [], True) for c in AH_COMMITTEES],
    (AQC, "GovernmentBody", ["安庆高新区管委会"]),
    (G60, "GovernmentBody", ["G60联席会议办公室"]),
    (WH, "Zone"),
    ("创新驱动发展战略", "Initiative"),
    ("中华人民共和国科学技术部", "GovernmentBody", ["科技部"]),
    ("中华人民共和国工业和信息化部", "GovernmentBody", ["工信部"]),
    *[(t, "Award") for t in WH_TITLES],
], [
    (WHC, "hosts", AH_EVENT),
    *[(c, "hosts", AH_EVENT) for c in AH_COMMITTEES],
    (AQC, "hosts", AH_EVENT),
    (G60, "hosts", AH_EVENT),
    *[(WH, "awarded", t) for t in WH_TITLES],
], must_not_merge=[
    (WH, WHC),
    (AH_ALLIANCE, AH_EVENT),
    (AH_EVENT, "全省高新区调研暨安徽省国家高新区高质量发展联盟座谈会"),
    ("百园百校万企创新合作行动", AH_EVENT),
    ("工业和信息化部规划司", "工业和信息化部火炬高技术产业开发中心"),
    ("中华人民共和国工业和信息化部", "工业和信息化部规划司"),
    (WHC, AQC),
])

# 5. Yantai development zone: Cishan international research corridor plan (YMG, yybnet.net), 2020-12 (day est.)
YT = "烟台开发区"
CS = "环磁山国际科研走廊"
YT_INDUSTRIES = ["化工新材料", "新能源汽车", "新一代电子信息技术", "葡萄酒"]
YT_CENTRES = ["万华化学全球创新中心", "现代汽车(中国)研发中心", "张裕国家级葡萄酒研发中心"]
# "化工新材料、新能源汽车、新一代电子信息技术、葡萄酒研发与智能制造五大研发总部园区": five parks by coordination;
# the fragments of the first four are industry names of this document, so they carry no alias
YT_PARKS = [("化工新材料研发总部园区", "化工新材料"), ("新能源汽车研发总部园区", "新能源汽车"),
            ("新一代电子信息技术研发总部园区", "新一代电子信息技术"), ("葡萄酒研发总部园区", "葡萄酒"),
            ("智能制造研发总部园区", "智能制造")]
doc("2020-12-yantai-development-zone-cishan-research-corridor.txt", [
    ("YMG", "Enterprise"),
    ("刘洁", "Person"),
    ("王聪", "Person"),
    ("邵品珠", "Person"),
    ("化工新材料", "Industry"),
    ("新能源汽车", "Industry"),
    ("新一代电子信息技术", "Industry"),
    ("葡萄酒", "Industry", ["葡萄酒研发"]),
    ("智能制造", "Industry"),
    (YT, "Zone"),
    (CS, "Zone"),
    *[(c, "ResearchInstitute") for c in YT_CENTRES],
    ("磁山温泉小镇", "Zone"),
    ("古现文旅小镇", "Zone"),
    ("磁山", "Zone"),
    ("创新园圃", "Zone"),
    ("业达科技园", "Zone"),
    *[(park, "Zone", [], True) for park, _ in YT_PARKS[:4]],
    ("智能制造研发总部园区", "Zone", ["智能制造五大研发总部园区"], True),
], [
    (CS, "partOf", YT),
    *[(YT, "focusesOn", i) for i in YT_INDUSTRIES],
    *[(c, "locatedIn", CS) for c in YT_CENTRES],
    ("创新园圃", "partOf", CS),
    ("业达科技园", "partOf", CS),
    *[(park, "partOf", CS) for park, _ in YT_PARKS],
    *[(CS, "focusesOn", ind) for _, ind in YT_PARKS],
    *[(park, "focusesOn", ind) for park, ind in YT_PARKS],
], must_not_merge=[
    (CS, YT),
    ("磁山", "磁山温泉小镇"),
    ("磁山", CS),
    ("葡萄酒", "张裕国家级葡萄酒研发中心"),
    ("化工新材料", "化工新材料研发总部园区"),
    ("新能源汽车", "新能源汽车研发总部园区"),
    ("创新园圃", "业达科技园"),
])

# 6. Wenzhou: Zhejiang University Wenzhou institute unveiled, university science park expanded (yanxian.org repost), 2018-07-11 (year est.)
ZJUW = "浙江大学温州研究院"
WZP = "温州市国家大学科技园"
WZSW = "温州市软件信息产业园"
WZ_INDUSTRIES = ["数字经济", "智能装备", "新材料", "生命健康"]
doc("2018-07-wenzhou-zju-institute-unveiled-university-science-park.txt", [
    (ZJUW, "ResearchInstitute"),
    ("温州高教新区", "Zone", ["高教新区"]),
    ("浙江大学", "University", ["浙大"]),
    ("温州市人民政府", "GovernmentBody"),
    ("信息技术创新中心", "InnovationPlatform", ["信息技术"], True),
    ("生命健康创新中心", "InnovationPlatform", ["生命健康两个创新中心"], True),
    (WZP, "Zone", ["大学科技园"]),
    ("瓯海区", "Zone"),
    ("中国高校孵化器10强", "Award"),
    *[(i, "Industry") for i in WZ_INDUSTRIES],
    (WZSW, "Zone", ["软件园"]),
    ("温州数字经济大厦", "Facility"),
], [
    (ZJUW, "coBuiltBy", "温州市人民政府"),
    (ZJUW, "coBuiltBy", "浙江大学"),
    ("温州市人民政府", "cooperatesWith", "浙江大学"),
    (ZJUW, "locatedIn", WZP),
    ("信息技术创新中心", "partOf", ZJUW),
    ("生命健康创新中心", "partOf", ZJUW),
    (WZP, "partOf", "温州高教新区"),
    (WZP, "partOf", "瓯海区"),
    ("瓯海区", "supports", WZP),
    (WZP, "awarded", "中国高校孵化器10强"),
    *[(WZP, "focusesOn", i) for i in WZ_INDUSTRIES],
    (WZSW, "partOf", WZP),
    ("温州数字经济大厦", "locatedIn", WZSW),
], must_not_merge=[
    ("浙江大学", ZJUW),
    (WZP, WZSW),
    ("温州高教新区", WZP),
    ("生命健康", "生命健康创新中心"),
    ("温州数字经济大厦", "数字经济"),
    (WZSW, "温州数字经济大厦"),
])

# 7. Hangzhou Xiaoshan: Hangzhou Bay biotech valley planned (浙江在线 zzhz.zjol.com.cn), 2019-05-15
BV = "杭州湾生物科技谷"
LK = "4286临空经济产业带"
BV_4 = ["生物医药", "生物制药", "智慧医疗", "高端医疗器械"]
doc("2019-05-hangzhou-xiaoshan-hangzhou-bay-biotech-valley-plan.txt", [
    (BV, "Zone", ["科技谷", "生物科技谷"]),
    ("萧山区", "Zone", ["萧山"]),
    ("生物经济", "Industry"),
    *[(i, "Industry") for i in BV_4],
    ("临空现代服务", "Industry"),
    ("生命健康", "Industry"),
    ("杭州萧山国际机场", "Facility", ["萧山国际机场", "萧山机场"]),
    ("红山农场工业集中区块", "Zone"),
    (LK, "Zone"),
    ("杭州空港经济区管理委员会", "GovernmentBody", ["杭州空港经济区管委会"]),
    ("健新原力", "Enterprise"),
], [
    ("萧山区", "focusesOn", "生物经济"),
    (BV, "partOf", LK),
    (LK, "partOf", "萧山区"),
    *[(BV, "focusesOn", i) for i in BV_4],
    (BV, "focusesOn", "临空现代服务"),
    (BV, "focusesOn", "生命健康"),
    ("健新原力", "locatedIn", BV),
], systems=[
    {"formula": "4+1", "tiers": [
        {"symbol": "4", "declared": 4, "members": BV_4},
        {"symbol": "1", "declared": 1, "members": ["临空现代服务"]}]},
], must_not_merge=[
    (BV, "萧山区"),
    (LK, "萧山区"),
    ("生物医药", "生物制药"),
    ("生物经济", "生物医药"),
    (BV, "红山农场工业集中区块"),
])

# 8. Hangzhou Zijingang science city feature (bjpress.cn repost), 2019-06-14
ZJG = "紫金港科技城"
YG = "云谷"
ZJG_FIRMS = ["菜鸟供应链金融", "蘑菇街", "个推"]
doc("2019-06-hangzhou-zijingang-science-city-new-industrial-city.txt", [
    (ZJG, "Zone"),
    ("阿里云总部", "Facility"),
    ("杭州城西科创大走廊", "Zone"),
    ("西湖科技经济园区", "Zone"),
    (YG, "Zone"),
    ("浙江大学紫金港校区", "University"),
    ("西湖大学", "University"),
    ("紫金众创小镇", "Zone"),
    ("云谷小镇", "Zone"),
    ("焦俊", "Person"),
    ("紫金港科技城首届创新创业大赛", "Event"),
    ("毛长久", "Person"),
    ("李红影", "Person"),
    ("阿里巴巴云计算产业园", "Zone"),
    ("独角兽产业园", "Zone"),
    ("斯坦福大学", "University"),
    *[(f, "Enterprise") for f in ZJG_FIRMS],
    ("西湖区", "Zone"),
], [
    (ZJG, "partOf", "杭州城西科创大走廊"),
    ("西湖科技经济园区", "partOf", ZJG),
    (YG, "partOf", ZJG),
    ("紫金众创小镇", "partOf", ZJG),
    ("云谷小镇", "partOf", ZJG),
    ("西湖大学", "locatedIn", YG),
    ("阿里巴巴云计算产业园", "partOf", YG),
    ("独角兽产业园", "partOf", YG),
    *[(f, "locatedIn", ZJG) for f in ZJG_FIRMS],
    (ZJG, "partOf", "西湖区"),
], must_not_merge=[
    (ZJG, "浙江大学紫金港校区"),
    (YG, "云谷小镇"),
    (ZJG, "紫金众创小镇"),
    (ZJG, "紫金港科技城首届创新创业大赛"),
    (ZJG, "杭州城西科创大走廊"),
    ("西湖大学", "西湖区"),
    ("阿里巴巴云计算产业园", "阿里云总部"),
])

gold.write(HERE / "gold.jsonl")
