import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../../tests/helpers/chromium";
import { checkBuildFreshness } from "../server/buildFreshness";
import { startStaticServer } from "../server/staticServer";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const RENDER_RUNS = 5;

/** Builds dist/ for production when it is missing or older than its sources, as `npm start` does. */
async function ensureFreshBuild(): Promise<string | null> {
  const freshness = await checkBuildFreshness(ROOT);
  if (freshness.fresh) return null;
  const built = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  if (built.status !== 0) throw new Error("The production build failed: run `npm run build` to see why.");
  return freshness.reason === "no-build" ? "dist/ was missing: built it first" : `${freshness.changed} had changed: rebuilt dist/ first`;
}

const gzippedBytes = (file: string): number => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;

/** Scripts taskpane.html loads itself (office.js aside): the initial bundle. Every *.chunk.js loads lazily. */
function bundleFiles(): { initial: string[]; lazy: string[] } {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((match) => match[1]!).filter((src) => !src.startsWith("office-js/"));
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".chunk.js")).sort();
  return { initial, lazy };
}

/** Chunk names without their content hash: "sheetjs.8ad9898b.chunk.js" → "sheetjs". */
const chunkName = (file: string): string => file.replace(/\.[0-9a-f]{8}(\.chunk)?\.js$/, "");

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

function bundleSizes(lines: string[], figures: Record<string, number>): void {
  const { initial, lazy } = bundleFiles();
  const initialBytes = initial.reduce((sum, file) => sum + gzippedBytes(file), 0);
  figures["initial.gzipBytes"] = initialBytes;
  lines.push(`initial bundle (${initial.join(", ")}): ${kb(initialBytes)} gzipped (goal: under 200 KB)`);
  for (const file of lazy) {
    const bytes = gzippedBytes(file);
    figures[`lazy.${chunkName(file)}.gzipBytes`] = bytes;
    lines.push(`  lazy chunk ${chunkName(file)}: ${kb(bytes)} gzipped`);
  }
}

/**
 * Milliseconds from navigation start to the plan picker (the first combobox) laid out, stamped by the page
 * itself at the first frame that shows it, so that Playwright's polling adds nothing.
 */
async function timesToFirstRender(url: string): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let run = 0; run < RENDER_RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(STAMP_PICKER);
      await page.goto(url);
      await page.getByRole("combobox").first().waitFor({ state: "visible" });
      await page.waitForFunction(() => "pickerShownAt" in window);
      times.push(await page.evaluate(() => (window as unknown as { pickerShownAt: number }).pickerShownAt));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

// Checked every frame: Fluent styles the picker through the CSSOM, which no MutationObserver sees. A string, not a
// function: tsx would wrap a named function in a helper the page does not have.
const STAMP_PICKER = `(() => {
  const check = () => {
    const picker = document.querySelector('[role="combobox"]');
    if (picker && picker.getBoundingClientRect().height > 0) window.pickerShownAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The task pane: gzipped size of the initial bundle and of each lazy chunk, and time to first render in Chromium. */
export default async function benchTaskPane(): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  const rebuilt = await ensureFreshBuild();
  if (rebuilt) lines.push(`(${rebuilt})`);
  bundleSizes(lines, figures);
  const server = await startStaticServer({ root: DIST, port: 0 });
  try {
    const times = await timesToFirstRender(server.url);
    figures["firstRender.medianMs"] = median(times);
    lines.push(
      `time to first render (navigation to the plan picker visible, headless Chromium, standalone page): ` +
        `median ${median(times).toFixed(0)} ms of ${RENDER_RUNS} (${times.map((time) => time.toFixed(0)).join(", ")})`,
    );
  } finally {
    await server.close();
  }
  return { lines, figures };
}
