import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostDetection } from "../runtime/detectHost";
import { useI18n } from "../i18n/I18nProvider";

export interface HostNoticeProps {
  readonly detection: HostDetection;
  /** Offered when Excel is too old: work on files instead. */
  readonly onUseStandalone?: () => void;
}

/** Tells the officer, in plain words, where the pane is running and why. */
export function HostNotice({ detection, onUseStandalone }: HostNoticeProps) {
  const { t } = useI18n();
  switch (detection.kind) {
    case "excel":
      return null;
    case "excel-too-old":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("noticeTooOldTitle")}</MessageBarTitle>
            {t("noticeTooOld", { required: detection.required })}
          </MessageBarBody>
          {onUseStandalone && (
            <MessageBarActions>
              <Button appearance="primary" onClick={onUseStandalone}>
                {t("noticeTooOldAction")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      );
    case "standalone":
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(detection.reason === "office-unavailable" ? "noticeOfficeUnavailableTitle" : "noticeNotExcelTitle")}
            </MessageBarTitle>
            {t(detection.reason === "office-unavailable" ? "noticeOfficeUnavailable" : "noticeNotExcel")}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
