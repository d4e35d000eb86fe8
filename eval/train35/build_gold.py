"""Writes eval/train35/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train35/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train35/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl

# 1. 16 key projects launched at the 2022 investment push meeting (杭州日报 via 中国经济网), 2022-04-06
MEET = "建设天堂硅谷 打造硅谷天堂2022年全区扩大有效投资现场推进会"
NE3 = "网易杭州软件生产基地三期"  # Facility, as in eval/train19
doc("2022-04-binjiang-16-key-projects-investment-push.txt", [
    (BJ, "Zone", ["高新区(滨江)"]),
    ("杭州日报", "Enterprise"),
    ("孟娇", "Person"),
    ("滨江微融圈", "Enterprise"),
    ("宋桔丽", "Person"),
    ("肖鳕桐", "Person"),
    ("第19届亚洲运动会", "Event", ["亚运"]),
    (NE3, "Facility", ["网易软件生产基地三期"]),
    (MEET, "Event"),
    ("大立科技", "Enterprise", ["大立"]),
    ("数字产业", "Industry"),
    ("高端装备制造", "Industry", ["高端装备制造业"]),
    ("滨江智造供给小镇", "Zone"),
    ("广脉科技", "Enterprise"),
    ("计算机、通信和其他电子设备制造业", "Industry"),
    ("白马湖生态创意城", "Zone"),
    ("迎春片区", "Zone", ["迎春"], True),
    ("冠山片区", "Zone", ["冠山"], True),
    ("东信片区", "Zone", ["东信等片区"], True),
], [
    (BJ, "hosts", MEET),
    (BJ, "focusesOn", "数字产业"),
    (BJ, "focusesOn", "高端装备制造"),
    ("大立科技", "locatedIn", "滨江智造供给小镇"),
    ("广脉科技", "locatedIn", "滨江智造供给小镇"),
    ("大立科技", "focusesOn", "高端装备制造"),
    ("广脉科技", "focusesOn", "计算机、通信和其他电子设备制造业"),
    (NE3, "locatedIn", "白马湖生态创意城"),
    ("迎春片区", "partOf", BJ),
    ("冠山片区", "partOf", BJ),
    ("东信片区", "partOf", BJ),
], must_not_merge=[
    (BJ, "滨江智造供给小镇"),
    (BJ, "白马湖生态创意城"),
    ("杭州日报", "滨江微融圈"),
])

# 2. 2023 IC industry cluster (Zhejiang) innovation conference, Binjiang co-organiser (repost), 2023-12-12
IC = "2023集成电路产业集群(浙江)创新发展大会"
SIGN = "浙江省半导体签核中心"
BJGOV = "杭州市滨江区人民政府"
doc("2023-12-binjiang-ic-cluster-innovation-conference.txt", [
    ("浙江省发展和改革委员会", "GovernmentBody", ["省发展改革委"]),
    ("杭州市人民政府", "GovernmentBody"),
    ("中国半导体行业协会", "GovernmentBody"),
    ("杭州市发展和改革委员会", "GovernmentBody"),
    (BJGOV, "GovernmentBody", ["滨江区人民政府", "滨江区政府"]),
    ("浙江省支持浙商创业创新服务中心", "GovernmentBody", ["浙江省“一带一路”综合服务中心"]),
    (IC, "Event"),
    ("集成电路", "Industry"),
    ("张旭明", "Person"),
    ("李军", "Person"),
    ("周土法", "Person"),
    ("石琪琪", "Person"),
    ("孙旭东", "Person"),
    (BJ, "Zone", ["高新区(滨江)"]),
    ("郑迪", "Person"),
    ("数字经济创新提质一号发展工程", "Initiative"),
    ("周子学", "Person"),
    ("陈向东", "Person"),
    ("杭州广立微电子股份有限公司", "Enterprise"),
    ("杭州行芯科技有限公司", "Enterprise"),
    ("华芯程(杭州)科技有限公司", "Enterprise"),
    (SIGN, "InnovationPlatform"),
], [
    ("杭州市发展和改革委员会", "hosts", IC),
    (BJGOV, "hosts", IC),
    ("浙江省支持浙商创业创新服务中心", "hosts", IC),
    (BJ, "ledBy", "郑迪"),
    (BJ, "focusesOn", "集成电路"),
    (SIGN, "coBuiltBy", BJGOV),
    (SIGN, "coBuiltBy", "杭州广立微电子股份有限公司"),
    (SIGN, "coBuiltBy", "杭州行芯科技有限公司"),
    (SIGN, "coBuiltBy", "华芯程(杭州)科技有限公司"),
], must_not_merge=[
    (BJ, BJGOV),
    ("浙江省发展和改革委员会", "杭州市发展和改革委员会"),
    ("杭州市人民政府", BJGOV),
    (IC, "集成电路"),
])

# 3. "中国视谷" two years on: window park co-built by Binjiang and Xiaoshan (“中国视谷”融媒体中心 via chinaz), 2024-11-21
CV = "中国视谷"
WIN = "中国视谷窗口园区"
P1 = "关于高标准建设“中国视谷”高质量发展视觉智能产业的实施意见"
P2 = "“中国视谷”产业发展规划"
P3 = "2024年“中国视谷”建设工作要点"
WIC24 = "2024年世界互联网大会数字经济产业合作大会"
doc("2024-11-china-vision-valley-two-years-window-park.txt", [
    ("中国视谷融媒体中心", "Enterprise"),
    ("苏会会", "Person"),
    (CV, "Initiative"),
    ("杭州市人民政府", "GovernmentBody", ["杭州市政府"]),
    ("乌镇峰会", "Event"),
    (WIC24, "Event"),
    ("视觉智能", "Industry"),
    ("中共杭州市委员会", "GovernmentBody", ["杭州市委"]),
    (P1, "Policy"),
    (P2, "Policy"),
    (P3, "Policy"),
    (WIN, "Zone"),
    (BJ, "Zone", ["滨江区"]),
    ("萧山区", "Zone"),
], [
    (CV, "focusesOn", "视觉智能"),
    (P1, "supports", CV),
    (P2, "supports", CV),
    (P3, "supports", CV),
    (WIN, "coBuiltBy", BJ),
    (WIN, "coBuiltBy", "萧山区"),
    (BJ, "cooperatesWith", "萧山区"),
], must_not_merge=[
    (CV, "中国视谷融媒体中心"),
    (CV, WIN),
    (WIN, BJ),
    (WIN, "萧山区"),
    ("乌镇峰会", WIC24),
    (P2, P3),
])

# 4. "中国视谷" launch press conference at the 2022 World Internet Conference (杭州网), 2022-11-10
PRESS = "中国视谷新闻发布会"
WIC22 = "2022年世界互联网大会"
XSGOV = "杭州市萧山区人民政府"
doc("2022-11-china-vision-valley-launch-press-conference.txt", [
    ("杭州网", "Enterprise"),
    ("杭州通客户端", "Enterprise"),
    (CV, "Initiative"),
    (WIC22, "Event"),
    (PRESS, "Event"),
    ("乌镇", "Zone"),
    ("杭州市人民政府", "GovernmentBody"),
    ("杭州市人民政府新闻办公室", "GovernmentBody"),
    ("杭州市经济和信息化局", "GovernmentBody"),
    (XSGOV, "GovernmentBody", ["萧山区人民政府"]),
    (BJGOV, "GovernmentBody", ["滨江区人民政府"]),
    ("数字安防", "Industry"),
    ("视觉智能", "Industry"),
    ("智能物联", "Industry"),
    ("工业视觉", "Industry"),
    ("自动驾驶", "Industry"),
    ("智能医疗", "Industry"),
], [
    ("杭州市人民政府", "hosts", PRESS),
    ("杭州市人民政府新闻办公室", "hosts", PRESS),
    ("杭州市经济和信息化局", "hosts", PRESS),
    (XSGOV, "hosts", PRESS),
    (BJGOV, "hosts", PRESS),
    (CV, "focusesOn", "数字安防"),
    (CV, "focusesOn", "视觉智能"),
    (CV, "focusesOn", "智能物联"),
    (CV, "focusesOn", "工业视觉"),
    (CV, "focusesOn", "自动驾驶"),
    (CV, "focusesOn", "智能医疗"),
], must_not_merge=[
    (CV, PRESS),
    (WIC22, PRESS),
    ("杭州市人民政府", "杭州市人民政府新闻办公室"),
    (XSGOV, BJGOV),
    ("杭州网", "杭州通客户端"),
])

gold.write(HERE / "gold.jsonl")
