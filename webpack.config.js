// Builds the task pane (also the standalone page) and the ribbon's function file into dist/.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { ensureDevCertificate } = require("./scripts/devCerts.cjs");
const { manifestForHost, normaliseBaseUrl } = require("./scripts/manifest/manifestForHost.cjs");
const { BUILD_INFO_FILE } = require("./scripts/server/buildInfo.cjs");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

// office.js is served from the pane's own origin, never the CDN (README, "Triển khai / Deployment").
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const OFFICE_JS_VERSION = require("@microsoft/office-js/package.json").version;
// Only what the Excel pane can load: office.js, Excel's host files, shared helpers and the locale strings. Matched on
// file names by a filter: copy-webpack-plugin matches globOptions.ignore against paths relative to the project, so
// "**/*.debug.js" silently missed every file when node_modules lives outside it (a git worktree, a linked install).
const OFFICE_JS_UNUSED = /\.debug\.js$|vsdoc|\.d\.ts$|^(outlook|word|powerpoint|onenote|project|access|visio)/i;

// The page may load code, styles, images and data only from its own origin. Fluent UI injects <style> elements,
// hence 'unsafe-inline' for styles; no script is inline or eval'd (production builds use "source-map").
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Writes dist/build-info.json after every build: `npm start` compares its date with the sources'. */
class BuildInfoPlugin {
  constructor(info) {
    this.info = info;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildInfoPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BuildInfoPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const json = JSON.stringify({ ...this.info, builtAt: new Date().toISOString() }, null, 2);
        compilation.emitAsset(BUILD_INFO_FILE, new compiler.webpack.sources.RawSource(`${json}\n`));
      });
    });
  }
}

async function httpsOptions() {
  const { key, cert } = await ensureDevCertificate();
  return { key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // `--env url=https://host/path/`: the manifest points there instead of https://localhost:3000.
  const baseUrl = env && env.url ? normaliseBaseUrl(env.url) : undefined;
  // First in <head> (the templates place it), so it governs office.js too; development builds use eval.
  const contentSecurityPolicy = dev ? undefined : CONTENT_SECURITY_POLICY;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are reported by `npm run typecheck`; the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: {
      // exceljs (~1 MB) is its own lazily loaded chunk; the first paint does not wait for it.
      maxAssetSize: 1_500_000,
      maxEntrypointSize: 1_000_000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        contentSecurityPolicy,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        contentSecurityPolicy,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/icon.svg", to: "assets/icon.svg" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl ? manifestForHost(content.toString("utf8"), baseUrl) : content),
          },
          { from: "src/help/help.html", to: "help.html" },
          // The help guide shows the same screenshots as the README.
          { from: "assets/screenshots/*.png", to: "help/[name][ext]" },
          {
            from: path.join(OFFICE_JS_PACKAGE, "dist"),
            to: "office-js",
            filter: (file) => !OFFICE_JS_UNUSED.test(path.basename(file)),
            // Microsoft's licence allows redistributing office.js unmodified only: Terser must leave it alone.
            info: { minimized: true },
          },
          { from: path.join(OFFICE_JS_PACKAGE, "LICENSE.md"), to: "office-js/LICENSE.md" },
        ],
      }),
      new BuildInfoPlugin({ mode: options.mode, url: baseUrl ?? null, officeJs: OFFICE_JS_VERSION }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
        }
      : undefined,
  };
};
