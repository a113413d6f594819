import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { requireBuild, ROOT, startServeScript, type StartedServer } from "./startedServer";

/** Where end-to-end tests save screenshots and downloads. */
export const E2E_OUTPUT = path.join(ROOT, "test-output", "e2e");

export interface ServedPane {
  readonly server: () => StartedServer;
  /** A page in a plain browser: office.js (served by us) finds no Office host, so the pane runs standalone. */
  openPane(url: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * For a test file: serve the built pane as `npm start` does and launch Debian's Chromium before the tests,
 * stop both after them.
 */
export function useServedPane(): ServedPane {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    requireBuild();
    await mkdir(E2E_OUTPUT, { recursive: true });
    server = await startServeScript();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  return {
    server: () => server!,
    async openPane(url, viewport = { width: 1280, height: 800 }) {
      const context = await browser!.newContext({ viewport, acceptDownloads: true, ignoreHTTPSErrors: true });
      contexts.push(context);
      const page = await context.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      await page.goto(url);
      return page;
    },
  };
}
