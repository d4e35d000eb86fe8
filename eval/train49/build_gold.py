"""Writes eval/train49/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 49: news (2021-2026) about laboratories, national key labs, technology innovation centres and their
bases. Run: .venv/bin/python eval/train49/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train49/docs/")
doc = gold.doc

# 1. Tsinghua Nankou national-key-lab base in Changping, phase one handed over (中国青年报 via 新浪财经), 2025-01-13
NK = "清华南口国重基地"
THU = "清华大学"
CAR_LAB = "智能绿色车辆与交通全国重点实验室"
GRID_LAB = "新型电力系统运行与控制全国重点实验室"
doc("2025-01-beijing-changping-tsinghua-nankou-national-key-lab-base.txt", [
    ("中国青年报", "Enterprise", ["中青报"]),
    ("中青网", "Enterprise"),
    ("张敏", "Person"),
    ("昌平区", "Zone"),
    ("南口镇", "Zone", ["南口"]),
    (NK, "Zone"),
    (THU, "University"),
    ("两业融合示范园区", "Award"),
    ("北京平板玻璃集团公司", "Enterprise"),
    (CAR_LAB, "Laboratory"),
    (GRID_LAB, "Laboratory"),
    ("清华南口国重基地一期交付暨工作联席会", "Event"),
    ("清华大学车辆与运载学院", "University"),
    ("清华大学智能产业研究院", "ResearchInstitute", ["智能产业研究院"], True),
    ("智能车辆", "Industry"),
    ("绿色交通", "Industry"),
], [
    (NK, "partOf", "南口镇"),
    ("南口镇", "partOf", "昌平区"),
    ("昌平区", "cooperatesWith", THU),
    (NK, "coBuiltBy", "昌平区"),
    (NK, "coBuiltBy", THU),
    (NK, "awarded", "两业融合示范园区"),
    (CAR_LAB, "locatedIn", NK),
    (GRID_LAB, "locatedIn", NK),
    (CAR_LAB, "partOf", THU),
    (GRID_LAB, "partOf", THU),
    (CAR_LAB, "coBuiltBy", "清华大学车辆与运载学院"),
    (CAR_LAB, "coBuiltBy", "清华大学智能产业研究院"),
    ("清华大学车辆与运载学院", "partOf", THU),
    ("清华大学智能产业研究院", "partOf", THU),
    (CAR_LAB, "focusesOn", "智能车辆"),
    (CAR_LAB, "focusesOn", "绿色交通"),
    ("南口镇", "hosts", "清华南口国重基地一期交付暨工作联席会"),
], must_not_merge=[
    (NK, "南口镇"),
    (NK, "清华南口国重基地一期交付暨工作联席会"),
    (THU, "清华大学车辆与运载学院"),
    (THU, "清华大学智能产业研究院"),
    (CAR_LAB, GRID_LAB),
    ("中国青年报", "中青网"),
])

# 2. Hubei Three Gorges Laboratory phase-two project starts (湖北日报 via cnhubei.com), 2025-12-29
SX = "湖北三峡实验室"  # canonical name as in eval/train30
SX2 = "湖北三峡实验室二期项目"
XF_PARK = "兴发集团宜昌新材料产业园"
SX_FIELDS = ["磷石膏综合利用", "微电子关键化学品", "磷基高端化学品", "硅系基础化学品", "化工高效装备与智能控制"]
doc("2025-12-hubei-three-gorges-laboratory-phase-two-starts.txt", [
    ("湖北日报", "Enterprise"),
    ("李仁玺", "Person"),
    ("李阳", "Person"),
    ("刘益", "Person"),
    (SX, "Laboratory", ["三峡实验室"]),
    (SX2, "Facility"),
    (XF_PARK, "Zone"),
    ("现代化工", "Industry"),
    *[(f, "Industry") for f in SX_FIELDS],
    ("池汝安", "Person"),
    ("浙江大学", "University"),
    ("鲍宗必", "Person"),
], [
    (SX2, "locatedIn", XF_PARK),
    (SX, "locatedIn", XF_PARK),
    (SX, "ledBy", "池汝安"),
    (SX, "focusesOn", "现代化工"),
    *[(SX, "focusesOn", f) for f in SX_FIELDS],
], must_not_merge=[
    (SX, SX2),
    ("现代化工", "化工高效装备与智能控制"),
    ("磷基高端化学品", "硅系基础化学品"),
])

# 3. Four Liaoning laboratories unveiled (人民日报客户端 via zgrwj.com), 2022-09-06
HN, YGS = "沈阳浑南科技城", "大连英歌石科学城"  # names as in eval/train15 and eval/train4
LN_LABS = ["辽宁材料实验室", "辽宁辽河实验室", "辽宁滨海实验室", "辽宁黄海实验室"]
DICP = "中国科学院大连化学物理研究所"
doc("2022-09-liaoning-four-laboratories-unveiled.txt", [
    ("人民日报客户端", "Enterprise"),
    ("胡婧怡", "Person"),
    ("辽宁实验室揭牌仪式", "Event"),
    (HN, "Zone"),
    (YGS, "Zone"),
    *[(lab, "Laboratory") for lab in LN_LABS],
    ("张国清", "Person"),
    ("李乐成", "Person"),
    (DICP, "ResearchInstitute", ["中科院大连化物所"]),
    ("能源催化转化全国重点实验室", "Laboratory", ["能源催化转化实验室"]),
    ("中国科学院大学能源学院", "University", ["国科大能源学院"]),
    ("辽宁材料实验室园区", "Facility"),
    ("中共辽宁省委员会", "GovernmentBody", ["省委"]),
    ("辽宁省人民政府", "GovernmentBody", ["省政府"]),
], [
    (HN, "hosts", "辽宁实验室揭牌仪式"),
    (YGS, "hosts", "辽宁实验室揭牌仪式"),
    ("能源催化转化全国重点实验室", "partOf", DICP),
], must_not_merge=[
    ("辽宁材料实验室", "辽宁材料实验室园区"),
    ("辽宁滨海实验室", "辽宁黄海实验室"),
    (DICP, "能源催化转化全国重点实验室"),
    (DICP, "中国科学院大学能源学院"),
    ("中共辽宁省委员会", "辽宁省人民政府"),
])

# 4. National synthetic-biology technology innovation centre, core R&D base in Tianjin (121xx.cn repost), 2021-12 (est.)
SYN = "国家合成生物技术创新中心"
SYN_BASE = "国家合成生物技术创新中心核心研发基地"
TIB = "中国科学院天津工业生物技术研究所"
doc("2021-12-tianjin-synthetic-biology-innovation-centre-core-base.txt", [
    (SYN, "InnovationPlatform"),
    (SYN_BASE, "Facility", ["核心研发基地"]),
    ("天津港保税区", "Zone"),
    ("中国科学院", "ResearchInstitute"),
    ("天津市人民政府", "GovernmentBody"),
    (TIB, "ResearchInstitute"),
    ("合成生物", "Industry", ["合成生物技术"]),
    ("生物科技", "Industry"),
], [
    (SYN, "coBuiltBy", "中国科学院"),
    (SYN, "coBuiltBy", "天津市人民政府"),
    (SYN, "ledBy", TIB),
    (SYN, "focusesOn", "合成生物"),
    (SYN_BASE, "locatedIn", "天津港保税区"),
], must_not_merge=[
    (SYN, SYN_BASE),
    ("中国科学院", TIB),
    (SYN, "合成生物"),
])

# 5. Hubei Three Gorges Laboratory construction plan reviewed (湖北省科技信息研究院 hbstec.cn), 2021-09-09
doc("2021-09-hubei-three-gorges-laboratory-plan-review.txt", [
    (SX, "Laboratory"),
    ("湖北三峡实验室建设运行方案论证会", "Event"),
    ("兴发集团", "Enterprise"),
    ("武汉工程大学", "University"),
    ("三峡大学", "University"),
    ("华中科技大学", "University"),
    ("武汉大学", "University"),
    ("武汉理工大学", "University"),
    ("四川大学", "University"),
    ("宜化集团", "Enterprise"),
    ("一主两翼", "Initiative"),
    ("现代化工", "Industry"),
    ("陈建峰", "Person"),
    ("湖北省科学技术厅", "GovernmentBody", ["省科技厅"]),
    ("宜昌市人民政府", "GovernmentBody"),
], [
    (SX, "ledBy", "兴发集团"),
    *[(SX, "coBuiltBy", p) for p in ("武汉工程大学", "三峡大学", "华中科技大学", "武汉大学", "武汉理工大学",
                                     "四川大学", "宜化集团")],
    (SX, "focusesOn", "现代化工"),
], must_not_merge=[
    (SX, "湖北三峡实验室建设运行方案论证会"),
    ("兴发集团", "宜化集团"),
    ("三峡大学", SX),
    ("武汉大学", "武汉理工大学"),
])

# 6. Wheat-maize double-cropping national key laboratory: construction meeting and first academic committee
#    (植物研究进展 summary via booksci.cn), 2025-04-03
WM = "小麦玉米两熟高效生产全国重点实验室"
WM_MEETING = "小麦玉米两熟高效生产全国重点实验室建设推进会暨第一届学术委员会第一次会议"
doc("2025-04-henan-wheat-maize-national-key-lab-committee.txt", [
    ("孙其信", "Person"),
    ("宋宝安", "Person"),
    ("周卫", "Person"),
    ("植物研究进展", "Enterprise"),
    (WM, "Laboratory"),
    (WM_MEETING, "Event"),
    ("河南农业大学", "University"),
    ("中国农业大学", "University"),
    ("河南科技学院", "University"),
    ("小麦玉米两熟高效生产", "Industry"),
], [
    (WM, "ledBy", "河南农业大学"),
    (WM, "coBuiltBy", "中国农业大学"),
    (WM, "coBuiltBy", "河南科技学院"),
    (WM, "focusesOn", "小麦玉米两熟高效生产"),
    ("河南农业大学", "hosts", WM_MEETING),
], must_not_merge=[
    (WM, WM_MEETING),
    (WM, "小麦玉米两熟高效生产"),
    ("河南农业大学", "中国农业大学"),
])

gold.write(HERE / "gold.jsonl")
