"""Writes eval/train18/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train18/build_gold.py
"""
from itertools import combinations
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train18/docs/")
doc = gold.doc

SJZ = "石家庄高新区"

# 1. Shijiazhuang hi-tech zone: 博晖生物 modern biopharma base agreement (zone portal, from 石家庄新闻), 2024-03-28
SJZ_GOV = "石家庄市人民政府"
BH = "北京博晖创新生物技术集团股份有限公司"
BH_SJZ = "博晖生物制药(石家庄)有限公司"
BH_SIGNERS = [SJZ_GOV, SJZ, BH, BH_SJZ]
doc("2024-03-shijiazhuang-hi-tech-zone-bohui-biopharma-base-signing.txt", [
    (SJZ_GOV, "GovernmentBody", ["市政府"]),
    (SJZ, "Zone", ["高新区"]),
    (BH, "Enterprise"),
    (BH_SJZ, "Enterprise"),
    ("博晖生物石家庄现代生物制药产业基地项目合作框架协议", "Policy"),
    ("君正科技产业集团", "Enterprise"),
    ("中共石家庄市委员会", "GovernmentBody", ["市委"]),
    ("国际生物医药产业园", "Zone"),
    ("生物医药", "Industry"),
    ("生物药", "Industry"),
    ("高端制剂", "Industry"),
    ("现代中药", "Industry"),
    ("医疗器械", "Industry"),
    ("马宇骏", "Person"),
    ("黄辉", "Person"),
    ("管景斌", "Person"),
    ("李为军", "Person"),
    ("宋国宏", "Person"),
    ("沈治卫", "Person"),
    ("石家庄新闻", "Enterprise"),
], [
    *[(a, "cooperatesWith", b) for a, b in combinations(BH_SIGNERS, 2)],
    (BH, "locatedIn", SJZ),
    (BH_SJZ, "locatedIn", SJZ),
    (BH, "partOf", "君正科技产业集团"),
    (SJZ_GOV, "ledBy", "马宇骏"),
    ("君正科技产业集团", "ledBy", "黄辉"),
    (BH, "ledBy", "沈治卫"),
], must_not_merge=[
    (BH, BH_SJZ),
    (BH, "君正科技产业集团"),
    (SJZ_GOV, SJZ),
    ("生物医药", "国际生物医药产业园"),
    ("生物药", "生物医药"),
])

# 2. Shijiazhuang hi-tech zone profile (新浪河北), 2022-06-21
SJZ_INDUSTRIES = ["生物医药", "大健康", "先进装备制造", "新一代信息技术"]
doc("2022-06-shijiazhuang-hi-tech-zone-science-new-city.txt", [
    (SJZ, "Zone", ["石家庄高新技术产业开发区", "高新区"]),
    ("西区科技创业园区", "Zone"),
    ("东区产业园区", "Zone"),
    *[(i, "Industry") for i in SJZ_INDUSTRIES],
    ("全国生物医药园区50强", "Award"),
    ("轩竹医药", "Enterprise"),
    ("政企银保评质押融资新模式", "Initiative"),
], [
    ("西区科技创业园区", "partOf", SJZ),
    ("东区产业园区", "partOf", SJZ),
    *[(SJZ, "focusesOn", i) for i in SJZ_INDUSTRIES],
    (SJZ, "awarded", "全国生物医药园区50强"),
    ("轩竹医药", "locatedIn", SJZ),
], must_not_merge=[
    ("西区科技创业园区", "东区产业园区"),
    ("西区科技创业园区", SJZ),
    ("生物医药", "全国生物医药园区50强"),
])

