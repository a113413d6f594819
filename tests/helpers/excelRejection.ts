/** Runs an Excel batch and returns the error it rejects with (or fails the test): Office.js errors carry a code. */
export async function rejectionOf(
  batch: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<{ name: string; code: string }> {
  try {
    await Excel.run(batch);
  } catch (error) {
    return error as { name: string; code: string };
  }
  throw new Error("expected the batch to fail");
}
