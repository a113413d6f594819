import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Agency, AgencySuccession } from "../../../../src/domain/catalog/agency";
import { bundledAgencies } from "../../../../src/domain/catalog/agencies/bundledAgencies";
import { reviewItemIds } from "../../../../src/domain/catalog/review/reviewItemIds";
import type { ReviewDecision } from "../../../../src/domain/catalog/review/reviewDecisions";
import type { AgencyId, PlanCatalog, ReviewItem } from "../../../../src/domain/catalog/types";
import { PlanView, type PlanViewProps } from "../../../../src/taskpane/components/plan/PlanView";
import { BUNDLED_PLANS, loadBundledCatalog } from "../../../../src/taskpane/plans/bundledPlans";
import { AGENCIES, makeCatalog } from "../../../helpers/catalogBuilders";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

const NO_SUCCESSIONS: readonly AgencySuccession[] = [];

function renderPlanView(catalog: PlanCatalog, overrides: Partial<PlanViewProps> = {}, agencies: readonly Agency[] = AGENCIES) {
  return renderWithProviders(
    <PlanView
      catalog={catalog}
      agencies={new Map<AgencyId, Agency>(agencies.map((agency) => [agency.id, agency]))}
      onInject={async () => ({ planId: catalog.id, agency: null, sheets: [] })}
      successions={NO_SUCCESSIONS}
      successionEdits={NO_SUCCESSIONS}
      onSuccessionEditsChange={() => undefined}
      reviewDecisions={new Map()}
      reviewer=""
      onDecide={async () => undefined}
      asOf="2026-11-23"
      {...overrides}
    />,
  );
}

/** Follows the summary's link and waits for the review list to open. */
async function openReviewList(): Promise<HTMLElement[]> {
  fireEvent.click(screen.getByRole("button", { name: "Xem các điểm cần xem lại" }));
  await waitFor(() => expect(document.querySelector("[data-review-id]")).not.toBeNull());
  return [...document.querySelectorAll<HTMLElement>("[data-review-id]")];
}

const review = (code: string, kind: ReviewItem["subject"]["kind"], id: string | null, line: number, quote = "trích dẫn"): ReviewItem => ({
  code,
  subject: { kind, id },
  message: `Thông điệp ${code}`,
  source: { line, quote },
  candidates: [],
});

