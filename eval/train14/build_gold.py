"""Writes eval/train14/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 14: news (2021-2026) about Hangzhou districts' innovation ecosystem.
Run: .venv/bin/python eval/train14/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train14/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl

# 1. Baimahu laboratory (能源与碳中和浙江省实验室) unveiled in Binjiang (hwyst.hangzhou.com.cn), 2022-06-08
BMH = "白马湖实验室"
BMH_INSTITUTES = [  # "氢能储运技术、…和新能源材料等五个研究所": as in eval/gold/seeds.jsonl
    ("氢能储运技术研究所", "氢能储运技术"),
    ("太阳能转化与催化研究所", "太阳能转化与催化"),
    ("能源清洁低碳研究所", "能源清洁低碳"),
    ("电化学储能技术研究所", "电化学储能技术"),
    ("新能源材料研究所", "新能源材料等五个研究所"),
]
doc("2022-06-binjiang-baimahu-laboratory-unveiled.txt", [
    (BMH, "Laboratory", ["能源与碳中和浙江省实验室"]),
    (BJ, "Zone", ["高新区(滨江)"]),
    ("浙江省能源集团", "Enterprise"),
    ("浙江大学", "University"),
    ("西湖大学", "University"),
    ("白马湖", "Zone"),
    ("萧山区", "Zone", ["萧山"]),
    ("长兴县", "Zone", ["长兴"]),
    ("高翔", "Person"),
    ("能源", "Industry", ["能源产业"]),
    *[(name, "ResearchInstitute", [alias], True) for name, alias in BMH_INSTITUTES],
], [
    (BMH, "locatedIn", BJ),           # 在高新区(滨江)正式揭牌
    (BMH, "ledBy", "浙江省能源集团"),   # 由浙江省能源集团牵头
    (BMH, "coBuiltBy", "浙江大学"),     # 联合浙江大学、西湖大学共建
    (BMH, "coBuiltBy", "西湖大学"),
    (BMH, "ledBy", "高翔"),            # 白马湖实验室主任高翔
    (BMH, "focusesOn", "能源"),         # 能源领域高能级科创平台
    *[(name, "partOf", BMH) for name, _ in BMH_INSTITUTES],
], must_not_merge=[
    (BMH, "白马湖"),
    (BMH, "浙江省能源集团"),
    ("能源", "浙江省能源集团"),
    ("能源清洁低碳研究所", "新能源材料研究所"),
])

# 2. Linping promotion in Shanghai, "3+2+X" cluster system (新民晚报 via gwsldj.com), 2024 (est.)
LP = "临平区"
LPKF = "临平经济技术开发区"
LP_TIER3 = ["高端装备", "生物医药", "时尚产业"]
LP_TIER2 = ["绿色能源", "泛半导体算力"]
LP_TIERX = ["精准医疗", "仿生机器人", "新型智算", "前沿新材料", "人工智能"]
LP_EVENT = "浙江省“投资浙里”生物医药与医疗器械重点产业对接交流会暨“深度融沪桥头堡·投资浙里在临平”专场活动"
G60BAN = "长三角G60科创走廊联席会议办公室"
ZHUHU = "浙江省人民政府驻上海办事处"
LPGOV = "杭州市临平区人民政府"
doc("2024-linping-invest-zhejiang-shanghai-promotion-3-2-x.txt", [
    ("新民晚报", "Enterprise"),
    ("唐闻宜", "Person"),
    (LP_EVENT, "Event"),
    (LP, "Zone", ["临平"]),
    ("长三角G60科创走廊", "Zone", ["G60科创大走廊"]),
    ("杭州城西科创大走廊", "Zone", ["浙江城西科创大走廊"]),
    ("杭州城东智造大走廊", "Zone"),
    ("杭州城东新中心", "Zone"),
    ("陈如根", "Person"),
    (LPKF, "Zone"),
    ("临平新城", "Zone"),
    ("大运河科创城", "Zone"),
    ("临平数智城", "Zone"),
    *[(i, "Industry") for i in LP_TIER3 + LP_TIER2 + LP_TIERX],
    (G60BAN, "GovernmentBody", ["G60联席办"]),
    ("产城融合发展示范区", "Award"),
    ("产业合作示范园区", "Award"),
    (ZHUHU, "GovernmentBody", ["浙江省驻沪办"]),
    (LPGOV, "GovernmentBody", ["临平区人民政府"]),
    ("临港松江科技城", "Zone"),
    ("临平新委会", "GovernmentBody"),
    ("上海微技术工业研究院", "ResearchInstitute"),
], [
    # "临平地处…位于G60科创大走廊、浙江城西科创大走廊和杭州城东智造大走廊交汇点"
    (LP, "partOf", "长三角G60科创走廊"),
    (LP, "partOf", "杭州城西科创大走廊"),
    (LP, "partOf", "杭州城东智造大走廊"),
    # "临平拥有国家级经济技术开发区、临平新城、大运河科创城三大产业平台"
    (LPKF, "partOf", LP),
    ("临平新城", "partOf", LP),
    ("大运河科创城", "partOf", LP),
    ("临平数智城", "partOf", "临平新城"),   # 临平新城…正着力推进…临平数智城建设
    *[(LP, "focusesOn", i) for i in LP_TIER3 + LP_TIER2 + LP_TIERX],
    (LP, "awarded", "产城融合发展示范区"),
    (LPKF, "awarded", "产业合作示范园区"),
    (ZHUHU, "cooperatesWith", LPGOV),
    (LPKF, "cooperatesWith", "临港松江科技城"),
    ("临平新委会", "cooperatesWith", "上海微技术工业研究院"),
], systems=[
    {"formula": "3+2+X", "tiers": [
        {"symbol": "3", "declared": 3, "members": LP_TIER3},
        {"symbol": "2", "declared": 2, "members": LP_TIER2},
        {"symbol": "X", "declared": None, "members": LP_TIERX}]},
], must_not_merge=[
    (LP, LPGOV),
    (LP, LPKF),
    ("临平新城", "临平新委会"),
    ("临平新城", "临平数智城"),
    ("长三角G60科创走廊", G60BAN),
    ("产业合作示范园区", "产城融合发展示范区"),
    ("临港松江科技城", "上海微技术工业研究院"),
])

# 3. Xidian Hangzhou institute: industry-education integration in Xiaoshan (萧山财经网), 2023-09-14
XD = "西电杭州研究院"  # canonical name of eval/train8; this text writes 西电杭研院
ZJUIC = "浙江大学杭州国际科创中心"
BRK = "新型电力系统先进保护技术联合创新中心"
doc("2023-09-xiaoshan-xidian-hangzhou-institute-industry-education.txt", [
    (XD, "ResearchInstitute", ["西电杭研院"]),
    ("七星论坛", "Event"),
    ("北斗七星", "Initiative"),
    ("北大信研院", "ResearchInstitute"),
    (ZJUIC, "InnovationPlatform", ["浙大科创中心"]),
    ("萧山区", "Zone", ["萧山"]),
    ("区融媒体中心", "Enterprise"),
    ("5213项目", "Initiative"),
    ("西电产业园", "Zone"),
    ("杭州布雷科电气有限公司", "Enterprise"),
    (BRK, "InnovationPlatform"),
    ("电子信息", "Industry"),
    ("地芯引力", "Enterprise"),
    ("集成电路联合实验室", "Laboratory"),
    ("西安电子科技大学", "University", ["西电"]),
], [
    # "这些新型研发机构在萧山加速落地稳步发展"
    (XD, "locatedIn", "萧山区"),
    ("北大信研院", "locatedIn", "萧山区"),
    (ZJUIC, "locatedIn", "萧山区"),
    ("西电产业园", "partOf", "萧山区"),   # 签约西电产业园,将创新成果在萧山转化利用
    (BRK, "coBuiltBy", XD),
    (BRK, "coBuiltBy", "杭州布雷科电气有限公司"),
    (XD, "focusesOn", "电子信息"),       # 以电子信息领域强有力的学科和人才为依托
    ("集成电路联合实验室", "coBuiltBy", XD),
    ("集成电路联合实验室", "coBuiltBy", "地芯引力"),
], must_not_merge=[
    (XD, "西安电子科技大学"),
    (XD, "西电产业园"),
    ("七星论坛", "北斗七星"),
    (BRK, "杭州布雷科电气有限公司"),
    ("集成电路联合实验室", "地芯引力"),
])

# 4. Westlake University and Fuyang district co-build an optoelectronics institute (kaodongli.com repost), 2022-10-25
WLOE = "西湖大学光电研究院"
FYGOV = "杭州市富阳区人民政府"
doc("2022-10-fuyang-westlake-university-optoelectronics-institute.txt", [
    ("西湖大学", "University"),
    (FYGOV, "GovernmentBody", ["富阳区政府"]),
    (WLOE, "ResearchInstitute"),
    ("施一公", "Person"),
    ("吴玉凤", "Person"),
    ("富阳区", "Zone", ["富阳"]),
    ("光电", "Industry", ["光电产业"]),
    ("杭州市人民政府", "GovernmentBody", ["市政府"]),
], [
    (WLOE, "coBuiltBy", "西湖大学"),
    (WLOE, "coBuiltBy", FYGOV),
    ("西湖大学", "cooperatesWith", FYGOV),   # 签订战略合作协议
    ("西湖大学", "ledBy", "施一公"),          # 西湖大学校长施一公
    (WLOE, "locatedIn", "富阳区"),            # 富春江畔揭牌; 支持西湖大学在富阳开展各项工作
    (WLOE, "focusesOn", "光电"),              # 光电技术研究、中试、产业化基地
    ("富阳区", "focusesOn", "光电"),          # 提升杭州、富阳光电产业的集聚力
    ("富阳区", "supports", "西湖大学"),       # 富阳…全力支持西湖大学在富阳开展各项工作
], must_not_merge=[
    ("西湖大学", WLOE),
    ("富阳区", FYGOV),
    (FYGOV, "杭州市人民政府"),
])

# 5. Xihu district: 26 key investment projects signed (科技金融时报 via sinomep.com), 2022-07-05
XH = "西湖区"
XH_EVENT = "“跑出加速度冲刺三季度”重点招商项目集中签约暨重大项目推进活动"
XH_INDUSTRIES = ["智能制造", "生命健康", "文化创意", "现代服务业", "金融科技", "空天信息"]
ZJUEE = "浙江大学电气工程学院智能电气技术创新基地"
doc("2022-07-xihu-district-26-key-projects-signed.txt", [
    ("科技金融时报", "Enterprise"),
    (XH, "Zone", ["杭州市西湖区"]),
    (XH_EVENT, "Event"),
    *[(i, "Industry") for i in XH_INDUSTRIES if i != "生命健康"],
    ("生命健康", "Industry", ["生命健康产业"]),
    ("久曜", "Enterprise"),
    (ZJUEE, "InnovationPlatform", ["智能电气技术创新基地"]),
    ("浙江觅得优生物科技有限公司", "Enterprise"),
    ("西湖大学", "University"),
    ("裴端卿", "Person"),
    ("林洁", "Person"),
], [
    (XH, "hosts", XH_EVENT),                       # 杭州市西湖区举行…活动
    *[(XH, "focusesOn", i) for i in XH_INDUSTRIES],  # 涵盖…产业领域; 重点打造; 快速发展
    ("久曜", "locatedIn", XH),                     # signed projects land in the district (dev2 rule)
    (ZJUEE, "locatedIn", XH),
    ("浙江觅得优生物科技有限公司", "locatedIn", XH),
], must_not_merge=[
    (XH, "西湖大学"),
    ("科技金融时报", "金融科技"),
    (ZJUEE, "智能制造"),
    ("现代服务业", "金融科技"),
])

# 6. Baimahu laboratory headquarters groundbreaking in Binjiang (浙能集团 via news.bjx.com.cn), 2023-09-20
ZNJT = "浙江省能源集团"
BMHHQ = "白马湖实验室总部基地"
SASAC = "浙江省人民政府国有资产监督管理委员会"
doc("2023-09-binjiang-baimahu-laboratory-headquarters-groundbreaking.txt", [
    (ZNJT, "Enterprise", ["浙能集团"]),
    (BMH, "Laboratory"),
    (BMHHQ, "Facility"),
    (BJ, "Zone", ["杭州市高新区(滨江)", "滨江区"]),
    ("白马湖", "Zone"),
    ("王紫璇", "Person"),
    ("陈夏", "Person"),
    ("王正", "Person"),
    ("胡仲明", "Person"),
    ("浙江大学", "University"),
    ("西湖大学", "University"),
    ("刘盛辉", "Person"),
    ("高翔", "Person"),
    (SASAC, "GovernmentBody", ["省国资委"]),
    ("董正泉", "Person"),
    ("郑迪", "Person"),
    ("周土法", "Person"),
    ("杨敬东", "Person"),
    ("王歆", "Person"),
    ("郑锟", "Person"),
    ("王理生", "Person"),
], [
    (BMHHQ, "locatedIn", BJ),          # 开工典礼在杭州市高新区(滨江)白马湖畔举行
    (BMHHQ, "locatedIn", "白马湖"),
    (BMHHQ, "coBuiltBy", ZNJT),        # 浙能集团参建白马湖实验室总部基地项目
    (ZNJT, "ledBy", "胡仲明"),          # 浙能集团党委书记、董事长
    (BMH, "ledBy", "刘盛辉"),           # 白马湖实验室党委书记、董事长
    (BMH, "ledBy", "高翔"),             # 白马湖实验室主任
    (BJ, "ledBy", "郑迪"),              # 管委会主任、区长
    (SASAC, "supports", BMH),           # 省国资委将一如既往地支持白马湖实验室建设
], must_not_merge=[
    (BMH, BMHHQ),
    (BMH, "白马湖"),
    (BMHHQ, "白马湖"),
    (BMH, ZNJT),
])

# 7. Xiaoshan's Jiangnan science city one year on (杭州宣传网), 2024-01-11
JN = "江南科技城"
JN_INST = "浙大杭州国际科创中心生物与分子智造研究院"
doc("2024-01-xiaoshan-jiangnan-science-city-one-year.txt", [
    ("萧山区", "Zone", ["萧山"]),
    ("杭州城东智造大走廊", "Zone", ["城东智造大走廊"]),
    ("杭州亚运村", "Facility"),
    ("杭州临空经济示范区", "Zone", ["临空经济示范区"]),
    ("钱江世纪城", "Zone"),
    ("上海西岸", "Zone"),
    (JN, "Zone"),
    ("全国首批海归小镇", "Award"),
    ("浙江省合成生物未来产业先导区", "Award"),
    ("合成生物", "Industry", ["合成生物产业"]),
    (JN_INST, "ResearchInstitute"),
    ("杨立荣", "Person"),
    ("生物与分子智造平台", "InnovationPlatform"),
], [
    (JN, "partOf", "杭州城东智造大走廊"),   # 屹立于杭州城东智造大走廊之上; 这颗大走廊上的“江南明珠”
    (JN, "partOf", "萧山区"),               # title: 萧山…擦亮…“江南明珠”
    (JN, "awarded", "全国首批海归小镇"),     # 等“桂冠”,不断镶嵌进江南科技城的气质里
    (JN, "awarded", "浙江省合成生物未来产业先导区"),
    (JN, "focusesOn", "合成生物"),           # 在这一赛道上竞速胜出,做全产业链的战略布局
], must_not_merge=[
    (JN, "萧山区"),
    ("合成生物", "浙江省合成生物未来产业先导区"),
    (JN_INST, "生物与分子智造平台"),
    ("杭州临空经济示范区", "钱江世纪城"),
])

gold.write(HERE / "gold.jsonl")
