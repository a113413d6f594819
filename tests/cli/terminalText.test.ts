import { terminalIo, terminalLine, terminalLines, terminalText } from "../../src/cli/terminalText";
import { memoryIo } from "../helpers/memoryIo";

const ESC = "\u001b";
const anyControlBut = (allowed: string) => new RegExp(`[^\\P{Cc}${allowed}]`, "u");

describe("terminalText", () => {
  it("keeps Vietnamese text, newlines and tabs as they are", () => {
    const text = "Sở Y tế\n\tChủ trì: Sở Tài chính\n";
    expect(terminalText(text)).toBe(text);
  });

  it("shows an escape sequence as text, so it cannot recolour or retitle the terminal", () => {
    const shown = terminalText(`${ESC}[31mđỏ${ESC}[0m ${ESC}]0;tiêu đề giả\u0007`);
    expect(shown).toBe("\\x1b[31mđỏ\\x1b[0m \\x1b]0;tiêu đề giả\\x07");
    expect(shown).not.toMatch(anyControlBut("\n\t"));
  });

  it("escapes C1 controls and DEL, which some terminals also obey", () => {
    expect(terminalText("a\u009b2Jb\u007fc")).toBe("a\\x9b2Jb\\x7fc");
  });

  it("turns a Windows line end into a newline but shows a lone carriage return, which would overwrite the line", () => {
    expect(terminalText("một\r\nhai\rgiả")).toBe("một\nhai\\rgiả");
  });
});

describe("terminalLine", () => {
  it("escapes newlines and tabs inside one field, so a name cannot forge a line of a listing", () => {
    expect(terminalLine("Chỉ tiêu\n  - Giả mạo [ẩn hẳn]\tx")).toBe("Chỉ tiêu\\n  - Giả mạo [ẩn hẳn]\\tx");
  });

  it("escapes Unicode line and paragraph separators", () => {
    expect(terminalLine("a\u2028b\u2029c")).toBe("a\\u2028b\\u2029c");
  });
});

describe("terminalLines", () => {
  it("makes every string of nested data one terminal line and leaves other values alone", () => {
    const data = { id: "p", title: "a\nb", counts: { tasks: 3 }, items: [{ text: `${ESC}[2J` }, null, true] };
    expect(terminalLines(data)).toEqual({ id: "p", title: "a\\nb", counts: { tasks: 3 }, items: [{ text: "\\x1b[2J" }, null, true] });
  });
});

describe("terminalIo", () => {
  it("cleans what a command prints but reads and writes file bytes unchanged", async () => {
    const memory = memoryIo({ "/virtual/in.txt": `${ESC}[31m` });
    const io = terminalIo(memory.io);
    io.stdout(`${ESC}[31mđỏ`);
    io.stderr(`lỗi${ESC}[0m`);
    await io.writeFile("/virtual/out.txt", `${ESC}[31m`);
    expect(memory.stdout()).toBe("\\x1b[31mđỏ");
    expect(memory.stderr()).toBe("lỗi\\x1b[0m");
    expect(new TextDecoder().decode(await io.readFile("/virtual/in.txt"))).toBe(`${ESC}[31m`);
    expect(memory.written["/virtual/out.txt"]).toBe(`${ESC}[31m`);
  });
});
