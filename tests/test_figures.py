"""Figures and time (issue 7): units, qualifiers, relative dates, targets vs achieved, dated events."""
from decimal import Decimal

import pytest

from kg.figures import extract_dated_events, extract_figures
from kg.ingest import document_from_text
from kg.records import DocumentMeta


def figures(text, date="2023-08", estimate=False):
    doc = document_from_text(text, path="t.txt", meta=DocumentMeta(date=date, date_is_estimate=estimate))
    return extract_figures(doc)


def one(text, **kw):
    found = figures(text, **kw)
    assert len(found) == 1, [o.surface for o in found]
    return found[0]


# ---- unit normalisation -------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("全区R&D经费投入207.96亿元。", Decimal("20796000000"), "CNY"),
    ("实际利用外资8亿美元。", Decimal("800000000"), "USD"),
    ("融资信贷金额5200万元。", Decimal("52000000"), "CNY"),
    ("引进大学生2.6万人。", Decimal("26000"), "Person"),
    ("新增孵化面积7.79万平方米。", Decimal("77900"), "SquareMetre"),
    ("区划面积72平方公里。", Decimal("72"), "SquareKilometre"),
    ("占GDP比重为9.52%。", Decimal("9.52"), "Percent"),
    ("高于全市5.66个百分点。", Decimal("5.66"), "PercentagePoint"),
    ("累计培育上市企业65家。", Decimal("65"), "Count"),
    ("受理技术合同887项。", Decimal("887"), "Count"),
    ("在孵企业达1,200家。", Decimal("1200"), "Count"),
    ("累计人流量超百万人次。", Decimal("1000000"), "PersonTime"),
])
def test_units_are_normalised(text, value, unit):
    o = one(text)
    assert (o.value, o.unit) == (value, unit)


def test_number_and_unit_as_written_are_kept():
    o = one("生产总值为1056.2亿元。")
    assert (o.number, o.unit_text, o.multiplier, o.surface) == (Decimal("1056.2"), "亿元", 8, "1056.2亿元")


@pytest.mark.parametrize("text", [
    "2023年6月29日至2023年7月7日征求意见。",  # dates
    "成功承办第十二届中国创新创业大赛。",  # ordinal in Chinese
    "深入实施“5050计划”。",  # a programme's name
    "发布首款通用人形机器人H1。",  # a product code
    "审查周期缩短到3个月左右。",  # a duration
    "引进35周岁以下大学生。",  # an age
    "联系电话:0571-85399752。",  # a phone number
    "出台《五年行动计划(2023—2027年)》。",  # inside a title
])
def test_things_that_are_not_figures(text):
    assert figures(text) == []


# ---- qualifiers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, qualifier", [
    ("R&D占GDP比重保持在10%左右。", "approximate"),
    ("约30家企业入驻。", "approximate"),
    ("融资信贷金额超5.2亿元。", "lowerBound"),
    ("邀请30余家市场化服务机构。", "lowerBound"),
    ("常住人口50多万。", "lowerBound"),
    ("在册企业数已突破10万家。", "lowerBound"),
    ("申报科技项目100项以上。", "lowerBound"),
    ("专项资金不少于3亿元。", "lowerBound"),
    ("受理技术合同887项。", "exact"),
])
def test_qualifiers(text, qualifier):
    assert one(text).qualifier == qualifier


# ---- periods: absolute and relative -------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("2022年R&D经费投入207.96亿元。", "2022"),
    ("2022年度技术交易额235.98亿元。", "2022"),
    ("2023年上半年生产总值1056.2亿元。", "2023-H1"),
    ("2023年三季度技术交易额80亿元。", "2023-Q3"),
    ("2023年5月新增企业1200家。", "2023-05"),
    ("1-9月份技术交易额235.98亿元。", "2023-01/2023-09"),
    ("截止10月底获资助资金4.2亿元。", "asof:2023-10"),
])
def test_absolute_and_month_periods(text, label):
    assert one(text, date="2023-11").period.label == label


@pytest.mark.parametrize("word, label, start, end", [
    ("今年", "2023", "2023-01-01", "2023-12-31"),
    ("上半年", "2023-H1", "2023-01-01", "2023-06-30"),
    ("今年上半年", "2023-H1", "2023-01-01", "2023-06-30"),
    ("去年", "2022", "2022-01-01", "2022-12-31"),
    ("截至目前", "asof:2023-08", "", "2023-08-31"),
    ("今年以来", "2023-01/2023-08", "2023-01-01", "2023-08-31"),
    ("前三季度", "2023-01/2023-09", "2023-01-01", "2023-09-30"),
])
def test_relative_time_resolved_against_document_date(word, label, start, end):
    o = one(f"{word},全区新增企业1.5万家。", date="2023-08")
    assert (o.period.label, o.period.start, o.period.end) == (label, start, end)
    assert o.period.relative and not o.period.inferred
    assert o.period.text == word


