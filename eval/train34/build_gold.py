"""Writes eval/train34/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train34/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train34/docs/")
doc = gold.doc

# 1. Nanjing Jiangning: ten years of innovation (交汇点 via zhenjiang.021cf.cn), 2022-08-25
JN = "江宁区"
QL = "南京麒麟科创园"
doc("2022-08-nanjing-jiangning-decade-of-innovation.txt", [
    ("交汇点", "Enterprise"),
    (JN, "Zone", ["江宁"]),
    ("奋进新征程 建功新时代——江宁这十年系列主题科技创新专场新闻发布会", "Event"),
    ("赛迪顾问城市经济研究中心", "ResearchInstitute"),
    ("赛迪创新百强区(2022)", "Award"),
    ("张洋", "Person"),
    ("紫金山实验室", "Laboratory"),
    ("未来网络试验设施", "Facility"),
    ("信息高铁综合试验基础设施", "Facility"),
    ("开源软件供应链重大基础设施", "Facility"),
    ("中国科学院", "ResearchInstitute", ["中科院"]),
    (QL, "Zone", ["麒麟科创园"]),
    ("南京现代综合交通实验室", "Laboratory"),
    ("国家第三代半导体技术创新中心", "InnovationPlatform"),
    ("陈雷", "Person"),
    ("中科院南京分院", "ResearchInstitute"),
    ("麒麟科技城国家战略科技力量承载区规划", "Policy"),
], [
    (JN, "awarded", "赛迪创新百强区(2022)"),
    ("紫金山实验室", "locatedIn", JN),
    ("未来网络试验设施", "locatedIn", JN),
    ("南京现代综合交通实验室", "locatedIn", JN),
    ("国家第三代半导体技术创新中心", "locatedIn", JN),
    ("信息高铁综合试验基础设施", "locatedIn", QL),
    ("开源软件供应链重大基础设施", "locatedIn", QL),
    ("中科院南京分院", "locatedIn", QL),
    ("麒麟科技城国家战略科技力量承载区规划", "issuedBy", QL),
], must_not_merge=[
    ("中国科学院", "中科院南京分院"),
    ("紫金山实验室", "南京现代综合交通实验室"),
    ("信息高铁综合试验基础设施", "开源软件供应链重大基础设施"),
    (QL, "麒麟科技城国家战略科技力量承载区规划"),
])

# 2. Shengzhou: Shanxi (剡溪) innovation belt (绍兴日报 via 中国西藏网), 2022-11-07
SZ = "嵊州市"
SZDZ = "绍兴嵊州经济开发区(高新园区)"
SX = "剡溪创新带"
TH = "艇湖未来科创城"
SJ = "三界片区"
GT = "高铁新城"
XJJ = "东北部新经济产业区"
doc("2022-11-shengzhou-shanxi-innovation-belt.txt", [
    ("绍兴日报", "Enterprise"),
    ("艇湖科技城", "Zone"),
    (SZDZ, "Zone", ["开发区(高新园区)"]),
    (TH, "Zone"),
    ("5G", "Industry"),
    ("绿色经济", "Industry"),
    (SZ, "Zone", ["嵊州"]),
    (SX, "Zone"),
    ("剡溪创新带规划", "Policy"),
    ("5G产业园", "Zone"),
    ("联甬产业园", "Zone"),
    ("艇湖新兴产业园", "Zone"),
    ("生命健康产业园", "Zone"),
    (SJ, "Zone"),
    ("临杭高端装备智能制造工业园", "Zone"),
    ("多肽产业园", "Zone"),
    ("新材料产业园", "Zone"),
    ("张楠", "Person"),
    (GT, "Zone"),
    ("站前核心区", "Zone"),
    ("滨水魅力区", "Zone"),
    (XJJ, "Zone"),
    ("工业设计", "Industry"),
    ("现代服务业", "Industry", ["现代服务"]),
    ("嵊州市科创中心", "InnovationPlatform"),
    ("北航投星空众创空间", "InnovationPlatform"),
    ("厨具电器产业创新服务综合体", "InnovationPlatform", ["厨具电器"], True),
    ("真丝领带产业创新服务综合体", "InnovationPlatform", ["真丝领带两大产业创新服务综合体"], True),
], [
    ("艇湖科技城", "partOf", TH),
    (TH, "partOf", SZDZ),
    (TH, "focusesOn", "5G"),
    (TH, "focusesOn", "绿色经济"),
    (TH, "partOf", SX),
    (SX, "partOf", SZ),
    ("剡溪创新带规划", "issuedBy", SZ),
    ("5G产业园", "partOf", SX),
    ("联甬产业园", "partOf", SX),
    ("艇湖新兴产业园", "partOf", SX),
    ("生命健康产业园", "partOf", SX),
    (SJ, "partOf", SZDZ),
    (SJ, "partOf", SX),
    ("临杭高端装备智能制造工业园", "partOf", SJ),
    ("多肽产业园", "partOf", SJ),
    ("新材料产业园", "partOf", SJ),
    (GT, "partOf", SX),
    ("站前核心区", "partOf", GT),
    ("滨水魅力区", "partOf", GT),
    (XJJ, "partOf", GT),
    (XJJ, "focusesOn", "工业设计"),
    (XJJ, "focusesOn", "现代服务业"),
    ("嵊州市科创中心", "locatedIn", SX),
    ("北航投星空众创空间", "locatedIn", SX),
    ("厨具电器产业创新服务综合体", "locatedIn", SX),
    ("真丝领带产业创新服务综合体", "locatedIn", SX),
], must_not_merge=[
    ("艇湖科技城", TH),
    (SX, "剡溪创新带规划"),
    (SZ, "嵊州市科创中心"),
    ("5G", "5G产业园"),
    (SZDZ, SJ),
    ("厨具电器产业创新服务综合体", "真丝领带产业创新服务综合体"),
])

# 3. Shaoxing sci-tech corridor gathers innovation resources (网上浙江 chinazj.com.cn), 2022-12-24
SXC = "绍兴科创走廊"
DS = "东盛慧谷产业创新园"
doc("2022-12-shaoxing-sci-tech-corridor-dongsheng-huigu.txt", [
    (SXC, "Zone"),
    ("柯桥区", "Zone"),
    (DS, "Zone", ["东盛慧谷"]),
    ("绍兴迈亚塔菌检智能科技有限公司", "Enterprise"),
    ("徐建国", "Person"),
    ("大健康", "Industry", ["大健康产业"]),
    ("新材料", "Industry"),
    ("医疗器械", "Industry"),
    ("生物制药", "Industry"),
    ("绍兴百立康医疗科技有限公司", "Enterprise"),
    ("徐佳南", "Person"),
    ("百项千亿", "Initiative"),
    ("滨海科技城", "Zone"),
    ("国科生命健康创新园", "Zone"),
], [
    (DS, "partOf", "柯桥区"),
    (DS, "partOf", SXC),
    ("绍兴迈亚塔菌检智能科技有限公司", "locatedIn", DS),
    ("绍兴迈亚塔菌检智能科技有限公司", "foundedBy", "徐建国"),
    ("绍兴迈亚塔菌检智能科技有限公司", "focusesOn", "大健康"),
    (DS, "focusesOn", "新材料"),
    (DS, "focusesOn", "医疗器械"),
    (DS, "focusesOn", "生物制药"),
    ("绍兴百立康医疗科技有限公司", "locatedIn", DS),
    ("绍兴百立康医疗科技有限公司", "ledBy", "徐佳南"),
    ("滨海科技城", "partOf", SXC),
    ("国科生命健康创新园", "partOf", "滨海科技城"),
], must_not_merge=[
    (DS, "柯桥区"),
    ("滨海科技城", SXC),
    ("国科生命健康创新园", "滨海科技城"),
    ("医疗器械", "绍兴百立康医疗科技有限公司"),
])

# 4. Quzhou: major innovation platforms signed and unveiled (同花顺财经 news.10jqka.com.cn), 2023-04-06
QZ = "衢州市人民政府"
QZ_PAIRS = [("膜材料创新研究院", "南京工业大学"), ("高端电子化学品创新研究院", "厦门大学"),
            ("化工新材料创新研究院", "北京化工大学超重力教育部工程研究中心")]
GDC = "省高端化学品技术创新中心"
doc("2023-04-quzhou-major-innovation-platforms-signing.txt", [
    ("重大创新平台签约揭牌仪式暨技术成果发布会", "Event"),
    (QZ, "GovernmentBody", ["衢州市政府"]),
    ("南京工业大学", "University"),
    ("厦门大学", "University"),
    ("北京化工大学超重力教育部工程研究中心", "ResearchInstitute"),
    *[(inst, "ResearchInstitute") for inst, _ in QZ_PAIRS],
    ("化学新材料", "Industry"),
    ("徐南平", "Person"),
    ("孙世刚", "Person"),
    ("陈建峰", "Person"),
    (GDC, "InnovationPlatform"),
    ("高端电子化学品", "Industry"),
    ("高端特种聚合物", "Industry"),
    ("高端专用化学品", "Industry"),
    ("郑志成", "Person"),
    ("化工新材料", "Industry", ["化工新材料产业"]),
    ("电子化学品", "Industry"),
    ("特种聚合物", "Industry"),
    ("专用化学品", "Industry"),
    ("高端化学品", "Industry", ["高端化学品产业"]),
    ("衢州学院", "University"),
    ("浙江大学", "University"),
    ("浙江大学工程师学院衢州分院", "University"),
    ("浙江大学衢州研究院", "ResearchInstitute"),
], [
    *[(inst, "coBuiltBy", QZ) for inst, _ in QZ_PAIRS],
    *[(inst, "coBuiltBy", partner) for inst, partner in QZ_PAIRS],
    *[(QZ, "cooperatesWith", partner) for _, partner in QZ_PAIRS],
    *[(inst, "focusesOn", "化学新材料") for inst, _ in QZ_PAIRS],
    (GDC, "focusesOn", "高端电子化学品"),
    (GDC, "focusesOn", "高端特种聚合物"),
    (GDC, "focusesOn", "高端专用化学品"),
], must_not_merge=[
    ("化工新材料创新研究院", "化工新材料"),
    ("高端电子化学品创新研究院", "高端电子化学品"),
    ("高端电子化学品", "电子化学品"),
    ("浙江大学", "浙江大学衢州研究院"),
    ("浙江大学工程师学院衢州分院", "浙江大学衢州研究院"),
    (GDC, "高端化学品"),
])

# 5. Huzhou Moganshan hi-tech zone: ZJUT Moganshan institute (德清发布 via chinahightech.com), 2024-04-16
MGS = "湖州莫干山高新区"
ZGD = "浙江工业大学莫干山研究院"
SC = "浙江思辰半导体设备有限公司"
doc("2024-04-huzhou-moganshan-zjut-institute.txt", [
    (MGS, "Zone"),
    ("德清发布", "Enterprise"),
    ("韩洁", "Person"),
    ("王家浩", "Person"),
    ("环浙工大创新经济圈", "Zone"),
    (ZGD, "ResearchInstitute"),
    ("制造业", "Industry"),
    ("德清莫禾智能科技股份有限公司", "Enterprise", ["莫禾"]),
    ("物联网", "Industry"),
    ("徐佳", "Person"),
    (SC, "Enterprise", ["思辰半导体", "思辰"]),
    ("莫干山研究院产业创新园", "Zone"),
    ("激光智能制造创新中心", "InnovationPlatform"),
    ("半导体", "Industry"),
], [
    (ZGD, "locatedIn", "环浙工大创新经济圈"),
    (MGS, "focusesOn", "制造业"),
    ("德清莫禾智能科技股份有限公司", "locatedIn", ZGD),
    ("德清莫禾智能科技股份有限公司", "focusesOn", "物联网"),
    (SC, "locatedIn", "莫干山研究院产业创新园"),
    (SC, "focusesOn", "半导体"),
    (ZGD, "supports", "激光智能制造创新中心"),
    (ZGD, "focusesOn", "半导体"),
], must_not_merge=[
    (ZGD, "莫干山研究院产业创新园"),
    (MGS, ZGD),
    (SC, "半导体"),
    ("环浙工大创新经济圈", ZGD),
])

# 6. Tongzhou Bay joins the Yangtze Delta Taihu integration innovation alliance (通州湾示范区 site), 2023-09-27
TZW = "通州湾江海联动开发示范区"
TH_ALLIANCE = "长三角一体化太湖融合创新联盟"
TH_FOUNDERS = ["上海社科院经济研究所", "上海交大长三角一体化发展研究院", "中国亚洲经济发展协会长三角发展部"]
doc("2023-09-tongzhouwan-joins-taihu-integration-innovation-alliance.txt", [
    (TZW, "Zone", ["通州湾示范区", "通州湾"]),
    (TH_ALLIANCE, "InnovationPlatform"),
    ("扩大朋友圈 推进一体化六城市加盟暨合作项目签约仪式", "Event"),
    ("无锡太湖学院", "University"),
    ("邓成杰", "Person"),
    ("上海社科院经济研究所", "ResearchInstitute"),
    ("上海交大长三角一体化发展研究院", "ResearchInstitute"),
    ("中国亚洲经济发展协会长三角发展部", "GovernmentBody"),
], [
    (TH_ALLIANCE, "hosts", "扩大朋友圈 推进一体化六城市加盟暨合作项目签约仪式"),
    (TZW, "cooperatesWith", TH_ALLIANCE),
    *[(TH_ALLIANCE, "foundedBy", f) for f in TH_FOUNDERS],
], must_not_merge=[
    ("上海社科院经济研究所", "上海交大长三角一体化发展研究院"),
    (TH_ALLIANCE, "无锡太湖学院"),
    (TH_ALLIANCE, "扩大朋友圈 推进一体化六城市加盟暨合作项目签约仪式"),
])

# 7. Jiaxing Nanhu: the Yatai Road sci-tech belt (wxredian.com repost of a 南湖 government account), 2024-10-17
NH = "南湖区"
YT = "亚太路科创带"
doc("2024-10-jiaxing-nanhu-yatai-road-sci-tech-belt.txt", [
    (NH, "Zone", ["南湖"]),
    (YT, "Zone"),
    ("湘家荡科创湖区", "Zone"),
    ("嘉兴南湖高新区", "Zone"),
    ("凤桥镇", "Zone"),
    ("余新镇", "Zone"),
    ("新丰镇", "Zone"),
    ("南湖实验室", "Laboratory"),
    ("浙江清华长三角研究院", "ResearchInstitute"),
    ("南湖路空协同立体交通产业研究院", "ResearchInstitute"),
    ("嘉兴市南湖区科学技术局", "GovernmentBody", ["南湖区科技局"]),
    ("南湖交科院", "ResearchInstitute"),
    ("千黄高速路空一体智慧巡查平台", "InnovationPlatform"),
], [
    (YT, "partOf", NH),
    ("南湖实验室", "locatedIn", YT),
    ("浙江清华长三角研究院", "locatedIn", YT),
    ("南湖路空协同立体交通产业研究院", "locatedIn", YT),
    ("嘉兴市南湖区科学技术局", "supports", YT),
    ("千黄高速路空一体智慧巡查平台", "foundedBy", "南湖交科院"),
], must_not_merge=[
    (NH, "南湖实验室"),
    (NH, "嘉兴市南湖区科学技术局"),
    ("嘉兴南湖高新区", NH),
    (YT, "湘家荡科创湖区"),
])

gold.write(HERE / "gold.jsonl")
