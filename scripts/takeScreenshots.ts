// Refreshes the README and help screenshots from the built standalone page:
//   npm run build && npx tsx scripts/takeScreenshots.ts [standalone|validation|consolidation ...]
// With no names it takes them all; names take only those (standalone also writes injected.png).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium } from "../tests/helpers/chromium";
import { consolidateInPane, datedReturns } from "../tests/helpers/consolidationReturns";
import { agricultureReturn, checkReturnsInPane, healthReturn, issueInPane } from "../tests/helpers/filledReturns";
import { E2E_OUTPUT } from "../tests/helpers/servedPane";
import { requireBuild, ROOT, startServeScript } from "../tests/helpers/startedServer";

const OUT = path.join(ROOT, "assets", "screenshots");
const VIEWPORT = { width: 1280, height: 900 };

type Shot = (open: () => Promise<Page>) => Promise<void>;

/** The plan view, then plan 000 injected into the workbook view. */
const standalone: Shot = async (open) => {
  const page = await open();
  await page.getByRole("combobox").first().click();
  await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
  await page.getByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu/).waitFor();
  await page.screenshot({ path: path.join(OUT, "standalone.png") });
  await page.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }).click();
  await page.getByText(/^Đã ghi 4 trang tính/).waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "Chỉ tiêu", exact: true }).click();
  await page.screenshot({ path: path.join(OUT, "injected.png") });
};

/** A part of the pane: from the top of one element to the bottom of another (the page is made tall enough not to scroll). */
interface Area {
  readonly top: Locator;
  readonly bottom: Locator;
}

/**
 * The pane is a narrow column; its long sections are folded into side-by-side columns, each a part of the same page,
 * cut between its elements, so that one picture shows the whole section at a readable size.
 */
async function saveColumns(page: Page, pane: Locator, columns: readonly Area[], file: string): Promise<void> {
  const across = (await pane.boundingBox())!;
  const shots = await Promise.all(
    columns.map(async ({ top, bottom }) => {
      const [from, to] = [(await top.boundingBox())!, (await bottom.boundingBox())!];
      // A little to each side: a selected issue's outline reaches past the pane's content box.
      const clip = { x: across.x - 4, y: Math.floor(from.y), width: across.width + 8, height: Math.ceil(to.y + to.height - from.y) + 2 };
      return (await page.screenshot({ clip })).toString("base64");
    }),
  );
  const sheet = await page.context().newPage();
  await sheet.setContent(
    `<body style="margin:0"><div id="columns" style="display:inline-flex;align-items:flex-start;gap:16px;padding:16px;background:#e8ebea">${shots
      .map(
        (shot) =>
          `<div style="padding:12px 8px;background:#fff;border-radius:4px;box-shadow:0 1px 3px #0003"><img style="display:block" src="data:image/png;base64,${shot}"></div>`,
      )
      .join("")}</div></body>`,
  );
  await sheet.locator("#columns").screenshot({ path: path.join(OUT, file) });
  await sheet.close();
}

/** Two filled returns checked, and Sở Y tế's unknown status clicked: its cell shown in the pane's grid. */
const validation: Shot = async (open) => {
  const files = [await agricultureReturn(), await healthReturn()];
  const page = await open();
  await checkReturnsInPane(page, files);
  const health = files[1]!;
  const mistake = health.mistakes.find((entry) => entry.code === "status_unknown")!;
  await issueInPane(page, health, mistake.cell).click();
  const view = page.getByTestId("validation-view");
  await view.getByRole("gridcell", { selected: true }).waitFor();
  await page.setViewportSize({ width: VIEWPORT.width, height: 2400 });
  const results = page.getByTestId("validation-file");
  await saveColumns(
    page,
    page.getByTestId("validation-panel"),
    [
      { top: page.getByRole("status"), bottom: view },
      { top: results.first(), bottom: results.last() },
    ],
    "validation.png",
  );
};

/** Plan 004's three returns consolidated: the files, the agencies to chase, the register and the two charts. */
const consolidation: Shot = async (open) => {
  const files = await datedReturns(E2E_OUTPUT);
  const page = await open();
  await consolidateInPane(page, files);
  await page.setViewportSize({ width: VIEWPORT.width, height: 3800 });
  // The register scrolls in its own box: show the agencies whose files were picked, the first one under the heading.
  await page.getByTestId("consolidation-register").evaluate((table) => {
    const box = table.parentElement!;
    const first = table.querySelector("tbody tr:not([data-state='missing'])")!;
    box.scrollTop += first.getBoundingClientRect().top - table.querySelector("thead")!.getBoundingClientRect().bottom;
    // Half a line back: the box's lower edge then falls between the text lines of Sở Xây dựng's row.
    box.scrollTop -= 10;
  });
  const charts = page.getByTestId("consolidation-chart");
  await saveColumns(
    page,
    page.getByTestId("consolidation-panel"),
    [
      { top: page.getByTestId("consolidation-files").locator("xpath=../.."), bottom: page.getByTestId("consolidation-chase") },
      { top: page.getByRole("heading", { name: "Sổ theo dõi" }), bottom: charts.first().locator("summary") },
      { top: charts.last().locator("figcaption"), bottom: charts.last().locator("summary") },
    ],
    "consolidation.png",
  );
};

const SHOTS: Readonly<Record<string, Shot>> = { standalone, validation, consolidation };

async function take(browser: Browser, url: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  try {
    await shot(async () => {
      const page = await context.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      await page.goto(url);
      return page;
    });
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in SHOTS));
  if (unknown.length > 0) throw new Error(`Unknown screenshot(s): ${unknown.join(", ")}; known: ${Object.keys(SHOTS).join(", ")}`);
  requireBuild();
  await mkdir(OUT, { recursive: true });
  await mkdir(E2E_OUTPUT, { recursive: true });
  const server = await startServeScript();
  const browser = await launchChromium();
  try {
    for (const name of names.length > 0 ? names : Object.keys(SHOTS)) {
      await take(browser, server.httpUrl, SHOTS[name]!);
      console.log(`${name}: done`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
