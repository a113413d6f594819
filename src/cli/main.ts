import { bundledDataDir } from "./bundledDataDir";
import { processIo, type CliIo } from "./cliIo";
import { runCatalogCommand } from "./commands/catalogCommand";
import { runInjectCommand } from "./commands/injectCommand";
import { runInspectCommand } from "./commands/inspectCommand";

const USAGE = `Theo dõi kế hoạch (Plan Tracker): dòng lệnh

Cách dùng: plan-tracker <lệnh> [tham số]

Lệnh:
  catalog list           Liệt kê các kế hoạch có sẵn trong danh mục
  catalog show <mã>      Xem một kế hoạch: mục tiêu, chỉ tiêu, cơ quan chủ trì, hạn, sản phẩm, mục cần xem lại
  catalog import <tệp>   Đọc một văn bản kế hoạch (.txt, .docx), in số lượng và các mục cần xem lại
  inject --plan <mã> --out <tệp.xlsx> [--agency <mã>] [--into <tệp.xlsx>]
                         Đưa chỉ tiêu, nhiệm vụ và bảng phân công của kế hoạch vào sổ tính
  inspect <tệp.xlsx>     Liệt kê trang tính, bảng, tên và siêu dữ liệu của một sổ tính
  help                   Hiện hướng dẫn này

Ví dụ:
  plan-tracker catalog show thanhhoa-sdg-2017
  plan-tracker catalog import ke-hoach.docx --out ke-hoach.json
  plan-tracker inject --plan thanhhoa-sdg-2017 --out ke-hoach.xlsx
  plan-tracker inject --plan thanhhoa-sdg-2017 --agency thanhhoa.syt --out so-y-te.xlsx
  plan-tracker inspect bao-cao-so-y-te.xlsx

Xem thêm: plan-tracker catalog help
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  catalog: (args, io) => runCatalogCommand(args, io, { dataDir: bundledDataDir() }),
  inject: (args, io) => runInjectCommand(args, io, { dataDir: bundledDataDir() }),
  inspect: runInspectCommand,
};

/** Runs one CLI invocation; returns the process exit code (0 ok, 1 failure, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Không có lệnh "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command(args, io);
}

export function runFromProcess(): void {
  runCli(process.argv.slice(2), processIo())
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    });
}
