"""Writes eval/dev/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/dev/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/dev/docs/")
doc = gold.doc


SH_GOV = "上海市人民政府"
PD_GOV = "上海市浦东新区人民政府"
FTZ = "中国（上海）自由贸易试验区"

# 1. Shanghai science & technology innovation centre regulation, chapter 4 (arts. 29-33)
REG1 = "上海市推进科技创新中心建设条例"
doc("2020-shanghai-sci-tech-centre-regulation-ch4.txt", [
    (REG1, "Policy"),
    ("上海市第十五届人民代表大会第三次会议", "Event"),
    ("张江科学城", "Zone"),
    (SH_GOV, "GovernmentBody", ["市人民政府"]),
    (PD_GOV, "GovernmentBody", ["浦东新区人民政府"]),
    ("张江综合性国家科学中心", "InnovationPlatform"),
    ("张江国家自主创新示范区", "Zone"),
    ("张江国家自主创新示范区发展专项资金", "Initiative"),
    (FTZ, "Zone", ["自贸试验区"]),
    ("临港新片区", "Zone"),
    ("长三角生态绿色一体化发展示范区", "Zone"),
], [
    (REG1, "supports", "张江科学城"),
    (REG1, "supports", "张江综合性国家科学中心"),
    (REG1, "supports", "张江国家自主创新示范区"),
    ("张江国家自主创新示范区", "cooperatesWith", FTZ),
    ("张江国家自主创新示范区", "cooperatesWith", "临港新片区"),
], must_not_merge=[
    ("张江国家自主创新示范区", "张江国家自主创新示范区发展专项资金"),
    ("张江科学城", "张江综合性国家科学中心"),
    ("张江科学城", "张江国家自主创新示范区"),
    (SH_GOV, PD_GOV),
])

# 2. Shanghai science & technology progress regulation (2024), arts. 21-22 and chapter 7
REG2 = "上海市科学技术进步条例"
doc("2024-shanghai-sci-tech-progress-regulation-ch7.txt", [
    (REG2, "Policy"),
    ("上海市第十六届人民代表大会常务委员会第十三次会议", "Event"),
    (SH_GOV, "GovernmentBody", ["市人民政府"]),
    ("张江科学城", "Zone"),
    ("大零号湾", "Zone"),
    ("浦东新区", "Zone"),
    (FTZ, "Zone"),
    ("临港新片区", "Zone"),
    ("长江三角洲区域科技创新共同体", "Initiative"),
    ("长三角G60科创走廊", "Zone"),
], [
    (REG2, "supports", "张江科学城"),
    (REG2, "supports", "大零号湾"),
    (REG2, "supports", "浦东新区"),
    (REG2, "supports", FTZ),
    (REG2, "supports", "临港新片区"),
    (REG2, "supports", "长江三角洲区域科技创新共同体"),
    (REG2, "supports", "长三角G60科创走廊"),
], must_not_merge=[
    (FTZ, "临港新片区"),
    ("长江三角洲区域科技创新共同体", "长三角G60科创走廊"),
])

# 3. Pudong high-level IP protection provisions (arts. 1-6, 12-14)
REG3 = "上海市浦东新区建立高水平知识产权保护制度若干规定"
doc("2021-pudong-ip-protection-provisions.txt", [
    (REG3, "Policy"),
    ("上海市第十五届人民代表大会常务委员会第三十六次会议", "Event"),
    ("浦东新区", "Zone"),
    (PD_GOV, "GovernmentBody", ["浦东新区人民政府"]),
    ("浦东新区知识产权保护中心", "GovernmentBody"),
    ("上海市浦东新区人民法院", "GovernmentBody", ["浦东新区人民法院"]),
    ("上海市浦东新区人民检察院", "GovernmentBody", ["浦东新区人民检察院"]),
    ("科创板拟上市企业知识产权服务站", "Facility"),
    ("生物医药", "Industry"),
    ("高端装备制造", "Industry"),
    ("新一代信息技术", "Industry"),
], [
    (REG3, "supports", "上海市浦东新区人民法院"),
    (REG3, "supports", "上海市浦东新区人民检察院"),
    (REG3, "supports", "科创板拟上市企业知识产权服务站"),
    ("科创板拟上市企业知识产权服务站", "foundedBy", "浦东新区"),
], must_not_merge=[
    (PD_GOV, "浦东新区"),
    ("上海市浦东新区人民法院", "上海市浦东新区人民检察院"),
    ("浦东新区知识产权保护中心", "科创板拟上市企业知识产权服务站"),
])

# 4. First four Zhejiang provincial laboratories (浙江网信网, via 江苏网信网), GB18030
doc("2020-07-zhejiang-first-four-provincial-labs.txt", [
    ("浙江网信网", "Enterprise"),
    ("之江实验室", "Laboratory", ["之江"]),
    ("良渚实验室", "Laboratory", ["良渚"]),
    ("西湖实验室", "Laboratory", ["西湖"]),
    ("湖畔实验室", "Laboratory", ["湖畔"]),
    ("智能科学与技术浙江省实验室", "Laboratory"),
    ("阿里巴巴达摩院", "ResearchInstitute"),
    ("朱世强", "Person"),
    ("张建锋", "Person"),
    ("浙江省科学技术厅", "GovernmentBody", ["省科技厅"]),
    ("三大科创高地", "Initiative"),
    ("互联网+", "Industry"),
    ("生命健康", "Industry"),
    ("新材料", "Industry"),
    ("数字经济", "Industry"),
], [
    ("智能科学与技术浙江省实验室", "ledBy", "之江实验室"),
    ("湖畔实验室", "ledBy", "阿里巴巴达摩院"),
    ("之江实验室", "ledBy", "朱世强"),
    ("湖畔实验室", "ledBy", "张建锋"),
    ("之江实验室", "focusesOn", "互联网+"),
    ("湖畔实验室", "focusesOn", "互联网+"),
    ("良渚实验室", "focusesOn", "生命健康"),
    ("西湖实验室", "focusesOn", "生命健康"),
], must_not_merge=[
    ("之江实验室", "智能科学与技术浙江省实验室"),
    ("湖畔实验室", "阿里巴巴达摩院"),
])

# 5. Hefei comprehensive national science centre launch (中新社 via news.ustc.edu.cn)
HF = "合肥综合性国家科学中心"
QI = "中科院量子信息与量子科技创新研究院"
doc("2017-02-hefei-comprehensive-national-science-centre-launch.txt", [
    ("中国新闻网", "Enterprise"),
    ("中新社", "Enterprise"),
    ("吴兰", "Person"),
    ("合肥综合性国家科学中心暨量子信息与量子科技创新研究院建设动员大会", "Event"),
    (HF, "InnovationPlatform"),
    (QI, "ResearchInstitute", ["量子信息与量子科技创新研究院"]),
    ("合肥高新区", "Zone"),
    ("中华人民共和国国家发展和改革委员会", "GovernmentBody", ["国家发改委"]),
    ("中华人民共和国科学技术部", "GovernmentBody", ["科技部"]),
    ("量子信息重大创新基地", "InnovationPlatform"),
    ("全超导托卡马克装置", "Facility"),
    ("聚变堆主机关键系统综合研究设施", "Facility"),
    ("量子信息", "Industry"),
    ("未来网络", "Industry"),
    ("天地一体化信息网络", "Industry"),
    ("磁约束核聚变", "Industry"),
    ("智慧能源", "Industry"),
], [
    (QI, "hosts", "量子信息重大创新基地"),
    (HF, "hosts", "聚变堆主机关键系统综合研究设施"),
    (HF, "focusesOn", "量子信息"),
    (HF, "focusesOn", "未来网络"),
    (HF, "focusesOn", "天地一体化信息网络"),
    (HF, "focusesOn", "磁约束核聚变"),
    (HF, "focusesOn", "智慧能源"),
], must_not_merge=[
    (HF, "合肥高新区"),
    (QI, "量子信息重大创新基地"),
    ("全超导托卡马克装置", "聚变堆主机关键系统综合研究设施"),
    ("中新社", "中国新闻网"),
])

# 6. Tianfu Jiangxi / Jincheng laboratories unveiled (lab168.com)
JC = "天府锦城实验室"
JCM = "天府锦城实验室(前沿医学中心)"
doc("2022-tianfu-jiangxi-jincheng-labs-unveiled.txt", [
    ("天府绛溪实验室", "Laboratory"),
    (JC, "Laboratory"),
    ("天府兴隆湖实验室", "Laboratory"),
    ("天府永兴实验室", "Laboratory"),
    ("成都未来科技城", "Zone"),
    ("电子科技大学", "University"),
    ("量子互联网前沿中心", "ResearchInstitute", ["量子互联网"], True),
    ("先进计算前沿中心", "ResearchInstitute", ["先进计算2个前沿中心"], True),
    (JCM, "ResearchInstitute"),
    ("成都高新区", "Zone"),
    ("四川大学", "University"),
    ("新药研发", "Industry"),
    ("创新医疗器械研发", "Industry"),
    ("精准医学", "Industry"),
], [
    ("天府绛溪实验室", "locatedIn", "成都未来科技城"),
    ("天府绛溪实验室", "coBuiltBy", "电子科技大学"),
    (JCM, "partOf", JC),
    (JCM, "coBuiltBy", "成都高新区"),
    (JCM, "coBuiltBy", "四川大学"),
    (JCM, "focusesOn", "新药研发"),
    (JCM, "focusesOn", "创新医疗器械研发"),
    (JCM, "focusesOn", "精准医学"),
], systems=[
    {"formula": "3+N", "tiers": [
        {"symbol": "3", "declared": 3, "members": ["新药研发", "创新医疗器械研发", "精准医学"]},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (JC, JCM),
    ("天府绛溪实验室", JC),
    ("成都高新区", "成都未来科技城"),
])

# 7. Shenzhen Guangming science city (深圳发布 via 绿色光明网)
doc("2020-08-shenzhen-guangming-science-city.txt", [
    ("深圳发布", "Enterprise"),
    ("特区40年 双区看鹏城——全国副省级城市发布号看深圳", "Event"),
    ("光明区", "Zone", ["深圳光明区", "深圳光明"]),
    ("深圳湾实验室", "Laboratory"),
    ("光明科学城", "Zone"),
    ("光明科学城展示中心", "Facility"),
    ("深圳经济特区", "Zone"),
    ("深圳先行示范区", "Zone"),
    ("光明科学城空间规划纲要", "Policy"),
    ("深圳市人民政府", "GovernmentBody", ["市政府"]),
], [
    ("深圳湾实验室", "locatedIn", "光明区"),
], must_not_merge=[
    ("光明科学城", "光明科学城展示中心"),
    ("光明科学城", "光明区"),
    ("光明科学城", "光明科学城空间规划纲要"),
    ("深圳经济特区", "深圳先行示范区"),
])

# 8. Wuhan East Lake science city (湖北日报 via hbsti.com)
EL = "湖北东湖科学城"
doc("2022-01-wuhan-east-lake-science-city.txt", [
    ("湖北日报", "Enterprise"),
    (EL, "Zone", ["东湖科学城"]),
    ("东湖高新区", "Zone", ["中国光谷", "光谷"]),
    ("光谷科创大走廊", "Zone"),
    ("数字建造国家技术创新中心", "InnovationPlatform", ["数字建造"], True),
    ("智能设计与数控国家技术创新中心", "InnovationPlatform", ["智能设计与数控2个国家技术创新中心"], True),
    ("华为人工智能计算中心", "Facility"),
    ("武汉超算中心", "Facility"),
    ("湖北省十三届人大七次会议", "Event"),
    ("光芯屏端网", "Industry"),
    ("汽车制造与服务", "Industry"),
    ("大健康", "Industry"),
    ("高端装备制造", "Industry"),
    ("新一代信息技术", "Industry"),
    ("汽车制造", "Industry"),
    ("现代化工", "Industry"),
    ("航空航天", "Industry"),
    ("现代农产品加工", "Industry"),
], [
    (EL, "partOf", "光谷科创大走廊"),
], must_not_merge=[
    (EL, "东湖高新区"),
    (EL, "光谷科创大走廊"),
    ("汽车制造", "汽车制造与服务"),
])

# 9. Nanjing hi-tech zone (Jiangbei new area) (中国经济网 yun.ce.cn)
NJ = "南京高新区"
JB = "江北新区"
doc("2018-12-nanjing-hi-tech-zone-jiangbei.txt", [
    (NJ, "Zone", ["南京高新区(江北新区)"]),
    (JB, "Zone"),
    ("南京化工园", "Zone"),
    ("江北新区管委会", "GovernmentBody"),
    ("江北新区直管区", "Zone"),
    ("中共南京市委员会", "GovernmentBody", ["市委"]),
    ("121战略", "Initiative"),
    ("两落地一融合工程", "Initiative"),
    ("两城一中心", "Initiative"),
    ("芯片之城", "Initiative"),
    ("基因之城", "Initiative"),
    ("新金融中心", "Initiative"),
    ("集成电路", "Industry"),
    ("生命健康", "Industry"),
    ("新金融", "Industry"),
    ("台积电(南京)公司", "Enterprise"),
    ("安谋电子", "Enterprise"),
    ("新思科技", "Enterprise"),
    ("晶门科技", "Enterprise"),
    ("先声药业", "Enterprise"),
    ("绿叶思科", "Enterprise"),
    ("诺禾致源", "Enterprise"),
    ("云健康", "Enterprise"),
    ("中国南京细胞谷", "Initiative"),
    ("华大基因", "Enterprise"),
    ("国家健康医疗大数据中心及产业园建设试点工程", "Initiative"),
    ("工银金融资产投资公司", "Enterprise"),
    ("供销金融", "Enterprise"),
], [
    ("南京化工园", "partOf", NJ),
    ("江北新区直管区", "partOf", NJ),
    (NJ, "ledBy", "江北新区管委会"),
    (JB, "focusesOn", "集成电路"),
    (JB, "focusesOn", "生命健康"),
    (JB, "focusesOn", "新金融"),
    ("安谋电子", "locatedIn", JB),
    ("新思科技", "locatedIn", JB),
    ("晶门科技", "locatedIn", JB),
    ("安谋电子", "focusesOn", "集成电路"),
    ("新思科技", "focusesOn", "集成电路"),
    ("晶门科技", "focusesOn", "集成电路"),
    ("先声药业", "locatedIn", JB),
    ("绿叶思科", "locatedIn", JB),
    ("诺禾致源", "locatedIn", JB),
    ("云健康", "locatedIn", JB),
    (JB, "supports", "中国南京细胞谷"),
    (JB, "cooperatesWith", "华大基因"),
    ("工银金融资产投资公司", "locatedIn", JB),
    ("供销金融", "locatedIn", JB),
], must_not_merge=[
    (NJ, JB),
    (JB, "江北新区管委会"),
    (JB, "江北新区直管区"),
    ("芯片之城", "集成电路"),
    ("新金融中心", "新金融"),
])

# 10. Qingdao Blue Valley universities and national platforms (laixinews.com), HTML
BV = "青岛蓝谷"
doc("2016-09-qingdao-blue-valley-universities.html", [
    ("山东大学青岛校区", "University", ["青岛校区"]),
    ("山东大学", "University"),
    (BV, "Zone", ["蓝谷"]),
    ("四川大学", "University"),
    ("同济大学", "University"),
    ("华中师范大学", "University"),
    ("吉林大学", "University"),
    ("中国地质调查局", "GovernmentBody"),
    ("青岛海洋地质调查研发平台", "InnovationPlatform"),
    ("四川大学青岛研究院", "ResearchInstitute"),
    ("同济大学青岛研究院", "ResearchInstitute"),
    ("中央美术学院", "University"),
    ("天津大学", "University"),
    ("哈尔滨工业大学", "University", ["哈工大"]),
    ("海洋国家实验室", "Laboratory"),
    ("国家深海基地", "Facility"),
    ("国家海洋设备质检中心", "InnovationPlatform"),
    ("青科大中德新能源与环保研究院", "ResearchInstitute"),
    ("即发蓝谷海洋生物研发中心", "ResearchInstitute"),
    ("国家海洋局一所", "ResearchInstitute"),
    ("中船重工725所", "ResearchInstitute"),
    ("国家水下文化遗产保护青岛基地", "Facility"),
], [
    ("青岛海洋地质调查研发平台", "coBuiltBy", "中国地质调查局"),
    ("青岛海洋地质调查研发平台", "coBuiltBy", BV),
    ("四川大学青岛研究院", "foundedBy", "四川大学"),
    ("同济大学青岛研究院", "foundedBy", "同济大学"),
    ("四川大学青岛研究院", "locatedIn", BV),
    ("同济大学青岛研究院", "locatedIn", BV),
    ("海洋国家实验室", "locatedIn", BV),
    ("国家深海基地", "locatedIn", BV),
    ("国家海洋设备质检中心", "locatedIn", BV),
    ("青科大中德新能源与环保研究院", "locatedIn", BV),
    ("即发蓝谷海洋生物研发中心", "locatedIn", BV),
    ("国家海洋局一所", "locatedIn", BV),
    ("中船重工725所", "locatedIn", BV),
    ("国家水下文化遗产保护青岛基地", "locatedIn", BV),
], must_not_merge=[
    ("山东大学", "山东大学青岛校区"),
    ("四川大学", "四川大学青岛研究院"),
    ("同济大学", "同济大学青岛研究院"),
    ("海洋国家实验室", "国家深海基地"),
])

gold.write(HERE / "gold.jsonl")
