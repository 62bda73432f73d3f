#!/usr/bin/env python3
"""The web view in a real browser: headless Chromium, driven over the DevTools protocol.

Starts `resgraph serve` on a free loopback port over an index of the examples, opens the start
page, types an id into the search box, follows the suggestion, clicks a node of the drawing and
checks what each page shows. Screenshots go to output/. Skips (exit 0, with the reason) only
where Chromium is not installed.

    python3 Tests/Browser/browser_test.py .build/debug/resgraph
"""
import base64, json, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Browser:
    """Chromium over --remote-debugging-pipe: JSON messages ending in NUL on fds 3 (in) and 4 (out)."""

    def __init__(self, executable, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        pass_fds = {3: to_chrome_r, 4: from_chrome_w}

        def plumb():
            for target, fd in pass_fds.items():
                os.dup2(fd, target)

        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
             "--remote-debugging-pipe", "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank"],
            preexec_fn=plumb, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def attach(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what, seconds=10):
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}: {expression}")

    def navigate(self, url):
        self.send("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'", f"{url} to load")

    def click(self, selector_expression, what):
        """A real mouse click at the middle of the element the expression finds."""
        box = self.wait_for(f"""(() => {{ const e = {selector_expression}; if (!e) return null;
            e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return r.width > 0 ? {{x: r.x + r.width / 2, y: r.y + r.height / 2}} : null; }})()""", what)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"], "button": "left", "clickCount": 1})

    def screenshot(self, path, full=False):
        params = {"format": "png"}
        if full:
            size = self.evaluate("({w: document.documentElement.scrollWidth, h: Math.min(document.documentElement.scrollHeight, 2400)})")
            params["clip"] = {"x": 0, "y": 0, "width": size["w"], "height": size["h"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print(f"  ok: {message}")


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/resgraph"))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        print("browser test skipped: Chromium is not installed (`make setup` installs Debian's chromium package)")
        return 0
    work = tempfile.mkdtemp(prefix="resgraph-browser-")
    server = browser = None
    try:
        database = os.path.join(work, "index.sqlite")
        subprocess.run([binary, "index", os.path.join(ROOT, "examples"), "--db", database, "--quiet"], check=True)
        server = subprocess.Popen([binary, "serve", "--db", database, "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
        line = server.stdout.readline()
        check(line.startswith("serving "), f"the server started: {line.strip()}")
        base = line.split(" at ")[1].split("/ ")[0]
        check(base.startswith("http://127.0.0.1:"), "it listens on loopback only")

        browser = Browser(chromium, os.path.join(work, "profile"))
        browser.attach()
        output = os.path.join(ROOT, "output")

        browser.navigate(base + "/")
        text = browser.evaluate("document.body.innerText")
        check("This index holds 3 documents" in text, "the first page says what the corpus holds")
        check("Most cited" in text, "and lists the most cited")

        browser.send("Runtime.evaluate", {"expression": "document.getElementById('q').focus()"})
        browser.send("Input.insertText", {"text": "48/113"})
        first = browser.wait_for("(() => { const a = document.querySelector('#suggestions li a'); return a && a.textContent; })()",
                                 "suggestions as you type")
        check(first == "A/RES/48/113", f"typing 48/113 suggests {first}")
        browser.screenshot(os.path.join(output, "web-search.png"))

        browser.click("document.querySelector('#suggestions li a')", "the suggestion")
        browser.wait_for("location.pathname === '/node' && document.readyState === 'complete'", "the node page")
        check(browser.evaluate("location.search") == "?id=A/RES/48/113", "following the suggestion opens /node?id=A/RES/48/113")
        heading = browser.evaluate("document.querySelector('h1').innerText")
        check(heading.startswith("48/113"), f"the page is about 48/113: {heading!r}")
        check("Recalling its resolutions 48/113 of 20 December 1993" in browser.evaluate("document.body.innerText"),
              "it shows the clause that cites it")

        browser.wait_for("!!document.querySelector('#graph.loaded svg')", "the neighbourhood drawing")
        node = "Array.from(document.querySelectorAll('#graph svg a')).find(a => (a.getAttribute('xlink:href') || a.getAttribute('href') || '').endsWith('A/RES/58/154'))"
        check(browser.evaluate(f"!!({node})"), "the drawing links 58/154 to its page")
        browser.click(node, "the node 58/154 in the drawing")
        browser.wait_for("location.search === '?id=A/RES/58/154' && document.readyState === 'complete'", "the page of the clicked node")
        page = browser.evaluate("document.body.innerText")
        check(page.startswith("resgraph") and "58/154" in browser.evaluate("document.querySelector('h1').innerText"),
              "clicking a node of the drawing moves to its page")
        check("recalls (8)" in page, "it lists what 58/154 recalls, grouped by relation")
        browser.wait_for("!!document.querySelector('#graph.loaded svg')", "the drawing of 58/154")
        browser.screenshot(os.path.join(output, "web-node.png"), full=True)

        browser.click("document.querySelector('ul.files a')", "the English text")
        browser.wait_for("location.pathname === '/text' && document.readyState === 'complete'", "the text view")
        marked = browser.evaluate("document.querySelectorAll('pre.text a.ref').length")
        check(marked >= 15, f"the text view marks {marked} references")
        browser.screenshot(os.path.join(output, "web-text.png"))
        dialogs = [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
        check(not dialogs, "no page opened a dialog")
        print("browser test passed; screenshots in output/web-search.png, output/web-node.png, output/web-text.png")
        return 0
    finally:
        if browser:
            browser.close()
        if server:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
