"""Writes eval/train8/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train8/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train8/docs/")
doc = gold.doc

BJ = "杭州高新区(滨江)"  # seeds' canonical name of the Binjiang zone
FSC = "未来科技城"  # seeds' canonical name (杭州未来科技城 as alias where written)
CX = "杭州城西科创大走廊"  # fullest form written in these texts
XETDZ = "萧山经济技术开发区"
XETDZ_MC = "萧山经济技术开发区管委会"  # text's form (official full name not given)
YYG = "杭州医药港"  # 医药港小镇 in doc 6 is the same park

# 1. Tianmushan laboratory (航空浙江省实验室) founded at Beihang's Yuhang institute (eol.cn / 北航), 2022-06-10
TMS = "天目山实验室"
BHYH = "北航杭州创新研究院(余杭)"  # Yuhang institute; kept apart from the seeds' Binjiang 北京航空航天大学杭州创新研究院
BUAA = "北京航空航天大学"
ZJGOV = "浙江省人民政府"
AGR = "浙江省人民政府与北京航空航天大学战略合作协议"
doc("2022-06-tianmushan-laboratory-founded-yuhang.txt", [
    (TMS, "Laboratory", ["航空浙江省实验室"]),
    (BHYH, "ResearchInstitute"),
    (BUAA, "University", ["北航"]),
    (ZJGOV, "GovernmentBody"),
    (AGR, "Policy"),
    ("中法航空大学", "University", ["中法航空大学(筹)"]),
    ("制造强省战略", "Initiative"),
    ("刘忻", "Person"),
    ("高鹰忠", "Person"),
    ("刘颖", "Person"),
    ("徐惠彬", "Person"),
    ("房建成", "Person"),
    ("宫声凯", "Person"),
    ("向锦武", "Person"),
    ("李玲", "Person"),
    ("陶智", "Person"),
], [
    (TMS, "coBuiltBy", "中法航空大学"),   # 将依托中法航空大学(筹)和北京航空航天大学建设
    (TMS, "coBuiltBy", BUAA),
    (TMS, "coBuiltBy", ZJGOV),            # 成立是北航与浙江省人民政府在校地合作方面取得的又一重要成果 (dev2 "联姻…成果")
    (BUAA, "cooperatesWith", ZJGOV),      # 校地合作; 战略合作协议
    (BUAA, "ledBy", "徐惠彬"),            # 北航校长
], must_not_merge=[
    (BUAA, BHYH),
    (TMS, BHYH),
    (BUAA, "中法航空大学"),
    (ZJGOV, AGR),
])

# 2. Hangzhou Future Sci-Tech City (未来科技城微融媒体中心 via o571.com), 2024-01-31
FOUR_LABS = [("之江实验室", "之江"), ("良渚实验室", "良渚"), ("湖畔实验室", "湖畔"),
             ("天目山实验室", "天目山4家省实验室")]
doc("2024-01-hangzhou-future-sci-tech-city-urban-development.txt", [
    (FSC, "Zone", ["杭州未来科技城"]),
    ("未来科技城微融媒体中心", "Enterprise"),
    ("梁洁", "Person"),
    ("中共中央组织部", "GovernmentBody", ["中组部"]),
    ("国务院国有资产监督管理委员会", "GovernmentBody", ["国资委"]),
    ("四大未来科技城", "Award"),
    (CX, "Zone", ["城西科创大走廊"]),
    ("余杭区", "Zone"),
    ("第19届亚洲运动会", "Event", ["杭州亚运会"]),
    ("强脑科技", "Enterprise"),
    ("申昊科技", "Enterprise"),
    ("巨岩科技", "Enterprise"),
    ("数字经济", "Industry"),
    ("人工智能小镇", "Zone"),
    ("中国信通院人工智能(杭州)研究中心", "ResearchInstitute"),
    ("省级高新技术产业园区", "Award"),
    *[(name, "Laboratory", [alias], True) for name, alias in FOUR_LABS],
    ("超重力离心模拟实验装置", "Facility"),
    ("南湖脑机交叉研究院", "ResearchInstitute"),
    ("脑机接口", "Industry"),
    ("杭州涿溪脑与智能研究所", "ResearchInstitute"),
    ("脑与认知", "Industry"),
], [
    (FSC, "awarded", "四大未来科技城"),      # 中组部、国资委确定的全国“四大未来科技城”之一
    (FSC, "partOf", CX),                    # 城西科创大走廊的重要板块
    (FSC, "partOf", "余杭区"),              # 余杭区的核心区域
    ("强脑科技", "locatedIn", FSC),          # …等都来自未来科技城
    ("申昊科技", "locatedIn", FSC),
    ("巨岩科技", "locatedIn", FSC),
    (FSC, "focusesOn", "数字经济"),          # 数字经济是未来科技城的优势产业
    ("人工智能小镇", "partOf", FSC),          # 这里就率先…布局建设人工智能小镇
    ("中国信通院人工智能(杭州)研究中心", "locatedIn", "人工智能小镇"),  # 累计吸引…入驻
    (FSC, "awarded", "省级高新技术产业园区"),  # 被认定为
    *[(name, "locatedIn", FSC) for name, _ in FOUR_LABS],  # 这里坐拥…4家省实验室
    ("超重力离心模拟实验装置", "locatedIn", FSC),  # …均落户于此
    ("南湖脑机交叉研究院", "locatedIn", FSC),
    ("杭州涿溪脑与智能研究所", "locatedIn", FSC),
    ("南湖脑机交叉研究院", "focusesOn", "脑机接口"),     # 助推脑机接口产学研创新协同发展
    ("杭州涿溪脑与智能研究所", "focusesOn", "脑与认知"),  # 致力于脑与认知领域…技术攻关研发
], must_not_merge=[
    (FSC, "四大未来科技城"),
    (FSC, "未来科技城微融媒体中心"),
    (FSC, "人工智能小镇"),
    (FSC, CX),
    ("南湖脑机交叉研究院", "杭州涿溪脑与智能研究所"),
    ("南湖脑机交叉研究院", "脑机接口"),
    ("之江实验室", "湖畔实验室"),
])

# 3. Xiaoshan ETDZ management committee 2025 work report (xiaoshan.gov.cn), 2025-01-07 — government text
doc("2025-01-xiaoshan-etdz-management-committee-work-report.txt", [
    (XETDZ_MC, "GovernmentBody"),
    (XETDZ, "Zone"),  # the reporting zone ("开发区" throughout): omitted-subject rule
    ("中共杭州市萧山区委员会", "GovernmentBody", ["区委"]),
    ("杭州市萧山区人民政府", "GovernmentBody", ["区政府"]),
    ("智能装备", "Industry"),
    ("高端新材料", "Industry"),
    ("生命健康", "Industry"),
    ("萧山经济技术开发区产业发展规划(2024-2030年)", "Policy"),
    ("萧山经济技术开发区产业发展三年跃升行动(2024-2026年", "Policy"),  # source lacks the closing bracket
], [
    (XETDZ, "focusesOn", "智能装备"),     # 聚焦智能装备、高端新材料、生命健康等重点产业
    (XETDZ, "focusesOn", "高端新材料"),
    (XETDZ, "focusesOn", "生命健康"),
    ("萧山经济技术开发区产业发展规划(2024-2030年)", "issuedBy", XETDZ),  # (开发区)制定实施
    ("萧山经济技术开发区产业发展三年跃升行动(2024-2026年", "issuedBy", XETDZ),
], systems=[
    {"formula": "2+3+X", "tiers": [
        {"symbol": "2", "declared": 2, "members": []},
        {"symbol": "3", "declared": 3, "members": []},
        {"symbol": "X", "declared": None, "members": []}]},
], must_not_merge=[
    (XETDZ, XETDZ_MC),
    (XETDZ, "萧山经济技术开发区产业发展规划(2024-2030年)"),
    ("萧山经济技术开发区产业发展规划(2024-2030年)", "萧山经济技术开发区产业发展三年跃升行动(2024-2026年"),
    ("中共杭州市萧山区委员会", "杭州市萧山区人民政府"),
])

# 4. Zhejiang's new policy for the Chengxi sci-tech corridor (中国网健康), page 2019-03-18, policy of 2016
CX_OPINIONS = "关于推进杭州城西科创大走廊建设的若干意见"
CX_TRAFFIC = "杭州城西科创大走廊综合交通建设规划方案"
CX_PARTS = ["未来科技城", "青山湖科技城", "梦想小镇", "云制造小镇"]
CX_ORGS = [("浙江大学", "University"), ("浙江农林大学", "University"), ("阿里巴巴", "Enterprise")]
CX_INDUSTRIES = ["未来网络", "大数据云计算", "电子商务", "物联网", "集成电路", "数字安防", "软件信息",
                 "新一代信息技术", "人工智能", "生命科学", "新能源汽车", "新材料", "科技服务", "新金融"]
doc("2016-zhejiang-new-policy-supports-chengxi-sci-tech-corridor.txt", [
    ("浙江省科学技术厅", "GovernmentBody", ["浙江省科技厅"]),
    ("中国网健康", "Enterprise"),
    ("张丰", "Person"),
    ("杭州城西科创大走廊建设动员大会", "Event"),
    ("杭州市人民政府", "GovernmentBody", ["杭州市政府"]),
    (CX_OPINIONS, "Policy", ["意见"]),
    (CX_TRAFFIC, "Policy"),
    (CX, "Zone", ["城西科创大走廊", "科创大走廊"]),
    *[(z, "Zone") for z in CX_PARTS],
    *CX_ORGS,
    *[(i, "Industry") for i in CX_INDUSTRIES],
    ("创新强省资金", "Initiative"),
    ("之江实验室", "Laboratory", ["网络大数据协同创新中心"]),
], [
    (CX_OPINIONS, "issuedBy", "杭州市人民政府"),   # 杭州市政府、省有关部门发布了《…》《…》
    (CX_TRAFFIC, "issuedBy", "杭州市人民政府"),
    (CX_OPINIONS, "supports", CX),                 # “助力”科创大走廊建设; 全方位保障城西科创大走廊建设
    (CX_TRAFFIC, "supports", CX),
    *[(z, "partOf", CX) for z in CX_PARTS],         # 一条包含…在内的“创新走廊”
    *[(o, "locatedIn", CX) for o, _ in CX_ORGS],
    *[(CX, "focusesOn", i) for i in CX_INDUSTRIES],  # 主攻… / 形成…产业集群 / 强攻…
    ("创新强省资金", "supports", CX),              # 每年从省创新强省资金中安排4.5亿元用于支持其建设
    (CX_OPINIONS, "supports", "之江实验室"),       # (《意见》)在加强创新载体建设上,…谋划创建之江实验室
    ("之江实验室", "supportedBy", "浙江大学"),      # 发挥浙江大学、阿里巴巴等高校和企业优势
    ("之江实验室", "supportedBy", "阿里巴巴"),
], must_not_merge=[
    (CX, CX_OPINIONS),
    (CX, CX_TRAFFIC),
    (CX_OPINIONS, CX_TRAFFIC),
    (CX, "杭州城西科创大走廊建设动员大会"),
    ("浙江大学", "之江实验室"),
    ("阿里巴巴", "之江实验室"),
    ("梦想小镇", "云制造小镇"),
])

# 5. Xiaoshan ETDZ institutional reform (杭州日报), 2024-10-11
ZJU_CENTRE = "浙江大学杭州国际科创中心"  # train1's canonical name
SHUIBO = "浙大杭州国际科创中心水博园区"
ZJU_FIELDS = ["微纳智造", "合成生物", "功能材料", "电子信息", "生态环保"]
BUREAUS = [("江南科技城管理局", False), ("信息港管理局", True), ("绿色智造园管理局", True)]
doc("2024-10-xiaoshan-etdz-institutional-reform.txt", [
    (XETDZ, "Zone", ["萧山经开区"]),
    ("何文静", "Person"),
    ("郑丽华", "Person"),
    ("萧山微融圈", "Enterprise"),
    ("张琼", "Person"),
    ("寿璐", "Person"),
    (ZJU_CENTRE, "InnovationPlatform", ["浙大杭州国际科创中心", "浙大科创中心"]),
    (SHUIBO, "Zone", ["水博园区"]),
    ("浙江大学", "University", ["浙大"]),
    ("萧山区", "Zone", ["萧山"]),
    ("信息港小镇", "Zone"),
    *[(i, "Industry") for i in ZJU_FIELDS],
    ("西电杭州研究院", "ResearchInstitute"),
    ("湘湖实验室", "Laboratory"),
    ("北斗七星", "Initiative"),
    *[(b, "GovernmentBody", [], ell) for b, ell in BUREAUS],
    (XETDZ_MC, "GovernmentBody", ["萧山经开区管委会"]),
    ("海归小镇·传化科技城", "Zone"),
], [
    (SHUIBO, "partOf", XETDZ),                 # 萧山经开区…同步规划建设水博园区
    (ZJU_CENTRE, "locatedIn", "萧山区"),        # 浙大过江…首次跨过钱塘江扎根萧山 (the centre's move)
    *[(ZJU_CENTRE, "focusesOn", i) for i in ZJU_FIELDS],  # 聚焦…五大攻关领域
    ("西电杭州研究院", "locatedIn", "萧山区"),    # 共同纳入萧山“北斗七星”科创平台,成为萧山重要的创新策源地
    ("湘湖实验室", "locatedIn", "萧山区"),
    *[(b, "foundedBy", XETDZ) for b, _ in BUREAUS],  # (萧山经开区)新设…三大属地管理局
], must_not_merge=[
    ("浙江大学", ZJU_CENTRE),
    (ZJU_CENTRE, SHUIBO),
    (XETDZ, XETDZ_MC),
    (XETDZ, "萧山区"),
    ("信息港小镇", "信息港管理局"),
    ("江南科技城管理局", "海归小镇·传化科技城"),
    ("西电杭州研究院", "湘湖实验室"),
])

# 6. Qiantang block of the Zhejiang FTZ Hangzhou area (m.ahcar.com repost), 2022-08 (day est.)
FTZ = "中国(浙江)自由贸易试验区"
FTZ_HZ = "中国(浙江)自由贸易试验区杭州片区"
QTB = "钱塘区块"
VALUE_LIST = "2022中国生物医药产业价值榜"
doc("2022-08-qiantang-ftz-block-advanced-manufacturing-biomedicine.txt", [
    (FTZ, "Zone", ["自贸试验区"]),
    (FTZ_HZ, "Zone", ["浙江自贸试验区杭州片区", "杭州片区"]),
    (QTB, "Zone"),
    ("大创小镇", "Zone"),
    ("史陶比尔", "Enterprise"),
    ("新一代信息技术", "Industry"),
    ("先进制造业", "Industry"),
    ("双自联动改革", "Initiative", ["双自联动发展"]),
    ("生物医药", "Industry"),
    (YYG, "Zone", ["医药港小镇"]),
    (VALUE_LIST, "Award"),
    ("药明生物", "Enterprise"),
    ("艾博生物", "Enterprise", ["艾博生物公司"]),
    ("钱塘区", "Zone"),
], [
    (FTZ_HZ, "partOf", FTZ),
    (QTB, "partOf", FTZ_HZ),                 # 浙江自贸试验区杭州片区钱塘区块
    ("大创小镇", "partOf", QTB),              # 钱塘区块大创小镇
    ("史陶比尔", "locatedIn", "大创小镇"),     # 在…大创小镇内,史陶比尔机器人中国首条产线正式落成
    (QTB, "focusesOn", "新一代信息技术"),      # …新一代信息技术特色产业是钱塘区块加快打造先进制造业集聚区的缩影
    (QTB, "focusesOn", "先进制造业"),
    (QTB, "supports", "双自联动改革"),         # 钱塘区块积极推进…“双自”联动发展
    (YYG, "partOf", QTB),                     # 位于钱塘区块的医药港小镇
    (YYG, "focusesOn", "生物医药"),            # 已成为…生物医药产业核心发展区
    (YYG, "awarded", VALUE_LIST),             # 登上“最佳生物医药产业园区”TOP20
    ("药明生物", "locatedIn", YYG),           # 园区内的药明生物
    ("药明生物", "awarded", VALUE_LIST),       # 入围“最具影响力CXO企业”TOP20
    (QTB, "supports", "艾博生物"),             # 钱塘区块推动艾博生物公司纳入…试点
    ("钱塘区", "focusesOn", "生物医药"),        # 钱塘区生物医药产业实现总营收…
], must_not_merge=[
    (FTZ, FTZ_HZ),
    (FTZ_HZ, QTB),
    (QTB, "钱塘区"),
    (YYG, QTB),
    ("生物医药", VALUE_LIST),
])

# 7. Hangzhou Medical Port (杭州医药港) — zone introduction (杭州乡村振兴学院 site), 2024 (est.)
YYG_AWARDS = ["万亩千亿新产业平台", "省级特色小镇", "全省生物医药与医疗器械产业集群核心区",
              "全省经开区产业链链长制优秀示范单位", "省级新星产业群培育名单",
              "中国生物医药产业最具特色园区", "省级数字经济创新发展试验区"]
YYG_FIELDS = ["创新药研发", "生物技术", "医疗器械", "数字医疗"]
YYG_FIRMS = ["药明生物", "华海药业", "嘉因生物"]
doc("2024-hangzhou-medical-port-town-introduction.txt", [
    ("杭州乡村振兴学院", "University"),
    (YYG, "Zone", ["医药港"]),
    ("生物医药", "Industry"),
    *[(a, "Award") for a in YYG_AWARDS[:4]],
    ("省级新星产业群培育名单", "Award", ["第一批省级新星产业群培育名单"]),
    *[(a, "Award") for a in YYG_AWARDS[5:]],
    ("中国医药港", "Initiative"),
    ("钱塘区", "Zone", ["钱塘"]),
    *[(i, "Industry") for i in YYG_FIELDS],
    *[(f, "Enterprise") for f in YYG_FIRMS],
    ("重大新药创制", "Initiative"),
], [
    (YYG, "focusesOn", "生物医药"),               # 杭州市生物医药产业发展的核心区
    *[(YYG, "awarded", a) for a in YYG_AWARDS],   # 集…于一体 / 入选… / 获评…等荣誉
    *[(YYG, "focusesOn", i) for i in YYG_FIELDS],  # 小镇聚焦创新药研发、生物技术、医疗器械及数字医疗领域
    *[(f, "locatedIn", YYG) for f in YYG_FIRMS],   # 吸引药明生物、华海药业、嘉因生物等…入驻
], must_not_merge=[
    (YYG, "中国医药港"),
    (YYG, "钱塘区"),
    ("生物医药", "全省生物医药与医疗器械产业集群核心区"),
    ("医疗器械", "全省生物医药与医疗器械产业集群核心区"),
    ("省级特色小镇", "中国生物医药产业最具特色园区"),
])

# 8. Binjiang district government 2018 work report, opening (repost), 2018-01-22 — government text
BJ_GOV = "杭州市滨江区人民政府"
BJ_AWARDS = ["全省工业强县(市、区)综合评价", "科技进步水平综合评价", "浙江省县域经济30强"]
doc("2018-01-binjiang-district-government-work-report-opening.txt", [
    (BJ, "Zone", ["滨江区"]),
    (BJ_GOV, "GovernmentBody"),
    ("金志鹏", "Person"),
    ("杭州市滨江区第五届人民代表大会第二次会议", "Event"),
    ("杭州市滨江区第五届人民代表大会第一次会议", "Event", ["区五届人大一次会议"]),
    ("中共杭州市委员会", "GovernmentBody", ["市委"]),
    ("杭州市人民政府", "GovernmentBody", ["市政府"]),
    ("中共杭州市滨江区委员会", "GovernmentBody", ["区委"]),
    ("杭州市滨江区人民代表大会", "GovernmentBody", ["区人大"]),
    ("中国人民政治协商会议杭州市滨江区委员会", "GovernmentBody", ["政协"]),
    *[(a, "Award") for a in BJ_AWARDS],
    ("国家高新区排名", "Award", ["国家高新区综合排名"]),
    ("科学技术部火炬高技术产业开发中心", "GovernmentBody", ["科技部火炬中心"]),
    ("信息技术", "Industry", ["信息技术产业"]),
    ("生命健康", "Industry"),
    ("人工智能", "Industry"),
], [
    (BJ_GOV, "ledBy", "金志鹏"),                 # 杭州市滨江区人民政府区长金志鹏
    *[(BJ, "awarded", a) for a in BJ_AWARDS],    # “六连冠”; 八年名列第一; 排名再次列第一位 (我区)
    (BJ, "awarded", "国家高新区排名"),            # 国家高新区综合排名中列第三位
    (BJ, "focusesOn", "信息技术"),               # 产业结构持续优化。信息技术产业实现收入…
    (BJ, "focusesOn", "生命健康"),               # 生命健康、人工智能等产业竞相崛起
    (BJ, "focusesOn", "人工智能"),
], must_not_merge=[
    (BJ, BJ_GOV),
    ("杭州市滨江区第五届人民代表大会第二次会议", "杭州市滨江区第五届人民代表大会第一次会议"),
    ("杭州市滨江区人民代表大会", "杭州市滨江区第五届人民代表大会第二次会议"),
    ("国家高新区排名", "科学技术部火炬高技术产业开发中心"),
    ("中共杭州市委员会", "中共杭州市滨江区委员会"),
])

gold.write(HERE / "gold.jsonl")
