"""The lab's player for Python's `websockets` client (asyncio), run with Debian's /usr/bin/python3.

The protocol is the one in playerProtocol.ts: a hello line, then one JSON
answer per JSON request line. Python has no WebSocket events, so they are
mapped: `open` when connect() returns, `message` for each recv(), `error`
for each exception raised other than ConnectionClosedOK (a normal close),
and `close` once the connection is closed, with
the library's close_code and close_reason. `wasClean` has no counterpart and
is null.
"""
import asyncio
import json
import platform
import sys
import time

import websockets


def describe(error):
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    text = str(error)
    return f"{name}: {text}" if text else name


async def play(request):
    events, messages = [], []
    started = time.monotonic()
    at = lambda: round((time.monotonic() - started) * 1000)
    closed = None
    close_with = request.get("closeWith")
    send = request.get("send")

    def failed(error):
        # ConnectionClosedOK is how recv() reports a normal close, not a failure: a message, no error event.
        if not isinstance(error, websockets.exceptions.ConnectionClosedOK):
            events.append({"type": "error", "at": at()})
        messages.append({"via": "exception", "text": describe(error)})

    async def close_now(ws):
        try:
            if close_with.get("code") is None:
                await ws.close()
            else:
                await ws.close(close_with["code"], close_with.get("reason", ""))
        except Exception as error:  # what close() raised for these arguments
            failed(error)
            await ws.close()

    async def run():
        nonlocal closed
        try:
            # The library's defaults throughout: what a program gets unless it asks otherwise.
            ws = await websockets.connect(request["url"])
        except Exception as error:
            failed(error)
            return
        events.append({"type": "open", "at": at()})
        try:
            if send:
                await ws.send("x" * send["bytes"] if send["type"] == "text" else bytes(send["bytes"]))
            if close_with is not None and not send:
                await close_now(ws)
            while True:
                data = await ws.recv()
                size = len(data.encode()) if isinstance(data, str) else len(data)
                events.append({"type": "message", "at": at(), "bytes": size})
                if close_with is not None:
                    await close_now(ws)
        except Exception as error:
            failed(error)
        await ws.wait_closed()
        closed = {"code": ws.close_code, "reason": ws.close_reason or "", "wasClean": None}
        events.append({"type": "close", "at": at(), **closed})

    # Not wait_for: a close() waiting out the library's close_timeout does not end on cancellation.
    task = asyncio.ensure_future(run())
    done, _ = await asyncio.wait({task}, timeout=request["timeoutMs"] / 1000)
    if not done:
        events.append({"type": "timeout", "at": at()})
        task.cancel()
    # Copies: a cancelled run may still append while it unwinds.
    return {"events": list(events), "close": closed, "messages": list(messages)}


async def main():
    version = f"websockets {websockets.__version__}, Python {platform.python_version()}"
    print(json.dumps({"version": version}), flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        if line.strip():
            print(json.dumps(await play(json.loads(line))), flush=True)


asyncio.run(main())
