"""Writes eval/train47/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train47/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train47/docs/")
doc = gold.doc


# 1. Jiangmen Jianghai: smart safety & emergency seminar, UCAS joint lab unveiled (南方都市报 via mrce.com.cn), 2023-07-07
JH = "江海区"
JL = "中国科学院大学江海智慧安全应急联合实验室"
UCAS = "中国科学院大学"
JHGOV = "江门市江海区人民政府"
doc("2023-07-jiangmen-jianghai-smart-safety-emergency-joint-lab.txt", [
    ("2023智慧安全应急战略研讨会", "Event"),
    (JH, "Zone", ["江门市江海区"]),
    ("南方都市报", "Enterprise", ["南都"]),
    ("曹喜滨", "Person"),
    ("高随祥", "Person"),
    ("李颖", "Person"),
    ("焦建彬", "Person"),
    ("周佩珊", "Person"),
    (UCAS, "University"),
    (JL, "Laboratory", ["江海安全应急联合实验室"]),
    ("大湾区应急心理研究室", "ResearchInstitute"),
    ("电磁辐射与探测技术实验室", "Laboratory"),
    ("大湾区气象灾害研究室", "ResearchInstitute"),
    ("大湾区创新方法实验室", "Laboratory"),
    (JHGOV, "GovernmentBody", ["江海区政府"]),
    ("应急管理高端人才培养战略合作备忘录", "Policy"),
    ("广东南粤集团有限公司", "Enterprise"),
    ("新兴际华集团", "Enterprise"),
    ("江门市科恒实业股份有限公司", "Enterprise"),
    ("广东优巨先进新材料股份有限公司", "Enterprise"),
    ("江门市大健康国际创新研究院", "ResearchInstitute"),
    ("广东南大机器人有限公司", "Enterprise"),
    ("安全应急", "Industry", ["安全应急产业"]),
], [
    (JL, "ledBy", "焦建彬"),
    (JL, "locatedIn", JH),
    (JHGOV, "cooperatesWith", UCAS),
    *[(org, "cooperatesWith", JL) for org in (
        "广东南粤集团有限公司", "新兴际华集团", "江门市科恒实业股份有限公司",
        "广东优巨先进新材料股份有限公司", "江门市大健康国际创新研究院", "广东南大机器人有限公司")],
], must_not_merge=[
    (JL, UCAS),
    (JH, JHGOV),
    (JHGOV, "应急管理高端人才培养战略合作备忘录"),
    ("大湾区应急心理研究室", "大湾区气象灾害研究室"),
    ("电磁辐射与探测技术实验室", "大湾区创新方法实验室"),
])

# 2. Huizhou Zhongkai hi-tech zone: towns and parks profile (cnpp.cn investment page), 2021 (est.)
ZK = "惠州仲恺高新区"
HN = "惠南高新科技产业园"
ZK_TOWNS = ["陈江街道", "惠环街道", "沥林", "潼侨", "潼湖"]
ZK_PARKS = ["仲恺高新科技产业园", "东江高新科技产业园", HN, "中国留学人才发展基地"]
HN_TITLES = ["国家级科技企业孵化器", "国家电子信息产业基地", "国家火炬惠州智能视听特色产业基地", "国家级众创空间"]
doc("2021-huizhou-zhongkai-hi-tech-zone-towns-and-parks-profile.txt", [
    (ZK, "Zone", ["仲恺高新区"]),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    ("廖仲恺", "Person"),
    ("陈江街道", "Zone", ["陈江"]),
    ("惠环街道", "Zone", ["惠环"]),
    ("沥林", "Zone"),
    ("潼侨", "Zone"),
    ("潼湖", "Zone"),
    ("仲恺高新科技产业园", "Zone"),
    ("东江高新科技产业园", "Zone"),
    (HN, "Zone"),
    ("中国留学人才发展基地", "Zone"),
    ("邓演达", "Person"),
    ("三栋镇", "Zone"),
    ("移动互联网", "Industry"),
    ("平板显示", "Industry"),
    ("智能装备", "Industry"),
    *[(t, "Award") for t in HN_TITLES],
    ("大亚湾", "Zone"),
    ("一带一路", "Initiative"),
    ("广深科技创新走廊", "Initiative"),
], [
    *[(t, "partOf", ZK) for t in ZK_TOWNS],
    *[(p, "partOf", ZK) for p in ZK_PARKS],
    (HN, "partOf", "三栋镇"),
    (HN, "focusesOn", "移动互联网"),
    (HN, "focusesOn", "平板显示"),
    (HN, "focusesOn", "智能装备"),
    *[(HN, "awarded", t) for t in HN_TITLES],
], must_not_merge=[
    (ZK, "仲恺高新科技产业园"),
    ("仲恺高新科技产业园", "东江高新科技产业园"),
    (HN, "三栋镇"),
    ("潼湖", "潼侨"),
    ("国家级科技企业孵化器", "国家级众创空间"),
    ("国家电子信息产业基地", "国家火炬惠州智能视听特色产业基地"),
])

# 3. Sino-Singapore Guangzhou Knowledge City one year into its master plan (中国报道), 2021-08-20
ZSC = "中新广州知识城"
ZG = "中新广州知识城总体发展规划(2020-2035年)"
doc("2021-08-guangzhou-sino-singapore-knowledge-city-master-plan-first-year.txt", [
    (ZSC, "Zone", ["知识城"]),
    ("中国报道", "Enterprise"),
    ("张成", "Person"),
    ("曾妮", "Person"),
    ("陈土华", "Person"),
    ("石钰", "Person"),
    ("贾自豪", "Person"),
    ("中国纳米谷", "Zone"),
    ("湾区创新部落", "Zone"),
    (ZG, "Policy", ["总规"]),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    ("落实〈总规〉三年行动计划", "Policy"),
    ("创维智能", "Enterprise"),
    ("广电运通", "Enterprise"),
], [
    ("中国纳米谷", "partOf", ZSC),
    ("湾区创新部落", "partOf", ZSC),
    ("落实〈总规〉三年行动计划", "issuedBy", ZSC),
    ("创维智能", "locatedIn", ZSC),
    ("广电运通", "locatedIn", ZSC),
], must_not_merge=[
    (ZSC, ZG),
    (ZG, "落实〈总规〉三年行动计划"),
    ("中国纳米谷", "湾区创新部落"),
])

# 4. Nanning Jiangnan district: leading industries (中国工业新闻网 cinn.cn), 2022 (est.)
JN = "江南区"
FCH = "凤巢湖生物医药港"
FCH_PLAN = "凤巢湖生物医药港项目概念研究——概念规划和产业研究最终成果"
JN_INDUSTRIES = ["电子信息", "铝精深加工", "生物医药", "新能源", "建筑建材", "食品加工",
                 "网络通讯", "智能终端", "人工智能", "新一代信息技术"]
doc("2022-nanning-jiangnan-district-leading-industries.txt", [
    (JN, "Zone", ["南宁市江南区"]),
    *[(i, "Industry") for i in JN_INDUSTRIES],
    ("富士康", "Enterprise"),
    ("深航科技", "Enterprise"),
    ("优泰通讯", "Enterprise"),
    ("广西企业100强", "Award"),
    ("广西制造业50强", "Award"),
    ("卓能", "Enterprise"),
    ("阳光通信", "Enterprise"),
    ("南南铝加工", "Enterprise"),
    (FCH, "Zone"),
    ("南宁产投集团", "Enterprise"),
    (FCH_PLAN, "Policy"),
], [
    *[(JN, "focusesOn", i) for i in JN_INDUSTRIES],
    *[(e, "locatedIn", JN) for e in ("富士康", "深航科技", "优泰通讯", "卓能", "阳光通信", "南南铝加工")],
    *[(e, "focusesOn", "电子信息") for e in ("富士康", "深航科技", "优泰通讯")],
    ("富士康", "awarded", "广西企业100强"),
    ("富士康", "awarded", "广西制造业50强"),
    ("南南铝加工", "focusesOn", "铝精深加工"),
    (FCH, "partOf", JN),
    (FCH, "focusesOn", "生物医药"),
    (JN, "cooperatesWith", "南宁产投集团"),
    (FCH_PLAN, "issuedBy", JN),
    (FCH_PLAN, "issuedBy", "南宁产投集团"),
], must_not_merge=[
    (FCH, FCH_PLAN),
    (FCH, "生物医药"),
    ("南南铝加工", "铝精深加工"),
    ("广西企业100强", "广西制造业50强"),
    ("电子信息", "新一代信息技术"),
])

# 5. Zhanjiang Bay Laboratory: Longwangwan campus completed (羊城晚报 via live.intozgc.com), 2023-06-29
ZJB = "湛江湾实验室"
LWW = "湛江湾实验室龙王湾园区"
ZJHT = "湛江市国家高新区"
doc("2023-06-zhanjiang-bay-laboratory-longwangwan-campus-completed.txt", [
    ("羊城晚报", "Enterprise"),
    ("全良波", "Person"),
    ("袁增伟", "Person"),
    ("中共广东省委十三届三次全会", "Event"),
    ("海洋强省", "Initiative"),
    ("海上新广东", "Initiative"),
    (ZJB, "Laboratory"),
    (LWW, "Facility", ["湛江湾实验室园区"]),
    ("渔业大数据中心", "Facility"),
    ("湛江湾实验室龙王湾园区落成暨渔业大数据中心启用仪式", "Event"),
    ("海东新区", "Zone"),
    ("海洋产业", "Industry"),
    ("麦康森", "Person"),
    ("林君", "Person"),
    ("刘红兵", "Person"),
    ("曾进泽", "Person"),
    (ZJHT, "Zone"),
    ("海东园区", "Zone"),
    ("龙王湾片区", "Zone"),
    ("华南理工大学", "University"),
    ("海洋科技", "Industry"),
    ("现代化海洋牧场", "Industry"),
    ("海威集团", "Enterprise"),
], [
    ("海东园区", "partOf", ZJHT),
    ("龙王湾片区", "partOf", "海东园区"),
    (LWW, "locatedIn", "龙王湾片区"),
    (ZJB, "locatedIn", "龙王湾片区"),
    (ZJB, "focusesOn", "海洋科技"),
    (ZJB, "focusesOn", "现代化海洋牧场"),
    (ZJB, "cooperatesWith", "海威集团"),
], must_not_merge=[
    (ZJB, LWW),
    (LWW, "渔业大数据中心"),
    (LWW, "湛江湾实验室龙王湾园区落成暨渔业大数据中心启用仪式"),
    ("海东新区", "海东园区"),
    ("海东园区", ZJHT),
    ("海洋强省", "海上新广东"),
])

# 6. Zhongshan Cuiheng new area: new industries at the start of 2025 (南方+ static.nfnews.com), 2025-02-13
CH = "翠亨新区"
MY = "明阳现代能源高端装备科技园"
XW = "西湾国家重大仪器科学园"
SW = "广东神舞科技有限公司"
CH_INDUSTRIES = ["新一代信息技术", "人工智能", "半导体", "低空经济", "无人产业", "类脑科学", "未来产业"]
doc("2025-02-zhongshan-cuiheng-new-area-new-industries.txt", [
    (CH, "Zone"),
    (MY, "Zone"),
    ("新能源", "Industry"),
    *[(i, "Industry") for i in CH_INDUSTRIES],
    ("中山未来产业先导区", "Zone"),
    ("郭文海", "Person"),
    ("马鞍岛", "Zone"),
    (SW, "Enterprise", ["神舞科技", "广东神舞科技"]),
    (XW, "Zone"),
    ("郑辉", "Person"),
    ("脑机接口", "Industry"),
], [
    (MY, "partOf", CH),
    (MY, "focusesOn", "新能源"),
    *[(CH, "focusesOn", i) for i in CH_INDUSTRIES],
    ("马鞍岛", "partOf", CH),
    (XW, "partOf", CH),
    (SW, "locatedIn", XW),
    (SW, "ledBy", "郑辉"),
    (SW, "foundedBy", "郑辉"),
    (SW, "focusesOn", "脑机接口"),
], must_not_merge=[
    (CH, "中山未来产业先导区"),
    ("中山未来产业先导区", "未来产业"),
    (MY, "新能源"),
    (XW, CH),
])

# 7. Jiangxi tungsten & rare-earth industry quality conference in Ganzhou (college news, hejuncollege.com), 2025-05-16
GZ_EVENT = "江西省钨与稀土产业质量提升工作大会"
GZ_HOSTS = ["江西省市场监督管理局", "江西省工业和信息化厅", "赣州市人民政府"]
GZ_ZONES = ["赣州高新区", "赣州经济技术开发区", "龙南经济技术开发区"]
doc("2025-05-ganzhou-tungsten-rare-earth-quality-conference.txt", [
    ("李兴", "Person"),
    (GZ_EVENT, "Event"),
    *[(h, "GovernmentBody") for h in GZ_HOSTS],
    ("江西省钨与稀土产品质量监督检验中心", "GovernmentBody"),
    ("邹海平", "Person"),
    ("稀土产业", "Industry"),
    ("赣州高新区", "Zone", ["赣州高新技术产业开发区"]),
    ("赣州经济技术开发区", "Zone"),
    ("龙南经济技术开发区", "Zone"),
    ("中国科学院赣江创新研究院", "ResearchInstitute"),
    ("国家稀土功能材料创新中心", "InnovationPlatform"),
    ("詹彩霞", "Person"),
    ("曾琳芳", "Person"),
    ("郭林", "Person"),
    ("郭厚文", "Person"),
], [
    *[(h, "hosts", GZ_EVENT) for h in GZ_HOSTS],
    *[(z, "focusesOn", "稀土产业") for z in GZ_ZONES],
], must_not_merge=[
    ("赣州高新区", "赣州经济技术开发区"),
    ("赣州经济技术开发区", "龙南经济技术开发区"),
    ("江西省市场监督管理局", "江西省钨与稀土产品质量监督检验中心"),
    ("中国科学院赣江创新研究院", "国家稀土功能材料创新中心"),
])

gold.write(HERE / "gold.jsonl")
