import { detectHost, REQUIRED_EXCEL_API, type OfficeForDetection } from "../../../src/taskpane/runtime/detectHost";

function office(host: string | null, supported: boolean, ready = true): OfficeForDetection & { asked: [string, (string | number)?][] } {
  const asked: [string, (string | number)?][] = [];
  return {
    asked,
    onReady: () =>
      ready ? Promise.resolve({ host: host as unknown as Office.HostType | null, platform: null }) : new Promise<never>(() => undefined),
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string | number) => {
          asked.push([name, version]);
          return supported;
        },
      },
    },
    HostType: { Excel: "Excel" as unknown as Office.HostType },
  };
}

describe("detectHost", () => {
  it("runs standalone when office.js could not be loaded", async () => {
    await expect(detectHost(undefined)).resolves.toEqual({ kind: "standalone", reason: "office-unavailable" });
  });

  it("runs standalone in a plain browser, where Office reports no host", async () => {
    await expect(detectHost(office(null, true))).resolves.toEqual({ kind: "standalone", reason: "not-excel" });
  });

  it("runs standalone when Office never becomes ready", async () => {
    await expect(detectHost(office("Excel", true, false), 10)).resolves.toEqual({ kind: "standalone", reason: "office-unavailable" });
  });

  it("uses Excel when the host supports the required ExcelApi set", async () => {
    const excel = office("Excel", true);
    await expect(detectHost(excel)).resolves.toEqual({ kind: "excel" });
    expect(excel.asked).toEqual([["ExcelApi", REQUIRED_EXCEL_API]]);
  });

  it("reports an Excel that is too old instead of failing later", async () => {
    await expect(detectHost(office("Excel", false))).resolves.toEqual({ kind: "excel-too-old", required: REQUIRED_EXCEL_API });
  });

  it("asks for the same ExcelApi version the manifest declares", async () => {
    const { readFileSync } = await import("node:fs");
    const manifest = readFileSync(`${__dirname}/../../../manifest.xml`, "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`);
  });
});
