import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import type { CliIo } from "../../../src/cli/cliIo";
import { formatNumber, runCatalogCommand } from "../../../src/cli/commands/catalogCommand";

const root = join(__dirname, "../../..");
const CWD = "/repo";

/** An in-memory CliIo holding the committed data/ files under /repo. */
function memoryIo(extra: Record<string, string> = {}) {
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const name of readdirSync(join(root, "data/plans"))) {
    files.set(`${CWD}/data/plans/${name}`, readFileSync(join(root, "data/plans", name)));
  }
  files.set(`${CWD}/data/agencies.json`, readFileSync(join(root, "data/agencies.json")));
  for (const [path, text] of Object.entries(extra)) files.set(path, encoder.encode(text));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: CWD,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => {
      const data = files.get(path);
      if (data === undefined) throw new Error(`ENOENT ${path}`);
      return data;
    },
    writeFile: async (path, data) => {
      files.set(path, typeof data === "string" ? encoder.encode(data) : data);
    },
  };
  return { io, files, stdout: () => out.join(""), stderr: () => err.join("") };
}

const source = (file: string) => readFileSync(join(root, "data/sources", file), "utf8");

describe("runCatalogCommand", () => {
  it("lists the five bundled plans with their counts", async () => {
    const { io, stdout } = memoryIo();
    expect(await runCatalogCommand(["list"], io)).toBe(0);
    expect(stdout()).toContain("thanhhoa-sdg-2017");
    expect(stdout()).toContain("17 mục tiêu, 104 mục tiêu cụ thể, 130 nhiệm vụ");
    expect(stdout().match(/^\S+-\d{4}$/gmu)).toHaveLength(5);
  });

  it("shows each target's lead and values and each task's deadline and outputs", async () => {
    const { io, stdout } = memoryIo();
    expect(await runCatalogCommand(["show", "thanhhoa-sdg-2017"], io)).toBe(0);
    const text = stdout();
    expect(text).toContain("Hạn báo cáo của các cơ quan: ngày 15/11 hằng năm");
    expect(text).toContain("Hạn báo cáo tổng hợp: văn bản không quy định");
    expect(text).toMatch(/Mục tiêu cụ thể 15\.2: .*\n {4}Chỉ tiêu: Độ che phủ rừng: khoảng 54,5%/u);
    expect(text).toMatch(/Mục tiêu cụ thể 1\.1: .*\n.*\n {4}Chủ trì: Sở Lao động - Thương binh và Xã hội\n {4}Phối hợp: Sở Nông nghiệp/u);
    expect(text).toContain("Cần xem lại (");
    expect(text).toMatch(/\[dòng 445\] 7\.2 — /u);
    expect(text).toContain("Chỉnh sửa đã áp dụng (7)");
  });

  it("shows a task's deadline and outputs (004 VIII.5.3)", async () => {
    const { io, stdout } = memoryIo();
    await runCatalogCommand(["show", "thanhhoa-green-growth-2023"], io);
    expect(stdout()).toMatch(/Nhiệm vụ VIII\.5\.3: [^\n]*\n {4}Nhóm: VIII\.5 [^\n]*\n {4}Chủ trì: Sở Nông nghiệp và Phát triển nông thôn\n.*\n {4}Hạn: 2023 - 2030 \(đến 31\/12\/2030\)\n {4}Sản phẩm: Kế hoạch; chương trình; báo cáo; công văn/u);
  });

  it("prints the committed JSON with --json", async () => {
    const { io, stdout } = memoryIo();
    expect(await runCatalogCommand(["show", "thanhhoa-nq58-2021", "--json"], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual(JSON.parse(readFileSync(join(root, "data/plans/thanhhoa-nq58-2021.json"), "utf8")));
  });

  it("says which plan ids exist when asked for an unknown one", async () => {
    const { io, stderr } = memoryIo();
    expect(await runCatalogCommand(["show", "hanoi-2020"], io)).toBe(1);
    expect(stderr()).toContain('Không có kế hoạch "hanoi-2020"');
  });

  it("imports a plan from a text file, prints counts and review items and writes --out", async () => {
    const { io, stdout, files } = memoryIo({ [`${CWD}/in/ke-hoach-nq58.txt`]: source("003-thanhhoa-nq58-2021.txt") });
    expect(await runCatalogCommand(["import", "in/ke-hoach-nq58.txt", "--out", "out/nq58.json"], io)).toBe(0);
    expect(stdout()).toContain("10 mục tiêu, 35 mục tiêu cụ thể (35 có chỉ tiêu số), 50 nhiệm vụ (50 có cơ quan chủ trì)");
    expect(stdout()).toMatch(/Cần xem lại \(\d+\):\n {2}\[dòng \d+\]/u);
    const written = JSON.parse(new TextDecoder().decode(files.get(`${CWD}/out/nq58.json`)));
    expect(written).toMatchObject({ id: "ke-hoach-nq58", province: "Thanh Hóa" });
    expect(written.tasks).toHaveLength(50);
  });

  it("asks for a text file instead of a .docx", async () => {
    const { io, stderr } = memoryIo();
    expect(await runCatalogCommand(["import", "ke-hoach.docx"], io)).toBe(1);
    expect(stderr()).toContain(".docx");
  });

  it("prints usage for an unknown subcommand", async () => {
    const { io, stderr } = memoryIo();
    expect(await runCatalogCommand(["frobnicate"], io)).toBe(1);
    expect(stderr()).toContain("plan-tracker catalog show");
  });
});

describe("formatNumber", () => {
  it.each([
    [54.5, "54,5"],
    [5200, "5.200"],
    [750000, "750.000"],
    [1.06, "1,06"],
    [-3, "-3"],
  ])("writes %p as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});
