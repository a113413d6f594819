import { fireEvent, screen, within } from "@testing-library/react";
import type { CellPosition } from "../../../src/domain/grid/cellAddress";
import type { Grid } from "../../../src/domain/grid/cellValue";
import { SheetGrid, WINDOW_ROWS } from "../../../src/taskpane/components/SheetGrid";
import { format, MESSAGES, type MessageKey } from "../../../src/taskpane/i18n/messages";
import { useState } from "react";
import { renderWithProviders } from "../../helpers/renderWithProviders";

const vi = (key: MessageKey, values: Record<string, string | number> = {}) => format(MESSAGES.vi[key], values);

/** A return of `rows` rows: a code, a task and its result, each row's values saying where they are. */
function sheetOf(rows: number): Grid {
  return Array.from({ length: rows }, (_, row) => [`1.${row + 1}`, `Nhiệm vụ ${row + 1}`, row + 1]);
}

// jsdom lays nothing out and has no scrollIntoView: record which element asked to be brought into view.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView);

// Plain selectors over hundreds of rows: role queries are slow in jsdom. The rows' roles are checked on the selected cell.
const bodyRows = () => [...screen.getByRole("grid").querySelectorAll<HTMLElement>("tbody > tr")];
const rowNumbers = () => bodyRows().map((row) => Number(row.querySelector("th[scope='row']")?.textContent));
const selectedCell = () => screen.getByRole("grid").querySelector("td[aria-selected='true']");

describe("the pane's sheet grid", () => {
  it("draws a highlight at row 1,500 of a 3,000-row sheet, numbered as in the sheet, scrolled to and selected", () => {
    const focus: CellPosition = { row: 1499, column: 2 };
    renderWithProviders(<SheetGrid grid={sheetOf(3000)} focus={focus} />);

    const selected = selectedCell()!;
    expect(selected).toHaveTextContent("1500");
    expect(within(selected.closest("tr")!).getByRole("rowheader")).toHaveTextContent("1500");
    expect(selected.closest("tr")).toHaveAttribute("aria-rowindex", String(1500 + 1));
    expect(scrolled).toEqual([selected]);
    expect(selected).toHaveAttribute("tabindex", "0");

    const shown = rowNumbers();
    expect(shown).toHaveLength(WINDOW_ROWS);
    expect(shown).toContain(1500);
    expect(shown).toEqual(Array.from({ length: WINDOW_ROWS }, (_, index) => shown[0]! + index));
    expect(screen.getByText(new RegExp(vi("workbookRowsWindow", { first: shown[0]!, last: shown.at(-1)!, rows: 3000 })))).toBeInTheDocument();
    expect(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", String(3000 + 1));
  });

  it("moves its window by the buttons under it and to a row asked for, keeping the sheet's row numbers", () => {
    renderWithProviders(<SheetGrid grid={sheetOf(1200)} />);
    expect(rowNumbers()[0]).toBe(1);
    expect(screen.getByRole("button", { name: vi("workbookRowsPrevious", { count: WINDOW_ROWS }) })).toBeDisabled();

    fireEvent.click(screen.getByRole("button", { name: vi("workbookRowsNext", { count: WINDOW_ROWS }) }));
    expect(rowNumbers()[0]).toBe(WINDOW_ROWS + 1);
    expect(within(bodyRows()[0]!).getByText(`Nhiệm vụ ${WINDOW_ROWS + 1}`)).toBeInTheDocument();

    // The last window ends at the sheet's last row.
    fireEvent.click(screen.getByRole("button", { name: vi("workbookRowsNext", { count: WINDOW_ROWS }) }));
    expect(rowNumbers().at(-1)).toBe(1200);
    expect(screen.getByRole("button", { name: vi("workbookRowsNext", { count: WINDOW_ROWS }) })).toBeDisabled();

    const goTo = screen.getByRole("spinbutton", { name: vi("workbookGoToRow") });
    fireEvent.change(goTo, { target: { value: "10" } });
    fireEvent.keyDown(goTo, { key: "Enter" });
    expect(rowNumbers()).toContain(10);
    expect(rowNumbers()[0]).toBe(1);

    // A row past the end goes to the last row, and the box shows it.
    fireEvent.change(goTo, { target: { value: "99999" } });
    fireEvent.keyDown(goTo, { key: "Enter" });
    expect(rowNumbers().at(-1)).toBe(1200);
    expect(goTo).toHaveValue(1200);
  });

  it("brings the highlighted cell back when the same issue is clicked again after the window moved away", () => {
    const grid = sheetOf(3000);
    // As the validation view does: each click on an issue gives the grid a new focus, even for the same cell.
    function ClickedIssue() {
      const [focus, setFocus] = useState<CellPosition>({ row: 2800, column: 1 });
      return (
        <>
          <button onClick={() => setFocus({ row: 2800, column: 1 })}>B2801</button>
          <SheetGrid grid={grid} focus={focus} />
        </>
      );
    }
    renderWithProviders(<ClickedIssue />);
    fireEvent.click(screen.getByRole("button", { name: vi("workbookRowsPrevious", { count: WINDOW_ROWS }) }));
    expect(selectedCell()).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "B2801" }));

    expect(selectedCell()).toHaveTextContent("Nhiệm vụ 2801");
    expect(scrolled.at(-1)).toBe(selectedCell());
  });

  it("shows a short sheet whole, without window controls", () => {
    renderWithProviders(<SheetGrid grid={sheetOf(12)} focus={{ row: 11, column: 0 }} />);

    expect(rowNumbers()).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    expect(selectedCell()).toHaveTextContent("1.12");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
