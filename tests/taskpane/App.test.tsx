import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { BUNDLED_PLANS } from "../../src/taskpane/plans/bundledPlans";
import { MAX_INPUT_BYTES } from "../../src/workbook/fileLimits";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { readTemplate } from "../../src/workflows/readTemplate";
import { SUCCESSION_EDITS_ENTRY } from "../../src/taskpane/agencies/successionEdits";
import { standaloneRuntime } from "../helpers/paneSections";
import { pickFiles } from "../helpers/pickedFiles";
import { renderWithProviders } from "../helpers/renderWithProviders";
import type { PaneRuntime } from "../../src/taskpane/runtime/paneRuntime";
import { AGENCIES, agencyId, makeAgency, makeCatalog } from "../helpers/catalogBuilders";
import type { AgencySuccession } from "../../src/domain/catalog/agency";

const DIRECTORY = [...AGENCIES, makeAgency("thanhhoa.snv", "Sở Nội vụ")];
const SUCCESSIONS: AgencySuccession[] = [
  {
    from: agencyId("thanhhoa.sldtbxh"),
    to: [agencyId("thanhhoa.snv")],
    effective: "2025-03-01",
    source: "Nghị định số 45/2025/NĐ-CP",
    uncertain: true,
    note: "Hợp nhất vào Sở Nội vụ.",
  },
];

/** Opens the reorganised-agencies section and returns the row of one agency. */
async function openSuccessorRow(agency: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: "Cơ quan đã sắp xếp lại" }));
  return (await waitFor(() => {
    const found = document.querySelector(`[data-agency="${agency}"]`);
    if (!found) throw new Error("successors panel not open");
    return found;
  })) as HTMLElement;
}

function renderApp(
  runtime: PaneRuntime,
  loadCatalog = async () => makeCatalog(),
  loadAgencies = async () => ({ agencies: DIRECTORY, successions: SUCCESSIONS }),
) {
  return renderWithProviders(
    <App
      runtime={runtime}
      plans={BUNDLED_PLANS}
      loadAgencies={loadAgencies}
      loadCatalog={loadCatalog}
      now={() => new Date("2026-11-23T08:00:00Z")}
    />,
  );
}

beforeEach(() => localStorage.clear());

async function xlsxFile(name: string): Promise<File> {
  const workbook = await createXlsxWorkbook();
  await workbook.apply([
    { kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Mã", "Giá trị"], ["1.1", 4.5], ["1.2", 95]] } },
    { kind: "writeSheet", sheet: { name: "Ẩn", visibility: "hidden", values: [["x"]] } },
  ]);
  const bytes = await workbook.toBuffer();
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
}

describe("App in standalone mode", () => {
  it("says it runs standalone and lists every bundled plan in the picker", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    expect(screen.getByText("Đang chạy ở chế độ độc lập")).toBeInTheDocument();
    expect(screen.getByText("5 kế hoạch có sẵn trong ứng dụng.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("combobox"));
    const options = await screen.findAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(BUNDLED_PLANS.map((plan) => plan.label));
    fireEvent.click(options[0]!);
    expect(await screen.findByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu, 130 nhiệm vụ/)).toBeInTheDocument();
  });

  it("switches every label to English and back", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByText("Running in standalone mode")).toBeInTheDocument();
    expect(screen.getByText("Choose a plan")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(await screen.findByText("Chọn kế hoạch")).toBeInTheDocument();
  });

  it("opens an .xlsx file and shows its visible sheets in a grid", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    expect(await screen.findByText(/Sổ tính chưa có trang tính nào/)).toBeInTheDocument();
    const input = screen.getByTestId("open-file-input");
    await act(async () => {
      fireEvent.change(input, { target: { files: [await xlsxFile("bao-cao-so-y-te.xlsx")] } });
    });
    expect(await screen.findByText("Đã mở tệp bao-cao-so-y-te.xlsx: 1 trang tính.")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Báo cáo" })).toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Ẩn" })).not.toBeInTheDocument();
    const grid = await screen.findByRole("grid");
    expect(within(grid).getByText("4.5")).toBeInTheDocument();
    expect(within(grid).getByText("1.2")).toBeInTheDocument();
  });

  it("explains a file that is not a workbook instead of failing silently", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    const text = Uint8Array.from(Buffer.from("không phải xlsx", "utf8"));
    const notXlsx = { name: "ghi-chu.txt", size: text.byteLength, arrayBuffer: async () => text.buffer };
    await act(async () => {
      fireEvent.change(screen.getByTestId("open-file-input"), { target: { files: [notXlsx] } });
    });
    expect(await screen.findByText(/Không mở được tệp ghi-chu.txt/)).toBeInTheDocument();
  });

  it("refuses a file over the reading limit before reading a byte of it, and says why", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    const read = jest.fn(async () => new ArrayBuffer(0));
    const huge = { name: "bao-cao-rat-lon.xlsx", size: MAX_INPUT_BYTES + 1, arrayBuffer: read };
    await act(async () => {
      fireEvent.change(screen.getByTestId("open-file-input"), { target: { files: [huge] } });
    });
    expect(await screen.findByText(/Không mở được tệp bao-cao-rat-lon.xlsx.*lớn hơn 200 MB/)).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    await expect(runtime.files!.open(huge)).rejects.toMatchObject({ code: "file_too_large" });
  });

  it("downloads the current workbook as an .xlsx file that exceljs can read", async () => {
    const { runtime, saved } = await standaloneRuntime();
    renderApp(runtime);
    await act(async () => {
      fireEvent.change(screen.getByTestId("open-file-input"), { target: { files: [await xlsxFile("so-y-te.xlsx")] } });
    });
    await screen.findByRole("grid");
    fireEvent.click(screen.getByRole("button", { name: "Tải tệp về máy" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.fileName).toBe("so-y-te.xlsx");
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(saved[0]!.bytes) as unknown as ExcelJS.Buffer);
    expect(read.getWorksheet("Báo cáo")!.getCell("B2").value).toBe(4.5);
  });
});

