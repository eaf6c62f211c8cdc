"""Headless Chromium driven over the DevTools protocol on a pipe (no extra dependency, no open port).

Used by the report tests (does the page render, did any script from an article run, did any request
leave the page) and by ``make screenshots``. Network is blocked: every request goes to a dead proxy,
and every request the page makes is recorded, so a test can assert there were none.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    """The Chromium binary (``$CHROMIUM`` or the first found on PATH), or None."""
    env = os.environ.get("CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    """Chromium could not start, answered an error, or timed out."""


class Chromium:
    """One headless Chromium with one page; use as a context manager.

    ``open(path)`` loads a file and returns what happened: ``title``, ``requests`` (every URL the page
    asked for), ``exceptions`` and ``console`` messages. ``evaluate(js)`` runs an expression in the page,
    ``screenshot(png)`` saves the page.
    """

    def __init__(self, binary: str | None = None, *, width: int = 1200, height: int = 900, timeout: float = 60.0):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("Chromium not found (apt-get install chromium, or set $CHROMIUM)")
        self.width, self.height, self.timeout = width, height, timeout
        self._profile = tempfile.mkdtemp(prefix="media-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def child_fds() -> None:  # the DevTools pipe: Chromium reads fd 3 and writes fd 4
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        args = [self.binary, *FLAGS, f"--user-data-dir={self._profile}", f"--window-size={width},{height}", "about:blank"]
        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=child_fds,
            close_fds=False,  # keep fds 3 and 4 (dup2 made them inheritable); Python's own fds are not
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._next_id = 0
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._replies: dict[int, dict[str, Any]] = {}
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.session: str | None = None
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    # -- protocol -------------------------------------------------------------------------------
    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_child, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._cond:
                        self._replies[message["id"]] = message
                        self._cond.notify_all()
                else:
                    self._events.put(message)
        with self._cond:
            self._cond.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        """Send one command and wait for its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        with self._cond:
            while self._next_id not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self._proc.poll() is not None:
                    raise BrowserError(f"no answer to {method} (Chromium exited: {self._proc.poll() is not None})")
                self._cond.wait(left)
            reply = self._replies.pop(self._next_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    # -- pages ----------------------------------------------------------------------------------
    def open(self, page: str | Path) -> dict[str, Any]:
        """Load a local file (or URL) and wait for its load event; return what the page did."""
        url = page if isinstance(page, str) and "://" in page else Path(page).resolve().as_uri()
        while not self._events.empty():
            self._events.get_nowait()
        self.send("Page.navigate", {"url": url})
        requests, exceptions, console, loaded = [], [], [], False
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            try:
                event = self._events.get(timeout=0.2)
            except queue.Empty:
                if loaded:
                    break  # quiet for 200 ms after load
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                url_seen = params["request"]["url"]
                requests.append(url_seen if len(url_seen) < 200 else url_seen[:200] + "...")
            elif method == "Runtime.exceptionThrown":
                exceptions.append(params["exceptionDetails"].get("exception", {}).get("description", str(params)))
            elif method == "Runtime.consoleAPICalled":
                console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded":
                console.append(params["entry"].get("text", ""))
            elif method == "Page.loadEventFired":
                loaded = True
        if not loaded:
            raise BrowserError(f"{url} did not finish loading in {self.timeout:.0f} s")
        return {
            "url": url,
            "title": self.evaluate("document.title"),
            "requests": requests,
            "exceptions": exceptions,
            "console": console,
        }

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-serialisable)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"evaluate failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def screenshot(self, png: str | Path, *, full_page: bool = False, max_height: int = 6000) -> Path:
        """Save a PNG of the viewport (or of the whole page, up to ``max_height`` pixels)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            height = min(int(self.evaluate("document.documentElement.scrollHeight") or self.height), max_height)
            params["clip"] = {"x": 0, "y": 0, "width": self.width, "height": height, "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        target = Path(png)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(data))
        return target

    def close(self) -> None:
        try:
            if self._proc.poll() is None:
                try:
                    self.send("Browser.close", session=False)
                except BrowserError:
                    pass
                try:
                    self._proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait(timeout=10)
        finally:
            for fd in (self._to_child, self._from_child):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
