from mailthread.threads import Message, build_threads, find_message, thread_root


def m(mid, parent, date):
    return Message(mid, parent, "subject", date)


def test_find_message() -> None:
    msgs = [m("a", None, "2024-01-01T00:00:00Z"), m("b", "a", "2024-01-02T00:00:00Z")]
    assert find_message(msgs, "b") is msgs[1]
    assert find_message(msgs, "zz") is None


def test_thread_root_follows_chain() -> None:
    msgs = [m("c", "b", "3"), m("b", "a", "2"), m("a", None, "1")]
    assert thread_root(msgs, msgs[0]).message_id == "a"


def test_simple_threads() -> None:
    msgs = [
        m("r1", "q1", "2024-01-01T10:00:00Z"),
        m("q2", None, "2024-01-01T09:30:00Z"),
        m("q1", None, "2024-01-01T09:00:00Z"),
        m("r2", "r1", "2024-01-01T11:00:00Z"),
    ]
    assert build_threads(msgs) == [["q1", "r1", "r2"], ["q2"]]


def test_missing_parent_starts_thread() -> None:
    msgs = [m("r1", "gone", "2024-01-01T10:00:00Z"), m("r2", "r1", "2024-01-01T11:00:00Z")]
    assert build_threads(msgs) == [["r1", "r2"]]


def test_reply_loop_terminates() -> None:
    msgs = [m("a", "b", "1"), m("b", "a", "2")]
    assert sorted(map(sorted, build_threads(msgs))) == [["a"], ["b"]]


def test_same_date_keeps_input_order() -> None:
    msgs = [m("x", None, "1"), m("y", "x", "1"), m("z", "x", "1")]
    assert build_threads(msgs) == [["x", "y", "z"]]


def test_empty() -> None:
    assert build_threads([]) == []
