"""Writes eval/train20/gold.jsonl from the hand annotation below (kept as Python only to avoid JSON typos).

Run: .venv/bin/python eval/train20/build_gold.py
"""
from pathlib import Path

from kg.goldfile import GoldFile

HERE = Path(__file__).resolve().parent
gold = GoldFile("eval/train20/docs/")
doc = gold.doc

STATE_COUNCIL = "中华人民共和国国务院"
MOST = "中华人民共和国科学技术部"
CPC_CC = "中国共产党中央委员会"
WSC = "西部(重庆)科学城"

# 1. Shandong provincial government: two replies approving the construction plans of six provincial labs
#    (qingdaonews.com repost of the provincial government website), 2021-07-05
SD_GOV = "山东省人民政府"
SD_STD = "山东省科学技术厅"
R1 = "关于泉城省实验室等5家省实验室建设方案的批复"
REQ1 = "关于提请审批泉城省实验室等5家省实验室建设方案的请示"
R2 = "关于潍坊现代农业省实验室建设方案的批复"
REQ2 = "关于审批〈潍坊现代农业山东省实验室建设方案(初稿)〉的请示"
QC = "泉城省实验室"
JNWS = "济南微生态生物医学山东省实验室"
JNLZ = "济南粒子科学与应用技术山东省实验室"
QDXN = "青岛新能源山东省实验室"
YTXJ = "烟台先进材料与绿色制造山东省实验室"  # canonical as in eval/train18
WFNY = "潍坊现代农业山东省实验室"
FIVE = [QC, JNWS, JNLZ, QDXN, YTXJ]
doc("2021-07-shandong-provincial-laboratories-construction-plan-approvals.txt", [
    (SD_GOV, "GovernmentBody", ["山东省政府"]),
    (SD_STD, "GovernmentBody", ["省科技厅"]),
    ("潍坊市人民政府", "GovernmentBody"),
    (R1, "Policy"),
    (REQ1, "Policy"),
    (R2, "Policy"),
    (REQ2, "Policy"),
    ("山东省实验室建设管理办法(试行)", "Policy"),
    (QC, "Laboratory"),
    (JNWS, "Laboratory", ["济南微生态生物医学省实验室"]),
    (JNLZ, "Laboratory", ["济南粒子科学与应用技术省实验室"]),
    (QDXN, "Laboratory", ["青岛新能源省实验室"]),
    (YTXJ, "Laboratory", ["烟台先进材料与绿色制造省实验室"]),
    (WFNY, "Laboratory", ["潍坊现代农业省实验室"]),
], [
    (R1, "issuedBy", SD_GOV),
    (R2, "issuedBy", SD_GOV),
    (REQ1, "issuedBy", SD_STD),
    (REQ2, "issuedBy", "潍坊市人民政府"),
    *[(R1, "supports", lab) for lab in FIVE],
    *[(REQ1, "supports", lab) for lab in FIVE],
    *[(SD_STD, "supports", lab) for lab in FIVE],
    (R2, "supports", WFNY),
    (REQ2, "supports", WFNY),
], must_not_merge=[
    (R1, REQ1),
    (R2, REQ2),
    (R1, QC),
    (WFNY, REQ2),
    (SD_GOV, SD_STD),
    (JNWS, JNLZ),
])

# 2. State Council reply: Maoming hi-tech zone upgraded to a national hi-tech zone (国函〔2018〕44号), 0798ci.com
MM = "茂名高新技术产业开发区"
MM_R = "国务院关于同意茂名高新技术产业开发区升级为国家高新技术产业开发区的批复"
MM_REQ = "关于请求批准茂名高新技术产业开发区升级为国家级高新技术产业开发区的请示"
doc("2018-maoming-hi-tech-zone-upgrade-state-council-approval.txt", [
    (MM_R, "Policy"),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    ("广东省人民政府", "GovernmentBody"),
    (MM_REQ, "Policy"),
    (MM, "Zone"),
    (MOST, "GovernmentBody", ["科技部"]),
    ("中华人民共和国国土资源部", "GovernmentBody", ["国土资源部"]),
    ("中华人民共和国住房和城乡建设部", "GovernmentBody", ["住房城乡建设部"]),
    ("中国共产党第十九次全国代表大会", "Event", ["党的十九大"]),
    (CPC_CC, "GovernmentBody", ["党中央"]),
], [
    (MM_R, "issuedBy", STATE_COUNCIL),
    (MM_R, "supports", MM),
    (MM_REQ, "issuedBy", "广东省人民政府"),
    (MM_REQ, "supports", MM),
], must_not_merge=[
    (MM_R, MM_REQ),
    (MM_R, MM),
    (STATE_COUNCIL, CPC_CC),
    (MOST, "中华人民共和国国土资源部"),
])

