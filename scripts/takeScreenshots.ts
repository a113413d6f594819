// Refreshes the README screenshots from the built standalone page: npm run build && npx tsx scripts/takeScreenshots.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../tests/helpers/chromium";
import { requireBuild, ROOT, startServeScript } from "../tests/helpers/startedServer";

async function main(): Promise<void> {
  requireBuild();
  const out = path.join(ROOT, "assets", "screenshots");
  await mkdir(out, { recursive: true });
  const server = await startServeScript();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(server.httpUrl);
    await page.getByRole("combobox").first().click();
    await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
    await page.getByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu/).waitFor();
    await page.screenshot({ path: path.join(out, "standalone.png") });
    await page.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }).click();
    await page.getByText(/^Đã ghi 4 trang tính/).waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "Chỉ tiêu", exact: true }).click();
    await page.screenshot({ path: path.join(out, "injected.png") });
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
