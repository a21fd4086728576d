// The one module that imports `yaml`: front matter and the measure catalogue read YAML through it.

import { parse } from "yaml";

/** The document's data; throws the library's error (with its line) when the text is not YAML. */
export function parseYaml(text: string): unknown {
  return parse(text);
}
