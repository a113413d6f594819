import { AGENCIES_USAGE } from "./commands/agenciesCommand";
import { usage as catalogUsage } from "./commands/catalogMessages";
import { CONSOLIDATE_USAGE } from "./commands/consolidateCommand";
import { INJECT_USAGE } from "./commands/injectCommand";
import { TEMPLATE_USAGE } from "./commands/templateCommand";
import { VALIDATE_USAGE } from "./commands/validateCommand";

const INSPECT_USAGE = `Cách dùng: plan-tracker inspect <tệp.xlsx>

Liệt kê trang tính (hiện, ẩn, ẩn hẳn), bảng, tên được định nghĩa và siêu dữ liệu Theo dõi kế hoạch của một sổ tính, để kiểm tra một tệp trước khi gửi hoặc sau khi nhận.`;

const HELP_USAGE = `Cách dùng: plan-tracker help [<lệnh>]

Hướng dẫn chung, hoặc hướng dẫn chi tiết một lệnh: catalog, agencies, inject, template, validate, consolidate, inspect.`;

/** What `plan-tracker help <command>` prints: how to call the command, then examples to copy. */
const HELP: Readonly<Record<string, { readonly usage: () => string; readonly examples: readonly string[] }>> = {
  // The catalogue's usage ends with its own examples.
  catalog: { usage: catalogUsage, examples: [] },
  agencies: {
    usage: () => AGENCIES_USAGE,
    examples: [
      "plan-tracker agencies --plan thanhhoa-sdg-2017                  # các cơ quan của kế hoạch, với số việc chủ trì, phối hợp",
      'plan-tracker agencies --search "so y te"                        # tìm mã của Sở Y tế các tỉnh',
      "plan-tracker agencies --plan thanhhoa-sdg-2017 --date 2024-12-31  # trước đợt sắp xếp năm 2025",
    ],
  },
  inject: {
    usage: () => INJECT_USAGE,
    examples: [
      "plan-tracker inject --plan thanhhoa-sdg-2017 --out ke-hoach.xlsx",
      'plan-tracker inject --plan thanhhoa-sdg-2017 --agency "Sở Y tế" --out so-y-te.xlsx',
      "plan-tracker inject --plan thanhhoa-sdg-2017 --agency thanhhoa.syt --lang en --out syt-en.xlsx",
    ],
  },
  template: {
    usage: () => TEMPLATE_USAGE,
    examples: [
      'plan-tracker template --plan thanhhoa-sdg-2017 --agency "Sở Y tế" --year 2026 --out so-y-te-2026.xlsx',
      "plan-tracker template --plan thanhhoa-sdg-2017 --plan thanhhoa-nq58-2021 --plan thanhhoa-green-growth-2023 --all --year 2026 --out mau-bieu-2026.zip",
      "plan-tracker template --plan quangninh-sdg-2018 --all --year 2026 --deadline 20/11/2026 --out mau-bieu/",
    ],
  },
  validate: {
    usage: () => VALIDATE_USAGE,
    examples: [
      "plan-tracker validate bao-cao-so-nn-mt.xlsx",
      'plan-tracker validate bao-cao-2026/ --year 2026 --plan thanhhoa-sdg-2017 --plan thanhhoa-nq58-2021',
      'plan-tracker validate bao-cao-so-y-te.xlsx --agency "Sở Y tế" --mark so-y-te-kiem-tra.xlsx',
      "plan-tracker validate bao-cao-2026/ --json > ket-qua.json",
    ],
  },
  consolidate: {
    usage: () => CONSOLIDATE_USAGE,
    examples: [
      "plan-tracker consolidate bao-cao-2026/ --plan thanhhoa-green-growth-2023 --year 2026 --out tong-hop-2026.xlsx",
      "plan-tracker consolidate bao-cao-2027/ --plan thanhhoa-sdg-2017 --year 2027 --history tong-hop-2026.xlsx --out tong-hop-2027.xlsx",
      "plan-tracker consolidate bao-cao-2026/ --plan thanhhoa-sdg-2017 --year 2026 --include so-xd.xlsx --out tong-hop.xlsx --json > so-theo-doi.json",
    ],
  },
  inspect: { usage: () => INSPECT_USAGE, examples: ["plan-tracker inspect bao-cao-so-y-te.xlsx"] },
  help: { usage: () => HELP_USAGE, examples: ["plan-tracker help inject"] },
};

export const HELP_TOPICS: readonly string[] = Object.keys(HELP);

/** The help of one command, or null when there is no such command. */
export function commandHelp(name: string): string | null {
  const help = Object.hasOwn(HELP, name) ? HELP[name] : undefined;
  if (!help) return null;
  const examples = help.examples.length > 0 ? `\n\nVí dụ:\n${help.examples.map((example) => `  ${example}`).join("\n")}` : "";
  return `${help.usage()}${examples}\n`;
}
