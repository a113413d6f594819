import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Toolbar,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { Grid } from "../../domain/grid/cellValue";
import type { SheetInfo } from "../../workbook/port";
import { fileProblemText } from "../fileProblemText";
import { useI18n } from "../i18n/I18nProvider";
import type { OpenedFile, PickedFile } from "../runtime/paneRuntime";
import { SheetGrid } from "./SheetGrid";

export interface WorkbookPanelProps {
  readonly fileName: string | null;
  readonly sheets: readonly SheetInfo[];
  readonly readSheet: (name: string) => Promise<Grid>;
  /** Bumped when the workbook changes, so the visible sheet is read again. */
  readonly version: number;
  readonly onOpen: (file: PickedFile) => Promise<OpenedFile>;
  readonly onDownload: () => Promise<string>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, minHeight: 0, height: "100%" },
  toolbar: { flexWrap: "wrap", paddingLeft: 0 },
  fileName: { marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  tabs: { overflowX: "auto", flexShrink: 0 },
  // A sheet of a thousand rows scrolls inside its frame instead of stretching the page past the plan view.
  grid: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: "200px", maxHeight: "max(240px, calc(100vh - 340px))", overflow: "hidden", "& > *": { minHeight: 0, flexShrink: 1 } },
});

type Feedback = { readonly intent: "success" | "warning" | "error"; readonly text: string } | null;


/** Standalone mode's view of the in-memory workbook: open, download, and see the sheets. */
export function WorkbookPanel({ fileName, sheets, readSheet, version, onOpen, onDownload }: WorkbookPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const visible = sheets.filter((sheet) => sheet.visibility === "visible");
  const [active, setActive] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const current = active && visible.some((sheet) => sheet.name === active) ? active : (visible[0]?.name ?? null);

  useEffect(() => {
    let cancelled = false;
    setGrid(null);
    if (current) {
      void readSheet(current).then((values) => {
        if (!cancelled) setGrid(values);
      });
    }
    return () => {
      cancelled = true;
    };
  }, [current, readSheet, version]);

  const open = async (file: File) => {
    try {
      const result = await onOpen(file);
      setActive(null);
      const opened = t("workbookOpened", { fileName: file.name, sheets: result.sheets });
      setFeedback({
        intent: result.writable ? "success" : "warning",
        text: result.writable ? opened : `${opened} ${t("workbookReadOnly", { format: result.format })}`,
      });
    } catch (error) {
      setFeedback({ intent: "error", text: t("workbookOpenFailed", { fileName: file.name, reason: await fileProblemText(error, language) }) });
    }
  };

  const download = async () => {
    try {
      const name = await onDownload();
      setFeedback({ intent: "success", text: t("workbookDownloaded", { fileName: name }) });
    } catch (error) {
      setFeedback({ intent: "error", text: await fileProblemText(error, language) });
    }
  };

  const hidden = sheets.length - visible.length;
  return (
    <section className={styles.root} aria-label={t("workbookSection")}>
      <Toolbar className={styles.toolbar}>
        <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
          {t("workbookOpen")}
        </Button>
        <Button icon={<ArrowDownload20Regular />} appearance="primary" onClick={() => void download()}>
          {t("workbookDownload")}
        </Button>
        {fileName && (
          <Text className={styles.fileName} size={200}>
            {t("workbookFileName")}: {fileName}
          </Text>
        )}
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv"
          hidden
          data-testid="open-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void open(file);
          }}
        />
      </Toolbar>
      {feedback && (
        <MessageBar intent={feedback.intent}>
          <MessageBarBody>{feedback.text}</MessageBarBody>
        </MessageBar>
      )}
      {visible.length === 0 ? (
        <Text>{t("workbookEmpty")}</Text>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={current}
            onTabSelect={(_event, data) => setActive(String(data.value))}
          >
            {visible.map((sheet) => (
              <Tab key={sheet.name} value={sheet.name}>
                {sheet.name}
              </Tab>
            ))}
          </TabList>
          {hidden > 0 && <Text size={200}>{t("workbookHiddenSheets", { count: hidden })}</Text>}
          <div className={styles.grid}>{grid ? <SheetGrid grid={grid} /> : <Spinner size="small" label={t("loading")} />}</div>
        </>
      )}
    </section>
  );
}
