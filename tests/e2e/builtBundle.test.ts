import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, requireBuild } from "../helpers/startedServer";

// Code built from a string, which the pane's Content-Security-Policy (script-src 'self', no 'unsafe-eval')
// refuses. Libraries keep three fallbacks that never run in a browser with globalThis:
// `Function("return this")` to find the global object (webpack's runtime, lodash in exceljs),
// `Function("r", "regeneratorRuntime = r")` in regenerator-runtime (exceljs) when globalThis is missing, and
// `new Function("" + callback)` in the setImmediate polyfill, for a callback given as a string (we pass none).
const CODE_FROM_STRING = /(?<![\w$.])(?:eval|(?:new\s+)?Function)\s*\(([^)]{0,40})\)?/g;
const KNOWN_FALLBACKS = [/^"return this"$/, /^"r","regeneratorRuntime = r"$/, /^""\+\w+$/];

/** Every file under a folder of the build, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(path.join(DIST, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(path.join(DIST, folder), path.join(entry.parentPath, entry.name)));
}

function builtScripts(): string[] {
  return readdirSync(DIST).filter((file) => file.endsWith(".js"));
}

function codeFromStrings(file: string): string[] {
  const source = readFileSync(path.join(DIST, file), "utf8");
  return [...source.matchAll(CODE_FROM_STRING)]
    .filter((match) => !KNOWN_FALLBACKS.some((fallback) => fallback.test(match[1] ?? "")))
    .map((match) => `${file}: ${match[0]}`);
}

/** Scripts taskpane.html loads itself, office.js aside: what the first screen waits for (as the bench measures it). */
function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((match) => match[1]!).filter((src) => !src.startsWith("office-js/"));
}

describe("the built task pane", () => {
  beforeAll(() => requireBuild());

  it("keeps its initial bundle within 200 KB gzipped, the rest loading lazily", () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(200_000);
  });

  it("calls no eval and builds no function from a string, beyond the libraries' known fallbacks", () => {
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.flatMap(codeFromStrings)).toEqual([]);
  });

  it("finds the known fallbacks it lets through, so the scan does look into the bundles", () => {
    const source = builtScripts().map((file) => readFileSync(path.join(DIST, file), "utf8")).join("\n");
    expect(source).toMatch(/Function\("return this"\)/);
  });

  it("ships a Content-Security-Policy that allows scripts from its own origin only, and no eval", () => {
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const policy = /http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scriptSources = policy.split(";").map((directive) => directive.trim()).find((directive) => directive.startsWith("script-src"));
    expect(scriptSources).toBe("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it("ships office.js for Excel only: no debug builds and no Word, Outlook or PowerPoint host files", () => {
    const files = filesUnder("office-js");
    const names = files.map((file) => path.basename(file));
    expect(names.filter((name) => /debug/i.test(name) || /^(word|outlook|powerpoint)/i.test(name))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["office.js", "excel-web-16.00.js", "excel-win32-16.01.js", path.join("en-us", "office_strings.js")]));
  });
});
