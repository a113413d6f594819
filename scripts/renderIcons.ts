// Renders assets/icon.svg to the PNG sizes the manifest references, with Debian's Chromium.
// Run after editing the SVG: npx tsx scripts/renderIcons.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../tests/helpers/chromium";

const SIZES = [16, 32, 64, 80, 128] as const;

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const svg = await readFile(path.join(root, "assets", "icon.svg"), "utf8");
  const browser = await launchChromium();
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
      );
      await page.screenshot({ path: path.join(root, "assets", `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
