"""Writes eval/train15/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train15/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train15/docs/")
doc = gold.doc

# 1. 西部(重庆)科学城 party working committee and management committee unveiled (人民网 via 新华丝路), 2021-05-20
WSC = "西部(重庆)科学城"  # eval/dev3 canonical name (alias 科学城)
WSC_MC = "西部(重庆)科学城管委会"
CQ_DISTRICTS = [("北碚区", "北碚"), ("沙坪坝区", "沙坪坝"), ("九龙坡区", "九龙坡"), ("江津区", "江津"),
                ("璧山区", "璧山五区")]
CAR_SW = "中科院汽车软件创新研究平台"  # eval/train7 canonical name
doc("2021-05-chongqing-western-science-city-committee-unveiled.txt", [
    (WSC, "Zone", ["科学城"]),
    ("西部(重庆)科学城党工委", "GovernmentBody"),
    (WSC_MC, "GovernmentBody", ["科学城管委会"], True),
    ("重庆高新区直管园", "Zone"),
    *[(d, "Zone", [a], True) for d, a in CQ_DISTRICTS],
    ("中科院重庆科学中心", "ResearchInstitute"),
    ("联合微电子", "Enterprise"),
    ("科学谷", "Facility"),
    ("中国科学院软件研究所", "ResearchInstitute"),
    ("中科院重庆绿色智能研究院", "ResearchInstitute"),
    ("长安汽车", "Enterprise", ["长安汽车公司"]),
    (CAR_SW, "InnovationPlatform", ["汽车软件创新研究平台"]),
    ("中国科学院", "ResearchInstitute"),
    ("人民网", "Enterprise"),
    ("博玉", "Person"),
    ("中共重庆市委员会", "GovernmentBody", ["重庆市委"]),
    ("重庆市人民政府", "GovernmentBody", ["市政府"], True),
], [
    ("中共重庆市委员会", "supports", WSC),
    ("重庆市人民政府", "supports", WSC),
    ("重庆高新区直管园", "partOf", WSC),
    *[(WSC, "cooperatesWith", d) for d, _ in CQ_DISTRICTS],
    ("中科院重庆科学中心", "locatedIn", WSC),
    ("联合微电子", "locatedIn", WSC),
    ("科学谷", "locatedIn", WSC),
    (CAR_SW, "coBuiltBy", "中国科学院软件研究所"),
    (CAR_SW, "coBuiltBy", "中科院重庆绿色智能研究院"),
    (CAR_SW, "coBuiltBy", WSC_MC),
    (CAR_SW, "coBuiltBy", "长安汽车"),
], must_not_merge=[
    (WSC, WSC_MC),
    (WSC, "西部(重庆)科学城党工委"),
    (WSC_MC, "西部(重庆)科学城党工委"),
    (WSC, "重庆高新区直管园"),
    ("中国科学院", "中国科学院软件研究所"),
    ("中国科学院", "中科院重庆科学中心"),
    (CAR_SW, "中国科学院软件研究所"),
    ("中共重庆市委员会", "重庆市人民政府"),
])

# 2. 成渝(兴隆湖)综合性科学中心 unveiled in Chengdu (repost, scjjzx.hrnewspaper.com), 2023-05-06
CYX = "成渝(兴隆湖)综合性科学中心"
CY = "成渝综合性科学中心"
CYX_PARKS = ["鹿溪智谷科学中心", "重大科技基础设施建设基地", "航空动力科创园", "新兴智能制造产业园",
             "凤栖谷数字经济产业园", "兴隆湖高新技术服务产业园"]
CYX_INDUSTRIES = ["先进核能", "航空航天", "智能制造", "电子信息", "生物医药"]
PLAN_CY = "成渝地区建设具有全国影响力的科技创新中心总体方案"
NDRC = "中华人民共和国国家发展和改革委员会"  # eval/dev, train11, train13
MOST = "中华人民共和国科学技术部"  # seeds
doc("2023-05-chengdu-chengyu-xinglonghu-science-center-unveiled.txt", [
    (CYX, "InnovationPlatform", ["科学中心"]),
    (CY, "InnovationPlatform"),
    ("成渝(兴隆湖)综合性科学中心暨重大科技基础设施建设现场推进活动", "Event"),
    ("中国共产党中央委员会", "GovernmentBody", ["中共中央"]),
    ("中华人民共和国国务院", "GovernmentBody", ["国务院"]),
    ("成渝地区双城经济圈建设规划纲要", "Policy"),
    (NDRC, "GovernmentBody", ["国家发展改革委"]),
    (MOST, "GovernmentBody", ["科技部"]),
    (PLAN_CY, "Policy"),
    ("四川天府新区", "Zone", ["天府新区"]),
    ("兴隆湖", "Zone"),
    ("金凤片区", "Zone"),
    ("西部(成都)科学城", "Zone"),
    *[(p, "Zone") for p in CYX_PARKS],
    *[(i, "Industry") for i in CYX_INDUSTRIES],
    ("中国科学院", "ResearchInstitute"),
    ("中国工程物理研究院", "ResearchInstitute"),
    ("核工业西南物理研究院", "ResearchInstitute"),
    ("西南交通大学", "University"),
    ("中国科学院大学成都学院", "University"),
], [
    ("成渝地区双城经济圈建设规划纲要", "issuedBy", "中国共产党中央委员会"),
    ("成渝地区双城经济圈建设规划纲要", "issuedBy", "中华人民共和国国务院"),
    (PLAN_CY, "issuedBy", NDRC),
    (PLAN_CY, "issuedBy", MOST),
    (CYX, "partOf", CY),
    (CY, "locatedIn", "兴隆湖"),
    (CY, "locatedIn", "金凤片区"),
    (CYX, "locatedIn", "兴隆湖"),
    ("兴隆湖", "partOf", "四川天府新区"),
    (CYX, "locatedIn", "西部(成都)科学城"),
    *[(CYX, "focusesOn", i) for i in CYX_INDUSTRIES],
    *[(p, "partOf", CYX) for p in CYX_PARKS],
    ("中国科学院大学成都学院", "locatedIn", CYX),
], must_not_merge=[
    (CYX, CY),
    (CYX, "兴隆湖"),
    (CYX, "鹿溪智谷科学中心"),
    ("兴隆湖", "兴隆湖高新技术服务产业园"),
    ("兴隆湖", "四川天府新区"),
    (CYX, "成渝(兴隆湖)综合性科学中心暨重大科技基础设施建设现场推进活动"),
    ("中国科学院", "中国科学院大学成都学院"),
    (CY, PLAN_CY),
])

# 3. 秦创原总窗口科创产业发展联盟 unveiled in 西咸新区 (tpsnm.com, copy of a portal page), 2022-10-31 (year est.)
QCY_ALLIANCE = "秦创原总窗口科创产业发展联盟"
QCY = "秦创原总窗口"
doc("2022-10-xixian-qinchuangyuan-industry-alliance-unveiled.txt", [
    (QCY_ALLIANCE, "InnovationPlatform"),
    ("西咸新区", "Zone"),
    (QCY, "InnovationPlatform"),
    ("秦创原“入原”企业自律倡议书", "Policy"),
    ("中国共产党第二十次全国代表大会", "Event", ["党的二十大"]),
    ("杨仁华", "Person"),
    ("王军", "Person"),
    ("李志军", "Person"),
    ("刘宇斌", "Person"),
    ("王军平", "Person"),
    ("柴渭", "Person"),
    ("李文学", "Person"),
    ("王海军", "Person"),
    ("西咸集团", "Enterprise"),
    ("西安交通大学", "University"),
    ("隆基绿能科技股份有限公司", "Enterprise"),
    ("中煤科工西安研究院", "ResearchInstitute"),
], [
    (QCY_ALLIANCE, "locatedIn", "西咸新区"),
    (QCY, "locatedIn", "西咸新区"),
    ("西咸新区", "supports", QCY_ALLIANCE),
    ("秦创原“入原”企业自律倡议书", "issuedBy", QCY_ALLIANCE),
    ("西咸集团", "ledBy", "王军平"),
    ("中煤科工西安研究院", "ledBy", "王海军"),
], must_not_merge=[
    (QCY_ALLIANCE, QCY),
    (QCY, "西咸新区"),
    ("西咸新区", "西咸集团"),
    ("秦创原“入原”企业自律倡议书", QCY_ALLIANCE),
    ("王军", "王军平"),
])

# 4. 沈阳浑南科技城 and its two Liaoning laboratories, "2+4+N" (现代实验室装备网 lab168.com), 2023 (est.)
HN = "沈阳浑南科技城"
LNM = "辽宁材料实验室"
LHL = "辽宁辽河实验室"
HN_FACILITIES = ["超大型深部工程灾害物理模拟设施", "高能射线多束源材料多维成像分析测试装置", "未来工业互联网科研基础设施"]
doc("2023-shenyang-hunnan-science-city-liaoning-labs-2-4-n.txt", [
    (HN, "Zone"),
    (LNM, "Laboratory"),
    (LHL, "Laboratory", ["辽河实验室"]),
    ("中共辽宁省委员会", "GovernmentBody", ["辽宁省委"]),
    ("辽宁省人民政府", "GovernmentBody", ["省政府"]),
    ("中共沈阳市委员会", "GovernmentBody", ["沈阳市委"]),
    ("沈阳市人民政府", "GovernmentBody", ["市政府"], True),
    *[(f, "Facility") for f in HN_FACILITIES],
], [
    (LNM, "locatedIn", HN),
    (LHL, "locatedIn", HN),
    (HN, "foundedBy", "中共辽宁省委员会"),
    (HN, "foundedBy", "辽宁省人民政府"),
    (HN, "foundedBy", "中共沈阳市委员会"),
    (HN, "foundedBy", "沈阳市人民政府"),
    (HN, "supports", LNM),
    (HN, "supports", LHL),
    *[(HN, "supports", f) for f in HN_FACILITIES],
    *[(f, "locatedIn", HN) for f in HN_FACILITIES],
    (LNM, "foundedBy", "辽宁省人民政府"),
], systems=[
    {"formula": "2+4+N", "tiers": [
        {"symbol": "2", "declared": 2, "members": [LNM, LHL]},
        {"symbol": "4", "declared": 4, "members": []},
        {"symbol": "N", "declared": None, "members": []}]},
], must_not_merge=[
    (LNM, LHL),
    ("中共辽宁省委员会", "辽宁省人民政府"),
    ("中共沈阳市委员会", "沈阳市人民政府"),
    ("辽宁省人民政府", "沈阳市人民政府"),
    (LNM, "高能射线多束源材料多维成像分析测试装置"),
])

# 5. 合肥高新区 "量子大道" (中国高新技术产业导报), 2025-10-20
HF = "合肥高新区"  # eval/dev canonical name
GD = "科大国盾量子技术股份有限公司"  # eval/train7 canonical name; this text writes 国盾量子
LX = "合肥高新区留学人员创业园"
doc("2025-10-hefei-hi-tech-zone-quantum-avenue.txt", [
    ("陈辉", "Person"),
    (HF, "Zone"),
    (LX, "InnovationPlatform"),
    ("中国科学技术大学", "University"),
    ("潘建伟", "Person"),
    ("安徽量子通信技术有限公司", "Enterprise"),
    (GD, "Enterprise", ["国盾量子"]),
    ("唐世彪", "Person"),
    ("国仪量子", "Enterprise"),
    ("本源量子", "Enterprise"),
    ("量子产业", "Industry"),
    ("量子精密测量", "Industry"),
    ("量子计算", "Industry"),
    ("量子通信", "Industry"),
], [
    (LX, "locatedIn", HF),
    ("安徽量子通信技术有限公司", "foundedBy", "潘建伟"),
    ("安徽量子通信技术有限公司", "locatedIn", LX),
    ("国仪量子", "locatedIn", HF),
    ("本源量子", "locatedIn", HF),
    (GD, "locatedIn", HF),
    ("国仪量子", "focusesOn", "量子精密测量"),
    ("本源量子", "focusesOn", "量子计算"),
    (GD, "focusesOn", "量子通信"),
    (HF, "focusesOn", "量子产业"),
], must_not_merge=[
    (HF, LX),
    ("安徽量子通信技术有限公司", GD),
    ("国仪量子", "本源量子"),
    ("量子通信", "安徽量子通信技术有限公司"),
    ("量子产业", "量子计算"),
])

# 6. 深圳(哈尔滨)产业园 development plan released at the Yabuli forum (265xx.com repost), 2023-08-25
SH = "深圳(哈尔滨)产业园"
SH_PLAN = "深圳(哈尔滨)产业园区发展规划(2023-2030年)"
SH_AGREEMENT = "合作共建深哈产业园区协议"
SH_FIRMS = [("华为", "Enterprise"), ("哈工大人工智能研究院", "ResearchInstitute"), ("北科生物", "Enterprise"),
            ("科友半导体", "Enterprise")]
SH_INDUSTRIES = ["数字经济", "高端装备制造", "生物经济", "新材料"]
doc("2023-08-harbin-shenzhen-harbin-industrial-park-plan.txt", [
    (SH, "Zone", ["深哈产业园"]),
    ("哈尔滨新区", "Zone"),
    (SH_PLAN, "Policy", ["规划"]),
    (SH_AGREEMENT, "Policy"),
    ("2023亚布力论坛第十九届夏季高峰会", "Event"),
    ("汪鸿雁", "Person"),
    ("覃伟中", "Person"),
    ("王强", "Person"),
    ("黄敏", "Person"),
    ("蒋传海", "Person"),
    *SH_FIRMS,
    *[(i, "Industry") for i in SH_INDUSTRIES],
], [
    (SH, "partOf", "哈尔滨新区"),
    (SH_PLAN, "supports", SH),
    (SH_AGREEMENT, "supports", SH),
    *[(f, "locatedIn", SH) for f, _ in SH_FIRMS],
    *[(SH, "focusesOn", i) for i in SH_INDUSTRIES],
], must_not_merge=[
    (SH, "哈尔滨新区"),
    (SH, SH_PLAN),
    (SH, SH_AGREEMENT),
    (SH_PLAN, SH_AGREEMENT),
    ("2023亚布力论坛第十九届夏季高峰会", SH_PLAN),
])

# 7. 武汉经开区 and 华中科技大学 co-build the Junshan campus and an institute (湖北日报 via 3z0.cn), 2022-05-18 (year est.)
WEDZ = "武汉经开区"
HUST = "华中科技大学"
JS_CAMPUS = "华中科技大学国际教育科技创新园区(军山校区)"
FTI = "未来技术创新研究院"
FTI_INDUSTRIES = ["汽车", "新材料", "新能源", "数字经济"]
doc("2022-05-wuhan-economic-development-zone-hust-junshan-campus.txt", [
    (WEDZ, "Zone"),
    (HUST, "University"),
    (JS_CAMPUS, "Zone", ["国际教育科技创新园区(军山校区)"]),
    (FTI, "ResearchInstitute"),
    ("军山新城", "Zone"),
    ("军山科技园", "Zone"),
    ("大制造", "Industry"),
    ("大健康", "Industry"),
    *[(i, "Industry") for i in FTI_INDUSTRIES],
    ("湖北日报", "Enterprise"),
    ("谢慧敏", "Person"),
    ("李金友", "Person"),
    ("宋莹", "Person"),
], [
    (WEDZ, "cooperatesWith", HUST),
    (JS_CAMPUS, "coBuiltBy", WEDZ),
    (JS_CAMPUS, "coBuiltBy", HUST),
    (FTI, "coBuiltBy", WEDZ),
    (FTI, "coBuiltBy", HUST),
    (JS_CAMPUS, "locatedIn", "军山新城"),
    (FTI, "locatedIn", "军山科技园"),
    (JS_CAMPUS, "focusesOn", "大制造"),
    (JS_CAMPUS, "focusesOn", "大健康"),
    *[(FTI, "focusesOn", i) for i in FTI_INDUSTRIES],
], must_not_merge=[
    (JS_CAMPUS, HUST),
    (JS_CAMPUS, "军山新城"),
    ("军山新城", "军山科技园"),
    (FTI, HUST),
    (JS_CAMPUS, WEDZ),
])

# 8. 兰白两区: Lanzhou's policy supply for the innovation zones (兰州日报 via 中国甘肃网), 2023-10-17
LB = "兰白国家自主创新示范区"
LB_PILOT = "兰白科技创新改革试验区"  # "兰白国家自主创新示范区和科技创新改革试验区": the prefix 兰白 is shared
LZ_CPC = "中共兰州市委员会"
LB_GROUP = "兰州市建设兰白国家自主创新示范区和科技创新改革试验区领导小组"
LB_PLAN = "兰州市建设兰白国家自主创新示范区和科技创新改革试验区2023年工作推进方案"
LB_LIST = "兰州市白银市共同推进兰白两区建设2023年重点工作任务清单"
LZ_HTZ_POLICY = "兰州高新区建设国家自主创新示范区促进高质量发展政策"
LB_ZJ = "甘肃兰白—上海张江科技创新结对合作"
TMSP = "超高温钍基熔盐泵试验平台"
doc("2023-10-lanzhou-lanbai-zones-policy-supply.txt", [
    ("中国甘肃网", "Enterprise"),
    ("兰州日报", "Enterprise"),
    ("兰州高新区生物医药产业园", "Zone"),
    (LB, "Zone"),
    (LB_PILOT, "Zone", ["科技创新改革试验区"], True),
    ("中国共产党甘肃省第十四次代表大会", "Event", ["省第十四次党代会"]),
    ("四强行动", "Initiative"),
    (LZ_CPC, "GovernmentBody", ["兰州市委", "市委"]),
    (LB_GROUP, "GovernmentBody"),
    (LB_PLAN, "Policy"),
    (LB_LIST, "Policy"),
    ("兰州高新区", "Zone"),
    (LZ_HTZ_POLICY, "Policy"),
    (LB_ZJ, "Initiative"),
    ("上海张江高新区", "Zone", ["张江"]),
    ("兰州新区", "Zone"),
    ("兰泵", "Enterprise"),
    (TMSP, "InnovationPlatform"),
], [
    ("兰州高新区生物医药产业园", "partOf", "兰州高新区"),
    (LB_GROUP, "foundedBy", LZ_CPC),
    (LB_PLAN, "issuedBy", LZ_CPC),
    (LB_LIST, "issuedBy", LZ_CPC),
    (LB_PLAN, "supports", LB),
    (LB_PLAN, "supports", LB_PILOT),
    (LB_LIST, "supports", LB),
    (LB_LIST, "supports", LB_PILOT),
    (LZ_HTZ_POLICY, "issuedBy", "兰州高新区"),
    (LB, "cooperatesWith", "上海张江高新区"),
    ("兰州新区", "supports", "兰泵"),
    (TMSP, "coBuiltBy", "兰泵"),
], systems=[
    {"formula": "1+4+7", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "4", "declared": 4, "members": []},
        {"symbol": "7", "declared": 7, "members": []}]},
], must_not_merge=[
    (LB, LB_PILOT),
    (LB, LB_GROUP),
    (LB_PLAN, LB_LIST),
    (LB_PLAN, LB_GROUP),
    ("兰州高新区", "兰州高新区生物医药产业园"),
    ("兰州高新区", "兰州新区"),
    ("兰州高新区", LZ_HTZ_POLICY),
    (LB_ZJ, "上海张江高新区"),
    ("中国甘肃网", "兰州日报"),
])

gold.write(HERE / "gold.jsonl")
