"""IRIs are stable, readable and independent of order."""
import random

from kg.iri import assign_entity_iris, entity_iri, pinyin_slug


def test_readable_pinyin_slugs():
    assert str(entity_iri("University", "浙江大学")).endswith("/university/zhe-jiang-da-xue")
    assert pinyin_slug("北航杭州创新研究院") == "bei-hang-hang-zhou-chuang-xin-yan-jiu-yuan"
    assert pinyin_slug("“5050计划”") == "5050-ji-hua"
    assert pinyin_slug("Bin-hub人才·企业服务站").startswith("bin-hub-ren-cai")


def test_same_iris_in_any_order_and_clashes_resolved_deterministically():
    pairs = [("Person", "李力"), ("Person", "李立"), ("University", "浙江大学"), ("Laboratory", "白马湖实验室")]
    first = assign_entity_iris(pairs)
    for _ in range(5):
        shuffled = pairs[:]
        random.shuffle(shuffled)
        assert assign_entity_iris(shuffled) == first
    assert first[("Person", "李力")] != first[("Person", "李立")]
    assert first[("University", "浙江大学")] == entity_iri("University", "浙江大学")


def test_long_names_are_cut_but_stay_distinct():
    a = "关于" + "支持杭州国家高新区建设世界领先科技园区" * 5 + "的实施意见"
    b = "关于" + "支持杭州国家高新区建设世界领先科技园区" * 5 + "的实施办法"
    assert entity_iri("Policy", a) != entity_iri("Policy", b)
    assert len(str(entity_iri("Policy", a))) < 200