def test_relative_time_is_flagged_inferred_when_the_document_date_is_an_estimate():
    o = one("上半年,全区实际利用外资8亿美元。", date="2024-09", estimate=True)
    assert o.period.label == "2024-H1" and o.period.inferred
    # an explicit year is not inferred, even in an estimated document
    o = one("2022年R&D经费投入207.96亿元。", date="2023-11", estimate=True)
    assert o.period.label == "2022" and not o.period.inferred


def test_relative_time_without_a_document_date_stays_unresolved():
    o = one("上半年,全区实际利用外资8亿美元。", date="")
    assert o.period.label == "" and o.period.text == "上半年"


def test_a_figure_without_time_words_holds_as_of_the_document_date():
    o = one("全区拥有孵化器85家。", date="2023-11", estimate=True)
    assert o.period.label == "asof:2023-11" and o.period.inferred and o.period.text == ""


def test_year_words_take_the_year_written_earlier_in_the_sentence():
    found = figures("力争2024年申报科技项目100项以上,全年吸引各类人才200人以上。", date="2023-11")
    assert [o.period.label for o in found] == ["2024", "2024"]


def test_time_carries_over_a_semicolon_and_a_layout_cut():
    found = figures("2024年,力争技术合同登记额350亿元以上;新增研发载体110家以上。", date="2023-11")
    assert [(o.period.label, o.status) for o in found] == [("2024", "target"), ("2024", "target")]
    # "上半年," cut from its figure by a photo caption
    o = one("稳步扩大制度型开放。上半年,\n\n人才服务站\n\n高新区(滨江)实际利用外资8亿美元。", date="2024-09")
    assert o.period.label == "2024-H1"


# ---- targets vs achieved ------------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("2024年力争新认定孵化载体15家。", "target"),
    ("预计到今年年底引进人才3.8万人。", "target"),
    ("则高新产业增加值占比能达到88%年度目标。", "target"),
    ("到2025年数字经济核心产业主营业务收入超6000亿元。", "target"),
    ("按计划今年将打造重点子产业链10条。", "target"),
    ("截至目前,全区拥有孵化器85家。", "achieved"),
    ("R&D占GDP比重始终保持在10%左右。", "achieved"),
    ("我区2022年R&D经费投入207.96亿元,但年度目标未完成。", "achieved"),
])
def test_targets_are_kept_apart_from_achieved_values(text, status):
    assert one(text, date="2023-11").status == status


def test_target_period_is_the_deadline_year():
    o = one("到2027年,上市企业达到100家。", date="2023-06-29")
    assert (o.status, o.period.label, o.target_cue) == ("target", "2027", "到2027年")


def test_achieved_words_after_a_target_win():
    target, achieved = figures("力争到2025年上市企业达到100家,目前已有73家。", date="2023-08")
    assert (target.status, target.period.label) == ("target", "2025")
    assert (achieved.status, achieved.period.label) == ("achieved", "asof:2023-08")


def test_target_without_time_words_is_for_the_year_of_its_heading():
    text = "三、2024年工作思路\n(六)拓宽引才渠道\n力争全年新增高层次人才10名以上。"
    assert one(text, date="2023-11").period.label == "2024"


# ---- measures, aspects, subject ------------------------------------------------------------

def test_same_measure_from_different_wordings():
    a = one("R&D占GDP比例始终保持10%左右。")
    b = one("R&D经费支出占GDP比重为9.52%。")
    c = one("研发投入强度达到9.5%。")
    assert a.measure == b.measure == c.measure and a.measure.endswith("/rd-intensity")
    assert {a.measure_text, b.measure_text, c.measure_text} == {"R&D占GDP比例", "R&D经费支出占GDP比重", "研发投入强度"}


def test_a_wording_only_matches_a_unit_of_its_kind():
    money, share = figures("2022年R&D经费投入207.96亿元,占GDP比重为9.52%。")
    assert money.measure.endswith("/rd-expenditure") and share.measure.endswith("/rd-intensity")


