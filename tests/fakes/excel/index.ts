export { installExcelFake } from "./installExcelFake";
export type {
  ChartView,
  CommentView,
  ExcelFakeHandle,
  FakeCellInit,
  FakeFormatInit,
  FakeSheetInit,
  FakeWorkbookInit,
  NameView,
  SheetView,
  SyncView,
  TableView,
} from "./installExcelFake";
export { PAYLOAD_LIMIT_BYTES } from "./context";
export { FakeLimitationError, FakeOfficeError } from "./errors";
