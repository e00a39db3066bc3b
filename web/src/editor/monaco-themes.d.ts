// Monaco's built-in vs and vs-dark token rules (shipped without types), read by themes.test.ts.
declare module "monaco-editor/esm/vs/editor/standalone/common/themes.js" {
  import type { editor } from "monaco-editor";
  export const vs: editor.IStandaloneThemeData;
  export const vs_dark: editor.IStandaloneThemeData;
}
