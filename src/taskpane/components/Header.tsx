import { makeStyles, Subtitle2, Text, ToggleButton, tokens, Tooltip } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#0F6C5A",
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  subtitle: { color: "#D8F0EA", "@media (max-width: 480px)": { display: "none" } },
  languages: { display: "flex", gap: tokens.spacingHorizontalXS },
});

export function Header() {
  const styles = useStyles();
  const { t, language, setLanguage } = useI18n();
  return (
    <header className={styles.header}>
      <img className={styles.logo} src="assets/icon-64.png" alt="" />
      <div className={styles.titles}>
        <Subtitle2 as="h1">{t("appTitle")}</Subtitle2>
        <Text size={200} className={styles.subtitle}>
          {t("appSubtitle")}
        </Text>
      </div>
      <div className={styles.languages} role="group" aria-label={t("languageLabel")}>
        <Tooltip content={t("languageVi")} relationship="label">
          <ToggleButton size="small" checked={language === "vi"} onClick={() => setLanguage("vi")}>
            VI
          </ToggleButton>
        </Tooltip>
        <Tooltip content={t("languageEn")} relationship="label">
          <ToggleButton size="small" checked={language === "en"} onClick={() => setLanguage("en")}>
            EN
          </ToggleButton>
        </Tooltip>
      </div>
    </header>
  );
}
