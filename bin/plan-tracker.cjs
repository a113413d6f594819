#!/usr/bin/env node
// The `plan-tracker` command. It runs the TypeScript sources directly through tsx, so the CLI always
// executes the same code as the task pane and the tests, with no separate build step.
"use strict";
const { register } = require("tsx/cjs/api");
register();
const { runFromProcess } = require("../src/cli/main.ts");
runFromProcess();