describe("App's plan view", () => {
  async function pickFirstPlan() {
    fireEvent.click(screen.getByRole("combobox"));
    fireEvent.click((await screen.findAllByRole("option"))[0]!);
    await screen.findByText("Kế hoạch thử nghiệm");
  }

  it("summarises the chosen plan: document, reporting deadline, counts and review items", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    expect(screen.getByText("3934/QĐ-UBND, 17/10/2017")).toBeInTheDocument();
    expect(screen.getByText("ngày 15/11 hằng năm")).toBeInTheDocument();
    expect(screen.getByText("2 mục tiêu, 3 chỉ tiêu, 2 nhiệm vụ")).toBeInTheDocument();
    expect(screen.getByText(/1 điểm trong văn bản chưa rõ/)).toBeInTheDocument();
  });

  it("shows each target with its values, agencies and source line, and filters by search", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    const target = screen.getByRole("article", { name: "3.1" });
    expect(within(target).getByText("Tỷ suất tử vong mẹ < 45 /100.000 trẻ đẻ sống (2030)")).toBeInTheDocument();
    expect(within(target).getByText("Chủ trì: Sở Y tế")).toBeInTheDocument();
    expect(within(target).getByText(/Nguồn: dòng 100/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "ho ngheo" } });
    await waitFor(() => expect(screen.queryByRole("article", { name: "3.1" })).not.toBeInTheDocument());
    expect(screen.getByRole("article", { name: "1.1" })).toBeInTheDocument();
  });

  it("lands on the review list, with the candidates, when asked from the summary", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    fireEvent.click(screen.getByRole("button", { name: "Xem các điểm cần xem lại" }));
    const item = await screen.findByRole("article", { name: "lead_differs:target:3.2:L250" });
    expect(item.closest("#review-list")).not.toBeNull();
    expect(within(item).getByText(/Các phương án: Sở Y tế \| Sở Lao động/)).toBeInTheDocument();
  });

  it("writes a decision on a review item into the workbook, where a reopened copy finds it", async () => {
    const { runtime, saved } = await standaloneRuntime();
    const { unmount } = renderApp(runtime);
    await pickFirstPlan();
    fireEvent.click(screen.getByRole("button", { name: "Xem các điểm cần xem lại" }));
    const item = await screen.findByRole("article", { name: "lead_differs:target:3.2:L250" });
    fireEvent.click(within(item).getByRole("button", { name: "Ghi quyết định" }));
    fireEvent.click(within(item).getByRole("radio", { name: "Đã xác nhận" }));
    fireEvent.change(within(item).getByRole("textbox", { name: "Ghi chú" }), { target: { value: "Phụ lục ghi Sở Y tế" } });
    fireEvent.change(within(item).getByRole("textbox", { name: "Người ghi (không bắt buộc)" }), { target: { value: "Nguyễn Văn A" } });
    fireEvent.click(within(item).getByRole("button", { name: "Lưu vào sổ tính" }));
    expect(await within(item).findByRole("button", { name: "Sửa quyết định" })).toBeInTheDocument();
    expect(within(item).getByText("Đã xác nhận")).toBeInTheDocument();
    const { metadata } = await runtime.session.getSnapshot().port.inspect();
    expect(JSON.parse(metadata["review.test-plan.lead_differs:target:3.2:L250"]!)).toEqual({
      decision: "confirmed",
      note: "Phụ lục ghi Sở Y tế",
      by: "Nguyễn Văn A",
      at: "2026-11-23T08:00:00.000Z",
    });
    expect(localStorage.getItem("plan-tracker.reviewer")).toBe("Nguyễn Văn A");

    fireEvent.click(screen.getByRole("button", { name: "Tải tệp về máy" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    unmount();
    const reopened = await standaloneRuntime();
    renderApp(reopened.runtime);
    const bytes = saved[0]!.bytes;
    await act(async () => {
      await reopened.runtime.files!.open({ name: "da-xem.xlsx", size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer });
    });
    await pickFirstPlan();
    fireEvent.click(screen.getByRole("button", { name: "Xem các điểm cần xem lại" }));
    const again = await screen.findByRole("article", { name: "lead_differs:target:3.2:L250" });
    expect(await within(again).findByText("Phụ lục ghi Sở Y tế")).toBeInTheDocument();
    expect(within(again).getByText("Đã xác nhận")).toBeInTheDocument();
    expect(within(again).getByText("ngày 23/11/2026 · Nguyễn Văn A")).toBeInTheDocument();
  });

  it("injects the plan into the workbook, reports the sheets and shows them in the grid", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    fireEvent.click(screen.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }));
    expect(await screen.findByText("Đã ghi 4 trang tính: “Thông tin”, “Chỉ tiêu”, “Nhiệm vụ”, “Phân công”.")).toBeInTheDocument();
    expect(await screen.findByRole("tab", { name: "Chỉ tiêu" })).toBeInTheDocument();
    const info = await runtime.session.getSnapshot().port.inspect();
    expect(info.tables.map((table) => table.name).sort()).toEqual(["CanXemLai", "ChiTieu", "NhiemVu", "PhanCong", "ThongTin"]);
  });

  it("says plainly when a catalogue cannot be loaded", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime, () => Promise.reject(new Error("offline")));
    fireEvent.click(screen.getByRole("combobox"));
    fireEvent.click((await screen.findAllByRole("option"))[0]!);
    expect(await screen.findByText(/Không tải được danh mục của kế hoạch này/)).toBeInTheDocument();
  });

  it("shows the plan picker without waiting for the agency directory, and says plainly when that cannot be loaded", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime, async () => makeCatalog(), () => Promise.reject(new Error("offline")));
    fireEvent.click(screen.getByRole("combobox"));
    fireEvent.click((await screen.findAllByRole("option"))[0]!);
    expect(await screen.findByText(/Không tải được danh mục của kế hoạch này/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra báo cáo" }));
    expect(await screen.findByText(/Không tải được danh mục cơ quan/)).toBeInTheDocument();
  });

  it("shows who now holds a merged department's duties, and lets the officer change it", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    const row = await openSuccessorRow("thanhhoa.sldtbxh");
    expect(within(row).getByText("→ Sở Nội vụ")).toBeInTheDocument();
    expect(within(row).getByText("chưa chắc chắn, cần kiểm tra")).toBeInTheDocument();
    fireEvent.click(within(row).getByRole("button", { name: "Sửa" }));
    fireEvent.click(within(row).getByRole("combobox"));
    fireEvent.click(await screen.findByRole("option", { name: "Sở Y tế" }));
    expect(await within(row).findByText("→ Sở Y tế")).toBeInTheDocument();
    expect(within(row).getByText("đã sửa")).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem("plan-tracker.successionEdits")!)).toEqual([
      expect.objectContaining({
        from: "thanhhoa.sldtbxh",
        to: ["thanhhoa.syt"],
        effective: SUCCESSIONS[0]!.effective,
        source: SUCCESSIONS[0]!.source,
        uncertain: false,
        confirmedBy: "phòng kế hoạch",
        confirmedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);
    await waitFor(async () =>
      expect(JSON.parse((await runtime.session.getSnapshot().port.inspect()).metadata[SUCCESSION_EDITS_ENTRY] ?? "[]")).toEqual([
        expect.objectContaining({ from: "thanhhoa.sldtbxh", to: ["thanhhoa.syt"] }),
      ]),
    );

    fireEvent.click(screen.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }));
    await screen.findByText(/^Đã ghi 4 trang tính/);
    const targets = await runtime.session.getSnapshot().port.readSheet("Chỉ tiêu");
    const header = targets[0]!;
    const row11 = targets.find((candidate) => candidate[1] === "1.1")!;
    expect(row11[header.indexOf("Chủ trì")]).toBe("Sở Lao động, Thương binh và Xã hội");
    expect(row11[header.indexOf("Chủ trì hiện nay (sau sắp xếp bộ máy)")]).toBe("Sở Y tế");
  });

  it("lets the officer confirm an uncertain mapping as it stands, keeping its date and basis", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    const row = await openSuccessorRow("thanhhoa.sldtbxh");
    fireEvent.click(within(row).getByRole("button", { name: "Xác nhận" }));
    await waitFor(() => expect(within(row).queryByText("chưa chắc chắn, cần kiểm tra")).not.toBeInTheDocument());
    expect(within(row).getByText("→ Sở Nội vụ")).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem("plan-tracker.successionEdits")!)).toEqual([
      expect.objectContaining({ from: "thanhhoa.sldtbxh", to: ["thanhhoa.snv"], effective: "2025-03-01", uncertain: false, confirmedBy: "phòng kế hoạch" }),
    ]);
  });

  it("opens the template section on demand and downloads the template of an agency of the plan", async () => {
    const { runtime, saved } = await standaloneRuntime();
    renderApp(runtime);
    await pickFirstPlan();
    fireEvent.click(screen.getByRole("button", { name: "Mẫu báo cáo" }));
    // The section and its catalogue load lazily; on a loaded machine that can take longer than the default wait.
    fireEvent.click(await screen.findByRole("combobox", { name: "Cơ quan nhận mẫu biểu" }, { timeout: 40_000 }));
    const listbox = await screen.findByRole("listbox");
    fireEvent.click(within(listbox).getAllByRole("option")[1]!);
    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu biểu" }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    const recognition = await readTemplate(await openWorkbookFile(saved[0]!.bytes, { fileName: saved[0]!.fileName }));
    expect(recognition.recognised && recognition.result.metadata.plans.map((plan) => plan.id)).toEqual(["test-plan"]);
  }, 90_000);
});

describe("App's return checking section", () => {
  it("opens on demand, before any plan is chosen, and keeps a run's results while it is collapsed", async () => {
    const { runtime } = await standaloneRuntime();
    renderApp(runtime);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra báo cáo" }));
    await screen.findByTestId("validation-file-input", {}, { timeout: 10_000 });
    pickFiles("validation-file-input", [await xlsxFile("so-lieu.xlsx")]);
    const totals = await screen.findByRole("status");

    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra báo cáo" }));
    expect(screen.getByTestId("validation-panel")).not.toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra báo cáo" }));
    expect(screen.getByRole("status")).toBe(totals);
    expect(within(screen.getByRole("region", { name: "so-lieu.xlsx" })).getByRole("list", { name: "Toàn tệp" })).toBeVisible();
  });
});
