import path from "node:path";
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { E2E_OUTPUT as OUTPUT, useServedPane } from "../helpers/servedPane";

/** Plan 000's review items as the bundled catalogue holds them: the list must show every one. */
const PLAN_000_REVIEW_ITEMS = (
  JSON.parse(readFileSync(path.resolve(__dirname, "../../data/plans/thanhhoa-sdg-2017.json"), "utf8")) as { review: unknown[] }
).review.length;

const pane = useServedPane();

/** A laptop screen with the pane in a browser, and a task pane docked in Excel on a laptop. */
const WIDTHS = [
  { name: "1366", viewport: { width: 1366, height: 768 } },
  { name: "350", viewport: { width: 350, height: 800 } },
] as const;

interface LayoutFaults {
  /** Horizontal scroll where none is wanted: the page, or a card. */
  readonly scrolling: string[];
  /** Elements whose box pokes out of their card's sides. */
  readonly outsideCard: string[];
  /** Controls of the plan view that are not within the window's width. */
  readonly offScreen: string[];
  /** Filter fields that cover each other. */
  readonly overlapping: string[];
}

/**
 * Runs in the page. Elements inside a container that scrolls or clips on its own (the sheet grid, a tab strip)
 * are judged by that container; hidden elements are skipped.
 */
function findLayoutFaults(): LayoutFaults {
  const SLACK = 0.5;
  const describe = (element: Element) => {
    const label = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
    return `${element.tagName.toLowerCase()}.${String(element.className).split(" ")[0]} “${label}”`;
  };
  const visible = (element: Element) => {
    // Fluent's focus manager (tabster) parks 1-pixel focus guards at the window's edge; nobody sees them.
    if (element.hasAttribute("data-tabster-dummy")) return false;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  };
  const clipsOwnContent = (element: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(element).overflowX);

  const scrolling: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) scrolling.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
  const cards = [...document.querySelectorAll(".fui-Card")].filter(visible);
  for (const card of cards) if (card.scrollWidth > card.clientWidth) scrolling.push(`${describe(card)} ${card.scrollWidth} > ${card.clientWidth}`);

  const outsideCard: string[] = [];
  for (const card of cards) {
    const bounds = card.getBoundingClientRect();
    for (const element of card.querySelectorAll("*")) {
      if (!visible(element)) continue;
      let clipper = element.parentElement;
      while (clipper && clipper !== card && !clipsOwnContent(clipper)) clipper = clipper.parentElement;
      if (clipper && clipper !== card) continue;
      const box = element.getBoundingClientRect();
      if (box.left < bounds.left - SLACK || box.right > bounds.right + SLACK) {
        outsideCard.push(`${describe(element)} [${Math.round(box.left)}, ${Math.round(box.right)}] outside [${Math.round(bounds.left)}, ${Math.round(bounds.right)}]`);
      }
    }
  }

  const offScreen: string[] = [];
  const planView = document.querySelector('[data-testid="plan-view"]');
  const controls = planView ? [...planView.querySelectorAll('button, input, textarea, select, [role="combobox"], [role="tab"]')] : [];
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    // Fluent's checkboxes and radios lay a transparent input over their box: judge the box the officer sees.
    const seen = control.matches('input[type="checkbox"], input[type="radio"]') ? control.parentElement!.getBoundingClientRect() : box;
    if (seen.width === 0 || seen.height === 0) continue;
    if (seen.left < -SLACK || seen.right > root.clientWidth + SLACK) offScreen.push(`${describe(control)} [${Math.round(seen.left)}, ${Math.round(seen.right)}]`);
  }

  const overlapping: string[] = [];
  const fields = [...(document.querySelector('[data-testid="catalog-filters"]')?.children ?? [])].map((field) => [field, field.getBoundingClientRect()] as const);
  fields.forEach(([a, boxA], index) =>
    fields.slice(index + 1).forEach(([b, boxB]) => {
      const apart = boxA.right <= boxB.left + SLACK || boxB.right <= boxA.left + SLACK || boxA.bottom <= boxB.top + SLACK || boxB.bottom <= boxA.top + SLACK;
      if (!apart) overlapping.push(`${describe(a)} × ${describe(b)}`);
    }),
  );
  return { scrolling, outsideCard, offScreen, overlapping };
}

