import { configure } from "@testing-library/react";

// Fluent UI under jsdom is slow on a loaded 2-core machine; these tests wait for behaviour, not for time.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });
