import { fireEvent, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { BUNDLED_PLANS } from "../../src/taskpane/plans/bundledPlans";
import { createExcelRuntime } from "../../src/taskpane/runtime/createExcelRuntime";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { AGENCIES, makeCatalog } from "../helpers/catalogBuilders";
import { renderWithProviders } from "../helpers/renderWithProviders";

let fake: ExcelFakeHandle;

beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Sheet1", values: [["Dữ liệu của tôi"]] }] });
});

afterEach(() => fake.uninstall());

describe("App inside Excel", () => {
  it("injects the chosen plan into the open workbook through Office.js, in three syncs", async () => {
    renderWithProviders(
      <App runtime={createExcelRuntime()} plans={BUNDLED_PLANS} loadAgencies={async () => ({ agencies: AGENCIES, successions: [] })} loadCatalog={async () => makeCatalog()} />,
    );
    expect(screen.getByText("Đang làm việc trên sổ tính Excel đang mở")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tải tệp về máy" })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("combobox"));
    fireEvent.click((await screen.findAllByRole("option"))[0]!);
    await screen.findByText("Kế hoạch thử nghiệm");
    fake.resetCounters();
    fireEvent.click(screen.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }));
    expect(await screen.findByText("Đã ghi 4 trang tính: “Thông tin”, “Chỉ tiêu”, “Nhiệm vụ”, “Phân công”.")).toBeInTheDocument();
    expect(fake.syncCount).toBe(3);
    expect(fake.tables.map((table) => table.name).sort()).toEqual(["CanXemLai", "ChiTieu", "NhiemVu", "PhanCong", "ThongTin"]);
    expect(fake.sheet("Sheet1").values).toEqual([["Dữ liệu của tôi"]]);
  });
});

describe("App inside Excel, reviewing", () => {
  it("records a decision on a review item in the open workbook's metadata sheet", async () => {
    renderWithProviders(
      <App
        runtime={createExcelRuntime()}
        plans={BUNDLED_PLANS}
        loadAgencies={async () => ({ agencies: AGENCIES, successions: [] })}
        loadCatalog={async () => makeCatalog()}
        now={() => new Date("2026-11-23T08:00:00Z")}
      />,
    );
    fireEvent.click(screen.getByRole("combobox"));
    fireEvent.click((await screen.findAllByRole("option"))[0]!);
    fireEvent.click(await screen.findByRole("button", { name: "Xem các điểm cần xem lại" }));
    const item = await screen.findByRole("article", { name: "lead_differs:target:3.2:L250" });
    fireEvent.click(within(item).getByRole("button", { name: "Ghi quyết định" }));
    fireEvent.click(within(item).getByRole("radio", { name: "Cần sửa" }));
    fireEvent.click(within(item).getByRole("button", { name: "Lưu vào sổ tính" }));
    await within(item).findByRole("button", { name: "Sửa quyết định" });
    const rows = fake.sheet("_plan_tracker").values;
    const entry = rows.find((row) => row[0] === "review.test-plan.lead_differs:target:3.2:L250");
    expect(JSON.parse(String(entry![1]))).toEqual({ decision: "needs_fix", note: "", at: "2026-11-23T08:00:00.000Z" });
  });
});
