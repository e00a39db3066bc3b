/** Prometheus text exposition of the runner's counters and gauges (GET /metrics). */

type Labels = Record<string, string>;

export class Metrics {
  #counters = new Map<string, { help: string; values: Map<string, number> }>();
  #gauges: { name: string; help: string; read: () => number; type: string }[] = [];

  counter(name: string, help: string): (labels?: Labels, by?: number) => void {
    const entry = { help, values: new Map<string, number>() };
    this.#counters.set(name, entry);
    return (labels = {}, by = 1) => {
      const key = labelText(labels);
      entry.values.set(key, (entry.values.get(key) ?? 0) + by);
    };
  }

  gauge(name: string, help: string, read: () => number, type: "gauge" | "counter" = "gauge"): void {
    this.#gauges.push({ name, help, read, type });
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, { help, values }] of this.#counters) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [labels, v] of values) lines.push(`${name}${labels} ${v}`);
    }
    for (const g of this.#gauges) lines.push(`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} ${g.type}`, `${g.name} ${g.read()}`);
    return lines.join("\n") + "\n";
  }
}

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, "_")}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}
