"""Writes eval/train7/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train7/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train7/docs/")
doc = gold.doc


# 1. Suzhou New District investment meeting in Shenzhen: 63 projects signed, platforms unveiled
#    (高新科技导报 / 中国高新技术产业导报 A6), 2023-05-22
SND = "苏州高新区"  # dev2's canonical name
SND_PLATFORMS = [
    ("南方科技大学科技成果转化基地", "InnovationPlatform"),
    ("英威腾智能物联网实验室", "Laboratory"),
    ("双碳实验室", "Laboratory"),
    ("中软开源鸿蒙社区", "InnovationPlatform"),
    ("校友会苏州创新中心", "InnovationPlatform"),
]
SND_INDUSTRIES = ["光子", "医疗器械", "生物医药", "集成电路"]
SND_MEETING = "2023苏州高新区(深圳)投资说明会"
SND_CONTEST = "智汇苏高新全球创新创业大赛"
doc("2023-05-suzhou-snd-shenzhen-investment-meeting-signing.txt", [
    (SND, "Zone"),
    (SND_MEETING, "Event"),
    *[(i, "Industry") for i in SND_INDUSTRIES],
    *SND_PLATFORMS,
    ("生命科学产业创新园", "Zone"),
    ("苏州市光子产业创新基地", "Zone"),
    (SND_CONTEST, "Event"),
    ("中科院深圳先进院", "ResearchInstitute"),
    ("大族激光", "Enterprise"),
    ("深圳进出口商会", "GovernmentBody"),
    ("深交所", "Enterprise"),
    ("环太湖科创圈", "Zone"),
    ("贾凯", "Person"),
], [
    (SND, "hosts", SND_MEETING),
    (SND, "hosts", SND_CONTEST),
    *[(SND, "focusesOn", i) for i in SND_INDUSTRIES],
    *[(p, "locatedIn", SND) for p, _ in SND_PLATFORMS],
    ("生命科学产业创新园", "partOf", SND),
    ("苏州市光子产业创新基地", "partOf", SND),
], must_not_merge=[
    ("光子", "苏州市光子产业创新基地"),
    (SND, SND_MEETING),
    (SND, SND_CONTEST),
    ("英威腾智能物联网实验室", "双碳实验室"),
    ("生命科学产业创新园", "苏州市光子产业创新基地"),
])

# 2. Cross-provincial hi-tech zone of the Yangtze River Delta eco-green integration demonstration zone unveiled
#    (界面新闻 jiemian.com), 2023-07-31
DEMO = "长三角生态绿色一体化发展示范区"  # canonical name in eval/dev and eval/train1
XHT = "长三角生态绿色一体化发展示范区跨省域高新技术产业开发区"
XHT_3 = ["数字产业", "智能制造", "绿色新材料"]
XHT_2 = ["总部经济", "绿色科创服务"]
XHT_AGREEMENTS = ["水乡客厅市政基础设施一体化高质量建设合作协议", "共建车路协同示范区合作协议",
                  "质量认证助力示范区高质量一体化发展合作协议"]
doc("2023-07-yangtze-delta-demo-zone-cross-provincial-hi-tech-zone-unveiled.txt", [
    (XHT, "Zone", ["示范区高新区"]),
    (DEMO, "Zone", ["长三角示范区"]),
    ("2023年长三角生态绿色一体化发展示范区开发者大会暨示范区全链接大会", "Event"),
    ("青浦区", "Zone", ["青浦"]),
    *[(i, "Industry") for i in XHT_3 + XHT_2],
    *[(a, "Policy") for a in XHT_AGREEMENTS],
], [
    (XHT, "partOf", DEMO),
    *[(XHT, "focusesOn", i) for i in XHT_3 + XHT_2],
], systems=[
    {"formula": "3+2", "tiers": [
        {"symbol": "3", "declared": 3, "members": XHT_3},
        {"symbol": "2", "declared": 2, "members": XHT_2}]},
], must_not_merge=[
    (XHT, DEMO),
    (DEMO, "2023年长三角生态绿色一体化发展示范区开发者大会暨示范区全链接大会"),
    ("共建车路协同示范区合作协议", "质量认证助力示范区高质量一体化发展合作协议"),
    ("智能制造", "数字产业"),
])

# 3. Xi'an hi-tech zone, Silk Road Science City: first-half 2023 signings and its three areas
#    (ylqx.thxxww.com repost of a local report), 2023-06-28
XA, SL = "西安高新区", "丝路科学城"  # canonical names of eval/train2
XA_SCI = "西安综合性国家科学中心"  # train2: city "双中心" → two platforms named with the city
XA_TECH = "西安科技创新中心"
CIA, ECO, HARD = "中央创新区", "生态文创区", "硬科技产业区"
CIA_SITES = [("未来创元中心", "Facility"), ("盈创中心", "Facility"), ("丝路创智谷金融中心", "Facility"),
             ("永安渠商旅文化街区", "Facility"), ("西安大剧院", "Facility"), ("国际文化传播中心", "Facility")]
HARD_INDUSTRIES = ["半导体", "光子", "汽车", "生物医药", "智能制造", "光电子", "新能源汽车"]
HARD_FIRMS = ["三星", "比亚迪", "中兴通讯", "奕斯伟", "杨森制药"]
doc("2023-06-xian-silk-road-science-city-h1-projects-signing.txt", [
    (XA, "Zone"),
    (SL, "Zone"),
    (XA_SCI, "InnovationPlatform", ["综合性国家科学中心"]),
    (XA_TECH, "InnovationPlatform", ["科技创新中心"]),
    (CIA, "Zone"),
    (ECO, "Zone"),
    (HARD, "Zone"),
    *CIA_SITES,
    ("仪祉湖水利风景区", "Zone"),
    *[(i, "Industry") for i in HARD_INDUSTRIES],
    *[(f, "Enterprise") for f in HARD_FIRMS],
], [
    (SL, "partOf", XA),
    (SL, "partOf", XA_SCI),
    (SL, "partOf", XA_TECH),
    (CIA, "partOf", SL),
    (ECO, "partOf", SL),
    (HARD, "partOf", SL),
    *[(f, "locatedIn", CIA) for f, _ in CIA_SITES],
    ("仪祉湖水利风景区", "partOf", ECO),
    *[(HARD, "focusesOn", i) for i in HARD_INDUSTRIES],
    *[(f, "locatedIn", HARD) for f in HARD_FIRMS],
], must_not_merge=[
    (XA, SL),
    (XA_SCI, XA_TECH),
    (SL, "丝路创智谷金融中心"),
    (CIA, ECO),
    (HARD, ECO),
    ("光子", "光电子"),
    ("汽车", "新能源汽车"),
])

# 4. Xiangjiang Science City (Changsha) major projects signing (中国新闻网), 2025-03-19
XJ, XJNA = "湘江科学城", "湖南湘江新区"  # canonical names of eval/train3 and eval/train5
XJ_TEAMS = [("先进聚变研究所", "彭先觉"), ("智能机器人技术与产业转化研究院", "王耀南"),
            ("城市与产业发展研究中心", "程泰宁")]
doc("2025-03-changsha-xiangjiang-science-city-major-projects-signing.txt", [
    (XJ, "Zone", ["湖南湘江科学城"]),
    (XJNA, "Zone", ["湘江新区"]),
    ("中国新闻网", "Enterprise", ["中新网"]),
    ("周秋燕", "Person"),
    ("湘江融媒", "Enterprise"),
    *[(inst, "ResearchInstitute") for inst, _ in XJ_TEAMS],
    *[(person, "Person") for _, person in XJ_TEAMS],
    ("质子肿瘤治疗技术研究所", "ResearchInstitute"),
    ("肖杰", "Person"),
    ("吴越", "Person"),
], [
    (XJ, "partOf", XJNA),
    *[(inst, "locatedIn", XJ) for inst, _ in XJ_TEAMS],
    *[(inst, "ledBy", person) for inst, person in XJ_TEAMS],
    ("质子肿瘤治疗技术研究所", "locatedIn", XJ),
    ("质子肿瘤治疗技术研究所", "ledBy", "肖杰"),
], must_not_merge=[
    (XJ, XJNA),
    ("先进聚变研究所", "质子肿瘤治疗技术研究所"),
    ("中国新闻网", "湘江融媒"),
])

# 5. Guangzhou Nansha: Nansha Science City gathers institutes and big facilities (科技日报, repost), 2023-05-26
NS, NSC = "南沙区", "南沙科学城"
NS_FACILITIES = ["冷泉生态系统", "高超声速风洞", "极端海洋科考设施", "大洋钻探船"]
doc("2023-05-guangzhou-nansha-science-city-innovation-agglomeration.txt", [
    (NS, "Zone", ["广州南沙区", "广州南沙", "南沙"]),
    (NSC, "Zone", ["广州市南沙科学城"]),
    ("庆盛科技创新产业基地", "Zone"),
    ("明珠湾起步区", "Zone"),
    ("灵山岛尖", "Zone"),
    ("大湾区科学论坛永久会址", "Facility"),
    ("大湾区科学论坛", "Event"),
    ("中科宇航", "Enterprise"),
    ("广州市南沙区委宣传部", "GovernmentBody"),
    ("南沙科学城总体发展规划", "Policy"),
    ("广东省人民政府", "GovernmentBody", ["广东省政府"]),
    ("吴扬", "Person"),
    ("中科院明珠科学园", "Zone"),
    *[(f, "Facility") for f in NS_FACILITIES],
], [
    (NSC, "partOf", NS),
    ("庆盛科技创新产业基地", "partOf", NS),
    ("明珠湾起步区", "partOf", NS),
    ("灵山岛尖", "partOf", "明珠湾起步区"),
    ("大湾区科学论坛永久会址", "locatedIn", "灵山岛尖"),
    ("中科院明珠科学园", "partOf", NSC),
    *[(f, "locatedIn", NSC) for f in NS_FACILITIES],
], must_not_merge=[
    (NS, NSC),
    ("大湾区科学论坛", "大湾区科学论坛永久会址"),
    (NSC, "南沙科学城总体发展规划"),
    (NSC, "中科院明珠科学园"),
    (NS, "广州市南沙区委宣传部"),
])

# 6. Hefei hi-tech zone: China Telecom takes control of QuantumCTek; the zone's quantum industry
#    (zhaoshang-gov.cn 园区动态), 2025-02-14
HF = "合肥高新区"  # eval/dev's canonical name
GD = "科大国盾量子技术股份有限公司"
CT = "中国电信集团"
QT = "量子科技"
GD_TRACKS = ["量子通信", "量子计算", "量子精密测量"]
QPZ = "量子科技省未来产业先导区"
doc("2025-02-hefei-hi-tech-zone-quantum-china-telecom-guodun.txt", [
    (HF, "Zone"),
    (QT, "Industry", ["量子科技产业", "量子产业"]),
    (CT, "Enterprise", ["中国电信"]),
    (GD, "Enterprise"),
    *[(t, "Industry") for t in GD_TRACKS],
    ("中电信量子集团", "Enterprise"),
    ("合肥候店量子应用示范变电站", "Facility"),
    ("全国量子信息未来产业科技园试点", "Award"),
    ("量子科技产业研究院", "ResearchInstitute"),
    (QPZ, "Zone"),
    ("中国科学技术大学", "University"),
], [
    (HF, "focusesOn", QT),
    (GD, "partOf", CT),
    *[(GD, "focusesOn", t) for t in GD_TRACKS],
    ("中电信量子集团", "partOf", CT),
    ("中电信量子集团", "focusesOn", QT),
    (HF, "awarded", "全国量子信息未来产业科技园试点"),
    ("量子科技产业研究院", "foundedBy", HF),
    (QPZ, "partOf", HF),
], must_not_merge=[
    (CT, "中电信量子集团"),
    (GD, "中电信量子集团"),
    (QT, "量子科技产业研究院"),
    (HF, QPZ),
    (QT, QPZ),
    ("量子计算", "量子精密测量"),
])

# 7. Western (Chongqing) Science City: 43 university/academy projects in two years; 金凤实验室 unveiled
#    (guangxilong.com repost of a Chongqing report), 2022-06 (est.)
WCQ = "西部(重庆)科学城"  # eval/dev3's canonical name
WCQ_PROJECTS = [("上海交通大学重庆人工智能研究院", "ResearchInstitute"), ("中国自然人群生物资源库", "Facility"),
                ("中科院汽车软件创新研究平台", "InnovationPlatform")]
doc("2022-06-chongqing-western-science-city-43-university-institute-projects.txt", [
    (WCQ, "Zone"),
    ("金凤实验室", "Laboratory"),
    ("北京大学(重庆)大数据研究院", "ResearchInstitute"),
    *WCQ_PROJECTS,
    ("卞修武", "Person"),
    ("金凤镇", "Zone"),
], [
    ("金凤实验室", "locatedIn", WCQ),
    ("金凤实验室", "locatedIn", "金凤镇"),
    ("金凤镇", "partOf", WCQ),
    *[(p, "locatedIn", WCQ) for p, _ in WCQ_PROJECTS],
], must_not_merge=[
    ("金凤实验室", "金凤镇"),
    ("北京大学(重庆)大数据研究院", "上海交通大学重庆人工智能研究院"),
    (WCQ, "金凤镇"),
])

gold.write(HERE / "gold.jsonl")
