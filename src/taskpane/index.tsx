/* global Office */
// Composition root: decide where the pane runs, pick the workbook adapter, render the UI.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { I18nProvider } from "./i18n/I18nProvider";
import { loadBundledAgencyData } from "./agencies/bundledAgencyData";
import { BUNDLED_PLANS, loadBundledCatalog } from "./plans/bundledPlans";
import { detectHost } from "./runtime/detectHost";
import { createStandaloneRuntime } from "./runtime/createStandaloneRuntime";
import type { PaneRuntime } from "./runtime/paneRuntime";
import { TooOldExcel } from "./TooOldExcel";

function render(root: Root, content: ReactNode): void {
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <I18nProvider>{content}</I18nProvider>
    </FluentProvider>,
  );
}

function renderApp(root: Root, runtime: PaneRuntime): void {
  render(root, <App runtime={runtime} plans={BUNDLED_PLANS} loadAgencies={loadBundledAgencyData} loadCatalog={loadBundledCatalog} />);
}

async function bootstrap(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("#container is missing from taskpane.html");
  const root = createRoot(container);
  const detection = await detectHost(typeof Office === "undefined" ? undefined : Office);
  switch (detection.kind) {
    case "excel": {
      const { createExcelRuntime } = await import(/* webpackChunkName: "excel-runtime" */ "./runtime/createExcelRuntime");
      renderApp(root, createExcelRuntime());
      break;
    }
    case "excel-too-old":
      render(
        root,
        <TooOldExcel
          required={detection.required}
          onUseStandalone={() => void createStandaloneRuntime(detection).then((runtime) => renderApp(root, runtime))}
        />,
      );
      break;
    case "standalone":
      renderApp(root, await createStandaloneRuntime(detection));
      break;
  }
}

void bootstrap();
