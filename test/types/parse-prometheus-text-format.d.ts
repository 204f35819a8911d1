// The package ships no types: the prom2json-shaped result, as far as the tests read it.
declare module "parse-prometheus-text-format" {
  export default function parsePrometheusTextFormat(text: string): unknown[];
}
