/** This browser's localStorage (Office webviews included), or undefined where reading it throws (storage blocked). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
