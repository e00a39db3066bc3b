/**
 * Monaco 0.55's basic-languages modules (each language's registration and its grammar) open with
 * side-effect imports of every editor contribution and standalone feature (what `editor.main`
 * loads): importing the python grammar pulled the whole ~1 MB feature set back into the bundle,
 * whatever web/src/editor/monaco.ts chose. This drops those imports from the basic-languages
 * modules only; they keep their one real import (`languages` from the API) and the icon CSS, and
 * the editor gets exactly the contributions monaco.ts lists (issue 17).
 */
import type { Plugin } from "vite";

const BASIC_LANGUAGES = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]basic-languages[\\/]/;
/** `import '../../editor/contrib/…';` and the like: a bare side-effect import of an editor feature. */
const FEATURE_IMPORT = /^import '(?:\.\.\/)+editor\/(?:contrib|browser|standalone|common\/standaloneStrings)[^']*';\r?\n/gm;

export function stripLanguageFeatureImports(code: string): string {
  return code.replace(FEATURE_IMPORT, "");
}

export function monacoLanguagesOnly(): Plugin {
  return {
    name: "duet-monaco-languages-only",
    enforce: "pre",
    transform(code, id) {
      if (!BASIC_LANGUAGES.test(id)) return null;
      const stripped = stripLanguageFeatureImports(code);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