def test_growth_goes_with_the_figure_before_it():
    level, growth = figures("上半年,规上工业增加值417.9亿元,同比增长7.5%。", date="2024-08")
    assert (level.aspect, growth.aspect) == ("level", "growth")
    assert growth.measure == level.measure and growth.measure.endswith("/industrial-value-added")


def test_unmatched_measure_keeps_the_documents_words():
    o = one("一键查找到130余家法律服务机构。")
    assert o.measure == "" and "一键查找到" in o.measure_text


def test_measure_after_the_figure():
    assert one("其中包含73家上市公司。").measure.endswith("/listed-companies")


def test_subject_is_the_zone_the_document_names_most():
    o = one("高新区(滨江)发布方案。高新区(滨江)的在册企业数已突破10万家。")
    assert o.subject_type == "Zone" and o.subject


def test_offsets_point_into_the_original_text():
    text = "2020年，高新区（滨江）引进人才２.６万人。"  # full-width punctuation and digits
    doc = document_from_text(text, path="t.txt", meta=DocumentMeta(date="2020"))
    o = extract_figures(doc)[0]
    assert text[o.start:o.end] == "２.６万人" and o.value == Decimal("26000")


# ---- dated events ---------------------------------------------------------------------------

def events(text, date="2022-08", estimate=True):
    doc = document_from_text(text, path="t.txt", meta=DocumentMeta(date=date, date_is_estimate=estimate))
    return [(e.event_type, e.period.label, e.period.inferred) for e in extract_dated_events(doc)]


def test_dated_events():
    text = ("2020年12月,由三级政府共同支持建设的研究院成立。于2022年2月“官宣”开建“中国数谷”。"
            "今年6月,白马湖实验室揭牌成立。2022年4月,高新区(滨江)发布《行动方案》。")
    assert events(text) == [
        ("Founding", "2020-12", False),
        ("ConstructionStart", "2022-02", False),
        ("Unveiling", "2022-06", True),
        ("Release", "2022-04", False),
    ]


def test_plans_and_deadlines_are_not_events():
    assert events("到2027年,初步建成世界领先科技园区。2024年力争新认定孵化载体15家。") == []


def test_event_title_is_kept():
    doc = document_from_text("2022年4月,高新区(滨江)发布《建设高能级战略平台行动方案》。", path="t.txt")
    (e,) = extract_dated_events(doc)
    assert e.object_title == "建设高能级战略平台行动方案" and e.cue == "发布"


def test_empty_and_figure_free_documents():
    assert figures("没有任何数字的句子。") == []
    assert events("没有日期的句子。") == []


# ---- ranges, qualifiers inside units, signs of change ---------------------------------------

def test_a_range_gives_a_lower_and_an_upper_bound():
    lo, hi = figures("每年新增孵化器10-20家。")
    assert (lo.value, lo.qualifier, hi.value, hi.qualifier) == (10, "lowerBound", 20, "upperBound")
    assert lo.unit == hi.unit == "Count"
    lo, hi = figures("带动投资100亿至200亿元。")
    assert (lo.value, hi.value, lo.unit_text) == (Decimal("10000000000"), Decimal("20000000000"), "亿")


def test_qualifier_inside_a_unit():
    o = one("全区新增企业1.5万余家。")
    assert (o.value, o.qualifier, o.unit_text) == (Decimal("15000"), "lowerBound", "万余家")


def test_a_fall_is_negative_growth():
    o = one("第三产业增加值同比下降3.2%。")
    assert (o.aspect, o.value, o.number) == ("growth", Decimal("-3.2"), Decimal("3.2"))


def test_growth_words_before_a_count_make_a_difference():
    o = one("国家高新技术企业增加了120家。")
    assert o.aspect == "difference" and o.value == 120


def test_legal_norms_are_not_figures():
    assert figures("违反本条例规定的,处一万元以上十万元以下罚款。") == []
    assert figures("摘要文字部分不得超过300个字。") == []


def test_the_year_compared_with_is_not_the_period():
    level, growth = figures("2023年全区实现地区生产总值2156.3亿元,按可比价格计算,比上年增长8.5%。", date="2024-03")
    assert (level.period.label, growth.period.label) == ("2023", "2023")
    assert growth.aspect == "growth" and growth.measure == level.measure


def test_a_clause_that_only_says_total_goes_on_with_the_measure_before():
    new, total = figures("新认定国家高新技术企业412家,总数达2856家。")
    assert total.measure == new.measure and total.measure.endswith("/high-tech-enterprises")
