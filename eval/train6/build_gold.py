"""Writes eval/train6/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train6/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train6/docs/")
doc = gold.doc

STATE_COUNCIL = "中华人民共和国国务院"
MOFCOM = "中华人民共和国商务部"
MNR = "中华人民共和国自然资源部"

# 1. State Council General Office reply: four provincial zones upgraded to national ETDZs (2024)
R1 = "国务院办公厅关于广州花都经济开发区等4个省级开发区升级为国家级经济技术开发区的复函"
Q1 = "关于有关省级开发区升级为国家级经济技术开发区的请示"
HUADU, GUIXI, FULING, SYJR = ("广州花都经济技术开发区", "贵溪经济技术开发区", "涪陵经济技术开发区",
                              "沈阳金融商贸经济技术开发区")
GD, JX, CQ, LN = "广东省人民政府", "江西省人民政府", "重庆市人民政府", "辽宁省人民政府"
doc("2024-10-state-council-office-four-zones-upgraded-to-national-etdz.txt", [
    (R1, "Policy"),
    (Q1, "Policy"),
    (GD, "GovernmentBody", [], True),
    (JX, "GovernmentBody", [], True),
    (CQ, "GovernmentBody", [], True),
    (LN, "GovernmentBody"),
    (MOFCOM, "GovernmentBody", ["商务部"]),
    (MNR, "GovernmentBody", ["自然资源部"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (HUADU, "Zone", ["广州花都经济开发区"]),
    (GUIXI, "Zone", ["江西贵溪经济开发区"]),
    (FULING, "Zone", ["重庆涪陵工业园区"]),
    (SYJR, "Zone", ["沈阳金融商贸开发区"]),
    ("中国共产党第二十次全国代表大会", "Event", ["党的二十大"]),
    ("中国共产党第二十届中央委员会第二次全体会议", "Event", ["二十届二中"], True),
    ("中国共产党第二十届中央委员会第三次全体会议", "Event", ["三中全会"], True),
    ("一带一路", "Initiative"),
], [
    (Q1, "issuedBy", GD),
    (Q1, "issuedBy", JX),
    (Q1, "issuedBy", CQ),
    (Q1, "issuedBy", LN),
    (Q1, "issuedBy", MOFCOM),
    (R1, "supports", HUADU),
    (R1, "supports", GUIXI),
    (R1, "supports", FULING),
    (R1, "supports", SYJR),
], must_not_merge=[
    (R1, Q1),
    (GD, LN),
    (MOFCOM, MNR),
    (STATE_COUNCIL, MOFCOM),
    (HUADU, SYJR),
    ("中国共产党第二十届中央委员会第二次全体会议", "中国共产党第二十届中央委员会第三次全体会议"),
])

# 2. Sichuan provincial reply setting up the Qionglai and Gulin economic development zones (2019)
R2 = "关于设立四川邛崃经济开发区和四川古蔺经济开发区的批复"
QL, GL = "四川邛崃经济开发区", "四川古蔺经济开发区"
CD, LZ = "成都市人民政府", "泸州市人民政府"
Q2A = "成都市人民政府关于将四川邛崃经济开发区设立为省级开发区的请示"
Q2B = "泸州市人民政府关于将四川古蔺经济开发区设立为省级开发区的请示"
GB17 = "国务院办公厅关于促进开发区改革和创新发展的若干意见"
SC_RULES = "四川省省级开发区设立、扩区和调位管理办法"
SC_NR, SC_DRC = "四川省自然资源厅", "四川省发展和改革委员会"
doc("2019-08-sichuan-reply-qionglai-gulin-economic-development-zones.txt", [
    ("四川省人民政府", "GovernmentBody"),
    (R2, "Policy"),
    (CD, "GovernmentBody", [], True),
    (LZ, "GovernmentBody"),
    (Q2A, "Policy"),
    (Q2B, "Policy"),
    (GB17, "Policy"),
    (SC_RULES, "Policy"),
    (QL, "Zone"),
    (GL, "Zone"),
    ("食品饮料", "Industry"),
    ("医药", "Industry"),
    ("酿酒", "Industry"),
    ("邛崃市", "Zone"),
    ("古蔺县", "Zone"),
    (SC_NR, "GovernmentBody", ["自然资源厅"]),
    (SC_DRC, "GovernmentBody", ["省发展改革委"]),
], [
    (R2, "issuedBy", "四川省人民政府"),
    (R2, "supports", QL),
    (R2, "supports", GL),
    (Q2A, "issuedBy", CD),
    (Q2B, "issuedBy", LZ),
    (Q2A, "supports", QL),
    (Q2B, "supports", GL),
    (QL, "focusesOn", "食品饮料"),
    (QL, "focusesOn", "医药"),
    (GL, "focusesOn", "酿酒"),
    (QL, "partOf", "邛崃市"),
    (GL, "partOf", "古蔺县"),
    (SC_NR, "cooperatesWith", SC_DRC),
    (CD, "supports", QL),
    (LZ, "supports", GL),
], must_not_merge=[
    (QL, GL),
    (QL, "邛崃市"),
    (GL, "古蔺县"),
    (Q2A, Q2B),
    (R2, Q2A),
    (CD, LZ),
    (SC_NR, SC_DRC),
    ("四川省人民政府", CD),
])

# 3. Heze Dingtao district government opinions setting up the Runxin industrial park (2017)
HZ_OP = "关于设立菏泽市定陶区润鑫产业园的意见"
HZ_GOV = "菏泽市定陶区人民政府"
RX = "菏泽市定陶区润鑫产业园"
RX_HQ = "菏泽市定陶区润鑫产业园规划建设指挥部"
DT = "定陶区"
doc("2017-11-heze-dingtao-runxin-industrial-park-opinions.txt", [
    (HZ_GOV, "GovernmentBody", ["区政府"]),
    (HZ_OP, "Policy"),
    (DT, "Zone", ["菏泽市定陶区"]),
    (RX, "Zone"),
    ("化工", "Industry", ["化工产业"]),
    ("工信部关于促进化工园区规范发展的指导意见", "Policy"),
    ("山东省化工产业转型升级办公室关于抓紧做好化工园区布局调整和规范工作的通知", "Policy"),
    ("山东省化工园区认定管理办法", "Policy"),
    ("生物医药", "Industry"),
    ("化学药物", "Industry"),
    ("医疗器械", "Industry"),
    ("卫生材料", "Industry"),
    (RX_HQ, "GovernmentBody"),
    ("杜茂林", "Person"),
    ("王元涛", "Person"),
    ("天中街道办事处", "GovernmentBody"),
], [
    (HZ_OP, "issuedBy", HZ_GOV),
    (HZ_OP, "supports", RX),
    (RX, "foundedBy", HZ_GOV),
    (RX, "partOf", DT),
    (DT, "focusesOn", "化工"),
    (RX, "focusesOn", "生物医药"),
    (RX, "focusesOn", "化学药物"),
    (RX, "focusesOn", "医疗器械"),
    (RX, "focusesOn", "卫生材料"),
    (RX_HQ, "ledBy", "杜茂林"),
], must_not_merge=[
    (RX, RX_HQ),
    (RX, DT),
    (HZ_GOV, DT),
    (HZ_OP, RX),
    ("生物医药", "化学药物"),
])

# 4. Beijing new-technology industry experimental zone provisional regulation (1988), arts. 1-10 (Markdown)
BJ_REG = "北京市新技术产业开发试验区暂行条例"
BJ_Z = "北京市新技术产业开发试验区"
doc("1988-beijing-new-tech-industry-experimental-zone-regulation-art1-10.md", [
    (BJ_REG, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (BJ_Z, "Zone", ["新技术产业开发试验区", "试验区"]),
    ("中关村地区", "Zone"),
    ("海淀区", "Zone", ["北京市海淀区"]),
    ("北京市人民政府", "GovernmentBody"),
    ("国家科学技术委员会", "GovernmentBody"),
    ("国家扶植基金", "Initiative"),
], [
    (BJ_REG, "supports", BJ_Z),
    (BJ_Z, "partOf", "海淀区"),
    ("中关村地区", "partOf", BJ_Z),
    ("北京市人民政府", "cooperatesWith", "国家科学技术委员会"),
], must_not_merge=[
    (BJ_REG, BJ_Z),
    (BJ_Z, "中关村地区"),
    (BJ_Z, "海淀区"),
    ("北京市人民政府", "国家科学技术委员会"),
])

# 5. Regulation of the China (Zhejiang) Pilot Free Trade Zone (2017), arts. 1-9 (Markdown)
ZJ_FTZ = "中国(浙江)自由贸易试验区"
ZJ_REG = "中国(浙江)自由贸易试验区条例"
ZJ_PLAN = "中国(浙江)自由贸易试验区总体方案"
ZJ_COM = "中国(浙江)自由贸易试验区管理委员会"
doc("2017-zhejiang-pilot-free-trade-zone-regulation-art1-9.md", [
    (ZJ_REG, "Policy"),
    ("浙江省第十二届人民代表大会常务委员会第四十六次会议", "Event"),
    (ZJ_FTZ, "Zone", ["自贸试验区"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (ZJ_PLAN, "Policy"),
    ("浙江省人民政府", "GovernmentBody", ["省人民政府"]),
    (ZJ_COM, "GovernmentBody", ["管委会"]),
], [
    (ZJ_REG, "supports", ZJ_FTZ),
    (ZJ_FTZ, "ledBy", ZJ_COM),
], must_not_merge=[
    (ZJ_REG, ZJ_FTZ),
    (ZJ_PLAN, ZJ_REG),
    (ZJ_FTZ, ZJ_COM),
    ("浙江省人民政府", ZJ_COM),
])

# 6. Tianjin municipal government office notice issuing the development-zone reform plan (2017)
TJ_OFF = "天津市人民政府办公厅"
TJ_PLAN = "关于促进我市开发区改革和创新发展的实施方案"
TJ_PLEN = [("中国共产党第十八届中央委员会第三次全体会议", "十八届三中"),
           ("中国共产党第十八届中央委员会第四次全体会议", "四中"),
           ("中国共产党第十八届中央委员会第五次全体会议", "五中"),
           ("中国共产党第十八届中央委员会第六次全体会议", "六中全会")]
doc("2017-10-tianjin-development-zones-reform-plan-notice.txt", [
    (TJ_OFF, "GovernmentBody"),
    (TJ_PLAN, "Policy", ["关于促进我市开发区改革和创新发展实施方案"]),
    ("天津市人民政府", "GovernmentBody", ["市人民政府"]),
    (GB17, "Policy"),
    ("中国共产党第十八次全国代表大会", "Event", ["党的十八大"]),
    *[(n, "Event", [a], True) for n, a in TJ_PLEN],
    ("中国共产党天津市第十一次代表大会", "Event", ["市第十一次党代会"]),
    ("中国共产党中央委员会", "GovernmentBody", ["党中央"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
], [
    (TJ_PLAN, "issuedBy", TJ_OFF),
], must_not_merge=[
    (TJ_OFF, "天津市人民政府"),
    (TJ_PLAN, GB17),
    ("中国共产党第十八次全国代表大会", "中国共产党天津市第十一次代表大会"),
    ("中国共产党第十八届中央委员会第三次全体会议", "中国共产党第十八届中央委员会第四次全体会议"),
    ("中国共产党中央委员会", STATE_COUNCIL),
])

# ---------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    gold.write(HERE / "gold.jsonl")
