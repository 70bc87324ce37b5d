from safehtml.clean import escape_text, is_safe_url, sanitize


def test_plain_text_is_escaped() -> None:
    assert sanitize("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_entities_are_left_alone() -> None:
    assert sanitize("Fish &amp; chips &#8364; &eacute;") == "Fish &amp; chips &#8364; &eacute;"


def test_disallowed_tags_are_unwrapped() -> None:
    assert sanitize("<div><span>hi</span></div>") == "hi"


def test_attributes_are_filtered_and_requoted() -> None:
    assert sanitize("<a href=x.html onclick='evil()' title=\"T\">go</a>") == '<a href="x.html" title="T">go</a>'


def test_javascript_links_lose_href() -> None:
    assert sanitize('<a href=" JavaScript:alert(1)">x</a>') == "<a>x</a>"


def test_script_and_comments_are_dropped() -> None:
    assert sanitize("a<script>alert('<b>')</script>b<!-- hidden -->c") == "abc"


def test_unclosed_tags_are_closed() -> None:
    assert sanitize("<p><b>bold") == "<p><b>bold</b></p>"


def test_stray_closing_tag_is_dropped() -> None:
    assert sanitize("x</b>y") == "xy"


def test_void_and_self_closing() -> None:
    assert sanitize("a<br/>b<br>c<i/>") == "a<br>b<br>c<i></i>"


def test_helpers() -> None:
    assert escape_text("<&lt;>") == "&lt;&lt;&gt;"
    assert not is_safe_url("data:text/html,hi")
    assert is_safe_url("/relative")
