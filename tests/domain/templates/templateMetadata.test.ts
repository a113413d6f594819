import type { AgencyId } from "../../../src/domain/catalog/types";
import { decodeTemplateMetadata, encodeTemplateMetadata, type TemplateMetadata } from "../../../src/domain/templates/templateMetadata";

const HASH = "a".repeat(64);
const metadata: TemplateMetadata = {
  templateId: "PT-2026-0123456789abcdef",
  version: 1,
  agency: "thanhhoa.snnmt" as AgencyId,
  plans: [
    { id: "thanhhoa-sdg-2017", hash: HASH },
    { id: "thanhhoa-green-growth-2023", hash: "b".repeat(64) },
  ],
  successions: [
    { from: "thanhhoa.snnptnt" as AgencyId, to: ["thanhhoa.snnmt" as AgencyId], effective: "2025-03-01", uncertain: false },
    { from: "thanhhoa.vpdp-ntm" as AgencyId, to: ["thanhhoa.snnmt" as AgencyId], effective: "2025-03-01", uncertain: true },
  ],
  choices: [{ dutyKey: "thanhhoa-sdg-2017|CT|1.1", agencies: ["thanhhoa.snnmt" as AgencyId] }],
  year: 2026,
  cutoff: "2026-10-31",
  deadline: "2026-11-15",
  sheets: { cover: "Thông tin chung", instructions: "Hướng dẫn", indicators: "Chỉ tiêu chủ trì", lists: "DanhMuc" },
  cover: { person: "B18", phone: "B19", email: "B20" },
  rows: { indicators: ["thanhhoa-sdg-2017|CT|1.1#1", "thanhhoa-sdg-2017|CT|1.1#2"], leadTasks: [], partnerTasks: [] },
  fingerprint: "c".repeat(64),
};

describe("template metadata codec", () => {
  it("decodes what it encodes, without issues", () => {
    expect(decodeTemplateMetadata(encodeTemplateMetadata(metadata))).toEqual({ metadata, issues: [] });
  });

  it("writes only text values, every key under template.", () => {
    const entries = encodeTemplateMetadata(metadata);
    expect(Object.keys(entries).every((key) => key.startsWith("template."))).toBe(true);
    expect(entries["template.successions"]).toBe("thanhhoa.snnptnt>thanhhoa.snnmt@2025-03-01;thanhhoa.vpdp-ntm>thanhhoa.snnmt@2025-03-01?");
  });

  it("keeps a deadline the plans do not set as empty, and reads it back as null", () => {
    const entries = encodeTemplateMetadata({ ...metadata, deadline: null });
    expect(entries["template.deadline"]).toBe("");
    expect(decodeTemplateMetadata(entries).metadata?.deadline).toBeNull();
  });

  it("splits long row lists over several keys, each within a cell's limit, and joins them back", () => {
    const keys = Array.from({ length: 3000 }, (_, n) => `thanhhoa-green-growth-2023|NV|VIII.${n}.1`);
    const entries = encodeTemplateMetadata({ ...metadata, rows: { ...metadata.rows, leadTasks: keys }, sheets: { ...metadata.sheets, leadTasks: "Nhiệm vụ chủ trì" } });
    const chunks = Object.keys(entries).filter((key) => key.startsWith("template.rows.leadTasks."));
    expect(chunks.length).toBeGreaterThan(2);
    expect(Object.values(entries).every((value) => value.length <= 32_767)).toBe(true);
    expect(decodeTemplateMetadata(entries).metadata?.rows.leadTasks).toEqual(keys);
  });

  it("does not read on into an older template's longer row list left in the same workbook", () => {
    const stale = { ...encodeTemplateMetadata(metadata), "template.rows.indicators.3": "old|CT|9.9#1" };
    expect(decodeTemplateMetadata(stale).metadata?.rows.indicators).toEqual(metadata.rows.indicators);
  });

  it("says a workbook without our format key is not a template", () => {
    expect(decodeTemplateMetadata({ "app.name": "Plan Tracker" })).toEqual({ metadata: null, issues: [{ code: "not_a_template" }] });
  });

  it("refuses a newer format version instead of misreading it", () => {
    const entries = { ...encodeTemplateMetadata(metadata), "template.version": "2" };
    expect(decodeTemplateMetadata(entries).issues).toEqual([{ code: "version_unsupported", version: "2" }]);
  });

  it("lists every missing or malformed field, and returns no metadata", () => {
    const entries: Record<string, string> = { ...encodeTemplateMetadata(metadata), "template.cutoff": "31/10/2026", "template.plans": "thanhhoa-sdg-2017@123" };
    delete entries["template.fingerprint"];
    const decoded = decodeTemplateMetadata(entries);
    expect(decoded.metadata).toBeNull();
    expect(decoded.issues).toEqual(
      expect.arrayContaining([
        { code: "field_invalid", field: "cutoff", value: "31/10/2026" },
        { code: "field_invalid", field: "plans", value: "thanhhoa-sdg-2017@123" },
        { code: "field_missing", field: "fingerprint" },
      ]),
    );
  });

  it("asks for the sheet of every section that has rows", () => {
    const entries = encodeTemplateMetadata(metadata);
    delete entries["template.sheet.indicators"];
    expect(decodeTemplateMetadata(entries).issues).toEqual([{ code: "field_missing", field: "sheet.indicators" }]);
  });
});
