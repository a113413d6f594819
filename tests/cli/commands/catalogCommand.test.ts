import { readFileSync } from "fs";
import { join } from "path";
import { bundledDataDir } from "../../../src/cli/bundledDataDir";
import { formatNumber, runCatalogCommand } from "../../../src/cli/commands/catalogCommand";
import { bundledDataIo } from "../../helpers/bundledDataIo";
import { memoryIo } from "../../helpers/memoryIo";

const root = join(__dirname, "../../..");
const DATA = bundledDataDir();

const run = (args: readonly string[], io: Parameters<typeof runCatalogCommand>[1]) =>
  runCatalogCommand(args, io, { dataDir: DATA });
const decode = (data: Uint8Array | string | undefined) =>
  typeof data === "string" ? data : new TextDecoder().decode(data);
const source = (file: string) => readFileSync(join(root, "data/sources", file), "utf8");

describe("runCatalogCommand", () => {
  it("lists the five bundled plans with their counts", async () => {
    const { io, stdout } = bundledDataIo();
    expect(await run(["list"], io)).toBe(0);
    expect(stdout()).toContain("thanhhoa-sdg-2017");
    expect(stdout()).toContain("17 mục tiêu, 104 mục tiêu cụ thể, 130 nhiệm vụ");
    expect(stdout().match(/^\S+-\d{4}$/gmu)).toHaveLength(5);
  });

  it("shows each target's lead and values and each task's deadline and outputs", async () => {
    const { io, stdout } = bundledDataIo();
    expect(await run(["show", "thanhhoa-sdg-2017"], io)).toBe(0);
    const text = stdout();
    expect(text).toContain("Hạn báo cáo của các cơ quan: ngày 15/11 hằng năm");
    expect(text).toContain("Hạn báo cáo tổng hợp: văn bản không quy định");
    expect(text).toMatch(/Mục tiêu cụ thể 15\.2: .*\n {4}Chỉ tiêu: Độ che phủ rừng: khoảng 54,5%/u);
    expect(text).toMatch(
      /Mục tiêu cụ thể 1\.1: .*\n.*\n {4}Chủ trì: Sở Lao động - Thương binh và Xã hội\n {4}Phối hợp: Sở Nông nghiệp/u,
    );
    expect(text).toContain("Cần xem lại (");
    expect(text).toMatch(/\[dòng 440\] 7\.2 — /u);
    expect(text).toMatch(/\[dòng 445\] 7\.3 — /u);
    expect(text).toContain("Chỉnh sửa đã áp dụng (11)");
  });

  it("shows a task's values, deadline and outputs (004 VIII.5.3)", async () => {
    const { io, stdout } = bundledDataIo();
    await run(["show", "thanhhoa-green-growth-2023"], io);
    expect(stdout()).toMatch(
      /Nhiệm vụ VIII\.5\.3: [^\n]*\n {4}Nhóm: VIII\.5 [^\n]*\n {4}Chủ trì: Sở Nông nghiệp và Phát triển nông thôn\n.*\n(?: {4}Chỉ tiêu: [^\n]*\n)* {4}Hạn: 2023 - 2030 \(đến 31\/12\/2030\)\n {4}Sản phẩm: Kế hoạch; chương trình; báo cáo; công văn/u,
    );
    expect(stdout()).toMatch(/ {4}Chỉ tiêu: Trồng rừng: 10\.000 ha rừng\/năm/u);
  });

  it("lists the milestones a task writes in its text, each with its line (002 14.1, L1756)", async () => {
    const { io, stdout } = bundledDataIo();
    await run(["show", "quangninh-sdg-2018"], io);
    expect(stdout()).toMatch(
      /Nhiệm vụ 14\.1: [^\n]*\n(?: {6}[^\n]*\n)*? {6}Mốc trong nội dung:\n {8}- Đến năm 2020 [^\n]*\(dòng 1756\)\n {8}- Từ năm 2021-2030 [^\n]*\(dòng 1756\)/u,
    );
  });

  it("says how a vague or 'trước tháng' deadline is read and lists the tasks only the body assigns (003)", async () => {
    const { io, stdout } = bundledDataIo();
    await run(["show", "thanhhoa-nq58-2021"], io);
    expect(stdout()).toContain("Hạn: Báo cáo theo quy định (văn bản không nêu thời điểm)");
    expect(stdout()).toMatch(
      /Nhiệm vụ 3\.B1: Tham mưu triển khai [^\n]*\n(?: {4}[^\n]*\n)*? {4}\(nhiệm vụ ghi trong phần nội dung, không có trong phụ lục\)\n {4}\(dòng 112\)/u,
    );
    expect(stdout()).toMatch(/Hạn: Trước tháng 9\/2021 \(đến 31\/08\/2021; "trước" hiểu là hết ngày trước mốc ghi\)/u);
  });

  it("prints the committed JSON with --json", async () => {
    const { io, stdout } = bundledDataIo();
    expect(await run(["show", "thanhhoa-nq58-2021", "--json"], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual(
      JSON.parse(readFileSync(join(root, "data/plans/thanhhoa-nq58-2021.json"), "utf8")),
    );
  });

  it("says which plan ids exist when asked for an unknown one", async () => {
    const { io, stderr } = bundledDataIo();
    expect(await run(["show", "hanoi-2020"], io)).toBe(1);
    expect(stderr()).toContain('Không có kế hoạch "hanoi-2020"');
  });

  it("imports a plan from a text file, prints counts and review items and writes --out", async () => {
    const { io, stdout, written } = bundledDataIo({ "in/ke-hoach-nq58.txt": source("003-thanhhoa-nq58-2021.txt") });
    expect(await run(["import", "in/ke-hoach-nq58.txt", "--out", "out/nq58.json"], io)).toBe(0);
    expect(stdout()).toContain(
      "10 mục tiêu, 35 mục tiêu cụ thể (35 có chỉ tiêu số), 61 nhiệm vụ (61 có cơ quan chủ trì)",
    );
    expect(stdout()).toMatch(/Cần xem lại \(\d+\):\n {2}\[dòng \d+\]/u);
    const catalog = JSON.parse(decode(written["out/nq58.json"]));
    expect(catalog).toMatchObject({ id: "ke-hoach-nq58", province: "Thanh Hóa" });
    expect(catalog.tasks).toHaveLength(61);
  });

  it("imports a plan from a .docx and can save the text it read (--text)", async () => {
    const docx = readFileSync(join(root, "tests/fixtures/docx/thanhhoa-green-growth-2023.docx"));
    const { io, stdout, written } = bundledDataIo({ "ke-hoach.docx": docx });
    expect(
      await run(["import", "ke-hoach.docx", "--id", "thanhhoa-green-growth-2023", "--text", "ke-hoach.txt"], io),
    ).toBe(0);
    expect(stdout()).toContain("Tỉnh: Thanh Hóa · Số: 3825/QĐ-UBND");
    expect(stdout()).toContain("8 mục tiêu, 0 mục tiêu cụ thể (0 có chỉ tiêu số), 84 nhiệm vụ (84 có cơ quan chủ trì)");
    expect(stdout()).toContain("tệp .docx");
    expect(decode(written["ke-hoach.txt"]).split("\n")[0]).toBe("ỦY BAN NHÂN DÂN");
  });

  it("reads Word's Unicode (UTF-16) text export", async () => {
    const text = source("003-thanhhoa-nq58-2021.txt");
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let k = 0; k < text.length; k += 1) new DataView(utf16.buffer).setUint16(2 + k * 2, text.charCodeAt(k), true);
    const { io, stdout } = bundledDataIo({ "nq58.txt": utf16 });
    expect(await run(["import", "nq58.txt"], io)).toBe(0);
    expect(stdout()).toContain("10 mục tiêu, 35 mục tiêu cụ thể");
  });

  it.each([
    [
      "a Word 97–2003 .doc",
      "ke-hoach.doc",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      ".docx",
    ],
    [
      "text that is not UTF-8 (TCVN3/Windows-1258)",
      "ke-hoach.txt",
      new Uint8Array([0x4b, 0xd5, 0x20, 0x68, 0x6f, 0xb8, 0x63, 0x68]),
      "UTF-8",
    ],
    ["a missing file", "khong-co.txt", undefined, "khong-co.txt"],
  ])("refuses %s with exit code 1 and says what to do", async (_what, file, bytes, hint) => {
    const { io, stderr } = bundledDataIo(bytes === undefined ? {} : { [file]: bytes });
    expect(await run(["import", file], io)).toBe(1);
    expect(stderr()).toContain(file);
    expect(stderr()).toContain(hint);
  });

  it("prints usage with exit code 2 for an unknown subcommand or a missing argument", async () => {
    for (const args of [["frobnicate"], ["show"], ["import"], []]) {
      const { io, stdout, stderr } = bundledDataIo();
      expect(await run(args, io)).toBe(2);
      expect(stdout() + stderr()).toContain("plan-tracker catalog show");
    }
  });

  it("reads another data folder with --data", async () => {
    const { io, stdout } = memoryIo({
      "khac/plans/index.json": JSON.stringify([
        {
          id: "thu-nghiem-2024",
          title: "Kế hoạch thử",
          province: "Đắk Nông",
          counts: { goals: 1, targets: 2, tasks: 3, reviewItems: 4 },
        },
      ]),
    });
    expect(await run(["list", "--data", "khac"], io)).toBe(0);
    expect(stdout()).toContain("thu-nghiem-2024");
    expect(stdout()).toContain("1 mục tiêu, 2 mục tiêu cụ thể, 3 nhiệm vụ, 4 mục cần xem lại");
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
