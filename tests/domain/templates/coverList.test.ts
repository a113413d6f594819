import { coverListCsv, coverListRows, coverListSheet, templateFileName } from "../../../src/domain/templates/coverList";
import type { PendingDuty } from "../../../src/domain/templates/distributeDuties";
import type { PlanId } from "../../../src/domain/catalog/types";
import { agencyId, makeAgency } from "../../helpers/catalogBuilders";

const snnmt = makeAgency("thanhhoa.snnmt", "Sở Nông nghiệp và Môi trường", "Sở NN&MT");
const tand = makeAgency("thanhhoa.tand", "Tòa án nhân dân tỉnh", "TAND tỉnh");
const pending: PendingDuty = {
  dutyKey: "p|NV|1.1.a",
  planId: "p" as PlanId,
  kind: "task",
  code: "1.1.a",
  role: "lead",
  from: agencyId("thanhhoa.sldtbxh"),
  candidates: [agencyId("thanhhoa.snv"), agencyId("thanhhoa.syt")],
};

describe("coverListRows", () => {
  const rows = coverListRows(
    [
      { agency: snnmt, file: "so-nn-mt-2026.xlsx", counts: { indicators: 3, leadTasks: 5, partnerTasks: 2 }, inheritedFrom: ["Sở NN&PTNT"] },
      { agency: tand, file: null, counts: null, inheritedFrom: [] },
    ],
    [pending],
    (id) => id,
  );

  it("gives each agency its file and counts, and no file to an agency with nothing assigned", () => {
    expect(rows.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ["thanhhoa.snnmt", "Sở Nông nghiệp và Môi trường", "so-nn-mt-2026.xlsx", 3, 5, 2],
      ["thanhhoa.tand", "Tòa án nhân dân tỉnh", null, 0, 0, 0],
      ["thanhhoa.sldtbxh", "thanhhoa.sldtbxh", null, null, null, null],
    ]);
  });

  it("names the duty still to be assigned and its possible successors", () => {
    expect(rows[3]![6]).toMatch(/1\.1\.a.*thanhhoa\.snv; thanhhoa\.syt/);
  });

  it("renders as CSV that Excel opens as UTF-8, quoting fields with commas", () => {
    const csv = coverListCsv([["a,b", 'c"d', null]]);
    expect(csv).toBe('\uFEFF"a,b","c""d",\r\n');
  });

  it("renders an agency name that starts like a formula as data, as OWASP advises", () => {
    const csv = coverListCsv([["thanhhoa.x", "=HYPERLINK(\"http://x.example\")", null]]);
    expect(csv).toBe('\uFEFFthanhhoa.x,"\'=HYPERLINK(""http://x.example"")",\r\n');
  });

  it("renders as a sheet with the same rows", () => {
    expect(coverListSheet("Danh sách gửi", rows).values).toEqual(rows);
  });
});

describe("templateFileName", () => {
  it("names the file after the short name without accents and the year", () => {
    expect(templateFileName("Sở NN&MT", 2026, new Set())).toBe("so-nn-mt-2026.xlsx");
    expect(templateFileName("Đoàn TNCS HCM tỉnh", 2026, new Set())).toBe("doan-tncs-hcm-tinh-2026.xlsx");
  });

  it("numbers a name already taken", () => {
    expect(templateFileName("Sở YT", 2026, new Set(["so-yt-2026.xlsx"]))).toBe("so-yt-2-2026.xlsx");
  });
});
