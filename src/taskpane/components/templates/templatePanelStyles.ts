import type { CSSProperties } from "react";

/** Fluent's design tokens are CSS variables that FluentProvider sets; named here so the chunk imports no Fluent module. */
const tokens = {
  spacingVerticalS: "var(--spacingVerticalS)",
  spacingHorizontalS: "var(--spacingHorizontalS)",
  colorNeutralForeground3: "var(--colorNeutralForeground3)",
  borderRadiusMedium: "var(--borderRadiusMedium)",
};

/** Inline styles: makeStyles would pull Griffel into this chunk (see templateKit.ts). */
export const STYLES = {
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dates: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  date: { flex: "1 1 140px" },
  pending: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxHeight: "360px",
    overflowY: "auto",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  select: {
    width: "100%",
    minHeight: "32px",
    font: "inherit",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
} satisfies Record<string, CSSProperties>;
