import type { Agency, AgencySuccession } from "../../../src/domain/catalog/agency";
import type { CellGrid, CellRead } from "../../../src/domain/grid/cellRead";
import { EMPTY_CELL } from "../../../src/domain/grid/cellRead";
import type { Grid } from "../../../src/domain/grid/cellValue";
import type { SheetSpec } from "../../../src/domain/sheet/sheetSpec";
import { buildTemplate } from "../../../src/domain/templates/buildTemplate";
import { distributeDuties } from "../../../src/domain/templates/distributeDuties";
import { readTemplateReturn } from "../../../src/domain/templates/readTemplateReturn";
import { resolveReportingDates } from "../../../src/domain/templates/reportingDates";
import { FIRST_BODY_ROW, SECTION_COLUMNS } from "../../../src/domain/templates/templateLayout";
import { STATUSES } from "../../../src/domain/templates/templateText";
import { AGENCIES, agencyId, makeAgency, makeCatalog, makeTask } from "../../helpers/catalogBuilders";

const successions: AgencySuccession[] = [
  { from: agencyId("thanhhoa.skhdt"), to: [agencyId("thanhhoa.stc")], effective: "2025-03-01", source: "NĐ 45/2025", uncertain: true },
];
const agencies: Agency[] = [...AGENCIES, makeAgency("thanhhoa.stc", "Sở Tài chính", "Sở TC")];
const directory = new Map(agencies.map((agency) => [agency.id, agency]));
const plan = makeCatalog({
  tasks: [
    ...makeCatalog().tasks,
    makeTask("1.1.b", { lead: [agencyId("thanhhoa.skhdt")], partners: [agencyId("thanhhoa.syt")], outputs: ["Đề án", "Báo cáo"] }),
  ],
});

function templateFor(agency: string) {
  const duties = distributeDuties([plan], { successions, asOf: "2026-01-01" }).byAgency.get(agencyId(agency))!;
  return buildTemplate({
    plans: [plan],
    agency: directory.get(agencyId(agency))!,
    agencies: directory,
    duties,
    year: 2026,
    dates: resolveReportingDates([plan], 2026),
    successions,
    asOf: "2026-01-01",
  });
}

const sheet = (sheets: readonly SheetSpec[], name: string) => sheets.find((candidate) => candidate.name === name)!;
const column = (section: keyof typeof SECTION_COLUMNS, id: string) => SECTION_COLUMNS[section].findIndex((c) => c.id === id);

/** The rows of a section sheet that carry a key: its data rows, without the plan headings. */
function dataRows<T>(values: readonly (readonly T[])[]): (readonly T[])[] {
  return values.slice(FIRST_BODY_ROW - 1).filter((row) => typeof row[0] === "string" && row[0] !== "");
}

/** A sheet's values as a program reads them back: typed cells. */
function asCells(values: Grid): CellGrid {
  return values.map((row) =>
    row.map((value): CellRead => (value === null ? EMPTY_CELL : { ...EMPTY_CELL, kind: typeof value === "number" ? "number" : "text", value })),
  );
}

