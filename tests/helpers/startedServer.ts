import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

export function requireBuild(): void {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (`npm test` builds before the e2e tests).");
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface StartedServer {
  readonly httpUrl: string;
  readonly httpsUrl: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Runs `scripts/serve.ts`, what `npm start` runs after building, on free ports. */
export async function startServeScript(): Promise<StartedServer> {
  const httpsPort = await freePort();
  const httpPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/serve.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(httpsPort), HTTP_PORT: String(httpPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.ts did not start:\n${output}`)), 30_000);
    child.stdout!.on("data", () => {
      if (output.includes("Ctrl+C")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.ts exited with ${code}:\n${output}`));
    });
  });
  return {
    httpUrl: `http://localhost:${httpPort}/`,
    httpsUrl: `https://localhost:${httpsPort}/`,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
