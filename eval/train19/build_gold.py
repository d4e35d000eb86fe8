"""Writes eval/train19/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Training set 19: news and zone releases (2023-2025) about Hangzhou High-tech Zone (Binjiang) and neighbouring
Hangzhou zones (钱塘, 余杭 未来科技城, 西湖 云栖小镇, 萧山).
Run: .venv/bin/python eval/train19/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train19/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # canonical name of the zone, as in eval/gold/seeds.jsonl
FAC = "极弱磁大科学装置"   # seeds' canonical name
ZM = "杭州零磁医疗设备有限公司"
ZMI = "零磁医疗装备产业"    # seeds' canonical name; this text writes 零磁医疗设备产业

# 1. 浙江日报 on the ultra-weak magnetic facility's first spin-off (Binjiang), 2024-10-23
doc("2024-10-zjrb-ultra-weak-magnetic-facility-first-golden-egg.txt", [
    (FAC, "Facility"),
    (ZM, "Enterprise", ["零磁医疗"]),
    (ZMI, "Industry", ["零磁医疗设备产业"]),
    ("磁产业", "Industry"),
    ("房建成", "Person"),
    ("胥伟华", "Person"),
    ("王理生", "Person"),
    ("张留", "Person"),
    ("肖鳕桐", "Person"),
    ("胡珂", "Person"),
    ("湘湖院士岛", "Zone"),
    ("北京航空航天大学", "University"),
], [
    (FAC, "incubates", ZM),    # 它是极弱磁大科学装置孵化的第一个产业化成果
    (FAC, "incubates", ZMI),   # …为培育千亿级的零磁医疗设备产业打下基础 (as in the seeds)
    (ZM, "focusesOn", ZMI),
], must_not_merge=[
    (ZM, ZMI),
    (ZMI, "磁产业"),
    (FAC, ZM),
])

# 2. Binjiang Q1-Q3 2025 economy: NetEase base, embodied-robot town (zone release via m.yflfx.com), 2025-10-29
NE3 = "网易杭州软件生产基地三期"
RT = "滨江具身智能机器人小镇"
doc("2025-10-binjiang-q3-economy-netease-embodied-robot-town.txt", [
    (BJ, "Zone"),
    ("泮巧露", "Person"),
    ("白马湖生态创意城", "Zone"),
    ("杭州江南科学城", "Zone", ["江南科学城"]),
    (NE3, "Facility"),
    ("网易", "Enterprise"),
    (RT, "Zone"),
    ("浙江省特色小镇第八批创建对象", "Award"),
    ("具身智能机器人", "Industry"),
], [
    (NE3, "locatedIn", "白马湖生态创意城"),   # 在白马湖生态创意城片区,江南科学城标志性建筑之一
    (NE3, "locatedIn", "杭州江南科学城"),
    (RT, "partOf", BJ),
    (RT, "awarded", "浙江省特色小镇第八批创建对象"),  # 成功入选…创建对象名单
    (RT, "focusesOn", "具身智能机器人"),          # 构建具身智能机器人产业体系
], must_not_merge=[
    (NE3, "网易"),
    (RT, "具身智能机器人"),
    ("白马湖生态创意城", "杭州江南科学城"),
])

# 3. 2021 provincial high-tech zone evaluation: Hangzhou zones (repost), 2023-02 (est.)
EVAL = "2021年度浙江省高新区评价"
OUT = "2021年度浙江省高新技术产业园区建设成绩突出集体"
XS = "萧山高新区"
ZJG = "杭州紫金港数字信息高新区"
YHB = "余杭生物医药高新区"
RANKED = [BJ, "临江高新区", ZJG, XS, YHB, "余杭高新区", "青山湖高端装备高新区", "建德功能性新材料高新区"]
doc("2023-02-hangzhou-high-tech-zones-provincial-evaluation-2021.txt", [
    ("浙江省委科技强省建设领导小组办公室", "GovernmentBody"),
    (EVAL, "Award"),
    (OUT, "Award"),
    (BJ, "Zone", ["杭州高新区"]),
    (XS, "Zone"),
    (ZJG, "Zone"),
    (YHB, "Zone"),
    ("临江高新区", "Zone"),
    ("余杭高新区", "Zone"),
    ("青山湖高端装备高新区", "Zone"),
    ("建德功能性新材料高新区", "Zone"),
    ("国家高新区排名", "Award", ["国家高新区综合排名"]),
    ("数字经济", "Industry"),
    ("智能制造", "Industry"),
    ("生命健康", "Industry"),
    ("杭州湾信息港", "InnovationPlatform"),
    ("A类国家级科技企业孵化器", "Award"),
], [
    *[(z, "awarded", EVAL) for z in RANKED],               # ranks in the evaluation (居全省首位 … 第45位)
    *[(z, "awarded", OUT) for z in [BJ, XS, ZJG, YHB]],   # 4家高新区…荣获“…成绩突出集体”
    (BJ, "awarded", "国家高新区排名"),                      # 国家高新区综合排名始终位居全国第一方阵
    (XS, "focusesOn", "数字经济"),                          # 聚力发展数字经济、智能制造和生命健康三大产业
    (XS, "focusesOn", "智能制造"),
    (XS, "focusesOn", "生命健康"),
    ("杭州湾信息港", "locatedIn", XS),
    ("杭州湾信息港", "awarded", "A类国家级科技企业孵化器"),
], must_not_merge=[
    (EVAL, OUT),
    (EVAL, "国家高新区排名"),
    (YHB, "余杭高新区"),
    (XS, "临江高新区"),
    (BJ, "临江高新区"),
])

# 4. Qiantang: two pilot zones on Hangzhou's first future-industry list (钱塘融媒), 2025-04-28
QT = "钱塘区"
SB = "合成生物未来产业先导区"
EI = "钱塘区具身智能未来产业先导区"
LIST = "第一批杭州市未来产业先导区拟培育名单"
PLAN = "杭州市未来产业培育行动计划(2025—2026年)"
PLAN_FIELDS = ["人工智能", "未来网络", "元宇宙", "合成生物", "人形机器人", "类脑智能", "商业航天"]
doc("2025-04-qiantang-two-municipal-future-industry-pilot-zones.txt", [
    ("杭州市钱塘区经济信息化和科学技术局", "GovernmentBody", ["区经信科技局"]),
    ("医药港管理办公室", "GovernmentBody"),
    ("大创小镇管理办公室", "GovernmentBody"),
    ("钱塘区融媒体中心", "Enterprise", ["区融媒体中心"]),
    ("雷秋红", "Person"),
    ("杭州市经济和信息化局", "GovernmentBody", ["杭州市经信局"]),
    (LIST, "Award"),
    (QT, "Zone", ["钱塘"]),
    (SB, "Zone"),
    (EI, "Zone"),
    (PLAN, "Policy"),
    *[(i, "Industry") for i in PLAN_FIELDS],
    ("生物医药", "Industry"),
    ("杭州医药港", "Zone", ["医药港"]),
    ("前进区块", "Zone", ["前进"], True),
    ("临江区块", "Zone", ["临江"], True),
    ("医美与化妆品原料", "Industry"),
    ("食品及添加剂", "Industry"),
], [
    (SB, "awarded", LIST),          # 钱塘区申报的…双双入围 (拟培育名单)
    (EI, "awarded", LIST),
    (SB, "partOf", QT),
    (EI, "partOf", QT),
    (QT, "focusesOn", "生物医药"),    # 作为浙江省生物医药产业的核心承载区
    (QT, "focusesOn", "合成生物"),    # 钱塘在合成生物领域已形成显著优势 … 打造全球合成生物技术策源高地
    (SB, "focusesOn", "合成生物"),
    ("杭州医药港", "partOf", SB),     # 以杭州医药港为核心 … 涵盖医药港、前进和临江三大区块
    ("前进区块", "partOf", SB),
    ("临江区块", "partOf", SB),
    (SB, "focusesOn", "生物医药"),    # 重点布局生物医药、医美与化妆品原料、食品及添加剂三大领域
    (SB, "focusesOn", "医美与化妆品原料"),
    (SB, "focusesOn", "食品及添加剂"),
], must_not_merge=[
    (SB, "合成生物"),
    (SB, EI),
    (SB, "杭州医药港"),
    ("杭州医药港", "医药港管理办公室"),
    (QT, "杭州市钱塘区经济信息化和科学技术局"),
    ("杭州市经济和信息化局", "杭州市钱塘区经济信息化和科学技术局"),
])

# 5. Xihu district: Yunqi Town to become China's "first characteristic town" (科技金融时报 via kjjrw), 2023-05-30
YQ = "云栖小镇"
XH = "西湖区"
FIVE = "西湖区打造全国特色小镇第一镇五大行动计划"
SUBPLANS = ["破茧成蝶计划", "比翼双飞计划", "最强大脑计划", "万有引力计划", "自在云栖计划"]
doc("2023-05-xihu-yunqi-town-first-characteristic-town-launch.txt", [
    ("科技金融时报", "Enterprise"),
    ("林洁", "Person"),
    ("2023空天信息大会暨打造全国特色小镇第一镇启动仪式", "Event"),
    (XH, "Zone", ["杭州市西湖区"]),
    (YQ, "Zone"),
    ("董毓民", "Person"),
    (FIVE, "Policy"),
    *[(p, "Initiative") for p in SUBPLANS],
    ("杭州城西科创大走廊", "Zone"),
    ("铜鉴湖", "Zone"),
    ("艺创小镇", "Zone"),
    ("龙坞茶镇", "Zone"),
    ("新制造业", "Industry"),
    ("数字经济", "Industry"),
    ("元宇宙", "Industry"),
    ("人工智能", "Industry"),
    ("杭州空天地海协同创新联合体", "InnovationPlatform"),
    ("空天地海", "Industry"),
    ("云计算大数据", "Industry", ["云计算大数据产业"]),
    ("西湖大学", "University"),
    ("中国科学院大学", "University", ["国科大"]),
    ("中国美术学院", "University", ["中国美院"]),
    ("浙江音乐学院", "University"),
    ("营商环境体验官", "Initiative"),
    ("科技八点半", "Initiative"),
], [
    (YQ, "partOf", XH),                          # 杭州市西湖区决定,将云栖小镇打造成…
    (FIVE, "issuedBy", XH),                      # 西湖区委书记董毓民发布“西湖区打造…”五大行动计划
    *[(p, "partOf", FIVE) for p in SUBPLANS],
    (YQ, "partOf", "杭州城西科创大走廊"),         # 格局上“一体两翼”,全面融入杭州城西科创大走廊
    (YQ, "focusesOn", "新制造业"),                # 新制造业和数字经济“比翼双飞”
    (YQ, "focusesOn", "数字经济"),
    (YQ, "focusesOn", "空天地海"),                # 加快空天地海、云计算大数据产业融合碰撞
    (YQ, "focusesOn", "云计算大数据"),
    ("杭州空天地海协同创新联合体", "foundedBy", XH),  # (西湖区) 成立杭州空天地海协同创新联合体
], must_not_merge=[
    (YQ, XH),
    (YQ, "自在云栖计划"),
    (FIVE, XH),
    ("杭州空天地海协同创新联合体", "空天地海"),
    ("西湖大学", XH),
])

# 6. Hangzhou Future Sci-Tech City (余杭) announces its future-industry layout (杭州网), 2024 (est.)
FS = "未来科技城"   # train8's canonical name, alias 杭州未来科技城
FS_INDUSTRIES = ["未来网络", "人工智能", "空地一体", "脑科学", "类脑智能", "量子信息", "数字经济",
                 "网络通信", "高端软件", "云计算"]
doc("2024-yuhang-future-sci-tech-city-three-future-industries.txt", [
    (FS, "Zone", ["杭州未来科技城"]),
    *[(i, "Industry") for i in FS_INDUSTRIES],
    ("低空经济", "Industry"),
    ("智能网联汽车", "Industry"),
    ("郭云伟", "Person"),
    ("屈永辉", "Person"),
    ("浙江新型算力中心", "Facility"),
    ("余杭区", "Zone"),
], [
    *[(FS, "focusesOn", i) for i in FS_INDUSTRIES],  # 全力打造…三大标志性产业,前瞻布局…; 推动数字经济迭代升级; 在…等领域集聚了一批龙头企业
    (FS, "ledBy", "郭云伟"),                          # 管委会主任郭云伟 (current head)
    ("浙江新型算力中心", "locatedIn", FS),            # 已落户未来科技城
    (FS, "partOf", "余杭区"),                         # 未来科技城所在的余杭区
    ("余杭区", "focusesOn", "人工智能"),              # 以未来科技城为核心的余杭区人工智能产业产值超1500亿元
], must_not_merge=[
    (FS, "余杭区"),
    ("空地一体", "低空经济"),
    ("类脑智能", "脑科学"),
    ("云计算", "浙江新型算力中心"),
])

if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