# 3. Chongqing hi-tech zone (direct-managed park): 2021 work situation and 2022 key tasks, opening (gxq.cq.gov.cn)
CY = "成渝地区双城经济圈建设规划纲要"
P_SUPPORT = "支持西部(重庆)科学城高质量发展的意见"
P_FIVE = "深化落实“五个科学”“五个科技”实施方案"
P_UNI = "支持西部(重庆)科学城和大学城融合发展实施意见"
P_1C5D = "统筹推进西部(重庆)科学城“一核五区”高质量发展实施方案"  # canonical as in eval/dev3
doc("2022-03-chongqing-hi-tech-zone-2021-work-situation-opening.txt", [
    ("重庆高新区直管园", "Zone"),
    ("重庆高新区", "Zone"),
    (WSC, "Zone"),
    (CPC_CC, "GovernmentBody", ["中共中央"]),
    (STATE_COUNCIL, "GovernmentBody", ["国务院"]),
    (CY, "Policy"),
    ("中共重庆市委五届十次全会", "Event", ["市委五届十次全会"]),
    ("西部(重庆)科学城党工委", "GovernmentBody"),
    ("西部(重庆)科学城管委会", "GovernmentBody", [], True),
    (P_SUPPORT, "Policy"),
    (P_FIVE, "Policy"),
    (P_UNI, "Policy"),
    (P_1C5D, "Policy", ["统筹西部(重庆)科学城“一核五区”高质量发展实施方案"]),
], [
    (CY, "issuedBy", CPC_CC),
    (CY, "issuedBy", STATE_COUNCIL),
    (CY, "supports", WSC),
    (P_SUPPORT, "supports", WSC),
    (P_UNI, "supports", WSC),
    (P_1C5D, "supports", WSC),
], must_not_merge=[
    ("重庆高新区直管园", "重庆高新区"),
    ("重庆高新区", WSC),
    ("西部(重庆)科学城党工委", "西部(重庆)科学城管委会"),
    (P_SUPPORT, P_UNI),
    (CY, WSC),
])

# 4. Chongqing hi-tech zone committee notice issuing its Chengdu-Chongqing action plan 2023-2027 (gxq.cq.gov.cn)
CQ_PLAN = "重庆高新区融入成渝地区双城经济圈建设行动计划(2023—2027年)"
CQ_COMM = "重庆高新技术产业开发区管理委员会"  # canonical as in eval/dev3
FIELDS = ["空间光学", "农业育种", "中子科学", "光电技术", "光子芯片"]
doc("2023-04-chongqing-hi-tech-zone-chengyu-action-plan-notice.txt", [
    (CQ_PLAN, "Policy"),
    (CQ_COMM, "GovernmentBody", ["重庆高新区管委会"]),
    (WSC, "Zone"),
    ("中共重庆市委员会", "GovernmentBody", ["市委"]),
    ("重庆市人民政府", "GovernmentBody", ["市政府"]),
    *[(f, "Industry") for f in FIELDS],
    ("超瞬态实验装置", "Facility"),
    ("0.5GeV超瞬态光源", "Facility"),
    ("集成同步辐射光源", "Facility"),
    ("超瞬态电子显微", "Facility"),
], [
    (CQ_PLAN, "issuedBy", CQ_COMM),
], must_not_merge=[
    (CQ_PLAN, CQ_COMM),
    ("超瞬态实验装置", "0.5GeV超瞬态光源"),
    ("超瞬态实验装置", "超瞬态电子显微"),
    ("中共重庆市委员会", "重庆市人民政府"),
    ("光电技术", "光子芯片"),
])

