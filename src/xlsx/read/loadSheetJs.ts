type SheetJsModule = typeof import("@e965/xlsx");

let pending: Promise<SheetJsModule> | undefined;

/** SheetJS is ~900 KB; the task pane loads it only when a file is first read. */
export function loadSheetJs(): Promise<SheetJsModule> {
  pending ??= import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx").then(
    (module) => ((module as unknown as { default?: SheetJsModule }).default?.read ? (module as unknown as { default: SheetJsModule }).default : module) as SheetJsModule,
  );
  return pending;
}
