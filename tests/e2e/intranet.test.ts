import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { requireBuild, ROOT, startServeScript, type StartedServer } from "../helpers/startedServer";

// A provincial intranet: Microsoft's CDN is unreachable, and a firewall that drops traffic leaves requests
// hanging rather than failing. Here every request for another origin hangs forever.

const MORNING = new Date("2026-12-07T08:00:00+07:00");

let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  server = await startServeScript();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface IntranetPage {
  readonly page: Page;
  /** Every URL the page asked for, its own origin or not. */
  readonly requested: string[];
  /** Content-Security-Policy violations the page reported, as "directive blocked-uri". */
  violations(): Promise<string[]>;
}

/** A page whose requests to any other origin than the pane's never get an answer. */
async function openOnIntranet(url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<IntranetPage> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requested: string[] = [];
  page.on("request", (request: Request) => requested.push(request.url()));
  await page.route((target) => target.origin !== origin, () => {
    // Held open: neither fulfilled nor aborted, as a dropping firewall does.
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await beforeLoad?.(page);
  await page.goto(url);
  return {
    page,
    requested,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

describe("the standalone page on an intranet where Microsoft's CDN hangs", () => {
  it("has a usable plan picker after 2 seconds of page time, no timer of the page running beyond them", async () => {
    const { page } = await openOnIntranet(server.httpUrl, async (before) => {
      // The page's clock stands still from the start (paused a minute on, before the page exists, so never in
      // its past): only the 2 seconds run below pass for its timers.
      await before.clock.install({ time: MORNING });
      await before.clock.pauseAt(MORNING.getTime() + 60_000);
    });
    await page.clock.runFor(2_000);
    const picker = page.getByRole("combobox");
    await picker.waitFor();
    expect(await picker.isEnabled()).toBe(true);
    await picker.click();
    expect(await page.getByRole("option").count()).toBe(5);
    await page.getByRole("option").first().click();
    await page.getByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu/).waitFor();
    await page.context().close();
  }, 60_000);

  it("asks nothing of any origin but its own, and runs office.js from there", async () => {
    const { page, requested } = await openOnIntranet(server.httpUrl);
    await page.getByRole("combobox").click();
    await page.getByRole("option").first().click();
    await page.getByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu/).waitFor();
    const own = new URL(server.httpUrl).origin;
    expect(requested.filter((url) => new URL(url).origin !== own)).toEqual([]);
    expect(requested).toContain(`${own}/office-js/office.js`);
    expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
    await page.context().close();
  }, 60_000);

  it("keeps to its Content-Security-Policy, which refuses inline scripts", async () => {
    const { page, violations } = await openOnIntranet(server.httpUrl);
    await page.getByRole("combobox").click();
    await page.getByRole("option").first().click();
    await page.getByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu/).waitFor();
    expect(await violations()).toEqual([]);
    const ranInline = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineScriptRan = true;";
      document.head.append(script);
      return "inlineScriptRan" in window;
    });
    expect(ranInline).toBe(false);
    expect((await violations()).map((violation) => violation.split(" ")[0])).toEqual(["script-src-elem"]);
    await page.context().close();
  }, 60_000);
});

describe("the server npm start runs", () => {
  it("says where it listens", () => {
    expect(server.output()).toContain(server.httpUrl);
    expect(server.output()).toContain(`${server.httpsUrl}taskpane.html`);
  });

  it.each([
    "office.js",
    "o15apptofilemappingtable.js",
    "excel-win32-16.01.js",
    "excel-web-16.00.js",
    "excel-mac-16.00.js",
    "vi-vn/office_strings.js",
    "en-us/office_strings.js",
  ])("serves office-js/%s over https, for office.js inside Excel, exactly as Microsoft publishes it", async (file) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const response = await context.request.get(`${server.httpsUrl}office-js/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/javascript/);
    const published = readFileSync(path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist", file));
    expect(Buffer.compare(await response.body(), published)).toBe(0);
    await context.close();
  }, 30_000);
});
