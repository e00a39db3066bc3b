import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { initI18n } from "../i18n";

// Components render in English unless a test switches (the i18n tests switch back).
await initI18n("en");

afterEach(() => cleanup());
