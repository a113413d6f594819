// Layering is enforced here, with messages that say why (see README "Layout").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const PURE_DOMAIN =
  "src/domain is the pure core: it works on plain data and 2-D grids so the same code runs in Excel, " +
  "in a browser and in the CLI. Do the platform work in an adapter (src/excel, src/xlsx) or in the " +
  "pane, and pass plain data in.";

const WORKFLOWS_USE_THE_PORT =
  "Workflows talk to a workbook only through the WorkbookPort (src/workbook/port.ts), so they run " +
  "unchanged on Office.js and on .xlsx files. The pane and the CLI choose the adapter.";

const COMPONENTS_TAKE_PROPS =
  "Components receive functions and data as props; only the composition root (src/taskpane/runtime) " +
  "picks an adapter. This keeps Office.js out of the UI and the UI testable without Excel.";

const domainImportBans = {
  paths: [
    { name: "react", message: PURE_DOMAIN },
    { name: "react-dom", message: PURE_DOMAIN },
    { name: "exceljs", message: PURE_DOMAIN },
    { name: "fs", message: PURE_DOMAIN },
    { name: "path", message: PURE_DOMAIN },
  ],
  patterns: [
    { group: ["@fluentui/*", "react-dom/*", "node:*", "playwright-core", "xmllint-wasm"], message: PURE_DOMAIN },
    {
      group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "**/workflows/**", "**/workbook/**"],
      message: PURE_DOMAIN,
    },
  ],
};

export default tseslint.config(
  {
    ignores: ["dist/**", "coverage/**", "node_modules/**", "test-output/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // Excel.run belongs to the Office.js adapter alone.
      "no-restricted-properties": [
        "error",
        {
          object: "Excel",
          property: "run",
          message: "Excel.run appears only in src/excel (the Office.js adapter). Go through the WorkbookPort.",
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", domainImportBans],
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension", "window", "document", "localStorage", "fetch", "process"].map(
          (name) => ({ name, message: PURE_DOMAIN }),
        ),
      ],
    },
  },
  {
    files: ["src/workflows/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "exceljs", message: WORKFLOWS_USE_THE_PORT },
            { name: "react", message: WORKFLOWS_USE_THE_PORT },
          ],
          patterns: [
            { group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "**/taskpane/**", "@fluentui/*"], message: WORKFLOWS_USE_THE_PORT },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension"].map((name) => ({ name, message: WORKFLOWS_USE_THE_PORT })),
      ],
    },
  },
  {
    files: ["src/taskpane/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "exceljs", message: COMPONENTS_TAKE_PROPS }],
          patterns: [{ group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**"], message: COMPONENTS_TAKE_PROPS }],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension"].map((name) => ({ name, message: COMPONENTS_TAKE_PROPS })),
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-properties": "off",
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.{ts,mjs,js,cjs}", "bin/**/*.cjs", "webpack.config.js", "jest.config.js"],
    rules: {
      "no-restricted-properties": "off",
      "no-console": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
);
