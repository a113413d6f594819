import { PROGRESS_PROFILES } from "../../../src/domain/consolidation/progressStatus";
import { rollUpTaskStatuses, taskStateFromLabel, type TaskProgress, type TaskState } from "../../../src/domain/consolidation/rollUpTaskStatuses";
import { STATUSES } from "../../../src/domain/templates/templateText";

const tasks = (...states: (TaskState | null)[]): TaskProgress[] => states.map((state) => ({ state }));

describe("rollUpTaskStatuses", () => {
  it("gives target achieved when every task is done, late or not", () => {
    expect(rollUpTaskStatuses(tasks("done", "done_late", "done")).status).toBe("target_achieved");
  });

  // 2 done + 1 on schedule of 4 reported = 0.75: between 0.6 and 0.95.
  it("reads the share of reported tasks done or on schedule against the profile's cut points", () => {
    const result = rollUpTaskStatuses(tasks("done", "done", "on_schedule", "behind", null));
    expect(result.ratio).toBeCloseTo(0.75, 10);
    expect(result.status).toBe("moderate_progress");
    expect(result.counts).toMatchObject({ total: 5, done: 2, onSchedule: 1, behind: 1, notReported: 1 });
  });

  // 5 of 10 = 0.5: under the default 0.6, at the UNSD 0.5.
  it("calls half the tasks on track limited progress by default and moderate progress under UNSD", () => {
    const half = tasks("done", "done", "on_schedule", "on_schedule", "done_late", "behind", "behind", "not_started", "not_started", "behind");
    expect(rollUpTaskStatuses(half).status).toBe("limited_progress");
    expect(rollUpTaskStatuses(half, PROGRESS_PROFILES.unsd).status).toBe("moderate_progress");
  });

  it("counts an overdue task the agency called on schedule as behind", () => {
    const result = rollUpTaskStatuses([{ state: "on_schedule", overdue: true }, { state: "done" }]);
    expect(result.counts).toMatchObject({ onSchedule: 0, behind: 1, overdue: 1 });
    expect(result.ratio).toBeCloseTo(0.5, 10);
  });

  it("is not achieved while some task is unreported, even if every reported one is done", () => {
    expect(rollUpTaskStatuses(tasks("done", null)).status).toBe("substantial_progress");
  });

  it("gives not reported when no task was reported, and insufficient data when there are no tasks", () => {
    expect(rollUpTaskStatuses(tasks(null, null)).status).toBe("not_reported");
    expect(rollUpTaskStatuses([{ state: "not_reported" }]).status).toBe("not_reported");
    expect(rollUpTaskStatuses([]).status).toBe("insufficient_data");
  });

  it("leaves a task whose status needs correction out of the share, as not reported, not as behind", () => {
    const result = rollUpTaskStatuses([{ state: "needs_correction" }, { state: "done" }]);
    expect(result.counts).toMatchObject({ total: 2, done: 1, behind: 0, notReported: 1 });
    expect(result.ratio).toBe(1);
  });
});

describe("taskStateFromLabel", () => {
  it("reads every status of the template's list, typed with or without accents", () => {
    expect(STATUSES.map(taskStateFromLabel)).toEqual(["done", "done_late", "on_schedule", "behind", "not_started"]);
    expect(taskStateFromLabel("  hoan thanh cham ")).toBe("done_late");
  });

  it("gives null for an empty cell or words outside the list", () => {
    expect(taskStateFromLabel(null)).toBeNull();
    expect(taskStateFromLabel("Đã xong phần lớn")).toBeNull();
  });
});