describe("PlanView's review list", () => {
  it.each(BUNDLED_PLANS.map((plan) => plan.planId))("lists every review item of bundled plan %s", async (planId) => {
    const catalog = await loadBundledCatalog(planId);
    renderPlanView(catalog, {}, bundledAgencies);
    const shown = (await openReviewList()).map((article) => article.dataset.reviewId);
    expect(shown.sort()).toEqual(reviewItemIds(catalog.review).sort());
  });

  it("lists items about the whole plan and about a goal under their own headings", async () => {
    const catalog = makeCatalog({
      review: [review("source_truncated", "plan", null, 686), review("numbering_gap", "goal", "3", 80), review("lead_differs", "target", "3.2", 250)],
    });
    renderPlanView(catalog);
    await openReviewList();
    const plan = screen.getByRole("region", { name: "Toàn kế hoạch" });
    expect(within(plan).getByRole("article", { name: "source_truncated:plan::L686" })).toBeInTheDocument();
    const goals = screen.getByRole("region", { name: "Theo mục tiêu" });
    expect(within(goals).getByText("Mục tiêu 3: Sức khỏe")).toBeInTheDocument();
    expect(within(goals).getByRole("article", { name: "numbering_gap:goal:3:L80" })).toBeInTheDocument();
    const items = screen.getByRole("region", { name: "Theo chỉ tiêu và nhiệm vụ" });
    expect(within(items).getByRole("article", { name: "lead_differs:target:3.2:L250" })).toBeInTheDocument();
  });

  it("shows an item's quote in full, with its line", async () => {
    const quote = "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế, Sở Tài chính, UBND các huyện, thị xã, thành phố; ".repeat(4).trim();
    renderPlanView(makeCatalog({ review: [review("lead_differs", "target", "3.2", 250, quote)] }));
    const [article] = await openReviewList();
    expect(article!.querySelector("blockquote")!.textContent).toBe(`Dòng 250: “${quote}”`);
  });

  it("opens the list and moves the focus to it from the summary", async () => {
    renderPlanView(makeCatalog());
    await openReviewList();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Điểm cần xem lại (1)" }));
    expect(document.activeElement!.closest("#review-list")).not.toBeNull();
  });

  it("records the chosen verdict with its note, trimmed", async () => {
    const onDecide = jest.fn(async () => undefined);
    renderPlanView(makeCatalog(), { onDecide });
    const [article] = await openReviewList();
    fireEvent.click(within(article!).getByRole("button", { name: "Ghi quyết định" }));
    expect(within(article!).getByRole("button", { name: "Lưu vào sổ tính" })).toBeDisabled();
    fireEvent.click(within(article!).getByRole("radio", { name: "Cần sửa" }));
    fireEvent.change(within(article!).getByRole("textbox", { name: "Ghi chú" }), { target: { value: "  Phụ lục ghi Sở Y tế  " } });
    fireEvent.click(within(article!).getByRole("button", { name: "Lưu vào sổ tính" }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith("lead_differs:target:3.2:L250", { decision: "needs_fix", note: "Phụ lục ghi Sở Y tế", by: "" }));
  });

  it("offers the name signed with last time and signs the decision with it", async () => {
    const onDecide = jest.fn(async () => undefined);
    renderPlanView(makeCatalog(), { onDecide, reviewer: "Nguyễn Văn A" });
    const [article] = await openReviewList();
    fireEvent.click(within(article!).getByRole("button", { name: "Ghi quyết định" }));
    expect(within(article!).getByRole("textbox", { name: "Người ghi (không bắt buộc)" })).toHaveValue("Nguyễn Văn A");
    fireEvent.click(within(article!).getByRole("radio", { name: "Đã xác nhận" }));
    fireEvent.click(within(article!).getByRole("button", { name: "Lưu vào sổ tính" }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith("lead_differs:target:3.2:L250", { decision: "confirmed", note: "", by: "Nguyễn Văn A" }));
  });

  it("shows a recorded decision and withdraws it on request", async () => {
    const onDecide = jest.fn(async () => undefined);
    const decision: ReviewDecision = { decision: "confirmed", note: "Đúng theo phụ lục", by: "Lê Thị B", at: "2026-11-20T03:00:00.000Z" };
    renderPlanView(makeCatalog(), { onDecide, reviewDecisions: new Map([["lead_differs:target:3.2:L250", decision]]) });
    const [article] = await openReviewList();
    expect(within(article!).getByText("Đã xác nhận")).toBeInTheDocument();
    expect(within(article!).getByText("Đúng theo phụ lục")).toBeInTheDocument();
    expect(within(article!).getByText("ngày 20/11/2026 · Lê Thị B")).toBeInTheDocument();
    expect(screen.getByText("Đã có quyết định: 1/1 điểm.")).toBeInTheDocument();
    fireEvent.click(within(article!).getByRole("button", { name: "Sửa quyết định" }));
    fireEvent.click(within(article!).getByRole("button", { name: "Xóa quyết định" }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith("lead_differs:target:3.2:L250", null));
  });

  it("keeps the form open and says why when the workbook cannot be written", async () => {
    const onDecide = jest.fn(async () => {
      throw new Error("InvalidOperation");
    });
    renderPlanView(makeCatalog(), { onDecide });
    const [article] = await openReviewList();
    fireEvent.click(within(article!).getByRole("button", { name: "Ghi quyết định" }));
    fireEvent.click(within(article!).getByRole("radio", { name: "Bỏ qua" }));
    fireEvent.click(within(article!).getByRole("button", { name: "Lưu vào sổ tính" }));
    expect(await within(article!).findByText(/Không ghi được quyết định vào sổ tính: InvalidOperation/)).toBeInTheDocument();
    expect(within(article!).getByRole("button", { name: "Lưu vào sổ tính" })).toBeEnabled();
  });

  it("hides decided items when asked for the undecided only", async () => {
    const catalog = makeCatalog({ review: [review("a", "plan", null, 1), review("b", "plan", null, 2)] });
    const decided = new Map<string, ReviewDecision>([["a:plan::L1", { decision: "dismissed", note: "", at: "2026-11-20T03:00:00.000Z" }]]);
    renderPlanView(catalog, { reviewDecisions: decided });
    await openReviewList();
    fireEvent.click(screen.getByRole("checkbox", { name: "Chỉ hiện điểm chưa có quyết định" }));
    await waitFor(() => expect(screen.queryByRole("article", { name: "a:plan::L1" })).not.toBeInTheDocument());
    expect(screen.getByRole("article", { name: "b:plan::L2" })).toBeInTheDocument();
  });
});
