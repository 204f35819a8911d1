/**
 * A horizontal bar chart as SVG, laid out for a phone: 1080 px wide, large type, each category's name on its
 * own line above its bars (so long UGEL names never shrink), values written on the bars. Stacked (one bar per
 * category, a segment per series) or grouped (one bar per series). Every word arrives translated.
 */

export interface BarSeries {
  label: string;
  color: string;
  /** Text on a segment of this colour. */
  ink?: string;
  /** One value per category. */
  values: number[];
  /** Optional text beside each grouped bar (default: the value); grouped bars start with the series' label. */
  valueLabels?: string[];
}

export interface BarChartSpec {
  title: string;
  subtitle?: string;
  /** Who and when, at the bottom. */
  footer: string;
  categories: string[];
  series: BarSeries[];
  mode: "stacked" | "grouped";
  /** The value of a full-width bar; default the largest total. */
  max?: number;
  /** Shown instead of bars when every value is 0. */
  emptyText: string;
  /** Writes a count (stacked segments and totals). */
  formatValue: (value: number) => string;
}

export const CHART_WIDTH = 1080;
const PAD = 56;
const FONT = "Roboto";
const TITLE_SIZE = 46;
const SUBTITLE_SIZE = 32;
const LEGEND_SIZE = 32;
const LABEL_SIZE = 34;
const VALUE_SIZE = 30;
const FOOTER_SIZE = 26;
const STACK_HEIGHT = 64;
const GROUP_HEIGHT = 44;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Roboto's average advance is about 0.5 em (0.56 in bold); enough to lay out labels and decide what fits in a segment. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.56 : 0.5);
}

function text(x: number, y: number, content: string, size: number, options: { bold?: boolean; fill?: string; anchor?: "start" | "middle" | "end" } = {}): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${size}"${options.bold ? ' font-weight="bold"' : ""} fill="${options.fill ?? "#1f2933"}"${options.anchor && options.anchor !== "start" ? ` text-anchor="${options.anchor}"` : ""}>${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, radius = 6): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, width).toFixed(1)}" height="${height}" rx="${radius}" fill="${fill}"/>`;
}

/** Splits a title into lines that fit the width. */
function wrap(content: string, size: number, width: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of content.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export function barChartSvg(spec: BarChartSpec): string {
  const inner = CHART_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  for (const line of wrap(spec.title, TITLE_SIZE, inner, true)) {
    y += TITLE_SIZE;
    parts.push(text(PAD, y, line, TITLE_SIZE, { bold: true }));
    y += 10;
  }
  if (spec.subtitle) {
    for (const line of wrap(spec.subtitle, SUBTITLE_SIZE, inner, false)) {
      y += SUBTITLE_SIZE + 4;
      parts.push(text(PAD, y, line, SUBTITLE_SIZE, { fill: "#52606d" }));
    }
  }

  // Legend: swatch and label, wrapped into rows.
  y += 62;
  let x = PAD;
  for (const series of spec.series) {
    const width = 36 + 12 + textWidth(series.label, LEGEND_SIZE) + 36;
    if (x + width > CHART_WIDTH - PAD && x > PAD) {
      x = PAD;
      y += LEGEND_SIZE + 22;
    }
    parts.push(rect(x, y - 30, 36, 36, series.color, 6), text(x + 48, y, series.label, LEGEND_SIZE));
    x += width;
  }
  y += 32;

  const totals = spec.categories.map((_, index) => spec.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
  const everything = totals.reduce((sum, value) => sum + value, 0);
  if (everything === 0) {
    y += 80;
    parts.push(text(CHART_WIDTH / 2, y, spec.emptyText, LABEL_SIZE, { anchor: "middle", fill: "#52606d" }));
    y += 40;
  } else if (spec.mode === "stacked") {
    const max = spec.max ?? Math.max(...totals);
    const totalLabels = totals.map((total) => spec.formatValue(total));
    const room = inner - Math.max(...totalLabels.map((label) => textWidth(label, LABEL_SIZE, true))) - 20;
    spec.categories.forEach((category, index) => {
      y += 40;
      parts.push(text(PAD, y + LABEL_SIZE - 6, category, LABEL_SIZE, { bold: true }));
      y += LABEL_SIZE + 16;
      parts.push(rect(PAD, y, room, STACK_HEIGHT, "#eef1f4", 8));
      let left = PAD;
      for (const series of spec.series) {
        const value = series.values[index] ?? 0;
        if (value <= 0) continue;
        const width = (value / max) * room;
        parts.push(rect(left, y, width, STACK_HEIGHT, series.color, 0));
        const label = spec.formatValue(value);
        if (textWidth(label, VALUE_SIZE, true) + 16 < width) {
          parts.push(text(left + width / 2, y + STACK_HEIGHT / 2 + VALUE_SIZE / 2.8, label, VALUE_SIZE, { bold: true, fill: series.ink ?? "#ffffff", anchor: "middle" }));
        }
        left += width;
      }
      parts.push(text(left + 16, y + STACK_HEIGHT / 2 + LABEL_SIZE / 2.8, totalLabels[index] as string, LABEL_SIZE, { bold: true }));
      y += STACK_HEIGHT;
    });
  } else {
    const max = spec.max ?? Math.max(...spec.series.flatMap((series) => series.values));
    const labels = spec.series.map((series) => series.values.map((value, index) => `${series.label}: ${series.valueLabels?.[index] ?? spec.formatValue(value)}`));
    const room = inner - Math.max(...labels.flat().map((label) => textWidth(label, VALUE_SIZE, true))) - 20;
    spec.categories.forEach((category, index) => {
      y += 40;
      parts.push(text(PAD, y + LABEL_SIZE - 6, category, LABEL_SIZE, { bold: true }));
      y += LABEL_SIZE + 12;
      spec.series.forEach((series, seriesIndex) => {
        const value = series.values[index] ?? 0;
        const width = max > 0 ? (Math.min(value, max) / max) * room : 0;
        parts.push(rect(PAD, y, room, GROUP_HEIGHT, "#eef1f4", 6));
        if (width > 0) parts.push(rect(PAD, y, Math.max(width, 4), GROUP_HEIGHT, series.color, 6));
        parts.push(text(PAD + Math.max(width, 4) + 14, y + GROUP_HEIGHT / 2 + VALUE_SIZE / 2.8, labels[seriesIndex]?.[index] ?? "", VALUE_SIZE, { bold: true }));
        y += GROUP_HEIGHT + 8;
      });
    });
  }

  y += 56;
  for (const line of wrap(spec.footer, FOOTER_SIZE, inner, false)) {
    parts.push(text(PAD, y, line, FOOTER_SIZE, { fill: "#7b8794" }));
    y += FOOTER_SIZE + 8;
  }
  const height = Math.ceil(y + PAD / 2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
}
