import { bundledDataDir } from "./bundledDataDir";
import { todayIso } from "./agencies/agenciesInPlan";
import { processIo, type CliIo } from "./cliIo";
import { commandHelp } from "./commandHelp";
import { fileAccessMessage } from "./fileAccessMessage";
import { CliFileError } from "./regularFiles";
import { runAgenciesCommand } from "./commands/agenciesCommand";
import { runCatalogCommand } from "./commands/catalogCommand";
import { runConsolidateCommand } from "./commands/consolidateCommand";
import { runInjectCommand } from "./commands/injectCommand";
import { runInspectCommand } from "./commands/inspectCommand";
import { runTemplateCommand } from "./commands/templateCommand";
import { runValidateCommand } from "./commands/validateCommand";
import { terminalIo } from "./terminalText";

const USAGE = `Theo dõi kế hoạch (Plan Tracker): dòng lệnh

Cách dùng: plan-tracker <lệnh> [tham số]

Lệnh:
  catalog list           Liệt kê các kế hoạch có sẵn trong danh mục
  catalog show <mã>      Xem một kế hoạch: mục tiêu, chỉ tiêu, cơ quan chủ trì, hạn, sản phẩm, mục cần xem lại
  catalog import <tệp>   Đọc một văn bản kế hoạch (.txt, .docx), in số lượng và các mục cần xem lại
  agencies [--plan <mã>] [--search <chữ>]
                         Liệt kê mã, tên các cơ quan và cơ quan nay giữ nhiệm vụ của cơ quan đã sáp nhập
  inject --plan <mã> --out <tệp.xlsx> [--agency <mã hoặc tên>] [--into <tệp.xlsx>]
                         Đưa chỉ tiêu, nhiệm vụ và bảng phân công của kế hoạch vào sổ tính
  template --plan <mã> [--plan <mã>…] (--agency <mã hoặc tên> | --all) --year <năm> --out <tệp.xlsx | thư mục | tệp.zip>
                         Tạo mẫu biểu báo cáo tiến độ năm cho từng cơ quan, điền được bằng Excel, WPS, LibreOffice
  validate <tệp hoặc thư mục>… [--plan <mã>…] [--agency <mã hoặc tên>] [--year <năm>] [--json] [--mark <tệp.xlsx | thư mục>]
                         Kiểm tra báo cáo các cơ quan gửi về: từng vấn đề ở ô của nó, với cách sửa
  consolidate <tệp hoặc thư mục>… --plan <mã>… --year <năm> --out <tệp.xlsx> [--history <tệp>] [--json]
                         Tổng hợp báo cáo: sổ theo dõi, cơ quan cần đôn đốc, bảng tổng hợp, biểu đồ, dự thảo báo cáo
  inspect <tệp.xlsx>     Liệt kê trang tính, bảng, tên và siêu dữ liệu của một sổ tính
  help [<lệnh>]          Hiện hướng dẫn này, hoặc hướng dẫn chi tiết một lệnh kèm ví dụ

Ví dụ:
  plan-tracker catalog show thanhhoa-sdg-2017
  plan-tracker catalog import ke-hoach.docx --out ke-hoach.json
  plan-tracker inject --plan thanhhoa-sdg-2017 --out ke-hoach.xlsx
  plan-tracker agencies --plan thanhhoa-sdg-2017 --search "y te"
  plan-tracker inject --plan thanhhoa-sdg-2017 --agency "Sở Y tế" --out so-y-te.xlsx
  plan-tracker template --plan thanhhoa-sdg-2017 --plan thanhhoa-green-growth-2023 --all --year 2026 --out mau-bieu-2026.zip
  plan-tracker validate bao-cao-2026/ --year 2026
  plan-tracker consolidate bao-cao-2026/ --plan thanhhoa-green-growth-2023 --year 2026 --out tong-hop-2026.xlsx
  plan-tracker inspect bao-cao-so-y-te.xlsx

Xem thêm: plan-tracker help <lệnh>, ví dụ plan-tracker help inject
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  catalog: (args, io) => runCatalogCommand(args, io, { dataDir: bundledDataDir() }),
  agencies: (args, io) => runAgenciesCommand(args, io, { dataDir: bundledDataDir(), today: todayIso }),
  inject: (args, io) => runInjectCommand(args, io, { dataDir: bundledDataDir() }),
  inspect: runInspectCommand,
  template: (args, io) => runTemplateCommand(args, io, { dataDir: bundledDataDir() }),
  validate: (args, io) => runValidateCommand(args, io, { dataDir: bundledDataDir() }),
  consolidate: (args, io) => runConsolidateCommand(args, io, { dataDir: bundledDataDir() }),
};

/**
 * Runs one CLI invocation; returns the process exit code (0 ok, 1 failure, 2 usage error).
 * Whatever a command prints passes through terminalIo, so data never reaches the terminal as control codes.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = terminalIo(rawIo);
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  if (name === "help") return printHelp(args[0], io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`Không có lệnh "${name}".\n\n${USAGE}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) return printHelp(name, io);
  try {
    return await command(args, io);
  } catch (error) {
    // An output path that is a directory or a device: refused by the write itself, whichever command wrote.
    if (!(error instanceof CliFileError)) throw error;
    io.stderr(fileAccessMessage(error.path, error, "output"));
    return 1;
  }
}

/** `plan-tracker help [<command>]`. */
function printHelp(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) {
    io.stdout(USAGE);
    return 0;
  }
  const help = commandHelp(topic);
  if (help === null) {
    io.stderr(`Không có lệnh "${topic}".\n\n${USAGE}`);
    return 2;
  }
  io.stdout(help);
  return 0;
}

/**
 * What an officer sees when something fails that no command foresaw: a sentence, not a stack trace.
 * PLAN_TRACKER_DEBUG=1 adds the stack for a bug report.
 */
export function unexpectedErrorMessage(error: unknown, debug: boolean): string {
  const detail = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return (
    `Lỗi ngoài dự kiến: ${detail}\n` +
    "Hãy báo lỗi này kèm lệnh đã chạy; chạy lại với biến môi trường PLAN_TRACKER_DEBUG=1 để in chi tiết kỹ thuật." +
    stack
  );
}

export function runFromProcess(): void {
  const io = processIo();
  runCli(process.argv.slice(2), io)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      io.stderr(unexpectedErrorMessage(error, process.env.PLAN_TRACKER_DEBUG === "1"));
      process.exitCode = 1;
    });
}
