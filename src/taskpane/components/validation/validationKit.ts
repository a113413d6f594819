import { Tab, TabList } from "@fluentui/react-components";
import { SheetGrid } from "../SheetGrid";
import { TEMPLATE_KIT } from "../templates/templateKit";

/**
 * The parts the "Kiểm tra báo cáo" section uses, handed to its lazily loaded chunk by the first screen for the
 * reason templateKit.ts gives: the template panel's Fluent parts, the sheet tabs, and the pane's sheet grid.
 */
export const VALIDATION_KIT = { ...TEMPLATE_KIT, Tab, TabList, SheetGrid };

export type ValidationKit = typeof VALIDATION_KIT;
