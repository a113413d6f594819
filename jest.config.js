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
      setupFilesAfterEnv: ["<rootDir>/tests/helpers/adapterTimeout.ts"],
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
