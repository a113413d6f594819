// `npm start`: serves the built pane. https on 3000 for Excel (the manifest points there),
// plain http on 3001 for any browser, where the standalone page needs no certificate.
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureDevCertificate } from "./devCerts.cjs";
import { startStaticServer } from "./server/staticServer";

async function main(): Promise<void> {
  const root = path.join(__dirname, "..", "dist");
  if (!existsSync(path.join(root, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (`npm start` does it for you).");
  }
  const httpsPort = Number(process.env.PORT ?? process.env.npm_package_config_dev_server_port ?? 3000);
  const httpPort = Number(process.env.HTTP_PORT ?? httpsPort + 1);
  const { key, cert, certFile } = await ensureDevCertificate();
  const secure = await startStaticServer({ root, port: httpsPort, tls: { key, cert } });
  const plain = await startStaticServer({ root, port: httpPort });
  console.log("Theo dõi kế hoạch (Plan Tracker) đang chạy:");
  console.log(`  Trình duyệt (standalone):  ${plain.url}`);
  console.log(`  Excel (manifest.xml):      ${secure.url}taskpane.html`);
  console.log(`  Chứng chỉ tự ký (self-signed certificate) to trust for Excel: ${certFile}`);
  console.log("Nhấn Ctrl+C để dừng (press Ctrl+C to stop).");
  const stop = (): void => {
    void Promise.all([secure.close(), plain.close()]).then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
