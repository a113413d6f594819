import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { readTemplate } from "../../src/workflows/readTemplate";
import { installExcelFake, PAYLOAD_LIMIT_BYTES, type ExcelFakeHandle } from "../fakes/excel";
import { scaleCatalog } from "../helpers/catalogBuilders";
import { bundledPlan, templateInput, THANH_HOA_PLANS } from "./templateFixtures";

let fake: ExcelFakeHandle;

beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
});

afterEach(() => fake.uninstall());

describe("generateTemplates on Excel (strict fake)", () => {
  it("writes Sở NN&MT's combined template in at most three syncs, each under 5 MB", async () => {
    const result = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), async () => createExcelWorkbook());
    expect(result.ok && result.result.written).toHaveLength(1);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("costs no more syncs for a template ten times as long", async () => {
    const tenfold = (id: string): PlanCatalog | null => {
      const plan = bundledPlan(id);
      return plan && scaleCatalog(plan, 10);
    };
    const result = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }, { loadPlan: tenfold }), async () => createExcelWorkbook());
    const rows = result.ok ? Object.values(result.result.written[0]!.template.metadata.rows).flat().length : 0;
    expect(rows).toBeGreaterThan(1_000);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("protects the sheets without a password and hides the list sheet very well", async () => {
    await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), async () => createExcelWorkbook());
    expect(fake.sheet("DanhMuc").visibility).toBe("VeryHidden");
    expect(fake.sheet("Nhiệm vụ chủ trì").protection).toMatchObject({ protected: true, password: null });
  });

  it("writes beside a user's sheet of the same name, never over it, and records where", async () => {
    fake.uninstall();
    fake = installExcelFake({ sheets: [{ name: "Hướng dẫn", values: [["của tôi"]] }] });
    const result = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), async () => createExcelWorkbook());
    expect(fake.sheet("Hướng dẫn").values).toEqual([["của tôi"]]);
    expect(result.ok && result.result.written[0]!.template.metadata.sheets.instructions).toBe("Hướng dẫn (2)");
  });

  it("is recognised in the workbook it was written to", async () => {
    await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), async () => createExcelWorkbook());
    const read = await readTemplate(createExcelWorkbook());
    expect(read.recognised && read.result.issues).toEqual([]);
  });
});
