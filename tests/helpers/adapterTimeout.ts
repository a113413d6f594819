// File-adapter tests write, zip and re-read whole workbooks; a busy 2-core machine needs more than Jest's 5 s for some.
// (A project's `testTimeout` is not read by Jest: it is a global option, so the timeout is set here.)
jest.setTimeout(30_000);