# 3. Xiamen: 福建省海洋科学与技术创新实验室 (鹭江创新实验室) unveiled (中新网 repost), 2025-01-21
LJ = "鹭江创新实验室"
doc("2025-01-xiamen-lujiang-innovation-laboratory-unveiled.txt", [
    (LJ, "Laboratory", ["福建省海洋科学与技术创新实验室"]),
    ("厦门大学", "University"),
    ("自然资源部第三海洋研究所", "ResearchInstitute", ["海洋三所"]),
    ("厦门市人民政府", "GovernmentBody", ["厦门市政府"]),
    ("中共福建省委员会", "GovernmentBody", ["福建省委"]),
    ("福建省人民政府", "GovernmentBody", ["省政府"]),
    ("海洋科技创新与产业创新融合研讨会", "Event"),
    ("海洋强省", "Initiative"),
    ("海洋强市", "Initiative"),
    ("海上福建", "Initiative"),
    ("崔永辉", "Person"),
    ("杨伏山", "Person"),
    ("戴佩琪", "Person"),
    ("中国新闻网", "Enterprise", ["中新网"]),
], [
    (LJ, "ledBy", "厦门市人民政府"),
    (LJ, "coBuiltBy", "厦门大学"),
    (LJ, "coBuiltBy", "自然资源部第三海洋研究所"),
], must_not_merge=[
    ("厦门大学", "自然资源部第三海洋研究所"),
    ("海洋强省", "海洋强市"),
    ("中共福建省委员会", "福建省人民政府"),
])

# 4. Huairou: 中关村论坛 sub-forum on open sharing of national big-science facilities (repost), 2025-03-28 (year est.)
HR = "怀柔综合性国家科学中心"
HR_FORUM = "国家重大科技基础设施开放共享论坛"
NDRC = "中华人民共和国国家发展和改革委员会"
BJ_STC = "北京市科学技术委员会、中关村科技园区管理委员会"
HR_HOSTS = ["北京市人民政府", NDRC, "中国科学院",  # 主办
            "北京市发展和改革委员会", BJ_STC, "北京怀柔科学城管理委员会",  # 共同承办
            "国家发展改革委创新和高技术发展司", "中国科学院科技基础能力局", "中国科学院国家空间科学中心"]
HR_FACILITIES = ["综合极端条件实验装置", "子午工程二期", "多模态跨尺度生物医学成像设施", "高能同步辐射光源",
                 "人类器官生理病理模拟装置"]
doc("2025-03-huairou-science-centre-facilities-open-sharing-forum.txt", [
    ("中关村论坛", "Event"),
    (HR_FORUM, "Event"),
    ("怀柔综合性国家科学中心重大成果发布会", "Event"),
    ("北京雁栖湖国际会展中心", "Facility"),
    ("北京市人民政府", "GovernmentBody"),
    (NDRC, "GovernmentBody", ["国家发展改革委"]),
    ("中国科学院", "ResearchInstitute"),
    ("北京市发展和改革委员会", "GovernmentBody", ["北京市发展改革委"]),
    (BJ_STC, "GovernmentBody", ["北京市科学技术委员会中关村管委会"]),
    ("北京怀柔科学城管理委员会", "GovernmentBody"),
    ("国家发展改革委创新和高技术发展司", "GovernmentBody"),
    ("中国科学院科技基础能力局", "GovernmentBody"),
    ("中国科学院国家空间科学中心", "ResearchInstitute"),
    (HR, "InnovationPlatform", ["怀柔科学中心"]),
    ("怀柔区", "Zone", ["怀柔"]),
    ("林剑华", "Person"),
    *[(f, "Facility") for f in HR_FACILITIES],
], [
    *[(h, "hosts", HR_FORUM) for h in HR_HOSTS],
    (HR_FORUM, "partOf", "中关村论坛"),
    *[(f, "locatedIn", "怀柔区") for f in HR_FACILITIES],
], must_not_merge=[
    (NDRC, "国家发展改革委创新和高技术发展司"),
    ("中国科学院", "中国科学院科技基础能力局"),
    ("中国科学院", "中国科学院国家空间科学中心"),
    (NDRC, "北京市发展和改革委员会"),
    (HR, "怀柔综合性国家科学中心重大成果发布会"),
    (HR_FORUM, "中关村论坛"),
    ("北京怀柔科学城管理委员会", "怀柔区"),
])

