import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";
import type { Language } from "../../src/taskpane/i18n/messages";

/** Renders a pane element inside the same providers the composition root uses. */
export function renderWithProviders(element: ReactElement, language: Language = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>{element}</I18nProvider>
    </FluentProvider>,
  );
}
