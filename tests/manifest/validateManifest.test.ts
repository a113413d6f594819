import { readFileSync } from "node:fs";
import path from "node:path";
import { validateManifest } from "../../scripts/manifest/validateManifest";

const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("validateManifest", () => {
  it("accepts the add-in's manifest.xml offline", async () => {
    const check = await validateManifest(manifest);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
  });

  it("rejects a manifest whose elements are out of schema order", async () => {
    const version = "<Version>0.1.0.0</Version>";
    const broken = manifest.replace(`${version}\n`, "").replace("</ProviderName>", `</ProviderName>\n  ${version}`);
    expect(broken).not.toEqual(manifest);
    const check = await validateManifest(broken);
    expect(check.valid).toBe(false);
    expect(check.errors.some((error) => error.startsWith("XSD:") && error.includes("ProviderName"))).toBe(true);
  });

  it("rejects an element the schema does not know", async () => {
    const check = await validateManifest(manifest.replace("<Hosts>", "<Hostz/>\n  <Hosts>"));
    expect(check.valid).toBe(false);
    expect(check.errors.some((error) => error.includes("Hostz"))).toBe(true);
  });

  it.each([
    ["a resid that no resource defines", (xml: string) => xml.replace('resid="Taskpane.Url"', 'resid="Missing.Url"'), "Missing.Url"],
    ["a plain http URL", (xml: string) => xml.replace("https://localhost:3000/taskpane.html\"/>", "http://localhost:3000/taskpane.html\"/>"), "https"],
    ["read-only permissions", (xml: string) => xml.replace("ReadWriteDocument", "ReadDocument"), "ReadWriteDocument"],
    ["no ExcelApi requirement", (xml: string) => xml.replace(/<Set Name="ExcelApi"[^>]*\/>/, ""), "ExcelApi"],
  ])("rejects %s", async (_what, breakIt, expected) => {
    const check = await validateManifest(breakIt(manifest));
    expect(check.valid).toBe(false);
    expect(check.errors.join("\n")).toContain(expected);
  });
});
