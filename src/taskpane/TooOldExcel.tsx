import { makeStyles, tokens } from "@fluentui/react-components";
import { Header } from "./components/Header";
import { HostNotice } from "./components/HostNotice";

export interface TooOldExcelProps {
  readonly required: string;
  readonly onUseStandalone: () => void;
}

const useStyles = makeStyles({
  body: { padding: tokens.spacingHorizontalL },
});

/** Shown inside an Excel that lacks the API the add-in needs: say so, and offer standalone mode. */
export function TooOldExcel({ required, onUseStandalone }: TooOldExcelProps) {
  const styles = useStyles();
  return (
    <div>
      <Header />
      <div className={styles.body}>
        <HostNotice detection={{ kind: "excel-too-old", required }} onUseStandalone={onUseStandalone} />
      </div>
    </div>
  );
}
