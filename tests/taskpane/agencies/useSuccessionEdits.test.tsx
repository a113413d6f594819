import { act, renderHook, waitFor } from "@testing-library/react";
import type { AgencySuccession } from "../../../src/domain/catalog/agency";
import {
  loadSuccessionEdits,
  saveSuccessionEdits,
  SUCCESSION_EDITS_ENTRY,
} from "../../../src/taskpane/agencies/successionEdits";
import { useSuccessionEdits } from "../../../src/taskpane/agencies/useSuccessionEdits";
import { WorkbookSession } from "../../../src/taskpane/runtime/workbookSession";
import { createXlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { agencyId } from "../../helpers/catalogBuilders";

const edit = (from: string, to: string): AgencySuccession => ({
  from: agencyId(from),
  to: [agencyId(to)],
  effective: "2025-03-01",
  source: "Nghị quyết số 190/2025/QH15",
  uncertain: false,
  note: "Sửa bởi cán bộ",
});

async function workbookKeeping(edits: readonly AgencySuccession[] | null) {
  const workbook = await createXlsxWorkbook();
  if (edits)
    await workbook.apply([{ kind: "setMetadata", entries: { [SUCCESSION_EDITS_ENTRY]: JSON.stringify(edits) } }]);
  return workbook;
}

beforeEach(() => localStorage.clear());

describe("useSuccessionEdits", () => {
  it("reads the edits the workbook keeps, over this browser's own", async () => {
    saveSuccessionEdits([edit("thanhhoa.skhdt", "thanhhoa.sxd")]);
    const kept = [edit("thanhhoa.sldtbxh", "thanhhoa.snv")];
    const session = new WorkbookSession(await workbookKeeping(kept), "so.xlsx");
    const { result } = renderHook(() => useSuccessionEdits(session));
    await waitFor(() => expect(result.current.edits).toEqual(kept));
  });

  it("keeps this browser's edits when the workbook keeps none", async () => {
    const own = [edit("thanhhoa.skhdt", "thanhhoa.sxd")];
    saveSuccessionEdits(own);
    const session = new WorkbookSession(await workbookKeeping(null), "so.xlsx");
    const { result } = renderHook(() => useSuccessionEdits(session));
    await act(async () => {
      await session.getSnapshot().port.inspect();
    });
    expect(result.current.edits).toEqual(own);
  });

  it("writes a change into the workbook's metadata and into this browser", async () => {
    const workbook = await workbookKeeping(null);
    const session = new WorkbookSession(workbook, "so.xlsx");
    const { result } = renderHook(() => useSuccessionEdits(session));
    const changed = [edit("thanhhoa.sldtbxh", "thanhhoa.syt")];
    act(() => result.current.change(changed));
    await waitFor(async () =>
      expect(JSON.parse((await workbook.inspect()).metadata[SUCCESSION_EDITS_ENTRY] ?? "null")).toEqual(changed),
    );
    expect(loadSuccessionEdits()).toEqual(changed);
  });

  it("reads the next workbook's edits when another file replaces the first", async () => {
    const session = new WorkbookSession(await workbookKeeping([edit("thanhhoa.skhdt", "thanhhoa.sxd")]), "a.xlsx");
    const { result } = renderHook(() => useSuccessionEdits(session));
    const next = [edit("thanhhoa.sldtbxh", "thanhhoa.sgddt")];
    const other = await workbookKeeping(next);
    act(() => session.replace(other, "b.xlsx"));
    await waitFor(() => expect(result.current.edits).toEqual(next));
  });
});
