"""A bare status client: the baseline for `backbreak status --json` in bench_startup.py.

    python3 tests/benchmarks/bare_status_client.py SOCKET

The same round trip as the command, with the standard library only and nothing else: connect
to the running app's control socket, send the status request, read the one-line reply, and
print its result as indented JSON (what a status bar reads). Whatever `backbreak status
--json` costs on top of this is its own.
"""

import json
import socket
import sys


def main() -> int:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(5.0)
        client.connect(sys.argv[1])
        client.sendall(b'{"command":"status","args":{}}\n')
        data = b""
        while b"\n" not in data:
            chunk = client.recv(4096)
            if not chunk:
                break
            data += chunk
    reply = json.loads(data)
    print(json.dumps({**reply["result"], "running": True}, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
