"""The Prefect UI in a real browser, as a person uses it: headless Chromium (Debian's `chromium`,
driven by Playwright; no browser download) against a real `prefect server start` with its UI on a
free port and `newsclean serve`. Screenshots of the form, the report artifact and a failed run go
to $NEWSCLEAN_UI_SHOTS (default: a pytest temp folder; the path is printed)."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.flows.corpus import write_syndicated
from tests.flows.prefect_server import BIN, _env, _start, _stop, _wait_for
from tests.flows.test_deploy import CRON

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--headless", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEPLOYMENT = "clean-and-dedup/ui-test"

try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason="no Chromium: `make test` installs Debian's chromium package (apt-get install chromium)"),
]


@dataclass
class UI:
    base: str
    deployment_id: str
    work: Path
    page: Page
    shots: Path

    def api(self, path: str, body: dict | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.base}/api{path}", data=data, method="POST" if data else "GET",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read() or b"null")

    def run_with_output(self, output: Path) -> dict | None:
        runs = self.api("/flow_runs/filter", {"deployments": {"id": {"any_": [self.deployment_id]}}, "limit": 50})
        return next((r for r in runs if r["parameters"].get("output") == str(output)), None)

    def artifact(self, run_id: str, key: str) -> dict:
        arts = self.api("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run_id]}}})
        return next(a for a in arts if a["key"] == key)


@pytest.fixture(scope="module")
def ui(prefect_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[UI]:
    base = prefect_server
    work = tmp_path_factory.mktemp("ui-serve")
    write_syndicated(work / "wire")
    serve_log = work / "serve.log"
    serve = _start([str(BIN / "newsclean"), "serve", "wire", "--output", "out", "--cron", CRON,
                    "--name", DEPLOYMENT.split("/")[1]],
                   _env(work / "home", PREFECT_API_URL=f"{base}/api", PREFECT_RUNNER_POLL_FREQUENCY="2",
                        PYTHONUNBUFFERED="1"), serve_log, work)
    try:
        def registered() -> str:
            with urllib.request.urlopen(f"{base}/api/deployments/name/{DEPLOYMENT}", timeout=5) as resp:
                return json.loads(resp.read())["id"]

        deployment_id = _wait_for("newsclean serve registering", registered, 90, serve, serve_log)
        shots = Path(os.environ.get("NEWSCLEAN_UI_SHOTS") or tmp_path_factory.mktemp("ui-shots"))
        shots.mkdir(parents=True, exist_ok=True)
        print(f"\nUI screenshots: {shots}")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.set_default_timeout(30_000)
                yield UI(base, deployment_id, work, page, shots)
            finally:
                browser.close()
    finally:
        _stop(serve)


def _field(page: Page, title: str):
    """The input of the form field titled `title`."""
    label = page.locator(".schema-form-property__label", has_text=re.compile(f"^{re.escape(title)}$"))
    return page.locator(".schema-form-property").filter(has=label).locator("input, textarea").first


def _open_form(ui: UI) -> Page:
    page = ui.page
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{ui.base}/deployments/deployment/{ui.deployment_id}/run")
    _field(page, "Output folder").wait_for()
    return page


def _submit(ui: UI, output: Path, **fields: str) -> dict:
    """Fill the form (titles -> values) and submit; returns the flow run (found by its output folder)."""
    page = _open_form(ui)
    _field(page, "Output folder").fill(str(output))
    for title, value in fields.items():
        _field(page, title).fill(value)
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r".*tab=Runs"))  # the UI goes back to the deployment's runs
    return _wait_for_run(ui, output)


def _wait_for_run(ui: UI, output: Path, timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = ui.run_with_output(output)
        if run and run["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return run
        time.sleep(1)
    pytest.fail(f"no finished run for {output} after {timeout:.0f} s:\n{(ui.work / 'serve.log').read_text()[-3000:]}")


def test_the_form_explains_itself(ui: UI) -> None:
    page = _open_form(ui)
    labels = page.locator(".schema-form-property__label").all_inner_texts()
    assert labels[:6] == ["Inputs", "Output folder", "Reprocess", "Wait for the output lock (s)", "Dedup threshold",
                          "Minimum similarity"]
    assert {"Redis URL", "Dask scheduler", "Boilerplate pins/denies"} <= set(labels)
    text = page.inner_text("main") if page.locator("main").count() else page.inner_text("body")
    assert "(Optional)" not in text and "str | None" not in text and 'type "None"' not in text
    assert "config" not in labels and "lock_wait" not in labels
    assert "cleaners/rules/LANG.toml" in text  # a description that survived the UI's Markdown
    assert "What to process" in text and "Near-duplicate detection" in text  # group names
    page.set_viewport_size({"width": 1400, "height": 2800})  # most of the form in one screenshot
    page.screenshot(path=str(ui.shots / "form.png"))
    # the deployment's Parameters tab: one typed row per setting, no `config` JSON blob
    page.set_viewport_size({"width": 1400, "height": 1300})
    page.goto(f"{ui.base}/deployments/deployment/{ui.deployment_id}?tab=Parameters")
    page.get_by_text("extract_timeout", exact=True).wait_for()
    rows = [re.split(r"\t+", r.strip()) for r in page.locator("tr").all_inner_texts()]
    types = {r[0]: r[-1] for r in rows if len(r) >= 3}
    assert types["threshold"] == "number" and types["inputs"] == "array" and types["output"] == "string"
    assert "config" not in types
    page.screenshot(path=str(ui.shots / "parameters-tab.png"))


def test_a_custom_run_from_the_form_and_its_report(ui: UI) -> None:
    output = ui.work / "custom-out"
    run = _submit(ui, output, **{"Dedup threshold": "0.6"})
    assert run["state"]["type"] == "COMPLETED", run["state"]
    assert run["parameters"]["threshold"] == 0.6 and run["parameters"]["inputs"] == [str(ui.work / "wire")]
    page = ui.page
    page.goto(f"{ui.base}/runs/flow-run/{run['id']}")
    page.get_by_text("Completed").first.wait_for()
    page.get_by_text("Task Runs", exact=True).first.click()
    for stage in ("plan", "extract-and-clean", "find-duplicates", "write-shards", "commit"):
        page.get_by_text(re.compile(f"^{stage}-")).first.wait_for()
    report = ui.artifact(run["id"], "newsclean-report")
    page.set_viewport_size({"width": 1400, "height": 4600})  # the whole report in one screenshot
    page.goto(f"{ui.base}/artifacts/artifact/{report['id']}")
    page.get_by_text("Largest duplicate clusters").wait_for()
    text = page.inner_text("body")
    for section in ("Settings", "Counts", "Largest duplicate clusters", "Learned site boilerplate", "Rejects", "Files"):
        assert section in text
    assert re.search(r"Dedup threshold\s+0\.6", text) and "took" in text
    assert re.search(r"4 passages in this run, 3 outlets", text)
    assert re.search(r"tuoitre\.vn\s+2", text) and re.search(r"vnexpress\.net\s+1", text)
    assert "First published: vnexpress.net" in text
    # changed words marked: struck in the canonical, bold in the copy
    struck = page.locator(".markdown-renderer__text--del", has_text="khi").first
    assert struck.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    assert page.locator(".markdown-renderer__text--strong", has_text="SỬA").count()
    assert "malformed_json" in text and "record has neither" in text
    page.screenshot(path=str(ui.shots / "report.png"))
    manifest = next((output / "manifests").glob("*.json"))
    assert (output / "reports" / f"{manifest.stem}.md").read_text(encoding="utf-8") == report["data"]


def test_bad_parameters_show_their_reason(ui: UI) -> None:
    # refused by the form (server-side schema check): nothing runs
    page = _open_form(ui)
    _field(page, "Dedup threshold").fill("1.7")
    page.get_by_role("button", name="Submit").click()
    page.get_by_text(re.compile(r"Validation failed for field 'threshold'")).first.wait_for()
    # accepted by the form, refused by the run: its logs and report say why
    output = ui.work / "never-written"
    run = _submit(ui, output, Inputs=str(ui.work / "no-such-folder"))
    assert run["state"]["type"] == "FAILED" and "input path does not exist" in run["state"]["message"]
    page.goto(f"{ui.base}/runs/flow-run/{run['id']}")
    page.get_by_text(re.compile(r"newsclean run refused: bad parameters: inputs: input path does not exist")).first.wait_for()
    page.screenshot(path=str(ui.shots / "failed-run.png"))
    report = ui.artifact(run["id"], "newsclean-report")
    assert "run failed" in report["data"] and "no-such-folder" in report["data"]
    assert not output.exists()
