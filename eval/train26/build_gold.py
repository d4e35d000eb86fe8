"""Writes eval/train26/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train26/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train26/docs/")
doc = gold.doc

XM = "厦门国家高新技术产业开发区"  # canonical name in eval/train3 and eval/train12 (aliases 厦门火炬高新区, 火炬高新区)

# 1. Ganzhou hi-tech zone, "中国稀金谷" (科技日报 via it.3bf.cc), 2023-03-31
GZ = "赣州高新区"
doc("2023-03-ganzhou-hi-tech-zone-china-rare-metal-valley.txt", [
    ("科技日报", "Enterprise"),
    ("魏依晨", "Person"),
    ("杨天卓", "Person"),
    ("邱诗汇", "Person"),
    ("科学技术部火炬高技术产业开发中心", "GovernmentBody", ["科技部火炬中心"]),
    ("国家创新型产业集群", "Award", ["创新型产业集群"]),
    (GZ, "Zone"),
    ("稀土新材料及应用", "Industry"),
    ("钨精深加工及应用", "Industry"),
    ("新能源动力电池", "Industry"),
    ("永磁电机及智能装备制造", "Industry"),
    ("稀土新材料", "Industry"),
    ("稀土产业", "Industry"),
    ("稀土稀有金属新材料及应用", "Industry"),
    ("中国科学院赣江创新研究院", "ResearchInstitute", ["中科院赣江创新研究院"]),
], [
    (GZ, "awarded", "国家创新型产业集群"),
    (GZ, "focusesOn", "稀土新材料及应用"),
    (GZ, "focusesOn", "钨精深加工及应用"),
    (GZ, "focusesOn", "新能源动力电池"),
    (GZ, "focusesOn", "永磁电机及智能装备制造"),
    (GZ, "focusesOn", "稀土稀有金属新材料及应用"),
], must_not_merge=[
    ("稀土新材料", "稀土新材料及应用"),
    ("稀土新材料及应用", "稀土稀有金属新材料及应用"),
    ("稀土产业", "稀土新材料"),
    ("国家创新型产业集群", "科学技术部火炬高技术产业开发中心"),
])

# 2. Harbin New Area, "一岛一谷一园" parks in the Shenzhen (Harbin) park (cn.dailyeconomic.com), 2024-07-28
HRB = "哈尔滨新区"
SH = "深圳(哈尔滨)产业园"  # canonical name in eval/train15 (alias 深哈产业园)
doc("2024-07-harbin-new-area-one-island-one-valley-one-park.txt", [
    ("黑龙江省人民政府", "GovernmentBody", ["黑龙江省政府"]),
    (HRB, "Zone"),
    ("智能机器人", "Industry"),
    ("商业航天", "Industry"),
    ("新材料", "Industry"),
    (SH, "Zone", ["深圳(哈尔滨)产业园区"]),
    ("智能机器人岛", "Zone"),
    ("工大博实", "Enterprise"),
    ("哈工大机器人重点实验室", "Laboratory"),
    ("黑龙江机器人产业技术研究院", "ResearchInstitute"),
    ("宇树科技", "Enterprise"),
    ("科大讯飞", "Enterprise"),
    ("中国星谷", "Zone", ["星谷"]),
    ("工大卫星", "Enterprise"),
    ("欧普笛", "Enterprise"),
    ("航天驭星", "Enterprise"),
    ("哈尔滨工业大学", "University", ["哈工大"]),
    ("王常虹", "Person"),
    ("航天产业", "Industry"),
    ("新材料产业园", "Zone"),
    ("龙江学子创业园", "Zone"),
    ("同创普润", "Enterprise"),
    ("万鑫石墨谷", "Enterprise"),
], [
    (HRB, "focusesOn", "智能机器人"),
    (HRB, "focusesOn", "商业航天"),
    (HRB, "focusesOn", "新材料"),
    ("智能机器人岛", "partOf", SH),
    ("中国星谷", "partOf", SH),
    ("新材料产业园", "partOf", SH),
    ("黑龙江机器人产业技术研究院", "coBuiltBy", "工大博实"),
    ("黑龙江机器人产业技术研究院", "coBuiltBy", "哈工大机器人重点实验室"),
    ("黑龙江机器人产业技术研究院", "locatedIn", "智能机器人岛"),
    ("宇树科技", "locatedIn", "智能机器人岛"),
    ("科大讯飞", "locatedIn", "智能机器人岛"),
    ("智能机器人岛", "focusesOn", "智能机器人"),
    ("工大卫星", "locatedIn", "中国星谷"),
    ("欧普笛", "locatedIn", "中国星谷"),
    ("航天驭星", "locatedIn", "中国星谷"),
    ("中国星谷", "focusesOn", "商业航天"),
    ("中国星谷", "focusesOn", "航天产业"),
    ("龙江学子创业园", "partOf", "新材料产业园"),
    ("同创普润", "locatedIn", "新材料产业园"),
    ("万鑫石墨谷", "locatedIn", "新材料产业园"),
    ("新材料产业园", "focusesOn", "新材料"),
], must_not_merge=[
    (HRB, SH),
    ("哈工大机器人重点实验室", "哈尔滨工业大学"),
    ("哈工大机器人重点实验室", "黑龙江机器人产业技术研究院"),
    ("智能机器人岛", "智能机器人"),
    ("新材料产业园", "新材料"),
    ("商业航天", "航天产业"),
    ("工大卫星", "工大博实"),
])

# 3. Xiamen Torch hi-tech zone signs with the CAS Institute of Urban Environment (xmtorch.xm.gov.cn), 2025-10-15
IUE = "中国科学院城市环境研究所"
XMC = "厦门火炬高技术产业开发区管理委员会"
doc("2025-10-xiamen-torch-hi-tech-zone-cas-urban-environment-agreement.txt", [
    (XM, "Zone", ["火炬高新区"]),
    (XMC, "GovernmentBody", ["火炬高新区管委会"]),
    (IUE, "ResearchInstitute", ["中国科学院城市所"]),
    ("中国科学院", "ResearchInstitute"),
    ("生态健康与环境安全", "Industry"),
    ("环境污染控制与资源化技术", "Industry"),
    ("环境工程与循环经济", "Industry"),
    ("生态环境规划与管理", "Industry"),
    ("福建省院省科技合作计划", "Initiative"),
    ("厦门高新技术创业中心有限公司", "Enterprise"),
    ("厦门火炬科技成果转化中心有限公司", "Enterprise"),
    ("厦门中科环境科技有限公司", "Enterprise"),
], [
    (XMC, "cooperatesWith", IUE),
    (XM, "cooperatesWith", IUE),
    (IUE, "partOf", "中国科学院"),
    (IUE, "focusesOn", "生态健康与环境安全"),
    (IUE, "focusesOn", "环境污染控制与资源化技术"),
    (IUE, "focusesOn", "环境工程与循环经济"),
    (IUE, "focusesOn", "生态环境规划与管理"),
    ("厦门高新技术创业中心有限公司", "cooperatesWith", "厦门火炬科技成果转化中心有限公司"),
    ("厦门高新技术创业中心有限公司", "cooperatesWith", "厦门中科环境科技有限公司"),
    ("厦门火炬科技成果转化中心有限公司", "cooperatesWith", "厦门中科环境科技有限公司"),
], must_not_merge=[
    (XM, XMC),
    (IUE, "中国科学院"),
    (IUE, "厦门中科环境科技有限公司"),
    ("厦门高新技术创业中心有限公司", "厦门火炬科技成果转化中心有限公司"),
])

# 4. Xiamen Torch University founded in the Xiamen Torch hi-tech zone (中国新闻网 via kaiwind.com), 2021-05-09
doc("2021-05-xiamen-torch-university-founded.txt", [
    ("中国新闻网", "Enterprise"),
    ("厦门经济特区", "Zone"),
    (XM, "Zone", ["厦门国家火炬高新区", "厦门火炬高新区"]),
    ("厦门火炬大学", "University", ["火炬大学"]),
    ("赵龙", "Person"),
    ("刘燕华", "Person"),
    ("贾敬敦", "Person"),
    ("马斯多普", "Person"),
    ("杨伏山", "Person"),
    ("张志红", "Person"),
    ("博科娃", "Person"),
    ("庄荣良", "Person"),
], [
    ("厦门火炬大学", "locatedIn", XM),
    ("厦门火炬大学", "foundedBy", XM),
    ("厦门火炬大学", "ledBy", "张志红"),
], must_not_merge=[
    ("厦门火炬大学", XM),
    (XM, "厦门经济特区"),
])

# 5. Horinger New Area (Hohhot): digital-economy cluster and talent hub (光明网), 2022-08-29
HL = "内蒙古和林格尔新区"
doc("2022-08-hohhot-horinger-new-area-digital-economy-cluster.txt", [
    ("光明网", "Enterprise"),
    ("吴悠", "Person"),
    (HL, "Zone", ["和林格尔新区"]),
    ("数字经济", "Industry"),
    ("东数西算工程", "Initiative"),
    ("云谷片区", "Zone"),
    ("空港片区", "Zone"),
    ("和林格尔人才科创中心", "InnovationPlatform"),
    ("新材料", "Industry"),
    ("智能制造", "Industry"),
    ("现代服务业", "Industry"),
    ("中国电信集团", "Enterprise", ["中国电信"]),
    ("中国移动", "Enterprise"),
    ("中国银行", "Enterprise"),
    ("中国农业银行", "Enterprise"),
    ("中国建设银行", "Enterprise"),
    ("内蒙古高性能计算公共服务平台", "InnovationPlatform"),
    ("东方超算云内蒙古超级大脑", "Facility"),
    ("人才强心工程", "Initiative", ["人才强心"], True),
    ("十万大学生留呼工程", "Initiative"),
], [
    (HL, "focusesOn", "数字经济"),
    (HL, "focusesOn", "新材料"),
    (HL, "focusesOn", "智能制造"),
    (HL, "focusesOn", "现代服务业"),
    ("云谷片区", "partOf", HL),
    ("空港片区", "partOf", HL),
    ("和林格尔人才科创中心", "locatedIn", HL),
    ("中国电信集团", "locatedIn", HL),
    ("中国移动", "locatedIn", HL),
    ("中国银行", "locatedIn", HL),
    ("中国农业银行", "locatedIn", HL),
    ("中国建设银行", "locatedIn", HL),
    ("内蒙古高性能计算公共服务平台", "locatedIn", HL),
    ("东方超算云内蒙古超级大脑", "locatedIn", HL),
], must_not_merge=[
    ("云谷片区", "空港片区"),
    ("中国银行", "中国农业银行"),
    ("中国银行", "中国建设银行"),
    ("中国农业银行", "中国建设银行"),
    ("内蒙古高性能计算公共服务平台", "东方超算云内蒙古超级大脑"),
    (HL, "和林格尔人才科创中心"),
    ("人才强心工程", "十万大学生留呼工程"),
])

# 6. Yantai Huangbohai Laboratory visited by a media tour (烟台融媒 ytapp.jiaodong.net), 2024-04-17
YL = "烟台先进材料与绿色制造山东省实验室"  # canonical name in eval/train18 and eval/train20
doc("2024-04-yantai-huangbohai-laboratory-media-visit.txt", [
    ("烟台融媒", "Enterprise"),
    ("衣玉林", "Person"),
    ("行走先行区 看绿色低碳高质量发展", "Event"),
    ("烟台黄渤海新区", "Zone", ["黄渤海新区"]),
    (YL, "Laboratory", ["黄渤海实验室"]),
    ("新材料", "Industry", ["新材料产业"]),
    ("烟台市人民政府", "GovernmentBody"),
    ("中国科学院兰州化学物理研究所", "ResearchInstitute"),
    ("山东省人民政府", "GovernmentBody", ["山东省政府"]),
    ("刘维民", "Person"),
    ("先进材料", "Industry"),
    ("绿色制造", "Industry", ["绿色制造产业"]),
], [
    (YL, "locatedIn", "烟台黄渤海新区"),
    (YL, "coBuiltBy", "烟台市人民政府"),
    (YL, "coBuiltBy", "中国科学院兰州化学物理研究所"),
    ("烟台市人民政府", "cooperatesWith", "中国科学院兰州化学物理研究所"),
    (YL, "ledBy", "刘维民"),
    (YL, "focusesOn", "先进材料"),
    (YL, "focusesOn", "绿色制造"),
], must_not_merge=[
    (YL, "烟台黄渤海新区"),
    (YL, "中国科学院兰州化学物理研究所"),
    (YL, "先进材料"),
    ("新材料", "先进材料"),
    ("烟台市人民政府", "山东省人民政府"),
])

# 7. Su-Yin Industrial Park (Yinchuan) first signing of 2026 (央广网 via shanxishangren.com), 2026-01-19
SY = "苏银产业园"
SIGN = "银川市兴庆区与苏银产业园2026年第一批招商引资项目集中签约仪式"
doc("2026-01-yinchuan-su-yin-industrial-park-first-signing.txt", [
    ("央广网", "Enterprise"),
    ("李畅", "Person"),
    ("黄成虎", "Person"),
    (SY, "Zone"),
    ("苏银产业园智慧研发大厦", "Facility"),
    ("兴庆区", "Zone", ["银川市兴庆区"]),
    (SIGN, "Event"),
    ("新能源", "Industry"),
    ("现代农业", "Industry"),
    ("张静", "Person"),
    ("郝玉峰", "Person"),
    ("苏州工业园区", "Zone"),
], [
    ("苏银产业园智慧研发大厦", "locatedIn", SY),
    ("兴庆区", "hosts", SIGN),
    (SY, "hosts", SIGN),
], must_not_merge=[
    (SY, "苏银产业园智慧研发大厦"),
    (SY, "苏州工业园区"),
    (SY, "兴庆区"),
    (SIGN, SY),
])

# 8. Sanya Yazhou Bay Science and Technology City (新华社 story via 杭州网 copy at szss.baitongwang.com), 2023-06-26
YZ = "三亚崖州湾科技城"
doc("2023-06-sanya-yazhou-bay-science-city-observation.txt", [
    ("杭州网", "Enterprise"),
    ("南山港", "Facility"),
    (YZ, "Zone", ["崖州湾科技城"]),
    ("种业", "Industry"),
    ("马征辉", "Person"),
    ("南繁种业", "Industry"),
    ("深海科技", "Industry"),
    ("三亚崖州湾种子实验室", "Laboratory"),
    ("夏勉", "Person"),
    ("揭榜挂帅", "Initiative"),
    ("南繁硅谷", "Initiative"),
], [
    (YZ, "focusesOn", "种业"),
    (YZ, "focusesOn", "南繁种业"),
    (YZ, "focusesOn", "深海科技"),
    ("南山港", "locatedIn", YZ),
], must_not_merge=[
    (YZ, "南山港"),
    ("种业", "南繁种业"),
    ("三亚崖州湾种子实验室", YZ),
    ("南繁硅谷", "南繁种业"),
])

gold.write(HERE / "gold.jsonl")
