import { useEffect, useMemo, useState } from "react";
import { fromA1, type CellPosition } from "../../../domain/grid/cellAddress";
import type { Grid } from "../../../domain/grid/cellValue";
import type { ValidationText } from "../../i18n/validationTexts";
import type { ValidatedFile } from "./runValidation";
import type { ValidationKit } from "./validationKit";
import { STYLES } from "./validationPanelStyles";
import type { Guard } from "./ValidationPanel";

/** A sheet of a picked file, and the cell of the issue clicked (null after switching sheets). */
export interface ViewedCell {
  readonly file: ValidatedFile;
  readonly sheet: string;
  readonly cell: string | null;
}

export interface FileViewProps {
  readonly kit: ValidationKit;
  readonly text: ValidationText;
  readonly viewed: ViewedCell;
  readonly onView: (viewed: ViewedCell | null) => void;
  readonly guard: Guard;
}

/** A picked file's sheets in the pane's grid, scrolled to the problem's cell and highlighting it. */
export function FileView({ kit, text, viewed, onView, guard }: FileViewProps) {
  const { Button, SheetGrid, Spinner, Tab, TabList, Text } = kit;
  const { file, sheet, cell } = viewed;
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [grid, setGrid] = useState<{ sheet: string; values: Grid } | null>(null);
  // One focus per issue clicked, even the same one again: the grid brings it back into view each time.
  const focus = useMemo(() => (viewed.cell ? fromA1(viewed.cell) : null), [viewed]);

  useEffect(() => {
    let cancelled = false;
    guard(async () => {
      const info = await file.port.inspect();
      if (!cancelled) setSheets(info.sheets.filter((entry) => entry.visibility === "visible").map((entry) => entry.name));
    }, file.source.name);
    return () => {
      cancelled = true;
    };
  }, [file, guard]);

  useEffect(() => {
    let cancelled = false;
    guard(async () => {
      const values = await file.port.readSheet(sheet);
      if (!cancelled) setGrid({ sheet, values });
    }, file.source.name);
    return () => {
      cancelled = true;
    };
  }, [file, sheet, guard]);

  // Memoised: the grid keeps its row window while the pane re-renders around it.
  const shown = useMemo(() => (grid && grid.sheet === sheet ? reaching(grid.values, focus) : null), [grid, sheet, focus]);
  return (
    <section style={STYLES.view} aria-label={text("viewTitle", { file: file.source.name, sheet, cell: cell ?? "" })} data-testid="validation-view">
      <div style={STYLES.row}>
        <Text weight="semibold" style={STYLES.grow}>
          {cell ? text("viewTitle", { file: file.source.name, sheet, cell }) : `${file.source.name}: ${sheet}`}
        </Text>
        <Button size="small" appearance="subtle" onClick={() => onView(null)}>
          {text("viewClose")}
        </Button>
      </div>
      {sheets.length > 1 && (
        <TabList size="small" style={STYLES.tabs} selectedValue={sheet} onTabSelect={(_event, data) => onView({ file, sheet: String(data.value), cell: null })}>
          {sheets.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      )}
      <div style={STYLES.viewGrid}>{shown ? <SheetGrid grid={shown} focus={focus} /> : <Spinner size="tiny" />}</div>
    </section>
  );
}

/** The sheet's values, padded with empty cells so that the focused cell exists (an empty input past the used range). */
function reaching(values: Grid, focus: CellPosition | null): Grid {
  if (!focus || (focus.row < values.length && focus.column < (values[focus.row]?.length ?? 0))) return values;
  const rows = Array.from({ length: Math.max(values.length, focus.row + 1) }, (_, index) => values[index] ?? []);
  const row = rows[focus.row]!;
  rows[focus.row] = [...row, ...Array.from({ length: Math.max(0, focus.column + 1 - row.length) }, () => null)];
  return rows;
}