# 5. 福州大学永定区飞地科技园 launched, 福厦泉 collaborative innovation platform unveiled (福州大学 repost of 新福建), 2021-11-16
FZU = "福州大学"
FZU_PARK = "福州大学国家大学科技园"
YD = "永定区"
ENCLAVE = "福州大学永定区飞地科技园"
FXQ_PLATFORM = "福厦泉自主创新示范区协同创新平台"
WX = "龙岩文秀数字产业园"
doc("2021-11-fuzhou-university-yongding-enclave-science-park-launch.txt", [
    (FZU, "University", ["福大"]),
    (FZU_PARK, "Zone"),
    (YD, "Zone", ["龙岩市永定区", "永定"]),
    (ENCLAVE, "Zone", ["永定区飞地科技园区", "飞地科技园"]),
    (FXQ_PLATFORM, "InnovationPlatform", ["自主创新示范区协同创新平台"]),
    ("协同创新平台共建协议", "Policy"),
    (WX, "Zone", ["文秀数字产业园"]),
    ("字节跳动指悦科技", "Enterprise"),
    ("维骑动力锂电池产业园", "Zone"),
    ("国动通信产业南方基地", "Zone"),
    ("罗天进", "Person"),
    ("熊川", "Person"),
    ("福建日报", "Enterprise"),
    ("新福建客户端", "Enterprise"),
], [
    (FZU, "supports", YD),
    (YD, "cooperatesWith", FZU_PARK),
    (ENCLAVE, "coBuiltBy", YD),
    (ENCLAVE, "coBuiltBy", FZU_PARK),
    (FXQ_PLATFORM, "coBuiltBy", YD),
    (FXQ_PLATFORM, "coBuiltBy", FZU_PARK),
    ("协同创新平台共建协议", "supports", FXQ_PLATFORM),
    (YD, "supports", WX),
    (FZU_PARK, "supports", WX),
    ("字节跳动指悦科技", "locatedIn", WX),
    ("维骑动力锂电池产业园", "partOf", WX),
    ("国动通信产业南方基地", "partOf", WX),
], must_not_merge=[
    (FZU, FZU_PARK),
    (ENCLAVE, FZU_PARK),
    (ENCLAVE, YD),
    (FXQ_PLATFORM, "协同创新平台共建协议"),
    (WX, "维骑动力锂电池产业园"),
    ("福建日报", "新福建客户端"),
])

# 6. Guangzhou Nansha: HKUST (Guangzhou) campus construction command unveiled; 大岗 advanced-manufacturing base (信息时报 repost), 2021-01 (est.)
HKGZ = "香港科技大学(广州)"
HKGZ_HQ = "香港科技大学(广州)校园建设指挥部"
DG = "大岗先进制造业基地"
NS = "南沙区"
DG_FIRMS = ["中船", "北京精雕", "中邮信源", "平安物流", "鼎飞智能", "宝乐机器人"]
DG_INDUSTRIES = ["高端装备", "船舶制造", "先进制造业"]
doc("2021-01-guangzhou-nansha-hkust-gz-campus-command-dagang-base.txt", [
    (HKGZ, "University", ["港科大(广州)"]),
    ("香港科技大学", "University"),
    (HKGZ_HQ, "GovernmentBody", ["港科大(广州)校园现场建设指挥部"]),
    ("广州市南沙新区产业园区开发建设管理局", "GovernmentBody"),
    ("广州南沙产业建设管理有限公司", "Enterprise"),
    (NS, "Zone"),
    (DG, "Zone", ["南沙新区大岗先进制造业基地"]),
    ("大岗先进制造业基地园区管理服务中心", "Facility", ["大岗园区管理服务中心"]),
    *[(f, "Enterprise") for f in DG_FIRMS],
    ("高端装备", "Industry"),
    ("船舶制造", "Industry"),
    ("先进制造业", "Industry", ["先进制造"]),
    ("崔小远", "Person"),
    ("陈炜", "Person"),
    ("信息时报", "Enterprise"),
], [
    (HKGZ_HQ, "coBuiltBy", "广州市南沙新区产业园区开发建设管理局"),
    (HKGZ_HQ, "coBuiltBy", "广州南沙产业建设管理有限公司"),
    (HKGZ_HQ, "coBuiltBy", "香港科技大学"),
    (HKGZ, "locatedIn", NS),
    (DG, "partOf", NS),
    ("大岗先进制造业基地园区管理服务中心", "locatedIn", DG),
    *[(f, "locatedIn", DG) for f in DG_FIRMS],
    *[(DG, "focusesOn", i) for i in DG_INDUSTRIES],
    (NS, "focusesOn", "先进制造业"),
], must_not_merge=[
    (HKGZ, "香港科技大学"),
    (HKGZ, HKGZ_HQ),
    (DG, "大岗先进制造业基地园区管理服务中心"),
    (DG, "先进制造业"),
    ("广州市南沙新区产业园区开发建设管理局", "广州南沙产业建设管理有限公司"),
    (DG, NS),
])