# 5. Shanxi provincial reply (excerpt): Linfen economic development zone expansion (jinwenw.cn), 2020-11
LF = "临汾经济开发区"
SX_OP = "关于开发区改革创新发展的若干意见"
doc("2020-11-linfen-economic-development-zone-expansion-approval-excerpt.txt", [
    (LF, "Zone"),
    ("尧都区", "Zone"),
    ("乔李镇", "Zone"),
    ("洪洞县", "Zone"),
    ("甘亭镇", "Zone"),
    ("曲亭镇", "Zone"),
    ("淹底乡", "Zone"),
    ("中共山西省委员会", "GovernmentBody", ["省委"]),
    ("山西省人民政府", "GovernmentBody", ["省政府"]),
    (SX_OP, "Policy"),
    ("山西省主体功能区规划", "Policy"),
    ("山西省商务厅", "GovernmentBody", ["省商务厅"]),
], [
    ("乔李镇", "partOf", "尧都区"),
    ("甘亭镇", "partOf", "洪洞县"),
    ("曲亭镇", "partOf", "洪洞县"),
    ("淹底乡", "partOf", "洪洞县"),
    (SX_OP, "issuedBy", "中共山西省委员会"),
    (SX_OP, "issuedBy", "山西省人民政府"),
    ("山西省商务厅", "supports", LF),
], must_not_merge=[
    ("尧都区", "乔李镇"),
    ("洪洞县", "曲亭镇"),
    ("中共山西省委员会", "山西省人民政府"),
    (SX_OP, "山西省主体功能区规划"),
])

# 6. Ningxia science department notice recognising 2021 autonomous-region incubators and maker spaces (kjt.nx.gov.cn)
NX_STD = "宁夏回族自治区科学技术厅"
NX_N = "关于认定2021年度自治区科技企业孵化器和众创空间的通知"
doc("2022-03-ningxia-incubators-and-maker-spaces-2021-recognition-notice.txt", [
    (NX_N, "Policy"),
    (NX_STD, "GovernmentBody"),
    ("宁夏回族自治区科技企业孵化器管理暂行办法", "Policy"),
    ("宁夏回族自治区众创空间管理暂行办法", "Policy"),
    ("兴庆数字经济产业园", "InnovationPlatform"),
    ("固原市原州区返乡创业孵化园众创空间", "InnovationPlatform"),
], [
    (NX_N, "issuedBy", NX_STD),
    (NX_N, "supports", "兴庆数字经济产业园"),
    (NX_N, "supports", "固原市原州区返乡创业孵化园众创空间"),
], must_not_merge=[
    ("宁夏回族自治区科技企业孵化器管理暂行办法", "宁夏回族自治区众创空间管理暂行办法"),
    (NX_N, "宁夏回族自治区科技企业孵化器管理暂行办法"),
])

# 7. Echeng district (Ezhou) and Wuhan Institute of Technology co-build the Qingtianhu industrial technology
#    institute (中国教育在线 eol.cn), 2021-11-10
QTH = "鄂城区·武汉工程大学青天湖产业技术研究院"
WIT = "武汉工程大学"
EC = "鄂城区"
SFD = "理论热点面对面省级示范点"
QTH_IND = ["人工智能", "智能制造", "新材料", "生物医药"]
doc("2021-11-echeng-district-wuhan-institute-of-technology-qingtianhu-institute.txt", [
    (QTH, "ResearchInstitute", ["武汉工程大学青天湖产业技术研究院"]),
    (EC, "Zone"),
    ("樊口街道", "Zone"),
    ("宏泰产业园", "Zone"),
    ("鼓楼街道", "Zone"),
    (WIT, "University"),
    ("王存文", "Person"),
    ("董国平", "Person"),
    ("张彦铎", "Person"),
    ("夏鑫", "Person"),
    ("陈思", "Person"),
    ("鄂州市鄂城区人民政府·武汉工程大学共建青天湖产业技术研究院", "Policy"),
    *[(i, "Industry") for i in QTH_IND],
    (SFD, "InnovationPlatform"),
    ("迪洁膜公司", "Enterprise"),
    ("中国教育在线", "Enterprise"),
], [
    (QTH, "coBuiltBy", WIT),
    (QTH, "coBuiltBy", EC),
    (WIT, "cooperatesWith", EC),
    (WIT, "ledBy", "王存文"),
    *[(QTH, "focusesOn", i) for i in QTH_IND],
    ("樊口街道", "partOf", EC),
    ("宏泰产业园", "partOf", "樊口街道"),
    ("鼓楼街道", "partOf", EC),
    (SFD, "coBuiltBy", WIT),
    (SFD, "coBuiltBy", "鼓楼街道"),
], must_not_merge=[
    (QTH, WIT),
    (QTH, "鄂州市鄂城区人民政府·武汉工程大学共建青天湖产业技术研究院"),
    (EC, "樊口街道"),
    ("樊口街道", "鼓楼街道"),
    ("宏泰产业园", "樊口街道"),
])

gold.write(HERE / "gold.jsonl")
