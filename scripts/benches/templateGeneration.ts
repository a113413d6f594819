import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bundledPlan, THANH_HOA_PLANS } from "../../tests/workflows/templateFixtures";

/**
 * Every template of every plan, as `plan-tracker template --all` makes them: one combined return per agency for
 * Thanh Hóa's three plans, one per agency for each other province's plan. Timed from the catalogues to the saved
 * .xlsx bytes of each agency, one run each (a round is what the officer waits for once a year).
 */

const YEAR = 2026;
const AS_OF = "2026-12-04";

const ROUNDS: readonly { readonly label: string; readonly plans: readonly string[] }[] = [
  { label: "Thanh Hóa, 3 plans combined", plans: THANH_HOA_PLANS },
  { label: "Đắk Nông", plans: ["daknong-sdg-2018"] },
  { label: "Quảng Ninh", plans: ["quangninh-sdg-2018"] },
];

export default async function benchTemplateGeneration(): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  let allTemplates = 0;
  let allMs = 0;
  for (const round of ROUNDS) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const generated = await generateTemplates(
      { planIds: round.plans, loadPlan: bundledPlan, recipients: "all", year: YEAR, agencies: bundledAgencies, successions: bundledSuccessions, asOf: AS_OF },
      () => createXlsxWorkbook(),
    );
    if (!generated.ok) throw new Error(`${round.label}: ${generated.error.code}`);
    let bytes = 0;
    let rows = 0;
    for (const written of generated.result.written) {
      bytes += (await written.port.toBuffer()).byteLength;
      rows += TEMPLATE_SECTIONS.reduce((sum, section) => sum + written.template.metadata.rows[section].length, 0);
    }
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const count = generated.result.written.length;
    allTemplates += count;
    allMs += ms;
    lines.push(
      `${round.label}: ${count} templates (${rows.toLocaleString("en")} rows, ${Math.round(bytes / 1024).toLocaleString("en")} KB) in ${Math.round(ms)} ms (CPU ${Math.round(cpuMs)} ms), ${Math.round(ms / Math.max(count, 1))} ms a template, saved as .xlsx`,
    );
    figures[`${round.plans.join("+")}.templates`] = count;
    figures[`${round.plans.join("+")}.ms`] = ms;
  }
  lines.push(`every template of every plan: ${allTemplates} templates in ${(allMs / 1000).toFixed(1)} s`);
  figures["all.templates"] = allTemplates;
  figures["all.ms"] = allMs;
  return { lines, figures };
}