const NO_FAULTS: LayoutFaults = { scrolling: [], outsideCard: [], offScreen: [], overlapping: [] };

/** Plan 000 injected, so that the workbook grid holds wide sheets beside (or below) the plan view. */
async function openInjectedPlan(page: Page): Promise<void> {
  await page.getByRole("combobox").first().click();
  await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
  await page.getByText("17 mục tiêu, 104 chỉ tiêu, 130 nhiệm vụ").waitFor();
  await page.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }).click();
  await page.getByText(/^Đã ghi 4 trang tính/).waitFor({ timeout: 30_000 });
}

describe.each(WIDTHS)("the plan view at $name px", ({ name, viewport }) => {
  it("lands on the review list from the summary and fits its decision form in the card", async () => {
    const page = await pane.openPane(pane.server().httpUrl, viewport);
    await openInjectedPlan(page);
    await page.getByRole("button", { name: "Xem các điểm cần xem lại" }).click();
    const first = page.locator("[data-review-id]").first();
    await first.waitFor();
    const list = await page.locator("#review-list").boundingBox();
    expect(list!.y).toBeGreaterThanOrEqual(0);
    expect(list!.y).toBeLessThan(viewport.height / 2);
    expect(await page.locator("[data-review-id]").count()).toBe(PLAN_000_REVIEW_ITEMS);

    await first.getByRole("button", { name: "Ghi quyết định" }).click();
    await first.getByRole("radio", { name: "Cần sửa" }).check();
    await first.getByRole("textbox", { name: "Ghi chú" }).fill("Phần đầu danh sách ở trang trước, theo bản giấy là 3.3.a");
    await first.getByRole("textbox", { name: "Người ghi (không bắt buộc)" }).fill("Nguyễn Văn A");
    expect(await first.getByRole("button", { name: "Lưu vào sổ tính" }).isEnabled()).toBe(true);
    await page.screenshot({ path: path.join(OUTPUT, `review-${name}.png`), animations: "disabled" });
    expect(await page.evaluate(findLayoutFaults)).toEqual(NO_FAULTS);
    await page.context().close();
  }, 90_000);

  it("keeps the filter row, the cards and every control within the window, with a long goal chosen", async () => {
    const page = await pane.openPane(pane.server().httpUrl, viewport);
    await openInjectedPlan(page);
    const filters = page.getByTestId("catalog-filters");
    await filters.getByRole("combobox", { name: "Mục tiêu" }).click();
    await page.getByRole("option", { name: /^11\. / }).click();
    await filters.getByRole("combobox", { name: "Cơ quan" }).click();
    await page.getByRole("option").nth(3).click();
    await page.getByRole("checkbox", { name: "Chỉ mục cần xem lại" }).check();
    await filters.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(OUTPUT, `layout-${name}.png`), animations: "disabled" });
    expect(await page.evaluate(findLayoutFaults)).toEqual(NO_FAULTS);

    await page.getByRole("button", { name: "Xóa bộ lọc" }).click();
    await page.getByText("Chỉ tiêu (104)").waitFor();
    await page.context().close();
  }, 90_000);

  it("puts the plan view first and keeps the workbook grid from pushing it aside", async () => {
    const page = await pane.openPane(pane.server().httpUrl, viewport);
    await openInjectedPlan(page);
    const plan = (await page.getByTestId("plan-view").boundingBox())!;
    const workbook = (await page.getByRole("region", { name: "Sổ tính" }).boundingBox())!;
    expect(plan.x).toBeGreaterThanOrEqual(0);
    expect(plan.x + plan.width).toBeLessThanOrEqual(viewport.width);
    // Beside the plan view on a wide screen, below it in a narrow pane; never before it.
    expect(workbook.x >= plan.x + plan.width || workbook.y >= plan.y + plan.height).toBe(true);
    expect(await page.evaluate(findLayoutFaults)).toEqual(NO_FAULTS);
    await page.context().close();
  }, 90_000);
});
