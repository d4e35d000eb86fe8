"""Writes eval/train28/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train28/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train28/docs/")
doc = gold.doc

STATE_COUNCIL = "中华人民共和国国务院"
MOST = "中华人民共和国科学技术部"

# 1. Binjiang (Hangzhou hi-tech zone) science bureau, 2024 work summary, opening (hhtz.gov.cn), 2025-02-05
BJ = "杭州高新区(滨江)"  # seeds' canonical name
BJ_REG = "杭州高新技术产业开发区条例"  # seeds / train19 canonical name
NIDZ = "杭州国家自主创新示范区"
FTZ = "中国(浙江)自由贸易试验区杭州片区"
doc("2025-02-binjiang-science-bureau-2024-work-summary-opening.txt", [
    (BJ, "Zone", ["杭州高新区"]),
    ("中国共产党第二十届中央委员会第三次全体会议", "Event", ["党的二十届三中全会"]),
    ("科技创新鼎", "Award"),
    ("2023年度创新指数", "Award"),
    ("科技成果转化指数", "Award"),
    ("科技人才发展指数", "Award"),
    ("企业创新积分制", "Initiative", ["创新积分制"]),
    ("白马湖省级产教融合试点", "Initiative"),
    ("2023年度浙江省高新技术产业园区建设成绩突出集体", "Award"),
    (BJ_REG, "Policy", ["杭州高新技术产业开发区条例(修订)", "杭州高新技术产业开发区条例(修订草案)", "高新区条例"]),
    ("杭州市人民政府", "GovernmentBody", ["市政府"]),
    ("中国开发区审核公告目录", "Policy"),
    ("推动国家高新区和自创区高质量发展2024工作要点", "Policy"),
    (NIDZ, "Zone", ["自创区"]),
    (FTZ, "Zone", ["自贸区"]),
    ("揭榜挂帅", "Initiative"),
], [
    (BJ, "awarded", "科技创新鼎"),
    (BJ, "awarded", "2023年度创新指数"),
    (BJ, "awarded", "科技成果转化指数"),
    (BJ, "awarded", "科技人才发展指数"),
    (BJ, "awarded", "2023年度浙江省高新技术产业园区建设成绩突出集体"),
    (BJ_REG, "issuedBy", BJ),
    (BJ, "supports", NIDZ),
    (BJ, "supports", "揭榜挂帅"),
    (NIDZ, "cooperatesWith", FTZ),
], must_not_merge=[
    (BJ, NIDZ),
    (BJ, BJ_REG),
    (NIDZ, FTZ),
    ("科技成果转化指数", "科技人才发展指数"),
    ("推动国家高新区和自创区高质量发展2024工作要点", NIDZ),
])

# 2. Ma'anshan Cihu hi-tech zone, 2023 work review (光明网), 2024-02-01
CH = "马鞍山慈湖高新技术产业开发区"  # train canonical name
CH_REG = "慈湖高新区招商引资暂行规定(修订版)"
doc("2024-02-cihu-hi-tech-zone-2023-work-review.txt", [
    (CH, "Zone", ["慈湖高新区"]),
    ("光明网", "Enterprise"),
    ("中共马鞍山市委员会", "GovernmentBody", ["市委"]),
    ("马鞍山市人民政府", "GovernmentBody", ["市政府"]),
    ("制造业倍增行动", "Initiative"),
    ("七未项目集中攻坚行动", "Initiative"),
    ("双十攻坚、百日竞赛专项行动", "Initiative"),
    ("六破六立大学习大讨论", "Initiative"),
    ("招商引资项目评审暂行办法", "Policy"),
    (CH_REG, "Policy"),
    ("深马产业园", "Zone"),
    ("瑞斯康达", "Enterprise"),
    ("国家创新型产业集群", "Award", ["创新型产业集群"]),
    ("先进钢铁材料制品制造", "Industry"),
    ("中科新材料", "Enterprise"),
    ("创新积分贷", "Initiative"),
], [
    ("招商引资项目评审暂行办法", "issuedBy", CH),
    (CH_REG, "issuedBy", CH),
    ("深马产业园", "partOf", CH),
    ("瑞斯康达", "locatedIn", CH),
    (CH, "awarded", "国家创新型产业集群"),
    (CH, "focusesOn", "先进钢铁材料制品制造"),
    ("中科新材料", "locatedIn", CH),
], must_not_merge=[
    (CH, "深马产业园"),
    (CH, CH_REG),
    ("招商引资项目评审暂行办法", CH_REG),
    ("中共马鞍山市委员会", "马鞍山市人民政府"),
    ("中科新材料", "先进钢铁材料制品制造"),
])

# 3. Qinghai provincial engineering research centres, 2024 recognition notice (four provincial bodies), 2024-08-27
QH_ST = "青海省科学技术厅"
QH_BODIES = [("青海省发展和改革委员会", "省发展改革委"), ("青海省工业和信息化厅", "省工业和信息化厅"),
             ("青海省财政厅", "省财政厅")]
QH_LIST = "2024年青海省工程技术研究中心认定组建名单"
QH_AWARD = "省级工程技术研究中心"
QH_C1, QH_C2, QH_C3 = ("青海省绿色算力工程技术研究中心", "青海省医疗器械检测工程技术研究中心",
                       "青海省高纯单晶硅材料工程技术研究中心")
QH_C1_HOSTS = [("青海大学", "University"), ("中国电信股份有限公司青海分公司", "Enterprise"),
               ("中国移动通信集团青海有限公司", "Enterprise"), ("中国联合网络通信有限公司青海省分公司", "Enterprise")]
doc("2024-08-qinghai-provincial-engineering-research-centres-2024-notice.txt", [
    (QH_ST, "GovernmentBody", ["省科技厅"]),
    *[(name, "GovernmentBody", [alias]) for name, alias in QH_BODIES],
    ("青海省工程技术研究中心管理办法", "Policy"),
    (QH_LIST, "Policy"),
    (QH_AWARD, "Award", ["青海省2024年度认定组建的省级工程技术研究中心"]),
    (QH_C1, "ResearchInstitute"),
    (QH_C2, "ResearchInstitute"),
    (QH_C3, "ResearchInstitute"),
    *QH_C1_HOSTS,
    ("青海省药品检验检测院", "GovernmentBody"),
    ("青海高景太阳能科技有限公司", "Enterprise"),
], [
    *[(QH_ST, "cooperatesWith", name) for name, _ in QH_BODIES],
    (QH_LIST, "issuedBy", QH_ST),
    *[(QH_LIST, "issuedBy", name) for name, _ in QH_BODIES],
    *[(QH_LIST, "supports", c) for c in (QH_C1, QH_C2, QH_C3)],
    *[(c, "awarded", QH_AWARD) for c in (QH_C1, QH_C2, QH_C3)],
    *[(QH_C1, "coBuiltBy", name) for name, _ in QH_C1_HOSTS],
    (QH_C2, "coBuiltBy", "青海省药品检验检测院"),
    (QH_C3, "coBuiltBy", "青海高景太阳能科技有限公司"),
], must_not_merge=[
    (QH_C1, QH_C2),
    (QH_C2, "青海省药品检验检测院"),
    (QH_LIST, "青海省工程技术研究中心管理办法"),
    (QH_AWARD, QH_C1),
    ("中国移动通信集团青海有限公司", "中国联合网络通信有限公司青海省分公司"),
    (QH_ST, "青海省工业和信息化厅"),
])

# 4. State Council reply 国函〔2022〕141号 upgrading 许昌 hi-tech zone (repost 0798ci.com), items 一–三
XC = "许昌高新技术产业开发区"
XC_REPLY = "国务院关于同意许昌高新技术产业开发区升级为国家高新技术产业开发区的批复"
XC_REQ = "关于许昌高新技术产业开发区升级为国家高新技术产业开发区的请示"
doc("2022-xuchang-hi-tech-zone-upgrade-state-council-approval.txt", [
    (XC_REPLY, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    ("河南省人民政府", "GovernmentBody"),
    (XC_REQ, "Policy"),
    (XC, "Zone"),
    ("中国共产党第二十次全国代表大会", "Event", ["党的二十大"]),
    ("中国共产党中央委员会", "GovernmentBody", ["党中央"]),
], [
    (XC_REPLY, "issuedBy", STATE_COUNCIL),
    (XC_REPLY, "supports", XC),
    (XC_REQ, "issuedBy", "河南省人民政府"),
    (XC_REQ, "supports", XC),
], must_not_merge=[
    (XC_REPLY, XC),
    (XC_REPLY, XC_REQ),
    (STATE_COUNCIL, "中国共产党中央委员会"),
])

# 5. Anhui first batch of provincial characteristic industrial parks approved (report of 省发改委 facts, 0551cf.com)
AH_AWARD = "安徽省特色产业园"
AH_PARKS = ["合肥经济技术开发区汽车和智能网联汽车特色产业园", "合肥高新技术产业开发区健康医疗特色产业园",
            "合肥蜀山经济技术开发区先进环保特色产业园", "马鞍山雨山经济开发区磁性材料特色产业园",
            "芜湖经济技术开发区智能网联汽车特色产业园", "芜湖新芜经济开发区航空特色产业园"]
doc("2022-anhui-first-batch-characteristic-industrial-parks-approval.txt", [
    ("安徽省发展和改革委员会", "GovernmentBody", ["省发改委", "安徽省发展改革委"]),
    ("安徽省人民政府", "GovernmentBody", ["省政府"]),
    (AH_AWARD, "Award", ["特色产业园"]),
    *[(p, "Zone") for p in AH_PARKS],
    ("芜湖鸠江经济开发区", "Zone"),
], [
    *[(p, "awarded", AH_AWARD) for p in AH_PARKS],
], must_not_merge=[
    (AH_PARKS[0], AH_PARKS[4]),
    (AH_PARKS[1], AH_PARKS[2]),
    ("芜湖鸠江经济开发区", AH_PARKS[5]),
    ("安徽省发展和改革委员会", "安徽省人民政府"),
])

# 6. State Council reply (2018) upgrading 宜春丰城 hi-tech industrial park (repost flfgsc.cn), items 一–四
FC_OLD = "宜春丰城高新技术产业园区"
FC = "宜春丰城高新技术产业开发区"
FC_REPLY = "国务院关于同意宜春丰城高新技术产业园区升级为国家高新技术产业开发区的批复"
FC_REQ = "关于将宜春丰城高新技术产业园区升级为国家高新技术产业开发区的请示"
doc("2018-yichun-fengcheng-hi-tech-zone-upgrade-state-council-approval.txt", [
    (FC_REPLY, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    ("江西省人民政府", "GovernmentBody"),
    (FC_REQ, "Policy"),
    (FC_OLD, "Zone"),
    (FC, "Zone"),
    (MOST, "GovernmentBody", ["科技部"]),
    ("中华人民共和国国土资源部", "GovernmentBody", ["国土资源部"]),
    ("中华人民共和国住房和城乡建设部", "GovernmentBody", ["住房城乡建设部"]),
    ("中国共产党第十九次全国代表大会", "Event", ["党的十九大"]),
    ("中国共产党中央委员会", "GovernmentBody", ["党中央"]),
], [
    (FC_REPLY, "issuedBy", STATE_COUNCIL),
    (FC_REPLY, "supports", FC),
    (FC_REQ, "issuedBy", "江西省人民政府"),
    (FC_REQ, "supports", FC),
    (FC_OLD, "partOf", FC),
], must_not_merge=[
    (FC_OLD, FC),
    (FC_REPLY, FC_REQ),
    (FC_REPLY, FC),
    (MOST, "中华人民共和国国土资源部"),
])

# 7. Yangtze delta eco-green integration demonstration zone: first joint investment-promotion meeting of its
#    executive committee (澎湃新闻), 2023-04-12
YD = "长三角生态绿色一体化发展示范区"  # train canonical name
YD_EC = "长三角生态绿色一体化发展示范区执行委员会"
YD_EVENT = "2023年长三角生态绿色一体化发展示范区联合招商引资对接会"
XC_PARK = "长三角数字干线西岑科创园"
JS_OCEAN = "江苏省海洋信息技术与装备创新中心"
LJ = "兰钧新能源研究院"
doc("2023-04-yangtze-delta-demonstration-zone-joint-investment-promotion.txt", [
    (YD, "Zone", ["长三角示范区", "示范区"]),
    ("澎湃新闻", "Enterprise"),
    ("朱奕奕", "Person"),
    (YD_EC, "GovernmentBody", ["长三角生态绿色一体化发展示范区执委会"]),
    (YD_EVENT, "Event"),
    (XC_PARK, "Zone"),
    ("长三角数字干线", "Zone"),
    (JS_OCEAN, "InnovationPlatform"),
    (LJ, "ResearchInstitute"),
    ("青浦区", "Zone"),
    ("金泽镇", "Zone"),
    ("华为青浦研发中心", "ResearchInstitute"),
    ("数字经济", "Industry"),
    ("长三角科技创新共同体", "Initiative"),
    ("海洋信息技术", "Industry"),
    ("中国科学技术大学", "University"),
    ("北京理工大学", "University"),
    ("锂离子电池", "Industry"),
], [
    (YD_EC, "hosts", YD_EVENT),
    (XC_PARK, "partOf", "金泽镇"),
    ("金泽镇", "partOf", "青浦区"),
    (XC_PARK, "partOf", "长三角数字干线"),
    ("华为青浦研发中心", "locatedIn", XC_PARK),
    (XC_PARK, "focusesOn", "数字经济"),
    (JS_OCEAN, "focusesOn", "海洋信息技术"),
    (LJ, "cooperatesWith", "中国科学技术大学"),
    (LJ, "cooperatesWith", "北京理工大学"),
    (LJ, "focusesOn", "锂离子电池"),
], must_not_merge=[
    (YD, YD_EC),
    (YD, YD_EVENT),
    (XC_PARK, "长三角数字干线"),
    (XC_PARK, "华为青浦研发中心"),
    ("金泽镇", "青浦区"),
    (JS_OCEAN, "海洋信息技术"),
])

gold.write(HERE / "gold.jsonl")
