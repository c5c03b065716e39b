#!/usr/bin/env python3
"""Loads a daybrief digest.html in headless Chromium through chromedriver and checks it.

Standard library only: chromedriver's W3C HTTP API is driven with urllib. Checks that the page
logs nothing at error level (console errors, script exceptions, Content-Security-Policy
violations), that the chart has the expected number of marks, that the date filter and a click on
a chart mark hide the dates they should, that no article text turned into elements, and
optionally saves a full-page screenshot.

usage: check_digest.py --page digest.html --marks N [--granularity day] [--screenshot out.png [--full-page]]
"""
import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

# The flags the machine notes require: without the background-networking ones Chromium keeps
# trying to reach Google's hosts, which this closed network refuses.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
]


class Failure(Exception):
    pass


class Browser:
    """One chromedriver process and one browser session."""

    def __init__(self, width, height):
        self.profile = tempfile.mkdtemp(prefix="daybrief-chromium-")
        self.port = free_port()
        self.driver = subprocess.Popen(
            ["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        self.session = None
        try:
            self._wait_until_ready()
            capabilities = {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": shutil.which("chromium") or "/usr/bin/chromium",
                    "args": CHROMIUM_FLAGS + [f"--user-data-dir={self.profile}", f"--window-size={width},{height}"],
                },
                "goog:loggingPrefs": {"browser": "ALL"},
            }}
            self.session = self.call("POST", "/session", {"capabilities": capabilities})["sessionId"]
        except BaseException:
            self.close()
            raise

    def _wait_until_ready(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.call("GET", "/status").get("ready"):
                    return
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.2)
        raise Failure("chromedriver did not start within 30 s")

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as error:
            raise Failure(f"chromedriver {method} {path}: {error.read().decode(errors='replace')}") from None

    def session_call(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def script(self, source, *args):
        return self.session_call("POST", "/execute/sync", {"script": source, "args": list(args)})

    def open(self, url):
        self.session_call("POST", "/url", {"url": url})

    def find(self, css):
        element = self.session_call("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(element.values()))

    def click(self, element):
        self.session_call("POST", f"/element/{element}/click", {})

    def errors(self):
        """Browser log entries at error level since the last call: console.error, exceptions, CSP."""
        entries = self.session_call("POST", "/se/log", {"type": "browser"})
        return [entry["message"] for entry in entries if entry.get("level") == "SEVERE"]

    def screenshot(self, path, full_page):
        """The window, or the whole page up to Chromium's limit on a capture's height."""
        if full_page:
            size = self.script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];")
            params = {"format": "png", "captureBeyondViewport": True,
                      "clip": {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 16000), "scale": 1}}
        else:
            params = {"format": "png"}
        shot = self.session_call("POST", "/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": params})
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def close(self):
        if self.session:
            try:
                self.call("DELETE", f"/session/{self.session}")
            except (Failure, urllib.error.URLError, ConnectionError):
                pass
        self.driver.terminate()
        try:
            self.driver.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.driver.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


VISIBLE_DATES = "return Array.from(document.querySelectorAll('details.day')).filter(d => !d.hidden).map(d => d.dataset.date);"

SET_RANGE = """
const [from, to] = arguments;
for (const [id, value] of [['from', from], ['to', to]]) {
  const input = document.getElementById(id);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
}
"""


def check(args):
    page = Path(args.page).resolve()
    browser = Browser(args.width, args.height)
    try:
        started = time.monotonic()
        browser.open(page.as_uri())
        state = browser.script("return document.readyState;")
        loaded = time.monotonic() - started
        if state != "complete":
            raise Failure(f"page not loaded: readyState {state}")
        report = []
        errors = browser.errors()
        if errors:
            raise Failure("errors while loading:\n  " + "\n  ".join(errors))
        report.append(f"loaded in {loaded:.2f} s with no console errors")

        if args.screenshot:
            browser.screenshot(args.screenshot, args.full_page)
            report.append(f"screenshot {args.screenshot}")

        chart = browser.script("""
            const svg = document.querySelector('svg.chart');
            return {granularity: svg.dataset.granularity, marks: svg.querySelectorAll('.mark').length,
                    days: Array.from(document.querySelectorAll('details.day')).map(d => d.dataset.date),
                    open: document.querySelectorAll('details.day[open]').length,
                    stray: document.querySelectorAll('ul.sentences li > :not(a.cite), ul.sentences li a.cite *').length,
                    filterShown: !document.getElementById('filter').hidden};""")
        if chart["marks"] != args.marks:
            raise Failure(f"chart has {chart['marks']} marks, expected {args.marks}")
        if args.granularity and chart["granularity"] != args.granularity:
            raise Failure(f"chart granularity {chart['granularity']}, expected {args.granularity}")
        if chart["stray"]:
            raise Failure(f"{chart['stray']} elements inside summary sentences: article text became markup")
        if not chart["filterShown"]:
            raise Failure("the date filter is still hidden: the page script did not run")
        report.append(f"chart: {chart['marks']} marks per {chart['granularity']}; "
                      f"{len(chart['days'])} dates, {chart['open']} expanded")

        dated = [day for day in chart["days"] if day != "undated"]
        if dated:
            last = dated[-1]
            browser.script(SET_RANGE, last, last)
            visible = browser.script(VISIBLE_DATES)
            if visible != [last]:
                raise Failure(f"filter {last}..{last} shows {visible}")
            browser.click(browser.find("#reset"))
            visible = browser.script(VISIBLE_DATES)
            if visible != chart["days"]:
                raise Failure(f"'Show all dates' shows {len(visible)} of {len(chart['days'])} dates")
            browser.click(browser.find("svg.chart .mark[data-from]"))
            mark = browser.script("""
                const mark = document.querySelector('svg.chart .mark[data-from]');
                return {from: mark.dataset.from, to: mark.dataset.to,
                        inputs: [document.getElementById('from').value, document.getElementById('to').value],
                        dimmed: document.querySelectorAll('svg.chart .mark.dim').length};""")
            visible = browser.script(VISIBLE_DATES)
            expected = [day for day in dated if mark["from"] <= day <= mark["to"]]
            if mark["inputs"] != [mark["from"], mark["to"]] or visible != expected:
                raise Failure(f"clicking the first mark ({mark['from']}..{mark['to']}) shows {visible}")
            report.append(f"filter: one date, all dates, and a click on the first mark "
                          f"({len(visible)} shown, {mark['dimmed']} marks dimmed) behave")

        errors = browser.errors()
        if errors:
            raise Failure("errors while using the page:\n  " + "\n  ".join(errors))
        # The harness proves it would have seen an error: one logged on purpose must come back.
        browser.script("console.error('daybrief-harness-probe');")
        if not any("daybrief-harness-probe" in message for message in browser.errors()):
            raise Failure("the browser log did not report a console.error: error checks would be blind")
        return report
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", required=True)
    parser.add_argument("--marks", type=int, required=True, help="expected chart marks")
    parser.add_argument("--granularity", help="expected slot of the chart: day, week, month or year")
    parser.add_argument("--screenshot", help="full-page PNG to write")
    parser.add_argument("--full-page", action="store_true", help="capture the whole page, not just the window")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1600)
    args = parser.parse_args()
    if not Path(args.page).is_file():
        print(f"check_digest: no such page: {args.page}", file=sys.stderr)
        return 2
    try:
        for line in check(args):
            print(f"  {os.path.basename(args.page)}: {line}")
    except Failure as failure:
        print(f"check_digest: {args.page}: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
