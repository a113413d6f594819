// Preloaded (node --require) into a child process a test measures: prints its peak resident set size on exit.
"use strict";
process.on("exit", () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