describe("buildTemplate", () => {
  const syt = templateFor("thanhhoa.syt");
  const stc = templateFor("thanhhoa.stc");

  it("makes the cover, instructions, one sheet per section with rows, and a very hidden list sheet", () => {
    expect(syt.sheets.map((spec) => [spec.name, spec.visibility ?? "visible"])).toEqual([
      ["Thông tin chung", "visible"],
      ["Hướng dẫn", "visible"],
      ["Chỉ tiêu chủ trì", "visible"],
      ["Nhiệm vụ chủ trì", "visible"],
      ["Nhiệm vụ phối hợp", "visible"],
      ["DanhMuc", "veryHidden"],
    ]);
    expect(sheet(syt.sheets, "DanhMuc").values.slice(1).map((row) => row[0])).toEqual([...STATUSES]);
  });

  it("writes one row per indicator value, keyed by plan and code, from the first data row", () => {
    const values = sheet(syt.sheets, "Chỉ tiêu chủ trì").values;
    expect(values[FIRST_BODY_ROW - 1]![1]).toMatch(/^3934\/QĐ-UBND: Kế hoạch thử nghiệm$/);
    const keys = dataRows(values).map((row) => row[0]);
    expect(keys).toEqual(["test-plan|CT|3.1#1", "test-plan|CT|3.2#0"]);
    expect(syt.metadata.rows.indicators).toEqual(keys);
    expect(dataRows(values)[0]![column("indicators", "targetValue")]).toBe("< 45");
  });

  it("takes every list from the list sheet by range, never from inline text", () => {
    const lists = syt.sheets.flatMap((spec) => spec.validations ?? []).filter((validation) => validation.rule.kind === "list");
    expect(lists.length).toBeGreaterThan(0);
    for (const validation of lists) expect(validation.rule).toEqual({ kind: "list", source: expect.stringMatching(/^='DanhMuc'!\$[AB]\$2:\$[AB]\$\d+$/) });
  });

  it("bounds percentages to 0–100 and completion dates to the plan period, with Vietnamese prompts", () => {
    const validations = sheet(syt.sheets, "Nhiệm vụ chủ trì").validations!;
    expect(validations).toContainEqual(expect.objectContaining({ rule: { kind: "decimal", min: 0, max: 100 }, prompt: expect.objectContaining({ title: "Tỷ lệ hoàn thành" }) }));
    expect(validations).toContainEqual(expect.objectContaining({ rule: { kind: "date", min: "2017-01-01", max: "2030-12-31" } }));
  });

  it("asks for non-negative numbers where the indicator is a level, and for words where the target states no value", () => {
    const values = sheet(syt.sheets, "Chỉ tiêu chủ trì").validations!.filter((v) => v.address.startsWith("K"));
    expect(values).toEqual([expect.objectContaining({ address: "K5", rule: { kind: "decimal", min: 0 } })]);
  });

  it("protects every visible sheet without a password and unlocks exactly the shaded input cells", () => {
    const leadTasks = sheet(syt.sheets, "Nhiệm vụ chủ trì");
    expect(leadTasks.protection).toEqual({ unlocked: expect.arrayContaining(["H5", "M5"]) });
    expect(leadTasks.protection!.password).toBeUndefined();
    const shaded = new Set(leadTasks.styles!.filter((style) => style.fill === "#FFF2CC").map((style) => style.address));
    expect(new Set(leadTasks.protection!.unlocked)).toEqual(shaded);
    const cover = sheet(syt.sheets, "Thông tin chung");
    expect(cover.protection!.unlocked).toEqual([syt.metadata.cover.person, syt.metadata.cover.phone, syt.metadata.cover.email]);
  });

  it("shows duties received from a merged body as inherited, and an unconfirmed mapping as unconfirmed", () => {
    const values = sheet(stc.sheets, "Nhiệm vụ chủ trì").values;
    const received = dataRows(values)[0]![column("leadTasks", "received")];
    expect(received).toMatch(/^Nhận từ Sở KH&ĐT \(sáp nhập 2025, CHƯA XÁC NHẬN\)$/);
    expect(stc.metadata.successions).toEqual([{ from: "thanhhoa.skhdt", to: ["thanhhoa.stc"], effective: "2025-03-01", uncertain: true }]);
  });

  it("puts the agency, plans, year, cut-off, deadline and recipient on the cover", () => {
    const text = sheet(syt.sheets, "Thông tin chung").values.flat().join("\n");
    for (const expected of ["Sở Y tế", "3934/QĐ-UBND ngày 17/10/2017", "2026", "31/10/2026", "15/11/2026", "UBND tỉnh Thanh Hóa"]) expect(text).toContain(expected);
  });

  it("gives the same template id and fingerprint for the same content, and different ones for another agency", () => {
    expect(templateFor("thanhhoa.syt").metadata).toEqual(syt.metadata);
    expect(stc.metadata.fingerprint).not.toBe(syt.metadata.fingerprint);
    expect(stc.metadata.templateId).not.toBe(syt.metadata.templateId);
  });
});

describe("readTemplateReturn", () => {
  const built = templateFor("thanhhoa.syt");
  const grids = (edit?: (name: string, values: (string | number | null)[][]) => void) => {
    const copy = (name: string) => {
      const values = sheet(built.sheets, name).values.map((row) => [...row]) as (string | number | null)[][];
      edit?.(name, values);
      return asCells(values);
    };
    return {
      cover: copy("Thông tin chung"),
      sections: { indicators: copy("Chỉ tiêu chủ trì"), leadTasks: copy("Nhiệm vụ chủ trì"), partnerTasks: copy("Nhiệm vụ phối hợp") },
    };
  };

  it("reads every input by row key and the filler's details, and matches the fingerprint of an untouched plan", () => {
    const filled = readTemplateReturn(
      built.metadata,
      grids((name, values) => {
        if (name === "Nhiệm vụ chủ trì") values[FIRST_BODY_ROW]![column("leadTasks", "percent")] = 80;
        if (name === "Thông tin chung") values[Number(built.metadata.cover.phone.slice(1)) - 1]![1] = "0912 345 678";
      }),
    );
    expect(filled.issues).toEqual([]);
    expect(filled.fingerprintMatches).toBe(true);
    expect(filled.rows.leadTasks[0]).toMatchObject({ key: "test-plan|NV|3.1.a", inputs: { percent: 80, status: null } });
    expect(filled.filler.phone).toBe("0912 345 678");
  });

  it("notices an edited target value and a deleted row", () => {
    const edited = readTemplateReturn(
      built.metadata,
      grids((name, values) => {
        if (name === "Chỉ tiêu chủ trì") {
          values[FIRST_BODY_ROW]![column("indicators", "targetValue")] = "< 30";
          values.splice(FIRST_BODY_ROW + 1, 1);
        }
      }),
    );
    expect(edited.fingerprintMatches).toBe(false);
    expect(edited.issues).toEqual([
      { code: "row_missing", section: "indicators", key: "test-plan|CT|3.2#0" },
      { code: "locked_content_changed" },
    ]);
  });
});