# 7. Yantai development zone: six innovation systems, 兰化所 runs the Shandong provincial lab (闪电新闻 repost), 2022-05-11
YT = "烟台开发区"
LICP = "中国科学院兰州化学物理研究所"
YT_LAB = "烟台先进材料与绿色制造山东省实验室"
doc("2022-05-yantai-development-zone-six-innovation-systems.txt", [
    (YT, "Zone"),
    ("环磁山", "Zone"),
    ("八角湾", "Zone"),
    ("环东岛", "Zone"),
    ("烟台宋和宋智能科技股份有限公司", "Enterprise"),
    (LICP, "ResearchInstitute", ["中科院兰化所"]),
    (YT_LAB, "Laboratory"),
    ("赵玲", "Person"),
    ("邓志波", "Person"),
    ("乔竹辉", "Person"),
    ("闪电新闻", "Enterprise"),
], [
    ("环磁山", "partOf", YT),
    ("八角湾", "partOf", YT),
    ("环东岛", "partOf", YT),
    (LICP, "locatedIn", YT),
    (YT_LAB, "ledBy", LICP),
    (YT_LAB, "locatedIn", YT),
], must_not_merge=[
    (LICP, YT_LAB),
    ("环磁山", "环东岛"),
    ("八角湾", YT),
])

# 8. 烟台大学 and 中科院兰化所 sign a strategic agreement as main co-builders of the Yantai provincial lab (烟台大学 site), 2020-07 (year est.)
doc("2020-07-yantai-university-licp-provincial-lab-agreement.txt", [
    ("烟台大学", "University"),
    (LICP, "ResearchInstitute", ["中科院兰化所"]),
    (YT_LAB, "Laboratory"),
    ("山东省实验室建设现场推进会", "Event"),
    ("山东省新旧动能转换重大工程", "Initiative"),
    ("先进材料", "Industry"),
    ("绿色制造", "Industry"),
    ("唐波", "Person"),
    ("陈飞", "Person"),
    ("于书良", "Person"),
    ("张伟", "Person"),
    ("周峰", "Person"),
    ("李合亮", "Person"),
    ("毕朝辉", "Person"),
], [
    ("烟台大学", "cooperatesWith", LICP),
    (YT_LAB, "coBuiltBy", "烟台大学"),
    (YT_LAB, "coBuiltBy", LICP),
    (YT_LAB, "focusesOn", "先进材料"),
    (YT_LAB, "focusesOn", "绿色制造"),
], must_not_merge=[
    ("烟台大学", LICP),
    (YT_LAB, "先进材料"),
    (YT_LAB, "山东省实验室建设现场推进会"),
])

gold.write(HERE / "gold.jsonl")
