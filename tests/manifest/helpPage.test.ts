import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const help = readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");

describe("the help page the manifest links to", () => {
  it("shows only screenshots that the build copies from assets/screenshots", () => {
    const images = [...help.matchAll(/<img src="help\/([^"]+)"/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect({ image, exists: existsSync(path.join(ROOT, "assets/screenshots", image)) }).toEqual({ image, exists: true });
  });

  it("has a section for every entry of its table of contents", () => {
    const links = [...help.matchAll(/<a href="#([^"]+)"/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const id of links) expect(help).toContain(`id="${id}"`);
  });

  it("is the page the manifest names as its help", () => {
    expect(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).toMatch(/help\.html/);
  });
});
