import { fireEvent, screen } from "@testing-library/react";
import { HostNotice } from "../../../src/taskpane/components/HostNotice";
import { renderWithProviders } from "../../helpers/renderWithProviders";

describe("HostNotice", () => {
  it("tells the officer in Vietnamese that Excel is too old and offers standalone mode", () => {
    const onUseStandalone = jest.fn();
    renderWithProviders(<HostNotice detection={{ kind: "excel-too-old", required: "1.10" }} onUseStandalone={onUseStandalone} />);
    expect(screen.getByText("Phiên bản Excel này quá cũ")).toBeInTheDocument();
    expect(screen.getByText(/ExcelApi 1.10 trở lên/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Dùng chế độ độc lập (làm việc trên tệp .xlsx)" }));
    expect(onUseStandalone).toHaveBeenCalledTimes(1);
  });

  it("shows nothing inside a capable Excel", () => {
    const { container } = renderWithProviders(<HostNotice detection={{ kind: "excel" }} />);
    expect(container.textContent).toBe("");
  });
});
