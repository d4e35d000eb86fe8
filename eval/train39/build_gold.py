"""Writes eval/train39/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train39/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train39/docs/")
doc = gold.doc


# 1. 长春高新区 zone profile (中国高新报 A7 园区热点), 2023-12-11
CC = "长春高新区"
doc("2023-12-changchun-hi-tech-zone-new-industrialization-system.txt", [
    (CC, "Zone"),
    ("樊晨", "Person"),
    ("生物医药", "Industry"),
    ("先进装备制造", "Industry"),
    ("现代服务业", "Industry"),
    ("数字经济", "Industry"),
    ("生物药品制品制造创新型产业集群", "Award"),
    ("CBIB区域生物医药产业评价二十大重点高新区/开发区名单", "Award"),
    ("长春药谷", "Zone"),
    ("生物医药健康", "Industry", ["生物医药健康产业"]),
], [
    (CC, "focusesOn", "生物医药"),
    (CC, "focusesOn", "先进装备制造"),
    (CC, "focusesOn", "现代服务业"),
    (CC, "focusesOn", "数字经济"),
    (CC, "awarded", "生物药品制品制造创新型产业集群"),
    (CC, "awarded", "CBIB区域生物医药产业评价二十大重点高新区/开发区名单"),
    ("长春药谷", "partOf", CC),
    ("长春药谷", "focusesOn", "生物医药健康"),
], must_not_merge=[
    ("长春药谷", CC),
    ("生物医药", "生物医药健康"),
    ("生物药品制品制造创新型产业集群", "生物医药"),
])

# 2. 徐州高新区 / 徐州国家安全科技产业园 "中国安全谷" (中华新闻网), 2024-04-24
XZ = "徐州高新区"
AKY = "徐州国家安全科技产业园"
doc("2024-04-xuzhou-hi-tech-zone-china-safety-valley.txt", [
    ("中华新闻网", "Enterprise"),
    ("铜山区", "Zone", ["铜山"]),
    (XZ, "Zone"),
    (AKY, "Zone", ["安科园", "徐州安科园"]),
    ("中国安全谷", "Initiative"),
    ("国家安全应急产业示范基地", "InnovationPlatform"),
    ("312现代产业集群", "Initiative"),
    ("安全应急", "Industry", ["安全应急产业"]),
    ("拓仕达", "Enterprise"),
    ("幻威数字", "Enterprise"),
    ("硕博电子", "Enterprise"),
    ("三禾", "Enterprise"),
    ("中矿安华", "Enterprise"),
    ("吉安矿业科技", "Enterprise"),
    ("国家级专精特新小巨人企业", "Award"),
    ("上交(徐州)新材料研究院", "ResearchInstitute"),
    ("创亚普光热电产业技术研究院", "ResearchInstitute"),
    ("中国煤炭工业协会科学技术奖一等奖", "Award"),
], [
    (AKY, "partOf", XZ),
    (XZ, "focusesOn", "安全应急"),
    (AKY, "focusesOn", "安全应急"),
    ("国家安全应急产业示范基地", "locatedIn", AKY),
    ("拓仕达", "locatedIn", AKY),
    ("幻威数字", "locatedIn", AKY),
    ("硕博电子", "locatedIn", AKY),
    ("三禾", "locatedIn", AKY),
    ("中矿安华", "locatedIn", AKY),
    ("吉安矿业科技", "locatedIn", AKY),
    ("上交(徐州)新材料研究院", "locatedIn", AKY),
    ("创亚普光热电产业技术研究院", "locatedIn", AKY),
    ("吉安矿业科技", "awarded", "国家级专精特新小巨人企业"),
    ("中矿安华", "awarded", "中国煤炭工业协会科学技术奖一等奖"),
], must_not_merge=[
    (AKY, XZ),
    (AKY, "中国安全谷"),
    ("国家安全应急产业示范基地", AKY),
    ("国家安全应急产业示范基地", "安全应急"),
    (XZ, "铜山区"),
])

# 3. 晋江 integrated-circuit industry (泉州晚报 via 福州大学新闻网 repost), 2024-04-19
JJ = "晋江市"
doc("2024-04-jinjiang-integrated-circuit-industry-chip-engine.txt", [
    ("泉州晚报", "Enterprise"),
    ("泉州网", "Enterprise"),
    ("海博TV", "Enterprise"),
    ("许雅玲", "Person"),
    ("蔡聪颖", "Person"),
    ("泉州半导体高新区管委会晋江分园区办事处", "GovernmentBody"),
    (JJ, "Zone", ["晋江"]),
    ("集成电路", "Industry", ["集成电路产业"]),
    ("胜科纳米", "Enterprise"),
    ("华清电子", "Enterprise"),
    ("杰为", "Enterprise"),
    ("良颐", "Enterprise"),
], [
    (JJ, "focusesOn", "集成电路"),
    ("胜科纳米", "locatedIn", JJ),
    ("华清电子", "locatedIn", JJ),
    ("杰为", "locatedIn", JJ),
    ("良颐", "locatedIn", JJ),
], must_not_merge=[
    ("泉州半导体高新区管委会晋江分园区办事处", JJ),
    ("泉州晚报", "泉州网"),
])

# 4. 厦门火炬高新区 leading IC enterprises (厦视新闻 《擎火炬 启新程》(四)), 2021-05-11
XM = "厦门国家高新技术产业开发区"  # canonical name in earlier gold (aliases 厦门火炬高新区, 火炬高新区)
LX = "联芯集成电路制造(厦门)有限公司"
doc("2021-05-xiamen-torch-hi-tech-zone-leading-enterprises.txt", [
    ("厦视新闻", "Enterprise"),
    (XM, "Zone", ["火炬高新区", "火炬高新园区", "高新区"]),
    (LX, "Enterprise", ["联芯集成电路", "联芯"]),
    ("缪为夷", "Person"),
    ("紫光展锐", "Enterprise"),
    ("三安半导体", "Enterprise"),
    ("韦尔通科技", "Enterprise"),
    ("集成电路", "Industry"),
    ("芯片", "Industry", ["芯片产业"]),
], [
    (LX, "locatedIn", XM),
    ("紫光展锐", "locatedIn", XM),
    ("三安半导体", "locatedIn", XM),
    ("韦尔通科技", "locatedIn", XM),
    (XM, "focusesOn", "集成电路"),
    (XM, "focusesOn", "芯片"),
], must_not_merge=[
    (LX, "集成电路"),
    (LX, "紫光展锐"),
    ("集成电路", "芯片"),
])

# 5. 石家庄高新区 biomedical park ranking (中国产业园区招商网 sjz.021cf.cn), 2021-10-20
SJZ = "石家庄高新区"
doc("2021-10-shijiazhuang-hi-tech-zone-biomedical-park-ranking-7th.txt", [
    (SJZ, "Zone"),
    ("2021中国生物技术创新大会", "Event"),
    ("生物医药健康", "Industry", ["生物医药健康产业"]),
    ("创新药", "Industry"),
    ("抗体药", "Industry"),
    ("现代中成药", "Industry"),
    ("医疗器械", "Industry"),
    ("药明生物", "Enterprise", ["上海药明生物"]),
    ("北京四环制药", "Enterprise"),
    ("华大基因", "Enterprise", ["深圳华大基因"]),
    ("国药控股", "Enterprise"),
    ("中共石家庄市委员会", "GovernmentBody", ["市委"]),
    ("石家庄市人民政府", "GovernmentBody", ["市政府"]),
    ("万亩生物医药产业基地", "Zone"),
    ("生物医药", "Industry", ["生物医药产业"]),
], [
    (SJZ, "focusesOn", "生物医药健康"),
    (SJZ, "focusesOn", "创新药"),
    (SJZ, "focusesOn", "抗体药"),
    (SJZ, "focusesOn", "现代中成药"),
    (SJZ, "focusesOn", "医疗器械"),
    ("药明生物", "locatedIn", SJZ),
    ("北京四环制药", "locatedIn", SJZ),
    ("华大基因", "locatedIn", SJZ),
    ("国药控股", "locatedIn", SJZ),
    ("万亩生物医药产业基地", "partOf", SJZ),
    ("万亩生物医药产业基地", "focusesOn", "生物医药"),
], must_not_merge=[
    ("万亩生物医药产业基地", SJZ),
    ("万亩生物医药产业基地", "生物医药"),
    ("生物医药", "生物医药健康"),
    ("中共石家庄市委员会", "石家庄市人民政府"),
])

# 6. 中关村生命科学园, 昌平 (人民网 北京频道), 2021-12-16
LS = "中关村生命科学园"
doc("2021-12-beijing-changping-life-science-park-transport-and-platforms.txt", [
    ("昌平区", "Zone", ["昌平"]),
    (LS, "Zone", ["生命科学园"]),
    ("未来科学城", "Zone"),
    ("医药健康", "Industry", ["医药健康产业"]),
    ("北京生命科学研究所", "ResearchInstitute"),
    ("北京脑科学与类脑研究中心", "ResearchInstitute"),
    ("国家蛋白质科学中心", "ResearchInstitute"),
    ("靳浥", "Person"),
    ("高瓴资本", "Enterprise"),
    ("清华工研院", "ResearchInstitute"),
    ("北京市疫苗检验中心", "GovernmentBody"),
], [
    (LS, "partOf", "未来科学城"),
    (LS, "focusesOn", "医药健康"),
    ("北京生命科学研究所", "locatedIn", LS),
    ("北京脑科学与类脑研究中心", "locatedIn", LS),
    ("国家蛋白质科学中心", "locatedIn", LS),
    ("北京市疫苗检验中心", "locatedIn", LS),
    ("昌平区", "cooperatesWith", "高瓴资本"),
    ("昌平区", "cooperatesWith", "清华工研院"),
], must_not_merge=[
    (LS, "未来科学城"),
    (LS, "北京生命科学研究所"),
    (LS, "昌平区"),
])

# 7. 保定高新区 key projects (中国招商网 hb.010b.com), 2025-08-11
BD = "保定高新区"
RT = "中铁电化轨道交通产业园"
doc("2025-08-baoding-hi-tech-zone-key-projects-ahead-of-schedule.txt", [
    (BD, "Zone"),
    ("新能源", "Industry"),
    ("智能输变电装备", "Industry"),
    ("先进制造业", "Industry"),
    ("现代服务业", "Industry"),
    ("智能装备", "Industry"),
    ("四方三伊", "Enterprise"),
    (RT, "Zone", ["轨道交通产业园"]),
    ("电谷科技中心", "Facility"),
    ("威控机电", "Enterprise"),
    ("建业", "Enterprise"),
    ("高标电子", "Enterprise"),
], [
    (BD, "focusesOn", "新能源"),
    (BD, "focusesOn", "智能输变电装备"),
    (BD, "focusesOn", "先进制造业"),
    (BD, "focusesOn", "现代服务业"),
    (BD, "focusesOn", "智能装备"),
    ("四方三伊", "locatedIn", BD),
    (RT, "partOf", BD),
    ("电谷科技中心", "locatedIn", BD),
    ("威控机电", "locatedIn", BD),
    ("建业", "locatedIn", BD),
    ("高标电子", "locatedIn", BD),
], must_not_merge=[
    (RT, BD),
    ("电谷科技中心", BD),
    ("智能装备", "智能输变电装备"),
])

# 8. 南通开发区 13 projects in 40 days (南通日报 ntrb.com.cn), 2026-02-14
NT = "南通开发区"
doc("2026-02-nantong-development-zone-13-projects-in-40-days.txt", [
    ("南通日报", "Enterprise"),
    ("高锋", "Person"),
    (NT, "Zone"),
    ("中关村信息谷", "Enterprise", ["中关村信息谷公司"]),
    ("人工智能特色产业园", "Zone"),
    ("江苏艾森半导体材料股份有限公司", "Enterprise"),
    ("上象星作娱乐", "Enterprise"),
    ("南通开发区行审局", "GovernmentBody"),
    ("人工智能主轴产业带", "Initiative"),
    ("保德林", "Person"),
], [
    (NT, "cooperatesWith", "中关村信息谷"),
    ("人工智能特色产业园", "partOf", NT),
    ("江苏艾森半导体材料股份有限公司", "locatedIn", NT),
    ("上象星作娱乐", "locatedIn", NT),
], must_not_merge=[
    ("人工智能特色产业园", NT),
    ("南通开发区行审局", NT),
    ("人工智能特色产业园", "人工智能主轴产业带"),
])

gold.write(HERE / "gold.jsonl")
