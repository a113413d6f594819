/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  {
    // Type errors are caught by `npm run typecheck`; here we only transpile, which keeps the suite fast.
    tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true },
  },
];

const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "domain",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/domain/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "adapters",
      testEnvironment: "node",
      // File-adapter tests write, zip and re-read whole workbooks; a busy 2-core machine needs more than 5 s for some.
      testTimeout: 30_000,
      testMatch: [
        "<rootDir>/tests/{excel,xlsx,workbook,workflows,cli,manifest,scripts,data,lint,fixtures}/**/*.test.ts",
      ],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.tsx", "<rootDir>/tests/taskpane/**/*.test.ts"],
      setupFiles: ["<rootDir>/tests/helpers/jsdomSetup.ts"],
      setupFilesAfterEnv: ["@testing-library/jest-dom", "<rootDir>/tests/helpers/uiTimeout.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
    },
  ],
};
