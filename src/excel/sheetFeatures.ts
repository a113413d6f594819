import type { ConditionalFormatSpec, StyleSpec, ValidationRule, ValidationSpec } from "../workbook/port";

/** Excel's caps on validation texts; longer texts make the whole request fail, so they are shortened. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ALERT_TITLE_MAX = 32;
const ALERT_MESSAGE_MAX = 225;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function bounds(min: number | string | undefined, max: number | string | undefined, fallbackMin: number | string): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { operator: "Between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "GreaterThanOrEqualTo", formula1: min };
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "GreaterThanOrEqualTo", formula1: fallbackMin };
}

/** The port's rule as an Office.js DataValidationRule. List sources stay strings (office-js#277). */
export function toDataValidationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "wholeNumber":
      return { wholeNumber: bounds(rule.min, rule.max, -2_147_483_648) };
    case "decimal":
      return { decimal: bounds(rule.min, rule.max, -1e307) };
    case "date": {
      const basic = bounds(rule.min, rule.max, "1900-01-01");
      return { date: { operator: basic.operator, formula1: String(basic.formula1), formula2: basic.formula2 === undefined ? undefined : String(basic.formula2) } };
    }
    case "textLength":
      return { textLength: { operator: "LessThanOrEqualTo", formula1: rule.max } };
    case "custom":
      return { custom: { formula: rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}` } };
  }
}

export function toPrompt(prompt: NonNullable<ValidationSpec["prompt"]>): Excel.DataValidationPrompt {
  return { showPrompt: true, title: shorten(prompt.title, PROMPT_TITLE_MAX), message: shorten(prompt.message, PROMPT_MESSAGE_MAX) };
}

const ALERT_STYLES = { stop: "Stop", warning: "Warning", information: "Information" } as const;

export function toErrorAlert(error: NonNullable<ValidationSpec["error"]>): Excel.DataValidationErrorAlert {
  return {
    showAlert: true,
    style: ALERT_STYLES[error.style ?? "stop"],
    title: shorten(error.title, ALERT_TITLE_MAX),
    message: shorten(error.message, ALERT_MESSAGE_MAX),
  };
}

/** Queues one conditional format on `range`. Equality is a cell-value rule: Excel's text rules only "contain". */
export function addConditionalFormat(range: Excel.Range, spec: ConditionalFormatSpec): void {
  switch (spec.kind) {
    case "textEquals": {
      const format = range.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = spec.fill;
      if (spec.fontColor) format.cellValue.format.font.color = spec.fontColor;
      if (spec.bold) format.cellValue.format.font.bold = true;
      format.cellValue.rule = { operator: "EqualTo", formula1: `="${spec.text.replace(/"/g, '""')}"` };
      return;
    }
    case "dataBar": {
      const format = range.conditionalFormats.add("DataBar");
      format.dataBar.positiveFormat.fillColor = spec.color;
      return;
    }
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Queues the formatting of one StyleSpec on `range`; only the properties the spec sets. */
export function applyStyle(range: Excel.Range, style: StyleSpec): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.rotation !== undefined) format.textOrientation = style.rotation;
  if (style.rowHeight !== undefined) format.rowHeight = style.rowHeight;
}

/** How deeply the groups nest: the most groups any one row belongs to. */
export function outlineDepth(groups: readonly { readonly from: number; readonly to: number }[]): number {
  const events = groups.flatMap((group) => [
    { row: group.from, delta: 1 },
    { row: group.to + 1, delta: -1 },
  ]);
  events.sort((a, b) => a.row - b.row || a.delta - b.delta);
  let depth = 0;
  let deepest = 0;
  for (const event of events) {
    depth += event.delta;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
