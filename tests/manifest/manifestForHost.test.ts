import { readFileSync } from "node:fs";
import path from "node:path";
import { DEV_ORIGIN, manifestForHost, normaliseBaseUrl } from "../../scripts/manifest/manifestForHost.cjs";
import { validateManifest } from "../../scripts/manifest/validateManifest";

const template = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
const PROVINCE = "https://ke-hoach.example.gov.vn/plan-tracker/";

function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}

describe("manifestForHost", () => {
  const manifest = manifestForHost(template, PROVINCE);

  it("produces a manifest that validates offline", async () => {
    const check = await validateManifest(manifest);
    expect(check.errors).toEqual([]);
  });

  it("points every page, icon and help link under the deployment URL, and the app domain at its origin", () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBe(urlsIn(template).length);
    for (const url of urls) {
      expect(url === "https://ke-hoach.example.gov.vn" || url.startsWith(PROVINCE)).toBe(true);
    }
    expect(manifest).not.toContain("localhost");
  });

  it("keeps each page's path under the deployment folder", () => {
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PROVINCE}taskpane.html"/>`);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${PROVINCE}help.html"/>`);
    expect(manifest).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${PROVINCE}help.html"/>`);
    expect(manifest).toContain(`<bt:Image id="Icon.80x80" DefaultValue="${PROVINCE}assets/icon-80.png"/>`);
  });

  it("changes nothing but the URLs", () => {
    const base = template.replaceAll(`${DEV_ORIGIN}/`, "BASE/").replaceAll(DEV_ORIGIN, "ORIGIN");
    const deployed = manifest.replaceAll(PROVINCE, "BASE/").replaceAll("https://ke-hoach.example.gov.vn", "ORIGIN");
    expect(deployed).toBe(base);
  });

  it("writes an ampersand in the folder name as XML requires", async () => {
    const withAmpersand = manifestForHost(template, "https://intranet.example.gov.vn/k&h/");
    expect(withAmpersand).toContain('DefaultValue="https://intranet.example.gov.vn/k&amp;h/taskpane.html"');
    expect((await validateManifest(withAmpersand)).errors).toEqual([]);
  });

  it("refuses a template that no longer uses the development origin, rather than pointing nowhere", () => {
    expect(() => manifestForHost(template.replaceAll(DEV_ORIGIN, "https://elsewhere.example"), PROVINCE)).toThrow(DEV_ORIGIN);
  });
});

describe("normaliseBaseUrl", () => {
  it.each([
    ["https://ke-hoach.example.gov.vn/plan-tracker", PROVINCE],
    ["https://ke-hoach.example.gov.vn/plan-tracker/", PROVINCE],
    ["  https://KE-HOACH.example.gov.vn/plan-tracker ", PROVINCE],
    ["https://ke-hoach.example.gov.vn", "https://ke-hoach.example.gov.vn/"],
    ["https://10.0.0.5:8443/ke-hoach", "https://10.0.0.5:8443/ke-hoach/"],
  ])("turns %j into the folder %j", (raw, folder) => {
    expect(normaliseBaseUrl(raw)).toBe(folder);
  });

  it.each([
    ["plain http, which Office refuses", "http://ke-hoach.example.gov.vn/plan-tracker/", "https"],
    ["a bare host name", "ke-hoach.example.gov.vn", "not a URL"],
    ["a query string", "https://ke-hoach.example.gov.vn/?v=2", "query"],
    ["a fragment", "https://ke-hoach.example.gov.vn/#pane", "fragment"],
  ])("refuses %s", (_what, raw, reason) => {
    expect(() => normaliseBaseUrl(raw)).toThrow(reason);
  });
});
