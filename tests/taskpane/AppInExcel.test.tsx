import { fireEvent, screen } from "@testing-library/react";
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
      <App runtime={createExcelRuntime()} plans={BUNDLED_PLANS} agencies={AGENCIES} successions={[]} loadCatalog={async () => makeCatalog()} />,
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
