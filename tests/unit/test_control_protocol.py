"""The control socket's message format: valid requests pass, anything else is refused."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backbreak.core.control import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Reply,
    Request,
    decode_reply,
    decode_request,
)


def test_request_round_trips() -> None:
    request = Request("pause", {"duration": "1h"})
    assert decode_request(request.encode().rstrip(b"\n")) == request


def test_deeply_nested_json_is_a_protocol_error_not_a_recursion_error() -> None:
    """Issue 12, item 10: well within the size limit, deep enough to exhaust the stack."""
    deep = b"[" * 1900 + b"]" * 1900
    assert len(deep) + 40 < MAX_MESSAGE_BYTES
    with pytest.raises(ProtocolError, match="nested too deeply"):
        decode_request(deep)
    with pytest.raises(ProtocolError, match="nested too deeply"):
        decode_reply(b'{"ok": true, "result": {"a": ' + deep + b"}}")


def test_reply_round_trips() -> None:
    for reply in (Reply(True, {"state": "paused"}), Reply(False, error="no")):
        assert decode_reply(reply.encode().rstrip(b"\n")) == reply


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"", "not a JSON message"),
        (b"[1, 2]", "JSON object"),
        (b'{"command": "rm -rf"}', "unknown command"),
        (b'{"command": "status", "args": {"x": "1"}}', "takes no argument"),
        (b'{"command": "pause", "args": {"duration": "9y"}}', "pause needs a duration"),
        (b'{"command": "pause", "args": {"duration": 5}}', "object of strings"),
        (b"\xff\xfe", "not a JSON message"),
        (b'{"command": "status"}' + b" " * MAX_MESSAGE_BYTES, "longer than"),
    ],
)
def test_malformed_requests_are_refused_with_a_reason(line: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        decode_request(line)


@given(st.binary(max_size=600))
def test_random_bytes_never_raise_anything_but_protocol_error(data: bytes) -> None:
    with contextlib.suppress(ProtocolError):
        decode_request(data)


@given(
    st.dictionaries(
        st.sampled_from(["command", "args", "extra"]),
        st.one_of(
            st.text(max_size=20),
            st.integers(),
            st.none(),
            st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=3),
        ),
        max_size=3,
    )
)
def test_random_json_objects_are_either_valid_requests_or_refused(data: dict[str, object]) -> None:
    line = json.dumps(data).encode()
    try:
        request = decode_request(line)
    except ProtocolError:
        return
    assert request.command in {"activate", "status", "quit", "break-now", "pause", "resume"}


def test_a_refusal_carries_its_reason_code_over_the_socket() -> None:
    """The person reads the words (in their language); a script reads the code."""
    from backbreak.core.control import Reply, decode_reply

    line = Reply(False, error="Keine Pausen mehr heute.", reason="no-skips-left").encode()
    back = decode_reply(line)
    assert (back.ok, back.error, back.reason) == (
        False,
        "Keine Pausen mehr heute.",
        "no-skips-left",
    )
    assert decode_reply(Reply(False, error="broken").encode()).reason == ""
