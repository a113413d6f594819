// `npm start` (`serve.ts --build-if-stale`): builds dist/ when a source changed since the last build, then
// serves it. https on 3000 for Excel (the manifest points there), plain http on 3001 for any browser, where
// the standalone page needs no certificate. Without the flag (the end-to-end tests) it only serves.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ensureDevCertificate } from "./devCerts.cjs";
import { checkBuildFreshness } from "./server/buildFreshness";
import { BUILD_INFO_FILE, type BuildInfo } from "./server/buildInfo.cjs";
import { startStaticServer } from "./server/staticServer";

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");

async function buildIfStale(): Promise<void> {
  const freshness = await checkBuildFreshness(ROOT);
  if (freshness.fresh) {
    console.log("dist/ mới hơn mã nguồn: không cần dựng lại (build is up to date).");
    return;
  }
  const why = freshness.reason === "no-build" ? "chưa có bản dựng (no build yet)" : `${freshness.changed} đã thay đổi (changed)`;
  console.log(`Dựng lại dist/ vì ${why}: npm run build…`);
  await runBuild();
}

/** `npm run build` with the npm that runs this script (npm_execpath), so it works the same on Windows. */
function runBuild(): Promise<void> {
  const npmCli = process.env.npm_execpath;
  const command = npmCli ? process.execPath : "npm";
  const args = npmCli ? [npmCli, "run", "build"] : ["run", "build"];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: !npmCli && process.platform === "win32" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit code ${code}).`))));
  });
}

async function readBuildInfo(): Promise<BuildInfo | undefined> {
  try {
    return JSON.parse(await readFile(path.join(DIST, BUILD_INFO_FILE), "utf8")) as BuildInfo;
  } catch {
    return undefined;
  }
}

async function serve(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (`npm start` does it for you).");
  }
  const httpsPort = Number(process.env.PORT ?? process.env.npm_package_config_dev_server_port ?? 3000);
  const httpPort = Number(process.env.HTTP_PORT ?? httpsPort + 1);
  const { key, cert, certFile } = await ensureDevCertificate();
  const secure = await startStaticServer({ root: DIST, port: httpsPort, tls: { key, cert } });
  const plain = await startStaticServer({ root: DIST, port: httpPort });
  const built = await readBuildInfo();
  console.log("Theo dõi kế hoạch (Plan Tracker) đang chạy:");
  console.log(`  Trình duyệt (standalone):  ${plain.url}`);
  console.log(`  Excel (manifest.xml):      ${secure.url}taskpane.html`);
  console.log(`  Chứng chỉ tự ký (self-signed certificate) to trust for Excel: ${certFile}`);
  if (built?.url) {
    console.log(`  Lưu ý: dist/ được dựng cho ${built.url}; dist/manifest.xml trỏ tới đó, không tới máy này (built for another host).`);
  }
  console.log("Nhấn Ctrl+C để dừng (press Ctrl+C to stop).");
  const stop = (): void => {
    void Promise.all([secure.close(), plain.close()]).then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function main(): Promise<void> {
  if (process.argv.includes("--build-if-stale")) await buildIfStale();
  await serve();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
